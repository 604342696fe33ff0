"""The subject of a quotation's sentence: past an opening phrase, a time or date, a subordinate
clause or an aside set off by dashes (sentence_subject), and a work's title or an inverted lead.
"""

from __future__ import annotations

import bisect
import re

from quotesearch.lexicon import ARTICLES, FINITE_BE_FORMS, OPENING_PHRASE_GOES_ON, wordset
from quotesearch.time_words import DAY_PART_NOUNS, MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import state_after_comma
from quotesearch.name_words import EPITHET_WORDS, HONORIFICS, PERSON_HONORIFICS, PLACE_GIVEN_NAMES
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, LEADING_BILLING_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    ASKED_OPENINGS, AUXILIARIES, BRIEFING_VERBS, LIMITING_WORDS, MESSAGE_VERBS, OPENING_IRREGULAR_PARTICIPLES,
    POSTING_VERBS, PRONOUNS, SCENE_IRREGULAR_PASTS, SLOT_SPEECH_VERBS, SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS,
    SUBORDINATE_OPENERS,
)
from quotesearch.term_words import WORK_KIND_NOUNS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, POSSESSIVES, TIME_WORDS, description_head, present_shaped
from quotesearch.mention_names import _given_name_from_place
from quotesearch.mention_offices import OFFICE_BODY_LINKS
from quotesearch.mention_bodies import body_set_off_after_kind
from quotesearch.backward_descriptions import UNMARKED_PLURALS
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, WORD_GIVEN_NAMES, gender_of, is_organisation
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    Found, _START, _first_word, _index_after_offset, _index_before, _is_cue, _token_after, _verb_like,
)


#: Forms of "tell": the name after them is the listener, not the speaker.
TELL_VERBS = wordset("tell tells told telling") | MESSAGE_VERBS | BRIEFING_VERBS  # (who is told, sent or briefed, is the listener)


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

    >>> from quotesearch.tokens import tokenize
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

#: Adverbs that may stand between a subject and its verb ("Trump later said", "Mills then writes").
SUBJECT_ADVERBS = wordset("then also later now")

#: What is posted that the document nouns lack (‘a statement posted shortly after midnight’).
POSTED_THINGS = frozenset("statement statements post message email tweet video photo".split())

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

    >>> from quotesearch.tokens import tokenize
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


def _date_opening_end(toks: list[Token], i: int) -> int:
    """Past a date that opens the sentence with no comma after it and a capitalised word next: ‘On
    March 3rd Pelham Ratings cut …’, ‘On Tuesday the bank said’ (the word after the date), or a
    weekday's part and "the" next (‘By Sunday evening the president had moved on’); else ``i``.

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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


#: Prepositions of a scene's moment that opens a sentence with no comma before a pronoun subject
#: (‘On opening day he came up to me and said’, ‘At one point she turned to the jury and said’).
#:
#: >>> "on" in MOMENT_OPENING_PREPOSITIONS, "with" in MOMENT_OPENING_PREPOSITIONS
#: (True, False)
MOMENT_OPENING_PREPOSITIONS = wordset("on at after before during within")

#: Words that make such an opening a clause of its own, whose pronoun is no subject of the sentence
#: (‘On hearing that he …’, ‘At the point where she …’).
#:
#: >>> "that" in MOMENT_CLAUSE_WORDS, "the" in MOMENT_CLAUSE_WORDS
#: (True, False)
MOMENT_CLAUSE_WORDS = wordset("that which who whom whose where when whether if as than")


def _moment_opening_end(toks: list[Token], i: int) -> int:
    """Past a moment of a scene that opens the sentence with no comma after it, one to four words in lower
    case (or a day's or month's name, or digits) then a subject pronoun (:data:`SUBJECT_SPEAKER_PRONOUNS`,
    never a name) and a word in lower case: ‘On opening day he came up to me and said, “…”’ (the pronoun);
    else ``i``. Never when a comma after the pronoun's clause brings in another subject before any verb of
    speech: ‘On the day he died, his mother said’ is the mother's sentence.

    >>> from quotesearch.tokens import tokenize
    >>> _moment_opening_end(tokenize("On opening day he came up to me and said,"), 0)
    3
    >>> _moment_opening_end(tokenize("On the day he died, his mother said"), 0), _moment_opening_end(tokenize("On Smith Street he said"), 0)
    (0, 0)
    """
    if i >= len(toks) or toks[i].word not in MOMENT_OPENING_PREPOSITIONS:
        return i
    k = next((k for k in range(i + 2, min(len(toks), i + 6)) if toks[k].word in SUBJECT_SPEAKER_PRONOUNS
              and toks[k].text[:1].islower() or toks[k].text == "I"), None)
    if k is None or k + 1 >= len(toks) or not toks[k + 1].text.isalpha() or not toks[k + 1].text.islower() \
            or any(not (x.text.isdigit() or x.text in WEEKDAY_NAMES or x.text in MONTH_NAMES
                        or (x.text.isalpha() and x.text.islower())) or x.word in MOMENT_CLAUSE_WORDS
                   or x.word in PRONOUNS for x in toks[i + 1:k]):
        return i
    if k - i >= 3 and toks[k - 1].word in MOMENT_RELATIVE_NOUNS and toks[k - 2].word == "the":
        return i  # (a hidden "that": ‘On the morning she took the oath her father said’; guard, review rv-w97c)
    comma = next((c for c in range(k + 1, len(toks)) if toks[c].text in (",", ";")), None)
    if comma is not None and comma + 1 < len(toks) and toks[comma + 1].text[:1].isalnum() \
            and not any(x.word in SPEECH_VERBS for x in toks[k + 1:comma]):
        return i  # (the pronoun's clause ends at a comma before the sentence's own subject)
    if _new_subject_before_speech(toks, k + 2):
        return i
    return k


#: Time nouns after "the" whose pronoun after them opens a hidden relative clause (‘On the day she left …’).
#:
#: >>> "day" in MOMENT_RELATIVE_NOUNS, "road" in MOMENT_RELATIVE_NOUNS
#: (True, False)
MOMENT_RELATIVE_NOUNS = wordset("day morning night moment week year time evening afternoon hour month weekend")

#: Words that open a noun phrase that may be a new subject (‘On arrival her lawyer said’).
#:
#: >>> "her" in NEW_SUBJECT_DETERMINERS, "she" in NEW_SUBJECT_DETERMINERS
#: (True, False)
NEW_SUBJECT_DETERMINERS = wordset("her his their its the a an")


def _new_subject_before_speech(toks: list[Token], lo: int) -> bool:
    """Between the pronoun's verb and the first verb of speech, a new subject right after a noun phrase with
    nothing between (a determiner and a noun, then another determiner with its noun or a name): ‘… took the
    oath her father leaned over and whispered’ (the father speaks; guard, review rv-w97c).

    >>> from quotesearch.tokens import tokenize
    >>> _new_subject_before_speech(tokenize("she took the oath her father leaned over and said"), 2)
    True
    >>> _new_subject_before_speech(tokenize("she turned to the jury and said"), 2)
    False
    """
    end = next((c for c in range(lo, len(toks)) if toks[c].word in SPEECH_VERBS), len(toks))
    for j in range(max(lo, 2), end):
        if toks[j - 2].word in NEW_SUBJECT_DETERMINERS and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() \
                and toks[j - 1].word not in NEW_SUBJECT_DETERMINERS and (
                    (toks[j].word in NEW_SUBJECT_DETERMINERS and toks[j].text.islower() and j + 1 < end
                     and toks[j + 1].text.isalpha() and toks[j + 1].text.islower())
                    or (is_name_token(toks[j]) and toks[j].text[:1].isupper())):
            return True
    return False


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

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
    >>> _age_set_off(tokenize("Jack, 33, a midfielder"), 1), _age_set_off(tokenize("Paris, 2024, was"), 1)
    (True, False)
    """
    return k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 2 \
        and toks[k + 2].text == ","


#: Participles without "-ed" that open an aside of a sentence's opening phrase (‘also read back’).
ASIDE_PARTICIPLES = frozenset("read heard shown seen sent played put kept".split())


def _attributive_compound(toks: list[Token], i: int) -> bool:
    """A hyphened word in -ed or -ing at ``i`` right before its noun is the noun's adjective, never an
    opening participle's phrase to read past: ‘London-based lender X halted withdrawals, citing “…”’,
    ‘Kremlin-backed media said’, ‘Cost-cutting retailer X said’ (the subject is after it); never one
    set off or going on with a preposition (‘Red-faced, she said’, ‘Hard-hit by the storm, the town’).

    >>> from quotesearch.tokens import tokenize
    >>> _attributive_compound(tokenize("London-based lender Brightcap halted"), 0)
    True
    >>> _attributive_compound(tokenize("Hard-hit by the storm, the town"), 0), _attributive_compound(tokenize("Red-faced, she"), 0)
    (False, False)
    """
    w = toks[i].word
    head, _, tail = w.rpartition("-")
    if not head or not head.replace("-", "").isalpha() or not tail.endswith(("ed", "ing")) or len(tail) < 4 or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.text.isalpha() and nxt.word not in FUNCTION_WORDS and (nxt.capitalized or not _verb_like(nxt))


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

    >>> from quotesearch.tokens import tokenize
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


def _asker_by_one(toks: list[Token], lo: int, c: int) -> bool:
    """The opening phrase of being asked, toks[lo:c], ends with its asker, one singular "by" phrase a name
    set off may stand beside (‘Pressed by the MP for Harnley,’); never a plural asker or a phrase that goes
    on past it (‘Questioned by reporters, Coach Dan Reeve, after the game in Denver, Colorado, called’: the
    name is the subject's) (review rv66b).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Pressed by the MP for Harnley, Tom"); _asker_by_one(t, 0, 6)
    True
    >>> t = tokenize("Questioned by reporters, Dan"); _asker_by_one(t, 0, 3)
    False
    """
    by = next((j for j in range(lo, c) if toks[j].word == "by"), None)
    return by is not None and by + 2 < c and toks[by + 1].word in ("the", "a", "an", "his", "her", "their", "its", "our") \
        and not any(toks[j].text.islower() and toks[j].word in OPENING_PHRASE_GOES_ON for j in range(by + 1, c))


#: Words for one of a group named in an aside set off right after them, opening a sentence (‘One, the
#: Scottish poet Mara Aird, spent a week there and describes it as …’, ‘Another, Ann Reid, wrote …’), w106c.
#:
#: >>> sorted(ONE_OF_GROUP_WORDS)
#: ['another', 'one']
ONE_OF_GROUP_WORDS = frozenset(("one", "another"))


def _one_named_set_off(text: str, toks: list[Token], i: int) -> Mention | None:
    """The name set off by commas right after "One," or "Another," at ``toks[i]``, with a word in lower
    case after its closing comma (the verb): ‘One, the Scottish poet Mara Aird, spent …’ is Mara Aird;
    never a description (‘One, a retired nurse, said’ is read elsewhere) nor a time (‘One, in 2019, …’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "One, the Scottish poet Mara Aird, spent a week"
    >>> _one_named_set_off(t, tokenize(t), 0).text
    'Mara Aird'
    >>> t = "One, a retired nurse, said"
    >>> _one_named_set_off(t, tokenize(t), 0) is None
    True
    """
    if i + 3 >= len(toks) or toks[i].word not in ONE_OF_GROUP_WORDS or toks[i + 1].text != ",":
        return None  # (the cheap shape first)
    c = next((c for c in range(i + 2, min(len(toks), i + 10)) if toks[c].text == ","), None)
    if c is None or c + 1 >= len(toks) or not toks[c + 1].text.islower() or not is_name_token(toks[c - 1]):
        return None
    m = mention_after(toks, i + 2, text, subject=True)
    if m is None or m.kind != "name" or m.end != toks[c - 1].end:
        return None
    return m


def sentence_subject(text: str, toks: list[Token], known=None) -> Mention | None:
    """The subject of a sentence: its first mention, after any introductory phrase; never a month
    written short before its day (‘The law takes effect Jan. 1.’ has no "Jan." who acts:
    :func:`~quotesearch.mentions.mention_after` reads none).

    ``known(word)`` says whether a lone capitalised word is a name the article knows; without
    it a lone word at the start of a sentence is too often an ordinary word to trust.

    >>> from quotesearch.tokens import tokenize
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
    i = _moment_opening_end(toks, i)  # (‘On opening day he came up to me and said, “…”’)
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
                and not _attributive_compound(toks, i)
                and not (toks[i].word in OFFICE_QUALIFIERS and i + 1 < len(toks) and (toks[i + 1].capitalized or (
                    # (or a title in lower case before the name: ‘Defending champion Casey Lindqvist’)
                    (toks[i + 1].word in TITLE_NOUNS or toks[i + 1].word in ROLE_NOUNS)
                    and i + 2 < len(toks) and toks[i + 2].capitalized)))
                and not _titled_subject(text, toks, i)
                and not (toks[i].word == "leading" and i + 2 < len(toks) and toks[i + 1].text.islower()
                         and toks[i + 1].word in LEADING_BILLING_NOUNS and toks[i + 2].capitalized)
                and not (known is not None and toks[i].capitalized and known(toks[i].word))
                and not (i + 1 < len(toks) and (_verb_like(toks[i + 1]) or (
                        gender_of(toks[i].word) is not None and is_name_token(toks[i + 1]))))) or (
                # an irregular participle's opening phrase: "Told of the column, Pratt grinned.", "Shown the
                # footage, she winced" (w65b), its next word in lower case (never "Met Office", "Hit Parade")
                toks[i].word in OPENING_IRREGULAR_PARTICIPLES and i + 1 < len(toks) and toks[i + 1].text.islower()
                and not _verb_like(toks[i + 1])) or (
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
                and (toks[i + 1].text == "," or toks[i + 1].word in INTRO_WORDS)
                and not (known is not None and toks[i].capitalized and known(toks[i].word)))):
            # (never a surname the article knows, set off by an aside: ‘Keneally, who won here, birdied …’)
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
            elif c2 is not None and c2 + 1 < len(toks) and toks[_first_word(toks)].word in ASKED_OPENINGS \
                    and _asker_by_one(toks, _first_word(toks), c) \
                    and 2 <= c2 - i <= 4 and all(is_name_token(x) and x.capitalized for x in toks[i:c2]) \
                    and toks[c2 + 1].text.islower() and toks[c2 + 1].word in OPENING_PHRASE_GOES_ON \
                    and (c3 := next((c for c in range(c2 + 2, min(len(toks), c2 + 30)) if toks[c].text == ","), None)) \
                    and c3 + 1 < len(toks) and toks[c3 + 1].capitalized:
                i = c3 + 1  # (an asker named in the opening phrase of being asked, which goes on past the name:
                # "Pressed by the MP for Harnley, Tom Brightwell, on whether …, Pollard paused" (w66b)
        else:
            break
    if i >= len(toks):
        return None
    i = _past_show_title(toks, i)
    if (named := _one_named_set_off(text, toks, i)) is not None:
        return named
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
        elif k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].word in RELATIVE_ASIDE_OPENERS:
            close = next((c for c in range(k + 3, min(len(toks) - 1, k + RELATIVE_ASIDE_REACH)) if toks[c].text == ","), None)
            if close is not None and toks[k + 2].text.islower() and toks[k + 2].text.isalpha():
                k = close + 1  # (past a relative aside with its own verb, a time at most after it: ‘Veltra,
                # which makes turbines in Hull, last year cut its target, citing …’, w99a)
                if k + 2 < len(toks) and toks[k].word in ("on", "last", "this", "earlier") and (
                        toks[k + 1].word in TIME_NOUNS or toks[k + 1].word in NOT_NAMES):
                    k += 2
        nxt = toks[k] if k < len(toks) else None
        if not (known(w) or (m.text.isupper() and len(m.text) > 1)
                or (nxt is not None and _verb_like(nxt) and nxt.word not in AUXILIARIES)
                or (nxt is not None and (nxt.word in AUXILIARIES and not nxt.capitalized or _present_act(toks, k)
                                         or _age_set_off(toks, k) or (nxt.word in SCENE_IRREGULAR_PASTS and not nxt.capitalized))
                    and gender_of(m.text) is not None
                    and m.text.lower() not in PLACE_GIVEN_NAMES
                    and (m.text.lower() not in WORD_GIVEN_NAMES or _known_given(known, w, text, toks, k)))):
            # (a given name the lists know: ‘Ingrid was brisk.’, ‘Yusuf rolls his eyes.’, ‘Tomasz stood at the
            # back’, or with an age set off: ‘Jack, 33, a midfielder, joined …’; never one that is also a word:
            # ‘Hope was fading.’; but one the article names in full: ‘Grace has the last word.’, w104d)
            return None
    return m


def _known_given(known, word: str, text: str = "", toks: list[Token] = (), k: int = 0) -> bool:
    """Whether ``known``, a cast's bound ``knows`` test, belongs to a cast that names someone in full with
    the given name ``word`` (:meth:`~quotesearch.cast_bodies.CastBodies.knows_given`); a plain function
    knows no given names. Never when the article uses the word as a word too (‘the welfare bill … / Bill was
    given its third reading’) or the auxiliary at ``k`` starts a progressive or passive (‘Dawn was
    breaking’), where the word is the noun.

    >>> _known_given(lambda w: True, "grace")
    False
    """
    cast = getattr(known, "__self__", None)
    if cast is None or not hasattr(cast, "knows_given") or not cast.knows_given(word):
        return False
    if k + 1 < len(toks) and toks[k + 1].word.endswith(("ing", "ed", "en")):
        return False
    return re.search(r"\b" + re.escape(word) + r"\b", text) is None


def _letters_before_group(text: str, toks: list[Token], m: Mention) -> Mention | None:
    """A group whose body or trade is written in capital letters before it, as the subject: ‘GP
    leaders have backed calls for an “urgent pause”’, ‘NHS staff say …’, ‘ANC members were “furious”’
    are the leaders, the staff, the members, never a person called "GP" or a body (a name after
    the letters is the person's: ‘GP Sarah Jones’).

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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
        b = next((k for k in range(1, min(n, 8)) if toks[k].word in FINITE_BE_FORMS), None)
    if b is None or toks[b].word not in FINITE_BE_FORMS:
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

#: A relative aside set off after a lone name at a sentence's start, read past to the name's verb
#: (‘Veltra, which makes turbines in Hull, last year cut …’): "which" or "who", a lower-case word (its
#: verb) right after, the aside closed by a comma within :data:`RELATIVE_ASIDE_REACH` tokens; the name's
#: own verb must follow it (a time at most between), as for a lone name with no aside.
#:
#: >>> "which" in RELATIVE_ASIDE_OPENERS, "whose" in RELATIVE_ASIDE_OPENERS
#: (True, False)
RELATIVE_ASIDE_OPENERS = frozenset("which who".split())
RELATIVE_ASIDE_REACH = 24


def _titled_subject(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word in -ing or -ed at ``i`` opens a title, not a participle's phrase: ‘Housing
    Minister Anjali Rao rejected the claim’ (the titled name and then its verb; never ‘Addressing
    President Lee, she said’)."""
    if not (toks[i].capitalized and i + 1 < len(toks) and toks[i + 1].capitalized and toks[i + 1].word in ROLE_NOUNS):
        return False
    m = mention_after(toks, i, text)
    nxt = _token_after(toks, m.end) if m is not None and m.kind == "name" and m.start == toks[i].start else None
    return nxt is not None and nxt.text.islower() and (_verb_like(nxt) or nxt.word in AUXILIARIES)


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


#: Modal verbs: after a name they start a clause of its own.
MODALS = wordset("could would should will can may might must")


def _present_act(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a verb in the present of a feature's scene, what someone does with their own
    things or where they go, ``toks[k + 1]`` telling so: ‘Yusuf rolls his eyes.’, ‘Lucia wipes her
    hands’, ‘Kelvin turns to the river’ (never a plural noun: "glass", "bus", "News").

    >>> from quotesearch.tokens import tokenize
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
