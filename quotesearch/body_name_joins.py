"""A body's name with a small word or a number inside that the capitalised runs stop at: ‘the Ohio
Freedom to Read Coalition’, ‘the Missing at Sea Project’, ‘the Arrow Flight 7 Mishap Review Board’. The
runs of :data:`quotesearch.cast_bodies.RE_BODY_NAME` go on only over "of", "for", "and" and "&", so such a
name comes out in two pieces, and the second ("Read Coalition", "Sea Project") stood for the body.

One pass over the article's body names, once per article (:meth:`CastBodies.body_names`): two pieces
are joined when only "to", "at" or a number stands between them, the first is written after "the" (a
body's name, never a person's: ‘sent John Hale to Harrow Council’), and the second ends with a word
that closes a campaign's or a board's name (:data:`JOINED_BODY_ENDS`), and the first does not (‘the
Kestrel Group at Lakeside Trust’ is two bodies).
"""
from __future__ import annotations

from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS

#: Last words of a body's name that may stand after a small word or a number inside the name: a
#: campaign's, a project's, a board's (‘… to Read Coalition’, ‘… at Sea Project’, ‘… 7 Mishap Review
#: Board’). Never a firm's word (‘the Kestrel to Harrow Rail’ is a route) nor a place's.
#:
#: >>> "coalition" in JOINED_BODY_ENDS, "project" in JOINED_BODY_ENDS, "rail" in JOINED_BODY_ENDS
#: (True, True, False)
JOINED_BODY_ENDS = wordset("""
coalition project campaign alliance network foundation trust fund society association institute movement
initiative league forum board committee
""")

#: What may stand between the two pieces of one body's name: "to", "at", or a number (group 0, with its
#: spaces).
#:
#: >>> bool(RE_NAME_JOINER.fullmatch(" to ")), bool(RE_NAME_JOINER.fullmatch(" 7 ")), bool(RE_NAME_JOINER.fullmatch(" in "))
#: (True, True, False)
RE_NAME_JOINER = LazyPattern(r" (?:to|at|\d{1,4}) ")

#: "from" just before the first piece (its "the" or not): ‘moved from the Eastleigh Youth to Hampshire
#: Football Association’ goes from one body to another.
#:
#: >>> bool(RE_FROM_BEFORE.search("moved from the ")), bool(RE_FROM_BEFORE.search("moved from ")), bool(RE_FROM_BEFORE.search("members of the "))
#: (True, True, False)
RE_FROM_BEFORE = LazyPattern(r"\bfrom (?:the )?$", flags=regex.I)

#: A place a body is based in, before its name (‘the Geneva-based Missing at Sea Project’): no part of it.
#:
#: >>> bool(RE_BASED_WORD.fullmatch("Geneva-based")), bool(RE_BASED_WORD.fullmatch("Geneva"))
#: (True, False)
RE_BASED_WORD = LazyPattern(r"\p{Lu}[\p{L}\-]*-based")

#: Most words of a first piece (its "the" aside).
FIRST_PIECE_WORDS = 4

#: Most words of a second piece after a number (‘… 7 Mishap Review Board’).
SECOND_PIECE_WORDS = 3

#: Most words of a second piece after "to" or "at" (‘… to Read Coalition’, ‘… at Risk Project’): a longer
#: one stands as a body's name of its own (‘the Lakeside Scouts at Harbour Community Foundation’).
SECOND_PIECE_AFTER_WORD = 2


def _whole_already(word: str) -> bool:
    """A body's or a firm's last word, which ends a name of its own (‘the Kestrel Group’).

    >>> _whole_already("Group"), _whole_already("Freedom")
    (True, False)
    """
    low = word.lower()
    return low in JOINED_BODY_ENDS or low in ORG_WORDS or low in BUSINESS_WORDS


def joined_body_names(text: str, names: Sequence[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """The body names, each pair of pieces of one name joined (see the module's doc); the others as they were.

    >>> t = "The Ohio Freedom to Read Coalition praised it."
    >>> joined_body_names(t, [(0, "the Ohio Freedom", ["The", "Ohio", "Freedom"]), (20, "Read Coalition", ["Read", "Coalition"])])
    [(0, 'the Ohio Freedom to Read Coalition', ['The', 'Ohio', 'Freedom', 'to', 'Read', 'Coalition'])]
    >>> t = "according to the Geneva-based Missing at Sea Project."
    >>> joined_body_names(t, [(17, "the Geneva-based Missing", ["Geneva-based", "Missing"]), (41, "Sea Project", ["Sea", "Project"])])
    [(30, 'Missing at Sea Project', ['Missing', 'at', 'Sea', 'Project'])]
    >>> t = "the Kestrel Group at Lakeside Trust"
    >>> len(joined_body_names(t, [(4, "the Kestrel Group", ["Kestrel", "Group"]), (21, "Lakeside Trust", ["Lakeside", "Trust"])]))
    2
    >>> t = "moved from the Eastleigh Athletic to Hampshire Football Association"
    >>> len(joined_body_names(t, [(11, "the Eastleigh Athletic", ["Eastleigh", "Athletic"]), (37, "Hampshire Football Association", ["Hampshire", "Football", "Association"])]))
    2
    >>> t = "the Lakeside Scouts at Harbour Community Foundation"
    >>> len(joined_body_names(t, [(4, "the Lakeside Scouts", ["Lakeside", "Scouts"]), (24, "Harbour Community Foundation", ["Harbour", "Community", "Foundation"])]))
    2
    >>> t = "It sent John Hale to Harrow Council."
    >>> len(joined_body_names(t, [(8, "John Hale", ["John", "Hale"]), (21, "Harrow Council", ["Harrow", "Council"])]))
    2
    """
    out: list[tuple[int, str, list[str]]] = []
    for at, name, words in names:
        if out and words and words[-1].lower() in JOINED_BODY_ENDS and len(words) <= SECOND_PIECE_WORDS \
                and words[0] not in ("The", "the") and not name.startswith("the "):
            p_at, p_name, p_words = out[-1]
            p_end = p_at + text[p_at:at].rfind(p_words[-1]) + len(p_words[-1]) if p_words else -1
            if p_name.startswith("the ") and p_end > p_at and RE_NAME_JOINER.fullmatch(text, p_end, at) is not None \
                    and RE_FROM_BEFORE.search(text, max(0, p_at - 10), p_at) is None \
                    and len(p_words) - (p_words[0] == "The") <= FIRST_PIECE_WORDS \
                    and all(w[:1].isupper() for w in p_words) and not _whole_already(p_words[-1]):
                joiner = text[p_end + 1:at - 1]
                if not joiner.isdigit() and len(words) > SECOND_PIECE_AFTER_WORD:
                    out.append((at, name, words))
                    continue
                first, start, the = list(p_words), p_at, True
                if len(first) > 1 and RE_BASED_WORD.fullmatch(first[first[0] == "The"]) is not None:
                    based = first.pop(first[0] == "The")  # (where it is based, and the "the" before it, go)
                    start = p_at + text[p_at:p_end].find(based) + len(based) + 1
                    first = [w for w in first if w != "The"]
                    the = False
                joined = [*first, joiner, *words]
                shown = " ".join(w for w in joined if w != "The")
                out[-1] = (start, ("the " + shown) if the else shown, joined)
                continue
        out.append((at, name, words))
    return out
