"""Where a body's name in a mention starts and ends: a department and its government's level, a remit
after "of", "for", "on" or "to" (its head, a gerund, a mission's place), an "and" or small linking
words inside the name, a list of portfolios ending in its country, an armed force's body named by a
rank, a country's possessive before it, a title after it and the letters it goes by.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.place_words import COUNTRY_NATIONALITIES, ONE_WORD_PLACES
from quotesearch.document_words import PLATFORM_NAMES
from quotesearch.body_words import (
    GOVERNMENT_LEVELS, ORG_WORDS, PUBLIC_BODY_HEADS, RANK_BODY_WORDS, RULING_WORDS, TO_REMIT_HEADS, TO_REMIT_VERBS,
    WORKERS_BODY_KINDS,
)
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.names import split_title
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import LOWER_REMIT_HEADS, MINISTRY_WORDS, Mention, _linking_adjective
from quotesearch.mention_names import NAME_HOLDERS, _name_run_end
from quotesearch.mention_offices import DEPARTMENT_WORDS, OFFICE_ADJECTIVES


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

#: Heads of a body of members named after their trade in a plural possessive, read through the name's
#: "and" (‘the Fire and Rescue Workers’ Union’, ‘the Bakers and Millers' Federation’).
#:
#: >>> "union" in MEMBERS_BODY_HEADS, "bank" in MEMBERS_BODY_HEADS
#: (True, False)
MEMBERS_BODY_HEADS = WORKERS_BODY_KINDS | {"society", "alliance"}


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
    >>> _body_and_end(tokenize("The Fire and Rescue Workers’ Union said"), 2), _body_and_end(tokenize("the Bakers and Millers' Guild"), 2)
    (5, 4)
    >>> _body_and_end(tokenize("said Ortiz and Farmers’ Union negotiator Bill Crane"), 2) is None
    True
    """
    return _body_and_end(toks, a) is not None


def _body_and_end(toks: list[Token], a: int) -> int | None:
    """Where the body's name that :func:`_body_head_after_and` reads through its "and" at ``a`` ends: the
    last of the capitalised run after "and", a body's noun (‘… and Public Administration Committee’), or
    the head of a body of members after their plural possessive (‘… and Rescue Workers’ Union’)."""
    if a == 0 or toks[a].word != "and" or not toks[a].text.islower() or not toks[a - 1].capitalized \
            or toks[a - 1].word in ORG_WORDS:
        return None  # (never two bodies, the first whole before "and": ‘Kora Bank and Zeal Bank’)
    e = a + 1
    while e < len(toks) and e - a <= BODY_AND_WORDS + 1 and toks[e].capitalized and toks[e].text.isalpha():
        e += 1
    if e - 1 > a + 1 and toks[e - 1].word in PUBLIC_BODY_HEADS:
        return e - 1
    return e + 1 if a >= 2 and toks[a - 2].word == "the" and _members_head_at(toks, e) else None  # (only
    # "the" and one word before "and": never a person's surname, ‘said Ortiz and Farmers’ Union negotiator
    # Bill Crane’, review rv115a)


def _members_head_at(toks: Sequence[Token], e: int) -> bool:
    """``toks[e]`` is a plural possessive of members followed by their body's head noun (‘Workers’
    Union’, ‘Farmers' Association’), which ends the name that :func:`_body_and_end` reads: the
    head's offset is ``e + 1``.

    >>> _members_head_at(tokenize("Workers’ Union said"), 0), _members_head_at(tokenize("Harrow’s Union"), 0)
    (True, False)
    """
    return e + 1 < len(toks) and toks[e].capitalized and toks[e].text.endswith(("s’", "s'")) \
        and toks[e].text[:-1].isalpha() and toks[e + 1].word in MEMBERS_BODY_HEADS and toks[e + 1].capitalized


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


#: Small words inside a body's name ("Department of Health and Social Care", "House of Lords").
NAME_JOINERS = frozenset("of and for &".split())


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

#: Heads of a body named for its cause, whose remit after "for" or "of" may join two single words by
#: "and" (‘the Regional Assembly for Democracy and Rights’, ‘the Organisation for Security and
#: Cooperation’): read back whole, never cut to the last word. Never a bank's or a firm's head (‘the
#: Bank of England and Reeves said’ are two).
#:
#: >>> "assembly" in CAUSE_BODY_HEADS, "organisation" in CAUSE_BODY_HEADS, "bank" in CAUSE_BODY_HEADS
#: (True, True, False)
CAUSE_BODY_HEADS = frozenset("""
assembly organisation organization association federation alliance coalition league society foundation
movement network forum union front campaign
""".split())

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


#: Kinds of a campaigning body written in lower case right before its name, which say that the words
#: after them are one body's name whatever its words (‘consumer group Power to the Customer’, ‘the
#: charity Hope for Justice’).
#:
#: >>> "charity" in KINDS_BEFORE_LINKED_NAME, "firm" in KINDS_BEFORE_LINKED_NAME
#: (True, False)
KINDS_BEFORE_LINKED_NAME = frozenset("""
charity group campaign watchdog organisation organization coalition alliance network movement association
""".split())


#: Most words before a body's kind in lower case that the clause may open with (‘The disability
#: charity’, ‘Consumer group’).
KIND_LEAD_WORDS = 3

#: Words that end a kind's lead looking back: any small word but "the" (‘Analysts at the group …’).
LEAD_STOP_WORDS = FUNCTION_WORDS - {"the"}


def _kind_opens_clause(toks: list[Token], o: int, lo: int) -> bool:
    """The body's kind at ``toks[o]`` opens its clause, with at most a few words before it and no
    preposition: ‘The disability charity …’, never ‘Analysts at the group …’ (the analysts speak).

    >>> _kind_opens_clause(tokenize("Consumer group Power said"), 1, 0)
    True
    >>> _kind_opens_clause(tokenize("Analysts at the group Bank said"), 3, 0)
    False
    """
    s = o - 1
    while s >= lo and o - s <= KIND_LEAD_WORDS and toks[s].text.isalpha() and toks[s].word not in LEAD_STOP_WORDS:
        s -= 1
    return s < lo or not toks[s].text[:1].isalnum()


def _linked_body_back(toks: list[Token], i: int, k: int, lo: int) -> int | None:
    """Start (its "the") of a body's name that runs back from the capitalised run ``toks[i..k]``
    over small words in lower case to a "the": ‘the Carolina Freedom to Read Project said’, ‘the
    Coalition to Stop Gun Violence said’, ‘the Group for the Support of Islam and Muslims said’. The
    whole is a body's name (its head word a body's, at either end), with no given name the lists
    know nor a possessive inside; an "and" only inside a remit after the head's "for the" or "of
    the" (never ‘the Bank of England and Reeves said’, two speakers). After a campaigning body's kind
    in lower case (:data:`KINDS_BEFORE_LINKED_NAME`) the name needs no body's word and starts after
    the kind: ‘consumer group Power to the Customer said’. None otherwise.

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
    if not (i - 2 >= lo and (toks[i - 1].text in BODY_NAME_LINKS or toks[i - 1].text == "the")) \
            or split_title([x.text for x in toks[i:k + 1]])[0] \
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
    after_kind = b < i and opening >= lo and toks[opening].text in KINDS_BEFORE_LINKED_NAME \
        and _kind_opens_clause(toks, opening, lo) and toks[k].word not in NOT_REMITS \
        and toks[i].word not in PLATFORM_NOUNS and "on" not in links
    # (never when or where it spoke: ‘the charity Shelter on Christmas Eve said’, ‘… on Facebook said’; nor
    # over "on", as often where the body works: ‘the charity Crisis on Merseyside’, review rv122c)
    if not after_kind and (b == i or opening < lo or toks[opening].word != "the"
                           or (opening - 1 >= lo and toks[opening - 1].text[:1].isalnum())):
        return None  # (the body opens the clause: never a description's object, ‘Economists at the Institute for
        # Fiscal Studies said’ are the economists)
    words = [x.text for x in toks[b:k + 1]]
    caps = [x for x in toks[b:k + 1] if x.capitalized]
    if after_kind and (split_title(words)[0] or any(x.word in ROLE_NOUNS for x in caps)):
        return None  # (an office after the kind is a person's: ‘The charity Director of Fundraising said’)
    if any(is_possessive(x) for x in caps) or not after_kind and (
            not (toks[b].word in ORG_WORDS or toks[k].word in ORG_WORDS)
            or any(gender_of(x.text) is not None for x in caps) or not is_organisation(words)):
        return None  # (after its kind, a given name may open a body's name: ‘the charity Hope for Justice’)
    if "and" in links and not (toks[b].word in ORG_WORDS and "the" in links[links.index("and") + 1:]):
        return None  # (the "and" of a remit after "for the" or "of the", read back after it)
    return b - 1 if opening == b - 1 and not after_kind else b


def _linked_body_end(toks: list[Token], rs: int, re_: int, lo: int) -> int:
    """Where a body's name read forward from ``toks[rs]``, right after its kind in lower case, ends:
    past the small words and capitalised runs that :func:`_linked_body_back` reads back to ``rs``
    (‘Consumer group Power to the Customer said it had written’, never "Power"); ``re_``, the end of the
    first run, otherwise.

    >>> _linked_body_end(tokenize("Disability charity Power to the Customer said it"), 2, 2, 0)
    5
    >>> _linked_body_end(tokenize("Residents told Access on Track staff"), 2, 2, 0)
    2
    """
    if rs - 1 < lo or toks[rs - 1].text not in KINDS_BEFORE_LINKED_NAME \
            or _remit_after(toks, re_, headed=True) is not None:
        return re_  # (a remit after "of" or "for" is :func:`_remit_after`'s to read: ‘The group Daughters of the Harbour’)
    e, n = re_, len(toks)
    for _ in range(4):
        q = e + 2 + (e + 2 < n and toks[e + 2].text == "the")
        if not (q < n and toks[e + 1].text in BODY_NAME_LINKS - {"and"} and is_name_token(toks[q])
                and not is_possessive(toks[q])):
            break
        e = _name_run_end(toks, q)
    return e if e > re_ and _linked_body_back(toks, _name_run_back(toks, e), e, lo) == rs else re_


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


def _letters_after_spell(toks: Sequence[Token], s: int, k: int) -> bool:
    """Whether the letters in brackets right after ``toks[k]`` spell the body's name ``toks[s..k]``
    (‘National Employers for Fire and Rescue (NEFR)’): the name runs from ``toks[s]`` whatever small
    words stand inside it (w112a).

    >>> t = tokenize("The National Employers for Fire and Rescue (NEFR) said")
    >>> _letters_after_spell(t, 1, 6), _letters_after_spell(t, 4, 6)
    (True, False)
    """
    return k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")" \
        and _initials_spell(toks[s:k + 1], toks[k + 2].text)


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


def _acronym_bracket_len(toks: list[Token], i: int) -> int:
    """How many tokens a body's letters in brackets take at ``toks[i]`` (‘(NUT)’, ‘(GALSSM)’), else 0."""
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].text.isalpha() \
            and toks[i + 1].text.isupper() and len(toks[i + 1].text) >= 2:
        return 3
    return 0


#: The rest of a ministry's or a department's list of portfolios after its first, up to the last after
#: "and" (‘, Infrastructure and Transport’ of ‘the Ministry of Land, Infrastructure and Transport’, ‘,
#: Food and the Marine’, ‘, Energy, the Environment and Water’); each in capitals, so never ‘, the central bank and the tax office’.
#:
#: >>> RE_PORTFOLIOS.match(", Labour and Welfare said").group()
#: ', Labour and Welfare'
#: >>> RE_PORTFOLIOS.match(", Energy, the Environment and Water said").group()  # (a portfolio with its article, w83b)
#: ', Energy, the Environment and Water'
#: >>> RE_PORTFOLIOS.match(", which oversees the army, said") is None
#: True
RE_PORTFOLIOS = LazyPattern(r"(?:, (?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})+"
                            r" (?:and|&) (?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2}\b(?![’'])")


def _portfolios_end(text: str, name: str, end: int) -> int:
    """Where a ministry's or a department's name ending at ``end`` ends, with the rest of its list of
    portfolios (‘The Ministry of Trade, Industry and Energy’, never ‘the Ministry of Trade’); ``end``
    itself for any other body, or when no list follows."""
    words = name.lower().split()
    of = next((k for k, w in enumerate(words[:-1]) if k > 0 and w in ("of", "for")), None)
    if of is None or not any(w in ("ministry", "department") for w in words[:of]):
        return end  # (its kind before its first portfolio: never ‘Bank of Ireland, Permanent TSB and AIB’)
    more = RE_PORTFOLIOS.match(text, end)
    return end if more is None else more.end()
