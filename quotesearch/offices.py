"""Offices and roles: the role words written with a name (_role_words), who holds an office
(_holds, _holds_title), plain office words, an office of another nation or domain, and a role set off
after a name. Offices written before a name as it is collected live in
:mod:`quotesearch.offices_before_names`, titles, styles, honorifics and spelled-out letters in
:mod:`quotesearch.office_titles`.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import DEMONYMS
from quotesearch.name_words import CLERGY_CAPITAL_TITLES, CLERGY_STYLE_LEADS, OFFICE_HONORIFICS, is_abbreviation
from quotesearch.role_words import OFFICE_RANK_WORDS, ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.names import PARTY_WORDS
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import Person
from quotesearch.firms import _body_office_words


#: One or two lower-case words and a capitalised one right after a name (‘ spokesperson Ravi’, ‘ press
#: secretary Karine’).
RE_WORDS_THEN_NAME = LazyPattern(r" (?:([a-z\-]+) )?([a-z\-]+) \p{Lu}\p{Ll}")


#: The rest of a body's name after its first words, its acronym in brackets if any (‘ and Rescue Service
#: (HFRS)’, ‘ of England’).
RE_BODY_NAME_TAIL = LazyPattern(r"(?: (?:of|and|for|&)(?: the)? \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)*(?: \(\p{Lu}[\p{Lu}\d&\-]*\))?")


#: A portfolio's second remit joined by "and", its words capitalised, then the office in capitals and a name
#: (‘ and Water Transformation Deputy Minister Lim’ after ‘Energy Transition’): the name before is the
#: first remit, never a person; two words at least before the office (never ‘Okafor and Deputy Minister
#: Ann Lee’), w100a. Group 1: the office's word.
#:
#: >>> [bool(RE_REMIT_AND_OFFICE.match(t)) for t in (" and Water Transformation Deputy Minister Lim Wei",
#: ...     " and Deputy Minister Ann Lee", " and Kenyan Deputy Minister Ann Lee", " and Water Transformation said")]
#: [True, False, False, False]
#: >>> RE_REMIT_AND_OFFICE.match(" and Water Transformation Deputy Minister Lim Wei").group(1)
#: 'Minister'
RE_REMIT_AND_OFFICE = LazyPattern(r" and (?:(?!(?:Deputy|Assistant|Vice|Acting|Senior)\b)\p{Lu}\p{Ll}+ ){2,4}?"
                                  r"(?:(?:Deputy|Assistant|Vice|Acting|Senior) )?(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


def _role_and_name_at(text: str, at: int) -> bool:
    """A role and a name right after ``at``: the name before was a modifier of the title (‘White House
    spokesperson Ravi Menon’), or the first words of a body's name before it (‘Humber Fire and Rescue
    Service (HFRS) station manager X’, ‘Tyne Radio North of England correspondent X’)."""
    if (remit := RE_REMIT_AND_OFFICE.match(text, at)) is not None and remit.group(1).lower() in ROLE_NOUNS:
        return True  # (‘Energy Transition and Water Transformation Deputy Minister Lim Wei Sheng’)
    m = RE_WORDS_THEN_NAME.match(text, at)
    if (m is None or m.group(2) not in ROLE_NOUNS) and (tail := RE_BODY_NAME_TAIL.match(text, at)).end() > at:
        m = RE_WORDS_THEN_NAME.match(text, tail.end())
        if m is not None and m.group(1) is not None and (m.group(1) in SPEECH_VERBS or m.group(1).endswith("ed")):
            return False  # (a verb and its object: ‘Smith and Jones told reporter Ann Lee’)
    return m is not None and m.group(2) in ROLE_NOUNS


def _end_past_set_off_role(text: str, pos: int) -> int | None:
    """Where the name at ``pos`` ends, past a role set off after it (:data:`RE_SET_OFF_ROLE_AFTER`), so
    that what follows is the name's verb (‘When Kline, the director, turned’); None when no name is there.

    >>> t = "When Kline, the director, turned"
    >>> t[_end_past_set_off_role(t, 5):], _end_past_set_off_role("when it rained", 5)
    (' turned', None)
    """
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    if run is None:
        return None
    end = run.end()
    if (aside := RE_SET_OFF_ROLE_AFTER.match(text, end) or RE_SET_OFF_PARTICIPLE_AFTER.match(text, end)) is not None:
        end = aside.end()
    return end


#: Lower-case words before a capitalised title that are part of it ("former President").
TITLE_QUALIFIERS = frozenset({"former", "then", "ex", "late", "acting", "outgoing", "incoming", "interim",
                              "state"})

#: Words that make a nation's adjective of a region's ("South Korean", "North African"): no name.
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western".split())

#: Envoys proper, whom a story may call "the diplomat" (never a "representative" or a "delegate":
#: "Rep." and "Delegate" are lawmakers' titles).
DIPLOMAT_NOUNS = frozenset("ambassador ambassador-designate envoy emissary consul".split())


def _holds_title(role: str, title: str) -> bool:
    """The role is the office the title before a bare surname names: its words (before a
    preposition) end with the title's, or with the office an abbreviated title stands for ("Cllr":
    a councillor), and no lesser word or qualifier comes right before them, unless the title
    writes it too.

    >>> _holds_title("Mayor", "Mayor"), _holds_title("Deputy Mayor", "Mayor"), _holds_title("Deputy Mayor", "Deputy Mayor")
    (True, False, True)
    >>> _holds_title("Police Chief", "Chief"), _holds_title("Chief Inspector", "Chief"), _holds_title("Councillor", "Cllr")
    (True, False, True)
    >>> _holds_title("Minister of Health", "Minister"), _holds_title("Former Mayor", "Mayor")
    (True, False)
    """
    words = [w.rstrip(".,").lower() for w in role.split()]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut]
    want = [w.rstrip(".").lower() for w in title.split()]
    if not want or not words:
        return False
    n = len(want)
    if words[-n:] != want and not (n == 1 and words[-1] in TITLE_WORDS.get(want[0], ())):
        return False
    before = words[-n - 1] if len(words) > n else ""
    return before not in LESSER_OFFICES and before not in TITLE_QUALIFIERS


def _bare_honorific(role: str) -> bool:
    """A role that is an honorific alone ("Sen.", "Dr."), written before the name."""
    return " " not in role and role.rstrip(".").lower() in OFFICE_HONORIFICS

#: A role set off after a name (‘, the member for Hamilton Mountain,’, ‘, a Democrat from Ohio,’).
RE_SET_OFF_ROLE_AFTER = LazyPattern(r", (?:\d{1,3}, )?(?:an?|the) [^,.;:“\"\n]{1,60},")

#: A participle phrase or an age set off after a name, as a role is, before the name's own verb
#: (‘Dutch hope Joris Bakker, chasing the qualifying time, pulled up. He was …’, ‘Ana Ruiz, aged 31,
#: won’): the name stays the sentence's subject (w65b). Never "including" (a list, ‘X, including
#: Y, said’ is no aside of X's own).
#:
#: >>> bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", chasing the qualifying time, pulled")), bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", aged 31, won"))
#: (True, True)
#: >>> bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", including two aides, said")), bool(RE_SET_OFF_PARTICIPLE_AFTER.match(", who was chasing it,"))
#: (False, False)
RE_SET_OFF_PARTICIPLE_AFTER = LazyPattern(r", (?:aged \d{1,3}|(?!including\b)\p{Ll}{2,}ing\b[^,.;:“\"\n]{0,60}),")


#: How many words an office written again by its initials may have ("the DC", "the ADC").
OFFICE_INITIALS_WORDS = (2, 3)


def _office_initials(words: list[str]) -> list[str]:
    """The initials a later mention may write an office of several words by ("Deputy Commissioner
    X … the DC said", "The Director-General of the agency, X, … the DG stated"): the words ending the
    office (a hyphen parts them), every one an office noun or rank, taken whole from the first such
    word (an Assistant Deputy Commissioner is "the ADC", never "the DC"); none for an office of one
    word, or one whose words are no offices ("Managing Director": "the MD" stays as written).

    >>> _office_initials(["dadu", "deputy", "commissioner"]), _office_initials(["director-general"])
    (['dc'], ['dg'])
    >>> _office_initials(["assistant", "deputy", "commissioner"]), _office_initials(["commissioner"])
    (['adc'], [])
    >>> _office_initials(["the", "district", "commissioner"]), _office_initials(["former", "vice-chancellor"])
    ([], [])
    """
    parts = [p for w in words for p in w.split("-")]
    n = 0
    while n < len(parts) and parts[-1 - n].isalpha() and (parts[-1 - n] in ROLE_NOUNS or parts[-1 - n] in OFFICE_RANK_WORDS):
        n += 1
    if n not in OFFICE_INITIALS_WORDS or (len(parts) > n and parts[-1 - n] in TITLE_QUALIFIERS):
        return []  # (a former or acting holder's initials are never the sitting one's)
    return ["".join(p[0] for p in parts[-n:])]


def _role_initials(role: str) -> list[str]:
    """The initials of a role's office words before its first preposition (:func:`_office_initials`).

    >>> _role_initials("Dadu Deputy Commissioner"), _role_initials("Director-General of NAFDAC"), _role_initials("SNB Chairman")
    (['dc'], ['dg'], [])
    """
    words = [w.strip(".,") for w in role.lower().split()]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    return _office_initials(words[:cut])


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role before its first preposition, lower-cased: what "the …" may name
    ("a plaintiff in the lawsuit" is a plaintiff, never "the lawsuit").

    >>> _role_words("a plaintiff in the lawsuit"), _role_words("Germany’s defense minister")
    (('a', 'plaintiff'), ('germany’s', 'defense', 'minister'))
    >>> "former" in _role_words("a junior energy minister at the time")
    True
    """
    words = role.lower().split()
    spelled = " ".join(words)
    held_then = RE_HELD_AT_THE_TIME.search(spelled) is not None  # (an office held then is a former one: ‘X, a
    # junior minister at the time, says …. “…,” the former minister says’)
    # an office of several words is the acronym a later mention writes ("Director General of
    # Police X … the DGP wrote"; never a Senior Superintendent's for "the SP")
    acronyms = [a for a, (office, lesser) in ACRONYM_OFFICES.items()
                if (f" {spelled} ").find(f" {office} ") >= 0 and not (lesser and any(w in lesser for w in words))]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut] + acronyms + _office_initials(words[:cut])
    # an abbreviated title is its office ("Sen." a senator, "Gov." a governor), and a chief
    # executive is the CEO
    words += [office for i, w in enumerate(words) if not (i and words[i - 1].rstrip(".") == "lt" and w.rstrip(".") == "gov")
              for office in TITLE_WORDS.get(w.rstrip("."), ())]  # ("Lt. Gov." is no governor; "Lt. Gen." a general)
    if "executive" in words and "chief" in words:
        words.append("ceo")
    if "chair" in words:  # a chair is "the chairman", "the chairwoman" (‘The committee’s chair, X, … “…,” the
        words += ["chairman", "chairwoman", "chairperson"]  # chairman said’); the sex is checked apart
    words += ["c" + words[i + 1][0] + "o" for i, w in enumerate(words[:-2]) if w == "chief" and words[i + 2] == "officer"
              and words[i + 1].isalpha() and words[i + 1] != "executive"]  # (the CFO, the COO, the CTO)
    if any(w in DIPLOMAT_NOUNS for w in words) or ("foreign" in words and ("minister" in words or "secretary" in words)) \
            or ("high" in words and "representative" in words):  # (the EU's High Representative)
        words.append("diplomat")  # an envoy or a foreign minister is "the diplomat", "the top diplomat"
    if "secretary" in words and "minister" not in words and any(w in OFFICE_DOMAINS for w in words) \
            and not any(w in SECRETARY_NON_MINISTER_WORDS for w in words):
        words.append("minister")  # a department's secretary is a minister (‘The culture secretary, X, …. “…,”
        # the minister said’)
    if ("prime" in words and "minister" in words) or (("president" in words or "chancellor" in words or "premier" in words)
                                                      and "vice" not in words and "deputy" not in words):
        words.append("leader")  # a head of government is "the Australian leader"
    if words and words[-1] == "justice":
        words.append("judge")  # a Justice is a judge (never a Justice Minister or a Justice Department spokesman)
    words += [other for w in words for other in ROLE_SYNONYMS.get(w, ())]  # (a captain is "the skipper")
    if any(w.rstrip(".") in CLERIC_OFFICES for w in words) and CLERIC_WORD not in words:
        words.append(CLERIC_WORD)  # an imam, a pastor or a rabbi is "the cleric" (w128d)
    words += _plain_office_words(words)  # (a press secretary is "the spokesman", a president "the head of state")
    if any(w.rstrip(".") in LAWMAKER_TITLES for w in words) and not any(w in LESSER_OFFICES or w == "ex-mp" for w in words):
        words += ["lawmaker", "legislator"]  # a member of a legislature is "the lawmaker" (‘The MP for Aguata,
        # Hon. X, …’, ‘Sen. X … the lawmaker said’)
    words += [plain for plain in _body_office_words(spelled.replace(",", " ").split()) if plain not in words]
    if held_then and "former" not in words:
        words.append("former")
    return tuple(words)


def _other_brought_in(head: str) -> regex.Pattern:
    """One more of a kind brought in by an indefinite (‘a market expert’) or a sentence's set-off
    subject (‘Another specialist, who …’, ‘A second scientist, who …’)."""
    return regex.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + regex.escape(head) + r")\b"
                         r"|(?:^|[.!?] )(?:Another|A second|A third|One other) [\w\-]+(?: [\w\-]+)?,")


#: Offices of several words that the article writes later by their initials ("the DGP", "the SSP"),
#: each with the words before it that make it another office ("Senior Superintendent of Police" is no SP).
ACRONYM_OFFICES = {a: (office, frozenset(lesser.split())) for a, office, lesser in (
    ("dgp", "director general of police", "additional deputy"),
    ("igp", "inspector general of police", "additional deputy"),
    ("ssp", "senior superintendent of police", ""),
    ("sp", "superintendent of police", "senior additional deputy assistant"),
    ("dcp", "deputy commissioner of police", "additional"),
    ("acp", "assistant commissioner of police", "additional"),
)}

#: Seats in a legislature whose holder a later mention calls "the lawmaker" or "the legislator".
LAWMAKER_TITLES = frozenset("""senator congressman congresswoman mp mca mla mpp mhr assemblyman assemblywoman
assemblymember""".split())

#: Offices a sports page calls by another word (‘Captain Rohan Mehta … said the skipper’, ‘Rangers boss X
#: … the manager’).
ROLE_SYNONYMS = {"captain": ("skipper",), "skipper": ("captain",), "boss": ("manager",), "gaffer": ("manager",),
                 "manager": ("boss",)}

#: Offices of the clergy of any faith, whose holder a report writes again by the plain word "the cleric"
#: (‘The chief imam, Sheikh Musa Bello, said …. “…,” the cleric said’, w128d).
#:
#: >>> "imam" in CLERIC_OFFICES, "rev" in CLERIC_OFFICES, "father" in CLERIC_OFFICES
#: (True, True, False)
CLERIC_OFFICES = (CLERGY_CAPITAL_TITLES - {"dean", "cantor"}) | CLERGY_STYLE_LEADS | frozenset(
    "mullah ayatollah mufti priest bishop archbishop vicar curate pope".split())  # (never a college's dean)

#: The plain word for any of :data:`CLERIC_OFFICES` (never a university's rector, left out of them).
CLERIC_WORD = "cleric"


#: Offices a story writes again by a plainer word, with the words that make them so: a press
#: secretary speaks for someone (‘Presidential Press Secretary X told reporters …. “…,” the
#: spokesman said’); a head of state is "the head of state" (‘President of Ukraine X said in his
#: evening address. “…,” the head of state said’).
PLAIN_OFFICE_WORDS = (
    (("press", "secretary"), ("spokesman", "spokeswoman", "spokesperson")),
)

#: Offices a story writes again by a plainer word only when the office is held in full (never by a
#: deputy, an acting or a former holder, :data:`LESSER_OFFICES`): a prime minister is "the premier" and
#: "the PM" (‘Prime Minister X said …. “…,” the premier said’; a Deputy Prime Minister is neither).
#:
#: >>> dict(FULL_OFFICE_PLAIN_WORDS)[("prime", "minister")]
#: ('premier', 'pm')
FULL_OFFICE_PLAIN_WORDS = (
    (("prime", "minister"), ("premier", "pm")),
)

#: Offices of a head of state, each the one word of its office (never a vice president's, a deputy's
#: or a former holder's).
HEAD_OF_STATE_OFFICES = frozenset("president king queen monarch emir sultan".split())


def _plain_office_words(words: list[str]) -> list[str]:
    """The plainer words a role's words (lower-cased, as :func:`_role_words` cuts them) may be
    written again by (:data:`PLAIN_OFFICE_WORDS`, :data:`HEAD_OF_STATE_OFFICES`).

    >>> _plain_office_words(["presidential", "press", "secretary"])
    ['spokesman', 'spokeswoman', 'spokesperson']
    >>> _plain_office_words(["president", "leader"]), _plain_office_words(["vice", "president"])
    (['head', 'of', 'state'], [])
    >>> _plain_office_words(["prime", "minister"]), _plain_office_words(["deputy", "prime", "minister"])
    (['premier', 'pm'], [])
    """
    out = [plain for needed, plains in PLAIN_OFFICE_WORDS if all(w in words for w in needed) for plain in plains]
    if any(w in LESSER_OFFICES or w in TITLE_QUALIFIERS or w.startswith(("vice", "ex-")) for w in words):
        return out  # (an office not held in full: a deputy's, an acting or a former holder's)
    out += [plain for needed, plains in FULL_OFFICE_PLAIN_WORDS if all(w in words for w in needed)
            for plain in plains if plain not in words]
    if any(w in HEAD_OF_STATE_OFFICES for w in words):
        out += ["head", "of", "state"]
    return out


#: Capitalised words of an office that name no place ("House speaker", "White House press
#: secretary", "Supreme Court chief justice").
INSTITUTION_WORDS = frozenset("""
house senate white fed federal supreme court u.s. us uk u.k. un u.n. eu state national pentagon
""".split())


#: The offices abbreviated titles stand for (AP style: "Sen. Mark Dillard … the senator said").
TITLE_WORDS = {k: tuple(v.split()) for k, v in {
    "sen": "senator", "gov": "governor", "rep": "congressman congresswoman representative", "gen": "general",
    "adm": "admiral", "sgt": "sergeant", "cpl": "corporal", "lcpl": "corporal", "det": "detective", "rev": "pastor reverend", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "maj": "major", "cmdr": "commander", "supt": "superintendent",
    "insp": "inspector", "const": "constable", "cst": "constable", "amb": "ambassador", "atty": "attorney", "cllr": "councillor", "coun": "councillor", "cr": "councillor", "pres": "president",
    "dr": "doctor", "prof": "professor"}.items()}


#: Prepositions after which a role's words name something else ("a plaintiff in the lawsuit").
ROLE_PREPOSITIONS = frozenset("of for at in with from to on by".split())


def _abbreviation_before(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("Mr.", "C."), not a sentence."""
    w = dot
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    word = text[w:dot]
    return len(word) == 1 or is_abbreviation(word)


def _called(p: Person, gender: str | None) -> Person:
    """A named or described person a "he" or "she" was found to stand for is that sex from then
    on, where nothing told it before (a given name not in the lists, ‘One crofter’): a later "she"
    is someone else."""
    if gender is not None and p.gender is None and (p.kind == "name" or (p.kind == "description" and not p.plural)):
        p.gender = gender
    return p


def _other_office(role: str, head: str, words: list[str]) -> bool:
    """The role is an office of another domain than the description's, or a lesser one: "the prime
    minister" is no Finance Minister, "the health minister" no Junior Health Minister, "the president"
    no Vice President (but the Minister of Health is "the health minister", a Vice Admiral "the admiral").

    >>> _other_office("Finance Minister", "minister", ["prime"]), _other_office("Minister of Health", "minister", ["health"])
    (True, False)
    >>> _other_office("a junior energy minister at the time", "minister", ["former"])
    False
    """
    spelled = role.lower().replace("defence", "defense").replace("-", " ").split()
    return (any(w in OFFICE_DOMAINS for w in spelled)
            and any(w in OFFICE_DOMAINS and w.replace("defence", "defense") not in spelled for w in words)) \
        or (head in CIVIL_OFFICES and head in spelled and (any(w != "former" for w in words) or head not in LOOSE_OFFICES
                                                         or (words and "former" not in _role_words(role)))
            and any(w in ("junior", "deputy", "vice", "assistant", "shadow") and w not in words for w in spelled))
    # (a bare "the minister" or "the secretary" is any minister or secretary, a junior one too: ‘Junior
    # Foreign Minister Ali Omar Haji arrived …. “…,” the minister said’, and so is "the former minister"
    # of a past one; but "the president" is never a vice's)


#: Offices a bare description ("the minister") names loosely, a deputy's or a junior's as well.
LOOSE_OFFICES = frozenset("minister secretary".split())


def _party_only(words: list[str]) -> bool:
    """Description words that are a party's alone, which a title written before the name does not
    contradict ("the Labour councillor" of "Cllr X").

    >>> _party_only(["labour"]), _party_only(["florida"]), _party_only(["labour", "former"])
    (True, False, False)
    """
    return all(w in PARTY_WORDS for w in words)


def _holds(role: str, head: str, words: list[str], places: list[str] = ()) -> bool:
    """A role that the description's head names; a bare abbreviated title ("Sen.") only a bare
    description ("the senator"), never one it cannot check ("the Florida senator"); and never
    one of another place ("the California congressman" is not "Florida Rep." X)."""
    held = _role_words(role)
    if head not in held and "counterpart" in held and head in COUNTERPART_OFFICES \
            and any(w in DEMONYMS and w in held for w in words) \
            and all((w in DEMONYMS and w in held) or w in COUNTERPART_QUALIFIERS or w in COMPASS_WORDS for w in words):
        held += (head,)  # "his Malaysian counterpart, X" is "the Malaysian minister" (by the nation only)
    if head not in held or (words and _bare_honorific(role) and not _party_only(words)) or _other_nation(words, held):
        return False  # (a party is no place the title hides: ‘Cr X … the Liberal councillor said’ as
        # for ‘Councillor X’)
    if _other_office(role, head, words):
        return False
    if ("former" in words) != ("former" in held) and not any(w.startswith("ex-") for w in role.lower().split()):
        return False  # (a past holder is never one who holds it now: "the former vice-chancellor" is not
        # "Capricornia vice-chancellor Graham Ashcroft"; nor the other way round: "the governor" is not
        # "Former Gov. Larry Hogan")
    if head == "leader" and "leader" not in role.lower() and not any(w in DEMONYMS and w in held for w in words):
        return False  # a head of government is "the Australian leader" by the nation only (never "the Russian
        # leader" for the president of a sports body)
    # a place of the role's own that is not the description's ("Vermont senator" for "the Florida
    # senator"), or an abbreviated title that cannot show one
    own = [w.lower() for w in role.split() if w[:1].isupper() and w.rstrip(".").lower() not in TITLE_WORDS
           and w.lower() not in INSTITUTION_WORDS and w.lower() not in PARTY_WORDS]
    abbreviated = any(w.rstrip(".") in TITLE_WORDS for w in role.lower().split())
    return not places or all(w in held for w in places) or not (own or abbreviated)


#: The domains that tell one minister or secretary from another ("the prime minister", "the health secretary").
OFFICE_DOMAINS = frozenset("""prime finance health foreign defence defense interior home justice education
transport trade energy environment agriculture labour labor treasury culture tourism housing immigration""".split())

#: Words that make a department's secretary no minister of it: a shadow secretary sits in opposition, a
#: permanent or principal secretary is a civil servant, a press secretary speaks for one (w87a). Without
#: them a remit's secretary is a minister (UK usage, ‘The culture secretary, X, …. “…,” the minister said’).
#:
#: >>> "minister" in _role_words("The culture secretary"), "minister" in _role_words("the shadow health secretary")
#: (True, False)
#: >>> "minister" in _role_words("club secretary"), "minister" in _role_words("Permanent Secretary of Health")
#: (False, False)
SECRETARY_NON_MINISTER_WORDS = frozenset("""shadow permanent principal private parliamentary press general deputy
assistant under-secretary undersecretary""".split())

#: Civil offices a lesser one is never ("the president" is no Vice President; a Vice Admiral is an admiral).
CIVIL_OFFICES = frozenset("minister secretary president chancellor governor mayor premier chairman chair director leader".split())

#: Offices a "counterpart" holds as the one they meet does ("the Malaysian minister").
COUNTERPART_OFFICES = frozenset("minister president premier chancellor diplomat leader secretary".split())

#: Words of an office a counterpart's description may hold besides the nation ("the Indian foreign minister").
COUNTERPART_QUALIFIERS = frozenset("foreign prime defence defense finance trade interior".split())


def _other_nation(words, held) -> bool:
    """The description's nation is not the role's: "the Malaysian minister" is never the
    Turkish Foreign Minister (but "the Mexican president" may be President X)."""
    nations = {w for w in words if w in DEMONYMS}
    return bool(nations) and not nations & set(held) and any(w in DEMONYMS for w in held)

#: Words before an office that make it another's or a past one ("Deputy Mayor", "Former Governor").
LESSER_OFFICES = frozenset("deputy lieutenant lt vice former ex acting assistant shadow junior".split())

#: A role told as held at the time the story looks back to (‘a junior energy minister at the time’,
#: ‘then a deputy governor’): an office held before, which "the former …" names.
#:
#: >>> bool(RE_HELD_AT_THE_TIME.search("a junior minister at the time")), bool(RE_HELD_AT_THE_TIME.search("a minister"))
#: (True, False)
RE_HELD_AT_THE_TIME = LazyPattern(r" at the time$|^then (?:an? |the )")


def _office_in_role(role: str, office: str) -> int:
    """Where ``office`` is written in ``role``, spelled out or abbreviated as a title (‘Ohio Gov.’ holds
    the office "governor"); -1 if nowhere.

    >>> _office_in_role("Ohio Gov.", "governor"), _office_in_role("the US president", "president")
    (5, 7)
    >>> _office_in_role("Prime Minister", "premier")  # (the plainer word, :data:`FULL_OFFICE_PLAIN_WORDS`)
    0
    """
    found = role.lower().find(office)
    if found >= 0:
        return found
    for needed, plains in FULL_OFFICE_PLAIN_WORDS:
        found = role.lower().find(" ".join(needed)) if office in plains else -1
        if found >= 0:
            return found
    at = 0
    for w in role.split(" "):
        if office in TITLE_WORDS.get(w.lower().rstrip("."), ()):
            return at
        at += len(w) + 1
    return -1
