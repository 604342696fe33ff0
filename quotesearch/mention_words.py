"""Mentions and their words: the :class:`Mention` a cue's speaker is read as, a role's text and
head, and the shapes of verbs and descriptions the readers test.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

from quotesearch.lexicon import wordset
from quotesearch.time_words import NAME_TIME_NOUNS
from quotesearch.place_words import ENVOY_BODIES, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import SURNAME_PLURALS
from quotesearch.document_words import OWNED_ONLY_RECORDS, THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import (
    DESCRIPTION_HEAD_STOPS, DESCRIPTION_NOUNS, OFFICE_WORDS, RE_DESCRIPTION_TIME_TAIL, ROLE_NOUNS, ranked_office,
)
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, SPEECH_VERBS
from quotesearch.names import PARTY_WORDS
from quotesearch.name_parts import ALLY_ADVERB_ENDINGS, FUNCTION_WORDS, PARTICLES, gender_of
from quotesearch.tokens import RE_TOKEN, Token, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)


#: Possessive determiners dropped from the front of a role ("their Ukrainian counterpart").
POSSESSIVES = wordset("his her their its our my your")


#: Determiners that open a description ("a source", "the minister", "two officials").
DETERMINERS = wordset("a an the this that one two three four several some many other another")


#: Relative pronouns: a clause they open describes, it does not name ("Healey, who …").
RELATIVES = wordset("who which whose whom")

#: Prepositions that put a noun phrase inside a longer description.
PREPOSITIONS = wordset("to of at for from with in on close near inside within familiar")


@dataclass(frozen=True)
class Mention:
    """Words that name a speaker: ``kind`` is name, pronoun, description or organisation."""

    start: int
    end: int
    text: str
    kind: str
    role: str | None = None


#: Words of a time phrase between a speaker and the cue ("Trump on Saturday tweeted").
TIME_WORDS = wordset("on last this late early night morning afternoon evening week weekend")


#: Verbs that end a role read from an aside: what follows is a clause ("a former aide to Sen. Ted
#: Cruz was one of the first").
ROLE_ENDING_VERBS = wordset("is was are were has had have will would can could")


def role_text(phrase: Sequence[Token], text: str) -> str | None:
    """The role an aside or a title gives, as written: cut before a verb that opens a clause, and
    without the words a length cap left dangling at its end ("… School of", "… and currently").

    >>> t = "a former aide to Sen. Ted Cruz was one of the first"
    >>> role_text(tokenize(t), t)
    'a former aide to Sen. Ted Cruz'
    >>> t = "an associate professor of surgery at the Wayne State University School of"
    >>> role_text(tokenize(t), t)
    'an associate professor of surgery at the Wayne State University School'
    """
    end = next((i for i, x in enumerate(phrase) if i > 0 and x.word in ROLE_ENDING_VERBS and not x.capitalized),
               len(phrase))
    while end > 0 and (phrase[end - 1].word in DANGLING_WORDS or (not phrase[end - 1].text[:1].isalnum() and not (
            # (an abbreviation's full stop stays: "R-Ky.")
            phrase[end - 1].text == "." and end > 1 and phrase[end - 2].end == phrase[end - 1].start)) or (
            # an adverb after a dangling "and" ("… and currently"), never "the state assembly"
            phrase[end - 1].word.endswith("ly") and end > 1 and phrase[end - 2].word in ("and", "or"))):
        end -= 1
    if not any(x.word in DESCRIPTION_NOUNS or (x.word in PEERAGES and x.capitalized) or ranked_office(x.word, ROLE_NOUNS)
               for x in phrase[:end]) and not (
            "-" in phrase[0].text and phrase[0].text[:1].isupper()
            and all(x.text == "." for x in phrase[1:end])):  # (but a party and state: "R-Mo.")
        return None  # (what is left names no one: "the delegate math")
    return text[phrase[0].start: phrase[end - 1].end] if text else " ".join(x.text for x in phrase[:end])

#: A government's departments, whose names after "for" may hold "and" too ("the Department for Work and
#: Pensions"; never an institute's, "the Institute for Science and International Security").
MINISTRY_WORDS = frozenset("department ministry".split())


#: Peerages, which are names too ("Duke Energy", "Earl Thomas") but for "of" after them.
PEERAGES = frozenset("duke earl baron".split())


def names_a_role(phrase: Sequence[Token]) -> bool:
    """An appositive that is a person's role: a role noun comes before any noun of a thing or a
    body ("a plaintiff in the lawsuit", never "a research firm founded by an accountant").

    A clause is none either: a verb before the role noun ("lives with her son", "works as a
    pilot", "cares for his mother").

    >>> names_a_role(tokenize("a senior analyst at the firm")), names_a_role(tokenize("a firm run by an accountant"))
    (True, False)
    >>> names_a_role(tokenize("lives with her son")), names_a_role(tokenize("sales director at Acme"))
    (False, True)
    >>> names_a_role(tokenize("a Border Patrol tunneling expert")), names_a_role(tokenize("steered by Cato president X"))
    (True, False)
    """
    if len(phrase) > 1 and phrase[0].text.islower() and phrase[0].word not in DESCRIPTION_NOUNS \
            and phrase[0].word not in DETERMINERS and phrase[0].word not in POSSESSIVES and not ranked_office(phrase[0].word, ROLE_NOUNS) \
            and (phrase[1].word in PREPOSITIONS or phrase[1].word in DETERMINERS or phrase[1].word in POSSESSIVES
                 or phrase[1].word in ("as", "every", "each", "about")):
        return False  # (a verb and its object or preposition)
    if len(phrase) > 1 and phrase[0].text.islower() and phrase[0].word.endswith("ed") and phrase[1].word == "by":
        return False  # (a passive: "Purple PAC, steered by former Cato Institute president Ed Crane,")
    k = next((k for k, x in enumerate(phrase) if x.word in ROLE_NOUNS), None)
    if k is not None and len(phrase) - k >= 3 and all(is_name_token(x) and not is_possessive(x) and x.word not in ROLE_NOUNS
                                                      for x in phrase[k + 1:]):
        return False  # the next of a list of people by their roles: ‘singer Callum Reid, guitarist Euan
        # Fraser, bassist Niall Dempsey’ (Euan Fraser is no role of Callum Reid's)
    for i, x in enumerate(phrase):
        nxt = phrase[i + 1] if i + 1 < len(phrase) else None
        if x.word in ROLE_NOUNS or (x.word in PEERAGES and x.capitalized and nxt is not None and nxt.word == "of") \
                or ranked_office(x.word, ROLE_NOUNS):
            return True  # (and a peerage: "the Duke of Avonford", "the Earl of Marlowe"; and a rank written onto
            # its office: "vice-minister of National Defence")
        if i > 0 and _agent_noun(x) and (nxt is None or nxt.word in PREPOSITIONS) \
                and all(y.word in DETERMINERS or y.text.islower() or y.capitalized for y in phrase[:i]):
            return True  # a trade no list holds, ending the role or before its preposition: "a pulmonologist
            # at the Northern Chest Institute", "the Ballymore harbormaster"
        if x.word in THING_NOUNS and not (x.capitalized and x is not phrase[-1] and x is not phrase[0]) \
                and not (nxt is not None and nxt.word in ROLE_NOUNS):
            return False  # (a body's name may come first: "a Border Patrol tunneling expert"; a body's word
            # before a role is the role's: "the club captain", "a company spokesman")
    return False


def _agent_noun(t: Token) -> bool:
    """A lower-case noun of one who does a trade, by its ending ("harbormaster", "pulmonologist",
    "kitman", "librarian"), never a verb's form or a thing's noun."""
    w = t.word
    return t.text.isalpha() and t.text.islower() and len(w) > 6 and w not in THING_NOUNS and w not in FUNCTION_WORDS \
        and w.endswith(("ist", "ian", "man", "woman", "master", "er", "or")) and not w.endswith(("ever", "other", "ther"))


#: Words a role never ends on: where a length cap or a clause cut it ("… School of", "… and").
DANGLING_WORDS = PREPOSITIONS | wordset("""
the a an and or but by as into about under over than then now also you he she they we it i who that which
""")


def _joined_modifiers(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether the "and" at ``toks[i]`` joins two lower-case modifiers of the role noun ``toks[j]``
    right after a determiner or an owner: ‘the health and social care secretary’ (never two
    people, ‘the mayor and council leader’, nor two clauses, ‘the vote passed and party officials’);
    or of a ministry's or a department's: ‘the industry and trade ministry’."""
    if (toks[j].word not in ROLE_NOUNS and toks[j].word not in LOWER_REMIT_HEADS) or j - i > 4 or not all(
            x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS and x.word not in DESCRIPTION_NOUNS
            for x in toks[i + 1:j]):
        return False
    for k in range(i - 1, max(i - 5, lo - 1), -1):
        x = toks[k]
        if x.word in DETERMINERS or x.word in POSSESSIVES or (is_possessive(x) and is_name_token(x)):
            return k < i - 1
        if not (x.text.isalpha() and x.text.islower()) or x.word in FUNCTION_WORDS \
                or (x.word in DESCRIPTION_NOUNS and not (k == i - 1 and x.word in OFFICE_WORDS)) \
                or x.word in SPEECH_VERBS or x.word.endswith("ed"):
            return False  # (but an office's remit: ‘the police and crime commissioner’)
    return False


#: Bodies whose remit a paper may write in lower case after "of" (‘the ministry of environment and energy’).
LOWER_REMIT_HEADS = wordset("ministry department")


def verb_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's past or its present in -s (:func:`past_shaped`,
    :func:`present_shaped`: ‘drew’, ‘closed’, ‘follows’; never ‘boss’, ‘bonus’, ‘analysis’). The
    caller rules out nouns of people and words of function.

    >>> [verb_shaped(w) for w in ("drew", "closed", "follows", "boss", "bonus", "red")]
    [True, True, True, False, False, False]
    """
    return past_shaped(w) or present_shaped(w)


def past_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's past: an irregular past or a past in -ed (‘drew’,
    ‘closed’; never ‘red’).

    >>> [past_shaped(w) for w in ("drew", "closed", "red", "follows")]
    [True, True, False, False]
    """
    return w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


#: Past forms that, after a described one, name the one they name rather than act on anyone: ‘a worker
#: named Antonio Arroyo’ is Arroyo (never a verb of the worker's).
#:
#: >>> "named" in NAMING_PARTICIPLES, "defeated" in NAMING_PARTICIPLES
#: (True, False)
NAMING_PARTICIPLES = frozenset("named called nicknamed dubbed known titled styled surnamed identified".split())


#: Words before a past form that make it an adjective of the office after it, never a verb: ‘the
#: former jailed activist’, ‘the once celebrated author’.
#:
#: >>> "former" in PAST_ADJECTIVE_LEADS, "board" in PAST_ADJECTIVE_LEADS
#: (True, False)
PAST_ADJECTIVE_LEADS = wordset("former late most more less least once twice now then much very so too")


def _verb_on_office_after_subject(toks: list[Token], j: int, k: int) -> bool:
    """``toks[k]``, a past verb in lower case (‘removed’, ‘ousted’), follows a described subject read from
    ``toks[j]`` (a determiner, then a lower-case noun, or a name after "of": ‘The board of Quarrystone
    AI’) and comes before the office it acts on (a role noun, an owner's, or a determiner and a role
    noun): the verb ends the subject, whose one acts; never a participle that qualifies the office
    after a determiner, an owner or an adverb (‘The disgraced financier X’, ‘The team's injured
    captain’, ‘the newly appointed chief’) (w75c).

    >>> t = tokenize("The board of Quarrystone AI removed co-founder Ann Lee")
    >>> _verb_on_office_after_subject(t, 0, 5), _verb_on_office_after_subject(tokenize("The board ousted its chief"), 0, 2)
    (True, True)
    >>> _verb_on_office_after_subject(tokenize("The disgraced financier Ann Lee"), 0, 1)
    False
    >>> _verb_on_office_after_subject(tokenize("The newly appointed chief Ann Lee"), 0, 2)
    False
    >>> _verb_on_office_after_subject(tokenize("A worker named Antonio Arroyo"), 0, 2)
    False
    """
    n, x = len(toks), toks[k]
    if not (k > j + 1 and k + 1 < n and toks[j].word in DETERMINERS and x.text.isalpha() and x.text.islower()
            and past_shaped(x.word) and x.word not in NAMING_PARTICIPLES and x.word not in SPEECH_VERBS
            and x.word not in ROLE_NOUNS):
        return False
    before, after = toks[k - 1], toks[k + 1]
    if before.text.isalpha() and before.text.islower():
        if before.word in FUNCTION_WORDS or before.word in DETERMINERS or before.word in POSSESSIVES \
                or before.word in PAST_ADJECTIVE_LEADS or before.word.endswith("ly") or past_shaped(before.word):
            return False
    elif not (is_name_token(before) and any(y.word == "of" for y in toks[j + 1:k])):
        return False  # (a name only after "of", a body's: ‘The board of Quarrystone AI’)
    if not all(y.text.replace("-", "").replace("&", "").isalnum() or y.text in ("’", "'") for y in toks[j + 1:k]):
        return False  # (one noun phrase, no stop or aside in it)
    return (after.text.islower() and (after.word in ROLE_NOUNS or after.word in POSSESSIVES)) \
        or (after.word in ("the", "a", "an") and k + 2 < n and toks[k + 2].text.islower() and toks[k + 2].word in ROLE_NOUNS)


def present_shaped(w: str) -> bool:
    """A lower-case word shaped as a verb's present in -s, no "-ss", "-us" or "-is" noun (‘follows’,
    ‘rolls’; never ‘boss’, ‘bonus’, ‘analysis’).

    >>> [present_shaped(w) for w in ("follows", "rolls", "boss", "bonus", "analysis")]
    [True, True, False, False, False]
    """
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _is_age(word: str) -> bool:
    """An age written as a noun: "34-year-old" (never "34-year-olds", a group)."""
    return word.endswith("-year-old") and word[:-9].isdigit() and len(word) <= 12


#: Irregular past tenses, verbs after a subject's name ("Kiana Wells led Villanova").
IRREGULAR_PAST = wordset("""
led won lost took made gave got ran went came saw met kept held found brought threw caught
struck fought sent spent built paid sold bought felt heard meant drew grew chose wore
taught sought began became knew stood sat rose fell left thought
beat swept stole drove rode broke froze shook woke swore tore hid fled fed sped dealt sank swam blew flew
""")


#: Words that open a sentence before a comma, never a name ("Sentencing, the judge, X, said").
OPENING_WORDS = wordset("""
sentencing prosecuting welcoming opening closing winding summing afterwards elsewhere nonetheless
nevertheless separately meanwhile earlier later additionally furthermore moreover overall
reacting contributing speaking addressing briefing corroborating appealing commiserating
""")


def _opens_clause(t: Token) -> bool:
    """A capitalised word before a sentence's first comma that opens it: a participle of
    speech ("Replying"), an adverb ("Afterwards", "Privately") or another opener."""
    w = t.word
    return t.capitalized and (w in OPENING_WORDS or (w.endswith("ing") and w in SPEECH_VERBS and w != "reading") or (
        len(w) > 5 and w.endswith(ADVERB_LY)))  # (never "Reilly", "Scully", "Reading")


#: Endings of adverbs in -ly that open sentences ("Privately", "Finally"); surnames in -ly
#: ("Reilly", "Kennelly", "Scully", "Greally", "Connally") end otherwise.
ADVERB_LY = ALLY_ADVERB_ENDINGS + ("ically", "really", "fully", "ately", "ently", "antly", "ously", "ively", "ibly", "ably",
                                  "ingly", "edly")


def _place_words(words: Sequence[str]) -> int:
    """How many of ``words`` open with a country or a world body (0 when they do not).

    >>> _place_words(["China", "Yerlan", "Abenov"]), _place_words(["United", "Nations", "Ana", "Ruiz"])
    (1, 2)
    >>> _place_words(["Climate", "Change", "Ana", "Ruiz"])
    0
    """
    if len(words) >= 2 and (" ".join(words[:2]) in TWO_WORD_PLACES or " ".join(words[:2]) in ENVOY_BODIES):
        return 2
    return 1 if words and (words[0].lower() in ONE_WORD_PLACES or words[0] in ENVOY_BODIES) else 0


def _time_noun_of_a_name(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k]`` is a capitalised time noun that ends the name before it, never a time between a
    speaker and the verb: ‘Willamette Week called the place “…”’ (a weekly), where ‘Trump this week
    said’ writes the time in lower case; never after a time word of its own (‘Trump Last Week Said’
    in a headline's capitals) nor at the sentence's opening.

    >>> t = "Marketing Week called"; _time_noun_of_a_name(tokenize(t), 1, 0)
    True
    >>> t = "Trump Last Week said"; _time_noun_of_a_name(tokenize(t), 2, 0)
    False
    """
    return k > lo and toks[k].capitalized and toks[k].word in NAME_TIME_NOUNS and is_name_token(toks[k - 1]) \
        and toks[k - 1].word not in TIME_WORDS and toks[k - 1].word not in DETERMINERS


def _linking_adjective(t: Token) -> bool:
    """A compound adjective of who backs or leads a body, written before its name: ‘Al-Qaeda-linked’,
    ‘Iran-backed’, ‘Kremlin-funded’."""
    head, _, tail = t.text.rpartition("-")
    return bool(head) and tail.islower() and tail.endswith("ed") and len(tail) > 3


def _plural_noun_capital(t: Token) -> bool:
    """A plural noun of people capitalised only because it opens a sentence ("Aides", "Economists")."""
    return t.word in DESCRIPTION_NOUNS and t.word.endswith("s") and t.word not in PARTY_WORDS and t.word not in SURNAME_PLURALS


def _role_plural(word: str) -> bool:
    """The plural of a role noun ("researchers", "analysts"): people described."""
    return word.endswith("s") and word[:-1] in ROLE_NOUNS and word not in PARTY_WORDS


#: Possessives of a state or a government before one of its departments (‘its information ministry’).
BODY_OWNER_PRONOUNS = frozenset("its their".split())


#: Words that open a relative clause inside a description, whose time is the clause's: the
#: :data:`RELATIVES` and "that".
#:
#: >>> sorted(DESCRIPTION_RELATIVES)
#: ['that', 'which', 'who', 'whom', 'whose']
DESCRIPTION_RELATIVES = RELATIVES | wordset("that")


def _time_tail_start(m: Mention, text: str) -> int | None:
    """Where a time set after a description's head starts, when it ends the description
    (:data:`RE_DESCRIPTION_TIME_TAIL`): ‘One reviewer| in 2004’; else None.

    >>> t = "One reviewer in 2004 described it"
    >>> _time_tail_start(Mention(0, 20, t[:20], "description"), t)
    12
    >>> _time_tail_start(Mention(0, 12, t[:12], "description"), t) is None
    True
    """
    if any(w in DESCRIPTION_RELATIVES for w in m.text.lower().split()):
        return None  # (a clause's time is the clause's: ‘a caseworker who was assigned to the family in 2021’)
    for at in range(m.start + 1, m.end):
        if text[at] == " " and (tail := RE_DESCRIPTION_TIME_TAIL.match(text, at)) is not None and tail.end() == m.end:
            return at
    return None


def _description(toks, i, k, text, lower_first: bool = False) -> Mention:
    """The description ``toks[i..k]``; ``lower_first``: its first word in lower case, a capital
    it had only for opening the sentence ("Economists at Capital Economics")."""
    if i < k and toks[i].word in BODY_OWNER_PRONOUNS and toks[k].word in MINISTRY_WORDS and toks[k].text.islower():
        i += 1  # a government's department, whose "its" is the state's, no part of its name: ‘its
        # information ministry said’ is the information ministry (never a person's: "its governor")
    s, e = toks[i].start, toks[k].end
    desc = text[s:e] if text else " ".join(t.text for t in toks[i:k + 1])
    if lower_first and sum(c.isupper() for c in toks[i].text) < 2:  # (never "MPs": an acronym keeps its capitals)
        desc = toks[i].word + desc[len(toks[i].text):]
    return Mention(s, e, desc, "description")


def _noun_before_role(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is a noun of a compound before a person's role, never a verb after a
    head noun: ‘An airline operations executive’, ‘a bank compliance officer’ (never ‘the president
    thanks officials’, ‘the minister told reporters’: a verb, or a plural role after it)."""
    return k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and not toks[k].word.endswith("ed") \
        and toks[k].word not in SPEECH_VERBS and toks[k].word not in CALL_VERBS and toks[k].word not in FUNCTION_WORDS \
        and toks[k + 1].text.islower() and toks[k + 1].word in ROLE_NOUNS and not toks[k + 1].word.endswith("s")


#: Prepositions of the place that tells an unnamed speaker ("somebody on the opposition benches").
PLACING_PREPOSITIONS = frozenset("in on at from near".split())


def _placed_end(toks: list[Token], j: int) -> int:
    """Where the place phrase at ``toks[j]`` ends that says where someone unnamed stood: "the" and a
    word to three, the clause's end or a verb of speech after it (‘somebody in the third row
    whispers’); ``j`` when there is none (‘someone shouted from the back’ has the verb between)."""
    if j + 2 >= len(toks) or toks[j].word not in PLACING_PREPOSITIONS or toks[j + 1].word != "the":
        return j
    e = j + 2
    while e < len(toks) and e < j + 5 and toks[e].text.isalpha() and toks[e].word not in FUNCTION_WORDS \
            and toks[e].word not in SPEECH_VERBS and toks[e].word not in AUXILIARIES:
        e += 1
    if e == j + 2 or (e < len(toks) and toks[e].text not in ",.;:!?—" and toks[e].word not in SPEECH_VERBS):
        return j
    return e


def _heading_words(name: Sequence[str]) -> bool:
    """Five or more capitalised words with no given name, initial or particle: a heading in Title
    Case ("Veto Power Impedes Peace Efforts:"), not a person's name; a body's name may be as long
    ("the North Lakes Fire Protection District")."""
    return len(name) >= 5 and gender_of(name[0]) is None and name[-1].lower() not in ORG_WORDS and not any(
        (len(w) == 2 and w.endswith(".")) or w.lower() in PARTICLES for w in name)


#: Nouns before "source" that make it a thing's ("a funding source", "a power source"), never a person.
THING_SOURCES = frozenset("funding revenue income power energy water food heat heating light fuel cash tax money protein "
                          "ignition pollution noise infection".split())


def thing_source(word: str, before: str) -> bool:
    """"source" after a thing's noun (``before``): a thing, never a person ("a funding source").

    >>> thing_source("source", "funding"), thing_source("sources", "Kremlin"), thing_source("official", "funding")
    (True, False, False)
    """
    return word in ("source", "sources") and before.lower() in THING_SOURCES


@functools.lru_cache(maxsize=1024)  # (pure in its text, and asked again of one mention by rule after rule)
def description_head(text: str) -> str | None:
    """The head noun of a description: 'a source close to the Kremlin' → 'source'.

    >>> description_head("a senior administration official who spoke")
    'official'
    >>> description_head("a bishop whose diocese was flooded")  # (the clause's nouns are not its head)
    'bishop'
    >>> description_head("a source within the finance department")
    'source'
    """
    head = None
    words = RE_TOKEN.findall(text)
    for i, word in enumerate(words):
        w = word.lower().rstrip(".")
        if w in DESCRIPTION_HEAD_STOPS:
            if w in ("of", "for") and 0 < i < len(words) - 2 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper() \
                    and words[i - 1].lower() in ORG_WORDS:
                continue  # a body's name: "A Department for Education spokesperson"
            break
        if (w in DESCRIPTION_NOUNS and not (i > 0 and thing_source(w, words[i - 1]))) or ranked_office(w, ROLE_NOUNS):
            head = w  # (never "a funding source", "a power source": things, not people; but "the vice-minister")
    if head and head.endswith("s") and not head.endswith("ss") and head[:-1] in DESCRIPTION_NOUNS:
        head = head[:-1]
    return head


#: Words between a describer and "described as" that leave the describer its clause's subject: an
#: auxiliary or an adverb of time or manner (‘which the council had described as’, ‘a decision she
#: later described as’, ‘a junction residents have long described as’; w100d: later, long, since,
#: subsequently, privately, publicly, often, also).
#:
#: >>> "later" in DESCRIBER_ADVERBS, "not" in DESCRIBER_ADVERBS
#: (True, False)
DESCRIBER_ADVERBS = frozenset("had has have once previously repeatedly later long since subsequently privately publicly "
                              "often also".split())

#: Phrases of time between a describer and "described as", read past as DESCRIBER_ADVERBS are (‘which the
#: jury last year described as’, ‘a delay his camp at the time described as’; w100d).
#:
#: >>> ("last", "year") in DESCRIBER_TIMES, ("at", "the", "time") in DESCRIBER_TIMES, ("in", "court") in DESCRIBER_TIMES
#: (True, True, False)
DESCRIBER_TIMES = frozenset({("last", "year"), ("last", "week"), ("last", "month"), ("this", "week"), ("this", "year"),
                             ("at", "the", "time"), ("at", "that", "time")})


def describer_end(toks: list[Token], a: int, lo: int = 0) -> int:
    """The describer's last word, read back from ``toks[a]`` (the word right before "described as" or
    "branded") past the words that leave the describer its clause's subject (:data:`DESCRIBER_ADVERBS`,
    :data:`DESCRIBER_TIMES`). Shared by ``naming_clauses._describes`` and the mention reader
    (``backward_mentions._mention_before``) so the two read the same describer (w100d guard).

    >>> toks = tokenize("which the BBC has since described as"); toks[describer_end(toks, 4)].text
    'BBC'
    >>> toks = tokenize("which the jury last year described as"); toks[describer_end(toks, 4)].text
    'jury'
    """
    while a > lo + 1:
        if toks[a].word in DESCRIBER_ADVERBS:
            a -= 1  # (‘which the council had described as’, ‘a decision she later described as’)
        elif a > lo + 2 and (toks[a - 1].word, toks[a].word) in DESCRIBER_TIMES:
            a -= 2  # (‘which the jury last year described as’)
        elif a > lo + 3 and (toks[a - 2].word, toks[a - 1].word, toks[a].word) in DESCRIBER_TIMES:
            a -= 3  # (‘a delay his camp at the time described as’)
        else:
            break
    return a


def ownerless_record(words: str) -> bool:
    """Whether a description's ``words`` are a record that speaks only for its owner (:data:`OWNED_ONLY_RECORDS`,
    ‘The findings’, ‘The decision’), its head a thing: when no owner was found, it speaks for no one; never one
    who knows of it (‘An officer familiar with the findings’, ‘the company's head of accounts’).

    >>> ownerless_record("The findings"), ownerless_record("An officer familiar with the findings")
    (True, False)
    """
    return words.rsplit(" ", 1)[-1].lower() in OWNED_ONLY_RECORDS and (description_head(words) or "report") in THING_NOUNS
