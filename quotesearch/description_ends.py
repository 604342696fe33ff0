"""Where a description read forward ends: at a clause, a setting, a unit owned or a group's
"one of" (_description_phrase_end, _description_after), a source's phrase, a run's role or
mention (_run_role, _run_mention), counted people, "the former" or "the latter" alone and one
named by nation.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import POSITION_PARTICIPLES, wordset
from quotesearch.place_words import DEMONYMS, NATIONALITY_NOUNS
from quotesearch.document_words import DOCUMENT_ADJUNCT_NOUNS, DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import BODY_SEAT_NOUNS, COMPOUND_UNIT_NOUNS, ORG_WORDS, RULING_WORDS
from quotesearch.role_words import ACRONYM_RANKS, DESCRIPTION_NOUNS, RE_DESCRIPTION_TIME_TAIL, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, SPEECH_VERBS
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of, is_organisation
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DESCRIPTION_RELATIVES, DETERMINERS, IRREGULAR_PAST, Mention, POSSESSIVES, PREPOSITIONS, RELATIVES, TIME_WORDS,
    _description, _noun_before_role, _plural_noun_capital, _role_plural, _verb_on_office_after_subject, names_a_role,
    role_text, thing_source,
)
from quotesearch.mention_names import _name_run_end, _one_named_after_partitive
from quotesearch.mention_offices import _rank_described, _style_at
from quotesearch.body_name_ends import (
    BODY_HEADS, NAME_JOINERS, PLATFORM_NOUNS, _body_head_after_and, _body_name_end, _department_of,
    _level_before_department, _remit_after, _ruling_body_remit,
)
from quotesearch.mention_nations import (
    SETTING_PREPOSITIONS, _nation_state, _state_before_body, _state_before_role, service_before_body,
)
from quotesearch.mention_asides import (
    NOT_IN_DESCRIPTION, _before_cut_participle, _compound_and, _demonstrative_object, _verb_with_object,
)
from quotesearch.backward_descriptions import PARTITIVES
from quotesearch.mention_descriptions import QUALIFYING_SPEECH_WORDS, _modified_document


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


#: Words of a description that "to" may follow inside it ("a source close to the Kremlin", "an
#: adviser to the president").
TO_HEADS = frozenset("""
close adviser advisers advisor advisors ambassador ambassadors envoy envoys spokesman spokeswoman witness
consultant consultants chaplain chaplains physician doctor lawyer attorney
spokesperson aide aides counsel successor heir secretary assistant deputy next near attached
""".split()) | DOCUMENT_NOUNS  # ("a letter to platform committee members")


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
            k - j < 14 and _one_of_group_ahead(toks, j, k)) or (
            # (or on to the noun heading the phrase its eighth word is inside: ‘at a branch of a national
            # supermarket chain’)
            k - j < 8 + HEAD_AHEAD_WORDS and _head_noun_ahead(toks, j, k))) and (
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
                and (k + 3 >= n or not toks[k + 3].text.isalpha() or toks[k + 3].capitalized  # (the name's end,
                     # never "… Veterans Affairs and Senate investigators promised"; a department's before its
                     # verb: ‘a spokesperson for the Department of Climate Change and Energy said’)
                     or (toks[k + 3].word in SPEECH_VERBS and not toks[k + 2].text.isupper()
                         and _department_of(toks, max(j, k - 5), k)))
                and (_department_of(toks, max(j, k - 5), k) or _ruling_body_remit(toks, max(j, k - 6), k)
                     or _body_head_after_and(toks, k + 1)))
            or ((k == j or (k == j + 1 and toks[j].word in DETERMINERS and is_possessive(toks[k])
                            and (toks[k].text.islower() or toks[j].word == "the")))
                and toks[k + 1].word in DOCUMENT_NOUNS and toks[k + 1].text.islower())  # ("the report", "the bank's
            # report", and an office's after "the": ‘The Ombudsman’s report on the council said’)
            or _modified_document(toks, j, k + 1)  # ("the forensic report found")
            or (k == j and k + 2 < n and _modified_document(toks, j, k + 2))  # ("according to the charge sheet,")
            or (k + 2 < n and toks[k + 1].word in QUALIFYING_SPEECH_WORDS and _modified_document(toks, j, k + 2))
            # (a word that says whose it is, past a year: ‘A 2022 state audit described’)
            or _state_before_role(toks, k + 1)  # (an adjective: "the former state senator")
            or _state_before_body(toks, k + 1)  # (and before a body: "an official from the state water board")
            or _level_before_department(toks, k + 1)  # (or its name: ‘for the state Department of Education’)
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
        if _verb_on_office_after_subject(toks, j, k + 1):
            break  # nor a verb before the office it acts on: ‘The board of Quarrystone AI [removed co-founder X]’
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
        if x.word.endswith("s") and x.word[:-1] in DESCRIPTION_NOUNS:  # (a body's too: ‘… largest firms, who’)
            return p + 1 < len(toks) and (toks[p + 1].text in ",.;:—" or toks[p + 1].word in ("who", "said", "says", "told"))
    return False


#: Most lower-case words past a description's first eight to the noun that heads their phrase.
HEAD_AHEAD_WORDS = 2


def _head_noun_ahead(toks: list[Token], j: int, k: int) -> bool:
    """``toks[k + 1]`` goes on a description read forward from ``toks[j]`` past its first eight words: the
    eighth is a lower-case modifier inside a noun's phrase (never a function word), and a noun of people or
    bodies ends that phrase within :data:`HEAD_AHEAD_WORDS` lower-case words, before a stop, a clause or a
    preposition (‘a store manager at a branch of a national supermarket chain in the city, who’).

    >>> toks = tokenize("a store manager at a branch of a national supermarket chain in the city, who")
    >>> _head_noun_ahead(toks, 0, 8), _head_noun_ahead(toks, 0, 9), _head_noun_ahead(toks, 0, 10)
    (True, True, False)
    >>> _head_noun_ahead(tokenize("a store manager at a branch of a national park said on Monday"), 0, 8)
    False
    """
    n = len(toks)
    if not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].word in FUNCTION_WORDS:
        return False
    for p in range(k + 1, min(n - 1, k + 1 + HEAD_AHEAD_WORDS)):
        x, nxt = toks[p], toks[p + 1]
        if not (x.text.isalpha() and x.text.islower()) or x.word in FUNCTION_WORDS:
            return False
        if nxt.text in ",.;:—" or nxt.word in ("who", "said", "says", "told") or nxt.word in PREPOSITIONS:
            return x.word in DESCRIPTION_NOUNS
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
#: case"): after the source's head noun the participle is the description's, not a time phrase; and
#: what a source is tied to (‘a senior officer associated with the trials’, ‘an official connected
#: with the bid’), kept whole as the article keeps the source (w77c).
#:
#: >>> ("associated", "with") in SOURCE_PHRASE_OPENERS, ("associated", "press") in SOURCE_PHRASE_OPENERS
#: (True, False)
SOURCE_PHRASE_OPENERS = frozenset({("familiar", "with"), ("close", "to"), ("in", "charge"), ("with", "knowledge"),
                                   ("briefed", "on"), ("involved", "in"), ("knowledgeable", "about"),
                                   ("following", "the"), ("associated", "with"), ("connected", "with"),
                                   ("connected", "to")})


def _headline_verb_after_role(lead: Sequence[Token]) -> bool:
    """A role noun right before a verb in the present tense, the words before a name being a
    headline's clause, no title (‘Ohio governor vetoes Medicaid expansion’, ‘Labour minister slams
    Tesco’); never an office's own words (‘head of operations’, ‘former congressman’).

    >>> from quotesearch.tokens import tokenize
    >>> _headline_verb_after_role(tokenize("Tennessee GOP governor vetoes")), _headline_verb_after_role(tokenize("head of operations"))
    (True, False)
    """
    return any(a.word in ROLE_NOUNS and b.text.islower() and b.word.endswith("s") and b.word not in ROLE_NOUNS
               and b.word not in FUNCTION_WORDS for a, b in zip(lead, lead[1:]))
