"""Names read from a cue: where a person's name starts and ends beside a cue, handles, nicknames,
name pairs, given names with a place or a date, and names set off after a description.
"""

from __future__ import annotations

import functools
from typing import Sequence

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.name_words import HONORIFICS, PATRONYMIC_ENDINGS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS
from quotesearch.role_words import (
    DESCRIPTION_NOUNS, GENDERED_NOUNS, KIN_NOUNS, NAMED_PERSON_NOUNS, ROLE_NOUNS, TURN_WORDS,
)
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.names import split_title
from quotesearch.name_parts import FUNCTION_WORDS, GIVEN_MONTH_SEX, PARTICLES, gender_of, written_surname_first
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import Mention, POSSESSIVES, RELATIVES, _agent_noun, _is_age, _role_plural


#: Prepositions after which a name belongs to the description before them ("a spokesman for X").
NAME_HOLDERS = wordset("to of at for from with close in")


def _nickname_end(toks: list[Token], o: int) -> int | None:
    """Where a name goes on after a nickname in marks opening at ``toks[o]`` (‘Sean “Dyche”
    Callaghan’: the index of "Callaghan"), else None."""
    if o >= len(toks) or toks[o].text not in ("“", '"', "‘", "'"):
        return None
    closer = ("’",) if toks[o].text == "‘" else ("'",) if toks[o].text == "'" else ("”", '"')  # (or single
    # marks: ‘Jordan ‘JT’ Taylor-Burns’, "Dean 'Dino' Maguire")
    c = next((c for c in range(o + 1, min(len(toks), o + 5)) if toks[c].text in closer), None)
    if c is None or c == o + 1 or c + 1 >= len(toks) or not is_name_token(toks[c + 1]) \
            or not (all(x.text[:1].isupper() for x in toks[o + 1:c])
                    or (c == o + 2 and toks[o + 1].text[:1].isalnum() and o > 0 and is_name_token(toks[o - 1]))):
        return None  # (a gamer's handle in lower case between the names: ‘Henrik “hnk” Aasen’)
    return c + 1


#: How many tokens a party's bracket after a name may hold, its marks with it: ‘(R-Ohio)’, ‘(Renew,
#: Portugal)’, ‘(Greens/EFA, Belgium)’.
BRACKET_ASIDE_TOKENS = 8


def _month_given_after_kin(kin: list[Token], seg: list[Token]) -> bool:
    """A month that is a given name (:data:`GIVEN_MONTH_SEX`), alone and set off right after one's kin
    (‘His wife, June, 76, said’, ‘Her daughter, April, said’): the kin's given name, never the month,
    and only of the kin word's sex (never ‘His son, May,’).

    >>> from quotesearch.tokens import tokenize
    >>> _month_given_after_kin(tokenize("His wife"), tokenize("June")), _month_given_after_kin(tokenize("in"), tokenize("June"))
    (True, False)
    """
    if len(seg) != 1 or seg[0].text not in GIVEN_MONTH_SEX or not 2 <= len(kin) <= 3:
        return False
    owner, noun = kin[0], kin[-1]
    if not (owner.word in ("his", "her") or is_possessive(owner)) or not noun.text.islower() or noun.word not in KIN_NOUNS:
        return False
    return GENDERED_NOUNS.get(noun.word) in (None, GIVEN_MONTH_SEX[seg[0].text])


#: Words after a comma that open a second clause of contrast, whose subject is the one set off after
#: them: ‘said Lena Fox, while Marcus Dole, a partner at Dole & Kerr, warned’ is Dole's (w50c).
#:
#: >>> "while" in CONTRAST_CLAUSE_OPENERS, "and" in CONTRAST_CLAUSE_OPENERS
#: (True, False)
CONTRAST_CLAUSE_OPENERS = wordset("while whereas whilst")


#: The most lower-case words of a short description between its determiner and the comma that sets off
#: the name after it (:func:`_described_then_named`).
DESCRIBED_THEN_NAMED_WORDS = 3


def _described_then_named(toks: list[Token], a: int, k: int) -> bool:
    """A short description opens at ``toks[a]`` with a possessive or an article, in lower case, and a
    comma sets off a name after it that opens with a given name, before ``k``: a clause's own subject
    described, then named (‘…, while his neighbour, Nandi Khumalo, 29, said:’), never the subject's own
    aside after "while" (‘Lena Fox, while head of Arden Capital, a hedge fund, warned’, ‘Ann Roe, while a
    student at Leeds, said’).

    >>> t = "while his neighbour, Nandi Khumalo, said"; toks = tokenize(t); _described_then_named(toks, 1, len(toks) - 1)
    True
    >>> t = "while a student at Leeds, said"; toks = tokenize(t); _described_then_named(toks, 1, len(toks) - 1)
    False
    >>> t = "while the head of Arden Capital, a hedge fund, warned"; toks = tokenize(t); _described_then_named(toks, 1, len(toks) - 1)
    False
    >>> t = "while his brother, Luis Reyes, stayed in Madrid, told"; toks = tokenize(t); _described_then_named(toks, 1, len(toks) - 1)
    False
    """
    if a >= k or toks[a].capitalized or (toks[a].word not in POSSESSIVES and toks[a].word not in ("a", "an", "the")):
        return False
    c = a + 1
    while c < k and c - a <= DESCRIBED_THEN_NAMED_WORDS and toks[c].text.isalpha() and toks[c].text.islower():
        c += 1
    if not (a + 1 < c < k - 1 and toks[c].text == "," and gender_of(toks[c + 1].text) is not None
            and is_name_token(toks[c + 1]) and is_name_token(toks[c + 2])):
        return False
    n = c + 1
    while n < k and is_name_token(toks[n]):
        n += 1
    # the one named speaks, never a clause of their own before the cue (‘Mark Dunne, while a teacher, Sarah
    # Byrne, 38, was in the room, told the court’, ‘…, while his brother, Luis Reyes, stayed in Madrid, told’ are
    # Dunne's and Reyes's): a lower-case word after the name, or opening an aside, other than an article, a
    # possessive or a relative, is that clause's verb
    return not any(toks[j].text.isalpha() and toks[j].text.islower() and toks[j].word not in ("a", "an", "the")
                   and toks[j].word not in POSSESSIVES and toks[j].word not in RELATIVES
                   for j in range(n, k) if j == n or toks[j - 1].text == ",")


#: Nouns of people and bodies (made once: the union was made on every call).
PERSON_OR_BODY_NOUNS = DESCRIPTION_NOUNS | ROLE_NOUNS


def _names_back(toks: list[Token], k: int, lo: int) -> int:
    """Where the names ending at ``toks[k]`` start, two joined by "and" one ("for West and
    Central Africa")."""
    b = _name_run_back(toks, k)
    while b - 2 >= lo and toks[b - 1].word == "and" and is_name_token(toks[b - 2]):
        b = _name_run_back(toks, b - 2)
    return b


def _names_back_past_owner(toks: list[Token], k: int, lo: int) -> int:
    """Where the names ending at ``toks[k]`` start (:func:`_names_back`), past a body that owns them in
    capitals before them: ‘the Foreign Ministry's Europe Department’ starts at "Foreign", as an office's
    unit is written with its ministry (‘Director of the Foreign Ministry's Europe Department, X, told’) (w66e).

    >>> t = tokenize("Director of the Foreign Ministry's Europe Department")
    >>> t[_names_back_past_owner(t, len(t) - 1, 0)].text
    'Foreign'
    """
    b = _names_back(toks, k, lo)
    if b - 1 > lo and is_possessive(toks[b - 1]) and toks[b - 1].capitalized and is_name_token(toks[b - 1]):
        b = _names_back(toks, b - 1, lo)
    return b


def _day_given_name(inner: list[Token], c: int) -> bool:
    """A day's or a month's name given to a person, after an honorific and before a surname (‘Mr Sunday
    Okoro’, ‘Mrs Monday Eze’, ‘Ms April Doyle’), a name as any other there."""
    return 0 < c < len(inner) - 1 and inner[c - 1].word in HONORIFICS and inner[c].text.istitle() \
        and inner[c].text.isalpha() and is_name_token(inner[c + 1])

#: Nouns of people online before the name they post under (‘user mossy_keyboard’, ‘Redditor u/x’).
HANDLE_OWNERS = frozenset("user username redditor commenter poster".split())


def _handle_like(t: Token) -> bool:
    """A word that reads as an online handle: with a digit or an underscore (‘mossy_keyboard’,
    ‘lilPanda99’), never a function word."""
    w = t.text
    return w.replace("_", "").replace(".", "").isalnum() and not w.isdigit() and w.lower() not in FUNCTION_WORDS \
        and ("_" in w or any(c.isdigit() for c in w))  # (never a word: ‘user experience designer’, ‘A commenter online’)


def _handle_after(toks: list[Token], j: int, text: str) -> Mention | None:
    """The handle after a noun of a person online, with a platform's name before it if any:
    ‘user mossy_keyboard’, ‘Reddit user frag_archaeologist’, ‘X user @manc_ringside’."""
    n = len(toks)
    i = j + 1 if j + 1 < n and toks[j].capitalized and toks[j + 1].word in HANDLE_OWNERS else j
    if i + 1 >= n or toks[i].word not in HANDLE_OWNERS or toks[i].capitalized and i == j and toks[i].word != "redditor":
        return None
    h = i + 1 + (toks[i + 1].text == "@" and i + 2 < n)
    if not (_handle_like(toks[h]) or h > i + 1) or toks[h].word in HANDLE_OWNERS:  # (any word after "@")
        return None
    s_ = toks[i + 1].start
    return Mention(s_, toks[h].end, text[s_:toks[h].end] if text else toks[h].text, "name")


#: The words that set down the name one posts under, right before it: ‘a developer who goes by
#: mxrrow’, ‘posting under the name saltybarnacle’, ‘identified only by their handle, kilobyte_kay’,
#: ‘known online as tidewalker’, ‘a user named frogfan’ (never ‘as time goes by’: a name must follow).
RE_HANDLE_INTRO = LazyPattern(
    r"(?:\b(?:goes|go|went|going)\s+by|\bunder\s+the\s+(?:name|handle|username|alias|screen\s+name)"
    r"|\b(?:(?:their|his|her|its|my|your|our|whose|the|a|an|online|same|new|\p{Lu}[\p{L}\-]*)\s+handle|username|gamertag|screen\s+name),?"
    r"|\bknown\s+online\s+as|\b(?:posts|posting|streams|streaming)\s+as"
    r"|\b(?:user|account|poster|commenter|player|streamer)\s+named)\s+[“\"‘']?$")
# (guard: "handle" the verb is no handle's noun: ‘could not handle demand’; a plain "known as" gives a term more often
# than a handle: ‘a lifestyle known as vanlife’, ‘known as hawkers’, so it counts only for a word shaped as a handle)

#: "known as" without "online": a handle only when the word is shaped as one (‘known as zer0day’, ‘known as dunmore_lass’).
RE_KNOWN_AS_INTRO = LazyPattern(r"\bknown\s+as\s+[“\"‘']?$")

#: Words after "went by", "go by" that say how one travels or how time passes, never a handle (‘they went by bus’,
#: ‘who go by bicycle’, ‘weeks went by unnoticed’).
MEANS_AFTER_GO_BY = frozenset("""bus buses car cars train trains boat boats foot bicycle bicycles bike bikes plane planes air sea
road rail taxi taxis ferry ferries coach tram metro subway helicopter canoe horse horseback donkey camel motorbike motorcycle
van lorry truck ship land water underground tube minibus matatu scooter moped unnoticed unchallenged unremarked numbers""".split())

#: The "by" that ends an introduction of a handle (‘goes by ’, ‘went by “’), whose word may be a means instead.
RE_BY_AT_END = LazyPattern(r"\bby\s+[“\"‘']?$")


def introduced_handle(t: Token, text: str) -> bool:
    """``t`` is a word in lower case (or stylised: ‘mxrrow’, ‘kilobyte_kay’) that the text sets down,
    at ``t`` or before it, as the handle someone goes by, so that it names that person where it stands
    as a subject: ‘a developer who goes by mxrrow … “…,” mxrrow told us’. Never a word the text
    has not introduced so (‘“…,” one official said’), nor a function word or a pronoun.

    >>> t = "a student who goes by pixelwren. Then pixelwren said"
    >>> introduced_handle(tokenize(t)[-2], t), introduced_handle(tokenize(t)[2], t)
    (True, False)
    """
    w = t.text
    if not text or len(w) < 3 or not w[:1].islower() or w in FUNCTION_WORDS or w in PRONOUNS \
            or not w.replace("_", "").replace(".", "").isalnum() or w.isdigit():
        return False
    handle_shaped = any(c.isdigit() or c in "_." for c in w)
    p = text.find(w, max(0, t.start - 20_000), t.end)
    while p >= 0:
        if (p == 0 or not text[p - 1].isalnum()) and not text[p + len(w):p + len(w) + 1].isalnum() \
                and ((intro := RE_HANDLE_INTRO.search(text, max(0, p - 40), p)) is not None
                     or (handle_shaped and RE_KNOWN_AS_INTRO.search(text, max(0, p - 40), p) is not None)):
            if intro is None or RE_BY_AT_END.search(intro.group(0)) is None \
                    or (w.lower() not in MEANS_AFTER_GO_BY and not w.endswith("ly")):
                return True  # (never ‘they went by bus’, ‘as weeks went by quickly’)
        p = text.find(w, p + 1, t.end)
    return False


def _bare_handle(toks: list[Token], j: int, text: str) -> Mention | None:
    """An account's handle written whole, its sign attached: ‘@oventhusiast’, ‘u/kestrel_moon’."""
    n = len(toks)
    if j + 1 < n and toks[j].text == "@" and toks[j + 1].start == toks[j].end and toks[j + 1].text[:1].isalnum():
        e = j + 1
    elif j + 2 < n and toks[j].text == "u" and toks[j + 1].text == "/" and toks[j].end == toks[j + 1].start \
            and toks[j + 2].start == toks[j + 1].end and toks[j + 2].text[:1].isalnum():
        e = j + 2
    else:
        return None
    s_, e_ = toks[j].start, toks[e].end
    return Mention(s_, e_, text[s_:e_] if text else "".join(x.text for x in toks[j:e + 1]), "name")


#: One described and then given a surname alone, the way Chinese and Hong Kong papers name a
#: person in the street, up to the surname: ‘a retiree surnamed ’, ‘An official from the bureau surnamed ’.
RE_SURNAMED_BEFORE = LazyPattern(r"(?<![\p{L}\p{Nd}\-’'])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he) (?:[\p{L}\p{Nd}\-’']+ ){1,6}?surnamed $")


def _surnamed_description(m: Mention, text: str) -> Mention | None:
    """A surname given after a description is the description's, whole, as written: ‘said a retiree
    surnamed Chow’ is "a retiree surnamed Chow" (an anonymous speaker, never "Chow", whom no other
    mention of the article could be told from). The description must hold a person's noun.

    >>> t = "“It's too dear,” said a retiree surnamed Chow."
    >>> _surnamed_description(Mention(41, 45, "Chow", "name"), t).text
    'a retiree surnamed Chow'
    """
    if m.kind != "name" or " " in m.text or not text.startswith("surnamed ", max(0, m.start - 9)):
        return None
    d = RE_SURNAMED_BEFORE.search(text, max(0, m.start - 80), m.start)
    if d is None or not any(w.lower() in DESCRIPTION_NOUNS for w in d.group().split()[1:-1]):
        return None
    return Mention(d.start(), m.end, text[d.start():m.end], "description")


def _surname_he(m: Mention, text: str) -> Mention | None:
    """A name read back from the cue whose surname is the Chinese "He", taken for the pronoun that
    opens the sentence: ‘He Jun said’, ‘He Lifeng, a senior analyst, told the paper’ are He Jun and He
    Lifeng, never "Jun" (a pronoun never stands right before a one-word name as its subject).

    >>> _surname_he(Mention(3, 6, "Jun", "name"), "He Jun said").text
    'He Jun'
    """
    if m.kind != "name" or " " in m.text or m.start < 3 or text[m.start - 3:m.start] != "He " \
            or not m.text[:1].isupper() or m.text.lower() in FUNCTION_WORDS or m.text.lower() in ROLE_NOUNS \
            or (m.start > 3 and text[m.start - 4] not in " \n\t“\"‘(—"):
        return None
    return Mention(m.start - 3, m.end, text[m.start - 3:m.end], "name", m.role)


def _name_start_in_run(words: Sequence[str]) -> int | None:
    """Where a person's full name starts at the end of a run of capitalised words: at a given name
    the lists know, or at the word before a patronymic (‘Security Vladislav Olegovich Tyurin’: 1), with
    two to four words of the name.

    >>> _name_start_in_run("Defense and Security Arseny Lvovich Granin".split())
    3
    >>> _name_start_in_run("Foreign Relations Jeanne Shaheen".split()), _name_start_in_run("Defense Policy".split())
    (2, None)
    """
    for p in range(1, len(words) - 1):
        if not 2 <= len(words) - p <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[p:]):
            continue
        if gender_of(words[p]) is not None or words[p + 1].lower().endswith(PATRONYMIC_ENDINGS) \
                or written_surname_first(words[p:]):  # (‘… on Manpower Koh Boon Hwee’)
            return p
    return None


def _day_date_bracket(toks: list[Token], c: int, lo: int) -> int | None:
    """Where the date in brackets after a weekday opens, the bracket closing at ``toks[c]``: the
    religious and wire services' ‘on Thursday (June 14)’, ‘on Monday (Jan. 8)’; else None.

    >>> t = tokenize("Bishops from four states on Thursday (June 14) issued"); _day_date_bracket(t, 9, 0)
    6
    """
    o = c - 3 if toks[c].text == ")" else None
    if o is None or o - 1 < lo or toks[o].text != "(" or not toks[c - 1].text.isdigit():
        return None
    month = toks[o + 1].text.rstrip(".")
    if not any(name.startswith(month) for name in MONTH_NAMES) or len(month) < 3 or toks[o - 1].text not in WEEKDAY_NAMES:
        return None
    return o


def _given_name_from_place(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The given name set off after someone unnamed, with where they are from, its comma at ``toks[k]``:
    the way a phone-in or a reader's letter names who speaks (‘Another caller, Siobhan in Tralee,’,
    ‘The first caller, Dev from Leith,’, ‘One listener, Ama from Tema,’). The one described
    opens the sentence, with "a", "an", "another", "one", or "the" and a word of turn ("the next
    caller"), and its head is a person's noun; never a full name (‘A lawyer, Ann Roe of Leeds,’ is
    read by the rules for names).

    >>> t = "The first caller, Siobhan in Tralee, said"
    >>> toks = tokenize(t); m = _given_name_from_place(toks, len(toks) - 2, 0, t); (m.text, m.role)
    ('Siobhan', 'The first caller')
    """
    p = k - 1
    while p > lo and k - p <= 3 and is_name_token(toks[p]):
        p -= 1  # (the place, a word or two: ‘in Tralee’, ‘from New Ross’)
    if p < lo or k - p < 2 or (toks[p].word == "the" and (p := p - 1) < lo) or toks[p].word not in ("from", "in") \
            or toks[p].capitalized:
        return None
    g = p - 1
    if g - 2 < lo or toks[g - 1].text != "," or not toks[g].capitalized or gender_of(toks[g].text) is None \
            or (is_name_token(toks[g - 2]) and toks[g - 2].capitalized and toks[g - 2].word not in DESCRIPTION_NOUNS):
        return None
    d = g - 2  # the head of the one described
    a = d
    while a > lo and d - a < 5 and toks[a - 1].text.isalpha() and (toks[a - 1].text.islower() or a - 1 == lo):
        a -= 1
    opener = toks[a].word
    if (a != lo and toks[a - 1].text not in ".,;:—–") or toks[d].word not in DESCRIPTION_NOUNS or toks[d].word in THING_NOUNS \
            or (toks[d].word.endswith("s") and toks[d].word not in ROLE_NOUNS):  # (one person: never ‘Two callers’)
        return None
    if not (opener in ("a", "an", "another", "one") or (opener == "the" and d > a and toks[a + 1].word in TURN_WORDS)):
        return None
    return Mention(toks[g].start, toks[g].end, toks[g].text, "name", text[toks[a].start:toks[d].end])


def _full_person_name(m: Mention | None) -> bool:
    """``m`` names a person in full: two words or more, opening with a known given name or after a title
    (‘Gareth Lloyd’, ‘Deputy Chief Gareth Lloyd’, ‘Station Manager Aled Pugh’; never ‘Spencer’, ‘the
    Bank’, ‘National Institute’).

    >>> _full_person_name(Mention(0, 26, "Deputy Chief Gareth Lloyd", "name")), _full_person_name(Mention(0, 7, "Spencer", "name"))
    (True, False)
    >>> _full_person_name(Mention(0, 25, "Station Manager Aled Pugh", "name")), _full_person_name(Mention(0, 18, "National Institute", "name"))
    (True, False)
    """
    if m is None or m.kind != "name":
        return False
    title, name = split_title(m.text.split())
    return len(name) >= 2 and (gender_of(name[0]) is not None or (title is not None and all(w[:1].isupper() for w in name)))


def _named_after_trade(toks: list[Token], m: Mention, lo: int) -> bool:
    """``m`` is two capitalised words or three, with no title, right after a lower-case trade or role
    that only a person has: ‘auctioneer Dafydd Rees’, ‘grazier Tāne Hōhepa’, ‘the farmer Ngozi Eze’
    (a given name the lists may not know; never a body's: ‘the company Pugh Sons’).

    >>> toks = tokenize("auctioneer Dafydd Rees of")
    >>> _named_after_trade(toks, Mention(11, 22, "Dafydd Rees", "name"), 0)
    True
    >>> toks = tokenize("the firm Dafydd Rees of")
    >>> _named_after_trade(toks, Mention(9, 20, "Dafydd Rees", "name"), 0)
    False
    """
    if m.kind != "name":
        return False
    title, name = split_title(m.text.split())
    if title or not 2 <= len(name) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in name):
        return False
    b = next((b for b in range(len(toks) - 1, lo - 1, -1) if toks[b].end <= m.start), None)
    if b is None or not toks[b].text.islower() or toks[b].word in THING_NOUNS:
        return False
    return toks[b].word in ROLE_NOUNS or _agent_noun(toks[b])
STYLE_LEADS = frozenset("right very most".split())


#: Kin in the plural before two names set off (‘Ethan's parents, Mark and Joanne Fielding,’): the names
#: are the speakers, the kin word only says how they stand to someone, as "her daughter, Lily Roe" is
#: Lily Roe; never people by their trade (‘the firm's managing partners, Elliot Varga and Simone Achebe’,
#: kept whole) (w112a).
#:
#: >>> "parents" in KIN_PAIR_NOUNS, "grandparents" in KIN_PAIR_NOUNS, "partners" in KIN_PAIR_NOUNS
#: (True, True, False)
KIN_PAIR_NOUNS = wordset("parents grandparents sons daughters brothers sisters siblings children")


def _name_pair_set_off(toks: list[Token], k: int, inner: list[Token]) -> bool:
    """``inner`` is an aside of two names joined by "and" ("Elliot Varga and Simone Achebe"), set
    off after people in the plural that end at ``toks[k]`` ("the managing partners").

    >>> t = tokenize("the managing partners, Elliot Varga and Simone Achebe,"); _name_pair_set_off(t, 2, t[4:9])
    True
    >>> t = tokenize("the managing partner, Elliot Varga and Simone Achebe,"); _name_pair_set_off(t, 2, t[4:9])
    False
    """
    many = toks[k].word
    if not toks[k].text.islower() or not (_role_plural(many) or (many in DESCRIPTION_NOUNS and many.endswith("s"))):
        return False
    a = next((a for a, x in enumerate(inner) if x.word == "and"), None)
    if a is None or not 0 < a < len(inner) - 1 or len(inner) > 9:
        return False
    return all((is_name_token(x) or x.word in HONORIFICS) and not is_possessive(x) for c, x in enumerate(inner) if c != a)


def _name_pair_before(toks: list[Token], i: int, lo: int) -> int | None:
    """Where a name joined by "and" to the name at ``toks[i]`` starts ("Kemal Aydin and Selin Kaya"),
    if one is."""
    if i - 2 < lo or toks[i - 1].word != "and" or not is_name_token(toks[i - 2]) or is_possessive(toks[i - 2]):
        return None
    start = _name_run_back(toks, i - 2)
    if start - 1 >= lo and (toks[start - 1].word in NAME_HOLDERS or is_possessive(toks[start - 1])):
        return None  # ("a spokesman for Aydin and Kaya": the spokesman's)
    return start


#: Most capitalised words of the people a cause's body is named for (‘Concerned Citizens for …’).
CAUSE_PEOPLE_WORDS = 2


#: A day of the month after a month written short (‘Jan. 1’, ‘Sept. 30th’), from the month's end.
#:
#: >>> bool(RE_DAY_AFTER_MONTH.match(" 1.")), bool(RE_DAY_AFTER_MONTH.match(" 30th,")), bool(RE_DAY_AFTER_MONTH.match(" 2024 Smith"))
#: (True, True, False)
RE_DAY_AFTER_MONTH = LazyPattern(r"\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\d)")


def month_before_day(text: str, m: Mention) -> bool:
    """The mention ``m`` is only a month written short with a day after it (‘Jan. 1’, ‘Sept. 14’):
    a date, never a person's name.

    >>> t = "It takes effect Jan. 1 and ends Dec. 31."
    >>> month_before_day(t, Mention(16, 20, "Jan.", "name")), month_before_day(t, Mention(32, 36, "Dec.", "name"))
    (True, True)
    >>> month_before_day("Jan Kowalski said", Mention(0, 12, "Jan Kowalski", "name"))
    False
    """
    return m.kind == "name" and m.text in MONTH_ABBREVIATIONS and RE_DAY_AFTER_MONTH.match(text, m.end) is not None


#: The lower-case noun that ends a described speaker after a name, read forward: ‘ scout.’, ‘ groundsman
#: who’, ‘ talent evaluator,’ (one or two words, then the phrase's end or a clause).
#:
#: >>> RE_NOUN_AFTER_NAME.match(" scout who was not", 0).group(1), RE_NOUN_AFTER_NAME.match(" coach Ray Hale", 0) is None
#: ('scout', True)
RE_NOUN_AFTER_NAME = LazyPattern(r" (\p{Ll}[\p{Ll}\-]+(?: \p{Ll}[\p{Ll}\-]+)?)(?=[.,;:]|\s+(?:who|which|that|with|familiar)\b|\s*$)")


#: "familiar with" and its object after a name that calls someone by party or side (‘ familiar with
#: the discussion’), to the phrase's end.
RE_FAMILIAR_AFTER_NAME = LazyPattern(r" familiar with (?:the |their |his |her |its )?[\p{Ll}\-]+(?: [\p{Ll}\-]+){0,3}(?=[,.;:])")


def _named_kind_of_one(m: Mention, toks: list[Token], j: int, text: str) -> Mention | None:
    """One described by a body's or a league's name and a noun after "a", "an" or "one", when the
    mention read forward stopped at the name: ‘said an American League scout who was not authorized
    to speak’ is the scout as written, never "American League" (nor ‘a Premier League groundsman’).

    >>> t = "said an American League scout."
    >>> toks = tokenize(t); _named_kind_of_one(Mention(8, 23, "American League", "name"), toks, 1, t).text
    'an American League scout'
    """
    if m.kind not in ("name", "organisation") or toks[j].word not in ("a", "an", "one") or j + 1 >= len(toks) \
            or toks[j + 1].start != m.start:
        return None
    familiar = RE_FAMILIAR_AFTER_NAME.match(text, m.end)
    if familiar is not None:  # (‘said one Democrat familiar with the discussion’, as written)
        return Mention(toks[j].start, familiar.end(), text[toks[j].start:familiar.end()], "description", m.role)
    noun = RE_NOUN_AFTER_NAME.match(text, m.end)
    if noun is None or any(w in FUNCTION_WORDS or w in SPEECH_VERBS or w in AUXILIARIES or w.endswith(("ed", "ly", "ing"))
                           for w in noun.group(1).split()):
        return None  # (never a verb after the name: ‘said a Gallup poll released Monday’ is no person either)
    return Mention(toks[j].start, noun.end(1), text[toks[j].start:noun.end(1)], "description", m.role)


def _object_named_after_verbs(toks: list[Token], v: int) -> bool:
    """The first name after the verb at ``toks[v]`` (a few words of lower case on) comes right after
    another verb, as its object: ‘[It] closed by inviting Otieno’, ‘[It] ended urging Ms Obi’ (never a name
    after a preposition, ‘[It] starts with Mr. Lee's proposition’, whose owner may speak)."""
    for k in range(v + 1, min(len(toks), v + 5)):
        if is_name_token(toks[k]) or (toks[k].word in HONORIFICS and toks[k].capitalized):
            prev = toks[k - 1]
            return prev.text.isalpha() and prev.text.islower() and prev.word not in FUNCTION_WORDS \
                and prev.word.endswith(("ing", "ed"))
        if not (toks[k].text.isalpha() and toks[k].text.islower()):
            return False
    return False


def _one_named_after_partitive(toks: list[Token], j: int, k: int, text: str) -> Mention | None:
    """The one of a group named after a comma, the group's words its role (‘said one of the two men
    charged in the case, Derek Hale.’); None when no name closes the phrase."""
    n = len(toks)
    c = next((c for c in range(k + 1, min(n, k + 8)) if toks[c].text == ","), None)
    if c is not None and c + 1 < n and is_name_token(toks[c + 1]):
        e = _name_run_end(toks, c + 1)
        if e > c + 1 and (e + 1 >= n or toks[e + 1].text in ".,;"):
            # ‘said one of the two men charged in the case, Derek Hale.’: the one named
            return Mention(toks[c + 1].start, toks[e].end, text[toks[c + 1].start:toks[e].end] if text
                           else " ".join(x.text for x in toks[c + 1:e + 1]), "name",
                           text[toks[j].start:toks[c - 1].end] if text else None)
    return None


#: Nouns of places and institutions: a name after them is theirs ("the mayor of the coastal city,
#: Virginia Beach"), as a name ending in one is a place's ("Beverly Hills", "Mary Washington Hospital").
PLACE_NOUNS = wordset("""
city town county state country village island district region province capital school college university
hospital beach hills heights high center centre park street avenue
""")


#: Words that open a region's name ("North Kivu", "Eastern Ukraine", "West Maui").
REGION_WORDS = frozenset("north south east west northern southern eastern western central upper lower greater new".split())

#: Nouns that end a region's or a branch's name ("Gaza Strip", "Tokyo Branch", "Rakhine State").
REGION_NOUNS = frozenset("strip bank branch state province region territory coast valley island islands county district "
                          "plant campus office headquarters factory works".split())


def _trade_then_given(toks: list[Token], f: int) -> bool:
    """A trade in lower case, a qualifier before it if any, then a given name the lists know, from
    ``toks[f]`` (‘retired teacher Carol Pym’, ‘nurse Ann Lee’)."""
    if f + 1 < len(toks) and toks[f].word in APPOSITIVE_QUALIFIERS and toks[f].text.islower():
        f += 1
    if f + 1 < len(toks) and _is_age(toks[f].word):
        return is_name_token(toks[f + 1]) and f + 2 < len(toks) and is_name_token(toks[f + 2])  # (‘43-year-old Shirin Haddad’)
    return f + 1 < len(toks) and toks[f].text.islower() and (toks[f].word in ROLE_NOUNS or _agent_noun(toks[f])) \
        and gender_of(toks[f + 1].text) is not None  # (and a trade no list holds: ‘glaciologist Ana Lucero-Vance’)


def _ampersand_in_name(inner: list[Token], c: int) -> bool:
    """An "&" between two capitalised words of a name set off (‘Her publisher, Faber & Faber,’, ‘The
    retailer, Marks & Spencer,’): part of one firm's name, never a list's "and" of two people (‘Her
    parents, John & Mary Kelly,’: a given name before it)."""
    return inner[c].text == "&" and 0 < c < len(inner) - 1 \
        and is_name_token(inner[c - 1]) and is_name_token(inner[c + 1]) and gender_of(inner[c - 1].text) is None \
        and not (c + 2 < len(inner) and gender_of(inner[c + 1].text) is not None and is_name_token(inner[c + 2]))


def _ampersand_firm_end(toks: list[Token], i: int, k: int) -> bool:
    """The words ``toks[i..k]`` after an "&" (at ``toks[i - 1]``) end a firm's name though a given name is
    among them: the word before the "&" is no given name, and a firm's or a body's word ends the name
    (‘Kernow & Tamar Water’) or one word follows alone (‘Marks & Spencer’). Never two people (‘John &
    Mary Kelly’, ‘Tom & Jerry’: a given name before the "&") (w112a).

    >>> t = tokenize("Kernow & Tamar Water said"); _ampersand_firm_end(t, 2, 3)
    True
    >>> t = tokenize("Marks & Spencer said"); _ampersand_firm_end(t, 2, 2)
    True
    >>> t = tokenize("John & Mary Kelly said"); _ampersand_firm_end(t, 2, 3)
    False
    >>> t = tokenize("Hale & Mary Kelly said"); _ampersand_firm_end(t, 2, 3)
    False
    """
    if i < 2 or gender_of(toks[i - 2].text) is not None or not toks[i - 2].text[:1].isupper():
        return False
    return i == k or (toks[k].capitalized and (toks[k].word in BUSINESS_WORDS or toks[k].word in ORG_WORDS))


#: Lower-case words that may open a name's title in an appositive ("his niece, state Del. X"), among them
#: where the holder stands in the office's term (‘Her opponent, incumbent Sen. X,’, ‘his successor,
#: outgoing Mayor X,’) (w59b).
#:
#: >>> "incumbent" in APPOSITIVE_QUALIFIERS, "outgoing" in APPOSITIVE_QUALIFIERS, "opponent" in APPOSITIVE_QUALIFIERS
#: (True, True, False)
APPOSITIVE_QUALIFIERS = wordset("state former then acting interim retired incumbent outgoing")


def _named_person_lead(toks: list[Token], f: int) -> int:
    """How many tokens from ``toks[f]`` an indefinite person's noun with "named" or "called" takes
    before the name it gives (‘a woman named’, ‘a young man called’), else 0.

    >>> t = tokenize("the waitress, a woman named Dot Pruitt, said")
    >>> _named_person_lead(t, 3), _named_person_lead(tokenize("a firm called Acme"), 0)
    (3, 0)
    """
    n = len(toks)
    if f >= n or toks[f].text not in ("a", "an"):
        return 0
    g = f + 1
    if g + 1 < n and toks[g].text.isalpha() and toks[g].text.islower() and toks[g].word not in NAMED_PERSON_NOUNS \
            and toks[g + 1].word in NAMED_PERSON_NOUNS:
        g += 1  # (an adjective before it: ‘a young woman named’)
    if g + 2 < n and toks[g].text.islower() and toks[g].word in NAMED_PERSON_NOUNS \
            and toks[g + 1].text in ("named", "called") and is_name_token(toks[g + 2]):
        return g + 2 - f
    return 0


def _particle_surname_end(toks: list[Token], f: int, e: int) -> int:
    """The end of a name ``toks[f:e + 1]`` that goes on past a surname's particles in lower case
    (‘said the Delft stroke, Bram de Groot,’, ‘its captain, Pieter van der Berg.’): one word of
    the name, a given name, before the particles, and no possessive; else ``e``."""
    n = len(toks)
    g = e + 1
    while g < n and toks[g].text in PARTICLES and toks[g].text.islower():
        g += 1
    if g == e + 1 or g - e > 3 or g >= n or not is_name_token(toks[g]) or is_possessive(toks[e]) \
            or gender_of(toks[f].text) is None:
        return e
    return _name_run_end(toks, g)


def _name_run_end(toks: list[Token], i: int) -> int:
    """Index of the last token of the capitalised run starting at ``toks[i]`` (a possessive ends it)."""
    e = i
    while e + 1 < len(toks) and is_name_token(toks[e + 1]) and not is_possessive(toks[e]):
        e += 1
    return e


#: After a month that is a given name (:data:`GIVEN_MONTH_SEX`) alone after a cue: the end of the
#: sentence, or a comma and an age (‘says June, 63.’, ‘said April.’), never a day or a year (‘said June
#: 3’, ‘said June, 2024’) nor a clause going on (‘said June, when the talks …’).
#:
#: >>> [bool(RE_MONTH_GIVEN_ENDS.match(s)) for s in (", 63.", ". Then", ", 63, a", " 3", ", 2024", ", when")]
#: [True, True, True, False, False, False]
RE_MONTH_GIVEN_ENDS = LazyPattern(r"(?:,\s(?:[1-9]\d?)\b(?![\d.,]\d)|(?=[.!?;]))")

#: Words before a month that keep it a month (‘in June Ward said’, ‘since June’), w110e.
MONTH_TIME_WORDS = ("in ", "In ", "since ", "Since ", "of ", "until ", "by ", "from ", "last ", "next ", "early ", "late ")

#: How far before a cue the one named in full with a month as their given name may be (‘Her mother,
#: June Morrow, still lives three streets away. “…,” says June, 63.’).
MONTH_GIVEN_REACH = 600


def month_given_alone(toks: Sequence[Token], j: int, text: str) -> Mention | None:
    """A month that is a given name, alone right after a lower-case speech verb, then the sentence's end
    or an age (:data:`RE_MONTH_GIVEN_ENDS`), when someone is named in full with it just before (‘Her
    mother, June Morrow, …. “…,” says June, 63.’): her given name, never the month (‘…,” he said in June.’
    has a word between; ‘…,” the firm said June 3’ a day; and no one named "June …" leaves it a month), w110e;
    or with the one surname after it, whole (:func:`_month_given_surname`: ‘said June Haskins, his wife’).

    >>> t = "Her mother, June Morrow, still lives here. “Yes,” says June, 63."
    >>> toks = tokenize(t); month_given_alone(toks, len(toks) - 4, t).text
    'June'
    >>> t = "The board met in June Quarter. “Yes,” says June, 63."
    >>> toks = tokenize(t); month_given_alone(toks, len(toks) - 4, t) is None
    True
    """
    if j < 1 or j >= len(toks) or toks[j].text not in GIVEN_MONTH_SEX or toks[j - 1].word not in SPEECH_VERBS \
            or not toks[j - 1].text.islower():
        return None
    if (surname := _month_given_surname(toks, j)) is not None:
        return Mention(toks[j].start, surname.end, text[toks[j].start:surname.end], "name")
    if RE_MONTH_GIVEN_ENDS.match(text, toks[j].end) is None:
        return None
    t = toks[j]
    lo = max(0, t.start - MONTH_GIVEN_REACH)
    for m in _re_month_full_name(t.text).finditer(text, lo, t.start):
        if m.start() == 0 or (text[m.start() - 1] in " \n“‘\"(" and not text.endswith(MONTH_TIME_WORDS, 0, m.start())):
            return Mention(t.start, t.end, t.text, "name")  # (never a month after "in" or "since": ‘in June Ward said’)
    return None


def _month_given_surname(toks: Sequence[Token], j: int) -> Token | None:
    """The one capitalised surname right after a month that is a given name at ``toks[j]``, where the two
    are the whole name, a comma or a full stop after them: the surname's token, else None. After a speech
    verb they name the speaker whole (‘“…,” said June Haskins, his wife’), never the surname alone read as
    another named with it before (‘Wendell Haskins’), nor a month before a term (‘said May Day would’).

    >>> toks = tokenize("said June Haskins, his wife")
    >>> _month_given_surname(toks, 1).text, _month_given_surname(tokenize("said June Haskins Smith"), 1)
    ('Haskins', None)
    >>> _month_given_surname(tokenize("said May Day would be quiet"), 1) is None
    True
    """
    k = j + 1
    if k >= len(toks) or not is_name_token(toks[k]) or not toks[k].text[1:].islower() or toks[k].start != toks[j].end + 1:
        return None
    return toks[k] if k + 1 == len(toks) or toks[k + 1].text in (",", ".") else None


@functools.lru_cache(maxsize=16)
def _re_month_full_name(month: str) -> LazyPattern:
    """``month`` as a given name before a capitalised surname set off or at a verb (‘June Morrow,’,
    ‘June Morrow said’); cached per month.

    >>> bool(_re_month_full_name("June").search("Her mother, June Morrow, still")), bool(_re_month_full_name("June").search("June Quarter"))
    (True, False)
    """
    return LazyPattern(month + r" \p{Lu}[\p{Ll}’'\-]+(?:-\p{Lu}\p{Ll}+)?(?=,| [a-z]+s\b| said\b)")
