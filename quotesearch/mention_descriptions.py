"""Descriptions as speakers: plurals, counts and sources (‘a source close to the Kremlin’), one of
a group, a trade or a nation, and where a description ends.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import LazyPattern, POSITION_PARTICIPLES, SMALL_COUNT_NAMES, wordset
from quotesearch.time_words import COUNT_APPROXIMATORS, COUNT_APPROXIMATOR_PAIRS, MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import (
    COUNTRY_NATIONALITIES, DEMONYMS, MODIFIED_BLOC_PLURALS, NATIONALITY_NOUNS, ONE_WORD_PLACES, PLACE_NAME_OPENERS,
    STATE_AP_FORMS, STATE_DEMONYMS, TWO_WORD_PLACES, US_STATE_FORMS,
)
from quotesearch.name_words import (
    HONORIFICS, HONORIFICS_BEFORE_SURNAME, PERSON_HONORIFICS, PLACE_GIVEN_NAMES, RETIRED_MARKS,
    STOPPED_PERSON_HONORIFICS, SURNAME_SPEAKS,
)
from quotesearch.document_words import (
    AUTHORED_BY_PARTICIPLES, BY_TIME_NOUNS, DOCUMENT_ADJUNCT_NOUNS, DOCUMENT_NOUNS, THING_NOUNS,
)
from quotesearch.body_words import (
    BODY_SEAT_NOUNS, CAUSE_PEOPLE_NOUNS, COMPOUND_UNIT_NOUNS, ORG_WORDS, OUTLET_KIND_NOUNS, RULING_WORDS, UNIT_WORDS,
)
from quotesearch.role_words import (
    ACRONYM_RANKS, AGE_COMPARATIVES, DESCRIPTION_NOUNS, KIN_NOUNS, RE_DESCRIPTION_TIME_TAIL, ROLE_NOUNS, TRADE_HEADS,
)
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, FINDING_VERBS, SPEECH_VERBS, THAT_CLAUSE_VERBS
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, PARTICLES, PARTY_WORDS, Token, _name_run_back, gender_of, is_name_token, is_organisation,
    is_possessive, split_title,
)
from quotesearch.names import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DESCRIPTION_RELATIVES, DETERMINERS, IRREGULAR_PAST, Mention, POSSESSIVES, PREPOSITIONS, RELATIVES, TIME_WORDS,
    _agent_noun, _description, _is_age, _joined_modifiers, _noun_before_role, _opens_clause, _plural_noun_capital,
    _role_plural, description_head, names_a_role, role_text, thing_source,
)
from quotesearch.mention_names import (
    APPOSITIVE_QUALIFIERS, BRACKET_ASIDE_TOKENS, CAUSE_PEOPLE_WORDS, CONTRAST_CLAUSE_OPENERS, PERSON_OR_BODY_NOUNS,
    PLACE_NOUNS, REGION_NOUNS, REGION_WORDS, STYLE_LEADS, _described_then_named, _month_given_after_kin,
    _name_pair_set_off, _name_run_end, _named_person_lead, _nickname_end, _one_named_after_partitive,
    _particle_surname_end,
)
from quotesearch.mention_offices import _honorific_at, _rank_described, _style_at
from quotesearch.mention_bodies import (
    BODY_HEADS, NAME_JOINERS, PLACE_PREPOSITIONS, PLATFORM_NOUNS, SETTING_PREPOSITIONS, _acronym_bracket_len,
    _body_head_after_and, _body_name_end, _body_word, _department_of, _jurisdiction_title_at, _level_before_department,
    _lower_remit_joined, _nation_state, _place_owner_count, _remit_after, _ruling_body_remit, _state_before_body,
    _state_before_role, service_before_body,
)
from quotesearch.mention_asides import (
    CLAUSE_SUBJECTS, NOT_IN_DESCRIPTION, OTHER_PREPOSITIONS, PLAIN_SPEECH_VERBS, RELATIVE_CLAUSE_REACH, REPORTING_SAIDS,
    SET_OFF_CREDENTIALS, WHERE_PLACE_PREPOSITIONS, _before_cut_participle, _bracket_opener, _clause_verb_after,
    _compound_and, _demonstrative_object, _demonstrative_subject, _in_relative_aside, _joined_clause_opens,
    _title_closed_by_comma_back, _title_marks_back, _verb_after_subject, _verb_with_object,
)


#: Words after which one capitalised word followed by a lower-case one is an adjective, not a
#: name ("an Egyptian textbook", "another Muslim who", "our Republican colleagues").
ATTRIBUTIVE_LEADS = wordset("a an another every each some any no our my your their its his her")


#: Words that open a sentence or clause before its subject, never part of a role ("But the party's
#: leader", "When the F.B.I. director"; "then" and "now" stay: "then ambassador to Israel").
ROLE_OPENERS = wordset("""
but and yet so or still also meanwhile however instead when while as after before if because since
although though
""")


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
SETTING_NOUNS = DOCUMENT_NOUNS | wordset("""
interview interviews conference briefing speech remarks hearing appearance call meeting rally event
debate broadcast podcast show radio television tv
""")


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


def _split_possessive(toks: list[Token], i: int, j: int) -> bool:
    """``toks[i]`` is a name ending in s whose possessive apostrophe the tokenizer left standing alone
    before a lower-case noun of the description (‘a member of Rhodes’ crew’: "Rhodes", "’", "crew"),
    the name then owning what follows as "Harmon's" does.

    >>> t = tokenize("A member of Rhodes' crew"); _split_possessive(t, 3, 5), _split_possessive(t, 2, 5)
    (True, False)
    >>> _split_possessive(tokenize("A friend of Rhodes' said"), 3, 4)
    False
    """
    return i + 2 <= j and toks[i].text.endswith("s") and toks[i + 1].text in ("'", "’") \
        and toks[i + 1].start == toks[i].end and toks[i + 2].text.islower() and toks[i + 2].text.isalpha()


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
        if i - 1 >= lo and _split_possessive(toks, i - 1, j) and is_name_token(toks[i - 1]):
            continue  # (the apostrophe of a name's possessive standing alone: read with the name)
        if not toks[i].text[:1].isalnum() or (w in SPEECH_VERBS and i < j and not toks[i].capitalized and not (
                i > lo and (toks[i - 1].word in DETERMINERS or toks[i - 1].word in POSSESSIVES))
                and not _state_before_role(toks, i) and not service_before_body(toks, i) and not _owned_speech_noun(toks, i, lo)
                and not _passive_speech_participle(toks, i, lo)) \
                or (w in NOT_IN_DESCRIPTION and not inside_name and not counted and not joined
                    and not _demonstrative_subject(toks, i, j, lo) and not _lower_remit_joined(toks, i, j, lo)):
            break  # (a verb ends it, never a name's word, "the State Department", nor a verb's noun
            # after "the": "the fire department", "the rail operator", nor "state" before a role:
            # "the former state senator"; but "and" inside a body's
            # name is its word: "A Department of Health and Social Care spokesperson")
        if w in PREPOSITIONS and i < j and not inside_name:
            first_preposition = i
        owned = i < j and (is_possessive(toks[i]) or (_split_possessive(toks, i, j) and not (
            i - 2 >= lo and toks[i - 1].word == "the" and toks[i - 2].word in PREPOSITIONS))) and is_name_token(toks[i]) and not (
            toks[i].text.endswith(("s'", "s’")) and toks[i + 1].capitalized and toks[i + 1].word in ORG_WORDS)
        # (a plural's apostrophe inside a body's name owns nothing: "the Glasgow Cab Drivers' Association"; a
        # standing apostrophe after "the" and a preposition is the family's, inside the longer one: ‘A member
        # of the Wilkins' family told’ is the member; review rv69c)
        if w in SMALL_COUNT_NAMES and i - 2 >= lo and i < j and toks[i - 2].word == "the" \
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].word not in FUNCTION_WORDS:
            continue  # a count after "the" and an adjective is a modifier, no determiner of its own: ‘an analyst
            # at one of the big three rating agencies said’ is the analyst, never "three rating agencies"
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

#: Words that take one or some of a group (‘one of the victims’, ‘several of the workers’).
PARTITIVES = wordset("one two three some several many most each either neither none")


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


#: A branch's number right after its word: " 727" in ‘Teamsters Local 727 said’.
RE_UNIT_NUMBER = LazyPattern(r" \d{1,5}\b(?![\-.,]?\d)")


#: Titles that end a branch's parent body's name, as a day or a month does, before a name (‘Local 88 of the
#: X Union President Ann Roe’, review rv71d): see RE_UNIT_PARENT_AFTER.
#:
#: >>> "President" in UNIT_PARENT_STOP_TITLES, "Union" in UNIT_PARENT_STOP_TITLES
#: (True, False)
UNIT_PARENT_STOP_TITLES = ("President", "Vice", "Chairman", "Chairwoman", "Chair", "Secretary", "Treasurer", "Spokesman",
                           "Spokeswoman", "Spokesperson", "Director", "Chief", "Leader")


#: The body a branch belongs to, named after its word and number: " of the Restaurant Workers Union" in
#: ‘Local 88 of the Restaurant Workers Union said’ (w71d): capitalised words, "of", "and" or "the" between.
#:
#: >>> RE_UNIT_PARENT_AFTER.match(" of the Restaurant Workers Union, which").group()
#: ' of the Restaurant Workers Union'
#: >>> RE_UNIT_PARENT_AFTER.match(" of the members said") is None
#: True
#: >>> RE_UNIT_PARENT_AFTER.match(" of the Fire Fighters Monday").group(), RE_UNIT_PARENT_AFTER.match(" of the X Union President Ann Roe").group()
#: (' of the Fire Fighters', ' of the X Union')
RE_UNIT_PARENT_AFTER = LazyPattern(r" of (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:(?:of|and|for|the) )*(?!(?:" + "|".join(
    (*sorted(WEEKDAY_NAMES), *MONTH_NAMES, *UNIT_PARENT_STOP_TITLES)) + r")\b)\p{Lu}[\p{L}’'\-]*)*")


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
    end = num.end()
    if m.text in UNIT_WORDS and (parent := RE_UNIT_PARENT_AFTER.match(text, end)) is not None:
        end = parent.end()  # (the body it is a branch of, named after: ‘Local 88 of the Restaurant Workers Union’, w71d)
    return Mention(start, end, text[start:end], "organisation" if m.kind == "name" else m.kind, m.role)


#: A branch's word and number before "of" and the body it belongs to: "Local 88 of " in ‘Local 88 of the
#: Restaurant Workers Union said’ (w71d). The branch speaks, named whole, never its parent body alone.
#:
#: >>> RE_UNIT_OF_BEFORE.search("Members of Local 88 of ") is not None, RE_UNIT_OF_BEFORE.search("Lodge 7 of ") is not None
#: (True, True)
#: >>> RE_UNIT_OF_BEFORE.search("a local of ") is None, RE_UNIT_OF_BEFORE.search("Local 7.5 of ") is None
#: (True, True)
RE_UNIT_OF_BEFORE = LazyPattern(r"(?<![\p{L}\-.,\d])(?:" + "|".join(sorted(UNIT_WORDS)) + r") \d{1,5} of \Z")


def _unit_of_body(m: Mention | None, text: str) -> Mention | None:
    """``m``, a body, with the numbered branch of it named before (‘Local 88 of the Restaurant Workers
    Union’, ‘Lodge 7 of the Fraternal Order of Police’): the branch, whole (w71d); else None.

    >>> t = "Local 88 of the Restaurant Workers Union said"
    >>> _unit_of_body(Mention(12, 40, "the Restaurant Workers Union", "organisation"), t).text
    'Local 88 of the Restaurant Workers Union'
    >>> _unit_of_body(Mention(11, 39, "the Restaurant Workers Union", "organisation"), "Members of the Restaurant Workers Union said") is None
    True
    """
    if m is None or not text or m.kind not in ("name", "organisation") or m.start < 9 \
            or text[m.start - 4:m.start] != " of " or (unit := RE_UNIT_OF_BEFORE.search(text, max(0, m.start - 20), m.start)) is None:
        return None
    return Mention(unit.start(), m.end, text[unit.start():m.end], "organisation", m.role)


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


def _trade_head_before(toks: list[Token], h: int, lo: int) -> int | None:
    """Where a description of a trade written as two words starts, its head at ``toks[h]`` one of
    TRADE_HEADS after one lower-case noun and "a", "an", "the" or "one" (‘a tour guide can be heard
    telling …’, ‘the mountain guide told’), w69a; None for the head alone (‘the guide’, a book's too).

    >>> toks = tokenize("in which a tour guide can"); _trade_head_before(toks, 4, 0)
    2
    >>> _trade_head_before(tokenize("the guide told"), 1, 0), _trade_head_before(tokenize("a good guide told"), 2, 0)
    (None, None)
    """
    if h - 2 < lo or toks[h].word not in TRADE_HEADS or not toks[h].text.islower():
        return None
    noun = toks[h - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.word in FUNCTION_WORDS \
            or noun.word.endswith(("ed", "ly")) or noun.word in TRADE_MODIFIER_STOPS:
        return None
    return h - 2 if toks[h - 2].word in ("a", "an", "the", "one") else None


#: Words before a trade's head that are no trade of their own (‘a good guide’, ‘a useful guide’).
#:
#: >>> "good" in TRADE_MODIFIER_STOPS, "tour" in TRADE_MODIFIER_STOPS
#: (True, False)
TRADE_MODIFIER_STOPS = wordset("good useful handy helpful new old free full short quick brief complete basic "
                               "simple practical comprehensive essential ultimate official")


#: Nouns of weather and events, never a trade (‘the rain in Bolton’, ‘the flooding in Leeds’).
WEATHER_NOUNS = wordset("rain snow storm flood flooding fire wind heat match game race crash blast weather")


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


#: Words of a description that "to" may follow inside it ("a source close to the Kremlin", "an
#: adviser to the president").
TO_HEADS = frozenset("""
close adviser advisers advisor advisors ambassador ambassadors envoy envoys spokesman spokeswoman witness
consultant consultants chaplain chaplains physician doctor lawyer attorney
spokesperson aide aides counsel successor heir secretary assistant deputy next near attached
""".split()) | DOCUMENT_NOUNS  # ("a letter to platform committee members")


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
            k - j < 16 and _owned_unit_ahead(toks, j, k)) or (
            # (or on through the group "one of" opens, to its plural noun: ‘a senior official at one of the
            # agency's largest government donors, who’)
            k - j < 14 and _one_of_group_ahead(toks, j, k))) and (
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
            or service_before_body(toks, k + 1)  # (a service before its body: ‘a worker from the local fire brigade’)
            or (toks[k + 1].word == "state" and _nation_state(toks, j, k + 1))):  # (a nation: "from a member state")
        if toks[k].word in DESCRIPTION_NOUNS and toks[k + 1].word not in PREPOSITIONS \
                and toks[k + 1].word not in DESCRIPTION_NOUNS and not toks[k + 1].capitalized \
                and not (toks[k].word in DOCUMENT_ADJUNCT_NOUNS and toks[k + 1].word in DOCUMENT_NOUNS) \
                and not _noun_before_role(toks, k + 1) \
                and not (is_possessive(toks[k + 1]) and toks[k + 1].word[:-2] in ROLE_NOUNS) \
                and not (toks[k + 1].word == "state" and _nation_state(toks, j, k + 1)) \
                and not _compound_and(toks, k + 1) \
                and not _position_participle(toks, k + 1) \
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
                and not (is_possessive(toks[k]) and any(x.word in DESCRIPTION_NOUNS for x in toks[k + 2:k + 4])) \
                and not _position_participle(toks, k + 1):
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


def _position_participle(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a participle of where one works or lives (:data:`POSITION_PARTICIPLES`) in lower
    case after a noun of a person, a preposition and a lower-case word next: the description goes on
    (‘one doctor working in the camps, who asked not to be named’, w66g).

    >>> toks = tokenize("one doctor working in the camps, who"); _position_participle(toks, 2)
    True
    >>> toks = tokenize("a doctor working hard said"); _position_participle(toks, 2)
    False
    """
    return 0 < i and i + 2 < len(toks) and toks[i].word in POSITION_PARTICIPLES and toks[i].text.islower() \
        and toks[i - 1].word in DESCRIPTION_NOUNS and toks[i + 1].word in PREPOSITIONS and toks[i + 1].text.islower() \
        and toks[i + 2].text[:1].isalpha()


#: Most words between "one of" and the plural noun of the group it counts from (‘one of the
#: agency's largest government donors’).
ONE_OF_GROUP_WORDS = 6


def _one_of_group_ahead(toks: list[Token], j: int, k: int) -> bool:
    """``toks[k + 1]`` goes on a description read forward from ``toks[j]`` past its first eight words:
    the description holds "one of" after its own noun, and the plural of a noun of people or bodies
    ends the group within :data:`ONE_OF_GROUP_WORDS` words of it, in lower case and before a comma, a
    full stop or a clause (w66g).

    >>> t = "a senior official at one of the agency's largest government donors, who spoke"
    >>> toks = tokenize(t); _one_of_group_ahead(toks, 0, 8), _one_of_group_ahead(toks, 0, 10)
    (True, False)
    >>> toks = tokenize("a senior official at one of the agency's largest offices in the north said")
    >>> _one_of_group_ahead(toks, 0, 8)
    False
    """
    o = next((o for o in range(j + 2, k) if toks[o].word == "one" and toks[o + 1].word == "of"), None)
    if o is None or k + 1 >= len(toks) or k + 1 > o + 1 + ONE_OF_GROUP_WORDS:
        return False
    for p in range(k + 1, min(len(toks), o + 2 + ONE_OF_GROUP_WORDS)):
        x = toks[p]
        if not (x.text[:1].isalpha() and x.text.islower()) or x.word in FUNCTION_WORDS and not is_possessive(x):
            return False
        if x.word.endswith("s") and x.word[:-1] in DESCRIPTION_NOUNS and x.word[:-1] not in THING_NOUNS:
            return p + 1 < len(toks) and (toks[p + 1].text in ",.;:—" or toks[p + 1].word in ("who", "said", "says", "told"))
    return False


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
        title_, name_ = split_title(words)
        if title_ and len(name_) >= 2 and gender_of(name_[0]) is not None and not is_organisation(name_) \
                and name_[-1].lower().strip(".") not in ORG_WORDS:
            ns = rs + len(words) - len(name_)  # an office with "the" before the person's full name: ‘The Labour
            # MP Tom Haskins pressed him:’ is Tom Haskins, the office his role, never a body's name (w65g); never
            # a body named for a royal or a saint, its head word last: ‘The Queen Elizabeth Hospital said’ (rv65g)
            return Mention(toks[ns].start, toks[re_].end, text[toks[ns].start:toks[re_].end] if text else " ".join(name_),
                           "name", title_)
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

#: Lower-case kinds of bodies written right before a body's name (‘the armed group Sons of the Valley’,
#: ‘the charity Friends of the Earth’): the name after them is the body's whole.
#:
#: >>> sorted(KINDS_BEFORE_BODY_NAME - BODY_HEADS)
#: ['charity', 'militia', 'network', 'organisation', 'organization']
KINDS_BEFORE_BODY_NAME = BODY_HEADS | wordset("charity militia organisation organization network")


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
    s_, e_ = toks[f if kind == "name" else j].start, toks[e].end  # (two people: with their description)
    role = text[toks[j].start: toks[c - 1].end] if text and kind == "name" else None
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[f if kind == "name" else j:e + 1]), kind, role)


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
