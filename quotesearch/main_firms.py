"""The firm a business story is mainly about, for a bare "the company" or "the firm" that other firms
named in between keep _article_company from reading (w96d): the lede's firm (_lede_firm, alone in its
lede) when the article names it far more often than any other firm, and neither the paragraph that says
"the company" nor the one right before it names another.
"""

from __future__ import annotations

import functools

from quotesearch.lexicon import LazyPattern
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.lede_firms import _firm_named, _lede_firm

#: The nouns a bare description of the article's main firm is written with (‘the company said’).
#:
#: >>> "company" in MAIN_FIRM_NOUNS, "bank" in MAIN_FIRM_NOUNS
#: (True, False)
MAIN_FIRM_NOUNS = frozenset(("company", "firm"))

#: How many times more the article must name its main firm (its first word, anywhere) than any other firm
#: named between its lede and "the company" (as a body's name), and the least number of times it must
#: name it at all.
MAIN_FIRM_LEAD = 3
MAIN_FIRM_LEAST = 3

#: A capitalised word standing alone as a word (the first word of a firm's name, counted over the text).
#:
#: >>> [m.group() for m in RE_NAME_WORD.finditer("Harbourline's stores; Harbourline said")]
#: ['Harbourline', 'Harbourline']
RE_NAME_WORD = LazyPattern(r"(?<![\p{L}\p{N}\-])\p{Lu}[\p{L}\p{N}\-]+(?![\p{L}\p{N}\-])")

#: Words right before a firm's name that make it someone's house or trade, not a speaker the next
#: paragraph may go on with (‘said Frank Moretti, owner of Moretti Furniture Ltd.’, ‘an analyst at Brenner
#: Capital’).
#:
#: >>> bool(RE_AFFILIATION_BEFORE.search("owner of ")), bool(RE_AFFILIATION_BEFORE.search("analyst at "))
#: (True, True)
#: >>> bool(RE_AFFILIATION_BEFORE.search("Meanwhile, ")), bool(RE_AFFILIATION_BEFORE.search("said "))
#: (False, False)
RE_AFFILIATION_BEFORE = LazyPattern(r"\b(?:of|at|for|with) $")

@functools.lru_cache(maxsize=1)
def _word_counts(text: str) -> dict[str, int]:
    """How often each capitalised word stands in ``text`` (one pass, kept for the last text read; never
    change the dict returned).

    >>> _word_counts("Harbourline's stores; Harbourline said. Moretti agreed.")["Harbourline"]
    2
    """
    counts: dict[str, int] = {}
    for m in RE_NAME_WORD.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return counts


def _paragraph_of(paras: list[tuple[int, int]], at: int) -> int:
    """The index of the paragraph that holds ``at`` (-1 for none)."""
    return next((i for i, (a, b) in enumerate(paras) if a <= at < b), -1)


def _main_firm(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The lede's firm for a bare "the company" or "the firm" at ``at``, when other firms were named
    between (‘Harbourline Retail Inc. … filed for creditor protection. … Mapleview REIT, its landlord,
    said …. Frank Moretti, owner of Moretti Furniture Ltd., said …. / The company said gift cards would be
    honoured’): the firm the article is about, named at least MAIN_FIRM_LEAST times and MAIN_FIRM_LEAD
    times as often as any other firm named between, when neither the mention's paragraph nor the one right
    before names another firm. None when two firms could be meant (a takeover's, a rival's in the same
    paragraph), so the description stays as written."""
    if noun not in MAIN_FIRM_NOUNS:
        return None
    lede = _lede_firm(text, paras, cast)
    if lede is None:
        return None
    m, _ = lede
    own = m.text.split()[0]
    if own == "The" or m.end > at:
        return None
    counts = _word_counts(text)
    mine = counts.get(own, 0)
    if mine < MAIN_FIRM_LEAST:
        return None
    here = _paragraph_of(paras, at)
    if here < 0:
        return None
    near = paras[max(0, here - 1)][0]
    names = cast.body_names()
    for a, _name, words in names:
        if a < m.end or not _firm_named(words, m.text):
            continue
        if a >= at:
            if a < paras[here][1]:
                return None  # (another firm in the mention's own paragraph, after it)
            break
        if a >= paras[here][0] or (a >= near and RE_AFFILIATION_BEFORE.search(text, max(0, a - 12), a) is None):
            return None  # (another firm in this paragraph, or the one right before other than as someone's
            # house: it may be the one meant)
        first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
        if sum(1 for _, _, w in names if first in w[:2] and _firm_named(w, m.text)) * MAIN_FIRM_LEAD > mine:
            return None  # (another firm named nearly as often: two the story is about)
    return Person(m.text, kind="organisation")
