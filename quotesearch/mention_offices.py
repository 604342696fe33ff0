"""Offices and titles in a mention: an office holder's title before or after the name, ranks,
seats, envoys and party members, and the name an office's words lead to.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.name_words import HONORIFICS, PERSON_HONORIFICS, STOPPED_PERSON_HONORIFICS, STYLED_OF_PLACE_TITLES
from quotesearch.body_words import GOVERNMENT_LEVELS, ORG_WORDS
from quotesearch.role_words import (
    ACRONYM_RANKS, CHAMBER_WORDS, EXECUTIVE_ACRONYMS, KIN_NOUNS, OFFICE_RANK_WORDS, OFFICE_WORDS,
    ROLE_BEFORE_PLACE_REACH, ROLE_NOUNS,
)
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.names import PARTY_WORDS, RE_ORDINAL, split_title
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, IRREGULAR_PAST, Mention, POSSESSIVES, _description
from quotesearch.mention_names import PLACE_NOUNS, STYLE_LEADS


#: Lower-case words of an office before a capitalised title (‘federal Immigration Minister’).
OFFICE_ADJECTIVES = wordset("federal provincial state former interim acting then new regional national territorial")

#: Bodies whose names after "of" may hold "and" and one word ("the Department of Fish and Game";
#: never "the Bank of England and Reeves").
DEPARTMENT_WORDS = frozenset("department ministry agency commission bureau division office council board authority centers centres center centre institute institutes administration".split())


def _office_before(toks: list[Token], k: int, lo: int) -> bool:
    """The words of the clause up to ``toks[k]`` are an office held in a body, opening with "the"
    and its title: ‘The Deputy Chairperson of the EC in charge of Operations’, ‘The president of
    the Tunisian League for Rights and Freedoms’ (what a name set off after them holds)."""
    b = k
    while b - 1 >= lo and k - b < 16 and toks[b - 1].text not in ",.;:—()“”\"":
        b -= 1
    c = b + 1
    while c < k and toks[c].text.islower() and (toks[c].word in OFFICE_ADJECTIVES or toks[c].word in GOVERNMENT_LEVELS):
        c += 1  # (past a level or a tenure in lower case: ‘The state Commissioner for Youth and Sports’)
    return c + 1 < k and toks[b].word == "the" and toks[c].word in ROLE_NOUNS \
        and any(x.word in ("of", "for") for x in toks[c + 1:k])


def _office_list_before(toks: list[Token], k: int, lo: int) -> bool:
    """The clause up to ``toks[k]`` is an office whose words a comma splits, a list of portfolios or a
    place set off after the place it holds, opening with its title and "of" or "for": ‘Minister of
    Trade, Industry and Tourism’, ‘Chief of Ward Seven, Kisumu County’ (never one piece alone:
    :func:`_office_before` reads those).

    >>> t = "Minister of Trade, Industry and Tourism"
    >>> _office_list_before(tokenize(t), 6, 0)
    True
    >>> t = "In Kisumu, Kisumu County"
    >>> _office_list_before(tokenize(t), 4, 0)
    False
    """
    return _office_list_start(toks, k, lo) >= 0


def _office_list_start(toks: list[Token], k: int, lo: int) -> int:
    """Where the office :func:`_office_list_before` reads starts, else -1."""
    b = k
    for _ in range(3):  # a title, then at most two pieces set off
        while b - 1 >= lo and k - b < 16 and toks[b - 1].text not in ",.;:—()“”\"":
            b -= 1
        if b - 1 < lo or toks[b - 1].text != ",":
            break
        b -= 1
    c = b + (toks[b].text in ",")
    start = c
    while c < k and (toks[c].word in ("the", "a") or toks[c].word in OFFICE_ADJECTIVES or toks[c].word in GOVERNMENT_LEVELS):
        c += 1
    found = c < k and toks[c].word in ROLE_NOUNS and c + 1 < k and toks[c + 1].word in ("of", "for") \
        and any(x.text == "," for x in toks[c + 1:k])
    return start if found else -1


def _the_between_styles(inner: list[Token], c: int) -> bool:
    """A "the" between a title and a style, as Commonwealth papers write them: ‘Senator the Hon. Dr
    Ada Lowe’, ‘Minister the Hon. Paul Reid’ (part of the name's styles, never a new mention)."""
    return 0 < c < len(inner) - 2 and inner[c].text == "the" and inner[c + 1].word in HONORIFICS \
        and inner[c - 1].text[:1].isupper()


def _role_before_place(toks: list[Token], k: int, lo: int) -> bool:
    """A role noun right before the place's "in" at ``toks[k]``, or before the body it speaks for: ‘field
    office director in’, ‘A spokesman for the Saudi Embassy in’, ‘the head of the agency's office in’
    (within :data:`ROLE_BEFORE_PLACE_REACH` words, none of them a clause's: no comma, no verb of speech)."""
    if any(x.word in ROLE_NOUNS for x in toks[max(lo, k - 3):k]):
        return True
    for r in range(k - 4, max(lo, k - ROLE_BEFORE_PLACE_REACH) - 1, -1):
        x = toks[r]
        if x.text in ",.;:—()“”\"" or x.word in SPEECH_VERBS:
            return False
        if x.word in ROLE_NOUNS and x.text.islower() and toks[r + 1].word in ("for", "of", "at", "to"):
            return True
    return False


def _holder_before(toks: list[Token], i: int, lo: int) -> bool:
    """A word that holds a name stands at ``toks[i]``, past up to two adjectives in lower case
    ("of the", "for", and "the conservative", "the far-right")."""
    for _ in range(2):
        if i >= lo and ((toks[i].text.islower() and toks[i].text[:1].isalpha() and toks[i].word not in FUNCTION_WORDS)
                        or RE_ORDINAL.fullmatch(toks[i].text)):  # (and a unit's number: "the 82nd Airborne Division")
            i -= 1
    return i >= lo and toks[i].word in ("the", "of", "from", "for", "at", "to")


#: Kin, with the family's own words for them (‘Alfie's dad, Lee Dobbs,’).
KIN_WORDS = KIN_NOUNS | frozenset("dad mum mom grandma grandad grandpa stepfather stepmother partner".split())


def _rank_described(toks: list[Token], a: int, b: int) -> bool:
    """``toks[a:b + 1]`` after "the" is a rank in capitals with a word or two of place or party before
    it: an office described ("the DCP", "the Salford MP"), never a name."""
    return b - a < 3 and toks[b].word in ACRONYM_RANKS and toks[b].text.isupper() \
        and all(x.text.isalpha() for x in toks[a:b])


def _owned_party_rank(toks: list[Token], d: int, i: int, lo: int) -> int | None:
    """The party word at ``toks[i]`` follows a rank of a word or two ("top", "ranking", "most senior")
    after an owner that opens with "the" (``toks[d]`` is the owner or a word of the rank): one member
    described by the body they sit on (‘The panel’s ranking Democrat’, ‘the House's top Republican’),
    never a party's own member (‘Labour’s top Tory’ has no "the").

    >>> t = tokenize("The panel’s ranking Democrat said")
    >>> _owned_party_rank(t, 2, 3, 0)
    1
    """
    while d > i - 4 and d - 1 >= lo and toks[d].text.isalpha() and toks[d].text.islower():
        d -= 1  # (past the rank: "most senior")
    ok = d - 1 >= lo and d < i - 1 and toks[d - 1].word == "the" and is_possessive(toks[d]) \
        and all(x.text.isalpha() and x.text.islower() for x in toks[d + 1:i])
    return d if ok else None


def _titled_name_after_the(toks: list[Token], i: int, k: int, text: str) -> Mention | None:
    """A person named in full after "the" and a capitalised title (``toks[i]`` the "the", ``toks[k]``
    the name's last word), the way European and Commonwealth papers write a party's member: ‘the Labour
    MP Angela Rayner’, ‘the Sinn Féin MEP Lynn Boylan’, ‘the Democratic Party MEP Chiara Rossi’: the
    name, the title its role, never a body "the …". Only when the title ends in a rank in capitals
    or the name opens with a given name the lists know (never ‘the President Hotel Group’).

    >>> t = "the Green Party MEP Chiara Rossi said"
    >>> m = _titled_name_after_the(tokenize(t), 0, 5, t); (m.text, m.role)
    ('Chiara Rossi', 'Green Party MEP')
    >>> t = "the President Hotel Group said"
    >>> _titled_name_after_the(tokenize(t), 0, 3, t) is None
    True
    """
    title, name = split_title([x.text for x in toks[i + 1:k + 1]])
    if not title or not 2 <= len(name) <= 4 or is_organisation(list(name)) \
            or not all(is_name_token(x) for x in toks[k - len(name) + 1:k + 1]):
        return None
    last = title.split()[-1]
    if not ((last.isupper() and last.lower() in ACRONYM_RANKS) or gender_of(name[0]) is not None):
        return None
    a, b = toks[k - len(name) + 1], toks[k]
    return Mention(a.start, b.end, text[a.start:b.end] if text else " ".join(name), "name", title)


#: A capitalised title's remit and the words after it, in one run: ‘ to China Yerlan Abenov’, ‘ to the
#: United Nations Ana Ruiz’ (the place and the name are told apart by ``_place_words``).
RE_REMIT_RUN = LazyPattern(r" (?:to|for) (?:the )?(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}\-’']*){1,6})(?![\p{L}\p{Nd}\-’'])")

#: A capitalised envoy's title ending just before its remit: ‘… Ambassador to ’, ‘Representative to the ’.
RE_TITLE_BEFORE_REMIT = LazyPattern(r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+) (?:to|for) (?:the )?$")


#: Members of a house who sit for a seat, in capitals before it (‘Labour MP for Leeds East Richard Burgon’,
#: ‘Fianna Fáil TD for Cork South-West X’, ‘SNP MSP for Moray X’) (w58a).
#:
#: >>> "mp" in SEAT_MEMBER_RANKS, "pc" in SEAT_MEMBER_RANKS
#: (True, False)
SEAT_MEMBER_RANKS = wordset("mp mep msp mla ms td mhk mpp")


def _officer_set_off_after(toks: list[Token], m: Mention, j: int) -> Mention | None:
    """The person set off by commas right after a body's office in letters, before the cue ``j``:
    ‘Kestrel’s CEO, Arun Mehta, said’ is Arun Mehta, with the office as the role (the capitals of
    "Kestrel’s CEO" read as a name otherwise). Only a possessive and an executive's letters
    (EXECUTIVE_ACRONYMS) ahead, and two to four name words set off; never ‘Kestrel’s CEO said’.

    >>> t = "Kestrel’s CEO, Arun Mehta, said"; toks = tokenize(t)
    >>> _officer_set_off_after(toks, Mention(0, 13, "Kestrel’s CEO", "name"), len(toks) - 1)
    Mention(start=15, end=25, text='Arun Mehta', kind='name', role='Kestrel’s CEO')
    """
    k = next((i for i in range(j) if toks[i].start == m.start), None)
    words = m.text.split()
    if k is None or len(words) < 2 or not words[-1].isupper() or words[-1].lower() not in EXECUTIVE_ACRONYMS \
            or not words[-2].endswith(("’s", "'s")):
        return None
    e = next((i for i in range(k, j) if toks[i].end == m.end), None)
    if e is None or e + 1 >= j or toks[e + 1].text != "," or toks[j - 1].text != ",":
        return None
    run = toks[e + 2:j - 1]
    if not 2 <= len(run) <= 4 or not all(is_name_token(t) and not t.text.isupper() for t in run):
        return None
    return Mention(run[0].start, run[-1].end, " ".join(t.text for t in run), "name", m.text)


def _chamber_party_member(toks: list[Token], i: int, m: Mention, lo: int, text: str) -> Mention | None:
    """The name ``m`` (from ``toks[i]``) is a chamber and a party word, one of its members, after an
    article and a few words of rank: a description as written (‘A top Senate Republican said’, ‘a
    senior House Democrat warned’), never the name "Senate Republican" (nor ‘Senate Republican leader
    Tom Brandt said’, whose name is Tom Brandt's, nor ‘Senate Republicans’, many).

    >>> t = "A top Senate Republican said"
    >>> _chamber_party_member(tokenize(t), 2, Mention(6, 23, "Senate Republican", "name"), 0, t).text
    'a top Senate Republican'
    """
    p = i + 1
    if not (p < len(toks) and toks[p].end == m.end and toks[i].word in CHAMBER_WORDS and toks[p].word in PARTY_WORDS
            and not toks[p].word.endswith(("s", "ic")) and i - 1 >= lo):
        return None
    d = i - 1
    while d >= lo and i - d <= PARTY_RANK_WORDS and toks[d].text.isalpha() and toks[d].text.islower() \
            and toks[d].word not in FUNCTION_WORDS and toks[d].word not in DETERMINERS:
        d -= 1
    if d < lo or toks[d].word not in ("a", "an", "the", "another", "one"):
        return None
    return _description(toks, d, p, text, lower_first=True)


#: The styles of clergy and nobles, written after "the" ("the Reverend X", "the Rt Hon X"): a
#: person's, never a body's name. ("Right", "Very", "Most" are styles only before another:
#: "the Right Reverend", never "the Right Livelihood Foundation".)
STYLES = frozenset("reverend rev revd rt hon honourable honorable venerable".split())


def _style_at(toks: list[Token], i: int) -> bool:
    """A style opens at ``toks[i]``: "Reverend", "Rt Hon", "Right Reverend"."""
    w = toks[i].word
    return w in STYLES or (w in STYLE_LEADS and i + 1 < len(toks) and toks[i + 1].word in STYLES)


#: Words inside an office's capitalised name that ties it to a body (‘Minister in the Presidency’,
#: ‘Minister of State at the Department of Health’, ‘Secretary to the Treasury’, ‘Minister of State
#: in charge of Planning’, ‘Special Adviser to the President on Media’).
OFFICE_BODY_LINKS = wordset("in at to of for and the on charge")


def _office_in_body_before(toks: list[Token], i: int, k: int, lo: int, text: str, of_link: bool = False) -> Mention | None:
    """A person named after an office that lies "in", "at" or "to" a body, or whose remit is a list,
    all capitalised, the run ``toks[i..k]`` ending in the body's last words and the name: ‘Minister in
    the Presidency Nomvula Dlamini-Khoza’, ‘Minister of State at the Department of Foreign Affairs
    Thomas Byrne’, ‘Parliamentary Secretary to the Minister for Finance Mary Ryan’, ‘Minister for
    Housing, Local Government and Heritage Darragh O’Brien’ (the person, the office as role; never
    the body with the name glued on). The office noun (‘Minister’, ‘Secretary’) opens the run, after
    the words that rank it (‘Permanent’, ‘Senior’); the name is found by :func:`_holder_name_start`.
    With ``of_link``, an office "of the" body ties it too (‘Undersecretary of the Ministry of Labour
    Mohammed Hassan Al Obaidli’: the caller asks only where the office word alone would be read as
    the person of a body, past the body's own "of").

    >>> t = "Minister in the Presidency Thabo Nkosi said"
    >>> toks = tokenize(t); m = _office_in_body_before(toks, 3, 5, 0, t)
    >>> (m.text, m.role)
    ('Thabo Nkosi', 'Minister in the Presidency')
    >>> t = "Permanent Secretary in the Ministry of Health Peter Tum said"
    >>> toks = tokenize(t); m = _office_in_body_before(toks, 6, 8, 0, t)
    >>> (m.text, m.role)
    ('Peter Tum', 'Permanent Secretary in the Ministry of Health')
    >>> _office_in_body_before(tokenize("Rivers in the Amazon Thabo said"), 4, 4, 0, "") is None
    True
    """
    a = _holder_name_start(toks, i, k)
    if a is None:
        return None
    s, linked, joined = i, False, False
    while s - 1 >= lo and i - s < 16:
        p = toks[s - 1]
        if p.text.islower() and p.word in OFFICE_BODY_LINKS:
            linked = linked or (p.word in ("in", "at", "to") and toks[s].word == "the") \
                or (p.word == "in" and toks[s].text == "charge") or (of_link and p.word == "of" and toks[s].word == "the")
            joined = joined or p.word == "and"
        elif p.text == "," and joined and s - 2 >= lo and toks[s - 2].capitalized and toks[s].capitalized:
            linked = True  # a remit listed before its "and": ‘for Children, Equality, Disability, Integration and Youth’
        elif not (p.capitalized and (is_name_token(p) or is_possessive(p))):
            break  # (a possessive inside the body's name: ‘in the Prime Minister's Department’)
        s -= 1
    while s < i and not (toks[s].capitalized and toks[s].word in ROLE_NOUNS):
        s += 1  # (the office opens the run: never "But", nor a place before it)
    while s - 1 >= lo and toks[s - 1].capitalized and toks[s - 1].word in OFFICE_RANK_WORDS:
        s -= 1  # (and the words that rank it: ‘Permanent Secretary’, ‘Parliamentary Secretary’)
    if not linked or s >= i or (s - 1 >= lo and (is_name_token(toks[s - 1]) or toks[s - 1].word in ("of", "for"))):
        return None
    if not any((x.text.islower() and x.word in (("in", "at", "to", "of") if of_link else ("in", "at", "to"))) or x.text == ","
               for x in toks[s:a]):
        return None
    if any(gender_of(x.text) is not None and is_name_token(y) and y.word not in ORG_WORDS for x, y in zip(toks[s:i], toks[s + 1:i + 1])):
        return None  # (a person named inside: ‘Special Agent in Charge Colleen Hartigan of the DEA's San Francisco
        # Field Division said’ is hers, never an office's holder "Francisco Field Division")
    role = text[toks[s].start: toks[a - 1].end] if text else " ".join(x.text for x in toks[s:a])
    return Mention(toks[a].start, toks[k].end, text[toks[a].start: toks[k].end] if text
                   else " ".join(x.text for x in toks[a:k + 1]), "name", role)


def _holder_name_start(toks: list[Token], i: int, k: int) -> int | None:
    """Where the holder's name starts in the capitalised run ``toks[i..k]`` that ends an office's
    body and its name (‘Justice James Browne’, ‘Presidency Khumbudzo Ntshavheni’, ‘Office Ong Ye
    Kung’): at a given name the lists know, after at least one word of the body; else, for a name no
    list holds, after a body's or an office's word (‘Office’, ‘Defence’) or the run's one word of the
    body before two (never ‘Nations X Y’ of "United Nations X Y"); None when nothing tells, or the
    words left are no name.

    >>> toks = tokenize("Justice James Browne said"); _holder_name_start(toks, 0, 2)
    1
    >>> toks = tokenize("Office Ong Ye Kung said"); _holder_name_start(toks, 0, 3)
    1
    >>> _holder_name_start(tokenize("Health and Social Care said"), 2, 3) is None
    True
    """
    a = next((g for g in range(i + 1, k) if gender_of(toks[g].text) is not None), None)
    if a is None:
        ends = [b for b in (k - 1, k - 2) if b > i and ((b - 1 == i and b == k - 1) or toks[b - 1].word in OFFICE_WORDS
                                                          or toks[b - 1].word in DEPARTMENT_WORDS)]
        a = ends[0] if len(ends) == 1 else None
    if a is None or k - a > 3:
        return None
    name = toks[a:k + 1]
    words = [x.text for x in name]
    if any(not is_name_token(x) or is_possessive(x) or x.text.isupper() or x.word in ROLE_NOUNS or x.word in ORG_WORDS
           or x.word in OFFICE_WORDS or x.word in DEPARTMENT_WORDS for x in name) or split_title(words)[0] or is_organisation(words):
        return None
    return a


def _office_in_body_after(toks: list[Token], j: int, text: str) -> Mention | None:
    """The person named at the end of an office "in" or "at" a body that opens at ``toks[j]``,
    read forward (after an inverted cue): ‘said Minister in the Presidency Thabo Nkosi.’ (see
    :func:`_office_in_body_before`), a listed remit too (‘said Minister for Housing, Local
    Government and Heritage Darragh O’Brien.’).

    >>> t = "said Minister of State at the Department of Health Mary Butler."
    >>> _office_in_body_after(tokenize(t), 1, t).text
    'Mary Butler'
    >>> t = "said Parliamentary Secretary to the Minister for Finance Mary Ryan."
    >>> _office_in_body_after(tokenize(t), 1, t).role
    'Parliamentary Secretary to the Minister for Finance'
    """
    e = j
    while e + 1 < len(toks) and e - j < 18 and (
            (toks[e + 1].text.islower() and toks[e + 1].word in OFFICE_BODY_LINKS)
            or (toks[e + 1].capitalized and (is_name_token(toks[e + 1]) or is_possessive(toks[e + 1])))
            or (toks[e + 1].text == "," and toks[e].capitalized and e + 2 < len(toks) and toks[e + 2].capitalized
                and any(x.word == "and" for x in toks[e + 2:e + 8]))):
        e += 1  # (a comma only inside a listed remit, before its "and")
    while e > j and not toks[e].capitalized:
        e -= 1
    if e == j or is_possessive(toks[e]):
        return None
    m = _office_in_body_before(toks, _name_run_back(toks, e), e, j, text)
    return m if m is not None and m.role is not None and text[toks[j].start:].startswith(m.role) else None


#: Most words of rank between the article and a party word that stands for one of its members
#: (‘The most senior Republican, …’).
PARTY_RANK_WORDS = 3


def _party_member_words(toks: list[Token], j: int, p: int) -> bool:
    """The words from ``toks[j]`` (an article) to the party word at ``toks[p]`` are one of its members:
    nothing between, or a few words of rank in lower case (‘The Republican’, ‘The ranking Republican’,
    ‘the top Democrat’; never ‘the Republican-led Senate’ nor a clause).

    >>> t = tokenize("The ranking Republican, Sen. Jo Hale, said"); _party_member_words(t, 0, 2)
    True
    """
    return p - j - 1 <= PARTY_RANK_WORDS and all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS
                                                 for x in toks[j + 1:p])


def _party_member_back(toks: list[Token], p: int, lo: int) -> bool:
    """The party word at ``toks[p]``, read backward, is one of its members: an article right before
    it, or a few words of rank in lower case and then the article (‘Another Democrat’, ‘The senior
    Tory’), or the body they sit on (‘The panel’s ranking Democrat, Sen. X (D-Ore.), said’).

    >>> t = tokenize("The senior Tory, Priti Anand, said"); _party_member_back(t, 2, 0)
    True
    """
    d = p - 1
    while d >= lo and p - d <= PARTY_RANK_WORDS and toks[d].text.isalpha() and toks[d].text.islower() \
            and toks[d].word not in FUNCTION_WORDS and toks[d].word not in DETERMINERS:
        d -= 1
    return d >= lo and (toks[d].word in DETERMINERS or _owned_party_rank(toks, d, p, lo) is not None)


#: A title styled by its place, after "The" (‘The Bishop of Leeds’, ‘The Earl of Dundee’): the place.
#:
#: >>> RE_STYLED_OF_PLACE.match(" of Wrexford, speaking").group(), RE_STYLED_OF_PLACE.match(" of the bill") is None
#: (' of Wrexford', True)
RE_STYLED_OF_PLACE = LazyPattern(r" of \p{Lu}[\p{L}\-]+(?: (?:upon )?\p{Lu}[\p{L}\-]+)?(?![\p{L}’'])")


def _styled_of_place(m: Mention, text: str) -> Mention | None:
    """A title styled by its place read whole (‘The Bishop of Wrexford’, ‘The Duke of Norfolk’) where
    the mention stops at the title: "The" and one word of :data:`STYLED_OF_PLACE_TITLES`; never a
    possessive after the place (‘the Bishop of Leeds’s letter’ is read as it is)."""
    words = m.text.split()
    if len(words) != 2 or words[0] not in ("The", "the", "THE") or words[1].lower() not in STYLED_OF_PLACE_TITLES:
        # (and the capitals a tabloid's lede opens with: ‘THE Bishop of Wrexford has warned …’)
        return None
    place = RE_STYLED_OF_PLACE.match(text, m.end)
    if place is None:
        return None
    return Mention(m.start, place.end(), text[m.start:place.end()], "description", m.role)


#: An office written in lower case with its "of" and then a person's name, no article before it (‘clerk of the
#: course Marian Fitzgerald’, ‘director of rugby Ann Hale’): the name, 2–3 capitalised words from a given name.
RE_LOWER_OFFICE_NAME = LazyPattern(r"(\p{Ll}[\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2} of(?: the)?(?: [\p{Ll}\-]+){1,2})"
                                     r" (\p{Lu}[\p{Ll}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})")


def _name_after_lower_office(m: Mention) -> Mention | None:
    """A description read forward that is a bare office in lower case before a person's name: the
    name, with the office as its role (never one with an article, ‘the wife of the late John Smith’, nor
    a name the lists do not give as a person's: ‘head of sales Acme Corp’).

    >>> _name_after_lower_office(Mention(5, 36, "clerk of the course Niamh Doyle", "description"))
    Mention(start=25, end=36, text='Niamh Doyle', kind='name', role='clerk of the course')
    >>> _name_after_lower_office(Mention(5, 40, "the wife of the late John Smith", "description")) is None
    True
    >>> _name_after_lower_office(Mention(5, 38, "head of sales Acme Holdings Ltd", "description")) is None
    True
    """
    if m.kind != "description" or m.text.split(" ", 1)[0] in ARTICLE_WORDS:
        return None
    found = RE_LOWER_OFFICE_NAME.fullmatch(m.text)
    if found is None or found.group(1).split(" ", 1)[0] not in ROLE_NOUNS:
        return None
    name = found.group(2).split()
    if gender_of(name[0]) is None and (is_organisation(name) or any(w.lower() in PLACE_NOUNS for w in name)):
        return None  # (a given name no list holds only in a run that reads as no body's or place's: ‘Marian Fitzgerald’)
    at = m.start + found.start(2)
    return Mention(at, m.end, found.group(2), "name", found.group(1))


#: Words that open a description as written, never a bare office (‘the wife of …’, ‘a friend of …’).
ARTICLE_WORDS = wordset("the a an one") | POSSESSIVES


def _one_of_party(toks: list[Token], j: int, k: int, r: int) -> bool:
    """Whether the phrase ``toks[j:k]`` ending in the party's word ``toks[r]`` describes one of a party,
    before a stop or a verb (‘said one senior Democrat’)."""
    n = len(toks)
    return toks[r].word in PARTY_WORDS \
        and toks[j].word in ("a", "an", "one", "another", "the") and r > j \
        and (k == n or not toks[k].text[:1].isalpha() or toks[k].word in SPEECH_VERBS or toks[k].word in AUXILIARIES) \
        and all(x.text.islower() and x.word not in FUNCTION_WORDS for x in toks[j + 1:k - 1])


def _honorific_at(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is an honorific only a person takes, a name after it (‘Dr Martin Hale’,
    ‘Mrs. Ann Roe’; never ‘St Louis’).

    >>> _honorific_at(tokenize("the college, Dr Martin Hale"), 3), _honorific_at(tokenize("the city, St Louis"), 3)
    (True, False)
    >>> _honorific_at(tokenize("the House, Hon. Ama Owusu"), 3), _honorific_at(tokenize("the firm, Hon Hai"), 3)
    (True, False)
    """
    return i + 1 < len(toks) and toks[i].text[:1].isupper() and is_name_token(toks[i + 1]) and (
        toks[i].word in PERSON_HONORIFICS or (toks[i].word in STOPPED_PERSON_HONORIFICS and toks[i].text.endswith(".")))


def _bare_title(toks: list[Token], j: int, k: int) -> bool:
    """``toks[j:k]`` is a title without an article, a lower-case office last and a preposition after
    it, whose object a name set off may follow: ‘Labour group leader on Medway Council, Cllr X,’."""
    return k - j <= 5 and k < len(toks) and toks[k].word in ("of", "on", "at", "for") and toks[k - 1].text.islower() \
        and toks[k - 1].word in ROLE_NOUNS and all(is_name_token(x) or (
            x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS and x.word not in AUXILIARIES
            and x.word not in IRREGULAR_PAST and not x.word.endswith("ed")) for x in toks[j:k])
