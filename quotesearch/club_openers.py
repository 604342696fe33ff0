"""Which club "the club" stands for when the sentence right before it opens with a club: a side named as
its own subject or as the side of a player's role (‘Wexley captain Ben Tully was sin-binned late on. The
club said …’), or set off after someone's former team (‘His former team, Harbour Rogues, said it had
ended his contract. “…,” the club said’) (w97b).

A match names two sides, so "the club" is left as written unless that one sentence opens with the one
club and names no other, and the cue's own sentence names no other before it.
"""

from __future__ import annotations

from quotesearch.body_words import TEAM_WORDS
from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.people import Person


#: A side set off after someone's team at a sentence's start (‘His former team, Harbour Rogues,’, ‘Their
#: new club, Kelso Athletic,’): group 1 the side's name, its kind told by the words before it.
#:
#: >>> RE_TEAM_SET_OFF.match("His former team, Harbour Rogues, said it had").group(1)
#: 'Harbour Rogues'
#: >>> RE_TEAM_SET_OFF.match("His former coach, Tom Reid, said") is None
#: True
RE_TEAM_SET_OFF = LazyPattern(r"(?:His|Her|Their) (?:former |new |old |parent |current )?(?:club|team|side), "
                              r"(\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,3}),")

#: A short phrase of time that may open the sentence before the club's name (‘In 2019 Solway named a
#: lounge after him’, ‘On Monday, Kelso Athletic said’).
#:
#: >>> RE_TIME_OPENING.match("In 2019 Solway named").end(), RE_TIME_OPENING.match("On Monday, Kelso").end()
#: (8, 11)
RE_TIME_OPENING = LazyPattern(r"(?:In \d{4}|On \p{Lu}\p{Ll}+day|Last (?:week|month|season|year)),? ")

#: A capitalised run of up to four words: the name a sentence opens with.
#:
#: >>> RE_OPENING_RUN.match("Wexley captain Ben Tully").group()
#: 'Wexley'
RE_OPENING_RUN = LazyPattern(r"\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,3}")

#: A club of a kind in lower case, no side's name (‘Crystal nightclub’, ‘a golf club’, ‘the working men's club’):
#: another club the story is about than a side it names (compare sole_bodies.RE_OTHER_CLUB_TOLD) (guard w97b).
#:
#: >>> bool(RE_CLUB_KIND_LOWER.search("thrown out of Crystal nightclub")), bool(RE_CLUB_KIND_LOWER.search("a golf club"))
#: (True, True)
#: >>> bool(RE_CLUB_KIND_LOWER.search("Kelso captain Ben Tully of Kelso Football Club was sent off"))
#: False
RE_CLUB_KIND_LOWER = LazyPattern(r"\b(?:[a-z]+club|club)s?\b")

#: The last words, in lower case, of a club's name (‘Kelso Athletic’, ‘Marlow Town’, ‘Solway Football
#: Club’): a side's (:data:`body_words.TEAM_WORDS`) and "club".
#:
#: >>> "club" in CLUB_NAME_ENDS, "athletic" in CLUB_NAME_ENDS, "council" in CLUB_NAME_ENDS
#: (True, True, False)
CLUB_NAME_ENDS = TEAM_WORDS | {"club"}


def _clubs_named(cast) -> list[str]:
    """The clubs the article names by a name whose last word is a club's (:data:`CLUB_NAME_ENDS`),
    each once, in order, without a "the" before.

    >>> from quotesearch.speakers import Cast
    >>> _clubs_named(Cast("The Kelso Athletic side lost. Kelso Athletic fans left. The Kelso Athletic board met."))
    ['Kelso Athletic']
    """
    seen: list[str] = []
    for _, run, words in cast.body_names():
        name = run.removeprefix("the ").removeprefix("The ")
        if words and words[-1].lower() in CLUB_NAME_ENDS and name not in seen:
            seen.append(name)  # (once by its name without "the": ‘the Kelso Athletic’ is ‘Kelso Athletic’)
    return seen


def _club_opening_sentence_before(text: str, at: int, para_start: int, cast) -> Person | None:
    """The club the last whole sentence before ``at`` in its paragraph opens with (by its full name or its
    first word, when that word is no other club's), set off after someone's team or named as the
    sentence's first words, when neither that sentence nor the words up to ``at`` name any other club.

    >>> from quotesearch.speakers import Cast
    >>> t = "Kelso Athletic lost 2-0 to Marlow Town.\\n\\nKelso captain Ben Tully was sent off. The club said he had apologised."
    >>> _club_opening_sentence_before(t, t.index("The club"), t.index("Kelso captain"), Cast(t)).name
    'Kelso Athletic'
    >>> t = "Kelso Athletic lost 2-0 to Marlow Town.\\n\\nKelso captain Ben Tully fouled a Marlow player. The club said he had apologised."
    >>> _club_opening_sentence_before(t, t.index("The club"), t.index("Kelso captain"), Cast(t)) is None
    True
    >>> t = "Kelso Athletic lost 2-0.\\n\\nKelso captain Ben Tully was banned from a nightclub. The club said he had apologised."
    >>> _club_opening_sentence_before(t, t.index("The club"), t.index("Kelso captain"), Cast(t)) is None
    True
    """
    ends = sentence_ends(text, para_start, at)
    if not ends:
        return None
    lo = ends[-2] if len(ends) > 1 else para_start
    raw = text[lo:ends[-1]]
    start = lo + len(raw) - len(raw.lstrip(" \n\"“”‘’'"))
    sentence = text[start:ends[-1]]
    clubs = _clubs_named(cast)
    if (set_off := RE_TEAM_SET_OFF.match(sentence)) is not None:
        name = set_off.group(1)
    else:
        opening = RE_TIME_OPENING.match(sentence)
        run = RE_OPENING_RUN.match(sentence, opening.end() if opening is not None else 0)
        if run is None:
            return None
        first = run.group().split()[0]
        full = [c for c in clubs if run.group() == c or run.group().startswith(c + " ")]
        short = [c for c in clubs if c.split()[0] == first]
        if len(full) == 1:
            name = full[0]
        elif len(short) == 1 and " " not in run.group():  # (its first word alone: ‘Wexley captain Ben Tully’)
            name = short[0]
        else:
            return None
    if RE_CLUB_KIND_LOWER.search(text, start + (set_off.end() if set_off is not None else 0), at) is not None:
        return None  # (a club of a kind in lower case in that sentence or before the cue, no side: ‘Fenwick
        # Town striker Ali Noor was thrown out of Crystal nightclub. The club said’) (guard w97b)
    words_after = text[start + len(name):at]
    if any(c != name and c.split()[0] != name.split()[0] and c.split()[0] in words_after for c in clubs):
        return None  # (another club in that sentence or before the cue: ‘fouled a Marlow player’)
    return Person(name, kind="organisation")
