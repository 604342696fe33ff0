"""Speaker mentions: the words that name who said a quotation, read backward from a cue verb
("Boris Pistorius, Germany’s defense minister, said") or forward from it ("said Healey, who…"),
as a name, a pronoun, an organisation or a description ("a source close to the Kremlin").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import regex

from quotesearch.lexicon import (
    ACRONYM_RANKS, GENDERED_NOUNS, RANK_BODY_WORDS, STATE_BODY_NOUNS, AGE_COMPARATIVES, APPOSED_BODY_KINDS, AUTHORED_BY_PARTICIPLES, AUXILIARIES, BARE_PASTS,
    BODY_NAME_ENDINGS, BODY_NAME_ENDS, BUSINESS_WORDS, FIRM_LABEL_NOUNS, BY_TIME_NOUNS, CALL_VERBS, CAUSE_PEOPLE_NOUNS, CHAMBER_WORDS,
    BODY_SEAT_NOUNS, CLAUSE_SUBJECT_OPENERS, COMPOUND_UNIT_NOUNS, COUNTRY_NATIONALITIES, DEMONSTRATIVE_PREPOSITIONS, EXECUTIVE_ACRONYMS, COUNT_APPROXIMATORS, COUNT_APPROXIMATOR_PAIRS, DEMONYMS,
    DESCRIPTION_HEAD_STOPS, DESCRIPTION_NOUNS, SET_OFF_BODY_KINDS, DOCUMENT_ADJUNCT_NOUNS, DOCUMENT_NOUNS, ENVOY_BODIES, FINDING_VERBS, FIRM_KIND_TITLES,
    GOVERNMENT_LEVELS, HONORIFICS, TITLE_LEVEL_WORDS, HONORIFICS_BEFORE_SURNAME, ING_PREPOSITIONS, KEPT_BACK_CLAUSE_WORDS, KIN_NOUNS,
    LEGAL_FORMS, LINKING_SUBJECT_ADVERBS, LazyPattern, RE_DESCRIPTION_TIME_TAIL, MODIFIED_BLOC_PLURALS, NAMED_BODY_NOUNS, NAMED_PERSON_NOUNS, NAME_TIME_NOUNS, NATIONALITY_NOUNS, NUMBER_NAMES,
    OFFICE_BODY_LEADS, OFFICE_BODY_WORDS, OFFICE_NAME_JOINERS, OFFICE_RANK_WORDS, OFFICE_WORDS, ONE_WORD_PLACES,
    ORG_WORDS, OUTLET_KIND_NOUNS, PATRONYMIC_ENDINGS, PERSON_HONORIFICS, PLACE_GIVEN_NAMES, RETIRED_MARKS,
    STOPPED_PERSON_HONORIFICS, PLACE_NAME_OPENERS,
    PLATFORM_NAMES, PLURAL_POSSESSORS, PRONOUNS, PUBLIC_BODY_HEADS, RELATIVE_CLAUSE_ADVERBS, ROLE_BEFORE_PLACE_REACH,
    ROLE_NOUNS, RULING_WORDS, QUOTING_VERBS, RE_DEMONYM_SHAPE, STATE_OUTLET_HEADS, STATE_OUTLET_OWNERS,
    SAINT_ABBREVIATIONS, SCENE_IRREGULAR_PASTS, SEAT_TITLES, SERVICE_VERB_NOUNS, SHOP_NAME_ENDS, SPEECH_VERBS, SPOKEN_FOR_BODY_NAME_WORDS, THAT_CLAUSE_VERBS,
    SPOKEN_FOR_BODY_NOUNS, SPOKESPERSON_NOUNS, STATE_DEMONYMS, STYLED_OF_PLACE_TITLES, SURNAME_PLURALS, SURNAME_SPEAKS,
    THING_NOUNS, THIRD_PERSON_SELVES, TITLE_PARTICIPLES, TO_REMIT_HEADS, TO_REMIT_VERBS, TURN_WORDS, TWO_WORD_PLACES,
    UNIT_WORDS, US_STATE_FORMS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, ranked_office, wordset,
)
from quotesearch.names import (
    ALLY_ADVERB_ENDINGS, CAUSE_JOINERS, FUNCTION_WORDS, LEADING_PARTICLES, NOT_NAMES, PARTICLES, PARTY_WORDS,
    GIVEN_MONTH_SEX, POST_NOMINALS, RE_ORDINAL, RE_TOKEN, Token, _name_run_back, ends_in_title, gender_of, heading_verbs_trimmed,
    is_name_token, is_organisation, is_platform, is_possessive, opens_first_title, split_title, word_positions,
    written_surname_first,
)
from quotesearch.names import tokenize  # noqa: F401 (the doctests use it)


#: Possessive determiners dropped from the front of a role ("their Ukrainian counterpart").
POSSESSIVES = wordset("his her their its our my your")


#: Determiners that open a description ("a source", "the minister", "two officials").
DETERMINERS = wordset("a an the this that one two three four several some many other another")


#: Words after which one capitalised word followed by a lower-case one is an adjective, not a
#: name ("an Egyptian textbook", "another Muslim who", "our Republican colleagues").
ATTRIBUTIVE_LEADS = wordset("a an another every each some any no our my your their its his her")


#: Words that open a sentence or clause before its subject, never part of a role ("But the party's
#: leader", "When the F.B.I. director"; "then" and "now" stay: "then ambassador to Israel").
ROLE_OPENERS = wordset("""
but and yet so or still also meanwhile however instead when while as after before if because since
although though
""")


#: Prepositions after which a name belongs to the description before them ("a spokesman for X").
NAME_HOLDERS = wordset("to of at for from with close in")


#: Speech verbs that are nouns too: after a determiner and a name they are the noun (‘a terse
#: Instagram post’, ‘the White House statement’).
NOUN_LIKE_VERBS = wordset("post posts tweet tweets note notes comment comments remark remarks reply replies claim claims "
                          "report reports answer answers release releases")


#: Prepositions that open an aside of circumstance, never a role (‘, in a statement,’, ‘, on Tuesday,’).
ASIDE_PREPOSITIONS = wordset("in on at during after before through via with")


#: Lower-case words of an office before a capitalised title (‘federal Immigration Minister’).
OFFICE_ADJECTIVES = wordset("federal provincial state former interim acting then new regional national territorial")


#: Relative pronouns: a clause they open describes, it does not name ("Healey, who …").
RELATIVES = wordset("who which whose whom")


def _body_kind_aside(role: str) -> bool:
    """An aside whose head is a body's kind (‘a consumer advocacy group’, ‘the employers' federation’,
    ‘a think-tank’): it describes a body, never a person's role.

    >>> _body_kind_aside("a consumer advocacy group that testified"), _body_kind_aside("its research director")
    (True, False)
    """
    head = description_head(role)
    return head is not None and (head in BODY_KINDS or head in BODY_HEADS)


#: Words that open a clause: never part of a role.
CLAUSE_WORDS = RELATIVES | wordset("that when where while because if although")


#: Most words a source's description runs to when it says what the source knows of (‘a person familiar
#: with the company’s discussions with its lenders’); others end after nine.
DESCRIPTION_KNOWING_WORDS = 12

#: Words that end a description read forward ("a source close to the Kremlin, who ...").
DESCRIPTION_STOP = wordset("who which said says told and but , ; : . —") | SPEECH_VERBS | CALL_VERBS


#: A nation's bodies and people, after its adjective (‘the Sarandian presidency’, ‘the Parisian police’).
NATION_BODY_NOUNS = frozenset("""presidency chancellery palace government embassy consulate cabinet delegation military
army navy police parliament court ministry leader leadership side team authorities regime administration
""".split())

#: Words for someone no one names (‘…,” someone shouted from the back’): a speaker the story never
#: identifies, never the last one named.
INDEFINITE_SPEAKERS = frozenset("someone somebody".split())

#: Prepositions that put a noun phrase inside a longer description.
PREPOSITIONS = wordset("to of at for from with in on close near inside within familiar")


@dataclass(frozen=True)
class Mention:
    """Words that name a speaker: ``kind`` is name, pronoun, description or organisation."""

    start: int
    end: int
    text: str
    kind: str
    role: str | None = None


#: Words of a time phrase between a speaker and the cue ("Trump on Saturday tweeted").
TIME_WORDS = wordset("on last this late early night morning afternoon evening week weekend")

#: Spans of time that "last" or "this" makes a phrase of between a speaker and the cue ("Ruiz last year
#: said", "the auditor this month called it"; "last week" is :data:`TIME_WORDS`' already).
#:
#: >>> "year" in LONG_TIME_NOUNS, "time" in LONG_TIME_NOUNS
#: (True, False)
LONG_TIME_NOUNS = wordset("year month spring summer autumn fall winter")


#: Where or how something was said, after its speaker ("said the company in a statement", "said
#: the ministry on Twitter", "said the coach at a news conference"): never part of the speaker.
SETTING_PREPOSITIONS = wordset("in on at during via through")
SETTING_NOUNS = DOCUMENT_NOUNS | wordset("""
interview interviews conference briefing speech remarks hearing appearance call meeting rally event
debate broadcast podcast show radio television tv
""")
#: Platforms, a setting only after "on" or "via" ("said the coach on Twitter"; "an analyst at
#: Twitter" works there).
PLATFORM_NOUNS = PLATFORM_NAMES


#: Words that never sit inside a speaker description: verbs of its clause, conjunctions; and the
#: verbs of where something came from, whose object after "from" is the speaker (‘The lone vote
#: against came from Councillor X, who said’, never "the vote came from X" (w56d)).
#:
#: >>> "came" in NOT_IN_DESCRIPTION, "spokesman" in NOT_IN_DESCRIPTION
#: (True, False)
NOT_IN_DESCRIPTION = wordset("""
should would will could can may might must shall is are was were be been being has have had do does
did not that which who whom whose and or but if when while because so than then there it
after before since until unless although though whereas
showed shows depicted depicts featured features captured captures filmed films
came comes
""")


#: Prepositions that are not function words elsewhere: a bare plural never starts with them
#: ("attitudes toward Chinese workers").
OTHER_PREPOSITIONS = wordset("toward towards against among amid between onto through across behind beyond "
                             "via upon than outside")


#: Verbs that end a role read from an aside: what follows is a clause ("a former aide to Sen. Ted
#: Cruz was one of the first").
ROLE_ENDING_VERBS = wordset("is was are were has had have will would can could")


def role_text(phrase: Sequence[Token], text: str) -> str | None:
    """The role an aside or a title gives, as written: cut before a verb that opens a clause, and
    without the words a length cap left dangling at its end ("… School of", "… and currently").

    >>> t = "a former aide to Sen. Ted Cruz was one of the first"
    >>> role_text(tokenize(t), t)
    'a former aide to Sen. Ted Cruz'
    >>> t = "an associate professor of surgery at the Wayne State University School of"
    >>> role_text(tokenize(t), t)
    'an associate professor of surgery at the Wayne State University School'
    """
    end = next((i for i, x in enumerate(phrase) if i > 0 and x.word in ROLE_ENDING_VERBS and not x.capitalized),
               len(phrase))
    while end > 0 and (phrase[end - 1].word in DANGLING_WORDS or (not phrase[end - 1].text[:1].isalnum() and not (
            # (an abbreviation's full stop stays: "R-Ky.")
            phrase[end - 1].text == "." and end > 1 and phrase[end - 2].end == phrase[end - 1].start)) or (
            # an adverb after a dangling "and" ("… and currently"), never "the state assembly"
            phrase[end - 1].word.endswith("ly") and end > 1 and phrase[end - 2].word in ("and", "or"))):
        end -= 1
    if not any(x.word in DESCRIPTION_NOUNS or (x.word in PEERAGES and x.capitalized) or ranked_office(x.word, ROLE_NOUNS)
               for x in phrase[:end]) and not (
            "-" in phrase[0].text and phrase[0].text[:1].isupper()
            and all(x.text == "." for x in phrase[1:end])):  # (but a party and state: "R-Mo.")
        return None  # (what is left names no one: "the delegate math")
    return text[phrase[0].start: phrase[end - 1].end] if text else " ".join(x.text for x in phrase[:end])


#: Words of rank before an office that "of" or "for" goes on ("Vice President for Student Life"), and
#: the level of a body's office ("National Secretary of the Miners' Association", "State Chairman of"),
#: and the level of a government whose minister it is, as the South Asian and Nigerian press write it
#: ("Union Minister of State for Tribal Affairs Kiran Bala Oraon", "Provincial Minister for Irrigation
#: Naveed Akhtar Warraich", "Federal Minister of Works").
#:
#: >>> "union" in OFFICE_LEADS, "provincial" in OFFICE_LEADS, "prime" in OFFICE_LEADS
#: (True, True, False)
OFFICE_LEADS = frozenset("vice deputy assistant associate executive senior acting interim chief first second "
                         "principal general national zonal regional state provincial union federal".split()) | OFFICE_BODY_LEADS

#: Bodies whose names after "of" may hold "and" and one word ("the Department of Fish and Game";
#: never "the Bank of England and Reeves").
DEPARTMENT_WORDS = frozenset("department ministry agency commission bureau division office council board authority centers centres center centre institute institutes administration".split())

#: A government's departments, whose names after "for" may hold "and" too ("the Department for Work and
#: Pensions"; never an institute's, "the Institute for Science and International Security").
MINISTRY_WORDS = frozenset("department ministry".split())

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


#: Peerages, which are names too ("Duke Energy", "Earl Thomas") but for "of" after them.
PEERAGES = frozenset("duke earl baron".split())


def names_a_role(phrase: Sequence[Token]) -> bool:
    """An appositive that is a person's role: a role noun comes before any noun of a thing or a
    body ("a plaintiff in the lawsuit", never "a research firm founded by an accountant").

    A clause is none either: a verb before the role noun ("lives with her son", "works as a
    pilot", "cares for his mother").

    >>> names_a_role(tokenize("a senior analyst at the firm")), names_a_role(tokenize("a firm run by an accountant"))
    (True, False)
    >>> names_a_role(tokenize("lives with her son")), names_a_role(tokenize("sales director at Acme"))
    (False, True)
    >>> names_a_role(tokenize("a Border Patrol tunneling expert")), names_a_role(tokenize("steered by Cato president X"))
    (True, False)
    """
    if len(phrase) > 1 and phrase[0].text.islower() and phrase[0].word not in DESCRIPTION_NOUNS \
            and phrase[0].word not in DETERMINERS and phrase[0].word not in POSSESSIVES and not ranked_office(phrase[0].word, ROLE_NOUNS) \
            and (phrase[1].word in PREPOSITIONS or phrase[1].word in DETERMINERS or phrase[1].word in POSSESSIVES
                 or phrase[1].word in ("as", "every", "each", "about")):
        return False  # (a verb and its object or preposition)
    if len(phrase) > 1 and phrase[0].text.islower() and phrase[0].word.endswith("ed") and phrase[1].word == "by":
        return False  # (a passive: "Purple PAC, steered by former Cato Institute president Ed Crane,")
    k = next((k for k, x in enumerate(phrase) if x.word in ROLE_NOUNS), None)
    if k is not None and len(phrase) - k >= 3 and all(is_name_token(x) and not is_possessive(x) and x.word not in ROLE_NOUNS
                                                      for x in phrase[k + 1:]):
        return False  # the next of a list of people by their roles: ‘singer Callum Reid, guitarist Euan
        # Fraser, bassist Niall Dempsey’ (Euan Fraser is no role of Callum Reid's)
    for i, x in enumerate(phrase):
        nxt = phrase[i + 1] if i + 1 < len(phrase) else None
        if x.word in ROLE_NOUNS or (x.word in PEERAGES and x.capitalized and nxt is not None and nxt.word == "of") \
                or ranked_office(x.word, ROLE_NOUNS):
            return True  # (and a peerage: "the Duke of Avonford", "the Earl of Marlowe"; and a rank written onto
            # its office: "vice-minister of National Defence")
        if i > 0 and _agent_noun(x) and (nxt is None or nxt.word in PREPOSITIONS) \
                and all(y.word in DETERMINERS or y.text.islower() or y.capitalized for y in phrase[:i]):
            return True  # a trade no list holds, ending the role or before its preposition: "a pulmonologist
            # at the Northern Chest Institute", "the Ballymore harbormaster"
        if x.word in THING_NOUNS and not (x.capitalized and x is not phrase[-1] and x is not phrase[0]) \
                and not (nxt is not None and nxt.word in ROLE_NOUNS):
            return False  # (a body's name may come first: "a Border Patrol tunneling expert"; a body's word
            # before a role is the role's: "the club captain", "a company spokesman")
    return False


def _agent_noun(t: Token) -> bool:
    """A lower-case noun of one who does a trade, by its ending ("harbormaster", "pulmonologist",
    "kitman", "librarian"), never a verb's form or a thing's noun."""
    w = t.word
    return t.text.isalpha() and t.text.islower() and len(w) > 6 and w not in THING_NOUNS and w not in FUNCTION_WORDS \
        and w.endswith(("ist", "ian", "man", "woman", "master", "er", "or")) and not w.endswith(("ever", "other", "ther"))


#: Words a role never ends on: where a length cap or a clause cut it ("… School of", "… and").
DANGLING_WORDS = PREPOSITIONS | wordset("""
the a an and or but by as into about under over than then now also you he she they we it i who that which
""")


def _joined_modifiers(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether the "and" at ``toks[i]`` joins two lower-case modifiers of the role noun ``toks[j]``
    right after a determiner or an owner: ‘the health and social care secretary’ (never two
    people, ‘the mayor and council leader’, nor two clauses, ‘the vote passed and party officials’);
    or of a ministry's or a department's: ‘the industry and trade ministry’."""
    if (toks[j].word not in ROLE_NOUNS and toks[j].word not in LOWER_REMIT_HEADS) or j - i > 4 or not all(
            x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS and x.word not in DESCRIPTION_NOUNS
            for x in toks[i + 1:j]):
        return False
    for k in range(i - 1, max(i - 5, lo - 1), -1):
        x = toks[k]
        if x.word in DETERMINERS or x.word in POSSESSIVES or (is_possessive(x) and is_name_token(x)):
            return k < i - 1
        if not (x.text.isalpha() and x.text.islower()) or x.word in FUNCTION_WORDS \
                or (x.word in DESCRIPTION_NOUNS and not (k == i - 1 and x.word in OFFICE_WORDS)) \
                or x.word in SPEECH_VERBS or x.word.endswith("ed"):
            return False  # (but an office's remit: ‘the police and crime commissioner’)
    return False


def _demonstrative_subject(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether ``toks[i]`` is "this" or "that" opening a subject of one noun of people right before
    its verb at ``toks[j + 1]``, after a quotation's mark or a stop: ‘“…,” that person said’, ‘“…,”
    this official said’ (never the conjunction: ‘said that officials’, ‘so that people’)."""
    if not (toks[i].word in ("this", "that") and i + 1 == j and toks[j].word in DESCRIPTION_NOUNS
            and toks[j].text.islower() and not (toks[j].word.endswith("s") and not toks[j].word.endswith("ss"))
            and toks[j].word not in ("people", "men", "women")):
        return False  # (one person: never the relative of ‘the “sweeps” that critics say …’)
    if i == lo:
        return True
    mark = toks[i - 1]
    return mark.text in ".!?" or (mark.text in "”\"’'" and i - 2 >= lo and toks[i - 2].text in ",?!")


def _compound_and(toks: list[Token], a: int) -> bool:
    """Whether the "and" at ``toks[a]`` joins two lower-case words of one compound before a unit's noun
    right after them, inside a description read forward: ‘one engineer on the trust and safety team,
    who …’, ‘the owner of a fish and chip shop’ (never cut at "trust"; never a second person, ‘a nurse
    on the ward and a porter’, nor a body's capitalised name, ‘Smith and Jones’).

    >>> t = tokenize("one engineer on the trust and safety team, who"); _compound_and(t, 5)
    True
    >>> t = tokenize("a nurse on the ward and a porter"); _compound_and(t, 5)
    False
    """
    n = len(toks)
    if a < 2 or a + 2 >= n or toks[a].text != "and" or toks[a - 2].word not in DETERMINERS | POSSESSIVES:
        return False
    words = (toks[a - 1], toks[a + 1])
    if not all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS and x.word not in DETERMINERS
               and (x.word not in DESCRIPTION_NOUNS or x.word in THING_NOUNS) for x in words):
        return False  # (two words of a remit, a body's noun among them, ‘the trust and safety team’; no
        # person's noun: ‘the mayor and council leader’ is two people)
    unit = toks[a + 2]
    return unit.text.islower() and unit.word in COMPOUND_UNIT_NOUNS and (
        a + 3 >= n or not toks[a + 3].text[:1].isalnum() or toks[a + 3].word in ("who", "whose", "said", "says", "told")
        or toks[a + 3].word in PREPOSITIONS)  # (the unit ends the phrase: never ‘the sales and marketing team
    # leader’, read by its own rules)


def _demonstrative_object(toks: list[Token], t: int) -> bool:
    """Whether "that" at ``toks[t]`` is a demonstrative before the object of a source's preposition, one
    lower-case noun and then a stop: ‘a person familiar with that conversation, who …’, ‘an official
    briefed on that decision said’ (never the conjunction: ‘said that officials were’, ‘so that people’).

    >>> t = tokenize("A person familiar with that conversation, who"); _demonstrative_object(t, 4)
    True
    >>> t = tokenize("familiar with that officials were worried"); _demonstrative_object(t, 2)
    False
    """
    n = len(toks)
    if t < 1 or t + 1 >= n or toks[t].text != "that" or toks[t - 1].word not in DEMONSTRATIVE_PREPOSITIONS:
        return False
    noun = toks[t + 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.word in FUNCTION_WORDS or noun.word in DETERMINERS \
            or noun.word in NOT_IN_DESCRIPTION or noun.word in SPEECH_VERBS or noun.word.endswith(("ed", "ly")) \
            or (noun.word.endswith("s") and not noun.word.endswith(("ss", "ns", "ts"))):
        return False  # (a plural or a verb after it opens a clause: ‘with that officials were …’)
    return t + 2 >= n or toks[t + 2].text in ",.;:—" or toks[t + 2].word in ("who", "said", "says", "told")


#: Bodies whose remit a paper may write in lower case after "of" (‘the ministry of environment and energy’).
LOWER_REMIT_HEADS = wordset("ministry department")


#: A ministry's remit in lower case cut at its "and" (‘the ministry of environment’), and the second
#: word of the remit after it, before the verb (‘ and energy said’).
#:
#: >>> RE_LOWER_REMIT_AND.match(" and energy said in a statement").group(1)
#: ' and energy'
RE_LOWER_REMIT_END = LazyPattern(r"(?i:\bthe )(?:ministry|department) of \p{Ll}+$")
RE_LOWER_REMIT_AND = LazyPattern(r"( and \p{Ll}+)(?= (?:said|says|told|added|has|had|is|was|announced|confirmed|"
                                 r"denied|insisted|warned|stated|wrote)\b)")


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


#: The participles of a charge that describe the one charged (‘A man accused of …’, ‘a nurse charged
#: with …’), never a verb of the sentence's own (‘A nurse complained of bullying after …’, ‘A doctor
#: warned of …’), and the words that open a clause of another's after the charge (‘… after her manager
#: told her’) (review rv60a).
#:
#: >>> "accused" in CHARGE_PARTICIPLES, "complained" in CHARGE_PARTICIPLES, "after" in CLAUSE_OPENERS_AFTER_CHARGE
#: (True, False, True)
CHARGE_PARTICIPLES = frozenset(("accused", "charged"))
CLAUSE_OPENERS_AFTER_CHARGE = frozenset("after as when while before because until since whereupon".split())


def _passive_speech_participle(toks: list[Token], i: int, lo: int) -> bool:
    """``toks[i]``, a verb of speech, is a past participle that describes the noun of people right before
    it, its charge after "of" or "with" (‘A man accused of murder has said’, ‘a nurse charged with
    neglect told’): part of the description, never its verb (w60a; ‘The man accused Ann Lee of lying’ is
    a verb, its object a name).

    >>> t = tokenize("A man accused of murder")
    >>> _passive_speech_participle(t, 2, 0), _passive_speech_participle(tokenize("The man accused Ann of lying"), 2, 0)
    (True, False)
    """
    return i - 1 > lo and i + 1 < len(toks) and toks[i].word in CHARGE_PARTICIPLES and toks[i + 1].text in ("of", "with") \
        and toks[i - 1].text.islower() and toks[i - 1].word in DESCRIPTION_NOUNS and toks[i - 1].word not in THING_NOUNS


def _charged_one_opens(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[lo..k]`` is one described by a charge, its article, its noun of people and the charge's
    participle first (:func:`_passive_speech_participle`), then words alone, no clause of another's
    (:data:`CLAUSE_OPENERS_AFTER_CHARGE`): ‘A man accused of killing a stranger outside a Hull takeaway’.

    >>> t = tokenize("A man accused of killing a stranger outside a Hull takeaway has")
    >>> _charged_one_opens(t, len(t) - 2, 0), _charged_one_opens(tokenize("A man accused of theft after she"), 6, 0)
    (True, False)
    """
    return 3 <= k - lo <= 14 and toks[lo].word in ("a", "an", "the", "one") and toks[lo + 1].word in DESCRIPTION_NOUNS \
        and _passive_speech_participle(toks, lo + 2, lo) \
        and all(x.text.replace("-", "").isalpha() and x.word not in CLAUSE_OPENERS_AFTER_CHARGE for x in toks[lo + 2:k + 1])

def _description_back(toks: list[Token], j: int, lo: int) -> int | None:
    """Start index of a description ending at ``toks[j]`` ("a source close to the Kremlin", and
    "a spokesman for the ministry", never its object "the ministry" alone)."""
    inner = None  # a description that is the object of a preposition: the longer one may hold it
    first_preposition = None  # ("people familiar with the matter": a bare plural before it)
    acronym = None  # a body's letters in brackets before the noun: ‘A Regional Water Authority (RWA) spokesman’
    for i in range(j, max(lo, j - 11) - 1, -1):
        w = toks[i].word
        if i == acronym or i + 1 == acronym:
            continue
        if toks[i].text == ")" and lo + 2 < i < j and toks[i - 2].text == "(" and toks[i - 1].text.isalpha() \
                and toks[i - 1].text.isupper() and is_name_token(toks[i - 3]) and not is_possessive(toks[i - 3]):
            acronym = i - 1
            continue
        inside_name = w in NAME_JOINERS and lo < i < j and toks[i - 1].capitalized and toks[i + 1].capitalized \
            and (toks[j].text.islower() or (w == "and" and (_department_of(toks, max(lo, i - 5), i - 1) or (
                i + 1 < j and _body_word(toks[j])))))  # (or a body named for two places: "for Devon and Cornwall Police")
        # (a body's name before a noun: never "the American Federation of Teachers"; but a
        # department's own "and": "a spokesperson for the Department of Fish and Game")
        joined = w == "and" and lo < i < j and (_joined_modifiers(toks, i, j, lo) or (i + 2 <= j and _compound_and(toks, i)))
        # (two remits joined before a role: ‘the health and social care secretary’, ‘Greater
        # Manchester's walking and cycling commissioner’)
        counted = w in ("more", "fewer", "less", "than") and i + 2 <= j and (
            toks[i + 1].text[:1].isdigit() or (toks[i + 1].word == "than" and toks[i + 2].text[:1].isdigit()))
        # (a count in a description: ‘One fan account with more than 300,000 followers’)
        if not toks[i].text[:1].isalnum() or (w in SPEECH_VERBS and i < j and not toks[i].capitalized and not (
                i > lo and (toks[i - 1].word in DETERMINERS or toks[i - 1].word in POSSESSIVES))
                and not _state_before_role(toks, i) and not _owned_speech_noun(toks, i, lo)
                and not _passive_speech_participle(toks, i, lo)) \
                or (w in NOT_IN_DESCRIPTION and not inside_name and not counted and not joined
                    and not _demonstrative_subject(toks, i, j, lo) and not _lower_remit_joined(toks, i, j, lo)):
            break  # (a verb ends it, never a name's word, "the State Department", nor a verb's noun
            # after "the": "the fire department", "the rail operator", nor "state" before a role:
            # "the former state senator"; but "and" inside a body's
            # name is its word: "A Department of Health and Social Care spokesperson")
        if w in PREPOSITIONS and i < j and not inside_name:
            first_preposition = i
        owned = i < j and is_possessive(toks[i]) and is_name_token(toks[i]) and not (
            toks[i].text.endswith(("s'", "s’")) and toks[i + 1].capitalized and toks[i + 1].word in ORG_WORDS)
        # (a plural's apostrophe inside a body's name owns nothing: "the Glasgow Cab Drivers' Association")
        if w in DETERMINERS or w in POSSESSIVES or owned:
            # the head noun stands before the first preposition ("a source close to …"; not
            # "the job of president"), past a body's name ("A House of Lords spokesman"); a name's
            # possessive is a determiner ("Powell’s office"; but what a person's document says is
            # theirs: "Trump’s tweet")
            h = i
            while h + 1 <= j and ((toks[h + 1].word not in PREPOSITIONS and toks[h + 1].word != "as") or (
                    toks[h + 1].word in NAME_JOINERS and toks[h].capitalized and h + 2 <= j and toks[h + 2].capitalized
                    and toks[j].text.islower())):
                h += 1
            heads = [t.word for t in toks[i + 1: h + 1] if t.word in DESCRIPTION_NOUNS]
            if heads:
                last = max(x for x in range(i + 1, h + 1) if toks[x].word in DESCRIPTION_NOUNS)
                if any(x.text.islower() and x.word.endswith("ing") and len(x.word) > 4 and x.word not in DESCRIPTION_NOUNS
                       for x in toks[last + 1:h + 1]) and not (
                        i == lo and toks[i].capitalized and last + 1 < len(toks) and toks[last + 1].word.endswith("ing")
                        and j - last <= 4):
                    break  # a clause after the noun: ‘outside the zoo gates Monday holding signs reading’ (but a
                    # short one of the subject that opens the sentence: ‘A stallholder selling cheese said’)
            if not heads and _is_age(toks[h].word):
                heads = [toks[h].word]  # an age as the head: ‘The 34-year-old wrote: “…”’ (before a
                # place too: ‘A 54-year-old from Bolton who saw it said’)
            if heads and _verb_after_subject(toks, i + 1, h):
                break  # a clause, never one description: ‘The inquiry follows complaints from two bidders’
            if heads and not (owned and heads[-1] in DOCUMENT_NOUNS):
                if inner is None and i - 1 >= lo and toks[i - 1].word in PREPOSITIONS \
                        and not (i - 2 >= lo and toks[i - 1].word == "of" and toks[i - 2].word in PARTITIVES):
                    inner = i  # "the ministry" in "a spokesman for the ministry"
                    continue
                if i - 2 >= lo and toks[i - 1].word == "of" and toks[i - 2].word in PARTITIVES:
                    i -= 2  # ‘one of the victims said’: one of them
                    if inner is None and i - 1 >= lo and toks[i - 1].word in PREPOSITIONS:
                        inner = i  # (‘a relative of one of the victims’)
                        continue
                if owned:  # (the whole owner: "the Prime Minister’s official spokesman")
                    i = _name_run_back(toks, i)
                    if i - 1 >= lo and toks[i - 1].word == "the":
                        i -= 1
                return i
            if owned:
                continue  # (as any other word: "several people in Clinton’s orbit")
            if i - 1 >= lo and toks[i - 1].word in PREPOSITIONS:
                continue  # "the Kremlin" in "a source close to the Kremlin"
            return inner
    if first_preposition is not None and first_preposition - 1 >= lo:
        # a bare plural before the prepositions: "officials at the ministry", "people familiar with …"
        outer = _bare_plural_back(toks, first_preposition - 1, lo, roles=True)
        if outer is not None:
            return outer
    return inner if inner is not None else _bare_plural_back(toks, j, lo)


#: A decision or a writing that a clause without "that" may follow, whose subject speaks of it: ‘in a
#: judgment campaigners said should prompt “…”’, ‘a ruling residents said was “long overdue”’.
CONTACT_CLAUSE_NOUNS = DOCUMENT_NOUNS | wordset("decision decisions judgment judgement move step plan plans law policy measure")


#: The verbs that open a clause without "that" whose subject is the noun before its speakers (‘a ruling residents
#: said was “…”’, ‘the plan critics say will “…”’).
CONTACT_CLAUSE_VERBS = frozenset("was were is are will would should could must might may can had has have".split())

#: Cues whose object the marks right after them hold, the noun before being their object (‘a plan critics called “…”’).
NAMING_CUES = frozenset("called call calls branded brand dubbed labelled labeled termed".split())


def _contact_clause_plural(toks: list[Token], m: Mention, j: int, lo: int) -> Mention | None:
    """The people in the plural who say the cue at ``j``, right after a decision or a writing read
    with them as one description (‘a decision campaigners’, ‘the ruling residents’): they speak of it,
    in a clause without "that"; never a plural that belongs to the noun (‘the council's housing
    officers’: "officers" follows no noun of :data:`CONTACT_CLAUSE_NOUNS`).

    >>> t = "in a judgment campaigners said should prompt"; toks = tokenize(t)
    >>> _contact_clause_plural(toks, Mention(3, 25, "a judgment campaigners", "description"), 4, 0).text
    'campaigners'
    >>> t = "the study authors said the results were"; toks = tokenize(t)
    >>> _contact_clause_plural(toks, Mention(0, 17, "the study authors", "description"), 3, 0) is None
    True
    """
    p = j - 1
    if p - 2 < lo or toks[p].end != m.end or not toks[p].text.islower() or not toks[p].word.endswith("s") \
            or toks[p].word[:-1] not in DESCRIPTION_NOUNS or toks[p].word[:-1] in THING_NOUNS:
        return None
    if toks[p - 1].word not in CONTACT_CLAUSE_NOUNS or not toks[p - 1].text.islower() or toks[p - 1].start <= m.start:
        return None
    n = j + 1
    while n < len(toks) and toks[n].text in ("“", "\"", "‘", "'"):
        n += 1
    if toks[j].word in NAMING_CUES and (n >= len(toks) or n > j + 1):
        pass  # (a naming cue with its marks right after it: ‘a plan critics called “…”’)
    elif n >= len(toks) or toks[n].word not in CONTACT_CLAUSE_VERBS:
        return None  # (the clause wants its verb right after the cue, its subject being the noun before: ‘a ruling
        # residents said was’; ‘the study authors said the results were’ is one description, a compound's plural)
    return Mention(toks[p].start, toks[p].end, toks[p].text, "description")


def _owned_speech_noun(toks: list[Token], i: int, lo: int) -> bool:
    """The speech word at ``toks[i]`` is a noun before a document's, after its owner's possessive: ‘The
    Water Authority’s warning notice states’, ‘the regulator’s warning letter said’ (never a verb there).

    >>> t = tokenize("the council’s warning notice said"); _owned_speech_noun(t, 2, 0)
    True
    >>> t = tokenize("the council, warning residents, said"); _owned_speech_noun(t, 3, 0)
    False
    """
    return i - 1 >= lo and i + 1 < len(toks) and is_possessive(toks[i - 1]) and toks[i].word.endswith("ing") \
        and toks[i + 1].word in DOCUMENT_NOUNS and toks[i + 1].text.islower()


def _verb_after_subject(toks: list[Token], a: int, h: int) -> bool:
    """``toks[a:h + 1]``, the words after a determiner up to a preposition, hold a verb between its
    subject and its object: a lower-case noun of a person or thing, then a present in -s, a past in
    -ed or an irregular past, then a lower-case word (‘The inquiry follows complaints from’, ‘The bill
    drew criticism from’), never an adjective before the noun (‘a retired officer from’) nor a
    plural that ends the words (‘the health ministry officials from’), nor a participle before
    "by" or a time (‘A resident reached by telephone’, ‘a woman injured last week’), nor a possessive
    (‘the state attorney general’s office’)."""
    for p in range(a + 1, h):
        w, prev, nxt = toks[p].word, toks[p - 1], toks[p + 1]
        if toks[p].text.isalpha() and toks[p].text.islower() and prev.text.islower() and prev.word in DESCRIPTION_NOUNS and not prev.word.endswith("s") \
                and nxt.text.islower() and nxt.text.isalpha() and w not in DESCRIPTION_NOUNS and nxt.word not in FUNCTION_WORDS \
                and nxt.word not in OTHER_PREPOSITIONS and nxt.word not in TIME_WORDS \
                and not (w.endswith("s") and nxt.word in ROLE_NOUNS) and verb_shaped(w):
            return True
    return False


def verb_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's past or its present in -s (:func:`past_shaped`,
    :func:`present_shaped`: ‘drew’, ‘closed’, ‘follows’; never ‘boss’, ‘bonus’, ‘analysis’). The
    caller rules out nouns of people and words of function.

    >>> [verb_shaped(w) for w in ("drew", "closed", "follows", "boss", "bonus", "red")]
    [True, True, True, False, False, False]
    """
    return past_shaped(w) or present_shaped(w)


def past_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's past: an irregular past or a past in -ed (‘drew’,
    ‘closed’; never ‘red’).

    >>> [past_shaped(w) for w in ("drew", "closed", "red", "follows")]
    [True, True, False, False]
    """
    return w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


def present_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's present in -s, no "-ss", "-us" or "-is" noun (‘follows’,
    ‘rolls’; never ‘boss’, ‘bonus’, ‘analysis’).

    >>> [present_shaped(w) for w in ("follows", "rolls", "boss", "bonus", "analysis")]
    [True, True, False, False, False]
    """
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _is_age(word: str) -> bool:
    """An age written as a noun: "34-year-old" (never "34-year-olds", a group)."""
    return word.endswith("-year-old") and word[:-9].isdigit() and len(word) <= 12


def _bare_plural_back(toks: list[Token], j: int, lo: int, roles: bool = False) -> int | None:
    """Start index of a description with no determiner ending at ``toks[j]``: a bare plural or
    adjective + plural ("officials", "Western officials"); ``roles``: any role noun's plural too
    ("Researchers at the University of Michigan")."""
    if toks[j].capitalized and j - 1 >= lo and (toks[j - 1].capitalized or toks[j - 1].word in ("of", "and", "for")):
        return None  # a name's word: "the American Federation of Teachers"
    k = j
    while k - 1 >= lo and toks[k - 1].text[:1].isalnum() and toks[k - 1].word not in FUNCTION_WORDS \
            and (toks[k - 1].word not in SPEECH_VERBS or toks[k - 1].word == "state") \
            and toks[k - 1].word not in OTHER_PREPOSITIONS and toks[k - 1].word not in NOT_IN_DESCRIPTION \
            and j - k < 3:  # ("state police", an adjective; never a verb: "a video showed rebels")
        k -= 1
    w = toks[j].word
    if (w in DESCRIPTION_NOUNS and (w.endswith("s") or w in UNMARKED_PLURALS)) or (roles and _role_plural(w)):
        return _approximate_count_back(toks, k, lo)
    if w in MODIFIED_BLOC_PLURALS and k < j and toks[j].text.islower() and all(x.text.isalpha() for x in toks[k:j]):
        return k  # countries as a bloc, with the word that says which: ‘Small island states said’
    if w in PLACE_BODY_NOUNS and toks[j].text.islower() and k < j and all(is_name_token(x) for x in toks[k:j]):
        return k  # a body by its place and a lower-case noun: ‘Frankfurt airport said’, ‘Leeds council said’
    return None


def _approximate_count_back(toks: list[Token], k: int, lo: int) -> int:
    """The start of a counted plural at ``toks[k]`` with the word that makes its count approximate,
    when that word opens the clause: ‘As the result was announced, around 30 protesters’ are "around 30
    protesters", ‘More than 5,000 people’ all of it (never a verb's preposition: ‘spoke about 30 …’).

    >>> t = tokenize("As it ended, around 30 protesters")
    >>> _approximate_count_back(t, 5, 0), _approximate_count_back(tokenize("He spoke about 30 protesters"), 3, 0)
    (4, 3)
    """
    if not toks[k].text[:1].isdigit() or k - 1 < lo:
        return k
    a = k - 1
    if toks[a].word not in COUNT_APPROXIMATORS:
        if a - 1 < lo or (toks[a - 1].word, toks[a].word) not in COUNT_APPROXIMATOR_PAIRS:
            return k
        a -= 1
    if a == lo or not toks[a - 1].text[:1].isalnum() or toks[a - 1].word in ("and", "but", "as", "while", "when", "then"):
        return a
    return k


#: Bodies a place's name may stand before with no article (‘Munich airport’, ‘Leeds council’).
PLACE_BODY_NOUNS = frozenset("airport council hospital university ministry court zoo museum port prison school".split())


#: Nouns of many people with no plural ending ("police said", "staff say"); not the collective nouns of
#: one group a "they" stands for (speakers.COLLECTIVE_NOUNS: "the family", "the crowd").
UNMARKED_PLURALS = wordset("police staff people gardaí gardai management")


#: Credentials and generations set off by commas after a name (‘Miriam Okafor, MD,’, ‘Jane Roe, RN,’,
#: ‘Tom Reyes, Jr.,’).
SET_OFF_CREDENTIALS = POST_NOMINALS | frozenset("RN DO NP FRCP FRCS FACS FACP DDS DMD DVM PharmD PsyD EdD MSc Jr Sr".split())


#: States and countries written in one word (‘Virginia’, ‘Va.’, ‘Mass.’, ‘France’): after a place and a
#: comma, the end of where someone is or was, never a speaker.
STATE_OR_COUNTRY_WORDS = frozenset(form for forms in US_STATE_FORMS.values() for form in forms if " " not in form and not form.isupper()) \
    | frozenset(country for country in COUNTRY_NATIONALITIES if " " not in country)


def _place_and_region_back(toks: list[Token], k: int, lo: int) -> int | None:
    """The comma that opens the aside holding a place and its region right before the comma at
    ``toks[k]`` ("in Herndon, Virginia,", "from Templemore, Co Tipperary,", "in Kochi, Kerala,"): a
    state or a country, or any region after a place a preposition of place leads to; None if none."""
    r = k - 1
    if r - 2 < lo or toks[k].text != "," or not is_name_token(toks[r]):
        return None
    r0 = r - 1 if toks[r - 1].text in ("Co", "Co.", "County") else r
    if r0 - 2 < lo or toks[r0 - 1].text != "," or not is_name_token(toks[r0 - 2]):
        return None
    c = r0 - 2
    while c - 1 >= lo and is_name_token(toks[c - 1]) and r0 - 2 - c < 2:
        c -= 1  # (the place's words: "San Bernardino")
    if toks[r].text not in STATE_OR_COUNTRY_WORDS and not (c - 1 >= lo and toks[c - 1].word in PLACE_PREPOSITIONS):
        return None
    k2 = c - 1
    while k2 > lo and toks[k2].text not in ",;:" and k - k2 < 25:
        k2 -= 1
    return k2 if toks[k2].text == "," and toks[k2 + 1].text.islower() else None  # (an aside, never a name's own
    # place: ‘Another caller, Priscilla in Surrey, B.C., said’)


#: Verbs that only report speech (never ‘charged a $100,000 fee’).
PLAIN_SPEECH_VERBS = frozenset("said says told tells added adds wrote writes explained insisted warned".split())

#: Prepositions a place follows (‘in Templemore’, ‘from Nadi’).
PLACE_PREPOSITIONS = frozenset("in at from near outside of".split())

#: Lower-case words of where a place lies, before its name (‘in north Essex’, ‘nearby Rockwell Green’,
#: ‘in mid Wales’, ‘in far north Queensland’).
PLACE_LIE_WORDS = frozenset("north south east west northern southern eastern western central nearby neighbouring "
                            "neighboring rural coastal north-east north-west south-east south-west mid far "
                            "upstate downstate".split())


#: Prepositions before a place a clause of "where" may follow (‘speaking from Christchurch, where …’).
WHERE_PLACE_PREPOSITIONS = frozenset("in from at to near outside inside into across around".split())


#: Most words of a "who" clause that ends a described speaker before an aside (‘A council staffer who
#: worked on the amendment, speaking on condition of anonymity, said’).
WHO_CLAUSE_WORDS = 10


def _described_who_before_aside(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The described person whose "who" clause ends at ``toks[k]``, right before an aside set off before
    the cue verb: ‘A council staffer who worked on the amendment, speaking on condition of anonymity,
    said’ is the staffer who worked on the amendment (never "the amendment"); else None.

    >>> t = "A council staffer who worked on the amendment, speaking on condition of anonymity, said"
    >>> toks = tokenize(t); _described_who_before_aside(toks, 7, 0, t).text
    'a council staffer who worked on the amendment'
    """
    w = next((w for w in range(k - 1, max(lo, k - WHO_CLAUSE_WORDS) - 1, -1)
              if toks[w].word == "who" or not (toks[w].text[:1].isalnum() or toks[w].text in "-’'")), None)
    if w is None or toks[w].word != "who" or w - 1 < lo or toks[w - 1].text == "," \
            or not any(x.text.islower() and x.text.isalpha() and (x.word.endswith("ed") or x.word in IRREGULAR_PAST
                                                                   or x.word.endswith("s")) for x in toks[w + 1:w + 3]):
        return None
    m = _mention_before(toks, w, lo, text)
    if m is None or m.kind != "description" or m.end != toks[w - 1].end \
            or (head := description_head(m.text)) in THING_NOUNS or head not in DESCRIPTION_NOUNS:
        return None
    return _description(toks, next(i for i in range(w - 1, lo - 1, -1) if toks[i].start == m.start), k, text,
                        lower_first=True)


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


def _outlet_named_after_kind(toks: list[Token], k2: int, end: int, lo: int, text: str | None) -> Mention | None:
    """The outlet's name set off at ``toks[k2 + 1:end + 1]`` after a description whose head, ``toks[k2]``,
    is an outlet's kind, opening the clause: ‘The ruling party’s flagship newspaper, the Daily Clarion,
    said’ is the Daily Clarion (a name the article gives, never the description before it); never a
    person set off after someone at the outlet (‘The paper’s editor, Ann Roe, said’: no outlet's kind).

    >>> t = "The ruling party’s flagship newspaper, the Daily Clarion, said"
    >>> _outlet_named_after_kind(tokenize(t), 4, 9, 0, t).text
    'the Daily Clarion'
    >>> t = "The paper’s editor, Ann Roe, said"
    >>> _outlet_named_after_kind(tokenize(t), 2, 6, 0, t) is None
    True
    """
    if toks[k2].word not in OUTLET_KIND_NOUNS or not toks[k2].text.islower() or toks[k2 + 1].text != "," \
            or toks[end].text != "," or end - k2 < 3:
        return None
    inner = toks[k2 + 2:end]
    names = inner[1:] if inner[0].word == "the" else inner
    if not 1 <= len(names) <= 4 or not all(is_name_token(x) for x in names) or is_possessive(names[-1]) \
            or (names is inner and gender_of(names[0].text) is not None):
        return None  # (a name with a given name the lists know and no "the" is a person's)
    d = _description_back(toks, k2, lo)
    if d is None:
        return None
    while d - 1 >= lo and k2 - d < 8 and (toks[d - 1].word in ("the", "a", "an") or (
            toks[d - 1].text.isalpha() and toks[d - 1].text.islower() and toks[d - 1].word not in FUNCTION_WORDS)):
        d -= 1  # (the words before the owner: ‘The ruling Communist Party’s flagship newspaper’)
    if not (d == lo or toks[d - 1].text in ".;:—“”\""):
        return None
    s_, e_ = inner[0].start, inner[-1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in inner), "organisation")


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


def _skip_aside_back(toks: list[Token], j: int, lo: int) -> int:
    """Step back over an aside before a cue verb: ", who replaced X in July," or "(R-Utah)"."""
    if j >= lo and toks[j].text == ")":
        k = j
        while k > lo and toks[k].text != "(":
            k -= 1
        return k - 1 if toks[k].text == "(" else j
    if j >= lo and toks[j].text == ",":
        k = j - 1
        while k > lo and toks[k].text not in ",;:" and j - k < 25:
            k -= 1
        if j + 1 < len(toks) and toks[j + 1].word in PLAIN_SPEECH_VERBS and (k0 := _place_and_region_back(toks, j, lo)) is not None:
            k = k0  # (the aside ends with the place and its region: ‘X, speaking from Nadi, Fiji, said’)
        if k - 3 >= lo and toks[k].text == "," and toks[k - 1].text.rstrip(".") in SET_OFF_CREDENTIALS \
                and toks[k - 2].text == "," and is_name_token(toks[k - 3]):
            k -= 2  # a credential set off after the name is no name: ‘specialist Miriam Okafor, MD, of
            # Lakeside General Hospital, called’ (the aside holds it)
        while (k2 := _place_and_region_back(toks, k, lo)) is not None:  # a place and its state inside the aside:
            k = k2  # ‘X, speaking at a forum in Herndon, Virginia, on Oct. 17, said’, ‘X, who travelled from
            # Springfield, Massachusetts, for …’, ‘X, speaking in Templemore, Co Tipperary, on Friday, said’
        if k > lo and toks[k].text == ",":
            # a second aside before the first ("X, the attorney general, one of the states suing, said")
            # (not when the first aside is a name: "the nominee, Mitt Romney, called" names him)
            inner = toks[k + 1: j]
            place = bool(inner) and inner[0].word == "where" and (b := _name_run_back(toks, k - 1)) > lo \
                and toks[b - 1].word in WHERE_PLACE_PREPOSITIONS  # (a place's clause after a place: the name is the place's)
            if (not is_name_token(toks[k - 1]) or place) and toks[k - 1].text != ")" \
                    and not (inner and len(inner) <= 5 and all(is_name_token(x) or x.word in HONORIFICS for x in inner)):
                k2 = k - 1
                while k2 > lo and toks[k2].text not in ",;:" and k - k2 < 25:
                    k2 -= 1
                if place and is_name_token(toks[k - 1]) and k2 > lo and not (
                        toks[k2 + 1].word.endswith("ing") or toks[k2 + 1].word in WHERE_PLACE_PREPOSITIONS):
                    return k - 1  # (a place in no aside of its own: ‘After meeting X, residents in Barnsley, where …, said’)
                if k2 > lo and toks[k2].text == "," and (is_name_token(toks[k2 - 1]) or place):
                    return k2 - 1  # (‘Rennie, speaking by video from Christchurch, where it was not yet
                    # dawn, said’ is Rennie's, never the city's)
            return k - 1
    return j


#: Irregular past tenses, verbs after a subject's name ("Kiana Wells led Villanova").
IRREGULAR_PAST = wordset("""
led won lost took made gave got ran went came saw met kept held found brought threw caught
struck fought sent spent built paid sold bought felt heard meant drew grew chose wore
taught sought began became knew stood sat rose fell left thought
beat swept stole drove rode broke froze shook woke swore tore hid fled fed sped dealt sank swam blew flew
""")


#: Prepositions after a verb whose object a name may be ("took to Instagram", "addressed fans on X").
OBJECT_PREPOSITIONS = wordset("to on at in into onto via about")


#: Words that open a sentence before a comma, never a name ("Sentencing, the judge, X, said").
OPENING_WORDS = wordset("""
sentencing prosecuting welcoming opening closing winding summing afterwards elsewhere nonetheless
nevertheless separately meanwhile earlier later additionally furthermore moreover overall
reacting contributing speaking addressing briefing corroborating appealing commiserating
""")


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


def _opens_clause(t: Token) -> bool:
    """A capitalised word before a sentence's first comma that opens it: a participle of
    speech ("Replying"), an adverb ("Afterwards", "Privately") or another opener."""
    w = t.word
    return t.capitalized and (w in OPENING_WORDS or (w.endswith("ing") and w in SPEECH_VERBS and w != "reading") or (
        len(w) > 5 and w.endswith(ADVERB_LY)))  # (never "Reilly", "Scully", "Reading")


#: Endings of adverbs in -ly that open sentences ("Privately", "Finally"); surnames in -ly
#: ("Reilly", "Kennelly", "Scully", "Greally", "Connally") end otherwise.
ADVERB_LY = ALLY_ADVERB_ENDINGS + ("ically", "really", "fully", "ately", "ently", "antly", "ously", "ively", "ibly", "ably",
                                  "ingly", "edly")


def _in_relative_aside(toks: list[Token], i: int, lo: int) -> bool:
    """The word at ``toks[i]`` stands in a relative aside set off by commas (‘, who attended but
    did not speak,’): its verb is the aside's, no cue.

    >>> toks = tokenize("X, who attended but did not speak, said"); _in_relative_aside(toks, 7, 0)
    True
    >>> toks = tokenize("X, a group that first complained, said"); _in_relative_aside(toks, 6, 0)
    True
    """
    c = next((c for c in range(i - 1, max(lo - 1, i - 10), -1) if toks[c].text == ","), None)
    if c is None or c + 1 >= i:
        return False
    return toks[c + 1].word in ("who", "which") or (
        # (or a relative clause inside the aside, an adverb before its verb: ‘, a group of rivals that
        # first complained to the commission in 2013,’, ‘, the firm that later warned regulators,’)
        c + 3 < i and toks[i - 2].word in ("who", "which", "that") and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower() and toks[i - 1].word in RELATIVE_CLAUSE_ADVERBS)


#: How many tokens a party's bracket after a name may hold, its marks with it: ‘(R-Ohio)’, ‘(Renew,
#: Portugal)’, ‘(Greens/EFA, Belgium)’.
BRACKET_ASIDE_TOKENS = 8


def _bracket_opener(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the short bracket that ``toks[i]`` (a closing one) ends opens, when it holds a party or
    a group and a country after a name, a comma among them (‘Ana Costa (Renew, Portugal)’): its
    words are capitalised, their letters or a slash, and a name stands before it; None otherwise.

    >>> toks = tokenize("Ana Costa (Greens/EFA, Belgium), said"); _bracket_opener(toks, 8, 0)
    2
    >>> toks = tokenize("the plan (which, he said, failed), said"); _bracket_opener(toks, 9, 0) is None
    True
    """
    o = next((o for o in range(i - 1, max(lo - 1, i - BRACKET_ASIDE_TOKENS), -1) if toks[o].text == "("), None)
    if o is None or o - 1 < lo or not is_name_token(toks[o - 1]) or not any(x.text == "," for x in toks[o + 1:i]):
        return None
    inner = toks[o + 1:i]
    return o if all(x.text in (",", "/", "&") or x.text[:1].isupper() for x in inner) else None


def _party_bracket_opener(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the short bracket closing at ``toks[i]`` opens, when it holds only a party's or a state's
    capitalised words or letters right after a name (‘Sen. X (D-Del.)’, ‘Y (Lab)’, ‘Z (R-S.C.)’), so that
    an aside after it (‘, whose state is home to …,’) leaves the name as the subject; None otherwise.

    >>> toks = tokenize("Sen. Ann Lee (D-Del.), whose state is home, said"); _party_bracket_opener(toks, 6, 0)
    3
    >>> toks = tokenize("the plan (which failed), said"); _party_bracket_opener(toks, 5, 0) is None
    True
    """
    o = next((o for o in range(i - 1, max(lo - 1, i - BRACKET_ASIDE_TOKENS), -1) if toks[o].text == "("), None)
    if o is None or o + 1 >= i or o - 1 < lo or not is_name_token(toks[o - 1]) or is_possessive(toks[o - 1]) \
            or any(x.text == "," for x in toks[lo:_name_run_back(toks, o - 1)]):
        return None  # (never a name inside another's aside: ‘X, a professor who worked for Sen. Y (R-Tenn.), one
        # of the bill's architects, called it’ is X's)
    return o if all(x.text in (".", ",", "/", "&", "-") or x.text[:1].isupper() for x in toks[o + 1:i]) else None


def _title_marks_back(toks: list[Token], i: int, k: int, lo: int) -> int | None:
    """Where the marks closing at ``toks[i]`` open, when they hold a short name inside a clause that
    goes on in lower case on both sides (‘whose “Golden Scale” award’, ‘the “Silver Net” prize’): a
    name, never words said; else None."""
    if not (i + 1 < k and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()):
        return None
    for o in range(i - 1, max(lo, i - 7), -1):
        if toks[o].text in "“\"":
            inner = toks[o + 1:i]
            return o if o > lo and inner and toks[o - 1].text.isalpha() and toks[o - 1].text.islower() \
                and all(x.text[:1].isupper() or x.word in ("of", "the", "and") for x in inner) else None
        if toks[o].text in ",.;:!?”":
            return None
    return None


def _title_closed_by_comma_back(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the marks closing at ``toks[i]`` open, when they hold a short title in capitals whose
    comma stands inside them, after "of" or a lower-case word, and a name follows (‘The author of
    “Blue Harbor,” Ada Lin, wrote’): the title ends an office the name is set off from; else None.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("The author of “Blue Harbor,” Ada Lin, wrote"); _title_closed_by_comma_back(toks, 7, 0)
    3
    >>> toks = tokenize("He said “Go home,” Ada Lin, wrote"); _title_closed_by_comma_back(toks, 6, 0) is None
    True
    """
    if not (i + 1 < len(toks) and is_name_token(toks[i + 1]) and toks[i - 1].text == ","):
        return None
    for o in range(i - 2, max(lo, i - 9), -1):
        if toks[o].text in "“\"":
            inner = toks[o + 1:i - 1]
            return o if o > lo and inner and toks[o - 1].text.isalpha() and toks[o - 1].text.islower() \
                and toks[o - 1].word not in SPEECH_VERBS and inner[0].text[:1].isupper() \
                and all(x.text[:1].isupper() or x.word in ("of", "the", "and", "a", "in", "on") for x in inner) else None
        if toks[o].text in ",.;:!?”":
            return None
    return None


def _month_given_after_kin(kin: list[Token], seg: list[Token]) -> bool:
    """A month that is a given name (:data:`GIVEN_MONTH_SEX`), alone and set off right after one's kin
    (‘His wife, June, 76, said’, ‘Her daughter, April, said’): the kin's given name, never the month,
    and only of the kin word's sex (never ‘His son, May,’).

    >>> from quotesearch.names import tokenize
    >>> _month_given_after_kin(tokenize("His wife"), tokenize("June")), _month_given_after_kin(tokenize("in"), tokenize("June"))
    (True, False)
    """
    if len(seg) != 1 or seg[0].text not in GIVEN_MONTH_SEX or not 2 <= len(kin) <= 3:
        return False
    owner, noun = kin[0], kin[-1]
    if not (owner.word in ("his", "her") or is_possessive(owner)) or not noun.text.islower() or noun.word not in KIN_NOUNS:
        return False
    return GENDERED_NOUNS.get(noun.word) in (None, GIVEN_MONTH_SEX[seg[0].text])


#: Prepositions of where, before a place that ends a phrase opening the sentence (‘Reached by
#: telephone inside Serrat,’, ‘Speaking in Kabul,’).
FRONTED_PLACE_PREPOSITIONS = wordset("in inside outside near from at")


def _described_after_fronted_place(toks: list[Token], k2: int, aside_end: int, lo: int, text: str) -> Mention | None:
    """The one described after a place that ends a phrase opening the sentence, a participle's or
    a preposition's with no comma inside it: ‘Reached by telephone inside Serrat, a doctor at the
    hospital, who asked not to be named, said’ is the doctor (the place is no name the description
    sets off); never ‘Ana Serrat, a doctor at the hospital, said’.

    >>> t = "Speaking in Serrat, a doctor at the hospital, said"
    >>> toks = tokenize(t); _described_after_fronted_place(toks, 2, len(toks) - 2, 0, t).text
    'a doctor at the hospital'
    >>> t = "Ana Serrat, a doctor at the hospital, said"
    >>> toks = tokenize(t); _described_after_fronted_place(toks, 1, len(toks) - 2, 0, t) is None
    True
    """
    if k2 + 3 >= aside_end or toks[k2 + 1].text != "," or toks[k2 + 2].word not in ("a", "an") or not is_name_token(toks[k2]):
        return None
    p = _name_run_back(toks, k2) - 1
    if p - 1 < lo or toks[p].word not in FRONTED_PLACE_PREPOSITIONS or not toks[p].text.islower():
        return None
    s = p - 1
    while s - 1 >= lo and toks[s - 1].text not in ".;:!?“”\"—" and s > p - 6:
        s -= 1
    if s - 1 >= lo and toks[s - 1].text not in ".;:!?“”\"—":
        return None
    opener = toks[s]
    if not (opener.capitalized and opener.text.isalpha() and opener.word.endswith(("ed", "ing")) and opener.word not in ROLE_NOUNS) \
            or any(not x.text.isalpha() for x in toks[s:p]):
        return None
    e = next((e for e in range(k2 + 3, aside_end + 1) if toks[e].text == ","), aside_end)
    if description_head(toks[e - 1].text) is None and not any(x.word in DESCRIPTION_NOUNS for x in toks[k2 + 3:e]):
        return None
    return _description(toks, k2 + 2, e - 1, text)


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
                and len(bounds) >= 2 and (gender_of(toks[i + 1].text) is not None or _described_then_named(toks, i + 1, k)):
            # (a given name opens it, or one described and then named: ‘…, while his neighbour, Nandi Khumalo,
            # said:’; never the subject's own aside: ‘Lena Fox, while head of Arden Capital, a hedge fund, warned’)
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


#: Offices written in capitals inside a described office (‘The Ogun State Commissioner for Local
#: Government and Chieftaincy Affairs’).
OFFICE_NOUNS_CAPITALISED = wordset("commissioner chairman chairwoman chairperson chair director minister secretary officer "
                                   "president governor mayor")


def _role_described(seg: list[Token]) -> bool:
    """A description of someone's office, opening a clause: "the" or an owner first and a role noun
    inside (in lower case, or an office in capitals, "Its Vice-Chairman", "Its Director-General" too), none of it a clause, not
    ending in a place (‘The United Nations special rapporteur on Myanmar’, ‘The inquiry's chair’,
    ‘The Ogun State Commissioner for …’; never ‘After meeting the minister’), or an office with no
    article, its "of" or "for" after it (‘Head of the St Catherine North division’)."""
    bare = len(seg) > 2 and seg[0].capitalized and seg[0].word in ROLE_NOUNS and seg[1].word in ("of", "for")
    if not seg or not bare and seg[0].word not in ("the", "its", "his", "her", "their") and not is_possessive(seg[0]):
        return False
    if len(seg) >= 2 and seg[-2].word in ("in", "at", "near", "from") and seg[-1].capitalized:
        return False  # (a place, then its country: ‘The spokesman for the police in Honiara, Solomon Islands,’)
    return len(seg) <= 10 and (bare or any(x.word in ROLE_NOUNS and (
        x.text.islower() or any(w in OFFICE_NOUNS_CAPITALISED for w in x.word.split("-"))) for x in seg)) \
        and not any((x.word in SPEECH_VERBS and x.text.islower()
                     and not (x.word == "state" and i + 1 < len(seg) and seg[i + 1].capitalized))  # (‘The state Commissioner’)
                    or x.word in RELATIVES for i, x in enumerate(seg))


#: Small words inside a body's name ("Department of Health and Social Care", "House of Lords").
NAME_JOINERS = frozenset("of and for &".split())

#: Words that take one or some of a group (‘one of the victims’, ‘several of the workers’).
PARTITIVES = wordset("one two three some several many most each either neither none")


#: Nouns of people and bodies (made once: the union was made on every call).
PERSON_OR_BODY_NOUNS = DESCRIPTION_NOUNS | ROLE_NOUNS


def _names_back(toks: list[Token], k: int, lo: int) -> int:
    """Where the names ending at ``toks[k]`` start, two joined by "and" one ("for West and
    Central Africa")."""
    b = _name_run_back(toks, k)
    while b - 2 >= lo and toks[b - 1].word == "and" and is_name_token(toks[b - 2]):
        b = _name_run_back(toks, b - 2)
    return b


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


def _day_given_name(inner: list[Token], c: int) -> bool:
    """A day's or a month's name given to a person, after an honorific and before a surname (‘Mr Sunday
    Okoro’, ‘Mrs Monday Eze’, ‘Ms April Doyle’), a name as any other there."""
    return 0 < c < len(inner) - 1 and inner[c - 1].word in HONORIFICS and inner[c].text.istitle() \
        and inner[c].text.isalpha() and is_name_token(inner[c + 1])


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


def _compared_by_age(toks: list[Token], a: int) -> int | None:
    """``toks[a:]`` opens with one of two picked by age with "of the two" or "of the pair" and
    perhaps their plural noun (‘the younger of the two men’, ‘the elder of the pair’): the index
    of its last token; else None (‘the older woman’ is read as any description is).

    >>> t = tokenize("the elder of the two brothers said"); _compared_by_age(t, 0), _compared_by_age(t[:4], 0)
    (5, None)
    """
    n = len(toks)
    if a + 4 >= n or toks[a].word != "the" or toks[a + 1].word not in AGE_COMPARATIVES or toks[a + 2].word != "of" \
            or toks[a + 3].word != "the" or toks[a + 4].word not in ("two", "pair"):
        return None
    e = a + 4
    if e + 1 < n and toks[e + 1].text.islower() and toks[e + 1].text.isalpha() and toks[e + 1].word.endswith(("s", "men")) \
            and toks[e + 1].word not in SPEECH_VERBS:
        e += 1  # (their noun: ‘of the two men’, never a verb: ‘of the two says’)
    return e


#: Participles of an outlet that ran another's document (‘a statement carried by the Saudi Press Agency’).
CARRIED_BY = frozenset("carried published distributed relayed run aired broadcast".split())


#: A branch's number right after its word: " 727" in ‘Teamsters Local 727 said’.
RE_UNIT_NUMBER = LazyPattern(r" \d{1,5}\b(?![\-.,]?\d)")


#: A union's letters right before its branch's word, in the same clause: "AFSCME " in ‘AFSCME Local 3299’.
RE_UNION_LETTERS = LazyPattern(r"(?<![\p{L}\-—–])\p{Lu}{2,8} $")


def _numbered_unit(m: Mention | None, text: str) -> Mention | None:
    """``m`` with the branch number that follows it, when it ends in a branch's word: a union's local
    or an order's lodge, a body (‘Teamsters Local 727’, never "Teamsters Local"); else None.

    >>> t = "said Teamsters Local 727."
    >>> _numbered_unit(Mention(5, 20, "Teamsters Local", "name"), t).text
    'Teamsters Local 727'
    >>> _numbered_unit(Mention(5, 20, "Teamsters Local", "name"), "said Teamsters Local 7.5 per cent") is None
    True
    >>> _numbered_unit(Mention(12, 17, "Local", "name"), "said AFSCME Local 3299.").text
    'AFSCME Local 3299'
    """
    if m is None or not text or m.kind not in ("name", "organisation", "description") \
            or m.text.rsplit(" ", 1)[-1] not in UNIT_WORDS or (num := RE_UNIT_NUMBER.match(text, m.end)) is None:
        return None
    start = m.start
    if m.text in UNIT_WORDS and (letters := RE_UNION_LETTERS.search(text, max(0, start - 10), start)) is not None:
        start = letters.start()  # (the union's letters, however long: ‘AFSCME Local 3299’)
    return Mention(start, num.end(), text[start:num.end()], "organisation" if m.kind == "name" else m.kind, m.role)


#: A capitalised title's remit and the words after it, in one run: ‘ to China Yerlan Abenov’, ‘ to the
#: United Nations Ana Ruiz’ (the place and the name are told apart by ``_place_words``).
RE_REMIT_RUN = LazyPattern(r" (?:to|for) (?:the )?(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}\-’']*){1,6})(?![\p{L}\p{Nd}\-’'])")

#: A capitalised envoy's title ending just before its remit: ‘… Ambassador to ’, ‘Representative to the ’.
RE_TITLE_BEFORE_REMIT = LazyPattern(r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+) (?:to|for) (?:the )?$")


def _place_words(words: Sequence[str]) -> int:
    """How many of ``words`` open with a country or a world body (0 when they do not).

    >>> _place_words(["China", "Yerlan", "Abenov"]), _place_words(["United", "Nations", "Ana", "Ruiz"])
    (1, 2)
    >>> _place_words(["Climate", "Change", "Ana", "Ruiz"])
    0
    """
    if len(words) >= 2 and (" ".join(words[:2]) in TWO_WORD_PLACES or " ".join(words[:2]) in ENVOY_BODIES):
        return 2
    return 1 if words and (words[0].lower() in ONE_WORD_PLACES or words[0] in ENVOY_BODIES) else 0


def _remit_name(words: Sequence[str]) -> bool:
    """``words`` (after the place) are a person's name: two to four capitalised words, none a function word
    or a role ("Yerlan Abenov", "Cheryl Ho Wai-ling"; never "Embassy", "Foreign Minister Ana Ruiz")."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS and w.lower() not in ROLE_NOUNS
                                        and w.lower() not in ORG_WORDS and not w.endswith(".") for w in words)


#: Members of a house who sit for a seat, in capitals before it (‘Labour MP for Leeds East Richard Burgon’,
#: ‘Fianna Fáil TD for Cork South-West X’, ‘SNP MSP for Moray X’) (w58a).
#:
#: >>> "mp" in SEAT_MEMBER_RANKS, "pc" in SEAT_MEMBER_RANKS
#: (True, False)
SEAT_MEMBER_RANKS = wordset("mp mep msp mla ms td mhk mpp")

#: Owners before a seat's member in capitals and a word that describes them, a description, never a name:
#: ‘with its new MSP declaring …’, ‘the newly elected MP said’.
#:
#: >>> "its" in OWNER_DETERMINERS, "a" in OWNER_DETERMINERS
#: (True, False)
OWNER_DETERMINERS = wordset("the its their his her our")


def _member_for_seat_then_name(toks: list[Token], j: int, m: Mention, text: str) -> Mention | None:
    """The person named after a member's letters and the seat they sit for, read forward from ``toks[j]``
    where the reading stopped at the letters (‘Labour MP for Leeds East Richard Burgon was unimpressed:’
    is Richard Burgon, his role the rest), told apart as reading back from the verb does; None when no
    person's name ends the run (‘the MP for Leeds East said’).

    >>> t = "Labour MP for Leeds East Richard Burgon was unimpressed"
    >>> m = _member_for_seat_then_name(tokenize(t), 0, Mention(0, 9, "Labour MP", "name", "Labour"), t); (m.text, m.role)
    ('Richard Burgon', 'Labour MP for Leeds East')
    >>> t = "Labour MP for Leeds East was unimpressed"
    >>> _member_for_seat_then_name(tokenize(t), 0, Mention(0, 9, "Labour MP", "name", "Labour"), t) is None
    True
    """
    last = m.text.split()[-1] if m.text else ""
    if m.kind != "name" or not (last.isupper() and last.lower() in SEAT_MEMBER_RANKS):
        return None
    n = len(toks)
    i = next((i for i in range(j, n) if toks[i].end == m.end), None)
    s = next((s for s in range(j, n) if toks[s].start == m.start), None)
    if i is None or s is None or i + 3 >= n or toks[i + 1].text != "for":
        return None
    f = i + 2
    while f < n and is_name_token(toks[f]) and not is_possessive(toks[f]):
        f += 1
    if f < n and is_name_token(toks[f]):
        return None  # (a possessive ends the run: the name is an owner's)
    if f < n and (toks[f].text in ("and", "&") or toks[f].text == "," and any(
            t.text.isupper() and t.text.lower() in SEAT_MEMBER_RANKS and k + 1 < n and toks[k + 1].text == "for"
            for k, t in enumerate(toks[f + 1:f + 10], f + 1))):
        return None  # (one of several members listed: ‘Labour MP for Leeds East Richard Burgon and Green MP for
        # Brighton Pavilion Siân Berry were unimpressed:’ is no one of them alone) (review rv28)
    back = mention_before(toks, f, s, text)
    if back is None or back.kind != "name" or back.end != toks[f - 1].end or not back.role \
            or not back.text.startswith(back.role + " "):
        return None
    start = back.start + len(back.role) + 1  # (the name as reading back gives it, past its office and seat)
    if start <= toks[i + 2].start or not text[start:back.end].strip():
        return None
    return Mention(start, back.end, text[start:back.end], "name", back.role)


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
    k = _place_words(words)
    if not k or not _remit_name(words[k:]):
        return None
    start = run.end() - len(" ".join(words[k:]))
    return Mention(start, run.end(), text[start:run.end()], "name", text[m.start:start - 1])


def _envoy_place_dropped(m: Mention, text: str) -> Mention | None:
    """A name read back from the cue that opens with the envoy's remit, without it: ‘Kazakh Ambassador to
    China Yerlan Abenov said’ is Yerlan Abenov, never "China Yerlan Abenov".

    >>> t = "Ambassador to China Yerlan Abenov said"
    >>> _envoy_place_dropped(Mention(14, 33, "China Yerlan Abenov", "name"), t).text
    'Yerlan Abenov'
    """
    words = m.text.split()
    k = _place_words(words)
    if m.kind != "name" or not k or not _remit_name(words[k:]) \
            or (title := RE_TITLE_BEFORE_REMIT.search(text, max(0, m.start - 40), m.start)) is None \
            or title.group(1).lower() not in ROLE_NOUNS:
        return None
    start = m.end - len(" ".join(words[k:]))
    if text[start:m.end] != " ".join(words[k:]):
        return None
    return Mention(start, m.end, text[start:m.end], "name", m.role)


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


#: Dashes that set off an aside between a speaker and the cue verb (‘X – no relation – said’).
ASIDE_DASHES = frozenset("–—")

#: Most tokens an aside set off by dashes may hold.
DASH_ASIDE_TOKENS = 16

#: Relative words that open an aside between dashes in which words in marks may stand (‘— whom critics
#: call “Governor No” —’).
DASH_ASIDE_RELATIVES = frozenset("who whom whose".split())


def _dash_aside_opener(toks: list[Token], c: int, lo: int) -> int | None:
    """Where the aside that a dash at ``toks[c]`` closes opens: the dash before it in the same
    sentence, a few words back, with a word of a name or a description right before it; else None.

    >>> toks = tokenize("Ann Lee – a nurse – said"); _dash_aside_opener(toks, 5, 0)
    2
    >>> toks = tokenize("The vote was close. It – said"); _dash_aside_opener(toks, 7, 0) is None
    True
    """
    if toks[c].text not in ASIDE_DASHES:
        return None
    marked = False  # (words in marks inside the aside)
    for o in range(c - 2, max(lo, c - DASH_ASIDE_TOKENS) - 1, -1):
        x = toks[o].text
        if x in ASIDE_DASHES:
            return o if o - 1 >= lo and toks[o - 1].text[:1].isalpha() \
                and (not marked or toks[o + 1].word in DASH_ASIDE_RELATIVES) else None
        if x in "“”\"":
            marked = True  # (a nickname in marks, in a relative aside only: ‘Ruto — whom critics call
            # “Zakayo” — said’; never ‘– “…” – said’)
            continue
        if x in ".!?;:()":
            return None
    return None


#: Verbs that close an aside naming judges who joined another's judgment (‘, with whom Lord X and Lady Y agreed,’,
#: ‘giving the lead judgment, with which Lords X and Y concurred,’).
AGREED_ASIDE_VERBS = frozenset("agreed agree agrees concurred concur concurs".split())

#: Most tokens an aside of those who agreed may hold (a list of four judges with their titles).
AGREED_ASIDE_TOKENS = 24


def _agreed_aside_opener(toks: list[Token], c: int, lo: int) -> int | None:
    """Where the aside of judges who agreed, closed by the comma at ``toks[c]``, opens: the comma of
    ", with whom … agreed," or ", with which … agreed," (the judgment's) a few words back in the same sentence; else None. The names in such an
    aside are never the one who speaks after it.

    >>> toks = tokenize("Lord Hendry, with whom Lord Reed, Lady Arden and Lord Sales agreed, said")
    >>> _agreed_aside_opener(toks, len(toks) - 2, 0)
    2
    >>> toks = tokenize("Lord Reed, Lady Arden and Lord Sales agreed, said"); _agreed_aside_opener(toks, len(toks) - 2, 0) is None
    True
    """
    if toks[c].text != "," or toks[c - 1].word not in AGREED_ASIDE_VERBS:
        return None
    for o in range(c - 4, max(lo, c - AGREED_ASIDE_TOKENS) - 1, -1):
        if toks[o].text in ".!?;:“”\"()":
            return None
        if toks[o].text == "," and toks[o + 1].word == "with" and toks[o + 2].word in ("whom", "which"):
            return o if o - 1 >= lo and toks[o - 1].text[:1].isalpha() else None
    return None


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


def _holder_of_long_office(toks: list[Token], m: Mention, j: int, lo: int, text: str) -> Mention | None:
    """The person named after an office's long name, whose run read back from the verb holds the end of
    the office too (‘First Deputy Chairman of the Federation Council Committee on Defense and Security
    Vladislav Olegovich Tyurin said’ reads back to "Defense and Security Vladislav Olegovich Tyurin"):
    the name, from its given name (or the word before a patronymic) on, with the office whole as its
    role. Only when an office's noun opens the run of capitalised words and joiners before it.

    >>> t = "Chairwoman of the Senate Committee on Foreign Relations Jeanne Shaheen said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t); (m.text, m.role)
    ('Jeanne Shaheen', 'Chairwoman of the Senate Committee on Foreign Relations')
    >>> t = "The Committee on Foreign Relations said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'The Committee on Foreign Relations'
    """
    i = next((i for i in range(j - 1, lo - 1, -1) if toks[i].start == m.start), None)
    if i is None or i - 2 < lo or m.end != toks[j - 1].end or toks[i - 1].word not in OFFICE_NAME_JOINERS \
            or not toks[i - 1].text.islower():
        return None
    s = i - 1
    while s - 1 >= lo and i - s < 16 and (toks[s - 1].capitalized or (
            toks[s - 1].text.islower() and toks[s - 1].word in OFFICE_NAME_JOINERS)):
        s -= 1
    while s < i and not toks[s].capitalized:
        s += 1  # (the office opens at a capital: never "the")
    if not any(x.capitalized and x.word in ROLE_NOUNS and x.word not in ACRONYM_RANKS for x in toks[s:i]):
        return None
    words = [x.text for x in toks[i:j]]
    p = _name_start_in_run(words)
    if p is None:
        return None
    a = toks[i + p].start
    return Mention(a, m.end, text[a:m.end], "name", text[toks[s].start:toks[i + p - 1].end])



def place_written_alone_before(text: str, name: Sequence[str], at: int) -> int:
    """How many words (one or two) of a place's, a state's or a chamber's name, glued before a full
    name after an office, the article writes elsewhere on their own, never followed by the name's next
    word: ‘Additional Advocate General Punjab Waseem Abbas Naqvi’ beside ‘the Punjab government’,
    ‘leader in the Lok Sabha Sudhakar Reddy Gangula’ beside ‘The Lok Sabha witnessed’ (w60a). No word
    cut is a given name the lists know, nor a particle; what stays is three words, or two opening with
    a known given name; never a name written surname first (‘Park Ji-won’ beside ‘Park said’).

    >>> t = "Punjab wants polls. Advocate General Punjab Waseem Abbas Naqvi said"
    >>> place_written_alone_before(t, ("Punjab", "Waseem", "Abbas", "Naqvi"), 36)
    1
    >>> t = "The Lok Sabha met. Leader in the Lok Sabha Sudhakar Reddy Gangula said"
    >>> place_written_alone_before(t, ("Lok", "Sabha", "Sudhakar", "Reddy", "Gangula"), 33)
    2
    >>> t = "Jordan met Ann Lee. Jordan Ann Lee said"   # (a name of three, no place: stays whole)
    >>> place_written_alone_before(t, ("Jordan", "Ann", "Lee"), 20)
    0
    """
    if len(name) < 3 or written_surname_first(name):
        return 0
    for k in (1, 2):
        rest = name[k:]
        if len(rest) < 2 or (len(rest) == 2 and gender_of(rest[0]) is None) or any(
                gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() or not w.isalpha()
                for w in name[:k]):
            continue
        words = " ".join(name[:k])
        nxt = " " + rest[0]
        if any(i != at and not text.startswith(nxt, i + len(words)) for i in word_positions(text, words)):
            return k
    return 0


def _holder_named_after_chamber(toks: list[Token], m: Mention, j: int, lo: int, text: str) -> Mention | None:
    """The person named right after the chamber or the body of an office's "in the" or "of the", the
    run read back from the verb ``j`` taking both as one body (‘Opposition leader in the Senate Mary
    Smith said’, ‘PJM leader in the Lok Sabha Sudhakar Reddy Gangula said’): the name, from a given name
    the lists know, or past the body's words the article writes on their own elsewhere
    (:func:`place_written_alone_before`), with the office and the body as its role (w60a).

    >>> t = "Opposition leader in the Senate Mary Smith said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t); (m.text, m.role)
    ('Mary Smith', 'Opposition leader in the Senate')
    >>> t = "A member of the Senate Finance Committee said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'A member of the Senate Finance Committee'
    """
    i = next((i for i in range(j - 1, lo - 1, -1) if toks[i].start == m.start), None)
    if i is None or i - 2 < lo or toks[i].text != "the" or toks[i - 1].text not in ("in", "of") \
            or toks[i - 2].word not in ROLE_NOUNS or m.end != toks[j - 1].end or j - i < 4 \
            or not all(x.capitalized and x.text.replace("-", "").isalpha() for x in toks[i + 1:j]):
        return None
    words = tuple(x.text for x in toks[i + 1:j])
    p = _name_start_in_run(words) or place_written_alone_before(text, words, toks[i + 1].start)
    if not p:
        return None
    s = i - 2
    while s - 1 >= lo and toks[s - 1].capitalized and is_name_token(toks[s - 1]) and i - s < 6:
        s -= 1  # (the office's capitals before it: ‘Opposition leader’, ‘PJM leader’)
    a = toks[i + 1 + p].start
    return Mention(a, m.end, text[a:m.end], "name", text[toks[s].start:toks[i + p].end])


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


def _retired_bracket_before(toks: list[Token], j: int, lo: int) -> int | None:
    """The index of the "(" of a retired rank's bracket inside a name set off right before the verb at
    ``j`` (‘, Lt. Col. (rtd) Ama Mensah, said’): a rank's word before it, a name after it, a comma
    after the name; else None.

    >>> t = tokenize("The head, Lt. Col. (rtd) Ama Mensah, said"); _retired_bracket_before(t, len(t) - 1, 0)
    5
    """
    if j - 1 < lo or toks[j - 1].text != ",":
        return None
    o = next((o for o in range(j - 2, max(lo, j - 8), -1) if toks[o].text == "("), None)
    if o is None or o - 1 < lo or o + 3 >= j - 1 or toks[o + 1].word not in RETIRED_MARKS or toks[o + 2].text != ")" \
            or not toks[o - 1].text.endswith(".") or toks[o - 1].word not in STOPPED_PERSON_HONORIFICS \
            or not all(is_name_token(x) for x in toks[o + 3:j - 1]):
        return None
    return o


def mention_before(toks: list[Token], j: int, lo: int = 0, text: str = "") -> Mention | None:
    """The speaker mention ending just before token ``j`` (a cue verb), reading backward, with a
    body's name whole where it holds a list (‘a spokesperson for the Department for Environment,
    Food and Rural Affairs said’).

    >>> t = "the Ministry of Housing, Communities and Local Government said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'the Ministry of Housing, Communities and Local Government'
    """
    if j - 2 >= lo and toks[j - 1].word in LINKING_SUBJECT_ADVERBS and toks[j - 1].text.islower() \
            and toks[j - 2].text[:1].isalnum():
        return mention_before(toks, j - 1, lo, text)  # (the subject ends before a linking adverb: ‘The
        # Defence Ministry nonetheless accused’ is the ministry)
    # a nation's own outlet: ‘Iranian state television said’ (never before a verb that quotes another:
    # ‘The official media quoted her as saying’ is hers)
    if j < len(toks) and toks[j].word not in QUOTING_VERBS and (a := _state_outlet_before(toks, j, lo)) is not None:
        return _description(toks, a, j - 1, text)
    if j - 3 >= lo and toks[j - 1].word in FELLOW_WORKERS and toks[j - 1].text.islower():
        a = j - 2 - (toks[j - 2].word in ("his", "her", "their"))
        if a - 1 >= lo and toks[a].word == "and" and is_name_token(toks[a - 1]) \
                and (lead := _mention_before(toks, a, lo, text)) is not None and lead.kind == "name" and lead.end == toks[a - 1].end \
                and (" " in lead.text or lead.text.lower() not in DESCRIPTION_NOUNS):  # (never ‘Family and colleagues said’)
            return lead  # the one named leads those who worked with them: ‘Achterberg and her colleagues wrote’
    if j - 6 >= lo and (o := _day_date_bracket(toks, j - 1, lo)) is not None:
        return mention_before(toks[:o] + toks[j:], o, lo, text)  # (read as if the date were not there:
        # ‘Catholic bishops from four border states on Thursday (June 14) issued’ is the bishops)
    if j - 6 >= lo and (o := _retired_bracket_before(toks, j, lo)) is not None:
        return mention_before(toks[:o] + toks[o + 3:], j - 3, lo, text)  # (read as if the bracket were not
        # there: ‘The head of the taskforce, Lt. Col. (rtd) Ama Mensah, said’ is Ama Mensah)
    for a in (j - 6, j - 5):  # one of two picked by age: ‘“…,” the younger of the two men said’
        if a >= lo and _compared_by_age(toks, a) == j - 1:
            return _description(toks, a, j - 1, text)
    if j - 2 >= lo and text and toks[j - 1].text.isdigit() and toks[j - 2].text in UNIT_WORDS \
            and (unit := _numbered_unit(_mention_before(toks, j - 1, lo, text), text)) is not None \
            and unit.end == toks[j - 1].end:
        return unit  # a union's numbered local: ‘Teamsters Local 727 said’
    if j - 4 >= lo and (o := _dash_aside_opener(toks, j - 1, lo)) is not None \
            and (named := mention_before(toks, o, lo, text)) is not None:
        return named  # the speaker before an aside set off by dashes: ‘Its spokeswoman, Niamh Ryan – no
        # relation to the developer – said’, ‘Tom Baker — who has fished here for 40 years — said’
    if j - 6 >= lo and (o := _agreed_aside_opener(toks, j - 1, lo)) is not None \
            and (named := mention_before(toks[:o + 1] + toks[j:], o + 1, lo, text)
                     or mention_before(toks[:o] + toks[j:], o, lo, text)) is not None:  # (read as if the aside,
        # with or without its opening comma, were not there: ‘Lord Hendry said’, ‘X, giving the judgment, said’)
        return named  # the judge before an aside that names those who agreed with them: ‘Lord Hendry, giving
        # the lead judgment, with whom Lord Reed, Lady Arden and Lord Sales agreed, said’ is Lord Hendry
    if j - 5 >= lo and toks[j - 1].text == "," and text and (given := _given_name_from_place(toks, j - 1, lo, text)) is not None:
        return given  # (‘The first caller, Siobhan in Tralee, said’ is Siobhan)
    if j - 2 >= lo and text and (saints := _saints_place(toks, j - 1, text)) is not None:
        return saints
    m = _mention_before(toks, j, lo, text)
    if m is None:
        m = _one_described(toks, j, lo, text)
    if m is not None and m.kind == "name" and text and (officer := _officer_set_off_after(toks, m, j)) is not None:
        m = officer  # ‘Kestrel’s CEO, Arun Mehta, said’ is Arun Mehta, never "Kestrel’s CEO"
    if m is not None and m.kind == "description" and (plural := _contact_clause_plural(toks, m, j, lo)) is not None:
        m = plural  # (‘in a judgment campaigners said should prompt “…”’ is the campaigners', never the judgment's)
    if m is not None and m.kind in ("name", "description") and text and (held := _holder_of_long_office(toks, m, j, lo, text)):
        m = held
    if m is not None and m.kind == "organisation" and text and (held := _holder_named_after_chamber(toks, m, j, lo, text)):
        m = held
    if m is not None and m.kind == "description" and (cut := _kept_back_tail(m.text)) is not None:
        m = Mention(m.start, m.start + cut, m.text[:cut], m.kind, m.role)  # ‘One, a young mother from Leeds
        # who did not want to be named, said’ is the young mother from Leeds
    if m is not None and m.kind in ("description", "organisation") and text and m.text[:4] in ("the ", "The ") \
            and text.endswith(" for ", 0, m.start) and (agent := RE_SPOKESPERSON_FOR.search(text, max(0, m.start - 40), m.start)) is not None \
            and agent.start() >= (toks[lo].start if lo < len(toks) else 0):
        # (the plain test first: ``RE_SPOKESPERSON_FOR`` ends in " for ", and most articles never compile it)
        m = Mention(agent.start(), m.end, text[agent.start():m.end], "description", m.role)  # ‘A spokesman for the
        # Ministry of Foreign Affairs of the People's Republic of Ruritania released’ is the spokesman, as
        # written, as ‘a spokesman for the ministry’ is (never the body alone)
    if m is not None and m.kind == "name" and m.role and text and (agent := RE_AGENT_FOR_BODY.fullmatch(m.role)) is not None \
            and agent.group(1).lower() in THING_NOUNS and (r0 := text.rfind(m.role, max(0, m.start - len(m.role) - 4), m.start)) >= 0 \
            and text[r0 + len(m.role):m.start] == ", " and gender_of(m.text.split()[0]) is None and not split_title(m.text.split())[0] \
            and not _spokesperson_named_after_body(m.role.split(), m.text.split()):
        # a body's name set off after it, in a speaker's description: ‘A spokesperson for her label, Big Sky
        # Nashville, said’ is the spokesperson, never the label (but never a person set off with a rank or a
        # given name: ‘a spokesman for the Sudanese army, Brigadier General Osman Hassan Abu Shanab,’)
        return Mention(r0, m.end, text[r0].lower() + text[r0 + 1:m.end], "description")
    if m is None and text and j - 2 >= lo and any(toks[w].word in ("who", "that", "whose") for w in range(max(lo, j - 5), j - 1)) \
            and (outer := _relative_antecedent(toks, j, lo, reach=5)) is not None:
        end = _before_kept_back_clause(toks, outer, j)  # (never the clause that keeps the name back:
        # ‘A senior officer at the registry who sought anonymity told’ is the officer at the registry)
        return _description(toks, outer, j - 1 if end is None else end, text, lower_first=True)  # a relative
        # clause whose object is no one's: ‘A 54-year-old who saw the crash said’ is the 54-year-old
    if m is None and text and (cut := _kept_back_clause(toks, j, lo)) is not None \
            and (inner := mention_before(toks, cut, lo, text)) is not None and inner.kind == "description" \
            and " who " in inner.text:
        return inner  # (a clause that keeps the name back after the one that describes: ‘A woman who lives
        # across the street and asked not to be identified said’ is the woman who lives across the street)
    if m is None and text and (inner := _described_before_long_kept_back(toks, j, lo, text)) is not None:
        return inner  # the same, a longer clause past the reach of a relative's object
    if m is None or (m.kind == "name" and m.text.lower() in NUMBER_NAMES):
        return None  # (a count is no one: ‘Twenty states sued’)
    if text and m.kind == "description" and (cut := _time_tail_start(m, text)) is not None:
        m = Mention(m.start, cut, text[m.start:cut], "description", m.role)  # (‘One reviewer in 2004 described’)
    if m.kind == "name" and is_platform(m.text, bare=False):
        return None  # a platform's feature is no one: ‘Jess posted an Instagram Story reading: “…”’ is never the Story's
    if text and m.kind == "name" and (person := _envoy_place_dropped(m, text)) is not None:
        return person  # (‘Ambassador to China Yerlan Abenov said’)
    if text and m.kind == "name" and (described := _surnamed_description(m, text)) is not None:
        return described  # (‘A retiree surnamed Chow said’)
    if text and m.kind == "name" and (named := _surname_he(m, text)) is not None:
        return named  # (‘He Jun said’)
    if m.kind == "name" and text and (agent := _agent_for_joined_body(m, text)) is not None:
        return agent
    i = next((i for i in range(j - 1, lo - 1, -1) if toks[i].start == m.start), None)  # (the mention's first token)
    if i is not None and m.kind == "name" and i - 2 >= lo and toks[i - 1].text in CAUSE_JOINERS \
            and toks[i - 2].text.isalpha() and toks[i - 2].text[1:].islower() and toks[i - 2].text.endswith("s") \
            and not toks[i - 2].text.endswith("ss") and len(toks[i - 2].text) >= 5 and _people_plural(toks[i - 2].word) \
            and (i - 3 < lo or not toks[i - 3].capitalized):
        s_ = toks[i - 2].start  # the people and the joiner before the cause: ‘Doctors Without Borders said’ (never
        return Mention(s_, m.end, text[s_:m.end] if text else f"{toks[i - 2].text} {toks[i - 1].text} {m.text}", "organisation")  # "Borders")
    if i is not None and m.kind == "name" and i + 1 < j and (c := next((c for c in range(i + 1, min(j, i + 4))
                                                                        if toks[c].start >= m.end), None)) is not None \
            and (e := cause_name_end(toks, i, c)) is not None and (e == j - 1 or (e + 1 < j and toks[e + 1].text == ",")):
        s_, e_ = toks[i].start, toks[e].end  # a body named for its people and their cause: ‘Americans for
        return Mention(s_, e_, text[s_:e_] if text else " ".join(y.text for y in toks[i:e + 1]), "organisation")
        # Prosperity said’, ‘Kansans for Fair Schools, a coalition of teachers, called’
    if i is not None and m.kind == "name" and text and (member := _chamber_party_member(toks, i, m, lo, text)) is not None:
        return member  # (‘A top Senate Republican said’ is the senator as described, never "Senate Republican")
    if i is not None and m.kind == "name" and text and (body := _body_with_to_remit(toks, i, m, lo, text)) is not None:
        return body  # (‘The Campaign to Protect Rural England said’, never "Protect Rural England")
    if i is not None and text and (person := _person_before_body_of(toks, i, m, lo, text)) is not None:
        return person
    if i is not None and m.kind == "name" and i - 3 >= lo and toks[i - 1].word in ("from", "of") \
            and _is_age(toks[i - 2].word) and toks[i - 3].word in ("the", "a", "an"):
        end = next(e for e in range(j - 1, i - 1, -1) if toks[e].end <= m.end)  # an age and a place: ‘the
        return _description(toks, i - 3, end, text)  # 31-year-old from Houston said’ is the 31-year-old, never Houston
    if i is not None and m.kind == "name" and (d := _holder_of_a_named_kind(toks, i, lo)) is not None \
            and gender_of(m.text.split()[0]) is None:
        end = next(e for e in range(j - 1, i - 1, -1) if toks[e].end <= m.end)  # the holder of an office of
        return _description(toks, d, end, text)  # one of a kind the name tells: ‘The chief of a northern
        # Manitoba First Nation says’ is the chief, never "Manitoba First Nation"
    if j < len(toks) and toks[j].word in NOUN_LIKE_VERBS and m.kind == "name" \
            and gender_of(m.text.split()[0]) is None and " " not in m.text:
        d = i - 1 if i is not None else -1
        while d >= lo and toks[d].text.islower() and toks[d].text.isalpha() and toks[d].word not in DETERMINERS \
                and toks[d].word not in SPEECH_VERBS and toks[d].word not in PERSON_OR_BODY_NOUNS and i - d <= 3:
            d -= 1
        if d >= lo and toks[d].word in ("a", "an", "the", "this", "that") and d < i - 1:
            return None  # a name before a noun, in a noun phrase: ‘announced in a terse Instagram post that’ (never
            # a person's: ‘the actor Paul Mescal notes’, ‘As the economist Paul Krugman notes’)
    if not text or m.start - 2 < 0:
        return m
    if i is not None and i - 3 >= lo and toks[i - 1].word == "by" and toks[i - 2].word in CARRIED_BY \
            and toks[i - 3].word in DOCUMENT_NOUNS:
        d = _description_back(toks, i - 3, lo)  # the document, never the outlet that carried it: ‘A Saudi foreign
        if d is not None:  # ministry statement carried by the Saudi Press Agency on Thursday called for “…”’
            return _description(toks, d, i - 3, text)
    outer = _relative_antecedent(toks, i, lo) if i is not None and (
        m.kind != "pronoun" or m.text.lower() in CLAUSE_OBJECTS) else None  # (‘A man who saw it said’)
    if outer is not None:  # the object of a relative clause's verb: ‘A lawyer who represents the
        end = next(e for e in range(j - 1, i - 1, -1) if toks[e].end <= m.end)  # families said’ is the lawyer
        kept = _before_kept_back_clause(toks, outer, j)  # (never a clause that only keeps the name back, its
        # object and all: ‘A clerk who spoke to this reporter on condition of anonymity said’ is the clerk)
        return _description(toks, outer, end if kept is None else kept, text, lower_first=True)
    if i is None or i - 2 < lo or not _body_list_tail(toks, i, m):
        return m
    head = _mention_before(toks, i - 1, lo, text)  # (the body's name up to the list: "the Ministry of Housing")
    for _ in range(3):  # (past more items of the list: "the Bureau of Alcohol, Tobacco, Firearms and Explosives")
        if head is None or head.end != toks[i - 2].end or _ends_in_body_of(head.text) or " " in head.text:
            break
        h0 = next((h for h in range(i - 2, lo - 1, -1) if toks[h].start == head.start), None)
        if h0 is None or h0 - 2 < lo or toks[h0 - 1].text != "," or not is_name_token(toks[h0 - 2]):
            break
        earlier = _mention_before(toks, h0 - 1, lo, text)
        if earlier is None or earlier.end != toks[h0 - 2].end:
            break
        head = Mention(earlier.start, head.end, text[earlier.start:head.end] if text else head.text, earlier.kind, earlier.role)
    if head is None or head.end != toks[i - 2].end or not (_ends_in_body_of(head.text) or _named_for_country(head.text, m.text)):
        return m
    h = next((h for h in range(i - 2, lo - 1, -1) if toks[h].start == head.start), None)
    if h is None or (h > lo and toks[h - 1].text[:1].isalpha()):
        return m  # (the subject's own opening, never a phrase's object: ‘After talks at the Ministry of Defence,
        # Britain and France said’, ‘In a letter to the Department of Education, Harvard and Yale said’)
    kind = "organisation" if _named_for_country(head.text, m.text) else head.kind
    return Mention(head.start, m.end, text[head.start:m.end], kind, head.role)


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


#: Most words of a body's name between "of" and the speaker mention found before the cue
#: (‘Kent Fire and Rescue Service’, ‘Marks and Spencer’).
BODY_OF_REACH = 6


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


def _person_before_body_of(toks: list[Token], i: int, m: Mention, lo: int, text: str) -> Mention | None:
    """The person named in full before "of" and the body they work for, when the mention found before
    the cue is only the body or the tail of its name (``toks[i]`` opens it): ‘Gareth Lloyd of the fire
    department said’, ‘Ann Roe of Marks and Spencer said’ are Gareth Lloyd and Ann Roe, never ‘the fire
    department’ nor ‘Spencer’; and ‘Gareth Lloyd of Kent Fire and Rescue Service said’, read as one
    name, is Gareth Lloyd. Never a second person in full after "and" (‘Tom Hart of Leeds and Ann Roe
    said’), nor a name with no given name before "of" (‘the Bank of England said’).

    >>> t = "Gareth Lloyd of the fire department said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'Gareth Lloyd'
    >>> t = "Ann Roe of Marks and Spencer said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'Ann Roe'
    """
    if m.kind == "name" and " of " in m.text:
        left = m.text[:m.text.index(" of ")]  # one name run across "of" and a body's "and": ‘Gareth Lloyd of Kent Fire and Rescue Service’
        right = m.text[len(left) + 4:].split()
        if ("and" in right or "&" in right) and all(w[:1].isupper() or w in ("and", "&", "the") for w in right) \
                and _full_person_name(Mention(m.start, m.start + len(left), left, "name")) \
                and all(w[:1].isupper() for w in left.split()):
            return Mention(m.start, m.start + len(left), left, "name", m.role)  # (the title, if any, is read later)
        return None
    if _full_person_name(m):
        return None  # (a second person: ‘Tom Hart of Leeds and Ann Roe said’)
    o = i - 1
    while o > lo and i - o <= BODY_OF_REACH and toks[o].word != "of" and (toks[o].word in ("and", "&", "the") or toks[o].capitalized):
        o -= 1
    o = _past_kind_of_body(toks, o, lo)
    if o - 2 < lo or toks[o].word != "of" or not is_name_token(toks[o - 1]) or is_possessive(toks[o - 1]):
        return None
    person = _mention_before(toks, o, lo, text)
    if person is None or person.end != toks[o - 1].end:
        return None
    return person if _full_person_name(person) or _named_after_trade(toks, person, lo) else None


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


#: Those who work with someone, after "Name and (her)": the one named speaks for them all.
FELLOW_WORKERS = wordset("colleagues co-authors coauthors collaborators team co-workers counterparts")


#: One who speaks for the body named right after (‘A spokesman for ’, ‘a senior spokeswoman for ’), up to
#: the body's "the": the description goes by the spokesperson, as written, never by the body alone.
#:
#: >>> RE_SPOKESPERSON_FOR.search("A spokesman for ").group()
#: 'A spokesman for '
RE_SPOKESPERSON_FOR = LazyPattern(r"(?<![\p{L}\-])(?:[Aa]n?|[Tt]he) (?:[\p{Ll}\-]+ )?(?:spokesperson|spokesman|spokeswoman) for \Z")


#: Someone who speaks for a body, the body by its kind (‘A spokesperson for her label’, ‘a lawyer for the
#: family's company’).
RE_AGENT_FOR_BODY = LazyPattern(r"(?i:an?|the|one) (?:\w+ )?(?i:spokesperson|spokesman|spokeswoman|representative|rep"
                                r"|lawyer|attorney|solicitor|publicist) (?:for|at|of) (?:(?:the )?[\p{L}\-]+[’']s|the|her|his|its|their)"
                                r"(?: [\p{L}\-]+)? (\p{Ll}+)")


def _one_described(toks: list[Token], j: int, lo: int, text: str) -> Mention | None:
    """One of a group opening the sentence, described in an aside before the verb at ``toks[j]``
    (an adverb between): ‘Another, a postgraduate in Glasgow, wrote’, ‘One of them, a philologist at
    a German university, once described’: the description.

    >>> t = "Another, a postgraduate in Glasgow, wrote"; toks = tokenize(t)
    >>> _one_described(toks, len(toks) - 1, 0, t).text
    'a postgraduate in Glasgow'
    """
    c = j - 1
    if c - 1 >= lo and toks[c].text.islower() and toks[c].word.endswith("ly"):
        c -= 1  # (‘…, once described’)
    if c <= lo or toks[c].text != ",":
        return None
    for lead in (("another",), ("one",), ("one", "of", "them"), ("one", "of", "those"), ("a", "second"), ("a", "third")):
        n = len(lead)
        if c - lo > n + 1 and tuple(x.word for x in toks[lo:lo + n]) == lead and toks[lo + n].text == "," \
                and toks[lo + n + 1].word in ("a", "an") and all(x.text != "," for x in toks[lo + n + 1:c]) \
                and toks[c - 1].word not in TIME_WORDS and toks[c - 1].word not in ("later", "earlier", "ago"):
            return _description(toks, lo + n + 1, c - 1, text)  # (never a time: ‘Another, a few minutes later, wrote’)
    return None


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


#: Verbs of a second relative clause that only keeps a speaker's name back (‘… and asked not to be
#: identified’, ‘… and declined to give his name’).
KEPT_BACK_VERBS = frozenset("asked declined requested refused spoke".split())


#: At most this many tokens from a "who" clause that only keeps the name back to the verb after it
#: (‘who spoke on condition of anonymity said’ is seven; ‘who spoke to this reporter on condition of
#: anonymity said’ is ten). (Not ``quotesearch.subjects.KEPT_BACK_REACH``, a
#: count of sentences.)
KEPT_BACK_CLAUSE_REACH = 10


def _described_before_long_kept_back(toks: list[Token], j: int, lo: int, text: str) -> Mention | None:
    """The description before a "who" clause of lower-case words, up to :data:`KEPT_BACK_CLAUSE_REACH`
    tokens back from the verb at ``toks[j]``, that only keeps the name back: ‘…, but a friend of the
    actress who spoke on condition of anonymity said’ is the friend of the actress; else None."""
    w = next((w for w in range(j - 2, max(lo, j - KEPT_BACK_CLAUSE_REACH) - 1, -1) if toks[w].word == "who"), None)
    if w is None or w - 1 < lo or not all(x.text.isalpha() and x.text.islower() for x in toks[w + 1:j]) \
            or _before_kept_back_clause(toks, w - 1, j) != w - 1:
        return None
    inner = mention_before(toks, w, lo, text)
    return inner if inner is not None and inner.kind == "description" and inner.end == toks[w - 1].end else None


def _kept_back_clause(toks: list[Token], j: int, lo: int) -> int | None:
    """Where "and" opens a second clause of a relative clause, before the verb at ``toks[j]``, that only
    keeps the name back: the first clause's end.

    >>> toks = tokenize("A woman who lives nearby and asked not to be identified said")
    >>> _kept_back_clause(toks, 11, 0)
    5
    >>> _kept_back_clause(tokenize("A woman who lives nearby and her son said"), 8, 0) is None
    True
    """
    for a in range(j - 2, max(lo, j - 10) - 1, -1):
        if toks[a].word == "and" and toks[a + 1].word in KEPT_BACK_VERBS \
                and all(x.text.isalpha() and x.text.islower() for x in toks[a + 1:j]) \
                and any(x.word == "who" for x in toks[max(lo, a - 8):a]):
            return a
    return None


def _kept_back_tail(description: str) -> int | None:
    """Where a description's closing "who" clause starts when that clause only keeps the name back
    (‘a young mother from Leeds who did not want to be named’, ‘a worker from Dhaka who declined to
    be named’), else None (‘a farmer who lost his herd’ keeps its clause as before).

    >>> _kept_back_tail("a worker from Dhaka who declined to be named")
    19
    >>> _kept_back_tail("a man who was named in the report") is None
    True
    """
    w = description.rfind(" who ")
    if w < 0:
        return None
    words = description[w + 5:].split()
    if len(words) > 6 or not any(x in KEPT_BACK_CLAUSE_WORDS for x in words):
        return None
    if not ("anonymity" in words or "anonymous" in words
            or any(x in ("not", "declined", "refused", "without") or x.endswith("n't") for x in words)):
        return None  # (never ‘a man who was named in the report’)
    return w


def _before_kept_back_clause(toks: list[Token], a: int, j: int) -> int | None:
    """The last token of a description ``toks[a:j]`` before its "who" clause, when that clause only keeps
    the name back (‘A senior officer at the registry who sought anonymity’, ‘A teacher who requested
    anonymity’), else None.

    >>> toks = tokenize("A senior officer at the registry who sought anonymity told")
    >>> _before_kept_back_clause(toks, 0, 9)
    5
    >>> _before_kept_back_clause(tokenize("A woman who saw the crash said"), 0, 6) is None
    True
    >>> _before_kept_back_clause(tokenize("A nurse at the clinic, who asked not to be named, said"), 0, 12)
    4
    """
    w = next((w for w in range(a + 1, j) if toks[w].word == "who"), None)
    if w is None or j - w > KEPT_BACK_CLAUSE_REACH or not any(x.word in KEPT_BACK_CLAUSE_WORDS for x in toks[w + 1:j]):
        return None
    words = [x.word for x in toks[w + 1:j]]
    if not ("anonymity" in words or "anonymous" in words
            or any(x in ("not", "declined", "refused", "n't", "without") for x in words)):
        return None  # (only a clause that keeps the name back: never ‘A police officer who identified the
        # suspects’, ‘A man who was named in the report’)
    return w - 2 if w - 2 > a and toks[w - 1].text == "," else w - 1  # (never the comma that sets the clause off:
    # ‘A retired engineer waiting for the train, who asked not to be named,’)


#: How many plain lower-case words a relative clause may run between its "who" and a mention it holds,
#: all of them its own (the clause with no mention, right before the verb, keeps a reach of 5): ‘A woman who was eating in the cafe with her two sons
#: said’ is the woman, as described, never the sons.
RELATIVE_CLAUSE_REACH = 11

#: Subject pronouns that open a clause of their own inside a relative clause (‘who had known the boy since
#: he was born’): a long relative clause holding one is left to the short reach.
CLAUSE_SUBJECTS = frozenset("i he she we they you".split())

#: Pronouns that are a relative clause's object, never the subject of the verb after it (‘A man who saw it said’).
CLAUSE_OBJECTS = frozenset("it him her them us me".split())


def _joined_clause_opens(toks: list[Token], d: int, lo: int) -> bool:
    """``toks[d]`` opens a clause joined by a comma and "and" or "but", with "a", "an" or "one" (‘Lakeshore
    has wings, and a scout who …’): a description there opens its clause as a sentence's would.

    >>> from quotesearch.names import tokenize
    >>> _joined_clause_opens(tokenize("It rained, and a scout who"), 4, 0), _joined_clause_opens(tokenize("Cats and a dog who"), 2, 0)
    (True, False)
    """
    return d - 2 >= lo and toks[d - 1].word in ("and", "but") and toks[d - 2].text == "," \
        and toks[d].word in ("a", "an", "one")


def _relative_antecedent(toks: list[Token], i: int, lo: int, reach: int = RELATIVE_CLAUSE_REACH) -> int | None:
    """Where the description starts whose relative clause ("who represents", "that advises")
    holds the mention at ``toks[i]`` as its verb's object: ‘A lawyer who represents the families’,
    ‘The judge who sentenced Smith’.

    >>> toks = tokenize("A lawyer who represents the families said"); _relative_antecedent(toks, 4, 0)
    0
    >>> toks = tokenize("He insisted that the families said"); _relative_antecedent(toks, 3, 0) is None
    True
    >>> toks = tokenize("A source who has seen the documents said"); _relative_antecedent(toks, 5, 0)
    0
    >>> toks = tokenize("A diplomat who attended the meeting as an observer said"); _relative_antecedent(toks, 7, 0)
    0
    >>> toks = tokenize("A man who was eating in the cafe with his two sons said"); _relative_antecedent(toks, 10, 0)
    0
    >>> toks = tokenize("A man who lives nearby said troops had asked"); _relative_antecedent(toks, 6, 0) is None
    True
    """
    if i - 1 >= lo and toks[i - 1].word == "as" and toks[i].word not in ("a", "an"):
        return None  # (the name a clause gives: ‘a man who gave his surname as Tanaka said’ is Tanaka; but a
        # part one played is no one: ‘A diplomat who attended the talks as an observer said’ is the diplomat)
    for w in range(i - 1, i - 1 - reach, -1):
        if w < i - 5 and (not toks[i].text.islower() or any(x.word in CLAUSE_SUBJECTS or x.word in ("and", "or")
                                                            for x in toks[w + 1:i])):
            return None  # (a long clause only before a plain noun of its own, with no clause nor second
            # subject inside: never ‘A neighbour who had known the boy since he was born said’, ‘A woman who
            # lives on the corner and her son said’, nor a place, ‘the family of a cyclist who was killed in
            # a crash in northern Kenya’)
        if w - 1 < lo or not all(x.text.isalpha() and x.text.islower() for x in toks[w + 1:i]):
            return None  # (a few words between: ‘A woman who answered the phone at the clinic said’)
        if toks[w].word in ("who", "that") and any(x.word in REPORTING_SAIDS for x in toks[w + 1:i]):
            return None  # (the sentence's "said" ends the clause: in ‘A man who lives nearby said troops had
            # asked’ the troops are the subject of what he said, never the clause's object)
        if toks[w].word.endswith("ing") and toks[w].text.islower() and toks[w].word not in SPEECH_VERBS \
                and toks[w - 1].word not in AUXILIARIES and toks[w - 1].word not in DETERMINERS \
                and toks[w].word not in DESCRIPTION_NOUNS and len(toks[w].word) > 5 and toks[w].word != "calling" \
                and (w + 1 == i or toks[w + 1].word in FUNCTION_WORDS):  # (never a noun's modifier: ‘chief nursing
            # officer Laura Whitfield’, nor a noun after its article, ‘the meeting’; nor a name one calls
            # oneself: ‘a group calling itself the Islamic Resistance’)
            d = _description_back(toks, w - 1, lo)  # a participle's object: ‘The crew of a commercial jet
            # approaching Ridgefield Regional Airport reported’ is the crew
            return d if d is not None and (d == lo or not toks[d - 1].text[:1].isalpha()) else None
        if toks[w].word == "that" and (toks[w - 1].word in THAT_CLAUSE_VERBS or toks[w - 1].word in SPEECH_VERBS):
            return None  # (a verb's "that", never a relative one: ‘The court found that judge X had told’)
        if (toks[w].word in ("who", "that") and toks[w + 1].word not in AUXILIARIES and (w + 1 < i or (
                toks[i].text.islower() and toks[i].word.endswith(("ed", "es", "ts", "ns")) and toks[i].word not in DESCRIPTION_NOUNS))) \
                or _clause_verb_after(toks, w, i):
            # (the verb may open the mention: ‘An official who briefed reporters said’; but in ‘the man who
            # police said was armed’ the police are the clause's subject)
            d = _description_back(toks, w - 1, lo)
            if d is not None and d - 2 >= lo and toks[d - 1].word == "and" and toks[d].text.islower() \
                    and (e := _bare_plural_back(toks, d - 2, lo)) is not None:
                d = e  # (two plurals joined: ‘Nurses and midwives who gathered outside the hospital said’)
            return d if d is not None and (d == lo or not toks[d - 1].text[:1].isalpha() or _joined_clause_opens(toks, d, lo)) \
                else None  # (or a clause of its own after ", and": ‘…, and a scout who has followed the Comets described’)
    return None


#: "Said" and "says", which never take a relative clause's object: a noun after them opens what was said.
#:
#: >>> sorted(REPORTING_SAIDS)
#: ['said', 'says']
REPORTING_SAIDS = frozenset("said says".split())

#: Forms of "be" a relative clause's place phrase follows (‘who was at the festival’).
CLAUSE_BE = wordset("was were is are been")


def _clause_verb_after(toks: list[Token], w: int, i: int) -> bool:
    """``toks[w]`` opens a relative clause whose own verb comes before ``toks[i]``, past auxiliaries
    (‘who has seen the documents’, ‘who had been briefed on the talks’), or whose "be" goes on with a
    place (‘who was at the festival’), or "whose" and a noun before the verb (‘whose child attends
    Oakfield Primary’, ‘whose son was injured’): a clause about the description before it. Never a
    subject after "who" (‘the man who police said was armed’), nor "be" before a noun (‘who is the
    families' lawyer’)."""
    whose = toks[w].word == "whose"
    if not whose and toks[w].word not in ("who", "that"):
        return False
    a = w + 1 + whose
    if whose and not (a < i and toks[w + 1].text.isalpha() and toks[w + 1].text.islower() and toks[w + 1].word not in FUNCTION_WORDS):
        return False
    while a < i and toks[a].word in AUXILIARIES:
        a += 1
    if a >= i or (a == w + 1 + whose and not whose):
        return False
    if a > w + 1 + whose and toks[a - 1].word in CLAUSE_BE and toks[a].word in PREPOSITIONS:
        return True
    return toks[a].word not in FUNCTION_WORDS and toks[a].word not in DETERMINERS and (
        a > w + 1 + whose or (toks[a].word.endswith(("ed", "s")) and toks[a].word not in DESCRIPTION_NOUNS))


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


#: Verbs after a bare "One" opening a sentence, one of a group just named (‘One wrote:’), never a noun
#: ("One post sharing it").
ONE_SAYS = frozenset("said says wrote writes added adds told tweeted commented replied complained".split())

#: Verbs a firm whose name has its 's says with, never a noun an owner's 's could take ("said", never
#: "attacks" or "claims": ‘Clinton’s attacks were echoed’).
FIRM_SAYS = frozenset("said says told added announced warned confirmed wrote stated".split())


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


def _time_noun_of_a_name(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k]`` is a capitalised time noun that ends the name before it, never a time between a
    speaker and the verb: ‘Willamette Week called the place “…”’ (a weekly), where ‘Trump this week
    said’ writes the time in lower case; never after a time word of its own (‘Trump Last Week Said’
    in a headline's capitals) nor at the sentence's opening.

    >>> t = "Marketing Week called"; _time_noun_of_a_name(tokenize(t), 1, 0)
    True
    >>> t = "Trump Last Week said"; _time_noun_of_a_name(tokenize(t), 2, 0)
    False
    """
    return k > lo and toks[k].capitalized and toks[k].word in NAME_TIME_NOUNS and is_name_token(toks[k - 1]) \
        and toks[k - 1].word not in TIME_WORDS and toks[k - 1].word not in DETERMINERS


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


def _linking_adjective(t: Token) -> bool:
    """A compound adjective of who backs or leads a body, written before its name: ‘Al-Qaeda-linked’,
    ‘Iran-backed’, ‘Kremlin-funded’."""
    head, _, tail = t.text.rpartition("-")
    return bool(head) and tail.islower() and tail.endswith("ed") and len(tail) > 3


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


#: The Irish article that opens a body's name, capitalised inside a sentence where English would write
#: "an" (‘An Garda Síochána’, ‘An Post’, ‘An Bord Pleanála’) (w62a).
#:
#: >>> "An" in IRISH_NAME_ARTICLES, "an" in IRISH_NAME_ARTICLES
#: (True, False)
IRISH_NAME_ARTICLES = frozenset(("An",))


def _irish_article_name(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The body whose name opens with the Irish article and ends at ``toks[k]``, whole, when the article
    stands inside a sentence after a word in lower case or a comma (‘a spokesman for An Garda Síochána’, ‘,
    An Post said’): never the English article at a sentence's start (‘An Garda Síochána spokesman said’ is
    read there by its words) nor a title-case headline's (‘Police Tell An Aide’).

    >>> t = "A spokesman for An Garda Síochána said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t).text
    'A spokesman for An Garda Síochána'
    >>> t = "In a statement, An Post said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t).text
    'An Post'
    >>> t = "Police Tell An Aide said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t) is None
    True
    """
    if not (is_name_token(toks[k]) and toks[k].capitalized) or is_possessive(toks[k]):
        return None
    r = _name_run_back(toks, k)
    if r - 2 < lo or toks[r - 1].text not in IRISH_NAME_ARTICLES \
            or not (toks[r - 2].text == "," or (toks[r - 2].text.isalpha() and toks[r - 2].text.islower())):
        return None
    title, name = split_title([x.text for x in toks[r:k + 1]])
    if title and len(name) > 1:
        return None  # a titled person after the body or the office: ‘An Taoiseach Micheál Martin said’, ‘An Garda
        # Síochána Commissioner Drew Harris said’ (review rv62a)
    if (d := _description_back(toks, k, lo)) is not None and d < r - 1:
        return _description(toks, d, k, text)  # (inside a description, as "the" is: ‘a spokesman for An Post’)
    s_, e_ = toks[r - 1].start, toks[k].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[r - 1:k + 1]), "organisation")


def _long_time_after_name(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k - 1..k]`` is "last" or "this" and a long span of time (:data:`LONG_TIME_NOUNS`) right after a
    name that is the subject, between it and its verb (‘Ruiz this month called it “…”’); never after a name
    that is a place or an object, a preposition's or a determiner's (‘marched down the Strip last month’).

    >>> _long_time_after_name(tokenize("Ruiz this month"), 2, 0), _long_time_after_name(tokenize("down the Strip last month"), 4, 0)
    (True, False)
    """
    return k - 2 >= lo and toks[k].word in LONG_TIME_NOUNS and toks[k].text.islower() and toks[k - 1].word in ("last", "this") \
        and toks[k - 1].text.islower() and is_name_token(toks[k - 2]) and toks[k - 2].capitalized \
        and ((r := _name_run_back(toks, k - 2)) == lo or (toks[r - 1].word not in PREPOSITIONS
                                                         and toks[r - 1].word not in OTHER_PREPOSITIONS
                                                         and toks[r - 1].word not in DETERMINERS))

def _mention_before(toks: list[Token], j: int, lo: int = 0, text: str = "") -> Mention | None:
    """The speaker mention ending just before token ``j`` (a cue verb), reading backward.

    >>> t = "Sean Parnell, a Pentagon spokesperson, said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t)
    >>> (m.text, m.kind, m.role)
    ('Sean Parnell', 'name', 'a Pentagon spokesperson')
    >>> t = "a source close to the Kremlin told"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'a source close to the Kremlin'
    """
    k = j - 1
    while k >= lo and ((toks[k].word in AUXILIARIES and not (toks[k].capitalized and k > lo))  # "Will said"
                       or (toks[k].word in TIME_WORDS and not (  # (never a surname after a given name: ‘Tom Early said’)
                           toks[k].capitalized and k > lo and gender_of(toks[k - 1].text) is not None)
                           and not _time_noun_of_a_name(toks, k, lo))
                       or toks[k].word in NOT_NAMES
                       or (toks[k].word in THIRD_PERSON_SELVES and k > lo)  # "Obama himself has called it"
                       or (toks[k].word.endswith("ly") and not toks[k].capitalized and len(toks[k].word) > 4
                           and toks[k].word not in DESCRIPTION_NOUNS)):  # (an adverb, never "the family")
        k -= 1
    if k - 3 >= lo and toks[k].word == "time" and toks[k - 1].word in ("the", "that") and toks[k - 2].text == "at":
        k -= 3  # a time phrase between the subject and its verb: ‘Aldera at the time called the report “…”’
    if _long_time_after_name(toks, k, lo):
        k -= 2  # (‘which auditor general Ann Lowe last year said reflected “…”’, ‘Ruiz this month called it “…”’)
    if k < lo:
        return None
    if k == j - 1 and is_possessive(toks[k]) and (voice := voice_identified_as(toks, k, lo, text)) is not None:
        return voice  # (‘a voice identified in court as Brannigan’s replies’: the one whose voice it is)
    if k == j - 1 and is_possessive(toks[k]) and toks[k].capitalized and is_name_token(toks[k]) and toks[j].word in FIRM_SAYS \
            and (k == lo or not is_name_token(toks[k - 1])):
        # a firm whose name has its 's, right before the verb, where no owner's noun can stand:
        # ‘Moody's said the reform was “credit negative”’, ‘Standard & Poor's said’ (whole)
        b = k
        while b - 2 >= lo and toks[b - 1].text == "&" and is_name_token(toks[b - 2]):
            b = _name_run_back(toks, b - 2)
        s_ = toks[b].start
        return Mention(s_, toks[k].end, text[s_:toks[k].end] if text else " ".join(x.text for x in toks[b:k + 1]),
                       "organisation")
    if k == j - 1 and toks[k].text == "One" and (k == lo or toks[k - 1].text in ".!?”\"") \
            and toks[j].word in ONE_SAYS:
        # one of a group the sentence before names, alone as the subject: ‘Former employees posted on social
        # media. One wrote: “…”’ (the caller finds the group)
        return Mention(toks[k].start, toks[k].end, toks[k].text, "description")
    if k - 2 >= lo and toks[k].word in ("them", "those") and toks[k - 1].word == "of" and toks[k - 2].word in ("one", "another"):
        s_, e_ = toks[k - 2].start, toks[k].end  # one of a group just named: ‘…,” one of them said’
        return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[k - 2:k + 1]), "description")
    for h in (k - 1, k - 2):  # a handle written whole right before the verb: ‘@oventhusiast wrote:’
        if h >= lo and (handle := _bare_handle(toks, h, text)) is not None and handle.end == toks[k].end:
            return handle
    if k == j - 1 and k - 2 >= lo and toks[k].text == "," and toks[k - 2].text == "," and introduced_handle(toks[k - 1], text):
        h_ = toks[k - 1]  # the handle set off right before the verb, after the words that give it: ‘Another
        return Mention(h_.start, h_.end, h_.text, "name")  # moderator, identified only by their handle, kilobyte_kay, said’
    if toks[k].text == ",":
        named = _name_before_asides(toks, k, lo, text)
        if named is not None:
            return named
    role = None
    aside_end = k
    k2 = _skip_aside_back(toks, k, lo)
    if k2 != k and (body := _body_named_after_kind(toks, k2, aside_end, lo, text)) is not None:
        return body  # ‘A coalition of insurers, hospitals and drugmakers, the Coalition for Coverage Choice, said’
    if k2 != k and (outlet := _outlet_named_after_kind(toks, k2, aside_end, lo, text)) is not None:
        return outlet  # ‘The ruling party’s flagship newspaper, the Daily Clarion, said’
    if k2 != k and (owned := _body_named_after_owned_noun(toks, k2, aside_end, lo, text)) is not None:
        return owned  # ‘Pryce's main sponsor, the regional grocery chain Hollow Mart, said’: the chain
    if k2 != k and (described := _described_after_fronted_place(toks, k2, aside_end, lo, text)) is not None:
        return described  # ‘Reached by telephone in Serrat, a doctor at the hospital, said’: the doctor
    if k2 != k and (member := _person_of_unit_before_body(toks, k2, aside_end, lo, text)) is not None:
        return member  # ‘Prof. Ada Obi of the Department of History, Lakeside University, said’: Ada Obi
    if k2 != k:
        inner = toks[k2 + 2: aside_end] if toks[k2 + 1].text in ",(" else []
        if inner and toks[aside_end].text == "," and inner[0].word not in RELATIVES and inner[0].word not in ASIDE_PREPOSITIONS and not (
                inner[0].word.endswith("ing") and not inner[0].capitalized and inner[0].word not in TITLE_PARTICIPLES):
            # (an aside that is a clause is no role: "Clinton, speaking to reporters on her plane,")
            if toks[k2 + 1].text == "(":  # "(R-Ky.)": a party and state, as written
                role = text[inner[0].start: inner[-1].end] if text else None
            else:  # (never an age, nor "clad in a red cape")
                role = role_text(inner, text) if not inner[0].text.isdigit() else None
            of = next((o for o in range(2, len(inner) - 1) if inner[o].word == "of"), None)
            if of is not None and all(is_name_token(x) for x in inner[of + 1:]) \
                    and (not is_organisation([x.text for x in inner]) or not is_organisation([x.text for x in inner[:of]])):
                inner = inner[:of]  # "Sen. JD Vance of Ohio", "Dana Whitfield of Keele University": the
                # name, without where it is from (not "Bank of America")
            # "Ms. Merkel's spokesman, Steffen Seibert, wrote": the aside is the name (with a
            # qualifier before its title and a party's bracket after it: ‘his niece, state Del.
            # Marcia Price (D-Newport News), shouted’)
            inner = _bare_appositive(inner)
            if _name_pair_set_off(toks, k2, inner):
                # two names set off after people in the plural are those people: ‘the firm's managing
                # partners, Elliot Varga and Simone Achebe, wrote’ (a "they")
                title_start = k2
                while title_start - 1 >= lo and toks[title_start - 1].text not in ",.;:—()“”\"" and title_start > k2 - 6:
                    title_start -= 1
                while title_start < k2 and toks[title_start].word in ROLE_OPENERS:
                    title_start += 1
                start = toks[title_start].start  # (the people as written, with their names: ‘Two military
                # analysts, Patrick Megahan and Chris Harman’, the description's head and the names both kept)
                return Mention(start, inner[-1].end, text[start: inner[-1].end]
                               if text else " ".join(x.text for x in toks[title_start:k2 + 1] + inner), "description")
            if all(is_name_token(x) or x.word in HONORIFICS or (x.text in PARTICLES and 0 < c < len(inner) - 1)
                   or (c == 0 and _style_at(inner, 0))  # (a style's degree: ‘the Most Revd Stephen Cottrell’)
                   or _the_between_styles(inner, c) or _day_given_name(inner, c)
                   or _ampersand_in_name(inner, c)  # (a firm's: ‘Her publisher, Faber & Faber, said’)
                   for c, x in enumerate(inner)) and len(inner) <= 7 \
                    and not is_possessive(inner[-1]) and (not is_name_token(toks[k2]) or (
                        # an office whose words hold a list or a place set off, then a person by an
                        # honorific: ‘Minister of Housing, Heritage and the Gaeltacht, Mr Seán Kelly,’
                        any(x.word in HONORIFICS for x in inner[:3]) and inner[-1].word not in HONORIFICS
                        and _office_list_before(toks, k2, lo)) or (
                        # "Another Democrat, Rep. Naomi Pruett, said": one of a party, then the name (with
                        # words of rank: "The senior Tory, Priti Anand, said")
                        toks[k2].word in PARTY_WORDS and _party_member_back(toks, k2, lo)) or (
                        _office_before(toks, k2, lo) and not _place_after_place(toks, k2, inner, lo)) or (
                        # "ICE’s acting field office director in New Orleans, Raymond Thibodeaux, said": a
                        # role and its place, then a person by a given name the lists know (the role's body
                        # between them too: ‘A spokesman for the Saudi Embassy in Washington, Fahad Rashidi,’)
                        toks[(b0 := _names_back(toks, k2, lo)) - 1].word in ("in", "at") and not _place_after_place(toks, k2, inner, lo, text)
                        and _role_before_place(toks, b0 - 1, lo)) or (
                        # "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned", "The
                        # leader of the conservative Popular Party, Alberto Feijoo, said"
                        _holder_before(toks, (b := _names_back(toks, k2, lo)) - 1, lo)
                        and (_description_back(toks, k2, lo) is not None
                             or any(x.word in ROLE_NOUNS and x.text.islower() for x in toks[max(lo, b - 4):b])))):
                # (and ‘WFP's regional director for West and Central Africa, Ousmane Kaboré, said’)
                s_ = toks[_name_run_back(toks, k2) if is_name_token(toks[k2]) else k2].start
                title_start = k2
                reach = 16 if _office_before(toks, k2, lo) else 6  # (an office's words, whole)
                while title_start - 1 >= lo and toks[title_start - 1].text not in ",.;:—()" \
                        and title_start > k2 - reach:
                    title_start -= 1
                if is_name_token(toks[k2]) and any(x.word in HONORIFICS for x in inner[:3]) \
                        and (o := _office_list_start(toks, k2, lo)) >= 0:
                    title_start = o  # (an office a comma splits, whole: ‘Minister of Trade, Industry and Tourism’)
                while title_start < k2 and toks[title_start].word in ROLE_OPENERS:
                    title_start += 1  # ("But the Conservative leader, Kemi Badenoch, said": no "But")
                aside = toks[k2 + 2: aside_end]  # (one of them: ‘Lawyers for the teenager, Mark Stephens KC,’,
                # ‘Attorneys for the plaintiff, civil rights lawyer Ben Harlow,’)
                if len(inner) > 1 and not any(x.word in ("and", "&") for x in inner) \
                        and not any(x.word in LEGAL_TRADES or x.text.rstrip(".") in LEGAL_POST_NOMINALS
                                    for x in aside) and _plural_for_one(toks, title_start, k2):
                    return _description(toks, title_start, k2, text, lower_first=_role_plural(toks[title_start].word))
                before = text[toks[title_start].start: toks[k2].end] if text else None
                return Mention(inner[0].start, inner[-1].end, text[inner[0].start: inner[-1].end]
                               if text else " ".join(x.text for x in inner), "name", before)
        k = k2
        if toks[k].text == "One" and (k == lo or toks[k - 1].text in ".!?”\"") and toks[k + 1].text == "," \
                and toks[k + 2].word == "who" and toks[j].word in ONE_SAYS:
            # one of a group the sentence before names, alone as the subject past a "who" clause of theirs:
            # ‘Fans queued from dawn. One, who had come from Cork, said: “…”’ (the caller finds the group)
            return Mention(toks[k].start, toks[k].end, toks[k].text, "description")
        if (described := _described_who_before_aside(toks, k, lo, text)) is not None:
            return described
        if k - 3 >= lo and toks[k].text == ")" and toks[k - 2].text == "(" and toks[k - 1].text.isupper() \
                and is_name_token(toks[k - 3]):
            k -= 3  # a body's letters in brackets before the aside: ‘The Supreme Court of Justice (TSJ), which …, said’
        elif k2 != aside_end and toks[k].text == ")" and toks[k + 1].text == "," \
                and (o := _party_bracket_opener(toks, k, lo)) is not None:
            k = o - 1  # a party's bracket before the aside: ‘Sen. X (D-Del.), whose state is home to …, told reporters’
        if k < lo:
            return None
    t = toks[k]
    h = k - 1 - (k - 1 >= lo and toks[k - 1].text == "@")
    if _handle_like(t) and h >= lo and toks[h].word in HANDLE_OWNERS:  # ‘Reddit user frag_archaeologist wrote’
        s_ = toks[k - 1].start if toks[k - 1].text == "@" else t.start
        return Mention(s_, t.end, text[s_:t.end] if text else t.text, "name")
    if k == j - 1 and introduced_handle(t, text):  # a handle set down before: ‘… who goes by mxrrow. … mxrrow told us’
        return Mention(t.start, t.end, t.text, "name")
    if (named := _irish_article_name(toks, k, lo, text)) is not None:
        return named  # ‘A spokesman for An Garda Síochána said’ (never "Garda" a rank, "Síochána" a name)
    if (t.word in PRONOUNS and t.word not in ("him", "her", "them")) or (
            t.word == "it" and j < len(toks) and toks[j].word in SPEECH_VERBS):  # (a body's "it" that speaks)
        return Mention(t.start, t.end, t.text, "pronoun")
    base, _, rest = t.word.replace("'", "’").partition("’")
    if rest in ("d", "ll") and base in ("he", "she", "they"):  # a pronoun's "would" or "will": ‘She'd say, “…”’
        return Mention(t.start, t.start + len(base), t.text[:len(base)], "pronoun")
    if is_possessive(t):  # "Trump’s remarks": the possessor is not the speaker
        return None
    if k == j - 1 and t.text.isalpha() and t.text.isupper() and not is_name_token(t) and (
            len(t.text) > 4 or (len(t.text) > 2 and t.word in FUNCTION_WORDS and toks[j].text.islower())):
        # an acronym of five letters or more right before the cue ("UNICEF said"), which the
        # name reader leaves to headlines, or one that spells a small word, before a cue in lower
        # case ("In a statement, WHO said:" is a body, never the question word); with "the" before
        # it, as written ("the UNHCR said"); but never what a description holds ("a spokesman for
        # UNICEF said" is the spokesman)
        a = k - 1 if k - 1 >= lo and toks[k - 1].word == "the" else k
        if not (a - 1 >= lo and toks[a - 1].word in NAME_HOLDERS):
            return Mention(toks[a].start, t.end, text[toks[a].start:t.end] if text else t.text, "organisation")
    if t.text.islower() and t.word in LEGAL_FORMS and k - 1 >= lo and is_name_token(toks[k - 1]) and not is_possessive(toks[k - 1]):
        # a legal form in lower case ends a company's name: ‘Tesco plc said’ is the company
        s_ = toks[_name_run_back(toks, k - 1)].start
        return Mention(s_, t.end, text[s_:t.end] if text else " ".join(x.text for x in toks[_name_run_back(toks, k - 1):k + 1]),
                       "organisation")
    if is_name_token(t):
        i = _name_run_back(toks, k)
        if (office := _office_in_body_before(toks, i, k, lo, text)) is not None:
            return office  # ‘Minister of State at the Department of Health Mary Butler said’: Mary Butler
        if i - 2 >= lo and toks[i - 1].text == "," and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2]) \
                and all(x.text.rstrip(".").lower() in LEGAL_FORMS for x in toks[i:k + 1]):
            # a company's legal form set off by a comma ends its name, never stands alone: ‘Brookhaven
            # Kitchen Products, Inc. today announced’ is the company (never "Inc.")
            s_ = toks[_name_run_back(toks, i - 2)].start
            return Mention(s_, t.end, text[s_:t.end] if text else " ".join(x.text for x in toks[_name_run_back(toks, i - 2):k + 1]),
                           "organisation")
        while i - 2 >= lo and toks[i - 1].capitalized and toks[i - 1].word in ("our", "the", "of", "and", "for", "a") \
                and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2]) and toks[i - 2].word not in FUNCTION_WORDS:
            i = _name_run_back(toks, i - 2)  # a capitalised small word inside a name: ‘Save Our Kirks’, ‘Friends Of The Earth’
        if i - 2 >= lo and toks[i - 1].text == "All" and toks[i - 2].word == "the" and i <= k \
                and is_organisation([x.text for x in toks[i:k + 1]]):
            i -= 1  # a body's name that opens with "All" after its "the": ‘the All Progressives Congress said’,
            # ‘the All India Students' Forum said’ (never "Progressives Congress")
        if i - 2 >= lo and toks[i - 1].text.islower() and toks[i - 1].word.endswith("ing") and len(toks[i - 1].word) > 5 \
                and toks[i - 1].word not in DESCRIPTION_NOUNS and toks[i - 2].word in DESCRIPTION_NOUNS \
                and toks[i - 2].word not in THING_NOUNS and (d := _description_back(toks, i - 2, lo)) is not None:
            return _description(toks, d, k, text)  # the object of a participle after a person: ‘A banker
            # advising Trent Valley said’, ‘a lawyer representing Acme Corp. said’, never Trent Valley
        if i - 3 >= lo and is_possessive(toks[i - 1]) and (person := _person_of_owned_body(toks, i - 1, lo, text)) is not None:
            return person  # ‘Hydrologist Jenna Ruiz of the weather service's West Gulf River Forecast Center said’
        if toks[i].text == "Class" and i < k - 1 and i - 1 >= lo and RE_ORDINAL.fullmatch(toks[i - 1].text):
            i += 1  # a rank's grade is no part of the name: "Sgt. 1st Class Dana Whitlow said"
        if i - 2 >= lo and is_possessive(toks[i - 1]) and is_name_token(toks[i - 1]) \
                and all(gender_of(x.text) is None for x in toks[i:k + 1]) \
                and not split_title([x.text for x in toks[i:k + 1]])[0] and (
                    toks[i - 2].word in ("of", "at", "from", "for")
                    or (toks[i - 2].word == "the" and is_organisation([x.text for x in toks[i:k + 1]]))):
            i -= 1  # a body's name with a possessive inside: "Justice X of the Court of King's Bench
            # wrote" is the justice's (never "Bench"); but "of Britain's Theresa May", "the Pope's
            # Cardinal X", "the Post's Milbank" are the person
        elif i - 1 >= lo and is_possessive(toks[i - 1]) and _possessive_in_body_name(toks, i - 1):
            i -= 1  # (read back too: ‘St John’s Ambulance said’, ‘Women’s Aid said’)
            if i - 1 >= lo and toks[i - 1].text in SAINT_ABBREVIATIONS:
                i -= 1
        elif i - 1 >= lo and _shop_possessive(toks, i - 1, k, lo):
            i -= 1  # (a shop's founder in its name: ‘Donovan’s Bakery said’, never "Bakery")
        if i == k and (t.word in DEMONYMS or t.word in NATIONALITY_NOUNS):  # a person by a nation: "the 19-year-old
            # Afghan said", "the 47-year-old Dane" (a noun of nationality only after such words: "the Dane" stays apart)
            d = next((d for d in range(k - 1, max(lo - 1, k - 5), -1) if toks[d].word in ("the", "a", "an")), None)
            if d is not None and (t.word in DEMONYMS or d < k - 1) and all((x.text.islower() and x.word not in FUNCTION_WORDS) or x.text[:1].isdigit()
                                     for x in toks[d + 1:k]) and not (d - 1 >= lo and toks[d - 1].word in FUNCTION_WORDS):
                return _description(toks, d, k, text)
        while i - 2 >= lo and toks[i - 1].word in ("and", "&") and is_name_token(toks[i - 2]) \
                and all(gender_of(x.text) is None for x in toks[i:k + 1]):
            # a body's name with "and" in it: "the Department of Health and Social Care" (never
            # "Trump and Clinton": only after "of", inside a body's name)
            b = _name_run_back(toks, i - 2)
            if b - 2 > lo and toks[b - 1].text == "the" and toks[b - 2].word in ("of", "for") and _remit_head(toks[b - 3]):
                b -= 1  # (and its "the": ‘the National Chamber of the Iron and Steel Industry’)
            if i < k and _body_word(t) and b - 2 >= lo and toks[b - 1].text in ("of", "for") \
                    and toks[b - 2].text.islower() and toks[b - 2].word in DESCRIPTION_NOUNS:
                i = b  # a body named for two places, after its spokesman: ‘A spokesman for Devon and Cornwall Police said’
                break
            if i < k and (_body_word(t) or t.word in OFFICE_BODY_WORDS) and i - 3 >= lo and is_possessive(toks[i - 3]) \
                    and toks[i - 2].text[:1].isupper() and not is_possessive(toks[i - 2]) and gender_of(toks[i - 2].text) is None:
                i -= 2  # a body owned by a government or a country, with "and" inside its name: ‘The government’s
                # Animal and Plant Health Directorate said’, ‘Kenya’s Food and Drug Safety Board said’ (one
                # word before "and", a body's word ending the name: never two names joined)
                break
            if not (b - 1 >= lo and toks[b - 1].word in ("of", "for") and b - 2 >= lo and is_name_token(toks[b - 2])) \
                    or (k == i and toks[b - 2].word not in DEPARTMENT_WORDS
                        and not (b == i - 2 and toks[b].word in OFFICE_WORDS and t.word in OFFICE_WORDS)):
                break  # (one word after "and" only in a department's name: "Department of Fish and Game", or
                # joining two words of a remit: ‘The Chaguanas Chamber of Industry and Commerce said’)
            i = _name_run_back(toks, b - 2)
        if (r := _remit_body_back(toks, i, lo)) is not None and all(gender_of(x.text) is None for x in toks[i:k + 1]) \
                and not split_title([x.text for x in toks[i:k + 1]])[0]:  # (never a title and a name after it)
            i = r  # a body's name with its remit: ‘The United Nations Committee on Enforced Disappearances said’
        if i - 2 >= lo and toks[i - 1].text == "&" and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2]) \
                and all(gender_of(x.text) is None for x in toks[i:k + 1]):
            # a firm of partners' names: ‘London shipbroker Ashworth & Lowe said’, ‘said Clarke & Sons’
            s_ = toks[_name_run_back(toks, i - 2)].start
            return Mention(s_, t.end, text[s_:t.end] if text else " ".join(x.text for x in toks[_name_run_back(toks, i - 2):k + 1]),
                           "organisation")
        if (b := _linked_body_back(toks, i, k, lo)) is not None:
            return Mention(toks[b].start, t.end, text[toks[b].start:t.end] if text
                           else " ".join(x.text for x in toks[b:k + 1]), "organisation")
        d = i - 1
        while d - 1 >= lo and d > i - 3 and toks[d].text.replace("-", "").isalpha() and toks[d].text.islower() \
                and toks[d].word not in FUNCTION_WORDS and toks[d].word not in DETERMINERS:
            d -= 1  # (an adjective between: "one veteran MEP", hyphened too: "a re-elected Labor MP")
        if d >= lo and ((toks[d].word in ("a", "an", "one", "another") and (
                (toks[k].word in ROLE_NOUNS and toks[k].text.isupper()) or (i == k and toks[k].word in PARTY_WORDS)))
                        or (toks[d].word in OWNER_DETERMINERS and toks[d].text.islower() and d < i - 1 and i == k
                            and toks[k].word in SEAT_MEMBER_RANKS and toks[k].text.isupper())
                        or (toks[d].word == "the" and d < i - 1 and i == k and toks[k].word in PARTY_WORDS)):
            return _description(toks, d, k, text, lower_first=True)  # "One Labour MP, who …, said", "One
            # senior Liberal, speaking on condition of anonymity, said", "the ranking Republican said" (a
            # party word is never a name)
        if i == k and toks[k].word in PARTY_WORDS and (o := _owned_party_rank(toks, d, i, lo)) is not None:
            return _description(toks, o - 1, k, text)  # a party word heading a body's description: ‘The
            # panel’s ranking Democrat, Sen. X (D-Ore.), said’, ‘The council’s most senior Conservative said’
            # (the description, whose name set off after it is then the speaker; never "Democrat")
        # places after a preposition inside a description, with where they lie or listed: ‘A parish council
        # in north Essex said’, ‘Residents of Chelston and nearby Rockwell Green said’ (the ones described,
        # never the place)
        # never ‘the Bank of England and Reeves said’, two speakers: a word of where one lies tells places)
        p = i - 1 if i - 1 >= lo and toks[i - 1].text.islower() and toks[i - 1].word in PLACE_LIE_WORDS else i
        q, first_end, lies = p, k, p < i
        if p - 2 >= lo and toks[p - 1].word == "and" and is_name_token(toks[p - 2]) and not is_possessive(toks[p - 2]):
            q, first_end = _name_run_back(toks, p - 2), p - 2
            if q - 1 >= lo and toks[q - 1].text.islower() and toks[q - 1].word in PLACE_LIE_WORDS:
                q, lies = q - 1, True
        if lies and q - 2 >= lo and toks[q - 1].word in PLACE_PREPOSITIONS and toks[q - 1].text.islower() \
                and (d := _description_back(toks, first_end, lo)) is not None and d < q - 1:
            return _description(toks, d, k, text)
        if i - 2 >= lo and toks[i - 1].word == "late" and toks[i - 1].text.islower() and toks[i - 2].word == "the" \
                and (d := _description_back(toks, k, lo)) is not None and d < i - 2:
            return _description(toks, d, k, text)  # one who died, named inside a description, never speaks:
            # ‘A relative of the late Ms Kamau, who asked not to be named, said’ is the relative
        if i - 2 >= lo and toks[i - 1].word in RULING_WORDS and toks[i - 1].text.islower() and toks[i - 2].word == "the" \
                and (d := _description_back(toks, k, lo)) is not None and d < i - 2:
            return _description(toks, d, k, text)  # the same past a ruling body's adjective of power: ‘A senior
            # leader of the ruling People's Front said’ is the leader, never the party
        # "a source close to the Kremlin": the name is the object inside a description
        if i - 1 >= lo and toks[i - 1].word in ("the",):
            d = _description_back(toks, k, lo)
            if d is not None and d < i - 1:
                return _description(toks, d, k, text)
            i -= 1
        elif i - 1 >= lo and toks[i - 1].word in NAME_HOLDERS:
            if toks[i - 1].word in ("of", "for") and i - 2 >= lo and toks[i - 2].capitalized and toks[i - 2].word in ORG_WORDS \
                    and (r := _name_run_back(toks, i - 2)) < i - 2 and all(gender_of(x.text) is None for x in toks[r:k + 1]) \
                    and not split_title([x.text for x in toks[i:k + 1]])[0]:  # (a title and a name after the body's
                # name are its head's: ‘Reserve Bank of India Governor Shaktikanta Das said’ is the governor)
                s0 = r - 1 if r - 1 >= lo and toks[r - 1].word == "the" else r
                if s0 == r and (owner := _country_owner_back(toks, s0, lo)) is not None:
                    s0 = owner  # (with the country that owns it: ‘Nigeria's Federal Ministry of Health said’)
                if s0 == lo or (toks[s0 - 1].word not in NAME_HOLDERS and not is_name_token(toks[s0 - 1])
                                and toks[s0 - 1].text not in ("’s", "'s")):
                    # a body's name of several words with its remit after "for" or "of", opening the clause:
                    # ‘The Executive Office for Immigration Review said’ (never ‘X of the University of Ghent told’)
                    return Mention(toks[s0].start, t.end, text[toks[s0].start:t.end] if text
                                   else " ".join(x.text for x in toks[s0:k + 1]), "organisation")
            if (named := _body_for_cause_after_kind(toks, i, k, lo, text)) is not None:
                return named
            d = _description_back(toks, k, lo)  # ("Voters in Iowa said": the voters)
            if d is not None and toks[i - 1].word == "for" and (rs := d + (toks[d].word == "the")) < i - 1 \
                    and cause_name_end(toks, rs, i - 1) == k:
                return Mention(toks[d].start, t.end, text[toks[d].start:t.end] if text
                               else " ".join(x.text for x in toks[d:k + 1]), "organisation")  # a body named for its
                # people and their cause opening the clause: ‘Parents for Inclusive Schools said’ (never "parents …")
            if d is not None and not (d < i - 2 and toks[i - 2].capitalized and toks[i - 2].word in ORG_WORDS
                                      and all(x.capitalized for x in toks[d + (toks[d].word == "the"):i - 1])):
                # (never a body's name: ‘The Directors Guild of America called’, ‘X of the University
                # of Ghent told’, whoever it belongs to)
                return _description(toks, d, k, text,
                                    lower_first=_plural_noun_capital(toks[d]) or _role_plural(toks[d].word))
            if d is None and toks[i - 1].word in ("from", "in") and (d := _trade_before(toks, i - 2, lo)) is not None:
                return _description(toks, d, k, text, lower_first=True)  # someone of a trade no list holds, and where
                # they are from: ‘The hairdresser from Bolton said’, never Bolton
        else:
            # "a representative for singer Tara Vance said": the name, with its lower-case title, is
            # what the description before it holds
            b = i - 1
            while b >= lo and toks[b].text.islower() and (toks[b].word in ROLE_NOUNS or toks[b].word in OFFICE_ADJECTIVES or (
                    toks[b].word in BODY_OR_CAMPAIGN_KINDS
                    or (toks[b].word in ("the", "a", "an") and b + 1 < i and toks[b + 1].word in BODY_OR_CAMPAIGN_KINDS))):
                b -= 1  # (and an adjective of the office: ‘A spokesperson for federal Immigration Minister X’; a body's
                # kind: ‘A spokesman for the campaign group Greenpeace said’)
            if lo <= b < i - 1 and toks[b].word in NAME_HOLDERS and b - 1 >= lo and toks[b - 1].word in ROLE_NOUNS:
                # (a person for someone: never "a tweet from singer Tara Vance", a document of hers)
                d = _description_back(toks, b - 1, lo)
                if d is not None:
                    return _description(toks, d, k, text)
        # "Mr. Morgan of the Sierra Club said", "Archbishop X of the Y of Jerusalem told", "X of
        # Kotak Securities in Mumbai said": the person, not the body or place they belong to
        person = body = None
        ri = i
        for _ in range(3):
            o = ri - 1
            if o - 1 >= lo and toks[o].word in RULING_WORDS and toks[o].text.islower() and toks[o - 1].word == "the":
                o -= 1  # (past a ruling body's adjective of power: ‘X of the ruling People's Front said’ is X)
            if o >= lo and toks[o].word == "the":
                o -= 1
            if o - 2 >= lo and toks[o].text.islower() and (toks[o].word in BODY_KINDS or toks[o].word.endswith("-based")) \
                    and toks[o - 1].word in ("of", "at"):
                o -= 1  # a kind of body between: "Fatou Ndiaye of brokerage Teranga Capital said"
            if not (o - 1 >= lo and toks[o].word in ("of", "at", "from", "in", "for") and is_name_token(toks[o - 1])
                    and not is_possessive(toks[o - 1])):
                break
            if toks[o].word in ("of", "for") and toks[o - 1].word in ROLE_NOUNS and o == ri - 1:
                i = _name_run_back(toks, o - 1)  # "Secretary of State John F. Kerry": one title
                person = None  # (with the office's words read before: "Secretary of State for Health X")
                break
            pk = o - 1
            ri = _name_run_back(toks, pk)
            if ri - 2 >= lo and toks[ri - 1].word.endswith("-based") and toks[ri - 2].word == "the":
                ri -= 1  # where the body is based, between "the" and its name: ‘Dr X of the Pune-based
                # Institute for Rural Policy said’ is X (w61f)
            if ri == pk and _plural_noun_capital(toks[ri]):
                # "Economists at Capital Economics said": people described, not named
                return _description(toks, ri, k, text, lower_first=True)
            ptitle, pname = split_title([x.text for x in toks[ri: pk + 1]])
            if ri - 1 >= lo and toks[ri - 1].word == "the" and not ptitle and not _style_at(toks, ri):
                body = ri - 1  # "The Confederation of British Industry said": a body, never a person "the X"
                # (but a style is a person's: ‘The Rev. Howard Blaylock of the Ohio Council on Gambling Harms said’)
            elif pname and pname[-1].lower() in REMIT_HEADS and toks[pk].text[:1].isupper() and not (
                    pname[-1].lower() == "prefecture" and toks[o].word == "of" and o + 1 == i == k
                    and toks[i].text in COUNTRY_NATIONALITIES):  # (a prefecture's country: ‘Okinawa Prefecture of Japan’)
                body = ri  # a body whose head takes a remit, never a person of a place: ‘Communications Workers
                # of America said’, ‘Graduate Workers of Dunmore said’ (w56d)
            elif pname and not is_organisation(pname):
                person = (ri, pk, ptitle, pname)
        if person is None and body is not None:  # (but "Archbishop X of the Y of Jerusalem" is X)
            return Mention(toks[body].start, t.end, text[toks[body].start: t.end] if text else
                           " ".join(x.text for x in toks[body: k + 1]), "organisation", role)
        if person is not None and _office_alone(toks, person) \
                and (office := _office_in_body_before(toks, i, k, lo, text, of_link=True)) is not None \
                and not _body_word_glued(toks, office):
            return office  # the office alone is no person "of" the body: ‘Undersecretary of the Ministry of
            # Labour Mohammed Hassan Al Obaidli said’, ‘Governor of the Bank of England Andrew Bailey said’ are
            # the names after it, the office their role
        if person is not None:
            pi, pk, ptitle, pname = person
            s_, e_ = toks[pi].start, toks[pk].end
            if role and _body_kind_aside(role):
                role = None  # the aside after the body's name is the body's, never the person's role: ‘Lise
                # Charbonneau of the Food Price Observatory, a consumer advocacy group, said’ (no "group" she)
            return Mention(s_, e_, text[s_:e_] if text else " ".join(pname), "name", role or ptitle)
        if i - 1 >= lo and is_possessive(toks[i - 1]) and is_name_token(toks[i - 1]) \
                and (is_organisation([x.text for x in toks[i: k + 1]]) or _rank_body(toks, i, k)):
            # "Russia’s Defense Ministry said", "North Korea’s Foreign Ministry": the body with its
            # country (never a person's: "Elon Musk’s Tesla Inc said" is Tesla Inc)
            owner = _name_run_back(toks, i - 1)
            if owner >= lo and gender_of(toks[owner].text) is None:
                if _rank_body(toks, i, k):  # (a body, whatever its rank's word: ‘Russia's General Staff said’)
                    return Mention(toks[owner].start, t.end, text[toks[owner].start:t.end] if text
                                   else " ".join(x.text for x in toks[owner:k + 1]), "organisation")
                i = owner
        if toks[i].word == "the" and i < k and _style_at(toks, i + 1):
            i += 1  # "The Reverend Alison Trevithick said": a person's style, never a body's "The"
        first = toks[i]
        words = [x.text for x in toks[i: k + 1]]
        if first.word == "the":
            if _rank_described(toks, i + 1, k):
                return _description(toks, i, k, text)  # an office, described: "the DCP said", "the Salford MP said"
            if (titled := _titled_name_after_the(toks, i, k, text)) is not None:
                return titled  # ‘the Labour MP Angela Rayner said’: the person, the title her role
            return Mention(first.start, t.end, text[first.start: t.end] if text else " ".join(words),
                           "organisation", role)
        if i - 2 >= lo and toks[i - 1].text == ")" and role is None:
            # "DCP (South-West) Anil Sharma said": a rank and its district in brackets before the name
            o = next((o for o in range(i - 2, max(lo, i - 7) - 1, -1) if toks[o].text == "("), None)
            if o is not None and o - 1 >= lo and toks[o - 1].word in ROLE_NOUNS:
                role = text[toks[o - 1].start: toks[i - 1].end] if text else None
        title, name = split_title(words)
        if not name or _heading_words(name):
            return None
        if ends_in_title(name):  # an office, no name: ‘the studio's co-founder and CEO told’
            d = _description_back(toks, i - 2 if i - 2 >= lo and toks[i - 1].word == "and" and toks[i - 2].text.islower() else k, lo)
            return _description(toks, d if d is not None and d < i else i, k, text)
        if len(heading_verbs_trimmed(name)) < len(name):
            return None  # "Gina Rodriguez Questioned What …": a heading, not a subject before a cue
        if len(words) == 1 and _plural_noun_capital(first):  # "Aides said"
            return Mention(first.start, t.end, first.text if first.text[1:2].isupper() else first.word, "description")
        if (d := _holder_of_pair(toks, i, lo)) is not None:
            return _description(toks, d, k, text)  # ‘The chair of the G77 and China said’: the chair
        pair = _name_pair_before(toks, i, lo)
        if pair is not None and toks[k].word in SEAT_TITLES and toks[k].text.isupper() and pair - 1 >= lo \
                and toks[pair - 1].word == "the":
            return _description(toks, pair - 1, k, text)  # a member by a seat named for two places, no two
            # people: ‘“…,” the Cavan and Monaghan TD said’ (as ‘the Glasgow Central MSP’)
        if pair is not None and not title:  # "“…,” Kemal Aydin and Selin Kaya said": both, as written
            lead = pair
            while lead < i - 2 and toks[lead].capitalized and (_role_plural(toks[lead].word) or toks[lead].word in PLURAL_TITLES):
                lead += 1  # (their title in the plural is their role: ‘Commissioners Peter Hollis and
                # Gregory Tan wrote’ are two people, a "they")
            if lead == pair:
                return _description(toks, pair, k, text)
            return replace(_description(toks, lead, k, text), role=text[toks[pair].start:toks[lead - 1].end] if text else None)
        span_text = text[first.start: t.end] if text else " ".join(words)
        if role is None and not title and i - 2 >= lo and toks[i - 1].word in PLACE_OBJECT_PREPOSITIONS \
                and toks[i - 1].text.islower():
            # a place after a preposition, in a subject described before it: ‘A man standing outside City
            # Hall said’, ‘A banner strung across Main Street read’ (the one described, never the place)
            d = next((d for d in range(i - 2, max(lo - 1, i - 7), -1) if toks[d].word in ("a", "an", "the", "one", "some")), None)
            if d is not None and (d == lo or toks[d - 1].text in ",;:—" or toks[d - 1].word in ("and", "but", "as", "while")):
                if any(x.word in DESCRIPTION_NOUNS and x.text.islower() for x in toks[d + 1:i - 1]):
                    return _description(toks, d, k, text)
                return None  # (a thing there, no one: ‘A sign near Union Station read’)
            if any(x.text.islower() and x.word.endswith(("ing", "ed")) and x.word not in DESCRIPTION_NOUNS
                   for x in toks[max(lo, i - 4):i - 1]):
                return None  # (a place after a participle: ‘marching down Fifth Avenue chanted’)
        return Mention(first.start, t.end, span_text, "name", role or title)
    d = _description_back(toks, k, lo)
    if d is not None and d - 1 > lo and toks[d - 1].text.islower() and toks[d - 1].word.endswith("ing") \
            and toks[d - 1].word not in DESCRIPTION_NOUNS and toks[lo].word in ("a", "an", "the", "one") \
            and any(x.word in DESCRIPTION_NOUNS for x in toks[lo + 1:lo + 3]):
        # the object of a participle after the subject: ‘A man accused of murdering a delivery driver
        # answered’ is the man, as first written, never the driver
        return _description(toks, lo, k, text)
    if d is None and _charged_one_opens(toks, k, lo):
        return _description(toks, lo, k, text)  # the same, whatever the charge's object: ‘A man accused of
        # killing a stranger outside a Hull takeaway has told a jury’ is the man (w60a)
    if (d is None or (d - 1 >= lo and toks[d - 1].word in PREPOSITIONS)) \
            and (s := _participle_phrase_back(toks, k, lo)) is not None:
        return _description(toks, s, k, text, lower_first=True)  # one described by what they were doing
        # where: ‘A firefighter resting beside his truck said’, ‘an elder sitting in the shade of a
        # manyatta says’ (never the truck, nor the manyatta)
    if d is not None and j < len(toks) and toks[j].word.endswith("ing") and (e := _epithet_name_acting(toks, d, k)) is not None:
        return _mention_before(toks, e + 1, lo, text)  # the one named, whose act the words run on to: ‘the
        # rapper K-Lowe pulled out citing “…”’ is K-Lowe (the rapper), never "the rapper K-Lowe pulled out"
        # (before a participle's cue only: before a verb of its own the name and its verb are a clause of the
        # noun, ‘The woman Kessler attacked told the court’ is the woman, never Kessler)
    if d is not None:
        return _description(toks, d, k, text)
    return None


#: Particles that end a phrasal verb of leaving or acting (‘pulled out’, ‘walked off’), which no relative
#: clause with its object gone ends in (‘An investigator Patel hired’).
#:
#: >>> "out" in ACT_PARTICLES, "said" in ACT_PARTICLES
#: (True, False)
ACT_PARTICLES = frozenset("out off away down up back".split())


def _body_for_cause_after_kind(toks: list[Token], i: int, k: int, lo: int, text: str | None) -> Mention | None:
    """A body's name of its own words, "for" and its cause (‘Wheels for Wessex’, ‘Action for Carers’),
    right after its kind in lower case (:data:`BODY_OR_CAMPAIGN_KINDS`) and a determiner a few words before:
    ‘The community transport charity Wheels for Wessex said’ is the charity's name, as ‘The housing
    charity Shelter said’ is (w60a). ``toks[i:k + 1]`` is the run after "for"; never "of", which a place
    may follow (‘the brokerage Teranga Capital of Dakar’), nor a person's given name opening the name.

    >>> t = "The community transport charity Wheels for Wessex said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'Wheels for Wessex'
    >>> t = "A driver for Wessex Buses said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'A driver for Wessex Buses'
    """
    if i - 2 < lo or toks[i - 1].text != "for" or not toks[i - 2].capitalized or not is_name_token(toks[i - 2]):
        return None
    r = max(lo, _name_run_back(toks, i - 2))
    if r - 2 < lo or i - 1 - r > 3 or not toks[r - 1].text.islower() or toks[r - 1].word not in BODY_OR_CAMPAIGN_KINDS \
            or gender_of(toks[r].text) is not None or toks[r].word in HONORIFICS:
        return None
    d = r - 2
    while d > lo and r - d <= SET_OFF_KIND_WORDS and toks[d].text.isalpha() and toks[d].text.islower() \
            and toks[d].word not in ("the", "a", "an"):
        d -= 1
    if toks[d].word not in ("the", "a", "an"):
        return None
    s_, e_ = toks[r].start, toks[k].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[r:k + 1]), "organisation")


def _epithet_name_acting(toks: list[Token], d: int, k: int) -> int | None:
    """Where the name ends in a description ``toks[d..k]`` that is "the", a lower-case noun of a person
    and a capitalised name, then a lower-case verb in the past with a particle and up to two words more
    (‘the rapper K-Lowe pulled out’, ‘the singer Tom Vale walked off stage’): the description is the
    name's epithet, what follows their act; else None (never ‘An investigator Patel hired’, review rv15).

    >>> toks = tokenize("the rapper K-Lowe pulled out citing"); _epithet_name_acting(toks, 0, 4)
    2
    >>> toks = tokenize("a spokesperson for the Home Office based in London"); _epithet_name_acting(toks, 0, 8) is None
    True
    >>> toks = tokenize("An investigator Patel hired said"); _epithet_name_acting(toks, 0, 3) is None
    True
    """
    if toks[d].word != "the" or d + 3 > k or not toks[d + 1].text.islower() \
            or toks[d + 1].word not in DESCRIPTION_NOUNS or not is_name_token(toks[d + 2]):
        return None
    e = d + 2
    while e + 1 <= k and (is_name_token(toks[e + 1]) or toks[e + 1].text == "-"):
        e += 1
    if e >= k or not is_name_token(toks[e]) or k - e > 4:
        return None
    verb = toks[e + 1]
    if not verb.text.isalpha() or not verb.text.islower() or verb.word in FUNCTION_WORDS \
            or not (verb.word.endswith("ed") or verb.word in SCENE_IRREGULAR_PASTS):
        return None
    if e + 2 > k or toks[e + 2].word not in ACT_PARTICLES:
        return None  # (a verb with its object gone is a clause on the one described: ‘An investigator Patel
        # hired said’, ‘the doctor Reyes consulted said’ are the investigator's and the doctor's; review rv15)
    return e


def _participle_phrase_back(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of a subject described by a participle and its phrase in lower case that end at
    ``toks[k]``: a noun of people opening the clause (with "a", "an", "the", "one" or "another"
    and lower-case words before it), a participle right after it and up to eight lower-case words
    after that. (A plural alone is left to the rules of people described: ‘Protesters marching
    through the streets chanted’ are the protesters.)

    >>> t = tokenize("A woman clutching a plastic bag of clothes")
    >>> _participle_phrase_back(t, len(t) - 1, 0)
    0
    >>> t = tokenize("Back home, an elder sitting in the shade of a manyatta")
    >>> _participle_phrase_back(t, len(t) - 1, 0)
    3
    >>> t = tokenize("The report, citing data from the ministry")  # (a thing, no one)
    >>> _participle_phrase_back(t, len(t) - 1, 0) is None
    True
    """
    for p in range(k - 1, max(lo, k - 9) - 1, -1):
        t = toks[p]
        if not t.text.islower() or not (t.text.replace("-", "").replace("’", "").replace("'", "").isalpha()):
            return None  # (a comma, a name or a number ends the phrase: no reading across them)
        if not (t.word.endswith("ing") and len(t.word) > 4 and t.word not in DESCRIPTION_NOUNS and t.word not in ING_PREPOSITIONS):
            continue
        n = p - 1
        if n < lo or toks[n].word not in DESCRIPTION_NOUNS or toks[n].word in THING_NOUNS:
            return None
        s = next((s for s in range(n, max(lo, n - 4) - 1, -1) if toks[s].word in ("a", "an", "the", "one", "another")), None)
        if s is None or not all(x.text.islower() for x in toks[s + 1:n]):
            return None
        if s > lo and toks[s - 1].text not in (",", ";", ":", "—") and toks[s - 1].word not in ("and", "but"):
            return None  # (the clause's own start only: never the object of a verb before it)
        return s
    return None


#: Prepositions of place whose object is a place, in a subject described before them ("standing
#: outside City Hall", "strung across Main Street").
PLACE_OBJECT_PREPOSITIONS = frozenset("outside inside near across along down past through behind beside opposite beneath "
                                      "under over into onto".split())


#: Kinds of bodies written before a body's name ("of brokerage Teranga Capital", "at consultancy X").
#: Words of a campaign's or a lobby's kind before its name (‘the campaign group Save Our Kirks’).
CAMPAIGN_WORDS = frozenset("campaign pressure lobby advocacy activist protest residents residents’ residents' union trade".split())

BODY_KINDS = frozenset("""
brokerage consultancy firm bank agency group company startup lender insurer charity university college
hospital broker fund investor retailer carmaker developer publisher label studio network think-tank
newspaper newsletter magazine tabloid broadsheet daily weekly journal website outlet broadcaster channel
""".split())  # (and an outlet's: ‘a reporter from the trade newsletter Orbit Weekly’, ‘the tabloid Blick’)
BODY_OR_CAMPAIGN_KINDS = BODY_KINDS | CAMPAIGN_WORDS


#: The styles of clergy and nobles, written after "the" ("the Reverend X", "the Rt Hon X"): a
#: person's, never a body's name. ("Right", "Very", "Most" are styles only before another:
#: "the Right Reverend", never "the Right Livelihood Foundation".)
STYLES = frozenset("reverend rev revd rt hon honourable honorable venerable".split())
STYLE_LEADS = frozenset("right very most".split())


def _style_at(toks: list[Token], i: int) -> bool:
    """A style opens at ``toks[i]``: "Reverend", "Rt Hon", "Right Reverend"."""
    w = toks[i].word
    return w in STYLES or (w in STYLE_LEADS and i + 1 < len(toks) and toks[i + 1].word in STYLES)


#: A lawyer's trades before a name set off (‘civil rights lawyer Ben Harlow’): one of the lawyers.
LEGAL_TRADES = frozenset("lawyer attorney barrister solicitor counsel advocate".split())

#: Letters after a lawyer's name (‘Mark Stephens KC’).
LEGAL_POST_NOMINALS = frozenset("KC QC SC Esq".split())  # (a barrister's or an attorney's: one of the lawyers)


def _plural_for_one(toks: list[Token], i: int, k: int) -> bool:
    """``toks[i..k]`` is people for one person ("Defence lawyers for the former mayor",
    "attorneys for the company's founder"): a name set off after it is that one's, never theirs.

    >>> t = tokenize("Defence lawyers for the former mayor"); _plural_for_one(t, 0, len(t) - 1)
    True
    >>> t = tokenize("A spokesman for the ministry"); _plural_for_one(t, 0, len(t) - 1)
    False
    """
    p = next((p for p in range(i + 1, k) if toks[p].word in ("for", "of", "to")), None)
    many = toks[p - 1].word if p is not None else ""
    if not (_role_plural(many) or (many in DESCRIPTION_NOUNS and many.endswith("s"))) \
            or toks[k].word not in DESCRIPTION_NOUNS or toks[k].word.endswith("s"):
        return False
    return all(x.text.islower() or is_possessive(x) for x in toks[p:k + 1])


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


#: Titles of two or more people, abbreviated (‘Sens. Mark Lowe and Ann Tate’, ‘Messrs. Hale and Ortiz’).
PLURAL_TITLES = frozenset("sens reps drs profs govs gens messrs mmes".split())


def _name_pair_before(toks: list[Token], i: int, lo: int) -> int | None:
    """Where a name joined by "and" to the name at ``toks[i]`` starts ("Kemal Aydin and Selin Kaya"),
    if one is."""
    if i - 2 < lo or toks[i - 1].word != "and" or not is_name_token(toks[i - 2]) or is_possessive(toks[i - 2]):
        return None
    start = _name_run_back(toks, i - 2)
    if start - 1 >= lo and (toks[start - 1].word in NAME_HOLDERS or is_possessive(toks[start - 1])):
        return None  # ("a spokesman for Aydin and Kaya": the spokesman's)
    return start


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


def _body_word_glued(toks: list[Token], office: Mention) -> bool:
    """Whether the body's last word before the holder's name found after an office "of the" body reads as
    part of that name (split_title keeps it: ‘Chancellor of the Duchy of Lancaster Pat McFadden’, ‘Professor
    of the History of Art Helen Pryce’, ‘… of Nigeria Olayemi Cardoso’): the name the article's cast holds is
    then the glued one, so the office's holder is left unread (guard, review rv62b).

    >>> t = "Governor of the Duchy of Lancaster Pat McFadden said"; toks = tokenize(t)
    >>> _body_word_glued(toks, Mention(toks[6].start, toks[7].end, "Pat McFadden", "name", None))
    True
    >>> t = "Governor of the Bank of England Andrew Bailey said"; toks = tokenize(t)
    >>> _body_word_glued(toks, Mention(toks[6].start, toks[7].end, "Andrew Bailey", "name", None))
    False
    """
    a = next((n for n, x in enumerate(toks) if x.start == office.start), None)
    if a is None or a == 0:
        return False
    s = a
    while s - 1 >= 0 and toks[s - 1].capitalized:
        s -= 1  # (the body's capitalised words back to its last "of": ‘Modern Art’ of ‘Museum of Modern Art’)
    words = office.text.split()
    if s == a - 1 and toks[s].word in ONE_WORD_PLACES and gender_of(words[0]) is not None:
        return False  # (a place the lists know before a given name they know: the cast parts them, ‘… of Kuwait Fahad
        # Nasser Al Mutairi’)
    return list(split_title([x.text for x in toks[s:a]] + words)[1]) != words


def _office_alone(toks: list[Token], person: tuple) -> bool:
    """Whether a person read before "of" a body is a capitalised office word, with the words that rank it,
    and no name (‘Undersecretary’ of ‘Undersecretary of the Ministry of Labour …’, ‘Deputy Governor’), never a
    name (‘Morgan’).

    >>> _office_alone(tokenize("Undersecretary of the Ministry"), (0, 0, None, ["Undersecretary"]))
    True
    >>> _office_alone(tokenize("Morgan of the Sierra Club"), (0, 0, None, ["Morgan"]))
    False
    >>> _office_alone(tokenize("Deputy Governor of the Bank"), (0, 1, "Deputy", ["Governor"]))
    True
    """
    pi, pk, _, pname = person
    return len(pname) == 1 and all(x.capitalized and (x.word in ROLE_NOUNS or x.word in OFFICE_RANK_WORDS)
                                   for x in toks[pi:pk + 1])


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


def _holder_of_pair(toks: list[Token], i: int, lo: int) -> int | None:
    """Start of a description whose object is two names joined by "and" ending at ``toks[i]``: a
    bloc's chair or spokesman speaks, never the pair nor its last name (‘The chair of the G77 and
    China said’, ‘A spokeswoman for Kiribati and Tuvalu said’, a list too: ‘the foreign ministers of
    Brazil, India and South Africa said’); None for the pair alone (‘Kemal Aydin
    and Selin Kaya said’) and after a name (‘Jo Hart of Acme and Co said’ is left to the name's rules).

    >>> toks = tokenize("The chair of the G77 and China said")
    >>> _holder_of_pair(toks, 6, 0)
    0
    >>> _holder_of_pair(tokenize("Kemal Aydin and Selin Kaya said"), 4, 0) is None
    True
    """
    if i - 2 < lo or toks[i - 1].word != "and" or not is_name_token(toks[i - 2]) or is_possessive(toks[i - 2]):
        return None
    o = _name_run_back(toks, i - 2) - 1
    while o - 1 >= lo and toks[o].text == "," and is_name_token(toks[o - 1]) and not is_possessive(toks[o - 1]):
        o = _name_run_back(toks, o - 1) - 1  # (a list of names: ‘the foreign ministers of Brazil, India and South Africa’)
    if o >= lo and toks[o].word == "the":
        o -= 1
    if o - 1 < lo or toks[o].word not in ("of", "for", "from") or not toks[o].text.islower() \
            or toks[o - 1].word in DOCUMENT_NOUNS \
            or not (toks[o - 1].word in DESCRIPTION_NOUNS and (toks[o - 1].text.islower() or _plural_noun_capital(toks[o - 1]))):
        return None  # (a plural that opens the sentence: ‘Officials from Chad, Niger and Mali said’; never a
        # document's: ‘a letter from Warren and Sanders’ is left to the rules of documents)
    return _description_back(toks, o - 1, lo)


#: What may stand before a word that opens a sentence or a clause of its own (punctuation; not
#: :data:`quotesearch.speakers.SENTENCE_OPENERS`, the words that open one).
SENTENCE_BREAKS = frozenset('.!?:;"“”‘’\'—')


def _plural_noun_capital(t: Token) -> bool:
    """A plural noun of people capitalised only because it opens a sentence ("Aides", "Economists")."""
    return t.word in DESCRIPTION_NOUNS and t.word.endswith("s") and t.word not in PARTY_WORDS and t.word not in SURNAME_PLURALS


#: Words that count people: "Thousands of protesters", "dozens of supporters".
QUANTITY_WORDS = frozenset("thousands hundreds dozens scores millions tens hundred thousand dozen".split())


def _role_plural(word: str) -> bool:
    """The plural of a role noun ("researchers", "analysts"): people described."""
    return word.endswith("s") and word[:-1] in ROLE_NOUNS and word not in PARTY_WORDS


def person_of_trade_before(toks: list[Token], h: int, text: str) -> Mention | None:
    """A description opening its sentence whose head at ``toks[h]`` is a trade no list holds, set
    off before "who" (‘One rival printer, who asked not to be named,’, ‘A retired welder, who …’):
    the relative "who" makes it a person (the caller checks the "who")."""
    if h < 1 or not toks[h].text.islower() or toks[h].word.endswith("s"):
        return None
    d = _trade_before(toks, h, 0)
    if d is None and (toks[h - 1].word in ("one", "another") or (
            h >= 2 and toks[h - 2].word in ("one", "another") and toks[h - 1].text.isalpha() and toks[h - 1].text.islower()
            and toks[h - 1].word not in FUNCTION_WORDS)):
        d = h - 1 if toks[h - 1].word in ("one", "another") else h - 2
        if d > 0 and toks[d - 1].text not in ".!?:;”\"":
            return None
    return _description(toks, d, h, text, lower_first=True) if d is not None else None


def _trade_before(toks: list[Token], h: int, lo: int) -> int | None:
    """Where a description opening its sentence starts, whose head at ``toks[h]`` is a noun in
    lower case no list holds, after "the", "a" or "an" and at most one word more ("The hairdresser",
    "a retired welder"): a person's trade, never a verb's participle or an adverb.

    >>> toks = tokenize("The hairdresser from Bolton said"); _trade_before(toks, 1, 0)
    0
    >>> toks = tokenize("Flooding in Bolton said"), tokenize("Then the rain in Bolton stopped")
    >>> _trade_before(toks[0], 0, 0), _trade_before(toks[1], 2, 0)
    (None, None)
    """
    head = toks[h] if h >= lo else None
    if head is None or not head.text.replace("-", "").isalpha() or not head.text.islower() or head.word in FUNCTION_WORDS \
            or head.word.endswith(("ed", "ing", "ly")) or head.word in WEATHER_NOUNS:
        return None  # (a compound too: ‘A mother-of-three from Wigan’)
    for d in (h - 1, h - 2):
        if d >= lo and toks[d].word in ("the", "a", "an") and (d == lo or toks[d - 1].text in ".!?:;”\"" or (
                toks[d - 1].word in ("but", "and", "yet") and (d - 1 == lo or toks[d - 2].text in ".!?:;”\""))) \
                and all(x.text.replace("-", "").isalnum() and x.text.islower() and x.word not in FUNCTION_WORDS
                        for x in toks[d + 1:h]):  # (and an age: ‘The 54-year-old hairdresser from Bolton’)
            return d
    return None


#: Nouns of weather and events, never a trade (‘the rain in Bolton’, ‘the flooding in Leeds’).
WEATHER_NOUNS = wordset("rain snow storm flood flooding fire wind heat match game race crash blast weather")


#: Most capitalised words of the people a cause's body is named for (‘Concerned Citizens for …’).
CAUSE_PEOPLE_WORDS = 2


def _people_plural(low: str) -> bool:
    """A lower-case plural of people: of a role or description (‘doctors’), a nation or a state
    (‘americans’, ‘kansans’), or :data:`CAUSE_PEOPLE_NOUNS` (‘youth’, ‘citizens’); never a surname
    (‘davies’, ‘collins’)."""
    one = low[:-1]
    return low in CAUSE_PEOPLE_NOUNS or one in DESCRIPTION_NOUNS or one in DEMONYMS or one in STATE_DEMONYMS \
        or one in NATIONALITY_NOUNS


def cause_name_end(toks: list[Token], rs: int, k: int) -> int | None:
    """The index of the last word of a body named for its people and their cause, whose people's
    capitalised plural ``toks[rs:k]`` comes before "for", "against" or "without" at ``k`` and the cause's
    capitalised words after it (‘Americans for Prosperity’, ‘Kansans for Fair Schools’, ‘Mothers Against
    Drunk Driving’, ‘Doctors Without Borders’, ‘Citizens for Responsibility and Ethics in Washington’);
    else None.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("Americans for Prosperity said"); cause_name_end(toks, 0, 1)
    2
    >>> toks = tokenize("Smith for Congress said"); cause_name_end(toks, 0, 1) is None
    True
    >>> toks = tokenize("Attorneys for Clinton said"); cause_name_end(toks, 0, 1) is None
    True
    >>> toks = tokenize("Ben Davies for Wales said"); cause_name_end(toks, 0, 2) is None
    True
    >>> toks = tokenize("Twin Cities Youth for Gun Reform said"); cause_name_end(toks, 0, 3)
    5
    >>> toks = tokenize("Mary Ellen Hughes for Senate said"); cause_name_end(toks, 0, 3) is None
    True
    """
    n = len(toks)
    w = toks[k - 1].text
    people = w.lower() in CAUSE_PEOPLE_NOUNS  # (‘Youth’, ‘Women’, ‘Moms’; a place may come first: ‘Twin Cities Youth’)
    if toks[k].word not in ("for", "against", "without") or k + 1 >= n or not is_name_token(toks[k + 1]) \
            or k - rs > CAUSE_PEOPLE_WORDS + people or not w.isalpha() \
            or (not people and (len(w) < 5 or not w.endswith("s") or w.endswith("ss"))) \
            or not all(x.capitalized for x in toks[rs:k]) or toks[k + 1].word in NOT_NAMES:
        return None
    if not _people_plural(w.lower()) or (k - rs == 2 and gender_of(toks[rs].text) is not None):
        return None  # (a person for the side they speak for: ‘said Ben Davies for Wales’, ‘said Collins for
        # Ireland’: the plural must be people's, and never after a given name)
    if w.lower()[:-1] in ROLE_NOUNS and (k + 2 >= n or not is_name_token(toks[k + 2])):
        return None  # (people of a trade for one client are no body: ‘Attorneys for Clinton said’; ‘Physicians
        # for Human Rights’ is one)
    e = k + 1
    while e + 1 < n and (is_name_token(toks[e + 1]) or (
            toks[e + 1].word in ("and", "of", "the", "in", "for", "&") and toks[e + 1].text.islower()
            and e + 2 < n and is_name_token(toks[e + 2]))):
        e += 1 if is_name_token(toks[e + 1]) else 2
    return e


#: Possessives of a state or a government before one of its departments (‘its information ministry’).
BODY_OWNER_PRONOUNS = frozenset("its their".split())


#: Words that open a relative clause inside a description, whose time is the clause's: the
#: :data:`RELATIVES` and "that".
#:
#: >>> sorted(DESCRIPTION_RELATIVES)
#: ['that', 'which', 'who', 'whom', 'whose']
DESCRIPTION_RELATIVES = RELATIVES | wordset("that")


def _time_tail_start(m: Mention, text: str) -> int | None:
    """Where a time set after a description's head starts, when it ends the description
    (:data:`RE_DESCRIPTION_TIME_TAIL`): ‘One reviewer| in 2004’; else None.

    >>> t = "One reviewer in 2004 described it"
    >>> _time_tail_start(Mention(0, 20, t[:20], "description"), t)
    12
    >>> _time_tail_start(Mention(0, 12, t[:12], "description"), t) is None
    True
    """
    if any(w in DESCRIPTION_RELATIVES for w in m.text.lower().split()):
        return None  # (a clause's time is the clause's: ‘a caseworker who was assigned to the family in 2021’)
    for at in range(m.start + 1, m.end):
        if text[at] == " " and (tail := RE_DESCRIPTION_TIME_TAIL.match(text, at)) is not None and tail.end() == m.end:
            return at
    return None


#: Words of place or size that may stand between "a" and a name of a kind (‘a northern Manitoba First
#: Nation’, ‘a small Ontario township’).
#:
#: >>> "northern" in KIND_NAME_ADJECTIVES, "the" in KIND_NAME_ADJECTIVES
#: (True, False)
KIND_NAME_ADJECTIVES = wordset("""
northern southern eastern western northeastern northwestern southeastern southwestern central remote rural
small tiny large big local nearby neighbouring neighboring coastal isolated
""")


def _holder_of_a_named_kind(toks: list[Token], i: int, lo: int) -> int | None:
    """Where "the" opens an office held "of a" body or place whose name starts at ``toks[i]`` (‘The chief
    of a northern Manitoba First Nation’, ‘the mayor of a small Ontario town’): "a" makes the name one of
    a kind, never the speaker; the office's holder speaks. None unless that shape."""
    a = i - 1
    while a >= lo and i - a <= 2 and toks[a].word in KIND_NAME_ADJECTIVES and toks[a].text.islower():
        a -= 1
    if a - 3 < lo or toks[a].word not in ("a", "an") or not toks[a].text.islower() or toks[a - 1].word != "of" \
            or toks[a - 2].word not in ROLE_NOUNS or toks[a - 3].word not in ("the", "a", "an"):
        return None
    return a - 3


def _description(toks, i, k, text, lower_first: bool = False) -> Mention:
    """The description ``toks[i..k]``; ``lower_first``: its first word in lower case, a capital
    it had only for opening the sentence ("Economists at Capital Economics")."""
    if i < k and toks[i].word in BODY_OWNER_PRONOUNS and toks[k].word in MINISTRY_WORDS and toks[k].text.islower():
        i += 1  # a government's department, whose "its" is the state's, no part of its name: ‘its
        # information ministry said’ is the information ministry (never a person's: "its governor")
    s, e = toks[i].start, toks[k].end
    desc = text[s:e] if text else " ".join(t.text for t in toks[i:k + 1])
    if lower_first and sum(c.isupper() for c in toks[i].text) < 2:  # (never "MPs": an acronym keeps its capitals)
        desc = toks[i].word + desc[len(toks[i].text):]
    return Mention(s, e, desc, "description")


def _noun_before_role(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is a noun of a compound before a person's role, never a verb after a
    head noun: ‘An airline operations executive’, ‘a bank compliance officer’ (never ‘the president
    thanks officials’, ‘the minister told reporters’: a verb, or a plural role after it)."""
    return k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and not toks[k].word.endswith("ed") \
        and toks[k].word not in SPEECH_VERBS and toks[k].word not in CALL_VERBS and toks[k].word not in FUNCTION_WORDS \
        and toks[k + 1].text.islower() and toks[k + 1].word in ROLE_NOUNS and not toks[k + 1].word.endswith("s")


#: Words of a description that "to" may follow inside it ("a source close to the Kremlin", "an
#: adviser to the president").
TO_HEADS = frozenset("""
close adviser advisers advisor advisors ambassador ambassadors envoy envoys spokesman spokeswoman witness
consultant consultants chaplain chaplains physician doctor lawyer attorney
spokesperson aide aides counsel successor heir secretary assistant deputy next near attached
""".split()) | DOCUMENT_NOUNS  # ("a letter to platform committee members")


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


#: Prepositions of the place that tells an unnamed speaker ("somebody on the opposition benches").
PLACING_PREPOSITIONS = frozenset("in on at from near".split())


def _placed_end(toks: list[Token], j: int) -> int:
    """Where the place phrase at ``toks[j]`` ends that says where someone unnamed stood: "the" and a
    word to three, the clause's end or a verb of speech after it (‘somebody in the third row
    whispers’); ``j`` when there is none (‘someone shouted from the back’ has the verb between)."""
    if j + 2 >= len(toks) or toks[j].word not in PLACING_PREPOSITIONS or toks[j + 1].word != "the":
        return j
    e = j + 2
    while e < len(toks) and e < j + 5 and toks[e].text.isalpha() and toks[e].word not in FUNCTION_WORDS \
            and toks[e].word not in SPEECH_VERBS and toks[e].word not in AUXILIARIES:
        e += 1
    if e == j + 2 or (e < len(toks) and toks[e].text not in ",.;:!?—" and toks[e].word not in SPEECH_VERBS):
        return j
    return e


def _modified_document(toks: list[Token], j: int, k: int) -> bool:
    """The word at ``k`` is a document's noun that is also a verb of speech, after a determiner at
    ``j`` and one or two lower-case words that qualify it, with its own verb of speech or finding
    right after it: ‘…,” the forensic report found’, ‘the final report said’ (never ‘the officials
    report that …’, whose word after "report" is no verb of its own).

    >>> t = "the forensic report found"
    >>> _modified_document(tokenize(t), 0, 2), _modified_document(tokenize("the officials report that"), 0, 2)
    (True, False)
    >>> _modified_document(tokenize("According to the charge sheet, he"), 2, 4)
    True
    >>> _modified_document(tokenize("The board's own staff report found"), 0, 4)
    True
    """
    poss = int(k - j >= 3 and is_possessive(toks[j + 1]))  # (an owner's first: ‘the board's own staff report found’)
    if not (toks[k].word in DOCUMENT_NOUNS and toks[j].word in DETERMINERS and 2 <= k - j <= 3 + poss):
        return False
    sourced = j >= 2 and toks[j - 1].word == "to" and toks[j - 2].word == "according" \
        and (k + 1 == len(toks) or toks[k + 1].text in ",.;")  # (‘According to the police report, X …’,
    # whose bare noun before the document's may be a verb's form too: ‘the charge sheet’)
    return all(((x.text.replace("-", "").isalpha() and x.text.islower()) or RE_COUNTED_QUALIFIER.fullmatch(x.text))
               and (x.word not in SPEECH_VERBS or sourced) and not x.word.endswith("s") for x in toks[j + 1 + poss:k]) \
        and (sourced or (k + 1 < len(toks) and toks[k + 1].text.islower()
                         and (toks[k + 1].word in SPEECH_VERBS or toks[k + 1].word in FINDING_VERBS
                              or _author_follows(toks, k + 1))))


#: A count joined to its noun that qualifies a document (‘the 84-page report’, ‘a 12-month review’).
#:
#: >>> bool(RE_COUNTED_QUALIFIER.fullmatch("84-page")), bool(RE_COUNTED_QUALIFIER.fullmatch("1984"))
#: (True, False)
RE_COUNTED_QUALIFIER = LazyPattern(r"\d+(?:,\d{3})*(?:-\p{Ll}+)+")


def _author_follows(toks: list[Token], k: int) -> bool:
    """The document's author comes right after it, with "by" and a capitalised body or person (‘the
    84-page report by the Public Accounts Committee found’), whose words the document's are; never a
    means or a time (‘the report by Friday’ is no one's: a weekday or a month is no author).

    >>> _author_follows(tokenize("report by the Senate Finance Committee found"), 1)
    True
    >>> _author_follows(tokenize("report released by the full House committee"), 1)
    True
    >>> _author_follows(tokenize("report by the time Congress met"), 1)
    False
    >>> _author_follows(tokenize("report by Friday"), 1), _author_follows(tokenize("report by mistake"), 1)
    (False, False)
    >>> _author_follows(tokenize("report commissioned by the Mayor"), 1)
    False
    """
    if k + 2 < len(toks) and toks[k].word in AUTHORED_BY_PARTICIPLES and toks[k + 1].word == "by":
        k += 1  # (‘A staff report released by the Energy Committee concluded’)
    if k + 1 >= len(toks) or toks[k].word != "by":
        return False
    a = k + 2 if toks[k + 1].word == "the" and k + 2 < len(toks) else k + 1
    e = a
    while e < min(len(toks) - 1, a + 2) and toks[e].text.isalpha() and toks[e].text.islower() \
            and toks[e].word not in FUNCTION_WORDS and toks[e].word not in BY_TIME_NOUNS:
        e += 1  # (past a word or two that qualify the body: ‘by the full Energy and Commerce Committee’)
    return toks[e].capitalized and toks[e].word not in NOT_NAMES


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
    if len(words) != 2 or words[0] not in ("The", "the") or words[1].lower() not in STYLED_OF_PLACE_TITLES:
        return None
    place = RE_STYLED_OF_PLACE.match(text, m.end)
    if place is None:
        return None
    return Mention(m.start, place.end(), text[m.start:place.end()], "description", m.role)


#: Nouns of a parent that a count of their children may follow in a description (‘a mother of two’).
PARENT_HEADS = frozenset("mother father parent mom mum dad grandmother grandfather grandparent".split())

#: How many children a parent described has, right after the noun (‘a father of three’, ‘a mother of
#: two young children’), never a count that opens another noun (‘a father of three-year-old twins’);
#: see :func:`mention_after`'s doctest.
RE_PARENT_OF_COUNT = LazyPattern(r" of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                                 r"(?: (?:young |small |grown |teenage |adult )?(?:children|kids|sons|daughters|boys|girls))?"
                                 r"(?![\p{L}\d\-’'])")


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


def mention_after(toks: list[Token], j: int, text: str = "", subject: bool = False) -> Mention | None:
    """The speaker mention starting at token ``j``, reading forward (after an inverted cue), with a
    body's name whole where it holds a list.

    >>> t = "said a spokesperson for the Ministry of Housing, Communities and Local Government."
    >>> toks = tokenize(t); mention_after(toks, 1, text=t).text
    'a spokesperson for the Ministry of Housing, Communities and Local Government'
    >>> t = "said a father of three who declined to give his name"
    >>> mention_after(tokenize(t), 1, text=t).text
    'a father of three'
    >>> [bool(RE_PARENT_OF_COUNT.match(t)) for t in (" of three who", " of two young children,", " of 3-year-old twins")]
    [True, True, False]
    """
    if (outlet := _outlet_named_after_nation(toks, j, text)) is not None:
        return outlet  # ‘the state-run Russian daily Kommersant published an editorial’: Kommersant
    if (outlet := _state_outlet_after(toks, j, text)) is not None:
        return outlet  # a nation's own outlet: ‘“…,” said Iranian state television.’
    m = _mention_after(toks, j, text, subject)
    if m is not None and text and month_before_day(text, m):
        return None  # a date, no one named: ‘takes effect Jan. 1’
    if m is not None and m.kind == "name" and text and m.start > toks[j].start \
            and (i := next((i for i in range(j, min(len(toks), j + PARTY_RANK_WORDS + 2)) if toks[i].start == m.start), None)) is not None \
            and (member := _chamber_party_member(toks, i, m, j, text)) is not None:
        return member  # (‘said one House Republican who asked not to be named’: one of the chamber's party,
        # described, never the name "House Republican")
    if m is not None and text and (named := _name_after_lower_office(m)) is not None:
        return named  # (‘said clerk of the course Marian Fitzgerald’: the name, the office its role)
    if m is not None and text and (described := _named_kind_of_one(m, toks, j, text)) is not None:
        return described  # (‘said an American League scout’: never "American League")
    if m is not None and m.kind in ("name", "description") and (" " not in m.text or m.text[:1].isupper()) \
            and (office := _office_in_body_after(toks, j, text)) is not None and office.start >= m.end:
        return office  # (‘said Minister in the Presidency Thabo Nkosi’: never the office's first words,
        # ‘said Parliamentary Secretary to the Minister for Finance Mary Ryan’)
    if m is not None and text and (envoy := _name_after_envoy_remit(m, text)) is not None:
        return envoy  # (‘said Kazakh Ambassador to China Yerlan Abenov’)
    if m is not None and text and (member := _member_for_seat_then_name(toks, j, m, text)) is not None:
        return member  # (‘Independent MP for Kooringal Helen Tsakalos was unimpressed:’, never "MP")
    if m is not None and text and (described := _surnamed_description(m, text)) is not None:
        return described  # (‘said a retiree surnamed Chow’)
    if (unit := _numbered_unit(m, text)) is not None:
        return unit  # ‘said SEIU Local 1199, which represents …’
    if m is not None and text and (agent := _agent_of_named_body(m, text)) is not None:
        return agent
    if m is not None and text and m.kind == "description" and m.text[:4].lower() == "one " and RE_ONE_OF.match(m.text) \
            and (clause := RE_ONE_OF_WHO_CLAUSE.match(text, m.end)) is not None:
        # one of a group the clause after it says (‘said one of the parents who attended the meeting.’), as
        # a described speaker whole: the group is the clause's, as one described before the verb keeps it
        return Mention(m.start, clause.end(), text[m.start:clause.end()], "description", m.role)
    if m is not None and text and m.kind == "description" and m.text.rsplit(" ", 1)[-1].lower() in PARENT_HEADS \
            and (count := RE_PARENT_OF_COUNT.match(text, m.end)) is not None:
        return Mention(m.start, count.end(), text[m.start:count.end()], "description", m.role)  # (a parent
        # described by how many children they have, whole: ‘A father of three who declined to give his name
        # said’ is "a father of three", never "a father")
    if m is not None and text and m.kind != "pronoun" and (body := _to_remit_after(m, text)) is not None:
        return body  # (‘said the Committee to Protect Journalists’, never "the Committee")
    if m is not None and text and (styled := _styled_of_place(m, text)) is not None:
        return styled  # (‘The Bishop of Wrexford, speaking …, reminded’: never "The Bishop")
    if m is not None and text and m.kind == "description" and (placed := _described_before_as_clause(m, text)) is not None:
        return placed  # (‘shouted a fan in a red scarf as police looked on’: the fan)
    if m is not None and text and m.kind == "description" and _lower_remit_named(m.text) \
            and RE_LOWER_REMIT_END.search(m.text) is not None \
            and (joined := RE_LOWER_REMIT_AND.match(text, m.end)) is not None:
        return Mention(m.start, joined.end(1), text[m.start:joined.end(1)], m.kind, m.role)  # (the whole
        # remit written in lower case: ‘The ministry of environment and energy said’)
    if m is None or not text or m.kind == "pronoun" or not _ends_in_body_of(m.text):
        return m
    tail = RE_BODY_LIST_TAIL.match(text, m.end)
    if tail is None or any(gender_of(w) for w in tail.group().replace(",", " ").split()):
        return m
    return Mention(m.start, tail.end(), text[m.start:tail.end()], m.kind, m.role)


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


#: The subject and verb of a clause of time after "as", from the clause's subject on (‘ as police looked
#: on’, ‘ as the crowd cheered’): the verb right after the description read forward.
#:
#: >>> RE_AS_CLAUSE_VERB.match(" looked on.", 0) is not None, RE_AS_CLAUSE_VERB.match(" Mama Mboga.", 0) is None
#: (True, True)
RE_AS_CLAUSE_VERB = LazyPattern(r" (?:\p{Ll}{2,}ed|were|was|stood|ran|fought|watched|sang|began|went)(?![\p{L}\-])")

#: Words before "as" that make it part of the description (‘a woman known as Mama Mboga’, ‘a man
#: such as …’), never a clause of time.
AS_IN_DESCRIPTION = frozenset("known such same described identified listed named registered employed working".split())


def _described_before_as_clause(m: Mention, text: str) -> Mention | None:
    """A description read forward that ran on into a clause of time after "as" (‘shouted a fan in a
    red scarf as police looked on’): the description up to "as", when a verb follows the run
    (never ‘a woman known as Mama Mboga’).

    >>> t = "shouted a fan in a red scarf as police looked on."
    >>> _described_before_as_clause(Mention(8, 38, "a fan in a red scarf as police", "description"), t).text
    'a fan in a red scarf'
    """
    cut = m.text.find(" as ")
    if cut <= 0 or RE_AS_CLAUSE_VERB.match(text, m.end) is None:
        return None
    before = m.text[:cut].split()
    if len(before) < 2 or before[-1].lower() in AS_IN_DESCRIPTION:
        return None
    return Mention(m.start, m.start + cut, m.text[:cut], "description", m.role)


#: One of a group, read forward: ‘one of the parents’, ‘one of about 40 volunteers’.
RE_ONE_OF = LazyPattern(r"(?i:one) of (?:the |about |some |those |\d+ |\p{Ll}+ ){0,3}\p{Ll}+s$")

#: A short relative clause right after "one of" a group, ending its sentence, that tells which group
#: (‘ who attended the meeting.’); never one that only keeps a name back (‘ who asked not to be named’).
RE_ONE_OF_WHO_CLAUSE = LazyPattern(r" who (?!(?:[^.,;:!?“”\"]*? )?(?:asked|declined|requested|spoke|named|identified|anonymity|wished)\b)"
                                     r"[^.,;:!?“”\"\n]{3,80}?(?=[.!?](?:\s|$)|$)")

#: The rest of a list inside a body's name, after its first item (‘, Communities and Local
#: Government’, ‘ and the Prevention of Vice’), up to the end of its clause.
RE_BODY_LIST_TAIL = LazyPattern(r"(?:, \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)*(?:,? (?:and|&) \p{Lu}[\p{L}\-]*"
                                  r"|(?:,? and) the \p{Lu}[\p{L}\-]* (?:of|for) )(?: ?(?:of |for |the )?\p{Lu}[\p{L}\-]*)*(?=[.,;:!?]|$)")


def _bare_description(toks: list[Token], j: int) -> bool:
    """A headline's speaker with no article: one or two words in lower case before a noun of people
    that ends the phrase (‘…’, says former nurse’, ‘says fund manager’, ‘warns retired judge’)."""
    n = len(toks)
    for h in range(j + 1, min(n, j + 3)):
        x = toks[h]
        if x.word in DESCRIPTION_NOUNS and x.text.islower() and x.word not in THING_NOUNS and (
                h + 1 == n or toks[h + 1].text in ",.;:—–)" or toks[h + 1].word in ("in", "at", "from", "of", "on")):
            return all(y.text.isalpha() and y.text.islower() and y.word not in FUNCTION_WORDS and y.word not in AUXILIARIES
                       and y.word not in SPEECH_VERBS and y.word not in DESCRIPTION_NOUNS for y in toks[j:h])
    return False


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


#: How many tokens the group after "one of" may run before the comma that sets off who the one is
#: (‘one of the two men charged in the case,’).
ONE_OF_GROUP_REACH = 8

#: Words after a description of one person that end it: its clause (‘who spoke on condition of
#: anonymity’) or where the one is from (‘a nurse from Cork’, ‘a trader at the market’).
DESCRIPTION_END_WORDS = frozenset("who whose from at in with on".split())


def _one_of_set_off_description(toks: list[Token], j: int, text: str = "") -> Mention | None:
    """"One of" a group, then, set off by a comma, an indefinite description of that one: the
    description, the group its role (‘…,” said one of them, a veteran nurse who asked not to be
    named’, ‘said one of the residents, a retired teacher’). None when no noun of a person ends it
    within a few words in lower case (the name set off is read elsewhere: ‘one of the two men, Derek Hale’).

    >>> t = "said one of them, a ward sister who asked not to be named."
    >>> m = _one_of_set_off_description(tokenize(t), 1, t); (m.text, m.role)
    ('a ward sister', 'one of them')
    >>> t = "said one of them, a lot of the time."
    >>> _one_of_set_off_description(tokenize(t), 1, t) is None
    True
    """
    n = len(toks)
    if not (toks[j].word == "one" and j + 2 < n and toks[j + 1].word == "of"):
        return None
    c = next((c for c in range(j + 2, min(n, j + 2 + ONE_OF_GROUP_REACH)) if toks[c].text in ",.;:!?—–()"), None)
    if c is None or toks[c].text != "," or c + 2 >= n or toks[c + 1].text not in ("a", "an"):
        return None
    for h in range(c + 2, min(n, c + 6)):
        x = toks[h]
        if not (x.text.isalpha() and x.text.islower()) or x.word in FUNCTION_WORDS:
            return None  # (never a name, a number or a clause: ‘one of them, a Mr. Lee’, ‘a lot of the time’)
        if x.word in DESCRIPTION_NOUNS and x.word not in THING_NOUNS and (
                h + 1 == n or toks[h + 1].text in ",.;:—–)" or toks[h + 1].word in DESCRIPTION_END_WORDS):
            s, e = toks[c + 1].start, x.end
            return Mention(s, e, text[s:e] if text else " ".join(y.text for y in toks[c + 1:h + 1]), "description",
                           text[toks[j].start:toks[c - 1].end] if text else " ".join(y.text for y in toks[j:c]))
    return None


def _description_phrase_end(toks: list[Token], j: int, text: str) -> int:
    """Where a description read forward from ``toks[j]`` stops before its cuts: at a stop, a verb, a time
    or a setting (‘said the company [in a statement]’, ‘A federal judge [on Monday blocked]’)."""
    n = len(toks)
    k = j
    while k + 1 < n and toks[k + 1].text not in ",.;:—(" and (k - j < 8 or (
            # (or on through what a source knows of, to its own noun: ‘A person familiar with the company’s
            # discussions with its lenders said’)
            k - j < DESCRIPTION_KNOWING_WORDS and toks[j + 2].word in ("familiar", "close", "briefed")
            and toks[k + 1].text.islower()) or (
            # (or on through a body's long name: "a spokesman for the Royal Society for the Protection of Birds")
            k - j < 16 and (toks[k].capitalized or toks[k].word in NAME_JOINERS or toks[k].word == "the")
            and (toks[k + 1].capitalized or toks[k + 1].word in NAME_JOINERS or toks[k + 1].word == "the")) or (
            # (or on from a body's long name to the unit of it it owns: ‘a senior official of the Thane Municipal
            # Corporation's town planning department’)
            k - j < 16 and _owned_unit_ahead(toks, j, k))) and (
            # the object of "of" is never a verb: "the former secretary of state"
            (toks[k].word == "of" and toks[k + 1].text[:1].isalpha())
            or (toks[k + 1].word not in DESCRIPTION_STOP and toks[k + 1].word not in NOT_IN_DESCRIPTION)
            or _demonstrative_object(toks, k + 1)  # (‘a person familiar with that conversation, who’)
            or _compound_and(toks, k + 1)  # (‘one engineer on the trust and safety team, who’)
            or (toks[k].word == "and" and _compound_and(toks, k))  # (its second word: ‘the police and fire department’)
            or ((toks[k + 1].word in CALL_VERBS or toks[k + 1].word in SPEECH_VERBS) and toks[k + 1].word[-1:] not in "ds"
                and not toks[k + 1].word.endswith("ing") and toks[k].text.islower() and toks[k].word not in FUNCTION_WORDS
                and toks[k].word not in DESCRIPTION_NOUNS and (k + 2 >= n or toks[k + 2].text in ",.;"))
            # (a verb's bare form as the noun ending the phrase: "a senior executive at one major label,")
            or (toks[k + 1].word == "and" and toks[k].capitalized and k + 2 < n and toks[k + 2].capitalized
                and (k + 3 >= n or not toks[k + 3].text.isalpha() or toks[k + 3].capitalized)  # (the name's end,
                # never "… Veterans Affairs and Senate investigators promised")
                and (_department_of(toks, max(j, k - 5), k) or _ruling_body_remit(toks, max(j, k - 6), k)
                     or _body_head_after_and(toks, k + 1)))
            or ((k == j or (k == j + 1 and toks[j].word in DETERMINERS and is_possessive(toks[k]) and toks[k].text.islower()))
                and toks[k + 1].word in DOCUMENT_NOUNS and toks[k + 1].text.islower())  # ("the report", "the bank's report")
            or _modified_document(toks, j, k + 1)  # ("the forensic report found")
            or (k == j and k + 2 < n and _modified_document(toks, j, k + 2))  # ("according to the charge sheet,")
            or _state_before_role(toks, k + 1)  # (an adjective: "the former state senator")
            or _state_before_body(toks, k + 1)  # (and before a body: "an official from the state water board")
            or (toks[k + 1].word == "state" and _nation_state(toks, j, k + 1))):  # (a nation: "from a member state")
        if toks[k].word in DESCRIPTION_NOUNS and toks[k + 1].word not in PREPOSITIONS \
                and toks[k + 1].word not in DESCRIPTION_NOUNS and not toks[k + 1].capitalized \
                and not (toks[k].word in DOCUMENT_ADJUNCT_NOUNS and toks[k + 1].word in DOCUMENT_NOUNS) \
                and not _noun_before_role(toks, k + 1) \
                and not (is_possessive(toks[k + 1]) and toks[k + 1].word[:-2] in ROLE_NOUNS) \
                and not (toks[k + 1].word == "state" and _nation_state(toks, j, k + 1)) \
                and not _compound_and(toks, k + 1) \
                and toks[k + 1].word not in BODY_SEAT_NOUNS:  # ("a member state"; ‘the trust and safety team’;
            # ‘a police source at the command headquarters’)
            break  # after its head noun only a preposition goes on: "the president left …" (but
            # "official" is an adjective before a document: "The official inquiry found", and "staff" a noun
            # that qualifies one: "A staff report by the committee found"; and an office
            # of two words goes on to its owner's: ‘a source close to the deputy minister’s office’)
        if toks[k + 1].word == "to" and toks[k].word not in TO_HEADS:
            break  # "to" goes on only a few heads ("close to", "adviser to"): never "a man to five months' probation"
        if k > j and toks[k].word not in PREPOSITIONS and toks[k].word not in DETERMINERS \
                and toks[k + 1].text.islower() and not toks[k].word.endswith("ly") and (
                (len(toks[k + 1].word) > 3 and toks[k + 1].word.endswith("ed")) or toks[k + 1].word in IRREGULAR_PAST) \
                and not (toks[k].word not in DESCRIPTION_NOUNS and any(
                    x.word in ROLE_NOUNS and x.text.islower() for x in toks[k + 2:k + 4])) \
                and not (is_possessive(toks[k]) and any(x.word in DESCRIPTION_NOUNS for x in toks[k + 2:k + 4])):
            break  # nor a verb after a noun of it: "the former secretary of state talked about …",
            # "a woman at one of the rallies used …"
        if k + 2 < n and toks[k + 1].word in PREPOSITIONS and (toks[k + 2].word in NOT_NAMES or (
                toks[k + 2].word in TIME_WORDS and toks[k + 2].word not in DETERMINERS)):
            break  # a time is no part of it: "A federal judge on Monday blocked …"
        if text and RE_DESCRIPTION_TIME_TAIL.match(text, toks[k].end) \
                and not any(x.word in DESCRIPTION_RELATIVES for x in toks[j:k + 1]):
            break  # nor a time set after it: ‘A board member at the time, who …’, ‘One reviewer in 2004 described’
        if toks[k + 1].word in SETTING_PREPOSITIONS and any(
                x.word in SETTING_NOUNS or (x.word in PLATFORM_NOUNS and toks[k + 1].word in ("on", "via"))
                for x in toks[k + 2: k + 5]):
            break  # nor where or how it was said: "said the company in a statement"
        k += 1
    return k


#: Most lower-case words between a body's possessive name and the noun of the unit it owns (‘the
#: Corporation's town planning department’, ‘the ministry's water supply and sanitation wing’).
OWNED_UNIT_REACH = 4


def _owned_unit_ahead(toks: list[Token], j: int, k: int) -> bool:
    """``toks[k + 1]`` goes on a description read forward from ``toks[j]`` past its first eight words: the
    lower-case words after a capitalised body's possessive name, up to the noun of a unit
    (:data:`COMPOUND_UNIT_NOUNS`) within :data:`OWNED_UNIT_REACH` words of it (‘a senior official of the
    Pune Municipal Corporation's town planning department’, w59a).

    >>> t = "A senior official of the Pune Municipal Corporation's town planning department said"
    >>> toks = tokenize(t); _owned_unit_ahead(toks, 0, 8), _owned_unit_ahead(toks, 0, 9)
    (True, True)
    >>> toks = tokenize("A senior official of the Pune Municipal Corporation's town hall said"); _owned_unit_ahead(toks, 0, 8)
    False
    """
    o = next((o for o in range(k, j, -1) if is_possessive(toks[o])), None)
    if o is None or not toks[o].capitalized or k + 1 >= len(toks) or k + 1 - o > OWNED_UNIT_REACH:
        return False
    for u in range(o + 1, min(len(toks), o + 1 + OWNED_UNIT_REACH)):
        if not (toks[u].text.isalpha() and toks[u].text.islower()) or (toks[u].word in FUNCTION_WORDS and toks[u].word != "and"):
            return False
        if toks[u].word in COMPOUND_UNIT_NOUNS:
            return u > k
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


def _description_after(toks: list[Token], j: int, text: str) -> Mention | None:
    """The description read forward from ``toks[j]``, cut to its head noun's phrase (‘said a source close
    to the talks’, ‘one of the nurses’); None when no description noun heads it."""
    n = len(toks)
    k = _description_phrase_end(toks, j, text)
    k = _before_cut_participle(toks, j, k)  # (never cut inside a participle's phrase: ‘a man in the third
    # row wearing a Broncos [jacket]’ is the man in the third row)
    while k > j and (toks[k].word in PREPOSITIONS or toks[k].word in DETERMINERS or toks[k].word in ("by", "and")):
        k -= 1  # never ends on "at", "by" or "the": "a group of experts at [the Institute]"
    k = _source_phrase_end(toks, k) or k  # ("an official in charge of personnel")
    k = _source_phrase_past_noun(toks, j, k)  # (‘a source with knowledge of the contract negotiations’)
    # the head noun stands before the first preposition: "a source close to …", but not
    # "her record as secretary of state"
    h = j
    if toks[j].word in PARTITIVES and j + 1 < n and toks[j + 1].word == "of":
        h = j + 2  # "one of the nurses": the people counted from
        if (named := _one_named_after_partitive(toks, j, k, text)) is not None:
            return named
    while h + 1 <= k and toks[h + 1].word not in PREPOSITIONS and toks[h + 1].word != "as":
        h += 1
    if any(x.word in DESCRIPTION_NOUNS or _role_plural(x.word) for x in toks[j: h + 1]):
        return _description(toks, j, k, text)
    return None


def _counted_people(toks: list[Token], j: int, text: str) -> Mention | None:
    """The people counted by a quantity word and "of" (‘Thousands of protesters’, ‘Dozens of angry
    supporters’); None when no description noun follows within a few words."""
    n = len(toks)
    # "Thousands of protesters", "Dozens of angry supporters": the people counted
    e = j + 2
    while e + 1 < n and e - j < 5 and toks[e].text.isalpha() and toks[e].text.islower() \
            and not (toks[e].word in DESCRIPTION_NOUNS or _role_plural(toks[e].word)):
        e += 1
    if toks[e].word in DESCRIPTION_NOUNS or _role_plural(toks[e].word):
        return _description(toks, j, e, text, lower_first=toks[j].capitalized)
    return None


def _run_role(toks: list[Token], j: int, rs: int, re_: int, title: str | None, text: str) -> str | None:
    """The role of the name ``toks[rs:re_ + 1]`` read from ``toks[j]``: its title, the words before it that
    are a title (‘said former congressman X’), or an appositive after a comma (‘X, a professor of law,’)."""
    n = len(toks)
    role = title
    lead = toks[j:rs]
    while lead and lead[0].word in ROLE_OPENERS:
        lead = lead[1:]  # ("When the F.B.I. director James B. Comey", "But UNH pollster Andy Smith")
    if lead and not any(x.word in AUXILIARIES or x.word in CLAUSE_WORDS for x in lead) \
            and not _headline_verb_after_role(lead) and (
            title or any(x.word in ROLE_NOUNS for x in lead) or (
                len(lead) <= 3 and lead[0].word not in DETERMINERS and lead[-1].word not in FUNCTION_WORDS
                and not lead[-1].word.endswith("ed") and (len(lead) > 1 or lead[0].capitalized))):
        # the words before the name are its title ("former congressman", "Fox Business
        # moderator"), never a clause ("… was complete when Trump", "The board saw X")
        prefix = text[lead[0].start: toks[rs - 1].end] if text else " ".join(x.text for x in lead)
        role = f"{prefix} {title}" if title else prefix
    if re_ + 2 < n and toks[re_ + 1].text == ",":
        r = re_ + 2
        while r < n and toks[r].text not in ",.;:—(“”\"'‘’" and r - re_ < 14 and toks[r].word not in CLAUSE_WORDS:
            r += 1  # (a role ends before a clause: "the former mayor of New York who made his name")
        if r < n and toks[r].text in "“”\"'‘’":  # ‘professor of law and author of “…”’: before the title
            r = next((a for a in range(r - 1, re_ + 2, -1) if toks[a].word == "and"), re_ + 2)
        first = toks[re_ + 2]
        # an appositive, not a clause: ‘X, who …’, ‘X, speaking to CNN after the senator spoke’
        if first.word not in RELATIVES and not (first.word.endswith("ing") and not first.capitalized) \
                and r > re_ + 2:
            phrase = toks[re_ + 2: r]
            if names_a_role(phrase):
                role = role_text(phrase, text) or role
    return role


def _run_mention(toks: list[Token], j: int, k: int, rs: int, re_: int, words: list[str], role: str | None,
                 text: str) -> Mention | None:
    """What the name run ``toks[rs:re_ + 1]`` in a noun phrase from ``toks[j]`` to ``toks[k]`` names: a
    description it modifies (‘the Florida senator’), a body (‘the ruling Council for Peace and Development’),
    two who speak (‘Trump and Ryan’), else the person (‘said former congressman Dan Maffei’)."""
    n = len(toks)
    s_, e_ = toks[rs].start, toks[re_].end
    acr = 3 if re_ + 3 < k and toks[re_ + 1].text == "(" and toks[re_ + 3].text == ")" else 0  # (past "(RWA)")
    heads = [h for h in range(re_ + 1 + acr, min(k, re_ + 4 + acr)) if toks[h].word in DESCRIPTION_NOUNS
             and not toks[h].capitalized]
    if heads and (toks[j].word in DETERMINERS | POSSESSIVES or (
            rs == re_ == j and (toks[j].word in PARTY_WORDS or toks[j].word in DEMONYMS) and heads[-1] == k - 1
            and (k == n or toks[k].text in ",.;:—–)"))):  # (or a headline's bare ‘says Labour candidate’)
        # "the Florida senator", "the Trump campaign": the name only modifies the head noun
        return _description(toks, j, _source_phrase_end(toks, heads[-1]) or heads[-1], text)
    if rs == re_ and rs > j and toks[rs - 1].word in ATTRIBUTIVE_LEADS and re_ + 1 < n \
            and toks[re_ + 1].text.isalpha() and toks[re_ + 1].text.islower():
        # "an Egyptian textbook", "its Amazon summary": one capitalised word is an adjective
        noun = toks[re_ + 1]
        end = re_ if noun.word in RELATIVES or noun.word in FUNCTION_WORDS else re_ + 1
        return _description(toks, rs - 1, end, text, lower_first=True)
    if toks[re_].word in ACRONYM_RANKS and toks[re_].text.isupper() and toks[j].word in DETERMINERS \
            and toks[j].word != "the" and all(x.text.isalpha() for x in toks[j:re_]):
        # an office in capitals after "a", "one" and its party: "an MEP", "a Labour MP", "one
        # veteran MP", "an EPP MEP", "one MEP from the Left" (never the party alone as a name)
        e = re_
        if e + 2 < n and toks[e + 1].word in ("from", "of", "for", "in"):
            f = e + 3 if toks[e + 2].word == "the" else e + 2
            while f < n and is_name_token(toks[f]) and not is_possessive(toks[f]):
                e = f
                f += 1
        return _description(toks, j, _source_phrase_end(toks, e) or e, text)
    if rs > j and toks[rs - 1].word == "the" and rs == re_ and re_ + 1 < n and toks[re_ + 1].word in NATION_BODY_NOUNS \
            and (toks[rs].word in DEMONYMS or toks[rs].word.endswith(("ian", "ean", "ese", "ish"))):
        return _description(toks, rs - 1, re_ + 1, text)  # a nation's body: "the Sarandian presidency"
    if rs - 1 > j and _level_before_department(toks, rs - 1):
        # the body with its government's level, as written: ‘said the national Department of
        # Health’ (never the bare "Department"); no one, where the body is only an owner's or a
        # noun's before its official: ‘the state Department of Health’s spokesman, X’
        e = _body_name_end(toks, rs, re_)
        if is_possessive(toks[e]) or (e + 1 < n and toks[e + 1].text.islower() and (
                toks[e + 1].word in ROLE_NOUNS or toks[e + 1].word in DESCRIPTION_NOUNS)):
            return None
        return Mention(toks[rs - 2].start, toks[e].end, text[toks[rs - 2].start:toks[e].end] if text else " ".join(
            x.text for x in toks[rs - 2:e + 1]), "organisation")
    if rs > j + 1 and toks[rs - 1].word in RULING_WORDS and toks[rs - 1].text.islower() and toks[rs - 2].word == "the":
        ruled_end = _body_name_end(toks, rs, re_)
        ruled = [x.text for x in toks[rs:ruled_end + 1]]
        if is_organisation(ruled):  # the body's name whole, past the adjective of its power:
            e_ = toks[ruled_end].end  # ‘the ruling Council for Peace and Development said’ (never "Council")
            return Mention(s_, e_, text[s_:e_] if text else " ".join(ruled), "organisation")
    if rs > j and (toks[rs - 1].word in ("the",)) and not _style_at(toks, rs):
        if _rank_described(toks, rs, re_):  # "the DCP said", "the Salford MP said"
            return _description(toks, rs - 1, re_, text)
        e_ = toks[_body_name_end(toks, rs, re_)].end
        return Mention(toks[rs - 1].start, e_, text[toks[rs - 1].start:e_] if text else " ".join(words),
                       "organisation")
    kind_said = rs - 1 > j and toks[rs - 1].text.islower() and toks[rs - 1].word in KINDS_BEFORE_BODY_NAME
    headed = kind_said and not (j > 0 and toks[j - 1].word in SPEECH_VERBS and re_ + 1 < n and toks[re_ + 1].text == "of"
                                and (r := _remit_after(toks, re_, headed=True)) is not None and r + 1 < n
                                and toks[r + 1].text.isalpha() and toks[r + 1].text.islower()
                                and toks[r + 1].word not in FUNCTION_WORDS)
    # (never "said … of" and a thing named in the words after: what the body spoke of, ‘said the union Unite of
    # the Government plan’ (review rv62a))
    if (rs == j or kind_said) and not role and _remit_after(toks, re_, headed=headed) is not None:
        # (or after its kind, whatever its head: ‘the group Sons of the Valley’, ‘the consumer group Voice of the
        # Passenger’ (w62a))
        e = _body_name_end(toks, rs, re_, headed=headed)  # a body's name with its remit: ‘Oxford Friends of the Earth’
        e_ = toks[e].end
        return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[rs:e + 1]), "organisation")
    if re_ + 2 < n and toks[re_ + 1].word == "and" and is_name_token(toks[re_ + 2]) and rs == j \
            and not role:
        e2 = _name_run_end(toks, re_ + 2)  # "Trump and Ryan issued a statement": both speak, as written
        if not is_possessive(toks[e2]) and (e2 + 1 >= n or not toks[e2 + 1].capitalized):
            return _description(toks, rs, e2, text)
    return Mention(s_, e_, text[s_:e_] if text else " ".join(words), "name", role)


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


def _former_or_latter_alone(toks: list[Token], j: int) -> bool:
    """Whether "the former" or "the latter" at ``toks[j]`` stands alone as one of two just named, before a
    stop or a verb (‘The latter said:’), never before a noun (‘the former president’, ‘the former state senator’)."""
    n = len(toks)
    return (
        j + 2 == n or toks[j + 2].text in ",.;:—–)" or (toks[j + 2].word in SPEECH_VERBS and toks[j + 2].text.islower()
                                                         and toks[j + 2].word != "state") or (
            toks[j + 2].text.islower() and toks[j + 2].word.endswith("ed") and toks[j + 2].word not in ("married", "retired")
            and (j + 3 == n or not toks[j + 3].text.isalpha() or toks[j + 3].word in FUNCTION_WORDS)))


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


def _people_described_end(toks: list[Token], j: int, k: int) -> int:
    """Where people described by a plural noun at ``toks[j]`` end: with a second kind after "and"
    (‘Housekeepers and cooks’) or where they are (‘Officials in Kyiv’, ‘Analysts at Pemberton & Co.’)."""
    n = len(toks)
    e = j
    if k + 1 < n and toks[k].word == "and" and toks[k + 1].text.islower() and _plural_noun_capital(toks[k + 1]):
        e = k + 1  # two kinds of people, one subject: ‘Housekeepers and cooks who marched … chanted’
    elif k + 1 < n and toks[k].word in ("in", "at", "from", "of", "for", "with") and is_name_token(toks[k + 1]):
        e = k + 1
        while e + 1 < n and not is_possessive(toks[e]) and (is_name_token(toks[e + 1]) or (
                toks[e + 1].text == "&" and e + 2 < n and is_name_token(toks[e + 2]))):
            e += 1  # ("Analysts at Pemberton & Co.")
    return e


def _one_by_nation(toks: list[Token], j: int, k: int, r: int) -> bool:
    """Whether the phrase ``toks[j:k]`` ending in the nation's word ``toks[r]`` describes one person by a
    nation, before a stop or a verb (‘the 26-year-old Venezuelan said’)."""
    n = len(toks)
    return (toks[r].word in DEMONYMS or (
        toks[r].word in NATIONALITY_NOUNS and r > j + 1)) \
        and toks[j].word in ("the", "a", "an") and r > j \
        and (k == n or not toks[k].text[:1].isalpha() or toks[k].word in SPEECH_VERBS or toks[k].word in AUXILIARIES) \
        and all(x.text[:1].isdigit() or (x.text.islower() and x.word not in FUNCTION_WORDS) for x in toks[j + 1:k - 1])


def _one_of_party(toks: list[Token], j: int, k: int, r: int) -> bool:
    """Whether the phrase ``toks[j:k]`` ending in the party's word ``toks[r]`` describes one of a party,
    before a stop or a verb (‘said one senior Democrat’)."""
    n = len(toks)
    return toks[r].word in PARTY_WORDS \
        and toks[j].word in ("a", "an", "one", "another", "the") and r > j \
        and (k == n or not toks[k].text[:1].isalpha() or toks[k].word in SPEECH_VERBS or toks[k].word in AUXILIARIES) \
        and all(x.text.islower() and x.word not in FUNCTION_WORDS for x in toks[j + 1:k - 1])


def _mention_after(toks: list[Token], j: int, text: str = "", subject: bool = False) -> Mention | None:
    """The speaker mention starting at token ``j``, reading forward (after an inverted cue).

    Titles and descriptions may come before the name ("said former congressman Dan Maffei",
    "said Clinton’s top aide Jake Sullivan"): the last name in the noun phrase is the speaker and
    what stands before it is the role.

    >>> t = "said Healey, who has chaired the group"
    >>> toks = tokenize(t); mention_after(toks, 1, text=t).text
    'Healey'
    >>> t = "asked Anna Schmidt, a member of the German parliament."
    >>> toks = tokenize(t); m = mention_after(toks, 1, text=t); (m.text, m.role)
    ('Anna Schmidt', 'a member of the German parliament')
    >>> t = "said former State policy director Anne-Marie Slaughter of Princeton"
    >>> toks = tokenize(t); m = mention_after(toks, 1, text=t); (m.text, m.role)
    ('Anne-Marie Slaughter', 'former State policy director')
    """
    n = len(toks)
    if j >= n:
        return None
    handle = _handle_after(toks, j, text) or _bare_handle(toks, j, text)
    if handle is not None:  # ‘wrote user mossy_keyboard’, ‘wrote Reddit user frag_archaeologist’, ‘wrote @oventhusiast’
        return handle
    t = toks[j]
    if (j + 1 == n or toks[j + 1].text in ",.;:—–") and introduced_handle(t, text):
        return Mention(t.start, t.end, t.text, "name")  # a handle set down before: ‘…,” said dunmore_lass, who …’
    if t.word == "that" and t.text == "that" and j + 1 < n \
            and (toks[j + 1].word in CLAUSE_SUBJECT_OPENERS or toks[j + 1].capitalized):
        return None  # "that" before an article opens a reported clause, never a demonstrative's
        # description: ‘…, but that the company aimed to make it “…”’ is no one called "that the company";
        # and before a capital, a name's or a place's: ‘— wrote that Kenya’s nurses “…”’, ‘said that Ms Obi’
    if (described := _one_of_set_off_description(toks, j, text)) is not None:
        return described  # ‘…,” said one of them, a veteran player who spoke on condition of anonymity’: the
        # one described, never the group nor "one of them"
    if t.word in INDEFINITE_SPEAKERS:
        e = _placed_end(toks, j + 1)
        return Mention(t.start, toks[e - 1].end, text[t.start:toks[e - 1].end] if text else " ".join(x.text for x in toks[j:e]),
                       "description")  # ‘…,” someone shouted from the back’; with the place that is theirs, who
        # it is: ‘…!” shouted somebody on the opposition benches’, ‘somebody in the third row whispers’
    if t.word == "the" and j + 1 < n and toks[j + 1].word in ("former", "latter") and _former_or_latter_alone(toks, j):
        return Mention(t.start, toks[j + 1].end, text[t.start:toks[j + 1].end] if text else f"{t.text} {toks[j + 1].text}",
                       "description")  # one of two just named: ‘The latter said:’ (never ‘the former president’ or
        # ‘the former state senator’, whose "state" is no verb)
    if (e := _compared_by_age(toks, j)) is not None:  # one of two picked by age: ‘said the elder of the two’
        return _description(toks, j, e, text)
    if (t.word in PRONOUNS and t.word not in ("him", "her", "them", "i", "we")) or (
            t.word == "it" and j + 1 < n and toks[j + 1].word in SPEECH_VERBS):  # (a body's "it": ‘…,” it said’)
        return Mention(t.start, t.end, t.text, "pronoun")
    if subject and t.word == "it" and j + 1 < n and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
            and verb_shaped(toks[j + 1].word) and _object_named_after_verbs(toks, j + 1):
        return Mention(t.start, t.end, t.text, "pronoun")  # a thing's "it" that acts is the subject, never the
        # object named after its verb: ‘It closed by inviting Otieno to visit “…”’ names no Otieno who speaks
    if t.word in QUANTITY_WORDS and j + 2 < n and toks[j + 1].word == "of":
        return _counted_people(toks, j, text)
    # the noun phrase: up to punctuation, a relative pronoun, a verb or a preposition after a name
    k = j
    last_run = None
    while k < n and k - j < 12:
        x = toks[k]
        title_word = k + 1 < n and (toks[k + 1].word in ROLE_NOUNS  # "Virginia state director"
                                    or service_before_rank(toks, k)  # ("county fire Capt. X")
                                    or (x.word == "state" and state_before_title(toks, k))  # ("said state Sen. X")
                                    or (k + 2 < n and x.text.islower() and not x.word.endswith(("ed", "s"))
                                        and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
                                        and toks[k + 2].word in ROLE_NOUNS))  # ("Kaduna state police spokesman X")
        if x.text == "(" and k > j and toks[k - 1].word in ROLE_NOUNS:
            close = next((c for c in range(k + 1, min(n, k + 6)) if toks[c].text == ")"), None)
            if close is not None and close + 1 < n and is_name_token(toks[close + 1]):
                k = close + 1  # "DCP (South-West) Anil Sharma": a rank's district in brackets
                last_run = None
                continue
        if x.text == "(" and last_run is not None and last_run[1] == k - 1 and k + 3 < n and toks[k + 1].text.isalpha() \
                and toks[k + 1].text.isupper() and toks[k + 2].text == ")" and toks[k + 3].text.islower() \
                and toks[k + 3].word in ROLE_NOUNS:
            k += 3  # a body's letters in brackets before a role noun: ‘A Regional Water Authority (RWA) spokesman’
            continue
        if last_run is not None and last_run[1] == k - 1 and (r := _title_after_body(toks, k)) is not None:
            k, last_run = r, None  # a body's name goes on, then a title and the person's name: ‘Humber Fire
            continue  # and Rescue Service (HFRS) station manager X’, ‘Department of Health spokesman X’
        if last_run is None and _level_before_department(toks, k):
            k += 1  # a government's level before its department's name: ‘said the state Ministry of Works’
            continue
        if x.text in ",.;:—()\"“”" or x.word in ("who", "which", "whose", "that") or (
                x.word in SPEECH_VERBS and not x.capitalized and not (
                    ((k == j + 1 and (toks[j].word in DETERMINERS or toks[j].word in POSSESSIVES)) or (
                        k == j + 2 and toks[j].word in DETERMINERS and is_possessive(toks[j + 1]) and toks[j + 1].text.islower()))
                    and x.word in DOCUMENT_NOUNS) and not _modified_document(toks, j, k) \
                and not (k + 1 < n and _modified_document(toks, j, k + 1)) and (  # ("the report
                    # found": a noun after "the", or after an owner's: "the bank's report said"; or after
                    # words that qualify it: "the forensic report found")
                    not title_word or x.word.endswith("ed") or x.word in ("said", "told", "wrote", "spoke"))):
            if not (x.word == "state" and _nation_state(toks, j, k)):
                break  # (a verb's noun form may stand in a title: "state director", never "told host")
        if x.word == "of" and last_run is not None and last_run[1] == k - 2 and toks[k - 1].text.islower() \
                and toks[k - 1].word in ROLE_NOUNS and k + 2 < n and toks[k + 1].text.islower() \
                and toks[k + 1].word not in DETERMINERS and toks[k + 1].word not in POSSESSIVES and is_name_token(toks[k + 2]):
            k += 2  # a body's lower-case office with "of": "said TPA director of marketing Fiona Gallacher"
            last_run = None
            continue
        if x.word == "of" and last_run is None and k + 2 < n and toks[k + 1].text.islower() \
                and toks[k + 1].word not in DETERMINERS and toks[k + 1].word not in POSSESSIVES \
                and is_name_token(toks[k + 2]) and toks[j].word not in DETERMINERS:
            k += 2  # a lower-case title with "of": "former secretary of state Hillary Clinton"
            continue
        if x.word in ("of", "for") and last_run is not None and last_run[1] == k - 1 and toks[k - 1].word in ROLE_NOUNS \
                and toks[k - 1].capitalized and all(y.word in OFFICE_LEADS for y in toks[last_run[0]:k - 1]):
            if (named := _office_then_name(toks, k, last_run[0], text)) is not None:
                return named
        if x.word in ("of", "at", "from", "in", "on", "for", "with", "to", "close", "familiar") and (
                last_run is not None or any(y.word in DESCRIPTION_NOUNS for y in toks[j:k])):
            if last_run is not None and last_run[1] == k - 1 and (last_run[0] == j or (
                    last_run[0] == j + 1 and toks[j].word == "the")) and (e := cause_name_end(toks, last_run[0], k)) is not None:
                s_, e_ = toks[j].start, toks[e].end  # a body named for its people and their cause: ‘Americans for
                return Mention(s_, e_, text[s_:e_] if text else " ".join(y.text for y in toks[j:e + 1]), "organisation")
                # Prosperity called …’, ‘Kansans for Fair Schools’ (never "Americans", "Kansans")
            break  # "Senator X of Ohio", "a source close to the Kremlin"
        if subject and x.word in ("in", "for", "at", "on", "with", "from", "to", "during") and last_run is None \
                and k > j and toks[j].text.islower() and toks[j].word not in DETERMINERS and toks[j].word not in POSSESSIVES:
            return None  # a phrase before the subject, whose object is no subject: "just in time for
            # Women's History Month, a meme began …"
        if x.text == "Class" and k > j and RE_ORDINAL.fullmatch(toks[k - 1].text) and k + 1 < n and is_name_token(toks[k + 1]):
            k += 1  # a rank's grade is the title's: "Sgt. 1st Class Dana Whitlow"
            continue
        if last_run is not None and last_run[1] == k - 1 and x.text in POST_NOMINALS and x.text.isupper() \
                and not is_possessive(toks[k - 1]) and (k + 1 >= n or not is_name_token(toks[k + 1])):
            last_run = (last_run[0], k)  # letters after a name, its own (a Member of the Senedd's ‘Andrew
            k += 1  # Bevan MS said’: never the honorific "Ms" opening a name of its own)
            continue
        if is_name_token(x) or (x.word in HONORIFICS and x.capitalized) or (
                k + 1 < n and opens_first_title(x.text, toks[k + 1].text)) or (
                x.text in LEADING_PARTICLES and k + 1 < n and (is_name_token(toks[k + 1]) or (
                    toks[k + 1].text in PARTICLES and k + 2 < n and is_name_token(toks[k + 2])))):
            # (a surname with its particles and no given name: "van der Berg said")
            if k > j + 1 and ((last_run is None and toks[k - 1].word in OBJECT_PREPOSITIONS) or (
                    toks[k - 1].word in PLACE_OBJECT_PREPOSITIONS and toks[k - 1].text.islower())):
                return None  # the object of a verb's preposition: "The star took to Instagram", "Protesters
                # marching down Fifth Avenue"
            e = k
            while e + 1 < n and (not is_possessive(toks[e]) or (
                    toks[e].capitalized and toks[e + 1].capitalized and toks[e + 1].word in ORG_WORDS
                    and (e + 2 >= n or not is_name_token(toks[e + 2]))) or (  # ("the Prime Minister’s Office")
                    _possessive_in_body_name(toks, e)) or (e == j and _shop_name_end(toks, e) is not None)):
                if is_name_token(toks[e + 1]) or (
                        toks[e + 1].text.lower() in PARTICLES and e + 2 < n and (
                            is_name_token(toks[e + 2]) or (toks[e + 2].text.lower() in PARTICLES
                                                           and e + 3 < n and is_name_token(toks[e + 3])))):
                    e += 1  # a possessive ends the name: "Trump’s Virginia state director"
                    continue
                if toks[e + 1].text == "&" and e + 2 < n and is_name_token(toks[e + 2]) and not is_possessive(toks[e]) \
                        and (k == j or (toks[k - 1].word in FIRM_LABEL_NOUNS and all(x.text[:1].islower() for x in toks[j + 1:k]))):
                    # (or after a lower-case label of its trade: ‘Meal-kit service Stone & Vine followed’)
                    e = _name_run_end(toks, e + 2)  # a firm of partners' names: ‘said Clarke & Sons, a London shipbroker’
                    s_, e_ = toks[k].start, toks[e].end
                    return Mention(s_, e_, text[s_:e_] if text else " ".join(y.text for y in toks[k:e + 1]), "organisation")
                nick = _nickname_end(toks, e + 1)
                if nick is None:
                    break
                e = nick  # "Sean “Dyche” Callaghan": the nickname inside the name
            last_run = (k, e)
            k = e + 1
            if is_possessive(toks[e]):
                last_run = None
            continue
        if x.word == "and" and last_run is not None and last_run[0] == j and toks[last_run[1]].capitalized \
                and toks[last_run[1]].word in ROLE_NOUNS and k + 2 < n and toks[k + 1].capitalized \
                and any(y.word in ROLE_NOUNS for y in toks[k + 1:k + 5]):
            last_run = None  # two offices of one person: ‘said Deputy Prime Minister and Sumar leader Elena
            k += 1  # Castaño’ (the name after the second)
            continue
        if x.word == "turned" and last_run is not None and k + 2 < n and toks[k - 1].word in ROLE_NOUNS \
                and toks[k - 1].text.islower() and toks[k + 1].text.islower() and toks[k + 1].text.isalpha():
            last_run = None  # one career turned another before the name: ‘Former England captain turned
            k += 1  # broadcaster Nigel Ashcombe’ (never "Former England", the team's name)
            continue
        if last_run is not None and last_run[1] == k - 1 and x.word == "and" \
                and (body_end := _body_and_end(toks, k)) is not None:
            last_run = (last_run[0], body_end)  # one body's name with "and" in it, after a word that qualifies it:
            k = body_end + 1  # ‘the Republican-led House Oversight and Accountability Committee’ (never "House Oversight")
            continue
        if last_run is not None and ((not title_word and (
                x.word in AUXILIARIES or x.word in FUNCTION_WORDS or (x.word in SPEECH_VERBS and not (
                    x.word == "state" and _nation_state(toks, j, k)))
                or (len(x.word) > 4 and x.word.endswith(("ed", "ly")) and not (x.capitalized and "-" in x.word)))) or (
                    subject and x.text.islower() and past_shaped(x.word)) or (
                    subject and x.text.islower() and x.word in BARE_PASTS and k + 1 < n
                    and (toks[k + 1].capitalized or toks[k + 1].word in DETERMINERS or toks[k + 1].word in POSSESSIVES))):
            break  # titles may stand before the name ("former State policy director X"), verbs after
            # it, and in a sentence's subject even before a role ("Kiana Wells thanked coach Diane
            # Mercer", "X led Villanova"; never "said Chiefs left tackle Orlando Brown"; a place's
            # compound is no verb: "a New York-based coffee broker", "the Saudi-led coalition")
        if not (x.word in ROLE_NOUNS or x.word in DETERMINERS or x.word in POSSESSIVES or x.word.islower()
                or x.text[:1].isdigit() or (x.text == "/" and k > j and toks[k - 1].text[:1].isdigit())):
            break
        if subject and last_run is not None and last_run[1] == k - 1 and x.text.isalpha() and x.text.islower() \
                and len(x.word) > 3 and x.word.endswith("s") and not x.word.endswith("ss") and k + 1 < n \
                and is_name_token(toks[k + 1]) and x.word not in ROLE_NOUNS and x.word not in DESCRIPTION_NOUNS \
                and not _role_plural(x.word):
            break  # a verb in the present between the subject's name and its object's: ‘Buenos Aires considers
            # Montevideo a rival’ (never a title: ‘Apple boss Tim Cook’)
        if subject and last_run is None and k > j and toks[j].word in DETERMINERS and x.text.islower() \
                and x.word not in ROLE_NOUNS and past_shaped(x.word) \
                and k + 1 < n and is_name_token(toks[k + 1]):
            break  # a verb after a described subject, before its object's name: ‘the crowd filled Whitehall’
        k += 1
    if k + 2 < n and toks[k].text == "," and k > j and _role_before_comma_name(toks, j, k):
        named = _name_after_comma(toks, j, k, text)
        if named is not None:
            return named
    if k + 2 < n and toks[k].text == "," and k > j and toks[k - 1].word in OUTLET_KIND_NOUNS \
            and (c := next((c for c in range(k + 2, min(n, k + 7)) if toks[c].text == ","), None)) is not None \
            and (outlet := _outlet_named_after_kind(toks, k - 1, c, j, text)) is not None:
        return outlet  # ‘The ruling party’s flagship newspaper, the Daily Clarion, ran an editorial’
    if last_run is None or (last_run[1] + 1 < k and not toks[last_run[1] + 1].capitalized):
        # (a capitalised word inside the description is an adjective: "the American ambassador")
        named = _name_after_description(toks, j, k, text)
        if named is not None:
            return named
    if last_run is not None and last_run == (j, j) and _plural_noun_capital(toks[j]) and (
            j == 0 or toks[j - 1].text in SENTENCE_BREAKS):  # (never a place: "…, Queens, the enclave")
        # "Officials in Kyiv welcomed …": people described, and where they are
        return _description(toks, j, _people_described_end(toks, j, k), text, lower_first=True)
    if last_run is not None and last_run[0] == last_run[1] == k - 1 and _one_by_nation(toks, j, k, last_run[0]):
        return _description(toks, j, last_run[0], text)  # a person by a nation: "the 26-year-old Venezuelan"
    if last_run is not None and last_run[0] == last_run[1] == k - 1 and _one_of_party(toks, j, k, last_run[0]):
        return _description(toks, j, last_run[0], text)  # one of a party: "said one senior Democrat"
    if last_run is not None:
        rs, re_ = last_run
        trimmed = heading_verbs_trimmed([x.text for x in toks[rs: re_ + 1]])
        re_ = rs + len(trimmed) - 1  # ("Maria Hinojosa Explained Why": the name ends before the verb)
        words = trimmed
        title, name = split_title(words)
        if title and words[0].lower() in FIRM_KIND_TITLES and 0 < len(name) < len(words):
            rs += len(words) - len(name)  # a firm's trade before its name is its role, never its name's
            words, title = name, None  # first word: ‘Carmaker Voltara Motors said’ is Voltara Motors
        if name and ends_in_title(name):
            # a run ending in a title is an office, no name: ‘the studio's co-founder and CEO told’
            return _description(toks, j, re_, text)
        if name and not _heading_words(name):
            role = _run_role(toks, j, rs, re_, title, text)
            return _run_mention(toks, j, k, rs, re_, words, role, text)
    if t.word in DETERMINERS or t.word in POSSESSIVES or t.word in DESCRIPTION_NOUNS or _sources_described(toks, j) \
            or (not subject and _bare_description(toks, j)):
        return _description_after(toks, j, text)
    return None


def _source_phrase_past_noun(toks: list[Token], j: int, k: int) -> int:
    """Where a description read from ``toks[j]`` to ``toks[k]`` ends when a source's phrase of what it knows
    opens inside it and goes on past ``toks[k]``, a noun (of a document's too), in plain lower-case words:
    the phrase's end (‘a source with knowledge of the contract negotiations’, never cut at "contract");
    ``k`` itself otherwise."""
    src = next((h for h in range(j, k - 1) if (toks[h + 1].word, toks[h + 2].word) in SOURCE_PHRASE_OPENERS), None)
    if src is not None and (e := _source_phrase_end(toks, src)) is not None and e > k and toks[k].word in DESCRIPTION_NOUNS \
            and all(x.text.isalpha() and x.text.islower() and not x.word.endswith("ed") and x.word not in IRREGULAR_PAST
                    for x in toks[k + 1:e + 1]):
        return e
    return k


def _before_cut_participle(toks: list[Token], j: int, k: int) -> int:
    """Where a description read from ``toks[j]`` ends when its reading stopped at ``toks[k]`` for its
    length alone, inside the phrase of a participle that follows a place (the next word a noun of
    that phrase, in lower case): before the participle, the description whole up to there (‘a man
    in the third row wearing a Broncos jacket stood’ is "a man in the third row", never "… wearing a
    Broncos"); ``k`` itself otherwise (a phrase read to its end stays whole: ‘a woman clutching a
    bag of clothes said’).

    >>> t = tokenize("a man in the third row wearing a red jacket stood")
    >>> toks = t; toks[_before_cut_participle(t, 0, 8)].text
    'row'
    >>> t = tokenize("a woman clutching a bag of clothes said"); _before_cut_participle(t, 0, 6)
    6
    """
    if k - j < DESCRIPTION_READ_WORDS or k + 1 >= len(toks) or not (toks[k + 1].text.isalpha() and toks[k + 1].text.islower()) \
            or toks[k + 1].word in SPEECH_VERBS or toks[k + 1].word in FUNCTION_WORDS or toks[k + 1].word in PREPOSITIONS:
        return k
    p = next((p for p in range(k, j + 2, -1) if toks[p].text.islower() and toks[p].word.endswith("ing") and len(toks[p].word) > 4
              and toks[p].word not in DESCRIPTION_NOUNS), None)
    if p is None or not any(x.word in PREPOSITIONS for x in toks[j + 1:p]):
        return k
    return p - 1


#: How many words past its first a description is read before it stops (‘a man in the third row
#: wearing a …’), unless a source's knowing or a body's long name carries it on.
DESCRIPTION_READ_WORDS = 8


def _sources_described(toks: list[Token], j: int) -> bool:
    """Sources with no article, described by a word or two of their field before them: ‘According to
    security sources, …’, ‘said senior intelligence sources’, ‘diplomatic sources told’ (never a
    thing's: ‘renewable energy sources’).

    >>> t = "security sources, A.K. had"
    >>> _sources_described(tokenize(t), 0)
    True
    """
    h = next((h for h in range(j + 1, min(len(toks), j + 3)) if toks[h].word in ("source", "sources")), None)
    return h is not None and toks[h].text.islower() and not thing_source(toks[h].word, toks[h - 1].text) and all(
        x.text.isalpha() and x.word not in FUNCTION_WORDS and (x is toks[j] or x.text.islower())
        and not x.word.endswith(("ed", "ing")) for x in toks[j:h])


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

#: Lower-case kinds of bodies written right before a body's name (‘the armed group Sons of the Valley’,
#: ‘the charity Friends of the Earth’): the name after them is the body's whole.
#:
#: >>> sorted(KINDS_BEFORE_BODY_NAME - BODY_HEADS)
#: ['charity', 'militia', 'network', 'organisation', 'organization']
KINDS_BEFORE_BODY_NAME = BODY_HEADS | wordset("charity militia organisation organization network")

#: Words of bodies' names that are no organisation's head alone ("Commercial Workers", "Human Services").
ORG_NAME_WORDS = wordset("workers services affairs relations rights resources employees teachers nurses")


def _source_phrase_end(toks: list[Token], h: int) -> int | None:
    """Where the phrase that says what a source knows ends, when one follows its head noun at
    ``toks[h]``: "an Egyptian official familiar with the talks", "an official in charge of
    personnel", "a person briefed on the plans" (the way the article keeps the source).

    >>> t = "An Egyptian official familiar with the talks told Reuters"
    >>> toks = tokenize(t); toks[_source_phrase_end(toks, 2)].text
    'talks'
    """
    n = len(toks)
    if h + 3 >= n or (toks[h + 1].word, toks[h + 2].word) not in SOURCE_PHRASE_OPENERS:
        return None
    e = h + 2
    if toks[h + 1].word == "following" and not any(x.word in FOLLOWED_MATTERS for x in toks[h + 3:h + 6]):
        return None  # (after an event, a time: ‘a spokesman following the meeting said’, review rv34)
    while e + 1 < n and e - h < 9 and toks[e + 1].text not in ",.;:—()\"“”‘’" \
            and ((toks[e + 1].word not in DESCRIPTION_STOP and toks[e + 1].word not in NOT_IN_DESCRIPTION)
                 or _demonstrative_object(toks, e + 1) or _compound_and(toks, e + 1)) \
            and not _verb_with_object(toks, e + 1):  # (‘briefed on that decision’, ‘in the trust and safety unit’)
        e += 1
    while e > h + 2 and (toks[e].word in PREPOSITIONS or toks[e].word in DETERMINERS):
        e -= 1
    return e if e > h + 2 else None


def _verb_with_object(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is the sentence's own verb in the past with its object next, no part of what a
    source knows: ‘An official involved in the talks disputed that account’ ends at "talks".

    >>> toks = tokenize("involved in the talks disputed that account")
    >>> _verb_with_object(toks, 4), _verb_with_object(toks, 0)
    (True, False)
    """
    return toks[i].word.endswith("ed") and not toks[i].capitalized and i + 1 < len(toks) \
        and toks[i - 1].word not in PREPOSITIONS and toks[i - 1].word not in DETERMINERS \
        and (toks[i + 1].word in DETERMINERS or toks[i + 1].word in POSSESSIVES)


#: What an observer follows over time ("an analyst following the case", "a diplomat following the Iran
#: talks"), unlike a one-off event after which one speaks ("a spokesman following the meeting said").
FOLLOWED_MATTERS = frozenset("""talks negotiations discussions deliberations case cases matter situation trial investigation inquiry probe
process issue story developments dispute deal market markets team sector industry crisis war conflict campaign race
proceedings""".split())


#: The first two words of what a source knows: "familiar with", "close to", "in charge of" …, and
#: what an observer watches ("a Western diplomat following the talks", "an analyst following the
#: case"): after the source's head noun the participle is the description's, not a time phrase.
SOURCE_PHRASE_OPENERS = frozenset({("familiar", "with"), ("close", "to"), ("in", "charge"), ("with", "knowledge"),
                                   ("briefed", "on"), ("involved", "in"), ("knowledgeable", "about"),
                                   ("following", "the")})


#: Nouns of places and institutions: a name after them is theirs ("the mayor of the coastal city,
#: Virginia Beach"), as a name ending in one is a place's ("Beverly Hills", "Mary Washington Hospital").
PLACE_NOUNS = wordset("""
city town county state country village island district region province capital school college university
hospital beach hills heights high center centre park street avenue
""")


def _name_after_description(toks: list[Token], j: int, k: int, text: str) -> Mention | None:
    """The person a description names after a comma, the description their role: ‘said a former
    spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, …’, ‘wrote the American ambassador
    at the time, John E. Herbst.’ (``toks[j:k]`` is the noun phrase read so far). The name is a
    person's for sure: a known given name or a middle initial, never a place or a firm ("the mayor
    of Springfield, Illinois", "a spokesman for the company, Acme Corp."), and never the name of
    the noun just before the comma ("a spokeswoman for the governor, Andrew Cuomo").

    >>> t = "said his best friend at Lehigh, Bruce Turry, who"
    >>> toks = tokenize(t); m = mention_after(toks, 1, text=t); (m.text, m.role)
    ('Bruce Turry', 'his best friend at Lehigh')
    >>> t = "said the mayor of Springfield, New York."
    >>> toks = tokenize(t); mention_after(toks, 1, text=t).text
    'the mayor of Springfield'
    """
    n = len(toks)
    if toks[j].word not in DETERMINERS and toks[j].word not in POSSESSIVES \
            and not (is_possessive(toks[j]) and toks[j].capitalized) and not _bare_title(toks, j, k):
        return None  # (‘said Sentinel’s head of competition, X’; ‘Labour group leader on Medway Council, Cllr X,’)
    c = k
    while c < n and toks[c].text != ",":
        if c - j >= 14 or toks[c].text in ".;:—()\"“”‘’'" or toks[c].word in RELATIVES \
                or (toks[c].word in SPEECH_VERBS and not toks[c].capitalized and not _office_of_state(toks, j, c)):
            return None  # (but an office's "state" is no verb: ‘California's secretary of state, X,’)
        c += 1
    if c + 2 >= n or c - j < 2 or not any(x.word in ROLE_NOUNS or x.word in DESCRIPTION_NOUNS for x in toks[j:c]) \
            or toks[c - 1].word in ROLE_NOUNS or (toks[c - 1].word in PLACE_NOUNS and not _honorific_at(toks, c + 1)
                                                  and not _office_of_state(toks, j, c - 1)):
        return None  # (a name names the noun before it: "a spokeswoman for the governor, Andrew Cuomo"; but
        # a place has no honorific: ‘The principal of the college, Dr Martin Hale,’ is the principal)
    named = _name_after_comma(toks, j, c, text)
    words = named.text.split() if named is not None else ()
    if len(words) < 2 or is_organisation(words) or words[-1].lower() in PLACE_NOUNS or not (
            gender_of(words[0]) is not None or any(len(w) == 2 and w.endswith(".") for w in words[1:-1])
            or _honorific_at(toks, c + 1) or _spokesperson_named_after_body([x.text for x in toks[j:c]], words)
            or (toks[_name_run_back(toks, c - 1) - 1].word in ("in", "at") and _unlisted_person_set_off(toks, c - 1, words, text))
            or (toks[c - 1].capitalized and (toks[c - 2].capitalized or toks[c - 2].word == "at") and toks[c - 1].word not in ROLE_NOUNS
                and " ".join(words) not in TWO_WORD_PLACES and words[0].lower() not in REGION_WORDS
                and words[-1].lower() not in PLACE_NOUNS and words[-1].lower() not in REGION_NOUNS
                and not any(w.lower() in ORG_WORDS or w.lower() in BUSINESS_WORDS for w in words))):
        # (a given name no list holds after a body's name: ‘says the global head of airfreight at
        # Hanseatic Forwarding, Ming Zhao.’; never a place, ‘the mayor of Springfield, New York’)
        return None
    return named


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
    """``toks[i]`` is a government's level in lower case (:data:`~quotesearch.lexicon.TITLE_LEVEL_WORDS`) before a capitalised
    title and a name (‘state Rep. Ana Ruiz’, ‘city Councilman Ed Tran’, ‘federal Judge Ida Voss’); never
    the word alone or before an ordinary word (‘state officials’, ‘city Hall’).

    >>> [_jurisdiction_title_at(tokenize(t), 0) for t in ("state Rep. Ana Ruiz", "county Commissioner Ida Voss", "state Capitol")]
    [True, True, False]
    """
    return i + 2 < len(toks) and toks[i].text in TITLE_LEVEL_WORDS and toks[i + 1].capitalized \
        and (toks[i + 1].word in HONORIFICS or toks[i + 1].word in ROLE_NOUNS) and is_name_token(toks[i + 2])


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
    s_, e_ = toks[f if kind == "name" else j].start, toks[e].end  # (two people: with their description)
    role = text[toks[j].start: toks[c - 1].end] if text and kind == "name" else None
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[f if kind == "name" else j:e + 1]), kind, role)


def _acronym_bracket_len(toks: list[Token], i: int) -> int:
    """How many tokens a body's letters in brackets take at ``toks[i]`` (‘(NUT)’, ‘(GALSSM)’), else 0."""
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].text.isalpha() \
            and toks[i + 1].text.isupper() and len(toks[i + 1].text) >= 2:
        return 3
    return 0


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


def _ampersand_in_name(inner: list[Token], c: int) -> bool:
    """An "&" between two capitalised words of a name set off (‘Her publisher, Faber & Faber,’, ‘The
    retailer, Marks & Spencer,’): part of one firm's name, never a list's "and" of two people (‘Her
    parents, John & Mary Kelly,’: a given name before it)."""
    return inner[c].text == "&" and 0 < c < len(inner) - 1 \
        and is_name_token(inner[c - 1]) and is_name_token(inner[c + 1]) and gender_of(inner[c - 1].text) is None \
        and not (c + 2 < len(inner) and gender_of(inner[c + 1].text) is not None and is_name_token(inner[c + 2]))
    # (nor a given name and a shared surname after it: ‘The owners, Kim & Jordan Lee,’ are two people)


def _bare_appositive(inner: list[Token]) -> list[Token]:
    """An aside's words without a lower-case qualifier before a title, a nickname in marks or a
    party's bracket after the name: what may be a name (‘state Del. Marcia “Cia” Price (D-Va.)’)."""
    if len(inner) > 2 and inner[0].word.endswith("-based") and is_name_token(inner[1]):
        inner = inner[1:]  # where a firm is based: ‘The vessel's manager, Piraeus-based Thalassa Bulk Management,’
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
                inner[0].word in APPOSITIVE_QUALIFIERS and inner[0].text.islower())):
        inner = inner[2:]  # a trade and its place or qualifier: ‘The Democratic nominee, Nashville attorney
        # Imani Caldwell,’, ‘The group's lawyer, former prosecutor Keisha Landry,’
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


def _headline_verb_after_role(lead: Sequence[Token]) -> bool:
    """A role noun right before a verb in the present tense, the words before a name being a
    headline's clause, no title (‘Ohio governor vetoes Medicaid expansion’, ‘Labour minister slams
    Tesco’); never an office's own words (‘head of operations’, ‘former congressman’).

    >>> from quotesearch.names import tokenize
    >>> _headline_verb_after_role(tokenize("Tennessee GOP governor vetoes")), _headline_verb_after_role(tokenize("head of operations"))
    (True, False)
    """
    return any(a.word in ROLE_NOUNS and b.text.islower() and b.word.endswith("s") and b.word not in ROLE_NOUNS
               and b.word not in FUNCTION_WORDS for a, b in zip(lead, lead[1:]))


def _heading_words(name: Sequence[str]) -> bool:
    """Five or more capitalised words with no given name, initial or particle: a heading in Title
    Case ("Veto Power Impedes Peace Efforts:"), not a person's name; a body's name may be as long
    ("the North Lakes Fire Protection District")."""
    return len(name) >= 5 and gender_of(name[0]) is None and name[-1].lower() not in ORG_WORDS and not any(
        (len(w) == 2 and w.endswith(".")) or w.lower() in PARTICLES for w in name)


#: Nouns before "source" that make it a thing's ("a funding source", "a power source"), never a person.
THING_SOURCES = frozenset("funding revenue income power energy water food heat heating light fuel cash tax money protein "
                          "ignition pollution noise infection".split())


def thing_source(word: str, before: str) -> bool:
    """"source" after a thing's noun (``before``): a thing, never a person ("a funding source").

    >>> thing_source("source", "funding"), thing_source("sources", "Kremlin"), thing_source("official", "funding")
    (True, False, False)
    """
    return word in ("source", "sources") and before.lower() in THING_SOURCES


def description_head(text: str) -> str | None:
    """The head noun of a description: 'a source close to the Kremlin' → 'source'.

    >>> description_head("a senior administration official who spoke")
    'official'
    >>> description_head("a bishop whose diocese was flooded")  # (the clause's nouns are not its head)
    'bishop'
    >>> description_head("a source within the finance department")
    'source'
    """
    head = None
    words = RE_TOKEN.findall(text)
    for i, word in enumerate(words):
        w = word.lower().rstrip(".")
        if w in DESCRIPTION_HEAD_STOPS:
            if w in ("of", "for") and 0 < i < len(words) - 2 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper() \
                    and words[i - 1].lower() in ORG_WORDS:
                continue  # a body's name: "A Department for Education spokesperson"
            break
        if (w in DESCRIPTION_NOUNS and not (i > 0 and thing_source(w, words[i - 1]))) or ranked_office(w, ROLE_NOUNS):
            head = w  # (never "a funding source", "a power source": things, not people; but "the vice-minister")
    if head and head.endswith("s") and not head.endswith("ss") and head[:-1] in DESCRIPTION_NOUNS:
        head = head[:-1]
    return head
