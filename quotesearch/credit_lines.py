"""A name in a picture's credit line (‘… on a training run. Picture: Sam Hale’): the one who took the
picture, never anyone a "he" or "she" after stands for.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern

#: A credit's label right before a name: a picture's word, "by" at most, and its colon or "by"
#: (‘Picture: ’, ‘Photo: ’, ‘Photograph by ’, ‘Image credit: ’), capitalised as a label is, opening its
#: line or following a sentence's stop (guard, w94b: never mid-sentence), and any words of the name
#: before the one at hand (‘Picture: Sam ’).
#:
#: >>> [bool(RE_CREDIT_BEFORE.search(t)) for t in ("in Eastfield. Picture: Sam ", "Photo by ", "Image credit: ",
#: ...  "a picture of ", "He showed the photo to ", "the Photo by ")]
#: [True, True, True, False, False, False]
RE_CREDIT_BEFORE = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?][”\"’']?\s))"
                               r"(?:Pictures?|Photos?|Photographs?|Images?|Photography)"
                               r"(?: [Cc]redits?)?(?::| by:?) (?:\p{Lu}[\p{L}’'\-.]* ){0,3}$")

#: What may follow a credit's name (from the word at hand on): the rest of the name's capitalised
#: words, then the line's end, a full stop, or what a credit puts after a name (‘/PA’, ‘ | Reuters’,
#: ‘, Getty Images’, ‘ for The Times’, ‘ via …’, brackets), never running text (‘Photos by Sam Hale of
#: the protest were shared …’ is a sentence, its Sam Hale anyone's "he"), guard w94b.
#:
#: >>> [bool(RE_CREDIT_AFTER.match(t)) for t in ("Sam Hale", "Hale/PA", "Hale | Reuters\\n", "Hale, Getty",
#: ...  "Hale for The Times", "Hale. Ann Roe said", "Hale of the protest were", "Lee of the Levels")]
#: [True, True, True, True, True, True, False, False]
RE_CREDIT_AFTER = LazyPattern(r"[\p{L}’'\-.]*(?: \p{Lu}[\p{L}’'\-.]*){0,3}[ \t]*"
                              r"(?:$|\n|[/|,;(\[–—]| - |(?<=\.)\s|\.(?:\s|$)|(?:for|via|courtesy of) \p{Lu})")


def in_credit_line(text: str, pos: int) -> bool:
    """The name at ``pos`` follows a picture's credit label (:data:`RE_CREDIT_BEFORE`) and ends the
    credit (:data:`RE_CREDIT_AFTER`), never running text after it.

    >>> t = "Ann Roe on a run. Picture: Sam Hale"
    >>> in_credit_line(t, t.index("Sam")), in_credit_line(t, t.index("Hale")), in_credit_line(t, t.index("Ann"))
    (True, True, False)
    >>> t = "Photos by Sam Hale of the march were shared widely."
    >>> in_credit_line(t, t.index("Sam"))
    False
    """
    return RE_CREDIT_BEFORE.search(text, max(0, pos - 60), pos) is not None \
        and RE_CREDIT_AFTER.match(text, pos) is not None
