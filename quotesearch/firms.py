"""Bodies and firms beside people: whether a run names an organisation, a firm's town or a
body's part, and the participles and attributive words that make a name no person's.
"""

from __future__ import annotations

import functools
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.place_words import COUNTRY_NATIONALITIES, STATE_AP_FORMS, US_STATE_FORMS
from quotesearch.name_words import HONORIFICS, PATRONYMIC_ENDINGS
from quotesearch.body_words import (
    BODY_KIND_EPITHETS, BODY_MEASURE_WORDS, BUSINESS_WORDS, FIRM_HEADS_OF_PLACE, FIRM_SET_OFF_TRADES, ORG_WORDS,
)
from quotesearch.role_words import OFFICE_NAME_JOINERS, OFFICE_WORDS, ROLE_NOUNS, SEAT_TITLES, TITLE_PARTICIPLES
from quotesearch.mentions import QUANTITY_WORDS
from quotesearch.mention_words import verb_shaped
from quotesearch.backward_descriptions import PARTITIVES
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import gender_of, is_organisation, written_surname_first
from quotesearch.tokens import tokenize, written_elsewhere
from quotesearch.people import PLACE_HEADS, PLACE_LEADS_FIRST, fold_apostrophes
from quotesearch.full_names import SENTENCE_STARTS, _attributive
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES


#: Capitalised qualifiers that open a sentence before a title, never a name's first word.
QUALIFIER_LEADS = frozenset("former ex late then acting interim retired veteran fellow longtime".split())


def _firm_town_after(text: str, end: int, words: Sequence[str]) -> bool:
    """A firm's name of two words or more, ending in a firm's word, then "of" and one word that the
    text follows with a comma and a state or a country: the town the firm is based in, no part of
    its name (‘Tessaract Defense Systems of Huntsville, Alabama, said’, ‘Kestrel Robotics of Pune,
    India’), the state also in the AP's abbreviation with its full stop (‘… of Biloxi, Miss., said’).
    Never a firm whose head takes its place (‘the Bank of Ireland’, ‘Royal Bank of Scotland’), nor a
    body that is no firm (‘the University of Leeds, England’).

    >>> _firm_town_after("Tessaract Defense Systems of Huntsville, Alabama, and", 39, "Tessaract Defense Systems of Huntsville".split())
    True
    >>> _firm_town_after("Allied Irish Bank of Cork, Ireland", 25, "Allied Irish Bank of Cork".split())
    False
    >>> _firm_town_after("Brackwater Marine Industries of Biloxi, Miss., said", 38, "Brackwater Marine Industries of Biloxi".split())
    True
    """
    if len(words) < 4 or words[-2] != "of" or not text.startswith(", ", end):
        return False
    head = words[-3].lower()
    if head not in BUSINESS_WORDS or head in FIRM_HEADS_OF_PLACE or any(w in ("of", "for", "the") for w in words[:-2]):
        return False
    place = text[end + 2:end + 40].split(" ", 2)
    first = place[0].rstrip(",.;")
    two = " ".join(place[:2]).rstrip(",.;")
    return (first in US_STATE_FORMS or first in COUNTRY_NATIONALITIES or two in US_STATE_FORMS
            or two in COUNTRY_NATIONALITIES or place[0].rstrip(",;") in STATE_AP_FORMS)


#: Parts of a body, and what it holds, before its name: "Shares of", "Stock of", "Units of".
BODY_PARTS = wordset("shares stock stocks bonds units subsidiaries divisions branches parts")


#: A firm's trade set off right after its name, and ending there (‘Brightline Strategies, a consultancy
#: that …’, ‘Orla Ridge, a Dublin property developer,’), or after "the" and where or how big it is
#: (‘Orbis Lithography, the country’s largest technology company and …’): group 1 the trade's last word.
#:
#: >>> RE_SET_OFF_FIRM.match(", the country’s largest technology company and one of").group(1)
#: 'company'
#: >>> RE_SET_OFF_FIRM.match(", a consultancy that worked for").group(1), RE_SET_OFF_FIRM.match(", the Dallas-based airline,").group(1)
#: ('consultancy', 'airline')
#: >>> RE_SET_OFF_FIRM.match(", the company and the regulator said") is None  # (two speakers, never a name's trade)
#: True
RE_SET_OFF_FIRM = LazyPattern(r", (?:(?:a|an) (?:[\p{L}\-]+ ){0,3}?|the (?:[\p{L}\-]+[’']s )?(?:[\p{L}\-]+ ){0,2}?)(\p{Ll}+)"
                              r"(?=[,.;]| (?:that|which|based|in|owned|run|with|founded)\b| and\b(?! (?:\p{Lu}|the\b)))")


#: A set-off trade after "the" owned by another firm (‘Kestrel Direct, the group’s online lender,’): the
#: name is that firm's unit or brand, never a firm whose first word is its own short form.
#:
#: >>> RE_SET_OFF_OWNED.match(", the company’s new budget airline,") is not None, RE_SET_OFF_OWNED.match(", the country’s largest bank") is None
#: (True, True)
RE_SET_OFF_OWNED = LazyPattern(r", the (?:company|firm|group|parent|owner|carrier|airline|lender|bank|insurer|retailer"
                               r"|studio|chain|conglomerate|business|operator|brand|maker|startup|start-up)[’']s ")


def _set_off_as_firm(text: str, at: int, name: str, words: list[str]) -> bool:
    """A name of two words or more that the text sets off with a firm's trade right after it, though no
    word of the name is a firm's (‘Brightline Strategies, a consultancy that worked for …’): a company, whose
    first word ("Brightline") is its short form. Never a name written after "the", nor a person's name
    (‘Grace Okafor, a company director,’: the trade must end the phrase, and a given name opens no firm's
    name)."""
    if name.startswith("the ") or text[max(0, at - 4):at].lower() == "the ":
        return False  # (a name written after "the" is a title or a body's, never a firm's short form to fill
        # out: ‘the Hurun Report, a wealth research firm, …. Hurun said’ stays "Hurun", and so does ‘the
        # Shanghai-based Hurun Report’)
    written = " ".join(words)
    end = text.find(written, at, at + len(name) + 40)
    end = end + len(written) if end >= 0 else -1
    if end < 0 or not text.startswith((", a", ", the "), end) or gender_of(words[0]) is not None:
        return False
    trade = RE_SET_OFF_FIRM.match(text, end)
    if trade is not None and RE_SET_OFF_OWNED.match(text, end) is not None:
        return False  # (a firm's own unit or brand, whose first word is its owner's short form: ‘Kestrel launched
        # Kestrel Direct, the group’s online lender, …. Kestrel said’ stays "Kestrel"; review rv63c)
    return trade is not None and (trade.group(1) in BUSINESS_WORDS or trade.group(1) in FIRM_SET_OFF_TRADES)


def _part_of_a_body(word: str) -> bool:
    """A plural common noun that a body's name follows with "of" ("Shares", "Members",
    "Employees", "Some"), or a measure of it ("Viewership", "Attendance": BODY_MEASURE_WORDS),
    never a word of the name ("Friends of the Earth" stays a name,
    "Bank of America" too)."""
    return word in BODY_PARTS or word in PARTITIVES or word in QUANTITY_WORDS or word in BODY_MEASURE_WORDS or (
        word.endswith("s") and (word[:-1] in ROLE_NOUNS or word[:-1] in ("member", "employee", "worker")))


def _body_served(words: Sequence[str]) -> int | None:
    """Where the body's name starts in a run that opens with a person by an office or a rank and a
    given name, then "of" the body they serve (‘Battalion Chief Sam Ortiz of the Dale City Fire
    Department’, ‘Cpl. Ana Roy of the Valley RCMP’): the index of the word after "of" (and "the").
    None for a body whose own name holds "of" (‘the Bank of England’, ‘Secretary of State’).

    >>> _body_served("Battalion Chief Sam Ortiz of the Dale City Fire Department".split())
    6
    >>> _body_served("Bank of England".split()), _body_served("Secretary of State Ann Lee".split())
    (None, None)
    """
    if "of" not in words:
        return None  # (a look-up first: most runs hold no "of", and the loop below reads every word)
    for o, word in enumerate(words[:-1]):
        if word != "of" or o < 3:
            continue
        title, rest = split_title(words[:o])
        if len(rest) < o and 2 <= len(rest) <= 4 and gender_of(rest[0]) is not None:
            return o + 1 + (words[o + 1] == "the" and o + 2 < len(words))
        return None
    return None


def _named_place(p: "Person") -> bool:
    """A name of two words or more whose last word is a place's, which nothing in the article shows
    to be a person's: "the Han River", "Namsan Park" (never "Grace Park" with a sex, a role or a
    quotation of her own)."""
    return p.kind == "name" and " " in p.name and p.name[p.name.rfind(" ") + 1:] in PLACE_HEADS and not p.personlike


def _participle_before_name(text: str, at: int, words: Sequence[str], end: int) -> bool:
    """The run opens its sentence with a participle whose object is a one-word name, the phrase set
    off by a comma (‘Addressing Rohan, the host said’, ‘Comforting Meher, Tanvi told her’): the
    participle is no given name. Never a title's participle (‘Acting Gov. Lee’) nor a given name
    (‘Channing Tatum, …’).

    >>> t = "He left. Addressing Rohan, the host said it."
    >>> _participle_before_name(t, 9, ("Addressing", "Rohan"), 25), _participle_before_name(t, 9, ("Acting", "Rohan"), 21)
    (True, False)
    """
    first = words[0]
    low = first.lower()
    return len(words) == 2 and len(first) > 5 and low.endswith("ing") and first[1:].islower() \
        and low not in TITLE_PARTICIPLES and low not in QUALIFIER_LEADS and gender_of(first) is None \
        and text.startswith(",", end) and (at == 0 or text.endswith(SENTENCE_STARTS, 0, at))


#: An indefinite article, and up to two lower-case words after it, ending where a run begins: ‘a
#: tense ’, ‘an ’.
RE_INDEFINITE_BEFORE = LazyPattern(r"\b[Aa]n? (?:\p{Ll}[\p{Ll}\-]*+ ){0,2}$")


def _indefinite_attributive(text: str, at: int, words: Sequence[str], end: int) -> bool:
    """The run, written only here, stands between "a" (or "an") and the noun it modifies (‘in a
    tense Beach Hut moment’, ‘an Island Villa exclusive’, ‘a Summit Kitchen contestant’): a show's or a
    thing's name used as an adjective, no person. One opening with a given name may be a person's
    (‘a Donald Trump supporter’); a verb after the run makes it the subject (‘a woman named Pranee
    Saetang lights …’); a place's (‘a Los Angeles movie theater’) and a run written elsewhere too
    are left to the rules for them.

    >>> t = "She spoke in a tense Beach Hut moment. A Donald Trump supporter said. A woman named Ann Oyo lights."
    >>> _indefinite_attributive(t, 21, ("Beach", "Hut"), 30), _indefinite_attributive(t, 41, ("Donald", "Trump"), 53)
    (True, False)
    >>> _indefinite_attributive(t, 83, ("Ann", "Oyo"), 90)
    False
    """
    # the pattern ends in a space after "A" or a lower-case letter or hyphen; most runs follow a full
    # stop, a capital or a mark, and are spared the search (a letter beyond ASCII is left to it)
    last = text[at - 2:at - 1] if text.endswith(" ", 0, at) else ""
    before = RE_INDEFINITE_BEFORE.search(text, max(0, at - 30), at) \
        if last and ("a" <= last <= "z" or last in "A-" or not last.isascii()) else None
    if before is None or not _attributive(text, end) or gender_of(words[0]) is not None \
            or words[0].rstrip(".").lower() in HONORIFICS or words[0] in PLACE_LEADS_FIRST:
        return False
    nxt = text[end:end + 20].split()[0].strip(",.;:")  # (a word: _attributive found one)
    return not verb_shaped(nxt) and not any(verb_shaped(w) or w.endswith("ing") for w in before.group().split()[1:]) \
        and not written_elsewhere(text, " ".join(words), at)


#: The body someone belongs to, right after their name (‘ of Avon and Somerset Police’).
RE_OF_BODY_AFTER = LazyPattern(r" (?:of|from|at) (?:the )?(?:\p{Ll}[\p{Ll}\-]+ ){0,2}\p{Lu}[\p{L}&’'\-]*(?: (?:and|of|&|the|\p{Lu}[\p{L}&’'\-]*))*")

#: Last words of a street's name, which "from" before it writes as the place one comes from (‘a former
#: call centre employee from Mira Road’, ‘a trader from Moi Avenue’; never a person's surname).
STREET_HEADS = frozenset("Road Street Avenue Boulevard Highway Parkway".split())


def _office_opening_body(text: str, at: int) -> str | None:
    """The office whose body's name runs on at ``at`` after its "of" (‘Deputy Spokesperson of the
    Ministry of ’ before ‘Foreign Affairs Đỗ Thanh Nga’): capitalised words and an office's small words
    back to the start of the clause, opening with an office's noun in capitals; else None.

    >>> _office_opening_body("rejects the ban, Deputy Spokesperson of the Ministry of Foreign", 55)
    'Deputy Spokesperson of the Ministry of'
    >>> _office_opening_body("a statement from the Ministry of Foreign", 37) is None
    True
    """
    toks = tokenize(text, max(0, at - 120), at)
    s = len(toks)
    while s > 0 and (toks[s - 1].capitalized or (toks[s - 1].text.islower() and toks[s - 1].word in OFFICE_NAME_JOINERS)):
        s -= 1
    while s < len(toks) and not toks[s].capitalized:
        s += 1
    if s >= len(toks) or (s > 0 and toks[s - 1].text not in ",—–:;(" and toks[s - 1].text[:1].isalpha()) \
            or not (toks[s].word in ROLE_NOUNS or any(x.capitalized and x.word in ROLE_NOUNS for x in toks[s:s + 3])):
        return None  # (the clause's own opening: never ‘a statement from the Ministry of’)
    return text[toks[s].start:toks[-1].end]


def _body_words_before_holder(name: Sequence[str]) -> int:
    """How many words of a body open a run that follows an office's "in the" or "to the", before a
    holder's name no list holds: one word before two (‘Presidency Khumbudzo Ntshavheni’), or up to a
    body's or an office's word before two or three (‘Cabinet Office Ong Ye Kung’); 0 when nothing tells.

    >>> _body_words_before_holder(("Presidency", "Khumbudzo", "Ntshavheni"))
    1
    >>> _body_words_before_holder(("Cabinet", "Office", "Ong", "Ye", "Kung")), _body_words_before_holder(("United", "Nations", "Xu", "Ba", "Lo"))
    (2, 0)
    >>> _body_words_before_holder(("Vladislav", "Olegovich", "Tyurin"))
    0
    """
    ends = [a for a in (len(name) - 2, len(name) - 3) if a >= 1 and (
        (a == 1 and len(name) == 3) or name[a - 1].lower() in OFFICE_WORDS or name[a - 1].lower() in ORG_WORDS)]
    if len(ends) != 1 or any(gender_of(w) is not None or w.lower() in ORG_WORDS or w.lower() in OFFICE_WORDS
                             for w in name[ends[0]:]):
        return 0
    if gender_of(name[ends[0] - 1]) is not None and name[ends[0]].lower().endswith(PATRONYMIC_ENDINGS):
        return 0  # (a given name before a patronymic opens the name: ‘Security Vladislav Olegovich Tyurin’ after
        # ‘Committee on Defense and’ is Vladislav Olegovich Tyurin)
    return ends[0]


def _initial_after_body_words(name: Sequence[str]) -> int:
    """How many words of a body open a run that follows an office's "in the", before a holder's name
    that opens with an initial, with or without its full stop (‘Assembly K Venkatesh Hegde’ of ‘Leader
    of the Opposition in the Assembly K Venkatesh Hegde’, ‘Senate B. N. Rao’); 0 when none does.

    >>> _initial_after_body_words(("Assembly", "K", "Venkatesh", "Hegde")), _initial_after_body_words(("Assembly", "Hegde", "K"))
    (1, 0)
    """
    for k in range(1, len(name) - 1):
        if len(name[k].rstrip(".")) == 1 and name[k][:1].isupper():
            return k if all(len(w.rstrip(".")) > 1 for w in name[:k]) else 0
    return 0
    # (the domain's words right before the office: never another body of that domain, ‘police union
    # president’ for ‘its police chief’, ‘health board president’ for ‘its health chief’)


def _other_body_words(role: str, head: str, words: list[str], lede: str) -> bool:
    """A role with a word in capitals besides the office's own that the lede does not hold: another
    body's office (‘Union president’ for the firm's "its president"; never ‘Ferrovia chief executive’
    after a lede that names Ferrovia).

    >>> _other_body_words("Union president", "president", [], "Acme said its president …")
    True

    A member's party is no other body of a seat's title (‘the Conservative MP for Wexcombe’ for the
    town's "its MP", w77c):

    >>> _other_body_words("the Conservative MP for Wexcombe", "mp", [], "RAF Wexcombe …, its MP has warned")
    False

    only when the role names the lede's seat: a party's member with no seat is any other member of it
    (‘Sarah Kent, the Labour MP, who represents a seat across the county,’ for the town's "its MP";
    review rv77c):

    >>> _other_body_words("the Labour MP", "mp", [], "Hollinsford …, its MP has warned")
    True
    """
    seat = head in SEAT_TITLES and _seat_of_lede(role, lede)
    return any(w[:1].isupper() and w.lower() != head and w.lower() not in words and w not in lede
               and not (seat and w.lower() in PARTY_WORDS) and not _letters_of_lede_body(w, lede)
               for w in role.replace("-", " ").split())


#: A body's name in capitals, the small words that join its parts allowed (‘Federal Aviation
#: Administration’, ‘Bank of England’), whose initials its letters may stand for.
#:
#: >>> RE_CAPITALISED_BODY_NAME.search("The Federal Aviation Administration will cap").group()
#: 'The Federal Aviation Administration'
RE_CAPITALISED_BODY_NAME = LazyPattern(r"\p{Lu}[\p{L}\-]*(?: (?:of|and|for|the|on) )?(?: ?\p{Lu}[\p{L}\-]*(?: (?:of|and|for|the|on))?)+")


#: A capitalised word, hyphened parts and all (‘Federal’, ‘Anglo-Irish’): where a lede's first name starts.
RE_LEDE_NAME_WORD = LazyPattern(r"\b\p{Lu}[\p{L}\-]*")


def _letters_of_lede_body(word: str, lede: str) -> bool:
    """An office's word in letters that spell the initials of a body the lede names in full: the lede's
    own body (‘FAA Administrator’ after a lede of the Federal Aviation Administration, w83a).

    The letters spell the whole of the first name the lede gives, past its time words: never part of a
    longer name, nor another body or place the lede names after its own (‘MT chair’ after ‘the Maritime
    Trade Commission’, ‘PU chief executive’ after ‘Brightair … with the Pilots Union’, ‘US chief
    executive’ after ‘Harland Motors will cut jobs in the United States’, review rv83a).

    >>> _letters_of_lede_body("FAA", "The Federal Aviation Administration will cap flights")
    True
    >>> _letters_of_lede_body("FAA", "The Federal Reserve will cut rates")
    False
    >>> _letters_of_lede_body("MT", "The Maritime Trade Commission will review the sale")
    False
    >>> _letters_of_lede_body("US", "Harland Motors will cut 2,000 jobs in the United States")
    False
    >>> _letters_of_lede_body("ECB", "On Thursday the European Central Bank held rates")
    True
    >>> _letters_of_lede_body("PU", "Brightair reached a pay deal with the Pilots Union")
    False
    """
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return False
    first = next((m.start() for m in RE_LEDE_NAME_WORD.finditer(lede) if m.group() not in LEDE_OPENING_WORDS), None)
    for m in RE_CAPITALISED_BODY_NAME.finditer(lede):
        caps = [w for w in m.group().split() if w[:1].isupper() and w not in LEDE_OPENING_WORDS]
        if caps and m.end() > (first or 0):  # (the lede's first name: its own body's)
            return lede.startswith(caps[0], first) and "".join(c[0] for c in caps) == word
    return False


#: Capitalised words that open a lede before the body it names (‘The’, ‘On Thursday’).
LEDE_OPENING_WORDS = frozenset(("The", "A", "An", "On", "In", "At", "Last", "This", "Early", "Late", "By", "After")) \
    | WEEKDAY_NAMES | frozenset(MONTH_NAMES)


def _seat_of_lede(role: str, lede: str) -> bool:
    """The role of a seat's member names the seat by a place the lede holds (‘the Conservative MP for
    Wexcombe’ after a lede of RAF Wexcombe).

    >>> _seat_of_lede("the Labour MP for Hollinsford and Mere", "the Hollinsford depot …"), _seat_of_lede("Labour MP", "…")
    (True, False)
    """
    words = role.replace("-", " ").split()
    return any(w == "for" and any(x[:1].isupper() and x in lede for x in words[i + 1:]) for i, w in enumerate(words))


@functools.lru_cache(maxsize=16)
def _body_name_of(noun: str) -> regex.Pattern:
    """A body's name ending with the noun in capitals, as a subject (‘The Transport Workers Union
    said’)."""
    kind = regex.escape(noun[:1].upper() + noun[1:])
    return regex.compile(rf"((?:The )?(?:\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\s){{1,5}}{kind})(?=\s\p{{Ll}})")


_is_organisation = functools.lru_cache(maxsize=1 << 15)(is_organisation)


def _body_office_words(words: list[str]) -> list[str]:
    """The plain words for the kind of one whose role, whole (past its prepositions), names a body or a
    trade of :data:`BODY_KIND_EPITHETS`, unless the role makes them one who works for it.

    >>> _body_office_words("russian foreign ministry spokeswoman".split())
    ['diplomat']
    >>> _body_office_words("the chairman of the state duma committee on international affairs".split())
    ['lawmaker', 'legislator']
    >>> _body_office_words("an aide to the duma speaker".split()), _body_office_words("political scientist".split())
    ([], ['expert'])
    """
    return [plain for needed, plains, staff in BODY_KIND_EPITHETS
            if all(w in words for w in needed) and not any(w in staff for w in words) for plain in plains]


#: The body a description's office is of, by its name in capitals: "the president of the European Commission".
RE_OFFICE_OF_BODY = LazyPattern(r" (?:of|for|at) (?:the )?(\p{Lu}[\p{L}\-]*)")


def _other_body_of(text: str, described: str) -> bool:
    """The description names the body its office is of, and the one described earlier holds no office
    of it: another person (‘The outgoing president …. The president of the European Commission said’).

    >>> _other_body_of("the president of the European Commission", "The outgoing president")
    True
    >>> _other_body_of("the president of the Commission", "the Commission's outgoing president"), _other_body_of("the president", "a president")
    (False, False)
    """
    body = RE_OFFICE_OF_BODY.search(text)
    return body is not None and body.group(1).lower() not in fold_apostrophes(described.lower()).replace("'s", "").split()

#: The words a body's name in capitals may hold in lower case ("University of Science and Technology").
BODY_NAME_LINKS = frozenset("of and for the".split())

#: A place set off after a body's name that ends a phrase: ‘…, Akure’, ‘…, Port Harcourt’ (group 1, the comma).
RE_PLACE_SET_OFF_END = LazyPattern(r"\p{Lu}[\p{L}\-]*(,) \p{Lu}[\p{Ll}\-]+(?: \p{Lu}[\p{Ll}\-]+)?$")


def _office_of_body(words) -> bool:
    """Words that read "The <office> of the <body's name in capitals>", the name's lower-case words
    only "of", "and", "for" and "the" (‘The Vice-Chancellor of the Federal University of Science and
    Technology’); never a clause (‘The report that the board of the Trust ordered’).

    >>> _office_of_body("The Vice-Chancellor of the Federal University of Science and Technology".split())
    True
    >>> _office_of_body("The man who was seen near the Bank of England".split())
    False
    """
    if len(words) < 4 or words[0] not in ("The", "the") or not words[1][:1].isupper() or "of" not in words[2:4]:
        return False
    of = words.index("of", 2)
    rest = words[of + 1:]
    return bool(rest) and rest[-1][:1].isupper() and all(w[:1].isupper() or w in BODY_NAME_LINKS for w in rest) \
        and all(w[:1].isupper() or w in BODY_NAME_LINKS for w in words[1:of])


def _place_after_body(phrase: str) -> int | None:
    """Where the comma before a place set off at the end of an opening phrase stands, when the phrase
    before it is an office of a body named in capitals (‘The Vice-Chancellor of the Federal University
    of Technology, Akure’: the comma before "Akure"); else None.

    >>> _place_after_body("The Vice-Chancellor of the Federal University of Technology, Akure")
    59
    >>> _place_after_body("In a statement, the minister") is None, _place_after_body("Asked about the Bank of England, Smith") is None
    (True, True)
    """
    m = RE_PLACE_SET_OFF_END.search(phrase)
    if m is None or phrase.count(",") != 1 or not _office_of_body(phrase[:m.start(1)].split()):
        return None
    return m.start(1)


def _body_shaped(words: list[str]) -> bool:
    """A name whose initials in brackets mark a body rather than a person's nickname: three words or more
    not written surname first (‘All Pakistan Anjuman-i-Tajiran Ittehad (APATI)’), or a name joined
    by a lower-case link (‘Pakistan Tehreek-e-Insaf (PTI)’); never ‘Alexandria Ocasio-Cortez (AOC)’
    nor ‘Lim Wei Jie (LWJ)’.

    >>> _body_shaped("All Pakistan Anjuman-i-Tajiran Ittehad".split()), _body_shaped("Alexandria Ocasio-Cortez".split())
    (True, False)
    >>> _body_shaped("Lim Wei Jie".split()), _body_shaped("Pakistan Tehreek-e-Insaf".split())
    (False, True)
    """
    if written_surname_first(words):
        return False
    return len(words) >= 3 or any(regex.search(r"-\p{Ll}+-", w) is not None for w in words)
