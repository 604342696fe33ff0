"""A headline's capitalised common noun that opens its line as the speaker (‘Bride says her day was
“ruined”’, ‘Watchdog warns …’, ‘Police vow to …’): a person's or a body's kind, no name. It is read as
"the <noun>": the one the article names of that kind below, else no one (:func:`headline_kind_noun`).
"""

from __future__ import annotations

from collections.abc import Iterable

from quotesearch.lexicon import wordset

#: Kinds of people and bodies a headline calls its speaker by, capitalised at the line's start, which no
#: list of role words holds (those are read the same way already): a person's plight or part in a story
#: (‘Survivor tells coroner …’, ‘Bride says …’) and a body's kind (‘Watchdog warns …’, ‘Council blames
#: …’, ‘Police vow …’, ‘Trust says …’). Never a word that is as often a name (‘Hope’, ‘Rose’, ‘Baker’).
#:
#: >>> "watchdog" in HEADLINE_KIND_NOUNS, "survivor" in HEADLINE_KIND_NOUNS, "hope" in HEADLINE_KIND_NOUNS
#: (True, True, False)
HEADLINE_KIND_NOUNS = wordset("""
survivor survivors bride groom widow widower mum dad victim victims witness motorist passenger
watchdog regulator police council trust charity union insurer airline hospital
""")

#: Those of :data:`HEADLINE_KIND_NOUNS` that a body's own name may hold as a word (‘Kingsmere Council’,
#: ‘Westbury Police Department’, ‘Merrow Health Trust’): the one body so named is the headline's speaker.
#:
#: >>> "council" in HEADLINE_BODY_NOUNS, "bride" in HEADLINE_BODY_NOUNS
#: (True, False)
HEADLINE_BODY_NOUNS = wordset("police council trust charity union hospital")


#: The longest first line read as a headline whose opening noun may speak.
HEADLINE_REACH = 160


def headline_kind_noun(text: str, word: str, at: int) -> bool:
    """Whether ``word`` at ``at`` is one of :data:`HEADLINE_KIND_NOUNS`, written with a capital first and
    the rest in lower case, at the very start of a short first line that the body follows (a headline), or
    of the line right after a headline (a standfirst: ‘Dozens ill after reception\\n\\nBride says …’).

    >>> t = "Watchdog warns of “lock in”\\n\\nThe Office for Digital Competition said …"
    >>> headline_kind_noun(t, "Watchdog", 0), headline_kind_noun("Watchdog warns of “lock in”", "Watchdog", 0)
    (True, False)
    >>> headline_kind_noun("Shop shooting\\n\\nPolice said he “fired twice”.\\n\\nMore …", "Police", 15)
    False
    >>> t = "Dozens ill after reception\\n\\nBride says her day was “ruined”\\n\\nGuests fell ill …"
    >>> headline_kind_noun(t, "Bride", t.index("Bride")), headline_kind_noun("The Watchdog said\\n\\nIt was …", "Watchdog", 4)
    (True, False)
    """
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in HEADLINE_KIND_NOUNS):
        return False
    if at > 0:  # (a standfirst: one short line before it, a line's break right before)
        head = text[:at]
        if not head.endswith("\n") or at > HEADLINE_REACH + 2 or "\n" in head.strip() or not head.strip():
            return False
    end = text.find("\n", at, at + HEADLINE_REACH + 1)
    return end > at and not text[at:end].rstrip().rstrip("”\"’'").endswith((".", "!", "?"))
    # (a headline's line ends with no stop: ‘Police said the shooter “fired …” before fleeing.’ is the lede)


def sole_body_of_noun(body_names: Iterable[tuple[int, str, list[str]]], word: str) -> str | None:
    """The one body's name among ``body_names`` (the start, the name and its words, as
    :meth:`~quotesearch.cast_bodies.CastBodies.body_names` gives them) that holds ``word`` (one of
    :data:`HEADLINE_BODY_NOUNS`) as a word, else None (none, or two: ‘Kingsmere Council’ and ‘Harbury Council’).

    >>> names = [(40, "Kingsmere Council", ["Kingsmere", "Council"]), (90, "Ann Lee", ["Ann", "Lee"])]
    >>> sole_body_of_noun(names, "Council"), sole_body_of_noun(names, "Police")
    ('Kingsmere Council', None)
    >>> sole_body_of_noun([*names, (120, "Harbury Council", ["Harbury", "Council"])], "Council") is None
    True
    """
    if word.lower() not in HEADLINE_BODY_NOUNS:
        return None
    found = {name for _, name, part in body_names if word in part}
    return found.pop() if len(found) == 1 else None
