"""Firms and bodies described by their kind: a firm's trade and role, a firm's short form, the firm a
lede is about and "the company" of an article, analysts' houses, firms told apart from public bodies,
a name that spoke as a body (_speaking_body) and the body set off with a description (_described_body).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from quotesearch.cue_tokens import sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.body_words import (
    BODY_NAME_ENDINGS, BUSINESS_WORDS, FIRM_TRADES, LEDE_FIRM_KINDS, NAME_ENDING_BODY_NOUNS, ORG_WORDS, SECTOR_WORDS,
    SHOP_NAME_ENDS, SPOKESPERSON_NOUNS, TRADE_LEAD_NOUNS,
)
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.mention_words import Mention, PREPOSITIONS
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import RE_SENTENCE_STOP, Person
from quotesearch.offices import TITLE_WORDS
from quotesearch.nicknames import BODY_COMPOUNDS, FIRM_NOUNS, PERSON_JOB_FIRM_NOUNS
from quotesearch.body_names import BODY_NAME_WORDS, PUBLIC_BODY_ENDINGS, RE_DATELINE, _body_of_kind, _quoted_at
from quotesearch.body_services import RE_FLIGHT_NUMBER, _flight_operator
from quotesearch.body_kinds import (
    REGULATOR_NOUNS, RE_BASED, RE_SAID_IMPERSONAL_IT, RE_SHARES_OF_FIRM, RE_TRADE_WORD_BEFORE,
    _kind_word_told_otherwise, _same_kind,
)
from quotesearch.bodies_of_kind import (
    BODY_ENDING_REACH, GROUP_KIND_HEADS, LOOSE_BODY_NOUNS, _bodies_of_kind, _body_of_kind_between, _campaign_over_other,
    _sole_body, _thing_which_before,
)
from quotesearch.body_appositives import (
    DESCRIBED_BODY_REACH, RE_BY_AGENT, RE_LAWYERS_FIRM, RE_SAID_IT, RE_SET_OFF_DESCRIPTION, SET_OFF_AGENT_WORDS,
    SET_OFF_CLAUSE_WORDS, _one_of_two,
)


def _unknown_firm_subject(text: str, m: Mention, noun: str, cast: Cast) -> bool:
    """A name of two to four capitalised words, no person's, place's or public body's, opening a sentence as
    its subject with a verb in lower case right after it and no role before it, for "the company" or "the
    firm" in the next sentence (‘Pacifica Container Line struck a more cautious tone. The company said’,
    ‘Kwela Cold Chain cut its forecast. The firm said’).

    >>> t = "Kwela Cold Chain cut its forecast."
    >>> _unknown_firm_subject(t, Mention(0, 16, "Kwela Cold Chain", "name"), "firm", Cast(t))
    True
    >>> t = "Kwela Cold Chain said it would cut."
    >>> _unknown_firm_subject(t, Mention(0, 16, "Kwela Cold Chain", "name"), "agency", Cast(t))
    False
    """
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if noun not in FIRM_NOUNS or not 2 <= len(words) <= 4 or m.role is not None or m.text.isupper() \
            or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if gender_of(words[0]) is not None or low[0] in HONORIFICS or m.text in TWO_WORD_PLACES \
            or " ".join(low) in ONE_WORD_PLACES or any(w in NATIONALITY_WORDS or w in PLACE_NOUNS
                                                       or w in PUBLIC_BODY_ENDINGS for w in low):
        return False
    if (known := cast.by_surname.get(low[-1])) is not None and (known.personlike or cast.roles_of(known)):
        return False  # (someone the article names: ‘Ann Lee’s team’)
    verb = RE_LOWER_WORD.match(text, m.end)
    return verb is not None and verb.group(1) not in FUNCTION_WORDS and not verb.group(1).endswith("ing")


def _body_in_own_sentence(text: str, at: int, noun: str, lo: int, cast: Cast) -> Person | None:
    """The one body of the kind "the <noun>" stands for, named earlier in the cue's own sentence, before
    "the <noun>" at ``at`` (‘Ann Reid worked at a care home run by Heather Care Group until she was
    dismissed for what the company described as “…”’): the body only the words just before name, when
    the article has named no other of its kind (_sole_body). Never when words quoted open the sentence
    (‘“We trust Acme Corp,” the company said’ is another firm's)."""
    ends = sentence_ends(text, lo, at)
    s_lo = ends[-1] if ends else lo
    if any(mark in text[s_lo:at] for mark in ("“", '"', "”")):
        return None
    if noun in FIRM_NOUNS and (shares := RE_SHARES_OF_FIRM.match(text, s_lo, at)) is not None \
            and not _known_person_word(shares.group(1).split()[-1], cast) \
            and not _body_of_kind_between(text, shares.end(), at, noun, cast, shares.group(1)):
        return Person(shares.group(1), kind="organisation")  # the firm whose shares the sentence opens with:
        # ‘Shares in toolmaker Orrin Precision fell after the company said …’ (never with another named between)
    if noun in FIRM_NOUNS and (asked := RE_FIRM_ASKED.search(text, s_lo, at)) is not None \
            and gender_of(asked.group("name").split()[0]) is None \
            and not _known_person_word(asked.group("name").split()[-1], cast):
        name = asked.group("name")
        return Person(" " not in name and cast.company(name) or name, kind="organisation")  # the firm the
        # reporter put the matter to, its spokesperson answering in the same sentence: ‘We contacted Gymbox and a
        # spokeswoman for the company said: “…”’ (w77a)
    return _sole_body(text, at, noun, cast, s_lo) or _firm_short_form_opens(text, s_lo, at, noun, cast)


#: A reporter's putting a matter to a named firm, then "and" before the one who answered for it, ending right
#: before that one's words (‘We contacted FitLoop and ’, ‘Pricewatch put these points to Harlan Energy, and ’):
#: the firm is group "name" (w77a).
#:
#: >>> RE_FIRM_ASKED.search("We contacted Gymbox and ").group("name")
#: 'Gymbox'
#: >>> RE_FIRM_ASKED.search("We put her complaint to Harlan Energy, and ").group("name")
#: 'Harlan Energy'
#: >>> RE_FIRM_ASKED.search("We contacted Gymbox and its rival said ") is None
#: True
RE_FIRM_ASKED = LazyPattern(r"\b(?:contacted|approached|emailed|phoned|rang|wrote to|got in touch with|reached out to|"
                            r"put (?:[\p{Ll}’']+ ){1,3}to) (?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:&|\p{Lu}[\p{L}\p{M}’'\-]*)){0,3}),? "
                            r"(?:and|but) $")


def _firm_of_reported_kind(text: str, ms: tuple, sp: Span, cast: Cast) -> Person | None:
    """The firm that "the <noun>", the subject of the sentence before the words, stands for when that
    sentence's own subject names it (‘Dunmore has halved its flaring, the company said. “…,” it said’):
    the firm its own sentence names (_body_in_own_sentence), else None (the kind stays as written)."""
    mention, person = ms
    words = mention.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in FIRM_NOUNS \
            or (person is not None and person.kind == "organisation" and person.name.lower() != mention.text.lower()):
        return None
    return _body_in_own_sentence(text, mention.start, words[1], sp.para_start, cast)


def _firm_short_form_opens(text: str, s_lo: int, at: int, noun: str, cast: Cast) -> Person | None:
    """The firm whose short form opens the cue's own sentence as its subject, "the <noun>" closing it
    (‘Dunmore has halved its flaring, the company said’, where the article wrote "Dunmore Petroleum"
    before): that firm, even when the article named others of its kind. Never a person by a surname
    (‘Reid has cut costs, the company said’: the firm stays unknown), nor a word that is no firm's
    short form, nor when another firm's name stands between."""
    if noun not in FIRM_NOUNS:
        return None
    while s_lo < at and text[s_lo].isspace():
        s_lo += 1
    word = text[s_lo:at].split(" ", 1)[0]
    if not (word[:1].isupper() and word.isalpha()) or (firm := cast.company(word)) is None \
            or cast.by_surname.get(word.lower()) is not None:
        return None
    rest = text[s_lo + len(word):at]
    if not rest[:2].strip() or not rest.lstrip()[:1].islower() \
            or any(w[:1].isupper() and cast.company(w.strip(",.;:’'")) is not None for w in rest.split() if w.lower() != word.lower()):
        return None  # (the short form alone, then a verb, and no other firm's: ‘Dunmore has cut …, the company
        # said’; never ‘Kilbride blamed Tolka for the delay, the company said’)
    return Person(firm, kind="organisation")


def _lede_firm_again(text: str, m: Mention, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm the article's lede is about (_lede_firm), when ``m``, the subject of the sentence right
    before "the <noun>", names it again past the lede (‘Paystride, a Lagos-based start-up, has raised $14
    million in a round led by Northgate Ventures …. / … Paystride currently has 140 employees. The company
    said …’: even with another firm in the lede) and the lede gives it the trade the
    noun stands for (as _article_company asks: never "the bank" for a chipmaker). None for anything
    else: a person, another firm, a name the lede never made a firm's."""
    if not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast, alone=False)  # (the sentence right before tells which of two it is)
    if lede is None or lede[0].text != m.text or m.start <= lede[0].start:
        return None
    trade = lede[1]
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None
    return Person(m.text, kind="organisation")


#: One firm of several named set off after them, where it is based before its name (‘One of the
#: designated firms, Dubai-based Corvex Shipping, said’): group 1 its name.
RE_ONE_OF_SET_OFF = LazyPattern(r", (?:\p{Lu}[\p{L}\-]*-(?:based|listed|headquartered) )?"
                                r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:&|and|of|\p{Lu}[\p{L}\p{M}&’'\-.]*))*),")


def _one_of_firms(text: str, m: Mention, s_hi: int, cast: Cast) -> Person | None:
    """The firm a subject "one of the <firms>" names set off after it, when that firm speaks of itself as
    "it" (‘One of the designated firms, Dubai-based Corvex Shipping, said it had …’, ‘Another of the
    lenders, Harbour Mutual, said it would …’): "the company" after it is that one. Never a person set
    off so (‘One of the founders, Ann Lee, said’: no firm's word in the plural)."""
    words = m.text.lower().split()
    if len(words) < 3 or words[0] not in ("one", "another") or words[1] != "of":
        return None
    last = words[-1]
    single = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
    if not _trade_word(single):
        return None
    named = RE_ONE_OF_SET_OFF.match(text, m.end, s_hi)
    if named is None or RE_SAID_IT.match(text, named.end(), s_hi) is None:
        return None
    name = named.group(1)
    first = name.split()[0]
    known = cast.by_surname.get(name.split()[-1].lower())
    if gender_of(first) is not None or (known is not None and (known.gender is not None or known.titled or any(
            r.lower() != m.text.lower() for r in cast.roles_of(known)))):
        return None  # (a person's role of its own; the description it is set off after is none)
    return Person(name, kind="organisation")


#: The cue's own "it" for the body it calls by its kind (‘The operator added that it would …’).
RE_KIND_SAID_IT = LazyPattern(r"(?i:the) \p{Ll}+ (?:also |later )?(?:said|says|added|stated|confirmed|announced|warned) "
                              r"(?:that |on \w+ that )?it\b")


def _shop_name(words: list[str]) -> bool:
    """A shop's or a family firm's name with its founder's possessive (‘Hargrove’s Sporting Goods’, ‘Donovan’s
    Bakery’): an organisation's name, though it holds no word of one (SHOP_NAME_ENDS)."""
    return len(words) >= 2 and words[0].endswith(("’s", "'s")) and words[-1].lower() in SHOP_NAME_ENDS


def _known_person_word(word: str, cast: Cast) -> bool:
    """``word`` is the surname of a person the article gives a sex or a title (‘Danbury’ of ‘managing
    director Phil Danbury’): a person, never a body."""
    known = cast.by_surname.get(word.lower())
    return known is not None and (known.gender is not None or known.titled)


def _trade_lead(role: str) -> bool:
    """A role before a name that is a firm's trade, in lower case after its first word and with no small
    word, ending in a trade's word (‘Refrigerated haulier’, ‘Packaging specialist’, ‘Kampala-based
    lender’); never a person's office or a phrase (‘cancer specialist Dr’, ‘a critic of the firm’).

    >>> _trade_lead("Refrigerated haulier"), _trade_lead("Temperature-controlled specialist"), _trade_lead("Chief executive")
    (True, True, False)
    """
    words = role.split()
    return 1 <= len(words) <= 4 and all(w.islower() for w in words[1:]) \
        and not any(w.lower() in FUNCTION_WORDS or w.lower() in HONORIFICS for w in words) \
        and (words[-1].lower() in TRADE_LEAD_NOUNS or _trade_role(role))


#: Kinds of body that are never a firm: "the company" or "the lender" is never one of them, nor
#: they a firm (‘The company says it cannot afford more. “…,” the union said’).
NON_FIRM_BODY_NOUNS = frozenset("union agency regulator watchdog ministry council charity commission authority "
                                "department bureau administration directorate court".split())

#: Nouns of a firm, besides those "the company" stands for (a bank is "the lender", never "the union").
FIRM_SIDE_NOUNS = FIRM_NOUNS | frozenset("bank airline carrier".split())


def _runs_with_of(text: str, lo: int, hi: int) -> Iterator[tuple[list[str], list[str]]]:
    """The runs of capitalised words between ``lo`` and ``hi``, each with the whole name it ends, joined
    to the runs before it by "of" (‘Civil Aviation’ in ‘Directorate General of Civil Aviation’)."""
    whole: list[str] = []
    last = -1
    for run in RE_NAME_RUN.finditer(text, lo, hi):
        words = run.group().split()
        gap = text[last:run.start()] if last >= 0 else ""
        whole = whole + [gap.strip()] + words if gap in (" of ", " of the ") else words
        last = run.end()
        yield words, whole


def _public_body_for_firm(words: list[str], noun: str) -> bool:
    """A name with a public body's or a union's word in it (‘Directorate General of Civil Aviation’,
    ‘Civil Aviation Authority’), which "the carrier" or "the company" never stands for."""
    return noun in FIRM_SIDE_NOUNS and any(w.lower() in NON_FIRM_BODY_NOUNS for w in words)


def _other_side(kind: str, noun: str) -> bool:
    """A body described as a ``kind`` is never the one "the <noun>" stands for: one is a firm's
    noun, the other a public body's, a union's or a charity's."""
    return (kind in FIRM_SIDE_NOUNS and noun in NON_FIRM_BODY_NOUNS) or (kind in NON_FIRM_BODY_NOUNS and noun in FIRM_SIDE_NOUNS)


def _persons_quotation(text: str, lo: int, hi: int, cast: Cast) -> bool:
    """A sentence that opens with a quotation and then names, after its close, only people the
    article knows as people (‘“…,” Chief Executive Jana Kessler said in a statement.’): no body
    in it for "the company" to stand for (never ‘“…,” said Ann Lee of Hexon Industries.’)."""
    body = text[lo:hi].lstrip()
    if not body.startswith(("“", '"')):
        return False
    close = max(text.rfind("”", lo, hi), text.rfind('"', lo + (len(text[lo:hi]) - len(body)) + 1, hi))
    if close < 0:
        return False
    runs = [r.group() for r in RE_NAME_RUN.finditer(text, close + 1, hi)]
    if not runs:
        return False
    for run in runs:
        words = [w for w in run.split() if w.lower() not in ROLE_NOUNS and w.lower().rstrip(".") not in TITLE_WORDS]
        if not words or is_organisation(words):
            return False
        known = cast.by_surname.get(words[-1].rstrip(".,").lower())
        if known is None or known.kind != "name" or not (known.personlike or cast.roles_of(known)):
            return False
    return True


def _firm_noun_before(text: str, lo: int, at: int) -> bool:
    """The words from the sentence's start ``lo`` to a name at ``at`` are a firm's kind, with at most
    a place or a trade before it, and nothing else: ‘German health app maker ’, ‘Dutch biotech ’,
    ‘Electric-scooter startup ’ (never ‘Critics of the firm ’, ‘In a statement, insurer ’)."""
    words = text[lo:at].split()
    if not 1 <= len(words) <= FIRM_KIND_WORDS or any(not w.replace("-", "").isalpha() for w in words):
        return False  # (no comma, no quotation mark, no number: only words)
    if any(w.lower() in FUNCTION_WORDS for w in words) or any(w[:1].isupper() for w in words[1:]):
        return False  # (only the first word may be a capital, a nationality: ‘German’, ‘Swiss’)
    return words[-1].lower() in FIRM_NOUNS


def _firm_role(role: str) -> bool:
    """A role that is a firm's kind or trade, a noun of at most two words after "the" or none (‘The
    developer’, ‘the housing developer’, ‘retailer’ as the cast keeps it; never ‘a critic of the firm’,
    nor a person's office).

    >>> _firm_role("The developer"), _firm_role("builder"), _firm_role("the chief executive"), _firm_role("a critic of the firm")
    (True, True, False, False)
    """
    words = role.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return 1 <= len(words) <= 2 and ((words[-1] in FIRM_NOUNS and words[-1] not in PERSON_JOB_FIRM_NOUNS)
                                     or words[-1] in FIRM_TRADES) \
        and not any(w in FUNCTION_WORDS for w in words)  # (never a person's job: ‘The publisher, Quinlan Reyes,’: rv68b)


#: How many words a firm's kind before its name may take ("German health app maker").
FIRM_KIND_WORDS = 5


#: One who speaks for a body named after "for" or "of", or before the noun: ‘A spokesperson for
#: Harbourview Rentals’, ‘a spokeswoman for the Kestrel Group’, ‘A Harbourview Rentals spokesman’.
RE_SPOKEN_FOR = LazyPattern(r"(?:[Aa]n?|[Tt]he|[Oo]ne) (?:(?:" + "|".join(SPOKESPERSON_NOUNS) + r") (?:for|of) (?:the )?"
                              r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:of|and|&|\p{Lu}[\p{L}\p{M}&’'\-]*)){0,5})"
                              r"|(\p{Lu}[\p{L}\p{M}&’'\-]*(?: \p{Lu}[\p{L}\p{M}&’'\-]*){0,4}) (?:" + "|".join(SPOKESPERSON_NOUNS) + r"))")


#: A name of two or more capitalised words set off inside a sentence (‘Its rival, Coastline Homes,’).
RE_NAMED_BETWEEN = LazyPattern(r"(?<=\b\p{Ll}[\p{Ll}\-]*, )\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+")  # (after a common noun:
# never a place after its town, ‘in Perth, Western Australia,’)


def _spoken_for(description: str) -> str | None:
    """The body a spokesperson's description names (‘A spokesperson for Harbourview Rentals’), for
    "the company" of the sentences after it; None for any other description."""
    m = RE_SPOKEN_FOR.fullmatch(description)
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    return None if name.split()[-1] in ("of", "and", "&") else name


def _restated_firm(description: str, noun: str) -> bool:
    """A firm again by where it is based, as reports restate one they have named: ‘The Berlin-based
    company’, ‘The Oslo-based startup’ (one of the firm nouns, for "the company" or "the firm")."""
    words = description.split()
    return len(words) == 3 and words[0] in ("The", "the") and RE_BASED.fullmatch(words[1]) is not None \
        and noun in FIRM_NOUNS and words[2].lower() in FIRM_NOUNS


#: Kinds of body that no capital stands for (never "the ministry" after "Moscow said …").
SPEAKING_BODY_NOUNS = FIRM_SIDE_NOUNS | frozenset("group organisation organization charity union network association society "
                                              "federation alliance coalition foundation institute studio publisher band "
                                              "orchestra choir".split()) | NAME_ENDING_BODY_NOUNS


def _speaking_body(name: str, noun: str, cast: Cast, text: str = "", at: int = 0) -> bool:
    """A name that spoke is a body "the <noun>" may stand for: no person's (no given name, no one the
    article gives a sex or a role), no place's (a capital standing for its government: ‘Moscow said
    …. “…,” the ministry said’), no heading in capitals, and no word of another kind of body in it
    (‘the Health Ministry’ is never "the company")."""
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    core = " ".join(words[1:] if low[0] == "the" else words)  # (‘The Netherlands’: a place)
    if name.isupper() or gender_of(words[0]) is not None or core.lower() in ONE_WORD_PLACES \
            or core in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or (len(words) == 1 and regex.search(rf"\b(?:near|outside|in the city of) {regex.escape(name)}\b(?![’']s)",
                                                 text[max(0, at - BODY_ENDING_REACH):at])):  # (within reach: linear;
        # never a firm's "Shares in Ocado", "refund letters from Zolta", "switched to Octopus")
        return False  # (a city the text puts people in: ‘fighting near Goma …. Kinshasa said’)
    if len(words) == 1 and cast.first_surname_owner(words[0]) is not None:
        return False  # (the first of two surnames alone: ‘Hilario Huamán Condori …. Huamán said …. The
        # company said’ is never a firm called "Huamán")
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or (known.placelike and low[0] != "the") or cast.roles_of(known)
                              or (len(words) == 1 and " " in known.name and not is_organisation(known.name.split()))):
        return False  # (a body may have spoken: its words make it no person; but a surname alone is someone's
        # named in full, ‘Amara Okafor … Okafor said’)
    if len(words) > 1 and not is_organisation(words) and low[-1] not in BUSINESS_WORDS and low[-1] not in BODY_NAME_ENDINGS \
            and low[0] != "the" and not _thing_which_before(text, name, at):  # (no person's name opens with "The":
        # ‘The Marrow Kings said …’; nor is one set off by "which": ‘Brantley Wharves, which runs the depot,’)
        return False  # (two words may be a person's name no list knows: ‘Amara Okafor said …’)
    kinds = BODY_NAME_WORDS.get(noun, frozenset()) | {noun}
    if noun == "union" and not _body_of_kind(words, noun) and not (core.isupper() and "U" in core and len(core) >= 3
                                                                    and not core.startswith("US")):
        return False  # (a union by a name of its kind or letters that hold its U: never ‘The BBC announced 500 job
        # cuts. “…,” the union said’, ‘Ryanair confirmed … The union said in a statement …’, nor the UN or the EU)
    if noun not in FIRM_SIDE_NOUNS and noun not in LOOSE_BODY_NOUNS and noun != "union" and not _body_of_kind(words, noun):
        return False  # (a charity, a foundation, a network … by a name of its kind: never ‘Age UK has warned ….
        # Barclays said …. “…,” the charity said’)
    return not any(w in ORG_WORDS and w not in kinds for w in low) and not (noun in FIRM_NOUNS and low[-1] in PUBLIC_BODY_ENDINGS)


def _described_as(text: str, end: int, noun: str, hi: int, exact: bool = False) -> bool:
    """A name set off with a description of its kind: ‘Northjet, a budget airline based in
    Leeds,’, ‘Metrolink, the region's rail authority,’."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end, hi)
    if m is None:
        return False
    words = m.group(1).lower().split()
    cut = next((i for i, w in enumerate(words)
                if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS or w in SET_OFF_AGENT_WORDS), len(words))
    # (a clause ends the kind as a preposition does: ‘The Blue Lantern, the Soho club where he
    # played for years,’ is a club, never "years")
    while cut > 1 and words[cut - 1].endswith(("ed", "ing")):
        cut -= 1  # ("a budget airline based in Leeds")
    if cut == 0:
        return False
    head = " ".join(words[cut - 2:cut])  # (a kind of two words: ‘a Mumbai-based fund house’)
    head = head if head in BODY_COMPOUNDS else words[cut - 1]
    if head in PERSON_JOB_FIRM_NOUNS:
        return head == noun  # (‘Sasha Okoro, the publisher of Vane magazine,’ is no "company": rv68b)
    return head == noun or (noun in FIRM_NOUNS and head in FIRM_NOUNS) or (
        not exact and noun in REGULATOR_NOUNS and head in REGULATOR_NOUNS) or (
        not exact and noun in ("company", "firm") and head in FIRM_SIDE_NOUNS) or (
        not exact and noun == "group" and head in GROUP_KIND_HEADS
        and (head != "network" or words[cut:cut + 1] == ["of"]))


def _described_body(text: str, at: int, noun: str, cast: Cast, exact: bool = False) -> Person | None:
    """The body the article set off with a description of this kind not long before ``at``, when
    the sentences just before tell nothing (‘The Hearthstone Trust, a homelessness charity, said
    …. Council figures show …. “…,” the charity said’): the one name so described within reach,
    no person's, with no other body described so, no body of the kind named, and no unnamed one of
    the kind brought in since (‘a second charity’)."""
    exact = exact or _kind_word_told_otherwise(text, noun, at)  # (the regulator's other word only when
    # the article calls nothing else by this one)
    names = cast.body_names()
    body, after = None, at  # (the name so described, and where its description ends)
    for start, name, words in names[bisect.bisect_left(names, (at - DESCRIBED_BODY_REACH,)):]:  # (only those within reach)
        if start >= at:
            break
        operator = None
        written = " ".join(words)
        end = text.find(written, start, at)
        end = end + len(written) if end >= 0 else -1
        if end >= 0 and (operator := _flight_operator(text, words, end, noun)) is not None:
            name, words = operator, words[:-1]  # (‘Skyline Connect Flight 2291 … the airline said’)
        elif end < 0 or not _described_as(text, end, noun, at, exact):
            continue
        if (body is not None and body != name) or _one_of_two(text, end):
            if noun in REGULATOR_NOUNS and not exact:
                return _described_body(text, at, noun, cast, exact=True)  # (one called by this very word:
                # ‘X, the financial regulator, …. Y, a consumer watchdog, …. “…,” the watchdog said’ is Y)
            return None  # (two bodies of the kind: no telling which)
        known = cast.by_surname.get(words[-1].lower())
        if gender_of(words[0]) is not None or (known is not None and (known.gender is not None or known.titled)):
            return None  # (a person described so: ‘Tan Wei Ming, a property developer,’)
        set_off = RE_FLIGHT_NUMBER.match(text, end) if operator is not None else RE_SET_OFF_DESCRIPTION.match(text, end)
        body, after = name, set_off.end()
    if body is None:
        return None
    starts, kinds, _ = _bodies_of_kind(text, noun, cast)
    if any(starts[i] < at and kinds[i] != body for i in range(bisect.bisect_left(starts, after), len(starts))):
        return None  # (another of the kind named since: ‘Shelter Trust said …’)
    since = text[after:at]
    if regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+\s+){{0,3}}?{regex.escape(noun)}\b", since, flags=regex.I):
        return None  # (an unnamed one brought in since: ‘A second charity said …’)
    if noun in FIRM_SIDE_NOUNS and any(m.group(1).lower() != noun for m in RE_FIRM_SPOKEN_OF.finditer(since)):
        return None  # (a firm spoken of since by another word: ‘Whitlock Grady LLP, the law firm for the
        # families, …. The carmaker denied …. “…,” the company said’)
    return Person(body, kind="organisation")


#: A name set off as one of many of a kind, up to its closing comma (‘Solenne, one of Ibiza's biggest
#: clubs,’, ‘Hale & Orme, one of the city's oldest law firms,’): group "name" the name (one capitalised
#: word or more, "&", "and" or "of" inside), group "kind" the last word, the kind in the plural (w78c).
#:
#: >>> m = RE_NAMED_ONE_OF_KIND.search("her residency at Solenne, one of Ibiza's biggest clubs, ended"); m.group("name", "kind")
#: ('Solenne', 'clubs')
#: >>> RE_NAMED_ONE_OF_KIND.search("at Halle Nord, one of the city's oldest clubs, this year").group("name")
#: 'Halle Nord'
#: >>> RE_NAMED_ONE_OF_KIND.search("Leeds, one of the clubs in the league, said") is None
#: True
RE_NAMED_ONE_OF_KIND = LazyPattern(r"\b(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:&|and|of) \p{Lu}[\p{L}\p{M}’'\-]*| \p{Lu}[\p{L}\p{M}’'\-]*)*)"
                                   r", one of (?:the|its|their|[\p{L}’'\-]+(?:’s|'s)) (?:[\p{L}’'\-]+ ){0,3}?(?P<kind>\p{Ll}+s),")


#: A paragraph led by a name with a verb in the plural or its own possessive (‘Harton City have signed’,
#: ‘Harton City's under-23s beat’): group 1 the name (rv78c).
#:
#: >>> [m.group(1) for m in RE_NAME_LEADS.finditer("Harton City have signed Lisle.\nHarton City's under-23s beat Leeds.")]
#: ['Harton City', 'Harton City']
#: >>> RE_NAME_LEADS.search("Harton City has signed Lisle.") is None
#: True
RE_NAME_LEADS = LazyPattern(r"(?m)^(\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3})(?:['’]s\b| (?:have|are|were) )")


def _plural_kind(word: str) -> str:
    """The kind a plural stands for (‘clubs’ a club, ‘companies’ a company, ‘charities’ a charity).

    >>> _plural_kind("clubs"), _plural_kind("companies"), _plural_kind("charities")
    ('club', 'company', 'charity')
    """
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _written_as_name_only(word: str, text: str) -> bool:
    """The one word ``word`` is a name wherever the text writes it: never in lower case, and capitalised
    inside a sentence at least once (after a lower-case word or a comma), not only opening one (‘Fans
    have reacted …’, ‘Police have …’) (rv78c).

    >>> _written_as_name_only("Tolka", "Tolka have split. Fans of Tolka wept.")
    True
    >>> _written_as_name_only("Fans", "Fans have reacted. The fans wept."), _written_as_name_only("Police", "Police have said.")
    (False, False)
    """
    return not regex.search(rf"\b{regex.escape(word.lower())}\b", text) \
        and regex.search(rf"(?<=[\p{{Ll}},] ){regex.escape(word)}\b", text) is not None


def _named_one_of_kind(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The body the article set off as one of many of the kind "the <noun>" names, not long before
    ``at`` (‘her residency at Solenne, one of Ibiza's biggest clubs, ended. The club said …’): the one
    name so set off, no person's (no given name, none the article gives a sex, a title or a role), with
    no other body of the kind named since, and none brought in unnamed (‘a rival club’) (w78c); never
    when another body leads a paragraph before it (:data:`RE_NAME_LEADS`), the story's own (rv78c)."""
    found = [m for m in RE_NAMED_ONE_OF_KIND.finditer(text, max(0, at - DESCRIBED_BODY_REACH), at)
             if _plural_kind(m.group("kind")) == noun]
    if len({m.group("name") for m in found}) != 1:
        return None
    m = found[-1]
    words = m.group("name").split()
    if words[0] in ("The", "the"):
        words = words[1:]
    known = cast.by_surname.get(words[-1].lower()) if words else None
    if not words or words[0].lower() in FUNCTION_WORDS or gender_of(words[0]) is not None \
            or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    name = " ".join(words)
    for lede in RE_NAME_LEADS.finditer(text, 0, m.start()):
        lw = lede.group(1).split()
        if lede.group(1) not in (name, "The " + name) and gender_of(lw[0]) is None and lw[0].lower() not in FUNCTION_WORDS \
                and (len(lw) > 1 or _written_as_name_only(lw[0], text)):
            return None  # (another body leads a paragraph before it, the story's own: ‘Harton City have signed
            # Jordan Lisle from Dunmore, one of the league's smallest clubs’, rv78c)
    starts, kinds, _ = _bodies_of_kind(text, noun, cast)
    if any(m.end() <= s_ < at and k != name for s_, k in zip(starts, kinds)):
        return None  # (another of the kind named since)
    if regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+\s+){{0,3}}?{regex.escape(noun)}\b", text[m.end():at], flags=regex.I):
        return None  # (an unnamed one brought in since: ‘a rival club’)
    return Person(name, kind="organisation")


#: A paragraph that opens with a name and a verb in the plural, as British reports write a band or a
#: club (‘Sundial Kids have apologised to fans …’, ‘The Marrow Kings are to split’): group 1 the name, up
#: to four capitalised words; never a person's, whose verb is singular (w78c).
#:
#: >>> RE_PLURAL_NAME_OPENS.match("Pale Harbour have cancelled their tour").group(1)
#: 'Pale Harbour'
#: >>> RE_PLURAL_NAME_OPENS.match("Pale Harbour has cancelled its tour") is None, RE_PLURAL_NAME_OPENS.match("They have gone") is None
#: (True, True)
RE_PLURAL_NAME_OPENS = LazyPattern(r"(?:The )?(?!(?:They|We|You|These|Those|Both|All|Many|Some|Most|Others|Several)\b)(\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}) (?:have|are|were) (?:\p{Ll}+ )?\p{Ll}+")

#: A band named by its kind before or after its name (‘the boy band Westlife’, ‘Westlife, the Irish band’,
#: ‘the Dublin band Tolka’): another band told of.
#:
#: >>> [m.group("n") or m.group("b") for m in RE_BAND_NAMED.finditer("the boy band Westlife and Tolka band members. The band, who")]
#: ['Westlife', 'Tolka']
RE_BAND_NAMED = LazyPattern(r"\bband,? (?:the )?(?P<n>\p{Lu}[\p{L}’'\-]*)"
                            r"|\b(?!(?:The|This|That|A|An|One|Our|Their|His|Her|Its|Whole)\b)(?P<b>\p{Lu}[\p{L}’'\-]*) band\b")


#: Last words of a name leading a story that make it a body, no band (‘Northgate Records’, ‘Live Nation’) (rv78c).
#:
#: >>> "records" in LEDE_BODY_WORDS, "kids" in LEDE_BODY_WORDS
#: (True, False)
LEDE_BODY_WORDS = frozenset("records recordings music entertainment nation promotions group police constabulary".split())


def _plural_lede_band(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The band "the band" stands for when the story opens with it as its subject and a verb in the
    plural (‘Pale Harbour have cancelled their autumn tour …. “…,” the band said’): the lede's name, in
    the text's first four paragraphs (a headline and a byline among them), no person's (no given name, none the article gives a sex,
    title or role), with no other band named by its kind before ``at`` (w78c). Never a place's name, a
    word of one only that also opens sentences or is written in lower case, a body's name
    (:data:`LEDE_BODY_WORDS`, ‘Harrow Council’), nor a lede whose body acts on another name
    (:data:`RE_NAME_ACTED_ON`) (rv78c)."""
    if noun != "band":
        return None
    lede = None
    for lo, hi in paras[:4]:
        if lo >= at:
            break
        m = RE_PLURAL_NAME_OPENS.match(text, lo, hi)
        if m is not None:
            lede = m
            break
    if lede is None:
        return None
    words = lede.group(1).split()
    known = cast.by_surname.get(words[-1].lower())
    if words[0].lower() in FUNCTION_WORDS or gender_of(words[0]) is not None or lede.group(1) in TWO_WORD_PLACES \
            or lede.group(1).lower() in ONE_WORD_PLACES \
            or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    if len(words) == 1 and not _written_as_name_only(words[0], text):
        return None  # (a name of one word only where the article writes it capitalised inside a sentence too;
        # never a word that opens one, ‘Fans have reacted …’, ‘Police have …’)
    if any((b.group("n") or b.group("b")) not in words for b in RE_BAND_NAMED.finditer(text, 0, at)):
        return None  # (another band named by its kind: ‘… supported by the Dublin band Tolka’)
    if words[-1].lower() in PUBLIC_BODY_ENDINGS or words[-1].lower() in LEDE_BODY_WORDS or words[0] == "Police":
        return None  # (a body, no band, leads: ‘Harrow Council have approved …’, ‘Northgate Records have dropped …’, rv78c)
    stop = RE_SENTENCE_STOP.search(text, lede.end())
    rest = text[lede.end():stop.start() if stop else len(text)]
    for o in RE_NAME_ACTED_ON.finditer(rest):
        w = o.group(1) or o.group(2)
        if w not in words and gender_of(w) is None and w.lower() not in FUNCTION_WORDS:
            return None  # (the lede's body acts on another name, the band: ‘Live Nation have cancelled the
            # Cardiff date of Ravenna's tour’, ‘… dropped Sundial Kids’, ‘a concert by Pale Harbour’, rv78c)
    return Person(("the " if lede.group().startswith("The ") else "") + lede.group(1), kind="organisation")


#: A capitalised word the rest of a lede's sentence acts on, after its verb (``rest`` opening on a space), after
#: "by" or "of", or a possessive (‘ dropped Sundial Kids’ after the verb's first word, ‘a concert by Pale Harbour’,
#: ‘the Cardiff date of Ravenna's tour’): group 1 or 2 the word (rv78c).
#:
#: >>> [m.group(1) or m.group(2) for m in RE_NAME_ACTED_ON.finditer(" Sundial Kids from the label, the date of Ravenna's tour")]
#: ['Sundial', 'Ravenna']
RE_NAME_ACTED_ON = LazyPattern(r"(?:^ |\bby |\bof )(\p{Lu}[\p{L}\-]*)|\b(\p{Lu}[\p{L}\-]*)['’]s\b")


def _lawyers_firm(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The law firm "the firm" stands for: the one firm the article set off after someone's lawyers not
    long before ``at`` (‘Kaminski's lawyers, Trowbridge & Pell, wrote to the publisher …. In a statement,
    the firm said’), never two people's names (‘Tom Reed and Ann Lee’), and none when two firms are (w78c)."""
    if noun not in ("firm", "law firm"):
        return None
    found = {m.group("name") for m in RE_LAWYERS_FIRM.finditer(text, max(0, at - DESCRIBED_BODY_REACH), at)}
    if len(found) != 1:
        return None
    name = next(iter(found))
    if any(gender_of(w) is not None for w in name.split()):
        return None  # (two lawyers by name: ‘Tom Reed and Ann Lee’)
    return Person(name, kind="organisation")


#: A firm spoken of by its kind (‘the carmaker’, ‘The company's’).
RE_FIRM_SPOKEN_OF = LazyPattern(r"\b(?i:the) (" + "|".join(sorted(w for w in FIRM_SIDE_NOUNS if " " not in w)) + r")\b")


#: A firm's trade set off right after a name (‘Vaultline, a cryptocurrency exchange that …’, ‘Chainlight
#: Analytics, a blockchain analysis firm,’): group 1 the trade.
RE_SET_OFF_TRADE = LazyPattern(r", (?:a|an|the) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b")

#: A clause set off right after a lede's name that tells what it makes or sells, as a firm's trade is told
#: (‘Lumen Grid, which makes billing software for utilities,’, ‘Harrowgate, which operates 40 stores,’):
#: the name is a firm's, "the company" of the story (never a person's "who") (w75c).
#:
#: >>> bool(RE_FIRM_WHICH_MAKES.match(", which makes billing software")), bool(RE_FIRM_WHICH_MAKES.match(", which operates 40 stores"))
#: (True, True)
#: >>> bool(RE_FIRM_WHICH_MAKES.match(", which makes up a third")), bool(RE_FIRM_WHICH_MAKES.match(", who makes films"))
#: (False, False)
RE_FIRM_WHICH_MAKES = LazyPattern(r", which (?:makes|sells|operates|manufactures|produces|develops|designs|supplies|"
                                  r"builds|runs|owns) (?!up\b|it\b|sense\b|clear\b)")

#: A firm that speaks of itself as "it" in a lede (‘said Thursday it will’, ‘a smartwatch that it says’,
#: ‘released its newest model’).
RE_LEDE_IT = LazyPattern(r"\b(?:its|it (?:says|said|will|would|has|had|is|was|expects|plans|intends))\b")

#: The subject of a market lede whose firm comes after it (‘Shares of Harbour Point Bancorp fell’).
LEDE_SHARE_WORDS = frozenset(("Shares", "Stock", "Stocks"))

#: The firm named right after "Shares" (‘ of Harbour Point Bancorp fell’, ‘ in Kilnworth plc’): group 1.
#:
#: >>> RE_SHARES_OF_NAME.match(" of Harbour Point Bancorp fell 9%").group(1)
#: 'Harbour Point Bancorp'
#: >>> RE_SHARES_OF_NAME.match(" in chipmaker Orrin Labs jumped").group(1)
#: 'Orrin Labs'
RE_SHARES_OF_NAME = LazyPattern(r" (?:of|in) (?:" + RE_TRADE_WORD_BEFORE + r")?"
                                r"(\p{Lu}[\p{L}\p{M}&\-]*(?: (?:\p{Lu}[\p{L}\p{M}&\-]*|plc|&))*)")

#: A firm spoken of by its kind with where it is based or a word or two before it (‘the Ohio-based regional
#: lender’, ‘the struggling carmaker’), in the lede.
RE_FIRM_SPOKEN_OF_QUALIFIED = LazyPattern(r"\b(?i:the) (?:\p{Lu}[\p{L}\-]*-based |\p{Ll}[\p{Ll}\-]* ){1,2}?("
                                          + RE_FIRM_SPOKEN_OF.pattern.split(" (", 1)[1])

#: Another firm told of between the lede's firm and "the company": one named with a firm's words, or set
#: off with a trade (‘… said Okoye, of Chainlight Analytics, a blockchain analysis firm’), or one brought in
#: unnamed (‘at least one other bidder, a large European drugmaker’).
RE_FIRM_TOLD = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b(?! (?:spokes|executive|official|source))")

#: How far into an article "the company" may still be the firm its lede is about.
LEDE_FIRM_REACH = 3000


def _trade_word(word: str) -> bool:
    """A word for a firm's trade: ‘company’, ‘lender’, ‘chipmaker’, ‘exchange’."""
    return word in FIRM_SIDE_NOUNS or word in FIRM_TRADES or word in LEDE_FIRM_KINDS or word.endswith("maker")


#: Endings of an adjective that may open a sentence in capitals before its noun (‘Indigenous elders’,
#: ‘Local traders’, ‘Furious parents’), never a firm's one-word name.
ADJECTIVE_ENDINGS = ("ous", "al", "ive", "ful", "less", "ic")

#: A lower-case word right after a name: ‘ elders’ of ‘Indigenous elders’.
RE_LOWER_WORD = LazyPattern(r" (\p{Ll}+)\b")


def _trade_role(role: str) -> bool:
    """A role that is a firm's trade, ending in a trade's word (‘Crypto lending platform’ before
    ‘VaultPeak’, ‘Kampala-based lender’): the firm's kind, never a person's office."""
    word = role.split()[-1].lower().strip(".,’'") if role.split() else ""
    return bool(word) and word not in PERSON_JOB_FIRM_NOUNS and _trade_word(word)  # (never a person's
    # job: ‘The Gazette's longtime publisher, Temi Oduya,’: rv68b)


#: The stop that ends a paragraph of sentences, a closing mark or bracket after it too: a headline has none
#: (‘Brightwell Labs claims record yield, but chemists want to see the data’).
#:
#: >>> bool(RE_PARAGRAPH_STOPS.search("It said so.”")), bool(RE_PARAGRAPH_STOPS.search("Firm claims record, but doubts"))
#: (True, False)
RE_PARAGRAPH_STOPS = LazyPattern(r"[.!?…][”’\"')\]]*\s*\Z")


def _lede_firm(text: str, paras: list[tuple[int, int]], cast: Cast, alone: bool = True) -> tuple[Mention, str | None] | None:
    """The firm the article's lede is about: the subject of its first sentence, a name no person's nor
    place's, that the sentence shows to be a firm (set off with its trade, ‘Vaultline, a cryptocurrency
    exchange that …,’; speaking of itself as "it", ‘Tidewater Renewables said Thursday it will cancel
    its …’; a name with a firm's word, ‘Corvane Therapeutics Inc.’; or "the company" again in the lede),
    with the trade the lede gives it (or None). With ``alone``, None when the lede names another firm
    too (a takeover's, or a funding round's investor)."""
    first = next(((a, b) for a, b in paras if b - a >= 80 and RE_PARAGRAPH_STOPS.search(text, a, b) is not None), None) \
        or next(((a, b) for a, b in paras if b - a >= 80), None)  # (past a headline or a byline, even a long one
    # with no stop: ‘Brightwell Labs claims record yield, but chemists want to see the data’)
    if first is None or first[0] > LEDE_FIRM_REACH:
        return None
    lo, hi = first
    if (dateline := RE_DATELINE.match(text, lo, hi)) is not None:
        lo = dateline.end()
    s_hi = next(iter(sentence_ends(text, lo, hi)), hi)
    m = sentence_subject(text, tokenize(text, lo, s_hi), lambda w: True)
    if m is not None and m.text in LEDE_SHARE_WORDS and (of := RE_SHARES_OF_NAME.match(text, m.end, s_hi)) is not None:
        m = Mention(of.start(1), of.end(1), of.group(1), "name")  # the firm whose shares moved: ‘Shares of Harbour
        # Point Bancorp fell 9% after the lender cut …’, ‘Shares in Kilnworth plc jumped’
    if m is not None and m.kind == "description" and (acted_on := _object_lede_firm(text, lo, s_hi, cast)) is not None:
        return acted_on  # the firm a described one acts on, by its trade: ‘A federal bankruptcy judge … gave crypto
        # lender Arcbridge Finance permission …, but warned the company …’
    kind_before = m.role.split()[-1].lower() if m is not None and m.role else None  # (‘Kampala-based lender Mwezi Credit’)
    if m is None or m.kind not in ("name", "organisation") or m.text.isupper() \
            or (m.role is not None and not (_trade_word(kind_before) and kind_before not in PERSON_JOB_FIRM_NOUNS
                                            and m.role[:1].isupper())):
        return None  # (a person's role before the name: ‘Chief executive Ann Lee’)
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if low[0] in HONORIFICS or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or low[-1] in PUBLIC_BODY_ENDINGS:
        return None  # (a person, a place or a public body: never "the company")
    if len(words) == 1 and low[0].endswith(ADJECTIVE_ENDINGS) and (after := RE_LOWER_WORD.match(text, m.end)) is not None \
            and not after.group(1).endswith("ed") and after.group(1) not in AUXILIARIES and text.find(m.text, s_hi) < 0 \
            and (verb := RE_LOWER_WORD.match(text, after.end())) is not None \
            and (verb.group(1) in SPEECH_VERBS or verb.group(1) in AUXILIARIES or verb.group(1).endswith("ed")):
        # (only the shape of an adjective, its noun and the noun's verb: ‘Indigenous elders say’, ‘Local
        # traders were’; never a firm and its own verb, ‘Continental plans to close’, ‘Carnival expects bookings’)
        return None  # (a capital opening the sentence before its lower-case noun, never named again, is an
        # adjective: ‘Indigenous elders say …; the company says …’, ‘Local traders …’)
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.titled or known.who or any(not _trade_role(r) for r in cast.roles_of(known))
                              or (known.gender is not None and known.name != m.text)):
        return None  # (someone the article names: ‘Amara Okafor said it …’; a sex read off its first word
        # alone is weighed below)
    trade = kind_before
    if (set_off := RE_SET_OFF_TRADE.match(text, m.end, s_hi)) is not None and _trade_word(set_off.group(1)):
        trade = set_off.group(1)
    elif any(w in BUSINESS_WORDS for w in low[1:]):
        trade = "company"  # (a firm's word in its name: ‘Corvane Therapeutics Inc.’)
    elif RE_LEDE_IT.search(text, m.end, s_hi) is not None and RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is None:
        trade = "company"  # (never a person's "it" of no one: ‘Ravshan Ergashev said it was the third outage’)
    elif RE_FIRM_WHICH_MAKES.match(text, m.end, s_hi) is not None:
        trade = "company"  # (what it makes set off after it: ‘Lumen Grid, which makes billing software, said …’)
    said = RE_FIRM_SPOKEN_OF.search(text, m.end, s_hi) or RE_FIRM_SPOKEN_OF_QUALIFIED.search(text, m.end, s_hi)
    # (‘… as the company tries to win back ground’, ‘… after the Ohio-based regional lender cut its forecast’)
    if said is not None:
        trade = said.group(1).lower() if trade in (None, "company") else trade
    if trade is None or (gender_of(words[0]) is not None and (" " not in m.text or (
            said is None and set_off is None and not any(w in BUSINESS_WORDS for w in low[1:])))):
        return None  # (a given name first: a firm only when the lede says so in words, ‘Aurelia Devices …, as
        # the company tries …’; never ‘Amara Okafor said it would appeal’)
    if alone and any(m.end <= a < s_hi and _firm_named(words_, m.text) for a, _, words_ in cast.body_names()):
        return None  # (two firms in the lede: ‘Corvane agreed to buy Brightlake Bio Inc.’, a takeover's)
    return m, trade


#: A firm's trade in lower case right before its name (‘crypto lender Arcbridge Finance’, ‘budget airline Skyfleet’).
RE_TRADE_BEFORE_NAME = LazyPattern(r"(?<![\p{L}’'\-])(\p{Ll}[\p{Ll}\-]+) (?=\p{Lu})")


#: An industry's "group" or "giant", ending right before a name (‘oil and gas group ’, ‘mining giant ’): the
#: name after it is a firm's, whose trade is that word (w80a).
#:
#: >>> RE_SECTOR_GROUP.search("the meeting of oil and gas group ").group(1)
#: 'group'
#: >>> RE_SECTOR_GROUP.search("protest by activist group ") is None
#: True
#:
#: Never a cause's group: ‘clean energy group ’, ‘anti-tobacco group ’ (review rv80a).
#:
#: >>> RE_SECTOR_GROUP.search("campaigners from clean energy group ") is None
#: True
#: >>> RE_SECTOR_GROUP.search("members of anti-tobacco group ") is None
#: True
RE_SECTOR_GROUP = LazyPattern(r"(?<![\p{L}\-])(?<!\b(?:clean|green|renewable|sustainable|ethical|anti|pro) )(?:" + "|".join(sorted(SECTOR_WORDS)) + r")(?:(?:,| and| &) (?:"
                              + "|".join(sorted(SECTOR_WORDS)) + r"))* (group|giant|conglomerate) $")


def _object_lede_firm(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, str] | None:
    """The one firm a lede whose subject is someone described acts on, brought in by its trade before its
    name and spoken of again as "the company" later in the sentence (‘A federal bankruptcy judge on
    Wednesday gave crypto lender Arcbridge Finance permission to …, but warned the company that …’).
    None for two firms so brought in, a name no firm's (a given name first, someone the article names), or
    a lede that never says "the company" after it."""
    found = None
    for sector in (False, True):  # (an industry's group only when no trade brings a firm in: never a second
        # firm beside one so brought in, ‘… gave crypto lender Arcbridge Finance permission to sell its stake in
        # mining group Kestrel, but warned the company …’, review rv80a)
        for t in RE_TRADE_BEFORE_NAME.finditer(text, lo, hi):
            if not (RE_SECTOR_GROUP.search(text, max(lo, t.start() - 40), t.end()) is not None if sector
                    else _trade_word(t.group(1))):
                continue  # (a trade, or an industry's group: ‘oil and gas group Veridane’, w80a)
            run = RE_NAME_RUN.match(text, t.end()) or RE_CAPWORD.match(text, t.end())
            if run is None or run.end() > hi:
                continue
            if found is not None:
                return None  # (two firms: a takeover's, a rival's)
            found = (run, t.group(1))
        if found is not None:
            break
    if found is None:
        return None
    run, trade = found
    words = run.group().split()
    known = cast.by_surname.get(words[-1].lower().strip(".,’'"))
    if gender_of(words[0]) is not None or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    if RE_FIRM_SPOKEN_OF.search(text, run.end(), hi) is None:
        return None
    return Mention(run.start(), run.end(), run.group(), "name"), trade


def _firm_named(words: list[str], own: str) -> bool:
    """A body's name (its words) that is a firm's, and not the firm ``own`` again (‘Parallax’ of
    ‘Parallax AI’)."""
    name = " ".join(words)
    if words[0] == own.split()[0] or name in own or own in name \
            or (words[0] == "The" and len(words) > 1 and words[1] == own.split()[0]):
        return False
    return words[-1].lower().strip(".,’'") in BUSINESS_WORDS or "&" in words  # (a firm's word ending it: never
    # a county's ‘Co Limerick’)


def _article_company(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm a business story is about, for "the company", "the firm", "the Dubai-based company" or "the
    lender" that nothing nearer names (_body_before): the one its lede is about (_lede_firm), when no
    other firm is told of between the lede's subject and ``at`` (named with a firm's word, set off with a
    trade, brought in unnamed: ‘at least one other bidder, a large European drugmaker’, or a name that
    speaks of itself as "it"), and a trade the cue gives is the lede's (‘Aurelia Devices unveiled …. The
    company said’; never "the bank" for a chipmaker). A takeover's two firms leave it as written."""
    if at > LEDE_FIRM_REACH or not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast)
    if lede is None:
        return None
    m, trade = lede
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None  # (a trade the lede never gives in words: ‘Aurelia Devices …. the lender said’, nor ‘Harborview
        # Financial Corp. …. the bank said’, whose name may be a lender's or not)
    own_end = text.find(". ", m.end, at)  # (the lede's own sentence: ‘Vaultline, a cryptocurrency exchange,’)
    own_end = at if own_end < 0 else own_end
    names = cast.body_names()
    for a, name, words in names[bisect.bisect_left(names, (m.end,)):]:
        if a >= at:
            break
        if _firm_named(words, m.text) and not _analysts_house(text, a, name, cast) \
                and not _analyst_at_then_firm(text, a, name, m.text, at):
            return None  # (another firm named: ‘… said Okoye of Chainlight Analytics’)
    for told in RE_FIRM_TOLD.finditer(text, own_end, at):
        if _trade_word(told.group(1)) and not _quoted_at(cast, told.start()):
            return None  # (another brought in by its trade: ‘a large European drugmaker’, ‘a rival lender’;
            # never one a speaker's words bring in, ‘“… they told me it was safer than a bank,” she said’)
    first = m.text.split()[0]
    for spoke in RE_OTHER_FIRM_IT.finditer(text, m.end, at):
        word = spoke.group(1)
        if word == first or word.lower() in PRONOUNS or word.lower() in FUNCTION_WORDS:
            continue
        known = cast.by_surname.get(word.lower())
        if known is None or not (known.gender is not None or known.titled or cast.roles_of(known)):
            return None  # (another that speaks of itself as "it": ‘Hexon said it would bid too’; but a
            # person's ‘Okoye said it was too early’ is none)
    return Person(m.text, kind="organisation")


#: Those who comment on a firm's results from another house (‘Morrow & Tate analyst Felix Brandauer’).
ANALYST_WORDS = frozenset(("analyst", "analysts", "strategist", "strategists"))


def _analysts_house(text: str, at: int, name: str, cast: Cast) -> bool:
    """The firm ``name`` at ``at`` is named only as an analyst's house, never the one "the bank" or "the
    company" of a results story stands for: ‘Morrow & Tate analyst Felix Brandauer’, ‘analyst Piper Lund of
    Calloway Securities’ (the word for an analyst as a title before the person, or right after the firm;
    never ‘Okoye of Chainlight Analytics’, whose trade is not told, nor ‘Ruth Adler, an analyst at Brenner
    Capital’, left as a firm that may be the one meant).

    >>> t = "analyst Piper Lund of Calloway Securities said"
    >>> _analysts_house(t, 22, "Calloway Securities", Cast(t))
    True
    >>> t = "said analyst Ben Ortiz of Harwell Securities"
    >>> _analysts_house(t, 13, "Ben Ortiz of Harwell Securities", Cast(t))
    True
    >>> t = "said Ada Okoye of Chainlight Analytics"
    >>> _analysts_house(t, 18, "Chainlight Analytics", Cast(t))
    False
    """
    after = text[at + len(name):at + len(name) + 12].split()
    if after and after[0] in ANALYST_WORDS:
        return True  # (‘Morrow & Tate analyst Felix Brandauer’)
    inner = max(name.find(" of "), name.find(" at "))  # (a run that holds the person: ‘Ben Ortiz of Harwell Securities’)
    before = text[max(0, at - 60):at + inner + 4 if inner > 0 else at]
    if not before.endswith((" of ", " at ")):
        return False
    words = before.split()[:-1]
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1  # (past the analyst's name)
    return 0 < k < len(words) and words[k - 1] in ANALYST_WORDS  # (‘analyst Piper Lund of’; never ‘Ruth Adler, an
    # analyst at Brenner Capital’, whose house may be the one "the company" stands for as well)

#: Words right before an analyst's house set off after the analyst (‘Piper Lund, an analyst at Calloway
#: Securities’, ‘a strategist with Kilbride Capital’).
RE_ANALYST_AT = LazyPattern(r"\b(?:analysts?|strategists?) (?:at|with) $")


def _analyst_at_then_firm(text: str, at: int, name: str, firm: str, hi: int) -> bool:
    """The firm ``name`` at ``at`` is an analyst's house set off after the analyst (‘Piper Lund, an analyst
    at Calloway Securities’) and the story's own firm is named again by its first word after it, before
    ``hi`` (‘… Harlan Ridge could become a target …’): the story has gone back to its firm, and "the bank"
    after is that one. Never when the house is the last firm named (‘Ruth Adler, an analyst at Brenner
    Capital. / The company said’ is as written)."""
    if RE_ANALYST_AT.search(text, max(0, at - 24), at) is None:
        return False
    first = firm.split()[0]
    k = text.find(first, at + len(name), hi)
    while k >= 0:
        if not text[k - 1:k].isalnum() and not text[k + len(first):k + len(first) + 1].isalnum():
            return True
        k = text.find(first, k + len(first), hi)
    return False


#: A capitalised subject that speaks of itself as "it" (‘Hexon said on Monday it would’).
RE_OTHER_FIRM_IT = LazyPattern(r"\b(\p{Lu}[\p{L}\p{M}’'\-]+) (?:also )?(?:said|says|announced|confirmed) "
                               r"(?:on \p{Lu}\p{Ll}+ |\p{Lu}\p{Ll}+ )?(?:that )?it (?!is |was |'s |’s )")


#: A capitalised word inside a sentence, not its first (group 1): a name the article gives.
#:
#: >>> RE_NAME_INSIDE_SENTENCE.findall("Staff at Corvex walked out. Unite rejected it.")
#: ['Corvex']
RE_NAME_INSIDE_SENTENCE = LazyPattern(r"(?<![.!?:;“”\"‘’'—\n]\s)(?<![.!?:;“”\"‘’'—\n])(?<=\s)(\p{Lu}\p{Ll}+)\b")


def _other_name_since_lede(text: str, name: str, at: int, cast: Cast) -> bool:
    """A capitalised name of two words or more other than the lede firm ``name``, between its first
    mention and ``at``, that is no person's and no place's: "the Swansea-based company" may restate that
    one (‘Coastal Dairy Ltd agreed to be bought by Brynmor Feeds. Brynmor Feeds employs 3,000 people. The
    Swansea-based company said …’ is Brynmor's, never a fall back to the lede's firm) (review rv75c).

    >>> t = "Coastal Dairy Ltd was bought by Brynmor Feeds. The Swansea-based company said"
    >>> _other_name_since_lede(t, "Coastal Dairy Ltd", t.index("The S"), Cast(t))
    True
    >>> t = "Verity Health was sued. Their lawyer, Tom Reddy, said the Dallas-based company knew."
    >>> _other_name_since_lede(t, "Verity Health", t.index("the D"), Cast(t))
    False
    """
    lo = text.find(name)
    if lo < 0:
        return False
    lo += len(name)
    names = cast.body_names()
    for a, other, words in names[bisect.bisect_left(names, (lo,)):]:
        if a >= at:
            break
        if words[0] == name.split()[0] or other in name or name in other:
            continue  # (the lede's firm again)
        if gender_of(words[0]) is not None or _known_person_word(words[-1].strip(".,’'"), cast) \
                or other in TWO_WORD_PLACES or " ".join(words) in TWO_WORD_PLACES or _quoted_at(cast, a):
            continue  # (a person's, a place's, or a speaker's words)
        return True
    return False


def _other_name_around(text: str, m: Mention, at: int) -> bool:
    """Another name within a sentence of the one-word denier ``m``'s paragraph before it, or in the
    sentence of the cue at ``at``: "the company" may be that other (‘Staff at Corvex walked out. Unite
    rejected the pay offer. “…,” the company said’ is Corvex's, never the union's; ‘Vestoria denied the
    report. “…,” the company said, referring to the state operator Norgas’). Names in the paragraphs
    before are other people's business (a musician quoted before ‘Pulsewave rejected the claims.’)."""
    end = min([e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0] or [len(text)])
    return any(g.group(1) != m.text for span in ((text.rfind("\n", 0, m.start) + 1, m.start), (at, end))
               for g in RE_NAME_INSIDE_SENTENCE.finditer(text, *span))


def _other_body_of_kind(text: str, at: int, noun: str, cast: Cast, name: str, owner: tuple[int, int] | None = None) -> bool:
    """A body of the kind "the <noun>" stands for, other than ``name``, named within reach before
    ``at`` (‘Regulators fined Verano Energy …. Ofgem said in its latest report …. “…,” the company
    said’: the firm is no guess from Ofgem's "its"); never its owner, named in the span ``owner`` of
    an aside on who owns it (_owner_aside)."""
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k = bisect.bisect_left(starts, at - BODY_ENDING_REACH)
    return any(starts[i] < at and not (owner is not None and owner[0] <= starts[i] < owner[1])
               and names[i] != name and not names[i].startswith(name + " ")
               and not names[i].endswith(" " + name) and f" {name} " not in names[i]
               and not _campaign_over_other(name, names[i], noun) for i in range(k, len(starts)))


def _agent_body(text: str, lo: int, hi: int, noun: str, cast: Cast) -> Person | None:
    """The one firm the sentence from ``lo`` to ``hi`` gives as the agent of a passive (RE_BY_AGENT), for
    "the company" or "the firm" after it: a name of two words or more that is no person's (no given
    name, honorific or surname the article gives a sex or a title) and no place's. None for a public
    body's kind ("the agency": the firm's words only), or two agents."""
    if noun not in FIRM_NOUNS:
        return None
    agents = list(RE_BY_AGENT.finditer(text, lo, hi))
    if len(agents) != 1:
        return None
    name = agents[0].group(1)
    while name.endswith((" of", " and", " &")):
        name = name.rsplit(" ", 1)[0]
    words = name.split()
    if len(words) < 2 or gender_of(words[0]) is not None or words[0].lower().rstrip(".") in HONORIFICS \
            or name in TWO_WORD_PLACES or _known_person_word(words[-1], cast) or any(w.isupper() and len(w) == 1 for w in words):
        return None
    return Person(name, kind="organisation")
