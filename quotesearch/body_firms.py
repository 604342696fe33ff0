"""Firms and bodies described by their kind: a firm's trade and role, a firm's short form,
firms told apart from public bodies, one of several firms, a firm spoken for, another name near a
lede's and a body's agent. The lede's firm and the article's company live in
:mod:`quotesearch.lede_firms`, a body a description or a kind names in :mod:`quotesearch.described_bodies`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.body_words import FIRM_TRADES, LEDE_FIRM_KINDS, SHOP_NAME_ENDS, SPOKESPERSON_NOUNS, TRADE_LEAD_NOUNS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.mention_words import Mention
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.offices import TITLE_WORDS
from quotesearch.nicknames import FIRM_NOUNS, PERSON_JOB_FIRM_NOUNS
from quotesearch.body_names import PUBLIC_BODY_ENDINGS, _quoted_at
from quotesearch.body_kinds import RE_BASED, RE_SHARES_OF_FIRM
from quotesearch.bodies_of_kind import (
    BODY_ENDING_REACH, _bodies_of_kind, _body_of_kind_between, _campaign_over_other, _sole_body,
)
from quotesearch.body_appositives import RE_BY_AGENT, RE_SAID_IT


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


#: A role that holds a thing, set off before a name (‘the tug’s owner, Holderness Towage,’, ‘the ferry’s
#: operator, Solent Link,’): a firm may hold it as well as a person, so it makes the name no one's (w135p).
#:
#: >>> RE_THING_HOLDER_ROLE.fullmatch("tug’s owner") is not None, RE_THING_HOLDER_ROLE.fullmatch("vessel's operators") is not None
#: (True, True)
#: >>> RE_THING_HOLDER_ROLE.fullmatch("Reed’s owner") is None, RE_THING_HOLDER_ROLE.fullmatch("club’s chief executive") is None
#: (True, True)
RE_THING_HOLDER_ROLE = LazyPattern(r"(?:the )?\p{Ll}[\p{Ll}\-]*[’']s (?:owners?|operators?|manufacturers?|makers?)")


def _firm_held_role(role: str) -> bool:
    """A role before a name a firm may have: its trade (:func:`_trade_lead`) or a thing it owns or runs
    (:data:`RE_THING_HOLDER_ROLE`).

    >>> _firm_held_role("tug’s owner"), _firm_held_role("Refrigerated haulier"), _firm_held_role("Chief executive")
    (True, True, False)
    """
    return _trade_lead(role) or RE_THING_HOLDER_ROLE.fullmatch(role) is not None


#: Kinds of body that are never a firm: "the company" or "the lender" is never one of them, nor
#: they a firm (‘The company says it cannot afford more. “…,” the union said’).
NON_FIRM_BODY_NOUNS = frozenset("union agency regulator watchdog ministry council charity commission authority "
                                "department bureau administration directorate court".split())

#: Nouns of a firm, besides those "the company" stands for (a bank is "the lender", never "the union").
FIRM_SIDE_NOUNS = FIRM_NOUNS | frozenset("bank airline carrier".split())


#: Head nouns of a body's name that make it never a firm, for "a company spokesman" to speak for: a
#: union's, a regulator's, a council's, a federation's, a party's or a government's (guard w100b).
#:
#: >>> "union" in NON_FIRM_NAME_HEADS, "alliance" in NON_FIRM_NAME_HEADS, "group" in NON_FIRM_NAME_HEADS
#: (True, True, False)
NON_FIRM_NAME_HEADS = NON_FIRM_BODY_NOUNS | frozenset(
    "alliance association federation league party government police board tribunal committee congress assembly "
    "parliament".split())


def _headed_as_non_firm(name: str) -> bool:
    """The name ``name`` is headed by a noun of a body that is never a firm (:data:`NON_FIRM_NAME_HEADS`):
    its last word, or the word before its "of" (‘the Engineering Workers’ Union’, ‘Kingsway Borough
    Council’, ‘the Department of Transport’), so "a company spokesman" never speaks for it (guard w100b).

    >>> _headed_as_non_firm("the Engineering Workers’ Union"), _headed_as_non_firm("Department of Transport")
    (True, True)
    >>> _headed_as_non_firm("Harbour Tugs Ltd"), _headed_as_non_firm("Union Pacific")
    (False, False)
    """
    words = [w.lower() for w in name.split()]
    if not words:
        return False
    heads = [words[-1]] + [words[i - 1] for i, w in enumerate(words) if w == "of" and i > 0]
    return any(h.rstrip("’'") in NON_FIRM_NAME_HEADS for h in heads)


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


#: A firm spoken of by its kind (‘the carmaker’, ‘The company's’).
RE_FIRM_SPOKEN_OF = LazyPattern(r"\b(?i:the) (" + "|".join(sorted(w for w in FIRM_SIDE_NOUNS if " " not in w)) + r")\b")


def _trade_word(word: str) -> bool:
    """A word for a firm's trade: ‘company’, ‘lender’, ‘chipmaker’, ‘exchange’."""
    return word in FIRM_SIDE_NOUNS or word in FIRM_TRADES or word in LEDE_FIRM_KINDS or word.endswith("maker")

#: A lower-case word right after a name: ‘ elders’ of ‘Indigenous elders’.
RE_LOWER_WORD = LazyPattern(r" (\p{Ll}+)\b")


def _trade_role(role: str) -> bool:
    """A role that is a firm's trade, ending in a trade's word (‘Crypto lending platform’ before
    ‘VaultPeak’, ‘Kampala-based lender’): the firm's kind, never a person's office."""
    word = role.split()[-1].lower().strip(".,’'") if role.split() else ""
    return bool(word) and word not in PERSON_JOB_FIRM_NOUNS and _trade_word(word)  # (never a person's
    # job: ‘The Gazette's longtime publisher, Temi Oduya,’: rv68b)


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
