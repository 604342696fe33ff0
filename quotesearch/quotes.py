"""Finding quotations: pair the quotation marks of each paragraph into spans.

One scan over the marks of the text (linear time, no backtracking regex): each paragraph's marks
are paired with a small state machine, nested marks stay inside their parent, apostrophes are
never taken for marks, a quotation left open at the end of a paragraph continues into the next one
when that paragraph opens with a mark, and one stray mark never costs more than its own paragraph.
Deciding whether a span is speech or a scare quote, and who said it, is :mod:`attribution`'s job.

This module pairs the marks into spans (find_spans) and checks a headline's quotation against the
body; the marks themselves live in :mod:`quotesearch.quote_marks` and a headline's lines and words in
:mod:`quotesearch.headline_words`. The Span, the paragraphs and the pairing of one family of marks live
in :mod:`quotesearch.quote_spans`, the words and patterns of the headline checks in
:mod:`quotesearch.headline_verdicts`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from quotesearch.speech_words import RE_REPORTED_PHRASE_LEAD, RE_REPORTED_VERDICT_LEAD, RE_URGED_TO_LEAD, SPEECH_VERBS
from quotesearch.term_words import HEADLINE_LABELS
from quotesearch.quote_marks import DOUBLE, SINGLE, main_family, scan_marks
from quotesearch.lexicon import LazyPattern
from quotesearch.headline_words import (
    HEADLINE_SUBJECT_PRONOUNS, RE_FIGURE_WORD, RE_WORDS, VERDICT_ARTICLES, _headline, headline_term, same_verdict,
    subject_swapped, title_case_headline, verdict_said_again, verdict_words, words_within,
)
from quotesearch.quote_spans import (
    AFTER_OWN_STOP, SINGLE_CLOSERS, SINGLE_CUE_REACH, Span, _cue_ends_clause, _cue_shape_after, _cue_shape_before, _end,
    _pair, paragraphs,
)
from quotesearch.headline_verdicts import (
    ECHO_FOLLOWERS, ECHO_REACH, FIRST_PERSON_WORDS, NAME_SMALL_WORDS, NAMING_BEFORE_TERM, RECASED_WORDS,
    REPORTED_ALONE_WORDS, REPORTED_CLAUSE_FOLLOWERS, REPORTING_LEADS, RE_HEADLINE_CLAUSE_SAYS_BEFORE,
    RE_HEADLINE_CUE_BEFORE, RE_HEADLINE_HEARD_LAST, RE_HEADLINE_LABEL_AFTER, RE_HEADLINE_LOWER_LABEL_AFTER,
    RE_HEADLINE_SAYS, RE_HEADLINE_SAYS_BEFORE,
    RE_LOWER_AFTER_MARKS, RE_NAMING_BEFORE_VERDICT, RE_NAMING_IN_SENTENCE, RE_NEGATION_BEFORE, RE_SAYS_AFTER_COMMA,
    RE_SPEECH_VERB_AFTER, RE_SPEECH_VERB_BEFORE, RE_TERM_AS_SUBJECT, RE_VERDICT_GOES_ON, RE_VERDICT_VERB_BEFORE,
    RE_WORD_AFTER_MARKS, SAID_AGAIN_WORDS, SAID_ALONE_LEAD_REACH, SAID_ALONE_WORDS, SAID_WHOLE_WORDS,
    SPEECH_FUNCTION_WORDS, STATE_DEGREE_WORDS, TERM_BEFORE_WORDS, VERDICT_CLAUSE_FOLLOWERS, VERDICT_GOES_ON,
    VERDICT_LEAD_REACH, VERDICT_PREDICATE_LEADS, _judged_in_a_word, _sayable, _titled_or_leading, _verdict_listed,
    _work_beside, headline_source_last, said_clause,
)


def find_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """Every quotation span of the text, in order, never overlapping (``paras``: the text's
    :func:`paragraphs`, when the caller has them).

    >>> [text[s.start:s.end] for text in ["“A,” she said. “B.”"] for s in find_spans(text)]
    ['A,', 'B.']
    >>> t = "“One.\\n\\n“Two,” he said."
    >>> [(t[s.start:s.end], s.continues, s.continued) for s in find_spans(t)]
    [('One.', True, False), ('Two,', False, True)]

    In an article whose quotations are in single marks, double marks outside them still
    quote (a scare-quoted ‘deal’ does not hide the “…” of a speaker):

    >>> t = "The ‘deal’ and the ‘plan’. “We are ready,” Smith said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['deal', 'plan', 'We are ready,']
    """
    paras = paragraphs(text) if paras is None else paras
    marks = scan_marks(text)
    family = main_family(text, marks)
    spans = _pair(text, paras, family, marks)
    if family == SINGLE:
        spans = _merge(spans, _pair(text, paras, DOUBLE, marks))
    else:
        # a headline keeps its single marks where the body quotes in double ones: ‘Gauthier:
        # ‘Canadians want us to work together’’, ‘Hartleys agrees 'best ever' pay deal’
        heads = [i for i, (lo, hi) in enumerate(paras) if _headline(text, lo, hi)]
        if heads:
            # (only words given after a label, whose speaker it names, that end the line: a phrase inside a
            # headline may be a term, ‘Police warn of ‘phishing’ scam’, and words alone may be anyone's)
            own = [sp for sp in (s._replace(paragraph=heads[s.paragraph])
                                 for s in _pair(text, [paras[i] for i in heads], SINGLE, marks))
                   if sp.close_end is not None and not sp.continued and ((
                       text[sp.para_start:sp.open_at].rstrip().endswith(":") and not text[sp.close_end:sp.para_end].strip()
                       and text[sp.para_start:sp.open_at].rstrip(": ").lower() not in HEADLINE_LABELS)
                       or ((RE_HEADLINE_SAYS.search(text, sp.close_end, sp.para_end) is not None
                            or ((headline_source_last(text, sp) is not None
                                 or RE_HEADLINE_HEARD_LAST.search(text, sp.close_end, sp.para_end) is not None)
                                and _source_words(text, sp, spans)))
                           and not headline_term(text, sp.open_at, sp.close_end))
                       or _said_before_label(text, sp, spans)
                       or _said_after_cue(text, sp)
                       or _echoed_below(text, sp, spans)
                       or _said_again_below(text, sp, spans)
                       or said_alone_below(text, sp, spans)
                       or _characterised_below(text, sp, spans)
                       or _judged_again_below(text, sp, spans)
                       or _cued_verdict_below(text, sp, spans)
                       or _opens_with_said(text, sp))]
            spans = _merge(spans, own) if own else spans
        said = _single_marked_speech(text, paras, marks, spans)
        spans = _merge(spans, said) if said else spans
        if paras and not heads and title_case_headline(text, *paras[0]):
            # a headline in Title Case keeps the words in its single marks that a quotation of the body
            # says again in its own case: ‘Mayor Slams Budget As ‘A Betrayal Of Renters’’ / “… a betrayal of
            # renters,” she said (never a work's title, which the body writes in the same capitals)
            recased = [sp for sp in _pair(text, [paras[0]], SINGLE, marks)
                       if sp.close_end is not None and not sp.continued and _recased_below(text, sp, spans)]
            spans = _merge(spans, recased) if recased else spans
    return spans


def recased_headline_quote(text: str, paras: list[tuple[int, int]], sp: Span, spans: list[Span]) -> bool:
    """Words in the single marks of a first line in Title Case that a quotation of the body gives
    again in its own case (:func:`_recased_below`), or of one in sentence case that the body gives again
    alone (:func:`said_alone_below`): a speaker's words, whatever a title's rules say."""
    return sp.paragraph == 0 and sp.close_end is not None and text[sp.open_at] in "‘'" and bool(paras) \
        and ((title_case_headline(text, *paras[0]) and _recased_below(text, sp, spans))
             or (not title_case_headline(text, *paras[0]) and said_alone_below(text, sp, spans)))


def _quotations_below(text: str, sp: Span, spans: list[Span]) -> Iterator[Span]:
    """The quotations of ``spans`` in paragraphs after a headline's ``sp``, in order, but those the body
    names as a term (:data:`NAMING_BEFORE_TERM`: ‘a so-called “jailhouse informant”’, ‘dubbed “the Squad”’).

    >>> t = "“Ghost estate” fears\\n\\nA so-called “ghost estate” stands. “It is a ghost estate,” he said."
    >>> spans = find_spans(t)
    >>> [t[s.start:s.end] for s in _quotations_below(t, spans[0], spans)]
    ['It is a ghost estate,']
    """
    return (body for body in spans if body.paragraph > sp.paragraph
            and not text[max(0, body.open_at - 12):body.open_at].rstrip().lower().endswith(NAMING_BEFORE_TERM))


def _recased_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """(guard) Words in a Title Case headline's marks, two at least, that a quotation of the body
    gives again in order with a capitalised word of them in lower case: the headline's capitals are
    its style, the words a speaker's (‘‘You Work For Us’’ / “You work for us,” she shouted); never
    a work's title, written in its own capitals wherever it stands (‘‘The Long Night’’ / “The Long
    Night”), nor words the body never quotes.

    >>> t = "Crowd Tells MP: ‘You Work For Us’\\n\\n“You work for us,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['You Work For Us', 'You work for us,']
    >>> t = "Recap: ‘The Long Night’ Delivers\\n\\nIn “The Long Night”, the dead come."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['The Long Night']
    """
    words = RE_WORDS.findall(text[sp.start:sp.end])
    if _work_beside(text, sp):
        return False  # (guard) a work's title: ‘Memoir ‘A Promised Land’ Sells …’, ‘‘Love Is Blind’ Star …’
    capitals = {w.lower() for w in words[1:] if w[:1].isupper()}
    if len(words) < RECASED_WORDS or not capitals:
        return False
    low = [w.lower() for w in words]
    for body in _quotations_below(text, sp, spans):
        said = RE_WORDS.findall(text[body.start:body.end])
        low_said = [w.lower() for w in said]
        at = next((k for k, w in enumerate(low_said) if w == low[0] and words_within(low, low_said[k:k + len(low) + 1], 1)), None)
        if at is not None and capitals & {w for w in said if w.islower()} \
                and not any(w in SPEECH_VERBS or w in REPORTING_LEADS for w in low_said[:at]):
            return True  # (never words the quotation reports as another's: ‘She called us armchair
            # generals’, ‘He says I am dumb as a rock’, ‘Threats of pay up or we strike’)
    return False


def _single_marked_speech(text: str, paras: list[tuple[int, int]], marks: list[tuple[int, int, str]],
                          spans: list[Span]) -> list[Span]:
    """Quotations in single marks in an article whose quotations are in double ones, where the
    evidence of speech is strong: the words open a sentence with a capital, end with their own
    comma or stop, and a cue follows the closing mark (‘'I do,' she said.’) or comes right before the
    opening one (‘she told me, 'Not this year.'’); or they come right after a quotation and its cue
    (‘'…,' she said, 'but …'’, ‘"…," she said. 'Most of the time.'’).
    Never single marks inside a quotation in double marks, a plural's apostrophe, nor a title or
    a scare word (no cue after them: ‘the choir sang 'Abide With Me,' and …’).

    >>> t = 'He came. "Yes," Ann said.\\n\\nShe was asked again. \\'I do,\\' she said. \\'Every time.\\''
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Yes,', 'I do,', 'Every time.']
    >>> t = 'He came. "Yes," Ann said.\\n\\nShe told me last week, \\'Not this year.\\' I knew.'
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Yes,', 'Not this year.']
    """
    at: set[int] = set()  # the paragraphs with a single mark right after a comma or stop
    starts = [lo for lo, _ in paras]
    opens = [d.open_at for d in spans]
    for ms, _, ch in marks:  # (the marks of the first scan: no search of the text again)
        if ch in SINGLE_CLOSERS and text[ms - 1:ms] in AFTER_OWN_STOP:
            d = bisect_right(opens, ms) - 1
            if d < 0 or _end(spans[d]) <= ms:  # (never one inside a quotation in double marks)
                at.add(bisect_right(starts, ms) - 1)
    at.discard(-1)
    if not at:
        return []
    heads = sorted(at)
    found = [s._replace(paragraph=heads[s.paragraph])
             for s in _pair(text, [paras[i] for i in heads], SINGLE, marks)]
    out: list[Span] = []
    for sp in found:
        if sp.close_end is None or sp.continues or sp.continued or text[sp.end - 1] not in AFTER_OWN_STOP \
                or text[sp.para_end - 1] not in ".!?'’\"”)":
            continue  # (a line that ends with no stop is a headline: ‘'Reckless,' Governor Says of Budget’)
        inner = [d for d in spans if d.open_at < sp.close_end and _end(d) > sp.open_at]
        if any(d.open_at < sp.open_at or _end(d) > sp.close_end for d in inner):
            continue  # (inside a quotation in double marks, or across one)
        before = text[sp.para_start:sp.open_at].rstrip()
        prev = max((p for p in spans + out if p.paragraph == sp.paragraph and p.close_end is not None
                    and p.close_end <= sp.open_at), key=lambda p: p.close_end, default=None)
        after_cue = prev is not None and sp.open_at - prev.close_end <= SINGLE_CUE_REACH \
            and text[prev.end - 1] in AFTER_OWN_STOP and before[-1:] in ",." and _cue_shape_after(text, prev.close_end, sp.open_at) \
            and text.count("'", prev.close_end, sp.open_at) + text.count("’", prev.close_end, sp.open_at) == 0
        opens_sentence = text[sp.start].isupper() and (not before or before[-1] in ".!?:")
        # (or words opening with a capital right after a cue of their own: ‘she said to me, 'There is no
        # more money.'’, in an interview's answer written without marks)
        cued_before = text[sp.start].isupper() and _cue_shape_before(text, sp.para_start, sp.open_at)
        if after_cue or cued_before or (opens_sentence and _cue_shape_after(text, sp.close_end, sp.para_end)
                         and (text[sp.end - 1] != "." or _cue_ends_clause(text, sp.close_end, sp.para_end))):
            out.append(sp)
    return out


def _echoed_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """A headline that is wholly words in single marks, three at least, that a quotation of the
    body just below says again: a live page's entry headline, whose words are that speaker's
    (‘'We lost everything'’ / ‘"We lost everything. Forty years of our life," he said.’), never
    words alone that no one below says (a film's or a song's title).

    >>> t = "17:15\\n'We lost everything'\\n\\nHe fled.\\n\\n\\"We lost everything. All of it,\\" he said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['We lost everything', 'We lost everything. All of it,']
    """
    if sp.open_at != sp.para_start or sp.close_end != sp.para_end:
        return False
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    return len(words) >= 3 and any(
        sp.paragraph < body.paragraph <= sp.paragraph + ECHO_REACH
        and words_within(words, RE_WORDS.findall(text[body.start:body.end].lower())) for body in spans)


def _verdict_reported(text: str, body: Span) -> bool:
    """A clause of the body's paragraph, right before its quotation, that reports the words as a verdict
    (:data:`RE_REPORTED_VERDICT_LEAD`: ‘she said the risk was “…”’) or as what someone called a thing
    (:data:`RE_REPORTED_PHRASE_LEAD`: ‘what she called a “…”’).

    >>> t = "She said the risk was “low but not zero.”"
    >>> _verdict_reported(t, find_spans(t)[0])
    True
    """
    lo = max(body.para_start, body.open_at - VERDICT_LEAD_REACH)
    return _verdict_lead(text, lo, body) \
        or RE_REPORTED_PHRASE_LEAD.search(text, lo, body.open_at) is not None \
        or RE_URGED_TO_LEAD.search(text, lo, body.open_at) is not None


def _verdict_lead(text: str, lo: int, body: Span) -> bool:
    """A verdict's lead before the body's marks (:data:`RE_REPORTED_VERDICT_LEAD`); one whose copula takes
    "in" only when the marks open on a degree or state the speaker judges (:data:`STATE_DEGREE_WORDS`).

    >>> t = "He said the economy was in “technical recession”."
    >>> _verdict_lead(t, 0, find_spans(t)[0])
    False
    >>> t = "He quit, saying the party was in “open revolt”."
    >>> _verdict_lead(t, 0, find_spans(t)[0])
    True
    """
    m = RE_REPORTED_VERDICT_LEAD.search(text, lo, body.open_at)
    if m is None:
        return False
    if not text[m.start():m.end()].rstrip().endswith(" in"):
        return True
    first = RE_WORDS.findall(text[body.start:body.end].lower())[:1]
    return bool(first) and first[0] in STATE_DEGREE_WORDS


def _echo_reported(text: str, body: Span) -> bool:
    """A body's quotation of exactly a headline's words (no more) that a clause reports as the speaker's
    own (review rv30, narrowing w58c): after a verb of urging, its listener and "to"
    (:data:`RE_URGED_TO_LEAD`); after "what <one> called" or an accusation (:data:`RE_REPORTED_PHRASE_LEAD`)
    when no noun or verb of the sentence follows the marks (:data:`ECHO_FOLLOWERS`); after a verdict's
    lead (:data:`RE_REPORTED_VERDICT_LEAD`, ‘said the offer was “insulting”.’) only when the marks end
    the clause, never a name the speaker mocks or a term going on (‘said the scheme was “levelling
    up” in name only’, ‘the trust was “special measures” material’).

    >>> t = "He said the scheme was “levelling up” in name only."
    >>> _echo_reported(t, find_spans(t)[0])
    False
    >>> t = "She said the offer was “insulting”."
    >>> _echo_reported(t, find_spans(t)[0])
    True
    >>> t = "She said the ban will be “devastating” for farmers."
    >>> _echo_reported(t, find_spans(t)[0])
    True
    """
    lo = max(body.para_start, body.open_at - VERDICT_LEAD_REACH)
    if RE_URGED_TO_LEAD.search(text, lo, body.open_at) is not None:
        return True
    after = text[body.close_end:body.para_end] if body.close_end is not None else ""
    nxt = RE_WORD_AFTER_MARKS.match(after)
    clause_ends = nxt is None  # (no word after the marks: they end the clause)
    if _verdict_lead(text, lo, body):
        return clause_ends or nxt.group(1).lower() in VERDICT_CLAUSE_FOLLOWERS  # (a verdict's lead first: ‘said
        # the scheme was ’ is a subject and its verb too; the clause may go on, :data:`VERDICT_CLAUSE_FOLLOWERS`)
    return (clause_ends or nxt.group(1).lower() in ECHO_FOLLOWERS) \
        and RE_REPORTED_PHRASE_LEAD.search(text, lo, body.open_at) is not None


def _said_again_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """Words in a sentence-case headline's single marks, two at least, that a longer quotation of
    the body says again in order (a word or so between them): the speaker's words, cut short for
    the headline, as British, Irish and Indian papers write them (‘Farmers hail ‘a fair deal’ as
    talks end’ / “It is a fair deal for every farm,” he said). Never a term: the body's marks hold
    the same words and no more (‘a “ghost estate”’), or name them (‘the so-called “…”’), or the
    headline's words are done to (‘‘Forever chemicals’ found …’), or a work beside them.

    >>> t = "Farmers hail ‘a fair deal’ as talks end\\n\\n“It is a fair deal for all,” he said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['a fair deal', 'It is a fair deal for all,']
    >>> t = "‘We kept our promise to you’: a town's long wait\\n\\n“We kept our promise to you,” the mayor said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['We kept our promise to you', 'We kept our promise to you,']
    >>> t = "Residents fear ‘ghost estate’ return\\n\\nSome call it a “ghost estate”."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['ghost estate']
    """
    if sp.close_end is None or headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp):
        return False
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    if len(words) < SAID_AGAIN_WORDS or not set(words) & SPEECH_FUNCTION_WORDS:
        # (guard: words without an article, a pronoun or a preposition are a name for a thing, a
        # term, product or slogan, ‘Police warn of ‘courier fraud’’, ‘‘buy now pay later’’)
        return False
    # (a sentence of the speaker's own, first or second person, may be the body's quotation whole)
    whole = len(words) >= SAID_WHOLE_WORDS and (bool(set(words) & FIRST_PERSON_WORDS)
                                               or words[0] in HEADLINE_SUBJECT_PRONOUNS  # (or a sentence with
    # its subject, third person: ‘‘They knew exactly who to pick’’, someone's, never a term, w73a)
                                               or (sp.open_at == sp.para_start and text[sp.close_end:sp.close_end + 1] == ":"))
    # (or a sentence that opens the line before a colon, the story's label after it: ‘‘It is like a slow
    # fuse’: reef bleaching spreads’ / “It is like a slow fuse,” said …, w84c)
    for body in _quotations_below(text, sp, spans):
        said = RE_WORDS.findall(text[body.start:body.end].lower())
        if len(said) >= len(words) and said[:len(words)] == words and text[body.start:body.start + 1].islower() \
                and _verdict_reported(text, body):
            return True  # the body's words a verdict its speaker put on something, the headline's words opening
            # them: ‘Virus poses ‘low but not zero’ risk’ / ‘she said the risk was “low but not zero.”’ (the same
            # words and no more, or a subject's words opening the body's, are speech when a clause reports them)
        if _titled_or_leading(text, body, words) and not _sentence_said_again(text, body, said, words):
            return False  # (guard: the body names them, a work's title or the subject it talks about)
        if (len(said) > len(words) or (len(said) == len(words) and whole
                                       # (guard, review rv3: never a saying a clause reports, ‘believed that “you get …”’)
                                       and not text[max(0, body.open_at - 6):body.open_at].rstrip().lower().endswith("that"))) \
                and words_within(words, said, max(3, len(words))):
            return True
        if subject_swapped(words, said):
            return True  # (the body's opening subject a pronoun in the headline: ‘‘She never missed a day’’ /
            # “Mum never missed a day in forty years,” he said)
    return False


def _sentence_said_again(text: str, body: Span, said: list[str], words: list[str]) -> bool:
    """(guard of a guard) A body quotation that opens with a headline's words without a pronoun, yet never
    as what it talks about: the words close a sentence of it (‘‘The water came in through the floor’’ /
    “The water came in through the floor. We heard it first,” she said), or are all it holds, in a
    sentence that reports them as someone's (‘he ‘never read the letter’’ / ‘told the court he “never
    read the letter”’, ‘telling staff to “hold the line”’), the speaker's sentence said in full further
    down. Never words in Title Case (a work's name).

    >>> t = "“The roof fell in. We ran,” she said."
    >>> _sentence_said_again(t, find_spans(t)[0], ["the", "roof", "fell", "in", "we", "ran"], ["the", "roof", "fell", "in"])
    True
    >>> t = "“A quiet war was never meant to last,” she said."
    >>> _sentence_said_again(t, find_spans(t)[0], RE_WORDS.findall(t.lower())[:8], ["a", "quiet", "war"])
    False
    """
    n = len(words)
    if said[:n] != words:
        return False
    ms = list(RE_WORDS.finditer(text, body.start, body.end))
    if len(ms) != len(said) or sum(m.group()[:1].isupper() for m in ms[:n]) >= 2:
        return False  # (a work's name, ‘“The Long Night”’)
    if len(said) == n:
        return _reported_in_sentence(text, body) or _verdict_reported(text, body)
    return text[ms[n - 1].end():ms[n].start()].strip()[:1] in (".", "!", "?") \
        and RE_QUOTED_BACK.match(text, ms[n].start()) is None  # (never words the next sentence quotes back as
    # another's or a name: ‘“A job half done. That's how the premier put it,” said X’, review rv127o)


#: A sentence that takes the words before it as said or named by someone (‘That's how the premier put it’,
#: ‘That is what the away end sang’): :func:`_sentence_said_again`.
#:
#: >>> bool(RE_QUOTED_BACK.match("That's what the fans sang")), RE_QUOTED_BACK.match("That was the worst night") is None
#: (True, True)
RE_QUOTED_BACK = LazyPattern(r"(?i:that|this|those)(?:[’']s| is| was| were) (?i:what|how)\b")


def _sentence_lead_start(text: str, body: Span, reach: int) -> int:
    """Where the sentence of a body's quotation starts, after the last stop or line break before its
    marks, but no more than ``reach`` characters before them.

    >>> t = "It rained. She called it “grim”."
    >>> t[_sentence_lead_start(t, find_spans(t)[0], 250):]
    ' She called it “grim”.'
    """
    return max(max(text.rfind(c, 0, body.open_at) for c in ".!?\n") + 1, body.open_at - reach)


def said_alone_below(text: str, sp: Span, spans: list[Span], reported: bool = True) -> bool:
    """Words in a sentence-case headline's single marks, a word to three, that a quotation of the body
    gives again alone, no more, right after a verb of characterising and its object
    (:data:`RE_VERDICT_VERB_BEFORE`), no name given (:data:`RE_NAMING_BEFORE_VERDICT`): the verdict of
    one who spoke, the headline cutting it short (‘‘Brazen’: teens charged over ram-raid’ / ‘Detective X
    described the raid as “brazen”’, w83b). With ``reported``, also up to :data:`REPORTED_ALONE_WORDS`
    words that the body's sentence reports as someone's (:func:`_reported_in_sentence`), given again
    alone and ending their clause (:func:`_reported_clause_ends`), or opening a longer fragment (w84c). Never a term the body names or merely uses (‘Residents fear
    ‘ghost estate’ return’ / ‘Some call it a “ghost estate”’; ‘Economy in ‘technical recession’’ / ‘… said
    the economy was in “technical recession”’), a headline's thing done to, nor a work beside it.

    >>> t = "‘Reckless’: man charged over fire\\n\\nDS Ann Lowe described the fire as “reckless”."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Reckless', 'reckless']
    >>> t = "Residents fear ‘ghost estate’ return\\n\\nSome call it a “ghost estate”, a neighbour said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['ghost estate']
    """
    if sp.paragraph != 0 or sp.close_end is None or headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp):
        return False
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    if not 1 <= len(words) <= (REPORTED_ALONE_WORDS if reported else SAID_ALONE_WORDS):
        return False
    for body in _quotations_below(text, sp, spans):
        if body.close_end is None:
            continue
        said = RE_WORDS.findall(text[body.start:body.end].lower())
        if said != words:
            if reported and len(words) >= 2 and len(said) > len(words) and said[:len(words)] == words \
                    and text[body.start:body.start + 1].islower() and _reported_in_sentence(text, body):
                return True  # (the body's fragment the headline's words open, its sentence reporting it as
                # someone's: ‘Judge: ruling leaves pupils ‘without a teacher’’ / ‘he wrote that it would leave pupils
                # “without a teacher when they most need one”’, w84c)
            continue
        lo = _sentence_lead_start(text, body, SAID_ALONE_LEAD_REACH)
        before = text[lo:body.open_at + 1]
        verdict = RE_VERDICT_VERB_BEFORE.search(before)
        if len(words) <= SAID_ALONE_WORDS and verdict is not None \
                and RE_NAMING_BEFORE_VERDICT.search(before, 0, verdict.end()) is None:
            return True
        if reported and _reported_in_sentence(text, body) and _reported_clause_ends(text, body):
            return True  # (the same words, no more, that the body's sentence reports as someone's: ‘on the brink
            # of “collapse,” the guild warned’, ‘said he backed her “without reservation.”’, w84c; the body's
            # own attribution decides then whose they are, or a scare quote after all, :func:`continuation._inherit`)
    return False

def _characterised_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """Words in a headline's or standfirst's single marks, two to :data:`REPORTED_ALONE_WORDS`, that open a
    longer fragment of the body after a verb of characterising (:func:`_characterised_opening`), never a
    headline's thing done to nor a work beside it (w91a)."""
    if sp.close_end is None or headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp):
        return False
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    return 2 <= len(words) <= REPORTED_ALONE_WORDS and any(
        _characterised_opening(text, body, words, RE_WORDS.findall(text[body.start:body.end].lower()))
        for body in _quotations_below(text, sp, spans))


def _characterised_opening(text: str, body: Span, words: list[str], said: list[str]) -> bool:
    """A body's longer fragment that a headline's words, two at least, open (an article before them skipped),
    after a verb of characterising and its object (:data:`RE_VERDICT_VERB_BEFORE`), no name given
    (:data:`RE_NAMING_BEFORE_VERDICT`): the verdict of one who spoke, the headline cutting it short
    (‘Minister accused of ‘shabby deal’’ / ‘X described the award as “a shabby deal done in private”’, w91a);
    never a name the body gives (‘what critics call “a shabby deal …”’, ‘the so-called “…”’), nor a phrase
    that breaks off after the headline's words to play on them (‘“low traffic, high benefit”’).

    >>> t = "Boss accused of ‘cosy deal’\\n\\nAnn Roe described the sale as “a cosy deal done in the dark”."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['cosy deal', 'a cosy deal done in the dark']
    >>> t = "Boss accused of ‘cosy deal’\\n\\nIt is what critics called “a cosy deal done in the dark”."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['a cosy deal done in the dark']
    """
    n = len(words)
    at = 1 if said[:1] and said[0] in VERDICT_ARTICLES else 0
    if len(said) <= n + at or said[at:at + n] != words or not text[body.start:body.start + 1].islower():
        return False
    last = list(RE_WORDS.finditer(text, body.start, body.end))[at + n - 1]
    if text[last.end():last.end() + 1] in ",;:":
        return False  # (guard: a phrase that plays on the headline's term, ‘“low traffic, high benefit”’, review rv65h2)
    before = text[_sentence_lead_start(text, body, SAID_ALONE_LEAD_REACH):body.open_at + 1]
    verdict = RE_VERDICT_VERB_BEFORE.search(before)
    return verdict is not None and RE_NAMING_BEFORE_VERDICT.search(before, 0, verdict.end()) is None


#: Right after the closing marks of a quotation that opens its sentence, its speech tag: a speaker of a few
#: words and a verb of speech, or the verb first, no comma between (‘“We want answers,” Ms Lye said’,
#: ‘“A disgrace,” said councillor X’); never a term's apposition or clause first (‘“Zombie firms,” as
#: economists call them, now …, the Bank said’, ‘“Bin Tuesday,” launched in 2019, will end …, X said’, review rv88a).
#:
#: >>> bool(RE_SPEECH_TAG_RIGHT_AFTER.match(" Ms Lye said.")), bool(RE_SPEECH_TAG_RIGHT_AFTER.match(" launched in 2019, will end, X said."))
#: (True, False)
RE_SPEECH_TAG_RIGHT_AFTER = LazyPattern(r"[ \t]+(?:[^\s,.;:!?“”\"‘’]+[ \t]+){0,7}?"
                                        r"(?:said|says|warned|warns|wrote|writes|added|adds|argued|argues|told|tells|"
                                        r"insisted|insists|claimed|claims|stated|states|asked|asks)\b")


def _reported_clause_ends(text: str, body: Span) -> bool:
    """The body's quotation of a headline's words is a verdict that ends its clause: no term word right
    before it (:data:`TERM_BEFORE_WORDS`, an article skipped) nor naming verb in its sentence
    (:data:`RE_NAMING_IN_SENTENCE`), and only a stop, a comma or a word of :data:`REPORTED_CLAUSE_FOLLOWERS`
    after it (never ‘the planned “megafarm” would …’, ‘“special measures” material’).

    >>> t = "She said the planned “megafarm” would change it."
    >>> _reported_clause_ends(t, find_spans(t)[0])
    False
    >>> t = "He demanded a “complete overhaul” within a year."
    >>> _reported_clause_ends(t, find_spans(t)[0])
    True
    >>> t = "“We want answers,” Ms Lye said."
    >>> _reported_clause_ends(t, find_spans(t)[0])
    True
    """
    lo = _sentence_lead_start(text, body, VERDICT_LEAD_REACH)
    before = RE_WORDS.findall(text[lo:body.open_at].lower())
    if not before and text[body.start:body.end].rstrip()[-1:] in (",", "?", "!"):
        return RE_SPEECH_TAG_RIGHT_AFTER.match(text, body.close_end, body.para_end) is not None  # (the body's quotation opens its sentence and breaks off for its speech tag, reported
        # after it: ‘‘We want answers’: families …’ / ‘“We want answers,” Ms Lye said.’, w88a; the tag right
        # after the marks, :data:`RE_SPEECH_TAG_RIGHT_AFTER`, never a term the sentence goes on to describe, review rv88a)
    while before and before[-1] in VERDICT_ARTICLES:
        before.pop()
    if not before or before[-1] in TERM_BEFORE_WORDS or RE_NAMING_IN_SENTENCE.search(text, lo, body.open_at) is not None:
        return False
    verb = RE_SPEECH_VERB_BEFORE.search(text, lo, body.open_at)
    if RE_NEGATION_BEFORE.search(text, verb.start() if verb is not None else lo, body.open_at) is not None:
        return False  # (guard, review rv84c: words the speaker denies, ‘there would be no “chaos”’; from the verb
        # of speech on, never ‘a player, who asked not to be named, said …’)
    said = RE_WORDS.findall(text[body.start:body.end])
    if said and all(w[:1].isupper() for w in said if w.lower() not in NAME_SMALL_WORDS) \
            and RE_VERDICT_VERB_BEFORE.search(text[lo:body.open_at + 1]) is None:
        return False  # (guard, review rv84c: a name in capitals, a title, a product or a nickname, ‘thrilled with
        # the reception for “Midnight Harbour”’, ‘proud to be “Little Dean”’)
    if text[body.start:body.end].rstrip()[-1:] in (",", ".", "!", "?", ";"):
        return True  # (a stop or a comma inside the marks: ‘on the brink of “collapse,” the guild warned’)
    nxt = RE_WORD_AFTER_MARKS.match(text[body.close_end:body.para_end])
    return nxt is None or text[body.close_end:nxt.start(1)].strip() != "" \
        or nxt.group(1).lower() in REPORTED_CLAUSE_FOLLOWERS


def _reported_in_sentence(text: str, body: Span) -> bool:
    """The body quotation's sentence reports it as someone's speech: a verb of speech before the marks
    (:data:`RE_SPEECH_VERB_BEFORE`) or a comma, a speaker and a verb of speech after them
    (:data:`RE_SPEECH_VERB_AFTER`), no stop between.

    >>> t = "The courts face “collapse,” the guild warned."
    >>> _reported_in_sentence(t, find_spans(t)[0])
    True
    >>> t = "The courts face “collapse.” Then it rained."
    >>> _reported_in_sentence(t, find_spans(t)[0])
    False
    """
    lo = _sentence_lead_start(text, body, VERDICT_LEAD_REACH)
    if RE_SPEECH_VERB_BEFORE.search(text[lo:body.open_at]) is not None:
        return True
    if body.close_end is None or text[body.start:body.end].rstrip()[-1:] in ".!?":
        return False
    stops = [i for i in (text.find(c, body.close_end, body.para_end) for c in ".!?\n") if i >= 0]
    tail = text[body.close_end:min(stops) if stops else body.para_end]
    if text[body.start:body.end].rstrip().endswith(","):
        tail = "," + tail
    return RE_SPEECH_VERB_AFTER.match(tail) is not None


def _opens_with_said(text: str, sp: Span) -> bool:
    """A headline that opens with a sentence in single marks ending in a comma, then says and a name:
    that person's words, whatever the line goes on with (‘‘I wrote it for my son,’ says Ana Ruiz as
    ‘Tide Songs’ opens festival’), never words with no comma before the verb (a title).

    >>> t = "‘I wrote it for my son,’ says Ana Ruiz as her film opens festival\\n\\n“I wrote it for my son,” Ruiz said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['I wrote it for my son,', 'I wrote it for my son,']
    """
    return sp.open_at == sp.para_start and sp.close_end is not None and _sayable(text, sp) \
        and text[sp.start:sp.end].rstrip().endswith(",") and RE_SAYS_AFTER_COMMA.match(text, sp.close_end) is not None


def _judged_again_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """A word or a few in a sentence-case headline's single marks, all in lower case, that a longer
    quotation of the body says again side by side: the speaker's verdict, cut short for the headline
    (‘Boss slams ‘absurd’ ruling’ / “It is absurd, frankly absurd,” he said; ‘Union calls cuts
    ‘reckless’’ / ‘called the cuts “reckless and cruel”’). Never a term that the body's marks hold
    alone (‘a “ghost estate”’), name (‘the so-called “…”’) or open as what they talk about, nor words
    done to or a work's title beside them.

    >>> t = "Boss slams ‘absurd’ ruling\\n\\n“It is absurd, frankly absurd,” he said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['absurd', 'It is absurd, frankly absurd,']
    >>> t = "Police warn of ‘phishing’ scam\\n\\n“Phishing emails are rising,” he said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Phishing emails are rising,']
    """
    if sp.close_end is None or headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp):
        return False
    words = verdict_words(text[sp.start:sp.end])
    compound = words is None  # (a compound word, ‘hard-won’: only the same word and no more, reported as below)
    words = verdict_words(text[sp.start:sp.end], compound=True) if compound else words
    if words is None:
        return False
    ends_line = not text[sp.close_end:sp.para_end].strip()  # (a verdict that ends the line: ‘… calls charges ‘premature’’)
    noun = (RE_WORDS.findall(text[sp.close_end:sp.para_end].lower())[:1] or [""])[0]  # (the headline's word after its
    # marks, the noun of a term the body quotes with it: ‘Warning over ‘zombie’ firms’ / ‘are “zombie firms kept alive …”’;
    # in the singular too, ‘‘forever’ chemicals’ / ‘“forever chemical levels …”’, review rv65h)
    head_next = RE_LOWER_AFTER_MARKS.match(text, sp.close_end)
    head_term = len(words) > 1 and head_next is not None and head_next.end() <= sp.para_end \
        and head_next.group(1) not in ECHO_FOLLOWERS  # (words of a term before a noun of their own in the headline:
    # ‘Critics attack ‘mansion tax’ plan’ / ‘“a mansion tax by the back door”’, ‘defends ‘low traffic’ schemes’; review rv65h2)
    for body in _quotations_below(text, sp, spans):
        said = RE_WORDS.findall(text[body.start:body.end].lower())
        if same_verdict(said, words) and _echo_reported(text, body):
            return True  # the same words and no more, but a clause reports them as the speaker's own: ‘Minister
            # vows to shut ‘loophole’’ / ‘to close what he called a “loophole”’, ‘urges graduates to ‘stay humble’’
            # (the body's article too, a noun's verdict: ‘slams referee ‘scandal’’ / ‘calling it “a scandal”’)
        if compound:
            continue
        at = 1 if said[:1] and said[0] in VERDICT_ARTICLES else 0
        if said[at:at + len(words)] == words and len(said) > at + len(words) and text[body.start:body.start + 1].islower() \
                and said[at + len(words)].removesuffix("s") != noun.removesuffix("s") and not head_term \
                and _verdict_goes_on(text, body, at + len(words)) and _verdict_reported(text, body):
            return True  # the verdict opening a longer quotation that a clause reports as the speaker's (an article
            # before a noun's): ‘Judge slams ‘reckless’ podcaster’ / ‘calling his conduct “reckless in the extreme”’,
            # ‘Ice reveals ‘missing chapter’’ / ‘what she called “a missing chapter in the story of …”’
        if _titled_or_leading(text, body, words) and not (ends_line and _verdict_listed(text, body, len(words))) \
                and not _verdict_predicated(text, body, len(words)):
            return False  # (guard: the body names them, a work's title or the subject it talks about)
        if verdict_said_again(words, said):
            return True
    return False


def _verdict_goes_on(text: str, body: Span, k: int) -> bool:
    """The body quotation's ``k``-th word (after the headline's verdict) goes on from the verdict: a
    word of :data:`VERDICT_GOES_ON`, or any after a comma (a list of verdicts, ‘“reckless, cruel and …”’).

    >>> t = "He called it “dupe culture gone mad”."
    >>> _verdict_goes_on(t, find_spans(t)[0], 1)
    False
    >>> t = "He called it “reckless in the extreme”."
    >>> _verdict_goes_on(t, find_spans(t)[0], 1)
    True
    """
    ms = list(RE_WORDS.finditer(text, body.start, body.end))
    if len(ms) <= k or k < 1:
        return False
    return "," in text[ms[k - 1].end():ms[k].start()] or ms[k].group(0).lower() in VERDICT_GOES_ON


def _cued_verdict_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """A verdict in a sentence-case headline's single marks (:func:`verdict_words`) right after a cue of
    speech (:data:`RE_HEADLINE_CUE_BEFORE`) that a quotation of the body gives again inside a sentence,
    the same words or the words its quotation opens with: the speaker's words, cut short, whom the
    headline names as saying them (‘Fund boss says he has ‘lost conviction’’ / ‘said he had “lost
    conviction” in …’; ‘…, alleging it ‘commingled’ funds’ / ‘alleged that it “commingled billions …”’).
    Never words no quotation below gives, nor one that names them as a term (‘so-called’), nor a
    term done to or a work beside them.

    >>> t = "Coach says side ‘not finished’ after loss\\n\\nHe said the side was “not finished yet”."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['not finished', 'not finished yet']
    >>> t = "Police warn of ‘phishing’ scam\\n\\nThe “phishing” emails spread."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['phishing']
    """
    if sp.close_end is None or headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp) \
            or RE_HEADLINE_CUE_BEFORE.search(text[sp.para_start:sp.open_at]) is None:
        return False
    content = text[sp.start:sp.end].replace(",", "")  # (a verdict's comma is no stop: ‘‘clarity, not deadlines’’)
    words = verdict_words(content) or verdict_words(content, compound=True)
    if words is None:
        return False
    n = len(words)
    head_next = RE_LOWER_AFTER_MARKS.match(text, sp.close_end)
    term = n > 1 and head_next is not None and head_next.end() <= sp.para_end and head_next.group(1) not in ECHO_FOLLOWERS
    noun = head_next.group(1) if head_next is not None and head_next.end() <= sp.para_end else ""
    for body in _quotations_below(text, sp, spans):
        if not text[body.start:body.start + 1].islower() or _end(body) <= body.start:
            continue  # (inside a sentence: a quotation that opens its own is what it talks about)
        said = RE_WORDS.findall(text[body.start:body.end].lower())
        if said[:n] != words or (term and len(said) == n):
            continue  # (guard: words of a term before a noun or a verb of its own in the headline that the body
            # gives alone, no more: ‘warns of ‘pig butchering’ scams’, ‘cites ‘plain view’ rule’, ‘says ‘screen
            # time’ harms sleep’; review rv65h)
        if noun and len(said) > n and said[n].removesuffix("s") == noun.removesuffix("s"):
            continue  # (guard: the body going on with the headline's noun after the marks, a term with its noun:
            # ‘Minister says ‘ghost’ flights must end’ / ‘running “ghost flights” to keep …’; review rv65h2)
        nxt = RE_LOWER_AFTER_MARKS.match(text, _end(body))
        if nxt is not None and nxt.group(1) not in ECHO_FOLLOWERS:
            continue  # (guard: the body's marks before a noun of their own are a term's, ‘The “phishing” emails’,
            # ‘used “smishing and vishing” tactics’; the clause may go on, ‘“lost conviction” in …’)
        return True
    return False


def judged_headline_verdict(text: str, paras: list[tuple[int, int]], sp: Span, spans: list[Span]) -> bool:
    """A sentence-case headline's verdict in single marks that the body gives again as a speaker's
    (:func:`_judged_again_below`): the attribution reads it as speech, never a term before the noun it
    judges (‘Agency fined over ‘misleading’ listings’ / ‘told the court the listings had been “misleading”’).

    >>> t = "Agency fined over ‘misleading’ listings\\n\\nShe told the court the listings were “misleading”."
    >>> spans = find_spans(t)
    >>> [judged_headline_verdict(t, paragraphs(t), s, spans) for s in spans]
    [True, False]
    """
    return sp.paragraph == 0 and bool(paras) and _headline(text, *paras[0]) and _judged_again_below(text, sp, spans)


def _verdict_predicated(text: str, body: Span, n: int) -> bool:
    """A headline's verdict of ``n`` words before a noun (‘memoir lifts lid on ‘toxic’ coalition
    talks’) that the body's quotation opens with as the complement of a lead (‘described the talks as
    “toxic from start to finish”’, ‘is “unsafe on a daily basis”’) and goes on with a join or a
    preposition (:data:`RE_VERDICT_GOES_ON`): the speaker's judgment cut short, never a term the
    quotation opens its own sentence with (‘“Phishing emails are rising”’) nor one before its noun.

    >>> t = "Talks ‘toxic’ says memoir\\n\\nShe called them “toxic from start to finish”."
    >>> t2 = "Warning on ‘phishing’ scam\\n\\nIt is “phishing emails that spread”."
    >>> [_verdict_predicated(x, find_spans(x)[-1], 1) for x in (t, t2)]
    [False, False]
    >>> t = "Memoir on ‘toxic’ talks\\n\\nShe describes the talks as “toxic from start to finish”."
    >>> _verdict_predicated(t, find_spans(t)[-1], 1)
    True
    """
    lead = text[body.para_start:body.open_at].split()
    if not lead or lead[-1] not in VERDICT_PREDICATE_LEADS:
        return False
    words = list(RE_WORDS.finditer(text, body.start, body.end))
    return len(words) > n and RE_VERDICT_GOES_ON.match(text, words[n - 1].end(), body.end) is not None


def _source_words(text: str, sp: Span, spans: list[Span]) -> bool:
    """The words in a headline's marks before its ‘, X says’ are that source's: a figure (‘‘hundreds of
    millions’ a week, CFO says’), or words a quotation of the body says again (‘families ‘skipping meals’,
    WFP warns’ / ‘households were “skipping meals”’); never other words no one below says, which may be
    anyone's (‘Audio of Mayor ‘insulting’ veterans is fake, experts say’).

    >>> t = "Audio of mayor ‘insulting’ veterans is fake, experts say\\n\\nThe clip was made with software, they said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    []
    >>> t = "Families ‘skipping meals’, aid agency warns\\n\\nMany were “skipping meals” in March, it said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['skipping meals', 'skipping meals']
    """
    if RE_FIGURE_WORD.fullmatch(text[sp.start:sp.end].strip(" ,")) is not None:
        return True
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    return bool(words) and any(body.paragraph > sp.paragraph and words_within(words, RE_WORDS.findall(text[body.start:body.end].lower()))
                               for body in spans)


def _said_before_label(text: str, sp: Span, spans: list[Span]) -> bool:
    """A headline that opens with a quotation of a few words, then a colon or a dash and who or
    what it is about: the words are someone's, told below (‘‘Double-engine government will transform
    the state’: Reddy at rally’); never a phrase inside the line (‘Police warn of ‘phishing’ scam’).

    >>> t = "'We have waited 30 years for this': Voters queue in Soweto\\n\\n“It was slow,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['We have waited 30 years for this', 'It was slow,']

    A label in lower case, or none, and the words are a clause of their own (:func:`said_clause`), after
    a page's rubric or none (‘Q&A: ‘…’ — …’); never a term or a slogan:

    >>> t = "‘We ran out of road’: the chef who shut her bistro\\n\\n“It was hard,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['We ran out of road', 'It was hard,']
    >>> t = "Q&A: ‘Most complaints are about delays’ — the regulator on her year\\n\\n“It was hard,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Most complaints are about delays', 'It was hard,']
    >>> t = "‘Buy now, pay later’: the hidden costs of credit\\n\\n“It is costly,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['It is costly,']
    """
    if sp.close_end is None or not _sayable(text, sp):
        return False
    if sp.open_at == sp.para_start and RE_HEADLINE_LABEL_AFTER.match(text, sp.close_end, sp.para_end) is not None:
        return True
    rubric = text[sp.para_start:sp.open_at]
    # (the line wholly the words, or a label in lower case after them, as British and Australian papers write
    # it: ‘‘They charged me twice for a fridge’’, ‘‘I stole from my mother’: one man's road back’; only a
    # clause, never ‘‘Buy now, pay later’: the hidden costs’)
    return (not rubric or (rubric.endswith(": ") and rubric[:-2].lower() in HEADLINE_LABELS)) \
        and (sp.close_end == sp.para_end or RE_HEADLINE_LOWER_LABEL_AFTER.match(text, sp.close_end, sp.para_end) is not None) \
        and said_clause(text, sp) and not _other_subject_below(text, sp, spans)


def _other_subject_below(text: str, sp: Span, spans: list[Span]) -> bool:
    """(guard) A quotation of the body just below that says a headline's words after their first with another
    subject before them (‘‘They will not be forgotten’’ / “The names on this memorial will not be forgotten”):
    the headline recast the body's sentence, which the rules of echoes (:func:`subject_swapped`) take or leave;
    its words are no one's of their own.

    >>> t = "‘They are not welcome here’: residents object\\n\\nShe said: “You are not welcome here is a cruel message.”"
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['You are not welcome here is a cruel message.']
    """
    words = RE_WORDS.findall(text[sp.start:sp.end].lower())
    rest, n = words[1:], len(words) - 1
    for body in _quotations_below(text, sp, spans):
        if body.paragraph > sp.paragraph + ECHO_REACH:
            break
        said = RE_WORDS.findall(text[body.start:body.end].lower())
        if any(said[k:k + n] == rest and (k == 0 or said[k - 1] != words[0]) for k in range(len(said) - n + 1)):
            return True
    return False


def _said_after_cue(text: str, sp: Span) -> bool:
    """Words in a headline's single marks after its subject and speech verb, three at least with a
    lower-case word of some length (never a term or a title: ‘Police warn of 'phishing' scam’, ‘Critic
    says 'Succession' finale flat’).

    >>> t = "Premier says rail link 'will be built' despite blowout\\n\\n“It will be built,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['will be built', 'It will be built,']
    """
    if sp.close_end is None:
        return False
    semi = text.rfind("; ", sp.para_start, sp.open_at)  # (a headline of two clauses: ‘Students protest fee
    # hike; V-C says decision 'unavoidable'’, the second with its own subject and verb)
    cue = RE_HEADLINE_SAYS_BEFORE.match(text, sp.para_start if semi < 0 else semi + 2, sp.open_at)
    lower = RE_HEADLINE_CLAUSE_SAYS_BEFORE.match(text, semi + 2, sp.open_at) if cue is None and semi >= 0 else None
    if lower is not None:
        # (a second clause's subject in lower case, its words three at least: never a word or two judged,
        # whose lower-case subject the rules of headlines cannot name, ‘Stadium sold; council says deal 'unavoidable'’)
        cue = lower if _sayable(text, sp) else None
    if cue is None or not (_sayable(text, sp) or _judged_in_a_word(text, sp, cue.end())):
        return False
    return not headline_term(text, sp.open_at, sp.close_end) \
        and not (cue.end() == sp.open_at and RE_TERM_AS_SUBJECT.match(text, sp.close_end) is not None)  # (nor a term
    # right after the verb that a word of its own goes on with: ‘Doctor says 'long COVID clinics' failing patients’)


def _merge(primary: list[Span], secondary: list[Span]) -> list[Span]:
    """The primary spans, and those secondary spans that overlap none of them, in order; a
    secondary span that holds primary spans whole holds them as nested quotations (“I told
    him ‘no’ twice,” in an article of single marks), so it replaces them.

    >>> t = "‘Fine,’ he said. ‘Good,’ she said. “I told him ‘no’ twice,” Smith said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Fine,', 'Good,', 'I told him ‘no’ twice,']
    """
    keep = [True] * len(primary)
    out = []
    i = 0
    n = len(primary)
    for sp in secondary:
        while i < n and _end(primary[i]) <= sp.open_at:
            i += 1
        inside = []
        j = i
        while j < n and primary[j].open_at < _end(sp):
            inside.append(j)
            j += 1
        if not inside:
            out.append(sp)
        elif all(primary[k].open_at > sp.open_at and _end(primary[k]) < _end(sp) for k in inside):
            for k in inside:
                keep[k] = False
            out.append(sp)
    return sorted([p for p, k in zip(primary, keep) if k] + out, key=lambda sp: sp.start)
