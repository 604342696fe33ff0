"""Bodies in a mention: a body or outlet named after its kind, its department, remit or state,
the person of a unit or body, and where a body's name ends.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import LazyPattern, POSTED_ENVOY_TITLES, SERVICE_BODY_NOUNS, wordset
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.place_words import (
    COUNTRY_NATIONALITIES, DEMONYMS, NATIONALITY_NOUNS, ONE_WORD_PLACES, RE_DEMONYM_SHAPE, TWO_WORD_PLACES,
    US_STATE_FORMS,
)
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import PLATFORM_NAMES, THING_NOUNS
from quotesearch.body_words import (
    APPOSED_BODY_KINDS, BODY_NAME_ENDINGS, BODY_NAME_ENDS, BUSINESS_WORDS, GOVERNMENT_LEVELS, NAMED_BODY_NOUNS,
    ORG_WORDS, OUTLET_KIND_NOUNS, PLURAL_POSSESSORS, PUBLIC_BODY_HEADS, RANK_BODY_WORDS, RULING_WORDS,
    SAINT_ABBREVIATIONS, SET_OFF_BODY_KINDS, SHOP_NAME_ENDS, SPOKEN_FOR_BODY_NAME_WORDS, SPOKEN_FOR_BODY_NOUNS,
    SPOKESPERSON_NOUNS, STATE_BODY_NOUNS, STATE_OUTLET_HEADS, STATE_OUTLET_OWNERS, TO_REMIT_HEADS, TO_REMIT_VERBS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS, SERVICE_VERB_NOUNS, TITLE_LEVEL_WORDS
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.names import (
    CAUSE_JOINERS, FUNCTION_WORDS, PARTY_WORDS, Token, _name_run_back, gender_of, is_name_token, is_organisation,
    is_possessive, split_title,
)
from quotesearch.names import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DETERMINERS, LOWER_REMIT_HEADS, MINISTRY_WORDS, Mention, PREPOSITIONS, _description, _linking_adjective,
    _place_words, description_head,
)
from quotesearch.mention_names import (
    NAME_HOLDERS, PLACE_NOUNS, REGION_NOUNS, REGION_WORDS, _name_run_end, _trade_then_given,
)
from quotesearch.mention_offices import (
    DEPARTMENT_WORDS, KIN_WORDS, OFFICE_ADJECTIVES, RE_REMIT_RUN, RE_TITLE_BEFORE_REMIT, _party_member_words,
)


def _body_kind_aside(role: str) -> bool:
    """An aside whose head is a body's kind (‘a consumer advocacy group’, ‘the employers' federation’,
    ‘a think-tank’): it describes a body, never a person's role.

    >>> _body_kind_aside("a consumer advocacy group that testified"), _body_kind_aside("its research director")
    (True, False)
    """
    head = description_head(role)
    return head is not None and (head in BODY_KINDS or head in BODY_HEADS)


#: Where or how something was said, after its speaker ("said the company in a statement", "said
#: the ministry on Twitter", "said the coach at a news conference"): never part of the speaker.
SETTING_PREPOSITIONS = wordset("in on at during via through")
#: Platforms, a setting only after "on" or "via" ("said the coach on Twitter"; "an analyst at
#: Twitter" works there).
PLATFORM_NOUNS = PLATFORM_NAMES

#: Public centres whose remit after "for" may hold "and" too, as a ministry's does (‘a spokesperson for the
#: Centers for Disease Control and Prevention’, ‘the Centre for Health Protection and Surveillance’;
#: still never an institute's).
REMIT_CENTRE_WORDS = frozenset("centers centres center centre".split())


def _level_before_department(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is a government's level in lower case between "the" and a department's
    capitalised name (‘the national Department of Health’, ‘the state Ministry of Works’, ‘the state
    Home Department’): the body's own word, never a verb ("state") nor the end of the mention.

    >>> toks = tokenize("said the state Ministry of Works."); _level_before_department(toks, 2)
    True
    >>> toks = tokenize("said the state Commissioner for Works."); _level_before_department(toks, 2)
    False
    """
    n = len(toks)
    if not (0 < k < n - 1 and toks[k].word in GOVERNMENT_LEVELS and toks[k].text.islower() and toks[k - 1].word == "the"):
        return False
    e = k + 1
    while e < n and e - k <= 3 and is_name_token(toks[e]) and not is_possessive(toks[e]):
        if toks[e].word in DEPARTMENT_WORDS:
            return True  # (its head within three words: ‘Department’, ‘Home Department’)
        e += 1
    return False


def _department_of(toks: list[Token], lo: int, hi: int) -> bool:
    """A department's word and its "of" start at some index in [lo, hi) ("Department of", "Ministry
    of", and a government's "Department for", "Ministry for"): a name there may hold "and" and one
    more word ("the Department of Fish and Game", "the Department for Work and Pensions"; never an
    institute's "for": ‘experts X and Y of the Institute for Science and International Security wrote’
    are the experts)."""
    return any(toks[m].word in DEPARTMENT_WORDS and (toks[m + 1].word == "of" or (
        toks[m + 1].word == "for" and (toks[m].word in MINISTRY_WORDS or toks[m].word in REMIT_CENTRE_WORDS)))
        for m in range(lo, hi))


def _ruling_body_remit(toks: list[Token], lo: int, hi: int) -> bool:
    """A ruling body's name, after its adjective of power, reaches its remit's "for" or "of" in [lo,
    hi): the name may hold "and" and one more word (‘a statement from the ruling National Council for
    Sovereignty and Renewal’; never ‘the ruling party's Smith and Jones’).

    >>> _ruling_body_remit(tokenize("the ruling Council for Peace and Development"), 0, 4)
    True
    """
    r = next((m for m in range(lo, hi) if toks[m].word in RULING_WORDS and toks[m].text.islower()), None)
    return r is not None and any(toks[m].word in ("for", "of") and toks[m].text.islower() for m in range(r + 2, hi))


#: Most capitalised words between a body's "and" and its head noun (‘Oversight and Government Reform Committee’).
BODY_AND_WORDS = 3


def _body_head_after_and(toks: list[Token], a: int) -> bool:
    """The "and" at ``a`` joins two capitalised words of one body's name that ends in its head noun
    right after (‘the full Energy and Commerce Committee’, ‘the House Oversight and Accountability
    Committee’), so that the name is read whole, never cut at "Energy" (never two people: ‘Smith and
    Jones said’, whose run after "and" ends in no body's noun).

    >>> _body_head_after_and(tokenize("Energy and Commerce Committee found"), 1)
    True
    >>> _body_head_after_and(tokenize("Smith and Jones said"), 1)
    False
    >>> _body_and_end(tokenize("Finance and Public Administration Committee said"), 1)
    4
    >>> _body_and_end(tokenize("Tidewell Robotics and Harrow Partners said"), 2) is None
    True
    """
    return _body_and_end(toks, a) is not None


def _body_and_end(toks: list[Token], a: int) -> int | None:
    """Where the body's name that :func:`_body_head_after_and` reads through its "and" at ``a`` ends: the
    last of the capitalised run after "and", a body's noun (‘… and Public Administration Committee’)."""
    if a == 0 or toks[a].word != "and" or not toks[a].text.islower() or not toks[a - 1].capitalized \
            or toks[a - 1].word in ORG_WORDS:
        return None  # (never two bodies, the first whole before "and": ‘Kora Bank and Zeal Bank’)
    e = a + 1
    while e < len(toks) and e - a <= BODY_AND_WORDS + 1 and toks[e].capitalized and toks[e].text.isalpha():
        e += 1
    return e - 1 if e - 1 > a + 1 and toks[e - 1].word in PUBLIC_BODY_HEADS else None


def _lower_remit_named(words: str) -> bool:
    """A cheap exact prefilter for :data:`RE_LOWER_REMIT_END`, which needs a head of
    :data:`LOWER_REMIT_HEADS` in lower case and its "of"."""
    return "ministry of " in words or "department of " in words


def _lower_remit_joined(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether the "and" at ``toks[i]`` joins the two words of a ministry's remit written in lower case,
    the last word right before the verb: ‘the ministry of environment and energy said’ (the whole
    ministry, never "the ministry of environment"; never two people: ‘the head of finance and Ms Lee’)."""
    return toks[i].word == "and" and i + 1 == j and i - 3 >= lo and toks[j].text.isalpha() and toks[j].text.islower() \
        and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 2].word == "of" \
        and toks[i - 3].word in LOWER_REMIT_HEADS

#: Prepositions a place follows (‘in Templemore’, ‘from Nadi’).
PLACE_PREPOSITIONS = frozenset("in at from near outside of".split())


#: Lower-case words inside a body's name (‘Coalition for Coverage Choice’, ‘Friends of the Earth’).
BODY_NAME_JOINERS = frozenset("for of and the against on in &".split())


def _body_named_after_kind(toks: list[Token], k2: int, end: int, lo: int, text: str | None) -> Mention | None:
    """The body's name set off at ``toks[k2 + 1:end + 1]`` after a description that gives only its kind and
    members, "a" kind "of" them, opening the clause: ‘A coalition of insurers, hospitals and drugmakers, the
    Coalition for Coverage Choice, began running ads’, ‘An alliance of 40 charities, the End Hunger Network,
    said’ (the body, never "a coalition of insurers"); never a person set off (‘A group of parents, led by
    Mary Ryan, said’ names no body), nor a description of no body's kind (‘A spokesman for the group, …’).

    >>> from quotesearch.names import tokenize
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

    >>> from quotesearch.names import tokenize
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


def _place_owner_count(seg: list[Token]) -> int:
    """How many tokens of ``seg`` are a country's or a world body's possessive before a name (‘South
    Korea’s’ in ‘South Korea’s Daesan Electronics’: 2), 0 when none (never a firm's own ’s:
    ‘McDonald’s Corp.’).

    >>> _place_owner_count(tokenize("South Korea’s Daesan Electronics")), _place_owner_count(tokenize("McDonald’s Corp."))
    (2, 0)
    """
    p = next((p for p in range(min(2, len(seg) - 1)) if is_possessive(seg[p])), None)
    if p is None or not is_name_token(seg[p + 1]):
        return 0
    owner = [x.text for x in seg[:p]] + [seg[p].text[:-2] if seg[p].text.endswith(("’s", "'s")) else seg[p].text[:-1]]
    return p + 1 if _place_words(owner) == len(owner) else 0


#: Small words inside a body's name ("Department of Health and Social Care", "House of Lords").
NAME_JOINERS = frozenset("of and for &".split())


def _remit_name(words: Sequence[str]) -> bool:
    """``words`` (after the place) are a person's name: two to four capitalised words, none a function word
    or a role ("Yerlan Abenov", "Cheryl Ho Wai-ling"; never "Embassy", "Foreign Minister Ana Ruiz")."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS and w.lower() not in ROLE_NOUNS
                                        and w.lower() not in ORG_WORDS and not w.endswith(".") for w in words)


def _unlisted_post_words(words: Sequence[str], title: str, posted: bool) -> int:
    """How many of ``words``, after an envoy's own title (``title``: ‘Ambassador’, ‘Envoy’) and its "to"
    (``posted``), are a place no list holds before a name of two or three words, none of the place a
    known given name: up to the first given name the lists know, else all but the last two words
    (‘Ambassador to Numeria Zhou Mingyuan’); 0 for any other title or remit (w66e; after the cue, w66h).

    >>> _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Ambassador", True)
    1
    >>> _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Minister", True), _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Envoy", False)
    (0, 0)
    """
    if title.lower() not in POSTED_ENVOY_TITLES or not posted or len(words) not in (3, 4) or gender_of(words[0]) is not None:
        return 0
    return next((i for i in range(1, len(words) - 1) if gender_of(words[i]) is not None), len(words) - 2)


def _name_after_envoy_remit(m: Mention, text: str) -> Mention | None:
    """The name after an envoy's capitalised title and its remit, a country or a world body, read after
    the cue: ‘said Kazakh Ambassador to China Yerlan Abenov’ is Yerlan Abenov (the title and the place
    are the role), as ‘said Ambassador Yerlan Abenov’ is; never a remit that is no place (‘Special
    Envoy for Climate Change Ana Ruiz’ stays as it was).

    >>> t = "said Kazakh Ambassador to China Yerlan Abenov on Friday."
    >>> m = _name_after_envoy_remit(Mention(5, 22, "Kazakh Ambassador", "name"), t); (m.text, m.role)
    ('Yerlan Abenov', 'Kazakh Ambassador to China')
    """
    if m.kind not in ("name", "description") or m.text.split()[-1].lower() not in ROLE_NOUNS \
            or not m.text.split()[-1][:1].isupper() or (run := RE_REMIT_RUN.match(text, m.end)) is None:
        return None
    words = run.group(1).split()
    listed = _place_words(words)
    k = listed or _unlisted_post_words(words, m.text.split()[-1], text.startswith(" to ", m.end))
    if not k or not _remit_name(words[k:]):
        return None
    if not listed and len(words) - k == 3 and gender_of(words[k + 1]) is not None:
        return None  # (an unlisted place whose last word may be a given name before a name of two: ‘said Ambassador
        # to San Teodoro Leo Brandt’ is no "Teodoro Leo Brandt"; review rv66j)
    start = run.end() - len(" ".join(words[k:]))
    return Mention(start, run.end(), text[start:run.end()], "name", text[m.start:start - 1])


def _envoy_place_dropped(m: Mention, text: str) -> Mention | None:
    """A name read back from the cue that opens with the envoy's remit, without it: ‘Kazakh Ambassador to
    China Yerlan Abenov said’ is Yerlan Abenov, never "China Yerlan Abenov".

    >>> t = "Ambassador to China Yerlan Abenov said"
    >>> _envoy_place_dropped(Mention(14, 33, "China Yerlan Abenov", "name"), t).text
    'Yerlan Abenov'
    >>> t = "Ambassador to Numeria Zhou Mingyuan said"
    >>> _envoy_place_dropped(Mention(14, 35, "Numeria Zhou Mingyuan", "name"), t).text
    'Zhou Mingyuan'
    """
    words = m.text.split()
    k = _place_words(words)
    title = RE_TITLE_BEFORE_REMIT.search(text, max(0, m.start - 40), m.start)
    if not k and m.kind == "name" and title is not None:
        k = _unlisted_post_words(words, title.group(1), text.endswith(" to ", 0, m.start))
    if m.kind != "name" or not k or not _remit_name(words[k:]) or title is None \
            or title.group(1).lower() not in ROLE_NOUNS:
        return None
    start = m.end - len(" ".join(words[k:]))
    if text[start:m.end] != " ".join(words[k:]):
        return None
    return Mention(start, m.end, text[start:m.end], "name", m.role)


#: The saint's word that opens a hospital's, a school's or a church's name in the possessive (‘St.
#: Brendan’s’, ‘St Vincent’s’, ‘Saint Luke’s’).
SAINT_WORDS = frozenset("st st. saint".split())


def _saints_place(toks: list[Token], k: int, text: str) -> Mention | None:
    """A place named for a saint in the possessive, right before the cue at ``k + 1``, as the body that
    speaks: ‘In a statement, St. Brendan’s said’, ‘St Vincent’s said it was “deeply sorry”’ (a body,
    never the saint; nothing capitalised before the saint's word: ‘Our Lady of …’ is another name).

    >>> t = "In a statement, St. Brendan’s said"
    >>> toks = tokenize(t); _saints_place(toks, len(toks) - 2, t).text
    'St. Brendan’s'
    """
    saint, owner = toks[k - 1], toks[k]
    if k >= 2 and (toks[k - 2].word in PREPOSITIONS or toks[k - 2].word in PLACE_PREPOSITIONS):
        return None  # (one of the place, or at it, speaks: ‘Dr Mary Byrne of St Vincent’s said’, ‘a nurse
        # outside St Mary’s said’)
    if saint.word not in SAINT_WORDS or not saint.capitalized or not owner.capitalized or not is_possessive(owner) \
            or (k >= 2 and toks[k - 2].capitalized and toks[k - 2].start > 0 and text[toks[k - 2].start - 1] not in "\n"
                and toks[k - 2].word not in ("in", "on", "at", "but", "and", "the")):
        return None
    return Mention(saint.start, owner.end, text[saint.start:owner.end], "organisation")

def _outlet_named_after_nation(toks: list[Token], j: int, text: str) -> Mention | None:
    """The outlet's name after its nation's adjective and its kind, read forward from ``j``: ‘the
    state-run Russian daily Kommersant published’, ‘the Norvanian newspaper Dnevnik said’ is the
    paper by its name (never "the Russian", the adjective taken for the speaker).

    >>> t = "the state-run Varenian daily Narodny Vestnik published"
    >>> _outlet_named_after_nation(tokenize(t), 0, t).text
    'Narodny Vestnik'
    >>> _outlet_named_after_nation(tokenize("the Russian daily newspaper said"), 0, "") is None
    True
    """
    i = j + (j < len(toks) and toks[j].word == "the")
    i += i < len(toks) and toks[i].word in STATE_OUTLET_OWNERS and toks[i].text.islower()
    if i + 2 >= len(toks) or not toks[i].capitalized or not (toks[i].word in DEMONYMS or RE_DEMONYM_SHAPE.match(toks[i].text)) \
            or toks[i + 1].word not in OUTLET_KIND_NOUNS or not toks[i + 1].text.islower():
        return None
    e = i + 2
    while e < len(toks) and is_name_token(toks[e]) and not is_possessive(toks[e]) and e < i + 6:
        e += 1
    if e == i + 2:
        return None
    s_, e_ = toks[i + 2].start, toks[e - 1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[i + 2:e]), "organisation")


#: Words that may follow a nation's outlet read forward, its phrase ended there (‘said Iranian state
#: television on Sunday’, ‘Iranian state television said’; never ‘Iranian state television presenter X’).
STATE_OUTLET_FOLLOWERS = SETTING_PREPOSITIONS | wordset("said says reported reports added which that late early")


def _state_outlet_after(toks: list[Token], j: int, text: str) -> Mention | None:
    """A nation's own outlet (:func:`_state_outlet_before`) opening at ``toks[j]``, its phrase ended by
    the text's end, a mark or one of the :data:`STATE_OUTLET_FOLLOWERS` (‘said Iranian state television
    on Sunday’; never ‘Iranian state television presenter X’).

    >>> t = "said Varenian state television on Sunday"
    >>> _state_outlet_after(tokenize(t), 1, t).text, _state_outlet_after(tokenize("said Varenian state television presenter Ana"), 1, "")
    ('Varenian state television', None)
    """
    for e in range(j + 1, min(len(toks), j + 4)):
        if _state_outlet_before(toks, e + 1, j) == j and (e + 1 == len(toks) or not toks[e + 1].text.isalpha()
                                                          or toks[e + 1].word in STATE_OUTLET_FOLLOWERS):
            return _description(toks, j, e, text)
    return None


def _state_outlet_before(toks: list[Token], j: int, lo: int = 0) -> int | None:
    """Where a nation's own outlet opens that ends just before the cue at ``j``: its nation's
    adjective, a word of ownership or both before a lower-case head (‘Iranian state television
    said’, ‘Kivonian state radio described’, ‘State media reported’, ‘the Varenian media said’),
    the whole of it the speaker (never the adjective alone); never a head with neither before it
    (‘social media said’) nor a name (‘Latvian Television said’).

    >>> toks = tokenize("Varenian state television said")
    >>> _state_outlet_before(toks, 3), _state_outlet_before(tokenize("Some social media said"), 3)
    (0, None)
    >>> _state_outlet_before(tokenize("the Iranian media said"), 3), _state_outlet_before(tokenize("Latvian Television said"), 2)
    (0, None)
    """
    k = j - 1
    if k < lo or toks[k].word not in STATE_OUTLET_HEADS or not (toks[k].text.islower() or toks[k].text == "TV"):
        return None
    a = k
    if a - 1 >= lo and toks[a - 1].word in STATE_OUTLET_OWNERS and toks[a - 1].text[1:].islower():
        a -= 1
    if a - 1 >= lo and (toks[a - 1].word in DEMONYMS or RE_DEMONYM_SHAPE.match(toks[a - 1].text)) and toks[a - 1].capitalized:
        a -= 1
    if a == k:
        return None
    if a - 1 >= lo and toks[a - 1].word == "the":
        a -= 1
    if a - 1 >= lo and (toks[a - 1].capitalized and toks[a - 1].word not in ("the", "but", "and") or is_possessive(toks[a - 1])):
        return None  # (never the end of a longer name or an owner's: ‘Radio Free Europe's Persian radio’)
    return a


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
    Forum said’ (the person before "of" speaks); else ``o`` unchanged.

    >>> toks = tokenize("Orla Brennan of the charity Threshold Ireland said")
    >>> _past_kind_of_body(toks, 4, 0)
    2
    >>> toks = tokenize("Orla Brennan said the charity Threshold Ireland said")
    >>> _past_kind_of_body(toks, 4, 0)
    4
    """
    k = o
    while k > lo and o - k < BODY_KIND_REACH and toks[k].text.islower() and toks[k].text.replace("-", "").isalpha() \
            and toks[k].word not in ("the", "of", "and", "said", "says"):
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


def _body_list_tail(toks: list[Token], i: int, m: Mention) -> bool:
    """The mention at ``toks[i]`` is the end of a list inside a body's name: "Food and Rural
    Affairs" after a comma, "the Prevention of Vice" after "and" (no one's name: no given name)."""
    words = m.text.split()
    if any(not (w[:1].isupper() or w in ("and", "of", "the", "&")) for w in words) or any(gender_of(w) for w in words):
        return False
    if toks[i - 1].text == ",":
        return ("and" in words or "&" in words) and words[0] not in ("the", "The")
    return toks[i - 1].word == "and" and words[0] == "the" and ("of" in words or (
        len(words) == 2 and i - 3 >= 0 and toks[i - 3].text == "," and is_name_token(toks[i - 2])))
    # (the last of a list of one-word portfolios: ‘the Department of Agriculture, Water and the Environment’)


def _named_for_country(head: str, tail: str) -> bool:
    """A list of portfolios that ends in its country's name is one body (‘Immigration, Refugees and
    Citizenship Canada’, ‘Innovation, Science and Economic Development Canada’, the names of a federal
    department): ``head`` the list's items before its last, ``tail`` the rest. Never a list of
    places (‘Germany, France and Italy’), whose items are places themselves.

    >>> _named_for_country("Immigration", "Refugees and Citizenship Canada"), _named_for_country("Germany", "France and Italy")
    (True, False)
    """
    words = (head.replace(",", " ") + " " + tail).split()
    return words[-1] in COUNTRY_NATIONALITIES and len(words) > 3 and not any(
        w in COUNTRY_NATIONALITIES or w.lower() in ONE_WORD_PLACES or gender_of(w) for w in words[:-1])


def _ends_in_body_of(name: str) -> bool:
    """A body's name ending in its remit after "of" or "for" (‘the Department for Environment’,
    ‘a spokesperson for the Ministry of Housing’, ‘the Ministry for the Propagation of Virtue’)."""
    words = name.split()
    k = next((k for k in range(1, len(words) - 1) if words[k] in ("of", "for") and words[k - 1].lower() in ORG_WORDS
              and words[k - 1][:1].isupper()), None)
    return k is not None and all(w[:1].isupper() or w in ("the", "and", "&", "of") for w in words[k + 1:])


#: Words that join a body's head to its remit inside its name (‘Committee on Enforced Disappearances’,
#: ‘Friends of the Earth’), and foreign ones with their articles (‘Semillas para la Democracia’).
REMIT_JOINERS = frozenset("of for on".split())
FOREIGN_JOINERS = frozenset("para por pour".split())
FOREIGN_ARTICLES = frozenset("la el los las le les".split())

#: Heads of bodies named with a remit after them that no list of bodies holds (‘the National Chamber
#: of the Iron and Steel Industry’, ‘Friends of the Earth’, ‘Confederation of British Industry’, an armed
#: group's or a society's ‘Sons of the Valley’, ‘Daughters of the Revolution’, a union's
#: ‘Communications Workers of America’, ‘Graduate Workers of Dunmore’ (w56d)), and a French state's office of
#: a region or a sea: ‘the Maritime Prefecture for the Channel and North Sea’ (w62a).
#:
#: >>> "workers" in REMIT_HEADS, "prefecture" in REMIT_HEADS
#: (True, True)
REMIT_HEADS = frozenset("chamber friends confederation sons daughters workers prefecture".split())

#: A diplomatic or peacekeeping mission's head, whose name goes on with where it is sent after "to" or
#: "in" (‘the Lorvian Mission to the United Nations’, ‘the UN Stabilisation Mission in Ardenia’): never
#: another body's (‘the Ministry in Kyiv’ is the ministry).
#:
#: >>> sorted(MISSION_HEADS), sorted(MISSION_JOINERS)
#: (['delegation', 'mission'], ['in', 'to'])
MISSION_HEADS = frozenset("mission delegation".split())
MISSION_JOINERS = frozenset("to in".split())

#: Last words of a day or a place after "on", never a remit (‘said the Commission on Election Day’).
NOT_REMITS = frozenset("day eve night morning afternoon evening week weekend street avenue hill road".split())


def _remit_head(t: Token) -> bool:
    return t.capitalized and (_body_word(t) or t.word in REMIT_HEADS)


def _remit_gerund(toks: list[Token], g: int) -> bool:
    """``toks[g]`` is a capitalised verb in "-ing" opening a body's remit after its head's "for" or
    "of", with the remit's object after it: ‘the Department for Exiting the European Union’, ‘the
    Society for Protecting the Rural Environment’ (never a lower-case verb: ‘the panel for helping the
    Red Cross’, nor a verb after a person: ‘Smith for Leading the Party’)."""
    t = toks[g]
    return g - 2 >= 0 and t.text[:1].isupper() and t.text.isalpha() and t.word.endswith("ing") and len(t.word) > 5 \
        and toks[g - 1].text in ("for", "of") and _remit_head(toks[g - 2])


def _remit_body_back(toks: list[Token], i: int, lo: int) -> int | None:
    """Where a body's name starts when the capitalised run at ``toks[i]`` is its remit after a
    lower-case joiner: ‘Committee on Enforced Disappearances’, ‘Chamber of the Iron …’, ‘Friends
    of the Earth’, ‘Semillas para la Democracia’ (a body's head before "of", "for", "on": never
    "Smith of Jones Ltd", "Senator X of Ohio"; a platform after "on" is where it was said)."""
    c = i - 1
    if c - 1 > lo and toks[c].text in FOREIGN_ARTICLES and toks[c - 1].text in FOREIGN_JOINERS:
        c -= 1
    elif c - 3 > lo and toks[c].text == "the" and _remit_gerund(toks, c - 1):
        c -= 2  # (a remit with its verb: ‘the Department for Exiting the European Union’, never "the European Union")
    elif c - 1 > lo and toks[c].text == "the" and toks[c - 1].text in ("of", "for"):
        c -= 1
    elif c >= lo and toks[c].text in ("of", "for"):
        return None  # (a bare "of" or "for" is read where the name's holder is: ‘the 3rd U.S. Circuit Court of Appeals’)
    if c - 1 < lo or toks[c].text not in REMIT_JOINERS | FOREIGN_JOINERS or toks[i].word in PLATFORM_NOUNS \
            or toks[_name_run_end(toks, i)].word in NOT_REMITS:
        return None
    p = c - 1
    if not is_name_token(toks[p]) or is_possessive(toks[p]) or not (toks[c].text in FOREIGN_JOINERS or _remit_head(toks[p])):
        return None
    r = _name_run_back(toks, p)
    if r < lo or any(gender_of(x.text) is not None or is_possessive(x) for x in toks[r:p + 1]):
        return None
    b = r - 1
    while b >= lo and (toks[b].text in ("the", "The") or toks[b].word in OFFICE_ADJECTIVES):
        b -= 1
    if b >= lo and (toks[b].word in NAME_HOLDERS or is_possessive(toks[b])) and toks[c].text in ("of", "for"):
        return None  # (a body inside a description or owned, read as before: ‘a spokeswoman for the federal
        # Department of Education’, ‘the state's Office of Workforce Development’; but a remit after "on" is
        # the body's whole, whoever holds it: ‘Tom Smith of the Council on Foreign Relations said’)
    return r


#: Small words in lower case that a body's name holds between its capitalised words (‘the Carolina
#: Freedom to Read Project’, ‘the Group for the Support of Islam and Muslims’).
BODY_NAME_LINKS = frozenset("to for of and on".split())


def _linked_body_back(toks: list[Token], i: int, k: int, lo: int) -> int | None:
    """Start (its "the") of a body's name that runs back from the capitalised run ``toks[i..k]``
    over small words in lower case to a "the": ‘the Carolina Freedom to Read Project said’, ‘the
    Coalition to Stop Gun Violence said’, ‘the Group for the Support of Islam and Muslims said’. The
    whole is a body's name (its head word a body's, at either end), with no given name the lists
    know nor a possessive inside; an "and" only inside a remit after the head's "for the" or "of
    the" (never ‘the Bank of England and Reeves said’, two speakers). None otherwise.

    >>> t = tokenize("The Carolina Freedom to Read Project said")
    >>> _linked_body_back(t, 4, 5, 0)
    0
    >>> t = tokenize("the Group for the Support of Islam and Muslims said")
    >>> _linked_body_back(t, 8, 8, 0)
    0
    >>> t = tokenize("the Bank of England and Reeves said"); _linked_body_back(t, 5, 5, 0) is None
    True
    >>> t = tokenize("he wrote to Read Project said"); _linked_body_back(t, 3, 4, 0) is None
    True
    >>> t = tokenize("Economists at the Institute for Fiscal Studies said"); _linked_body_back(t, 5, 6, 0) is None
    True
    """
    if not (i - 2 >= lo and toks[i - 1].text in BODY_NAME_LINKS) or split_title([x.text for x in toks[i:k + 1]])[0] \
            or any(x.word in ROLE_NOUNS for x in toks[i:k + 1]):
        return None  # (never a body's office and its holder: ‘the Council on American-Islamic Relations
        # Executive Director X says’ is X)
    b, links = i, []
    for _ in range(4):
        p = b - 1
        if p - 1 >= lo and toks[p].text == "the" and toks[p - 1].text in BODY_NAME_LINKS - {"and"}:
            links.append("the")
            p -= 1
        if not (p - 1 >= lo and toks[p].text in BODY_NAME_LINKS and is_name_token(toks[p - 1])
                and not is_possessive(toks[p - 1])):
            break
        links.append(toks[p].text)
        b = _name_run_back(toks, p - 1)
    if b < i and _linking_adjective(toks[b]):
        b += 1  # (an adjective of who backs it is no part of its name: ‘the Al-Qaeda-linked Group for …’)
    opening = b - 1
    if opening - 1 >= lo and _linking_adjective(toks[opening]):
        opening -= 1
    if b == i or opening < lo or toks[opening].word != "the" or (opening - 1 >= lo and toks[opening - 1].text[:1].isalnum()):
        return None  # (the body opens the clause: never a description's object, ‘Economists at the Institute for
        # Fiscal Studies said’ are the economists)
    words = [x.text for x in toks[b:k + 1]]
    caps = [x for x in toks[b:k + 1] if x.capitalized]
    if not (toks[b].word in ORG_WORDS or toks[k].word in ORG_WORDS) or any(
            is_possessive(x) or gender_of(x.text) is not None for x in caps) or not is_organisation(words):
        return None
    if "and" in links and not (toks[b].word in ORG_WORDS and "the" in links[links.index("and") + 1:]):
        return None  # (the "and" of a remit after "for the" or "of the", read back after it)
    return b - 1 if opening == b - 1 else b


def _rank_body(toks: list[Token], i: int, k: int) -> bool:
    """``toks[i..k]`` is an armed force's body named by a rank's word and its own, never a ranked
    person: ‘General Staff’, ‘General Command’ (‘Ukraine's General Staff said’ is the body, no
    "General Staff" the person).

    >>> t = tokenize("General Staff"); _rank_body(t, 0, 1)
    True
    >>> t = tokenize("General Stafford"); _rank_body(t, 0, 1)
    False
    """
    return k == i + 1 and toks[i].word == "general" and toks[k].word in RANK_BODY_WORDS and toks[k].capitalized


def _country_owner_back(toks: list[Token], s: int, lo: int) -> int | None:
    """Start of a country's (or a government's) name in the possessive right before a body's name
    at ``toks[s]``: ‘Nigeria's Federal Ministry of Health’, ‘South Africa’s National Department of
    Health’ (never a person's: ‘Elon Musk's Tesla’); None when no such owner stands there.

    >>> t = tokenize("Nigeria's Federal Ministry of Health said")
    >>> _country_owner_back(t, 1, 0)
    0
    >>> t = tokenize("Jane Smith's Federal Ministry of Health said")
    >>> _country_owner_back(t, 2, 0) is None
    True
    """
    if not (s - 1 >= lo and is_possessive(toks[s - 1]) and is_name_token(toks[s - 1])):
        return None
    owner = _name_run_back(toks, s - 1)
    return owner if owner >= lo and gender_of(toks[owner].text) is None and s - owner <= 3 else None

BODY_KINDS = frozenset("""
brokerage consultancy firm bank agency group company startup lender insurer charity university college
hospital broker fund investor retailer carmaker developer publisher label studio network think-tank
newspaper newsletter magazine tabloid broadsheet daily weekly journal website outlet broadcaster channel
""".split())  # (and an outlet's: ‘a reporter from the trade newsletter Orbit Weekly’, ‘the tabloid Blick’)


def _state_before_role(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is the adjective "state" before a lower-case role ("the former state
    senator"), or roles ("a coalition of 14 state attorneys general"), never the verb."""
    return toks[k].word == "state" and toks[k].text.islower() and k + 1 < len(toks) and (toks[k + 1].word in ROLE_NOUNS or (
        toks[k + 1].word.endswith("s") and toks[k + 1].word[:-1] in ROLE_NOUNS and toks[k + 1].text.islower()
        and k > 0 and (toks[k - 1].text.isdigit() or toks[k - 1].word in NUMBER_NAMES or toks[k - 1].word in DETERMINERS)) or (
        # (roles after a count or a determiner only: ‘The rules state lawyers “must …”’ keeps its verb)
        # (or its possessive before a lower-case noun: ‘a senior official in the Sinaloa state prosecutor's office’)
        is_possessive(toks[k + 1]) and toks[k + 1].word[:-2] in ROLE_NOUNS and k + 2 < len(toks) and toks[k + 2].text.islower()))


def _state_before_body(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is the adjective "state" after "the" or "a", before a body's noun in
    lower case (a word or two of its field between): ‘an official from the state irrigation
    department’, ‘a spokeswoman for the state health department’, ‘a lawyer for the state board’ —
    never the verb (‘the rules state the board must …’ has no determiner before it).

    >>> from quotesearch.names import tokenize
    >>> _state_before_body(tokenize("an official from the state irrigation department said"), 4)
    True
    >>> _state_before_body(tokenize("the rules state the board must act"), 2)
    False

    And "State" opening a body's capitalised name: ‘a senior official in the State Department for Fisheries’.

    >>> _state_before_body(tokenize("an official in the State Department for Fisheries said"), 4)
    True
    """
    if toks[k].text == "State" and k > 0 and toks[k - 1].word in ("the", "a") and k + 1 < len(toks) \
            and toks[k + 1].capitalized and toks[k - 1].text.islower():
        return True  # (never the verb, which no capital and "the" go before)
    if not (toks[k].text == "state" and k > 0 and toks[k - 1].word in ("the", "a")):
        return False
    for e in range(k + 1, min(len(toks), k + 4)):
        if not (toks[e].text.isalpha() and toks[e].text.islower()) or toks[e].word in FUNCTION_WORDS:
            return False
        if toks[e].word in STATE_BODY_NOUNS:
            return True
    return False


def _office_of_state(toks: list[Token], j: int, k: int) -> bool:
    """The word "state" at ``toks[k]`` ends an office's name after its role noun and "of", as the
    noun it is there and never the verb: ‘California's secretary of state, X,’, ‘Kenya's minister of
    state for health, Y,’ (but ‘the rules state that’, ‘the figures of the report state’).

    >>> from quotesearch.names import tokenize
    >>> _office_of_state(tokenize("Ohio’s secretary of state, Frank Rose,"), 0, 3)
    True
    >>> _office_of_state(tokenize("The report of the panel state that"), 0, 5)
    False
    """
    return toks[k].text == "state" and k - 2 >= j and toks[k - 1].text == "of" \
        and toks[k - 2].text.islower() and toks[k - 2].word in ROLE_NOUNS


def _nation_state(toks: list[Token], j: int, k: int) -> bool:
    """The word "state" at ``toks[k]`` is the noun of a nation that ends the object of a preposition
    inside a description begun at ``j``: ‘a senior diplomat from a coastal member state’, ‘a
    minister from a Gulf state’, ‘an official of one EU member state’ (the words between all
    lower-case or capitalised adjectives, no comma; never the verb: ‘the rules state’).

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("A diplomat from a coastal member state said")
    >>> _nation_state(toks, 0, 5), _nation_state(tokenize("The rules state that"), 0, 2)
    (True, False)
    """
    if not toks[k].text.islower():
        return False
    for p in range(k - 2, j, -1):
        if toks[p].word in ("from", "of", "in") and toks[p].text.islower():
            return toks[p + 1].word in ("a", "an", "one", "another", "each", "every", "the") and p + 1 < k - 1 \
                and all(x.text.isalpha() and x.word not in FUNCTION_WORDS for x in toks[p + 2:k])
        if not toks[p].text.isalpha():
            return False
    return False


def service_before_body(toks: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` names a service, in lower case before its body's noun
    (:data:`SERVICE_BODY_NOUNS`): ‘from the provincial fire brigade’, ‘the local fire department’ (a noun;
    never ‘they fire staff’, ‘to rescue crews’ after "to") (w66e).

    >>> t = tokenize("the provincial fire brigade said"); service_before_body(t, 2)
    True
    >>> t = tokenize("they will fire department heads"); service_before_body(t, 2)
    False
    """
    if not (0 < k and k + 1 < len(toks) and toks[k].text.islower() and toks[k].word in SERVICE_VERB_NOUNS
            and toks[k + 1].text.islower() and toks[k + 1].word in SERVICE_BODY_NOUNS):
        return False
    before = toks[k - 1]
    return before.text.isalpha() and not (before.word in AUXILIARIES or before.word in PRONOUNS or before.word == "to")


def service_before_rank(toks: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` names a service, between a lower-case place word and a rank or a
    capitalised title before a name: ‘county fire Capt. Rosa Diaz said’, ‘city fire Battalion Chief
    Marcus Reed said’, ‘rural fire Lt. Dana Kim’ (a noun; never ‘would fire Capt. X’, ‘they fire Chief X’).

    >>> t = tokenize("county fire Capt. Rosa Diaz said"); service_before_rank(t, 1)
    True
    >>> t = tokenize("would fire Capt. Rosa Diaz"); service_before_rank(t, 1)
    False
    """
    if not (0 < k and k + 2 < len(toks) and toks[k].text.islower() and toks[k].word in SERVICE_VERB_NOUNS):
        return False
    before = toks[k - 1]
    if not (before.text.isalpha() and before.text.islower()) or before.word in FUNCTION_WORDS \
            or before.word in AUXILIARIES or before.word in PRONOUNS or before.word.endswith("ed"):
        return False
    title = k + 1  # the rank, or a title's words up to its role noun: ‘Battalion Chief’
    while title < min(len(toks), k + 3) and toks[title].capitalized and toks[title].word not in HONORIFICS \
            and toks[title].word not in ROLE_NOUNS:
        title += 1
    return title + 1 < len(toks) and toks[title].capitalized and toks[k + 1].capitalized \
        and (toks[title].word in HONORIFICS or toks[title].word in ROLE_NOUNS) and is_name_token(toks[title + 1])


#: A body's remit after its head, as "to", a capitalised verb and its capitalised object (‘ to
#: Protect Rural England’, ‘ to End Homelessness’); never a person's name after "to" (no verb).
#:
#: >>> RE_TO_REMIT.match(" to Protect Rural England said", 0).group()
#: ' to Protect Rural England'
RE_TO_REMIT = LazyPattern(r" to (?:" + "|".join(sorted(w.capitalize() for w in TO_REMIT_VERBS)) + r")"
                            r"(?: (?:the |and |of |for |our )?\p{Lu}[\p{L}\-]*+){1,4}(?![\p{L}\-’'])")


def _to_remit_after(m: Mention, text: str) -> Mention | None:
    """A body's name read forward that stopped at its head before a remit of "to" and a verb:
    ‘said the Committee to Protect Journalists’ is the whole committee.

    >>> t = "said the Committee to Protect Journalists."
    >>> _to_remit_after(Mention(5, 18, "the Committee", "description"), t).text
    'the Committee to Protect Journalists'
    """
    words = m.text.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in TO_REMIT_HEADS \
            or words[0].lower() not in ("the", "a", "an") and not words[0][:1].isupper():
        return None
    tail = RE_TO_REMIT.match(text, m.end)
    if tail is None or any(gender_of(w) for w in tail.group().split()[1:]):
        return None
    return Mention(m.start, tail.end(), text[m.start:tail.end()], "organisation")


def _body_with_to_remit(toks: list[Token], i: int, m: Mention, lo: int, text: str) -> Mention | None:
    """A name read backward that is only a body's remit after "to" (‘Protect Rural England’ of ‘The
    Campaign to Protect Rural England said’): the whole body, its head capitalised before "to"."""
    if i - 2 < lo or toks[i - 1].text != "to" or toks[i].word not in TO_REMIT_VERBS \
            or not toks[i - 2].capitalized or toks[i - 2].word not in TO_REMIT_HEADS \
            or any(gender_of(w) for w in m.text.split()):
        return None
    r = _name_run_back(toks, i - 2)
    s0 = r - 1 if r - 1 >= lo and toks[r - 1].word == "the" else r
    return Mention(toks[s0].start, m.end, text[toks[s0].start:m.end], "organisation")


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
    # (as it follows any noun after "his" or "her": "Her neighbour, Bill Tran, was less sure")
    return (toks[k - 1].word in ROLE_NOUNS or (
        toks[k - 1].word in PARTY_WORDS and toks[j].word in DETERMINERS and _party_member_words(toks, j, k - 1)) or (
        toks[j].word in ("his", "her", "their") and k - j <= 3 and toks[k - 1].text.islower()) or (
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


def _title_after_body(toks: list[Token], k: int) -> int | None:
    """Where a lower-case title starts when a body's name, its first words read, goes on at ``toks[k]``
    past "of", "and" or "for" and its acronym in brackets, and a person's name follows the title:
    the body and the title are the person's role (‘Regional Water Authority (RWA) spokesman X’,
    ‘Ministry of the Interior spokesman X’, ‘Ashby and Hale county councillor X’).

    >>> t = "Tyne Radio North of England correspondent Ann Lee is near"
    >>> toks = tokenize(t); toks[_title_after_body(toks, 3)].text
    'correspondent'
    """
    n = len(toks)
    e = k
    while e + 1 < n and toks[e].word in NAME_JOINERS and toks[e].text.islower():
        f = e + 2 if toks[e + 1].text == "the" and toks[e].word == "of" else e + 1  # ("Ministry of the Interior")
        if f >= n or not is_name_token(toks[f]):
            break
        e = _name_run_end(toks, f) + 1
        if is_possessive(toks[e - 1]):
            return None
    if e + 2 < n and toks[e].text == "(" and toks[e + 1].text.isupper() and toks[e + 2].text == ")":
        e += 3  # its acronym: "(RWA)"
    if e == k:
        return None
    r = e
    while r < n and r - e < 3 and toks[r].text.isalpha() and toks[r].text.islower() and toks[r].word not in FUNCTION_WORDS \
            and (toks[r].word not in SPEECH_VERBS or toks[r].word in ROLE_NOUNS):
        r += 1  # (never a verb: ‘Smith and Jones told reporter Ann Lee:’ names two people)
    if r == e or r + 1 >= n or toks[r - 1].word not in ROLE_NOUNS or not is_name_token(toks[r]) \
            or not is_name_token(toks[r + 1]) or is_organisation([x.text for x in toks[r:_name_run_end(toks, r) + 1]]):
        return None
    return e


def _body_name_end(toks: list[Token], rs: int, re_: int, headed: bool = False) -> int:
    """Where a body's name that opens at ``toks[rs]`` ends, past "of", "for" and "and" inside it and a
    lower-case noun of bodies after it: "the Department of Health and Human Services", "the
    United Food and Commercial Workers union" (an "of" only after a body's word: never "the
    Smiths of Ohio"; an "and" only inside a body's name: never "the Smiths and the Joneses").

    >>> t = "said the Department of Health and Human Services on Monday"
    >>> toks = tokenize(t); toks[_body_name_end(toks, 2, 2)].text
    'Services'
    >>> t = "The Dorrin Chamber of Trade and Industry welcomed it"
    >>> toks = tokenize(t); toks[_body_name_end(toks, 1, 2)].text
    'Industry'
    """
    n = len(toks)
    e = re_
    body = any(_remit_head(x) for x in toks[rs:e + 1])  # (a body's word, or a head no list of bodies holds:
    # ‘the Dorrin Chamber of Trade and Industry’)
    while e + 2 < n and toks[e + 1].word in ("of", "for", "and", "&") and is_name_token(toks[e + 2]) \
            or (r := _remit_after(toks, e, headed=headed and e == re_)) is not None:
        if e + 2 < n and toks[e + 1].word in ("of", "for", "and", "&") and is_name_token(toks[e + 2]):
            f = e + 2
        else:  # a remit after "on", "of the", "para la": ‘the Committee on Enforced Disappearances’
            body, f = True, r
        while f + 1 < n and is_name_token(toks[f + 1]) and not is_possessive(toks[f]):
            f += 1
        more = any(_body_word(x) for x in toks[e + 2:f + 1]) or (
            f + 1 < n and toks[f + 1].text.islower() and toks[f + 1].word in BODY_HEADS)
        if not (body or more) or (toks[e + 1].word in ("of", "for") and not body):
            break
        if toks[e].word == "prefecture" and toks[e + 1].word == "of" and f == e + 2 and toks[f].text in COUNTRY_NATIONALITIES:
            break  # a prefecture's country, no remit: ‘Okinawa Prefecture of Japan said’ (review rv62a)
        body, e = True, f
    if e + 5 < n and toks[e + 1].text == "in" and is_name_token(toks[e + 2]) \
            and (f := _name_run_end(toks, e + 2)) + 3 < n and toks[f + 1].text == "(" and toks[f + 3].text == ")" \
            and _initials_spell(toks[rs:f + 1], toks[f + 2].text):
        e = f  # where it works, when the letters it goes by in brackets say the place is part of its name:
        # ‘the Association of Banks in Lebanon (ABL)’ (never ‘the Association of Banks in Lebanon said’) (w62a)
    if e + 1 < n and toks[e + 1].text.islower() and toks[e + 1].word in BODY_HEADS:
        e += 1  # "the Teamsters union"
    elif e + 2 < n and toks[e + 1].text.islower() and toks[e + 1].word.endswith(("s’", "s'")) \
            and toks[e + 2].text.islower() and toks[e + 2].word in BODY_HEADS | {"conference"}:
        e += 2  # the body of a nation's people of a calling: "the Mexican bishops’ conference"
    return e


def _initials_spell(name: Sequence[Token], letters: str) -> bool:
    """Whether the capitals that open the words of a body's name, past a first "The", spell the letters it
    goes by (‘Association of Banks in Lebanon’ and "ABL").

    >>> _initials_spell(tokenize("The Association of Banks in Lebanon"), "ABL")
    True
    >>> _initials_spell(tokenize("Association of Banks in Lebanon"), "AB")
    False
    """
    words = [x.text for x in name if x.text[:1].isupper()]
    if words and words[0] == "The":
        words = words[1:]
    return len(letters) >= 2 and letters.isupper() and "".join(w[0] for w in words) == letters


def _remit_after(toks: list[Token], e: int, headed: bool = False) -> int | None:
    """Where a body's remit ends when one follows its head at ``toks[e]`` after a lower-case joiner
    (‘Committee on Enforced Disappearances’, ‘Friends of the Earth’, ‘Semillas para la Democracia’):
    the reverse of :func:`_remit_body_back`. ``headed``: the words before the name already said it is
    a body (‘the consumer group Voice of the Passenger’), so its head need be no body's word (w62a)."""
    n = len(toks)
    c = e + 1
    sent = c < n and toks[c].text in MISSION_JOINERS and toks[e].capitalized and toks[e].word in MISSION_HEADS
    if c + 1 >= n or (toks[c].text not in REMIT_JOINERS | FOREIGN_JOINERS and not sent) or is_possessive(toks[e]) \
            or not (toks[c].text in FOREIGN_JOINERS or sent or _remit_head(toks[e])
                    or (headed and toks[e].capitalized and toks[c].text in ("of", "for"))):
        return None
    f = c + 1
    if f + 1 < n and ((toks[f].text == "the" and (toks[c].text in ("of", "for") or sent))
                      or (toks[f].text in FOREIGN_ARTICLES and toks[c].text in FOREIGN_JOINERS)):
        f += 1
    if not is_name_token(toks[f]) or toks[f].word in PLATFORM_NOUNS or gender_of(toks[f].text) is not None:
        return None
    g = f
    while f + 1 < n and is_name_token(toks[f + 1]) and not is_possessive(toks[f]):
        f += 1
    if is_possessive(toks[f]) or split_title([x.text for x in toks[g:f + 1]])[0] or toks[f].word in NOT_REMITS:
        return None  # (never a title and a person's name after the body's: ‘the Council on X Relations Executive Director Y’)
    return f


def _body_word(t: Token) -> bool:
    """A capitalised word of a body's name: "Department", "Services", "Workers"."""
    w = t.word
    return t.capitalized and (w in ORG_WORDS or (w[-1:] == "s" and w[:-1] in ORG_WORDS) or w in ORG_NAME_WORDS)


#: Lower-case nouns of bodies after a name ("the Teamsters union", "the Likud party").
BODY_HEADS = wordset("union party group council association federation coalition alliance committee movement")

#: Words of bodies' names that are no organisation's head alone ("Commercial Workers", "Human Services").
ORG_NAME_WORDS = wordset("workers services affairs relations rights resources employees teachers nurses")


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


def _jurisdiction_title_at(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a government's level in lower case (:data:`~quotesearch.role_words.TITLE_LEVEL_WORDS`) before a capitalised
    title and a name (‘state Rep. Ana Ruiz’, ‘city Councilman Ed Tran’, ‘federal Judge Ida Voss’); never
    the word alone or before an ordinary word (‘state officials’, ‘city Hall’).

    >>> [_jurisdiction_title_at(tokenize(t), 0) for t in ("state Rep. Ana Ruiz", "county Commissioner Ida Voss", "state Capitol")]
    [True, True, False]
    """
    return i + 2 < len(toks) and toks[i].text in TITLE_LEVEL_WORDS and toks[i + 1].capitalized \
        and (toks[i + 1].word in HONORIFICS or toks[i + 1].word in ROLE_NOUNS) and is_name_token(toks[i + 2])


def _acronym_bracket_len(toks: list[Token], i: int) -> int:
    """How many tokens a body's letters in brackets take at ``toks[i]`` (‘(NUT)’, ‘(GALSSM)’), else 0."""
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].text.isalpha() \
            and toks[i + 1].text.isupper() and len(toks[i + 1].text) >= 2:
        return 3
    return 0
