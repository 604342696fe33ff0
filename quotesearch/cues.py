"""Cues: what in a quotation's sentence names its speaker.

The sentence around a quotation is read as tokens: its subject after any opening phrase, a cue
verb before or after the quotation with the mention beside it ("…,” said X", "X told reporters:",
"according to X"), and the clause structure that decides which cue is the quotation's (an opening
subordinate clause, a second clause after "while", an aside between commas).

This module reads the cue after a quotation (cue_after); the cue before it (cue_before) is read in
:mod:`quotesearch.backward_cues`. The readers' helpers live in modules by what they decide:
:mod:`quotesearch.cue_tokens`, :mod:`quotesearch.sentence_subjects`, :mod:`quotesearch.reported_speech`,
:mod:`quotesearch.cue_phrases`, :mod:`quotesearch.cues_after`, :mod:`quotesearch.cues_before`.
"""

from __future__ import annotations

import dataclasses
import re

from quotesearch.lexicon import ARTICLES, LazyPattern, READING_AS_VERBS, wordset
from quotesearch.place_words import US_STATE_FORMS
from quotesearch.name_words import GENERATION_AFTER, HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, SIGN_PLACE_WORDS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, FINDING_VERBS, HAVE_FORMS, SETTING_ASIDE_PREPOSITIONS, SPEECH_VERBS, WEAK_SPEECH_VERBS,
)
from quotesearch.term_words import GLOSSED_TERM_NOUNS
from quotesearch.mentions import INDEFINITE_SPEAKERS, mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention, TIME_WORDS, description_head
from quotesearch.mention_names import _nickname_end
from quotesearch.body_name_ends import _remit_head
from quotesearch.mention_nations import service_before_rank
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, SUBORDINATORS, _closes_sentence, _first_word, _index_after_offset, _is_cue, _token_after,
    _verb_like,
)
from quotesearch.sentence_subjects import (
    PLACE_INTRO_WORDS, TELL_VERBS, _clause_goes_on, _cuts_in, _inverted_lead, _opens_speech, _posted_thing,
)
from quotesearch.reported_speech import _relays
from quotesearch.cue_positions import (
    BEING_TOLD_LEADS, HEARD_LEADS, NOUN_MARKERS, PASSIVE_AUXILIARIES, TOLD_PASSIVES, _after_indefinite, _people_after,
    _refused, _title_lead,
)
from quotesearch.speech_owners import _quoted_as_saying
from quotesearch.cue_phrases import (
    _answers_a_thing, _cue_past_who, _in_title, _modified_noun, _opens_report, _plain_description,
    _responds_to_an_event, _where_from_only,
)
from quotesearch.cues_after import (
    SIGN_READING_REACH, SIGN_VERBS, _answered_in_appositive, _as_said_after, _bare_sign_off_role, _described_sign_off,
    _maker_noun_after_name, _noun_before_verb, _object_what_clause, _relative_on_words, _reply_clause_after,
    _sign_off_remit_end, _told_listener, _voice_identified_after, according_to, opened_at,
)
from quotesearch.authored_cues import authored_document_verb
from quotesearch.backward_cues import DASHES, PROMPTING_VERBS, SIGN_NOUNS, _body_document_noun, _states_noun


#: Words that open a phrase of place before a sentence's subject (‘Further down the road,’, ‘Along
#: the street,’), with the prepositions of :data:`quotesearch.people.OPENING_PREPOSITIONS`.
PLACE_OPENERS = PLACE_INTRO_WORDS | wordset("outside behind beside across around back here there")

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
#:
#: A title's stop is no sentence's end (‘That is how the Rev. Ann Holt, its pastor, sums it up.’):
#:
#: >>> RE_THATS_HOW_SPEAKER.match("That is how the Rev. Ann Holt, its pastor, sums it up.").end()
#: 12
RE_THATS_HOW_SPEAKER = LazyPattern(r"(?:That[’']s|That is|This is|That was|So) how (?=(?:[^.!?\n]|(?<=\b(?:Rev|Dr|Fr|Prof|St))\.){2,120}?"
                                   r"\b" + _THATS_HOW_TELLING + r")")

#: Right after that speaker, an age or a short aside set off and then the verb of telling
#: (‘, 31, describes’, ‘ put it’, ‘, minister of three linked parishes in Glen Arran, described’): the name
#: read after "how" is the one telling, never a thing (‘That’s how the market works’).
#:
#: >>> bool(RE_THATS_HOW_VERB.match(", 31, describes the day")), bool(RE_THATS_HOW_VERB.match(" works, traders say"))
#: (True, False)
#: >>> bool(RE_THATS_HOW_VERB.match(", minister of three linked parishes in Glen Arran, described it"))
#: True
RE_THATS_HOW_VERB = LazyPattern(r"(?:, [^,.\n]{1,60},)? " + _THATS_HOW_TELLING)


#: The paragraph after a quotation standing alone that names, after a description, the one who said it:
#: "who" and a verb of saying with "that" or "those words", then "is" or "was" (past an aside set off)
#: or a comma before the name (‘“…” / The woman who told us that is Keisha Lambert.’, ‘The trader who
#: spoke those words, Kelechi Obi, sells …’, ‘The man who said that, standing outside at 9 p.m., was Hal
#: Ross’); or the words said to come from the one named, a trade of a few words at most before the
#: name (‘The words came from retired nurse Ann Lee, 66,’, ‘The words are those of Elsbeth Varga, a
#: microbiologist’); the name or the trade follows the match, the shortest way (a name set off after
#: a comma is the one, not a word after its "is": ‘The man who said that, Dan Cole, is Britain's …’, review rv122d).
#:
#: >>> RE_WORDS_OWNER_NAMED.match("The woman who told us that is Keisha Lambert.").end()
#: 30
#: >>> RE_WORDS_OWNER_NAMED.match("The man who said that, standing outside at 9 p.m., was Hal Ross.").end()
#: 55
#: >>> RE_WORDS_OWNER_NAMED.match("The words came from retired nurse Ann Lee, 66.").end()
#: 20
#: >>> RE_WORDS_OWNER_NAMED.match("The man who said that, Dan Cole, is Britain's oldest smith.").end()
#: 23
#: >>> RE_WORDS_OWNER_NAMED.match("The man who told us that was lying.") is None
#: True
#: >>> RE_WORDS_OWNER_NAMED.match("The words came from a 2019 report.") is None
#: True
RE_WORDS_OWNER_NAMED = LazyPattern(r"(?:The|That|This) [\p{L}\-’' ]{2,40}? who (?:told (?:us|me|them|reporters) |wrote |"
                                   r"spoke |said |uttered )(?:that|those words|these words|them)"
                                   r"(?: is| was|,(?: [^\n“”\"]{1,120}?, (?:is|was))??) (?=\p{Lu})"
                                   r"|(?:The|Those|These) (?:words|remarks?|comments?|plea|line) (?:came from|come from|"
                                   r"are those of|were those of|belong to|belonged to) (?=(?:\p{Ll}+ ){0,4}\p{Lu})")

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

    >>> from quotesearch.tokens import tokenize
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
    start = opened_at(text, close, 60)
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
        if (verb := authored_document_verb(toks, i, m, text)) is not None:
            return Found(m, None, "cue-after", verb.text)  # a document's author: ‘…”, a report by the Harbour
            # Safety Board has concluded’ (w98b)
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
            if text and _relative_on_words(text, toks, i, v, comma_before or ends_sentence):
                break  # a clause on the words' last noun: ‘…about the “scale” Northstar could offer’, w114g
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
