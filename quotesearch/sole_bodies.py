"""Which body "the <noun>" or a bare "a spokesperson" at a cue stands for: the one body of its
kind the article or its lede names, the body the sentence before names as acting, a body called
by the name it goes by, and the bodies ruled out (another town's, a fixture's other side, two
bodies of the kind).
"""

from __future__ import annotations

import functools
import re

import regex

from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.kind_restated import _restated_by_name
from quotesearch.time_words import CALENDAR_NAMES
from quotesearch.body_words import BUSINESS_WORDS, FAITH_BODY_NAME_WORDS, LOCAL_SCOPE_WORDS, NATIONAL_SCOPE_WORDS, ORG_WORDS, SCOPE_NAME_WORDS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import _unlisted_given, is_byline
from quotesearch.name_words import HONORIFICS
from quotesearch.body_appositives import RE_CAPITAL_WORD
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.role_words import GENDERED_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_names import RE_DATELINE, _body_of_kind, _quoted_at, _fuller_body_name, _other_central_bank_before
from quotesearch.body_kinds import RE_KIND_SPOKESPERSON
from quotesearch.bodies_of_kind import (
    LOOSE_BODY_NOUNS, _bodies_of_kind, _unnamed_body, _unnamed_kind_since, _with_campus_place,
)
from quotesearch.body_firms import FIRM_SIDE_NOUNS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.one_word_bodies import body_kind_before, kind_told_earlier, one_word_body
from quotesearch.kind_spokespeople import RE_STATEMENT_LEAD, asked_kind_body
from quotesearch.acronym_bodies import RE_BODY_LETTERS, _spelled_out
from quotesearch.statements import _sentence_start


#: A body brought in in lower case by a word of its scope (LOCAL_SCOPE_WORDS) and the words of its
#: kind after it (‘the town council’, ‘A county council’, ‘the county fire and rescue service’, ‘The
#: local ambulance service’): group ``scope`` that word, group ``kind`` the lower-case words after it.
#:
#: >>> RE_LOCAL_KIND.search("Crews from the county fire and rescue service, at 10pm").group("scope", "kind")
#: ('county', 'fire and rescue service')
#: >>> RE_LOCAL_KIND.search("Bramley Town Council voted") is None
#: True
RE_LOCAL_KIND = LazyPattern(r"\b(?i:the|a|an|its|their|our)\s+(?P<scope>" + "|".join(sorted(LOCAL_SCOPE_WORDS))
                            + r")(?:[’']s)?\s+(?P<kind>\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,4})")


#: Words after a town's body brought in unnamed that put it in another town (‘the town council in
#: neighbouring Ashby’) (review rv14).
#:
#: >>> bool(RE_ANOTHER_TOWNS.match(" in neighbouring Ashby")), bool(RE_ANOTHER_TOWNS.match(" in Ashby"))
#: (True, False)
RE_ANOTHER_TOWNS = LazyPattern(r" (?:in|of) (?:neighbouring|neighboring|nearby) \p{Lu}")


def _place_named_body(name: str, kind: list[str]) -> bool:
    """A body's name that is a place's name and the words of its kind (‘Hackney Council’, ‘London
    Ambulance Service’): one to three capitalised words before them, none a word of an organisation's
    (never ‘Local Government Association Council’), nor "the" (‘the Security Council’) (review rv14).

    >>> _place_named_body("Hackney Council", ["council"]), _place_named_body("London Ambulance Service", ["ambulance", "service"])
    (True, True)
    >>> _place_named_body("the Local Government Association Council", ["council"]), _place_named_body("the Arts Council England", ["council"])
    (False, False)
    """
    parts = name.split()
    if len(parts) <= len(kind) or [w.lower() for w in parts[-len(kind):]] != kind:
        return False
    before = parts[:-len(kind)]
    return 1 <= len(before) <= 3 and all(w[:1].isupper() and w.isalpha() and w.lower() not in ORG_WORDS
                                         and w.lower() not in FUNCTION_WORDS for w in before)


def _local_kind_unlike(text: str, at: int, noun: str, name: str) -> bool:
    """A body of the kind brought in before ``at`` unnamed, by a word of its scope, that the named body
    ``name`` cannot be: ‘the town council’ or ‘a county council’ is no ‘UN Security Council’ nor ‘Arts
    Council England’ (its name lacks the word of scope), ‘the local ambulance service’ no ‘National
    Health Service’ (a national or international name). "The <noun>" then stands for the local one the
    story is about, left as written (reviewer: a town council's story whose "the council said" went
    to a council named in passing). A name with the same word of scope is the same body (‘the county
    council’ and ‘Farley County Council’), and "local" fits any body's name but a national one.

    >>> _local_kind_unlike("A county council apologised. Arts Council England", 60, "council", "the Arts Council England")
    True
    >>> _local_kind_unlike("A county council apologised. Farley County Council", 60, "council", "Farley County Council")
    False
    >>> _local_kind_unlike("The local council met. Bramley Town Council", 50, "council", "Bramley Town Council")
    False
    """
    words = {w.lower() for w in regex.findall(r"[\p{L}]+", name)}
    national = bool(words & NATIONAL_SCOPE_WORDS)
    first = text.find(name.removeprefix("the ").removeprefix("The "), 0, at)
    for local in RE_LOCAL_KIND.finditer(text, 0, at if first < 0 else first):
        # (only one brought in before the named body is first written: ‘Harwick District Council approved the
        # plans. Residents said the county council had not been consulted. “…,” the council said’ is Harwick's)
        kind = local.group("kind").split()
        if noun not in kind or any(w in FUNCTION_WORDS and w != "and" for w in kind[:kind.index(noun)]):
            continue  # (its kind is another: ‘the town hall, where the council met’)
        if (n_ := regex.search(r"\b" + noun + r"\b", local.group("kind"))) is not None \
                and RE_ANOTHER_TOWNS.match(text, local.start("kind") + n_.end()) is not None:
            continue  # (another town's, set beside the one named: ‘Unlike the town council in neighbouring Ashby,
            # Bramley District Council has frozen charges’) (review rv14)
        if not national and not words & LOCAL_SCOPE_WORDS and _place_named_body(name, kind[:kind.index(noun) + 1]):
            continue  # (a place's name before the kind, with no word of scope: ‘the borough council’ and
            # ‘Hackney Council’, ‘the city's ambulance service’ and ‘London Ambulance Service’, may be one) (review rv14)
        scope = local.group("scope").lower()
        if national or (scope != "local" and scope not in words and not words & SCOPE_NAME_WORDS.get(scope, frozenset())):
            return True  # (a word of its name may restate the scope: ‘the municipal utility’ is ‘… Public Utilities’)
    return False


def _owned_kind_before(text: str, at: int, noun: str) -> regex.Match | None:
    """One of the kind brought in before ``at`` as someone's own, unnamed, which a later "the <noun>"
    may stand for rather than the one body of the kind named (‘her local building society’, ‘their
    union’) (review rv10)."""
    return regex.search(rf"\b(?:his|her|their|our|my|your) (?:[\p{{Ll}}\-]+ ){{0,2}}{regex.escape(noun)}\b",
                        text[:at], flags=regex.I)


def _sole_body_in_lede(text: str, noun: str, paras: list[tuple[int, int]], cast: Cast) -> bool:
    """The one body of the kind is first named in the article's lede: its first paragraph, or the
    one after a headline (a first line with no closing mark), the body the story is about (review rv10:
    ‘Nurses … walked out …. Many trained abroad under European Union rules …. “…,” the union said’
    is no union of states)."""
    starts, _, _ = _bodies_of_kind(text, noun, cast)
    body_paras = [(a, b) for a, b in paras if text[a:b].strip()]
    if not starts or not body_paras:
        return False
    lede = 1 if len(body_paras) > 1 and text[body_paras[0][0]:body_paras[0][1]].rstrip()[-1:] not in ".!?:”\"’'" else 0
    if len(body_paras) > 2 and is_byline(text[body_paras[1][0]:body_paras[1][1]].strip()):
        lede = 2  # (a headline and a byline, whatever the headline ends with: the lede after both, w50c)
    while lede and lede < min(4, len(body_paras) - 1) \
            and len((line := text[body_paras[lede][0]:body_paras[lede][1]].strip()).split()) <= HEADER_LINE_WORDS \
            and line[-1:] not in ".!?:”\"’'":
        lede += 1  # (more short lines of the header with no sentence's end, an outlet's name under the byline:
        # ‘By Ann Cole / The Ashford Valley Tribune / … after the state Department of Insurance approved …’, w127n)
    if starts[0] < body_paras[lede][1]:
        return True
    return lede + 1 < len(body_paras) and starts[0] < body_paras[lede + 1][1] \
        and _one_of_kind(noun).search(text, body_paras[lede][0], body_paras[lede][1]) is not None
    # (a delayed lede, the body "one of" its kind there and named in the next paragraph: ‘Patients at one of
    # England’s busiest hospital trusts waited …. / Data published by North Calder Hospitals NHS Trust …’)


#: The most words a line of an article's header holds under its headline (a byline, an outlet's name, a
#: dateline) that is no sentence of the lede (w127n).
HEADER_LINE_WORDS = 8


@functools.lru_cache(maxsize=64)
def _one_of_kind(noun: str) -> re.Pattern:
    """One body of a kind brought in unnamed as one of many, a few words between (‘one of England’s
    busiest hospital trusts’, ‘one of the largest unions’), as a delayed lede does before naming it.

    >>> bool(_one_of_kind("trust").search("Patients at one of England’s busiest hospital trusts waited"))
    True
    >>> bool(_one_of_kind("company").search("one of the companies")), bool(_one_of_kind("trust").search("trust leaders"))
    (True, False)
    """
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return re.compile(r"\b[Oo]ne of (?:[\w’'\-]+ ){0,4}?" + re.escape(plural) + r"\b")


def _first_body_named(body: Person, cast: Cast) -> bool:
    """The body is the first the article names (of the capitalised runs that are no person's name)
    (review rv10)."""
    name = body.name.lower().removeprefix("the ")
    for _, run, words in cast.body_names():
        if gender_of(words[0]) is None:
            return run.lower().removeprefix("the ") == name
    return False


def _unnamed_kind_told(text: str, at: int, noun: str, cast: Cast) -> bool:
    """The article's own words bring in one of the kind unnamed before ``at`` (:func:`_unnamed_kind_since`);
    never one only inside someone's quoted words, who talk of the kind at large (‘“Nobody wants to take
    on a hospital that loses $2 million a year,” Haugen said’) (w77a)."""
    lo, sole = 0, False
    while (other := _unnamed_kind_since(text, lo, at, noun)) is not None:
        if not _quoted_at(cast, lo + other.start()):
            if sole is False:
                sole = _sole_body_of_kind(text, at, noun, cast)
            if sole is None or not _restated_by_name(text, lo + other.start(), lo + other.end(), sole.name.removeprefix("the ")):
                return True  # (but the one the story then names is no other: ‘… suspended by a disciplinary
                # tribunal. The Solicitors Disciplinary Tribunal found …. The tribunal said’, w100e)
        lo += other.end()
    return False


def _sole_body_in_article(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one body of the kind the whole article names (:func:`_sole_body_of_kind`), however far back
    before ``at``, that "the <noun>" stands for (‘The Halden Medical Journal suspended …. “…,” the journal
    said’): only for a kind sure of its body (never :data:`SOLE_BODY_UNSURE_NOUNS`), with none of the kind
    brought in unnamed, nor as someone's own (‘her local building society’), and the body named in the
    lede, never in passing further down (‘… recruited under European Union rules’)."""
    if (noun in SOLE_BODY_UNSURE_NOUNS and noun not in SOLE_BODY_NAMED_ANYWHERE_NOUNS) \
            or _unnamed_kind_told(text, at, noun, cast) or _owned_kind_before(text, at, noun) is not None:
        return None
    if noun not in SOLE_BODY_UNSURE_NOUNS and _sole_body_in_lede(text, noun, paras, cast):
        sole = _sole_body_of_kind(text, at, noun, cast)
        if sole is not None and noun == "party" and any(
                not sole.name.lower().endswith(" " + other.group().lower()) for other in _unnamed_body(noun).finditer(text, 0, at)):
            return None  # (another party told in lower case: ‘The Workers' Party said it would boycott the vote.
            # The ruling party, however, pressed ahead. “…,” the party said’; review rv67a)
        return sole
    if noun not in SOLE_BODY_NAMED_ANYWHERE_NOUNS:
        return None
    sole = _sole_body_of_kind(text, at, noun, cast)
    if sole is not None and noun == "club" and _club_not_sole(text, at, sole, cast):
        return None
    if sole is not None and noun == "tribunal" and _name_cut_at_and(text, sole.name, at, cast):
        return None  # (never the tail of a longer name: ‘the Harbourside Civil and Administrative Tribunal’
        # is no ‘Administrative Tribunal’, w97b)
    if sole is not None and (sole.name.lower().endswith(KIND_NAME_ENDINGS.get(noun, (" " + noun,)))
                             or _name_opens_with_kind(sole.name, noun)) \
            and regex.search(rf"\b[Tt]he\s+(?!only\s)(?:[a-z][\w\-]*\s+){{1,2}}{noun}\b", text[:at]) is None:
        # (never when the article speaks of one of the kind unnamed: ‘The hospital trust said …. The trust
        # added’ is the hospital's, not a think tank's trust named in passing, review rv65e)
        return sole  # (a league or a trust by its own name's last word, wherever first named: w65e; a hospital
        # by its own, or by "Medical Center": ‘… sued Dr. Roe and Harwell Regional Medical Center. … The hospital
        # said in a statement’, w77a; "the only hospital in X County" is that one, no other unnamed)
    return None


def _name_opens_with_kind(name: str, noun: str) -> bool:
    """A body's own name that opens with its kind and "of" or "for" (‘the Association of Zoos and Aquariums’,
    ‘the Commission for Racial Equality’) says its kind as one ending in it does (w132b).

    >>> _name_opens_with_kind("the Association of Zoos and Aquariums", "association")
    True
    >>> _name_opens_with_kind("Kelby Association", "association"), _name_opens_with_kind("Association Road", "association")
    (False, False)
    """
    words = name.removeprefix("the ").removeprefix("The ").split()
    return len(words) >= 3 and words[0].lower() == noun and words[1] in ("of", "for")


#: The end of a capitalised word and "and" or "&" right before a body's name, which make the name the tail of a
#: longer one that joins two words by "and" (‘the Harbourside Civil and Administrative Tribunal’) (w97b).
#:
#: >>> bool(RE_CUT_AT_AND.search("The Harbourside Civil and ")), bool(RE_CUT_AT_AND.search("fined by the "))
#: (True, False)
RE_CUT_AT_AND = LazyPattern(r"\p{Lu}[\p{L}\-]* (?:and|&) $")


def _name_cut_at_and(text: str, name: str, at: int, cast: Cast) -> bool:
    """The body's name is first written before ``at`` as the tail of a longer name (:data:`RE_CUT_AT_AND`),
    the word before "and" no person's name (never ‘sued Dr. Ana Roe and the Harwell Tribunal’).

    >>> t = "The Harbourside Civil and Administrative Tribunal found"
    >>> _name_cut_at_and(t, "Administrative Tribunal", 50, Cast(t))
    True
    >>> t = "He sued Dr. Ana Roe and Harwell Tribunal found"
    >>> _name_cut_at_and(t, "Harwell Tribunal", 40, Cast(t))
    False
    """
    first = text.find(name, 0, at)
    cut = RE_CUT_AT_AND.search(text, max(0, first - 40), first) if first > 0 else None
    if cut is None:
        return False
    word = cut.group().split()[0]
    other = cast.by_surname.get(word.lower())
    return gender_of(word) is None and (other is None or not other.personlike)


#: What tells of a club the story is about other than the one "… Club" it names: a club of one word in lower
#: case (‘a nightclub’), or a side called by its players in the plural (‘named in the Chiefs squad’)
#: (review rv83c).
RE_OTHER_CLUB_TOLD = LazyPattern(r"\b(?:[a-z]+club|[Tt]he \p{Lu}\p{Ll}+s)\b(?! \p{Lu})")


def _club_not_sole(text: str, at: int, sole: Person, cast: Cast) -> bool:
    """For "the club", the one body named "… Club" before ``at`` is not sure to be the one meant: another body
    (no person's name) that opens a sentence before it (‘Wellington Phoenix have signed Tane Reuben from Harbour
    City Football Club. “…,” the club said’), or a club told by no name of the kind (:data:`RE_OTHER_CLUB_TOLD`:
    ‘a fight outside a nightclub, a few doors from Bridge Street Snooker Club’, ‘Tane, who learned his rugby at
    Te Aroha Rugby Club, has been named in the Chiefs squad’) (review rv83c).

    >>> t = "A fight broke out at a nightclub near Kelso Snooker Club. “…,” the club said"
    >>> _club_not_sole(t, len(t) - 15, Person("Kelso Snooker Club", kind="organisation"), Cast(t))
    True
    """
    own = sole.name.lower().removeprefix("the ")
    return any(a < at and run.lower().removeprefix("the ") != own and gender_of(words[0]) is None
               and text[:a].rstrip(" ")[-1:] in ("", ".", "!", "?", "\n") and not _quoted_at(cast, a)
               for a, run, words in cast.body_names()) \
        or any(not _quoted_at(cast, m.start()) for m in RE_OTHER_CLUB_TOLD.finditer(text, 0, at))


def _body_ruled_out(text: str, at: int, noun: str, body: Person, said_by: list[str], cast: Cast) -> bool:
    """A body found for "the <noun>" at ``at`` that the cue's words ``said_by`` cannot stand for: one of
    another scope than the town's own body of the kind brought in unnamed (‘A county council apologised
    …. The Arts Council England grant was unaffected. “…,” the council said’, see
    :func:`_local_kind_unlike`); for ‘a company spokesperson’, any but the first body the story names
    (never a sponsor or a buyer's target named after it); for "the central bank", any but a central
    bank's name (never ‘Harlow Savings Bank raised rates. The central bank said’) (w50c)."""
    if _local_kind_unlike(text, at, noun, body.name):
        return True
    kind = m.group(1) if (m := RE_KIND_SPOKESPERSON.fullmatch(" ".join(said_by))) is not None else None
    return (kind in FIRST_BODY_SPOKESPERSON_KINDS and not _first_body_named(body, cast)) \
        or (kind == "club" and _club_in_fixture(text, body.name)) \
        or (kind in ("force", "district") and _kind_body_unsure(text, at, kind, body, cast)) \
        or (noun == "central bank" and (not _body_of_kind(body.name.split(), noun)
                                        or _other_central_bank_before(text, at, body.name)))


#: Words of a district's name that make it a seat or a court's, no body with a spokesperson (‘the 5th
#: Congressional District’, ‘the Southern District of New York’) (review rv28).
ELECTORAL_DISTRICT_WORDS = frozenset("congressional legislative electoral judicial senate senatorial assembly".split())


def _kind_body_unsure(text: str, at: int, noun: str, body: Person, cast: Cast) -> bool:
    """For ‘a force spokesperson’ or ‘a district spokesperson’: the story names two bodies of the kind
    before ``at`` (‘Sussex Police said …. The Metropolitan Police said …. A force spokesperson said’), or
    the district is a seat's (‘Voters in the 5th Congressional District …. A district spokesperson said’),
    so the one meant is not sure (review rv28)."""
    if noun == "district" and any(w.lower() in ELECTORAL_DISTRICT_WORDS for w in body.name.split()):
        return True
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    return len({n.lower().removeprefix("the ") for s_, n in zip(starts, names)
                if s_ < at and " " in n and _body_of_kind(n.split(), noun)}) > 1


#: A match between two sides, in the sentence that names a club (‘Leeds United beat Sheffield Wednesday’).
RE_FIXTURE_WORD = LazyPattern(r"\b(?:beat|beats|beaten|v|vs|versus|against|drew|draw|lost|defeated|thrashed|hosted|hosts)\b")


def _club_in_fixture(text: str, name: str) -> bool:
    """The club ``name`` is first named in a sentence about a match with another side, whose spokesman
    "a club spokesman" may be as well (‘Leeds United beat Sheffield Wednesday 3-1 …. A club spokesman
    said’) (review rv20).

    >>> _club_in_fixture("Leeds United beat Sheffield Wednesday 3-1. A club spokesman said", "Leeds United")
    True
    >>> _club_in_fixture("Celtic signed Ryan Moore. A club spokesman said", "Celtic")
    False
    """
    at = text.find(name.removeprefix("the ").removeprefix("The "))
    if at < 0:
        return False
    lo = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, at) for c in ".!?\n") if e >= 0]
    return RE_FIXTURE_WORD.search(text, lo, min(ends) if ends else len(text)) is not None


def _sole_body_of_kind(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The one body whose name says it is of the kind "the <noun>" stands for, named before ``at``, when
    the article names no other body that "the <noun>" may stand for, before or after (‘The Reserve Bank of
    Ostland kept its rate …. …, the bank said in its statement’)."""
    starts, names, second = _bodies_of_kind(text, noun, cast)
    if not names or starts[0] >= at or second != len(names) or not _body_of_kind(names[0].split(), noun):
        return None
    return Person(_with_campus_place(text, names[0], starts[0], at), kind="organisation")  # (w77a)


#: Of :data:`SPOKESPERSON_KIND_NOUNS`, the kinds a story may name several of, a sponsor's or a buyer's
#: target after the one it is about: only the first body named is the one meant (w48a).
FIRST_BODY_SPOKESPERSON_KINDS = ("company", "firm")

#: A body brought in by its kind and the name it goes by, as the whole of a speaker's words (‘a group called
#: Parents for Safe Streets’, ‘an advocacy group known as Clear Air Now’): the kind is group 1, the name group 2;
#: the name is the speaker, as if the article had called it by its name alone (w58d).
#:
#: >>> RE_KIND_CALLED_NAME.fullmatch("a group called Families for Safe Streets").group(1, 2)
#: ('group', 'Families for Safe Streets')
#: >>> RE_KIND_CALLED_NAME.fullmatch("a man named John Orr").group(1)
#: 'man'
#: >>> RE_KIND_CALLED_NAME.fullmatch("a group called on the council") is None
#: True
RE_KIND_CALLED_NAME = LazyPattern(r"(?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,3}?(\p{Ll}+) (?:calling itself|that calls itself|which calls itself|known as|called|named) "
                                  r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|&|the|\p{Lu}[\p{L}\p{M}’'\-]*))*)")

#: Kinds besides :data:`BODY_NOUNS` that bring in a body by the name it goes by (‘a campaign called …’) (w58d).
CALLED_BODY_KINDS = frozenset(("campaign", "organisation", "organization"))


#: One who speaks for a body with nothing said of the body at all (‘A spokesperson said’, ‘a spokeswoman
#: said’): whom it speaks for only the sentence right before can tell (w58d).
#:
#: >>> RE_BARE_SPOKESPERSON.fullmatch("A spokeswoman") is not None, RE_BARE_SPOKESPERSON.fullmatch("a spokesman for the trust")
#: (True, None)
RE_BARE_SPOKESPERSON = LazyPattern(r"[Aa] (?:spokesperson|spokeswoman|spokesman)")


def _cue_opens_paragraph(text: str, p_lo: int, at: int, sp: Span) -> bool:
    r"""The bare spokesperson at ``at`` opens its paragraph and gives the quotation after a colon or a
    comma, nothing else between (‘A spokesman said: “…”’): a paragraph of its own words, as one the cue
    closes is, whose body the paragraph before tells of (w92b).

    >>> t = "Pell Foods said it was sorry.\nA spokesman said: “We will refund everyone.”"
    >>> _cue_opens_paragraph(t, 30, 30, Span(49, 73, 48, 74, 1, 30, 74))
    True
    >>> t2 = "Pell Foods said it was sorry.\nA spokesman said the firm would refund everyone. “We are sorry.”"
    >>> _cue_opens_paragraph(t2, 30, 30, Span(80, 93, 79, 94, 1, 30, 94))
    False
    """
    return not text[p_lo:at].strip() and sp.open_at > at \
        and RE_BARE_CUE_TO_QUOTE.fullmatch(text, at, sp.open_at) is not None


#: A bare spokesperson's cue and nothing else up to the words (‘A spokesman said: ’, ‘A spokeswoman
#: added, ’), or a firm's by its kind (‘A company spokesman said: ’, w136b): no more of the sentence between (w92b).
#:
#: >>> RE_BARE_CUE_TO_QUOTE.fullmatch("A spokesman said: ") is not None, RE_BARE_CUE_TO_QUOTE.fullmatch("A spokesman said the firm ") is None
#: (True, True)
#: >>> RE_BARE_CUE_TO_QUOTE.fullmatch("A company spokesman said: ") is not None
#: True
#:
#: Or after "for the" and its kind (‘A spokesperson for the company said: ’, w137g).
#:
#: >>> RE_BARE_CUE_TO_QUOTE.fullmatch("A spokesperson for the company said: ") is not None
#: True
RE_BARE_CUE_TO_QUOTE = LazyPattern(r"(?:\p{L}+ ){1,3}(?:for the \p{Ll}+ )?(?:said|says|added)\s*[:,]?\s*")


#: A capitalised name of two words or more ("of", "for", "and", "&" or "the" inside): a body's name where
#: :func:`is_organisation` says so (guard w92b).
RE_CAPITAL_NAME = LazyPattern(r"(?<![\p{L}\p{M}’'\-])\p{Lu}[\p{L}\p{M}’'\-&]*(?:[ ](?:(?:of|for|and|&|the)[ ])*\p{Lu}[\p{L}\p{M}’'\-&]*)+")


def _other_body_before(text: str, end: int, name: str) -> bool:
    r"""The article has a body other than ``name`` (the body that spoke in the paragraph before a cue opening
    its own) open a paragraph before ``end`` and act or speak there (:data:`RE_SUBJECT_ACTS`): an
    organisation's name that neither holds nor is held by it. Then the spokesperson may be the other's;
    never for a body named only inside a sentence (‘a meeting of Cotswold Vale District Council’) nor one
    that opens a paragraph without acting (‘St Aldhelm’s Church in Little Braxby was …’) (guard w92b).

    >>> t = "Northshire County Council sent gritters out.\n\nThe Met Office warned of snow."
    >>> _other_body_before(t, len(t), "The Met Office"), _other_body_before(t[45:], len(t) - 45, "The Met Office")
    (True, False)
    >>> t = "Work at Milton Fields has stopped.\n\nCastlegate Homes said bricks were short."
    >>> _other_body_before(t, len(t), "Castlegate Homes")
    False
    >>> t = "Ten spoke at a meeting of Vale District Council.\n\nAshcombe Homes said it would build."
    >>> _other_body_before(t, len(t), "Ashcombe Homes")
    False
    """
    own = name.removeprefix("The ").removeprefix("the ")
    for n in RE_CAPITAL_NAME.finditer(text, 0, end):
        other = n.group().removeprefix("The ")
        if own in other or other in own:
            continue
        words = other.split()
        if (is_organisation(words) or words[-1].lower() in BUSINESS_WORDS) \
                and not text[text.rfind("\n", 0, n.start()) + 1:n.start()].strip() \
                and RE_SUBJECT_ACTS.match(text, n.end()) is not None:
            return True
    return False


def _one_word_surroundings(text: str, at: int, s_lo: int, sp: Span, paras: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Where a one-word name at ``at`` (its sentence from ``s_lo``) is told of around a bare spokesperson's
    quotation ``sp``: the quotation, the name's paragraph and the sentence before its own (in the paragraph
    before when it opens one), whose he or she rules out a body told only by "it" (guard w100b)."""
    k = next((i for i, (a, b) in enumerate(paras) if a <= at <= b), None)
    if k is None:
        return ((sp.open_at, sp.end),)
    p_lo, p_hi = paras[k]
    if text[p_lo:s_lo].strip() or k == 0:
        before = _sentence_start(text, p_lo, max(p_lo, s_lo - 2))
    else:
        q_lo = paras[k - 1][0]
        before = _sentence_start(text, q_lo, max(q_lo, len(text[:paras[k - 1][1]].rstrip()) - 2))
    return ((min(before, p_lo), p_hi), (sp.open_at, sp.end))


def _body_spoke_sentence_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body named in the sentence right before the cue's, in the same paragraph, as the one that
    acts there or tells of it, for a bare "a spokesperson" at ``at``: its subject (‘CalMara Ferries has
    cancelled all sailings. A spokeswoman said: “…”’, ‘The agency, which runs …, has told …. “…,” a
    spokesperson said’) or the body that said it after the words (‘Engineers have arrived, the Ministry of
    Defence has confirmed. A spokesperson said …’). Never a person, a body named only inside the
    sentence, or a sentence in another paragraph (w58d)."""
    k = next((i for i, (a, b) in enumerate(paras) if a <= at <= b), None)
    if k is None:
        return None
    p_lo = paras[k][0]
    cue_lo = _sentence_start(text, p_lo, min(at, sp.open_at))  # (the cue's sentence, its words in it)
    if cue_lo < at and text[cue_lo] in "Aa" and (asked := asked_kind_body(text, cue_lo, at, cast)) is not None:
        return asked  # (the cue's sentence opens with what the writer asked the body by its kind: ‘Asked whether
        # the department would release the data, a spokeswoman said …’) (w108a)
    crossed = cue_opens = same = False  # (the sentence read is the last of the paragraph before) (review rv75b)
    own = text.endswith("what ", 0, at) and cue_lo < at  # the words the body's own sentence puts in its
    # spokesperson's mouth: ‘When I contacted Bluecrest Rail, it blamed what a spokesman called “…”’ (w75b)
    if own:
        s_lo, cue_lo = cue_lo, at
    elif (joined := RE_SAME_SENTENCE_JOIN.search(text, cue_lo, at)) is not None and joined.end() == at:
        s_lo, cue_lo, same = cue_lo, joined.start(), True  # (the body is the subject of the cue's own
        # sentence, the spokesperson in a clause joined after it: ‘The station has not named a replacement,
        # though a spokeswoman said …’) (w103a)
    elif cue_lo <= p_lo or not text[p_lo:cue_lo].strip():
        opens = sp.open_at == p_lo and regex.fullmatch(r"[\s,.”\"’']*", text[sp.end:at]) is not None
        cue_opens = not opens and _cue_opens_paragraph(text, p_lo, at, sp)
        if k == 0 or not (opens or cue_opens):
            return None
        # (the words open a paragraph of their own that only the cue closes, or the cue opens it before
        # them: the last sentence of the paragraph before, ‘Quarry firm Delmont Aggregates said it had shut
        # its sites. / “…,” a spokeswoman said.’, w75b; ‘… / A spokeswoman said: “…”’, w92b)
        cue_lo, crossed = len(text[:paras[k - 1][1]].rstrip()), True
        s_lo = _sentence_start(text, paras[k - 1][0], max(paras[k - 1][0], cue_lo - 2))
    else:
        s_lo = _sentence_start(text, p_lo, max(p_lo, cue_lo - 2))
    if (dateline := RE_DATELINE.match(text, s_lo, cue_lo)) is not None:
        s_lo = dateline.end()
    if (clock := RE_CLOCK_LEAD.match(text, s_lo, cue_lo)) is not None:
        s_lo = clock.end()  # (a live blog's time before it: ‘07.32 Northline Rail has told …’)
    sentence = text[s_lo:cue_lo].rstrip()
    if sentence.startswith(("“", '"')) or not (own or same or sentence.endswith((".", ".”", '."', "”.", '".'))):
        return None
    told = RE_BODY_CONFIRMED_AT_END.search(text, s_lo, s_lo + len(sentence))
    if told is not None and is_organisation(told.group(1).split()):
        return Person(told.group(1), kind="organisation")
    if (asked := RE_WRITER_ASKED_BODY.fullmatch(text, s_lo, s_lo + len(sentence))) is not None:
        return _writer_asked_body(text, asked, cast)  # (w102a)
    led = False
    if (contacted := RE_CONTACTED_BODY_IT.match(text, s_lo, cue_lo)) is not None:
        m = Mention(contacted.start(1), contacted.end(1), contacted.group(1), "name")  # the body the writer
        # contacted, "it" after: ‘When I contacted Harwick Building Society, it found …’ (w75b)
        acts_at = contacted.end()
    elif (lead := RE_KIND_LEAD_THE_NAME.match(text, s_lo, cue_lo)) is not None and lead.group("kind") in BODY_NOUNS \
            and is_organisation(lead.group("name").split()):
        m = Mention(lead.start("name"), lead.end("name"), lead.group("name"), "name")  # the body its kind and
        # "the" lead to, a body by its name's own words: ‘Road safety charity the SafeRoads Trust said …’ (w113c)
        acts_at, led = m.end, True
    else:
        m = sentence_subject(text, tokenize(text, s_lo, cue_lo), lambda w: True)
        acts_at = m.end if m is not None else cue_lo
    if led:
        pass  # (its kind before it is no lead to rule it out)
    elif m is not None and m.kind == "description" and description_head(m.text) in BODY_NOUNS \
            and not text[s_lo:m.start].strip() and (set_off := RE_KIND_NAME_SET_OFF.match(text, m.end, cue_lo)) is not None:
        m = Mention(set_off.start(1), set_off.end(1), set_off.group(1), "name")  # the body a kind set off
        # names: ‘The company that won the contract, Borealis Tech, has denied …’ (w66b)
        acts_at = set_off.end() + 1
    elif m is not None and text[s_lo:m.start].strip() and contacted is None \
            and not (RE_STATEMENT_LEAD.fullmatch(text, s_lo, m.start)
                     and (m.kind == "organisation" or m.kind == "name" and is_organisation(m.text.split()) or _short_of_named_body(m, cast))) \
            and not (m.kind == "name" and m.role is not None and text[s_lo:m.start].strip() == m.role
                     and (m.role.split()[-1].lower() in BODY_NOUNS or is_organisation(m.text.split())
                          or (" " in m.text and m.text.split()[-1].lower() in BUSINESS_WORDS))):
        return None  # (but a body's kind before its name: ‘Quarry firm Delmont Aggregates said …’, w75b; or where it
        # said it: ‘In a statement, Harlow Brewery said …’, w109c)
    if m is not None and m.kind == "description" and contacted is None:
        return _kind_subject_body(text, m, s_lo + len(sentence), cue_lo, cue_opens, crossed, cast, same)  # (w102a)
    if m is None or m.kind not in ("organisation", "name"):
        return None
    one_word = contacted is None and acts_at == m.end \
        and (one := one_word_body(text, m, cast, _one_word_surroundings(text, m.start, s_lo, sp, paras))) is not None
    if one_word:
        m, acts_at = one, one.end  # (a body by one word, its kind before it or "it" for it after: ‘Ticketing
        # company Gatehouse defended its system. “…,” a spokesperson said’, ‘ParcelPoint said it was …’) (w100b)
    spelled = _spelled_letters(text, m)  # (a body by the letters the article spelled out: ‘The DSC said …’, w132f)
    the_one = _the_one_word_body(m)  # (‘The Treasury declined to comment.’, w142i)
    if not one_word and spelled is None and not the_one and not is_organisation(m.text.split()) and not _short_of_named_body(m, cast) and not _one_word_said_it(text, m, acts_at, cue_lo, cast) and not (contacted is not None and gender_of(m.text.split()[0]) is None
                                                    and not cast.knows(m.text.split()[-1].lower())) and (
            m.kind != "name" or " " not in m.text or m.text.isupper() or gender_of(m.text.split()[0]) is not None
            or (known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is not None
            and (known.gender is not None or ((known.titled or cast.roles_of(known))
                                              and m.text.split()[-1].lower() not in BUSINESS_WORDS))):
        return None  # (a body's name of two words or more, never a person's: ‘Mark Ellis criticised …’; but a
        # firm's by its last word, whatever kind the article gave it before: ‘Miner Ironbark Resources’) (w75b)
    if (acts := _acts_after(RE_SUBJECT_ACTS, text, acts_at, cue_lo, same)) is None:
        return None
    past = acts.groupdict().get("past")  # (what RE_NOT_ACTS reads, ‘did not say’, has no simple past)
    if cue_opens and RE_BODY_SPOKE_VERB.search(acts.group()) is None:
        return None  # (a cue that opens its own paragraph goes on only from a body that spoke in the one before:
        # ‘North Calder Police said officers were investigating. / A spokesman said: “…”’; never one that only
        # acted, ‘Tarnside Buses has withdrawn all services. / A spokeswoman said: “…”’, left as written, w58d)
    if cue_opens and _other_body_before(text, cue_lo, m.text):
        return None  # (nor when the article names another body before: ‘Northshire County Council sent out its
        # gritters. / The Met Office warned of minus 10C. / A spokesman said: “Our crews …”’ is the council's,
        # left as written) (guard w92b)
    if past is not None and contacted is None and not the_one and not is_organisation(m.text.split()) \
            and not (one_word and (body_kind_before(m) or kind_told_earlier(text, m))) \
            and _unlisted_given(w := m.text.split()[-1]) and w.lower() not in BUSINESS_WORDS:
        return None  # (a simple past whose subject ends in a surname's word, a person's: ‘Kim Novak denied the
        # allegations. “…,” a spokesperson said.’) (review rv75b)
    if (past is not None or crossed and regex.search(r"\b(?:said|told|confirmed|announced|warned)\b", acts.group()) is None) \
            and any(o.group(1) in BODY_NOUNS for o in regex.finditer(r"\bthe (\p{Ll}+)\b", text[acts.end():s_lo + len(sentence)])):
        return None  # (a body it acted on, by its kind, whose spokesperson answers: ‘The Football Association
        # charged the club with misconduct. / “We will contest the charge,” a spokesman said.’) (review rv75b)
    if ("“" in sentence or '"' in sentence) and not RE_MARKED_AFTER_VERB.fullmatch(text, acts.end(), s_lo + len(sentence)):
        return None  # (words in marks only in what it said, never its subject's: ‘The Authority said it was
        # keeping it “under review”.’) (w75b)
    rest = text[acts.end():s_lo + len(sentence)]
    names = _names_told(rest)
    if same and names:
        return None  # (in its own sentence, no other name at all: ‘Harlow declined to comment, but a spokesman
        # for Vexa said …’ is told apart by its "for"; ‘Harlow fined Vexa, but a spokesman said …’) (w103a)
    if any((len(n.split()) > 1 or is_organisation(n.split())) and not _spoken_of_by_body(acts.group(), rest, n) for n in names):
        return None  # (another body or person it acts on: ‘The Financial Conduct Authority has fined Harlow
        # Bank …. A spokesperson said: “We accept the findings”’ may be the bank's; ‘The Times has contacted
        # Vexa Group’) (rv31); but never one the body only spoke of (_spoken_of_by_body, w136b)
    if not is_organisation(m.text.split()) and (RE_PERSONAL_PRONOUN.search(rest) is not None or " " in m.text and not the_one and regex.search(
            r"\b" + regex.escape(m.text.split()[0]) + r"\b(?! " + regex.escape(m.text.split()[1]) + r")",
            text[sp.open_at:sp.end]) is not None):
        return None  # (a person: ‘Tavi Okonkwo has cancelled his tour. A spokesperson said: “Tavi is devastated”’) (rv31)
    if spelled is not None:
        return Person(spelled, kind="organisation")  # by the name its letters stand for: ‘The Digital Safety
        # Commission (DSC) fined …. / The DSC said it had opened four investigations. “…,” a spokesperson said’ (w132f)
    if not m.text.startswith("The "):  # by the fuller name the article gave it before: ‘I registered it with
        # Albion & Wessex Bank. … When I contacted Albion & Wessex, it …’ (w75b)
        return Person(_fuller_body_name(cast, m.text, m.start), kind="organisation")
    return Person("the" + m.text[3:], kind="organisation")


#: A body's kind with a few words before it, "the" and the body's name opening a sentence (‘Road safety charity
#: the SafeRoads Trust said …’, ‘Campaign group the Clean Rivers Alliance has …’), or "The" and the kind before
#: the name (‘The charity Working Mums Alliance said …’, w114c): ``kind`` the kind's word, ``name`` the name, a
#: body only where its own words say so (w113c). Never a person's role (‘Shadow health secretary Ann Lee’ has
#: no "the").
#:
#: >>> RE_KIND_LEAD_THE_NAME.match("Road safety charity the SafeRoads Trust said it").group("kind", "name")
#: ('charity', 'SafeRoads Trust')
#: >>> RE_KIND_LEAD_THE_NAME.match("The charity Working Mums Alliance said it").group("kind", "name")
#: ('charity', 'Working Mums Alliance')
#: >>> RE_KIND_LEAD_THE_NAME.match("Shadow health secretary Ann Lee said") is None
#: True
RE_KIND_LEAD_THE_NAME = LazyPattern(r"(?:\p{Lu}\p{Ll}+(?: [\p{Ll}\-]+){0,3}? (?P<kind>\p{Ll}+) the |The (?P<kind>\p{Ll}+) )"
                                    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){1,5})(?= )")


#: A body's kind set off by its name, after an optional clause of what it did (‘The company that won the
#: contract, Borealis Tech,’, ‘The firm, Harlow Foods,’): group 1 the name (w66b).
#:
#: >>> RE_KIND_NAME_SET_OFF.match(" that won the contract, Borealis Tech, has denied").group(1)
#: 'Borealis Tech'
#: >>> RE_KIND_NAME_SET_OFF.match(", which runs trains, has told") is None
#: True
#:
#: Its name after a lower-case "the" too (‘The funding agency, the Harlow Research Fund, confirmed …’) (w108a).
#:
#: >>> RE_KIND_NAME_SET_OFF.match(", the Harlow Research Fund, confirmed").group(1)
#: 'Harlow Research Fund'
RE_KIND_NAME_SET_OFF = LazyPattern(r"(?: (?:that|which) [^,.;:“”\"]{1,80})?, (?:the )?(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){0,5})(?=,)")

#: A name in the rest of a sentence: capitalised words in a row (rv31).
RE_OTHER_NAMED = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*)*")


def _names_told(words: str) -> list[str]:
    """The names :data:`RE_OTHER_NAMED` finds in ``words``, weekdays and months aside, alone or joined (‘on
    Saturday and Sunday’, ‘in March and April’ name no one, w130o).

    >>> _names_told(" fined Harlow Bank on Monday in March")
    ['Harlow Bank']
    >>> _names_told(" had attended on Saturday and Sunday"), _names_told(" met Harlow and Vexa")
    ([], ['Harlow and Vexa'])
    """
    return [n.group() for n in RE_OTHER_NAMED.finditer(words)
            if not all(w in CALENDAR_NAMES or w in ("of", "and", "&", "for") for w in n.group().split())]


def _acts_after(acts_pattern: LazyPattern, text: str, lo: int, hi: int, same: bool) -> regex.Match | None:
    """What the subject ending at ``lo`` does up to ``hi`` by ``acts_pattern``; in the cue's own sentence
    (``same``) also what it did not do (:data:`RE_NOT_ACTS`: ‘ has not yet named a replacement, though …’)."""
    acts = acts_pattern.match(text, lo, hi)
    if acts is None and same:
        acts = RE_NOT_ACTS.match(text, lo, hi)
    return acts


def _spoken_of_by_body(acts: str, rest: str, name: str) -> bool:
    """The ``name`` in the ``rest`` of a body's sentence after what it did (``acts``) is one the body only
    spoke of, whose spokesperson the one after it is not: the body reported it (:data:`RE_BODY_REPORTED_VERB`),
    and either told of itself by "it" before a court's name with no other name between (‘The Home Office said it
    would consider an appeal to the Supreme Court’; never another body it acts on, ‘said it would take Optel to
    the Federal Court’, or passes a file to, ‘said it had passed its evidence to the Crown Prosecution
    Service’, whose spokesperson the next may be) or the name is a person's by an honorific (‘Stourmouth University confirmed Dr Harkness had
    been suspended’). Never a body named in what it said of no "it" (‘Kelby Police said officers had met Tarn
    Homes staff’, whose spokeswoman the next may be: w130o), nor one it told or fined (w136b).

    >>> _spoken_of_by_body(" said", " it would appeal to the Supreme Court.", "Supreme Court")
    True
    >>> _spoken_of_by_body(" confirmed", " Dr Harkness had been suspended.", "Dr Harkness")
    True
    >>> _spoken_of_by_body(" said", " officers had met Tarn Homes staff.", "Tarn Homes")
    False
    >>> _spoken_of_by_body(" has fined", " Dr Lee's clinic.", "Dr Lee")
    False
    >>> _spoken_of_by_body(" said", " it had passed its file to the Crown Prosecution Service.", "Crown Prosecution Service")
    False
    >>> _spoken_of_by_body(" said", " it would take Optel to the Federal Court.", "Federal Court")
    False
    """
    if RE_BODY_REPORTED_VERB.fullmatch(acts.rsplit(" ", 1)[-1]) is None:
        return False
    at = rest.find(name)
    return name.split()[0].lower().rstrip(".") in HONORIFICS or (
        at > 0 and (it := RE_IT_WORD.search(rest, 0, at)) is not None and RE_COURT_WORD.search(name) is not None
        and RE_CAPITAL_WORD.search(rest, it.end(), at) is None)


#: "it" as a word, a body telling of itself in what it said (w136b).
#:
#: >>> RE_IT_WORD.search(" said it would") is not None, RE_IT_WORD.search(" its staff") is None
#: (True, True)
RE_IT_WORD = LazyPattern(r"\bit\b")

#: A court's or tribunal's name, which speaks by its rulings: a body that said "it" would appeal to one spoke of
#: it, whose spokesperson the next is not (w136b).
#:
#: >>> RE_COURT_WORD.search("Court of Appeal") is not None, RE_COURT_WORD.search("Crown Prosecution Service") is None
#: (True, True)
RE_COURT_WORD = LazyPattern(r"\b(?:Court|Tribunal)\b")


#: A person's pronoun, which no body takes (rv31).
RE_PERSONAL_PRONOUN = LazyPattern(r"\b(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he|[Hh]im|[Hh]imself|[Hh]erself)\b")


#: A live blog's clock time opening an entry (‘07.32 ’, ‘15:05 ’).
#:
#: >>> RE_CLOCK_LEAD.match("07.32 Northline Rail").end()
#: 6
RE_CLOCK_LEAD = LazyPattern(r"\s*\d{1,2}[.:]\d{2} (?=\p{Lu})")


#: A verb of speaking in what a body did (:data:`RE_SUBJECT_ACTS`): a body that spoke, whose spokesperson a
#: paragraph after may go on for (w92b).
#:
#: >>> RE_BODY_SPOKE_VERB.search(", which handles complaints, said") is not None, RE_BODY_SPOKE_VERB.search(" has withdrawn")
#: (True, None)
#:
#: Or a verb that says what it held (‘ blamed ‘unprecedented demand’’, ‘ insisted the cuts were needed’, w137g).
#:
#: >>> RE_BODY_SPOKE_VERB.search(" insisted") is not None, RE_BODY_SPOKE_VERB.search(" has closed") is None
#: (True, True)
#:
#: Or one that says what it asked of people (‘ urged customers to use water wisely’, w142i).
#:
#: >>> RE_BODY_SPOKE_VERB.search(" urged customers to use water wisely") is not None
#: True
RE_BODY_SPOKE_VERB = LazyPattern(r"\b(?:said|says|told|confirmed|announced|warned|urged|added|blamed|insisted|stated|explained|admitted)\b")

#: A verb of a body's reporting, whose object is what it said, never someone it spoke to (unlike "told" or
#: "warned" in :data:`RE_BODY_SPOKE_VERB`): the names after it are those it spoke of (w136b).
#:
#: >>> RE_BODY_REPORTED_VERB.fullmatch("confirmed") is not None, RE_BODY_REPORTED_VERB.fullmatch("told") is None
#: (True, True)
RE_BODY_REPORTED_VERB = LazyPattern(r"said|says|confirmed|announced|added")

#: What a body that opens a sentence does there, told as done (‘ has cancelled’, ‘, which runs …, has told’,
#: ‘ confirmed’): a verb in the perfect or the past right after it or after a "which" aside (w58d).
#:
#: >>> RE_SUBJECT_ACTS.match(" has cancelled all sailings") is not None, RE_SUBJECT_ACTS.match(", which runs trains, has told") is not None
#: (True, True)
#: >>> RE_SUBJECT_ACTS.match(", which serves 90,000 homes, has told") is not None
#: True
#: >>> RE_SUBJECT_ACTS.match(" shares fell") is None
#: True
#:
#: An irregular perfect too (‘ has set up an exclusion zone’, ‘ has put in place’) (w92b).
#:
#: >>> RE_SUBJECT_ACTS.match(" has set up a 5-mile exclusion zone") is not None
#: True
#:
#: Also after its kind set off (‘, the regulator, said’) and in a simple past of "-ed" (‘ denied the claim’,
#: ‘ blamed’) or one of a few others (‘ found’) (w75b):
#:
#: >>> RE_SUBJECT_ACTS.match(", the regulator, said it was") is not None, RE_SUBJECT_ACTS.match(" denied the claim") is not None
#: (True, True)
#: >>> RE_SUBJECT_ACTS.match(" found that") is not None, RE_SUBJECT_ACTS.match(" red tape") is None
#: (True, True)
#:
#: And "gave" (‘ gave the plan a cautious welcome’) (w109c).
#:
#: >>> RE_SUBJECT_ACTS.match(" gave the plan a cautious welcome") is not None
#: True
#:
#: And a simple past of "-ed" before the words it used, in marks (‘ blamed ‘unprecedented demand’’, w137g).
#:
#: >>> RE_SUBJECT_ACTS.match(" blamed ‘unprecedented demand’ for it") is not None
#: True
#:
#: And after its kind set off with what it does, the kind a body's own word (‘, the heritage body responsible
#: for advising on the site, said’); never a person's longer than a short kind (‘, the officer responsible for
#: prosecutions in the northern district, said’) (w113c).
#:
#: >>> RE_SUBJECT_ACTS.match(", the heritage body responsible for advising on the site, said") is not None
#: True
#: >>> RE_SUBJECT_ACTS.match(", the officer responsible for prosecutions in the northern district, said") is None
#: True
#:
#: And "urged", what it asked of people (‘ urged customers to use supplies wisely’, w142i), a simple past, so a
#: subject that ends in a surname's word is a person's (‘Kim Novak urged fans …’, review rv114c).
#:
#: >>> RE_SUBJECT_ACTS.match(" urged customers to use supplies wisely").group("past")
#: 'urged'
RE_SUBJECT_ACTS = LazyPattern(r"(?:, which (?:[^.,;“”\"]|(?<=\d)[,.](?=\d)){1,80},|, the \p{Ll}[\p{Ll}\- ]{1,40},"
                              r"|, the (?:\p{Ll}[\p{Ll}\-]* ){0,3}(?:body|charity|trust|organi[sz]ation|agency|authority|association|society|group|regulator|watchdog)"
                              r" (?:responsible for|that|which|set up to|in charge of) [^.,;“”\"]{1,60},)? (?:(?:has|have|had) (?:now |also |already )?(?:\p{Ll}+ed|told|said|withdrawn|shut|cut|sent|taken|written|set|put|begun|made|given|built)\b"
                              r"|(?:said|confirmed|announced|told|warned|cancelled|canceled|closed|suspended|issued)\b"
                              r"|(?P<past>(?:found|sent|shut|cut|gave|urged)\b|\p{Ll}{3,}ed(?= (?:the|a|an|its|it|to|that|all|any|what)\b| [‘“\"])))")

#: The join of a clause that a bare spokesperson opens to the sentence its body is the subject of, right
#: before the spokesperson (‘…, but ’, ‘…, though ’, ‘… and ’): the cue's own sentence holds its body
#: (w103a).
#:
#: >>> RE_SAME_SENTENCE_JOIN.search("The trust declined to comment, but ").start()
#: 29
#: >>> RE_SAME_SENTENCE_JOIN.search("The trust said ") is None
#: True
RE_SAME_SENTENCE_JOIN = LazyPattern(r",? (?:but|though|although|while|and)(?: (?:only|later|earlier|separately))? $")

#: What a body that is the subject of a bare spokesperson's own sentence did not do, before the clause that
#: opens with the spokesperson (‘The station has not yet named a replacement, though …’, ‘The firm did not
#: respond to requests for comment, but …’) (w103a).
#:
#: >>> RE_NOT_ACTS.match(" has not yet named a replacement") is not None, RE_NOT_ACTS.match(" is big") is None
#: (True, True)
RE_NOT_ACTS = LazyPattern(r" (?:has|have|had|did|does|do|would|could) (?:not|n’t|n't)(?: yet)? \p{Ll}+\b")

#: What a body by its kind ("the council") that opens the sentence before a bare spokesperson's does
#: there: as :data:`RE_SUBJECT_ACTS`, or a present of saying or holding to a view (‘ insists it is on
#: track’, ‘ says it will’) (w102a).
#:
#: >>> RE_KIND_SUBJECT_ACTS.match(" insists it is on track") is not None, RE_KIND_SUBJECT_ACTS.match(" declined to comment") is not None
#: (True, True)
#: >>> RE_KIND_SUBJECT_ACTS.match(" is a big employer") is None
#: True
RE_KIND_SUBJECT_ACTS = LazyPattern(RE_SUBJECT_ACTS.pattern + r"|(?: (?:says|insists|maintains|denies|accepts|admits|declined|refused)\b)")


def _kind_subject_body(text: str, m: Mention, s_hi: int, cue_lo: int, cue_opens: bool, crossed: bool, cast: Cast,
                       same: bool = False) -> Person | None:
    r"""The body a kind that opens the sentence before a bare spokesperson's stands for (‘The council
    insists it is on track. A spokesperson said: “…”’, ‘The university declined to release the report. A
    spokesman said …’): the one body of that kind the article names before (:func:`_sole_body_of_kind`),
    when the kind acts or speaks there and the rest of the sentence names no other body or person and no
    other body by its kind. ``m`` is the sentence's subject, ``s_hi`` the sentence's end (w102a).

    >>> t = "Lowmere District Council approved 40 homes.\n\nResidents are angry. The council insists it is on track. A spokesman said: “We are.”"
    >>> c = Cast(t); at = t.index("The council")
    >>> _kind_subject_body(t, Mention(at, at + 11, "The council", "description"), t.index(" A spokes"), t.index("A spokes"), False, False, c).name
    'Lowmere District Council'
    >>> t2 = t.replace("insists it is on track", "fined Parrow Homes")
    >>> _kind_subject_body(t2, Mention(at, at + 11, "The council", "description"), t2.index(" A spokes"), t2.index("A spokes"), False, False, c) is None
    True
    """
    if not m.text.startswith(("The ", "the ")) or (head := description_head(m.text)) not in BODY_NOUNS \
            or len(m.text.split()) > 3:
        return None
    if (acts := _acts_after(RE_KIND_SUBJECT_ACTS, text, m.end, cue_lo, same)) is None:
        return None
    if cue_opens and RE_BODY_SPOKE_VERB.search(acts.group()) is None:
        return None  # (a cue opening its own paragraph only after a kind that spoke, as for a name)
    rest = text[acts.end():s_hi]
    if any(o.group(1) in BODY_NOUNS for o in regex.finditer(r"\b(?:the|a|an) (\p{Ll}+)\b", rest)):
        return None  # (another body by its kind it acts on or tells of: ‘The regulator fined the bank.’)
    if ("“" in rest or '"' in rest) and not RE_MARKED_AFTER_VERB.fullmatch(rest):
        return None
    if _names_told(rest) or RE_PERSONAL_PRONOUN.search(rest) is not None:
        return None  # (a name or a person told of: ‘The council refused Ashby Homes permission.’)
    return _sole_body_of_kind(text, m.start, head, cast)


#: The words of a sentence after its body's verb: marks only around a few words without a comma, words it
#: said in part, never a quotation with a speaker of its own (‘ said it was keeping it “under review”.’) (w75b).
#:
#: >>> RE_MARKED_AFTER_VERB.fullmatch(" it was keeping it “under review”.") is not None
#: True
#: >>> RE_MARKED_AFTER_VERB.fullmatch(" it. “We are sorry,” she added.") is None
#: True
RE_MARKED_AFTER_VERB = LazyPattern(r"[^“”\"]*(?:[“\"][^“”\",.]{1,80}[”\"][^“”\"]*)*")

#: A consumer column's "When I contacted <body>, it …": the body the writer put the case to, the "it" that
#: acts in the sentence (group 1 the body's name, the match up to the "it") (w75b).
#:
#: >>> RE_CONTACTED_BODY_IT.match("When I contacted Harwick Building Society, it found").group(1)
#: 'Harwick Building Society'
#: >>> RE_CONTACTED_BODY_IT.match("When I contacted Harwick, she said") is None
#: True
RE_CONTACTED_BODY_IT = LazyPattern(r"\s*(?:When|After|Once) (?:I|we|The Times|the paper) (?:contacted|approached|questioned|asked|wrote to|got in touch with|raised (?:this|it|the case) with) "
                                   r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){0,5})"
                                   r"(?: (?:about|over|on) [^,.;“”\"]{1,60})?, it(?= )")

#: A one-word subject's saying told with "it" for the subject, after an optional "which" aside (‘ParcelPoint
#: said it was “disappointed”’, ‘Frisk, which has its headquarters in Dublin, said it …’): a body's (w102a).
#:
#: >>> RE_ONE_WORD_SAID_IT.match(" said it was sorry") is not None, RE_ONE_WORD_SAID_IT.match(", which has its base in Leeds, said it would") is not None
#: (True, True)
#: >>> RE_ONE_WORD_SAID_IT.match(" said he was sorry") is None
#: True
RE_ONE_WORD_SAID_IT = LazyPattern(r"(?P<which>, which (?:[^.,;“”\"]|(?<=\d)[,.](?=\d)){1,80},)? (?:has |had )?(?:said|says|confirmed|announced) (?:that )?it\b")


def _short_of_named_body(m: Mention, cast: Cast) -> bool:
    r"""The subject ``m`` is the short form of a body's fuller name the article gave before
    (:func:`~quotesearch.body_names._fuller_body_name`, which never widens a person's name): ‘Harlow & Dunn’ of
    ‘Harlow & Dunn Brewery’, ‘Fathom’ of ‘Fathom Software’ are bodies (w109c).

    >>> t = "Harlow & Dunn Brewery will shut the pub. In a statement, Harlow & Dunn said it was sad."
    >>> _short_of_named_body(Mention(t.index("Harlow & Dunn said"), t.index(" said"), "Harlow & Dunn", "organisation"), Cast(t))
    True
    >>> t = "Mark Fathom will quit. Fathom said it was time."
    >>> _short_of_named_body(Mention(23, 29, "Fathom", "name"), Cast(t))
    False
    >>> t = "Homes in Ashby flooded. Ashby Rovers called off a match. Ashby has declared an emergency."
    >>> _short_of_named_body(Mention(t.index("Ashby has"), t.index(" has"), "Ashby", "name"), Cast(t))
    False
    """
    if m.kind not in ("name", "organisation") or not m.text[:1].isupper() or gender_of(m.text.split()[0]) is not None:
        return False
    full = _fuller_body_name(cast, m.text, m.start)
    if full == m.text:
        return False
    rest = regex.escape(full.removeprefix("the ")[len(m.text.removeprefix("the ")):])
    # (never a place's name the article gives by itself: ‘Homes in Ashby were flooded. Ashby Rovers called off
    # their match. Ashby has declared an emergency.’)
    return regex.compile(PLACE_BEFORE_SHORT_NAME + regex.escape(m.text) + r"\b(?!" + rest + ")").search(cast.text, 0, m.start) is None


#: The words before a place's name (‘in Ashby’, ‘near Thornby’), which make a short name no body's: filled in
#: with the name by :func:`_short_of_named_body`.
#:
#: >>> bool(regex.search(PLACE_BEFORE_SHORT_NAME + "Ashby", "Homes in Ashby")), bool(regex.search(PLACE_BEFORE_SHORT_NAME + "Ashby", "Ashby Rovers"))
#: (True, False)
PLACE_BEFORE_SHORT_NAME = r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Aa]round|[Aa]cross|[Tt]o) "


def _the_one_word_body(m: Mention | None) -> bool:
    r"""The subject ``m`` of the sentence before a bare spokesperson's is "The" and one capitalised word that
    names a body by itself (‘The Treasury declined to comment. A spokesperson said …’, ‘The Palace declined
    to respond. “…,” a spokesperson said’, w142i): a body, so long as the word is no role's or title's (‘The
    King lectures us’, ‘The Duke’), no given name, and no plural (a band's or a side's, ‘The Beatles’).

    >>> [_the_one_word_body(Mention(0, len(w), w, "organisation")) for w in ("The Treasury", "The Palace", "The Kremlin")]
    [True, True, True]
    >>> [_the_one_word_body(Mention(0, len(w), w, "organisation")) for w in ("The King", "The Duke", "The Beatles", "The DSC", "Treasury")]
    [False, False, False, False, False]
    """
    if m is None or m.kind != "organisation" or not m.text.startswith("The "):
        return False
    word = m.text[4:]
    return regex.fullmatch(r"\p{Lu}\p{Ll}{3,}", word) is not None and not word.endswith("s") \
        and word.lower() not in ROLE_NOUNS and word.lower() not in GENDERED_NOUNS and word.lower() not in KIN_NOUNS \
        and gender_of(word) is None


def _spelled_letters(text: str, m: Mention | None) -> str | None:
    r"""The full name of the body whose letters, "the" before them or not, are the subject ``m`` of the sentence
    before a bare spokesperson's, where the article spells them out (:func:`~quotesearch.acronym_bodies._spelled_out`:
    in brackets after the name, or one public body's name of their initials); None otherwise (w132f).

    >>> t = "The Digital Safety Commission (DSC) fined it. The DSC said it would act."
    >>> _spelled_letters(t, Mention(t.index("The DSC"), t.index(" said"), "The DSC", "organisation"))
    'Digital Safety Commission'
    >>> _spelled_letters(t, Mention(0, 3, "The", "name")) is None, _spelled_letters("The BBC said it would act.", Mention(0, 7, "The BBC", "organisation")) is None
    (True, True)
    """
    if m is None or m.kind not in ("name", "organisation"):
        return None
    letters = m.text.removeprefix("The ").removeprefix("the ")
    if not RE_BODY_LETTERS.fullmatch(letters):
        return None  # (the cheap test first: most subjects are no letters, and the article is never read for them)
    return _spelled_out(text).get(letters)


def _one_word_said_it(text: str, m: Mention, at: int, cue_lo: int, cast: Cast) -> bool:
    r"""The one-word subject ``m`` of the sentence before a bare spokesperson's said something of "it"
    (:data:`RE_ONE_WORD_SAID_IT`): a body, so long as the word is no given name and no surname the article
    knows (‘Hale said it was unfair’ after ‘Tom Hale’ stays a person's) (w102a).

    >>> t = "Frisk was fined. Frisk said it would appeal."
    >>> _one_word_said_it(t, Mention(17, 22, "Frisk", "name"), 22, len(t), Cast(t))
    True
    >>> t = "Tom Hale was fined. Hale said it was unfair."
    >>> _one_word_said_it(t, Mention(20, 24, "Hale", "name"), 24, len(t), Cast(t))
    False
    """
    if m.kind != "name" or " " in m.text or not m.text[:1].isupper() or gender_of(m.text) is not None:
        return False
    said_it = RE_ONE_WORD_SAID_IT.match(text, at, cue_lo)
    if said_it is None:
        return False
    known = cast.by_surname.get(m.text.lower())
    if known is not None and said_it.group("which") and " " not in known.name and known.gender is None and not known.titled:
        return True  # (a word the cast holds only for having spoken, set off by a "which" aside that no person
        # takes: ‘Frisk, which has its headquarters in Dublin, said it “respectfully disagrees”’, w136b; never
        # one without it, ‘Mirelle said it was “devastating”’, a performer's one name, guard w100b)
    return not cast.knows(m.text.lower())


#: A sentence of the writer putting the case to a body, the whole of it (‘I contacted Ashdown on your
#: behalf.’, ‘We asked Tri-Valley whether any of those options had been studied.’, ‘The Times approached
#: Harwick Water for comment.’): group 1 the body's name, group 2 the rest. Its spokesperson in the
#: sentence after answers for that body (w102a).
#:
#: >>> RE_WRITER_ASKED_BODY.fullmatch("I contacted Ashdown on your behalf.").group(1)
#: 'Ashdown'
#: >>> RE_WRITER_ASKED_BODY.fullmatch("We asked Tri-Valley Health whether it had studied them.").group(1)
#: 'Tri-Valley Health'
#: >>> RE_WRITER_ASKED_BODY.fullmatch("I asked her whether it was true.") is None
#: True
RE_WRITER_ASKED_BODY = LazyPattern(r"\s*(?:I|We|The Times|[Tt]his (?:newspaper|paper|column)) (?:contacted|approached|asked|wrote to|emailed|got in touch with|put (?:this|these|that|the \p{Ll}+) to) "
                                   r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){0,5})"
                                   r"((?: (?:on your behalf|for (?:a )?comment|about|over|on|whether|if|why|how|what) [^.;:“”\"]{0,120})?\.)")


def _writer_asked_body(text: str, asked: regex.Match, cast: Cast) -> Person | None:
    r"""The body of :data:`RE_WRITER_ASKED_BODY`'s sentence, by the fuller name the article gave it before:
    a body's name (:func:`is_organisation`) or the first words of one the article named before (‘Ashdown’
    of ‘Ashdown Gas & Power’); never a person (‘I asked Hollis whether …’), nor with another name in the
    rest of the sentence (‘We asked Dunmore about Harlow Homes' claims’, whose spokesperson it may be) (w102a).

    >>> t = "Ashdown Gas & Power sent a bill.\n\nI contacted Ashdown on your behalf. A spokesman said: “Sorry.”"
    >>> _writer_asked_body(t, RE_WRITER_ASKED_BODY.match(t, 34), Cast(t)).name
    'Ashdown Gas & Power'
    >>> t = "Jo Hollis sent a bill.\n\nI contacted Hollis on your behalf. A spokesman said: “Sorry.”"
    >>> _writer_asked_body(t, RE_WRITER_ASKED_BODY.match(t, 24), Cast(t)) is None
    True
    """
    name = asked.group(1)
    if _names_told(asked.group(2)):
        return None
    words = name.split()
    if gender_of(words[0]) is not None or RE_PERSONAL_PRONOUN.search(asked.group(2)) is not None:
        return None
    fuller = {n.group() for n in RE_OTHER_NAMED.finditer(text, 0, asked.start(1)) if n.group().startswith(name + " ")}
    full = fuller.pop() if len(fuller) == 1 else name  # (by the one fuller name the article gave it before)
    if is_organisation(full.split()) or full.split()[-1].lower() in BUSINESS_WORDS or full.split()[-1].lower() in ORG_WORDS:
        return Person(full, kind="organisation")
    return None


#: A body that told of what the sentence says, after it at its end (‘…, the Ministry of Defence has confirmed.’)
#: (w58d).
#:
#: >>> RE_BODY_CONFIRMED_AT_END.search("Engineers have arrived, the Ministry of Defence has confirmed.").group(1)
#: 'the Ministry of Defence'
RE_BODY_CONFIRMED_AT_END = LazyPattern(r", ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}) "
                                       r"(?:has |have )?(?:said|confirmed|announced)\.$")

#: Kinds whose one body named in the article may still not be the one "the <noun>" stands for at a cue far
#: from it: a firm's or a loose group's words fit any business, a match names two teams, and a faith body
#: is named in its clergy's titles (‘Bishop Tom Reed of the Diocese of Leeds’) (w48a).
#:
#: >>> "team" in SOLE_BODY_UNSURE_NOUNS, "band" in SOLE_BODY_UNSURE_NOUNS, "journal" in SOLE_BODY_UNSURE_NOUNS
#: (True, True, False)
SOLE_BODY_UNSURE_NOUNS = LOOSE_BODY_NOUNS | FIRM_SIDE_NOUNS | frozenset(("team", "club")) | frozenset(FAITH_BODY_NAME_WORDS)

#: Kinds whose one body in the article "the <noun>" stands for wherever the article first names it, not
#: only in its lede, when the body's own name ends in the noun (‘… inspectors from the Harlow Animal
#: League found …. After the hearing, the league said’, ‘… who works with the Brookvale Sight Trust …. The
#: trust said’): a charity's or a league's name says its kind, as no state's union does (review rv10:
#: ‘… under European Union rules. “…,” the union said’ stays with the lede's rule) (w65e).
#:
#: A club too, though a match names two sides (:data:`SOLE_BODY_UNSURE_NOUNS`): only by its own name
#: ending in "Club", the one body of its kind the article names (‘… sat on the committee of Ashgill
#: Rovers Cricket Club. The club said …’), never a side named by its team word alone (w83c).
#:
#: A seat that speaks for those it houses too, by its own name ending in "Palace" or "Presidency" (‘…,
#: Kensal Palace said. … In a statement, the palace said …’), wherever the article first names it (w90a).
#: A commission, an inspectorate, a board or a corporation too: a public body's name that ends in its kind says
#: what it is as a league's does (‘… fined by the Wagering Standards Commission …. The commission said’,
#: ‘… a visit by the Zoo Standards Inspectorate …. the inspectorate said’), however far down a headline,
#: a standfirst and a byline push the lede (w90c). A tribunal too, by its own name ending in "Tribunal" (‘The
#: Harbourside Civil Tribunal found that …. In its reasons, the tribunal said’) (w97b). An association or an
#: authority too, by its own name ending in its kind (‘… a clinic run by the Dunmore Tenants’ Association. …
#: The association said’, ‘… a notice from the Bayside Harbour Authority. … The authority said’) (w127n).
#:
#: >>> "tribunal" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "association" in SOLE_BODY_NAMED_ANYWHERE_NOUNS
#: (True, True)
#: >>> "league" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "union" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "club" in SOLE_BODY_NAMED_ANYWHERE_NOUNS
#: (True, False, True)
#: >>> "palace" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "commission" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "department" in SOLE_BODY_NAMED_ANYWHERE_NOUNS
#: (True, True, False)
SOLE_BODY_NAMED_ANYWHERE_NOUNS = frozenset(("league", "trust", "hospital", "club", "palace", "presidency", "commission",
                                            "inspectorate", "corporation", "board", "tribunal",
                                            "association", "authority"))

#: The endings of a body's own name that say it is of the kind, for :data:`SOLE_BODY_NAMED_ANYWHERE_NOUNS`
#: (its last word the noun, by default): a hospital's name may end "Medical Center" or "Infirmary" too (w77a).
#:
#: >>> "st. jude regional medical center".endswith(KIND_NAME_ENDINGS["hospital"])
#: True
#: >>> "the harwell health foundation".endswith(KIND_NAME_ENDINGS["hospital"])
#: False
#:
#: A club's name may end in "FC" or "AFC", its "Football Club" cut short (‘The junior section of Brierley Town FC
#: was suspended. … the club said’; never a side by its team word alone, ‘Harlow Rovers’) (w132b).
#:
#: >>> "kelby town fc".endswith(KIND_NAME_ENDINGS["club"]), "harlow rovers".endswith(KIND_NAME_ENDINGS["club"])
#: (True, False)
KIND_NAME_ENDINGS = {"hospital": (" hospital", " infirmary", " medical center", " medical centre"),
                     "club": (" club", " fc", " afc", " f.c.")}
