"""Ratings and grades in marks, never speech: a fact-checker's verdict, an analyst's rating of a
share, a credit grade, an inspector's grade for a school and a warning scale's level, after the
verb that gives or moves them or before the rating's noun.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.term_words import ALERT_LEVELS, ALERT_MOVE_VERBS, ALERT_SCALE_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS, SUBJECT_SPEAKER_PRONOUNS
from quotesearch.called_terms import TERM_DETERMINERS
from quotesearch.tokens import Token, is_possessive
from quotesearch.quote_spans import Span
from quotesearch.cue_tokens import Lazy


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


#: The pronouns of people, whose rating is their verdict (‘she rated it “high”’), never a scale's grade.
PERSON_PRONOUNS = SUBJECT_SPEAKER_PRONOUNS | {"you"}


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

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
    >>> _grade_lead(tokenize("schools would be labelled "), "outstanding"), _grade_lead(tokenize("he called it "), "good")
    (True, False)
    """
    return _inspection_grade_lead(toks, content) or _rating_lead(toks, content)


def _inspection_grade_lead(toks: list[Token], content: str) -> bool:
    """An inspector's grade in marks right after the verb that gives it (‘was rated “inadequate” by
    Ofsted’, ‘judged “requires improvement”’, ‘graded as “outstanding”’, ‘was placed in “special
    measures”’): a label, never speech. Only a grade's own words, right after the verb (never ‘judged
    the plan “good enough”’, nor ‘said the school was “outstanding”’).

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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


#: A grade's place on its scale set off right after the closing mark: "the", "its" or "their", a rank (an
#: ordinal, a superlative, "top" or "bottom", with "of" and a count of them) and the scale's noun (‘, the
#: third of five levels’, ‘, the lowest of four ratings’, ‘, its second-highest rating’): the writer's gloss
#: of a grade's name, never of words said.
#:
#: >>> [RE_SCALE_PLACE_AFTER.match(s) is not None for s in (", the third of five levels", ", its second-highest rating",
#: ...     ", the lowest of four ratings", ", the top grade")]
#: [True, True, True, True]
#: >>> [RE_SCALE_PLACE_AFTER.match(s) is not None for s in (", the rating agency said", ", the harshest of his remarks")]
#: [False, False]
RE_SCALE_PLACE_AFTER = LazyPattern(
    r"[’'\"”]?,? (?:the|its|their) (?:\p{L}+-)?(?:top|bottom|middle|\p{Ll}+est|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)(?: (?:of|on) (?:the )?\p{Ll}+)? (?:\p{Ll}+ )?"
    r"(?:level|levels|rating|ratings|grade|grades|category|categories|band|bands|tier|tiers|rung|step)\b")

#: The names of grades on a scale, read after a verb that rates with its object between (‘rated the hazard
#: as “considerable”’): the warning levels (:data:`ALERT_LEVELS`), the inspectors' grades
#: (:data:`RE_INSPECTION_GRADE`) and the avalanche scale's middle level.
SCALE_GRADE_EXTRA = frozenset(("considerable",))

#: Verbs that give a thing its grade on a scale with the thing between them and the grade (‘rated the
#: hazard as’, ‘classifies the water as’, ‘rates the department’).
SCALE_RATE_VERBS = frozenset("rate rates rated grade grades graded classify classifies classified categorised "
                             "categorized categorises categorizes ranked ranks".split())
# (never a participle, whose subject is one who speaks before it: ‘he said, rating the risk “high”’)

#: The most words between a rating verb and the grade's opening mark (‘rated the hazard on the mountain
#: as’: the thing rated and "as").
SCALE_OBJECT_WORDS = 7

#: Words between a person's pronoun and a rating verb that keep the pronoun its subject (‘she has rated’).
SCALE_AUXILIARIES = frozenset("has have had was were is are be been would could might will may should".split())


def _scale_grade(text: str, sp: Span, content: str, before_toks: Lazy) -> bool:
    """A grade's name in marks after a verb that rates a thing (:data:`SCALE_RATE_VERBS`), the thing
    rated between and "as" maybe (‘rated the hazard on the mountain as “considerable”’, ‘which the
    county classifies as “satisfactory”’, ‘rates the department ‘inadequate’’): a grade on a scale
    (:data:`ALERT_LEVELS`, :data:`RE_INSPECTION_GRADE`), or any short name its place on the scale
    glosses right after (:data:`RE_SCALE_PLACE_AFTER`: ‘rated Voss “recommended,” its second-highest
    rating’). A label, never speech; but never a person's rating, by a pronoun, a person's noun or a
    capitalised subject that is no body's word (‘she rated it “high”’, review rv65a; ‘Critic Dan Ross rated
    the show “outstanding”’), nor a verb of speech or a clause's comma between.

    >>> from quotesearch.tokens import tokenize
    >>> def graded(t):
    ...     sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    ...     return _scale_grade(t, sp, t[sp.start:sp.end], Lazy(lambda: tokenize(t, 0, sp.open_at)))
    >>> graded("The service rated the hazard as “considerable” on Monday."), graded("She rated it “high” on Monday.")
    (True, False)
    >>> graded("The bar rated Voss “recommended,” its second-highest rating."), graded("It rated Voss “a star,” he said.")
    (True, False)
    """
    grade = content.strip(" .,").lower()
    if not grade or len(grade.split()) > 3:
        return False
    graded = grade in ALERT_LEVELS or grade in SCALE_GRADE_EXTRA or RE_INSPECTION_GRADE.fullmatch(grade) is not None
    if not graded and (sp.close_end is None or RE_SCALE_PLACE_AFTER.match(text, sp.close_end) is None):
        return False
    toks = before_toks()
    v = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 2 - SCALE_OBJECT_WORDS), -1)
              if toks[k].word in SCALE_RATE_VERBS), None)
    if v is None or any(not toks[k].text[:1].isalnum()
                        or (toks[k].word in SPEECH_VERBS and toks[k - 1].word not in TERM_DETERMINERS)
                        for k in range(v + 1, len(toks))):
        return False  # (a clause or words said between: ‘rated the plan and said it was “good”’; but a noun
        # after an article is none: ‘rated the fire danger as’)
    s = v - 1
    while s >= 0 and toks[s].word in SCALE_AUXILIARIES:
        s -= 1
    if s < 0:
        return True
    word = toks[s].word
    if not word[:1].isalnum() or word in PERSON_PRONOUNS or word in ROLE_NOUNS:
        return False  # (one person's rating, after an appositive's comma, a pronoun or one person's noun: ‘The head
        # of the agency, Tomas Kovac, rated the threat as “high”’, ‘the chief inspector rated the ward’, review of w141d)
    return not toks[s].capitalized or word in ORG_WORDS or word[:-1] in ROLE_NOUNS or is_possessive(toks[s])
    # (a capitalised subject only a body's word, a group's plural or a firm's possessive name: ‘Kovac rated the
    # threat as “high”’ is his verdict; ‘the Scottish Avalanche Information Service rated the hazard’, ‘Inspectors
    # rated’, ‘Moody's rated the bonds “Baa3”’ a grade)
