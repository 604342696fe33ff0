"""A query's fields: an unknown or empty one is a one-line error, never a silent empty result."""
import pytest

from helpers_index import corpus
from quotesearch import index, indexing
from quotesearch.search import QueryError, QuoteIndex


@pytest.mark.parametrize("query, message", [
    ("foo:bar", "quotes have no field 'foo'"),
    ("title:budget", "--source finds a document by title"),
    ("speaker:", "speaker: needs a word after it"),
    ("wheat AND (speaker:)", "speaker: needs a word after it"),
    ("Speaker:smith", r"did you mean speaker:\?"),
    ("h1:review", "quotes have no field 'h1'"),
])
def test_an_unknown_or_empty_field_is_an_error(index_in_tmp, query, message):
    indexing.update(index_in_tmp, corpus(2), procs=1)
    with QuoteIndex(index_in_tmp) as qi, pytest.raises(QueryError, match=message):
        qi.search(query)


def test_known_fields_phrases_and_addresses_are_searched(index_in_tmp):
    indexing.update(index_in_tmp, corpus(3), procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        assert {h.quote.speaker for h in qi.search("wheat speaker:smith")} == {"Jane Smith"}
        assert qi.search('"the a:b of" wheat') == []
        assert qi.search("wheat https://example.com") == []
        assert len(qi.search("peace talks: wheat")) == len(qi.search("peace talks wheat")) > 0  # (text)
        assert qi.search("'foo:bar' wheat") == []


@pytest.mark.parametrize("since", ["2025-13-01", "2025-02-30", "2025-00", "yesterday"])
def test_an_impossible_date_is_an_error_for_library_callers_too(index_in_tmp, since):
    from quotesearch.search import Filters

    indexing.update(index_in_tmp, corpus(1), procs=1)
    with QuoteIndex(index_in_tmp) as qi, pytest.raises(QueryError, match="takes a date as YYYY-MM-DD"):
        qi.search("wheat", Filters(since=since))


def test_an_index_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(index.NoIndexError, match="cannot make the index folder"):
        indexing.update(tmp_path / "file" / "ix", corpus(1), procs=1)
