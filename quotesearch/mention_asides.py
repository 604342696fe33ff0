"""Asides and clauses read past: brackets, dashes and relative clauses between a name and its cue,
kept-back names, joined clauses and the antecedent of a relative pronoun.
"""

from __future__ import annotations

from quotesearch.lexicon import SEATED_PARTICIPLES, wordset
from quotesearch.name_words import RETIRED_MARKS, STOPPED_PERSON_HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import COMPOUND_UNIT_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, DEMONSTRATIVE_PREPOSITIONS, ING_PREPOSITIONS, KEPT_BACK_CLAUSE_WORDS, RELATIVE_CLAUSE_ADVERBS,
    SCENE_IRREGULAR_PASTS, SPEECH_VERBS,
)
from quotesearch.names import POST_NOMINALS
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, Mention, POSSESSIVES, PREPOSITIONS, TIME_WORDS, verb_shaped
from quotesearch.mention_names import BRACKET_ASIDE_TOKENS


#: Words that never sit inside a speaker description: verbs of its clause, conjunctions; and the
#: verbs of where something came from, whose object after "from" is the speaker (‘The lone vote
#: against came from Councillor X, who said’, never "the vote came from X" (w56d)); "what" opens a
#: clause of its own, whose subject is the speaker (‘a law firm investigates what church elders
#: described as “…”’ is the elders', never the firm's, w79b).
#:
#: >>> "came" in NOT_IN_DESCRIPTION, "what" in NOT_IN_DESCRIPTION, "spokesman" in NOT_IN_DESCRIPTION
#: (True, True, False)
NOT_IN_DESCRIPTION = wordset("""
should would will could can may might must shall is are was were be been being has have had do does
did not that which what who whom whose and or but if when while because so than then there it
after before since until unless although though whereas
showed shows depicted depicts featured features captured captures filmed films
came comes
""")


#: Prepositions that are not function words elsewhere: a bare plural never starts with them
#: ("attitudes toward Chinese workers").
OTHER_PREPOSITIONS = wordset("toward towards against among amid between onto through across behind beyond "
                             "via upon than outside")


def _demonstrative_subject(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether ``toks[i]`` is "this" or "that" opening a subject of one noun of people right before
    its verb at ``toks[j + 1]``, after a quotation's mark or a stop: ‘“…,” that person said’, ‘“…,”
    this official said’ (never the conjunction: ‘said that officials’, ‘so that people’)."""
    if not (toks[i].word in ("this", "that") and i + 1 == j and toks[j].word in DESCRIPTION_NOUNS
            and toks[j].text.islower() and not (toks[j].word.endswith("s") and not toks[j].word.endswith("ss"))
            and toks[j].word not in ("people", "men", "women")):
        return False  # (one person: never the relative of ‘the “sweeps” that critics say …’)
    if i == lo:
        return True
    mark = toks[i - 1]
    return mark.text in ".!?" or (mark.text in "”\"’'" and i - 2 >= lo and toks[i - 2].text in ",?!")


def _compound_and(toks: list[Token], a: int) -> bool:
    """Whether the "and" at ``toks[a]`` joins two lower-case words of one compound before a unit's noun
    right after them, inside a description read forward: ‘one engineer on the trust and safety team,
    who …’, ‘the owner of a fish and chip shop’ (never cut at "trust"; never a second person, ‘a nurse
    on the ward and a porter’, nor a body's capitalised name, ‘Smith and Jones’).

    >>> t = tokenize("one engineer on the trust and safety team, who"); _compound_and(t, 5)
    True
    >>> t = tokenize("a nurse on the ward and a porter"); _compound_and(t, 5)
    False
    """
    n = len(toks)
    if a < 2 or a + 2 >= n or toks[a].text != "and" or toks[a - 2].word not in DETERMINERS | POSSESSIVES:
        return False
    words = (toks[a - 1], toks[a + 1])
    if not all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS and x.word not in DETERMINERS
               and (x.word not in DESCRIPTION_NOUNS or x.word in THING_NOUNS) for x in words):
        return False  # (two words of a remit, a body's noun among them, ‘the trust and safety team’; no
        # person's noun: ‘the mayor and council leader’ is two people)
    unit = toks[a + 2]
    return unit.text.islower() and unit.word in COMPOUND_UNIT_NOUNS and (
        a + 3 >= n or not toks[a + 3].text[:1].isalnum() or toks[a + 3].word in ("who", "whose", "said", "says", "told")
        or toks[a + 3].word in PREPOSITIONS)  # (the unit ends the phrase: never ‘the sales and marketing team
    # leader’, read by its own rules)


def _demonstrative_object(toks: list[Token], t: int) -> bool:
    """Whether "that" at ``toks[t]`` is a demonstrative before the object of a source's preposition, one
    lower-case noun and then a stop: ‘a person familiar with that conversation, who …’, ‘an official
    briefed on that decision said’ (never the conjunction: ‘said that officials were’, ‘so that people’).

    >>> t = tokenize("A person familiar with that conversation, who"); _demonstrative_object(t, 4)
    True
    >>> t = tokenize("familiar with that officials were worried"); _demonstrative_object(t, 2)
    False
    """
    n = len(toks)
    if t < 1 or t + 1 >= n or toks[t].text != "that" or toks[t - 1].word not in DEMONSTRATIVE_PREPOSITIONS:
        return False
    noun = toks[t + 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.word in FUNCTION_WORDS or noun.word in DETERMINERS \
            or noun.word in NOT_IN_DESCRIPTION or noun.word in SPEECH_VERBS or noun.word.endswith(("ed", "ly")) \
            or (noun.word.endswith("s") and not noun.word.endswith(("ss", "ns", "ts"))):
        return False  # (a plural or a verb after it opens a clause: ‘with that officials were …’)
    return t + 2 >= n or toks[t + 2].text in ",.;:—" or toks[t + 2].word in ("who", "said", "says", "told")


#: A decision or a writing that a clause without "that" may follow, whose subject speaks of it: ‘in a
#: judgment campaigners said should prompt “…”’, ‘a ruling residents said was “long overdue”’.
CONTACT_CLAUSE_NOUNS = DOCUMENT_NOUNS | wordset("decision decisions judgment judgement move step plan plans law policy measure")


#: The verbs that open a clause without "that" whose subject is the noun before its speakers (‘a ruling residents
#: said was “…”’, ‘the plan critics say will “…”’).
CONTACT_CLAUSE_VERBS = frozenset("was were is are will would should could must might may can had has have".split())

#: Cues whose object the marks right after them hold, the noun before being their object (‘a plan critics called “…”’).
NAMING_CUES = frozenset("called call calls branded brand dubbed labelled labeled termed".split())


def _contact_clause_plural(toks: list[Token], m: Mention, j: int, lo: int) -> Mention | None:
    """The people in the plural who say the cue at ``j``, right after a decision or a writing read
    with them as one description (‘a decision campaigners’, ‘the ruling residents’): they speak of it,
    in a clause without "that"; never a plural that belongs to the noun (‘the council's housing
    officers’: "officers" follows no noun of :data:`CONTACT_CLAUSE_NOUNS`).

    >>> t = "in a judgment campaigners said should prompt"; toks = tokenize(t)
    >>> _contact_clause_plural(toks, Mention(3, 25, "a judgment campaigners", "description"), 4, 0).text
    'campaigners'
    >>> t = "the study authors said the results were"; toks = tokenize(t)
    >>> _contact_clause_plural(toks, Mention(0, 17, "the study authors", "description"), 3, 0) is None
    True
    """
    p = j - 1
    if p - 2 < lo or toks[p].end != m.end or not toks[p].text.islower() or not toks[p].word.endswith("s") \
            or toks[p].word[:-1] not in DESCRIPTION_NOUNS or toks[p].word[:-1] in THING_NOUNS:
        return None
    if toks[p - 1].word not in CONTACT_CLAUSE_NOUNS or not toks[p - 1].text.islower() or toks[p - 1].start <= m.start:
        return None
    n = j + 1
    while n < len(toks) and toks[n].text in ("“", "\"", "‘", "'"):
        n += 1
    if toks[j].word in NAMING_CUES and (n >= len(toks) or n > j + 1):
        pass  # (a naming cue with its marks right after it: ‘a plan critics called “…”’)
    elif n >= len(toks) or toks[n].word not in CONTACT_CLAUSE_VERBS:
        return None  # (the clause wants its verb right after the cue, its subject being the noun before: ‘a ruling
        # residents said was’; ‘the study authors said the results were’ is one description, a compound's plural)
    return Mention(toks[p].start, toks[p].end, toks[p].text, "description")


def _verb_after_subject(toks: list[Token], a: int, h: int) -> bool:
    """``toks[a:h + 1]``, the words after a determiner up to a preposition, hold a verb between its
    subject and its object: a lower-case noun of a person or thing, then a present in -s, a past in
    -ed or an irregular past, then a lower-case word (‘The inquiry follows complaints from’, ‘The bill
    drew criticism from’), never an adjective before the noun (‘a retired officer from’) nor a
    plural that ends the words (‘the health ministry officials from’), nor a participle before
    "by" or a time (‘A resident reached by telephone’, ‘a woman injured last week’), nor a possessive
    (‘the state attorney general’s office’)."""
    for p in range(a + 1, h):
        w, prev, nxt = toks[p].word, toks[p - 1], toks[p + 1]
        if toks[p].text.isalpha() and toks[p].text.islower() and prev.text.islower() and prev.word in DESCRIPTION_NOUNS and not prev.word.endswith("s") \
                and nxt.text.islower() and nxt.text.isalpha() and w not in DESCRIPTION_NOUNS and nxt.word not in FUNCTION_WORDS \
                and nxt.word not in OTHER_PREPOSITIONS and nxt.word not in TIME_WORDS \
                and not (w.endswith("s") and nxt.word in ROLE_NOUNS) and verb_shaped(w):
            return True
    return False


#: Credentials and generations set off by commas after a name (‘Miriam Okafor, MD,’, ‘Jane Roe, RN,’,
#: ‘Tom Reyes, Jr.,’).
SET_OFF_CREDENTIALS = POST_NOMINALS | frozenset("RN DO NP FRCP FRCS FACS FACP DDS DMD DVM PharmD PsyD EdD MSc Jr Sr".split())
    # place: ‘Another caller, Priscilla in Surrey, B.C., said’)


#: Verbs that only report speech (never ‘charged a $100,000 fee’).
PLAIN_SPEECH_VERBS = frozenset("said says told tells added adds wrote writes explained insisted warned".split())


#: Prepositions before a place a clause of "where" may follow (‘speaking from Christchurch, where …’).
WHERE_PLACE_PREPOSITIONS = frozenset("in from at to near outside inside into across around".split())


#: Most words of a "who" clause that ends a described speaker before an aside (‘A council staffer who
#: worked on the amendment, speaking on condition of anonymity, said’).
WHO_CLAUSE_WORDS = 10


def _in_relative_aside(toks: list[Token], i: int, lo: int) -> bool:
    """The word at ``toks[i]`` stands in a relative aside set off by commas (‘, who attended but
    did not speak,’): its verb is the aside's, no cue.

    >>> toks = tokenize("X, who attended but did not speak, said"); _in_relative_aside(toks, 7, 0)
    True
    >>> toks = tokenize("X, a group that first complained, said"); _in_relative_aside(toks, 6, 0)
    True
    """
    c = next((c for c in range(i - 1, max(lo - 1, i - 10), -1) if toks[c].text == ","), None)
    if c is None or c + 1 >= i:
        return False
    return toks[c + 1].word in ("who", "which") or (
        # (or a relative clause inside the aside, an adverb before its verb: ‘, a group of rivals that
        # first complained to the commission in 2013,’, ‘, the firm that later warned regulators,’)
        c + 3 < i and toks[i - 2].word in ("who", "which", "that") and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower() and toks[i - 1].word in RELATIVE_CLAUSE_ADVERBS)


def _bracket_opener(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the short bracket that ``toks[i]`` (a closing one) ends opens, when it holds a party or
    a group and a country after a name, a comma among them (‘Ana Costa (Renew, Portugal)’): its
    words are capitalised, their letters or a slash, and a name stands before it; None otherwise.

    >>> toks = tokenize("Ana Costa (Greens/EFA, Belgium), said"); _bracket_opener(toks, 8, 0)
    2
    >>> toks = tokenize("the plan (which, he said, failed), said"); _bracket_opener(toks, 9, 0) is None
    True
    """
    o = next((o for o in range(i - 1, max(lo - 1, i - BRACKET_ASIDE_TOKENS), -1) if toks[o].text == "("), None)
    if o is None or o - 1 < lo or not is_name_token(toks[o - 1]) or not any(x.text == "," for x in toks[o + 1:i]):
        return None
    inner = toks[o + 1:i]
    return o if all(x.text in (",", "/", "&") or x.text[:1].isupper() for x in inner) else None


def _party_bracket_opener(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the short bracket closing at ``toks[i]`` opens, when it holds only a party's or a state's
    capitalised words or letters right after a name (‘Sen. X (D-Del.)’, ‘Y (Lab)’, ‘Z (R-S.C.)’), so that
    an aside after it (‘, whose state is home to …,’) leaves the name as the subject; None otherwise.

    >>> toks = tokenize("Sen. Ann Lee (D-Del.), whose state is home, said"); _party_bracket_opener(toks, 6, 0)
    3
    >>> toks = tokenize("the plan (which failed), said"); _party_bracket_opener(toks, 5, 0) is None
    True
    """
    o = next((o for o in range(i - 1, max(lo - 1, i - BRACKET_ASIDE_TOKENS), -1) if toks[o].text == "("), None)
    if o is None or o + 1 >= i or o - 1 < lo or not is_name_token(toks[o - 1]) or is_possessive(toks[o - 1]) \
            or any(x.text == "," for x in toks[lo:_name_run_back(toks, o - 1)]):
        return None  # (never a name inside another's aside: ‘X, a professor who worked for Sen. Y (R-Tenn.), one
        # of the bill's architects, called it’ is X's)
    return o if all(x.text in (".", ",", "/", "&", "-") or x.text[:1].isupper() for x in toks[o + 1:i]) else None


def _title_marks_back(toks: list[Token], i: int, k: int, lo: int) -> int | None:
    """Where the marks closing at ``toks[i]`` open, when they hold a short name inside a clause that
    goes on in lower case on both sides (‘whose “Golden Scale” award’, ‘the “Silver Net” prize’): a
    name, never words said; else None."""
    if not (i + 1 < k and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()):
        return None
    for o in range(i - 1, max(lo, i - 7), -1):
        if toks[o].text in "“\"":
            inner = toks[o + 1:i]
            return o if o > lo and inner and toks[o - 1].text.isalpha() and toks[o - 1].text.islower() \
                and all(x.text[:1].isupper() or x.word in ("of", "the", "and") for x in inner) else None
        if toks[o].text in ",.;:!?”":
            return None
    return None


def _title_closed_by_comma_back(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the marks closing at ``toks[i]`` open, when they hold a short title in capitals whose
    comma stands inside them, after "of" or a lower-case word, and a name follows (‘The author of
    “Blue Harbor,” Ada Lin, wrote’): the title ends an office the name is set off from; else None.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("The author of “Blue Harbor,” Ada Lin, wrote"); _title_closed_by_comma_back(toks, 7, 0)
    3
    >>> toks = tokenize("He said “Go home,” Ada Lin, wrote"); _title_closed_by_comma_back(toks, 6, 0) is None
    True
    """
    if not (i + 1 < len(toks) and is_name_token(toks[i + 1]) and toks[i - 1].text == ","):
        return None
    for o in range(i - 2, max(lo, i - 9), -1):
        if toks[o].text in "“\"":
            inner = toks[o + 1:i - 1]
            return o if o > lo and inner and toks[o - 1].text.isalpha() and toks[o - 1].text.islower() \
                and toks[o - 1].word not in SPEECH_VERBS and inner[0].text[:1].isupper() \
                and all(x.text[:1].isupper() or x.word in ("of", "the", "and", "a", "in", "on") for x in inner) else None
        if toks[o].text in ",.;:!?”":
            return None
    return None


#: Dashes that set off an aside between a speaker and the cue verb (‘X – no relation – said’).
ASIDE_DASHES = frozenset("–—")

#: Most tokens an aside set off by dashes may hold.
DASH_ASIDE_TOKENS = 16

#: Relative words that open an aside between dashes in which words in marks may stand (‘— whom critics
#: call “Governor No” —’).
DASH_ASIDE_RELATIVES = frozenset("who whom whose".split())


def _dash_aside_opener(toks: list[Token], c: int, lo: int) -> int | None:
    """Where the aside that a dash at ``toks[c]`` closes opens: the dash before it in the same
    sentence, a few words back, with a word of a name or a description right before it; else None.

    >>> toks = tokenize("Ann Lee – a nurse – said"); _dash_aside_opener(toks, 5, 0)
    2
    >>> toks = tokenize("The vote was close. It – said"); _dash_aside_opener(toks, 7, 0) is None
    True
    """
    if toks[c].text not in ASIDE_DASHES:
        return None
    marked = False  # (words in marks inside the aside)
    for o in range(c - 2, max(lo, c - DASH_ASIDE_TOKENS) - 1, -1):
        x = toks[o].text
        if x in ASIDE_DASHES:
            return o if o - 1 >= lo and toks[o - 1].text[:1].isalpha() \
                and (not marked or toks[o + 1].word in DASH_ASIDE_RELATIVES) else None
        if x in "“”\"":
            marked = True  # (a nickname in marks, in a relative aside only: ‘Ruto — whom critics call
            # “Zakayo” — said’; never ‘– “…” – said’)
            continue
        if x in ".!?;:()":
            return None
    return None


#: Verbs that close an aside naming judges who joined another's judgment (‘, with whom Lord X and Lady Y agreed,’,
#: ‘giving the lead judgment, with which Lords X and Y concurred,’).
AGREED_ASIDE_VERBS = frozenset("agreed agree agrees concurred concur concurs".split())

#: Most tokens an aside of those who agreed may hold (a list of four judges with their titles).
AGREED_ASIDE_TOKENS = 24


def _agreed_aside_opener(toks: list[Token], c: int, lo: int) -> int | None:
    """Where the aside of judges who agreed, closed by the comma at ``toks[c]``, opens: the comma of
    ", with whom … agreed," or ", with which … agreed," (the judgment's) a few words back in the same sentence; else None. The names in such an
    aside are never the one who speaks after it.

    >>> toks = tokenize("Lord Hendry, with whom Lord Reed, Lady Arden and Lord Sales agreed, said")
    >>> _agreed_aside_opener(toks, len(toks) - 2, 0)
    2
    >>> toks = tokenize("Lord Reed, Lady Arden and Lord Sales agreed, said"); _agreed_aside_opener(toks, len(toks) - 2, 0) is None
    True
    """
    if toks[c].text != "," or toks[c - 1].word not in AGREED_ASIDE_VERBS:
        return None
    for o in range(c - 4, max(lo, c - AGREED_ASIDE_TOKENS) - 1, -1):
        if toks[o].text in ".!?;:“”\"()":
            return None
        if toks[o].text == "," and toks[o + 1].word == "with" and toks[o + 2].word in ("whom", "which"):
            return o if o - 1 >= lo and toks[o - 1].text[:1].isalpha() else None
    return None


def _retired_bracket_before(toks: list[Token], j: int, lo: int) -> int | None:
    """The index of the "(" of a retired rank's bracket inside a name set off right before the verb at
    ``j`` (‘, Lt. Col. (rtd) Ama Mensah, said’): a rank's word before it, a name after it, a comma
    after the name; else None.

    >>> t = tokenize("The head, Lt. Col. (rtd) Ama Mensah, said"); _retired_bracket_before(t, len(t) - 1, 0)
    5
    """
    if j - 1 < lo or toks[j - 1].text != ",":
        return None
    o = next((o for o in range(j - 2, max(lo, j - 8), -1) if toks[o].text == "("), None)
    if o is None or o - 1 < lo or o + 3 >= j - 1 or toks[o + 1].word not in RETIRED_MARKS or toks[o + 2].text != ")" \
            or not toks[o - 1].text.endswith(".") or toks[o - 1].word not in STOPPED_PERSON_HONORIFICS \
            or not all(is_name_token(x) for x in toks[o + 3:j - 1]):
        return None
    return o


#: Verbs of a second relative clause that only keeps a speaker's name back (‘… and asked not to be
#: identified’, ‘… and declined to give his name’).
KEPT_BACK_VERBS = frozenset("asked declined requested refused spoke".split())


#: At most this many tokens from a "who" clause that only keeps the name back to the verb after it
#: (‘who spoke on condition of anonymity said’ is seven; ‘who spoke to this reporter on condition of
#: anonymity said’ is ten). (Not ``quotesearch.unnamed_subjects.KEPT_BACK_REACH``, a
#: count of sentences.)
KEPT_BACK_CLAUSE_REACH = 10


def _kept_back_clause(toks: list[Token], j: int, lo: int) -> int | None:
    """Where "and" opens a second clause of a relative clause, before the verb at ``toks[j]``, that only
    keeps the name back: the first clause's end.

    >>> toks = tokenize("A woman who lives nearby and asked not to be identified said")
    >>> _kept_back_clause(toks, 11, 0)
    5
    >>> _kept_back_clause(tokenize("A woman who lives nearby and her son said"), 8, 0) is None
    True
    """
    for a in range(j - 2, max(lo, j - 10) - 1, -1):
        if toks[a].word == "and" and toks[a + 1].word in KEPT_BACK_VERBS \
                and all(x.text.isalpha() and x.text.islower() for x in toks[a + 1:j]) \
                and any(x.word == "who" for x in toks[max(lo, a - 8):a]):
            return a
    return None


def _kept_back_tail(description: str) -> int | None:
    """Where a description's closing "who" clause starts when that clause only keeps the name back
    (‘a young mother from Leeds who did not want to be named’, ‘a worker from Dhaka who declined to
    be named’), else None (‘a farmer who lost his herd’ keeps its clause as before).

    >>> _kept_back_tail("a worker from Dhaka who declined to be named")
    19
    >>> _kept_back_tail("a man who was named in the report") is None
    True
    """
    w = description.rfind(" who ")
    if w < 0:
        return None
    words = description[w + 5:].split()
    if len(words) > 6 or not any(x in KEPT_BACK_CLAUSE_WORDS for x in words):
        return None
    if not ("anonymity" in words or "anonymous" in words
            or any(x in ("not", "declined", "refused", "without") or x.endswith("n't") for x in words)):
        return None  # (never ‘a man who was named in the report’)
    return w


def _before_kept_back_clause(toks: list[Token], a: int, j: int) -> int | None:
    """The last token of a description ``toks[a:j]`` before its "who" clause, when that clause only keeps
    the name back (‘A senior officer at the registry who sought anonymity’, ‘A teacher who requested
    anonymity’), else None.

    >>> toks = tokenize("A senior officer at the registry who sought anonymity told")
    >>> _before_kept_back_clause(toks, 0, 9)
    5
    >>> _before_kept_back_clause(tokenize("A woman who saw the crash said"), 0, 6) is None
    True
    >>> _before_kept_back_clause(tokenize("A nurse at the clinic, who asked not to be named, said"), 0, 12)
    4
    """
    w = next((w for w in range(a + 1, j) if toks[w].word == "who"), None)
    if w is None or j - w > KEPT_BACK_CLAUSE_REACH or not any(x.word in KEPT_BACK_CLAUSE_WORDS for x in toks[w + 1:j]):
        return None
    words = [x.word for x in toks[w + 1:j]]
    if not ("anonymity" in words or "anonymous" in words
            or any(x in ("not", "declined", "refused", "n't", "without") for x in words)):
        return None  # (only a clause that keeps the name back: never ‘A police officer who identified the
        # suspects’, ‘A man who was named in the report’)
    return w - 2 if w - 2 > a and toks[w - 1].text == "," else w - 1  # (never the comma that sets the clause off:
    # ‘A retired engineer waiting for the train, who asked not to be named,’)


#: How many plain lower-case words a relative clause may run between its "who" and a mention it holds,
#: all of them its own (the clause with no mention, right before the verb, keeps a reach of 5): ‘A woman who was eating in the cafe with her two sons
#: said’ is the woman, as described, never the sons.
RELATIVE_CLAUSE_REACH = 11

#: Subject pronouns that open a clause of their own inside a relative clause (‘who had known the boy since
#: he was born’): a long relative clause holding one is left to the short reach.
CLAUSE_SUBJECTS = frozenset("i he she we they you".split())


def _joined_clause_opens(toks: list[Token], d: int, lo: int) -> bool:
    """``toks[d]`` opens a clause joined by a comma and "and" or "but", with "a", "an" or "one" (‘Lakeshore
    has wings, and a scout who …’): a description there opens its clause as a sentence's would.

    >>> from quotesearch.tokens import tokenize
    >>> _joined_clause_opens(tokenize("It rained, and a scout who"), 4, 0), _joined_clause_opens(tokenize("Cats and a dog who"), 2, 0)
    (True, False)
    """
    return d - 2 >= lo and toks[d - 1].word in ("and", "but") and toks[d - 2].text == "," \
        and toks[d].word in ("a", "an", "one")


#: "Said" and "says", which never take a relative clause's object: a noun after them opens what was said.
#:
#: >>> sorted(REPORTING_SAIDS)
#: ['said', 'says']
REPORTING_SAIDS = frozenset("said says".split())

#: Forms of "be" a relative clause's place phrase follows (‘who was at the festival’).
CLAUSE_BE = wordset("was were is are been")


def _clause_verb_after(toks: list[Token], w: int, i: int) -> bool:
    """``toks[w]`` opens a relative clause whose own verb comes before ``toks[i]``, past auxiliaries
    (‘who has seen the documents’, ‘who had been briefed on the talks’), or whose "be" goes on with a
    place (‘who was at the festival’), or "whose" and a noun before the verb (‘whose child attends
    Oakfield Primary’, ‘whose son was injured’): a clause about the description before it. Never a
    subject after "who" (‘the man who police said was armed’), nor "be" before a noun (‘who is the
    families' lawyer’)."""
    whose = toks[w].word == "whose"
    if not whose and toks[w].word not in ("who", "that"):
        return False
    a = w + 1 + whose
    if whose and not (a < i and toks[w + 1].text.isalpha() and toks[w + 1].text.islower() and toks[w + 1].word not in FUNCTION_WORDS):
        return False
    while a < i and toks[a].word in AUXILIARIES:
        a += 1
    if a >= i or (a == w + 1 + whose and not whose):
        return False
    if a > w + 1 + whose and toks[a - 1].word in CLAUSE_BE and toks[a].word in PREPOSITIONS:
        return True
    return toks[a].word not in FUNCTION_WORDS and toks[a].word not in DETERMINERS and (
        a > w + 1 + whose or (toks[a].word.endswith(("ed", "s")) and toks[a].word not in DESCRIPTION_NOUNS))


#: Particles that end a phrasal verb of leaving or acting (‘pulled out’, ‘walked off’), which no relative
#: clause with its object gone ends in (‘An investigator Patel hired’).
#:
#: >>> "out" in ACT_PARTICLES, "said" in ACT_PARTICLES
#: (True, False)
ACT_PARTICLES = frozenset("out off away down up back".split())


def _epithet_name_acting(toks: list[Token], d: int, k: int) -> int | None:
    """Where the name ends in a description ``toks[d..k]`` that is "the", a lower-case noun of a person
    and a capitalised name, then a lower-case verb in the past with a particle and up to two words more
    (‘the rapper K-Lowe pulled out’, ‘the singer Tom Vale walked off stage’): the description is the
    name's epithet, what follows their act; else None (never ‘An investigator Patel hired’, review rv15).

    >>> toks = tokenize("the rapper K-Lowe pulled out citing"); _epithet_name_acting(toks, 0, 4)
    2
    >>> toks = tokenize("a spokesperson for the Home Office based in London"); _epithet_name_acting(toks, 0, 8) is None
    True
    >>> toks = tokenize("An investigator Patel hired said"); _epithet_name_acting(toks, 0, 3) is None
    True
    """
    if toks[d].word != "the" or d + 3 > k or not toks[d + 1].text.islower() \
            or toks[d + 1].word not in DESCRIPTION_NOUNS or not is_name_token(toks[d + 2]):
        return None
    e = d + 2
    while e + 1 <= k and (is_name_token(toks[e + 1]) or toks[e + 1].text == "-"):
        e += 1
    if e >= k or not is_name_token(toks[e]) or k - e > 4:
        return None
    verb = toks[e + 1]
    if not verb.text.isalpha() or not verb.text.islower() or verb.word in FUNCTION_WORDS \
            or not (verb.word.endswith("ed") or verb.word in SCENE_IRREGULAR_PASTS):
        return None
    if e + 2 > k or toks[e + 2].word not in ACT_PARTICLES:
        return None  # (a verb with its object gone is a clause on the one described: ‘An investigator Patel
        # hired said’, ‘the doctor Reyes consulted said’ are the investigator's and the doctor's; review rv15)
    return e


def _participle_phrase_back(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of a subject described by a participle and its phrase in lower case that end at
    ``toks[k]``: a noun of people opening the clause (with "a", "an", "the", "one" or "another"
    and lower-case words before it), a participle right after it and up to eight lower-case words
    after that. (A plural alone is left to the rules of people described: ‘Protesters marching
    through the streets chanted’ are the protesters.)

    >>> t = tokenize("A woman clutching a plastic bag of clothes")
    >>> _participle_phrase_back(t, len(t) - 1, 0)
    0
    >>> t = tokenize("Back home, an elder sitting in the shade of a manyatta")
    >>> _participle_phrase_back(t, len(t) - 1, 0)
    3
    >>> t = tokenize("One passenger seated two rows behind the man")
    >>> _participle_phrase_back(t, len(t) - 1, 0)
    0
    >>> t = tokenize("The report, citing data from the ministry")  # (a thing, no one)
    >>> _participle_phrase_back(t, len(t) - 1, 0) is None
    True
    """
    for p in range(k - 1, max(lo, k - 9) - 1, -1):
        t = toks[p]
        if not t.text.islower() or not (t.text.replace("-", "").replace("’", "").replace("'", "").isalpha()):
            return None  # (a comma, a name or a number ends the phrase: no reading across them)
        if not (t.word.endswith("ing") and len(t.word) > 4 and t.word not in DESCRIPTION_NOUNS and t.word not in ING_PREPOSITIONS) \
                and t.word not in SEATED_PARTICIPLES:  # (or where one sat: ‘One passenger seated two rows behind the man’)
            continue
        n = p - 1
        if n < lo or toks[n].word not in DESCRIPTION_NOUNS or toks[n].word in THING_NOUNS:
            return None
        s = next((s for s in range(n, max(lo, n - 4) - 1, -1) if toks[s].word in ("a", "an", "the", "one", "another")), None)
        if s is None or not all(x.text.islower() for x in toks[s + 1:n]):
            return None
        if s > lo and toks[s - 1].text not in (",", ";", ":", "—") and toks[s - 1].word not in ("and", "but"):
            return None  # (the clause's own start only: never the object of a verb before it)
        return s
    return None


def _before_cut_participle(toks: list[Token], j: int, k: int) -> int:
    """Where a description read from ``toks[j]`` ends when its reading stopped at ``toks[k]`` for its
    length alone, inside the phrase of a participle that follows a place (the next word a noun of
    that phrase, in lower case): before the participle, the description whole up to there (‘a man
    in the third row wearing a Broncos jacket stood’ is "a man in the third row", never "… wearing a
    Broncos"); ``k`` itself otherwise (a phrase read to its end stays whole: ‘a woman clutching a
    bag of clothes said’).

    >>> t = tokenize("a man in the third row wearing a red jacket stood")
    >>> toks = t; toks[_before_cut_participle(t, 0, 8)].text
    'row'
    >>> t = tokenize("a woman clutching a bag of clothes said"); _before_cut_participle(t, 0, 6)
    6
    """
    if k - j < DESCRIPTION_READ_WORDS or k + 1 >= len(toks) or not (toks[k + 1].text.isalpha() and toks[k + 1].text.islower()) \
            or toks[k + 1].word in SPEECH_VERBS or toks[k + 1].word in FUNCTION_WORDS or toks[k + 1].word in PREPOSITIONS:
        return k
    p = next((p for p in range(k, j + 2, -1) if toks[p].text.islower() and toks[p].word.endswith("ing") and len(toks[p].word) > 4
              and toks[p].word not in DESCRIPTION_NOUNS), None)
    if p is None or not any(x.word in PREPOSITIONS for x in toks[j + 1:p]):
        return k
    return p - 1


#: How many words past its first a description is read before it stops (‘a man in the third row
#: wearing a …’), unless a source's knowing or a body's long name carries it on.
DESCRIPTION_READ_WORDS = 8


def _verb_with_object(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is the sentence's own verb in the past with its object next, no part of what a
    source knows: ‘An official involved in the talks disputed that account’ ends at "talks".

    >>> toks = tokenize("involved in the talks disputed that account")
    >>> _verb_with_object(toks, 4), _verb_with_object(toks, 0)
    (True, False)
    """
    return toks[i].word.endswith("ed") and not toks[i].capitalized and i + 1 < len(toks) \
        and toks[i - 1].word not in PREPOSITIONS and toks[i - 1].word not in DETERMINERS \
        and (toks[i + 1].word in DETERMINERS or toks[i + 1].word in POSSESSIVES)
