"""(w104f) A heading's one word in single marks that the body gives again, that word and no more, as a
fragment of a named speaker's reported speech in one sentence: ‘Chief says province ‘ignored’ treaty’ /
‘The chief … says the province “ignored” its duty to consult’; ‘Minister vows to hold until inflation
‘firmly’ down’ / ‘Ekinci said the plan would hold until inflation falls “firmly” into single digits’.

:func:`quotesearch.heading_single_echoes.heading_single_said_again` takes a heading's words back when the
body gives them as a verdict of a set shape (‘called it “…”’, ‘said it was “…”’). This is a wider shape:
the body's quotation sits inside the clause a cue of the same sentence reports (the cue before it, after
it, or the sentence's subject saying it), and is one lower-case word, a piece of what was said, after a
word of its own clause (a noun or a verb: ‘the province “ignored”’, ‘falls “firmly”’). Never two words or
more (as often a term the speaker names: ‘said it had shown “graphic scenes”’), nor a word after an
article, a preposition, a copula, a modal or a participle (‘was in “drought”’, ‘the planned “megafarm”’,
‘was “possible”’: the stricter shapes judge those), nor a term the sentence names (‘so-called’, ‘the
word’, ‘what it calls’), nor a word the clause denies (‘was not “reckless”’) or a denial (‘“no proof”’),
nor a word before a noun of its own (a term the speaker uses: ‘said “phishing” emails had risen’), nor a
cue a paragraph away (the speaker must be tied to the words, not just near them).
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found
from quotesearch.lexicon import LazyPattern
from quotesearch.quote_spans import Span
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.titles import RE_WORD

#: The rules of a body's speaker that tie the words to them in their own sentence: a cue before or after
#: the marks, in the sentence, or its subject saying them (never a cue found a paragraph away, a pronoun's
#: chain or a block's speaker).
#:
#: >>> sorted(REPORTED_IN_SENTENCE_RULES)
#: ['cue-after', 'cue-before', 'cue-in-sentence', 'subject']
REPORTED_IN_SENTENCE_RULES = frozenset("cue-before cue-in-sentence cue-after subject".split())


#: (guard) Words right before the body's marks that name a term, not give a judgement: ‘so-called “’,
#: ‘the word “’, ‘what it calls “’, ‘known as “’, ‘dubbed “’.
#:
#: >>> bool(RE_TERM_NAMED_BEFORE.search("a rise in so-called “")), bool(RE_TERM_NAMED_BEFORE.search("she had used the word “"))
#: (True, True)
#: >>> bool(RE_TERM_NAMED_BEFORE.search("what the firm calls “")), bool(RE_TERM_NAMED_BEFORE.search("said there was “"))
#: (True, False)
RE_TERM_NAMED_BEFORE = LazyPattern(r"(?i:so-called|so called|(?:the|a) (?:word|words|term|phrase|label|name|slogan|hashtag|"
                                   r"nickname|expression)|known as|dubbed|nicknamed|termed|referred to as|"
                                   r"(?:what|which) (?:\p{L}+ ){0,3}(?:calls?|called|terms?|termed|dubs?|dubbed|describes?|described))"
                                   r"\s*[“\"‘']$")


#: (guard) A word of denying right before the body's marks, past at most an article: the clause says the
#: words are not so (‘said the offer was not “insulting”’, ‘was never a “cover-up”’).
#:
#: >>> bool(RE_DENIED_RIGHT_BEFORE.search("said it was not a “")), bool(RE_DENIED_RIGHT_BEFORE.search("will not include a sugar “"))
#: (True, False)
#: >>> bool(RE_DENIED_RIGHT_BEFORE.search("said the offer wasn’t “")), bool(RE_DENIED_RIGHT_BEFORE.search("a cannot “"))
#: (True, False)
RE_DENIED_RIGHT_BEFORE = LazyPattern(r"(?:(?<![\p{L}’'])(?i:not|never|no longer|hardly)|(?i:n[’']t))(?: (?:an?|the|so|at all))?\s*[“\"‘']$")


#: (guard) Words of denying that a body's quotation may open on (‘“no proof”’, ‘“not fit for purpose”’).
#:
#: >>> "no" in DENYING_OPENERS, "serious" in DENYING_OPENERS
#: (True, False)
DENYING_OPENERS = frozenset("no not never nothing none nobody".split())


#: A lower-case word of weight right after the body's closing mark (its group 1): the quoted words may modify
#: it (‘“phishing” emails’). Function words, prepositions and joins after the marks are no noun.
#:
#: >>> RE_NOUN_AFTER_MARKS.match("” returns, he said").group(1), RE_NOUN_AFTER_MARKS.match(", he said")
#: ('returns', None)
RE_NOUN_AFTER_MARKS = LazyPattern(r"[”\"’']?[ \t]+(\p{Ll}[\p{L}\-’']*)")

#: Words after the body's marks that are no noun the words modify (‘“firmly” into single digits’).
#:
#: >>> "into" in NOT_A_NOUN_AFTER, "emails" in NOT_A_NOUN_AFTER
#: (True, False)
NOT_A_NOUN_AFTER = frozenset("a an the and or but nor of in on at to into onto for from by with without as than that "
                             "which who whom whose when where while if because after before since until unless over "
                             "under about across against among amongst between within through towards toward upon "
                             "like near beyond off out up down too again ever enough is was are were be been being "
                             "has have had will would could should may might must can shall do does did it its this "
                             "these those their his her our your my any some all both each every no not so".split())


#: A relative clause with a verb of its own that says or finds, right before the marks: the words are that
#: clause's subject's, never the sentence's speaker's (‘a report, which found staff “neglected” …’).
#:
#: >>> bool(RE_CLAUSE_OF_ITS_OWN.search("said a report, which found staff “")), bool(RE_CLAUSE_OF_ITS_OWN.search("said the plan “"))
#: (True, False)
RE_CLAUSE_OF_ITS_OWN = LazyPattern(
    r"\b(?:which|that|who)\s+(?:\S+\s+){0,2}?(?:found|finds|said|says|concluded|ruled|described|called|told|claimed|"
    r"alleged|stated|warned)\b[^.!?]*$")


def reported_in_sentence(text: str, body: Span, found: Found) -> bool:
    """A body's quotation that a cue of its own sentence gives to its speaker (:data:`REPORTED_IN_SENTENCE_RULES`),
    opening on a lower-case word inside that sentence: a fragment of what the speaker said (module doc), with
    the guards there.

    >>> from quotesearch.quotes import find_spans
    >>> t = "Ekinci said the programme would hold until inflation falls “firmly” into single digits."
    >>> reported_in_sentence(t, find_spans(t)[0], Found(None, None, "cue-before", "said"))
    True
    >>> t = "Det Insp Jo Bell said “phishing” emails had risen."
    >>> reported_in_sentence(t, find_spans(t)[0], Found(None, None, "cue-before", "said"))
    False
    >>> t = "Ann Lee said the offer was not “insulting”."
    >>> reported_in_sentence(t, find_spans(t)[0], Found(None, None, "cue-before", "said"))
    False
    """
    if found.rule not in REPORTED_IN_SENTENCE_RULES or body.close_end is None:
        return False
    inner = text[body.start:body.end]
    words = RE_WORD.findall(inner.lower())
    if not words or not inner.lstrip()[:1].islower():
        return False  # (a sentence of its own, or a name in its capitals)
    if words[0] in DENYING_OPENERS:
        return False  # (guard: words that deny, ‘he had “no proof”’: an admission or a charge put to the
        # speaker, whose holder a heading leaves unsure)
    lead = text[max(body.para_start, body.open_at - 60):body.open_at + 1]
    if RE_TERM_NAMED_BEFORE.search(lead) is not None or RE_DENIED_RIGHT_BEFORE.search(lead) is not None:
        return False
    if len(words) != 1:
        return False  # (guard: two words or more in a said clause are as often a term the speaker names,
        # ‘said it had shown “graphic scenes”’, ‘the “gig economy” had left couriers …’)
    before = RE_WORD.findall(text[max(body.para_start, body.open_at - 30):body.open_at].lower())[-1:]
    if not before or before[0] in NOT_A_NOUN_AFTER or before[0].endswith("ed"):
        return False  # (guard: a word after an article, a preposition, a copula or a participle is a term or
        # a verdict the stricter shapes judge: ‘was in “drought”’, ‘the planned “megafarm”’, ‘was “possible”’)
    if before[0] in SPEECH_VERBS:
        return False  # (guard: right after the cue the words are its object or subject, as often a title:
        # ‘Swift said “folklore” was written in lockdown’, review rv_w104f)
    if RE_CLAUSE_OF_ITS_OWN.search(lead) is not None:
        return False  # (guard: a relative clause with its own verb of saying or finding holds the words:
        # ‘Hart said a report, which found staff “neglected” residents, …’ are the report's, review rv_w104f)
    nxt = RE_NOUN_AFTER_MARKS.match(text, body.close_end)
    if nxt is not None and nxt.group(1).lower() not in NOT_A_NOUN_AFTER:
        return False  # (guard: the one word before a noun of its own, a term the speaker uses)
    return True
