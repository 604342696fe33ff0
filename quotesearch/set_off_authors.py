"""A document's author named set off after a role right after the document (w105f): ‘The report, published on
Thursday by the UN special rapporteur on arbitrary detention, Ann Lee, found …’, ‘The memo, written by the
council’s director of housing, Tom Reed, was circulated …’. A later "the report" a cue names, or its "it"
(‘It says …’, ‘… what it described as “…”’), speaks for that person, read once per article
(:func:`set_off_authors`). Only a person the article names, set off by commas after a role that opens with
an article or a possessive; never one the document went to (‘sent by the school to the head, Ann Lee’),
nor one who passes it on for another (‘by his lawyer, Tom Reed’: :func:`sender_named_at`).
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found
from quotesearch.document_senders import RE_CO_SIGNERS_AFTER, sender_named_at
from quotesearch.document_issuers import REPORT_ISSUER_REACH, SENTENCE_OPENING
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.people import Person
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speakers import Cast
from quotesearch.statements import INTERMEDIARY_NOUNS

#: The documents whose author this module reads, as written after "The" (and as "it" stands for them).
#:
#: >>> "memo" in SET_OFF_AUTHORED_NOUNS, "post" in SET_OFF_AUTHORED_NOUNS
#: (True, False)
SET_OFF_AUTHORED_NOUNS = frozenset("""report document memo memorandum letter study review email note statement
paper submission dossier briefing assessment analysis audit""".split())

#: The participles of writing or bringing out a document that make the one after "by" its author (never
#: ‘seen by’, ‘obtained by’, ‘addressed to’: others who only read or received it).
#:
#: >>> "written" in AUTHORING_BY_PARTICIPLES, "seen" in AUTHORING_BY_PARTICIPLES
#: (True, False)
AUTHORING_BY_PARTICIPLES = frozenset("written signed sent published compiled prepared drafted authored penned issued released".split())

#: "The <noun>," then a participle of :data:`AUTHORING_BY_PARTICIPLES`, up to three words of time between
#: or not, "by", a role opening with an article or a possessive (group ``role``: up to eight words, never
#: one of those that send the document elsewhere, "to", "and", "with"…) and a comma with a capital after
#: it: where the person set off is named. Group ``noun`` the document's noun.
#:
#: >>> m = RE_SET_OFF_ROLE_AUTHOR.search("Late. The report, published on Thursday by the UN envoy on housing, Ann Lee, said")
#: >>> m.group("noun"), m.group("role")
#: ('report', 'the UN envoy on housing')
#: >>> RE_SET_OFF_ROLE_AUTHOR.search("The memo, written by the council’s director of housing, Tom Reed, was").group("role")
#: 'the council’s director of housing'
#: >>> RE_SET_OFF_ROLE_AUTHOR.search("The letter, sent by the school to the head, Ann Lee, said") is None
#: True
#: >>> RE_SET_OFF_ROLE_AUTHOR.search("The letter, addressed to the editor, Tom Reed, says") is None
#: True
#: >>> RE_SET_OFF_ROLE_AUTHOR.search("The report, seen by the paper’s editor, Ann Lee, says") is None
#: True
RE_SET_OFF_ROLE_AUTHOR = LazyPattern(
    r"\b(?<=(?i:the) )(?P<noun>" + "|".join(sorted(SET_OFF_AUTHORED_NOUNS)) + r"), (?:"
    + "|".join(sorted(AUTHORING_BY_PARTICIPLES)) + r")(?: (?!by\b)[\p{L}\d\-]+){0,3}? by "
    r"(?P<role>(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}\-]*[’']s) (?:(?!(?:to|and|or|with|at|about|after|before|from|in|who|which|that|was|is)\b)"
    r"[\p{L}\-’']+ ){0,7}?\p{Ll}[\p{L}\-]*), (?=\p{Lu})")

#: How far before its cue the document's author set off is looked for, at most, in characters: as far as
#: for a report's issuer (:data:`quotesearch.document_issuers.REPORT_ISSUER_REACH`).
#:
#: >>> SET_OFF_AUTHOR_REACH
#: 3000
SET_OFF_AUTHOR_REACH = REPORT_ISSUER_REACH

#: The document a cue names again, as a description or as what "it" stands for: group 1 its noun.
#:
#: >>> RE_THE_DOCUMENT.fullmatch("The report").group(1), RE_THE_DOCUMENT.fullmatch("the new report")
#: ('report', None)
RE_THE_DOCUMENT = LazyPattern(r"(?i:the) (" + "|".join(sorted(SET_OFF_AUTHORED_NOUNS)) + ")")


@functools.lru_cache(maxsize=64)
def set_off_authors(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each document with its author set off after a role is told of, in order: (start of the
    noun, where the role starts, the noun)."""
    if ", " not in text or " by " not in text:
        return ()
    return tuple((m.start("noun"), m.start("role"), m.group("noun")) for m in RE_SET_OFF_ROLE_AUTHOR.finditer(text))


#: Another document of the noun brought in between (‘a second report’, ‘another memo’, ‘her letter’):
#: "the <noun>" may then be that one. The noun is filled in per call.
#:
#: >>> regex.search(RE_FRESH_DOCUMENT_BEFORE % "memo", "Then a second memo came").group(), regex.search(RE_FRESH_DOCUMENT_BEFORE % "memo", "the memo") is None
#: ('a second memo', True)
RE_FRESH_DOCUMENT_BEFORE = r"\b(?i:a|an|another|his|her|their|its) (?:[\p{L}\-]+ ){0,2}%s\b"


def document_at_cue(found: Found, pattern: LazyPattern):
    """The match of ``pattern`` (a document's "the <noun>") on what a cue names: its mention as described
    (‘“…,” the report said’), or what its "it" stands for when that is such a description (‘It says …’ of
    the report); None for anything else. Shared by :func:`set_off_author` and
    :func:`quotesearch.platform_posts.platform_poster`.

    >>> document_at_cue(Found(Mention(0, 10, "The report", "description"), None, "cue-after", "said"), RE_THE_DOCUMENT).group(1)
    'report'
    >>> document_at_cue(Found(Mention(0, 2, "It", "pronoun"), Person("the memo", kind="description"), "cue-after", "says"),
    ...                 RE_THE_DOCUMENT).group(1)
    'memo'
    >>> document_at_cue(Found(Mention(0, 2, "It", "pronoun"), None, "cue-after", "says"), RE_THE_DOCUMENT) is None
    True
    """
    m = found.mention
    if m is None:
        return None
    if m.kind == "description":
        return pattern.fullmatch(m.text)
    if m.kind == "pronoun" and m.text.lower() == "it" and found.person is not None and found.person.kind == "description":
        return pattern.fullmatch(found.person.name)
    return None


def set_off_author(text: str, found: Found, cast: Cast) -> Person | None:
    """The person named set off as the author of the document a cue names (‘The report, published by the
    UN envoy on housing, Ann Lee, …. / It says …’), when that document is the last of its noun told of
    before, within reach, with no other of that noun brought in between; None otherwise."""
    told = set_off_authors(text)
    m = found.mention
    if not told or m is None:
        return None
    the = document_at_cue(found, RE_THE_DOCUMENT)
    if the is None or (found.person is not None and found.person.kind != "description"):
        return None
    noun = the.group(1).lower()
    before = [t for t in told if t[2] == noun and t[0] <= m.start]
    if not before or m.start - before[-1][0] > SET_OFF_AUTHOR_REACH:
        return None
    start, role, _ = before[-1]
    if start != m.start + len(m.text) - len(noun) and m.start > start \
            and regex.search(RE_FRESH_DOCUMENT_BEFORE % noun, text[start + len(noun):m.start]) is not None:
        return None
    author = sender_named_at(text, role, role + 200, cast)
    if author is None and (named := RE_SET_OFF_NAME.match(text, RE_SET_OFF_ROLE_AUTHOR.match(text, start).end())) is not None \
            and not _go_between(text[role:named.start()]) and RE_CO_SIGNERS_AFTER.match(text, named.end()) is None:
        # (the name set off after a role the mention readers read short: ‘by the council’s head of
        # housing, Dermot Kealy,’)
        author, _ = cast.resolve(Mention(named.start(), named.end(), named.group(), "name"))
    return author if author is not None and author.kind == "name" else None


#: A person's name of two to four capitalised words, a comma after it (‘Dermot Kealy,’).
#:
#: >>> RE_SET_OFF_NAME.match("Dermot Kealy, was").group(), RE_SET_OFF_NAME.match("Kealy, was")
#: ('Dermot Kealy', None)
RE_SET_OFF_NAME = LazyPattern(r"\p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+){1,3}(?=,)")


def _go_between(role: str) -> bool:
    """Whether a role names one who sends for another (:data:`GO_BETWEEN_NOUNS`: ‘his lawyer’)."""
    return any(w.strip(",") in GO_BETWEEN_NOUNS for w in role.lower().split())


#: Those who send for another (a lawyer, a spokesman): :data:`quotesearch.statements.INTERMEDIARY_NOUNS`,
#: but a manager, whose job in a firm is their own (‘an email sent by a senior claims manager’).
#:
#: >>> "lawyer" in GO_BETWEEN_NOUNS, "manager" in GO_BETWEEN_NOUNS
#: (True, False)
GO_BETWEEN_NOUNS = (INTERMEDIARY_NOUNS - {"manager", "managers"}) | frozenset(
    "solicitor solicitors barrister barristers counsel adviser advisers advisor advisors".split())
# (a solicitor's or a barrister's letter speaks for a client: review rv_w105f)

#: The messages one person sends whose sender may be told of only by a role (:data:`RE_DESCRIBED_SENDER`).
#:
#: >>> "email" in DESCRIBED_SENT_NOUNS, "report" in DESCRIBED_SENT_NOUNS
#: (True, False)
DESCRIBED_SENT_NOUNS = frozenset("email memo memorandum letter message note".split())

#: A sentence opening with a message sent or written by one described only by a role with "a" or "an"
#: (group ``who``, its last word the role's noun), then "to", a comma, "on" or the sentence's end: ‘An
#: email sent in January by a regional operations director to site managers, …’. Group ``noun`` the
#: message's noun. Never one of several (‘by two managers’), nor one named after (‘by a director, Ann Lee,’
#: is :data:`RE_SET_OFF_ROLE_AUTHOR`'s kind of reading).
#:
#: >>> m = RE_DESCRIBED_SENDER.search("Late. An email sent in January 2023 by a regional operations director to staff")
#: >>> m.group("noun"), m.group("who")
#: ('email', 'a regional operations director')
#: >>> RE_DESCRIBED_SENDER.search("A memo written by a senior nurse, seen by the BBC, said").group("who")
#: 'a senior nurse'
#: >>> RE_DESCRIBED_SENDER.search("A letter sent by two managers to staff said") is None
#: True
#: >>> RE_DESCRIBED_SENDER.search("A letter sent to a senior nurse by the board said") is None
#: True
RE_DESCRIBED_SENDER = LazyPattern(
    SENTENCE_OPENING + r"(?:An?|The) (?:[\p{Ll}\-]+ ){0,2}?(?P<noun>" + "|".join(sorted(DESCRIBED_SENT_NOUNS))
    + r") (?:sent|written|drafted|penned)(?: (?!by\b|to\b)[\p{L}\d\-]+){0,3}? by (?P<who>an? (?:[\p{Ll}\-]+ ){0,3}(?P<head>\p{Ll}[\p{Ll}\-]+))"
    r"(?= to\b| on\b(?! behalf\b)|,(?! \p{Lu})|\.)", flags=regex.M)


@functools.lru_cache(maxsize=64)
def described_senders(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Where each message sent by one described by a role opens its sentence, in order: (start, end of the
    sender's description, the noun, the description as written)."""
    if " by a" not in text:  # (the cheap part first)
        return ()
    return tuple((m.start(), m.end(), m.group("noun"), m.group("who")) for m in RE_DESCRIBED_SENDER.finditer(text)
                 if m.group("head") in ROLE_NOUNS and m.group("head") not in GO_BETWEEN_NOUNS)


def described_sender(text: str, found: Found) -> Person | None:
    """The one described by a role who sent the message "the <noun>" a cue names (‘An email sent by a regional
    operations director to site managers …. / “…,” the email said’), as written, when that message is the
    last of its noun told of before, within reach, with no other brought in between; None otherwise."""
    told = described_senders(text)
    m = found.mention
    if not told or m is None or m.kind != "description":
        return None
    if (own := next((t for t in told if t[0] == m.start), None)) is not None:
        return Person(own[3], kind="description")  # (the message itself at the cue: ‘An email sent … by a
        # regional operations director to site managers urged them to “…”’)
    if (the := RE_THE_DOCUMENT.fullmatch(m.text)) is None:
        return None
    noun = the.group(1).lower()
    before = [t for t in told if t[2] == noun and t[1] <= m.start]
    if not before or m.start - before[-1][1] > SET_OFF_AUTHOR_REACH \
            or regex.search(RE_FRESH_DOCUMENT_BEFORE % noun, text[before[-1][1]:m.start]) is not None:
        return None
    return Person(before[-1][3], kind="description")
