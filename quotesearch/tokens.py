"""Tokens with their offsets (:class:`Token`, :func:`tokenize`: a final full stop kept on
abbreviations and initials, a name's apostrophe, an adverb-shaped surname) and the names read over
them: a token that is a name word, a run of names read back from a word, the names inside a
capitalised run (_name_pieces), a title's abbreviation, a sentence's end and where a word stands
whole in a text.
"""

from __future__ import annotations

import functools
from typing import Iterator, NamedTuple, Sequence

import re

import regex

from quotesearch.lexicon import LazyPattern, MOJIBAKE_FIRST, RE_AN_SURNAME_GIVEN, wordset
from quotesearch.place_words import state_after_comma
from quotesearch.name_words import ARABIC_ARTICLES, HONORIFICS, SLOGAN_NAME_HEADS, SURNAME_SPEECH_VERBS, is_abbreviation
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.name_parts import (
    ADVERB_ENDINGS, DESCENT_PARTICLES, FUNCTION_WORDS, GIVEN_MONTHS, LEADING_PARTICLES, PARTICLES, _is_name_word,
    _opening_word_not_name, gender_of,
)


#: The second half of a letter of UTF-8 read as Latin-1 or Windows-1252, after its first ("Ã±" of
#: "PeÃ±a", "Å¡" of "MiloÅ¡", "Ã‰" of "Ã‰milie"): inside a word, part of it.
MOJIBAKE_SECOND = r"(?<=[" + MOJIBAKE_FIRST + r"])[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"


#: Common words that a missing space puts after a dot (‘Dale.he added’): never a site's or a brand's
#: ending joined to the word before (:data:`RE_TOKEN`, review rv131q).
DOT_JOINED_NEVER = ("he", "she", "it", "we", "us", "on", "in", "at", "to", "of", "and", "the", "but", "was", "is", "as",
                    "an", "or", "by", "so", "if", "my", "no", "his", "her", "its", "our", "you", "who", "for", "not",
                    "are", "has", "had")

#: A token: an initialism (U.S.), a word (with inner apostrophes, hyphens, ampersands, and a final
#: period kept for :func:`tokenize` to judge), or one punctuation character. The stdlib ``re`` is
#: used here, not ``regex``: this pattern runs on every context and ``re`` is twice as fast on it.
#: The quantifiers are possessive (no backtracking states are kept, a sixth fewer instructions):
#: nothing after them can fail, so they match exactly what greedy ones would.
#:
#: >>> RE_TOKEN.findall("Sen. Bernie Sanders (I-Vt.) said: U.S. aid")
#: ['Sen.', 'Bernie', 'Sanders', '(', 'I-Vt.', ')', 'said', ':', 'U.S.', 'aid']
#:
#: An initialism joined by a hyphen to a word or another initialism is one word, as "US-China" is
#: (‘The U.S.-China Business Forum’, ‘the A.F.L.-C.I.O.’), never a period's sentence end:
#:
#: >>> RE_TOKEN.findall("The U.S.-China Business Forum, the A.F.L.-C.I.O., the U.S.-Mexico.")
#: ['The', 'U.S.-China', 'Business', 'Forum', ',', 'the', 'A.F.L.-C.I.O.', ',', 'the', 'U.S.-Mexico', '.']
#:
#: A plus sign ending a word is part of it, as in a name ("OPEC+", "Paramount+"), never between words:
#:
#: >>> RE_TOKEN.findall("one OPEC+ source, a 2+2 talk")
#: ['one', 'OPEC+', 'source', ',', 'a', '2', '+', '2', 'talk']
#:
#: A letter of UTF-8 read as Latin-1 or Windows-1252 ("PeÃ±a" for "Peña", "MiloÅ¡", "Ã‰milie", as scraped
#: text has it) stays one word:
#:
#: >>> RE_TOKEN.findall("Enrique PeÃ±a Nieto, TrÃ©vidic")
#: ['Enrique', 'PeÃ±a', 'Nieto', ',', 'TrÃ©vidic']
#:
#: A name written with a dot and a short lower-case part after it, a site's or a brand's ("Booking.com",
#: "ver.di", "gov.uk"), is one word, whose dot ends no sentence (‘said ver.di negotiator X’); never one
#: before a sentence's own period (‘members of ver.di.’, left as before, each final period split off by
#: tokenize), nor a longer run after the dot, a missing space:
#:
#: >>> RE_TOKEN.findall("said ver.di negotiator Lee of Booking.com at www.gov.uk, not ver.di. Then")
#: ['said', 'ver.di', 'negotiator', 'Lee', 'of', 'Booking.com', 'at', 'www.gov.uk', ',', 'not', 'ver.', 'di.', 'Then']
#: >>> RE_TOKEN.findall("it.where 3.50")  # (as before: a final period, which tokenize splits off)
#: ['it.', 'where', '3.', '50']
#: >>> RE_TOKEN.findall("said Mark Dale.he added")  # (nor a common word after a missing space, review rv131q)
#: ['said', 'Mark', 'Dale.', 'he', 'added']
RE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}+(?:[’']s\b)?+(?:-(?:(?:[^\W\d_]\.){2,}+|[^\W\d_]\w*+(?!\w|\.\w)))*+|\d{1,3}(?:,\d{3})++(?!\d)|[^\W_]\w*+(?:" + MOJIBAKE_SECOND + r"\w*+)*+"
                      r"(?:[’'\-&][^\W_]\w*+(?:" + MOJIBAKE_SECOND + r"\w*+)*+)*+(?:\.(?!(?:" + "|".join(DOT_JOINED_NEVER) + r")\b)[a-z]{2,3}+(?!\w|\.(?![a-z]{2})))*+(?:\+(?![\w+]))?+\.?+|[^\s\w]")


_CAPWORD = (r"(?:(?:\p{Lu}\.){2,}+"  # joined initials: "J.M. Berger", "U.S."
            r"|\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:" + MOJIBAKE_SECOND + r"[\p{L}\p{M}\p{Nd}]*+)*+"
            r"(?:[’'\-&][\p{L}\p{M}\p{Nd}]++(?:" + MOJIBAKE_SECOND + r"[\p{L}\p{M}\p{Nd}]*+)*+)*+\.?)")
# (possessive: no backtracking; a letter of UTF-8 read as Latin-1 or Windows-1252 inside a word, "PeÃ±a", is part of it)
#: (after a run's first word, an Arabic article in lower case may open one: "Layla al-Hashimi", "Izz
#: ad-Din al-Qassam"; and an Irish surname's prefixed letter: "Ó hUiginn", "Ó nÓg")
_NEXT_CAPWORD = r"(?:" + "|".join(ARABIC_ARTICLES) + r"|[hn](?=[AEIOUÁÉÍÓÚ]))?+" + _CAPWORD


#: (a name word's own closing apostrophe before the next word of the name: "Pauline Achieng’ Owuor";
#: never after an s, x or z, where a possessive's bare apostrophe stands ("Davis’ Office"), nor after a
#: single mark that opens a nickname: "Peter ‘Cobra’ Otieno" keeps its nickname apart; and only after a
#: given name, as the tokenizer joins it: a chant's "Ole’ Ole’ Mensah" is no name; review rv7)
#: (the apostrophe itself is looked for first: the lookbehinds, which read back over words, are tried at
#: every word's end of every run, and the mark they guard stands at very few; the same matches)
_NAME_APOSTROPHE_JOIN = (r"(?:(?=[’'])(?<=(?:^|[ \t])\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+)(?<![sxz])(?<![‘'][^’'‘\n]{0,40})"
                         r"[’'](?=[ \t]\p{Lu}\p{Ll}))?+")

#: A run of capitalised words (with name particles inside): where names can be.
#:
#: >>> [m.group() for m in RE_NAME_RUN.finditer("Later Ursula von der Leyen met Pete Hegseth’s aide")]
#: ['Later Ursula von der Leyen', 'Pete Hegseth’s']
#: >>> [m.group() for m in RE_NAME_RUN.finditer("Dr Pauline Achieng’ Owuor said; Mr Davis’ Office")]
#: ['Dr Pauline Achieng’ Owuor', 'Mr Davis']
#: >>> [m.group() for m in RE_NAME_RUN.finditer("handler Peter ‘Cobra’ Otieno said")]
#: []
RE_NAME_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\p{Nd}’'\-.])" + _CAPWORD  # (never from inside "U.S.")
    + r"(?:" + _NAME_APOSTROPHE_JOIN + r"[ \t]+(?:(?:" + "|".join(sorted(PARTICLES)) + r")[ \t]+)*" + _NEXT_CAPWORD + ")+")


class Token(NamedTuple):
    """A token and its offsets; ``word`` is the text without a final period, lower-cased."""

    start: int
    end: int
    text: str
    word: str
    capitalized: bool


_new_token = tuple.__new__


def title_abbreviation(text: str, word: str, end: int) -> bool:
    """``word`` and the full stop ending at ``end`` abbreviate a title before a name, not a
    sentence's end: the engineer's "Eng. Musa Idris" (never the surname Eng, which has no full
    stop: "Eng Chee Seng"), the rank "Tech. Sgt." (never "at Georgia Tech. He said").

    >>> title_abbreviation("said Eng. Musa Idris", "Eng", 9), title_abbreviation("Georgia Tech. He", "Tech", 13)
    (True, False)
    """
    if word == "Eng":  # (never after a given name: "analyst Kevin Eng. He said")
        before = text[max(0, end - 24):end - 4].split()[-1:]
        return text.startswith(" ", end) and text[end + 1:end + 2].isupper() \
            and not (before and gender_of(before[0]) is not None)
    if word == "Rt":  # "the Rt. Rev. Jonathan Carrington", "the Rt. Hon. Ann Lee" (never the network RT)
        return text.startswith((" Rev", " Hon"), end)
    return word == "Tech" and text.startswith(" Sgt.", end)


#: Abbreviated titles whose full stop ends no sentence before a name, and the honorific each
#: reads as (see :func:`title_abbreviation`).
TITLE_ABBREVIATIONS = {"Eng.": "engr", "Tech.": "tech", "Rt.": "rev"}


def abbreviates_title(words: Sequence[str], k: int) -> bool:
    """``words[k]`` of a run split into words is an abbreviated title (:func:`title_abbreviation`,
    read with the words beside it: "Eng. Musa", never "Kevin Eng. He" nor "Georgia Tech. Smith").

    >>> abbreviates_title(["Tech.", "Sgt.", "Ana"], 0), abbreviates_title(["Georgia", "Tech.", "Smith"], 1)
    (True, False)
    """
    w = words[k]
    if w not in TITLE_ABBREVIATIONS:
        return False
    before = words[k - 1] + " " if k > 0 else ""
    after = " " + words[k + 1] if k + 1 < len(words) else ""
    return title_abbreviation(before + w + after, w[:-1], len(before) + len(w))


def written_elsewhere(text: str, words: str, at: int, reach: int = 20_000) -> bool:
    """The text writes ``words`` again, besides at ``at``, within ``reach`` characters either side
    (a bounded search: the cost per question never grows with the length of the text).

    >>> written_elsewhere("Said Huang spoke. Said Huang: yes", "Said Huang", 18), written_elsewhere("Said Amrani: no", "Said Amrani", 0)
    (True, False)
    """
    return text.find(words, max(0, at - reach), at) >= 0 or text.find(words, at + len(words), at + len(words) + reach) >= 0


#: Words in capitals that an inquiry, a court or a report names an unnamed person by with a letter
#: after them (‘Officer A, the supervising officer, said’, ‘Patient A told the inquiry’, ‘Child A’s
#: mother’): their "A" is that person's name, never the article, when a comma, a full stop or a word
#: in lower case follows it (never ‘Category A prisoners’, whose word is no person's; nor a title-case
#: headline's ‘Officer A Day’).
#:
#: >>> "officer" in LETTER_NAMED_PERSON_WORDS, "category" in LETTER_NAMED_PERSON_WORDS
#: (True, False)
LETTER_NAMED_PERSON_WORDS = wordset("""
officer patient person child baby witness soldier prisoner inmate resident victim nurse doctor
midwife teacher pupil student complainant claimant defendant suspect woman man girl boy mother father
parent carer constable sergeant guard pilot driver employee worker source
""")

#: What follows a letter-named person's "A" (:data:`LETTER_NAMED_PERSON_WORDS`): a comma, a
#: possessive, a full stop, or a space and a word in lower case (‘Officer A said’, ‘Officer A, a
#: guard,’); never a word in capitals (‘Officer A Day’) nor a hyphen (‘Patient A-level’).
#:
#: >>> [bool(RE_LETTER_NAME_AFTER.match(t)) for t in (", the", " said", "’s mother", " Day", "-level")]
#: [True, True, True, False, False]
RE_LETTER_NAME_AFTER = LazyPattern(r"(?:[,.;:)]|[’']s\b| \p{Ll})")


def _letter_named(text: str, out: list, pos: int) -> bool:
    """The "A" that ends at ``pos`` is a letter-named person's name (‘Officer A, the supervising
    officer on the landing, said’), after a word of :data:`LETTER_NAMED_PERSON_WORDS` in capitals
    right before it.

    >>> toks = tokenize("Officer A, the guard, said")
    >>> toks[1].word, tokenize("Category A prisoners")[1].word, tokenize("A man said")[0].word
    ('A', 'a', 'a')
    """
    if not out:
        return False
    prev = out[-1]
    return prev.capitalized and prev.end == pos - 2 and prev.word in LETTER_NAMED_PERSON_WORDS \
        and bool(RE_LETTER_NAME_AFTER.match(text, pos))


#: The last characters of the tokens :func:`tokenize` reads specially (a title's abbreviation and
#: a final full stop, a plural's apostrophe, an adverb's ending); "He", "An" and "Now" are the others.
_SPECIAL_TOKEN_ENDS = ".’'y"


def _now_ends_name(text: str, out: list[Token], pos: int) -> bool:
    """A capitalised "Now" ending at ``pos`` closes a campaign's or body's name: right after two
    capitalised name words inside a sentence, the first no given name, and before no other capitalised
    word (‘Campaign group Fair Bills Now called’, ‘Republic Australia Now, which’); never a sentence's
    opening adverb (‘… Australia. Now the group’), nor a headline's words in capitals (‘Fair Bills Now
    Calls For’).

    >>> [t.word for t in tokenize("the group Fair Bills Now called it")][2:5]
    ['fair', 'bills', 'Now']
    >>> [t.word for t in tokenize("It left Australia. Now the group waits")][4]
    'now'
    >>> [t.word for t in tokenize("Fair Bills Now Calls For Refunds")][2], [t.word for t in tokenize("Tom Hale Now said")][2]
    ('now', 'now')
    """
    if len(out) < 2 or text[pos:pos + 2].strip()[:1].isupper():
        return False
    a, b = out[-2], out[-1]
    return a.end + 1 == b.start and b.end + 1 == pos - 3 and a.capitalized and b.capitalized \
        and is_name_token(a) and is_name_token(b) and not is_possessive(a) and not is_possessive(b) \
        and gender_of(a.text) is None and (len(out) == 2 or out[-3].text not in ".!?")


def tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[Token]:
    """Tokens with offsets; a final period stays on abbreviations and initials only.

    >>> [t.text for t in tokenize("Mr. Lee of the U.S. said yes.")]
    ['Mr.', 'Lee', 'of', 'the', 'U.S.', 'said', 'yes', '.']
    >>> [t.text for t in tokenize("the pilots’ union, Sanders’ email")]
    ['the', 'pilots’', 'union', ',', 'Sanders', '’', 'email']
    >>> [t.text for t in tokenize("B.C.'s premier")]  # (letters' possessive whole, w63a)
    ["B.C.'s", 'premier']
    """
    hi = len(text) if hi is None else hi
    out: list[Token] = []
    add = out.append
    for m in RE_TOKEN.finditer(text, lo, hi):  # (each match's own offsets: no search for its text again)
        s, pos = m.span()
        w = m.group()
        if w == "A" and _letter_named(text, out, pos):
            add(_new_token(Token, (s, pos, w, w, True)))  # (a letter-named person: its word keeps its capital, as "He" does)
            continue
        if w[-1] not in _SPECIAL_TOKEN_ENDS and w != "He" and w != "An" and w != "Now":
            # (most tokens: every reading below needs a final period, an apostrophe, an adverb's
            # "y" or the word "He", "An" or "Now", so a plain word is made at once)
            add(_new_token(Token, (s, pos, w, w.lower(), w[0].isupper())))
            continue
        if w in TITLE_ABBREVIATIONS and title_abbreviation(text, w[:-1], pos):
            add(_new_token(Token, (s, pos, w, TITLE_ABBREVIATIONS[w], True)))
            continue
        if w[-1] == "." and len(w) > 2 and "." not in w[:-1]:
            low = w[:-1].lower()
            if not is_abbreviation(w[:-1]) and not state_after_comma(text, s, w[:-1]):
                adverb_surname = w[-2] == "y" and _adverb_shaped(w[:-1]) and (
                    (out and _adverb_surname(w[:-1], out[-1])) or _adverb_surname_after_words(w[:-1], text, s))
                # (‘said Bryan Mattingly.’)
                add(_new_token(Token, (s, pos - 1, w[:-1], w[:-1] if adverb_surname else low, w[0].isupper())))
                add(_new_token(Token, (pos - 1, pos, ".", "", False)))
                continue
        if (w == "’" or w == "'") and out and out[-1].end == s and out[-1].text[-1] == "s" \
                and text.startswith(" ", pos) and (
                    (out[-1].text[0].islower() and text[pos + 1:pos + 2].islower())
                    or (out[-1].text[0].isupper() and text[pos + 1:pos + 2].isupper())
                    or (out[-1].text[0].isupper() and text[pos + 1:pos + 2].islower()
                        and any(x.strip(",").lower() in ROLE_NOUNS for x in text[pos + 1:pos + 40].split()[:2]))):
            # (and a firm's before a role: "Harbourline Analytics' lead analyst")
            last = out.pop()  # a plural's apostrophe before a noun stays on it: "the pilots’ union",
            # "the Platinum Belt Workers’ Union"
            add(_new_token(Token, (last.start, pos, last.text + w, last.word + w, last.capitalized)))
            continue
        if (w == "’" or w == "'") and len(out) >= 2 and out[-1].end == s and _name_apostrophe(text, out, pos):
            last = out.pop()  # a name's own closing apostrophe inside a full name: "Pauline Achieng’ Owuor"
            add(_new_token(Token, (last.start, pos, last.text + w, last.word + w, last.capitalized)))
            continue
        if w == "He" and ((out and (_title_word(out[-1].text) or (out[-1].text.islower() and out[-1].text.isalpha())
                                    or (out[-1].text == "," and text.startswith(" ", pos) and text[pos + 1:pos + 2].isupper())))
                          or (text.startswith(" ", pos) and text[pos + 1:pos + 2].isupper()
                              and text[max(0, s - 4):s].rstrip().endswith((",”", ',"')))):  # (and ‘“…,” He Ming said’)
            # the surname after a title or inside a sentence ("Mr He", "spokesman He Yadong", ", He
            # Yuncheng,"), never the pronoun, which opens sentences only; its word keeps its capital
            add(_new_token(Token, (s, pos, w, w, True)))
            continue
        if w == "An" and RE_AN_SURNAME_GIVEN.match(text, pos):
            # the Korean surname before a romanised given name ("An Se-young", "coach An Jae-hyun"),
            # never the article, which no such name follows; its word keeps its capital, as "He" does
            add(_new_token(Token, (s, pos, w, w, True)))
            continue
        if w[-1] == "y" and w[-2:] == "ly" and _adverb_shaped(w) \
                and ((out and _adverb_surname(w, out[-1])) or _adverb_surname_after_words(w, text, s)):
            # (one letter first: every token passes here)
            add(_new_token(Token, (s, pos, w, w, True)))  # (its word keeps its capital, as "He" does)
            continue
        if w == "Now" and _now_ends_name(text, out, pos):
            add(_new_token(Token, (s, pos, w, w, True)))  # (its word keeps its capital, as "He" does)
            continue
        add(_new_token(Token, (s, pos, w, w.rstrip(".").lower(), w[0].isupper())))
    return out


#: A word of a name that ends on its own apostrophe (the Luo "Achieng’", "Oding’"), between a given
#: name and a surname; a possessive's bare apostrophe follows an s, z or x ("Davis’", "Diaz’") instead.
#:
#: >>> [bool(RE_NAME_APOSTROPHE_AFTER.match(t)) for t in (" Owuor said", " office", " Owuor-Ke")]
#: [True, False, True]
RE_NAME_APOSTROPHE_AFTER = LazyPattern(r" \p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}’'])")

#: Letters a possessive's bare apostrophe follows (never a name's own apostrophe).
POSSESSIVE_APOSTROPHE_LETTERS = frozenset("sSzZxX")


def _name_apostrophe(text: str, out: list[Token], pos: int) -> bool:
    """The apostrophe at ``pos`` closes a middle word of a full name (‘Dr Pauline Achieng’ Owuor said’):
    the word before it is capitalised and follows a capitalised name word, a capitalised surname follows
    it, and no single quotation mark opens earlier in the sentence (‘dubbed ‘Big Man’ Otieno’ is a quote's
    close).

    >>> [t.text for t in tokenize("Dr Pauline Achieng’ Owuor said")]
    ['Dr', 'Pauline', 'Achieng’', 'Owuor', 'said']
    >>> [t.text for t in tokenize("he dubbed him ‘Big Man’ Otieno said")][-4:]
    ['Man', '’', 'Otieno', 'said']
    >>> [t.text for t in tokenize("Ms Alice Diaz’ Office said")][2:4]
    ['Diaz', '’']
    """
    word, before = out[-1].text, out[-2]
    if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and word[-1] not in POSSESSIVE_APOSTROPHE_LETTERS):
        return False
    if not (before.text.isalpha() and before.text[0].isupper() and before.end + 1 == out[-1].start):
        return False
    if not RE_NAME_APOSTROPHE_AFTER.match(text, pos):
        return False
    stop = max(text.rfind(c, 0, out[-1].start) for c in ".!?\n")
    opened = text[stop + 1: out[-1].start]
    return "‘" not in opened and " '" not in opened and not opened.startswith("'")


def _adverb_shaped(word: str) -> bool:
    """A capitalised word of seven letters or more with an adverb's ending (‘Mattingly’, ‘Interestingly’),
    which :func:`_adverb_surname` and :func:`_adverb_surname_after_words` read as a surname or not."""
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and len(word) > 6 \
        and word.lower().endswith(ADVERB_ENDINGS)


def _adverb_surname(word: str, before: Token) -> bool:
    """``word``, adverb-shaped (:func:`_adverb_shaped`), is a surname: right after a given name or a title before
    a name, where no adverb stands ("Bryan Mattingly said", "Dr. Kent Brantly", "Sen. Mattingly";
    never "Interestingly, …" or "Accordingly the firm …", which open sentences).

    >>> [t.word for t in tokenize("Bryan Mattingly said. Interestingly, Ms Mattingly did not")]
    ['bryan', 'Mattingly', 'said', '', 'interestingly', ',', 'ms', 'Mattingly', 'did', 'not']
    >>> [t.word for t in tokenize("said Ann Mattingly.")]
    ['said', 'ann', 'Mattingly', '']
    >>> [t.word for t in tokenize("said Mattingly, 58. He said tellingly")]
    ['said', 'Mattingly', ',', '58', '', 'he', 'said', 'tellingly']
    """
    if before.text.isalpha() and before.text.islower() and before.word in SURNAME_SPEECH_VERBS:
        return True  # right after a verb of speech, where an adverb is in lower case: ‘said Mattingly’
    return before.capitalized and before.text.rstrip(".").isalpha() \
        and (gender_of(before.text) is not None or before.text.rstrip(".").lower() in HONORIFICS)


def _adverb_surname_after_words(word: str, text: str, s: int) -> bool:
    """``word``, adverb-shaped (:func:`_adverb_shaped`), is a surname as the subject of a verb of speech
    right after the quotation (‘“…,” Mattingly said’): an adverb there stays in lower case (‘“…,” reportedly said’),
    and one that opens the next sentence has no verb of speech right after it (‘“…” Interestingly, …’).

    >>> [t.word for t in tokenize('“It closed,” Mattingly said. “Yes,” Interestingly')][5:6]
    ['Mattingly']
    """
    if not (text[max(0, s - 3):s].rstrip().endswith(("”", '"')) and text.startswith(" ", s + len(word))):
        return False
    if text[max(0, s - 3):s].rstrip()[-2:-1] not in (",", "?", "!", "—"):
        return False  # (guard: only after a quotation its tag follows, ‘“…,” Mattingly said’; never a sentence
        # opening after a quotation that ended its own, ‘“Keep calm.” Famously said by …’)
    after = text[s + len(word) + 1:s + len(word) + 40].split(None, 2)
    if not after or after[0].rstrip(".,") not in SURNAME_SPEECH_VERBS:
        return False
    return after[0][-1:] in ".,;" or len(after) < 2 or (
        after[1][:1].islower() and after[1].strip(".,;") not in ("by", "to", "one", "a", "an", "the", "two", "some"))
    # (guard: never a participle's agent or an inverted subject after it, ‘“…!” Repeatedly said by speakers’,
    # ‘“…,” Reportedly said one crew member’)


def is_possessive(t: Token) -> bool:
    return t.text.endswith(("’s", "'s", "s’", "s'"))


def is_name_token(t: Token) -> bool:
    """A token that can be part of a name (:func:`_is_name_word` of its text, or the surname "He"
    that :func:`tokenize` tells from the pronoun, "An" from the article, or "Now" ending a campaign's
    name from the adverb).

    >>> [is_name_token(t) for t in tokenize("Mr He said he")]
    [False, True, False, False]
    >>> [is_name_token(t) for t in tokenize("said An Se-young, an ace")]
    [False, True, True, False, False, False]
    """
    return _is_name_word(t.text) or t.word in ("He", "An", "A", "Now") or (t.word[:1].isupper() and t.word.endswith("ly"))


def _function_word_opens_body(toks: list[Token], f: int, j: int) -> bool:
    """``toks[f]``, a function word in capitals right after a word in lower case (so no sentence's or
    headline's capital), opens the body's name that runs on to ``toks[j]``, a body's word in capitals:
    ‘the charity Later Life Trust warned’, ‘donated to Beyond Blue Foundation’.

    >>> toks = tokenize("the charity Later Life Trust warned")
    >>> _function_word_opens_body(toks, 2, 4), _function_word_opens_body(tokenize("Later Life Trust warned"), 0, 2)
    (True, False)
    >>> _function_word_opens_body(tokenize("he met them Later Jones said"), 3, 4)
    False
    """
    t = toks[f]
    return f >= 1 and t.capitalized and t.text.isalpha() and t.word in FUNCTION_WORDS and len(t.text) > 3 \
        and toks[f - 1].text.isalpha() and toks[f - 1].text.islower() and t.end + 1 == toks[f + 1].start \
        and j > f + 1 and toks[j].capitalized and toks[j].word in ORG_WORDS


#: Count words in capitals that may stand inside a person's name of several words, between a given name
#: and another capitalised word (‘Loretta Two Bulls’, ‘Ada Many Horses’, ‘Jonas One Feather’).
#:
#: >>> "two" in INNER_NAME_COUNT_WORDS, "the" in INNER_NAME_COUNT_WORDS
#: (True, False)
INNER_NAME_COUNT_WORDS = wordset("one two three four many")


def _inner_count_word(toks: list[Token], f: int) -> bool:
    """``toks[f]``, a count word in capitals (:data:`INNER_NAME_COUNT_WORDS`) right between a known given
    name and another capitalised name word, is part of one person's name (‘Chairwoman Loretta Two Bulls
    said’); never after a word no given name (‘World War Two Veterans’, ‘Channel Two News’).

    >>> _inner_count_word(tokenize("Chairwoman Loretta Two Bulls said"), 2)
    True
    >>> _inner_count_word(tokenize("the Channel Two News team"), 2), _inner_count_word(tokenize("Loretta. Two Bulls"), 3)
    (False, False)
    """
    if f < 1 or f + 1 >= len(toks):
        return False
    t, before, after = toks[f], toks[f - 1], toks[f + 1]
    return t.capitalized and t.text.isalpha() and t.word in INNER_NAME_COUNT_WORDS \
        and before.end + 1 == t.start and t.end + 1 == after.start and before.text.isalpha() \
        and is_name_token(before) and gender_of(before.text) is not None \
        and after.capitalized and is_name_token(after) and after.word not in ORG_WORDS


def _name_run_back(toks: list[Token], j: int) -> int:
    """Index of the first token of the capitalised run ending at ``toks[j]``."""
    i = j
    while i - 1 >= 0:
        t = toks[i - 1]
        if is_possessive(t) and not (t.capitalized and toks[i].word in ORG_WORDS and toks[i].capitalized and i == j):
            break  # (but a body's name may hold one: "the Alzheimer’s Society", "Prime Minister’s Office")
        if is_name_token(t) or (t.word in HONORIFICS and t.capitalized) or opens_first_title(t.text, toks[i].text):
            i -= 1  # (and a title's "First": "First Minister John Swinney")
        elif t.text in ("”", '"') and i - 4 >= 0:
            # a nickname in marks inside the name: ‘Sean “Dyche” Callaghan said’
            o = next((o for o in range(i - 3, max(0, i - 6), -1) if toks[o].text in ("“", '"')), None)
            if o is None or o - 1 < 0 or not is_name_token(toks[o - 1]) \
                    or not all(x.text[:1].isupper() for x in toks[o + 1:i - 1]):
                break
            i = o - 1
        elif t.text.lower() in PARTICLES and t.text.islower() and (
                (i - 2 >= 0 and (is_name_token(toks[i - 2]) or toks[i - 2].text.lower() in PARTICLES))
                or t.word in LEADING_PARTICLES):
            i -= 1  # "Ruiz de la Peña", and "van der Berg said", "de Vries said" with no given name
        elif t.text == "Not" and i - 2 >= 0 and is_name_token(toks[i - 2]) and toks[i - 2].end + 1 == t.start \
                and t.end + 1 == toks[i].start and toks[j].word in SLOGAN_NAME_HEADS and toks[j].capitalized:
            i -= 1  # a slogan's "Not" inside a campaign's name: ‘the Beds Not Bars Coalition’ (w72b)
        elif _inner_count_word(toks, i - 1):
            i -= 1  # a count word inside a name after a given name: ‘Loretta Two Bulls’, ‘Ada Many Horses’ (w78a)
        elif _function_word_opens_body(toks, i - 1, j):
            i -= 1  # a function word in capitals mid-sentence opening a body's name: ‘charity Later Life Trust’ (w74b)
        else:
            break
    return i


def _ends_sentence(words: Sequence[str], k: int) -> bool:
    """``words[k]`` has a full stop that ends a sentence ("Syria."), not an abbreviation, an
    initial or an abbreviated title before a name ("Eng. Musa Idris")."""
    word = words[k]
    return word.endswith(".") and len(word) > 3 and "." not in word[:-1] \
        and not is_abbreviation(word[:-1]) and not abbreviates_title(words, k)


#: A name's last word joined by a hyphen to a participle of what the one named did to a thing, the compound
#: a modifier of the thing (‘the Declan Furlong-trained Glenmore Bridge’, ‘the Aidan O’Brien-trained colt’,
#: ‘a Rosa Lind-led consortium’): the name ends at the hyphen, after at least one name word before it
#: (never a lone word: ‘Kremlin-backed’, ‘Saudi-led’ name no one). Group 1 is the name's word.
#:
#: >>> [m.group(1) if (m := RE_AGENT_COMPOUND.fullmatch(w)) else None for w in ("Furlong-trained", "O’Brien-trained", "Furlong-style")]
#: ['Furlong', 'O’Brien', None]
RE_AGENT_COMPOUND = LazyPattern(r"(\p{Lu}[\p{L}\p{M}]*+(?:[’']\p{Lu}[\p{L}\p{M}]*+)?)-(?:trained|owned|led|coached|"
                                r"ridden|founded|managed|produced|directed|designed)")


@functools.lru_cache(maxsize=1 << 15)
def _name_pieces(run: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The names inside a capitalised run, with their offsets in it: function words split it
    ("But Donald Trump" → "Donald Trump"), a possessive ends a name, a final full stop is dropped.
    Kept for the next articles: the same runs ("White House", "Donald Trump") come back in most.

    >>> _name_pieces("But Donald Trump’s Virginia Director.")
    ((4, 18, ('Donald', 'Trump')), (19, 37, ('Virginia', 'Director')))
    >>> _name_pieces("Minister Said bin Ali Al Rawahi")
    ((0, 31, ('Minister', 'Said', 'bin', 'Ali', 'Al', 'Rawahi')),)
    """
    pieces = []
    cur: list[str] = []
    start = end = pos = 0

    def flush():
        words = list(cur)
        while words and words[-1] in PARTICLES:  # (a capitalised one ends a name: "Rahul Das")
            words.pop()
        if words and words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
            words[-1] = words[-1][:-2]  # "James Comey’s statement": the name is James Comey
        if words and words[-1].endswith(".") and len(words[-1]) > 2 \
                and not is_abbreviation(words[-1][:-1]) and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]  # "said John Smith." ends a sentence, not a name
        if words:
            pieces.append((start, end, tuple(words)))

    parts = run.split()
    for i, w in enumerate(parts):
        wpos = run.find(w, pos)
        pos = wpos + len(w)
        if cur and "-" in w and (agent := RE_AGENT_COMPOUND.fullmatch(w)) is not None:
            cur.append(agent.group(1))  # (‘Declan Furlong-trained’: the name is Declan Furlong)
            end = wpos + len(agent.group(1))
            flush()
            cur = []
            continue
        if _is_name_word(w) or (w.rstrip(".").lower() in HONORIFICS and w[:1].isupper()) or abbreviates_title(parts, i) or (
                w in GIVEN_MONTHS and cur and cur[-1].rstrip(".").lower() in HONORIFICS and i + 1 < len(parts)
                and _is_name_word(parts[i + 1])) or (  # a month as a given name after an honorific: "Aunty June Wallace"
                cur and w.lower() in PARTICLES) or (w == "He" and cur and _title_word(cur[-1])) or (
                w == "An" and i + 1 < len(parts) and RE_AN_SURNAME_GIVEN.match(" " + parts[i + 1])) or (
                cur and w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and w.lower().endswith(ADVERB_ENDINGS)
                and gender_of(cur[-1]) is not None) or (
                # (a surname with an adverb's ending after a given name: "Joan Mattingly", never "Seemingly")
                i + 1 < len(parts) and opens_first_title(w, parts[i + 1])) or (
                # a given name that is an English word too, before a particle of descent and the father's
                # name: "Said bin Ali Al Rawahi" (never "said" in lower case: "he said bin Laden …"; nor a
                # sentence's opening word before a short name, review rv61a: "Meanwhile bin Salman told …",
                # "Later bin Rashid said", "Yesterday bin Zayed …")
                w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and i + 2 < len(parts)
                and parts[i + 1] in DESCENT_PARTICLES and _is_name_word(parts[i + 2])
                and not _opening_word_not_name(w)) or (
                w == "New" and i + 1 < len(parts)
                                                      and gender_of(parts[i + 1]) is None):  # New York
            if not cur:
                start = wpos
            cur.append(w)
            end = pos
            if w.endswith(("’s", "'s")) or _ends_sentence(parts, i):  # a possessive or a full stop ends it
                flush()
                cur = []
            continue
        flush()
        cur = []
    flush()
    return tuple(pieces)


#: What "First" opens as part of a title: "First Minister John Swinney", "First Nation Chief X"
#: (never "First Lady", whose "Lady" is an honorific before the name).
FIRST_TITLES = wordset("minister deputy secretary vice mayor nation nations officer")


def opens_first_title(word: str, following: str) -> bool:
    """A capital "First" that opens a title with the capitalised word after it ("First Minister").

    >>> opens_first_title("First", "Minister"), opens_first_title("First", "minister"), opens_first_title("First", "Lady")
    (True, False, False)
    """
    if word != "First" or not following[:1].isupper():
        return False
    low = following.lower()
    return low in FIRST_TITLES or (low.endswith(("’s", "'s")) and low[:-2] in FIRST_TITLES)  # ("First Nation’s")


def _title_word(w: str) -> bool:
    """A capitalised honorific or office ("Mr", "Premier"), after which "He" is the Chinese
    surname, never the pronoun ("Vice Premier He Lifeng", "Mr He").

    >>> _name_pieces("Vice Premier He Lifeng"), _name_pieces("Mr He")
    (((0, 22, ('Vice', 'Premier', 'He', 'Lifeng')),), ((0, 5, ('Mr', 'He')),))
    """
    low = w.rstrip(".").lower()
    return w[:1].isupper() and (low in HONORIFICS or low in ROLE_NOUNS)


def word_positions(text: str, word: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where ``word`` stands whole in ``text[lo:hi]`` (no letter or digit touching it), by
    substring search.

    >>> list(word_positions("Lee met Leeds' Lee.", "Lee"))
    [0, 15]
    """
    n = len(text)
    hi = n if hi is None else min(hi, n)
    size = len(word)
    i = text.find(word, lo, hi)
    while i >= 0:
        j = i + size
        if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not text[j].isalnum()):
            yield i
        i = text.find(word, j, hi)


#: A capitalised word, whole (hyphenated parts included: "Ocasio-Cortez").
RE_CAPWORD = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}])\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:-\p{Lu}[\p{L}\p{M}\p{Nd}]*+)*+")
