"""The body "their union" stands for, named as the paragraph after opens (w111a).

A lede often keeps back the union's name: ‘Dock workers have voted to strike after rejecting what their
union called an ‘insulting’ offer. / Members of the Harbour Workers’ Union (HWU) backed walkouts …’. The
paragraph right after it opens with the body's name in full, bare or as the one whose members acted,
usually with its letters in brackets: that body is the "their union" who spoke.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern

from quotesearch.place_words import ENVOY_BODIES

#: Words a union of states, never of workers, is named with (‘the European Union’).
STATE_UNION_WORDS = frozenset("European African Soviet Eurasian Postal Customs".split())

#: Words of a sport's governing union (‘the Welsh Rugby Union’, ‘the International Cycling Union’), the
#: other side of its players' or riders' disputes, never "their union" (w111a guard).
#:
#: >>> "Rugby" in SPORT_UNION_WORDS, "Workers" in SPORT_UNION_WORDS
#: (True, False)
SPORT_UNION_WORDS = frozenset("""International World Rugby Cycling Football Hockey Chess Athletics Swimming Skating Ski
Rowing Cricket Golf Tennis Boxing Wrestling Gymnastics Triathlon""".split())


@functools.lru_cache(maxsize=16)
def _body_opening_paragraph(noun: str) -> regex.Pattern:
    """A paragraph that opens with a body's name ending with the noun in capitals (group 1), bare or
    after "Members of" (‘Of the 612 members of’), then its letters in brackets or a word in lower case.

    >>> p = _body_opening_paragraph("union")
    >>> p.match("Members of the Harbour and Transport Workers’ Union (HTWU) backed walkouts").group(1)
    'Harbour and Transport Workers’ Union'
    >>> p.match("Of the 612 members of the Mineworkers and Allied Trades Union (MATU) who voted").group(1)
    'Mineworkers and Allied Trades Union'
    >>> p.match("The Public and Maritime Services Union (PMSU) said local knowledge").group(1)
    'Public and Maritime Services Union'
    >>> p.match("The union's members backed walkouts") is None, p.match("Members of Unite voted") is None
    (True, True)
    """
    kind = regex.escape(noun[:1].upper() + noun[1:])
    word = r"\p{Lu}[\p{L}\p{M}’'\-]*"
    return regex.compile(rf"(?:(?:Members|Of the (?:[\d,]+ )?members) of )?(?:[Tt]he )?"
                         rf"((?:{word} (?:(?:and|of|for|&) )?){{1,6}}{kind})(?= \(\p{{Lu}}{{2,6}}\)| \p{{Ll}})")


def body_opening_next_paragraph(text: str, end: int, noun: str, reach: int = 1) -> str | None:
    """The name of the body of the noun (‘union’) that opens the paragraph right after the one
    ending the sentence at ``end`` (the sentence runs to its paragraph's end), or one of the ``reach``
    paragraphs after it that no paragraph before names one of its kind in: ‘… what their union
    called ‘…’. / Members of the Harbour Workers’ Union (HWU) backed …’. None for a union of states
    (‘Members of the European Union’), when the lede names one of its kind in capitals after ``end``
    (another body), or when a paragraph opens more than a blank line away."""
    kind = noun[:1].upper() + noun[1:]
    stop = text.find("\n", end)
    for _ in range(reach):
        if stop < 0 or kind in text[end:stop]:
            return None
        lo = stop
        while lo < len(text) and text[lo] in "\n \t\r":
            lo += 1
        if text.count("\n", stop, lo) > 2:
            return None
        stop = text.find("\n", lo)
        m = _body_opening_paragraph(noun).match(text, lo, stop if stop >= 0 else len(text))
        if m is not None:
            name = m.group(1)
            if name in ENVOY_BODIES or any(w in STATE_UNION_WORDS or w in SPORT_UNION_WORDS for w in name.split()[:-1]):
                return None  # (a union of states or a sport's governing union is no workers' union: ‘Members of the
                # European Union …’, ‘The Welsh Rugby Union (WRU) said’)
            return name
        end = lo
    return None


#: A union or association told only by whom it stands for (group 1 its noun): ‘the union representing
#: coastguard officers’, ‘the association for head teachers’; never one by its name or its place.
#:
#: >>> [bool(RE_BODY_REPRESENTING.fullmatch(t)) for t in ("the union representing coastguard officers",
#: ...  "the association for head teachers", "the union representing the Met Office", "the union")]
#: [True, True, False, False]
RE_BODY_REPRESENTING = LazyPattern(r"[Tt]he (union|association|federation) (?:representing|for|of) "
                                   r"(?:\p{Ll}[\p{Ll}’'\-]* ){0,3}\p{Ll}[\p{Ll}’'\-]*s")


#: How many paragraphs after a description by whom a body represents may open with its name.
BODY_REPRESENTING_REACH = 2


#: A bare union, association or federation (group 1 its noun): ‘the union’, never one by its name or
#: its owner (‘the union's’, ‘the Bakers' Union’).
#:
#: >>> [bool(RE_BARE_MEMBERS_BODY.fullmatch(t)) for t in ("the union", "The federation", "the Union", "the union's")]
#: [True, True, False, False]
RE_BARE_MEMBERS_BODY = LazyPattern(r"[Tt]he (union|association|federation)")


def _lede_before_kind_named(text: str, start: int, noun: str, lede: tuple[int, int] | None) -> bool:
    """``start`` lies in the article's lede, the paragraph ``lede`` (:func:`quotesearch.ledes.lede_index`,
    the caller's), and nothing before it names a body of the noun in capitals (‘… in a ballot the union
    said was “…”’ opening the story).

    >>> t = "Staff reject deal\\n\\nBakers voted, and in a ballot the union said pay was poor."
    >>> _lede_before_kind_named(t, t.index("the union"), "union", (19, len(t)))
    True
    >>> t = t.replace("Bakers voted", "The Bakers' Union voted")
    >>> _lede_before_kind_named(t, t.index("the union"), "union", (19, len(t)))
    False
    """
    return lede is not None and lede[0] <= start < lede[1] and noun[:1].upper() + noun[1:] not in text[:start]


def body_representing_named_next(text: str, mention_text: str, end: int, start: int | None = None,
                                 lede: tuple[int, int] | None = None) -> str | None:
    """The name of the body a description by whom it represents stands for (‘Closures will “cost lives”,
    the union representing coastguard officers has warned. / The Public and Maritime Services Union
    (PMSU) said …’): the one that opens the paragraph after, by :func:`body_opening_next_paragraph`. A
    bare "the union" at ``start`` in the lede (the paragraph ``lede``), with none of its kind named before,
    is the one that opens one of the paragraphs after (‘… in a ballot the union said was “…”. / … / The General Workers' Union
    (GWU) had needed …’, w136f)."""
    kind = RE_BODY_REPRESENTING.fullmatch(mention_text)
    if kind is None and start is not None and (bare := RE_BARE_MEMBERS_BODY.fullmatch(mention_text)) is not None \
            and _lede_before_kind_named(text, start, bare.group(1), lede):
        kind = bare
    if kind is None:
        return None
    return body_opening_next_paragraph(text, end, kind.group(1).lower(), reach=BODY_REPRESENTING_REACH)
