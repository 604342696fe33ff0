"""The quotation marks themselves: each mark's family and style (mojibake included), whether its
shape and neighbours let it open or close (classify, _closer_ahead), the scan of a text's marks
(scan_marks), the family a text quotes with (main_family), a lone quotation, a dropped g's
apostrophe and the noun a plural's apostrophe possesses.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quotesearch.lexicon import MOJIBAKE_FIRST, RE_MARK
from quotesearch.speech_words import SPEECH_VERBS


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
