"""Answers to the writer's own question about someone: a profile's question put in the third person,
whose answer is the quotation right after it (‘Does he accept any responsibility himself? ‘Of course.
We borrowed to build.’’ is the words of the one "he" stands for).
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.quote_spans import Span
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speakers import Cast


#: A question of the writer's about someone, asked in the third person with the auxiliary first, that
#: ends right before a quotation opens (the pronoun, group 1): ‘Does he accept any responsibility? ’,
#: ‘Why did she leave? ’, ‘Would they do it again? ’. The question opens its sentence (after a stop or
#: the paragraph's start), holds no quotation mark of its own and asks of "he", "she" or "they".
#:
#: >>> RE_THIRD_PERSON_QUESTION.search("He smiles. Does he accept any responsibility himself? ").group(1)
#: 'he'
#: >>> RE_THIRD_PERSON_QUESTION.search("Why did she leave the band in 2009? ").group(1)
#: 'she'
#: >>> RE_THIRD_PERSON_QUESTION.search("Did the council know? ") is None, RE_THIRD_PERSON_QUESTION.search("Does he? I asked. ") is None
#: (True, True)
RE_THIRD_PERSON_QUESTION = LazyPattern(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…][’”'\"]\s))(?:(?:Why|How|What|When|Where|So|And|But) )?"
    r"(?:does|did|do|is|was|were|are|will|would|has|have|had|can|could|should|might)"
    r"(?:n[’']t)? (he|she|they) [^.?!\n“”\"‘’]{1,160}\?[ \t]*$", regex.I | regex.M)


def third_person_answer(text: str, sp: Span, cast: Cast) -> Found | None:
    """The one a third-person question right before the quotation asks about, in the same paragraph
    (‘Does he accept any responsibility himself? ‘Of course. …’’): whoever the pronoun stands for, named
    in full; None when the question is no such question, the quotation is itself a question (a second
    question is the writer's too), or the pronoun stands for no one named."""
    if sp.continued or sp.open_at <= sp.para_start or text[sp.open_at - 1] not in " \t" \
            or text[sp.open_at - 2] != "?" or text[sp.start:sp.end].rstrip().endswith("?"):
        return None  # (cheap: the quotation opens right after a question mark and a space)
    lo = max(sp.para_start, sp.open_at - 200)
    asked = RE_THIRD_PERSON_QUESTION.search(text, lo, sp.open_at)
    if asked is None:
        return None
    position, cast.position = cast.position, asked.start(1)
    person, how = cast.resolve(Mention(asked.start(1), asked.end(1), asked.group(1), "pronoun"))
    cast.position = position
    if person is None or how != "pronoun" or person.kind != "name" or " " not in person.name:
        return None
    if RE_SAME_PRONOUN[asked.group(1).lower()].search(text, sp.start, sp.end):
        return None  # (the quotation speaks of the one asked about: ‘Should he go? “No. He still …”’; guard, review rv-w97c)
    if not _only_subject_named(text, sp, cast, person, asked.start()):
        return None  # (another is named too: ‘X backed Y …. Should he be sacked? “…”’ is X's or no one's)
    return Found(None, person, "question-answer", None, "pronoun")


#: The question's pronoun (or its other forms) inside the quotation: the quotation speaks about that person.
#:
#: >>> bool(RE_SAME_PRONOUN["he"].search("No. He still has my backing.")), bool(RE_SAME_PRONOUN["she"].search("No. He still"))
#: (True, False)
#: >>> RE_SAME_PRONOUN["they"].search("Give them time.").group()
#: 'them'
RE_SAME_PRONOUN = {
    "he": LazyPattern(r"\b(?:he|him|his|himself)\b", regex.I),
    "she": LazyPattern(r"\b(?:she|her|hers|herself)\b", regex.I),
    "they": LazyPattern(r"\b(?:they|them|their|themselves)\b", regex.I),
}


@functools.lru_cache(maxsize=256)
def _re_whole_word(word: str):
    """The pattern of ``word`` written as a whole word: not inside a longer word, nor after an apostrophe
    or a hyphen (‘Price’ in ‘Price said’, never in ‘Prices’ or ‘O’Price’), compiled once per word.

    >>> [m.start() for m in _re_whole_word("Price").finditer("Price met Prices and Ann-Price; Price.")]
    [0, 32]
    """
    return regex.compile(r"(?<![\w’'-])" + regex.escape(word) + r"(?![\w-])")


def _only_subject_named(text: str, sp: Span, cast: Cast, person, asked_at: int) -> bool:
    """The one the pronoun stands for is the only person named (in full, or by a name of theirs) in the
    paragraph before the question's and in the question's own up to the question, and where named there
    the last time, a sentence's subject: never set off after a comma (‘… knew the victim, Martin Price.’)
    nor after a word in lower case in its sentence (‘… backed manager Phil Gray’)."""
    lo = sp.para_start
    paras = [s for s, e in cast.paras if s < sp.para_start] if cast.paras else []
    if paras:
        lo = paras[-1]
    window = text[lo:asked_at]
    people = {id(p): p for p in cast.by_surname.values()}
    for kin in cast.namesakes.values():
        people.update((id(p), p) for p in kin)
    last = None
    own_words = person.name.split()
    own_set = set(own_words)
    for p in people.values():
        if p.kind != "name" or p.placelike or (p is not person and (is_organisation(p.name.split()) or (
                set(p.name.split()) & own_set and p.gender is None and not p.titled
                and not p.spoke and gender_of(p.name.split()[0]) is None))):
            continue  # (‘Harold Venn built Venn Logistics’: a company of his is no other person)
        spots = [a for a, _ in p.spots if lo <= a < asked_at]
        words = [w for w in p.name.split() if len(w) > 2 and w[:1].isupper()
                 and (p is person or w not in own_words)]
        for w in words:
            if w not in window:
                continue  # (cheap: the word is not written there at all)
            spots += [lo + m.start() for m in _re_whole_word(w).finditer(window)]
        if not spots:
            continue
        if p is not person and p.name != person.name:
            return False
        last = max(spots) if last is None else max(last, max(spots))
    if last is None:
        return True  # (named before the paragraph: the pronoun's chain stands)
    start = max(text.rfind(c, lo, last) for c in (".", "!", "?", "\n", ":"))
    before = text[max(start + 1, lo):last].strip()
    if before.endswith(","):
        return False
    return not any(w in NOT_SUBJECT_WORDS or (w.endswith("ed") and w not in ROLE_NOUNS and w not in DESCRIPTION_NOUNS)
                   for w in before.split() if w.isalpha() and w.islower())


#: Words before a name in its sentence that make it no subject (an object's verb or preposition):
#: ‘… knew Martin Price’, ‘… backed by Phil Gray’.
#:
#: >>> "knew" in NOT_SUBJECT_WORDS, "said" in NOT_SUBJECT_WORDS
#: (True, False)
NOT_SUBJECT_WORDS = frozenset("of to for with about by from against on at in into after behind over under between "
                              "than like met meets knew knows saw sees told tells asked asks beat beats hit hits "
                              "and or".split())
