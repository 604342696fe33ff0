"""Bodies of a particular kind: campaigns by their owner, broadcasters and public bodies by their
letters, airlines by a flight, courts and benches, weather services.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern, RE_DOUBLE_QUOTED, wordset
from quotesearch.time_words import CALENDAR_NAMES, MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import COUNTRY_LETTERS
from quotesearch.body_words import FLIGHT_OPERATOR_NOUNS, MET_NAME_ENDS, WEATHER_NAME_WORDS, WEATHER_PERSON_NOUNS
from quotesearch.mention_words import Mention
from quotesearch.speakers import Cast
from quotesearch.people import Person, surname_key
from quotesearch.body_names import RE_DATELINE, _quoted_at
from quotesearch.names import EVENT_WORDS
from quotesearch.name_parts import FUNCTION_WORDS


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


#: The kinds a broadcaster is called by again, whose letters must stand alone (never ‘The regulator BCA
#: said …. “…,” the broadcaster said’: the regulator is another body).
BROADCAST_NOUNS = frozenset(("network", "broadcaster"))
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
#: Bench’, ‘A five-member Bench’, ‘a full bench’, ‘the Division Bench’, ‘the Grand Bench’).
RE_BENCH_BEFORE = LazyPattern(r"(?:^|\W)(?i:the|a|an)(?: (?:full|[Gg]rand|larger|special|division|constitution|constitutional"
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


#: A court or tribunal by its capitalised name: words before "Court" or "Tribunal", and after it "of",
#: "on" or "for" and more capitalised words (‘Inter-American Court of Human Rights’, ‘Court of Justice of
#: the European Union’, ‘African Court on Human and Peoples’ Rights’); an owner's possessive and an
#: opening "The" are the caller's to drop (:func:`_court_core`).
#:
#: >>> RE_COURT_NAME.search("The Court of Justice of the European Union has upheld").group()
#: 'The Court of Justice of the European Union'
#: >>> RE_COURT_NAME.search("Arusha. The African Court on Human and Peoples’ Rights has ordered").group()
#: 'The African Court on Human and Peoples’ Rights'
#: >>> RE_COURT_NAME.search("The Marsh Vale Lands and Rating Tribunal has").group(), RE_COURT_NAME.search("the High Court and Court of Appeal").group()
#: ('The Marsh Vale Lands and Rating Tribunal', 'High Court')
#: >>> RE_COURT_NAME.search("Japan's Supreme Court on Wednesday upheld").group(), RE_COURT_NAME.search("a lower court ruled") is None
#: ("Japan's Supreme Court", True)
RE_COURT_NAME = LazyPattern(r"(?:(?!(?:Court|Tribunal)\b)\p{Lu}[\p{L}\p{M}’'\-]* (?:and )?)*(?:Court|Tribunal)\b(?![’'\-])"
                            r"(?: (?:of|on|for)(?: the)? (?!(?:" + "|".join(sorted(CALENDAR_NAMES)) + r")\b)\p{Lu}[\p{L}\p{M}’'\-]*(?:(?: (?:and|of|the|for))* \p{Lu}[\p{L}\p{M}’'\-]*)*)?")

#: A named court said to decide in the words after its name, past an aside, a day, "has" or an adverb
#: (‘The Inter-American Court of Human Rights declared’, ‘Japan's Supreme Court on Wednesday upheld’, ‘The
#: Supreme Court yesterday ruled’, ‘Hong Kong's Court of Final Appeal has unanimously quashed’, ‘Kenya's High
#: Court has halted’): the court whose ruling the article reports (:func:`_ruling_court`), and the one whose
#: "the judgment" that is (:func:`quotesearch.ruling_issuers._sole_court_before`).
#:
#: >>> bool(RE_COURT_DECIDED.match(" on Wednesday upheld the")), bool(RE_COURT_DECIDED.match(", based in Arusha, has ordered"))
#: (True, True)
#: >>> bool(RE_COURT_DECIDED.match(" has unanimously ruled")), bool(RE_COURT_DECIDED.match(" yesterday ruled"))
#: (True, True)
#: >>> RE_COURT_DECIDED.match(" heard the case") is None, RE_COURT_DECIDED.match(" said it would rule") is None
#: (True, True)
#: >>> RE_COURT_DECIDED.match(" next year.") is None, RE_COURT_DECIDED.match(", where protesters gathered") is None
#: (True, True)
RE_COURT_DECIDED = LazyPattern(r"(?:,[^,.;\n“”\"]{1,60},)?(?: (?:on|last|this|late|earlier) \p{L}+| yesterday| today)?"
                               r"(?: (?:has|have|had))?(?: (?:also|unanimously|partly))?"
                               r" (?:ruled|rules|ordered|orders|declared|declares|found|finds|upheld|upholds|quashed|quashes"
                               r"|overturned|overturns|struck down|strikes down|dismissed|dismisses|rejected|rejects|recognized"
                               r"|recognised|recognizes|recognises|held|holds|granted|grants|blocked|blocks|annulled|annuls"
                               r"|sided|sides|backed|backs|cleared|clears|set aside|sets aside|halted|halts|barred|bars"
                               r"|suspended|suspends|invalidated|invalidates|reversed|reverses|acquitted|convicted|sentenced"
                               r"|awarded|allowed|decided|delivered|handed down|threw out|throws out)\b")

#: A body's name or word that "the court", "the judges" or a court's bench restates (‘the Strasbourg-based
#: court’, ‘The Luxembourg court’, ‘the five judges’, ‘the Grand Bench’, ‘the tribunal’); group ``place`` a
#: capitalised word before a lower-case court, which must be the court's seat, no other court's.
#:
#: >>> RE_COURT_RESTATED.fullmatch("the Strasbourg-based court").group("place"), bool(RE_COURT_RESTATED.fullmatch("the five judges"))
#: ('Strasbourg', True)
#: >>> bool(RE_COURT_RESTATED.fullmatch("The Grand Bench")), RE_COURT_RESTATED.fullmatch("the Supreme Court") is None
#: (True, True)
#: >>> RE_COURT_RESTATED.fullmatch("the appeal judges") is None, RE_COURT_RESTATED.fullmatch("the competition judges") is None
#: (True, True)
RE_COURT_RESTATED = LazyPattern(r"(?i:the) (?:(?:(?P<place>\p{Lu}[\p{L}\p{M}]+)(?:-based)? |(?:top|highest|\d+|three|five|seven"
                                r"|nine|eleven|fifteen) )?(?P<noun>court|tribunal|judges|justices)|(?:Grand |Full )?Bench)")

#: A court of another level brought in unnamed before the words, which "the court" may be (‘a district
#: court’, ‘the trial court’, ‘the High court’); never a court's plural (‘the lower courts failed’).
#:
#: >>> bool(RE_OTHER_LEVEL_COURT.search("after a district court acquitted him")), RE_OTHER_LEVEL_COURT.search("the lower courts erred") is None
#: (True, True)
RE_OTHER_LEVEL_COURT = LazyPattern(r"\b(?i:an?|the|another) (?i:lower|district|trial|appeals?|appellate|high|magistrates[’']?|county|regional"
                                   r"|circuit|provincial|municipal|city|family|criminal|civil|military|labour|labor|sessions) court\b(?!s)")


#: An owner's name and possessive before a court's name (‘Hong Kong's ’ in ‘Hong Kong's Court of Final
#: Appeal’), which :func:`_court_core` drops.
#:
#: >>> RE_COURT_OWNER.match("Hong Kong's Court of Final Appeal").group()
#: "Hong Kong's "
RE_COURT_OWNER = LazyPattern(r"^.*\b\p{Lu}[\p{L}\p{M}\-]*[’']s ")


def _court_core(name: str) -> str:
    """A court's name without an opening "The" or an owner before it (‘Hong Kong's Court of Final
    Appeal’ is the ‘Court of Final Appeal’).

    >>> _court_core("The European Court of Human Rights"), _court_core("Hong Kong's Court of Final Appeal")
    ('European Court of Human Rights', 'Court of Final Appeal')
    """
    name = RE_COURT_OWNER.sub("", name)
    return name[4:] if name.startswith("The ") else name


@functools.lru_cache(maxsize=64)
def _court_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each court or tribunal is named by its name, in order (start, end, its name without an opening
    "The" or an owner, :func:`_court_core`); never a headline's bare ‘Court’. The cheap test first."""
    if "Court" not in text and "Tribunal" not in text:
        return ()
    return tuple((m.start(), m.end(), core) for m in RE_COURT_NAME.finditer(text)
                 if (core := _court_core(m.group())) not in ("Court", "Tribunal"))


#: The end of an article's lede: its headline and the first sentence after it (a sentence's stop, perhaps
#: in a closing mark, before a space), looked for past a dateline's stop (‘Arusha. The African Court …’,
#: :data:`LEDE_DATELINE_REACH`). The court whose ruling the article reports is named there; one named only
#: later may be another story's (‘The Bake Off final was held on Sunday. The High Court ruled last week
#: in a separate dispute. “…,” the judges said’, review rv124b).
#:
#: >>> t = "Court frees editor\n\nThe Supreme Court on Monday freed him. The judges said"
#: >>> t[:RE_LEDE_END.search(t).end()].endswith("freed him.")
#: True
RE_LEDE_END = LazyPattern(r"[.!?][”\"’']?(?=\s|$)")

#: How far past its start a lede's first stop may be a dateline's (‘Arusha.’, ‘NAIROBI, Kenya.’).
LEDE_DATELINE_REACH = 30


def _ruling_court(text: str, at: int, words: str) -> Person | None:
    """The court whose ruling the article reports, which "the court", "the judges" or its bench
    ``words`` at ``at`` restate: the one named court its lede says decided (‘The European Court of Human
    Rights has ruled …. the Strasbourg-based court found’, ‘Japan's Supreme Court on Wednesday upheld
    …. The Grand Bench ruled’). None where another court is named before ``at`` (a lower court appealed
    from), a court of another level is brought in unnamed, or the restating place is told of otherwise."""
    restated = RE_COURT_RESTATED.fullmatch(words)
    if restated is None:
        return None
    line = text.find("\n")  # (a headline, no sentence of its own, is the lede's)
    body = line + 1 if line > 0 and RE_LEDE_END.search(text, 0, line) is None else 0
    lede = RE_LEDE_END.search(text, body + LEDE_DATELINE_REACH)
    named = [(start, end, core) for start, end, core in _court_names(text) if start < at]
    ruled = [core for start, end, core in named
             if end <= (lede.end() if lede else len(text)) and RE_COURT_DECIDED.match(text, end) is not None]
    if not ruled:
        return None
    core = max(ruled, key=len)  # (its name in full, never the headline's short one: ‘African Court orders …’)
    if restated.group("noun") in ("court", "tribunal") and restated.group("noun").title() not in core.split():
        return None  # (a tribunal is never "the court", nor a court "the tribunal")
    if any(other not in core for _, _, other in named):  # (a bare capital kind is no other: ‘Tribunal clears …’)
        return None  # (another court named: ‘the Orissa High Court …, relying on the Supreme Court's ruling’)
    if RE_OTHER_LEVEL_COURT.search(text, 0, at) is not None \
            or any(RE_COURT_AS_MODIFIER.match(text, m.end()) is None for m in RE_UNNAMED_COURT.finditer(text, 0, at)):
        return None  # (‘Earlier, a sessions court had rejected bail. “…,” the court had said’; never ‘moved to a
        # different court division’, no court of its own)
    place = restated.group("place")
    if place is not None and any(not text.startswith((" court", "-based court"), m.end())
                                 for m in regex.finditer(rf"\b{regex.escape(place)}\b", text, pos=0, endpos=at)):
        return None  # (a place told of otherwise, whose court may be another: ‘a Kraków judge …. the Kraków court’)
    return _body_as_written(text, core, at)


#: A court brought in unnamed (‘a lower court’, ‘another court’, ‘a magistrates’ court’).
RE_UNNAMED_COURT = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{Ll}’'\-]+ ){0,2}court\b")

#: The noun after "court" that makes it a modifier, no court brought in (‘a different court division’, ‘a
#: court hearing’, ‘a court order’).
#:
#: >>> bool(RE_COURT_AS_MODIFIER.match(" division against her will")), RE_COURT_AS_MODIFIER.match(" ruled that") is None
#: (True, True)
RE_COURT_AS_MODIFIER = LazyPattern(r" (?:division|president|case|cases|hearing|hearings|order|orders|fees?|room|staff|system|building"
                                   r"|clerk|officials?|documents|papers|date|appearance|proceedings|records|filing|filings)\b")


#: A judge named by the title "Justice" or "Judge" (group ``name``: initials, given names and surname).
#:
#: >>> RE_TITLED_JUDGE.search("Additional Sessions Judge Rakesh Kumar Tiwari also imposed").group("name")
#: 'Rakesh Kumar Tiwari'
#: >>> RE_TITLED_JUDGE.search("Disposing of it, Justice P. Venugopal observed").group("name")
#: 'P. Venugopal'
#:
#: Never a minister's or a department's title after "Justice" (‘Justice Minister Paul Hart’; review rv119i).
#:
#: >>> RE_TITLED_JUDGE.search("Justice Minister Paul Hart said") is None, RE_TITLED_JUDGE.search("the Justice Secretary, Jo Benn") is None
#: (True, True)
RE_TITLED_JUDGE = LazyPattern(r"\b(?:Justice|Judge) (?!(?:Minister|Secretary|Department|Ministry|Committee|Select|Spokes\p{L}+|"
                              r"Shadow|Reform|Campaign)\b)(?P<name>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+)*)")

#: Words that tell of more than one judge deciding, a higher court or a jury beside the judge (‘a division
#: bench of Justices Kulkarni and Deshpande’, ‘a three-judge panel’, ‘writing for the majority’, ‘the
#: Supreme Court’, ‘the appeals court’), where "the court" is no one judge's.
#:
#: >>> bool(RE_MORE_THAN_ONE_JUDGE.search("a division bench of Justices Rao")), bool(RE_MORE_THAN_ONE_JUDGE.search("the jury"))
#: (True, True)
#: >>> bool(RE_MORE_THAN_ONE_JUDGE.search("the judge observed in the order"))
#: False
RE_MORE_THAN_ONE_JUDGE = LazyPattern(
    r"\b(?:[Jj]ustices|[Jj]udges|[Bb]ench of|[Dd]ivision [Bb]ench|[Ff]ull [Bb]ench|[\p{L}\d]+-(?:judge|member)|panel|"
    r"majority|dissent\p{L}*|Supreme Court|Court of Appeals?|[Aa]ppeals? [Cc]ourt|[Aa]ppellate|jury|jurors?)\b")


def _court_sole_judge(text: str, at: int, cast: Cast) -> Person | None:
    """The one judge "the court" or "the bench" at ``at`` stands for: the only judge the article names
    before it by the title "Justice" or "Judge", whom it then calls "the judge" (‘Justice P. Venugopal
    observed …. “…,” the judge said. … The court directed that …’); never beside a second judge, a bench
    of more, a higher court or a jury (:data:`RE_MORE_THAN_ONE_JUDGE`).

    >>> t = "Justice Asha Menon quashed the order. “It fails,” the judge said. The court said"
    >>> _court_sole_judge(t, t.index("The court said"), Cast(t)).name
    'Asha Menon'
    >>> t = "Justice Asha Menon quashed the order. The court said"
    >>> _court_sole_judge(t, t.index("The court said"), Cast(t)) is None
    True
    >>> t = "Justice Asha Menon, writing for the majority, quashed it. “It fails,” the judge said. The court said"
    >>> _court_sole_judge(t, t.index("The court said"), Cast(t)) is None
    True
    """
    judges = {}
    for m in RE_TITLED_JUDGE.finditer(text, 0, at):
        person = cast.by_surname.get(surname_key(m.group("name").split()))
        if person is None or not person.personlike:
            return None  # (a title of no one the cast knows: ‘Judge Ames’ named nowhere else)
        judges.setdefault(id(person), (m.start(), person))
    if len(judges) != 1:
        return None
    first, person = next(iter(judges.values()))
    if all(_quoted_at(cast, m.start()) for m in RE_THE_JUDGE.finditer(text, first, at)) \
            or RE_MORE_THAN_ONE_JUDGE.search(text, 0, at) is not None \
            or RE_OTHER_COURT.search(text, first, at) is not None:
        return None  # (never called the judge outside words in marks, more than one judge deciding, or another
        # court told of after the judge, ‘a sessions court had rejected bail’, ‘the constitutional court
        # overturned it’; review rv119i)
    return person


#: "the judge" as the article calls one, never "the judges" nor "the judge's".
RE_THE_JUDGE = LazyPattern(r"\bthe judge\b(?![’']s\b|s\b)")

#: Another court told of in lower case, a lower or higher one than the judge's (‘a sessions court’, ‘the
#: country's constitutional court’, ‘the trial court’): "the court" after it may be that one's.
#:
#: >>> bool(RE_OTHER_COURT.search("Earlier, a sessions court had rejected bail")), bool(RE_OTHER_COURT.search("the country's constitutional court"))
#: (True, True)
#: >>> RE_OTHER_COURT.search("the court directed") is None
#: True
RE_OTHER_COURT = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Tt]he|\p{L}+[’']s) (?:[\p{Ll}\-]+ ){0,2}?(?!court\b)\p{Ll}[\p{Ll}\-]+ court\b")


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


#: Last words of the name of an event that organisers run (EVENT_WORDS, and a fair's, a show's or a
#: carnival's): ‘organisers of the Kelby Folk Festival’, ‘Harwick Half Marathon organisers’ (w70a).
#:
#: >>> "festival" in ORGANISED_EVENT_ENDS, "fair" in ORGANISED_EVENT_ENDS, "council" in ORGANISED_EVENT_ENDS
#: (True, True, False)
ORGANISED_EVENT_ENDS = EVENT_WORDS | wordset("fair show carnival parade expo fest run regatta")

#: Run of capitalised words (a year, "of" or "on" inside) that may be an event's name.
_EVENT_NAME_RUN = r"\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|on|\d{4}|\p{Lu}[\p{L}\p{M}’'\-]*))*"

#: An event named with its organisers, "organisers of" before it or "organisers" after it (‘Organisers
#: of the Kelby Folk Festival have cancelled …’, ‘The Harwick Half Marathon organisers said’): the name
#: in group "of" or "before", to be checked for an event's last word; never one of two events named
#: together (‘organisers of the Lindell Jazz Festival and the Corran Blues Fair’) (w70a).
#:
#: >>> RE_EVENT_ORGANISERS.search("Organisers of the Kelby Folk Festival have cancelled it").group("of")
#: 'Kelby Folk Festival'
#: >>> RE_EVENT_ORGANISERS.search("The Harwick Half Marathon organisers said").group("before")
#: 'The Harwick Half Marathon'
#: >>> RE_EVENT_ORGANISERS.search("organisers of the Lindell Jazz Festival and the Corran Blues Fair") is None
#: True
RE_EVENT_ORGANISERS = LazyPattern(rf"\b[Oo]rgani[sz]ers of (?:the )?(?P<of>(?>{_EVENT_NAME_RUN}))(?! and (?:the )?\p{{Lu}})"
                                  rf"|(?P<before>{_EVENT_NAME_RUN}) organi[sz]ers\b")

#: Organisers as a speaker, unnamed: "organisers", "the organisers", "race organisers", "festival
#: organisers" (one lower-case word of their kind at most) (w70a).
#:
#: >>> bool(RE_ORGANISERS_SPEAKER.fullmatch("the festival organisers")), bool(RE_ORGANISERS_SPEAKER.fullmatch("one organiser"))
#: (True, False)
RE_ORGANISERS_SPEAKER = LazyPattern(r"(?:[Tt]he )?(?:\p{Ll}+ )?organi[sz]ers")


#: Gatherings with organisers of their own, other than a named event (‘a protest’, ‘a trade union
#: conference’, ‘a vigil’) (rv70a).
RE_OTHER_GATHERING = LazyPattern(r"\b(?:[Pp]rotest|march|[Rr]ally|[Vv]igil|[Cc]onference|[Dd]emonstration|[Ss]trike|[Bb]oycott|[Pp]etition)(?:s|es)?\b")


#: A festival, fair or carnival by its own name of two capitalised words at least, the last its kind
#: (‘the Carrowmore Music Festival’, ‘Wychcombe Festival’): the event whose unnamed "organisers" speak
#: for it when the article names no other (w78c).
#:
#: >>> RE_NAMED_FESTIVAL.search("were evacuated from the Carrowmore Music Festival in Co Sligo").group(1)
#: 'Carrowmore Music Festival'
#: >>> RE_NAMED_FESTIVAL.search("a music festival in Sligo") is None, RE_NAMED_FESTIVAL.search("the Festival Hall") is None
#: (True, True)
RE_NAMED_FESTIVAL = LazyPattern(r"\b(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |on )?\p{Lu}[\p{L}\p{M}’'\-]*)*? (?:Festival|Fest|Fair|Carnival))\b(?! \p{Lu})")


#: Another event of its own with organisers, brought in by a determiner (‘the Dunmore half marathon’, ‘the
#: town's Pride parade’, ‘a photography exhibition’, ‘The cup final’): no festival's organisers after it (rv78c).
#:
#: >>> bool(RE_OTHER_EVENT.search("runners in the Dunmore half marathon")), bool(RE_OTHER_EVENT.search("cancelled the final day"))
#: (True, False)
RE_OTHER_EVENT = LazyPattern(r"\b(?i:the|a|an|this|that|its|their|[\p{L}\-]+['’]s)\s+(?:[\p{L}\-’']+\s+){0,3}?"
                             r"(?:parade|marathon|race|fun run|exhibition|hustings|tournament|match|final|concert|gig|competition"
                             r"|championships?|auction|screening|ceremony|show|walk|ride|regatta|gala|fete|fête|derby|game)s?\b"
                             r"(?![ \-](?:day|night|evening|weekend|stage|set|act|round)s?\b)")  # (‘the final day’ is the festival's own)


#: The words right before a title spoken to or printed in, never an event (‘told Vanity Fair’, ‘in Time Out
#: Fest’), reading back from the name (rv78c).
#:
#: >>> bool(RE_TITLE_LEAD_BEFORE.search("she told ")), bool(RE_TITLE_LEAD_BEFORE.search("fans at "))
#: (True, False)
RE_TITLE_LEAD_BEFORE = LazyPattern(r"\b(?:told|to|with|in|by|for)\s+$")


def _sole_festival_named(text: str, end: int) -> str | None:
    """The one festival, fair or carnival the article names by its own name before ``end``
    (:data:`RE_NAMED_FESTIVAL`, a leading "The" or "In" left off), with no other gathering told of
    since (‘Thousands were evacuated from the Carrowmore Music Festival after organisers cancelled the
    final day. … organisers said’); None when it names none, or two (w78c). A title spoken to or printed in
    (:data:`RE_TITLE_LEAD_BEFORE`, ‘told Vanity Fair’) is no festival, and another event told of since
    (:data:`RE_OTHER_EVENT`, outside quotations) has organisers of its own (rv78c).

    >>> _sole_festival_named("Wychcombe Festival has named its line-up. Organisers said", 50)
    'Wychcombe Festival'
    >>> _sole_festival_named("The Lindell Jazz Festival and the Corran Blues Fair share a weekend.", 60) is None
    True
    """
    names, last = [], 0
    for m in RE_NAMED_FESTIVAL.finditer(text, 0, end):
        if RE_TITLE_LEAD_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # (a title spoken to or printed in, no event: ‘told Vanity Fair’, rv78c)
        words = m.group(1).split()
        while words and words[0].lower() in FUNCTION_WORDS:
            words = words[1:]
        if len(words) >= 2 and " ".join(words) not in names:
            names.append(" ".join(words))
        last = m.end()
    if len(names) != 1 or RE_OTHER_GATHERING.search(text, last, end) \
            or RE_OTHER_EVENT.search(RE_DOUBLE_QUOTED.sub(" ", text[last:end])):
        return None  # (another event told of since, its own organisers: ‘the Dunmore half marathon’, rv78c)
    return names[0]


def _last_event_end(text: str, end: int) -> int:
    """Where the last event named with its organisers before ``end`` ends (0 when none)."""
    return max((m.end() for m in RE_EVENT_ORGANISERS.finditer(text, 0, end)), default=0)


def _event_of_organisers(text: str, mention: Mention) -> Person | None:
    """The event whose organisers speak as "organisers" or "the organisers" at ``mention``: the one the
    article named before with its organisers (‘Organisers of the Kelby Folk Festival have cancelled
    Sunday. … organisers said’), as the festival is the body that runs it ("the festival said").
    None when no such event, or two different ones, are named before (w70a).

    >>> t = "Organisers of the Kelby Folk Festival cancelled Sunday. Later, organisers said it was sad."
    >>> _event_of_organisers(t, Mention(t.index("organisers said"), t.index(" said it"), "organisers", "description")).name
    'Kelby Folk Festival'
    >>> t = "Organisers of the march said 5,000 came. Later, organisers said it was sad."
    >>> _event_of_organisers(t, Mention(t.index("organisers said"), t.index(" said it"), "organisers", "description")) is None
    True
    """
    if text[mention.end:mention.end + 1] == "," or RE_OTHER_GATHERING.search(text, _last_event_end(text, mention.start), mention.start):
        return None  # organisers named after (‘The organisers, the Riverside Trust, said’), or another
        # gathering's organisers since (‘A protest drew 200 people. … organisers said’) (rv70a)
    names = []
    for m in RE_EVENT_ORGANISERS.finditer(text, 0, mention.start):
        words = (m.group("of") or m.group("before")).split()
        if words[0] in ("The", "the"):
            words = words[1:]
        while words and words[-1] in ("of", "on"):
            words = words[:-1]
        if words and words[-1].endswith(("’s", "'s")):
            words[-1] = words[-1][:-2]
        if len(words) >= 2 and words[-1].lower() in ORGANISED_EVENT_ENDS and " ".join(words) not in names:
            names.append(" ".join(words))
    if not names and (festival := _sole_festival_named(text, mention.start)) is not None:
        return Person(festival, kind="organisation")  # the one festival the article names, its organisers told
        # of unnamed (‘… evacuated from the Carrowmore Music Festival after organisers cancelled …. In a
        # statement, organisers said’, w78c)
    return Person(names[0], kind="organisation") if len(names) == 1 else None
