"""One a quotation names as someone else: the words a pronoun's cue tags speak of a named person in
the third person and of the speaker in the first (‘“Ruth showed me how to weld,” she says’), so that
person is no one the pronoun stands for.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern

#: The speaker's own first person in a quotation (‘me’, ‘my’, ‘I’, ‘I’m’, ‘we’, ‘us’, ‘our’).
#:
#: >>> [bool(RE_FIRST_PERSON.search(t)) for t in ("Ruth showed me how", "I’m sure", "Ruth was right", "Imogen said")]
#: [True, True, False, False]
#:
#: Also opening a sentence (‘My teacher Ruth was strict’, ‘We owe Ruth’), never the country's "US".
#:
#: >>> [bool(RE_FIRST_PERSON.search(t)) for t in ("My teacher Ruth", "We owe Ruth", "US trade", "Our coach")]
#: [True, True, False, True]
RE_FIRST_PERSON = LazyPattern(r"(?<![\p{L}’'\-])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur)(?![\p{L}\-])")

#: A name said as one's own, never another's (‘I’m Ruth Vale’, ‘my name is Ruth’, ‘call me Ruth’,
#: ‘this is Ruth’), matched right before the name.
#:
#: >>> [bool(RE_OWN_NAME_BEFORE.search(t)) for t in ("Hi, I’m ", "my name is ", "call me ", "Ruth told me ")]
#: [True, True, True, False]
RE_OWN_NAME_BEFORE = LazyPattern(r"(?:\bI[’']m|\bI am|\bname is|\bname[’']s|\bcall me|\b[Tt]his is|\b[Ii]t[’']s) $")

#: A quotation's close right before a cue's pronoun, with the comma or mark it ends on (‘…,” she’).
#:
#: >>> bool(RE_CLOSE_BEFORE_CUE.search("“Ruth taught me that,” ")), bool(RE_CLOSE_BEFORE_CUE.search("Ruth said "))
#: (True, False)
RE_CLOSE_BEFORE_CUE = LazyPattern(r"[,!?…]\s?[”\"»] $")

#: Words that take a name as something sung, chanted, shouted or called out, not someone told of
#: (‘they chant Jamie Vardy’, ‘fans shouting “Vardy”’, ‘called me Jamie’), right before the name
#: with any inner mark and a few words of the chant between (guard, w94b).
#:
#: >>> [bool(RE_CHANTED_BEFORE.search(t)) for t in ("they sing ‘there’s only one ", "fans chanting ",
#: ...  "they called me ", "Ruth told me ")]
#: [True, True, True, False]
RE_CHANTED_BEFORE = LazyPattern(r"\b(?:sing|sings|sang|sung|singing|chant|chants|chanted|chanting|shout|shouts"
                                r"|shouted|shouting|yell|yelled|yelling|chorus|chorused|roar|roared|call(?:s|ed|ing)? me"
                                r"|named \p{Ll}+(?: \p{Ll}+)? after me)"
                                r" [‘'“\"]?(?:[\p{L}’'\-]+ ){0,4}$")

#: A quotation's inner mark opening a quotation within it (at a word's start) and one closing it (after
#: a word, before none): ‘ ’ or ' ' or “ ” (a contraction's ’, ‘there’s’, is neither).
RE_INNER_OPEN = LazyPattern(r"(?<![\p{L}\d])[‘'“\"](?=[\p{L}\d])")
RE_INNER_CLOSE = LazyPattern(r"(?<=[\p{L}\d.,!?])[’'”\"](?![\p{L}\d])")


def _inside_inner_quotation(words: str, at: int) -> bool:
    """The word at ``at`` of a quotation's ``words`` stands inside a quotation within it (‘“When they sing
    ‘there’s only one Jamie Vardy’ I …,”’): a chant, a title, words quoted, never one told of (guard, w94b).

    >>> w = "When they sing ‘there’s only one Jamie Vardy’ I still get goosebumps"
    >>> _inside_inner_quotation(w, w.index("Jamie")), _inside_inner_quotation(w, w.index("goose"))
    (True, False)
    >>> w = "a banner with ‘Jamie Ridge for England’ on it"
    >>> _inside_inner_quotation(w, w.index("Jamie")), _inside_inner_quotation(w, w.index("Ridge"))
    (True, True)
    """
    last_open = -1
    for m in RE_INNER_OPEN.finditer(words, 0, at + 1):  # (one past: the mark's look at the word)
        last_open = m.start()
    if last_open < 0:
        return False
    return RE_INNER_CLOSE.search(words, last_open + 1, at) is None


def _tagged_quotation(text: str, at: int) -> tuple[int, int] | None:
    """The span of the quotation whose close stands right before the cue word at ``at`` in its
    paragraph (‘“…,” she says’), else None."""
    if RE_CLOSE_BEFORE_CUE.search(text, max(0, at - 5), at) is None:
        return None
    close = at - 2  # (the closing mark, a space before the cue word)
    line = text.rfind("\n", 0, close) + 1
    opener = max(text.rfind("“", line, close), text.rfind("«", line, close), text.rfind("\"", line, close))
    return (opener + 1, close) if opener >= 0 else None


@functools.lru_cache(maxsize=256)
def _whole_word(part: str):
    """The pattern of ``part`` as a whole word (compiled once per word)."""
    return regex.compile(rf"(?<![\p{{L}}’'\-]){regex.escape(part)}(?![\p{{L}}\-])")


def quotation_names_another(text: str, at: int, name: str) -> bool:
    """The quotation the pronoun at ``at`` tags speaks in the first person and names ``name`` (by any
    word of it, whole) in the third: ``name`` is someone the speaker tells of, never the speaker.

    >>> t = "Kay studied under Ruth Vale. “Ruth taught me to weld,” she says."
    >>> quotation_names_another(t, t.index("she says"), "Ruth Vale")
    True
    >>> t = "Kay met Ruth Vale. “Hi, I’m Ruth, and I weld,” she says."
    >>> quotation_names_another(t, t.index("she says"), "Ruth Vale")
    False
    >>> t = "Kay met Ruth Vale. “Ruth was right,” she says."
    >>> quotation_names_another(t, t.index("she says"), "Ruth Vale")
    False
    """
    span = _tagged_quotation(text, at)
    if span is None:
        return False
    words = text[span[0]:span[1]]
    if RE_FIRST_PERSON.search(words) is None:
        return False
    for part in name.split():
        if len(part) < 3 or not part[:1].isupper():
            continue
        if part not in words:
            continue  # (the cheap part of every hit first: no compiling a pattern for a word not there)
        for hit in _whole_word(part).finditer(words):
            if RE_OWN_NAME_BEFORE.search(words, max(0, hit.start() - 12), hit.start()) is None \
                    and RE_CHANTED_BEFORE.search(words, max(0, hit.start() - 60), hit.start()) is None \
                    and not _inside_inner_quotation(words, hit.start()):
                return True  # (not a name sung or quoted within: ‘“When they sing ‘there’s only one Jamie
                # Vardy’ I still get goosebumps,” he said’ is Vardy's, guard w94b)
    return False
