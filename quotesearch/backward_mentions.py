"""Reading a speaker mention backward from a cue verb (mention_before, _mention_before): a name, a
pronoun, an organisation or a description ending right before the verb, a body's name whole where
it holds a list, the holder of a long office or of a chamber's seat, the agents for joined groups
and the person named before "of" and their body.
"""

from __future__ import annotations

from dataclasses import replace

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.place_words import COUNTRY_NATIONALITIES, DEMONYMS, NATIONALITY_NOUNS, STATE_AP_FORMS
from quotesearch.name_words import HONORIFICS, THIRD_PERSON_SELVES
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import (
    LEGAL_FORMS, OFFICE_BODY_WORDS, ORG_WORDS, PAIRED_REMITS, PLURAL_POSSESSORS, RULING_WORDS, SAINT_ABBREVIATIONS,
    UNIT_WORDS,
)
from quotesearch.role_words import (
    ACRONYM_RANKS, DESCRIPTION_NOUNS, KIN_NOUNS, OFFICE_NAME_JOINERS, OFFICE_WORDS, ROLE_NOUNS, SEAT_TITLES, TITLE_PARTICIPLES,
    TRADE_GERUNDS,
)
from quotesearch.speech_words import (
    AUXILIARIES, LINKING_SUBJECT_ADVERBS, PRONOUNS, QUOTING_VERBS, SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS,
)
from quotesearch.names import CAUSE_JOINERS, OFFICE_IN_TAILS, PARTY_WORDS, RE_ORDINAL, ends_in_title, heading_verbs_trimmed, split_title
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, PARTICLES, gender_of, is_organisation, is_platform
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DETERMINERS, IRREGULAR_PAST, Mention, POSSESSIVES, PREPOSITIONS, RELATIVES, TIME_WORDS, _description,
    _heading_words, _is_age, _plural_noun_capital, _role_plural, _time_noun_of_a_name, _time_tail_start, description_head, role_text,
)
from quotesearch.mention_names import (
    HANDLE_OWNERS, KIN_PAIR_NOUNS, NAME_HOLDERS, PERSON_OR_BODY_NOUNS, _ampersand_firm_end, _ampersand_in_name, _bare_handle, _day_date_bracket,
    _day_given_name, _full_person_name, _given_name_from_place, _handle_like, _name_pair_before, _name_pair_set_off,
    _name_start_in_run, _named_after_trade, _names_back, _names_back_past_owner, _surname_he, _surnamed_description,
    introduced_handle,
)
from quotesearch.mention_offices import (
    DEPARTMENT_WORDS, OFFICE_ADJECTIVES, SEAT_MEMBER_RANKS, _chamber_party_member, _holder_before, _office_before,
    _office_in_body_before, _office_list_before, _office_list_start, _officer_set_off_after, _owned_party_rank,
    _party_member_back, _rank_described, _role_before_place, _style_at, _the_between_styles, _titled_name_after_the,
)
from quotesearch.mention_bodies import (
    BODY_KINDS, BODY_OF_REACH, SET_OFF_KIND_WORDS, _agent_for_joined_body, _body_kind_aside, _body_named_after_kind,
    _body_named_after_owned_noun, _past_kind_of_body, _person_of_owned_body, _person_of_unit_before_body,
    _possessive_in_body_name, _shop_possessive, _spokesperson_named_after_body,
)
from quotesearch.body_name_ends import (
    CAUSE_BODY_HEADS, REMIT_HEADS, _body_list_tail, _body_with_to_remit, _body_word, _country_owner_back,
    _ends_in_body_of, _letters_after_spell, _linked_body_back, _named_for_country, _rank_body, _remit_body_back, _remit_head,
)
from quotesearch.mention_nations import PLACE_PREPOSITIONS, _envoy_place_dropped, _saints_place, _state_outlet_before
from quotesearch.mention_asides import (
    KEPT_BACK_CLAUSE_REACH, WHO_CLAUSE_WORDS, _agreed_aside_opener, _before_kept_back_clause, _contact_clause_plural,
    _dash_aside_opener, _epithet_name_acting, _kept_back_clause, _kept_back_tail, _participle_phrase_back,
    _party_bracket_opener, _retired_bracket_before,
)
from quotesearch.mention_descriptions import (
    _bare_role_opening, _compared_by_age, _holder_of_pair, _numbered_name, _numbered_unit, _one_described, _one_sent_from, _people_plural, _plural_for_one,
    _relative_antecedent, _trade_before, _trade_head_before, _unit_of_body, cause_name_end,
)
from quotesearch.backward_descriptions import (
    _described_after_fronted_place, _description_back, _document_time_at, _outlet_named_after_kind, _skip_aside_back,
)
from quotesearch.set_off_names import _bare_appositive, _name_before_asides, _place_after_place, voice_identified_as
from quotesearch.description_ends import ROLE_OPENERS
from quotesearch.mention_words import describer_end
from quotesearch.mention_edges import (
    _body_word_glued, _charged_one_opens, _holder_of_a_named_kind, _holder_of_unnamed_acronym, _irish_article_name,
    _kept_by_participle, _long_time_after_name, _long_time_after_describer, _office_alone, _past_chamber_end, place_written_alone_before,
)


#: Speech verbs that are nouns too: after a determiner and a name they are the noun (‘a terse
#: Instagram post’, ‘the White House statement’).
NOUN_LIKE_VERBS = wordset("post posts tweet tweets note notes comment comments remark remarks reply replies claim claims "
                          "report reports answer answers release releases")


#: Prepositions in capitals that open a campaign's object inside its name, its "the" in lower case after
#: them (‘the Coalition Against the Arms Trade’, ‘Doctors Against the War’).
#:
#: >>> "against" in NAME_OBJECT_PREPOSITIONS, "to" in NAME_OBJECT_PREPOSITIONS
#: (True, False)
NAME_OBJECT_PREPOSITIONS = wordset("against")


#: Most tokens between a name's comma and an opening dash for an aside of where the one named is from.
WHERE_FROM_ASIDE_TOKENS = 8


def _where_from_set_off(toks: list[Token], o: int, lo: int) -> bool:
    """The words right before the dash at ``toks[o]`` are an aside of where a person is from, set off by a
    comma after their name and opened by a lower-case "of" (‘Morag Ellis, of climate group Stop Caldera —’).

    >>> _where_from_set_off(tokenize("Morag Ellis, of climate group Stop Caldera — set up — said"), 8, 0)
    True
    >>> _where_from_set_off(tokenize("Ann Lee — a nurse — said"), 2, 0)
    False
    """
    c = next((c for c in range(o - 3, max(lo, o - WHERE_FROM_ASIDE_TOKENS) - 1, -1) if toks[c].text in ",.;:!?"), None)
    return c is not None and c - 1 >= lo and toks[c].text == "," and toks[c + 1].text == "of" \
        and is_name_token(toks[c - 1]) and not is_possessive(toks[c - 1])


def _object_the_in_name(toks: list[Token], i: int, lo: int) -> bool:
    """The lower-case "the" at ``toks[i - 1]`` stands inside a body's name, after its preposition in
    capitals that follows a word of the name (‘Coalition Against the Arms Trade said’), never one that
    opens the sentence (‘Against the Odds said’ stays the rest).

    >>> toks = tokenize("The Coalition Against the Arms Trade said")
    >>> _object_the_in_name(toks, 4, 0), _object_the_in_name(tokenize("Against the Odds said"), 2, 0)
    (True, False)
    """
    return i - 3 >= lo and toks[i - 1].text == "the" and toks[i - 2].capitalized \
        and toks[i - 2].word in NAME_OBJECT_PREPOSITIONS and is_name_token(toks[i - 3]) and not is_possessive(toks[i - 3])


#: Prepositions that open an aside of circumstance, never a role (‘, in a statement,’, ‘, on Tuesday,’).
ASIDE_PREPOSITIONS = wordset("in on at during after before through via with")

#: Lower-case words of where a place lies, before its name (‘in north Essex’, ‘nearby Rockwell Green’,
#: ‘in mid Wales’, ‘in far north Queensland’).
PLACE_LIE_WORDS = frozenset("north south east west northern southern eastern western central nearby neighbouring "
                            "neighboring rural coastal north-east north-west south-east south-west mid far "
                            "upstate downstate".split())


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


#: Participles of an outlet that ran another's document (‘a statement carried by the Saudi Press Agency’).
CARRIED_BY = frozenset("carried published distributed relayed run aired broadcast".split())

#: Owners before a seat's member in capitals and a word that describes them, a description, never a name:
#: ‘with its new MSP declaring …’, ‘the newly elected MP said’.
#:
#: >>> "its" in OWNER_DETERMINERS, "a" in OWNER_DETERMINERS
#: (True, False)
OWNER_DETERMINERS = wordset("the its their his her our")


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


def _holder_named_after_chamber(toks: list[Token], m: Mention, j: int, lo: int, text: str) -> Mention | None:
    """The person named right after the chamber or the body of an office's "in the" or "of the", the
    run read back from the verb ``j`` taking both as one body (‘Opposition leader in the Senate Mary
    Smith said’, ‘PJM leader in the Lok Sabha Sudhakar Reddy Gangula said’): the name, from a given name
    the lists know, or past the body's words the article writes on their own elsewhere
    (:func:`place_written_alone_before`), with the office and the body as its role (w60a).

    >>> t = "Opposition leader in the Senate Mary Smith said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t); (m.text, m.role)
    ('Mary Smith', 'Opposition leader in the Senate')
    >>> t = "Opposition leader in the Senate Mary Smith, however, said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t); (m.text, m.role)
    ('Mary Smith', 'Opposition leader in the Senate')
    >>> t = "A member of the Senate Finance Committee said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'A member of the Senate Finance Committee'
    """
    e = next((e for e in range(j - 1, lo - 1, -1) if toks[e].end == m.end), None)
    if e is not None and e != j - 1 and toks[e + 1].text == "," and toks[j - 1].text == "," and j - e <= 6:
        j = e + 1  # (past an aside set off by commas before the verb: ‘Opposition leader in the Senate Mary
        # Smith, however, termed’) (w67a)
    i = next((i for i in range(j - 1, lo - 1, -1) if toks[i].start == m.start), None)
    if i is None or i - 2 < lo or toks[i].text != "the" or toks[i - 1].text not in ("in", "of") \
            or toks[i - 2].word not in ROLE_NOUNS or m.end != toks[j - 1].end or j - i < 4 \
            or not all(x.capitalized and x.text.replace("-", "").isalpha() for x in toks[i + 1:j]):
        return None
    words = tuple(x.text for x in toks[i + 1:j])
    p = _name_start_in_run(words) or place_written_alone_before(text, words, toks[i + 1].start) \
        or _past_chamber_end(words)
    if not p:
        return None
    s = i - 2
    while s - 1 >= lo and toks[s - 1].capitalized and is_name_token(toks[s - 1]) and i - s < 6:
        s -= 1  # (the office's capitals before it: ‘Opposition leader’, ‘PJM leader’)
    a = toks[i + 1 + p].start
    return Mention(a, m.end, text[a:m.end], "name", text[toks[s].start:toks[i + p].end])


#: Those who act for others, then "for" (‘Lawyers for ’, ‘the solicitors for ’, ‘Counsel for ’): the
#: people after "for" may be two groups joined by "and", both the agents' (:func:`_agents_for_joined`).
#:
#: >>> bool(RE_AGENTS_FOR.match("Lawyers for bereaved families")), bool(RE_AGENTS_FOR.match("Survivors of the fire"))
#: (True, False)
RE_AGENTS_FOR = LazyPattern(r"(?:(?i:the) )?(?:\p{Ll}+ )?(?i:lawyers|solicitors|barristers|attorneys|counsel|representatives"
                            r"|advocates) for ")


def _agents_for_joined(toks: list[Token], m: Mention, lo: int, text: str) -> Mention | None:
    """The agents for two groups joined by "and", whole, where reading back found only the second
    group: ‘Lawyers for bereaved families and survivors of the fire have accused’ is the lawyers for
    both, never "survivors of the fire".

    >>> t = "Lawyers for bereaved families and survivors of the fire said"; toks = tokenize(t)
    >>> _agents_for_joined(toks, Mention(34, 55, "survivors of the fire", "description"), 0, t).text
    'Lawyers for bereaved families and survivors of the fire'
    """
    a = next((i for i in range(lo, len(toks)) if toks[i].start == m.start), None)
    if a is None or a - 2 < lo or toks[a - 1].word != "and" or toks[a - 1].text != "and":
        return None
    prev = _mention_before(toks, a - 1, lo, text)
    if prev is None or prev.kind != "description" or prev.end != toks[a - 2].end or RE_AGENTS_FOR.match(prev.text) is None:
        return None
    return Mention(prev.start, m.end, text[prev.start:m.end], "description", prev.role)


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
    if j - 2 >= lo and text and toks[j - 1].text.isdigit() and toks[j - 2].capitalized \
            and (named := _numbered_name(_mention_before(toks, j - 1, lo, text), toks, j, text)) is not None:
        return named  # a body named with a number: ‘Launchpad 88 said’ (w104c)
    if j - 4 >= lo and (o := _dash_aside_opener(toks, j - 1, lo)) is not None and _where_from_set_off(toks, o, lo) \
            and (named := mention_before(toks[:o] + [Token(toks[o].start, toks[o].start + 1, ",", ",", False)]
                                         + toks[j:], o + 1, lo, text)) is not None:
        return named  # the dash closes an aside of where the one named is from: ‘Morag Ellis, of campaign
        # group Stop Caldera Now — set up to oppose the field — called it’ is hers (read as if set off by commas)
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
    if m is None:
        m = _one_sent_from(toks, j, lo, text)  # (‘Another, allegedly from Varga, said’: the sender, w107e)
    if m is None:
        m = _bare_role_opening(toks, j, lo, text)  # (a headline's ‘Defence chief warns’, w89b)
    if (unit := _unit_of_body(m, text)) is not None:
        m = unit  # a union's numbered branch before its parent: ‘Local 88 of the Restaurant Workers Union said’ (w71d)
    if m is not None and m.kind == "description" and text and (joined := _agents_for_joined(toks, m, lo, text)) is not None:
        m = joined  # (‘Lawyers for bereaved families and survivors of the fire said’: the lawyers for both)
    if text and (p := _kept_by_participle(toks, j, lo)) is not None \
            and (m is None or m.start > toks[p].start) \
            and (inner := mention_before(toks, p, lo, text)) is not None and inner.kind == "description":
        return inner  # the one described before a place's keeper: ‘A cook at a care home run by a national
        # chain said’ is the cook at the care home, never the chain (the object of "by")
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
    v = j  # (the verb's auxiliaries are no part of the clause: ‘A charity that lost its funding has said’)
    while v - 2 > lo and toks[v - 1].word in AUXILIARIES and toks[v - 1].text.islower():
        v -= 1
    if m is None and text and v - 2 >= lo and any(toks[w].word in ("who", "that", "whose") for w in range(max(lo, v - 5), v - 1)) \
            and (outer := _relative_antecedent(toks, v, lo, reach=5)) is not None:
        end = _before_kept_back_clause(toks, outer, v)  # (never the clause that keeps the name back:
        # ‘A senior officer at the registry who sought anonymity told’ is the officer at the registry)
        return _description(toks, outer, v - 1 if end is None else end, text, lower_first=True)  # a relative
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
    if i is not None and m.kind == "description" and text and (person := _described_person_of_body(toks, i, m, lo, text)) is not None:
        return person  # (‘The critic Marcus Tierney of the Lakeshore Tribune called’ is Marcus Tierney, w71d)
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


def _described_person_of_body(toks: list[Token], i: int, m: Mention, lo: int, text: str) -> Mention | None:
    """The person named in full between a lower-case role after "the" or "a" and "of" with the body
    they work for, when the mention found before the cue is the whole run (``toks[i]`` opens it): ‘The
    critic Marcus Tierney of the Lakeshore Tribune called’, ‘the analyst Ben Ortiz of Harwell Securities
    said’ are the person, the role theirs (w71d); never a body's kind before its name (‘the company
    Brecon Meats of Powys’: no given name), nor a role of more than two words.

    >>> t = "The critic Marcus Tierney of the Lakeshore Tribune called"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t); (m.text, m.role)
    ('Marcus Tierney', 'The critic')
    >>> t = "the company Brecon Meats of Powys said"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'the company Brecon Meats of Powys'
    """
    if toks[i].word not in ("the", "a", "an"):
        return None
    o = next((o for o in range(i + 2, min(len(toks), i + 8)) if toks[o].word == "of" and toks[o].end <= m.end), None)
    if o is None:
        return None
    person = _mention_before(toks, o, lo, text)
    if person is None or person.kind != "name" or person.end != toks[o - 1].end or not _full_person_name(person):
        return None
    role = [t for t in toks[i + 1:o] if t.start < person.start]
    if not 1 <= len(role) <= 2 or not all(t.text.isalpha() and t.text.islower() and t.word not in FUNCTION_WORDS for t in role):
        return None
    return Mention(person.start, person.end, person.text, "name", text[toks[i].start:role[-1].end])


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

#: Pronouns that are a relative clause's object, never the subject of the verb after it (‘A man who saw it said’).
CLAUSE_OBJECTS = frozenset("it him her them us me".split())


#: Verbs after a bare "One" opening a sentence, one of a group just named (‘One wrote:’), never a noun
#: ("One post sharing it").
ONE_SAYS = frozenset("said says wrote writes added adds told tweeted commented replied complained".split())

#: Verbs a firm whose name has its 's says with, never a noun an owner's 's could take ("said", never
#: "attacks" or "claims": ‘Clinton’s attacks were echoed’).
FIRM_SAYS = frozenset("said says told added announced warned confirmed wrote stated".split())


def _seat_member_owned(toks: list[Token], i: int, k: int, lo: int, text: str) -> Mention | None:
    """The member a seat's title alone in capitals names after its owner in lower case, ‘its MP’,
    ‘the town’s MP’ (a description, whom the article may name later), never the title as a name. Its owner
    is a possessive in lower case (:data:`~quotesearch.mention_words.POSSESSIVES`: ‘its MP’, ‘their MSP’)
    or "the" and a possessive noun (‘the town's MP’).

    >>> t = "the market town has hosted the base, its MP has warned"
    >>> _seat_member_owned(tokenize(t), 9, 9, 0, t).text
    'its MP'
    >>> t = "the town’s MP said"; toks = tokenize(t); k = [x.text for x in toks].index("MP")
    >>> _seat_member_owned(toks, k, k, 0, t).text
    'the town’s MP'
    >>> t = "Labour MP said"; _seat_member_owned(tokenize(t), 0, 1, 0, t) is None
    True
    """
    if i != k or toks[k].word not in SEAT_TITLES or not toks[k].text.isupper() or k - 1 < lo:
        return None
    o = toks[k - 1]
    if o.text.islower() and o.word in POSSESSIVES:
        s_ = o.start
    elif o.text.islower() and is_possessive(o) and k - 2 >= lo \
            and toks[k - 2].word in ("the", "this", "that") and toks[k - 2].text.islower():
        s_ = toks[k - 2].start  # (‘the town’s MP’, ‘the constituency's MP’)
    else:
        return None
    return Mention(s_, toks[k].end, text[s_:toks[k].end] if text else " ".join(x.text for x in toks if s_ <= x.start <= toks[k].start),
                   "description")


def _kin_set_off_in_relative(toks: list[Token], k2: int, lo: int) -> bool:
    """The words before a name set off end a relative clause on the subject, with a kin noun last: the
    name is that kin's, inside the clause, never the one who speaks (‘The estate, which is run by the
    painter’s nephew, Alec Quill, said’ is the estate's, w86a).

    >>> t = tokenize("The estate, which is run by the painter’s nephew, Alec Quill, said"); _kin_set_off_in_relative(t, 9, 0)
    True
    >>> t = tokenize("The estate's manager, the painter’s nephew, Alec Quill, said"); _kin_set_off_in_relative(t, 9, 0)
    False
    """
    if toks[k2].word not in KIN_NOUNS or not toks[k2].text.islower():
        return False
    a = k2
    while a - 1 >= lo and toks[a - 1].text not in ",.;:—()“”\"" and k2 - a < 12:
        a -= 1
    return toks[a].word in ("which", "who") and toks[a].text.islower() and a - 1 >= lo and toks[a - 1].text == ","


#: What one who died made, and speaks by still (‘A recording of the late broadcaster Tom Weller said’,
#: ‘A letter from the late senator Ed Marr said’): never a description of another who speaks for them
#: (with :data:`DOCUMENT_NOUNS`, rv86a).
LATE_OWN_WORKS = wordset("tape tapes audio clip poem poems diary diaries memoir will words speech interview song lyrics")


def _late_before_noun(toks: list[Token], i: int, lo: int) -> int | None:
    """Where "the late" lies before one or two words in lower case right before the name at ``i``
    (‘the late folk singer Nell Garside’), or None (w86a)."""
    for n in (1, 2):
        h = i - n - 2
        if h >= lo and all(x.text.isalpha() and x.text.islower() for x in toks[i - n:i]) \
                and toks[h + 1].word == "late" and toks[h + 1].text.islower() and toks[h].word == "the":
            return h
    return None


#: Relative words a set-off name's title may follow as its clause's subject, never part of the role (‘which
#: the Justice Secretary, Ann Roe, described as’, w100d).
#:
#: >>> "which" in ROLE_CLAUSE_RELATIVES, "the" in ROLE_CLAUSE_RELATIVES
#: (True, False)
ROLE_CLAUSE_RELATIVES = frozenset("which whom what that".split())


def _role_past_clause_opening(toks: list[Token], s: int, k2: int) -> int:
    """Where the title before a set-off name opens, past what opens its clause: a relative word (‘which the
    Justice Secretary, Ann Roe,’) or the noun the clause with no relative word follows (‘a rule the couple’s
    wedding planner, Ann Roe,’), read from ``s`` to the title's end ``k2`` (w100d).

    >>> toks = tokenize("a rule the couple’s wedding planner, Ann Roe,"); _role_past_clause_opening(toks, 0, 5)
    2
    >>> toks = tokenize("which the Justice Secretary, Ann Roe,"); _role_past_clause_opening(toks, 0, 3)
    1
    >>> toks = tokenize("the couple’s wedding planner, Ann Roe,"); _role_past_clause_opening(toks, 0, 3)
    0
    """
    rel = next((r for r in range(k2 - 1, s - 1, -1) if toks[r].word in ROLE_CLAUSE_RELATIVES and toks[r].text.islower()), None)
    if rel is not None:
        return rel + 1
    if toks[s].word in ("a", "an") and s + 2 < k2 and toks[s + 1].text.isalpha() and toks[s + 1].text.islower() \
            and toks[s + 2].word == "the":
        return s + 2
    return s


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
    if (toks[j].word == "described" and j + 1 < len(toks) and toks[j + 1].word == "as") or toks[j].word in ("branded", "labeled"):
        k = describer_end(toks, k, lo)  # the words "described as" reads past to its describer, read the same
        # way (‘which the BBC has since described as’, ‘which the mayor long described as’; w100d guard)
    while k >= lo and ((toks[k].word in AUXILIARIES and not (toks[k].capitalized and k > lo))  # "Will said"
                       or (toks[k].word in TIME_WORDS and not (  # (never a surname after a given name: ‘Tom Early said’)
                           toks[k].capitalized and k > lo and gender_of(toks[k - 1].text) is not None)
                           and not _time_noun_of_a_name(toks, k, lo))
                       or toks[k].word in NOT_NAMES
                       or (toks[k].word == "long" and k > lo and toks[k - 1].word in ("have", "has", "had"))  # (‘parents
                       # have long described it as’, w100d)
                       or (toks[k].word in THIRD_PERSON_SELVES and k > lo)  # "Obama himself has called it"
                       or (toks[k].word.endswith("ly") and not toks[k].capitalized and len(toks[k].word) > 4
                           and toks[k].word not in DESCRIPTION_NOUNS)):  # (an adverb, never "the family")
        k -= 1
    if k - 3 >= lo and toks[k].word == "time" and toks[k - 1].word in ("the", "that") and toks[k - 2].text == "at":
        k -= 3  # a time phrase between the subject and its verb: ‘Aldera at the time called the report “…”’
    if k - 3 >= lo and (timed := _document_time_at(toks, k, lo)) is not None \
            and not (j + 2 < len(toks) and toks[j + 1].word in SUBJECT_SPEAKER_PRONOUNS and toks[j + 2].word in ("had", "has", "have")):
        k = timed - 1  # a document's own time between it and its verb: ‘Her last post before the storm, written
        # on Monday, read’ is her post, never "the storm" (w109f); not before a clause's own teller of a deed
        # done before, whom the document reports (‘Her email before the blaze said she had reported it “three
        # times”’ is hers, where the document would be kept as written; ‘said he was “ashamed”’ is read past)
    if _long_time_after_name(toks, k, lo) or _long_time_after_describer(toks, k, lo):
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
    if k2 != k and k2 - 3 >= lo and toks[k2 + 1].text == "," and (timed := _document_time_at(toks, k2, lo)) is not None:
        k2 = timed - 1  # (the same before an aside: ‘Her last post before the storm, written on Monday, read’)
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
                inner[0].word.endswith("ing") and not inner[0].capitalized and inner[0].word not in TITLE_PARTICIPLES
                and not _trade_title_before_name(inner)):
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
                head = toks[title_start:k2 + 1]
                if toks[k2].word in KIN_PAIR_NOUNS and toks[k2].text.islower():
                    start, head = inner[0].start, []  # (kin, by their names alone: ‘Ethan's parents, Mark and
                    # Joanne Fielding,’)
                return Mention(start, inner[-1].end, text[start: inner[-1].end]
                               if text else " ".join(x.text for x in head + inner), "description")
            if not (len(inner) == 1 and inner[0].text in STATE_AP_FORMS) and all(
                    # (a town's state set off is no name: ‘officials at the University of Tupelo, Miss., said’)
                    is_name_token(x) or x.word in HONORIFICS or (x.text in PARTICLES and 0 < c < len(inner) - 1)
                   or (c == 0 and _style_at(inner, 0))  # (a style's degree: ‘the Most Revd Stephen Cottrell’)
                   or _the_between_styles(inner, c) or _day_given_name(inner, c)
                   or _ampersand_in_name(inner, c)  # (a firm's: ‘Her publisher, Faber & Faber, said’)
                   for c, x in enumerate(inner)) and len(inner) <= 7 \
                    and not is_possessive(inner[-1]) and not _kin_set_off_in_relative(toks, k2, lo) \
                    and (not is_name_token(toks[k2]) or (
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
                        _holder_before(toks, (b := _names_back_past_owner(toks, k2, lo)) - 1, lo)
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
                title_start = _role_past_clause_opening(toks, title_start, k2)
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
    if (k == j - 1 or (k2 != aside_end and k == k2 and len(t.text) > 4 and toks[k + 1].text == ","
                       and toks[k2 + 2].word == "the" and not (k - 1 >= lo and toks[k - 1].word in ("and", "&", "or")))) \
            and t.text.isalpha() and t.text.isupper() and not is_name_token(t) and (
            len(t.text) > 4 or (len(t.text) > 2 and t.word in FUNCTION_WORDS and toks[j].text.islower())):
        # an acronym of five letters or more right before the cue ("UNICEF said"), which the
        # name reader leaves to headlines, or one that spells a small word, before a cue in lower
        # case ("In a statement, WHO said:" is a body, never the question word); with "the" before
        # it, as written ("the UNHCR said"); but never what a description holds ("a spokesman for
        # UNICEF said" is the spokesman); or past what it is set off as (‘UNHCR, the UN refugee agency,
        # said’) (w66d), never the last of two (‘Both UNICEF and UNHCR, the refugee agency, said’) (review rv66d)
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
        if (seat := _seat_member_owned(toks, i, k, lo, text)) is not None:
            return seat  # a place's member by their seat's title, its owner written: ‘…, its MP has warned’
        if (office := _office_in_body_before(toks, i, k, lo, text)) is not None:
            return office  # ‘Minister of State at the Department of Health Mary Butler said’: Mary Butler
        if i - 2 >= lo and toks[i - 1].text == "," and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2]) \
                and all(x.text.rstrip(".").lower() in LEGAL_FORMS for x in toks[i:k + 1]):
            # a company's legal form set off by a comma ends its name, never stands alone: ‘Brookhaven
            # Kitchen Products, Inc. today announced’ is the company (never "Inc.")
            s_ = toks[_name_run_back(toks, i - 2)].start
            return Mention(s_, t.end, text[s_:t.end] if text else " ".join(x.text for x in toks[_name_run_back(toks, i - 2):k + 1]),
                           "organisation")
        while i - 2 >= lo and ((toks[i - 1].capitalized and toks[i - 1].word in ("our", "the", "of", "and", "for", "a")
                                and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2])
                                and toks[i - 2].word not in FUNCTION_WORDS) or _object_the_in_name(toks, i, lo)):
            i = _name_run_back(toks, i - 2)  # a capitalised small word inside a name: ‘Save Our Kirks’, ‘Friends Of The Earth’
            # (and a campaign's object after its preposition: ‘the Coalition Against the Arms Trade said’)
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
            elif (toks[i].text.endswith(("s’", "s'")) or toks[i].text[:-2].lower() in PLURAL_POSSESSORS) \
                    and i - 1 >= lo and is_name_token(toks[i - 1]) \
                    and (not is_possessive(toks[i - 1]) or (i - 2 >= lo and toks[i - 2].text in SAINT_ABBREVIATIONS)) \
                    and (b := max(lo, _name_run_back(toks, i - 1))) < i \
                    and all(gender_of(x.text) is None for x in toks[b:i]):
                i = b  # (and the place or estate named before the members: ‘The Harbour Row Tenants’ Panel
                # said’ is the panel in full, never "Tenants’ Panel", w93b; but a singular owner before it stops
                # the run, ‘Councillor Mbeki’s Tenants’ Panel’, unless a saint's: ‘St Anne’s Tenants’ Panel’, guard w93b)
                if b - 1 >= lo and toks[b - 1].text in SAINT_ABBREVIATIONS:
                    i = b - 1  # (the saint's abbreviation before a place named for one: ‘St Helens Residents’ Panel’)
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
            if b < i - 2 and b - 2 >= lo and toks[b - 1].text == "and" and (toks[i - 2].word, toks[i].word) in PAIRED_REMITS \
                    and is_name_token(toks[b - 2]) and toks[b - 2].word not in ORG_WORDS \
                    and (b - 3 < lo or not toks[b - 3].capitalized):
                i = b  # two services of one body's name after its places, themselves joined by "and", one word
                continue  # before it: read on to the first (‘A spokeswoman for Mid and West Wales Fire and Rescue
                # Service said’; never a body of its own before "and": ‘Essex Police and Kent Fire and Rescue …’)
            if b - 2 >= lo and toks[b - 1].word in ("of", "for") and is_name_token(toks[b - 2]) \
                    and _letters_after_spell(toks, _name_run_back(toks, b - 2), k):
                i = _name_run_back(toks, b - 2)  # the letters it goes by in brackets spell the whole: ‘The National
                break  # Employers for Fire and Rescue (NEFR) said’ (never "Rescue")
            if not (b - 1 >= lo and toks[b - 1].word in ("of", "for") and b - 2 >= lo and is_name_token(toks[b - 2])) \
                    or (k == i and toks[b - 2].word not in DEPARTMENT_WORDS
                        and not (b == i - 2 and toks[b - 2].word in CAUSE_BODY_HEADS)
                        and not (b == i - 2 and toks[b].word in OFFICE_WORDS and t.word in OFFICE_WORDS)):
                break  # (one word after "and" only in a department's name: "Department of Fish and Game", or
                # joining two words of a remit: ‘The Chaguanas Chamber of Industry and Commerce said’, or one
                # word each side in a cause's body: ‘the Regional Assembly for Democracy and Rights said’)
            i = _name_run_back(toks, b - 2)
        if (r := _remit_body_back(toks, i, lo)) is not None and all(gender_of(x.text) is None for x in toks[i:k + 1]) \
                and not split_title([x.text for x in toks[i:k + 1]])[0]:  # (never a title and a name after it)
            i = r  # a body's name with its remit: ‘The United Nations Committee on Enforced Disappearances said’
        if i - 2 >= lo and toks[i - 1].text == "&" and is_name_token(toks[i - 2]) and not is_possessive(toks[i - 2]) \
                and (all(gender_of(x.text) is None for x in toks[i:k + 1]) or _ampersand_firm_end(toks, i, k)):
            # a firm of partners' names: ‘London shipbroker Ashworth & Lowe said’, ‘said Clarke & Sons’ (and
            # one whose words after "&" a given name opens: ‘Kernow & Tamar Water said’, ‘Marks & Spencer said’)
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
        if (h := _late_before_noun(toks, i, lo)) is not None and not any(
                x.word in DOCUMENT_NOUNS or x.word in LATE_OWN_WORKS for x in toks[max(lo, h - 4):h]) and (
                ((d := _description_back(toks, k, lo)) is not None and d < h)
                or (h - 3 >= lo and toks[h - 1].word == "of" and toks[h - 2].text.isalpha() and toks[h - 2].text.islower()
                    and toks[(d := h - 3)].word in ("the", "a", "an"))):
            return _description(toks, d, k, text)  # the same with their trade between, whatever the noun
            # before: ‘The estate of the late folk singer Nell Garside said’ is the estate (w86a)
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
            if (toks[o].word in ("of", "for") or (toks[o].text == "in" and toks[o + 1].text in OFFICE_IN_TAILS)) \
                    and toks[o - 1].word in ROLE_NOUNS and o == ri - 1:  # (and an office's "in": ‘Special Agent in
                # Charge Dana Cole’, w100a)
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
        plural_noun_last = toks[j].text.islower() and toks[j].word in SPEECH_VERBS  # (a lower-case cue after it)
        if len(heading_verbs_trimmed(name)) < len(name) - (1 if plural_noun_last else 0):
            return None  # "Gina Rodriguez Questioned What …": a heading, not a subject before a cue (but a
            # heading's verb last before a cue in lower case is a plural noun of the name: ‘Summit Crest
            # Health Plans said’)
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
        if (d := _holder_of_unnamed_acronym(toks, i, k, lo)) is not None and role is None and not title:
            return _description(toks, d, k, text)  # ‘The head of one large international NGO, who …, said’
        span_text = text[first.start: t.end] if text else " ".join(words)
        if role is None and not title and i - 2 >= lo and toks[i - 1].text.islower() \
                and (toks[i - 1].word in PLACE_OBJECT_PREPOSITIONS
                     or (toks[i - 1].word in STREET_OBJECT_PREPOSITIONS and toks[k].text in STREET_NAME_ENDS)):
            # a place after a preposition, in a subject described before it: ‘A man standing outside City
            # Hall said’, ‘A banner strung across Main Street read’ (the one described, never the place)
            d = next((d for d in range(i - 2, max(lo - 1, i - 7), -1) if toks[d].word in ("a", "an", "the", "one", "some")), None)
            if d is not None and (d == lo or toks[d - 1].text in ",;:—" or toks[d - 1].word in ("and", "but", "as", "while")):
                if any(x.word in DESCRIPTION_NOUNS and x.text.islower() for x in toks[d + 1:i - 1]):
                    return _description(toks, d, k, text)
                return None  # (a thing there, no one: ‘A sign near Union Station read’)
            if toks[i - 1].word in PLACE_OBJECT_PREPOSITIONS \
                    and any(x.text.islower() and x.word.endswith(("ing", "ed")) and x.word not in DESCRIPTION_NOUNS
                            for x in toks[max(lo, i - 4):i - 1]):
                return None  # (a place after a participle: ‘marching down Fifth Avenue chanted’; never a street
                # after "on", the mention's own: ‘The mother of a boy killed on Hallam Road said’ is the mother,
                # found past the street, review rv82a)
        return Mention(first.start, t.end, span_text, "name", role or title)
    d = _description_back(toks, k, lo)
    if d is not None and d - 1 > lo and toks[d - 1].text.islower() and toks[d - 1].word.endswith("ing") \
            and toks[d - 1].word not in DESCRIPTION_NOUNS and toks[lo].word in ("a", "an", "the", "one") \
            and any(x.word in DESCRIPTION_NOUNS for x in toks[lo + 1:lo + 3]) \
            and not (d - 2 > lo and (toks[d - 2].word in DETERMINERS or toks[d - 2].word in POSSESSIVES)):
        # the object of a participle after the subject: ‘A man accused of murdering a delivery driver
        # answered’ is the man, as first written, never the driver; never a noun in "-ing" after its
        # article, a place the sentence before the clause tells of: ‘A boy was hurt at a crossing the
        # school described as “…”’ is the school (w85a)
        return _description(toks, lo, k, text)
    if d is None and _charged_one_opens(toks, k, lo):
        return _description(toks, lo, k, text)  # the same, whatever the charge's object: ‘A man accused of
        # killing a stranger outside a Hull takeaway has told a jury’ is the man (w60a)
    if (d is None or (d - 1 >= lo and (toks[d - 1].word in PREPOSITIONS or toks[d - 1].word in PLACE_OBJECT_PREPOSITIONS))) \
            and (s := _participle_phrase_back(toks, k, lo)) is not None:
        return _description(toks, s, k, text, lower_first=True)  # one described by what they were doing
        # where: ‘A firefighter resting beside his truck said’, ‘an elder sitting in the shade of a
        # manyatta says’ (never the truck, nor the manyatta; nor one the phrase places them by: ‘One passenger
        # seated two rows behind the man described …’ is the passenger, w69a)
    if d is not None and j < len(toks) and toks[j].word.endswith("ing") and (e := _epithet_name_acting(toks, d, k)) is not None:
        return _mention_before(toks, e + 1, lo, text)  # the one named, whose act the words run on to: ‘the
        # rapper K-Lowe pulled out citing “…”’ is K-Lowe (the rapper), never "the rapper K-Lowe pulled out"
        # (before a participle's cue only: before a verb of its own the name and its verb are a clause of the
        # noun, ‘The woman Kessler attacked told the court’ is the woman, never Kessler)
    if d is None and (d := _trade_head_before(toks, k, lo)) is not None:
        return _description(toks, d, k, text)  # a trade of two words whose head is a thing's word too: ‘a
        # tour guide can be heard telling visitors …’ (w69a)
    if d is not None:
        return _description(toks, d, k, text)
    return None


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


#: Prepositions of place whose object is a place, in a subject described before them ("standing
#: outside City Hall", "strung across Main Street").
PLACE_OBJECT_PREPOSITIONS = frozenset("outside inside near across along down past through behind beside opposite beneath "
                                      "under over into onto".split())

#: Prepositions whose object is a place only when it is a street (‘A neighbor of Hale's on Birch Hollow
#: Road said’, ‘a shopkeeper off Market Street said’: where the one described lives or works), never
#: a body's remit (‘the Committee on Foreign Affairs’) (w82a).
#:
#: >>> "on" in STREET_OBJECT_PREPOSITIONS, "of" in STREET_OBJECT_PREPOSITIONS
#: (True, False)
STREET_OBJECT_PREPOSITIONS = frozenset("on off".split())

#: Last words of a street's name, after one of STREET_OBJECT_PREPOSITIONS (w82a).
#:
#: >>> "Road" in STREET_NAME_ENDS, "Affairs" in STREET_NAME_ENDS
#: (True, False)
STREET_NAME_ENDS = frozenset("Road Street Avenue Boulevard Lane Drive Highway Parkway Crescent Terrace".split())


#: Kinds of bodies written before a body's name ("of brokerage Teranga Capital", "at consultancy X").
#: Words of a campaign's or a lobby's kind before its name (‘the campaign group Save Our Kirks’).
CAMPAIGN_WORDS = frozenset("campaign pressure lobby advocacy activist protest residents residents’ residents' union trade".split())
BODY_OR_CAMPAIGN_KINDS = BODY_KINDS | CAMPAIGN_WORDS


def _trade_title_before_name(inner: list) -> bool:
    """An aside that opens with a trade's "-ing" word, a role noun and then a name is a job title
    and its holder, never a clause (‘One of the passengers, drilling supervisor Ian Kerr, said’),
    unlike ‘speaking to reporters’ (w83a).

    >>> from quotesearch.tokens import tokenize
    >>> _trade_title_before_name(tokenize("drilling supervisor Ian Kerr"))
    True
    >>> _trade_title_before_name(tokenize("speaking to Ian Kerr"))
    False
    >>> _trade_title_before_name(tokenize("praising manager Tom Reed"))  # (a verb and its object, review rv83a)
    False
    """
    return len(inner) >= 3 and inner[0].word in TRADE_GERUNDS and inner[1].word in ROLE_NOUNS \
        and inner[1].text.islower() and all(is_name_token(x) for x in inner[2:]) and len(inner) <= 5


#: A lawyer's trades before a name set off (‘civil rights lawyer Ben Harlow’): one of the lawyers.
LEGAL_TRADES = frozenset("lawyer attorney barrister solicitor counsel advocate".split())

#: Letters after a lawyer's name (‘Mark Stephens KC’).
LEGAL_POST_NOMINALS = frozenset("KC QC SC Esq".split())  # (a barrister's or an attorney's: one of the lawyers)


#: Titles of two or more people, abbreviated (‘Sens. Mark Lowe and Ann Tate’, ‘Messrs. Hale and Ortiz’).
PLURAL_TITLES = frozenset("sens reps drs profs govs gens messrs mmes".split())
