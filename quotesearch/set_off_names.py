"""Names set off beside a description: the name after a comma and its office (_name_after_comma,
_office_holder_set_off), a bare appositive, a voice identified as someone, the name before
asides and the role described there, a state before a title and a person set off though no list
names them.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import wordset
from quotesearch.place_words import (
    COUNTRY_NATIONALITIES, ONE_WORD_PLACES, PLACE_NAME_OPENERS, STATE_AP_FORMS, TWO_WORD_PLACES,
)
from quotesearch.name_words import (
    HONORIFICS, HONORIFICS_BEFORE_SURNAME, PERSON_HONORIFICS, PLACE_GIVEN_NAMES, RETIRED_MARKS,
    STOPPED_PERSON_HONORIFICS, SURNAME_SPEAKS,
)
from quotesearch.role_words import KIN_NOUNS, ROLE_NOUNS, SEAT_TITLES, TRADE_GERUNDS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DETERMINERS, Mention, POSSESSIVES, RELATIVES, _agent_noun, _is_age, _opens_clause, description_head,
)
from quotesearch.mention_names import (
    APPOSITIVE_QUALIFIERS, BRACKET_ASIDE_TOKENS, KIN_PAIR_NOUNS, CONTRAST_CLAUSE_OPENERS, PERSON_OR_BODY_NOUNS, PLACE_NOUNS,
    REGION_NOUNS, REGION_WORDS, STYLE_LEADS, _described_then_named, _month_given_after_kin, _name_pair_set_off,
    _name_run_end, _named_person_lead, _nickname_end, _particle_surname_end,
)
from quotesearch.mention_offices import _honorific_at, _style_at
from quotesearch.body_name_ends import _acronym_bracket_len
from quotesearch.mention_nations import _jurisdiction_title_at, _place_owner_count
from quotesearch.mention_asides import (
    _bracket_opener, _in_relative_aside, _title_closed_by_comma_back, _title_marks_back,
)


def _name_before_asides(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The name that opens a clause of comma-separated asides ending at ``toks[k]`` (a comma):
    "Johnnie Wilson, of Springfield, Va., said", "Michael Mulgrew, president of the union, which
    represents teachers, said". The leftmost segment made only of a name is the speaker; the
    segment after it, if it holds a role noun, is the role.

    >>> t = "Johnnie Wilson, of Springfield, Va., said"
    >>> toks = tokenize(t); _name_before_asides(toks, len(toks) - 2, 0, t).text
    'Johnnie Wilson'
    """
    bounds = [k]
    i = k - 1
    while i >= lo and k - i < 40:
        x = toks[i]
        if x.text == ")" and (opener := _bracket_opener(toks, i, lo)) is not None:
            i = opener - 1  # (a party's bracket holds its comma: ‘Ana Costa (Renew, Portugal), said’)
            continue
        if x.text in "”\"" and (o := _title_marks_back(toks, i, k, lo)) is not None:
            i = o - 1  # (a name in marks inside an aside: ‘X, chair of the Y, whose “Golden Scale” award he won, said’)
            continue
        if x.text in "”\"" and (o := _title_closed_by_comma_back(toks, i, lo)) is not None:
            bounds.append(i)  # (a title ending an office, its comma inside the marks: ‘The author of “Blue
            i = o - 1  # Harbor,” Ada Lin, wrote’ sets off the name as ‘The author of the novel, Ada Lin,’ does (w56d))
            continue
        if x.text == ",":
            bounds.append(i)
        elif x.word in CONTRAST_CLAUSE_OPENERS and not x.capitalized and i > lo and toks[i - 1].text == "," \
                and len(bounds) >= 2 and (gender_of(toks[i + 1].text) is not None or _described_then_named(toks, i + 1, k)
                                          or (toks[i + 1].word.rstrip(".") in PERSON_HONORIFICS and i + 2 < k
                                              and is_name_token(toks[i + 2]))):
            # (a given name opens it, or one described and then named: ‘…, while his neighbour, Nandi Khumalo,
            # said:’, or a courtesy title and a name: ‘…, while Mrs Reid, who ran the pub, said:’, w112b; never the
            # subject's own aside: ‘Lena Fox, while head of Arden Capital, a hedge fund, warned’)
            break  # (a clause of its own opens there: ‘…, while Marcus Dole, a partner at Dole & Kerr, warned’)
        elif x.text in ";:!?“”\"—" or (x.word in SPEECH_VERBS and not x.capitalized and not state_before_title(toks, i) and not (
                i > lo and (toks[i - 1].word in DETERMINERS or toks[i - 1].word in POSSESSIVES or toks[i - 1].word == "of"))
                and not _in_relative_aside(toks, i, lo)) or (
                x.text == "." and i > lo and len(toks[i - 1].text) > 3):  # "Va." is not a sentence's end
            break  # (a speech verb after "the" or "of" is a noun: "one of the states suing", "secretary of state")
        i -= 1
    start = i + 1
    if len(bounds) < 2:
        return None
    bounds.append(start - 1)
    bounds.reverse()  # [start-1, comma, comma, …, k]
    if len(bounds) > 3:  # an office's list of portfolios is one segment: ‘Secretary of Tourism, Culture,
        # Antiquities and Transportation, Marsha Daniel-Sealy, said’ (no given name in the list)
        listed = [toks[a + 1:b] for a, b in zip(bounds[1:-2], bounds[2:-1])]
        if all(0 < len(s) <= 3 and all((is_name_token(x) and gender_of(x.text) is None) or x.word in ("and", "&") for x in s)
               for s in listed) and any(x.word in ("and", "&") for x in listed[-1]) \
                and toks[bounds[1] - 1].capitalized and _role_described(toks[bounds[0] + 1:bounds[-2]]):
            bounds = [bounds[0], bounds[-2], bounds[-1]]
    described = None  # a description in lower case before the name: "passenger Kalani Akana, 33, …"
    for n_seg, (a, b) in enumerate(zip(bounds, bounds[1:])):
        seg = toks[a + 1: b]
        if seg and seg[-1].text == ")":  # "Rep. Jim Jordan (R-Ohio)": the party and state aside
            opener = next((o for o in range(len(seg) - 1, -1, -1) if seg[o].text == "("), None)
            seg = seg[:opener] if opener is not None and len(seg) - opener <= BRACKET_ASIDE_TOKENS else seg
        if n_seg == 0 and 1 < len(seg) <= 8 and seg[0].text.islower():
            f = next((f for f, x in enumerate(seg) if not (x.text.isalpha() and x.text.islower())), len(seg))
            if 0 < f < len(seg) and seg[f - 1].word in PERSON_OR_BODY_NOUNS and is_name_token(seg[f]):
                described, seg = seg[:f], seg[f:]
        if n_seg == 0 and len(bounds) == 3 and b + 3 < k and seg and seg[0].word in ("a", "an", "one", "another") \
                and seg[-1].text.islower() and description_head(seg[-1].text) is not None \
                and _is_age(toks[b + 1].word):
            described = seg  # one described, then an age and the name: ‘One of those young men, 17-year-old Noah
            continue  # Kunilusie, said’
        if n_seg == 0 and len(bounds) == 3 and _role_described(seg) and b + 2 < k:
            described = seg + [toks[b]] if seg[-1].text == "," else seg  # (its title's marks whole) an office, then the name alone before the cue: ‘The United Nations special
            continue  # rapporteur on Myanmar, Hannah Lindgren, said’, ‘The chair of the inquiry, Sir X, said’
        if n_seg == 1 and described and (lead := _named_person_lead(seg, 0)) and b == k:
            seg = seg[lead:]  # (the name an appositive gives: ‘the waitress, a woman named Dot Pruitt, tells me’)
        if n_seg == 1 and described and b == k:
            while len(seg) > 2 and seg[0].text.islower() and seg[0].text.isalpha() and seg[0].word not in FUNCTION_WORDS:
                seg = seg[1:]  # (an office's lower-case words before the name: ‘his Republican primary challenger,
                # former state Sen. Bryce Tolliver, accused’)
            _, bare = split_title([x.text for x in seg])
            if bare and 2 <= len(bare) < len(seg) and [x.text for x in seg[-len(bare):]] == bare:
                seg = seg[-len(bare):]  # (and its title: "Sen.", "Alhaja")
        if len(seg) > 2 and n_seg > 0 and _is_age(seg[0].word) and is_name_token(seg[1]):
            seg = seg[1:]  # an age before the name set off: ‘One of those young men, 17-year-old Noah Kunilusie, said’
        if len(seg) > 3 and (o := next((o for o in range(2, len(seg) - 1) if seg[o].word in ("of", "from", "at")
                                        and seg[o].text.islower()), None)) is not None \
                and all(is_name_token(x) for x in seg[:o]) and (gender_of(seg[0].text) is not None or (
                    o == 2 and n_seg == 1 and described and b == k and not is_organisation([x.text for x in seg[:o]]))):
            seg = seg[:o]  # a person of a firm: ‘Jason Whitfield of Whitfield & Marr, a lawyer for the plaintiffs, said’;
            # of a given name of either sex, two words after the office that describes them: ‘Malloy’s manager,
            # Dana Whitcombe of talent agency Northpoint Creators, said’
        if not seg or len(seg) > 6 or is_possessive(seg[-1]):
            continue
        if a + 1 == start and (owned := _place_owner_count(seg)) \
                and not any(x.word in ROLE_NOUNS for x in seg[owned:]):  # (never an office: ‘Kenya's Treasury Secretary, X,’)
            seg = seg[owned:]  # a firm after its country's possessive: ‘South Korea’s Daesan Electronics, one
            # of the main targets, called’ is the firm, as ‘South Korea’s Daesan Electronics said’ is
        if len(seg) == 1 and a + 1 == start and _opens_clause(seg[0]):
            continue  # "Replying, the minister for courts, Priya Desai, said": no name, an opener
        if n_seg == 0 and len(seg) <= 3 and (seg[0].word in POSSESSIVES or is_possessive(seg[0])) and seg[-1].text.islower() \
                and seg[-1].word in KIN_NOUNS:
            continue  # "his widow, Donna Kessler, of Rockford, Illinois, said": the name after it
        if (all(is_name_token(x) or x.word in HONORIFICS or x.text.lower() in PARTICLES for x in seg)
                and is_name_token(seg[-1]) or (n_seg == 1 and _month_given_after_kin(toks[bounds[0] + 1:a], seg))) \
                and (a + 1 == start or toks[a].text == "," or (toks[a].text in "”\"" and toks[a - 1].text == ",")):
            if a + 1 != start and n_seg >= 2 and toks[bounds[n_seg - 1] + 1].word in ("of", "from"):
                continue  # a hometown's state: "Donna Kessler, of Rockford, Illinois, said"
            if a + 1 != start and n_seg == 1 and b != k and (toks[b + 1].word in ("of", "from") or toks[b + 1].text.isdigit()) \
                    and toks[a - 1].text.islower() and toks[a - 1].word in PERSON_OR_BODY_NOUNS:
                described = toks[start:a]  # (and after a description of its own, with an age or a
                # hometown after it: "Kessler's widow, Donna Kessler, of Rockford, Illinois, said")
            elif a + 1 != start and not (n_seg == 1 and described):
                return None  # the name is not at the start of the clause: leave it to the other rules
            _, name = split_title([x.text for x in seg])
            if not name or is_organisation(name):
                return None
            nxt = bounds[bounds.index(b) + 1] if b != k else None
            role = text[described[0].start: described[-1].end] if described and text else None
            if nxt is not None:
                rseg = toks[b + 1: nxt]
                if rseg and rseg[0].word not in RELATIVES and any(x.word in ROLE_NOUNS for x in rseg):
                    role = text[rseg[0].start: rseg[-1].end] if text else " ".join(x.text for x in rseg)
            s_, e_ = seg[0].start, seg[-1].end
            return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in seg), "name", role)
        return None
    return None


#: Offices written in capitals inside a described office (‘The Ogun State Commissioner for Local
#: Government and Chieftaincy Affairs’).
OFFICE_NOUNS_CAPITALISED = wordset("commissioner chairman chairwoman chairperson chair director minister secretary officer "
                                   "president governor mayor")


def _role_described(seg: list[Token]) -> bool:
    """A description of someone's office, opening a clause: "the" or an owner first and a role noun
    inside (in lower case, or an office in capitals, "Its Vice-Chairman", "Its Director-General" too), none of it a clause, not
    ending in a place (‘The United Nations special rapporteur on Myanmar’, ‘The inquiry's chair’,
    ‘The Ogun State Commissioner for …’; a seat's title in capitals after its owner, ‘Dunmere's MP’, never
    letters after a name; never ‘After meeting the minister’), or an office with no
    article, its "of" or "for" after it (‘Head of the St Catherine North division’).

    >>> _role_described(tokenize("Dunmere's MP")), _role_described(tokenize("the town's MP"))
    (True, True)
    >>> _role_described(tokenize("Colin Arkwright MP"))
    False
    """
    bare = len(seg) > 2 and seg[0].capitalized and seg[0].word in ROLE_NOUNS and seg[1].word in ("of", "for")
    if not seg or not bare and seg[0].word not in ("the", "its", "his", "her", "their") and not is_possessive(seg[0]):
        return False
    if len(seg) >= 2 and seg[-2].word in ("in", "at", "near", "from") and seg[-1].capitalized:
        return False  # (a place, then its country: ‘The spokesman for the police in Honiara, Solomon Islands,’)
    return len(seg) <= 10 and (bare or any((x.word in ROLE_NOUNS and (
        x.text.islower() or any(w in OFFICE_NOUNS_CAPITALISED for w in x.word.split("-"))))
        or (x.word in SEAT_TITLES and x.text.isupper()) for x in seg)) \
        and not any((x.word in SPEECH_VERBS and x.text.islower()
                     and not (x.word == "state" and i + 1 < len(seg) and seg[i + 1].capitalized))  # (‘The state Commissioner’)
                    or x.word in RELATIVES for i, x in enumerate(seg))


def _place_after_place(toks: list[Token], k: int, inner: list[Token], lo: int, text: str = "") -> bool:
    """The words set off after a place ("in Lagos, Nigeria,", "in Roanoke, Virginia,") are its
    state or country, not a person: no given name the lists know opens two words or more (nor a
    surname the article gives someone, :func:`_unlisted_person_set_off`), or they name a country or
    a state."""
    if not (is_name_token(toks[k]) and toks[_name_run_back(toks, k) - 1].word in ("in", "at", "near", "from", "outside")):
        return False
    words = [x.text for x in inner]
    if len(words) >= 2 and (words[0].rstrip(".").lower() in PERSON_HONORIFICS or (
            words[0].endswith(".") and words[0][:-1].lower() in STOPPED_PERSON_HONORIFICS)):
        return False  # (a person's honorific opens no place: ‘A trader in Onitsha, Mrs Grace Eze,’, ‘The
        # Minority Leader in Parliament, Hon. Kwesi Owusu,’)
    return len(words) < 2 or (gender_of(words[0]) is None and not _unlisted_person_set_off(toks, k, words, text)) \
        or " ".join(words) in TWO_WORD_PLACES \
        or words[-1] in ("Islands", "Island", "Republic", "Coast", "Territory", "Province", "County")  # ("Solomon Islands")


def _unlisted_person_set_off(toks: list[Token], k: int, words: Sequence[str], text: str) -> bool:
    """Two or three words set off after a role's place, ``toks[k]`` the place's last word, that are a
    person's name the lists lack (‘Its spokeswoman in Madrid, Montserrat Figueres, said’), never a
    state or a country (‘in Lagos, Nigeria’, ‘in Roanoke, West Virginia’, ‘in Durban, KwaZulu Natal’):
    a singular role in lower case right before "in", no word of a place's name among them, and the
    last word a person's surname elsewhere in the article, as one who speaks or with an honorific
    (‘Figueres said’, ‘Ms Figueres’).

    >>> t = "Its spokeswoman in Madrid, Montserrat Figueres, said. Figueres said"
    >>> _unlisted_person_set_off(tokenize(t), 3, ["Montserrat", "Figueres"], t)
    True
    >>> _unlisted_person_set_off(tokenize(t), 3, ["San", "Marino"], t + " Marino said")
    False
    """
    i = _name_run_back(toks, k) - 1
    if not text or not 2 <= len(words) <= 3 or i < 1 or not (
            toks[i - 1].text.islower() and toks[i - 1].word in ROLE_NOUNS and not toks[i - 1].word.endswith("s")):
        return False  # (only after one role and its place: ‘its spokeswoman in Madrid,’)
    low = [w.lower() for w in words]
    if is_organisation(list(words)) or not all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words) \
            or low[0] in PLACE_NAME_OPENERS or " ".join(words) in COUNTRY_NATIONALITIES or any(
            w in REGION_WORDS or w in REGION_NOUNS or w in PLACE_NOUNS or w in ONE_WORD_PLACES for w in low):
        return False
    last = words[-1]
    return any(f"{last} {verb}" in text for verb in SURNAME_SPEAKS) or any(f"{h} {last}" in text for h in HONORIFICS_BEFORE_SURNAME)


def state_before_title(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is the adjective "state" before a capitalised title ("state Sen.",
    "state Treasurer", "state Education Commissioner") or a party ("state Democrats"), never the
    verb ("The court documents state Johnson …", "Israeli officials state Hamas …")."""
    for x in toks[k + 1:k + 4]:
        if not x.text[:1].isalpha() or x.word in FUNCTION_WORDS:
            return False
        if x.capitalized and (x.word in ROLE_NOUNS or x.word in HONORIFICS or x.word in PARTY_WORDS
                              or x.word in ("democrats", "republicans")):
            return True  # (past a lower-case noun of the office: "Sabah state assembly Speaker X")
    return False


def _office_then_name(toks: list[Token], k: int, r0: int, text: str) -> Mention | None:
    """The person after an office's name whose run opens at ``toks[r0]`` and goes on with "of" or "for" at
    ``toks[k]`` (‘said Secretary of State John Kerry’, ‘said the Minister for Health, Mark Butlin.’); None
    when no person's name follows."""
    n = len(toks)
    # (and a rank before the office: "said Vice President for Student Life Karen Oduya")
    e = k  # an office's name before the person's: "said Secretary of State John Kerry", "said
    # Minister of State for Works Musa Idris", "Speaker of the House Adrian Moffat"
    given = False
    while e + 1 < n and (is_name_token(toks[e + 1]) or (toks[e + 1].word in ("of", "for", "and")
                                                        and toks[e + 1].text.islower() and not given) or (
            toks[e + 1].text == "the" and not given and e + 2 < n and is_name_token(toks[e + 2])) or (
            toks[e + 1].text in PARTICLES and e + 2 < n and (is_name_token(toks[e + 2]) or toks[e + 2].text in PARTICLES))):
        e += 1  # (up to the person's name, its particles with it, "Jan-Willem ter Horst"; never
        # past it to a second person's: "said Secretary of State X Y and Defense Secretary Z W")
        given = given or (is_name_token(toks[e]) and gender_of(toks[e].text) is not None) or (
            toks[e].word == "and" and any(y.capitalized and y.word in ROLE_NOUNS for y in toks[e + 1:e + 4]))
        if given and toks[e].word == "and":
            e -= 1  # (a second office after "and": "… Antony Blinken and Defense Secretary Lloyd Austin")
            break
    title, name = split_title([y.text for y in toks[r0: e + 1]])
    g = next((g for g in range(k + 1, e) if gender_of(toks[g].text) is not None
              and all(is_name_token(y) or y.text in PARTICLES for y in toks[g:e + 1])
              and not is_organisation([y.text for y in toks[g:e + 1]])), None)  # (never "Victoria
    # University Helen Park": the body's name may open with a given name)
    if g is not None and (not title or len(name) != e - g + 1):
        # the office's words up to the given name: "Dean of Libraries Constance Aubert",
        # "Director of Student Conduct Alan Pryce" (never "Conduct Alan Pryce")
        title = text[toks[r0].start:toks[g - 1].end] if text else " ".join(y.text for y in toks[r0:g])
        name = [y.text for y in toks[g:e + 1]]
    letters = _acronym_bracket_len(toks, e + 1)
    if title and len(name) >= 2 and is_name_token(toks[e]) and not is_organisation(name) \
            and all(w[:1].isupper() or w in PARTICLES for w in name) \
            and not letters:  # (a body's letters follow its name, never a person's: ‘The Secretary
        # of the Association of Small-Scale Farmers (ASSF), Mr X,’ is X)
        s_, e_ = toks[e - len(name) + 1].start, toks[e].end
        return Mention(s_, e_, text[s_:e_] if text else " ".join(name), "name", title)
    c_ = e + 1 + letters  # (past the body's letters: ‘the Secretary of the National Union of
    # Teachers (NUT), Mr Kevin Doyle,’)
    if not given and c_ + 1 < n and toks[c_].text == "," \
            and (holder := _office_holder_set_off(toks, r0, c_, text)) is not None:
        return holder  # ‘said the Minister for Health, Mark Butlin.’
    return None


def _modified_trade(toks: list[Token], f: int) -> bool:
    """A lower-case modifier and a trade from ``toks[f]`` (‘fast bowler’, ‘primary teacher’, ‘left-arm
    spinner’), never a verb's form or an adverb before it (‘appointed lawyer’, ‘newly elected’)."""
    m, t = toks[f], toks[f + 1]
    return m.text.islower() and m.text.replace("-", "").isalpha() and m.word not in FUNCTION_WORDS \
        and not m.word.endswith(("ed", "ing", "ly")) and m.word not in SPEECH_VERBS \
        and t.text.islower() and (t.word in ROLE_NOUNS or _agent_noun(t)) and not t.word.endswith("s")


def _name_after_comma(toks: list[Token], j: int, c: int, text: str) -> Mention | None:
    """The name right after the comma ``toks[c]``, ending where a comma, a full stop or a
    semicolon follows it (or the tokens end), with the description ``toks[j:c]`` as its role; a
    qualifier may open it, a nickname stand inside it and a party's bracket follow it (‘his niece,
    state Del. Marcia “Cia” Price (D-Newport News), said’)."""
    n = len(toks)
    f = c + 2 if c + 2 < n and toks[c + 1].word in APPOSITIVE_QUALIFIERS and toks[c + 1].text.islower() else c + 1
    f += _named_person_lead(toks, f)  # (‘the waitress, a woman named Dot Pruitt, tells me’: the name it gives)
    if _jurisdiction_title_at(toks, f):
        f += 1  # a government's level before the title: ‘the board's chair, county Commissioner Ida Voss,’
    if f + 2 < n and toks[f].text == "the" and _style_at(toks, f + 1):
        f += 1  # a style's article: ‘said the Vicar, the Revd Anna Kowalski.’ (the style is a title, never a body's "the")
        if toks[f].word in STYLE_LEADS and not is_name_token(toks[f]):
            f += 1  # (past its degree that reads as a small word: ‘the Most Revd Justin Welby’)
    if f + 1 < n and toks[f].text.islower() and (toks[f].word in ROLE_NOUNS or (
            (_agent_noun(toks[f]) or _is_age(toks[f].word)) and not any(x.word in ("of", "for") for x in toks[j:c]))) \
            and is_name_token(toks[f + 1]):
        f += 1  # a trade or an age before the name: ‘The group's lawyer, former prosecutor Keisha Landry,’,
        # ‘the survey's lead author, glaciologist Ana Lucero-Vance’, ‘his eldest daughter, 43-year-old Shirin Haddad,’
    elif f + 2 < n and toks[f].text[:1].isupper() and toks[f + 1].text.islower() and toks[f + 1].word in ROLE_NOUNS \
            and is_name_token(toks[f + 2]):
        f += 2  # and its place: ‘The Democratic nominee, Nashville attorney Imani Caldwell,’
    elif f + 2 < n and _modified_trade(toks, f) and gender_of(toks[f + 2].text) is not None:
        f += 2  # a trade with its modifier, a given name after it: ‘The outgoing coach, former fast bowler
        # Waqar Ali,’, ‘Its chair, retired primary teacher Ann Lee,’
    if f < n and not is_name_token(toks[f]) and _honorific_at(toks, f):
        f += 1  # a courtesy title before the name: ‘The headteacher of the school, Mr Owen Price,’
    if f >= n or not is_name_token(toks[f]):
        return None
    e = _name_run_end(toks, f)
    if e == f and toks[f].text in STATE_AP_FORMS:
        return None  # a town's state set off after a place, never a name: ‘officials at the University of Tupelo, Miss., said’
    if e + 4 < n and toks[e + 1].text == "(" and toks[e + 2].word in RETIRED_MARKS and toks[e + 3].text == ")" \
            and is_name_token(toks[e + 4]) and _honorific_at(toks, f):
        f = e + 4  # the name after a rank retired: ‘The head of the taskforce, Lt. Col. (rtd) Ama Mensah,’
        e = _name_run_end(toks, f)
    while (nick := _nickname_end(toks, e + 1)) is not None:
        e = _name_run_end(toks, nick)
    e = _particle_surname_end(toks, f, e)
    kind = "name"
    if e + 2 < n and toks[e + 1].word == "and" and is_name_token(toks[e + 2]) and not is_possessive(toks[e]) \
            and _name_pair_set_off(toks, c - 1, toks[f:_name_run_end(toks, e + 2) + 1]):
        e, kind = _name_run_end(toks, e + 2), "description"  # two names after people in the plural are
        # those people: ‘wrote the managing partners, Elliot Varga and Simone Achebe.’ (a "they")
    after = e + 1
    if after < n and toks[after].text == "(":
        after = next((a + 1 for a in range(after + 1, min(n, after + 8)) if toks[a].text == ")"), after)
    if after + 1 < n and toks[after].word in ("of", "from", "at") and toks[after].text.islower() and e > f \
            and is_name_token(toks[after + 1]) and any(gender_of(x.text) is not None for x in toks[f:e]):
        firm_end = _name_run_end(toks, after + 1)  # and the firm after it: ‘said Tan's lawyer, Deborah Fiske of Fiske & Alvarez.’
        # (or the state after a senator's: ‘The ranking Republican, Senator Gordon Hale of Kansas,’)
        while firm_end + 2 < n and toks[firm_end + 1].text == "&" and is_name_token(toks[firm_end + 2]):
            firm_end = _name_run_end(toks, firm_end + 2)
        after = firm_end + 1
    if after < n and toks[after].text not in ",.;":
        return None
    o = f if kind == "name" or (toks[c - 1].word in KIN_PAIR_NOUNS and toks[c - 1].text.islower()) else j
    s_, e_ = toks[o].start, toks[e].end  # (two people: with their description, but kin by their names alone:
    # ‘Ethan’s parents, Mark and Joanne Fielding’, as :mod:`quotesearch.backward_mentions` has it)
    role = text[toks[j].start: toks[c - 1].end] if text and kind == "name" else None
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[o:e + 1]), kind, role)


def _office_holder_set_off(toks: list[Token], r: int, c: int, text: str) -> Mention | None:
    """The person set off by the comma ``toks[c]`` after an office's name ``toks[r:c]``, as Australian,
    New Zealand and British papers write a minister by portfolio: ‘said the Minister for Health, Mark
    Butlin.’, ‘said the Member for Clark, Andrew Wilkes’; a given name the lists hold, or an honorific,
    opens the name (never a place or a portfolio's list after the office: ‘the Minister for Health,
    Victoria Park’, ‘the Minister for Health, Disability Services, …’).

    >>> t = "said the Minister for Health, Mark Butlin."
    >>> m = _office_holder_set_off(tokenize(t), 2, 5, t); (m.text, m.role)
    ('Mark Butlin', 'Minister for Health')
    >>> t = "said the Minister for Health, Victoria Park."
    >>> _office_holder_set_off(tokenize(t), 2, 5, t) is None
    True
    """
    m = _name_after_comma(toks, r, c, text)
    if m is None or m.kind != "name" or len(m.text.split()) < 2:
        return None
    first = m.text.split()[0]
    honorific = first.rstrip(".").lower() in HONORIFICS  # (‘the Minister for Health, Dr Anne Ruston’)
    return m if honorific or (gender_of(first) is not None and first.lower() not in PLACE_GIVEN_NAMES) else None


#: Words that say whose a voice on a recording is (‘a voice identified in court as Lee’s’, ‘a voice
#: prosecutors recognised as Lee’s’, ‘a voice confirmed as Lee’s’).
VOICE_NAMING_WORDS = frozenset("identified recognised recognized confirmed established".split())


def voice_identified_as(toks: list[Token], k: int, lo: int, text: str | None) -> Mention | None:
    """The person a voice on a recording is said to be, in the possessive right before the verb
    (‘“…,” a voice identified in court as Officer Lee’s replies’, ‘A voice recognised by detectives as
    Mensah’s says: “…”’): that person's name, the voice theirs; None when the words before the name are
    not "voice …identified… as" within a few words (‘the officer’s replies’, ‘a voice, then Lee’s
    replies’)."""
    b = _name_run_back(toks, k)
    if b <= lo or toks[b - 1].word != "as" or not all(is_name_token(x) or x.word in HONORIFICS for x in toks[b:k + 1]):
        return None
    before = toks[max(lo, b - 9):b - 1]
    v = next((i for i in range(len(before) - 1, -1, -1) if before[i].word == "voice"), None)
    if v is None or not any(x.word in VOICE_NAMING_WORDS for x in before[v + 1:]) \
            or any(x.text in ",;:.”\"" for x in before[v + 1:]):
        return None
    end = toks[k].end - 2 if toks[k].text.endswith(("’s", "'s")) else toks[k].end - 1
    s_ = toks[b].start
    return Mention(s_, end, text[s_:end] if text else " ".join(x.text for x in toks[b:k + 1])[:end - s_], "name")
    # (nor a given name and a shared surname after it: ‘The owners, Kim & Jordan Lee,’ are two people)


def _bare_appositive(inner: list[Token]) -> list[Token]:
    """An aside's words without a lower-case qualifier before a title, a nickname in marks or a
    party's bracket after the name: what may be a name (‘state Del. Marcia “Cia” Price (D-Va.)’)."""
    if len(inner) > 2 and inner[0].word.endswith("-based") and is_name_token(inner[1]):
        inner = inner[1:]  # where a firm is based: ‘The vessel's manager, Piraeus-based Thalassa Bulk Management,’
    if len(inner) > 2 and _is_age(inner[0].word) and (
            (is_name_token(inner[1]) and is_name_token(inner[2]) and gender_of(inner[1].text) is not None)
            or (len(inner) > 3 and inner[1].text.isalpha() and inner[1].text.islower()
                and (inner[1].word in ROLE_NOUNS or _agent_noun(inner[1]))
                and is_name_token(inner[2]) and is_name_token(inner[3]) and gender_of(inner[2].text) is not None)):
        return _bare_appositive(inner[1:])  # an age before the name, a trade between if any: ‘The alleged
        # victim, 31-year-old plumber Dale Ames,’, ‘The driver, 19-year-old Kira Lund,’ (w77b)
    if len(inner) > 3 and inner[0].text == "the" and is_name_token(inner[-1]) and is_name_token(inner[-2]) \
            and not is_organisation([x.text for x in inner[1:]]):
        bare = _bare_appositive(inner[1:])  # "the" before a title or a trade and a person's name: ‘Its
        # chair, the Liberal Democrat MP Fenella Hurst,’, ‘the former newsreader Joanna Castell’
        if len(bare) < len(inner) - 1 or split_title([x.text for x in bare])[0]:
            return bare
    if len(inner) > 3 and inner[0].word in APPOSITIVE_QUALIFIERS and inner[0].text.islower() \
            and inner[1].text.isalpha() and inner[1].text.islower() and inner[1].word not in FUNCTION_WORDS \
            and is_name_token(inner[2]) and is_name_token(inner[3]) and gender_of(inner[2].text) is not None:
        return _bare_appositive(inner[2:])  # a qualifier and a trade: ‘His wife, former model Juliette Harrow,’
    if len(inner) > 2 and inner[0].word in APPOSITIVE_QUALIFIERS and inner[0].text.islower() \
            and inner[1].text[:1].isupper():
        inner = inner[1:]
        if len(inner) > 3 and inner[1].text.islower() and inner[1].word in ROLE_NOUNS and is_name_token(inner[2]) \
                and is_name_token(inner[3]) and gender_of(inner[2].text) is not None:
            inner = inner[2:]  # a qualifier, a capital adjective and a trade: ‘The presenter, former Olympic
            # swimmer Harriet Vance,’ (a given name after the trade)
    elif len(inner) > (t := 1 if inner[0].text == "the" else 0) + 2 and inner[t].text.isalpha() and inner[t].text.islower() \
            and inner[t].word not in FUNCTION_WORDS and not inner[t].word.endswith(("ed", "ing", "ly")) \
            and is_name_token(inner[t + 1]) and is_name_token(inner[t + 2]):
        inner = inner[t + 1:]  # a trade before the name, "the" before it if any: ‘The company's expert,
        # metallurgist Howard Benning,’, ‘The chair of judges, the poet Simon Achterberg,’
    elif len(inner) > 3 and inner[1].text.islower() and inner[1].word in ROLE_NOUNS and is_name_token(inner[2]) \
            and is_name_token(inner[3]) and (inner[0].text[:1].isupper() or (
                inner[0].word in APPOSITIVE_QUALIFIERS and inner[0].text.islower()) or (
                inner[0].word in TRADE_GERUNDS and inner[0].text.isalpha() and inner[0].text.islower())):
        inner = inner[2:]  # a trade and its place or qualifier: ‘The Democratic nominee, Nashville attorney
        # Imani Caldwell,’, ‘The group's lawyer, former prosecutor Keisha Landry,’ (or its trade's "-ing"
        # word: ‘One of the passengers, drilling supervisor Ian Kerr,’, w83a; never a verb and its object:
        # ‘The striker, praising manager Tom Reed,’, review rv83a)
    elif 3 < len(inner) <= 8:
        r = next((r for r in range(len(inner) - 3, 0, -1) if inner[r].text.islower() and inner[r].word in ROLE_NOUNS
                  and all(is_name_token(x) for x in inner[r + 1:])), None)
        if r is not None and all(x.text.isalpha() and (x.word == "and" or x.word not in FUNCTION_WORDS)
                                 and not x.word.endswith(("ed", "ing", "ly")) for x in inner[:r]) \
                and not any(is_name_token(x) and (is_name_token(y) or gender_of(x.text) is not None)
                            for x, y in zip(inner[:r], inner[1:r + 1])):
            inner = inner[r + 1:]  # roles joined before the name: ‘The first speaker, Granger alumnus and farmer Bill Tanner,’
            # (never two people: ‘Her parents, Mark Lee and nurse Ann Lee,’)
    of = next((o for o in range(2, len(inner) - 1) if inner[o].word == "of" and inner[o].text.islower()), None)
    if of is not None and all(is_name_token(x) or x.word in HONORIFICS for x in inner[:of]) and (
            inner[of + 1].word == "the" or is_name_token(inner[of + 1])) \
            and not is_organisation([x.text for x in inner[:of]]):  # (never "Royal Bank of Canada")
        inner = inner[:of]  # where the person is from: ‘Yvette Moreland of the Center for Capital Defense’
    if len(inner) > 3 and inner[-1].text == ")":
        o = next((o for o in range(len(inner) - 2, 0, -1) if inner[o].text == "("), None)
        if o is not None and len(inner) - o <= 8:
            inner = inner[:o]
    for o in range(1, len(inner) - 1):
        if inner[o].text in ("“", '"') and (e := _nickname_end(inner, o)) is not None:
            return inner[:o] + inner[e:]
    return inner
