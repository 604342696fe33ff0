"""Names and tokens: what a person's name looks like in running text.

Tokens keep their offsets; a capitalised run is split into a title and a name ("Texas Sen. Ted
Cruz" → Ted Cruz), headline words, places and organisations are told apart from names, and a
given name says a person's gender where it can.
"""
from __future__ import annotations

import functools
import unicodedata
from typing import Iterator, NamedTuple, Sequence

import re

import regex

from quotesearch.lexicon import (
    FATHER_NAME_LEADS, FATHER_NAME_STYLES, LazyPattern, MOJIBAKE_FIRST, PORTFOLIO_END_WORDS, RE_AN_SURNAME_GIVEN, RE_CIPHER_LETTER,
    wordset,
)
from quotesearch.place_words import (
    COUNTRY_NATIONALITIES, NATIONALITY_TITLES, NATIONALITY_WORDS, PLACE_NAME_OPENERS, TWO_WORD_NATIONALITY_TITLES,
    REGIONS_AFTER_OFFICE, TWO_WORD_PLACES,
    state_after_comma,
)
from quotesearch.name_words import (
    ARABIC_ARTICLES, CLERGY_STYLE_LEADS, EAST_ASIAN_GIVEN_SYLLABLES, EPITHET_WORDS, FAITH_TITLES, FEMALE_NAMES, GIVEN_NAME_STYLES,
    HONORIFICS, LINEAGE_STYLES, MALE_NAMES, NAME_LEADS, OFFICE_LETTERS, POLICE_RANK_LETTERS, RETIRED_MARKS,
    RULER_LEAD_WORDS, SLOGAN_NAME_HEADS, STACKED_CLERGY_HONORIFICS, STACKED_RANK_LEADS, STOPPED_PERSON_HONORIFICS,
    SURNAME_SPEECH_VERBS, TRADE_LETTERS, arabic_article, is_abbreviation,
)
from quotesearch.document_words import PLATFORM_FEATURES, PLATFORM_NAMES
from quotesearch.body_words import (
    BODY_REACH_WORDS, BUSINESS_WORDS, CAUSE_PEOPLE_NOUNS, FIRM_KIND_TITLES, LEGAL_FORMS, ORG_WORDS, PUBLICATION_NAME_ENDS,
)
from quotesearch.role_words import (
    ACRONYM_RANKS, DESCRIPTION_NOUNS, DISTRICT_RANKS, EXECUTIVE_ACRONYMS, KIN_NOUNS, KIN_TITLE_LEADS, NAME_LEADING_KIN,
    OFFICE_WORDS, POSITION_TITLES, RANK_DISTRICTS, ROLE_NOUNS, WORD_POSITIONS,
)
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, PRONOUN_CONTRACTIONS, SPEECH_VERBS


#: The second half of a letter of UTF-8 read as Latin-1 or Windows-1252, after its first ("Ã±" of
#: "PeÃ±a", "Å¡" of "MiloÅ¡", "Ã‰" of "Ã‰milie"): inside a word, part of it.
MOJIBAKE_SECOND = r"(?<=[" + MOJIBAKE_FIRST + r"])[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"


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
RE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}+(?:[’']s\b)?+(?:-(?:(?:[^\W\d_]\.){2,}+|[^\W\d_]\w*+(?!\w|\.\w)))*+|\d{1,3}(?:,\d{3})++(?!\d)|[^\W_]\w*+(?:" + MOJIBAKE_SECOND + r"\w*+)*+"
                      r"(?:[’'\-&][^\W_]\w*+(?:" + MOJIBAKE_SECOND + r"\w*+)*+)*+(?:\+(?![\w+]))?+\.?+|[^\s\w]")


#: Words that start a sentence but never a name ("But", "Instead", "When").
FUNCTION_WORDS = wordset("""
a an the but and or so yet if when while after before since as at in on of for to from by with
without about into over under instead meanwhile however still also then now later earlier
this that these those there here it its his her their our my your we i you he she they
asked speaking according despite although though because until unless where what who which
why how not no yes one two both each every all some many most several other another such
just even only last next first more mr mrs ms neither either nor
perhaps maybe indeed certainly probably clearly obviously finally eventually ultimately apparently
actually really unfortunately fortunately sometimes often afterwards afterward nowadays
outside behind beside across throughout around
inside amid amidst
""")


_CAPWORD = (r"(?:(?:\p{Lu}\.){2,}+"  # joined initials: "J.M. Berger", "U.S."
            r"|\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:" + MOJIBAKE_SECOND + r"[\p{L}\p{M}\p{Nd}]*+)*+"
            r"(?:[’'\-&][\p{L}\p{M}\p{Nd}]++(?:" + MOJIBAKE_SECOND + r"[\p{L}\p{M}\p{Nd}]*+)*+)*+\.?)")
# (possessive: no backtracking; a letter of UTF-8 read as Latin-1 or Windows-1252 inside a word, "PeÃ±a", is part of it)
#: (after a run's first word, an Arabic article in lower case may open one: "Layla al-Hashimi", "Izz
#: ad-Din al-Qassam"; and an Irish surname's prefixed letter: "Ó hUiginn", "Ó nÓg")
_NEXT_CAPWORD = r"(?:" + "|".join(ARABIC_ARTICLES) + r"|[hn](?=[AEIOUÁÉÍÓÚ]))?+" + _CAPWORD


#: Name particles that may sit inside a name in lower case ("Ursula von der Leyen"; a Spanish
#: surname's "de los", "de las": "Antonio Belmonte de los Ríos"; the Arabic "bint", a daughter's "bin":
#: "Hessa bint Nasser Al Sulaiti"; a Portuguese "do": "Maria do Carmo Reis"; the Māori "o", "of", inside a
#: body's or a people's name: "Te Rūnanga o Ngāi Tahu", "Ngāti Whātua o Ōrākei" (w62a)).
#:
#: >>> "bint" in PARTICLES, "bent" in PARTICLES, "do" in PARTICLES, "do" in LEADING_PARTICLES
#: (True, False, True, False)
#: >>> "o" in PARTICLES, "o" in LEADING_PARTICLES
#: (True, False)
PARTICLES = wordset("de del der den van von da di du do la le los las bin bint al dos das ter ten dela delos ap ab ibn o")


#: The Arabic particles of descent ("son of", "daughter of") that join a given name to the father's:
#: the capitalised word before one is a given name, even one that is an English word too ("Said bin
#: Ali Al Rawahi", "Hamid ibn Yusuf"; see :func:`_name_pieces`).
#:
#: >>> "bint" in DESCENT_PARTICLES, "al" in DESCENT_PARTICLES
#: (True, False)
DESCENT_PARTICLES = wordset("bin bint ibn")


#: Particles that open a surname written without its given name ("de Vries said", "van der Berg").
LEADING_PARTICLES = wordset("de van von der den da di du dos das dela delos")


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


#: Honorifics that tell a person's gender ("Mr. Lee … he").
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                       "lady": "f", "madam": "f", "mdm": "f", "herr": "m", "frau": "f", "datin": "f", "puan": "f",
                       "encik": "m", "aunty": "f", "auntie": "f",
                       "ratu": "m", "adi": "f"}  # (the Fijian chief's "Ratu" is a man's, "Adi" a woman's)


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


#: The last characters of the tokens :func:`tokenize` reads specially (a title's abbreviation and
#: a final full stop, a plural's apostrophe, an adverb's ending); "He" and "An" are the others.
_SPECIAL_TOKEN_ENDS = ".’'y"


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
        if w[-1] not in _SPECIAL_TOKEN_ENDS and w != "He" and w != "An":
            # (most tokens: every reading below needs a final period, an apostrophe, an adverb's
            # "y" or the word "He" or "An", so a plain word is made at once)
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

#: Role nouns that are never a capitalised title before a name: kin, and words that are names
#: themselves ("Son Heung-min", "Star Jones", "Baker Mayfield", "Cook Islands").
NAME_LIKE_ROLES = KIN_NOUNS | {"star", "baker", "cook", "painter", "miner", "sailor", "carpenter", "broker", "dean", "porter",
                                "deacon"}


#: Words of an event's name ("the Belgian Grand Prix", "the Australian Open"): never a person's.
EVENT_WORDS = wordset("""
grand prix open cup league derby championship championships masters classic games series rally tour trophy
stakes marathon festival awards award prize
""")


#: Participles a headline or a lede puts before a name as an epithet for the one's plight (‘Snubbed Obinna
#: says …’, ‘Injured Kerr to miss final’, ‘Embattled Hale quits’): no part of the name, as a title is not.
#:
#: >>> "snubbed" in EPITHET_PARTICIPLES, "united" in EPITHET_PARTICIPLES
#: (True, False)
EPITHET_PARTICIPLES = wordset("""
ignored snubbed overlooked axed dropped sacked ousted jailed injured embattled beleaguered disgraced
""")


#: Words that describe, capitalised before a name as a title ("Resident Pat Goodyear", "Forward
#: Tendai Moyo", at a hearing "Objector Ann Reid", on a picket line "Picketer Sam Tully"). Most are
#: never role nouns elsewhere ("moving forward, Smith said"); the few that describe a person in a
#: phrase too ("the 80-year-old pensioner", "a freshman") are also in ROLE_NOUNS.
DESCRIPTOR_TITLES = wordset("""
resident mum mom dad grandad grandma forward runner-up commuter homeowner shopper passenger parent vendor
neighbour neighbor customer motorist tenant attendee visitor survivor pensioner protester rider
opposition rookie backup reserve substitute teammate team-mate newcomer youngster debutant sophomore freshman senior
superstar megastar comrade champion maestro legend famer trainer jockey caddie cornerman villager evacuee elder
left-hander right-hander all-rounder
objector submitter petitioner complainant appellant applicant deputant ratepayer taxpayer constituent parishioner
landowner leaseholder householder smallholder renter stallholder caravanner carer grandmother grandfather
picketer convenor convener shopworker loader welder labourer machinist dockworker signaller
schoolgirl schoolboy teenager
""")


#: Capitalised words that are never part of a person's name.
NOT_NAMES = wordset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tonight yesterday tomorrow
""")


def is_possessive(t: Token) -> bool:
    return t.text.endswith(("’s", "'s", "s’", "s'"))


@functools.lru_cache(maxsize=1 << 16)
def _is_name_word(w: str) -> bool:
    """A word that can be part of a name: capitalised, not a function word, or an initial; not
    an adjective compound ("Trump-style", "Kremlin-backed") nor a HEADLINE WORD ("CONGRESS HAS
    INVESTIGATED HIM").

    >>> [_is_name_word(w) for w in ("Lee", "J.", "Trump-style", "HAS", "LEE", "The", "Trump’s", "Ironically")]
    [True, True, False, False, True, False, True, False]
    >>> [_is_name_word(w) for w in ("P.E.I.", "N.S.", "PROVINCE", "TEXT.")]
    [True, True, False, False]
    """
    if len(w) == 2 and w[0].isupper() and w[1] == ".":
        return True
    if article := arabic_article(w):
        w = w[article:]  # "al-Hashimi", "ad-Din": the article in lower case is the name's
    elif w[:1] in "hn" and len(w) > 2 and w[1] in "AEIOUÁÉÍÓÚ":
        w = w[1:]  # an Irish surname's prefixed letter: "hUiginn", "nÓg"
    if not w[:1].isupper():
        return False
    if "-" in w and _adjective_compound(w):  # "Trump-style"
        return False
    low = w.rstrip(".").lower()
    if low.endswith(("’s", "'s")):
        low = low[:-2]
    if w.isupper() and (len(w.replace(".", "") if "." in w[:-1] else w) > 4 or low in AUXILIARIES or low in PRONOUNS):
        return False  # (a headline's word, "TEXT."; but dotted letters counted without their dots: "P.E.I." as "N.S.", w74b)
    if len(low) > 6 and low.endswith(ADVERB_ENDINGS):  # "Ironically, …" (never "Kelly", "Sally", "Greally")
        return False
    return low not in FUNCTION_WORDS and low not in NOT_NAMES and low not in PRONOUN_CONTRACTIONS


#: Endings of adverbs in -ally, made from adjectives in -ial, -ual, -onal, -inal, -ral … ("Initially",
#: "Usually", "Additionally", "Literally", "Ideally"); surnames in -ally end otherwise ("Greally", "Connally",
#: "McNally").
ALLY_ADVERB_ENDINGS = ("ially", "ually", "onally", "inally", "rnally", "rally", "tally", "mally", "bally", "gally", "ideally")

#: Endings of sentence adverbs, which open sentences with a capital but are never names.
ADVERB_ENDINGS = ("ically", "ously", "ively", "ently", "antly", "edly", "ingly", "fully", "ately") + ALLY_ADVERB_ENDINGS


def _opening_word_not_name(w: str) -> bool:
    """A capitalised word that opens a sentence and is never a given name: a function word, a day's
    or a month's word, a sentence adverb ("Meanwhile", "Later", "Yesterday", "Separately").

    >>> [_opening_word_not_name(w) for w in ("Meanwhile", "Later", "Yesterday", "Separately", "Said", "Hamid")]
    [True, True, True, True, False, False]
    """
    low = w.lower()
    return low in FUNCTION_WORDS or low in NOT_NAMES or (len(low) > 6 and low.endswith(ADVERB_ENDINGS))


#: Last parts that make a capitalised compound an adjective: "Trump-style", "Obama-era".
COMPOUND_ADJECTIVE_ENDS = wordset("style era like based born run type wide friendly leaning")

#: Words of number that open a count compound ("Two-time", "Three-term", "First-time").
COUNT_WORDS = wordset("one two three four five six seven eight nine ten eleven twelve first second third "
                      "fourth fifth multiple many")


def _adjective_compound(word: str) -> bool:
    """A compound like "Kremlin-backed" or "Trump-style" (but not the name "Ban Ki-moon").

    >>> _adjective_compound("Kremlin-backed"), _adjective_compound("Ki-moon")
    (True, False)
    >>> _adjective_compound("Tony-winning"), _adjective_compound("Jin-ping")
    (True, False)
    >>> _adjective_compound("Nine-year-old"), _adjective_compound("Two-time"), _adjective_compound("Hanna-Time")
    (True, True, False)
    """
    last = word.rsplit("-", 1)[1].rstrip(".")
    if last == "old" or (last in ("time", "term") and word.split("-", 1)[0].lower() in COUNT_WORDS):
        return True  # an age or a count opening a sentence: "Nine-year-old Aubrey Kessler", "Two-time champion"
    return last[:1].islower() and (last.endswith("ed") or last in COMPOUND_ADJECTIVE_ENDS or (
        len(last) > 5 and last.endswith("ing")))  # (never a romanised syllable: "Jin-ping", "Yi-ming")


def is_name_token(t: Token) -> bool:
    """A token that can be part of a name (:func:`_is_name_word` of its text, or the surname "He"
    that :func:`tokenize` tells from the pronoun, or "An" from the article).

    >>> [is_name_token(t) for t in tokenize("Mr He said he")]
    [False, True, False, False]
    >>> [is_name_token(t) for t in tokenize("said An Se-young, an ace")]
    [False, True, True, False, False, False]
    """
    return _is_name_word(t.text) or t.word == "He" or t.word == "An" or (t.word[:1].isupper() and t.word.endswith("ly"))


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


#: Letters after a name that are no part of it ("Mary Jones KC", "Keir Starmer MP", a Member of the
#: Senedd's "Andrew Bevan MS", a legislative assembly's "MLA", "MPP", "MNA", the House of Keys' "MHK";
#: an Australian or New Zealand honour's "AO", "MNZM"; an Irish barrister's "BL", a Nigerian senior
#: advocate's "SAN", a justice of the peace's "JP", Hong Kong's "GBS", "SBS"; a religious order's "SJ",
#: "OP", "OSB": ‘Fr Tom Kelleher SJ’).
POST_NOMINALS = frozenset("KC QC SC MP MSP MEP TD OBE MBE CBE KBE DBE PhD".split()) \
    | frozenset("MS MLA MPP MNA MHA MHK MLC AM AO AC OAM MNZM ONZM CNZM KNZM DNZM QSO CH".split()) \
    | frozenset("BL SAN JP GBS SBS BBS SJ OP OSB OFM SDB SVD CSsR OMI".split()) \
    | frozenset("MBA JD MD LLM MPH MPA MFA DPhil CC SEAS GSAS GS BC SIPA SPS GRD SOM HLS HBS LAW".split())
# (and a student paper's school or degree before a class year: "Aditi Shenoy GSAS ’27", "Jasmine Kaur MBA ’24")


#: First words of Malay styles of two words ("Datuk Seri", "Tan Sri", "Puan Sri", "Dato' Sri").
COMPOUND_HONORIFIC_LEADS = frozenset("datuk dato tan puan toh".split())

#: Malay, Thai, Filipino, Fijian and Samoan honorifics that are never part of a name nor of a title's words, so that
#: a name starts after them wherever they stand in a run ("Kelantan Menteri Besar Datuk Mohd Azhar
#: Ismail", "Bangkok resident Khun Suda Wongsawat"), as "Mr" does at its start.
NAME_OPENING_HONORIFICS = frozenset("datuk dato datin tun encik puan khun aling ratu adi afioga susuga tā".split())

#: Honorifics that are also given names ("Khun", "Aling", the Fijian "Adi" and the Indian given name
#: "Adi"): taken for an honorific only before two words or more ("Adi Litia Naisara" is Litia
#: Naisara; "Adi Godrej" keeps his name).
SHORT_NAME_HONORIFICS = frozenset("khun aling adi".split())

#: Degrees of a clergy's or a noble's style, before its honorific ("the Rt Revd", "the Very Revd",
#: "the Rt Hon"): part of the title, never of the name.
STYLE_DEGREES = frozenset("rt right very most".split())


#: An ordinal in figures ("1st", "22nd", "3rd").
RE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


#: Ordinals of a school's grades before "grader" ("Seventh-grader Aigerim Bekova").
GRADE_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


#: Honorifics of a person, never an office's own word, that a long office may come before ("Leader of
#: the Opposition Dr Ian Mair", "Chairman of the Board Mr Kofi Asare").
NAME_HONORIFICS_AFTER_OFFICE = frozenset("mr mrs ms miss mdm dr prof".split())


#: The words between a body's people and their cause, capitalised inside its name ("Mothers Against Drunk
#: Driving", "Doctors Without Borders", "Veterans For Peace").
CAUSE_JOINERS = frozenset("Against Without For".split())


def style_as_given_name(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]``, a ruler's style that is a given name too (GIVEN_NAME_STYLES), opens the
    person's name: before a particle of descent or the family's article (‘Sultan bin Salem Al Habsi’,
    ‘Sultan Al Jaber’), or after another office's noun, before a name of two words or more (‘Festival
    chairman Sultan Hamad Al Dhaheri’); never the ruler's (‘Sultan Haitham bin Tarik’, ‘King Sultan
    Ibrahim’).

    >>> [style_as_given_name(s.split(), s.split().index("Sultan")) for s in (
    ...     "Sultan bin Salem Al Habsi", "Sultan Al Jaber", "Festival chairman Sultan Hamad Al Dhaheri",
    ...     "Sultan Haitham bin Tarik", "King Sultan Ibrahim Iskandar", "Sultan Qaboos")]
    [True, True, True, False, False, False]
    """
    w = words[k]
    if not (w[1:].islower() and w.lower() in GIVEN_NAME_STYLES) or k + 1 >= len(words):
        return False
    after = words[k + 1]
    if after.lower() in DESCENT_PARTICLES or (after == "Al" and k + 2 < len(words) and words[k + 2][:1].isupper()) \
            or (after[:3] in ("Al-", "al-", "El-") and after[3:4].isupper()):
        return True  # (a particle or the family's article at once: the style's word is the given name)
    return k >= 1 and len(words) - k >= 3 and (words[k - 1].lower() in ROLE_NOUNS or words[k - 1].lower() in EXECUTIVE_ACRONYMS) \
        and words[k - 1].lower() not in RULER_LEAD_WORDS and words[k - 1].lower() not in GIVEN_NAME_STYLES


#: Words of a cause that a body's name may hold between a role's word and its country (‘Press Freedom
#: Poland’): with a country last, only these (or a body's word) make the name a body's, never a person's
#: given name between (‘Coach Tavita England’, ‘Senator Obi Ireland’; review rv65d).
#:
#: >>> "freedom" in CAUSE_NAME_WORDS, "tavita" in CAUSE_NAME_WORDS
#: (True, False)
CAUSE_NAME_WORDS = frozenset("""freedom freedoms rights liberty liberties justice democracy transparency equality peace
action watch solidarity integrity""".split())


def split_title(words: Sequence[str]) -> tuple[str | None, Sequence[str]]:
    """Split a capitalised run into its title and the name: the name starts after the last
    role noun, honorific or party word ("Texas Sen. Ted Cruz", "Republican Donald Trump"), or
    after a sentence's full stop inside the run ("Syria. Mr. Obama").

    >>> split_title("Pentagon Press Secretary Kingsley Wilson".split())
    ('Pentagon Press Secretary', ['Kingsley', 'Wilson'])
    >>> split_title(["Sen.", "Bernie", "Sanders"])
    (None, ['Bernie', 'Sanders'])
    >>> split_title("Texas Sen. Ted Cruz".split()), split_title("Republican Donald Trump".split())
    (('Texas Sen.', ['Ted', 'Cruz']), ('Republican', ['Donald', 'Trump']))
    >>> split_title("Former Secretary of State Madeleine Albright".split())
    ('Former Secretary of State', ['Madeleine', 'Albright'])
    >>> split_title(["Healey"])
    (None, ['Healey'])
    >>> split_title("UN Secretary-General António Guterres".split())
    ('UN Secretary-General', ['António', 'Guterres'])
    >>> split_title("Energy Minister Faisal bin Khalid al-Rashed".split())
    ('Energy Minister', ['Faisal', 'bin', 'Khalid', 'al-Rashed'])
    >>> split_title("Judge Mary Jones KC".split())
    ('Judge', ['Mary', 'Jones'])
    >>> split_title("Superintendent Dr. Angela Whitehorse".split()), split_title("Texas Sen. Ted Cruz".split())[0]
    (('Superintendent', ['Angela', 'Whitehorse']), 'Texas Sen.')
    >>> split_title("Leader of the Opposition Dr Ian Mair".split())
    ('Leader of the Opposition', ['Ian', 'Mair'])
    >>> split_title("Rev. Fr. Emmanuel Okafor".split()), split_title("Rev Sr Mary Okoro".split())
    (('Rev. Fr.', ['Emmanuel', 'Okafor']), ('Rev Sr', ['Mary', 'Okoro']))
    >>> split_title("Rt. Hon. Kayode Bello".split()), split_title("Lt. Col. (rtd) Ama Mensah".split())
    (('Rt. Hon.', ['Kayode', 'Bello']), ('Lt. Col. (rtd)', ['Ama', 'Mensah']))
    >>> split_title("Capt. (rtd) Daniel Kogbe".split()), split_title("Sgt. (right) Ann Lee".split())
    ((None, ['Daniel', 'Kogbe']), (None, ['(right)', 'Ann', 'Lee']))
    >>> split_title("Professor Sir John Curtice".split())
    ('Professor', ['John', 'Curtice'])
    >>> split_title("High Court Judge Datuk Collin Lawrence Sequerah".split())
    ('High Court Judge', ['Collin', 'Lawrence', 'Sequerah'])
    >>> split_title("Kelantan Menteri Besar Datuk Mohd Azhar Ismail".split())
    ('Kelantan Menteri Besar Datuk', ['Mohd', 'Azhar', 'Ismail'])
    >>> split_title("Deputy Speaker Malik Zafar Iqbal Dhudhi".split()), split_title("Malik Riaz Hussain".split())
    (('Deputy Speaker', ['Zafar', 'Iqbal', 'Dhudhi']), (None, ['Malik', 'Riaz', 'Hussain']))
    >>> split_title("Minister of State for Tribal Affairs Kiran Bala Oraon".split())
    ('Minister of State for Tribal Affairs', ['Kiran', 'Bala', 'Oraon'])
    >>> split_title("Minister Mohamad Hafiz Abdul Rahman".split())
    ('Minister', ['Mohamad', 'Hafiz', 'Abdul', 'Rahman'])
    >>> split_title("American Chase Holloway".split()), split_title("Belgian Grand Prix".split())
    (('American', ['Chase', 'Holloway']), (None, ['Belgian', 'Grand', 'Prix']))
    >>> split_title("Infrastructure and Communities Devinder Grewal".split())
    ('Infrastructure and Communities', ['Devinder', 'Grewal'])
    >>> split_title("Snubbed Obinna".split())  # (an epithet, cut off as no title)
    (None, ['Obinna'])
    >>> split_title("General Motors".split())  # (a rank before one word of a company's name: the company's)
    (None, ['General', 'Motors'])
    >>> split_title("Doctors Without Borders".split())
    (None, ['Doctors', 'Without', 'Borders'])
    >>> split_title("Justice Watch International".split()), split_title("Justice Minister Helen McEntee".split())
    ((None, ['Justice', 'Watch', 'International']), ('Justice Minister', ['Helen', 'McEntee']))
    >>> split_title("Press Freedom Poland".split())
    (None, ['Press', 'Freedom', 'Poland'])
    >>> split_title("Officer B".split()), split_title("Soldier F".split())
    ((None, ['Officer', 'B']), (None, ['Soldier', 'F']))
    >>> split_title("Utilities Ombudsman Victoria".split()), split_title("Ombudsman Anna Victoria".split())
    ((None, ['Utilities', 'Ombudsman', 'Victoria']), ('Ombudsman', ['Anna', 'Victoria']))
    >>> split_title("Humanitarian Affairs Odalys Venkataraman".split()), split_title("Foreign Affairs Committee".split())
    ((None, ['Odalys', 'Venkataraman']), (None, ['Foreign', 'Affairs', 'Committee']))
    """
    if len(words) > 2 and words[0] in ("Prince", "Princess", "King", "Queen") and words[-1].isupper() and len(words[-1]) > 2 \
            and words[-1].isalpha() and not all(c in "IVX" for c in words[-1]):
        return None, words  # a place named after a royal, before a body's letters: "Prince George RCMP"
    if len(words) == 2 and words[0][1:].islower() and words[0].lower() in ROLE_NOUNS and RE_CIPHER_LETTER.fullmatch(words[1]):
        return None, words  # a protected witness's role and letter, one name: "Officer B", "Soldier F"
    if len(words) >= 2 and words[-1].lower() in REGIONS_AFTER_OFFICE and words[-2].lower() in ROLE_NOUNS:
        return None, words  # (w73a) a body named by an office and its state or province, "Utilities Ombudsman
        # Victoria": never an officer called by one given name
    if len(words) >= 3 and words[1] in CAUSE_JOINERS and words[0][1:].islower() and (
            words[0].endswith("s") or words[0].lower() in CAUSE_PEOPLE_NOUNS):
        return None, words  # a body named for its people and their cause: "Mothers Against Drunk Driving",
        # "Doctors Without Borders" (never a title, "Mothers" or "Doctors")
    if len(words) >= 2 and words[0].lower() in FIRM_KIND_TITLES and words[0][:1].isupper() and words[1][:1].isupper():
        rest_title, rest = split_title(words[1:])  # a firm's trade before its name: ‘Consultancy Corsair Analytics’
        return (words[0] + (" " + rest_title if rest_title else "")), rest
    if len(words) >= 3 and words[0][1:].islower() and (_body_word(words[1]) or gender_of(words[1]) is None) and (
            _body_word(words[-1]) or words[-1].lower() in BODY_REACH_WORDS or (
                words[-1] in COUNTRY_NATIONALITIES and all(_body_word(w) or w.lower() in CAUSE_NAME_WORDS for w in words[1:-1]))) \
            and words[0].lower() in ROLE_NOUNS:
        return None, words  # a body named with a role's word first: "Justice Watch International", "Justice
        # Action Network", or with its country last: "Press Freedom Poland" (no one's name ends in a country)
        # (never "Justice" the judge's title: "Justice Ruth Bader Ginsburg"; a firm's trade before
        # its name is read above: "Developer Lanxang Hydro Power")
    cut = -1
    titled = False  # the words before the cut make a title, not just "Mr."
    for k, w in enumerate(words[:-1]):
        low = TITLE_ABBREVIATIONS[w] if abbreviates_title(words, k) else w.rstrip(".").lower()  # ("Eng.", "Rt.")
        if ((low in ROLE_NOUNS or (low[-1:] == "s" and low[:-1] in ROLE_NOUNS and k == 0 and not _body_word(words[k + 1])))
                and (low not in ACRONYM_RANKS or w.isupper()) and low not in NAME_LIKE_ROLES
                and not (low == "prime" and words[k + 1].lower() != "minister")  # ("Tullamore Prime Meats")
                and not ((low in SHORT_TITLES or k == len(words) - 2) and _body_word(words[k + 1]))
                and not style_as_given_name(words, k)) \
                or (low in PARTY_WORDS and not is_organisation(words[k + 1:])) or (
                "-" in low and low.split("-")[-1] in ROLE_NOUNS
                and all(part in ROLE_NOUNS or part in GRADE_ORDINALS for part in low.split("-"))) or (  # "Secretary-General",
                # "Seventh-grader"
                "-of-" in low and (low.split("-")[0] in ROLE_NOUNS or low.split("-")[0] in DESCRIPTOR_TITLES)) \
                or (low in DESCRIPTOR_TITLES and (low != "elder" or len(words) >= 3)) \
                or (low in FAITH_TITLES and w[1:].islower() and (k == 0 or cut == k - 1) and len(words) - k >= 3
                    and not (len(words) - k == 3 and words[k + 1].lower() in FAITH_TITLES)  # (guard, review rv78d:
                    # "Mahant Swami Maharaj" is one's name of faith whole)
                    and not is_organisation(words[k + 1:]) and not _body_word(words[-1])) \
                or (low in POSITION_TITLES and len(words) - k >= 3 and w[1:].islower() and not is_organisation(words[k + 1:])):
            # ("Elder Moreira" is a given name; a player's position before a full name: "Shooter Kiri Hollis")
            cut, titled = k, True  # (but "Republican National Committee" is one name; "Father-of-two X")
        elif k == 0 and low in WORD_POSITIONS and len(words) == 3 and w[1:].islower() and words[1][1:].islower() \
                and not is_organisation(words[1:]) and not _word_like(words[2]) \
                and words[1].lower() not in PLACE_NOUNS_IN_NAMES:
            cut, titled = k, True  # a position that is also a common word, opening a run before a full name:
            # ‘Center Marquise Holloway added 16 rebounds’ (never "Centre Court", "Lock Haven University")
        elif k == 0 and len(words) >= 3 and low in NATIONALITY_TITLES and words[1][:1].isupper() \
                and not is_organisation(words[1:]) and not any(x.lower() in EVENT_WORDS for x in words[1:]) \
                and words[1].lower() not in NATIONALITY_TITLES and not _word_like(words[-1]):  # (never "American
            # Eagle Outfitters", "British American Tobacco")
            cut, titled = k, True  # a nationality before a full name: "American Chase Holloway"
        elif k == 1 and len(words) >= 4 and f"{words[0].lower()} {low}" in TWO_WORD_NATIONALITY_TITLES \
                and words[2][:1].isupper() and not is_organisation(words[2:]) \
                and not any(x.lower() in EVENT_WORDS for x in words[2:]) and not _word_like(words[-1]):
            cut, titled = k, True  # a nationality of two words before a full name: "New Zealander Tane Whitcombe"
            # (never a body's name: "South African Airways")
        elif k == 0 and len(words) >= 3 and low in KIN_TITLE_LEADS and w[1:].islower() and words[1][1:2].islower() \
                and words[2][:1].isupper() and not regex.search(r"-\p{Ll}", words[1]) and not is_organisation(words[1:]) \
                and not (low == "son" and words[1].lower() in EAST_ASIAN_GIVEN_SYLLABLES):  # (review rv3: the Korean
            # surname before a given name written apart, "Son Kyung Sik")
            cut = k  # a kin word the article labels one by, opening the sentence before a full name: "Son Geoff
            # Harrow said" (never a name of two words, nor a hyphened given name after the surname Son:
            # "Son Heung-min"; "Father", "Brother" are styles, not kin)
        elif k == 0 and low in EPITHET_PARTICIPLES and w[1:].islower() and words[1][:1].isupper() \
                and not is_organisation(words[1:]):
            cut = k  # a participle of one's plight before the name, an epithet: ‘Snubbed Obinna says’ (never a
            # body's name: is_organisation)
        elif k == 0 and len(words) >= 3 and low == "born":
            cut = k  # "Born Kasimir Wojtaszek in a small town …": the verb opening the sentence
        elif k == 0 and len(words) >= 3 and w.endswith(("’s", "'s")) and len(w) > 3 and words[1][:1].isupper() \
                and not is_organisation(words[1:]) and not _word_like(words[-1]) \
                and not any(x.lower() in PLACE_NOUNS_IN_NAMES or x.lower() in ORG_WORDS for x in words[1:]):
            # (never a body's own name: "Children's Hospital Colorado", "King's College London")
            cut = k  # an owner's, a country's or a team's, before a full name: "Poland’s Magda Zielinska"
        elif k == 0 and w.isupper() and low in POLICE_RANK_LETTERS and len(words) >= 3 and gender_of(words[1]) is not None:
            cut, titled = k, True  # a police rank's letters before a given name: "DS Gareth Lloyd" (never "AJ
            # Styles", "DC Comics", "DC United coach …"; before a surname alone, only for one the article
            # names in full, Cast.person_for_name: never "DS Smith", the firm, nor "DS Hooda", initials)
        elif w.isupper() and low in OFFICE_LETTERS and len(words) - k >= 3 and (k == 0 or words[k - 1][:1].isupper()) \
                and (gender_of(words[k + 1]) is not None or (k >= 1 and words[k - 1].lower() in OFFICE_WORDS
                                                            and len(words) - k <= 4 and not is_organisation(words[k + 1:]))):
            cut, titled = k, True  # an office's letters before a given name, alone or after its ministry's
            # word: "Health CS Susan Wairimu Ndegwa", "Treasury PS Jane Macharia"; after a ministry's word,
            # before a given name no list holds too: "Interior CS Kipchumba Murkomen" (never "CS Lewis")
        elif k == 1 and w.isupper() and low in TRADE_LETTERS and len(words) >= 4 and words[0][:1].isupper() \
                and words[0][1:].islower() and gender_of(words[2]) is not None:
            cut, titled = k, True  # a trade's letters after a place, before a given name: "Melbourne GP Alison Forde"
        elif low in RANK_DISTRICTS and cut == k - 1 and titled and words[k - 1].isupper() \
                and words[k - 1].lower() in DISTRICT_RANKS and k + 1 < len(words):
            cut = k  # a rank's district after its letters: "SSP East Qamar Jatoi", "SP City Rahul Mishra"
        elif low == "con" and cut == k - 1 and k >= 1 and words[k - 1].rstrip(".").lower() == "det" and k + 1 < len(words) - 1:
            cut = k  # "Det Con Amy Hart", a detective constable (never "Con Houlihan" alone)
        elif k == 0 and (low in STYLE_DEGREES or w.rstrip(".").lower() in STYLE_DEGREES) \
                and words[1].rstrip(".").lower() in HONORIFICS:
            cut, titled = k, True  # a style's degree: "Rt Revd Alison Threlfall", "Very Revd Andrew Pike", "Rt Hon Ann Lee",
            # abbreviated with its full stop too: "Rt. Hon. Kayode Bello" (whose "Rt." reads as "rev" above)
        elif k == 1 and cut == 0 and low in STACKED_CLERGY_HONORIFICS and words[0].rstrip(".").lower() in CLERGY_STYLE_LEADS:
            cut, titled = k, True  # a priest's or a nun's honorific after the clergy's style: "Rev. Fr. Emmanuel Okafor"
        elif k == 1 and cut == 0 and low in HONORIFICS and words[0].rstrip(".").lower() in STACKED_RANK_LEADS:
            cut, titled = k, True  # a rank in two abbreviations: "Wg Cdr Harbhajan Grewal", "Sqn Ldr Amy Cole"
        elif low in ("seri", "sri") and k >= 1 and words[k - 1].rstrip(".’'").lower() in COMPOUND_HONORIFIC_LEADS:
            cut = k  # "Datuk Seri Hamzah Rashid", "Tan Sri Lim Chee Hong": a Malay style of two words
        elif low in HONORIFICS and not (low in SHORT_NAME_HONORIFICS and k + 2 >= len(words)) and (k == 0 or (low in TITLE_HONORIFICS and low not in PARTICLES)
                                    or (low in STOPPED_TITLE_HONORIFICS and w.endswith(".") and k + 2 < len(words))
                                    or (low in NAME_OPENING_HONORIFICS and k + 2 < len(words) and words[k + 1][:1].isupper())
                                    or (cut == k - 1 and titled and low not in PARTICLES)):
            cut, titled = k, titled or k > 0  # "Texas Sen. Ted Cruz", "Professor Sir John Curtice", never "Guillermo del Toro"
        elif low in LINEAGE_STYLES and w[1:].islower() and (k == 0 or cut == k - 1) and len(words) - k >= 4 \
                and all(x[:1].isupper() and x[1:].islower() and x.isalpha() for x in words[k + 1:]):
            cut = k  # a South Asian style before a full name of three words: "Sardar Asif Khan Nakai" is Asif
            # Khan Nakai (never "Malik Riaz", "Rehman Malik")
        elif cut == k - 1 and (titled or (k == 1 and words[0].endswith(".") and words[0][:-1].lower() in STOPPED_PERSON_HONORIFICS)) \
                and w[:1] == "(" and w[-1:] == ")" and w[1:-1].rstrip(".").lower() in RETIRED_MARKS:
            cut = k  # a rank's retirement in brackets: "Lt. Col. (rtd) Samuel Agyei" is Samuel Agyei, and after one
            # rank abbreviated alone: "Capt. (rtd) Daniel Kogbe" (review rv22: never "(rtd) Daniel Kogbe")
        elif low == "class" and cut == k - 2 and RE_ORDINAL.fullmatch(words[k - 1]):
            cut, titled = k, True  # a rank's grade: "Sgt. 1st Class", "Petty Officer 2nd Class"
        elif _ends_sentence(words, k):
            cut, titled = k, False  # "Syria." ends a sentence
    # a word that is no given name before one that is ("Billionaire Donald Trump"); never inside a
    # company's name with its legal form ("Whitlock Grady LLP" is no person "Grady LLP")
    for k in range(max(cut + 2, 1), len(words) - 1 if words[-1].rstrip(".").lower() not in LEGAL_FORMS else 0):
        if gender_of(words[k]) is not None and gender_of(words[k - 1]) is None and len(words[k - 1]) > 2 \
                and not (titled and k - 1 == cut + 1 and k + 1 < len(words) and not _word_like(words[k - 1])) \
                and ((_word_like(words[k - 1]) and not _given_before_middle(words, k))
                     or not (_foreign_name(words) or words[k].lower() in MIDDLE_NAMES)) \
                and words[k - 1].rstrip(".").lower() not in HONORIFICS \
                and not (k - 1 == cut + 1 and cut >= 0 and words[cut].rstrip(".").lower() in HONORIFICS) \
                and not (k - 1 == cut + 1 and style_as_given_name(words, k - 1)) \
                and not (words[k - 1].islower() and words[k - 1] in PARTICLES) \
                and not words[k - 1].lower().startswith(("al-", "el-", "abu-", "abd-")) and not arabic_article(words[k - 1]) \
                and not (words[k - 1][1:].islower() and words[k - 1].lower() in PLACE_NAME_OPENERS) \
                and words[k - 1].lower() not in NAME_LEADING_KIN and words[k - 1].lower() not in NAME_LEADS \
                and not (words[k].lower() in NAME_LEADS
                         and any(x.rstrip(".").lower() in NAME_LEADS for x in words[cut + 1:k - 1])) \
                and not (words[k].lower() in FATHER_NAME_LEADS and k + 2 == len(words) and not _word_like(words[k - 1])
                         and words[k - 1][1:].islower() and words[k - 1].lower() not in FATHER_NAME_STYLES) \
                and not (k - 1 == cut + 1 and k + 2 == len(words) and words[k - 1][1:].islower()
                         and words[k - 1].lower() in WORD_GIVEN_NAMES and words[k - 1].lower() not in AUXILIARIES
                         and words[k - 1].lower() not in FUNCTION_WORDS):
            # (never at a particle inside the name: "Faisal bin Khalid al-Rashed", "Al-Tayeb Osman Babiker",
            # nor after the "Abu" or "Umm" that opens one: "Abu Nasser Hamdan"; nor after the first word of a
            # place's name, whose saint's given name is the place's: "San Juan Basin", "Port Elizabeth Harbour";
            # nor at the "Mohd" or "Siti" that opens a Malay or South Asian name: "Mohd Azhar Ismail", nor at
            # the "Abdul" of a father's name after one so opened: "Mohamad Zamri Abdul Latif", or after a given
            # name no list holds: "Rosnah Abdul Majid";
            # nor right after a title, where a given name no list holds opens the name: "Foreign Minister
            # Ligia Patricia Alvarado Ferrera"; nor at a given name that is also a word opening a name of
            # three: "Faith Akinyi Odhiambo", never "Will Donald Trump")
            cut = k - 1
    if titled and cut + 1 < len(words) and words[cut + 1] in ("of", "for") and len(words) - cut > 4:
        # "Former Secretary of State Madeleine Albright", "Commissioner for Trade Jan-Willem ter
        # Horst": what follows "of" or "for" is the title's, up to
        # a known given name ("Secretary of State Hillary Rodham Clinton"), else up to the name's
        # last two words (three with an initial: "John F. Kerry")
        given = next((k for k in range(cut + 3, len(words) - 1) if gender_of(words[k]) is not None), None)
        office = cut + 2
        if given is not None and given > office + 1 and words[given].lower() in MIDDLE_NAMES and gender_of(words[given - 1]) is None:
            given -= 1  # (a given name often given second follows the first: "Director General of Police
            # Harkirat Singh Randhawa")
        elif given is not None and given > office + 1 and given + 2 == len(words) and _unlisted_given(words[given - 1]):
            given -= 1  # (a first given name no list holds before a known one and the surname, after the
            # portfolio's words: "Minister of State for Tribal Affairs Kiran Bala Oraon")
        cut = given - 1 if given is not None else \
            next((len(words) - n - 1 for n in (4, 3) if len(words) - n > office and written_surname_first(words[-n:])),
                 max(office, len(words) - (4 if len(words[-2]) == 2 and words[-2].endswith(".") else 3)))
        # (a name written surname first is all of its words: "Minister for Manpower Koh Boon Hwee")
        # (the office's own word after "of" is never the name's: "Commissioner of Police R. Muthukumaran")
        while given is None and cut > office and words[cut + 1] in PARTICLES:
            cut -= 1  # (and the given name before particles: "Commissioner for Trade Jan-Willem ter Horst")
        if given is None and cut == len(words) - 3 and cut - 1 > office and _unlisted_given(words[cut]) \
                and (words[cut - 1].lower() in OFFICE_WORDS or _word_like(words[cut - 1])) and words[cut - 1][:1].isupper():
            cut -= 1  # (a name of three words no list holds, after a portfolio's last word: "Minister of State
            # for Tribal Affairs Kiran Bala Oraon", never "Minister for Lagos Babajide Sanwo")
    if "and" in words[max(cut, 0):-3] and not is_organisation(words):
        # the end of a portfolio after a comma: "Infrastructure and Communities Devinder Grewal" (a
        # person's name holds no "and"): up to a known given name, else the last two words
        a = len(words) - 1 - words[::-1].index("and")
        if len(words) - a > 3:
            given = next((k for k in range(a + 2, len(words) - 1) if gender_of(words[k]) is not None), None)
            cut, titled = (given - 1 if given is not None else len(words) - 3), True
    a = next((a for a in range(len(words) - 3, cut, -1) if words[a].lower() in PORTFOLIO_END_WORDS and words[a][:1].isupper()), None)
    if a is not None and all(w[:1].isupper() for w in words[:a]) and all(w[:1].isupper() for w in words[a + 1:]) \
            and not is_organisation(words[a + 1:]) and not is_organisation(words):
        cut, titled = a, False  # the end of a portfolio before its holder's name: "Humanitarian Affairs Beatrix
        # Oyelaran-Holt" (a run after "for", no title alone: the office is read whole elsewhere; a person's
        # name holds no "Affairs")
    while titled and cut > 0 and len(words[cut]) == 2 and words[cut][1] == "." and words[cut][0].isupper():
        cut -= 1  # (an initial opens the name: "Leader of the Opposition P. V. Gowda", "Minister of State M. Ramesh Kumar")
    title = " ".join(words[: cut + 1]) if titled else None
    if title is not None and cut >= 1 and words[cut].lower() in LINEAGE_STYLES and words[cut - 1].lower() not in LINEAGE_STYLES:
        title = " ".join(words[:cut])  # ("Deputy Speaker Malik Zafar Iqbal Dhudhi": the office, not the style)
    elif title is not None and cut >= 1 and (words[cut].rstrip(".").lower() in HONORIFICS or words[cut] in TITLE_ABBREVIATIONS) \
            and words[cut - 1].rstrip(".").lower() in ROLE_NOUNS and words[cut - 1].lower() != "vice":
        title = " ".join(words[:cut])  # ("Superintendent Dr. Angela Whitehorse": the office, not "Dr."; but "Vice Adm.")
    elif title is not None and cut >= 2 and words[cut].rstrip(".").lower() in NAME_HONORIFICS_AFTER_OFFICE \
            and any(w.rstrip(".,").lower() in ROLE_NOUNS for w in words[:cut - 1]):
        title = " ".join(words[:cut])  # (and after an office's portfolio: "Leader of the Opposition Dr Ian Mair",
        # "Minister of Health Dr Ama Boateng": the office)
    name = words[cut + 1:]
    if titled and name and name[0] in ("and", "of", "for", "&"):
        return " ".join(words), []  # an office whole, no one's name: "Commissioner for Youth and Sports"
    while len(name) > 1 and name[-1].rstrip(".,") in POST_NOMINALS:
        name = name[:-1]  # ("Judge Mary Jones KC": the letters after a name are no part of it)
    return title, name


#: Titles that are never a surname: a capitalised run ending in one is a body's office, no one's
#: name ("Kairo Labs CEO defends …", "the studio's CEO told").
TRAILING_TITLES = EXECUTIVE_ACRONYMS | frozenset("chairman chairwoman chairperson spokesman spokeswoman spokesperson".split())

#: Offices no surname shares that end a run after their portfolio ("Finance Minister", "Home
#: Secretary"): an office, no one's name, where a word comes before them.
TRAILING_OFFICES = frozenset("minister secretary commissioner treasurer".split())


def ends_in_title(words: Sequence[str]) -> bool:
    """The run ends in a title no surname shares ("Kairo Labs CEO", "CEO", "Finance Minister"; never "Tim Cook").

    >>> ends_in_title(["Kairo", "Labs", "CEO"]), ends_in_title(["Chairman"]), ends_in_title(["Tim", "Cook"])
    (True, True, False)
    >>> ends_in_title(["Finance", "Minister"]), ends_in_title(["Secretary"])
    (True, False)
    """
    last = words[-1].rstrip(".,") if words else ""
    return (last.lower() in TRAILING_TITLES or (len(words) > 1 and last.lower() in TRAILING_OFFICES)) \
        and (last.isupper() or last[:1].isupper())


#: Given names often given second ("Kenzie Ann Marsh", "Brylee Grace Tanner", and in South Asian
#: names "Faruque Ahmed Chowdhury", "Bikash Raj Adhikari", "Tauseef Anwar Malik", and in Nordic double given names "Kari
#: Elisabeth Kaski", "Tor Inge Hansen", "Siv Margrethe Lund", and the father's given name of an Eritrean or
#: Ethiopian name, "Yonas Tekle Gebremariam", "Selam Haile Woldu"; the Nordic "Ole" of "Jan Ole Berg", which in a
#: Maasai name is "son of" before the surname, "Joseph Lemayian Ole Nkaissery" (w65e)): a word no list holds
#: before one is more likely a first given name than an epithet.
#:
#: >>> "ole" in MIDDLE_NAMES, split_title("Peter Kipaa Ole Sankei".split())
#: (True, (None, ['Peter', 'Kipaa', 'Ole', 'Sankei']))
MIDDLE_NAMES = frozenset("""
ann anne marie lynn lynne mae rose grace jo jean louise lee ray dean wayne lou kay jane beth rae sue belle
elisabeth elisabet margrethe margareta marit helene kristine sofie johanne ove inge olav arne petter ole
ahmed ahmad ali raj pratap krishna naresh kumar prasad chandra nath lal hussain husain uddin ullah rahman kishore
mohammad mohammed muhammad mohamed mohamud abdi hassan hussein omar osman yusuf farah kumari devi bahadur singh maya
anwar tariq nawaz javed rashid zafar shahid mahmood latif aziz karim hamid khalid nasir imran asif arif raza hasan haider
tekle haile tesfaye tesfay girma kebede abebe ayele yohannes berhe kidane gebre
""".split())


#: Endings that English words share with given names no list holds ("Skyler", "Harper", "Tucker",
#: "Kinsley", "Jillian", "Crystal"): before a given name often given second, a word with one of these
#: endings that names no occupation opens the name.
GIVEN_NAME_ENDINGS = ("er", "or", "ian", "ly", "al")


def _given_before_middle(words: Sequence[str], k: int) -> bool:
    """The word before ``words[k]``, a given name often given second that is followed by the
    surname alone, is a first given name no list holds, not an epithet: "Skyler Mae Tran",
    "Harper Lou Dawson", "Kinsley Ann Porter" (never an occupation or a description the lists hold:
    "Pollster Ann Selzer", "Singer Lee Hooker", "Youngster Jo Bland"; never a word in capitals,
    a hyphen or a speech verb).

    >>> _given_before_middle(["Skyler", "Mae", "Tran"], 1), _given_before_middle(["Pollster", "Ann", "Selzer"], 1)
    (True, False)
    >>> _given_before_middle(["Influencer", "Skyler", "Mae", "Tran"], 2), _given_before_middle(["Skyler", "Mae"], 1)
    (True, False)
    """
    w = words[k - 1]
    low = w.rstrip(".").lower()
    return words[k].lower() in MIDDLE_NAMES and k + 2 == len(words) and w[:1].isupper() and w[1:].islower() \
        and w.isalpha() and low.endswith(GIVEN_NAME_ENDINGS) and not low.endswith(("ier", "eer")) \
        and low not in ROLE_NOUNS and low not in DESCRIPTION_NOUNS and low not in EPITHET_WORDS \
        and low not in SPEECH_VERBS and low not in FUNCTION_WORDS and low not in ORG_WORDS \
        and low not in PLACE_NOUNS_IN_NAMES and low not in NATIONALITY_WORDS and words[-1][:1].isupper()  # (never a
    # nationality in -ian: ‘Canadian Mae Whitman-Ross’)


def _foreign_name(words: Sequence[str]) -> bool:
    """A name whose letters or particles are of another language than English ("Deniz Ayşe
    Tunçel", "Abdulmalik Yahya al-Hamdani"): a word before its given name is more likely a given
    name of its own than an epithet ("Superstar Olivia Grant")."""
    return any(not w.isascii() or w[:3].lower() in ("al-", "el-") or arabic_article(w) or w.lower() in PARTICLES for w in words)


def _unlisted_given(word: str) -> bool:
    """A capitalised word that reads as a given name no list holds rather than a portfolio's, a
    body's or a description's word: "Kiran", "Mehreen" (never "Affairs", "Education", "Women").

    >>> _unlisted_given("Kiran"), _unlisted_given("Education"), _unlisted_given("Women"), _unlisted_given("Affairs")
    (True, False, False, False)
    """
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and gender_of(word) is None \
        and not _word_like(word) and low not in OFFICE_WORDS and low not in DESCRIPTION_NOUNS \
        and low not in EPITHET_WORDS and low not in NATIONALITY_WORDS and low not in CAUSE_PEOPLE_NOUNS \
        and low not in PLACE_NOUNS_IN_NAMES and low not in PARTY_WORDS and low not in TITLE_HONORIFICS


def _word_like(word: str) -> bool:
    """A capitalised word that reads as an English word rather than a given name: an ending of
    nouns, adjectives and verbs ("Rival", "Recorder", "Crooked", "Billionaire"), a hyphen
    ("Co-anchor"), a speech verb ("Said"); never "Deniz", "Abdulmalik", "Cornell", "Hemin"."""
    low = word.rstrip(".").lower()
    return "-" in low or low in SPEECH_VERBS or low in FUNCTION_WORDS or low in ROLE_NOUNS or low in ORG_WORDS \
        or low in PLACE_NOUNS_IN_NAMES or low.endswith(WORD_ENDINGS) or word.isupper() \
        or (len(low) > 3 and low.endswith("s") and not low.endswith(("us", "is", "as", "os")))  # ("Affairs", "Hits")


#: Nouns of buildings and places inside names ("the White House James S. Brady Briefing Room"),
#: and styles ("The Reverend Alison Trevithick"): words before a name that no given name is.
PLACE_NOUNS_IN_NAMES = frozenset("""
house hall room center centre street square building reverend venerable honourable honorable right very most
""".split())


#: Endings of English nouns, adjectives and verbs that given names seldom have.
WORD_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ive", "al", "ous", "ic", "ary", "aire", "ed", "ing", "ly", "ful",
                "less", "ss", "ship", "ness", "ment", "ity", "ure", "ate", "ise", "ize", "age", "ence", "ance", "ism", "ore")


#: Titles of two letters that are a title only before a name, never a body's word ("Mayo TD Breda
#: Kilbane", "MP Khan", never "TD Bank").
SHORT_TITLES = frozenset("td mp mla msp mep".split())


def _body_word(word: str) -> bool:
    """A word of a body's or a company's name ("Bank", "Partners")."""
    low = word.lower().rstrip(".")
    return low in ORG_WORDS or low in BUSINESS_WORDS


#: Honorifics that are titles of office or rank: only these start a name inside a run.
TITLE_HONORIFICS = wordset("""
mr mrs ms dr prof sen rep gov lt gen col capt sgt maj adm cmdr pres supt sens reps govs rev det cpl insp amb
msgr asst dep atty cllr spc pfc const cst comr comm kombes akbp
""")


#: Honorifics that start a name inside a run only written with their full stop and before two words
#: or more: an office before the style of a member of a house, "Speaker of the Assembly Hon. Peter
#: Nyakundi" (never the syllable of a Cantonese name, "Chan Hon Kit"); and an engineer's "Eng." or
#: "Engr." after an office named with its remit, as the Arab and Nigerian press write a minister:
#: "Minister of Water Eng. Raed Al Zoubi" (never the syllable ending a Chinese name, "Lim Guan Eng").
#:
#: >>> split_title("Assembly Hon. Peter Kamau".split()), split_title("Chan Hon Kit".split())
#: (('Assembly Hon.', ['Peter', 'Kamau']), (None, ['Chan', 'Hon', 'Kit']))
#: >>> split_title("Water Eng. Raed Al Zoubi".split()), split_title("Lim Guan Eng".split())
#: (('Water Eng.', ['Raed', 'Al', 'Zoubi']), (None, ['Lim', 'Guan', 'Eng']))
STOPPED_TITLE_HONORIFICS = frozenset({"hon", "engr"})


#: Words of party or faction that stand before a name like a title ("Republican Donald Trump").
PARTY_WORDS = wordset("""
republican republicans democrat democrats democratic gop independent libertarian labour tory
conservative liberal socialist communist
""")


#: Verbs a Title Case heading runs into a name ("Rafael Quintanilla Wants You to …"), besides speech.
HEADING_VERBS = wordset("""
wants needs gets takes makes gives finds hopes thinks knows plans quits wins loses leaves joins returns opens
becomes brings keeps builds turns helps shows bets eyes faces seeks lands signs sets
""")


def heading_verbs_trimmed(name: Sequence[str]):
    """A name without the past-tense speech verbs a Title Case heading ran into it ("Maria
    Hinojosa Explained Why …"); only after three words, so "Edward W. Said" keeps his name.

    A present-tense one ends the name wherever it stands ("Donald Trump Praises Breitbart").

    >>> heading_verbs_trimmed(["Maria", "Hinojosa", "Explained"]), heading_verbs_trimmed(["Edward", "W.", "Said"])
    (['Maria', 'Hinojosa'], ['Edward', 'W.', 'Said'])
    >>> heading_verbs_trimmed(("Bernie", "Sanders", "Promises", "Action")), heading_verbs_trimmed(["Rafael", "Quintanilla", "Wants"])
    (('Bernie', 'Sanders'), ['Rafael', 'Quintanilla'])
    """
    if len(name) > 2:
        cut = next((i for i in range(2, len(name)) if len(name[i]) > 3 and name[i].endswith("s")
                    and (name[i].lower() in SPEECH_VERBS or name[i].lower() in HEADING_VERBS)), None)
        if cut is not None:
            name = name[:cut]
    while len(name) >= 3 and len(name[-1]) > 5 and name[-1].endswith("ed") and name[-1].lower() in SPEECH_VERBS:
        name = name[:-1]
    return name


@functools.lru_cache(maxsize=1 << 14)
def gender_of(first_name: str) -> str | None:
    """The sex a given name tells, if it tells one; accents do not matter.

    >>> gender_of("José"), gender_of("Giulia"), gender_of("Smith")
    ('m', 'f', None)
    """
    w = first_name.lower()
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    return "m" if w in MALE_NAMES else "f" if w in FEMALE_NAMES else None


def sex_of_given_name(given: str) -> str | None:
    """The sex a person's given name tells, a compound one when both its parts tell the same
    ("Pierre-Henri"; never "Terry-Ann"), which :func:`gender_of` leaves alone (inside a name,
    "Abdel-Latif" is no given name before it).

    >>> sex_of_given_name("Pierre-Henri"), sex_of_given_name("Anna"), sex_of_given_name("Marie-Josée")
    ('m', 'f', 'f')
    """
    g = gender_of(given)
    if g is None and "-" in given[1:-1]:
        first, second = given.split("-", 1)
        g = gender_of(first)
        if gender_of(second) not in (g, None) or (gender_of(second) is None and (g is None or len(second) < 4)):
            return None  # (only when both parts agree: never "Terry-Ann", "Billy-Jo"; a second part no list
            # holds, of four letters or more, follows the first, as French compounds do: "Marie-Josée", "Jean-Baptiste")
    return g


#: One romanised syllable: consonants, a run of vowels, consonants ("Sun", "Kyung", "Ong").
SYLLABLE = r"[b-df-hj-np-tv-xz]*[aeiouy]+[b-df-hj-np-tv-xz]*"

#: A given name of two one-syllable parts joined by a hyphen, as romanised Korean and Chinese
#: names are written ("Sun-Hee", "Min-jun", "Kyung-Ah"), "Jean-Luc" too: never a place's first
#: word (a place's parts are longer: "Notre-Dame", "Saint-Denis", "Winston-Salem").
RE_SYLLABIC_GIVEN = re.compile(r"(?=[A-Z])(?i:" + SYLLABLE + "-" + SYLLABLE + ")")


def syllabic_given_name(word: str) -> bool:
    """The word has the shape of a compound given name of two syllables ("Sun-Hee", not "Notre-Dame").

    >>> syllabic_given_name("Sun-Hee"), syllabic_given_name("Kyung-Ah"), syllabic_given_name("Notre-Dame")
    (True, True, False)
    """
    return "-" in word and RE_SYLLABIC_GIVEN.fullmatch(word) is not None


#: One syllable as romanised Chinese, Korean and Vietnamese surnames are ("Ong", "Chee", "Nguyen",
#: "Cheung"), or the vowelless "Ng": never "Oxfam", "Connect", "Disneyland" of "Oxfam Hong Kong".
RE_ONE_SYLLABLE_SURNAME = re.compile(r"(?i:" + SYLLABLE + "|ng)")


def written_surname_first(words: Sequence[str]) -> bool:
    """A name the words and lists show to be written surname first, as Chinese, Korean and Vietnamese
    names are in news English: a one-syllable first word that is no given name the lists hold, then
    two or three given-name syllables written apart (:data:`EAST_ASIAN_GIVEN_SYLLABLES`: "Ong Li Ting",
    "Lim Kok Seng", "Nguyen Thi Lan", "Kim Jong Un") or one hyphenated given name ("Park Ji-won").
    The cast keys such a name by its first word, its surname ("Ms Ong", "Lim said").

    >>> written_surname_first(["Ong", "Li", "Ting"]), written_surname_first(["Park", "Ji-won"])
    (True, True)
    >>> written_surname_first(["Lee", "Anderson"]), written_surname_first(["Lee", "Van", "Cleef"])
    (False, False)
    >>> written_surname_first(["Oxfam", "Hong", "Kong"]), written_surname_first(["Vincent", "Lau", "Ka-ming"])
    (False, False)
    >>> written_surname_first(["An", "Se-young"]), written_surname_first(["An", "Post"])
    (True, False)
    """
    n = len(words)
    if not 2 <= n <= 4:
        return False
    first = words[0]
    if not first[:1].isupper() or not first[1:].islower() or RE_ONE_SYLLABLE_SURNAME.fullmatch(first) is None \
            or gender_of(first) is not None or (first.lower() in FUNCTION_WORDS and not (first == "An" and n == 2)):
        return False  # (but the Korean surname "An" before a hyphenated given name: "An Se-young")
    if n == 2:
        return syllabic_given_name(words[1]) and words[1][words[1].index("-") + 1:].islower()
    # (two or three given-name syllables, never a place: ‘Oxfam Hong Kong’ is no one)
    return " ".join(words[1:3]) not in TWO_WORD_PLACES and all(w.lower() in EAST_ASIAN_GIVEN_SYLLABLES and w[1:].islower()
                                                                for w in words[1:])


def is_organisation(words: Sequence[str]) -> bool:
    """A name with an organisation's head word, unless it reads as a person's given name and
    surname ("Jack White", "Maria Post").

    >>> is_organisation(["Defense", "Ministry"]), is_organisation(["Maria", "Post"])
    (True, False)
    >>> is_organisation(["George", "Washington", "University"])
    True
    >>> is_organisation(["Valley", "Courier"]), is_organisation(["Freddie", "Mercury"])
    (True, False)
    """
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in PUBLICATION_NAME_ENDS:
        return gender_of(words[0]) is None  # a paper's or a magazine's name (‘The Valley Courier’)
    if not any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    return not (len(words) == 2 and gender_of(words[0]) is not None)


def is_platform(name: str, bare: bool = True) -> bool:
    """A social platform's name, or a feature of one (‘Instagram Stories’, ‘TikTok Live’, ‘X post’): never a
    person, whatever the capitals say; with ``bare`` false, only a feature (the bare name may be the firm
    that runs it, which speaks: ‘TikTok said it had removed the videos’).

    >>> is_platform("Instagram Stories"), is_platform("TikTok"), is_platform("TikTok", bare=False), is_platform("X")
    (True, True, False, False)
    >>> is_platform("X post"), is_platform("Kylie Story")
    (True, False)
    """
    words = name.lower().replace("’s", "").replace("'s", "").split()
    if not words or not (words[0] in PLATFORM_NAMES or (words[0] == "x" and len(words) > 1)):
        return False
    return all(w in PLATFORM_FEATURES for w in words[1:]) and (bare or len(words) > 1)


#: Months that are given names too ("Ms. April Ryan", "Aunty June Wallace"), read so after an honorific.
GIVEN_MONTHS = frozenset("April May June August".split())

#: The sex those months tell as given names ("June Ostby" is a woman, "August Lindqvist" a man).
GIVEN_MONTH_SEX = {"April": "f", "May": "f", "June": "f", "August": "m"}

#: Given names that are also words a sentence may open with (‘Hope was fading’, ‘Will was done’); before
#: a given name the lists hold and a surname they open the name, as no epithet does ("Faith Akinyi
#: Odhiambo", "Mercy Wanjiku Njoroge", "Frank Lloyd Wright").
#:
#: >>> "faith" in WORD_GIVEN_NAMES, "june" in WORD_GIVEN_NAMES, "tycoon" in WORD_GIVEN_NAMES
#: (True, True, False)
WORD_GIVEN_NAMES = frozenset("""hope faith grace joy chase dawn mercy will bill frank rich mark pat sue summer autumn
iris rose ivy holly lily daisy amber crystal ruby pearl destiny harmony honor patience prudence charity trinity sky
river rain stone hunter ray guy art drew gene chance brook heather jade
""".split()) | frozenset(month.lower() for month in GIVEN_MONTHS)  # (and the months that are names: "May", "June")


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


def is_headline(line: str) -> bool:
    """A short line in title case, with no sentence's full stop at its end: a headline.

    >>> is_headline("Bush Hits Marco Rubio Over Missed Votes"), is_headline("Bush hit Marco Rubio.")
    (True, False)
    """
    if len(line) > 160 or line.endswith((".", ":", "”", '"')) or "," in line or (":" in line and _label_colon(line)):
        return False  # (a list of names, "Candidates: A B, C D", is no headline; a score or a ratio is no
        # label: "Court Upholds Law By 2:1 Majority; Justice X Dissents" is one)
    long = [w for w in line.split() if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _label_colon(line: str) -> bool:
    """Whether a colon of ``line`` stands between words, as a label's does ("Candidates: A B"), rather
    than between digits, as a score's, a ratio's or a time's does ("By 2:1 Majority", "10:30").

    >>> _label_colon("Candidates: Ann Lee"), _label_colon("Court Upholds Law By 2:1 Majority")
    (True, False)
    """
    at = line.find(":")
    while at >= 0:
        if not (0 < at < len(line) - 1 and line[at - 1].isdigit() and line[at + 1].isdigit()):
            return True
        at = line.find(":", at + 1)
    return False


#: A byline or a credit line: "By Natalia Kowalski, Staff Writer", "Reporting by Jane Doe;
#: Editing by Tom Lee". Its names are the reporters', never the article's people.
RE_BYLINE = LazyPattern(
    r"(?:By|BY|Written by|Words by|Story by|(?:Additional )?[Rr]eporting by)[ \t]+(\p{Lu}[\p{L}\p{M}.’'\-]*)"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}.’'\-]*){1,3}(?:[ \t]*(?:,|and|&|\||;|/|–|—|-)[^\n“”\"]{0,100})?")


#: A byline crediting the paper's staff alone, with no name (‘By Staff’, ‘BY STAFF’) (w72b).
#:
#: >>> RE_STAFF_BYLINE.fullmatch("By Staff") is not None, RE_STAFF_BYLINE.fullmatch("By Staff, the board voted") is None
#: (True, True)
RE_STAFF_BYLINE = LazyPattern(r"(?:By|BY)[ \t]+(?:Staff|STAFF)")


#: The word a reporter's desk ends with in a byline (‘Agriculture Correspondent’, ‘Political Editor’):
#: :data:`RE_DESK_BYLINE` ends with one, and a line that ends with none spares that pattern.
#:
#: >>> "Political Editor".endswith(DESK_WORDS), "Chief Executive".endswith(DESK_WORDS)
#: (True, False)
DESK_WORDS = ("Correspondent", "Editor", "Reporter", "Writer")

#: A byline with no "By", as Irish and British papers give one: a name, then the reporter's desk
#: ("Siobhán Kehoe, Agriculture Correspondent", "Tom Reed, Political Editor") (w49b).
#:
#: >>> bool(RE_DESK_BYLINE.fullmatch("Siobhán Kehoe, Agriculture Correspondent")), \
#: ...     bool(RE_DESK_BYLINE.fullmatch("Mary Byrne, Chief Executive"))
#: (True, False)
RE_DESK_BYLINE = LazyPattern(r"\p{Lu}[\p{L}\p{M}.’'\-]*(?: \p{Lu}[\p{L}\p{M}.’'\-]*){1,3}, (?:\p{Lu}[\p{L}\-]* ){0,3}"
                             r"(?:" + "|".join(DESK_WORDS) + ")")


def is_byline(line: str) -> bool:
    """A short line crediting reporters ("By Natalia Kowalski, Staff Writer"), never a sentence
    ("By Tuesday, the council will vote.").

    >>> is_byline("By Natalia Kowalski, Staff Writer"), is_byline("By Tuesday, the council will vote.")
    (True, False)
    >>> is_byline("Reporting by Jane Doe; Editing by Tom Lee"), is_byline("Harry Gahan, Political Correspondent")
    (True, True)
    >>> is_byline("By Staff")
    True
    """
    line = line.strip()
    if len(line) <= 80 and line.endswith(DESK_WORDS) \
            and RE_DESK_BYLINE.fullmatch(line) is not None:
        return True  # (a name and a desk alone on the line: ‘Siobhán Kehoe, Agriculture Correspondent’)
    if not line.startswith(("By ", "BY ", "Written ", "Words ", "Story ", "Reporting ", "reporting ", "Additional ")):
        return False  # (most lines: spare the pattern)
    if RE_STAFF_BYLINE.fullmatch(line) is not None:
        return True
    m = RE_BYLINE.fullmatch(line) if len(line) <= 160 and (
        not line.endswith((".", "?", "!")) or line.endswith((" Jr.", " Sr."))) else None
    return m is not None and m.group(1).lower() not in NOT_NAMES and not line.endswith(":")


#: A capitalised word, whole (hyphenated parts included: "Ocasio-Cortez").
RE_CAPWORD = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}])\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:-\p{Lu}[\p{L}\p{M}\p{Nd}]*+)*+")
