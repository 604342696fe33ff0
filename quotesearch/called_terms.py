"""Terms in marks that someone calls a thing by: a term of a formal, an event's or a wording's kind
(after a judging or naming word), a status granted, what a trade or a group calls it, a "what they
call" glossed after, a term "known as" or named after, the name a thing repeats and a printed
label.
"""

from __future__ import annotations

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import COUNT_DETERMINERS
from quotesearch.document_words import DOCUMENT_NOUNS, LABEL_PARTICIPLES
from quotesearch.body_words import ORG_WORDS
from quotesearch.speech_words import CALL_VERBS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    CAMPAIGN_GROUPS, EVENT_KIND_NOUNS, FORMAL_KIND_NOUNS, GLOSSED_TERM_GROUPS, RE_TERM_NAMED_AFTER, TRADE_GROUPS,
    TRADE_SUBJECTS, WORDING_KIND_NOUNS,
)
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, THING_NOUNS
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.titles import CHARACTERISING_VERBS, _word_after
from quotesearch.kind_terms import JUDGMENT_ENDINGS, JUDGMENT_WORDS


#: Nouns of a post among :data:`FORMAL_KIND_NOUNS`: a term in marks before them is a post's name only
#: when it is no judgment (‘a new “family liaison” role’, never ‘played a “deeply shameful” role’).
POST_KIND_NOUNS = wordset("role roles post posts")

#: Verbs of having or playing a part right before "a" and a post's term (‘had a “really important” role’).
PLAYING_VERBS = wordset("play plays played playing have has had having")

#: Nouns ending in "ly", never adverbs (‘a “family liaison” role’).
LY_NOUNS = wordset("family supply assembly ally rally bully")


def _judged_term(words: list[str]) -> bool:
    """Words in marks that judge rather than name: an adverb in "-ly" or a word of judgment (never
    "-ive", which posts end in too: ‘a “creative director” role’).

    >>> _judged_term(["deeply", "shameful"]), _judged_term(["family", "liaison"]), _judged_term(["patient", "advocate"])
    (True, False, False)
    """
    return any(w in JUDGMENT_WORDS or (w.endswith(JUDGMENT_ENDINGS) and not w.endswith("ive")) or (w.endswith("ly") and w not in LY_NOUNS)
               for w in (w.lower().strip(",.") for w in words))


#: Determiners right before a kind's term in marks (‘a “…” designation’, ‘its “…” status’).
TERM_DETERMINERS = wordset("a an the its their")


def _formal_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """One or two lower-case words in marks (no hyphen) right before a noun of a formal kind
    (:data:`FORMAL_KIND_NOUNS`), whoever speaks in the sentence: the kind's name, never words said
    (‘will carry a “preview” label’, ‘rejected a wider “sibling” provision’, ‘under a state “special
    measures” designation’); never after a verb that names or judges (‘what she called a “…” provision’,
    ‘described as a “…” label’), nor a coinage with a hyphen (‘her “pay-as-you-go” provision’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    if (kind := _word_after(text, sp.close_end)) not in FORMAL_KIND_NOUNS:
        return False
    if kind in POST_KIND_NOUNS and (_judged_term(words) or (len(toks) >= 2 and toks[-2].word in PLAYING_VERBS)):
        return False  # (a post's name is no judgment of a part played: ‘the council had played a “deeply
        # shameful” role’, ‘had an “absolutely central” role in the cover-up’ quote a speaker)
    last = toks[-1]
    if not last.text.isalnum() or last.word in PRONOUNS or last.word in BE_FORMS \
            or (last.word in SPEECH_VERBS and not (len(toks) >= 2 and toks[-2].word in ("a", "an", "the"))):
        return False  # (‘said “…” labels’, ‘it was “…” status’; but a noun after "a": ‘a state “…” designation’)
    if not (last.word in TERM_DETERMINERS or (len(toks) >= 2 and toks[-2].word in TERM_DETERMINERS
                                              and last.text.isalpha() and last.text.islower())):
        return False  # (a determiner before the term: never ‘would never accept “junior partner” status’,
        # ‘give migrants “special” status’, which quote a speaker)
    return not any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in LABELLING_VERBS
                   or t.word in ("as", "what", "his", "her", "my", "our") for t in toks[-4:])


def _status_granted(toks: list[Token], content: str) -> bool:
    """A formal status in lower case that a body grants or designates (‘was designated as having
    ‘strategic market status’’, ‘granted it “trusted trader status”’): the status's name, no one's words.

    >>> from quotesearch.tokens import tokenize
    >>> _status_granted(tokenize("was designated as having"), "strategic market status")
    True
    """
    words = content.rstrip(",.").split()
    return 2 <= len(words) <= 4 and words[-1] in ("status", "designation") and all(w.isalpha() and w.islower() for w in words) \
        and any(t.word in ("designated", "designates", "granted", "given", "awarded", "conferred", "stripped", "having")
                for t in toks[-4:])


def _trade_what_calls(toks: list[Token]) -> bool:
    """"what the industry calls" before the marks (‘what the industry calls a “gigafactory” site’): a
    trade's term, never a speaker's words (‘what critics call’ is theirs).

    >>> from quotesearch.tokens import tokenize
    >>> _trade_what_calls(tokenize("what the industry calls a")), _trade_what_calls(tokenize("what critics call a"))
    (True, False)
    """
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an", "the"):
        c -= 1
    return c >= 3 and toks[c].word in CALL_VERBS and toks[c - 1].word in TRADE_SUBJECTS and toks[c - 2].word == "the" \
        and toks[c - 3].word == "what"


#: After a term's closing mark, a comma and a gloss that defines it: an article, then lower-case words with
#: no verb of speech among the first few (‘“supplemental state aid,” the yearly increase the state sends’,
#: ‘“Purcell principle”, the idea that courts …’); never a cue (‘“…,” the senator said’).
#:
#: >>> bool(RE_DEFINING_GLOSS_AFTER.match(", the yearly per-pupil increase the state")), bool(RE_DEFINING_GLOSS_AFTER.match(", the senator said"))
#: (True, False)
#: >>> bool(RE_DEFINING_GLOSS_AFTER.match(", the idea that courts")), bool(RE_DEFINING_GLOSS_AFTER.match(", the mayor told reporters"))
#: (True, False)
RE_DEFINING_GLOSS_AFTER = LazyPattern(r",? (?:the|an?) (?:[\p{Ll}\-]+ ){1,3}?(?:that|which|of|for|in|under|to|by|the|a)\b"
                                      r"|,? (?:the|an?) (?:[\p{Ll}\-]+ )+(?:that|which|of|for|in|under|to)\b")


def _what_call_glossed(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """"what", a subject of up to three words, and "call" (or "calls", "called"), "the" at most, right
    before a term of one to four words, lower case after its first, with a defining gloss set off after
    the marks (:data:`RE_DEFINING_GLOSS_AFTER`): the writer explains a term of art, no one's words
    (‘centred on what lawmakers call “supplemental state aid,” the yearly increase the state sends’,
    ‘invoked what lawyers call the “Purcell principle”, the idea that courts should not …’, w71c);
    never a judgment in marks (‘what critics call “a reckless gamble,” …’) nor one a cue follows.

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.quote_spans import Span
    >>> t = "fought over what legislators call “bridge aid,” the grant that the state pays"
    >>> sp = Span(t.index("bridge"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _what_call_glossed(t, sp, "bridge aid,", tokenize(t[:sp.open_at]))
    True
    >>> t = "fought over what critics call “a giveaway,” the senator said"
    >>> sp = Span(t.index("a g"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _what_call_glossed(t, sp, "a giveaway,", tokenize(t[:sp.open_at]))
    False
    """
    words = content.rstrip(",. ").split()
    if sp.close_end is None or not 1 <= len(words) <= 4 or words[0].lower() in ("a", "an", "the") \
            or not all(w.replace("-", "").isalpha() for w in words) or not all(w.islower() for w in words[1:]):
        return False
    c = len(toks) - 1
    if c >= 0 and toks[c].word == "the":
        c -= 1
    if c < 2 or toks[c].word not in ("call", "calls"):
        return False  # (never "called", a saying at a time: ‘what prosecutors called “organized looting,” the biggest …’)
    w = next((j for j in range(c - 1, max(-1, c - 5), -1) if toks[j].word == "what"), -1)
    if w < 0 or w == c - 1 or not all(t.text.isalpha() and t.word not in SPEECH_VERBS and t.word not in PRONOUNS
                                      for t in toks[w + 1:c]) or toks[c - 1].word not in GLOSSED_TERM_GROUPS:
        return False  # (a subject, no pronoun: ‘what he calls “…”, the …’ is his; a trade's or the law's plural,
        # never a side's: ‘what opponents call “corporate welfare,” the third such subsidy’, review rv71c)
    after = text[sp.close_end:sp.close_end + 80]
    if content.rstrip().endswith(","):
        after = ", " + after.lstrip()  # (the comma inside the marks: ‘“bridge aid,” the grant …’)
    m = RE_DEFINING_GLOSS_AFTER.match(after)
    gloss = tokenize(after[:m.end() + 30]) if m is not None else []
    return m is not None and not any(x.word in SPEECH_VERBS and gloss[k - 1].word not in ("the", "a", "an", "its", "their")
                                     for k, x in enumerate(gloss) if k > 0)  # (never a cue: ‘, the senator said’;
    # but a noun after an article: ‘, the increase the state sends’)


def _group_what_calls(toks: list[Token], content: str, sentence=None) -> bool:
    """"what" and a trade's or campaigners' plural and "call" right before a lower-case term of one to
    three words with no article (‘what hydrologists call “peak water”’, ‘what campaigners call “fuel
    poverty”’): the term, no one's words; never a judgment with an article or a side in a quarrel
    (‘what critics call “a reckless gamble”’ stays theirs).

    >>> from quotesearch.tokens import tokenize
    >>> _group_what_calls(tokenize("passed what glaciologists call"), "peak melt")
    True
    >>> _group_what_calls(tokenize("defended what critics call"), "reckless"), _group_what_calls(tokenize("what activists call"), "a scandal")
    (False, False)
    """
    words = content.rstrip(",.").split()
    if sentence is not None and len(toks) >= 2 and toks[-1].word in ("call", "calls") and toks[-2].word in TRADE_GROUPS \
            and not any(t.word == "what" for t in toks[:-2]):
        toks = sentence()  # (the words by the mark may stop short of "what": ‘what public health experts call’)
    return 1 <= len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and words[0] not in ("a", "an", "the") and len(toks) >= 3 and toks[-1].word in ("call", "calls") \
        and ((toks[-2].word in TRADE_GROUPS and _what_before_group(toks, len(toks) - 3))
             or (toks[-2].word in CAMPAIGN_GROUPS and len(toks) >= 4 and toks[-3].word == "what"
                 and toks[-4].word in ("in", "into", "of", "from", "out")))  # (campaigners' term only where one lives or falls: ‘into what activists
        # call “energy poverty”’; never what is condemned or pursued: ‘condemned what activists call “racist policing”’)


#: Words before a trade's plural that give a stance or a count, never a field (‘what independent experts call’).
GROUP_STANCE_WORDS = frozenset("independent leading outside top senior prominent many most some several other "
                               "respected renowned critical sceptical skeptical".split())


def _what_before_group(toks: list[Token], k: int) -> bool:
    """"what" at ``k``, or one or two lower-case words of the group's field between it and the group
    (‘what public health experts call’, ‘what climate scientists call’; never a pronoun or a verb between)."""
    for j in range(k, max(-1, k - 3), -1):
        if toks[j].word == "what":
            return True
        if toks[j].word in GROUP_STANCE_WORDS:
            return False  # (a stance, never a field: ‘what independent experts call “deeply flawed”’)
        if not (toks[j].text.isalpha() and toks[j].text.islower()) or toks[j].word in FUNCTION_WORDS \
                or toks[j].word in PRONOUNS or toks[j].word in SPEECH_VERBS:
            return False
    return False


#: After a term's marks, the clause that says it is a name in use (‘“new collective quantified goal”, as
#: the target is known in U.N. jargon’, ‘“loss and damage fund”, as the facility is called’).
#:
#: >>> bool(RE_KNOWN_AS_AFTER.match(", as the target is known in U.N. jargon")), bool(RE_KNOWN_AS_AFTER.match(", as she put it"))
#: (True, False)
RE_KNOWN_AS_AFTER = LazyPattern(r",? as (?:the|it|this|these|they|such) (?:[\p{Ll}\-]+ ){0,2}(?:is|are|was|were|has been) "
                                r"(?:(?:now|often|widely|commonly|usually|also) )?(?:known|called|termed)\b")


def _known_as_term(text: str, sp: Span, content: str) -> bool:
    """A lower-case term of up to five words that the clause after its marks says is a name in use
    (:data:`RE_KNOWN_AS_AFTER`): the term, no one's words."""
    words = content.rstrip(",.").split()
    return sp.close_end is not None and 1 <= len(words) <= 5 and content[:1].islower() \
        and text.startswith((" as ", ", as "), sp.close_end) and (known := RE_KNOWN_AS_AFTER.match(text, sp.close_end)) is not None \
        and not text.startswith(" by ", known.end())  # (never one named as calling it: ‘“…”, as they were called by X’)


#: An agentless "called" (or "termed", "dubbed") after an adverb of how often or how widely, right before
#: the opening mark, with "a", "an" or "the" perhaps (‘a phenomenon sometimes called the ’, ‘receivers …,
#: often called ’, ‘with what is sometimes called an ’): the words are a name in use, no one's (w100f).
#: Only after a comma, a form of "be" or a noun after "a" or "an" (the thing so called); never after a
#: subject or an auxiliary of the active (‘he has often called ’, ‘who often called ’, ‘what critics often
#: called ’: the caller's words), nor "described as" (a characterisation, someone's).
#:
#: >>> [RE_CALLED_AGENTLESS_BEFORE.search(t) is not None for t in ("a phenomenon sometimes called the ",
#: ...     "firearms at home, often called ", "with what is sometimes called an ")]
#: [True, True, True]
#: >>> [RE_CALLED_AGENTLESS_BEFORE.search(t) is not None for t in ("Trump has often called ", "who often called ",
#: ...     "what critics often called ", "often described as ", "she called ")]
#: [False, False, False, False, False]
RE_CALLED_AGENTLESS_BEFORE = LazyPattern(
    r"(?:^|[,;(—–]|\b(?:is|are|was|were|be|been|being)|\b(?:a|an) (?P<noun>[\p{Ll}\-]+)) (?P<adverb>sometimes|often|commonly|widely|popularly|informally|colloquially|generally|usually"
    r"|frequently|occasionally|also) (?:called|termed|dubbed)(?: (?:an?|the))? $")

#: Nouns of people: after "a" or "an" one of them before "also called" or "often called" is the caller, the
#: verb active (‘a woman also called “Murderer!”’: her shout) (guard w100f).
#:
#: >>> "woman" in CALLER_PERSON_NOUNS, "book" in CALLER_PERSON_NOUNS
#: (True, False)
CALLER_PERSON_NOUNS = DESCRIPTION_NOUNS - THING_NOUNS

#: How far before the opening mark :data:`RE_CALLED_AGENTLESS_BEFORE` is looked for.
CALLED_AGENTLESS_REACH = 60


def _called_agentless(text: str, sp: Span, content: str) -> bool:
    """A term of up to five words after an agentless "often called" or "sometimes called"
    (:data:`RE_CALLED_AGENTLESS_BEFORE`), with no "by" naming a caller right after the marks (‘often
    called “…” by critics’): a name in use, no one's words (w100f).

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'Buyers assemble kits at home into guns, often called “ghost guns.”'
    >>> u = 'The senator has often called “a disgrace” the state of the roads.'
    >>> _called_agentless(t, sp_of(t), "ghost guns."), _called_agentless(u, sp_of(u), "a disgrace")
    (True, False)
    >>> v = 'At the gate, a steward also called “Move along!” to the fans.'
    >>> w = 'It was a technique often called “the long game” by coaches.'
    >>> x = 'There was a drug often called “Spice?” in the report.'
    >>> [_called_agentless(t, sp_of(t), t[t.index("“") + 1:t.index("”")]) for t in (v, w, x)]
    [False, False, False]
    """
    if not 1 <= len(content.rstrip(",.").split()) <= 5 or not text.endswith("called ", 0, sp.open_at) \
            and not text.endswith(("termed ", "dubbed ", " a ", " an ", " the "), 0, sp.open_at):
        return False  # (the cheap tests first: a long quotation, or no "called" or article right before)
    m = RE_CALLED_AGENTLESS_BEFORE.search(text, max(sp.para_start, sp.open_at - CALLED_AGENTLESS_REACH), sp.open_at)
    if m is None:
        return False
    if m.group("noun") is not None and (m.group("adverb") == "also" or m.group("noun") in CALLER_PERSON_NOUNS
                                        or content.rstrip(" ,.”’\"'").endswith(("!", "?"))):
        return False  # (a person's active "called", a shout: ‘a pensioner also called “Coward!”’, guard w100f)
    return sp.close_end is None or not text.startswith((" by ", ", by "), sp.close_end)


#: "what", a subject of "the", "its" or "a" and one or two lower-case words (group "noun"; the caller keeps
#: a document's or a body's only) or a passive "is", and a verb that defines or labels in the present, "a",
#: "an" or "the" perhaps, right before the opening mark (‘what the report labels ’, ‘what is classed as a
#: ’): the words are the label or the definition's term, no one's saying (never "labelled", a saying at a
#: time, nor a name's or a pronoun's: ‘what Mr Carney labels ’, ‘what he labels ’ are theirs).
#:
#: >>> [RE_WHAT_DEFINES_BEFORE.search(t) is not None for t in ("among what the report labels ",
#: ...     "for what Ottawa defines as ", "in what is classed as a ")]
#: [True, False, True]
#: >>> [RE_WHAT_DEFINES_BEFORE.search(t) is not None for t in ("what he labels ", "what critics labelled ",
#: ...     "what the minister described as ", "the report labels ")]
#: [False, False, False, False]
RE_WHAT_DEFINES_BEFORE = LazyPattern(
    r"\bwhat (?:the|its|an?) (?P<noun>(?:\p{Ll}[\p{Ll}\-]* ){0,1}?\p{Ll}[\p{Ll}\-]*) (?:labels|label|defines as|define as|classes as|class as"
    r"|classifies as|classify as)(?: (?:an?|the))? $|\bwhat (?:is|are) (?:labelled|labeled|defined as|classed as|classified as)"
    r"(?: (?:an?|the))? $")

#: How far before the opening mark :data:`RE_WHAT_DEFINES_BEFORE` is looked for.
WHAT_DEFINES_REACH = 60


#: The nouns of a document, a body or a place's government whose label :func:`_what_defines_term` reads as a
#: term (‘what the province defines as “adequate” broadband’), never a person's (review of w138l).
LABELLING_OWNER_NOUNS = DOCUMENT_NOUNS | ORG_WORDS | wordset("province state city country county region law act statute")


def _what_defines_term(text: str, sp: Span, content: str) -> bool:
    """A term of up to five words, no judgment, after "what" a report or a body "labels" or "defines as"
    (:data:`RE_WHAT_DEFINES_BEFORE`): the label or the definition's term, no one's words (‘among the
    issues were what the report labels “surprise roaming fees,” in which …’, ‘what the agency defines as
    “full coverage”’, w138l); never a person's or people's own phrase (‘what Mr Carney labels “…”’,
    ‘what campaigners label “…”’), nor a judgment (‘what the board labels
    “deeply irresponsible”’), nor one a caller is named for after the marks (‘… “…” by critics’).

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'It met what the agency defines as “full coverage” in May.'
    >>> u = 'It met what the board labels “deeply irresponsible” targets.'
    >>> _what_defines_term(t, sp_of(t), "full coverage"), _what_defines_term(u, sp_of(u), "deeply irresponsible")
    (True, False)
    """
    words = content.rstrip(",.").split()
    if not 1 <= len(words) <= 5 or not text.endswith((" labels ", " label ", " as ", " a ", " an ", " the ", " labelled ", " labeled "),
                                                    0, sp.open_at):
        return False  # (the cheap test first: no verb or article right before the mark)
    m = RE_WHAT_DEFINES_BEFORE.search(text, max(sp.para_start, sp.open_at - WHAT_DEFINES_REACH), sp.open_at)
    if m is None or (m.group("noun") is not None and m.group("noun").split()[-1] not in LABELLING_OWNER_NOUNS):
        return False  # (a document's or a body's label only, never a person's or people's own phrase: ‘what
        # Mr Carney labels “a generational opportunity”’, ‘what campaigners label “…”’, review of w138l)
    return not _judged_term(words) and (sp.close_end is None or not text.startswith((" by ", ", by "), sp.close_end))


def _term_named_after(text: str, sp: Span, content: str) -> bool:
    """A term of up to five words in marks that opens its sentence, with a copula and a term's noun right
    after the marks (:data:`RE_TERM_NAMED_AFTER`): the sentence names the term, whoever spoke before
    (‘“Precision patrols” is the phrase the force has used since May’); never a quotation that ends its
    own sentence, nor one inside a sentence, nor one in a sentence a verb of speech reports (‘“…” is the
    word on every trader's lips, said X’).

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'He laughed. “Smart patrols” is the phrase the force prefers.'
    >>> u = 'He called it “smart patrols” is the phrase.'
    >>> _term_named_after(t, sp_of(t), "Smart patrols"), _term_named_after(u, sp_of(u), "smart patrols")
    (True, False)
    """
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 5 or content.rstrip()[-1:] in ".!?," \
            or (named := RE_TERM_NAMED_AFTER.match(text, sp.close_end)) is None or text.startswith(" from ", named.end()):
        return False  # (guard, review rv5: a comma inside the marks, or the source after the noun, reports words
        # said: ‘“Pathetic,” was the word from striker Leon Dube’)
    before = text[sp.para_start:sp.open_at].rstrip()
    if before and before[-1] not in ".!?":
        return False
    for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 200)):
        if t.text in ".!?":
            return True
        if t.word in SPEECH_VERBS or t.word == "according":
            return False  # (the sentence reports someone: ‘“Stagflation” is the word on every trader's lips, said X’;
            # ‘“Patience” is the word, according to coach Sam Ito’ (review rv5))
    return True


#: Verbs of praise or blame before a protest's kind: the words in marks are the judge's, never a kind's name
#: (‘praised the “…” protest’).
JUDGING_VERBS = frozenset("""praised praises hailed hails welcomed welcomes condemned condemns denounced denounces
criticised criticises criticized criticizes slammed slams attacked attacks""".split())


def _named_or_judged_before(toks: list[Token]) -> bool:
    """Within the last four words before the marks, a verb that names, labels or judges, "as", "what" or
    an owner's word: the term in the marks is someone's own (‘what she called a “…” protest’, ‘his “…”
    mantra’), never a kind's name.

    >>> from quotesearch.tokens import tokenize
    >>> _named_or_judged_before(tokenize("what she called a")), _named_or_judged_before(tokenize("would hold a"))
    (True, False)
    """
    return any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in LABELLING_VERBS
               or t.word in ("as", "what", "his", "her", "my", "our") or t.word in JUDGING_VERBS for t in toks[-4:])


def _event_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A lower-case term of one to three words (a hyphen allowed) in marks after a determiner or an
    owner's possessive and right before a kind of protest (:data:`EVENT_KIND_NOUNS`): the kind's name,
    never words said (‘would hold a ‘paddle-out’ protest’, ‘the group’s “die-in” protests’); never words
    with a person in them (‘a “we will not pay” protest’), nor after a verb that names or judges (‘what
    she called a “…” protest’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 3 \
            or not all(w.replace("-", "").isalpha() and w.islower() and w not in PRONOUNS for w in words) \
            or _word_after(text, sp.close_end) not in EVENT_KIND_NOUNS \
            or any(w.endswith("ly") for w in words):
        return False  # (never a judgment: ‘praised the “overwhelmingly peaceful” protest’)
    last = toks[-1]
    if not (last.word in TERM_DETERMINERS or last.text.endswith(("’s", "'s"))):
        return False
    return not _named_or_judged_before(toks)


def _wording_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A lower-case term of one to four words (a hyphen allowed) in marks after a determiner (a count's
    too, one lower-case word between them at most) and right before a wording's kind
    (:data:`WORDING_KIND_NOUNS`): the mantra's, the label's or the list's name, never words said (‘have
    leaned on a “next man up” mantra’, ‘a break from the “small-market” label’, ‘topped several national
    “hot seat” lists’); never words with a person in them, nor after a verb that names or judges (‘what
    she called a “…” label’), nor an owner's own (‘his “…” mantra’) (w52c)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 4 \
            or not all(w.replace("-", "").isalpha() and w.islower() and w not in PRONOUNS for w in words) \
            or _word_after(text, sp.close_end) not in WORDING_KIND_NOUNS:
        return False
    determiners = TERM_DETERMINERS | COUNT_DETERMINERS
    last = toks[-1]
    if not (last.word in determiners or (len(toks) >= 2 and toks[-2].word in determiners
                                         and last.text.isalpha() and last.text.islower()
                                         and last.word not in SPEECH_VERBS and last.word not in BE_FORMS)):
        return False
    return not _named_or_judged_before(toks)


def _name_repeating_thing(words_before, content: str) -> bool:
    """A lower-case name of two or three words, no article, after a verb of naming and the thing it
    names, ending with that thing's own noun (‘Organizers have dubbed the participating mosques “green
    mosques”’, ‘called the new ponds “rain ponds”’): a name given, no one's words (never a judgment:
    ‘dubbed the budget “a giveaway to landlords”’); ``words_before`` gives the sentence's words before
    the marks, read only when the words in the marks fit.

    >>> from quotesearch.tokens import tokenize
    >>> _name_repeating_thing(lambda: tokenize("Organizers have dubbed the participating mosques"), "green mosques,")
    True
    >>> _name_repeating_thing(lambda: tokenize("dubbed the budget"), "a landlords' budget")
    False
    """
    words = content.rstrip(",. ").split()
    if not 2 <= len(words) <= 3 or words[0] in ("a", "an", "the") \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    toks = words_before()
    if len(toks) < 3 or not toks[-1].text.isalpha() or toks[-1].word != words[-1]:
        return False
    if any(t.word in BYSTANDER_NAMERS for t in toks[:-1]):
        return False  # (a nickname of others' thing is a judgment: ‘Residents have dubbed the new speed cameras
        # “cash cameras”’ stays theirs)
    return any(t.word in LABELLING_VERBS for t in toks[-5:-1]) and any(t.word in ("the", "these", "its", "their")
                                                                       for t in toks[-4:-1])


#: People who name a thing others made, whose name for it is a judgment (‘Critics have dubbed …’).
BYSTANDER_NAMERS = frozenset("""residents locals critics opponents detractors sceptics skeptics motorists commuters
drivers neighbours neighbors tenants passengers""".split())


def _printed_label(content: str, toks: list[Token]) -> bool:
    """A label in capitals right after a thing "marked" or "stamped" with it (‘wearing a vest marked
    “PRESS”’, ‘crates stamped “MEDICAL SUPPLIES”’): printed on the thing, no one's words, even with a
    speaker in the sentence (never words in lower case: ‘said the deal marked “a new chapter”’).

    >>> from quotesearch.tokens import tokenize
    >>> _printed_label("PRESS", tokenize("she was hit while wearing a vest marked"))
    True
    >>> _printed_label("a new chapter", tokenize("he said the deal marked"))
    False
    """
    words = content.rstrip(",. ").split()
    return 1 <= len(words) <= 3 and len(toks) >= 2 and toks[-1].word in LABEL_PARTICIPLES \
        and toks[-2].text.isalpha() and toks[-2].text.islower() and toks[-2].word not in PRONOUNS \
        and all(w.replace("-", "").isalpha() and w.isupper() for w in words)
