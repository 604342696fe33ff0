"""Headlines, ledes and entries: a headline's verdict said again, a live report's timed entries, key
points and pull quotes, and the interviewee a headline or lede names.
"""

from __future__ import annotations

import itertools

import regex

from quotesearch.acronym_bodies import RE_BODY_LETTERS, _spelled_out
from quotesearch.backward_cues import BULLETS
from quotesearch.cue_tokens import Found, OPENING_MARKS
from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import RE_ENTRY_TIME_LINE
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import RE_LINE_SOURCE_AFTER, SPEECH_VERBS
from quotesearch.mention_words import Mention
from quotesearch.name_parts import FUNCTION_WORDS, is_organisation
from quotesearch.tokens import word_positions
from quotesearch.quote_spans import Span
from quotesearch.headline_verdicts import ECHO_REACH, FIRST_PERSON_WORDS
from quotesearch.headline_words import (
    HEADLINE_WIDTH, _headline, entry_headline, heading_paragraphs, same_verdict, verdict_said_again, verdict_words,
    words_within,
)
from quotesearch.speakers import Cast
from quotesearch.people import Person, _after_last_stop, people_words
from quotesearch.offices import _role_words
from quotesearch.interviews import ASKING_CUES, RE_FIRST_PERSON, RE_YOU, _only_a_question
from quotesearch.questions import _asker
from quotesearch.relations import _only_one
from quotesearch.titles import RE_WORD


#: The lower-case word right after a headline's name (its group 1), for :func:`_name_before_its_noun`.
#:
#: >>> RE_LOWER_WORD_AFTER.match(" workers to stage").group(1)
#: 'workers'
RE_LOWER_WORD_AFTER = LazyPattern(r"[ \t]+(\p{Ll}[\p{Ll}\-]*)\b")


def _name_before_its_noun(text: str, found: Found | None) -> bool:
    """The headline's name is a modifier of the noun of people after it (:data:`DESCRIPTION_NOUNS`),
    never the line's subject itself: ‘Rail workers to strike over ‘insulting’ offer’ is the workers', and
    the operator ‘Meridian Rail’ it may stand for speaks in the body for nobody's verdict. Never a verb of
    speech right before the marks (:data:`SPEECH_VERBS`): ‘Reyes reports ‘steady’ recovery’ is Reyes
    reporting it (review gx62d; ‘Costa coaches ‘fearless’ Rovers’ keeps its noun).

    >>> from quotesearch.cue_tokens import Found
    >>> from quotesearch.mention_words import Mention
    >>> t = "Reyes reports ‘steady’ recovery"
    >>> _name_before_its_noun(t, Found(Mention(0, 5, "Reyes", "name"), None, "subject", "", "name"))
    False
    """
    if found is None or found.mention is None or found.mention.kind != "name":
        return False
    nxt = RE_LOWER_WORD_AFTER.match(text, found.mention.end)
    if nxt is None or nxt.group(1) not in DESCRIPTION_NOUNS:
        return False
    after = text[nxt.end():nxt.end() + 2].lstrip(" \t")
    return not (nxt.group(1) in SPEECH_VERBS and after[:1] in OPENING_MARKS)


def _verdict_a_groups(text: str, sp: Span, found: Found | None, results: list) -> list[Found] | None:
    """A headline's verdict (:func:`verdict_words`, a compound word too) that only plural groups of the
    body give, each quotation the same word and no more but an article (‘Minister denies ‘cover-up’’ /
    ‘Critics have been calling the delay “a cover-up”’, ‘Coach hails ‘brilliant’ display’ / ‘Pundits said
    the display was “brilliant”’): the group's, never the headline's subject, who only answers it (review
    gx62d); the groups' findings (the caller gives the one group, or no one for two), or None when the
    subject says it in the body too, or a speaker who is no group does."""
    if found is None or found.person is None:
        return None
    content = text[sp.start:sp.end]
    words = verdict_words(content) or verdict_words(content, compound=True)
    if words is None:
        return None
    sayers = []
    for bsp, f, bkind in results:
        if bsp.paragraph == 0 or f is None or f.person is None or bkind == "scare":
            continue
        said = RE_WORD.findall(text[bsp.start:bsp.end].lower())
        if same_verdict(said, words):
            sayers.append(f)
    if not sayers or any(f.person is found.person or not f.person.plural for f in sayers):
        return None
    return sayers


def _short_form_of(text: str, found: Found | None, one: Person) -> bool:
    """The headline's named subject is a short form of the one body of the body that says its words
    again: the body's letters the article spells out as that body (‘TRAI says it is ‘monitoring’’ / ‘The
    Telecom Regulatory Authority of India (TRAI) said it was “monitoring the situation closely”’). Never a
    place read as a body whose name opens on its people's word (‘Niger’ is no short form of ‘the Nigerian
    Defence Ministry’; review of w137i), nor a name of more than one word.

    >>> from quotesearch.mention_words import Mention
    >>> f = Found(Mention(0, 4, "TRAI", "name"), Person("TRAI"), "subject", "", "name")
    >>> t = "The Telecom Regulatory Authority of India (TRAI) said it was monitoring."
    >>> _short_form_of(t, f, Person("the Telecom Regulatory Authority of India", kind="organisation"))
    True
    >>> _short_form_of(t, f, Person("the Competition Commission of India", kind="organisation"))
    False
    """
    if one.kind != "organisation" or found is None or found.person is None or found.person.kind != "name":
        return False
    short, full = found.person.name, one.name.removeprefix("the ").removeprefix("The ")
    return " " not in short and " " in full and RE_BODY_LETTERS.fullmatch(short) is not None \
        and _spelled_out(text).get(short) == full


def _headline_verdict_said_again(text: str, paras: list[tuple[int, int]], results: list) -> None:
    """A headline's verdict in a word or a few (:func:`verdict_words`), in lower case, that one
    named person's quotation of the body says again side by side (‘Lender flags “choppy” demand’ /
    ‘called demand “choppy.”’): theirs, over the headline's subject (‘Team boss slams ‘absurd’ ruling’ /
    “It is absurd, frankly absurd,” Jo Bell said); never a named person the headline gives who speaks in
    the body too (a body or a country named as the line's subject speaks by the one quoted), nor one who
    denies it (:func:`verdict_said_again`, review rv4). A body too when the headline's subject is its
    short form (:func:`_short_form_of`: its letters, w137i)."""
    body_voices = {id(f.person) for bsp, f, bkind in results if bsp.paragraph > 0 and f is not None and f.person is not None}
    for i, (sp, found, kind) in enumerate(results):
        if sp.paragraph != 0 or kind == "scare" or not paras or not (_headline(text, *paras[0]) or _double_marked_headline(text, paras)):
            continue
        groups = _verdict_a_groups(text, sp, found, results)
        if groups is not None:
            one = _only_one(f.person for f in groups)
            group = next((f for f in groups if f.person is one), None) if one is not None else None
            results[i] = (sp, Found(group.mention, group.person, "same-words", group.cue, group.how) if group else None, kind)
            continue
        if found is not None and found.person is not None and found.person.kind == "name" and not found.person.plural \
                and id(found.person) in body_voices and not _name_before_its_noun(text, found):
            continue
        words = verdict_words(text[sp.start:sp.end])
        if words is None:
            continue
        hits = [f for bsp, f, bkind in results if bsp.paragraph > 0 and f is not None and f.person is not None
                and bkind != "scare" and (body := RE_WORD.findall(text[bsp.start:bsp.end].lower()))
                and len(body) >= len(words) and words_within(words, body, gaps=0)
                and (len(body) == len(words) or verdict_said_again(words, body, terms=False))]
        one = _only_one(f.person for f in hits)
        if one is not None and not one.plural and (one.kind == "name" or found is None or found.person is None or (
                one.kind == "description" and _name_before_its_noun(text, found)) or _short_form_of(text, found, one)):
            # (a description too when the headline names no one, or only a name before its noun of people:
            # ‘Agency cuts rating, cites ‘deteriorating’ finances’ / ‘the agency said finances had been “deteriorating
            # steadily”’, ‘B.C. judge orders … over ‘reckless’ defamation’ / ‘a B.C. judge … calling his conduct
            # “reckless in the extreme”’)
            other = next(f for f in hits if f.person is one)
            results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)


#: The rules that give a headline's quotation to the label beside it (‘‘…’: Agency chief after trials’,
#: ‘Senators grill firm's chief: ‘…’’), for :func:`_headline_label_said_by_one`.
HEADLINE_LABEL_RULES = ("headline", "colon")

#: The fewest words of a headline's quotation that :func:`_headline_label_said_by_one` matches in the body.
LABEL_ECHO_WORDS = 2

#: The fewest words of a headline's quotation whose first word :func:`_headline_label_said_by_one` may
#: leave out (a headline's own opening, ‘Light tank met our targets’ for “The tank met our targets”).
LABEL_ECHO_SHORTENED = 5


def _headline_label_said_by_one(text: str, results: list) -> None:
    """A headline's quotation given to the label beside it (:data:`HEADLINE_LABEL_RULES`: an office, a
    group or a firm the line names, or a group it says the words with, ‘‘Light tank met our targets’: agency chief after trials’, ‘Senators
    grill app boss: ‘You knew’’), when the label speaks nowhere in the body and one named person's
    quotation of the body says its words again, in order with a few words between (‘“The tank met our
    targets in every test,” said Dr Ana Roy’), or names its subject and says the rest unbroken further on
    (‘‘Light tank performed to our satisfaction’’ / “The tank fired 120 rounds and performed to our
    satisfaction”, w129i): that person's, whom the label only describes or points near (w76b). Never when the
    label's own holder speaks below, nor words two people say again.

    >>> _headline_label_said_by_one("No quotations", [])
    """
    for i, (sp, found, kind) in enumerate(results):
        if sp.paragraph != 0 or kind == "scare" or found is None or not (
                found.rule in HEADLINE_LABEL_RULES or (found.person is not None and found.person.plural)):
            continue  # (a label, or a group the line names, ‘‘…’: Veterans protest pension delay’)
        words = RE_WORD.findall(text[sp.start:sp.end].lower())
        if len(words) < LABEL_ECHO_WORDS:
            continue
        if len(words) >= LABEL_ECHO_SHORTENED and words[0] not in FIRST_PERSON_WORDS:  # (never the speaker's own
            # voice, which another's sentence puts in the third person: ‘‘We are being priced out’: Students protest
            # …’ / “We understand students feel they are being priced out,” said a spokesman; review rv76b)
            words = words[1:]  # (a headline's first word may be its own: ‘Light tank met …’ / “The tank met …”)
        hits = [f for bsp, f, bkind in results if bsp.paragraph > 0 and f is not None and f.person is not None
                and bkind != "scare" and _label_words_again(words, RE_WORD.findall(text[bsp.start:bsp.end].lower()))]
        one = _only_one(f.person for f in hits)
        if one is not None and one.kind == "name" and not one.plural and one is not found.person:
            other = next(f for f in hits if f.person is one)
            results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)


def _label_words_again(words: list[str], body: list[str]) -> bool:
    """A labelled headline quotation's words said again in a body quotation: in order with a few words between
    (:func:`words_within`), or its subject there and the rest after it unbroken (:func:`_subject_far_from_predicate`)."""
    return words_within(words, body, gaps=max(3, len(words) // 2)) or _subject_far_from_predicate(words, body)


#: The fewest words after its subject that :func:`_subject_far_from_predicate` finds in the body unbroken.
PREDICATE_ECHO_WORDS = 4


def _subject_far_from_predicate(words: list[str], body: list[str]) -> bool:
    """A headline's quotation whose first word, its subject, a body's quotation names, and whose words after
    it, :data:`PREDICATE_ECHO_WORDS` at least, the body says further on unbroken: the body puts between the
    two more than a headline has room for (‘tank performed to our satisfaction’ in ‘The tank fired 120
    rounds at altitude and performed to our satisfaction’).

    >>> _subject_far_from_predicate("tank performed to our satisfaction".split(),
    ...     "the tank fired 120 rounds at altitude and performed to our satisfaction".split())
    True
    >>> _subject_far_from_predicate("tank performed to our satisfaction".split(),
    ...     "the engine performed to our satisfaction".split())
    False
    >>> _subject_far_from_predicate("tank performed well".split(), "the tank fired and performed well".split())
    False
    >>> _subject_far_from_predicate("we are being priced out".split(), "we understand they are being priced out".split())
    False
    """
    tail = words[1:]
    if len(tail) < PREDICATE_ECHO_WORDS or words[0] in FIRST_PERSON_WORDS:
        return False  # (never the speaker's own "we", which another's sentence says of them: ‘‘We are being
        # priced out’’ / “We understand students feel they are being priced out”; review rv76b)
    return any(body[k:k + len(tail)] == tail and words[0] in body[:k] for k in range(1, len(body) - len(tail) + 1))


def _question_before_lead(text: str, prev: Span) -> bool:
    """The quotation before ends with a question mark: the words after a speakerless lead answer it, in
    another's mouth (‘“Would you do it again?” the reporter asked. / Then, with a grin: “Every single
    time.”’; review rv2)."""
    return text[prev.start:prev.end].rstrip("”\"’' ").endswith("?")


#: The rules that name a quotation's speaker at its own cue, beside it (never one carried on from before).
OWN_CUE_RULES = ("cue-after", "cue-before", "cue-in-sentence")


#: The most words of a lede's short quotation that :func:`_lede_described_named_later` gives to the
#: one named later who says them again (a phrase the lede lifts, never a sentence of its own).
LEDE_ECHO_WORDS = 8

#: A lede's one word quoted again opening a short quotation of the one named later (‘… shared “vile”
#: messages’ / ‘X said the messages were “vile and deeply misogynistic”’, w60a): the fewest letters of the
#: word (never "bad", "sad"), and the most words of the quotation it opens.
ECHO_LEAD_LETTERS = 4
ECHO_LEAD_BODY = 6

#: The longest line above a lede that is still part of its byline or dateline (‘By Jane Roe’,
#: ‘Health correspondent’), never a paragraph of the story.
LEDE_ECHO_BYLINE_WIDTH = 60


def _lede_described_named_later(text: str, paras: list[tuple[int, int]], results: list) -> None:
    """A lede's short quotation given to one person it only describes (‘… a result one independent
    expert called “genuinely striking.”’, ‘… research that a leading charity said exposed “a blind
    spot”’), whose words one person named below says again in a longer quotation of their own
    (‘“Thirty-odd percent is genuinely striking,” she said’): the named one's, whom the lede described
    before naming. Two words or more side by side, or one word quoted alone again (‘… calling its
    conclusions “overcooked”’ / ‘Oduya wrote that the paper was “overcooked”’), or opening a short quotation
    again (‘… shared “vile” messages’ / ‘… were “vile and deeply misogynistic”’). Never a plural
    description (‘critics called it “a mess”’, many voices), nor words two people say again, nor the
    same words whole again (‘“It is fine,” said one resident. … “It is fine,” said Tom Hale’: two
    people saying the same). The lede is the first paragraph below the headline, a deck under it
    (:func:`heading_paragraphs`: ‘Hundreds of jobs at risk after ministry backs rival bid’) and any short
    lines of byline."""
    heads = None
    for i, (sp, found, kind) in enumerate(results):
        if found is None or found.person is None or found.person.kind != "description" or found.person.plural \
                or kind == "scare" or sp.paragraph == 0:
            continue
        if any(hi - lo > LEDE_ECHO_BYLINE_WIDTH for lo, hi in paras[1:sp.paragraph]):
            heads = heading_paragraphs(text, paras) if heads is None else heads  # (the cheap look first)
            if any(hi - lo > LEDE_ECHO_BYLINE_WIDTH for lo, hi in paras[max(1, heads):sp.paragraph]):
                continue  # (the first paragraph of body, below the heading lines and any short lines of byline)
        words = RE_WORD.findall(text[sp.start:sp.end].lower())
        if not words or len(words) > LEDE_ECHO_WORDS:
            continue
        hits = []
        for sp2, f2, kind2 in results[i + 1:]:
            if sp2.paragraph <= sp.paragraph or f2 is None or f2.person is None or kind2 == "scare":
                continue
            body = RE_WORD.findall(text[sp2.start:sp2.end].lower())
            if _lede_words_again(words, body):
                hits.append(f2)
        one = _only_one(f.person for f in hits)
        if one is not None and one.kind == "name":
            other = hits[0]
            results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)


def _lede_words_again(words: list[str], body: list[str]) -> bool:
    """A lede's quoted ``words`` said again in a later quotation's ``body``: one word quoted alone again
    or opening a short quotation (:data:`ECHO_LEAD_LETTERS`, :data:`ECHO_LEAD_BODY`), or two words or more
    side by side in a longer quotation that does not deny them (:func:`_echo_denied`).

    >>> _lede_words_again(["vile"], ["vile", "and", "deeply", "misogynistic"]), _lede_words_again(["bad"], ["bad", "luck"])
    (True, False)
    >>> _lede_words_again(["blind", "spot"], ["a", "real", "blind", "spot"]), _lede_words_again(["blind", "spot"], ["blind", "spot"])
    (True, False)
    """
    if len(words) == 1:
        return body == words or (len(words[0]) >= ECHO_LEAD_LETTERS and 1 < len(body) <= ECHO_LEAD_BODY
                                 and body[0] == words[0])
    return len(body) > len(words) >= 2 and words_within(words, body, gaps=0) and not _echo_denied(words, body)


#: Words that deny what follows them (‘There is no blind spot’, ‘The report is not deeply flawed’), as
#: :data:`RE_WORD` splits a quotation (which cuts ‘isn't’ in two: no contraction is ever one word here).
#:
#: >>> "no" in ECHO_DENYING_WORDS, "blind" in ECHO_DENYING_WORDS
#: (True, False)
ECHO_DENYING_WORDS = frozenset("no not never nothing hardly".split())


#: (guard, review of w133k) Words that, opening a quotation, deny what it says after them, however far
#: (‘Nobody should see this offer as an insult’ answers the union's “an insult”).
#:
#: >>> sorted(ECHO_DENYING_OPENERS - ECHO_DENYING_WORDS)
#: ['neither', 'nobody', 'none']
ECHO_DENYING_OPENERS = ECHO_DENYING_WORDS - {"not", "hardly"} | frozenset("nobody none neither".split())


def _echo_denied(words: list[str], body: list[str]) -> bool:
    """The lede's words said again only to be denied: a word of denial right before them (‘“There is no blind
    spot in our hospitals,” Holt said’, a rebuttal of the charity's “blind spot”; review rv2), or one that
    opens the quotation (:data:`ECHO_DENYING_OPENERS`): another's answer, never the one described.

    >>> _echo_denied(["blind", "spot"], "there is no blind spot here".split())
    True
    >>> _echo_denied(["genuinely", "striking"], "thirty odd percent is genuinely striking".split())
    False
    >>> _echo_denied(["an", "insult"], "nobody should see this offer as an insult to our staff".split())
    True
    """
    n = len(words)
    opened_denying = bool(body) and body[0] in ECHO_DENYING_OPENERS
    return any(body[i:i + n] == words and i > 0 and (opened_denying or body[i - 1] in ECHO_DENYING_WORDS)
               for i in range(len(body) - n + 1))


def _repeat_taken_back(text: str, results: list) -> None:
    """A paragraph that is only a quotation carried over from the paragraph before, whose words (six
    at least) are a quotation the article gave earlier to someone named at its cue: that one's
    again, a page that repeats a quotation after a photo's caption or a pull quote (‘‘We cannot wait
    another winter,’ she told the rally.’ … / ‘A second speaker, Tom Ruane, said …’ / ‘‘We cannot wait
    another winter.’’ is hers, never Ruane's). Never words first said there (no earlier quotation)."""
    last = max((i for i, (sp, found, kind) in enumerate(results) if _carried_whole_paragraph(sp, found, kind)), default=-1)
    said: dict[str, Found] = {}
    for i, (sp, found, kind) in enumerate(results[:last + 1]):  # (the words are keyed only up to the last one carried)
        if found is None or found.person is None or kind == "scare":
            continue
        key = _words_key(text[sp.start:sp.end])
        if found.rule in OWN_CUE_RULES or found.rule == "same-paragraph":  # (or the second part of one split by its cue)
            said.setdefault(key, found)
        elif key and _carried_whole_paragraph(sp, found, kind):
            other = said.get(key)
            if other is not None and other.person is not found.person and other.person.kind == "name":
                results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)


def _carried_whole_paragraph(sp, found: Found | None, kind: str) -> bool:
    """A quotation :func:`_repeat_taken_back` may give back: a whole paragraph carried over from the one
    before, its speaker a person (found before any words are keyed: most articles have none)."""
    return found is not None and found.person is not None and kind != "scare" and found.rule == "previous-paragraph" \
        and sp.open_at == sp.para_start and (sp.close_end or sp.end) >= sp.para_end - 1


def _timed_entry_heading(text: str, paras: list[tuple[int, int]], p: int) -> bool:
    """A live page's entry heading just below its time stamp, a label's colon then words that end in a
    closing mark with no stop before it (‘08:20 GMT’ / ‘Government: Demands ‘unaffordable’’), however
    the words in marks are cut (never a sentence: ‘Police said: ‘Stay away.’’)."""
    if p == 0 or not RE_ENTRY_TIME_LINE.fullmatch(text, *paras[p - 1]):
        return False
    lo, hi = paras[p]
    line = text[lo:hi].rstrip()
    colon = line.find(": ")
    return 0 < colon <= ENTRY_LABEL_WIDTH and len(line) <= HEADLINE_WIDTH and line[-1:] in "”\"’'" \
        and line[-2:-1] not in ".,:;!?…"


#: The longest label before a live page's entry heading's colon (‘Government:’, ‘Civic Party:’).
ENTRY_LABEL_WIDTH = 30


def _entry_echo(text: str, paras: list[tuple[int, int]], results: list, i: int, words: list[str]) -> Found | None:
    """The one person, named, whose quotation in the entry just below a live page's entry headline
    ``Label: ‘…’`` (the paragraphs up to the next headline or time stamp, ECHO_REACH at most) says the
    headline's words again: ‘Union: ‘We are not giving up’’ / ‘Its leader, Sam Okafor, … ‘We are not
    giving up on this,’ he says’. A word or two must open that quotation (‘Ministry: Cuts
    ‘unavoidable’’ / ‘‘Unavoidable, given the deficit,’ Minister X said’). Never a headline with no
    label's colon, nor words that two people or nobody below say again."""
    sp = results[i][0]
    colon = text.rfind(":", sp.para_start, sp.open_at)
    if not words or colon < 0 or "\n" in text[sp.para_start:sp.open_at]:
        return None
    last = sp.paragraph
    while last + 1 < len(paras) and last + 1 <= sp.paragraph + ECHO_REACH and not entry_headline(text, *paras[last + 1]) \
            and not RE_ENTRY_TIME_LINE.fullmatch(text, *paras[last + 1]):
        last += 1  # (the entry ends at the next headline: a time stamp ‘08:20 GMT’, the next entry's heading)
    hits = []
    for sp2, f2, kind2 in results:
        if not sp.paragraph < sp2.paragraph <= last or f2 is None or f2.person is None or kind2 == "scare":
            continue
        body = RE_WORD.findall(text[sp2.start:sp2.end].lower())
        if (len(body) > len(words) and body[:len(words)] == words) if len(words) <= 2 else words_within(words, body):
            if any(words_within(words, RE_WORD.findall(inner.lower()))
                   for inner in regex.findall(r"[‘“\"]([^‘’“”\"]+)[’”\"]", text[sp2.start:sp2.end])):
                continue  # (words the one below quotes in marks of their own are another's, the label's:
                # ‘Police: ‘Go home now’’ / ‘“They keep shouting ‘go home now’ but this is our home”’)
            hits.append(f2)
    one = _only_one(f.person for f in hits)
    return next((f for f in hits if f.person is one), None) if one is not None and one.kind == "name" else None


def _lone_question_back(text: str, results: list) -> None:
    """A question alone in its paragraph, taken from the paragraph before, when that paragraph was one
    person's answer to another just before them: the other's, turn for turn (‘“…?” Kowalczyk asked. /
    “I can get you that,” Solberg said. / “By when?” / “As soon as I can.”’ asks Kowalczyk, never
    Solberg, who only answered, whose answer follows). The turns go on alternating once a question was
    given back so (‘… / “By when?” / “As soon as I can.” / “Will you put that in writing?”’), and the
    question may follow one its asker's cue put before it (‘X asked him: “…?” / “…,” he replied. /
    “…?”’). Never when the two before are one person, nor when no answer in marks follows."""
    for i in range(2, len(results)):
        sp, found, kind = results[i]
        if found is None or found.rule != "previous-paragraph" or kind == "scare" or sp.open_at != sp.para_start \
                or (sp.close_end or sp.end) < sp.para_end - 1 or not _only_a_question(text, sp):
            continue
        sp1, f1, _ = results[i - 1]
        sp0, f0, _ = results[i - 2]
        chained = f0 is not None and f0.rule == "exchange" and f1 is not None and f1.rule == "previous-paragraph"
        if sp1.paragraph != sp.paragraph - 1 or sp0.paragraph != sp.paragraph - 2 or f1 is None or f0 is None \
                or (f1.rule != "cue-after" and not chained) or f1.person is not found.person or f0.person is None \
                or f0.person.kind != "name" or found.person is None or f0.person is found.person \
                or (text[sp0.para_start:sp0.para_start + 1] not in OPENING_MARKS and not _put_by_cue(text, sp0, f0)) \
                or text[sp1.para_start:sp1.para_start + 1] not in OPENING_MARKS:
            continue  # (two turns, each opening its paragraph: the answer named after it, the turn before another's)
        words = text[sp.start:sp.end]
        back = _echoes_answer(words, text[sp1.start:sp1.end]) or (
            chained and RE_YOU.search(words) is not None and RE_FIRST_PERSON.search(words) is None)
        if i + 1 >= len(results) or (nxt := results[i + 1])[0].paragraph != sp.paragraph + 1 \
                or nxt[0].open_at != nxt[0].para_start or (nxt[1] is not None and nxt[1].person is not found.person) \
                or (nxt[1] is not None and nxt[1].rule in ("cue-after", "cue-before", "cue-in-sentence") and not back):
            continue  # (guard: nor when the next turn names its speaker, the answerer going on, ‘“Not at all,”
            # Patel said. / “Why would I be?” / “We have the numbers,” Patel added.’: the question is Patel's own;
            # only a bare answer after it, ‘“By when?” / “As soon as I can.”’, shows the turns alternating; unless
            # the question takes up the answer's words or says "you" in a chain of turns, ``back``)
            #  # (and answered at once by the one asked, alone: a question no one answers may be the
            # speaker's own, ‘“It was the best offer,” Kumar said. / “Could we have waited another year?”’ / ‘X said …’)
        results[i] = (sp, Found(f0.mention, f0.person, "exchange", None), kind)


def _put_by_cue(text: str, sp: Span, found: Found) -> bool:
    """A question its asker's cue puts before it in its own paragraph (‘Prosecuting, Commander X asked
    him: “Did you check it?”’)."""
    return found.rule == "cue-before" and (found.cue or "").lower() in ASKING_CUES \
        and text[sp.start:sp.end].rstrip().endswith("?") and (sp.close_end or sp.end) >= sp.para_end - 1


def _echoes_answer(question: str, answer: str) -> bool:
    """A question that opens with two words of the answer before it, side by side, one of four
    letters or more: it takes the answer up, the asker's (‘“It's on hold.” / “On hold for seven
    months?”’); never the answerer going on.

    >>> _echoes_answer("Looked at it, or checked it?", "I looked at it, yes,")
    True
    >>> _echoes_answer("Why would I be?", "Not at all, I would be")
    False
    """
    ask = RE_WORD.findall(question.lower())[:2]
    said = RE_WORD.findall(answer.lower())
    return len(ask) == 2 and max(map(len, ask)) >= 4 and question.rstrip().endswith("?") \
        and any(said[k:k + 2] == ask for k in range(len(said) - 1))


def _line_source_after(text: str, results: list, cast: Cast) -> None:
    """A quotation with no speaker that ends its sentence, whose next sentence names whose line it
    was: theirs (‘Reformers say it has become what one of them called “a graveyard with a gift shop.”
    That line comes from Sen. Elaine Ward (D-Ore.), who …’, ‘… “a poll tax for pets”. The phrase was
    coined by Sir Nigel Hart’). Never a quotation that has its speaker already."""
    for i, (sp, found, kind) in enumerate(results):
        if (found is not None and found.person is not None) or kind == "scare" or sp.close_end is None \
                or (line := RE_LINE_SOURCE_AFTER.match(text, sp.close_end)) is None:
            continue
        if line.group("who").endswith(("’s", "'s")) or RE_LINE_SOURCE_WORK.match(text, line.end()) is not None:
            continue  # (guard: a line that comes from someone's work is a borrowed one, never theirs here:
            # ‘… chants of “greed is good.” That line comes from Oliver Stone, whose 1987 film …’)
        mention = Mention(line.start("who"), line.end("who"), line.group("who"), "name")
        cast.position = mention.start
        person = cast.resolve(mention)[0]
        if person is not None and person.kind == "name":
            results[i] = (sp, Found(mention, person, "line-source", None, "name"), kind)


#: A work named in the rest of a line-source sentence (‘That line comes from Oliver Stone, whose 1987
#: film …’, ‘… Hoover, in his 1928 campaign’): the line is the work's, borrowed by whoever used it.
RE_LINE_SOURCE_WORK = LazyPattern(r"[^.!?\n]{0,80}?\b(?:film|movie|novel|book|song|play|poem|sitcom|series|script|lyrics?|"
                                  r"musical|memoir|screenplay|character)s?\b")


def _key_point(text: str, lo: int, hi: int) -> bool:
    """A live page's key point: a bullet's short line in a headline's words, no stop at its end, that
    the entries below tell in full (‘• Chancellor says plans are “fair and fully funded”’, ‘• Union
    leader warns of “long hot summer”’); never a bullet's sentence (‘• The chancellor, X, set out …
    plans she called “fair”.’), whose own speaker it names.

    >>> _key_point('• Minister warns of “real anger” over cuts', 0, 42), _key_point('• X said it was “fine”.', 0, 23)
    (True, False)
    """
    line = text[lo:hi].rstrip()
    return line[:1] in BULLETS and len(line) <= HEADLINE_WIDTH and line[-1:] not in ".!?:;" \
        and line[-2:] not in (".”", ".\"", ".’", "!”", "?”") and line[1:].lstrip()[:1].isupper()


def _double_marked_headline(text: str, paras: list[tuple[int, int]]) -> bool:
    """The article's first line is a headline with words in double marks (‘Minister accused of
    “waiting list denial” as row dominates question time’): a short line in sentence case that no stop
    ends, with a paragraph of body after it and a byline or a sentence's full stop in what follows."""
    if len(paras) < 3:
        return False
    lo, hi = paras[0]
    line = text[lo:hi].strip()
    if not line or len(line) > HEADLINE_WIDTH or line[-1] in ".,:;!?" or ("“" not in line and '"' not in line):
        return False
    long = [w.strip("’”\"'.,:;!?()") for w in line.split()[1:] if w[:1] not in "‘'“\""]
    long = [w for w in long if len(w) > 3]
    return not line.isupper() and not (long and sum(w[:1].isupper() for w in long) >= 0.8 * len(long))


#: A page's pull-quote label opening its line before the words it repeats: ‘PULL QUOTE: “…”’,
#: ‘Pull quote: ‘…’’, ‘PULLQUOTE: “…”’.
#:
#: >>> [s for s in ("PULL QUOTE: “", "Pull-quote: ‘", "PULLQUOTE: \"", "Pullman: “") if RE_PULL_LABEL.match(s)]
#: ['PULL QUOTE: “', 'Pull-quote: ‘', 'PULLQUOTE: "']
RE_PULL_LABEL = LazyPattern(r"(?i:pull)[ \-]?(?i:quote):[ \t]*\S$")


def _pull_quote_label(text: str, sp: Span) -> bool:
    """The quotation opens its line after a pull-quote label: words repeated from the body."""
    return sp.open_at - sp.para_start <= 14 and RE_PULL_LABEL.match(text, sp.para_start, sp.open_at + 1) is not None


def _quoted_within(words: list[str], text: str, results: list, i: int) -> Found | None:
    """The one speaker of the body's quotations that hold a pull quote's words (four at least), in
    order, a few words apart at most (‘PULL QUOTE: “For the first time we are seeing it.”’ / ‘“For
    the first time we are seeing it, even in children,” said Professor X’)."""
    if len(words) < 4:
        return None
    found = [f for k, (sp, f, kind) in enumerate(results) if k != i and f is not None and f.person is not None
             and kind != "scare" and words_within(words, RE_WORD.findall(text[sp.start:sp.end].lower()))]
    return found[0] if found and all(f.person is found[0].person for f in found) else None


#: A headline quotation's own opening, "he" or "she" and a form of "be", before a body quotation's words it
#: quotes whole (‘‘She’s a generational talent’’): the speaker's words of one person, whose name the body
#: gives before its own "be" (‘The coach said Liu was “a generational talent”’). Never "we", "I" or "they":
#: the voice of the ones spoken of, not of their speaker (‘‘We’re not going anywhere’’ / ‘the landlord said
#: the families were “not going anywhere”’) (w65b).
#:
#: >>> bool(RE_HEADLINE_THIRD_PERSON_BE.fullmatch("she s")), bool(RE_HEADLINE_THIRD_PERSON_BE.fullmatch("he was"))
#: (True, True)
#: >>> bool(RE_HEADLINE_THIRD_PERSON_BE.fullmatch("we re")), bool(RE_HEADLINE_THIRD_PERSON_BE.fullmatch("they ve been"))
#: (False, False)
RE_HEADLINE_THIRD_PERSON_BE = LazyPattern(r"(?:he|she) (?:s|is|was)")

#: The body's own name and "be" right before a quotation's opening mark (‘said Liu was “’, ‘said Okafor is “’).
#:
#: >>> bool(RE_NAME_BE_BEFORE_MARK.search("coach Karen Whitlam said Liu was “")), bool(RE_NAME_BE_BEFORE_MARK.search("said the families were “"))
#: (True, False)
RE_NAME_BE_BEFORE_MARK = LazyPattern(r"\b\p{Lu}[\p{L}’'\-]+ (?:is|was) [“\"‘']$")


def _headline_tail_echo(words: list[str], text: str, results: list, i: int) -> Found | None:
    """The one speaker of the body's quotations, three words at least, that a headline's quotation ends
    with after its own "he" or "she" and "be" (:data:`RE_HEADLINE_THIRD_PERSON_BE`), when the body gives
    them after a name and its "be" (:data:`RE_NAME_BE_BEFORE_MARK`): ‘‘She’s a generational talent’: Teen
    leggie earns call-up’ / ‘The coach said Liu was “a generational talent”’ is the coach's (w65b). None
    when none, or speakers of several."""
    found = []
    for k, (sp, f, kind) in enumerate(results):
        if k == i or f is None or f.person is None or kind == "scare" or sp.paragraph == 0:
            continue
        body = RE_WORD.findall(text[sp.start:sp.end].lower())
        if len(body) >= 3 and len(words) > len(body) and words[-len(body):] == body \
                and RE_HEADLINE_THIRD_PERSON_BE.fullmatch(" ".join(words[:-len(body)])) is not None \
                and RE_NAME_BE_BEFORE_MARK.search(text, max(0, sp.open_at - 40), sp.open_at + 1) is not None:
            found.append(f)
    return found[0] if found and all(f.person is found[0].person for f in found) else None


def _words_key(content: str, least: int = 6) -> str:
    """A quotation's words, for finding it quoted again: ``least`` words at least (never a slogan),
    case and punctuation aside ("" for fewer, which never match: "Yes." is said by many)."""
    words = RE_WORD.findall(content.lower())
    return " ".join(words) if len(words) >= least else ""


def _role_holder(label: str, bodies: list, cast: Cast) -> Person | None:
    """The one person among the body's speakers whose role holds every word of a headline's label
    (‘Mayor’ for ‘Port Arthur Mayor’, ‘Labour candidate’ for ‘the Labour candidate’), an abbreviated
    title standing for its office (‘Governor’ for ‘Gov. Wendell Harrow’, ‘Senator’ for ‘Sen.’)."""
    words = label.lower().split()
    if not words or words[-1] not in ROLE_NOUNS and not people_words(words[-1]):
        return None  # (a role, never ‘Small island states’)
    return _only_one(f.person for _, f, _ in bodies if f.person.kind == "name" and any(
        all(w in RE_WORD.findall(r.lower()) or w in _role_words(r) for w in words) for r in cast.roles_of(f.person)))


#: An interview's answer label before its quotation: "A: ", "A. ", "A - ".
RE_ANSWER_LABEL = LazyPattern(r"A(?::|\.| [—–-])\s*")


#: Roles of the one who asks in an interview.
INTERVIEWER_WORDS = frozenset("interviewer reporter host presenter journalist correspondent anchor prosecutor "
                              "counsel moderator editor".split())


def _interviewee(text: str, paras: list[tuple[int, int]], sp: Span, cast: Cast, memo: dict) -> Found | None:
    """Who answers in a question-and-answer interview: the one person the article names most
    often in the stretch before its first question ("Q: …"), when there is one; worked out once
    per article (``memo``), over a bounded stretch."""
    if "interviewee" in memo:
        return memo["interviewee"]
    memo["interviewee"] = None
    first_q = next((lo for lo, _ in paras[:sp.paragraph] if RE_QUESTION_LABEL.match(text, lo)), None)
    if first_q is None:
        return None
    memo["interviewee"] = _named_before_questions(text, paras, sp, cast, first_q)
    return memo["interviewee"]


def _named_before_questions(text: str, paras: list[tuple[int, int]], sp: Span, cast: Cast, first_q: int) -> Found | None:
    """The one person the article names most often in the stretch before an interview's first
    question, which opens at ``first_q`` (see ``_interviewee``)."""
    lo = max(0, first_q - INTERVIEW_REACH)
    asking = RE_ASKS.search(text, lo, first_q) is not None  # (a cheap first look, once)
    askers = _askers_by(text, lo, first_q, cast)
    counts = []
    for p in itertools.islice(cast.by_surname.values(), cast.window):
        surname = p.name.split()[-1]
        if p.kind == "name" and " " in p.name and not p.placelike and not is_organisation(p.name.split()) \
                and not any(w in INTERVIEWER_WORDS for r in p.roles for w in r.lower().split()) \
                and not (asking and _asker(text, surname, lo, first_q)) and not any(a is p for a in askers):
            # (never the one asking: "Interviewer Jane Cole", "X questioned the witness", "Under
            # questioning by counsel X, the witness said:")
            # (never the first half of another's double-barrelled surname: ‘Okafor’ in ‘Okafor-Marsh’)
            seen = [i for i in word_positions(text, surname, lo, first_q) if not _double_barrel(text, i, surname)]
            counts.append((len(seen), seen[0] if seen else len(text), p))
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] == 0:
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        # (named as often: the one the introduction right before the first question names first,
        # ‘Coach Walt Kessinger met reporters, a day after benching quarterback Jalen Tate.’)
        intro = ([a for a, _ in paras[:sp.paragraph] if a < first_q][-2:] or [first_q])[0]  # (two paragraphs:
        # ‘Here is an edited transcript.’ may stand alone)
        tied = sorted((c for c in counts if c[0] == counts[0][0] and c[1] >= intro), key=lambda c: c[1])
        if len(tied) > 1:  # (two in the introduction: the subject of its sentence)
            tied = [c for c in tied if _opens_its_sentence(text, c[1])]
        if not tied:
            return None
        counts = tied
    return Found(None, counts[0][2], "interview", None, "name")


#: A lead-in's asker named after "by": "under questioning by", "during cross-examination by",
#: "questioned by", "interviewed by" (the one who puts a transcript's questions; see ``_askers_by``).
#:
#: >>> bool(RE_ASKED_BY.search("Under questioning by Ann Lee, Hart said:")), bool(RE_ASKED_BY.search("He was cross-examined by Lee."))
#: (True, True)
#: >>> bool(RE_ASKED_BY.search("Lee questioned Hart.")), bool(RE_ASKED_BY.search("a question asked by readers"))
#: (False, False)
RE_ASKED_BY = LazyPattern(r"\b(?:(?i:under|during|in|on) (?:re-|cross-)?(?:questioning|examination)"
                          r"|(?:[Qq]uestioned|[Cc]ross-examined|[Rr]e-examined|[Ii]nterviewed|[Qq]uizzed)) by ")

#: A clause of someone's own, or an earlier time, right before a questioning (‘who was first interviewed by’,
#: ‘had earlier been questioned by’): an asking told of, never the lead-in of the transcript below.
#:
#: >>> bool(RE_EARLIER_ASKING.search("Ellen Price, who was first ")), bool(RE_EARLIER_ASKING.search("Under "))
#: (True, False)
RE_EARLIER_ASKING = LazyPattern(r"\b(?:who|whom|which|that|first|earlier|previously|once|had been)\b[^,.;:]{0,30}$")

#: A name alone, set off by commas after the asker's role ("by the company's lawyer, Ann Lee,").
#:
#: >>> bool(RE_NAME_ALONE.fullmatch("Ann Lee")), bool(RE_NAME_ALONE.fullmatch("Hart said"))
#: (True, False)
RE_NAME_ALONE = LazyPattern(r"(?:\p{Lu}[\p{L}’'\-]*\.? ){0,3}\p{Lu}[\p{L}’'\-]+")

#: A capitalised word and what follows it (a possessive's "’s" tells an owner, never the asker).
RE_CAPITAL_WORD = LazyPattern(r"\p{Lu}[\p{L}’'\-]+(?![’']s\b)\b")


def _askers_by(text: str, lo: int, hi: int, cast: Cast) -> list[Person]:
    """Those named as the askers of a lead-in in ``text[lo:hi]`` (:data:`RE_ASKED_BY`): a person named
    in full whose surname stands in the phrase after "by", up to its comma (‘Under questioning by
    prosecutor Ann Lee, Hart said:’), or in a name alone set off after that phrase (‘Under
    cross-examination by the company's lawyer, Ann Lee, she said:’; never the subject after it:
    ‘Questioned by his own lawyer, Hart said:’)."""
    found = []
    for m in RE_ASKED_BY.finditer(text, lo, hi):
        if RE_EARLIER_ASKING.search(text, max(lo, m.start() - 40), m.start()) is not None:
            continue  # (guard: a questioning told of in a clause of its own, ‘Ellen Price, who was first interviewed
            # by Detective Sergeant Karen Holt in 2019, gave evidence …’, review of w144t)
        end = min(hi, m.end() + 120)
        stop = next((k for k in range(m.end(), end) if text[k] in ".;:\n"), end)
        parts = text[m.end():stop].split(", ")
        person = _surname_in(parts[0], cast)
        if person is None and len(parts) > 2 and RE_NAME_ALONE.fullmatch(parts[1]):
            person = _surname_in(parts[1], cast)
        if person is not None:
            found.append(person)
    return found


def _surname_in(words: str, cast: Cast) -> Person | None:
    """The first person named in full whose surname is a capitalised word of ``words`` (never an
    owner's: ‘Mr Hart's barrister’)."""
    for w in RE_CAPITAL_WORD.findall(words):
        known = cast.by_surname.get(w.lower())
        if known is not None and known.kind == "name" and " " in known.name and known.name.endswith(w) \
                and not is_organisation(known.name.split()):
            return known
    return None


def _interviewer(text: str, paras: list[tuple[int, int]], sp: Span, cast: Cast) -> Found | None:
    """Who asks a question labelled "Q: " in a transcript: the one asker the lead-in right before
    its run of "Q:" and "A:" paragraphs names after "by" (``_askers_by``: ‘Under questioning by
    prosecutor Ann Lee, Hart described the night. / Q: "What did you see?"’). None when the lead-in
    names no asker, or several."""
    k = sp.paragraph - 1
    while k >= 0 and (RE_QUESTION_LABEL.match(text, paras[k][0]) or RE_ANSWER_LABEL.match(text, paras[k][0])):
        k -= 1
    if k < 0:
        return None
    askers = _askers_by(text, *paras[k], cast)
    if not askers or any(a is not askers[0] for a in askers):
        return None
    return Found(None, askers[0], "interview", None, "name")


def _double_barrel(text: str, at: int, surname: str) -> bool:
    """The surname at ``at`` is the first half of a double-barrelled one (‘Okafor’ in ‘Okafor-Marsh’).

    >>> _double_barrel("Ada Okafor-Marsh", 4, "Okafor"), _double_barrel("Ada Okafor said", 4, "Okafor")
    (True, False)
    """
    end = at + len(surname)
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isupper()


def _answering(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, memo: dict) -> Person | None:
    """The one who speaks the paragraph of ``sp`` in an interview printed as questions and answers,
    when the paragraph opens with an answer's label: "A: " (the interviewee, see ``_interviewee``)
    or a surname and a colon of someone the article names in full (‘Mokoena: Whether their child
    is cured. …’). None for any other paragraph: "I" there is the writer, or no one known."""
    if RE_ANSWER_LABEL.match(text, sp.para_start) is not None:
        found = _interviewee(text, paras, sp, cast, memo)
        return found.person if found is not None else None
    label = RE_TURN_LABEL.match(text, sp.para_start, sp.open_at)
    if label is None:
        questions = _unlabelled_questions(text, paras, memo)
        if len(questions) < UNLABELLED_QUESTIONS_MIN or sp.paragraph <= questions[0] or sp.paragraph in questions \
                or RE_OPENING_MARK.match(text, sp.para_start):
            return None  # (an answer's paragraph is the interviewee's own words, unquoted)
        return _unlabelled_interviewee(text, paras, sp, cast, memo)
    known = cast.by_surname.get(label.group(1).lower())
    if known is None or known.kind != "name" or " " not in known.name or not known.name.endswith(label.group(1)) \
            or is_organisation(known.name.split()):
        return None  # (someone named in full, by their surname: never a heading's ‘Update:’)
    return known


#: How many unlabelled questions make an article a printed interview (see ``_unlabelled_questions``).
UNLABELLED_QUESTIONS_MIN = 3

#: A paragraph that is the writer's short question in an interview printed without labels: a few
#: words ending in a question mark, none quoted at its end (‘Ten years is a long time. What happened?’).
#:
#: >>> bool(RE_UNLABELLED_QUESTION.fullmatch("Was he?")), bool(RE_UNLABELLED_QUESTION.fullmatch("“Was he?”"))
#: (True, False)
RE_UNLABELLED_QUESTION = LazyPattern(r"(?![\p{Pi}\"'‘])[^\n]{2,300}?[^\p{Pf}\"'’]\?")

#: Words before an unlabelled interview's first question that tell it is one: the subject spoke to
#: the paper, the exchange was edited (‘Penrose, 71, spoke to us at her studio. The conversation has
#: been edited.’); a first-person column's or an open letter's run of questions has none.
#:
#: >>> bool(RE_INTERVIEW_FRAME.search("Valdez, 62, talked to us on a quiet Tuesday.")), \
#: ...     bool(RE_INTERVIEW_FRAME.search("Oyelaran said it was unavoidable."))
#: (True, False)
RE_INTERVIEW_FRAME = LazyPattern(r"(?i)\b(?:(?:spoke|speaks|talked|talks|chatted|chats) (?:to|with) (?:us|me|this)\b|"
                                 r"sat down with|(?:conversation|interview|exchange|transcript) (?:has|have) been|"
                                 r"edited (?:for|and)|condensed|in conversation with)")

#: A quotation mark opening a paragraph, after any white space.
#:
#: >>> bool(RE_OPENING_MARK.match("  “Was he?”")), bool(RE_OPENING_MARK.match("Was he?"))
#: (True, False)
RE_OPENING_MARK = LazyPattern(r"\s*[\p{Pi}\"'‘]")

#: A stretch in quotation marks (dropped before looking for an answer's own first person).
#:
#: >>> RE_ANY_QUOTED.sub("", 'Lene said, "I know," and I agreed.')
#: 'Lene said,  and I agreed.'
RE_ANY_QUOTED = LazyPattern(r"[“\"][^”\"\n]*[”\"]|(?<!\w)‘[^’\n]*(?:’(?!\w)|$)")

#: First person outside the quotations of an answer's paragraph (‘Honestly? I wrote three novels’).
#:
#: >>> bool(RE_FIRST_PERSON_I.search("Honestly? I wrote three novels")), bool(RE_FIRST_PERSON_I.search("I’ve no idea"))
#: (True, True)
#: >>> bool(RE_FIRST_PERSON_I.search("World War I. Then")), bool(RE_FIRST_PERSON_I.search("It was"))
#: (False, False)
RE_FIRST_PERSON_I = LazyPattern(r"\bI(?:\b(?!\.)|[’']\p{Ll})")

#: A paragraph set wholly in bold or italics (‘**Why did you leave?**’, ‘*Why?*’): the way a printed
#: interview marks its questions; group 1 is the words inside.
#:
#: >>> RE_MARKED_PARAGRAPH.fullmatch("**Why did you leave?**").group(1), RE_MARKED_PARAGRAPH.fullmatch("_Why?_").group(1)
#: ('Why did you leave?', 'Why?')
#: >>> RE_MARKED_PARAGRAPH.fullmatch("**Why?** I left.") is None
#: True
RE_MARKED_PARAGRAPH = LazyPattern(r"(?:\*\*|__|\*|_)(?!\s)([^*_\n]{2,300}?)(?<!\s)(?:\*\*|__|\*|_)")

#: An answer's own first person, any case, outside its quotations, after a question set in bold or
#: italics (‘My first agent told me, “…”’): the marks already tell the piece is an interview.
#:
#: >>> bool(RE_ANSWER_FIRST_PERSON.search("Nine! My husband read it")), bool(RE_ANSWER_FIRST_PERSON.search("Nine pictures."))
#: (True, False)
RE_ANSWER_FIRST_PERSON = LazyPattern(r"\bI(?:\b(?!\.)|[’']\p{Ll})|\b(?:[Mm]y|me|myself|[Ww]e|[Oo]ur|us)\b")


def _unlabelled_questions(text: str, paras: list[tuple[int, int]], memo: dict) -> list[int]:
    """The paragraphs of an interview printed as questions and answers with no labels: short
    paragraphs that are the writer's questions (``RE_UNLABELLED_QUESTION``), each followed by an
    unquoted paragraph of the interviewee's in the first person (‘Was he? / The boat existed. … I
    found a harbormaster's log …’); none unless the article has several such. Worked out once per
    article (``memo``)."""
    if "unlabelled-questions" in memo:
        return memo["unlabelled-questions"]
    found = []
    marked_found = []
    for k in range(1, len(paras) - 1):
        lo, hi = paras[k]
        body = text[lo:hi].strip()
        marked = RE_MARKED_PARAGRAPH.fullmatch(body)
        if marked is not None:  # (‘**Was that frustrating?**’: a question set apart in bold or italics)
            body = marked.group(1).strip()
        if "?" not in body[-1:] or not RE_UNLABELLED_QUESTION.fullmatch(body):
            continue
        if marked is not None:
            plain = RE_ANY_QUOTED.sub("", body)
            if RE_ASKS_YOU.search(plain) is None and RE_READER_FIRST_PERSON.search(plain) is not None:
                continue  # (a reader's question of an explainer, ‘**Can I get a refund?**’, ‘**Is my money safe?**’)
        a_lo, a_hi = paras[k + 1]
        answer = text[a_lo:a_hi]
        first_person = RE_FIRST_PERSON_I if marked is None else RE_ANSWER_FIRST_PERSON
        if not RE_OPENING_MARK.match(answer) and not answer.rstrip().endswith("?") \
                and first_person.search(RE_ANY_QUOTED.sub("", answer)):
            found.append(k)
            if marked is not None:
                marked_found.append(k)
    if marked_found and found and not any(
            RE_WRITER_IN_FRAME.search(text, _after_last_stop(text, m.start()), m.start()) is None
            for m in RE_INTERVIEW_FRAME.finditer(text, 0, paras[found[0]][0])):
        found = [k for k in found if k not in marked_found]  # (bold questions after only the writer's own
        # ‘I sat down with Mayor X’ are a reporter's subheads, whose "I" is the writer's; review rv85c)
    if len(found) >= UNLABELLED_QUESTIONS_MIN and RE_INTERVIEW_FRAME.search(text, 0, paras[found[0]][0]) is None:
        found = []  # (no word before the first question that the piece is an interview: a first-person
        # column's or an open letter's own questions, ‘Where does the money go? / I rang the council … I
        # said, “…”’, whose "I" is the writer)
    memo["unlabelled-questions"] = found if len(found) >= UNLABELLED_QUESTIONS_MIN else []
    memo["unlabelled-marked"] = bool(set(marked_found) & set(memo["unlabelled-questions"]))
    return memo["unlabelled-questions"]


def _unlabelled_interviewee(text: str, paras: list[tuple[int, int]], sp: Span, cast: Cast, memo: dict) -> Person | None:
    """Who answers an interview printed without labels (``_unlabelled_questions``): the one the
    article names most often before its first question; worked out once per article (``memo``)."""
    if "unlabelled-interviewee" not in memo:
        questions = _unlabelled_questions(text, paras, memo)
        memo["unlabelled-interviewee"] = _named_before_questions(
            text, paras, sp, cast, paras[_first_question_shaped(text, paras, questions[0])][0]) if questions else None
        if memo["unlabelled-interviewee"] is not None and memo.get("unlabelled-marked") \
                and (not _frame_names(text, paras[questions[0]][0], memo["unlabelled-interviewee"].person, cast)
                     or any(True for k in questions for _ in word_positions(
                         text, memo["unlabelled-interviewee"].person.name.split()[-1], *paras[k]))):
            memo["unlabelled-interviewee"] = None  # (never one a bold question names, ‘**What did Brill say
            # about tax?**’: a live blog's subhead about them, not a question to them; review rv85c)
    found = memo["unlabelled-interviewee"]
    return found.person if found is not None else None


def _first_question_shaped(text: str, paras: list[tuple[int, int]], first: int) -> int:
    r"""The first paragraph up to ``first`` (the first of an unlabelled interview's questions, each
    followed by an answer in the first person) that is shaped as its question (:data:`RE_UNLABELLED_QUESTION`)
    after the article's first paragraph: an earlier question whose answer says no "I" (‘Badly, at first.
    We spent two months …’) still opens the interview, and a name its answer gives (‘My co-founder, Jo
    Ek, said …’) is never the answerer's (w142j).

    >>> t = "Head\n\nAnn Lee runs a studio.\n\nHow did it go?\n\nBadly. We tried.\n\nAnd now?\n\nI rest."
    >>> import re; ps = [m.span() for m in re.finditer(r"[^\n]+", t)]
    >>> _first_question_shaped(t, ps, 4)
    2
    """
    for k in range(2, first):
        body = text[paras[k][0]:paras[k][1]].strip()
        if body.endswith("?") and RE_UNLABELLED_QUESTION.fullmatch(body) and not RE_OPENING_MARK.match(body):
            return k
    return first


#: A question set in bold or italics that asks its answerer (‘**Do you still talk?**’).
RE_ASKS_YOU = LazyPattern(r"\b[Yy]ou(?:r|rs|rself)?\b")

#: The writer, or the paper's own staff, as the one who tells a piece is an interview (‘I sat down
#: with Mayor X’, ‘Our political editor sat down with the chancellor’): a reporter's piece.
RE_WRITER_IN_FRAME = LazyPattern(r"\bI\b(?!\.)|\b(?:[Ww]e|[Oo]ur)\b")

#: A reader's own first person in a question set in bold or italics (‘**Can I get a refund?**’).
RE_READER_FIRST_PERSON = LazyPattern(r"\bI(?:\b(?!\.)|[’']\p{Ll})|\b(?:[Mm]y|me|[Ww]e|[Oo]ur|us)\b")

#: A byline's or an interviewer's name before an interview's questions (‘Interview by Tom Reyes’,
#: ‘Tom Reyes meets the novelist …’).
RE_BYLINE_BEFORE = LazyPattern(r"(?i)\bby\s+$")


def _frame_names(text: str, first_q: int, person: Person, cast: Cast) -> bool:
    """Whether the one an interview whose questions are set in bold or italics would be given to is
    no byline's (‘Interview by Tom Reyes’, ‘Tom Reyes meets …’) and, when the sentence that tells it is
    an interview names someone (‘Ashby spoke to us.’), is that one (review rv85c)."""
    lo = max(0, first_q - INTERVIEW_REACH)
    for i in word_positions(text, person.name, lo, first_q):
        if RE_BYLINE_BEFORE.search(text, max(0, i - 12), i) is not None \
                or text.startswith(" meets ", i + len(person.name)):
            return False
    named = set()
    for frame in RE_INTERVIEW_FRAME.finditer(text, lo, first_q):
        start = _after_last_stop(text, frame.start())
        named |= {p.name for p in cast.by_surname.values() if p.kind == "name" and " " in p.name
                  and any(True for _ in word_positions(text, p.name.split()[-1], start, frame.start()))}
    return not named or person.name in named


#: A speaker's label opening a paragraph of a printed interview: a surname and a colon ("Mokoena: ").
RE_TURN_LABEL = LazyPattern(r"(\p{Lu}[\p{Ll}’'\-]+(?:-\p{Lu}[\p{Ll}]+)?):\s")


def _opens_its_sentence(text: str, at: int) -> bool:
    """The name at ``at`` is its sentence's subject: only title words stand before it (‘Condors head
    coach Walt Kessinger met reporters’; never ‘After the sacking of Tom Reed, Ann Lee …’)."""
    words = text[_after_last_stop(text, at):at].split()
    return len(words) <= 5 and not any(w.lower().strip(",") in FUNCTION_WORDS or w.endswith(",") for w in words)


#: How far before an interview's first question its people are counted.
INTERVIEW_REACH = 4000

#: An interview's question label: "Q: ", "Q. ", "Q - ".
RE_QUESTION_LABEL = LazyPattern(r"Q(?::|\.| [—–-])\s")

#: A verb of asking anywhere (a cheap first look before the per-person one, made once per article).
RE_ASKS = LazyPattern(r"\b(?:interviewed|questioned|asked)\b")
