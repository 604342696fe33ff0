"""A body's proper name as the speaker, without the words a report puts before it: its kind (‘the
charity Patients First’) or its owner (‘the league's Department of Player Safety’). The name alone is
the body's; the words before it describe it. A scope before the name (‘the state Department of Water
Resources’, ‘the federal Interior Ministry’) stays as written, the labelled cases' convention
(known-family-a1 to a9).
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset


#: Kind nouns a report sets before a body's proper name in apposition (‘the charity Patients First’,
#: ‘the campaign group Keep Our Parks’, ‘the Steinfeld ultras group Nordblock 1991’).
#:
#: >>> "charity" in BODY_KIND_NOUNS, "striker" in BODY_KIND_NOUNS
#: (True, False)
BODY_KIND_NOUNS = wordset("""charity group nonprofit non-profit watchdog coalition network alliance
    association organisation organization thinktank""")

#: The head of a proper name a body's owner sets before (‘the league's Department of Player Safety’,
#: ‘the university’s Office of Internal Audit’): its last word, or the word before its first "of" or "for"; never an
#: office's title (‘the company's Chief Executive’, ‘the club's Director of Football’ are people).
#:
#: >>> "department" in BODY_NAME_HEADS, "executive" in BODY_NAME_HEADS, "director" in BODY_NAME_HEADS
#: (True, False, False)
BODY_NAME_HEADS = wordset("""department office ministry board council committee commission agency
    authority bureau service services institute directorate division unit panel tribunal police guard
    union party assembly""")

#: First words of an office's title, a person's job however body-like its end (‘the council's Director
#: of Adult Social Services’, ‘the network Head of News’): such a speaker stays as written.
#:
#: >>> "director" in OFFICE_HEAD_WORDS, "office" in OFFICE_HEAD_WORDS
#: (True, False)
OFFICE_HEAD_WORDS = wordset("""head director chief secretary deputy leader chairman chairwoman chair
    president minister member manager dean chancellor commissioner governor general executive officer
    superintendent inspector editor principal ceo cfo coo cto mp msp mla mep md""")

# A body's proper name: capitalised words, with "of", "for", "and", "the" between and a number at the end.
_NAME = r"\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|the|on|\p{Lu}[\p{L}\p{M}’'\-]*|\d+))*"

#: A speaker given as ‘the [<Place>] [<lowercase word>] <kind> <Name>’ or ‘the <owner>'s <Name>’:
#: group ``kind`` or ``owner`` tells which, group ``name`` is the name.
#:
#: >>> RE_BODY_BEFORE_NAME.fullmatch("the charity Patients First").group("kind")
#: 'charity'
#: >>> RE_BODY_BEFORE_NAME.fullmatch("The Steinfeld ultras group Nordblock 1991").group("name")
#: 'Nordblock 1991'
#: >>> RE_BODY_BEFORE_NAME.fullmatch("the league's Department of Player Safety").group("name")
#: 'Department of Player Safety'
#: >>> RE_BODY_BEFORE_NAME.fullmatch("the former Labour leader") is None
#: True
RE_BODY_BEFORE_NAME = LazyPattern(
    r"[Tt]he (?:(?:\p{Lu}[\p{L}\p{M}\-]* )?(?:\p{Ll}[\p{Ll}\-]* )??(?P<kind>\p{Ll}[\p{Ll}\-]*)"
    r"|(?P<owner>\p{Ll}+)['’]s) (?P<name>" + _NAME + ")")


#: Where a body is based, written onto "based" before its proper name (‘London-based Gallowglass
#: Publishing’, ‘the Oslo-headquartered Nordvik Energi’): no word of the name. A kind's noun after it
#: (‘the Texas-based company’) is no name and stays.
#:
#: >>> RE_BASED_BEFORE_NAME.match("London-based Gallowglass Publishing").group()
#: 'London-based '
#: >>> RE_BASED_BEFORE_NAME.match("the Texas-based company") is None
#: True
RE_BASED_BEFORE_NAME = LazyPattern(r"(?:[Tt]he )?\p{Lu}[\p{L}\-]*-(?:based|headquartered) (?=\p{Lu})")


def body_name_alone(speaker: str) -> str:
    """The body's proper name of a speaker written with its kind or owner before it, else the speaker
    as it is. The name keeps two words at least (‘the network CNN’ stays: one word is no name); an
    owner's takes a body's head (never an office: ‘the union's General Secretary’).

    >>> body_name_alone("the Steinfeld ultras group Nordblock 1991"), body_name_alone("the charity Patients First")
    ('Nordblock 1991', 'Patients First')
    >>> body_name_alone("the university’s Office of Internal Audit")
    'Office of Internal Audit'
    >>> body_name_alone("the state Department of Health"), body_name_alone("the company's Chief Executive")
    ('the state Department of Health', "the company's Chief Executive")
    >>> body_name_alone("the council's Director of Adult Social Services"), body_name_alone("the network Head of News")
    ("the council's Director of Adult Social Services", 'the network Head of News')
    >>> body_name_alone("the former Prime Minister Tony Blair"), body_name_alone("the agency's Norman office")
    ('the former Prime Minister Tony Blair', "the agency's Norman office")
    >>> body_name_alone("London-based Gallowglass Publishing"), body_name_alone("the Texas-based company")
    ('Gallowglass Publishing', 'the Texas-based company')
    """
    if (based := RE_BASED_BEFORE_NAME.match(speaker)) is not None:
        return speaker[based.end():]  # (where it is based is no part of its name)
    if not speaker.startswith(("the ", "The ")) or (m := RE_BODY_BEFORE_NAME.fullmatch(speaker)) is None:
        return speaker
    name = m.group("name")
    words = name.split()
    if len(words) < 2 or words[-1] in ("of", "for", "and", "the", "on"):
        return speaker
    if words[0].lower() in OFFICE_HEAD_WORDS:
        return speaker
    joint = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    headed = (words[-1] if joint is None else words[joint - 1]).lower() in BODY_NAME_HEADS
    ok = m.group("kind") in BODY_KIND_NOUNS if m.group("kind") is not None else headed
    return name if ok else speaker
