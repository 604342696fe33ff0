"""The speaker restriction of a search (``--speaker``, ``speaker:``) over a million quotes.

A prolific speaker is checked in the speaker code column (``sc``) as the query's postings go by,
a block at a time (:class:`SpeakerIn`), rather than intersected with a long list; with one word,
the word's blocks of every segment are read best bound first until none left can place a hit
(:class:`SpeakerTop`). Matches and scores are those of whoosh's ``And`` of the query and the
speaker's terms.
"""
from __future__ import annotations

import weakref
import zlib
from array import array
from bisect import bisect_left
from heapq import heappush, heapreplace
from itertools import accumulate
from operator import itemgetter
from pickle import dumps, loads

from whoosh.matching import ListMatcher, Matcher, NullMatcher, WrappingMatcher
from whoosh.query import And, Or, Query, Term

from quotesearch.index import SPEAKER_CODE_BYTES, speaker_code
from quotesearch.queries import (
    _BisectingLeafMatcher, _WrappingWithValues, _column, _per_segment, _value_getter, block_bound,
)

#: What a term of the unscorable ``skey`` field adds to an ``And``'s score (its weight, 1): the
#: column check adds the same, so a hit's score does not depend on how the speaker was checked.
SPEAKER_TERM_SCORE = 1.0

class SpeakerIn(_WrappingWithValues):
    """The quotes of ``child`` whose speaker key is one of ``keys``, checked in the speaker code
    column (``sc``, see :func:`quotesearch.index.speaker_code`).

    An ``And`` with a ``skey`` term leapfrogs two posting lists, stepping through the speaker's
    (as long as a sixth of the corpus for a prolific speaker) posting by posting. Here the query's
    own postings are walked, with their block-max skipping intact, a block's speaker codes looked
    up and compared in a few C calls, and the key of a posting whose code matches confirmed in the
    ``skey`` column; once the collector says what a hit must beat, a posting of the speaker whose
    score falls short is passed over there. It scores as that ``And`` does (see
    :data:`SPEAKER_TERM_SCORE`).
    """

    @property
    def keys(self) -> tuple:
        return self.values

    def estimate_size(self, ixreader):
        return min(self.child.estimate_size(ixreader),
                   sum(ixreader.doc_frequency("skey", k) for k in self.keys))

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        codes = _speaker_codes(reader)
        if codes is None or not reader.has_column("skey"):   # (no codes: the terms)
            speaker = [Term("skey", k) for k in self.keys]
            return And([self.child, speaker[0] if len(speaker) == 1 else Or(speaker)]).matcher(searcher, context)
        m = self.child.matcher(searcher, context)
        if not m.is_active():
            return m
        return _KeyInColumn(m, _column(reader, "skey"), codes, frozenset(k.encode("utf-8") for k in self.keys))


def _speaker_codes(reader) -> bytes | None:
    """A segment's speaker codes (the ``sc`` column), a byte per record (0: no speaker); None
    where that cannot be read."""
    def make():
        column = _column(reader, "sc")
        try:
            if column is not None and column._fixedlen == SPEAKER_CODE_BYTES == 1:
                found = column._dbfile.get(column._basepos, column._count)
                return found + bytes(max(0, reader.doc_count_all() - len(found)))
        except (AttributeError, TypeError, ValueError):
            pass
        return None

    return _per_segment(reader, "speaker codes", make)


def _block_codes(codes: bytes, ids) -> bytes:
    """The speaker codes of a block's ids (in C: no Python step per posting)."""
    return bytes(itemgetter(*ids)(codes)) if len(ids) > 1 else codes[ids[0]:ids[0] + 1]


class _KeyInColumn(WrappingMatcher):
    """The postings of ``child`` whose speaker key (``column``) is in ``keys``, found by their
    speaker codes (``codes``, see :class:`SpeakerIn`)."""

    def __init__(self, child, column, codes, keys: frozenset, add: float = SPEAKER_TERM_SCORE):
        super().__init__(child)
        self._column, self._codes, self._keys, self._add = column, codes, keys, add
        self._wanted = tuple(sorted({speaker_code(k.decode("utf-8")) for k in keys}))
        self._get = _value_getter(column)
        self._below = None
        self._block = self._found_codes = None   # a block's ids and their codes
        self._find_next()

    def _replacement(self, newchild):
        return type(self)(newchild, self._column, self._codes, self._keys, self._add)

    def copy(self):
        return self._replacement(self.child.copy())

    def replace(self, minquality=0):
        r = self.child.replace(max(0.0, minquality - self._add) if minquality else 0)
        if not r.is_active():
            return NullMatcher()
        return self if r is self.child else self._replacement(r)

    def _holds(self, doc: int) -> bool:
        return self._codes[doc] in self._wanted and self._get(doc) in self._keys

    def _find_next(self):
        child = self.child
        if type(child) is _BisectingLeafMatcher:
            return self._find_in_blocks(child)
        moved = False
        while child.is_active() and not self._holds(child.id()):
            moved = child.next() or moved
        return moved

    def _find_in_blocks(self, child) -> bool:
        """:meth:`_find_next` for a leaf: a block's speaker codes at a time."""
        keys, get = self._keys, self._get
        below = self._below
        fast = child._fast if below is not None else None
        moved = False
        while not child._atend:
            if child._ids is None:
                child._read_ids()
            ids = child._ids
            if ids is not self._block:
                self._block, self._found_codes = ids, _block_codes(self._codes, ids)
            found = self._found_codes
            i = _next_wanted(self._wanted, found, child._i)
            while i < len(found):
                doc = ids[i]
                if get(doc) in keys:
                    if fast is None:
                        child._i = i
                        return moved
                    if child._weights is None:
                        child._read_weights()
                    if fast(child._weights[i], doc) >= below:
                        child._i = i
                        return moved
                    # (the speaker's, but not good enough for the top hits)
                i = _next_wanted(self._wanted, found, i + 1)
            child._next_block()
            moved = True
            if below is not None and not child._atend:
                child.skip_to_quality(below)   # (as the collector would, at a new block)
        return moved

    def next(self):
        moved = self.child.next()
        return self._find_next() or moved

    def skip_to(self, id):
        moved = self.child.skip_to(id)
        return self._find_next() or moved

    def skip_to_quality(self, minquality):
        skipped = self.child.skip_to_quality(minquality - self._add)
        if minquality > 0:
            # what the child's score must reach to make the top hits (less a margin for rounding)
            self._below = minquality - self._add - 1e-9 * max(1.0, abs(minquality))
        self._find_next()
        return skipped

    def all_ids(self):
        holds = self._holds
        return (i for i in self.child.all_ids() if holds(i))

    def score(self):
        return self.child.score() + self._add

    def max_quality(self):
        return self.child.max_quality() + self._add

    def block_quality(self):
        return self.child.block_quality() + self._add


class SpeakerTop(SpeakerIn):
    """The best ``limit`` quotes of a word of the quote text (``child``, a ``Term``) said by one
    of ``keys`` (a :class:`SpeakerIn` for a top-k search of that many hits).

    Walking the word's postings segment by segment, a search starts each segment with the bar
    its earlier segments set: low in the first ones, where most blocks are read. Here the blocks
    of every segment are read best bound first (their bounds from their headers alone, see
    :meth:`_BisectingLeafMatcher.skip_to_quality`), each block's speaker codes compared (see
    :class:`SpeakerIn`), until the next block's bound falls below the ``limit``-th best score
    found: at a million quotes, a common word with a prolific speaker reads half the blocks.
    Each segment's matcher then gives the speaker's postings of the blocks read, with their
    scores: the collector ranks them, and none of the blocks left could place a hit among the
    best ``limit`` (run with a bigger limit, hits would be missing). Where that cannot be done
    (records deleted, not whoosh 3 blocks, not BM25F), it is a :class:`SpeakerIn`.
    """

    def __init__(self, child: Query, keys, limit: int):
        super().__init__(child, keys)
        self.limit = limit
        self._found = None   # (the top searcher, weakly; {segment reader: (ids, scores)} or None)

    def __eq__(self, other):
        return super().__eq__(other) and other.limit == self.limit

    def __hash__(self):
        return super().__hash__() ^ hash(self.limit)

    def __repr__(self):
        return f"{type(self).__name__}({self.child!r}, {self.values!r}, {self.limit!r})"

    def _rewrap(self, child: Query) -> "SpeakerTop":
        return type(self)(child, self.values, self.limit)

    def matcher(self, searcher, context=None):
        top = searcher.get_parent() or searcher
        if self._found is None or self._found[0]() is not top:
            self._found = (weakref.ref(top), self._best_blocks(top, context))
        found = self._found[1]
        if found is None:
            return super().matcher(searcher, context)
        ids, scores = found.get(searcher.reader(), ((), ()))
        return _ScoredList(ids, scores) if ids else NullMatcher()

    def _best_blocks(self, top, context) -> dict | None:
        """{segment reader: (ids, scores)} of the speaker's postings in the blocks read (see the
        class), or None where this cannot be done."""
        child = self.child
        if type(child) is not Term or child.fieldname != "text" or self.limit < 1:
            return None
        wanted = tuple(sorted({speaker_code(k) for k in self.keys}))
        keys = frozenset(k.encode("utf-8") for k in self.keys)
        blocks = []   # (bound, order, segment, position, length, header)
        segments = []
        early = []    # (segment, matcher) of terms kept in their term info
        for sub, offset in top.leaf_searchers():
            reader = sub.reader()
            codes = _speaker_codes(reader)
            if codes is None or not reader.has_column("skey") or reader.has_deletions():
                return None
            if (child.fieldname, child.text) not in reader:
                continue
            m = child.matcher(sub, context)
            if not m.is_active():
                continue
            n = len(segments)
            get = _value_getter(_column(reader, "skey"))
            if type(m) is ListMatcher:   # (a term of few postings, kept in its term info: read now)
                segments.append((reader, offset, None, codes, get, None))
                early.append((n, m))
                continue
            buf = getattr(m, "_postfile", None) and getattr(m._postfile, "_buf", None)
            if type(m) is not _BisectingLeafMatcher or m._bounds is None or m._fast is None or buf is None:
                return None
            segments.append((reader, offset, m._fast, codes, get, buf))
            blocks += [(bound, len(blocks), n, *block) for bound, *block in _block_headers(m, buf)]
        blocks.sort(key=lambda b: (-b[0], b[1]))
        add, limit = SPEAKER_TERM_SCORE, self.limit
        best: list = []   # the ``limit`` best (score, -top-level docnum) found, a heap
        found: list = [([], []) for _ in segments]

        def keep(n: int, doc: int, score: float):
            found[n][0].append(doc)
            found[n][1].append(score)
            item = (score, -(segments[n][1] + doc))
            if len(best) < limit:
                heappush(best, item)
            elif item > best[0]:
                heapreplace(best, item)

        for n, m in early:
            codes, get = segments[n][3], segments[n][4]
            while m.is_active():
                doc = m.id()
                if codes[doc] in wanted and get(doc) in keys:
                    keep(n, doc, m.score() + add)
                m.next()
        for bound, _, n, position, length, header in blocks:
            if len(best) >= limit:
                least = best[0][0]
                if bound + add < least - 1e-9 * max(1.0, abs(least)):
                    break   # (no posting of this block or the rest can place)
            reader, offset, fast, codes, get, buf = segments[n]
            got = _read_block(buf, position, length, header)
            if got is None:
                return None
            ids, weights = got
            in_block = _block_codes(codes, ids)
            i = _next_wanted(wanted, in_block, 0)
            while i < len(in_block):
                doc = ids[i]
                if get(doc) in keys:
                    keep(n, doc, fast(weights[i] if weights is not None else 1.0, doc) + add)
                i = _next_wanted(wanted, in_block, i + 1)
        out = {}
        for (reader, *_), (ids, scores) in zip(segments, found):
            if ids:
                order = sorted(range(len(ids)), key=ids.__getitem__)
                out[reader] = ([ids[i] for i in order], [scores[i] for i in order])
        return out


def _block_headers(m, buf) -> list[tuple]:
    """(bound, position, length, header) of each block of the leaf matcher ``m`` (at its first
    block), read from the blocks' lengths and headers (see
    :meth:`_BisectingLeafMatcher.skip_to_quality`)."""
    bounds, score = m._bounds, m.scorer._score
    out = []
    position, last = m._baseoffset, False
    while not last:
        found, length, header = block_bound(buf, position, bounds, score)
        out.append((found, position, length, header))
        position, last = position + 4 + abs(length), length < 0
    return out


def _read_block(buf, position: int, length: int, header: tuple):
    """(ids, weights or None for all 1) of the block at ``position`` whose length and header
    were read (see :func:`_block_headers`), as whoosh's leaf matcher reads them; None if the
    header is not where whoosh writes it."""
    start = position + 4 + len(dumps(header, 2))   # (whoosh writes it so: dumps(header, 2))
    if buf[start - 1] != _PICKLE_STOP:
        return None
    data = buf[start:position + 4 + abs(length)]
    deltas, weights, _ = loads(zlib.decompress(data) if header[3] else data)
    if isinstance(weights, float):
        weights = array("f", [weights]) * len(deltas)   # (as whoosh's leaf matcher has them)
    return tuple(accumulate(deltas)), weights


#: The last byte of a pickle.
_PICKLE_STOP = ord(".")


def _next_wanted(wanted: tuple, found: bytes, i: int) -> int:
    """The first place from ``i`` on in a block's speaker codes ``found`` (see
    :func:`_block_codes`) that holds a ``wanted`` code (``len(found)`` if none)."""
    best = len(found)
    for code in wanted:
        j = found.find(code, i, best)
        if j >= 0:
            best = j
    return best


class _ScoredList(Matcher):
    """Postings given as ascending ids and their scores (see :class:`SpeakerTop`)."""

    def __init__(self, ids: list, scores: list, i: int = 0):
        self._ids, self._scores, self._i = ids, scores, i

    def is_active(self):
        return self._i < len(self._ids)

    def id(self):
        return self._ids[self._i]

    def next(self):
        self._i += 1
        return False

    def skip_to(self, id):
        if self.is_active() and id > self._ids[self._i]:
            self._i = bisect_left(self._ids, id, self._i)
        return False

    def score(self):
        return self._scores[self._i]

    def weight(self):
        return self._scores[self._i]

    def all_ids(self):
        return iter(self._ids[self._i:])

    def supports_block_quality(self):
        return False

    def max_quality(self):
        return max(self._scores[self._i:], default=0.0)

    def replace(self, minquality=0):
        return self if self.is_active() else NullMatcher()

    def copy(self):
        return _ScoredList(self._ids, self._scores, self._i)

    def children(self):
        return []

    def supports(self, astype):
        return False
