"""Offices, titles and roles: the title or office written before or after a name, who holds an
office (of a state, a capital, a body), ranks, honorifics and spelled-out letters.
"""

from __future__ import annotations

import functools
import itertools
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import DEMONYMS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS, OFFICE_HONORIFICS, OFFICE_LETTERS, SEAT_OFFICES, is_abbreviation
from quotesearch.role_words import DOMAIN_CHIEF_OFFICES, OFFICE_WORDS, PLACE_OFFICES, ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.names import (
    DESCRIPTOR_TITLES, PARTY_WORDS, STYLE_DEGREES, _unlisted_given, heading_verbs_trimmed, split_title,
)
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES, _word_like, gender_of, written_surname_first
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import Person
from quotesearch.firms import _body_office_words


#: An office "of the" body whose own name ends "of" a place, up to that last "of" (‘Deputy Governor of the
#: Central Bank of ’ before ‘Kuwait Fahad Nasser Al Mutairi’): group 1 is the office's noun.
#:
#: >>> RE_OFFICE_OF_BODY_OF.search("Deputy Governor of the Central Bank of ").group(1)
#: 'Governor'
#: >>> RE_OFFICE_OF_BODY_OF.search("a tour of the Central Bank of ") is None
#: True
RE_OFFICE_OF_BODY_OF = LazyPattern(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?) of the (?:\p{Lu}[\p{L}’'\-]*\s+){1,5}of $")

#: The styles of royals, pontiffs and peers, and the sex each tells.
ROYAL_SEX = {"king": "m", "prince": "m", "duke": "m", "emperor": "m", "pope": "m", "sultan": "m", "emir": "m",
             "queen": "f", "princess": "f", "duchess": "f", "empress": "f",
             "viscount": "m", "marquess": "m", "viscountess": "f", "marchioness": "f", "baroness": "f", "countess": "f"}


#: One or two lower-case words and a capitalised one right after a name (‘ spokesperson Ravi’, ‘ press
#: secretary Karine’).
RE_WORDS_THEN_NAME = LazyPattern(r" (?:([a-z\-]+) )?([a-z\-]+) \p{Lu}\p{Ll}")


#: The rest of a body's name after its first words, its acronym in brackets if any (‘ and Rescue Service
#: (HFRS)’, ‘ of England’).
RE_BODY_NAME_TAIL = LazyPattern(r"(?: (?:of|and|for|&)(?: the)? \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)*(?: \(\p{Lu}[\p{Lu}\d&\-]*\))?")


def _role_and_name_at(text: str, at: int) -> bool:
    """A role and a name right after ``at``: the name before was a modifier of the title (‘White House
    spokesperson Ravi Menon’), or the first words of a body's name before it (‘Humber Fire and Rescue
    Service (HFRS) station manager X’, ‘Tyne Radio North of England correspondent X’)."""
    m = RE_WORDS_THEN_NAME.match(text, at)
    if (m is None or m.group(2) not in ROLE_NOUNS) and (tail := RE_BODY_NAME_TAIL.match(text, at)).end() > at:
        m = RE_WORDS_THEN_NAME.match(text, tail.end())
        if m is not None and m.group(1) is not None and (m.group(1) in SPEECH_VERBS or m.group(1).endswith("ed")):
            return False  # (a verb and its object: ‘Smith and Jones told reporter Ann Lee’)
    return m is not None and m.group(2) in ROLE_NOUNS


def _role_word_before(text: str, at: int, set_off: bool = False) -> bool:
    """A role noun written in lower case right before the name at ``at``, the way a new person is
    brought in (‘chief executive Litia Vuniwaqa’, ‘health expert Tunde Bello’); never a capitalised
    word of a heading or a title run. ``set_off``: or before a comma (‘your lead actor, Rafe Ode’).

    >>> _role_word_before("with your lead actor, Rafe Ode", 22), _role_word_before("with your lead actor, Rafe Ode", 22, True)
    (False, True)
    """
    word = text[max(0, at - 24):at]
    if not word.endswith(" "):
        return False
    word = word[:-1].rsplit(" ", 1)[-1]
    if set_off and word.endswith(","):
        word = word[:-1]
    return word.islower() and word in ROLE_NOUNS


def _unit_words_before_name(name: Sequence[str]) -> int:
    """How many words of a run before a name belong to a numbered unit, the last of them holding a digit
    (‘Industrial Police-2 Md Kamrul Islam’, ‘Sector 7 Commander …’): no person's name holds a digit;
    0 when no word before the last two does.

    >>> _unit_words_before_name(["Industrial", "Police-2", "Md", "Kamrul", "Islam"]), _unit_words_before_name(["Ana", "Li"])
    (2, 0)
    """
    return max((i + 1 for i, w in enumerate(name[:-2]) if any(c.isdigit() for c in w)), default=0)


#: Styles written after "The" (‘The Rev. Samuel Okoye’, ‘The Hon. Jane Doe’).
CLERGY_STYLES = STYLE_DEGREES | frozenset("rev revd reverend hon honourable honorable venerable".split())


def _end_past_set_off_role(text: str, pos: int) -> int | None:
    """Where the name at ``pos`` ends, past a role set off after it (:data:`RE_SET_OFF_ROLE_AFTER`), so
    that what follows is the name's verb (‘When Kline, the director, turned’); None when no name is there.

    >>> t = "When Kline, the director, turned"
    >>> t[_end_past_set_off_role(t, 5):], _end_past_set_off_role("when it rained", 5)
    (' turned', None)
    """
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    if run is None:
        return None
    end = run.end()
    if (aside := RE_SET_OFF_ROLE_AFTER.match(text, end) or RE_SET_OFF_PARTICIPLE_AFTER.match(text, end)) is not None:
        end = aside.end()
    return end


#: Lower-case words before a capitalised title that are part of it ("former President").
TITLE_QUALIFIERS = frozenset({"former", "then", "ex", "late", "acting", "outgoing", "incoming", "interim",
                              "state"})


#: An office's capitalised words (whose noun the caller checks) and the words that tie it to a body
#: or a remit, up to the "the" or the "and" before a run: ‘Minister in the ’, ‘Minister of State in
#: the ’, ‘Secretary to the ’, ‘Special Adviser to the President on Media and ’.
#:
#: >>> RE_OFFICE_LINKED.search("said Minister of State in the ").group()
#: 'Minister of State in the '
#: >>> RE_OFFICE_LINKED.search("Special Adviser to the President on Media and ").group(), RE_OFFICE_LINKED.search("went to the ")
#: ('Special Adviser to the President on Media and ', None)
RE_OFFICE_LINKED = LazyPattern(r"\b\p{Lu}[\p{L}\-]+(?: (?:of|for|on|in|at|to|the|and|\p{Lu}[\p{L}’'\-]*+,?))*?"
                               r" (?:in|at|to|on) (?:the |(?:\p{Lu}[\p{L}’'\-]*+,? )+and )$")

#: How far before a run its office's words are looked for (‘Minister for Children, Equality,
#: Disability, Integration and ’ is 61 characters).
OFFICE_REACH = 100


def _after_linked_office(text: str, at: int) -> bool:
    """The run at ``at`` follows a capitalised office tied to a body by "in the", "at the", "to the",
    or the "and" of its remit (:data:`RE_OFFICE_LINKED`), whose opening words hold an office's noun:
    ‘Minister in the Presidency …’, ‘Special Adviser to the President on Media and Publicity …’
    (never ‘Speaking to the …’).

    >>> _after_linked_office("said Minister in the Presidency", 21), _after_linked_office("Speaking to the Press", 16)
    (True, False)
    """
    m = RE_OFFICE_LINKED.search(text, max(0, at - OFFICE_REACH), at) if text.endswith((" the ", " and "), 0, at) else None
    return m is not None and any(w.lower() in ROLE_NOUNS for w in itertools.takewhile(lambda w: w[:1].isupper(), m.group().split()))

#: Words that make a nation's adjective of a region's ("South Korean", "North African"): no name.
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western".split())

#: Envoys proper, whom a story may call "the diplomat" (never a "representative" or a "delegate":
#: "Rep." and "Delegate" are lawmakers' titles).
DIPLOMAT_NOUNS = frozenset("ambassador ambassador-designate envoy emissary consul".split())

#: Envoys posted "to" a place or a body ("Ambassador to Japan", "Special Envoy to the United Nations").
ENVOY_NOUNS = DIPLOMAT_NOUNS | {"representative", "delegate"}

#: Bodies an envoy is posted to, named by two words.
TWO_WORD_POSTS = frozenset(("united nations", "european union", "african union", "holy see", "arab league"))

#: The capitalised words of a title before its "to", "of" or "for" ("Chinese Ambassador to",
#: "U.S. Special Envoy to the", "RNC Chief of"), with the preposition.
RE_TITLE_BEFORE_PREP = LazyPattern(
    r"(?<![\p{L}.])(?:(?:The|A|An) )?((?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*)(?: \p{Lu}[\p{L}\-]*){0,3} (?:to|of|for)(?: the)?) $")


def _title_before_prep(m: regex.Match) -> str:
    """The title a match of RE_TITLE_BEFORE_PREP found, without a sentence's opening word ("After")."""
    words = m.group(1).split()
    k = 0
    while k < len(words) - 2 and words[k].lower() in FUNCTION_WORDS:
        k += 1
    return " ".join(words[k:])


def _posted_to(text: str, at: int, name: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The title and the name of a run that follows an envoy's "to" and opens with where the envoy
    is posted: (‘Chinese Ambassador to Argentina’, (‘Li’, ‘Deming’)). The place is a country, a
    state, a two-word body or an acronym; else one word, before a name of two words or more.

    >>> t = "U.S. Ambassador to Japan Rahm Emanuel said"
    >>> _posted_to(t, t.index("Japan"), ("Japan", "Rahm", "Emanuel"))
    ('U.S. Ambassador to Japan', ('Rahm', 'Emanuel'))
    >>> t = "Chinese Ambassador to the United Nations Zhang Jun said"
    >>> _posted_to(t, t.index("United"), ("United", "Nations", "Zhang", "Jun"))
    ('Chinese Ambassador to the United Nations', ('Zhang', 'Jun'))
    """
    if not text.endswith(" to ", 0, at) and not text.endswith(" to the ", 0, at):
        return None
    m = RE_TITLE_BEFORE_PREP.search(text, max(0, at - 60), at)
    if m is None or m.group(1).removesuffix(" the").rsplit(" ", 2)[-2].lower() not in ENVOY_NOUNS:
        return None
    two = " ".join(name[:2])
    if len(name) > 3 and (two in TWO_WORD_PLACES or two.lower() in TWO_WORD_POSTS):
        k = 2
    elif name[0].lower() in ONE_WORD_PLACES or name[0].isupper():
        k = 1  # ("Ambassador to NATO Julianne Smith")
    elif gender_of(name[0]) is None:
        # a place no list holds: up to the first known given name, else all but the last two words
        # ("Ambassador to Türkiye Faed Mustafa-Haddad", "Ambassador to Papua New Guinea Ann Yastishock")
        k = next((i for i in range(1, len(name) - 1) if gender_of(name[i]) is not None), len(name) - 2)
    else:
        return None
    return f"{_title_before_prep(m)} {' '.join(name[:k])}", name[k:]


def _office_word_before_given(office: str, name: Sequence[str]) -> bool:
    """One word of a capitalised office's name (a department, a field, a unit) before a full name
    of two words whose given name the lists know: "Professor of Sociology Renée Castellanos",
    "Dean of Admissions Carla Ruiz". The word is no given name nor a particle, and is no surname's
    own first half ("Director of Vigilance Sanjukta Mohapatra" is the rule before)."""
    return len(name) == 3 and office[:1].isupper() and office.lower() in ROLE_NOUNS \
        and name[0][:1].isupper() and name[0].isalpha() and not name[0].isupper() \
        and gender_of(name[0]) is None and name[0].lower() not in PARTICLES \
        and gender_of(name[1]) is not None and name[1].lower() not in PARTICLES


def _office_name_trimmed(raw: Sequence[str], title: str | None, words: Sequence[str]) -> tuple[str | None, Sequence[str]]:
    """The title and the name of a subject's run whose office's name, after "of" or "for", stands
    before a full name, the office's words moved to the title (as :meth:`Cast._add_full_name` does
    for the name alone): ("Associate Dean of Student Life", ["Gregory", "Pemberton"]).

    >>> _office_name_trimmed("Dean of Student Life Gregory Pemberton".split(), "Dean of Student", ["Life", "Gregory", "Pemberton"])
    ('Dean of Student Life', ['Gregory', 'Pemberton'])
    >>> _office_name_trimmed("Professor of Sociology Renée Castellanos".split(), "Professor of", ["Sociology", "Renée", "Castellanos"])
    ('Professor of Sociology', ['Renée', 'Castellanos'])
    >>> _office_name_trimmed("Secretary of State John Kerry".split(), "Secretary of State", ["John", "Kerry"])
    ('Secretary of State', ['John', 'Kerry'])
    """
    if len(words) < 3 or len(raw) < len(words) + 2 or list(raw[-len(words):]) != list(words):
        return title, words
    at = next((i for i in range(len(raw) - len(words), 0, -1) if raw[i] in ("of", "for")), None)
    if at is None or not raw[at - 1][:1].isupper() or raw[at - 1].lower() not in ROLE_NOUNS:
        return title, words
    name = raw[at + 1:]
    k = _office_words_before_given(name) or (1 if _office_word_before_given(raw[at - 1], name) else 0) \
        or (1 if _seat_before_given(raw[at - 1], raw[at], name) else 0)
    if not k or len(name) - k >= len(words):  # (the office's words must be the name's first ones)
        return title, words
    return " ".join(raw[:at + 1 + k]), list(name[k:])


def _seat_before_given(office: str, prep: str, name: Sequence[str]) -> bool:
    """A member's seat, one word after "Member for" (:data:`SEAT_OFFICES`), before a full name of two
    words whose given name the lists know, whether or not the seat's word is a given name too:
    "Member for Clarence David Renshaw" is David Renshaw, member for Clarence.

    >>> _seat_before_given("Member", "for", ["Clarence", "David", "Renshaw"]), _seat_before_given("Member", "for", ["David", "Renshaw"])
    (True, False)
    """
    return prep == "for" and len(name) == 3 and office.lower() in SEAT_OFFICES and name[0][:1].isupper() \
        and name[0].isalpha() and gender_of(name[1]) is not None and name[1].lower() not in PARTICLES


def _office_words_before_given(name: Sequence[str]) -> int:
    """How many words of an office's name (after "of" or "for") no list holds stand before a given
    name the lists know, two at least ("Student Conduct Alan Pryce", "Student Life Karen Oduya");
    or, all read as English words, before a given name no list holds and the surname ("Student
    Wellness Services Andrea Kowalski"); 0 when none or one ("Finance Chaudhry Asghar Ali Warraich":
    a word may be the name's own).

    >>> _office_words_before_given("Student Conduct Alan Pryce".split()), _office_words_before_given("Student Wellness Services Andrea Kowalski".split())
    (2, 3)
    >>> _office_words_before_given("Finance Andrea Kowalski".split()), _office_words_before_given("Tribal Affairs Kiran Bala Oraon".split())
    (0, 0)
    """
    if gender_of(name[0]) is not None:
        return 0
    known = next((g for g in range(2, len(name) - 1) if gender_of(name[g]) is not None
                  and all(gender_of(w) is None and w.lower() not in PARTICLES for w in name[:g])), 0)
    g = len(name) - 2
    if not known and g >= 2 and all((_word_like(w) or w.lower() in OFFICE_WORDS) and w[:1].isupper() and w[1:].islower() and w.isalpha()
                                  and gender_of(w) is None
                                  for w in name[:g]) \
            and _unlisted_given(name[g]) and name[-1][:1].isupper() and name[-1].lower() not in PARTICLES:
        return g  # (w66c: the office's English words, then a given name no list holds and the surname)
    return known


def _office_of_state_before(text: str, at: int) -> list[str]:
    """The office of a capitalised "X of State for" (or "of the Y for") right before ``at``, as a
    one-word list: "Minister of State for Trade Seán Kilbride", "Secretary of State for Health and
    Social Care X" (the office is the minister, never "State", whose "for" opens the remit and the
    name after it); [] when the words before "for" are no such office.

    >>> _office_of_state_before("said Minister of State for Trade Seán Kilbride", 27)
    ['Minister']
    >>> _office_of_state_before("the state of play for Trade Ann Lee", 22), _office_of_state_before("Minister for Trade Ann Lee", 13)
    ([], [])
    """
    m = RE_OFFICE_OF_STATE_FOR.search(text, max(0, at - 40), at)
    return [m.group(1)] if m is not None and m.group(1).lower() in ROLE_NOUNS else []


#: A capitalised office's "of State for" (or "of the Interior for") right before a point: ‘Minister
#: of State for ’, ‘Secretary of State for ’.
RE_OFFICE_OF_STATE_FOR = LazyPattern(r"\b(\p{Lu}[\p{L}\-]+) of (?:the )?(?:State|\p{Lu}[\p{L}\-]+) for $")


def _after_capital_office(text: str, at: int) -> bool:
    """The run at ``at`` follows a capitalised office's "for" or "of" ("Minister for Ecological
    Transition María Teresa Ortiz"): its words are the office's remit and a name, never a headline's,
    even where the article writes one of them in lower case ("the ecological flow").

    >>> _after_capital_office("said Minister for Ecological Transition Ana Ruiz", 18)
    True
    >>> _after_capital_office("a strategy for Ecological Transition", 15), _after_capital_office("the minister for Ecology", 17)
    (False, False)
    """
    m = RE_CAPITAL_OFFICE_PREP.search(text, max(0, at - 40), at)
    return m is not None and m.group(1).lower() in ROLE_NOUNS


#: A capitalised office and its "for" or "of" right before a point ("Minister for ", "Commissioner of ").
RE_CAPITAL_OFFICE_PREP = LazyPattern(r"\b(\p{Lu}[\p{L}\-]+) (?:for|of) $")


def _remit_before_particle_name(name: Sequence[str]) -> int:
    """How many words of a remit stand before a name with a particle in lower case, after an
    office's "for" or "of" ("Budget Piet van der Hoeven", "Competition Jan de Wit"): the words
    before the one that precedes the first particle, none a given name the lists know nor a particle;
    0 otherwise ("Joachim von Eschenbach" has no remit).

    >>> _remit_before_particle_name("Budget Piet van der Hoeven".split())
    1
    >>> _remit_before_particle_name("Piet van der Hoeven".split()), _remit_before_particle_name("Health Anna Maria de Souza".split())
    (0, 0)
    """
    p = next((i for i, w in enumerate(name) if w in PARTICLES), None)
    if p is None or p < 2 or p + 1 >= len(name) or any(
            gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() for w in name[:p - 1]):
        return 0
    return p - 1


def _place_words_before_name(name: Sequence[str], office: str) -> int:
    """How many words of a place or a remit stand before a name of two after a minister's capital
    "for" ("Minister for Grand Bahama Ginger Moxey", "Minister for Tobago Affairs Kelvin Ramsaran"):
    all but the last two of four or more words, none a given name the lists know nor a particle;
    0 otherwise (a name of three words stays whole: "Minister for Health Ama Kofi Boateng" is cut
    by the office's words alone). A remit that closes on an office's word (:data:`OFFICE_WORDS`) ends
    there, before a name of three words: "Minister for Food Affairs Rahmat Hidayat Siregar" (w66e).

    >>> _place_words_before_name("Food Affairs Rahmat Hidayat Siregar".split(), "Minister")
    2
    >>> _place_words_before_name("Tobago Affairs Kelvin Ramsaran".split(), "Minister")
    2
    """
    if office not in PLACE_OFFICES or len(name) < 4 or any(
            gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() for w in name[:-1]):
        return 0
    closing = [i for i, w in enumerate(name[:-3]) if w.lower() in OFFICE_WORDS]
    return closing[-1] + 1 if closing and closing[-1] > 0 else len(name) - 2


def _office_for_place(office: str, words: Sequence[str]) -> bool:
    """The words between a minister's capital "for" and the name are a place or a remit, part of
    the office ("Minister for Andros Delphine Rolle … the minister said")."""
    return office in PLACE_OFFICES and 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)

#: A place's or a body's office, owned (‘Scotland's Brexit minister’, ‘Kenya’s health minister’): see
#: :meth:`Cast.lede_description_named_next`.
RE_PLACE_OWNED_OFFICE = LazyPattern(r"\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*['’]s ")


def _office_in_letters(role: str, office: str) -> bool:
    """A role that is an office's initials in capitals, "officer" after them or not: "CEO" or "CE" for
    "chief executive", "MD" for "managing director".

    >>> _office_in_letters("CEO", "chief executive"), _office_in_letters("CFO", "chief executive")
    (True, False)
    """
    last = role.split()[-1] if role.split() else ""
    letters = "".join(w[0] for w in office.replace("-", " ").split())
    return len(letters) > 1 and last.isupper() and last.lower() in (letters, letters + "o")


def _domain_chief(role: str, head: str, words: list[str]) -> bool:
    """A role that leads the domain a "<domain> chief" names, with the domain's words and an office of
    :data:`DOMAIN_CHIEF_OFFICES` as its head (‘its mobile chief’ for ‘Corvex mobile president’; never a
    bare "its chief", nor ‘vice president’).

    >>> _domain_chief("Corvex mobile president", "chief", ["mobile"]), _domain_chief("mobile vice president", "chief", ["mobile"])
    (True, False)
    >>> _domain_chief("Marbury police union president", "chief", ["police"])
    False
    """
    held = role.lower().replace("-", " ").split()
    return head == "chief" and bool(words) and len(held) > len(words) and held[-1] in DOMAIN_CHIEF_OFFICES \
        and held[-1 - len(words):-1] == [w.lower() for w in words] \
        and not any(w in ("vice", "deputy", "assistant", "former") for w in held)


def _initials(name: str) -> str:
    """The first letters of a name's words and hyphened parts in capitals.

    >>> _initials("Pakistan Anjuman-i-Tajiran Ittehad"), _initials("Imran Khan")
    ('PATI', 'IK')
    """
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


def _place_before_given(name: Sequence[str]) -> int:
    """How many words of a country or a place the lists hold stand before a given name the lists
    know, after an office's "of" ("President of Ukraine Serhii Matviienko", "Mayor of Kyiv
    Vitaliy Klymenko"): 1 or 2, else 0 (the name itself: "Governor of Kentucky Andy Beshear" has
    one; never a name of two words after the place).

    >>> _place_before_given(("Ukraine", "Serhii", "Matviienko")), _place_before_given(("Jordan", "Smith"))
    (1, 0)
    """
    if len(name) > 2 and name[0].lower() in ONE_WORD_PLACES and gender_of(name[1]) is not None:
        return 1
    if len(name) > 3 and " ".join(name[:2]) in TWO_WORD_PLACES and gender_of(name[2]) is not None:
        return 2
    return 0


def _place_before_surname_first(name: Sequence[str]) -> int:
    """How many words of a place, one or a two-word place the lists hold, stand before a name written
    surname first (:func:`written_surname_first`) that ends the run, after a body's closing "of"
    (‘President of the Republic of Korea Lee Jae-myung’, ‘… of the Republic of China Lai Ching-te’): 1 or 2,
    else 0. The place is a single capitalised word when the lists do not hold it.

    >>> _place_before_surname_first(("Korea", "Lee", "Jae-myung")), _place_before_surname_first(("Korea", "Lee", "Anderson"))
    (1, 0)
    """
    if len(name) > 3 and " ".join(name[:2]) in TWO_WORD_PLACES and written_surname_first(name[2:]):
        return 2
    if len(name) > 2 and name[0][:1].isupper() and name[0][1:].isalpha() and name[0][1:].islower() \
            and written_surname_first(name[1:]):
        return 1
    return 0


@functools.lru_cache(maxsize=1 << 15)
def _title_split(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...], str | None]:
    """A run's title and name (:func:`split_title`, heading verbs trimmed) and its opening
    honorific, kept for the next articles: most runs come back in many."""
    title, name = split_title(words)
    first = words[0].rstrip(".").lower()
    return title, heading_verbs_trimmed(tuple(name)), first if first in HONORIFICS else None


def _holds_title(role: str, title: str) -> bool:
    """The role is the office the title before a bare surname names: its words (before a
    preposition) end with the title's, or with the office an abbreviated title stands for ("Cllr":
    a councillor), and no lesser word or qualifier comes right before them, unless the title
    writes it too.

    >>> _holds_title("Mayor", "Mayor"), _holds_title("Deputy Mayor", "Mayor"), _holds_title("Deputy Mayor", "Deputy Mayor")
    (True, False, True)
    >>> _holds_title("Police Chief", "Chief"), _holds_title("Chief Inspector", "Chief"), _holds_title("Councillor", "Cllr")
    (True, False, True)
    >>> _holds_title("Minister of Health", "Minister"), _holds_title("Former Mayor", "Mayor")
    (True, False)
    """
    words = [w.rstrip(".,").lower() for w in role.split()]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut]
    want = [w.rstrip(".").lower() for w in title.split()]
    if not want or not words:
        return False
    n = len(want)
    if words[-n:] != want and not (n == 1 and words[-1] in TITLE_WORDS.get(want[0], ())):
        return False
    before = words[-n - 1] if len(words) > n else ""
    return before not in LESSER_OFFICES and before not in TITLE_QUALIFIERS


def _bare_honorific(role: str) -> bool:
    """A role that is an honorific alone ("Sen.", "Dr."), written before the name."""
    return " " not in role and role.rstrip(".").lower() in OFFICE_HONORIFICS

#: A role set off after a name (‘, the member for Hamilton Mountain,’, ‘, a Democrat from Ohio,’).
RE_SET_OFF_ROLE_AFTER = LazyPattern(r", (?:\d{1,3}, )?(?:an?|the) [^,.;:“\"\n]{1,60},")

#: A participle phrase or an age set off after a name, as a role is, before the name's own verb
#: (‘Dutch hope Joris Bakker, chasing the qualifying time, pulled up. He was …’, ‘Ana Ruiz, aged 31,
#: won’): the name stays the sentence's subject (w65b). Never "including" (a list, ‘X, including
#: Y, said’ is no aside of X's own).
#:
#: >>> bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", chasing the qualifying time, pulled")), bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", aged 31, won"))
#: (True, True)
#: >>> bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", including two aides, said")), bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", who was chasing it,"))
#: (False, False)
RE_SET_OFF_PARTICIPLE_AFTER = LazyPattern(r", (?:aged \d{1,3}|(?!including\b)\p{Ll}{2,}ing\b[^,.;:“\"\n]{0,60}),")


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role before its first preposition, lower-cased: what "the …" may name
    ("a plaintiff in the lawsuit" is a plaintiff, never "the lawsuit").

    >>> _role_words("a plaintiff in the lawsuit"), _role_words("Germany’s defense minister")
    (('a', 'plaintiff'), ('germany’s', 'defense', 'minister'))
    >>> "former" in _role_words("a junior energy minister at the time")
    True
    """
    words = role.lower().split()
    spelled = " ".join(words)
    held_then = RE_HELD_AT_THE_TIME.search(spelled) is not None  # (an office held then is a former one: ‘X, a
    # junior minister at the time, says …. “…,” the former minister says’)
    # an office of several words is the acronym a later mention writes ("Director General of
    # Police X … the DGP wrote"; never a Senior Superintendent's for "the SP")
    acronyms = [a for a, (office, lesser) in ACRONYM_OFFICES.items()
                if (f" {spelled} ").find(f" {office} ") >= 0 and not (lesser and any(w in lesser for w in words))]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut] + acronyms
    # an abbreviated title is its office ("Sen." a senator, "Gov." a governor), and a chief
    # executive is the CEO
    words += [office for i, w in enumerate(words) if not (i and words[i - 1].rstrip(".") == "lt" and w.rstrip(".") == "gov")
              for office in TITLE_WORDS.get(w.rstrip("."), ())]  # ("Lt. Gov." is no governor; "Lt. Gen." a general)
    if "executive" in words and "chief" in words:
        words.append("ceo")
    if "chair" in words:  # a chair is "the chairman", "the chairwoman" (‘The committee’s chair, X, … “…,” the
        words += ["chairman", "chairwoman", "chairperson"]  # chairman said’); the sex is checked apart
    words += ["c" + words[i + 1][0] + "o" for i, w in enumerate(words[:-2]) if w == "chief" and words[i + 2] == "officer"
              and words[i + 1].isalpha() and words[i + 1] != "executive"]  # (the CFO, the COO, the CTO)
    if any(w in DIPLOMAT_NOUNS for w in words) or ("foreign" in words and ("minister" in words or "secretary" in words)) \
            or ("high" in words and "representative" in words):  # (the EU's High Representative)
        words.append("diplomat")  # an envoy or a foreign minister is "the diplomat", "the top diplomat"
    if "secretary" in words and "minister" not in words and any(w in OFFICE_DOMAINS for w in words) \
            and not any(w in SECRETARY_NON_MINISTER_WORDS for w in words):
        words.append("minister")  # a department's secretary is a minister (‘The culture secretary, X, …. “…,”
        # the minister said’)
    if ("prime" in words and "minister" in words) or (("president" in words or "chancellor" in words or "premier" in words)
                                                      and "vice" not in words and "deputy" not in words):
        words.append("leader")  # a head of government is "the Australian leader"
    if words and words[-1] == "justice":
        words.append("judge")  # a Justice is a judge (never a Justice Minister or a Justice Department spokesman)
    words += [other for w in words for other in ROLE_SYNONYMS.get(w, ())]  # (a captain is "the skipper")
    words += _plain_office_words(words)  # (a press secretary is "the spokesman", a president "the head of state")
    if any(w.rstrip(".") in LAWMAKER_TITLES for w in words) and not any(w in LESSER_OFFICES or w == "ex-mp" for w in words):
        words += ["lawmaker", "legislator"]  # a member of a legislature is "the lawmaker" (‘The MP for Aguata,
        # Hon. X, …’, ‘Sen. X … the lawmaker said’)
    words += [plain for plain in _body_office_words(spelled.replace(",", " ").split()) if plain not in words]
    if held_then and "former" not in words:
        words.append("former")
    return tuple(words)


def _other_brought_in(head: str) -> regex.Pattern:
    """One more of a kind brought in by an indefinite (‘a market expert’) or a sentence's set-off
    subject (‘Another specialist, who …’, ‘A second scientist, who …’)."""
    return regex.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + regex.escape(head) + r")\b"
                         r"|(?:^|[.!?] )(?:Another|A second|A third|One other) [\w\-]+(?: [\w\-]+)?,")


#: Offices of several words that the article writes later by their initials ("the DGP", "the SSP"),
#: each with the words before it that make it another office ("Senior Superintendent of Police" is no SP).
ACRONYM_OFFICES = {a: (office, frozenset(lesser.split())) for a, office, lesser in (
    ("dgp", "director general of police", "additional deputy"),
    ("igp", "inspector general of police", "additional deputy"),
    ("ssp", "senior superintendent of police", ""),
    ("sp", "superintendent of police", "senior additional deputy assistant"),
    ("dcp", "deputy commissioner of police", "additional"),
    ("acp", "assistant commissioner of police", "additional"),
)}

#: Seats in a legislature whose holder a later mention calls "the lawmaker" or "the legislator".
LAWMAKER_TITLES = frozenset("""senator congressman congresswoman mp mca mla mpp mhr assemblyman assemblywoman
assemblymember""".split())

#: Offices a sports page calls by another word (‘Captain Rohan Mehta … said the skipper’, ‘Rangers boss X
#: … the manager’).
ROLE_SYNONYMS = {"captain": ("skipper",), "skipper": ("captain",), "boss": ("manager",), "gaffer": ("manager",),
                 "manager": ("boss",)}


#: Offices a story writes again by a plainer word, with the words that make them so: a press
#: secretary speaks for someone (‘Presidential Press Secretary X told reporters …. “…,” the
#: spokesman said’); a head of state is "the head of state" (‘President of Ukraine X said in his
#: evening address. “…,” the head of state said’).
PLAIN_OFFICE_WORDS = (
    (("press", "secretary"), ("spokesman", "spokeswoman", "spokesperson")),
)

#: Offices a story writes again by a plainer word only when the office is held in full (never by a
#: deputy, an acting or a former holder, :data:`LESSER_OFFICES`): a prime minister is "the premier" and
#: "the PM" (‘Prime Minister X said …. “…,” the premier said’; a Deputy Prime Minister is neither).
#:
#: >>> dict(FULL_OFFICE_PLAIN_WORDS)[("prime", "minister")]
#: ('premier', 'pm')
FULL_OFFICE_PLAIN_WORDS = (
    (("prime", "minister"), ("premier", "pm")),
)

#: Offices of a head of state, each the one word of its office (never a vice president's, a deputy's
#: or a former holder's).
HEAD_OF_STATE_OFFICES = frozenset("president king queen monarch emir sultan".split())


def _plain_office_words(words: list[str]) -> list[str]:
    """The plainer words a role's words (lower-cased, as :func:`_role_words` cuts them) may be
    written again by (:data:`PLAIN_OFFICE_WORDS`, :data:`HEAD_OF_STATE_OFFICES`).

    >>> _plain_office_words(["presidential", "press", "secretary"])
    ['spokesman', 'spokeswoman', 'spokesperson']
    >>> _plain_office_words(["president", "leader"]), _plain_office_words(["vice", "president"])
    (['head', 'of', 'state'], [])
    >>> _plain_office_words(["prime", "minister"]), _plain_office_words(["deputy", "prime", "minister"])
    (['premier', 'pm'], [])
    """
    out = [plain for needed, plains in PLAIN_OFFICE_WORDS if all(w in words for w in needed) for plain in plains]
    if any(w in LESSER_OFFICES or w in TITLE_QUALIFIERS or w.startswith(("vice", "ex-")) for w in words):
        return out  # (an office not held in full: a deputy's, an acting or a former holder's)
    out += [plain for needed, plains in FULL_OFFICE_PLAIN_WORDS if all(w in words for w in needed)
            for plain in plains if plain not in words]
    if any(w in HEAD_OF_STATE_OFFICES for w in words):
        out += ["head", "of", "state"]
    return out


#: Capitalised words of an office that name no place ("House speaker", "White House press
#: secretary", "Supreme Court chief justice").
INSTITUTION_WORDS = frozenset("""
house senate white fed federal supreme court u.s. us uk u.k. un u.n. eu state national pentagon
""".split())


#: The offices abbreviated titles stand for (AP style: "Sen. Mark Dillard … the senator said").
TITLE_WORDS = {k: tuple(v.split()) for k, v in {
    "sen": "senator", "gov": "governor", "rep": "congressman congresswoman representative", "gen": "general",
    "adm": "admiral", "sgt": "sergeant", "cpl": "corporal", "lcpl": "corporal", "det": "detective", "rev": "pastor reverend", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "maj": "major", "cmdr": "commander", "supt": "superintendent",
    "insp": "inspector", "const": "constable", "cst": "constable", "amb": "ambassador", "atty": "attorney", "cllr": "councillor", "coun": "councillor", "cr": "councillor", "pres": "president",
    "dr": "doctor", "prof": "professor"}.items()}


#: Prepositions after which a role's words name something else ("a plaintiff in the lawsuit").
ROLE_PREPOSITIONS = frozenset("of for at in with from to on by".split())


def _abbreviation_before(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("Mr.", "C."), not a sentence."""
    w = dot
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    word = text[w:dot]
    return len(word) == 1 or is_abbreviation(word)


def _called(p: Person, gender: str | None) -> Person:
    """A named or described person a "he" or "she" was found to stand for is that sex from then
    on, where nothing told it before (a given name not in the lists, ‘One crofter’): a later "she"
    is someone else."""
    if gender is not None and p.gender is None and (p.kind == "name" or (p.kind == "description" and not p.plural)):
        p.gender = gender
    return p


def _other_office(role: str, head: str, words: list[str]) -> bool:
    """The role is an office of another domain than the description's, or a lesser one: "the prime
    minister" is no Finance Minister, "the health minister" no Junior Health Minister, "the president"
    no Vice President (but the Minister of Health is "the health minister", a Vice Admiral "the admiral").

    >>> _other_office("Finance Minister", "minister", ["prime"]), _other_office("Minister of Health", "minister", ["health"])
    (True, False)
    >>> _other_office("a junior energy minister at the time", "minister", ["former"])
    False
    """
    spelled = role.lower().replace("defence", "defense").replace("-", " ").split()
    return (any(w in OFFICE_DOMAINS for w in spelled)
            and any(w in OFFICE_DOMAINS and w.replace("defence", "defense") not in spelled for w in words)) \
        or (head in CIVIL_OFFICES and head in spelled and (any(w != "former" for w in words) or head not in LOOSE_OFFICES
                                                         or (words and "former" not in _role_words(role)))
            and any(w in ("junior", "deputy", "vice", "assistant", "shadow") and w not in words for w in spelled))
    # (a bare "the minister" or "the secretary" is any minister or secretary, a junior one too: ‘Junior
    # Foreign Minister Ali Omar Haji arrived …. “…,” the minister said’, and so is "the former minister"
    # of a past one; but "the president" is never a vice's)


#: Offices a bare description ("the minister") names loosely, a deputy's or a junior's as well.
LOOSE_OFFICES = frozenset("minister secretary".split())


def _party_only(words: list[str]) -> bool:
    """Description words that are a party's alone, which a title written before the name does not
    contradict ("the Labour councillor" of "Cllr X").

    >>> _party_only(["labour"]), _party_only(["florida"]), _party_only(["labour", "former"])
    (True, False, False)
    """
    return all(w in PARTY_WORDS for w in words)


def _holds(role: str, head: str, words: list[str], places: list[str] = ()) -> bool:
    """A role that the description's head names; a bare abbreviated title ("Sen.") only a bare
    description ("the senator"), never one it cannot check ("the Florida senator"); and never
    one of another place ("the California congressman" is not "Florida Rep." X)."""
    held = _role_words(role)
    if head not in held and "counterpart" in held and head in COUNTERPART_OFFICES \
            and any(w in DEMONYMS and w in held for w in words) \
            and all((w in DEMONYMS and w in held) or w in COUNTERPART_QUALIFIERS or w in COMPASS_WORDS for w in words):
        held += (head,)  # "his Malaysian counterpart, X" is "the Malaysian minister" (by the nation only)
    if head not in held or (words and _bare_honorific(role) and not _party_only(words)) or _other_nation(words, held):
        return False  # (a party is no place the title hides: ‘Cr X … the Liberal councillor said’ as
        # for ‘Councillor X’)
    if _other_office(role, head, words):
        return False
    if ("former" in words) != ("former" in held) and not any(w.startswith("ex-") for w in role.lower().split()):
        return False  # (a past holder is never one who holds it now: "the former vice-chancellor" is not
        # "Capricornia vice-chancellor Graham Ashcroft"; nor the other way round: "the governor" is not
        # "Former Gov. Larry Hogan")
    if head == "leader" and "leader" not in role.lower() and not any(w in DEMONYMS and w in held for w in words):
        return False  # a head of government is "the Australian leader" by the nation only (never "the Russian
        # leader" for the president of a sports body)
    # a place of the role's own that is not the description's ("Vermont senator" for "the Florida
    # senator"), or an abbreviated title that cannot show one
    own = [w.lower() for w in role.split() if w[:1].isupper() and w.rstrip(".").lower() not in TITLE_WORDS
           and w.lower() not in INSTITUTION_WORDS and w.lower() not in PARTY_WORDS]
    abbreviated = any(w.rstrip(".") in TITLE_WORDS for w in role.lower().split())
    return not places or all(w in held for w in places) or not (own or abbreviated)


#: The domains that tell one minister or secretary from another ("the prime minister", "the health secretary").
OFFICE_DOMAINS = frozenset("""prime finance health foreign defence defense interior home justice education
transport trade energy environment agriculture labour labor treasury culture tourism housing immigration""".split())

#: Words that make a department's secretary no minister of it: a shadow secretary sits in opposition, a
#: permanent or principal secretary is a civil servant, a press secretary speaks for one (w87a). Without
#: them a remit's secretary is a minister (UK usage, ‘The culture secretary, X, …. “…,” the minister said’).
#:
#: >>> "minister" in _role_words("The culture secretary"), "minister" in _role_words("the shadow health secretary")
#: (True, False)
#: >>> "minister" in _role_words("club secretary"), "minister" in _role_words("Permanent Secretary of Health")
#: (False, False)
SECRETARY_NON_MINISTER_WORDS = frozenset("""shadow permanent principal private parliamentary press general deputy
assistant under-secretary undersecretary""".split())

#: Civil offices a lesser one is never ("the president" is no Vice President; a Vice Admiral is an admiral).
CIVIL_OFFICES = frozenset("minister secretary president chancellor governor mayor premier chairman chair director leader".split())

#: Offices a "counterpart" holds as the one they meet does ("the Malaysian minister").
COUNTERPART_OFFICES = frozenset("minister president premier chancellor diplomat leader secretary".split())

#: Words of an office a counterpart's description may hold besides the nation ("the Indian foreign minister").
COUNTERPART_QUALIFIERS = frozenset("foreign prime defence defense finance trade interior".split())


def _other_nation(words, held) -> bool:
    """The description's nation is not the role's: "the Malaysian minister" is never the
    Turkish Foreign Minister (but "the Mexican president" may be President X)."""
    nations = {w for w in words if w in DEMONYMS}
    return bool(nations) and not nations & set(held) and any(w in DEMONYMS for w in held)


#: A capitalised word joined by a hyphen right before a spot ("Rosenthal-" of "Rosenthal-Kerr").
RE_CAPITAL_BEFORE_HYPHEN = LazyPattern(r"\p{Lu}[\p{L}\p{M}\p{Nd}]*-$")


def _inside_capitalised_compound(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is one part of a capitalised compound, a double-barrelled
    surname ("Kerr" of "Eva Rosenthal-Kerr", "Ocasio" of "Ocasio-Cortez"): no mention of a person
    whose surname is that part alone, just as the pass over whole capitalised words
    (:data:`RE_CAPWORD`) reads it; a lower-case prefix leaves the name whole ("anti-Kerr").

    >>> t = "Eva Rosenthal-Kerr met Tamsin Kerr; anti-Kerr, Kerr-Smith."
    >>> [_inside_capitalised_compound(t, i, i + 4) for i in (14, 30, 41, 47)]
    [True, False, False, True]
    """
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
        return True
    return start >= 2 and text[start - 1] == "-" \
        and RE_CAPITAL_BEFORE_HYPHEN.search(text, max(0, start - 40), start) is not None


def _title_noun(word: str) -> bool:
    """A lower-case word of a title before a name: a role noun, one joined to a prefix
    ("co-leader", "vice-chair"), or a noun of an agent ("practitioner", "organiser", "fisherman").

    >>> [_title_noun(w) for w in ("spokesman", "co-leader", "practitioner", "fisherman", "forward")]
    [True, True, True, True, True]
    >>> [_title_noun(w) for w in ("said", "order", "the", "beat", "human", "whenever")]
    [False, False, False, False, False, False]
    """
    if word in ROLE_NOUNS or word in DESCRIPTOR_TITLES or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return True
    return len(word) > 6 and word.isalpha() and word.islower() and word not in SPEECH_VERBS \
        and word not in FUNCTION_WORDS and word not in NOT_AGENT_NOUNS and (
            word.endswith(("man", "woman")) or (len(word) > 7 and word.endswith(("er", "or", "ist", "ian"))))


#: Words ending like nouns of agents that are none ("together", "whenever", "november").
NOT_AGENT_NOUNS = frozenset("""
together whenever wherever whatever however whoever november october december september consider
remember another whether neither rather further altogether moreover bachelor
""".split())

#: Honorifics that stand before a given name alone: "Sir Malcolm", "Sheikh Nawaf", "Datuk Seri Anwar",
#: the Fijian chiefs' "Ratu Meli" (of Ratu Meli Vatunitu), "Adi Litia" (of Adi Litia Naisara), and the
#: Aboriginal and Torres Strait Islander elder's "Aunty Margaret" (of Aunty Margaret Wilkes).
#:
#: >>> "aunty" in GIVEN_NAME_HONORIFICS, "mr" in GIVEN_NAME_HONORIFICS
#: (True, False)
GIVEN_NAME_HONORIFICS = frozenset("sir dame sheikh sheikha shaikh shaikha datuk dato tun ratu adi tā aunty auntie".split())

#: Religious styles before a given name ("Sister Bernadette"): that person only when the article
#: writes the style before their full name too ("Sister Bernadette Lavigne"), never "Mary Jones"
#: for "Sister Mary".
RELIGIOUS_STYLES = frozenset("sister brother father".split())

#: Words before an office that make it another's or a past one ("Deputy Mayor", "Former Governor").
LESSER_OFFICES = frozenset("deputy lieutenant lt vice former ex acting assistant shadow junior".split())

#: A title's initials after "the" ("the CS", "the DCE", "the PPRO").
RE_TITLE_LETTERS = LazyPattern(r"[A-Z]{2,5}")


def _title_initials(role: str) -> str:
    """The initials of a role's words in capitals up to its last, a title's noun ("Health Cabinet
    Secretary" → "HCS"; "" for a role that ends in no title in capitals: "the union's president").

    >>> _title_initials("Health Cabinet Secretary"), _title_initials("District Chief Executive"), _title_initials("Health CS")
    ('HCS', 'DCE', 'HCS')
    """
    words = [w for w in role.split() if w.lower() not in ("the", "of", "for", "and")]
    if not words or not words[-1][:1].isupper() or (words[-1].rstrip(".").lower() not in ROLE_NOUNS
                                                    and not (words[-1].isupper() and words[-1].lower() in OFFICE_LETTERS)):
        return ""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    return "".join(w if w.isupper() else w[0] for w in words[k:])  # (a title already in its letters is all of
    # them: "Health CS" → "HCS")


#: Words skipped in a title's initials ("Superintendent of Police" → SP, "officer-in-charge" → OC).
INITIALS_SKIPPED = frozenset("of for and the in".split())


def spells_letters(words: str, letters: str) -> bool:
    """The last words before a bracket spell the letters, one a title's noun: the letters stand
    for a person's office, never a body's (‘Federal Bureau of Investigation (FBI)’).

    >>> spells_letters("Senior Superintendent of Police ", "SSP"), spells_letters("officer-in-charge ", "OC")
    (True, True)
    >>> spells_letters("Bangladesh River Rights Forum ", "BRRF")
    False
    """
    parts = [w for w in regex.split(r"[ -]+", words.strip()) if w and w.lower() not in INITIALS_SKIPPED]
    if len(parts) < len(letters):
        return False
    parts = parts[len(parts) - len(letters):]
    return "".join(w[0].upper() for w in parts) == letters and any(w.lower() in ROLE_NOUNS for w in parts)


def _names_after_title(between: str) -> bool:
    """What stands between a title's letters and a name after it is a place or a rank set off,
    nothing of a clause: ‘’, ‘, Aliganj, Inspector’ (never ‘ on Monday told’).

    >>> _names_after_title(", Aliganj, Inspector "), _names_after_title(" on Monday said ")
    (True, False)
    """
    words = between.replace(",", " ").split()
    return "\n" not in between and all(w[:1].isupper() and w.isalpha() or w in ("of", "the") for w in words)


def _set_off_before_title(between: str) -> bool:
    """A name set off before its title by a comma, with nothing of a clause or sentence end
    between: ‘, officer-in-charge ’ (never ‘, who said the’ nor ‘. The’).

    >>> _set_off_before_title(", officer-in-charge "), _set_off_before_title(" said the ")
    (True, False)
    """
    if not between.startswith(",") or "\n" in between or ". " in between:
        return False
    return not any(w.lower() in SPEECH_VERBS or w.lower() in ("who", "that", "which") for w in between[1:].replace(",", " ").split())


def _title_words_start(spelt, letters: str) -> int:
    """Where the words that spell the letters start (never the words of a clause before them:
    ‘complained to the Station House Officer (SHO)’ starts at "Station")."""
    words = [w for w in regex.finditer(r"\p{L}+", spelt.group(1)) if w.group().lower() not in INITIALS_SKIPPED]
    if len(words) < len(letters):
        return spelt.start()
    at = spelt.start(1) + words[len(words) - len(letters)].start()
    text = spelt.string
    while at > spelt.start() and text[at - 1] == "-":  # (back to the start of a hyphened title: "officer-in-charge")
        at = regex.match(r"(?r)\p{L}+-", text, spelt.start(), at).start()
    return at


def _only_set_off_title(between: str) -> bool:
    """Between a name and its title set off after it, nothing but the title's own determiner, an
    owner or words in capitals (‘, ’, ‘, the district's ’; never ‘, a farmer, has met the ’)."""
    return all(w in ("the", "its", "their", "his", "her") or w.endswith(("'s", "’s")) or w[:1].isupper()
               for w in between[1:].replace(",", " ").split())


def _holds_office(role: str, office: str) -> bool:
    """The role is the office of two words in capitals, with nothing lesser or past before it
    (‘Senate President’, ‘Majority Leader’; never ‘Deputy Senate President’, ‘former Majority
    Leader’).

    >>> _holds_office("Senate President", "Senate President"), _holds_office("Deputy Majority Leader", "Majority Leader")
    (True, False)
    """
    words = role.split()
    pair = office.split()
    return any(words[i:i + 2] == pair and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i])
               for i in range(len(words) - 1))


def _capital_office(role: str, head: str) -> bool:
    """The role names the office ``head`` in capitals, or by its abbreviation, and no lesser or
    past one ("Mayor", "Gov."; never "Deputy Mayor", "Shadow Health Minister", "union president").

    >>> _capital_office("Gov.", "governor"), _capital_office("Shadow Health Minister", "minister")
    (True, False)
    """
    words = role.split()
    for i, w in enumerate(words):
        low = w.rstrip(".").lower()
        if w[:1].isupper() and (low == head or head in TITLE_WORDS.get(low, ())) \
                and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i]) \
                and not (i > 1 and words[i - 1].lower() == "the" and words[i - 2].lower() == "of"):
            # (never ‘Department of the Taoiseach’; but ‘the Duke of Avonford’)
            return True
    return False

#: Titles of the clergy and of offices written before a surname on a later mention, which names
#: the person named in full before ("Deacon Willie Freeman … Deacon Freeman said").
STYLE_TITLES = frozenset("""
deacon elder dean mother canon prebendary pastor bishop archbishop cardinal rabbi imam cantor reverend
archdeacon pandit chaplain vicar rector
""".split())

#: Honorifics that stand before a surname ("Mr Lam", "Madam Tan", "Dr Teo", a legislator's "Hon Okello").
SURNAME_HONORIFICS = frozenset("mr mrs ms miss madam mdm dr prof hon".split())


def _ranked_in_full(text: str, words: Sequence[str]) -> bool:
    """The rank and surname ``words`` ("Private", "Enright") also stand with a given name between
    them somewhere in ``text`` ("Private Thomas Enright", "Private Thomas “Tommy” Enright").

    >>> _ranked_in_full("Private Thomas Enright enlisted. Private Enright wrote", ["Private", "Enright"])
    True
    >>> _ranked_in_full("Private Eye said", ["Private", "Eye"])
    False
    """
    rank, surname = words
    at = text.find(rank + " ")
    while at >= 0:
        run = text[at + len(rank) + 1:at + len(rank) + 40].split()
        if run and run[0][:1].isupper() and run[0] != surname \
                and any(w.rstrip(".,;:’'s") == surname for w in run[1:3]):
            return True
        at = text.find(rank + " ", at + 1)
    return False

#: Styles of peers, which stay with a surname given alone ("Lord Fennimore", "Lady Hale").
PEER_STYLES = frozenset("lord lady baron baroness viscount viscountess earl countess".split())


def _other_letters_holder(text: str, at: int, letters: str, holder: "Person") -> bool:
    """(guard) The letters written as a title before the name of someone other than the one holder
    found, shortly before (‘Agriculture CS Mithika Linturi and Trade CS Moses Kuria met’, a given name
    the lists do not know leaving the first no holder): two holders, "the CS" stays as written."""
    last = holder.name.split()[-1]
    for m in regex.finditer(r"\b" + regex.escape(letters) + r" ((?:\p{Lu}[\p{L}\-’']+ ?){2,4})", text[max(0, at - 1500):at]):
        if not any(w.startswith(last) for w in m.group(1).split()):  # (‘CS Kindiki’s ministry’ is his)
            return True
    return False


def _past_office_place(text: str, at: int, run: str, rs: int, words: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The words of a name run past the one-word place or portfolio that ends an office before it
    ("Mayor of Haifa Yona Peretz" is Yona Peretz, never "Haifa Yona Peretz"), as :func:`split_title`
    reads the office and the run together, when the run opens right after "<Office> of " and a name
    of two words or more is left whose given name no list holds (one the lists know is split off
    already). A place of two words or more is left alone: where it ends is a guess ("Director
    General of Police Harkirat Singh Randhawa").

    >>> _past_office_place("Mayor of Haifa Yona Peretz said", 9, "Haifa Yona Peretz", 0, ("Haifa", "Yona", "Peretz"))
    (6, ('Yona', 'Peretz'))
    >>> _past_office_place("the port of Haifa Yona Peretz", 12, "Haifa Yona Peretz", 0, ("Haifa", "Yona", "Peretz"))
    (0, ('Haifa', 'Yona', 'Peretz'))
    """
    if rs or len(words) < 3:
        return rs, words
    if text.endswith(" for ", 0, at) or text.endswith(" of ", 0, at):
        portfolio = _portfolio_before_surname_first(text, at, words)
        if portfolio:
            return run.index(words[portfolio], rs + len(" ".join(words[:portfolio]))), words[portfolio:]
    if not text.endswith(" of ", 0, at):
        return rs, words
    if (n := _place_before_given(words) or _place_before_surname_first(words)) \
            and (m := RE_OFFICE_OF_BODY_OF.search(text, max(0, at - 90), at)) is not None \
            and m.group(1).lower() in ROLE_NOUNS:
        # the place that ends a body's name after an office "of" it, before a given name the lists know:
        # ‘Deputy Governor of the Central Bank of Kuwait Fahad Nasser Al Mutairi’ is Fahad Nasser Al Mutairi
        # (a remit's word is left to split_title, which finds the office before it: ‘… of Information Kanya Srisuk’);
        # or before a name written surname first: ‘President of the Republic of Korea Lee Jae-myung’ (w65f)
        return run.index(words[n], rs + len(" ".join(words[:n]))), words[n:]
    office = text[max(0, at - 28):at - 4].rsplit(None, 1)[-1:]
    if not office or not office[0][:1].isupper() or office[0].lower() not in ROLE_NOUNS:
        return rs, words
    title, name = split_title([office[0], "of", *words])
    if not title or len(name) != len(words) - 1 or len(name) < 2 or not title.endswith(" of " + words[0]) \
            or gender_of(name[0]) is not None:
        return rs, words  # (a given name the lists know is found in the run as it is: ‘Secretary of State Madeleine Albright’)
    cut = len(words) - len(name)
    return run.index(words[cut], rs + len(" ".join(words[:cut]))), tuple(name)


def _portfolio_before_surname_first(text: str, at: int, words: tuple[str, ...]) -> int:
    """How many words of the run at ``at`` are the portfolio that ends an office with "for" or "of"
    before a name written surname first (the run opens after the preposition, so the office's words
    are read with it as :func:`split_title` reads them): "Minister for Manpower Koh Boon Hwee",
    "Senior Minister of State for Transport Chee Hui Lin"; 0 when no office is there or the name is
    not written surname first ("Minister for Finance Paschal Donohoe" is left as it is).

    >>> t = "Minister of State for Transport Chee Hui Lin said"
    >>> _portfolio_before_surname_first(t, 22, ("Transport", "Chee", "Hui", "Lin"))
    1
    >>> _portfolio_before_surname_first("Minister for Finance Paschal Donohoe", 13, ("Finance", "Paschal", "Donohoe"))
    0
    """
    before = text[max(0, at - 40):at].split()[:-1][-3:]  # (up to three words of the office: "Minister of State")
    lead = next((i for i, w in enumerate(before) if w[:1].isupper() and w.lower() in ROLE_NOUNS), None)
    if lead is None:
        return 0
    title, name = split_title([*before[lead:], text[at - 4:at].split()[-1], *words])
    if not title or not 2 <= len(name) < len(words) or tuple(name) != words[len(words) - len(name):] \
            or not written_surname_first(name):
        return 0
    return len(words) - len(name)

#: An honorific right before a name (‘…, Mr Yusuf Ali’), its word in group 1.
RE_HONORIFIC_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}{1,7})\.? $")

#: A role told as held at the time the story looks back to (‘a junior energy minister at the time’,
#: ‘then a deputy governor’): an office held before, which "the former …" names.
#:
#: >>> bool(RE_HELD_AT_THE_TIME.search("a junior minister at the time")), bool(RE_HELD_AT_THE_TIME.search("a minister"))
#: (True, False)
RE_HELD_AT_THE_TIME = LazyPattern(r" at the time$|^then (?:an? |the )")


def _office_in_role(role: str, office: str) -> int:
    """Where ``office`` is written in ``role``, spelled out or abbreviated as a title (‘Ohio Gov.’ holds
    the office "governor"); -1 if nowhere.

    >>> _office_in_role("Ohio Gov.", "governor"), _office_in_role("the US president", "president")
    (5, 7)
    >>> _office_in_role("Prime Minister", "premier")  # (the plainer word, :data:`FULL_OFFICE_PLAIN_WORDS`)
    0
    """
    found = role.lower().find(office)
    if found >= 0:
        return found
    for needed, plains in FULL_OFFICE_PLAIN_WORDS:
        found = role.lower().find(" ".join(needed)) if office in plains else -1
        if found >= 0:
            return found
    at = 0
    for w in role.split(" "):
        if office in TITLE_WORDS.get(w.lower().rstrip("."), ()):
            return at
        at += len(w) + 1
    return -1
