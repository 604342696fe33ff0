"""Interviews and exchanges: the turns of a printed interview or transcript, questions and short
replies, comebacks, cut-in turns and reactions between two speakers.
"""

from __future__ import annotations

import re

import regex

from quotesearch.backward_cues import ASKING_VERBS, DASHES
from quotesearch.cue_tokens import Found, _first_word, sentence_ends
from quotesearch.cue_phrases import ASK_VERBS
from quotesearch.lexicon import LazyPattern
from quotesearch.speech_words import (
    ASIDE_CUE_VERBS, AUXILIARIES, EXCHANGE_VERBS, REACTION_VERBS, REMARK_MAX_WORDS, REPLY_MAX_WORDS, REPLY_WORDS,
    RE_JUDGES_ANSWER, SPEECH_VERBS,
)
from quotesearch.mention_words import Mention
from quotesearch.metadata import byline
from quotesearch.tokens import Token, tokenize, word_positions
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.name_parts import FUNCTION_WORDS, GENDERED_HONORIFICS
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.relations import _only_one
from quotesearch.titles import RE_WORD
from quotesearch.writers import GENDERS, _addresses, _hails


#: A transcript's speaker label at the start of quoted text: "PENCE: And that’s why…".
#:
#: >>> RE_SPEAKER_LABEL.match("WALLACE: Governor, I don’t").group(1)
#: 'WALLACE'
RE_SPEAKER_LABEL = LazyPattern(r"(?!(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|JUST IN|NEWS ALERT|ALERT|WATCH|WATCH LIVE|NEW|EXCLUSIVE"
                              r"|LIVE|CORRECTION|URGENT|WARNING|ATTENTION|NOTICE|REMINDER|FLASH|DEVELOPING|UPDATES|VIDEO|PHOTOS):)"
                              r"(\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu}):\s")


#: The subject pronoun of an owner's: "His verdict:" is what "he" said.
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


#: A speaker speaking of themself in the singular: a person, never a body.
RE_FIRST_PERSON = LazyPattern(r"(?<!\p{Lu}\p{L}* )\b(?:I|I’m|I'm|I’ve|I've)\b|\b(?:my|me|myself)\b")  # (never "Phase I")


def _introduces_next(text: str, toks: list[Token]) -> bool:
    """The words after a finished quotation end in a colon before another quotation (‘…” Trump
    said: “…’, ‘…” In a statement, Peabody said: “…’, ‘…” Its chief executive, Colin Marsh, told
    the BBC: “…’): their cue introduces that one."""
    i = _first_word(toks)
    for k, t in enumerate(toks[i:], i):
        if not t.text[:1].isalnum():
            if t.text == "," and k + 2 < len(toks) and toks[k + 1].word == "to" and toks[k + 2].word == "which" \
                    and not (k + 4 < len(toks) and toks[k + 3].word in ("he", "she", "they")
                             and toks[k + 4].word not in REPLY_CUES):
                return False  # (the colon is a reply clause's, its own cue's: ‘“…?” asked X, to which Y
                # retorted: “…”’: the question stays the asker's; but a pronoun's plain "said" there reads as
                # before, "she" the one asked, never the asker: ‘asked Mayor Dana Cole, to which she said:’, rv26)
            if t.text in ",()" or t.text in DASHES:
                continue  # (an opening phrase's comma, or an aside's)
            if t.text != ":":
                return False
            nxt = text[t.end:t.end + 40].lstrip()[:1]  # (the next line may be the quotation)
            return bool(nxt) and nxt in "“\"‘'`«„‹"
    return False


#: A sentence with no one in it to speak, that frames what anyone might say: ‘It seems unfair to
#: simply tell the town: “…”’, ‘It is easy to say “…”’, ‘It would be wrong to call it “…”’.
#:
#: >>> bool(RE_ANYONE_SAYING.match("It seems unfair to simply tell the communities: "))
#: True
RE_ANYONE_SAYING = LazyPattern(r"[ \t]*It(?: (?:seems|seemed|is|was|would be|would seem|will be)|['’]s)"
                               r" (?!(?:high |about |now |past )?time\b)[^.!?“\"]{0,40}?\bto (?:\p{Ll}+ly )?(?:say|tell|ask|call|argue|insist|claim|declare)\b")
    # names, never a capital that opens the sentence: ‘Reporters laughed.’, review rv18)


def _said_by_anyone(text: str, sp: Span) -> bool:
    """The quotation's own sentence says what anyone might say (:data:`RE_ANYONE_SAYING`): no
    speaker of the paragraph's earlier quotation speaks it."""
    ends = sentence_ends(text, max(sp.para_start, sp.open_at - CONTEXT_CHARS), sp.open_at)
    return RE_ANYONE_SAYING.match(text, ends[-1] if ends else sp.para_start, sp.open_at) is not None


def _interview_turn(text: str, spans: list[Span], results: list, i: int, cast: Cast,
                    turns: dict[int, Person | None]) -> Found | None:
    """A quotation with no cue, opening its paragraph, after the writer's own question in the
    paragraph before (‘“Does it still hurt?” I ask.’ / ‘“Every single time.”’): the answer of the
    person the writer asks, the last one named before the question; a question with no cue after
    an answer is the writer's again, and the quotation after it the same person's answer."""
    sp = spans[i]
    if i == 0 or sp.open_at != sp.para_start:
        return None
    psp, pfound, _ = results[i - 1]
    if psp.paragraph != sp.paragraph - 1:
        return None
    if (sp.close_end or sp.end) < sp.para_end - 1 and text[(sp.close_end or sp.end):sp.para_end].strip():
        return None  # (the answer alone in its paragraph: ‘“…,” says a voice on the line’ has its own cue)
    if pfound is not None and pfound.mention is not None and pfound.mention.text.lower() == "i" \
            and (pfound.cue or "").lower() in ("ask", "asked", "asks") and text[psp.end - 1] == "?" \
            and RE_I_ASK_ALONE.match(text, pfound.mention.start):
        position, cast.position = cast.position, psp.open_at
        asked = next((p for _, p in reversed(cast.recent) if p.kind in ("name", "description") and not p.plural
                      and (p.kind == "description" or p.personlike)), None)  # (‘her aide’, ‘our guide’ too)
        cast.position = position
    elif pfound is None and (i - 1) in turns:
        asked = turns[i - 1]  # the writer's question with no cue, after an answer
    elif pfound is not None and pfound.how == "interview-turn" and text[sp.end - 1] == "?" and pfound.person is not None:
        turns[i] = pfound.person  # a question after an answer: the writer's, asking the same person
        return WRITER
    else:
        return None
    if asked is None or text[sp.end - 1] == "?":
        return None
    return Found(None, asked, "interview-answer", None, "interview-turn")


#: A transcript's turn: its speaker's label in capitals opening the paragraph, a colon, then the
#: words of that turn (‘OKONJO: Not at all. My mother said …’, ‘DE VRIES: …’).
#:
#: >>> RE_CAPS_TURN_LABEL.match("MCCARTHY: I told him, “…”").group(1)
#: 'MCCARTHY'
RE_CAPS_TURN_LABEL = LazyPattern(r"(\p{Lu}[\p{Lu}'’\-]+(?: \p{Lu}[\p{Lu}'’\-]+){0,2}):[ \t]+(?=\S)")

#: Words before a quotation in a question's sentence that make it the words of the one asked:
#: ‘In March you said the squad was “…”’, ‘You told reporters “…”’, ‘you called it “…”’.
RE_YOU_SAID = LazyPattern(r"\b[Yy]ou (?:(?:have|had|once|also|yourself|then|just) )?(?:said|told|called|wrote|described"
                          r"|promised|insisted|claimed|warned|tweeted|posted|declared)\b")


def _turn_labels(text: str, paras: list[tuple[int, int]], cast: Cast) -> dict[int, tuple[int, Person]]:
    """The turns of a transcript, by paragraph: where the turn's words start and the person its label
    names. A transcript has at least two labels, each opening two paragraphs or more, and each
    label is a word of the name of someone the article named in full (‘MARSH’ is Helen Marsh, ‘ROSLAN’
    Roslan Hamid); anything less (one label, a label no one is named by) is no transcript."""
    found: dict[int, regex.Match] = {}
    for k, (lo, hi) in enumerate(paras):
        if text[lo:lo + 2].isupper() and (m := RE_CAPS_TURN_LABEL.match(text, lo, hi)) is not None \
                and RE_SPEAKER_LABEL.match(text, lo, hi) is not None:  # (never ‘UPDATE:’, ‘BREAKING:’)
            found[k] = m
    counts: dict[str, int] = {}
    for m in found.values():
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if sum(1 for c in counts.values() if c >= 2) < 2:
        return {}
    people: dict[str, Person | None] = {}
    turns: dict[int, tuple[int, Person]] = {}
    position = cast.position
    for k, m in found.items():
        label = m.group(1)
        if counts[label] < 2:
            continue
        if label not in people:
            cast.position = m.start()
            p = cast.resolve(Mention(m.start(1), m.end(1), label, "name"))[0]
            words = [w.lower() for w in p.name.replace("-", " ").split()] if p is not None else []
            people[label] = p if p is not None and p.kind == "name" and len(words) > len(label.split()) and all(
                w in words for w in label.lower().replace("-", " ").split()) else None  # (named in full elsewhere:
            # never ‘LONDON:’ and ‘PARIS:’ of a round-up, which name no one)
        if people[label] is not None:
            turns[k] = (m.end(), people[label])
    cast.position = position
    if len({p.name for _, p in turns.values()}) == 1 and _asker_label(text, paras, found, counts, people):
        return turns  # (one named answerer and the publication asking: ‘THE LEDGER: …? / KOWALCZYK: …’)
    return turns if len({p.name for _, p in turns.values()}) >= 2 else {}


def _asker_label(text: str, paras: list[tuple[int, int]], found: dict[int, regex.Match], counts: dict[str, int],
                 people: dict[str, Person | None]) -> bool:
    """Another label opens two turns or more, names no one the article names in full, and one of its turns
    at least is a question: the interviewer's, as a publication labels its own turns (‘THE LEDGER: How do
    you handle hecklers now? / KOWALCZYK: Depends. …’), whose one named answerer's turns stand; never a
    round-up's place names, which ask nothing (‘LONDON: …’, ‘PARIS: …’)."""
    return any(counts[m.group(1)] >= 2 and people.get(m.group(1), 0) is None
               and text[paras[k][0]:paras[k][1]].rstrip().endswith("?") for k, m in found.items())


def _transcript_turns(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Quotations inside a transcript's turn, after its label (‘OKONJO: Honestly? “Not again.” We had
    lost late …’): the words of the one whose turn it is, unless the turn says who said them. The
    turn's own "I" says them (‘I said to the bench, “…”’, ‘my answer is the same: “…”’); a quotation no
    cue in its turn gives, or that a speaker outside the turn was lent, is theirs too. In a question's
    turn, what "you said" is the words of the one who answers it in the next turn (‘In May you said
    the plan was “…”. Do you stand by that?’). Anyone else the turn names speaking keeps their words
    (‘My officers told me, “…”’, ‘the chairman came to me and said, “…”’)."""
    if not any(sp.open_at > sp.para_start and text[sp.para_start:sp.para_start + 2].isupper() for sp in spans):
        return  # (cheap: no quotation inside a paragraph that opens in capitals)
    turns = _turn_labels(text, paras, cast)
    if not turns:
        return
    for i, (sp, found, kind) in enumerate(results):
        turn = turns.get(sp.paragraph)
        if turn is None or kind == "scare" or sp.continued or sp.open_at < turn[0]:
            continue
        own, person = turn
        ends = sentence_ends(text, own, sp.open_at)
        lead = text[ends[-1] if ends else own:sp.open_at]  # the quotation's sentence before its mark
        if text[sp.para_start:sp.para_end].rstrip().endswith("?"):  # a question's turn
            nxt = turns.get(sp.paragraph + 1)
            if RE_YOU_SAID.search(lead) is not None and nxt is not None and nxt[1] is not person \
                    and (found is None or found.mention is None or found.mention.start < sp.para_start
                         or found.mention.text.lower() == "you"):
                results[i] = (sp, Found(None, nxt[1], "interview-answer", None, "transcript-turn"), kind)
            continue
        if found is not None and found.mention is not None and found.mention.start >= own \
                and found.mention.text.lower() not in ("i", "me", "my"):
            continue  # (someone the turn names: ‘My officers told me, “…”’)
        if found is None or (found.mention is not None and found.mention.start < sp.para_start) \
                or (found.mention is not None and found.mention.text.lower() in ("i", "me", "my")):
            lo = ends[-1] if ends else own
            if i > 0 and (before_sp := results[i - 1][0]).paragraph == sp.paragraph and before_sp.close_end is not None \
                    and lo < before_sp.close_end <= sp.open_at and results[i - 1][1] is not None:
                lo = before_sp.close_end  # (past a quotation of the same sentence another is given: ‘a woman
                # shouted, “…,” and I said, “…”’ is the turn's own "I" answering)
            toks = tokenize(text, lo, sp.open_at)
            if not _said_by_i(toks) or any(t.word in THIRD_PERSON_WORDS or t.text == "Her" for t in toks):
                continue  # (a cue whose speaker no sieve found: never the turn's by default)
            if ends and not text[ends[-1]:sp.open_at].strip():  # (the quotation opens its sentence)
                before = tokenize(text, ends[-2] if len(ends) > 1 else own, ends[-1])
                if len(RE_WORD.findall(text, ends[-2] if len(ends) > 1 else own, ends[-1])) > 2 and not (
                        any(t.word in SPEECH_VERBS for t in before) and _said_by_i(before)
                        and not any(t.word in THIRD_PERSON_WORDS for t in before)):
                    continue  # (after a sentence of the turn's about something else, the words may be a
                    # notice's, a letter's or another's: ‘Pinning a notice to the door. “Closed until further
                    # notice.”’, ‘The letter is wrong. “Not compliant” is their view’; only a bare opener,
                    # ‘Honestly? “Not this again.”’, or the turn's own ‘I said it then.’ before)
            results[i] = (sp, Found(None, person, "interview-answer", None, "transcript-turn"), kind)


def _said_by_i(toks: list[Token]) -> bool:
    """Every verb of speech among ``toks`` is the speaker's own "I"'s, auxiliaries and adverbs between
    (‘and I said,’, ‘I have always said’); none at all is the same (‘My answer is the same: “…”’).

    >>> _said_by_i(tokenize("I turned to him and I said,")), _said_by_i(tokenize("Kieran came to me and said,"))
    (True, False)
    """
    for v, t in enumerate(toks):
        if t.word not in SPEECH_VERBS or (v > 0 and toks[v - 1].word in OWN_WORDS_NOUN_LEADS):
            continue  # (a noun: ‘My answer is the same’, ‘that promise’)
        k = v - 1
        while k >= 0 and (toks[k].word in AUXILIARIES or toks[k].word == "am" or toks[k].word.endswith("ly")):
            k -= 1
        if k < 0 or toks[k].text != "I":
            return False
    return True


#: Words before a verb of speech's form that make it a noun (‘my answer’, ‘the reply’, ‘that promise’).
OWN_WORDS_NOUN_LEADS = frozenset("my our your his her their the a an that this same".split())

#: Someone else in a turn's sentence before a quotation (‘His line all season has been “…”’, ‘she
#: said’): the turn's speaker reports another's words, whom no sieve may have found.
#: (never an object, ‘I looked at them and I said’; "her" only opening its sentence, ‘Her motto is …’)
THIRD_PERSON_WORDS = frozenset("he she they his their".split())


#: The sentence that ends a paragraph to give someone's account whole in the paragraphs after it:
#: ‘Her account is worth quoting in full.’, ‘His story is worth hearing at length:’, ‘In her own
#: words:’, ‘Here is his account.’, ‘This is how she tells it:’ (the owner is the one speaking).
#:
#: >>> RE_ACCOUNT_GIVEN.search("She has never spoken of it. Her account is worth quoting in full.").group("own")
#: 'Her'
RE_ACCOUNT_GIVEN = LazyPattern(
    r"(?:\b(?P<own>[Hh]is|[Hh]er|[Tt]heir) (?:own )?(?:full )?(?:account|story|testimony|recollection|recollections"
    r"|version|words|telling)(?: of (?:it|that|events|what happened|the \p{Ll}+(?: \p{Ll}+)?))?"
    r" (?:is|are|was|were|deserves?|bears?) (?:worth )?(?:giving|quoting|hearing|reading|repeating|setting out"
    r"|quotation)(?: (?:at length|in full|in (?:his|her|their) own words|whole|unedited))?"
    r"|\b(?:[Ii]n|[Hh]ere is|[Hh]ere's|[Tt]his is) (?P<own2>his|her|their)"
    r" (?:own )?(?:account|story|words|testimony|recollection)(?: of (?:it|that|events|what happened))?"
    r"|\b(?:[Tt]his is how|[Hh]ere is how) (?P<who>he|she|they) (?:tells|told|describes|described|recalls|recalled"
    r"|remembers|remembered) it)[ \t]*[.:][ \t]*$")

#: (prefilter) Words one of which every match of :data:`RE_ACCOUNT_GIVEN` holds: the account's noun, or
#: the "is how" of ‘This is how she tells it’.
ACCOUNT_GIVEN_WORDS = ("account", "story", "testimony", "recollection", "version", "words", "telling", "is how ")

#: Possessives and pronouns of an account's owner, as the pronoun that stands for them.
ACCOUNT_OWNERS = OWNER_PRONOUNS | {p: p for p in OWNER_PRONOUNS.values()}


def _accounts_given(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Quotations given at length after a paragraph that ends by introducing someone's account
    (‘Sgt Ruth Oyelaran has not spoken of that night until now. Her account is worth quoting in full.’
    / ‘“We were on the second floor …’, and its paragraphs after): the account's owner, the one its
    possessive stands for, speaks the quotation opening the next paragraph with no cue of its own,
    and every paragraph of it that the quotation runs on into."""
    i = 0
    while i < len(results):
        sp, found, kind = results[i]
        i += 1
        if found is not None or sp.continued or sp.open_at != sp.para_start or sp.paragraph == 0 or kind == "scare":
            continue
        lo, hi = paras[sp.paragraph - 1]
        hi = lo + len(text[lo:hi].rstrip())
        if hi - lo < 12 or text[hi - 1] not in ".:":
            continue
        if not any(text.find(w, max(lo, hi - 120), hi) >= 0 for w in ACCOUNT_GIVEN_WORDS):
            continue  # (a plain test first: the pattern is compiled only for an article that may need it)
        m = RE_ACCOUNT_GIVEN.search(text, max(lo, hi - 120), hi)
        if m is None:
            continue
        own = next(g for g in ("own", "own2", "who") if m.group(g))
        position, cast.position = cast.position, m.start(own)
        person = cast.resolve(Mention(m.start(own), m.end(own), ACCOUNT_OWNERS[m.group(own).lower()], "pronoun"))[0]
        cast.position = position
        if person is None or person.kind != "name":
            continue  # (a name only: never ‘Their account is worth giving’ of a crowd)
        results[i - 1] = (sp, Found(None, person, "previous-paragraph", None, "account"), kind)
        while i < len(results) and results[i][0].continued and results[i][1] is None:
            results[i] = (results[i][0], Found(None, person, "continuation", None, "account"), results[i][2])
            i += 1


#: The writer named in the standfirst of a feature, whom the subject talks to: ‘He tells Sarah
#: Lomax why he has never been happier.’, ‘She talks to Ama Owusu about …’.
RE_STANDFIRST_WRITER = LazyPattern(r"\b(?:tells|talks to|speaks to|opens up to) (\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}[\p{Ll}’']+){1,2})"
                                   r" (?:why|how|what|about|that)\b")


def _writer_asking(text: str, sp: Span, found: Found, paras: list[tuple[int, int]], memo: dict) -> Person | None:
    """The writer who asks the question right before their own "I ask" (‘“Are you nervous?” I ask
    him.’), when the article names one writer: the one name of a byline near the top (‘By Jo
    Mensah’), or the one a feature's standfirst says the subject talks to (‘He tells Sarah Lomax
    why …’), named nowhere else. None for any other "I" (what the writer says or writes is no
    quotation of theirs to list)."""
    if (found.cue or "").lower() not in ASK_VERBS or not text[sp.start:sp.end].rstrip().endswith("?") \
            or found.mention.start < (sp.close_end or sp.end) \
            or text[(sp.close_end or sp.end):found.mention.start].strip(" ,"):
        return None
    if "writer" not in memo:
        memo["writer"] = None
        names = byline(text)
        if names is not None:
            memo["writer"] = Person(names) if ";" not in names and " " in names else None
        else:
            for lo, hi in paras[:3]:
                told = RE_STANDFIRST_WRITER.search(text, lo, hi) if hi - lo <= 300 else None
                surname = told.group(1).split()[-1] if told is not None else ""
                if told is not None and sum(1 for _ in word_positions(text, surname)) == 1:
                    memo["writer"] = Person(told.group(1))
                    break
    return memo["writer"]


#: The writer's question with no one named after the verb: "I ask." (never "I ask her", "I ask the
#: farmer", "I ask myself").
RE_I_ASK_ALONE = LazyPattern(r"I (?:ask|asked|asks)(?:[.!]|[ \t]*(?:\n|$))")

#: What an interview turn gives for the writer's own question: no speaker, nothing inherited.
WRITER = Found(None, None, "writer", None)


def _only_a_question(text: str, sp: Span) -> bool:
    """The words are a question and nothing else (‘Did you see Mr. Lindqvist?’, never ‘We have a
    lot of work to do. Does anyone doubt that?’, which goes on from an answer)."""
    return text[sp.start:sp.end].rstrip().endswith("?") and not sentence_ends(text, sp.start, sp.end - 1)


def _only_questions(text: str, sp: Span) -> bool:
    """The words are questions and nothing else, one or a few (‘Those are your figures, aren't they? Not
    the auditor's?’), never a statement before a question (‘We have a lot of work to do. Does anyone doubt
    that?’)."""
    return text[sp.start:sp.end].rstrip().endswith("?") \
        and all(text[sp.start:e].rstrip()[-1:] == "?" for e in sentence_ends(text, sp.start, sp.end - 1))


def _asked(text: str, sp: Span, found: Found | None) -> bool:
    """The words end with a question and their cue says it was asked, whatever comes before it
    (‘“You wrote, ‘I will make him pay.’ Did you write that?” Russo asked.’)."""
    return found is not None and (found.cue or "").lower() in ASKING_CUES and text[sp.start:sp.end].rstrip().endswith("?")


#: The one spoken to (‘Did you see anyone at all?’).
RE_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)

#: "We", "our" or "us": words spoken for a side, never one alone answering back (:func:`_comeback`).
RE_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _turn_before(results: list, j: int) -> int | None:
    """The last quotation of the turn before the one ``results[j]`` ends: a turn is the quotations
    of one paragraph, all one speaker's (‘“Yes,” Ortiz replied. “It was parked on the corner.”’ is one
    turn, and the one before it is Hale's question); None when that paragraph has two speakers, or
    nothing comes before."""
    k = j
    while k > 0 and results[k - 1][0].paragraph == results[j][0].paragraph:
        k -= 1
        if results[k][1] is None or results[j][1] is None or results[k][1].person is not results[j][1].person:
            return None
    return k - 1 if k > 0 else None


def _exchange_turn(text: str, sp: Span, results: list, j: int, paras: list[tuple[int, int]] | None = None) -> Found | None:
    """A paragraph that is only a quotation, in an exchange of questions and answers by two
    people each in a paragraph of their own: a question after the other's answer is the one who
    asked the last question, an answer after a question the one who answered the last one
    (‘“Did you see him?” Farrow asked. / “No,” Reyes replied. / “Did you see anyone?” / “A
    shadow.”’); an answer only once the exchange began with the asker's question before, or with
    an answer the cue calls one (‘“Frightened,” she replied. / Mr Pemberton asked: “Did you stop?” /
    “No.”’). A turn may hold more than one quotation (‘“Yes,” Ortiz replied. “It was parked.”’)."""
    b = _turn_before(results, j)
    if b is None:
        return None
    before, prev = results[b], results[j]
    if prev[1] is not None and prev[1].rule == "answer" and prev[1].person is None and before[1] is not None \
            and before[1].person is not None and prev[0].paragraph == sp.paragraph - 1 \
            and before[0].paragraph == sp.paragraph - 2 and (sp.close_end or sp.end) >= sp.para_end - 1:
        return Found(before[1].mention, before[1].person, "exchange", None)  # (the asker again, after an
        # answer by someone the article does not name there)
    if before[1] is None or prev[1] is None or before[1].person is None or prev[1].person is None \
            or before[1].person is prev[1].person or before[1].person.name == prev[1].person.name \
            or prev[0].paragraph != sp.paragraph - 1 or before[0].paragraph != sp.paragraph - 2 \
            or (sp.close_end or sp.end) < sp.para_end - 1:
        return None
    if _cut_in_turn(text, prev) or _cut_off_hailing(text, sp, prev[0], before[1].person):
        return Found(before[1].mention, before[1].person, "exchange", None)
    if _short_reply(text, sp, prev[0]) and not _addresses(text[sp.start:sp.end], before[1].person.name):
        # (a bare ‘yes’ or ‘no’, or one of the choices a question put, after a question or a short remark
        # of the other: the one who spoke before it answers, ‘… Dr X replied: “About 400.” / “So a third,”
        # Senator Y said. / “Roughly, yes.”’, ‘“Told, or asked?” Y asked. / “Told.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if prev[1].rule in ("answer", "exchange") and (before[1].rule in ("answer", "exchange") or before[1].cue is not None) \
            and not _addresses(text[sp.start:sp.end], before[1].person.name):
        # (turns go on alternating once a question had its answer: ‘“Will you pay?” asked Sen. X. /
        # “Senator, we are committed …” / “That's not a yes.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if RE_DENIAL_OPENING.match(text, sp.start, sp.end) and not RE_DENIAL_OPENING.match(text, prev[0].start, prev[0].end) \
            and RE_OTHERS_CLAIM.search(text, prev[0].start, prev[0].end) is None:
        # (a bare turn that opens by denying what was just said is never the words of the one who said
        # it: ‘“…,” Mr X told her. / “Three bad offers,” Ms Y replied. / “That's simply not true. …”’)
        # (never after a turn that tells of another's claim, which its speaker goes on to deny: ‘“Critics say
        # we hid the budget,” added X. / “That's not true. …”’ is X's, review rv119k)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if _titles_name(text[sp.start:sp.end], prev[1].person) and not _titles_name(text[sp.start:sp.end], before[1].person):
        # (a bare turn that calls the one who spoke just before by a courtesy title and surname speaks
        # of them, never as them: ‘“We talk about it a lot,” said X. “Mr Y has strong views.” / “So
        # does Ms X.”’ is Y's)
        return Found(before[1].mention, before[1].person, "exchange", None)
    asks = [_only_questions(text, x) or _asked(text, x, f) for x, f in ((before[0], before[1]), (prev[0], prev[1]), (sp, None))]
    if not asks[1] and not asks[2] and text[before[0].start:before[0].end].rstrip().endswith("?") \
            and _comeback(text, sp, prev, before[1].person):
        return Found(before[1].mention, before[1].person, "exchange", None)
    if asks[0] and not asks[1] and _takes_answer_back(text, sp, prev[0]):
        # (the asker again, who takes up the answer to their question: ‘“When did you see it?” X asked. /
        # “In the autumn of 2016,” Y said. / “The autumn of 2016. And the residents were told when?”’,
        # ‘… / “That's not an answer.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if prev[1].rule == "answer" and asks[0] and not asks[2] and prev[0].open_at == prev[0].para_start \
            and _takes_up_answer(text, sp, prev[0]):
        # (the asker again, after the answer a question put got: ‘X put it to him that …. “Is that
        # fair?” / “On pay, on –” / “Not on pay, then.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if asks != [True, False, True] and asks != [False, True, False]:
        return None
    if asks[2] and not RE_YOU.search(text, sp.start, sp.end) and not _addresses(text[sp.start:sp.end], prev[1].person.name) \
            and (len(text[sp.start:sp.end].split()) > 4 or RE_FIRST_PERSON.search(text, sp.start, sp.end)) \
            and not _rejoinder_question(text, sp, prev) \
            and not _declared_exchange(text, sp, results, before, prev, paras):
        return None  # (a question asked of the other, ‘Did you see anyone?’, ‘When?’, ‘Alone?’, ‘Did the
        # card contain money, Mr Costigan?’; never the answerer's own ‘Honestly, what else could we do?’)
    if not asks[0] and (before[1].cue or "").lower() not in REPLY_CUES \
            and not (prev[1].cue is None and _prompting_question(text, prev[0])
                     and _echoed(text, prev[0], (before[0], sp))):
        # (an answer: the one before it answered a question of the same asker, or was a reply, or the
        # question was a few words with no cue that only throw the words back: ‘“It's a good contract,”
        # said X. / His co-worker, Y, shrugged. “Good for who?” / “For us.”’; never a host's ‘“What
        # happened next?” asked host Z.’, which anyone may answer; and only a question that takes up a word
        # of the turn before or is taken up by the answer, never a rhetorical ‘Why would they?’ its asker
        # answers, review rv119k)
        f = _turn_before(results, b)
        first = results[f] if f is not None else None
        if first is None or first[1] is None or first[1].person is not prev[1].person \
                or not text[first[0].start:first[0].end].rstrip().endswith("?"):
            return None
    return Found(before[1].mention, before[1].person, "exchange", None)


def _hailed_witness(text: str, sp: Span, question: Span, asker: Person, cast: Cast) -> Person | None:
    """The one person the article names whom a question alone in its paragraph calls by name, for a
    bare answer in the paragraph right after it that is no question and calls no one so: the witness
    answers (‘“Mr. Ekwueme, were you copied on this?” Ms. Mendes asked. / “I don't recall.”’). None for
    the asker, for a call that fits more than one person, and for an answer that calls the one called
    (‘“Nobody asked you, Ray.”’ is said to Ray)."""
    words = text[question.start:question.end]
    if not words.rstrip().endswith("?") or question.paragraph != sp.paragraph - 1 \
            or question.open_at != question.para_start or sp.open_at != sp.para_start or sp.continued \
            or (sp.close_end or sp.end) < sp.para_end - 1 or text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    position, cast.position = cast.position, question.open_at
    called = _only_one(p for _, p in cast.recent if p.kind == "name" and p is not asker and p.name != asker.name
                       and _hails(words, p.name))
    cast.position = position
    if called is None or _addresses(text[sp.start:sp.end], called.name):
        return None
    return called


#: A turn opening by flatly denying the words before it (‘That's simply not true.’, ‘That is not what
#: I asked.’, ‘Rubbish.’); never a denial that goes on to a claim of its own (‘It is not true that …’).
#:
#: >>> [bool(RE_DENIAL_OPENING.match(s)) for s in ("That's simply not true. It is fair.", "Rubbish.", "That's true.")]
#: [True, True, False]
RE_DENIAL_OPENING = LazyPattern(r"(?:That(?:[’']s| is) (?:(?:simply|just|absolutely|completely|flatly) )?"
                                r"not (?:true|right|correct|what I (?:said|asked))"
                                r"|(?:Not true|Rubbish|Nonsense|Untrue))(?:[.!,;]|\s*$)")

#: How many words a question may hold that only prompts the other to answer (‘Good for who?’,
#: ‘And the machines?’).
PROMPT_MAX_WORDS = 3


def _prompting_question(text: str, sp: Span) -> bool:
    """Words that are one short question and nothing else, a prompt for the other to answer (at most
    :data:`PROMPT_MAX_WORDS` words): ‘Good for who?’, ‘And the machines?’; never a question that goes
    on (‘Who can blame them for leaving?’).

    >>> from quotesearch.quote_spans import Span
    >>> words = "Good for who?"
    >>> _prompting_question(words, Span(0, len(words), 0, len(words), 0, 0, len(words)))
    True
    """
    words = text[sp.start:sp.end].rstrip()
    return words.endswith("?") and len(RE_NAME_WORD.findall(words)) <= PROMPT_MAX_WORDS and words.count("?") == 1


#: Words a turn tells another's claim by, which its speaker may go on to deny (‘Critics keep saying …’,
#: ‘People say we target …’, ‘Some claim …’).
RE_OTHERS_CLAIM = LazyPattern(r"\b(?:say|says|said|saying|claim|claims|claimed|claiming|critics|rumou?rs?|alleg\p{L}+|accus\p{L}+)\b")


def _echoed(text: str, question: Span, others: tuple[Span, Span]) -> bool:
    """A word of the question (four letters or more, no function word) is in one of the ``others``' words
    (the turn before it, the answer after it): ‘“It's a good contract.” / “Good for who?”’, ‘“And the
    machines?” / “The machines are a fight for another day.”’; never ‘“Why would they?”’.

    >>> t = "It's a good contract. Good for who?"
    >>> _echoed(t, Span(22, 35, 22, 35, 0, 22, 35), (Span(0, 21, 0, 21, 0, 0, 21), Span(0, 0, 0, 0, 0, 0, 0)))
    True
    """
    asked = {w.lower() for w in RE_NAME_WORD.findall(text, question.start, question.end)
             if len(w) >= 4 and w.lower() not in FUNCTION_WORDS}
    return any(w.lower() in asked for x in others for w in RE_NAME_WORD.findall(text, x.start, x.end))


def _short_reply(text: str, sp: Span, prev: Span) -> bool:
    """A bare turn that only replies to the turn before it, a question or a short remark (at most
    :data:`REMARK_MAX_WORDS` words): a ‘yes’ or ‘no’ opening or closing a few words (‘Roughly, yes.’,
    ‘No, Deputy, not yet.’), or one word of a question that offers choices (‘Told, or asked?’ /
    ‘Told.’). Never words that go on (‘And the courts agree with us on that, yes.’)."""
    reply = RE_NAME_WORD.findall(text[sp.start:sp.end])
    said = RE_NAME_WORD.findall(text[prev.start:prev.end])
    asked = text[prev.start:prev.end].rstrip().endswith("?")
    if not reply or text[sp.start:sp.end].rstrip().endswith("?") or not (asked or len(said) <= REMARK_MAX_WORDS):
        return False
    if len(reply) <= REPLY_MAX_WORDS and ((reply[0].lower() in REPLY_WORDS and _set_off_first(text[sp.start:sp.end]))
                                         or reply[-1].lower() in REPLY_WORDS):
        return True  # (a first "no" set off by itself: never ‘No question about it.’, ‘No one came.’)
    if asked and RE_COUNT_QUESTION.search(text, prev.start, prev.end) and RE_COUNT_REPLY.fullmatch(text, sp.start, sp.end):
        return True  # (a count for a question of how many: ‘How many were in the group?’ / ‘Twenty-two.’) (w66b)
    return asked and len(reply) <= 2 and " or " in text[prev.start:prev.end] \
        and reply[0].lower() in (w.lower() for w in said)


#: A question that asks for a count or an amount (‘How many were in the group?’, ‘How much did it cost?’).
#:
#: >>> bool(RE_COUNT_QUESTION.search("Three officers. How many were in the group?")), bool(RE_COUNT_QUESTION.search("Why?"))
#: (True, False)
RE_COUNT_QUESTION = LazyPattern(r"\b(?i:how) (?:many|much|long|often|old)\b")

#: A bare count and nothing more, at most a word of what is counted (‘Twenty-two.’, ‘About 400.’,
#: ‘Three years.’); never a sentence that goes on (‘Twenty-two of them were told.’).
#:
#: >>> [bool(RE_COUNT_REPLY.fullmatch(s)) for s in ("Twenty-two.", "About 400,", "Three years.", "Twenty-two of them were told.")]
#: [True, True, True, False]
RE_COUNT_REPLY = LazyPattern(r"\s*(?i:(?:about|around|roughly|some|nearly|almost|over|under|at least|more than|fewer than|less than) )?"
                             r"(?:\d[\d,.]*%?|(?i:a (?:dozen|hundred|thousand|handful|few|couple)"
                             r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                             r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                             r"|hundred|thousand|million|zero|none)(?:-\p{Ll}+)?))(?: \p{L}+)?[.,!]?\s*")


#: A first word and the character right after it (group 1).
RE_FIRST_WORD_AND_MARK = LazyPattern(r"\s*[\p{L}’'\-]+(.?)")


def _set_off_first(words: str) -> bool:
    """The first word of a reply stands by itself, a comma, a stop or the end after it (‘No.’, ‘Yes, all
    of it.’), never a determiner before a noun (‘No question about it.’, ‘No one came.’).

    >>> _set_off_first("No, Deputy, not yet."), _set_off_first("No doubt about it.")
    (True, False)
    """
    m = RE_FIRST_WORD_AND_MARK.match(words)
    return m is not None and (m.group(1) == "" or m.group(1) in ",.;:!—–-")


def _comeback(text: str, sp: Span, prev: tuple, asker: Person | None = None) -> bool:
    """Words with no cue that answer back the reply to one's question, spoken to the one who replied
    and never of oneself: the asker's (‘“Was that true?” / “It was our best estimate,” he replied. /
    “Then your estimate was wrong by half.”’ is the asker's; ‘… he replied. / “I stand by it.”’ and
    ‘“You have my word.”’ stay the replier's). A reply that calls the asker by name speaks back to them,
    and the words that take it up need no ‘you’ (‘“Is it yes or no?” / “It isn't that simple, Dara,” she
    replied. / “It is exactly that simple.”’)."""
    return (prev[1].cue or "").lower() in REPLY_CUES and prev[1].rule in ("cue-after", "same-paragraph") \
        and _answers_back(text, sp, prev[0]) \
        and (RE_YOU.search(text, sp.start, sp.end) is not None
             or (asker is not None and asker.kind == "name" and _addresses(text[prev[0].start:prev[0].end], asker.name)
                 and _echoes(text, sp, prev[0]))) \
        and RE_FIRST_PERSON.search(text, sp.start, sp.end) is None and not RE_WE.search(text[sp.start:sp.end])


#: A courtesy title and a capitalised word after it, inside words, never one's kin of that name (‘So does
#: Ms Marjanen.’; group ``title``, group 2: the word; never ‘Mr Lee senior’).
#:
#: >>> RE_TITLED_WORD.search("So does Ms Marjanen.").group("title", 2), RE_TITLED_WORD.search("Mr Lee senior runs it") is None
#: (('Ms', 'Marjanen'), True)
RE_TITLED_WORD = LazyPattern(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr)\.? (\p{Lu}[\p{L}’'\-]++)(?! (?:[Ss]enior|[Jj]unior|[Ss]r|[Jj]r)\b)")

def _titles_name(content: str, person: Person) -> bool:
    """The words name ``person`` by a courtesy title of their sex and their surname (‘Mr Rønnevik has strong
    views’): they speak of them, or to them; never kin of that surname by another title (‘Mrs Hughes
    handles the letters’ from Tom Hughes is his wife, review rv126k), nor one whose sex is not known.

    >>> _titles_name("So does Ms Marjanen.", Person("Liisa Marjanen", gender="f")), _titles_name("Ask Marjanen.", Person("Liisa Marjanen", gender="f"))
    (True, False)
    >>> _titles_name("Mrs Hughes handles the letters.", Person("Tom Hughes", gender="m"))
    False
    """
    surname = person.name.split()[-1] if person.name.split() else ""
    return len(surname) > 1 and person.gender is not None \
        and any(m.group(2) == surname and GENDERED_HONORIFICS.get(m.group("title").lower()) in (None, person.gender) for m in RE_TITLED_WORD.finditer(content))


def _takes_answer_back(text: str, sp: Span, answer: Span) -> bool:
    """(guard) A bare turn that takes the answer before it back to its giver: it judges the answer
    (‘That’s not an answer.’, ‘That is not what I asked.’), or it opens by repeating the answer's words
    in a few words of its own sentence and goes on to ask (‘“In early 2016,” he said. / “Early 2016. And
    the regulator was notified when?”’). Never words that go on from the answer (‘We have costed every
    line.’), nor a question that opens with anything but the answer's own words."""
    words = text[sp.start:sp.end].strip()
    if RE_JUDGES_ANSWER.search(words) is not None and not words.endswith("?"):
        return True
    if not words.rstrip("”\"’' ").endswith("?"):
        return False
    first = RE_FIRST_SENTENCE_FRAGMENT.match(words)
    if first is None:
        return False
    said = {w.lower() for w in RE_NAME_WORD.findall(text[answer.start:answer.end])}
    echoed = RE_NAME_WORD.findall(first.group(1))
    return 0 < len(echoed) <= REPLY_MAX_WORDS and all(w.lower() in said for w in echoed) \
        and any(len(w) >= 4 for w in echoed)  # (never a bare ‘So.’ or ‘Yes.’ the answer had too)


#: A first sentence of a few words, ended by a stop, before more (group 1: its words).
RE_FIRST_SENTENCE_FRAGMENT = LazyPattern(r"([^.?!]{1,40})\.\s+\S")


def _takes_up_answer(text: str, sp: Span, answer: Span) -> bool:
    """(guard) A bare turn that takes up an answer with no cue of its own, the asker's: the answer broke
    off at a dash and this turn does not take its words up again (‘“On pay, on –” / “Not on pay, then.”’;
    never ‘“– and on investment.”’, the one cut off going on), or it answers back with none of one's own
    ‘I’ or ‘we’ (‘“It's not a pay cut –” / “It is arithmetic, Minister.”’)."""
    words = text[sp.start:sp.end].lstrip()
    if words[:1] in "—–-":
        return False
    if text[answer.start:answer.end].rstrip()[-1:] in "—–":
        return True
    return _answers_back(text, sp, answer) and RE_FIRST_PERSON.search(text, sp.start, sp.end) is None \
        and not RE_WE.search(words)


#: Words that open a rejoinder to a reply (‘Then your view was wrong’, ‘So you knew?’, ‘But you said …’).
RE_REJOINDER_OPENER = LazyPattern(r"(?:Then|So|But|And|Yet|That|Surely|With respect)\b")

#: A word of four letters or more, for the words one turn echoes from another (:func:`_answers_back`).
RE_LONG_WORD = LazyPattern(r"\p{L}{4,}")

#: Words too common to show that one turn takes up another's.
ECHO_STOPWORDS = frozenset("that this with what there their they them have were been will would could should "
                           "about from your yours time".split())


def _echoes(text: str, sp: Span, reply: Span) -> bool:
    """(guard) The bare turn echoes a word of four letters or more from the reply (‘“It isn't that simple,
    Dara,” she replied. / “It is exactly that simple.”’); an opener alone (‘“Well, David, the taxpayer pays
    either way,” Dutton replied. / “And the reactors will be cheaper …”’) is the replier going on."""
    said = {w.lower() for w in RE_LONG_WORD.findall(text[reply.start:reply.end])} - ECHO_STOPWORDS
    return any(w.lower() in said for w in RE_LONG_WORD.findall(text[sp.start:sp.end]))


def _answers_back(text: str, sp: Span, reply: Span) -> bool:
    """(guard) The bare turn takes up the reply: it opens with a rejoinder word or asks, or it echoes a
    word of four letters or more from the reply (‘“It was our honest view,” he replied. / “Then your view
    was wrong.”’); never a turn that goes on past a bare ‘“No,” X replied.’ / ‘“You will see results by
    spring.”’, the replier's own."""
    words = text[sp.start:sp.end].strip()
    if RE_REJOINDER_OPENER.match(words) or words.rstrip("”\"’' ").endswith("?"):
        return True
    return _echoes(text, sp, reply)


def _rejoinder_question(text: str, sp: Span, prev: tuple) -> bool:
    """A bare question that opens with a rejoinder word and presses the one who just replied, with none
    of one's own ‘I’ or ‘we’: the asker's follow-up (‘“Was it before or after?” she asked. / “Before,” he
    replied. / “So ministers knew, and the public did not?”’; w141e). Never after a turn that is no
    reply, nor the replier's own ‘And what else could we do?’.

    >>> from quotesearch.quote_spans import Span
    >>> t = "So ministers knew, and the public did not?"
    >>> _rejoinder_question(t, Span(0, len(t), 0, len(t), 0, 0, len(t)), (None, Found(None, None, "cue-after", "replied")))
    True
    >>> t = "And what else could we do?"
    >>> _rejoinder_question(t, Span(0, len(t), 0, len(t), 0, 0, len(t)), (None, Found(None, None, "cue-after", "replied")))
    False
    """
    words = text[sp.start:sp.end].strip()
    return (prev[1].cue or "").lower() in REPLY_CUES and RE_REJOINDER_OPENER.match(words) is not None \
        and words.endswith("?") and RE_FIRST_PERSON.search(words) is None and not RE_WE.search(words)


def _cut_in_turn(text: str, prev: tuple) -> bool:
    """The turn before broke off at a dash, its own cue after it, right after the other's turn: the
    words cut off or cutting in, the next turn with no cue is the other's, who takes the floor back
    (‘“You have had nine years to—” he began. / “That is not true—” Okafor cut in. / “Let me
    finish.”’ is his; ‘“…,” she said. / “Tell that to the families—” Mr Banda began. / “I have
    told them.”’ is hers). Never a turn whose cue is none or comes before it (‘Mr Banda said: “…—”’),
    where the break may be a pause in one's own words."""
    p_sp, p_found = prev[0], prev[1]
    return text[p_sp.end - 1] in "—–" and p_found.rule == "cue-after" and p_found.cue is not None \
        and p_sp.close_end is not None


def _cut_off_hailing(text: str, sp: Span, prev: Span, other: Person) -> bool:
    """The turn before broke off at a dash and called the one who spoke the turn before it by name,
    whatever its cue: words put to them and cut off, so the next bare turn is theirs, taking the floor
    back (‘Garvey bristled. “Not the goalie's fault.” / A reporter pressed on: “But Tom, he has let in
    nine —” / “I said, not his fault.”’). Never a next turn that calls them too (‘“Sit down, Tom.”’)."""
    words = text[prev.start:prev.end].rstrip()
    return words[-1:] in ("—", "–") and other.kind == "name" and _addresses(words, other.name) \
        and not _addresses(text[sp.start:sp.end], other.name)


def _declared_exchange(text: str, sp: Span, results: list, before: tuple, prev: tuple,
                       paras: list[tuple[int, int]] | None) -> bool:
    """The exchange was declared in the paragraph right before its first question, the asker named
    before a verb of questioning and the one asked after it (‘Trustee X questioned administrator Y
    about enforcement.’), and the one asked answers again right after the question (‘“None,” Y
    said.’): a question with no cue between two of Y's answers is X's, whatever its words (‘“And how
    many permits did we revoke?”’).
    """
    if paras is None or before[0].paragraph == 0 or not _only_a_question(text, sp):
        return False
    k = next((k for k in range(len(results)) if results[k][0] is sp), None)
    after = results[k + 1] if k is not None and k + 1 < len(results) else None
    if after is None or after[1] is None or after[1].person is not prev[1].person or after[0].paragraph != sp.paragraph + 1 \
            or after[0].open_at != after[0].para_start:
        return False  # (the one asked answers again, in the next paragraph)
    p_lo, p_hi = paras[before[0].paragraph - 1]
    if any(c in text[p_lo:p_hi] for c in "“”\""):
        return False  # (a paragraph of narrative, no one's words)
    toks = tokenize(text, p_lo, p_hi)
    v = next((v for v, t in enumerate(toks) if t.word in EXCHANGE_VERBS), None)
    if v is None:
        return False
    asker, asked = before[1].person.name.split()[-1], prev[1].person.name.split()[-1]
    return any(t.text == asker for t in toks[:v]) and any(t.text == asked for t in toks[v + 1:v + 8])


#: A question reported closing a paragraph (‘Sen. X asked who set those thresholds.’, ‘Sen. X later
#: took up the same line, asking whether the minister had been briefed.’).
RE_ASKED_WHAT = LazyPattern(r"\bask(?:ed|ing)(?: (?:him|her|them|\p{Lu}[\p{L}’'\-]+))? (?:why|whether|if|what|how|when|where|who)\b"
                              r"[^.!?“”\"]*[.?]$")


#: A pronoun and a verb of speech set off by commas: ‘The idea, she explains, is simple.’
RE_ASIDE_CUE = LazyPattern(r", (he|she) (\p{Ll}+),")


RE_OTHER_SOURCE = LazyPattern(r"\b(?:statement|notice|appeal|letter|sign|message|motto|disagrees|disagreed|replies|replied|responds|responded|view|reads|read|shouts|shouted|wrote|writes)\b")


def _paragraph_aside(text: str, sp: Span, cast: Cast) -> Found | None:
    """A quotation closing a paragraph with no cue, whose first sentence sets off "she says" as an
    aside: hers (‘The method, she says, is old-fashioned. Volunteers count the bats at dusk. “You
    can't automate a clicker …”’). Guards: no other quotation and no one else named between the
    aside and the quotation (‘The hardest part, he says, is … His assistant, Keisha Grant, handles
    the schedules. “We text them …”’ decides nothing), the aside in the paragraph's first sentence,
    and the pronoun a person the article names whose sex it tells."""
    lo, hi = sp.para_start, sp.open_at
    if hi - lo > 2 * CONTEXT_CHARS or any(c in text[lo:hi] for c in "“”\"«»"):
        return None
    at = min((k for k in (text.find(", he ", lo, hi), text.find(", she ", lo, hi)) if k >= 0), default=-1)
    aside = RE_ASIDE_CUE.match(text, at, hi) if at >= 0 else None
    if aside is None or aside.group(2) not in ASIDE_CUE_VERBS or sentence_ends(text, lo, at):
        return None
    position, cast.position = cast.position, hi
    others = [p for pos, p in cast.recent if aside.end() <= pos < hi]
    cast.position = aside.start(1)
    mention = Mention(aside.start(1), aside.end(1), aside.group(1), "pronoun")
    person, how = cast.resolve(mention)
    cast.position = position
    if others or person is None or person.kind != "name" or person.gender != GENDERS[aside.group(1)]:
        return None
    # GUARD: a sentence between that brings in another source (a notice, a statement, an appeal
    # after a colon, someone who disagrees) makes the quotation theirs, not the aside's
    rest = text[aside.end():hi]
    if rest.rstrip().endswith(":") or RE_OTHER_SOURCE.search(rest) is not None:
        return None
    return Found(mention, person, "paragraph-aside", aside.group(2), how)


#: The second person, addressing the reader or the one asked.
RE_YOU_WORDS = LazyPattern(r"\b(?:you|your|yours)\b", regex.I)


def _reaction_between(text: str, results: list, i: int) -> Found | None:
    """A quotation opening its paragraph with no cue, then one short sentence of what "he" or "she"
    does, then a quotation that sentence gave its speaker: both are that one's (‘“Dell was the
    singer. …” He laughs, then stops. “These songs …”’). Guards: a pronoun only (a named other's
    laugh may answer someone else: ‘“…” Sunil Mehta laughs. “…”’), a verb of reaction, and never a
    question (‘“And the money?” He laughs.’ is the writer's question)."""
    sp, found, kind = results[i]
    nsp, nf, _ = results[i + 1]
    if found is not None or kind == "scare" or nf is None or nf.person is None or nf.rule != "previous-sentence" \
            or nf.mention is None or nf.mention.kind != "pronoun" or nf.mention.text not in ("He", "She") \
            or sp.open_at != sp.para_start or nsp.paragraph != sp.paragraph or sp.close_end is None \
            or sp.continued or text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    between = text[sp.close_end:nsp.open_at]
    if between.strip()[:len(nf.mention.text) + 1] != nf.mention.text + " " or nf.mention.start - sp.close_end > 2 \
            or len(between.split()) > 8 or any(c in between for c in "“”\"‘’«»?") or len(sentence_ends(text, sp.close_end, nsp.open_at)) > 1:
        return None
    # GUARD: words addressed to the one who reacts ("you", a vocative), a shout or slogan ("!"), or a
    # fragment of a few words (a motto, a sign) are someone else's
    first = text[sp.start:sp.end]
    if "!" in first or RE_YOU_WORDS.search(first) or len(first.split()) < 7:
        return None
    verb = between.split()[1].strip(",.").lower()
    if verb not in REACTION_VERBS:
        return None
    return Found(nf.mention, nf.person, "reaction-after", None, nf.how)


#: Cue verbs of a reply: after a question, with another quotation right after them, theirs is that one.
#:
#: A feature's present tense is the same reply (‘“I can't,” Ollie replies.’; w141e).
#:
#: >>> "retorted" in REPLY_CUES, "said" in REPLY_CUES, "replies" in REPLY_CUES
#: (True, False, True)
REPLY_CUES = frozenset("replied responded answered retorted replying responding answering "
                       "replies responds answers retorts".split())

#: Cue verbs of a question put to someone named after them (‘Baptiste asked the witness, X’).
ASKING_CUES = (ASKING_VERBS - {"told"}) | {"asks"}


#: A word as names are written: letters, apostrophes and hyphens.
RE_NAME_WORD = LazyPattern(r"[\p{L}’'\-]+")
