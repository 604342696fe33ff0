"""The index: where it lives, what it stores, incremental updates, atomic writes and locking."""
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from whoosh import fields, index as whoosh_index
from whoosh.query import And, Or, Term
from whoosh.writing import SegmentWriter

from helpers_index import article, corpus, positional_twin
from quotesearch import analysis, index, indexing, roster
from quotesearch.fastwriter import FastWriter
from quotesearch.search import Filters, QuoteIndex

ROOT = Path(__file__).resolve().parent.parent


def items_to_dict(ix):
    """Every record of the index: a document's stored fields, a quote's location and fields."""
    with ix.searcher() as s:
        r = s.reader()
        locations = r.column_reader("loc") if r.has_column("loc") else None
        docs = [repr(sorted(d.items())) for d in s.all_stored_fields() if d]
        quotes = [(locations[n], r.stored_fields(n)) for n in r.all_doc_ids()
                  if locations is not None and locations[n]]
        return sorted(docs) + sorted(repr(q) for q in quotes)


# -- where the index is -------------------------------------------------------------------------

def test_index_path_option_beats_environment_beats_default(monkeypatch):
    monkeypatch.setenv("QUOTESEARCH_INDEX", "/env/ix")
    assert index.index_path("/opt/ix") == Path("/opt/ix")
    assert index.index_path(None) == Path("/env/ix")
    monkeypatch.delenv("QUOTESEARCH_INDEX")
    assert index.index_path(None) == Path("index")


def test_the_autouse_fixture_points_the_index_at_tmp(index_in_tmp, tmp_path):
    assert index.index_path() == tmp_path / "index" == index_in_tmp


# -- analysis --------------------------------------------------------------------------------------

def test_no_stop_words_and_stems_and_folds_accents():
    assert analysis.terms("We will NOT wait") == ["we", "will", "not", "wait"]
    assert analysis.terms("Élysée waiting") == analysis.terms("elysee waits")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aéB z’'.,-\n1ßİ"), max_size=40))
def test_query_analyzer_and_fast_indexing_give_the_same_terms(text):
    tokens = [t.text for t in analysis.QuoteTokenizer()(text, positions=True)]
    assert tokens == analysis.terms(text)


@given(st.lists(st.integers(0, 10**6), max_size=30).map(lambda xs: sorted(set(xs))))
def test_compact_positions_round_trip(positions):
    fmt = analysis.CompactPositions()
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)


def test_fast_writer_writes_what_whoosh_writes(tmp_path):
    """Same postings, weights, positions and lengths as whoosh's own writer."""
    texts = ["we wait and see", "wait wait, see the crystal ball", "ball", ""] + \
            [f"word{i % 7} and word{i % 3} wait" for i in range(300)]
    schema = fields.Schema(text=analysis.Words(), tag=fields.ID(stored=True), role=analysis.Words(positions=False))
    out = []
    for name, cls in (("slow", SegmentWriter), ("fast", FastWriter)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), schema)
        w = cls(ix)
        for i, t in enumerate(texts):
            w.add_document(text=t, tag=f"t{i % 5}", role="press secretary" if i % 2 else "minister")
        w.commit()
        with ix.reader() as r:
            postings = {(f, t): list(_walk(r.postings(f, t))) for f, t in r.all_terms()}
            lengths = [r.doc_field_length(d, "text") for d in range(len(texts))]
            out.append((postings, lengths, list(r.all_stored_fields())))
    assert out[0] == out[1]


@pytest.mark.parametrize("merge", [False, True])
def test_fast_writer_writes_quote_terms_and_pairs_as_whoosh_does(tmp_path, merge):
    """The quote text's and pairs' postings, kept as lists of record numbers and written from
    them (with weights for repeated words and 128-posting blocks), read back as whoosh's own
    writer's; also when the writer merges an older segment through whoosh's pool."""
    texts = ["we wait and see", "wait wait, see the crystal ball", "ball", "", "the the the end"] + \
            [f"word{i % 7} and word{i % 3} wait {'wait' if i % 5 == 0 else 'see'}" for i in range(300)]
    schema = fields.Schema(text=index.QuoteText(), pairs=index.Pairs(), tag=fields.ID(stored=True))
    out = []
    for name, cls in (("slow", SegmentWriter), ("fast", FastWriter)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), schema)
        first = 0
        if merge:   # an older segment, which the second writer merges
            first = 50
            w = cls(ix)
            for i, t in enumerate(texts[:first]):
                terms = index.text_terms(t)
                w.add_document(text=terms, pairs=index.common_pairs(terms), tag=f"t{i % 5}")
            w.commit()
        w = cls(ix)
        for i, t in enumerate(texts[first:], first):
            terms = index.text_terms(t)
            w.add_document(text=terms, pairs=index.common_pairs(terms), tag=f"t{i % 5}")
        w.commit(optimize=merge)
        with ix.reader() as r:
            assert len(list(r.leaf_readers())) == 1
            # (a value-less posting kept inside its term info reads back '', whoosh's block None)
            postings = {(f, t): [(i, wt, v or None) for i, wt, v in _walk(r.postings(f, t))]
                        for f, t in r.all_terms()}
            lengths = [r.doc_field_length(d, "text") for d in range(len(texts))]
            out.append((postings, lengths, list(r.all_stored_fields())))
    assert out[0] == out[1]
    if not merge:   # (a merge numbers the records its own way)
        assert out[1][0]["text", b"wait"][:2] == [(0, 1.0, None), (1, 2.0, None)]
        assert out[1][0]["pairs", b"the the"] == [(4, 1.0, None)]
    assert sum(len(p) for p in out[1][0].values()) > 1000


def _walk(m):
    while m.is_active():
        yield m.id(), m.weight(), m.value()
        m.next()


def test_fast_writer_keeps_a_single_posting_in_its_term_info(tmp_path):
    """A term with one posting is inlined (no block in the postings file); whoosh reads it back."""
    schema = fields.Schema(text=analysis.Words(), tag=fields.ID)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    w = FastWriter(ix)
    for i in range(300):
        w.add_document(text=f"common words and unique{i}", tag=f"t{i}")
    w.commit()
    with ix.searcher() as s:
        terms = s.reader()._terms   # one segment: whoosh's own terms reader
        assert terms.term_info("tag", b"t7").is_inlined()
        assert not terms.term_info("text", b"common").is_inlined()
        assert list(s.document_numbers(tag="t7")) == [7]
        assert [h.docnum for h in s.search(Term("text", "unique250"))] == [250]
        assert len(s.search(Term("text", "common"), limit=None)) == 300


def test_a_batch_numbers_its_quotes_shortest_first(index_in_tmp):
    """Record numbers follow the quotes' lengths, so a word's posting blocks hold similar lengths."""
    items = [article(f"d{d}", [(" ".join(["word"] * ((d * 7 + q * 5) % 13 + 1)), "Jane Smith", None)
                               for q in range(4)]) for d in range(10)]
    indexing.update(index_in_tmp, items, procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        r = qi.searcher.reader()
        quotes = [n for n in r.all_doc_ids() if qi.hit(n) is not None]
        words = [len(qi.hit(n).quote.text.split()) for n in quotes]   # each record finds its own quote
        assert len(quotes) == 40 and words == sorted(words) and words[0] == 1 and words[-1] == 13
        lengths = [r.doc_field_length(n, "text") for n in quotes]     # (whoosh keeps lengths as a byte)
        assert lengths == sorted(lengths)


@pytest.mark.parametrize("query", ['"she was"', '"she was there"', '"was there when"', '"was she"',
                                   '"there was nothing"', 'wheat "she was"'])
def test_a_phrase_of_common_words_read_through_their_pairs_finds_and_scores_what_the_phrase_does(index_in_tmp, tmp_path, query):
    from quotesearch.queries import PairPhrase, pair_phrases

    lines = ["She was there when it fell", "there she was", "She was, she was there", "was she there",
             "She said there was nothing", "wheat: she was there", "She knew. Was there more?"]
    items = [article(f"d{d}", [(f"{lines[(d + k) % len(lines)]} {'and more ' * (d % 4)}", "Jane Smith", None)
                               for k in range(3)]) for d in range(40)]
    indexing.update(index_in_tmp, items, procs=2, batch_quotes=30)     # several segments
    with QuoteIndex(index_in_tmp) as qi:
        plain = qi.parse(query)
        paired = pair_phrases(plain)
        assert isinstance(paired, PairPhrase) or any(isinstance(c, PairPhrase) for c in paired.children())
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:   # whoosh's own matchers
            expected = sorted((h.docnum, round(h.score, 6)) for h in whoosh_only.search(plain, limit=None))
        found = sorted((h.docnum, round(h.score, 6)) for h in qi.searcher.search(paired, limit=None))
        assert found == expected
        top = [round(h.score, 6) for h in qi.searcher.search(paired, limit=5)]
        assert top == sorted((s for _, s in expected), reverse=True)[:5]
    if query != '"was she"':
        assert expected


@pytest.mark.parametrize("query", ["peace", "statement OR wheat", '"peace talks"', "talk*"])
def test_the_speaker_column_check_finds_and_scores_what_the_term_intersection_does(index_in_tmp, tmp_path, query):
    from quotesearch.queries import pair_phrases
    from quotesearch.speakerqueries import SpeakerIn

    indexing.update(index_in_tmp, corpus(60), procs=2, batch_quotes=70)   # several segments
    with QuoteIndex(index_in_tmp) as qi:
        q = qi.parse(query)
        keys = qi.speaker("Pistorius").keys
        fast = SpeakerIn(pair_phrases(q), keys)
        by_column = [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(fast, limit=None)]
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:   # whoosh's own matchers
            by_terms = [(h.docnum, round(h.score, 6))
                        for h in whoosh_only.search(And([q, Term("skey", keys[0])]), limit=None)]
        assert len(by_column) == 100 and sorted(by_column) == sorted(by_terms)
        top = [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(fast, limit=7)]
        assert sorted(top, key=lambda x: -x[1]) == top and {s for _, s in top} <= {s for _, s in by_terms}
        assert min(s for _, s in top) >= sorted((s for _, s in by_terms), reverse=True)[6]


@pytest.mark.parametrize("case", ["one code each", "every speaker one code", "deleted records"])
def test_a_speaker_checked_by_its_code_finds_and_scores_what_whoosh_and_does(index_in_tmp, monkeypatch, case):
    """SpeakerIn compares a block's speaker codes (the ``sc`` column), then confirms the key: on
    the same index, whoosh's own ``And`` of the query and the speaker's terms gives the same hits,
    scores and top hits; for a word in no quote, a speaker of no quote, a speaker in one segment
    only, two speakers at once, speakers sharing one code, and records deleted by a re-index."""
    from quotesearch import speakerqueries
    from quotesearch.queries import pair_phrases
    from quotesearch.speakerqueries import SpeakerIn, SpeakerTop

    if case == "every speaker one code":   # only the key in the skey column tells them apart
        monkeypatch.setattr(index, "speaker_code", lambda key: 7)
        monkeypatch.setattr(speakerqueries, "speaker_code", lambda key: 7)
    lone = article("lone", [("peace, at last", "Ann Lone", None), ("no wheat", "Ann Lone", None)])
    # several segments (built here when the codes are patched: workers would not see it)
    indexing.update(index_in_tmp, [*corpus(120), lone], procs=1 if case == "every speaker one code" else 2,
                 batch_quotes=250)
    if case == "deleted records":   # the old quotes of changed documents stay in their segments, deleted
        changed = [article(f"doc{d:05d}", [("peace at last", "Boris Pistorius", None)]) for d in range(0, 120, 7)]
        indexing.update(index_in_tmp, changed, procs=1)
    speakers = [("boris pistorius",), ("ann lone",), ("nobody at all",), ("boris pistorius", "rustem umerov")]
    with QuoteIndex(index_in_tmp) as qi, index.open_index(index_in_tmp).searcher() as plain:
        for keys in speakers:
            for text in ("peace", "wheat", "zebra", "statement 3", "peace OR last", "talk*"):
                q = qi.parse(text)
                speaker = Term("skey", keys[0]) if len(keys) == 1 else Or([Term("skey", k) for k in keys])
                expected = [(h.docnum, round(h.score, 6)) for h in plain.search(And([q, speaker]), limit=None)]
                fast = SpeakerIn(pair_phrases(q), keys)
                found = [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(fast, limit=None)]
                assert sorted(found) == sorted(expected), (keys, text)
                for limit in (1, 4, 30):
                    top = [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(fast, limit=limit)]
                    assert top == expected[:limit], (keys, text, limit)
                    best = SpeakerTop(pair_phrases(q), keys, limit)   # blocks read best bound first
                    top = [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(best, limit=limit)]
                    assert top == expected[:limit], (keys, text, limit)
        peace = plain.search(And([qi.parse("peace"), Term("skey", "boris pistorius")]), limit=None)
        assert len(peace) > 100 and plain.reader().has_deletions() == (case == "deleted records")


def test_a_word_with_a_prolific_speaker_read_best_block_first_keeps_whoosh_top_hits(index_in_tmp):
    """SpeakerTop reads the word's blocks of every segment best bound first and stops where no
    block left can place a hit: the top hits, ties and all, are whoosh's own ``And``'s (blocks
    of one length or several, words said once or many times, two segments)."""
    from quotesearch.queries import pair_phrases
    from quotesearch.speakerqueries import SpeakerTop

    people = ["Jane Smith", "Rustem Umerov", "Boris Pistorius"]
    def quotes(run):
        return [(" ".join(["peace"] * (1 + (k * 7 + run) % 4) + [f"w{k % 13}"] * (k % 9) + ["end"]
                          + ["solo"] * (k == 4)),
                 people[(k * 5 + run) % 3] if k % 4 else "Jane Smith", None) for k in range(900)]
    for run in range(2):   # two segments of several blocks each
        indexing.update(index_in_tmp, [article(f"run{run}-{d}", quotes(run)[d::30]) for d in range(30)], procs=1)
    with QuoteIndex(index_in_tmp) as qi, index.open_index(index_in_tmp).searcher() as plain:
        assert len(qi.searcher.reader().leaf_readers()) == 2
        for name in people:
            keys = qi.speaker(name).keys
            for word in ("peace", "w7", "solo"):   # (one quote of each segment says "solo")
                q = qi.parse(word)
                expected = [(h.docnum, round(h.score, 6))
                            for h in plain.search(And([q, Term("skey", keys[0])]), limit=None)]
                for limit in (1, 3, 10, 40, 700):
                    best = SpeakerTop(pair_phrases(q), keys, limit)
                    assert [(h.docnum, round(h.score, 6)) for h in qi.searcher.search(best, limit=limit)] == expected[:limit]
                    assert best._found[1] is not None   # (blocks were read best first, not as SpeakerIn)
                assert word != "peace" or len({s for _, s in expected[:40]}) < 40   # (ties among the top hits)


def test_the_quote_weighting_scores_as_whoosh_bm25f_over_several_segments(index_in_tmp, tmp_path):
    """QuoteWeighting works out a field's average length once per searcher (whoosh sums every
    segment's for each word of each segment): the same hits and scores, to the last bit."""
    from quotesearch.queries import QuoteWeighting

    from quotesearch.queries import pair_phrases

    indexing.update(index_in_tmp, corpus(60), procs=2, batch_quotes=70)   # several segments
    indexing.update(tmp_path / "other", corpus(7, 2, "x"), procs=1)      # other lengths, other averages
    with QuoteIndex(index_in_tmp) as qi, qi.ix.searcher() as plain, QuoteIndex(tmp_path / "other") as other:
        assert isinstance(qi.searcher.weighting, QuoteWeighting) and len(qi.ix._segments()) > 2
        for query in ("peace", "statement OR wheat", "talk*", "speaker:pistorius AND peace", "7 OR talks"):
            q = qi.parse(query)
            ours = [(h.docnum, h.score) for h in qi.searcher.search(q, limit=None)]
            assert ours and ours == [(h.docnum, h.score) for h in plain.search(q, limit=None)]
        # phrases and ANDs, whose words are scored from the term info already read: as whoosh's
        # own matchers on a twin indexed with positions (summed in another order: to 9 places)
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:
            for query in ('"peace talks"', '"about peace" AND 7', "peace AND wheat AND 11"):
                plain_q = qi.parse(query)
                ours = sorted((h.docnum, round(h.score, 9)) for h in qi.searcher.search(pair_phrases(plain_q), limit=None))
                assert ours and ours == sorted((h.docnum, round(h.score, 9)) for h in whoosh_only.search(plain_q, limit=None))
        # one weighting serving two searchers keeps each one's averages apart
        shared = qi.searcher.weighting
        with other.ix.searcher(weighting=shared) as theirs, other.ix.searcher() as theirs_plain:
            for q in (other.parse("peace"), qi.parse("peace")):
                assert [h.score for h in theirs.search(q, limit=None)] == [h.score for h in theirs_plain.search(q, limit=None)]
                assert [h.score for h in qi.searcher.search(q, limit=None)] == [h.score for h in plain.search(q, limit=None)]


@pytest.mark.parametrize("query", ['"peace talks"', '"talks and wheat"', '"wheat peace"', '"statement 3"',
                                   'peace AND wheat', '"about peace" statement', '"peace talks"~3',
                                   '"statement wheat"~9', '"wheat statement"~9', '"statement peace"~6',
                                   'peace AND 7', '7 "peace talks"', '"about talks"~2 AND 11', '"peace"'])
def test_phrases_and_ands_intersected_a_block_at_a_time_find_and_score_what_whoosh_does(index_in_tmp, tmp_path, query):
    """Phrases (with and without slop) are checked in the terms column, and an ``And``'s common
    words are looked up there for the quotes of its rare part ('7' is in 5 quotes of 600): whoosh's
    own matches and scores on a text indexed with positions."""
    from quotesearch.queries import BlockAnd, PairPhrase, pair_phrases

    indexing.update(index_in_tmp, corpus(120), procs=2, batch_quotes=250)   # several segments, many blocks
    with QuoteIndex(index_in_tmp) as qi:
        plain = qi.parse(query)
        fast = pair_phrases(plain)
        assert any(isinstance(q, (PairPhrase, BlockAnd)) for q in [fast, *fast.children()]) or query == '"peace"'
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:   # whoosh's own matchers
            expected = sorted((h.docnum, round(h.score, 6)) for h in whoosh_only.search(plain, limit=None))
        assert sorted((h.docnum, round(h.score, 6)) for h in qi.searcher.search(fast, limit=None)) == expected
        top = [round(h.score, 6) for h in qi.searcher.search(fast, limit=5)]
        assert top == sorted((s for _, s in expected), reverse=True)[:5]
    if query not in ('"wheat peace"', '"wheat statement"~9'):
        assert expected


@pytest.mark.parametrize("query", ["peace", "wheat talks", '"peace talks"', '"peace about"~2', "peace OR nothing"])
def test_a_rare_speaker_with_common_words_finds_and_scores_what_whoosh_does(index_in_tmp, tmp_path, query):
    """A speaker of a few quotes leads; the words are looked up in those quotes' terms."""
    rare = article("rare", [("peace talks about wheat", "Ann Rare", None), ("no talks today", "Ann Rare", None),
                            ("peace, peace and peace talks again", "Ann Rare", None)])
    indexing.update(index_in_tmp, [*corpus(120), rare], procs=2, batch_quotes=250)
    with QuoteIndex(index_in_tmp) as qi:
        keys = qi.speaker("Ann Rare").keys
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:
            q = And([qi.parse(query), Term("skey", keys[0])])
            expected = sorted((h.docnum, round(h.score, 6)) for h in whoosh_only.search(q, limit=None))
        for limit in (None, 2):
            hits = qi.search(query, Filters(speaker="Ann Rare"), limit=limit)
            found = sorted(round(h.score, 6) for h in hits)
            assert found == sorted(s for _, s in expected)[-len(found):] and found
        assert len(qi.search(query, Filters(speaker="Ann Rare"), limit=None)) == len(expected)


def test_a_word_with_a_speaker_keeps_the_best_hits_that_whoosh_top_k_loses(index_in_tmp, tmp_path):
    """Regression: once its top hits are full, whoosh's intersection skips the speaker's list by
    the word's *current* block quality, to its end; a later block of the word (long quotes
    with the word many times) scores higher. whoosh's own top 5 here is 5.421 ×4, 4.797."""
    from quotesearch.queries import BlockAnd

    short = [(("peace " * (1 + k % 2)) + str(k), "Jane Smith", None) for k in range(8)]
    medium = [(f"peace and the wheat talks of a long day {k}",
               "Jane Smith" if (8 + k) % 128 == 127 else "Rustem Umerov", None) for k in range(600)]
    long = [(" ".join(["peace"] * 40 + [f"w{k}"] * 2), "Jane Smith", None) for k in range(5)]
    other = [(f"nothing here {k} at all", "Rustem Umerov", None) for k in range(3000)]
    indexing.update(index_in_tmp, [article("a", short + medium + long + other)], procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        q = And([qi.parse("peace"), Term("skey", qi.speaker("Jane Smith").keys[0])])
        with positional_twin(index_in_tmp, tmp_path).searcher() as whoosh_only:
            every = sorted((round(h.score, 6) for h in whoosh_only.search(q, limit=None)), reverse=True)
        top = [round(h.score, 6) for h in qi.searcher.search(BlockAnd(q.subqueries), limit=5)]
        assert top == every[:5] and len(set(every)) > 2
        by_filter = [round(h.score, 6) for h in qi.search("peace", Filters(speaker="Jane Smith"), limit=5)]
        assert by_filter == every[:5]


# -- updating --------------------------------------------------------------------------------------

def test_index_stores_quotes_and_documents(index_in_tmp):
    s = indexing.update(index_in_tmp, corpus(3, 4), procs=1)
    assert (s.added, s.updated, s.unchanged, s.failed, s.quotes) == (3, 0, 0, 0, 12)
    assert s.speakers == 3
    with QuoteIndex(index_in_tmp) as qi:
        hit = qi.search("wheat", limit=1)[0]
        doc_text = qi.document_text(hit.quote.doc_id)
        assert doc_text[hit.quote.start:hit.quote.end] == hit.quote.text
        assert hit.doc["outlet"] == "Example Wire"


def test_reindexing_the_same_input_changes_nothing(index_in_tmp):
    indexing.update(index_in_tmp, corpus(5), procs=1)
    before = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in index_in_tmp.iterdir()}
    records = items_to_dict(index.open_index(index_in_tmp))
    s = indexing.update(index_in_tmp, corpus(5), procs=1)
    assert (s.added, s.updated, s.unchanged, s.quotes) == (0, 0, 5, 25)
    assert {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in index_in_tmp.iterdir()} == before
    assert items_to_dict(index.open_index(index_in_tmp)) == records


def test_many_small_runs_merge_their_segments(index_in_tmp):
    """Regression: whoosh merges small segments on the fifth run, reading the older segments'
    postings back; a word with one quote (kept inside its term info) came back as '' and the run
    stopped with an AssertionError."""
    for run in range(8):
        indexing.update(index_in_tmp, corpus(1, 2, prefix=f"run{run}-"), procs=1)
    ix = index.open_index(index_in_tmp)
    assert len(ix._segments()) < 8
    with QuoteIndex(index_in_tmp) as qi:
        assert [h.quote.doc_id for h in qi.search("run3")] == ["run3-00000"] * 2
        assert qi.stats()["quotes"] == 16
        assert {s.name: s.quotes for s in qi.speakers} == {"Boris Pistorius": 8, "Rustem Umerov": 8}


def test_a_changed_document_replaces_its_quotes(index_in_tmp):
    indexing.update(index_in_tmp, [article("a", [("old words", "Jane Smith", None), ("more", "Jane Smith", None)])], procs=1)
    s = indexing.update(index_in_tmp, [article("a", [("new words", "Jane Smith", None)])], procs=1)
    assert (s.added, s.updated, s.quotes) == (0, 1, 1)
    with QuoteIndex(index_in_tmp) as qi:
        assert [h.quote.text for h in qi.search("words")] == ["new words"]
        assert len(qi.sources()) == 1


def test_prune_drops_documents_whose_files_are_gone(index_in_tmp, tmp_path):
    from quotesearch.model import Document

    files = []
    for name in ("keep", "gone"):
        f = tmp_path / f"{name}.txt"
        f.write_text(name, encoding="utf-8")
        files.append(indexing.Item(document=Document.from_text(name, id=name, path=str(f)), quotes=()))
    indexing.update(index_in_tmp, files, procs=1)
    (tmp_path / "gone.txt").unlink()
    assert indexing.update(index_in_tmp, [], procs=1).pruned == 0
    s = indexing.update(index_in_tmp, [], prune=True, procs=1)
    assert s.pruned == 1
    with QuoteIndex(index_in_tmp) as qi:
        assert [r["doc_id"] for r in qi.sources()] == ["keep"]


def test_rebuild_starts_afresh(index_in_tmp):
    indexing.update(index_in_tmp, corpus(3), procs=1)
    s = indexing.update(index_in_tmp, corpus(1, prefix="other"), rebuild=True, procs=1)
    assert (s.added, s.quotes) == (1, 5)


def test_read_errors_are_counted_and_the_rest_indexed(index_in_tmp):
    s = indexing.update(index_in_tmp, [indexing.Item(error=OSError("bad.txt: cannot be read")), *corpus(1)], procs=1)
    assert (s.failed, s.added, s.errors) == (1, 1, ["bad.txt: cannot be read"])


def test_worker_processes_build_the_same_index(index_in_tmp, tmp_path):
    docs = corpus(40)
    indexing.update(index_in_tmp, docs, procs=2, batch_quotes=30)
    indexing.update(tmp_path / "single", docs, procs=1)
    assert items_to_dict(index.open_index(index_in_tmp)) == items_to_dict(index.open_index(tmp_path / "single"))
    assert not list(index_in_tmp.glob("*.tmp"))


def test_a_run_of_one_big_batch_is_shared_among_the_workers(index_in_tmp, tmp_path, monkeypatch):
    monkeypatch.setattr(indexing, "SPLIT_QUOTES", 50)
    docs = corpus(40)                                               # 200 quotes, one batch
    # (the first batch is cut at half the size: full at the last document)
    s = indexing.update(index_in_tmp, docs, procs=2, batch_quotes=400)
    assert (s.added, s.quotes) == (40, 200)
    with QuoteIndex(index_in_tmp) as qi:
        assert qi.stats()["segments"] == 2
    indexing.update(tmp_path / "single", docs, procs=1, batch_quotes=10**6)
    assert items_to_dict(index.open_index(index_in_tmp)) == items_to_dict(index.open_index(tmp_path / "single"))


def test_every_batch_is_shared_among_the_workers(index_in_tmp, monkeypatch):
    """Each batch is built by all the workers, a part each, so that they end together; the first
    batch is half the size, so that they start sooner."""
    monkeypatch.setattr(indexing, "SPLIT_QUOTES", 50)
    s = indexing.update(index_in_tmp, corpus(120), procs=2, batch_quotes=400)   # 600 quotes
    assert s.quotes == 600
    ix = index.open_index(index_in_tmp)
    quotes = sorted(seg.doc_count_all() - seg.doc_count_all() // 6 for seg in ix._segments())
    assert quotes == [100, 100, 200, 200]   # (each segment: its quotes and a sixth as many documents)


@pytest.mark.parametrize("procs", [1, 2])
def test_done_counts_every_document_once_as_it_is_extracted(index_in_tmp, procs):
    """What the progress bar shows: ``done`` counts a document when a worker (or the run itself)
    has extracted it, not when it is read (the reading runs a batch ahead); unchanged, failed and
    repeated items count as they are read."""
    from quotesearch.model import Document

    raw = indexing.Item(document=Document.from_text("“Go,” he said.", id="raw", path="raw.txt"))  # (extracted here)
    docs = [*corpus(40), raw]
    told = []
    s = indexing.update(index_in_tmp, docs, procs=procs, batch_quotes=60, done=told.append)
    assert (sum(told), s.added, s.quotes) == (41, 41, 201)
    told.clear()
    s = indexing.update(index_in_tmp, [indexing.Item(error=OSError("x.txt: cannot be read")), *docs, docs[0]],
                     procs=procs, done=told.append)
    assert (sum(told), s.unchanged, s.failed) == (43, 41, 1)


def test_a_batch_fits_in_a_quarter_of_the_memory(monkeypatch, tmp_path):
    """Batches of BATCH_QUOTES take a few GB: a smaller machine builds smaller ones."""
    sizes = {"SC_PAGE_SIZE": 4096, "SC_PHYS_PAGES": 2 * 2**30 // 4096}   # 2 GB
    monkeypatch.setattr(indexing.os, "sysconf", lambda name: sizes[name])
    monkeypatch.setattr(indexing, "CGROUP_MEMORY", tmp_path / "none")   # (no container limit)
    assert indexing.default_batch_quotes() == 2 * 2**30 // 4 // indexing.BATCH_BYTES_PER_QUOTE
    sizes["SC_PHYS_PAGES"] = 64 * 2**30 // 4096                           # 64 GB
    assert indexing.default_batch_quotes() == indexing.BATCH_QUOTES
    sizes["SC_PHYS_PAGES"] = 2**20 // 4096                                # 1 MB: still a batch
    assert indexing.default_batch_quotes() == indexing.SPLIT_QUOTES
    sizes["SC_PHYS_PAGES"] = 64 * 2**30 // 4096                           # 64 GB in a 2 GB container
    (tmp_path / "memory.max").write_text(f"{2 * 2**30}\n")
    monkeypatch.setattr(indexing, "CGROUP_MEMORY", tmp_path / "memory.max")
    assert indexing.default_batch_quotes() == 2 * 2**30 // 4 // indexing.BATCH_BYTES_PER_QUOTE
    (tmp_path / "memory.max").write_text("max\n")                         # a container without one
    assert indexing.default_batch_quotes() == indexing.BATCH_QUOTES


def test_indexing_leaves_the_cycle_collector_as_it_found_it(index_in_tmp):
    """The build runs without cycle collection (see indexing._no_cycle_collection), and puts it
    back on at the end; one already off stays off."""
    import gc

    assert gc.isenabled()
    indexing.update(index_in_tmp, corpus(10), procs=1)
    assert gc.isenabled()
    gc.disable()
    try:
        indexing.update(index_in_tmp, corpus(12), procs=1)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_older_schema_asks_for_a_rebuild(index_in_tmp):
    indexing.update(index_in_tmp, corpus(1), procs=1)
    (index_in_tmp / index.META_FILE).write_text('{"schema_version": 0}', encoding="utf-8")
    with pytest.raises(index.SchemaError, match=r"run `quotesearch index --rebuild`"):
        index.open_index(index_in_tmp)
    assert indexing.update(index_in_tmp, corpus(1), rebuild=True, procs=1).quotes == 5


def test_no_index_says_how_to_build_one(tmp_path):
    with pytest.raises(index.NoIndexError, match=r"no index at .*; build one with `quotesearch index"):
        index.open_index(tmp_path / "nowhere")


# -- locking and interruption --------------------------------------------------------------------

def test_a_second_writer_waits_then_gives_a_clear_message(index_in_tmp):
    with index.IndexLock(index_in_tmp):
        t = time.monotonic()
        with pytest.raises(index.IndexLockedError, match=r"another `quotesearch index` is writing to .* \(waited 0.2 s\)"):
            indexing.update(index_in_tmp, corpus(1), timeout=0.2, procs=1)
        assert time.monotonic() - t >= 0.2
    assert indexing.update(index_in_tmp, corpus(1), timeout=0.2, procs=1).added == 1


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from helpers_index import corpus
    from quotesearch import indexing

    if __name__ == "__main__":
        folder, prefix, n, procs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        s = indexing.update(folder, corpus(n, 5, prefix), procs=procs, batch_quotes=250, timeout=60)
        print(s.added, s.quotes, flush=True)
""")


def _writer(tmp_path, folder, prefix, n, procs=1):
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=str(ROOT / "tests")), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), str(folder), prefix, str(n), str(procs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_concurrent_writers_lose_nothing(index_in_tmp, tmp_path):
    a = _writer(tmp_path, index_in_tmp, "a", 300)
    b = _writer(tmp_path, index_in_tmp, "b", 300)
    outs = [p.communicate(timeout=120) for p in (a, b)]
    assert [p.returncode for p in (a, b)] == [0, 0], outs
    with QuoteIndex(index_in_tmp) as qi:
        assert qi.stats()["quotes"] == 3000 and qi.stats()["documents"] == 600


@pytest.mark.parametrize("procs", [1, 2])
def test_a_killed_run_leaves_an_index_that_opens_and_the_next_run_completes(index_in_tmp, tmp_path, procs):
    p = _writer(tmp_path, index_in_tmp, "k", 1200, procs)
    deadline = time.monotonic() + 60
    while not list(index_in_tmp.glob("_MAIN_[1-9]*.toc")):    # the first batch is committed
        assert p.poll() is None and time.monotonic() < deadline, p.communicate()
        time.sleep(0.01)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    with QuoteIndex(index_in_tmp) as qi:            # opens, holds what was committed
        committed = qi.stats()["quotes"]
        assert committed % 5 == 0 and 0 < committed < 6000
    s = indexing.update(index_in_tmp, corpus(1200, 5, "k"), procs=1, timeout=10)
    assert s.quotes == 6000 and s.added + s.unchanged == 1200
    assert not list(index_in_tmp.glob("*.tmp"))


# -- speakers --------------------------------------------------------------------------------------

def test_speakers_merge_a_surname_with_the_one_full_name():
    rows = [("d1", "Boris Pistorius", ["Pistorius"], ["Germany’s defense minister"], 3),
            ("d2", "Pistorius", [], ["minister"], 1),
            ("d3", "Jane Smith", [], [], 2), ("d4", "John Smith", [], [], 1), ("d5", "Smith", [], [], 1),
            ("d6", "a source close to the Kremlin", ["the source"], [], 2)]
    found = {s.name: s for s in roster.merge(rows)}
    assert sorted(found) == ["Boris Pistorius", "Jane Smith", "John Smith", "Smith", "a source close to the Kremlin"]
    p = found["Boris Pistorius"]
    assert (p.quotes, p.sources, p.roles) == (4, 2, ("Germany’s defense minister", "minister"))
    assert p.aliases == ("Boris Pistorius", "Pistorius")


def test_finding_a_speaker_by_alias_case_and_accents():
    people = roster.merge([("d", "José Müller", ["Müller"], [], 1), ("d", "Jane Smith", [], [], 1),
                           ("d", "John Smith", [], [], 1)])
    assert roster.find(people, "jose muller").name == "José Müller"
    assert roster.find(people, "MULLER").name == "José Müller"
    with pytest.raises(roster.AmbiguousSpeakerError, match=r"'smith' matches 2 speakers: Jane Smith \(1 quote\); "
                                                          r"John Smith \(1 quote\); give the full name"):
        roster.find(people, "smith")
    with pytest.raises(roster.SpeakerNotFoundError, match=r"did you mean José Müller\?"):
        roster.find(people, "Mueller")
    with pytest.raises(roster.SpeakerNotFoundError, match=r"`quotesearch speakers` lists them"):
        roster.find(people, "Zelensky")


def test_speaker_filter_uses_every_merged_name(index_in_tmp):
    indexing.update(index_in_tmp, [article("a", [("grain deal", "Boris Pistorius", None)]),
                                article("b", [("grain again", "Pistorius", "minister")]),
                                article("c", [("grain too", "Jane Smith", None)])], procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        assert sorted(h.quote.text for h in qi.search("grain", Filters(speaker="boris pistorius"))) == \
            ["grain again", "grain deal"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("we wait and see the crystal ball fell was there when she".split()), min_size=1, max_size=30),
       st.data())
def test_a_quote_has_every_bit_of_the_signature_of_each_phrase_in_it(words, data):
    """The signature lets a search pass over quotes that cannot hold a phrase or a word, never
    over one that does."""
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, len(words)))
    whole, part = index.signature(words), index.signature(words[start:end])
    assert all(w & p == p for w, p in zip(whole, part))
    word = index.signature([data.draw(st.sampled_from(words))])
    assert all(w & p == p for w, p in zip(whole[2:], word[2:]))


def test_sources_are_listed_without_reading_any_stored_document(index_in_tmp, monkeypatch):
    """`sources` reads the documents' ``dm`` column: no stored record (the text and all) is unpickled."""
    items = [article(f"d{d}", [("We will rebuild the bridge", "Jane Smith", None)] * (d + 1), title=f"Title {d}",
                     outlet="The Example Times", published="2025-01-0%d" % (d + 1)) for d in range(3)]
    indexing.update(index_in_tmp, items, procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        def refuse(*args, **kwargs):
            raise AssertionError("a stored record was read")
        monkeypatch.setattr(qi.searcher, "stored_fields", refuse)
        rows = qi.sources()
    assert [(r["doc_id"], r["title"], r["outlet"], r["published"], r["quotes"]) for r in rows] == [
        (f"d{d}", f"Title {d}", "The Example Times", "2025-01-0%d" % (d + 1), d + 1) for d in range(3)]
