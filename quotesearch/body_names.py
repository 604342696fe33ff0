"""A body's name and its words: datelines, a statement's issuer and its owner, central banks, a firm's
documents, the words of a body's name each noun may stand for (BODY_NAME_WORDS), sport and French
bodies, names joined by "and" and a ministry's portfolios.
"""

from __future__ import annotations

import bisect

import regex

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_NATIONALITIES, NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.document_words import DOCUMENT_NOUNS
from quotesearch.body_words import (
    BODY_PLURALS, BUSINESS_WORDS, FAITH_BODY_NAME_WORDS, FRENCH_BODY_HEADS, PUBLISHER_NAME_WORDS, SPORT_BODY_WORDS,
    TEAM_WORDS,
)
from quotesearch.mention_words import Mention, description_head
from quotesearch.body_name_ends import NAME_JOINERS
from quotesearch.body_scopes import BODY_NAME_HEADS
from quotesearch.name_parts import NOT_NAMES, gender_of, is_organisation
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.nicknames import BODY_NOUNS, FIRM_NOUNS


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
#: >>> bool(RE_DATELINE.match("New Delhi: The Supreme Court")), bool(RE_DATELINE.match("Jones: We will"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Navi Mumbai: A senior")), bool(RE_DATELINE.match("Jones: “The end”"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Cúcuta, Colombia – Yusmary")), bool(RE_DATELINE.match("Yes, Minister - The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("(RNS) — More than")), bool(RE_DATELINE.match("(D) – who"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("March 9 (Reuters) - The director")), bool(RE_DATELINE.match("Chapter 9 - The"))
#: (True, False)
#:
#: A wire of two words in its tag too, after its date (w98c): ‘Aug 14 (Harbour Wire) -’; never a country of
#: two words after a place (‘Tonga (New Zealand) – who’), nor a name in brackets after a sentence's words.
#:
#: >>> bool(RE_DATELINE.match("Aug 14 (Harbour Wire) - Kelvane")), bool(RE_DATELINE.match("Sam Reed (Harbour Wire) said"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Tonga (New Zealand) - who"))
#: False
#:
#: >>> bool(RE_DATELINE.match("New Delhi, Mar 14 (PTI) The court")), bool(RE_DATELINE.match("Jane Roe, Mar 14 (ed) The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Dhaka, Jan 7 -- Chief Election")), bool(RE_DATELINE.match("Dhaka, Jan 7 was cold"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Tarsa, June 3, 2024, SPA -- The")), bool(RE_DATELINE.match("Tarsa, June 3, 2024, she"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("KARAMABAD, Jun 14 (APP): Foreign")), bool(RE_DATELINE.match("KARAMABAD (APP): “We”"))
#: (True, False)
#: >>> bool(RE_DATELINE.fullmatch("WILKES-BARRE, Pa. — ")), bool(RE_DATELINE.fullmatch("SAINT-ALBAN, N.B. — "))
#: (True, True)
RE_DATELINE = LazyPattern(
    r"\s*+(?:\p{Lu}[\p{Lu}.'’]*+(?:-\p{Lu}[\p{Lu}.'’]*+)*+(?:[ \t]++[\p{Lu}.'’]++(?:-\p{Lu}[\p{Lu}.'’]*+)*+)*+"
    r"(?:,\s*+\p{Lu}[\p{L}.]*+,?+(?:\s(?:\p{Lu}[\p{L}.]*+|\d{1,4}+),?+){0,3})?"  # ", Miss." or ", July 25"
    r"(?:\s*(?:\([^)]*\)|/\p{Lu}[\p{L}]++/))?"  # (and a wire's tag: "(GLOBE NEWSWIRE)", "/PRNewswire/")
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+(?:\s*\(\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+\))?(?:[ \t]\d{1,2}+)?"
    r"\s*\((?:\p{Lu}[\p{L}]{1,9}+|(?<=\d[ \t]\()\p{Lu}\p{Ll}{1,9}+[ \t]\p{Lu}\p{Ll}{1,9}+)\)|\s*+\(\p{Lu}[\p{L}]{1,9}+\))"  # "Washington (AFP) –", and its country
    # first: "Jaén (Spain) (AFP) -"; a wire's date with no place: "March 9 (Reuters) -"; and a wire's tag
    # alone: "(RNS) —", "(AP) —", never a speaker
    r"\s*(?:[—–\-]+|>>|(?<=\)):(?=[ \t]\p{Lu}))\s*(?:\(\p{Lu}[\p{Lu} ]*+\)[—–\-]+\s*)?"  # (a wire's tag between dashes:
    # "--(BUSINESS WIRE)--"; and a colon after the tag, as Pakistan's APP writes it: "KARAMABAD, Jun 14 (APP): The …")
    r"|\s*+\p{Lu}{3,}+(?:[ \t]\p{Lu}{2,}+){0,2}+:[ \t]++(?=\p{Lu}\p{Ll})"  # "NEW DELHI: Prime …", never "TRUMP: “…”"
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+:[ \t]++(?=(?:The|An?)[ \t]\p{L})"  # and in title case before a
    # subject with its article (w129g): "New Delhi: The Supreme Court …", never "Jones: We …" nor "Jones: “…”"
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
                               r"|message|note|notice|tweet|caption|FAQs?|submission|memorandum|memo|briefing)")

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


#: The last words of a transport operator's name, what it runs (‘Coastway Trains’, ‘Harbour Buses’), which
#: "the operator" stands for as it does a firm's (w97b).
#:
#: >>> "trains" in TRANSPORT_OPERATOR_WORDS, "train" in TRANSPORT_OPERATOR_WORDS
#: (True, False)
TRANSPORT_OPERATOR_WORDS = frozenset("trains buses coaches trams ferries rail railways".split())


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
    # a transport operator by what it runs (‘Coastway Trains apologised. … the operator said’, ‘Harbour Buses’) (w97b)
    "operator": BUSINESS_WORDS | TRANSPORT_OPERATOR_WORDS,
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
    # a political party by its name's last word (‘The opposition Civic Renewal Party called for …. “…,” the
    # party said’); never "front", "alliance" or "movement", which as often name a coalition or a militia (w67a)
    "party": frozenset(("party",)),
    "charity": frozenset("trust foundation appeal aid relief action network mission".split()),
    "broadcaster": frozenset("network news channel broadcasting corporation".split()),
    **FAITH_BODY_NAME_WORDS,
}


#: Words of a dockers' trade that name no body but their union (‘the Atlantic and Gulf Longshore Alliance’,
#: ‘the Eastport Dockworkers Coalition’), which "the union" stands for when the name ends in a kind
#: of body of members (:data:`UNION_TRADE_NAME_HEADS`), never a fund's or a plan's (‘the Westcoast
#: Longshore Pension Plan’).
#:
#: >>> "longshore" in UNION_TRADE_WORDS, "shipping" in UNION_TRADE_WORDS
#: (True, False)
UNION_TRADE_WORDS = frozenset("longshore longshoremen dockworkers".split())

#: The last words of a members' body's name that a union by its trade's word may end in.
UNION_TRADE_NAME_HEADS = frozenset("alliance coalition association federation guild council brotherhood".split())


def _body_of_kind(words: list[str], noun: str) -> bool:
    """A body's name (its words) that "the <noun>" may stand for.

    >>> _body_of_kind(["Transport", "Workers", "Union"], "union"), _body_of_kind(["European", "Union"], "union")
    (True, False)
    >>> _body_of_kind(["Hollister", "Insurance"], "company"), _body_of_kind(["Department", "of", "Insurance"], "company")
    (True, False)
    >>> _body_of_kind(["Gulf", "Longshore", "Alliance"], "union"), _body_of_kind(["Gulf", "Shipping", "Alliance"], "union")
    (True, False)
    >>> _body_of_kind(["Gulf", "Longshore", "Employers", "Association"], "union")
    False
    """
    kinds = BODY_NAME_WORDS.get(noun)
    if noun == "central bank":  # (only a central bank's name: never "Kelso Savings Bank")
        return RE_CENTRAL_BANK_NAME.search(" ".join(words)) is not None
    if noun == "district":  # (its kind's word ends the name: never "the District Attorney's Office",
        # "Unified Police Department"; or opens its "of" phrase, as Canada's regional districts are named:
        # ‘the Regional District of Kettle Highlands’, w74b)
        low = [w.lower().strip(".,’'") for w in words]
        return bool(low) and (low[-1] in (kinds or ()) | {noun} or _kind_before_of(low, noun))
    if noun == "charity":  # (a charity's word ends its name, and no health service's or fund's trust: never
        # ‘Network Rail’, ‘Barts Health NHS Trust’, ‘Scottish Mortgage Investment Trust’: review rv61e)
        low = [w.lower().strip(".,’'") for w in words]
        return bool(low) and (low[-1] in (kinds or ()) or low[-1] == noun) and not {"nhs", "investment"} & set(low)
    if noun == "coastguard":  # (in one word or two: ‘the Hellenic Coast Guard’, ‘HM Coastguard’, w83a)
        low = [w.lower().strip(".,’'") for w in words]
        return bool(low) and (low[-1] == "coastguard" or low[-2:] == ["coast", "guard"])  # (its name ends in
        # the kind: never ‘the Coast Guard Foundation’, ‘the Coast Guard Academy’, ‘the Coast Guard Auxiliary’, review rv83a)
    if noun == "union" and len(words) > 1 and words[-1].lower().strip(".,’'") in UNION_TRADE_NAME_HEADS | UNION_TRADE_WORDS \
            and any(w.lower().strip(".,’'") in UNION_TRADE_WORDS for w in words) \
            and not any(w.lower().startswith("employer") for w in words):  # (never the employers' side of the
        # table: ‘the Southeast Longshore Employers Association’, review rv130n)
        return True  # (‘the Atlantic and Gulf Longshore Alliance …. The union said’; its words before the head,
        # ‘Atlantic and Gulf Longshore’, name it too, as ‘Harbour Workers’ does the Harbour Workers Alliance)
    if noun == "force":  # (a police force by its name's words only: never ‘the Royal Air Force’, ‘the Border Force’)
        return bool({w.lower().strip(".,’'") for w in words} & (kinds or frozenset()))
    if noun in FIRM_NOUNS and words and (words[-1].lower() in PUBLIC_BODY_ENDINGS or any(
            a.lower() in PUBLIC_BODY_ENDINGS and b == "of" for a, b in zip(words, words[1:]))):
        return False  # (a public body, whatever its other words: "the Securities and Exchange Commission", its
        # remit after "of" a trade's: ‘the state Department of Insurance’ is no insurer, w122b)
    if noun == "union" and len(words) == 2 and words[0].lower() in NATIONALITY_WORDS:
        return False  # (a union of states by a people's adjective, never the workers' "union" of a labour
        # story: ‘rules required by the European Union …. “…,” the union said’)
    low = {w.lower().strip(".,’'") for w in words}
    return noun in low or (kinds is not None and bool(low & kinds)) or _french_kind(words) == noun \
        or (noun in SPORT_BODY_NOUNS and _sport_body(words)) or (noun == "hospital" and any(
            a.lower() == "medical" and b.lower().strip(".,’'") in ("center", "centre") for a, b in zip(words, words[1:])))
    # (‘Bellmoor Medical Center’ is a hospital; never ‘the Harlow County Medical Examiner’, ‘the State Medical
    # Board’, ‘the Welsh Medical Association’, ‘Westfield Medical Supplies’: rv24)


def _kind_before_of(low: list[str], noun: str) -> bool:
    """The body's kind opens its name's "of" phrase (the lower-cased ``low``), the name of the place after it in
    capitals: ‘Regional District of Kettle Highlands’, ‘Municipal District of Bighorn’.

    >>> _kind_before_of(["regional", "district", "of", "kettle", "highlands"], "district")
    True
    >>> _kind_before_of(["district", "attorney", "of", "kent"], "district")
    False

    A nation's or a court's district is a place, never a council: ‘the District of Columbia’, ‘the Federal
    District of Brasilia’, ‘the Eastern District of Michigan’, ‘the U.S. District of Oregon’ (review rv74b).

    >>> [_kind_before_of(w.split(), "district") for w in ("district of columbia", "eastern district of michigan",
    ...  "district of oregon", "federal district of brasilia", "district of saanich")]
    [False, False, False, False, True]
    """
    k = low.index("of", 1) if "of" in low[1:-1] else 0
    if k == 0 or low[k - 1] != noun:
        return False
    place = " ".join(low[k + 1:])
    return not (set(low[:k - 1]) & PLACE_DISTRICT_QUALIFIERS or place in ONE_WORD_PLACES or place in PLACE_DISTRICTS
                or place in TWO_WORD_PLACES_LOWER)


#: Words before "District of" naming a court's, a nation's or an electorate's district, a place (review rv74b).
PLACE_DISTRICT_QUALIFIERS = frozenset("""northern southern eastern western middle central federal congressional
judicial electoral capital u.s us""".split())

#: Districts of "District of" that are places whatever comes before (review rv74b).
PLACE_DISTRICTS = frozenset(("columbia", "new york", "new jersey", "new mexico", "new hampshire", "rhode island",
                             "north carolina", "south carolina", "north dakota", "south dakota", "west virginia",
                             "puerto rico"))

#: :data:`TWO_WORD_PLACES` in lower case, as :func:`_kind_before_of` reads a name's words.
#:
#: >>> "new zealand" in TWO_WORD_PLACES_LOWER
#: True
TWO_WORD_PLACES_LOWER = frozenset(p.lower() for p in TWO_WORD_PLACES)


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


#: Small words that open a body's remit after its head (‘Institute of Advanced Materials’, ‘Institute for
#: Atmospheric Research’), as the article's runs of a name hold them.
#:
#: >>> "for" in REMIT_JOINERS, "and" in REMIT_JOINERS
#: (True, False)
REMIT_JOINERS = frozenset(("of", "for"))


def _head_of_name(words: list[str]) -> str:
    """The head of a body's name, in lower case: the word before its remit's "of" or "for" (‘Department’
    of ‘Department of Revenue’), else its last word (w128a).

    >>> _head_of_name("Department of Revenue".split()), _head_of_name("Postal Service".split())
    ('department', 'service')
    """
    k = next((i for i, w in enumerate(words) if w in REMIT_JOINERS), len(words))
    return words[k - 1].lower() if k > 0 else ""


#: Words after a body's name that make the run another thing, a ground or an arm of it: never its fuller
#: name (‘Harwick Bank Stadium’ of ‘Harwick Bank’, ‘Dunmore Rovers Foundation’) (review rv75b).
#:
#: >>> "stadium" in FULLER_NAME_PLACE_WORDS, "drug" in FULLER_NAME_PLACE_WORDS
#: (True, False)
FULLER_NAME_PLACE_WORDS = frozenset("""stadium arena ground grounds park theatre hall museum gallery centre center
academy foundation federation trust union cargo""".split())


def _names_a_place(words: list[str]) -> bool:
    """A word of ``words`` is a nation's or a one-word place's (‘Scottish’, ‘Texas’): words before a body's
    name that make it a branch of its own, another body (review rv117a).

    >>> _names_a_place(["Scottish"]), _names_a_place(["Bay", "County"])
    (True, False)
    """
    return any(w.lower() in NATIONALITY_WORDS or w.lower() in ONE_WORD_PLACES for w in words)


def remit_widened_body_name(cast: Cast, name: str, before: int) -> str:
    """A body's name as a speaker, widened by the remit the article wrote after its head before ``before``
    (‘the Osterberg Institute’ of ‘Osterberg Institute of Advanced Materials’), or by its owner's words
    before it (‘the Ferry Authority’ of ‘Bay County Ferry Authority’): only those widenings of
    :func:`_fuller_body_name`, which a body named by itself takes too; else the name as given.

    >>> t = "The Halloway Institute for Atmospheric Research led it. The Halloway Institute said"
    >>> remit_widened_body_name(Cast(t), "the Halloway Institute", 70)
    'Halloway Institute for Atmospheric Research'
    >>> t = "The Harwick Bank Stadium shut. Harwick Bank said"
    >>> remit_widened_body_name(Cast(t), "Harwick Bank", 40)
    'Harwick Bank'
    """
    core = name.removeprefix("the ")
    if " " not in core or _head_of_name(core.split()) not in BODY_NAME_HEADS:
        return name  # (a head before its remit too: ‘the Department of Revenue’ of ‘Kessling Department of Revenue’, w128a)
    fuller = _fuller_body_name(cast, name, before)
    if fuller.startswith(tuple(f"{core} {joiner} " for joiner in REMIT_JOINERS)):
        first = cast.text.find(core)  # (never when the short name came first, maybe another body's:
        # ‘The Marlow Institute said …. The Marlow Institute of Technology, a separate college,’; review rv117a)
        return fuller if cast.text.startswith(fuller, first) else name
    added = fuller.removeprefix("the ")[:-len(core)].split() if fuller.endswith(" " + core) else []
    return fuller if name.startswith("the ") and added and not _names_a_place(added) else name  # (never a
    # state's or a nation's branch, another body: ‘the Texas Republican Party’ is no "the Republican Party"; review rv117a)


def _opens_or_after_the(text: str, full: str, at: int) -> bool:
    """A body's name ``full`` found at or after ``at`` in ``text`` opens its sentence or comes after "the" (or
    is written with its "the"): ‘Dorset and Wiltshire Fire and Rescue Service was called’, ‘The Hereford and
    Worcester Fire and Rescue Service said’; never after a preposition or another word, where "and" may join
    two bodies (‘Crews from Bristol and Avon Fire and Rescue Service attended’) (guard w93b).

    >>> _opens_or_after_the("Hi. Mid and West Wales Fire Service came.", "Mid and West Wales Fire Service", 0)
    True
    >>> _opens_or_after_the("Crews from Kesby and Vale Fire Service came.", "Kesby and Vale Fire Service", 0)
    False
    """
    if full[:4].lower() == "the ":
        return True
    k = text.find(full, at)
    if k < 0:
        return False
    before = text[max(0, k - 40):k]
    m = regex.search(r"(\S*)(\s*)$", before)
    word, space = m.group(1), m.group(2)
    return not word or "\n" in space or word.lower() == "the" or word[-1] in ".!?:;\"“”‘’'"


def _fuller_body_name(cast: Cast, name: str, before: int) -> str:
    """The fuller name the article gave a body before ``before`` when the speaker's name is a short form
    of it, as a person's surname stands for the full name: its first words (‘Fire and Emergency’ of ‘Fire
    and Emergency NZ’, ‘Albion & Wessex’ of ‘Albion & Wessex Bank’) or its words after a place (‘the
    Division of Medicaid’ of ‘the Mississippi Division of Medicaid’); the name as given when no one such
    name, or two, are written, or the rest is a person's or an office's. The caller decides which
    speakers it widens: a firm's short form by its name alone stays as written (w75b).

    >>> t = "Figures came from the Mississippi Division of Medicaid. The Division of Medicaid said it was sorry."
    >>> _fuller_body_name(Cast(t), "the Division of Medicaid", 60)
    'the Mississippi Division of Medicaid'
    >>> t = "Customers of WellPoint Drug got letters. WellPoint said it was sorry."
    >>> _fuller_body_name(Cast(t), "WellPoint", 50)
    'WellPoint Drug'
    >>> t = "A report by the Ashby and Wold Fire and Rescue Service came out. Wold Fire and Rescue Service said"
    >>> _fuller_body_name(Cast(t), "Wold Fire and Rescue Service", 70)
    'the Ashby and Wold Fire and Rescue Service'
    >>> t = "The Osterberg Institute of Advanced Materials found it. The Osterberg Institute said it was sorry."
    >>> _fuller_body_name(Cast(t), "the Osterberg Institute", 60)
    'Osterberg Institute of Advanced Materials'
    >>> t = "Trains stopped, the Bay County Ferry Authority said. Later the Ferry Authority said it was sorry."
    >>> _fuller_body_name(Cast(t), "the Ferry Authority", 60)
    'the Bay County Ferry Authority'
    >>> t = "Harlow Motors Chief Executive Gunnar Lindqvist quit. Harlow Motors said it was sorry."
    >>> _fuller_body_name(Cast(t), "Harlow Motors", 60)
    'Harlow Motors'
    >>> t = "The match was at the Harwick Bank Stadium. Harwick Bank said it was sorry."
    >>> _fuller_body_name(Cast(t), "Harwick Bank", 44)
    'Harwick Bank'
    """
    the = name[:4].lower() == "the "
    core = name[4:] if the else name
    if not core[:1].isupper() or ((known := cast.by_surname.get(core.split()[-1].lower())) is not None
                                  and (known.gender is not None or known.titled or cast.roles_of(known))):
        return name  # (never a person's name: a body named after one is no fuller name of theirs)
    found = set()
    for at, full, _ in cast.body_names():
        bare = full[4:] if full[:4].lower() == "the " else full
        k = regex.search(r"(?<![\p{L}\p{M}’'\-])" + regex.escape(core) + r"(?![\p{L}\p{M}’'\-])", bare)
        if at >= before or k is None:
            continue
        prefix, rest = bare[:k.start()].split(), bare[k.end():].split()
        if rest and (not prefix or prefix[-1].islower()):
            fuller = core + " " + " ".join(rest)  # (past a sentence's opening words: ‘Customers of WellPoint Drug’)
        elif not rest and the and " " in core and len(prefix) == 1 and prefix[0].lower() in ONE_WORD_PLACES:
            fuller, rest = "the " + prefix[0] + " " + core, prefix
        elif not rest and the and len(core.split()) >= 2 and _head_of_name(core.split()) in BODY_NAME_HEADS \
                and 1 <= len(prefix) <= 2 and all(w[:1].isupper() and w.isalpha() for w in prefix) \
                and not _names_a_place(prefix):
            fuller, rest = ("the " if full[:4].lower() == "the " else "") + bare, prefix  # a public body's name
            # without its owner's words, "the" before it: ‘the Ferry Authority’ of ‘Bay County Ferry Authority’;
            # never a nation's or a state's, another body of that name (‘the Scottish Labour Party’ is no "the
            # Labour Party", nor ‘the German Finance Ministry’ the one in Athens; review rv117a)
        elif not rest and len(core.split()) >= 3 and len(prefix) == 2 and prefix[1] == "and" \
                and prefix[0][:1].isupper() and prefix[0].isalpha() and _opens_or_after_the(cast.text, full, at):
            fuller, rest = full, prefix[:1]  # a service named for two places, read from its second: ‘Vale Fire and
            # Rescue Service’ of ‘the Greyford and Vale Fire and Rescue Service’ (w93b); never after a preposition,
            # where "and" may join two services: ‘Crews from Kesby and Vale Fire and Rescue Service’ (guard w93b)
        else:
            continue
        if rest and rest[0] in REMIT_JOINERS and len(rest) > 1 and core.split()[-1].lower() in BODY_NAME_HEADS:
            if is_organisation(rest[1:]) or cast.text.startswith(("’s", "'s"), cast.text.find(bare, at) + len(bare)):
                continue  # (never another body after "for" or "of", ‘the Kessler Institute for Vale University’,
                # nor a run cut at a possessive, ‘Brandt Institute for Children’s Health’; review rv117a)
            rest = rest[1:]  # (a body's remit after its head, which a story leaves off: ‘the Osterberg Institute’
            # of ‘Osterberg Institute of Advanced Materials’, ‘the Halloway Institute for Atmospheric Research’)
        if len(rest) > 2 or any(not w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in NOT_NAMES for w in rest) \
                or gender_of(rest[0]) is not None or any(w.lower() in FULLER_NAME_PLACE_WORDS for w in rest) \
                or ((known := cast.by_surname.get(rest[-1].lower())) is not None
                    and (known.gender is not None or known.titled)):
            continue  # (never an office or a person after it: ‘Harlow Motors Chief Executive Gunnar Lindqvist’)
        found.add(fuller)
    return found.pop() if len(found) == 1 else name
