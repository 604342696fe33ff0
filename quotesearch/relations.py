"""Kin, spouses, parties and states: a speaker told by a relation to someone just named, by a
party or state epithet, a title given next to a name, an age or a star's trade.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

import regex

from quotesearch.cue_tokens import last_sentence_start, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_NATIONALITIES, DEMONYMS, US_STATE_FORMS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import BODY_HEAD_TITLE_WORDS, EATERY_NOUNS, EATERY_PHRASES
from quotesearch.role_words import (
    CONTEST_EPITHETS, DESCRIPTION_NOUNS, GENDERED_NOUNS, KIN_NOUNS, LEDE_RANK_WORDS, OTHER_STAR_WORDS, ROLE_NOUNS,
    STAR_TRADES,
)
from quotesearch.speech_words import AUXILIARIES
from quotesearch.term_words import WORK_MAKERS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import EVENT_WORDS, PARTY_WORDS, split_title
from quotesearch.name_parts import gender_of, is_organisation, sex_of_given_name
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.quotes import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, PEOPLE_WORDS, PLACE_HEADS, Person
from quotesearch.full_names import RE_SURNAME_WITHHELD
from quotesearch.kinship import RE_COUPLE
from quotesearch.offices import CIVIL_OFFICES
from quotesearch.body_names import CONTEXT_CHARS, OWNER_GENDERS
from quotesearch.described_people import OFFICE_NOUNS
from quotesearch.clauses import _one_of_plural
from quotesearch.epithets import (
    AGE_REACH, EPITHET_ROLES, NEUTRAL_OFFICES, RE_DONE_TO, RE_NAMED_AGE, RE_OPENING_BEFORE_SUBJECT, RE_SEX_WORD,
    RE_THE_AGE,
)
from quotesearch.tokens import tokenize
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import RE_WORD, _person_noun


#: A phrase set off by commas after a name, opening with an article (‘, the Scorpions coach,’).
RE_SET_OFF_PHRASE = re.compile(r", (?:the|a|an) ([^,.;:“”\"]{1,60}),")

#: How far a "who" clause after an epithet of age is read for a surname kept back (:func:`_withheld_surname_clause`).
WITHHELD_CLAUSE_CHARS = 200

#: Roles of one who speaks for, against or about another: never the subject just quoted, by a role
#: alone (‘Tom Jones denied it. “…,” the prosecutor said’, ‘Acme's chief said …. “…,” the spokesman said’).
OTHER_PARTY_ROLES = NEUTRAL_OFFICES | frozenset("""
spokesperson spokesman spokeswoman representative lawyer attorney counsel solicitor barrister prosecutor
justice magistrate coroner officer police detective investigator inspector sheriff constable witness
neighbour neighbor doctor physician surgeon coach manager aide adviser advisor critic expert agent
interpreter translator moderator host interviewer reporter journalist
""".split())


#: Words of one who answers the lede's subject rather than being them (‘Mitch Connell, the majority
#: leader, disagreed’, ‘Transport Minister Sipho Nkosi, however, said’).
ANSWERING_WORDS = frozenset("disagreed but however responded rejected countered denied dismissed disputed".split())


#: A paragraph opening with a noun set off before a full name (‘The officer, Keith Dunmore,’, ‘The
#: committee’s chair, Alison Pryce,’): the noun, the name.
RE_SET_OFF_OPENING = LazyPattern(r"\s*(?:The|Its|The \p{Ll}+[’']s) (?:\p{Ll}+ ){0,2}(\p{Ll}+), "
                                 r"(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{L}+)+),")


def _set_off_next(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person new to the article whom the first of the two paragraphs after the quotation's to
    open with the described speaker's noun set off names (‘a senior officer wrote that … “…”. / The
    officer, Keith Dunmore, …’)."""
    head = description_head(mention.text)
    if head is None or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in BODY_NOUNS or head in COLLECTIVE_NOUNS:
        return None
    for lo, hi in paras[sp.paragraph + 1:sp.paragraph + 3]:
        m = RE_SET_OFF_OPENING.match(text, lo, hi)
        if m is None or m.group(1) != head:
            continue
        if any(w.lower() not in mention.text.lower().split() and w.lower() not in LEDE_RANK_WORDS
               for w in text[m.start():m.start(1)].split()[1:] if not w.endswith(("’s", "'s"))):
            return None  # (another of the kind, by a word the speaker's description lacks: ‘A police spokesperson
            # said …. / The shadow health spokesperson, Karen Dobbs, …’ is someone else), never a word of rank or
            # standing: ‘A detective who led the inquiry wrote …. / The veteran detective, Paul Keane,’ (w63a, rv63a)
        p = cast.resolve(Mention(m.start(2), m.end(2), m.group(2), "name"))[0]
        if p is not None and p.kind == "name" and not p.placelike \
                and text.find(m.group(2).rsplit(" ", 1)[-1], 0, sp.start) < 0:
            return p
        return None
    return None


#: The end of a lede that tells what a court or an inquest heard (‘…, a Supreme Court jury has been
#: told.’, ‘…, an inquest heard.’, ‘…, a royal commission has heard.’).
RE_HEARD_TAIL = LazyPattern(r",[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}(?:jury|court|inquest|inquiry|commission|tribunal)"
                              r"[ \t]+(?:has[ \t]+been[ \t]+told|was[ \t]+told|heard|has[ \t]+heard)[.]")

#: A subject that stands accused or charged (‘A man accused of murdering …’).
RE_ACCUSED_OF = LazyPattern(r"[ \t]+(?:accused|charged|convicted|suspected)[ \t]+(?:of|with)\b")

#: Who told the court, after a name (‘Crown prosecutor Fiona Castellano, SC, told the jury’).
RE_TOLD_COURT = LazyPattern(r"(?:,[^,.]{1,40},)?[ \t]+told[ \t]+the[ \t]+(?:jury|court|inquest|inquiry|commission|tribunal)\b")


#: After a name opening a paragraph, past a barrister's letters and an aside set off by commas, the verb
#: by which they spoke (‘ KC, counsel to the inquiry, said’, ‘ told the hearing’).
#:
#: >>> bool(RE_TELLER_SPEAKS.match(" KC, counsel to the inquiry, said in his opening")), bool(RE_TELLER_SPEAKS.match(" was called"))
#: (True, False)
#: >>> bool(RE_TELLER_SPEAKS.match(" told the jury the attack was planned")), bool(RE_TELLER_SPEAKS.match(", 52, told police he had snapped"))
#: (True, False)
RE_TELLER_SPEAKS = LazyPattern(r"(?:,? (?:KC|QC|SC))?(?:, [^,.;:“”\"\n]{1,80},)? (?:(?:also|then|later) )?(?:said"
                               r"|told (?:the )?(?:court|jury|jurors|inquiry|inquest|hearing|tribunal|commission|panel))\b")

#: The titles of one who judges a hearing, never a teller of what it heard (review rv66i: ‘… was
#: “consumed by rage”, a court heard. / Judge Susan Cole said …’ is the prosecution's, never the judge's).
HEARING_JUDGE_TITLES = frozenset("judge justice recorder coroner magistrate sheriff".split())


def _heard_lede_teller(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """For a lede's words that an inquiry or a court heard, with no one told to have said them (‘The
    dam's collapse was “…”, the public inquiry has heard.’): the one named in full who opens the next
    paragraph and speaks there (‘Ruth Ellery KC, counsel to the inquiry, said …’), else None."""
    if sp.paragraph + 1 >= len(paras):
        return None
    lo, hi = paras[sp.paragraph + 1]
    while lo < hi and text[lo].isspace():
        lo += 1
    run = RE_NAME_RUN.match(text, lo, hi)
    if run is None or RE_TELLER_SPEAKS.match(text, run.end(), hi) is None:
        return None
    title, name = split_title(run.group().split())
    if len(name) < 2 or any(w.rstrip(".").lower() in HEARING_JUDGE_TITLES for w in (title or "").split()):
        return None  # (review rv66i: never a judge, ‘Judge Susan Cole said’)
    p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
    return p if p is not None and p.kind == "name" else None


def _heard_tail(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]],
                cast: Cast) -> tuple[Person | None] | None:
    """For a lede whose subject stands accused of something and whose sentence ends in what a court
    heard (‘A man accused of murdering … invented a “…”, a jury has been told.’): the one the first
    sentence of the next paragraph says told the court, or no one (None inside the tuple)."""
    if RE_ACCUSED_OF.match(text, mention.end) is None:
        return None
    ends = sentence_ends(text, sp.end, sp.para_end)
    if RE_HEARD_TAIL.search(text, sp.end, (ends[0] + 1) if ends else sp.para_end) is None:
        return None
    if sp.paragraph + 1 < len(paras):
        lo, hi = paras[sp.paragraph + 1]
        ends = sentence_ends(text, lo, hi)
        for run in RE_NAME_RUN.finditer(text, lo, ends[0] if ends else hi):
            if RE_TOLD_COURT.match(text, run.end()) is not None:
                _, name = split_title(run.group().split())
                if name and len(name) >= 2:
                    p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
                    if p is not None and p.kind == "name":
                        return (p,)
                break
    return (None,)


def _trade_holder(text: str, trade: str, at: int, cast: Cast) -> Person | None:
    """The one person named before ``at`` whose role, or whose appositive, names ``trade``, never as
    another's owner (‘Brid Collins, the restaurant’s owner,’ is no "the restaurant")."""
    word = regex.compile(rf"\b{regex.escape(trade)}\b(?![’']s\b)")
    return _only_one(p for p in _named_before(cast, at)
                     if any(word.search(r.lower()) for r in _roles_given(text, p, cast, at)))

#: Where a description's head ends: a relative word or a preposition after it (‘a noodle shop on Canal
#: Street’, ‘a café run by two sisters’).
RE_DESCRIPTION_HEAD_END = LazyPattern(r" (?:that|which|who|whose|on|in|at|near|off|by|beside|opposite|of|for|with|from|run|"
                                      r"owned|founded|opened|known|famous|popular|beloved|loved|frequented|serving|selling|where|and|or)\b")


#: A description set off right after a name, however long, to the comma that closes it (‘, the family-run
#: noodle shop that has fed Chinatown for three decades,’, ‘, Oakland’s beloved noodle shop,’).
RE_LONG_SET_OFF_DESCRIPTION = LazyPattern(r", (?:\d{1,3}, )?((?:an?|the|\p{Lu}[\p{L}\-]+[’']s) [^,.;:“”\"\n]{1,150})[,.;]")


#: An eatery brought in by "a" or "an", its word the head (‘a noodle shop on Canal Street’, ‘a dumpling house
#: nearby’; never ‘a restaurant chain’, ‘a restaurant’s owner’).
RE_AN_EATERY = LazyPattern(r"\b(?i:an?) (?:[\p{Ll}\-]+ ){0,3}?(?:" + "|".join(sorted(EATERY_NOUNS | set(EATERY_PHRASES), key=len, reverse=True))
                           + r")\b(?![’']s\b| (?!(?:on|in|at|near|nearby|off|by|run|owned|that|which|where|and|or|with|for)\b)\p{Ll})")


def _eatery_head(role: str) -> bool:
    """A description whose head is an eatery's word (‘a Hanoi café run by two sisters’, ‘Oakland’s beloved
    hand-pulled noodle shop’); never an eatery's owner or cook (‘the restaurant’s owner’, ‘a chef at a diner’).

    >>> _eatery_head("a Hanoi café run by two sisters"), _eatery_head("the hand-pulled noodle shop that has fed Chinatown")
    (True, True)
    >>> _eatery_head("the restaurant’s owner"), _eatery_head("a chef at a diner"), _eatery_head("a clothes shop")
    (False, False, False)
    """
    end = RE_DESCRIPTION_HEAD_END.search(role)
    head = role[:end.start()] if end is not None else role
    words = head.lower().split()
    return bool(words) and (words[-1] in EATERY_NOUNS or " ".join(words[-2:]) in EATERY_PHRASES)


def _eatery_named_before(text: str, at: int, cast: Cast) -> Person | None:
    """The one place named before ``at`` whose description is an eatery's, for "the restaurant" or "the café";
    never a person (no sex, no title), nor one of two eateries."""
    named = (p for p in cast.by_surname.values() if p.kind in ("name", "organisation") and p.spots and p.spots[0][0] < at)
    if len(RE_AN_EATERY.findall(text, 0, at)) > 1:
        return None  # (guard: two eateries brought in before, one of which the cast may not hold or may not
        # read as one: ‘Golden Ladle, a noodle shop …, and Jade Garden, a dumpling house nearby, … the restaurant’)
    return _only_one(p for p in named if p.gender is None and not p.titled
                     and (any(_eatery_head(r) for r in cast.roles_of(p))
                          or any((a := RE_LONG_SET_OFF_DESCRIPTION.match(text, end)) is not None and _eatery_head(a.group(1))
                                 for start, end in p.spots[:3] if start < at)))


def _named_before(cast: Cast, at: int) -> Iterator[Person]:
    """The people the cast keys by surname, named in full, first named before ``at``."""
    return (p for p in cast.by_surname.values() if p.kind == "name" and " " in p.name and p.spots and p.spots[0][0] < at)


def _fragment_of_others(text: str, start: int) -> bool:
    """Whether the subject right before a fragment of reported speech is others than its speaker, "they"
    or people (‘said the families were “not going anywhere”’, ‘her mother, 90, would “feel like a
    prisoner”’, ‘parents told her they “don’t feel safe”’), never "she" or a thing (‘she had “lost
    everything again”’, ‘the valley had “been left with nothing again”’).

    >>> t = "Landlord Tim Cole said the families were “not going anywhere”"
    >>> _fragment_of_others(t, t.index("“") + 1)
    True
    >>> t = "Maria Lopez told the BBC she had “lost everything again”"
    >>> _fragment_of_others(t, t.index("“") + 1)
    False
    """
    for w in reversed(RE_WORD.findall(text[max(0, start - 60):start].lower())):
        if w in AUXILIARIES or w.isdigit() or w in ("not", "too", "all", "both", "never", "always"):
            continue
        return w in ("they", "them", "you") or w in KIN_NOUNS or w in PEOPLE_WORDS or _person_noun(w) \
            or _one_of_plural(w) is not None or (w.endswith("ies") and w[:-3] + "y" in PEOPLE_WORDS) \
            or w in ("people", "children", "folk")
    return False


def _only_one(people: Iterable[Person]) -> Person | None:
    """The one person among ``people`` (each counted once), or None when there are none or more."""
    one = None
    for p in people:
        if one is not None and p is not one:
            return None
        one = p
    return one


def _roles_given(text: str, p: Person, cast: Cast, before: int | None = None) -> list[str]:
    """The roles the article gives a person, and the appositives after their first three spots
    (before ``before``), whatever noun those hold (‘, 74, a retired school librarian,’)."""
    return [*cast.roles_of(p), *(a.group(1) for start, end in p.spots[:3] if (before is None or start < before)
                                 and (a := RE_APPOSITIVE_ROLE.match(text, end)) is not None)]

#: A named person's kin, named: ‘Knut Haugen's son, Arne Haugen,’, ‘His son, Arne Haugen,’; after a
#: named person's possessive, by a given name alone, set off by commas (‘Mr Haugen’s mother, Ingrid,
#: 78,’), which :func:`_kin_of` takes only when the lists know it as a given name; after "his" or "her",
#: a blood kin's given name alone (‘who slept out with her father, Rob.’), who bears the owner's surname.
RE_KIN_NAMED = LazyPattern(r"(?:(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*)[’']s|\b([Hh]is|[Hh]er)) (son|daughter|father|mother|husband|"
                             r"wife|brother|sister), (\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+(?=[,.;])|(?<=[’']s \p{Ll}+, )\p{Lu}\p{Ll}+(?=,)"
                             r"|(?<=\b[Hh](?:is|er) (?:son|daughter|father|mother|brother|sister), )\p{Lu}\p{Ll}+(?=[,.]))[,.;]")

#: A full name set off before the kin it is of, a pronoun's (‘Ruth Hale, his wife of 41 years, keeps the
#: books’, ‘Tom Reyes, her eldest son, runs the dairy’): group 1 the name, group 2 the pronoun, group 3
#: the kin (w61f).
#:
#: >>> RE_KIN_SET_OFF_AFTER.search("Ruth Hale, his wife of 41 years, keeps the books").groups()
#: ('Ruth Hale', 'his', 'wife')
#: >>> RE_KIN_SET_OFF_AFTER.search("Ruth Hale, his wife's friend, said") is None
#: True
#:
#: Never one of a list, the kin someone else (‘Gail Porter, her husband, and their two children escaped’, rv61f):
#:
#: >>> RE_KIN_SET_OFF_AFTER.search("Gail Porter, her husband, and their two children escaped") is None
#: True
RE_KIN_SET_OFF_AFTER = LazyPattern(r"(?<!\p{Lu}[\p{L}\-]* )(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+), ([Hh]is|[Hh]er) (?:\p{Ll}+ )?(son|daughter|"
                                   r"father|mother|husband|wife|brother|sister)(?: of (?:\d+|[\p{Ll}\-]+) years)?,(?! and )")


class _KinSetOffAfter:
    """A match of RE_KIN_SET_OFF_AFTER read as one of RE_KIN_NAMED with a pronoun: group 2 the pronoun,
    group 3 the kin, group 4 the name (none for group 1, a named owner)."""

    def __init__(self, m):
        self._m, self._at = m, {2: 2, 3: 3, 4: 1}

    def group(self, i: int = 0):
        return None if i == 1 else self._m.group(self._at.get(i, 0) if i else 0)

    def start(self, i: int = 0) -> int:
        return self._m.start(self._at[i] if i else 0)

    def end(self, i: int = 0) -> int:
        return self._m.end(self._at[i] if i else 0)


#: The kin that each kin is of (a son's father or mother …), and the sex each kin word tells.
KIN_INVERSE = {"son": ("father", "mother"), "daughter": ("father", "mother"), "father": ("son", "daughter"),
               "mother": ("son", "daughter"), "husband": ("wife",), "wife": ("husband",),
               "brother": ("brother", "sister"), "sister": ("brother", "sister")}
KIN_SEX = {"son": "m", "father": "m", "husband": "m", "brother": "m", "daughter": "f", "mother": "f", "wife": "f", "sister": "f"}


def _kin_just_named(text: str, kin: str, sp: Span, at: int, cast: Cast) -> Person | None:
    """The one person named in full in the sentence before the quotation (or in its own, outside
    the marks, before ``at``) whom that text makes "the proud father": its "his daughter" tells
    the kin the other way round, of the kin's sex (‘Abdulrahman Al-Ghamdi waved a flag bearing his
    daughter's shirt number. / “…,” said the proud father’)."""
    lo = last_sentence_start(text, max(0, sp.open_at - 400), sp.open_at)
    sex = KIN_SEX[kin]
    owner = "his" if sex == "m" else "her"
    told = regex.compile(rf"(?:\b(?i:{owner}|whose)|\p{{L}}[’']s) (?:{'|'.join(KIN_INVERSE[kin])})\b")
    # (or the named one's, ‘Rob Clarke, whose son scored twice,’, ‘Rob Clarke's daughter won’)
    spans = [(lo, sp.open_at), (sp.close_end or sp.end, at)]
    if not any(told.search(text, a, b) for a, b in spans):
        return None
    people = []
    for a, b in spans:
        for run in RE_NAME_RUN.finditer(text, a, b):
            end = run.end() - 2 if run.group()[-2:] in ("'s", "’s") else run.end()  # (‘Rob Clarke's’: Rob Clarke)
            p = cast.resolve(Mention(run.start(), end, text[run.start():end], "name"))[0]
            if p is not None and p.kind == "name" and not p.placelike and not is_organisation(p.name.split()):
                people.append(p)
    one = _only_one(people)
    if one is None or " " not in one.name or one.gender not in (None, sex) or cast.dead_or_victim(one):
        return None
    return one


#: How far back a pair of kin named may tell who "his father" is (a feature's family named in its
#: second paragraph, the mother speaking near its end).
KIN_PAIR_REACH = 3000


def _kin_pair_tells(said: str, kin: str, sex: str) -> bool:
    """Whether a pair of kin named as ``said`` (‘her daughter, X’) tells who the ``kin`` of an owner
    of ``sex`` is: the same kin again, or the inverse one told of an owner of the kin's sex.

    >>> _kin_pair_tells("daughter", "mother", "f"), _kin_pair_tells("son", "father", "m"), _kin_pair_tells("daughter", "father", "m")
    (True, True, False)
    """
    return said == kin or (kin in KIN_INVERSE.get(said, ()) and KIN_SEX[said] == sex)


def _kin_of(text: str, owner: str, kin: str, at: int, cast: Cast) -> Person | None:
    """Who "his father" or "her husband" at ``at`` is, by the last pair of kin the article named
    before it (within 1,500 characters): the one named as that kin of a person of the owner's
    sex (‘Tamara Wells's husband, Jake Wells,’ … ‘Her husband’ is Jake Wells), or the one whose
    kin of the inverse kind a person of the owner's sex was (‘His son, Arne Haugen,’ of Knut Haugen
    … ‘His father’, of Arne, is Knut)."""
    sex = OWNER_GENDERS[owner]
    pair = None
    lo = max(0, at - KIN_PAIR_REACH)
    for found in sorted([*RE_KIN_NAMED.finditer(text, lo, at),
                         *map(_KinSetOffAfter, RE_KIN_SET_OFF_AFTER.finditer(text, lo, at))], key=lambda f: f.start()):
        if " " not in found.group(4) and sex_of_given_name(found.group(4)) != KIN_SEX[found.group(3).lower()]:
            continue  # (a given name alone only of the kin's sex: ‘Mr Haugen’s mother, Ingrid,’; never ‘his son, Oslo,’)
        if isinstance(found, _KinSetOffAfter) \
                and sex_of_given_name(found.group(4).split()[0]) not in (None, KIN_SEX[found.group(3).lower()]):
            continue  # (a name set off before a kin of the other sex is no apposition: ‘Sara Quinn, her brother,
            # two aunts’ (rv61f))
        if _kin_pair_tells(found.group(3).lower(), kin, sex):
            pair = found  # (the last pair that tells this kin, past pairs of other kin since: ‘His son, Kyle
            # Ray, …. Her daughter, Ann Lee, …. His father said’ is Kyle's father)
    if pair is None:
        return None
    named = cast.resolve(Mention(pair.start(4), pair.end(4), pair.group(4), "name"))[0]
    if pair.group(1):
        first = cast.resolve(Mention(pair.start(1), pair.end(1), pair.group(1), "name"))[0]
    else:  # (‘His son, Arne Haugen’: the one named last before it, of the possessive's sex)
        owner_sex = OWNER_GENDERS[pair.group(2).lower()]
        first = next((q for pos, q in reversed(cast.recent) if pos < pair.start() and q.kind == "name"
                      and q.gender == owner_sex), None)
        if first is None:
            for run in RE_NAME_RUN.finditer(text, max(0, pair.start() - 300), pair.start()):
                q = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]
                first = q if q is not None and q.kind == "name" and q.gender == owner_sex and " " in q.name else first
    if pair.group(2) and " " not in pair.group(4) and first is not None and " " in first.name:
        # (a blood kin's given name alone, of one named in full: ‘Lily Eastwood, 13, who slept out with her
        # father, Rob.’ is Rob Eastwood)
        full = f"{pair.group(4)} {first.name.split()[-1]}"
        named = cast.resolve(Mention(pair.start(4), pair.end(4), full, "name"))[0]
    if named is None or first is None or named is first or named.kind != "name" or first.kind != "name":
        return None
    said = pair.group(3).lower()
    # (the "his" or "her" the one last named of that sex, when anyone of it is named since the pair:
    # never ‘Jane Doe's husband, Tom Doe, …. Ann Lee arrived. “…,” her husband said’)
    since = next((q for pos, q in reversed(cast.recent) if pair.end() <= pos < at and q.kind == "name" and q.gender == sex), None)
    if kin == said and first.gender == sex and since in (None, first):
        return named  # the same kin again, of the same one
    if kin in KIN_INVERSE.get(said, ()) and KIN_SEX[said] == sex and first.gender in (None, KIN_SEX[kin]) \
            and since in (None, named):
        return first  # the kin the other way round
    return None


#: One's kin set off right before a given name, at the end of the text before it (‘His wife, ’,
#: ‘her eldest daughter, ’): group 1 the owner's pronoun, group 2 the kin noun.
RE_KIN_BEFORE_GIVEN = LazyPattern(r"\b([Hh]is|[Hh]er) (?:\p{Ll}+ )?(son|daughter|father|mother|husband|wife|brother|sister), $")

#: How far back the owner of a kin set off before a given name may have been named.
KIN_OWNER_REACH = 600


def _kin_given_with_family_surname(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The kin's given name with the owner's surname, when the article itself gives the kin that
    surname: ‘Daniel Okafor, 81, …. His wife, Grace, 79, said’ is Grace Okafor only where the article
    also says "the Okafors", or "Mrs Okafor" of a wife whose owner is a man (an honorific of the
    kin's sex that cannot be the owner's). Else None: the given name alone stands (‘His wife,
    Brenda,’ of Kenneth Marsh is Brenda, never Brenda Marsh: a wife may keep her own name)."""
    kin = RE_KIN_BEFORE_GIVEN.search(text, max(0, mention.start - 40), mention.start)
    if kin is None or not text.startswith(",", mention.end):
        return None
    sex, kin_sex = OWNER_GENDERS[kin.group(1).lower()], KIN_SEX[kin.group(2)]
    owner = next((q for pos, q in reversed(cast.recent) if kin.start() - KIN_OWNER_REACH <= pos < kin.start()
                  and q.kind == "name" and q.gender == sex), None)
    if owner is None or " " not in owner.name:
        return None
    surname = owner.name.split()[-1]
    family = [f"the {surname}s ", f"The {surname}s "]
    if kin_sex != sex:
        family += [f"{h} {surname}" for h in (("Mrs", "Mrs.", "Ms", "Ms.") if kin_sex == "f" else ("Mr", "Mr."))]
    if not any(text.find(f) >= 0 for f in family):
        return None
    full = cast.resolve(Mention(mention.start, mention.end, f"{mention.text} {surname}", "name"))[0]
    return full if full is not None and full.kind == "name" and full is not owner else None


#: Quoted stretches, left out when counting the sentences between a speaker and a cue.
RE_QUOTED_STRETCH = LazyPattern(r"[“\"][^”\"]*[”\"]")

#: The end of a sentence.
RE_SENTENCE_BREAK = LazyPattern(r"[.!?](?=\s+\p{Lu}|\s*$)")

#: Words after a pair with one surname that make them kin other than a couple.
RE_NOT_COUPLE = LazyPattern(r"[^.]*?\b(?:brothers|sisters|siblings|twins|cousins|brother and sister|sister and brother|"
                            r"father and son|father and daughter|mother and son|mother and daughter)\b")


def _spouse_in_couple(text: str, owner: str, kin: str, at: int, cast: Cast) -> Person | None:
    """Who "his wife" or "her husband" at ``at`` is when the article named a couple by their two given
    names and one surname (‘Graham and Corinne Bixby, retired teachers, …. “…,” Graham Bixby said.
    “…,” his wife added’): the other of the couple, when the one the pronoun is (the last named of
    its sex) is one of them. Never when the other's given name tells the wrong sex for the kin word."""
    if kin not in ("husband", "wife"):
        return None
    sex = OWNER_GENDERS[owner]
    first_at, first = next(((pos, q) for pos, q in reversed(cast.recent) if pos < at and q.kind == "name" and q.gender == sex),
                           (None, None))
    if first is None:
        return None
    between = RE_QUOTED_STRETCH.sub("", text[first_at:at])
    if len(RE_SENTENCE_BREAK.findall(between)) > 1:
        return None  # (the one "his"/"her" is was named in the sentence just before, never further back past
        # another's sentence: ‘Peter Grove said. A neighbour had it worse. “…,” his wife said’ is the neighbour's)
    given, surname = first.name.split()[0], first.name.split()[-1]
    if " " not in first.name:  # (a surname alone with an honorific, ‘said Mr Tolley’: the one of the couple
        given = _couple_member_of_sex(text, surname, sex, at, cast)  # whose given name may be of that sex)
        if given is None:
            return None
    spouse = None
    for start in cast._couple_starts:
        if not at - KIN_PAIR_REACH <= start < at:
            continue
        m = RE_COUPLE.match(text, start)
        if m is None or m.group(3) != surname or given not in (m.group(1), m.group(2)) or m.group(1) == m.group(2):
            continue
        if RE_NOT_COUPLE.match(text, m.end(), min(len(text), m.end() + 80)) is not None:
            return None  # (two of a family who are no couple: ‘Tunde and Femi Adeyemi, brothers who run a garage’)
        g = 2 if given == m.group(1) else 1
        other = cast.resolve(Mention(m.start(g), m.start(g) + len(m.group(g)), m.group(g), "name"))[0]
        if g == 2:  # (the second given name is written with the surname: "Corinne Bixby")
            other = cast.resolve(Mention(m.start(2), m.end(3), text[m.start(2):m.end(3)], "name"))[0] or other
        if other is None or other is first or other.kind != "name" or other.gender not in (None, KIN_SEX[kin]) \
                or not other.name.endswith(" " + surname):
            return None
        if spouse is not None and spouse is not other:
            return None  # (two couples that could be meant: no one)
        spouse = other
    return spouse


#: A sentence of a spouse's doing, no words of theirs, right before a quotation (‘Her husband nodded. ’,
#: ‘His wife shook her head. ’): group 1 the owner's pronoun, group 2 the kin noun.
RE_SPOUSE_SENTENCE_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(His|Her) (wife|husband) \p{Ll}[^.!?“”\"\n]{0,60}[.!?]\s*$")


def _spouse_told_just_before(text: str, open_at: int, para_start: int, pronoun: str, cast: Cast) -> Person | None:
    """The spouse a sentence right before the quotation, in its paragraph, opens with, when the
    quotation's "he" or "she" is of the spouse's sex and the article named the couple by their two
    given names and one surname (‘Graham and Corinne Bixby …. “…,” said Corinne Bixby. Her husband
    nodded. “…,” he said’: Graham Bixby), or named them as that kin (:func:`_kin_of`). None when
    neither tells who the spouse is (the pronoun's own answer stands)."""
    if "usband " not in text[max(para_start, open_at - 90):open_at] and "ife " not in text[max(para_start, open_at - 90):open_at]:
        return None
    m = RE_SPOUSE_SENTENCE_BEFORE.search(text, max(para_start, open_at - 90), open_at)
    if m is None or KIN_SEX[m.group(2)] != ("m" if pronoun == "he" else "f"):
        return None
    kin = _kin_of(text, m.group(1).lower(), m.group(2), m.start(), cast)
    if kin is not None:
        return kin
    spouse = _spouse_in_couple(text, m.group(1).lower(), m.group(2), m.start(), cast)
    return spouse if spouse is not None and spouse.gender == KIN_SEX[m.group(2)] else None
    # (only a spouse whose given name tells the kin's sex: never "Pat" of ‘Pat and Chris Doyle’)


def _couple_member_of_sex(text: str, surname: str, sex: str, at: int, cast: Cast) -> str | None:
    """The given name of the one of a couple with ``surname`` named before ``at`` (‘Geoff and Maureen
    Tolley’) who may be of ``sex`` when the other's given name tells the other sex (Geoff, when
    Maureen is a woman's name), so that "Mr Tolley" is Geoff; None when the names do not tell them apart."""
    for start in cast._couple_starts:
        m = RE_COUPLE.match(text, start) if at - KIN_PAIR_REACH <= start < at else None
        if m is None or m.group(3) != surname:
            continue
        one, other = (m.group(1), sex_of_given_name(m.group(1))), (m.group(2), sex_of_given_name(m.group(2)))
        for (given, given_sex), (_, other_sex) in ((one, other), (other, one)):
            if given_sex in (None, sex) and other_sex not in (None, sex):
                return given
    return None


#: A politician by state and party or office (‘the Ohio Democrat’, ‘the Montana Republican’, ‘the
#: Michigan senator’).
RE_STATE_EPITHET = LazyPattern(r"(?i:the) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (Democrat|Republican|Independent|senator|"
                               r"congressman|congresswoman|lawmaker|representative|governor|legislator)")

#: The same, the state after "from" (‘the senator from Illinois’, ‘the Republican from Texas’).
RE_STATE_FROM_EPITHET = LazyPattern(r"(?i:the) (Democrat|Republican|Independent|senator|congressman|congresswoman|lawmaker|"
                                    r"representative|governor|legislator) from (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)")


def _state_epithet(words: str) -> tuple[str, str] | None:
    """The state or home town and the party or office of a politician's epithet (‘the Ohio
    Democrat’; a state only after "from": ‘the senator from Illinois’).

    >>> _state_epithet("the Ohio Democrat"), _state_epithet("the senator from Illinois"), _state_epithet("the senator from Gaza")
    (('Ohio', 'Democrat'), ('Illinois', 'senator'), None)
    """
    m = RE_STATE_EPITHET.fullmatch(words)
    if m is not None:
        return m.group(1), m.group(2)
    m = RE_STATE_FROM_EPITHET.fullmatch(words)
    return (m.group(2), m.group(1)) if m is not None and m.group(2) in US_STATE_FORMS else None


def _party_or_state_told(text: str, p: Person, cast: Cast, party: str | None, state: str | None) -> bool:
    """The article gives ``p`` another party or another state than the epithet's (‘Sen. Ron Wyden,
    D-Ore.,’ for "the Oregon Republican", ‘Gov. Josh Shapiro, a Democrat,’ for "the Pennsylvania
    Republican", ‘Texas Gov. Greg Abbott’ for "the Oklahoma Republican"), in a role or set off right
    after the name (with no ``party``, the state alone: "the Texas senator"): the epithet is then someone else's."""
    forms = US_STATE_FORMS.get(state, (state,)) if state is not None else ()  # (no state: the party alone, "the Republican")
    for _, end in p.spots[:3]:  # (a party's letter and a state, read as the state rule reads them)
        label = RE_PARTY_STATE.match(text, end)
        if label is not None and ((party is not None and label.group(1) != party[0]) or (forms and label.group(2).strip() not in forms)):
            return True
    told = _party_words_told(text, p, cast)
    other_party = _other_party(party) if party is not None else ()  # (and "Democratic")
    return any((other_party and word.startswith(other_party)) or (word in US_STATE_FORMS and state is not None and word != state)
               for word in RE_PARTY_OR_STATE.findall(told))


#: A party or a US state in a role or set off after a name.
RE_PARTY_OR_STATE = LazyPattern(r"\b(?:Democrat|Democratic|Republican|GOP|" + "|".join(
    sorted((regex.escape(s_) for s_ in US_STATE_FORMS), key=len, reverse=True)) + r")\b")

#: A party set off right after a name (‘, a Democrat,’, ‘, a moderate Republican who …’).
RE_PARTY_SET_OFF = LazyPattern(r"(?:, | \()an? (?:\w+ )?(?:Democrat|Republican)\b[^,]{0,30}")


#: A party's letter and a state set off after a name (‘ (D-Ohio)’, ‘, R-Texas,’, ‘ (R-S.C.)’, and
#: ending a sentence, ‘, D-Vt.’), or a home town (‘, R-Marietta,’).
RE_PARTY_STATE = LazyPattern(r" ?[(,] ?([RDI])-([\p{L}. ]{2,16}?)(?:[),]|(?<=\.)(?=\s|$))")

#: The party each letter stands for, and the office words each epithet's head asks of a title.
PARTY_LETTERS = {"democrat": "D", "republican": "R", "independent": "I"}
EPITHET_TITLES = {"senator": ("sen", "senator"), "governor": ("gov", "governor"),
                  "congressman": ("rep", "congressman", "representative"), "congresswoman": ("rep", "congresswoman", "representative"),
                  "representative": ("rep", "representative", "congressman", "congresswoman")}


def _party_words_told(text: str, p: Person, cast: Cast) -> str:
    """The words that may tell ``p``'s party: the roles the article gives them and what is set off
    right after their first names (‘Rep. Jo Ortiz, a Republican,’)."""
    return " ".join([*cast.roles_of(p), *(m.group() for _, end in p.spots[:3]
                                          if (m := RE_PARTY_SET_OFF.match(text, end)) is not None)])


def _other_party(party: str) -> tuple[str, ...]:
    """The words of the parties that are not ``party`` ("Democrat", "Republican" or "Independent":
    both the others for an independent)."""
    return {"Democrat": ("Republican", "GOP"), "Republican": ("Democrat",)}.get(party, ("Democrat", "Republican", "GOP"))


def _party_told_in_sentence(text: str, p: Person, party: str, before: int) -> bool:
    """A sentence before ``before`` that holds ``p``'s surname and the other party's word (‘Fry was
    elected as a Democrat in 2018.’): ``p`` is of the other party."""
    other = _other_party(party)
    surname = p.name.split()[-1]
    for sent in regex.split(r"(?<=[.!?”])\s+", text[:before]):
        if surname in sent and any(regex.search(r"\b" + o, sent) for o in other) \
                and not any(regex.search(r"\b" + o + r"s?\b", sent) and party in sent for o in other):
            return True
    return False


def _party_held_by_other(text: str, p: Person, cast: Cast, party: str) -> bool:
    """Someone else named is given the epithet's party (‘Sen. Mark Dunn, R-Texas,’, ‘Rep. Jo Ortiz, a
    Republican,’, ‘Republican Sen. X’): "the Republican" may be theirs."""
    seen = set()
    for o in cast.by_surname.values():
        if id(o) in seen:
            continue
        seen.add(id(o))
        if o is p or not getattr(o, "personlike", False) or o.kind != "name":
            continue
        for _, end in o.spots[:3]:
            label = RE_PARTY_STATE.match(text, end)
            if label is not None and label.group(1) == party[0]:
                return True
        if regex.search(r"\b" + party, _party_words_told(text, o, cast)):
            return True
    return False


def _lawmaker_just_before(text: str, sp: Span, mention: Mention, rule: str | None, cast: Cast,
                          epithet: tuple[str, str], paras: list[tuple[int, int]]) -> Person | None:
    """The one person the stretch right before a state's party epithet names, with an elected
    office's title before the name (‘Sen.’, ‘Rep.’, ‘Gov.’), given no other party nor state: US
    papers call a lawmaker again by state and party (‘That left Sen. Ruth Adair in a bind. The Maine
    Republican …’, ‘Rep. Tom Cole walked past reporters. / “…,” the Oklahoma Republican said’).
    The epithet opens a sentence (its paragraph is read up to it), or tags a quotation that opens
    its paragraph (the paragraph before is read); none when that stretch names anyone else (‘Sen. Ann
    Reyes criticised it. Sen. Tom Hill defended it. / “…,” the Oregon Republican said’ is neither)."""
    if epithet[1] not in ("Democrat", "Republican") or epithet[0] not in US_STATE_FORMS:
        return None
    if rule == "cue-after":
        if sp.open_at > sp.para_start + 1 or sp.paragraph == 0 or sp.paragraph > len(paras):
            return None  # (only a quotation that opens its paragraph: the paragraph before is read, whole)
        anchor, lo = sp.para_start, paras[sp.paragraph - 1][0]
    else:
        anchor, lo = mention.start, sp.para_start
        if text[max(0, anchor - 2):anchor] != ". " or not (lo < anchor <= sp.para_end):
            return None  # (the epithet opens a sentence after another of its paragraph, which is read up to it)
    if anchor - lo > CONTEXT_CHARS:
        return None  # (a bounded stretch)
    people = [p for p in cast.by_surname.values() if p.kind == "name" and any(
        lo <= a < anchor and (p.personlike or not text.endswith(("the ", "The "), 0, a)) for a, _ in p.spots)]
    lawmaker = _only_one(q for q in people if q.personlike)
    if lawmaker is None or any(q is not lawmaker and not q.placelike for q in people):
        return None  # (one person, and no other name the cast holds: ‘Sen. Ruth Adair met Gov. Tim Hale.’ is
        # neither; but a name after "the" is a place's or a thing's, ‘walked the Ohio Clock corridor’)
    start = next(a for a, _ in lawmaker.spots if lo <= a < anchor)
    title = RE_LAWMAKER_TITLE.match(text, start) or RE_LAWMAKER_TITLE.search(text, max(lo, start - 12), start)
    if title is None or (title.start() < start and title.end() != start - 1) or _party_or_state_told(text, lawmaker, cast, epithet[1], epithet[0]):
        return None  # (an elected office's title, and no other party nor state given: never ‘Sen. Ron Wyden, D-Ore.,’
        # for "the Oregon Republican")
    if _state_given_another(text, lawmaker, cast, epithet[0]):
        return None  # (the article gives the epithet's state to someone else: ‘Rep. Jim Jordan of Ohio ….
        # Rep. Jamie Raskin countered …. “…,” the Ohio Republican said’ is Jordan's, never Raskin's)
    return lawmaker


def _state_given_another(text: str, lawmaker: Person, cast: Cast, state: str) -> bool:
    """Someone other than ``lawmaker`` is given ``state`` right after a name (‘Rep. Jim Jordan of
    Ohio’, ‘Sen. Mike Lee, R-Utah,’) or in a role."""
    forms = US_STATE_FORMS.get(state, (state,))
    for q in {id(q_): q_ for q_ in cast.by_surname.values()}.values():
        if q is lawmaker or q.kind != "name":
            continue
        for _, end in q.spots[:3]:
            label = RE_PARTY_STATE.match(text, end)
            if (label is not None and label.group(2).strip() in forms) or any(
                    text.startswith(f" of {f}", end) or text.startswith(f", of {f}", end) for f in forms):
                return True
        if any(f in role for role in cast.roles_of(q) for f in forms):
            return True
    return False


#: The capitalised words ending a stretch of text, possessives among them (‘Russian Foreign Minister
#: Sergei Lavrov’, ‘Poland's Agriculture Minister’).
RE_CAPITALISED_RUN_END = LazyPattern(r"(?:(?:\p{Lu}[\p{L}.\-]*(?:[’']s)?) )*(?:\p{Lu}[\p{L}.\-]*)$")


def _titled_by_a_nation(text: str, p: Person, paras: list[tuple[int, int]]) -> bool:
    """``p`` is titled in ``paras`` with a nation's or a place's word before the office (‘Russian
    Foreign Minister Sergei Lavrov’, ‘Poland's Agriculture Minister …’): another country's office than
    the lede's "the country's foreign minister"."""
    for a, e in p.spots:  # (a spot may hold the title: ‘Russian Foreign Minister Sergei Lavrov’)
        if any(lo <= a < hi for lo, hi in paras):
            lo = max(lo for lo, hi in paras if lo <= a < hi)
            before = text[max(lo, a - 80):e]
            run = RE_CAPITALISED_RUN_END.search(before)
            if run is not None and any(w.lower() in DEMONYMS or w.lower() in COUNTRY_NATIONALITIES.values()
                                       or RE_PLACE_OWNS.fullmatch(w) for w in run.group().split()):
                return True
    return False


#: An elected lawmaker's or governor's title before a name (‘Sen. ’, ‘Rep. ’, ‘Senator ’, ‘Gov. ’).
RE_LAWMAKER_TITLE = LazyPattern(r"\b(?:Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|Gov\.|Governor)(?= )")


def _state_party_epithet(epithet: str) -> bool:
    """A US state and a party, a lawmaker's epithet (‘the Idaho Republican’, ‘the New Jersey
    Democrat’), never a home town's (‘the Marietta Republican’) nor an office's (‘the Ohio senator’).

    >>> _state_party_epithet("the Idaho Republican"), _state_party_epithet("the Ohio senator")
    (True, False)
    """
    m = RE_STATE_EPITHET.fullmatch(epithet)
    return m is not None and m.group(1) in US_STATE_FORMS and m.group(2) in ("Democrat", "Republican")


def _party_epithet(words: list[str]) -> bool:
    """A party's member named by the party alone, a person's epithet (‘the Republican’, ‘the
    Democrat’), never the party itself (‘the Republicans’, ‘the Democratic Party’).

    >>> _party_epithet(["the", "Republican"]), _party_epithet(["the", "Republicans"]), _party_epithet(["Democrat"])
    (True, False, False)
    """
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in PARTY_LETTERS


def _state_holder(text: str, forms: tuple[str, ...], head: str, cast: Cast, before: int) -> Person | None:
    """The one person named before ``before`` with a party's letter and this state set off after the
    name (‘Sen. Sherrod Brown (D-Ohio)’) or the state before or after it (‘Ohio Sen. X’, ‘Rep. X of
    Ohio’), of the epithet's party or office."""
    fits = []
    for p in _named_before(cast, before):
        for start, end in p.spots[:6]:
            if start >= before:
                break
            label = RE_PARTY_STATE.match(text, end)
            state = label is not None and label.group(2).strip() in forms
            state = state or text.startswith(f" of {forms[0]}", end) or _state_before(text, forms[0], start) \
                or any(r.startswith(forms[0] + " ") for r in cast.roles_of(p))  # (‘Texas Sen. Ted Cruz’ read whole)
            if not state:
                continue
            lead = text[max(0, start - 24):start]
            lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1:]  # (the words before the name in its own sentence)
            roles = " ".join([lead, *cast.roles_of(p)]).lower()
            if not head:
                ok = True  # (a state's own people, of any party or office: "the Texan")
            elif head in PARTY_LETTERS:
                ok = (label is not None and label.group(1) == PARTY_LETTERS[head]) or head in roles
            else:
                ok = head in ("lawmaker", "legislator") or any(
                    regex.search(rf"\b{t}\b", roles) for t in EPITHET_TITLES.get(head, (head,)))
            if ok:
                fits.append(p)
                break
    return _only_one(fits)


def _state_before(text: str, state: str, start: int) -> bool:
    """The state opens the title right before the name at ``start`` (‘Texas Sen. Ted Cruz’, ‘Ohio
    state Rep. X’), never another's (‘Texas Gov. Greg Abbott and Sen. Dick Durbin’).

    >>> t = "Texas Gov. Greg Abbott and Sen. Dick Durbin"
    >>> _state_before(t, "Texas", t.index("Greg")), _state_before(t, "Texas", t.index("Dick"))
    (True, False)
    """
    lead = text[max(0, start - 30):start]
    k = lead.rfind(state + " ")
    if k < 0:
        return False
    between = lead[k + len(state) + 1:].split()
    return len(between) <= 3 and not any(w in ("and", "or", "&") or w.endswith((",", ";")) for w in between)


#: A verb of the lede's kind of words right after a titled name (‘…, wrote that’, ‘ said’), or after the
#: body or place the title is of (‘Chief Ada Roan of Elk Lake Cree Nation told’); a judge's ruling or
#: sentence delivered is the bench's words too (‘Justice Ana Ruiz delivered her ruling’, w75a).
#:
#: >>> bool(RE_TITLED_SPEAKS.match(" of Elk Lake Cree Nation told CBC")), bool(RE_TITLED_SPEAKS.match(" of Elk Lake met"))
#: (True, False)
#: >>> bool(RE_TITLED_SPEAKS.match(" delivered her ruling")), bool(RE_TITLED_SPEAKS.match(" handed down the sentence"))
#: (True, True)
#:
#: A ruling delivered for a bench is the court's, not only its reader's: never the lede's other judge
#: (‘A dissenting judge called the reasoning “…”. / Chief Justice Anne Roy delivered the ruling for the
#: majority’) (review rv75a).
#:
#: >>> bool(RE_TITLED_SPEAKS.match(" delivered the ruling for the majority")), bool(RE_TITLED_SPEAKS.match(" delivered the ruling on behalf of the court"))
#: (False, False)
#: >>> bool(RE_TITLED_SPEAKS.match(" handed down the sentence for the killing"))
#: True
RE_TITLED_SPEAKS = LazyPattern(r"(?:,[^,.]{1,60},| of (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:\p{Lu}[\p{L}’'\-]*|of|and))*)?"
                               r" (?:wrote|said|says|ruled|rules|told|found|concluded|added|called"
                               r"|(?:delivered|handed down) (?:her|his|the|a|its) (?:ruling|judgment|decision|sentence|verdict|reasons)"
                               r"(?! (?:for|on behalf of) (?:the |a |its )?(?:\p{L}+ )?(?:majority|court|panel|bench|judges|justices)\b))\b")

#: A quotation's cue that ends right before a titled name, the quotation closed just before it (‘…,”
#: said ’, ‘…," says ’): the titled one speaks there, the verb before the name (w66h).
#:
#: >>> bool(RE_CUE_BEFORE_TITLED.search('"Our hotels are full," said ')), bool(RE_CUE_BEFORE_TITLED.search("“We won!” says "))
#: (True, True)
#: >>> bool(RE_CUE_BEFORE_TITLED.search("and met ")), bool(RE_CUE_BEFORE_TITLED.search("the plan, said "))
#: (False, False)
RE_CUE_BEFORE_TITLED = LazyPattern(r"[,!?][\p{Pf}\"] (?:said|says|added) $")

#: Words that make a titled name another case's or another time's (‘in a separate case’).
RE_OTHER_CASE = LazyPattern(r"\b(?:separate|another|other|earlier|previous|last year)\b")


#: An office in lower case right before a name, with "the" or a place's before it, set off or not
#: (group 1): ‘the foreign ministry spokesman Zhou Minghui said’, ‘Kenya's foreign minister, Ama Otieno,’.
RE_LOWER_ROLE_BEFORE = LazyPattern(r"(?:(?<![\p{L}’'])[Tt]he |\p{Lu}[\p{Ll}\-]+(?:[’']s|s[’']) )((?:\p{Ll}[\p{Ll}\-]* ){0,3}"
                                   r"\p{Ll}[\p{Ll}\-]*)(,)? $")

#: An office set off after a name, of a body (group 1 the office, group 2 the body): ‘, president of the
#: Ridgefield Police Benevolent Association,’; or a clause of chairing or heading one (group 3 the
#: verb, group 4 the body, up to the speech verb): ‘, who chairs the Environment, Food and Rural Affairs
#: Committee, said’.
RE_ROLE_AFTER_NAME = LazyPattern(r", (?:the )?((?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*) (?:of|at) (the [^,.;:“”\"‘’]{1,60}),"
                                 r"|, who (chairs|heads|leads) (the [^.;:“”\"‘’]{1,80}?),(?= (?:said|told|says|added)\b)")


#: A place's, opening a lede's office (‘Argentina's economy minister’, ‘Britain’s foreign secretary’).
RE_PLACE_OWNS = LazyPattern(r"\p{Lu}\p{Ll}+[’']s")


def _head_title(title: str | None) -> bool:
    """A title written before a name that a body's head holds, whatever the body (none; ‘Secretary’ alone;
    ‘Director General’, ‘Chief Executive’, ‘Commissioner’): never a minister's (‘Health Minister’,
    ‘Health Secretary’), whose office is a government's, not the body's.

    >>> _head_title("Secretary"), _head_title("Director General"), _head_title("Health Minister"), _head_title("Health Secretary")
    (True, True, False, False)
    """
    if title is None:
        return True
    words = title.lower().replace("-", " ").split()
    return words == ["secretary"] or (bool(words) and all(w in BODY_HEAD_TITLE_WORDS for w in words))


def _withheld_surname_clause(text: str, end: int) -> bool:
    """The "who" clause after an epithet of age says the surname is kept back (‘said the
    29-year-old, who fled the northwest and asked that his last name not be used’): one the article
    has named by a given name alone, so the epithet stands for them as for any other named
    subject (a "who" clause may otherwise bring in someone new). Reads the clause's sentence only.

    >>> _withheld_surname_clause("said the 34-year-old, who asked that her surname not be used.", 21)
    True
    >>> _withheld_surname_clause("said the 34-year-old, who moved here in May.", 21)
    False
    """
    stop = min((k for k in (text.find(". ", end), text.find("\n", end), text.find("”", end)) if k >= 0), default=len(text))
    return RE_SURNAME_WITHHELD.search(text, end, min(stop, end + WITHHELD_CLAUSE_CHARS)) is not None


#: An age epithet the report brings in as one the law keeps unnamed, a minor or a protected party (‘The
#: 17-year-old, who cannot be named because he is a minor, pleaded guilty’): group 1 the age. Later "the
#: 17-year-old" is that one, never a named person the paragraph is about (the judge) (w65e).
#:
#: >>> RE_AGE_KEPT_UNNAMED.search("The 17-year-old, who cannot be named because he is a minor,").group(1)
#: '17'
#: >>> RE_AGE_KEPT_UNNAMED.search("The 17-year-old, who lives nearby, said") is None
#: True
RE_AGE_KEPT_UNNAMED = LazyPattern(r"\b[Tt]he (\d{1,3})-year-old,? who (?:cannot|can ?not|can't|could not|couldn't|may not) "
                                  r"be (?:named|identified)\b")


def _age_kept_unnamed(text: str, age: str, before: int) -> bool:
    """Whether the report brought in one of that age before ``before`` as one it may not name
    (:data:`RE_AGE_KEPT_UNNAMED`)."""
    return any(m.group(1) == age for m in RE_AGE_KEPT_UNNAMED.finditer(text, 0, before))


def _age_epithet_fits(text: str, sp: Span, mention: Mention, one: tuple[int, Person], age: str, cast: Cast) -> bool:
    """The person just named as a subject (``one``: where, who) may be "the 47-year-old" at
    ``mention``: never one acted on ('Tom Ray died'), given another age, holding an office an age
    epithet never stands for (‘Coach Dan Miller praised his young quarterback. “…,” the 19-year-old
    said’), of the other sex than the words after it tell (‘as she stood’), or named in the
    quotation; nor when it speaks of "he" or "she" (it may be said of them)."""
    at, p = one
    if text.startswith(("He ", "She ", "His ", "Her "), sp.start) \
            or RE_DONE_TO.search(text, at, min(sp.open_at, at + len(p.name) + 40)) \
            or _aged_otherwise(text, age + "-year-old", p.name.split()[-1], sp.start) \
            or any(w in text[sp.start:sp.end] for w in p.name.split() if len(w) > 2) \
            or _age_kept_unnamed(text, age, mention.start):
        return False  # (nor one the report keeps unnamed by that age: w65e)
    last = p.name.rsplit(" ", 1)[-1]
    name_end = text.find(last, at, at + len(p.name) + 1)
    set_off = RE_SET_OFF_PHRASE.match(text, name_end + len(last)) if name_end >= 0 else None
    heads = [description_head(r) or r.replace(".", "").rsplit(" ", 1)[-1].lower()
             for r in [*cast.roles_of(p), *([set_off.group(1)] if set_off else [])] if r.strip()]
    if any(w in OFFICE_NOUNS for w in heads):
        return False  # (an office: ‘Priya Nair, the council leader, announced …’; never ‘a principal dancer’)
    if p.gender is None:
        return True
    lo = max(0, mention.start - 60)
    before = [m.group().lower() for m in RE_SEX_WORD.finditer(text, lo, mention.start)
              if not sentence_ends(text, m.end(), mention.start)]  # (‘In a statement read by his lawyer, the 21-year-old said’)
    after = RE_SEX_WORD.search(text, mention.end, min(len(text), mention.end + 60))
    told = [*before[-1:], *([after.group().lower()] if after is not None else [])]
    return all((w in ("he", "his", "him")) == (p.gender == "m") for w in told)


def _sole_person_before_age(text: str, sp: Span, mention: Mention, lo: int, cast: Cast) -> Person | None:
    """The one person the sentences of its paragraph before an age epithet name, for "the
    34-year-old" that opens its own sentence's speech: ‘More on Briggs, who leaves after six
    seasons. In a statement, the 31-year-old said:’ is Briggs. None when that stretch names anyone
    else (a second name, a given name the lists know), when someone in reach is given that age, when
    the epithet's own sentence names anyone, or the person does not fit (:func:`_age_epithet_fits`:
    acted on, another age, an office, the other sex)."""
    age = RE_THE_AGE.fullmatch(mention.text)
    if age is None or mention.start - lo > 2 * CONTEXT_CHARS or text.startswith((", who ", " who "), mention.end):
        return None
    ends = sentence_ends(text, lo, mention.start)
    if not ends:
        return None  # (a sentence before it, in its paragraph: the one it names is the one in focus)
    if any(n.group("age") == age.group(1) for n in RE_NAMED_AGE.finditer(text, max(0, mention.start - AGE_REACH), mention.start)):
        return None  # (the age given to someone: the rule for a named age decides)
    if regex.search(rf"\b{age.group(1)}-year-old\b", text[max(0, mention.start - AGE_REACH):mention.start]) is not None:
        return None  # (nor an age the article gave someone before, unnamed: ‘A 41-year-old man was stabbed …. Daniel
        # Price appeared before magistrates …. From his hospital bed, the 41-year-old said:’ is the victim)
    one: Person | None = None
    spot, given = -1, []
    for run in RE_CAPWORD.finditer(text, lo, mention.start):
        w = run.group()
        if text[run.start() - 1:run.start()] in ("“", '"') and text.startswith(("”", '"'), run.end()):
            continue  # (a nickname in marks: ‘Paul “Tank” Ashworth’)
        q = cast.by_surname.get(w.lower())
        if q is not None and q.kind == "name" and q.personlike and " " in q.name:
            if run.start() >= ends[-1] or (one is not None and q is not one):
                return None  # (never one named in the epithet's own sentence, nor a second person)
            one, spot = q, run.start()
        elif gender_of(w) is not None:
            given.append(w)
    if one is None or any(w not in one.name.split() for w in given):
        return None  # (nor a given name of someone else: ‘Briggs and Jack were …’)
    surname = one.name.rsplit(" ", 1)[-1]
    at = text.find(surname, max(0, mention.start - AGE_REACH), mention.start)
    while at >= 0:
        if RE_DONE_TO.search(text, at, min(mention.start, at + len(surname) + 40)):
            return None  # (never one the article tells was acted on: ‘Grace Mwangi was killed in the crash. …
            # Police named Mwangi on Monday. In a statement, the 44-year-old said:’ is someone else)
        at = text.find(surname, at + len(surname), mention.start)
    return one if _age_epithet_fits(text, sp, mention, (spot, one), age.group(1), cast) else None


def _aged_otherwise(text: str, age: str, surname: str, at: int) -> bool:
    """The article gives the person of this surname another age than ``age`` ("45-year-old")
    before ``at``: ‘Tom Price, 29, scored once. “…,” said the 45-year-old’ is someone else."""
    return any(named.group("age") + "-year-old" != age and named.group("name").endswith(surname)
               for named in RE_NAMED_AGE.finditer(text, max(0, at - AGE_REACH), at))


#: One played by an actor, named after the verb or before "played by" (‘who has played barmaid
#: Rita Cole since 1998’, ‘Jean, played by Ruth Gale,’): a character, never a speaker.
RE_PLAYED_BEFORE = LazyPattern(r"\b(?:play(?:s|ed|ing)|portray(?:s|ed|ing)|voic(?:es|ed|ing)) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")
RE_PLAYED_AFTER = LazyPattern(r",? (?:who is |who was )?(?:played|portrayed|voiced) by\b")


#: A pronoun of a person in the clause right after a name (‘X is opening up about her divorce’, ‘X has
#: begun his military service’): the name is a person's.
RE_OWN_PRONOUN_AFTER = LazyPattern(r"[^.!?\n“”\"]{0,80}?\b(?:his|her|he|she)\b")


#: Words in the sentence that first names someone that make them a fan, a victim or a suspect, never
#: the star a later "the singer" stands for.
RE_NOT_THE_STAR = LazyPattern(r"\b(?i:superfan|(?:a|one|the|young|lifelong) fan|arrested|charged|injured|stabbed|killed"
                              r"|died|victim|suspect|queued|crushed|named the|jailed|sentenced)\b")

#: A work and its maker named after "by" (‘the new play by Rosa Lind’, ‘a 2016 novel by Tom Hale’,
#: ‘the opera, “Salt,” by Ana Ruiz’): the work's noun in group 1, the maker's name in group 2.
RE_WORK_BY = LazyPattern(r"\b(" + "|".join(sorted(WORK_MAKERS)) + r")s?,? (?:[“\"‘][^”\"’]{1,80}[”\"’],? )?by ("
                         r"\p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+)+)")


#: A second credit of a work (‘with music by X’, ‘lyrics by X’, ‘a libretto by X’): another maker.
RE_OTHER_CREDIT = LazyPattern(r"\b(?i:music|score|songs|lyrics|libretto|book|words|adaptation|screenplay|translation|translated|adapted|directed|staged) by (?:(?:her|his|their|the) [\p{Ll}\-]+,? )?\p{Lu}")

MAKER_TRADES = frozenset(t for trades in WORK_MAKERS.values() for t in trades)


def _maker_of_work(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article names before ``mention`` as the maker of a work (‘the new play by
    Rosa Lind’), for "the <maker's trade>" (WORK_MAKERS: ‘the playwright’, ‘the novelist’), when no
    trade of anyone's holds it. None when two makers of such a work are named, or one of the trade
    is brought in unnamed (‘a fellow playwright’), or the words point at someone else (‘the other
    playwright’)."""
    words = mention.text.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in MAKER_TRADES \
            or any(w in OTHER_STAR_WORDS for w in words[1:-1]):
        return None  # (the search of the text before only for a maker's trade)
    trade = words[-1]
    makers = {}
    for work in RE_WORK_BY.finditer(text, 0, mention.start):
        if trade in WORK_MAKERS[work.group(1).lower()]:
            p = cast.resolve(Mention(work.start(2), work.end(2), work.group(2), "name"))[0]
            if p is None or p.kind != "name" or p.plural or is_organisation(p.name.split()):
                return None
            makers[id(p)] = p
    if makers and RE_OTHER_CREDIT.search(text, 0, mention.start) is not None:
        return None  # (guard: another maker credited besides: ‘the musical by Tina Fey, with music by Jeff
        # Richmond, …. “…,” the composer said’ is no word of Fey's)
    if len(makers) != 1 or regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}{regex.escape(trade)}\b",
                                        text[:mention.start]) is not None:
        return None
    return next(iter(makers.values()))


def _star_fits(text: str, mention: Mention, cast: Cast, p: Person, head: str) -> bool:
    """Whether ``p`` may be "the <head>" a star's trade names: the trade's sex fits (‘the actor’ is said of
    women too), no office of another kind is given to them, and no unnamed one of that trade (‘a fellow
    singer’, ‘another actor’) was brought in before the mention."""
    sex = GENDERED_NOUNS.get(head) if head != "actor" else None
    return sex in (None, p.gender) \
        and not any(w in ROLE_NOUNS and w not in STAR_TRADES and w not in EPITHET_ROLES and w not in KIN_NOUNS
                    for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()) \
        and regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}(?i:{regex.escape(head)})\b",
                         text[:mention.start]) is None


def _sole_star(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article has named before ``mention``, for "the <words> <trade>" with a
    star's trade (STAR_TRADES): entertainment copy calls the star it is about ‘the Scottish singer’,
    ‘the former Malibu Nights star’, ‘the actor’ once it has named them (‘Headliner Niamh Carr
    pulled out of the festival. / The Scottish singer, 28, told fans she was “…”’). None when anyone
    else is named before it (a character one plays is no one: ‘Gwen Harlow, who has played barmaid
    Rita Cole since 1998,’), when its words point at someone else (‘the other actor’), when someone
    unnamed of that trade is brought in before (‘a fellow singer’), when the trade's sex is not
    theirs, or when the article gives them an office (‘Prime Minister Ana Costa’ is no actor)."""
    words = mention.text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the" or words[-1].lower() not in STAR_TRADES \
            or any(w.lower() in OTHER_STAR_WORDS for w in words[1:-1]) \
            or text.startswith((", who ", " who "), mention.end):
        return None
    head = words[-1].lower()
    people = {id(p): p for p in itertools.chain(cast.by_surname.values(), *cast.namesakes.values())
              if p.kind == "name" and p.spots and any(s < mention.start for s, _ in p.spots)}
    fits = []
    for p in people.values():
        if p.plural or p.placelike or cast.firm_named(p) or is_organisation(p.name.split()) or (
                not p.personlike and (p.name.rsplit(" ", 1)[-1].lower() in EVENT_WORDS
                                      or any(w in PLACE_HEADS for w in p.name.split()))):
            continue  # (any other name counts, a person's or not, but an event's or a place's: ‘Greenfield
            # Festival’, ‘Harbour Street’; only one may be in the story)
        if all(RE_PLAYED_BEFORE.search(text, max(0, s - 60), s) or RE_PLAYED_AFTER.match(text, e)
               for s, e in p.spots if s < mention.start):
            continue  # (a character, only ever named as one played)
        fits.append(p)
    if len(fits) != 1:
        return None
    p = fits[0]
    first = min(p.spots)
    s_lo = max(text.rfind(c, 0, first[0]) for c in ".!?\n") + 1
    s_hi = min((k for k in (text.find(c, first[1]) for c in ".!?\n") if k >= 0), default=len(text))
    if RE_NOT_THE_STAR.search(text, s_lo, s_hi) is not None:
        return None  # (the one named is a fan, a victim or a suspect: ‘Jake Moss, 24, was arrested after he rushed
        # the stage. / The singer stopped the show’)
    if not (p.personlike or p.titled or p.who or RE_OWN_PRONOUN_AFTER.match(text, first[1])):
        return None  # (something must say the name is a person's: ‘Dana Whitford is opening up about her divorce’)
    return p if _star_fits(text, mention, cast, p, head) else None


def _set_off_by_role(text: str, at: int) -> bool:
    """The name at ``text[at:]`` comes after a noun of a person's role (‘fellow judge Colm Drury’,
    ‘co-host Tom Bell’), not bare after a verb or a preposition (‘booked Ana Lu’, ‘opened for Zara Moon’).

    >>> _set_off_by_role("a row with fellow judge Colm Drury", 24), _set_off_by_role("Tom Hale booked Ana Lu", 16)
    (True, False)
    """
    words = text[max(0, at - 40):at].split()
    if not words or text[at - 1:at] != " ":
        return False
    w = words[-1].lower()
    return w in ROLE_NOUNS or w in KIN_NOUNS or _person_noun(w) or w.startswith("co-")


def _star_subject_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The person named as the subject that opens the sentence before, for "the <words> <trade>" with a
    star's trade (STAR_TRADES) as the subject that opens its own sentence: entertainment copy names the
    star, then calls them by their trade in the next sentence (‘Lorne, whose debut album topped the
    charts, will close the festival. In a video, the singer said: “…”’; ‘Ada Roe quit the show days after a
    row with co-host Tom Bell. / The former soap star, 38, told fans: “…”’). None when the sentence before
    opens with no person's name, gives its trade to someone named in it, or makes them a fan or a victim;
    when the words point at someone else (‘the other actor’), someone unnamed of that trade is brought in
    before (‘a fellow singer’), the trade's sex is not theirs, or the article gives them an office.

    >>> from quotesearch.speakers import Cast
    >>> t = "Ana Lu will close the festival. In a video, the singer said it was “a dream”."
    >>> at = t.index("the singer")
    >>> _star_subject_before(t, Mention(at, at + 10, "the singer", "description"), Cast(t)).name
    'Ana Lu'
    >>> t = "Ana Lu met the rapper Tom Bell. In a video, the rapper said it was “a dream”."
    >>> at = t.rindex("the rapper")
    >>> _star_subject_before(t, Mention(at, at + 10, "the rapper", "description"), Cast(t)) is None
    True
    """
    words = mention.text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the" or (head := words[-1].lower()) not in STAR_TRADES \
            or any(w.lower() in OTHER_STAR_WORDS for w in words[1:-1]) or text.startswith((", who ", " who "), mention.end):
        return None
    s_lo = max(text.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    if s_lo <= 0 or RE_OPENING_BEFORE_SUBJECT.fullmatch(text, s_lo, mention.start) is None:
        return None  # (the epithet opens its sentence, after an opening phrase at most)
    p_hi = len(text[:s_lo].rstrip())
    p_lo = max(text.rfind(c, 0, p_hi - 1) for c in ".!?\n") + 1
    if p_hi - p_lo < 10 or text[p_lo:p_hi].count("“") + text[p_lo:p_hi].count('"') > 2 \
            or RE_NOT_THE_STAR.search(text, p_lo, p_hi) is not None:
        return None  # (a sentence before, no quotation of its own, whose subject is no fan nor victim)
    toks = tokenize(text, p_lo, p_hi)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.kind != "name" or text.startswith(("’", "'"), m.end) \
            or RE_OPENING_BEFORE_SUBJECT.fullmatch(text, p_lo, m.start) is None:
        return None
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.plural or p.placelike or cast.firm_named(p) or is_organisation(p.name.split()) \
            or not (p.personlike or p.titled or p.who or " " in p.name):
        return None
    if regex.search(rf"\b{regex.escape(head)}\b", text[p_lo:p_hi], flags=regex.I) is not None \
            and any(q is not p and q.kind == "name" and any(p_lo <= s < p_hi for s, _ in q.spots)
                    for q in cast.by_surname.values()):
        return None  # (its trade given to another named there: ‘Ana Lu met the rapper Tom Bell.’)
    if any(q is not p and q.kind == "name" and not q.placelike and not cast.firm_named(q)
           and not is_organisation(q.name.split()) and m.end <= s < p_hi and not _set_off_by_role(text, s)
           for q in cast.by_surname.values() for s, _ in q.spots):
        return None  # (another person named bare after its subject may be the star: ‘Tom Hale booked Ana Lu
        # for the festival. The singer said’, ‘Ellen Voss will replace Toby Grant. The former presenter said’; rv78b)
    return p if _star_fits(text, mention, cast, p, head) else None


def _other_named_before(cast: Cast, p: Person, at: int) -> bool:
    """Someone other than ``p`` named in full before ``at``: a nationality epithet after an official's
    speech may be theirs (‘Jose Mourinho was furious. Referee Anthony Taylor said …. “…,” said the Portuguese’)."""
    return any(q is not p and q.kind == "name" and not q.plural and any(s < at for s, _ in q.spots)
               for q in cast.by_surname.values())


#: Words that make a role a person's life story, not their part in a scene (‘the former trucking
#: executive’, ‘the outgoing premier’, ‘the veteran lawmaker’): a reporter's second name for the
#: one just named, where ‘the judge’ or ‘the moderator’ may be anyone in the room.
BIOGRAPHY_QUALIFIERS = frozenset("former outgoing retired veteran longtime long-serving onetime one-time erstwhile".split())


#: The qualifiers of a career that put the office in the past (never ‘outgoing’, ‘veteran’: the office held now).
PAST_QUALIFIERS = frozenset("former retired onetime one-time erstwhile".split())

#: Another who holds or held the post: ‘his predecessor’, ‘her successor’.
RE_OTHER_HOLDER = LazyPattern(r"(?i)\b(?:predecessors?|successors?)\b")


def _holds_now(text: str, p: Person, head: str, cast: Cast) -> bool:
    """The article gives ``p`` the office ``head`` as held now: a title before the name (‘Chancellor Olaf
    Brandt’, ‘Mayor Tom Reid’) or a role with that noun and no qualifier of the past."""
    surname = regex.escape(p.name.rsplit(" ", 1)[-1])
    for m in regex.finditer(rf"(?i:\b{regex.escape(head)}) (?:\p{{Lu}}[\p{{L}}\-.]* ){{0,3}}{surname}\b", text):
        if not any(w in BIOGRAPHY_QUALIFIERS or w == "ex" for w in text[max(0, m.start() - 30):m.start()].lower().replace("-", " ").split()[-2:]):
            return True
    return any(head in r.lower().replace("-", " ").split() and not any(w in PAST_QUALIFIERS or w == "ex" for w in r.lower().replace("-", " ").split())
               for r in cast.roles_of(p))


def _biographical_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A role with a qualifier of someone's career (:data:`BIOGRAPHY_QUALIFIERS`), for a person the
    article gives no other office or party's role (‘Ostrander did not concede. … the former trucking executive said’;
    never ‘Finance Minister Rohan Mehta … the former prime minister said’), nor a role of another
    party in a scene (‘the former prosecutor’), nor one the stretch after the subject describes by
    that noun (‘Tom Reid met the former mayor. “…,” the former mayor said’)."""
    if head in OTHER_PARTY_ROLES or not any(w in BIOGRAPHY_QUALIFIERS for w in words[1:-1]) \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False  # (nor with anyone else named after the subject, even one spoken with: ‘Jean Tremblay spoke
        # with Ann Leduc. / “…,” the outgoing premier said’)
    if RE_OTHER_HOLDER.search(stretch) is not None:
        return False  # (nor when the stretch speaks of one before or after them in a post: ‘Chancellor Olaf
        # Brandt defended the plan. His predecessor was less convinced. / “…,” the former chancellor said’)
    if any(w in PAST_QUALIFIERS for w in words[1:-1]) and _holds_now(cast.text, p, head, cast):
        return False  # (a past office is never the one they hold now: ‘Chancellor Olaf Brandt … the former chancellor’)
    return not any((w in CIVIL_OFFICES or w in OTHER_PARTY_ROLES) and w != head
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (a trade may differ:
    # ‘Republican businessman Carl Ostrander … the former trucking executive’)


def _contest_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A party's runner in a race (:data:`CONTEST_EPITHETS`: ‘the Labour candidate’, ‘the Democratic
    nominee’) for the person the paragraph before opens with, who is in that race (‘Priya Raman
    returned to Leeds …, as polling showed her Conservative rival gaining. / Speaking to supporters,
    the Labour candidate said …’): never one the article gives another party, nor when the stretch
    after the subject names anyone else or gives that noun to another (‘… met the Labour candidate’).

    >>> from quotesearch.speakers import Cast
    >>> t = "Priya Raman toured Leeds. "
    >>> c = Cast(t); p = c.resolve(Mention(0, 11, "Priya Raman", "name"))[0]
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " toured Leeds.")
    True
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " met the Labour candidate.")
    False
    """
    if len(words) != 3 or head not in CONTEST_EPITHETS or words[1] not in PARTY_WORDS \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False
    party = words[1][:5]  # (‘democrat’ and ‘democratic’, ‘republican’ and ‘republicans’ alike)
    return not any(w in PARTY_WORDS and w[:5] != party
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (never ‘Republican


#: What a name's appositive calls them (‘, 74, a retired school librarian,’).
RE_APPOSITIVE_ROLE = LazyPattern(r", (?:\d{1,3}, )?((?:an?|the) [^,.;:“\"\n]{1,60}),")
