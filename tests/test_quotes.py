"""Finding quotations: labelled case files and properties that hold on any text."""
import pytest
from casefiles import case_params
from hypothesis import assume, example, given, settings, strategies as st

from quotesearch.lexicon import MOJIBAKE_FIRST, RE_MARK
from quotesearch.quotes import find_spans
from quotesearch.quote_spans import paragraphs
from quotesearch.quote_marks import main_family, scan_marks


@pytest.mark.parametrize("case", case_params("quotes"))
def test_spans_case(case):
    text = case["text"]
    assert [text[s.start:s.end] for s in find_spans(text)] == case["quotes"]


def test_continuation_flags_link_the_paragraphs():
    text = "“One.\n\n“Two,” he said."
    first, second = find_spans(text)
    assert (first.continues, first.close_end, second.continued) == (True, None, True)


def test_house_style_is_single_only_when_doubles_are_rare():
    assert main_family("‘A,’ she said. ‘B.’ ‘C.’") == "single"
    assert main_family("“A,” she said. ‘B’ is a word. “C.”") == "double"


def test_paragraph_bounds_exclude_trailing_space_and_crlf():
    assert paragraphs("ab \r\ncd") == [(0, 2), (5, 7)]


# Text built from the characters that matter: every kind of mark, apostrophes, letters,
# punctuation, spaces and line breaks, so the generator finds the odd corners.
ALPHABET = st.sampled_from(list("“”‘’\"'`«»„ aA.,:;—-\n\r\tsxX1?!()=\ufeff\x00"))
TEXTS = st.one_of(st.text(ALPHABET, max_size=300), st.text(max_size=300))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_spans_are_ordered_disjoint_and_inside_the_text(text):
    spans = find_spans(text)
    last_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last_end
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        last_end = s.end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("''Told 'no,''' he said. x'''''y a''''b")  # (three marks after a word: the nested close first)
@example("Ã'A")  # (a straight mark after a mojibake letter's first half is a mark)
def test_the_fast_mark_scan_finds_what_the_mark_pattern_finds(text):
    # (text of UTF-8 read as Windows-1252 is the scan's alone: "â€œ" is a mark, "Ã“" a letter)
    assume("â€" not in text and not any(c in MOJIBAKE_FIRST and text[i + 1:i + 2] in "“”‘’«»„‹›"
                                        for i, c in enumerate(text)))
    assert scan_marks(text) == [(m.start(), m.end(), m.group()) for m in RE_MARK.finditer(text)]
