"""Definite call-backs to someone brought in unnamed by another noun: "the woman" for the one
unnamed woman the article brought in just before as "an elderly woman who opens the door" or "A
71-year-old retired nurse … her life savings", "the MP" for "One senior backbencher", "the
director" for "One board member", "the former aide" for "One former deputy chief of staff". The
call-back is a description no rule read further (a speaker left as "the woman"); the one it stands
for is given as first written, as far as a speaker's description reaches (:func:`mention_after`).
Never when two unnamed ones of that kind were brought in, someone of that sex is named between, or
the introduction lies more than :data:`CALLBACK_REACH` characters back."""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.cue_tokens import Found
from quotesearch.kinship import PRONOUN_SEX
from quotesearch.role_words import DESCRIBED_MEMBER_NOUNS, GENDERED_NOUNS, MEMBER_ANAPHOR_NOUNS
from quotesearch.document_words import THING_NOUNS
from quotesearch.mention_words import description_head
from quotesearch.mentions import mention_after
from quotesearch.tokens import tokenize
from quotesearch.people import Person
from quotesearch.speakers import Cast
from quotesearch.titles import _person_noun
from quotesearch.descriptions import _speaks_after
from quotesearch.body_names import _quoted_at
from quotesearch.unnamed_subjects import RE_PERSON_NAMED_AFTER, _sex_named, _tells_own_sex

#: How far back (in characters) a call-back reaches for its introduction: past that, a new section.
CALLBACK_REACH = 2000

#: A definite call-back by a bare noun of sex or of role, with at most one qualifier (group 1) the
#: introduction must share: ‘the woman’, ‘The man’, ‘the MP’, ‘the former aide’.
#:
#: >>> [m.groups() for m in map(RE_CALLBACK.fullmatch, ("the woman", "the former aide", "The MP"))]
#: [(None, 'woman'), ('former', 'aide'), (None, 'MP')]
#: >>> RE_CALLBACK.fullmatch("the woman's son") is None, RE_CALLBACK.fullmatch("the other woman") is None
#: (True, True)
RE_CALLBACK = LazyPattern(r"(?i:the) (?:(former|senior|retired|elderly|young|older)\s)?(\p{Ll}+|MP)")

#: Nouns of sex a call-back may use for one brought in by another noun, and the sex each tells.
#:
#: >>> CALLBACK_SEXES["woman"], CALLBACK_SEXES["man"]
#: ('f', 'm')
CALLBACK_SEXES = {"woman": "f", "man": "m"}

#: Call-back nouns of role (beside a member of a parliament, :data:`MEMBER_ANAPHOR_NOUNS`) and the
#: introductions' nouns that imply them: a board member is a director, a chief of staff an aide. A
#: noun a role does not imply stays as written (‘One trustee … “…,” the director said’, review rv62c).
#:
#: >>> IMPLIED_ROLE_NOUNS["director"], IMPLIED_ROLE_NOUNS["aide"]
#: (('board member',), ('chief of staff',))
IMPLIED_ROLE_NOUNS = {"director": ("board member",), "aide": ("chief of staff",)}

#: The article of an unnamed one brought in (‘an’, ‘A’, ‘one’), before a word in lower case or a figure.
#:
#: >>> [m.start() for m in RE_INDEFINITE_OPENER.finditer("She met an elderly woman and One 84-year-old. A Cat")]
#: [8, 29]
RE_INDEFINITE_OPENER = LazyPattern(r"\b(?:[Aa]n?|[Oo]ne)\s+(?=[\p{Ll}\d])(?!of\b)")

#: A word before the article that makes the description a predicate or a comparison, never one brought in
#: (‘she is a nurse’, ‘like a man possessed’).
#:
#: >>> bool(RE_PREDICATE_BEFORE.search("Jane Hale was ")), bool(RE_PREDICATE_BEFORE.search("told "))
#: (True, False)
RE_PREDICATE_BEFORE = LazyPattern(r"(?i:\b(?:is|was|are|were|be|been|became|becomes|as|like|than)\s|,\s)$")

#: A verb of saying whose content the description opens: one told of in another's words, never
#: brought in by the article (‘A neighbour said a man climbed out. “…,” said the man’ stays, review rv62c).
#:
#: >>> bool(RE_SAID_CONTENT_BEFORE.search("A neighbour said ")), bool(RE_SAID_CONTENT_BEFORE.search("said that ")), bool(RE_SAID_CONTENT_BEFORE.search("told "))
#: (True, True, False)
RE_SAID_CONTENT_BEFORE = LazyPattern(r"(?i:\b(?:said|says|say|saying|added|adds|claimed|claims|stated|states|alleged|alleges|"
                                     r"believes|believed|thinks|thought|reported|reports)\s(?:that\s)?)$")

#: A name set off right after a description: the one brought in is named (‘a nurse, Ann Lee,’).
#:
#: >>> bool(RE_NAME_SET_OFF.match(", Ann Lee, said")), bool(RE_NAME_SET_OFF.match(", who asked not to be named"))
#: (True, False)
RE_NAME_SET_OFF = LazyPattern(r",\s+\p{Lu}\p{Ll}+\s+\p{Lu}")

#: The first pronoun of either sex in the rest of a sentence (‘… has lost almost all of her savings’).
#:
#: >>> RE_SEX_WORD_AFTER.match(" has lost all of her savings. He").group(1)
#: 'her'
RE_SEX_WORD_AFTER = LazyPattern(r"[^.!?;“”\"\n]*?\b(he|she|his|her|him|himself|herself)\b")

#: A capitalised word, the surname after a given name (‘Ann| Lee’).
#:
#: >>> RE_SURNAME_START.match("Lee-Smith said").group()
#: 'Lee-Smith'
RE_SURNAME_START = LazyPattern(r"\p{Lu}[\p{L}\-’']+")

#: A sentence's end (the reach of one description's sentence).
RE_STOP = LazyPattern(r"[.!?][”’\"]?\s|\n")

#: A person's noun or a named person between an opening and its first pronoun: the pronoun may be theirs.
#:
#: >>> bool(RE_OTHER_PERSON_BETWEEN.search(" told a man that")), bool(RE_OTHER_PERSON_BETWEEN.search(" has lost all of"))
#: (True, False)
RE_OTHER_PERSON_BETWEEN = LazyPattern(r"\b(?:a|an|the|his|her|their)\s+(?:[\p{Ll}\-]+\s+)?(?:man|woman|boy|girl|son|daughter|husband|"
                                      r"wife|mother|father|friend|neighbour|neighbor)\b|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")

#: Someone else brought in by a noun between an opening and its first pronoun (group 1 the noun's word).
#:
#: >>> RE_ONE_BETWEEN.search(" who told an 84-year-old widow her").group(1)
#: 'widow'
RE_ONE_BETWEEN = LazyPattern(r"\b(?:a|an|the|his|her|their)\s+(?:[\p{Ll}\d\-]+\s+){0,2}?(\p{Ll}+)\b(?=\s+(?:his|her|he|she|him|who|that|,)|[,.;]|\s+\p{Ll}+(?:ed|s)\b)")

def _introductions(text: str, lo: int, hi: int, cast: Cast) -> list[tuple[int, int, str, str | None, bool]]:
    """The unnamed ones brought in by "a/an/one …" between ``lo`` and ``hi``, outside quotations and never as a
    predicate or an apposition: (start, end, description as a speaker's would read, the sex it tells or None,
    whether a name is set off after it), in text order. Only descriptions whose head is a person's noun."""
    out = []
    for m in RE_INDEFINITE_OPENER.finditer(text, lo, hi):
        s = m.start()
        if RE_PREDICATE_BEFORE.search(text, max(0, s - 12), s) or RE_SAID_CONTENT_BEFORE.search(text, max(0, s - 16), s) \
                or _quoted_at(cast, s):
            continue
        stop = RE_STOP.search(text, m.end(), min(len(text), s + 300))
        e = stop.start() if stop else min(len(text), s + 300)
        piece = text[s:e]
        mention = mention_after(tokenize(piece), 0, text=piece)
        if mention is None or mention.kind != "description" or mention.start != 0:
            continue
        head = description_head(mention.text)
        if head is None or not _person_noun(head) or head in THING_NOUNS:
            continue
        end = s + mention.end
        out.append((s, end, mention.text, _sex_told(text, s, end, e, head, cast), RE_NAME_SET_OFF.match(text, end) is not None))
    return out


def _sex_told(text: str, start: int, end: int, stop: int, head: str, cast: Cast) -> str | None:
    """The sex one brought in at ``start`` is told to be: by the noun (‘widow’), an anonymity clause
    (‘because she was not authorized’), or, when they open the sentence, its first pronoun when that is
    a possessive of theirs (‘A retired nurse has lost all of her savings’); None when untold."""
    if (sex := GENDERED_NOUNS.get(head)) is not None:
        return sex
    if (sex := cast.sex_told_after(end)) is not None:
        return sex
    if not _opens_sentence(text, start):
        return None
    w = RE_SEX_WORD_AFTER.match(text, end, stop)
    if w is None or RE_OTHER_PERSON_BETWEEN.search(text, end, w.start(1)) \
            or any(_person_noun(o.group(1)) for o in RE_ONE_BETWEEN.finditer(text, end, w.end(1))) \
            or w.group(1).lower() not in ("his", "her") or not _tells_own_sex(text, _Word(text, w.start(1), w.end(1))):
        # (only a possessive that is theirs: an object's pronoun is another's, ‘A shopkeeper who sold him the
        # ticket said …’, and a subject's after a saying may be anyone's, ‘A neighbour said she heard screaming’,
        # reviews rv62c, rv62c2)
        return None
    return PRONOUN_SEX[w.group(1).lower()]


def _opens_sentence(text: str, at: int) -> bool:
    """The offset ``at`` opens a sentence or a paragraph."""
    before = text[max(0, at - 3):at]
    return at == 0 or "\n" in before or before.rstrip()[-1:] in ".!?”\""


class _Word:
    """A word at an offset, shaped as the match :func:`_tells_own_sex` reads."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        return self._text[self._start:self._end]

    def start(self) -> int:
        return self._start


def _named_of_sex_since(text: str, lo: int, hi: int, sex: str, call: str, cast: Cast) -> bool:
    """Someone of ``sex`` named by a given name or an honorific between ``lo`` and ``hi``, other than one
    named in a sentence that also holds the call-back ``call`` (‘Prosecutor Amira Shah said the woman, who
    lives alone, …’: Ms Shah is never "the woman" after).

    >>> t = "a widow. Prosecutor Amira Shah said the woman was alone. Ms Shah spoke. Then"
    >>> _named_of_sex_since(t, 7, len(t), "f", "the woman", Cast(t))
    False
    >>> t = "a widow. Ms Shah spoke. Then"
    >>> _named_of_sex_since(t, 7, len(t), "f", "the woman", Cast(t))
    True
    """
    named = [w for w in RE_PERSON_NAMED_AFTER.finditer(text, lo, hi, overlapped=True) if _sex_named(w) == sex]
    if not named:
        return False
    told_apart = []  # (the sentences that hold the call-back)
    at = cast._low.find(call, lo, hi)
    while at >= 0:
        start = max((m.end() for m in RE_STOP.finditer(text, lo, at)), default=lo)
        stop = RE_STOP.search(text, at, hi)
        told_apart.append(text[start:stop.start() if stop else hi])
        at = cast._low.find(call, at + len(call), hi)
    for w in named:
        surname = RE_SURNAME_START.match(text, w.end(1) + 1, w.end(1) + 40)
        if surname is None or not any(surname.group() in s for s in told_apart):
            return True
    return False


def _paragraph_of(paras: list[tuple[int, int]], at: int) -> int:
    return next((k for k, (s, e) in enumerate(paras) if s <= at <= e), -1)


def callback_introduction(text: str, found: Found, cast: Cast, paras: list[tuple[int, int]]) -> Person | None:
    """The one brought in unnamed whom a speaker left as a bare call-back (‘the woman’, ‘the MP’, found
    at a cue or through a pronoun) stands for, as first written; None when none fits alone."""
    p = found.person
    if p is None or p.kind != "description" or p.plural or found.mention is None \
            or (call := RE_CALLBACK.fullmatch(p.name)) is None:
        return None
    qualifier, noun = call.group(1), call.group(2).lower()
    sex = CALLBACK_SEXES.get(noun)
    implied = IMPLIED_ROLE_NOUNS.get(noun, ())
    if sex is None and not implied and noun not in MEMBER_ANAPHOR_NOUNS:
        return None
    if found.mention.text.lower() == p.name.lower():
        at = found.mention.start
    else:  # (a pronoun's: where the call-back it stands for was written)
        at = cast._low.rfind(p.name.lower(), max(0, found.mention.start - CALLBACK_REACH), found.mention.start)
        if at < 0:
            return None
    lo = max(0, at - CALLBACK_REACH)
    if sex is None and regex.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\d\-’']+\s+){0,3}?" + regex.escape(call.group(2)) + r"\b",
                    text[lo:at]) is not None:
        return None  # (one of a role's own noun brought in: the rules of that noun read it)
    intros = _introductions(text, lo, at, cast)
    if sex is not None:
        told = [i for i in intros if i[3] == sex]
        if len(told) != 1:
            return None  # (none, or two unnamed of that sex: either may be the one)
        one = told[0]
        if any(i[0] > one[0] and i[3] is None and _opens_sentence(text, i[0]) and _speaks_after(text, i[1]) for i in intros):
            return None  # (someone of no told sex who spoke since may be the one: ‘Police said a woman was
            # hurt. A neighbour said she heard screaming. “…,” the woman said’, review rv62c2)
        if _named_of_sex_since(text, one[1], at, sex, p.name.lower(), cast):
            return None  # (a woman named since is whom "the woman" may be)
    else:
        fits = [i for i in intros if _implies(i[2], noun, implied)]
        if len(fits) != 1:
            return None
        one = fits[0]
        k = _paragraph_of(paras, at)
        if k < 0 or _paragraph_of(paras, one[0]) < k - 1:
            return None  # (a role's call-back only for one brought in in its paragraph or the one before)
        if regex.search(r"(?i)\b" + regex.escape(noun) + r"s?\b", text[one[1]:at]):
            return None  # (one of that role told of between: ‘… said Tom Hale, a Labour MP.’)
    if one[4] or (qualifier is not None and qualifier.lower() not in one[2].lower().split()):
        return None  # (one named, or not of the call-back's qualifier: ‘the former aide’ is a former one)
    desc = one[2]
    return Person(desc[0].lower() + desc[1:] if desc[1:2].islower() or desc[1:2] == " " else desc,
                  kind="description", gender=sex or p.gender)


def _implies(description: str, noun: str, implied: tuple[str, ...]) -> bool:
    """The description's noun implies the call-back's role ``noun``: a backbencher an MP, a board member a
    director (never two joined, ‘a farmer and board member’).

    >>> _implies("One senior backbencher", "mp", ()), _implies("One board member", "director", ("board member",))
    (True, True)
    >>> _implies("One trustee", "director", ("board member",)), _implies("a Labour MP", "mp", ())
    (False, False)
    """
    low = description.lower()
    if " and " in low:
        return False
    if noun in MEMBER_ANAPHOR_NOUNS:
        head = description_head(description)
        return head in DESCRIBED_MEMBER_NOUNS and head not in MEMBER_ANAPHOR_NOUNS
    return any(low.endswith(" " + phrase) for phrase in implied)
