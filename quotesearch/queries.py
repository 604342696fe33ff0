"""The query classes that keep a search over a million quotes from reading whole posting lists.

The quote text is indexed without positions (see :mod:`quotesearch.index`); each class here gives
whoosh's own matches and scores (as on a text indexed with positions):

- the leaf matchers of a :class:`quotesearch.search.QuoteIndex` skip within a block by bisection
  and score from the segment's length bytes at hand (:class:`_BisectingPostings`);
- a phrase is checked in the quotes' terms column (``tt``) for the quotes of its shortest list
  among its words and common-word ``pairs`` (:class:`PairPhrase`), after a test of each quote's
  signature of pairs and words (``ps``);
- an ``And``'s words far commoner than its rarest part, and a rare speaker's words, are looked up
  the same way instead of read (:class:`BlockAnd`, :class:`_ColumnCheck`);
- a speaker's quotes are found as :mod:`quotesearch.speakerqueries` says;
- a block whose bound falls short is passed over from its length and header alone
  (:meth:`_BisectingLeafMatcher.skip_to_quality`);
- the scorers of a word in each segment share what is the same in all (:class:`QuoteWeighting`).
"""
from __future__ import annotations

import sys
import weakref
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from pickle import loads
from struct import Struct

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching import IntersectionMatcher, Matcher, NullMatcher, ReadTooFar, WrappingMatcher
from whoosh.query import And, Phrase, Query, Term, WrappingQuery
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util import make_binary_tree
from whoosh.util.numeric import byte_to_length

from quotesearch.index import SIGNATURE_BYTES, is_pair, signature


def pair_phrases(q: Query) -> Query:
    """``q`` with each phrase of the quote text as a :class:`PairPhrase` (led by its indexed pairs,
    see :func:`~quotesearch.index.is_pair`, if it has any) and each ``And`` as a :class:`BlockAnd`.

    (The text has no positions: whoosh's own ``Phrase`` cannot be run on it.)"""
    def visit(node):
        if type(node) is Phrase and node.fieldname == "text" and all(node.words):
            words = node.words
            pairs = [f"{a} {b}" for a, b in zip(words, words[1:]) if is_pair(a, b)] if node.slop == 1 else []
            return PairPhrase(node, pairs)
        if type(node) is And:
            return BlockAnd(node.subqueries, boost=node.boost)
        return node

    return q.accept(visit)


class _WrappingWithValues(WrappingQuery):
    """A query wrapping ``child`` with a tuple of values beside it (equal, hashed, shown and
    rewrapped with them)."""

    def __init__(self, child: Query, values):
        super().__init__(child)
        self.values = tuple(values)

    def __eq__(self, other):
        return type(other) is type(self) and other.child == self.child and other.values == self.values

    def __hash__(self):
        return hash(self.child) ^ hash(self.values)

    def __repr__(self):
        return f"{type(self).__name__}({self.child!r}, {self.values!r})"

    def _rewrap(self, child: Query) -> "_WrappingWithValues":
        return type(self)(child, self.values)


class PairPhrase(_WrappingWithValues):
    """A phrase of the quote text (``child``), checked in the terms column of the quotes that can
    hold it.

    The text is indexed without positions (see :class:`quotesearch.index.QuoteText`): a quote's
    terms, in order, are its ``tt`` column, where a phrase is a run of whole terms. The quotes to
    check come from the shortest posting list among the phrase's words and its common-word
    ``pairs`` (see :func:`quotesearch.index.common_pairs`); most are ruled out by their signature
    of pairs and words (``ps``) before their terms are read. Matches and scores are those of
    whoosh's ``Phrase`` on a text indexed with positions: the sum of its words' scores.
    """

    @property
    def pairs(self) -> tuple:
        return self.values

    def estimate_size(self, ixreader):
        return min([self.child.estimate_size(ixreader),
                    *(ixreader.doc_frequency("pairs", p) for p in self.pairs)])

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        column = _terms_column(reader)
        check = _text_check(searcher, context, self.child.words, self.child.slop, self.child.boost)
        if column is None or check is None:
            return NullMatcher()
        lists = [(reader.doc_frequency("pairs", p), "pairs", p.encode("utf-8")) for p in dict.fromkeys(self.pairs)]
        lists += [(size, "text", w) for w, size in dict(zip(check.words, check.sizes)).items()]
        if any(df == 0 for df, _, _ in lists):
            return NullMatcher()   # a word, or two common words side by side, in no quote
        # Only the shortest list is read: a quote of it is ruled out by its signature for about
        # 0.3 µs, where reading another list where they meet costs some 40 µs a block (measured
        # at 1M quotes: intersecting lists up to 3x as long, 11% more time over the 200 phrases).
        _, fieldname, term = min(lists)
        return _ColumnCheck(reader.postings(fieldname, term), reader, column, (check,), lead_scores=False)


#: In an ``And`` (:class:`BlockAnd`), a posting list is intersected with the shortest (its blocks
#: read where they meet) while it is at most this many times as long; past that, the shortest
#: list's quotes are looked up in the terms column instead (measured at 1M quotes: a look-up
#: costs 0.3-1 µs, reading a block of 128 postings where the lists meet 30-45 µs).
INTERSECT_RATIO = 3

#: The column readers of each segment reader, by field (made once: a reader reads the column's
#: offsets and lengths, a few milliseconds at a million quotes).
_COLUMNS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _per_segment(reader, key, make):
    """``make()`` for a segment reader, made once and kept while the reader lives (in
    :data:`_COLUMNS`, under ``key``)."""
    columns = _COLUMNS.get(reader)
    if columns is None:
        columns = _COLUMNS[reader] = {}
    if key not in columns:
        columns[key] = make()
    return columns[key]


def _column(reader, fieldname: str):
    """A segment's column of ``fieldname`` (untranslated), or None."""
    return _per_segment(reader, fieldname, lambda: reader.column_reader(fieldname, translate=False)
                        if reader.has_column(fieldname) else None)


def _terms_column(reader):
    """A segment's ``tt`` column (see :func:`quotesearch.index.terms_value`), or None."""
    return _column(reader, "tt")


class _Posting:
    """What a scorer reads of a posting (its document and weight), for a posting not read from a
    posting list."""

    __slots__ = ("_id", "_weight")

    def __init__(self, docnum, weight):
        self._id, self._weight = docnum, weight

    def id(self):
        return self._id

    def weight(self):
        return self._weight


@dataclass(frozen=True)
class _TextCheck:
    """Words of the quote text that a :class:`_ColumnCheck` looks for in a quote's terms: side by
    side (``slop`` 1), in order with gaps below ``slop`` (as whoosh's ``Phrase``), or anywhere
    (``slop`` 0, one word: a ``Term``); with what they add to the score."""

    words: tuple[bytes, ...]
    slop: int
    scorers: tuple
    boost: float = 1.0
    #: per word, ``score(weight, docnum)`` as its scorer scores a posting (see :func:`_fast_scorer`)
    scores: tuple = ()
    #: per word, its quotes in the segment, and its highest frequency in one
    sizes: tuple = ()
    tops: tuple = ()

    @property
    def needles(self) -> tuple[bytes, ...]:
        """What a quote's ``tt`` value holds if it holds these words (all of it, but for ``slop``
        over 1: then see :func:`near`)."""
        if self.slop == 1:
            return (b" " + b" ".join(self.words) + b" ",)
        return tuple(b" " + w + b" " for w in dict.fromkeys(self.words))

    def score(self, docnum: int, terms: list[bytes]) -> float:
        total = 0.0
        for word, score in zip(self.words, self.scores):
            total += score(float(terms.count(word)), docnum)
        return total * self.boost if self.boost != 1.0 else total

    def max_quality(self) -> float:
        return sum(s.max_quality() for s in self.scorers) * self.boost


def near(terms: list, words: tuple, slop: int) -> bool:
    """Whether ``words`` are in ``terms`` in order, each within ``slop`` positions after the one
    before (whoosh's ordered ``SpanNear2``, which its ``Phrase`` is).

    >>> t = "we wait and see".split()
    >>> near(t, ("we", "see"), 2), near(t, ("we", "see"), 3), near(t, ("see", "we"), 4)
    (False, True, False)
    """
    ends = [i for i, t in enumerate(terms) if t == words[0]]
    for word in words[1:]:
        ends = [i for i, t in enumerate(terms) if t == word and any(0 < i - e <= slop for e in ends)]
        if not ends:
            return False
    return True


def _text_check(searcher, context, words, slop: int, boost: float) -> _TextCheck | None:
    """The check of ``words`` of the quote text, scored as whoosh's term matchers score them; None
    when a word is in no quote of this segment."""
    reader = searcher.reader()
    weighting = context.weighting if context is not None else searcher.weighting
    terms = tuple(w.encode("utf-8") if isinstance(w, str) else w for w in words)
    try:
        infos = tuple(reader.term_info("text", t) for t in terms)
    except TermNotFound:
        return None
    if not terms:
        return None
    if isinstance(weighting, QuoteWeighting):
        scorers = tuple(weighting.scorer(searcher, "text", t, info=i) for t, i in zip(terms, infos))
    else:
        scorers = tuple(weighting.scorer(searcher, "text", t) for t in terms)
    scores = tuple(_fast_scorer(reader, "text", s) or _posting_scorer(s) for s in scorers)
    return _TextCheck(terms, slop, scorers, boost, scores, tuple(i.doc_frequency() for i in infos),
                      tuple(i.max_weight() for i in infos))


class QuoteWeighting(BM25F):
    """whoosh's BM25F, scoring as it does, with what is the same in every segment worked out
    once: whoosh's scorer of a word in a segment sums the field's length over every segment
    (its average length), and looks the word up again where the caller has its ``info``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        #: {top searcher: {field: its average length}} (weakly: a searcher dropped is forgotten;
        #: one weighting may serve several searchers, whoosh's refresh() passes it on)
        self._averages: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def scorer(self, searcher, fieldname, text, qf=1, info=None):
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf)
        parent = searcher.get_parent()
        averages = self._averages.get(parent)
        if averages is None:
            averages = self._averages.setdefault(parent, {})
        average = averages.get(fieldname)
        if average is None:
            average = averages[fieldname] = parent.avg_field_length(fieldname) or 1
        # (BM25FScorer's __init__ and setup, but for the average and the term info)
        s = BM25FScorer.__new__(BM25FScorer)
        s.idf, s.avgfl = parent.idf(fieldname, text), average
        s.B, s.K1, s.qf = self._field_B.get(fieldname, self.B), self.K1, qf
        info = info if info is not None else searcher.term_info(fieldname, text)
        s.dfl = lambda docid: searcher.doc_field_length(docid, fieldname, 1)
        s._maxquality = s._score(info.max_weight(), info.min_length())
        return s


def _posting_scorer(scorer):
    """``score(weight, docnum)`` through ``scorer.score`` (see :func:`_fast_scorer`)."""
    return lambda weight, docnum: scorer.score(_Posting(docnum, weight))


class _ColumnCheck(Matcher):
    """The postings of ``lead`` whose quotes' terms (the ``tt`` column) pass every check.

    Scores as the lead (when ``lead_scores``) plus the checks' words, each scored by its own
    scorer on its frequency in the quote: what an intersection with the words' posting lists
    scores, without reading them.

    Once the collector says what a hit must beat (``skip_to_quality``), a quote whose bound
    cannot beat it is passed over before its terms are read: the bound is the lead's best score
    plus, per word, its score at the word's highest frequency in the segment and this quote's
    length (BM25F falls as a quote grows), one look-up in a table by the quote's length byte.
    """

    def __init__(self, lead, reader, column, checks, lead_scores: bool = True):
        self._lead, self._column, self._checks = lead, column, tuple(checks)
        self._needles = tuple(dict.fromkeys(n for c in self._checks for n in c.needles))
        self._near = tuple(c for c in self._checks if c.slop > 1)
        self._lead_scores = lead_scores
        self._checked_max = sum(c.max_quality() for c in self._checks)
        self._get = _value_getter(column)
        self._lead_max = lead.max_quality() if lead_scores else 0.0
        self._lengths = _field_lengths(reader, "text")
        self._mask = _mask(self._checks)
        self._signatures = _signatures(reader) if any(self._mask) else None
        self._bounds: list | None = None   # by length byte, filled as needed (see _bound)
        self._below = None   # what a quote's bound must exceed (set by skip_to_quality)
        self._find()

    def _holds(self, terms: bytes) -> bool:
        for needle in self._needles:
            if needle not in terms:
                return False
        return all(near(terms.split(), c.words, c.slop) for c in self._near)

    def _find(self) -> bool:
        """Move to the lead's next posting that passes (there already: stay); whether it moved
        to another block on the way."""
        lead, get, holds = self._lead, self._get, self._holds
        moved = False
        if type(lead) is _BisectingLeafMatcher:
            one = self._needles[0] if len(self._needles) == 1 and not self._near else None
            below, bounds = self._below, self._bounds
            lengths, count = self._lengths or (b"", 0)
            signatures, signed = self._signatures or (None, 0)
            low, high, tlow, thigh = self._mask
            while not lead._atend:   # a block's ids at a time
                if lead._ids is None:
                    lead._read_ids()
                ids = lead._ids
                for i in range(lead._i, len(ids)):
                    doc = ids[i]
                    if below is not None and doc < count:
                        bound = bounds[lengths[doc]]
                        if bound is None:
                            bound = self._bound(lengths[doc])
                        if bound < below:
                            continue
                    if signatures is not None:
                        k = 4 * doc
                        if doc >= signed or (signatures[k] & low) != low or (signatures[k + 1] & high) != high \
                                or (signatures[k + 2] & tlow) != tlow or (signatures[k + 3] & thigh) != thigh:
                            continue
                    if (one in get(doc)) if one is not None else holds(get(doc)):
                        lead._i = i
                        return moved
                lead._next_block()
                moved = True
                if below is not None and self._lead_scores and not lead._atend:
                    lead.skip_to_quality(self._least)   # (as the collector would, at a new block)
            return moved
        while lead.is_active() and not (self._signed(lead.id()) and holds(get(lead.id()))):
            moved = lead.next() or moved
        return moved

    def _signed(self, doc) -> bool:
        """Whether the quote ``doc``'s signature has every bit of the checks' words and phrases."""
        if self._signatures is None:
            return True
        signatures, signed = self._signatures
        return doc < signed and all(signatures[4 * doc + i] & m == m for i, m in enumerate(self._mask))

    def is_active(self):
        return self._lead.is_active()

    def id(self):
        return self._lead.id()

    def next(self):
        moved = self._lead.next()
        return self._find() or moved

    def skip_to(self, id):
        if self.is_active() and id > self._lead.id():
            moved = self._lead.skip_to(id)
            return self._find() or moved
        return False

    def children(self):
        return [self._lead]

    def replace(self, minquality=0):
        return self if self.is_active() else NullMatcher()

    def copy(self):
        raise NotImplementedError("a column check is not copied")

    def supports(self, astype):
        return False

    def score(self):
        docnum = self._lead.id()
        terms = self._get(docnum).split()
        total = self._lead.score() if self._lead_scores else 0.0
        for check in self._checks:
            total += check.score(docnum, terms)
        return total

    def max_quality(self):
        return self._lead_max + self._checked_max

    def supports_block_quality(self):
        return True

    def block_quality(self):
        if self._lead_scores and self._lead.supports_block_quality():
            return self._lead.block_quality() + self._checked_max
        return self.max_quality()

    def skip_to_quality(self, minquality):
        skipped = 0
        if self._lead_scores and self._lead.supports_block_quality():
            skipped = self._lead.skip_to_quality(minquality - self._checked_max)
        if minquality <= 0 or not self._lengths:
            return skipped
        if self._bounds is None:
            self._bounds = [None] * 256
        # (a margin for the rounding of sums: a quote at the bound is still read)
        self._below = minquality - self._lead_max - 1e-9 * max(1.0, abs(minquality))
        self._least = minquality - self._checked_max   # what the lead's blocks must reach
        if self.is_active():
            self._find()
        return skipped

    def _bound(self, length_byte: int) -> float:
        """The most the checks' words can score in a quote of this length byte: each word at its
        highest frequency in the segment (BM25F's block bound, for one quote)."""
        total = 0.0
        for check in self._checks:
            part = 0.0
            for scorer, top in zip(check.scorers, check.tops):
                score_at = getattr(scorer, "_score", None)
                if score_at is None or not length_byte:
                    part += scorer.max_quality()
                else:
                    part += score_at(top, _BYTE_LENGTHS[length_byte])
            total += part * check.boost
        self._bounds[length_byte] = total
        return total


def _mask(checks) -> tuple[int, int, int, int]:
    """The signature bits (:func:`quotesearch.index.signature`) every quote passing ``checks``
    has: those of their words, and of their phrases' adjacent pairs."""
    mask = [0, 0, 0, 0]
    for check in checks:
        found = signature([w.decode("utf-8") for w in check.words])
        for i in range(0 if check.slop == 1 else 2, 4):
            mask[i] |= found[i]
    return tuple(mask)


def _signatures(reader):
    """A segment's signatures as 64-bit words, four per record (``(words, records)``), read in
    place from the ``ps`` column; None where that cannot be done."""
    def make():
        column = _column(reader, "ps")
        try:
            if column is not None and sys.byteorder == "little" and column._fixedlen == SIGNATURE_BYTES:
                data = column._dbfile.get(column._basepos, column._count * SIGNATURE_BYTES)
                return memoryview(data).cast("Q"), column._count
        except (AttributeError, TypeError, ValueError):
            pass
        return None

    return _per_segment(reader, "signatures", make)


def _value_getter(column):
    """``column[docnum]`` for a column of whoosh's ``VarBytesColumn`` held in memory (a segment's
    compound file), without two method calls."""
    try:
        lengths, offsets, base, buf = column._lengths, column._offsets, column._basepos, column._dbfile._buf
        buf[0:0]
    except (AttributeError, TypeError):
        return column.__getitem__

    def value(docnum):
        start = base + offsets[docnum]
        return bytes(buf[start:start + lengths[docnum]])

    return value


class _BisectingPostings:
    """A whoosh 3 codec, as a segment's terms reader sees it, whose leaf matchers bisect a block.

    whoosh's ``W3LeafMatcher.skip_to`` skips whole blocks by their headers, then walks the block
    posting by posting; an intersection (``And``, a phrase, a speaker) with a common word's list
    calls it once per posting of the other list, walking up to a block each time. The matchers
    made here are :class:`_BisectingLeafMatcher`: same postings, same scores, a bisection instead
    of the walk, and BM25F scores computed from the segment's field lengths at hand. (Set on the
    terms readers of a :class:`quotesearch.search.QuoteIndex`'s searcher: every matcher, including those an
    intersection moves while it is being built, is one.)
    """

    def __init__(self, codec, reader):
        self._codec, self._reader = codec, reader

    def __getattr__(self, name):
        return getattr(self._codec, name)

    def postings_reader(self, *args, **kwargs):
        m = self._codec.postings_reader(*args, **kwargs)
        if type(m) is W3LeafMatcher:
            m.__class__ = _BisectingLeafMatcher
            if m.scorer is not None and m._term is not None:
                m._fast = _fast_scorer(self._reader, m._term[0], m.scorer)
                if type(m.scorer) is BM25FScorer:
                    m._bounds = {}
        return m


#: whoosh's length of each length byte (``byte_to_length``), for :func:`_fast_scorer`.
_BYTE_LENGTHS = tuple(byte_to_length(b) for b in range(256))


def _field_lengths(reader, fieldname: str):
    """The length bytes of a segment's field, one per record, as whoosh keeps them (a column of
    unsigned bytes), or None."""
    def make():
        try:
            lengths = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            if lengths is not None and lengths._fixedlen == 1:
                return lengths._dbfile.get(lengths._basepos, lengths._count), lengths._count
        except AttributeError:
            pass
        return None

    return _per_segment(reader, ("lengths", fieldname), make)


def _fast_scorer(reader, fieldname: str, scorer):
    """``(score(weight, docnum), ...)`` computing what whoosh's BM25F ``scorer.score(matcher)``
    does (``scorer._score(weight, field length of docnum)``), reading the length byte directly
    rather than through three readers; None where that cannot be done."""
    if type(scorer) is not BM25FScorer:
        return None
    found = _field_lengths(reader, fieldname)
    if found is None:
        return None
    lengths, count = found
    _score = scorer._score
    known: dict = {}   # {(weight, length byte): score}: a few dozen of them in a segment

    def score(weight, docnum):
        byte = lengths[docnum] if docnum < count else -1
        found = known.get((weight, byte))
        if found is None:
            found = known[weight, byte] = _score(weight, _BYTE_LENGTHS[byte] if byte >= 0 else 0)
        return found

    return score


#: A posting block's length, as whoosh 3 writes it before the block (negative on the last).
_BLOCK_LENGTH = Struct("!i").unpack_from

#: The most bytes a block's header (a pickled tuple of six numbers) takes.
_HEADER_BYTES = 64


def block_bound(buf, position: int, bounds: dict, score) -> tuple[float, int, tuple]:
    """(bound, length, header) of the posting block at ``position`` of a postings file's bytes,
    read from its length and header alone: the bound is ``score(max weight, min length)``, kept
    in ``bounds`` by those two."""
    length = _BLOCK_LENGTH(buf, position)[0]
    header = loads(buf[position + 4:position + 4 + min(abs(length), _HEADER_BYTES)])
    key = (header[2], _BYTE_LENGTHS[header[4]])
    found = bounds.get(key)
    if found is None:
        found = bounds[key] = score(*key)
    return found, length, header


class _BisectingLeafMatcher(W3LeafMatcher):
    """A whoosh 3 leaf matcher whose ``skip_to`` bisects the current block (see :class:`_BisectingPostings`)."""

    def skip_to(self, targetid):
        if not self.is_active():
            raise ReadTooFar
        if targetid <= self.id():
            return False
        moved = False
        if targetid > self._maxid:
            self._skip_to_block(lambda: targetid > self._maxid)
            moved = True
            if not self.is_active():
                return True
            if self._ids is None:
                self._read_ids()
        self._i = bisect_left(self._ids, targetid, self._i)
        return moved

    _fast = None
    #: {(max weight, min length): block bound} of a BM25F scorer (see :meth:`block_quality`)
    _bounds = None

    def block_quality(self):
        bounds = self._bounds
        if bounds is None:
            return self.scorer.block_quality(self)
        key = (self._maxweight, self._minlength)
        found = bounds.get(key)
        if found is None:
            found = bounds[key] = self.scorer._score(self._maxweight, self._minlength)
        return found

    def skip_to_quality(self, minquality):
        """Moves to the next block whose bound exceeds ``minquality`` (whoosh's), reading only
        each skipped block's length and header, a block's bound looked up by its maximum weight
        and minimum length (whoosh reads a header through four file calls and scores a bound
        through three, 7 µs a block, where a common word has hundreds of blocks)."""
        if self.block_quality() > minquality:
            return 0
        buf = getattr(self._postfile, "_buf", None)
        bounds = self._bounds
        if bounds is None or buf is None:
            return super().skip_to_quality(minquality)
        score = self.scorer._score
        skipped = 0
        while True:   # (on the current block, whose bound falls short)
            skipped += 1
            if self._lastblock:
                self._atend = True
                return skipped
            position = self._nextoffset
            found, length, _ = block_bound(buf, position, bounds, score)
            if found > minquality:
                self._goto(position)
                return skipped
            # (what whoosh's _goto keeps of a block it passes: where the next one starts)
            self._nextoffset = position + 4 + abs(length)
            self._lastblock = length < 0

    def score(self):
        if self._fast is None:
            return self.scorer.score(self)
        if self._weights is None:
            self._read_weights()
        return self._fast(self._weights[self._i], self.id())

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if weights is None or isinstance(weights, float):
            # whoosh builds this array from a generator, a Python step per posting
            self._weights = array("f", [1.0 if weights is None else weights]) * self._blocklength
        else:
            self._weights = weights

    def _read_ids(self):
        # whoosh decodes the deltas with a generator, a Python step per posting
        if self._data is None:
            self._read_data()
        ids = self._data[0]
        self._ids = ids if self._byteids else tuple(accumulate(ids))


class BlockAnd(And):
    """An ``And`` whose pairs of posting lists are intersected a block at a time
    (:class:`_BlockIntersection`), and whose words of the quote text far commoner than its
    rarest part are looked up in the terms column of that part's quotes (:class:`_ColumnCheck`)
    instead of read. Same matches and scores as ``And``."""

    def _matcher(self, subs, searcher, context):
        r = searcher.reader()
        sizes = {id(q): q.estimate_size(r) for q in subs}
        least = min(sizes.values())
        checked = [q for q in subs if sizes[id(q)] > least * INTERSECT_RATIO and _in_text(q)]
        column = _terms_column(r) if checked else None
        if column is None:
            return self._tree_matcher(subs, _BlockIntersection, searcher, context,
                                      lambda q: 0 - sizes[id(q)])
        checks = []
        for q in checked:
            child = q.child if isinstance(q, PairPhrase) else q
            words = child.words if isinstance(child, Phrase) else [child.text]
            check = _text_check(searcher, context, words, getattr(child, "slop", 0), child.boost)
            if check is None:
                return NullMatcher()
            checks.append(check)
        rest = [q for q in subs if not any(q is c for c in checked)]
        lead = make_binary_tree(_BlockIntersection, [q.matcher(searcher, context)
                                                     for q in sorted(rest, key=lambda q: sizes[id(q)])])
        m = _ColumnCheck(lead, r, column, checks)
        return m if self.boost == 1.0 else WrappingMatcher(m, self.boost)


def _in_text(q: Query) -> bool:
    """Whether ``q`` is a word or a phrase of the quote text (what a :class:`_ColumnCheck` can check)."""
    return (type(q) is Term and q.fieldname == "text") or \
        (isinstance(q, PairPhrase) and q.child.fieldname == "text")


class _BlockIntersection(IntersectionMatcher):
    """whoosh's intersection, which, between two leaf matchers of a :class:`quotesearch.search.QuoteIndex`
    (:class:`_BisectingLeafMatcher`), finds the next common posting with a set intersection of
    their current blocks' ids rather than leapfrogging posting by posting, a Python call or three
    per posting of the shorter list. (Positions and weights are still read only where needed.)
    """

    def __init__(self, a, b):
        self._blocks = self._common = None
        super().__init__(a, b)

    def _find_next(self):
        a, b = self.a, self.b
        if type(a) is not _BisectingLeafMatcher or type(b) is not _BisectingLeafMatcher:
            return super()._find_next()
        moved = False
        while not (a._atend or b._atend):
            if a._ids is None:
                a._read_ids()
            if b._ids is None:
                b._read_ids()
            x, y = a._ids[a._i], b._ids[b._i]
            if x == y:
                return moved
            if x < y and y > a._maxid:
                moved = a.skip_to(y) or moved      # past a's block: skip by block headers
                continue
            if y < x and x > b._maxid:
                moved = b.skip_to(x) or moved
                continue
            blocks = (a._ids, b._ids)
            if self._blocks is None or self._blocks[0] is not blocks[0] or self._blocks[1] is not blocks[1]:
                self._blocks, self._common = blocks, sorted(set(blocks[0]).intersection(blocks[1]))
            common = self._common
            k = bisect_left(common, max(x, y))
            if k < len(common):
                target = common[k]
                a._i = bisect_left(a._ids, target, a._i)
                b._i = bisect_left(b._ids, target, b._i)
                return moved
            # nothing in common in the rest of these blocks: leave the one that ends first
            end = min(a._maxid, b._maxid)
            if a._maxid == end:
                moved = a.skip_to(end + 1) or moved
            if b._maxid == end and not b._atend:
                moved = b.skip_to(end + 1) or moved
        return moved

    def skip_to_quality(self, minquality):
        """Skips postings that cannot score above ``minquality``.

        whoosh's own skips the matcher of the lower block quality by the other's *current* block
        quality, which a later block of the other may exceed: it loses hits (a term with a
        speaker: the speaker's list has the lower, constant quality, and is skipped to its end).
        Here a matcher's blocks are skipped by the other's bound over its whole list, and where
        both current blocks together fall short, past the block that ends first.
        """
        a, b = self.a, self.b
        skipped = 0
        while a.is_active() and b.is_active():
            aq, bq = a.block_quality(), b.block_quality()
            if aq + bq >= minquality:
                break
            if aq + b.max_quality() <= minquality:
                skipped += a.skip_to_quality(minquality - b.max_quality())
            elif bq + a.max_quality() <= minquality:
                skipped += b.skip_to_quality(minquality - a.max_quality())
            elif type(a) is _BisectingLeafMatcher and type(b) is _BisectingLeafMatcher:
                # no posting of both current blocks can do: leave the block that ends first
                end = min(a._maxid, b._maxid)
                if a._maxid == end:
                    a._next_block()
                if b._maxid == end:
                    b._next_block()
                skipped += 1
            else:
                (a if aq < bq else b).next()   # the current posting (of both) cannot do
            if a.is_active() and b.is_active() and a.id() != b.id():
                self._find_next()
        return skipped
