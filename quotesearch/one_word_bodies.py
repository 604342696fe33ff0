"""A body named by one word as the subject of the sentence before a bare spokesperson's cue: what
tells it from a person so named (its kind written before it, here or where the article brought it in,
or "it" for it right after its verb),
and the whole of its name (a possessive that is part of it, a number after it).
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.body_words import BUSINESS_WORDS
from quotesearch.cast_namesakes import RE_SEX_PRONOUN
from quotesearch.mention_words import Mention
from quotesearch.name_parts import gender_of
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.speakers import Cast


#: A body's verb of speech right after its one-word name, then "it" for the body itself (‘ParcelPoint said
#: it was “disappointed”’, ‘Brevo confirmed that it had’): no person is "it" (w100b).
#:
#: >>> RE_SAID_IT.match(" said it was sorry") is not None, RE_SAID_IT.match(" confirmed that it had") is not None
#: (True, True)
#: >>> RE_SAID_IT.match(" said items were lost") is None, RE_SAID_IT.match(" said the firm was") is None
#: (True, True)
RE_SAID_IT = LazyPattern(r" (?:said|says|confirmed|insisted|maintained|added) (?:that )?it\b")

#: What the tokens leave off a one-word name that is part of it: a possessive that a shop's or a
#: firm's name ends in (‘Hadley’s said’), or a number (‘Channel 8 confirmed’), before the verb (w100b).
#:
#: >>> RE_ONE_WORD_NAME_TAIL.match("’s said").group(), RE_ONE_WORD_NAME_TAIL.match(" 8 confirmed").group()
#: ('’s', ' 8')
#: >>> RE_ONE_WORD_NAME_TAIL.match(" said") is None, RE_ONE_WORD_NAME_TAIL.match("’s chief said") is None
#: (True, True)
RE_ONE_WORD_NAME_TAIL = LazyPattern(r"(?:[’']s| \d{1,3})(?= \p{Ll}+(?:ed|id|ys|ld)\b| has\b| have\b|,)")


#: A person's pronoun (he/she and their forms, :data:`~quotesearch.cast_namesakes.RE_SEX_PRONOUN`): where
#: the words around a one-word name that only "it" after it tells for a body use one, the name may be a
#: performer's or a person's (guard w100b).
#:
#: >>> RE_PERSON_PRONOUN.search("hours before she was due") is not None, RE_PERSON_PRONOUN.search("the shelter was due") is None
#: (True, True)
RE_PERSON_PRONOUN = RE_SEX_PRONOUN


def body_kind_before(m: Mention) -> bool:
    """The words before the name ``m`` give a body's kind (‘Ticketing company Gatehouse’, ‘Broadcaster
    Channel 8’), so the name is a body's, never a person's (w100b).

    >>> body_kind_before(Mention(0, 9, "Gatehouse", "name", "Ticketing company")), body_kind_before(Mention(0, 5, "Price", "name", "Nurse"))
    (True, False)
    """
    return m.role is not None and m.role.split()[-1].lower() in BODY_NOUNS | BUSINESS_WORDS


#: Words for a firm's trade that may stand before its one-word name when the article brings it in, besides
#: a body's kinds (‘broadband provider NetHome’, ‘software maker Vexo’, w137g).
#:
#: >>> sorted(FIRM_TRADE_NOUNS)[:3]
#: ['chain', 'developer', 'maker']
FIRM_TRADE_NOUNS = frozenset("provider supplier maker manufacturer developer chain".split())


@functools.lru_cache(maxsize=64)
def _after_lower_word(name: str) -> regex.Pattern:
    """A lower-case word right before ``name`` (group 1), for :func:`kind_told_earlier`."""
    return regex.compile(r"\b(\p{Ll}+) " + regex.escape(name) + r"\b")


def kind_told_earlier(text: str, m: Mention) -> bool:
    """The article brought in the one-word name ``m`` earlier with a body's kind or a firm's trade in lower
    case right before it (‘… the chief executive of broadband provider NetHome …. NetHome blamed the storm’),
    so the name is a body's where it comes again bare (w137g).

    >>> t = "He wrote to broadband provider NetHome. NetHome blamed the storm."
    >>> kind_told_earlier(t, Mention(40, 47, "NetHome", "name"))
    True
    >>> t = "He wrote to his friend Kwamz. Kwamz blamed the storm."
    >>> kind_told_earlier(t, Mention(30, 35, "Kwamz", "name"))
    False
    """
    if text.find(" " + m.text, 0, m.start) < 0:
        return False  # (cheap: never written before after a word)
    first = _after_lower_word(m.text).search(text, 0, m.start)
    return first is not None and (first.group(1) in BODY_NOUNS or first.group(1) in BUSINESS_WORDS
                                  or first.group(1) in FIRM_TRADE_NOUNS)


def one_word_body(text: str, m: Mention, cast: Cast, around: tuple[tuple[int, int], ...] = ()) -> Mention | None:
    """The one-word name ``m``, a sentence's subject, as a body's, with what the tokens left off it
    (:data:`RE_ONE_WORD_NAME_TAIL`): when its kind is written before it (‘Ticketing company Gatehouse,
    which handled the sale, defended its system’, ‘Broadcaster Channel 8 confirmed’) or the sentence
    goes on with "it" for it (:data:`RE_SAID_IT`: ‘ParcelPoint said it was “disappointed”’), or the article
    brought it in with its kind or trade before it (:func:`kind_told_earlier`, w137g). Never a
    word in capitals (an acronym, left as written), a given name, nor the surname of someone the article
    names (‘Okafor said it was unfair’) (w100b).

    >>> t = "Ticketing company Gatehouse defended its system."
    >>> one_word_body(t, Mention(18, 27, "Gatehouse", "name", "Ticketing company"), Cast(t)).text
    'Gatehouse'
    >>> t = "Hadley’s said it was disappointed."
    >>> one_word_body(t, Mention(0, 6, "Hadley", "name"), Cast(t)).text
    'Hadley’s'
    >>> t = "Ruth Okafor, a nurse, spoke. Okafor said it was unfair."
    >>> one_word_body(t, Mention(29, 35, "Okafor", "name"), Cast(t)) is None
    True
    >>> t = "Gatehouse defended its system."
    >>> one_word_body(t, Mention(0, 9, "Gatehouse", "name"), Cast(t)) is None
    True

    With only "it" to tell it, never where the words ``around`` it (the quotation, the sentence before,
    its paragraph) use he or she: ‘The singer cancelled hours before she was due on stage. / Kwamz said it
    was “heartbreaking”. “She is resting,” a spokesperson said’ (guard w100b).

    >>> t = "The singer quit before she was due on stage. Kwamz said it was sad."
    >>> one_word_body(t, Mention(45, 50, "Kwamz", "name"), Cast(t), ((0, len(t)),)) is None
    True
    """
    word = m.text
    if m.kind != "name" or " " in word or word.isupper() or gender_of(word) is not None:
        return None
    known = cast.by_surname.get(word.lower())
    if known is not None and (known.gender is not None or known.titled or cast.roles_of(known)):
        return None  # (someone the article names by that surname, never a body it only quoted: ‘Brambleton said
        # it was “surprised”’ makes Brambleton a speaker, not a person)
    tail = RE_ONE_WORD_NAME_TAIL.match(text, m.end)
    end = tail.end() if tail is not None else m.end
    if not body_kind_before(m) and RE_SAID_IT.match(text, end) is None and not kind_told_earlier(text, m):
        return None
    if not body_kind_before(m) and any(RE_PERSON_PRONOUN.search(text, lo, hi) is not None for lo, hi in around):
        return None  # (only "it" tells it for a body, and he or she is about: a performer's or a person's one
        # name, ‘… before she was due on stage. / Kwamz said it was “heartbreaking” …’, left as written) (guard w100b)
    return Mention(m.start, end, text[m.start:end], "name", m.role)
