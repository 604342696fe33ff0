"""Which body "the <kind>" stands for: names set off after a description, bodies that speak of
themselves as "it", the kind a speaker's words name, a second or rival body of the kind, bodies
described by their kind, and where the text names a body of a kind.

This module reads the kind a speaker's words name (_body_kind) and whether the body found is the one
meant (_body_fits: a rival or a second of the kind, a regulator's word told otherwise); where the
text names a body of a kind lives in :mod:`quotesearch.bodies_of_kind`, names set off and bodies
speaking as "it" in :mod:`quotesearch.body_appositives`.
"""

from __future__ import annotations

import bisect
import functools
import re

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.kind_restated import _restated_by_name
from quotesearch.body_words import (
    BODY_HELD_ENDINGS, BODY_RESTATING_WORDS, FIRM_NAME_LAST_WORDS, KIND_PERSON_AFTER, RE_BODY_SIZE_WORD, SAME_KIND_PAIRS,
    SECOND_OF_KIND_WORDS,
)
from quotesearch.mention_words import DETERMINERS, Mention, PREPOSITIONS
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.people import Person
from quotesearch.nicknames import BODY_COMPOUNDS, BODY_NOUNS, FIRM_NOUNS, PERSON_JOB_FIRM_NOUNS, SERVICE_COMPOUNDS
from quotesearch.body_services import BROADCAST_NOUNS
from quotesearch.bodies_of_kind import _one_sentence, _shortened_name
from quotesearch.body_appositives import ACRONYM_BODY_NOUNS, DESCRIBED_BODY_REACH


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
#: force, ‘a district spokesperson’ of a school district; ‘a union spokesman’, ‘an association spokeswoman’,
#: ‘an agency spokesperson’, ‘a commission spokesman’, ‘an authority spokeswoman’, w100b), for the body of
#: that kind it has named, as "the <kind>" is read (never when it names two: ‘a union spokesman’ after two
#: unions is left as written) (w48a, w56a, w58a, w58d).
#:
#: >>> "council" in SPOKESPERSON_KIND_NOUNS, "force" in SPOKESPERSON_KIND_NOUNS, "treasury" in SPOKESPERSON_KIND_NOUNS
#: (True, True, False)
#: >>> "union" in SPOKESPERSON_KIND_NOUNS, "agency" in SPOKESPERSON_KIND_NOUNS, "team" in SPOKESPERSON_KIND_NOUNS
#: (True, True, False)
SPOKESPERSON_KIND_NOUNS = ("company", "firm", "council", "trust", "charity", "club", "university", "hospital", "airline",
                           "ministry", "district", "force", "palace", "presidency", "union", "association", "agency", "commission",
                           "authority")

#: One who speaks for a body the article has named, called by the body's kind before the role (‘a company
#: spokesperson’, ‘A council spokesman’): the kind, as "the company" or "the council" would be read (w48a, w56a).
#:
#: >>> RE_KIND_SPOKESPERSON.fullmatch("a company spokesperson").group(1), RE_KIND_SPOKESPERSON.fullmatch("A council spokesman").group(1)
#: ('company', 'council')
#: >>> RE_KIND_SPOKESPERSON.fullmatch("a Treasury spokesperson") is None
#: True
RE_KIND_SPOKESPERSON = LazyPattern(r"(?:[Aa]n?|[Oo]ne) (" + "|".join(SPOKESPERSON_KIND_NOUNS) + r") (?:spokesperson|spokeswoman|spokesman)")

#: One of a body's officials called by its kind (‘a council official’): read as its spokesperson by
#: :func:`_body_kind` (‘The Japan Business Council has cautioned …. “…,” a council official said’), unless
#: the official speaks unnamed on condition of anonymity, which the caller checks (w136f).
#:
#: >>> RE_KIND_OFFICIAL.fullmatch("an agency official").group(1), RE_KIND_OFFICIAL.fullmatch("a senior official") is None
#: ('agency', True)
RE_KIND_OFFICIAL = LazyPattern(r"(?:[Aa]n?|[Oo]ne) (" + "|".join(SPOKESPERSON_KIND_NOUNS) + r") official")


#: A body's own office in a place, called by the body's kind (‘the agency's Norman office’, ‘the bureau’s Boston
#: field office’): the kind, as "the agency" would be read; the office speaks for the body (w49b).
#:
#: >>> RE_KIND_LOCAL_OFFICE.fullmatch("the agency's Norman office").group(1)
#: 'agency'
#: >>> RE_KIND_LOCAL_OFFICE.fullmatch("the agency's press office") is None, RE_KIND_LOCAL_OFFICE.fullmatch("the mayor's office") is None
#: (True, True)
RE_KIND_LOCAL_OFFICE = LazyPattern(r"[Tt]he (\p{Ll}+)[’']s \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?(?: field)? (?:office|bureau)")

#: A body's own governing organ, called by the body's kind (‘the club's committee’, ‘the association's board’,
#: ‘the league’s board’, ‘the company’s directors’, ‘the commission’s complaints committee’): the kind, as "the
#: club" would be read; the organ speaks for the body the article names (w132b). Never one that no longer
#: does (‘the club's former directors’), nor an organ of a person (‘the mayor's committee’ has no body's kind).
#:
#: >>> RE_KIND_OWN_ORGAN.fullmatch("the club’s committee").group(1), RE_KIND_OWN_ORGAN.fullmatch("the company's board of directors").group(1)
#: ('club', 'company')
#: >>> RE_KIND_OWN_ORGAN.fullmatch("the association’s accreditation commission").group(1)
#: 'association'
#: >>> RE_KIND_OWN_ORGAN.fullmatch("the club's former directors") is None, RE_KIND_OWN_ORGAN.fullmatch("the club's lawyers") is None
#: (True, True)
RE_KIND_OWN_ORGAN = LazyPattern(r"[Tt]he (\p{Ll}+)[’']s (?:(?!former |previous |outgoing |old |rival |dissident )\p{Ll}+ )?"
                                r"(?:committee|board(?: of (?:directors|trustees|governors))?|directors|trustees|governors"
                                r"|management|executive|commission)")


def _body_kind(said_by: list[str], how: str) -> str | None:
    """The kind of body a speaker's words name as "the <kind>" ("the firm"; "the Bank", its kind in
    capitals as some write a body's; "the Boston-based company", where it is based), for the body
    named before; none for anything else. A spokesperson for "the <kind>" speaks for that body
    (‘a spokesman for the authority’)."""
    if how == "description" and 5 <= len(said_by) <= 6 \
            and (spoke_for := RE_SPOKESPERSON_FOR_KIND.fullmatch(" ".join(said_by))) is not None:
        said_by = spoke_for.group(1).split()
    elif how == "description" and len(said_by) == 3 and (spoke_for := RE_KIND_SPOKESPERSON.fullmatch(" ".join(said_by))
                                                           or RE_KIND_OFFICIAL.fullmatch(" ".join(said_by))) is not None:
        said_by = ["the", spoke_for.group(1)]
    elif how == "description" and 4 <= len(said_by) <= 6 and (office := RE_KIND_LOCAL_OFFICE.fullmatch(" ".join(said_by))) is not None:
        said_by = ["the", office.group(1)]  # (a body's office in a place: ‘the agency's Norman office wrote’)
    elif how == "description" and 3 <= len(said_by) <= 6 and (organ := RE_KIND_OWN_ORGAN.fullmatch(" ".join(said_by))) is not None:
        said_by = ["the", organ.group(1)]  # (a body's own organ: ‘the club's committee said’, w132b)
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


def _body_fits(text: str, mention: Mention, kind: str, body: Person, quoted: list[tuple[int, int]] = ()) -> bool:
    """The body found for "the <kind>" at ``mention`` is the one meant: where the words say it is
    based, the text writes that of it (‘Oslo-based Fjordline sold its ferries to Kiel-based Baltic
    Link. “…,” the Kiel-based company said’ is Baltic Link's, ‘the Dallas-based company’ never Texcel
    Corp. beside Dallas-based Crestmark Bank); and a board, a court or a supplier is the one named
    only when no other of its kind is told of since (‘Halvorsen's board of directors’, ‘a parts
    supplier’, ‘A federal judge in Austin blocked the law’); one told of only inside the quotations
    ``quoted`` (their spans, sorted) of a paragraph before is someone's talk, no other court (‘“We will prove in the appellate
    court that our client received no bribe,” his lawyer said. … The court said’, w100e)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    based = RE_BASED.search(mention.text)
    if based is not None and any(not text.startswith(name, m.end() + 1)
                                 for m in regex.compile(regex.escape(based.group()) + r"(?= \p{Lu})").finditer(text, 0, mention.start)):
        return False  # (another firm the text says is based there)
    if kind in ("board", "court", "supplier"):
        lo = max(0, mention.start - BODY_REACH)
        own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text[lo:mention.start])]
        nouns = f"(?:{kind}|judge)" if kind == "court" else kind  # (a judge is a court of one)
        pattern = rf"(?<!\bnot )\b(?:a|an|the|its|their|his|her|[\p{{L}}]+['’]s) (?:(?!not )[\p{{L}}\p{{N}}\-.]+ ){{0,3}}{nouns}\b" + KIND_PERSON_AFTER
        # (never one of its people: ‘A board official said …’ is of the board named, w127n)
        # (never one denied: ‘Voters choose a governor, not a board’, w72b; but ‘a not-for-profit board’ is one, rv72b)
        window = text[lo:mention.start]
        if any(not any(m.start() < b and a < m.end() for a, b in own) and m.group().lower() != f"the {kind}"
               and not _name_tail_again(m.group(), name)  # (its name's own tail in lower case: ‘the Brennock City
               # Elections Board …. The elections board rejected the claims. … the board said’, w110b)
               and not window.startswith((f", {name}", f", the {name}"), m.end())  # (its own appositive:
               # ‘Germany's top court, the Federal Constitutional Court,’; and "the board" again is the same)
               and not (based is not None and RE_APEX_COURT_EPITHET.fullmatch(m.group()) is not None
                        and own and m.end() <= own[0][0])  # (a land's top court told of before the court is
               # named is that court, when the words restate it by its seat: ‘Europe's top court ruled …. the
               # Court of Justice of the European Union said. The Luxembourg-based court added’; never one told of
               # after it: ‘the General Court said. Google can go to Europe's top court. The Luxembourg-based court said’)
               and not _restated_by_name(text, lo + m.start(), lo + m.end(), name)
               and not _quoted_before_paragraph(text, quoted, lo + m.start(), mention.start)  # (nor the one the story
               # brings in unnamed and then names: ‘A Seoul court jailed …. The Seoul Central District Court also
               # ordered …. the court said’, w100e)
               for m in regex.finditer(pattern, window, flags=regex.I)):
            return False  # (another of its kind told of around it: ‘The 9th Circuit Court of Appeals ruled …. the
            # Supreme Court declined …. the court said’)
    if _rival_named(text, mention.start, kind, name):
        return False
    if _second_of_kind_since(text, name, mention.start, kind):
        return False
    return True


def _name_tail_again(words: str, name: str) -> bool:
    """Whether ``words``, "the" and two or more words, are the last words of the body's ``name`` again, in
    any case: the body told of again by its name's tail (‘the elections board’ for the Brennock City
    Elections Board), no other of its kind; never by another determiner (‘its board’) (w110b).

    >>> _name_tail_again("The elections board", "Brennock City Elections Board"), _name_tail_again("the board", "X Board")
    (True, False)
    >>> _name_tail_again("the school board", "Brennock City Elections Board"), _name_tail_again("its elections board", "City Elections Board")
    (False, False)
    """
    lead, _, rest = words.partition(" ")
    return lead.lower() == "the" and " " in rest and (" " + name.lower()).endswith(" " + rest.lower())


def _quoted_before_paragraph(text: str, spans: list[tuple[int, int]], at: int, cue: int) -> bool:
    """The offset ``at`` lies inside one of the quotations ``spans`` (sorted by start) that ends in a
    paragraph before the cue's at ``cue``: someone else's talk (never the words the cue gives, ‘“The trial
    judge erred,” the court said’, whose judge is another court).

    >>> t = "“We will win in the appeal court,” he said.\\nThe court said"
    >>> _quoted_before_paragraph(t, [(1, 33)], 20, t.index("The court")), _quoted_before_paragraph(t, [(1, 33)], 36, 50)
    (True, False)
    >>> t = "“The trial judge erred,” the court said"
    >>> _quoted_before_paragraph(t, [(1, 23)], 5, t.index("the court"))
    False
    """
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and at < spans[k][1] and "\n" in text[spans[k][1]:cue]


@functools.lru_cache(maxsize=64)
def _kind_in_name(noun: str) -> re.Pattern:
    """A body's name with its kind in capitals, after its owner or before "of" ("Harbor National Bank",
    "the Diocese of Kells"; never "Bank Rate", "raised Bank", nor the kind alone after a capital determiner,
    the body's own word for itself in its statement: ‘“The Board has launched an inquiry,” the board said’).

    >>> [m.group() for m in _kind_in_name("board").finditer("The Board met. The Harbour Board said")]
    ['Harbour Board']
    """
    kind = regex.escape(noun[:1].upper() + noun[1:])
    return regex.compile(rf"(?:(?!(?:The|This|Our|Its)\s)\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\s)+{kind}\b(?!\s\p{{Lu}})"
                         rf"|\b{kind} of (?:the )?\p{{Lu}}")


def _rival_named(text: str, at: int, kind: str, name: str) -> bool:
    """Another body of that kind is named by its capitalised name within reach before ``at``, outside
    the body's own name: "the <kind>" may be either (‘The Diocese of Arden will merge with the Diocese
    of Kells. “…,” the diocese said’, ‘The Ministry of Health and the Ministry of Finance …’)."""
    lo = max(0, at - BODY_REACH)
    if text.find(kind[:1].upper() + kind[1:], lo, at) < 0:
        return False  # (cheap: no capital kind in reach)
    own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text, pos=max(0, lo - len(name)), endpos=at)]
    return any(not any(a <= m.start() < b or a < m.end() <= b for a, b in own)
               and RE_DATELINE_CREDIT_CLOSE.match(text, m.end()) is None  # (the outlet a dateline credits, no rival:
               # ‘DORNSTADT (Alvenmark Press Agency) - … according to the Federal Waterways Agency. … the agency said’)
               and not (_shortened_name(m.group(), name) and not any(_one_sentence(text, a, m.start()) for a, _ in own))
               for m in _kind_in_name(kind).finditer(text, lo, at))  # (its own shorter name is no rival, but one
    # named in the same sentence is another: ‘moved from Mercy General Hospital to Mercy Hospital’)


#: How far before "the board" or "the court" another of its kind makes it unclear which is meant.
BODY_REACH = 600

#: The close of a dateline's credit right after a name, a dash after it: the name is the outlet that
#: wrote the story (‘OSLO, May 2 (Nordic Press Agency) - …’), never a body the story tells of.
#:
#: >>> bool(RE_DATELINE_CREDIT_CLOSE.match(") - Barges on the Vell")), bool(RE_DATELINE_CREDIT_CLOSE.match(") said"))
#: (True, False)
RE_DATELINE_CREDIT_CLOSE = LazyPattern(r"\) ?[\-–—] ")


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

#: Where a body is based or listed, before its kind (‘Kiel-based’, ‘Nasdaq-listed’).
RE_BASED = LazyPattern(r"\p{Lu}[\p{L}\- ]*-(?:based|listed|headquartered)")


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
#: A verb in -ing or -ed after it is the body's own doing, in its quoted words too (‘said it was “cooperating
#: fully”’).
#:
#: >>> RE_SAID_IMPERSONAL_IT.match(" said it was “a disgrace”") is not None
#: True
#: >>> RE_SAID_IMPERSONAL_IT.match(" said it was “cooperating fully”") is None
#: True
RE_SAID_IMPERSONAL_IT = LazyPattern(
    r" (?:also )?(?:said|says|added|stated) (?:that |on \w+ that )?it (?:(?:was|is|would be|will be|had been|has been) "
    r"(?![“\"‘']?(?:\p{Ll}+ing|\p{Ll}+ed|not|also|still|now|confident|committed|aware|unable|able|working|looking)\b)"
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
