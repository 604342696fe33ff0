"""Finding quotations: pair the quotation marks of each paragraph into spans.

One scan over the marks of the text (linear time, no backtracking regex): each paragraph's marks
are paired with a small state machine, nested marks stay inside their parent, apostrophes are
never taken for marks, a quotation left open at the end of a paragraph continues into the next one
when that paragraph opens with a mark, and one stray mark never costs more than its own paragraph.
Deciding whether a span is speech or a scare quote, and who said it, is :mod:`attribution`'s job.

This module pairs the marks into spans (find_spans) and checks a headline's quotation against the
body; the marks themselves live in :mod:`quotesearch.quote_marks` and a headline's lines and words in
:mod:`quotesearch.headline_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator, NamedTuple

from quotesearch.speech_words import (
    RE_REPORTED_PHRASE_LEAD, RE_REPORTED_VERDICT_LEAD, RE_URGED_TO_LEAD, SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS,
)
from quotesearch.term_words import HEADLINE_LABELS, WORK_KIND_NOUNS
from quotesearch.quote_marks import (
    DOUBLE, Mark, RE_DROPPED_G, RE_DROPPED_G_FIRST, SINGLE, STYLE, _FAMILY, _Spaces, _closer_ahead, _ends_clause,
    _noun_after, _opens_with_mark, _ran_on, _trim, classify, main_family, scan_marks,
)
from quotesearch.lexicon import LazyPattern
from quotesearch.headline_words import (
    HEADLINE_SUBJECT_PRONOUNS, RE_FIGURE_WORD, RE_WORDS, SPEAKER_VOICE_PRONOUNS, VERDICT_ARTICLES, _headline,
    headline_term, same_verdict, subject_swapped, title_case_headline, verdict_said_again, verdict_words, words_within,
)


#: A paragraph: a run of characters up to a line break (any of Unicode's).
#:
#: >>> [m.span() for m in RE_PARAGRAPH.finditer("ab\n\ncd\r\ne\u2029f")]
#: [(0, 2), (4, 6), (8, 9), (10, 11)]
RE_PARAGRAPH = re.compile(r"[^\n\r\x85\u2028\u2029]+")


class Span(NamedTuple):
    """Quoted content ``text[start:end]``, with where its marks are.

    ``open_at`` is the offset of the opening mark; ``close_end`` the offset just after the
    closing mark, or None when the paragraph ended with the quotation still open.
    ``continues`` says the quotation goes on in the next paragraph's span; ``continued``
    that this span goes on a quotation from the previous paragraph.
    """

    start: int
    end: int
    open_at: int
    close_end: int | None
    paragraph: int
    para_start: int
    para_end: int
    continues: bool = False
    continued: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank line, whitespace around it excluded (an indented
    paragraph starts at its first word).

    >>> paragraphs("A b.\\n\\n  \\nC \\n\\t  D")
    [(0, 4), (9, 10), (15, 16)]
    """
    out = []
    for m in RE_PARAGRAPH.finditer(text):
        line = m.group()
        kept = line.strip()
        if kept:
            s = m.start() + len(line) - len(line.lstrip())
            out.append((s, s + len(kept)))
    return out


#: The widest line of a hard-wrapped text; a text with longer lines has a paragraph a line.
WRAP_WIDTH = 100


#: What ends a line that ends its sentence (or its paragraph's quotation, or a list's lead).
SENTENCE_END = frozenset(".!?:;”\"’'")


def _wrapped_breaks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The line breaks inside the paragraphs of a hard-wrapped text (lines broken at a fixed
    width, blank lines between paragraphs), or None when the text is not hard-wrapped."""
    if len(lines) < 4 or any(e - s > WRAP_WIDTH for s, e in lines):
        return None
    width = max(e - s for s, e in lines)
    # (a line broken by the wrap runs close to the width: a short line ends its paragraph)
    inner = [(e, s) for (b, e), (s, _) in zip(lines, lines[1:])
             if text.count("\n", e, s) == 1 and e - b >= 0.6 * width]
    if 2 * len(inner) < len(lines) or len(inner) == len(lines) - 1:
        return None  # (mostly a line a paragraph, or no blank line at all: lines are paragraphs)
    return inner


def unwrapped(text: str, lines: list[tuple[int, int]] | None = None) -> str:
    """The text with the line breaks inside its paragraphs made spaces, when it is hard-wrapped
    (lines broken at a fixed width, blank lines between paragraphs); else the text itself. Every
    offset stays where it was. ``lines`` are its :func:`paragraphs`, when known.

    >>> unwrapped("Q: Will you go?\\nA: No, I will not go there.\\n\\nQ: Why?\\nA: Because of the rain.")[:20]
    'Q: Will you go?\\nA: N'

    >>> unwrapped("He said:\\n“We wait\\nand see.”\\n\\nShe left.\\nThe end.")
    'He said: “We wait and see.”\\n\\nShe left. The end.'
    >>> unwrapped("One paragraph a line.\\nAnother one.\\nA third.\\nA fourth.")
    'One paragraph a line.\\nAnother one.\\nA third.\\nA fourth.'

    Where paragraphs are apart by blank lines, a single line break in mid-sentence before a
    lower-case word is a space too, whatever the rest (text pasted from a PDF or an e-mail):

    >>> unwrapped("Day spoke.\\n\\n“We will do it faster\\nthan anyone,” Lee said.")
    'Day spoke.\\n\\n“We will do it faster than anyone,” Lee said.'
    """
    lines = paragraphs(text) if lines is None else lines
    inner = _wrapped_breaks(text, lines)
    if inner is None:
        breaks = [(e, s, text.count("\n", e, s)) for (_, e), (s, _) in zip(lines, lines[1:])]
        if all(n == 1 for _, _, n in breaks):
            return text  # (no blank line: every line is a paragraph)
        inner = [(e, s) for e, s, n in breaks if n == 1 and text[e - 1] not in SENTENCE_END and text[s].islower()]
        if not inner:
            return text
    parts, at = [], 0
    for e, s in inner:
        parts.append(text[at:e])
        parts.append(" " * (s - e))
        at = s
    parts.append(text[at:])
    return "".join(parts)


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
                       or _said_before_label(text, sp)
                       or _said_after_cue(text, sp)
                       or _echoed_below(text, sp, spans)
                       or _said_again_below(text, sp, spans)
                       or said_alone_below(text, sp, spans)
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


#: Words before a body's marks that make them a term named, no one's words (‘so-called “…”’).
NAMING_BEFORE_TERM = ("so-called", "dubbed", "known as", "nicknamed")


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


#: The fewest words of a Title Case headline's quotation that the body says again (‘‘Save Democracy’’).
RECASED_WORDS = 2

#: Words before the headline's words in a body quotation that make them another's words it reports
#: (‘She called us armchair generals’, ‘Threats of pay up or we strike’); speech verbs too.
REPORTING_LEADS = frozenset("called calls call of".split())


#: (guard) Words beside a Title Case headline's marks that make them a work's title: a kind of work,
#: or what a work has or does (‘‘Stranger Things’ Finale’, ‘‘Love Is Blind’ Star’, ‘Tops Charts With’).
TITLE_NEIGHBOURS = (WORK_KIND_NOUNS - {"romcom"}) | frozenset("""book trailer finale premiere season episode star stars
cast tour remake reboot spinoff spin-off video debut""".split())


def _work_beside(text: str, sp: Span) -> bool:
    """(guard) A kind of work right before or right after a headline's marks, or 'With' before them."""
    before = text[max(0, sp.open_at - 30):sp.open_at].split()
    after = text[sp.close_end:sp.close_end + 30].split() if sp.close_end is not None else []
    b = _bare_word(before[-1]) if before else ""
    a = _bare_word(after[0]) if after else ""
    return b in TITLE_NEIGHBOURS or a in TITLE_NEIGHBOURS or b == "with"


def _bare_word(word: str) -> str:
    """A word lower-cased without the marks at its edges or its possessive ending (‘Series’’ → 'series').

    >>> _bare_word("Series’"), _bare_word("show's"), _bare_word("Netflix’s")
    ('series', 'show', 'netflix')
    """
    word = word.lower().strip("’',:;")
    return word[:-2] if word.endswith(("’s", "'s")) else word


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


#: A single closing mark (``SINGLE_CLOSERS``) right after a quotation's own comma or stop
#: (``AFTER_OWN_STOP``): where an article that quotes in double marks gives someone's words in single
#: marks all the same (‘'It paid better,' she admitted’), as student papers, club bulletins and small
#: weeklies do.
SINGLE_CLOSERS = frozenset("'’")
AFTER_OWN_STOP = frozenset(",.?!")

#: How far after a quotation's closing mark its cue is read (‘' she admitted afterward’).
SINGLE_CUE_REACH = 60

#: Pronouns that speak in a cue after single marks (‘' she said’), and the words that open a
#: description there (‘' the Colonel said’, ‘' said a neighbour’).
CUE_PRONOUNS = SUBJECT_SPEAKER_PRONOUNS
CUE_DETERMINERS = frozenset("the a an one his her their our its my".split())


def _cue_verb(word: str) -> bool:
    """A word that is a speech verb's finite form (never "saying", a gerund)."""
    return word in SPEECH_VERBS and not word.endswith("ing")


def _cue_shape_after(text: str, at: int, hi: int) -> bool:
    """Right after ``at``, a cue: a pronoun, or up to four words of a name or a description, then
    a speech verb (‘ she admitted afterward’, ‘ the Colonel said’, ‘ Coach Hurst told the crowd’),
    or the verb first and who said it (‘ said Mrs Wren’, ‘ said retiree Tan Ah Kow’); never words
    after a title (‘ the hymn chosen by the family’, ‘ Vows Veto’ in a headline).

    >>> [_cue_shape_after(t, 0, len(t)) for t in (" she admitted.", " said retiree Tan Ah Kow.", " the hymn chosen", " said to be")]
    [True, True, False, False]
    """
    words = text[at:min(hi, at + SINGLE_CUE_REACH)].split(None, 6)[:6]
    if len(words) < 2:
        return False
    if _cue_verb(words[0].rstrip(",.")) and words[0][-1] not in ",.;:":
        who = words[1].rstrip(",.")
        return who.lower() in CUE_PRONOUNS or who[:1].isupper() or who.lower() in CUE_DETERMINERS \
            or (who.isalpha() and who.islower() and any(w[:1].isupper() for w in words[2:4]))
    first = words[0]
    if first.lower() in CUE_PRONOUNS:
        return _cue_verb(words[1].rstrip(",."))
    if not (first[:1].isupper() or first.lower() in CUE_DETERMINERS):
        return False
    for k in range(1, min(5, len(words))):
        word = words[k].rstrip(",.")
        if _cue_verb(word):
            return True
        if not word.replace("-", "").replace(".", "").isalpha() or words[k - 1][-1] in ",.;:" \
                or (words[k][:1].islower() and first[:1].isupper()):
            return False  # (a name is capitalised all through; a description's words come after its "the")
    return False


def _single_marked_speech(text: str, paras: list[tuple[int, int]], marks: list[tuple[int, int, str]],
                          spans: list[Span]) -> list[Span]:
    """Quotations in single marks in an article whose quotations are in double ones, where the
    evidence of speech is strong: the words open a sentence with a capital, end with their own
    comma or stop, and a cue follows the closing mark (‘'I do,' she said.’); or they come right
    after a quotation and its cue (‘'…,' she said, 'but …'’, ‘"…," she said. 'Most of the time.'’).
    Never single marks inside a quotation in double marks, a plural's apostrophe, nor a title or
    a scare word (no cue after them: ‘the choir sang 'Abide With Me,' and …’).

    >>> t = 'He came. "Yes," Ann said.\\n\\nShe was asked again. \\'I do,\\' she said. \\'Every time.\\''
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['Yes,', 'I do,', 'Every time.']
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
        if after_cue or (opens_sentence and _cue_shape_after(text, sp.close_end, sp.para_end)
                         and (text[sp.end - 1] != "." or _cue_ends_clause(text, sp.close_end, sp.para_end))):
            out.append(sp)
    return out


def _cue_ends_clause(text: str, at: int, hi: int) -> bool:
    """(guard) After words ending in their own full stop, a cue of a new sentence with a capital is a cue
    only when its verb ends the clause (‘\'Every Saturday.\' she said.’, ‘… \' Chen said.’); never a
    sentence that reports something else (‘read: \'Hands off our river.\' Organisers said 300 people
    attended.’)."""
    words = text[at:min(hi, at + SINGLE_CUE_REACH)].split(None, 6)[:6]
    if words and words[0][:1].islower():
        return True
    k = next((k for k, w in enumerate(words) if _cue_verb(w.rstrip(",.;"))), None)
    return k is not None and (words[k][-1:] in ",.;" or k + 1 >= len(words))


def _end(sp: Span) -> int:
    """Where a span's quotation ends: its closing mark's end, else its paragraph's."""
    return sp.close_end if sp.close_end is not None else sp.para_end


#: How many paragraphs below a live page's entry headline its body quotes the words again.
ECHO_REACH = 6


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


#: The fewest words of a headline's single-marked words that a longer quotation below says again.
SAID_AGAIN_WORDS = 2

#: The fewest words of a headline's single-marked sentence that a quotation below may say again whole,
#: no longer, when a first- or second-person word is among them (:data:`FIRST_PERSON_WORDS`): a
#: speaker's own sentence, never a term (‘‘I made it for my mother’’ / “I made it for my mother,” he said).
SAID_WHOLE_WORDS = 5

#: Words of the first and second person that make a headline's words in marks someone's sentence.
#:
#: >>> sorted(FIRST_PERSON_WORDS & set("i never wanted him to play".split()))
#: ['i']
FIRST_PERSON_WORDS = frozenset("i me my we us our you your".split())


#: How far before a body's quotation the reporting verb of its verdict is looked for (:data:`RE_REPORTED_VERDICT_LEAD`).
VERDICT_LEAD_REACH = 250


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


#: Words that may follow a body's quotation of a headline's words when a clause reports them as the
#: speaker's own (‘what she called the “gridlock” that traps …’, ‘accused him of “cronyism” over …’):
#: a relative word, a preposition or a join; any other lower-case word after the marks makes the
#: quotation a term before its noun or a verb's subject (‘what he called the “crisis” talk’, ‘the planned
#: “megafarm” would …’).
ECHO_FOLLOWERS = frozenset("that which who whom where when at in on of over for from with to by about "
                           "against among across into after before during since and or but as".split())


#: Words that may follow a body's quotation of exactly a headline's words after a verdict's lead
#: (:data:`RE_REPORTED_VERDICT_LEAD`) and keep them the complement the speaker gave: a join to the next
#: clause (‘told the court the listings had been “misleading” and showed …’, ‘described the deal as
#: “hard-won” and paid tribute …’) or whom the verdict touches (‘said the ban will be “devastating” for
#: farmers’, ‘“unfair” to renters’); never a noun the words name nor a phrase of a term going on (‘was
#: “levelling up” in name only’, ‘“special measures” material’).
#:
#: >>> sorted(VERDICT_CLAUSE_FOLLOWERS & set("in name only and for".split()))
#: ['and', 'for']
VERDICT_CLAUSE_FOLLOWERS = frozenset("and but for to".split())


#: The first words of a state a verdict's lead puts its subject "in" (‘saying the party was in “open revolt”’)
#: that make it the speaker's verdict, a degree the speaker gives (review rv64a): never a status or term
#: an authority names (‘said the economy was in “technical recession”’, ‘the trust was in “special
#: measures”’, ‘the county was in “drought”’, ‘the chain was in “administration”’).
#:
#: >>> sorted(STATE_DEGREE_WORDS & set("open special measures deep".split()))
#: ['deep', 'open']
STATE_DEGREE_WORDS = frozenset("open total complete utter deep full absolute sheer outright serious grave dire "
                               "real meltdown freefall turmoil disarray chaos crisis revolt denial".split())


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


#: The word right after a quotation's closing mark, spaces before it (its group 1), for :func:`_echo_reported`.
RE_WORD_AFTER_MARKS = re.compile(r"[ \t]*([A-Za-z’'\-]+)")


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
        if _titled_or_leading(text, body, words):
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


#: How far before a body's quotation its verb of characterising is looked for (:func:`said_alone_below`).
SAID_ALONE_LEAD_REACH = 120


def _sentence_lead_start(text: str, body: Span, reach: int) -> int:
    """Where the sentence of a body's quotation starts, after the last stop or line break before its
    marks, but no more than ``reach`` characters before them.

    >>> t = "It rained. She called it “grim”."
    >>> t[_sentence_lead_start(t, find_spans(t)[0], 250):]
    ' She called it “grim”.'
    """
    return max(max(text.rfind(c, 0, body.open_at) for c in ".!?\n") + 1, body.open_at - reach)


#: The most words of a sentence-case headline's single-marked words that a body quotation may give again
#: alone, no more, as a speaker's word (‘‘Brazen’: …’ / ‘described the raid as “brazen”’).
SAID_ALONE_WORDS = 3

#: A verb of characterising something, its object (none when a relative clause took it: ‘a junction his
#: widow described as’) and "as", right before a body's marks: the subject's verdict on a thing, their word
#: (‘described the raid as “’, ‘called the attack “’, ‘branded the scheme “’). Never a name given or a
#: passive: ‘what locals call “’, ‘is called “’, ‘so-called “’ (see :data:`RE_NAMING_BEFORE_VERDICT`).
#:
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("Inspector Rhys Day described the incident as “"))
#: True
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("a junction his widow described as “")), bool(RE_VERDICT_VERB_BEFORE.search("she called the attack “"))
#: (True, True)
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("the council said the estate was “"))
#: False
RE_VERDICT_VERB_BEFORE = LazyPattern(r"(?<![\p{L}\-])(?:described|describes|branded|brands|labelled|labeled|labels|called|calls)"
                                     r"(?: (?!as\b)[\p{L}\p{M}’'\-]+){0,5}(?: as)? [“\"‘']$")

#: What makes a characterising verb before the marks a name given, never a verdict: "what" or "which" before
#: the verb, a form of "be" right before it, or "so-called" (‘what locals call “’, ‘is called “’).
#:
#: >>> bool(RE_NAMING_BEFORE_VERDICT.search("what locals call the road “")), bool(RE_NAMING_BEFORE_VERDICT.search("the lane is called “"))
#: (True, True)
#: >>> bool(RE_NAMING_BEFORE_VERDICT.search("she called the attack “"))
#: False
RE_NAMING_BEFORE_VERDICT = LazyPattern(r"\b(?:[Ww]hat|[Ww]hich|is|was|are|were|be|been|being|so)\b[^.!?\n]{0,30}?\b(?:call|calls|called|described|labelled|labeled|branded)\b"
                                       r"|\b(?:is|was|are|were|be|been|being) (?:described|labelled|labeled|branded|called)\b")


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


#: The most words of a headline's single-marked words that a body quotation may give again alone when
#: its sentence reports them (:func:`_reported_in_sentence`).
REPORTED_ALONE_WORDS = 8

#: A verb of speech before a body's marks in their sentence, no mark between (its words a speaker's:
#: ‘he said he congratulated her “’, ‘wrote that the ruling would leave them “’, ‘demanded a “’).
#:
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("Sir Ann wrote that the order would leave pupils ")), bool(RE_SPEECH_VERB_BEFORE.search("Fans sang the "))
#: (True, False)
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("the so-called "))
#: False
RE_SPEECH_VERB_BEFORE = LazyPattern(r"\b(?:said|says|wrote|writes|told|tells|warned|warns|argued|argues|added|adds|insisted|insists|"
                                    r"claimed|claims|stated|states|demanded|demands|urged|urges|pledged|pledges|vowed|vows)\b"
                                    r"(?![^“”\"‘\n]*\bso-called\b)[^“”\"‘\n]*$")

#: After a body's marks, the rest of the sentence: a comma and a speaker, a few words, and a verb of
#: speech (‘… at “far too high” a speed, the company's president says’, ‘“collapse,” the guild warned’).
#:
#: >>> bool(RE_SPEECH_VERB_AFTER.match(", the company’s president says.")), bool(RE_SPEECH_VERB_AFTER.match(" led to a crash."))
#: (True, False)
RE_SPEECH_VERB_AFTER = LazyPattern(r"[^“”\"‘\n]*?,[ \t]+(?:[^\s,“”\"]+[ \t]+){0,7}?"
                                   r"(?:said|says|warned|warns|wrote|writes|added|adds|argued|argues|told|tells|"
                                   r"insisted|insists|claimed|claims|stated|states)\b")

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


#: The word right before a body's marks (an article skipped) that makes its words a term, a thing, a
#: state or a title, never a verdict someone gave (review rv30, rv64a): ‘was in “drought”’, ‘urged fans
#: to listen to “…”’, ‘said it had shown “outsider art”’, ‘said the “gig economy” had …’, ‘what police call
#: “…”’; a verb of naming anywhere before them in the sentence, ‘Some call it a “ghost estate”’.
#:
#: >>> sorted(TERM_BEFORE_WORDS & set("was in the had".split()))
#: ['in', 'the']
TERM_BEFORE_WORDS = frozenset("in into to the this that these those its their his her our my your shown showed "
                              "displayed exhibited call calls called dubbed named nicknamed termed known so-called "
                              # (review rv84c: a preposition's object, a thing or a practice, ‘tighten the rules on
                              # “buy now, pay later”’, ‘fooled by a “deepfake”’, never "for", ‘heading for “meltdown”’;
                              # and a chant or song someone else gives, ‘asked the crowd to shout “lock them up”’)
                              "on by with about against from at via shout shouted chant chanted sing sang".split())

#: A negation or a denial before a body's marks in their sentence: the speaker disowns the words, someone
#: else's, never their verdict (review rv84c: ‘insisted there would be no “chaos”’, ‘said the inquiry was not
#: a “witch hunt”’, ‘said there was no evidence the vote was “rigged”’).
#:
#: >>> bool(RE_NEGATION_BEFORE.search("He said it was not a ")), bool(RE_NEGATION_BEFORE.search("He said it was a "))
#: (True, False)
RE_NEGATION_BEFORE = LazyPattern(r"(?i)\b(?:not|no|never|nothing|none|neither|nor|denied|denies|deny|denying|rejected|rejects|"
                                 r"dismissed|dismisses|disputed|disputes)\b|n[’']t\b")

#: A verb of naming before a body's marks in their sentence (see :data:`TERM_BEFORE_WORDS`).
#:
#: >>> bool(RE_NAMING_IN_SENTENCE.search("Some call it a ")), bool(RE_NAMING_IN_SENTENCE.search("He said it was "))
#: (True, False)
RE_NAMING_IN_SENTENCE = LazyPattern(r"\b(?:call|calls|called|calling|dubbed|dub|dubs|nicknamed|termed|known as|so-called)\b")

#: Words that may follow a body's quotation of exactly a headline's words and keep the clause the
#: speaker's verdict going on (:data:`VERDICT_CLAUSE_FOLLOWERS` and a time or a condition: ‘demanded a
#: “complete overhaul” within a year’, ‘would face “consequences” if it did not pay’; what a feeling is
#: about, w88a: ‘were “deeply concerned” about the timing’); never a noun the words name nor "in"
#: (‘“levelling up” in name only’) nor "from", a place or a thing kept from (‘ban “boy racers” from the
#: seafront’).
#:
#: >>> "within" in REPORTED_CLAUSE_FOLLOWERS, "if" in REPORTED_CLAUSE_FOLLOWERS, "in" in REPORTED_CLAUSE_FOLLOWERS
#: (True, True, False)
REPORTED_CLAUSE_FOLLOWERS = VERDICT_CLAUSE_FOLLOWERS | frozenset("within after before until unless since over by "
                                                                 "if about".split())


#: Small words a title or a name in capitals may keep lower case (‘Lord of the Rings’).
NAME_SMALL_WORDS = frozenset("a an and at by for in of on or the to".split())


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


#: A speech verb and a capitalised name right after a headline's opening words in marks that end
#: in a comma, whatever the line says after the name: ‘‘I wrote it for my son,’ says Ana Ruiz as
#: her film opens festival’.
#:
#: >>> bool(RE_SAYS_AFTER_COMMA.match(" says Ana Ruiz as")), bool(RE_SAYS_AFTER_COMMA.match(" shows a"))
#: (True, False)
RE_SAYS_AFTER_COMMA = re.compile(r"[ \t]*(?:says|said)[ \t]+[A-Z]")


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


#: Words that may follow a headline's verdict inside the longer body quotation it opens, the verdict going
#: on as the speaker's own (‘“reckless in the extreme”’, ‘“callous beyond belief”’): a preposition, a
#: relative word or a join (:data:`ECHO_FOLLOWERS`); never a noun the words modify (‘“dupe culture gone
#: mad”’) nor a word that turns them (‘“woke only to people who have not read them”’; review rv65h2).
#:
#: >>> "beyond" in VERDICT_GOES_ON, "only" in VERDICT_GOES_ON, "culture" in VERDICT_GOES_ON
#: (True, False, False)
VERDICT_GOES_ON = ECHO_FOLLOWERS | frozenset("beyond than like without within through under past upon towards toward".split())


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


#: A headline's cue right before its words in single marks, a verb of speech in the present (or its
#: participle) and at most four words between (‘says Ireland will not be ‘rushed’’): ‘Boss says he has ‘lost conviction’’, ‘…, says trial
#: ‘nowhere in sight’’, ‘…, warns of ‘thinner’ years’, ‘…, cites ‘deteriorating’ finances’, ‘…, alleging it
#: ‘commingled’ funds’ (:func:`_cued_verdict_below`); never an infinitive (‘urges public to say no to ‘fast fashion’’).
#:
#: >>> [bool(RE_HEADLINE_CUE_BEFORE.search(t)) for t in ("Boss says he has ", "fund warns of ", "Police hunt ", "urges public to say no to ")]
#: [True, True, False, False]
RE_HEADLINE_CUE_BEFORE = re.compile(r"(?<!\bto )\b(?:says|say|warns|warn|cites|citing|alleges|alleging|claims|claiming|insists|admits|"
                                    r"tells|vows)(?:[ \t]+[\w’'\-]+){0,4}[ \t]+$")


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


#: A lower-case word right after a quotation's closing mark (its group 1), for :func:`_cued_verdict_below`.
#:
#: >>> RE_LOWER_AFTER_MARKS.match(" emails spread").group(1), RE_LOWER_AFTER_MARKS.match(", he said")
#: ('emails', None)
RE_LOWER_AFTER_MARKS = re.compile(r"[ \t]+([a-z]+)")


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


#: What joins a verdict's words to more of them in a body's quotation (‘“premature and politically
#: driven”’, ‘“reckless, cruel”’): a comma, or "and", "or", "but" or "yet", never a verb or a noun after
#: a subject (‘“Phishing emails are rising”’).
#:
#: >>> [bool(RE_VERDICT_JOIN.match(t)) for t in (" and politically driven", ", cruel", " emails are rising")]
#: [True, True, False]
RE_VERDICT_JOIN = re.compile(r"(?:,[ \t]|[ \t]+(?:and|or|but|yet)[ \t])")


def _verdict_listed(text: str, body: Span, n: int) -> bool:
    """A headline's verdict of ``n`` words that the body's quotation opens with inside a sentence,
    joined to more (:data:`RE_VERDICT_JOIN`; ‘Union calls charges ‘premature’’ / ‘called the
    indictment “premature and politically driven”’): the verdict cut short, never a subject the
    quotation talks about (‘“Phishing emails are rising,” he said’ opens its own sentence)."""
    lead = text[body.para_start:body.open_at].rstrip()
    if not lead or not (lead[-1].isalpha() and lead[-1].islower()):
        return False
    words = list(RE_WORDS.finditer(text, body.start, body.end))
    after = text[body.close_end:body.close_end + 2] if body.close_end is not None else ""
    return len(words) > n and RE_VERDICT_JOIN.match(text, words[n - 1].end(), body.end) is not None \
        and not (text[body.end - 1].isalpha() and after[:1] == " " and after[1:].islower())  # (never a term before its noun: ‘“phishing and smishing” scams’)


#: The last word of a body's lead that makes the quotation after it a judgment of something, its
#: complement (‘described the plan as “ugly, …”’, ‘staffing is “unsafe on a daily basis”’).
#:
#: >>> sorted(VERDICT_PREDICATE_LEADS & set("described the talks as".split()))
#: ['as']
VERDICT_PREDICATE_LEADS = frozenset("as is was are were be been remains remained became".split())

#: What may go on from a verdict's words in the body's quotation after a predicate lead: a join
#: (:data:`RE_VERDICT_JOIN`) or a preposition, never a noun the words would name (‘“zombie estates”’).
#:
#: >>> [bool(RE_VERDICT_GOES_ON.match(t)) for t in (" from start to finish", " on a daily basis", ", oversized", " estates across")]
#: [True, True, True, False]
RE_VERDICT_GOES_ON = re.compile(RE_VERDICT_JOIN.pattern + r"|[ \t]+(?:on|in|at|from|to|for|by|beyond|with|without|throughout)[ \t]")


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


#: Words that a speaker's words cut short hold and a term seldom does; "t" is the tail of a negative
#: contraction as :data:`RE_WORDS` splits it (‘‘doesn’t cover costs’’: a verb phrase denied, never a term).
#:
#: >>> sorted(SPEECH_FUNCTION_WORDS & set(RE_WORDS.findall("doesn’t cover costs")))
#: ['t']
SPEECH_FUNCTION_WORDS = frozenset("""a an the to of for with at in on by from into we i you they he she it our
my your their us me them is are was were be been will would can not no never all t""".split())


def _titled_or_leading(text: str, body: Span, words: list[str]) -> bool:
    """The headline's words in the body's quotation in Title Case (‘to screen The Last Harvest’),
    or opening it as what it talks about (‘“A quiet war was never meant …”’) with no pronoun."""
    orig = RE_WORDS.findall(text[body.start:body.end])
    low = [w.lower() for w in orig]
    n = len(words)
    for k in range(len(low) - n + 1):
        if low[k:k + n] == words:
            seg = orig[k:k + n]
            if k > 0 and sum(w[:1].isupper() for w in seg) >= 2 and all(
                    w[:1].isupper() for w in seg if w.lower() not in ("a", "an", "the", "of", "and")):
                return True
            if k == 0 and not set(words) & SPEAKER_VOICE_PRONOUNS:
                return True
    return False


#: A headline that ends naming who says its words, the cue first: ‘‘Time to act’ on obesity, says health
#: chief’, ‘‘Devastating’ floods leave thousands homeless, says aid agency’ (a headline's single-marked
#: words are its source's).
RE_HEADLINE_SAYS = re.compile(r"(?:,|’|') ?(?:says|say|warns|warn|claims|claim|insists|admits|tells|vows) "
                              r"(?:[A-Za-z][\w’'\-]*\.? ?){1,5}$")

#: A headline that ends naming who says its words, the cue last, as wire services write it after a
#: comma: ‘Strike to cost ‘hundreds of millions’ a week, CFO says’, ‘Rates to stay ‘higher for longer’,
#: central bank warns’ (a short source of one to four words, then the verb, ending the line).
#:
#: >>> [bool(RE_HEADLINE_SOURCE_SAYS.search(t)) for t in (" a week, CFO says", ", central bank warns", " says CFO", " a week, says")]
#: [True, True, False, False]
RE_HEADLINE_SOURCE_SAYS = re.compile(r", (?:[A-Za-z][\w’'\-]*\.? ){1,4}(?:says|say|warns|warn|claims|claim|insists|admits)[ \t]*$")


#: A headline that ends naming where its words were heard or found, after a comma, rather than who
#: said them: ‘…, jury told’, ‘…, court hears’, ‘…, inquiry finds’, ‘…, bouncer tells court’. The words in
#: marks before it are a speaker's the body names when a quotation of the body says them again
#: (:func:`_source_words`); the hearer or the finder is no speaker of its own (w76b).
#:
#: >>> [bool(RE_HEADLINE_HEARD_LAST.search(t)) for t in (", jury told", ", inquest hears", ", report finds",
#: ...                                                    ", bouncer tells court", ", she told", " jury told")]
#: [True, True, True, True, False, False]
RE_HEADLINE_HEARD_LAST = re.compile(r", (?:[A-Za-z][\w’'\-]*\.? ){0,3}(?:(?:jury|court|inquest|inquiry|tribunal|hearing|"
                                    r"MPs|MSPs|senators|committee|council|panel) (?:told|hears|heard)|(?:report|review|"
                                    r"inquiry|investigation|study|survey|audit|probe|inquest) (?:finds|found)|"
                                    r"tells? (?:court|jury|inquest|inquiry|tribunal|hearing|MPs|committee))[ \t]*$")


#: Words that make the words before a headline's ‘, X says’ no source's: a clause's words (‘, and what
#: it says’, ‘, whatever TikTok says’), a pronoun (‘, he says’) left to other rules (review rv65h).
#:
#: >>> "whatever" in SOURCE_LAST_STOPS, "he" in SOURCE_LAST_STOPS, "cfo" in SOURCE_LAST_STOPS
#: (True, True, False)
SOURCE_LAST_STOPS = frozenset("and or but what how why which who whom whose that this it if as when where whatever "
                              "however whoever he she they we i you".split())

#: A verb of calling right before a headline's words in marks: the words are that clause's subject's,
#: never the source named last (‘Hotel guests called staff ‘rude’, review site says’; review rv65h).
#:
#: >>> bool(RE_CALLED_BEFORE.search("Hotel guests called staff ")), bool(RE_CALLED_BEFORE.search("Strike to cost "))
#: (True, False)
RE_CALLED_BEFORE = re.compile(r"\b(?:called|calls|call|calling|branded|brands|dubbed|labelled|labeled|described as)"
                              r"(?:[ \t]+[\w’'\-]+){0,3}[ \t]+$", re.I)


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


def headline_source_last(text: str, sp: Span) -> re.Match | None:
    """The match of :data:`RE_HEADLINE_SOURCE_SAYS` after a headline's ``sp`` when its words are a
    source's: never a capitalised word in marks (a title, a nickname, a coined term opening the line:
    ‘‘Hamlet’ tickets sold out, theatre says’, ‘‘Iron’ Mike Tallis to fight again, promoter says’), nor
    words another called someone (:data:`RE_CALLED_BEFORE`), nor a clause's or a pronoun's ‘says’
    (:data:`SOURCE_LAST_STOPS`; review rv65h).

    >>> t = "Strike to cost ‘hundreds of millions’ a week, CFO says"
    >>> bool(headline_source_last(t, Span(16, 35, 15, 36, 0, 0, len(t))))
    True
    >>> t = "How ‘quiet quitting’ took hold, and what it says"
    >>> headline_source_last(t, Span(5, 19, 4, 20, 0, 0, len(t))) is None
    True
    """
    if sp.close_end is None:
        return None
    says = RE_HEADLINE_SOURCE_SAYS.search(text, sp.close_end, sp.para_end)
    if says is None or text[sp.start:sp.start + 1].isupper() \
            or RE_CALLED_BEFORE.search(text[sp.para_start:sp.open_at]) is not None \
            or set(RE_WORDS.findall(text[says.start():says.end()].lower())) & SOURCE_LAST_STOPS:
        return None
    return says


#: What follows a headline's opening words in marks to say whose they are: a colon or a dash, then
#: a capitalised word (‘‘Congress has insulted farmers’: Reddy at Warangal rally’, ‘‘We were never
#: told’ – Families demand answers’).
RE_HEADLINE_LABEL_AFTER = re.compile(r"[ \t]*(?::|[—–-](?=[ \t]))[ \t]+[A-Z]")

#: The fewest words a headline's opening quotation has (never a title: ‘‘Succession’: the finale’).
HEADLINE_OPENING_WORDS = 3


def _sayable(text: str, sp: Span) -> bool:
    """Words in a headline's marks that may be someone's: three at least, one of them a lower-case
    word of more than three letters (never a title: ‘‘Succession’: the finale’)."""
    words = text[sp.start:sp.end].split()
    return len(words) >= HEADLINE_OPENING_WORDS and any(w[:1].islower() and len(w.strip(",.!?")) > 3 for w in words)


def _said_before_label(text: str, sp: Span) -> bool:
    """A headline that opens with a quotation of a few words, then a colon or a dash and who or
    what it is about: the words are someone's, told below (‘‘Double-engine government will transform
    the state’: Reddy at rally’); never a phrase inside the line (‘Police warn of ‘phishing’ scam’).

    >>> t = "'We have waited 30 years for this': Voters queue in Soweto\\n\\n“It was slow,” she said."
    >>> [t[s.start:s.end] for s in find_spans(t)]
    ['We have waited 30 years for this', 'It was slow,']
    """
    return sp.open_at == sp.para_start and sp.close_end is not None and _sayable(text, sp) \
        and RE_HEADLINE_LABEL_AFTER.match(text, sp.close_end, sp.para_end) is not None


#: A headline's subject after its first letter, up to seven words, then its speech verb (the two patterns below).
_HEADLINE_SAYS_REST = r"[\w’'\-]*(?: [\w’'\-.]+){0,6}? (?:says|warns|vows|insists|claims|admits) "

#: A headline's subject and its speech verb before words in single marks, as Australian and New
#: Zealand papers write whose words a headline gives: ‘Premier says rail link 'will be built' despite
#: blowout’, ‘Mayor vows council will 'never sell the port'’.
#:
#: >>> bool(RE_HEADLINE_SAYS_BEFORE.match("Premier says rail link ")), bool(RE_HEADLINE_SAYS_BEFORE.match("union says decision "))
#: (True, False)
RE_HEADLINE_SAYS_BEFORE = re.compile(r"[A-Z]" + _HEADLINE_SAYS_REST)

#: The same subject and verb opening a headline's second clause, after a semicolon, where sentence
#: case leaves its first word in lower case (‘Factory to close; union says decision 'a betrayal'’,
#: ‘Bank fined; regulator warns of 'serious failings'’).
#:
#: >>> bool(RE_HEADLINE_CLAUSE_SAYS_BEFORE.match("union says decision ")), bool(RE_HEADLINE_CLAUSE_SAYS_BEFORE.match("union decision "))
#: (True, False)
RE_HEADLINE_CLAUSE_SAYS_BEFORE = re.compile(r"[A-Za-z]" + _HEADLINE_SAYS_REST)


#: After a headline's words in single marks right after its verb, a lower-case word that goes on
#: with them as a noun phrase's verb or noun (‘Doctor says 'long COVID clinics' failing patients’,
#: ‘Council says 'park and ride' scheme to end’): the words are a term, never the subject's own; a
#: linking word after them (‘before’, ‘as’, ‘despite’) leaves them a quotation.
RE_TERM_AS_SUBJECT = re.compile(r"[ \t]+(?!(?:before|after|as|despite|amid|over|for|in|on|at|to|with|but|and|or|"
                                r"ahead|while|if|until|when|against|from|by|again|says|say|vows|warns|following|tonight|today|tomorrow|now|"
                                r"this|next|soon|once|because|since|though|although|unless|even|so|yet|within|without|"
                                r"under|during|through|across)\b)[a-z]")


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


def _judged_in_a_word(text: str, sp: Span, verb_end: int) -> bool:
    """A word or two in a headline's single marks that end its line, after the verb and the thing
    they judge: the speaker's verdict on it (‘Minister says decision 'unavoidable'’, ‘Coach says
    defeat 'embarrassing'’), never a term right after the verb (‘Council says 'park and ride' …’).
    Lower-case words only (never a title: ‘Critic says finale 'Succession'’)."""
    words = text[sp.start:sp.end].split()
    return verb_end < sp.open_at and 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words) \
        and not text[sp.close_end:sp.para_end].strip()


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


def _pair(text: str, paras: list[tuple[int, int]], family: str,
          marks: list[tuple[int, int, str]]) -> list[Span]:
    """Pair the marks of one family, paragraph by paragraph."""
    spans: list[Span] = []
    carried = False  # the previous paragraph ended inside a quotation
    spaces = _Spaces(text)
    k, n_marks = 0, len(marks)
    for i, (lo, hi) in enumerate(paras):
        continued = carried and _opens_with_mark(text, lo, hi, family)
        carried = False
        open_mark: Mark | None = None
        run_on = -1  # where a quotation opens that continues one left open before it
        nested: list[str] = []  # styles of the quotations open inside the current one
        next_of: dict[str, int] = {}  # per style, the index of its next mark (only ever moves on)

        def closes_later(style: str, at: int, end: int) -> bool:
            """The next mark of ``style`` in the paragraph (up to ``end``), from marks[at], can close."""
            j = max(at, next_of.get(style, at))
            while j < n_marks and marks[j][1] <= end and STYLE[marks[j][2]] != style:
                j += 1
            next_of[style] = j
            if j >= n_marks or marks[j][1] > end:
                return False
            mk = classify(text, marks[j][0], marks[j][1], lo, hi)
            return mk is not None and mk.can_close
        while k < n_marks and marks[k][0] < lo:
            k += 1
        while k < n_marks and marks[k][1] <= hi:
            ms, me, ch = marks[k]
            k += 1
            ours = _FAMILY[ch] == family
            if open_mark is None and not ours:
                continue  # the other family's marks only nest inside a quotation
            mk = classify(text, ms, me, lo, hi)
            if mk is None:
                continue
            if open_mark is None:
                if mk.can_open:  # a stray closing mark outside any quotation is skipped
                    open_mark = mk
                    nested = []
                continue
            style = STYLE[mk.char]
            outer = STYLE[open_mark.char]
            ran_on = False
            if nested:
                # inside a nested quotation: its closer, or a deeper one (“… ‘… “…” …’ …”)
                if nested[-1] == style and mk.can_close:
                    nested.pop()
                    continue
                if mk.can_open and style != nested[-1] and (style != outer or not mk.can_close):
                    nested.append(style)
                    continue
                if style != outer:
                    continue
                nested = []  # the outer closer: whatever was left open inside was sloppy
            elif style != outer and not (ran_on := ours and mk.can_open and _ran_on(
                    text, open_mark.end, mk.start, spaces.after(open_mark.end)) and not closes_later(outer, k, hi)):
                # another style inside a quotation: "PENCE: … “Shark Tank.” But …" nests; a
                # closer of the same family with nothing nested ends a sloppy pair ("Yes,” he
                # said); the other family's closer is an apostrophe (the players’ union)
                if mk.can_open and not (mk.can_close and _ends_clause(text, mk, hi)):
                    nested.append(style)
                    continue
                if not ours:
                    continue
            if mk.can_close and not ran_on and mk.char in "’'" and not nested \
                    and text[me:me + 1] == " " and text[me + 1:me + 2].islower() \
                    and ((text[ms - 1:ms] in "sS" and _noun_after(text, me + 1))
                         or RE_DROPPED_G.search(text, max(lo, ms - 16), ms) is not None
                         or RE_DROPPED_G_FIRST.fullmatch(text, open_mark.end, ms) is not None) \
                    and _closer_ahead(text, marks, k, hi, lo, outer):
                continue  # a plural's apostrophe: ‘The customers’ cars can’t park here,’ said …; a
                # dropped g's: ‘I was just gamin’ with my mates’
            if mk.can_close and not ran_on:
                s, e = _trim(text, open_mark.end, mk.start)
                if e > s:
                    spans.append(Span(s, e, open_mark.start, mk.end, i, lo, hi,
                                      continued=(continued and open_mark.start == lo) or open_mark.start == run_on))
                open_mark = None
            else:
                # a second opener before any closer: after a finished sentence, the first
                # quotation ran on where a paragraph break was lost (‘She said: “We can. “Every
                # shelter is full,” …’), also when the marks' styles differ and the first's never
                # closes (‘"We can. “Every …’; ‘"… attacks. “They haven’t …,” he said."’ nests);
                # else the first mark was stray
                if _ran_on(text, open_mark.end, mk.start, spaces.after(open_mark.end)):
                    s, e = _trim(text, open_mark.end, mk.start)
                    spans.append(Span(s, e, open_mark.start, None, i, lo, hi, continues=True,
                                      continued=(continued and open_mark.start == lo) or open_mark.start == run_on))
                    run_on = mk.start
                open_mark = mk
                nested = []
        if open_mark is not None:
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            goes_on = nxt is not None and _opens_with_mark(text, nxt[0], nxt[1], family)
            s, e = _trim(text, open_mark.end, hi)
            if e > s:
                spans.append(Span(s, e, open_mark.start, None, i, lo, hi, continues=goes_on,
                                  continued=(continued and open_mark.start == lo) or open_mark.start == run_on))
            carried = goes_on
    return spans
