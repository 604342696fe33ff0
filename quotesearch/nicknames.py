"""Names given in marks: nicknames, brands, labels and statuses someone calls a thing or a person
(‘dubbed “…”’, ‘known as “…”’, ‘self-styled “…”’), and terms used again, never speech.

This module holds nicknames after a colon or a naming verb, a term opening a clause or a sentence,
statuses declared, names advertised or listed, self-styled and given names, glosses, call signs and
terms asked about, with the nouns a report calls a body by; things named in marks live in
:mod:`quotesearch.named_things`, terms someone calls a thing by in :mod:`quotesearch.called_terms`.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import NICKNAME_NOUNS, REFLEXIVE_PRONOUNS, SELF_NAMING_VERBS
from quotesearch.document_words import SHOP_NOUNS
from quotesearch.body_words import FAITH_BODY_NAME_WORDS, NAME_HEAD_BODY_NOUNS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, SPEECH_VERBS
from quotesearch.term_words import (
    CALL_SIGN_LEADS, GLOSS_FOR_LEADS, NAMING_BODY_NOUNS, NAMING_LAW_NOUNS, NICKNAMING_VERBS, STATUS_NAMING_VERBS,
)
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.kind_terms import _attributive


#: Reflexive pronouns of bodies: what a company "calls itself" is a label, not speech.
BODY_REFLEXIVES = frozenset("itself themselves".split())  # (what one calls himself he says: "called himself “very pro-choice”")


#: "The term" and its kin before marks that name the term itself (‘The term “…” generally refers to’).
TERM_NAMING_NOUNS = frozenset("term phrase word expression label coinage".split())


#: A named agent after a term's marks, in its clause (‘“a national disgrace” was coined by Sen. Laura Price’).
RE_BY_NAME_AFTER = LazyPattern(r"[^.;“”]{0,40}?\bby \p{Lu}")


def _nickname_after_colon(content: str, toks: list[Token]) -> bool:
    """A name in title case after a colon that closes a clause about a nickname (or "the name"), with no
    verb of speech in it (‘a banner bearing the nickname everyone knew him by: “Jay”’): a name, never the words of the
    one named before (never ‘Asked about the nickname, Mensah said: “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _nickname_after_colon("Big Chief.", tokenize("a banner bearing the nickname the market knew him by:"))
    True
    >>> _nickname_after_colon("They still call me that.", tokenize("Asked about the nickname, he said:"))
    False
    """
    words = content.rstrip(",.! ").split()
    if not (1 <= len(words) <= 3 and len(toks) >= 3 and toks[-1].text == ":" and all(w[:1].isupper() for w in words)):
        return False  # (the cheap tests first: most quotations have no colon before them, and the walk
        # back to the nickname's noun reads every token of the sentence)
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].word in NICKNAME_NOUNS
               or (toks[k].word == "name" and k > 0 and toks[k - 1].word == "the")), None)
    return at is not None and len(toks) - at <= NICKNAME_CLAUSE_REACH \
        and not any(t.text in ",;" or t.word in ANSWER_NOUNS for t in toks[at + 1:-1]) \
        and not any(t.word in SPEECH_VERBS and t.word not in CALL_VERBS for t in toks)
    # (the clause about the name runs up to the colon, ‘the name the whole market called him:’; never a
    # speaker's own reply after it, ‘shrugged at the nickname … and had one word for it: “Ridiculous.”’,
    # ‘When she heard the name of the winner, Ms Ortiz had a simple verdict: “Wonderful.”’)


#: Most tokens from the nickname's noun to the colon (‘the nickname the market knew him by:’).
NICKNAME_CLAUSE_REACH = 9

#: Nouns of one's reply or judgment before a colon (‘had one word for it:’, ‘a simple verdict:’).
ANSWER_NOUNS = frozenset("word words verdict reaction response answer reply retort message comment advice".split())


#: Relative words that open a clause whose subject may be "the word" (‘a tenure in which the word “…” was
#: invoked so often’).
#:
#: >>> sorted(RELATIVE_CLAUSE_OPENERS)
#: ['when', 'where', 'which', 'whom']
RELATIVE_CLAUSE_OPENERS = frozenset("which where when whom".split())

#: A verb of being, having or becoming right after a term's closing mark: the term is its clause's subject.
#:
#: >>> bool(RE_TERM_SUBJECT_VERB_AFTER.match(" was invoked so often")), bool(RE_TERM_SUBJECT_VERB_AFTER.match(" to describe"))
#: (True, False)
RE_TERM_SUBJECT_VERB_AFTER = LazyPattern(r",?[ \t]+(?:was|is|were|are|has|had|became|becomes|remains|remained)\b")


def _term_opens_relative_clause(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A relative clause opens with "the word" (or "the phrase", "the term") right before the marks and
    a verb of being or having right after them: the clause is about the word, which no one says there
    (‘closing a tenure in which the word “culture” was invoked so often that it became a punchline’), as
    :func:`_term_opens_sentence` for a sentence; never a word a named person coined or used (‘was coined
    by Sen. X’) (w52c).

    >>> from quotesearch.tokens import tokenize
    >>> t = "It ended an era in which the word “culture” was invoked daily."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_opens_relative_clause(t, sp, "culture", tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) >= 3 and toks[-1].word in TERM_NAMING_NOUNS and toks[-2].word == "the" \
        and toks[-3].word in RELATIVE_CLAUSE_OPENERS and 0 < len(content.split()) <= 4 \
        and RE_TERM_SUBJECT_VERB_AFTER.match(text, sp.close_end) is not None \
        and RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is None


def _term_opens_sentence(text: str, sp: Span, toks: list[Token]) -> bool:
    """The sentence opens with "The word" (or "The phrase", "The term") right before the marks: the
    sentence is about the word, which no one says there (‘The word “defund” has become a flashpoint’,
    ‘The phrase ‘level playing field’, long used by ministers, …’); never a word a named person coined
    (‘was coined by Sen. X’) nor one said (‘said the word “betrayal”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The word “abolish” has split the campaign."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_opens_sentence(t, sp, tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) == 2 and toks[0].word == "the" and toks[1].word in TERM_NAMING_NOUNS \
        and len(text[sp.start:sp.end].split()) <= 4 and RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is None


#: A relative clause's opener right after a term's closing mark (‘ where residents can’, ‘ that lets’).
RE_RELATIVE_AFTER_TERM = LazyPattern(r" (?:where|that|which) \p{Ll}")


def _term_heads_opening_phrase(text: str, sp: Span, toks: list[Token]) -> bool:
    """The sentence opens with "A", "An" or "The", then one to three lower-case words in marks and a
    relative clause (:data:`RE_RELATIVE_AFTER_TERM`): the marks hold the noun the story introduces, a
    term no one says there (‘A “tool library” where neighbours can borrow drills has opened’, w93a);
    the caller asks it only of words no speaker was found for.

    >>> t = "A “tool library” where neighbours borrow drills has opened."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_heads_opening_phrase(t, sp, tokenize(t, 0, sp.open_at))
    True
    >>> t = "A “very bad” plan that hurts us."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_heads_opening_phrase(t, sp, tokenize(t, 0, sp.open_at))
    False
    """
    if sp.close_end is None or len(toks) != 1 or toks[0].word not in ("a", "an", "the"):
        return False
    words = text[sp.start:sp.end].split()
    return 0 < len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and RE_RELATIVE_AFTER_TERM.match(text, sp.close_end) is not None


def _designated_passive(toks: list[Token]) -> bool:
    """The words before the marks end with a passive "designated" and "a" or "an", a form of "be" (and an
    adverb or two) before it: ‘was designated a’, ‘had been formally designated an’.

    >>> from quotesearch.tokens import tokenize
    >>> _designated_passive(tokenize("The firm was designated a")), _designated_passive(tokenize("The agency designated it a"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word not in ("a", "an") or toks[-2].word != "designated":
        return False
    k = len(toks) - 3
    while k > 0 and toks[k].word.endswith("ly") and toks[k].text.isalpha() and toks[k].text.islower():
        k -= 1  # (‘was formally designated a’)
    return toks[k].word in BE_FORMS or toks[k].word == "be"


def _declared_status_name(content: str, toks: list[Token], cued_after: bool = False) -> bool:
    """A status's name in title case after "declare" (or "designate"), the thing declared, and "a": the
    status's name, never words said (‘voted to declare the county a “Second Amendment Sanctuary”’,
    ‘designated the estuary a “Marine Protected Area”’); never with a verb of speech in the clause
    (‘said it would declare the city a “Zone of Peace”’ is left to the speech rules).

    >>> from quotesearch.tokens import tokenize
    >>> _declared_status_name("Marine Protected Area", tokenize("The ministry designated the estuary a"))
    True
    >>> _declared_status_name("a disgrace", tokenize("She declared the vote a"))
    False
    >>> _declared_status_name("Shambles", tokenize("Councillor Byrne declared the budget a"))
    False
    """
    words = content.rstrip(",. ").split()
    if _designated_passive(toks) and 1 <= len(words) <= 4 and content.rstrip(",")[-1:] not in "!?" and not cued_after:
        return True  # a status the thing was given, whoever gave it: ‘Stratus was designated a “gatekeeper”
        # under the act’ (the passive names no speaker; one word too; never with a cue after the marks in their
        # sentence, which gives the words a speaker: ‘The valley was designated a “disaster zone,” Governor X said’; review rv65d)
    if _what_designated(toks) and 1 <= len(words) <= 4 and content.rstrip(",")[-1:] not in "!?" and not cued_after \
            and words[0].lower() not in ("a", "an", "the"):
        return True  # what a body designates, the thing it designates being the "what": a category's name, no
        # one's words (‘must write policies in what regulators have designated “distressed areas”’, w71c); a class
        # has no article, a judgment does (‘what coach Ray Dunne has designated “a must-win game.”’, review rv71c)
    if not 2 <= len(words) <= 4 or sum(w[:1].isupper() for w in words) < 2 or content.rstrip(",")[-1:] in "!?" \
            or len(toks) < 3:
        return False
    if toks[-1].word in BODY_REFLEXIVES and toks[-2].word in STATUS_NAMING_VERBS:
        head = words[-1].lower()
        c = next((k for k in range(len(toks) - 3, -1, -1) if toks[k].text in ",;"), -1)  # (its own clause only:
        # ‘sheriffs have said they will not enforce it, and councils have passed motions declaring themselves’)
        return not any(t.word in SPEECH_VERBS and t.word not in STATUS_NAMING_VERBS for t in toks[c + 1:]) and (
            head in STATUS_HEAD_NOUNS or head.removesuffix("s") in STATUS_HEAD_NOUNS
            or (head.endswith("ies") and head[:-3] + "y" in STATUS_HEAD_NOUNS))  # bodies that declare themselves
        # a status, its name plural too: ‘councils declaring themselves “Second Amendment sanctuaries”’
    if toks[-1].word not in ("a", "an"):
        return False  # (a name of a few words, two capitalised; never one word, as a judgment may be: ‘declared
        # the budget a “Shambles”’)
    v = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1) if toks[k].word in STATUS_NAMING_VERBS), -1)
    return v >= 0 and all(x.text.isalpha() for x in toks[v + 1:-1]) \
        and not any(t.word in SPEECH_VERBS and t.word not in STATUS_NAMING_VERBS for t in toks) \
        and (toks[v].word.startswith("designat") or any(x.word in STATUS_PLACE_NOUNS for x in toks[v + 1:-1])
             or words[-1].lower().strip(",.") in STATUS_HEAD_NOUNS)
    # (a place declared a status, or a status's own noun last: never a person's judgment of a thing,
    # ‘Trump declared the verdict a “Total Witch Hunt”’, ‘declared the strike a “Total Political Failure”’)


def _what_designated(toks: list[Token]) -> bool:
    """"what", a subject of up to three words, an auxiliary at most, and "designated" (or "designates",
    "designate") right before the marks, "as" between at most: the marks hold the name of the class
    designated, no one's words (‘in what regulators have designated “distressed areas”’, ‘what the
    agency designates as “high-risk” lenders’); never with a verb of speech there (‘what he said was
    designated’), nor "declared", which also gives judgments (‘what she declared “a disgrace”’).

    >>> from quotesearch.tokens import tokenize
    >>> _what_designated(tokenize("policies in what regulators have designated")), _what_designated(tokenize("what the agency designates as"))
    (True, True)
    >>> _what_designated(tokenize("what the minister declared")), _what_designated(tokenize("the agency designated"))
    (False, False)
    """
    v = len(toks) - 1
    if v >= 0 and toks[v].word == "as":
        v -= 1
    if v < 2 or toks[v].word not in ("designated", "designates", "designate"):
        return False
    k = v - 1
    if toks[k].word in ("have", "has", "had"):
        k -= 1
    w = next((j for j in range(k, max(-1, k - 4), -1) if toks[j].word == "what"), -1)
    return 0 <= w < k and all(t.text.isalnum() and t.word not in SPEECH_VERBS for t in toks[w + 1:k + 1])


#: Places and grounds a body declares a status (‘declare the county a “Second Amendment Sanctuary”’).
STATUS_PLACE_NOUNS = frozenset("""county counties city cities town towns village villages region regions district
districts state states province provinces country nation island islands area areas estuary river lake coast forest park
parish borough municipality campus site sites zone zones territory reserve valley""".split())

#: Last words of a status's name (‘a “Climate Emergency Zone”’, ‘a “Marine Protected Area”’).
STATUS_HEAD_NOUNS = frozenset("""sanctuary zone area city town county site reserve park emergency community region
district haven territory heritage""".split())


def _reported_clause_before(toks: list[Token]) -> bool:
    """A verb of speech and "that" before the marks in their sentence (‘told his listeners that the
    statement was a textbook example of’): the marks are in one's reported words, so a label's gloss
    after them (‘, a term critics use’) does not make them a term no one says."""
    return any(t.word in SPEECH_VERBS and t.word not in CALL_VERBS and t.text.islower()
               and any(x.word == "that" for x in toks[k + 1:k + 5]) for k, t in enumerate(toks))


#: Verbs of selling a thing under a name or a claim (‘that brands advertise as’, ‘which it markets as its’).
ADVERTISING_VERBS = frozenset("advertise advertises advertised advertising market markets marketed marketing "
                              "bill bills billed billing".split())  # (‘the menu, which the restaurant bills as a
# “field diary”’: a maker's billing is its claim, w71d)

#: Verbs of listing or selling a thing under a name, before "as the" and a name in Title Case (a phrase
#: between): ‘listed on the menu for six decades as the “Bluebird Special”’, ‘sold in Europe as the “City
#: Cruiser”’: the thing's name, never words said (w71d).
#:
#: >>> "listed" in LISTED_AS_VERBS, "described" in LISTED_AS_VERBS
#: (True, False)
LISTED_AS_VERBS = ADVERTISING_VERBS | frozenset("listed sold badged".split())  # (never "branded" or "labelled",
# a judgment's verbs: ‘Critics have branded the proposal as the “Tax Grab”’ is the critics', review rv71d)


def _bill_noun(toks: list[Token], v: int) -> bool:
    """"bill" or "bills" at ``toks[v]`` read as the noun, a law's draft, never the verb of billing: none of
    "which", "that" or "who" just before, nor "itself" after (‘hailed the bill as a “lifeline”’, review rv71d;
    ‘which the restaurant bills as a’, ‘bills itself as’ are the verb).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Democrats hailed the bill as a"); _bill_noun(t, 3)
    True
    >>> t = tokenize("the menu, which the restaurant bills as a"); _bill_noun(t, 6)
    False
    """
    return toks[v].word in ("bill", "bills") \
        and not any(t.word in ("which", "that", "who") for t in toks[max(0, v - 4):v]) \
        and not (v + 1 < len(toks) and toks[v + 1].word in ("itself", "themselves", "himself", "herself"))

#: How far back from "as" a verb of :data:`LISTED_AS_VERBS` may stand (‘listed on the menu for six decades as’).
LISTED_AS_REACH = 8

#: Words that may stand between "as" and a maker's claim in marks (‘marketed as its “family fortress”’).
ADVERTISED_OPENERS = frozenset("a an its their the".split())


def _body_what_calls_kind(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """"what the <body> calls" (an article between) before a lower-case term of up to five words that a noun
    right after the marks is a kind of: a body's own name for a thing it runs, no one's words (‘began
    paying what the government calls “climate action incentive” payments’, ‘under what the agency calls an
    “inside the fence line” approach’); never a body's judgment with no noun after it (‘sacked for what
    the company called “gross misconduct”’ stays the company's), nor a side's word (‘what critics call
    “reckless” spending’ stays theirs: :data:`NAMING_BODY_NOUNS` holds no side).

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.quote_spans import Span
    >>> t = "began what the ministry calls a “one roof” model"
    >>> sp = Span(t.index("one"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "one roof", tokenize(t[:sp.open_at]))
    True
    >>> t = "defended what critics call “reckless” spending"
    >>> sp = Span(t.index("reck"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "reckless", tokenize(t[:sp.open_at]))
    False
    >>> t = "kept for what the 2019 law calls “rural hardship” grants"
    >>> sp = Span(t.index("rural"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "rural hardship", tokenize(t[:sp.open_at]))
    True
    """
    words = content.split()
    if not (1 <= len(words) <= 5 and sp.close_end is not None
            and all(w.replace("-", "").isalpha() and w.islower() for w in words)):
        return False  # (a term ending in a comma or a full stop has no noun after it)
    if len(words) < 2 or any(w.endswith("ly") or w in ("and", "or", "but", "nor") for w in words):
        return False  # (guard: a judgment before a noun stays the body's: ‘what the board called “deeply troubling”
        # conduct’, ‘“serious and persistent” breaches’, ‘“unprecedented” shortages’)
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an"):
        c -= 1
    if c < 3 or toks[c].word not in CALL_VERBS or not _attributive(text, sp.close_end):
        return False
    noun = toks[c - 1].word
    k = c - 2
    if noun in NAMING_LAW_NOUNS and len(toks[k].text) == 4 and toks[k].text.isdigit():
        k -= 1  # (a law's year: ‘what the 2021 law calls “social equity” applicants’, w71c)
    return (noun in NAMING_BODY_NOUNS or noun in NAMING_LAW_NOUNS) and k >= 1 and toks[k].word in ("the", "its") \
        and toks[k - 1].word == "what"


def _advertised_as(toks: list[Token], content: str) -> bool:
    """A word or two in lower case after "advertise as" or "market as" (an article or the maker's
    possessive between, and those it is sold to before "as"): a maker's claim for its goods, no one's
    words (‘the supplements that brands advertise as “natural”’, ‘which the carmaker has marketed as its
    “family fortress”’, ‘a fund marketed to pensioners as a “safe harbour”’).

    >>> from quotesearch.tokens import tokenize
    >>> _advertised_as(tokenize("models that companies advertise as"), "safe")
    True
    >>> _advertised_as(tokenize("a fund marketed to pensioners as a"), "safe harbour")
    True
    >>> _advertised_as(tokenize("Ruto described the fund as a"), "safe harbour")
    False
    """
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 2 and all(w.replace("-", "").isalpha() and w.islower() for w in words)):
        return False  # (a hyphened word too: ‘sometimes marketed as “slide-fire” stocks’)
    k = len(toks) - 1 - (bool(toks) and toks[-1].word in ADVERTISED_OPENERS)  # (‘marketed as its “…”’)
    if k < 1 or toks[k].word != "as":
        return False
    v = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j].word in ADVERTISING_VERBS and not _bill_noun(toks, j)), -1)
    # (those it is sold to between, no comma and no speech: ‘marketed to retirees in Penang as a’)
    return v >= 0 and (v == k - 1 or toks[v + 1].word == "to" or (  # (or the thing sold, as its object:
        # ‘have begun advertising them as “…”’, ‘advertising the flats as “…”’)
            k - v <= 3 and (toks[v + 1].word in ("them", "it", "the", "its", "their")))) \
        and all(x.text.isalpha() and x.word not in SPEECH_VERBS for x in toks[v + 1:k])


def _listed_as_name(toks: list[Token], content: str) -> bool:
    """A name of one to three words in Title Case after "as the", the words before ending with a verb of
    listing or selling (:data:`LISTED_AS_VERBS`), a phrase of plain words between and no comma: ‘listed on
    the menu for six decades as the “Bluebird Special”’ (w71d); never a verb of speech between (‘listed what
    he described as the “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _listed_as_name(tokenize("pancakes, listed on the menu for six decades as the"), "Bluebird Special")
    True
    >>> _listed_as_name(tokenize("the plan she described as the"), "Big Fix")
    False
    """
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and len(toks) >= 3 and toks[-1].word == "the" and toks[-2].word == "as"):
        return False
    k = len(toks) - 2
    v = next((j for j in range(k - 1, max(-1, k - LISTED_AS_REACH - 1), -1) if toks[j].word in LISTED_AS_VERBS
              and toks[j].text.islower() and not _bill_noun(toks, j)), -1)
    return v >= 0 and all(x.text.isalnum() and x.word not in SPEECH_VERBS for x in toks[v + 1:k])


def _nicknamed_lower(toks: list[Token], short_name: bool) -> bool:
    """A nickname in lower case after a verb of nicknaming and its object (‘residents have nicknamed the
    month “cough season”’; never "dubbed", which gives judgments: ‘dubbed the budget “a gift to the banks”’).

    >>> from quotesearch.tokens import tokenize
    >>> _nicknamed_lower(tokenize("residents have nicknamed the month"), True)
    True
    >>> _nicknamed_lower(tokenize("whom the fans had christened"), True), _nicknamed_lower(tokenize("the crowd christened her"), True)
    (True, True)
    >>> _nicknamed_lower(tokenize("led residents to nickname it the"), True), _nicknamed_lower(tokenize("called it the"), True)
    (True, False)
    """
    if short_name and toks and (toks[-1].word in NICKNAMING_VERBS or (
            len(toks) >= 2 and toks[-1].word in NICKNAMED_OBJECTS and toks[-2].word in NICKNAMING_VERBS) or (
            len(toks) >= 3 and toks[-1].word == "the" and toks[-2].word in NICKNAMED_OBJECTS and toks[-3].word in NICKNAMING_VERBS)):
        return True  # the verb right before the marks, or with a pronoun as its object: ‘whom the fans had
        # christened “il Toro”’, ‘the crowd christened her “the Kisumu Comet”’, ‘led residents to nickname
        # it the “Dead Mile”’ (w85b)
    return short_name and len(toks) >= 2 and toks[-1].text.isalpha() and toks[-1].word not in FUNCTION_WORDS \
        and any(x.word in NICKNAMING_VERBS for x in toks[-4:-1])


def _self_styled_name(toks: list[Token], content: str) -> bool:
    """A name of a few capitalised words right after a verb of calling and a reflexive pronoun: the alias
    a person goes by, no one's words (‘a woman calling herself “Elena”’, ‘a man who calls himself
    “Captain Ray”’); never a judgment in lower case (‘calling himself “a victim”’).

    >>> from quotesearch.tokens import tokenize
    >>> _self_styled_name(tokenize("met a woman calling herself"), "Elena"), _self_styled_name(tokenize("calling himself"), "a victim")
    (True, False)
    """
    words = content.rstrip(",.").split()
    return len(toks) >= 2 and toks[-1].word in REFLEXIVE_PRONOUNS and (toks[-2].word in CALL_VERBS or toks[-2].word in SELF_NAMING_VERBS) \
        and 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words)


def _name_named_again(text: str, sp: Span, content: str, results: list) -> bool:
    """A name of a few capitalised words alone in marks that the article set in the same marks before and
    read as a name, not speech (‘a woman calling herself ‘Elena’ … Over time, ‘Elena’ – who claimed …’):
    the name again, whoever speaks in the sentence."""
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)):
        return False
    name = " ".join(words)
    return any(kind == "scare" and text[q.start:q.end].rstrip(",.") == name
               and text[q.open_at:q.open_at + 1] == text[sp.open_at:sp.open_at + 1]
               and _given_as_name(tokenize(text, max(q.para_start, q.open_at - 60), q.open_at), name)
               for q, _, kind in results) \
        or _name_given_later(text, sp, name)  # (only a name the article gave as one's name: never a show's
    # title named again, ‘on “Today.”’ … ‘a job on “Today.”’, which stays as it was)


#: How far after a headline's name in marks the article may give it as a nickname (‘… without “Spud” …
#: / Mathers, known across the region as “Spud”, …’).
NAME_GIVEN_REACH = 1500


def _spoken_in_sentence(text: str, sp: Span) -> bool:
    """The words before the marks in their sentence hold a verb of speaking or end in a colon: the words in
    marks are someone's, even if the article uses them as a name elsewhere (‘Tony Dyer said only: “Justice.”’,
    ‘Ruiz said that Tucson was “Open For Business”’, a headline's ‘Mayor Says City Is “…”’)."""
    lo = max(text.rfind(". ", 0, sp.open_at), text.rfind("\n", 0, sp.open_at), text.rfind("? ", 0, sp.open_at),
             text.rfind("! ", 0, sp.open_at), sp.para_start - 1, 0)
    toks = tokenize(text, lo, sp.open_at)
    return bool(toks) and (toks[-1].text == ":" or any(t.word in SPEECH_VERBS for t in toks))


def _name_given_later(text: str, sp: Span, name: str) -> bool:
    """The same name, in the same marks, given as what someone goes by a little further on
    (:func:`_given_as_name`): a headline's or a lede's nickname before the article explains it."""
    if sp.close_end is None:
        return False
    mark = text[sp.open_at:sp.open_at + 1]
    at = text.find(mark + name, sp.close_end, sp.close_end + NAME_GIVEN_REACH)
    while at >= 0:
        if _given_as_name(tokenize(text, max(0, at - 60), at), name):
            return True
        at = text.find(mark + name, at + 1, sp.close_end + NAME_GIVEN_REACH)
    return False


def _given_as_name(toks: list[Token], name: str) -> bool:
    """The words before a name in marks give it as what someone goes by: an alias (:func:`_self_styled_name`),
    a nickname's verb (‘nicknamed “…”’), or "known as" with a few words between (‘known across the region
    as “…”’)."""
    if _self_styled_name(toks, name) or (toks and toks[-1].word in NICKNAMING_VERBS):
        return True
    return len(toks) >= 2 and toks[-1].word == "as" and any(t.word == "known" for t in toks[-6:-1])


#: Objects of a verb of nicknaming right before the name (‘christened her “…”’).
NICKNAMED_OBJECTS = frozenset("him her them it".split())

#: After a term in marks, the end of "what a “…” is": the sentence or clause ends there (‘taught what a “raid” was.’).
RE_WHAT_IT_IS_AFTER = LazyPattern(r" (?:is|was|are|were|means|meant)(?=[.,;:!?)”\"’]|\s*$| [–—] | and | or )")
#: After a bare term's marks, the verb of "what “…” means" (‘what “net zero” really means’).
RE_TERM_MEANT_AFTER = LazyPattern(r" (?:actually |really |even |now )?(?:means|meant|stands for|stood for)\b")
#: After a term's marks, the verb of "what a … was", whatever follows it (‘what a “raid” was like’).
RE_TERM_EXPLAINED_AFTER = LazyPattern(r" (?:is|was|means|meant|does|did)(?=[\s.,;:!?)]|$)")


def _glossed_for(text: str, sp: Span, content: str) -> bool:
    """Words in marks right after a gloss's "…-speak for", "shorthand for", "euphemism for": the
    writer's rendering of what other words mean, no one's speech (‘would be “carefully sequenced” —
    Whitehall-speak for “not yet.”’, ‘diplomatic shorthand for “no deal”’); a few words only, never a
    sentence with a cue after it (‘“…,” he said’).

    >>> from types import SimpleNamespace
    >>> t = 'the talks were “constructive,” diplomatic shorthand for “no deal.”'
    >>> _glossed_for(t, SimpleNamespace(open_at=t.rindex("“"), para_start=0, close_end=len(t)), "no deal.")
    True
    >>> t = 'Reilly said the phrase was code for “we are closing.”'
    >>> _glossed_for(t, SimpleNamespace(open_at=t.rindex("“"), para_start=0, close_end=len(t)), "we are closing.")
    False
    """
    if len(content.split()) > 6:
        return False
    if not text[max(sp.para_start, sp.open_at - 24):sp.open_at].rstrip().lower().endswith(GLOSS_FOR_LEADS):
        return False
    # (guard) the gloss set off by a comma, dash or bracket as the writer's aside (‘, diplomatic shorthand
    # for’, ‘— Whitehall-speak for’); never a clause's predicate, whose words a speaker gives (‘Reilly said
    # the phrase was code for “…”’, ‘said “modernisation” was a euphemism for “…”’), nor ‘the source code for’
    return RE_GLOSS_FOR_SET_OFF.search(text, max(sp.para_start, sp.open_at - 60), sp.open_at) is not None


#: A gloss's noun set off as the writer's aside right before the marks, after a comma, a dash, a bracket
#: or a quotation's closing mark (‘“constructive,” diplomatic shorthand for’), with no verb between
#: (never ‘“modernisation” was a euphemism for’) (guard of :func:`_glossed_for`).
RE_GLOSS_FOR_SET_OFF = LazyPattern(r"(?:[,;(—–]|[”\"’])\s*(?:(?:a|an|the|its|their)\s+)?"
                                   r"(?:(?!(?:is|was|are|were|be|been|being|not|just|only|as|said|says|called|calls)\b)[\w’'.\-]+\s+){0,2}?"
                                   r"[\w’'.\-]*?(?:-speak|shorthand|euphemism|code|jargon|parlance) for\s*$", regex.I)


def _call_sign_named(text: str, sp: Span, content: str) -> bool:
    """A name in marks right after "call sign", "code name" or "nom de guerre": one's name in the
    field, never words said (‘a drone operator with the call sign “Owl” watched’, ‘under the code
    name “Silent Tide”’).

    >>> from types import SimpleNamespace
    >>> t = 'with the call sign “Owl”'
    >>> _call_sign_named(t, SimpleNamespace(open_at=19, para_start=0), "Owl")
    True
    """
    return len(content.split()) <= 4 and content.rstrip(",.")[-1:].isalnum() \
        and text[max(sp.para_start, sp.open_at - 20):sp.open_at].rstrip().lower().endswith(CALL_SIGN_LEADS)


def _term_asked_about(text: str, sp, content: str, toks: list[Token]) -> bool:
    """A term of three words at most after "what a" (or "what an") whose clause ends with "is" or "was" right
    after the marks: a word whose meaning is asked or taught, no one's speech (‘had to be taught what a “raid”
    was.’, ‘could not say what an “NFT” is.’; never ‘what a “fair deal” would look like’).

    >>> from quotesearch.tokens import tokenize
    >>> from types import SimpleNamespace
    >>> t = 'she was taught what a "raid" was.'
    >>> _term_asked_about(t, SimpleNamespace(close_end=28), "raid", tokenize(t[:22]))
    True
    """
    if sp.close_end is not None and toks and toks[-1].word == "what" and 1 <= len(content.split()) <= 3 \
            and content[-1:].isalnum() and RE_TERM_MEANT_AFTER.match(text, sp.close_end) is not None \
            and not any(w.lower().split("’")[0].split("'")[0] in ("i", "we", "you", "they", "he", "she") for w in content.split()):
        return True  # (a bare term whose meaning is asked: ‘nobody can agree what “soft landing” means’)
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in ("a", "an") or toks[-2].word != "what":
        return False
    if len(content.split()) <= 3 and RE_WHAT_IT_IS_AFTER.match(text, sp.close_end) is not None:
        return True
    # (or a term of a word or two, explained, whatever follows its verb: ‘what a “raid” was like’,
    # ‘what an “NFT” does’)
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 2 and all(w.replace("-", "").isalnum() for w in words) \
        and RE_TERM_EXPLAINED_AFTER.match(text, sp.close_end) is not None


#: Those who call someone by a nickname, after "by" and a possessive (‘called “Scholar” by his friends’).
RE_BY_THEIR_OWN = LazyPattern(r"[,.]? by (?:his|her|their|its) \p{Ll}")


def _called_by_their_own(text: str, sp, toks: list[Token]) -> bool:
    """A nickname that the person's own people give, after "called" that describes a person, not a verb
    of a clause (‘a student affectionately called “Professor” by his classmates’, ‘a mechanic called
    “Sparky” by his workmates’; never ‘was called “a disgrace” by his rivals’, which quotes the rivals,
    nor ‘The minister called the plan “reckless”’).

    >>> from quotesearch.tokens import tokenize
    >>> from types import SimpleNamespace
    >>> t = 'a student affectionately called "Professor" by his classmates'
    >>> _called_by_their_own(t, SimpleNamespace(close_end=43), tokenize(t[:31]))
    True
    """
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in ("called", "nicknamed", "dubbed"):
        return False
    b = toks[-2]
    if b.word in BE_FORMS or b.word in AUXILIARIES or not (b.text.islower() or b.text == ","):
        return False
    return RE_BY_THEIR_OWN.match(text, sp.close_end) is not None

#: Nouns of two words that business news calls a firm by once it has named it (‘Meridian Capital
#: Partners, a Mumbai-based fund house, …’ / ‘the fund house said’), as "the firm" is one's.
BODY_COMPOUNDS = frozenset(("fund house", "brokerage house", "broking house", "investment house", "auction house",
                            "publishing house", "fashion house", "trading house"))

#: Public services of two words that a report calls by their kind once it has named them, with the
#: one word the kind goes by too (‘The Hellenic Coast Guard said …. “…,” the coast guard said’), as
#: "the agency" is an agency's (w83a).
#:
#: >>> SERVICE_COMPOUNDS["coast guard"], "fund house" in SERVICE_COMPOUNDS
#: ('coastguard', False)
SERVICE_COMPOUNDS = {"coast guard": "coastguard"}

#: Words for a firm, any of which "the company" may stand for; a publisher is a publishing house
#: (‘Fernwick & Lowe said it had stopped shipping the memoir. “…,” the publisher said’, w68b). Never "developer",
#: which a story as often gives a person (w90c: adding it cost a held-out probe two right answers).
#:
#: >>> "publisher" in FIRM_NOUNS, "publishing house" in FIRM_NOUNS, "festival" in FIRM_NOUNS, "developer" in FIRM_NOUNS
#: (True, True, False, False)
FIRM_NOUNS = frozenset("firm company carmaker automaker retailer insurer lender maker manufacturer startup start-up "
                       "chain operator utility drugmaker biotech chipmaker brokerage publisher".split()) | BODY_COMPOUNDS

#: Firm nouns that are also a person's job (a newspaper's publisher): "the publisher" stands for the
#: firm so named, but a person given that job, as a role or set off (‘The paper's publisher, Kendall
#: Marsh,’, ‘Newspaper publisher Tolu Bankole’, ‘Sasha Okoro, the publisher of Vane magazine,’), is no
#: firm "the company" or "the firm" stands for (review rv68b).
PERSON_JOB_FIRM_NOUNS = frozenset(("publisher",))

#: Nouns a report calls a body by once it has named it ("the firm", "the agency"), never one
#: that may be another body of the story (the government, the police); a refinery is the
#: firm named for it (‘Port Harlow Refinery raised prices. The refinery, in a statement, said …’);
#: a party only the one whose name ends in "Party" (‘The opposition Civic Renewal Party said …. “…,”
#: the party said’), see BODY_NAME_WORDS; a festival is the body that runs it (‘The Harbour Lights Film
#: Festival withdrew the film. “…,” the festival said’, w68b); a shop or a brewery is the business of that
#: kind named before (‘Kestle Brewing closed the pub. “…,” the brewery said’, ‘Northside Kicks cancelled the
#: release. “…,” the store wrote’, w71a); a research or monitoring project is the body so named (‘…, according
#: to the Lost at Sea Project. “…,” the project said in a report’, w82a); a public corporation or an
#: inspectorate is the one so named (‘The Ports and Rail Corporation said …. “…,” the corporation said’, w90c).
#:
#: >>> "festival" in BODY_NOUNS, "concert" in BODY_NOUNS, "brewery" in BODY_NOUNS, "store" in BODY_NOUNS, "project" in BODY_NOUNS
#: (True, False, True, True, True)
#: >>> "corporation" in BODY_NOUNS, "inspectorate" in BODY_NOUNS, "inspector" in BODY_NOUNS
#: (True, True, False)
#:
#: And a partnership of public bodies, which speaks as one (‘The partnership said …. It added: “…”’, w112f):
#:
#: >>> "partnership" in BODY_NOUNS
#: True
#:
#: And a brand, the firm that sells under it (‘one of them, the womenswear label Hvid Studio, …. “…,” the
#: brand wrote’, w145b), a kind of its own, no firm's word:
#:
#: >>> "brand" in BODY_NOUNS, "label" in BODY_NOUNS
#: (True, False)
BODY_NOUNS = frozenset("""
firm company agency district council bank carmaker automaker airline carrier retailer insurer lender union club
league university hospital clinic charity network chain manufacturer maker startup operator utility
foundation fund institute regulator watchdog broadcaster newspaper publisher group studio
bureau administration office department ministry commission authority directorate board court supplier
association society federation alliance coalition team cooperative co-operative co-op railroad railway airport patrol
guild forum collective trust mission embassy band orchestra choir service order system unit chamber constabulary committee
journal municipality force refinery college organisation organization consortium party festival project coastguard
palace presidency corporation inspectorate tribunal partnership brand
""".split()) | SHOP_NOUNS | FIRM_NOUNS | frozenset(FAITH_BODY_NAME_WORDS) | NAME_HEAD_BODY_NOUNS
