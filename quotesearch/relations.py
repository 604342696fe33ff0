"""Kin, spouses, parties and states: a speaker told by a relation to someone just named, by a
party or state epithet, a title given next to a name, an age or a star's trade.

This module holds kin and spouses (_kin_of, _spouse_in_couple), what a court or an inquiry heard,
the one set off next and the helpers the others read (_only_one, _named_before, _roles_given);
parties, states and titles live in :mod:`quotesearch.party_epithets`, ages, trades and stars in
:mod:`quotesearch.age_trade_epithets`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from quotesearch.cue_tokens import last_sentence_start, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, LEDE_RANK_WORDS
from quotesearch.speech_words import AUXILIARIES, SHOWN_REACTIONS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import split_title
from quotesearch.name_parts import is_organisation, sex_of_given_name
from quotesearch.tokens import RE_NAME_RUN
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, PEOPLE_WORDS, Person
from quotesearch.kinship import RE_COUPLE
from quotesearch.body_names import OWNER_GENDERS
from quotesearch.clauses import _one_of_plural
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import RE_WORD, _person_noun


#: A phrase set off by commas after a name, opening with an article (‘, the Scorpions coach,’).
RE_SET_OFF_PHRASE = re.compile(r", (?:the|a|an) ([^,.;:“”\"]{1,60}),")


#: Words of one who answers the lede's subject rather than being them (‘Mitch Connell, the majority
#: leader, disagreed’, ‘Transport Minister Sipho Nkosi, however, said’).
ANSWERING_WORDS = frozenset("disagreed but however responded rejected countered denied dismissed disputed".split())


#: A paragraph opening with a noun set off before a full name (‘The officer, Keith Dunmore,’, ‘The
#: committee’s chair, Alison Pryce,’), or pointed back to by "that" or "this" (‘That coach, Rowan Hale,’):
#: the noun, the name.
#:
#: >>> RE_SET_OFF_OPENING.match("That coach, Rowan Hale, has worked with her.").groups()
#: ('coach', 'Rowan Hale')
#: >>> RE_SET_OFF_OPENING.match("That coach, who has worked with her, agreed.") is None
#: True
RE_SET_OFF_OPENING = LazyPattern(r"\s*(?:The|Its|That|This|The \p{Ll}+[’']s) (?:\p{Ll}+ ){0,2}(\p{Ll}+), "
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
#: A marriage's years may follow the kin word (‘Hale's wife of 45 years, Ruth Hale,’, w105b).
#:
#: >>> RE_KIN_NAMED.search("Hale's wife of 45 years, Lady Ruth Hale, read it").group(1, 3, 4)
#: ('Hale', 'wife', 'Lady Ruth Hale')
RE_KIN_NAMED = LazyPattern(r"(?:(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*)[’']s|\b([Hh]is|[Hh]er)) (son|daughter|father|mother|husband|"
                             r"wife|brother|sister)(?: of (?:\d+|[\p{Ll}\-]+) years)?, (\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+(?=[,.;])|(?<=[’']s \p{Ll}+, )\p{Lu}\p{Ll}+(?=,)"
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
    return spouse if spouse is not None else _partner_given_alone(text, first, kin, at, cast)


def _partner_given_alone(text: str, first: Person, kin: str, at: int, cast: Cast) -> Person | None:
    """The spouse of ``first`` the article named by given name alone (‘Glenda Forsyth, who runs the farm
    with her husband Neil,’, :meth:`~quotesearch.cast_kin_names.CastKinNames._partner_named`), with
    ``first``'s surname where the article says the couple bears it: "Mrs Forsyth" (the married name
    of the wife, whichever of the two is ``first``), "Mr Forsyth" of a husband, "the Forsyths". Else
    None: the given name alone tells no surname (a wife may keep her own, a husband his)."""
    if " " not in first.name or (partner := cast._partner_named(first, at)) is None or partner[1] != KIN_SEX[kin]:
        return None
    surname = first.name.split()[-1]
    family = [f"the {surname}s ", f"The {surname}s ", f"Mrs {surname}", f"Mrs. {surname}"]
    family += [f"Mr {surname}", f"Mr. {surname}"] if kin == "husband" else [f"Ms {surname}", f"Ms. {surname}"]
    if not any(f in text for f in family):
        return None
    name = f"{partner[0]} {surname}"
    named = cast.resolve(Mention(at, at, name, "name"))[0]  # (the cast's own, where it holds the name)
    if named is not None and named.kind == "name" and named.name == name and named.gender is not None:
        return named
    return Person(name, gender=partner[1])


#: A sentence of a spouse's or a kin's doing, no words of theirs, right before a quotation (‘Her husband
#: nodded. ’, ‘His wife shook her head. ’, ‘Her daughter, listening nearby, smiled. ’): group 1 the
#: owner's pronoun, group 2 the kin noun.
#:
#: >>> RE_SPOUSE_SENTENCE_BEFORE.search("Her daughter, standing by, smiled. ").group(1, 2)
#: ('Her', 'daughter')
RE_SPOUSE_SENTENCE_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(His|Her) (wife|husband|son|daughter|mother|father|"
                                        r"brother|sister),? \p{Ll}[^.!?“”\"\n]{0,60}[.!?]\s*$")

#: A gesture or a cutting in, which makes a kin of the owner's own sex the one a "she" or "he" right after
#: is (‘Her daughter shook her head and smiled. “…,” she said’), where a plain doing leaves the owner
#: as likely (‘Her daughter is at university. “…,” she said’ is the mother's).
#:
#: >>> bool(RE_KIN_GESTURE.search("Her daughter, listening nearby, shook her head")), bool(RE_KIN_GESTURE.search("Her son lives in Leeds"))
#: (True, False)
RE_KIN_GESTURE = LazyPattern(r"\b(?:nodded|chuckled|frowned|interjected|interrupted|" + "|".join(sorted(SHOWN_REACTIONS))
                             + r"|shook (?:his|her) head|rolled (?:his|her) eyes|chimed in|cut in)\b")


def _spouse_told_just_before(text: str, open_at: int, para_start: int, pronoun: str, cast: Cast) -> Person | None:
    """The spouse a sentence right before the quotation, in its paragraph, opens with, when the
    quotation's "he" or "she" is of the spouse's sex and the article named the couple by their two
    given names and one surname (‘Graham and Corinne Bixby …. “…,” said Corinne Bixby. Her husband
    nodded. “…,” he said’: Graham Bixby), or named them as that kin (:func:`_kin_of`); a child, a
    parent or a sibling so named too, one of the owner's own sex only after a gesture (‘Her daughter
    smiled. “…,” she said’: :data:`RE_KIN_GESTURE`). None when neither tells who the kin is (the
    pronoun's own answer stands)."""
    window = text[max(para_start, open_at - 90):open_at]
    if "His " not in window and "Her " not in window:
        return None
    m = RE_SPOUSE_SENTENCE_BEFORE.search(text, max(para_start, open_at - 90), open_at)
    if m is None or KIN_SEX[m.group(2)] != ("m" if pronoun == "he" else "f"):
        return None
    if OWNER_GENDERS[m.group(1).lower()] == KIN_SEX[m.group(2)] and RE_KIN_GESTURE.search(text, m.start(), m.end()) is None:
        return None  # (a kin of the owner's own sex only after a gesture: the "she" may be the owner's)
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


#: What a name's appositive calls them (‘, 74, a retired school librarian,’).
RE_APPOSITIVE_ROLE = LazyPattern(r", (?:\d{1,3}, )?((?:an?|the) [^,.;:“\"\n]{1,60}),")
