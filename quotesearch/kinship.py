"""Kin, spouses and couples: a person told by a relation to someone named (‘his wife, Leanne’),
couples sharing a surname, given names written alone for kin, and the sex that kin words tell.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import KEPT_WRITINGS
from quotesearch.role_words import AGE_COMPARATIVES, GENDERED_NOUNS, KIN_NOUNS
from quotesearch.speech_words import SPEAKING_MANNER_WORDS
from quotesearch.mention_words import Mention
from quotesearch.names import DESCRIPTOR_TITLES
from quotesearch.name_parts import gender_of
from quotesearch.people import RE_WORD_AFTER
from quotesearch.full_names import SENTENCE_STARTS, _name_start
from quotesearch.sources import SOURCE_KIN, _among_was, _past_nationality


#: Kin a generation or more younger than the one they are kin to ("His son, Nick Dimitriou").
RE_YOUNGER_KIN = LazyPattern(r"(?i:(?:his|her|their) )?(?i:eldest |youngest |younger |elder )?"
                               r"(?i:son|daughter|grandson|granddaughter|nephew|niece)\b(?! of\b)")  # (never "the son of Polish immigrants")

#: A parent's or a pupil's description after a given name alone (‘Janet, a mother of three’).
PARENT_OR_PUPIL = ("mother", "father", "parent", "mom", "dad", "grandmother", "grandfather", "single mother",
                   "single father", "senior", "junior", "sophomore", "freshman", "student", "pupil")

#: A trade's description set off after a given name alone, up to the verb of speech or a "who"
#: (‘Tom, a driver with 22 years’ service who did not want to give his surname, said’).
RE_TRADE_SET_OFF = LazyPattern(r"(?:\d{1,3}-year-old )?\p{Ll}[\p{Ll}\-]*(?: [\p{L}\d’'\-]+){0,12}?(?:, \p{Lu}\p{L}{0,4}\.)?"
                               r"(?:,? who |, (?:said|says|told)\b)")  # (and a place's state: ‘near Stratford, Ont., said’)

#: An age set off right before a verb (‘Alan, 79, said’).
RE_AGE_BEFORE_VERB = LazyPattern(r", \d{1,3},$")

#: The capitalised word right before a name (‘But’ of ‘But Joan’, ‘Pensioner’ of ‘Pensioner Alan’).
RE_LEAD_WORD = LazyPattern(r"(?<![\p{L}’'\-])(\p{Lu}\p{Ll}+) $")

#: How a reporter reached the speaker, set off before "said" (‘Abdullah, reached by phone, said’).
RE_CONTACT_ASIDE = LazyPattern(r"(?:when |later )?(?:reached|contacted|interviewed|speaking|approached)\b[^,.;“”\"]{0,40}")

#: A wish to be named by a given name alone, after it (‘Brianna, 24, who asked that only her first
#: name be used’), with what else may be printed beside it (‘who asked that only his first name and call
#: sign be used’, ‘… first name and rank …’).
RE_WHO_GIVEN_ONLY = LazyPattern(
    r", who (?:asked that (?:only (?:his|her) first name(?: and (?:\p{Ll}+ ){0,2}\p{Ll}+)?|(?:his|her) (?:last |full |sur)name not) be used"
    r"|declined to give (?:his|her) (?:last|full) name|did not give (?:his|her) (?:last|full) name|gave only (?:his|her) first name)")

#: Nouns of one of a group before a given name set off (‘Another parent, Greg,’, ‘His friend Kyle’); the
#: last line: a widow or a widower, kin as a wife or a husband is (‘Mr Dale’s widow, Gwen,’ is Gwen Dale, as
#: ‘Mr Dale’s wife, Gwen,’ is; w112a).
#:
#: >>> "widow" in ONE_OF_GROUP_NOUNS, "widower" in ONE_OF_GROUP_NOUNS
#: (True, True)
ONE_OF_GROUP_NOUNS = ("parent", "friend", "classmate", "teammate", "neighbor", "neighbour", "student", "pupil",
                      "worker", "driver", "rider", "nurse", "teacher", "resident", "member", "employee", "colleague",
                      "co-worker", "coworker", "protester", "picketer", "marcher", "striker", "volunteer", "tenant",
                      "passenger", "customer", "farmer", "migrant", "refugee", "survivor", "villager", "mother",
                      "father", "patient", "caregiver", "partner", "husband", "wife", "brother", "sister", "son",
                      "daughter", "cousin", "boyfriend", "girlfriend", "grandson", "granddaughter",
                      "widow", "widower")
GROUP_LEADS = ("another", "one", "his", "her", "their", "best")


def given_names_alone(text: str) -> Iterator[tuple[int, str]]:
    """Where a parent or a child is named by a given name alone, and the name: opening a sentence
    before "whose", a parent's or a pupil's description or "said" (‘Monique, whose twin sons are in
    second grade,’, ‘Janet, a mother of three’, ‘Stephanie said’), after "said" before such a
    description (‘said Tanya, a parent who …’), before a wish to be named so, or set off after one
    of a group (‘Another parent, Greg,’, ‘His friend Kyle, also 16,’). Substring searches: the
    pattern they replace read every position of the text.

    >>> [n for _, n in given_names_alone("Monique, whose sons are here, said no. Another parent, Greg, agreed.")]
    ['Monique', 'Greg']
    """
    n = len(text)
    for key in (", whose ", " said", " says", ", a ", ", an ", ", who ", ", not her real name", ", not his real name"):
        article = key in (", a ", ", an ")  # (what the key is, decided once per key, not per hit)
        verb = key[1] == "s"  # " said", " says"
        i = text.find(key)
        while i >= 0:
            nxt = i + len(key)
            j = i
            described = False  # (a trade's description, not a parent's: the name must open its sentence)
            if article:
                nxt = _past_nationality(text, nxt)
                word = next((w for w in PARENT_OR_PUPIL if text.startswith(w, nxt)), None)
                ok = word is not None and (nxt + len(word) >= n or not text[nxt + len(word)].isalpha())
                if not ok:  # ‘Tom, a driver with 22 years’ service who …, said’, ‘Jenna, a bartender at …, said’
                    ok = described = RE_TRADE_SET_OFF.match(text, nxt) is not None
            elif verb:
                ok = nxt >= n or not text[nxt].isalpha()
                if ok and text[i - 1:i] == ",":  # an aside before the verb: ‘Abdullah, reached by phone, said’
                    c = text.rfind(", ", max(0, i - 50), i - 1)
                    age = RE_AGE_BEFORE_VERB.search(text, max(0, i - 6), i)
                    ok = c > 0 and (RE_CONTACT_ASIDE.fullmatch(text, c + 2, i - 1) is not None or age is not None)
                    j = age.start() if age is not None else c  # (or an age: ‘Pensioner Alan, 79, said’)
            elif key == ", whose ":  # (kin: ‘Monique, whose twin sons …’; never ‘Charlotte, whose light-rail line’)
                ok = any(w.strip(",").lower() in WHOSE_KIN for w in text[nxt:nxt + 40].split()[:3])
            elif key == ", who ":
                ok = RE_WHO_GIVEN_ONLY.match(text, i) is not None
                age = RE_AGE_BEFORE.search(text, max(0, i - 6), i)
                j = age.start() if age is not None else i
            else:
                ok = True
            if ok:
                w = RE_LAST_CAPWORD.search(text, max(0, j - 30), j)
                if w is not None and "-" not in w.group() and w.group()[1:].islower():
                    before = text[max(0, w.start() - 5):w.start()]
                    lead = RE_LEAD_WORD.search(text, max(0, w.start() - 16), w.start()) \
                        if verb or article else None
                    if lead is not None and (lead.group(1) in SENTENCE_OPENERS
                                             or (verb and lead.group(1).lower() in DESCRIPTOR_TITLES)) \
                            and (lead.start(1) == 0 or text[max(0, lead.start(1) - 5):lead.start(1)].endswith(SENTENCE_STARTS)):
                        before = text[max(0, lead.start(1) - 5):lead.start(1)] if lead.start(1) else "\n"
                        # (an opener or a word that describes before the name: ‘But Joan, 74, said’,
                        # ‘Pensioner Alan, 79, said’; an opener before a description: ‘But Maria, a
                        # Filipina sales executive who …’)
                    if w.start() == 0 or before.endswith(SENTENCE_STARTS) or (described and text[w.start() - 1:w.start()] == " " and _among_was(text, w.start() - 1)) \
                            or (described and text.endswith(FOR_AFTER_STARTS, 0, w.start())) \
                            or (key == ", who " and not text[max(0, w.start() - 9):w.start()].rstrip().lower().endswith(BEFORE_A_PLACE)) \
                            or (before == "said " and key == ", a " and not described) \
                            or (article and not described and before.endswith((" is ", " was "))):
                        # (never ‘a steelworker from Gary, who …’; a parent brought in as what one of a group
                        # is: ‘One of them is Maria, a mother of three’)
                        yield w.start(), w.group()
            i = text.find(key, nxt)
    low = None
    for noun in ONE_OF_GROUP_NOUNS:
        i = text.find(noun)
        while i >= 0:
            e = i + len(noun)
            plural = text.startswith("s", e)
            m = RE_GROUP_NAME.match(text, e + plural)
            if m is not None:
                low = low or text.lower()
                lead = low[max(0, i - 16):i].split()
                if plural:  # one of many: ‘One of the passengers, Mamadou,’
                    if lead[-3:] == ["one", "of", "the"] or lead[-2:] == ["one", "of"]:
                        yield m.start(1), m.group(1)
                elif lead and (lead[-1] in GROUP_LEADS or (
                        lead[-1].endswith(("’s", "'s")) and text[i - 1:i] == " "
                        and text[i - 1 - len(lead[-1]):i - len(lead[-1])].isupper()
                        and (noun in KIN_NOUNS or gender_of(m.group(1)) is not None
                             or gender_of(lead[-1][:-2].capitalize()) is not None))):
                    # (and a named person's kin, or a partner by a given name on either side: ‘Yuleisy's
                    # husband, Jhonny,’, ‘Maria's partner, Jhonny,’; never ‘Apple's partner, Foxconn,’)
                    yield m.start(1), m.group(1)  # (even a place's name: ‘Another parent, Austin,’)
            i = text.find(noun, e)


#: Kin after "whose" that make the name before it a parent's (‘Monique, whose twin sons …’).
WHOSE_KIN = frozenset("""
son sons daughter daughters child children kids kid husband wife mother father brother brothers sister sisters
family parents grandson grandsons granddaughter granddaughters grandchildren baby boy boys girl girls partner
""".split())


#: Words before a place's name: no given name alone comes after them.
BEFORE_A_PLACE = (" from", " in", " of", " at", " near", " to", " outside")

#: A given name right after a noun of a group, set off or before "said".
RE_GROUP_NAME = LazyPattern(r",? (\p{Lu}\p{Ll}+)(?=,| said\b)")

#: An age set off before a comma: ", 24".
RE_AGE_BEFORE = LazyPattern(r", \d{1,3}$")

#: "For" opening a sentence before a name (‘For Nadège, a nursing assistant who …, the uncertainty …’).
FOR_AFTER_STARTS = tuple(start + "For " for start in SENTENCE_STARTS)


#: The capitalised word (or two joined by a hyphen) that ends the text searched: "Marie-Ange".
RE_LAST_CAPWORD = LazyPattern(r"(?<![\p{L}\p{M}’'\-.])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$")


def _couples(text: str) -> Iterator[regex.Match]:
    """The matches of RE_COUPLE, found from each " and " between capitals (a search per " and "
    is many times faster than the pattern over the whole text)."""
    i = text.find(" and ")
    while i >= 0:
        if i > 1 and text[i + 5:i + 6].isupper() and text[i - 1].isalpha():
            w = i - 1
            while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
                w -= 1
            if text[w].isupper():
                m = RE_COUPLE.match(text, w)
                if m is not None:
                    yield m
        i = text.find(" and ", i + 5)

#: Two given names and one surname: "Jean-Luc and Amélie Fournier", "Tom and Jane Hale".
RE_COUPLE = LazyPattern(r"\b(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) and (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) "
                        r"(\p{Lu}[\p{L}\p{M}’'\-]+)\b")

#: How many of a person's full mentions are read for a kin word or an age.
KIN_SPOTS = 3


def _speaking_manner_at(text: str, at: int) -> bool:
    """Past one space at ``at``, "was" or "is" and a word of how someone speaks
    (:data:`SPEAKING_MANNER_WORDS`): the name before is the subject who spoke.

    >>> _speaking_manner_at("Ms Okafor was blunt about it", 9), _speaking_manner_at("Smith was arrested", 5)
    (True, False)
    """
    m = RE_WORD_AFTER.match(text, text.find(" ", at + 1))
    return m is not None and m.group(1) in SPEAKING_MANNER_WORDS


def _kin_who_kept_the_papers(text: str, pos: int, pronoun: Mention) -> bool:
    """The name at ``pos`` is set off after a kin noun inside a relative clause of a sentence whose
    subject is letters or a diary (‘The prison letters, which her grandniece, Una Roe, found …’), and
    the pronoun's verb is "wrote": the one who kept or found the papers, never their writer. Guards:
    the papers open their sentence, the kin noun is a kin word (a "grand" or "great-" before it
    aside) owned by a possessive, the kin did not write or send them (‘which her son, X, wrote from
    the front’), and the pronoun writes."""
    if RE_PRONOUN_WROTE.match(text, pronoun.end) is None:
        return False
    start = _name_start(text, pos)
    kept = RE_PAPERS_KEPT_BY_KIN.search(text, max(0, start - 160), start)
    if kept is None or kept.group(1) not in KEPT_WRITINGS:
        return False
    kin = kept.group(2).removeprefix("great-")
    if not (kin in KIN_NOUNS or kin.removeprefix("grand") in KIN_NOUNS):
        return False
    comma = text.find(", ", pos, pos + 60)  # (the kin who wrote them is their writer: ‘The letters, which
    if comma >= 0 and kept.group(1) in KEPT_DIARIES and RE_DIARY_KEPT_BY.match(text, comma + 2):
        return False  # (a diary the kin kept or filled through a time is the kin's own: ‘The diary, which her
        # daughter, Ann Lee, kept throughout the siege’, ‘The notebooks, which his brother, X, filled in jail’)
    return comma < 0 or not text.startswith(PAPERS_WRITTEN_VERBS, comma + 2)  # her son, David Roe, wrote …’)

#: Kin and companions before a given name set off (‘His wife, Eirlys,’, ‘Her grandson, Yamen,’).
KIN_WORDS = KIN_NOUNS | frozenset("friend partner neighbour neighbor colleague girlfriend boyfriend".split())


#: A word set off by a comma (its group 1) and at most three lower-case words after it, ending the text
#: (‘His brother, businessman ’), for :func:`_kin_word_set_off_before`.
#:
#: >>> RE_WORD_SET_OFF_END.search("His brother, businessman ").group(1)
#: 'brother'
RE_WORD_SET_OFF_END = re.compile(r"\b(\w+), (?:[a-z][\w-]* ){0,3}$")


def _kin_word_set_off_before(text: str, at: int) -> bool:
    """A kin noun set off by a comma in the 40 characters before ``at``, a description between at most
    (‘His brother, businessman Mr Wafula,’; review rv32); unlike :meth:`Cast._kin_set_off_before`, any kin
    noun, before any spot.

    >>> t = "His brother, businessman Mr Wafula, said"
    >>> _kin_word_set_off_before(t, t.index("Mr")), _kin_word_set_off_before("Yesterday, Mr Wafula", 11)
    (True, False)
    """
    m = RE_WORD_SET_OFF_END.search(text[max(0, at - 40):at])
    return m is not None and m.group(1).lower() in KIN_NOUNS


#: Nouns that tell a sex said of a named person: never an office's "-man" nor "actor", which women hold
#: too (‘Baroness Okonedo-Frye, a former party chairman’).
SEX_NOUNS = {w: sex for w, sex in GENDERED_NOUNS.items()
             if w != "actor" and not (sex == "m" and w.endswith("man") and w not in ("man", "gentleman"))}

#: The nouns of one sex, for :func:`_sex_noun_named` (``str.endswith`` takes them all at once).
SEX_NOUN_ENDINGS = tuple(SEX_NOUNS)


def _sex_noun_named(text: str) -> bool:
    """A noun of one sex stands right before " named " or " called " somewhere in the text, as in
    every match of :data:`RE_SEX_NAMED`: a few substring searches spare that pattern's pass over
    the whole text, which nearly every article with a "named" or a "called" would otherwise pay.

    >>> _sex_noun_named("a young man named Pom Saetang"), _sex_noun_named("a bill named after her")
    (True, False)
    """
    for key in (" named ", " called "):
        i = text.find(key)
        while i >= 0:
            if text.endswith(SEX_NOUN_ENDINGS, 0, i):
                return True
            i = text.find(key, i + 1)
    return False
PRONOUN_SEX = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _sole_sex(words: Sequence[str]) -> str | None:
    """The one sex the pronouns among ``words`` tell (:data:`PRONOUN_SEX`, any case); None when they tell none, or both.

    >>> _sole_sex(["His", "him"]), _sole_sex(["he", "her"]), _sole_sex(["Today"])
    ('m', None, None)
    """
    sexes = {PRONOUN_SEX[w.lower()] for w in words if w.lower() in PRONOUN_SEX}
    return next(iter(sexes)) if len(sexes) == 1 else None


#: Words that may open a sentence before its subject ("But Trump said").
SENTENCE_OPENERS = frozenset("But And Then So Yet Still Now Also Instead Meanwhile However Later Next Finally Nearby Elsewhere "
                              "Outside Inside Downstairs Upstairs Overnight Separately Locally Afterwards Afterward".split())


def _other_sex_object(text: str, start: int, end: int) -> bool:
    """The clause between ``start`` and ``end`` tells the sex of the one it brings in, and the object
    pronoun right after ``end`` is of the other sex: the one brought in is no "him" (‘A caseworker
    who asked not to be named because she was not authorised to speak, described him as quiet’).

    >>> t = "A caseworker, who asked not to be named because she was not allowed, described him as quiet"
    >>> _other_sex_object(t, 12, 78), _other_sex_object(t.replace(" him ", " her "), 12, 78)
    (True, False)
    """
    clause = f" {text[start:end]} "
    obj = text[end + 1:end + 5].rstrip()
    return (obj == "him" and " she " in clause and " he " not in clause) \
        or (obj == "her" and " he " in clause and " she " not in clause)


def _plain_kind(role: str) -> bool:
    """A role before a name that is a noun alone (‘The contractor, Edgar Lim, president of …’),
    which a later "the contractor said" calls them by.

    >>> _plain_kind("contractor"), _plain_kind("the union's lawyer")
    (True, False)
    """
    return role.isalpha() and role.islower()


def _other_age(words: list[str], described: list[str]) -> bool:
    """A description that picks one of two by age is never the other (‘the older man’ after ‘the
    younger man said’).

    >>> _other_age(["older"], "the younger man".split()), _other_age(["older"], "an older man".split())
    (True, False)
    """
    mine = {AGE_COMPARATIVES[w] for w in words if w in AGE_COMPARATIVES}
    theirs = {AGE_COMPARATIVES[w] for w in described if w in AGE_COMPARATIVES}
    return bool(mine) and bool(theirs) and mine != theirs


def _kin_of(role: str, head: str) -> bool:
    """A role that names someone's kin as "her daughter" does ("her daughter, Lily Roe", "Mary
    Roe’s husband"): the noun itself, owned, with nothing after it; never "a father of three",
    "the mother of a victim" or "son of a coal miner", who are no one's here.

    >>> _kin_of("daughter", "daughter"), _kin_of("Mary Roe’s husband", "husband"), _kin_of("a father of three", "father")
    (True, True, False)
    """
    words = role.lower().split()
    return words[-1] == head and words[0] not in ("a", "an", "the", "one")

#: Heads of an unnamed holder's description that stand for each other, as business reports vary the
#: word for one they keep anonymous (‘A top shareholder, who asked not to be named, said …. “…,” the
#: investor said’).
HOLDER_NOUNS = frozenset("investor shareholder stockholder".split())

#: Heads of an unnamed friend's description that stand for each other, as showbiz reports vary the word
#: for the one they keep anonymous (‘…, according to a pal. “…,” the friend told us’), w81a.
#:
#: >>> sorted(FRIEND_NOUNS)
#: ['chum', 'friend', 'pal']
FRIEND_NOUNS = frozenset("friend pal chum".split())


def same_source_kind(head: str | None, other: str | None) -> bool:
    """Two heads of descriptions that may name the one unnamed source: the same noun, a source
    and an insider (‘A source close to the pair told PEOPLE …. “…,” the insider said’), or a
    shareholder and an investor (:data:`HOLDER_NOUNS`).

    >>> same_source_kind("insider", "source"), same_source_kind("source", "source"), same_source_kind("person", "source")
    (True, True, False)
    >>> same_source_kind("investor", "shareholder"), same_source_kind("friend", "pal")
    (True, True)
    """
    return head == other or (head in SOURCE_KIN and other in SOURCE_KIN and SOURCE_KIN[head] == SOURCE_KIN[other] == "source") \
        or (head in HOLDER_NOUNS and other in HOLDER_NOUNS) or (head in FRIEND_NOUNS and other in FRIEND_NOUNS)


#: One of a kind brought in anew at the head of a sentence, who speaks there (‘A senior state health
#: official, who spoke on condition of anonymity, said …’): ``{head}`` is the noun, group 1 the words.
RE_NEW_ONE_OF_KIND = r"(?:(?<=^)|(?<=\n)|(?<=[.!?][”\"’']? ))((?:An?|One|Another)(?: [\p{{Ll}}\-’']+){{0,3}}? {head})(?=,| who\b| said\b| says\b| told\b)"


def _new_one_of_kind(text: str, lo: int, at: int, head: str, quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The last one of kind ``head`` brought in anew between ``lo`` and ``at`` at the head of a
    sentence where they speak, outside the ``quoted`` spans, as written (a later ‘the official said’
    is that one, never the official described before them); None when there is none.

    >>> t = "The county's top official warned. A senior state health official, who asked not to be named, said so."
    >>> _new_one_of_kind(t, 0, len(t), "official")
    'A senior state health official'
    >>> _new_one_of_kind("She met a senior official. It was late.", 0, 40, "official") is None
    True
    """
    if head not in text[lo:at].lower():
        return None
    last = None
    for m in regex.finditer(RE_NEW_ONE_OF_KIND.format(head=regex.escape(head)), text, pos=lo, endpos=at):
        if not any(s <= m.start() < e for s, e in quoted):
            last = m.group(1)
    return last


#: Kin set off right after a name, an age between at most: ‘Mr. Jang, her father,’ (no one named before).
RE_KIN_SET_OFF_AFTER = LazyPattern(r",(?: \d{1,3},)? (?:his|her|their) ")


#: Kinds named by a letter (‘Class B’, ‘Plan B’, ‘Group C’): the letter's full stop ends a sentence,
#: never an initial inside a name.
LETTERED_KINDS = frozenset("""class group pool division grade category section type plan vitamin level tier zone
phase stage exhibit appendix block ward gate terminal platform unit row lot sector""".split())


def _past_lettered_kind(run: str, rs: int, words: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The words of a name run past a lettered kind whose letter's full stop ends a sentence, with
    where they start: "Class B. Grace" is Grace (who "was timed …"), never a name of three words."""
    if len(words) < 3:
        return rs, words  # (a kind, its letter and a name: three words at least; most runs have two)
    cut = next((i + 2 for i in range(len(words) - 2) if words[i].lower() in LETTERED_KINDS
                and len(words[i + 1]) == 2 and words[i + 1][0].isupper() and words[i + 1][1] == "."), 0)
    if not cut:
        return rs, words
    return run.index(words[cut], rs + len(" ".join(words[:cut]))), words[cut:]

#: Kin set off inside a relative clause of a sentence whose subject is papers someone left (‘The
#: prison letters, which her grandniece, Una Roe, found in a trunk’): group 1 the papers' noun,
#: group 2 the kin noun, the name set off right after the match; a short phrase may follow the papers
#: (‘Her letters from Holloway, which …’).
#: >>> RE_PAPERS_KEPT_BY_KIN.search("The diary, which his son, ").group(1, 2)
#: ('diary', 'son')
RE_PAPERS_KEPT_BY_KIN = LazyPattern(r"(?:^|[.!?]\s+|\n)(?:The|Her|His|Their)(?: [\p{L}\d-]+){0,2}? (\p{Ll}+)(?: (?:from|of|to|in) [\p{L}\d’' -]{1,40}?)?,? "
                                    r"(?:which|that) (?:her|his|their) ((?:great-)?\p{Ll}+), $")
#: What the kin set off may have done with the papers that makes them the writer after all.
PAPERS_WRITTEN_VERBS = ("wrote ", "sent ", "penned ", "typed ", "posted ", "had written ", "had sent ", "later wrote ",
                        "dictated ", "scribbled ", "composed ")
#: Diaries and notebooks, which one "keeps" or "fills" by writing them.
KEPT_DIARIES = frozenset("diary diaries journal journals notebook notebooks".split())
#: Kept or filled through a time or place: written, never merely held (‘kept throughout the siege’,
#: ‘filled during three years in jail’; never ‘kept in a drawer for decades’).
RE_DIARY_KEPT_BY = LazyPattern(r"(?:had )?(?:kept|filled|began|started)\b"
                               r"(?! (?:in (?:a|an|the|her|his|their) \p{Ll}+ )?for (?:decades|years))"
                               r"(?= (?:throughout|during|through|while|as|when|in hiding|in (?:prison|jail|the camp|exile)"
                               r"|on|at|from))")
#: The pronoun's verb is one of writing (‘she wrote in January 1923’, ‘he writes’).
RE_PRONOUN_WROTE = LazyPattern(r" (?:(?:later|then|also|once) )?(?:wrote|writes)\b")
