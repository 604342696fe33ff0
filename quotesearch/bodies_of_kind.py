"""Where the text names a body of a kind (_bodies_of_kind): the names "the <noun>" may stand for,
written after its kind in lower case, a one-word name, a shortened name, a name with its campus
place, the sole one (_sole_body), one unnamed or brought in unnamed since, one named by its ending
("the sheriff's office"), a members' group by its kind, and how many lie within reach.
"""

from __future__ import annotations

import bisect
import functools
import re

import regex

from quotesearch.lexicon import KIND_MODIFIED_PEOPLE, LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.body_words import (BODY_NAME_ENDINGS, BODY_RESTATING_WORDS, KIND_PERSON_AFTER, NO_BRAND_LABEL_WORDS, STAFF_AT_WORDS,
                                    same_kind_words)
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import PRONOUNS
from quotesearch.mention_words import Mention
from quotesearch.body_name_ends import REMIT_HEADS
from quotesearch.names import split_title
from quotesearch.name_parts import NOT_NAMES, gender_of
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.nicknames import BODY_NOUNS, FIRM_NOUNS
from quotesearch.body_names import PUBLIC_BODY_ENDINGS, _body_of_kind, _sides_of_and


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

    Nor the kind as the word before one of its people (:data:`KIND_PERSON_AFTER`), which brings in a person,
    the body the one named: ‘A board official who knew her said …’ is of the board the story names (w127n):

    >>> _unnamed_kind_since("A board official said so.", 0, 25, "board") is None
    True
    >>> _unnamed_kind_since("One official at a hospital trust said so.", 0, 41, "trust") is not None
    True
    """
    return regex.search(rf"(?<!\bnot\s)\b(?:a|an|another|one)\s+(?!of\b)(?:(?!not,?\s|(?:the|its|their|his|her)\s)[\w\-’']+,?\s+){{0,3}}?{regex.escape(noun)}\b"
                        + KIND_PERSON_AFTER, text[lo:at], flags=regex.I)  # (a comma between its words: ‘a second, unnamed group’)


#: Where a body is based, written before its name with "the" (‘the Lekki-based Port Harlow Refinery’):
#: no part of the name "the refinery" stands for (w59c).
#:
#: >>> RE_BASED_BEFORE_NAME.sub("", "the Lagos-based Port Harlow Bank")
#: 'Port Harlow Bank'
RE_BASED_BEFORE_NAME = LazyPattern(r"^(?i:the) \p{Lu}[\p{L}\-]*-(?:based|listed|headquartered) (?=\p{Lu})")


def _kind_told_before(text: str, at: int, noun: str, lo: int) -> bool:
    """The text brings in something as a <noun> before ``at``, within a body's reach and outside the
    body's own name at ``lo`` (‘The Lumen Collective, a group of artists, is suing Vantix. Vantix said
    …. “…,” the group said’, ‘The support act, a local band called Harbour Lights, pulled out’): "the
    <noun>" may be that one (but "the Dallas-based company" is the firm named; and a determiner between
    starts another phrase, whose <noun> is the one named: ‘a feature the company introduced’)."""
    pattern = rf"\b(?:a|an|another|one)\s+(?!of\b)(?:(?!(?:the|this|that|its|their|his|her|our)\b)[\w\-’']+\s+){{0,3}}?" \
              rf"{regex.escape(noun)}\b" \
              + KIND_PERSON_AFTER  # (never ‘a band member’)
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
        if not (_body_of_kind(words, noun) or " " not in name or (at, name) in after_kind or _kind_written_before(text, at, noun, words)
                or _kind_written_after(text, at, name, noun) or _kind_set_off_before(text, at, name, noun)
                or _firm_based_before(text, at, name, noun)) \
                or (name.isupper() and " " in name):
            continue  # (a heading in capitals is no body's name)
        if _kind_in_title_only(words, noun):
            continue  # (a person with an office: ‘Financial Secretary Kenneth Yip’ is no financial firm)
        if len(words) > 2 and words[-1][:1].isupper() and words[-1].lower() in BODY_NOUNS \
                and not _body_of_kind(words[-1:], noun) and _owner_named_apart(text, words, noun) \
                and not _kind_word_after_the_name(text, at, name, noun):
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

    The kind's other word counts as the kind (:data:`SAME_KIND_PAIRS`: ‘the womenswear label Hvid Studio’ for
    "the brand", w145b):

    >>> t = "one of them, the womenswear label Hvid Studio, confirmed it"
    >>> _kind_written_before(t, t.index("Hvid"), "brand"), _kind_written_before(t, t.index("Hvid"), "company")
    (True, False)
    """
    if any(w.lower() in ROLE_NOUNS for w in words):
        return False
    return any(at > len(kind) and text[at - len(kind) - 1:at] == kind + " " and not text[at - len(kind) - 2:at - len(kind) - 1].isalpha()
               and (kind != "label" or noun == "label" or label_as_brand(text, at - len(kind) - 1))
               for kind in same_kind_words(noun))


#: "label" right before a name (‘the shoe label Pardo’), for :func:`label_as_brand`.
#:
#: >>> len(RE_LABEL_BEFORE_NAME.findall("the womenswear label Lune Atelier and the shoe label Pardo"))
#: 2
RE_LABEL_BEFORE_NAME = LazyPattern(r"\blabel (?=\p{Lu})")


def label_as_brand(text: str, kind_at: int) -> bool:
    """Whether the label whose word stands at ``kind_at`` may be "the brand": never a record company's
    (:data:`NO_BRAND_LABEL_WORDS`, ‘the record label Blue Harbor Records’), nor one of two labels the article names
    (‘the womenswear label Lune Atelier and the shoe label Pardo’: "the brand" may be either; guard of w145b).

    >>> t = "the womenswear label Hvid Studio said"
    >>> label_as_brand(t, t.index("label")), label_as_brand("the record label Blue Harbor Records", 11)
    (True, False)
    >>> t = "the womenswear label Lune Atelier and the shoe label Pardo split"
    >>> label_as_brand(t, t.index("label"))
    False
    """
    before = text[max(0, kind_at - 30):kind_at].split()
    if before and before[-1].lower() in NO_BRAND_LABEL_WORDS:
        return False
    return len(RE_LABEL_BEFORE_NAME.findall(text)) < 2


#: Where a body is based, written right before its name with no kind and no "the" between (‘Winnipeg-based
#: Prairie Gate Optics’, ‘London, Ont.-based …’): a firm's name, as business news writes one (w145b).
#:
#: >>> bool(RE_BASED_RIGHT_BEFORE.search("a blow for London, Ont.-based ")), bool(RE_BASED_RIGHT_BEFORE.search("a community-based "))
#: (True, False)
RE_BASED_RIGHT_BEFORE = LazyPattern(r"(?<![\p{L}\-])\p{Lu}[\p{L}.\-]*-(?:based|headquartered) $")


def _firm_based_before(text: str, at: int, name: str, noun: str) -> bool:
    """The name at ``at`` follows where the body is based, with no kind between (‘The ruling is a blow for
    Winnipeg-based Prairie Gate Optics, which employs 600 people’): "the company" or "the firm" may stand for it,
    whatever the name's own words, as business news writes a firm (w145b); never for a body of another kind
    (‘Kiel-based Sea Watch’ is no "union"), nor a person's name (‘Leeds-based Anna Hart’, a given name first).

    >>> t = "a blow for Winnipeg-based Prairie Gate Optics, which employs 600 people."
    >>> _firm_based_before(t, t.index("Prairie"), "Prairie Gate Optics", "company"), _firm_based_before(t, t.index("Prairie"), "Prairie Gate Optics", "union")
    (True, False)
    >>> t = "said Leeds-based Anna Hart, a designer."
    >>> _firm_based_before(t, t.index("Anna"), "Anna Hart", "company")
    False

    Never where people who speak for their own work are said to work there, nor one set off as another kind (guard
    of w145b):

    >>> t = "Analysts at Zurich-based Helvetia Research said demand would recover."
    >>> _firm_based_before(t, t.index("Helvetia"), "Helvetia Research", "company")
    False
    >>> t = "a report by Zurich-based Helvetia Research, an independent consultancy, found"
    >>> _firm_based_before(t, t.index("Helvetia"), "Helvetia Research", "company")
    False
    """
    if noun not in FIRM_NOUNS or gender_of(name.split()[0]) is not None:
        return False
    if name.startswith(("the ", "The ")):
        return RE_BASED_BEFORE_NAME.match(name) is not None
    start = text.find(name, at, at + len(name) + 40)  # (the run read may open with where it is based)
    based = RE_BASED_RIGHT_BEFORE.search(text, max(0, start - 40), start) if start >= 0 else None
    if based is None:
        return False
    staff = text[max(0, based.start() - 30):based.start()].split()
    if len(staff) > 1 and staff[-1] == "at" and staff[-2].lower() in STAFF_AT_WORDS:
        return False  # (where the speakers work: ‘Analysts at Zurich-based Helvetia Research said’, guard of w145b)
    other = RE_OTHER_KIND_SET_OFF.match(text, start + len(name))
    return other is None or other.group(1).lower() in FIRM_NOUNS or other.group(1).lower() == noun
    # (never one set off as another kind: ‘Zurich-based Helvetia Research, an independent consultancy,’, guard of w145b)


#: A kind set off right after a body's name, group 1 its noun, for :func:`_firm_based_before`.
#:
#: >>> RE_OTHER_KIND_SET_OFF.match(", an independent consultancy, said").group(1)
#: 'consultancy'
#: >>> RE_OTHER_KIND_SET_OFF.match(", which employs 600 people") is None
#: True
RE_OTHER_KIND_SET_OFF = LazyPattern(r", (?:an?|the) (?:[\p{Ll}\-]+ ){0,2}?([\p{Ll}\-]+)(?=[,.;:]| (?:that|which|with|based|in|of|from|for)\b)")


#: A kind's word with a determiner or an owner's pronoun, set off right before a body's name (‘her insurer, ’,
#: ‘The charity, ’, ‘its new operator, ’): group ``noun`` (w120m).
#:
#: >>> RE_KIND_SET_OFF_BEFORE.search("claims handlers at her insurer, ").group("noun")
#: 'insurer'
#: >>> RE_KIND_SET_OFF_BEFORE.search("Unlike other insurers, ") is None
#: True
RE_KIND_SET_OFF_BEFORE = LazyPattern(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is|[Oo]ur|[Mm]y|[Yy]our) (?:\p{Ll}[\p{Ll}\-]* ){0,2}(?P<noun>\p{Ll}+), $")


def _kind_set_off_before(text: str, at: int, name: str, noun: str) -> bool:
    """The body's name at ``at`` is set off after its kind, a comma on each side (‘five claims handlers at her
    insurer, Ashdown General, since the flood’): "the <noun>" may stand for it, whatever the name's own words
    (w120m); never a name no comma closes (‘Like the charity, Shelterline said’), nor a person's: one with a
    given name, or a role set off after it, or after a setting the sentence opens with (‘Within the union,
    Robin Adair, a shop steward, led the revolt’, review rv120m).

    >>> t = "She rang her insurer, Ashdown General, five times."
    >>> _kind_set_off_before(t, t.index("Ashdown"), "Ashdown General", "insurer")
    True
    >>> t = "Like the insurer, Ashdown General said no."
    >>> _kind_set_off_before(t, t.index("Ashdown"), "Ashdown General", "insurer")
    False
    >>> t = "It rained. Within the union, Robin Adair, a shop steward, led the revolt."
    >>> _kind_set_off_before(t, t.index("Robin"), "Robin Adair", "union")
    False
    >>> t = "It rained. Said the chairman of the union, Comrade Ade Obi, on Tuesday."
    >>> _kind_set_off_before(t, t.index("Comrade"), "Comrade Ade Obi", "union")
    False
    """
    end = at + len(name)
    if text[at - 2:at] != ", " or text[end:end + 1] != "," or gender_of(name.split()[0]) is not None \
            or RE_ROLE_SET_OFF_AFTER.match(text, end) is not None:
        return False
    kind = RE_KIND_SET_OFF_BEFORE.search(text, max(0, at - 60), at)
    return kind is not None and kind.group("noun") == noun \
        and RE_SETTING_OPENS.search(text, max(0, kind.start() - 20), kind.start()) is None \
        and not _role_of_before(text, kind.start())


#: A role and "of" right before a kind's word (‘the chairman of ’, ‘general secretary of ’): group 1 the role's
#: word; the name set off after the kind is then the officer's, no body of the kind (141f).
#:
#: >>> RE_ROLE_OF_BEFORE.search("on Tuesday, the chairman of ").group(1), RE_ROLE_OF_BEFORE.search("claims handlers at ")
#: ('chairman', None)
RE_ROLE_OF_BEFORE = LazyPattern(r"\b(\p{Ll}+) of $")


def _role_of_before(text: str, at: int) -> bool:
    """Whether a role's word and "of" stand right before ``at`` (‘the chairman of the union, Comrade Emeka
    Obiakor, said’ names the union's chairman, no second union; 141f).

    >>> t = "the chairman of the union, Comrade Ade Obi, said"
    >>> _role_of_before(t, t.index("the union")), _role_of_before("She rang her insurer, Ashdown", 9)
    (True, False)
    """
    role = RE_ROLE_OF_BEFORE.search(text, max(0, at - 30), at)
    return role is not None and role.group(1) in ROLE_NOUNS


#: A role set off right after a name (‘, a shop steward,’, ‘, its treasurer,’): the name is a person's.
RE_ROLE_SET_OFF_AFTER = LazyPattern(r", (?:a|an|its|his|her|their|the) \p{Ll}")

#: A preposition opening the sentence right before a kind's word, a setting rather than the body's label
#: (‘Within the union, ’, ‘At the charity, ’, ‘Inside the insurer, ’).
#:
#: >>> bool(RE_SETTING_OPENS.search("It rained. Within ")), RE_SETTING_OPENS.search("claims handlers at ")
#: (True, None)
RE_SETTING_OPENS = LazyPattern(r"(?:^|[.!?”\"]\s+|\n)(?:At|In|Inside|Within|Across|Throughout|Among|Beyond|Outside) $")


def _kind_word_after_the_name(text: str, at: int, name: str, noun: str) -> bool:
    """The body's name at ``at``, "the" and two capitalised words or more, has its kind right after it as a
    word of its own, a kind of :data:`NAME_THEN_KIND_NOUNS`: ‘Members of the Public Services Alliance union
    walked out. … The union said’ (w113c).

    >>> t = "Members of the Public Services Alliance union walked out."
    >>> _kind_word_after_the_name(t, t.index("the Public"), "the Public Services Alliance", "union")
    True
    >>> t = "Members of the Public Services Alliance unionised."
    >>> _kind_word_after_the_name(t, t.index("the Public"), "the Public Services Alliance", "union")
    False
    """
    if noun not in NAME_THEN_KIND_NOUNS or (i := text.find(name, at, at + len(name) + 40)) < 0:
        return False  # (where the table has it, the name may follow a few words it read with it: ‘Members of …’)
    end = i + len(name)
    after = end + len(noun) + 1
    return noun in NAME_THEN_KIND_NOUNS and RE_THE_NAME.fullmatch(name) is not None and text.startswith(f" {noun}", end) \
        and not text[after:after + 1].isalpha() and RE_KIND_WORD_MODIFIES.match(text, after) is None


def _kind_written_after(text: str, at: int, name: str, noun: str) -> bool:
    """The body's name at ``at`` is set off by its kind after it, as an apposition writes it (‘made by
    Hallam Optics, a company based in Leeds’, ‘Sea Watch Relief, a Kiel-based charity,’): "the <noun>" may
    stand for it, whatever the name's own words (w112d); never a person set off by a trade of the kind
    (‘Mark Ellis, a company director’, ‘Jo Reed, a charity worker’: :data:`RE_KIND_AFTER_NAME` wants the
    kind noun with no person's noun after it) nor a name a person's given name opens.

    >>> t = "made by Hallam Optics, a company based in Leeds that employs 300 people."
    >>> _kind_written_after(t, t.index("Hallam"), "Hallam Optics", "company"), _kind_written_after(t, t.index("Hallam"), "Hallam Optics", "union")
    (True, False)
    >>> t = "Members of the Public Services Alliance union walked out."
    >>> _kind_written_after(t, t.index("the Public"), "the Public Services Alliance", "union")
    True
    >>> _kind_written_after(t, t.index("Public"), "Public Services Alliance", "union")
    False
    >>> t = "said Mark Ellis, a company director in Leeds."
    >>> _kind_written_after(t, t.index("Mark"), "Mark Ellis", "company")
    False
    """
    end = at + len(name)
    if _kind_word_after_the_name(text, at, name, noun):
        return True
    if text[end:end + 2] != ", " or gender_of(name.split()[0]) is not None:
        return False
    kind = RE_KIND_AFTER_NAME.match(text, end)
    return kind is not None and kind.group("noun") == noun


#: A noun right after the kind's word, which makes it a modifier (‘the Heathrow Terminal Five union branch’,
#: ‘the … union members’): the name before is no body of the kind (rv-w113c).
#:
#: >>> bool(RE_KIND_WORD_MODIFIES.match(" branch voted")), bool(RE_KIND_WORD_MODIFIES.match(" walked out"))
#: (True, False)
RE_KIND_WORD_MODIFIES = LazyPattern(r" (?:branch|branches|committee|members|member|rep|reps|official|officials|leader"
                                    r"|leaders|convenor|convener|boss|bosses|chief|chair|secretary|steward|stewards"
                                    r"|delegate|delegates|representative|representatives|office|offices|dues|card|meeting)\b")

#: Kinds written right after "the" and a body's name as a word of their own (‘the Public Services Alliance
#: union’), which then names a body of the kind whatever the name's own words (w113c).
NAME_THEN_KIND_NOUNS = frozenset({"union"})

#: "the" and a name of two capitalised words or more (‘the Public Services Alliance’), never one word, which
#: may be a place's (‘the Leeds union’).
#:
#: >>> RE_THE_NAME.fullmatch("the Public Services Alliance") is not None, RE_THE_NAME.fullmatch("the Leeds") is None
#: (True, True)
RE_THE_NAME = LazyPattern(r"[Tt]he \p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){1,5}")


#: Words that may follow a body's kind noun set off after its name, going on to say where, whose or
#: what it is (‘, a company based in’, ‘, a charity that’, ‘, a firm from’); a noun there makes the kind
#: word a modifier (‘a company town’, ‘a charity worker’).
KIND_NOUN_FOLLOWERS = frozenset("""based that which who whose with in at from for near on owned run set
founded registered headquartered listed operating specialising specializing working helping supporting
providing backed funded behind known formed created established""".split())


#: A body's kind set off right after its name, with up to three words that qualify it between (‘, a
#: company based in’, ‘, a Kiel-based charity,’, ‘, the family-owned firm’), the noun ending its noun
#: phrase: punctuation or a word that goes on to say where, whose or what it is follows it
#: (:data:`KIND_NOUN_FOLLOWERS`), never a noun (‘, a company director’, ‘, a charity worker’, ‘, a company
#: town’, ‘, a trust fund’): the noun is group "noun" (w112d).
#:
#: >>> RE_KIND_AFTER_NAME.match(", a Kiel-based sea rescue charity, said").group("noun")
#: 'charity'
#: >>> RE_KIND_AFTER_NAME.match(", a company based in Leeds").group("noun")
#: 'company'
#: >>> RE_KIND_AFTER_NAME.match(", a company director") is None, RE_KIND_AFTER_NAME.match(", a company town in") is None
#: (True, True)
RE_KIND_AFTER_NAME = LazyPattern(r", (?:a|an|the) (?:(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}[\p{L}]*-based) ){0,3}?"
                                 r"(?P<noun>company|firm|charity|organisation|organization|group|trust)"
                                 r"(?=[,.;:)]| \L<followers>\b)", followers=KIND_NOUN_FOLLOWERS)


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


def _a_person_named(cast: Cast, word: str) -> bool:
    """Whether the article gives the one word after a kind's word as a person's name: a surname of a fuller
    name (‘Amara Okafor … the agency Okafor runs’), or one word with a title, a gender or a role; never a
    name only ever written as that word with no sign of a person (‘Brightwater said’), w120m.

    >>> t = "Amara Okafor spoke. She left the agency Okafor runs."
    >>> _a_person_named(Cast(t), "Okafor"), _a_person_named(Cast("Brightwater said it was sad."), "Brightwater")
    (True, False)
    """
    person = cast.by_surname.get(word.lower())
    return person is not None and (" " in person.name or person.titled or person.gender is not None or bool(person.roles))


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

    A name the article writes only as that one word, and which speaks, is still the body's (‘the cancer charity
    Brightwater …. Brightwater said’, w120m).

    >>> t = "He left the cancer charity Brightwater. Brightwater said it was sad. A spokesman for the charity said so."
    >>> _one_word_after_kind(t, "charity", Cast(t))
    [(27, 'Brightwater')]
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
                    and gender_of(m.group()) is None and not _a_person_named(cast, m.group()):
                tail = RE_REMIT_TAIL.match(text, m.end()) if m.group().lower() in REMIT_HEADS else None
                out.append((start, m.group() + (tail.group() if tail is not None else "")))  # (with a remit
                # a head like "Sons" or "Friends" takes: ‘the armed group Sons of the Valley’, never "Sons")
            at = text.find(kind + " ", at + 1)
    return out
