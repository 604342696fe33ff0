"""Who a description or a name set off stands for: an office in capitals, a gesture that ends a
sentence, a name after an inverted cue, "the former" and "the latter", one of two by age, kin
named near, and the one whose voice or hands a sentence opens with.
"""

from __future__ import annotations

from quotesearch.cue_tokens import sentence_ends
from quotesearch.sentence_subjects import OWN_SAYINGS
from quotesearch.lexicon import LazyPattern
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import AGE_COMPARATIVES, GENDERED_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import GESTURE_VERBS, SPEECH_VERBS, TAIL_CUE_VERBS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention
from quotesearch.tokens import Token
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.epithets import RE_NAMED_AGE, RE_THE_AGE, _person_of_age


#: The words of one's own sayings, as a regex alternation (‘verdict|view|…’).
_SAYINGS = "|".join(sorted(OWN_SAYINGS))


def _capitalised_office(words: str) -> bool:
    """``words`` are "the" and one office in capitals, as Irish, British and Commonwealth papers write
    an office held (‘the Minister’, ‘The Taoiseach’, ‘the Commissioner’), never a body (‘the Council’).

    >>> _capitalised_office("The Minister"), _capitalised_office("the Council"), _capitalised_office("the Times")
    (True, False, False)
    """
    parts = words.split()
    return len(parts) == 2 and parts[0].lower() == "the" and parts[1][:1].isupper() and parts[1][1:].islower() \
        and parts[1].lower() in ROLE_NOUNS and parts[1].lower() not in ORG_WORDS


#: An age as a sentence's subject after its opening phrase: ‘Pressed on an offer, the 51-year-old smiled.’
RE_AGE_AFTER_OPENING = LazyPattern(r"(?<=, )(the \d{1,3}-year-old)(?= \p{Ll})")


def _gesturing_named(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one a sentence's subject describes, a definite description of someone the article names,
    when the sentence does no more than a gesture: ‘The manager smiled. “…”’, ‘Pressed on an offer,
    the 51-year-old smiled. “…”’ (an age: the one person the article gives it). Never a crowd or
    someone unnamed (‘the room laughed’, ‘a fan waved’), nor an age the article gives no one."""
    if not m.text.lower().startswith("the ") or not _gesture_ends_sentence(text, m.end):
        return None
    if (age := RE_THE_AGE.fullmatch(m.text)) is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind == "name" and " " in p.name else None


def _gesture_ends_sentence(text: str, at: int) -> bool:
    """Only a gesture between ``at`` and the sentence's stop (‘ smiled.’, ‘ shrugged his shoulders.’).

    >>> _gesture_ends_sentence("the manager smiled. ", 11), _gesture_ends_sentence("the manager said no. ", 11)
    (True, False)
    """
    g = RE_GESTURE_ENDS.match(text, at)
    return (g is not None and g.group("doing") is None) or RE_GESTURE_WHEN_ENDS.match(text, at) is not None


#: A gesture then a clause of when it was made, in lower case to the sentence's stop, with no one
#: named, no speech and no marks in it (‘ laughs when the criticism is put to her.’, ‘ paused before
#: answering.’): still only a gesture (never ‘ smiled as Ortiz spoke.’, ‘ nodded when she said “…”’).
#:
#: Being asked is no speech of another's here: the one who gestures answers it; nor a speech word
#: after "the" or "his", a noun (‘when the charge is put to him’).
#:
#: >>> bool(RE_GESTURE_WHEN_ENDS.match(" laughs when the criticism is put to her. "))
#: True
#: >>> bool(RE_GESTURE_WHEN_ENDS.match(" smiles when the charge is put to him. "))
#: True
#: >>> bool(RE_GESTURE_WHEN_ENDS.match(" paused before answering. ")), bool(RE_GESTURE_WHEN_ENDS.match(" smiled when asked. "))
#: (True, True)
#: >>> bool(RE_GESTURE_WHEN_ENDS.match(" smiled as Ortiz spoke. ")), bool(RE_GESTURE_WHEN_ENDS.match(" nodded when she said no. "))
#: (False, False)
RE_GESTURE_WHEN_ENDS = LazyPattern(
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(GESTURE_VERBS)) + r")(?: \p{Ll}+ly)?"
    r" (?:when|as|before) (?!(?:[\p{Ll}\-]+ )*?(?<!\b(?:the|a|an|his|her|its|their|this|that) )(?:"
    + "|".join(sorted(SPEECH_VERBS - {"put", "asked", "answer", "answering", "pressed", "questioned"})) + r")\b)"
    r"[\p{Ll}\- ]{2,60}(?=[.!?](?:\s|$))")


def _tail_cue_name(text: str, toks: list[Token]) -> Mention | None:
    """The name after the inverted cue that ends a sentence of reported speech, with no quotation
    in it: ‘In El Fasher, the hospital ran on generators after its fuel ran low, said Dr. Ibrahim
    Musa Adam, its director.’ is Adam's sentence, whatever its opening clause or its subordinate
    one holds (and a "he" after it is his). Only a name set off by the comma before the verb,
    then the sentence's end or a role set off with no speech of its own; never a description
    (‘…, said a diplomat.’ is left to the subject rules) and never where a quotation stands."""
    v = next((k for k in range(len(toks) - 2, 1, -1) if toks[k].word in TAIL_CUE_VERBS
              and not toks[k].capitalized and toks[k - 1].text == ","), None)
    if v is None or any(x.text in "“”\"‘’" for x in toks[:v]):
        return None
    m = mention_after(toks, v + 1, text)
    if m is None or m.kind != "name" or " " not in m.text:
        return None
    rest = [x for x in toks if x.start >= m.end]
    if rest and (rest[0].text not in ",." or any(x.word in SPEECH_VERBS or x.text in "“”\"‘’" for x in rest)):
        return None
    return m


#: What sets off a person after a given name alone: a relative "who" or a description (‘Derek, a
#: retired postman’).
RE_PERSON_SET_OFF = LazyPattern(r"(?:\s(?:from|of)\s\p{Lu}[\p{L}\s]{0,30})?,\s(?:who\b|an?\s\p{Ll})")

#: A person's noun right before a given name set off (‘The captain's widow, Ruth, read a poem.’).
RE_NOUN_BEFORE_NAME = LazyPattern(r"\b(\p{Ll}+),\s$")

#: A full name set off after a description, with a description of its own before it (‘, the
#: Ghanaian art historian Akosua Mensah-Boateng,’).
RE_FULL_NAME_SET_OFF = LazyPattern(r", (?:(?:the|a|an|former|retired) )?(?:[\p{L}\-]+ ){0,4}?"
                                     r"(\p{Lu}[\p{Ll}\-]+(?: \p{Lu}[\p{L}\-’']+){1,2}),")

#: A given name alone set off after a description, where they are from after it (‘Another caller, Derek,
#: a retired postman,’, ‘Another caller, Bob in Kelowna,’).
RE_GIVEN_SET_OFF = LazyPattern(r", (\p{Lu}\p{Ll}+)(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?,")

#: An unnamed description opening a sentence, set off before a given name alone that speaks (‘A
#: 24-year-old farmer, |Yonas, said …’, ‘One mother, |Aster, said …’): searched up to the name; group 1 is
#: the description's noun.
#:
#: >>> bool(RE_UNNAMED_BEFORE_GIVEN.search("Rain came. A 24-year-old farmer, ")), bool(RE_UNNAMED_BEFORE_GIVEN.search("One mother, "))
#: (True, True)
#: >>> bool(RE_UNNAMED_BEFORE_GIVEN.search("The farmer, ")), bool(RE_UNNAMED_BEFORE_GIVEN.search("In a village near Gondar, "))
#: (False, False)
RE_UNNAMED_BEFORE_GIVEN = LazyPattern(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:An?|One|Another) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,4}"
                                      r"(\p{Ll}[\p{Ll}\-]*), $")

#: A sentence that opens with an age as its subject: ‘The 72-year-old looked up from the counter.’
RE_AGE_OPENS = LazyPattern(r"(The \d{1,3}-year-old)(?= \p{Ll})")


def _former_or_latter(text: str, m: Mention, cast: Cast) -> Person | None:
    """"the former" or "the latter" at ``m``: the first or the second of the two people the text
    names or quotes in the two sentences before it and its own up to it (‘Rovers captain X and
    goalkeeper Y spoke afterwards. The latter said:’); none unless exactly two are there."""
    which = m.text.lower().split()[-1]
    ends = sentence_ends(text, max(0, m.start - 2 * CONTEXT_CHARS), m.start)
    lo = ends[-3] if len(ends) > 2 else max(0, m.start - 2 * CONTEXT_CHARS)  # (two sentences back at most)
    position, cast.position = cast.position, m.start
    people = []
    for pos, p in cast.recent:
        if lo <= pos < m.start and p.kind == "name" and not any(p is q for q in people):
            people.append(p)
    cast.position = position
    if len(people) != 2:
        return None
    return people[0] if which == "former" else people[1]


#: One of two picked by age, as a mention's whole text: ‘the older woman’, ‘the younger of the two
#: men’, ‘the elder of the pair’ (a noun of one sex or a plural after "two"; never ‘the elder’ alone,
#: a village's elder).
RE_AGE_COMPARED = LazyPattern(r"(?i:the) (older|younger|elder)(?: (\p{Ll}+)| of the (?:two|pair)(?: (\p{Ll}+))?)")

#: How far back the two people an age comparison picks from are introduced with their ages.
AGE_PAIR_REACH = 1000


def _one_of_two_by_age(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one of two people introduced with their ages just before ``m`` that ``m`` picks by age
    (‘Ahmed Salah, 52, and his nephew Karim Salah, 24, …. “…,” the younger man said’ is Karim
    Salah); of the sex its noun tells, if it tells one. None unless exactly two such people are
    there, of different ages; one aged whose sex nothing tells counts as one of the two, and then only
    the one whose sex is told may be picked (‘Rahel Dastani, 34, …. Beside her was her mother, Farida
    Nouri, 61. “…,” the older woman said’ is Nouri whatever Dastani's sex: the older of two women, or the
    one woman)."""
    compared = RE_AGE_COMPARED.fullmatch(m.text)
    if compared is None:
        return None
    noun = compared.group(2) or compared.group(3)
    if compared.group(2) is not None and noun not in GENDERED_NOUNS:
        return None  # (‘the older man’, ‘the younger sister’; never ‘the older generation’)
    sex = GENDERED_NOUNS.get(noun) if noun else None
    if sex is None and noun and noun.endswith("s"):
        sex = GENDERED_NOUNS.get(noun[:-1]) or GENDERED_NOUNS.get(noun[:-3] + "man" if noun.endswith("men") else "")
    aged: dict[int, tuple[Person, int]] = {}
    for a in RE_NAMED_AGE.finditer(text, max(0, m.start - AGE_PAIR_REACH), m.start):
        p, _ = cast.resolve(Mention(a.start("name"), a.end("name"), " ".join(a.group("name").split()), "name"))
        if p is None or p.kind != "name" or p.placelike:
            continue
        if sex is not None and p.gender is not None and p.gender != sex:
            continue
        age = int(a.group("age"))
        if aged.setdefault(id(p), (p, age))[1] != age:
            return None  # (one given two ages: the text is no guide)
    if len(aged) != 2:
        return None
    (p1, a1), (p2, a2) = aged.values()
    if a1 == a2:
        return None
    older, younger = (p1, p2) if a1 > a2 else (p2, p1)
    picked = older if AGE_COMPARATIVES[compared.group(1).lower()] == "older" else younger
    return picked if sex is None or picked.gender == sex else None  # (one of no sex the text tells may be the one meant)


#: How far back the kin whose words a quotation is (‘In her daughter's words,’) must be named.
KIN_WORDS_REACH = 3000


def _kin_named_near(p: Person | None, at: int, cast: Cast) -> bool:
    """``p``, whom ‘In her daughter's words,’ at ``at`` resolved to, is someone the article names,
    no further back than :data:`KIN_WORDS_REACH` (‘Her daughter, Siobhan Doyle, …’): a kin word
    alone is no one to cite."""
    return p is not None and p.kind == "name" and cast.last_spot(p, at) >= at - KIN_WORDS_REACH


#: Pronouns that are objects (another acted on: ‘A judge sentenced him’).
OBJECT_PRONOUNS = frozenset("him her them".split())

#: What a sentence says of someone unnamed it opens with, to its end, when it is only a gesture or a wait
#: of theirs (‘At the market in Lagos, a trader selling tomatoes shook her head.’, ‘an elderly farmer
#: leaned on his hoe.’, ‘a commuter waited in the rain.’): the words in marks after it are
#: theirs, as after a stance. Only their own things after the verb, in lower case (never ‘… carried
#: Ana Ruiz’, ‘… sentenced him’); "owner" is the "his" or "her" that tells their sex, "doing" what they
#: do as part of who they are.
RE_GESTURE_ENDS = LazyPattern(
    r"(?P<doing> \p{Ll}+ing(?: [\p{Ll}\-]+){1,2}?)?"  # (what they do, after the noun: ‘a trader selling tomatoes’)
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(GESTURE_VERBS)) + r")"
    r"(?: (?:up|back|down|again|slowly|quietly|silently|wearily|sadly))?"
    r"(?: (?:(?:on|in|at|over|into|by|against|outside|beside|behind|under|across) )?(?:the|a|an|(?P<owner>his|her)) (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]+)?"
    r"(?=[.!?](?:\s|$))")

#: A name given right after someone described (‘a girl named Priya Anand’, ‘A woman seated near the
#: front, who later identified herself as X,’).
RE_NAMED_NEXT = LazyPattern(r"(?: [\p{Ll}\-]+){0,4}?(?: named| called|, who [^.,;]{0,30}?(?:identified|introduced|gave) )")


def _owner_of_voice(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one whose voice, eyes or hands the last sentence of a paragraph opens with (‘His wife,
    Denise Okafor, spoke first. Her voice was steady.’): the "her" as a pronoun, resolved there."""
    ends = [e for e in sentence_ends(text, lo, hi) if text[e:hi].strip()]  # (the last sentence's start)
    start = ends[-1] if ends else lo
    if text.find("His ", start, hi) < 0 and text.find("Her ", start, hi) < 0:
        return None  # (a plain test first: the pattern, which holds either, is compiled only for an article that may need it)
    m = RE_VOICE_OPENS.match(text, start, hi)
    if m is None:
        return None
    at = m.start(1)
    pronoun = Mention(at, at + len(m.group(1)), "she" if m.group(1) == "Her" else "he", "pronoun")
    position, cast.position = cast.position, at
    p, _ = cast.resolve(pronoun)
    cast.position = position
    return (pronoun, p) if p is not None else None


#: A sentence that opens with someone's voice or manner (‘Her voice was steady.’, ‘His hands shook.’).
RE_VOICE_OPENS = LazyPattern(r"\s*(His|Her) (?:voice|eyes|hands|face|tone|words|answer|reply"
                               r"|" + _SAYINGS + r") ")


def _described_person(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one person the article names that a definite description or a kin word stands for
    ("the guitarist", "Their mother", "The 72-year-old"), if any."""
    if m.text.split()[0].lower() not in ("the", "his", "her", "their"):
        return None
    age = RE_THE_AGE.fullmatch(m.text)
    if age is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    if m.text.lower() in ("the former", "the latter"):
        return _former_or_latter(text, m, cast)
    p = cast.resolve(m)[0]
    if p is None or p.kind != "name":
        return None
    words = m.text.lower().split()[1:-1]  # (every word before the head in a role of theirs: never
    # ‘The Afro-Colombian journalist’ for another journalist)
    roles = " ".join(cast.roles_of(p)).lower().split()
    return p if all(w in roles for w in words) else None
