"""Sentences and tokens for cues: the :class:`Found` a cue reading returns, where a quotation's
sentence starts and ends, and the token steps the readers share.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass

from quotesearch.lexicon import wordset
from quotesearch.place_words import state_after_comma
from quotesearch.name_words import is_abbreviation
from quotesearch.document_words import DOCUMENT_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS, WEAK_SPEECH_VERBS
from quotesearch.mention_words import Mention, TIME_WORDS
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.tokens import Token, title_abbreviation
from quotesearch.people import Person


#: A possible sentence end: terminal punctuation, closing marks, then space.
RE_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)]*\s+")

#: The word that ends just before a full stop.
RE_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")


@dataclass
class Found:
    """A speaker found for a span: the mention, the person, the rule, the cue word."""

    mention: Mention | None
    person: Person | None
    rule: str
    cue: str | None
    how: str = ""


class Lazy:
    """A value computed on first call, then kept (``None`` included): work only some rules need."""

    _UNSET = object()

    def __init__(self, make):
        self._make, self._value = make, Lazy._UNSET

    def __call__(self):
        if self._value is Lazy._UNSET:
            self._value = self._make()
        return self._value


def sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Offsets where a sentence ends inside ``text[lo:hi]`` (abbreviations excluded).

    >>> t = "Mr. Smith left. He said."
    >>> sentence_ends(t, 0, len(t))
    [16]
    """
    out = []
    for m in RE_SENTENCE_END.finditer(text, lo, hi):
        start, end = m.span()  # (read once: each test below asks)
        if end < hi and not ((c := text[end]).isupper() or c in "“\"‘'(«"):
            continue
        if text[start] == ".":
            w = RE_LAST_WORD.search(text, max(lo, start - 20), start + 1)
            if w and (is_abbreviation(word := w.group(1)) or state_after_comma(text, w.start(1), word)
                      or len(word) == 1 or title_abbreviation(text, word, start + 1)):
                continue
        out.append(end)
    return out


def opens_line_or_sentence(text: str, at: int) -> bool:
    r"""Whether ``at`` opens its line or follows a sentence's stop and one space (‘Ann won. The mum’),
    read from the characters alone, for a word that stands as its sentence's subject.

    >>> opens_line_or_sentence("Ann won.\n\nThe mum added:", 10), opens_line_or_sentence("Ann won. The mum", 9)
    (True, True)
    >>> opens_line_or_sentence("at the mum", 3), opens_line_or_sentence("“Yes.” The mum", 7)
    (False, False)
    """
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2):at] in (". ", "! ", "? ")


def last_sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the last full sentence of ``text[lo:hi]`` starts, for a stretch that runs up to a new
    sentence (the words before a quotation, a paragraph and its break): the end before the
    stretch's last sentence end, or ``lo``.

    >>> t = "Mr. Smith left. He said so. "
    >>> t[last_sentence_start(t, 0, len(t)):]
    'He said so. '
    >>> last_sentence_start("He said so.", 0, 11)
    0
    """
    ends = sentence_ends(text, lo, hi)
    return ends[-2] if len(ends) > 1 else lo


def _first_word(toks: list[Token]) -> int:
    i = 0
    while i < len(toks) and toks[i].text in ",—–-―:;()’”\"'":
        i += 1
    return i


def _is_cue(t: Token, weak_ok: bool) -> bool:
    return t.word in SPEECH_VERBS and not t.capitalized and (weak_ok or t.word not in WEAK_SPEECH_VERBS)

#: Forms of "be" before a passive participle ("was asked by").
BE_FORMS = wordset("was were is are been being")


#: Words that open a clause of their own, so what follows them is not a speaker's title.
SUBORDINATORS = wordset("when while if as after because since before and but so though although until "
                          "unless where whereas once then")


_END = operator.attrgetter("end")
_START = operator.attrgetter("start")


def _index_after_offset(toks: list[Token], at: int) -> int:
    """The index of the first token starting at or after offset ``at``."""
    return bisect.bisect_left(toks, at, key=_START)


def _token_after(toks: list[Token], at: int) -> Token | None:
    """The first token starting at or after offset ``at`` (tokens are in text order)."""
    k = bisect.bisect_left(toks, at, key=_START)
    return toks[k] if k < len(toks) else None


def _index_before(toks: list[Token], at: int) -> int:
    """The index of the last token ending at or before offset ``at``, or -1."""
    return bisect.bisect_right(toks, at, key=_END) - 1


def _only_a_comma_or_colon(toks: list[Token], end: int) -> bool:
    """Nothing after ``end`` but commas, or one colon that ends the words (‘in the words of one
    aide, “…”’, ‘in the words of one aide: “…”’); never words of a clause of its own."""
    rest = [x.text for x in toks if x.start >= end]
    return all(x == "," for x in rest) or rest == [":"]


def _in_marks(text: str, m: Mention) -> bool:
    """The mention is the whole of a quoted title ("the co-author of “Going Viral,” said"): no speaker."""
    return text[m.start - 1:m.start] in OPENING_MARKS and text[m.end:m.end + 2].lstrip(",.")[:1] in CLOSING_MARKS


#: Marks that open or close a quoted title around a mention.
OPENING_MARKS = frozenset("“\"‘'")
CLOSING_MARKS = frozenset("”\"’'")


#: Verbs of speech that the list of words opening a sentence holds for their capitalised use (‘Asked
#: about it, she said …’), that in lower case stand where a speech verb goes: ‘…,” her son asked,
#: according to Ruth’ is the son's (w109d).
#:
#: >>> "asked" in FUNCTION_WORDS, "asked" in FUNCTION_SPEECH_VERBS
#: (True, True)
FUNCTION_SPEECH_VERBS = wordset("asked")


def _verb_like(t: Token) -> bool:
    """A lower-case past or present verb form: ‘pressed’, ‘beamed’, ‘says’, ‘asked’.

    >>> from quotesearch.tokens import tokenize
    >>> [_verb_like(x) for x in tokenize("Asked asked indeed")]
    [False, True, False]
    """
    w = t.word
    return not t.capitalized and len(w) > 3 and (w.endswith("ed") or w in SPEECH_VERBS or w in IRREGULAR_PASTS
                                                 or w in REACTION_VERBS) \
        and (w not in FUNCTION_WORDS or w in FUNCTION_SPEECH_VERBS)


#: Present forms of what one does in saying something, in features' present tense (‘“Worry?”
#: Okparaeke laughs’): in the place only a speech verb goes.
REACTION_VERBS = wordset("laughs smiles shrugs sighs grins chuckles nods winks beams muses jokes")

#: Irregular past forms that stand where a speech verb goes (‘…,” Bennett shot back’).
IRREGULAR_PASTS = wordset("shot went began broke threw struck swore bit rang sang spat burst")


def _line_ends(text: str, at: int) -> bool:
    """Nothing but blanks, or a bracket's aside, from ``at`` to the end of its line."""
    nl = text.find("\n", at)
    rest = text[at:nl if nl >= 0 else len(text)].strip()
    return not rest or (rest[0] == "(" and rest[-1] == ")")


def _closes_sentence(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` ends its sentence, a time or a day at most after it (‘…, a spokesman said on Monday.’)."""
    rest = [x for x in toks[v + 1:] if x.word not in TIME_WORDS and x.word not in NOT_NAMES]
    return not rest or rest[0].text in ".;!?" or (rest[0].text == "," and len(rest) > 1 and rest[1].word in ("as", "amid"))


def _people_word(word: str) -> bool:
    """A plural noun for people (‘sources’, ‘workers’, ‘people’, ‘residents’)."""
    return word in ("people", "men", "women", "staff", "officials", "folk", "folks") \
        or (word.endswith("s") and (word[:-1] in ROLE_NOUNS or word[:-1] in DESCRIPTION_NOUNS and word[:-1] not in DOCUMENT_NOUNS))
