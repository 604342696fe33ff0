"""What a group, a crew or a trade calls something, never speech: a group's term and the relative
clause that calls it, a crew naming a thing or a person, what a trade or a science calls a
thing, a term referred to, used, winced at or removed, a term glossed after its kind, a law
named for a person and a job's title.
"""

from __future__ import annotations

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern
from quotesearch.role_words import SCIENCE_PROFESSIONS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    JOB_TITLE_NOUNS, NAMING_CREWS, NICKNAMING_VERBS, OBJECTION_PREPOSITIONS, PERSON_LAW_NOUNS, REMOVING_VERBS,
    SCHEME_NOUNS, TERM_HISTORY_PARTICIPLES, TERM_KIND_NOUNS, TERM_DISTASTE_VERBS, TERM_OBJECTING_VERBS,
    TERM_REACTION_VERBS, TERM_SENSE_VERBS, TERM_USE_NOUNS, TRADE_GROUPS, TRADE_SUBJECTS,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import Token, is_name_token, is_possessive, tokenize
from quotesearch.quote_spans import Span
from quotesearch.nicknames import RE_BY_NAME_AFTER, TERM_NAMING_NOUNS
from quotesearch.titles import RE_SENTENCE_INSIDE, _person_noun
from quotesearch.naming_clauses import REFER_VERBS
from quotesearch.known_terms import IN_HOUSE_ADVERBS


#: A speaker's own first person singular inside a quotation (‘the worst I can remember’, ‘my home’).
RE_FIRST_PERSON_SINGULAR = LazyPattern(r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|me|my|myself|mine)(?![\p{L}’'])")


def _for_whom_first_person(text: str, b_lo: int, open_at: int, content: str) -> Mention | None:
    """The person a sentence with no cue opens with "For", when the quotation in it speaks in the first
    person singular: it is their own word for what the sentence says of them (‘For Ana Ribeiro, 79,
    who lives alone, last summer was “the worst I can remember”’, ‘For many parents, the fees are
    “more than my rent”’ is no one named). Only a person named in full, set off by a comma; never one
    whom the words speak of (‘For Chen, the law was “a blank cheque”’ has no "I")."""
    if not text.startswith("For ", b_lo) or RE_FIRST_PERSON_SINGULAR.search(content) is None:
        return None
    toks = tokenize(text, b_lo + 4, open_at)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or m.start != toks[0].start or " " not in m.text \
            or not text.startswith(",", m.end):
        return None
    return m


#: Nouns of a measure one argues about, before "he calls": what follows is a judgment, not a name
#: (‘a bill she calls “Big Pharma's Wish List”’, ‘a tax he calls “Old Jersey Greed”’).
POLICY_NOUNS = frozenset("plan plans bill bills tax taxes levy law laws budget proposal proposals measure deal agenda reform reforms rule rules ban cut cuts mandate order".split())


#: Quantifiers before a group that calls a thing by a name (‘a ritual some players called “the sweatbox”’).
GROUP_QUANTIFIERS = frozenset("some many most".split())


def _last_before_the(words: list[Token], inner_the: bool) -> int | None:
    """Where the words before a term's marks end, past a "the" that ends them (‘… call the’); the last
    word when the marks open with "the" themselves (``inner_the``); None when neither holds.

    >>> from quotesearch.tokens import tokenize
    >>> _last_before_the(tokenize("Economists call the"), False), _last_before_the(tokenize("Economists call"), False)
    (1, None)
    """
    t = len(words) - 1
    if t >= 0 and words[t].word == "the":
        return t - 1
    return t if inner_the else None


def _call_before_the(words: list[Token], inner_the: bool) -> int | None:
    """Where "call"/"calls"/"called" ends the words before a term's marks (past a "the", as
    :func:`_last_before_the` reads it), with at least four words before it; None otherwise.

    >>> from quotesearch.tokens import tokenize
    >>> _call_before_the(tokenize("a ritual some players called the"), False), _call_before_the(tokenize("players call the"), False)
    (4, None)
    """
    t = _last_before_the(words, inner_the)
    return None if t is None or t < 4 or words[t].word not in ("call", "calls", "called") else t


def _group_noun(t: Token) -> bool:
    """A group by a plural noun in lower case (‘economists’, ‘divers’) or one of :data:`GROUP_SUBJECTS`
    (‘staff’, ‘police’), never a pronoun or a function word (‘they’, ‘this’).

    >>> from quotesearch.tokens import tokenize
    >>> [_group_noun(t) for t in tokenize("divers police they Smiths")]
    [True, True, False, False]
    """
    return t.text.isalpha() and t.text.islower() and (t.word.endswith("s") or t.word in GROUP_SUBJECTS) \
        and t.word not in FUNCTION_WORDS and t.word not in PRONOUNS


def _group_term_lead(words: list[Token], inner_the: bool) -> bool:
    """The words before the marks are a thing, a group by a plural noun (or "staff", "police":
    GROUP_SUBJECTS) and "call"/"called" with no "that" (‘a phenomenon economists call the “…”’, ‘a
    ritual some players called “the …”’): the group's name for the thing, with "the" before the marks
    or opening them (``inner_the``); never a person (‘a man voters call the “…”’), never words without
    "the" (‘a bill senators call “reckless”’).

    >>> from quotesearch.tokens import tokenize
    >>> _group_term_lead(tokenize("and a ritual some players called"), True)
    True
    >>> _group_term_lead(tokenize("a bill senators call"), False)
    False
    >>> _group_term_lead(tokenize("and a steep, timbered slope residents call"), True)
    True
    >>> _group_term_lead(tokenize("Hall, a corrugated-iron building locals have long called"), True)
    True
    >>> _group_term_lead(tokenize("at a man voters have long called"), True)
    False
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1  # the group: a plural noun (‘economists’, ‘players’), after "some", "many" or "most" too
    while g > 1 and (words[g].word in NAMING_AUXILIARIES or (words[g].text.isalpha() and words[g].text.islower()
                                                           and words[g].word.endswith("ly"))):
        g -= 1  # (an auxiliary or an adverb between: ‘a building locals have long called “the …”’)
    if not _group_noun(words[g]):
        return False
    n = g - 1 - (words[g - 1].word in GROUP_QUANTIFIERS)  # the thing's noun, two modifiers before it at most
    a = next((a for a in range(n - 1, max(-1, n - 5), -1) if words[a].word in ("a", "an", "the")), -1)
    # (‘a locked room staff called’, ‘a steep, timbered slope residents call’)
    return a >= 0 and n - a <= 3 + sum(x.text == "," for x in words[a + 1:n]) and words[n].text != "," and all(
        (x.text.replace("-", "").isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS)
        or (x.text == "," and k > a + 1) for k, x in enumerate(words[a + 1:n + 1], a + 1)) \
        and not _person_noun(words[n].word)


def _group_relative_calls(words: list[Token], inner_the: bool) -> bool:
    """A thing's noun, "that" or "which", a group by a plural noun (a modifier or two before it, an
    auxiliary or an adverb after it) and "call"/"called", with "the" before the marks or opening them
    (``inner_the``): the name a group gives a thing, no one's words (‘the reef that Mombasa's divers have
    long called “the Wall”’, ‘a cake, which Penang families fondly call the “…”’). Never a person (‘the
    man that voters call the “…”’), nor a clause after a verb of speech (‘said that fans call the “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _group_relative_calls(tokenize("the reef that Mombasa's divers have long called the"), False)
    True
    >>> _group_relative_calls(tokenize("the man that voters call the"), False)
    False
    >>> _group_relative_calls(tokenize("for the farm, which the family has long called"), True)
    True
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1
    while g > 0 and (words[g].word in NAMING_AUXILIARIES or (words[g].text.isalpha() and words[g].text.islower()
                                                               and words[g].word.endswith("ly") and words[g].word not in NAMING_CREWS)):
        g -= 1  # (‘have long called’, ‘fondly call’; never ‘family’, no adverb)
    if not (_group_noun(words[g]) or words[g].word in NAMING_CREWS):
        return False  # (or a crew in the singular: ‘the ranch, which the family has long called “the …”’ (w61f))
    r = next((j for j in range(g - 1, max(-1, g - 4), -1) if words[j].word in ("that", "which")), -1)
    if r < 1 or any(not x.text[:1].isalpha() or x.word in SPEECH_VERBS for x in words[r + 1:g]):
        return False
    n = r - 1 - (words[r - 1].text == ",")  # the thing's noun: ‘the reef that’, ‘a cake, which’
    return n >= 1 and words[n].text.isalpha() and words[n].text.islower() and words[n].word not in FUNCTION_WORDS \
        and words[n].word not in SPEECH_VERBS and words[n].word not in CALL_VERBS and not _person_noun(words[n].word) \
        and not words[n].word.endswith(("ed", "ly"))


#: Words that may open the thing a group names (‘call the old ship’, ‘nicknamed its radar trailer’).
NAMED_THING_OPENERS = frozenset("the its their our a an this that".split())

#: Auxiliaries and adverbs between a group and its verb of naming (‘have long called’, ‘had dubbed’).
NAMING_AUXILIARIES = frozenset("have has had long".split())


def _crew_names_thing(toks: list[Token]) -> bool:
    """The words before the marks are a verb of naming and the thing it names, a short object
    opening with an article or a possessive: "call"/"calls" in the present (a name in use, never a
    call made once) after people who live or serve by the thing (:data:`NAMING_CREWS`), "dubbed"
    after anyone, or a verb that only nicknames (‘Villagers call the escarpment road’, ‘Troops have
    nicknamed the battalion's field kitchen’, ‘Gardaí have long dubbed the stretch of the M7’); the
    caller's marks hold "the" and a name. Never a person or a measure named (‘call him’, ‘call the
    bill’), never a side in a quarrel (‘Critics call the plan’).

    >>> from quotesearch.tokens import tokenize
    >>> _crew_names_thing(tokenize("Longtime residents call the Cobb Creek drainage"))
    True
    >>> _crew_names_thing(tokenize("Critics call the Mill Road scheme")), _crew_names_thing(tokenize("Residents called the road"))
    (False, False)
    >>> _crew_names_thing(tokenize("The family has long called the farmhouse")), _crew_names_thing(tokenize("The family has called the ruling"))
    (True, False)
    """
    n = len(toks)
    v = next((v for v in range(n - 2, max(-1, n - 9), -1) if toks[v].word in ("call", "calls", "dubbed")
              or toks[v].word in NICKNAMING_VERBS or (toks[v].word == "called" and v >= 2 and toks[v - 1].word in ("long", "always")
                                                      and toks[v - 2].word in ("have", "has", "had"))), None)
    # (and a name long in use: ‘The family has long called the farmhouse’ (w61f))
    if v is None or toks[v + 1].word not in NAMED_THING_OPENERS and not is_possessive(toks[v + 1]):
        return False
    thing = toks[v + 1:]
    if any(not x.text[:1].isalnum() or x.word in PRONOUNS or x.word in SPEECH_VERBS or x.word in POLICY_NOUNS
           or x.word in BRANDED_SCHEME_NOUNS or x.word in ("what", "who", "whom", "as") or _person_noun(x.word)
           for x in thing if x.word not in NAMED_THING_OPENERS):
        return False  # (a person, a measure or a clause: ‘call him’, ‘dubbed the bill’, ‘call what they did’)
    if toks[v].word in NICKNAMING_VERBS or (toks[v].word == "dubbed" and v > 0 and toks[v - 1].word in NAMING_AUXILIARIES):
        return True  # (guard: a bare "dubbed" after a named side is its words: ‘The Kremlin dubbed the sanctions “…”’)
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    return g >= 0 and toks[g].word in NAMING_CREWS and not any(x.word in ("what", "that", "which") for x in toks[max(0, g - 3):g])


#: Words that may stand before a crew that calls someone by a name in use (‘Regulars call Lowe’,
#: ‘Many locals call him’, ‘The drivers call her’).
#:
#: >>> "many" in CREW_CALLER_LEADS, "critics" in CREW_CALLER_LEADS
#: (True, False)
CREW_CALLER_LEADS = frozenset("the many most some local longtime".split())


def _crew_calls_person(toks: list[Token]) -> bool:
    """The words before the marks end with "<crew> call <name>" in the present: people who live or
    work by a place (:data:`NAMING_CREWS`) giving someone the name they go by, its "the" and capitals in
    the marks (‘Regulars on the hill call Lowe “the Beacon Lady,”’, ‘Patients call him “the Night Owl”’),
    with a place they are at between (up to four lower-case words); never a call made once (‘called
    him’), a side in a quarrel (‘Critics call him’), nor a clause after "what" or "that".

    >>> from quotesearch.tokens import tokenize
    >>> _crew_calls_person(tokenize("Regulars on the hill call Lowe")), _crew_calls_person(tokenize("Patients call him"))
    (True, True)
    >>> _crew_calls_person(tokenize("Critics call Lowe")), _crew_calls_person(tokenize("Regulars called him"))
    (False, False)
    """
    n = len(toks)
    if n < 3:
        return False
    o = n - 1  # the one called: "him", "her", or a name of one or two words
    if toks[o].word not in ("him", "her"):
        while o > 0 and is_name_token(toks[o]) and toks[o].capitalized and n - o <= 2:
            o -= 1
        o += 1
        if o >= n or o < 2 or not toks[o].capitalized:
            return False
    v = o - 1
    if toks[v].word not in ("call", "calls"):
        return False
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    if g >= 0 and toks[g].word not in NAMING_CREWS:  # (a place they are at: ‘Regulars on the hill’)
        p = next((p for p in range(g - 1, max(-1, g - 5), -1) if toks[p].word in NAMING_CREWS), None)
        if p is None or toks[p + 1].word not in ("at", "on", "in", "of") or not all(
                x.text.isalpha() and x.text.islower() for x in toks[p + 1:g + 1]):
            return False
        g = p
    if g < 0 or toks[g].word not in NAMING_CREWS:
        return False
    return (g == 0 or toks[g - 1].word in CREW_CALLER_LEADS) and not any(x.word in ("what", "that") for x in toks[max(0, g - 3):g])


#: How far back "refer to" may stand from the "as" before the marks, past the thing referred to.
CREW_REFER_REACH = 16


def _crew_refers_to_thing(toks: list[Token]) -> bool:
    """The words before the marks (which open with "the") end with "<crew> refer to <a thing> as": people
    who live or work by a thing (:data:`NAMING_CREWS`) giving it a name in use, no one's words (‘Employees
    refer to a small room with beanbags on the second floor as “the quiet room.”’); never a person or a
    measure named, nor a side in a quarrel (as :func:`_crew_names_thing`).

    >>> from quotesearch.tokens import tokenize
    >>> _crew_refers_to_thing(tokenize("Staff refer to a windowless office by the lifts as"))
    True
    >>> _crew_refers_to_thing(tokenize("Critics refer to the plan as")), _crew_refers_to_thing(tokenize("Staff refer to him as"))
    (False, False)
    """
    k = len(toks) - 1
    if k < 4 or toks[k].word != "as":
        return False
    v = next((v for v in range(k - 3, max(-1, k - CREW_REFER_REACH), -1)
              if toks[v].word in ("refer", "refers") and toks[v + 1].word == "to"), None)
    if v is None or toks[v + 2].word not in NAMED_THING_OPENERS and not is_possessive(toks[v + 2]):
        return False
    if any(not x.text[:1].isalnum() or x.word in PRONOUNS or x.word in SPEECH_VERBS or x.word in POLICY_NOUNS
           or x.word in BRANDED_SCHEME_NOUNS or x.word in ("what", "who", "whom", "as") or _person_noun(x.word)
           for x in toks[v + 2:k] if x.word not in NAMED_THING_OPENERS):
        return False  # (a person, a measure or a clause: ‘refer to him as’, ‘refer to the bill as’)
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    p = g
    while p > 0 and p > g - 4 and (toks[p].capitalized or toks[p].word == "the"):
        p -= 1  # (past the place the crew lives or works at: ‘Staff at the Royal Infirmary’, ‘Residents of Kibera’)
    if p < g and p > 0 and toks[p].word in ("at", "of", "in", "on") and toks[g].capitalized:
        g = p - 1
    return g >= 0 and toks[g].word in NAMING_CREWS and not any(x.word in ("what", "that", "which") for x in toks[max(0, g - 3):g])


def _trade_calls_thing(words: list[Token]) -> bool:
    """The words before the marks are a thing, a trade's plural and "call" (‘a side effect researchers
    call “ARIA”’, ‘a scan radiologists often call “PET-CT”’): the trade's name for the thing, with no
    "the" (the caller reads only an acronym in the marks; a judgment is never one).

    >>> from quotesearch.tokens import tokenize
    >>> _trade_calls_thing(tokenize("a side effect researchers call")), _trade_calls_thing(tokenize("a bill senators call"))
    (True, False)
    """
    t = len(words) - 1
    if t < 3 or words[t].word not in ("call", "calls", "called"):
        return False
    g = t - 1 - (words[t - 1].word in NAMING_ADVERBS)
    if g < 1 or words[g].word not in SCIENCE_TRADES or not words[g].text.islower():
        return False  # (guard: a trade of science only, all of them in :data:`TRADE_GROUPS`; a market's or a
        # lobby's trade calls a thing by its verdict: ‘a deal that economists call “DOA”’ is theirs)
    n = g - 1 - (words[g - 1].word in ("that", "which"))  # (‘a side effect that researchers call’)
    j = n
    while j >= 0 and j > n - 3 and words[j].text.replace("-", "").isalpha() and words[j].text.islower() \
            and words[j].word not in FUNCTION_WORDS:
        j -= 1  # (the thing's noun and its modifiers, back to its article or the words read)
    return n >= 0 and j < n and (j < 0 or words[j].word in ("a", "an", "the")) and not _person_noun(words[n].word)


#: Trades of science and medicine, whose acronyms in marks are names for things (‘researchers call “ARIA”’).
SCIENCE_TRADES = frozenset(w + "s" for w in SCIENCE_PROFESSIONS) | frozenset(
    "scientists researchers doctors physicians clinicians surgeons nurses engineers".split())


#: A gloss set off right after a term's marks: a kind of thing and the clause that says what it does
#: (‘“accelerated approval,” a pathway that lets the agency …’, ‘“ketosis”, a state in which the body …’).
RE_TERM_GLOSS_AFTER = LazyPattern(r",? (?:a|an) (?:[\p{Ll}\-]+ ){0,2}(?:" + "|".join(sorted(TERM_KIND_NOUNS))
                                  + r") (?:that|which|in which|by which|where|used|designed|meant|allowing|letting)\b")


#: How :data:`RE_TERM_GLOSS_AFTER` begins: an optional comma, a space and "a" or "an".
TERM_GLOSS_OPENINGS = (" a ", " an ", ", a ", ", an ")

#: (prefilter) :data:`RE_TERM_GLOSS_AFTER` with any lower-case word for its kind's noun (every noun of
#: TERM_KIND_NOUNS is one): every match of that pattern matches this one, which is cheap to compile, so
#: the long one is compiled only for an article that may need it.
#:
#: >>> bool(RE_GLOSS_SHAPE_AFTER.match(", a pathway that lets")), bool(RE_GLOSS_SHAPE_AFTER.match(" a deal, he said"))
#: (True, False)
RE_GLOSS_SHAPE_AFTER = LazyPattern(r",? (?:a|an) (?:[\p{Ll}\-]+ ){1,3}"
                                   r"(?:that|which|in which|by which|where|used|designed|meant|allowing|letting)\b")


def _kind_glossed_term(text: str, close_end: int, content: str) -> bool:
    """A short lower-case term in marks that a gloss after the marks defines (:data:`RE_TERM_GLOSS_AFTER`):
    the writer's term of art, no one's words; never a quotation with a person in it (‘“my pathway,” a
    route that …’)."""
    if not text.startswith(TERM_GLOSS_OPENINGS, close_end):
        return False  # (a cheap exact prefilter: :data:`RE_TERM_GLOSS_AFTER` opens with ‘, a’ or ‘ an’)
    words = content.rstrip(",. ").split()
    return 0 < len(words) <= 3 and content[:1].islower() and RE_FIRST_PERSON_SINGULAR.search(content) is None \
        and words[0].lower() not in ("a", "an", "the") \
        and not any(w.lower() in ("we", "our", "us", "you", "your") for w in words) \
        and RE_GLOSS_SHAPE_AFTER.match(text, close_end) is not None and RE_TERM_GLOSS_AFTER.match(text, close_end) is not None


#: Pronouns and determiners of the thing a group calls or refers to by a term (‘call this the “…”’).
TERM_OBJECT_WORDS = frozenset("it this that these those them such".split())

#: Adverbs between a group and its verb of naming (‘Developers privately refer to’, ‘often call’).
NAMING_ADVERBS = frozenset("also often sometimes now still simply usually generally commonly typically even".split())


#: What a person brands in words of their own (‘a scheme that X branded “a shambles”’); a product a
#: maker brands is its label (‘Cigarettes that Philip Morris branded “light”’).
BRANDED_SCHEME_NOUNS = SCHEME_NOUNS | frozenset("""
plan plans bill bills proposal proposals measure measures levy levies tax taxes budget budgets deal deals law laws
reform reforms move decision decisions policy provision provisions carve-out rule rules cut cuts project projects
idea ideas package scheme rollout response review report
""".split())


def _branded_thing_is_scheme(toks: list[Token]) -> bool:
    """The noun the relative clause of "branded" hangs on (the word before "that" or "which") is a
    scheme's, a plan's or a law's, which one judges in words of one's own (never a product's label)."""
    for k in range(len(toks) - 2, max(0, len(toks) - 12), -1):
        if toks[k].word in ("that", "which", "whom"):
            return k > 0 and toks[k - 1].word in BRANDED_SCHEME_NOUNS
    return False


def _trade_term_lead(words: list[Token], inner_the: bool) -> bool:
    """The sentence before the marks is a discipline's or a trade's plural (:data:`TRADE_GROUPS`) as
    its subject, an adverb maybe, and "call" with the thing (‘Economists call this the’, ‘what traders
    call the’) or "refer to" the thing "as" (‘Developers privately refer to the problem as the’), "the"
    before the marks or opening them: the trade's term of art, no one's saying (never a side in a
    quarrel, ‘Opponents call it the “…”’, nor one person, ‘she called it the “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _trade_term_lead(tokenize("Economists call that the"), False), _trade_term_lead(tokenize("Critics call that the"), False)
    (True, False)
    >>> _trade_term_lead(tokenize("Shipping brokers privately refer to the backlog as the"), False)
    True
    """
    t = _last_before_the(words, inner_the)
    if t is None or t < 1:
        return False
    if words[t].word == "as":  # "refer to" the thing "as"
        r = next((k for k in range(t - 1, max(0, t - 5), -1) if words[k].word == "to" and words[k - 1].word in REFER_VERBS), None)
        if r is None:
            return False
        v, obj = r - 1, words[r + 1:t]
    elif words[t].word in ("call", "calls", "called"):
        v, obj = t, []
    else:
        v = next((k for k in range(t - 1, max(-1, t - 4), -1) if words[k].word in ("call", "calls", "called")), None)
        if v is None:
            return False
        obj = words[v + 1:t + 1]
    if obj and not ((len(obj) == 1 and obj[0].word in TERM_OBJECT_WORDS) or (
            1 < len(obj) <= 3 and obj[0].word in ("the", "this", "that", "such")
            and all(x.text.replace("-", "").isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS
                    and not _person_noun(x.word) for x in obj[1:]))):
        return False  # (the thing: ‘this’, ‘the backlog’; never a person, ‘call the minister the “…”’)
    g = v - 1
    while g >= 0 and (words[g].word in NAMING_ADVERBS or (words[g].text.islower() and words[g].word.endswith("ly")
                                                         and words[g].text.isalpha())):
        g -= 1
    if g < 0 or words[g].word not in TRADE_GROUPS or not (words[g].text.islower() or g == 0):
        return False
    if not obj:
        return g >= 1 and words[g - 1].word == "what"  # (‘what traders call the “…”’: the thing is "what")
    return True

#: Subjects of "refer to as" that are a group, whose word for a thing is its name (‘what locals refer to
#: as the “dead zone”’), a crew or a team too (‘a journey the team refers to as the “long haul”’), never one
#: speaker (‘which she referred to as “…”’); and a whole trade (‘a slump the industry still refers to as
#: the “long winter”’, w68a: the TRADE_SUBJECTS).
#:
#: >>> "locals" in GROUP_SUBJECTS, "team" in GROUP_SUBJECTS, "she" in GROUP_SUBJECTS, "industry" in GROUP_SUBJECTS
#: (True, True, False, True)
GROUP_SUBJECTS = frozenset("staff everyone people police locals residents insiders officials many some most team "
                           "crew profession".split()) | TRADE_SUBJECTS


def _where_referred(toks: list[Token], r: int) -> int | None:
    """Where "to" stands when "referred to" and "as" (at ``r``) hold between them a place or a field
    of usage, of four words at most after "in", "among", "across" or "within" (‘widely referred to in
    the industry as’, ‘referred to among traders as’): the passive's name is then read as with the
    two side by side; never one who refers to it so ("by": ‘referred to by the governor as “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("a route widely referred to in the industry as")
    >>> _where_referred(t, len(t) - 1)
    4
    """
    for k in range(r - 2, max(1, r - 6), -1):
        if toks[k].word == "to" and toks[k - 1].word == "referred":
            between = toks[k + 1:r]
            return k if between[0].word in ("in", "among", "across", "within") \
                and all(t.text.isalpha() and t.text.islower() for t in between) else None
    return None


def _referred_to_as(toks: list[Token], inner_the: bool = False) -> bool:
    """The words before the marks give what a thing is referred to as: in the passive (‘is often
    referred to as’, ‘commonly referred to as’), or by a group in a clause whose object is the thing
    and with "the" before the name (‘a protocol nurses refer to as the “…”’, ‘what locals refer to as
    the “…”’); never by one who speaks (‘which she referred to as “long overdue”’, ‘Johnson referred
    to the plan as “a disgrace”’).

    >>> from quotesearch.tokens import tokenize
    >>> _referred_to_as(tokenize("The area, commonly referred to as")), _referred_to_as(tokenize("which she referred to as"))
    (True, False)

    ``inner_the``: the marks open with "the" (‘which many locals refer to simply as “the Big Dry”’), as
    a "the" before them does; an adverb may stand between "to" and "as".

    >>> _referred_to_as(tokenize("which many locals refer to simply as"), inner_the=True)
    True
    >>> _referred_to_as(tokenize("the drought of 2009, still referred to locally as"), inner_the=True)
    True

    A name used inside a firm or a body (:data:`IN_HOUSE_ADVERBS`) is one whoever refers to it so:

    >>> _referred_to_as(tokenize("a site the company has referred to internally as"))
    True
    """
    r = len(toks) - 2 if toks and toks[-1].word in ("the", "a", "an") else len(toks) - 1
    if r >= 3 and toks[r].word == "as" and toks[r - 1].word in IN_HOUSE_ADVERBS and toks[r - 2].word == "to" \
            and toks[r - 3].word in REFER_VERBS:
        return True  # an in-house name, whoever gives it (‘a hub the company has referred to internally as’)
    if r >= 4 and toks[r].word == "as" and (toks[r - 1].word in NAMING_ADVERBS or toks[r - 1].word in LABEL_ADVERBS) \
            and toks[r - 2].word == "to":
        toks = toks[:r - 1] + toks[r:]  # an adverb between "to" and "as" (‘refer to simply as’, ‘referred to locally as’)
        r -= 1
    if r >= 6 and toks[r].word == "as" and toks[r - 1].word != "to":
        k = _where_referred(toks, r)  # (a place or a field between: ‘widely referred to in the industry as’)
        if k is not None:
            toks = toks[:k + 1] + toks[r:]
            r = k + 1
    if r < 3 or toks[r].word != "as" or toks[r - 1].word != "to" or toks[r - 2].word not in REFER_VERBS:
        return False
    s = toks[r - 3]
    if toks[r - 2].word == "referred" and (s.word in BE_FORMS or s.word in LABEL_ADVERBS or s.text == "," or (
            s.word in NAMING_ADVERBS and r >= 4 and (toks[r - 4].text == "," or toks[r - 4].word in BE_FORMS))):
        return True  # (the passive: ‘is often referred to as’, ‘The area, referred to as’, ‘the drought of 2009,
        # still referred to locally as’ (w61f))
    q = _group_before_refer(toks, r - 3)  # (past an adverb and a group's field: ‘executives across the
    s = toks[q]  # sector now refer to as the’)
    the_name = (r < len(toks) - 1 and toks[-1].word == "the") or (r == len(toks) - 1 and inner_the)
    if not the_name or q < 1 or not (s.text.isalpha() and s.text.islower()) \
            or s.word in PRONOUNS or not (s.word in GROUP_SUBJECTS or s.word.endswith("s")):
        return False
    if q >= 2 and toks[q - 1].word in GROUP_QUANTIFIERS:  # (some, many, most)
        q -= 1  # (how much of the group: ‘which many locals refer to as’)
    elif q >= 2 and toks[q - 1].word in ("the", "its", "their", "our") and not s.word.endswith("s"):
        q -= 1  # (a crew or a team with its article: ‘a journey the team refers to as the’)
    o = toks[q - 2] if q >= 2 and toks[q - 1].word == "that" else toks[q - 1]  # the thing referred to: ‘what’, or a noun with no "that" (‘a protocol nurses refer to as’)
    return o.word in ("what", "which") or (o.text.isalpha() and o.text.islower() and o.word not in FUNCTION_WORDS
                                and o.word not in PRONOUNS and not _person_noun(o.word))


#: Prepositions of the field a group works in, after the group (‘executives across the sector’).
FIELD_PREPOSITIONS = frozenset("across in throughout within".split())


def _group_before_refer(toks: list[Token], q: int) -> int:
    """The index of the group that refers to a thing, read back from ``q`` past adverbs (‘now’,
    ‘privately’) and the field the group works in (‘across the industry’): ‘a period executives across
    the industry now refer to as the’ gives "executives"; else ``q``."""
    while q > 1 and toks[q].text.islower() and (toks[q].word in NAMING_ADVERBS or (
            toks[q].word.endswith("ly") and toks[q].text.isalpha())):
        q -= 1
    if q > 3 and toks[q].text.isalpha() and toks[q].text.islower() and toks[q - 1].word in ("the", "their") \
            and toks[q - 2].word in FIELD_PREPOSITIONS and toks[q - 2].text.islower() and toks[q - 3].word.endswith("s"):
        q -= 3
    return q

#: Adverbs of usage between "is" and "called" (‘Pigs are sometimes called “mixing vessels”’).
LABEL_ADVERBS = frozenset("sometimes often also commonly usually generally popularly widely colloquially informally "
                          "affectionately locally officially formally simply".split())

#: A verb right after a term's marks, an adverb or two before it (‘ generally refers’, ‘ was first coined’).
RE_TERM_VERB_AFTER = LazyPattern(r",?(?: \p{Ll}+ly| often| also| now| first| still){0,2} (\p{Ll}+)(?: (\p{Ll}+))?(?: (\p{Ll}+))?")


def _term_in_use(toks: list[Token], sentence: list[Token]) -> bool:
    """The words before the mark end with a use of "the term" (‘the trust's use of the term’, ‘its
    misuse of the phrase’) and no one in the sentence says anything but objects to it (‘objected to’,
    ‘complained about’): the term named, no one's words. A verb of saying before the use quotes the
    speaker, as PolNeAR does (‘saying his use of the term “…” was shameful’).

    >>> from quotesearch.tokens import tokenize
    >>> _term_in_use(*[tokenize("Parents objected to the trust's use of the term")] * 2)
    True
    >>> _term_in_use(*[tokenize("Okoro said his use of the term")] * 2)
    False
    """
    if len(toks) < 4 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word != "the" or toks[-3].word != "of" \
            or toks[-4].word not in TERM_USE_NOUNS:
        return False
    return not any(t.word in SPEECH_VERBS and not (k + 1 < len(sentence) and sentence[k + 1].word in OBJECTION_PREPOSITIONS)
                   for k, t in enumerate(sentence[:-4]))


def _term_winced_at(toks: list[Token], opening: bool = False) -> bool:
    """The words before the mark end with a verb of distaste or of a listener's reaction, an adverb at most
    between, and "at the phrase" (or "term", "word", "label"), or with a verb of objecting and "to the term";
    or they are all of the sentence before the mark (``opening``) and read "At the phrase": the term named,
    no one's words (w70a, w72c).

    >>> from quotesearch.tokens import tokenize
    >>> _term_winced_at(tokenize("She bristles slightly at the phrase")), _term_winced_at(tokenize("She laughed at the phrase"))
    (True, False)
    >>> _term_winced_at(tokenize("The crowd roared at the phrase")), _term_winced_at(tokenize("She objected to the term"))
    (True, True)
    >>> _term_winced_at(tokenize("At the phrase"), opening=True), _term_winced_at(tokenize("At the phrase"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word != "the" or toks[-3].word not in ("at", "to"):
        return False
    if len(toks) == 3:
        return opening and toks[0].word == "at"  # (the sentence's opening phrase: ‘At the phrase “…”, the crowd
        # roared’; never ‘At the phrase she used, “…”’, where the words are hers)
    v = len(toks) - 4
    if v >= 1 and toks[v].text.isalpha() and toks[v].text.islower() and toks[v].word.endswith("ly"):
        v -= 1  # (an adverb: ‘bristles slightly at’)
    if toks[-3].word == "to":
        return toks[v].word in TERM_OBJECTING_VERBS  # (‘She objected to the term “…”’)
    return toks[v].word in TERM_DISTASTE_VERBS or toks[v].word in TERM_REACTION_VERBS


#: What a term is used for, right after its marks (‘ to mean job cuts’, ‘ to describe deaths’, ‘ to imply’).
RE_TERM_PURPOSE_AFTER = LazyPattern(r",? to (?:mean|imply|describe|refer|denote|cover|signal|indicate|signify)\b")


def _group_uses(toks: list[Token]) -> bool:
    """The words end with a group by a plural noun (‘authorities’, ‘officials’, ‘police’) and "use",
    an adverb or an auxiliary between (‘often use’, ‘have long used’): a group's habit, never one
    person's (‘Ruto used’, ‘he had used’).

    >>> from quotesearch.tokens import tokenize
    >>> _group_uses(tokenize("Kenyan police routinely use")), _group_uses(tokenize("Mr Lee said he had used"))
    (True, False)
    """
    if not toks or toks[-1].word not in ("use", "uses", "used", "using"):
        return False
    g = len(toks) - 2
    while g >= 0 and (toks[g].word in AUXILIARIES or toks[g].word in NAMING_AUXILIARIES or toks[g].word in ("often", "also", "still", "now", "sometimes")
                      or (toks[g].text.isalpha() and toks[g].text.islower() and toks[g].word.endswith("ly"))):
        g -= 1
    if toks[-1].word == "used" and g == len(toks) - 2:
        return False  # (guard: a bare past is one occasion, never a habit: ‘At the rally, supporters used the
        # word “traitor” to describe the judge’; ‘have long used’, ‘often used’ stay habits)
    return g >= 0 and _group_noun(toks[g])


#: A law named after one person: a capitalised name in the possessive and the law's noun (‘Chloe’s Rule’).
RE_PERSON_LAW = LazyPattern(r"\p{Lu}[\p{L}\-]+(?:’s|'s|’|') (\p{Lu}\p{Ll}+)")


def _person_law(content: str, toks: list[Token]) -> bool:
    """The marks hold only a law's name after a person (‘which they have called ‘Chloe’s Rule’’,
    ‘campaigned for “Martyn’s Law”’), with no cue right before them: the law's name, never words.

    >>> from quotesearch.tokens import tokenize
    >>> _person_law("Chloe’s Rule", tokenize("a scheme, which they have called"))
    True
    >>> _person_law("Chloe’s Rule", tokenize("the mother said"))
    False
    """
    law = RE_PERSON_LAW.fullmatch(content.rstrip(",."))
    if law is None or law.group(1).lower() not in PERSON_LAW_NOUNS:
        return False
    last = [x for x in toks if x.text not in ":,"]  # (a cue before a colon or a comma: ‘the skipper said: “Murphy’s Law.”’)
    if last and last[-1].word in SPEECH_VERBS and last[-1].word not in CALL_VERBS:
        return False
    return not toks or toks[-1].word not in SPEECH_VERBS or toks[-1].word in CALL_VERBS


def _job_title_named(content: str, toks: list[Token]) -> bool:
    """The marks hold a job's title after "the title" (‘argued that the title ‘physician associate’ was
    confusing’, ‘dropped the job title “care assistant”’): the title named, no one's words (a few
    words with no sentence inside).

    >>> from quotesearch.tokens import tokenize
    >>> _job_title_named("physician associate", tokenize("argued that the title"))
    True
    """
    words = content.rstrip(",.")
    return len(toks) >= 2 and toks[-1].word in JOB_TITLE_NOUNS and toks[-1].text.islower() \
        and (toks[-2].word in ("the", "this", "its", "their", "his", "her", "job")) \
        and 0 < len(words.split()) <= 4 and RE_SENTENCE_INSIDE.search(words) is None


def _named_term(text: str, sp: Span, toks: list[Token]) -> bool:
    """The marks follow "the term" (or "the phrase", "the word") and a verb after them gives its
    sense or its history: a term the writer explains, never speech (‘The term “ultra-processed”
    generally refers to’, ‘The phrase ‘quiet quitting’ was coined on social media’; never ‘said the
    word “betrayal” best described’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The term “shrinkflation” usually describes smaller packs."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _named_term(t, sp, tokenize(t, 0, sp.open_at))
    True
    """
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word not in ("the", "this"):
        return False
    if text.startswith((" to ", ", to "), sp.close_end) and RE_TERM_PURPOSE_AFTER.match(text, sp.close_end) is not None \
            and _group_uses(tokenize(text, max(sp.para_start, sp.open_at - 80), sp.open_at)[:-2]):  # (the group may stand
        # beyond the few words by the mark)
        return True  # a group's habitual word and what it is used for: ‘officials often use the word “restructuring”
        # to mean job cuts’ (never one person's: ‘Ruto used the word “betrayal” to describe the vote’)
    m = RE_TERM_VERB_AFTER.match(text, sp.close_end)
    if m is None:
        return False
    if m.group(1) in TERM_SENSE_VERBS:
        return True
    if RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is not None:
        return False  # (a term one named person coined or used is their words: ‘was coined by Sen. Laura Price’)
    later = [w for w in (m.group(2), m.group(3)) if w is not None]  # (‘was coined’, ‘has been used’, ‘is often used’)
    return m.group(1) in ("is", "was", "has", "had") and any(w in TERM_HISTORY_PARTICIPLES for w in later)


#: Indefinite pronouns, which no label or name holds alone.
INDEFINITE_WORDS = frozenset("anything everything nothing something anyone everyone nobody somebody anybody none all".split())


def _removed_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A term of a word or three taken off a thing: a verb of removing right before the marks, or
    before "the word" (‘drops “plant-based” from its packaging’, ‘is removing the words “plant-based”
    from the front of its packs’, ‘scrapped the term “Limited” from its name’), and "from" right
    after them (‘From’ in a headline in Title Case: ‘Told Staff To Scrub “Resilience” From Report’):
    no one's words.

    >>> from quotesearch.tokens import tokenize
    >>> t = "Kellworth is removing the words “low fat” from its labels, the company said."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _removed_term(t, sp, "low fat", tokenize(t, 0, sp.open_at))
    True
    """
    if sp.close_end is None or not toks or text[sp.close_end:sp.close_end + 6].lower() != " from " \
            or len(content.split()) > 3 or RE_SENTENCE_INSIDE.search(content):
        return False
    if content.strip().lower() in INDEFINITE_WORDS:
        return False  # (a word said, never a term on a label: ‘would not drop “anything” from the bill’)
    if toks[-1].word in REMOVING_VERBS:
        return True
    return len(toks) >= 3 and (toks[-1].word in TERM_NAMING_NOUNS or toks[-1].word.rstrip("s") in TERM_NAMING_NOUNS) \
        and toks[-2].word == "the" and toks[-3].word in REMOVING_VERBS
    # (never a speaker's label: ‘JASON DAY:’, ‘REP. ANNA DAY:’)
