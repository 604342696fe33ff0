"""Whom a definite description, an owned kin phrase or an unnamed worker stands for among the recent
people (:class:`CastDefiniteHolders`, a part of :class:`quotesearch.cast_holders.CastHolders`),
with the patterns and word lists only they read.
"""

from __future__ import annotations

import itertools

import regex

from quotesearch.lexicon import LazyPattern, RE_ANONYMITY_ASIDE
from quotesearch.place_words import DEMONYMS
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import GENDERED_NOUNS, KIN_INVERSES, WORKER_THING_NOUNS
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import PARTY_WORDS
from quotesearch.people import COLLECTIVE_NOUNS, Person, _sex_fits
from quotesearch.full_names import RE_NAMED_BEFORE
from quotesearch.kinship import FRIEND_NOUNS, HOLDER_NOUNS, KIN_SPOTS, _kin_of, _new_one_of_kind, _other_age, same_source_kind
from quotesearch.firms import _body_office_words, _other_body_of
from quotesearch.offices import (
    CLERIC_WORD, FULL_OFFICE_PLAIN_WORDS, _bare_honorific, _holds, _other_brought_in, _other_nation, _other_office, _role_initials,
    _role_words,
)
from quotesearch.sources import RE_ONE_OF_PEOPLE_SOURCE, _one_of_group_head, member_described
from quotesearch.descriptions import RE_AGE_AFTER, RE_SAID_TELLER, TOLD_BY_REACH, _trade_told_by_who


#: A friend named right after the word for one (:data:`FRIEND_NOUNS`: ‘The groom's pal, Danny Cole,’): another
#: friend than one described before (review rv81a).
#:
#: >>> bool(RE_FRIEND_NAMED.search("The groom's pal, Danny Cole, told")), bool(RE_FRIEND_NAMED.search("a friend of the bride"))
#: (True, False)
RE_FRIEND_NAMED = LazyPattern(r"\b(?:" + "|".join(sorted(FRIEND_NOUNS)) + r"),? \p{Lu}\p{Ll}+ \p{Lu}")

#: The word "minister" in a text lowercased (a secretary is "the minister" only where none is written
#: before: :meth:`CastDefiniteHolders._secretary_beside_minister`, review rv87a).
#:
#: >>> bool(RE_MINISTER_WORD.search("energy minister x said")), bool(RE_MINISTER_WORD.search("the ministry said"))
#: (True, False)
RE_MINISTER_WORD = LazyPattern(r"\bministers?\b")

#: A kin word owned by a pronoun right before a name set off (‘her daughter, ’, ‘his late father, ’).
RE_KIN_OWNER_BEFORE = LazyPattern(r"\b([Hh]is|[Hh]er) (?:\p{Ll}+ ){0,2}?(\p{Ll}+),? $")


#: A given name and "and" right before a name: "Theo and " (of "Theo and Jess Albright").
RE_COUPLED_BEFORE = LazyPattern(r"\b\p{Lu}[\p{Ll}\p{M}\-]+ and $")

#: A word in lower case right after a mention (‘… Finch’s catalogue’): group 1.
RE_NEXT_LOWER_WORD = LazyPattern(r"[ \t]+(\p{Ll}+)\b")

#: How far before the words they spoke a worker brought in with "who" may be named (_worker_brought_in).
WORKER_WHO_REACH = 300

#: A role that sets someone off as a named one's kin (‘Albert's granddaughter’): the name's word in
#: group 1, the kin noun in group 2.
#:
#: >>> RE_KIN_OWNER_ROLE.fullmatch("Albert's granddaughter").groups()
#: ('Albert', 'granddaughter')
RE_KIN_OWNER_ROLE = LazyPattern(r"(\p{Lu}[\p{L}\-]+)[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)")

#: The telling after a reported teller (‘… a teacher had told his class’, ‘the surgeon told her’).
RE_TELLING_AFTER = LazyPattern(r" (?:had |has )?(?:told|asked) (?:him|her|them|me|us|his|their|my|our)\b")


class CastDefiniteHolders:
    """Definite holders: the one "the <noun>" or "her <kin>" stands for among the recent people
    (_definite_holder) with its checks of kin, sex and plainer words, a body's name held with its
    possessive (_possessive_owner), and the unnamed a worker's or a trade's noun brings in or a
    reported teller (_worker_brought_in, _trade_made_person, _reported_teller).

    It is a part of :class:`quotesearch.cast_holders.CastHolders`, itself a part of
    :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _kin_of_other_sex(self, p: Person, kin: str, owner: str) -> bool:
        """The article makes ``p`` the kin of one of the other sex than ``owner`` ("his", "her") tells,
        where it names them in full: ‘her daughter, Jane Roe,’ is no "his daughter"."""
        if owner not in ("his", "her"):
            return False
        for start, _ in p.spots[:KIN_SPOTS]:
            before = RE_KIN_OWNER_BEFORE.search(self.text, max(0, start - 40), start)
            if before is not None and before.group(2).lower() == kin:
                return before.group(1).lower() != owner
        return False

    @staticmethod
    def _family_of_sex(p: Person, sex: str, recent) -> bool:
        """Someone of ``sex`` among the recent people bears ``p``'s surname (the kin's other parent,
        say: ‘Derek Hollis … Her daughter, Lisa Hollis,’)."""
        surname = p.name.split()[-1]
        return any(q is not p and q.kind == "name" and q.gender == sex and q.name.split()[-1] == surname for _, q in recent)

    def _kin_or_aged(self, p: Person) -> bool:
        """The article gives this person an age or makes them someone's kin, where it names them in
        full: "His wife, Morag Fraser,", "Camille Fournier, 29,": a person, whatever the name."""
        known = self._marked.get(id(p))
        if known is not None:
            return known
        self._marked[id(p)] = False
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if RE_AGE_AFTER.match(text, end) or self._kin_before(start) or RE_NAMED_BEFORE.search(text, max(0, start - 60), start) \
                    or RE_COUPLED_BEFORE.search(text, max(0, start - 24), start) \
                    or (text.startswith(" and ", end) and text[end + 5:end + 6].isupper() and " " not in text[start:end]):
                self._marked[id(p)] = True
                return True  # (and "a woman named Pranee Saetang", "Theo and Jess Albright")
        return False

    def _plain_word_of_other(self, p: Person, head: str) -> bool:
        """``head`` is a plainer word of ``p``'s full office (:data:`FULL_OFFICE_PLAIN_WORDS`, "premier" or "PM"
        for a prime minister) that another one the article names holds as written: ‘Prime Minister Mark
        Delaney met Alberta Premier Janet Kowalski’ makes "the premier" hers alone (review rv66e)."""
        if not any(head in plains for _, plains in FULL_OFFICE_PLAIN_WORDS) \
                or any(head in r.lower().replace(".", " ").split() for r in self.roles_of(p)):
            return False
        return any(q is not p and q.kind == "name" and any(head in r.lower().replace(".", " ").split()
                                                            for r in self.roles_of(q)) for q in self.by_surname.values())

    def _other_of_kind_since(self, p: Person, head: str, lo: int, hi: int) -> bool:
        """``head`` is only a plain word :data:`BODY_KIND_EPITHETS` gives the kind of one of ``p``'s
        roles (no word of the role itself), and another of that kind is brought in between ``lo`` and
        ``hi``: the plain word is theirs (‘Analyst Ben Cole said …. A market expert at a rival bank was
        less sure. “…,” the expert said’ is the market expert's; ‘A second scientist, who …’ too); the cleric
        :func:`_role_words` gives a clergy office likewise (‘Sheikh Musa Bello …. A younger cleric, who …. “…,” the
        cleric said’, w128d)."""
        return any(head in _body_office_words(r.lower().replace(",", " ").split())
                   or (head == CLERIC_WORD and head in _role_words(r)) for r in self.roles_of(p)) \
            and not any(head in r.lower().replace("-", " ").split() for r in self.roles_of(p)) \
            and _other_brought_in(head).search(self.text, lo, hi) is not None

    def _possessive_owner(self, mention: Mention, name: str) -> str | None:
        """A body's name held with its possessive before the thing that speaks for it (‘Harrow & Finch’s
        catalogue promises “…”’, ‘Kestrel Air’s website says “…”’): the name without it, when the article
        also writes the name alone (‘… published by Harrow & Finch.’) and a noun in lower case follows, never
        a verb. A name that is always written so keeps it (‘The chain Farrow’s said …’, ‘McDonald’s said’).

        >>> from quotesearch.speakers import Cast
        >>> Cast("Harrow & Finch, 384 pp. Harrow & Finch’s catalogue promises “x”.")._possessive_owner(
        ...     Mention(24, 40, "Harrow & Finch’s", "organisation"), "Harrow & Finch’s")
        'Harrow & Finch'
        """
        if not name.endswith(("’s", "'s")) or " " not in name:
            return None
        owner = name[:-2]
        nxt = RE_NEXT_LOWER_WORD.match(self.text, mention.end)
        if nxt is None or nxt.group(1) in SPEECH_VERBS or nxt.group(1) in AUXILIARIES or nxt.group(1).endswith("ed"):
            return None
        at = self.text.find(owner)
        while at >= 0 and self.text.startswith(("’s", "'s"), at + len(owner)):
            at = self.text.find(owner, at + len(owner))
        return owner if at >= 0 else None

    def _reported_teller(self, p: Person, pos: int) -> bool:
        """The one described ``p``, a speaker at ``pos``, was brought in right after another's "said" as
        the one who told them or theirs something (‘Diego said a teacher had told his class that …’):
        the reporter, never the teller, is the subject a pronoun after stands for."""
        by = self.text.find(p.name, max(0, pos - TOLD_BY_REACH), pos + 1)
        return by >= 0 and RE_SAID_TELLER.search(self.text, max(0, by - 12), by) is not None \
            and RE_TELLING_AFTER.match(self.text, by + len(p.name)) is not None

    def _worker_brought_in(self, p: Person, pos: int, head: str) -> bool:
        """One unnamed who spoke, brought in by a worker's noun a firm's kind shares, with "a", "one" or
        "another" and a word before it, set off with "who" (‘One crane operator, who asked not to be named,
        said …’): a person, whom a "he" or "she" may stand for; never ‘the operator’ or ‘one operator’."""
        words = p.name.split()
        return head in WORKER_THING_NOUNS and len(words) >= 3 and words[0].lower() in ("a", "an", "one", "another") \
            and pos in self._spoke_at and self.text.rfind(p.name + ", who ", max(0, pos - WORKER_WHO_REACH), pos) >= 0

    def _trade_made_person(self, p: Person, pos: int, head: str) -> bool:
        """One unnamed brought in by a trade that may be a firm's ("retailer", "dealer"), with "a", "one" or
        "another", made a person by a "who" set off after it that keeps back no speech (‘One retailer, who
        declined to be named, said …’, :func:`_trade_told_by_who`): someone a "he" or "she" may stand for,
        though ``pos`` is where they spoke, past the mention (w72a)."""
        at = self.text.rfind(p.name + ", who ", max(0, pos - WORKER_WHO_REACH), pos + 1)
        return at >= 0 and _trade_told_by_who(self.text, Mention(at, at + len(p.name), p.name, "description"), head)

    def _kin_by_owner_role(self, recent, owner_word: str, head: str, at: int) -> "Person | None":
        """The one an owned kin phrase ("her grandfather") names through its owner's own role: the
        owner is the last one named of the owner word's sex, set off as that one's kin from the other
        side (‘Albert's granddaughter’), and the one that role names is in reach by a word of their name."""
        sex = {"his": "m", "her": "f"}.get(owner_word)
        if sex is None:
            return None
        owner = next((q for pos, q in reversed(recent) if pos < at and q.kind == "name" and q.gender is not None), None)
        if owner is None or owner.gender != sex:
            return None  # (the owner is the last one of either sex named: never one further back)
        for r in self.roles_of(owner):
            m = RE_KIN_OWNER_ROLE.fullmatch(r)
            if m is None or m.group(2).lower() not in KIN_INVERSES[head]:
                continue
            word = m.group(1)
            kin = [q for _, q in reversed(recent) if q is not owner and q.kind == "name" and word in q.name.split()]
            if kin and all(q is kin[0] for q in kin):
                return kin[0]
        return None

    def _secretary_beside_minister(self, p: Person, head: str, at: int) -> bool:
        """Whether ``p`` is "the minister" only as a department's secretary while the article writes a minister
        before ``at``: then never (‘Energy minister X …. Energy Secretary Y agreed. “…,” the minister said’ is X's;
        ‘Scotland's health secretary, X, wrote to the UK minister of state, Y’ is not X's; review rv87a)."""
        return head == "minister" and not any("minister" in r.lower().split() for r in self.roles_of(p)) \
            and any("secretary" in r.lower().split() for r in self.roles_of(p)) \
            and RE_MINISTER_WORD.search(self._low, 0, at) is not None

    def _initials_holder(self, mention: Mention) -> Person | None:
        """The one named person before ``mention`` ("the DC") whose office's words it gives by their
        initials (:func:`quotesearch.offices._office_initials`; never a body's letters the role holds,
        ‘SNB Chairman X …. the SNB said’), None for none or two (‘Sukkur Deputy Commissioner X met
        Khairpur Deputy Commissioner Y …. “…,” the DC said’ may be either)."""
        letters = mention.text[4:].lower()
        holders = {id(p): p for pos, p in self.recent if pos < mention.start and p.kind == "name"
                   and any(letters in _role_initials(r) and _holds(r, letters, []) for r in self.roles_of(p))}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _definite_holder(self, mention: Mention, text: str, first: str, head: str, plural: bool,
                         owned: bool) -> tuple[tuple[Person | None, str] | None, bool]:
        """The one "the <noun>" or "her <kin>" stands for among the recent people, and whether two share that role (‘Health Minister X …. “…,” the minister said’)."""
        recent = self.recent
        shared = False
        other_kin = None  # kin the article gives an owner of the other sex: the last choice
        # a person whose role holds every word of the description beats one whose role holds
        # only its head ("the health minister" beside Health Minister X and Finance Minister Y)
        words = [w for w in text.lower().split()[1:] if w != head]
        # (a place before the head must be the person's: "the California congressman"; a
        # party or nation need not: "the Senate Democratic leader", "the Mexican president")
        before_head = text.split()[1:]
        before_head = before_head[:next((i for i, w in enumerate(before_head) if w.lower() == head), 0)]
        places = [w.lower() for w in before_head if w[:1].isupper() and w.lower() not in PARTY_WORDS
                  and w.lower() not in DEMONYMS and w.replace(".", "").isalpha()]
        if words:
            named_words = {w.lower() for w in text.split()[1:] if w[:1].isupper()}  # (a body's name may stand
            # anywhere in the role: ‘the Boxline analyst’ of ‘senior analyst at the tracking firm Boxline’)
            holders = {}
            for pos, p in reversed(recent):
                if pos < mention.start and p.kind == "name" and _sex_fits(head, p) and (fit := next((
                        r.lower() for r in self.roles_of(p) if head in _role_words(r) and all(
                            w in _role_words(r) or (w in named_words and w in r.lower().split()) for w in words)
                        and not _other_office(r, head, words)), None)) is not None:
                    holders.setdefault(id(p), (p, fit))
            if holders:
                latest, role = next(iter(holders.values()))
                if any(r == role for q, r in holders.values() if q is not latest):
                    # two given the very same role: either may be the one (‘Cobras winger Sam Hale and Cobras
                    # winger Josh Reid both scored. / The Cobras winger said …’), as written
                    return (Person("the" + text[3:], kind="description", gender=GENDERED_NOUNS.get(head)), "description"), shared
                return (latest, "title-anaphor"), shared
        for pos, p in reversed(recent):
            if pos >= mention.start:
                continue  # (the mention itself: "The source said")
            if p.kind == "description" and not plural and not owned and _one_of_group_head(p.name) == head + "s" \
                    and all(w in p.name.lower().split() for w in words):
                one, _ = self.resolve(Mention(pos, pos + len(p.name), p.name, "description")) \
                    if self.text.startswith(p.name, pos) else (None, None)  # (as that one was resolved:
                return (one or p, "description-anaphor"), shared  # ‘Two officials said …. “…,” one of the officials
                # said. “…,” the official added’ is one of two officials)
            if p.kind == "description" and p.roles and not owned and not plural and not p.plural \
                    and description_head(p.roles[0]) == head and all(w in p.roles[0].lower().split() for w in words) \
                    and regex.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b",
                                     self.text[pos + len(p.name) + 2 + len(p.roles[0]):mention.start]) is None:
                return (p, "description-anaphor"), shared  # the one described, whose second description set off after it
                # holds the noun (‘a member of the inspection team, an engineer who …, said …. “…,” the engineer
                # said’), with no other of that noun brought in since
            if p.kind == "description" and description_head(p.name) != head and head in HOLDER_NOUNS \
                    and regex.search(r"\p{Lu}[\p{L}&.\-]*, the (?:[\w\-]+ ){0,2}" + head + r"\b",
                                     self.text[:mention.start]) is not None:
                continue  # (a holder named, set off by the noun: ‘Elliott Management, the activist investor, …
                # A small shareholder … “…,” the investor said’ is Elliott's, never the shareholder's)
            if p.kind == "description" and head in FRIEND_NOUNS and RE_FRIEND_NAMED.search(
                    self.text[pos + len(p.name):mention.start]) is not None:
                continue  # (guard) another friend named since: ‘…, according to a friend of the bride. / The groom's pal,
                # Danny Cole, told reporters …. “…,” the friend said’ is never the bride's friend, review rv81a
            if p.kind == "description" and (same_source_kind(description_head(p.name), head)
                                            or member_described(description_head(p.name), head, words, p.name)) \
                    and p.plural == plural and not owned \
                    and (description_head(p.name) == head or regex.search(
                        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b", self.text[pos + len(p.name):mention.start]) is None) \
                    and not _other_nation(words, p.name.lower().split()) and not _other_age(words, p.name.lower().split()) \
                    and not _other_office(p.name, head, words) and not _other_body_of(text, p.name) \
                    and all(w in p.name.lower().split() or w.upper() in text for w in places):  # (letters may
                    # stand for the words: "the RNC member" after "a prominent Republican National Committee member")
                if first == "the" and not words and not plural and not p.plural and not p.name.split()[0].lower() in (
                        "a", "an", "one", "another") and (new := _new_one_of_kind(
                            self.text, pos + len(p.name), mention.start, head, self.quoted)) is not None:
                    return (Person(new[0].lower() + new[1:], kind="description"), "description"), shared  # (one of the
                    # kind brought in anew since, who spoke there: ‘… the county's top health official warned …. A
                    # senior state health official, who …, said …. “…,” the official said’ is the state one)
                return (p, "description-anaphor"), shared  # (never "the minority leader" for "leaders such as …", nor
                # another place's: "the Orléans councillor" is not "the Barrhaven West councillor")
            if head == "person" and not words and not plural and p.kind == "description" and not p.plural \
                    and p.name.split()[0].lower() in ("a", "an", "one", "another") \
                    and (((h := description_head(p.name)) is not None and h not in THING_NOUNS and h not in COLLECTIVE_NOUNS)
                         or (RE_ONE_OF_PEOPLE_SOURCE.match(p.name) is not None and regex.search(
                             r"\b(?:[Aa]nother|[Aa] (?:second|third|fourth))\b", self.text[pos + len(p.name):mention.start]) is None)):
                # (never across another one brought in since: ‘One of the people … said …. Another said …. “…,” the
                # person said’ is the other's, review rv71d)
                return (p, "description-anaphor"), shared  # ‘One former executive said …. “…,” this person said’; ‘one of
                # the people familiar with the talks said …. “…,” the person said’ (w71d)
            if head == "source" and first == "the" and not words and not plural and p.kind == "description" and not p.plural \
                    and p.name.split()[0].lower() in ("a", "an", "one", "another") \
                    and (h := description_head(p.name)) is not None and h not in THING_NOUNS and h not in COLLECTIVE_NOUNS \
                    and (at := self._low.rfind(p.name.lower(), 0, mention.start)) >= 0 \
                    and RE_ANONYMITY_ASIDE.match(self.text, at + len(p.name)) is not None:
                return (p, "description-anaphor"), shared  # one kept anonymous, whatever the noun: ‘a senior figure at a
                # rival team, speaking on condition of anonymity, claimed …. “…,” the source said’ (w65b)
            if p.kind == "name" and head == "diplomat" and not any("diplomat" in r.lower() for r in self.roles_of(p)) \
                    and any(q.kind == "description" and description_head(q.name) == head
                            and q.name.split()[0].lower() in ("a", "an", "one", "another") for _, q in recent):
                continue  # (an envoy is "the diplomat" only when no diplomat was described: ‘A senior
                # Western diplomat … said …. U.S. Special Envoy Tom Barrack is due …. “…,” the diplomat said’)
            if p.kind == "name" and self._secretary_beside_minister(p, head, mention.start):
                continue
            if p.kind == "name" and self._plain_word_of_other(p, head):
                continue  # (a prime minister is "the premier" only when no one is titled Premier: ‘Prime Minister X
                # met Alberta Premier Y. X said …. “…,” the premier said’ is Y's; review rv66e)
            if p.kind == "name" and not plural and not owned and not words \
                    and self._other_of_kind_since(p, head, pos, mention.start):
                continue  # (a plain word the table gives a holder's kind, when another of that kind is brought in
                # since: ‘Analyst Ben Cole said …. A market expert at a rival bank was less sure. “…,” the
                # expert said’ is the market expert's; ‘A second scientist, who …’ too)
            if p.kind == "name" and not plural and GENDERED_NOUNS.get(head, p.gender) in (None, p.gender) \
                    and any((_kin_of(r, head) and all(w in r.lower().split() for w in words)) if owned
                            else _holds(r, head, words, places) for r in self.roles_of(p)):
                # (an owned noun with a word the role lacks is someone else: ‘a 19-year-old Marchand …
                # is told by his sous chef to …’ is not chef Elliot Marchand)
                if not owned and all(_bare_honorific(r) for r in self.roles_of(p) if head in _role_words(r)) \
                        and any(head in _role_words(r) for r in self.roles_of(p)) \
                        and self._title_shared(recent, p, head, mention.start):
                    shared = True  # ("Sen." X and "Sen." Y before "the senator said": either)
                    break
                if head in ("lawmaker", "legislator", "expert") and not words and any(
                        q is not p and q.kind == "name" and any(_holds(r, head, words, places) for r in self.roles_of(q))
                        for _, q in recent):
                    shared = True  # (a loose word for any member: only one of them in reach, never the nearer of
                    break  # ‘MP John Mbadi and Senator Aaron Cheruiyot’; nor of a professor and an analyst, "the expert")
                if not owned and self._party_of_other(p, words, mention.start):
                    continue  # (a party the article gives another: ‘Cllr Sarah Jones …. Council leader Mark
                    # Evans, a Conservative, …. “…,” the Conservative councillor said’ is not Cllr Jones's)
                if not owned and places and not any(all(w in _role_words(r) for w in places) for r in self.roles_of(p)) \
                        and (placed := self._placed_other(p, places, mention.start, head)) is not None:
                    return (placed, "title-anaphor"), shared  # (‘coach Dale Hemming …. Castellano, in his 11th season at
                    # Eastwood, …. “…,” the Eastwood coach said’ is Castellano's, never the other team's coach)
                if owned and self._kin_of_other_sex(p, head, first):
                    if other_kin is None and self._family_of_sex(p, "m" if first == "his" else "f", recent):
                        other_kin = p  # (‘Derek Hollis … Her daughter, Lisa Hollis,’ is his daughter too,
                    continue  # when no one else is; ‘her daughter, Jane Roe,’ is no John Brown's)
                return (p, "title-anaphor"), shared  # (never "the investors said" for one investor)
        if other_kin is not None:
            return (other_kin, "title-anaphor"), shared
        if owned and head in KIN_INVERSES and (kin := self._kin_by_owner_role(recent, first, head, mention.start)) is not None:
            return (kin, "title-anaphor"), shared  # (‘Albert's granddaughter, Rachel Finch, …. Rachel … / … her
            # grandfather describes …’: the one her own role names her kin, never an unnamed grandfather)
        if shared and (holder := self._holder_speaking_on(mention, head)) is not None:
            return (holder, "title-anaphor"), shared  # (of two senators, the one who spoke just before: ‘“…,” she said.
            # She later asked …. “…,” the senator said’)
        # the article's people named in full with that role, latest first, a window's worth
        for p in itertools.islice(reversed(self.by_surname.values()), 0 if owned or shared or plural else self.window):
            if p.spots and p.spots[0][0] > mention.start:
                continue  # (never one the article names only later: ‘The Tory leader jibed: …’ before
                # ‘The SNP’s Westminster leader, Angus MacRae,’; ‘the company's president … the
                # president said. Union president Maria Gomez …’)
            if any(_holds(r, head, words, places) for r in self.roles_of(p)) and _sex_fits(head, p) \
                    and not self._party_of_other(p, words, mention.start) and not self._plain_word_of_other(p, head) \
                    and not self._secretary_beside_minister(p, head, mention.start) \
                    and not (not words and self._other_of_kind_since(
                        p, head, max((e_ for s_, e_ in p.spots if e_ <= mention.start), default=0), mention.start)):
                return (p, "title-anaphor"), shared  # (never "the authors" for one lead author; nor a plain word the table
                # gives a holder's kind when another of that kind was brought in since)
        return None, shared
