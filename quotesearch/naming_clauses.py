"""Clauses that name what the marks hold: "which he described as" and the clauses with no relative
word that say someone describes (_describes), what people have "taken to calling" something,
and what staff "refer to as" a thing.
"""

from __future__ import annotations

from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, CLAUSE_NOUN_PREPOSITIONS, PRONOUNS, SPEECH_VERBS
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES as NAME_PARTICLES, sex_of_given_name
from quotesearch.name_words import HONORIFICS
from quotesearch.tokens import Token, is_name_token, is_possessive, tokenize
from quotesearch.office_titles import _title_noun
from quotesearch.mention_words import POSSESSIVES, describer_end


#: Verbs of referring, before "to as" and a name (‘commonly referred to as “the pit”’).
REFER_VERBS = frozenset("refer refers referred referring".split())


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
#: >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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


#: Function words that are nouns after an article, the noun a clause with no relative word may follow (‘a
#: round Mr Hale described as’: a funding round, never the preposition; w104c).
#:
#: >>> "round" in ARTICLE_NOUN_HOMOGRAPHS, "about" in ARTICLE_NOUN_HOMOGRAPHS
#: (True, False)
ARTICLE_NOUN_HOMOGRAPHS = frozenset("round".split())


def _after_noun_of_clause(toks: list[Token], b: int) -> bool:
    """The token at ``b`` opens a clause right after a noun with its article, with no "which" or
    "that" between (‘a decision Rosa Delgado …’, ‘a development she …’, ‘a round Mr Hale …’; never ‘the
    deal, she …’).

    >>> _after_noun_of_clause(tokenize("a round Mr Hale"), 2), _after_noun_of_clause(tokenize("went round Mr Hale"), 2)
    (True, False)
    """
    return b > 1 and toks[b - 1].text.isalpha() and toks[b - 1].text.islower() and (
        toks[b - 1].word not in FUNCTION_WORDS or (toks[b - 1].word in ARTICLE_NOUN_HOMOGRAPHS and toks[b - 2].word in ("a", "an"))) \
        and not toks[b - 1].word.endswith(("ed", "ly")) and toks[b - 2].word in ("a", "an", "the", "this", "that")


#: Most capitalised words of an owner's name before its possessive, a describer's owner (‘a delay Drayton’s
#: camp described as’, ‘a ruling the Port Authority’s lawyers called’; w104c).
OWNER_NAME_REACH = 4


def _owned_describer_after_noun(toks: list[Token], a: int) -> bool:
    """The describer ending at ``a`` is a lower-case noun owned by a name or a noun with "the" before it
    (‘Drayton’s camp’, ‘the Port Authority’s lawyers’, ‘the company’s board’), the two right after a noun with
    its article and no "which" or "that": a clause with no relative word whose subject is the owned noun
    (‘a delay Drayton’s camp at the time described as’; w104c). Never the owned noun opening the sentence
    (‘Drayton’s camp described as’) nor after a verb (‘said Drayton’s camp described as’).

    >>> t = tokenize("a delay Drayton’s camp described as"); _owned_describer_after_noun(t, 3)
    True
    >>> t = tokenize("a move the company’s lawyers described as"); _owned_describer_after_noun(t, 4)
    True
    >>> t = tokenize("he said Drayton’s camp described as"); _owned_describer_after_noun(t, 3)
    False
    """
    agent = toks[a]
    if a < 3 or not (agent.text.isalpha() and agent.text.islower()) or agent.word in FUNCTION_WORDS \
            or agent.word.endswith(("ly", "ed", "ing")) or not is_possessive(toks[a - 1]):
        return False
    p = a - 1
    if toks[p].capitalized:
        s = p
        while s > 0 and p - s < OWNER_NAME_REACH - 1 and toks[s - 1].capitalized and toks[s - 1].text.isalpha():
            s -= 1
        if s > 0 and toks[s - 1].word == "the":
            s -= 1  # (a body named with "the": ‘a ruling the Port Authority’s lawyers called’)
    elif toks[p].text[:-2].isalpha() and toks[p].text.islower() and toks[p - 1].word == "the":
        s = p - 1  # (an owner in lower case with "the": ‘a move the company’s lawyers described as’)
    else:
        return False
    return _after_noun_of_clause(toks, s)


def _bare_noun_before(toks: list[Token], a: int) -> bool:
    """The words right before the pronoun at ``a`` are a noun with no article (one modifier before it
    at most) after a preposition or an -ing verb: the noun a clause with no relative word describes
    (‘using website wording it described as’, ‘with language he described as’; w104c); never a verb
    (‘kept saying he’), a name (‘told Smith he’) nor a clause's conjunction (‘after he’).

    >>> _bare_noun_before(tokenize("using website wording it described as"), 3)
    True
    >>> _bare_noun_before(tokenize("kept saying it described as"), 3)
    False
    """
    k = a - 1
    while k >= 0 and a - k <= 2 and toks[k].text.isalpha() and toks[k].text.islower() and len(toks[k].word) > 3 \
            and toks[k].word not in FUNCTION_WORDS and not toks[k].word.endswith(("ly", "ed")):
        k -= 1  # (a noun in -ing too: ‘wording’, ‘funding’)
    return a - 1 > k >= 0 and toks[k].text.isalpha() and toks[k].text.islower() and (
        toks[k].word in CLAUSE_NOUN_PREPOSITIONS or (toks[k].word.endswith("ing") and len(toks[k].word) > 4))


def _describes(toks: list[Token], tail: int = 2) -> bool:
    """‘… which he described as’, ‘… whom one Obama insider described as’, ‘what the alliance's
    secretary-general described as’: someone named describes; ``tail``: how many words the verb
    and what follows it are (2 for "described as", 1 for "branded")."""
    if len(toks) < 2 + tail:
        return False
    a = describer_end(toks, len(toks) - 1 - tail)
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
        if b > 0 and toks[b - 1].capitalized and toks[b - 1].word in HONORIFICS:
            b -= 1  # (an honorific before it: ‘a round Mr Hale described as’, w104c)
        if _after_noun_of_clause(toks, b):
            return True
        if b > 2 and toks[b - 1].text == "the" and _after_noun_of_clause(toks, b - 1):
            return True  # a body or a party named with "the": ‘a condition the Social Democrats had described as’
        if _titled_after_noun_of_clause(toks, b):
            return True  # a name after its lower-case title: ‘an approach utility spokesperson Derek Roe described as’
    if _owned_describer_after_noun(toks, a):
        return True  # ‘a delay Drayton’s camp described as’, ‘a move the company’s lawyers described as’ (w104c)
    if agent.word in SUBJECT_PRONOUNS and (_noun_phrase_before(toks, a) or _bare_plural_before(toks, a)
                                           or _bare_noun_before(toks, a)):
        return True  # a clause with no relative word after its noun: ‘a debt he described as’, ‘a move it
        # described as’, ‘a development she described as’, ‘in scenes he described as’ (never ‘was
        # described as’, ‘a man described as’)
    if (agent.word in DESCRIPTION_NOUNS or _title_noun(agent.word)) and _described_after_noun(toks, a):
        return True  # ‘a result the coach described as’
    if a > 3 and agent.text.isalpha() and agent.text.islower() and toks[a - 1].word == "of" \
            and toks[a - 2].text.isalpha() and toks[a - 2].text.islower() \
            and (toks[a - 2].word in DESCRIPTION_NOUNS or _title_noun(toks[a - 2].word)) and _described_after_noun(toks, a - 2):
        return True  # a title with its remit after "of": ‘a book the chair of judges described as’ (w100d)
    if agent.word in SUBJECT_PRONOUNS and toks[a - 1].word in INDEFINITE_HEADS \
            and not _denied_before(toks, a - 1):
        return True  # ‘something they described as’ (w100d; never ‘had never seen something they described as’)
    s = a
    while s > 0 and is_name_token(agent) and agent.capitalized and ((is_name_token(toks[s - 1]) and toks[s - 1].capitalized)
                                                                 or toks[s - 1].word in NAME_PARTICLES):
        s -= 1  # (the relative word counted from the name's start: ‘a poll that the political scientist
        # Sanne de Bruijn described as’)
    return (agent.word in PRONOUNS or agent.word == "it" or is_name_token(agent) or agent.word in DESCRIPTION_NOUNS
            or agent.word[:-1] in DESCRIPTION_NOUNS or _title_noun(agent.word)) \
        and any(t.word in ("which", "whom", "that", "what", "who", "whose") for t in toks[max(0, a - 5 if s == a else s - 6):a])


def _denied_before(toks: list[Token], h: int) -> bool:
    """A word that denies (:data:`NEGATING_WORDS`, or a word ending in "n't") at most four words before
    ``toks[h]`` in its own clause, never past a comma or a stop: ‘had never seen something’, ‘was not
    something’ (but ‘paid without contracts, something they described as’ is the auditors'; w100d guard).

    >>> toks = tokenize("had never seen something they"); _denied_before(toks, 3)
    True
    >>> toks = tokenize("paid without contracts, something they"); _denied_before(toks, 4)
    False
    """
    for x in toks[max(0, h - 4):h][::-1]:
        if not x.text[:1].isalnum():
            return False
        if x.word in NEGATING_WORDS or x.word.endswith(("n't", "n’t")):
            return True
    return False


#: Pronouns that may be a clause's subject.
SUBJECT_PRONOUNS = frozenset("he she it they we".split())

#: Indefinite heads a clause with no relative word may follow, its pronoun the describer (‘something they
#: described as’; w100d).
#:
#: >>> "something" in INDEFINITE_HEADS, "was" in INDEFINITE_HEADS
#: (True, False)
INDEFINITE_HEADS = frozenset("something".split())  # (never "anything", "nothing": ‘had never seen anything
# they described as “…”’ quotes no one, w100d guard)

#: Words that deny what follows them shortly before an indefinite head (‘never seen something they
#: described as’, w100d guard); "n't" is read from a word's end.
#:
#: >>> "never" in NEGATING_WORDS, "some" in NEGATING_WORDS
#: (True, False)
NEGATING_WORDS = frozenset("never not no without nor hardly".split())

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
    if toks[k].capitalized and _title_noun(toks[k].word):
        t = k
        while t > 0 and k - t < 3 and toks[t - 1].capitalized and toks[t - 1].text.isalpha():
            t -= 1  # an office in capitals with "the" after a relative word: ‘which the Justice Secretary, Alan
            # Merriott, described as’ (w100d; never ‘the deal, the Justice Secretary, Ann Roe, described as’)
        return t > 1 and toks[t - 1].word == "the" and toks[t - 2].word in DESCRIBER_RELATIVES
    if k > 2 and toks[k - 1].word == "of" and toks[k].text.islower() and toks[k - 2].text.islower() \
            and (toks[k - 2].word in DESCRIPTION_NOUNS or _title_noun(toks[k - 2].word)):
        k -= 2  # (a title with its remit after "of": ‘its own head of modelling, Owen Pritchard,’)
    if not (toks[k].text.isalpha() and toks[k].text.islower() and (toks[k].word in DESCRIPTION_NOUNS or _title_noun(toks[k].word))):
        return False
    c = k
    while c > 0 and k - c < 3 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1  # (‘head’ of ‘head coach’)
    if c > 1 and toks[c - 1].text.endswith(("’s", "'s")) and toks[c - 1].text[:-2].isalpha() and toks[c - 1].text.islower() \
            and toks[c - 2].word == "the":
        c -= 1  # (an owner in lower case with "the": ‘a rule the couple’s wedding planner, Ann Roe,’, w100d)
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
    after a noun with its article or a possessive (:data:`DESCRIBER_DETERMINERS`), with no "which" or
    "that" (‘a result the coach described as’, ‘a junction his widow described as’, w84c; never ‘the
    coach described as’ nor ‘a man described as’, nor a predecessor or successor after a possessive, ‘a
    squad his predecessor described as’, review rv84c)."""
    c = a
    while c > 0 and a - c < 2 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1
    if c > 0 and toks[c - 1].word not in ("the", "its", "their") \
            and toks[a].word in ("predecessor", "predecessors", "successor", "successors"):
        return False  # (guard, review rv84c: ‘a squad his predecessor described as’: another who held the post,
        # whom the possessor's own name would stand for)
    return c > 0 and toks[c - 1].word in DESCRIBER_DETERMINERS and _after_noun_of_clause(toks, c - 1)


#: The determiners of a describer opening a clause right after a noun (:func:`_described_after_noun`):
#: an article or a possessive, ‘a result the coach described as’, ‘a junction his widow described as’.
#:
#: >>> "his" in DESCRIBER_DETERMINERS, "a" in DESCRIBER_DETERMINERS
#: (True, False)
DESCRIBER_DETERMINERS = frozenset({"the"}) | POSSESSIVES


def _noun_phrase_before(toks: list[Token], a: int) -> bool:
    """The words right before ``a`` are a noun phrase: an article or a demonstrative, up to two
    words in lower case and a noun (‘a debt’, ‘the new levy’, ‘this latest move’); never a verb's
    object ending in a name or a pronoun (‘told Smith’, ‘asked him’)."""
    k = a - 1
    while k >= 0 and a - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and not toks[k].word.endswith("ly"):
        k -= 1
    return k < a - 1 and k >= 0 and toks[k].word in ("a", "an", "the", "this", "that")
