"""Speaker mentions: the words that name who said a quotation, read backward from a cue verb
("Boris Pistorius, Germany’s defense minister, said") or forward from it ("said Healey, who…"),
as a name, a pronoun, an organisation or a description ("a source close to the Kremlin").

This module reads forward (mention_after); reading backward (mention_before) lives in
:mod:`quotesearch.backward_mentions`, with where a mention read back opens or stops in
:mod:`quotesearch.mention_edges`. The readers' helpers live in modules by what they decide:
:mod:`quotesearch.mention_words`,
:mod:`quotesearch.mention_names`, :mod:`quotesearch.mention_offices`, :mod:`quotesearch.mention_bodies`,
:mod:`quotesearch.mention_asides`, :mod:`quotesearch.mention_descriptions`.
"""

from __future__ import annotations

from quotesearch.lexicon import FINITE_BE_FORMS, LazyPattern, RE_AGE_EPITHET, wordset
from quotesearch.place_words import TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS
from quotesearch.body_words import (
    BUSINESS_WORDS, FIRM_KIND_TITLES, FIRM_LABEL_NOUNS, OFFICE_BODY_LEADS, ORG_WORDS, OUTLET_KIND_NOUNS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, OFFICE_WORDS, ROLE_NOUNS, SEAT_TITLES
from quotesearch.speech_words import AUXILIARIES, BARE_PASTS, CLAUSE_SUBJECT_OPENERS, PRONOUNS, SPEECH_VERBS
from quotesearch.names import (
    OFFICE_IN_TAILS, PARTY_WORDS, POST_NOMINALS, RE_ORDINAL, ends_in_title, heading_verbs_trimmed, split_title,
)
from quotesearch.name_parts import FUNCTION_WORDS, LEADING_PARTICLES, PARTICLES, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive, opens_first_title
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DETERMINERS, IRREGULAR_PAST, Mention, POSSESSIVES, RELATIVES, _description, _heading_words, _is_age, _placed_end,
    NAMING_PARTICIPLES, _plural_noun_capital, _role_plural, _verb_on_office_after_subject, past_shaped, verb_shaped,
)
from quotesearch.mention_names import (
    PLACE_NOUNS, REGION_NOUNS, REGION_WORDS, _bare_handle, _handle_after, _name_run_end, _named_kind_of_one,
    _nickname_end, _object_named_after_verbs, _surnamed_description, introduced_handle, month_before_day,
    month_given_alone,
)
from quotesearch.mention_offices import (
    PARTY_RANK_WORDS, SEAT_MEMBER_RANKS, _bare_title, _chamber_party_member, _honorific_at, _name_after_lower_office,
    _office_in_body_after, _one_of_party, _styled_of_place,
)
from quotesearch.mention_bodies import (
    _agent_of_named_body, _possessive_in_body_name, _role_before_comma_name, _shop_name_end,
    _spokesperson_named_after_body,
)
from quotesearch.body_name_ends import (
    _body_and_end, _ends_in_body_of, _level_before_department, _linked_body_end, _lower_remit_named, _title_after_body,
    _to_remit_after,
)
from quotesearch.mention_nations import (
    _name_after_envoy_remit, _nation_state, _office_of_state, _outlet_named_after_nation, _state_outlet_after,
    service_before_rank,
)
from quotesearch.mention_descriptions import (
    _bare_description, _compared_by_age, _described_before_as_clause, _modified_document, _numbered_unit, _unit_of_body,
    cause_name_end,
)
from quotesearch.backward_descriptions import _outlet_named_after_kind
from quotesearch.set_off_names import _name_after_comma, _office_then_name, _unlisted_person_set_off, state_before_title
from quotesearch.description_ends import (
    _counted_people, _description_after, _former_or_latter_alone, _one_by_nation, _one_of_set_off_description,
    _people_described_end, _run_mention, _run_role, _sources_described,
)
from quotesearch.backward_mentions import ASIDE_PREPOSITIONS, PLACE_OBJECT_PREPOSITIONS, mention_before


#: Words for someone no one names (‘…,” someone shouted from the back’): a speaker the story never
#: identifies, never the last one named.
INDEFINITE_SPEAKERS = frozenset("someone somebody".split())


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


#: A ministry's remit in lower case cut at its "and" (‘the ministry of environment’), and the second
#: word of the remit after it, before the verb (‘ and energy said’).
#:
#: >>> RE_LOWER_REMIT_AND.match(" and energy said in a statement").group(1)
#: ' and energy'
RE_LOWER_REMIT_END = LazyPattern(r"(?i:\bthe )(?:ministry|department) of \p{Ll}+$")
RE_LOWER_REMIT_AND = LazyPattern(r"( and \p{Ll}+)(?= (?:said|says|told|added|has|had|is|was|announced|confirmed|"
                                 r"denied|insisted|warned|stated|wrote)\b)")


#: Prepositions after a verb whose object a name may be ("took to Instagram", "addressed fans on X").
OBJECT_PREPOSITIONS = wordset("to on at in into onto via about")

#: Verbs by which a body's "it" refuses to do a thing (‘It declined to disclose revenue but said …’): the
#: "it" before them, then "to" and a verb, is the subject that acts, a body (never ‘It declined to 3%’, a
#: figure after "to").
#:
#: >>> sorted(IT_DECLINING_VERBS)
#: ['declined', 'refused']
IT_DECLINING_VERBS = wordset("declined refused")


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


#: What may stand before a word that opens a sentence or a clause of its own (punctuation; not
#: :data:`quotesearch.kinship.SENTENCE_OPENERS`, the words that open one).
SENTENCE_BREAKS = frozenset('.!?:;"“”‘’\'—')


#: Words that count people: "Thousands of protesters", "dozens of supporters".
QUANTITY_WORDS = frozenset("thousands hundreds dozens scores millions tens hundred thousand dozen".split())


#: Nouns of a parent that a count of their children may follow in a description (‘a mother of two’).
PARENT_HEADS = frozenset("mother father parent mom mum dad grandmother grandfather grandparent".split())

#: How many children a parent described has, right after the noun (‘a father of three’, ‘a mother of
#: two young children’), never a count that opens another noun (‘a father of three-year-old twins’);
#: see :func:`mention_after`'s doctest.
RE_PARENT_OF_COUNT = LazyPattern(r" of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                                 r"(?: (?:young |small |grown |teenage |adult )?(?:children|kids|sons|daughters|boys|girls))?"
                                 r"(?![\p{L}\d\-’'])")


def _named_agent(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is "by" and a person's name follows, an age's epithet before it at most: the passive's agent is
    whom the sentence is about (‘The contest was won by 19-year-old Kelsey Ogden, who …. “…,” she said’), never
    a described crowd (‘was expected by all 24 economists’).

    >>> t = tokenize("was won by 19-year-old Kelsey Ogden, who"); _named_agent(t, 2)
    True
    >>> t = tokenize("was expected by all 24 economists polled"); _named_agent(t, 2)
    False
    """
    if k >= len(toks) or toks[k].word != "by":
        return False
    a = k + 1 + (k + 2 < len(toks) and RE_AGE_EPITHET.fullmatch(toks[k + 1].text) is not None)
    return a < len(toks) and toks[a].capitalized and is_name_token(toks[a])


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
    if text and (given := month_given_alone(toks, j, text)) is not None:
        return given  # a month that is the given name of one named in full just before: ‘says June, 63.’ (w110e)
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
    if (unit := _unit_of_body(m, text)) is not None:
        return unit  # ‘said Local 88 of the Restaurant Workers Union, which …’ (w71d)
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


def _title_word_at(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` stands in a title before a name, a role noun right after it or one word on:
    a verb's noun form there is no verb (asked only when a verb may end the noun phrase there).

    >>> _title_word_at(tokenize("said Virginia state director X"), 2), _title_word_at(tokenize("said state Sen. X"), 1)
    (True, True)
    >>> _title_word_at(tokenize("Kaduna state police spokesman X"), 1), _title_word_at(tokenize("the report found"), 1)
    (True, False)
    """
    n, x = len(toks), toks[k]
    return k + 1 < n and (toks[k + 1].word in ROLE_NOUNS  # "Virginia state director"
                          or service_before_rank(toks, k)  # ("county fire Capt. X")
                          or (x.word == "state" and state_before_title(toks, k))  # ("said state Sen. X")
                          or (k + 2 < n and x.text.islower() and not x.word.endswith(("ed", "s"))
                              and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
                              and toks[k + 2].word in ROLE_NOUNS))  # ("Kaduna state police spokesman X")


def _verb_after_described_subject(toks: list[Token], j: int, k: int) -> bool:
    """``toks[k]``, a past verb in lower case (‘beat’, ‘defeated’), follows a described subject read from
    ``toks[j]`` (a determiner, then words ending in a noun of people or an age) and comes before the object
    it acts on (a determiner, an owner or a name): the verb ends the noun phrase, whose one acts; never a
    role before the name the object has (‘The 27-year-old beat the world champion Lena Vorst’ is the
    27-year-old; w69c).

    >>> t = tokenize("The veteran beat the world champion Lena Vorst")
    >>> _verb_after_described_subject(t, 0, 2), _verb_after_described_subject(tokenize("The 27-year-old defeated Lena Vorst"), 0, 2)
    (True, True)
    >>> _verb_after_described_subject(tokenize("A worker named Antonio Arroyo"), 0, 2)
    False
    >>> _verb_after_described_subject(tokenize("The defeated candidate Jane Roe"), 0, 1)
    False
    """
    x = toks[k]
    if not (k > j + 1 and k + 1 < len(toks) and x.text.islower() and x.text.isalpha()
            and (x.word in IRREGULAR_PAST or x.word.endswith("ed")) and x.word not in NAMING_PARTICIPLES
            and x.word not in SPEECH_VERBS and toks[j].word in DETERMINERS):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return before.text.islower() and (before.word in DESCRIPTION_NOUNS or _is_age(before.word)) \
        and all(y.text.islower() and y.text.replace("-", "").isalnum() for y in toks[j + 1:k]) \
        and (after.word in DETERMINERS or after.word in POSSESSIVES or is_name_token(after)) \
        and not _preposition_before_name(toks, k + 1)


def _preposition_before_name(toks: list[Token], k: int) -> bool:
    """Whether the lower-case words from ``toks[k]`` reach a preposition before any name: the verb before
    them took no object that a name ends (‘The post came three days after Kaylee Vance shared …’ is no
    described subject acting on Vance; ‘beat the world champion Lena Vorst’ is).

    >>> _preposition_before_name(tokenize("came three days after Kaylee Vance"), 1)
    True
    >>> _preposition_before_name(tokenize("beat the world champion Lena Vorst"), 1)
    False
    """
    for y in toks[k:k + 8]:
        if not (y.text.islower() and y.text.replace("-", "").isalnum()):
            return False
        if y.word in ASIDE_PREPOSITIONS or y.word in OBJECT_PREPOSITIONS:
            return True
    return False


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
    if subject and t.word == "it" and j + 3 < n and toks[j + 1].word in IT_DECLINING_VERBS and toks[j + 2].word == "to" \
            and toks[j + 3].text.isalpha() and toks[j + 3].text.islower():
        return Mention(t.start, t.end, t.text, "pronoun")  # a body's "it" that declines to do a thing, then
        # says another: ‘It declined to disclose revenue but said sales had “more than tripled”’ (w98b)
    if subject and t.word == "it" and j + 1 < n and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
            and verb_shaped(toks[j + 1].word) and _object_named_after_verbs(toks, j + 1):
        return Mention(t.start, t.end, t.text, "pronoun")  # a thing's "it" that acts is the subject, never the
        # object named after its verb: ‘It closed by inviting Otieno to visit “…”’ names no Otieno who speaks
    if t.word in QUANTITY_WORDS and j + 2 < n and toks[j + 1].word == "of":
        return _counted_people(toks, j, text)
    # the noun phrase: up to punctuation, a relative pronoun, a verb or a preposition after a name
    k = j
    last_run = None
    seat_and = -1  # where "and" joins the halves of a seat's or a portfolio's name (_seat_with_and)
    while k < n and k - j < 12:
        x = toks[k]
        if subject and _verb_after_described_subject(toks, j, k):
            break  # (‘The veteran beat the world champion Lena Vorst’ is the veteran, never Vorst)
        if subject and _verb_on_office_after_subject(toks, j, k):
            break  # (‘The board of Quarrystone AI removed co-founder X’ is the board, never a run on to X)
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
                    not _title_word_at(toks, k) or x.word.endswith("ed") or x.word in ("said", "told", "wrote", "spoke"))):
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
        if x.text == "in" and last_run is not None and last_run[1] == k - 1 and toks[k - 1].word in ROLE_NOUNS \
                and toks[k - 1].capitalized and k + 2 < n and toks[k + 1].text in OFFICE_IN_TAILS \
                and is_name_token(toks[k + 2]):
            k += 2  # an office's own "in" phrase is the title's: "Special Agent in Charge Dana Cole", "Editor
            continue  # in Chief Ana Ruiz" (never "Agent" the name, cut before "in"), w100a
        if x.word in ("of", "at", "from", "in", "on", "for", "with", "to", "close", "familiar", "near", "during") and (
                last_run is not None or any(y.word in DESCRIPTION_NOUNS for y in toks[j:k])):
            if last_run is not None and last_run[1] == k - 1 and (last_run[0] == j or (
                    last_run[0] == j + 1 and toks[j].word == "the")) and (e := cause_name_end(toks, last_run[0], k)) is not None:
                s_, e_ = toks[j].start, toks[e].end  # a body named for its people and their cause: ‘Americans for
                return Mention(s_, e_, text[s_:e_] if text else " ".join(y.text for y in toks[j:e + 1]), "organisation")
                # Prosperity called …’, ‘Kansans for Fair Schools’ (never "Americans", "Kansans")
            break  # "Senator X of Ohio", "a source close to the Kremlin", "one farmer near Carrow" (w96c), and
            # when one spoke: ‘said Labour MSP Ann Lee during First Minister’s Questions’ (never "Questions")
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
                    f = k + 1 if k + 1 < e and toks[k].word in FIRM_KIND_TITLES and is_name_token(toks[k + 1]) else k
                    s_, e_ = toks[f].start, toks[e].end  # (its trade written before it is no part of it: ‘Retailer
                    # Dorling & Vane has confirmed …’ is Dorling & Vane, w66f)
                    return Mention(s_, e_, text[s_:e_] if text else " ".join(y.text for y in toks[f:e + 1]), "organisation")
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
        if x.word == "and" and last_run is not None and last_run == (j, k - 1) and _seat_with_and(toks, j, k):
            last_run, seat_and = None, k  # a seat's or a portfolio's name with "and" before the office and the
            k += 1  # person's name: ‘said Highlands and Islands MSP Fraser McLeod’, ‘Trade and Industry Minister Ana Ruiz’
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
        if last_run is not None and ((not _title_word_at(toks, k) and (
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
        if subject and last_run is None and k > j and toks[j].word in DETERMINERS and x.text.islower() \
                and x.word in FINITE_BE_FORMS and k + 1 < n and toks[k + 1].text.islower() and past_shaped(toks[k + 1].word) \
                and not _named_agent(toks, k + 2):
            break  # a described subject's passive, its agent no subject: ‘The decision was expected by all 24
            # economists polled by Meridian Wire’ is about the decision (w65g)
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
        if seat_and >= 0 and rs == seat_and + 1:
            rs = j  # (the seat's or the portfolio's name whole, in the title: "Highlands and Islands MSP")
        trimmed = heading_verbs_trimmed([x.text for x in toks[rs: re_ + 1]])
        re_ = rs + len(trimmed) - 1  # ("Maria Hinojosa Explained Why": the name ends before the verb)
        words = trimmed
        if (linked_end := _linked_body_end(toks, rs, re_, j)) > re_:
            re_ = linked_end  # (a body's name with small words, after its kind: ‘charity Access on Track said’)
            words = [x.text for x in toks[rs:re_ + 1]]
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


def _seat_with_and(toks: list[Token], j: int, a: int) -> bool:
    """Whether the "and" at ``toks[a]`` joins the halves of a seat's or a portfolio's name that an office and
    a full name follow (‘Highlands and Islands MSP Fraser McLeod’, ‘Trade and Industry Minister Ana Ruiz’):
    the office a seat's letters in capitals, or after words of a portfolio only; never two people named
    (‘Trump and Senate Majority Leader Mitch McConnell’, ‘Reid and Labour MP Ann Lee’).

    >>> _seat_with_and(tokenize("Highlands and Islands MSP Fraser McLeod said"), 0, 1)
    True
    >>> _seat_with_and(tokenize("Reid and Labour MP Ann Lee said"), 0, 1), _seat_with_and(tokenize("Anna and Bow MP Ann Lee"), 0, 1)
    (False, False)
    >>> _seat_with_and(tokenize("Trade and Senior Minister Ann Lee"), 0, 1)  # (a portfolio's words only)
    False
    """
    n = len(toks)
    first = toks[j:a]
    if len(first) > 2 or a + 3 >= n or not toks[a + 1].capitalized \
            or any(is_possessive(x) or not x.capitalized or gender_of(x.text) is not None for x in first):
        return False
    e = _name_run_end(toks, a + 1)
    title, name = split_title([x.text for x in toks[a + 1:e + 1]])
    if not title or len(name) < 2:
        return False
    office = title.split()
    head = office[-1].rstrip(".")
    if len(office) < 2 or office[0].lower() in PARTY_WORDS or office[0].lower() in ROLE_NOUNS:
        return False
    if head.isupper() and head.lower() in SEAT_TITLES:
        return len(office) <= 3
    return head.lower() in ROLE_NOUNS and all(w.lower() in OFFICE_WORDS for w in [x.text for x in first] + office[:-1])


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
