"""Text analysis for the index: words, case- and accent-folded and stemmed, with no stop words.

One function, :func:`normalize`, turns a word into its index term; the whoosh analyzer used at
query time (and for highlighting) and the fast indexing path (:func:`term_positions`) both call
it on the same tokens (:data:`RE_WORD`), so a phrase typed by a user ("we wait and see") meets the
terms the quote was indexed with.
"""
from __future__ import annotations

import unicodedata

import regex
from whoosh import formats
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import FieldType
from whoosh.lang.porter import stem
from whoosh.system import _INT_SIZE

#: A word: letters and digits, with inner apostrophes ("don't", "Britain’s").
#:
#: >>> RE_WORD.findall("“We wait and see,” Pistorius’s aide said; U.S.-led")
#: ['We', 'wait', 'and', 'see', 'Pistorius’s', 'aide', 'said', 'U', 'S', 'led']
RE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*")

#: Words seen so far and their terms; cleared when it grows past :data:`CACHE_SIZE`.
_TERMS: dict[str, str] = {}
CACHE_SIZE = 500_000


def fold(text: str) -> str:
    """Lower case without accents; curly apostrophes become straight ones.

    >>> fold("Müller’s ÉLYSÉE")
    "muller's elysee"
    """
    text = text.casefold().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize(word: str) -> str:
    """The index term of one word: folded, possessive dropped, stemmed.

    >>> [normalize(w) for w in ["Waiting", "waits", "Pistorius’s", "Élysée", "we"]]
    ['wait', 'wait', 'pistoriu', 'elysee', 'we']
    """
    term = _TERMS.get(word)
    if term is None:
        folded = fold(word)
        if folded.endswith("'s"):
            folded = folded[:-2]
        term = stem(folded)
        if len(_TERMS) >= CACHE_SIZE:
            _TERMS.clear()
        _TERMS[word] = term
    return term


def terms(text: str) -> list[str]:
    """The index terms of a text, in order.

    >>> terms("We wait and see.")
    ['we', 'wait', 'and', 'see']
    """
    return [normalize(w) for w in RE_WORD.findall(text)]


class QuoteTokenizer(Tokenizer):
    """The whoosh side of :func:`terms`: tokens with positions and character offsets."""

    def __eq__(self, other):
        return type(other) is type(self)

    def __hash__(self):
        return hash(type(self))

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = normalize(value) if mode == "query" else value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        for pos, m in enumerate(RE_WORD.finditer(value)):
            t.text = normalize(m.group())
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = m.group()
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


class CompactPositions(formats.Positions):
    """Positions as varint deltas (whoosh pickles a list per posting, three times the bytes)."""

    def encode(self, poslist):
        out = bytearray(len(poslist).to_bytes(_INT_SIZE, "big"))
        base = 0
        for pos in poslist:
            delta = pos - base
            base = pos
            while delta > 0x7F:
                out.append(delta & 0x7F | 0x80)
                delta >>= 7
            out.append(delta)
        return bytes(out)

    def decode_positions(self, valuestring):
        positions, pos, delta, shift = [], 0, 0, 0
        for byte in valuestring[_INT_SIZE:]:
            delta |= (byte & 0x7F) << shift
            if byte & 0x80:
                shift += 7
            else:
                pos += delta
                positions.append(pos)
                delta = shift = 0
        return positions

    def decode_frequency(self, valuestring):
        return int.from_bytes(valuestring[:_INT_SIZE], "big")


#: The encoding of a single position below 128 (most postings).
_ONE_POSITION = [(1).to_bytes(_INT_SIZE, "big") + bytes([p]) for p in range(128)]


class Words(FieldType):
    """A text field analysed by :func:`normalize`; indexing skips whoosh's token objects.

    ``positions=False`` keeps only frequencies (no phrase search on the field).
    """

    def __init__(self, positions: bool = True, scorable: bool = True):
        self.analyzer = QuoteTokenizer()
        self.format = CompactPositions() if positions else formats.Existence()
        self.scorable = scorable
        self.stored = False
        self.unique = False
        self.vector = None
        self.multitoken_query = "default"
        self.set_sortable(False)

    def index(self, value, **kwargs):
        words = value if isinstance(value, (list, tuple)) else RE_WORD.findall(value)
        found: dict[str, list[int]] = {}
        for pos, word in enumerate(words):
            term = _TERMS.get(word) or normalize(word)
            got = found.get(term)
            if got is None:
                found[term] = [pos]
            else:
                got.append(pos)
        if isinstance(self.format, CompactPositions):
            encode = self.format.encode
            for term, poss in found.items():
                if len(poss) == 1 and poss[0] < 128:
                    yield term.encode("utf-8"), 1, 1.0, _ONE_POSITION[poss[0]]
                else:
                    yield term.encode("utf-8"), len(poss), float(len(poss)), encode(poss)
        else:
            for term, poss in found.items():
                yield term.encode("utf-8"), len(poss), float(len(poss)), b""
