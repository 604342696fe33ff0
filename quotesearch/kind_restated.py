"""A court's, a tribunal's, a committee's or a board's kind noun read back to the one body the article
brings in (w100e): a lede's ‘A Seoul court’, ‘a disciplinary tribunal’ or ‘the territory's utilities
board’ that the story then names in full (‘the Seoul Central District Court’, ‘the Solicitors
Disciplinary Tribunal’, ‘the Territorial Utilities Board’) tells of no second court, tribunal or board
(:func:`_restated_by_name`); and a committee or a panel brought in by its owner's name and its kind in
lower case (‘the Commons housing committee’, ‘a Premier Rugby judicial committee’) is the one "the
committee" stands for when the article tells of no other (:func:`_owner_named_kind`); "the administrators"
(liquidators, receivers) are the one firm the article names as it brings them in as appointed
(:func:`appointees_firm`, w129k).
"""

from __future__ import annotations

import functools
import os

from quotesearch.lexicon import LazyPattern
from quotesearch.body_words import SECOND_OF_KIND_WORDS
from quotesearch.role_words import TITLE_LEVEL_WORDS
from quotesearch.bodies_of_kind import _unnamed_kind_since
from quotesearch.body_names import _quoted_at
from quotesearch.name_parts import gender_of
from quotesearch.quoted_names import _whole_word
from quotesearch.people import Person
from quotesearch.speakers import Cast
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES


#: The words of a mention of a body brought in unnamed: its determiner or its owner's possessive
#: (group ``det``), the words before its kind (group ``quals``) and the kind (group ``kind``).
#:
#: >>> RE_UNNAMED_KIND_WORDS.fullmatch("A Seoul court").group("det", "quals", "kind")
#: ('A', 'Seoul ', 'court')
#: >>> RE_UNNAMED_KIND_WORDS.fullmatch("territory's utilities board").group("det", "quals", "kind")
#: ("territory's", 'utilities ', 'board')
#: >>> RE_UNNAMED_KIND_WORDS.fullmatch("another court").group("det")
#: 'another'
RE_UNNAMED_KIND_WORDS = LazyPattern(r"(?P<det>[\p{L}\-]+(?:['’]s)?),?\s+(?P<quals>(?:[\w\-’']+,?\s+)*?)(?P<kind>[\p{L}]+)")

#: Determiners that bring in a body of the kind the article may go on to name (never ‘another court’,
#: ‘one tribunal’, which tell of a second).
#:
#: >>> "a" in RESTATED_DETERMINERS, "another" in RESTATED_DETERMINERS
#: (True, False)
RESTATED_DETERMINERS = frozenset(("a", "an", "the"))

#: How many letters two words must share from their start to be one word in two forms (‘territory's’
#: and ‘Territorial’), when neither is the other.
RESTATED_STEM = 6


def _same_word(word: str, name_word: str) -> bool:
    """A word before an unnamed body's kind that its name writes again, in capitals or another form.

    >>> _same_word("seoul", "Seoul"), _same_word("territory", "Territorial"), _same_word("lower", "Supreme")
    (True, True, False)
    >>> _same_word("state", "Statewide")
    False
    """
    a, b = word.lower(), name_word.lower()
    return a == b or len(os.path.commonprefix((a, b))) >= RESTATED_STEM


#: Words of a court's name that mark a higher court than any unnamed ‘a <place> court’ tells of (‘A Texas
#: court convicted him. … the Texas Supreme Court ruled’ are two courts); a lower court's own rank words
#: (‘District’, ‘Central’) are no such mark: ‘A Seoul court … the Seoul Central District Court’ (w100e guard).
#:
#: >>> "supreme" in RESTATED_HIGHER_COURT_WORDS, "district" in RESTATED_HIGHER_COURT_WORDS
#: (True, False)
RESTATED_HIGHER_COURT_WORDS = frozenset(("supreme", "constitutional", "appeal", "appeals", "appellate", "cassation"))

#: A sentence that opens on another matter: the body it names is not the one told of before (‘A Berlin
#: court convicted two activists. Separately, the Berlin Constitutional Court rejected …’, w100e guard).
#:
#: >>> bool(RE_OTHER_MATTER_OPENING.match(" Separately, the court")), bool(RE_OTHER_MATTER_OPENING.match("In an unrelated case, the court"))
#: (True, True)
#: >>> bool(RE_OTHER_MATTER_OPENING.match("The court said")), bool(RE_OTHER_MATTER_OPENING.match("Alsop said"))
#: (False, False)
RE_OTHER_MATTER_OPENING = LazyPattern(
    r"[\s“\"‘']*(?:Separately|Meanwhile|Elsewhere|Also|In other news|In (?:a|an|another) (?:separate|unrelated|different|other)?\s*"
    r"(?:case|matter|ruling|decision|development|hearing|trial)s?)\b")


def _opens_other_matter(text: str, at: int) -> bool:
    """The sentence holding ``at`` opens on another matter (:data:`RE_OTHER_MATTER_OPENING`).

    >>> t = "A court ruled. Separately, the Berlin Constitutional Court said"
    >>> _opens_other_matter(t, t.index("Berlin")), _opens_other_matter(t, 2)
    (True, False)
    >>> _opens_other_matter("Separately, the Berlin Constitutional Court said", 20)
    True
    """
    lo = max([text.rfind("\n", 0, at) + 1,
              *(i + len(p) for p in (". ", "! ", "? ", ".” ", '." ') if (i := text.rfind(p, 0, at)) >= 0)])
    return RE_OTHER_MATTER_OPENING.match(text, lo) is not None


def _restated_by_name(text: str, start: int, end: int, name: str) -> bool:
    """The body brought in unnamed at ``text[start:end]`` (‘A Seoul court’) is the one ``name`` names
    (‘Seoul Central District Court’): the name ends in its kind, the text first writes the name after it,
    and every word before its kind is a word of the name (its owner's possessive too: ‘the territory's
    utilities board’ for ‘the Territorial Utilities Board’); at least one such word, for a bare ‘a court’
    or ‘a lower court’ may be any court.

    >>> t = "A Seoul court jailed him. The Seoul Central District Court said"
    >>> _restated_by_name(t, 0, 13, "Seoul Central District Court")
    True
    >>> t = "A lower court jailed him. The Seoul Central District Court said"
    >>> _restated_by_name(t, 0, 13, "Seoul Central District Court")
    False
    >>> t = "The Seoul Central District Court sat. A Seoul court said"
    >>> _restated_by_name(t, 38, 51, "Seoul Central District Court")
    False

    Never a higher court than the unnamed one writes (‘A Texas court … the Texas Supreme Court’), nor one a
    sentence on another matter names (‘Separately, the Seoul Central District Court …’) (w100e guard):

    >>> t = "A Texas court convicted him. The Texas Supreme Court ruled"
    >>> _restated_by_name(t, 0, 13, "Texas Supreme Court")
    False
    >>> t = "A Seoul court jailed him. Separately, the Seoul Central District Court said"
    >>> _restated_by_name(t, 0, 13, "Seoul Central District Court")
    False
    """
    m = RE_UNNAMED_KIND_WORDS.fullmatch(text, start, end)
    parts = name.split()
    if m is None or len(parts) < 2 or parts[-1].lower() != m.group("kind").lower():
        return False
    det = m.group("det")
    quals = m.group("quals").replace(",", " ").split()
    if det.lower() not in RESTATED_DETERMINERS:
        if not det.endswith(("'s", "’s")):
            return False  # (‘another court’, ‘one tribunal’)
        quals.insert(0, det[:-2])
    first = text.find(name)
    if not (bool(quals) and first >= end
            and all(any(_same_word(q.removesuffix("'s").removesuffix("’s"), w) for w in parts[:-1]) for q in quals)):
        return False
    if m.group("kind").lower() == "court" and any(
            w.lower() in RESTATED_HIGHER_COURT_WORDS and not any(_same_word(q, w) for q in quals) for w in parts[:-1]):
        return False  # (a higher court than the one told of: ‘A US court … the US Supreme Court’, w100e guard)
    return not _opens_other_matter(text, first)  # (‘Separately, the Berlin Constitutional Court …’, w100e guard)


#: The kinds of a body brought in by its owner's name and its kind in lower case (‘the Commons housing
#: committee’), or by lower-case words of its remit alone (‘the agriculture ministry’, ‘an independent
#: tribunal’), that "the <kind>" reads back to.
#:
#: >>> "panel" in OWNER_NAMED_KIND_NOUNS, "ministry" in OWNER_NAMED_KIND_NOUNS, "court" in OWNER_NAMED_KIND_NOUNS
#: (True, True, False)
OWNER_NAMED_KIND_NOUNS = frozenset(("committee", "subcommittee", "panel", "tribunal", "commission", "board",
                                    "agency", "ministry", "council", "department"))

#: Lower-case words before a kind that bring in no body of their own: one told of as another, a new or a
#: second one, or the same again (‘a new committee’, ‘the same agency’, ‘the other board’).
#:
#: >>> "new" in KIND_WORDS_NAMING_NONE, "judicial" in KIND_WORDS_NAMING_NONE
#: (True, False)
KIND_WORDS_NAMING_NONE = SECOND_OF_KIND_WORDS | frozenset("""new same another first last next different whole full entire
    former previous current latest relevant such each every any some this that its their""".split())

#: A body brought in by "the" or "a", up to three capitalised words of its owner, one or two lower-case
#: words (never :data:`KIND_WORDS_NAMING_NONE`) and its kind (group ``det`` the determiner, ``name`` the rest),
#: where the kind ends its phrase: punctuation, a relative word or a verb after it (never ‘the Premier League
#: disciplinary panel hearing’, a compound).
#:
#: >>> RE_OWNER_NAMED_KIND.search("a report by the Commons housing committee, which found").group("name")
#: 'Commons housing committee'
#: >>> RE_OWNER_NAMED_KIND.search("after a Premier Rugby judicial committee found his charge").group("det", "name")
#: ('a', 'Premier Rugby judicial committee')
#: >>> RE_OWNER_NAMED_KIND.search("The civil defence agency has ordered").group("name")
#: 'civil defence agency'
#: >>> RE_OWNER_NAMED_KIND.search("the Senate committee said") is None, RE_OWNER_NAMED_KIND.search("the Rugby judicial committee hearing") is None
#: (True, True)
#: >>> RE_OWNER_NAMED_KIND.search("a new committee said") is None
#: True
RE_OWNER_NAMED_KIND = LazyPattern(
    r"\b(?P<det>[Tt]he|[Aa]n?) (?P<name>(?:\p{Lu}[\p{L}’'\-]*\s){0,3}"
    r"(?!(?:" + "|".join(sorted(KIND_WORDS_NAMING_NONE)) + r")\s)(?:\p{Ll}[\p{Ll}\-]*\s){1,2}"
    r"(?P<kind>" + "|".join(sorted(OWNER_NAMED_KIND_NOUNS)) + r"))"
    r"(?=[,.;:)]|\s+(?:which|that|who|has|had|have|is|was|will|would|found|said|says|ruled|held|heard|sat|gave|upheld|"
    r"told|wrote|chaired|led|headed|\p{Ll}+ed)\b)")


#: "and" or "or" right before a body brought in, which makes it the second of a pair (never the end of
#: another word: ‘for the …’, ‘In Poland the …’).
#:
#: >>> bool(RE_AND_OR_BEFORE.search("and ")), RE_AND_OR_BEFORE.search("for "), RE_AND_OR_BEFORE.search("land ")
#: (True, None, None)
RE_AND_OR_BEFORE = LazyPattern(r"\b(?:and|or) $")

#: Endings of the words that describe what a body is like (‘an independent tribunal’, ‘a disciplinary
#: commission’, ‘a judicial committee’), which :func:`_describes_one` reads as adjectives.
#:
#: >>> "ent" in BODY_ADJECTIVE_ENDINGS, "ment" in BODY_ADJECTIVE_ENDINGS
#: (True, False)
BODY_ADJECTIVE_ENDINGS = ("al", "ent", "ant", "ive", "ory", "ary", "ic", "ous")


#: Adjectives of a body's level or reach, not of what it is like: "a federal agency" is one of many.
LEVEL_ADJECTIVES = TITLE_LEVEL_WORDS | frozenset("national regional local international central special government "
                                                 "governmental".split())


def _describes_one(det: str, name: str) -> bool:
    """A body brought in by ``det`` and ``name`` is one body, no class of them: with "the", or its owner's
    name (‘a Premier Rugby judicial committee’), or only words of what it is like (‘an independent
    tribunal’); never "a" before a noun of its remit, one of many (‘an employment tribunal’, ‘a planning
    committee’).

    >>> _describes_one("The", "agriculture ministry"), _describes_one("an", "independent regulatory commission")
    (True, True)
    >>> _describes_one("an", "employment tribunal"), _describes_one("a", "Premier Rugby judicial committee")
    (False, True)
    >>> _describes_one("a", "federal agency")  # (a level, one of many: review rv117a)
    False
    """
    words = name.split()[:-1]
    return det.lower() == "the" or words[0][:1].isupper() \
        or all(w.endswith(BODY_ADJECTIVE_ENDINGS) and not w.endswith("ment") and w not in LEVEL_ADJECTIVES
               for w in words)


#: The end of a person's words that a body brought in by its owner's name sits in (‘Labour MP Diane Carter
#: said the Treasury select committee was “a rubber stamp”’): the person tells of it, the article never
#: brings it in as the one that speaks (w100e guard).
#:
#: >>> bool(RE_REPORTED_BEFORE.search("Labour MP Diane Carter said ")), bool(RE_REPORTED_BEFORE.search("he told reporters that "))
#: (True, True)
#: >>> bool(RE_REPORTED_BEFORE.search("a report by ")), bool(RE_REPORTED_BEFORE.search("he said it was "))
#: (False, False)
RE_REPORTED_BEFORE = LazyPattern(
    r"\b(?:said|says|told\s+\p{L}+|claimed|claims|argued|argues|insisted|insists|warned|warns|accused|accuses|"
    r"called|calls|described|describes)\s+(?:that\s+)?$")


@functools.lru_cache(maxsize=32)
def _owner_named_kinds(text: str, noun: str) -> tuple[tuple[int, int, str, str], ...]:
    """Where the text brings in a body of the kind by its owner's name (:data:`RE_OWNER_NAMED_KIND`): each
    phrase's start and end, determiner and name (gathered once per article and kind)."""
    return tuple((m.start(), m.end(), m.group("det"), m.group("name")) for m in RE_OWNER_NAMED_KIND.finditer(text)
                 if m.group("kind") == noun and _describes_one(m.group("det"), m.group("name"))
                 and RE_AND_OR_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None
                 and not text.startswith((", the ", ", a ", ", an "), m.end()))  # (never one of a pair or a list:
    # ‘The health ministry and the finance ministry clashed’, ‘the health ministry, the education ministry and
    # …’ bring in more than one; review rv117a)


def _owner_named_kind(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The one body of the kind the article brings in before ``at`` by its owner's name and its kind in lower
    case (‘… a report by the Commons housing committee, which found …. The committee said’), or by words of
    its remit alone (‘The agriculture ministry said …. “…,” the ministry said’), which "the <noun>" stands
    for: never when the owner is a person's name, when the article names one of the kind in
    capitals before ``at`` (‘the Ethics Committee’), brings in two so, or one unnamed (‘a second committee’).

    >>> t = "It follows a report by the Commons housing committee, which found delays. The committee said"
    >>> _owner_named_kind(t, t.index("The committee"), "committee", Cast(t)).name
    'the Commons housing committee'
    >>> t = "It follows a report by the Commons housing committee, which found delays. A Lords committee agreed. The committee said"
    >>> _owner_named_kind(t, t.index("The committee"), "committee", Cast(t)) is None
    True
    >>> t = "MP Ann Lee said the Commons housing committee was slow. The committee said"
    >>> _owner_named_kind(t, t.index("The committee"), "committee", Cast(t)) is None
    True
    >>> t = "Analyst Jo Boardman read a report by the Harbour licensing board, which found delays. The board said"
    >>> _owner_named_kind(t, t.index("The board"), "board", Cast(t)).name  # (‘Boardman’ names no Board, tidy55)
    'the Harbour licensing board'
    >>> t = "The civil defence agency has ordered an evacuation. In a post, the agency wrote"
    >>> _owner_named_kind(t, t.index("the agency"), "agency", Cast(t)).name
    'the civil defence agency'
    """
    if noun not in OWNER_NAMED_KIND_NOUNS or text.find(noun, 0, at) < 0:
        return None  # (cheap: no word of the kind before it)
    found = [(start, end, det, name) for start, end, det, name in _owner_named_kinds(text, noun)
             if end <= at and not _quoted_at(cast, start)]
    if len({name.lower() for *_, name in found}) != 1 \
            or _whole_word(noun[:1].upper() + noun[1:]).search(text, 0, at) is not None:
        return None  # (two brought in so, or one of the kind named in capitals: ‘the Board’, never ‘Boardman’)
    if any(RE_REPORTED_BEFORE.search(text, max(0, start - 40), start) for start, *_ in found):
        return None  # (in a person's words: ‘Diane Carter said the Treasury select committee was …’, w100e guard)
    start, end, det, name = found[0]
    owner = name.split()[0]
    known = cast.by_surname.get(owner.lower())
    if gender_of(owner) is not None or (known is not None and known.personlike) \
            or owner in MONTH_NAMES or owner in WEEKDAY_NAMES:
        return None  # (a person's, ‘the Tom Reed appeal panel’; a time's, ‘the March review panel’)
    if any(_unnamed_kind_since(text, lo, hi, noun) is not None for lo, hi in ((0, start), (end, at))):
        return None  # (another brought in unnamed: ‘a second committee’)
    return Person(("the " if det.lower() == "the" else "") + name, kind="organisation")


#: Words that end (or, before "of", open) the name of a body a panel sits for or a case is heard by (‘the
#: Social Care Professions Council’, ‘the Court of Sporting Arbitration’).
#:
#: >>> "Tribunal" in PANEL_BODY_WORDS, "Party" in PANEL_BODY_WORDS
#: (True, False)
PANEL_BODY_WORDS = frozenset("""Tribunal Court Council Board Commission Authority Federation Association Union
    Arbitration Institute College Society Regulator Agency""".split())

#: Of :data:`PANEL_BODY_WORDS`, the ones of a body that hears a case itself, whose panel "the panel" may be
#: where the article brings in no panel of its own (‘the Legal Conduct Tribunal heard …. the three-member
#: panel concluded’).
HEARING_BODY_WORDS = frozenset(("Tribunal", "Court"))

#: A run of capitalised words with their joiners, a body's name as a panel's sentence writes it.
_PANEL_BODY_RUN = r"\p{Lu}[\p{L}’'\-]*(?:\s(?:(?:of|for|and|on)\s(?:the\s)?)?\p{Lu}[\p{L}’'\-]*)*"

#: A panel brought in with the body it sits for named in capitals: after it (‘A fitness to practise panel of
#: the Social Care Professions Council’, group ``of``), before it (‘A Legal Conduct Tribunal panel’, group
#: ``before``), as its owner (‘the Football Association's disciplinary panel’, group ``owner``) or as the one
#: that acted on its finding (‘banned by the Volleyball Federation of Norland after an ethics panel found’,
#: group ``by``).
#:
#: >>> RE_PANEL_OF_BODY.search("A fitness to practise panel of the Nursing Council found").group("of")
#: 'Nursing Council'
#: >>> RE_PANEL_OF_BODY.search("after a Dental Conduct Tribunal panel struck him off").group("before")
#: 'Dental Conduct Tribunal'
#: >>> RE_PANEL_OF_BODY.search("The Rowing Federation’s appeals panel said").group("owner")
#: 'The Rowing Federation'
#: >>> RE_PANEL_OF_BODY.search("was banned by the Skating Union of Ostland after an ethics panel found").group("by")
#: 'Skating Union of Ostland'
RE_PANEL_OF_BODY = LazyPattern(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts) (?:[\p{Ll}\-]+ ){0,4}panel of (?:the )?(?P<of>" + _PANEL_BODY_RUN + r")"
    r"|\b[Aa]n? (?P<before>" + _PANEL_BODY_RUN + r") (?:[\p{Ll}\-]+ ){0,3}panel\b"
    r"|(?P<owner>" + _PANEL_BODY_RUN + r")['’]s (?:[\p{Ll}\-]+ ){0,3}panel\b"
    r"|\bby (?:the )?(?P<by>" + _PANEL_BODY_RUN + r") (?:after|when) an? (?:[\p{Ll}\-]+ ){0,3}panel\b")

#: A panel brought in by "a" or "an", with or without the body it sits for (‘an appeals panel’).
RE_A_PANEL = LazyPattern(r"\b[Aa]n? (?:[\p{L}’'\-]+ ){0,5}?panel\b")

#: A body that hears a case named in capitals after "the" (‘the Legal Conduct Tribunal’).
RE_THE_HEARING_BODY = LazyPattern(r"\b[Tt]he (" + _PANEL_BODY_RUN + r")")


def _panel_body_name(run: str, words: frozenset[str] = PANEL_BODY_WORDS) -> str | None:
    """The body's name in a capitalised run: one ending in one of ``words``, or opening on one before
    "of" (‘Court of Sporting Arbitration’); none for anything else.

    >>> _panel_body_name("The Rowing Federation"), _panel_body_name("Court of Sporting Arbitration")
    ('Rowing Federation', 'Court of Sporting Arbitration')
    >>> _panel_body_name("Senate"), _panel_body_name("Tribunal")
    (None, None)
    """
    parts = run.removeprefix("The ").split()
    if len(parts) < 2:
        return None
    if parts[-1] in words or any(w in words and nxt == "of" for w, nxt in zip(parts, parts[1:])):
        return " ".join(parts)
    return None


def _panel_sits_for(text: str, at: int, sized: bool = True) -> Person | None:
    """The body "the panel" at ``at`` sits for: the one the article names as it brings the panel in (‘A
    fitness to practise panel of the Social Care Professions Council found …. the panel said’), or, where
    it brings in no panel before, the one court or tribunal it names as hearing the case (‘the Legal Conduct
    Tribunal heard …. the three-member panel concluded’), only for a panel told by its size (``sized``: a bare
    "the panel" may be a show's judges or a debate's, ‘… appeared before Dunmore Magistrates' Court …. “…,”
    the panel said’, review rv119i); never when a panel of no named body is brought in too (‘An appeals
    panel has upheld …’), or two bodies so.

    >>> t = "A fitness to practise panel of the Nursing Standards Council found she lied. The panel said"
    >>> _panel_sits_for(t, t.index("The panel said")).name
    'Nursing Standards Council'
    >>> t = "The Legal Conduct Tribunal heard the case. The three-member panel said"
    >>> _panel_sits_for(t, t.index("The three-member")).name
    'Legal Conduct Tribunal'
    >>> t = "A Dental Conduct Tribunal panel struck him off. An appeals panel upheld it. The panel said"
    >>> _panel_sits_for(t, t.index("The panel said")) is None
    True
    >>> t = "The Supreme Court heard it. The Court of Appeal had ruled. The panel said"
    >>> _panel_sits_for(t, t.index("The panel said")) is None
    True
    >>> t = "The High Court heard the challenge. Outside, the panel argued it would fail. The panel said"
    >>> _panel_sits_for(t, t.index("The panel said"), sized=False) is None
    True
    """
    named = [(m.start(), m.end(), name) for m in RE_PANEL_OF_BODY.finditer(text, 0, at)
             if (name := _panel_body_name(next(run for run in m.groups() if run))) is not None]
    if named:
        if len({name for *_, name in named}) != 1 or any(
                not any(lo <= m.end() <= hi for lo, hi, _ in named) for m in RE_A_PANEL.finditer(text, 0, at)):
            return None  # (two bodies' panels, or a panel of no named body: ‘An appeals panel has upheld …’)
        return Person(named[0][2], kind="organisation")
    if not sized or RE_A_PANEL.search(text, 0, at) is not None or _whole_word("Panel").search(text, 0, at) is not None:
        return None  # (a panel brought in some other way: ‘an ethics panel’, ‘the Parole Panel’)
    heard = {name for m in RE_THE_HEARING_BODY.finditer(text, 0, at)
             if (name := _panel_body_name(m.group(1), HEARING_BODY_WORDS)) is not None}
    return Person(heard.pop(), kind="organisation") if len(heard) == 1 else None


#: Those a court or creditors appoint to run a failed firm, whom a report names by the firm they come
#: from (‘Administrators from Hartwell Pryce were appointed’) and then calls by the noun alone.
#:
#: Plural only: one "administrator" may be a person (‘Jo Pike of Dale Orme was appointed administrator’).
#:
#: >>> "administrators" in APPOINTEE_NOUNS, "liquidator" in APPOINTEE_NOUNS, "managers" in APPOINTEE_NOUNS
#: (True, False, False)
APPOINTEE_NOUNS = frozenset("administrators liquidators receivers".split())

_APPOINTEE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(APPOINTEE_NOUNS)) + ")"
_FIRM_RUN = r"\p{Lu}[\p{L}’'\-]*(?: (?:& )?\p{Lu}[\p{L}’'\-]*)*"

#: The firm appointees come from, as a report brings them in: by "from" or "at" with "appointed" later in
#: the sentence (group ``from``), as the subject appointed (group ``was``), or as the one appointed
#: (group ``obj``); the appointee noun in group ``noun``, ``noun2`` or ``noun3``.
#:
#: >>> RE_APPOINTEES_FIRM.search("Administrators from the accountancy firm Dale Orme were appointed on Friday").group("from")
#: 'Dale Orme'
#: >>> RE_APPOINTEES_FIRM.search("Tallis & Crewe was appointed as joint administrators").group("was")
#: 'Tallis & Crewe'
#: >>> RE_APPOINTEES_FIRM.search("Lenders appointed Quarry Lane Advisory as receivers").group("obj")
#: 'Quarry Lane Advisory'
#: >>> RE_APPOINTEES_FIRM.search("Administrators at Kelby High School said classes would resume") is None
#: True
RE_APPOINTEES_FIRM = LazyPattern(
    r"\b(?P<noun>" + _APPOINTEE + r") (?:from|at) (?:the )?(?:[\p{Ll}\-]+ ){0,3}(?P<from>" + _FIRM_RUN + r")"
    r"(?=[^.;!?]{0,80}\bappointed\b)"
    r"|(?P<was>" + _FIRM_RUN + r") (?:was|were|has been|have been|had been) appointed (?:as )?(?:the )?(?:joint )?"
    r"(?P<noun2>" + _APPOINTEE + r")\b"
    r"|\bappointed (?:the )?(?:[\p{Ll}\-]+ ){0,3}(?P<obj>" + _FIRM_RUN + r") as (?:the )?(?:joint )?(?P<noun3>" + _APPOINTEE + r")\b")

#: "of", "from" or "at" right before a capitalised run: the run is where its subject works, not the subject.
#:
#: >>> bool(RE_WORKPLACE_BEFORE.search("Al Roe of ")), bool(RE_WORKPLACE_BEFORE.search("On Friday "))
#: (True, False)
RE_WORKPLACE_BEFORE = LazyPattern(r"\b(?:of|from|at) $")

#: "and" right before a capitalised run: the last of those it joins (‘Jo Pike and Al Roe were appointed’).
#:
#: >>> bool(RE_AND_BEFORE.search("Jo Pike and ")), bool(RE_AND_BEFORE.search("Tallis & "))
#: (True, False)
RE_AND_BEFORE = LazyPattern(r"\band $")

#: Words that may open a capitalised run before the firm's own name (‘On Friday Tallis & Crewe was appointed’).
#:
#: >>> "Yesterday" in LEADING_RUN_WORDS, "Tallis" in LEADING_RUN_WORDS
#: (True, False)
LEADING_RUN_WORDS = frozenset({"The", "On", "In", "At", "Last", "This", "Then", "But", "And", "Yesterday", "Today",
                               "Tonight", "Earlier", "Later", "Meanwhile", "Now", *WEEKDAY_NAMES, *MONTH_NAMES})

#: A firm's failure, or the trade of those who deal with one (‘the restructuring firm’, ‘the accountancy
#: firm’), told before appointees brought in by "from" or "at": only then are "the administrators"
#: (liquidators, receivers) those a court or creditors appoint, never a school's, a ministry's or a team's wide
#: receivers (review rv129k); "appointed as administrators" says so itself.
#:
#: >>> bool(RE_INSOLVENCY.search("the retailer collapsed into administration")), bool(RE_INSOLVENCY.search("were named captains"))
#: (True, False)
RE_INSOLVENCY = LazyPattern(r"\b(?:administration|insolven\p{Ll}*|liquidation|receivership|creditors|bankrupt\p{Ll}*"
                            r"|ceased trading|(?:went|gone) bust|collaps\p{Ll}+|debts|restructuring|accountancy|accounting firm)\b")


def appointees_firm(text: str, at: int, said_by: list[str]) -> Person | None:
    """The firm "the administrators" (or the liquidators or receivers) at ``at`` come from: the one the
    article names as it brings them in as appointed (‘Kestrel Foods collapsed. Administrators from Dale Orme
    were appointed on Friday. … “…,” the administrators said’; "from" or "at" only after a firm's failure is
    told, :data:`RE_INSOLVENCY`); none for another noun, for appointees of another kind, or where two firms
    are so named.

    >>> t = "Kestrel Foods collapsed. Administrators from Dale Orme were appointed on Friday. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]).name
    'Dale Orme'
    >>> t = "Administrators from Dale Orme were appointed on Friday. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    >>> t = "On Friday Tallis & Crewe was appointed administrators. In a letter, the joint administrators said"
    >>> appointees_firm(t, t.index("the joint"), ["the", "joint", "administrators"]).name
    'Tallis & Crewe'
    >>> t = "Kestrel Foods collapsed. Liquidators from Dale Orme were appointed on Friday. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    >>> t = "Jo Pike and Al Roe of Dale Orme were appointed administrators. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    >>> t = "Jo Pike and Al Roe were appointed administrators. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    >>> t = "Administrators at Kelby High School met parents. The administrators said"
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    >>> t = ("Kestrel collapsed. Administrators from Dale Orme were appointed to Kestrel. "
    ...      "Receivers from Orr Lane were appointed to Pell. "
    ...      "Administrators from Vance Hale were appointed to Brill. The administrators said")
    >>> appointees_firm(t, t.index("The administrators"), ["The", "administrators"]) is None
    True
    """
    if len(said_by) not in (2, 3) or said_by[0].lower() != "the" or said_by[-1] not in APPOINTEE_NOUNS \
            or (len(said_by) == 3 and said_by[1] != "joint"):
        return None
    failure_told = None
    firms = set()
    for m in RE_APPOINTEES_FIRM.finditer(text, 0, at):
        if (m.group("noun") or m.group("noun2") or m.group("noun3")).lower() != said_by[-1]:
            continue
        if m.group("from") is not None:
            if failure_told is None:
                failure_told = RE_INSOLVENCY.search(text, 0, at) is not None
            if not failure_told:
                continue  # (no firm's failure told: a school's or a ministry's administrators, review rv129k)
        if m.group("was") is not None and RE_WORKPLACE_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None:
            return None  # (people of the firm appointed: ‘Jo Pike and Al Roe of Dale Orme were appointed …’)
        words = (m.group("from") or m.group("was") or m.group("obj")).split()
        while words and words[0] in LEADING_RUN_WORDS:
            words = words[1:]
        if not words or (m.group("was") is not None and RE_AND_BEFORE.search(text, max(0, m.start() - 5), m.start())):
            return None  # (people appointed, never a firm: ‘Jo Pike and Al Roe were appointed administrators’)
        firms.add(" ".join(words))
    return Person(firms.pop(), kind="organisation") if len(firms) == 1 else None
