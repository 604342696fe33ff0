"""Cues: what in a quotation's sentence names its speaker.

The sentence around a quotation is read as tokens: its subject after any opening phrase, a cue
verb before or after the quotation with the mention beside it ("…,” said X", "X told reporters:",
"according to X"), and the clause structure that decides which cue is the quotation's (an opening
subordinate clause, a second clause after "while", an aside between commas).
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
import regex
from dataclasses import dataclass, replace

from quotesearch.lexicon import (
    NAMED_PERSON_NOUNS, SUBJECT_SPEAKER_PRONOUNS, PERSON_HONORIFICS, RETIRED_MARKS,
    COUNTED_SPEECH_NOUNS, COUNT_LEADS, RE_COUNT_FIGURE, RE_YEAR_FIGURE,
    ACRONYM_RANKS, ADDRESSING_PARTICIPLES, DEED_REPORT_VERBS, ARTICLES, ASKED_OPENINGS, STATES_NOUN_FOLLOWERS, ASKING_WORDS, ASPECT_VERBS, ASSENT_ASKED_VERBS, AUXILIARIES, CALL_VERBS,
    CARRYING_VERBS, DAY_PART_NOUNS, EXTENT_WRITING_VERBS, QUOTED_EXTENT_PHRASES, WRITING_SHOWING_VERBS, WRITING_DATE_PARTICIPLES, DEMONYMS, DESCRIPTION_NOUNS, DOCUMENT_NOUNS, EPITHET_WORDS, FINDING_VERBS, GENERATION_AFTER,
    GLOSSED_TERM_NOUNS, HAVE_FORMS, HONORIFICS, INVERTED_ONE_WORDS, INVERTED_OPENERS, INVESTIGATOR_LISTENERS, KIN_NOUNS, LABELLING_VERBS,
    BRIEFING_VERBS, LIMITING_WORDS, MESSAGE_VERBS, MINUTE_NOUNS, MINUTE_VERBS, MONTH_NAMES, OBJECT_SPEECH_VERBS,
    OPENING_PLACE_PREPOSITIONS, PERFECT_AUXILIARIES, PHRASAL_CUE_PARTICLES, PHRASAL_CUE_VERBS, PLACE_GIVEN_NAMES,
    POSTING_VERBS, PRONOUNS, QUESTION_LEAD_NOUNS, QUOTING_VERBS, RENAMED_WORDS_NOUNS, ANSWERING_VERBS, WHAT_CLAUSE_PREPOSITIONS, SETTING_ASIDE_PREPOSITIONS, ROLE_NOUNS, SCENE_IRREGULAR_PASTS, SIGN_PLACE_WORDS,
    SLOT_SPEECH_VERBS, SPEECH_VERBS, SUBORDINATE_OPENERS, THING_NOUNS, TIME_NAMES, TIME_POINT_NOUNS, US_STATE_FORMS,
    WEAK_SPEECH_VERBS, WEEKDAY_NAMES, WORK_KIND_NOUNS, WRITING_NOUNS, SIGNED_NOTE_NOUNS, WRITING_VERBS, WRITTEN_THINGS, is_abbreviation,
    MADE_MATERIAL_NOUNS, TARGETING_PARTICIPLES, LazyPattern, state_after_comma, wordset,
)
from quotesearch.mentions import (
    APPOSITIVE_QUALIFIERS, CLAUSE_WORDS, INDEFINITE_SPEAKERS, Mention, NOUN_LIKE_VERBS, OFFICE_BODY_LINKS,
    PLACE_LIE_WORDS, POSSESSIVES, PREPOSITIONS, RE_HANDLE_INTRO, TIME_WORDS, UNMARKED_PLURALS, _given_name_from_place,
    _kept_back_tail, _nickname_end, _remit_head, body_set_off_after_kind, description_head, introduced_handle,
    mention_after, mention_before, person_of_trade_before, present_shaped, service_before_rank, state_before_title,
    voice_identified_as,
)
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, PARTICLES, WORD_GIVEN_NAMES, Token, _name_run_back, gender_of, is_name_token,
    is_organisation, is_possessive, split_title, title_abbreviation, written_elsewhere,
)
from quotesearch.speakers import Person

#: A possible sentence end: terminal punctuation, closing marks, then space.
RE_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)]*\s+")

#: The word that ends just before a full stop.
RE_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")

#: Words that open a clause or an object after a cue verb: "said he would", "cited it".
CLAUSE_OPENERS = wordset("that he she they it we i the a an his her their its this these those there")

#: Words that go on a short attribution after its cue (‘Trump said in a statement’, ‘… said
#: later’), where a lower-case word of another kind opens what was said (‘… said climate change …’).
ATTRIBUTION_TAILS = wordset("""aboard about above across after against ahead along alongside amid amidst among
amongst around as at atop before behind below beneath beside besides between beyond by despite down during
except following for from in inside into like near of off on onto outside over past per since through
throughout till to toward towards under underneath unlike until up upon via when while with within without
then later earlier again once twice afterward afterwards yesterday today tonight overnight here late early
last this next recently previously too also still""")

#: Forms of "ask", whose object is the listener (‘…?” Trump asked reporters’).
ASK_VERBS = wordset("ask asks asked")

#: Words that open what a listener was told (‘told the forum he was …’).
REPORT_OPENERS = wordset("that he she they it we i")

#: Forms of "tell": the name after them is the listener, not the speaker.
TELL_VERBS = wordset("tell tells told telling") | MESSAGE_VERBS | BRIEFING_VERBS  # (who is told, sent or briefed, is the listener)


#: Dashes that put a speaker's name after a quotation: “…” ― Name.
DASHES = frozenset("―—–-")


@dataclass
class Found:
    """A speaker found for a span: the mention, the person, the rule, the cue word."""

    mention: Mention | None
    person: Person | None
    rule: str
    cue: str | None
    how: str = ""


class Lazy:
    """A value computed on first call, then kept (``None`` included): work only some rules need."""

    _UNSET = object()

    def __init__(self, make):
        self._make, self._value = make, Lazy._UNSET

    def __call__(self):
        if self._value is Lazy._UNSET:
            self._value = self._make()
        return self._value


def sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Offsets where a sentence ends inside ``text[lo:hi]`` (abbreviations excluded).

    >>> t = "Mr. Smith left. He said."
    >>> sentence_ends(t, 0, len(t))
    [16]
    """
    out = []
    for m in RE_SENTENCE_END.finditer(text, lo, hi):
        start, end = m.span()  # (read once: each test below asks)
        if end < hi and not ((c := text[end]).isupper() or c in "“\"‘'(«"):
            continue
        if text[start] == ".":
            w = RE_LAST_WORD.search(text, max(lo, start - 20), start + 1)
            if w and (is_abbreviation(word := w.group(1)) or state_after_comma(text, w.start(1), word)
                      or len(word) == 1 or title_abbreviation(text, word, start + 1)):
                continue
        out.append(end)
    return out


def last_sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the last full sentence of ``text[lo:hi]`` starts, for a stretch that runs up to a new
    sentence (the words before a quotation, a paragraph and its break): the end before the
    stretch's last sentence end, or ``lo``.

    >>> t = "Mr. Smith left. He said so. "
    >>> t[last_sentence_start(t, 0, len(t)):]
    'He said so. '
    >>> last_sentence_start("He said so.", 0, 11)
    0
    """
    ends = sentence_ends(text, lo, hi)
    return ends[-2] if len(ends) > 1 else lo


def _first_word(toks: list[Token]) -> int:
    i = 0
    while i < len(toks) and toks[i].text in ",—–-―:;()’”\"'":
        i += 1
    return i


#: Prepositions of where someone is that may follow a person's name, set off and verbless, before a
#: colon and their words (‘Harold, from across the kitchen:’, ‘Mina, behind the counter:’).
#:
#: >>> "from" in WHERE_LABEL_PREPOSITIONS, "about" in WHERE_LABEL_PREPOSITIONS
#: (True, False)
WHERE_LABEL_PREPOSITIONS = wordset("from behind beside across at by near outside inside over under")

#: How many words the phrase of where may hold, colon not counted.
WHERE_LABEL_MAX_WORDS = 6


def _named_from_where(text: str, toks: list[Token], i0: int) -> Mention | None:
    """A person's name opening the sentence, then only a phrase of where they are, set off and with no
    verb, before the colon (‘Harold, from across the kitchen:’): the one who says the words after it. Only
    a given name the lists know (never a place: ‘Paris, in the spring:’), the phrase in lower-case words
    alone (never ‘Harold, at last, had his answer:’).

    >>> from quotesearch.names import tokenize
    >>> t = "Harold, from across the kitchen:"; _named_from_where(t, tokenize(t), 0).text
    'Harold'
    >>> t = "Harold, about the kitchen:"; _named_from_where(t, tokenize(t), 0) is None
    True
    """
    m = mention_after(toks, i0, text) if i0 < len(toks) else None
    if m is None or m.kind != "name" or m.start != toks[i0].start or gender_of(m.text.split()[0]) is None \
            or (" " not in m.text and m.text.lower() in PLACE_GIVEN_NAMES):  # (a place's name alone that is a
        # given name too, never one speaking: ‘Jordan, at the border crossing: “No entry” signs …’; review rv2)
        return None
    c = next((c for c in range(i0 + 1, len(toks)) if toks[c].start >= m.end), None)
    if c is None or toks[c].text != "," or c + 1 >= len(toks) or toks[c + 1].word not in WHERE_LABEL_PREPOSITIONS:
        return None
    phrase = toks[c + 1:-1]
    if not 2 <= len(phrase) <= WHERE_LABEL_MAX_WORDS \
            or not all(x.text.isalpha() and x.text.islower() and x.word not in SPEECH_VERBS for x in phrase):
        return None
    return m


def _is_cue(t: Token, weak_ok: bool) -> bool:
    return t.word in SPEECH_VERBS and not t.capitalized and (weak_ok or t.word not in WEAK_SPEECH_VERBS)


#: Verbs that, with "in" or "up" after them, say someone spoke into a talk (‘…,” Russo cut in’,
#: ‘…,” the moderator broke in’, ‘…,” a woman piped up’).
CUT_IN_VERBS = wordset("cut cuts broke breaks butted butts jumped jumps chipped chips piped pipes")


#: Verbs that, with "back" after them, say someone answered a speaker in words (‘…,” a woman near the
#: front shot back’, ‘…,” the coach hit back’, w63b); alone, most often a shot or a blow.
#:
#: >>> "shot" in RETORT_BACK_VERBS, "fired" in RETORT_BACK_VERBS
#: (True, False)
RETORT_BACK_VERBS = wordset("shot shoots hit hits")


def _cuts_in(toks: list[Token], t: Token | None) -> bool:
    """The token ``t`` is a verb of speaking into a talk with its particle after it (‘cut in’), or of
    answering back (‘shot back’, :data:`RETORT_BACK_VERBS`)."""
    if t is None or t.capitalized or (t.word not in CUT_IN_VERBS and t.word not in RETORT_BACK_VERBS):
        return False
    k = _index_after_offset(toks, t.end)
    return k < len(toks) and toks[k].word in (("in", "up") if t.word in CUT_IN_VERBS else ("back",)) and (
        k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum() or toks[k + 1].word in ("from", "at", "again"))
    # (never a thing cut or broken up: ‘cut in half’, ‘broke up the meeting’)


def _telling_before(toks: list[Token], m: Mention) -> int:
    """Where the verb of telling or the "to" stands that makes the mention ``m`` one spoken to, past
    its lower-case role (‘telling referee Gareth Noakes’, ‘speaking to Sky Sports’), or -1."""
    k = _index_before(toks, m.start)
    while k > 0 and toks[k].text.islower() and toks[k].word in ROLE_NOUNS:
        k -= 1
    return k if k >= 0 and (toks[k].word in TELL_VERBS or toks[k].word == "to") else -1


def _given_name_set_off(text: str, toks: list[Token], m: Mention | None) -> Mention | None:
    """The given name set off after the one described who opens the sentence, with where they are
    from, before a colon (‘A reader, Paul in Stockport, emails:’, ‘One listener, Ama from Tema,
    texts:’ are Paul's and Ama's); else ``m`` itself."""
    if m is None or m.kind != "description":
        return m
    k = _index_after_offset(toks, m.end)
    if k >= len(toks) or toks[k].text != ",":
        return m
    close = next((c for c in range(k + 2, min(len(toks), k + 7)) if toks[c].text == ","), None)
    given = _given_name_from_place(toks, close, 0, text) if close is not None else None
    return given if given is not None and given.start == toks[k + 1].start else m


def _posted_thing(verb: Token, m: Mention) -> bool:
    """The mention after a verb of making public is the thing it made public, a document or a
    picture (‘…”, posted a video of herself at the airport’, ‘…”, shared a message on X’), never one
    who speaks; ‘…,” posted a fan from Leeds’ is still the fan's."""
    head = description_head(m.text) or ""
    return verb.word in POSTING_VERBS and m.kind == "description" and (head in DOCUMENT_NOUNS or head in POSTED_THINGS)


def _opens_speech(t: Token) -> bool:
    """A cue right after a quotation and its speaker, where "began" says speaking too (‘…,” the
    mayor began’; never a cue further off: ‘a renovation that never began’), and so does pressing a
    question (‘…?” the senator pressed.’)."""
    return _is_cue(t, True) or ((t.word in ("began", "begins") or t.word in SLOT_SPEECH_VERBS) and not t.capitalized)


#: Words that open an introductory phrase before a sentence's subject ("On Monday, …").
INTRO_WORDS = wordset("""
on in at after before during when while as since asked speaking responding following earlier later
addition despite although though because for with without from by like unlike given under over
within about among amid if once until unless whether here there back outside behind beside across
throughout around according
""")

#: Prepositions of place that open an introductory phrase only before a word in lower case
#: ("Inside the building, …", never "Beyond Meat said", "Inside Edition reported").
PLACE_INTRO_WORDS = wordset("inside near beyond further farther along")

#: Words that open a phrase of place before a sentence's subject (‘Further down the road,’, ‘Along
#: the street,’), with the prepositions of :data:`quotesearch.speakers.OPENING_PREPOSITIONS`.
PLACE_OPENERS = PLACE_INTRO_WORDS | wordset("outside behind beside across around back here there")

#: Adverbs that may stand between a subject and its verb ("Trump later said", "Mills then writes").
SUBJECT_ADVERBS = wordset("then also later now")

#: Prepositions after which a name is a place or a medium, not a speaker ("on Twitter", "at CNN").
PLACE_PREPOSITIONS = wordset("on in at via")

#: Prepositions of a way gone: a name after them is a place ("marched down Main Street").
MOTION_PREPOSITIONS = wordset("down along through across past")

#: Prepositions before a word of where a place lies (‘in mid Wales’, ‘off west Cork’, ‘the coast of north Devon’).
PLACE_LYING_PREPOSITIONS = wordset("in at of off near outside from across around throughout")

#: Verbs before "on" that go on speaking, before a colon (‘the priest went on:’, ‘she carried on:’).
GOING_ON_VERBS = wordset("went goes carried carries pressed presses")

#: Particles that make "call" a request, not a naming ("called for a ban", "called on Americans").
CALL_PARTICLES = wordset("for on off out")

#: Forms of "be" before a passive participle ("was asked by").
BE_FORMS = wordset("was were is are been being")

#: Participles that follow a document as a clause of their own ("a message posted on Facebook").
POSTING_PARTICIPLES = frozenset("posted published released sent issued shared tweeted uploaded circulated filed".split())

#: Words that open when something was done (‘posted after midnight’, ‘released before the vote’).
TIME_LEADS = frozenset("after before during since until overnight late early".split())

#: Adverbs of where after a posting participle that keep it a participle after its document, like a
#: preposition would (‘In a video posted online on Wednesday, she said’: the words are hers).
#:
#: >>> sorted(POSTING_WHERE_ADVERBS)
#: ['online', 'publicly']
POSTING_WHERE_ADVERBS = frozenset("online publicly".split())

#: Emergency numbers that make the word after them a call, a noun (‘a recording of a 999 call made by …’,
#: ‘a 911 call’), never a cue whose subject is what comes before.
#:
#: >>> "999" in EMERGENCY_NUMBERS and "2020" not in EMERGENCY_NUMBERS
#: True
EMERGENCY_NUMBERS = frozenset("999 911 112 000 111 101 311".split())

#: The nouns of a call after an emergency number (‘a 999 call’, ‘two 911 calls’).
EMERGENCY_CALL_NOUNS = frozenset("call calls".split())

#: What is posted that the document nouns lack (‘a statement posted shortly after midnight’).
POSTED_THINGS = frozenset("statement statements post message email tweet video photo".split())

#: Verbs whose passive names the speaker after "by" ("was asked by host Bill Maher").
ASKING_VERBS = wordset("asked told questioned pressed")

#: Nouns of time that make a sentence's opening phrase a time phrase ("Earlier this week,").
TIME_NOUNS = wordset("day days week weeks month months year years hour hours minute minutes time "
                       "times decade decades century moment moments second seconds")

#: Words that may open a sentence before its subject and are skipped alone ("But Trump said").
OPENERS = wordset("but and so yet or also then still now instead meanwhile however indeed "
                    "moreover later earlier separately first finally again backstage offstage onstage overnight "
                    "downstairs upstairs abroad afterwards afterward elsewhere privately publicly")


#: Words that join a second clause, with its own subject, to a sentence after a comma.
CLAUSE_JOINERS = wordset("while whereas but")


def _opens_with(text: str, at: int, words: frozenset[str]) -> bool:
    """The words at ``at`` start with one of ``words``, punctuation aside (a cheap test before
    tokenising).

    >>> _opens_with("— While Obama", 0, CLAUSE_LEADS), _opens_with("Obama said", 0, CLAUSE_LEADS)
    (True, False)
    """
    first = text[at:at + 32].lstrip(" \t,—–-―:;()“\"‘'").split(None, 1)
    return bool(first) and first[0].lower().strip(",") in words


def _subordinate_at(toks: list[Token]) -> int | None:
    """Where a sentence's opening subordinate clause starts: its subordinating word, after any
    punctuation and openers ("But even as Trump claimed …" → "as"), or None."""
    i = _first_word(toks)
    while i < len(toks) and toks[i].word in CLAUSE_LEADS and toks[i].word not in SUBORDINATE_OPENERS:
        i += 1
    k = _count_end(toks, i, 3)
    if k + 1 < len(toks) and (k > i or toks[k].word.endswith("s")) and toks[k].word in TIME_NOUNS \
            and toks[k].word not in ("time", "times") and toks[k + 1].word in SPAN_SUBORDINATORS:
        return k + 1  # past a span of time before it: ‘Two days after X announced that “…,” Y confirmed …’,
        # ‘Weeks after a session that one parent described as “…,” the superintendent announced …’
    c = next((c for c in range(i + 1, min(len(toks) - 1, i + 4)) if toks[c].text == ","), None)
    if c is not None and toks[c + 1].word in SUBORDINATE_OPENERS and (
            (toks[c - 1].word in LATER_WORDS and not any(_verb_like(x) or x.word in PRONOUNS for x in toks[i:c - 1]))
            or (toks[c + 1].word in SPAN_SUBORDINATORS and _time_phrase(toks, i))):
        i = c + 1  # past a phrase of time before it: ‘Moments later, after X called out “…”, Y ordered him out’,
        # ‘Last month, after a meeting that one attendee described as “…,” the deacons asked …’
    return i if i < len(toks) and toks[i].word in SUBORDINATE_OPENERS else None


def _asked_opening_end(toks: list[Token]) -> int | None:
    """The comma that ends a sentence's opening clause of being asked (‘Asked whether X would start,’,
    ‘Pressed on whether Rix had asked to leave,’), or None."""
    i = _first_word(toks)
    if i >= len(toks) or toks[i].word not in ASKED_OPENINGS or not toks[i].capitalized:
        return None
    return next((c for c in range(i + 1, len(toks)) if toks[c].text == ","), None)


#: Words that end a phrase of time before a clause ("Moments later,", "Hours earlier,").
LATER_WORDS = wordset("later earlier afterwards afterward")

#: Subordinating words a span of time may stand before (‘Two days after’, ‘Hours before’).
SPAN_SUBORDINATORS = wordset("after before since")

#: A sentence opening with such a phrase, or with a span of time before "after", "before" or "since"
#: (‘Two days after ’, ‘Hours before ’), or with a time phrase and its comma before one (‘Last month, after ’):
#: a cheap test before tokenising.
RE_LATER_OPENING = re.compile(r"[\s,—–\-―:;()“\"‘']*(?:(?:\w+ ){1,2}(?:later|earlier|afterwards|afterward), "
                              r"|(?:\w+ ){1,2}\w+, (?:after|before|since) "
                              r"|(?:\w+ ){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?) (?:after|before|since) )", re.I)


def _in_opening_clause(toks: list[Token]) -> bool:
    """The words before the quotation are a sentence's opening subordinate clause, not yet ended
    by a comma: ‘While President Obama has cautioned against’, ‘But even as Trump claimed that’."""
    i = _subordinate_at(toks)
    return i is not None and not any(x.text == "," for x in toks[i:])


def _joins_clause(text: str, toks: list[Token]) -> bool:
    """The words open a clause of their own after a comma (and an earlier quotation): ‘…,”
    while Trump …’."""
    i = _first_word(toks)
    if not (i < len(toks) - 1 and toks[i].word in CLAUSE_JOINERS):
        return False
    before = text[max(0, toks[i].start - 8):toks[i].start].rstrip().rstrip("”\"’'»")
    return before.endswith(",")


#: A state or district written as initials after its town ("Concord, N.H.", "Washington, D.C.").
#:
#: >>> bool(RE_POSTAL_STATE.fullmatch("N.H.")), bool(RE_POSTAL_STATE.fullmatch("U.S.A."))
#: (True, False)
RE_POSTAL_STATE = re.compile(r"[A-Z]\.[A-Z]\.")


def _time_phrase(toks: list[Token], i: int) -> bool:
    """The words from ``i`` to the next comma are a time phrase ("on Sunday,", "last week,").

    >>> from quotesearch.names import tokenize
    >>> _time_phrase(tokenize("on Sunday, Clinton"), 0), _time_phrase(tokenize("on Clinton, who"), 0)
    (True, False)
    """
    comma = next((c for c in range(i, min(len(toks), i + 6)) if toks[c].text == ","), None)
    return comma is not None and comma > i and toks[i].word in TIME_WORDS \
        and all(x.word in TIME_WORDS or x.word in TIME_NOUNS or x.word in NOT_NAMES or x.text.isdigit()
                or not x.capitalized for x in toks[i:comma]) and not any(x.word in PRONOUNS for x in toks[i:comma])


#: Words in -ing and -ed that qualify an office before a name, never an opening phrase's participle
#: (‘Outgoing President Gonzalo Ibarburu, who …, congratulated’, ‘Retired Gen. X’).
OFFICE_QUALIFIERS = wordset("outgoing incoming sitting serving ruling governing presiding reigning founding acting "
                            "retired elected appointed defending")

#: Titles a sports page puts in lower case between such a qualifier and a name (‘Defending champion
#: Casey Lindqvist was not so comfortable’, ‘Reigning titleholder Aiko Sato’).
TITLE_NOUNS = wordset("champion champions titleholder title-holder holder winner")


#: A day of the month as written after or before its month's name (‘3rd’, ‘20th’, ‘4’).
#:
#: >>> bool(RE_MONTH_DAY.fullmatch("20th")), bool(RE_MONTH_DAY.fullmatch("4")), bool(RE_MONTH_DAY.fullmatch("2024"))
#: (True, True, False)
RE_MONTH_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")

#: An edition's number before an event's name (‘the 41st’, ‘the 2024’): an event, never a person, follows
#: it after a verb no list holds.
#:
#: >>> bool(RE_EDITION_NUMBER.fullmatch("41st")), bool(RE_EDITION_NUMBER.fullmatch("2024")), bool(RE_EDITION_NUMBER.fullmatch("Sen."))
#: (True, True, False)
RE_EDITION_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)|1[89]\d\d|20\d\d")


def _date_opening_end(toks: list[Token], i: int) -> int:
    """Past a date that opens the sentence with no comma after it and a capitalised word next: ‘On
    March 3rd Pelham Ratings cut …’, ‘On Tuesday the bank said’ (the word after the date), or a
    weekday's part and "the" next (‘By Sunday evening the president had moved on’); else ``i``.

    >>> from quotesearch.names import tokenize
    >>> _date_opening_end(tokenize("On October 20th Castellan Ratings changed"), 0), _date_opening_end(tokenize("On Tuesday, X"), 0)
    (3, 0)
    """
    if i + 2 >= len(toks) or toks[i].word not in ("on", "by"):
        return i
    k = i + 1
    if RE_MONTH_DAY.fullmatch(toks[k].text) and toks[k + 1].text in MONTH_NAMES:
        k += 2  # (‘On 20 October’)
    elif toks[k].text in MONTH_NAMES and RE_MONTH_DAY.fullmatch(toks[k + 1].text):
        k += 2  # (‘On October 20th’)
    elif toks[k].text in WEEKDAY_NAMES:
        k += 1
        if k + 2 < len(toks) and toks[k].word in DAY_PART_NOUNS and toks[k + 1].word == "the" and toks[k + 2].text.islower():
            return k + 1  # (a day's part, then a subject in lower case: ‘By Sunday evening the president had moved on’)
    else:
        return i
    return k if k < len(toks) and toks[k].capitalized and toks[k].text[:1].isalpha() else i


#: Prepositions of a stretch of years that opens a sentence with no comma before a pronoun subject
#: (‘In later years she became …’, ‘Over the decades he argued …’, ‘During his final months he wrote’).
#:
#: >>> "during" in PERIOD_OPENING_PREPOSITIONS, "after" in PERIOD_OPENING_PREPOSITIONS
#: (True, False)
PERIOD_OPENING_PREPOSITIONS = wordset("in over during through")

#: The plural time nouns such a stretch ends with (‘later years’, ‘the decades’, ‘her final months’).
#:
#: >>> "decades" in PERIOD_NOUNS, "days" in PERIOD_NOUNS
#: (True, False)
PERIOD_NOUNS = wordset("years decades months")


def _period_opening_end(toks: list[Token], i: int) -> int:
    """Past a stretch of years that opens the sentence with no comma after it, a subject pronoun next
    (:data:`SUBJECT_SPEAKER_PRONOUNS`, never a name: ‘In later years Smith Street …’) (‘In later years she
    became an outspoken voice …, warning that …’); else ``i``.

    >>> from quotesearch.names import tokenize
    >>> _period_opening_end(tokenize("In later years she became"), 0), _period_opening_end(tokenize("In later years the town"), 0)
    (3, 0)
    """
    if i >= len(toks) or toks[i].word not in PERIOD_OPENING_PREPOSITIONS:
        return i
    k = next((k for k in range(i + 1, min(len(toks), i + 5)) if toks[k].word in PERIOD_NOUNS), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].word not in SUBJECT_SPEAKER_PRONOUNS \
            or any(x.text in ",;:" or x.capitalized for x in toks[i + 1:k]):
        return i
    return k + 1


#: Words of a lapse of time that opens a sentence before its subject with no comma (‘About 20 minutes
#: later he followed up:’, ‘Two days later the minister wrote’): its count's words (one of
#: :data:`LATER_WORDS` ends it).
LAPSE_COUNT_WORDS = wordset("about around some nearly almost just only barely a an few several one two three four five "
                            "six seven eight nine ten twenty thirty forty fifty half")


def _count_end(toks: list[Token], i: int, most: int) -> int:
    """Past up to ``most`` words of a count from ``i`` (digits or :data:`LAPSE_COUNT_WORDS`: ‘About 20’,
    ‘Two’), where a span of time's noun would stand; ``i`` when there is none."""
    k = i
    while k < len(toks) and k - i < most and (toks[k].text.isdigit() or toks[k].word in LAPSE_COUNT_WORDS):
        k += 1
    return k


def _lapse_opening_end(toks: list[Token], i: int) -> int:
    """Past a lapse of time that opens the sentence with no comma after it, a pronoun or a capitalised
    word next: ‘About 20 minutes later he followed up:’ (the word after "later"); else ``i``.

    >>> from quotesearch.names import tokenize
    >>> _lapse_opening_end(tokenize("About 20 minutes later he followed up"), 0), _lapse_opening_end(tokenize("Two days later, X"), 0)
    (4, 0)
    """
    k = _count_end(toks, i, 5)
    if k == i or k + 2 >= len(toks) or toks[k].word not in TIME_NOUNS or toks[k + 1].word not in LATER_WORDS:
        return i
    nxt = toks[k + 2]
    return k + 2 if nxt.word in PRONOUNS or (nxt.capitalized and nxt.text[:1].isalpha()) or nxt.word in ARTICLES else i


#: After an owner's role as a sentence's subject, one or two more roles, then the holder's name set off,
#: then an aside between dashes before the verb (‘Tandori’s founder and chief executive, Ravi Mehra —
#: known to his fans as “the Chai King” — had said …’): the name, group 2; the roles end at group 1's end.
RE_NAME_BEFORE_DASH_ASIDE = re.compile(
    r"((?: and (?:[a-z\-]+ ){0,2}[a-z\-]+)?), ((?:[A-Z][\w’'\-]+ ){1,3}[A-Z][\w’'\-]+) [—–] [^—–\n]{1,150} [—–] [a-z]")


def _name_set_off_by_dashes(text: str, m: Mention) -> Mention | None:
    """The person an owner's role opening a sentence names, set off after it and followed by an aside
    between dashes: ‘VaultPeak’s founder and chief executive, Kellan Marsh — known to his followers as
    “…” — had posted that …’ is Kellan Marsh's, the roles his (the comma-only form the mention reader
    already names). Only an owner's role (‘X’s founder’), and a name of a person: two to four capitalised
    words, no body's name.

    >>> t = "Tandori’s founder and chief executive, Ravi Mehra — known to fans as “the Chai King” — had said it."
    >>> _name_set_off_by_dashes(t, Mention(0, 17, "Tandori’s founder", "description")).text
    'Ravi Mehra'
    >>> t = "Tandori’s founder, Tandori Holdings — a trust — had said it."
    >>> _name_set_off_by_dashes(t, Mention(0, 17, "Tandori’s founder", "description")) is None
    True
    """
    words = m.text.split()
    if len(words) < 2 or not words[-2].endswith(("’s", "'s")) or words[-1].lower() not in ROLE_NOUNS:
        return None
    got = RE_NAME_BEFORE_DASH_ASIDE.match(text, m.end)
    if got is None:
        return None
    names = got.group(2).split()
    if is_organisation(names) or any(w.endswith(("’s", "'s")) or w.lower() in FUNCTION_WORDS for w in names):
        return None  # (a person's name, never a body's: ‘Tandori’s parent, Tandori Holdings — …’)
    if got.group(1) and not any(w in ROLE_NOUNS for w in got.group(1).split()):
        return None  # (the words after "and" are roles: ‘founder and chief executive’)
    return Mention(got.start(2), got.end(2), got.group(2), "name", text[m.start:got.end(1)])


def _age_set_off(toks: list[Token], k: int) -> bool:
    """An age set off in commas at ``k``, right after a name (‘Jack, 33, a midfielder’).

    >>> from quotesearch.names import tokenize
    >>> _age_set_off(tokenize("Jack, 33, a midfielder"), 1), _age_set_off(tokenize("Paris, 2024, was"), 1)
    (True, False)
    """
    return k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 2 \
        and toks[k + 2].text == ","


#: Participles without "-ed" that open an aside of a sentence's opening phrase (‘also read back’).
ASIDE_PARTICIPLES = frozenset("read heard shown seen sent played put kept".split())


def _participle_aside(toks: list[Token], i: int) -> bool:
    """At ``i``, right after the opening phrase's comma, an adverb and a participle in lower case open an
    aside of that phrase (‘In the cross-examination, also read back, Kapoor pressed him:’, ‘In the
    footage, later played in court, …’): never the subject (‘In court, Kapoor later said’)."""
    return 0 < i < len(toks) - 1 and toks[i - 1].text == "," and toks[i].text in ("also", "later", "again") \
        and toks[i + 1].text.islower() and (toks[i + 1].word in ASIDE_PARTICIPLES or toks[i + 1].word.endswith(("ed", "wn")))


#: Pronouns that open a main clause as its subject (‘… he grabbed my arm and said’).
#:
#: >>> sorted(MAIN_CLAUSE_PRONOUNS)
#: ['he', 'she', 'they', 'we']
MAIN_CLAUSE_PRONOUNS = wordset("he she they we")

#: The fewest and most words of an opening clause no comma ends before its main clause's subject
#: pronoun (‘When I was leaving he grabbed …’: three) (:func:`_main_subject_unmarked`).
UNMARKED_OPENING_WORDS = (2, 6)


def _main_subject_unmarked(toks: list[Token], i: int) -> int | None:
    """Where the main clause's subject pronoun stands after a short opening clause that ``toks[i]``
    ("When", "As", "After" …) opens and no comma ends: a pronoun in lower case, after the opening
    clause's own verb and before a verb in the past (‘When I was leaving he grabbed my arm and said’);
    never a pronoun after a verb of speech, which opens what was said (‘When Trump later said he
    would’), nor after "that".

    >>> from quotesearch.names import tokenize
    >>> _main_subject_unmarked(tokenize("When I was leaving he grabbed my arm and said"), 0)
    4
    >>> _main_subject_unmarked(tokenize("When Trump later said he would"), 0) is None
    True
    >>> _main_subject_unmarked(tokenize("While not all of the e-mails she submitted have been released"), 0) is None
    True
    """
    lo, hi = UNMARKED_OPENING_WORDS
    for k in range(i + 1 + lo, min(len(toks) - 1, i + 2 + hi)):
        if toks[k].text in MAIN_CLAUSE_PRONOUNS:
            before = toks[i + 1:k]
            if any(x.word in SPEECH_VERBS or x.word in ("that", "and", "or", "but") or not x.text[:1].isalnum() for x in before):
                return None
            if not any(x.word in AUXILIARIES or _verb_like(x) or (x.word.endswith("ing") and len(x.word) > 4) for x in before[1:]):
                return None  # (the opening clause has its own subject and verb; a pronoun after a noun alone opens
                # a clause of that noun: ‘While not all of the e-mails she submitted have been released’)
            nxt = toks[k + 1]
            return k if nxt.text.islower() and (nxt.word.endswith("ed") or nxt.word in SCENE_IRREGULAR_PASTS) else None
    return None


def sentence_subject(text: str, toks: list[Token], known=None) -> Mention | None:
    """The subject of a sentence: its first mention, after any introductory phrase; never a month
    written short before its day (‘The law takes effect Jan. 1.’ has no "Jan." who acts:
    :func:`~quotesearch.mentions.mention_after` reads none).

    ``known(word)`` says whether a lone capitalised word is a name the article knows; without
    it a lone word at the start of a sentence is too often an ordinary word to trust.

    >>> from quotesearch.names import tokenize
    >>> t = "On Monday, Trump said he was"
    >>> sentence_subject(t, tokenize(t)).text
    'Trump'
    >>> t = "But the senator, who spoke first, said"
    >>> sentence_subject(t, tokenize(t)).text
    'the senator'
    >>> t = "The law takes effect Jan. 1."
    >>> sentence_subject(t, tokenize(t)) is None
    True
    """
    i = _first_word(toks)
    if _joins_clause(text, toks):
        i += 1  # (after an earlier quotation) ‘…,” while Trump refers to the governor as “…”’
    while i < len(toks) and toks[i].word in OPENERS:
        i += 1
        while i < len(toks) and toks[i].text == ",":
            i += 1
    i = _date_opening_end(toks, i)  # (‘On October 20th Castellan Ratings changed its outlook’)
    i = _lapse_opening_end(toks, i)  # (‘About 20 minutes later he followed up:’)
    i = _period_opening_end(toks, i)  # (‘In later years she became …’)
    for _ in range(3):  # "On Thursday, after remaining neutral all along, Warren endorsed …"
        comma = next((c for c in range(i, min(len(toks), i + 9)) if toks[c].text == ","), None)
        if comma is not None and (any(x.word in TIME_WORDS or x.word in NOT_NAMES or x.word in TIME_NOUNS
                                      for x in toks[i:comma]) or all(x.text.isdigit() for x in toks[i:comma])) \
                and not any((is_name_token(x) and x.word not in TIME_NOUNS and x.word not in TIME_WORDS
                             and x.word not in NOT_NAMES) or x.word in PRONOUNS for x in toks[i:comma]) \
                and not _opens_with_person(toks, i) or (
                    comma == i + 1 and text[toks[i].start - 2:toks[i].start] == ", " and (
                        state_after_comma(text, toks[i].start, toks[i].text.rstrip("."))
                        or RE_POSTAL_STATE.fullmatch(toks[i].text))):
            i = comma + 1  # "Earlier this week, Todd pressed …", "In Concord, N.H., Todd …"
        elif i < len(toks) and (toks[i].word in INTRO_WORDS or (
                toks[i].word in PLACE_INTRO_WORDS and i + 1 < len(toks) and toks[i + 1].text.islower()) or (
                # "Asked about it, …", "Speaking to reporters, …" (never "Husted continued", "Ted Nordhaus",
                # nor a surname the article knows: "Pickering took 402 wickets")
                toks[i].word.endswith(("ing", "ed"))
                and not (toks[i].word in OFFICE_QUALIFIERS and i + 1 < len(toks) and (toks[i + 1].capitalized or (
                    # (or a title in lower case before the name: ‘Defending champion Casey Lindqvist’)
                    (toks[i + 1].word in TITLE_NOUNS or toks[i + 1].word in ROLE_NOUNS)
                    and i + 2 < len(toks) and toks[i + 2].capitalized)))
                and not _titled_subject(text, toks, i)
                and not (known is not None and toks[i].capitalized and known(toks[i].word))
                and not (i + 1 < len(toks) and (_verb_like(toks[i + 1]) or (
                        gender_of(toks[i].word) is not None and is_name_token(toks[i + 1]))))) or (
                # a relative clause of the opening phrase: "…in New Hampshire, which is set to …,", "Asked
                # about facing Vasquez-Roth, who beat her in the final, Fujiwara smiled:"
                i > 0 and toks[i - 1].text == "," and toks[i].word in ("which", "where", "whose", "who")) or (
                # or one whose "whom" comes after a count: "Asked what she would tell staff, many of whom own
                # shares, Vale paused." (w50c)
                i > 0 and toks[i - 1].text == "," and i + 2 < len(toks) and toks[i + 1].word == "of"
                and toks[i + 2].word in ("whom", "which") and toks[i].text.isalpha() and toks[i].text.islower()) or (
                # a participle's aside of the opening phrase: "In the cross-examination, also read back to
                # jurors, Kapoor pressed him:", "In the video, later played in court, …"
                _participle_aside(toks, i)) or (
                # "Immediately after the attacks, …", "Clearly, …" (not "Carly Fiorina", "Early said")
                toks[i].word.endswith("ly") and i + 1 < len(toks)
                and (toks[i + 1].text == "," or toks[i + 1].word in INTRO_WORDS))):
            if toks[i].word in SUBORDINATE_OPENERS and (k := _main_subject_unmarked(toks, i)) is not None:
                return mention_after(toks, k, text)  # the main clause's subject after an opening clause no
                # comma ends: ‘When I was leaving he grabbed my arm and said, “…”’ is his
            c = next((c for c in range(i, min(len(toks), i + 30)) if toks[c].text == ","), None)
            if c is None:
                # still inside an opening clause: its own subject ("When Trump later said he would “…”")
                if toks[i].word in SUBORDINATE_OPENERS and i + 1 < len(toks):
                    m = mention_after(toks, i + 1, text)
                    nxt = _token_after(toks, m.end) if m is not None else None
                    if m is not None and m.kind in ("name", "pronoun") and m.start == toks[i + 1].start \
                            and nxt is not None and (_verb_like(nxt) or nxt.word in SUBJECT_ADVERBS):
                        return m
                return None
            i = c + 1
            # an aside of the opening phrase's last noun: "in Salem, New Hampshire, Trump …",
            # "by Joe Arpaio, the Arizona sheriff, Trump …" (a name follows the aside)
            c2 = next((c for c in range(i, min(len(toks), i + 12)) if toks[c].text == ","), None)
            if c2 is not None and c2 + 1 < len(toks) and toks[c - 1].capitalized and (
                    (toks[c2 + 1].capitalized and (toks[i].word in ARTICLES or all(x.capitalized for x in toks[i:c2])))
                    or (c2 - i <= 3 and all(x.capitalized for x in toks[i:c2]) and _time_phrase(toks, c2 + 1)
                        and not any((known is not None and c2 - i == 1 and known(x.word)) or x.word in HONORIFICS or x.word in ROLE_NOUNS
                                    or (gender_of(x.text) is not None and x.word not in PLACE_GIVEN_NAMES)
                                    for x in toks[i:c2]))):  # (a place, never a person: the subject's surname,
                # "In Concord, Harwell, on Monday,"; "In Washington, President Joe Biden, on Monday, signed")
                i = c2 + 1  # (and before a time phrase: "At an event in Ames, Iowa, on Sunday, Clinton …")
        else:
            break
    if i >= len(toks):
        return None
    i = _past_show_title(toks, i)
    if i + 2 < len(toks) and toks[i].word in LIMITING_WORDS and toks[i + 1].word == "one" and toks[i + 2].capitalized:
        i += 1  # (a count of one, read from "one": ‘Only one Republican, Sen. Dana Hale of Utah, voted no’ is
        # Dana Hale, never "Republican" taken for a name)
    m = mention_after(toks, i, text, subject=True)
    if m is not None and m.kind == "description" and text and (named := _name_set_off_by_dashes(text, m)) is not None:
        return named  # (‘The charity’s chair, Margaret Ellery – who founded it in 1998 – has said …’)
    if m is not None and m.kind == "description" and text and (body := body_set_off_after_kind(text, toks, m, i)) is not None:
        return body  # (‘A coalition of insurers, hospitals and drugmakers, the Coalition for Coverage Choice, began …’)
    if m is not None and (group := _letters_before_group(text, toks, m)) is not None:
        return group
    if m is not None and m.kind == "name" and _work_title_at(toks, m):
        return _subject_after_work(text, toks, m)
    if m is not None and m.kind == "description" and toks[i].word in ("this", "that", "these", "those") \
            and i + 1 < len(toks) and toks[i + 1].text.islower() and _verb_like(toks[i + 1]):
        return None  # a thing done, no speaker: ‘This prompted the tabloid to run a cover saying …’
    if m is None:
        o = i  # (past the owner's given name and title: ‘Sen. John Fetterman's office released a statement’)
        while o + 1 < len(toks) and o - i < 3 and not is_possessive(toks[o]) and (
                is_name_token(toks[o]) or (toks[o].word in HONORIFICS and toks[o].capitalized)):
            o += 1
        if o + 1 < len(toks) and is_possessive(toks[o]) and is_name_token(toks[o]) \
                and toks[o + 1].word in DESCRIPTION_NOUNS and toks[o + 1].word not in DOCUMENT_NOUNS \
                and not toks[o + 1].capitalized:
            # "Rubio’s campaign sent out a release saying …" (but "Trump’s tweet said" is Trump's)
            owned = Mention(toks[i].start, toks[o + 1].end, text[toks[i].start:toks[o + 1].end], "description")
            return _name_set_off_by_dashes(text, owned) or owned  # (the holder named after the role, an aside
            # between dashes before the verb: ‘VaultPeak’s founder and chief executive, Kellan Marsh — … — had posted’)
        if is_possessive(toks[o]) and is_name_token(toks[o]) and o + 1 < len(toks) and not toks[o + 1].capitalized and (
                o == i or toks[o + 1].word in OWN_SAYINGS or toks[o + 1].word in SPEECH_NOUNS):
            t = toks[o]  # (after a title or a given name, a saying's owner only: ‘Dr Bhatt’s conclusion is
            # pragmatic:’; never ‘Mr. Whitaker’s running mate, …, also weighed in’)
            if known is None or known(toks[o].word[:-2]):
                # "Trump’s claim that …": the claim is his (a person's: never "Delaware’s primary was
                # “closed”")
                return Mention(toks[i].start, t.end - 2, text[toks[i].start:t.end - 2], "name")
        return None
    if m.kind == "name" and " " not in m.text and m.start == toks[i].start and known is not None:
        w = m.text.rstrip(".").lower()
        k = next((k for k, x in enumerate(toks) if x.start >= m.end and x.word not in SUBJECT_ADVERBS), len(toks))
        if k + 2 < len(toks) and toks[k].word in ("on", "last", "this", "earlier") and (
                toks[k + 1].word in TIME_NOUNS or toks[k + 1].word in NOT_NAMES):
            k += 2  # (past a day: ‘Turkey on Thursday called on Greece …’)
        elif k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].word in ASIDE_OPENERS:
            close = next((c for c in range(k + 2, min(len(toks) - 1, k + 6)) if toks[c].text == ","), None)
            if close is not None and not any(_verb_like(x) for x in toks[k + 1:close]):
                k = close + 1  # (past a short aside: ‘Ingrid, for her part, had a message:’)
        nxt = toks[k] if k < len(toks) else None
        if not (known(w) or (m.text.isupper() and len(m.text) > 1)
                or (nxt is not None and _verb_like(nxt) and nxt.word not in AUXILIARIES)
                or (nxt is not None and (nxt.word in AUXILIARIES and not nxt.capitalized or _present_act(toks, k)
                                         or _age_set_off(toks, k) or (nxt.word in SCENE_IRREGULAR_PASTS and not nxt.capitalized))
                    and gender_of(m.text) is not None
                    and m.text.lower() not in PLACE_GIVEN_NAMES and m.text.lower() not in WORD_GIVEN_NAMES)):
            # (a given name the lists know: ‘Ingrid was brisk.’, ‘Yusuf rolls his eyes.’, ‘Tomasz stood at the
            # back’, or with an age set off: ‘Jack, 33, a midfielder, joined …’; never one that is also a word:
            # ‘Hope was fading.’)
            return None
    return m


def _letters_before_group(text: str, toks: list[Token], m: Mention) -> Mention | None:
    """A group whose body or trade is written in capital letters before it, as the subject: ‘GP
    leaders have backed calls for an “urgent pause”’, ‘NHS staff say …’, ‘ANC members were “furious”’
    are the leaders, the staff, the members, never a person called "GP" or a body (a name after
    the letters is the person's: ‘GP Sarah Jones’).

    >>> from quotesearch.names import tokenize
    >>> t = "GP leaders have backed calls"
    >>> _letters_before_group(t, tokenize(t), Mention(0, 2, "GP", "name")).text
    'GP leaders'
    """
    if m.kind != "name" or " " in m.text or not m.text.isupper() or len(m.text) < 2:
        return None
    nxt = _token_after(toks, m.end)
    if nxt is None or nxt.start != m.end + 1 or not nxt.text.islower() or nxt.word not in DESCRIPTION_NOUNS \
            or nxt.word in THING_NOUNS or not (nxt.word.endswith("s") or nxt.word in UNMARKED_PLURALS):
        return None
    return Mention(m.start, nxt.end, text[m.start:nxt.end], "description")


def _past_show_title(toks: list[Token], i: int) -> int:
    """Past a programme's title in marks that opens the subject before the role and the name of one who
    works on it (‘“Morning Ireland” presenter Aine Lawlor said’, ‘On Sunday, “Meet the Press” moderator
    Kristen Welker asked’): the role's index; else ``i``. Only a short title in title case, and a
    word in lower case then a capitalised one after it.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("“Morning Ireland” presenter Aine Lawlor said")
    >>> toks[_past_show_title(toks, 0)].text
    'presenter'

    The same past a name's possessive before the title, the one whose work it is (‘Hale's “Dust Road”
    co-star Benny Alvarado, asked about it, was diplomatic.’ is about Alvarado, never Hale):

    >>> toks = tokenize("Hale's “Dust Road” co-star Benny Alvarado was diplomatic.")
    >>> toks[_past_show_title(toks, 0)].text
    'co-star'
    """
    if i + 1 < len(toks) and toks[i + 1].text in "“\"" and toks[i].capitalized and is_possessive(toks[i]):
        if (past := _past_show_title(toks, i + 1)) != i + 1:
            return past
    if i >= len(toks) or toks[i].text not in "“\"":
        return i
    close = next((c for c in range(i + 1, min(len(toks), i + 7)) if toks[c].text in "”\""), None)
    if close is None or close == i + 1 or close + 2 >= len(toks) or not toks[i + 1].capitalized \
            or not toks[close + 1].text.islower() or not toks[close + 1].text[:1].isalpha() or not toks[close + 2].capitalized \
            or (toks[close + 1].word not in ROLE_NOUNS and toks[close + 1].word not in EPITHET_WORDS
                and "-" not in toks[close + 1].text):  # (a role's word, or one joined: ‘co-anchor’, ‘co-host’)
        return i
    return close + 1


def _work_title_at(toks: list[Token], m: Mention) -> bool:
    """The name is a work's title after the noun of its kind, in lower case right before it (‘the
    indie drama Northern Lights’, ‘his new album Blue Hour’); never a title of office (‘the film's
    director Ana Ruiz’) nor a kind's noun that opens the sentence (‘Drama Teacher X’)."""
    k = bisect.bisect_left(toks, m.start, key=_START) - 1
    return k >= 0 and m.role is None and toks[k].text.islower() and toks[k].word in WORK_KIND_NOUNS


def _subject_after_work(text: str, toks: list[Token], m: Mention) -> Mention | None:
    """The subject of a sentence whose opening phrase ends with a work's title and its aside: a
    "he" or "she", a name or a person's role, after a comma and before its verb (‘On her new film,
    the indie drama Northern Lights, in which she plays a nurse, she was more forthcoming’ → "she",
    ‘…, the crime drama X, which films in Ikeja, the actress was candid’ → "the actress"); else none
    (a work never speaks)."""
    k = bisect.bisect_left(toks, m.end, key=_START)
    for c in range(k, min(len(toks) - 2, k + 30)):
        if toks[c].text != ",":
            continue
        s = mention_after(toks, c + 1, text)
        nxt = _token_after(toks, s.end) if s is not None else None
        if s is not None and s.start == toks[c + 1].start and nxt is not None and (s.kind in ("name", "pronoun") or (
                s.kind == "description" and description_head(s.text) in ROLE_NOUNS)) \
                and not nxt.capitalized and (nxt.word in AUXILIARIES or _verb_like(nxt)) \
                and not (s.kind == "name" and _work_title_at(toks, s)):
            return s
    return None


#: Words opening a clause of what happened to a main clause's subject, whose own subject acted
#: (‘were left disappointed after X pulled out’).
EVENT_CLAUSE_OPENERS = frozenset("after when as because since once".split())

#: Forms of "be" after a subject that undergoes rather than acts (‘Fans were furious’).
STATE_BE_FORMS = frozenset("was were is are".split())


def _agent_before_participle(text: str, toks: list[Token], subject: Mention | None) -> Found | None:
    """A participle of speech after a comma right before the words (‘, citing “…”’) is said by the
    one who acts in the clause it follows, when the main clause's subject only undergoes or feels
    something: ‘Fans were furious after the rapper X cancelled his show, citing “exhaustion”’,
    ‘Hundreds were turned away when comedian X walked off stage, citing “a threat”’ are X's (never
    the fans'); a main clause that acts keeps its subject (‘Smith resigned after the board met,
    citing “…”’). The acting clause's subject is a name, its verb in the past, and no comma between
    it and the participle."""
    n = len(toks)
    if n < 7 or toks[-2].text != "," or not (toks[-1].word.endswith("ing") and toks[-1].word in SPEECH_VERBS):
        return None
    if subject is not None:
        b = next((k for k in range(min(n, 12)) if toks[k].start >= subject.end), None)
    else:  # (a crowd no mention holds: ‘Thousands of festival-goers were left disappointed after …’)
        b = next((k for k in range(1, min(n, 8)) if toks[k].word in STATE_BE_FORMS), None)
    if b is None or toks[b].word not in STATE_BE_FORMS:
        return None
    v = next((k for k in range(b + 1, n - 3) if toks[k].word in EVENT_CLAUSE_OPENERS and toks[k].text.islower()), None)
    if v is None or any(x.text == "," or x.text == ";" for x in toks[b:n - 2]):
        return None
    m = mention_after(toks, v + 1, text)
    nxt = _token_after(toks, m.end) if m is not None else None
    if m is None or m.kind != "name" or nxt is None or not nxt.text.islower() or not nxt.word.endswith("ed") and not _verb_like(nxt):
        return None
    lead = [x for x in toks[v + 1:] if x.end <= m.start]
    if not all(x.text.islower() and x.word not in PRONOUNS for x in lead) or len(lead) > 3:
        return None  # (the name right after the opener, or after a lower-case epithet: ‘after the rapper X’)
    return Found(m, None, "subject", None)


#: Words that open a short aside between a subject and its verb (‘Ingrid, for her part, had’,
#: ‘Amara, meanwhile, said’, ‘Kofi, in turn, replied’).
ASIDE_OPENERS = frozenset("for meanwhile however though too in of".split())


def _titled_subject(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word in -ing or -ed at ``i`` opens a title, not a participle's phrase: ‘Housing
    Minister Anjali Rao rejected the claim’ (the titled name and then its verb; never ‘Addressing
    President Lee, she said’)."""
    if not (toks[i].capitalized and i + 1 < len(toks) and toks[i + 1].capitalized and toks[i + 1].word in ROLE_NOUNS):
        return False
    m = mention_after(toks, i, text)
    nxt = _token_after(toks, m.end) if m is not None and m.kind == "name" and m.start == toks[i].start else None
    return nxt is not None and nxt.text.islower() and (_verb_like(nxt) or nxt.word in AUXILIARIES)


#: Words that open a clause of their own, so what follows them is not a speaker's title.
SUBORDINATORS = wordset("when while if as after because since before and but so though although until "
                          "unless where whereas once then")


#: Words before the one name an unnamed speaker goes by (‘with the call sign Malyi’).
ALIAS_LEADS = ("call sign", "callsign", "nom de guerre", "code name", "codename", "pseudonym", "alias")


#: Ordinals that may open a title ("said first soloist X", "said second baseman X").
ORDINAL_WORDS = frozenset("first second third fourth fifth".split())


def _inverted_lead(toks: list[Token], k: int, m: Mention) -> bool:
    """Only a title may stand between an inverted cue and its speaker (‘said former Sen. X’),
    not a clause (‘compared to what Islamic State militants …’)."""
    lead = [x for x in toks[k:] if x.end <= m.start]
    if m.role is not None and lead and " ".join(x.text for x in lead).replace(" ,", ",").endswith(m.role) and m.kind == "name" \
            and all(x.capitalized or x.word in OFFICE_BODY_LINKS or x.text == "," for x in lead):
        return True  # the words before are the name's title: ‘said Secretary of State John Kerry’, ‘said
        # Ambassador to the United Nations Ana Ruiz’, ‘said Minister in the Presidency Thabo Nkosi’, ‘said
        # Special Adviser to the President on Media X’, ‘said Minister for Children, Equality and Youth X’
    low = next((i for i, x in enumerate(lead) if x.text.islower() and x.word not in ("of", "for", "and", "the")), None)
    if m.role is not None and m.kind == "name" and low is not None and lead[0].capitalized and lead[-1].word in ROLE_NOUNS \
            and m.role.startswith(lead[0].text) and m.role.endswith(lead[-1].text) \
            and all(x.capitalized or x.text in "()" or x.word in ("of", "for", "and", "the") for x in lead[:low]) \
            and all(x.text.islower() and x.text.isalpha() and x.word not in FUNCTION_WORDS for x in lead[low:]):
        return True  # a body's name and a title in lower case: ‘said Department of Health spokesman X’, ‘said
        # Humber Fire and Rescue Service (HFRS) station manager X’
    if m.role is not None and m.kind == "name" and len(lead) >= 2 and lead[-1].word == "and" and lead[0].word not in ARTICLES \
            and (lead[-2].word in ROLE_NOUNS or lead[-2].word in DESCRIPTION_NOUNS) \
            and all(x.word not in FUNCTION_WORDS for x in lead[:-1]):
        return True  # two titles of one person: ‘said President and Chief Executive Officer X’, ‘said
        # co-founder and COO X’ (never two people: ‘said the coach and assistant Ray Dunn’)
    if m.role is not None and lead and (lead[-1].text == "," or (
            len(lead) >= 2 and lead[-2].text == "," and lead[-1].word in PERSON_HONORIFICS and lead[-1].text[:1].isupper())):
        return True  # the description before a name is its role (‘said his best friend at Lehigh, Bruce Turry’;
        # a courtesy title before the name too: ‘said the forum’s chairman, Mr Joseph Kamau’)
    c = max((c for c, x in enumerate(lead) if x.text == ","), default=None)
    if m.role is not None and c is not None and 0 < len(lead) - c - 1 <= 2 \
            and all(x.text.islower() and x.text.isalpha() and x.word not in FUNCTION_WORDS for x in lead[c + 1:]):
        return True  # (and a trade before the name: ‘said one onlooker, retired teacher Carol Pym’)
    if " ".join(x.word for x in lead[-3:]).endswith(ALIAS_LEADS) and m.kind == "name":
        return True  # the one name an unnamed speaker goes by: ‘said a 23-year-old infantryman with the call sign Malyi’
    return all(x.word in ARTICLES or x.word in POSSESSIVES or x.word not in FUNCTION_WORDS
               or (x.word in ORDINAL_WORDS and i < len(lead) - 1 and lead[i + 1].text.islower())  # "first soloist"
               or (x.word == "of" and 0 < i < len(lead) - 1 and lead[i + 1].text.islower()  # "secretary of state"
                   and lead[0].word not in ARTICLES)  # (but "the wife of … X" is not X)
               or (x.word == "and" and 0 < i < len(lead) - 1 and lead[i - 1].word in DESCRIPTION_NOUNS
                   and (lead[i - 1].text.islower() or (lead[i - 1].word in ROLE_NOUNS and lead[0].word not in ARTICLES))
                   and lead[i + 1].word not in POSSESSIVES)  # two roles of one person: "her friend and fellow
               # pilot X", "Deputy Prime Minister and Sumar leader X" (never two people: "the coach and his
               # assistant Ray Dunn")
               for i, x in enumerate(lead))


def _clause_goes_on(toks: list[Token], m: Mention) -> bool:
    """After ‘said X’, a verb means X is the subject of reported speech (‘said the candidate
    could win’), not the speaker."""
    nxt = _token_after(toks, m.end)
    return nxt is not None and not nxt.capitalized and (nxt.word in AUXILIARIES or nxt.word in MODALS)


#: Words that may open a sentence's opening clause ("But even as …", "While …").
CLAUSE_LEADS = OPENERS | SUBORDINATE_OPENERS | {"even"}


#: Nouns of speech whose owner is the speaker of what follows ("Trump’s claim that …").
SPEECH_NOUNS = wordset("""
claim claims remark remarks comment comments statement statements assertion argument suggestion post tweet
warning promise pledge vow boast charge accusation insistence prediction declaration complaint
contention words quip admission description
""")


#: Nouns of one's own saying (‘His verdict:’, ‘Her advice is simple:’, ‘Her final line:’), and of what one
#: aims at, given in one's own words (‘His goal: “Two tonnes. That's the number.”’).
OWN_SAYINGS = wordset("""
verdict ruling message reply answer response assessment view advice take conclusion summary words warning
explanation prediction plea retort rebuttal philosophy motto mantra creed reasoning logic argument point pitch
promise vow reaction line remark
goal aim hope wish
""")  # (never "instructions" or "orders", whose owner may be the one given them: ‘Then came their instructions:’)


def _speech_noun_owner(toks: list[Token], text: str = "") -> Found | None:
    """A name's speech noun governing the quotation: ‘Trump’s claim that there have been “…”’
    (the noun, then "that" or a colon, and no verb of speech after it)."""
    n = len(toks)
    for i in range(n - 2, max(-1, n - 14), -1):
        t = toks[i]
        if not (is_possessive(t) and is_name_token(t)):
            continue
        k = i + 1  # the noun, after at most two capitalised words: "Bush's Facebook post:"
        while k < min(n, i + 3) and toks[k].capitalized and is_name_token(toks[k]):
            k += 1
        if k < n and toks[k].word in SPEECH_NOUNS and not toks[k].capitalized \
                and k + 1 < n and (toks[k + 1].word == "that" or toks[k + 1].text == ":") \
                and not any(_is_cue(x, True) for x in toks[k + 1:]):
            j = _name_run_back(toks, i)
            words = [x.text for x in toks[j:i + 1]]
            words[-1] = words[-1][:-2]
            _, name = split_title(words)
            if not name:
                return None
            s_ = toks[i - len(name) + 1].start
            return Found(Mention(s_, t.end - 2, " ".join(name), "name"), None, "cue-in-sentence", toks[k].text)
    for i in range(n - 3, max(0, n - 14), -1):
        if _office_speech_noun(toks, i) and not any(_is_cue(x, True) for x in toks[i + 2:]):
            s_ = toks[i - 1].start  # an office's speech noun: ‘declined to back the president’s assertion that
            # the vote was “…”’ is the president's, never the subject's who declined
            return Found(Mention(s_, toks[i].end - 2, text[s_:toks[i].end - 2] if text else "the " + toks[i].text[:-2],
                                 "description"), None, "cue-in-sentence", toks[i + 1].text)
    for i in range(n - 3, max(0, n - 16), -1):  # ‘the contention of law professor Adaeze Nwosu that “…”’
        if toks[i].word == "of" and toks[i - 1].word in SPEECH_NOUNS and not toks[i - 1].capitalized \
                and not any(_is_cue(x, True) for x in toks[i + 1:]):
            m = mention_after(toks, i + 1, text)
            after = _token_after(toks, m.end) if m is not None else None
            if m is not None and m.kind == "name" and after is not None and after.word == "that" and _inverted_lead(toks, i + 1, m):
                return Found(m, None, "cue-in-sentence", toks[i - 1].text)
    return None


def _office_speech_noun(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is "the" and an office's possessive in lower case before a noun of speech and "that"
    (‘the president’s assertion that’, ‘the minister's claim that’); never a thing's (‘the report's claim’).

    >>> from quotesearch.names import tokenize
    >>> _office_speech_noun(tokenize("evidence for the president’s assertion that the"), 3)
    True
    >>> _office_speech_noun(tokenize("evidence for the report’s assertion that the"), 3)
    False
    """
    t = toks[i]
    return 0 < i and i + 2 < len(toks) and toks[i - 1].word == "the" and is_possessive(t) and t.text.islower() \
        and t.text[:-2] in ROLE_NOUNS and toks[i + 1].word in SPEECH_NOUNS and toks[i + 1].text.islower() \
        and toks[i + 2].word == "that"


#: Words that open a time clause of a gerund after a reported verb's own object (‘had recommended the pause
#: after reviewing “…”’): the quotation is the gerund's object, never the reported verb's words.
#:
#: >>> sorted(GERUND_CLAUSE_LEADS)
#: ['after', 'before', 'following', 'upon', 'when', 'while']
GERUND_CLAUSE_LEADS = wordset("after before while when upon following")

#: Owners and articles that open a reported verb's own noun object (‘recommended the pause’, ‘its
#: decision’).
OBJECT_LEADS = ARTICLES | wordset("its their his her")


def _object_then_gerund(toks: list[Token], v: int) -> bool:
    """The verb at ``toks[v]`` takes its own noun object (an article and a few words in lower case) and a
    time clause of a gerund right before the quotation (‘had recommended the pause after reviewing’): the
    quotation is what the gerund takes, no words of the verb's.

    >>> from quotesearch.names import tokenize
    >>> _object_then_gerund(tokenize("a panel had recommended the pause after reviewing"), 3)
    True
    >>> _object_then_gerund(tokenize("a panel had recommended reviewing"), 3)
    False
    """
    n = len(toks)
    if not (v + 3 < n and toks[v + 1].word in OBJECT_LEADS and toks[n - 1].word.endswith("ing")
            and toks[n - 2].word in GERUND_CLAUSE_LEADS and n - 2 - (v + 1) <= 4):
        return False
    return all(x.text.isalpha() and x.text.islower() for x in toks[v + 1:n - 1])


def _inside_report(text: str, toks: list[Token], founds: list[Found], found_at: list[int], i: int) -> bool:
    """The cue ``founds[i]`` is a verb of the clause an earlier cue reports, and the quotation is not
    its words but the reporter's: a weak verb (‘Whitfield wrote that the association had offered “no
    compelling reason”’, ‘al-Moayad said the Houthis had fired “a number of naval missiles”’), a verb
    whose clause goes on to another (‘He wrote that the judge had heard the detectives testify in
    person and was “in a far better position …”’), or one whose clause is an aside before a quoted
    predicate (‘Hollowell said that reading the statute as the challengers urged “would sweep aside …”’)."""
    v, n = found_at[i], len(toks)
    if _reported_subject_of_set_off_participle(toks, founds, found_at, i):
        return True
    if not any(f.cue is not None and f.cue.lower() not in WEAK_SPEECH_VERBS and f.mention.text != founds[i].mention.text
               and not any(x.text in ",;:" for x in toks[found_at[k] + 1:v]) for k, f in enumerate(founds[:i])):
        return False  # (the reported clause right after its cue: never ‘The crowd cheers, and then Wallnau continues:’)
    if _fragment_after_addressee(text, toks, v):
        return True
    if RE_MANNER_FRAGMENT.match(text, toks[-1].end) is not None and (
            v == n - 1 or (v + 1 < n and toks[v + 1].word == "by" and founds[i].mention.end == toks[-1].end)):
        return True  # a phrase of manner right after the reported clause's verb (or its agent) is no content
        # of that verb but the reporter's words: ‘She said the two sides had agreed “in principle” on …’, ‘He
        # said the family had been briefed by the ministry “only in the vaguest terms”’
    if _object_then_gerund(toks, v):
        return True  # the reported verb's own object, then a gerund whose object the words are: ‘The company said
        # that a review panel had recommended the pause after reviewing “…”’ is the company's
    if toks[v].word in WEAK_SPEECH_VERBS and toks[v].word not in ("read", "reads", "reading"):
        return True  # (but a note's own words: ‘said her husband had left a note reading: “…”’)
    if v + 1 < n and toks[v + 1].word in BE_FORMS and toks[v + 1].text.islower():
        return True  # a relative clause of the reported clause's subject: ‘He said the laws the majority
        # cited were “nothing like” the ban’ is his
    if any(toks[k].word == "and" and (toks[k + 1].word in BE_FORMS or toks[k + 1].word in AUXILIARIES)
           for k in range(v + 1, n - 1)) and not any(x.word == "that" for x in toks[v + 1:n]):
        return True  # (never the clause the verb reports: ‘she can be heard telling a dispatcher that her
        # husband had a gun and was “not himself”’)
    b = _index_before(toks, founds[i].mention.start)
    if b >= 0 and toks[b].word == "what" and toks[b].text.islower() and toks[-1].text not in ":," \
            and toks[v].word not in LABELLING_VERBS and RE_FIRST_WORD.match(text, toks[-1].end) is not None \
            and not any(x.word == "as" or x.word in MODALS or x.word in BE_FORMS for x in toks[v + 1:]):
        # (guard: never a verb whose own clause goes on to the quoted predicate: ‘what economists had warned
        # would be “a lost decade”’, ‘what the minister had hailed as “a historic agreement”’ are theirs)
        return True  # a free relative's verb inside the reported clause, before a fragment: ‘The charity said the
        # report confirmed what its members had been telling it “for years”’ is the charity's (but a label is
        # its labeller's: ‘Farmers protested over what their union called “a disaster”’)
    if v == n - 1 and (w := RE_FIRST_WORD.match(text, toks[-1].end)) is not None \
            and (w.group(1) in MODALS or w.group(1) in BE_FORMS or w.group(1) in ("has", "have", "had")):
        b = _index_before(toks, founds[i].mention.start)  # (never a relative's own: ‘which he added “is deeply
        return b < 0 or toks[b].word not in ("which", "that", "who", "what", "whom")  # regrettable”’)
    return False


def _that_clause_subject(toks: list[Token], founds: list[Found], found_at: list[int], k: int, i: int) -> bool:
    """The mention of ``founds[i]`` opens the clause the cue ``founds[k]`` reports with "that", nothing
    set off between (‘She denied that nurses were …’, ‘He denied claims that port staff were …’)."""
    reporter, m = founds[k], founds[i].mention
    if reporter.mention is None or m is None or reporter.mention.text == m.text or reporter.mention.kind not in ("name", "pronoun"):
        return False
    b = _index_before(toks, m.start)
    if b < 0 or toks[b].word != "that" or not 0 < b - found_at[k] <= 2:
        return False
    return not any(x.text in ",;:" for x in toks[found_at[k] + 1:found_at[i]])


def _reported_subject_of_set_off_participle(toks: list[Token], founds: list[Found], found_at: list[int], i: int) -> bool:
    """The cue ``founds[i]`` has for its speaker the subject of a clause an earlier cue reports with "that",
    and the quotation follows a participle set off after that clause: the participle is the reporter's,
    and so are its words (‘She denied that nurses were demanding bribes, calling the reports “…”’ is
    hers, never the nurses'; but ‘She said that nurses had called the delay “…”’ stays theirs)."""
    last = len(founds) - 1
    p = found_at[last]
    if i == 0 or p < 2 or not (toks[p].word.endswith("ing") and toks[p].text.islower() and toks[p - 1].text == ","):
        return False
    if founds[i].mention is None or founds[last].mention is None or founds[i].mention.text != founds[last].mention.text:
        return False
    first = next((j for j in range(last + 1) if founds[j].mention is not None
                  and founds[j].mention.text == founds[i].mention.text), None)
    return first is not None and any(_that_clause_subject(toks, founds, found_at, k, first) for k in range(first))


#: Quoted words that open with a preposition of manner or degree (‘“in principle”’, ‘“only in the most
#: general terms”’, ‘“at the highest level”’): an adverbial phrase, never the content a verb reports.
#: The phrase is all the quotation holds, with no comma after it: never the agent's own sentence opening
#: with one (‘told by a soldier “in this town, nobody leaves after dark”’; review rv8).
#:
#: >>> [bool(RE_MANNER_FRAGMENT.match(s)) for s in (' "in principle"', ' “only in general terms”', ' "in-depth talks"', ' "we agree"', ' "in this town, nobody leaves"')]
#: [True, True, False, False, False]
RE_MANNER_FRAGMENT = re.compile(r"""\s*["“‘']\s*(?:(?:only|just|even|largely|mostly)\s+)?(?:in|at|on|with|without|under)\s"""
                                r"""(?=(?:[^"”’',;:]|[’'](?=[a-z]))*(?:["”]|[’'](?![a-z])))""")

#: The first word inside the quotation marks after a cue (‘urged "would sweep’ → "would").
RE_FIRST_WORD = re.compile(r"""\s*["“‘']\s*([a-z]+)\b""")


def _fragment_after_addressee(text: str, toks: list[Token], v: int) -> bool:
    """The reported clause's verb has only its addressee after it (‘to the minister’) before a quoted
    fragment that goes on in lower case: the fragment is no content of that verb but the reporter's
    words (‘He added that the union had written to the minister “on four occasions” without reply’;
    never ‘… had written to the minister, saying “…”’ nor ‘… wrote to parents: “…”’)."""
    n = len(toks)
    if v + 2 >= n or toks[v + 1].word != "to" or toks[-1].text in ",:;":
        return False
    if not (toks[v + 2].word in ("the", "a", "an", "his", "her", "their", "its", "our") or is_name_token(toks[v + 2])):
        return False  # (an infinitive is the verb's own content: ‘had promised to rebuild the bridge “…”’)
    if any(x.word in ("that", "as", "saying", "asking", "telling") or x.text in ",;:" or _verb_like(x)
           for x in toks[v + 2:]):
        return False
    return RE_FIRST_WORD.match(text, toks[-1].end) is not None


#: A quotation right after "added" and a "to" after its closing mark: what was added and where to.
RE_ADDED_TO_AFTER = re.compile(r"\s*[“\"‘'][^“”\"\n]{1,120}?[,.]?[”\"’']\s+to\b")


def _added_to(text: str, toks: list[Token], v: int) -> bool:
    """The verb at ``v`` is "add" right before the quotation, with "to" after its closing mark: a
    thing added to another (‘the trust had added “40 beds” to its wards’), never words added (‘she
    added, “…”’, ‘he added that “…”’).

    >>> from quotesearch.names import tokenize
    >>> t = "Lee said the board had added “two new wards” to the site."
    >>> toks = tokenize(t, 0, t.index("“")); _added_to(t, toks, len(toks) - 1)
    True
    """
    return v == len(toks) - 1 and toks[v].word in ("add", "adds", "added", "adding") \
        and RE_ADDED_TO_AFTER.match(text, toks[v].end) is not None


def _main_clause_after(text: str, toks: list[Token], v: int) -> Found | None:
    """When the cue at ``v`` is inside an opening subordinate clause (‘After X criticized Y
    during a debate, Hillary shot back, “…”’), the main clause's subject and verb after it."""
    first = _subordinate_at(toks)
    if first is None or v <= first:
        return None
    c = next((c for c in range(v + 1, len(toks) - 2) if toks[c].text == ","), None)
    if c is None:
        return None
    m = mention_after(toks, c + 1, text)
    if m is None or m.kind not in ("name", "pronoun") or m.start != toks[c + 1].start:
        return None
    verb = _token_after(toks, m.end)
    if verb is None or not _verb_like(verb) or verb.word in AUXILIARIES:
        return None
    return Found(m, None, "cue-in-sentence", verb.text)


#: Verbs of speech that only a speaker does, never a place or a thing (‘Sentrix, which argued’).
ARGUING_VERBS = wordset("argued argues contended contends insisted insists countered counters")

#: The words that open an aside :func:`_relative_aside` passes over (‘, which represents …,’, ‘, in a
#: statement signed by …,’).
RELATIVE_ASIDE_OPENERS = frozenset(("which", "who", "in", "through", "via"))


def _relative_aside(toks: list[Token], subject: Mention, v: int) -> bool:
    """A relative clause or a phrase of a preposition set off between the subject and the verb at
    ``v`` (‘The group, which represents A, B and C, said’, ‘The majority, in a statement signed by
    X and Y, said’): names inside it are no speakers."""
    k = _index_after_offset(toks, subject.end)
    return 1 < v - k <= 40 and toks[k].text == "," and toks[v - 1].text == "," and not toks[k + 1].capitalized \
        and toks[k + 1].word in RELATIVE_ASIDE_OPENERS \
        and not any(x.text in ".;:()“”\"" or x.word in ("but", "while", "whose") for x in toks[k + 2:v - 1])


def _aside_opens_before(toks: list[Token], v: int) -> bool:
    """Some comma before the verb at ``v`` opens an aside in lower case, as :func:`_relative_aside`
    needs right after the subject: a test that needs no subject, made before it is worked out.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("The group, which represents A, said")
    >>> _aside_opens_before(toks, len(toks) - 1), _aside_opens_before(tokenize("Smith, 54, said"), 4)
    (True, False)
    """
    return any(toks[c].text == "," and toks[c + 1].word in RELATIVE_ASIDE_OPENERS and not toks[c + 1].capitalized
               for c in range(v - 1))


def _in_opening_place(toks: list[Token], m: Mention) -> bool:
    """``m`` is the whole object of a phrase of place that opens the sentence, set off by a comma:
    ‘In Washington, a spokesperson, asked about it, said’, ‘And in The Hindu, an official said’
    (after an opener like "And" or "Meanwhile" too); never a subject: ‘Washington, a spokesperson said’.

    >>> from quotesearch.names import tokenize
    >>> t = "In Washington, a spokesperson, asked about it, said"
    >>> _in_opening_place(tokenize(t), Mention(3, 13, "Washington", "name"))
    True
    >>> t = "Washington, a spokesperson, asked about it, said"
    >>> _in_opening_place(tokenize(t), Mention(0, 10, "Washington", "name"))
    False
    """
    b = _index_before(toks, m.start)
    nxt = _token_after(toks, m.end)
    if b < 0 or toks[b].word not in OPENING_PLACE_PREPOSITIONS or nxt is None or nxt.text != ",":
        return False
    k = _first_word(toks)
    while k < b and (toks[k].word in OPENERS or toks[k].text == ","):
        k += 1
    return k == b


def _in_apposition(toks: list[Token], subject: Mention, v: int) -> bool:
    """Only an aside stands between the subject and the verb at ``v``: noun phrases between
    commas, with no verb or clause of their own."""
    between = [x for x in toks[:v] if x.start >= subject.end]
    between = [x for i, x in enumerate(between) if not (  # (a retired rank's bracket is the aside's: ‘, Lt. Col. (rtd) X,’)
        (x.text == "(" and between[i + 1:i + 2] and between[i + 1].word in RETIRED_MARKS)
        or x.word in RETIRED_MARKS or (x.text == ")" and i > 0 and between[i - 1].word in RETIRED_MARKS))]
    return len(between) > 2 and between[0].text == "," and between[-1].text == "," and not any(
        x.word in ("who", "whom", "which", "that", "whose") or x.word in SUBORDINATORS or x.text in ".;:()“”\"" or (
            not x.capitalized and (_verb_like(x) or x.word in AUXILIARIES)) for x in between)


_END = operator.attrgetter("end")
_START = operator.attrgetter("start")


#: Words that end the noun phrase an article opens ("The day after the vote, …"): a role noun
#: after them is no head of it.
NOUN_PHRASE_ENDS = wordset("after before since during on in at of")


def _opens_with_person(toks: list[Token], i: int) -> bool:
    """The words at ``i`` open with a person described (‘A federal judge on Monday blocked …,’): a
    subject, never an introductory phrase of time."""
    if toks[i].word not in ARTICLES:
        return False
    for x in toks[i + 1: i + 4]:
        if x.word in ROLE_NOUNS:
            return True
        if x.word in NOUN_PHRASE_ENDS or not x.text[:1].isalpha():
            return False
    return False


def _index_after_offset(toks: list[Token], at: int) -> int:
    """The index of the first token starting at or after offset ``at``."""
    return bisect.bisect_left(toks, at, key=_START)


def _token_after(toks: list[Token], at: int) -> Token | None:
    """The first token starting at or after offset ``at`` (tokens are in text order)."""
    k = bisect.bisect_left(toks, at, key=_START)
    return toks[k] if k < len(toks) else None


#: Words opening a clause of time, whose subject is never the main clause's speaker.
TIME_CLAUSE_WORDS = frozenset("after before when once until since while".split())


def _index_before(toks: list[Token], at: int) -> int:
    """The index of the last token ending at or before offset ``at``, or -1."""
    return bisect.bisect_right(toks, at, key=_END) - 1


#: Most words an office set off after a name without "the" runs to (‘Declan Rafter, chairman of
#: the municipal district, who’).
BARE_APPOSITION_WORDS = 8


def _bare_apposition_comma(toks: list[Token], a: int) -> int | None:
    """The index of the comma that opens an office set off without an article before ``a`` (the comma
    before a "who"), when that office opens with a lower-case role noun, or a lower-case word "of"
    follows (‘, cathaoirleach of the municipal district,’), and holds only words, no verb or clause's
    word (‘, chairman of the Ballykeel district,’); else None.

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("opened by Declan Rafter, chairman of the district, who said")
    >>> _bare_apposition_comma(t, 9)
    4
    >>> t = tokenize("opened by Declan Rafter, the district, who said"); _bare_apposition_comma(t, 7) is None
    True
    """
    c = a - 1
    while c > 0 and a - c <= BARE_APPOSITION_WORDS and toks[c].text != ",":
        c -= 1
    if c < 1 or toks[c].text != "," or c + 1 >= a or not toks[c + 1].text.islower() \
            or (toks[c + 1].word not in ROLE_NOUNS and not (c + 2 < a and toks[c + 2].word == "of")):
        return None
    if any(not (x.text.isalpha() or "-" in x.text) or _verb_like(x) or x.word in CLAUSE_WORDS for x in toks[c + 1:a]):
        return None
    return c


def _is_object(toks: list[Token], m: Mention) -> bool:
    """A description right after a verb is its object (‘issued a statement’; a document after a
    phrasal verb's particle too: ‘put out a statement’, ‘fired off a letter’, never ‘when the
    results came out the spokesman said’), not a subject; so is what a preposition governs
    (‘posted a message on Twitter reading’)."""
    k = _index_before(toks, m.start)
    prev = toks[k] if k >= 0 else None
    if prev is None or prev.capitalized or not prev.text[:1].isalpha() or _after_time_point(toks, k):
        return False
    if m.kind != "description":  # (but "the Council on American-Islamic Relations …" is one name)
        if k > 0 and prev.word in PLACE_LIE_WORDS and prev.text.islower() and toks[k - 1].word in PLACE_LYING_PREPOSITIONS:
            return m.kind in ("organisation", "name")  # a place where it lies, after a preposition, is no subject:
            # ‘The family of a farmer who died in mid Wales have said’, ‘drowned off the coast of north Devon’
        return m.kind in ("organisation", "name") and (prev.word in PLACE_PREPOSITIONS or prev.word in MOTION_PREPOSITIONS) \
            and not (k > 0 and toks[k - 1].capitalized)  # (and "marched down Main Street chanting")
    if prev.word in ("out", "off", "up", "forth"):  # (a document after a particle: "put out a statement")
        return description_head(m.text) in DOCUMENT_NOUNS
    return _verb_like(prev) or prev.word in ("to", "by", "about", "on", "in", "of", "for", "with") \
        or prev.word in PAIR_PREPOSITIONS  # (‘The mediator of the talks between Ardenia and Lorvia said’)


#: Prepositions whose object is a pair or a side, never the subject of the verb after it (‘the mediator
#: leading talks between Ardenia and Lorvia said’, ‘the campaign against the Brightwater Company said’).
#:
#: >>> sorted(PAIR_PREPOSITIONS)
#: ['against', 'between']
PAIR_PREPOSITIONS = frozenset("between against".split())


#: Past participles of speech verbs that are never a finite verb ("written in chalk", "spoken
#: softly"): a cue only after an auxiliary ("has written").
PARTICIPLES_ONLY = frozenset("written spoken sung".split())


#: The one asked or told, as a pronoun right after the verb: the one who tells of the talk.
LISTENER_PRONOUNS = frozenset("him her them me us".split())


#: Possessives before the listeners of a telling that tie them to the one who reports it (‘his class’).
REPORTER_POSSESSIVES = frozenset("his their my our".split())


def _own_people_listening(toks: list[Token], k: int) -> bool:
    """``toks[k]`` opens the listeners of a telling as the reporter's own people, a possessive and a
    lower-case noun (‘Diego said a teacher had told his class that …’, ‘said the consultant had told
    their family that …’): the reporter stood among them, as with ‘told her’ (never a bare crowd:
    ‘said an official had told traders’ stays the reporter's)."""
    return k + 1 < len(toks) and toks[k].word in REPORTER_POSSESSIVES and toks[k].text.islower() \
        and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].word not in FUNCTION_WORDS


def _said_clause_subject(toks: list[Token], m: Mention, v: int) -> bool:
    """The person described right after "said" is the subject of the clause it reports, whose own
    "asked" or "told" at ``v``, to the one who reports it, follows with only auxiliaries between: ‘He said his mother had asked him whether
    she had “done something wrong”’, ‘She said the surgeon had told her it was “routine”’ are the
    mother's, the surgeon's words (as with a name: ‘Lee said Sarah Kim had told him …’); "said" takes
    no person for its object (never a thing: ‘said the report had warned’ is left as it was).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("He said his mother had asked him whether")
    >>> _said_clause_subject(t, Mention(t[2].start, t[3].end, "his mother", "description"), 5)
    True
    """
    head = description_head(m.text) if m.kind == "description" else None
    if head is None or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in DOCUMENT_NOUNS:
        return False
    k = _index_before(toks, m.start)
    if k < 0 or toks[k].word not in ("said", "says", "say") or not toks[k].text.islower():
        return False
    if v + 1 >= len(toks) or toks[v].word not in ("asked", "told") or not (
            toks[v + 1].word in LISTENER_PRONOUNS or _own_people_listening(toks, v + 1)):
        return False  # (a conversation with the one who tells of it only: never ‘Trump said Fox executives were
        # calling “every 15 minutes”’, ‘said ministers had promised change “…”’, the reporter's words)
    e = _index_after_offset(toks, m.end)
    return e < v and all(toks[i].word in AUXILIARIES and toks[i].text.islower() for i in range(e, v))


def _told_investigators(toks: list[Token], m: Mention, v: int) -> bool:
    """The mention ``m``, a person described, is the subject of the verb of telling at ``v`` (past its
    auxiliaries), whose listener is the police who questioned them: the words after are what they told
    police, reported by another, whose clause's object they only seem (‘Prosecutor Jane Ellis said the
    defendant had told police in interview that he had “…”’, ‘Mr Brennan said the accused man told
    gardaí that he “…”’; never a thing: ‘said the report told investigators’).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("Ellis said the defendant had told police that")
    >>> _told_investigators(t, Mention(t[2].start, t[3].end, "the defendant", "description"), 5)
    True
    """
    if toks[v].word not in TELL_VERBS or m.kind != "description" or description_head(m.text) in THING_NOUNS \
            or description_head(m.text) in DOCUMENT_NOUNS or v + 1 >= len(toks) or toks[v + 1].word not in INVESTIGATOR_LISTENERS:
        return False
    if v + 2 < len(toks) and toks[v + 2].word in ("nothing", "little", "few", "none", "no", "everything"):
        return False  # (no words reported: ‘said the woman had told police nothing, adding, “…”’, the reporter's)
    if any(toks[i].text == "," and toks[i + 1].word in ("adding", "saying", "noting", "explaining", "insisting")
           for i in range(v + 2, len(toks) - 1)):
        return False  # (the reporter goes on in a participle of their own: ‘…, adding, “…”’)
    k = v - 1
    while k > 0 and toks[k].word in AUXILIARIES and toks[k].text.islower():
        k -= 1
    return toks[k].end == m.end


def _past_aspect_verb(toks: list[Token], v: int) -> int:
    """Where the subject of the -ing speech verb at ``v`` ends: before a verb of starting or going on
    right before it (‘around 30 protesters began shouting’, ‘the crowd kept chanting’), whose word is
    never the description's; else ``v``.

    >>> from quotesearch.names import tokenize
    >>> _past_aspect_verb(tokenize("the fans began chanting"), 3), _past_aspect_verb(tokenize("the fans chanting"), 2)
    (2, 2)
    """
    if toks[v].word.endswith("ing") and v >= 2 and toks[v - 1].word in ASPECT_VERBS and toks[v - 1].text.islower():
        return v - 1
    return v


def _after_time_point(toks: list[Token], k: int) -> bool:
    """``toks[k]`` closes a phrase of time "at one point", "at that stage" before a subject (‘At one
    point a group of farmers began chanting’): no verb whose object the subject is."""
    return toks[k].word in TIME_POINT_NOUNS and k >= 2 and toks[k - 2].word == "at" \
        and toks[k - 1].word in ("one", "that", "this", "some", "another", "the", "which")


def _people_after(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is the adjective "state" before people: "state police said", "state
    officials", "state media", or before a capitalised title: "said state Sen. Maria Delgado",
    "state Treasurer X", "state Democrats" (never "told reporters", whose object they are); and
    before an outlet it owns: "told Iranian state television", "state radio", "the state news
    agency" (whose adjective before it is no speaker).

    >>> from quotesearch.names import tokenize
    >>> _people_after(tokenize("told Iranian state television that"), 2)
    True
    >>> _people_after(tokenize("the rules state that"), 2)
    False
    """
    if v + 1 >= len(toks) or toks[v].word != "state":
        return False
    w = toks[v + 1].word
    return w in ROLE_NOUNS or (w.endswith("s") and w[:-1] in ROLE_NOUNS) or w in PEOPLE_PLURALS \
        or (w in STATE_OUTLET_NOUNS and toks[v + 1].text.islower()) or state_before_title(toks, v)


#: Plural nouns of people and bodies that a cue word may describe ("state police", "state media").
PEOPLE_PLURALS = frozenset("police media authorities lawmakers legislators troopers prosecutors investigators".split())

#: Outlets a government owns, after the adjective "state" ("state television", "state news agency").
STATE_OUTLET_NOUNS = frozenset("television tv radio broadcaster broadcasters news newspaper newspapers channel channels agency".split())


#: Cue words whose passive makes the subject the listener (‘the companies were told’, ‘was warned’).
TOLD_PASSIVES = frozenset("told warned asked advised informed ordered urged instructed reminded assured".split()) | BRIEFING_VERBS
PASSIVE_AUXILIARIES = BE_FORMS | {"be"}


def _told_passive(toks: list[Token], v: int) -> bool:
    """Whether the cue at ``v`` is a verb of telling in the passive, its subject the listener:
    ‘Commuters were warned to expect “severe disruption”’, ‘staff have been repeatedly told to
    expect “…”’ (one adverb may stand between); never the active ‘she warned’, ‘they had told’.

    >>> from quotesearch.names import tokenize
    >>> _told_passive(tokenize("Drivers were warned of"), 2)
    True
    >>> _told_passive(tokenize("Drivers have been repeatedly told"), 4)
    True
    >>> _told_passive(tokenize("The union warned of"), 2)
    False
    >>> _told_passive(tokenize("The minister was accused of"), 3), _told_passive(tokenize("Unions accused the minister of"), 1)
    (True, False)
    """
    if toks[v].word == "accused" and toks[v].text.islower() and v >= 1 and v + 1 < len(toks) \
            and toks[v + 1].word in ("of", "by"):
        # the one accused is the target, never the accuser (‘X was accused of presiding over “…”’, a
        # headline's ‘Minister accused of “cover-up”’; the agent after "by" speaks); with no "be", only
        # when no verb of the subject's own follows (never ‘A man accused of murder invented a “…”’)
        b = v - 1 if not (toks[v - 1].word.endswith("ly") and v >= 2) else v - 2
        return toks[b].word in PASSIVE_AUXILIARIES or not any(
            x.text.islower() and x.word.endswith("ed") for x in toks[v + 2:])
    if toks[v].word not in TOLD_PASSIVES or not toks[v].text.islower() or v < 1:
        return False
    if toks[v].word in BRIEFING_VERBS and any(x.text.islower() and x.word in SPEECH_VERBS and x.word not in BRIEFING_VERBS
                                              for x in toks[v + 1:]):
        return False  # the ones briefed who speak by a verb of their own after it: ‘Lawmakers who were briefed
        # on the strikes described the evidence as “…”’, ‘Senators who had been briefed … said’
    b = v - 1
    if toks[b].word.endswith("ly") and toks[b].text.islower() and b >= 1:
        b -= 1  # (an adverb between: ‘were repeatedly warned’)
    return toks[b].word in PASSIVE_AUXILIARIES


#: Verbs of wondering, a thought the writer reports, not words (‘listeners, who wondered if “…”’).
WONDERING_VERBS = frozenset("wonder wonders wondered wondering".split())


#: Words after which a cue word is a noun ("the report", "his post", "secretary of state").
NOUN_MARKERS = wordset("a an the his her their its our my your this that these those of")

#: Words before "states" that make it the plural noun, never the verb (‘…’ by campaigners in other states’,
#: ‘in several member states’, ‘in swing states’).
STATES_NOUN_MARKERS = wordset("""other many several all both some most few member neighbouring neighboring swing
battleground border southern northern eastern western coastal island gulf baltic nation red blue""")


def _states_noun(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is "states" the plural noun (``STATES_NOUN_MARKERS`` before it), read so
    both before and after a quotation.

    >>> from quotesearch.names import tokenize
    >>> t = "Officials in other states, "
    >>> found = cue_before(t, tokenize(t))
    >>> found.mention.text, found.cue
    ('officials', None)
    """
    if toks[v].word != "states" or v == 0:
        return False
    return toks[v - 1].word in STATES_NOUN_MARKERS or (
        # (or a place's trade before it, after "from" or "in", and a verb of its own after it: ‘lawmakers
        # from coal states had “a moral obligation”’; never ‘a memo from staff states that’)
        v >= 2 and toks[v - 2].word in ("from", "in", "across") and toks[v - 1].text.isalpha()
        and toks[v - 1].text.islower() and not toks[v - 1].text.endswith("s")
        and v + 1 < len(toks) and toks[v + 1].word in STATES_NOUN_FOLLOWERS)


def _after_indefinite(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is a noun after "a" and a name ("a Donald Trump tweet"), or a noun of
    speech after a possessive and a name ("Bush's Facebook post")."""
    k = v - 1
    while k > 0 and toks[k].capitalized and is_name_token(toks[k]) and not is_possessive(toks[k]) and v - k < 5:
        k -= 1
    if k < v - 1 and toks[k].word in ("a", "an") and not toks[k].capitalized \
            and not (toks[v - 1].word in ACRONYM_RANKS and toks[v - 1].text.isupper()):  # (but "a Labour MP told")
        return True
    return v - k <= 3 and toks[v].word in SPEECH_NOUNS and (is_possessive(toks[k]) or toks[k].text in "’'")


def _in_their_words(text: str, toks: list[Token]) -> Found | None:
    """‘In Feldhaus’s words, “…”’, ‘In his words, the system needs “…”’, ‘In his view, …’: whose
    words they are, when no other cue follows.

    >>> from quotesearch.names import tokenize
    >>> t = "In Feldhaus’s words, the governor needs “a deal”"
    >>> _in_their_words(t, tokenize(t)).mention.text
    'Feldhaus'
    """
    if not toks or (text.find(" words,", toks[0].start, toks[-1].end) < 0
                    and text.find(" view,", toks[0].start, toks[-1].end) < 0):
        return None  # (a search first: most sentences have no "… words," nor "… view,")
    for w in range(2, len(toks) - 1):
        if toks[w].word not in ("words", "view") or toks[w + 1].text != "," or any(_is_cue(x, True) for x in toks[w + 2:]):
            continue  # (one's view is theirs too: ‘In his view, the majority “abandons decades of precedent”’)
        o = w - 2 if toks[w - 1].word == "own" and w >= 3 else w - 1  # (‘In Brevik's own words,’)
        owner = toks[o]
        if owner.word in ("his", "her") and toks[o - 1].word == "in":
            m, a = Mention(owner.start, owner.end, owner.text, "pronoun"), o - 1
        elif is_possessive(owner) and is_name_token(owner):
            end = owner.end - 2 if owner.text.endswith(("’s", "'s")) else owner.end - 1
            b = _name_run_back(toks, o)
            while b - 1 > 0 and toks[b - 1].text in PARTICLES:
                b -= 1  # (a surname's particle: "in von Ahlen's words")
            i = b - 1
            while i > b - 3 and i > 0 and toks[i].word in ROLE_NOUNS and toks[i].text.islower():
                i -= 1  # (past a title in lower case: ‘in coach Curtis Bellamy’s words,’, ‘in head coach X's words’)
            if toks[i].word != "in":
                continue
            m, a = Mention(toks[b].start, end, text[toks[b].start:end], "name"), i
        elif o >= 2 and _kin_owned(owner) and toks[o - 1].word in ("his", "her", "their") and toks[o - 2].word == "in":
            # one's kin: ‘In her daughter's words, “…”’ (whom the article must name: see attribution)
            s_ = toks[o - 1].start
            m, a = Mention(s_, owner.end - 2, text[s_:owner.end - 2] if text else owner.text[:-2], "description"), o - 2
        else:
            continue
        return Found(m, None, "cue-in-sentence", text[toks[a].start:toks[w].end] if text else "in … words")
    return None


def _kin_owned(t: Token) -> bool:
    """A kin noun in the possessive, in lower case (‘daughter's’, ‘husband’s’; never ‘parents'’).

    >>> from quotesearch.names import tokenize
    >>> [_kin_owned(t) for t in tokenize("her daughter's Daughter's parents' words")]
    [False, True, False, False, False]
    """
    return t.text.islower() and t.text.endswith(("’s", "'s")) and t.text[:-2] in KIN_NOUNS


def _in_the_words_of(text: str, toks: list[Token]) -> Found | None:
    """‘…, in the words of one critic, “…”’ right before the quotation, or its colon (‘summed up, in
    the words of one weary official: “Wait.”’): the one whose words they are (never a document's,
    ‘in the words of the indictment’), read before any other cue.

    >>> from quotesearch.names import tokenize
    >>> t = "It made her, in the words of one critic,"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one critic'
    >>> t = "The plan, in the words of one weary aide:"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one weary aide'
    >>> t = "The work was, in the words of one surveyor who examined it,"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one surveyor who examined it'
    """
    n = len(toks)
    if n < 5 or all(text.find(w, toks[max(0, n - 16)].start, toks[-1].end) < 0 for w in (" words of ", " phrase of ")):
        return None  # (a search first: most sentences have no "… words of"; ‘in the phrase of the critic X’ too)
    for a in range(max(0, n - 16), n - 4):
        if toks[a].word == "in" and toks[a + 1].word == "the" and toks[a + 2].word in ("words", "phrase") \
                and toks[a + 3].word == "of":
            m = mention_after(toks, a + 4, text)
            if m is not None and m.kind == "description":
                m = _with_who_clause(text, toks, m)  # (an unnamed one kept whole: ‘one surveyor who examined it’)
            if m is not None and m.kind != "pronoun" and _only_a_comma_or_colon(toks, m.end) \
                    and not (m.kind == "description" and description_head(m.text) in DOCUMENT_NOUNS) \
                    and not _work_named(m):
                return Found(m, None, "according-to", "in the words of")
    return None



#: A work or text, not a person, whose words they are (‘in the words of the Bible’, ‘of the song’).
WORK_WORDS = wordset("""bible koran quran torah scripture scriptures constitution song songs anthem hymn poem
lyric lyrics slogan motto manifesto prayer psalm proverb saying advert jingle film movie play novel""")


def _work_named(m: Mention) -> bool:
    """``m`` names a work by its head, the last word (‘the Bible’, ‘the national anthem’), never a
    person whose description holds a work's word (‘one film critic’, ‘a hymn writer’).

    >>> _work_named(Mention(0, 9, "the Bible", "organisation")), _work_named(Mention(0, 15, "one film critic", "description"))
    (True, False)
    """
    return m.text.lower().split()[-1].strip(".,’'") in WORK_WORDS


#: Most words of a "who" clause kept with a description after "in the words of" (‘one surveyor who
#: examined it’).
WORDS_OF_WHO_CLAUSE_MOST = 6


def _with_who_clause(text: str, toks: list[Token], m: Mention) -> Mention:
    """A description with the short "who" clause after it that ends the words before a comma or a colon
    (‘in the words of one surveyor who examined it, “…”’): kept whole, as an unnamed one's description
    is; else ``m`` as it is (never a clause of more words, nor one a comma splits).

    >>> from quotesearch.names import tokenize
    >>> t = "in the words of one surveyor who examined it,"
    >>> _with_who_clause(t, tokenize(t), Mention(16, 28, "one surveyor", "description")).text
    'one surveyor who examined it'
    """
    rest = [x for x in toks if x.start >= m.end]
    if len(rest) < 3 or rest[0].word != "who" or rest[-1].text not in (",", ":") \
            or len(rest) - 2 > WORDS_OF_WHO_CLAUSE_MOST or any(not x.text.isalpha() for x in rest[1:-1]):
        return m
    end = rest[-2].end
    return Mention(m.start, end, text[m.start:end], m.kind, m.role)


def _only_a_comma_or_colon(toks: list[Token], end: int) -> bool:
    """Nothing after ``end`` but commas, or one colon that ends the words (‘in the words of one
    aide, “…”’, ‘in the words of one aide: “…”’); never words of a clause of its own."""
    rest = [x.text for x in toks if x.start >= end]
    return all(x == "," for x in rest) or rest == [":"]


#: An age written right before a name that opens a sign-off (‘“…” — 9-year-old Milo Hart of Brookfield, …’).
#:
#: >>> bool(RE_AGE_BEFORE_NAME.fullmatch("9-year-old ")), bool(RE_AGE_BEFORE_NAME.fullmatch("former "))
#: (True, False)
RE_AGE_BEFORE_NAME = re.compile(r"\d{1,3}-year-old[ \t]+")

#: An age alone as a description's head (‘the 52-year-old’; never ‘the 40-year-old law’).
RE_AGE_ALONE = re.compile(r"(?i:the) \d{1,3}-year-old")


def _minuted_saying(text: str, toks: list[Token]) -> Found | None:
    """‘Cabinet minutes of April 10 record the premier, Graham Tolhurst, saying he was “…”’: the one
    the papers record saying the words speaks, not the papers nor the body that kept them. Guards: the
    papers (:data:`MINUTE_NOUNS`) open the sentence, their verb (:data:`MINUTE_VERBS`) follows within a
    few words, a name or a description comes right after it, then "saying" with no cue after.

    >>> from quotesearch.names import tokenize
    >>> t = "Board minutes from 1983 show the chairman, Peter Hale, saying the ground was “"
    >>> _minuted_saying(t, tokenize(t)).mention.text
    'Peter Hale'
    >>> t = "The minutes record that the vote was “"
    >>> _minuted_saying(t, tokenize(t)) is None
    True
    """
    n = len(toks)
    v = next((a for a in range(1, min(n - 3, 9)) if toks[a].word in MINUTE_VERBS and not toks[a].capitalized), None)
    if v is None or not any(x.word in MINUTE_NOUNS for x in toks[:min(v, 5)]):
        return None  # (the papers open the sentence as the verb's subject: ‘Council minutes of May 3 record’,
        # ‘Board minutes seen by the paper show’; never ‘He records’)
    s = next((a for a in range(v + 2, min(n, v + 14)) if toks[a].word == "saying"), None)
    if s is None or any(_is_cue(x, True) for x in toks[s + 1:]) or toks[v + 1].word == "that":
        return None
    m = mention_after(toks[:s], v + 1, text)
    if m is None or m.kind not in ("name", "description") or m.start != toks[v + 1].start and m.kind != "name":
        return None
    if any(x.text != "," for x in toks[v + 1:s] if x.start >= m.end):
        return None  # (the one shown is the one saying, nothing between: never ‘show the minister, X,
        # ignored warnings from officials saying …’, whose "saying" is the officials')
    return Found(m, None, "cue-before", "saying")


#: Participles of speech that may follow the one a document or an outlet quotes with no "as" between
#: (‘The report quotes a sailor shouting’, ‘The paper quoted the minister saying’).
BARE_QUOTED_PARTICIPLES = frozenset("saying telling shouting yelling screaming writing".split())


def _outside_setting_asides(toks: list[Token]) -> list[Token]:
    """The tokens but those of an aside of time or place set off by commas (‘, during a private
    meeting about anthem protests,’), whose nouns of speech are the setting's, no one's cue: ‘a
    report quoted the owner as telling others, during a meeting about protests, that “…”’."""
    kept: list[Token] = []
    k, n = 0, len(toks)
    while k < n:
        if toks[k].text == "," and k + 1 < n and toks[k + 1].word in SETTING_ASIDE_PREPOSITIONS:
            close = next((j for j in range(k + 2, min(n, k + 12)) if toks[j].text == ","), None)
            if close is not None and not any(
                    _is_cue(toks[j], True) and (toks[j - 1].capitalized or toks[j - 1].word in PRONOUNS
                                                or toks[j - 1].word in AUXILIARIES)
                    for j in range(k + 2, close)):  # (guard: never a clause whose own subject speaks in
                # it: ‘, after Minister X told reporters,’ ‘, before he said,’)
                k = close
                continue  # (the closing comma kept: what follows the aside is read as before)
        kept.append(toks[k])
        k += 1
    return kept


def _quoted_as_saying(text: str, toks: list[Token]) -> Found | None:
    """‘The RIA news agency quoted Deputy Foreign Minister Pavel Orlov as saying that …’: the one
    quoted speaks, not the outlet that quotes him.

    >>> from quotesearch.names import tokenize
    >>> t = "Interfax quoted a Defence Ministry official as saying the drills were “routine”"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a Defence Ministry official'
    >>> t = "The paper quotes a Treasury source as saying:"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a Treasury source'
    >>> t = "The report quotes a sailor on the bridge shouting,"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a sailor on the bridge'
    """
    n = len(toks)
    for v in range(n - 3):
        if toks[v].word not in QUOTING_VERBS or toks[v].capitalized or (v > 0 and toks[v - 1].word in BE_FORMS) \
                or toks[v + 1].word in ("by", "in"):
            continue  # (never the passive: "Smith was quoted in The New York Times as saying")
        s = next((a for a in range(v + 2, min(n - 1, v + 26)) if toks[a].word == "as"
                  and (toks[a + 1].word in ("saying", "telling", "writing") or (toks[a + 1].word.endswith("ing") and (
                      _is_cue(toks[a + 1], True) or toks[a + 1].word in CALL_VERBS)))), None)
        # (or another verb of speech: ‘the Saba news agency quoted the Health Ministry as blaming the outbreak on “…”’)
        bare = False
        if s is None:
            s = next((a - 1 for a in range(v + 2, min(n, v + 14)) if toks[a].word in BARE_QUOTED_PARTICIPLES
                      and toks[a].text.islower()), None)  # (or its participle right after the one quoted, with no
            # "as": ‘The report quotes a sailor on the bridge shouting, “…”’)
            bare = True
        if s is None or any(_is_cue(x, True) for x in _outside_setting_asides(toks[s + 2:])):
            continue  # (a later cue speaks: "…, but NATO chief Jens Stoltenberg said:")
        m = mention_after(toks[:s + 1] if bare else toks[:s], v + 1, text)
        if bare and (m is None or m.kind not in ("name", "description") or not (m.end == toks[s].end or (
                toks[s].text == "," and (c := _index_after_offset(toks, m.end)) < s and toks[c].text == ","
                and s - c <= 8 and all(x.text != "," for x in toks[c + 1:s])))):
            continue  # (the one quoted ends right before the participle, or an aside set off after them,
            # ‘quotes Darren Pike, the plant manager, telling’: never ‘quoted figures from residents saying’,
            # whose residents are no one the verb quotes)
        if m is None and s == v + 2 and toks[v + 1].word in ("him", "her", "them"):
            m = Mention(toks[v + 1].start, toks[v + 1].end, toks[v + 1].text, "pronoun")  # ‘Iranian state television
            # quoted him as saying: “…”’: the one the pronoun stands for
        if m is None and text and RE_AGE_ALONE.fullmatch(text, toks[v + 1].start, toks[s - 1].end):
            # an age as the one quoted: ‘De Avondkrant quoted the 52-year-old as saying’
            m = Mention(toks[v + 1].start, toks[s - 1].end, text[toks[v + 1].start:toks[s - 1].end], "description")
        last = m.text.lower().split()[-1] if m is not None else ""
        if m is not None and m.kind == "description" and last not in ROLE_NOUNS and not (last.endswith("s") and last[:-1] in ROLE_NOUNS):
            # ‘quoted the head of the Atomic Energy Organisation of Iran, Reza Shafiei-Kadkani, as
            # saying’: the name set off after the description (never after a person it ends on: ‘a
            # source close to the defence minister, Andrei Belov,’ names the minister)
            c = _index_after_offset(toks, m.end)
            if c < s and toks[c].text == ",":
                named = mention_after(toks[:s], c + 1, text)
                if named is not None and named.kind == "name" and _index_after_offset(toks, named.end) < s \
                        and toks[_index_after_offset(toks, named.end)].text == ",":
                    m = dataclasses.replace(named, role=m.text)
        if m is not None and (m.kind != "pronoun" or m.text.lower() in ("him", "her", "them")):
            return Found(m, None, "cue-in-sentence", "quoted")
    return None


def _introduced_name(toks: list[Token], m: Mention) -> bool:
    """A name that a colon introduces as the one who speaks, with its role written before it
    (‘… doesn’t surprise Republican pollster Daron Shaw:’); never the object of a preposition
    (‘Trump took aim at Hillary Clinton:’ is not Clinton's)."""
    k = _index_before(toks, m.start)
    if not (m.role or (k >= 0 and toks[k].word in ROLE_NOUNS)):
        return False
    while k >= 0 and (toks[k].capitalized or toks[k].word in ROLE_NOUNS):
        k -= 1  # back over the title: ‘… a blunt warning to Senate Majority Leader Mitch McConnell:’
    return k < 0 or toks[k].word not in PREPOSITIONS


def _after_modal(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` follows a modal ("will say", "would tell"): speech that may never happen."""
    return v > 0 and toks[v - 1].word in MODALS


def _reported_by_joined_verb(toks: list[Token], m: Mention) -> bool:
    """The mention ``m`` opens the clause that a verb of speech joined by "and" reports, at the start of
    the tokens (which begin after an earlier quotation of the sentence): ‘… and warned that China would’,
    ‘and said Kenya would’ (the verb's subject is the one who spoke before "and").

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("and warned that China would respond")
    >>> _reported_by_joined_verb(t, Mention(16, 21, "China", "name"))
    True
    >>> t = tokenize("and the minister warned that China would respond")
    >>> _reported_by_joined_verb(t, Mention(29, 34, "China", "name"))
    False
    """
    b = _index_before(toks, m.start)
    if b >= 0 and toks[b].word == "that":
        b -= 1
    return 1 <= b <= 2 and toks[b].word in SPEECH_VERBS and toks[b].text.islower() and toks[b - 1].word == "and" \
        and (b == 1 or toks[0].text in "”\"’'")


def _in_marks(text: str, m: Mention) -> bool:
    """The mention is the whole of a quoted title ("the co-author of “Going Viral,” said"): no speaker."""
    return text[m.start - 1:m.start] in OPENING_MARKS and text[m.end:m.end + 2].lstrip(",.")[:1] in CLOSING_MARKS


#: Marks that open or close a quoted title around a mention.
OPENING_MARKS = frozenset("“\"‘'")
CLOSING_MARKS = frozenset("”\"’'")


def _refused(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is speech refused or denied ("declined to comment", "did not say"): no
    quotation is its."""
    return v > 0 and (toks[v - 1].word in NEGATIONS or (
        toks[v - 1].word == "to" and v > 1 and toks[v - 2].word in REFUSAL_VERBS))


#: Prepositions after a cue that open where or how it was said (‘said in a statement’, ‘said on
#: Instagram’, ‘said at a news conference’, ‘said via the team’).
CUE_PLACE_WORDS = wordset("in on at during via through after before from")


def _relays(m: Mention) -> bool:
    """The speaker at a cue is an outlet or a body that relays others' words (‘the agency’, ‘the
    Saba news agency’, ‘the Kremlin’, ‘AFP’), never a person (‘the actor’, ‘Obama’, ‘he’)."""
    if m.kind == "pronoun":
        return m.text.lower() == "it"
    words = m.text.split()
    if m.kind == "description":
        head = description_head(m.text)
        return head in OUTLET_NOUNS or (head is not None and head not in ROLE_NOUNS and head not in DESCRIPTION_NOUNS)
    # a body's name ("the Kremlin", "the Saba news agency"), never a person's ("Gabrielle Union", "Peter Post")
    return (m.kind == "organisation" or gender_of(words[0]) is None) and any(w.lower() in OUTLET_NOUNS for w in words) \
        and not (len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ROLE_NOUNS)


def _reported_subject(text: str, toks: list[Token], outer: Mention, r: int, v: int) -> Mention | None:
    """The subject of the clause an outlet's report at ``r`` tells of, when ``v`` is the second verb of
    that clause (after "and"): ‘The state news agency SANA reported last week that the governor of Homs
    had visited the town and promised to restore electricity “…”’ is the governor's, never the
    agency's. Only an outlet or "reported" reports so (‘KUNA’, ‘the Saba news agency’): a person's ‘X said that Y
    had … and called it “…”’ is left to the sentence (PolNeAR's gold reads either)."""
    b = _index_before(toks, outer.start)
    if not (_relays(outer) or (b >= 0 and toks[b].word in OUTLET_NOUNS and toks[b].text.islower())
            or (toks[r].word in ("reported", "reports") and outer.kind != "pronoun")
            or (outer.kind in ("name", "organisation") and outer.text.isupper() and len(outer.text) > 2)) \
            or toks[r].word not in REPORT_VERBS:
        return None  # (what one "reported" is another's doing, whoever reports it: ‘Xinhua reported that
        # President Xi met the delegation and called for “…”’; a body's letters say so too: ‘IRNA said the
        # minister met his counterpart and stressed “…”’)
    k = r + 1  # past a time: ‘reported last week that’
    while k < min(v, r + 5) and toks[k].word != "that" and toks[k].text.isalpha() and not _verb_like(toks[k]):
        k += 1
    k = k + 1 if k < v and toks[k].word == "that" else r + 1
    m = mention_after(toks, k, text, subject=True)
    if m is None or m.start != toks[k].start or m.kind not in ("name", "description", "organisation") or m.text == outer.text:
        return None
    a = _index_after_offset(toks, m.end)
    if a >= v - 1 or not (toks[a].word in AUXILIARIES or _verb_like(toks[a]) or (
            toks[a].text.isalpha() and toks[a].text.islower() and toks[a].word not in FUNCTION_WORDS)) \
            or any(x.text in ",;:" or x.word in ("that", "who", "which") or _is_cue(x, True) for x in toks[a:v - 1]):
        return None  # (one clause, its verb right after the subject: never ‘… reported that the minister,
        # who …, said’; a verb of any form: ‘… that President Xi met the delegation and called for’)
    return m


def _deed_doer_addressing(text: str, toks: list[Token], v: int) -> Mention | None:
    """The one who did the deed another reports, when the set-off participle of addressing at ``v``
    and its "him", "her" or "them" go on that deed (‘Two of the aides said Quinlan berated his
    secretary in a meeting, telling him that he had been “…”’ is Quinlan's: the report's verb at
    before is only how the aides know it). The reported clause must open with a person (a name,
    titled or not, or one described by a role) and its own verb of a deed right after, with no clause,
    comma or other cue before the participle's comma; never ‘X said the plan had failed, telling
    reporters it was “…”’ (no person does it) nor ‘X said Y was told, …’ (a passive names no doer)."""
    if v + 1 >= len(toks) or toks[v].word not in ADDRESSING_PARTICIPLES or not toks[v].text.islower() \
            or toks[v + 1].word not in ("him", "her", "them") or toks[v - 1].text != ",":
        return None
    outer_at = next((r for r in range(v - 2, 0, -1) if toks[r].word in DEED_REPORT_VERBS and toks[r].text.islower()), None)
    if outer_at is None:
        return None
    k = outer_at + 1
    if k < v and toks[k].word == "that":
        k += 1
    m = mention_after(toks, k, text, subject=True)
    if m is None or not (m.start == toks[k].start or (
            m.role is not None and text[toks[k].start:m.start].strip() == m.role)) or not (
            m.kind == "name" or (m.kind == "description" and m.text[:1].islower()
                                 and description_head(m.text) in ROLE_NOUNS)):
        return None
    a = _index_after_offset(toks, m.end)
    while a < v - 1 and toks[a].word in PERFECT_AUXILIARIES and not toks[a].capitalized:
        a += 1  # (a perfect: ‘said Y had berated Z’)
    if a >= v - 2 or toks[a].word in BE_FORMS or not _verb_like(toks[a]) or _is_cue(toks[a], True) \
            or any(x.text in ",;:" or x.word in ("that", "who", "which", "and", "but") or _is_cue(x, True)
                   for x in toks[a + 1:v - 1]):
        return None
    if not any(x.word in DEED_OBJECT_OPENERS for x in toks[a + 1:v - 1]):
        return None  # a deed done to no one (‘X said the players worked hard, telling them …’ is X's telling)
    if toks[v + 1].word == "them" and m.kind == "description" and m.text.split()[-1].endswith("s") \
            and not m.text.split()[-1].endswith("ss"):
        return None  # "them" is the doers themselves: ‘X said the ministers had performed well, urging them …’
    return m


#: Words that open the one a reported deed is done to (‘berated his secretary’, ‘shouted at the captain’).
DEED_OBJECT_OPENERS = frozenset("the a an his her their its my our your at on to with".split())


#: An outlet's verbs of reporting another's doings (‘SANA reported that …’).
REPORT_VERBS = wordset("reported reports said says added")


#: Nouns of outlets that relay others' words.
OUTLET_NOUNS = wordset("agency newspaper paper daily outlet broadcaster network channel station website wire tv radio "
                       "television news press times post journal tabloid ministry government kremlin embassy")

#: Words before "heard saying" (‘X can be heard saying’, ‘X is heard shouting’).
HEARD_LEADS = wordset("be is was were are been can could may might")

#: Words that deny the verb after them.
NEGATIONS = wordset("not never n't didn't don't doesn't won't wouldn't")

#: Verbs of refusing, before "to" and a verb of speech.
REFUSAL_VERBS = wordset("declined declines decline refused refuses refuse")


#: Modal verbs: after a name they start a clause of its own.
MODALS = wordset("could would should will can may might must")


def _heard_saying_before(text: str, toks: list[Token]) -> Mention | None:
    """The one heard speaking on a recording, named just before "can be heard saying" and the colon
    (‘Police released footage in which Okonkwo can be heard saying:’, ‘… a clip where Lee is heard
    shouting:’): the recording's speaker, never the subject who played or released it."""
    n = len(toks)
    if n < 5 or not toks[-2].word.endswith("ing") or toks[-3].word != "heard":
        return None
    k = n - 3
    while k - 1 > 0 and toks[k - 1].word in HEARD_LEADS:
        k -= 1
    m = mention_before(toks, k, 0, text) if k < n - 3 else None
    return m if m is not None and m.kind == "name" and m.end == toks[k - 1].end else None


def _then_office(lead: list[Token], k: int) -> bool:
    """``lead[k]`` is the "then" of an office held at the time, right before the office's word (‘the
    then mayor, X,’, ‘then premier X’), never the "then" of a clause (‘then Smith said’).

    >>> from quotesearch.names import tokenize
    >>> _then_office(tokenize("the then mayor ,"), 1), _then_office(tokenize("then Smith"), 0)
    (True, False)
    """
    return lead[k].word == "then" and not lead[k].capitalized and k + 1 < len(lead) and lead[k + 1].word in ROLE_NOUNS \
        and (k == 0 or lead[k - 1].word in ("the", "his", "her", "their", "its") or lead[k - 1].text == ",")


def _title_lead(lead: list[Token]) -> bool:
    """Words before a speaker's name that can only be a title or description: ‘State spokesman’,
    ‘the White House spokesman,’ — no verb, no clause, no sentence break.

    >>> from quotesearch.names import tokenize
    >>> _title_lead(tokenize("the White House spokesman ,")), _title_lead(tokenize("when the"))
    (True, False)
    """
    if len(lead) > 12 or (lead and (lead[0].word in SUBORDINATORS or lead[0].word in ("which", "whom", "whose"))
                          and not _then_office(lead, 0)) or any(
            x.word in SUBORDINATORS and (x.word != "and" or lead[k].text == ",") and not x.capitalized
            and not _then_office(lead, k + 1) for k, x in enumerate(lead[1:])):
        return False  # (‘…” regarding her links while Sanders suggests’: a clause of its own; ‘“…,”
        # which she said she has read’ says something of the quotation, whose speaker it is not)
    for k, x in enumerate(lead):
        if x.text in ".;:!?“”\"" or (not x.capitalized and (_verb_like(x) or x.word in AUXILIARIES)
                                        and x.word not in ROLE_NOUNS
                                        and not (x.word == "state" and (k + 1 == len(lead) or state_before_title(lead, k)
                                                                        or lead[k + 1].word in ROLE_NOUNS))
                                        and not (x.word in APPOSITIVE_QUALIFIERS and k + 1 == len(lead))
                                        and not (x.word in ("named", "called") and k + 1 == len(lead)
                                                 and lead[k - 1].word in NAMED_PERSON_NOUNS)  # (‘the waitress, a woman named X’)
                                        and not (k > 0 and lead[k - 1].word in NOUN_MARKERS and k + 1 < len(lead)
                                                 and lead[k + 1].word in ROLE_NOUNS)):
            return False  # (but "state" before a title is an adjective: ‘his niece, state Del. X,’, ‘BLM
            # state president X’, a noun between an article and a title is its word: ‘the fire chief’, and
            # so is a qualifier right before the name: ‘her former chief of staff, retired Col. X,’)
    return True


def _phrasal_or_posting_subject(text: str, toks: list[Token]) -> Mention | None:
    """Who speaks in a lead that ends in a colon with a short verb and its particle (‘Marcus chips in:’,
    ‘Hours later Sophie hit back:’) or with a verb of posting and what was posted, past an aside
    (‘Georgia, who was not in court, later shared a statement on Instagram:’): the name or pronoun right
    before the verb (never a body or a thing: ‘The row hit home:’ has no particle of speech; ‘The
    council shared a map:’ is no one's)."""
    n = len(toks)
    if n >= 4 and toks[n - 2].word in PHRASAL_CUE_PARTICLES and toks[n - 3].word in PHRASAL_CUE_VERBS \
            and toks[n - 3].text.islower():
        v = n - 3
    else:
        v = next((v for v in range(n - 3, 0, -1) if toks[v].word in POSTING_VERBS and toks[v].text.islower()
                  and toks[v + 1].word in ("a", "an", "the", "this")), None)
        if v is None:
            return None
    a = v
    while a > 1 and toks[a - 1].text.islower() and (toks[a - 1].word.endswith("ly") or toks[a - 1].word in ("later", "then", "also")):
        a -= 1  # (past an adverb: ‘later shared’, ‘swiftly hit back’)
    m = mention_before(toks, a, 0, text)
    return m if m is not None and m.kind in ("name", "pronoun") and m.text.lower() not in ("i", "we") else None


def _verb_like(t: Token) -> bool:
    """A lower-case past or present verb form: ‘pressed’, ‘beamed’, ‘says’."""
    w = t.word
    return not t.capitalized and len(w) > 3 and (w.endswith("ed") or w in SPEECH_VERBS or w in IRREGULAR_PASTS
                                                 or w in REACTION_VERBS) \
        and w not in FUNCTION_WORDS


def _present_act(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a verb in the present of a feature's scene, what someone does with their own
    things or where they go, ``toks[k + 1]`` telling so: ‘Yusuf rolls his eyes.’, ‘Lucia wipes her
    hands’, ‘Kelvin turns to the river’ (never a plural noun: "glass", "bus", "News").

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("Yusuf rolls his eyes"); _present_act(t, 1)
    True
    >>> t = tokenize("Yusuf bus tickets"); _present_act(t, 1)
    False
    """
    t = toks[k]
    w = t.word
    return not t.capitalized and present_shaped(w) and w.isalpha() and w not in FUNCTION_WORDS \
        and k + 1 < len(toks) and toks[k + 1].word in SCENE_OBJECT_WORDS


#: What follows a verb of a scene's present (‘rolls his eyes’, ‘turns to the oven’, ‘leans back’).
SCENE_OBJECT_WORDS = wordset("his her their the a an to at into onto over up back down out off across toward towards")


#: Present forms of what one does in saying something, in features' present tense (‘“Worry?”
#: Okparaeke laughs’): in the place only a speech verb goes.
REACTION_VERBS = wordset("laughs smiles shrugs sighs grins chuckles nods winks beams muses jokes")


#: Verbs in the present whose object a speech verb's noun form may be ("dismisses claims", "denies reports").
OBJECT_TAKING_VERBS = wordset("denies dismisses rejects disputes refutes cites repeats echoes")

#: Irregular past forms that stand where a speech verb goes (‘…,” Bennett shot back’).
IRREGULAR_PASTS = wordset("shot went began broke threw struck swore bit rang sang spat burst")


def _speech_in_sentence_before(text: str, at: int) -> bool:
    """A verb of speech outside the quotations in the sentence before ``at`` (‘X told donors that … “…,”
    according to audio obtained exclusively by …’), never in a sentence that only describes one (‘X was
    “clearly rattled”, according to audio …’) (rv63a).

    >>> t = 'Hart told aides it was "a stitch-up," according to'
    >>> _speech_in_sentence_before(t, t.index("according")), _speech_in_sentence_before('Hart was "rattled", by', 20)
    (True, False)
    """
    lo = text.rfind("\n", 0, at) + 1
    bare = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text[lo:at])
    bare = re.split(r"[.!?]\s+(?=[A-Z“\"])", bare)[-1]
    return any(w in SPEECH_VERBS for w in re.findall(r"\b[a-z]+\b", bare))


def according_to(text: str, toks: list[Token], lo: int, hi: int, kinds=None) -> Found | None:
    """The speaker of the first ‘according to X’ that starts in ``toks[lo:hi]`` and names one
    (of ``kinds``, when given)."""
    for a in range(lo, min(hi, len(toks) - 1)):
        if toks[a].word == "according" and toks[a + 1].word == "to":
            if a + 2 < len(toks) and toks[a + 2].word in ("a", "an", "the", "his", "her", "their", "its") and any(
                    x.word in RENDERING_NOUNS for x in itertools.takewhile(lambda x: x.text != ",", toks[a + 3:a + 7])):
                continue  # who put the words into another language, not who said them: ‘she said, according
                # to a translation provided by the Esterland government,’
            if a + 3 < len(toks) and toks[a + 2].word in ("a", "an", "the") and toks[a + 3].word in RECORDING_NOUNS \
                    and any(_is_cue(x, True) for x in toks[lo:a]):
                continue  # a record of the words, after the verb of the one who said them: ‘the spokesman
                # told a briefing, according to a transcript posted by the ministry, that …’ is the spokesman's
            if a + 3 < len(toks) and toks[a + 2].word in ("him", "her", "them") and toks[a + 3].text in ",.;":
                # a pronoun, as its object: ‘According to him, “…”’, common in West African copy
                m = Mention(toks[a + 2].start, toks[a + 2].end, toks[a + 2].text, "pronoun")
                return Found(m, None, "according-to", "according to") if kinds is None or "pronoun" in kinds else None
            m = mention_after(toks, a + 2, text)
            if m is not None and m.kind == "name" and text and " " not in m.text and m.text.lower() in DOCUMENT_NOUNS \
                    and (o := _index_after_offset(toks, m.start)) > a + 2 and is_possessive(toks[o - 1]):
                m = Mention(toks[a + 2].start, m.end, text[toks[a + 2].start:m.end], "description")  # a document in
                # capitals of an owner, never a name: ‘according to the studio’s FAQ,’ is the studio's, as its statement is
            e = _index_after_offset(toks, m.end) if m is not None and m.kind == "description" and text else len(toks)
            while e < len(toks) and toks[e].word in OUTLET_NOUNS and toks[e].text.islower():
                e += 1  # an outlet whose adjective reads as a person: ‘according to the official news agency,’
                m = Mention(m.start, toks[e - 1].end, text[m.start:toks[e - 1].end], "description")
            b = _index_after_offset(toks, m.start) if m is not None else 0
            seen = next((x for x in range(a + 4, b) if toks[x].word == "by" and (toks[x - 1].word in SEEN_BY or (
                toks[x - 1].word.endswith("ly") and toks[x - 2].word in SEEN_BY
                and _speech_in_sentence_before(text, toks[a].start)))), None) \
                if m is not None else None  # (past the outlet's own words: ‘obtained by the broadcaster NRV’, and
            # with an adverb, ‘obtained exclusively by’, w63a, only after a verb of the one named speaking: ‘X was
            # “clearly rattled”, according to audio obtained exclusively by the Herald’ is the outlet's, rv63a)
            if seen is not None and any(x.word in RECORDING_NOUNS for x in toks[a + 2:seen]):
                return None  # a recording of the words, whose speaker the sentence names: ‘X was overheard
                # telling an aide that …, according to a recording obtained by the broadcaster NRV’
            if seen is not None:
                # the document as written, never the outlet that saw it alone: ‘according to an
                # internal campaign memo reviewed by Reuters’
                s_, e_ = toks[a + 2].start, m.end
                return Found(Mention(s_, e_, text[s_:e_], "description"), None, "according-to", "according to")
            if m is not None and (kinds is None or m.kind in kinds):
                return Found(m, None, "according-to", "according to")
    return None


#: What renders another's words, and is no source of them ("a translation", "the interpretation").
RENDERING_NOUNS = frozenset("translation translations interpretation interpreter subtitles".split())

#: What records words as they were said: its speaker is who said them, never who obtained it.
RECORDING_NOUNS = frozenset("recording recordings audio tape tapes footage video videos clip transcript".split())

#: A body's or a person's own statement, which "according to" may cite after their own speech verb: the
#: words are theirs, never the statement's (‘The Greens said they were “…,” according to a statement’).
#:
#: >>> "statement" in OWN_STATEMENT_NOUNS, "report" in OWN_STATEMENT_NOUNS
#: (True, False)
OWN_STATEMENT_NOUNS = frozenset("statement statements communique communiqué".split())

#: Participles of a document that an outlet has seen ("a memo reviewed by Reuters").
SEEN_BY = wordset("reviewed obtained seen viewed")  # (never "provided by", "shared by": their author)


def _reply_clause_after(toks: list[Token]) -> bool:
    """The words after the quotation open a clause of the answer to it, "to which" (‘“…?” to which the
    officer replies, “…”’, ‘“…?”, to which she said:’): its speaker answers the quotation, never says it.

    >>> from quotesearch.names import tokenize
    >>> _reply_clause_after(tokenize(", to which Cole replies")), _reply_clause_after(tokenize(" Cole replied"))
    (True, False)
    """
    k = 1 if toks and toks[0].text == "," else 0
    return k + 1 < len(toks) and toks[k].word == "to" and toks[k + 1].word == "which"


def _object_what_clause(toks: list[Token], m: Mention) -> bool:
    """Right after the words, a preposition and "what" open a clause (‘to what voters were telling
    it’, ‘about what the agency had said’) whose subject ``m`` is spoken of, never the speaker."""
    i = 1 if toks and toks[0].text == "," else 0
    return i + 2 < len(toks) and toks[i].word in WHAT_CLAUSE_PREPOSITIONS and toks[i + 1].word == "what" \
        and m.start >= toks[i + 2].start and not any(t.text in (",", ";", ".") for t in toks[i + 2:] if t.start < m.start)
    # (guard: the mention within the what-clause itself, nothing set off before it: ‘“…,” on what was his last
    # day in office, Governor X told reporters’ is X's)


def _answered_in_appositive(toks: list[Token], m: Mention) -> bool:
    """The words right before are renamed by an appositive (‘, a claim’, ‘, an allegation that’) whose
    subject ``m`` answers them with a verb of answering (‘called “baseless”’, ‘dismissed as …’,
    ‘has rejected’): ‘“…,” an allegation Chief Minister Y called “baseless.”’ is not Y's.

    >>> from quotesearch.names import tokenize
    >>> t = ", a description Labour's Sarah Akers dismissed as"; toks = tokenize(t)
    >>> _answered_in_appositive(toks, Mention(toks[4].start, toks[5].end, "Sarah Akers", "name"))
    True
    """
    i = 1 if toks and toks[0].text == "," else 0
    if i + 2 >= len(toks) or toks[i].word not in ("a", "an"):
        return False
    i += 1
    if toks[i].word not in RENAMED_WORDS_NOUNS and i + 1 < len(toks) and toks[i].text.islower():
        i += 1  # (one word that qualifies the noun: ‘a false claim’, ‘an unfounded allegation’)
    if toks[i].word not in RENAMED_WORDS_NOUNS:
        return False
    i += 1
    if i < len(toks) and toks[i].word == "that":
        i += 1
    if m.start < toks[min(i, len(toks) - 1)].start or any(t.text in (",", ";", ".") for t in toks[i:] if t.start < m.start):
        return False  # (the answering subject within the appositive, nothing set off before it)
    k = _index_after_offset(toks, m.end)
    while k < len(toks) and toks[k].word in AUXILIARIES:
        k += 1  # (‘a claim the minister has rejected’)
    return k < len(toks) and toks[k].word in ANSWERING_VERBS


#: A reported clause of feeling that ends where a quoted word of feeling opens, at the end of the text
#: before the opening mark: "said", a pronoun and a form of "be" or "feel" (‘said she was “’, ‘says
#: they were deeply “’). The quotation is the complement of that clause, its speaker the one who said.
#:
#: >>> bool(RE_REPORTED_FEELING_BEFORE.search("Lee said she was ")), bool(RE_REPORTED_FEELING_BEFORE.search("The plan was "))
#: (True, False)
RE_REPORTED_FEELING_BEFORE = LazyPattern(
    r"\b(?:said|says|told \p{L}+)(?: that)? (?:he|she|they|it|we|I) (?:was|were|is|are|felt|feels|remained|remains"
    r"|had been|has been|have been)(?: \p{Ll}+ly)? $")


def _feeling_complement_subject(text: str, toks: list[Token], mention: Mention) -> bool:
    """The mention opens the clause a bare quoted word of feeling takes, right after its closing mark
    with no comma, in a reported clause of feeling (‘Lee said she was “pleased” the union had agreed’:
    "the union" is the subject of "(that) the union had agreed", never a speaker after the words).

    >>> from quotesearch.names import tokenize
    >>> t = "Lee said she was “pleased” the union had agreed to talks."
    >>> _feeling_complement_subject(t, tokenize(t, 27), Mention(27, 36, "the union", "description"))
    True
    """
    if not text or not toks or mention.start != toks[0].start:
        return False
    close = len(text[:mention.start].rstrip())
    if close < 2 or text[close - 1] not in "”\"’" or not text[close - 2].isalpha():
        return False  # (a closing mark right before, after a letter: no comma, no stop inside)
    opener = {"”": "“", "’": "‘"}.get(text[close - 1], '"')
    start = text.rfind(opener, max(0, close - 60), close - 1)
    return start > 0 and RE_REPORTED_FEELING_BEFORE.search(text, max(0, start - 80), start) is not None


def cue_after(text: str, toks: list[Token], ends_sentence: bool = False,
              comma_before: bool = False) -> Found | None:
    """A cue right after the quotation: ‘…,” Pistorius said’, ‘…,” said Healey’, ‘according to’.

    When the quotation ends its own sentence (‘…end.”’), only a short attribution such as
    ‘Trump said.’ counts: a longer sentence after it is a new statement. Words one remembers
    another saying are the other's: ‘“Go home,” he remembers Frank Delaney telling him.’
    """
    if _reply_clause_after(toks):
        return None  # the reply's cue, never the words before it: ‘X can be heard asking, “…?” to which
        # Detective Y responds, “…”’ (the question is X's; the reply, the next quotation, is Y's)
    found = _cue_after(text, toks, ends_sentence, comma_before)
    if found is not None and found.mention is not None and found.mention.kind == "description" \
            and len(words := found.mention.text.split()) >= 2 and words[0].lower() in ("a", "an", "the", "that", "this") \
            and words[1].lower() in GLOSSED_TERM_NOUNS and not (len(words) >= 3 and words[2] in DESCRIPTION_NOUNS and not words[2].endswith("s")) \
            and not (4 <= len(words) <= 5 and all(x.isalpha() and x.islower() for x in words[2:])
                     and description_head(found.mention.text) == words[-1] and words[-1] in DESCRIPTION_NOUNS):
        return None  # the words glossed as a term, no one who says them: ‘…what he called “real money for real
        # classrooms,” a phrase Democrats have repeated for weeks’ (but a term's noun that only qualifies a
        # person's is theirs: ‘a term limits activist said’, ‘a formulation chemist at the plant said’)
    if found is not None and found.mention is not None and _object_what_clause(toks, found.mention):
        return None  # the words' object is what another says: ‘X said the party had to “listen very hard”
        # to what voters were telling it’ is X's (read before), never the voters'
    if found is not None and found.mention is not None and not comma_before and not ends_sentence \
            and _feeling_complement_subject(text, toks, found.mention):
        return None  # the subject of the clause the quoted feeling takes, never a speaker: ‘X said she was
        # “pleased” the union had agreed to talks’ is X's (read before), never the union's (w61b)
    if found is not None and found.mention is not None and _answered_in_appositive(toks, found.mention):
        return None  # the one who answers the words in the writer's appositive, never their speaker:
        # ‘X said the plans would “abolish the family car”, a description Ms Y dismissed as “nonsense”’
    if found is not None and found.mention is not None and found.mention.kind in ("name", "organisation") \
            and found.cue is not None and found.cue.lower() in DOCUMENT_NOUNS:
        k = _index_after_offset(toks, found.mention.end)
        if k + 1 < len(toks) and toks[k].word == found.cue.lower() and (toks[k + 1].word in SPEECH_VERBS or toks[k + 1].word in FINDING_VERBS):
            # a body's document: ‘…,” the IMF report said’ is the IMF's (as PolNeAR has it), with the
            # verb after the noun for its cue, never the noun "report"
            found = Found(found.mention, None, "cue-after", toks[k + 1].text)
    if found is not None and found.cue is not None and found.cue.lower() == "quoted":
        relayed = _quoted_as_saying(text, toks)  # ‘…,” the agency quoted a senior official, X, as saying’
        if relayed is not None:
            return dataclasses.replace(relayed, rule="cue-after")
    if found is not None and found.mention is not None and found.rule == "cue-after":
        k = _index_after_offset(toks, found.mention.end)
        while k < len(toks) and toks[k].word in AUXILIARIES:
            k += 1
        if k < len(toks) and toks[k].word == found.cue.lower():
            k += 1  # (‘…,” the agency said, quoting …’; or ‘…,” said the agency, quoting …’)
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].word == "quoting":
            source = mention_after(toks, k + 2, text)  # ‘…,” the agency said, quoting a military source’
            if source is not None and ((source.kind == "name" and _relays(found.mention)) or (
                    source.kind == "description" and description_head(source.text) not in DOCUMENT_NOUNS | THING_NOUNS
                    and description_head(source.text) not in KIN_NOUNS)):  # (never ‘she said, quoting her late father’)
                return Found(source, None, "cue-after", "quoting")  # (an outlet or a body relays someone:
                # never ‘tweeted, quoting a reporter's tweet’, nor a person reciting a famous line, ‘the
                # actor said, quoting Shakespeare’, ‘Johnson said, quoting Winston Churchill’)
    if found is not None and found.cue is not None and found.cue.lower() in RECALL_VERBS and found.mention is not None:
        k = _index_after_offset(toks, found.mention.end)
        while k < len(toks) and toks[k].word != found.cue.lower():
            k += 1
        other = mention_after(toks, k + 1, text) if k + 1 < len(toks) else None
        nxt = _token_after(toks, other.end) if other is not None else None
        if other is not None and nxt is not None and nxt.text == ",":  # an aside: ‘her first captain, a
            # gruff veteran named Walt Pierce, telling her’ (the name it gives, if it gives one)
            c = _index_after_offset(toks, nxt.end)
            close = next((e for e in range(c, min(len(toks), c + 12)) if toks[e].text == ","), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1].word in RELAYED_VERBS:
                named = next((e for e in range(c, close) if toks[e].word in ("named", "called")), None)
                inner = mention_after(toks, named + 1, text) if named is not None else None
                other, nxt = (inner if inner is not None and inner.kind == "name" else other), toks[close + 1]
        if other is not None and other.kind in ("name", "description") and nxt is not None and nxt.word in RELAYED_VERBS:
            return Found(other, None, "cue-after", nxt.text)
    return found


#: Verbs of remembering another's words (‘he remembers X telling him’).
RECALL_VERBS = frozenset("remember remembers remembered recall recalls recalled".split())

#: Participles that follow the one remembered (‘… X telling him’, ‘… X saying’).
RELAYED_VERBS = frozenset("telling saying asking shouting yelling warning tell say ask".split())


#: Words after the name in a sign-off that say where or when the words were said (‘— X after the loss’).
SIGN_OFF_GOES_ON = frozenset("after in on at during responding speaking writing via from before while following "
                             "upon when".split())


#: Verbs of a cause moving someone to speak, before them and an infinitive (‘prompting MPs to accuse’).
PROMPTING_VERBS = wordset("prompting prompted prompts prompt spurring spurred leading")

#: Verbs of getting up or going on that an infinitive of speech follows (‘rose to say’, ‘went on to say’).
RISING_VERBS = wordset("rose stood got went came stepped turned")

#: Things that carry words, and their verbs (‘T-shirts reading “…”’, ‘signs that said “…”’).
SIGN_NOUNS = wordset("""sign signs placard placards banner banners poster posters t-shirt t-shirts tshirts shirt shirts
billboard billboards sticker stickers badge badges button buttons sweatshirt sweatshirts hat hats cap caps mug mugs""")
SIGN_VERBS = wordset("read reads reading said say says saying proclaiming declaring proclaimed declared")
#: Participles of a sign's verb, which may follow a phrase of place after the sign (‘placards outside the court reading’).
SIGN_PARTICIPLES = wordset("reading saying proclaiming declaring")

#: A sign or a shirt and its verb right before the words it carries (‘wore T-shirts reading’,
#: ‘placards that said’, ‘banners which read:’): the words the sign carries. A short phrase of where
#: the sign is may stand between them, before a relative or a participle only (‘a sign in the crowd
#: that said’, ‘placards outside the court reading’; never a clause: ‘put up signs and the mayor said’).
#:
#: >>> bool(RE_SIGN_READING.search("Many wore green T-shirts reading ")), bool(RE_SIGN_READING.search("She said "))
#: (True, False)
#: >>> bool(RE_SIGN_READING.search("pointed to a sign in the crowd that said ")), \
#: ...     bool(RE_SIGN_READING.search("put up signs and the mayor said "))
#: (True, False)
_SIGN_VERB = r"(?:" + "|".join(sorted(SIGN_VERBS)) + r")"
RE_SIGN_READING = re.compile(r"(?i:\b(?:" + "|".join(sorted(SIGN_NOUNS)) + r")(?:(?: that| which)? " + _SIGN_VERB
                             + r"| (?:" + "|".join(sorted(SIGN_PLACE_WORDS))
                             + r")(?: (?!(?:and|but|as|while|when|who)\b)[\w’'\-]+){1,4}?,?(?: (?:that|which) " + _SIGN_VERB
                             + r"| (?:" + "|".join(sorted(SIGN_PARTICIPLES)) + r"))))[,:]?\s*$")

#: How far before the words a sign's verb is looked for.
SIGN_READING_REACH = 80


def sign_reading_at(text: str, lo: int, open_at: int) -> int:
    """Where the sign's noun starts when the words whose marks open at ``open_at`` are what a sign
    or a shirt reads (see :data:`RE_SIGN_READING`); -1 otherwise.

    >>> t = 'She stood under a banner that read "No more"'
    >>> t[sign_reading_at(t, 0, t.index('"')):][:6], sign_reading_at('She said "No"', 0, 9)
    ('banner', -1)
    """
    last = text[max(lo, open_at - 20):open_at].rstrip(" ,:\n").rsplit(None, 1)
    if not last or last[-1].lower() not in SIGN_VERBS:
        return -1  # (most quotations: a sign's verb must stand right before the marks)
    m = RE_SIGN_READING.search(text, max(lo, open_at - SIGN_READING_REACH), open_at)
    return m.start() if m is not None else -1


def read_on_sign(text: str, lo: int, open_at: int) -> bool:
    """The words whose marks open at ``open_at`` are what a sign or a shirt reads, its verb right
    before them (‘Many wore T-shirts reading “Keep Riverside Human”’): the sign is no speaker."""
    return sign_reading_at(text, lo, open_at) >= 0


#: Words before the ones a carrying participle follows that bring in others than the subject (‘walked
#: past protesters holding’, ‘met families carrying’, ‘spoke to fans wearing’).
SIGN_OTHERS_LEADS = frozenset("past by near beside behind among amid between at to toward towards met meets "
                              "greeted greets passed passes watched watches saw sees joined joins faced faces".split())

#: Words right before a carrying verb's participle that leave the carrier the sentence's subject
#: (‘X was seen holding a sign’, ‘X stood there holding’, ‘X, …, holding’).
SIGN_CARRIER_LINKS = frozenset("was were is are be been being stood sat stands sits seen there while also then "
                               "and by after before when spotted pictured photographed".split())


def carried_sign(text: str, lo: int, sign_at: int) -> bool:
    """The words from ``lo`` to the sign's noun at ``sign_at`` hold a verb of carrying or making it
    (‘Protesters held signs reading’, ‘Fans unfurled a banner that read’): its carrier keeps the words;
    never one who only stands by it (‘X stood under a banner that read’, ‘X pointed to a sign that said’).

    >>> t = "Fans unfurled a banner that read"
    >>> carried_sign(t, 4, t.index("banner")), carried_sign("X stood under a banner", 1, 16)
    (True, False)
    """
    words = text[lo:sign_at].split()
    for k, w in enumerate(words):
        if w.strip(",").lower() not in CARRYING_VERBS:
            continue
        before = words[k - 1] if k else ""
        if w.lower().endswith("ing") and before and not before.endswith(",") and before.islower() \
                and not before.endswith(("ed", "ly")) and before not in SIGN_CARRIER_LINKS \
                and any(x.lower() in SIGN_OTHERS_LEADS for x in words[max(0, k - 4):k - 1]):
            return False  # (others who carry it: ‘Biden walked past protesters holding signs reading’, ‘X met
            # families holding’; but ‘Supporters lined the streets waving flags reading’ keeps its subject)
        return True
    return False



#: Participles whose passive names, after "by", the one whose words the marks hold (‘was called
#: “a disaster” by Senator X’, ‘has been described as “…” by’, ‘was branded “…” by critics’), and those
#: of a judgment passed on something (‘The complaint was judged “urgent” by the inspector general’, ‘was
#: regarded as “…” by the regulator’).
PASSIVE_WORDS_PARTICIPLES = frozenset("""called described branded labelled labeled termed denounced decried derided
dismissed condemned criticised criticized hailed praised lauded touted characterised characterized
ridiculed mocked blasted slammed deemed judged considered regarded rated""".split())


#: Participles whose passive names, between "by" and "of", the one whose words follow (‘was accused
#: by opposition leaders of presiding over “…”’).
ACCUSING_PARTICIPLES = frozenset({"accused"})


#: The rest of a firm's name of partners after its first (‘ & Grant’, ‘ & Sons’).
RE_PARTNER_TAIL = re.compile(r"(?: & [A-Z][\w’'\-]*)+")


def _agent_before(text: str, before: list[Token], stop: int, participles: frozenset[str], whole: bool) -> Found | None:
    """The agent of a passive participle (one of ``participles``) named between its "by" and the
    word at ``stop`` ("as", "of"): ‘was described by party officials as’; ``whole``: the agent
    must end right before that word, else it is cut there."""
    y = next((y for y in range(stop - 1, max(0, stop - 9), -1) if before[y].word == "by"), None)
    if y is None or before[y - 1].word not in participles or not (
            (y >= 2 and before[y - 2].word in BE_FORMS) or (y - 1 == _first_word(before) and before[y - 1].capitalized)):
        return None  # (or the participle opening the sentence: ‘Described by its agents as “a rare chance …”, the
        # house has a walled garden’)
    m = mention_after(before, y + 1, text)
    end = before[stop - 1].end
    if m is not None and m.kind == "name" and whole and RE_PARTNER_TAIL.fullmatch(text, m.end, end):
        m = Mention(m.start, end, text[m.start:end], "organisation")  # a firm of partners' names: ‘by agents Hale & Finch as’
    if m is None or m.kind not in ("name", "description", "organisation") or (m.end != end if whole else m.end < end):
        return None
    if m.end != end:
        m = Mention(m.start, end, text[m.start:end], m.kind, m.role)
    return Found(m, None, "cue-before", before[y - 1].text)


def passive_agent(text: str, before: list[Token], after: list[Token]) -> Found | None:
    """The agent of a passive verb of words right before the marks, named right after them, or
    before its "as": ‘The plan was called “a disaster” by Jane Jones’, ‘has been described as “…”
    by critics’, ‘was described by party officials as “furious”’,
    ‘the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor at …’."""
    k = len(before) - 1
    if k >= 3 and before[k].word == "as":
        # the agent between the verb and "as": ‘was described by party officials as “furious”’
        found = _agent_before(text, before, k, PASSIVE_WORDS_PARTICIPLES, whole=True)
        if found is not None:
            return found
    o = next((o for o in range(k, max(2, k - 5), -1) if before[o].word == "of"), None)
    if o is not None and all(x.text.isalpha() and x.text.islower() for x in before[o + 1:k + 1]):
        # the agent between "accused" and "of": ‘was accused by opposition leaders of presiding over “…”’
        # (the agent ends before "of": never ‘opposition leaders of presiding over’)
        found = _agent_before(text, before, o, ACCUSING_PARTICIPLES, whole=False)
        if found is not None:
            return found
    if k >= 0 and before[k].word == "as":
        k -= 1
    elif k >= 1 and before[k].word == "of" and before[k - 1].word == "accused":
        k -= 1  # ‘has been accused of “greenwashing” by a committee of MPs’
    if k < 1 or (before[k].word not in PASSIVE_WORDS_PARTICIPLES and before[k].word != "accused") or before[k].capitalized:
        return None
    verb = before[k].text
    k -= 1
    while k > 0 and before[k].word.endswith("ly") and before[k].text.islower() and len(before[k].word) > 4:
        k -= 1  # ‘was widely described as’
    if before[k].word not in BE_FORMS:
        return None
    i = _first_word(after)
    if i != 0 or len(after) < 2 or after[0].word != "by":
        return None
    m = mention_after(after, 1, text)
    if m is not None and m.kind == "description":
        cut = next((x for x, w in enumerate(m.text.split()) if x >= 2 and w in ("in", "at", "on", "during", "after", "before")), None)
        if cut is not None:  # (the agent, never where or when: ‘by his supervisor in front of the whole shift’)
            words = m.text.split()[:cut]
            m = Mention(m.start, m.start + len(" ".join(words)), " ".join(words), "description", m.role)
        if description_head(m.text) not in DESCRIPTION_NOUNS or (
                " of " in m.text and m.text.split(" of ")[0].split()[-1].lower() not in DESCRIPTION_NOUNS):
            return None  # (‘by order of the council’: no one's words)
    if m is None or m.kind not in ("name", "description", "organisation") or not _inverted_lead(after, 1, m) \
            or _clause_goes_on(after, m):
        return None
    return Found(m, None, "cue-after", verb)


#: Verbs of showing or perceiving, whose object does what the participle after it says (‘A video
#: showed fighters chanting “…”’, ‘Witnesses heard the man shouting “…”’).
SHOWING_VERBS = frozenset("showed shows show depicted depicts captured captures filmed films saw sees heard hears "
                          "watched watch caught catches".split())

#: Object pronouns a verb of showing or perceiving may take before a participle of speech, whose
#: words they are (‘Footage showed him telling a guard: “…”’, ‘Neighbours heard her shouting “…”’) (w56a).
#:
#: >>> "him" in SHOWN_OBJECT_PRONOUNS, "it" in SHOWN_OBJECT_PRONOUNS
#: (True, False)
SHOWN_OBJECT_PRONOUNS = frozenset("him her them".split())

#: A person's own device or record, whose messages or footage show them speaking (‘Dean Platt’s phone’,
#: ‘her Instagram account’).
#:
#: >>> "phone" in PERSONAL_RECORD_NOUNS, "servers" in PERSONAL_RECORD_NOUNS
#: (True, False)
PERSONAL_RECORD_NOUNS = frozenset("""phone phones mobile handset laptop computer tablet account accounts diary notebook
messages texts emails dashcam doorbell""".split())


def _record_owner(toks: list[Token], b: int, text: str) -> Mention | None:
    """The one person named in the possessive before the verb of showing at ``b`` (‘Messages recovered
    from Dean Platt’s phone showed him’): the owner of the record that shows "him" or "her" speaking.
    None for none or two, or a body (‘Apple’s data showed him’).

    >>> from quotesearch.names import tokenize
    >>> t = "Messages recovered from Dean Platt’s phone showed"
    >>> _record_owner(tokenize(t), 6, t).text
    'Dean Platt'
    """
    owners = [k for k in range(1, b) if toks[k].capitalized and is_possessive(toks[k])]
    if len(owners) != 1 or not any(t.word in PERSONAL_RECORD_NOUNS for t in toks[owners[0] + 1:min(b, owners[0] + 4)]):
        return None  # (one owner, of a phone or an account of their own: never ‘Apple’s servers showed him’)
    k = j = owners[0]
    while j > 1 and toks[j - 1].capitalized and toks[j - 1].text.isalpha():
        j -= 1
    end = toks[k].end - 2
    words = text[toks[j].start:end].split()
    if not words or is_organisation(words) or _owner_sex(words, text) not in (None, SHOWN_PRONOUN_SEX.get(toks[b + 1].word if b + 1 < len(toks) else None)):
        return None  # (nor an owner of the other sex than the one shown: ‘Messages from Kelly Moss’s phone showed
        # him warning her’, ‘Footage from Sarah Hale’s doorbell camera showed him shouting’ are another's words) (review rv20)
    return Mention(toks[j].start, end, text[toks[j].start:end], "name")


#: The sex of the one an object pronoun of :data:`SHOWN_OBJECT_PRONOUNS` stands for ("them": none).
SHOWN_PRONOUN_SEX = {"him": "m", "her": "f"}


def _owner_sex(words: list[str], text: str) -> str | None:
    """The sex a record owner's name tells: by an honorific, a given name, or for a surname alone the
    given name it is written with elsewhere in ``text`` (‘Adams’s phone’ after ‘Chloe Adams’).

    >>> _owner_sex(["Kelly", "Moss"], ""), _owner_sex(["Mr", "Reid"], ""), _owner_sex(["Adams"], "victim Chloe Adams."), _owner_sex(["Beck"], "")
    ('f', 'm', 'f', None)
    """
    first = words[0].rstrip(".")
    if first in ("Mr", "Sir", "Lord"):
        return "m"
    if first in ("Mrs", "Ms", "Miss", "Lady", "Dame"):
        return "f"
    if len(words) > 1:
        return gender_of(first)
    for m in regex.finditer(r"\b(\p{Lu}\p{Ll}+)[ \t]+" + regex.escape(words[0]) + r"\b", text):
        if (g := gender_of(m.group(1))) is not None:
            return g
    return None


#: Words after the verb of an "as" clause that say when or where the words were said, not what
#: else was said (‘…,” as Cruz said on Monday’, ‘as he said at the time’, ‘as she said last year’).
AS_SAID_GOES_ON = frozenset("on at in last earlier recently then yesterday today this during when before after "
                            "once often repeatedly famously".split())

#: A document's author set off after it (‘, written by Justice X,’, ‘, signed by the chief nursing officer, Dr. X,’),
#: or after where the article found it (‘Another message cited in the filing, sent by X,’), or "from"
#: them (‘Another email, from a depot engineer, warned’).
#:
#: >>> bool(RE_AUTHOR_ASIDE.match(" cited in the filing, sent by X")), bool(RE_AUTHOR_ASIDE.match(", from a nurse"))
#: (True, True)
RE_AUTHOR_ASIDE = re.compile(r"(?: (?:cited|quoted|included|described|attached) in (?:the|a|an|his|her|their|its) [\w\-’' ]{1,30})?"
                             r", (?:(?:which was )?(?:written|signed|authored|drafted|penned|sent) by |from )")

#: Participles of an "as" clause that name the speaker after "by" (‘…” – as described by X’).
AS_BY_PARTICIPLES = frozenset("described noted reported stated characterized characterised put".split())


def _puts_it(toks: list[Token], e: int) -> bool:
    """``toks[e]`` opens "put it" or "puts it" (‘as X put it’)."""
    return toks[e].word in ("put", "puts") and e + 1 < len(toks) and toks[e + 1].word == "it"


def _relative_up_to(toks: list[Token], m: Mention, e: int) -> bool:
    """A description whose relative clause runs, unbroken, up to the verb at ``e``: ‘As one fund
    manager who has covered the sector for three decades puts it:’ is the fund manager's."""
    k = _index_after_offset(toks, m.end)
    return m.kind == "description" and k < e - 1 and toks[k].word in ("who", "that") \
        and not any(t.text in ",;:.!?()—–“”\"" for t in toks[k:e])


#: Words that open a short phrase of time or frequency between a comma and a participle (‘…, at one
#: point warning’, ‘…, at times accusing’, ‘…, later adding’).
PHRASE_OF_TIME_LEADS = wordset("at later then once again finally eventually often sometimes twice repeatedly also even")


def _set_off_phrase_before(toks: list[Token], v: int) -> bool:
    """The participle at ``v`` follows a comma and a short lower-case phrase of time (‘at one point’)."""
    c = next((c for c in range(v - 1, max(-1, v - 5), -1) if toks[c].text == ","), None)
    return c is not None and c + 1 < v and toks[c + 1].word in PHRASE_OF_TIME_LEADS \
        and all(x.text.islower() and x.text.isalpha() and not x.word.endswith(("ed", "ing")) for x in toks[c + 1:v])


def _puts_it_to(toks: list[Token], e: int) -> bool:
    """``toks[e]`` opens "put it to" someone, a questioner's verb of speech (‘put it to Mr Costigan
    that his explanation was “frankly absurd”’)."""
    return _puts_it(toks, e) and not toks[e].capitalized and e + 2 < len(toks) and toks[e + 2].word == "to"


def _described_aside_end(toks: list[Token], e: int) -> int | None:
    """The closing comma of a short description set off at ``toks[e]`` (a comma, "a", "an" or "the",
    at most eight words with no verb of speech and no clause: ‘, a Lubbock Republican,’, ‘, the
    party's housing spokeswoman,’), or None.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize(", a Lubbock Republican, put it")
    >>> _described_aside_end(toks, 0)
    4
    """
    if toks[e].text != "," or e + 2 >= len(toks) or toks[e + 1].word not in ("a", "an", "the"):
        return None
    for c in range(e + 2, min(len(toks), e + 10)):
        if toks[c].text == ",":
            return c if c > e + 2 else None
        if not toks[c].text[:1].isalnum() and toks[c].text not in ("’s", "'s", "-") or toks[c].word in SPEECH_VERBS \
                or toks[c].word in ("who", "which", "that", "whose"):
            return None
    return None


def _as_said_after(text: str, toks: list[Token], k: int) -> Found | None:
    """The speaker of an "as" clause set off right after a quotation: ‘…,” as Cruz said on
    Monday’, ‘…,” as he put it’, ‘…” – as described by FBI Director James Comey –’."""
    n = len(toks)
    if toks[k].word in AS_BY_PARTICIPLES and k + 2 < n and toks[k + 1].word == "by":
        m = mention_after(toks, k + 2, text)
        if m is not None and m.kind in ("name", "description", "organisation") and _inverted_lead(toks, k + 2, m):
            return Found(m, None, "cue-after", toks[k].text)
        return None
    m = mention_after(toks, k, text, subject=True)
    if m is None or m.kind not in ("name", "pronoun", "description", "organisation") or not _inverted_lead(toks, k, m):
        return None
    e = _index_after_offset(toks, m.end)
    if e < n and m.kind == "name" and (c := _described_aside_end(toks, e)) is not None:
        e = c + 1  # a description set off after the name: ‘…,” as Rep. Ann Cole, a Tulsa Republican, put it’
    elif e < n and toks[e].text == "," and m.role is not None:
        e += 1  # the aside's closing comma: ‘…,” as Meridian's chief executive, Paula Grantham, said’
    while e < n and (toks[e].word in AUXILIARIES or toks[e].word in SUBJECT_ADVERBS) and not toks[e].capitalized:
        e += 1
    if e < n and _puts_it(toks, e):
        return Found(m, None, "cue-after", toks[e].text)
    if e < n and _is_cue(toks[e], False) and toks[e].word not in ("asked", "told") \
            and (e + 1 >= n or toks[e + 1].text in ".,;)—–" or toks[e + 1].word in AS_SAID_GOES_ON) \
            and not any(x.word == "that" or x.word in AUXILIARIES or x.word in MODALS
                        for x in itertools.takewhile(lambda x: x.text not in ".,;)—–", toks[e + 1:])):
        # (the verb's own words only, a strong verb: never ‘…,” as chairman Ivor Penn said he would not
        # quit’, ‘… said in his programme notes that …’, ‘… said on the radio the coach would stay’, ‘…,” as her lawyer argued outside court’, where
        # "as" is "while"; nor ‘…,” as he was asked’, ‘as X told them to’, ‘…!” as police fired tear gas’)
        return Found(m, None, "cue-after", toks[e].text)
    return None


def _noun_before_verb(toks: list[Token], v: int) -> bool:
    """The speech word at ``toks[v]`` is a noun that ends the subject, right before the sentence's
    own verb of speech: ‘…,” a negotiator from a small island state said’, ‘…,” one member state
    told Reuters’ (a bare form after a word, never after a pronoun or an auxiliary: ‘…,” they state
    clearly’ stays the verb).

    >>> from quotesearch.names import tokenize
    >>> _noun_before_verb(tokenize("a negotiator from a small island state said."), 5)
    True
    >>> _noun_before_verb(tokenize("she said."), 1)
    False
    """
    t = toks[v]
    if v + 1 >= len(toks) or v == 0 or t.word.endswith(("ed", "s", "ing")) or t.word != t.text:
        return False
    nxt, prev = toks[v + 1], toks[v - 1]
    return _is_cue(nxt, False) and not nxt.word.endswith("ing") and prev.text.isalpha() and prev.text.islower() \
        and prev.word not in AUXILIARIES and prev.word not in PRONOUNS and prev.word not in MODALS


#: Bare verbs of labelling that are also the noun of a maker's trade name after its name (‘on the tiny
#: Gullwing label’, ‘the Verano brand’, ‘a Penfold imprint’).
#:
#: >>> "label" in MAKER_NAME_NOUNS, "said" in MAKER_NAME_NOUNS
#: (True, False)
MAKER_NAME_NOUNS = frozenset("label brand imprint".split())

#: Words that open the object of a verb of labelling (‘… label it’, ‘brand the proposals’, ‘label such reports’):
#: after a maker's noun, they make it the verb (:func:`_maker_noun_after_name`).
#:
#: >>> "such" in MAKER_VERB_OBJECTS, "said" in MAKER_VERB_OBJECTS
#: (True, False)
MAKER_VERB_OBJECTS = frozenset("it them him her this that these those us me the a an such his its their our all any".split())


def _maker_noun_after_name(toks: list[Token], v: int) -> bool:
    """The word at ``toks[v]`` is a maker's noun (:data:`MAKER_NAME_NOUNS`) in its bare form right after a
    singular name that an article or a possessive opens, a modifier or two between: the noun of a name
    (‘“Low Country,” in 1979 on the tiny Gullwing label’), never a verb of labelling (‘…,” Democrats label it’).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("in 1979 on the tiny Gullwing label.")
    >>> _maker_noun_after_name(t, 6), _maker_noun_after_name(tokenize("Democrats label it."), 1)
    (True, False)
    """
    if toks[v].word not in MAKER_NAME_NOUNS or toks[v].text != toks[v].word or v < 2:
        return False
    k = v - 1
    while k >= 0 and toks[k].capitalized and is_name_token(toks[k]) and not toks[k].text.endswith("s"):
        k -= 1
    if k == v - 1:
        return False
    while k >= 0 and k >= v - 5 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].word not in ARTICLES \
            and toks[k].word not in POSSESSIVES and toks[k].word not in FUNCTION_WORDS:
        k -= 1  # (a modifier or two: ‘the tiny’, ‘its new budget’)
    if k >= 0 and (k == 0 or not toks[k - 1].text[:1].isalnum()) and v + 1 < len(toks) \
            and toks[v + 1].word in MAKER_VERB_OBJECTS:
        return False  # (guard, review rv5: right after the quotation, with an object after it, the word labels:
        # ‘“Reckless and unfunded,” the Treasury brand the proposals’, ‘“Fake news,” the Kremlin label such reports’)
    return k >= 0 and (toks[k].word in ARTICLES or toks[k].word in POSSESSIVES)


#: The most words a sign-off's bare role may have (‘— retired primary school teacher, Sligo’).
SIGN_OFF_ROLE_WORDS = 4


def _bare_sign_off_role(toks: list[Token], i: int, text: str) -> Mention | None:
    """A sign-off that gives a role in lower case with no article and no name, then only a place set
    off by a comma (and a bracket's aside) or nothing: ‘“…” — shop owner, Galway’, ‘-- freight
    forwarder, Milan (asked not to be named)’. Never the writer's own words after a dash (‘— a phrase
    the opposition seized on’, ‘— especially in winter’).

    >>> from quotesearch.names import tokenize
    >>> t = " — retired teacher, Sligo"; _bare_sign_off_role(tokenize(t), 1, t).text
    'retired teacher'
    >>> t = " — a phrase they seized on"; _bare_sign_off_role(tokenize(t), 1, t) is None
    True
    """
    e = i
    while e < len(toks) and toks[e].text.isalpha() and toks[e].text.islower():
        e += 1
    words = toks[i:e]
    if not 1 <= len(words) <= SIGN_OFF_ROLE_WORDS or words[-1].word.endswith(("ing", "ed")) or any(
            x.word in FUNCTION_WORDS or x.word in PRONOUNS or x.word in ARTICLES or x.word.endswith("ly") for x in words):
        return None  # (a noun at its end: ‘retired teacher’, ‘managing director’, never ‘— nothing else mattered’)
    if any(x.word in AUXILIARIES for x in words):
        return None  # (never a verb after a dash: ‘… – is “central” to …’)
    end = words[-1].end
    if e < len(toks):  # (then only a place: ‘, Milan’, ‘, Co Galway’, and a bracket's aside)
        p = e + 1
        while p < len(toks) and is_name_token(toks[p]):
            p += 1
        if toks[e].text != "," or p == e + 1 or (p < len(toks) and toks[p].text != "("):
            return None
        end = toks[p - 1].end
    if not text or not _line_ends(text, end):
        return None  # (the sign-off ends its line: never words that go on past the tokens read)
    return Mention(words[0].start, words[-1].end, text[words[0].start:words[-1].end] if text else
                   " ".join(x.text for x in words), "description")


#: Finite verbs that show a line after a dash is the writer's sentence, never a sign-off.
SIGN_OFF_FINITE_WORDS = frozenset("is was were are has have had will would joined".split())

#: A word of letters only (‘spokesman’ of ‘spokesman, 42’).
RE_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _described_sign_off(toks: list[Token], i: int, m: Mention, text: str) -> bool:
    """A digest's sign-off that describes its unnamed source: "a" or "an" right after the dash, a role's
    or a source's noun at its head, then a comma that sets off the occasion or the line's end (‘“…” — A
    Treasury spokesman, on the levy’, ‘– a senior party source, speaking anonymously’, ‘— A spokeswoman
    for the county police’). Never the writer's own words after a dash (‘— a phrase the opposition seized
    on’, ‘— a claim the minister denies’), nor a definite one that points back (‘— the minister, …’).

    >>> from quotesearch.names import tokenize
    >>> t = " — A Treasury spokesman, on the levy"; toks = tokenize(t)
    >>> _described_sign_off(toks, 1, mention_after(toks, 1, t), t)
    True
    >>> t = " — a phrase the opposition seized on"; toks = tokenize(t)
    >>> _described_sign_off(toks, 1, mention_after(toks, 1, t), t)
    False
    """
    if m.kind != "description" or m.start != toks[i].start or toks[i].word not in ("a", "an") or not text:
        return False
    if description_head(m.text) not in ROLE_NOUNS:
        return False  # (a role's or a source's noun: ‘spokesman’, ‘aide’, ‘source’; never ‘a phrase’, ‘a claim’)
    nl = text.find("\n", m.end)
    tail = RE_LETTER_WORD.findall(text[m.end:nl if nl >= 0 else len(text)].lower())
    if tail and (tail[0] in ("a", "an") or any(w in SIGN_OFF_FINITE_WORDS for w in tail)):
        return False  # (never the writer's sentence that lists people or goes on with a verb: ‘— a teacher, a
        # nurse and a bus driver were among those who joined the picket’)
    return text.startswith(",", m.end) or _line_ends(text, m.end)


def _line_ends(text: str, at: int) -> bool:
    """Nothing but blanks, or a bracket's aside, from ``at`` to the end of its line."""
    nl = text.find("\n", at)
    rest = text[at:nl if nl >= 0 else len(text)].strip()
    return not rest or (rest[0] == "(" and rest[-1] == ")")


def _sign_off_remit_end(toks: list[Token], c: int) -> int | None:
    """Where a sign-off's words after "of" or "for" at ``toks[c]`` end: a run of capitalised words (with
    "the", "and", "&" inside) to the line's end, a comma or a bracket, and no given name in it (‘— Ghana
    Chamber of Commerce and Industry’, ‘— John Byrne of Athlone, Co Westmeath’).

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize(" — Chamber of Commerce and Industry")
    >>> toks[_sign_off_remit_end(toks, 2)].text, _sign_off_remit_end(tokenize(" — Byrne of the opinion that"), 3)
    ('Industry', None)
    """
    e = c + 1 + (c + 1 < len(toks) and toks[c + 1].text == "the")
    if e >= len(toks) or not is_name_token(toks[e]):
        return None
    while e + 1 < len(toks) and (is_name_token(toks[e + 1]) or (
            toks[e + 1].word in ("and", "&") and e + 2 < len(toks) and is_name_token(toks[e + 2]))):
        e += 1
    if e + 1 < len(toks) and toks[e + 1].text not in ",(;":
        return None
    return None if any(gender_of(x.text) is not None for x in toks[c + 1:e + 1]) else e


#: Verbs of telling whose object, right after the marks, is the one told (‘…,” told reporters’).
INVERTED_TELL_VERBS = frozenset("told tells".split())


def _told_listener(toks: list[Token], j: int, m: Mention) -> bool:
    """The mention after a verb of telling at ``j`` right after the marks is the one told, not the
    speaker: a body or an outlet (‘…,” told the BBC’), a pronoun, people in the plural (‘…,” told
    reporters in Nairobi’, ‘told the committee's members’), or anyone the told words follow with
    "that" (‘…,” told Ms Dunne that …’). One named or described alone may be
    the speaker, inverted as some press write it (‘“…,” told Sharma’, ‘“…,” told a senior official’).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("told reporters in Nairobi that he was")
    >>> _told_listener(t, 0, Mention(5, 25, "reporters in Nairobi", "description"))
    True
    >>> t = tokenize("told Sharma.")
    >>> _told_listener(t, 0, Mention(5, 11, "Sharma", "name"))
    False
    """
    if toks[j].word not in INVERTED_TELL_VERBS or not toks[j].text.islower():
        return False
    if m.kind in ("organisation", "pronoun"):
        return True  # (a body or an outlet, ‘told the BBC’, or ‘told him’)
    first, last = m.text.split()[0], m.text.split()[-1]
    if m.kind == "description" and first.islower() and first.endswith("s") and first[:-1] in DESCRIPTION_NOUNS \
            and f"{first} of " not in m.text:
        return True  # (never ‘officials of the district administration’, a body's people, who speak inverted
        # in South Asian copy: ‘“…,” told officials of the Hardoi district administration.’)
    if m.kind == "description" and last.islower() and last.endswith("s") and not last.endswith("ss") \
            and description_head(m.text) != last:
        return True  # (people in the plural after an article: ‘told the assembled reporters’)
    k = _index_after_offset(toks, m.end)
    return k < len(toks) and toks[k].word == "that" and not (k + 1 < len(toks) and toks[k + 1].word in THAT_TIME_NOUNS)
    # (never "that" of a time: ‘“…,” told district collector X that evening’, the speaker inverted)


#: Nouns of a time that "that" may point to (‘that evening’), never the start of what one was told.
THAT_TIME_NOUNS = frozenset("morning afternoon evening night day week weekend month year time hour".split())


def _voice_identified_after(text: str, toks: list[Token], i: int) -> Found | None:
    """After the marks, a voice on a recording that the words say is someone's, then its verb (‘“…,” a
    voice identified in court as Brannigan’s replies’): that person, by name (:func:`voice_identified_as`);
    None for a voice no one is named for (‘“…,” a voice says’, as before)."""
    v = next((v for v in range(i + 4, min(len(toks), i + 14)) if toks[v].word in SPEECH_VERBS), None)
    if v is None or not is_possessive(toks[v - 1]):
        return None
    m = voice_identified_as(toks, v - 1, i, text)
    return Found(m, None, "cue-after", toks[v].text) if m is not None else None


def _cue_after(text: str, toks: list[Token], ends_sentence: bool = False,
               comma_before: bool = False) -> Found | None:
    i = _first_word(toks)
    if i >= len(toks):
        return None
    if i > 0 and toks[i - 1].text in DASHES:  # “…” ― Name (a byline of a quotation)
        m = mention_after(toks, i, text)
        rest = [x for x in toks if x.start >= m.end] if m else []
        lead = (i == 1 or (i == 2 and toks[0].text == toks[1].text == "-")) \
            and toks[i].word not in ("and", "or", "but")  # (a typewriter's "--" too; never ‘-- and Fred Goldberg, …’)
        aged = m is not None and lead and m.kind == "name" and bool(text) \
            and RE_AGE_BEFORE_NAME.fullmatch(text, toks[i].start, m.start) is not None  # (‘— 9-year-old Mia Lee’)
        if m and lead and rest and rest[0].word in ("of", "for") and (m.start == toks[i].start or aged) \
                and (end := _sign_off_remit_end(toks, len(toks) - len(rest))) is not None:
            if m.kind != "name" or _remit_head(toks[len(toks) - len(rest) - 1]):
                # a body signs with its remit after its head: ‘— Federation of Small Businesses’, ‘-- Ghana
                # Chamber of Commerce and Industry’ (never the head alone)
                m = Mention(m.start, toks[end].end, text[m.start:toks[end].end] if text else m.text, "organisation")
                rest = toks[end + 1:]
            elif " " in m.text:
                rest = toks[end + 1:]  # (and a person in full with their place or body after "of": ‘— John Byrne
                # of Athlone’; never one word alone, which may be a body's head: ‘— Confederation of …’)
        if m and (m.kind == "name" or (m.kind == "organisation" and lead)) and (
                m.start == toks[i].start or (m.role is not None and m.kind == "name" and lead) or aged) \
                and (not rest or rest[0].text in ".,;()" or (lead and rest[0].word in SIGN_OFF_GOES_ON)):
            # (a role before the name, and where or when after it, on a line of its own: ‘“…” —
            # Stallions coach Nate Carrow after Sunday’s loss.’, ‘— The Westfield Public Library, in a sign’)
            return Found(m, None, "dash", toks[i - 1].text)
        if lead and (m is None or m.kind == "description") and (role := _bare_sign_off_role(toks, i, text)) is not None:
            return Found(role, None, "dash", toks[i - 1].text)  # ‘“…” — shop owner, Galway’: a role, no name
        if lead and m is not None and _described_sign_off(toks, i, m, text):
            return Found(m, None, "dash", toks[i - 1].text)  # ‘“…” — a senior party source, on the review’
    t = toks[i]
    if t.word == "according" and i + 1 < len(toks) and toks[i + 1].word == "to":
        return according_to(text, toks, i, i + 2)
    if t.word in ("a", "the") and i + 1 < len(toks) and toks[i + 1].word == "voice" \
            and (found := _voice_identified_after(text, toks, i)) is not None:
        return found
    if t.word == "as" and ((i > 0 and toks[i - 1].text in ",—–") or (i == 0 and comma_before)) and i + 2 < len(toks) \
            and (found := _as_said_after(text, toks, i + 1)) is not None:
        return found
    j = i
    while j < len(toks) and toks[j].word in AUXILIARIES and not toks[j].capitalized:  # (not "Will")
        j += 1
    if j < len(toks) and _is_cue(toks[j], True) and not _people_after(toks, j):
        if toks[j].word.endswith("ing"):
            return None  # ‘…,” telling reporters …’: the speaker is the sentence's subject, before
        if any(x.word in BE_FORMS for x in toks[i:j]) and j + 1 < len(toks) and toks[j + 1].word in ARTICLES:
            return None  # a passive's complement, no speaker: ‘those voting “yes” were declared the majority’
        k = j + 1
        while k < len(toks) and toks[k].word in AUXILIARIES:
            k += 1
        m = mention_after(toks, k, text)
        if m is not None and text and m.text.split()[0].lower() == "the" and len(m.text.split()) == 2 \
                and m.text.split()[1].lower() in STATE_EPITHET_HEADS and (state := RE_FROM_STATE.match(text, m.end)) is not None \
                and state.group(1) in US_STATE_FORMS:
            m = Mention(m.start, state.end(), text[m.start:state.end()], "description")  # ‘said the Democrat from Texas’, whole
        if m is not None and _posted_thing(toks[j], m):
            return None  # ‘…”, posted a video of himself cycling’: what was posted, the speaker before
        if m is not None and _told_listener(toks, j, m):
            return None  # the ones told, never the speaker: ‘X, who once called himself a “…,” told reporters that
            # he was …’ (the speaker is the subject before the marks)
        if m is not None and m.kind == "name" and any(x.word in HAVE_FORMS for x in toks[i:j]):
            return None  # a verb in the perfect is never inverted: ‘X, who found fame on “Summer Villa”, has
            # accused Dan Price of …’ names a show and the one accused, who said nothing
        if m and not _clause_goes_on(toks, m) and _inverted_lead(toks, k, m):
            return Found(m, None, "cue-after", toks[j].text)
        d = _plain_description(toks, k, text, after=True)
        return Found(d[0], None, "cue-after", toks[j].text) if d is not None and not _posted_thing(toks[j], d[0]) else None
    if comma_before:
        d = _plain_description(toks, i, text, after=False)
        if d is not None:  # ‘…,” the senior said’: someone described with a word no list holds
            return Found(d[0], None, "cue-after", toks[d[1]].text)
        # ‘…,” Hannity pressed’ / ‘…,” beamed Donald Hartley’: a verb we do not list, in the
        # place only a speech verb goes
        m = mention_after(toks, i, text)
        if m is not None and m.kind == "description" and text and m.start == toks[i].start and toks[i].word in ARTICLES \
                and (verb := next((x for x in toks if m.start < x.start <= m.end + 1 and _cuts_in(toks, x)), None)) is not None \
                and toks[_index_after_offset(toks, m.start) + 1].start != verb.start:
            # a description with where they stood before a verb of speaking in or back, that the reader of
            # descriptions takes for its words: ‘…,” a woman near the front shot back’, ‘…,” a man at the
            # back piped up’ (w63b)
            head = text[m.start:verb.start].rstrip()
            return Found(Mention(m.start, m.start + len(head), head, "description"), None, "cue-after", verb.text)
        lead = [x for x in toks[i:] if x.end <= m.start] if m is not None else []
        titled = m is not None and m.kind == "name" and m.role is not None and bool(lead) and lead[0].word not in ARTICLES \
            and not is_possessive(lead[0]) and text[lead[0].start:lead[-1].end] == m.role  # (a bare title before it: ‘…,” Kaduna state
        # police spokesman Musa Abdullahi Garba said’)
        if m is not None and (m.kind in ("name", "pronoun") or (m.kind == "description" and (
                description_head(m.text) in DOCUMENT_NOUNS or m.text.lower() in INDEFINITE_SPEAKERS))) \
                and (len(lead) <= 2 or titled) \
                and not (ends_sentence and m.kind == "pronoun" and m.text[:1].isupper()) and (titled or all(
                x.word in ARTICLES or (x.text.islower() and (not _verb_like(x) or service_before_rank(toks, i + k))
                                       and x.word not in FUNCTION_WORDS and x.word not in SUBORDINATORS)
                for k, x in enumerate(lead))):
            # (a determiner and an adjective may come first: ‘…,” an angry Hollande retaliated’; a
            # capitalised pronoun after ‘!’ or ‘?’ opens a sentence of its own: ‘…!” She replied that …’;
            # a document's verb: ‘…,” the report found’, ‘…,” the survey showed’; one who begins
            # speaking: ‘…,” the mayor began’)
            nx = _token_after(toks, m.end)
            if nx is not None and nx.text == "," and m.kind == "description" and description_head(m.text) in DOCUMENT_NOUNS \
                    and RE_AUTHOR_ASIDE.match(text, m.end) is not None:
                # ‘…,” the majority opinion, written by Justice X, said’: the document, whose author the
                # caller finds in the aside
                k = _index_after_offset(toks, nx.end)
                v2 = next((v for v in range(k + 1, min(len(toks), k + 16)) if toks[v - 1].text == ","
                           and (toks[v].word in SPEECH_VERBS or toks[v].word in FINDING_VERBS)), None)
                if v2 is not None:
                    return Found(m, None, "cue-after", toks[v2].text)
            if nx is not None and (nx.word in FINDING_VERBS or _opens_speech(nx)
                                   or (m.text.lower() in INDEFINITE_SPEAKERS and _verb_like(nx))
                                   if m.kind == "description" else _verb_like(nx)) or _cuts_in(toks, nx):
                return Found(m, None, "cue-after", nx.text)
        if _verb_like(t) and not t.word.endswith("ing") and i + 1 < len(toks):
            m = mention_after(toks, i + 1, text)
            if m is not None and m.kind == "name" and _inverted_lead(toks, i + 1, m) \
                    and not (m.role is None and any(RE_EDITION_NUMBER.fullmatch(x.text) and k > i + 1 and toks[k - 1].word == "the"
                                                    for k, x in enumerate(toks[i + 1:], i + 1) if x.end <= m.start)):
                # (never a numbered edition of an event, the object of a verb no list holds: ‘his third
                # feature, “…,” opened the 41st Lisbrook Film Festival’ names a film and where it showed; the number after
                # "the" only (review rv5): ‘“…,” sobbed 1998 Olympian Kate Bryce’ is a person by her year)
                return Found(m, None, "cue-after", t.text)
    fallback = None
    found = according_to(text, toks, i + 1, len(toks), ("name", "organisation"))  # ‘…” at a rally, according to X’
    if found is not None:
        if not any(_verb_like(x) for x in toks[i:_index_after_offset(toks, found.mention.start)]):
            return found
        fallback = dataclasses.replace(found, rule="according-to-late")  # (across a clause of its own,
        # only when nothing else speaks: ‘…” before police detained five of them, according to X’ is the
        # chanting crowd's, named before)
    skip_until = 0  # (past a nickname inside a name, or a relative aside)
    for v in range(i + 1, min(len(toks), i + 30)):
        if v < skip_until:
            continue
        if toks[v].text in ("“", '"') and is_name_token(toks[v - 1]) and (e := _nickname_end(toks, v)) is not None:
            skip_until = e  # (a nickname inside a name: ‘…!” his niece, Marcia “Cia” Price, shouted’)
            continue
        if toks[v].text in ";:?!" or toks[v].text in "“”\"":
            break
        if toks[v].word in ("who", "which") and toks[v - 1].text == "," and v - 2 >= i:
            skip_until = next((c for c in range(v + 1, min(len(toks), v + 16)) if toks[c].text == ","),
                              len(toks) if toks[v].word == "which" else v)
            continue  # an aside's verbs are no cue: ‘…,” the woman, who asked not to be named, said’ (nor
            # what one denied of the words, to the sentence's end: ‘accused him of “…” in the region, which the mayor denied.’)
        if toks[v].word == "who" and v > i and toks[v - 1].text[:1].isalpha() \
                and (past_who := _cue_past_who(text, toks, i, v)) is not None:
            return past_who  # ‘…,” a man who lives nearby said’
        if toks[v].word in ("who", "which") and v - 2 > i and toks[v - 1].text.isalpha() \
                and any(x.text == "," for x in toks[i + 1:v - 1]) \
                and (c := next((c for c in range(v + 2, min(len(toks), v + 16)) if toks[c].text == ","), None)) is not None:
            skip_until = c  # a relative clause closing an appositive: its verb is no cue (‘…,” Brian Holm, a
            continue  # science teacher at Dunmore who advises the club, said’ (w56d))
        if _is_cue(toks[v], True) and toks[v - 1].word not in NOUN_MARKERS and not _after_indefinite(toks, v) \
                and not _in_title(toks, v) and not (toks[v].word in WEAK_SPEECH_VERBS and v - i > 6) \
                and not (toks[v].word in ("put", "puts", "putting") and not (v + 1 < len(toks) and toks[v + 1].word == "it")) \
                and not _people_after(toks, v) \
                and not _refused(toks, v) and not _answers_a_thing(toks, v) and not _responds_to_an_event(toks, v) \
                and not _noun_before_verb(toks, v) and not _maker_noun_after_name(toks, v) \
                and not _states_noun(toks, v) and not _modified_noun(toks, v) \
                and not (toks[v].word.endswith("ing") and toks[v - 1].text != ","
                                                   and toks[v - 1].word not in AUXILIARIES and toks[v - 1].word != "heard"):
            # (not "the states"; not ‘“…” a Donald Trump tweet attacking …’, which describes the tweet;
            # "put" only as "put it", never ‘“…” proposals the players had put forward’;
            # a weak verb only near the words: never ‘…” of the couple and that the podcast, which …,
            # would continue’)
            if toks[v].word in TOLD_PASSIVES and toks[v - 1].word in PASSIVE_AUXILIARIES \
                    and not any(x.text == "," or x.word in ("who", "which", "that") for x in toks[i + 1:v]):
                # the one told is the listener: ‘…,” the companies were told’; the speaker is the agent
                # after "by" (‘…,” the clubs were warned by the league’), or none here (never a passive
                # inside an aside: ‘…,” Kessler, who was urged by colleagues to quit, told reporters’)
                m = mention_after(toks, v + 2, text) if v + 2 < len(toks) and toks[v + 1].word == "by" else None
                if m is not None and m.kind != "pronoun":
                    return Found(m, None, "cue-after", toks[v].text)
                break
            if toks[v - 1].text == "," and not toks[v].word.endswith("ing") and toks[v].word not in TELL_VERBS \
                    and not (toks[i].word not in SETTING_ASIDE_PREPOSITIONS and toks[i].word != "with"
                             and any(toks[w].word == "who" and toks[w - 1].text == "," for w in range(i + 1, v - 1))):
                # ‘“…” in the 2008 primary, said professor Paul Beck.’ (never ‘…, told CBS News’:
                # who is told is the listener; nor past a subject's "who" aside, whose comma ends it:
                # ‘“…?” Justice Roe, who headed the bench, asked Counsel Ann Lee’ is the justice's; an aside
                # inside a setting is no subject's (review rv21): ‘“…,” in a meeting with the families, who
                # have camped outside, said Minister Ravi Kumar’)
                k = v + 1
                while k < len(toks) and toks[k].word in AUXILIARIES:
                    k += 1
                m = mention_after(toks, k, text)
                if m is not None and m.kind == "name" and _inverted_lead(toks, k, m) \
                        and not _clause_goes_on(toks, m):
                    return Found(m, None, "cue-after", toks[v].text)
            vv = v
            if toks[v - 1].word == "heard" and toks[v].word.endswith("ing"):
                vv = v - 1  # (‘…,” Anthony Ruggeri can be heard saying’: a recording's speaker)
                while vv - 1 > i and toks[vv - 1].word in HEARD_LEADS:
                    vv -= 1
            elif v - 2 > i and toks[v - 1].word == "to" and toks[v - 2].word in ("used", "went", "continued", "began"):
                vv = v - 2  # (‘…,” his grandmother, Leilani Kahale, used to tell him’)
            elif v - 3 > i and toks[v - 1].word == "to" and toks[v - 2].word == "on" and toks[v - 3].word == "went":
                vv = v - 3
            elif v - 2 >= i and toks[v - 1].word in GENERATION_AFTER and toks[v - 1].text.islower() \
                    and is_name_token(toks[v - 2]):
                vv = v - 1  # (a surname and which generation: ‘…,” Varga senior said’, the father)
            m = mention_before(toks, vv, i, text)
            # the mention opens the clause, or only title words stand before it
            lead = [x for x in toks[i:v] if x.end <= m.start] if m else []
            cut = max((c for c, x in enumerate(lead) if x.text == ","), default=None)
            # ‘“…” would help, X said’, ‘“…” would help, Republican candidate X said’
            if m and cut is not None and _title_lead(lead[cut + 1:]) and not ends_sentence and (
                    m.kind != "description" or _closes_sentence(toks, v)) \
                    and all(x.word in AUXILIARIES or x.word in TIME_WORDS for x in toks[v - 1: v] if x.start >= m.end):
                # (a source described too, when the cue ends the sentence: ‘… are “barely on speaking
                # terms” after a bruising summer, a royal source has claimed.’; only when no cue of its
                # own stands before the words, which the caller asks: "cue-after-late")
                return Found(m, None, "cue-after-late" if m.kind == "description" else "cue-after", toks[v].text)
            if (m is None or m.start > t.start) and (is_name_token(t) or (t.word in HONORIFICS and t.capitalized)) \
                    and not ends_sentence:
                # ‘…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said’: asides after a name
                m0 = mention_after(toks, i, text)
                nxt = _token_after(toks, m0.end) if m0 else None
                k = _index_after_offset(toks, nxt.start) if nxt is not None else v
                if m0 is not None and m0.kind == "name" and nxt is not None and ((nxt.text in ",(" and m is not None) or (
                        nxt.word in ("of", "with", "at", "from") and v - k <= 7 and k + 1 < v and toks[k + 1].text.islower()
                        and toks[i].start >= m0.start - 6  # (the name opens the words, after a rank at most)
                        and all(x.text[:1].isalpha() and not _verb_like(x) for x in toks[k:v]))):
                    # (and ‘…,” Det. Craig Sandoval of the robbery unit said’)
                    return Found(m0, None, "cue-after", toks[v].text)
            if m and _title_lead(lead) and m.start - toks[i].start < 80 \
                    and not (m.kind != "pronoun" and any(x.word == "that" for x in lead[1:])) \
                    and not (m.kind == "description" and len(lead) == 1 and lead[0].word in ("in", "into", "of")
                             and description_head(m.text) in DOCUMENT_NOUNS):
                # (never a document right after the words and a preposition, the object of one: ‘“…” in the
                # investigation of the 2012 attacks’; but ‘…,” a narrator in the ad asks’ is the ad's)
                # (never a clause of its own with a subject named: ‘…”, given that Mrs Pike had replied to
                # two of them’, ‘…”, a phrase that Ms. Achterberg says’; but ‘…”, a change that he said’
                # is the one spoken of)
                if ends_sentence and toks[i].capitalized and _opens_report(text, toks, v):
                    break  # ‘…done.” Kasich said he would …’: a sentence of its own, reporting speech
                if ends_sentence and toks[i].capitalized and toks[v - 1].word in HAVE_FORMS \
                        and v + 1 < len(toks) and toks[v + 1].text not in ".,;" and m.kind != "name":
                    # (a person named is the quotation's own: ‘…it.” Donald Trump had said at the convention’)
                    break  # ‘…their story.” Democrats on the panel have asked for two other transcripts …’: a
                    # new sentence in the perfect that goes on past its verb reports, never attributes
                # after a finished sentence, only ‘Name said’ with nothing between
                between = [x for x in toks[i:v] if x.start >= m.end and x.word not in AUXILIARIES
                           and x.word not in TIME_WORDS and x.word not in NOT_NAMES]
                if _where_from_only(between):
                    between = []  # (the name's place is the name's: ‘…times?” Senator Ana Ruiz of Ohio wrote’)
                if not ends_sentence or not toks[i].capitalized or not between or m.kind != "name" \
                        or toks[v - 1].text in "),":
                    return Found(m, None, "cue-after", toks[v].text)
            break
    return fallback


#: Most capitalised words of the place "of" gives after a name before its verb (‘of New South Wales’).
WHERE_FROM_WORDS = 3


def _where_from_only(between: list[Token]) -> bool:
    """The words between a name and its verb are only where the person is from, "of" and a place
    (‘Senator Luis Ortega of Connecticut wrote’, ‘Rep. Ann Lee of New South Wales said’).

    >>> from quotesearch.names import tokenize
    >>> _where_from_only(tokenize("of Connecticut")), _where_from_only(tokenize("of the robbery unit"))
    (True, False)
    """
    return 2 <= len(between) <= WHERE_FROM_WORDS + 1 and between[0].text == "of" \
        and all(is_name_token(x) and not is_possessive(x) for x in between[1:])


def _cue_past_who(text: str, toks: list[Token], i: int, v: int) -> Found | None:
    """The one the words after a quotation open with, a "who" clause not set off after them, and
    its cue past that clause: ‘…,” a man who lives nearby said’, ‘…,” a senior official who spoke on
    condition of anonymity said’ (the clause's own verb, right after "who", is never the cue)."""
    m = mention_after(toks, i, text)
    if m is None or m.kind not in ("name", "description") or m.end != toks[v - 1].end or m.start != toks[i].start:
        return None
    for w in range(v + 2, min(len(toks), v + 16)):
        if not toks[w].text[:1].isalnum() or toks[w].word in CLAUSE_JOINS:
            return None  # (the clause ends, or the sentence, with no cue of its own; or another verb
            # of the clause follows: ‘…,” a man who would rewire a neighbor's kitchen and then not speak’)
        if _is_cue(toks[w], True) and not toks[w].word.endswith("ing") and toks[w - 1].word not in AUXILIARIES \
                and toks[w - 1].word not in ("to", "not", "never"):
            if m.kind == "description" and _kept_back_tail(text[m.start:toks[w - 1].end]) is None:
                # (the one described, with the clause, as written: ‘an official who briefed reporters’; but never
                # a clause that only keeps the name back: ‘a worker who declined to be named told’)
                m = Mention(m.start, toks[w - 1].end, text[m.start:toks[w - 1].end], "description", m.role)
            return Found(m, None, "cue-after", toks[w].text)
    return None


#: Words that join a second verb to a clause (‘who would rewire … and then not speak’).
CLAUSE_JOINS = frozenset("and or but then".split())


def _plural_cue_noun(toks: list[Token], p: int) -> bool:
    """``toks[p]`` is a cue's plural used as a noun with its determiner, opening a clause before
    a verb (‘The states argue that …’, ‘Both states say’; never ‘Doyle said states have …’)."""
    return p >= 1 and toks[p].word in SPEECH_VERBS and toks[p].word.endswith("s") and toks[p].text.islower() \
        and toks[p - 1].word in ("the", "both", "these", "those") \
        and (p - 1 == _first_word(toks) or toks[p - 2].text in ",;" or toks[p - 2].word in ("and", "but"))


def _closes_sentence(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` ends its sentence, a time or a day at most after it (‘…, a spokesman said on Monday.’)."""
    rest = [x for x in toks[v + 1:] if x.word not in TIME_WORDS and x.word not in NOT_NAMES]
    return not rest or rest[0].text in ".;!?" or (rest[0].text == "," and len(rest) > 1 and rest[1].word in ("as", "amid"))
    # (or a clause of time after it: ‘…, a senior peer has warned, as a Lords committee heard evidence.’)


def _plain_description(toks: list[Token], k: int, text: str, after: bool) -> tuple[Mention, int] | None:
    """"the" or "a" and one or two lower-case words, alone between a quotation and its cue (‘…,”
    the senior said’) or after an inverted cue (‘said the senior.’): someone described, whatever
    the noun (a name the sentence gave before is never guessed for it); with the index of the
    token after it (the cue, when it comes before one)."""
    n = len(toks)
    # what opens the words: "the", "a" or "an", "the" and an owner (‘the agency's’), or an owner's
    # name (‘Halworth's’), whose words must be a document's
    the_owner = k + 2 < n and toks[k].word == "the" and is_possessive(toks[k + 1]) and toks[k + 1].text.islower()
    named_owner = k + 1 < n and is_possessive(toks[k]) and toks[k].capitalized and is_name_token(toks[k])
    if not (the_owner or named_owner or (k + 1 < n and toks[k].word in ("the", "a", "an"))):
        return None
    first = k + 1 + the_owner  # the first of the one or two words
    e = first
    while e < n and e - first <= 1 and toks[e].text.islower() and toks[e].text.replace("-", "").isalnum() \
            and toks[e].word not in FUNCTION_WORDS and toks[e].word not in AUXILIARIES and toks[e].word not in BE_FORMS \
            and not _cuts_in(toks, toks[e]) \
            and (not _opens_speech(toks[e]) or (e + 1 < n and toks[e + 1].word in DOCUMENT_NOUNS)  # ("recall notice")
                 or (toks[e].word.endswith("ing") and e + 1 < n and _is_cue(toks[e + 1], True))  # ("the warning said")
                 or (toks[e].word.endswith("s") and e == first and (  # a cue's plural as a noun: ‘the states said’,
                     (e + 1 < n and _is_cue(toks[e + 1], True) and not toks[e + 1].word.endswith("ing"))  # ‘said the states.’
                     or (after and (e + 1 == n or toks[e + 1].text in ".,;"))))):
        e += 1
    if e == first or (e - first == 2 and toks[e - 1].word.endswith("ly")):
        return None  # ("the firm previously said": an adverb)
    if (the_owner or named_owner) and toks[e - 1].word not in DOCUMENT_NOUNS:
        return None  # (an owner's document only: ‘…,” the agency's recall notice says’)
    if after:
        ok = e >= n or toks[e].text in ".,;!?"
    else:
        ok = e < n and (_cuts_in(toks, toks[e]) or _opens_speech(toks[e]) and (
            e + 1 >= n or toks[e + 1].text in ".,;!?" or toks[e + 1].word in TIME_WORDS
            or toks[e + 1].word in CUE_PLACE_WORDS))
        # (‘…,” the 36-year-old said in a statement released by the club.’)
    if not ok:
        return None
    s_, e_ = toks[k].start, toks[e - 1].end
    if named_owner:  # an owner's name speaks through its document: ‘…,”
        # Halworth's recall notice says’ is Halworth's, as ‘…,” Solano's statement said’ is Solano's
        # (never a document about them: ‘Ruskin's indictment says’, ‘Vos's psychiatric assessment says’)
        if toks[e - 1].word not in OWNER_DOCUMENTS or any(x.word not in OWNER_DOCUMENT_WORDS for x in toks[k + 1:e - 1]):
            return None
        if text and _firm_acts(text, toks[k].text, toks[k].start):  # a firm whose name has its 's: ‘McDonald's said …’
            return Mention(toks[k].start, toks[k].end, toks[k].text, "organisation"), e
        cut = 2 if toks[k].text.endswith(("’s", "'s")) else 1
        return Mention(toks[k].start, toks[k].end - cut, toks[k].text[:-cut], "name"), e
    return Mention(s_, e_, (toks[k].word + text[toks[k].end:e_]) if text else " ".join(t.text for t in toks[k:e]),
                   "description"), e


#: A capitalised word with its 's before a verb (a firm that acts: ‘McDonald's said’).
RE_FIRM_ACTS = re.compile(r"[A-Z]\w*['’]s (?:said|says|has|have|is|was|will|would|announced|recalled|reported|cut|closed|plans)\b")


def _firm_acts(text: str, name: str, at: int) -> bool:
    """The text writes ``name`` (with its 's) elsewhere as the subject of a verb, as firms named
    so are written (‘McDonald's said it would close …’; never ‘Smith's lawyers’)."""
    lo, hi = max(0, at - 20_000), at + 20_000
    i = text.find(name, lo, hi)
    while i >= 0:
        if i != at and RE_FIRM_ACTS.match(text, i):
            return True
        i = text.find(name, i + len(name), hi)
    return False


#: Documents by which their owner speaks (‘Halworth's recall notice says’), and the words that may
#: stand before them (never ‘police statement’, whose owner is its subject).
OWNER_DOCUMENTS = frozenset("statement post tweet letter email message notice release advisory blog filing".split())
OWNER_DOCUMENT_WORDS = frozenset("recall press official latest written emailed open".split())


#: Words that make a speech verb after them a noun of a set phrase, never a cue (‘the executives in
#: charge of the show at the time “…”’ names who ran it: no one charges anything).
#:
#: >>> "in" in NOUN_PHRASE_LEADS.get("charge", ()), "with" in NOUN_PHRASE_LEADS.get("charge", ())
#: (True, False)
NOUN_PHRASE_LEADS = {"charge": ("in",)}


#: Calling one on the telephone, no words said (‘Thornquist called her at home’, ‘he called me back’):
#: the verb of calling, a person's object pronoun and a word of where, when or again after it (never
#: ‘called her a liar’, ‘called him “a coward”’: a name given; nor ‘called them on it’, calling out, nor
#: ‘called them in an article’: "on" and "in" are no telephone's) (w56d).
#:
#: >>> "called" in PHONE_CALL_VERBS, "at" in PHONED_AFTER, "a" in PHONED_AFTER
#: (True, True, False)
PHONE_CALL_VERBS = frozenset("call calls called calling".split())
PHONED_AFTER = frozenset("at back late early last every twice again up".split())
CALLED_OBJECTS = frozenset("her him them me us".split())


def _phoned(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` calls someone on the telephone (see :data:`PHONE_CALL_VERBS`).

    >>> from quotesearch.names import tokenize
    >>> _phoned(tokenize("Thornquist called her at home"), 1), _phoned(tokenize("Thornquist called her a fraud"), 1)
    (True, False)
    """
    return toks[v].word in PHONE_CALL_VERBS and v + 2 < len(toks) and toks[v + 1].word in CALLED_OBJECTS \
        and toks[v + 2].word in PHONED_AFTER and toks[v + 2].text.islower()


#: Forms of "agree", whose "on" makes no speech only with the marks right after it (‘had agreed on “a
#: timetable”’), never before what follows a colon (‘All parties agree on one thing: “…”’, review rv63b).
#:
#: >>> "agreed" in AGREE_FORMS, "agreement" in AGREE_FORMS
#: (True, False)
AGREE_FORMS = ("agree", "agrees", "agreed", "agreeing")

#: Speech verbs that a particle makes something else ("snapped up bargains", "ruled out a run").
NOT_SPEECH_PARTICLES = {"snapped": ("up",), "snap": ("up",), "ruled": ("out",), "slammed": ("into", "shut"),
                        # (‘would continue to “champion the cause”’: going on doing, never speaking)
                        **dict.fromkeys(("continue", "continues", "continued", "continuing"), ("to",)),
                        # (‘a source said the two sides had agreed on “a framework …”’: what was agreed, the
                        # words of the one who reports it, w63b)
                        **dict.fromkeys(AGREE_FORMS, ("on", "upon"))}


#: Words between a determiner and a verb that keep it a verb (‘the company also posted’, ‘a source later
#: claimed’); any other word there makes a noun-like verb in its bare form a compound noun (‘In a blog post,
#: they wrote’; never ‘the paper notes’, whose "notes" agrees with its subject).
ADVERB_LIKE_BEFORE_VERB = frozenset("also later then first once never still just often only".split())


#: Heads of a politician's epithet with the state after "from" (‘the Democrat from Texas’).
STATE_EPITHET_HEADS = frozenset("democrat republican independent senator congressman congresswoman lawmaker "
                                "representative governor legislator".split())
RE_FROM_STATE = re.compile(r" from ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


#: What one answers without a word (‘answered a knock at the door’, ‘answered the phone’).
ANSWERED_THINGS = frozenset("door doors knock knocks doorbell bell phone phones telephone call calls ad advert "
                            "advertisement summons prayer prayers alarm".split())


def _answers_a_thing(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is "answer" of a door, a knock or a call (‘Mr Keogh had answered a knock at
    the door and was shot “…”’): no speech."""
    return toks[v].word.startswith("answer") and any(x.word in ANSWERED_THINGS for x in toks[v + 1:v + 4]) \
        and not any(toks[a].word == "and" and _is_cue(toks[a + 1], True) for a in range(v + 2, min(len(toks) - 1, v + 9)))
    # (but ‘Lamontagne answered the door and said, “…”’: the one who answered speaks)


#: What crews and officers respond to without a word (‘responded to a call at the depot’, ‘responded to
#: the scene’); "report" only as one of an event (‘responded to a report of a fight’, never ‘responded to
#: the report, calling it …’), "call" never one for something (‘responded to calls for his resignation’).
RESPONDED_EVENTS = frozenset("call calls scene scenes incident incidents emergency emergencies fire fires blaze alarm "
                             "alarms crash crashes collision disturbance disturbances shooting shootings stabbing "
                             "accident accidents callout call-out 911 999 112 break-in burglary robbery".split())


def _responds_to_an_event(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is "respond" to a call, a scene or a report of an event (‘officers had responded
    to a report of a fight at the depot and that the teen had “actively resisted”’): crews arriving, no
    speech, so the clause's words are the reporter's (‘The police department said …’); nor is the event's
    noun a cue (‘responded to reports of a disturbance’ is no one "reports")."""
    if v >= 2 and toks[v - 1].word == "to" and toks[v - 2].word.startswith("respond") and toks[v].word in ("reports", "calls"):
        return _responds_to_an_event(toks, v - 2)
    if not toks[v].word.startswith("respond") or v + 2 >= len(toks) or toks[v + 1].word != "to":
        return False
    for k in range(v + 2, min(len(toks), v + 5)):
        w = toks[k].word
        nxt = toks[k + 1].word if k + 1 < len(toks) else ""
        if w in ("report", "reports"):
            return nxt == "of"
        if w in RESPONDED_EVENTS:
            return nxt != "for"
        if w not in ("a", "an", "the", "multiple", "several", "numerous") and not toks[k].text[:1].isdigit():
            return False
    return False


#: Finite verbs that make the words after a listener a clause of their own.
FINITE_VERBS = frozenset("is was were are would will had has have could should can must".split())


def _opens_report(text: str, toks: list[Token], v: int) -> bool:
    """The words after the cue at ``v`` are what was said, or its object (‘Kasich said he would
    …’, ‘Trump has said climate change is …’, ‘X noted Bill Clinton’s comments’, ‘Trump told the
    forum he was …’), not the end of a short attribution (‘Trump said in a statement.’, ‘… said
    Monday.’, ‘… said later.’, ‘… asked reporters rhetorically.’)."""
    rest = toks[v + 1: v + 3]
    if all(x.text in ",:" for x in rest):  # (‘X said “…’, ‘X, who …, said, “…’: the next one's cue)
        end = rest[-1].end if rest else toks[v].end
        return len(toks) <= v + 3 and text[end:end + 3].lstrip()[:1] in OPENING_MARKS
    if toks[v].word in TELL_VERBS or toks[v].word in ASK_VERBS:
        for x in toks[v + 1: v + 8]:  # the listener first
            if not x.text[:1].isalnum() or x.word in SUBORDINATORS:
                return False  # (‘told reporters as officials were leaving’: a clause of its own)
            if x.word in REPORT_OPENERS or (x.word in FINITE_VERBS and x.start > toks[v + 1].end):
                return True  # (‘X told the BBC the offer was fair’: a clause after the listener)
        return False
    k = v + 1
    while k < len(toks) - 1 and (toks[k].word in NOT_NAMES or toks[k].word in TIME_WORDS):
        k += 1  # (‘… said Sunday that …’, ‘… said on Monday he …’)
    if k > v + 1 and toks[k].word in REPORT_OPENERS:
        return True
    w = toks[v + 1]
    if w.word in CLAUSE_OPENERS or w.word[:-2] in CLAUSE_OPENERS and w.word.endswith(("’s", "'s")):
        return True  # (‘… says that’s what …’)
    if w.text.isalpha() and w.text.islower():
        if v + 2 < len(toks) and ((w.word == "about" and toks[v + 2].text[:1].isdigit())
                                  or (w.word == "by" and toks[v + 2].word.endswith("ing"))):
            return True  # ‘… has said about 20 people …’, ‘… responded by saying Japan …’
        return w.word not in ATTRIBUTION_TAILS and not w.word.endswith("ly")
    return w.capitalized and w.word not in NOT_NAMES


def _in_title(toks: list[Token], v: int) -> bool:
    """A verb's bare form inside a title before a name (‘Kaduna state police spokesman X’, ‘Deputy
    fire chief X’): a noun, with a role a word or two on."""
    t = toks[v]
    if service_before_rank(toks, v):
        return True
    return t.text.islower() and not t.word.endswith(("ed", "s")) and t.word not in IRREGULAR_PASTS \
        and t.word not in ("told", "said", "wrote", "spoke", "say", "tell") and v > 0 and toks[v - 1].capitalized \
        and any(toks[x].word in ROLE_NOUNS for x in range(v + 1, min(len(toks), v + 3))) \
        and all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS for x in toks[v + 1:v + 2])


def _writes_a_thing(toks: list[Token], v: int) -> bool:
    """The verb of writing at ``v`` has for its object a thing that holds no one's words, right after
    it or past a determiner: ‘wrote checks to herself’, ‘writes cheques from client accounts’, ‘wrote
    software that skimmed’, ‘wrote him a prescription’ (never ‘wrote a letter’, ‘wrote that’).

    >>> from quotesearch.names import tokenize
    >>> _writes_a_thing(tokenize("Moss wrote checks to herself"), 1), _writes_a_thing(tokenize("Moss wrote that"), 1)
    (True, False)
    """
    if toks[v].word not in WRITING_VERBS:
        return False
    for k in range(v + 1, min(len(toks), v + 4)):
        if toks[k].word in WRITTEN_THINGS:
            return True
        if not (toks[k].text.islower() and (toks[k].word in ARTICLES or toks[k].word in PRONOUNS
                                             or toks[k].word in ("his", "her", "their", "its", "fake", "bad", "false"))):
            return False
    return False


def _inside_question(toks: list[Token], v: int) -> bool:
    """The verb at ``v`` stands in the question an opening "Asked whether/if/why/how …," puts,
    closed by a comma after it (never ‘Asked if he would resign Hollis said:’, with no comma)."""
    if not any(x.text == "," for x in toks[v + 1:]):
        return False
    for j in range(max(1, v - 14), v):
        if toks[j].word in QUESTION_WORDS and toks[j - 1].word in ("asked", "questioned", "pressed") \
                and not any(x.text in ",;:" for x in toks[j:v]):
            return True
    return False


def _put_in_question(toks: list[Token], v: int) -> bool:
    """The verb of assent at ``v`` stands in a question one puts to another ("asked whether",
    "rose to ask if", "wanted to know whether", with the one asked between: "asked the minister if"):
    the words in marks after it are the asker's wording of a view put to them for assent, never the
    words of the one asked (‘Hart rose to ask whether the Chancellor agreed that “…”’). Only a verb of
    assent (agreed, accepted, conceded …); never "said" (‘asked whether she had said “…”’ quotes her)."""
    if toks[v].word not in ASSENT_ASKED_VERBS or toks[v - 1].word == "and":
        return False  # (‘was asked if the deal was dead and admitted that “…”’: the one asked assents)
    for j in range(max(1, v - 8), v):
        if toks[j].word in ("whether", "if") and not any(x.text in ",;:." for x in toks[j:v]):
            a = next((i for i in range(j - 1, max(-1, j - 5), -1) if toks[i].word in ASKING_WORDS), None)
            if a is None:
                continue
            if toks[a].word == "asked" and (a == 0 or toks[a - 1].text == "." or toks[a - 1].word in (
                    "was", "were", "is", "are", "been", "being", "when", "once", "after", "if")):
                return False  # one asked, then their own answer: ‘Asked if he would run again Ruto admitted’
            return True
    return False


#: Words that open a condition (‘if the council agreed to …’, ‘unless the firm accepts …’).
CONDITION_WORDS = frozenset("if unless provided providing".split())


def _assent_in_condition(toks: list[Token], v: int) -> bool:
    """The verb of assent at ``v`` (agreed, accepted …) is the verb of a condition, "if" or "unless" and
    its subject right before it, inside the clause a verb of saying reports earlier in the sentence
    (‘He said the union would suspend the action if the council agreed to a review’): a condition one
    puts, never the words of the one it names.

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("He said the union would stop if the council agreed to a review, but it was")
    >>> _assent_in_condition(t, 9), _assent_in_condition(tokenize("If the council agreed, it said"), 3)
    (True, False)
    """
    if toks[v].word not in ASSENT_ASKED_VERBS:
        return False
    for j in range(v - 1, max(-1, v - 6), -1):
        if toks[j].text in ",;:.“”\"":
            return False
        if toks[j].word in CONDITION_WORDS:
            if any(x.word in ("and", "but", "or", "then") for x in toks[j + 1:v]):
                return False  # (a condition closed, then a clause of its own: ‘Officials said they would act if
                # needed and the company conceded that …’ is the company's cue; review rv61b)
            lo = next((k + 1 for k in range(j - 1, max(-1, j - 26), -1) if toks[k].text in ".;:“”\""), max(0, j - 25))
            return 1 < j < v - 1 and any(x.word in SPEECH_VERBS and x.text.islower() for x in toks[lo:j - 1])
    return False


#: Words that open a question reported after "asked".
QUESTION_WORDS = frozenset("whether if why how what when where who about".split())


#: Verbs a noun of speech may be the subject of, right after it (‘demand had been’, ‘protest was’).
NOUN_SUBJECT_VERBS = frozenset("had has have was were is are remained remains will would could".split())


def _counted_noun(toks: list[Token], v: int) -> bool:
    """A plural cue word counted by a figure, at once or past one modifier, is a noun, never a verb:
    ‘$2 per 1,000 API calls’, ‘300 phone calls’, ‘4,000 insurance claims’. A four-figure year is no
    count (‘In 2019 Kenya claims …’ keeps its verb).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("at $2 per 1,000 API calls, would")
    >>> _counted_noun(t, 6), _counted_noun(tokenize("In 2019 Kenya claims that"), 3)
    (True, False)
    """
    t = toks[v]
    if t.word not in COUNTED_SPEECH_NOUNS or not t.text.islower() or v < 1:
        return False  # (‘says’, ‘writes’, ‘warns’ are verbs only: ‘The Group of 77 says’, ‘on page 212 she writes’)
    k = v - 1 if toks[v - 1].text[:1].isdigit() else v - 2
    if k < 0 or (k < v - 1 and not (toks[v - 1].text.isalpha() and not toks[v - 1].text.istitle())):
        return False  # (a name between is the subject: ‘In a letter dated March 3 Wilson writes’, ‘By 2100 Greenpeace warns’)
    if k > 0 and toks[k - 1].text.istitle() and toks[k - 1].word not in COUNT_LEADS:
        return False  # (a numbered name: ‘Section 230 calls’, ‘Channel 4 reports’)
    figure = toks[k].text
    return bool(RE_COUNT_FIGURE.fullmatch(figure)) and not RE_YEAR_FIGURE.fullmatch(figure)


def _noun_before_finding(toks: list[Token], v: int) -> bool:
    """A noun of speech that is a document, not a verb, because a verb of finding follows it at once
    (‘The board's own staff report found …’, ‘A council officers' report showed …’): the subject is the
    whole report, never "staff" who report. Guards: a lower-case word that is no pronoun nor a word of
    the verb's own before it (‘Nurses report found…’ has none; ‘staff report that’ is a verb).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("The board's own staff report found that")
    >>> _noun_before_finding(t, 4), _noun_before_finding(tokenize("Staff report that rents"), 1)
    (True, False)
    """
    t = toks[v]
    return t.word in NOUN_LIKE_VERBS and t.text.islower() and 0 < v and v + 1 < len(toks) \
        and toks[v + 1].word in FINDING_VERBS and toks[v + 1].text.islower() \
        and not (v + 2 < len(toks) and toks[v + 2].word in ("of", "for", "from", "on")) \
        and toks[v - 1].text.isalpha() and toks[v - 1].word not in PRONOUNS and toks[v - 1].word not in FUNCTION_WORDS


#: Adjectives that put an offer, a statement or a claim in its order or its standing, between a
#: determiner and a cue's word, which is then a noun (‘had “insulted” workers with its final offer’,
#: ‘rejected the union's latest demand’): never a verb's adverb (‘The minister first said’, kept apart).
#:
#: >>> "final" in NOUN_SETTING_ADJECTIVES, "first" in NOUN_SETTING_ADJECTIVES
#: (True, False)
NOUN_SETTING_ADJECTIVES = frozenset("""final latest revised improved initial formal official previous original
earlier opening sweetened""".split())


def _modified_noun(toks: list[Token], v: int) -> bool:
    """A cue's bare word right after a determiner or a possessive and one adjective of
    :data:`NOUN_SETTING_ADJECTIVES` is a noun, never a verb whose subject runs back over the words
    before it (‘said the company had “insulted” workers with its final offer’ has no speaker "workers
    with its final"); a form with its own tense (‘its final offered’) is never one.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("workers with its final offer.")
    >>> _modified_noun(toks, 4), _modified_noun(tokenize("their members offer"), 2)
    (True, False)
    """
    t = toks[v]
    return 1 < v and t.text.isalpha() and t.text.islower() and not t.word.endswith(("s", "ed")) \
        and t.word not in IRREGULAR_PASTS and toks[v - 1].word in NOUN_SETTING_ADJECTIVES and toks[v - 1].text.islower() \
        and (toks[v - 2].word in POSSESSIVES or toks[v - 2].word in ARTICLES)


def _bare_noun_after_preposition(toks: list[Token], v: int) -> bool:
    """The bare form of a cue (‘demand’, ‘call’, ‘claim’) after a preposition and one lower-case
    modifier, before a verb of its own, is a noun inside a reported clause: ‘wrote that the commentary
    on big-ticket demand was “…”’, ‘said the outlook for consumer demand had been “…”’. Never a
    speaker's verb, which no preposition stands before (‘a plan staff say is “…”’, ‘what voters
    demand is “…”’ stay cues).

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("but that the commentary on big-ticket demand was")
    >>> _bare_noun_after_preposition(toks, 6), _bare_noun_after_preposition(tokenize("a plan staff say is"), 3)
    (True, False)
    """
    if not 1 < v < len(toks) - 1 or toks[v + 1].word not in NOUN_SUBJECT_VERBS:
        return False
    t, mod = toks[v], toks[v - 1]
    return t.text.islower() and not t.word.endswith(("s", "ed", "ing")) and t.word not in IRREGULAR_PASTS \
        and mod.text.islower() and mod.text.replace("-", "").isalpha() and not mod.word.endswith("s") \
        and mod.word not in FUNCTION_WORDS and mod.word not in PRONOUNS and toks[v - 2].word in PREPOSITIONS \
        and not any(x.word in ("what", "all") for x in toks[max(0, v - 4):v]) \
        and t.word not in NEVER_BARE_NOUN_CUES and not (v > 2 and _people_word(toks[v - 3].word))
    # (never a verb no one writes as a noun, nor people before the preposition, who say it: ‘a figure that
    # sources in government say is “…”’, ‘which people with knowledge say was “…”’)


#: Speech verbs whose bare form is no noun (‘sources in government say is’, ‘analysts at home think is’).
NEVER_BARE_NOUN_CUES = frozenset("say tell think believe argue insist reckon suggest agree explain predict expect "
                                 "admit concede contend maintain acknowledge".split())


def _people_word(word: str) -> bool:
    """A plural noun for people (‘sources’, ‘workers’, ‘people’, ‘residents’)."""
    return word in ("people", "men", "women", "staff", "officials", "folk", "folks") \
        or (word.endswith("s") and (word[:-1] in ROLE_NOUNS or word[:-1] in DESCRIPTION_NOUNS and word[:-1] not in DOCUMENT_NOUNS))


def _naming_participle(toks: list[Token], v: int) -> bool:
    """"called" or "named" right after a thing's noun and its article, then a capitalised name set off by
    a comma with the sentence going on past it: the thing's name, never a cue (‘She runs a support group
    called Ridgeline, which meets monthly and, she says, has “…”’, ‘a charity named Hope Rising, which
    …’); never a call with a name as its object (‘The union called Smith “a liar”’, no comma after it).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("She runs a support group called Ridgeline, which meets monthly and, she says, has")
    >>> _naming_participle(t, 5), _naming_participle(tokenize("The union called Smith a liar, and"), 2)
    (True, False)
    """
    o = v + 1 + (v + 1 < len(toks) and toks[v + 1].text in "“\"‘")  # (the name in marks: ‘called “Ridgeline,” which’)
    if toks[v].word not in ("called", "named") or v < 2 or o + 2 >= len(toks) or not toks[o].capitalized:
        return False
    a = next((a for a in range(v - 1, max(-1, v - 5), -1) if toks[a].word in ("a", "an", "the", "its", "their", "his", "her")), None)
    if a is None or a == v - 1 or toks[v - 1].word in ROLE_NOUNS or not all(
            x.text.rstrip("’'s").isalpha() and x.text.islower() and x.word not in PRONOUNS for x in toks[a + 1:v]):
        return False  # (a thing, never a person: ‘the mayor called Smith, …’)
    k = o
    while k < len(toks) and toks[k].capitalized and not is_possessive(toks[k]):
        k += 1
    k += k < len(toks) and toks[k].text in "”\"’" and o > v + 1  # (the closing mark before the comma)
    return k < len(toks) - 1 and toks[k].text == ","


#: The marks of a list's items, which no sentence's words are (‘• Chancellor says …’).
BULLETS = frozenset("•·▪●■◦‣")


def cue_before(text: str, toks: list[Token], known=None, mixed: bool = True) -> Found | None:
    """The speaker from the quotation's sentence before it: ‘Healey told reporters: “…’, ‘X said
    the talks were “…”’, ‘According to X, “…’, ‘…, adding that “…’, and for a quoted fragment with
    no cue verb (‘Trump called Clinton “crooked”’, ‘Reid went after Trump as a “leech”’) the
    sentence's subject; one described by the handle they post as, when the sentence gives it."""
    if toks[:1] and toks[0].text in BULLETS:
        toks = toks[1:]  # a list's bullet opens no sentence: ‘• The chancellor, Rebecca Marsh, …, insisting …’
    if not toks:
        return None
    if (unnamed := _unnamed_cue_before(text, toks)) is not None:
        return unnamed
    if toks[-1].text == ":" and (short := _past_quoted_extent(toks)) is not None:
        toks = short  # ‘The entry reads, in part: “…”’ read as ‘The entry reads: “…”’
    if toks[-1].text == ":" and (short := _past_writing_date(toks)) is not None:
        toks = short  # ‘The last letter, dated May 3, 1944, ends: “…”’ read as ‘The last letter ends: “…”’
    found = _cue_before(text, toks, known, mixed)
    if found is not None and found.rule == "colon" and found.cue == ":" and found.mention is not None \
            and _shows_another_writing(toks, found.mention):
        return None  # (the one who shows someone's text: ‘His grandmother texts him a review. He shows me
        # Tuesday's: “…”’ is no words of his)
    if found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
            and (own := _asker_after_semicolon(text, toks, found, known, mixed)) is not None:
        found = own
    if found is not None and found.mention is not None:
        found = _past_title_in_marks(text, toks, found)
    if found is not None and found.mention is not None and found.mention.kind == "name" \
            and (material := _material_targeting(text, toks, found.mention)) is not None:
        found = replace(found, mention=material)  # (the ad speaks, never the one it attacks)
    if found is None and toks[-1].text == ":" and (handle := _handle_set_off_before_colon(text, toks)) is not None:
        return Found(handle, None, "colon", ":")
    if text.find("@", toks[0].start, toks[-1].end) < 0:
        return found  # (the cheapest test first: few sentences hold a handle)
    return _handle_speaker(text, toks, found)


def _material_targeting(text: str, toks: list[Token], named: Mention) -> Mention | None:
    """The material or document opening the sentence as its subject whose target ``named`` is, right after
    a participle of attack (:data:`TARGETING_PARTICIPLES`): ‘A new television ad attacking Gov. Ruth Abernathy
    says she has “…”’ is the ad's words (its mention returned), never the governor's (w54a).

    >>> from quotesearch.names import tokenize
    >>> t = "A new ad attacking Gov. Ann Lee says she"
    >>> _material_targeting(t, tokenize(t), Mention(19, 31, "Gov. Ann Lee", "name")).text
    'A new ad'
    >>> t = "Gov. Ann Lee, attacking the ad, says she"
    >>> _material_targeting(t, tokenize(t), Mention(0, 12, "Gov. Ann Lee", "name")) is None
    True
    """
    i = _index_after_offset(toks, named.start)
    if i >= len(toks) or toks[i].start != named.start or i < 3 or toks[i - 1].word not in TARGETING_PARTICIPLES \
            or (toks[i - 2].word not in MADE_MATERIAL_NOUNS and toks[i - 2].word not in DOCUMENT_NOUNS):
        return None
    if toks[0].word not in ("a", "an", "the", "one", "another") \
            or not all(x.text.islower() or x.text[:1].isdigit() or x.text in ("TV",) for x in toks[1:i - 2]) or i - 2 > 5:
        return None  # (only the sentence's own subject: ‘A new ad attacking …’, ‘The 30-second spot targeting …’)
    return Mention(toks[0].start, toks[i - 2].end, text[toks[0].start:toks[i - 2].end], "description")


def _past_quoted_extent(toks: list[Token]) -> list[Token] | None:
    """The sentence without the words between a writing's verb and its closing colon that say how much
    of it is quoted (:data:`QUOTED_EXTENT_PHRASES`: ‘It reads, in part:’, ‘The last letter ends in full:’),
    the verb then right before the colon; None when the sentence ends in no such phrase.

    >>> from quotesearch.names import tokenize
    >>> t = "The diary entry reads, in part:"; [x.text for x in _past_quoted_extent(tokenize(t))]
    ['The', 'diary', 'entry', 'reads', ':']
    >>> t = "The minister said, in part:"; _past_quoted_extent(tokenize(t)) is None
    True
    """
    n = len(toks)
    if n < 5 or toks[-1].text != ":" or toks[-2].word not in ("part", "full", "entirety", "whole", "parts"):
        return None  # (cheap: almost no sentence ends so)
    k = n - 2
    if toks[k].text == ",":
        k -= 1
    for phrase in QUOTED_EXTENT_PHRASES:
        a = k - len(phrase) + 1
        if a >= 2 and tuple(x.word for x in toks[a:k + 1]) == phrase:
            v = a - 1 if toks[a - 1].text != "," else a - 2
            if v >= 1 and toks[v].word in EXTENT_WRITING_VERBS and not toks[v].capitalized:
                return toks[:v + 1] + [toks[-1]]
    return None


def _past_writing_date(toks: list[Token]) -> list[Token] | None:
    """The sentence without the aside that says when a writing was written, set off between its noun
    and its verb right before the colon (:data:`WRITING_DATE_PARTICIPLES`: ‘The last letter, dated May
    3, 1944, ends:’); None when it has no such aside.

    >>> from quotesearch.names import tokenize
    >>> t = "The last letter, dated May 3, 1944, ends:"; [x.text for x in _past_writing_date(tokenize(t))]
    ['The', 'last', 'letter', 'ends', ':']
    >>> t = "The report, dated May 3, says:"; _past_writing_date(tokenize(t)) is None
    True
    """
    n = len(toks)
    if n < 7 or toks[-3].text != "," or toks[-2].word not in EXTENT_WRITING_VERBS or toks[-2].capitalized:
        return None  # (cheap: almost no sentence ends so)
    for c in range(n - 4, 0, -1):
        if toks[c].text == "," and toks[c + 1].word in WRITING_DATE_PARTICIPLES:
            return toks[:c] + toks[-2:] if toks[c - 1].word in WRITING_NOUNS else None
        if toks[c].text in ".;:":
            return None
    return None


def _shows_another_writing(toks: list[Token], m: Mention) -> bool:
    """A colon's sentence whose subject ``m`` only shows the reporter a writing (:data:`WRITING_SHOWING_VERBS` right
    after it: ‘He shows me Tuesday's:’, ‘She showed the jury a note:’): the words are the writing's, never
    the shower's own.

    >>> from quotesearch.names import tokenize
    >>> from quotesearch.mentions import Mention
    >>> t = "He shows me Tuesday's:"; _shows_another_writing(tokenize(t), Mention(0, 2, "He", "pronoun"))
    True
    >>> t = "He shows no regret:"; _shows_another_writing(tokenize(t), Mention(0, 2, "He", "pronoun"))
    False
    """
    k = next((k for k, x in enumerate(toks) if x.start >= m.end), None)
    if k is None or k + 2 >= len(toks) or toks[k].word not in WRITING_SHOWING_VERBS or toks[k].capitalized:
        return False
    if toks[k + 1].word not in ("me", "us", "him", "her", "them", "reporters", "visitors", "the"):
        return False
    # (guard: what is shown is a writing, a short object naming one or someone's: ‘He shows me Tuesday's:’,
    # ‘She shows me the latest:’, ‘She showed the jury a note:’; never a place or a thing pointed at: ‘He
    # shows me around the pens:’, ‘She shows us the tide line on the wall:’)
    obj = toks[k + 1:-1]
    return len(obj) <= 5 and any(x.word in _SHOWN_WRITINGS or x.text.endswith(("'s", "’s")) for x in obj)


_SHOWN_WRITINGS = WRITING_NOUNS | SIGNED_NOTE_NOUNS | frozenset(
    "latest last newest one ones message messages text texts email emails card cards poem review reviews".split())


def _asker_after_semicolon(text: str, toks: list[Token], found: Found, known, mixed: bool) -> Found | None:
    """The subject of the clause after the last semicolon before the words, one described or named
    who asks (‘At a session in May, one man asked whether …; another speaker questioned whether the
    mayor had been “bought by developers.”’): the words are that asker's, never those of the speaker
    whose cue stands before the semicolon. Only a clause that opens with its subject and a verb of
    asking before "whether" or "if" (a thing as subject, ‘; the plans were “a fantasy”’, keeps its cue)."""
    s = next((s for s in range(len(toks) - 1, -1, -1) if toks[s].text == ";"), -1)
    if s < 0 or toks[s].start < found.mention.end or len(toks) - s < 5:
        return None
    rest = toks[s + 1:]
    v = next((v for v in range(1, min(len(rest) - 1, 6)) if rest[v].word in ASKING_WORDS and not rest[v].capitalized), None)
    if v is None or rest[v + 1].word not in ("whether", "if"):
        return None
    own = _cue_before(text, rest, known, mixed)
    if own is None or own.mention is None or own.mention.kind not in ("description", "name") \
            or own.mention.start != rest[0].start or own.mention.end != rest[v - 1].end:
        return None
    return own


#: How many words of where they stand may follow "someone" before its cue (‘someone in the back row shouted’).
UNNAMED_PLACE_WORDS = 5

#: Words a clause opens with before "someone" as its subject (‘as someone shouted’, ‘then somebody yelled’).
UNNAMED_CLAUSE_OPENERS = frozenset("as and but when while then until before after because so where suddenly finally".split())


def _unnamed_cue_before(text: str, toks: list[Token]) -> Found | None:
    """"someone" (or "somebody"), a few words of where they stand, and a verb of speech right before the
    marks (‘As the crane pulled away, someone shouted, “…”’, ‘somebody in the crowd yelled: “…”’): one the
    story never names (:data:`INDEFINITE_SPEAKERS`), never the subject of the sentence or paragraph.

    >>> from quotesearch.names import tokenize
    >>> t = "Mayor Lee watched as someone in the crowd shouted,"
    >>> _unnamed_cue_before(t, tokenize(t)).mention.text
    'someone'
    >>> t = "Someone told Mayor Lee that she looked"
    >>> _unnamed_cue_before(t, tokenize(t)) is None
    True
    """
    k = len(toks) - 1
    if k >= 0 and toks[k].text in (",", ":"):
        k -= 1
    if k < 1 or not _is_cue(toks[k], weak_ok=True):
        return None
    for j in range(k - 1, max(-1, k - 2 - UNNAMED_PLACE_WORDS), -1):
        t = toks[j]
        if t.word in INDEFINITE_SPEAKERS:
            if j > 0 and toks[j - 1].text.isalpha() and toks[j - 1].word not in UNNAMED_CLAUSE_OPENERS \
                    or any(x.word == "and" for x in toks[j + 1:k]):
                return None  # (guard: "someone" the object of another's deed, or inside another's description:
                # ‘Bass turned to someone in the front row and said’, ‘a friend who knows someone on the board said’)
            para = text[text.rfind("\n", 0, t.start) + 1:t.start]
            if para.count('"') % 2 or para.count("“") > para.count("”"):
                return None  # (inside a quotation, whose speaker quotes the one unnamed: ‘“… So if somebody walks in
                # and says, "I'd like …"’ stays the outer speaker's)
            return Found(Mention(t.start, t.end, t.text, "description"), None, "cue-before", toks[k].text)
        if not (t.text.isalpha() and t.text.islower()) or t.word in SPEECH_VERBS:
            return None  # (only the words of a place between: ‘in the crowd’, ‘from the back’)
    return None


#: The name set off after a work's title in marks that a description before it names the maker of
#: (‘the author of “Glass Houses,” Dana Kline, said’): a comma after the closing mark or inside it, the
#: name's capitalised words, then a comma.
RE_NAME_AFTER_TITLE = re.compile(r"[”\"],?\s+((?:[A-Z][\w’'\-.]*\s+){1,3}[A-Z][\w’'\-]+),\s")


def _past_title_in_marks(text: str, toks: list[Token], found: Found) -> Found | None:
    """The speaker a cue gave, when its words lie inside a work's title in marks (‘the author of
    “Paper Lanterns on Elm Road,” Dana Kline, said’ gave "Elm Road"; ‘The director of “Nights in Port
    Harcourt,” Chidi Okafor, said’): the name set off after the title, or no speaker at all (a title's
    words never speak). Only a title that opens and closes within the sentence before the cue.

    >>> from quotesearch.names import tokenize
    >>> t = "The author of “Elm Road,” Dana Kline, said"
    >>> f = _past_title_in_marks(t, tokenize(t), Found(Mention(15, 23, "Elm Road", "name"), None, "cue-before", "said"))
    >>> f.mention.text
    'Dana Kline'
    """
    m = found.mention
    lo = toks[0].start
    o = max(text.rfind("“", lo, m.end), text.rfind('"', lo, m.end))
    if o < 0 or (text[o] == "“" and text.find("”", o, m.start) >= 0) or m.start < o:
        return found  # (a mention that opens before the marks holds the title whole: ‘the author of “Wolf
        # Hall”’ is the one who speaks)
    c = text.find("”" if text[o] == "“" else '"', max(o + 1, m.start), toks[-1].end)
    if c < 0 or c < m.end - 1 or (text[o] == '"' and text.count('"', lo, o) % 2):
        return found  # (a mention after a title, or a closing straight mark: not inside one)
    after = RE_NAME_AFTER_TITLE.match(text, c)
    if after is None:
        return None
    return Found(Mention(after.start(1), after.end(1), after.group(1), "name"), None, found.rule, found.cue)


def _handle_set_off_before_colon(text: str, toks: list[Token]) -> Mention | None:
    """The handle set off after a short subject, in the words that give it, in a sentence that ends
    with the colon before a quotation: ‘Another, posting under the name saltybarnacle, was blunter:’,
    ‘One player, who streams as kopi_kid, put it this way:’ (never a handle the sentence only names
    as another's: ‘Fans of a streamer who goes by veltrix were furious:’)."""
    c = next((c for c in range(1, min(4, len(toks))) if toks[c].text == ","), None)
    if c is None:
        return None
    for h in range(c + 2, min(c + 10, len(toks) - 2)):
        t = toks[h]
        if toks[h + 1].text == "," and t.text[:1].islower() and introduced_handle(t, text) \
                and RE_HANDLE_INTRO.search(text, toks[c].end, t.start) is not None:
            return Mention(t.start, t.end, t.text, "name")
    return None


def _handle_speaker(text: str, toks: list[Token], found: Found | None) -> Found | None:
    """The social media handle one posts as, for who speaks: set off after one described (‘One fan,
    @BlueMel, wrote:’, ‘The influencer, who posts as @EatsWithJo, wrote:’), or alone after "from" before
    the colon of a live blog's post (‘And from @BlueMel on X:’); else ``found``."""
    if found is not None and found.mention is not None and found.mention.kind == "description":
        k = _index_after_offset(toks, found.mention.end)
        if k < len(toks) and toks[k].text == ",":
            h = k + 1
            if h + 2 < len(toks) and toks[h].word == "who" and toks[h + 1].word in ("posts", "posted", "tweets", "goes") \
                    and toks[h + 2].word in ("as", "by"):
                h += 3  # (‘who posts as @X’, ‘who goes by @X’)
            if (handle := _handle_at(text, toks, h)) is not None and h + 2 < len(toks) and toks[h + 2].text == ",":
                return Found(Mention(handle.start, handle.end, handle.text, "name", found.mention.text), None,
                             found.rule, found.cue)
        return found
    if len(toks) >= 4 and toks[-1].text == ":":
        f = next((f for f in range(len(toks) - 3) if toks[f].word == "from" and toks[f + 1].text == "@"), None)
        handle = _handle_at(text, toks, f + 1) if f is not None else None
        rest = toks[f + 3:-1] if handle is not None else None
        if rest is not None and (not rest or (rest[0].word in ("on", "via") and 1 < len(rest) <= 3
                                                  and all(t.capitalized for t in rest[1:]))) \
                and (found is None or found.mention is None or found.mention.start >= handle.end):
            return Found(handle, None, "colon", ":")  # (never the platform after it, nor ‘from @X’s post about …:’)
    return found


def _handle_at(text: str, toks: list[Token], h: int) -> Mention | None:
    """The handle whose "@" is ``toks[h]``, written as one word right after it (‘@BlueMel’)."""
    if h + 1 >= len(toks) or toks[h].text != "@" or toks[h + 1].start != toks[h].end \
            or RE_HANDLE_WORD.fullmatch(toks[h + 1].text) is None:
        return None
    return Mention(toks[h].start, toks[h + 1].end, text[toks[h].start:toks[h + 1].end], "name")


#: The word of a social media handle after its "@" (‘@BlueHallamMel’, ‘@eats_with_jo’).
RE_HANDLE_WORD = re.compile(r"[A-Za-z0-9_]{2,30}")


def _question_lead(toks: list[Token]) -> Found | None:
    """A short question that asks someone for their words, their possessive first (after any "And" or
    "So"), right before a quotation: ‘And her advice for other brides-to-be? “…”’, ‘His verdict? “…”’
    is the one "her" or "his" stands for (never a question with a verb: ‘And his plans? Nobody knows.’
    has none before the marks, nor ‘Her advice was simple?’)."""
    i = 1 if toks[0].word in ("and", "so", "but") else 0
    if toks[i].word not in ("her", "his") or i + 1 >= len(toks) - 1 or toks[i + 1].word not in QUESTION_LEAD_NOUNS:
        return None
    if any(_verb_like(x) or x.word in BE_FORMS for x in toks[i + 2:-1]):
        return None
    t = toks[i]
    return Found(Mention(t.start, t.end, t.text, "pronoun"), None, "colon", "?")


def _inverted_opener_colon(text: str, toks: list[Token], i0: int, known=None) -> Found | None:
    """The speaker after an inverted cue that opens a sentence ending in a colon, ``toks[i0]`` one of
    :data:`INVERTED_OPENERS` (‘Said Huang: “…”’, ‘Said R. Kowalski, MP for Dunmere:’, ‘Said one, Ann Lee, a
    retiree:’, ‘Said Acme's head of news, Gunnar Pell:’); ``known`` tells the surnames the article knows."""
    n = len(toks)
    m = mention_after(toks, i0 + 1, text)  # an inverted cue opening its sentence: ‘Said Huang: “…”’
    if m is not None and m.kind in ("name", "description") and m.end == toks[n - 2].end and (
            m.kind == "description" or toks[i0].word != "said" or (
                known is not None and known(m.text.split()[-1].lower())
                and not written_elsewhere(text, f"{toks[i0].text} {m.text}", toks[i0].start))):
        # (a surname the article knows after "Said": never ‘Said Amrani: “…”’, a man called Said;
        # "Says", "Adds", "Asked" are never names: ‘Says Marcus: “…”’)
        return Found(m, None, "colon", ":")
    if m is not None and m.kind == "name" and m.start == toks[i0 + 1].start and text.startswith(", ", m.end) \
            and (toks[i0].word != "said" or len(m.text.split()) >= 2) \
            and (c := next(k for k in range(i0 + 1, n) if toks[k].start >= m.end)) < n - 2 \
            and toks[c].text == "," and all(x.text not in ",;" for x in toks[c + 1:n - 1]) \
            and not any(x.word in SPEECH_VERBS for x in toks[c + 1:n - 1]):
        # the speaker named in full, then set off with what they are, before the colon: ‘Said R. Kowalski,
        # MP for Dunmere: “…”’ (never a man called Said named alone: ‘Said Amrani, a trader:’ stays his)
        return Found(replace(m, role=m.role or text[toks[c + 1].start:toks[n - 2].end]), None, "colon", ":")
    if i0 + 3 < n - 1 and toks[i0 + 1].word in INVERTED_ONE_WORDS and toks[i0 + 2].text == ",":
        m = mention_after(toks, i0 + 3, text)  # one of those just spoken of, then named: ‘Said one,
        # Ann Lee, a retiree who lives nearby: “…”’ (the name, never the bare "one")
        if m is not None and m.kind == "name" and m.start == toks[i0 + 3].start \
                and (m.end == toks[n - 2].end or text.startswith(", ", m.end)):  # (never a place after a
            # preposition: ‘Said one, from Halden, who had travelled four hours:’)
            return Found(m, None, "colon", ":")
    if (m is None or m.end < toks[n - 2].end) and (named := mention_before(toks, n - 1, i0 + 1, text)) is not None \
            and named.kind == "name" and named.end == toks[n - 2].end \
            and (c := _index_before(toks, named.start)) > i0 + 2 and toks[c].text == "," \
            and any(x.text.islower() and x.word in ROLE_NOUNS for x in toks[i0 + 1:c]) \
            and all(x.text not in ",;" for x in toks[i0 + 1:c]):
        # the holder named after an office the inverted cue opens with: ‘Said Acme's head of news,
        # Gunnar Pell: “…”’ is Gunnar Pell (never "Said Acme's head", the cue taken for a name)
        return Found(replace(named, role=named.role or text[toks[i0 + 1].start:toks[c - 1].end]), None, "colon", ":")
    return None


def _subject_around_source(text: str, toks: list[Token], known=None) -> Found | None:
    """The subject of a sentence whose source, set off between its two verbs, only vouches for what it did,
    then "and" a speech verb and a colon (‘Olive Brandt rose, according to two people who were there, and
    said: “…”’): the subject's own words."""
    n = len(toks)
    if toks[0].word != "according" and n > 8 and toks[n - 4].text == "," and toks[n - 3].word == "and" \
            and toks[n - 2].word in SPEECH_VERBS and toks[n - 1].text == ":" \
            and (a := next(c for c in range(n) if toks[c].word == "according")) > 2 and toks[a - 1].text == "," \
            and all(x.text not in ",;:" for x in toks[a:n - 4]) and all(x.text not in ";:" for x in toks[:a - 1]):
        # the subject's own words: the source set off between its two verbs only vouches for what it did
        # (‘Olive Brandt rose, according to two people who were there, and said: “…”’), the one a
        # description names when it does (‘a retired nurse named Olive Brandt’)
        named = next((m for c in range(1, a - 2) if toks[c].word in ("named", "called") and toks[c - 1].text.islower()
                      and (m := mention_after(toks, c + 1, text)) is not None and m.kind == "name"
                      and m.start == toks[c + 1].start), None)
        subj = named or sentence_subject(text, toks[:a - 1], known)
        if subj is not None and subj.kind in ("name", "description"):
            return Found(subj, None, "colon", ":")
    return None


def _noun_not_verb(toks: list[Token], v: int) -> bool:
    """Whether the cue word at v is a noun or a participle of a thing here, never a verb of speech: ‘the
    report’, ‘rejected claims that …’."""
    # a noun, not a verb: "state director", "the report", "of Republican claims", "Chinese claims",
    # "a phone call on Sunday",
    # "said claims of a cover-up were", "the Conservative demand",
    # the object of a verb: "rejected claims that …", "denied reports that …"
    # (but ‘X told Judge Y: “…”’ tells a titled listener)
    # (nor a participle with no auxiliary: "the same sentence, written in chalk on the board:")
    # (and a participle after a document: "In a message to supporters posted on Facebook, he said:")
    t, n = toks[v], len(toks)
    return (v + 1 < n and toks[v + 1].word in ROLE_NOUNS and not (
            toks[v + 1].capitalized and t.text.islower() and t.word in TELL_VERBS)) \
            or _people_after(toks, v) or (v > 0 and toks[v - 1].word in NOUN_MARKERS) or _states_noun(toks, v) \
            or (t.word in ("admitted", "ruled") and v > 0 and toks[v - 1].word in BE_FORMS) \
            or (v + 1 < n and toks[v + 1].word in NOT_SPEECH_PARTICLES.get(t.word, ()) and (
                t.word not in AGREE_FORMS or v + 2 >= n or toks[v + 2].text in OPENING_MARKS)) \
            or _answers_a_thing(toks, v) \
            or (v > 0 and toks[v - 1].word in NOUN_PHRASE_LEADS.get(t.word, ())) \
            or _responds_to_an_event(toks, v) or _phoned(toks, v) \
            or ((t.word in NOUN_LIKE_VERBS or (t.word == "call" and v + 1 < n and toks[v + 1].word in PREPOSITIONS))
                and not t.word.endswith("s") and v > 1 and toks[v - 2].word in ("a", "an", "the")
                and toks[v - 1].text.isalpha() and not toks[v - 1].word.endswith("s")
                and toks[v - 1].word not in ADVERB_LIKE_BEFORE_VERB) \
            or (v > 0 and t.word in POSTING_PARTICIPLES and any(x.word in DOCUMENT_NOUNS or x.word in POSTED_THINGS
                                                                for x in toks[max(0, v - 6):v])
                and v + 1 < n and (toks[v + 1].word in PREPOSITIONS or toks[v + 1].word in POSTING_WHERE_ADVERBS or (  # (a time after it: ‘In a
                    # statement posted shortly after midnight, Aldana …’)
                    toks[v + 1].word.endswith("ly") and v + 2 < n and toks[v + 2].word in PREPOSITIONS | TIME_LEADS)
                                   or toks[v + 1].word in TIME_LEADS)) \
            or (t.word in EMERGENCY_CALL_NOUNS and v > 1 and toks[v - 1].text in EMERGENCY_NUMBERS
                and toks[v - 2].word in ARTICLES) \
            or _after_indefinite(toks, v) or (
            # a noun of speech between a modifier after a preposition's article and a noun: ‘looked outside
            # for the chief claims role’, ‘in a new claims process’ (never ‘A letter to the editor claims that’)
            t.word in NOUN_LIKE_VERBS and t.word.endswith("s") and v > 2 and v + 1 < n
            and toks[v - 3].word in PREPOSITIONS and (toks[v - 2].word in ARTICLES or toks[v - 2].word in POSSESSIVES)
            and toks[v - 1].text.isalpha() and toks[v - 1].text.islower() and toks[v - 1].word not in FUNCTION_WORDS
            and toks[v + 1].text.isalpha() and toks[v + 1].text.islower() and toks[v + 1].word not in FUNCTION_WORDS
            and not toks[v + 1].word.endswith("ly")) or (
            v > 1 and toks[v - 1].capitalized and toks[v - 2].word in ("of", "for", "about", "on", "to")
            and t.word.endswith("s")) or (
            v > 0 and toks[v - 1].word in DEMONYMS and t.word.endswith("s") and not (v > 1 and toks[v - 2].capitalized)) or (
            t.word in PARTICIPLES_ONLY and v > 0 and toks[v - 1].word not in AUXILIARIES and toks[v - 1].word not in BE_FORMS) or (
            # a thing quoted in another (‘In one email quoted in the suit, she wrote:’)
            t.word in ("quoted", "cited") and v > 0 and v + 1 < n and toks[v + 1].word in ("in", "by")
            and toks[v - 1].word in DOCUMENT_NOUNS) or (
            v > 0 and t.word.endswith("s") and toks[v - 1].text.islower() and len(toks[v - 1].word) > 4
            and (toks[v - 1].word.endswith("ed") or toks[v - 1].word in OBJECT_TAKING_VERBS)) or (
            v > 0 and toks[v - 1].word in SPEECH_VERBS and toks[v - 1].text.islower()
            and (toks[v - 1].word.endswith(("ed", "s")) or toks[v - 1].word in ("said", "told", "wrote"))
            and not t.word.endswith("ed") and t.word not in IRREGULAR_PASTS and t.word not in ("said", "told", "wrote")
            and not _plural_cue_noun(toks, v - 1)) or (  # (but ‘The states argue that …’: a noun, the subject)
            v > 2 and toks[v - 2].word == "the" and toks[v - 1].capitalized and not toks[v - 1].word.endswith("s")
            and toks[v - 3].text.islower() and (toks[v - 3].word.endswith("ed") or toks[v - 3].word in CALL_VERBS)
            and not t.word.endswith(("s", "ed")) and t.word not in IRREGULAR_PASTS and t.word not in ("said", "told")) or (
            # a bare form after a capitalised word, before a verb of its own: ‘said that European
            # demand had been “…”’ (but ‘what Democrats demand is “…”’ is theirs)
            v > 0 and v + 1 < n and toks[v - 1].capitalized and toks[v - 1].text.isalpha() and t.text.islower()
            and not t.word.endswith(("s", "ed", "ing")) and t.word not in IRREGULAR_PASTS
            and t.word not in ("said", "told", "wrote")  # (a verb always: ‘a pattern Thorne said was “…”’)
            and toks[v + 1].word in NOUN_SUBJECT_VERBS and not any(x.word == "what" for x in toks[max(0, v - 4):v])
            and not toks[v - 1].word.endswith("s") and not (v > 1 and toks[v - 2].word in ("which", "who"))) \
            or _bare_noun_after_preposition(toks, v) or _noun_before_finding(toks, v) or _counted_noun(toks, v) \
            or _modified_noun(toks, v)


def _nearest_found(text: str, toks: list[Token], founds: list[Found], found_at: list[int]) -> Found | None:
    """Which of the cues found speaks the words, the one nearest them whose speaker is named: ‘After X
    argued …, Rubio said that his “…”’ is Rubio's."""
    n = len(toks)
    # the cue nearest the quotation whose speaker is named: ‘After X argued …, Rubio said
    # that his “…”’; a pronoun only when nothing else is there (but the writer's own "I said" is
    # the writer's)
    keep = [i for i in range(len(founds)) if not _inside_report(text, toks, founds, found_at, i)]
    if (asked_end := _asked_opening_end(toks)) is not None and any(found_at[i] > asked_end for i in keep):
        keep = [i for i in keep if found_at[i] > asked_end]  # (the question's own verb and subject are
        # no speaker: ‘Pressed on whether Rix had asked to leave, he said: “…”’ is the one pressed)
    named = [i for i in keep if founds[i].mention.kind != "pronoun"]  # type: ignore[union-attr]
    last = founds[-1]
    best = (len(founds) - 1 if last.mention.text.lower() in ("i", "we") and last.cue.lower() != "quote"  # type: ignore[union-attr]
            else (named or keep)[-1])  # (‘Trump said, and I quote, “…”’ is Trump's)
    p = n - 3 if n >= 5 and toks[n - 2].word in PERFECT_AUXILIARIES else n - 2  # (‘a claim he has called’)
    if keep[-1] > best and found_at[keep[-1]] == n - 1 and founds[keep[-1]].mention.end == toks[p].end \
            and founds[keep[-1]].mention.text.lower() in ("he", "she", "they") \
            and toks[p - 1].text.isalpha() and toks[p - 1].text.islower() \
            and (not _verb_like(toks[p - 1]) or (p >= 2 and (toks[p - 2].word in ARTICLES or toks[p - 2].word == "of"))) \
            and toks[p - 1].word not in ("which", "that", "what", "who", "whom"):  # type: ignore[union-attr]
        best = keep[-1]  # a pronoun and its verb right by the words, after a noun they describe: ‘Kessington
        # had agreed to provide …, a commitment she said “all but guarantees …”’ is hers, never the
        # company's, ‘a pledge she said’, ‘a line of attack she has called “…”’ (a noun after "of"; never
        # ‘which he calls “…”’ nor ‘sources have said he said “…”’)
    if keep[-1] > best and found_at[keep[-1]] == n - 3 >= 4 and (pm := founds[keep[-1]].mention) is not None \
            and pm.text.lower() in ("he", "she", "they") and pm.start == toks[n - 4].start \
            and toks[n - 2].word == pm.text.lower() and toks[n - 1].text.isalpha() and toks[n - 1].text.islower() \
            and toks[n - 1].word not in FUNCTION_WORDS and toks[n - 5].text.isalpha() and toks[n - 5].text.islower() \
            and not _verb_like(toks[n - 5]) and toks[n - 6].word in ARTICLES:
        best = keep[-1]  # the same, the pronoun's own verb after its cue: ‘Fans call her “Boss,” a title she
        # says she accepts “only on Fridays”’ is hers, never the fans' (w56d)
    if keep[-1] > best and found_at[keep[-1]] == n - 2 >= 3 and toks[n - 1].text == "," \
            and toks[n - 4].text == "," and founds[keep[-1]].mention.start == toks[n - 3].start \
            and founds[keep[-1]].mention.text.lower() in ("he", "she", "they") \
            and (any(t.text in ("”", '"', "»", "''") for t in toks[:n - 4])
                 or not any(t.word in CALL_VERBS for t in toks[:n - 4])):  # type: ignore[union-attr]
        # (never the object of a verb of calling the aside interrupts, ‘Critics have called the levy, he
        # says, “a tax on the poor”’, ‘Voters call him, she says, “the invisible man”’, unless a quotation
        # of the sentence's own came before: ‘Fans call her “La Chispa”, …, she says, “…”’)
        best = keep[-1]  # a pronoun and its verb set off by commas right before the words, an aside of
        # their own: ‘Fans call her “La Chispa”, a name she got when she was eight and, she says,
        # “would not sit still”’ is hers, never the fans'
    real = [i for i in named if not _after_modal(toks, found_at[i])]
    if _after_modal(toks, found_at[best]) and real:
        best = real[-1]  # ‘Obama said he expected that Americans will say “no”’: Obama's
    if _after_modal(toks, found_at[best]) and not real and _reported_by_joined_verb(toks, founds[best].mention):
        return None  # a response foretold in the clause a verb joined by "and" reports, whose subject went
        # before the sentence's last quotation: ‘X said the move was “reckless” and warned that China would
        # respond “firmly”’ is X's (read from the sentence), never China's
    return _main_clause_after(text, toks, found_at[best]) or founds[best]


def _colon_speaker(text: str, toks: list[Token], known, subject: Lazy, before_colon: Lazy) -> Found | None:
    """Who speaks after a closing colon with no cue verb before it: ‘X issued the following statement:’ is
    X's, ‘… doesn’t surprise Republican pollster Daron Shaw:’ is Shaw's."""
    n = len(toks)
    # with no cue verb, what stands before the colon is the verb's object ("X issued the
    # following statement:", "… a blunt message to Trump:"): the sentence's subject speaks
    heard = _heard_saying_before(text, toks)
    if heard is not None:
        return Found(heard, None, "cue-before", toks[-2].text)  # a recording's speaker, whoever played it
    m = _given_name_set_off(text, toks, subject())
    going_on = n >= 4 and (toks[-2].word == "continued" or (toks[-2].word == "on" and toks[-3].word in GOING_ON_VERBS))
    if m is not None or going_on:  # (the subject of the last clause: ‘X took three wickets, and captain Y was
        # full of praise for him:’ is Y's; ‘The congregation laughed, and the priest went on:’ is the priest's,
        # a description too when the clause goes on speaking)
        c = max((c for c in range(1, n - 2) if (m is None or toks[c].start > m.end) and toks[c].word in ("and", "but")
                 and toks[c - 1].text == ","), default=None)
        m2 = sentence_subject(text, toks[c:], known) if c is not None else None
        if m2 is not None and (m2.kind in ("name", "pronoun") or (
                going_on and m2.kind == "description" and description_head(m2.text) not in THING_NOUNS
                and description_head(m2.text) not in DOCUMENT_NOUNS)) and m2.start <= toks[c + 1].end + 24 \
                and not is_organisation(m2.text.split()):  # (never ‘…, and NBC News has proof:’)
            m = m2
    last = before_colon()
    told = _telling_before(toks, last) if last is not None else -1  # (one told or spoken to is the listener)
    if last is not None and last.kind == "name" and (m is None or last.start >= m.end) \
            and toks[n - 2].end == last.end and _introduced_name(toks, last) and told < 0:
        m = last  # ‘… doesn’t surprise Republican pollster Daron Shaw:’ (never one told: ‘VAR Simon
        # Leggatt can be heard telling referee Gareth Noakes:’)
    if m is None and told >= 0:
        p = told - 1 if toks[told].word == "to" else told
        if p >= 2 and toks[p].word.endswith("ing") and toks[p - 1].text == ",":
            m = mention_before(toks, p - 1, 0, text)  # ‘United manager Mark Devlin, speaking to Sky Sports:’
            m = m if m is not None and m.kind == "name" else None
    if m is None and (who := _phrasal_or_posting_subject(text, toks)) is not None:
        m = who  # ‘Marcus chips in:’, ‘X, who was not in court, later shared a statement on Instagram:’
    if m is None:
        m = last
        if m is not None and (_is_object(toks, m) or told >= 0 or (
                m.kind == "description" and description_head(m.text) in THING_NOUNS
                and m.text.split()[0].lower() in ("a", "an", "one"))):
            m = None  # ‘telling CNBC:’, ‘later on CNN:’, ‘with a simple message:’ name no speaker
            # (but ‘From the report:’ does)
        if m is not None and m.kind == "name" and (m.text.split()[0] in TIME_NAMES or (
                (k := _index_before(toks, m.start)) >= 0 and toks[k].word in ("last", "next"))):
            m = None  # a time, never one who speaks: ‘Another, from last Christmas: “…”’
    if m and not (m.kind == "name" and " " not in m.text and m.text.rstrip(".").lower() in ROLE_NOUNS
                  and not (known is not None and known(m.text.rstrip(".").lower()))):  # (but "Baker:" of Charlie Baker)
        return Found(m, None, "colon", ":")  # (never a title alone: ‘09:05 — Mayor: “Now we pray”’)
    return None


def _speaker_after_source(text: str, toks: list[Token], found: Found, known, mixed: bool) -> Found:
    """Who speaks in a sentence with an "according to" source: the clause after it with a speaker and a cue
    of its own (‘According to The Athletic, Lucien Moreau told team-mates: “…”’), else the source."""
    n = len(toks)
    # ‘According to The Athletic, Lucien Moreau told team-mates: “…”’: the clause after an
    # opening ‘according to X,’ with a speaker and a cue of its own is the speaker's
    k = _index_after_offset(toks, found.mention.end)
    if k < n and toks[k].word in ("included", "published", "released", "obtained", "seen", "filed") and not toks[k].capitalized:
        # (a participle's phrase after the source: ‘According to the transcript included in the
        # report, the captain said: “…”’)
        k = next((c for c in range(k + 1, min(n, k + 9)) if toks[c].text == ","), k)
    elif k < n and toks[k].word == "of" and description_head(found.mention.text) in RECORDING_NOUNS:
        # (what the record is of: ‘According to a transcript of the call, the president told …’)
        k = next((c for c in range(k + 1, min(n, k + 6)) if toks[c].text == ","), k)
    if k + 2 < n and toks[k].text == "," and toks[k + 1].word == "and" \
            and toks[0].word != "according":
        k += 1  # (a clause after it: ‘…, according to a regulatory filing, and the bank said that “…”’)
    cued = any(_is_cue(x, True) for x in toks[k + 1:]) or toks[-1].word in CALL_VERBS  # (or a call
    # right before the words: ‘According to the report, the first officer called “go around”’)
    colon_clause = not cued and toks[-1].text == ":" and n - k <= 6  # (or a short clause of a name's own
    # before a colon: ‘According to Hansard, he went on: “…”’, whose "according to" only says where it is written)
    if k + 2 < n and toks[k].text in (",", "and") and (cued or colon_clause) and (
            toks[0].word == "according" or toks[k].text == "and") \
            and not (_is_cue(toks[k + 1], True) or _verb_like(toks[k + 1])):  # (a subject of its own:
        # never ‘…, according to their attorneys, and said they …’)
        inner = cue_before(text, toks[k + 1:], known, mixed)
        if inner is not None and inner.mention is not None and (
                inner.rule in ("cue-before", "cue-in-sentence", "colon") if cued
                else inner.rule in ("colon", "subject") and inner.mention.kind in ("name", "pronoun")) \
                and not any(x.word in BE_FORMS and y.word in SPEECH_VERBS and z.word != "by"
                            for x, y, z in zip(toks[k + 1:], toks[k + 2:], toks[k + 3:])):
            return inner  # (never a listener: ‘According to the memo, staff were told: “…”’; but
            # ‘According to prosecutors, Garcia was told by her manager: “…”’ is the manager's)
    around = _subject_around_source(text, toks, known)
    if around is not None:
        return around
    return found


def _as_clause_speaker(text: str, toks: list[Token]) -> Found | None:
    """Who speaks in an opening "as" clause: ‘As The Post’s Ruth Marcus puts it, …’, ‘As X pointed out in
    December, “…”’."""
    n = len(toks)
    for a in range(n - 2):
        if toks[a].word == "as" and not toks[a + 1].word in ("well", "much", "long", "soon"):
            e = next((e for e in range(a + 2, min(n, a + 30)) if _puts_it(toks, e)), None)
            if e is not None:  # "As The Post’s Ruth Marcus puts it, …"
                m = mention_before(toks, e, a + 1, text)
                if m is None:  # "As Akhil Amar, professor of law and author of “…,” put it"
                    m = mention_after(toks, a + 1, text)
                    m = m if m is not None and (m.kind == "name" or _relative_up_to(toks, m, e)) else None
                nxt = _token_after(toks, m.end) if m is not None else None
                if m is not None and m.role is None and nxt is not None and nxt.text == "," \
                        and nxt.end < toks[e - 1].start:  # the words between the commas: "As X, the No. 2 in …, put it"
                    m = dataclasses.replace(m, role=text[nxt.end:toks[e - 1].start].strip(" ,") or None)
                if m is not None:
                    return Found(m, None, "cue-in-sentence", "put it")
            if toks[-1].text == "," and (a == _first_word(toks) or toks[a - 1].text in ",—–"):
                # "As RealClearPolitics’ David Byler pointed out in December, “…”": an opening
                # 'as' clause with a speech verb, whose comma is the last thing before the quotation
                # (not "As X pointed out, Jones argued that “…”": that main clause speaks)
                e = next((e for e in range(a + 2, min(n, a + 12)) if _is_cue(toks[e], True)), None)
                if e is not None and not any(x.text in ".;:" or _is_cue(x, True) or _verb_like(x)
                                             for x in toks[e + 1:min(n, e + 12)]) and n - e <= 12:
                    m = mention_before(toks, e, a + 1, text)
                    if m is not None and m.kind == "name" and all(
                            x.capitalized or x.word in ARTICLES or x.text in "’'"
                            for x in toks[a + 1:e] if x.end <= m.start) \
                            and all(x.word in AUXILIARIES for x in toks[a + 1:e] if x.start >= m.end):
                        return Found(m, None, "cue-in-sentence", toks[e].text)
    return None


def _own_clause_subject(text: str, toks: list[Token], subject: Mention | None, known) -> Found | None:
    """The subject of the quotation's own clause after the sentence's: ‘X calls him “Mr. Trump,” while Trump
    calls the governor “Chris”’ is Trump's."""
    n = len(toks)
    # the subject of the quotation's own clause: ‘X calls him “Mr. Trump,” while Trump calls
    # the governor “Chris”’ (a clause of a named person's even when the sentence opens with no one:
    # ‘Galway will face Roscommon next, and Fallon expects it to be “…”’)
    after = subject.end if subject is not None else toks[0].end
    c = max((c for c in range(1, n - 2) if toks[c].start > after and (_joins_clause(text, toks[c:]) or (
        toks[c].word == "and" and toks[c - 1].text == "," and toks[c + 1].word != "that"))), default=None)  # (or ", and"
    # before people's clause: never ‘Sanders has done well in college towns, and New York has several, including “…”’;
    # nor ", and that" opening a second clause of what the subject found or said, ‘The audit found that …, and that
    # managers approved the claims “…”’: no speaker opens on "that")
    if c is not None:
        m = sentence_subject(text, toks[c:], known)
        nxt = _token_after(toks, m.end) if m is not None else None
        if toks[c].word == "and" and c + 3 < n and toks[c + 1].capitalized and toks[c + 2].text.islower() \
                and toks[c + 2].word in DESCRIPTION_NOUNS and toks[c + 2].word.endswith("s") \
                and toks[c + 2].word not in THING_NOUNS and (m is None or m.end == toks[c + 1].end):
            s_ = toks[c + 1].start  # people of a nation or a kind: ‘…, and Argentine officials have complained’
            m, nxt = Mention(s_, toks[c + 2].end, text[s_:toks[c + 2].end], "description"), toks[c + 3]
        if nxt is not None and nxt.text == ",":  # past an aside: ‘while X, the former governor, proposed’
            k = toks.index(nxt)
            close = next((j for j in range(k + 1, min(n - 1, k + 10)) if toks[j].text == ","), None)
            nxt = toks[close + 1] if close is not None and not any(
                _verb_like(x) for x in toks[k + 1:close]) else nxt
        if m is not None and ((m.kind in ("name", "pronoun") and (toks[c].word != "and" or (
                # (after ", and" a person the article names in full: ‘Galway face Roscommon next, and Fallon
                # expects it to be “a different animal”’, never ‘…, and New York has several’)
                m.kind == "name" and " " not in m.text and known is not None and known(m.text.lower())
                and m.start == toks[c + 1].start) or (
                # (or a person in full, by a given name or a title: ‘…, and Speaker Paul Ferrante gaveled the
                # chamber back to order, reminding members to “…”’)
                m.kind == "name" and " " in m.text and (m.role is not None or gender_of(m.text.split()[0]) is not None)
                and all(x.capitalized for x in toks[c + 1:] if x.start < m.start)))) or (
                # (people described too: ‘Buenos Aires considers Montevideo a rival, and Argentine officials
                # have complained of “…”’ is the officials')
                m.kind == "description" and description_head(m.text) in DESCRIPTION_NOUNS
                and description_head(m.text) not in THING_NOUNS)) and nxt is not None and nxt.text.islower() and (
                _verb_like(nxt) or nxt.word in AUXILIARIES or nxt.word.endswith(("s", "ed"))):
            return Found(m, None, "subject", None)
    return None


#: Prepositions after a thing's noun whose object, a person named, a "who" right after is about
#: (‘the bank at odds with President X, who’, ‘a clash with Senator Y, who’) (w50c).
#:
#: >>> "with" in PERSON_OBJECT_PREPOSITIONS, "of" in PERSON_OBJECT_PREPOSITIONS
#: (True, False)
PERSON_OBJECT_PREPOSITIONS = frozenset(("with", "against"))


def _person_ending_description(text: str, toks: list[Token], m: Mention, a: int) -> Mention | None:
    """The person a description of no person ends with, after "with" or "against", right before a
    "who" (its comma at ``a``): ‘the bank at odds with President Kemal Daryan’ gives Daryan; never
    one whose head is a person (‘the wife of Senator Y’) nor a body's name (‘a deal with Harlow Bank’)."""
    head = description_head(m.text)
    if head is None or head in ROLE_NOUNS or head in KIN_NOUNS:
        return None
    p = next((p for p in range(a - 1, max(-1, a - 7), -1) if toks[p].start >= m.start
              and toks[p].word in PERSON_OBJECT_PREPOSITIONS and toks[p].text.islower()), None)
    if p is None or p + 1 >= a or not all(is_name_token(x) for x in toks[p + 1:a]):
        return None
    _, name = split_title([x.text for x in toks[p + 1:a]])
    if len(name) < 2 or gender_of(name[0]) is None:
        return None
    s_, e_ = toks[p + 1].start, toks[a - 1].end
    return Mention(s_, e_, text[s_:e_], "name")


def _relative_clause_speaker(text: str, toks: list[Token], r: int, v: int) -> tuple[Mention | None, bool]:
    """Who a relative clause set off by a comma (its "who" or "which" at r, its cue at v) is about, and whether
    that is a description the clause is about: ‘… by Mayor Jane Roe, who told reporters: “…”’ is Roe's."""
    t = toks[v]
    # ‘… by Mayor Jane Roe, who told reporters: “…”’: the one the relative clause is about
    # (a body's "which": ‘… the state attorney general's office, which said that it would “…”’;
    # never a body's letters: ‘In a statement, WHO said:’)
    a = r - 1
    if a >= 3 and toks[a - 1].text.isdigit() and len(toks[a - 1].text) <= 3 and toks[a - 2].text == ",":
        a -= 2  # (past an age set off: ‘Among them was Frances Moyle, 54, who said …’)
    m = mention_before(toks, a, 0, text)
    if (m is None or _is_object(toks, m)) and toks[r].word == "who" \
            and (p := next((p for p in range(r - 2, max(0, r - 9), -1) if toks[p].text == ","), 0)) \
            and toks[p + 1].word.endswith("ing") and toks[p + 1].text.islower() \
            and not any(_is_cue(x, True) or _verb_like(x) for x in toks[p + 2:r - 1]):
        a = p  # (past a participle's aside, a place in it no one: ‘one steward, speaking privately
        # in Austin, who said’)
        m = mention_before(toks, a, 0, text)
    if m is None and toks[r].word == "who" and a >= 1:
        m = person_of_trade_before(toks, a - 1, text)  # a trade no list holds, a person by its "who":
        # ‘One rival printer, who asked not to be named, said’
    if m is None and toks[r].word == "who" and (comma := _bare_apposition_comma(toks, a)) is not None:
        named = mention_before(toks, comma, 0, text)  # a name set off by an office without "the"
        # before the "who": ‘opened by Cllr Declan Rafter, chairman of the district, who described it’
        m = named if named is not None and named.kind == "name" and named.end == toks[comma - 1].end \
            else None
    if m is not None and m.kind == "description" and toks[r].word == "who" \
            and (named := _person_ending_description(text, toks, m, a)) is not None:
        m = named  # "who" is the person the description ends with: ‘put the bank at odds with President Kemal
        # Daryan, who has called …’ is Daryan's (w50c)
    c = _index_before(toks, m.start) if m is not None and " and " not in m.text and (
        m.kind == "description" or "’s " in m.text or "'s " in m.text) else -1
    if c >= 1 and toks[c].word == "the":
        c -= 1
    if c >= 3 and toks[c].text == "," and toks[c - 1].text.isdigit() and len(toks[c - 1].text) <= 3 \
            and toks[c - 2].text == ",":
        c -= 2  # (past an age set off before the description: ‘Among them was Ramón Ortiz, 46, a
        # sugar cane farmer from Veracruz, who said’ is Ortiz)
    if c >= 1 and toks[c].text == ",":  # ‘said X, the Chamber's strategist, who added’: X
        named = mention_before(toks, c, 0, text)
        m = named if named is not None and named.kind == "name" else m
    relative = toks[r].word in ("who", "which") and m is not None and m.kind == "description" and m.end == toks[a - 1].end \
        and t.word not in WONDERING_VERBS  # (the one a "who" clause is about speaks, an object or not:
    # ‘was dropped by her commander, who told her …’; but what they wondered is the writer's report)
    if toks[r].word == "which" and (m is None or m.end != toks[r - 2].end or (
            m.kind == "name" and not is_organisation(m.text.split()) and t.word not in ARGUING_VERBS)):
        # (a name only when it argues: ‘a setback for Sentrix, which argued in its motion that’)
        m = mention_before(toks, v, 0, text)  # (the subject of the verb, unless a body or a
        # document described right before "which" says it: ‘a memo from …, which described the deal as’)
        relative = False
    return m, relative


#: The words a cue before the marks opens with (a verb of speech, of calling, or "put" of "put it
#: to"): a token with none of them is passed over at once.
#:
#: >>> "said" in CUE_BEFORE_WORDS, "calling" in CUE_BEFORE_WORDS, "the" in CUE_BEFORE_WORDS
#: (True, True, False)
CUE_BEFORE_WORDS = SPEECH_VERBS | CALL_VERBS | {"put", "puts"}


def _cue_before(text: str, toks: list[Token], known=None, mixed: bool = True) -> Found | None:
    if len(toks) >= 2 and toks[-1].text in ("—", "–", "-") and toks[-2].text == ":":
        toks = toks[:-1]  # an old paper's colon and dash: ‘He said:—’
    n = len(toks)
    found = _in_the_words_of(text, toks)
    if found is not None:
        return found
    if 3 <= n <= 10 and toks[-1].text == "?" and (found := _question_lead(toks)) is not None:
        return found
    found = according_to(text, toks, 0, n)
    if found is not None:
        return _speaker_after_source(text, toks, found, known, mixed)
    found = _quoted_as_saying(text, toks)
    if found is not None:
        return found
    found = _minuted_saying(text, toks) if n >= 6 else None
    if found is not None:
        return found  # (papers that record one saying the words: theirs)
    # (read only when a rule needs it: most sentences name their speaker beside the cue)
    subject = Lazy(lambda: sentence_subject(text, toks, known))
    if mixed and n >= 7 and toks[-2].text == "," and toks[-1].word.endswith("ing") \
            and (found := _agent_before_participle(text, toks, subject())) is not None:
        return found  # ‘Fans were left stunned after singer X pulled out, citing “…”’ is X's
    i0 = _first_word(toks)
    if n >= 3 and toks[-1].text == ":" and i0 < n - 2 and toks[i0].capitalized and toks[i0].word in INVERTED_OPENERS \
            and (found := _inverted_opener_colon(text, toks, i0, known)) is not None:
        return found
    found = _in_their_words(text, toks)
    if found is not None:
        return found
    # what stands right before a closing colon, read once for the two colon rules
    before_colon = Lazy(lambda: mention_before(toks, n - 1, 0, text) if toks[-1].text == ":" else None)
    if n > 2 and toks[-1].text == ":":
        last = before_colon()
        k = _index_before(toks, last.start) if last is not None else -1
        if last is not None and last.kind == "name" and last.end == toks[n - 2].end and k >= 1 \
                and toks[k].text in DASHES and (toks[k - 1].word in SPEECH_VERBS or toks[k - 1].text.isupper()):
            # ‘Pollsters agree – Carl Bialik: “…”’, a digest's ‘HEADLINE – Frank Newport:’: the name
            # introduced (never a noun's appositive: ‘Trump turned to his rival — Hillary Clinton:’)
            return Found(last, None, "colon", ":")
    if n > 4 and toks[-1].text == ":" and (m := _named_from_where(text, toks, i0)) is not None:
        return Found(m, None, "colon", ":")  # ‘Harold, from across the kitchen: “…”’
    found = _as_clause_speaker(text, toks)
    if found is not None:
        return found
    founds: list[Found] = []  # (each with its mention)
    found_at = []  # where each found cue stands
    for v in range(n):
        t = toks[v]
        if t.word not in CUE_BEFORE_WORDS:
            continue  # (no verb of speech, of calling or "put": every test below needs one)
        if not (_is_cue(t, v >= n - 3) or _puts_it_to(toks, v) or (t.word in CALL_VERBS and not t.capitalized and (
                v >= n - 6 or not (v + 1 < n and toks[v + 1].word in CALL_PARTICLES)))):
            continue  # (‘calling for a ban … makes him “…”’ names nothing; ‘called for a “…”’ does)
        if _noun_not_verb(toks, v):
            continue  # a noun, not a verb: "state director", "the report", "rejected claims that …"
        if t.word in BRIEFING_VERBS and 0 < v and v + 2 < n and toks[v + 1].word in ("on", "about", "over") \
                and toks[v + 2].text not in WEEKDAY_NAMES and toks[v + 2].text not in MONTH_NAMES \
                and toks[v - 1].text.isalpha() and toks[v - 1].word not in AUXILIARIES and toks[v - 1].word not in BE_FORMS \
                and toks[v - 1].word not in PRONOUNS and not toks[v - 1].capitalized:
            continue  # the ones briefed, a participle after its noun, never a cue: ‘a person briefed on the
            # talks said’, ‘Two officials briefed on the plan said’ (the verb after them is theirs)
        if _added_to(text, toks, v):
            continue  # a thing added to another, no words: ‘said the government had added “more than 200
            # doctors” to the province’ is the one who said so
        if _naming_participle(toks, v):
            continue  # a thing's name, not a cue: ‘runs a support group called Ridgeline, which, she says, …’
        if _writes_a_thing(toks, v) and not any(
                toks[i].word == "and" and toks[i + 1].word in SPEECH_VERBS and toks[i + 1].text.islower()
                for i in range(v + 2, len(toks) - 1)):
            continue  # a thing written, not words: ‘According to a complaint, X wrote checks to herself and “…”’
        if _inside_question(toks, v):
            continue  # the question asked, not the answer's cue: ‘Asked whether Halvenia would respond …, she said:’
        if _put_in_question(toks, v):
            continue  # a view the asker puts to another, not that one's cue: ‘X rose to ask whether the
            # Chancellor agreed that “…”’ is X's wording
        if _assent_in_condition(toks, v):
            continue  # a condition one said was offered, never an assent spoken: ‘He said the union had offered
            # to suspend the action if the council agreed to a review, but this had been “…”’ is his (w61b)
        if t.word in SIGN_VERBS and v > 0 and (toks[v - 1].word in SIGN_NOUNS or (
                v > 1 and toks[v - 1].word in ("that", "which") and toks[v - 2].word in SIGN_NOUNS)):
            continue  # what a sign or a shirt reads is no one's cue: ‘wore T-shirts reading “…”’, ‘placards reading’
        by_subject = False
        relative = False
        if t.word.endswith("ing") and v > 0 and (toks[v - 1].text == "," or _set_off_phrase_before(toks, v)):
            # ‘X said, adding that “…”’: the participle shares the clause's speaker (past a short phrase of
            # time too: ‘X was forced to intervene, at one point warning Y that she was “…”’)
            m = founds[-1].mention if founds else subject()
            by_subject = not founds  # only the sentence's subject: a weaker reading
            if (doer := _deed_doer_addressing(text, toks, v)) is not None:
                m, by_subject = doer, False  # the doer of the deed reported, not its reporter: ‘Two aides
                # said Y berated Z, telling him that he was “…”’
            if m is None:
                continue
        elif v > 0 and (toks[v - 1].word in ("to", "and") or (
                t.word.endswith("ing") and toks[v - 1].word in ("by", "after", "before", "while", "when", "without"))):
            # an infinitive or a second verb of the clause (‘went on to say’, ‘X was joined on
            # stage and joked’): the words before it are no subject; the sentence's subject is
            m = founds[-1].mention if founds and toks[v - 1].word == "and" else subject()
            if toks[v - 1].word == "and" and founds and (inner := _reported_subject(text, toks, founds[-1].mention,
                                                                                     found_at[-1], v)) is not None:
                m = inner  # the reported clause's own subject: ‘SANA reported that the governor had visited
                # the town and promised “…”’ is the governor's
            if toks[v - 1].word == "to" and not founds and v > 3 and toks[v - 3].word in BE_FORMS and toks[v - 2].text.islower():
                # ‘… so subdued that Mr. Trump was prompted to say,’: the subject of the clause the
                # infinitive ends (‘was quick to add’, ‘was heard to say’), nearer than the sentence's
                # (with no cue before it: ‘Yepez said Perez was right to urge leaders “…”’ is Yepez's)
                own = mention_before(toks, v - 2, 0, text)
                if own is not None and own.kind in ("name", "pronoun") and (m is None or own.start >= m.end):
                    m = own
            if toks[v - 1].word == "to" and v > 3 and (own := mention_before(toks, v - 1, 0, text)) is not None \
                    and own.kind != "pronoun" and own.end == toks[v - 2].end and (b := _index_before(toks, own.start)) >= 0 \
                    and toks[b].word in PROMPTING_VERBS and toks[b].text.islower():
                m = own  # the one a cause moved to speak: ‘The cost has doubled, prompting MPs to accuse
                # National Highways of a “…”’ is the MPs', never the cost's
            g = v - 2
            while g > 1 and toks[g].word in ("up", "on", "forward", "back", "out") and not toks[g].capitalized:
                g -= 1
            if toks[v - 1].word == "to" and g >= 1 and toks[g].text.islower() and (
                    toks[g].word in RISING_VERBS or (toks[g].word.endswith("ed") and toks[g].word not in SPEECH_VERBS)):
                # ‘…, Baroness Merrow rose to say’, ‘Hale stood up to say’, ‘X went on to say’: the
                # subject of the verb the infinitive ends, nearer than the sentence's (past an opening
                # clause's aside: ‘When Lord Okafor, a crossbench peer, suggested …, Baroness Merrow rose to say’)
                own = mention_before(toks, g, 0, text)
                o = _index_before(toks, own.start) if own is not None else -1
                while o > 0 and toks[o].word in ROLE_NOUNS and toks[o].text.islower():
                    o -= 1  # (past a title before the name: ‘students of teacher Helen Ward lined up to say’)
                if own is not None and own.kind in ("name", "pronoun") and (own.end == toks[g - 1].end or (
                        # (or a name set off after its office: ‘The Minister representing the Minister for
                        # Defence, Senator Helen Varga, intervened to say’; a person's name only, never a
                        # body's: ‘A spokesperson for the publisher, Northgate Games, declined to comment’)
                        own.role is not None and toks[g - 1].text == "," and own.end == toks[g - 2].end
                        and (gender_of(own.text.split()[0]) is not None
                             or (o >= 0 and (toks[o].word in ROLE_NOUNS or toks[o].word in HONORIFICS))))) \
                        and (m is None or own.start >= m.end) and (o < 0 or not (
                            toks[o].word in PREPOSITIONS
                            or any(x.word in ("who", "whom", "that", "which") for x in toks[max(0, o - 4):o + 1]))):
                    # (the subject of its clause only: never ‘The judge who sentenced Marcus Webb went on to say’)
                    m = own
            if toks[v - 1].word == "and" and v > 2 and _verb_like(toks[v - 2]):
                # ‘I laughed and said’: the subject of the verb before "and" is this one's
                first = mention_before(toks, v - 2, 0, text)
                if first is not None and first.kind in ("pronoun", "name"):
                    m = first
            by_subject = m is subject()
            if m is None:
                continue
        elif v > 0 and toks[v - 1].word in BE_FORMS and v + 2 < n \
                and toks[v + 1].word == "by" and t.word in ASKING_VERBS:
            m = mention_after(toks, v + 2, text)  # "Sanders was asked by host Bill Maher, …"
            if m is None:
                continue
        else:
            r = v - 1
            while r > 0 and toks[r].word in AUXILIARIES and not toks[r].capitalized:
                r -= 1
            if r >= 2 and toks[r].word in ("who", "which") and toks[r - 1].text == "," and not toks[r].text.isupper():
                m, relative = _relative_clause_speaker(text, toks, r, v)
            elif r >= 2 and toks[r].word == "who" and toks[r - 1].text.isalpha() and toks[r - 1].text.islower() and n - v <= 8 \
                    and (t.word in PASSIVE_WORDS_PARTICIPLES or t.word in CALL_VERBS) \
                    and not (v + 1 < n and toks[v + 1].word in ("himself", "herself", "themselves", "itself")) \
                    and (m := mention_before(toks, r, 0, text)) is not None and m.kind == "description" \
                    and m.text.split()[0].lower() in ("a", "an", "the", "one", "another") \
                    and m.end == toks[r - 1].end and description_head(m.text) not in DOCUMENT_NOUNS:  # (a group too:
                # ‘a challenge from a group of parents who called the book “…”’)
                founds.append(Found(m, None, "cue-before" if n - v <= 6 else "cue-in-sentence", t.text))
                found_at.append(v)  # the one a relative clause without commas picks out, wherever they
                continue  # stand, when it labels: ‘was jailed by a judge who described his conduct as “…”’
            elif _told_passive(toks, v):
                # the one told is the listener, never the speaker: ‘Commuters across the north of
                # England were warned to expect “severe disruption”’; the agent after "by" speaks
                # (‘Staff were told by the chief executive that …’), else no one here
                m = mention_after(toks, v + 2, text) if v + 2 < n and toks[v + 1].word == "by" else None
                if m is None or m.kind == "pronoun" or (m.kind == "description" and (
                        description_head(m.text) in THING_NOUNS or description_head(m.text) in DOCUMENT_NOUNS)):
                    continue  # (never the means: ‘Passengers were told by email that …’)
                rest = [x.word for x in toks if x.start >= m.end]
                if rest and rest[-1] not in (",", ":") and not any(w in ("that", ":", "to") for w in rest):
                    continue  # the marks in a phrase of the sentence, never what was told: ‘the council had been
                    # briefed by Amplio only “a few days” before’ is the reporter's (or the one who says so)
            else:
                m = mention_before(toks, _past_aspect_verb(toks, v), 0, text)
                if m is None and t.word.endswith("ing") and v >= 2 and toks[v - 1].word in SHOWN_OBJECT_PRONOUNS \
                        and not toks[v - 1].capitalized and toks[v - 2].word in SHOWING_VERBS:
                    m = _record_owner(toks, v - 2, text) \
                        or Mention(toks[v - 1].start, toks[v - 1].end, toks[v - 1].text, "pronoun")  # the one a
                    # record shows speaking: ‘Footage showed him telling a guard: “…”’; the record's owner named before
                    # it: ‘Messages recovered from Dean Platt’s phone showed him boasting: “…”’ (w56a)
                if m is None and _plural_cue_noun(toks, v - 1) and not t.word.endswith("ing"):
                    s_ = toks[v - 2].start  # a cue's plural as the noun opening the clause: ‘The states argue that’
                    m = Mention(s_, toks[v - 1].end, text[s_:toks[v - 1].end], "description")
            if m is not None and m.kind in ("name", "organisation") and is_organisation(m.text.split()) \
                    and (text.startswith((", who ", " who "), m.end)
                         or (text.startswith(", which ", m.end) and "," in text[m.end + 8:t.start])) \
                    and (b := _index_before(toks, m.start)) >= 0 \
                    and toks[b].word in ("of", "at", "for", "with") \
                    and (c_ := next((c for c in range(b - 1, max(-1, b - 6), -1) if toks[c].text == ","), None)) is not None \
                    and (named := mention_before(toks, c_, 0, text)) is not None and named.kind == "name":
                m = named  # a person's body in their title: ‘The Rev. Paul Eckhardt, pastor of Trinity Lutheran
                # Church, who led the campaign …, said’ is the pastor's, never the church's (the name the
                # title is set off after: ‘Mayor Ann Lowe met with the Rev. Leo Grant, pastor of …’ is Grant's)
                # (a "which" clause on the body alike: ‘Ann Roe, chair of the Glen Trust, which bought the estate
                # in 2019, told MSPs that …’ is the chair's; only a "which" clause closed before the cue: ‘Ann Roe, chief
                # executive of the Glen Trust, which warned in a statement that …’ is the trust's, review rv15)
            if m is not None and ((_is_object(toks, m) and not relative and not (
                    t.word.endswith("ing") and (b_ := _index_before(toks, m.start)) >= 0
                    and (toks[b_].word in SHOWING_VERBS or (toks[b_].word == "with" and t.word not in ("posting", "sharing")))) and not (
                    # (‘with one critic hailing it as “…”’: the one the participle's "with" sets; never
                    # ‘with fans posting covers of its chorus:’, a song's words)
                    t.word in TELL_VERBS and n - v <= 4 and toks[-1].text in ",:" and m.end == toks[v - 1].end
                    and m.kind == "description" and description_head(m.text) not in THING_NOUNS)
                    and not _told_investigators(toks, m, v) and not _said_clause_subject(toks, m, v))
                    or _in_marks(text, m)):
                m = subject()  # "X issued a statement saying", "X, the co-author of “Going Viral,” said"
                # (but the subject of a finite verb is its speaker: ‘Police said the man told officers, “…”’)
                if m is not None and m.kind == "description" and founds and (held := founds[-1].mention) is not None \
                        and held.kind == "description" and held.start == m.start and held.end > m.end:
                    m = held  # (the subject as the sentence's own cue read it, with its clause: ‘A man who lives
                    # nearby said troops had asked for radios’ is the man who lives nearby)
            elif m is not None and _in_opening_place(toks, m) and subject() is not None and subject().start > m.end:
                m = subject()  # the place or paper an opening phrase names is no speaker: ‘In Washington, a
                # State Department spokesperson, asked about it, said’, ‘In The Hindu, an official said’ (the
                # phrase's test first: the sentence's subject is worked out only when one may be needed)
            elif m is not None and m.kind in ("organisation", "description") and toks[v - 1].text == "," \
                    and subject() is not None and subject().kind == "name" and m.start > subject().end \
                    and _in_apposition(toks, subject(), v):  # (an aside ends in the comma before the verb: tested first)
                m = subject()  # "J.J. Goldberg, editor at large of The Forward, a newspaper …, wrote"
            elif toks[v - 1].text == "," and _aside_opens_before(toks, v) and subject() is not None \
                    and (m is None or m.start >= subject().end) and subject().kind != "pronoun" \
                    and _relative_aside(toks, subject(), v):
                m = subject()  # past an aside and the names in it: ‘The bargaining group, which represents
                # publishers including A, B and C, said’, ‘The majority, in a statement signed by X, said’
        if m is None and (v == _first_word(toks) or toks[v - 1].text == ",") and t.word not in OBJECT_SPEECH_VERBS \
                and t.word not in TELL_VERBS and t.word not in LABELLING_VERBS:  # (who is told is the listener; what
            # is described or called is the object, never a speaker after an inverted verb: ‘The tycoon, who …,
            # described the ruling as “…”’)
            k = v + 1
            while k < n and toks[k].word in AUXILIARIES:
                k += 1
            m = mention_after(toks, k, text) if k < n and toks[k].word not in ("that",) else None
            if m is not None and (_clause_goes_on(toks, m) or (m.kind == "description" and m.text.split()[0].lower() in POSSESSIVES)):
                m = None  # ‘…, said the governor had been “unusually blunt”’: who is spoken of; never an
                # object owned (‘…, described her school as “…”’)
        if m is not None and toks[-1].text == ":" and t.word in CALL_VERBS and not _is_cue(t, v >= n - 3) \
                and (b := _index_before(toks, m.start)) >= 1 and toks[b].word in TIME_CLAUSE_WORDS:
            continue  # the subject of a clause of time names no label's speaker before a colon: ‘X posted
            # shortly after The Associated Press called the race: “…”’ is X's (the subject's, read below)
        if m:
            rule = "subject" if by_subject else "cue-before" if n - v <= 6 else "cue-in-sentence"
            founds.append(Found(m, None, rule, t.text))
            found_at.append(v)
    if founds:
        return _nearest_found(text, toks, founds, found_at)
    owner = _speech_noun_owner(toks, text)  # with no verb of speech: ‘… on Trump’s claim that “…”’
    if owner is not None:
        return owner
    if toks[-1].text == ":" and (found := _colon_speaker(text, toks, known, subject, before_colon)) is not None:
        return found
    subject = subject()  # (the value from here on: every rule below reads it)
    if subject is not None and any(toks[w].word == "whose" and any(_is_cue(x, True) for x in toks[w + 1:w + 5])
                                   for w in range(n) if toks[w].start > subject.end):
        return None  # another's words, in a relative clause of their own: ‘Russia vetoed …, drawing an angry
        # response from Britain, whose ambassador accused Moscow of standing “…”’ (never Russia's)
    if subject is not None and mixed and any(
            toks[w].word == "who" and toks[w - 1].text == "," and any(_is_cue(x, True) for x in toks[w + 1:w + 4])
            for w in range(1, n) if toks[w].start > subject.end):
        return None  # the words of one a "who" clause is about, whom no rule could name, never the
        # subject's: ‘The inquiry follows complaints from two bidders, who argued it was “…”’
    if subject is not None and any(_told_passive(toks, v) and not any(
            x.text == "," and y.word in ("but", "and", "while", "after") for x, y in zip(toks[v:], toks[v + 1:]))
                                   for v in range(n) if toks[v].start > subject.end):
        return Found(None, None, "told-passive", None)  # one told is the listener, with no cue of a speaker: ‘Commuters were warned to
        # expect “severe disruption”’, ‘Residents have been told to expect “…”’ (the words in a clause
        # of their own after it are not the told: ‘X was warned about Y, but … he was “not a threat”’)
    if mixed and (subject is not None or known is not None):
        found = _own_clause_subject(text, toks, subject, known)
        if found is not None:
            return found
        if subject is not None and subject.kind == "description" and toks[-1].end > subject.end \
                and {x.word for x in toks if x.start >= subject.end and x.text[:1].isalnum()} == {"of"}:
            return None  # the words name what the subject's own phrase holds, no one's speech: ‘groups of
            # “caminantes” – walkers, as Colombians call them – trudged uphill’
        if subject is not None:
            return Found(subject, None, "subject", None)
    return None
