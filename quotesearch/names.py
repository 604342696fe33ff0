"""Names and tokens: what a person's name looks like in running text.

Tokens keep their offsets; a capitalised run is split into a title and a name ("Texas Sen. Ted
Cruz" → Ted Cruz), headline words, places and organisations are told apart from names, and a
given name says a person's gender where it can.

This module splits a run into a title and a name (split_title) and tells headline and byline lines;
tokens and the names read over them live in :mod:`quotesearch.tokens`, the words a name is made of
(particles, a given name's sex, an organisation's word) in :mod:`quotesearch.name_parts`.
"""

from __future__ import annotations

from typing import Sequence

import re

import regex

from quotesearch.lexicon import (
    FATHER_NAME_LEADS, FATHER_NAME_STYLES, LazyPattern, PORTFOLIO_END_WORDS, RE_CIPHER_LETTER, wordset,
)
from quotesearch.place_words import (
    COUNTRY_LETTERS, COUNTRY_NATIONALITIES, NATIONALITY_TITLES, NATIONALITY_WORDS, PLACE_NAME_OPENERS, TWO_WORD_NATIONALITY_TITLES,
    REGIONS_AFTER_OFFICE,
)
from quotesearch.name_words import (
    CLERGY_STYLE_LEADS, EAST_ASIAN_GIVEN_SYLLABLES, EPITHET_WORDS, FAITH_TITLES, HONORIFICS, LINEAGE_STYLES, NAME_LEADS,
    OFFICE_LETTERS, POLICE_RANK_LETTERS, RETIRED_MARKS, STACKED_CLERGY_HONORIFICS, STACKED_RANK_LEADS,
    STOPPED_PERSON_HONORIFICS, TRADE_LETTERS, arabic_article,
)
from quotesearch.body_words import (
    BODY_REACH_WORDS, BUSINESS_WORDS, CAUSE_PEOPLE_NOUNS, FIRM_KIND_TITLES, LEGAL_FORMS, ORG_WORDS,
)
from quotesearch.role_words import (
    ACRONYM_RANKS, DESCRIPTION_NOUNS, DISTRICT_RANKS, EXECUTIVE_ACRONYMS, KIN_NOUNS, KIN_TITLE_LEADS, NAME_LEADING_KIN,
    OFFICE_WORDS, POSITION_TITLES, RANK_DISTRICTS, ROLE_NOUNS, SIDE_HONOURS, WORD_POSITIONS,
)
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.name_parts import (
    FUNCTION_WORDS, NOT_NAMES, PARTICLES, PLACE_NOUNS_IN_NAMES, WORD_GIVEN_NAMES, _foreign_name, _word_like, gender_of,
    is_organisation, style_as_given_name, written_surname_first,
)
from quotesearch.tokens import TITLE_ABBREVIATIONS, _ends_sentence, abbreviates_title


#: Role nouns that are never a capitalised title before a name: kin, and words that are names
#: themselves ("Son Heung-min", "Star Jones", "Baker Mayfield", "Cook Islands").
NAME_LIKE_ROLES = KIN_NOUNS | {"star", "baker", "cook", "painter", "miner", "sailor", "carpenter", "broker", "dean", "porter",
                                "deacon"}


#: Words of an event's name ("the Belgian Grand Prix", "the Australian Open"): never a person's.
EVENT_WORDS = wordset("""
grand prix open cup league derby championship championships masters classic games series rally tour trophy
stakes marathon festival awards award prize
""")


#: Participles a headline or a lede puts before a name as an epithet for the one's plight (‘Snubbed Obinna
#: says …’, ‘Injured Kerr to miss final’, ‘Embattled Hale quits’), and the adjectives of one's hold on an
#: office put there the same way (‘Incumbent Tsvetkov re-elected’, ‘Outgoing Marsh says …’, w106e): no part
#: of the name, as a title is not.
#:
#: >>> "snubbed" in EPITHET_PARTICIPLES, "incumbent" in EPITHET_PARTICIPLES, "united" in EPITHET_PARTICIPLES
#: (True, True, False)
EPITHET_PARTICIPLES = wordset("""
ignored snubbed overlooked axed dropped sacked ousted jailed injured embattled beleaguered disgraced
incumbent outgoing
""")


#: Words that describe, capitalised before a name as a title ("Resident Pat Goodyear", "Forward
#: Tendai Moyo", at a hearing "Objector Ann Reid", on a picket line "Picketer Sam Tully"). Most are
#: never role nouns elsewhere ("moving forward, Smith said"); the few that describe a person in a
#: phrase too ("the 80-year-old pensioner", "a freshman") are also in ROLE_NOUNS.
DESCRIPTOR_TITLES = wordset("""
resident mum mom dad grandad grandma forward runner-up commuter homeowner shopper passenger parent vendor
neighbour neighbor customer motorist tenant attendee visitor survivor pensioner protester rider
opposition rookie backup reserve substitute teammate team-mate newcomer youngster debutant sophomore freshman senior
superstar megastar comrade champion maestro legend famer trainer jockey caddie cornerman villager evacuee elder
left-hander right-hander all-rounder
objector submitter petitioner complainant appellant applicant deputant ratepayer taxpayer constituent parishioner
landowner leaseholder householder smallholder renter stallholder caravanner carer grandmother grandfather
picketer convenor convener shopworker loader welder labourer machinist dockworker signaller
schoolgirl schoolboy teenager
driver workmate co-worker coworker
""")


#: Letters after a name that are no part of it ("Mary Jones KC", "Keir Starmer MP", a Member of the
#: Senedd's "Andrew Bevan MS", a legislative assembly's "MLA", "MPP", "MNA", the House of Keys' "MHK";
#: an Australian or New Zealand honour's "AO", "MNZM"; an Irish barrister's "BL", a Nigerian senior
#: advocate's "SAN", a justice of the peace's "JP", Hong Kong's "GBS", "SBS"; a religious order's "SJ",
#: "OP", "OSB": ‘Fr Tom Kelleher SJ’).
POST_NOMINALS = frozenset("KC QC SC MP MSP MEP TD OBE MBE CBE KBE DBE PhD".split()) \
    | frozenset("MS MLA MPP MNA MHA MHK MLC AM AO AC OAM MNZM ONZM CNZM KNZM DNZM QSO CH".split()) \
    | frozenset("BL SAN JP GBS SBS BBS SJ OP OSB OFM SDB SVD CSsR OMI".split()) \
    | frozenset("MBA JD MD LLM MPH MPA MFA DPhil CC SEAS GSAS GS BC SIPA SPS GRD SOM HLS HBS LAW".split())
# (and a student paper's school or degree before a class year: "Aditi Shenoy GSAS ’27", "Jasmine Kaur MBA ’24")


#: First words of Malay styles of two words ("Datuk Seri", "Tan Sri", "Puan Sri", "Dato' Sri").
COMPOUND_HONORIFIC_LEADS = frozenset("datuk dato tan puan toh".split())

#: Malay, Thai, Filipino, Fijian and Samoan honorifics that are never part of a name nor of a title's words, so that
#: a name starts after them wherever they stand in a run ("Kelantan Menteri Besar Datuk Mohd Azhar
#: Ismail", "Bangkok resident Khun Suda Wongsawat"), as "Mr" does at its start.
NAME_OPENING_HONORIFICS = frozenset("datuk dato datin tun encik puan khun aling ratu adi afioga susuga tā".split())

#: Honorifics that are also given names ("Khun", "Aling", the Fijian "Adi" and the Indian given name
#: "Adi"): taken for an honorific only before two words or more ("Adi Litia Naisara" is Litia
#: Naisara; "Adi Godrej" keeps his name).
SHORT_NAME_HONORIFICS = frozenset("khun aling adi".split())

#: Honorifics of respect for an elder or a mother, from East and West Africa, before a full name ("Mama Fatuma
#: Abdalla"): never part of the name, but taken for an honorific only at a run's start before two capitalised
#: words or more, as it is a name or a word of one too ("Mama Cass" keeps hers). Never "Pa" nor "Dona", as
#: often a given name as an honorific ("Pa Ousman Jarju", "Dona Marie Kowalski", review of w138k).
#:
#: >>> "mama" in ELDER_HONORIFICS, "pa" in ELDER_HONORIFICS
#: (True, False)
ELDER_HONORIFICS = frozenset("mama".split())

#: A Thai monk's style of two words before his name ("Luang Por Inthorn Pannavaro"): the
#: first word and the second it takes.
#:
#: >>> sorted(MONK_STYLE_PAIRS["luang"])
#: ['pho', 'phor', 'por', 'ta']
MONK_STYLE_PAIRS = {"luang": frozenset("por pho phor ta".split())}

#: Degrees of a clergy's or a noble's style, before its honorific ("the Rt Revd", "the Very Revd",
#: "the Rt Hon"): part of the title, never of the name.
STYLE_DEGREES = frozenset("rt right very most".split())


#: An ordinal in figures ("1st", "22nd", "3rd").
RE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


#: Ordinals of a school's grades before "grader" ("Seventh-grader Aigerim Bekova").
GRADE_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


#: Honorifics of a person, never an office's own word, that a long office may come before ("Leader of
#: the Opposition Dr Ian Mair", "Chairman of the Board Mr Kofi Asare").
NAME_HONORIFICS_AFTER_OFFICE = frozenset("mr mrs ms miss mdm dr prof".split())


#: The words between a body's people and their cause, capitalised inside its name ("Mothers Against Drunk
#: Driving", "Doctors Without Borders", "Veterans For Peace").
CAUSE_JOINERS = frozenset("Against Without For".split())


#: Words of a cause that a body's name may hold between a role's word and its country (‘Press Freedom
#: Poland’): with a country last, only these (or a body's word) make the name a body's, never a person's
#: given name between (‘Coach Tavita England’, ‘Senator Obi Ireland’; review rv65d).
#:
#: >>> "freedom" in CAUSE_NAME_WORDS, "tavita" in CAUSE_NAME_WORDS
#: (True, False)
CAUSE_NAME_WORDS = frozenset("""freedom freedoms rights liberty liberties justice democracy transparency equality peace
action watch solidarity integrity""".split())


#: Capitalised words after "in" that close an office's title before a name (‘FBI Special Agent in Charge
#: Dana Cole’, ‘Editor in Chief Ana Ruiz’, ‘Pilot in Command’), w100a.
#:
#: >>> "Charge" in OFFICE_IN_TAILS, "Boston" in OFFICE_IN_TAILS
#: (True, False)
OFFICE_IN_TAILS = frozenset("Charge Chief Command Residence Training".split())


def _side_honour(words: Sequence[str], k: int) -> bool:
    """The run's word ``k`` ends what a national side calls its players (:data:`SIDE_HONOURS`), of one word
    or with the word before, capitalised, "ex-" before it or not (w83c).

    >>> _side_honour("Former Silver Fern Aroha Tane".split(), 2), _side_honour("ex-All Black Wiremu Kerr".split(), 1)
    (True, True)
    >>> _side_honour("Silver Fern Kiri".split(), 1), _side_honour("Black Rock Holdings".split(), 1)
    (True, False)
    """
    one = words[k].lower().removeprefix("ex-")
    two = f"{words[k - 1].lower().removeprefix('ex-')} {words[k].lower()}" if k > 0 else ""
    return words[k][:1].isupper() and (one in SIDE_HONOURS or two in SIDE_HONOURS)


#: Initials with their stops (‘V.K.’, ‘J.R.R.’), which open a person's name before a given name as
#: much as a middle name would (‘V.K. Suresh Babu’, ‘A.P. Nandini Rao’): never a word cut off before the
#: given name as no name's (w90c).
#:
#: >>> bool(RE_STOPPED_INITIALS.fullmatch("V.K.")), bool(RE_STOPPED_INITIALS.fullmatch("J.R.R.")), bool(RE_STOPPED_INITIALS.fullmatch("Dr."))
#: (True, True, False)
RE_STOPPED_INITIALS = LazyPattern(r"(?:\p{Lu}\.){2,3}")


def _opening_initials(word: str) -> bool:
    """``word`` is a person's initials opening a name (:data:`RE_STOPPED_INITIALS`), never a country's
    letters with stops (‘U.S. Senator …’, ‘U.K.’).

    >>> _opening_initials("V.K."), _opening_initials("U.S."), _opening_initials("Sen.")
    (True, False, False)
    """
    return RE_STOPPED_INITIALS.fullmatch(word) is not None and word.replace(".", "") not in COUNTRY_LETTERS


def split_title(words: Sequence[str]) -> tuple[str | None, Sequence[str]]:
    """Split a capitalised run into its title and the name: the name starts after the last
    role noun, honorific or party word ("Texas Sen. Ted Cruz", "Republican Donald Trump"), or
    after a sentence's full stop inside the run ("Syria. Mr. Obama").

    >>> split_title("Pentagon Press Secretary Kingsley Wilson".split())
    ('Pentagon Press Secretary', ['Kingsley', 'Wilson'])
    >>> split_title(["Sen.", "Bernie", "Sanders"])
    (None, ['Bernie', 'Sanders'])
    >>> split_title("Texas Sen. Ted Cruz".split()), split_title("Republican Donald Trump".split())
    (('Texas Sen.', ['Ted', 'Cruz']), ('Republican', ['Donald', 'Trump']))
    >>> split_title("Former Secretary of State Madeleine Albright".split())
    ('Former Secretary of State', ['Madeleine', 'Albright'])
    >>> split_title(["Healey"])
    (None, ['Healey'])
    >>> split_title("UN Secretary-General António Guterres".split())
    ('UN Secretary-General', ['António', 'Guterres'])
    >>> split_title("Energy Minister Faisal bin Khalid al-Rashed".split())
    ('Energy Minister', ['Faisal', 'bin', 'Khalid', 'al-Rashed'])
    >>> split_title("Judge Mary Jones KC".split())
    ('Judge', ['Mary', 'Jones'])
    >>> split_title("Superintendent Dr. Angela Whitehorse".split()), split_title("Texas Sen. Ted Cruz".split())[0]
    (('Superintendent', ['Angela', 'Whitehorse']), 'Texas Sen.')
    >>> split_title("Leader of the Opposition Dr Ian Mair".split())
    ('Leader of the Opposition', ['Ian', 'Mair'])
    >>> split_title("Rev. Fr. Emmanuel Okafor".split()), split_title("Rev Sr Mary Okoro".split())
    (('Rev. Fr.', ['Emmanuel', 'Okafor']), ('Rev Sr', ['Mary', 'Okoro']))
    >>> split_title("Rt. Hon. Kayode Bello".split()), split_title("Lt. Col. (rtd) Ama Mensah".split())
    (('Rt. Hon.', ['Kayode', 'Bello']), ('Lt. Col. (rtd)', ['Ama', 'Mensah']))
    >>> split_title("Capt. (rtd) Daniel Kogbe".split()), split_title("Sgt. (right) Ann Lee".split())
    ((None, ['Daniel', 'Kogbe']), (None, ['(right)', 'Ann', 'Lee']))
    >>> split_title("Professor Sir John Curtice".split())
    ('Professor', ['John', 'Curtice'])
    >>> split_title("High Court Judge Datuk Collin Lawrence Sequerah".split())
    ('High Court Judge', ['Collin', 'Lawrence', 'Sequerah'])
    >>> split_title("Kelantan Menteri Besar Datuk Mohd Azhar Ismail".split())
    ('Kelantan Menteri Besar Datuk', ['Mohd', 'Azhar', 'Ismail'])
    >>> split_title("Deputy Speaker Malik Zafar Iqbal Dhudhi".split()), split_title("Malik Riaz Hussain".split())
    (('Deputy Speaker', ['Zafar', 'Iqbal', 'Dhudhi']), (None, ['Malik', 'Riaz', 'Hussain']))
    >>> split_title("Minister of State for Tribal Affairs Kiran Bala Oraon".split())
    ('Minister of State for Tribal Affairs', ['Kiran', 'Bala', 'Oraon'])
    >>> split_title("Minister Mohamad Hafiz Abdul Rahman".split())
    ('Minister', ['Mohamad', 'Hafiz', 'Abdul', 'Rahman'])
    >>> split_title("American Chase Holloway".split()), split_title("Belgian Grand Prix".split())
    (('American', ['Chase', 'Holloway']), (None, ['Belgian', 'Grand', 'Prix']))
    >>> split_title("Infrastructure and Communities Devinder Grewal".split())
    ('Infrastructure and Communities', ['Devinder', 'Grewal'])
    >>> split_title("Mama Fatuma Abdalla".split()), split_title("Pa Salieu".split()), split_title("Mama Put Deluxe".split())
    ((None, ['Fatuma', 'Abdalla']), (None, ['Pa', 'Salieu']), (None, ['Mama', 'Put', 'Deluxe']))
    >>> split_title("Luang Por Inthorn Pannavaro".split()), split_title("Workmate Dean Fosse".split())
    ((None, ['Inthorn', 'Pannavaro']), ('Workmate', ['Dean', 'Fosse']))
    >>> split_title("Snubbed Obinna".split())  # (an epithet, cut off as no title)
    (None, ['Obinna'])
    >>> split_title("General Motors".split())  # (a rank before one word of a company's name: the company's)
    (None, ['General', 'Motors'])
    >>> split_title("Doctors Without Borders".split())
    (None, ['Doctors', 'Without', 'Borders'])
    >>> split_title("Justice Watch International".split()), split_title("Justice Minister Helen McEntee".split())
    ((None, ['Justice', 'Watch', 'International']), ('Justice Minister', ['Helen', 'McEntee']))
    >>> split_title("Press Freedom Poland".split())
    (None, ['Press', 'Freedom', 'Poland'])
    >>> split_title("Officer B".split()), split_title("Soldier F".split())
    ((None, ['Officer', 'B']), (None, ['Soldier', 'F']))
    >>> split_title("Utilities Ombudsman Victoria".split()), split_title("Ombudsman Anna Victoria".split())
    ((None, ['Utilities', 'Ombudsman', 'Victoria']), ('Ombudsman', ['Anna', 'Victoria']))
    >>> split_title("Humanitarian Affairs Odalys Venkataraman".split()), split_title("Foreign Affairs Committee".split())
    ((None, ['Odalys', 'Venkataraman']), (None, ['Foreign', 'Affairs', 'Committee']))
    """
    if len(words) > 2 and words[0] in ("Prince", "Princess", "King", "Queen") and words[-1].isupper() and len(words[-1]) > 2 \
            and words[-1].isalpha() and not all(c in "IVX" for c in words[-1]):
        return None, words  # a place named after a royal, before a body's letters: "Prince George RCMP"
    if len(words) == 2 and words[0][1:].islower() and words[0].lower() in ROLE_NOUNS and RE_CIPHER_LETTER.fullmatch(words[1]):
        return None, words  # a protected witness's role and letter, one name: "Officer B", "Soldier F"
    if len(words) >= 2 and words[-1].lower() in REGIONS_AFTER_OFFICE and words[-2].lower() in ROLE_NOUNS:
        return None, words  # (w73a) a body named by an office and its state or province, "Utilities Ombudsman
        # Victoria": never an officer called by one given name
    if len(words) >= 3 and words[1] in CAUSE_JOINERS and words[0][1:].islower() and (
            words[0].endswith("s") or words[0].lower() in CAUSE_PEOPLE_NOUNS):
        return None, words  # a body named for its people and their cause: "Mothers Against Drunk Driving",
        # "Doctors Without Borders" (never a title, "Mothers" or "Doctors")
    if len(words) >= 2 and words[0].lower() in FIRM_KIND_TITLES and words[0][:1].isupper() and words[1][:1].isupper():
        rest_title, rest = split_title(words[1:])  # a firm's trade before its name: ‘Consultancy Corsair Analytics’
        return (words[0] + (" " + rest_title if rest_title else "")), rest
    if len(words) >= 3 and words[0][1:].islower() and (_body_word(words[1]) or gender_of(words[1]) is None) and (
            _body_word(words[-1]) or words[-1].lower() in BODY_REACH_WORDS or (
                words[-1] in COUNTRY_NATIONALITIES and all(_body_word(w) or w.lower() in CAUSE_NAME_WORDS for w in words[1:-1]))) \
            and words[0].lower() in ROLE_NOUNS:
        return None, words  # a body named with a role's word first: "Justice Watch International", "Justice
        # Action Network", or with its country last: "Press Freedom Poland" (no one's name ends in a country)
        # (never "Justice" the judge's title: "Justice Ruth Bader Ginsburg"; a firm's trade before
        # its name is read above: "Developer Lanxang Hydro Power")
    cut = -1
    titled = False  # the words before the cut make a title, not just "Mr."
    for k, w in enumerate(words[:-1]):
        low = TITLE_ABBREVIATIONS[w] if abbreviates_title(words, k) else w.rstrip(".").lower()  # ("Eng.", "Rt.")
        if ((low in ROLE_NOUNS or (low[-1:] == "s" and low[:-1] in ROLE_NOUNS and k == 0 and not _body_word(words[k + 1])))
                and (low not in ACRONYM_RANKS or w.isupper()) and low not in NAME_LIKE_ROLES
                and not (low == "prime" and words[k + 1].lower() != "minister")  # ("Tullamore Prime Meats")
                and not ((low in SHORT_TITLES or k == len(words) - 2) and _body_word(words[k + 1]))
                and not style_as_given_name(words, k)) \
                or (low in PARTY_WORDS and not is_organisation(words[k + 1:])) or (
                "-" in low and low.split("-")[-1] in ROLE_NOUNS
                and all(part in ROLE_NOUNS or part in GRADE_ORDINALS for part in low.split("-"))) or (  # "Secretary-General",
                # "Seventh-grader"
                "-of-" in low and (low.split("-")[0] in ROLE_NOUNS or low.split("-")[0] in DESCRIPTOR_TITLES)) \
                or (low in DESCRIPTOR_TITLES and (low != "elder" or len(words) >= 3)) \
                or (low in FAITH_TITLES and w[1:].islower() and (k == 0 or cut == k - 1) and len(words) - k >= 3
                    and not (len(words) - k == 3 and words[k + 1].lower() in FAITH_TITLES)  # (guard, review rv78d:
                    # "Mahant Swami Maharaj" is one's name of faith whole)
                    and not is_organisation(words[k + 1:]) and not _body_word(words[-1])) \
                or (low in POSITION_TITLES and len(words) - k >= 3 and w[1:].islower() and not is_organisation(words[k + 1:])):
            # ("Elder Moreira" is a given name; a player's position before a full name: "Shooter Kiri Hollis")
            cut, titled = k, True  # (but "Republican National Committee" is one name; "Father-of-two X")
        elif k == 0 and low in WORD_POSITIONS and len(words) == 3 and w[1:].islower() and words[1][1:].islower() \
                and not is_organisation(words[1:]) and not _word_like(words[2]) \
                and words[1].lower() not in PLACE_NOUNS_IN_NAMES:
            cut, titled = k, True  # a position that is also a common word, opening a run before a full name:
            # ‘Center Marquise Holloway added 16 rebounds’ (never "Centre Court", "Lock Haven University")
        elif _side_honour(words, k) and len(words) - k >= 3 and words[k + 1][1:2].islower() \
                and not is_organisation(words[k + 1:]) and not _body_word(words[-1]):
            cut, titled = k, True  # what a national side calls its players, before a full name: "Former Silver Fern
            # Aroha Tane", "ex-All Black Wiremu Kerr" (w83c)
        elif k == 0 and len(words) >= 3 and low in NATIONALITY_TITLES and words[1][:1].isupper() \
                and not is_organisation(words[1:]) and not any(x.lower() in EVENT_WORDS for x in words[1:]) \
                and words[1].lower() not in NATIONALITY_TITLES and not _word_like(words[-1]):  # (never "American
            # Eagle Outfitters", "British American Tobacco")
            cut, titled = k, True  # a nationality before a full name: "American Chase Holloway"
        elif k == 1 and len(words) >= 4 and f"{words[0].lower()} {low}" in TWO_WORD_NATIONALITY_TITLES \
                and words[2][:1].isupper() and not is_organisation(words[2:]) \
                and not any(x.lower() in EVENT_WORDS for x in words[2:]) and not _word_like(words[-1]):
            cut, titled = k, True  # a nationality of two words before a full name: "New Zealander Tane Whitcombe"
            # (never a body's name: "South African Airways")
        elif k == 0 and len(words) >= 3 and low in KIN_TITLE_LEADS and w[1:].islower() and words[1][1:2].islower() \
                and words[2][:1].isupper() and not regex.search(r"-\p{Ll}", words[1]) and not is_organisation(words[1:]) \
                and not (low == "son" and words[1].lower() in EAST_ASIAN_GIVEN_SYLLABLES):  # (review rv3: the Korean
            # surname before a given name written apart, "Son Kyung Sik")
            cut = k  # a kin word the article labels one by, opening the sentence before a full name: "Son Geoff
            # Harrow said" (never a name of two words, nor a hyphened given name after the surname Son:
            # "Son Heung-min"; "Father", "Brother" are styles, not kin)
        elif k == 0 and low in EPITHET_PARTICIPLES and w[1:].islower() and words[1][:1].isupper() \
                and not is_organisation(words[1:]):
            cut = k  # a participle of one's plight before the name, an epithet: ‘Snubbed Obinna says’ (never a
            # body's name: is_organisation)
        elif k == 0 and low in ELDER_HONORIFICS and w[1:].islower() and len(words) >= 3 \
                and all(x[:1].isupper() for x in words[1:]) and not is_organisation(words[1:]) \
                and (gender_of(words[1]) is not None or (len(words[1]) > 3 and not _word_like(words[1]))):
            cut = k  # an elder's or a mother's honorific before a full name: "Mama Fatuma Abdalla" (never before
            # one word, where it may be a name: "Mama Cass"; never a body's name: "Mama Africa Trust", nor a shop's
            # whose next word is a plain one: the eatery "Mama Put Deluxe")
        elif k == 1 and low in MONK_STYLE_PAIRS.get(words[0].lower(), ()) and w[1:].islower() and len(words) >= 4 \
                and not is_organisation(words[2:]):
            cut = k  # a monk's style of two words before his name: "Luang Por Inthorn Pannavaro"
        elif k == 0 and len(words) >= 3 and low == "born":
            cut = k  # "Born Kasimir Wojtaszek in a small town …": the verb opening the sentence
        elif k == 0 and len(words) >= 3 and w.endswith(("’s", "'s")) and len(w) > 3 and words[1][:1].isupper() \
                and not is_organisation(words[1:]) and not _word_like(words[-1]) \
                and not any(x.lower() in PLACE_NOUNS_IN_NAMES or x.lower() in ORG_WORDS for x in words[1:]):
            # (never a body's own name: "Children's Hospital Colorado", "King's College London")
            cut = k  # an owner's, a country's or a team's, before a full name: "Poland’s Magda Zielinska"
        elif k == 0 and w.isupper() and low in POLICE_RANK_LETTERS and len(words) >= 3 and gender_of(words[1]) is not None:
            cut, titled = k, True  # a police rank's letters before a given name: "DS Gareth Lloyd" (never "AJ
            # Styles", "DC Comics", "DC United coach …"; before a surname alone, only for one the article
            # names in full, Cast.person_for_name: never "DS Smith", the firm, nor "DS Hooda", initials)
        elif w.isupper() and low in OFFICE_LETTERS and len(words) - k >= 3 and (k == 0 or words[k - 1][:1].isupper()) \
                and (gender_of(words[k + 1]) is not None or (k >= 1 and words[k - 1].lower() in OFFICE_WORDS
                                                            and len(words) - k <= 4 and not is_organisation(words[k + 1:]))):
            cut, titled = k, True  # an office's letters before a given name, alone or after its ministry's
            # word: "Health CS Susan Wairimu Ndegwa", "Treasury PS Jane Macharia"; after a ministry's word,
            # before a given name no list holds too: "Interior CS Kipchumba Murkomen" (never "CS Lewis")
        elif k == 1 and w.isupper() and low in TRADE_LETTERS and len(words) >= 4 and words[0][:1].isupper() \
                and words[0][1:].islower() and gender_of(words[2]) is not None:
            cut, titled = k, True  # a trade's letters after a place, before a given name: "Melbourne GP Alison Forde"
        elif low in RANK_DISTRICTS and cut == k - 1 and titled and words[k - 1].isupper() \
                and words[k - 1].lower() in DISTRICT_RANKS and k + 1 < len(words):
            cut = k  # a rank's district after its letters: "SSP East Qamar Jatoi", "SP City Rahul Mishra"
        elif low == "con" and cut == k - 1 and k >= 1 and words[k - 1].rstrip(".").lower() == "det" and k + 1 < len(words) - 1:
            cut = k  # "Det Con Amy Hart", a detective constable (never "Con Houlihan" alone)
        elif k == 0 and (low in STYLE_DEGREES or w.rstrip(".").lower() in STYLE_DEGREES) \
                and words[1].rstrip(".").lower() in HONORIFICS:
            cut, titled = k, True  # a style's degree: "Rt Revd Alison Threlfall", "Very Revd Andrew Pike", "Rt Hon Ann Lee",
            # abbreviated with its full stop too: "Rt. Hon. Kayode Bello" (whose "Rt." reads as "rev" above)
        elif k == 1 and cut == 0 and low in STACKED_CLERGY_HONORIFICS and words[0].rstrip(".").lower() in CLERGY_STYLE_LEADS:
            cut, titled = k, True  # a priest's or a nun's honorific after the clergy's style: "Rev. Fr. Emmanuel Okafor"
        elif k == 1 and cut == 0 and low in HONORIFICS and words[0].rstrip(".").lower() in STACKED_RANK_LEADS:
            cut, titled = k, True  # a rank in two abbreviations: "Wg Cdr Harbhajan Grewal", "Sqn Ldr Amy Cole"
        elif low in ("seri", "sri") and k >= 1 and words[k - 1].rstrip(".’'").lower() in COMPOUND_HONORIFIC_LEADS:
            cut = k  # "Datuk Seri Hamzah Rashid", "Tan Sri Lim Chee Hong": a Malay style of two words
        elif low in HONORIFICS and not (low in SHORT_NAME_HONORIFICS and k + 2 >= len(words)) and (k == 0 or (low in TITLE_HONORIFICS and low not in PARTICLES)
                                    or (low in STOPPED_TITLE_HONORIFICS and w.endswith(".") and k + 2 < len(words))
                                    or (low in NAME_OPENING_HONORIFICS and k + 2 < len(words) and words[k + 1][:1].isupper())
                                    or (cut == k - 1 and titled and low not in PARTICLES)):
            cut, titled = k, titled or k > 0  # "Texas Sen. Ted Cruz", "Professor Sir John Curtice", never "Guillermo del Toro"
        elif low in LINEAGE_STYLES and w[1:].islower() and (k == 0 or cut == k - 1) and len(words) - k >= 4 \
                and all(x[:1].isupper() and x[1:].islower() and x.isalpha() for x in words[k + 1:]):
            cut = k  # a South Asian style before a full name of three words: "Sardar Asif Khan Nakai" is Asif
            # Khan Nakai (never "Malik Riaz", "Rehman Malik")
        elif cut == k - 1 and (titled or (k == 1 and words[0].endswith(".") and words[0][:-1].lower() in STOPPED_PERSON_HONORIFICS)) \
                and w[:1] == "(" and w[-1:] == ")" and w[1:-1].rstrip(".").lower() in RETIRED_MARKS:
            cut = k  # a rank's retirement in brackets: "Lt. Col. (rtd) Samuel Agyei" is Samuel Agyei, and after one
            # rank abbreviated alone: "Capt. (rtd) Daniel Kogbe" (review rv22: never "(rtd) Daniel Kogbe")
        elif low == "class" and cut == k - 2 and RE_ORDINAL.fullmatch(words[k - 1]):
            cut, titled = k, True  # a rank's grade: "Sgt. 1st Class", "Petty Officer 2nd Class"
        elif _ends_sentence(words, k):
            cut, titled = k, False  # "Syria." ends a sentence
    # a word that is no given name before one that is ("Billionaire Donald Trump"); never inside a
    # company's name with its legal form ("Whitlock Grady LLP" is no person "Grady LLP")
    for k in range(max(cut + 2, 1), len(words) - 1 if words[-1].rstrip(".").lower() not in LEGAL_FORMS else 0):
        if gender_of(words[k]) is not None and gender_of(words[k - 1]) is None and len(words[k - 1]) > 2 \
                and not (titled and k - 1 == cut + 1 and k + 1 < len(words) and not _word_like(words[k - 1])) \
                and ((_word_like(words[k - 1]) and not _given_before_middle(words, k))
                     or not (_foreign_name(words) or words[k].lower() in MIDDLE_NAMES)) \
                and words[k - 1].rstrip(".").lower() not in HONORIFICS \
                and not (k - 1 == cut + 1 and cut >= 0 and words[cut].rstrip(".").lower() in HONORIFICS) \
                and not (k - 1 == cut + 1 and style_as_given_name(words, k - 1)) \
                and not (words[k - 1].islower() and words[k - 1] in PARTICLES) \
                and not (k == 1 and _opening_initials(words[0])) \
                and not words[k - 1].lower().startswith(("al-", "el-", "abu-", "abd-")) and not arabic_article(words[k - 1]) \
                and not (words[k - 1][1:].islower() and words[k - 1].lower() in PLACE_NAME_OPENERS) \
                and words[k - 1].lower() not in NAME_LEADING_KIN and words[k - 1].lower() not in NAME_LEADS \
                and not (words[k].lower() in NAME_LEADS
                         and any(x.rstrip(".").lower() in NAME_LEADS for x in words[cut + 1:k - 1])) \
                and not (words[k].lower() in FATHER_NAME_LEADS and k + 2 == len(words) and not _word_like(words[k - 1])
                         and words[k - 1][1:].islower() and words[k - 1].lower() not in FATHER_NAME_STYLES) \
                and not (k - 1 == cut + 1 and k + 2 == len(words) and words[k - 1][1:].islower()
                         and words[k - 1].lower() in WORD_GIVEN_NAMES and words[k - 1].lower() not in AUXILIARIES
                         and words[k - 1].lower() not in FUNCTION_WORDS):
            # (never at a particle inside the name: "Faisal bin Khalid al-Rashed", "Al-Tayeb Osman Babiker",
            # nor after the "Abu" or "Umm" that opens one: "Abu Nasser Hamdan"; nor after the first word of a
            # place's name, whose saint's given name is the place's: "San Juan Basin", "Port Elizabeth Harbour";
            # nor at the "Mohd" or "Siti" that opens a Malay or South Asian name: "Mohd Azhar Ismail", nor at
            # the "Abdul" of a father's name after one so opened: "Mohamad Zamri Abdul Latif", or after a given
            # name no list holds: "Rosnah Abdul Majid";
            # nor right after a title, where a given name no list holds opens the name: "Foreign Minister
            # Ligia Patricia Alvarado Ferrera"; nor at a given name that is also a word opening a name of
            # three: "Faith Akinyi Odhiambo", never "Will Donald Trump")
            cut = k - 1
    if titled and cut + 2 < len(words) - 2 and words[cut + 1] == "in" and words[cut + 2] in OFFICE_IN_TAILS:
        cut += 2  # an office's own "in" phrase is the title's: "Special Agent in Charge Dana Cole", w100a
    if titled and cut + 1 < len(words) and words[cut + 1] in ("of", "for") and len(words) - cut > 4:
        # "Former Secretary of State Madeleine Albright", "Commissioner for Trade Jan-Willem ter
        # Horst": what follows "of" or "for" is the title's, up to
        # a known given name ("Secretary of State Hillary Rodham Clinton"), else up to the name's
        # last two words (three with an initial: "John F. Kerry")
        given = next((k for k in range(cut + 3, len(words) - 1) if gender_of(words[k]) is not None), None)
        office = cut + 2
        if given is not None and given > office + 1 and words[given].lower() in MIDDLE_NAMES and gender_of(words[given - 1]) is None:
            given -= 1  # (a given name often given second follows the first: "Director General of Police
            # Harkirat Singh Randhawa")
        elif given is not None and given > office + 1 and given + 2 == len(words) and _unlisted_given(words[given - 1]):
            given -= 1  # (a first given name no list holds before a known one and the surname, after the
            # portfolio's words: "Minister of State for Tribal Affairs Kiran Bala Oraon")
        cut = given - 1 if given is not None else \
            next((len(words) - n - 1 for n in (4, 3) if len(words) - n > office and written_surname_first(words[-n:])),
                 max(office, len(words) - (4 if len(words[-2]) == 2 and words[-2].endswith(".") else 3)))
        # (a name written surname first is all of its words: "Minister for Manpower Koh Boon Hwee")
        # (the office's own word after "of" is never the name's: "Commissioner of Police R. Muthukumaran")
        while given is None and cut > office and words[cut + 1] in PARTICLES:
            cut -= 1  # (and the given name before particles: "Commissioner for Trade Jan-Willem ter Horst")
        if given is None and cut == len(words) - 3 and cut - 1 > office and _unlisted_given(words[cut]) \
                and (words[cut - 1].lower() in OFFICE_WORDS or _word_like(words[cut - 1])) and words[cut - 1][:1].isupper():
            cut -= 1  # (a name of three words no list holds, after a portfolio's last word: "Minister of State
            # for Tribal Affairs Kiran Bala Oraon", never "Minister for Lagos Babajide Sanwo")
    if "and" in words[max(cut, 0):-3] and not is_organisation(words):
        # the end of a portfolio after a comma: "Infrastructure and Communities Devinder Grewal" (a
        # person's name holds no "and"): up to a known given name, else the last two words
        a = len(words) - 1 - words[::-1].index("and")
        if len(words) - a > 3:
            given = next((k for k in range(a + 2, len(words) - 1) if gender_of(words[k]) is not None), None)
            cut, titled = (given - 1 if given is not None else len(words) - 3), True
    a = next((a for a in range(len(words) - 3, cut, -1) if words[a].lower() in PORTFOLIO_END_WORDS and words[a][:1].isupper()), None)
    if a is not None and all(w[:1].isupper() for w in words[:a]) and all(w[:1].isupper() for w in words[a + 1:]) \
            and not is_organisation(words[a + 1:]) and not is_organisation(words):
        cut, titled = a, False  # the end of a portfolio before its holder's name: "Humanitarian Affairs Beatrix
        # Oyelaran-Holt" (a run after "for", no title alone: the office is read whole elsewhere; a person's
        # name holds no "Affairs")
    while titled and cut > 0 and len(words[cut]) == 2 and words[cut][1] == "." and words[cut][0].isupper():
        cut -= 1  # (an initial opens the name: "Leader of the Opposition P. V. Gowda", "Minister of State M. Ramesh Kumar")
    title = " ".join(words[: cut + 1]) if titled else None
    if title is not None and cut >= 1 and words[cut].lower() in LINEAGE_STYLES and words[cut - 1].lower() not in LINEAGE_STYLES:
        title = " ".join(words[:cut])  # ("Deputy Speaker Malik Zafar Iqbal Dhudhi": the office, not the style)
    elif title is not None and cut >= 1 and (words[cut].rstrip(".").lower() in HONORIFICS or words[cut] in TITLE_ABBREVIATIONS) \
            and words[cut - 1].rstrip(".").lower() in ROLE_NOUNS and words[cut - 1].lower() != "vice":
        title = " ".join(words[:cut])  # ("Superintendent Dr. Angela Whitehorse": the office, not "Dr."; but "Vice Adm.")
    elif title is not None and cut >= 2 and words[cut].rstrip(".").lower() in NAME_HONORIFICS_AFTER_OFFICE \
            and any(w.rstrip(".,").lower() in ROLE_NOUNS for w in words[:cut - 1]):
        title = " ".join(words[:cut])  # (and after an office's portfolio: "Leader of the Opposition Dr Ian Mair",
        # "Minister of Health Dr Ama Boateng": the office)
    name = words[cut + 1:]
    if titled and name and name[0] in ("and", "of", "for", "&"):
        return " ".join(words), []  # an office whole, no one's name: "Commissioner for Youth and Sports"
    while len(name) > 1 and name[-1].rstrip(".,") in POST_NOMINALS:
        name = name[:-1]  # ("Judge Mary Jones KC": the letters after a name are no part of it)
    return title, name


#: Titles that are never a surname: a capitalised run ending in one is a body's office, no one's
#: name ("Kairo Labs CEO defends …", "the studio's CEO told").
TRAILING_TITLES = EXECUTIVE_ACRONYMS | frozenset("chairman chairwoman chairperson spokesman spokeswoman spokesperson".split())

#: Offices no surname shares that end a run after their portfolio ("Finance Minister", "Home
#: Secretary"): an office, no one's name, where a word comes before them.
TRAILING_OFFICES = frozenset("minister secretary commissioner treasurer".split())


def ends_in_title(words: Sequence[str]) -> bool:
    """The run ends in a title no surname shares ("Kairo Labs CEO", "CEO", "Finance Minister"; never "Tim Cook").

    >>> ends_in_title(["Kairo", "Labs", "CEO"]), ends_in_title(["Chairman"]), ends_in_title(["Tim", "Cook"])
    (True, True, False)
    >>> ends_in_title(["Finance", "Minister"]), ends_in_title(["Secretary"])
    (True, False)
    """
    last = words[-1].rstrip(".,") if words else ""
    return (last.lower() in TRAILING_TITLES or (len(words) > 1 and last.lower() in TRAILING_OFFICES)) \
        and (last.isupper() or last[:1].isupper())


#: Given names often given second ("Kenzie Ann Marsh", "Brylee Grace Tanner", and in South Asian
#: names "Faruque Ahmed Chowdhury", "Bikash Raj Adhikari", "Tauseef Anwar Malik", and in Nordic double given names "Kari
#: Elisabeth Kaski", "Tor Inge Hansen", "Siv Margrethe Lund", and the father's given name of an Eritrean or
#: Ethiopian name, "Yonas Tekle Gebremariam", "Selam Haile Woldu"; the Nordic "Ole" of "Jan Ole Berg", which in a
#: Maasai name is "son of" before the surname, "Joseph Lemayian Ole Nkaissery" (w65e)): a word no list holds
#: before one is more likely a first given name than an epithet.
#:
#: >>> "ole" in MIDDLE_NAMES, split_title("Peter Kipaa Ole Sankei".split())
#: (True, (None, ['Peter', 'Kipaa', 'Ole', 'Sankei']))
MIDDLE_NAMES = frozenset("""
ann anne marie lynn lynne mae rose grace jo jean louise lee ray dean wayne lou kay jane beth rae sue belle
elisabeth elisabet margrethe margareta marit helene kristine sofie johanne ove inge olav arne petter ole
ahmed ahmad ali raj pratap krishna naresh kumar prasad chandra nath lal hussain husain uddin ullah rahman kishore
mohammad mohammed muhammad mohamed mohamud abdi hassan hussein omar osman yusuf farah kumari devi bahadur singh maya
anwar tariq nawaz javed rashid zafar shahid mahmood latif aziz karim hamid khalid nasir imran asif arif raza hasan haider
tekle haile tesfaye tesfay girma kebede abebe ayele yohannes berhe kidane gebre
""".split())


#: Endings that English words share with given names no list holds ("Skyler", "Harper", "Tucker",
#: "Kinsley", "Jillian", "Crystal"): before a given name often given second, a word with one of these
#: endings that names no occupation opens the name.
GIVEN_NAME_ENDINGS = ("er", "or", "ian", "ly", "al")


def _given_before_middle(words: Sequence[str], k: int) -> bool:
    """The word before ``words[k]``, a given name often given second that is followed by the
    surname alone, is a first given name no list holds, not an epithet: "Skyler Mae Tran",
    "Harper Lou Dawson", "Kinsley Ann Porter" (never an occupation or a description the lists hold:
    "Pollster Ann Selzer", "Singer Lee Hooker", "Youngster Jo Bland"; never a word in capitals,
    a hyphen or a speech verb).

    >>> _given_before_middle(["Skyler", "Mae", "Tran"], 1), _given_before_middle(["Pollster", "Ann", "Selzer"], 1)
    (True, False)
    >>> _given_before_middle(["Influencer", "Skyler", "Mae", "Tran"], 2), _given_before_middle(["Skyler", "Mae"], 1)
    (True, False)
    """
    w = words[k - 1]
    low = w.rstrip(".").lower()
    return words[k].lower() in MIDDLE_NAMES and k + 2 == len(words) and w[:1].isupper() and w[1:].islower() \
        and w.isalpha() and low.endswith(GIVEN_NAME_ENDINGS) and not low.endswith(("ier", "eer")) \
        and low not in ROLE_NOUNS and low not in DESCRIPTION_NOUNS and low not in EPITHET_WORDS \
        and low not in SPEECH_VERBS and low not in FUNCTION_WORDS and low not in ORG_WORDS \
        and low not in PLACE_NOUNS_IN_NAMES and low not in NATIONALITY_WORDS and words[-1][:1].isupper()  # (never a
    # nationality in -ian: ‘Canadian Mae Whitman-Ross’)


def _unlisted_given(word: str) -> bool:
    """A capitalised word that reads as a given name no list holds rather than a portfolio's, a
    body's or a description's word: "Kiran", "Mehreen" (never "Affairs", "Education", "Women").

    >>> _unlisted_given("Kiran"), _unlisted_given("Education"), _unlisted_given("Women"), _unlisted_given("Affairs")
    (True, False, False, False)
    """
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and gender_of(word) is None \
        and not _word_like(word) and low not in OFFICE_WORDS and low not in DESCRIPTION_NOUNS \
        and low not in EPITHET_WORDS and low not in NATIONALITY_WORDS and low not in CAUSE_PEOPLE_NOUNS \
        and low not in PLACE_NOUNS_IN_NAMES and low not in PARTY_WORDS and low not in TITLE_HONORIFICS


#: Titles of two letters that are a title only before a name, never a body's word ("Mayo TD Breda
#: Kilbane", "MP Khan", never "TD Bank").
SHORT_TITLES = frozenset("td mp mla msp mep".split())


def _body_word(word: str) -> bool:
    """A word of a body's or a company's name ("Bank", "Partners")."""
    low = word.lower().rstrip(".")
    return low in ORG_WORDS or low in BUSINESS_WORDS


#: Honorifics that are titles of office or rank: only these start a name inside a run.
TITLE_HONORIFICS = wordset("""
mr mrs ms dr prof sen rep gov lt gen col capt sgt maj adm cmdr pres supt sens reps govs rev det cpl insp amb
msgr asst dep atty cllr spc pfc const cst comr comm kombes akbp
""")


#: Honorifics that start a name inside a run only written with their full stop and before two words
#: or more: an office before the style of a member of a house, "Speaker of the Assembly Hon. Peter
#: Nyakundi" (never the syllable of a Cantonese name, "Chan Hon Kit"); and an engineer's "Eng." or
#: "Engr." after an office named with its remit, as the Arab and Nigerian press write a minister:
#: "Minister of Water Eng. Raed Al Zoubi" (never the syllable ending a Chinese name, "Lim Guan Eng").
#:
#: >>> split_title("Assembly Hon. Peter Kamau".split()), split_title("Chan Hon Kit".split())
#: (('Assembly Hon.', ['Peter', 'Kamau']), (None, ['Chan', 'Hon', 'Kit']))
#: >>> split_title("Water Eng. Raed Al Zoubi".split()), split_title("Lim Guan Eng".split())
#: (('Water Eng.', ['Raed', 'Al', 'Zoubi']), (None, ['Lim', 'Guan', 'Eng']))
STOPPED_TITLE_HONORIFICS = frozenset({"hon", "engr"})


#: Words of party or faction that stand before a name like a title ("Republican Donald Trump").
PARTY_WORDS = wordset("""
republican republicans democrat democrats democratic gop independent libertarian labour tory
conservative liberal socialist communist
""")


#: Verbs a Title Case heading runs into a name ("Rafael Quintanilla Wants You to …"), besides speech.
HEADING_VERBS = wordset("""
wants needs gets takes makes gives finds hopes thinks knows plans quits wins loses leaves joins returns opens
becomes brings keeps builds turns helps shows bets eyes faces seeks lands signs sets
""")


def heading_verbs_trimmed(name: Sequence[str]):
    """A name without the past-tense speech verbs a Title Case heading ran into it ("Maria
    Hinojosa Explained Why …"); only after three words, so "Edward W. Said" keeps his name.

    A present-tense one ends the name wherever it stands ("Donald Trump Praises Breitbart").

    >>> heading_verbs_trimmed(["Maria", "Hinojosa", "Explained"]), heading_verbs_trimmed(["Edward", "W.", "Said"])
    (['Maria', 'Hinojosa'], ['Edward', 'W.', 'Said'])
    >>> heading_verbs_trimmed(("Bernie", "Sanders", "Promises", "Action")), heading_verbs_trimmed(["Rafael", "Quintanilla", "Wants"])
    (('Bernie', 'Sanders'), ['Rafael', 'Quintanilla'])
    """
    if len(name) > 2:
        cut = next((i for i in range(2, len(name)) if len(name[i]) > 3 and name[i].endswith("s")
                    and (name[i].lower() in SPEECH_VERBS or name[i].lower() in HEADING_VERBS)), None)
        if cut is not None:
            name = name[:cut]
    while len(name) >= 3 and len(name[-1]) > 5 and name[-1].endswith("ed") and name[-1].lower() in SPEECH_VERBS:
        name = name[:-1]
    return name


def is_headline(line: str) -> bool:
    """A short line in title case, with no sentence's full stop at its end: a headline.

    >>> is_headline("Bush Hits Marco Rubio Over Missed Votes"), is_headline("Bush hit Marco Rubio.")
    (True, False)
    """
    if len(line) > 160 or line.endswith((".", ":", "”", '"')) or "," in line or (":" in line and _label_colon(line)):
        return False  # (a list of names, "Candidates: A B, C D", is no headline; a score or a ratio is no
        # label: "Court Upholds Law By 2:1 Majority; Justice X Dissents" is one)
    long = [w for w in line.split() if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _label_colon(line: str) -> bool:
    """Whether a colon of ``line`` stands between words, as a label's does ("Candidates: A B"), rather
    than between digits, as a score's, a ratio's or a time's does ("By 2:1 Majority", "10:30").

    >>> _label_colon("Candidates: Ann Lee"), _label_colon("Court Upholds Law By 2:1 Majority")
    (True, False)
    """
    at = line.find(":")
    while at >= 0:
        if not (0 < at < len(line) - 1 and line[at - 1].isdigit() and line[at + 1].isdigit()):
            return True
        at = line.find(":", at + 1)
    return False


#: A byline or a credit line: "By Natalia Kowalski, Staff Writer", "Reporting by Jane Doe;
#: Editing by Tom Lee". Its names are the reporters', never the article's people.
RE_BYLINE = LazyPattern(
    r"(?:By|BY|Written by|Words by|Story by|(?:Additional )?[Rr]eporting by)[ \t]+(\p{Lu}[\p{L}\p{M}.’'\-]*)"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}.’'\-]*){1,3}(?:[ \t]*(?:,|and|&|\||;|/|–|—|-)[^\n“”\"]{0,100})?")


#: A byline crediting the paper's staff alone, with no name (‘By Staff’, ‘BY STAFF’) (w72b).
#:
#: >>> RE_STAFF_BYLINE.fullmatch("By Staff") is not None, RE_STAFF_BYLINE.fullmatch("By Staff, the board voted") is None
#: (True, True)
RE_STAFF_BYLINE = LazyPattern(r"(?:By|BY)[ \t]+(?:Staff|STAFF)")


#: The word a reporter's desk ends with in a byline (‘Agriculture Correspondent’, ‘Political Editor’):
#: :data:`RE_DESK_BYLINE` ends with one, and a line that ends with none spares that pattern.
#:
#: >>> "Political Editor".endswith(DESK_WORDS), "Chief Executive".endswith(DESK_WORDS)
#: (True, False)
DESK_WORDS = ("Correspondent", "Editor", "Reporter", "Writer")

#: A byline with no "By", as Irish and British papers give one: a name, then the reporter's desk
#: ("Siobhán Kehoe, Agriculture Correspondent", "Tom Reed, Political Editor") (w49b).
#:
#: >>> bool(RE_DESK_BYLINE.fullmatch("Siobhán Kehoe, Agriculture Correspondent")), \
#: ...     bool(RE_DESK_BYLINE.fullmatch("Mary Byrne, Chief Executive"))
#: (True, False)
RE_DESK_BYLINE = LazyPattern(r"\p{Lu}[\p{L}\p{M}.’'\-]*(?: \p{Lu}[\p{L}\p{M}.’'\-]*){1,3}, (?:\p{Lu}[\p{L}\-]* ){0,3}"
                             r"(?:" + "|".join(DESK_WORDS) + ")")


def is_byline(line: str) -> bool:
    """A short line crediting reporters ("By Natalia Kowalski, Staff Writer"), never a sentence
    ("By Tuesday, the council will vote.").

    >>> is_byline("By Natalia Kowalski, Staff Writer"), is_byline("By Tuesday, the council will vote.")
    (True, False)
    >>> is_byline("Reporting by Jane Doe; Editing by Tom Lee"), is_byline("Harry Gahan, Political Correspondent")
    (True, True)
    >>> is_byline("By Staff")
    True
    """
    line = line.strip()
    if len(line) <= 80 and line.endswith(DESK_WORDS) \
            and RE_DESK_BYLINE.fullmatch(line) is not None:
        return True  # (a name and a desk alone on the line: ‘Siobhán Kehoe, Agriculture Correspondent’)
    if not line.startswith(("By ", "BY ", "Written ", "Words ", "Story ", "Reporting ", "reporting ", "Additional ")):
        return False  # (most lines: spare the pattern)
    if RE_STAFF_BYLINE.fullmatch(line) is not None:
        return True
    m = RE_BYLINE.fullmatch(line) if len(line) <= 160 and (
        not line.endswith((".", "?", "!")) or line.endswith((" Jr.", " Sr."))) else None
    return m is not None and m.group(1).lower() not in NOT_NAMES and not line.endswith(":")
