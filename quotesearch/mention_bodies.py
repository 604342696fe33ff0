"""Bodies in a mention: a body or outlet named after its kind, its department, remit or state,
the person of a unit or body, and where a body's name ends.

This module holds a body named after its kind, the person of a unit or a body, one who speaks for
a body and a shop's possessive; where a body's name ends (its department and remit) lives in
:mod:`quotesearch.body_name_ends`, nations, states, envoys and outlets in
:mod:`quotesearch.mention_nations`.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import (
    COUNTRY_NATIONALITIES, DEMONYMS, NATIONALITY_NOUNS, ONE_WORD_PLACES, TWO_WORD_PLACES, US_STATE_FORMS,
)
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import (
    APPOSED_BODY_KINDS, BODY_NAME_ENDINGS, BODY_NAME_ENDS, BUSINESS_WORDS, NAMED_BODY_NOUNS, ORG_WORDS,
    PLURAL_POSSESSORS, SAINT_ABBREVIATIONS, SET_OFF_BODY_KINDS, SHOP_NAME_ENDS, SPOKEN_FOR_BODY_NAME_WORDS,
    SPOKEN_FOR_BODY_NOUNS, SPOKESPERSON_NOUNS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.names import CAUSE_JOINERS, PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, Mention, description_head
from quotesearch.mention_names import NAME_HOLDERS, PLACE_NOUNS, REGION_NOUNS, REGION_WORDS, _trade_then_given
from quotesearch.mention_offices import KIN_WORDS, _party_member_words
from quotesearch.body_name_ends import BODY_HEADS
from quotesearch.mention_nations import _jurisdiction_title_at


def _body_kind_aside(role: str) -> bool:
    """An aside whose head is a body's kind (‘a consumer advocacy group’, ‘the employers' federation’,
    ‘a think-tank’): it describes a body, never a person's role.

    >>> _body_kind_aside("a consumer advocacy group that testified"), _body_kind_aside("its research director")
    (True, False)
    """
    head = description_head(role)
    return head is not None and (head in BODY_KINDS or head in BODY_HEADS)


#: Lower-case words inside a body's name (‘Coalition for Coverage Choice’, ‘Friends of the Earth’).
BODY_NAME_JOINERS = frozenset("for of and the against on in &".split())


def _body_named_after_kind(toks: list[Token], k2: int, end: int, lo: int, text: str | None) -> Mention | None:
    """The body's name set off at ``toks[k2 + 1:end + 1]`` after a description that gives only its kind and
    members, "a" kind "of" them, opening the clause: ‘A coalition of insurers, hospitals and drugmakers, the
    Coalition for Coverage Choice, began running ads’, ‘An alliance of 40 charities, the End Hunger Network,
    said’ (the body, never "a coalition of insurers"); never a person set off (‘A group of parents, led by
    Mary Ryan, said’ names no body), nor a description of no body's kind (‘A spokesman for the group, …’).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("A group of landlords, the Fair Rent Alliance, said")
    >>> _body_named_after_kind(toks, 3, 9, 0, "A group of landlords, the Fair Rent Alliance, said").text
    'the Fair Rent Alliance'
    >>> toks = tokenize("A group of landlords, Mary Ryan, said")
    >>> _body_named_after_kind(toks, 3, 7, 0, "A group of landlords, Mary Ryan, said") is None
    True
    """
    if toks[k2 + 1].text != "," or toks[end].text != "," or end - k2 < 3:
        return None
    inner = toks[k2 + 2:end]
    first = 1 if inner[0].word == "the" else 0
    names = inner[first:]
    if not names or not is_name_token(names[0]) or not is_name_token(names[-1]) \
            or not all(is_name_token(x) or (x.text.islower() and x.word in BODY_NAME_JOINERS) for x in names):
        return None
    words = [x.text for x in names]
    if not (is_organisation(words) or any(x.word in APPOSED_BODY_KINDS for x in names)
            or any(x.text in CAUSE_JOINERS or x.word in ("for", "against") for x in names[1:3])
            or (first and len(names) >= 2 and gender_of(words[0]) is None)):
        return None  # (a body's word, its people and cause, ‘Farmers for Fair Trade’, or "the" before a name
        # no person's, ‘the Clean Power Partnership’)
    d = next((d for d in range(k2 - 1, max(lo, k2 - 14) - 1, -1) if toks[d].word == "of"
              and toks[d - 1].word in APPOSED_BODY_KINDS and d - 2 >= lo and toks[d - 2].word in ("a", "an")), None)
    if d is None or not (d - 2 == lo or toks[d - 3].text in ".;:—“”\"") \
            or not all(x.text[:1].islower() or x.text[:1].isdigit() or x.text == "," for x in toks[d + 1:k2 + 1]):
        return None  # (its members in lower case, a list of them too: ‘of insurers, hospitals and drugmakers’)
    s_, e_ = inner[0].start, inner[-1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in inner), "organisation")


#: How many words in lower case may qualify a body's kind before its name set off (‘the regional
#: grocery chain’).
SET_OFF_KIND_WORDS = 4


def _body_named_after_owned_noun(toks: list[Token], k2: int, end: int, lo: int, text: str | None) -> Mention | None:
    """The body's name set off at ``toks[k2 + 1:end + 1]``, after "the", a few words in lower case and a
    body's kind (:data:`SET_OFF_BODY_KINDS`), when what it is set off from is someone's (a possessive
    before the head ``toks[k2]``): ‘Pryce's main sponsor, the regional grocery chain Hollow Mart, said’ is
    the chain, never Pryce; ‘Kelly's employer, the logistics firm Bracken Freight, said’ the firm. Never
    a person's name (‘Kelly's lawyer, the veteran barrister Ann Lowe, said’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Kelly's employer, the logistics firm Bracken Freight, said"
    >>> _body_named_after_owned_noun(tokenize(t), 1, 8, 0, t).text
    'Bracken Freight'
    """
    if toks[k2 + 1].text != "," or toks[end].text != "," or end - k2 < 4 or toks[k2 + 2].word != "the" \
            or not toks[k2].text.isalpha() or not toks[k2].text.islower() \
            or not any(is_possessive(x) for x in toks[max(lo, k2 - 4):k2]):
        return None
    h = k2 + 3
    while h < end and toks[h].text.isalpha() and toks[h].text.islower() and h - k2 - 3 < SET_OFF_KIND_WORDS:
        h += 1
    if h == k2 + 3 or h >= end or toks[h - 1].word not in SET_OFF_BODY_KINDS \
            or not all(is_name_token(x) and not is_possessive(x) for x in toks[h:end]) or end - h > 5 \
            or gender_of(toks[h].text) is not None:
        return None  # (a kind, then a name no person's: never ‘the veteran barrister Ann Lowe’)
    s_, e_ = toks[h].start, toks[end - 1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[h:end]), "organisation")


def body_set_off_after_kind(text: str, toks: list[Token], m: Mention, lo: int) -> Mention | None:
    """The body's name set off after the subject ``m`` that gives only its kind and members, before the
    verb: ‘A coalition of insurers, hospitals and drugmakers, the Coalition for Coverage Choice, began
    running ads warning …’ (see ``_body_named_after_kind``)."""
    if m.kind != "description" or m.text.split()[0].lower() not in ("a", "an"):
        return None
    e = next((x for x in range(lo, len(toks)) if toks[x].start >= m.end), None)
    if e is None:
        return None
    commas = [c for c in range(e, min(len(toks) - 1, e + 16)) if toks[c].text == ","]
    for a, b in zip(commas, commas[1:]):  # (the last comma pair before a verb in lower case)
        if b + 1 < len(toks) and toks[b + 1].text.islower() and toks[b + 1].text.isalpha() \
                and toks[b + 1].word not in BODY_NAME_JOINERS:
            return _body_named_after_kind(toks, a - 1, b, lo, text)
    return None


#: The small words inside a unit's name and its body's (‘the Department of Music and Drama’, ‘the
#: School for Public Health’).
UNIT_NAME_LINKS = frozenset("of the and for &".split())


def _person_of_unit_before_body(toks: list[Token], k2: int, aside_end: int, lo: int, text: str) -> Mention | None:
    """A person named at the opening of the clause, then "of" or "at" and the unit they belong to, its
    body set off after it between commas before the cue: ‘Prof. Ada Obi of the Department of History,
    Lakeside University, said’ is Ada Obi; the body set off is where the unit is, never a speaker (as ‘X
    of Rockford, Illinois, said’ is X). Only a person by a given name the lists know or an honorific;
    never a body before "of" (‘The Bank of Ghana, Accra, said’).

    >>> t = "Prof. Ada Obi of the Department of History, Lakeside University, said"
    >>> toks = tokenize(t); c = [x.text for x in toks].index(",")
    >>> _person_of_unit_before_body(toks, c - 1, len(toks) - 2, 0, t).text
    'Ada Obi'
    >>> t = "The Bank of the North, Lakeside Holdings, said"
    >>> toks = tokenize(t); c = [x.text for x in toks].index(",")
    >>> _person_of_unit_before_body(toks, c - 1, len(toks) - 2, 0, t) is None
    True
    """
    if k2 + 1 >= aside_end or toks[k2 + 1].text != "," or toks[aside_end].text != ",":
        return None
    inner = toks[k2 + 2:aside_end]
    if not inner or len(inner) > 6 or not all(is_name_token(x) or x.word in UNIT_NAME_LINKS for x in inner) \
            or not is_organisation([x.text for x in inner]):
        return None
    s = k2
    while s - 1 >= lo and toks[s - 1].text not in ",;:.!?“”\"—(" and k2 - s < 16:
        s -= 1
    p = next((p for p in range(s + 1, k2) if toks[p].word in ("of", "at") and not toks[p].capitalized), None)
    if p is None or p + 1 > k2 or not all(is_name_token(x) or x.word in UNIT_NAME_LINKS for x in toks[p + 1:k2 + 1]) \
            or not any(is_name_token(x) for x in toks[p + 1:k2 + 1]):
        return None
    run = toks[s:p]
    if not run or not all(is_name_token(x) or x.word in HONORIFICS or x.text.rstrip(".").lower() in HONORIFICS for x in run):
        return None
    _, name = split_title([x.text for x in run])
    if len(name) < 2 or is_organisation(name) or [x.text for x in run[-len(name):]] != name:
        return None
    lead = run[-len(name)]
    if gender_of(lead.text) is None and len(name) == len(run):
        return None  # (a given name the lists know, or a title or an honorific before the name)
    s_, e_ = lead.start, run[-1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(name), "name")


def _possessive_in_body_name(toks: list[Token], e: int) -> bool:
    """Whether the possessive ``toks[e]`` is inside a body's name, read forward: a plural's
    (‘the Patients’ Rights Network’, ‘Women’s Aid’), or one after "the" or a saint's "St" (‘The
    Alzheimer’s Family Alliance’, ‘St John’s Ambulance’), when the capitalised words after it end in
    a body's word. Never a person after it (‘the Celtics’ Jayson Tatum’, ‘Reuters’ Jane Okoro’), nor
    a bare nation's or a person's own (‘Britain’s Health Ministry’ keeps its reading).

    >>> t = "The Alzheimer’s Family Alliance welcomed"
    >>> _possessive_in_body_name(tokenize(t), 1)
    True
    >>> t = "the Lakers’ LeBron James said"
    >>> _possessive_in_body_name(tokenize(t), 1)
    False
    """
    t = toks[e]
    if not t.capitalized or e + 1 >= len(toks) or not toks[e + 1].capitalized or not is_name_token(toks[e + 1]):
        return False
    owner = t.text[:-2] if t.text.endswith(("’s", "'s")) else t.text[:-1]
    plural = t.text.endswith(("s’", "s'")) or owner.lower() in PLURAL_POSSESSORS
    saint = e - 1 >= 0 and toks[e - 1].text in SAINT_ABBREVIATIONS
    if not plural and not saint and not (e - 1 >= 0 and toks[e - 1].word == "the"):
        return False
    if (gender_of(owner) is not None and not saint) or gender_of(toks[e + 1].text) is not None:
        return False  # (a saint's given name is the body's: ‘St John’s’)
    r = e + 1
    while r + 1 < len(toks) and r - e < 5 and is_name_token(toks[r + 1]) and not is_possessive(toks[r + 1]):
        r += 1
    return toks[r].word in ORG_WORDS or toks[r].word in BODY_NAME_ENDS or toks[r].word in BODY_NAME_ENDINGS


def _shop_possessive(toks: list[Token], e: int, k: int, lo: int) -> bool:
    """Whether the possessive ``toks[e]`` opens a shop's or a family firm's name that runs to ``toks[k]``
    (‘Donovan’s Bakery posted’, ‘Hargrove’s Sporting Goods, a chain …, said’): one capitalised owner
    that opens the subject (nothing capitalised before it), no place, no given name after it, and a
    shop's last word (SHOP_NAME_ENDS; the owner may be a given name: ‘Donovan’s Bakery’). Never a
    person after a body's possessive (‘Arsenal’s Bukayo Saka’), nor a country's body (‘Britain’s
    Health Ministry’).

    >>> t = tokenize("Donovan’s Bakery said")
    >>> _shop_possessive(t, 0, 1, 0), _shop_possessive(tokenize("Arsenal’s Bukayo Saka said"), 0, 2, 0)
    (True, False)
    """
    t = toks[e]
    if not is_possessive(t) or not t.capitalized or not is_name_token(t) or toks[k].word not in SHOP_NAME_ENDS \
            or k - e > 3 or (e - 1 >= lo and (is_name_token(toks[e - 1]) or toks[e - 1].word in ("of", "at", "from", "for"))):
        return False
    owner = t.text[:-2] if t.text.endswith(("’s", "'s")) else t.text[:-1]
    return owner.lower() not in ONE_WORD_PLACES and owner.lower() not in DEMONYMS \
        and owner not in COUNTRY_NATIONALITIES and all(x.capitalized and gender_of(x.text) is None for x in toks[e + 1:k + 1])


def _shop_name_end(toks: list[Token], e: int) -> int | None:
    """Where a shop's name that opens with the possessive ``toks[e]`` ends, read forward (‘Patterson’s
    Pizza posted’: the index of "Pizza"), when it is one (``_shop_possessive``); else None."""
    r = e
    while r + 1 < len(toks) and r - e < 3 and is_name_token(toks[r + 1]) and not is_possessive(toks[r + 1]):
        r += 1
    return r if r > e and _shop_possessive(toks, e, r, e) else None


#: Most words of a body's name between "of" and the speaker mention found before the cue
#: (‘Kent Fire and Rescue Service’, ‘Marks and Spencer’).
BODY_OF_REACH = 6


#: Most lower-case words that say what kind of body follows "of the" (‘of the nonprofit’, ‘of the
#: advocacy group’, ‘of the independent think tank’).
BODY_KIND_REACH = 3


def _past_kind_of_body(toks: list[Token], o: int, lo: int) -> int:
    """The index of "of" when ``toks[o]`` ends a few lower-case words that say what kind of body the
    name after them is, right after "of the": ‘Rafael Ruiz of the nonprofit Safe Kids Alliance said’,
    ‘Orla Brennan of the charity Threshold said’, ‘Priya Raman of the independent think tank Policy
    Forum said’ (the person before "of" speaks), a nation's adjective among those words too (‘Marco
    Bellini of the Italian daily La Stampa dismissed’, :data:`DEMONYMS`, w106e); else ``o`` unchanged.

    >>> toks = tokenize("Orla Brennan of the charity Threshold Ireland said")
    >>> _past_kind_of_body(toks, 4, 0)
    2
    >>> toks = tokenize("Orla Brennan said the charity Threshold Ireland said")
    >>> _past_kind_of_body(toks, 4, 0)
    4
    >>> toks = tokenize("Marco Bellini of the Italian daily La Stampa said")
    >>> _past_kind_of_body(toks, 5, 0)
    2
    """
    k = o
    while k > lo and o - k < BODY_KIND_REACH and (toks[k].text.islower() or (k < o and toks[k].word in DEMONYMS)) \
            and toks[k].text.replace("-", "").isalpha() and toks[k].word not in ("the", "of", "and", "said", "says"):
        k -= 1
    if k == o or k - 1 < lo or toks[k].word != "the" or toks[k - 1].word != "of":
        return o
    return k - 1


#: One who speaks for a body whose name joins two words with "and", up to the "and": ‘A spokesperson
#: for Agriculture and ’, ‘a spokesman for Fisheries and ’ (what follows is the body's name, never a person).
RE_AGENT_FOR_JOINED_BODY = LazyPattern(r"(?<![\p{L}\-])(?:[Aa]n?|[Tt]he|[Oo]ne) (?:\p{Ll}+ )?(?:spokesperson|spokesman|spokeswoman|"
                                       r"representative|lawyer|attorney|solicitor|publicist) (?:for|at|of) (?:the )?"
                                       r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3} (?:and|&) $")


def _agent_for_joined_body(m: Mention, text: str) -> Mention | None:
    """The one who speaks for a body, when the mention read back before the cue is only the part of the
    body's name after its "and": ‘A spokesperson for Agriculture and Agri-Food Canada said’ and ‘a
    spokesman for Fisheries and Oceans Canada said’ are the spokespeople, never ‘Agri-Food Canada’ or
    ‘Oceans Canada’ (never a given name after the "and": ‘a lawyer for Smith and Ann Roe’ is Ann Roe's).

    >>> t = "A spokesperson for Fisheries and Oceans Canada said"
    >>> _agent_for_joined_body(Mention(33, 46, "Oceans Canada", "name"), t).text
    'A spokesperson for Fisheries and Oceans Canada'
    """
    if any(gender_of(w) is not None for w in m.text.split()[:1]):
        return None
    lead = RE_AGENT_FOR_JOINED_BODY.search(text, max(0, m.start - 90), m.start)
    if lead is None:
        return None
    return Mention(lead.start(), m.end, text[lead.start():m.end], "description")


def _person_of_owned_body(toks: list[Token], o: int, lo: int, text: str) -> Mention | None:
    """The person whose body the name after the owner ``toks[o]`` is, named before "of", "at" or
    "with" (‘Jenna Ruiz of the weather service's West Gulf River Forecast Center’, ‘Colleen
    Hartigan of the DEA's San Francisco Field Division’): the body is theirs, they speak.

    >>> t = "Hydrologist Jenna Ruiz of the weather service's West Gulf River Forecast Center said"
    >>> toks = tokenize(t); o = next(i for i, x in enumerate(toks) if x.text == "service's")
    >>> _person_of_owned_body(toks, o, 0, t).text
    'Jenna Ruiz'
    """
    q = o - (not toks[o].capitalized)  # (a lower-case owner's noun may have one word before it: "the weather service's")
    while q > lo and q > o - 3 and toks[q - 1].text.islower() and toks[q - 1].text.isalpha() and toks[q - 1].word not in NAME_HOLDERS:
        q -= 1
    if q - 2 < lo or toks[q - 1].word not in ("of", "at", "with") or not is_name_token(toks[q - 2]) or is_possessive(toks[q - 2]):
        return None
    run = toks[max(lo, _name_run_back(toks, q - 2)):q - 1]
    title, name = split_title([x.text for x in run])
    if len(name) < 2 or not (gender_of(name[0]) is not None or title is not None):
        return None  # (a person in full, a given name or a title telling it: never ‘Smith of Jones's Ltd’)
    first = run[len(run) - len(name)]
    return Mention(first.start, run[-1].end, text[first.start:run[-1].end] if text else " ".join(name), "name", title)

BODY_KINDS = frozenset("""
brokerage consultancy firm bank agency group company startup lender insurer charity university college
hospital broker fund investor retailer carmaker developer publisher label studio network think-tank
newspaper newsletter magazine tabloid broadsheet daily weekly journal website outlet broadcaster channel
""".split())  # (and an outlet's: ‘a reporter from the trade newsletter Orbit Weekly’, ‘the tabloid Blick’)


#: The rest of a body's name and the lower-case role of one who speaks for it, after "a Department"
#: or "an Office" read as a description: ‘ of Agriculture spokesman’, ‘ for Education and Skills
#: official’ (the role ends it: never one with a name after it, ‘… spokesman Tom Hart’).
RE_BODY_NAME_ROLE_TAIL = LazyPattern(r"(?:,? (?:of|for|and|on|&|the) \p{Lu}[\p{L}\-]*| \p{Lu}[\p{L}\-]*){1,6}"
                                       r" (spokes(?:man|woman|person)|official|officials|source|sources|representative)"
                                       r"(?![\p{L}\-])(?! \p{Lu})")


def _agent_of_named_body(m: Mention, text: str) -> Mention | None:
    """One who speaks for a body named between "a" and their role, when the mention read forward stopped
    at the body's first word: ‘said a Department of Agriculture spokeswoman’ is the spokeswoman, never
    ‘a Department’ (only after "a" or "an": a body's own name never opens with one).

    >>> t = "said a Department of Agriculture spokeswoman."
    >>> _agent_of_named_body(Mention(5, 17, "a Department", "description"), t).text
    'a Department of Agriculture spokeswoman'
    >>> _agent_of_named_body(Mention(5, 17, "a Department", "description"), "said a Department of Agriculture spokeswoman Ann Roe.") is None
    True
    """
    words = m.text.split()
    if m.kind != "description" or len(words) < 2 or words[0].lower() not in ("a", "an") \
            or not all(w[:1].isupper() for w in words[1:]):
        return None
    tail = RE_BODY_NAME_ROLE_TAIL.match(text, m.end)
    if tail is None:
        return None
    return Mention(m.start, tail.end(), text[m.start:tail.end()], "description", m.role)


def _role_before_comma_name(toks: list[Token], j: int, k: int) -> bool:
    """Whether the noun phrase ``toks[j:k]`` before the comma at ``toks[k]`` is a role or a trade whose
    holder's name follows it (‘said Rubio’s deputy campaign manager, Rich Beeson, who …’)."""
    n = len(toks)
    # (or kin, whatever the given name: ‘Alfie's dad, Lee Dobbs, who coaches …, said’)
    # (and after a firm's possessive: ‘Nordic Survey Group’s chief surveyor, Anna Berg,’)
    # "said Rubio’s deputy campaign manager, Rich Beeson, who …": the name follows the role
    # (as it follows any noun after "his" or "her": "Her neighbour, Bill Tran, was less sure", or after a
    # speaker's own "my" or "our": "My predecessor, Arvid Holm, used to say, …", "Our coach, Dan Roe, …")
    return (toks[k - 1].word in ROLE_NOUNS or (
        toks[k - 1].word in PARTY_WORDS and toks[j].word in DETERMINERS and _party_member_words(toks, j, k - 1)) or (
        toks[j].word in ("his", "her", "their", "my", "our") and k - j <= 3 and toks[k - 1].text.islower()) or (
        # a trade no list holds, then a person by a given name or a rank: ‘replied the capsule
        # communicator, Lt. Col. Simone Adebayo,’
        (k - j <= 4 if toks[j].word in ("the", "a", "an", "one", "another") else k - j <= 7 and any(is_possessive(y) and y.capitalized for y in toks[j:k - 1]))
        and toks[k - 1].text.replace("-", "").isalpha() and toks[k - 1].text.islower()  # (a hyphened one
        # too: ‘Stamper’s ex-girlfriend, Holly Renner,’, ‘his co-worker, Dana Kim,’)
        and toks[k - 1].word not in THING_NOUNS
        and ((toks[k + 1].word in HONORIFICS and toks[k + 1].capitalized) or gender_of(toks[k + 1].text) is not None
             or _jurisdiction_title_at(toks, k + 1)  # (‘said the bill's sponsor, state Rep. Ana Ruiz.’)
             or _trade_then_given(toks, k + 1)  # (‘said one onlooker, retired teacher Carol Pym,’)
             or (toks[k - 1].word in KIN_WORDS and is_name_token(toks[k + 1]) and k + 2 < n and is_name_token(toks[k + 2])))))


#: Public bodies called by their common noun that are named for their place (‘the council, Tower
#: Hamlets,’, ‘the board, Cork County,’).
PLACE_NAMED_BODY_NOUNS = frozenset("council board authority".split())


def _spokesperson_named_after_body(role: Sequence[str], words: Sequence[str]) -> bool:
    """``role`` (its words) is a spokesperson of a public body called by its common noun and ``words``,
    the name set off after it, read as a person's even with a given name no list holds (‘A spokesman
    for the department, Kofi Agyeman-Darko, added’): two or three capitalised words that are none of
    the lexicon's nouns, places or bodies (never ‘a spokesman for the agency, Border Force,’).

    >>> _spokesperson_named_after_body("A spokesman for the department".split(), ["Lowell", "Pritchard"])
    True
    >>> _spokesperson_named_after_body("A spokesman for the agency".split(), ["Border", "Force"])
    False
    >>> _spokesperson_named_after_body("A spokesman for the company".split(), ["Harbourview", "Rentals"])
    False
    >>> _spokesperson_named_after_body("A spokeswoman for the Whitcomb campaign".split(), ["Jessa", "Kilbride"])
    True
    """
    named = _body_named_before_noun(role)
    role_words = list(role)
    role = [w.lower() for w in role]
    if named:  # (‘a spokeswoman for the Whitcomb campaign’: read as ‘for the campaign’)
        role = role[:-1 - named] + role[-1:]
    if not (2 <= len(words) <= 3) or len(role) < 4 or role[-2] != "the" \
            or role[-1] not in (NAMED_BODY_NOUNS if named else SPOKEN_FOR_BODY_NOUNS) \
            or not any(w in SPOKESPERSON_NOUNS for w in role[:-2]):
        return False
    if named and (({w.lower() for w in words} & {w.lower() for w in role_words[-1 - named:-1]})
                  and (role[-1] != "family" or gender_of(words[0]) is None)
                  or words[0].lower() in SEAT_NAME_OPENERS):
        return False  # (the body's own name or seat set off, never a person's: ‘a spokesman for the Leave
        # campaign, Vote Leave,’, ‘for the Ferrari team, Scuderia Ferrari,’, ‘for the Meloni government, Palazzo Chigi’)
    if role[-1] in PLACE_NAMED_BODY_NOUNS and gender_of(words[0]) is None:
        return False  # (a body named for its place, set off: ‘a spokeswoman for the council, Tower Hamlets,’;
        # a person there only by a given name the lists know)
    for w in words:
        low = w.lower().rstrip(".")
        if not w[:1].isupper() or not w[1:2].islower() or low in ROLE_NOUNS or low in DESCRIPTION_NOUNS or low in THING_NOUNS \
                or low in ORG_WORDS or low in BUSINESS_WORDS or low in PLACE_NOUNS or low in REGION_NOUNS or low in REGION_WORDS \
                or low in ONE_WORD_PLACES or low in NATIONALITY_NOUNS or low in DEMONYMS or low in FUNCTION_WORDS \
                or low in SPOKEN_FOR_BODY_NAME_WORDS or w in US_STATE_FORMS:
            return False  # (a body's or a place's words: ‘the ministry, Health Canada,’, ‘the police, Scotland Yard,’)
    return " ".join(words) not in TWO_WORD_PLACES


#: First words of a government's seat set off after it (‘a spokeswoman for the Meloni government, Palazzo Chigi’).
SEAT_NAME_OPENERS = frozenset("palazzo palais palacio palácio casa schloss".split())


def _body_named_before_noun(role: Sequence[str]) -> int:
    """How many capitalised words name the body between "the" and its common noun at the end of
    ``role`` (its words): one or two (‘for the Whitcomb campaign’, ‘for the Van Buren administration’),
    none of a place, a nation or a body's kind (never ‘the City council’, ‘the British embassy’).

    >>> _body_named_before_noun("a spokesman for the Whitcomb campaign".split()), _body_named_before_noun("for the campaign".split())
    (1, 0)
    """
    for n in (1, 2):
        if len(role) < n + 3 or role[-n - 2].lower() != "the":
            continue
        words = role[-n - 1:-1]
        if all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and w.lower() not in ORG_WORDS
               and w.lower() not in BUSINESS_WORDS and w.lower() not in PLACE_NOUNS and w.lower() not in REGION_WORDS
               and w.lower() not in ONE_WORD_PLACES and w.lower() not in NATIONALITY_NOUNS and w.lower() not in DEMONYMS
               and w.lower() not in SPOKEN_FOR_BODY_NAME_WORDS and w.lower() not in FUNCTION_WORDS for w in words):
            return n
    return 0
