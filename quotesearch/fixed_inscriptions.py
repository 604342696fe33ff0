"""Words written on a thing that stays put, not one anybody carries: a mug, a plaque, a bench, a cake, a
handwritten sign in a window or a sign on a door (‘a coffee mug that reads “…”’, ‘a cake bearing the words
“…”’, ‘A handwritten sign in the window reads: “…”’). They are an inscription, no one's speech.

A sign someone holds, waves or wears keeps its carrier's words as before (‘hoisted a sign that read “…”’,
‘wearing shirts that read “…”’): PolNeAR's gold gives those to the carrier; only a sign the sentence
places (in, on, above a thing), calls handwritten or painted, or gives in the present tense of a scene
(‘a sign that reads “…”’) is fixed.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset

#: Things that stay where they are and carry words written, printed or engraved on them (never a
#: sign, a banner or a shirt, which someone may carry or wear).
FIXED_THING_NOUNS = wordset("""mug mugs plaque plaques bench benches cake cakes headstone headstones gravestone
gravestones tombstone tombstones doormat doormats whiteboard whiteboards mural murals bedsheet bedsheets""")

#: Nouns of a sign, fixed only when the sentence places it or says how it was made (see :data:`RE_FIXED_THING_READS`).
FIXED_SIGN_NOUNS = wordset("sign signs notice notices board boards")

#: Nouns of a sign that "reads" alone may make fixed, with no phrase of place or making (‘a sign that reads
#: “…”’); never a notice or a board, which may be a council's or a company's (‘The council’s notice reads:’,
#: ‘A statement from the board reads:’): those need a phrase of place (‘a notice on the door reads’) (guard w112e).
FIXED_BARE_SIGN_NOUNS = wordset("sign signs")

#: Words of how a sign was made that mean it hangs or stands somewhere (‘a hand-painted sign’).
FIXED_SIGN_MAKINGS = wordset("handwritten hand-written hand-painted hand-lettered chalked painted laminated framed brass")

#: Participles that place a sign before a phrase of place (‘a sign propped against the door’, ‘a notice taped
#: to the door’); never "posted", whose notice online is its issuer's.
FIXED_SIGN_PLACINGS = wordset("propped taped pinned nailed stuck hanging hung fixed screwed")

#: Words that may stand between the thing and its verb (‘a coffee mug that reads’, ‘a small brass plaque on
#: the bench which reads’): none of them a conjunction, a pronoun or a verb of speech, so the verb stays the
#: thing's (never ‘her mug, and she read “…”’).
_GAP = r"(?:\s+(?!(?:and|but|as|while|when|then|he|she|they|we|i|who|said|says|told)\b)[\w’'\-]+){0,7}?"

#: A phrase of place after a sign (‘on the door’, ‘in the window’, ‘against one pair’).
_SIGN_PLACE = r"(?:in|on|above|over|outside|beside|by|against|to)\s+(?:the|its|a|an|his|her|their|one)\b"

#: A fixed thing, then up to seven words, then its verb right before the marks: "reads", "reading",
#: "bearing the words" or "with the words"; past "read" only right after the thing or after "that"/"which"
#: (‘a plaque that read:’, never ‘the plaque on Friday her granddaughter Ellen Price read:’, a reader's words);
#: "declaring it" only right after the thing (‘a plaque declaring it …’, never ‘the plaque Mayor Tom Reyes
#: gave a short speech declaring it’) (guards w112e). A sign is fixed after a word of its making (‘a
#: hand-painted sign’), or a participle of putting it up and a phrase of place (‘a notice taped to the door
#: read:’), or with "reads" in the present of a scene, after a phrase of place or none (‘a sign on the door
#: reads’; a notice or a board only with a phrase of place, and never a sign whose owner is named before it,
#: ‘the council’s sign reads’); a sign that merely "read" on a door keeps its words, given to no one.
#:
#: >>> [RE_FIXED_THING_READS.search(t) is not None for t in ("including a coffee mug that reads ",
#: ...     "a cake bearing the words ", "A handwritten sign in the window reads: ", "a sign on the door reads ",
#: ...     "next to a framed dollar bill and a sign that reads ", "A sign propped against one pair read: ",
#: ...     "a hand-painted sign declaring it ",
#: ...     "a small brass plaque on the bench which read: ", "The plaque read: ", "a notice on the door reads ")]
#: [True, True, True, True, True, True, True, True, True, True]
#: >>> [RE_FIXED_THING_READS.search(t) is not None for t in ("hoisted a sign that read ", "carrying signs reading ",
#: ...     "wearing shirts that read ", "She put down her mug and read ", "He said ", "The sign on the door read ")]
#: [False, False, False, False, False, False]
#: >>> [RE_FIXED_THING_READS.search(t) is not None for t in (
#: ...     "At the unveiling of the plaque on Friday her granddaughter Ellen Price read: ",
#: ...     "At the unveiling of the plaque Mayor Tom Reyes gave a short speech declaring it ",
#: ...     "A statement from the board reads: ", "The council’s notice reads: ", "The council’s sign reads: ")]
#: [False, False, False, False, False]
RE_FIXED_THING_READS = LazyPattern(
    r"(?i:\b(?:(?:" + "|".join(sorted(FIXED_THING_NOUNS)) + r")\b(?:" + _GAP
    + r"\s+(?:(?:that|which)\s+)?(?:reads|reading|bearing\s+the\s+words?|with\s+the\s+words?)"
    + r"|(?:" + _GAP + r"\s+(?:that|which))?\s+read|\s+declaring\s+it)"
    + r"|(?:(?:" + "|".join(sorted(FIXED_SIGN_MAKINGS)) + r")\s+(?:" + "|".join(sorted(FIXED_SIGN_NOUNS)) + r")\b" + _GAP
    + r"|(?:" + "|".join(sorted(FIXED_SIGN_NOUNS)) + r")\s+(?:" + "|".join(sorted(FIXED_SIGN_PLACINGS)) + r")\s+"
    + _SIGN_PLACE + _GAP
    + r")\s+(?:(?:that|which)\s+)?(?:reads|read|reading|bearing\s+the\s+words?|with\s+the\s+words?|declaring\s+it)"
    + r"|(?<![’']s\s)\b(?:(?:" + "|".join(sorted(FIXED_BARE_SIGN_NOUNS)) + r")\s+(?:" + _SIGN_PLACE + _GAP + r"\s+)?"
    + r"|(?:" + "|".join(sorted(FIXED_SIGN_NOUNS)) + r")\s+" + _SIGN_PLACE + _GAP + r"\s+)(?:that\s+|which\s+)?reads))[:,]?\s*$")

#: Verbs of handing a thing over: a thing handed, given or presented "with the words “…”" carries the giver's
#: speech, not an inscription (‘She handed over the cake with the words “Happy birthday, Dad,”’) (guard w112e).
GIVING_VERBS = wordset("handed hands hand gave gives give passed passes presented presents offered offers delivered")

#: A thing given, then "with the words" right before the marks.
#:
#: >>> RE_GIVEN_WITH_WORDS.search("She handed over the cake with the words ") is not None
#: True
#: >>> RE_GIVEN_WITH_WORDS.search("a cake with the words ") is not None
#: False
RE_GIVEN_WITH_WORDS = LazyPattern(
    r"(?i:\b(?:" + "|".join(sorted(GIVING_VERBS)) + r")\b(?:\s+[\w’'\-]+){0,4}?\s+(?:"
    + "|".join(sorted(FIXED_THING_NOUNS)) + r")\s+with\s+the\s+words?)[:,]?\s*$")

#: Words of a speech or its occasion: said before the thing in the sentence, the words at the marks after
#: "with the words" are a speaker's (‘Manager Gareth Pryce ended his speech at the bench dedication with the
#: words “Keep the faith.”’), and the thing is only where it was said (guard w112e).
SPEECH_OCCASION_WORDS = wordset("""speech speeches address remarks toast eulogy sermon ended ending closed closing
concluded opened opening""")

#: A word of :data:`SPEECH_OCCASION_WORDS` anywhere in the text searched.
#:
#: >>> RE_SPEECH_OCCASION.search("Manager Gareth Pryce ended his speech at the ") is not None
#: True
#: >>> RE_SPEECH_OCCASION.search("On her desk sits a chipped ") is not None
#: False
RE_SPEECH_OCCASION = LazyPattern(r"(?i:\b(?:" + "|".join(sorted(SPEECH_OCCASION_WORDS)) + r")\b)")

#: The last word before the marks that a fixed thing's verb may end with: the cheap test first.
FIXED_READING_LAST_WORDS = wordset("reads read reading words word it")


def fixed_thing_reads(text: str, lo: int, open_at: int) -> bool:
    """Whether the words whose marks open at ``open_at`` are written on a fixed thing (see
    :data:`RE_FIXED_THING_READS`), looking back no further than ``lo`` (the sentence's start).

    >>> t = 'His desk has a mug that reads "Best Boss." She laughed.'
    >>> fixed_thing_reads(t, 0, t.index('"')), fixed_thing_reads('She said "No."', 0, 9)
    (True, False)
    """
    last = text[max(lo, open_at - 16):open_at].rstrip(" ,:\n").rsplit(None, 1)
    if not last or last[-1].lower() not in FIXED_READING_LAST_WORDS:
        return False  # (most quotations: the verb must stand right before the marks)
    m = RE_FIXED_THING_READS.search(text, max(lo, open_at - 120), open_at)
    if m is not None:
        return RE_GIVEN_WITH_WORDS.search(text, max(lo, open_at - 120), open_at) is None \
            and not (m.group().rstrip(" ,:\n").lower().endswith(("word", "words"))
                     and RE_SPEECH_OCCASION.search(text, lo, m.start()) is not None)  # (guards w112e: a giver's
        # or a speaker's words; a speech word before the thing only when the words follow "with the words", as
        # ‘an uncle's address, hung the hand-painted sign that still reads’ keeps its sign)
    if RE_IT_READS.fullmatch(text, lo, open_at) is None or lo == 0:
        return False
    prev_lo = max(0, lo - 200, text.rfind("\n", 0, lo - 1) + 1)
    return RE_FIXED_THING_NAMED.search(text, prev_lo, lo) is not None \
        and RE_SENDER_THING_NAMED.search(text, prev_lo, lo) is None  # (guard w112e: ‘… a card from the King. It read:’)


#: A sentence of "It reads" (or "It read") alone before the marks, whose thing the sentence before names.
#:
#: >>> [RE_IT_READS.fullmatch(t) is not None for t in ("It reads: ", "It read ", "It said: ")]
#: [True, True, False]
RE_IT_READS = LazyPattern(r"\s*It\s+(?:reads|read)[:,]?\s*")

#: A fixed thing named (see :data:`RE_FIXED_THING_READS`) in the sentence before "It reads": ‘sits on a
#: bench with a small brass plaque. It reads: “…”’; never a statement or a letter, whose words are its
#: sender's (‘released a short statement. It read: “…”’).
#:
#: >>> [RE_FIXED_THING_NAMED.search(t) is not None for t in ("a bench with a small brass plaque. ",
#: ...     "Above the bar hangs a hand-painted board. ", "The club released a short statement. ")]
#: [True, True, False]
RE_FIXED_THING_NAMED = LazyPattern(
    r"(?i:\b(?:" + "|".join(sorted(FIXED_THING_NOUNS)) + r"|(?:" + "|".join(sorted(FIXED_SIGN_MAKINGS)) + r")\s+(?:"
    + "|".join(sorted(FIXED_SIGN_NOUNS)) + r"))\b)[^.!?\n]*[.!?]\s*$")

#: Things that carry their sender's or issuer's words: named in the sentence before "It reads" next to a fixed
#: thing, "It" may be them (‘received a cake from the care home and a card from the King. It read: “…”’,
#: ‘The city council’s statement was posted beside the mural. It reads: “…”’) (guard w112e).
SENDER_THING_NOUNS = wordset("""statement statements letter letters card cards note notes message messages notice
notices email emails telegram telegrams""")

#: A word of :data:`SENDER_THING_NOUNS` in the sentence before "It reads".
#:
#: >>> [RE_SENDER_THING_NAMED.search(t) is not None for t in ("a cake from the care home and a card from the King. ",
#: ...     "a bench with a small brass plaque. ")]
#: [True, False]
RE_SENDER_THING_NAMED = LazyPattern(r"(?i:\b(?:" + "|".join(sorted(SENDER_THING_NOUNS)) + r")\b)")
