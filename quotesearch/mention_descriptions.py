"""Descriptions as speakers: plurals, counts and sources (‘a source close to the Kremlin’), one of
a group, a trade or a nation, and where a description ends.

This module holds the ones a description picks out (one of a pair, a trade, a cause, a
numbered unit, a modified document); the rest lives in modules by what it decides:
:mod:`quotesearch.backward_descriptions`, :mod:`quotesearch.set_off_names`,
:mod:`quotesearch.description_ends`.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import MONTH_NAMES, RE_YEAR_FIGURE, WEEKDAY_NAMES
from quotesearch.place_words import DEMONYMS, NATIONALITY_NOUNS, STATE_DEMONYMS
from quotesearch.document_words import AUTHORED_BY_PARTICIPLES, BY_TIME_NOUNS, DOCUMENT_NOUNS, SENT_MESSAGE_NOUNS, THING_NOUNS
from quotesearch.body_words import CAUSE_PEOPLE_NOUNS, UNIT_WORDS
from quotesearch.role_words import AGE_COMPARATIVES, DESCRIPTION_NOUNS, ROLE_NOUNS, TRADE_HEADS
from quotesearch.speech_words import AUXILIARIES, FINDING_VERBS, SPEECH_VERBS, THAT_CLAUSE_VERBS
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, POSSESSIVES, Mention, TIME_WORDS, _description, _plural_noun_capital, _role_plural
from quotesearch.mention_names import CAUSE_PEOPLE_WORDS
from quotesearch.mention_asides import (
    CLAUSE_SUBJECTS, RELATIVE_CLAUSE_REACH, REPORTING_SAIDS, _clause_verb_after, _joined_clause_opens,
)
from quotesearch.backward_descriptions import _bare_plural_back, _description_back


def _compared_by_age(toks: list[Token], a: int) -> int | None:
    """``toks[a:]`` opens with one of two picked by age with "of the two" or "of the pair" and
    perhaps their plural noun (‘the younger of the two men’, ‘the elder of the pair’): the index
    of its last token; else None (‘the older woman’ is read as any description is).

    >>> t = tokenize("the elder of the two brothers said"); _compared_by_age(t, 0), _compared_by_age(t[:4], 0)
    (5, None)
    """
    n = len(toks)
    if a + 4 >= n or toks[a].word != "the" or toks[a + 1].word not in AGE_COMPARATIVES or toks[a + 2].word != "of" \
            or toks[a + 3].word != "the" or toks[a + 4].word not in ("two", "pair"):
        return None
    e = a + 4
    if e + 1 < n and toks[e + 1].text.islower() and toks[e + 1].text.isalpha() and toks[e + 1].word.endswith(("s", "men")) \
            and toks[e + 1].word not in SPEECH_VERBS:
        e += 1  # (their noun: ‘of the two men’, never a verb: ‘of the two says’)
    return e


#: A branch's number right after its word: " 727" in ‘Teamsters Local 727 said’.
RE_UNIT_NUMBER = LazyPattern(r" \d{1,5}\b(?![\-.,]?\d)")


#: Titles that end a branch's parent body's name, as a day or a month does, before a name (‘Local 88 of the
#: X Union President Ann Roe’, review rv71d): see RE_UNIT_PARENT_AFTER.
#:
#: >>> "President" in UNIT_PARENT_STOP_TITLES, "Union" in UNIT_PARENT_STOP_TITLES
#: (True, False)
UNIT_PARENT_STOP_TITLES = ("President", "Vice", "Chairman", "Chairwoman", "Chair", "Secretary", "Treasurer", "Spokesman",
                           "Spokeswoman", "Spokesperson", "Director", "Chief", "Leader")


#: The body a branch belongs to, named after its word and number: " of the Restaurant Workers Union" in
#: ‘Local 88 of the Restaurant Workers Union said’ (w71d): capitalised words, "of", "and" or "the" between.
#:
#: >>> RE_UNIT_PARENT_AFTER.match(" of the Restaurant Workers Union, which").group()
#: ' of the Restaurant Workers Union'
#: >>> RE_UNIT_PARENT_AFTER.match(" of the members said") is None
#: True
#: >>> RE_UNIT_PARENT_AFTER.match(" of the Fire Fighters Monday").group(), RE_UNIT_PARENT_AFTER.match(" of the X Union President Ann Roe").group()
#: (' of the Fire Fighters', ' of the X Union')
RE_UNIT_PARENT_AFTER = LazyPattern(r" of (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:(?:of|and|for|the) )*(?!(?:" + "|".join(
    (*sorted(WEEKDAY_NAMES), *MONTH_NAMES, *UNIT_PARENT_STOP_TITLES)) + r")\b)\p{Lu}[\p{L}’'\-]*)*")


#: A union's letters right before its branch's word, in the same clause: "AFSCME " in ‘AFSCME Local 3299’.
RE_UNION_LETTERS = LazyPattern(r"(?<![\p{L}\-—–])\p{Lu}{2,8} $")


def _numbered_unit(m: Mention | None, text: str) -> Mention | None:
    """``m`` with the branch number that follows it, when it ends in a branch's word: a union's local
    or an order's lodge, a body (‘Teamsters Local 727’, never "Teamsters Local"); else None.

    >>> t = "said Teamsters Local 727."
    >>> _numbered_unit(Mention(5, 20, "Teamsters Local", "name"), t).text
    'Teamsters Local 727'
    >>> _numbered_unit(Mention(5, 20, "Teamsters Local", "name"), "said Teamsters Local 7.5 per cent") is None
    True
    >>> _numbered_unit(Mention(12, 17, "Local", "name"), "said AFSCME Local 3299.").text
    'AFSCME Local 3299'
    """
    if m is None or not text or m.kind not in ("name", "organisation", "description") \
            or m.text.rsplit(" ", 1)[-1] not in UNIT_WORDS or (num := RE_UNIT_NUMBER.match(text, m.end)) is None:
        return None
    start = m.start
    if m.text in UNIT_WORDS and (letters := RE_UNION_LETTERS.search(text, max(0, start - 10), start)) is not None:
        start = letters.start()  # (the union's letters, however long: ‘AFSCME Local 3299’)
    end = num.end()
    if m.text in UNIT_WORDS and (parent := RE_UNIT_PARENT_AFTER.match(text, end)) is not None:
        end = parent.end()  # (the body it is a branch of, named after: ‘Local 88 of the Restaurant Workers Union’, w71d)
    return Mention(start, end, text[start:end], "organisation" if m.kind == "name" else m.kind, m.role)


#: A number of one to three figures right after a name, the name's own last word (‘Launchpad 88’, ‘Studio
#: 54’, ‘Channel 4’): never a year, a decimal or a figure run on (w104c).
#:
#: >>> bool(RE_NAME_NUMBER.fullmatch("88")), bool(RE_NAME_NUMBER.fullmatch("2021")), bool(RE_NAME_NUMBER.fullmatch("07"))
#: (True, False, False)
RE_NAME_NUMBER = LazyPattern(r"[1-9]\d{0,2}")

#: Capitalised words before a number that make it a date, a place or a part, never a name's number
#: (‘On May 5 said’ is no body; ‘Chapter 11’, ‘Route 9’, ‘Gate 3’ speak for no one).
#:
#: >>> "route" in NUMBERED_PLACE_WORDS, "launchpad" in NUMBERED_PLACE_WORDS
#: (True, False)
NUMBERED_PLACE_WORDS = wordset("""
route gate terminal platform chapter section article clause page ward room floor level stage
bay pier berth road highway interstate exit block lot unit flat apartment suite number no
day week month year round game match leg wing flight bus train line zone tower pen plant
""")

#: A preposition right before a numbered name: the name is a place, a vehicle or a time the speakers are
#: at, on or since (‘Staff on Wing 4 said’, ‘Families camped there since Day 1 said’, ‘Relatives of those
#: killed on Flight 93 said’), never the speaker.
#:
#: >>> bool(RE_PREPOSITION_BEFORE_NUMBERED.search("Staff on ")), bool(RE_PREPOSITION_BEFORE_NUMBERED.search("In a statement, "))
#: (True, False)
RE_PREPOSITION_BEFORE_NUMBERED = LazyPattern(
    r"(?i)\b(?:on|at|in|aboard|since|from|of|by|for|to|into|near|after|before|during|until|with|inside|outside)\s+$")


def _numbered_name(m: Mention | None, toks: list[Token], j: int, text: str) -> Mention | None:
    """``m`` with the number that is its name's last word, the two right before the cue at ``j``: a body
    named with a number (‘In a statement, Launchpad 88 said’, ‘Studio 54 said’; w104c); never a date (‘May
    5’), a place or a part (:data:`NUMBERED_PLACE_WORDS`), a year (:data:`RE_NAME_NUMBER`) nor a number set
    off (‘Tom Lee, 54, said’).

    >>> t = "In a statement, Launchpad 88 said"; toks = tokenize(t)
    >>> _numbered_name(Mention(16, 25, "Launchpad", "name"), toks, 6, t).text
    'Launchpad 88'
    >>> t = "On Route 9 said"; toks = tokenize(t)
    >>> _numbered_name(Mention(3, 8, "Route", "name"), toks, 3, t) is None
    True
    """
    if m is None or m.kind not in ("name", "organisation") or j < 2 or RE_NAME_NUMBER.fullmatch(toks[j - 1].text) is None:
        return None
    last = toks[j - 2]
    if m.end != last.end or text[last.end:toks[j - 1].start] != " " or not last.capitalized or not last.text.isalpha() \
            or last.text in MONTH_NAMES or last.text in WEEKDAY_NAMES or last.word in NUMBERED_PLACE_WORDS \
            or RE_PREPOSITION_BEFORE_NUMBERED.search(text, max(0, m.start - 12), m.start) is not None:
        return None
    return Mention(m.start, toks[j - 1].end, text[m.start:toks[j - 1].end], "organisation", m.role)


#: A branch's word and number before "of" and the body it belongs to: "Local 88 of " in ‘Local 88 of the
#: Restaurant Workers Union said’ (w71d). The branch speaks, named whole, never its parent body alone.
#:
#: >>> RE_UNIT_OF_BEFORE.search("Members of Local 88 of ") is not None, RE_UNIT_OF_BEFORE.search("Lodge 7 of ") is not None
#: (True, True)
#: >>> RE_UNIT_OF_BEFORE.search("a local of ") is None, RE_UNIT_OF_BEFORE.search("Local 7.5 of ") is None
#: (True, True)
RE_UNIT_OF_BEFORE = LazyPattern(r"(?<![\p{L}\-.,\d])(?:" + "|".join(sorted(UNIT_WORDS)) + r") \d{1,5} of \Z")


def _unit_of_body(m: Mention | None, text: str) -> Mention | None:
    """``m``, a body, with the numbered branch of it named before (‘Local 88 of the Restaurant Workers
    Union’, ‘Lodge 7 of the Fraternal Order of Police’): the branch, whole (w71d); else None.

    >>> t = "Local 88 of the Restaurant Workers Union said"
    >>> _unit_of_body(Mention(12, 40, "the Restaurant Workers Union", "organisation"), t).text
    'Local 88 of the Restaurant Workers Union'
    >>> _unit_of_body(Mention(11, 39, "the Restaurant Workers Union", "organisation"), "Members of the Restaurant Workers Union said") is None
    True
    """
    if m is None or not text or m.kind not in ("name", "organisation") or m.start < 9 \
            or text[m.start - 4:m.start] != " of " or (unit := RE_UNIT_OF_BEFORE.search(text, max(0, m.start - 20), m.start)) is None:
        return None
    return Mention(unit.start(), m.end, text[unit.start():m.end], "organisation", m.role)


#: Words that open a phrase of how, where or when one of a group spoke, set off before "one, a …,"
#: (‘In a statement read to the court, one, a former bus driver from Leeds, said’, ‘Outside court, another,
#: a retired teacher, said’), w106c.
#:
#: >>> "in" in ONE_DESCRIBED_OPENERS, "outside" in ONE_DESCRIBED_OPENERS, "but" in ONE_DESCRIBED_OPENERS
#: (True, True, False)
ONE_DESCRIBED_OPENERS = wordset("in at outside after during speaking writing")


def _one_described(toks: list[Token], j: int, lo: int, text: str) -> Mention | None:
    """One of a group opening the sentence, described in an aside before the verb at ``toks[j]``
    (an adverb between): ‘Another, a postgraduate in Glasgow, wrote’, ‘One of them, a philologist at
    a German university, once described’: the description.

    >>> t = "Another, a postgraduate in Glasgow, wrote"; toks = tokenize(t)
    >>> _one_described(toks, len(toks) - 1, 0, t).text
    'a postgraduate in Glasgow'
    >>> t = "In a statement, one, a retired nurse from Hull, said"; toks = tokenize(t)
    >>> _one_described(toks, len(toks) - 1, 0, t).text
    'a retired nurse from Hull'
    """
    c = j - 1
    if c - 1 >= lo and toks[c].text.islower() and toks[c].word.endswith("ly"):
        c -= 1  # (‘…, once described’)
    if c <= lo or toks[c].text != ",":
        return None
    if toks[lo].word in ONE_DESCRIBED_OPENERS and toks[lo].text[:1].isupper():
        lo = next((k + 1 for k in range(lo + 1, c) if toks[k].text == ","), lo)  # (past an opening phrase of
        # how or where they spoke: ‘In a statement read to the court, one, a former bus driver, said’, w106c)
    for lead in (("another",), ("one",), ("one", "of", "them"), ("one", "of", "those"), ("a", "second"), ("a", "third")):
        n = len(lead)
        if c - lo > n + 1 and tuple(x.word for x in toks[lo:lo + n]) == lead and toks[lo + n].text == "," \
                and toks[lo + n + 1].word in ("a", "an") and all(x.text != "," for x in toks[lo + n + 1:c]) \
                and toks[c - 1].word not in TIME_WORDS and toks[c - 1].word not in ("later", "earlier", "ago"):
            return _description(toks, lo + n + 1, c - 1, text)  # (never a time: ‘Another, a few minutes later, wrote’)
    return None


#: How a message's sender is given in an aside after "Another" or "One" (‘Another, allegedly from Varga,
#: said’, ‘One, sent by Kemp, read’): a word of hearsay or none, then "from" or a participle and "by"
#: (w107e).
#:
#: >>> [bool(RE_SENT_FROM_ASIDE.fullmatch(t)) for t in ("allegedly from", "sent by", "apparently written by", "from")]
#: [True, True, True, True]
#: >>> RE_SENT_FROM_ASIDE.fullmatch("speaking from") is None
#: True
RE_SENT_FROM_ASIDE = LazyPattern(r"(?:(?P<hearsay>allegedly|apparently|reportedly|purportedly|supposedly) )?"
                                 r"(?:from|(?P<by>(?:sent|written|signed|posted) by))")

#: How far back from "Another" a message's noun is looked for when the aside has no word of hearsay and
#: no participle (‘Another, from Varga, said’ after ‘One text …’), in characters.
SENT_FROM_NOUN_REACH = 300

#: An unnamed sender in the aside after "Another" or "One", an indefinite description up to its noun and
#: perhaps a place in capitals (‘from a watch manager in Falmouth’): group ``who`` the sender, ``head``
#: their noun.
#:
#: >>> RE_SENT_FROM_DESCRIBED_ASIDE.fullmatch("from a retired teacher in Ohio").group("who", "head")
#: ('a retired teacher in Ohio', 'teacher')
#: >>> RE_SENT_FROM_DESCRIBED_ASIDE.fullmatch("from a nurse who asked not to be named") is None
#: True
RE_SENT_FROM_DESCRIBED_ASIDE = LazyPattern(
    r"(?:(?P<hearsay>allegedly|apparently|reportedly|purportedly|supposedly) )?(?:from|(?P<by>(?:sent|written|signed|posted) by)) "
    r"(?P<who>an? (?:[\p{Ll}\-]+ ){0,3}(?P<head>\p{Ll}+)(?: (?:in|at|from) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})?)")


def _message_noun_before(text: str, at: int) -> bool:
    """A message's noun, or its plural, stands a little before ``at`` (‘… sent emails to the court. One,’).

    >>> _message_noun_before("Customers sent letters to the court. One", 37), _message_noun_before("People came from Leeds. One", 24)
    (True, False)
    """
    words = (w.strip(".,;:!?’'\"()") for w in text[max(0, at - SENT_FROM_NOUN_REACH):at].lower().split())
    return any(w in SENT_MESSAGE_NOUNS or (w.endswith("s") and w[:-1] in SENT_MESSAGE_NOUNS) for w in words)


def _one_sent_from(toks: list[Token], j: int, lo: int, text: str) -> Mention | None:
    """The sender of one of a run of messages, named in an aside after "Another" or "One" opening the
    sentence before the verb at ``toks[j]`` (‘One text allegedly sent by Kemp said: “…” / Another,
    allegedly from Varga, said:’): the sender's name (w107e). Plain "from" must follow a message's noun
    a little before (never a person from a place: ‘Another, from Leeds, said’ with no message before).

    >>> t = "Another, allegedly from Varga, said"; toks = tokenize(t)
    >>> _one_sent_from(toks, len(toks) - 1, 0, t).text
    'Varga'
    >>> t = "Another, from Leeds, said"; toks = tokenize(t)
    >>> _one_sent_from(toks, len(toks) - 1, 0, t) is None
    True
    """
    c = j - 1
    if not text or c - lo < 4 or toks[c].text != ",":
        return None
    n = next((len(lead) for lead in (("another",), ("one",), ("a", "second"), ("a", "third"))
              if tuple(x.word for x in toks[lo:lo + len(lead)]) == lead), None)
    if n is None or not toks[lo].text[:1].isupper() or toks[lo + n].text != ",":
        return None
    k = next((k for k in range(c - 1, lo + n, -1) if not is_name_token(toks[k])), lo + n)
    if (d := RE_SENT_FROM_DESCRIBED_ASIDE.fullmatch(text, toks[lo + n + 1].start, toks[c - 1].end)) is not None:
        if d.group("head") not in ROLE_NOUNS or (d.group("hearsay") is None and d.group("by") is None
                                                 and not _message_noun_before(text, toks[lo].start)):
            return None  # (one of several letters from people described: ‘More than 300 customers wrote
        # letters. One, from a retired teacher in Ohio, read:’; never a person from a place with no message)
        return Mention(d.start("who"), d.end("who"), d.group("who"), "description")
    if k >= c - 1 or c - 1 - k > 4 or k == lo + n \
            or (m := RE_SENT_FROM_ASIDE.fullmatch(text, toks[lo + n + 1].start, toks[k].end)) is None:
        return None
    if m.group("hearsay") is None and m.group("by") is None \
            and not any(w in SENT_MESSAGE_NOUNS for w in text[max(0, toks[lo].start - SENT_FROM_NOUN_REACH):toks[lo].start].lower().split()):
        return None  # (plain "from" only after a message: ‘One text said: “…” Another, from Varga, said’)
    s_, e_ = toks[k + 1].start, toks[c - 1].end
    return Mention(s_, e_, text[s_:e_], "name")


#: Verbs of where one lives or works, opening a relative clause whose place is told by a person named at
#: its end (‘A woman who lived across the street from Carl Hollis testified’): the one described, never
#: the neighbour named (w77b).
#:
#: >>> "lived" in DWELLING_VERBS, "said" in DWELLING_VERBS
#: (True, False)
DWELLING_VERBS = wordset("lives lived live works worked stays stayed")

#: The last word of a phrase of where one lives beside another, right before that other's name
#: (‘across the street from’, ‘next door to’, ‘two doors down from’) (w77b).
#:
#: >>> sorted(NEIGHBOUR_PREPOSITIONS)
#: ['beside', 'from', 'opposite', 'to']
NEIGHBOUR_PREPOSITIONS = wordset("from to beside opposite")


def _neighbour_clause_at(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the "who" is of a relative clause of dwelling (:data:`DWELLING_VERBS`) that ends in a phrase of
    place (:data:`NEIGHBOUR_PREPOSITIONS`) right before the name at ``toks[i]``, a few plain lower-case words
    between: ‘A woman who lived across the street from Carl Hollis’; else None (w77b).

    >>> toks = tokenize("A woman who lived across the street from Carl Hollis testified"); _neighbour_clause_at(toks, 8, 0)
    2
    >>> toks = tokenize("A man who lived in a flat near the station with Tom Rix said"); _neighbour_clause_at(toks, 11, 0) is None
    True
    """
    if i - 1 < lo or toks[i].text.islower() or toks[i - 1].word not in NEIGHBOUR_PREPOSITIONS or not toks[i - 1].text.islower():
        return None
    for w in range(i - 3, max(lo, i - 9) - 1, -1):
        if toks[w].word == "who" and toks[w + 1].word in DWELLING_VERBS and w - 1 >= lo \
                and all(x.text.isalpha() and x.text.islower() and x.word not in CLAUSE_SUBJECTS and x.word not in ("and", "or")
                        for x in toks[w + 1:i]):
            return w
    return None


def _relative_antecedent(toks: list[Token], i: int, lo: int, reach: int = RELATIVE_CLAUSE_REACH) -> int | None:
    """Where the description starts whose relative clause ("who represents", "that advises")
    holds the mention at ``toks[i]`` as its verb's object: ‘A lawyer who represents the families’,
    ‘The judge who sentenced Smith’.

    >>> toks = tokenize("A lawyer who represents the families said"); _relative_antecedent(toks, 4, 0)
    0
    >>> toks = tokenize("He insisted that the families said"); _relative_antecedent(toks, 3, 0) is None
    True
    >>> toks = tokenize("A source who has seen the documents said"); _relative_antecedent(toks, 5, 0)
    0
    >>> toks = tokenize("A diplomat who attended the meeting as an observer said"); _relative_antecedent(toks, 7, 0)
    0
    >>> toks = tokenize("A man who was eating in the cafe with his two sons said"); _relative_antecedent(toks, 10, 0)
    0
    >>> toks = tokenize("A man who lives nearby said troops had asked"); _relative_antecedent(toks, 6, 0) is None
    True
    """
    if i - 1 >= lo and toks[i - 1].word == "as" and toks[i].word not in ("a", "an"):
        return None  # (the name a clause gives: ‘a man who gave his surname as Tanaka said’ is Tanaka; but a
        # part one played is no one: ‘A diplomat who attended the talks as an observer said’ is the diplomat)
    near = _neighbour_clause_at(toks, i, lo)
    for w in range(i - 1, i - 1 - reach, -1):
        if w < i - 5 and w != near and (not toks[i].text.islower() or any(x.word in CLAUSE_SUBJECTS or x.word in ("and", "or")
                                                            for x in toks[w + 1:i])):
            return None  # (a long clause only before a plain noun of its own, with no clause nor second
            # subject inside: never ‘A neighbour who had known the boy since he was born said’, ‘A woman who
            # lives on the corner and her son said’, nor a place, ‘the family of a cyclist who was killed in
            # a crash in northern Kenya’)
        if w - 1 < lo or not all(x.text.isalpha() and x.text.islower() for x in toks[w + 1:i]):
            return None  # (a few words between: ‘A woman who answered the phone at the clinic said’)
        if toks[w].word in ("who", "that") and any(x.word in REPORTING_SAIDS for x in toks[w + 1:i]):
            return None  # (the sentence's "said" ends the clause: in ‘A man who lives nearby said troops had
            # asked’ the troops are the subject of what he said, never the clause's object)
        if toks[w].word.endswith("ing") and toks[w].text.islower() and toks[w].word not in SPEECH_VERBS \
                and toks[w - 1].word not in AUXILIARIES and toks[w - 1].word not in DETERMINERS \
                and toks[w].word not in DESCRIPTION_NOUNS and len(toks[w].word) > 5 and toks[w].word != "calling" \
                and (w + 1 == i or toks[w + 1].word in FUNCTION_WORDS):  # (never a noun's modifier: ‘chief nursing
            # officer Laura Whitfield’, nor a noun after its article, ‘the meeting’; nor a name one calls
            # oneself: ‘a group calling itself the Islamic Resistance’)
            d = _description_back(toks, w - 1, lo)  # a participle's object: ‘The crew of a commercial jet
            # approaching Ridgefield Regional Airport reported’ is the crew
            return d if d is not None and (d == lo or not toks[d - 1].text[:1].isalpha()) else None
        if toks[w].word == "that" and (toks[w - 1].word in THAT_CLAUSE_VERBS or toks[w - 1].word in SPEECH_VERBS):
            return None  # (a verb's "that", never a relative one: ‘The court found that judge X had told’)
        if (toks[w].word in ("who", "that") and toks[w + 1].word not in AUXILIARIES and (w + 1 < i or (
                toks[i].text.islower() and toks[i].word.endswith(("ed", "es", "ts", "ns")) and toks[i].word not in DESCRIPTION_NOUNS))) \
                or _clause_verb_after(toks, w, i):
            # (the verb may open the mention: ‘An official who briefed reporters said’; but in ‘the man who
            # police said was armed’ the police are the clause's subject)
            d = _description_back(toks, w - 1, lo)
            if d is not None and d - 2 >= lo and toks[d - 1].word == "and" and toks[d].text.islower() \
                    and (e := _bare_plural_back(toks, d - 2, lo)) is not None:
                d = e  # (two plurals joined: ‘Nurses and midwives who gathered outside the hospital said’)
            return d if d is not None and (d == lo or not toks[d - 1].text[:1].isalpha() or _joined_clause_opens(toks, d, lo)) \
                else None  # (or a clause of its own after ", and": ‘…, and a scout who has followed the Comets described’)
    return None


def _plural_for_one(toks: list[Token], i: int, k: int) -> bool:
    """``toks[i..k]`` is people for one person ("Defence lawyers for the former mayor",
    "attorneys for the company's founder"): a name set off after it is that one's, never theirs.

    >>> t = tokenize("Defence lawyers for the former mayor"); _plural_for_one(t, 0, len(t) - 1)
    True
    >>> t = tokenize("A spokesman for the ministry"); _plural_for_one(t, 0, len(t) - 1)
    False
    """
    p = next((p for p in range(i + 1, k) if toks[p].word in ("for", "of", "to")), None)
    many = toks[p - 1].word if p is not None else ""
    if not (_role_plural(many) or (many in DESCRIPTION_NOUNS and many.endswith("s"))) \
            or toks[k].word not in DESCRIPTION_NOUNS or toks[k].word.endswith("s"):
        return False
    return all(x.text.islower() or is_possessive(x) for x in toks[p:k + 1])


def _holder_of_pair(toks: list[Token], i: int, lo: int) -> int | None:
    """Start of a description whose object is two names joined by "and" ending at ``toks[i]``: a
    bloc's chair or spokesman speaks, never the pair nor its last name (‘The chair of the G77 and
    China said’, ‘A spokeswoman for Kiribati and Tuvalu said’, a list too: ‘the foreign ministers of
    Brazil, India and South Africa said’); None for the pair alone (‘Kemal Aydin
    and Selin Kaya said’) and after a name (‘Jo Hart of Acme and Co said’ is left to the name's rules).

    >>> toks = tokenize("The chair of the G77 and China said")
    >>> _holder_of_pair(toks, 6, 0)
    0
    >>> _holder_of_pair(tokenize("Kemal Aydin and Selin Kaya said"), 4, 0) is None
    True
    """
    if i - 2 < lo or toks[i - 1].word != "and" or not is_name_token(toks[i - 2]) or is_possessive(toks[i - 2]):
        return None
    o = _name_run_back(toks, i - 2) - 1
    while o - 1 >= lo and toks[o].text == "," and is_name_token(toks[o - 1]) and not is_possessive(toks[o - 1]):
        o = _name_run_back(toks, o - 1) - 1  # (a list of names: ‘the foreign ministers of Brazil, India and South Africa’)
    if o >= lo and toks[o].word == "the":
        o -= 1
    if o - 1 < lo or toks[o].word not in ("of", "for", "from") or not toks[o].text.islower() \
            or toks[o - 1].word in DOCUMENT_NOUNS \
            or not (toks[o - 1].word in DESCRIPTION_NOUNS and (toks[o - 1].text.islower() or _plural_noun_capital(toks[o - 1]))):
        return None  # (a plural that opens the sentence: ‘Officials from Chad, Niger and Mali said’; never a
        # document's: ‘a letter from Warren and Sanders’ is left to the rules of documents)
    return _description_back(toks, o - 1, lo)


def person_of_trade_before(toks: list[Token], h: int, text: str) -> Mention | None:
    """A description opening its sentence whose head at ``toks[h]`` is a trade no list holds, set
    off before "who" (‘One rival printer, who asked not to be named,’, ‘A retired welder, who …’):
    the relative "who" makes it a person (the caller checks the "who")."""
    if h < 1 or not toks[h].text.islower() or toks[h].word.endswith("s"):
        return None
    d = _trade_before(toks, h, 0)
    if d is None and (toks[h - 1].word in ("one", "another") or (
            h >= 2 and toks[h - 2].word in ("one", "another") and toks[h - 1].text.isalpha() and toks[h - 1].text.islower()
            and toks[h - 1].word not in FUNCTION_WORDS)):
        d = h - 1 if toks[h - 1].word in ("one", "another") else h - 2
        if d > 0 and toks[d - 1].text not in ".!?:;”\"":
            return None
    return _description(toks, d, h, text, lower_first=True) if d is not None else None


def _trade_before(toks: list[Token], h: int, lo: int) -> int | None:
    """Where a description opening its sentence starts, whose head at ``toks[h]`` is a noun in
    lower case no list holds, after "the", "a" or "an" and at most one word more ("The hairdresser",
    "a retired welder"): a person's trade, never a verb's participle or an adverb.

    >>> toks = tokenize("The hairdresser from Bolton said"); _trade_before(toks, 1, 0)
    0
    >>> toks = tokenize("Flooding in Bolton said"), tokenize("Then the rain in Bolton stopped")
    >>> _trade_before(toks[0], 0, 0), _trade_before(toks[1], 2, 0)
    (None, None)
    """
    head = toks[h] if h >= lo else None
    if head is None or not head.text.replace("-", "").isalpha() or not head.text.islower() or head.word in FUNCTION_WORDS \
            or head.word.endswith(("ed", "ing", "ly")) or head.word in WEATHER_NOUNS:
        return None  # (a compound too: ‘A mother-of-three from Wigan’)
    for d in (h - 1, h - 2):
        if d >= lo and toks[d].word in ("the", "a", "an") and (d == lo or toks[d - 1].text in ".!?:;”\"" or (
                toks[d - 1].word in ("but", "and", "yet") and (d - 1 == lo or toks[d - 2].text in ".!?:;”\""))) \
                and all(x.text.replace("-", "").isalnum() and x.text.islower() and x.word not in FUNCTION_WORDS
                        for x in toks[d + 1:h]):  # (and an age: ‘The 54-year-old hairdresser from Bolton’)
            return d
    return None


def _trade_head_before(toks: list[Token], h: int, lo: int) -> int | None:
    """Where a description of a trade written as two words starts, its head at ``toks[h]`` one of
    TRADE_HEADS after one lower-case noun and "a", "an", "the" or "one" (‘a tour guide can be heard
    telling …’, ‘the mountain guide told’), w69a; None for the head alone (‘the guide’, a book's too).

    >>> toks = tokenize("in which a tour guide can"); _trade_head_before(toks, 4, 0)
    2
    >>> _trade_head_before(tokenize("the guide told"), 1, 0), _trade_head_before(tokenize("a good guide told"), 2, 0)
    (None, None)
    """
    if h - 2 < lo or toks[h].word not in TRADE_HEADS or not toks[h].text.islower():
        return None
    noun = toks[h - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.word in FUNCTION_WORDS \
            or noun.word.endswith(("ed", "ly")) or noun.word in TRADE_MODIFIER_STOPS:
        return None
    return h - 2 if toks[h - 2].word in ("a", "an", "the", "one") else None


#: Words before a trade's head that are no trade of their own (‘a good guide’, ‘a useful guide’).
#:
#: >>> "good" in TRADE_MODIFIER_STOPS, "tour" in TRADE_MODIFIER_STOPS
#: (True, False)
TRADE_MODIFIER_STOPS = wordset("good useful handy helpful new old free full short quick brief complete basic "
                               "simple practical comprehensive essential ultimate official")


#: Nouns of weather and events, never a trade (‘the rain in Bolton’, ‘the flooding in Leeds’).
WEATHER_NOUNS = wordset("rain snow storm flood flooding fire wind heat match game race crash blast weather")


def _people_plural(low: str) -> bool:
    """A lower-case plural of people: of a role or description (‘doctors’), a nation or a state
    (‘americans’, ‘kansans’), or :data:`CAUSE_PEOPLE_NOUNS` (‘youth’, ‘citizens’); never a surname
    (‘davies’, ‘collins’)."""
    one = low[:-1]
    return low in CAUSE_PEOPLE_NOUNS or one in DESCRIPTION_NOUNS or one in DEMONYMS or one in STATE_DEMONYMS \
        or one in NATIONALITY_NOUNS


def cause_name_end(toks: list[Token], rs: int, k: int) -> int | None:
    """The index of the last word of a body named for its people and their cause, whose people's
    capitalised plural ``toks[rs:k]`` comes before "for", "against" or "without" at ``k`` and the cause's
    capitalised words after it (‘Americans for Prosperity’, ‘Kansans for Fair Schools’, ‘Mothers Against
    Drunk Driving’, ‘Doctors Without Borders’, ‘Citizens for Responsibility and Ethics in Washington’);
    else None.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("Americans for Prosperity said"); cause_name_end(toks, 0, 1)
    2
    >>> toks = tokenize("Smith for Congress said"); cause_name_end(toks, 0, 1) is None
    True
    >>> toks = tokenize("Attorneys for Clinton said"); cause_name_end(toks, 0, 1) is None
    True
    >>> toks = tokenize("Ben Davies for Wales said"); cause_name_end(toks, 0, 2) is None
    True
    >>> toks = tokenize("Twin Cities Youth for Gun Reform said"); cause_name_end(toks, 0, 3)
    5
    >>> toks = tokenize("Mary Ellen Hughes for Senate said"); cause_name_end(toks, 0, 3) is None
    True
    """
    n = len(toks)
    w = toks[k - 1].text
    people = w.lower() in CAUSE_PEOPLE_NOUNS  # (‘Youth’, ‘Women’, ‘Moms’; a place may come first: ‘Twin Cities Youth’)
    if toks[k].word not in ("for", "against", "without") or k + 1 >= n or not is_name_token(toks[k + 1]) \
            or k - rs > CAUSE_PEOPLE_WORDS + people or not w.isalpha() \
            or (not people and (len(w) < 5 or not w.endswith("s") or w.endswith("ss"))) \
            or not all(x.capitalized for x in toks[rs:k]) or toks[k + 1].word in NOT_NAMES:
        return None
    if not _people_plural(w.lower()) or (k - rs == 2 and gender_of(toks[rs].text) is not None):
        return None  # (a person for the side they speak for: ‘said Ben Davies for Wales’, ‘said Collins for
        # Ireland’: the plural must be people's, and never after a given name)
    if w.lower()[:-1] in ROLE_NOUNS and (k + 2 >= n or not is_name_token(toks[k + 2])):
        return None  # (people of a trade for one client are no body: ‘Attorneys for Clinton said’; ‘Physicians
        # for Human Rights’ is one)
    e = k + 1
    while e + 1 < n and (is_name_token(toks[e + 1]) or (
            toks[e + 1].word in ("and", "of", "the", "in", "for", "&") and toks[e + 1].text.islower()
            and e + 2 < n and is_name_token(toks[e + 2]))):
        e += 1 if is_name_token(toks[e + 1]) else 2
    return e


def _modified_document(toks: list[Token], j: int, k: int) -> bool:
    """The word at ``k`` is a document's noun that is also a verb of speech, after a determiner at
    ``j`` and one or two lower-case words that qualify it, with its own verb of speech or finding
    right after it: ‘…,” the forensic report found’, ‘the final report said’ (never ‘the officials
    report that …’, whose word after "report" is no verb of its own).

    >>> t = "the forensic report found"
    >>> _modified_document(tokenize(t), 0, 2), _modified_document(tokenize("the officials report that"), 0, 2)
    (True, False)
    >>> _modified_document(tokenize("According to the charge sheet, he"), 2, 4)
    True
    >>> _modified_document(tokenize("The board's own staff report found"), 0, 4)
    True
    """
    poss = int(k - j >= 3 and is_possessive(toks[j + 1]))  # (an owner's first: ‘the board's own staff report found’)
    if not (toks[k].word in DOCUMENT_NOUNS and toks[j].word in DETERMINERS and 2 <= k - j <= 3 + poss):
        return False
    sourced = j >= 2 and toks[j - 1].word == "to" and toks[j - 2].word == "according" \
        and (k + 1 == len(toks) or toks[k + 1].text in ",.;")  # (‘According to the police report, X …’,
    # whose bare noun before the document's may be a verb's form too: ‘the charge sheet’)
    return all(((x.text.replace("-", "").isalpha() and x.text.islower()) or RE_COUNTED_QUALIFIER.fullmatch(x.text)
                or (i == j + 1 and RE_YEAR_FIGURE.fullmatch(x.text)))  # (a year first: ‘a 2021 report found’)
               and (x.word not in SPEECH_VERBS or x.word in QUALIFYING_SPEECH_WORDS or sourced)
               and not x.word.endswith("s") for i, x in enumerate(toks[j + 1 + poss:k], j + 1 + poss)) \
        and (sourced or (k + 1 < len(toks) and toks[k + 1].text.islower()
                         and (toks[k + 1].word in SPEECH_VERBS or toks[k + 1].word in FINDING_VERBS
                              or _author_follows(toks, k + 1) or _topic_follows(toks, k + 1))))


#: Prepositions that say what a document is about or whose it is (‘report on the company’, ‘inquiry into
#: the fire’, ‘report of the panel’).
DOCUMENT_TOPIC_PREPOSITIONS = wordset("on into of")


def _topic_follows(toks: list[Token], k: int) -> bool:
    """What a qualified document is about or whose it is comes right after it, with "on", "into" or "of"
    and a determiner or an owner (‘The Auditor-General's latest report on the company raised’, ‘The
    94-page report of the panel found’) or a name (‘the final report of Vale University's panel’): a noun
    there, never a verb's particle (‘the firm's staff report on Monday’ has a day after "on").

    >>> _topic_follows(tokenize("report on the company raised"), 1), _topic_follows(tokenize("report of Vale University"), 1)
    (True, True)
    >>> _topic_follows(tokenize("report on Monday"), 1), _topic_follows(tokenize("report on time"), 1)
    (False, False)
    """
    if not (k + 1 < len(toks) and toks[k].word in DOCUMENT_TOPIC_PREPOSITIONS):
        return False
    x = toks[k + 1]
    return x.word in DETERMINERS or x.word in POSSESSIVES or (
        is_name_token(x) and x.text not in WEEKDAY_NAMES and x.text not in MONTH_NAMES)


#: Words that are verbs of speech elsewhere but, between a determiner and a document's noun, only say
#: whose it is (‘A state audit described’, ‘the state report found’): never a verb there.
#:
#: >>> "state" in QUALIFYING_SPEECH_WORDS, "report" in QUALIFYING_SPEECH_WORDS
#: (True, False)
QUALIFYING_SPEECH_WORDS = wordset("state")

#: A count joined to its noun that qualifies a document (‘the 84-page report’, ‘a 12-month review’).
#:
#: >>> bool(RE_COUNTED_QUALIFIER.fullmatch("84-page")), bool(RE_COUNTED_QUALIFIER.fullmatch("1984"))
#: (True, False)
RE_COUNTED_QUALIFIER = LazyPattern(r"\d+(?:,\d{3})*(?:-\p{Ll}+)+")


def _author_follows(toks: list[Token], k: int) -> bool:
    """The document's author comes right after it, with "by" and a capitalised body or person (‘the
    84-page report by the Public Accounts Committee found’), whose words the document's are; never a
    means or a time (‘the report by Friday’ is no one's: a weekday or a month is no author).

    >>> _author_follows(tokenize("report by the Senate Finance Committee found"), 1)
    True
    >>> _author_follows(tokenize("report released by the full House committee"), 1)
    True
    >>> _author_follows(tokenize("report by the time Congress met"), 1)
    False
    >>> _author_follows(tokenize("report by Friday"), 1), _author_follows(tokenize("report by mistake"), 1)
    (False, False)
    >>> _author_follows(tokenize("report commissioned by the Mayor"), 1)
    False
    """
    if k + 2 < len(toks) and toks[k].word in AUTHORED_BY_PARTICIPLES and toks[k + 1].word == "by":
        k += 1  # (‘A staff report released by the Energy Committee concluded’)
    if k + 1 >= len(toks) or toks[k].word != "by":
        return False
    a = k + 2 if toks[k + 1].word == "the" and k + 2 < len(toks) else k + 1
    e = a
    while e < min(len(toks) - 1, a + 2) and toks[e].text.isalpha() and toks[e].text.islower() \
            and toks[e].word not in FUNCTION_WORDS and toks[e].word not in BY_TIME_NOUNS:
        e += 1  # (past a word or two that qualify the body: ‘by the full Energy and Commerce Committee’)
    return toks[e].capitalized and toks[e].word not in NOT_NAMES


#: The subject and verb of a clause of time after "as", from the clause's subject on (‘ as police looked
#: on’, ‘ as the crowd cheered’): the verb right after the description read forward.
#:
#: >>> RE_AS_CLAUSE_VERB.match(" looked on.", 0) is not None, RE_AS_CLAUSE_VERB.match(" Mama Mboga.", 0) is None
#: (True, True)
RE_AS_CLAUSE_VERB = LazyPattern(r" (?:\p{Ll}{2,}ed|were|was|stood|ran|fought|watched|sang|began|went)(?![\p{L}\-])")

#: Words before "as" that make it part of the description (‘a woman known as Mama Mboga’, ‘a man
#: such as …’), never a clause of time.
AS_IN_DESCRIPTION = frozenset("known such same described identified listed named registered employed working".split())


def _described_before_as_clause(m: Mention, text: str) -> Mention | None:
    """A description read forward that ran on into a clause of time after "as" (‘shouted a fan in a
    red scarf as police looked on’): the description up to "as", when a verb follows the run
    (never ‘a woman known as Mama Mboga’).

    >>> t = "shouted a fan in a red scarf as police looked on."
    >>> _described_before_as_clause(Mention(8, 38, "a fan in a red scarf as police", "description"), t).text
    'a fan in a red scarf'
    """
    cut = m.text.find(" as ")
    if cut <= 0 or RE_AS_CLAUSE_VERB.match(text, m.end) is None:
        return None
    before = m.text[:cut].split()
    if len(before) < 2 or before[-1].lower() in AS_IN_DESCRIPTION:
        return None
    return Mention(m.start, m.start + cut, m.text[:cut], "description", m.role)


def _bare_description(toks: list[Token], j: int) -> bool:
    """A headline's speaker with no article: one or two words in lower case before a noun of people
    that ends the phrase (‘…’, says former nurse’, ‘says fund manager’, ‘warns retired judge’)."""
    n = len(toks)
    for h in range(j + 1, min(n, j + 3)):
        x = toks[h]
        if x.word in DESCRIPTION_NOUNS and x.text.islower() and x.word not in THING_NOUNS and (
                h + 1 == n or toks[h + 1].text in ",.;:—–)" or toks[h + 1].word in ("in", "at", "from", "of", "on")):
            return all(y.text.isalpha() and y.text.islower() and y.word not in FUNCTION_WORDS and y.word not in AUXILIARIES
                       and y.word not in SPEECH_VERBS and y.word not in DESCRIPTION_NOUNS for y in toks[j:h])
    return False


#: The remits and public bodies a headline writes before a role with no article (‘Defence chief warns’,
#: ‘Health minister says’, ‘Police chief says’): only these, never a firm's or a person's name (‘Kestrel
#: president says’ is read as before) nor a person's opener (‘Former minister’).
#:
#: >>> "health" in BARE_ROLE_QUALIFIERS, "former" in BARE_ROLE_QUALIFIERS
#: (True, False)
BARE_ROLE_QUALIFIERS = wordset("health defence defense police finance foreign interior home education justice transport "
                               "environment energy trade army navy military fire council union opposition security "
                               "treasury housing agriculture culture economy industry tax immigration")


def _bare_role_opening(toks: list[Token], j: int, lo: int, text: str) -> Mention | None:
    """A role with no article opening the sentence right before the verb at ``toks[j]``, one or two capitalised
    words of its remit or body before it, the way headlines write it (‘Defence chief warns …’, ‘Health minister
    says …’, ‘Police chief says …’): the description, as ‘the health minister’ would be (w89b). Never a name
    (‘Jane minister’ is nothing), nor a role whose qualifier is no remit or body of :data:`BARE_ROLE_QUALIFIERS`.

    >>> t = "Defence chief warns"; _bare_role_opening(tokenize(t), 2, 0, t).text
    'defence chief'
    >>> t = "Health minister says"; _bare_role_opening(tokenize(t), 2, 0, t).text
    'health minister'
    >>> t = "Former minister says"; _bare_role_opening(tokenize(t), 2, 0, t) is None
    True
    >>> t = "Kestrel president says"; _bare_role_opening(tokenize(t), 2, 0, t) is None
    True
    """
    if not 2 <= j - lo <= 3 or j >= len(toks) or toks[j].word not in SPEECH_VERBS:
        return None
    head = toks[j - 1]
    if head.word not in ROLE_NOUNS or not head.text.islower():
        return None
    quals = toks[lo:j - 1]
    if not all(x.text[:1].isupper() and x.text.isalpha() and x.word in BARE_ROLE_QUALIFIERS for x in quals):
        return None
    return _description(toks, lo, j - 1, text, lower_first=True)


def is_bare_role_opening(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` is a role with no article that :func:`_bare_role_opening` read (its first
    capital lowered, one or two words before a role noun): a speaker only when the article names who holds
    it, else none, so that the quotation's words said again below decide (w89b).

    >>> t = "Police chief says"; is_bare_role_opening(t, _bare_role_opening(tokenize(t), 2, 0, t))
    True
    >>> t = "Council Housing chief says"; is_bare_role_opening(t, _bare_role_opening(tokenize(t), 3, 0, t))
    True
    >>> is_bare_role_opening("The police chief says", Mention(0, 16, "The police chief", "description"))
    False
    """
    words = m.text.split()
    return m.kind == "description" and 2 <= len(words) <= 3 and text[m.start:m.end] != m.text \
        and words[-1] in ROLE_NOUNS and all(w.lower() in BARE_ROLE_QUALIFIERS for w in words[:-1])
