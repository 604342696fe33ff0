"""A headline's or a deck's words in single marks, left out as quotations, that one named speaker of the
body says again.

Where an article quotes in double marks, a headline's single marks are kept as a quotation only when the
line's own shape shows speech (:func:`quotesearch.quotes.find_spans`): a label, a cue, a verdict the body
characterises. The rest are left out, as a term or a title may be (‘Police warn of ‘phishing’ scam’). Yet
most are the words of the one person or body the body names saying them: ‘Auditors find ‘serious failings’
in …’ / ‘… showed “serious failings”, the National Audit Office said’; ‘Conductor halts concert over
‘relentless’ phone filming’ / ‘Rennick called the filming “relentless”’. Once the body's quotations have
their speakers, this pass takes those words back as a quotation of that speaker: the same words said
again exactly, as a whole quotation of the body (never only inside a longer one, save the first of two
verdicts joined by "and": ‘‘vile’’ / ‘were “vile and deeply misogynistic”’), given as the speaker's
verdict (‘described it as a “…”’, a verdict's lead), by one named speaker and no other, never a speaker
the line names as its target (‘Fans accuse Ashdown of ‘asset stripping’’). Never a line in Title Case, a
name or a title in capitals, words after a verb of denying, nor a one-word term before its noun.
A heading's sentence may also be said again as a sentence of its own (‘‘Depart to where?’ Refugees …’ /
‘“Depart to where?” he asks.’). The words may also be a fragment of what the speaker said, tied to them
by a cue of their own sentence (:func:`quotesearch.heading_reported_words.reported_in_sentence`, w104f).
Words of two or more, even a heading's words first left as a scare quote, may also be a piece of a longer
sentence the speaker says, a cue of its own sentence tying it to them, as their verdict after a copula or
a clause of their own (‘Brewery boss warns of ‘lean year’’ / ‘“This will be a lean year, …,” said …’),
unless the writer uses them unmarked too (:func:`_said_inside`, w136e).
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found, OPENING_MARKS, sentence_ends
from quotesearch.heading_echoes import NAMED_KINDS, _verdict_of_clause
from quotesearch.headline_words import heading_paragraphs
from quotesearch.headline_verdicts import (
    RE_NAMING_BEFORE_VERDICT, RE_VERDICT_VERB_BEFORE, SAID_ALONE_LEAD_REACH, _title_cased, _work_beside,
)
from quotesearch.headline_words import headline_term, title_case_headline
from quotesearch.heading_reported_words import reported_in_sentence
from quotesearch.quote_kinds import kind_of
from quotesearch.quote_marks import SINGLE, scan_marks
from quotesearch.quote_spans import Span, _pair
from quotesearch.relations import _only_one
from quotesearch.lexicon import LazyPattern
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.titles import RE_WORD

#: The single marks a heading's left-out words may stand in (straight or curly).
SINGLE_OPENERS = frozenset("‘'")


#: (guard) A verb of denying right before a heading's marks: the words are a charge the line's subject
#: rejects, whoever says them below (‘Bosses deny ‘greedflation’’, ‘Club rejects ‘cover-up’ claim’).
#:
#: >>> bool(RE_DENIED_BEFORE.search("Supermarket bosses deny ")), bool(RE_DENIED_BEFORE.search("Council warns of "))
#: (True, False)
RE_DENIED_BEFORE = LazyPattern(r"\b(?i:deny|denies|denied|denying|rejects?|rejected|dismiss(?:es|ed)?|refutes?|refuted|"
                               r"disputes?|disputed)\s+(?:\p{L}+\s+){0,2}$")


def _compound_term(words: list[str], body: list[str], line: str, hi: int) -> bool:
    """(guard) A heading's one word that the body's quotation writes before the same noun the line does,
    never as its clause's verdict: a term the speaker uses, not a verdict of theirs (‘two years of
    ‘estimated’ bills’ / ‘Estimated bills are meant to be the exception’; never ‘‘cowardly’ attack’ / ‘This
    was a cowardly attack’).

    >>> _compound_term(["estimated"], "estimated bills are meant to be rare".split(), "years of ‘estimated’ bills", 21)
    True
    >>> _compound_term(["cowardly"], "this was a cowardly attack".split(), "after ‘cowardly’ attack", 16)
    False
    """
    if len(words) != 1:
        return False
    nxt = RE_WORD.findall(line[hi:].lower())[:1]
    at = [k for k in range(len(body) - 1) if body[k] == words[0]]
    return bool(nxt) and any(body[k + 1] == nxt[0] for k in at) and not any(_verdict_of_clause(body, k) for k in at)


#: A verb of characterising and its object, then "as" and at most an article, right before the body's marks:
#: a verdict the speaker puts on a thing (‘described the trip as a “’, ‘describing the measures as “’,
#: ‘rejected as “’), a shape :data:`RE_VERDICT_VERB_BEFORE` leaves to its article-free form.
#:
#: >>> bool(RE_CHARACTERISED_AS.search("the union described the trip as a “")), bool(RE_CHARACTERISED_AS.search("she rejected as “"))
#: (True, True)
#: >>> bool(RE_CHARACTERISED_AS.search("he said the plan was “")), bool(RE_CHARACTERISED_AS.search("such as “"))
#: (False, False)
RE_CHARACTERISED_AS = LazyPattern(r"(?<![\p{L}\-])(?:described|describes|describing|branded|branding|labelled|labeled|labelling|"
                                  r"rejected|rejecting|dismissed|dismissing|condemned|condemning)"
                                  r"(?: [\p{L}\p{M}’'\-]+){0,5}? as (?:an? |the )?[“\"‘']$")


#: (w98a) A copula right before the body's marks, with at most two softening words between, after no word
#: of denying: the one word in the marks is the verdict of the speaker's clause (‘said the filming had been
#: “relentless”’, ‘said he remains “confident”’); never a term after a preposition or an article (‘was in
#: “drought”’, ‘was not a “witch hunt”’).
#:
#: >>> bool(RE_COPULA_VERDICT_BEFORE.search("said the filming had been “")), bool(RE_COPULA_VERDICT_BEFORE.search("he said he remains “"))
#: (True, True)
#: >>> bool(RE_COPULA_VERDICT_BEFORE.search("said the economy was in “")), bool(RE_COPULA_VERDICT_BEFORE.search("said it was not “"))
#: (False, False)
RE_COPULA_VERDICT_BEFORE = LazyPattern(r"(?<![\p{L}’'])(?:is|was|are|were|been|remains?|remained|felt|feels?|seemed|seems?)"
                                       r"(?: (?:so|just|really|absolutely|totally|utterly|quite|very|simply|still|now)){0,2}"
                                       r" [“\"‘']$")

#: (guard) Words of denying a few words before a copula verdict (‘said it had never been “reckless”’).
COPULA_DENIALS = frozenset("not never no nothing hardly isn wasn aren weren n’t n't".split())


#: (guard, review rv_w98a) Words that may follow a term's or a verdict's closing mark without making the word
#: a modifier of the noun after it: function words, prepositions, conjunctions (‘was “proud” of her side’,
#: ‘felt so “relieved” when …’, ‘was still “confident” an agreement could …’).
COPULA_FOLLOWERS = FUNCTION_WORDS | frozenset("during through towards toward against between within among amongst than upon "
                                              "like near beyond off out up down too again ever enough overall once".split())

#: (guard, review rv_w98a) A hedge straight after the body's closing mark: the word is a label the speaker
#: holds at arm's length, never their verdict (‘were “green” in name only’, ‘“smart” only in the sense that’).
RE_COPULA_HEDGE_AFTER = LazyPattern(r"^[”\"’']?\s*,?\s*(?i:in name only|only in (?:the|a) sense|only in name|so-called|in places|in parts|in part|"
                                    r"on paper|of sorts|in a sense|in some ways|"
                                    r"in (?:inverted commas|quotation marks|quotes)|as it were)\b")

#: (guard, review rv_w98a) Between the saying verb and the copula: a word of denying (‘said that no one …
#: believed a reunion was “possible”’, ‘said it was no longer “viable”’) or a verb of believing or claiming,
#: whose subject, not the speaker, holds the verdict.
RE_COPULA_OTHER_HOLDER = LazyPattern(r"(?<![\p{L}’'])(?i:not|never|no one|no-one|nobody|none|no longer|nothing|hardly|"
                                     r"believed?|believes|believing|thought|thinks?|argued?|argues|claimed|claims?|"
                                     r"feared|fears|insisted|insists|suggested|suggests|alleged|alleges|assumed|"
                                     r"expected|imagined)(?![\p{L}’'])|n[’']t(?![\p{L}])")

#: The saying verb that opens the speaker's clause before the copula.
RE_COPULA_SAYING = LazyPattern(r"(?<![\p{L}’'])(?i:said|says|say|told|tells|added|adds|insisted|stressed|admitted|"
                               r"explained|warned|argued|claimed)(?![\p{L}’'])")

#: The speaker's own pronouns as a "that" clause's subject (‘said that she was still “confident”’).
COPULA_OWN_SUBJECTS = frozenset("he she i we it".split())


def _copula_verdict_alone(text: str, body: Span, before: str, head: Span | None = None) -> bool:
    """(w98a) A body's quotation of one word that is the verdict its clause's copula gives
    (:data:`RE_COPULA_VERDICT_BEFORE`), with no word of denying among the four before it
    (:data:`COPULA_DENIALS`): the speaker's own judgement (‘had been “relentless” from the opening bars’).
    Guards (review rv_w98a), refusing a scare quote, a term, a title or a belief the speaker denies:
    (a) the body's closing mark followed straight by a word of weight (a noun after a term, ‘were “zombie”
    properties’) or a hedge (:data:`RE_COPULA_HEDGE_AFTER`); (b) the heading's word followed in its line by
    a word of weight (‘‘smart’ meters’); (c) the heading's word capitalised past the line's first word, or
    in another case than the body's (‘Artist's ‘Untitled’ sells’ / ‘was “untitled”’); (d) from the saying
    verb to the copula a denial, a verb of believing or claiming, or a "that" clause whose subject is not
    the speaker's own pronoun (:data:`RE_COPULA_OTHER_HOLDER`).

    >>> from quotesearch.quotes import find_spans
    >>> t = "Ann Lee said the filming had been “relentless”."
    >>> _copula_verdict_alone(t, find_spans(t)[0], t[:find_spans(t)[0].open_at + 1])
    True
    >>> t = "Tom Heald said it had never been “reckless”."
    >>> _copula_verdict_alone(t, find_spans(t)[0], t[:find_spans(t)[0].open_at + 1])
    False
    >>> t = "Ann Lee said the units were “zombie” properties."
    >>> _copula_verdict_alone(t, find_spans(t)[0], t[:find_spans(t)[0].open_at + 1])
    False
    >>> t = "Ann Lee said that nobody believed it was “possible”."
    >>> _copula_verdict_alone(t, find_spans(t)[0], t[:find_spans(t)[0].open_at + 1])
    False
    """
    inner = text[body.start:body.end]
    if len(RE_WORD.findall(inner)) != 1 or not inner.lstrip()[:1].islower():
        return False  # (guard: a name in its capital, ‘said the new phone was “Nova”’)
    verdict = RE_COPULA_VERDICT_BEFORE.search(before)
    if verdict is None:
        return False
    near = RE_WORD.findall(before.lower())[-5:-1]
    if any(w in COPULA_DENIALS for w in near):
        return False
    # (a) after the body's closing mark: a hedge, or a word of weight the word modifies
    after = text[body.close_end if body.close_end is not None else body.end:][:60]
    if RE_COPULA_HEDGE_AFTER.search(after) is not None:
        return False
    if _weighty_next(after):
        return False
    # (d) from the saying verb to the copula
    said = list(RE_COPULA_SAYING.finditer(before, 0, verdict.start()))
    between = before[said[-1].end() if said else 0:verdict.start()]
    if RE_COPULA_OTHER_HOLDER.search(between) is not None:
        return False
    that = [m.end() for m in regex.finditer(r"(?<![\p{L}’'])that\s+", between, regex.I)]
    if that:
        subject = RE_WORD.findall(between[that[-1]:])[:1]
        if not subject or subject[0].lower() not in COPULA_OWN_SUBJECTS:
            return False
    if head is not None:
        hword = text[head.start:head.end].strip()
        line = text[head.para_start:head.open_at]
        first = not RE_WORD.findall(line)
        # (b) the heading's word before a word of weight in its line, unless that noun is the very subject the
        # body's copula judges (‘‘relentless’ phone filming’ / ‘said the filming had been “relentless”’)
        head_after = text[head.close_end if head.close_end is not None else head.end:head.para_end]
        if _weighty_next(head_after[:60]) and not _same_subject(head_after, before[:verdict.start()]):
            return False
        # (c) the heading's word capitalised past the line's first word, or in another case than the body's
        bword = inner.strip()
        if hword != bword and not (first and hword == bword[:1].upper() + bword[1:]):
            return False
    return True


#: Auxiliaries and adverbs between a copula's subject and the copula (‘the filming had been’).
COPULA_AUXILIARIES = frozenset("had has have would could will may might must should can shall did does do always "
                               "also now still then ever already clearly certainly".split())


def _same_subject(head_after: str, lead: str) -> bool:
    """(guard b) The noun a heading's word modifies in its line (the last of the words of weight after its
    marks) is the subject the body's copula judges, the word before the copula and its auxiliaries.

    >>> _same_subject(" phone filming", "said the filming had"), _same_subject(" turbines", "said the older machines")
    (True, False)
    """
    nouns = []
    for w in RE_WORD.findall(head_after):
        if not w[:1].islower() or w.lower() in COPULA_FOLLOWERS:
            break
        nouns.append(w.lower())
    words = [w.lower() for w in RE_WORD.findall(lead)]
    while words and words[-1] in COPULA_AUXILIARIES:
        words.pop()
    return bool(nouns) and bool(words) and words[-1].rstrip("s") == nouns[-1].rstrip("s")


def _weighty_next(after: str) -> bool:
    """(guard) Text right after a closing mark that opens, past a space, on a lower-case word of weight (not
    a function word, a preposition or a conjunction, :data:`COPULA_FOLLOWERS`): the quoted word modifies it.

    >>> _weighty_next(" properties owned by"), _weighty_next(" of her side"), _weighty_next(", he said")
    (True, False, False)
    """
    m = regex.match(r"[”\"’']?[ \t]+([\p{Ll}][\p{L}\-’']*)", after)
    return m is not None and m.group(1).lower() not in COPULA_FOLLOWERS


def _judged_alone(text: str, body: Span, head: Span | None = None) -> bool:
    """A body's quotation that is a verdict its speaker gives, no more: after a verdict's lead (‘said the
    levels were “critically low”’, :func:`quotesearch.quotes._echo_reported`, ending its clause) or a verb of characterising
    (‘called the filming “relentless”’, :data:`RE_VERDICT_VERB_BEFORE`), no name given; never a term the
    sentence uses (‘the planned “megafarm”’, ‘was in “drought”’, ‘turn to “scripture”’).

    >>> from quotesearch.quotes import find_spans
    >>> t = "Ann Lee called the filming “relentless”."
    >>> _judged_alone(t, find_spans(t)[0])
    True
    >>> t = "Tom Heald said the planned “megafarm” would change the valley."
    >>> _judged_alone(t, find_spans(t)[0])
    False
    """
    from quotesearch.quotes import _echo_reported  # (the span stage's own test; imported late, as it imports this stage's)
    lo = max(body.para_start, max(text.rfind(c, 0, body.open_at) for c in ".!?\n") + 1, body.open_at - SAID_ALONE_LEAD_REACH)
    before = text[lo:body.open_at + 1]
    if RE_CHARACTERISED_AS.search(before) is not None and RE_NAMING_BEFORE_VERDICT.search(before) is None:
        return True
    if _copula_verdict_alone(text, body, before, head):
        return True
    verdict = RE_VERDICT_VERB_BEFORE.search(before)
    if verdict is not None and RE_NAMING_BEFORE_VERDICT.search(before, 0, verdict.end()) is None:
        return True
    return _echo_reported(text, body)


def _sentence_said_again(text: str, body: Span, head: Span) -> bool:
    """A heading's sentence of two words at least, opening on its capital, that a body's quotation says
    again as a sentence of its own, opening its paragraph or after a sentence's end (‘‘Depart to where?’
    Medevac refugees left in limbo’ / ‘“Depart to where?” he asks.’): speech, never a term nor a title.

    >>> t = "‘Depart to where?’ Refugees wait\\n\\n“Depart to where?” he asks."
    >>> from quotesearch.quotes import find_spans
    >>> _sentence_said_again(t, find_spans(t)[-1], Span(1, 17, 0, 18, 0, 0, 33))
    True
    >>> t = "‘Zombie firms’ rise\\n\\n“Zombie firms,” as economists call them, now make up one in seven."
    >>> _sentence_said_again(t, find_spans(t)[-1], Span(1, 13, 0, 14, 0, 0, 19))
    False
    >>> t = "‘Depart to where?’ Refugees wait\\n\\nHe asked “depart to where?” twice."
    >>> _sentence_said_again(t, find_spans(t)[-1], Span(1, 17, 0, 18, 0, 0, 33))
    False
    """
    inner, said = text[head.start:head.end].strip(), text[body.start:body.end].strip()
    if len(RE_WORD.findall(inner)) < 2 or not inner[:1].isupper() or not said[:1].isupper():
        return False
    lead = text[body.para_start:body.open_at].rstrip()
    if lead and lead[-1] not in ".!?":
        return False
    if said[-1:] in ".!?":
        return True
    # (guard, rv88a: words ending on a comma end their sentence only before a tag of saying, never a term
    # that opens a longer sentence, ‘“Zombie firms,” as economists call them, now make up …’)
    end = body.close_end if body.close_end is not None else body.end
    return said[-1:] == "," and RE_COPULA_SAYING.search(text, end, end + 30) is not None


def _first_of_pair(words: list[str], body: list[str]) -> bool:
    """A heading's words that open a body's short quotation of two verdicts joined by "and", the rest the
    second (‘Army major ‘humiliated’ junior officers’ / ‘said he had “humiliated and belittled” them’).

    >>> _first_of_pair(["humiliated"], ["humiliated", "and", "belittled"]), _first_of_pair(["vile"], ["vile", "and", "deeply", "offensive"])
    (True, True)
    >>> _first_of_pair(["brain", "drain"], "we are looking at a brain drain".split()), _first_of_pair(["vile"], ["vile", "but", "legal"])
    (False, False)
    """
    n = len(words)
    return 0 < n and n + 2 <= len(body) <= n + 3 and body[:n] == words and body[n] == "and"


def _line_names_target(line_words: list[str], surname: str) -> bool:
    """(guard) The body's speaker named by the line past its first word: the words' target, never their
    source (‘Fans accuse Ashdown of ‘asset stripping’’); a line that opens on the surname makes them its
    subject (‘Gallacher blasts ‘disgraceful’ VAR call’).

    >>> _line_names_target(["Fans", "accuse", "Ashdown", "of"], "Ashdown"), _line_names_target(["Gallacher", "blasts"], "Gallacher")
    (True, False)
    """
    return surname in line_words[1:]


#: (w136e) The fewest words, parted by spaces, a heading's quotation needs to be taken back from inside a
#: longer sentence of the body's speech (:func:`_said_inside`): one word alone, or one joined by hyphens
#: (‘‘red-tagged’ broadcaster’), is as often a term the speaker happens to use.
INSIDE_MIN_WORDS = 2

#: (w136e) The rules that tie a body's sentence of speech to its speaker in its own sentence.
INSIDE_RULES = frozenset("cue-before cue-after cue-in-sentence subject".split())

#: (w136e) The words of the speaker's own clause right before a heading's words inside their sentence, that
#: make those words the speaker's verdict or their own clause: a copula with at most an article after it
#: (‘This is a broken promise’, ‘It's been an absolute nightmare’, ‘there was a sudden surge’), or a
#: subject pronoun whose verb the words open (‘We got too big, too fast’). Never a verb's object or a
#: sentence's subject, as often a term the speaker names (‘will tackle anti-social behaviour’, ‘Forever
#: chemicals are in …’).
#:
#: >>> [bool(RE_INSIDE_VERDICT_LEAD.search(s)) for s in ("this is a ", "it’s been an ", "these are ", "we ")]
#: [True, True, True, True]
#: >>> [bool(RE_INSIDE_VERDICT_LEAD.search(s)) for s in ("we will tackle ", "i’ve wanted the ", "", "it is not a ")]
#: [False, False, False, False]
RE_INSIDE_VERDICT_LEAD = LazyPattern(r"(?:(?<![\p{L}’'])(?:is|are|was|were|been|be)|[’']s|[’']re)"
                                     r" (?:(?:really|just|simply|absolutely|truly) )?(?:(?:an?|the) )?$"
                                     r"|(?<![\p{L}’'])(?:i|we|they|he|she|you) $")

#: (w136e) Words that open a heading's words as a clause of their own: a subject pronoun, or one joined to its
#: verb (‘‘We're cut off’: village …’).
#:
#: >>> "we" in CLAUSE_OPENERS, "a" in CLAUSE_OPENERS
#: (True, False)
CLAUSE_OPENERS = frozenset("i we they he she you i’m i'm we’re we're they’re they're".split())


#: (w136e, guard from its review) Words before a heading's words in their sentence that make them another's
#: charge the speaker reports or concedes, not their own verdict (‘Fans tell me this is an absolute farce’,
#: ‘They claim it is a total betrayal’, ‘I accept it has been a complete nightmare’).
SECOND_HAND_WORDS = frozenset("claim claims claimed say says said tell tells told accept accepts accepted admit admits "
                              "admitted allege alleges alleged call calls called describe describes described "
                              "suggest suggests suggested argue argues argued".split())

#: (w136e, guard from its review) The sentence after a heading's words denying them (‘It is nothing of the
#: sort’, ‘I disagree’): a denying word among its first words.
RE_NEXT_DENIAL = LazyPattern(r"^\W*(?:\p{L}+\W+){0,4}?(?:not|nothing|never|disagree|nonsense|rubbish|untrue|wrong)\b"
                             r"|^\W*(?:\p{L}+\W+){0,3}?\p{L}+n[’']t\b")


@functools.cache
def _words_pattern(words: tuple[str, ...], whole: bool = True) -> regex.Pattern:
    """A heading's words in a row, whatever stands between them, from a word's start; to a word's end when
    ``whole``, else in any case and the last word's inflections too (‘critical incidents’).

    >>> _words_pattern(("broken", "promise")).findall("a broken, promise; unbroken promises")
    ['broken, promise']
    >>> _words_pattern(("broken", "promise"), whole=False).findall("Broken promises")
    ['Broken promise']
    """
    if whole:
        return regex.compile(r"(?<![\p{L}\p{N}])" + r"\W+".join(map(regex.escape, words)) + r"(?![\p{L}\p{N}])")
    return regex.compile(r"(?<![\p{L}\p{N}])" + r"\W+".join(map(regex.escape, words)), regex.I)


def _verdict_inside(text: str, words: list[str], bsp: Span) -> bool:
    """(w136e) A heading's words inside a body's sentence of speech, held there as the speaker's verdict or
    clause (:data:`RE_INSIDE_VERDICT_LEAD`), or opening on a subject pronoun of their own
    (:data:`CLAUSE_OPENERS`); never after a word of denying (:data:`COPULA_DENIALS`), another's charge
    reported or conceded in their sentence (:data:`SECOND_HAND_WORDS`), nor denied in the next
    (:data:`RE_NEXT_DENIAL`).

    >>> from quotesearch.quotes import find_spans
    >>> t = "“This is a broken promise, plain and simple,” said Ann Lee."
    >>> _verdict_inside(t, ["broken", "promise"], find_spans(t)[0])
    True
    >>> t = "“We will tackle antisocial behaviour in the town,” said Ann Lee."
    >>> _verdict_inside(t, ["antisocial", "behaviour"], find_spans(t)[0])
    False
    >>> t = "“They claim it is a broken promise. It is nothing of the sort,” said Ann Lee."
    >>> _verdict_inside(t, ["broken", "promise"], find_spans(t)[0])
    False
    >>> t = "“This is a broken promise. I don't accept it is anything else,” said Ann Lee."
    >>> _verdict_inside(t, ["broken", "promise"], find_spans(t)[0])
    False
    """
    inner = text[bsp.start:bsp.end]
    low = inner.lower()
    first = low.lstrip().split(" ", 1)[0].rstrip(",.!?")
    if first in CLAUSE_OPENERS and RE_WORD.findall(low)[:len(words)] == words:
        return True
    for m in _words_pattern(tuple(words)).finditer(low):
        lead = low[max(0, m.start() - 40):m.start()]
        near = RE_WORD.findall(lead)[-4:]
        if RE_INSIDE_VERDICT_LEAD.search(lead) is None or any(w in COPULA_DENIALS for w in near):
            continue
        begun = ends[-1] if (ends := sentence_ends(inner, 0, m.start())) else 0
        if any(w in SECOND_HAND_WORDS for w in RE_WORD.findall(low[begun:m.start()])):
            continue  # (guard: another's charge reported or conceded)
        ends = regex.search(r"[.!?]\s", low, pos=m.end())
        if ends is not None and RE_NEXT_DENIAL.search(low[ends.end():]) is not None:
            continue  # (guard: denied in the sentence after)
        return True
    return False


def _said_inside(text: str, words: list[str], bodies: list, head: Span, quoted: list[tuple[int, int]]) -> list:
    """(w136e) The body's quotations, sentences of speech a cue of their own sentence ties to their speaker
    (:data:`INSIDE_RULES`), opening on a capital, that hold a heading's words (two or more,
    :data:`INSIDE_MIN_WORDS`) in a row inside a longer sentence: a headline quoting a piece of what was said
    (‘Row over ‘broken promise’ on broadband’ / ‘“This is a broken promise, plain and simple,” said X.’;
    ‘‘We're cut off’: village …’ / ‘X said: “We're cut off from everything.”’), as the speaker's verdict or
    a clause of their own there (:func:`_verdict_inside`). Empty (guards) when a
    quotation holding them is a fragment or tied to its speaker only by the paragraph, when the heading's
    words lead a noun of their own line (‘‘gig economy’ workers’), or when the writer uses the words outside
    any marks (``quoted``, the spans of the body's quotations): a term of the story, never one speaker's
    (‘Hospitals declare ‘critical incident’’ / ‘have declared critical incidents’ / ‘“Declaring a critical
    incident allows us …,” he said’).

    >>> from quotesearch.quotes import find_spans
    >>> def run(t):
    ...     o, body = t.index("‘"), find_spans(t)[-1]
    ...     head = Span(o + 1, t.index("’", o), o, t.index("’", o) + 1, 0, 0, t.index("\\n"))
    ...     f = Found(None, "p", "cue-after", "said")
    ...     words = RE_WORD.findall(t[head.start:head.end].lower())
    ...     return len(_said_inside(t, words, [(RE_WORD.findall(t[body.start:body.end].lower()), f, body)], head,
    ...                             [(body.start, body.end)]))
    >>> run("Row over ‘broken promise’ on broadband\\n\\n“This is a broken promise, plain and simple,” said Ann Lee.")
    1
    >>> run("Firms hit by ‘broken promise’ rules\\n\\n“This is a broken promise, plain and simple,” said Ann Lee.")
    0
    >>> run("Wards declare ‘critical incident’\\n\\nTwo wards declared critical incidents.\\n\\n“A critical incident lets us act,” said Ann Lee.")
    0
    """
    if len(text[head.start:head.end].split()) < INSIDE_MIN_WORDS:
        return []
    after = text[head.close_end if head.close_end is not None else head.end:head.para_end]
    if _weighty_next(after[:60]):
        return []
    n = len(words)
    held, out = [], []
    for body, f, bsp in bodies:
        if len(body) <= n or not any(body[k:k + n] == words for k in range(len(body) - n + 1)):
            continue
        if f.rule not in INSIDE_RULES or not text[bsp.start:bsp.end].lstrip()[:1].isupper():
            return []  # (guard: the words in a fragment, or tied to the speaker only by their paragraph)
        held.append(f.person)
        if _verdict_inside(text, words, bsp):
            out.append((body, f, bsp))
    if out and _only_one(held) is None:
        return []  # (guard: another speaker's sentence holds the words too, as a verdict or not)
    if out:
        for m in _words_pattern(tuple(words), whole=False).finditer(text, head.para_end):
            if not any(lo <= m.start() < hi for lo, hi in quoted) and text[m.start() - 1] not in OPENING_MARKS:
                return []  # (guard: the writer's own term)
    return out


def heading_single_said_again(text: str, paras: list[tuple[int, int]], results: list) -> list:
    """``results`` with the quotations of the heading lines (:func:`heading_paragraphs`) in single marks that
    no span holds and one named speaker of the body says again (module doc), given to that speaker, in
    text order. The cheap look first: no single mark in the first two lines, no work.

    >>> t = "Auditors find ‘serious failings’ in tank scheme\\n\\nThe report found “serious failings”, the agency said."
    >>> heading_single_said_again(t, [(0, 48), (50, 102)], []) == []
    True
    """
    if not results or not paras:
        return results
    top = paras[min(1, len(paras) - 1)][1]
    if not any(c in SINGLE_OPENERS for c in text[:top]):
        return results
    heads = heading_paragraphs(text, paras)
    if not heads:
        return results
    hi = paras[heads - 1][1]
    taken = [(sp.open_at, sp.close_end if sp.close_end is not None else sp.end) for sp, _, kind in results
             if sp.paragraph < heads and kind != "scare"]  # (a heading's words left as a scare quote may be
    # taken back only from inside a longer sentence, :func:`_said_inside`)
    scared = {sp.open_at: i for i, (sp, _, kind) in enumerate(results) if sp.paragraph < heads and kind == "scare"}
    spans = [sp for sp in _pair(text, paras[:heads], SINGLE, scan_marks(text[:hi]))
             if sp.close_end is not None and not sp.continues and not sp.continued and text[sp.open_at] in SINGLE_OPENERS
             and not any(lo < sp.close_end and sp.open_at < end for lo, end in taken)]
    if not spans:
        return results
    bodies = [(RE_WORD.findall(text[sp.start:sp.end].lower()), f, sp) for sp, f, kind in results
              if sp.paragraph >= heads and f is not None and f.person is not None and kind != "scare"]
    added = []
    quoted: list[tuple[int, int]] | None = None
    for sp in spans:
        if headline_term(text, sp.open_at, sp.close_end) or _work_beside(text, sp):
            continue
        plo, phi = paras[sp.paragraph]
        if _title_cased(RE_WORD.findall(text[sp.start:sp.end])) or RE_DENIED_BEFORE.search(text, plo, sp.open_at) \
                or title_case_headline(text, plo, phi):
            continue  # (a line in Title Case, an American paper's: its single marks are its own style, and words
            # said again in their own case are taken by :func:`quotesearch.quotes.recased_headline_quote`)
        words = RE_WORD.findall(text[sp.start:sp.end].lower())
        line = text[plo:phi]
        line_words = RE_WORD.findall(line)
        same = [] if sp.open_at in scared else [
            (body, f, bsp) for body, f, bsp in bodies
            if body == words or (sp.open_at > plo and _first_of_pair(words, body))]  # (the pair never for words
        # opening the line, as often a term before its noun: ‘‘Smart’ motorways to be scrapped’ / ‘sold as “smart
        # and safe”’, review rv115b)
        inside = not same
        if inside:
            if quoted is None:
                quoted = [(r[0].open_at, r[0].close_end if r[0].close_end is not None else r[0].end) for r in results]
            same = _said_inside(text, words, bodies, sp, quoted)
        if _only_one(f.person for _, f, _ in same) is None:
            continue  # (guard, review rv_w95a: two speakers say the words, whichever of them says them as a
            # verdict: ‘X said he had been a “gentle giant” on and off the pitch. His sister described him as a
            # “gentle giant” too.’ leaves the headline's words to neither)
        hits = [f for body, f, bsp in same if (inside or _judged_alone(text, bsp, sp)
                                               or reported_in_sentence(text, bsp, f) or _sentence_said_again(text, bsp, sp))
                and not _compound_term(words, body, line, sp.close_end - plo)
                and not _line_names_target(line_words, (f.person.name.split() or [""])[-1])]
        one = _only_one(f.person for f in hits)
        if one is None or one.kind not in NAMED_KINDS or one.plural:
            continue
        other = hits[0]
        kind = kind_of(text[plo:sp.open_at].strip(), text[sp.start:sp.end])
        added.append((sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind))
    if not added:
        return results
    gone = {scared[sp.open_at] for sp, _, _ in added if sp.open_at in scared}  # (a scare quote taken back)
    kept = [r for i, r in enumerate(results) if i not in gone]
    return sorted(kept + added, key=lambda r: r[0].start)
