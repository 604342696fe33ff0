"""Unnamed sources and groups: ‘one of the sources’, ‘another official’, a new one of a kind, a
group described in the plural, and the members of a group a description stands for.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Sequence

import regex

from quotesearch.lexicon import WITH_KNOWLEDGE, LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS
from quotesearch.document_words import CALLER_NOUNS, PROGRAMME_NOUNS
from quotesearch.role_words import (
    DESCRIBED_MEMBER_NOUNS, DESCRIPTION_NOUNS, MEMBER_ANAPHOR_NOUNS, NAME_LEADING_KIN, ROLE_NOUNS,
)


#: A name one goes by: a handle (‘fenwick.eth’, ‘Kiwi_Nomad’) or words in capitals (never "U.S.").
_ALIAS_NAME = (r"\p{L}[\p{L}\p{N}]+(?:[_.][\p{L}\p{N}]+)+|(?!\p{Lu}\.\p{Lu})\p{Lu}[\p{L}\p{M}’'\-]*"
               r"(?: (?:(?:al|el|bin|ibn|abu|de|la|van|von)[ \-])?\p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: The only name an unnamed person is given, after the description, with the pronoun that tells the
#: sex when there is one (an adverb may come first: ‘who simply gave his name as Idris’, ‘who simply
#: identified himself as Emeka’); a participle's clause too, a handle's (‘The reviewer, posting under the
#: name “SunnyDays82”,’) or a name the writer was asked to keep to (‘, asking that only her surname, Zhou,
#: be used’), w69a.
#:
#: >>> RE_ALIAS.match(", posting under the name “SunnyDays82”, wrote").group(2)
#: 'SunnyDays82'
#: >>> m = RE_ALIAS.match(", asking that only her surname, Zhou, be used"); m.group(2), alias_gender(m)
#: ('Zhou', 'f')
#: >>> RE_ALIAS.match(" and was referred to in court as Soldier K, said").group(2)
#: 'Soldier K'
#: >>> RE_ALIAS.match(", writing in the Guardian, said") is None
#: True
#:
#: A one-word name the article is told to keep to, set off or in a "who" clause (‘One of the
#: film's subjects, who is identified only as Adam,’, ‘A nurse, known only as Mira,’, w87a):
#:
#: >>> RE_ALIAS.match(", who is identified only as Adam, now").group(2), RE_ALIAS.match(", known only as Mira, said").group(2)
#: ('Adam', 'Mira')
RE_ALIAS = LazyPattern(
    r",? (?:(?:who|and) (?:uses the (?:nom de guerre|name|pseudonym|alias|call ?sign)|asked to be (?:identified|named|called) only (?:as|by (?:his|her|their) (?:first |given |last |family )?name,?)"
    r"|(?:would )?(?:gave|give|gives) only (his|her|their) (?:(?:first |given |last |family )?name|surname|call ?sign|nom de guerre),?"
    r"|(?:is |was )?identified only by (?:his|her|their) (?:first name|given name|call ?sign|nom de guerre),?"
    r"|(?:is |was |has been )?identified only as"
    r"|(?:simply |only |just )?identified (?:himself|herself|themselves) (?:only )?as"
    r"|(?:would |only |simply |just )?(?:gave|give|gives) (?:his|her|their) (?:(?:first |given |last |family )?name|surname) (?:only )?as"
    r"|asked that only (?:his|her|their) (?:(?:first |given |last |family )?name|surname),?"
    r"|asked that (?:we|I|reporters|the paper) (?:use|print|publish) only (?:his|her|their) (?:(?:first |given |last |family )?name|surname),?"
    r"|goes by|went by|(?:is|was) known only as|(?:posts|posted|writes|wrote|tweets|tweeted) (?:as|under)"
    r"|(?:is |was |has been |had been )?referred to (?:in (?:court|evidence|the (?:trial|hearing|inquiry|inquest|proceedings)) )?(?:only )?as)"
    r"|(?:posting|tweeting|writing) under|(?:posting|tweeting) as"
    r"|asking that only (?:his|her|their) (?:(?:first |given |last |family )?name|surname),?"
    r"|with the (?:call ?sign|nom de guerre|code ?name|pseudonym)|known (?:only )?as|identified (?:in court (?:documents |papers |records )?|publicly |in (?:the|a) (?:report|study|survey|complaint|lawsuit|filing) )?only as"
    r"|identified (?:in (?:the|a) (?:report|study|survey|complaint|lawsuit|filing) )?(?:only )?by (?:the|his|her|their) initials"
    r"|(?:who|whom) (?:I|we) (?:will |shall |are |am |have )?call(?:ing|ed)?) "
    r"(?:the (?:call ?sign|nom de guerre|code ?name|name|nickname|alias|pseudonym|handle|username) )?"
    # (a soldier's call sign as a given name: ‘who gave only his call sign, Skif,’, ‘who was identified
    # only by her call sign, Lastivka,’; a handle too, in marks or not: ‘known as fenwick.eth’, ‘who goes by Kiwi_Nomad on X’, ‘who posts
    # under the name “Tenbyte”’); as the writer was asked to give it: ‘Their mother, who asked that we use only her
    # first name, Denise,’; initials in marks, as a publication ban leaves a party: ‘identified in court
    # documents only as “J.R.,”’ (never initials bare: "U.S." is no one's); a handle with digits in marks only:
    # ‘posting under the name “SunnyDays82”’ (w69a)
    # (and, as a report names those it protects, ‘a mother identified in the report by the initials R.K.,’
    # or ‘a girl identified in the report only as Sara’, w66g: bare initials only after "initials")
    r"(?|[\"“](" + _ALIAS_NAME + r")[\"”]|[\"“](\p{L}[\p{L}\p{N}_.]*\p{N}[\p{L}\p{N}_.]*),?[\"”]|[\"“](\p{Lu}\.(?:\p{Lu}\.)+),?[\"”]|(?<=initials )(\p{Lu}\.(?:\p{Lu}\.)+)(?=[,;:]| said| told)"
    r"|(" + _ALIAS_NAME + r")"
    r"(?=[,.;:]| (?:for|because|out of|to protect|and|said|says|told|online)\b| on \p{Lu}"
    r"| (?:from|in) (?:the )?\p{Lu}\p{Ll}))")  # (with where they are from: ‘who gave his name as Steve from Leith’)
GENDERS_OF = {"his": "m", "her": "f"}
RE_POSSESSIVE_PRONOUN = re.compile(r"\b(his|her)\b")


def alias_gender(alias: re.Match) -> str | None:
    """The sex an alias clause of :data:`RE_ALIAS` tells by its pronoun ("who gave his name only as")."""
    return GENDERS_OF.get(alias.group(1) or "") or next(
        (GENDERS_OF[w] for w in RE_POSSESSIVE_PRONOUN.findall(alias.group())), None)


def _alias_one_name(name: str) -> bool:
    """The name an alias clause gives is one name, as a given name alone is: one word, or an
    Arabic kunya of two (‘who gave his name only as Abu Elie’, ‘identified only as Umm Ali’),
    which stands for its bearer as "Jo" does; never a full name of two words ("Jo Smith").

    >>> _alias_one_name("Jo"), _alias_one_name("Abu Elie"), _alias_one_name("Jo Smith")
    (True, True, False)
    """
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in NAME_LEADING_KIN)


def alias_after_clause(text: str, at: int) -> re.Match | None:
    """The alias clause (:data:`RE_ALIAS`) after a first "who" clause of the same person at ``at``
    (‘said a farmer who lives near the pipeline and who gave his name only as Don Refugio’, ‘a
    student who fled to the border, and who asked to be identified only as Aung,’, ‘a fan who came from
    Cork and gave her name only as Aoife’); none past a
    sentence's end, a quotation or another clause set off before it.

    >>> t = "a student who fled to the border, and who asked to be identified only as Aung, said"
    >>> alias_after_clause(t, t.index(" who ")).group(2)
    'Aung'
    >>> t = "a student who fled to Thailand and Laos, and who asked to be identified only as Aung, said"
    >>> alias_after_clause(t, t.index(" who ")).group(2)
    'Aung'
    >>> t = "a driver who worked in Kandahar between 2009 and 2012 and asked to be identified only as Farid, said"
    >>> alias_after_clause(t, t.index(" who ")).group(2)
    'Farid'
    """
    k = text.find(" and who ", at, at + 80)
    if k >= 0:  # (an "and who" anywhere comes first, past an "and" of the clause's own: ‘who fled to
        # Thailand and Laos, and who asked …’)
        if any(c in text[at:k].removesuffix(",") for c in ".,;“”\""):
            return None
        return RE_ALIAS.match(text, k + 4)
    k = text.find(" and ", at, at + 80)  # (or a second verb of the same clause, with no "who": ‘One, who
    # had come from Cork and gave her name only as Aoife, said’; past an "and" between two years or
    # places of the clause's own: ‘who served in Helmand between 2009 and 2012 and asked to be
    # identified only as Ahmad,’)
    while k >= 0 and not any(c in text[at:k].removesuffix(",") for c in ".,;“”\""):
        if (alias := RE_ALIAS.match(text, k)) is not None:
            return alias
        k = text.find(" and ", k + 5, at + 120)
    return None


#: A description of one's own set off after an unnamed one, up to its "who" (‘One protester, a 24-year-old
#: student who gave her name only as Katya,’): the alias clause after it is the subject's (w108c).
#:
#: >>> RE_SET_OFF_BEFORE_WHO.match(", a 24-year-old student who gave her name only as Katya,").end()
#: 23
#: >>> RE_SET_OFF_BEFORE_WHO.match(", a nurse, who") is None, RE_SET_OFF_BEFORE_WHO.match(", said a man who") is None
#: (True, True)
RE_SET_OFF_BEFORE_WHO = LazyPattern(r", (?:a|an) (?:[\w’'\-]+ ){0,4}?[\w’'\-]+(?= who )")


def alias_past_set_off(text: str, at: int) -> re.Match | None:
    """The alias clause (:data:`RE_ALIAS`) in a "who" clause of a description set off after an unnamed
    one at ``at`` (:data:`RE_SET_OFF_BEFORE_WHO`), or right after that clause's first verb (w108c).

    >>> t = "One protester, a 24-year-old student who gave her name only as Katya, told the BBC"
    >>> alias_past_set_off(t, t.index(",")).group(2)
    'Katya'
    >>> t = "One protester, a nurse who works with Dana Petrova, told the BBC"
    >>> alias_past_set_off(t, t.index(",")) is None
    True
    """
    m = RE_SET_OFF_BEFORE_WHO.match(text, at) if text.startswith((", a ", ", an "), at) else None
    if m is None:
        return None
    return RE_ALIAS.match(text, m.end()) or alias_after_clause(text, m.end())


#: The words before "of" that keep a description its own head (‘One of the applicants, identified only as
#: “J.T.,”’ names the one, never the applicants, w108c).
ONE_OF_HEADS = frozenset(("one", "another"))

#: Groups whose spokesman a "who uses the nom de guerre …" after "a spokesman for the group" names.
ALIAS_GROUPS = frozenset("group groups militia movement organisation organization party network brigade brigades faction army front".split())


def alias_is_theirs(description: str) -> bool:
    """A "who …" clause after a description names its head, unless the description ends on
    another person ("A neighbour of the dealer, who was known only as Tiny," names the dealer; "A
    spokesman for the group, who uses the nom de guerre …" names the spokesman)."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "to", "with")), None)
    return cut is None or (cut == 1 and words[0] in ONE_OF_HEADS and words[1] == "of") or words[-1] in ALIAS_GROUPS or words[-1] in PROGRAMME_NOUNS \
        or (words[cut] == "to" and words[cut - 1] in CALLER_NOUNS)  # (a caller to an outlet: ‘One caller to

#: A person's age or nationality (or both) before the noun of a description set off after a given
#: name alone (‘Fatima, a Pakistani mother of three’, ‘Mark, a Filipino nurse who’, ‘Ravi, a
#: 34-year-old Indian engineer who’): the description is read from the noun on. The nationality
#: must be one of NATIONALITY_WORDS (never ‘Tom, a Labour councillor who’).
RE_NATIONALITY_BEFORE_NOUN = LazyPattern(r"(?:\d{1,3}-year-old )?(\p{Lu}\p{Ll}+) (?=\p{Ll})")


def _past_nationality(text: str, at: int) -> int:
    """Where a description set off after a given name goes on past the person's nationality (and
    age) before its noun, or ``at`` itself when there is none: 'mother of three' in ‘a Pakistani
    mother of three’, 'nurse who …' in ‘a Filipino nurse who …’.

    >>> t = "Fatima, a Pakistani mother of three"
    >>> t[_past_nationality(t, 10):]
    'mother of three'
    >>> t = "Tom, a Labour councillor who"
    >>> t[_past_nationality(t, 7):]
    'Labour councillor who'
    """
    m = RE_NATIONALITY_BEFORE_NOUN.match(text, at)
    return m.end() if m is not None and m.group(1).lower() in NATIONALITY_WORDS else at


def _among_was(text: str, k: int) -> bool:
    """The words ending at ``k`` are a verb of being in a sentence opened by "Among", so that the
    name after them is its subject: ‘Among the marchers was Priya, …’, ‘Among those living in the
    dunes is Dawit, …’; or by a short participle's phrase, the sentence inverted (‘Also walking was
    Brother Thomas Keefe, …’, ‘Joining them was …’)."""
    if not text.endswith((" was", " were", " is", " are"), 0, k):
        return False
    s0 = max(text.rfind(". ", max(0, k - 100), k) + 2, text.rfind("\n", max(0, k - 100), k) + 1, 0)
    if text.startswith("Among ", s0):
        return True
    words = text[s0:k].split()[:-1]
    if words[:1] == ["Also"]:
        words = words[1:]
    return 0 < len(words) <= 5 and words[0].lower().endswith("ing") and len(words[0]) > 4 \
        and not words[0].lower().endswith("thing") and words[0].lower() != "during" \
        and all(w.isalpha() for w in words)  # (never ‘Nothing was …’, nor a clause between commas)


#: Plurals of people without an "s" (and any noun ending in "men": "the two men", "firemen");
#: "people", "police" and "staff" are collective nouns, read apart.
IRREGULAR_PLURALS = frozenset({"children", "folk"})

#: Unnamed sources whose sex the article keeps back, by the end of their description's head.
GENDERLESS_SOURCES = frozenset({"person"})


@functools.lru_cache(maxsize=512)
def _another_pattern(head: str) -> re.Pattern:
    return re.compile(r"\b(?:another|a second|a third|a fellow|one other|other)\s+(?:[a-z\-]+\s+)?" + re.escape(head) + r"\b",
                      re.IGNORECASE)


#: Heads of an unnamed source's description (‘a source close to …’, ‘an insider’), and which may stand
#: for which ("the second source" of ‘Another insider’).
SOURCE_KIN = {"source": "source", "insider": "source", "person": "person", "official": "official"}
SOURCE_NOUNS = frozenset(SOURCE_KIN)


#: One of a group of unnamed sources, "people" and what describes them after it (‘one of the people familiar
#: with the talks’, ‘One of two people briefed on the plan’): the one a later "the person" stands for (w71d).
#:
#: >>> bool(RE_ONE_OF_PEOPLE_SOURCE.search("But one of the people familiar with the situation said"))
#: True
#: >>> bool(RE_ONE_OF_PEOPLE_SOURCE.search("one of the people with direct knowledge of the plan said"))
#: True
#: >>> bool(RE_ONE_OF_PEOPLE_SOURCE.search("one of the people who came")), bool(RE_ONE_OF_PEOPLE_SOURCE.search("people familiar with it"))
#: (False, False)
RE_ONE_OF_PEOPLE_SOURCE = LazyPattern(r"(?<![\p{L}\-])[Oo]ne of (?:the |those |these )?(?:two |three |four |several |\d+ )?people"
                                      r"(?= familiar with| close to| " + WITH_KNOWLEDGE + r"| briefed on| involved in| who spoke"
                                      r"| who asked| who requested| who declined| who was not authori| who were not authori)")


#: One of a group, described (‘one of two senior officials’, ‘one of the aides’, ‘one of the surgeons
#: involved’): the group's plural head.
#:
#: >>> RE_ONE_OF_GROUP.fullmatch("One of the surgeons involved").group(1), RE_ONE_OF_GROUP.fullmatch("one of the surgeons at Leeds")
#: ('surgeons', None)
#: >>> RE_ONE_OF_GROUP.fullmatch("one of the study's lead authors").group(1)
#: 'authors'
RE_ONE_OF_GROUP = LazyPattern(r"(?i:one) of (?:the )?(?:[\w\-]+(?:['’]s)? ){0,3}?(\p{Ll}+s)(?: involved| concerned)?")


def _one_of_group_head(name: str) -> str | None:
    """The plural head of a description of one of a group, which a later "the" and its singular
    names (‘one of two senior officials’ … ‘the official added’); None for any other description.

    >>> _one_of_group_head("one of two senior officials"), _one_of_group_head("a senior official")
    ('officials', None)
    """
    m = RE_ONE_OF_GROUP.fullmatch(name)
    return m.group(1) if m is not None else None


def member_described(described: str | None, head: str | None, words: Sequence[str], description: str) -> bool:
    """A loose word for a member of a parliament (``head``: ‘the MP’) that may stand for one described
    before without a name (``described``, the head of ``description``: ‘One backbencher’), when any
    other word it has is the description's too (‘the Labor MP’ is no ‘Liberal backbencher’).

    >>> member_described("backbencher", "mp", [], "One backbencher")
    True
    >>> member_described("backbencher", "mp", ["labor"], "a Liberal backbencher"), member_described("mp", "backbencher", [], "a Labor MP")
    (False, False)
    """
    return described in DESCRIBED_MEMBER_NOUNS and head in MEMBER_ANAPHOR_NOUNS \
        and all(w in description.lower().split() for w in words)


def _another_before(text: str, at: int, head: str, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """A second one of that kind is described just before ``at`` ("another soldier", "a second
    chef"), outside the ``quoted`` spans: a later "the soldier" is that one, not one named earlier
    (but ‘“I saw the announcement with another actor's face,” Rohan said. … the actor said’ is
    Rohan: one a speaker mentions is brought into no one's story)."""
    lo = max(0, at - 600)
    window = text[lo:at].lower()  # (a plain search first: the pattern is read only where it may match)
    if head not in window or not any(w in window for w in ("other", "second", "third", "fellow")):
        return False
    return any(not any(s <= m.start() < e for s, e in quoted) for m in _another_pattern(head).finditer(text, lo, at))

#: Anonymous sources described by what they know (‘people familiar with the matter’, ‘Two people
#: familiar with the company's plans’, ‘sources close to the board’), up to their verb or a stop: the
#: group "one of them" speaks for, as written (the wire convention).
#:
#: >>> RE_SOURCE_GROUP.search("according to people familiar with the matter, in a deal").group(1)
#: 'people familiar with the matter'
#: >>> RE_SOURCE_GROUP.match("Two people with knowledge of the talks said").group(1)
#: 'Two people with knowledge of the talks'
#: >>> RE_SOURCE_GROUP.match("Two people with direct knowledge of the talks said").group(1)
#: 'Two people with direct knowledge of the talks'
#: >>> RE_SOURCE_GROUP.match("Sources close to the ministry said").group(1)
#: 'Sources close to the ministry'
#:
#: The heads of anonymous sources (‘people familiar with …’), which "one of the …" takes from a group of
#: them (‘one of the people’).
SOURCE_GROUP_HEADS = frozenset("people sources persons insiders officials".split())
_SOURCE_HEADS = "|".join(sorted(SOURCE_GROUP_HEADS))

RE_SOURCE_GROUP = LazyPattern(r"(?<![\p{L}\-])((?:(?i:two|three|four|five|six|several)\s)?"
                              r"(?:(?!(?:according|to|by|of|the|a|an|and|or|with|from|in|on|at|said|told|that)\s)[\p{Ll}\-]+\s){0,2}?"
                              r"(?i:" + _SOURCE_HEADS + r")\s(?:familiar with|close to|" + WITH_KNOWLEDGE + r" of|"
                              r"briefed on|knowledgeable about|involved in)\s[^,.;:“”\"()]{1,60}?)"
                              r"(?=[,.;]|\s(?:said|say|says|told|who|according)\b)")

#: How far back the anonymous sources may have been first described.
SOURCES_FIRST_REACH = 4000


def _sources_first_written(text: str, at: int) -> regex.Match | None:
    """The anonymous sources first described before ``at`` (RE_SOURCE_GROUP), when every such
    description before holds the same words (‘people familiar with the matter’ in the lede and again);
    two groups told of (‘people close to the board’ and ‘officials familiar with the talks’) leave
    "one of them" to no one."""
    found = list(RE_SOURCE_GROUP.finditer(text, max(0, at - SOURCES_FIRST_REACH), at))
    if not found or len({m.group(1).lower() for m in found}) > 1:
        return None
    return found[0]


def _past_who_clause(text: str, end: int) -> int:
    """Where a "who" clause set off right after ``end`` closes, past its comma (‘One, who had come from
    Cork, said’: the verb follows), else ``end``; none past a sentence's end or a quotation.

    >>> t = "One, who had come from Cork, said"
    >>> t[_past_who_clause(t, 3):]
    ' said'
    """
    if not text.startswith(", who ", end):
        return end
    c = text.find(",", end + 6, end + 160)
    return c + 1 if c > 0 and not any(x in text[end:c] for x in ".;:“”\"") else end

#: Words after a description's head noun (‘One crofter on Lewis’: the head is "crofter", one man).
HEAD_ENDS = frozenset("of on in at from for with to near by who which that".split())


def described_plural(text: str, head: str | None) -> bool:
    """Whether a description with head noun ``head`` is of more than one, by the head as written.

    >>> described_plural("Inspectors from the council", "inspector"), described_plural("One crofter on Lewis", "crofter")
    (True, False)
    >>> described_plural("the two men", "men"), described_plural("A federal judge on Monday", "judge")
    (True, False)
    """
    if not head:
        return False
    text = text.split(",", 1)[0]  # (the people before their names set off: ‘his parents, Mark and Lisa Denning’)
    last = (list(itertools.takewhile(lambda w: w.lower() not in HEAD_ENDS, text.split())) or text.split())[-1].lower()
    return (last.endswith("s") and not last.endswith("ss")) or head.endswith("men") or head in IRREGULAR_PLURALS


#: Words that end a group's noun phrase: prepositions, conjunctions and relatives (‘the crowd of
#: fans’, ‘the families who …’).
GROUP_BREAKS = frozenset("with of for in at from to on by and or who that".split())


def _joins_modifiers(words: list[str], j: int) -> bool:
    """Whether the "and" or "or" at words[j] joins two lower-case words before one head, neither of
    them a noun of people (‘Three current and former employees’ are employees; ‘Both the mayor and
    other officials’ are no one group)."""
    return words[j] in ("and", "or") and j + 1 < len(words) and all(
        w.islower() and w not in DESCRIPTION_NOUNS and w not in GROUP_BREAKS and w not in ("the", "a", "an", "his", "her", "their")
        for w in (words[j - 1], words[j + 1]))


def _plural_people_noun(word: str) -> bool:
    """A sentence's opening plural noun of people (‘Police’, ‘Fans’, ‘Officers’), never a trade or an office
    held by one (‘seamer’, ‘MP’)."""
    w = word.lower()
    return w in DESCRIPTION_NOUNS and w not in ROLE_NOUNS and (w == "police" or (w.endswith("s") and not w.endswith("ss")))
