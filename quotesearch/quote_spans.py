"""The quoted spans of a text (Span) and its paragraphs (paragraphs, unwrapped: lines a fixed-width
wrap broke joined again), the small state machine that pairs one family of marks in a paragraph
(_pair), and whether a run of single marks is speech: the cue that follows a closing single mark
(a reporting verb after a pronoun, a determiner or a name) and where that cue's clause ends.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quotesearch.speech_words import SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS
from quotesearch.quote_marks import (
    Mark, RE_DROPPED_G, RE_DROPPED_G_FIRST, STYLE, _FAMILY, _Spaces, _closer_ahead, _ends_clause, _noun_after,
    _opens_with_mark, _ran_on, _trim, classify,
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


#: The words that may stand between a speech verb and the comma or colon that opens single marks after it:
#: to whom, and when (‘she said to me, ‘’, ‘told me last week, ‘’), never a noun of what was said.
CUE_BEFORE_TAIL = frozenset("to me us him her them you again once then last this that week night day year "
                            "month morning afternoon evening simply just quietly".split())

#: How many words of :data:`CUE_BEFORE_TAIL` may come after the verb.
CUE_BEFORE_TAIL_WORDS = 3

#: Who is spoken to after the verb (‘told me last week, ‘’), or who speaks right before it (‘He said: ‘’,
#: :data:`CUE_PRONOUNS`): one or the other is needed, for what a sign, a T-shirt, a motto or a front page
#: "says", "states" or "screamed" is an inscription, no one's speech (review of w142h).
CUE_BEFORE_ADDRESSEES = frozenset("me us him her them you".split())

#: Or a name right before one of these verbs (‘At the end of the meeting Haddad said: ‘’), never a place's
#: name after a preposition (‘Graffiti on a wall in Barceloneta said: ‘’) nor a thing's hyphened word
#: (‘One protester's T-shirt said: ‘’).
CUE_BEFORE_NAMED_VERBS = frozenset("said told asked replied added wrote".split())
CUE_BEFORE_PLACE_LEADS = frozenset("in on at of from near outside inside across".split())

#: Speech verbs whose subject before the marks is as often a thing as a person: what a sign, a banner
#: or a placard says (‘The placard read: 'Not in our name.'’) is an inscription, no one's speech.
CUE_BEFORE_INSCRIPTION_VERBS = frozenset("read reads".split())


def _cue_shape_before(text: str, lo: int, at: int) -> bool:
    """Right before the opening mark at ``at`` (the paragraph from ``lo``), a speech verb of its own
    sentence, perhaps with to whom and when, then a comma or a colon (‘she said to me, ‘’, ‘One of
    our drivers told me last week, ‘’), with the one spoken to after the verb (:data:`CUE_BEFORE_ADDRESSEES`),
    a person's pronoun right before it (:data:`CUE_PRONOUNS`), or a name right before one of
    :data:`CUE_BEFORE_NAMED_VERBS` that no word of place leads (:data:`CUE_BEFORE_PLACE_LEADS`); never a
    verb that a noun of its own follows (‘said the word, ‘’), a sentence that ended before the marks, nor
    what a sign reads or says (‘The banner read: ‘’, ‘A sign on the quay said: ‘’).

    >>> [_cue_shape_before(t, 0, len(t)) for t in ("and she said to me, ", "He told me last week: ", "He said the word, ", "He said. ")]
    [True, True, False, False]
    >>> _cue_shape_before("The sign read: ", 0, 15), _cue_shape_before("A sign on the quay said: ", 0, 25)
    (False, False)
    >>> _cue_shape_before("Then Haddad said: ", 0, 18), _cue_shape_before("A wall in Leeds said: ", 0, 22)
    (True, False)
    """
    before = text[max(lo, at - SINGLE_CUE_REACH):at].rstrip()
    if before[-1:] not in ",:":
        return False
    words = before[:-1].split()
    for k in range(len(words) - 1, max(-1, len(words) - 2 - CUE_BEFORE_TAIL_WORDS), -1):
        word = words[k]
        if _cue_verb(word):
            return word not in CUE_BEFORE_INSCRIPTION_VERBS and (
                any(w in CUE_BEFORE_ADDRESSEES for w in words[k + 1:])
                or (k > 0 and words[k - 1].lower() in CUE_PRONOUNS)
                or (k > 0 and word in CUE_BEFORE_NAMED_VERBS and words[k - 1].istitle() and "-" not in words[k - 1]
                    and (k < 2 or words[k - 2].lower() not in CUE_BEFORE_PLACE_LEADS)))
        if word not in CUE_BEFORE_TAIL:
            return False
    return False


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
