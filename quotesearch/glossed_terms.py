"""Terms the writer glosses, defines or mocks, never speech: a local word glossed with "or" or after
a dash, a term defined in brackets or by a rule or a law, a word used as a term and glossed, an
owner's thing in marks, "the “…” of", and a stock phrase the sentence before does not say.
"""

from __future__ import annotations

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.cue_phrases import ASK_VERBS
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import DEMONYMS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS, S_CONTRACTIONS
from quotesearch.term_words import (
    CONCEPT_NOUNS, GLOSS_NOUNS, LAW_NOUNS, OWNED_TERM_WORDS, SCARE_ADJECTIVES, STOCK_PHRASES, TERM_OWNERS,
)
from quotesearch.mention_words import POSSESSIVES
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.time_words import COUNT_DETERMINERS
from quotesearch.tokens import Token, is_possessive, tokenize
from quotesearch.quotes import find_spans
from quotesearch.quote_spans import Span
from quotesearch.titles import CHARACTERISING_VERBS, RE_MARK, RE_WORD, _ends_before_marks, _word_after


def _stock_phrase_unsaid(content: str, tail_toks: list[Token]) -> bool:
    """The marks hold only a catchphrase of markets and economics (:data:`STOCK_PHRASES`) and the sentence
    before them has no verb of speech but a question's (‘Asked whether that meant keeping rates “higher
    for longer,” she said …’): the writer's term, no one's words; never ‘X said rates would stay
    “higher for longer”’.

    >>> _stock_phrase_unsaid("soft landing", tokenize("talk of a ", 0, 10)), _stock_phrase_unsaid("soft landing", tokenize("she said a ", 0, 11))
    (True, False)

    A verb of speech before "to be" tells what a thing looks set to be, no one's speech (‘in what promises
    to be a frantic “silly season”’, w69c):

    >>> _stock_phrase_unsaid("silly season", tokenize("what promises to be a frantic ")), _stock_phrase_unsaid("silly season", tokenize("he promised a "))
    (True, False)
    """
    if content.strip(" ,.;:!?").lower() not in STOCK_PHRASES:
        return False
    return not any(t.word in SPEECH_VERBS and t.word not in QUESTION_ASKING_WORDS
                   and not (i + 2 < len(tail_toks) and tail_toks[i + 1].word == "to" and tail_toks[i + 2].word == "be")
                   for i, t in enumerate(tail_toks))


#: Verbs of asking, whose question in an opening phrase is the reporter's (‘Asked whether …’).
QUESTION_ASKING_WORDS = ASK_VERBS | {"asking"}


def _scare_of_phrase(text: str, sp: Span, content: str) -> bool:
    """The marks hold one to three words in lower case between "the" and "of" (‘halting the “hollowing
    out” of villages’, ‘the “greening” of the city’): a term the writer sets apart, the head of a noun
    phrase, no one's sentence.

    >>> t = "aimed at halting the “hollowing out” of villages"
    >>> sp = Span(start=22, end=35, open_at=21, close_end=36, paragraph=0, para_start=0, para_end=len(t))
    >>> _scare_of_phrase(t, sp, "hollowing out")
    True
    """
    words = content.split()
    return 1 <= len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and sp.close_end is not None and text.startswith(" of ", sp.close_end) \
        and text[max(0, sp.open_at - 4):sp.open_at].lower() == "the "


#: A defined term's opening inside brackets, as releases and filings give one after a name:
#: ‘Veridian Systems, Inc. (“Veridian” or the “Company”)’, ‘(the “Fund”)’, ‘(collectively, the “Lenders”)’.
RE_DEFINED_TERM_BEFORE = LazyPattern(r"\((?:(?:collectively|together|jointly|hereinafter)(?: referred to as| called)?,? )?"
                                       r"(?:the |an? )?(?:[\"“][^\"“”()]{1,40}[\"”],? (?:or|and) (?:the |an? )?)?$")


#: What follows a term a release or a filing defines by a rule or a law: ‘a “qualified person” as defined
#: in National Instrument 43-101’, ‘contains “forward-looking statements” within the meaning of the Act’,
#: ‘a “domestic systemically important bank”, as that term is defined under …’.
RE_DEFINED_BY_RULE_AFTER = LazyPattern(r",? (?:as (?:(?:that|such|the) term is |it is )?defined (?:in|by|under)\b"
                                       r"|within the meaning of\b)")
#: (prefilter) How ``RE_DEFINED_BY_RULE_AFTER``, which it guards, must open: a plain test spares most
#: quotations the pattern (and most runs its compiling).
DEFINED_BY_RULE_OPENINGS = (" as ", ", as ", " within ", ", within ")


def _defined_by_rule(text: str, sp: Span, content: str) -> bool:
    """Up to six words in marks, no sentence's stop inside, that the words right after give a rule's
    or a law's definition (:data:`RE_DEFINED_BY_RULE_AFTER`): a disclaimer's defined term, never words
    said (‘“We are a qualified lender as defined by the rules,” she said’ holds the words inside). The
    caller reads it only when no cue gave a speaker, at most the sentence's subject with no cue (‘to
    defend the view that he is “natural born” within the meaning of the Constitution’ is the defenders')."""
    words = content.rstrip(",").split()
    return sp.close_end is not None and 1 <= len(words) <= 6 and not any(c in content for c in ".!?;:") \
        and text.startswith(DEFINED_BY_RULE_OPENINGS, sp.close_end) and RE_DEFINED_BY_RULE_AFTER.match(text, sp.close_end) is not None


def _defined_term(text: str, sp: Span) -> bool:
    """The marks hold a term the text defines in brackets right after a name: ‘(“Veridian” or the
    “Company”)’ (a name for the body, never its words)."""
    if sp.close_end is None or not text.startswith((")", " or ", " and ", ", or "), sp.close_end):
        return False
    m = RE_DEFINED_TERM_BEFORE.search(text, max(0, sp.open_at - 60), sp.open_at)
    return m is not None and not text[max(0, m.start() - 40):m.start()].rstrip().rsplit(" ", 1)[-1].startswith("#")
    # (a hashtag's gloss is what people posted: ‘used the hashtag #PortesOuvertesNice ("OpenDoorsNice")’)


#: A count in figures (‘100’, ‘2,500’), which may head a plural noun phrase as an article does.
#:
#: >>> RE_FIGURE_COUNT.fullmatch("2,500") is not None, RE_FIGURE_COUNT.fullmatch("1990s") is None
#: (True, True)
RE_FIGURE_COUNT = LazyPattern(r"\d{1,3}(?:,\d{3})*")


def _glossed_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """One lower-case word in marks that a plain noun phrase glosses with "or", a local term: ‘enhance
    the southwest monsoon or “habagat.”’, ‘looking at “rido,” or clan feud, and politics’ (never a
    word said among others: ‘called it reckless or “insane.”’, ‘“sad,” or worse,’)."""
    word = content.rstrip(".,")
    if sp.close_end is None or not word.isalpha() or not word.islower():
        return False
    if content.endswith(",") and RE_GLOSS_AFTER.match(text, sp.close_end) is not None:
        return True
    if RE_QUOTED_GLOSS_AFTER.match(text, sp.close_end) is not None and not any(
            t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as"
            or (t.word in SPEECH_VERBS and (k + 1 == len(toks) or toks[k + 1].word != "of"))  # (a noun: ‘charges of’)
            for k, t in enumerate(toks[-8:], max(0, len(toks) - 8))):
        return True  # a gloss in marks of its own: ‘on charges of “moharebeh”, or “waging war against God”’ (never
        # ‘called it “reckless,” or “utterly insane”’)
    if not (content.endswith((".", ",")) or text.startswith((",", "."), sp.close_end)) or len(toks) < 3 \
            or toks[-1].word != "or" \
            or any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as" for t in toks[-8:]):
        return False  # (never what something is called: ‘called the rule unfair or “worse,”’; the comma may
        # stand outside the marks: ‘alternative network operators, or “altnets”, many of which’, w138l)
    if sp.open_at - toks[0].start < 60:
        toks = tokenize(text, max(sp.para_start, sp.open_at - 60), sp.open_at)  # (the words by the mark may
        # stop inside the noun phrase: ‘more than 100 alternative network operators, or’)
    top = len(toks) - 3 if toks[-2].text == "," else len(toks) - 2  # (a comma may set the gloss off: ‘the
    # southwest monsoon, or “habagat,”’, w93a)
    k = top
    while k >= 0 and k > top - 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and toks[k].word not in BE_FORMS and toks[k].word not in AUXILIARIES:
        # (a verb ends the walk: ‘the plan was bad, or “insane,”’ glosses no noun phrase)
        k -= 1  # (the noun phrase before "or": ‘the southwest monsoon’)
    return top > k >= 0 and (toks[k].word in ("the", "a", "an") or toks[k].word in POSSESSIVES
                             or (k < top - 1 and (toks[k].word in COUNT_DETERMINERS or RE_FIGURE_COUNT.fullmatch(toks[k].text) is not None)))
    # (a count may head a plural of two words or more: ‘more than 100 alternative network operators, or
    # “altnets”’, ‘several district councils, or “shires,”’, w138l)


#: A translation in brackets right after a word in marks: one to four words, the first no function word
#: (‘“Awas” (Beware)’, ‘the “Bahaya” (Danger) level’; never a count or an aside: ‘“no” (68%)’, ‘(he said)’).
#:
#: >>> RE_BRACKET_GLOSS_AFTER.match(" (Beware), the highest") is not None, RE_BRACKET_GLOSS_AFTER.match(" (68%)") is None
#: (True, True)
RE_BRACKET_GLOSS_AFTER = LazyPattern(r" \(((?:\p{L}[\p{L}\-’']*)(?: \p{L}[\p{L}\-’']*){0,3})\)")

#: The word right before a local term glossed in brackets: "or" after the thing it names, or an article
#: (‘Level IV, or “Awas” (Beware)’, ‘a warning at the “Bahaya” (Danger) level’).
BRACKET_TERM_LEADS = frozenset("or the a an".split())


#: Prepositions whose object an article right after them heads (‘stayed at the “Siaga” (Alert) level’).
LEAD_PREPOSITIONS = frozenset("at in on of from into under above below to for with by".split())


def _speech_verb_shortly_before(toks: list[Token], lead: int) -> bool:
    """A verb of speech or of calling among the six words before ``toks[lead]`` in its clause (no
    punctuation between): ‘whispered to her son a’, ‘shouted at the guards the’. Never a noun of the
    same form: an "-ing" word (‘its rain warning at the’) or one right after an article or a possessive
    (‘a call for the’). An article right after a preposition heads the preposition's object, no verb's
    (‘said the alert stayed at the’).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("Amira Haddad whispered to her son a")
    >>> _speech_verb_shortly_before(toks, len(toks) - 1)
    True
    >>> toks = tokenize("The office kept its rain warning at the")
    >>> _speech_verb_shortly_before(toks, len(toks) - 1)
    False
    >>> toks = tokenize("The agency said the alert stayed at Level III, or")
    >>> _speech_verb_shortly_before(toks, len(toks) - 1)
    False
    >>> toks = tokenize("The agency said the alert stayed at the")
    >>> _speech_verb_shortly_before(toks, len(toks) - 1)
    False
    """
    if lead > 0 and toks[lead - 1].word in LEAD_PREPOSITIONS:
        return False
    for k in range(lead - 1, max(-1, lead - 7), -1):
        t = toks[k]
        if not t.text[:1].isalnum():
            return False  # (a comma or a dash ends the clause: ‘said the alert stayed at Level III, or’)
        if (t.word in SPEECH_VERBS or t.word in CALL_VERBS) and t.text.islower() and not t.word.endswith("ing") \
                and not (k > 0 and (toks[k - 1].word in ("a", "an", "the") or toks[k - 1].word in POSSESSIVES)):
            return True
    return False


def _bracket_glossed_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """One or two words in marks, right after "or" or an article, that a translation in brackets glosses
    (:data:`RE_BRACKET_GLOSS_AFTER`): a local word for a level, a season or a thing, never speech (‘the
    alert remained at Level IV, or “Awas” (Beware)’). Never a verb's object or complement (‘shouted
    “Merdeka” (Freedom)’, ‘said it was “sangat buruk” (very bad)’: words said, translated), nor a
    translation that opens or ends with a function word or a person (‘(he said)’, ‘(for now)’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The alert stayed at Level IV, or “Awas” (Beware), the highest."
    >>> o, c = t.index("“"), t.index("”")
    >>> _bracket_glossed_term(t, Span(o + 1, c, o, c + 1, 0, 0, len(t)), "Awas", tokenize(t, 0, o))
    True
    >>> t = "The crowd shouted “Merdeka” (Freedom) as he passed."
    >>> o, c = t.index("“"), t.index("”")
    >>> _bracket_glossed_term(t, Span(o + 1, c, o, c + 1, 0, 0, len(t)), "Merdeka", tokenize(t, 0, o))
    False

    Nor the object of a verb of speech a few words back in the clause (‘whispered to her son a “Bonne
    nuit” (Good night)’: words said; :func:`_speech_verb_shortly_before`):

    >>> t = "Before the vote, Ana Sousa said to the hall an “Obrigada” (Thank you), aides said."
    >>> o, c = t.index("“"), t.index("”")
    >>> _bracket_glossed_term(t, Span(o + 1, c, o, c + 1, 0, 0, len(t)), "Obrigada", tokenize(t, 0, o))
    False
    """
    if sp.close_end is None or not text.startswith(" (", sp.close_end) or not toks \
            or toks[-1].word not in BRACKET_TERM_LEADS:
        return False  # (a cheap exact prefilter: a bracket right after the marks)
    if _speech_verb_shortly_before(toks, len(toks) - 1):
        return False  # (‘whispered to her son a “Bonne nuit” (Good night)’, w93a guard)
    words = content.rstrip(",.").split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return False
    gloss = RE_BRACKET_GLOSS_AFTER.match(text, sp.close_end)
    return gloss is not None and not any(w.lower() in FUNCTION_WORDS or w.lower() in PRONOUNS
                                         for w in gloss.group(1).split()[:1] + gloss.group(1).split()[-1:])


#: A dash right after a term's closing mark and the plain words of a gloss, up to four (‘“community hubs” –
#: converted vans that …’, ‘“mobile clinics” — modified buses fitted with …’).
RE_DASH_GLOSS_AFTER = LazyPattern(r",? [–—] ((?:\p{Ll}[\p{Ll}\-]* ){0,3}\p{Ll}[\p{Ll}\-]*)")


#: A dash set off by spaces, as one that opens an aside (‘rates — both forms of …’).
RE_ASIDE_DASH = LazyPattern(r" [–—] ")


#: Determiners right before a foreign noun in marks that a dash glosses (‘its “Funklöcher” — the dead zones’).
FOREIGN_NOUN_LEADS = frozenset("the a an its".split())  # (never a person's: ‘toasting his “Champions” — a squad
# that …’ is his word, review of w138l)


def _foreign_noun(words: list[str], toks: list[Token]) -> bool:
    """One capitalised word in marks right after a determiner or a possessive, as a foreign noun is written
    (‘mocked for its “Funklöcher”’, ‘the “Mittelstand”’): a term when a dash glosses it (w138l); never a
    word in capitals or one after a verb (‘shouted “Never”’).

    >>> from quotesearch.tokens import tokenize
    >>> _foreign_noun(["Funklöcher"], tokenize("mocked for its")), _foreign_noun(["Never"], tokenize("he shouted"))
    (True, False)
    """
    return len(words) == 1 and words[0][:1].isupper() and words[0][1:].isalpha() and words[0][1:].islower() \
        and toks[-1].word in FOREIGN_NOUN_LEADS and toks[-1].text.islower()


def _dash_glossed_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A term of one to three lower-case words in marks (or one foreign noun, :func:`_foreign_noun`, where
    the only verb of speech before it may be an agentless passive: ‘has been mocked for its “Funklöcher” —
    the dead zones where …’, w138l) that a plain noun phrase glosses right after a dash, in a sentence
    with no verb of speech before it and no other quotation: the writer's label for a thing, never speech
    (‘will go towards mobile “community hubs” – converted vans that will visit towns’, ‘“community
    wardens” – part-time officers who patrol’; never ‘the minister said the money would go to “community
    hubs” – converted vans’, nor a view set off: ‘“daylight robbery” – a charge ministers reject’, ‘“a
    disgrace” – he said’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Funds go to “community hubs” – converted vans that visit towns."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _dash_glossed_term(t, sp, "community hubs", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 3 or not content[-1:].isalpha() \
            or not (all(w.replace("-", "").isalpha() and w.islower() for w in words) or _foreign_noun(words, toks)):
        return False
    gloss = RE_DASH_GLOSS_AFTER.match(text, sp.close_end)
    if gloss is None:
        return False
    g = gloss.group(1).split()
    if g[0] in ("a", "an", "the"):
        g = g[1:]  # (‘– a converted van’: the article's noun phrase)
    if len(g) < 2 or any(w in PRONOUNS or w in SPEECH_VERBS or w in CALL_VERBS or w in CHARACTERISING_VERBS for w in g) \
            or g[0] in FUNCTION_WORDS or g[0] in AUXILIARIES or g[0] in BE_FORMS or g[0].endswith("ly"):
        return False  # (a view or a cue after the dash: ‘– he said’, ‘– not least …’, ‘– and …’)
    before = [t for t in sentence if t.end <= sp.open_at]
    if before and RE_ASIDE_DASH.search(text, before[0].start, sp.open_at) is not None:
        return False  # (the dash closes an aside that a dash opened before: ‘— both forms of “printing money” —
        # boost growth’)
    foreign = not content.islower()  # (a foreign noun, :func:`_foreign_noun`)
    return not any(((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as")
                    and not t.capitalized and not (foreign and k > 0 and before[k - 1].word in BE_FORMS))
                   or t.word in ("he", "she", "i", "we") for k, t in enumerate(before)) \
        and not (before and RE_MARK.search(text, before[0].start, sp.open_at))  # (‘The State will fund’: a noun)


#: A gloss in marks after a term's comma and "or" (‘“moharebeh”, or “waging war against God”’).
RE_QUOTED_GLOSS_AFTER = LazyPattern(r",? or [“\"‘]\p{Ll}[\p{Ll}\-]+[’']?(?: [\p{L}\-’']+){1,5}[,.]?[”\"’]")
# (a plural's apostrophe may end the first word: ‘“Elefantenrunde”, or “elephants’ round”’)

#: A plain noun phrase of two or three words after a term's comma and "or" (‘“rido,” or clan feud,’).
RE_GLOSS_AFTER = LazyPattern(r" or (?:the |an? )?(?!(?:even|maybe|perhaps|worse|better|not|so|at)\b)"
                               r"\p{Ll}{3,}(?: \p{Ll}{3,}){1,2}(?<!ly)[,.;)]")


#: A gloss set off after a closing mark: a dash (or a comma, for a word's own nouns only) and "the" or
#: "a", up to three words, then a noun of :data:`GLOSS_NOUNS` and what it does or is for (‘ — the legal
#: term for …’, ‘ — the official who explores …’, ‘, a Latin phrase meaning …’).
#:
#: >>> RE_GLOSS_SET_OFF.match(" — the legal term for a case") is not None, RE_GLOSS_SET_OFF.match(", the minister said") is None
#: (True, True)
RE_GLOSS_SET_OFF = LazyPattern(
    r",? ?[—–] ?(?:the|an?) (?!same\b)(?:[\p{L}\-]+ ){0,3}?(?:(?:official|post|office|role) (?:who|that|which)\b|(?:"
    + "|".join(sorted(GLOSS_NOUNS)) + r") (?:for|meaning|describing|of|used (?!by\b)))"
    r"|,? (?:the|an?) (?!same\b)(?:[\p{L}\-]+ ){0,2}?(?:term|word|phrase|expression) (?:for|meaning|describing|used (?!by\b))")


def _said_in_sentence(text: str, sp: Span) -> bool:
    """A verb of speech in the sentence before the marks (‘Scholz said the decision respected the principle of’)."""
    ends = _ends_before_marks(text, sp)
    return any(t.word in SPEECH_VERBS for t in tokenize(text, ends[-1] if ends else sp.para_start, sp.open_at))


#: How a gloss set off after the marks may begin: a comma or a space, then an article
#: (:data:`RE_GLOSS_SET_OFF`'s second branch; a dash within three characters is its first).
GLOSS_OPENINGS = (", the ", " the ", ", a ", " a ", ", an ", " an ")


def _gloss_may_follow(text: str, at: int) -> bool:
    """A cheap exact prefilter for :data:`RE_GLOSS_SET_OFF` at ``at`` (a dash soon after the marks,
    or an article after a comma or a space), which spares most quotations the pattern's match.

    >>> _gloss_may_follow("“x” — the legal term", 3), _gloss_may_follow("“x”, the word for", 3), _gloss_may_follow("“x,” she said", 4)
    (True, True, False)
    """
    return "—" in text[at:at + 3] or "–" in text[at:at + 3] or text.startswith(GLOSS_OPENINGS, at)


def _defined_or_mocked(text: str, sp: Span, content: str, tail: list[Token]) -> bool:
    """A word in marks that the writer uses as a term, not anyone's words: glossed after the marks
    (‘no evidence of “fumus persecutionis” — the legal term for …’, ‘appointed as “informateur” — the
    official who …’), named as a concept's (‘the principle of “subsidiarity”’), a nation's word for
    a post or a thing (‘the Dutch “informateur”’, ‘the German “Schuldenbremse”’), mocked by the
    adjective before it (‘the government's much-vaunted ‘reset’’), or the name of a law in lower case
    (‘its new “sovereignty protection” law’). Never words said (‘a “very good” deal’ is someone's).

    >>> from quotesearch.tokens import tokenize
    >>> t = "was appointed as “informateur” — the official who explores coalitions."
    >>> o, c = t.index("“"), t.index("”")
    >>> _defined_or_mocked(t, Span(o + 1, c, o, c + 1, 0, 0, len(t)), "informateur", tokenize(t[:o]))
    True
    """
    words = content.rstrip(",.").split()
    if not words or any(c in content for c in "!?;:"):
        return False
    if sp.close_end is not None and len(words) <= 3 and _gloss_may_follow(text, sp.close_end) \
            and RE_GLOSS_SET_OFF.match(text, sp.close_end) is not None \
            and not any(x.word in CALL_VERBS or x.word in CHARACTERISING_VERBS for x in tail[-8:]):
        return True  # (never one's own name for a thing: ‘calling the ruling “a setback”, a word that understates it’)
    if len(tail) >= 2 and tail[-1].word == "of" and tail[-2].word in CONCEPT_NOUNS and len(words) <= 3 \
            and not _said_in_sentence(text, sp):  # (never one's said: ‘Scholz said … the principle of “…”’)
        return True
    if len(tail) >= 2 and len(words) == 1 and words[0].islower() and tail[-1].capitalized and tail[-1].word in DEMONYMS \
            and tail[-2].word in ("the", "a", "an"):
        return True  # (one word only: ‘the Dutch “informateur”’; never ‘the French “we will not pay”’)
    if tail and tail[-1].word in SCARE_ADJECTIVES and len(words) <= 2:
        return True
    return sp.close_end is not None and 2 <= len(words) <= 4 and content == content.lower() \
        and content[-1:].isalpha() and (w := _word_after(text, sp.close_end)) is not None and w in LAW_NOUNS \
        and not words[-1].endswith(("ous", "ful", "ive", "able", "ible", "ic", "al", "ed", "ing", "ist", "an", "air")) \
        and not any(w.endswith("ly") or w in ("and", "or", "not") for w in words) and not any(x.word in SPEECH_VERBS for x in tail) \
        and len(tail) >= 1 and (tail[-1].word in ("the", "its", "their", "his", "her", "a", "new") or is_possessive(tail[-1]))


def owned_term(text: str, sp: Span, content: str) -> bool:
    """Words in marks, three at most and all in lower case, right after an owner's possessive (‘his’,
    ‘their’, ‘the junta’s’, ‘Minister Ó Briain’s’): a thing of theirs the writer names and mocks (‘His
    “apology” came two days later’, ‘The premier’s “resilience” agenda’), no one's words; the caller
    reads it only when the sentence has no cue of its own (‘Ruto said the opposition’s “reckless
    propaganda” …’ quotes Ruto).

    >>> t = "His “apology” came later. It’s “fine”, and her “I will never resign” stands."
    >>> [owned_term(t, s, t[s.start:s.end]) for s in find_spans(t)]
    [True, False, False]
    """
    words = content.rstrip(",").split()
    if not 0 < len(words) <= OWNED_TERM_WORDS or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    before = text[max(sp.para_start, sp.open_at - 40):sp.open_at].split()
    if not before or before[-1] != text[sp.open_at - len(before[-1]) - 1:sp.open_at - 1] or text[sp.open_at - 1] != " ":
        return False  # (the owner's word stands right before the mark, a space between)
    owner = before[-1]
    if owner.lower() in TERM_OWNERS:
        return True
    head, _, tail = owner.replace("'", "’").rpartition("’")
    return tail == "s" and head[:1].isalpha() and head.lower() not in S_CONTRACTIONS \
        and (head[:1].isupper() or (len(before) > 1 and before[-2].lower() in ("the", "a", "an")))


def _said_in_sentence_before(text: str, sp: Span) -> bool:
    """(guard) A speech verb or a verb of calling in the sentence before the marks, from its last full
    stop in the paragraph (‘… said the senator had “used a poor choice of words” but stood by his “…”’,
    ‘The former first lady calls it her “responsibility gene”’)."""
    lo = max(sp.para_start, text.rfind(". ", sp.para_start, sp.open_at) + 1)
    return any(w in SPEECH_VERBS or w in LABELLING_VERBS for w in RE_WORD.findall(text[lo:sp.open_at].lower()))
