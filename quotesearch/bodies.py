"""Bodies as speakers: which organisation, firm, club, court, service or office says the words, told
from its kind, its name, its place and the bodies named around it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import regex

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import (
    KIND_MODIFIED_PEOPLE,
    RE_DESCRIPTION_TIME_TAIL, PUBLISHER_NAME_WORDS, FIRM_NAME_LAST_WORDS, AUXILIARIES, BODY_HELD_ENDINGS,
    BODY_NAME_ENDINGS, BODY_PLURALS, BODY_RESTATING_WORDS, RE_BODY_SIZE_WORD, BUSINESS_WORDS, COUNTRY_LETTERS,
    COUNTRY_NATIONALITIES, DEMONYMS, DOCUMENT_NOUNS, FAITHS, FAITH_BODY_NAME_WORDS, FIRM_TRADES, FLIGHT_OPERATOR_NOUNS,
    FRENCH_BODY_HEADS, GENERIC_BODY_NOUNS, HONORIFICS, KIN_NOUNS, LEDE_FIRM_KINDS, LazyPattern, MET_NAME_ENDS,
    MONTH_NAMES, NAME_ENDING_BODY_NOUNS, NATIONALITY_WORDS, ONE_WORD_PLACES, ORG_WORDS, PRONOUNS, ROLE_NOUNS,
    SAME_KIND_PAIRS, SECOND_OF_KIND_WORDS, SENDER_PLACES, SHOP_NAME_ENDS, SPEECH_VERBS, SPOKESPERSON_NOUNS,
    SPORT_BODY_WORDS, TEAM_WORDS, THING_NOUNS, TRADE_LEAD_NOUNS, TWO_WORD_PLACES, WEATHER_NAME_WORDS,
    WEATHER_PERSON_NOUNS, WEEKDAY_NAMES,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import DETERMINERS, Mention, PREPOSITIONS, description_head
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.mention_bodies import NAME_JOINERS, REMIT_HEADS
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, PARTY_WORDS, RE_CAPWORD, RE_NAME_RUN, gender_of, is_organisation, split_title, tokenize,
    word_positions,
)
from quotesearch.quotes import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person, _opens_clause_at
from quotesearch.firms import BODY_PARTS
from quotesearch.offices import TITLE_WORDS, _role_words
from quotesearch.sources import GENDERLESS_SOURCES
from quotesearch.descriptions import _speaks_after
from quotesearch.introductions import _office_served_end, _unnamed_one_of_end
from quotesearch.nicknames import BODY_COMPOUNDS, BODY_NOUNS, FIRM_NOUNS
from quotesearch.titles import RE_WORD_AFTER, _person_noun


#: A dateline that opens an article: "WASHINGTON —", "GENEVA -", "BRUSSELS (Reuters) —". Words
#: are taken possessively, one space between them, so a long run of capitals never backtracks.
#:
#: >>> bool(RE_DATELINE.match("GENEVA - ")), bool(RE_DATELINE.match("JACKSON, Miss. - U.S.")), \
#: ...  bool(RE_DATELINE.match("Mr. X - ")), bool(RE_DATELINE.match("PHILADELPHIA, July 25 (UPI) — The"))
#: (True, True, False, True)
#: >>> bool(RE_DATELINE.match("Washington (AFP) – Democrat")), bool(RE_DATELINE.match("Jones (D) – who"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Jaén (Spain) (AFP) - Antonio")), bool(RE_DATELINE.match("Brussels (Reuters) - The")), \
#: ...  bool(RE_DATELINE.match("Tonga (New Zealand) – who"))
#: (True, True, False)
#: >>> bool(RE_DATELINE.match("NEW DELHI: Prime Minister")), bool(RE_DATELINE.match("TRUMP: “We”"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Cúcuta, Colombia – Yusmary")), bool(RE_DATELINE.match("Yes, Minister - The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("(RNS) — More than")), bool(RE_DATELINE.match("(D) – who"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("March 9 (Reuters) - The director")), bool(RE_DATELINE.match("Chapter 9 - The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("New Delhi, Mar 14 (PTI) The court")), bool(RE_DATELINE.match("Jane Roe, Mar 14 (ed) The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Dhaka, Jan 7 -- Chief Election")), bool(RE_DATELINE.match("Dhaka, Jan 7 was cold"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Tarsa, June 3, 2024, SPA -- The")), bool(RE_DATELINE.match("Tarsa, June 3, 2024, she"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("KARAMABAD, Jun 14 (APP): Foreign")), bool(RE_DATELINE.match("KARAMABAD (APP): “We”"))
#: (True, False)
RE_DATELINE = LazyPattern(
    r"\s*+(?:\p{Lu}[\p{Lu}.'’]*+(?:[ \t]++[\p{Lu}.'’]++)*+"
    r"(?:,\s*+\p{Lu}[\p{L}.]*+,?+(?:\s(?:\p{Lu}[\p{L}.]*+|\d{1,4}+),?+){0,3})?"  # ", Miss." or ", July 25"
    r"(?:\s*(?:\([^)]*\)|/\p{Lu}[\p{L}]++/))?"  # (and a wire's tag: "(GLOBE NEWSWIRE)", "/PRNewswire/")
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+(?:\s*\(\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+\))?(?:[ \t]\d{1,2}+)?"
    r"\s*\(\p{Lu}[\p{L}]{1,9}+\)|\s*+\(\p{Lu}[\p{L}]{1,9}+\))"  # "Washington (AFP) –", and its country
    # first: "Jaén (Spain) (AFP) -"; a wire's date with no place: "March 9 (Reuters) -"; and a wire's tag
    # alone: "(RNS) —", "(AP) —", never a speaker
    r"\s*(?:[—–\-]+|>>|(?<=\)):(?=[ \t]\p{Lu}))\s*(?:\(\p{Lu}[\p{Lu} ]*+\)[—–\-]+\s*)?"  # (a wire's tag between dashes:
    # "--(BUSINESS WIRE)--"; and a colon after the tag, as Pakistan's APP writes it: "KARAMABAD, Jun 14 (APP): The …")
    r"|\s*+\p{Lu}{3,}+(?:[ \t]\p{Lu}{2,}+){0,2}+:[ \t]++(?=\p{Lu}\p{Ll})"  # "NEW DELHI: Prime …", never "TRUMP: “…”"
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+,[ \t]\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+[ \t]++[—–][ \t]++(?=\p{Lu})"
    # (a city and its country in title case before a long dash: "Cúcuta, Colombia – Yusmary …")
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+,[ \t]\p{Lu}\p{Ll}{2,8}+\.?[ \t]\d{1,2}+"
    r"(?:,[ \t]\d{4}+)?(?:,[ \t]\p{Lu}{2,6}+(?=[ \t]++(?:--|[—–])))?"
    r"(?:[ \t]\(\p{Lu}{2,6}+\)[ \t]++|[ \t]++(?:--|[—–])[ \t]++)(?=\p{Lu})"
    # (a South Asian wire's city and date before its tag with no dash, or before a dash: "New Delhi, Mar 14
    # (PTI) The court …", "Dhaka, Jan 7 -- The chief …"; and a Gulf wire's, with the year and its tag
    # after commas: "Tarsa, June 3, 2024, SPA -- The Ministry …" (w66e))
    r"|\s*+(?:\d{1,2}[:.]\d{2}|\d{4})(?:\s*[ap]\.?m\.?)?(?:[ \t]+(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT))?"
    r"[ \t]*(?:[—–\-]+|:)[ \t]*")  # a live report's time: "1610 GMT — ", "10:58 – ", "2.15pm: "


#: How far from its marks a quotation's sentence is read, at most (keeps every quote O(1)).
CONTEXT_CHARS = 600


#: A statement named again, with nothing after it to say whose: "the statement", "the police statement".
RE_THE_STATEMENT = LazyPattern(r"(?i:the|this|that|his|her|their|one|another|an?) (?:[\w’'\-]+ )?"
                               r"(?:statement|communiqu[eé]|release|post|posting|advisory|bulletin|filing|warning|alert|letter|e-?mail"
                               r"|message|note|notice|tweet|caption|FAQs?|submission)")

#: Words that open a relative clause (‘the panel, which then released a statement’).
RELATIVE_WORDS = frozenset("who which that whom whose".split())


def _issuer(m: Mention | None, cast: Cast, pronoun: bool = False) -> Person | None:
    """Who a mention names as a statement's issuer: never a document (‘the report’), nor, unless
    ``pronoun``, someone a pronoun stands for."""
    if m is None or (m.kind == "pronoun" and not pronoun):
        return None
    p, _ = cast.resolve(m)
    return None if p is None or (p.kind == "description" and description_head(p.name) in DOCUMENT_NOUNS) else p


def _owner_fits(document: str, p: Person) -> bool:
    """A possessive before the document (‘“…,” her email said’) fits the writer's sex; "the
    letter" fits anyone."""
    owner = OWNER_GENDERS.get(document.split()[0].lower())
    return owner is None or p.gender in (None, owner)


OWNER_GENDERS = {"his": "m", "her": "f"}


#: Things a story is about that say nothing themselves (‘The videos circulated widely.’).
MEDIA_NOUNS = frozenset("video videos footage photo photos image images clip clips ad ads advert campaign".split())

#: A central bank's name (‘Central Bank of Ostrava’, ‘Reserve Bank of Kelso’, ‘the Federal Reserve’), the
#: only body "the central bank" stands for once the article has named it; never a lender's (w50c).
#:
#: >>> bool(RE_CENTRAL_BANK_NAME.search("The Central Bank of Ostrava")), bool(RE_CENTRAL_BANK_NAME.search("Reserve Bank of Kelso"))
#: (True, True)
#: >>> bool(RE_CENTRAL_BANK_NAME.search("Kelso Savings Bank")), bool(RE_CENTRAL_BANK_NAME.search("Central Park Trust"))
#: (False, False)
RE_CENTRAL_BANK_NAME = LazyPattern(r"\b(?:Central|Reserve|National) Bank\b|\bFederal Reserve\b")

#: A central bank's name as most are written, "Bank of <Country>" with no capitalised word before it but
#: "The" (‘the Bank of Canada’, ‘The Bank of England’; never ‘National Bank of Canada’), or one of
#: :data:`RE_CENTRAL_BANK_NAME`'s (review rv14).
#:
#: >>> [m.group() for m in RE_ANY_CENTRAL_BANK.finditer("National Bank of Canada followed the Bank of Canada's move")]
#: ['National Bank', 'Bank of Canada']
RE_ANY_CENTRAL_BANK = LazyPattern(r"(?<!\b(?!The )\p{Lu}\p{L}* )\bBank of \p{Lu}\p{L}+|\b(?:Central|Reserve) Bank\b"
                                  r"|\bFederal Reserve\b|(?<!\p{Lu}\p{L}* )\bNational Bank\b")


def _other_central_bank_before(text: str, at: int, name: str) -> bool:
    """Another central bank named before ``at`` than the body ``name`` (‘National Bank of Canada raised its
    prime rate after the Bank of Canada's move. … the central bank said’): "the central bank" is no
    lender that happens to be called a national bank (review rv14).

    >>> _other_central_bank_before("National Bank of Canada followed the Bank of Canada's move.", 60, "National Bank of Canada")
    True
    >>> _other_central_bank_before("The Central Bank of Ostrava held rates.", 40, "The Central Bank of Ostrava")
    False
    """
    own = [n.span() for n in regex.finditer(regex.escape(name.removeprefix("the ").removeprefix("The ")), text[:at])]
    return any(not any(a <= m.start() and m.end() <= b for a, b in own) for m in RE_ANY_CENTRAL_BANK.finditer(text, 0, at))


#: A written thing a firm put out, its issuer given only as "the company" (‘a company blog post’, ‘a
#: company statement’, ‘a post on the company’s engineering blog’, ‘a statement from the firm’).
#:
#: >>> RE_FIRM_DOCUMENT.fullmatch("a post on the company’s engineering blog").group("firm2")
#: 'company'
#: >>> RE_FIRM_DOCUMENT.fullmatch("a company blog post").group("doc"), RE_FIRM_DOCUMENT.fullmatch("a police statement")
#: ('post', None)
_FIRM_NOUN_ALTERNATION = "|".join(map(regex.escape, sorted(FIRM_NOUNS, key=lambda w: (-len(w), w))))
RE_FIRM_DOCUMENT = LazyPattern(
    r"\b(?i:the|a|an) (?:(?P<firm>" + _FIRM_NOUN_ALTERNATION + r")(?:[’']s)? (?:blog |engineering |official |written |short )?"
    r"(?P<doc>statement|posting|post|release|blog|website)"
    r"|(?P<doc2>statement|posting|post|release) (?:from|on|by) the (?P<firm2>" + _FIRM_NOUN_ALTERNATION + r")"
    r"(?:[’']s (?:[\p{Ll}\-]+ )?(?:blog|website|account|page|channel))?)(?![\w’'])")

#: How far back "the post" may find the firm's document it names again (two sentences or so).
FIRM_DOCUMENT_REACH = 400


def _other_firm_introduced(text: str, at: int, firm: str) -> bool:
    """Guard: the text before ``at`` brings in another one of that kind by an indefinite article (‘a
    Boston law firm’, ‘a regional bank’): "the firm" is that one, never the one company named in full."""
    return regex.search(r"\b(?i:a|an|another) (?:[\p{L}\-]+ ){0,3}" + regex.escape(firm) + r"\b(?![’'] ?s| (?:blog|engineering|official|statement|post|posting|release|website))",
                        text[max(0, at - 1200):at]) is not None


def _firm_document(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]]) -> str | None:
    """The firm noun ("company") whose written thing the mention is: the mention itself (‘a company
    blog post’), or "the post" that names again one the sentences just before gave so (‘According
    to a company blog post, …. “…,” the post said’, in the same or the paragraph before)."""
    own = RE_FIRM_DOCUMENT.fullmatch(mention.text)
    if own is not None:
        return (own.group("firm") or own.group("firm2")).lower()
    again = RE_THE_STATEMENT.fullmatch(mention.text)
    words = mention.text.split()
    if again is None or words[0].lower() != "the" or len(words) != 2:
        return None
    noun = words[1].lower()
    lo = paras[max(0, sp.paragraph - 1)][0]
    lo = max(lo, mention.start - FIRM_DOCUMENT_REACH)
    last = None
    for m in RE_FIRM_DOCUMENT.finditer(text, lo, mention.start):
        last = m
    if last is None or (last.group("doc") or last.group("doc2")).lower() != noun:
        return None
    return (last.group("firm") or last.group("firm2")).lower()


#: The rest of a body's name after "of", "on" or "for": " of Sweden", " of the Interior", " on
#: Presidential Debates".
RE_OF_NAME = LazyPattern(r"(?:(?<=(?i:commission|committee|council|panel|board|subcommittee|office|institute|center|centre|force)) on"
                           r"| of| for) (?:the )?"
                           r"(?!(?i:" + "|".join(sorted(NOT_NAMES)) + r")\b)\p{Lu}[\p{L}\p{M}.’'\-]*+"
                           r"(?: (?!(?:Day|Eve|Night|Weekend|Friday|Monday)\b)\p{Lu}[\p{L}\p{M}.’'\-]*+){0,3}"
                           r"(?<!\b(?:Election|Black|Christmas|Thanksgiving|Easter|Memorial))")


#: The words of a body's name that each noun may stand for (besides the noun itself): "the firm"
#: for "Voltara Motors", "the agency" for "the State Department", "the district" for "St. Paul
#: Public Schools" (never an acronym: "NASA … SpaceX … the company said" is either).
BODY_NAME_WORDS = {
    **{n: BUSINESS_WORDS for n in FIRM_NOUNS | {"group"}},
    "fund house": BUSINESS_WORDS | frozenset("fund funds asset assets management amc mutual".split()),
    "agency": frozenset("agency administration bureau service department authority commission office directorate "
                        "centers board institutes ratings".split()),  # ("Centers for Disease Control …", "National Institutes
    # of Health"; never the "Barclays Center", nor one "Institute"; a public board: ‘the National Transportation
    # Safety Board … the agency said’; a credit rating agency: ‘Fitch Ratings cut …. the agency said’ (w65g))
    "airline": BUSINESS_WORDS | frozenset("air airways airlines aviation jet jets".split()),
    "carrier": BUSINESS_WORDS | frozenset("air airways airlines aviation jet jets".split()),
    "district": frozenset("district schools unified isd usd".split()),  # ("Canyon Vista Unified", "Round Rock ISD")
    # a police force, called by its kind as British papers do (‘Kent Police …. the force said’, ‘a force
    # spokesperson’); never an armed service's ("the Air Force"), nor a task force (w58a)
    "force": frozenset("police constabulary".split()),
    "railroad": frozenset("railroad railroads railway railways rail".split()),
    "railway": frozenset("railroad railroads railway railways rail".split()),
    "bank": frozenset("bank".split()),
    # an oil refinery named by its kind (‘Port Harlow Refinery raised its prices. The refinery said’) (w59c)
    "refinery": frozenset("refinery refineries".split()),
    "union": frozenset("union federation workers".split()),
    "university": frozenset("university college".split()),
    "hospital": frozenset("hospital clinic infirmary".split()),  # ("Medical Center": _body_of_kind)
    # a hospital or school system, named by its trade (‘Lakeview Health, which runs nine hospitals, …. The
    # system said’, ‘Harlow County Schools …. the system said’; never ‘the system’ for a firm's software)
    "system": frozenset("health healthcare hospital hospitals medical medicine care schools".split()),
    "regulator": frozenset("authority commission agency administration office".split()),
    "watchdog": frozenset("authority commission agency office".split()),
    # (and a members' body of any trade: ‘The National Farmers' Union Federation, which speaks for …, said …. In
    # a statement, the group said’, ‘The Law Society’, ‘the Irish Hotels Federation’, ‘the Royal College of Nursing’)
    "group": BUSINESS_WORDS | frozenset("foundation association coalition alliance institute fund federation society "
                                        "league guild collective forum council college".split()),
    "club": TEAM_WORDS | {"club"},
    "team": TEAM_WORDS | frozenset("team racing motorsport motorsports".split()),
    "court": frozenset("court tribunal".split()),
    # a co-operative by any spelling of its kind (‘Millvale Electric Cooperative …. the co-op said’)
    **{n: frozenset("cooperative co-operative co-op".split()) for n in ("cooperative", "co-operative", "co-op")},
    "supplier": BUSINESS_WORDS | frozenset("power energy water gas electric electricity".split()),
    "studio": BUSINESS_WORDS | frozenset("studio".split()),
    # a book or magazine publisher by the trade its name ends in (‘Harrow Books halted the novel. The
    # publisher said’, ‘Quillmark Press’, ‘Fenwick Publishing’); never a newspaper's owner, who is a person
    "publisher": BUSINESS_WORDS | PUBLISHER_NAME_WORDS,
    "network": frozenset("network news channel".split()),
    # a charity by the words charities' names end in (‘The Harbour Relief Network surveyed 300 people. …
    # the charity said’, ‘the Fenmore Trust’, ‘Shelter Aid’); never a firm's or a bank's (‘Barclays’) (w61e);
    # never "fund", "society" or "alliance", which as often end a public fund's, a profession's or a party's
    # (‘the International Monetary Fund’, ‘the Law Society’, ‘the Democratic Alliance’: review rv61e)
    "charity": frozenset("trust foundation appeal aid relief action network mission".split()),
    "broadcaster": frozenset("network news channel broadcasting corporation".split()),
    **FAITH_BODY_NAME_WORDS,
}


def _body_of_kind(words: list[str], noun: str) -> bool:
    """A body's name (its words) that "the <noun>" may stand for.

    >>> _body_of_kind(["Transport", "Workers", "Union"], "union"), _body_of_kind(["European", "Union"], "union")
    (True, False)
    """
    kinds = BODY_NAME_WORDS.get(noun)
    if noun == "central bank":  # (only a central bank's name: never "Kelso Savings Bank")
        return RE_CENTRAL_BANK_NAME.search(" ".join(words)) is not None
    if noun == "district":  # (its kind's word ends the name: never "the District Attorney's Office",
        # "Unified Police Department")
        return bool(words) and words[-1].lower().strip(".,’'") in (kinds or ()) | {noun}
    if noun == "charity":  # (a charity's word ends its name, and no health service's or fund's trust: never
        # ‘Network Rail’, ‘Barts Health NHS Trust’, ‘Scottish Mortgage Investment Trust’: review rv61e)
        low = [w.lower().strip(".,’'") for w in words]
        return bool(low) and (low[-1] in (kinds or ()) or low[-1] == noun) and not {"nhs", "investment"} & set(low)
    if noun == "force":  # (a police force by its name's words only: never ‘the Royal Air Force’, ‘the Border Force’)
        return bool({w.lower().strip(".,’'") for w in words} & (kinds or frozenset()))
    if noun in FIRM_NOUNS and words and words[-1].lower() in PUBLIC_BODY_ENDINGS:
        return False  # (a public body, whatever its other words: "the Securities and Exchange Commission")
    if noun == "union" and len(words) == 2 and words[0].lower() in NATIONALITY_WORDS:
        return False  # (a union of states by a people's adjective, never the workers' "union" of a labour
        # story: ‘rules required by the European Union …. “…,” the union said’)
    low = {w.lower().strip(".,’'") for w in words}
    return noun in low or (kinds is not None and bool(low & kinds)) or _french_kind(words) == noun \
        or (noun in SPORT_BODY_NOUNS and _sport_body(words)) or (noun == "hospital" and any(
            a.lower() == "medical" and b.lower().strip(".,’'") in ("center", "centre") for a, b in zip(words, words[1:])))
    # (‘Bellmoor Medical Center’ is a hospital; never ‘the Harlow County Medical Examiner’, ‘the State Medical
    # Board’, ‘the Welsh Medical Association’, ‘Westfield Medical Supplies’: rv24)


#: Kinds a country's governing body of a sport is called by once named (‘Cricket Ireland …. “…,” the
#: association said’).
SPORT_BODY_NOUNS = frozenset(("association", "federation"))


#: A statement's opening words that name the body issuing it as their subject, in the third person, as a
#: club's statement does (‘“Harford Rovers would like to thank Tom for …”’, ‘“Dunmore FC can confirm …”’):
#: group 1 the name, a run of capitalised words, and then a verb of such a statement.
#:
#: >>> RE_STATEMENT_OWN_NAME.match("Harford Rovers would like to thank Tom").group(1)
#: 'Harford Rovers'
#: >>> RE_STATEMENT_OWN_NAME.match("Tom Birch would like to thank the fans").group(1)
#: 'Tom Birch'
#: >>> RE_STATEMENT_OWN_NAME.match("Harford Rovers fans were angry") is None
#: True
RE_STATEMENT_OWN_NAME = LazyPattern(r"(\p{Lu}[\p{L}\p{M}\-]*(?: \p{Lu}[\p{L}\p{M}\-]*){0,4}) "
                                    r"(?:would like to|wishes to|can confirm|is pleased to|are pleased to"
                                    r"|regrets to|thanks|thank)\b")


def _club_named_in_own_statement(text: str, sp: Span, noun: str, at: int) -> Person | None:
    """The club whose statement "the club" (or "the team") gives, when its words open by naming it in
    the third person (‘In a statement, the club said: “Harford Rovers would like to thank Tom for his
    work …”’) and the article has named it before the cue: a club's statement speaks of the club so,
    never of another. None for any other noun, or a name no club's (‘“Tom Birch would like to …”’)."""
    if noun not in ("club", "team"):
        return None
    own = RE_STATEMENT_OWN_NAME.match(text, sp.start)
    if own is None:
        return None
    words = own.group(1).split()
    if len(words) < 2 or not _body_of_kind(words, noun) or text.find(own.group(1), 0, at) < 0 \
            or words[-1].lower() in PUBLIC_BODY_ENDINGS:
        return None  # (never a public body whose name holds a club's word, the club's foe in its
        # statement: ‘“Kestrel Town Council would like to see us leave”’; review rv9)
    return Person(own.group(1), kind="organisation")


#: A sports story's dateline in capitals opening a paragraph, its place in group 1 (‘RED MESA, Colo. —’,
#: ‘BAY CITY —’): a beat writer files from the home team's city.
#:
#: >>> RE_DATELINE_PLACE.search("By Kim Roe\n\nRED MESA, Colo. — The Outlaws").group(1)
#: 'RED MESA'
#: >>> RE_DATELINE_PLACE.search("By Kim Roe\n\nBAY CITY — Three things").group(1)
#: 'BAY CITY'
#: >>> RE_DATELINE_PLACE.search("NBA suspends Okafor\n\nThe NBA — in a rare move") is None
#: True
RE_DATELINE_PLACE = LazyPattern(r"(?:^|\n)(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)? [—–] ")

#: How far into an article its dateline may be (after a headline, a deck and a byline).
DATELINE_PLACE_REACH = 400

#: A team named by its city and a nickname in the plural (‘Red Mesa Outlaws’, ‘Bay City Mariners’):
#: pasted after the dateline's place, group 1 the nickname.
#:
#: >>> regex.match("Red Mesa" + TEAM_NICKNAME, "Red Mesa Outlaws quarterback").group(1)
#: 'Outlaws'
#: >>> regex.match("Red Mesa" + TEAM_NICKNAME, "Red Mesa Outlaws’ coach") is None
#: True
TEAM_NICKNAME = r" ((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+s)\b(?![’'])"


#: A team of people brought in by a word of its kind in lower case (‘a medical team’, ‘the research team’),
#: which a later "the team" may stand for.
#:
#: >>> RE_OTHER_TEAM.search("a medical team from Portland General") is not None, RE_OTHER_TEAM.search("The team said") is None
#: (True, True)
RE_OTHER_TEAM = LazyPattern(r"\b(?i:a|an|the|its|their)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){1,2}team\b")


def _dateline_team(text: str, at: int) -> Person | None:
    """The home team that "the team" at a cue stands for in a sports story filed from its city: the
    one team named before ``at`` by the dateline's place and a plural nickname, the nickname also
    standing alone in the story (‘RED MESA, Colo. — Red Mesa Outlaws quarterback …. The Outlaws …. The
    team said in a statement’), as "the company" is the firm named. None with no dateline, a
    dateline's place naming two teams or no team (‘Bay City Council’), or a nickname never used alone.

    >>> _dateline_team("RED MESA — The Red Mesa Outlaws lost. The Outlaws fell. The team said", 60).name
    'Red Mesa Outlaws'
    >>> _dateline_team("RED MESA — The Red Mesa Councils met. The team said", 40) is None
    True
    """
    line = RE_DATELINE_PLACE.search(text, 0, min(at, DATELINE_PLACE_REACH))
    if line is None:
        return None
    place = " ".join(w.capitalize() for w in line.group(1).split())
    teams = {m.group(1) for m in regex.finditer(regex.escape(place) + TEAM_NICKNAME, text[:at])}
    if len(teams) != 1:
        return None
    if regex.compile(r"(?:The )?" + regex.escape(place) + TEAM_NICKNAME).match(text, line.end()) is None \
            or RE_OTHER_TEAM.search(text, line.end(), at) is not None:
        return None  # (the lede opens with the team: never a road game's hosts, ‘BAY CITY — The Red Mesa
        # Outlaws beat the Bay City Mariners’, nor a story of a zoo's; and no team of people brought in, ‘a
        # medical team treated two fans’)
    nick = next(iter(teams))
    last = nick.split()[-1]
    alone = len(regex.findall(r"\b" + regex.escape(nick) + r"\b", text[:at])) \
        - len(regex.findall(regex.escape(place + " " + nick) + r"\b", text[:at]))
    if last[:-1].lower() in BODY_NOUNS or last.lower() in BODY_PLURALS or alone < 1:
        return None  # (a body of the city's, never a team: ‘Bay City Schools’; a nickname the story never uses alone)
    return Person(place + " " + nick, kind="organisation")


def _sport_body(words: list[str]) -> bool:
    """A sport's name and a country's, either way round: a country's governing body of the sport.

    >>> _sport_body(["Cricket", "Ireland"]), _sport_body(["Athletics", "Kenya"]), _sport_body(["Rugby", "New", "Zealand"])
    (True, True, True)
    >>> _sport_body(["Cricket", "Club"]), _sport_body(["Ireland"]), _sport_body(["Kenya", "Rugby", "Union"])
    (False, False, False)
    """
    if len(words) < 2:
        return False
    for sport, place in ((words[0], words[1:]), (words[-1], words[:-1])):
        if sport.lower() in SPORT_BODY_WORDS and " ".join(place) in COUNTRY_NATIONALITIES:
            return True
    return False


#: A French body's name as written in an English report: its kind first (FRENCH_BODY_HEADS), then
#: runs of a particle and a word, with an adjective before a particle (‘Ordre des dentistes du
#: Québec’, ‘Société de l'Acadie du Nouveau-Brunswick’, ‘Syndicat de la fonction publique du
#: Québec’). Never English words after it: ‘the Ordre des dentistes said’ ends at "dentistes".
_FR_PART = r"(?:de la |de l['’]|d['’]|de |des |du |et |pour |aux |au |en |sur |à )"
RE_FRENCH_BODY = LazyPattern(
    r"(?:L['’])?(?:" + "|".join(sorted(h.capitalize() for h in FRENCH_BODY_HEADS)) + r")"
    + r"(?: \p{Ll}[\p{L}\p{M}]*(?= " + _FR_PART + r"))?"
    + r"(?: " + _FR_PART + r"\p{L}[\p{L}\p{M}\-]*(?: \p{Ll}[\p{L}\p{M}]*(?= " + _FR_PART + r"))?)+")

#: Words a piece of a French body's name may open with: its kind, or a particle (‘du Nouveau-Brunswick’).
FRENCH_NAME_OPENERS = frozenset(FRENCH_BODY_HEADS) | frozenset("du de des la".split())


def _french_body_name(text: str, name: str, before: int) -> str:
    """The whole French name of a body when a speaker's name is only a piece of it (‘the Ordre’ of
    ‘The Ordre des dentistes du Québec said …’; ‘du Nouveau-Brunswick’ of ‘Société de l'Acadie du
    Nouveau-Brunswick (SANB) said’), found where the article last writes the piece before the
    words (``before``), else first; the name as given otherwise.

    >>> _french_body_name("The Ordre des dentistes du Québec said it. “Non,” the order said.", "the Ordre", 40)
    'the Ordre des dentistes du Québec'
    >>> _french_body_name("Jean de Brabant said it. “Non,” he said.", "Jean de Brabant", 30)
    'Jean de Brabant'
    """
    the = name[:4].lower() == "the "
    core = name[4:] if the else name
    first = core.split(" ", 1)[0].lower()
    first = first[2:] if first.startswith(("l'", "l’", "d'", "d’")) else first
    if first not in FRENCH_NAME_OPENERS or not core.strip():
        return name
    if " " not in core.strip() and FRENCH_BODY_HEADS.get(first) == first:
        return name  # (guard: ‘the Commission’, ‘the Service’ are English too: never widened to a French body)
    at = text.rfind(core, 0, before)
    at = text.find(core) if at < 0 else at
    if at < 0:
        return name
    for m in RE_FRENCH_BODY.finditer(text, max(0, at - 80), min(len(text), at + len(core) + 120)):
        if m.start() <= at and at + len(core) <= m.end() and m.end() - m.start() > len(core):
            return ("the " if the else "") + m.group()
    return name


def _french_kind(words: list[str]) -> str | None:
    """The English kind of a body whose French name opens with it (FRENCH_BODY_HEADS): ‘Ordre des
    dentistes du Québec’ is an order, ‘la Fédération des travailleurs’ a federation; none for an
    English name or one whose head is not first (‘Quebec Society of …’).

    >>> _french_kind("The Ordre des dentistes du Québec".split()), _french_kind("Syndicat canadien".split())
    ('order', 'union')
    >>> _french_kind("The Order of Nurses".split()) is None, _french_kind("Québec solidaire".split()) is None
    (True, True)
    """
    if words and words[0].lower() in ("the", "la", "le"):
        words = words[1:]
    if not words:
        return None
    head = words[0].lower()
    head = head[2:] if head.startswith(("l'", "l’")) else head
    if len(words) >= 2 and words[1][:1].isupper() and not words[1][:2].lower() in ("d'", "d’", "l'", "l’"):
        return None  # (guard: a capitalised word right after the head makes a name of its own, ‘Agence
        # France-Presse’: never a French body's kind; ‘Ordre des …’, ‘Syndicat canadien’ are)
    return FRENCH_BODY_HEADS.get(head) if words[0][:1].isupper() or words[0][2:3].isupper() else None


#: The last words of public bodies' names, which are never firms.
PUBLIC_BODY_ENDINGS = frozenset("commission agency department ministry authority bureau administration council court".split())


#: A sentence opening with "That" and a description's noun, and the name set off after it: ‘That
#: student, Lucy Obi, now …’, ‘That judge, High Court Justice Amina Bello, is not …’ (the one a
#: description before was, named; the name, with any title before it, is read by mention_after).
RE_THAT_ONE_NAMED = LazyPattern(r"That ([\p{Ll}\-]+), (?=\p{Lu})")

#: The rest of a quotation's sentence after its closing mark, up to the next sentence's start.
RE_SENTENCE_REST = LazyPattern(r"[^.!?\n“\"]{0,200}?[.!?]?[”\"’]?\s+|\s+")

#: The rest of a quotation's sentence that goes on after its closing mark, to its end and the
#: space after it (‘ in the 1980s. ’).
RE_REST_TO_SENTENCE_END = LazyPattern(r"[^.!?\n“\"]{1,200}?[.!?][”\"’]?\s+")

#: How far after "That <noun>," its name may run, with a title (‘U.S. District Judge Ana Ruiz’).
THAT_ONE_NAME_REACH = 80


def _one_named_next(text: str, mention: Mention, at: int) -> Mention | None:
    """The name an indefinite description that spoke is given in the very next sentence, which
    opens with "That" and the description's noun (‘one former chorister recalled, “…”. / That
    chorister, Adaeze Obi, now a conductor, said’; ‘a judge in Lagos ruled that …, writing that it was
    “…”. That judge, Justice Amina Bello, has since retired’, its title the name's role); never
    another one (‘Another student, X,’), nor a name that does not end at its comma."""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return None
    head = description_head(mention.text)  # (its head noun when it has one: never ‘A spokesman for the judge …
    # That judge, X,’, whose last word is another's)
    nouns = {w for w in ((head,) if head is not None else (words[-1],)) if w.isalpha() and w.islower()}
    rest = RE_SENTENCE_REST.match(text, at)
    named = RE_THAT_ONE_NAMED.match(text, rest.end()) if rest is not None else None
    if named is None and (rest := RE_REST_TO_SENTENCE_END.match(text, at)) is not None:
        named = RE_THAT_ONE_NAMED.match(text, rest.end())  # (the quotation's sentence going on after
        # it: ‘One former pupil called it “a place of terror” in the 1980s. That pupil, X,’)
    if named is None or named.group(1) not in nouns:
        return None
    toks = tokenize(text, named.end(), min(len(text), named.end() + THAT_ONE_NAME_REACH))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind != "name" or " " not in who.text or not text.startswith(",", who.end):
        return None
    return who


#: A name set off before "the" (or an owner) and the office it holds: ‘Professor Gillian Armitage, the
#: university's vice-chancellor,’ (the office is matched where it ends, for _office_named_later).
RE_NAME_BEFORE_OFFICE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,3}), the "
                                    r"(?:[\p{L}\p{M}\-]+[’']s )?$")
# (guard: the office itself, bare or of one owner, ‘the university's vice-chancellor’; never one qualified into another
# office or another body's: ‘the prime minister’, ‘the former chairman’, ‘the first principal’, ‘the Arsenal coach’,
# ‘the Kremlin spokesperson’, or ‘its mayor’ of a town named between)

#: How far after a quotation an office described there may be named (a few short paragraphs).
OFFICE_NAMED_REACH = 1500


def _office_named_later(text: str, mention: Mention, at: int) -> Mention | None:
    """The one name the article gives, soon after the quotation (from ``at``), to an office that spoke
    first as "the" and its noun alone, with no one holding it named before: ‘with the vice-chancellor
    describing it as a “…”. … / Professor Gillian Armitage, the university's vice-chancellor,
    officially opened …’. None when the office is written before the description (its holder may be
    named there), or when two people are given it after (‘Tom Reid, the home side's coach, and Liam
    Burke, the visitors' coach,’)."""
    words = mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or description_head(mention.text) not in ROLE_NOUNS:
        return None
    office = words[1]
    if text.find(office, max(0, mention.start - 20_000), mention.start) >= 0:
        return None
    found = None
    p = text.find(office, at, at + OFFICE_NAMED_REACH)
    while p >= 0:
        e = p + len(office)
        if text[e:e + 1] in (",", ".") and not text[p - 1:p].isalnum() \
                and (m := RE_NAME_BEFORE_OFFICE.search(text, max(0, p - 100), p)) is not None:
            title, name = split_title(m.group(1).split())
            if len(name) < 2 or is_organisation(list(name)) or (found is not None and found.text != " ".join(name)):
                return None
            s_ = m.start(1) + len(m.group(1)) - len(" ".join(name))
            found = Mention(s_, m.end(1), " ".join(name), "name", title)
        p = text.find(office, e, at + OFFICE_NAMED_REACH)
    return found


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


def _set_off_name(text: str, mention: Mention, open_at: int) -> Mention | None:
    """The name set off right after a description whose head ends it (‘The broadcasting regulator,
    the Audio Standards Board,’, ‘Nightjar's developer, the Cyprus-registered company Strix
    Systems,’, ‘the guest, a chiropractor named Dale Rimmer,’): two words at least, or one after
    "named" or "called"; never a party, a faith, a nation or a role (‘The governor, a Republican,’),
    a place or a date, a name after a participle or a preposition (‘One such document, obtained by
    The Post,’), nor the name of a noun after the head (‘Defence lawyers for the former mayor, Tom
    Becker,’, ‘… in Honiara, Solomon Islands,’)."""
    words = mention.text.split()
    if mention.start < open_at <= mention.end or words[-1].endswith("s"):
        return None
    body_after = description_head(mention.text) != words[-1].lower()
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


@functools.lru_cache(maxsize=64)
def _kind_then_name(noun: str) -> regex.Pattern:
    """A body brought in by its kind in lower case and then its name with "the", set off by nothing, as
    British reports write a campaign's or a supporters' body (‘supporters' group the Red Anchor Brigade’,
    ‘think tank the Resolution Foundation’): the name, two capitalised words at least (w65b).

    >>> _kind_then_name("group").search("Supporters' group the Red Anchor Brigade had staged a protest").group("name")
    'Red Anchor Brigade'
    >>> _kind_then_name("group").search("He told the group the Smiths had left") is None
    True
    >>> _kind_then_name("group").search("The group the council funds said") is None
    True

    Never the kind that a verb of telling has as its object, the name then the subject of what it was told
    (‘Marsh told a Senate committee the Treasury Department had been informed’, ‘The airline told its
    union the Board of Directors had rejected the offer’: the committee and the union are no such body)
    (guard, review rv65b):

    >>> _kind_then_name("committee").search("Marsh told a Senate committee the Treasury Department had been informed") is None
    True
    >>> _kind_then_name("union").search("The airline told its union the Board of Directors had said no") is None
    True
    """
    word = r"\p{Lu}[\p{L}\p{M}’'\-]*"
    return regex.compile(r"(?<![Tt]he |[Aa]n? )(?<!\b(?:told|tell|tells|telling|informed|informs|assured|assures|warned|warns|"
                         r"reminded|reminds|promised|promises|showed|shows|convinced|persuaded) (?:[\p{L}’'\-]+ ){0,3})\b"
                         + regex.escape(noun) + r" the (?P<name>" + word
                         + r"(?:(?: (?:of|for|and|&))* " + word + r")+)")


def _unnamed_kind_since(text: str, lo: int, at: int, noun: str) -> regex.Match | None:
    """Another of the kind brought in unnamed between ``lo`` and ``at`` (‘a second group’), which "the
    <noun>" may stand for as well."""
    return regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+,?\s+){{0,3}}?{regex.escape(noun)}\b",
                        text[lo:at], flags=regex.I)  # (a comma between its words: ‘a second, unnamed group’)


def _board_of_firm(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm whose board "the board" is, when no body called a board is named: the one "the
    company" would stand for there (‘Meranti Foods, whose shares were suspended, said its chief had
    quit. The board said it would “…”’). The caller's check that no other board is told of nearby
    (‘its board of directors’, ‘a review board’) still holds."""
    if noun != "board":
        return None
    body = _body_before(text, at, "company", sp, paras, cast)
    return body if body is not None and not _body_of_kind(body.name.split(), "agency") else None


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


def _body_ending_in_kind(text: str, said_by: list[str], how: str, mention: Mention, sp: Span,
                         paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body "the center" or "the centre" stands for: the one that spoke just before, when its
    name ends with that kind (‘The National Hurricane Center said Delphine had strengthened. “…,”
    the center said’); never a person of that trade (‘Okoro, the Hawks' center,’) nor a body of
    another name (‘Ridgeview Hospital said …. “…,” the center said’): those stay as written."""
    if how != "description" or len(said_by) != 2 or said_by[0].lower() != "the" \
            or (noun := said_by[1]) not in NAME_ENDING_BODY_NOUNS:
        return None
    body = _body_before(text, mention.start, noun, sp, paras, cast)
    if body is None or body.name.split()[-1].lower() != noun or not _body_fits(text, mention, noun, body):
        return None
    return body


#: How far back the "the <kind>" a body's "it" stands for is looked for (about two sentences).
BODY_PRONOUN_REACH = 300


def _body_behind_its_pronoun(text: str, found: Found, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body named before that the "the <kind>" a pronoun was resolved to stands for: ‘The National
    Tenants Alliance said …. The group has long argued that …; the rise, it said, “…”’ is the Alliance's,
    never "the group"; as "the group said" would be (``_body_before``, ``_body_fits``)."""
    person = found.person
    if person is None or person.kind != "description" or found.mention is None \
            or (kind := _body_kind(person.name.split(), "description")) is None:
        return None
    lo = max(0, found.mention.start - BODY_PRONOUN_REACH)
    at = text.lower().rfind(person.name.lower(), lo, found.mention.start)
    if at < 0:
        return None
    said = Mention(at, at + len(person.name), text[at:at + len(person.name)], "description")
    body = _body_before(text, at, kind, sp, paras, cast)
    return body if body is not None and _body_fits(text, said, kind, body) else None


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
        pattern = rf"\b(?:a|an|the|its|their|his|her|[\p{{L}}]+['’]s) (?:[\p{{L}}\p{{N}}\-.]+ ){{0,3}}{nouns}\b"
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


def _same_kind(word: str, noun: str) -> bool:
    """A kind's word that "the <noun>" may stand for: the noun, or another word for it (‘firm’ for "the
    company", ‘bank’ for "the lender", ‘airline’ for "the carrier", ‘regulator’ for "the watchdog")."""
    return word == noun or any(word in kinds and noun in kinds
                               for kinds in (FIRM_NOUNS, REGULATOR_NOUNS, *SAME_KIND_PAIRS))


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


def _body_before(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                 restated: bool = False) -> Person | None:
    """The body that one of the two sentences before ``at`` opens with as its subject, for "the
    firm" or "the agency" at a cue: ‘Voltara recalled 86,000 cars. The firm said …’, ‘The Public
    Health Agency of Sweden will review its advice. In a statement, the agency said’; when those
    sentences open with no name at all, the one body of that kind the article has named, not
    long before (‘The Office of Banking Conduct fined Carrow Federal Bank. … Carrow charged
    customers improper fees. “…,” the agency said’). None when a subject is a person ("Smith
    joined Google. The company said …"), another body, or no body of the kind is known. A subject
    that is the same firm again by where it is based (‘The Berlin-based company, which …, said’)
    is looked past once (``restated``) to the firm named before it."""
    k = sp.paragraph
    while k > 0 and paras[k][0] > at:
        k -= 1  # (the cue's paragraph, before the words': ‘… The coalition wrote:’ / ‘“…”’)
    lo = paras[k][0]
    if k > 0 and (not sentence_ends(text, lo, at) or _words_open_cue_sentence(text, sp, lo, at)):
        lo = paras[k - 1][0]  # (the cue's sentence opens its paragraph, or only the words of several
        # sentences it closes do: ‘“… protection. The economics are clear …,” the agency said’)
    lo = max(lo, at - CONTEXT_CHARS)
    ends = [e for e in sentence_ends(text, lo, at) if not sp.open_at < e < (sp.close_end or sp.end)]
    sentences = [(x, y) for x, y in zip([lo, *ends], ends) if text[x:y].strip()]
    if k >= 2 and lo == paras[k - 1][0] and noun in FIRM_NOUNS and sentences \
            and all(_persons_quotation(text, x, y, cast) for x, y in sentences):
        # a paragraph that is only someone's quotation between the firm's and the cue's (‘… Vitalis
        # Digital said …. / “…,” Chief Executive Jana Kessler said. / The company said …’): looked past
        lo = max(paras[k - 2][0], at - CONTEXT_CHARS)
        ends = sentence_ends(text, lo, at)
        sentences = [(x, y) for x, y in zip([lo, *ends], ends)
                     if text[x:y].strip() and not _persons_quotation(text, x, y, cast)]
    if not restated and (own := _body_in_own_sentence(text, at, noun, paras[k][0], cast)) is not None:
        return own  # ‘… a care home run by Heather Care Group, until she was dismissed for what the company
        # described as “…”’
    told_otherwise = _kind_word_told_otherwise(text, noun, at)  # (the same for every sentence)
    reach = 2
    if sentences and (clause := RE_SEMICOLON_CLAUSE.search(text, *sentences[-1])) is not None \
            and clause.end() < sentences[-1][1] and _clause_names_kind(text, clause.end(), sentences[-1][1], noun):
        x, y = sentences[-1]  # the sentence right before in two: its clause after a semicolon has its own subject,
        sentences = [*sentences[:-1], (x, clause.start() + 1), (clause.end(), y)]  # the nearer (‘Travel is
        reach = 3  # dear; the Arden Sailing Foundation pays for some of it. The foundation said …’) (w59b)
    for s_lo, s_hi in reversed(sentences[-reach:]):
        if text[s_lo:s_hi].lstrip().startswith(("“", '"')) and s_hi >= at:
            continue  # (the cue's own sentence opening with the words: its subject is the quotation's)
        if (dateline := RE_DATELINE.match(text, s_lo, s_hi)) is not None:
            s_lo = dateline.end()  # (past a dateline: ‘CONCORD — The Fish and Game Agency on Friday closed the
            # lake. “…,” the agency said’ is the whole body, never "Game Agency")
        if (called := _kind_called(noun).search(text, s_lo, s_hi)) is not None \
                and _unnamed_kind_since(text, called.end(), at, noun) is None:
            return Person(called.group("name"), kind="organisation")  # a body brought in by its kind and the
            # name it goes by: ‘… claimed by a group calling itself BlackMoth. The group said’
        if (named := _kind_then_name(noun).search(text, s_lo, s_hi)) is not None \
                and _unnamed_kind_since(text, named.end(), s_hi, noun) is None:
            return Person("the " + named.group("name"), kind="organisation")  # its kind, then its name: ‘Supporters'
            # group the Red Anchor Brigade staged a protest. … A spokesperson for the group said’ (w65b)
        toks = tokenize(text, s_lo, s_hi)
        source = RE_ACCORDING_TO_BODY.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun):
            return Person(source.group(1), kind="organisation")  # the source a sentence before gave: ‘…,
            # according to the Pine Valley Police Department. “…,” the department said’
        source = RE_BODY_SAID_AT_END.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun) \
                and not cast.knows(source.group(1).split()[-1].lower()):
            return Person(source.group(1), kind="organisation")  # or its speaker after the words: ‘Police
            # used water cannon, the Interior Ministry said. / “…,” the ministry said in a statement’
        if (s_lo, s_hi) == sentences[-1] and noun in FIRM_NOUNS \
                and (shares := RE_SHARES_OF_FIRM.match(text, s_lo, s_hi)) is not None \
                and not _known_person_word(shares.group(1).split()[-1], cast) \
                and not _body_of_kind_between(text, sentences[0][0], at, noun, cast, shares.group(1)):
            return Person(shares.group(1), kind="organisation")  # the firm whose shares the sentence right before
            # opens with: ‘Shares of Brightwater Plastics fell 2% on the news. The company said …’ (never with
            # another of the kind named just before: ‘X, a fund house, raised its stake in Y. Shares of Y rose. …
            # the fund house said’) (w63a)
        m = sentence_subject(text, toks, lambda w: True)
        if (s_lo, s_hi) == sentences[-1] and _thing_subject(m, cast) \
                and (agent := _agent_body(text, s_lo, s_hi, noun, cast)) is not None \
                and not _body_of_kind_between(text, s_lo, at, noun, cast, agent.name):
            return agent  # the firm by whom the thing the sentence right before opens with is done: ‘Housing on the
            # base is maintained by Pacific Shore Housing Services …. In a statement, the company said’, ‘A poll
            # of 600 voters conducted by Lakeside Analytics found …. The firm said’
        if m is None and (s_lo, s_hi) == sentences[-1] and (letters := RE_LETTERS_OPEN.match(text, s_lo, s_hi)) is not None:
            m = Mention(letters.start(1), letters.end(1), letters.group(1), "name")  # a body's long letters, which the
            # name reader leaves to headlines, opening the sentence in lower case: ‘UNICEF warned of …’ (w66d)
        if m is None or m.kind == "pronoun":
            continue
        if m.kind == "description" and description_head(m.text) in BODY_NOUNS | BODY_DESCRIPTION_HEADS \
                and (named := RE_BODY_NAME_SET_OFF.match(text, m.end, s_hi)) is not None \
                and _body_of_kind(named.group(2).split(), noun) and RE_SUBJECT_SPOKE.match(text, named.end(), s_hi):
            return Person((named.group(1) or "") + named.group(2), kind="organisation")  # a body described, its name set
            # off after: ‘A local civic group, the Dunmore Water Action Committee, said …. “…,” the committee said’
        if m.kind == "description" and m.text.lower() == "the " + noun \
                and (named := RE_BODY_NAME_SET_OFF.match(text, m.end, s_hi)) is not None \
                and gender_of(named.group(2).split()[0]) is None \
                and not cast.knows(named.group(2).split()[-1].rstrip(".").lower()) \
                and named.group(2).split()[0] not in WEEKDAY_NAMES and named.group(2).split()[0] not in MONTH_NAMES \
                and RE_LOWER_WORD_NEXT.match(text, named.end(), s_hi):
            return Person((named.group(1) or "") + named.group(2), kind="organisation")  # the kind itself, its name set
            # off after, whatever it did: ‘The group, Harbour Watch, surveyed 40 towns. …, the group said’ (w66d);
            # never a day set off (‘The company, Tuesday, confirmed …’), nor the first of a list (‘The committee,
            # Labour, Conservative and Green members alike, backed …’) (review rv66d)
        if m.kind in ("name", "organisation") and (s_lo, s_hi) == sentences[-1] \
                and (again := _lede_firm_again(text, m, noun, paras, cast)) is not None:
            return again  # the lede's firm, the subject of the sentence right before: ‘Paystride currently has
            # 140 employees. The company said …’ (whatever other firm the story told of before)
        if m.kind == "name" and m.text.isupper() and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and (spelt := _spelt_before(text, m.text, m.start)) is not None and _body_of_kind(spelt.split(), noun):
            return Person(spelt, kind="organisation")  # a body by the letters the article gave it: ‘Athletics
            # Kenya (AK) has suspended …. AK said …. “…,” the federation said’
        if (s_lo, s_hi) == sentences[-1] and _public_letters_spoke(text, m, s_hi, noun, at, cast):
            return Person(m.text, kind="organisation")  # ‘In a statement, ICE said …. “…,” the agency said’
        if m.kind == "name" and _kind_in_title_only(m.text.split(), noun):
            continue  # a person with an office, never the body: ‘Chief Financial Officer Grace Lim described …’
        if m.kind == "name" and (part := RE_WORD_AFTER.match(text, m.end, s_hi)) is not None and part.group(1) in BODY_PARTS:
            continue  # a part of the body, never the body that speaks: ‘Lotus shares fell 3 per cent.’
        if (m.kind == "name" or (m.kind == "organisation" and not m.text.lower().startswith("the "))) \
                and (text[max(0, m.start - len(noun) - 1):m.start].lower() == noun + " "
                     or _members_kind_before(text, m, noun)
                     or (m.kind == "name" and (kind_word := RE_LOWER_WORD_BEFORE.search(text, max(0, m.start - 24), m.start)) is not None
                         and _same_kind(kind_word.group(1), noun) and gender_of(m.text.split()[0]) is None)):
            return Person(m.text, kind="organisation")  # its kind right before it: ‘The cable news network TNX’ (a
            # body's name with its remit too: ‘The group Daughters of the Harbour organised …. The group said’)
        if m.kind in ("name", "organisation") and (" " not in m.text or m.kind == "organisation" or is_organisation(m.text.split())
                                                   or _shop_name(m.text.split())) \
                and _described_as(text, m.end, noun, s_hi, told_otherwise) \
                and not _one_of_two(text, m.end):
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # ‘Northjet, a budget airline based in Leeds,’, ‘The Northern Liberation Front, a rebel group,’
        if m.kind == "name" and noun in FIRM_NOUNS and _firm_noun_before(text, s_lo, m.start) \
                and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled or cast.roles_of(known))):
            return Person(m.text, kind="organisation")  # a firm's kind right before its name, opening the
            # sentence: ‘German health app maker Vitalis Digital said …. “…,” the company said’ (never
            # one with a given name or the article's person: ‘Startup founder Ann Lee said’ has no kind)
        if m.kind == "description" and not restated and _restated_firm(m.text, noun):
            earlier = _body_before(text, m.start, noun, sp, paras, cast, restated=True)
            if earlier is not None:
                return earlier  # ‘Vitalis Digital said …. / The Berlin-based company, which …, said …. /
                # The company said …’: the firm named before its restatement
        if m.kind == "description" and (spoke_for := _spoken_for(m.text)) is not None \
                and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and _speaking_body(spoke_for, noun, cast, text, at) and not _other_body_of_kind(text, at, noun, cast, spoke_for) \
                and not any(r.group() not in spoke_for for r in RE_NAMED_BETWEEN.finditer(text, m.end, at)) \
                and not _kind_told_before(text, at, noun, m.start):
            return Person(spoke_for, kind="organisation")  # the body its spokesperson spoke for: ‘A spokesperson
            # for Harbourview Rentals said …. The company added: “…”’
        if m.kind == "name" and m.role is not None and (m.role.lower().split()[-1] == noun or (
                noun in REGULATOR_NOUNS and m.role.lower().split()[-1] in REGULATOR_NOUNS
                and not told_otherwise)) \
                and not any(w in FUNCTION_WORDS for w in m.role.lower().split()):  # (never ‘a critic of the bank’)
            return Person(m.text, kind="organisation")  # its kind before it: ‘Aid group Coastal Lifeline said’
        if m.kind == "name" and m.role is not None and noun in FIRM_NOUNS and _firm_role(m.role) \
                and " " in m.text and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled
                             or any(not _firm_role(r) for r in cast.roles_of(known)))):
            return Person(m.text, kind="organisation")  # a firm's trade set off before it: ‘The developer, Calder
            # Park Homes, said …. “…,” the company said’ (never one with a given name: ‘The builder, Tom Reed,’)
        said_it = False
        if m.kind == "name" and noun not in ("team", "club") and gender_of(m.text.split()[0]) is None \
                and not m.text.isupper() and m.text.lower() not in ONE_WORD_PLACES and m.text not in TWO_WORD_PLACES \
                and (RE_VERB_ITS.match(text, m.end, s_hi) is not None or (
                    ((said_it := RE_SAID_IT.match(text, m.end, s_hi) is not None or _said_it_past_aside(text, m.end, s_hi)) or (
                        _its_own(text, m.start, m.end, s_hi) and not _other_body_of_kind(text, at, noun, cast, m.text)))
                    # (‘Corvanta said it would …’: a firm's
                    # name of one word, or a firm's name of its kind; never a person, a capital standing for
                    # its government, "Moscow said it …. “…,” the ministry said", or another kind of body)
                    and BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())
                    and ((" " not in m.text and "." not in m.text) or _body_of_kind(m.text.split(), noun)))) \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.personlike or cast.roles_of(known)) or (said_it and _spoke_only(known, cast))):
            # (a name of one word that speaks of itself as "it" may have spoken, and be no person for that:
            # ‘Voltaris, a joint venture …, said it was “disappointed”’)
            # (never a dateline's "OSLO —", nor a person the article knows: "Mehta said its findings",
            # "Trump visited its assembly line"; nor a country or a state, "China raised its tariffs",
            # "South Korea", "New Mexico")
            # what it did with "its": ‘MidSouth LifeFlight grounded its fleet. “…,” the company said’
            # (never a person's "his" or "her"), by the firm's fuller name when the article gives one
            return Person(" " not in m.text and cast.company(m.text) or m.text, kind="organisation")
        if m.kind == "name" and " " not in m.text and (company := cast.company(m.text)) is not None \
                and (_body_of_kind(company.split(), noun) or BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())):
            return Person(company, kind="organisation")  # a firm by its first word: ‘… a chip made by Kestrel
            # Microsystems. Kestrel did not respond …. “…,” the company said’
        if m.kind == "name" and " " in m.text and gender_of(m.text.split()[0]) is None \
                and (company := cast.company(m.text.split()[0])) is not None and company.startswith(m.text + " ") \
                and _body_of_kind(company.split(), noun) and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None:
            return Person(company, kind="organisation")  # a firm by the first words of its full name, speaking:
            # ‘Eastwell Shipping Holdings owns the yard …. Eastwell Shipping said in a statement …. “…,” the company said’
        if (m.kind in ("name", "organisation") or (m.kind == "description" and m.text.startswith("The ")
                                                   and all(w[:1].isupper() for w in m.text.split()[1:]))) \
                and noun in SPEAKING_BODY_NOUNS \
                and (RE_WHICH_SPOKE.match(text, m.end, s_hi) is not None or (
                    # (a loose body, or a firm named by one word, no place's, that denied something: ‘Zipvane
                    # rejected the accusations. In a statement, the company said’)
                    (noun in LOOSE_BODY_NOUNS or (noun in FIRM_NOUNS and " " not in m.text and m.kind == "name"
                                                 and m.text.lower() not in ONE_WORD_PLACES and m.text.lower() not in SENDER_PLACES
                                                 and not _other_name_around(text, m, at)))
                    and RE_SUBJECT_DENIED.match(text, m.end, s_hi) is not None) or (
                    (spoke := RE_SUBJECT_SPOKE.match(text, m.end, s_hi)) is not None
                    and not any(w.strip(",’'s").lower() in ROLE_NOUNS for w in (spoke.group(1) or "").split()))) \
                and _speaking_body(m.text, noun, cast, text, at) \
                and not _other_body_of_kind(text, at, noun, cast, m.text, _owner_aside(text, m.end, s_hi)) \
                and not _kind_told_before(text, at, noun, m.start):
            # (never one with a person's role set off, ‘Ferreira, the group's chief executive, said’, nor
            # with another of the kind named before, ‘Regulators fined Verano Energy …. Ofgem said …. “…,”
            # the company said’)
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # the body that spoke just before, by its kind: ‘Amnesty International said in a statement
            # that …. “…,” the group said’
        if m.kind in ("name", "organisation") and noun in SPEAKING_BODY_NOUNS and (s_lo, s_hi) == sentences[-1] \
                and RE_SUBJECT_LABELLED.match(text, m.end, s_hi) is not None and _speaking_body(m.text, noun, cast, text, at) \
                and not _body_of_kind_between(text, m.end, at, noun, cast, m.text) \
                and not _kind_told_before(text, at, noun, m.start):
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # the body that put words in marks in the sentence right before, with none of its kind named since:
            # ‘The Houthis, in a message posted by their spokesman, …, dismissed the plan as “…” The group said
            # it would …’ (a committee named paragraphs before is no nearer)
        if m.kind == "name" and (unlabelled := _unlabelled_body(text, m, s_hi, at, noun, cast, sentences[0][0])) is not None:
            return unlabelled  # ‘Uisce Éireann said it had …. “…,” the utility said’
        if m.kind == "description" and description_head(m.text) == noun and " " in m.text \
                and any(w[:1].isupper() for w in m.text.split()[1:]) and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None:
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # (its kind with its owner or remit: ‘Iran's mission to the United Nations said …. “…,” the mission said’)
        if m.kind == "name" and (s_lo, s_hi) == sentences[-1] and not is_organisation(m.text.split()) \
                and not _body_of_kind(m.text.split(), noun) and _unknown_firm_subject(text, m, noun, cast) \
                and not _line_express_not_firm(text, m):
            if m.text.split()[-1].lower() in FIRM_NAME_LAST_WORDS:
                return Person(m.text, kind="organisation")  # the firm the sentence right before opens with:
                # ‘Pacifica Container Line struck a more cautious tone. The company said’
            return None  # (a name no list knows opens the sentence right before: "the company" may be it, never
            # surely a firm named further back, such as a column's name in the headline)
        if m.kind == "name" and not is_organisation(m.text.split()) and not _body_of_kind(m.text.split(), noun) \
                and not cast.knows(m.text.split()[-1].rstrip(".").lower()):
            continue  # a capitalised word the article names no one by ("Carrow charged …", "According to …")
        words = m.text.split()
        if m.kind == "description" and len(words) == 2 and (words[1].lower() == noun or (
                words[1].lower() in FIRM_NOUNS and noun in FIRM_NOUNS)):
            continue  # ("The airline said …": the same body again, named before; "The biotech said …. “…,”
            # the company said")
        if m.kind == "description" and (description_head(m.text) in DOCUMENT_NOUNS or description_head(m.text) in MEDIA_NOUNS):
            continue  # a thing the story is about (‘The videos circulated widely.’): no one who speaks
            # (but a body described, ‘A supplier in Ohio … said’, is another body)
        if m.kind == "description" and description_head(m.text) == noun and text.startswith(", ", m.end) \
                and (run := RE_SET_OFF_BODY.match(text, m.end + 2)) is not None:
            return Person(run.group(1), kind="organisation")  # its name set off after its very kind: ‘A student
            # group, Harwood Students for Accountability, celebrated …. “…,” the group posted’
        if m.kind == "description" and text.startswith(", ", m.end) \
                and (run := RE_NAME_RUN.match(text, m.end + 2)) is not None and text.startswith(",", run.end()) \
                and _body_of_kind(run.group().split(), noun):
            return Person(run.group(), kind="organisation")  # its name set off: ‘The manufacturer, Norcastle
            # Pharmaceuticals, said …. “…,” the company said’
        if m.kind == "organisation" and len(words) == 2 and words[1].isupper() and 1 < len(words[1]) < 7 \
                and "." not in words[1] and words[1] not in COUNTRY_LETTERS \
                and (noun in ACRONYM_BODY_NOUNS or (noun == "union" and "U" in words[1] and not words[1].startswith("US"))) \
                and not text.startswith(" and ", m.end):  # (one of two: "The NIH and the CDC"; a union's
            # letters hold its U, "The NUM", "The UAW", never "The NFL", "The BBC")
            return Person(m.text if m.text[0] == "t" else "the" + m.text[3:], kind="organisation")  # ‘The CDC said
            # …. “…,” the agency said’ (a public body's letters; a company's, "GM", tell no kind)
        if m.kind == "description" and len(words) > 2 and words[0] in ("The", "the") and words[-1].lower() == noun \
                and all(w[:1].isupper() for w in words[1:-1]):
            return Person("the " + " ".join(words[1:]), kind="organisation")  # a name and its kind: ‘The
            # Coordination Rurale union was unimpressed. “…,” the union said’
        if m.kind == "description" and (head_ := description_head(m.text)) not in BODY_NOUNS \
                and head_ is not None and _person_noun(head_) and m.text.split()[0].lower() not in ("the", "a", "an"):
            at_body = RE_AT_BODY.match(text, m.end, s_hi)
            if at_body is not None and _body_of_kind(at_body.group(1).split(), noun):
                # (the body they belong to, when it is of the kind: ‘Engineers at rival Hexon
                # Industries said …. “…,” the company said’), in full, as written: ‘Members of the
                # National Union of Rail Workers will walk out’
                of = RE_OF_NAME.match(text, at_body.end(1), s_hi)
                name = text[at_body.start(1):of.end() if of is not None else at_body.end(1)]
                the = at_body.group().endswith(" the " + at_body.group(1))
                return Person(("the " if the else "") + name, kind="organisation")
            continue  # people of the body or around it: ‘Students at Halvorsen University protested.’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and words[1] in THING_NOUNS and words[1] not in BODY_NOUNS and words[1] != noun:
            continue  # a body of another kind, never this one: ‘The zoo will pay $1 million a year to the
            # foundation. In a statement, the foundation said’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and _other_side(words[1], noun):
            if _kinds_in_reach(text, at, noun, cast) > 1:
                return None  # (and two of the kind named: no telling which)
            continue  # a firm when a union, a regulator or a ministry speaks, or one of those when a firm
            # does: ‘The union has given Kgalagadi Platinum until Friday. The company says it cannot afford
            # more. “…,” the union said’
        if m.kind == "description" and noun in FIRM_SIDE_NOUNS and (one := _one_of_firms(text, m, s_hi, cast)) is not None:
            return one  # ‘One of the sanctioned firms, Dubai-based Corvex Shipping, said it had …. “…,” the company said’
        if m.kind == "description" and m.text.rsplit(" ", 1)[-1].lower() in BODY_PLURALS:
            continue  # bodies in the plural, acting on one: ‘Regulators fined Crestline Energy …. The company said’
        if m.kind == "description" and " " not in m.text and m.text.islower() and m.text.endswith("s") \
                and m.text[:-1] not in BODY_NOUNS and RE_AT_BODY.match(text, m.end, s_hi) is None:
            continue  # people or things in the plural, never one body: ‘Crews will inspect every line.’
        if m.kind == "description" and not (words[0] == "The" and all(w[:1].isupper() for w in words[1:])) \
                and not _joined_name(words):
            return None  # (but ‘The National Highway Safety Bureau’, ‘Pacific Gas and Electric’ are names)
        if m.kind == "description" and "and" in words \
                and any(len(side) > 1 and _body_of_kind(side, noun) for side in _sides_of_and(words)):
            return None  # (two bodies of the kind: ‘Castlegate Bank and Rift Valley Commercial Bank both raised …’,
            # ‘Barclays and Lloyds Bank’)
        of_kind = _body_of_kind(words, noun)
        if m.kind == "name" and m.role is not None and noun not in FIRM_NOUNS and (s_lo, s_hi) != sentences[-1] \
                and paras[k][0] > s_hi and not of_kind \
                and not any(_body_of_kind(whole, noun) for _, whole in _runs_with_of(text, s_lo, s_hi)):
            continue  # a person with an office, in a paragraph before the cue's, whose sentence names no body of the
            # kind: looked past (‘The National Medicines Agency approved the pill. … / Haverly Chief Executive Brian
            # Colter told Meridian Wire …. “…,” he said. / The approval carries a warning, and the agency said …’)
        if m.kind == "name" and not (is_organisation(words) or (len(words) > 1 and of_kind)):
            return None  # (a body's name: never "Smith joined Google. The company said", nor letters,
            # "NASA delayed the launch after SpaceX found a leak. … the company said")
        if not of_kind:
            return None  # (a name of that kind of body: never "Acme Corp said …. “…,” the council said")
        if any(_body_of_kind(run, noun) and not _public_body_for_firm(whole, noun)
               for run, whole in _runs_with_of(text, m.end, s_hi)):
            return None  # (one of two: "Hexon Industries won the contract over Voltara Motors"; but a public
            # body that acts on the firm is none of its kind: ‘Kestrel Air grounded its jets after the Directorate
            # General of Civil Aviation ordered checks’)
        end = m.end
        of = RE_OF_NAME.match(text, end)
        if of is not None:
            end = of.end()  # "The Public Health Agency of Sweden"
        end = _portfolios_end(text, m.text if of is None else text[m.start:end], end)
        name = text[m.start:end]
        if " " not in name or name.isupper():
            return None  # (a body's word alone, "Commission", names no body; a heading in capitals,
            # "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY …", is no body's name)
        if text[max(0, m.start - 4):m.start].lower() == "the ":
            name = "the " + name  # ("the State Department")
        return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")
    return _sole_body(text, at, noun, cast, max(0, at - BODY_ENDING_REACH))


#: A campaign by its owner's capitalised name opening a sentence as its subject (‘The Okafor campaign
#: was unmoved.’, ‘The Harris-Walz campaign hit back’), never its people (‘The Okafor campaign’s manager’).
#:
#: >>> RE_OWNED_CAMPAIGN.search("Votes were counted. The Okafor campaign was unmoved.").group(1)
#: 'The Okafor campaign'
#: >>> RE_OWNED_CAMPAIGN.search("The Okafor campaign’s manager said") is None
#: True
RE_OWNED_CAMPAIGN = LazyPattern(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))"
                                r"((?:The|the) (?:\p{Lu}[\p{L}\p{M}’'\-]* ){1,3}campaign)\b(?![’'\-])", flags=regex.M)

#: A campaign by the name it goes by, set off after its owner's campaign opening a sentence (‘Ashdown's
#: campaign, Ashdown for Senate, also …’, ‘The mayor's campaign, Tobin for Granger Falls, said’): group
#: "owner" the owner's name if capitalised, group "name" the campaign's (w54a).
#:
#: >>> RE_CAMPAIGN_NAME_SET_OFF.search("Polls closed. The mayor's campaign, Tobin for Granger Falls, said").group("name")
#: 'Tobin for Granger Falls'
#: >>> RE_CAMPAIGN_NAME_SET_OFF.search("Polls closed. The ad campaign, which began in May, said") is None
#: True
RE_CAMPAIGN_NAME_SET_OFF = LazyPattern(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:(?:The|the) \p{Ll}+[’']s?|(?P<owner>\p{Lu}[\p{L}\p{M}\-]*)[’']s?)"
                                       r" campaign, (?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:for|of|the|and|to|\p{Lu}[\p{L}\p{M}’'\-]*)){0,6}),",
                                       flags=regex.M)

#: How far before "the campaign" its owner's campaign may open a sentence (about two sentences).
OWNED_CAMPAIGN_REACH = 300


#: Someone's own side by a possessive name (‘Delgado's aides’, ‘Brandt’s team’): another camp.
RE_OTHER_SIDE = LazyPattern(r"\b(\p{Lu}[\p{L}\-]+)[’']s? (?:\p{Ll}+ )?(?:team|aides|camp|allies|staff|advisers|advisors"
                            r"|spokesman|spokeswoman|spokesperson|supporters|lawyers|office)\b")


def _owned_campaign_before(text: str, mention: Mention) -> Person | None:
    """The campaign "the campaign" at ``mention`` stands for: one called by its owner's name that opens
    a sentence just before as its subject, with no other campaign told of since (‘The Okafor campaign
    was unmoved. “…,” the campaign said’), or by the name it goes by set off after its owner's (‘The mayor's
    campaign, Tobin for Granger Falls, said …. “…,” the campaign said’, w54a), as "the firm" is the firm
    named before. Never a campaign
    of ads or of protest (no owner's capitalised name), nor one whose people speak (‘The Okafor
    campaign’s manager said’)."""
    lo = max(0, mention.start - OWNED_CAMPAIGN_REACH)
    last = None
    for last in RE_OWNED_CAMPAIGN.finditer(text, lo, mention.start):
        pass
    named = False
    for set_off in RE_CAMPAIGN_NAME_SET_OFF.finditer(text, lo, mention.start):
        if set_off.group("name").split()[0] in WEEKDAY_NAMES or set_off.group("name").split()[0] in MONTH_NAMES:
            continue  # (a day set off, never a campaign's name: ‘The senator's campaign, Tuesday, dismissed …’ (review rv19))
        if last is None or set_off.start() > last.start():
            last, named = set_off, True  # (or the name it goes by, set off: ‘The mayor's campaign, Tobin for
            # Granger Falls, said’)
    if last is None or text.find("campaign", last.end(), mention.start) >= 0:
        return None  # (another campaign since: ‘… an ad campaign …’ leaves it unclear)
    owner = ([last.group("owner")] if last.group("owner") else []) if named else last.group(1).split()[1:-1]
    for side in RE_OTHER_SIDE.finditer(text, last.end(), mention.start):
        if side.group(1) not in owner:
            return None  # (the other side's people told of since, the campaign's target: ‘The Whitmore campaign
            # ad accused Delgado …. Delgado's aides hit back. “…,” the campaign said’ is Delgado's, if anyone's)
    name = last.group("name") if named else last.group(1)
    return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")


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
    return _sole_body(text, at, noun, cast, s_lo) or _firm_short_form_opens(text, s_lo, at, noun, cast)


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

#: A capitalised subject that speaks (‘Natural England said’), another candidate for "the <kind>".
RE_NAME_SPOKE = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]+ (?:also )?(?:said|says|told|announced|confirmed|warned|added)\b")


def _named_body_spoke(text: str, body: Person, at: int) -> bool:
    """The body's name, last written before ``at`` within a body's reach, is a subject that speaks
    (‘The Port of Tanjung Priok said in a statement …’; never ‘The Port of Dover was closed’)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    k = text.rfind(name, max(0, at - BODY_REACH), at)
    return k >= 0 and RE_SUBJECT_SPOKE.match(text, k + len(name)) is not None


#: A subject's "said it" whose "it" is no one (‘said it was unfair that’, ‘said it would take years’,
#: ‘said it was the third outage’, ‘said it was time’): a verb of being before a description, or "take".
RE_SAID_IMPERSONAL_IT = LazyPattern(
    r" (?:also )?(?:said|says|added|stated) (?:that |on \w+ that )?it (?:(?:was|is|would be|will be|had been|has been) "
    r"(?!(?:\p{Ll}+ing|\p{Ll}+ed|not|also|still|now|confident|committed|aware|unable|able|working|looking)\b)"
    r"|(?:would|will|could) take\b)")


def _unlabelled_body(text: str, m: Mention, s_hi: int, at: int, noun: str, cast: Cast, lo: int) -> Person | None:
    """The body "the <kind>" stands for when a name with no word of its kind spoke just before
    (GENERIC_BODY_NOUNS: ‘Uisce Éireann said it had issued a notice. “…,” the utility said’, ‘Metro
    Transit said it would add buses. “…,” the agency said’, ‘In a statement, Westvale Buses said: “…”
    The operator added that it would …’). The name must speak of itself as "it" (in its sentence,
    or the cue's "the operator added that it") and be no one's: no given name, honorific, title, role
    or sex the article gives, no place, no surname written alone; and no other name speaks, nor
    another of the kind is told of, between ``lo`` and the cue: ‘Natural England said …. Scottish
    Water said it had …. “…,” the agency said’ is left as written."""
    if noun not in GENERIC_BODY_NOUNS or (m.role is not None and not _trade_lead(m.role)) or " " not in m.text \
            or m.text.isupper():
        return None  # (a role before the name only when it is a firm's trade: ‘Refrigerated haulier Frostline UK
        # said it had …. “…,” the company said’)
    spoke = RE_SUBJECT_SPOKE.match(text, m.end, s_hi)
    if spoke is None or spoke.group(1) is not None:
        return None  # (a person's role set off: ‘Ferreira, the group's chief, said’)
    if RE_SAID_IT.match(text, m.end, s_hi) is None and RE_KIND_SAID_IT.match(text, at) is None:
        return None
    if RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is not None:
        return None  # (an "it" of no one, as people say it: ‘Ikaika Kahananui said it would take years’,
        # ‘Ravshan Ergashev said it was the third outage’: a person's words, never a body's "it")
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if any("." in w or len(w) == 1 for w in words[:-1]):
        return None  # (initials: a person's, ‘J.T. Morrow said it would …’)
    if gender_of(words[0]) is not None or low[0] in HONORIFICS or low[0] == "the" or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or any(w in ORG_WORDS for w in low):  # (a name of a kind of its own: the other rules' to read)
        return None
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or any(not _trade_lead(r) for r in cast.roles_of(known))):
        return None  # (the cast's role for it may be only its trade: ‘Refrigerated haulier’)
    last = regex.escape(words[-1])
    if regex.search(rf"(?<!{regex.escape(words[-2])} )\b{last} (?:said|says|told|added)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {last}\b",
                    text, endpos=at) is not None:
        return None  # (its last word alone, speaking or after an honorific: a surname, ‘Amara Okafor … Okafor said’)
    if any(not (m.start <= o.start() < m.end) and not _known_person_word(o.group().split()[0], cast)
           for o in RE_NAME_SPOKE.finditer(text, lo, at)) \
            or _kind_told_before(text, at, noun, m.start):
        return None  # (another name's speaking is what makes two candidates, unless it is a person's, ‘managing
        # director Phil Danbury said’, who is never "the company"; a body only named, ‘in Co Roscommon’, ‘after
        # Hennepin County cut funding’, is none)
    return Person(m.text, kind="organisation")


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


#: The kinds a broadcaster is called by again, whose letters must stand alone (never ‘The regulator BCA
#: said …. “…,” the broadcaster said’: the regulator is another body).
BROADCAST_NOUNS = frozenset(("network", "broadcaster"))

#: Kinds a public body's bare letters may be called by again (‘ICE said …. “…,” the agency said’);
#: never "administration", which is as often a president's government (‘GOP said … the administration said’).
#: A broadcaster by its letters is as much one (‘ZBN said in a statement …. “…,” the network said’).
LETTERS_BODY_NOUNS = ACRONYM_BODY_NOUNS - {"administration"} | BROADCAST_NOUNS


#: A word in lower case next, past a name set off (‘, Harbour Watch, surveyed’), never a list's next name
#: (‘, Labour, Conservative and Green members alike,’) (review rv66d).
#:
#: >>> RE_LOWER_WORD_NEXT.match(" surveyed 40 towns") is not None, RE_LOWER_WORD_NEXT.match(" Conservative and") is None
#: (True, True)
RE_LOWER_WORD_NEXT = LazyPattern(r" \p{Ll}")


#: A sentence opening with a body's letters of five or six, the next word in lower case (‘UNICEF warned
#: of …’, ‘In a statement, UNHCR said …’); never a headline's word in capitals (‘FLOODS HIT …’) (w66d).
#:
#: >>> RE_LETTERS_OPEN.match(" In a statement, UNHCR said it").group(1), RE_LETTERS_OPEN.match("FLOODS HIT TOWN") is None
#: ('UNHCR', True)
RE_LETTERS_OPEN = LazyPattern(r"\s*(?:(?:In|On) [^,.;:“”\"]{1,40}, )?(\p{Lu}{5,6})(?= \p{Ll})")


def _public_letters_spoke(text: str, m: Mention, s_hi: int, noun: str, at: int, cast: Cast) -> bool:
    """The subject ``m`` of the sentence right before "the <noun>" is a public body's bare letters
    that spoke (‘In a statement, ICE said the operation …. “…,” the agency said’, ‘KRA said the levy
    …. “…,” the authority said’): "the agency" is that body, as the article calls it. Never a firm's
    letters ("GM said …. the company said": no kind told), a country's ("the US said"), a person the
    article knows by them, or when another body of the kind is named within reach."""
    return m.kind == "name" and m.text.isupper() and m.text.isalpha() and 2 < len(m.text) < 7 \
        and noun in LETTERS_BODY_NOUNS and m.text not in COUNTRY_LETTERS \
        and not (noun in BROADCAST_NOUNS and (_kind_before_letters(text, m.start) or _other_broadcaster_before(text, m))) \
        and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
        and ((known := cast.by_surname.get(m.text.lower())) is None
             or not (known.gender is not None or known.titled or cast.roles_of(known))) \
        and not _other_body_of_kind(text, at, noun, cast, m.text) \
        and regex.search(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir) (?:[\p{{L}}\-]+ ){{0,2}}{noun}\b", text[:at]) is None \
        and RE_PENALISED.search(text, m.end, s_hi) is None
    # (never when the article speaks of some other of the kind, ‘hired a recruitment agency’, nor when the
    # letters are the ones fined or ruled against, the regulator another: ‘AGL said it would contest the fine’)


#: Words of a body being penalised or ruled against (‘would contest the fine’, ‘would appeal the penalty’).
RE_PENALISED = LazyPattern(r"(?i)\b(?:contest|appeal|challenge|dispute|fight)\w* (?:against )?(?:the |its |a |any )?(?:[\w$.\-]+ ){0,3}"
                            r"(?:fine|penalty|ruling|decision|sanction|order)s?\b|\b(?:was|were|been|be|is|are) (?:fined|penalised|penalized|sanctioned)\b")


#: Another broadcaster named before the letters (‘The BBC aired the film …. MTN said …. “…,” the broadcaster said’).
RE_OTHER_BROADCASTER = LazyPattern(r"\b(?:\p{Lu}{3,6}|\p{Lu}\p{L}+ (?:Broadcasting|Television|TV|Radio|Channel))\b")  # (never
# "OK" nor "live TV")


def _other_broadcaster_before(text: str, m: Mention) -> bool:
    """Letters or a broadcaster's word other than ``m``'s own earlier in the text (past a dateline)."""
    lo = d.end() if (d := RE_DATELINE.match(text)) else 0  # (past a dateline: ‘NAIROBI, Kenya — ’)
    return any(x.group() != m.text and x.group() not in COUNTRY_LETTERS
               for x in RE_OTHER_BROADCASTER.finditer(text, lo, m.start))


def _kind_before_letters(text: str, at: int) -> bool:
    """A lower-case kind right before the letters at ``at`` (‘the regulator BCA’, ‘watchdog KCA’)."""
    before = text[max(0, at - 30):at].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() and before[-1] != "the"


def _spelt_before(text: str, letters: str, at: int) -> str | None:
    """The name the text spells out before ``at`` with ``letters`` in brackets after it, its capitals'
    initials being the letters (‘Football Zimbabwe (FZ)’, ‘the Kenya Hockey Association (KHA)’).

    >>> _spelt_before("Athletics Kenya (AK) has banned him. AK said", "AK", 37)
    'Athletics Kenya'
    >>> _spelt_before("Kenya Power (KPLC) said", "KPLC", 18) is None
    True
    """
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    k = text.find(f" ({letters})", 0, at)
    if k < 0:
        return None
    run = RE_NAME_BEFORE_LETTERS.search(text, max(0, k - 80), k)
    if run is None:
        return None
    words = run.group().split()
    caps = [w for w in words if w[:1].isupper()]
    for first in range(len(caps) - len(letters), -1, -1):  # (past a word before the name: ‘The’, ‘Local’)
        if "".join(w[0] for w in caps[first:]) == letters:
            return " ".join(words[words.index(caps[first]):])
    return None


#: A run of capitalised words, with "of", "and" or "for" inside, that ends where the letters' bracket opens.
RE_NAME_BEFORE_LETTERS = LazyPattern(r"\p{Lu}[\p{L}\-’']*(?: (?:(?:of|and|for|the|&) )*\p{Lu}[\p{L}\-’']*)*$")


def _quoted_at(cast: Cast, at: int) -> bool:
    """The offset ``at`` lies inside a quotation's words."""
    k = bisect.bisect_right(cast.quoted, (at, len(cast.text))) - 1
    return k >= 0 and at < cast.quoted[k][1]


def _words_open_cue_sentence(text: str, sp: Span, lo: int, at: int) -> bool:
    """The quotation opens its paragraph at ``lo`` and the cue at ``at`` comes right after its close,
    no sentence ending between: the sentences it holds are its speaker's words, none of the
    paragraph's own (‘“Stocks need protection. The economics are clear,” the agency said’ opens with
    the cue's sentence as much as ‘“Stocks need protection,” the agency said’)."""
    return sp.open_at == lo and sp.close_end is not None and sp.close_end <= at \
        and not sentence_ends(text, sp.close_end, at)


#: Small words inside a body's name (‘Pacific Gas and Electric’, ‘Office of Banking Conduct’).
NAME_JOINS = NAME_JOINERS | {"the"}


def _sides_of_and(words: list[str]) -> tuple[list[str], list[str]]:
    """The words before the first "and" of ``words`` and those after it (one must be there).

    >>> _sides_of_and("Port Harlow Refinery and Delta Sands Refinery".split())
    (['Port', 'Harlow', 'Refinery'], ['Delta', 'Sands', 'Refinery'])
    """
    i = words.index("and")
    return words[:i], words[i + 1:]


def _joined_name(words: list[str]) -> bool:
    """Capitalised words joined by "and", which a sentence's subject finder gives as a description:
    a body's name (‘Pacific Gas and Electric’), or two (‘Castlegate Bank and Rift Valley Bank’)."""
    return "and" in words and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in NAME_JOINS for w in words)


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
    return 1 <= len(words) <= 2 and (words[-1] in FIRM_NOUNS or words[-1] in FIRM_TRADES) \
        and not any(w in FUNCTION_WORDS for w in words)


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


#: A subject's speech right after it, past an aside (‘ said in a statement’, ‘, a rights group, said’).
RE_SUBJECT_SPOKE = LazyPattern(r"(?:, ([^,.;:“”\"]{1,80}),)? (?:also |later |earlier )?"
                                 r"(?:said|says|told|stated|announced|added|warned|wrote|posted|tweeted|confirmed|acknowledged|disclosed)\b")


#: A subject that labels a thing in its own words in marks, right after it or past an aside of where it
#: said so (‘The Houthis, in a message posted by their spokesman, Yahya Saree, dismissed the plan as “…”’,
#: ‘Hamas condemned the raid as “…”’): the body spoke, as with "said".
#:
#: >>> RE_SUBJECT_LABELLED.match(", in a statement posted online, dismissed the hearing as “a farce”") is not None
#: True
#: >>> RE_SUBJECT_LABELLED.match(" rejected the plan on Monday.") is None
#: True
RE_SUBJECT_LABELLED = LazyPattern(r"(?:, (?:in|on|via|through) [^.;:“”\"]{1,120},)? (?:also |later )?"
                                  r"(?:dismissed|described|called|branded|labelled|labeled|termed|denounced|condemned"
                                  r"|rejected|hailed|welcomed)\b[^.;:“”\"]{0,80}[“\"]")


#: A body's denial right after it, past a "which" clause set off (‘The Popular Defence Forces, which
#: have held the hills since 2022, deny attacking farmers’, ‘The Eastern Liberation Army has denied the
#: accusations’): a body that denies speaks as one that said, for "the group said" right after.
#:
#: >>> RE_SUBJECT_DENIED.match(", which has fought the army since April, denies targeting civilians") is not None
#: True
#: >>> RE_SUBJECT_DENIED.match(" has denied the accusations") is not None, RE_SUBJECT_DENIED.match(" denied entry") is None
#: (True, True)
RE_SUBJECT_DENIED = LazyPattern(r"(?:, which [^,.;:“”\"]{1,160},)? (?:has |have |had )?(?:also )?"
                                r"(?:denied|denies|deny|rejected|rejects|reject) (?:the |any |all |targeting |attacking |responsibility|involvement|wrongdoing)")


#: A subject's speech right after a relative "which" clause set off, which tells of a thing and never of
#: a person, however long (‘Gerak, which is backed by several global investors and competes with rival
#: Sapa, said’): its words are the body's own story, never a person's role (‘, the group's chief
#: executive,’ is RE_SUBJECT_SPOKE's aside).
#:
#: >>> RE_WHICH_SPOKE.match(", which is owned by a group of Irish investors and flies to 40 cities, said") is not None
#: True
#: >>> RE_WHICH_SPOKE.match(", which she founded, and her partner said") is None
#: True
#:
#: Disputing an account or a claim is saying so too (‘Brantley Wharves, which runs the depot, disputed that
#: account’, ‘…, which owns the mine, disputes the union's figures’); never a thing disputed of it (‘disputed
#: territory’ is no verb after a "which" clause set off).
#:
#: >>> RE_WHICH_SPOKE.match(", which runs the depot, disputed that account") is not None
#: True
RE_WHICH_SPOKE = LazyPattern(r", which [^,.;:“”\"]{1,160}, (?:also |later |earlier )?"
                             r"(?:said|says|told|stated|announced|added|warned|confirmed|acknowledged"
                             r"|disput(?:ed|es) (?:the|that|this|those|these|its|his|her|their)\b)\b")


#: The rest of a ministry's or a department's list of portfolios after its first, up to the last after
#: "and" (‘, Infrastructure and Transport’ of ‘the Ministry of Land, Infrastructure and Transport’, ‘,
#: Food and the Marine’); each in capitals, so never ‘, the central bank and the tax office’.
#:
#: >>> RE_PORTFOLIOS.match(", Labour and Welfare said").group()
#: ', Labour and Welfare'
#: >>> RE_PORTFOLIOS.match(", which oversees the army, said") is None
#: True
RE_PORTFOLIOS = LazyPattern(r"(?:, \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})+"
                            r" (?:and|&) (?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2}\b(?![’'])")


def _portfolios_end(text: str, name: str, end: int) -> int:
    """Where a ministry's or a department's name ending at ``end`` ends, with the rest of its list of
    portfolios (‘The Ministry of Trade, Industry and Energy’, never ‘the Ministry of Trade’); ``end``
    itself for any other body, or when no list follows."""
    words = name.lower().split()
    of = next((k for k, w in enumerate(words[:-1]) if k > 0 and w in ("of", "for")), None)
    if of is None or not any(w in ("ministry", "department") for w in words[:of]):
        return end  # (its kind before its first portfolio: never ‘Bank of Ireland, Permanent TSB and AIB’)
    more = RE_PORTFOLIOS.match(text, end)
    return end if more is None else more.end()


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


#: Kinds of body that no capital stands for (never "the ministry" after "Moscow said …").
SPEAKING_BODY_NOUNS = FIRM_SIDE_NOUNS | frozenset("group organisation organization charity union network association society "
                                              "federation alliance coalition foundation institute studio publisher band "
                                              "orchestra choir".split()) | NAME_ENDING_BODY_NOUNS


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
    for The Calder County Sheriff's Office), within the reach of one body's look-back."""
    ending = " " + " ".join(words).lower().replace("’", "'")
    names = cast.body_names()
    k = bisect.bisect_left(names, (at - BODY_ENDING_REACH,))  # (only the names within reach: linear)
    best = None
    for start, name, _ in names[k:]:
        if start >= at:
            break
        if (" " + name.lower().replace("’", "'")).endswith(ending):
            best = name
    return Person(best, kind="organisation") if best is not None else None


#: How far back a body's name may be for "the sheriff's office".
BODY_ENDING_REACH = 2500


#: A flight's number after a name and "Flight", which makes the name an airline's (‘Skyline
#: Connect Flight 2291’, ‘Northjet Flight NJ88’).
#:
#: >>> bool(RE_FLIGHT_NUMBER.match(" 2291, an Embraer")), bool(RE_FLIGHT_NUMBER.match(" Crew"))
#: (True, False)
RE_FLIGHT_NUMBER = LazyPattern(r" (?:[A-Z]{2})?\d{1,5}\b")


def _flight_operator(text: str, words: list[str], end: int, noun: str) -> str | None:
    """The airline a flight's name gives, for "the airline" or "the carrier": ‘Skyline Connect
    Flight 2291’ → ‘Skyline Connect’ (the run of capitalised words ends in "Flight", a number after it)."""
    if noun in FLIGHT_OPERATOR_NOUNS and len(words) >= 2 and words[-1] == "Flight" \
            and RE_FLIGHT_NUMBER.match(text, end):
        return " ".join(words[:-1])
    return None


#: The words before a court's "Bench" that make it the bench of judges, no one's name (‘the three-judge
#: Bench’, ‘A five-member Bench’, ‘a full bench’, ‘the Division Bench’).
RE_BENCH_BEFORE = LazyPattern(r"(?:^|\W)(?i:the|a|an)(?: (?:full|larger|special|division|constitution|constitutional"
                                r"|\w+-(?:judge|member|justice)))? $")


def _court_bench(text: str, mention: Mention, how: str) -> str | None:
    """The bench of judges a mention is, as written with its article (‘the three-judge Bench’, ‘A
    two-member bench’, ‘the Bench’); None for anything else, and for a team's bench, which never
    speaks (‘watched from the bench’ is no mention)."""
    words = mention.text.split()
    if words[-1].lower() != "bench" or how not in ("description", "organisation", "name"):
        return None
    if len(words) == 1:  # (a capitalised "Bench" read as a name: its article before it)
        before = RE_BENCH_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        return None if before is None else text[before.start() + (before.group()[:1] not in "tTaA"):mention.end]
    return mention.text if RE_BENCH_BEFORE.fullmatch(" ".join(words[:-1]) + " ") is not None else None


def _court_named(text: str, at: int, cast: Cast) -> Person | None:
    """The one court the article names before ``at`` (‘The Supreme Court has determined …. “…,” the
    Court said’), which its bench or "the Court" stands for; None where it names two, or brings in
    a court unnamed (‘a magistrates' court’, ‘a lower court’) that may be the one."""
    bodies = [(start, name, words) for start, name, words in cast.body_names() if start < at]
    names = {(name[4:] if name.startswith("the ") else name) for start, name, words in bodies if "Court" in words}
    if len(names) != 1 or any("Tribunal" in words for _, _, words in bodies):
        return None  # (nor beside a tribunal, which a court's words may be reporting: ‘The High Court dismissed
        # the petition, and the Labour Tribunal reinstated the workers. “…,” the Court said’)
    name = next(iter(names))
    first = text.find(name)
    if first < 0 or RE_UNNAMED_COURT.search(text, first + len(name), at) is not None:
        return None
    return _body_as_written(text, name, at)


def _body_as_written(text: str, name: str, at: int) -> Person:
    """The body ``name`` (without "the"), with "the" before it when the text writes it so before ``at``."""
    the = text.find("the " + name, 0, at) >= 0 or text.find("The " + name, 0, at) >= 0
    return Person(("the " if the else "") + name, kind="organisation")


#: A court brought in unnamed (‘a lower court’, ‘another court’, ‘a magistrates’ court’).
RE_UNNAMED_COURT = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{Ll}’'\-]+ ){0,2}court\b")


def _weather_name(words: list[str]) -> bool:
    """A weather service's name, by its words.

    >>> _weather_name(["Met", "Office"]), _weather_name(["National", "Weather", "Service"]), _weather_name(["Met", "Police"])
    (True, True, False)
    """
    low = [w.lower() for w in words]
    return any(w in WEATHER_NAME_WORDS for w in low) \
        or any(w == "met" and k + 1 < len(low) and low[k + 1] in MET_NAME_ENDS for k, w in enumerate(low))


def _weather_service(text: str, at: int, cast: Cast) -> Person | None:
    """The weather service "the forecaster" or "the weather service" stands for: the one the article
    names before ``at`` (‘The Met Office has issued an amber warning …. “…,” the forecaster said’).
    None where it names two, or where a forecaster may be a person: one the article names or
    describes (‘Forecaster Carol Pemberton said’, ‘a forecaster at a private firm’, ‘Alex Deakin, a Met
    Office meteorologist,’)."""
    names = {(name[4:] if name.startswith("the ") else name) for start, name, words in cast.body_names()
             if start < at and _weather_name(words)}
    if len(names) != 1:
        return None
    if any(w in WEATHER_PERSON_NOUNS for p in cast.by_surname.values() for r in cast.roles_of(p) for w in r.lower().split()):
        return None
    low = text.lower()
    for noun in WEATHER_PERSON_NOUNS:
        k = low.find(noun)
        while k >= 0:
            after = text[k + len(noun):k + len(noun) + 2]
            if (after[:1] == " " and after[1:].isupper()) or RE_INDEFINITE_KIND.search(low, max(0, k - 40), k):
                return None  # (a person of that trade, by name or unnamed)
            k = low.find(noun, k + len(noun))
    name = next(iter(names))
    return _body_as_written(text, name, at)


#: An indefinite article and up to three words before a kind's noun (‘a forecaster’, ‘one private
#: weather forecaster’, ‘another senior ’).
RE_INDEFINITE_KIND = LazyPattern(r"(?:^|\W)(?:an?|another|one)[ \-](?:[\p{L}\-]+ ){0,3}$")


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
    return head == noun or (noun in FIRM_NOUNS and head in FIRM_NOUNS) or (
        not exact and noun in REGULATOR_NOUNS and head in REGULATOR_NOUNS) or (
        not exact and noun in ("company", "firm") and head in FIRM_SIDE_NOUNS) or (
        not exact and noun == "group" and head in GROUP_KIND_HEADS
        and (head != "network" or words[cut:cut + 1] == ["of"]))
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


#: A firm spoken of by its kind (‘the carmaker’, ‘The company's’).
RE_FIRM_SPOKEN_OF = LazyPattern(r"\b(?i:the) (" + "|".join(sorted(w for w in FIRM_SIDE_NOUNS if " " not in w)) + r")\b")


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
    return Person(fullest if _shortened_name(names[0], fullest) else names[0], kind="organisation")


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


#: A firm's trade set off right after a name (‘Vaultline, a cryptocurrency exchange that …’, ‘Chainlight
#: Analytics, a blockchain analysis firm,’): group 1 the trade.
RE_SET_OFF_TRADE = LazyPattern(r", (?:a|an|the) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b")

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
    return _trade_word(role.split()[-1].lower().strip(".,’'")) if role.split() else False


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
            or (m.role is not None and not (_trade_word(kind_before) and m.role[:1].isupper())):
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


def _object_lede_firm(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, str] | None:
    """The one firm a lede whose subject is someone described acts on, brought in by its trade before its
    name and spoken of again as "the company" later in the sentence (‘A federal bankruptcy judge on
    Wednesday gave crypto lender Arcbridge Finance permission to …, but warned the company that …’).
    None for two firms so brought in, a name no firm's (a given name first, someone the article names), or
    a lede that never says "the company" after it."""
    found = None
    for t in RE_TRADE_BEFORE_NAME.finditer(text, lo, hi):
        if not _trade_word(t.group(1)):
            continue
        run = RE_NAME_RUN.match(text, t.end()) or RE_CAPWORD.match(text, t.end())
        if run is None or run.end() > hi:
            continue
        if found is not None:
            return None  # (two firms: a takeover's, a rival's)
        found = (run, t.group(1))
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


def _unnamed_person(head: str | None, text: str, at: int) -> bool:
    """A description's head that stands for someone the article need not name ("the victim", "the
    door supervisor"): no body, no source kept sexless, and an office only when the article brought
    in someone unnamed who holds it ("a 31-year-old door supervisor"; ‘the Vermont senator’ is a
    named senator)."""
    if head is None or head in THING_NOUNS or head in GENDERLESS_SOURCES or head in COLLECTIVE_NOUNS:
        return False  # (nor "his family", a "they": ‘He doesn't talk much about the war, his family said’)
    return head not in ROLE_NOUNS or head in KIN_NOUNS \
        or _introduced_unnamed(head, another=True).search(text, max(0, at - 2000), at) is not None  # (‘Another landlord’)


def _unheld_office(description: str, cast: Cast) -> bool:
    """A definite or possessive office that no one the article names holds, for a "he" or "she"
    nothing else resolves: ‘The city's police chief said officers had made 12 arrests. “…,” she
    said’ (never past a named holder: ‘Health Secretary Jane Doe …. The secretary said’ is hers)."""
    head = description_head(description)
    first = description.split()[0]
    if head not in OFFICE_NOUNS or not (first.lower() == "the" or first.endswith(("'s", "’s"))):
        return False
    return not any(head in _role_words(r) for p in cast.by_surname.values() for r in p.roles)


@functools.lru_cache(maxsize=256)
def _introduced_unnamed(head: str, another: bool = False, set_off: bool = False) -> re.Pattern:
    # (never the predicate or apposition of someone named: ‘John Hale is a retired soldier’; with
    # ``set_off``, after a comma too, for the caller to tell an opening phrase's from an apposition)
    # (a compound that opens with one of those words is a modifier: ‘an on-chain investigator’)
    # (the words between are the noun's modifiers: never "a question for the crowd"; the stdlib
    # ``re``, whose patterns compile many times faster, with one look-behind per word)
    not_after = "".join(rf"(?<!\b{w}\s)" for w in ("is", "was", "are", "were", "as", "became", "becomes")) + ("" if set_off else r"(?<!,\s)")
    return re.compile(r"\b" + not_after + (r"(?i:a|an|one|another)\s+" if another else r"(?i:a|an|one)\s+")
                      + r"(?:(?!(?i:the|a|an|of|for|to|in|on|at|with|from|by|and|or|his|her|their|its)\b(?!-))[\w\-]+\s+){0,4}?"
                      + re.escape(head) + r"\b")


@functools.lru_cache(maxsize=256)
def _definite_again(head: str) -> re.Pattern:
    """A sentence opening with "The", a word or three and ``head``: one described before, again."""
    return re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))The ((?:[a-z\-]+\s+){1,3}?)" + re.escape(head) + r"\b", re.MULTILINE)


def _same_paragraph(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    """The offsets ``a`` and ``b`` lie in one paragraph."""
    return any(s <= a and b <= e for s, e in paras)


def _introduced_description(text: str, at: int, head: str, cast: Cast) -> tuple[str, int] | None:
    """The description that last brought in, unnamed, someone "the <head>" at ``at`` stands for,
    within 2,000 characters and outside quotations, with what follows its noun up to a clause
    (‘a retired dentist from Leeds’, ‘a co-worker’, ‘one witness’), and where it ends."""
    m = None
    for c in _introduced_unnamed(head, another=True, set_off=True).finditer(text, max(0, at - 2000), at):
        if text[max(0, c.start() - 2):c.start()] != ", " or _subject_after_opening(text, c):
            m = c  # (and ‘Another official, who works at the State Department, disagreed’; after a comma,
            # only the subject after an opening phrase: ‘During a visit, an inspector found …’)
    if m is None:
        return None
    again = None  # a sentence since that opens with the one introduced before, by its words: ‘A senior
    for again in _definite_again(head).finditer(text, m.end(), at):  # defense official said …. A third
        pass  # official …. The senior defense official said …. “…,” the official said’
    if again is not None:
        first = None
        for first in re.finditer(r"\b(?i:a|an|one)\s+" + re.escape(again.group(1)) + re.escape(head) + r"\b",
                                 text[max(0, at - 2000):m.start()]):
            pass
        if first is not None:
            m = _introduced_unnamed(head, another=True).match(text, max(0, at - 2000) + first.start()) or m
    window = text[max(0, m.start() - 3):m.start()]
    before = window.rstrip()
    if not (_speaks_after(text, m.end()) or not before or before[-1] in ".!?”\"" or "\n" in window
            or _subject_after_opening(text, m)):
        return None  # (someone who speaks or opens a sentence: never ‘voters want a president who
        # listens’, ‘the hospital hopes to recruit a surgeon’)
    if _quoted_at(cast, m.start()):
        return None  # (words of a quotation introduce no one)
    end = m.end()
    # (never a time after it for a place: ‘a board member at the time’ is the board member)
    tail = None if RE_DESCRIPTION_TIME_TAIL.match(text, end) else RE_PLACE_AFTER.match(text, end)
    if tail is not None:
        end = tail.end()  # ("from Leeds", "at the scene")
    else:
        end = _office_served_end(text, end)  # ("an adviser to the president")
        end = _unnamed_one_of_end(text, end)  # ("a representative of another major donor")
    desc = text[m.start():end]
    return (desc[0].lower() + desc[1:] if desc[1:2].islower() or desc[1:2] == " " else desc), end


def _subject_after_opening(text: str, m: re.Match) -> bool:
    """The description ``m`` opens the main clause after an opening phrase set off by a comma, and
    no comma sets it off in turn (‘During a March visit, an inspector found droppings.’, ‘In
    correspondence seen by the paper, a consultant raised concerns.’; never an apposition of a name
    in the phrase: ‘In a letter to Tom Hale, a retired judge, …’).

    >>> text = "During a visit, an inspector found mould. In a letter to Tom Hale, a retired judge, wrote."
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("inspector", set_off=True).finditer(text)]
    [True]
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("judge", set_off=True).finditer(text)]
    [False]
    """
    return text[m.end():m.end() + 1] not in (",", "") and _opens_clause_at(text, m.start())


#: Where an unnamed person is from or was, after their noun: " from Leeds", " at the scene", with the
#: number a unit, a ward or a station goes by (" from Engine 6", " on Ward 9"), up to a clause or a
#: punctuation mark.
#:
#: >>> [RE_PLACE_AFTER.match(t).group() for t in (" from Leeds,", " from Engine 6, who", " at the scene.")]
#: [' from Leeds', ' from Engine 6', ' at the scene']
#:
#: And whose associate they are, by name (" of Balogun told"), never a lower-case object:
#:
#: >>> RE_PLACE_AFTER.match(" of Ade Balogun told").group(), RE_PLACE_AFTER.match(" of the plan said")
#: (' of Ade Balogun', None)
#:
#: And where they are, before a verb of being that opens the sentence's predicate (w65g):
#:
#: >>> RE_PLACE_AFTER.match(" in the group was more guarded").group()
#: ' in the group'
RE_PLACE_AFTER = LazyPattern(r" (?:from|in|at|near|outside|inside|on|of) (?:the )?(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}"
                               r"(?: \d{1,4}\p{Lu}?)?"
                               r"|scene|street|building|site|shop|store)(?=[,.;:!?]| (?:who|that|which|said|says|told)\b)"
                               r"| (?:at|in|from|with) (?:one of )?(?:the|a|an) [\p{L}’'\-]+(?: [\p{L}\d’'\-]+){0,5}?"
                               r"(?=, (?:who|which)\b| (?:who|that|said|says|told|was|were)\b)")


#: Offices whose holders an epithet of age after another's story never stands for (the coach, the
#: council leader, the headteacher speak of others).
OFFICE_NOUNS = frozenset("""
coach manager senator leader headteacher headmaster headmistress spokesperson spokesman spokeswoman mayor
minister president director chief officer official secretary chairman chairwoman chair governor councillor councilor
councilman councilwoman judge prosecutor commissioner superintendent sheriff referee umpire
inspector detective constable sergeant captain representative congressman congresswoman lawmaker mp
""".split())
