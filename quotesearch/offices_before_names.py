"""Offices written before or around a name as the article's full names are collected: a
linked office, a post abroad, an office word or a seat before a given name, an office of state, a
capital's office, a remit before a particle, the place words before a name, an office in letters, a
domain's chief and the place, portfolio or past office before a surname written first.
"""

from __future__ import annotations

import functools
import itertools
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS, SEAT_OFFICES
from quotesearch.role_words import DOMAIN_CHIEF_OFFICES, OFFICE_WORDS, PLACE_OFFICES, ROLE_NOUNS
from quotesearch.names import _unlisted_given, heading_verbs_trimmed, split_title
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES, _word_like, gender_of, written_surname_first
from quotesearch.offices import DIPLOMAT_NOUNS


#: An office "of the" body whose own name ends "of" a place, up to that last "of" (‘Deputy Governor of the
#: Central Bank of ’ before ‘Kuwait Fahad Nasser Al Mutairi’): group 1 is the office's noun.
#:
#: >>> RE_OFFICE_OF_BODY_OF.search("Deputy Governor of the Central Bank of ").group(1)
#: 'Governor'
#: >>> RE_OFFICE_OF_BODY_OF.search("a tour of the Central Bank of ") is None
#: True
RE_OFFICE_OF_BODY_OF = LazyPattern(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?) of the (?:\p{Lu}[\p{L}’'\-]*\s+){1,5}of $")


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
