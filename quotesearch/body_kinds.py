"""Which body "the <kind>" stands for: names set off after a description, bodies that speak of
themselves as "it", the kind a speaker's words name, a second or rival body of the kind, bodies
described by their kind, and where the text names a body of a kind.
"""

from __future__ import annotations

import bisect
import functools
import re

import regex

from quotesearch.lexicon import KIND_MODIFIED_PEOPLE, LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import DEMONYMS, FAITHS, ONE_WORD_PLACES, SENDER_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import (
    BODY_HELD_ENDINGS, BODY_NAME_ENDINGS, BODY_RESTATING_WORDS, FIRM_NAME_LAST_WORDS, ORG_WORDS, RE_BODY_SIZE_WORD,
    SAME_KIND_PAIRS, SECOND_OF_KIND_WORDS,
)
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import PRONOUNS
from quotesearch.mention_words import DETERMINERS, Mention, PREPOSITIONS, description_head
from quotesearch.body_name_ends import REMIT_HEADS
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of, is_organisation
from quotesearch.tokens import word_positions
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.nicknames import BODY_COMPOUNDS, BODY_NOUNS, FIRM_NOUNS, PERSON_JOB_FIRM_NOUNS, SERVICE_COMPOUNDS
from quotesearch.titles import _person_noun
from quotesearch.body_names import PUBLIC_BODY_ENDINGS, RELATIVE_WORDS, _body_of_kind, _sides_of_and
from quotesearch.body_services import BROADCAST_NOUNS


#: A body's name set off after a description, opening with "the" and holding a word of the body's kind
#: (‘, the Association of Flight Attendants,’, ‘, the Harbour Workers Union,’): group 1 the kind's word.
#:
#: >>> RE_SET_OFF_BODY_OF_KIND.match(", the Association of Flight Attendants, called").group(1)
#: 'Association'
RE_SET_OFF_BODY_OF_KIND = LazyPattern(r", the (?:\p{Lu}[\p{L}’'\-]* |of |for |and ){0,5}?"
                                      r"(Union|Association|Federation|Guild|Alliance|Coalition|Council|Confederation)"
                                      r"(?: (?:of|for|and|\p{Lu}[\p{L}’'\-]*)){0,4},")


def _body_kind_renamed(text: str, mention: Mention, words: list[str]) -> bool:
    """A description of a body of one kind, a word or three after its head telling whose or where it
    is in lower case, then that body's name set off, of its kind (‘The flight attendants’ union at the
    carrier, the Association of Flight Attendants,’): the name is the head's, never the carrier's.

    >>> t = "The flight attendants’ union at the carrier, the Association of Flight Attendants, called it"
    >>> d = t[:t.index(",")]; _body_kind_renamed(t, Mention(0, len(d), d, "description"), d.split())
    True
    >>> t = "A spokeswoman for the carrier, the Association of Flight Attendants, said"
    >>> d = t[:t.index(",")]; _body_kind_renamed(t, Mention(0, len(d), d, "description"), d.split())
    False
    """
    head = description_head(mention.text)
    if head not in UNION_KIND_HEADS or not words[-1].isalpha() or not words[-1].islower() \
            or words[-1] in UNION_KIND_HEADS:
        return False
    m = RE_SET_OFF_BODY_OF_KIND.match(text, mention.end)
    if m is None:
        return False
    kind = m.group(1).lower()
    if kind == "union" and text[:m.start(1)].rstrip().rsplit(" ", 1)[-1].lower() in ("rugby", "football"):
        return False  # (a sport's governing body, never a workers' union: ‘The players’ union in the country,
        # the Welsh Rugby Union,’ is the players' union; review rv61b)
    return head == kind or head in ("body", "group") or (head == "union" and kind in WORKERS_BODY_KINDS)


#: The kinds of name a workers' union goes by (‘the Association of Flight Attendants’, ‘the Police
#: Federation’, ‘the Writers Guild’): a "union at the charity" named a Council or an Alliance is the
#: charity (‘The union for workers at the charity, the Countryside Alliance,’; review rv61b).
WORKERS_BODY_KINDS = frozenset("union association federation guild".split())


#: Heads of a description of a body whose own name, set off after it, holds a word of its kind.
UNION_KIND_HEADS = frozenset("union association federation guild alliance coalition council body group".split())


#: Someone's lawyers set off with their firm's name, two names joined by "&" or "and" or one with a law
#: firm's ending (‘Kaminski's lawyers, Trowbridge & Pell,’, ‘the band's solicitors, Harcourt Lyle LLP,’):
#: group "name" the firm's name, never a lawyer's own (‘her lawyer, Tom Reed,’; two lawyers by name, ‘Tom
#: Reed and Ann Lee’, the callers tell by their given names) (w78c).
#:
#: >>> RE_LAWYERS_FIRM.search("Kaminski’s lawyers, Trowbridge & Pell, wrote to").group("name")
#: 'Trowbridge & Pell'
#: >>> RE_LAWYERS_FIRM.search("His solicitors, Harcourt Lyle LLP, said").group("name")
#: 'Harcourt Lyle LLP'
#: >>> RE_LAWYERS_FIRM.search("Her lawyer, Tom Reed, said") is None, RE_LAWYERS_FIRM.search("Her lawyers, Tom Reed, said") is None
#: (True, True)
_CAP = r"\p{Lu}[\p{L}\p{M}’'\-]*"
RE_LAWYERS_FIRM = LazyPattern(rf"\b(?:lawyers|solicitors|attorneys|law firm),? (?P<name>{_CAP}(?: {_CAP})* (?:&|and) {_CAP}(?: {_CAP})*"
                              rf"|{_CAP}(?: {_CAP})* (?:LLP|LLC|Solicitors))(?=[,.;:]| (?:said|wrote|told|has|have|had)\b)")


def _set_off_name(text: str, mention: Mention, open_at: int) -> Mention | None:
    """The name set off right after a description whose head ends it (‘The broadcasting regulator,
    the Audio Standards Board,’, ‘Nightjar's developer, the Cyprus-registered company Strix
    Systems,’, ‘the guest, a chiropractor named Dale Rimmer,’): two words at least, or one after
    "named" or "called"; never a party, a faith, a nation or a role (‘The governor, a Republican,’),
    a place or a date, a name after a participle or a preposition (‘One such document, obtained by
    The Post,’), nor the name of a noun after the head (‘Defence lawyers for the former mayor, Tom
    Becker,’, ‘… in Honiara, Solomon Islands,’)."""
    words = mention.text.split()
    extended = False
    if words[0].lower() in OWNER_PRONOUN_WORDS and (more := RE_AND_SECOND_ROLE.match(text, mention.end)) is not None \
            and not mention.start < open_at <= more.end():
        mention = Mention(mention.start, more.end(), text[mention.start:more.end()], mention.kind, mention.role)
        words, extended = mention.text.split(), True  # (a second role of the same person: ‘Her oldest
        # friend and former apprentice, the baker Ines Marlow,’ is hers, w72b)
    if not mention.start < open_at <= mention.end and words[-1].lower() in ("lawyers", "solicitors", "attorneys") \
            and (firm := RE_LAWYERS_FIRM.match(text, mention.end - len(words[-1]))) is not None \
            and firm.start("name") == mention.end + 2 and text[firm.end():firm.end() + 1] == "," \
            and not any(gender_of(w) is not None for w in firm.group("name").split()):
        return Mention(firm.start("name"), firm.end(), firm.group("name"), "organisation")  # someone's lawyers and
        # their firm set off: ‘Kaminski's lawyers, Trowbridge & Pell, wrote’ is the firm (w78c)
    if mention.start < open_at <= mention.end or words[-1].endswith("s"):
        return None
    body_after = not extended and description_head(mention.text) != words[-1].lower()
    place_after = body_after and len(words) > 2 and words[-2] in ("in", "at", "from", "near") and words[-1][:1].isupper()
    if body_after and _body_kind_renamed(text, mention, words):
        body_after = False  # (the body's own name, of its kind: ‘The flight attendants’ union at the carrier, the
        # Association of Flight Attendants,’ is the union, never the carrier; w61b)
    if body_after and not place_after and (words[-1].lower() not in THING_NOUNS or description_head(mention.text) not in ROLE_NOUNS):
        return None  # (but a body after the head, ‘said a spokeswoman for the carrier, Ellen Marsh’, is
        # no person: the name is the spokeswoman's)
    m = RE_APPOSITIVE_NAME.match(text, mention.end)
    if m is None:
        return None
    if place_after and not (m.start(1) == mention.end + 2 and m.group(1).split()[0].rstrip(".").lower() in HONORIFICS):
        return None  # a place after the head, then a name with its honorific: ‘A commercial bus driver at
        # Mile 12, Mr Tunde Bakare, said’ (never the place's own region: ‘a teacher in Lagos, Nigeria,’)
    if body_after and not place_after and gender_of(m.group(1).split()[0]) is None:
        return None
    name, lead = m.group(1), m.group(0)[2:m.start(1) - m.start()]
    first = name.split()[0].lower()
    if name.lower() in ONE_WORD_PLACES or name in TWO_WORD_PLACES or name.isupper() or first in NOT_NAMES \
            or (" " not in name and "named " not in lead and "called " not in lead):
        return None
    if any(w in FUNCTION_WORDS or (w.endswith(("ed", "ing")) and "-" not in w)
           for w in lead.lower().split() if w not in ("the", "a", "an", "named", "called")):
        return None
    if first in ROLE_NOUNS and not is_organisation(name.split()):
        title, person = split_title(name.split())  # a title and a name: ‘His opponent, Secretary of State
        if title and len(person) >= 2 and gender_of(person[0]) is not None:  # Lucinda Arroyo, called’
            at = m.start(1) + len(name) - len(" ".join(person))
            return Mention(at, at + len(" ".join(person)), " ".join(person), "name", title)
        return None
    if not is_organisation(name.split()) and (first in PARTY_WORDS or first in DEMONYMS
                                              or first in FAITHS or first in ("of", "for")):
        return None
    at = m.start(1)
    kind = "organisation" if is_organisation(name.split()) or lead.startswith("the ") else "name"
    if kind == "name" and " of " in name and len(person := name.split(" of ")[0].split()) >= 2:
        name = " ".join(person)  # a person and where from: ‘The moderator, Renee Galloway of WPHL,’
    if lead == "the ":
        at, name = at - 4, "the " + name  # (a body's name as written: "the Audio Standards Board")
    return Mention(at, at + len(name), name, kind, mention.text if kind == "name" else None)  # (the description, its role)


#: A second role joined by "and" to a person's own role, before a name set off (‘Her oldest friend and
#: former apprentice, the baker Ines Marlow,’, ‘His mentor and onetime boss, Paul Greer,’): lower-case words
#: only, never an article or a second person (‘and a neighbour’) (w72b).
#:
#: >>> RE_AND_SECOND_ROLE.match(" and former apprentice, the baker").end(), RE_AND_SECOND_ROLE.match(" and a neighbour, Sam") is None
#: (22, True)
RE_AND_SECOND_ROLE = LazyPattern(r" and (?!(?:a|an|the|his|her|their|its|other|others)\b)(?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+(?=, )")

#: Words that open a person's own role as another's (‘Her longtime friend’, ‘His mentor’).
OWNER_PRONOUN_WORDS = frozenset(("her", "his", "their"))


#: A name set off after a description, with a word or three of its own before it (‘, the Audio
#: Standards Board,’, ‘, the Cyprus-registered company Strix Systems,’, ‘, a chiropractor named Dale Rimmer,’),
#: and where they are from after it (‘As one reader, Bernard Hollis from Kilcross, put it’).
RE_APPOSITIVE_NAME = LazyPattern(r", (?:(?:the|a|an) )?(?:(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}+-\p{Ll}+) ){0,3}(?:named |called )?"
                                 r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,5})"
                                 r"(?: (?:from|in) \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})?(?:,|\.(?=\s|$))")

#: A body given as a sentence's source at its end (‘…, according to the Pine Valley Police Department.’),
#: or with what it said in a clause of its own ending the sentence (‘…, according to the Carrow County
#: Public Defender's Office, which said it expected to be appointed.’).
#:
#: >>> RE_ACCORDING_TO_BODY.search("He had no lawyer, according to the Carrow Defender's Office, which said it would act.").group(1)
#: "the Carrow Defender's Office"
#: >>> RE_ACCORDING_TO_BODY.search("He had no lawyer, according to the Carrow Defender's Office, which he called.") is None
#: True
RE_ACCORDING_TO_BODY = LazyPattern(r"according to ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7})"
                                   r"(?:[.,]?\s*$|, which (?:said|says|added|confirmed|stated) )")

#: A body that a sentence's trailing reporting clause gives as its speaker (‘Police used water
#: cannon to disperse them, the Interior Ministry said.’, ‘…, the Defence Ministry said on Telegram.’),
#: a clause in lower case after it (‘…, the Rowing Integrity Board said on Monday, in a ruling the
#: rower called “…”’).
#:
#: >>> RE_BODY_SAID_AT_END.search("Kell was banned, the Rowing Integrity Board said on Monday, in a ruling he called unfair.").group(1)
#: 'the Rowing Integrity Board'
#: >>> RE_BODY_SAID_AT_END.search("Kell was banned, the Rowing Integrity Board said on Monday, Kell Jones added.").group(1)
#: 'Kell Jones'
RE_BODY_SAID_AT_END = LazyPattern(r", ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}) "
                                    r"(?:said|says|reported|announced|added|wrote)(?: (?:on|in) [^.,;“”\"\n]{1,40})?"
                                    r"(?:\.\s*$|, (?=\p{Ll}))")

#: Kinds of public body that "The CDC", "the NUM" may be.
ACRONYM_BODY_NOUNS = frozenset("agency bureau administration department ministry commission authority regulator "
                               "watchdog directorate".split())  # (never "union": it answers the employer named before)

#: A subject's verb right after it, with "its" as its object's owner: what a body does to its own
#: ("grounded its fleet", "cut its forecast"; never "Delacroix blamed the weather for its losses").
RE_VERB_ITS = LazyPattern(r" (?:(?:also|has|had|have|will|would|quickly|temporarily) )?(\w+) its\b")

#: A subject that speaks of itself as "it": a body (‘Corvanta said it would cooperate’), where it said so
#: between (‘said in a statement posted on its website that it would’) (w65g).
#:
#: >>> bool(RE_SAID_IT.match(" said in a statement posted on its website that it would appeal"))
#: True
#: >>> bool(RE_SAID_IT.match(" said in a statement that it was the best")), bool(RE_SAID_IT.match(" said it"))
#: (True, False)
RE_SAID_IT = LazyPattern(r" (?:also )?(?:said|says|announced|confirmed|stated|added) "
                         r"(?:(?:on \w+ |in an? (?:statement|filing|release|note|letter)(?: [\w’'\-]+){0,5}? )?that )?it "
                         r"(?:would|will|was|is|had|has|could|plans|planned|expects|expected|intends|intended)\b")


#: The close of a "which" clause and a cue with "it" right after it (‘…, which makes chips, said it would’).
RE_WHICH_ASIDE_SAID_IT = LazyPattern(r",(?=" + RE_SAID_IT.pattern + r")")


def _said_it_past_aside(text: str, end: int, hi: int) -> bool:
    """The subject ending at ``end`` speaks of itself as "it" past an aside that tells what it is,
    no person (‘Voltaris, a joint venture between a Korean battery maker and a U.S. automaker, said it
    was “disappointed”’; never ‘Hale, a lawyer for the firm, said it would appeal’).

    >>> _said_it_past_aside("Kolt, a joint venture of two U.S. firms, said it would", 4, 60)
    True
    >>> _said_it_past_aside("Hale, a lawyer for the firm, said it would", 4, 50)
    False
    """
    if not text.startswith(", ", end):
        return False
    if text.startswith(", which ", end) and not _place_before(text, end):
        # a clause on a thing, never a person's "who": ‘Palmyra, which is based in Leeds and was valued
        # at £40m last year, said it would …’ (its commas looked past, up to the cue's own)
        said = RE_WHICH_ASIDE_SAID_IT.search(text, end + 8, min(hi, end + 8 + 2 * ASIDE_REACH))
        return said is not None and ". " not in text[end:said.start()]
    close = text.find(",", end + 2, min(hi, end + 2 + ASIDE_REACH))
    if close < 0 or RE_SAID_IT.match(text, close + 1, hi) is None:
        return False
    words = text[end + 2:close].lower().split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS
                or w in ("between", "and")), len(words))
    return len(words) >= 2 and words[0] in ("a", "an", "the") and cut >= 2 and words[cut - 1].isalpha() \
        and not _person_noun(words[cut - 1]) and not _person_noun(words[cut - 1].removesuffix("s"))


def _spoke_only(p: Person, cast: Cast) -> bool:
    """Nothing but speaking marks this name of one word a person's: no sex, no title, no role, no
    "who" after it."""
    return p.kind == "name" and " " not in p.name and p.gender is None and not p.titled and not p.who \
        and not cast.roles_of(p)


#: How long an aside between a subject and its verb may be.
ASIDE_REACH = 120

#: An aside after a firm's name that tells who owns it, up to its closing comma (‘Norwick Dairy, owned
#: by the listed group Tarrant Foods, said …’): the owner it names is no other speaker.
#:
#: >>> RE_OWNER_ASIDE.match(", owned by the listed group Tarrant Foods, said").group()
#: ', owned by the listed group Tarrant Foods,'
#: >>> RE_OWNER_ASIDE.match(", who owns Tarrant Foods, said") is None
#: True
RE_OWNER_ASIDE = LazyPattern(r", (?:(?:wholly|majority|partly|jointly|privately|family)[ \-])?(?:owned|controlled) by [^,.;:“”\"]{1,80},")


def _owner_aside(text: str, end: int, hi: int) -> tuple[int, int] | None:
    """Where an aside on who owns the subject ending at ``end`` lies (RE_OWNER_ASIDE), else None."""
    m = RE_OWNER_ASIDE.match(text, end, hi)
    return m.span() if m is not None else None


def _its_own(text: str, start: int, end: int, hi: int) -> bool:
    """The sentence goes on from a subject's end to an "its" of the subject's own, within a few
    words that name no one else, and the subject is a name the article gave before (‘Tandem filed
    …. Tandem acknowledges the dual-class structure in its risk factors’; never a surname met
    first: ‘Delacroix blamed the weather for its losses’)."""
    its = text.find(" its ", end, min(hi, end + 60))
    return its >= 0 and RE_CAPITAL_WORD.search(text, end, its) is None \
        and next(word_positions(text, text[start:end], max(0, start - BODY_ENDING_REACH), start), None) is not None


RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}")

#: The body people belong to, right after them ("Engineers at rival Hexon Industries").
RE_AT_BODY = LazyPattern(r" (?:at|of|from|for|with) (?:the )?(?:\p{Ll}+ )?(\p{Lu}[\p{L}&’'\-]*(?: \p{Lu}[\p{L}&’'\-]*)*)")


#: One who speaks for a body the article has named, called again by its kind (‘a spokesman for the
#: authority’, ‘A spokeswoman for the district’): the kind, as "the authority" would be read.
#:
#: >>> RE_SPOKESPERSON_FOR_KIND.fullmatch("a spokesman for the authority").group(1)
#: 'the authority'
#: >>> RE_SPOKESPERSON_FOR_KIND.fullmatch("a spokesman for the Kestrel Group") is None
#: True
RE_SPOKESPERSON_FOR_KIND = LazyPattern(r"(?:[Aa]n?|[Tt]he|[Oo]ne) (?:spokesperson|spokeswoman|spokesman) (?:for|of) (the \p{Ll}+)")

#: Kinds of body whose spokesperson the article calls by the kind alone (‘a company spokesperson’, ‘a
#: council spokesman’, ‘a trust spokeswoman’, ‘a ministry spokeswoman’, ‘a force spokesperson’ of a police
#: force, ‘a district spokesperson’ of a school district), for the body of that kind it has named (w48a,
#: w56a, w58a, w58d).
#:
#: >>> "council" in SPOKESPERSON_KIND_NOUNS, "force" in SPOKESPERSON_KIND_NOUNS, "treasury" in SPOKESPERSON_KIND_NOUNS
#: (True, True, False)
SPOKESPERSON_KIND_NOUNS = ("company", "firm", "council", "trust", "charity", "club", "university", "hospital", "airline",
                           "ministry", "district", "force")

#: One who speaks for a body the article has named, called by the body's kind before the role (‘a company
#: spokesperson’, ‘A council spokesman’): the kind, as "the company" or "the council" would be read (w48a, w56a).
#:
#: >>> RE_KIND_SPOKESPERSON.fullmatch("a company spokesperson").group(1), RE_KIND_SPOKESPERSON.fullmatch("A council spokesman").group(1)
#: ('company', 'council')
#: >>> RE_KIND_SPOKESPERSON.fullmatch("a Treasury spokesperson") is None
#: True
RE_KIND_SPOKESPERSON = LazyPattern(r"(?:[Aa]n?|[Oo]ne) (" + "|".join(SPOKESPERSON_KIND_NOUNS) + r") (?:spokesperson|spokeswoman|spokesman)")


#: A body's own office in a place, called by the body's kind (‘the agency's Norman office’, ‘the bureau’s Boston
#: field office’): the kind, as "the agency" would be read; the office speaks for the body (w49b).
#:
#: >>> RE_KIND_LOCAL_OFFICE.fullmatch("the agency's Norman office").group(1)
#: 'agency'
#: >>> RE_KIND_LOCAL_OFFICE.fullmatch("the agency's press office") is None, RE_KIND_LOCAL_OFFICE.fullmatch("the mayor's office") is None
#: (True, True)
RE_KIND_LOCAL_OFFICE = LazyPattern(r"[Tt]he (\p{Ll}+)[’']s \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?(?: field)? (?:office|bureau)")


def _body_kind(said_by: list[str], how: str) -> str | None:
    """The kind of body a speaker's words name as "the <kind>" ("the firm"; "the Bank", its kind in
    capitals as some write a body's; "the Boston-based company", where it is based), for the body
    named before; none for anything else. A spokesperson for "the <kind>" speaks for that body
    (‘a spokesman for the authority’)."""
    if how == "description" and 5 <= len(said_by) <= 6 \
            and (spoke_for := RE_SPOKESPERSON_FOR_KIND.fullmatch(" ".join(said_by))) is not None:
        said_by = spoke_for.group(1).split()
    elif how == "description" and len(said_by) == 3 and (spoke_for := RE_KIND_SPOKESPERSON.fullmatch(" ".join(said_by))) is not None:
        said_by = ["the", spoke_for.group(1)]
    elif how == "description" and 4 <= len(said_by) <= 6 and (office := RE_KIND_LOCAL_OFFICE.fullmatch(" ".join(said_by))) is not None:
        said_by = ["the", office.group(1)]  # (a body's office in a place: ‘the agency's Norman office wrote’)
    based = next((k for k, w in enumerate(said_by) if w.endswith("-based")), None) \
        if how == "description" and len(said_by) >= 3 else None
    if based is not None and based == len(said_by) - 2 and all(w[:1].isupper() for w in said_by[1:based + 1]):
        said_by = [said_by[0], said_by[-1]]  # (a place: never ‘the community-based group’)
    if how in ("description", "organisation") and len(said_by) == 2 and said_by[0].lower() == "the" \
            and said_by[1].lower() in BODY_NOUNS and (how == "description" or said_by[1][:1].isupper()):
        return said_by[1].lower()
    if how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and (compound := f"{said_by[1]} {said_by[2]}") in BODY_COMPOUNDS:
        return compound  # (a kind of two words: ‘the fund house’)
    if how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and (service := SERVICE_COMPOUNDS.get(f"{said_by[1]} {said_by[2]}".lower())) is not None:
        return service  # (a service's two words, as its one: ‘the coast guard’ is "the coastguard", w83a)
    if how == "description" and [w.lower() for w in said_by] == ["the", "central", "bank"]:
        return "central bank"  # (‘The Central Bank of Ostrava held rates …. the central bank said’) (w50c)
    if how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and said_by[2].lower() in BODY_NOUNS and _restating_word(said_by[1]):
        return said_by[2].lower()  # (its kind with a word that restates it: ‘the low-cost carrier’)
    return None


#: Words that give the name a body brought in by its kind goes by that no verb reads as, which may
#: follow the body's members after "of" (‘a coalition of student groups calling itself X’; never
#: "called", a verb there: ‘a group of residents called Mayor X a liar’).
#:
#: >>> "known as" in BODY_SELF_NAMING_LEADS, "called" in BODY_SELF_NAMING_LEADS
#: (True, False)
BODY_SELF_NAMING_LEADS = ("calling itself", "that calls itself", "which calls itself", "known as")

#: Words that give the name a body brought in by its kind goes by (‘a group calling itself X’,
#: ‘an activist network known as X’, ‘a hacking group named X’): :data:`BODY_SELF_NAMING_LEADS` and
#: "called", "named".
BODY_CALLED_LEADS = BODY_SELF_NAMING_LEADS + ("called", "named")


@functools.lru_cache(maxsize=64)
def _kind_called(noun: str) -> regex.Pattern:
    """A body of the kind ``noun`` brought in unnamed, then the name it goes by.

    >>> _kind_called("group").search("claimed by a hacking group calling itself Red Moth, which").group("name")
    'Red Moth'
    >>> _kind_called("group").search("A group of residents called on the council") is None
    True
    >>> _kind_called("group").search("An armed group calling itself Saraya Awliya al-Fajr has").group("name")
    'Saraya Awliya al-Fajr'
    >>> _kind_called("group").search('a ransomware group calling itself "Grey Heron" claimed').group("name")
    'Grey Heron'
    >>> _kind_called("coalition").search("by a coalition of tenant groups calling itself Fair Rent Now.").group("name")
    'Fair Rent Now'
    >>> _kind_called("group").search("A group of residents called Mayor Lee a liar") is None
    True
    """
    word = r"(?:(?:al|el|ad|as|an|ar|at|az|ash)-)?\p{Lu}[\p{L}\p{M}’'\-]*"  # (and Arabic's article: ‘Saraya Awliya al-Fajr’)
    return regex.compile(r"\b(?:[Aa]n?|[Aa]nother) (?:[\p{Ll}\-]+ ){0,3}?" + regex.escape(noun) + r" (?:"
                         + "|".join(BODY_CALLED_LEADS) + r"|of (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+s (?:"  # (its members after "of", w66c)
                         + "|".join(BODY_SELF_NAMING_LEADS) + r")) [\"“]?(?P<name>(?:the )?" + word
                         + r"(?:(?: (?:of|for|and|&|the))* " + word + r")*)")


def _unnamed_kind_since(text: str, lo: int, at: int, noun: str) -> regex.Match | None:
    """Another of the kind brought in unnamed between ``lo`` and ``at`` (‘a second group’), which "the
    <noun>" may stand for as well; never one denied (‘Voters choose a governor, not a board.’), which
    brings in none (w72b).

    >>> _unnamed_kind_since("Voters choose a governor, not a board.", 0, 38, "board") is None
    True
    >>> _unnamed_kind_since("It named a new board.", 0, 21, "board") is not None
    True
    >>> _unnamed_kind_since("It funds a not-for-profit board.", 0, 32, "board") is not None  # (a word, never a denial)
    True

    Never past "the" or a possessive, which opens a phrase of its own: ‘the third weekend in a row the
    hospital has been short of nurses’ brings in no hospital (w77a):

    >>> _unnamed_kind_since("the third weekend in a row the hospital has shut", 0, 48, "hospital") is None
    True
    """
    return regex.search(rf"(?<!\bnot\s)\b(?:a|an|another|one)\s+(?!of\b)(?:(?!not,?\s|(?:the|its|their|his|her)\s)[\w\-’']+,?\s+){{0,3}}?{regex.escape(noun)}\b",
                        text[lo:at], flags=regex.I)  # (a comma between its words: ‘a second, unnamed group’)


def _restating_word(word: str) -> bool:
    """A word before a body's kind that speaks again of the body named, telling no second one of the
    kind: ‘the embattled lender’, ‘the low-cost carrier’, ‘the state-owned broadcaster’, ‘the
    Pune-headquartered company’ (never ‘the rival carrier’, ‘the second-largest carrier’, ‘the
    community-based group’).

    >>> _restating_word("low-cost"), _restating_word("Nasdaq-listed"), _restating_word("rival"), _restating_word("community-based")
    (True, True, False, False)
    """
    low = word.lower()
    return low in BODY_RESTATING_WORDS or RE_BODY_SIZE_WORD.fullmatch(low) is not None or (word[:1].isupper() and "-" in low and low.rsplit("-", 1)[1] in BODY_HELD_ENDINGS
                                            and low.rsplit("-", 1)[0].replace("-", "").isalpha())


#: How far back the "the <kind>" a body's "it" stands for is looked for (about two sentences).
BODY_PRONOUN_REACH = 300


#: A land's top court by its epithet (‘Europe's top court’, ‘India’s highest court’), never a court of
#: its own (‘the defendant's appeal court’).
#:
#: >>> RE_APEX_COURT_EPITHET.fullmatch("Europe's top human rights court") is not None, RE_APEX_COURT_EPITHET.fullmatch("Smith's court")
#: (True, None)
RE_APEX_COURT_EPITHET = LazyPattern(r"\p{Lu}[\p{L}]+['’]s (?:top|highest|apex) (?:\p{Ll}+ ){0,2}court")


def _body_fits(text: str, mention: Mention, kind: str, body: Person) -> bool:
    """The body found for "the <kind>" at ``mention`` is the one meant: where the words say it is
    based, the text writes that of it (‘Oslo-based Fjordline sold its ferries to Kiel-based Baltic
    Link. “…,” the Kiel-based company said’ is Baltic Link's, ‘the Dallas-based company’ never Texcel
    Corp. beside Dallas-based Crestmark Bank); and a board, a court or a supplier is the one named
    only when no other of its kind is told of since (‘Halvorsen's board of directors’, ‘a parts
    supplier’, ‘A federal judge in Austin blocked the law’)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    based = RE_BASED.search(mention.text)
    if based is not None and any(not text.startswith(name, m.end() + 1)
                                 for m in regex.compile(regex.escape(based.group()) + r"(?= \p{Lu})").finditer(text, 0, mention.start)):
        return False  # (another firm the text says is based there)
    if kind in ("board", "court", "supplier"):
        lo = max(0, mention.start - BODY_REACH)
        own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text[lo:mention.start])]
        nouns = f"(?:{kind}|judge)" if kind == "court" else kind  # (a judge is a court of one)
        pattern = rf"(?<!\bnot )\b(?:a|an|the|its|their|his|her|[\p{{L}}]+['’]s) (?:(?!not )[\p{{L}}\p{{N}}\-.]+ ){{0,3}}{nouns}\b"
        # (never one denied: ‘Voters choose a governor, not a board’, w72b; but ‘a not-for-profit board’ is one, rv72b)
        window = text[lo:mention.start]
        if any(not any(m.start() < b and a < m.end() for a, b in own) and m.group().lower() != f"the {kind}"
               and not window.startswith((f", {name}", f", the {name}"), m.end())  # (its own appositive:
               # ‘Germany's top court, the Federal Constitutional Court,’; and "the board" again is the same)
               and not (based is not None and RE_APEX_COURT_EPITHET.fullmatch(m.group()) is not None
                        and own and m.end() <= own[0][0])  # (a land's top court told of before the court is
               # named is that court, when the words restate it by its seat: ‘Europe's top court ruled …. the
               # Court of Justice of the European Union said. The Luxembourg-based court added’; never one told of
               # after it: ‘the General Court said. Google can go to Europe's top court. The Luxembourg-based court said’)
               for m in regex.finditer(pattern, window, flags=regex.I)):
            return False  # (another of its kind told of around it: ‘The 9th Circuit Court of Appeals ruled …. the
            # Supreme Court declined …. the court said’)
    if _rival_named(text, mention.start, kind, name):
        return False
    if _second_of_kind_since(text, name, mention.start, kind):
        return False
    return True


@functools.lru_cache(maxsize=64)
def _kind_in_name(noun: str) -> re.Pattern:
    """A body's name with its kind in capitals, after its owner or before "of" ("Harbor National Bank",
    "the Diocese of Kells"; never "Bank Rate", "raised Bank")."""
    kind = regex.escape(noun[:1].upper() + noun[1:])
    return regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\s)+{kind}\b(?!\s\p{{Lu}})|\b{kind} of (?:the )?\p{{Lu}}")


def _rival_named(text: str, at: int, kind: str, name: str) -> bool:
    """Another body of that kind is named by its capitalised name within reach before ``at``, outside
    the body's own name: "the <kind>" may be either (‘The Diocese of Arden will merge with the Diocese
    of Kells. “…,” the diocese said’, ‘The Ministry of Health and the Ministry of Finance …’)."""
    lo = max(0, at - BODY_REACH)
    if text.find(kind[:1].upper() + kind[1:], lo, at) < 0:
        return False  # (cheap: no capital kind in reach)
    own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text, pos=max(0, lo - len(name)), endpos=at)]
    return any(not any(a <= m.start() < b or a < m.end() <= b for a, b in own)
               and not (_shortened_name(m.group(), name) and not any(_one_sentence(text, a, m.start()) for a, _ in own))
               for m in _kind_in_name(kind).finditer(text, lo, at))  # (its own shorter name is no rival, but one
    # named in the same sentence is another: ‘moved from Mercy General Hospital to Mercy Hospital’)


#: How far before "the board" or "the court" another of its kind makes it unclear which is meant.
BODY_REACH = 600


#: A second body of a kind brought in by "another" or "a rival", "a second" (SECOND_OF_KIND_WORDS), with
#: up to two words before its kind (‘Shawbrook, another lender,’, ‘a second private lender’).
RE_SECOND_OF_KIND = LazyPattern(r"\b(?:[Aa]nother|(?:[Aa]n?|[Oo]ne) (?:" + "|".join(sorted(SECOND_OF_KIND_WORDS))
                                  + r")\b)((?:,? [\p{Ll}\-]+){1,3})\b(?![\-’'])")


#: The lower-case word right before a name, its kind as written before it (‘, airline Skyhop fell’) (w50c).
#:
#: >>> RE_LOWER_WORD_BEFORE.search("stocks, airline ").group(1)
#: 'airline'
RE_LOWER_WORD_BEFORE = LazyPattern(r"(?<![\p{L}\-’'])(\p{Ll}+) $")

#: A body brought in inside a sentence by "the" or "a", a few lower-case words, its kind and then its name,
#: and group "clause" when it opens a clause of its own, a lower-case verb after it (‘after the Irish
#: low-cost carrier Skyvane cancelled six flights’): group "kind" is the kind, "name" the name (w68a).
#:
#: >>> m = RE_KIND_WORD_THEN_NAME.search("stranded after the Irish low-cost carrier Skyvane cancelled six flights")
#: >>> m.group("kind"), m.group("name")
#: ('carrier', 'Skyvane')
#: >>> RE_KIND_WORD_THEN_NAME.search("after the armed group Sons of the Valley claimed it").group("name")
#: 'Sons of the Valley'
#: >>> RE_KIND_WORD_THEN_NAME.search("the carrier said it would refund fares") is None
#: True
#: >>> RE_KIND_WORD_THEN_NAME.search("residents told the agency Monday they were worried").group("clause") is None
#: True
RE_KIND_WORD_THEN_NAME = LazyPattern(r"\b(?:[Tt]he|[Aa]n?) (?:(?:\p{Lu}[\p{Ll}\-]*|[\p{Ll}\-]+) ){0,3}(?P<kind>\p{Ll}+) "
                                     r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:(?: (?:of|for|and|the|on))* \p{Lu}[\p{L}\p{M}’'\-]*){0,4})"
                                     r"(?=(?P<clause> (?!(?:he|she|they|it|we|you|of|for|and|the|on)\b)\p{Ll}+\b))?")


def _same_kind(word: str, noun: str) -> bool:
    """A kind's word that "the <noun>" may stand for: the noun, or another word for it (‘firm’ for "the
    company", ‘bank’ for "the lender", ‘airline’ for "the carrier", ‘regulator’ for "the watchdog")."""
    return word == noun or any(word in kinds and noun in kinds and not (kinds is FIRM_NOUNS and word in PERSON_JOB_FIRM_NOUNS)
                               for kinds in (FIRM_NOUNS, REGULATOR_NOUNS, *SAME_KIND_PAIRS))  # (a publisher's word
    # before a name is a person's job as often: ‘Newspaper publisher Tolu Bankole’ is no "company": rv68b)


def _second_of_kind_since(text: str, name: str, at: int, noun: str) -> bool:
    """After the body's name last written before ``at`` (within a body's reach), the text brings in
    another of the kind (‘Signature Bank failed. PacWest Bancorp, another regional lender, fell.
    “…,” the lender said’, ‘Zenith Bank, a rival lender,’): "the <noun>" may be either. Never a
    rival told of before the name (‘IndiGo, a rival carrier, cut fares. Air India announced …. “…,”
    the airline said’ is Air India), nor "another" said of something else (‘Another blow came …’,
    ‘another record for the lender’).

    >>> t = "Metro Bank fell. Shawbrook, another lender, fell. “…,” the lender said"
    >>> _second_of_kind_since(t, "Metro Bank", t.index("the lender"), "lender")
    True
    >>> t = "Equity Bank posted another record for the lender. “…,” the lender said"
    >>> _second_of_kind_since(t, "Equity Bank", t.index("the lender", 45), "lender")
    False
    """
    lo = max(0, at - DESCRIBED_BODY_REACH)
    own = name[4:] if name.startswith("the ") else name
    named = text.rfind(own, lo, at)
    lo = named + len(own) if named >= 0 else max(0, at - BODY_REACH)
    for m in RE_SECOND_OF_KIND.finditer(text, lo, at):
        words = m.group(1).replace(",", " ").split()
        cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS or w in DETERMINERS or w in FUNCTION_WORDS),
                   len(words))
        if any(_same_kind(w, noun) for w in words[:cut]):
            return True  # (its kind among the words before a small word: never ‘another record for the
            # lender’, whose kind is "record")
    return False


#: Words before "Line" or "Express" that make a rail or metro line or a newspaper, never a firm (‘the Central
#: Line’, ‘Green Line trains’, ‘Daily Express circulation’, ‘Evening Express readers’).
LINE_EXPRESS_NOT_FIRM_LEADS = frozenset("""
daily evening sunday morning weekly green red blue orange yellow purple silver brown pink central northern
southern eastern western circle district jubilee victoria bakerloo piccadilly elizabeth metropolitan
waterloo hammersmith orient
""".split())

#: A noun after a name and a verb after that noun: the name only modifies the noun (‘Green Line trains ran’).
RE_NAME_MODIFIES_NOUN = LazyPattern(r" \p{Ll}+ (\p{Ll}+)\b")
MODIFIED_NOUN_PASTS = frozenset("ran fell rose were was had came went grew saw took made kept left sank hit cut shut".split())


def _line_express_not_firm(text: str, m: Mention) -> bool:
    """The name ``m`` ending in "Line" or "Express" is a rail line or a newspaper, or only modifies a noun
    after it, never the firm "the company" stands for: ‘Green Line trains ran late’, ‘Daily Express circulation
    fell’ (a firm's stays: ‘Pacifica Container Line struck a more cautious tone’, ‘Maersk Line raised rates’).

    >>> _line_express_not_firm("Green Line trains ran late.", Mention(0, 10, "Green Line", "name"))
    True
    >>> _line_express_not_firm("Pacifica Container Line struck a tone.", Mention(0, 23, "Pacifica Container Line", "name"))
    False
    """
    words = m.text.lower().split()
    if words[-1] not in FIRM_NAME_LAST_WORDS:
        return False
    if len(words) >= 2 and words[-2] in LINE_EXPRESS_NOT_FIRM_LEADS:
        return True
    after = RE_NAME_MODIFIES_NOUN.match(text, m.end)
    return after is not None and (after.group(1).endswith("ed") or after.group(1) in MODIFIED_NOUN_PASTS)


def _place_before(text: str, end: int) -> bool:
    """The one word ending at ``end`` is a city's or a country's name (‘Amsterdam, which has struggled with
    overtourism, …, said it would ban …’ is the city, never the firm "the company" stands for)."""
    word = text[max(0, end - 40):end].split()[-1:]
    return bool(word) and (word[0].lower() in ONE_WORD_PLACES or word[0].lower() in SENDER_PLACES)

#: Where a body is based or listed, before its kind (‘Kiel-based’, ‘Nasdaq-listed’).
RE_BASED = LazyPattern(r"\p{Lu}[\p{L}\- ]*-(?:based|listed|headquartered)")

#: Where a body is based, written before its name with "the" (‘the Lekki-based Port Harlow Refinery’):
#: no part of the name "the refinery" stands for (w59c).
#:
#: >>> RE_BASED_BEFORE_NAME.sub("", "the Lagos-based Port Harlow Bank")
#: 'Port Harlow Bank'
RE_BASED_BEFORE_NAME = LazyPattern(r"^(?i:the) \p{Lu}[\p{L}\-]*-(?:based|listed|headquartered) (?=\p{Lu})")


#: A body's name set off right after the description that opens a sentence (‘A local civic group, the
#: Dunmore Water Action Committee, said’): "the" as written, then the name, any letters in brackets after.
#:
#: >>> RE_BODY_NAME_SET_OFF.match(", the Dunmore Water Action Committee, said").group(2)
#: 'Dunmore Water Action Committee'
#: >>> RE_BODY_NAME_SET_OFF.match(", which was founded in 1990, said") is None
#: True
RE_BODY_NAME_SET_OFF = LazyPattern(r", (the |The )?(\p{Lu}[\p{L}\-’'&]*(?: (?:of|for|and|&|on|the|\p{Lu}[\p{L}\-’'&]*))*)"
                                   r"(?: \(\p{Lu}[\p{L}\d&\-]*\))?,")

#: Heads of a description of a body besides the kinds "the <kind>" names (‘an advocacy organisation, the …,’).
#:
#: >>> "outfit" in BODY_DESCRIPTION_HEADS, "group" in BODY_DESCRIPTION_HEADS
#: (True, False)
BODY_DESCRIPTION_HEADS = frozenset("organisation organization body outfit".split())


#: The last semicolon of a sentence and the space after it, when a clause with its own subject follows: "the"
#: or a capital word opens it (‘Travel is dear; the Arden Sailing Foundation pays for some of it.’).
#:
#: >>> t = "Travel is dear; the Arden Sailing Foundation pays for some of it."
#: >>> t[RE_SEMICOLON_CLAUSE.search(t).end():][:20]
#: 'the Arden Sailing Fo'
#: >>> RE_SEMICOLON_CLAUSE.search("It cost $5; more than planned.") is None
#: True
RE_SEMICOLON_CLAUSE = LazyPattern(r";\s+(?=(?:[Tt]he\s+)?\p{Lu})(?![^;]*;)")


def _clause_names_kind(text: str, lo: int, hi: int, noun: str) -> bool:
    """Whether the clause at ``lo`` opens with a body's name that ends with the kind's own word, as the
    clause after a semicolon must to be read first (‘…; the Arden Sailing Foundation pays …’ for "the
    foundation"); never another kind's body, ‘Polar Air cancelled 80 flights; the Aviation Authority opened
    an inquiry. The airline said’, nor a name of no kind, ‘The Fenwick Group owns two papers; The Herald is
    one of them. The group said’ (rv33).

    >>> _clause_names_kind("the Linde Company supplies steel", 0, 32, "company")
    True
    >>> _clause_names_kind("the Aviation Authority opened an inquiry", 0, 40, "airline")
    False
    """
    kind = r"\s+".join(re.escape(w.capitalize()) for w in noun.split())
    return regex.match(r"(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\-’'&.]*\s+){1,5}" + kind + r"\b", text[lo:hi]) is not None


#: A firm's trade or a word of its state in lower case between "Shares of" and the firm's name (‘Shares in
#: toolmaker Orrin Precision’, ‘Shares of rival Kestrel Air’), never a determiner (‘Shares of the …’) nor a
#: word of how many (‘Shares in both Orrin Labs and Halden Bio’, two firms (rv65c)): the source of a pattern,
#: spliced in.
#:
#: >>> bool(regex.match(RE_TRADE_WORD_BEFORE, "toolmaker ")), bool(regex.match(RE_TRADE_WORD_BEFORE, "the "))
#: (True, False)
RE_TRADE_WORD_BEFORE = r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|both|either|neither|all|other" \
                       r"|some|most|several|many)\b)\p{Ll}[\p{Ll}\-]+ "


#: A sentence opening with a firm's shares, the firm's name after (‘Shares of Brightwater Plastics fell’,
#: ‘Stock in Orrin Labs rose’): "the company" in the sentence after is that firm.
#:
#: >>> RE_SHARES_OF_FIRM.match(" Shares of Brightwater Plastics fell 2%").group(1)
#: 'Brightwater Plastics'
#: >>> RE_SHARES_OF_FIRM.match("Shares of the firm fell") is None
#: True
#: >>> RE_SHARES_OF_FIRM.match("Shares in toolmaker Orrin Precision fell").group(1)
#: 'Orrin Precision'
RE_SHARES_OF_FIRM = LazyPattern(r"\s*(?:The )?(?:[Ss]hares|[Ss]tock) (?:of|in) (?:" + RE_TRADE_WORD_BEFORE + r")?"
                                r"(\p{Lu}[\p{L}&\-.]*(?: (?:&|\p{Lu}[\p{L}&\-.]*)){0,4})"
                                r"(?=,? (?:\p{Ll}|\d))")

#: A capitalised subject that speaks (‘Natural England said’), another candidate for "the <kind>".
RE_NAME_SPOKE = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]+ (?:also )?(?:said|says|told|announced|confirmed|warned|added)\b")


#: A subject's "said it" whose "it" is no one (‘said it was unfair that’, ‘said it would take years’,
#: ‘said it was the third outage’, ‘said it was time’): a verb of being before a description, or "take".
RE_SAID_IMPERSONAL_IT = LazyPattern(
    r" (?:also )?(?:said|says|added|stated) (?:that |on \w+ that )?it (?:(?:was|is|would be|will be|had been|has been) "
    r"(?!(?:\p{Ll}+ing|\p{Ll}+ed|not|also|still|now|confident|committed|aware|unable|able|working|looking)\b)"
    r"|(?:would|will|could) take\b)")

#: Kinds a public body's bare letters may be called by again (‘ICE said …. “…,” the agency said’);
#: never "administration", which is as often a president's government (‘GOP said … the administration said’).
#: A broadcaster by its letters is as much one (‘ZBN said in a statement …. “…,” the network said’).
LETTERS_BODY_NOUNS = ACRONYM_BODY_NOUNS - {"administration"} | BROADCAST_NOUNS


#: Words for a regulator, either of which a report calls the one it named by the other (‘Ofcom, the
#: media regulator, …. “…,” the watchdog said’).
REGULATOR_NOUNS = frozenset(("regulator", "watchdog"))


def _kind_word_told_otherwise(text: str, noun: str, at: int) -> bool:
    """The article writes the regulator's word of "the <noun>" at ``at`` of something other than the
    body it restates (‘Citizens Advice, a consumer watchdog,’, ‘Consumer group Which?, a watchdog for
    shoppers,’, ‘the regulator Ofwat’): then "the watchdog" is only a body called a watchdog, never
    one set off as a regulator (REGULATOR_NOUNS), which would be a guess between the two. "The
    watchdog said" again, of the body named, tells no other.

    >>> t = "Ofcom, the media regulator, acted. The watchdog said it …. “…,” the watchdog said"
    >>> _kind_word_told_otherwise(t, "watchdog", t.rindex("the watchdog"))
    False
    >>> t = "Which?, a watchdog for shoppers, said …. “…,” the watchdog said"
    >>> _kind_word_told_otherwise(t, "watchdog", t.rindex("the watchdog"))
    True
    """
    if noun not in REGULATOR_NOUNS:
        return False
    for word in (noun, noun.capitalize()):
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if not at <= k <= at + 4 and (k == 0 or not text[k - 1].isalpha()) and not text[end:end + 1].isalpha() \
                    and not (text[max(0, k - 4):k].lower() == "the " and text[max(0, k - 6):k - 4] != ", "
                             and RE_CAPITAL_AFTER.match(text, end) is None):
                return True  # (anything but "the watchdog" alone: ‘a watchdog’, ‘consumer watchdog’, ‘X, the
                # watchdog,’, ‘the watchdog Which?’)
            k = text.find(word, end)
    return False


#: A capitalised word right after a word (‘the regulator Ofwat’).
RE_CAPITAL_AFTER = LazyPattern(r" \p{Lu}")


def _kind_told_before(text: str, at: int, noun: str, lo: int) -> bool:
    """The text brings in something as a <noun> before ``at``, within a body's reach and outside the
    body's own name at ``lo`` (‘The Lumen Collective, a group of artists, is suing Vantix. Vantix said
    …. “…,” the group said’, ‘The support act, a local band called Harbour Lights, pulled out’): "the
    <noun>" may be that one (but "the Dallas-based company" is the firm named; and a determiner between
    starts another phrase, whose <noun> is the one named: ‘a feature the company introduced’)."""
    pattern = rf"\b(?:a|an|another|one)\s+(?!of\b)(?:(?!(?:the|this|that|its|their|his|her|our)\b)[\w\-’']+\s+){{0,3}}?" \
              rf"{regex.escape(noun)}\b" \
              r"(?!\s+(?:members?|managers?|leaders?|executives?|spokes\w+)\b)"  # (never ‘a band member’)
    own_end = text.find(". ", lo, at)  # (its own sentence: ‘Amnesty, a rights group, said’)
    own_end = at if own_end < 0 else own_end
    return any(not (lo <= m.start() < own_end)
               for m in regex.finditer(pattern, text, flags=regex.I, pos=max(0, at - BODY_ENDING_REACH), endpos=at))


def _thing_which_before(text: str, name: str, at: int) -> bool:
    """Whether the name is set off by a "which" clause within reach before ``at``, as no person's ever is
    (‘Brantley Wharves, which runs the depot, disputed that account’).

    >>> _thing_which_before("Brantley Wharves, which runs the depot, disputed it. The company said", "Brantley Wharves", 50)
    True
    >>> _thing_which_before("Amara Okafor, who runs the depot, disputed it. The company said", "Amara Okafor", 50)
    False
    """
    return bool(text) and f"{name}, which " in text[max(0, at - BODY_ENDING_REACH):at]


#: Kinds of body whose names need not say so (‘Amnesty International’, ‘Greenpeace’ for "the group";
#: ‘The Marrow Kings’ for "the band").
LOOSE_BODY_NOUNS = frozenset("group organisation organization band orchestra choir".split())

#: A body's name set off after its kind, with "of", "for", "and" or "&" inside (‘, Harwood Students
#: for Accountability,’).
RE_SET_OFF_BODY = LazyPattern(r"((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|&|the|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}),")


def _body_by_ending(text: str, at: int, words: list[str], cast: Cast) -> Person | None:
    """The body named last before ``at`` whose name ends with these words ("the sheriff's office"
    for The Calder County Sheriff's Office), within the reach of one body's look-back; or opens with them
    before its place's "of", a body named kind first ("the regional district" for the Regional District
    of Kettle Highlands, w74b)."""
    ending = " " + " ".join(words).lower().replace("’", "'")
    names = cast.body_names()
    k = bisect.bisect_left(names, (at - BODY_ENDING_REACH,))  # (only the names within reach: linear)
    best = None
    for start, name, _ in names[k:]:
        if start >= at:
            break
        low = " " + name.lower().replace("’", "'").removeprefix("the ")
        if low.endswith(ending) or low.startswith(ending + " of "):
            best = name
    return Person(best, kind="organisation") if best is not None else None


#: How far back a body's name may be for "the sheriff's office".
BODY_ENDING_REACH = 2500
    # (a network is a body of people only as ‘a network of lawyers’, never ‘the country's largest mobile network’)
    # (the head, or another word for a firm or a regulator: ‘Stackhouse, the accounts-payable startup, …
    # the company said’, ‘Ofcom, the media regulator, … the watchdog said’; never "Ruiz, a spokeswoman
    # for the airline,", "a bank executive")


#: Kinds of a body of people that "the group" may stand for once a name is set off as one (‘The Sahel
#: Rights Observatory, a network of lawyers and researchers, said …. The group said’).
GROUP_KIND_HEADS = frozenset("network coalition alliance collective movement organisation organization association "
                             "federation".split())


#: Kinds of a campaigning body, right before its name, that "the group" may stand for (‘the watchdog
#: Mekong Rights Monitor documented …. The group said’; never a regulator's own name, ‘the watchdog
#: Financial Conduct Authority’).
GROUP_KINDS_BEFORE_NAME = frozenset("watchdog charity".split())


#: Another group told of after a body's name in its sentence (‘… has teamed up with the boy band Westlife’).
RE_OTHER_GROUP_AFTER = LazyPattern(r"[^.!?\n]*?\b(?:band|group|groups|trio|duo|quartet|choir|orchestra|collective|militia|rebels)\b")


def _members_kind_before(text: str, m: Mention, noun: str) -> bool:
    """A members' body's kind right before its name, another word for the noun's (‘the growers' group
    Campo Vivo said …. “…,” the association said’), the name no person's (no given name)."""
    if noun not in GROUP_KIND_HEADS and noun != "group":
        return False
    before = text[max(0, m.start - 40):m.start].split()
    return bool(before) and (before[-1] in GROUP_KIND_HEADS or before[-1] == "group"
                             or (noun == "group" and before[-1] in GROUP_KINDS_BEFORE_NAME and len(before) > 1
                                 and before[-2].lower() == "the" and " " in m.text and not m.text.isupper()
                                 and m.text.split()[-1].lower() not in PUBLIC_BODY_ENDINGS
                                 and RE_OTHER_GROUP_AFTER.match(text, m.end) is None)) \
        and gender_of(m.text.split()[0]) is None


def _one_of_two(text: str, end: int) -> bool:
    """The name ending at ``end``, set off with its description, is one of two joined by "and"
    (‘Meridian Capital Partners, a fund house, and Silverline Asset Management, …’)."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end)
    return m is not None and text.startswith(" and ", m.end())


#: Words that open a clause after a description's kind (‘the Soho club where …’, ‘a charity that …’).
SET_OFF_CLAUSE_WORDS = RELATIVE_WORDS | frozenset(("where", "when"))

#: Words that bring in a passive participle's agent in a set-off description, which end the kind as a
#: preposition does (‘Halden & Rook, a firm hired by the county,’ is a firm, never "county").
#:
#: >>> "by" in SET_OFF_AGENT_WORDS, "for" in SET_OFF_AGENT_WORDS
#: (True, False)
SET_OFF_AGENT_WORDS = frozenset(("by",))

#: A description set off after a name, up to its closing comma.
#: (a country's dotted letters inside it: ‘Stellmark Rowe, the U.S. investment bank,’)
RE_SET_OFF_DESCRIPTION = LazyPattern(r", (?:a|an|the|its|[\p{L}’'\-]+(?:’s|'s)) ((?:[^,.;:“”\"]|(?<=\b\p{Lu})\.(?=\p{Lu}|\s)){1,60}),")


#: How far back a body set off with a description of its kind may be for "the <kind>" (‘The
#: Hearthstone Trust, a homelessness charity, …’ / ‘the charity said’).
DESCRIBED_BODY_REACH = 1500


#: Last words of a body's name that its place may follow after "at", as part of the name (‘the National
#: Children's Hospital at Rathmore’, ‘the University of Texas at Austin’) (w77a).
#:
#: >>> "hospital" in CAMPUS_NAME_ENDINGS, "ministry" in CAMPUS_NAME_ENDINGS
#: (True, False)
CAMPUS_NAME_ENDINGS = frozenset("hospital infirmary university".split())  # (never a college's or a center's, which
# "the college" then no longer finds: ‘Harwell beat Calder College at Twickenham’, review rv77a)

#: A place of one or two capitalised words after "at", right after a body's name, ending there (no third
#: capitalised word, no "of"): group 1 the place (w77a).
#:
#: >>> RE_AT_CAMPUS_PLACE.match(" at Rathmore in 2023").group(1)
#: 'Rathmore'
#: >>> RE_AT_CAMPUS_PLACE.match(" at Rathmore Park Lane said") is None
#: True
RE_AT_CAMPUS_PLACE = LazyPattern(r" at (\p{Lu}[\p{Ll}\p{M}’'\-]+(?: \p{Lu}[\p{Ll}\p{M}’'\-]+)?)(?![\p{L}\p{M}’'\-]| \p{Lu}| of\b|’s|'s)")

#: Days of the year a body's name is never followed by as its place (‘the hospital at Christmas’).
#:
#: >>> "Christmas" in HOLIDAY_NAMES, "Rathmore" in HOLIDAY_NAMES
#: (True, False)
HOLIDAY_NAMES = frozenset("Christmas Easter Thanksgiving Halloween Diwali Eid Hanukkah Passover Ramadan "
                           "Juneteenth Kwanzaa Hogmanay Lent Advent Pentecost Purim Holi".split())

#: Last words of a day's or a season's name, never a place (‘at Labor Day’, ‘at New Year’, review rv77a).
#:
#: >>> "Day" in CALENDAR_NAME_ENDINGS, "Park" in CALENDAR_NAME_ENDINGS
#: (True, False)
CALENDAR_NAME_ENDINGS = frozenset("Day Eve Year Week Weekend Night".split())


def _with_campus_place(text: str, name: str, start: int, at: int) -> str:
    """A body's name as written at ``start``, with its place after "at" when one follows it there (its
    fullest name: ‘the National Children's Hospital at Rathmore’), the place ending before ``at`` (w77a)."""
    bare = name.removeprefix("the ")
    name_at = text.find(bare, start, start + len(name))
    if name_at >= 0 and bare.rsplit(" ", 1)[-1].lower() in CAMPUS_NAME_ENDINGS \
            and (campus := RE_AT_CAMPUS_PLACE.match(text, name_at + len(bare), at)) is not None \
            and not any(w in MONTH_NAMES or w in WEEKDAY_NAMES or w in HOLIDAY_NAMES for w in campus.group(1).split()) \
            and campus.group(1).split()[-1] not in CALENDAR_NAME_ENDINGS:
        return name + campus.group()
    return name


def _sole_body(text: str, at: int, noun: str, cast: Cast, lo: int) -> Person | None:
    """The one body of the kind "the <noun>" stands for that the article names before ``at``,
    if it named it at or after ``lo`` (the cue's paragraph or the one before), with no other body
    of that kind described in lower case since ("the election commission", "a state agency",
    "the town's housing authority"); None when it named two. The names of each kind are gathered
    once per article, so each look-up is a binary search."""
    if noun in ("team", "club"):
        return None  # (a match names two: ‘Everton beat Manchester City. “…,” the team said’)
    starts, names, second = _bodies_of_kind(text, noun, cast)
    i = bisect.bisect_left(starts, at) - 1
    if i < 0 or i >= second or starts[i] < lo:
        return None
    ending = names[0].lower()
    for other in _unnamed_body(noun).finditer(text, starts[i], at):
        if not ending.endswith(" " + other.group().lower()):
            return None  # (but "the health district" is Hartwell County Health District, named before)
    fullest = max(names[:i + 1], key=lambda n: len(n.lower().removeprefix("the ").split()))  # (the first of its longest)
    if _shortened_name(names[0], fullest):
        return Person(fullest, kind="organisation")
    return Person(_with_campus_place(text, names[0], starts[0], at), kind="organisation")  # (‘… Hospital at Rathmore’, w77a)


def _one_sentence(text: str, a: int, b: int) -> bool:
    """No sentence or line ends between ``a`` and ``b`` (either order).

    >>> _one_sentence("from A to B.", 5, 10), _one_sentence("A shut. B opened.", 0, 8)
    (True, False)
    """
    lo, hi = min(a, b), max(a, b)
    return RE_SENTENCE_BREAK.search(text, lo, hi) is None


#: A sentence's or line's end, for :func:`_one_sentence`.
RE_SENTENCE_BREAK = LazyPattern(r"[.!?][’”\"']?\s|\n")


def _shortened_name(short: str, full: str) -> bool:
    """``short`` is ``full`` with words of its middle left out, its first and last words kept: the
    same body named shorter (a headline's ‘Stallworth Airport’ for ‘Stallworth International Airport’).

    >>> _shortened_name("Stallworth Airport", "the Stallworth International Airport")
    True
    >>> _shortened_name("Stallworth Airport", "Stallworth Regional Airport Authority"), _shortened_name("Kelso Bank", "Kelso Bank")
    (False, False)
    """
    a, b = short.lower().removeprefix("the ").split(), full.lower().removeprefix("the ").split()
    if not 2 <= len(a) < len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b[1:-1])
    return all(w in rest for w in a[1:-1])
    # (the body's own fuller name, with a word before it: ‘Mainboard-listed Meridian Straits Shipping’ for Meridian)


#: A passive's agent, a capitalised name of two words or more after a participle and "by" (‘is maintained
#: by Pacific Shore Housing Services’, ‘conducted by Lakeside Analytics’): group 1 the name.
#:
#: >>> RE_BY_AGENT.search("A poll of 900 voters carried out by Lakeside Analytics found").group(1)
#: 'Lakeside Analytics'
RE_BY_AGENT = LazyPattern(r"\b(?:\p{Ll}+ed|run|built|made|done|held|carried out) by (?:the )?"
                          r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:of|and|&|\p{Lu}[\p{L}\p{M}&’'\-]*))*)")


def _thing_subject(m: Mention | None, cast: Cast) -> bool:
    """The subject of a sentence is a thing, never a body nor a person: none found (‘A snap poll of 600
    voters conducted by …’), a description of no body or person, or a capitalised word opening the
    sentence that names no one (‘Housing on the base is …’)."""
    if m is None:
        return True
    if m.kind == "description":
        head = description_head(m.text)
        return head is not None and head not in BODY_NOUNS and not _person_noun(head) and head not in ORG_WORDS
    return m.kind == "name" and " " not in m.text and m.role is None and not cast.knows(m.text.lower()) \
        and m.text.lower() not in ONE_WORD_PLACES


def _body_of_kind_between(text: str, lo: int, at: int, noun: str, cast: Cast, name: str) -> bool:
    """A body of the kind "the <noun>" stands for, other than ``name``, named between ``lo`` and ``at``
    (``_other_body_of_kind`` within the words since the candidate only)."""
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k = bisect.bisect_left(starts, lo)
    return any(starts[i] < at and names[i] != name and name not in names[i] and names[i] not in name
               for i in range(k, len(starts)))


def _campaign_over_other(name: str, other: str, noun: str) -> bool:
    """``name`` is a campaign's or a movement's by its last word and ``other`` no such body nor one
    called by the noun itself: for "the group" the campaign is meant, never a firm or a public body
    named before (‘Northshore Energy Partners … Pacific Coast Climate Action said …. “…,” the group
    said’; but ‘Harbour Group … Ocean Watch said …’ leaves two groups).

    >>> _campaign_over_other("Coast Climate Action", "Northshore Energy Partners", "group")
    True
    >>> _campaign_over_other("Coast Climate Action", "Harbour Group", "group"), _campaign_over_other("Verano", "Ofgem", "company")
    (False, False)
    """
    last = other.rsplit(" ", 1)[-1].lower()
    return noun in LOOSE_BODY_NOUNS and name.rsplit(" ", 1)[-1].lower() in BODY_NAME_ENDINGS \
        and last not in BODY_NAME_ENDINGS and last != noun


def _kinds_in_reach(text: str, at: int, noun: str, cast: Cast) -> int:
    """How many bodies of the kind "the <noun>" stands for the text names within reach before ``at``."""
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k, i = bisect.bisect_left(starts, at - BODY_ENDING_REACH), bisect.bisect_left(starts, at)
    return len({name.lower().removeprefix("the ") for name in names[k:i]})


@functools.lru_cache(maxsize=64)
def _unnamed_body(noun: str) -> re.Pattern:
    """A body of the kind described in lower case: a modifier or an owner before the noun ("the
    election commission", "a state agency", "the town's housing authority"); never the one named
    again by "this" or "that" (‘we will not accept that this company hid anything’), nor by a word that
    restates it (‘a decision that will cost the cash-strapped association’).

    >>> bool(_unnamed_body("company").search("a listed company")), bool(_unnamed_body("company").search("this company hid"))
    (True, False)
    >>> bool(_unnamed_body("association").search("cost the cash-strapped association"))
    False
    >>> bool(_unnamed_body("bank").search("said Chloe Ambrose, a bank analyst at Greyfield"))
    False
    """
    restating = "|".join(re.escape(w) for w in sorted(BODY_RESTATING_WORDS, key=len, reverse=True))
    people = "|".join(sorted(KIND_MODIFIED_PEOPLE))  # (never the kind of a person's trade: ‘a bank analyst’) (w65g)
    return re.compile(r"\b(?!(?:the|The|this|This|that|That)\b)(?<!-)(?!(?:" + restating + r") )[a-z][\w\-]*(?:’s|'s)? "
                      + re.escape(noun) + r"\b(?! (?:" + people + r")\b)")


def _bodies_of_kind(text: str, noun: str, cast: Cast) -> tuple[list[int], list[str], int]:
    """Where the text names a body that "the <noun>" may stand for, those names, and the index of
    the first that names a body other than the first one (gathered once per article and kind)."""
    if noun in cast.bodies:
        return cast.bodies[noun]
    starts: list[int] = []
    names: list[str] = []
    second = None
    named = [(at, name, words) for at, name, words in cast.body_names()]
    after_kind = _one_word_after_kind(text, noun, cast)
    named += [(at, name, [name]) for at, name in after_kind]
    named.sort(key=lambda one: one[0])  # (in the order written)
    for at, name, words in named:
        if len(words) > 3 and words[1] == "of" and words[0].lower() in ROLE_NOUNS and (words[2] == "the" or words[2][:1].isupper()) \
                and _body_of_kind(words[2:], noun):
            words = words[3:] if words[2] == "the" else words[2:]  # an office of the body, a person's title, names
            name = " ".join(words)  # the body after "of" again (‘Jane Doe, Under-Secretary of the Ministry of
            # Economy, said’ is no second ministry)
        if not (_body_of_kind(words, noun) or " " not in name or (at, name) in after_kind or _kind_written_before(text, at, noun, words)) \
                or (name.isupper() and " " in name):
            continue  # (a heading in capitals is no body's name)
        if _kind_in_title_only(words, noun):
            continue  # (a person with an office: ‘Financial Secretary Kenneth Yip’ is no financial firm)
        if len(words) > 2 and words[-1][:1].isupper() and words[-1].lower() in BODY_NOUNS \
                and not _body_of_kind(words[-1:], noun) and _owner_named_apart(text, words, noun):
            continue  # (a body of another kind whose name holds the kind's word: ‘the Coral Bay University Student
            # Association’ is an association, no second university, w66c; but one whose owner the text names nowhere
            # else tells of a second: ‘protesters from Kelby University Students' Union’, review rv66c)
        if text.endswith((f"the {noun}’s ", f"the {noun}'s "), 0, at):
            continue  # (a unit the body owns: ‘the university's Doctoral College’ is no second university, w66c)
        if len(words) > 1 and words[-1] in LAW_NAME_ENDINGS:
            continue  # (a law, no body: ‘the Securities and Futures Act’)
        if "and" in words and all(_body_of_kind(side, noun) for side in _sides_of_and(words)):
            continue  # (two bodies of the kind joined: ‘Port Harlow Refinery and Delta Sands Refinery’, review rv34)
        name = RE_BASED_BEFORE_NAME.sub("", name)  # (‘the Lekki-based Alpha Crest Refinery’)
        if second is None and names and name.lower().removeprefix("the ") != names[0].lower().removeprefix("the ") \
                and not ((_shortened_name(name, names[0]) or _shortened_name(names[0], name))
                         and not _one_sentence(text, starts[0], at)):
            second = len(names)  # (but the same body by a shorter name, ‘Stallworth Airport’ for ‘Stallworth
            # International Airport’, is no second one; in the same sentence it is: ‘flights were sent from Kelso
            # International Airport to Kelso Airport’)
        starts.append(at)
        names.append(name)
    table = cast.bodies[noun] = (starts, names, len(names) if second is None else second)
    return table


def _owner_named_apart(text: str, words: list[str], noun: str) -> bool:
    """Whether the body of the kind a longer name opens with (‘Harrowgate University’ of ‘the Harrowgate
    University Student Association’) is named again in the text, by itself (review rv66c).

    >>> _owner_named_apart("Harrowgate University will close. Harrowgate University Student Association said", "Harrowgate University Student Association".split(), "university")
    True
    >>> _owner_named_apart("Harrowgate students joined Kelby University Students' Union", "Kelby University Students' Union".split(), "university")
    False
    """
    lead = 1 if words[0] in ("the", "The") else 0
    j = next((j for j in range(lead + 1, len(words)) if _body_of_kind(words[lead:j], noun)), None)
    return j is None or text.count(" ".join(words[lead:j])) > 1


def _kind_written_before(text: str, at: int, noun: str, words: list[str] | tuple[str, ...] = ()) -> bool:
    """The body's name at ``at`` follows its kind in lower case right before it, as a lede writes it
    (‘members of the humanitarian organisation Open Road Aid were killed’): "the <noun>" may stand for
    it, whatever the name's own words (w66g); never an officer of the kind with their office written
    in capitals (‘questioned the company Chairman Alan Burke’, ‘the group Finance Director Tom Reed’:
    a word of the name is a role noun; review rv66g).

    >>> t = "staff of the humanitarian organisation Open Road Aid"
    >>> _kind_written_before(t, t.index("Open"), "organisation"), _kind_written_before(t, t.index("Open"), "group")
    (True, False)
    >>> t = "investors questioned the company Chairman Alan Burke"
    >>> _kind_written_before(t, t.index("Chairman"), "company", "Chairman Alan Burke".split())
    False
    """
    return at > len(noun) and text[at - len(noun) - 1:at] == noun + " " and not text[at - len(noun) - 2:at - len(noun) - 1].isalpha() \
        and not any(w.lower() in ROLE_NOUNS for w in words)


#: Last words of a law's name, which names no body (‘the Securities and Futures Act’, ‘the Companies
#: Ordinance’).
LAW_NAME_ENDINGS = frozenset("Act Acts Bill Ordinance Regulations Directive".split())


def _kind_in_title_only(words: list[str], noun: str) -> bool:
    """A capitalised run whose only word of the kind is in the office before a person's given name
    (‘Financial Secretary Kenneth Yip’, ‘Chief Financial Officer Mary Wong’): a person, no body of the
    kind (but ‘Chancellor Financial Group’ keeps its kind after the title-like word).

    >>> _kind_in_title_only("Financial Secretary Kenneth Yip".split(), "firm"), _kind_in_title_only("Harcourt Securities".split(), "firm")
    (True, False)
    """
    title, rest = split_title(words)
    return title is not None and bool(rest) and gender_of(rest[0]) is not None \
        and _body_of_kind(list(words), noun) and not _body_of_kind(list(rest), noun)


#: How many places one kind's word is read at, at most, for a name after it (a bounded search).
SPOTS_OF_KIND_READ = 20

#: A body's one-word name right after its kind (‘the VTuber agency StarLantern’): one capitalised
#: word, with no other capitalised word after it (a longer name is one the body names hold).
RE_ONE_WORD_BODY = LazyPattern(r"\p{Lu}[\p{L}\d]*(?:[\-.]\p{L}+)?(?![\p{L}\d’'\-]| \p{Lu})")


#: The remit that goes on a one-word head of a body's name after its kind (‘the armed group Sons of the
#: Valley’, ‘the campaign group Friends of the Moors’): "of", maybe "the", and capitalised words.
#:
#: >>> RE_REMIT_TAIL.match(" of the Valley. The group said").group()
#: ' of the Valley'
RE_REMIT_TAIL = LazyPattern(r" of (?:the )?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}(?![\p{L}\d’'\-])")


def _one_word_after_kind(text: str, noun: str, cast: Cast) -> list[tuple[int, str]]:
    """Where the text writes a body's one-word name right after "<noun>" in lower case (‘the VTuber
    agency StarLantern said’, ‘skincare company Glowhaus’), which "the <noun>" may then stand for:
    never a day, a pronoun opening a sentence, or a name the article gives a person
    (‘the agency Kim Lee runs’ has a second capital; ‘told the agency Monday’ is a day).

    >>> from quotesearch.speakers import Cast
    >>> t = "Fans of the agency StarLantern were angry. The agency said it would act."
    >>> _one_word_after_kind(t, "agency", Cast(t))
    [(19, 'StarLantern')]
    """
    out = []
    kinds = FIRM_NOUNS if noun in FIRM_NOUNS else (noun,)
    for kind in sorted(kinds):  # (in a fixed order: the cap below is the same on every run)
        at, seen = text.find(kind + " "), 0
        while at >= 0 and seen < SPOTS_OF_KIND_READ:
            seen += 1
            start = at + len(kind) + 1
            m = RE_ONE_WORD_BODY.match(text, start) if at > 0 and not text[at - 1].isalpha() else None
            if m is not None and m.group().lower() not in NOT_NAMES and m.group().lower() not in PRONOUNS \
                    and gender_of(m.group()) is None and m.group().lower() not in cast.by_surname:
                tail = RE_REMIT_TAIL.match(text, m.end()) if m.group().lower() in REMIT_HEADS else None
                out.append((start, m.group() + (tail.group() if tail is not None else "")))  # (with a remit
                # a head like "Sons" or "Friends" takes: ‘the armed group Sons of the Valley’, never "Sons")
            at = text.find(kind + " ", at + 1)
    return out
