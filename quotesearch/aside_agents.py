"""One named only as the doer of a thing's past participle inside an aside set off by dashes or brackets
(‘Her best-known pieces — the velvet cape, the gown worn by the actress Mia Stone in 2001 — go on show
next year.’): no one a later "he" or "she" stands for, the aside being about the things, w101a.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern

#: A past participle of a thing made or worn (never one of taking part: ‘led by’, ‘chaired by’, ‘joined by’,
#: ‘refereed by’, whose doer is the likeliest speaker, nor ‘made by’, ‘written by’: w101a guard) with "by", "the" and up to two lowercase words at most after it (a trade, a role),
#: and the name's first words at most, right before a name or its last word: the name is the participle's
#: doer (‘worn by the singer ’, ‘designed by ’, ‘worn by the singer Mia ’).
#: A verb in the active voice, or "by" alone after a noun, does not match.
#:
#: >>> [bool(RE_PARTICIPLE_BY_BEFORE.search(t)) for t in ("the gown worn by the singer ", "a house designed by ",
#: ...     "a song written by his friend ", "worn by the singer Mia ", "she stood by ", "he was joined by ",
#: ...     "The expedition — led by mountaineer ", "The arrest — made by Officer ")]
#: [True, True, False, True, False, False, False, False]
RE_PARTICIPLE_BY_BEFORE = LazyPattern(
    r"\b(?:worn|designed|painted|commissioned|built|taken|photographed|sewn)"
    r" by (?:(?:the|a|an) )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}(?:\p{Lu}[\p{L}\-]*\.? ){0,3}$")

#: The opening of an aside: a dash with spaces, or a bracket, with no sentence end or closing of it after.
#:
#: >>> [bool(RE_ASIDE_OPEN_BEFORE.search(t)) for t in ("Her pieces — the cape, the gown worn by ",
#: ...     "Her pieces (the gown worn by ", "Her pieces, the gown worn by ", "The gown. It was worn by ")]
#: [True, True, False, False]
RE_ASIDE_OPEN_BEFORE = LazyPattern(r"(?: [—–] |\()[^—–()\n.!?]*$")

#: The close of the aside after the name: words with no sentence end, then a dash with spaces or a bracket.
#:
#: >>> [bool(RE_ASIDE_CLOSE_AFTER.match(t)) for t in (" Stone in 2001 — go on", " Stone) go", " Stone. — Later")]
#: [True, True, False]
RE_ASIDE_CLOSE_AFTER = LazyPattern(r"[^—–()\n.!?]*(?: [—–] |\))")


def doer_in_aside(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is a past participle's doer inside an aside set off by dashes or brackets.

    >>> t = "Her pieces — the cape, the gown worn by the singer Mia Stone in 2001 — go on show."
    >>> doer_in_aside(t, t.index("Mia")), doer_in_aside(t, t.index("Stone")), doer_in_aside(t, t.index("Her"))
    (True, True, False)
    >>> t = "The gown was worn by the singer Mia Stone in 2001 — and she kept it."
    >>> doer_in_aside(t, t.index("Mia"))
    False
    """
    return RE_PARTICIPLE_BY_BEFORE.search(text, max(0, pos - 60), pos) is not None \
        and RE_ASIDE_OPEN_BEFORE.search(text, max(0, pos - 200), pos) is not None \
        and RE_ASIDE_CLOSE_AFTER.match(text, pos) is not None


def rival_named_before(text: str, pos: int, recent, gender: str, cue: int) -> bool:
    """Whether someone else of the cue pronoun's sex ``gender`` is named outside any aside before the quotation
    the cue at ``cue`` tags, in ``recent`` (position, person pairs): only then is the aside's doer at ``pos``
    set aside (‘Nora Hale …. Her pieces — the gown worn by the singer Mia Stone — …. “…,” she says’); alone,
    the doer is the only one the pronoun can mean (‘The anthem — written by Carla Diaz — …. “…,” she said’),
    w101a guard.

    >>> from types import SimpleNamespace as P
    >>> t = "Nora Hale sews. Her pieces — the gown worn by Mia Stone — go on show.\\n\\n“Yes,” she says."
    >>> people = [(0, P(name="Nora Hale", kind="name", gender="f")), (t.index("Mia"), P(name="Mia Stone", kind="name", gender="f"))]
    >>> rival_named_before(t, t.index("Mia"), people, "f", t.index("she says")), rival_named_before(t, t.index("Mia"), people[1:], "f", t.index("she says"))
    (True, False)
    """
    close = max(text.rfind(c, 0, cue) for c in "”\"’»")
    opening = max(text.rfind(c, 0, close) for c in "“\"‘«") if close > 0 else cue
    if opening < 0:
        opening = cue
    doer = recent_name_last(text, pos)
    return any(q < opening and q != pos and other.kind == "name" and other.gender == gender
               and other.name.split()[-1] != doer and not doer_in_aside(text, q)
               for q, other in recent)


def recent_name_last(text: str, pos: int) -> str:
    """The last capitalised word of the name run at ``pos`` (‘Mia Stone in 2001’ → ‘Stone’).

    >>> recent_name_last("by Mia Stone in 2001", 3)
    'Stone'
    """
    words = []
    for w in text[pos:pos + 80].split():
        w = w.strip(",.;:)—–”’\"")
        if not w or not w[0].isupper():
            break
        words.append(w)
    return words[-1] if words else ""
