"""Titles and scare quotes: telling a quotation from the title of a work, a programme, a rating or
grade, a defined or glossed term and a stock phrase set off in marks (is_title, names_a_work).
"""

from __future__ import annotations

import re

from quotesearch.cues import cue_before
from quotesearch.cue_tokens import BE_FORMS, Found, sentence_ends
from quotesearch.cue_phrases import ASK_VERBS
from quotesearch.lexicon import LazyPattern, ONLINE_VENUE_NOUNS, wordset
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.place_words import DEMONYMS
from quotesearch.document_words import (
    DOCUMENT_NOUNS, ISSUED_NOUNS, ISSUING_VERBS, REPORT_NOUNS, THING_NOUNS, TITLED_WRITING_NOUNS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, CALL_VERBS, CLAUSE_NOUN_PREPOSITIONS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS, S_CONTRACTIONS,
    WEAK_SPEECH_VERBS,
)
from quotesearch.term_words import (
    ALERT_LEVELS, ALERT_MOVE_VERBS, ALERT_SCALE_NOUNS, CHARGE_NOUNS, CONCEPT_NOUNS, GLOSS_NOUNS, LAW_NOUNS, MODE_NOUNS,
    NOUNS_ENDING_ED, OWNED_TERM_WORDS, PHRASAL_NOUN_PARTICLES, SCARE_ADJECTIVES, SCHEME_DETERMINERS, SCHEME_NOUNS,
    STOCK_PHRASES, TERM_OWNERS, TITLE_FOR_LEADS, TITLE_ON_LEADS,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import DETERMINERS, Mention, POSSESSIVES, PREPOSITIONS, description_head
from quotesearch.names import (
    ADVERB_ENDINGS, FUNCTION_WORDS, PARTICLES as NAME_PARTICLES, Token, gender_of, is_name_token, is_possessive, sex_of_given_name, tokenize,
)
from quotesearch.quotes import AFTER_CLOSE_WORDS, headline_source_last, RE_HEADLINE_SAYS, Span, _headline, find_spans, headline_term
from quotesearch.offices import _title_noun


#: Words right before "on" and a programme's title, with only a host's name between ("host Rick
#: Damone on", "appeared on", "in an interview on").
ON_AIR_WORDS = frozenset("host hosts anchor appeared appearing appearance interview speaking interviewed".split())

#: Verbs whose object is the listener, before a broadcaster's possessive and a programme's title
#: (‘told ERR's “Esimene stuudio”’).
TELLING_WORDS = frozenset("told tells telling".split())

#: Lower-case words that may stand before a broadcaster's name (‘told public broadcaster ERR's’).
BROADCASTER_WORDS = frozenset("public national state broadcaster broadcasters radio television tv channel the".split())


#: Verbs of referring, before "to as" and a name (‘commonly referred to as “the pit”’).
REFER_VERBS = frozenset("refer refers referred referring".split())

#: A sentence's end or a clause's comma inside a quotation: more than a term.
RE_SENTENCE_INSIDE = LazyPattern(r"[.!?;,]")

#: Verbs of performing a work: a title after them is the work's ("playing “Yellow”").
PERFORM_VERBS = frozenset("playing played plays play performing performed performs perform sang sings sing singing "
                          "covered covering recorded screened screening".split())  # (‘the band will play “…”’)

#: Verbs of starting a song before "into", a title after them the song's (‘before launching into “Harbour Lights.”’).
PERFORM_INTO_VERBS = frozenset("launching launched launches launch".split())


#: Nouns of works, whose titles are quoted: ‘her fifth book, “The Keeper’s Wife.”’ (and a series' part: ‘the next
#: season of “Night Kitchen.”’)
WORK_NOUNS = frozenset("""
book novel memoir biography film movie documentary show series sitcom drama play musical opera song
single album record podcast programme program episode column blog vlog poem painting exhibition game revival
production staging piece sculpture installation mural artwork canvas ticker
broadcast collection anthology headline essay newsletter segment saga romance thriller novella trilogy sequel
memoirs comedy cookbook mixtape soundtrack autobiography epic
""".split()) | frozenset("classic hit anthem ballad track opener hymn tune report study survey season".split())

#: Nouns of works that name nothing else ("film", never "hit" or "opener", which sport uses too):
#: a one-word title after them may end its sentence (‘her blockbuster film, “Trainwreck.”’).
PLAIN_WORK_NOUNS = WORK_NOUNS - frozenset("classic hit anthem ballad track opener hymn tune game record report study survey".split())


#: A title of one capitalised word, after a noun of a work: ‘the classic “Mannenberg,”’.
RE_ONE_WORD_TITLE = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*[,.]?")

#: Words after a closing mark that go on the sentence, never a noun the marks' words qualify.
GOES_ON_AFTER = frozenset("""
today yesterday tonight now again too instead anyway though then once twice ever here there later earlier
afterward afterwards online overnight last this next every each all both because unless until even just
still also only already either neither more most less least much very enough first
""".split())


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


#: The most words between "its" and a product's name in marks (‘its next-generation “Fjord” platform’).
THING_OWNER_MODIFIERS = 2


def _thing_owner(toks: list[Token]) -> bool:
    """The words before the marks end with a thing's possessive (‘the app’s’, ‘the bank's’): what the
    marks name before a noun is the thing's feature or product, whatever verb comes before (‘content
    recommended on the app’s “For Later” feed’); never a person's (‘the senator's “Jobs First” plan’).

    >>> _thing_owner(tokenize("videos on the app’s ", 0, 20)), _thing_owner(tokenize("on the mayor’s ", 0, 15))
    (True, False)

    And "its", a thing's own word, with a word or two of the product's kind between (‘to sample its
    next-generation “Fjord” platform’; never ‘his new “Fair Deal” plan’):

    >>> _thing_owner(tokenize("to sample its next-generation ", 0, 30)), _thing_owner(tokenize("his new ", 0, 8))
    (True, False)
    """
    for j in range(1, min(len(toks), THING_OWNER_MODIFIERS + 1) + 1):
        if toks[-j].word == "its" and toks[-j].text.islower():
            if all(x.text.islower() and x.text.replace("-", "").isalpha() and x.word not in FUNCTION_WORDS
                   for x in toks[len(toks) - j + 1:]):
                return True
            break
    if len(toks) < 2 or toks[-2].word not in ("the", "its", "their"):
        return False
    owner = toks[-1].text
    if not owner.endswith(("’s", "'s")) or not owner[:-2].isalpha() or not owner[:-2].islower():
        return False
    noun = owner[:-2].lower()
    return not _person_noun(noun) and noun not in GENDERED_NOUNS and noun not in KIN_NOUNS


def _refer_to_as_article(toks: list[Token]) -> bool:
    """The words before the marks are "refer to as" and an article, the thing referred to gone before
    it (‘a system staff refer to as the “no name, no door” policy’): with a noun after the marks, a
    name whoever refers to it so (:func:`_referred_to_as` reads the marks with no noun after, where
    only a passive or a group's usage makes a name); never ‘referred to the plan as “…”’, which names
    what is called.

    >>> _refer_to_as_article(tokenize("a rule staff refer to as the ", 0, 29))
    True
    """
    return len(toks) >= 4 and toks[-1].word in ("the", "a", "an") and toks[-2].word == "as" and toks[-3].word == "to" \
        and toks[-4].word in REFER_VERBS


def _attributive(text: str, close_end: int) -> bool:
    """A lower-case noun right after the closing mark, which the marks' words name a kind of:
    ‘in “Sport” mode’, ‘its “Campus” loafer’, ‘the “Gilded Sovereign” bundle’, the app's “For You”
    feed’ (a noun in "-ed", :data:`NOUNS_ENDING_ED`), ‘a “blue flu” sick-out’ (a verb's noun with its
    particle)."""
    w = _word_after(text, close_end)
    if w is None:
        return False
    return w not in AFTER_CLOSE_WORDS and w not in GOES_ON_AFTER and w not in SPEECH_VERBS \
        and not (w.endswith(("ly", "ed", "ing")) and w not in NOUNS_ENDING_ED) and w not in PRONOUNS
    # (a participle or an adverb goes on the sentence; but ‘the app’s “For Later” feed’ is a noun)


RE_WORD_AFTER = LazyPattern(r" (\p{Ll}+)\b(?![’'\-])")

#: A noun made of a verb and its particle with a hyphen, right after a closing mark (‘ sick-out’,
#: ‘ sit-in’, ‘ walk-out’): the particle in group 2 (:data:`PHRASAL_NOUN_PARTICLES`).
RE_PHRASAL_NOUN_AFTER = LazyPattern(r" (\p{Ll}+-(\p{Ll}+))\b(?![’'\-])")


def _word_after(text: str, at: int) -> str | None:
    """The lower-case word right after ``at``: a plain word (‘ mode’), or a verb's noun with its
    particle (‘ sick-out’); never a word that a hyphen joins to another (‘ well-known’).

    >>> _word_after("a “blue flu” sick-out over", 12), _word_after("a “big” well-known firm", 7)
    ('sick-out', None)
    """
    m = RE_WORD_AFTER.match(text, at)
    if m is not None:
        return m.group(1)
    m = RE_PHRASAL_NOUN_AFTER.match(text, at)
    return m.group(1) if m is not None and m.group(2) in PHRASAL_NOUN_PARTICLES else None


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


#: A share spoken of by its pronoun after a verb that rates it (‘analysts rate it “buy”’).
#:
#: >>> sorted(RATED_SHARE_PRONOUNS)
#: ['it', 'them']
RATED_SHARE_PRONOUNS = frozenset("it them".split())


def _rating_count(word: str) -> bool:
    """A count of analysts written before the rating they give, in figures or in words.

    >>> _rating_count("15"), _rating_count("nine"), _rating_count("the")
    (True, True, False)
    """
    return word.isdigit() or word.lower() in NUMBER_NAMES


#: Words before 'rate it' that make the rating a hypothetical judgement (‘she would rate it “neutral”’,
#: ‘would only rate it “hold”’, and ‘I'd rate it’), never an analyst's standing rating of a share.
#:
#: >>> "would" in HYPOTHETICAL_RATE_WORDS, "has" in HYPOTHETICAL_RATE_WORDS
#: (True, False)
HYPOTHETICAL_RATE_WORDS = frozenset("would could might should may will".split())


def _standing_rate_verb(toks: list[Token]) -> bool:
    """The words end with a verb of an analyst's standing rating (‘rate’, ‘rates’, ‘rating’, ‘has rated’), never a
    judgement once made or only supposed (‘She rated it “neutral” for manufacturers’, ‘he would rate it
    “neutral”’: a person's verdict, said; review rv65a).

    >>> from quotesearch.names import tokenize
    >>> [_standing_rate_verb(tokenize(s)) for s in ("15 rate", "who has rated", "She rated", "would only rate")]
    [True, True, False, False]
    """
    if not toks or toks[-1].word not in RATE_VERBS:
        return False
    if toks[-1].word == "rated":
        return len(toks) >= 2 and toks[-2].word in ("has", "have")
    return not any(x.word in HYPOTHETICAL_RATE_WORDS or x.word.endswith(("'d", "’d")) for x in toks[-3:-1])


#: A fact-check's verdict before it: "Rating:", "Our ruling:", "Verdict:".
RATING_NOUNS = frozenset("rating ruling verdict".split())

#: Verbs that give a claim its rating ("We rate this claim …"), and what they rate.
RATE_VERBS = frozenset("rate rates rated rating".split())
RATED_WORDS = frozenset("this that the it his her their its claim claims statement statements post posts "
                        "assertion quote figure".split())


def _rating_lead(toks: list[Token], content: str) -> bool:
    """The words before the marks give a claim its rating (‘We rate this claim “Pants on Fire.”’,
    ‘PolitiFact rated it “Half True”’, ‘Our ruling: “Mostly False.”’, ‘Rating: “False”’): a label,
    never speech. A rating's words are a fact-checker's; a verdict with its owner (‘His verdict:
    “Simply not good enough.”’, ‘She rated it “a solid eight.”’) is said."""
    rated = RE_RATING_WORDS.fullmatch(content.strip(" .!,")) is not None
    if len(toks) >= 2 and toks[-1].text == ":" and toks[-2].word in RATING_NOUNS:
        before = toks[-3] if len(toks) >= 3 else None
        return rated or before is None or before.text in ".!?" or (
            before.word in ("our", "the", "final") or (before.capitalized and not is_possessive(before)
                                                       and before.word not in ("his", "her", "their", "its")))
    if len(toks) >= 2 and toks[-1].word in ("to", "from", "at") and RE_STOCK_RATING.fullmatch(content.strip(" .,")) \
            and (any(x.word in STOCK_RATE_VERBS for x in toks[-6:-1])
                 or (toks[-2].text in "”\"’'" and len(toks) >= 3 and RE_STOCK_RATING.fullmatch(toks[-3].word))):
        return True  # an analyst's rating of a share: ‘downgraded the stock to “underperform” from “market
        # perform.”’, ‘initiated coverage at “buy”’ (never ‘upgraded to the “Secret” level’)
    if RE_CREDIT_GRADE.fullmatch(content.strip(" .,")) and any(x.word in RATE_VERBS or x.word in STOCK_RATE_VERBS
                                                              for x in toks[-3:]):
        return True  # a grade a rating agency gives: ‘Summit Mutual is rated “A” (Excellent) by AM Best’
    if _inspection_grade_lead(toks, content) or _alert_level_lead(toks, content):
        return True
    if len(toks) >= 3 and RE_STOCK_RATING.fullmatch(content.strip(" .,")) and toks[-1].word in SHARE_NOUNS \
            and any(x.word in RATE_VERBS for x in toks[-4:-1]):
        return True  # an analyst's standing rating of a share: ‘an analyst who rates the stock “hold,”’,
        # ‘Shore Capital, which rates the shares “buy”’ (never a judgement: ‘rated the stock “a bargain”’)
    if len(toks) >= 2 and RE_STOCK_RATING.fullmatch(content.strip(" .,")) and toks[-1].word in RATED_SHARE_PRONOUNS \
            and _standing_rate_verb(toks[:-1]):
        return True  # the same with the share by its pronoun: ‘12 of the analysts rate it “buy”’ (w65a)
    if len(toks) >= 3 and RE_STOCK_RATING.fullmatch(content.strip(" .,")) and _rating_count(toks[-1].text) \
            and any(x.text in "”\"’'" and RE_STOCK_RATING.fullmatch(y.word) is not None
                    for y, x in zip(toks[-8:-2], toks[-7:-1])):
        return True  # a tally of analysts' ratings, each count before its rating, a rating in marks before it
        # (‘15 rate it “buy” or higher, nine “hold” and four “sell”’): labels, never speech (w65a)
    r = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1) if toks[k].word in RATE_VERBS), None)
    return r is not None and all(x.word in RATED_WORDS for x in toks[r + 1:]) \
        and (r + 1 == len(toks) or toks[r + 1].word != "the" or len(toks) - r > 2) \
        and (rated or (r > 0 and toks[r - 1].word == "we"))


#: The grades school inspectors give (Ofsted's four, and the category a failing school is put in).
RE_INSPECTION_GRADE = LazyPattern(r"(?i:outstanding|good|requires improvement|inadequate|special measures"
                                  r"|serious weaknesses|satisfactory|unsatisfactory|excellent|very good|poor)")
#: The verbs that give a school its grade (‘was rated “inadequate”’, ‘judged “good”’, ‘be labelled
#: “good”’).
GRADE_VERBS = frozenset("rated graded judged deemed ranked assessed labelled labeled".split())


#: Verbs that move a grade up or down, before "from" or "to" and the grade (‘downgraded from “good”’).
REGRADE_VERBS = frozenset("upgraded downgraded regraded raised lowered dropped dropping".split())


def _rating_before_noun(text: str, sp: Span, content: str) -> bool:
    """An analyst's rating of a share in marks right before its noun (:data:`RE_RATING_NOUN_AFTER`):
    ‘kept a “hold” rating on the stock’, ‘reiterated her “outperform” rating’: a label, never speech
    (never a judgement that is no rating's name: ‘a “disastrous” rating for the show’).

    >>> t = "He kept a “hold” rating on it."
    >>> _rating_before_noun(t, Span(11, 15, 10, 16, 0, 0, len(t)), "hold")
    True
    """
    return sp.close_end is not None and RE_STOCK_RATING.fullmatch(content.strip(" .,")) is not None \
        and RE_RATING_NOUN_AFTER.match(text, sp.close_end) is not None


def _grade_lead(toks: list[Token], content: str) -> bool:
    """A grade's or a rating's name right after the verb that gives it, the first of a list of them
    (‘would no longer be labelled ‘outstanding’, ‘good’, ‘requires improvement’ or ‘inadequate’’,
    ‘premises were rated “excellent”, “satisfactory” or “poor”’): the names after it, joined by a list's
    commas, are grades too (never after "called": ‘called them “thugs,” “losers” and …’ are words).

    >>> from quotesearch.names import tokenize
    >>> _grade_lead(tokenize("schools would be labelled "), "outstanding"), _grade_lead(tokenize("he called it "), "good")
    (True, False)
    """
    return _inspection_grade_lead(toks, content) or _rating_lead(toks, content)


def _inspection_grade_lead(toks: list[Token], content: str) -> bool:
    """An inspector's grade in marks right after the verb that gives it (‘was rated “inadequate” by
    Ofsted’, ‘judged “requires improvement”’, ‘graded as “outstanding”’, ‘was placed in “special
    measures”’): a label, never speech. Only a grade's own words, right after the verb (never ‘judged
    the plan “good enough”’, nor ‘said the school was “outstanding”’).

    >>> from quotesearch.names import tokenize
    >>> _inspection_grade_lead(tokenize("The school was rated "), "inadequate")
    True
    >>> _inspection_grade_lead(tokenize("The head said it was "), "outstanding")
    False
    """
    if not RE_INSPECTION_GRADE.fullmatch(content.strip(" .,")) or not toks:
        return False
    k = len(toks) - 2 if toks[-1].word == "as" else len(toks) - 1
    if k >= 0 and toks[k].word in GRADE_VERBS:
        return True
    if len(toks) >= 2 and toks[-1].word in ("to", "from") and any(
            x.word in REGRADE_VERBS or (toks[-1].word == "to" and x.word == "from") for x in toks[-6:-1]):
        return True  # a grade a school moved from or to (‘was downgraded from “good” to “requires improvement”’)
    return len(toks) >= 2 and toks[-1].word == "in" and toks[-2].word in ("placed", "put") \
        and content.strip(" .,").lower() in ("special measures", "serious weaknesses")


def _alert_level_lead(toks: list[Token], content: str) -> bool:
    """A warning scale's level in marks right after a verb that moves the scale and "to" or "from", the
    scale's noun before (‘fire danger ratings were raised to “severe”’, ‘the threat level was lowered to
    “substantial” from “severe”’): the level's name, never words said (never a judgment that names no
    level: ‘raised the rent to “an absolutely crazy” level’).

    >>> from quotesearch.names import tokenize
    >>> _alert_level_lead(tokenize("fire danger ratings raised to"), "severe")
    True
    >>> _alert_level_lead(tokenize("the council raised the rent to"), "severe"), _alert_level_lead(tokenize("the threat level rose to"), "a crisis")
    (False, False)
    """
    if content.strip(" .,").lower() not in ALERT_LEVELS or len(toks) < 3 or toks[-1].word not in ("to", "from"):
        return False
    if toks[-1].word == "from" and len(toks) >= 5 and toks[-3].word in ALERT_LEVELS and toks[-5].word == "to":
        return True  # the level it left, after the one it moved to: ‘lowered to “substantial” from “severe”’
    v = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if toks[k].word in ALERT_MOVE_VERBS), None)
    return v is not None and any(x.word in ALERT_SCALE_NOUNS for x in toks[max(0, v - 4):v])


#: The ratings analysts give a share, and the words that give or change one.
RE_STOCK_RATING = LazyPattern(
    r"(?i:buy|strong buy|sell|strong sell|hold|outperform|underperform|market perform|sector perform|peer perform"
    r"|market outperform|sector outperform|sector underperform|overweight|underweight|equal[ -]weight|market weight"
    r"|neutral|accumulate|reduce|add|in[ -]line)")
#: The noun right after an analyst's rating in marks, which makes the marks the rating's name: ‘kept a
#: “hold” rating on the stock’, ‘reiterated her “outperform” recommendation’.
#:
#: >>> bool(RE_RATING_NOUN_AFTER.match(" rating on the stock")), RE_RATING_NOUN_AFTER.match(" ratings agency") is None
#: (True, True)
RE_RATING_NOUN_AFTER = LazyPattern(r"\s+(?:rating|recommendation)s?\b(?! (?:agency|agencies|firm|firms)\b)")
#: The grades credit and insurance rating agencies give (‘rated “A” (Excellent)’, ‘cut to “BB+”’, ‘“Baa2”’).
RE_CREDIT_GRADE = LazyPattern(r"(?:A{1,3}|B{1,3}|C{1,3}|D)(?:[+-]|\+\+)?|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca")
STOCK_RATE_VERBS = frozenset("upgraded upgrades upgrade upgrading downgraded downgrades downgrade downgrading rated rates "
                             "initiated initiates reiterated reiterates rating stock shares recommendation".split())
# (and a share's nouns: ‘cut its rating to “sell”’, ‘moved the shares to “hold”’; never ‘moved to “hold” the vote’)
#: A share's nouns right before a rating in marks: ‘rates the stock “hold”’, ‘rates Tesco shares “buy”’.
SHARE_NOUNS = frozenset("stock stocks shares share".split())


#: The ratings fact-checkers give (PolitiFact, FactCheck.org, Full Fact, Snopes, AFP, Reuters, the
#: Washington Post's Pinocchios, Africa Check).
RE_RATING_WORDS = LazyPattern(
    r"(?i:true|mostly true|half[ -]true|mostly false|false|pants on fire|misleading|unproven|mixture|needs context"
    r"|missing context|lacks context|correct|incorrect|partly false|partly true|altered|satire|labeled satire"
    r"|miscaptioned|misattributed|correct attribution|exaggerated|unsupported|unfounded|inaccurate|mostly accurate"
    r"|accurate|fabricated|fake|outdated|legend|scam|full flop|half flip|no flip|(?:one|two|three|four) pinocchios?"
    r"|geppetto checkmark|true but misleading)")


def _one_word_title(text: str, sp: Span, toks: list[Token]) -> bool:
    """A one-word quotation set off inside its sentence right after "the" (or a possessive or a
    name) and a noun of a work: ‘The opener, “Umzila,” builds …’, ‘the Abdullah Ibrahim classic
    “Mannenberg,” which …’; never a word said (‘a hit, “Definitely,” was her answer’, ‘after the
    hit, “Disgusting.”’, which ends its sentence)."""
    if not names_a_work(toks):
        return False
    i = _work_noun_at(toks) if toks[-1].word != "of" else len(toks) - 1
    if toks[i].word in PLAIN_WORK_NOUNS or toks[i].word[:-1] in PLAIN_WORK_NOUNS or toks[i].word in PERFORM_VERBS:
        return True  # (‘her blockbuster film, “Trainwreck.”’, ‘the movie “Spotlight”’, ‘playing “Yellow”’)
    if not text[sp.start:sp.end].endswith(","):
        return False
    j = i - 1
    while j > i - 3 and j >= 0 and toks[j].text.islower() and toks[j].word not in FUNCTION_WORDS:
        j -= 1  # (an adjective or two: ‘Her latest hit, “Flowers,”’)
    return j >= 0 and (toks[j].word in OWNERS or is_possessive(toks[j])
                       or (toks[j].capitalized and toks[j].word not in FUNCTION_WORDS))  # (never ‘A hit, “…”’)


#: Nouns after a title in marks that make it a modifier: ‘“Oppenheimer” director Christopher Nolan’.
TITLE_FOLLOWERS = frozenset("""
director star actor actress author writer creator producer showrunner composer film movie series
album book novel franchise sequel prequel cast soundtrack trailer premiere
""".split())

#: What joins the titles of a list: ‘“Interstellar” and “Oppenheimer”’, ‘“Heat”, “Ronin”’.
RE_LIST_JOIN = LazyPattern(r"\s*(?:,|,? and|,? or)\s*")


def _person_noun(word: str) -> bool:
    """A noun of a person, who calls out rather than is called (‘An elderly man called “Over here”’)."""
    return word in ROLE_NOUNS or word in PEOPLE_NOUNS or (word in DESCRIPTION_NOUNS and word not in THING_NOUNS)


#: Nouns of people that no list of roles holds.
PEOPLE_NOUNS = frozenset("man woman boy girl child kid person customer passenger shopper neighbour neighbor stranger".split())


#: The capitalised parts of a name, between spaces or hyphens (‘Band Night’, ‘Jazz-a-Thon’: two each).
#:
#: >>> len(RE_NAME_PARTS.findall("Jazz-a-Thon")), len(RE_NAME_PARTS.findall("Brexit"))
#: (2, 1)
RE_NAME_PARTS = LazyPattern(r"(?<![\p{L}])\p{Lu}")


#: Verbs of speech whose object right after them is a thing put out, never words (‘announced a “Made in
#: Ostra” buying rule’, ‘unveiled a “Fair Fares” scheme’) (w50c).
#:
#: >>> "announced" in THING_LAUNCHING_VERBS, "said" in THING_LAUNCHING_VERBS
#: (True, False)
THING_LAUNCHING_VERBS = frozenset("announced announces unveiled unveils launched launches proposed proposes introduced "
                                  "introduces".split())


def _attributive_name(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in title case set before a noun, after "the", "a" or an owner: ‘the “Decree 54”
    cybercrime law’, ‘its “General Security” forces’, ‘the company’s “ProteinCrisp” chips’,
    ‘its “Castlemere Covers You” brand campaign’ (never words said: ‘a “very good” deal’)."""
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 4 or RE_SENTENCE_INSIDE.search(content) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words):
        return False
    said = any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in WISH_VERBS for t in toks[-4:])
    if said and len(toks) >= 2 and toks[-1].word in ("a", "an") and toks[-2].word in THING_LAUNCHING_VERBS:
        said = False  # (a thing put out, the name its own: ‘announced a “Made in Ostra” buying rule’, w50c)
    after = RE_NOUN_AFTER.match(text, sp.close_end)
    if after is None:
        return False
    w = after.group(1)
    if sp.open_at == sp.para_start or (toks and toks[-1].text in ".!?") or not toks:
        # a title that opens its sentence as its subject: ‘“Nightjar” received a standing ovation’,
        # ‘“Nightjar” will be released’ (words said take a comma or a cue)
        return len(words) > 1 and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS
    if w in ROLE_NOUNS and not said:
        return True  # a title before a role: ‘“Winter Light” co-star Oona Fairley’, ‘the “Nightjar” director’
    if w in REPORT_NOUNS and _owner_and_modifiers(toks):
        return True  # a report's or a survey's title: ‘said in its annual ‘State of the Cryosphere’ report’, ‘the
        # bank's latest “Monetary Policy Outlook” report’ (never ‘his famous “Mission Accomplished” appearance’)
    if not (toks[-1].word in ("the", "its", "his", "her", "their", "our")
            or (is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1)
            or (toks[-1].word in ("a", "an") and not said)
            or (len(toks) >= 2 and toks[-2].word in ("the", "its", "their") and _plain_modifier(toks[-1]) and not said
                and len(RE_NAME_PARTS.findall(content)) >= 2)
            # (a modifier between, before a name of two parts or more: ‘the annual “Band Night” barbecue’, ‘the
            # yearly “Jazz-a-Thon” dinner’; never after a person's possessive: ‘mocking his famous “Mission
            # Accomplished” appearance’, nor one word, often the speaker's: ‘the critical “Brexit” referendum’)
            or (len(toks) >= 2 and toks[-2].word in ("its", "his", "her", "their", "our") and toks[-1].text.islower()
                and any(c.isdigit() for c in toks[-1].text))):  # (an owner and a sum: ‘its 120-billion-baht “Pan
        # Suk” stimulus scheme’; but ‘mocking his famous “Mission Accomplished” appearance’ quotes)
        return False  # (a name after "the" or an owner, whatever the verb: ‘announced her “Midnight Roads”
        # tour’, ‘called the “Fair Share” tax a disaster’; but ‘called it a “Very Good” deal’ quotes)
    if is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1 and toks[-1].text[:1].isupper() and len(words) <= 2 \
            and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS:
        return True  # a programme or a work after its maker's possessive, as the subject: ‘the BBC’s “Panorama”
        # investigated’
    return w not in FUNCTION_WORDS and w not in AUXILIARIES and w not in BE_FORMS and w not in NOT_NOUNS_AFTER \
        and not (w.endswith(("ed", "ly")) and w not in NOUNS_ENDING_ED) and not (w in SPEECH_VERBS and (w.endswith(("s", "ing")) or w in (
            "said", "told", "wrote", "spoke", "sang")))  # (a verb's bare form may be a noun: ‘its “X” brand campaign’)


def _report_set_off(toks: list[Token]) -> bool:
    """The words before the marks end with a report's noun and a comma (‘The 212-page report,’, ‘The
    study,’): a title set off after it may run long with a subtitle (‘“Water Under Pressure:
    Groundwater and Food Security in South Asia,”’); a book's title is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’)."""
    return len(toks) >= 2 and toks[-1].text == "," and toks[-2].word in REPORT_NOUNS


#: After a title set off by commas, a relative clause about the work it names (‘a law review article,
#: “Courts and Custom,” in which the judge wrote’, ‘a report, “Land Under Pressure,” that warned’).
RE_WORK_CLAUSE_AFTER = LazyPattern(r",? (?:in which|which|that|where|whose)\b")


def _work_titled_aside(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title in marks set off by commas right after a work's noun and followed by a relative clause
    about the work: ‘confronted her with a 2014 journal article, “The Quiet Court,” in which Judge
    Mwangi argued …’ names the article, whoever wrote it (guard: the noun in lower case right before
    the comma, the words a title, and the clause right after; a title set off with no clause after is
    left to the work's rules, since PolNeAR quotes some: ‘his biography, ‘‘Lost Tycoon,’’ said …’).

    >>> from quotesearch.names import tokenize
    >>> t = 'an article, “The Quiet Court,” in which he wrote'
    >>> sp = Span(t.index('“') + 1, t.index('”'), t.index('“'), t.index('”') + 1, 0, 0, len(t))
    >>> _work_titled_aside(t, sp, "The Quiet Court,", tokenize(t, 0, sp.open_at))
    True
    """
    if len(toks) >= 4 and toks[-2].word in TITLED_WRITING_NOUNS and not _is_work_noun(toks[-2].word) \
            and toks[-3].word in ("the", "this", "that") and (toks[-4].word in SPEECH_VERBS or toks[-4].word == "to"):
        return False  # (a newspaper or its column told something, never a title: ‘Senator X told the paper,
        # “I Will Vote No,” that evening’, ‘wrote to the paper, “…,” which …’)
    return sp.close_end is not None and len(toks) >= 2 and toks[-1].text == "," \
        and (_is_work_noun(toks[-2].word) or toks[-2].word in TITLED_WRITING_NOUNS) and toks[-2].text.islower() \
        and is_title(content.rstrip(",.")) \
        and RE_WORK_CLAUSE_AFTER.match(text, sp.close_end) is not None


def _venue_titled_aside(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in Title Case set off by commas right after a place online in lower case (:data:`ONLINE_VENUE_NOUNS`)
    with its owner or its service before it: ‘Posts on the town's Facebook group, “Harlow Happenings,”
    complain …’ names the group, says nothing (never words after a person: ‘the group's founder, “…,”’).

    >>> from quotesearch.names import tokenize
    >>> t = 'Posts on the town’s Facebook group, “Harlow Happenings,” complain of outages.'
    >>> sp = Span(t.index('“') + 1, t.index('”'), t.index('“'), t.index('”') + 1, 0, 0, len(t))
    >>> _venue_titled_aside(t, sp, "Harlow Happenings,", tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) >= 3 and toks[-1].text == "," and toks[-2].word in ONLINE_VENUE_NOUNS \
        and toks[-2].text.islower() and (toks[-3].word in ("the", "a", "its", "their") or is_possessive(toks[-3])
                                         or (toks[-3].capitalized and not is_name_token(toks[-3]))
                                         or (toks[-3].capitalized and len(toks) >= 4 and is_possessive(toks[-4]))) \
        and content.rstrip()[-1:] == "," and is_title(content.rstrip(", ")) \
        and not _wrote_before_venue(text, sp.open_at)  # (what one wrote there: ‘Amy Roth wrote on the
    # residents' group, “We Will Not Be Silenced,”’ (rv65c))


def _wrote_before_venue(text: str, at: int) -> bool:
    """A verb of speech or writing in the sentence before ``at`` (within :data:`VENUE_VERB_REACH` characters):
    ‘Amy Roth wrote on the residents' group, “…,”’ quotes what she wrote there (rv65c).

    >>> _wrote_before_venue("Amy Roth wrote on the residents' group, “", 40), _wrote_before_venue("Posts on the group, “", 20)
    (True, False)
    """
    lo = max(0, at - VENUE_VERB_REACH)
    stop = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))
    return any(t.word in SPEECH_VERBS and t.text.islower() for t in tokenize(text, stop + 1 if stop >= 0 else lo, at))


#: How far back a verb of speech before a place online is looked for.
VENUE_VERB_REACH = 100


def _work_noun_before(toks: list[Token]) -> bool:
    """The word right before the marks is a work's noun in lower case, with no comma between: the
    title names that work (‘whose memoir “Rivers of Salt: Growing Up in the Delta” came out’), so a
    subtitle after a colon may make it long; a title set off by a comma is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’).

    >>> from quotesearch.names import tokenize
    >>> _work_noun_before(tokenize("Lin, whose memoir")), _work_noun_before(tokenize("his memoir,"))
    (True, False)
    """
    return bool(toks) and _is_work_noun(toks[-1].word) and toks[-1].text.islower()


def _owner_and_modifiers(toks: list[Token]) -> bool:
    """The words before the marks end with "the", an owner or a possessive, and one or two lower-case
    modifiers (‘its annual’, ‘the bank's latest’, ‘the new quarterly’)."""
    k = len(toks) - 1
    while k >= len(toks) - 2 and k >= 0 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and toks[k].word not in PRONOUNS and toks[k].word not in SPEECH_VERBS:
        k -= 1
    return k >= 0 and k < len(toks) - 1 and (toks[k].word in ("the", "its", "his", "her", "their", "our") or is_possessive(toks[k]))


#: A number before a term in marks (‘2,000 “smart” beds’, ‘three “deep fields”’).
RE_COUNT = LazyPattern(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands")


def _attributive_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A lower-case word or two in marks after "a", "an", "the" or a number (a number and a modifier too)
    and before the noun they name a kind of, in a sentence with no verb of speech, no one speaking of
    themself or others and no other quotation: ‘pecked an “enter” key’, ‘2,000 “smart” hospital beds’,
    ‘62 additional “specialist provision” classes’, ‘a “blue flu” sick-out’; or a process's name
    between "the" and "of": ‘halting the “hollowing out” of coastal villages’ (never a coinage with a
    hyphen, often someone's: ‘a “working-class” rebellion’; never words said: ‘said it
    was a “rigged” system’, ‘his “rigged” system’, ‘he was misled into a “humanitarian” war’, ‘Clinton
    faced a “slam-dunk” indictment on twenty “felony charges”’). A clause after ", but" or ", while"
    has a subject of its own: its verb of speech is no cue of the term's (‘will open 20 “nurture”
    rooms, but Ms Kaur warned that …’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 2 or not content[-1:].isalnum() \
            or not all(w.isalnum() and w.islower() for w in words) \
            or not (_kind_determiner(toks[-1]) or (len(toks) >= 2 and RE_COUNT.fullmatch(toks[-2].word) is not None
                                                   and _plain_modifier(toks[-1]))
                    or (toks[-1].word in KIND_PREPOSITIONS and toks[-1].text.islower() and _plural_after(text, sp.close_end))):
        return False
    of_process = toks[-1].word == "the" and text.startswith(" of ", sp.close_end)
    if not of_process and (not _attributive(text, sp.close_end) or _word_after(text, sp.close_end) in ("one", "ones")):
        return False  # (a pro-form names no kind: ‘the primary was a “closed” one’)
    sentence = _without_contrast_clause(sentence, sp.close_end)
    named_before = any(k > 0 and t.end <= sp.open_at and t.capitalized and is_name_token(t) for k, t in enumerate(sentence))
    # (a gerund's subject is the one named before: ‘Ann Roe signed a “historic” agreement after saying …’ (rv65c))
    return not any((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                    or t.word in ("he", "she", "i", "we", "according"))
                   and not (not named_before and k > 0 and t.start > sp.close_end
                            and _gerund_after_preposition(sentence[k - 1], t))
                   for k, t in enumerate(sentence)) \
        and not (sentence and RE_MARK.search(text, sentence[0].start, sp.open_at)) \
        and not (sentence and RE_MARK.search(text, sp.close_end, sentence[-1].end))


#: A price right before an opening mark, with its currency (‘a $4.99 ’, ‘a £25 ’, ‘a Rs 50 ’, ‘a €3.50 ’,
#: ‘a KSh 100 ’), per unit too (‘a $2-per-tonne ’); searched only in the few characters before a mark.
RE_PRICE_BEFORE = LazyPattern(r"(?:\b(?:an?|the|its|their)) (?:\p{Sc}|\b(?:Rs|KSh|RM|R|P|N|S\$|A\$|C\$|US\$)\.? ?)"
                                r"\d[\d,]*(?:\.\d+)?(?:-(?:per|a)-\p{Ll}+)? ?$")


def _mode_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """One or two lower-case words in marks right before a noun of a mode or a control
    (:data:`MODE_NOUNS`), after "to", "into", "in", "on", "off", "the", "a", "an" or "its": the mode's
    name, never words said (‘told to switch the units to “standby” mode’, ‘press the “reset” button’);
    never in a sentence with a verb of speech, whose speaker the word may be (‘The mayor said the city
    was run in “crisis” mode’).

    >>> from quotesearch.names import tokenize
    >>> t = "Owners should switch the units to “standby” mode until then."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _mode_term(t, sp, "standby", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    >>> t = "He said it ran in “crisis” mode."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _mode_term(t, sp, "crisis", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    False
    """
    words = content.split()
    return sp.close_end is not None and 1 <= len(words) <= 2 and bool(toks) \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and toks[-1].word in ("to", "into", "in", "on", "off", "the", "a", "an", "its", "their") \
        and _word_after(text, sp.close_end) in MODE_NOUNS \
        and not any((t.word in SPEECH_VERBS or t.word in CALL_VERBS)
                    and not (k > 0 and sentence[k - 1].word in ("being", "been", "are", "is", "were", "was"))
                    for k, t in enumerate(sentence))  # (but a passive's: ‘Owners are being told to switch …’)


def _priced_charge(text: str, sp: Span, content: str) -> bool:
    """Lower-case words in marks that end in a charge's noun right after its price: the charge's name,
    which the writer or a filing gives, never words said (‘adding a $4.99 “network access and service
    fee”’, ‘a £3 “statement charge”’; never ‘a $40 “bargain”’, which no charge's noun ends).

    >>> t = 'adding a $4.99 “network access fee” to bills'
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _priced_charge(t, sp, t[sp.start:sp.end])
    True
    """
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 6 and words[-1] in CHARGE_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and RE_PRICE_BEFORE.search(text, max(0, sp.open_at - 36), sp.open_at) is not None


def _issued_kind(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Two or three lower-case words in marks, ending in a noun of a notice or a document
    (:data:`ISSUED_NOUNS`), right after a verb of issuing and "a" or "an": the name of a kind of
    notice, never speech (‘had not yet published a “system card” describing its testing’, ‘it sends
    a “hypertension notification” if …’, ‘issued a “stop notice” to the operator’); never one word
    (‘sent a “warning”’), nor a judgment after "called" or "as".

    >>> from quotesearch.names import tokenize
    >>> t = "The ring sends a “fever alert” to the phone."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _issued_kind(t, sp, "fever alert", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    return sp.close_end is not None and 2 <= len(words) <= 3 and words[-1] in ISSUED_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words) \
        and len(toks) >= 2 and toks[-1].word in ("a", "an") and toks[-2].word in ISSUING_VERBS


def _listed_thing(text: str, sp: Span, content: str, sentence: list[Token]) -> bool:
    """One to three lower-case words in marks after "and a" or "and an" that close a list of things
    the sentence gives with articles and no marks (‘has a gym, a science wing and a “quiet room” with
    beanbags’), a word after the marks and no verb of speech in the sentence (but "added" the list: ‘added
    a teen room, a lift and a “maker lab” with’): a thing's name, never words said (‘wrote that Phiri
    was a “coward,” a “liar” and a “traitor”’ quotes Banda).

    >>> from quotesearch.names import tokenize
    >>> t = "It has a gym, a lab and a “quiet room” with books."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _listed_thing(t, sp, "quiet room", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() and w.islower() for w in words) \
            or len(sentence) < 6 or sentence[-1].word not in ("a", "an") or sentence[-2].word != "and":
        return False
    if not any(sentence[k].text == "," and sentence[k + 1].word in ("a", "an") for k in range(len(sentence) - 3)):
        return False  # (a list of things, each with its article: ‘a gym, a science wing and a’)
    if _word_after(text, sp.close_end) is None:
        return False  # (the list goes on after the thing: ‘a “maker lab” with 3D printers’)
    if any(gender_of(t.text) is not None and k + 1 < len(sentence) and sentence[k + 1].capitalized
           for k, t in enumerate(sentence)):
        return False  # (a person named in the sentence, whose words the marks may be: ‘coach Tom Reilly wished the
        # club … and a “better coach”’, ‘Mayor Karen Bass's budget offers … and a “leaner city hall”’)
    return not any(t.text in "“”\"‘’" or (t.word in SPEECH_VERBS and not (k + 1 < len(sentence) and sentence[k + 1].word in ("a", "an"))
                                           and not _bare_modifier(sentence, k))
                   for k, t in enumerate(sentence)) \
        and not any(t.word in SPEECH_VERBS for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 120)))


def _bare_modifier(words: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` stands with no subject, auxiliary or "to" before it: a noun's
    modifier, no verb (‘a $400,000 state grant’)."""
    w = words[k].word
    return not w.endswith(("s", "d", "ing")) and not (k > 0 and (words[k - 1].word == "to" or words[k - 1].word in PRONOUNS
                                                               or words[k - 1].word in AUXILIARIES))


def _sentence_after(text: str, sp: Span) -> list[Token]:
    """The words after the marks to their sentence's end."""
    if sp.close_end is None:
        return []
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    return tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)


#: A comma as the first token after the marks: only spaces and underscores are no token (names.RE_TOKEN).
RE_COMMA_NEXT = re.compile(r"[\s_]*,")


def _speaker_set_off_after(text: str, sp: Span) -> bool:
    """A speaker set off by a comma right after the marks, a few words and a verb of speech, no new clause
    (‘“the worst yet”, a prison monitoring board said’; never ‘“the Gate”, and smugglers …, police said’)."""
    if sp.close_end is None or RE_COMMA_NEXT.match(text, sp.close_end, sp.para_end) is None:
        return False  # (a match first: most marks have no comma after them, and the sentence's words cost more)
    after = _sentence_after(text, sp)
    if not after or after[0].text != ",":
        return False
    for t in after[1:9]:
        if t.word in ("and", "but", "which", "who", "while", ","):
            return False
        if t.word in SPEECH_VERBS:
            return True
    return False


def _speech_after(text: str, sp: Span) -> bool:
    """A verb of speech after the marks, in their sentence (‘…, critic Peter Bradshaw wrote’)."""
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    after = tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)
    return any(t.word in ("said", "says", "told", "tells", "wrote", "writes", "added")
               and not (i and after[i - 1].word == "it") for i, t in enumerate(after))


def _role_term(text: str, sp: Span, content: str, toks: list[Token], before: list[Token]) -> bool:
    """A job's or a role's name in marks, one to three words, between "a" or "an" and "who": the
    writer's name for a post, never speech (‘had assigned the customer a ‘VIP host’ who sent him free
    bets’, ‘hired a “wellbeing champion” who visits wards’); never in a sentence with a verb of speech
    or one speaking of themself before the marks (‘he said a “fixer” who worked for the firm …’).

    >>> from quotesearch.names import tokenize
    >>> t = "The firm gave him a ‘VIP host’ who sent him bets."
    >>> sp = Span(t.index("‘") + 1, t.index("’"), t.index("‘"), t.index("’") + 1, 0, 0, len(t))
    >>> _role_term(t, sp, "VIP host", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or toks[-1].word not in ("a", "an") or not 1 <= len(words) <= 3 \
            or not all(w.replace("-", "").isalnum() for w in words) or not text.startswith(" who ", sp.close_end) \
            or (len(toks) >= 2 and toks[-2].word == "as"):
        return False  # (one cast as a thing is characterised: ‘casting Johnson as an “honorable choice” who …’)
    if len(toks) >= 2 and (toks[-2].word in BE_FORMS or toks[-2].word in ("being", "been")):
        return False  # (one said to be a thing is characterised: ‘Smith was a “loner” who …, neighbours told’)
    if _speech_after(text, sp):
        return False  # (a speaker named after the marks: ‘…, analyst Susan Booysen wrote’)
    return not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                   or t.word in ("he", "she", "i", "we", "according") for t in before)


#: Prepositions before a bare plural's kind in marks (‘mould in “repaired” homes’, ‘checks on “secure”
#: units’): the kind's name, as after "a" or "the".
KIND_PREPOSITIONS = frozenset("in on at into from of for".split())


def _plural_after(text: str, close_end: int) -> bool:
    """A lower-case plural noun right after the closing mark (‘“repaired” homes’)."""
    w = _word_after(text, close_end)
    return w is not None and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and text[close_end + 1:close_end + 2].islower()


def _kind_determiner(tok: Token) -> bool:
    """"a", "an", "the" or a number, before the name of a kind (‘an “enter” key’, ‘2,000 “smart” beds’)."""
    return tok.word in ("a", "an", "the") or RE_COUNT.fullmatch(tok.word) is not None


def _plain_modifier(tok: Token) -> bool:
    """One lower-case word between a number and the marks that qualifies the noun, no verb, pronoun
    or adverb (‘62 additional “…” classes’, ‘three more “…” centres’, ‘40 new “…” beds’; after "the" or
    "a" the marks may be a term someone gave: ‘the traditional “manji” symbol’)."""
    return tok.text.isalpha() and tok.text.islower() and tok.word not in PRONOUNS and tok.word not in SPEECH_VERBS \
        and tok.word not in AUXILIARIES and tok.word not in BE_FORMS and tok.word not in CALL_VERBS \
        and tok.word not in CHARACTERISING_VERBS and not tok.word.endswith("ly") and tok.word not in ("so", "very", "of")


#: Words that open a clause with a subject of its own after a comma (‘…, but Ms Kaur warned’).
CONTRAST_JOINERS = frozenset("but while whereas although though yet".split())


#: Prepositions before a verb's "-ing" form that make it a noun with no subject of its own (‘before
#: claiming a discovery’, ‘without announcing it’): no cue of the words in marks before it.
#:
#: >>> "before" in GERUND_PREPOSITIONS, "that" in GERUND_PREPOSITIONS
#: (True, False)
GERUND_PREPOSITIONS = frozenset("before after without by for from of on upon about".split())


def _gerund_after_preposition(prev: Token, t: Token) -> bool:
    """``t`` is a verb's "-ing" form right after a preposition of :data:`GERUND_PREPOSITIONS`, after
    the marks: ‘the “five sigma” threshold physicists require before claiming a discovery’ claims
    nothing the marks hold."""
    return t.word.endswith("ing") and t.text.islower() and prev.word in GERUND_PREPOSITIONS and prev.text.islower()


def _without_contrast_clause(sentence: list[Token], close_end: int) -> list[Token]:
    """The sentence's tokens up to a comma and a contrasting joiner after the marks (‘…, but …’)."""
    for k in range(len(sentence) - 1):
        if sentence[k].start >= close_end and sentence[k].text == "," and sentence[k + 1].word in CONTRAST_JOINERS:
            return sentence[:k]
    return sentence


def _scheme_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Lower-case words in marks (three to six, no sentence's end, one comma at most between halves:
    ‘its “no jab, no pay” policy’) after "a", "an",
    "the" or a possessive pronoun and right before a noun that names a scheme: the name of a
    programme, never words said: ‘was using a “hospital in the home” program’, ‘its “test and
    treat” approach’ (never one named so: ‘what she called a “…” approach’, ‘criticised as a “…”
    policy’; never one word or two, which ``_attributive_term`` weighs; never a noun
    after that goes on: ‘a “we will not pay” protest’ is no scheme)."""
    words = content.split()
    under = len(toks) >= 2 and toks[-2].word == "under" and toks[-1].word in ("its", "their", "the")  # (‘bought under its
    # “quantitative easing” programme’: a scheme one acts under, of two words too)
    owned = bool(toks) and is_possessive(toks[-1]) and toks[-1].text[:1].islower()  # (a body's possessive: ‘the
    # ministry’s “last mile” programme’, of two words too; never a person's name: ‘Trump’s “…” policy’)
    if sp.close_end is None or not toks or not (2 if under or owned else 3) <= len(words) <= 6 \
            or not words[0].islower() \
            or not all((w[:-1] if w.endswith(",") and k < len(words) - 1 else w).isalpha()
                       and (w.islower() or (k > 0 and w[:1].isupper() and w[1:].islower()))
                       for k, w in enumerate(words)) or content.count(",") > 1 \
            or (toks[-1].word not in SCHEME_DETERMINERS and not owned):
        return False  # (a place's name may stand inside: ‘the “stay in Wales” scheme’)
    if owned and toks[-1].word not in SCHEME_DETERMINERS and any(
            (w := x.strip(",").lower()).endswith(JUDGMENT_ENDINGS) or (w.endswith("ly") and len(w) > 4)
            or w in JUDGMENT_WORDS - {"and", "or"} or w == "not" for x in words):
        return False  # (after a body's possessive, a judgment is words said: ‘the government’s “cruel and
        # heartless” policy …, Diane Abbott said’, ‘the bank’s “too little, too late” approach’)
    if any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in ("as", "what", "dubbed", "described")
           for t in toks[-4:-1]):
        return False  # someone's words for it: ‘what she called a “start small” approach’ is hers; ‘derided
        # as a “pay or wait” scheme’ is its critics'
    lead = text[max(text.rfind(c, 0, sp.open_at) for c in ".!?\n") + 1:sp.open_at]
    if (toks[-1].word in ("a", "an") or owned) and any(w.strip(",;:").lower() in SPEECH_VERBS for w in lead.split()):
        return False  # (guard: one who speaks in the sentence before the marks gives them as their
        # words: ‘Warren said the plan amounted to a “pay to play” scheme’, ‘accused ministers of a
        # “race to the bottom” strategy’)
    after = RE_WORD_AFTER.match(text, sp.close_end)
    return after is not None and after.group(1) in SCHEME_NOUNS


#: A quotation mark, of another quotation in the sentence.
#: (a plural's possessive is no mark: ‘the Officers’ Association’)
RE_MARK = LazyPattern(r"[“”\"«»]|(?<!\p{L})['‘]|(?<!\p{L}s)['’](?!\p{L})")


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
    if not content.endswith((".", ",")) or len(toks) < 3 or toks[-1].word != "or" \
            or any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as" for t in toks[-8:]):
        return False  # (never what something is called: ‘called the rule unfair or “worse,”’)
    k = len(toks) - 2
    while k >= 0 and k > len(toks) - 5 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS:
        k -= 1  # (the noun phrase before "or": ‘the southwest monsoon’)
    return len(toks) - 2 > k >= 0 and (toks[k].word in ("the", "a", "an") or toks[k].word in POSSESSIVES)


#: A dash right after a term's closing mark and the plain words of a gloss, up to four (‘“community hubs” –
#: converted vans that …’, ‘“mobile clinics” — modified buses fitted with …’).
RE_DASH_GLOSS_AFTER = LazyPattern(r",? [–—] ((?:\p{Ll}[\p{Ll}\-]* ){0,3}\p{Ll}[\p{Ll}\-]*)")


#: A dash set off by spaces, as one that opens an aside (‘rates — both forms of …’).
RE_ASIDE_DASH = LazyPattern(r" [–—] ")


def _dash_glossed_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A term of one to three lower-case words in marks that a plain noun phrase glosses right after a
    dash, in a sentence with no verb of speech before it and no other quotation: the writer's label for
    a thing, never speech (‘will go towards mobile “community hubs” – converted vans that will visit
    towns’, ‘“community wardens” – part-time officers who patrol’; never ‘the minister said the money
    would go to “community hubs” – converted vans’, nor a view set off: ‘“daylight robbery” – a
    charge ministers reject’, ‘“a disgrace” – he said’).

    >>> from quotesearch.names import tokenize
    >>> t = "Funds go to “community hubs” – converted vans that visit towns."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _dash_glossed_term(t, sp, "community hubs", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 3 or not content[-1:].isalpha() \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
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
    return not any(((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as")
                    and not t.capitalized) or t.word in ("he", "she", "i", "we") for t in before) \
        and not (before and RE_MARK.search(text, before[0].start, sp.open_at))  # (‘The State will fund’: a noun)


#: Verbs that name what something is, besides "call" (‘branded the plan costly or “reckless”’).
CHARACTERISING_VERBS = frozenset("described describes describing branded brands labelled labeled labels termed dubbed deemed".split())


#: A gloss in marks after a term's comma and "or" (‘“moharebeh”, or “waging war against God”’).
RE_QUOTED_GLOSS_AFTER = LazyPattern(r",? or [“\"‘]\p{Ll}[\p{Ll}\-]+[’']?(?: [\p{L}\-’']+){1,5}[,.]?[”\"’]")
# (a plural's apostrophe may end the first word: ‘“Elefantenrunde”, or “elephants’ round”’)

#: A plain noun phrase of two or three words after a term's comma and "or" (‘“rido,” or clan feud,’).
RE_GLOSS_AFTER = LazyPattern(r" or (?:the |an? )?(?!(?:even|maybe|perhaps|worse|better|not|so|at)\b)"
                               r"\p{Ll}{3,}(?: \p{Ll}{3,}){1,2}(?<!ly)[,.;)]")


#: Small words inside a name in title case (‘the “Back to Basics” campaign’, ‘“Built to Last”’).
TITLE_SMALL_WORDS = frozenset("of the and for & to in on a an at".split())

#: Verbs after a title that opens its sentence as its subject (‘“Nightjar” will be released’).
TITLE_SUBJECT_VERBS = frozenset("will has had won stars opens premieres follows tells earned".split())

#: Words after a closing mark that are no noun a name stands before (‘the “Best Deal” ever’, ‘…
#: “Stop” seconds before’).
NOT_NOUNS_AFTER = frozenset("""
ever yet again too instead anyway either seconds minutes hours days weeks months years moments times
""".split())

#: Verbs that take words said as their object, besides the verbs of speech (‘wished her “…”’).
WISH_VERBS = frozenset("wished wish wishes wishing greeted bade bid shouting yelling screaming".split())


#: A lower-case word right after a closing mark: the noun a name in marks may stand before.
RE_NOUN_AFTER = LazyPattern(r" (\p{Ll}[\p{Ll}\-]+)\b")


def _opens_clause(word: str) -> bool:
    """A word that may open a clause with a subject of its own after a semicolon: a name, a
    pronoun or an article, never a verb of the clause before ("clashed", "was denounced", "and
    posted") nor an opening phrase that may go on the clause before ("near the end, her voice
    breaking:")."""
    low = word.strip(",").lower()
    return word[:1].isupper() or low in ("he", "she", "they", "it", "we", "i", "the", "a", "an", "all", "most", "some",
                                         "many", "both", "each", "his", "her", "their")  # (never "near the end,")


def _list_joined(text: str, prev: Span, sp: Span) -> bool:
    """Only a list's comma, "and" or "or" stands between the two quotations; or nothing, when the
    first holds its comma (‘“anticipate,” “believe,” …’)."""
    if prev.close_end is None:
        return False
    if RE_LIST_JOIN.fullmatch(text, prev.close_end, sp.open_at) is not None:
        return True
    return text[prev.end - 1] == "," and not text[prev.close_end:sp.open_at].strip()


#: Verbs before "in" that put a work after it: ‘starred in “Interstellar”’.
ROLE_IN_VERBS = frozenset("starred appeared featured cast starring appearing".split())

#: Nouns of a part played before "in" that put a work after it: ‘his role in “The Hermit of Cold
#: Creek,”’, ‘who played the lead in “Lanterns,”’.
#:
#: >>> sorted(ROLE_IN_NOUNS)
#: ['cameo', 'lead', 'part', 'role', 'roles']
ROLE_IN_NOUNS = frozenset("role roles lead part cameo".split())

#: Nouns of a staging before "of" that put a work after it: ‘a 2004 production of “Ashfall”’, ‘the
#: Broadway revival of “Gypsy,”’.
#:
#: >>> "production" in STAGING_OF_NOUNS, "statement" in STAGING_OF_NOUNS
#: (True, False)
STAGING_OF_NOUNS = frozenset("production productions revival staging stagings".split())


def _part_played_in(toks: list[Token]) -> bool:
    """The words before the marks end in a part played in a work or a staging of one (‘starred in’,
    ‘his role in’, ‘played the lead in’, ‘a 2004 production of’): a work's title follows, whose
    comma inside the marks is the sentence's (‘his role in “The Hermit of Cold Creek,” Kline said’).

    >>> from quotesearch.names import tokenize
    >>> [_part_played_in(tokenize(s)) for s in ("for his role in", "a production of", "the role of", "a part of")]
    [True, True, False, False]
    """
    if len(toks) < 2:
        return False
    last, prev = toks[-1].word, toks[-2].word
    return (last == "in" and (prev in ROLE_IN_VERBS or prev in ROLE_IN_NOUNS)) or (last == "of" and prev in STAGING_OF_NOUNS)


def _title_by_context(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title-like quotation (capitalised words, no sentence) that its context shows to be a work:
    ‘“Oppenheimer” director Christopher Nolan’, ‘who starred in “Interstellar”’, ‘his role in “The
    Hermit,”’, ‘a production of “Ashfall”’, ‘Homer's “The Odyssey”’."""
    if not (is_title(content) or RE_ONE_WORD_TITLE.fullmatch(content)) or content.endswith("."):
        return False
    if _part_played_in(toks):
        return True  # (its comma the sentence's: ‘who played the lead in “Lanterns,” has forgiven her’)
    if content.endswith(","):
        return False
    after = text[(sp.close_end or sp.end):(sp.close_end or sp.end) + 16].split()
    if after and after[0] in TITLE_FOLLOWERS:
        return True
    return bool(toks) and is_possessive(toks[-1]) and is_name_token(toks[-1]) and is_title(content)
    # (a name's one word is their word: ‘Rick Perry's “Oops”’)


#: Words that make a noun of a work a particular one: ‘the opener’, ‘her hit’ (never ‘a hit’).
OWNERS = frozenset("the his her their its my our your this".split())


def _work_noun_at(toks: list[Token]) -> int:
    """Where the noun a work's title may follow stands: right before the mark (‘his book,’, ‘a
    revival of’) or before "including" or "such as" (‘two short films, including “Salt”’)."""
    i = len(toks) - 1
    if i >= 1 and (toks[i].word == "including" or (toks[i].word == "as" and toks[i - 1].word == "such")):
        i -= 1 if toks[i].word == "including" else 2
        return i - 1 if i >= 1 and toks[i].text == "," and toks[i - 1].word.endswith("s") else \
            i if i >= 0 and toks[i].word.endswith("s") else -1  # (works of a list: ‘books, including’)
    if i >= 1 and toks[i].word == "into" and toks[i - 1].word in PERFORM_INTO_VERBS:
        return i - 1  # a song begun: ‘before launching into’
    return i - 1 if i >= 0 and toks[i].word in (",", "of", "—", "–") else i  # (set off by a dash: ‘watching films —
    # “Moana,” mostly —’)


#: Nouns of a work's makers, before "of" and its title (‘the author of “Unruly Subjects: …”’).
MAKER_NOUNS = frozenset("author authors co-author writer creator creators maker makers composer developer developers".split())


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


def _ends_before_marks(text: str, sp: Span) -> list[int]:
    """Where sentences end in the marks' paragraph before them, leaving out an end right at the marks
    (the last one is where the marks' own sentence starts)."""
    return [e for e in sentence_ends(text, sp.para_start, sp.open_at) if text[e:sp.open_at].strip()]


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

    >>> from quotesearch.names import tokenize
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


def _foreign_work_title(content: str, tail: list[Token]) -> bool:
    """A work's title in a language that capitalises only its first word and its names, right after
    the work's noun and its owner (‘whose book “La France d’après”’, ‘her novel “Cien años de
    soledad”’), which :func:`is_title` leaves to speech: two to seven words, no sentence's stop.

    >>> from quotesearch.names import tokenize
    >>> _foreign_work_title("La France d’après", tokenize("Lemercier, whose book"))
    True
    >>> _foreign_work_title("is a disgrace", tokenize("Lemercier, whose book"))
    False
    >>> _foreign_work_title("Die müde Stadt", tokenize("In his bestselling book"))
    True
    """
    words = content.split()
    d = len(tail) - 2
    while d >= 1 and len(tail) - d <= 3 and tail[d].text.isalpha() and tail[d].text.islower() \
            and tail[d].word not in FUNCTION_WORDS and tail[d].word not in SPEECH_VERBS \
            and tail[d].word not in ("whose", "his", "her", "their", "its", "the", "a", "new", "latest"):
        d -= 1  # (past an adjective or two before the noun: ‘his bestselling book “…”’, ‘her acclaimed first novel’)
    return len(tail) >= 2 and tail[-1].word in WORK_NOUNS and tail[-1].text.islower() and d >= 0 \
        and (tail[d].word in ("whose", "his", "her", "their", "its", "the", "a", "new", "latest") or is_possessive(tail[d])) \
        and 2 <= len(words) <= 7 and content[:1].isupper() and not any(c in content for c in ",.!?;:") \
        and words[0].lower() not in PRONOUNS and words[0].lower() not in ("we", "i", "it", "this", "that", "there")


#: Prepositions before "the" and a work's noun that a title follows (‘with the podcast “…”’, ‘on the show “…”’).
WORK_PREPOSITIONS = frozenset("with on in to from for".split())


def _work_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work's title: its maker's ‘the author of’, ‘the makers
    of’, or what one is known for: ‘best known for the award-winning’ (the caller checks the marks
    hold a title)."""
    if len(toks) >= 2 and toks[-1].word == "of" and toks[-2].word in MAKER_NOUNS:
        return True
    if len(toks) >= 3 and toks[-1].word in WORK_NOUNS and toks[-2].word in ("the", "a", "an") \
            and toks[-3].word in WORK_PREPOSITIONS and toks[-3].text.islower():
        return True  # a work's noun after a preposition: ‘in an interview with the podcast’, ‘appeared on the show’
    k = next((k for k in range(len(toks) - 1, max(0, len(toks) - 5), -1) if toks[k].word == "for"), None)
    return k is not None and toks[k - 1].word == "known" and all(
        x.word in DETERMINERS or x.word in POSSESSIVES or (x.text.islower() and x.word not in FUNCTION_WORDS)
        for x in toks[k + 1:]) and (len(toks) - k <= 3 or _is_work_noun(toks[-1].word))  # (three words when the
    # last is a work's noun: ‘best known for the crime series’)


def _is_work_noun(word: str) -> bool:
    """A work's noun, or its plural (‘series’, ‘novels’)."""
    return word in WORK_NOUNS or (word[-1:] == "s" and word[:-1] in WORK_NOUNS)


def _on_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks end with "on" and a broadcaster's possessive: one to three
    capitalised words whose last ends in ’s, or an apostrophe after them (‘in an interview on NBC's’,
    ‘said on Fox News'’, ‘said on Friday’s’): what follows is the programme's title (the
    caller checks the marks hold one), never words said by the broadcaster."""
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘Fox News'’: the apostrophe stands alone after a final s)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].word == "on" and toks[k].text.islower():
            return True
        if not toks[k].capitalized:
            return False
    return False


def _told_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks tell a broadcaster's possessive as the listener, after "told" or
    after "speaking to" or "an interview with" (‘Keldo told ERR's’, ‘told Latvian Television’s’,
    ‘speaking to public broadcaster LRT's’, ‘in an interview with NRK's’): what follows in marks is
    the programme's title, which Nordic and Baltic outlets write in sentence case (‘“Esimene
    stuudio”’, ‘“Rīta Panorāma”’); never words said by the broadcaster. The caller checks the marks
    hold a short name. (Never ‘told Smith's aides’: no marks right after the possessive.)

    >>> from quotesearch.names import tokenize
    >>> _told_broadcaster_lead(tokenize("Keldo told ERR's")), _told_broadcaster_lead(tokenize("speaking to Yle's"))
    (True, True)
    >>> _told_broadcaster_lead(tokenize("Keldo said ERR's")), _told_broadcaster_lead(tokenize("told the party's"))
    (False, False)
    """
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘told Channel 4 News'’)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].word in TELLING_WORDS and toks[k].text.islower():
            return True
        if toks[k].word in ("to", "with") and k >= 1 and toks[k - 1].word in ON_AIR_WORDS:
            return True
        if not (toks[k].capitalized or (toks[k].text.islower() and toks[k].word in BROADCASTER_WORDS)):
            return False
    return False


def _programme_name(content: str) -> bool:
    """The marks hold what may be a programme's name in any case: one to four words, the first
    capitalised, no punctuation but a closing full stop (‘Esimene stuudio’, ‘Rīta Panorāma’,
    ‘Aktuaalne kaamera.’); never a sentence said (‘We will win, he said.’).

    >>> _programme_name("Esimene stuudio"), _programme_name("Nobody asked us, ever.")
    (True, False)
    """
    words = content.rstrip(".").split()
    return 1 <= len(words) <= 4 and content[:1].isupper() and all(
        w.replace("-", "").replace("'", "").replace("’", "").isalnum() for w in words)


def _honoured_or_aired_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work honoured or a programme aired, whose title may
    end the sentence with its full stop inside the marks: "for" a few lower-case words after an
    award's or a work's noun (‘took best rap album for’, ‘an Emmy nomination for’), or "on" right
    after an appearance (‘during a 2022 appearance on’, ‘a guest on’); never "for" after anything
    else (‘she called for’, ‘thanked fans for’). The caller checks the marks hold a title."""
    if _on_broadcaster_lead(toks):
        return True
    if len(toks) < 2 or toks[-1].word not in ("for", "on"):
        return False
    if toks[-1].word == "on":
        return toks[-2].word in TITLE_ON_LEADS
    for t in reversed(toks[max(0, len(toks) - 5):-1]):
        if not t.text.isalpha() or t.word in PRONOUNS:
            return False  # (a clause or a comma between: ‘won the prize, she said, for’)
        if t.word in TITLE_FOR_LEADS and t.text.islower():
            return True
    return False


def _title_word(content: str) -> bool:
    """The marks hold one capitalised word and at most a comma or a full stop, as a one-word title
    does after an award's or a work's lead (‘won best pop vocal performance for “Glasshouse,”’,
    ‘a Grammy nomination for “Ritual.”’); the caller checks the lead.

    >>> _title_word("Glasshouse,"), _title_word("Ritual."), _title_word("thanks,"), _title_word("We won.")
    (True, True, False, False)
    """
    word = content.rstrip(",.")
    return len(content) - len(word) <= 1 and word[:1].isupper() and len(word) > 2 \
        and word.replace("-", "").replace("’", "").replace("'", "").isalpha()


#: Words that end the name of a day or a season kept in someone's honour or for a cause (‘“Brandon
#: Kilgore Day”’, ‘“Clean Air Week”’, ‘“Black History Month”’).
NAMED_DAY_ENDS = frozenset("day week month weekend fortnight".split())

#: Greetings that open a day's name when it is wished, which is said (‘“Happy Mother's Day,” she wrote’),
#: and words of time that open a programme's name or a phrase rather than a day's (‘“This Week”’,
#: ‘“New Day”’, ‘“One Day”’, ‘“The Day”’).
GREETING_WORDS = frozenset("happy merry blessed joyous good this that next last new every one each some any a an the".split())


def _named_day(content: str) -> bool:
    """The marks hold the name of a day or a week declared or kept, two to five capitalised words
    ending in "Day", "Week" or "Month" (‘declared Saturday “Brandon Kilgore Day”’, ‘marks “World
    Kindness Day,”’): a name, never words said; never a greeting (‘“Happy Mother's Day!”’).

    >>> _named_day("Brandon Kilgore Day"), _named_day("World Kindness Week,"), _named_day("Happy Mother’s Day,")
    (True, True, False)
    >>> _named_day("Day"), _named_day("What a day."), _named_day("This Week,")
    (False, False, False)
    """
    words = content.rstrip(",").split()
    return 2 <= len(words) <= 5 and words[-1].lower() in NAMED_DAY_ENDS and words[0].lower() not in GREETING_WORDS \
        and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _title_again(text: str, at: int, content: str) -> bool:
    """The words in marks, a short name in title case, were quoted earlier in the article as a
    work's title, right before a noun of a work or its maker (‘the blockbuster “Ironclad” franchise’
    … ‘the first screening will be the original “Ironclad.”’, ‘the “Succession” star’ … ‘the final
    season of “Succession.”’): the work named again, no one's words (the caller checks no verb of
    speech follows).

    >>> _title_again('the “Ironclad” franchise. Then the original “Ironclad.”', 46, "Ironclad.")
    True
    >>> _title_again('“Ironclad” he said. Then the original “Ironclad.”', 38, "Ironclad.")
    False
    """
    key = content.rstrip(",.")
    for mark in ("“" + key + "”", '"' + key + '"'):
        k = text.find(mark, 0, at)
        while k >= 0:
            after = text[k + len(mark):k + len(mark) + 16].split(None, 1)
            if text[k + len(mark):k + len(mark) + 1] == " " and after and after[0].rstrip(",.") in TITLE_FOLLOWERS:
                return True
            k = text.find(mark, k + 1, at)
    return False


def _without_prepositions(content: str) -> str:
    """A title's words without its lower-case prepositions, which a title need not capitalise
    (‘The Late Hour with Danny Fitch.’ → ‘The Late Hour Danny Fitch.’)."""
    return " ".join(w for w in content.split() if w not in PREPOSITIONS)


def names_a_work(toks: list[Token]) -> bool:
    """The words right before a mark name a work: ‘his book’, ‘her fifth novel,’ ‘a revival of’
    (and a share's ticker: ‘under the ticker “LUMN.”’; but a sign's or a hat's words are quoted,
    as PolNeAR annotates them: ‘a hat reading, “Make Mexico Great Again Also”’)."""
    i = _work_noun_at(toks)
    p = i - 1
    while p >= 0 and (toks[p].word in DETERMINERS or toks[p].word in POSSESSIVES or (toks[p].text.islower() and p >= i - 3
                                                                                    and toks[p].word not in PREPOSITIONS)):
        p -= 1
    if p >= 1 and toks[p].word in ("of", "about") and toks[p - 1].word in SPEECH_VERBS and toks[-1].text == ",":
        return False  # what one says of a work: ‘said of the collection, “Bold.”’ (but ‘she wrote in her
        # memoir, “Tough Choices.”’ names it)
    return i >= 0 and (_is_work_noun(toks[i].word) or toks[i].word in PERFORM_VERBS or toks[i].word in PERFORM_INTO_VERBS) \
        and not toks[i].capitalized  # (and ‘two challenged novels, “The Bluest Eye” and “Speak,”’, ‘playing “Yellow”’)


def _body_named_with_the(toks: list[Token], j: int) -> bool:
    """The capitalised words that end at ``j`` follow "the" and end with no office's noun: a party's or a
    body's name (‘the Official Opposition’, ‘the Green Party’), never a person's office (‘the Prime
    Minister’, ‘the Chief Justice’: :data:`ROLE_NOUNS`)."""
    if toks[j].word in ROLE_NOUNS:
        return False
    k = j
    while k > 0 and k > j - 4 and toks[k - 1].capitalized:
        k -= 1
    if any(t.word in ROLE_NOUNS or t.text.endswith(("'s", "’s")) or sex_of_given_name(t.text) for t in toks[k:j + 1]):
        return False  # (guard: an office and a name, ‘the Opposition Leader Peter Dutton’, ‘the SNP's Stephen Flynn’)
    return k > 0 and toks[k - 1].word == "the"


#: Prepositions that put a place after a group of people, whose capital is no one's name (‘some in
#: Canberra’, ‘many at Westminster’), before "have taken to calling".
#:
#: >>> "in" in GROUP_PLACE_PREPOSITIONS, "by" in GROUP_PLACE_PREPOSITIONS
#: (True, False)
GROUP_PLACE_PREPOSITIONS = frozenset("in at across around inside within".split())


#: Verbs of taking a name up that "calling" follows with no "to" (‘what lenders have begun calling “…”’), as
#: "taken to calling" does (w50c).
#:
#: >>> "begun" in GERUND_TAKING_UP, "stopped" in GERUND_TAKING_UP
#: (True, False)
GERUND_TAKING_UP = frozenset(("begun", "began", "started", "start", "starting"))

#: How many words before the marks "taken to calling" may stand: up to four of what is called, or a thing
#: with "the" first and where it is (‘locals have started calling the stretch of Route 9 south of town’).
#:
#: >>> from quotesearch.names import tokenize
#: >>> _taken_to_calling(tokenize("Locals have started calling the stretch of Route 9 south of town"), named=True)
#: True
#:
#: Only for a name with "the" (``named``) that a group gives, never one person's label of a plan:
#:
#: >>> _taken_to_calling(tokenize("The governor has started calling the opposition's plan to cut income taxes"), named=True)
#: False
#: >>> _taken_to_calling(tokenize("Locals have started calling the stretch of Route 9 south of town"))
#: False
TAKEN_TO_CALLING_REACH = 11


def _capital_run_start(toks: list[Token], j: int) -> int:
    """Where the run of capitalised words ending at ``toks[j]`` starts (‘Fairhaven High’ in ‘Students at
    Fairhaven High’), never before the first token's successor (w56d).

    >>> from quotesearch.names import tokenize
    >>> _capital_run_start(tokenize("Students at Fairhaven High have"), 3)
    2
    """
    r = j
    while r - 1 > 0 and toks[r - 1].capitalized and toks[r - 1].text.isalpha():
        r -= 1
    return r


def _taken_to_calling(toks: list[Token], named: bool = False) -> bool:
    """The words before the marks end with "taken to calling" (or "took to calling", "come to call") and up to four
    words of what is called, with no comma, no speech and no name between: a name people have come
    to give something, no one's words (‘what commuters have taken to calling “carmageddon”’; never
    ‘taken to calling Smith, who said “…”’); a place a group is in is no one (‘which some in Canberra
    have taken to calling “the money pit”’). ``named``: the marks hold a name with "the", which alone may
    come after a longer object, and only from a group (:data:`TAKEN_TO_CALLING_REACH`).

    >>> from quotesearch.names import tokenize
    >>> _taken_to_calling(tokenize("which some in Canberra have taken to calling")), _taken_to_calling(tokenize("what Trump has taken to calling"))
    (True, False)
    >>> _taken_to_calling(tokenize("what fans have taken to calling Kerr’s"))
    True
    """
    for k in range(len(toks) - 1, max(1, len(toks) - TAKEN_TO_CALLING_REACH), -1):
        begun = toks[k].word == "calling" and toks[k - 1].word in GERUND_TAKING_UP  # (‘have begun calling’, w50c)
        far = k < len(toks) - 6
        if far and not (named and k + 2 < len(toks) and toks[k + 1].word == "the"):
            continue  # (past four words only a thing with "the" first: ‘have started calling the stretch of
            # Route 9 south of town “the …”’ (w61f), and a name with "the" in the marks: never ‘have started
            # calling the mayor's plan to demolish the old market hall “a vanity project”’ (rv61f))
        if begun or (toks[k].word in ("calling", "call") and toks[k - 1].word == "to"
                     and toks[k - 2].word in ("taken", "take", "takes", "taking", "took", "come", "came", "coming", "begun", "began")):
            j = k - 2 if begun else k - 3
            while j >= 0 and toks[j].word in AUXILIARIES:
                j -= 1
            if j >= 0 and (toks[j].word in ("he", "she") or (toks[j].capitalized and not toks[j].word.endswith("s")
                                                              and j > 0 and toks[j - 1].text not in ".!?"
                                                              and toks[_capital_run_start(toks, j) - 1].word not in GROUP_PLACE_PREPOSITIONS
                                                              and not _body_named_with_the(toks, j))):
                return False  # one person's own coinage is their words: ‘the judge, whom he has taken to calling “…”’,
                # ‘what Trump has taken to calling “…”’ (never a party or a body: ‘which the Official Opposition
                # has taken to calling the “…”’)
            if far and not (j >= 0 and toks[j].word != "i" and ((j + 1 < k and toks[j + 1].word == "have")
                                                                 or (toks[j].text.islower() and toks[j].word.endswith("s")))):
                return False  # (past four words only a group's: never ‘The prime minister has taken to calling the
                # opposition leader's plan for a wealth tax “the politics of envy”’ (rv61f))
            return all(t.text.removesuffix("’s").removesuffix("'s").isalpha()
                       and (t.text.islower() or (t is toks[-1] and is_possessive(t)))
                       and t.word not in SPEECH_VERBS for t in toks[k + 1:]) or (  # (an owner too: ‘next month’s budget the’;
                # a named owner right before the marks: ‘what some in the paddock have taken to calling Marlow’s “…”’)
                # (or a thing with its number or name inside, "the" first and a lower-case noun last: ‘have
                # taken to calling the Route 9 bus “the Ghost”’ (w56d))
                k + 2 < len(toks) and toks[k + 1].word == "the" and toks[-1].text.isalpha() and toks[-1].text.islower()
                and all(t.text.isalnum() and t.word not in SPEECH_VERBS for t in toks[k + 1:])
                # (the group many, never one: ‘Riders … have taken’, ‘commuters took’; never ‘The mayor has
                # taken to calling the Route 9 bus “…”’ nor ‘Councillor X, who has taken to calling …’ (rv23))
                and j >= 0 and toks[j].word != "i" and ((j + 1 < k and toks[j + 1].word == "have")
                                                        or (toks[j].text.islower() and toks[j].word.endswith("s"))))
    return False


def _after_noun_of_clause(toks: list[Token], b: int) -> bool:
    """The token at ``b`` opens a clause right after a noun with its article, with no "which" or
    "that" between (‘a decision Rosa Delgado …’, ‘a development she …’; never ‘the deal, she …’)."""
    return b > 1 and toks[b - 1].text.isalpha() and toks[b - 1].text.islower() and toks[b - 1].word not in FUNCTION_WORDS \
        and not toks[b - 1].word.endswith(("ed", "ly")) and toks[b - 2].word in ("a", "an", "the", "this", "that")


def _describes(toks: list[Token], tail: int = 2) -> bool:
    """‘… which he described as’, ‘… whom one Obama insider described as’, ‘what the alliance's
    secretary-general described as’: someone named describes; ``tail``: how many words the verb
    and what follows it are (2 for "described as", 1 for "branded")."""
    if len(toks) < 2 + tail:
        return False
    a = len(toks) - 1 - tail
    while a > 1 and toks[a].word in ("had", "has", "have", "once", "previously", "repeatedly"):
        a -= 1  # (‘which the council had described as’)
    if toks[a].text == ")":  # a party or a seat in brackets after the name: ‘which Sen. Carl Benning
        # (D-Mich.) described as’
        o = next((o for o in range(a - 1, max(0, a - 7), -1) if toks[o].text == "("), None)
        if o is not None and o > 1 and is_name_token(toks[o - 1]) and toks[o - 1].capitalized:
            a = o - 1
    agent = toks[a]
    if agent.text == "," and _set_off_describer(toks, a):
        return True  # ‘a call Leyton’s manager, Gary Pell, described as’
    if is_name_token(agent) and agent.capitalized:
        b = a
        while b > 0 and is_name_token(toks[b - 1]) and toks[b - 1].capitalized:
            b -= 1  # a name right after a noun: ‘a decision Rosa Delgado described as’
        if _after_noun_of_clause(toks, b):
            return True
        if b > 2 and toks[b - 1].text == "the" and _after_noun_of_clause(toks, b - 1):
            return True  # a body or a party named with "the": ‘a condition the Social Democrats had described as’
        if _titled_after_noun_of_clause(toks, b):
            return True  # a name after its lower-case title: ‘an approach utility spokesperson Derek Roe described as’
    if agent.word in SUBJECT_PRONOUNS and (_noun_phrase_before(toks, a) or _bare_plural_before(toks, a)):
        return True  # a clause with no relative word after its noun: ‘a debt he described as’, ‘a move it
        # described as’, ‘a development she described as’, ‘in scenes he described as’ (never ‘was
        # described as’, ‘a man described as’)
    if (agent.word in DESCRIPTION_NOUNS or _title_noun(agent.word)) and _described_after_noun(toks, a):
        return True  # ‘a result the coach described as’
    s = a
    while s > 0 and is_name_token(agent) and agent.capitalized and ((is_name_token(toks[s - 1]) and toks[s - 1].capitalized)
                                                                 or toks[s - 1].word in NAME_PARTICLES):
        s -= 1  # (the relative word counted from the name's start: ‘a poll that the political scientist
        # Sanne de Bruijn described as’)
    return (agent.word in PRONOUNS or agent.word == "it" or is_name_token(agent) or agent.word in DESCRIPTION_NOUNS
            or agent.word[:-1] in DESCRIPTION_NOUNS or _title_noun(agent.word)) \
        and any(t.word in ("which", "whom", "that", "what", "who", "whose") for t in toks[max(0, a - 5 if s == a else s - 6):a])


#: Pronouns that may be a clause's subject.
SUBJECT_PRONOUNS = frozenset("he she it they we".split())

#: Most lower-case words of a title before a name that opens a clause after a noun (‘utility spokesperson’).
CLAUSE_TITLE_REACH = 2


def _titled_after_noun_of_clause(toks: list[Token], b: int) -> bool:
    """The name opening at ``b`` comes after a lower-case title (one word or two, the last a role's:
    ‘spokesperson’, ‘utility spokesperson’, ‘club chairman’) right after a noun with its article: a clause
    with no relative word (‘an approach utility spokesperson Derek Roe described as’, ‘a move party leader
    Ann Roe called’), the title with its owner too (‘a result its co-leader Ann Roe described as’); never
    the title alone after a verb (‘said spokesperson Derek Roe’).

    >>> t, u = "a result its co-leader Ann Roe described as", "said its co-leader Ann Roe"
    >>> _titled_after_noun_of_clause(tokenize(t, 0, len(t)), 4), _titled_after_noun_of_clause(tokenize(u, 0, len(u)), 3)
    (True, False)
    """
    if b < 2 or not (toks[b - 1].text.replace("-", "").isalpha() and toks[b - 1].text.islower()) \
            or not (toks[b - 1].word in DESCRIPTION_NOUNS or _title_noun(toks[b - 1].word)):
        return False
    for c in range(b - 1, max(0, b - 2 - CLAUSE_TITLE_REACH), -1):
        if c < b - 1 and toks[c].word in TITLE_OWNERS:
            return _after_noun_of_clause(toks, c)  # (the title's owner: ‘a result its co-leader Ann Roe’)
        if not (toks[c].text.replace("-", "").isalpha() and toks[c].text.islower()) or toks[c].word in FUNCTION_WORDS:
            return False
        if _after_noun_of_clause(toks, c):
            return True
    return False


#: Owners a title may have before it, in a clause after a noun with no relative word (‘a result its
#: co-leader Ann Roe described as’).
#:
#: >>> "its" in TITLE_OWNERS, "a" in TITLE_OWNERS
#: (True, False)
TITLE_OWNERS = frozenset("its their the".split())


def _set_off_describer(toks: list[Token], a: int) -> bool:
    """The comma at ``a`` closes a name set off after a description of its bearer, the two right
    after a noun with its article, with no "which" or "that" between: a clause with no relative word
    (‘a call Leyton’s manager, Gary Pell, described as’, ‘a ruling the club's chairman, Ann Roe, called’,
    ‘a result its own head of modelling, Ann Roe, described as’; never ‘the deal, Gary Pell, described as’)."""
    b = a
    while b > 0 and a - b < 4 and is_name_token(toks[b - 1]) and toks[b - 1].capitalized:
        b -= 1
    if b == a or b < 4 or toks[b - 1].text != ",":
        return False
    k = b - 2  # the description's noun, in lower case (‘manager’, ‘head coach’)
    if k > 2 and toks[k - 1].word == "of" and toks[k].text.islower() and toks[k - 2].text.islower() \
            and (toks[k - 2].word in DESCRIPTION_NOUNS or _title_noun(toks[k - 2].word)):
        k -= 2  # (a title with its remit after "of": ‘its own head of modelling, Owen Pritchard,’)
    if not (toks[k].text.isalpha() and toks[k].text.islower() and (toks[k].word in DESCRIPTION_NOUNS or _title_noun(toks[k].word))):
        return False
    c = k
    while c > 0 and k - c < 3 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1  # (‘head’ of ‘head coach’)
    if c > 0 and (toks[c - 1].word in ("the", "its", "their", "his", "her") or (toks[c - 1].capitalized and toks[c - 1].text.endswith(("’s", "'s")))):
        c -= 1  # its owner: ‘Leyton’s manager’, ‘the club's chairman’, ‘his management company’ (w68c)
    return _after_noun_of_clause(toks, c) or (c > 0 and toks[c - 1].word in DESCRIBER_RELATIVES)
    # (or right after a relative word, the clause's subject: ‘in what the energy minister, Ann Roe, described as’)


#: Relative words a describer set off by commas may follow as its clause's subject (‘in what the energy
#: minister, Ann Roe, described as’, ‘which the club's chairman, Ann Roe, called’).
#:
#: >>> "what" in DESCRIBER_RELATIVES, "and" in DESCRIBER_RELATIVES
#: (True, False)
DESCRIBER_RELATIVES = frozenset("what which whom that".split())


def _bare_plural_before(toks: list[Token], a: int) -> bool:
    """The word right before ``a`` is a plural noun with no article after a preposition (‘in scenes
    he’, ‘amid conditions she’): the noun a clause with no relative word describes; never a verb
    (‘says he’) nor a name (‘to Smith he’)."""
    return a >= 2 and toks[a - 1].text.isalpha() and toks[a - 1].text.islower() and len(toks[a - 1].word) > 3 \
        and toks[a - 1].word.endswith("s") and not toks[a - 1].word.endswith(("ss", "us", "is")) \
        and toks[a - 1].word not in FUNCTION_WORDS and toks[a - 2].word in CLAUSE_NOUN_PREPOSITIONS


def _described_after_noun(toks: list[Token], a: int) -> bool:
    """The description ending at ``a`` (‘the coach’, ‘the club's new manager’) opens a clause right
    after a noun with its article, with no "which" or "that" (‘a result the coach described as’;
    never ‘the coach described as’ nor ‘a man described as’)."""
    c = a
    while c > 0 and a - c < 2 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1
    return c > 0 and toks[c - 1].word in ("the", "its", "their") and _after_noun_of_clause(toks, c - 1)


def _noun_phrase_before(toks: list[Token], a: int) -> bool:
    """The words right before ``a`` are a noun phrase: an article or a demonstrative, up to two
    words in lower case and a noun (‘a debt’, ‘the new levy’, ‘this latest move’); never a verb's
    object ending in a name or a pronoun (‘told Smith’, ‘asked him’)."""
    k = a - 1
    while k >= 0 and a - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and not toks[k].word.endswith("ly"):
        k -= 1
    return k < a - 1 and k >= 0 and toks[k].word in ("a", "an", "the", "this", "that")


#: Most words in marks that a sentence may hold inside it and still be read whole (‘the most “independent”
#: Republican’).
WORDS_IN_MARKS_INSIDE = 3


def _word_in_marks_inside(text: str, before: Span, at: int) -> bool:
    """The words in marks of ``before`` are a few words inside the sentence that goes on to the marks at
    ``at`` (‘…, long regarded as the most “independent” Republican in the Senate, responded: “…”’): a word
    follows the closing mark, and no sentence ends between. Such words, scare quotes or not, never open
    the sentence, whose subject stands before them (read for a colon's sentence only: words in marks
    before a clause's own words in marks may be another's, ‘X called her a “disgrace” after she blamed
    “bias”’)."""
    if before.close_end is None or text[before.start:before.end].rstrip()[-1:] in ".!?,;:" \
            or len(text[before.start:before.end].split()) > WORDS_IN_MARKS_INSIDE:
        return False
    nxt = text[before.close_end:before.close_end + 2]
    return len(nxt) == 2 and nxt[0] == " " and nxt[1].isalpha() and not sentence_ends(text, before.close_end, at)


def _headline_source(text: str, sp: Span) -> Found | None:
    """The source a headline names at its end, cue first, for the words in marks before it: ‘‘Time
    to act’ on childhood obesity, says health chief’, ‘‘Devastating’ floods leave thousands homeless,
    says aid agency’ (as a headline's words in marks are its source's, never scare quotes)."""
    if sp.close_end is None or sp.paragraph > 1 or not _headline(text, sp.para_start, sp.para_end):
        return None
    if headline_term(text, sp.open_at, sp.close_end):
        return None  # (a term in marks: ‘‘Ghost guns’ seized in raids, say police’)
    says = RE_HEADLINE_SAYS.search(text, sp.close_end, sp.para_end)
    if says is None:
        return _headline_source_last(text, sp)
    toks = tokenize(text, says.start(), sp.para_end)
    k = next((i for i, t in enumerate(toks) if t.word in SPEECH_VERBS), None)
    m = mention_after(toks, k + 1, text) if k is not None else None
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and toks[-1].word in DESCRIPTION_NOUNS \
            and toks[-1].word not in DOCUMENT_NOUNS \
            and all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:]):
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], "description")  # (‘says aid agency’)
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and text[sp.para_start:sp.open_at].strip() \
            and all(t.text.isalpha() for t in toks[k + 1:]):
        # (guard: words in marks inside a headline are the named source's, never the headline's subject's:
        # ‘Man charged over ‘racist’ attack, say police’ was the man's)
        kind = "organisation" if toks[k + 1].capitalized else "description"
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], kind)
    return Found(m, None, "cue-after", toks[k].text) if m is not None else None


def _headline_source_last(text: str, sp: Span) -> Found | None:
    """The source a wire headline names at its end after a comma, its verb last, for the words in marks
    before it (:data:`RE_HEADLINE_SOURCE_SAYS`: ‘Strike to cost ‘hundreds of millions’ a week, CFO says’,
    ‘… ‘higher for longer’, central bank warns’): a description in lower case (‘minister’, ‘central bank’),
    else a name or an office in capitals (‘CFO’, ‘Fed’)."""
    says = headline_source_last(text, sp)  # (guards: review rv65h)
    if says is None:
        return None
    toks = tokenize(text, says.start() + 1, sp.para_end)
    k = next((i for i, t in enumerate(toks) if t.word in SPEECH_VERBS), None)
    if not k or not all(t.text.replace(".", "").replace("-", "").isalpha() for t in toks[:k]):
        return None
    kind = "description" if all(t.text.islower() for t in toks[:k]) else "organisation"
    m = Mention(toks[0].start, toks[k - 1].end, text[toks[0].start:toks[k - 1].end], kind)
    return Found(m, None, "cue-after", toks[k].text)


#: Words for a parent or a grandparent written as a name (‘a text from Mum’).
FAMILY_NAME_WORDS = frozenset("mum mom mam ma dad pa mummy mommy daddy nan nana nanna gran granny grandma grandpa grandad granddad".split())


def _personal_word(word: str) -> bool:
    """A one-word sender that is someone, whatever the rest of the text: a given name the lists know
    (‘a message from Ahmed’) or a family word written as a name (‘a text from Mum’).

    >>> _personal_word("Ahmed"), _personal_word("Mum"), _personal_word("Gaza")
    (True, True, False)
    """
    return gender_of(word) is not None or word.lower() in FAMILY_NAME_WORDS


#: Most words between a teller and their verb of speaking, an aside between (‘A neighbor who called
#: 911 told …’).
TELLER_VERB_REACH = 8


def _teller_before_record(text: str, toks: list[Token], known) -> Found | None:
    """The one who told or said the words, named or described earlier in their sentence, when the
    source after them is only the record that keeps their own voice (‘A caller told the operator that
    smoke was “pouring out,” according to a recording released by police’ is the caller's; ‘The plan
    was “dead,” according to a transcript’ stays the transcript's, with no one before; and a report,
    which tells it again, keeps it: ‘The witness said the order was to “avoid …,” according to the
    report’)."""
    before = cue_before(text, toks, known, mixed=True)
    if before is None or before.rule not in ("cue-before", "cue-in-sentence", "subject") or before.mention is None \
            or before.mention.kind not in ("name", "description") or description_head(before.mention.text) in THING_NOUNS:
        return None
    after = [t for t in toks if t.start >= before.mention.end][:TELLER_VERB_REACH]
    spoke = next((t for t in after if t.word in SPEECH_VERBS and not t.capitalized), None)
    return Found(before.mention, before.person, before.rule, spoke.text) if spoke is not None else None  # (its own verb,
    # past an aside: ‘A neighbor who called 911 told the dispatcher …’)


#: "according to" a document and the one that put it out, right before that issuer's name (‘according
#: to the 214-page transcript released by ’, ‘according to a report published by ’).
RE_ISSUED_DOCUMENT_BY = LazyPattern(r"according to (?:a|an|the) (?:[\w\-]+ ){0,3}?(\p{Ll}+) "
                                    r"(?:released|published|issued|made public|posted|put out|filed) by $")


def _issued_document_before(text: str, lo: int, at: int) -> bool:
    """Whether the words from a quotation's close ``lo`` to its "according to" speaker at ``at`` make
    that speaker the issuer of a document (DOCUMENT_NOUNS) that reports the words, not their speaker.

    >>> t = '“unusual,” according to the 90-page transcript released by the Senate Committee.'
    >>> _issued_document_before(t, 10, t.index("the Senate")), _issued_document_before(t, 10, 11)
    (True, False)
    """
    if at - lo > 120 or (k := text.find("according to ", lo, at)) < 0:
        return False
    m = RE_ISSUED_DOCUMENT_BY.fullmatch(text, k, at)
    return m is not None and m.group(1) in DOCUMENT_NOUNS


def _speech_verb_before(text: str, lo: int, at: int) -> bool:
    """Whether a speech verb is the word right before the quotation's opening mark at ``at``
    (a comma or a colon between them allowed): ‘The captain replied “continue”’, ‘the first officer
    said «speed is dropping»’; never ‘said the delay was “unacceptable”’.

    >>> _speech_verb_before('The captain replied "continue"', 0, 20)
    True
    >>> _speech_verb_before('said the delay was "unacceptable"', 0, 19)
    False
    """
    words = text[lo:at].rstrip(" ,:").lower().rsplit(None, 1)
    return bool(words) and words[-1] in SPEECH_VERBS and words[-1] not in WEAK_SPEECH_VERBS


def kind_of(before: str, content: str) -> str:
    """direct when the marks hold a whole utterance, mixed when a fragment sits in reported speech.

    ``before`` is the quotation's sentence up to its opening mark, dateline removed.

    >>> kind_of("", "We wait."), kind_of("Healey told reporters:", "We will."), kind_of("He said it was", "a disaster")
    ('direct', 'direct', 'mixed')
    """
    if not before or before.endswith(":"):
        return "direct"
    if before.endswith(",") and len(before) > 1 and content[:1].isupper():
        return "direct"
    return "mixed"


#: Initials that make a nickname ("C.J.", "A.J.").
RE_INITIALS = LazyPattern(r"(?:\p{Lu}\.){2,3}")


def is_nickname(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """A short quoted word between or before names: Donald “The Donald” Trump, “little” Marco.

    >>> t = 'Then he turned to "little" Marco Rubio.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    True

    After "to", a lower-case word only before a full name: ‘plans to “actively support” Cruz’
    quotes a verb (‘returned to “Little” Marco’ is a nickname).

    >>> t = 'He plans to "actively support" Cruz.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    False
    """
    content = text[sp.start:sp.end]
    if sp.close_end is None or len(content.split()) > 3 or (
            content.rstrip()[-1:] in ".,!?" and not RE_INITIALS.fullmatch(content)):  # (but ‘Caleb “C.J.” Jenkins’)
        return False
    after = tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 40))
    if after and after[0].capitalized and after[0].word.endswith(ADVERB_ENDINGS) and content[:1].isupper() \
            and _between_names(text, sp, before_toks):
        return True  # a surname a sentence adverb's ending hides, right after a given name: ‘Dwayne “Buck”
        # Mattingly’ (never ‘Mattingly’ read as ‘Increasingly’ there)
    return bool(after) and is_name_token(after[0]) and (
        not before_toks or is_name_token(before_toks[-1]) or before_toks[-1].word in ("the", "a") or (
            before_toks[-1].word == "to" and (content[:1].isupper() or (len(after) > 1 and is_name_token(after[1])))))


def _inside_a_name(text: str, sp: Span) -> bool:
    """A short capitalised quotation right between two capitalised words (‘Sean “Dyche” Callaghan’)."""
    content = text[sp.start:sp.end]
    return sp.close_end is not None and 0 < len(content.split()) <= 3 and content[:1].isupper() \
        and sp.open_at > 1 and text[sp.open_at - 1] == " " and text[sp.open_at - 2].isalpha() \
        and text.startswith(" ", sp.close_end) and text[sp.close_end + 1:sp.close_end + 2].isupper() \
        and text[text.rfind(" ", 0, sp.open_at - 1) + 1:sp.open_at - 1][:1].isupper()


def _between_names(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """The marks stand right between two words of a name (‘Sean “Dyche” Callaghan’): a nickname,
    whatever cue the sentence has."""
    return bool(before_toks) and is_name_token(before_toks[-1]) and before_toks[-1].end == sp.open_at - 1 \
        and sp.close_end is not None and text.startswith(" ", sp.close_end) \
        and text[sp.close_end + 1:sp.close_end + 2].isupper()


def _title_question(content: str) -> bool:
    """A title in Title Case that is a question or a cry, as songs and books are called (‘Who Go Fix
    It?’, ‘Where Did The Money Go?’, ‘Help!’): read as a title only after a work's noun (the caller's).

    >>> _title_question("Where Did The Money Go?"), _title_question("Where did the money go?")
    (True, False)
    """
    c = content.rstrip()
    return c[-1:] in ("?", "!") and is_title(c[:-1])


def is_title(content: str, full_stop: bool = False, subtitle: bool = False) -> bool:
    """A short Title Case phrase without a sentence's punctuation: the name of a show or a work.

    ``full_stop``: a full stop the sentence put inside the marks may end it, where the words
    before say a work is named (‘her fifth book, “The Keeper’s Wife.”’); ``subtitle``: a subtitle
    after a colon may make it long, where its maker is named before (‘the author of “Unruly
    Subjects: Women and Protest in Victorian Britain”’).

    >>> is_title("Good Morning America"), is_title("Arms for Peace,"), is_title("We wait.")
    (True, True, False)
    >>> is_title("The Iceman Cometh."), is_title("The Iceman Cometh.", full_stop=True)
    (False, True)
    """
    words = content.rstrip(",." if full_stop else ",").split(maxsplit=12)  # (thirteen pieces say "too many
    # words" as well as all of them would: a long quotation is not split whole)
    if not 2 <= len(words) <= (12 if subtitle and ":" in content[:-1] else 7) \
            or content.rstrip()[-1:] in ("?!" if full_stop else ".?!"):
        return False
    if not words[0][:1].isupper():
        return False  # (the cheapest test first: the session's rules ask of many quotations in lower case)
    if words[-1] in ("--", "—", "–") or content.rstrip().endswith(("--", "—", "–")):
        return False  # (words broken off at a dash are a turn cut short, never a name: ‘bristled. "That's not --"’)
    big = [w for w in words if len(w) > 3 and not w[:1].isdigit()]  # (years keep no capital: ‘American Interiors, 1900-1950’)
    return bool(big) and all(w[:1].isupper() for w in big)


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


#: Endings of adjectives of judgment (‘unworkable’, ‘dangerous’, ‘pointless’): a quotation of them is a
#: view, never a thing's name.
JUDGMENT_ENDINGS = ("able", "ible", "ous", "ful", "less", "ive")

#: Words of a judgment in lower case (‘“unworkable and unsafe”’, ‘“pure greenwashing”’), never in a name.
JUDGMENT_WORDS = wordset("and or but too so very pure totally utterly unsafe unfair unjust")


RE_WORD = LazyPattern(r"[\p{L}\p{N}]+")
