"""Cues: what in a quotation's sentence names its speaker.

The sentence around a quotation is read as tokens: its subject after any opening phrase, a cue
verb before or after the quotation with the mention beside it ("…,” said X", "X told reporters:",
"according to X"), and the clause structure that decides which cue is the quotation's (an opening
subordinate clause, a second clause after "while", an aside between commas).

The readers' helpers live in modules by what they decide: :mod:`quotesearch.cue_tokens`,
:mod:`quotesearch.sentence_subjects`, :mod:`quotesearch.reported_speech`, :mod:`quotesearch.cue_phrases`,
:mod:`quotesearch.cues_after`, :mod:`quotesearch.cues_before`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

from quotesearch.lexicon import ARTICLES, LazyPattern, READING_AS_VERBS, SINGULAR_NOUN_CUES, wordset
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import DEMONYMS, STATES_NOUN_FOLLOWERS, US_STATE_FORMS
from quotesearch.name_words import GENERATION_AFTER, HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, SIGN_PLACE_WORDS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    ASKING_WORDS, ASSENT_ASKED_VERBS, AUXILIARIES, BRIEFING_VERBS, CALL_VERBS, FINDING_VERBS, HAVE_FORMS,
    INVERTED_OPENERS, LABELLING_VERBS, OBJECT_SPEECH_VERBS, PRONOUNS, SETTING_ASIDE_PREPOSITIONS, SPEECH_VERBS,
    WEAK_SPEECH_VERBS,
)
from quotesearch.term_words import GLOSSED_TERM_NOUNS
from quotesearch.mentions import INDEFINITE_SPEAKERS, mention_after
from quotesearch.backward_mentions import NOUN_LIKE_VERBS, mention_before
from quotesearch.mention_words import Mention, POSSESSIVES, PREPOSITIONS, TIME_WORDS, description_head
from quotesearch.mention_names import _nickname_end
from quotesearch.mention_bodies import _nation_state, _remit_head, service_before_rank
from quotesearch.names import FUNCTION_WORDS, NOT_NAMES, Token, gender_of, is_name_token, is_organisation, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, IRREGULAR_PASTS, Lazy, OPENING_MARKS, SUBORDINATORS, _closes_sentence, _first_word, _in_marks,
    _index_after_offset, _index_before, _is_cue, _token_after, _verb_like,
)
from quotesearch.sentence_subjects import (
    PLACE_INTRO_WORDS, POSTED_THINGS, TELL_VERBS, _agent_before_participle, _clause_goes_on, _cuts_in, _inverted_lead,
    _named_from_where, _opens_speech, _posted_thing, sentence_subject,
)
from quotesearch.reported_speech import (
    HEARD_LEADS, NOUN_MARKERS, PASSIVE_AUXILIARIES, BEING_TOLD_LEADS, STATES_NOUN_MARKERS, TOLD_PASSIVES, _added_to, _after_indefinite,
    _aside_opens_before, _deed_doer_addressing, _in_apposition, _in_opening_place, _in_the_words_of, _in_their_words,
    _is_object, _minuted_saying, _past_aspect_verb, _people_after, _quoted_as_saying, _refused, _relative_aside,
    _and_perfect, _by_gerund, _opens_reported_clause, _relays, _claim_rejected_as, _put_to_witness_speaker, _reported_direct_speaker, _reported_labeller, _reported_subject, _said_clause_subject, _speech_noun_owner,
    _title_lead, _told_investigators, _told_passive,
)
from quotesearch.cue_phrases import (
    NOUN_SUBJECT_VERBS, _answers_a_thing, _bare_noun_after_preposition, _counted_noun, _cue_past_who, _in_title,
    _inside_question, _modified_noun, _naming_participle, _noun_before_finding, _opens_report, _phoned,
    _plain_description, _plural_cue_noun, _put_in_question, _responds_to_an_event, _where_from_only, _writes_a_thing,
)
from quotesearch.cues_after import (
    PASSIVE_WORDS_PARTICIPLES, RECORDING_NOUNS, SIGN_READING_REACH, SIGN_VERBS, _answered_in_appositive, _as_said_after,
    _bare_sign_off_role, _described_sign_off, _maker_noun_after_name, _noun_before_verb, _object_what_clause,
    _puts_it_to, _record_owner, _reply_clause_after, _set_off_phrase_before, _sign_off_remit_end, _told_listener,
    _voice_identified_after, according_to,
)
from quotesearch.cues_before import (
    ADVERB_LIKE_BEFORE_VERB, AGREE_FORMS, ATTRIBUTIVE_LEADS, ATTRIBUTIVE_PARTICIPLES, EMERGENCY_CALL_NOUNS,
    EMERGENCY_NUMBERS, NOT_SPEECH_PARTICLES,
    NOUN_PHRASE_LEADS, OBJECT_TAKING_VERBS, PARTICIPLES_ONLY, POSTING_PARTICIPLES, POSTING_WHERE_ADVERBS, TIME_LEADS,
    _as_clause_speaker, _colon_speaker, _handle_set_off_before_colon, _handle_speaker, _inverted_opener_colon,
    _material_targeting, _nearest_found, _own_clause_subject, _past_quoted_extent, _past_title_in_marks,
    _past_writing_date, _question_lead, _relative_clause_speaker, _shows_another_writing, _subject_around_source,
    _unnamed_cue_before,
)


#: Dashes that put a speaker's name after a quotation: “…” ― Name.
DASHES = frozenset("―—–-")

#: Words that open a phrase of place before a sentence's subject (‘Further down the road,’, ‘Along
#: the street,’), with the prepositions of :data:`quotesearch.people.OPENING_PREPOSITIONS`.
PLACE_OPENERS = PLACE_INTRO_WORDS | wordset("outside behind beside across around back here there")

#: Particles that make "call" a request, not a naming ("called for a ban", "called on Americans").
CALL_PARTICLES = wordset("for on off out")

#: Verbs whose passive names the speaker after "by" ("was asked by host Bill Maher").
ASKING_VERBS = wordset("asked told questioned pressed")

#: A sentence opening with such a phrase, or with a span of time before "after", "before" or "since"
#: (‘Two days after ’, ‘Hours before ’), or with a time phrase and its comma before one (‘Last month, after ’):
#: a cheap test before tokenising.
RE_LATER_OPENING = re.compile(r"[\s,—–\-―:;()“\"‘']*(?:(?:\w+ ){1,2}(?:later|earlier|afterwards|afterward), "
                              r"|(?:\w+ ){1,2}\w+, (?:after|before|since) "
                              r"|(?:\w+ ){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?) (?:after|before|since) )", re.I)

#: An edition's number before an event's name (‘the 41st’, ‘the 2024’): an event, never a person, follows
#: it after a verb no list holds.
#:
#: >>> bool(RE_EDITION_NUMBER.fullmatch("41st")), bool(RE_EDITION_NUMBER.fullmatch("2024")), bool(RE_EDITION_NUMBER.fullmatch("Sen."))
#: (True, True, False)
RE_EDITION_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)|1[89]\d\d|20\d\d")


#: Words opening a clause of time, whose subject is never the main clause's speaker.
TIME_CLAUSE_WORDS = frozenset("after before when once until since while".split())


def _plural_states(toks: list[Token], v: int) -> bool:
    """A plural head before the preposition whose object ends at "state" at ``v``, and no "be" or
    auxiliary after it: "state" is the plural subject's verb of speech (‘Guidelines from the health
    ministry state: “…”’, ‘Residents of the coastal village state they were “…”’; review rv65d), never
    the noun of ‘Officials from one member state were less certain’.

    >>> from quotesearch.names import tokenize
    >>> _plural_states(tokenize("Emails from the county clerk state the"), 5), _plural_states(tokenize("A diplomat from a member state was"), 5)
    (True, False)
    """
    p = next((p for p in range(v - 2, 0, -1) if toks[p].word in ("from", "of", "in") and toks[p].text.islower()), None)
    if p is None or not (toks[p - 1].word.endswith("s") and not toks[p - 1].word.endswith(("ss", "us", "is"))):
        return False
    return not (v + 1 < len(toks) and (toks[v + 1].word in BE_FORMS or toks[v + 1].word in AUXILIARIES))


def _states_noun(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is "states" the plural noun (``STATES_NOUN_MARKERS`` before it), read so
    both before and after a quotation.

    >>> from quotesearch.names import tokenize
    >>> t = "Officials in other states, "
    >>> found = cue_before(t, tokenize(t))
    >>> found.mention.text, found.cue
    ('officials', None)
    """
    if toks[v].word == "state" and v > 0 and toks[v].text.islower() and _nation_state(toks, 0, v) \
            and not (v + 1 < len(toks) and toks[v + 1].word == "that") and not _plural_states(toks, v):
        return True  # the singular noun ending a description's place, no verb: ‘A diplomat from a smaller
        # member state was less certain, saying …’ is the diplomat from the member state (never ‘the rules state that’)
    if toks[v].word != "states" or v == 0:
        return False
    return toks[v - 1].word in STATES_NOUN_MARKERS or (
        # (or a place's trade before it, after "from" or "in", and a verb of its own after it: ‘lawmakers
        # from coal states had “a moral obligation”’; never ‘a memo from staff states that’)
        v >= 2 and toks[v - 2].word in ("from", "in", "across") and toks[v - 1].text.isalpha()
        and toks[v - 1].text.islower() and not toks[v - 1].text.endswith("s")
        and v + 1 < len(toks) and toks[v + 1].word in STATES_NOUN_FOLLOWERS)


#: An age written right before a name that opens a sign-off (‘“…” — 9-year-old Milo Hart of Brookfield, …’).
#:
#: >>> bool(RE_AGE_BEFORE_NAME.fullmatch("9-year-old ")), bool(RE_AGE_BEFORE_NAME.fullmatch("former "))
#: (True, False)
RE_AGE_BEFORE_NAME = re.compile(r"\d{1,3}-year-old[ \t]+")

#: A body's or a person's own statement, which "according to" may cite after their own speech verb: the
#: words are theirs, never the statement's (‘The Greens said they were “…,” according to a statement’).
#:
#: >>> "statement" in OWN_STATEMENT_NOUNS, "report" in OWN_STATEMENT_NOUNS
#: (True, False)
OWN_STATEMENT_NOUNS = frozenset("statement statements communique communiqué".split())


#: The verbs of telling that follow the speaker in a paragraph of "That's how <speaker> …" (‘describes’,
#: ‘put it’, ‘recalls’), shared by :data:`RE_THATS_HOW_SPEAKER` and :data:`RE_THATS_HOW_VERB`.
_THATS_HOW_TELLING = (r"(?:describes|described|puts|put|sums|summed|recalls|recalled|remembers|"
                      r"explains|explained|says|said|tells|told)\b")

#: The paragraph after a quotation standing alone that says whose words they were, its speaker right
#: after "how" (‘“I lost everything overnight.” / That’s how Mira Osei, 31, describes the day …’,
#: ‘That is how one nurse put it.’): the words are the speaker's, the speaker at the group's end (w66f).
#:
#: >>> RE_THATS_HOW_SPEAKER.match("That’s how Mira Osei describes it.").end()
#: 11
#: >>> RE_THATS_HOW_SPEAKER.match("That’s how the market works.") is None, RE_THATS_HOW_SPEAKER.match("This is where we are.")
#: (True, None)
RE_THATS_HOW_SPEAKER = LazyPattern(r"(?:That[’']s|That is|This is|That was|So) how (?=[^.!?\n]{2,120}?"
                                   r"\b" + _THATS_HOW_TELLING + r")")

#: Right after that speaker, an age or a short aside set off and then the verb of telling
#: (‘, 31, describes’, ‘ put it’): the name read after "how" is the one telling, never a thing
#: (‘That’s how the market works’).
#:
#: >>> bool(RE_THATS_HOW_VERB.match(", 31, describes the day")), bool(RE_THATS_HOW_VERB.match(" works, traders say"))
#: (True, False)
RE_THATS_HOW_VERB = LazyPattern(r"(?:, [^,.\n]{1,40},)? " + _THATS_HOW_TELLING)


#: After a verb of saying in that paragraph, what leaves the words the speaker's own: nothing, "it" or
#: "so", or a hearer of a word or two (‘That's how Lena Fox tells it’, ‘… told the BBC on Monday’, ‘…
#: told it to the BBC’); anything else is a clause reported, often someone else's words (‘“Get on the
#: floor!” / That's how Dean Price says the officer greeted him’, ‘That's how Amira Holt told police
#: the attack began’, review rv66f).
#:
#: >>> bool(RE_THATS_HOW_TOLD_OWN.match(" tells it.")), bool(RE_THATS_HOW_TOLD_OWN.match(" says the officer greeted him."))
#: (True, False)
RE_THATS_HOW_TOLD_OWN = LazyPattern(r" (?:says|said|tells|told|(?:tells|told) (?:the )?[\p{L}’'\-]+)(?: it| so)?"
                                    r"(?=[,.;:!?]|$| (?:to|on|in|at|last|this|yesterday|after|before|during|from)\b)")

#: After "recalls" or "remembers" in that paragraph, another's words remembered: someone's possession
#: or a word of telling (‘That's how Rosa Vidal remembers her father's advice’, ‘… remembers what her
#: first coach told her’): the words are no longer the one remembering's (review rv66f).
#:
#: >>> bool(RE_THATS_HOW_RECALLED_OTHERS.match(" recalls his teacher's verdict.")), bool(RE_THATS_HOW_RECALLED_OTHERS.match(" remembers the day."))
#: (True, False)
RE_THATS_HOW_RECALLED_OTHERS = LazyPattern(r" (?:recalls|recalled|remembers) [^,.;:!?\n]*?(?:\p{L}[’']s\b|\b(?:what|told|said|says|"
                                           r"telling|saying|asked|warned|advised|called)\b)")


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
    close = mention.start  # (back over the spaces before it, no copy of the text before)
    while close and text[close - 1].isspace():
        close -= 1
    if close < 2 or text[close - 1] not in "”\"’" or not text[close - 2].isalpha():
        return False  # (a closing mark right before, after a letter: no comma, no stop inside)
    opener = {"”": "“", "’": "‘"}.get(text[close - 1], '"')
    start = text.rfind(opener, max(0, close - 60), close - 1)
    return start > 0 and RE_REPORTED_FEELING_BEFORE.search(text, max(0, start - 80), start) is not None


#: Plural nouns of speech written like a verb of saying, which may open a clause on the words after them
#: (‘comments some analysts read as a signal’, ‘remarks investors took as a warning’) (w65g).
#:
#: >>> "comments" in READ_AS_NOUNS, "says" in READ_AS_NOUNS
#: (True, False)
READ_AS_NOUNS = wordset("comments remarks")


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
        elif k < len(toks) and toks[k].word == found.cue.lower() and toks[k].start == found.mention.end + 1 \
                and _body_document_noun(toks, k):
            return None  # a body's document named, no verb of its own: ‘X said the Audit Office report made for
            # “…”’, ‘… of its work in the NAO report’ is never the body speaking (w66b)
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

#: A document's author set off after it (‘, written by Justice X,’, ‘, signed by the chief nursing officer, Dr. X,’),
#: or after where the article found it (‘Another message cited in the filing, sent by X,’), or "from"
#: them (‘Another email, from a depot engineer, warned’).
#:
#: >>> bool(RE_AUTHOR_ASIDE.match(" cited in the filing, sent by X")), bool(RE_AUTHOR_ASIDE.match(", from a nurse"))
#: (True, True)
RE_AUTHOR_ASIDE = re.compile(r"(?: (?:cited|quoted|included|described|attached) in (?:the|a|an|his|her|their|its) [\w\-’' ]{1,30})?"
                             r", (?:(?:which was )?(?:written|signed|authored|drafted|penned|sent) by |from )")


#: A passive of telling in the sentence before a quotation: the words are the teller's, whom the
#: sentence leaves unnamed (‘Staff were told to “keep quiet” …, according to a union official’) (review rv75d).
#:
#: >>> [bool(RE_TOLD_PASSIVE.search(t)) for t in ("Staff were told to ", "The club has ")]
#: [True, False]
RE_TOLD_PASSIVE = LazyPattern(r"\b(?:was|were|been|being|is|are) (?:told|warned|instructed|ordered|urged|asked|advised)\b")


def _told_before_words(text: str, after: int) -> bool:
    """Whether the sentence before the quotation that ends before ``after`` tells of words said to
    someone, in the passive (‘Staff were told to “keep quiet” …’) (review rv75d)."""
    close = max(text.rfind("”", 0, after), text.rfind('"', 0, after))
    opening = max(text.rfind("“", 0, close), text.rfind('"', 0, close)) if close > 0 else -1
    if opening < 0:
        return False
    start = max(text.rfind(". ", 0, opening), text.rfind("\n", 0, opening)) + 1
    return RE_TOLD_PASSIVE.search(text, start, opening) is not None


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
        if m is not None and toks[j].word in READ_AS_NOUNS and (nx := _token_after(toks, m.end)) is not None \
                and nx.text.islower() and nx.word in READING_AS_VERBS:
            return None  # a noun of the words, whose own clause goes on: ‘“…,” comments some analysts read as a signal’
            # (w65g)
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
    if found is None and (described := according_to(text, toks, i + 1, len(toks), ("description",))) is not None \
            and (head := description_head(described.mention.text)) in ROLE_NOUNS and head not in THING_NOUNS \
            and head not in DOCUMENT_NOUNS and head in described.mention.text.lower().split() \
            and not _told_before_words(text, toks[0].start):
        fallback = dataclasses.replace(described, rule="according-to-late")  # (one described by an office, past a
        # clause of the words' own, only when nothing else speaks: ‘… is “…” and will need a decade to repair, according
        # to the chair of a parliamentary inquiry’; never a document, ‘according to a report’, nor a plural who
        # relay another's words, ‘… said the crew, according to investigators’; w75d)
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
                if toks[v - 1].word == "being" and v >= 2 and toks[v - 2].word in BEING_TOLD_LEADS:
                    break  # the sentence's own subject told after its words, never by the one who said them:
                    # ‘One woman shouted “Liar!” before being asked by the chair to sit down’ (w80a)
                m = mention_after(toks, v + 2, text) if v + 2 < len(toks) and toks[v + 1].word == "by" else None
                if m is not None and m.kind != "pronoun":
                    return Found(m, None, "cue-after", toks[v].text)
                break
            if toks[v - 1].word == "to" and toks[i].word in PROMPTING_VERBS and toks[i].text.islower():
                break  # the words' effect, whose ones moved to speak say what follows, never the words before:
                # ‘…”, prompting some residents to warn that …’ is the sentence's subject's (w66c)
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


#: Heads of a politician's epithet with the state after "from" (‘the Democrat from Texas’).
STATE_EPITHET_HEADS = frozenset("democrat republican independent senator congressman congresswoman lawmaker "
                                "representative governor legislator".split())
RE_FROM_STATE = re.compile(r" from ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


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
    if (found is None or (found.mention is not None and found.mention.kind == "description")) and toks[-1].text == ":" \
            and (handle := _handle_set_off_before_colon(text, toks)) is not None \
            and (found is None or handle.start > found.mention.end):
        return Found(handle, None, "colon", ":")  # (the handle over the one it is set off after: ‘One regular,
        # posting under the name tealcrab, was scathing:’, w71a)
    if text.find("@", toks[0].start, toks[-1].end) < 0:
        return found  # (the cheapest test first: few sentences hold a handle)
    return _handle_speaker(text, toks, found)


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


def _body_document_noun(toks: list[Token], v: int) -> bool:
    """The cue word at v is the noun of a body's document, right after the body's singular name with its
    article (‘the National Audit Office report made for’, ‘the NAO report’): never the body speaking (w66b).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("said the National Audit Office report made for"); _body_document_noun(t, 5)
    True
    >>> t = tokenize("the Greens report that turnout rose"); _body_document_noun(t, 2)
    False
    """
    if toks[v].word not in SINGULAR_NOUN_CUES or not toks[v].text.islower() or v < 2 \
            or not toks[v - 1].capitalized or toks[v - 1].word.endswith("s"):
        return False
    j = v - 1
    while j > 0 and v - j < 5 and toks[j - 1].capitalized and toks[j - 1].word not in ARTICLES:
        j -= 1
    return toks[j - 1].word in ARTICLES and not toks[j - 1].capitalized if j > 0 else False


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
            or _responds_to_an_event(toks, v) or _phoned(toks, v) or _body_document_noun(toks, v) \
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
            or _modified_noun(toks, v) or _attributive_participle(toks, v)


def _attributive_participle(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is a participle used as an adjective after a preposition, before its noun
    (‘a court of inquiry into alleged irregularities’, ‘amid reported tensions’): no verb of speech.

    >>> from quotesearch.names import tokenize
    >>> toks = tokenize("an inquiry into alleged irregularities in the purchase")
    >>> _attributive_participle(toks, 3)
    True
    >>> toks = tokenize("the minister alleged irregularities")
    >>> _attributive_participle(toks, 2)
    False
    """
    return toks[v].word in ATTRIBUTIVE_PARTICIPLES and toks[v].text.islower() and 0 < v < len(toks) - 1 \
        and toks[v - 1].word in ATTRIBUTIVE_LEADS and toks[v - 1].text.islower() \
        and toks[v + 1].text.isalpha() and toks[v + 1].text.islower() and toks[v + 1].word not in FUNCTION_WORDS


#: Verbs (with "as" after the first two) by which one in a relative clause after an "according to" source
#: judges the source in the words that follow (‘according to a poll that X described as “…”’).
#:
#: >>> "described" in SOURCE_JUDGING_VERBS, "said" in SOURCE_JUDGING_VERBS
#: (True, False)
SOURCE_JUDGING_VERBS = frozenset("described characterised characterized called dubbed".split())


def _source_judged_in_clause(text: str, toks: list[Token], k: int) -> Found | None:
    """The subject of a relative clause right after an "according to" source, whose verb of judging ends
    right before the marks: ‘according to a poll that the political scientist X described as “…”’ is X's
    (the source only carries the finding; the judgment in marks is the clause's subject's)."""
    n = len(toks)
    if not (k + 3 < n and toks[k].word in ("that", "which") and toks[k].text.islower()):
        return None
    v = n - 2 if toks[-1].word == "as" and n - 2 > k + 1 else n - 1
    if toks[v].word not in SOURCE_JUDGING_VERBS or not toks[v].text.islower() \
            or (toks[v].word in ("described", "characterised", "characterized") and v == n - 1):
        return None
    m = mention_after(toks, k + 1, text)
    if m is None or m.kind not in ("name", "description", "organisation"):
        return None
    e = _index_after_offset(toks, m.end)
    if not all(x.word in AUXILIARIES or (x.word.endswith("ly") and x.text.islower()) for x in toks[e:v]):
        return None  # (the verb right after the subject, an auxiliary or an adverb between at most)
    return Found(m, None, "cue-before", toks[v].text)


#: Verbs by which one directs others to do what the marks then hold (‘the prime minister directed the
#: authorities to “…”’): after an "according to" source, the words are the one who directs, never the
#: source's (which only reports the order). Never "said" or "told" (cues already), nor "was ordered".
#:
#: >>> "directed" in SOURCE_CLAUSE_DIRECTIVE_VERBS, "ordered" in SOURCE_CLAUSE_DIRECTIVE_VERBS, "was" in SOURCE_CLAUSE_DIRECTIVE_VERBS
#: (True, True, False)
SOURCE_CLAUSE_DIRECTIVE_VERBS = frozenset(("directed", "ordered", "tasked", "commanded"))


def _directive_right_after(toks: list[Token], m) -> bool:
    """A verb of :data:`SOURCE_CLAUSE_DIRECTIVE_VERBS` is the word right after the subject ``m``
    (‘Brenner directed officials to’; never ‘Brenner was directed’, nor one in a later clause)."""
    nxt = next((x for x in toks if x.start >= m.end), None)
    if m.kind == "description" and description_head(m.text).lower() in DOCUMENT_NOUNS:
        return False  # (a paper that directs is no speaker: ‘According to the governor's office, the order
        # directed agencies to “…”’ is the office's; review rv67a)
    return nxt is not None and nxt.word in SOURCE_CLAUSE_DIRECTIVE_VERBS and nxt.text.islower()


def _speaker_after_source(text: str, toks: list[Token], found: Found, known, mixed: bool) -> Found:
    """Who speaks in a sentence with an "according to" source: the clause after it with a speaker and a cue
    of its own (‘According to The Athletic, Lucien Moreau told team-mates: “…”’), else the source."""
    n = len(toks)
    # ‘According to The Athletic, Lucien Moreau told team-mates: “…”’: the clause after an
    # opening ‘according to X,’ with a speaker and a cue of its own is the speaker's
    k = _index_after_offset(toks, found.mention.end)
    if (judged := _source_judged_in_clause(text, toks, k)) is not None:
        return judged
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
    directed = not cued and any(x.word in SOURCE_CLAUSE_DIRECTIVE_VERBS and x.text.islower() for x in toks[k + 2:k + 7])
    # (or one named after the source who directs others to do the words: ‘According to a statement issued by the
    # PM Office, the prime minister directed the authorities to “…”’) (w67a)
    colon_clause = not cued and toks[-1].text == ":" and n - k <= 6  # (or a short clause of a name's own
    # before a colon: ‘According to Hansard, he went on: “…”’, whose "according to" only says where it is written)
    if k + 2 < n and toks[k].text in (",", "and") and (cued or colon_clause or directed) and (
            toks[0].word == "according" or toks[k].text == "and") \
            and not (_is_cue(toks[k + 1], True) or _verb_like(toks[k + 1])):  # (a subject of its own:
        # never ‘…, according to their attorneys, and said they …’)
        inner = cue_before(text, toks[k + 1:], known, mixed)
        if inner is not None and inner.mention is not None and (
                inner.rule in ("cue-before", "cue-in-sentence", "colon") if cued
                else inner.rule in ("colon", "subject") and (
                    (inner.mention.kind in ("name", "pronoun") and colon_clause)
                    or (inner.mention.kind in ("name", "pronoun", "description") and _directive_right_after(toks, inner.mention)))) \
                and not any(x.word in BE_FORMS and y.word in SPEECH_VERBS and z.word != "by"
                            for x, y, z in zip(toks[k + 1:], toks[k + 2:], toks[k + 3:])):
            return inner  # (never a listener: ‘According to the memo, staff were told: “…”’; but
            # ‘According to prosecutors, Garcia was told by her manager: “…”’ is the manager's)
    around = _subject_around_source(text, toks, known)
    if around is not None:
        return around
    return found


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
        elif v > 0 and founds and (_and_perfect(toks, v) or _by_gerund(toks, v)) and (
                inner := _reported_labeller(text, toks, founds[-1].mention, found_at[-1], v)) is not None:
            m, by_subject = inner, False  # a label the reported clause's subject gave, its second verb after "and"
            # and a perfect: ‘…, noting that Y had kept up the claims and had described the suit as “…”’ is Y's
        elif v > 1 and founds and _by_gerund(toks, v) and founds[-1].mention is not None and found_at[-1] < v - 1 \
                and founds[-1].mention.kind in ("name", "description") and subject() is not None \
                and founds[-1].mention.start > subject().end and _opens_reported_clause(toks, founds[-1].mention) \
                and not any(x.text in ",;:" or x.word in ("that", "who", "which", "and", "but") for x in toks[found_at[-1] + 1:v - 1]):
            m, by_subject = founds[-1].mention, False  # the means of the verb of speech right before it, whose speaker
            # it shares, never the sentence's subject: ‘A witness told police that one guard responded to the pleas
            # by telling him to “…”’ is the guard's (only a speaker after the sentence's subject: ‘The candidate
            # appeared to assert his plans by saying, “…”’ stays the subject as written)
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
    if (rejecter := _claim_rejected_as(text, toks)) is not None:
        return rejecter  # the one who rejects a claim in these words: ‘…, a suggestion she rejected as “…”’
    if founds and (direct := _reported_direct_speaker(text, toks, founds, found_at)) is not None:
        return direct  # a reported clause's own words, direct: ‘X told the jury that Y opened the door and said, “…”’
    if founds and (witness := _put_to_witness_speaker(text, toks, founds, found_at)) is not None:
        return witness  # a witness's words inside what counsel puts to them: ‘X put it to Y that he had told Z “…”’
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
