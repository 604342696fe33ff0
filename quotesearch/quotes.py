"""Finding quotations: pair the quotation marks of each paragraph into spans.

One scan over the marks of the text (linear time, no backtracking regex): each paragraph's marks
are paired with a small state machine, nested marks stay inside their parent, apostrophes are
never taken for marks, a quotation left open at the end of a paragraph continues into the next one
when that paragraph opens with a mark, and one stray mark never costs more than its own paragraph.
Deciding whether a span is speech or a scare quote, and who said it, is :mod:`attribution`'s job.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator, NamedTuple

from quotesearch.lexicon import MOJIBAKE_FIRST, RE_MARK
from quotesearch.speech_words import (
    RE_REPORTED_PHRASE_LEAD, RE_REPORTED_VERDICT_LEAD, RE_URGED_TO_LEAD, SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS,
)
from quotesearch.term_words import HEADLINE_LABELS, WORK_KIND_NOUNS

#: A paragraph: a run of characters up to a line break (any of Unicode's).
#:
#: >>> [m.span() for m in RE_PARAGRAPH.finditer("ab\n\ncd\r\ne\u2029f")]
#: [(0, 2), (4, 6), (8, 9), (10, 11)]
RE_PARAGRAPH = re.compile(r"[^\n\r\x85\u2028\u2029]+")

#: "rock ’n’ roll": the marks around a lone n are apostrophes.
RE_N_CONTRACTION = re.compile(r"[’']n[’']")

DOUBLE, SINGLE = "double", "single"

# Mark classes: which family a mark belongs to and whether its shape says open or close.
_FAMILY = {"“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "‟": DOUBLE, '"': DOUBLE, "``": DOUBLE, "''": DOUBLE,
           "«": DOUBLE, "»": DOUBLE, "‘": SINGLE, "’": SINGLE, "'": SINGLE, "‹": SINGLE, "›": SINGLE}
#: Curly marks of UTF-8 read as Windows-1252 (“ as "â€œ", ” as "â€" and a lost or replaced byte,
#: ‘ as "â€˜", ’ as "â€™"), as scraped news has them: the same marks, three characters (or two) long.
MOJIBAKE_MARKS = {"â€œ": "“", "â€\x9d": "”", "â€\ufffd": "”", "â€": "”", "â€˜": "‘", "â€™": "’"}
_FAMILY.update({k: _FAMILY[v] for k, v in MOJIBAKE_MARKS.items()})
_OPENERS = {"“", "„", "‟", "``", "«", "‘", "‹", "â€œ", "â€˜"}
# Straight marks (and the doubled wire-service '') look the same at both ends.
_AMBIGUOUS = {'"', "''", "'"}


#: The typographic style of each mark: quotations nest only inside a different style.
STYLE = {"“": "curly", "”": "curly", "„": "curly", "‟": "curly", '"': "straight", "``": "wire", "''": "wire",
         "«": "guillemet", "»": "guillemet", "‘": "curly1", "’": "curly1", "'": "straight1",
         "‹": "guillemet1", "›": "guillemet1"}
STYLE.update({k: STYLE[v] for k, v in MOJIBAKE_MARKS.items()})


def _ends_clause(text: str, mk, hi: int) -> bool:
    """A mark followed by space and a lower-case word, or punctuation, or the paragraph's end:
    where a quotation closes (‘"Yes,” he said’)."""
    rest = text[mk.end:min(hi, mk.end + 3)].lstrip()
    return not rest or rest[0] in ".,;:!?)—" or rest[0].islower()


class Mark(NamedTuple):
    start: int
    end: int
    char: str
    family: str
    can_open: bool
    can_close: bool


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


def classify(text: str, s: int, e: int, lo: int, hi: int) -> Mark | None:
    """What the mark at ``text[s:e]`` can do, from its shape and its neighbours; None for an
    apostrophe.

    >>> t = "Britain’s ’90s"
    >>> classify(t, 7, 8, 0, len(t)) is None, classify(t, 10, 11, 0, len(t)) is None
    (True, True)
    >>> classify("“Go”", 0, 1, 0, 4).can_open
    True
    """
    ch = text[s:e]
    prev = text[s - 1] if s > lo else " "
    nxt = text[e] if e < hi else " "
    family = _FAMILY[ch]
    if prev == "=":  # markup: <tweet author="…">
        return None
    if family == SINGLE and ch != "‘":
        if prev.isalnum() and nxt.isalnum():  # don’t, Britain’s
            return None
        if nxt.isdigit() and not prev.isalnum():  # ’90s
            return None
        if RE_N_CONTRACTION.match(text, s - 2 if prev == "n" else s, min(hi, s + 3)):  # ’n’ (either mark)
            return None
    if family == SINGLE and ch == "‘" and nxt.isdigit():  # ‘90s, with the wrong curl
        return None
    if ch == "’" and not prev.isalnum() and nxt.isalpha() \
            and (w := RE_ELIDED.match(text, e, hi)) is not None and w.group(1).lower() in ELISIONS:
        return None  # an elision's apostrophe: ‘Let ’em try it.’, ‘’til dawn’
    space_before = prev.isspace() or prev in "([{—–-/" or s == lo
    space_after = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or e == hi
    if ch in _AMBIGUOUS:
        can_open = space_before or not prev.isalnum() and not space_after
        can_close = not space_before or space_after
        if space_before and space_after:
            can_open = can_close = True
    elif ch in _OPENERS:
        can_open, can_close = True, (not space_before and space_after)
    else:
        can_open, can_close = (space_before and not space_after), True
    if family == SINGLE and ch == "’" and not can_open and prev.isalnum() and not space_after:
        return None
    return Mark(s, e, ch, family, can_open, can_close)


#: One character of a quotation mark: the scan looks for these alone (a character class is
#: scanned twice as fast as the alternation of RE_MARK); doubled '' and `` are joined after.
RE_MARK_CHAR = re.compile(r"[\"“”„‟‘’'«»‹›`â]")  # ("â": a mark of UTF-8 read as Windows-1252 may open with it)


def scan_marks(text: str) -> list[tuple[int, int, str]]:
    """Every quotation mark of the text, as RE_MARK would find them: (start, end, mark).

    >>> scan_marks("''A,'' she said. `B' ``C''")
    [(0, 2, "''"), (4, 6, "''"), (19, 20, "'"), (21, 23, '``'), (24, 26, "''")]
    >>> scan_marks("''Told 'no,''' he said.")
    [(0, 2, "''"), (7, 8, "'"), (11, 12, "'"), (12, 14, "''")]
    """
    out: list[tuple[int, int, str]] = []
    add = out.append
    skip = -1
    for m in RE_MARK_CHAR.finditer(text):
        s = m.start()
        if s < skip:
            continue
        ch = m.group()
        if ch == "â":  # a mark of UTF-8 read as Windows-1252 (never "â€“", a dash, nor "â€¦", an ellipsis)
            if not text.startswith("€", s + 1):
                continue  # ("château")
            three = text[s:s + 3]
            if three in MOJIBAKE_MARKS:
                add((s, s + 3, three))
            elif not text[s + 2:s + 3].isalpha() and text[s + 2:s + 3] not in "“”–—¦¢¡ž\x80\x81\x8d\x8f\x90\x98\x99\x9a\x9c\x9e":
                add((s, s + 2, "â€"))  # (the closer's last byte lost: ”)
            continue
        if s and text[s - 1] in MOJIBAKE_FIRST and ch not in "'\"`" and text[s + 1:s + 2].isalpha():
            continue  # the second half of a letter of UTF-8 read as Windows-1252: "Ã“scar" (Óscar), "Ã‘" (Ñ)
            # (a curly mark or a guillemet, never a straight mark, which is ASCII: "Ã'A" has its mark)
        if ch in "'`":
            if text.startswith(ch, s + 1):
                if ch == "'" and s and not text[s - 1].isspace() and text.startswith("'", s + 2) \
                        and not text.startswith("'", s + 3):
                    add((s, s + 1, ch))  # three marks that close: the nested quotation's, then its parent's
                    s += 1
                skip = s + 2
                add((s, s + 2, ch + ch))
                continue
            if ch == "`":
                continue
        add((s, s + 1, ch))
    return out


def main_family(text: str, marks: list[tuple[int, int, str]] | None = None) -> str:
    """Which marks hold the article's quotations: single when single marks open more
    quotations than double marks do (the British house style), else double.

    >>> main_family("‘We will,’ she said. ‘Soon.’")
    'single'
    >>> main_family("“We will,” she said, ‘soon’.")
    'double'
    >>> main_family("‘We were told “wait”,’ she said. ‘Then nothing.’")
    'single'

    One left single mark (never an apostrophe) holds the article's only quotation when no double
    mark stands anywhere, it closes in its paragraph around two words or more, and it is no
    elision ("‘til", "rock ‘n’ roll") nor in a heading:

    >>> main_family("Lee’s aide: ‘We were there,’ Lee said."), main_family("Lee’s ’90s hit, rock ’n’ roll.")
    ('single', 'double')
    >>> main_family("Tom Hale said last night: 'We won't be bullied.'\\n\\nIt's the third row.")
    'single'
    >>> main_family("He said he would fight ‘til the end. The party’s leaders disagreed.")
    'double'
    >>> main_family("Trump Calls Ruling ‘Disgraceful,’ Vows Appeal\\n\\nThe judge ruled on Monday.")
    'double'
    >>> main_family("3. FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’\\n\\nThe war goes on.")
    'double'
    """
    doubles = singles = 0
    left = None   # where a left single mark opens
    any_double = False
    n = len(text)
    for s, e, ch in scan_marks(text) if marks is None else marks:
        any_double = any_double or _FAMILY[ch] == DOUBLE
        opening = (s == 0 or not text[s - 1].isalnum()) and e < n and text[e].isalpha()
        if not opening:
            continue
        if _FAMILY[ch] == DOUBLE:
            doubles += 1
        elif ch in "‘'’":
            singles += 1
            left = s if ch in "‘'" else left
    if singles >= 2 and singles > doubles:
        return SINGLE
    if singles == 1 and left is not None and not any_double and _lone_quotation(text, left):
        return SINGLE
    return DOUBLE


#: Words that a left single mark elides rather than opens ("‘til", "‘em", "rock ‘n’ roll").
ELISIONS = frozenset("til em n cause tis twas bout round nuff".split())
RE_ELIDED = re.compile(r"([^\W\d_]+)(?![^\W\d_’'])")

RE_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")
RE_CLOSING_STRAIGHT = re.compile(r"'(?![^\W\d_])")


def _lone_quotation(text: str, left: int) -> bool:
    """Whether the left single mark at ``left`` opens a quotation: it closes in its line (a ’
    that no letter follows) around two words or more, opens no elision, and stands in no heading
    (a line in capitals, or in Title Case without a sentence's full stop)."""
    start = text.rfind("\n", 0, left) + 1
    end = text.find("\n", left)
    end = len(text) if end < 0 else end
    word = re.match(r"[^\W\d_]+", text[left + 1:end])
    if word is None or word.group().lower() in ELISIONS:
        return False
    pattern = RE_CLOSING_SINGLE if text[left] == "‘" else RE_CLOSING_STRAIGHT
    close = pattern.search(text, left + 1, end)
    if close is not None and text[close.start() - 1] == "s" and text.startswith(" ", close.end()) \
            and text[close.end() + 1:close.end() + 2].islower():
        # a plural's apostrophe or a close: "'The players' effort …'" reads both ways, unless a
        # mark after the quotation's own punctuation closes later in the line ("‘The customers’
        # cars can’t park here,’ said …")
        later = pattern.search(text, close.end(), end)
        while later is not None and text[later.start() - 1] not in ",.!?…":
            later = pattern.search(text, later.end(), end)
        if later is None or not _noun_after(text, close.end() + 1):
            return False
        close = later
    if close is None or " " not in text[left + 1:close.start()].strip():
        return False
    line = text[start:end].strip()
    words = [w.strip("‘’“”\"'.,:;!?()") for w in line.split()]
    long = [w for w in words if len(w) > 3]
    heading = line.isupper() or (len(line) <= 160 and not line.rstrip("’”\"' ").endswith((".", "?", "!"))
                                 and bool(long) and sum(w[:1].isupper() for w in long) >= 0.8 * len(long))
    return not heading


def _opens_with_mark(text: str, lo: int, hi: int, family: str) -> bool:
    m = RE_MARK.match(text, lo, hi)
    if not m or _FAMILY[m.group()] != family:
        return False
    mk = classify(text, m.start(), m.end(), lo, hi)
    return mk is not None and mk.can_open


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


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
                            or (headline_source_last(text, sp) is not None and _source_words(text, sp, spans)))
                           and not headline_term(text, sp.open_at, sp.close_end))
                       or _said_before_label(text, sp)
                       or _said_after_cue(text, sp)
                       or _echoed_below(text, sp, spans)
                       or _said_again_below(text, sp, spans)
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


def title_case_headline(text: str, lo: int, hi: int) -> bool:
    """A short first line in Title Case, with a single mark in it, that no stop ends: a headline
    as American outlets write them (‘Senator Calls Deal ‘A Betrayal Of Renters’’), which
    :func:`_headline` leaves aside.

    >>> t = "Mayor Slams Budget As ‘A Betrayal Of Renters’"
    >>> title_case_headline(t, 0, len(t)), title_case_headline("He said ‘no’.", 0, 13)
    (True, False)
    """
    long = _headline_words(text, lo, hi, ".,:;!")
    return bool(long) and _title_cased(long)


def recased_headline_quote(text: str, paras: list[tuple[int, int]], sp: Span, spans: list[Span]) -> bool:
    """Words in the single marks of a first line in Title Case that a quotation of the body gives
    again in its own case (:func:`_recased_below`): a speaker's words, whatever a title's rules say."""
    return sp.paragraph == 0 and sp.close_end is not None and text[sp.open_at] in "‘'" and bool(paras) \
        and title_case_headline(text, *paras[0]) and _recased_below(text, sp, spans)


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

#: A word, letters and digits, to match a headline's words with a body's (:func:`_echoed_below`).
#:
#: >>> RE_WORDS.findall("we_lost it’s 40")
#: ['we', 'lost', 'it', 's', '40']
RE_WORDS = re.compile(r"[^\W_]+")


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
                                               or words[0] in HEADLINE_SUBJECT_PRONOUNS)  # (or a sentence with
    # its subject, third person: ‘‘They knew exactly who to pick’’, someone's, never a term, w73a)
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


#: The most words of a headline's verdict in marks that a longer quotation below says again
#: (‘Boss slams ‘absurd’ ruling’, ‘Agency says risk ‘remains low’’): past them, the rules of headlines.
HEADLINE_VERDICT_WORDS = 3


def verdict_words(content: str, compound: bool = False) -> list[str] | None:
    """The words of a headline's verdict in marks: one to :data:`HEADLINE_VERDICT_WORDS` words of letters
    alone, all in lower case; None for anything else (the finder and the attribution of headlines share it).
    With ``compound``, one word of parts joined by hyphens too, given as its parts, as :data:`RE_WORDS`
    splits the body's (‘union hails ‘hard-won’ pay deal’ / ‘described the settlement as “hard-won”’).

    >>> verdict_words("remains low"), verdict_words("Ghost estate"), verdict_words("a $25 billion mistake")
    (['remains', 'low'], None, None)
    >>> verdict_words("hard-won"), verdict_words("hard-won", compound=True), verdict_words("anti-social behaviour", compound=True)
    (None, ['hard', 'won'], None)
    """
    words = content.split()
    if compound:
        parts = words[0].split("-") if len(words) == 1 else []
        return parts if len(parts) > 1 and all(p.isalpha() and p.islower() for p in parts) else None
    return words if 0 < len(words) <= HEADLINE_VERDICT_WORDS and all(w.isalpha() and w.islower() for w in words) else None


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


#: The article a body's quotation may hold before a headline's one-noun verdict (‘‘scandal’’ / “a scandal”).
#:
#: >>> sorted(VERDICT_ARTICLES)
#: ['a', 'an']
VERDICT_ARTICLES = frozenset("a an".split())


def same_verdict(said: list[str], words: list[str]) -> bool:
    """A body's quotation, its words ``said``, is a headline's verdict ``words`` and no more, but an
    article before a noun's verdict (‘‘scandal’’ / “a scandal”); the finder and the attribution of
    headlines share it.

    >>> same_verdict(["a", "scandal"], ["scandal"]), same_verdict(["the", "scandal"], ["scandal"]), same_verdict(["scandal"], ["scandal"])
    (True, False, True)
    """
    return said == words or (said[1:] == words and said[0] in VERDICT_ARTICLES)


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


def verdict_said_again(words: list[str], said: list[str], terms: bool = True) -> bool:
    """A headline's verdict ``words`` side by side in a longer quotation's ``said``, never after a word
    that makes them a term (‘the ‘blue whale’ challenge’; unless not ``terms``) nor after one that denies them: a critic
    who says the opposite (‘Minister defends ‘fair’ budget’ / “It is not fair to anyone,” said the
    opposition leader) never gave the headline its word.

    >>> verdict_said_again(["fair"], "it is not fair to anyone".split()), verdict_said_again(["absurd"], "it is absurd frankly".split())
    (False, True)
    """
    return len(said) > len(words) and any(said[k:k + len(words)] == words
                                          and (k == 0 or (not terms or said[k - 1] not in VERDICT_TERM_DETERMINERS) and said[k - 1] not in VERDICT_DENIALS)
                                          for k in range(len(said) - len(words) + 1))


#: (guard) Words right before a headline's verdict in the body's quotation that deny it (review rv4):
#: ‘not fair’, ‘never affordable’, ‘isn't’ (its "t"), ‘nothing fair’.
VERDICT_DENIALS = frozenset("not never no nothing hardly t nt".split())


#: (guard) Words right before a headline's words in the body's quotation that make them a thing named,
#: a term or a product, never a verdict: ‘the ‘blue whale’ challenge’, ‘a ‘critical incident’’.
#:
#: >>> "the" in VERDICT_TERM_DETERMINERS, "absolutely" in VERDICT_TERM_DETERMINERS
#: (True, False)
VERDICT_TERM_DETERMINERS = frozenset("a an the this that these those our their my your his her its".split())


#: Words that a speaker's words cut short hold and a term seldom does; "t" is the tail of a negative
#: contraction as :data:`RE_WORDS` splits it (‘‘doesn’t cover costs’’: a verb phrase denied, never a term).
#:
#: >>> sorted(SPEECH_FUNCTION_WORDS & set(RE_WORDS.findall("doesn’t cover costs")))
#: ['t']
SPEECH_FUNCTION_WORDS = frozenset("""a an the to of for with at in on by from into we i you they he she it our
my your their us me them is are was were be been will would can not no never all t""".split())


#: Pronouns that make words opening a quotation of the body a sentence someone speaks, never a title
#: or a topic it names: ‘‘We will rebuild’’, or a possessive after its first word, ‘‘A man who never
#: locked his door’’ / “a man who never locked his door, and never closed his heart”.
#:
#: >>> sorted(SPEAKER_VOICE_PRONOUNS & set("a man who never locked his door".split()))
#: ['his']
SPEAKER_VOICE_PRONOUNS = frozenset("we i you they he she it our my us his her their".split())


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


#: The pronouns a headline puts for the subject that opens a quotation of the body, the name or the
#: kin word the speaker used (‘‘He never let anyone down’’ / “Dad never let anyone down,” she said).
#:
#: >>> sorted(HEADLINE_SUBJECT_PRONOUNS & set("she said he was".split()))
#: ['he', 'she']
HEADLINE_SUBJECT_PRONOUNS = frozenset("he she they".split())

#: The fewest words after a headline's pronoun that must open a quotation of the body, right after its
#: first word (:func:`subject_swapped`): a clause of the speaker's, never a phrase anyone might say.
SUBJECT_SWAPPED_WORDS = 4


def subject_swapped(words: list[str], body: list[str]) -> bool:
    """A headline's words that open with a pronoun (:data:`HEADLINE_SUBJECT_PRONOUNS`) for the one word
    that opens the body's quotation, the rest of them (:data:`SUBJECT_SWAPPED_WORDS` at least) the
    body's next words as they stand: the speaker's sentence, its subject made a pronoun for the headline.

    >>> subject_swapped("he never let anyone down".split(), "dad never let anyone down at all".split())
    True
    >>> subject_swapped("he never let anyone down".split(), "they say he never let anyone down".split())
    False
    >>> subject_swapped("she is great".split(), "mum is great".split())
    False
    >>> subject_swapped("they are not welcome here".split(), "you are not welcome here is not a message".split())
    False
    """
    n = len(words)
    return n > SUBJECT_SWAPPED_WORDS and words[0] in HEADLINE_SUBJECT_PRONOUNS and len(body) >= n \
        and body[0] != words[0] and body[0] not in SPEAKER_VOICE_PRONOUNS and body[1:n] == words[1:]
    # (the body's subject a name or a noun, never a pronoun of its own: ‘‘They are not welcome here’’ is
    # never “You are not welcome here is not a message …”, nor ‘‘They will pay’’ “We will pay”; review rv9)


def words_within(words: list[str], body: list[str], gaps: int = 3) -> bool:
    """All of a headline's words, in order, in the body's words, with ``gaps`` words at most between
    them (‘this is a serious situation’ in ‘this is a serious and still developing situation’).

    >>> words_within("a serious situation".split(), "this is a serious and grave situation".split())
    True
    >>> words_within("a serious situation".split(), "a situation that is serious".split())
    False
    """
    for k, w in enumerate(body):
        if w != words[0]:
            continue
        at, hi = k + 1, min(len(body), k + len(words) + gaps)
        for x in words[1:]:
            while at < hi and body[at] != x:
                at += 1
            if at >= hi:
                break
            at += 1
        else:
            return True
    return False


#: The endings a verb's regular forms add to its stem (‘sit’, ‘sits’, ‘sitting’; ‘walk’, ‘walked’), the
#: stem's last consonant doubled before some (‘sitting’, ‘stopped’) or its "e" dropped (‘making’).
#:
#: >>> sorted(VERB_FORM_ENDINGS)
#: ['d', 'ed', 'es', 'ing', 's']
VERB_FORM_ENDINGS = frozenset("s es ed d ing".split())


def verb_form_of(a: str, b: str) -> bool:
    """The same word, or one a regular form of the other as a headline shifts a verb's tense
    (‘buyers ‘sit on their hands’’ / “People are sitting on their hands”); stems of three letters at least.

    >>> verb_form_of("sit", "sitting"), verb_form_of("make", "making"), verb_form_of("walked", "walk")
    (True, True, True)
    >>> verb_form_of("on", "one"), verb_form_of("hand", "handle"), verb_form_of("sing", "singing")
    (False, False, True)
    """
    if a == b:
        return True
    stem, form = (a, b) if len(a) < len(b) else (b, a)
    if len(stem) < 3:
        return False
    for base in (stem, stem + stem[-1], stem[:-1] if stem.endswith("e") else None):
        if base and form.startswith(base) and form[len(base):] in VERB_FORM_ENDINGS:
            return True
    return False


def words_said_in_other_form(words: list[str], body: list[str]) -> bool:
    """A headline's words, three at least, side by side in the body's words, each the same word or a
    regular form of it (:func:`verb_form_of`), one of them at least in another form: the speaker's
    phrase with its verb's tense shifted for the headline.

    >>> words_said_in_other_form("sit on their hands".split(), "people are sitting on their hands".split())
    True
    >>> words_said_in_other_form("sit on their hands".split(), "sit on their hands".split())
    False
    """
    n = len(words)
    return n >= 3 and any(
        body[k:k + n] != words and all(verb_form_of(w, x) for w, x in zip(words, body[k:k + n]))
        for k in range(len(body) - n + 1))


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

#: Words right after a headline's marks that make what they hold a thing done to, a term: ‘‘Ghost
#: guns’ seized in raids, say police’, ‘‘Forever chemicals’ found in tap water, says report’,
#: ‘‘Smart motorways’ to be scrapped, says Sunak’.
RE_TERM_DONE_TO = re.compile(r"\s*(?:to be\b|(?:are |is |were |was |being )?(?:\w+ed|found|held|seen|shut|hit|set|sold|torn|"
                             r"thrown|drawn|taken|given|banned|seized|dropped|axed|cut)\b)")


#: A figure in a headline's marks (‘‘Hundreds’ killed …, says health ministry’, ‘tens of millions’): the
#: source's, never a term.
#:
#: >>> [bool(RE_FIGURE_WORD.fullmatch(w)) for w in ("Hundreds", "tens of millions", "40%", "rude")]
#: [True, True, True, False]
RE_FIGURE_WORD = re.compile(r"(?:[Tt]ens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens|[Ss]cores|[\d,.]+%?)(?: of \w+)?")


def headline_term(text: str, open_at: int, close_end: int) -> bool:
    """Single-marked words in a headline that are a term, never its source's words: the subject of
    what is done to them (‘‘Ghost guns’ seized in raids, say police’, ‘Council tax ‘cap’ to be
    scrapped’), unless a figure (‘‘Hundreds’ killed …, says health ministry’). Words in marks inside the
    line are as often the source's as a term (‘Putin is ‘a killer’, says Biden’)."""
    if RE_FIGURE_WORD.fullmatch(text[open_at:close_end].strip("‘’'\"“” ")):
        return False
    return RE_TERM_DONE_TO.match(text, close_end) is not None


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


#: The longest line that may be a headline of its own.
HEADLINE_WIDTH = 160


#: A line that ends with a question in single marks after its label's colon: the question mark is the
#: speaker's, inside the marks, never the line's own (‘Council grills chief: ‘What is the plan?’’, unlike
#: ‘A '$25 billion mistake'?’).
#:
#: >>> [bool(RE_LABELLED_QUESTION_END.search(t)) for t in ("Council grills chief: ‘What is the plan?’", "A '$25 billion mistake'?")]
#: [True, False]
RE_LABELLED_QUESTION_END = re.compile(r":[ \t]+['‘][^'‘’\n]+\?['’][ \t]*$")


#: (guard, review rv5) Last words of a label before a question in marks that no one asks: a work's title under its
#: review, a quiz's question, words on a sign (‘Book review: ‘Where did the summer go?’’, ‘Quiz: ‘Which city …?’’,
#: ‘The sign on the door read: ‘Who moved the milk?’’).
UNSPOKEN_QUESTION_LABELS = frozenset("review reviews quiz quizzes poll puzzle crossword riddle read reads".split())


def _unspoken_question_label(label: str) -> bool:
    """Whether a label before a question in marks names no one who asks it (:data:`UNSPOKEN_QUESTION_LABELS`).

    >>> _unspoken_question_label("Book review"), _unspoken_question_label("Council grills chief")
    (True, False)
    """
    words = RE_WORDS.findall(label.lower())
    return bool(words) and words[-1] in UNSPOKEN_QUESTION_LABELS


def _headline(text: str, lo: int, hi: int) -> bool:
    """A short line of its own in sentence case, with a left single mark in it, that no stop
    ends: a headline or a live page's entry headline (‘Small island states: ‘We will not sign our
    own death warrant’’); never a heading in Title Case (‘Bernie Sanders Pins The Rise Of ISIS On
    ‘Disastrous’ Invasion Of Iraq’), nor one that ends as a sentence (‘A '$25 billion mistake'?’)."""
    if hi - lo > HEADLINE_WIDTH or (text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0):
        return False  # (the tests of :func:`_headline_words` that need no stops first: most paragraphs are
        # long or hold no single mark, and are spared the search for a question's end)
    asked = RE_LABELLED_QUESTION_END.search(text, lo, hi)
    stops = ".,:;!—–-" if asked is not None and not _unspoken_question_label(text[lo:asked.start()]) else ".,:;!?—–-"
    long = _headline_words(text, lo, hi, stops)  # (never a line that leads into a quotation below:
    # ‘He wrote in a ‘heartfelt’ post:’; nor one whose words break off at a dash: ‘X bristled. "That's not --"’)
    return long is not None and not (long and _title_cased(long))


def _headline_words(text: str, lo: int, hi: int, stops: str) -> list[str] | None:
    """The words longer than three letters after the first of a short line, not in capitals, with a
    single mark in it, that none of ``stops`` ends (a headline's words, for :func:`_headline` and
    :func:`title_case_headline`); else None. A label's first word and a quotation's first word have
    their capitals anyway (‘RMT: ‘This is on TfL’’), so neither counts."""
    if hi - lo > HEADLINE_WIDTH or text[lo:hi].rstrip("’'”\"» ")[-1:] in stops \
            or (text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0):
        return None
    line = text[lo:hi]
    if line.isupper():
        return None
    long = [w.strip("’”\"'.,:;!?()") for w in line.split()[1:] if w[:1] not in "‘'“\""]
    return [w for w in long if len(w) > 3]


def _title_cased(words: list[str]) -> bool:
    """Four words in five or more open with a capital: a line in Title Case."""
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def entry_headline(text: str, lo: int, hi: int) -> bool:
    """A headline (:func:`_headline`), or a live page's entry headline in double marks: a short line
    that ends with words in double marks that no stop ends, alone or after a label's colon
    (‘Prosecutor: "The jury saw through the lies"’); never a paragraph whose quotation ends as a
    sentence (‘Dorado: "He took his chance."’).

    >>> entry_headline('Prosecutor: "The jury saw through the lies"', 0, 43)
    True
    >>> entry_headline('Dorado: "He took his chance."', 0, 29)
    False
    """
    if _headline(text, lo, hi):
        return True
    if hi - lo > HEADLINE_WIDTH or text[hi - 1:hi] not in ("\"", "”") or text[hi - 2:hi - 1] in ".,:;!?…'’ ":
        return False
    open_at = max(text.rfind("\"", lo, hi - 1), text.rfind("“", lo, hi - 1))
    before = text[lo:open_at].rstrip()
    return open_at >= lo and (not before or (before.endswith(":") and '"' not in before and "“" not in before)) \
        and not text[lo:hi].isupper() and " " in text[open_at:hi].strip()


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


def _ran_on(text: str, s: int, e: int, space_at: int) -> bool:
    """The text of an open quotation, from ``s`` up to a second opening mark at ``e``, is
    finished sentences (the last may end inside a quotation of its own: ‘… chanting “U-S-A!”’);
    ``space_at`` is where the first space after ``s`` is. No copy of the text: the quotation
    stays open over every mark after it."""
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s > 2 and text[e - 1] in "”’\"'»›":
        e -= 1
    return e - s > 1 and text[e - 1] in ".!?" and s < space_at < e


class _Spaces:
    """Where the first space at or after a position is, for positions asked in increasing
    order (the opening marks of a paragraph): each stretch of text is searched once."""

    def __init__(self, text: str):
        self.text, self.asked, self.found = text, -1, -1

    def after(self, pos: int) -> int:
        if not (self.asked <= pos <= self.found):
            found = self.text.find(" ", pos)
            self.asked, self.found = pos, len(self.text) if found < 0 else found
        return self.found


#: A word of four letters or more ending in "in", right before an apostrophe: a dropped g ("gamin’"),
#: in lower case (never "a win for Putin’ and …") unless it opens the quotation (‘Nothin’ to see’).
RE_DROPPED_G = re.compile(r"(?<![^\W\d_])[a-z]{2,}in$")
RE_DROPPED_G_FIRST = re.compile(r"[A-Z][a-z]{2,}in")


def _noun_after(text: str, at: int) -> bool:
    """The word at ``at`` may be a noun a plural possesses ("cars", "school"), never a word that
    goes on a sentence after a closing mark ("in", "and", "between", "said")."""
    word = text[at:at + 16].split(" ", 1)[0].rstrip(",.;:!?").lower()
    return word.isalpha() and (word not in AFTER_CLOSE_WORDS or word in POSSESSED_NOUNS) \
        and (not word.endswith("ly") or word == "only")


#: Nouns that are verbs of speech too, which a plural's possessive before them makes nouns:
#: ‘The officers’ report was wrong’, ‘the victims’ claim’.
POSSESSED_NOUNS = frozenset("""
report reports claim claims reply replies warning warnings answer answers comment comments statement
statements account accounts plea pleas response responses appeal appeals remarks question questions
complaint complaints testimony request requests demand demands promise promises threat threats
message messages call calls evidence
""".split())


#: Words that follow a quotation's closing mark, never a plural's possessed noun (and any speech verb).
AFTER_CLOSE_WORDS = frozenset("""
a an the and or but nor so yet for of to in on at by with from into onto over under between among during
after before since until as than that which who whom whose while when where if because although though
is are was were be been has have had do does did will would could should may might must can
he she they it we i you his her their its this these those there here not
about against across through without within around despite per via like unlike toward towards near
""".split()) | SPEECH_VERBS


def _closer_ahead(text: str, marks: list[tuple[int, int, str]], k: int, hi: int, lo: int, style: str) -> bool:
    """A mark of ``style`` that can only close, after the quotation's own punctuation (‘…,’), comes
    among the next few of the paragraph, before any that may open: the quotation goes on past a
    plural's apostrophe (a bounded look)."""
    for ms, me, ch in marks[k:k + 8]:
        if me > hi:
            return False
        if STYLE[ch] != style:
            continue
        mk = classify(text, ms, me, lo, hi)
        if mk is None:
            continue
        if mk.can_open:
            return False
        if mk.can_close and text[ms - 1:ms] in ",.!?…":
            return True  # (a closer after the quotation's own punctuation: ‘… any more,’)
    return False


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
