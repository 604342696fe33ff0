"""The lede's unnamed speaker named one paragraph further on, past a paragraph of background
(_lede_named_past_background): ‘The prisons minister has insisted the government “had no choice” …. /
Under the scheme, which begins on Monday, prisoners … will be released early. / Speaking on the radio,
Helen Marchant said …’. The paragraph skipped tells facts only: no one named in it, no one reported
in it, no quotation opening it; the one named after it must pass every test the paragraph right
after the lede is held to (:func:`~quotesearch.lede_holders._lede_holder`) (w113a).
"""

from __future__ import annotations

import itertools

from quotesearch.cue_tokens import Found
from quotesearch.lexicon import LazyPattern
from quotesearch.lede_holders import _lede_holder
from quotesearch.lede_offices import CLERICAL_STYLE_OFFICES
from quotesearch.people import Person
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast


#: Words that make a paragraph more than background: someone reported (‘said’, ‘according to’, ‘told’), a
#: court's or an inquiry's hearing (‘heard’), an answer (‘responded’, ‘denied’), or another person brought
#: in by a pronoun's verb of speech (‘she added’).
#:
#: >>> [bool(RE_NOT_BACKGROUND.search(t)) for t in ("The court heard that he ran.", "Police said it was arson.",
#: ...  "According to the figures, 40 died.", "Scaffolding went up last month after cracks were found.",
#: ...  "The scheme begins on Monday.")]
#: [True, True, True, False, False]
RE_NOT_BACKGROUND = LazyPattern(
    r"(?i)\b(?:said|says|say|saying|told|tells|telling|added|adds|warned|warns|announced|confirmed|stated|claimed"
    r"|claims|argued|argues|insisted|insists|wrote|writes|asked|asks|explained|heard|according|responded|replied"
    r"|denied|denies|accused|accuses|described|describes|called|calls|urged|urges|spokesman|spokeswoman"
    r"|spokesperson|statement)\b")

#: A quotation's opening mark at a paragraph's start, after any space: a paragraph that quotes someone.
#:
#: >>> [bool(RE_OPENS_QUOTING.match(t)) for t in ("“We wait,” she said.", "‘No,’ he said.", "The scheme began.")]
#: [True, True, False]
RE_OPENS_QUOTING = LazyPattern(r"\s*[“\"‘'«]")


#: A paragraph of prose: opens with a capital, runs at least five words and ends a sentence (never a
#: separator line, ‘=====’, nor a heading with no stop).
#:
#: >>> [bool(RE_PROSE_PARAGRAPH.fullmatch(t)) for t in ("Call volumes rose by a fifth last year.", "=====",
#: ...  "Scaffolding went up", "Slates fell.")]
#: [True, False, False, False]
RE_PROSE_PARAGRAPH = LazyPattern(r"\s*\p{Lu}[^\n]*?(?: [^\n ]+){4,}[.!?]\s*")


def _background_paragraph(text: str, lo: int, hi: int, cast: Cast) -> bool:
    """Paragraph ``lo:hi`` tells facts only: prose (:data:`RE_PROSE_PARAGRAPH`), no quotation opens
    it, no word of reporting is in it (:data:`RE_NOT_BACKGROUND`), and no person the article names is
    named in it."""
    if RE_PROSE_PARAGRAPH.fullmatch(text, lo, hi) is None or RE_OPENS_QUOTING.match(text, lo, hi) is not None \
            or RE_NOT_BACKGROUND.search(text, lo, hi) is not None:
        return False
    people = itertools.chain(cast.by_surname.values(), *cast.namesakes.values())
    return not any(q.kind == "name" and any(lo <= s < hi for s, _ in q.spots) for q in people)


def _lede_named_past_background(text: str, sp: Span, found: Found, paras: list[tuple[int, int]],
                                cast: Cast) -> Person | None:
    """The person named in the paragraph after the one right after the lede, for the lede's unnamed
    subject, when that one between tells background only (:func:`_background_paragraph`): as though the
    paragraph between were not there (‘THE Dean of Wellham has launched an appeal, warning the spire is
    “at risk”. / Scaffolding went up last month. / The Very Rev Ann Roe said …’). Never past two such
    paragraphs, nor past one that names or reports anyone (‘A judge jailed a man …. / The court heard
    he had …. / Jane Roe, his mother, said’)."""
    k = sp.paragraph
    if k + 2 >= len(paras) or found.mention is None:
        return None
    lo, hi = paras[k + 1]
    if not _background_paragraph(text, lo, hi, cast):
        return None
    named = _lede_holder(text, k, found.mention, found.person, paras[:k + 1] + paras[k + 2:], cast)
    if named is None:
        return None
    lo, hi = paras[k + 2]
    at = min((s for s, _ in named.spots if lo <= s < hi), default=None)
    if at is None:
        return None
    name_at = text.find(named.name, at, hi)  # (a spot may open on the title written before the name)
    return named if _bare_or_styled(text[lo:name_at if name_at >= 0 else at]) else None


def _bare_or_styled(before: str) -> bool:
    """What stands before the name in the paragraph past the background lets it be the lede's one: nothing,
    a clause set off by its comma (‘Speaking on the radio, Helen Marchant said’), or a cleric's style (‘The
    Very Rev Ann Roe’); never another title or trade (‘Resident Tina Morales’, ‘Opposition leader Sam
    Whitley’, ‘Health Secretary Wes Streeting’: no one the lede's unnamed one need be, rv-w113a).

    >>> [_bare_or_styled(t) for t in ("", "Speaking on the radio, ", "The Very Rev ", "Resident ", "Opposition leader ")]
    [True, True, True, False, False]
    """
    words = before.replace(".", "").lower().split()
    return not words or before.rstrip().endswith(",") or " ".join(words[words[0] == "the":]) in CLERICAL_STYLE_OFFICES
