"""The pronoun a paragraph opens with: a "he" or "she" cue right after the quotation that follows a
paragraph's first sentence, which opens on the same pronoun, its subject, stands for whoever that first
pronoun stands for (‘She is also wary of the homes Elm Estates has promised. “We’ve heard it before,” she says.’
is the one "She" means, never Elm Estates, named after it), w101a.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.quoted_names import _whole_word

#: A paragraph's first sentence opening on "He" or "She" (group ``pronoun``), its subject, no quotation mark
#: in it (an apostrophe within a word is fine), then at once a quotation, closed, and the space before its
#: cue: matched against the span from the paragraph's start to the cue's pronoun. A sentence opening on
#: anything else (‘Brandt said she was hopeful.’, ‘Asked when she would stop, Lund paused.’), one quoting
#: words, or a second sentence before the quotation does not match.
#:
#: >>> [bool(RE_PRONOUN_SENTENCE_THEN_QUOTE.fullmatch(t)) for t in (
#: ...     "She is wary of the homes Elm Estates has promised. “We’ve heard it before,” ",
#: ...     "She laughs when this is read back to her. ‘That’s about right,’ ",
#: ...     "What will he do next? “Fish,” ",
#: ...     "Roe said she was hopeful. “We’ll see,” ",
#: ...     "Elm Estates has promised homes. “We’ve heard it before,” ",
#: ...     "She met Ann Roe. Roe was late. “Sorry,” ",
#: ...     "She called it “odd”. “Very odd,” ")]
#: [True, True, False, False, False, False, False]
RE_PRONOUN_SENTENCE_THEN_QUOTE = LazyPattern(
    r"(?P<pronoun>She|He)\b(?:[^\n“”\"‘’«».!?]|’(?=\p{L}))*[.?!]"
    r"\s+[“\"‘][^\n“”\"]*?[,?!—][”\"’]\s+")


#: A passive verb with "by" and a name, first and last at least, after it (‘was cross-examined by Sarah
#: Kent KC’, ‘was cut short by Judge Peter Lane’): the opening sentence hands the floor to the one named,
#: who may well speak next, so its pronoun is no chain to the cue's, w101a guard.
#:
#: >>> [bool(RE_PASSIVE_BY_NAME.search(t)) for t in ("She was cross-examined by Sarah Kent KC, for the defence.",
#: ...     "He was cut short by Judge Peter Lane.", "She was moved by the news.", "He was cleared by the Court of Appeal.",
#: ...     "She stood by Ann Roe.")]
#: [True, True, False, False, False]
RE_PASSIVE_BY_NAME = LazyPattern(
    r"\b(?:was|were|been|being) (?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]* by (?:(?:the|a|an) )?"
    r"(?:\p{Ll}[\p{Ll}\-]* ){0,2}(?:\p{Lu}[\p{Ll}’'\-]+\.? )*?\p{Lu}[\p{Ll}’'\-]+ \p{Lu}[\p{Ll}’'\-]+\b")

#: A name one is addressed by inside a quotation (group ``name``, its last word): a title and a capitalised
#: word, set off by a comma or the quotation's opening and followed by a stop, a comma or the close
#: (‘I have heard enough, Mr Hill,’).
#:
#: >>> [m.group("name") for m in RE_VOCATIVE.finditer("“I have heard enough, Mr Hill,” ")]
#: ['Hill']
#: >>> RE_VOCATIVE.search("“I told Mr Hill so,” ") is None
#: True
RE_VOCATIVE = LazyPattern(
    r"(?:, |[“\"‘])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Judge|Professor|Councillor|Officer|Sergeant|Detective)\.? "
    r"(?P<name>\p{Lu}[\p{Ll}’'\-]+)(?=[,.!?;]|[”\"’])")


def opening_pronoun_at(text: str, at: int, word: str) -> int | None:
    """Where the pronoun of the paragraph's first sentence stands, when the cue pronoun ``word`` at ``at``
    follows the quotation right after that sentence and is the same pronoun; else None.

    >>> t = "Intro.\\n\\nShe laughs at that. ‘True,’ she says."
    >>> opening_pronoun_at(t, t.rindex("she"), "she")
    8
    >>> opening_pronoun_at(t, t.rindex("she"), "he") is None
    True

    The passive-by guard reads the first sentence only, to its first stop, and a name addressed counts only
    as a whole word before (‘Hillside’ is no ‘Hill’) (tidy55):

    >>> t = "Intro.\\n\\nHe sat down. “It was cut short by Judge Peter Lane! Fine,” he said."
    >>> opening_pronoun_at(t, t.rindex("he said"), "he")
    8
    >>> t = "Hillside Road was shut.\\n\\nHe was angry. “I have heard enough, Mr Hill,” he said."
    >>> opening_pronoun_at(t, t.rindex("he said"), "he")
    25
    """
    here = text.rfind("\n", 0, at) + 1
    if at - here > 400 or text[here:here + 1] in "“\"‘'«":
        return None
    m = RE_PRONOUN_SENTENCE_THEN_QUOTE.fullmatch(text, here, at)
    if m is None or m.group("pronoun").lower() != word.lower():
        return None
    first = text[m.start("pronoun"):m.end()]
    stop = min((i for i in (first.find(". "), first.find("? "), first.find("! ")) if i >= 0), default=-1)
    if RE_PASSIVE_BY_NAME.search(first[:stop + 1] if stop >= 0 else first) is not None:
        return None  # (‘He was cut short by Judge Peter Lane. “…,” he said’: the one named after "by" may speak)
    if any(_whole_word(v.group("name")).search(text, 0, here) is not None
           for v in RE_VOCATIVE.finditer(text, m.start("pronoun"), at)):
        return None  # (the quotation addresses one named before by name: ‘Defence counsel Mark Hill …. / He was
        # …. “I have heard enough, Mr Hill,” he said’ is never Hill's own)
    return m.start("pronoun")
