"""Office holders: who holds the office or title a description names (the lede's holder, the one
named after an office, a court's party, a definite holder).

This module holds the holders just named ("its <office>", a style repeated, an office as written
or spelt out before its letters, the office a sentence before is about) and a court's party; the
lede's holder and those named next live in :mod:`quotesearch.cast_lede_holders`, a definite holder
in :mod:`quotesearch.cast_definite_holders` (mixins of :class:`CastHolders`).
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import ONE_WORD_PLACES
from quotesearch.role_words import (
    COURT_OFFICER_WORDS, DEPUTY_OFFICE_WORDS, GENDERED_NOUNS, HANDOVER_OFFICE_WORDS, HEAD_OFFICES_ALTERNATION,
    RE_OFFICE_SUBJECT_OPENING, RE_ROLE_SUBJECT_OPENING, ROLE_NOUNS,
)
from quotesearch.mention_words import Mention
from quotesearch.people import Person, RE_SENTENCE_END, _after_last_stop
from quotesearch.offices import ROLE_PREPOSITIONS, _holds, _office_in_role
from quotesearch.office_titles import (
    GIVEN_NAME_HONORIFICS, ROYAL_SEX, _names_after_title, _only_set_off_title, _set_off_before_title,
    _title_words_start, spells_letters,
)
from quotesearch.descriptions import (
    RE_GIVES_EVIDENCE, _named_after_description, _new_witness_cue, _quote_before_pronoun,
)
from quotesearch.cast_lede_holders import CastLedeHolders
from quotesearch.cast_definite_holders import CastDefiniteHolders


SOVEREIGN_STYLES = frozenset("king queen emperor empress sultan emir".split())
    # (never the older "gave evidence", a telling)


#: Another witness called or sworn, unnamed (‘the prosecution called a bank clerk’).
RE_CALLED_ANOTHER = LazyPattern(r"\b(?:called|calls|call) (?:a|an|another|its next|their next|the next)\b"
                                r"|\b(?:[Aa]nother|[Tt]he next|[Aa] second|[Aa] third) witness\b")


#: What a trial report says of its accused (‘is accused of’, ‘is charged with’, ‘has pleaded not guilty’,
#: ‘denies murder’).
RE_STANDS_ACCUSED = LazyPattern(r"\b(?:is|was|are|were|stands|stood) (?:accused|charged|on trial)\b"
                                r"|\b(?:pleaded|pleads|pled) (?:not )?guilty\b"
                                r"|\bden(?:ies|ied) (?:[\w\-]+ ){0,2}(?:charges?|counts?|murder|manslaughter)\b")

#: A sentence that opens on a witness's giving evidence, or on "the first witness", before the witness's
#: name (‘Testifying as a prosecution witness in the case, Dinesh Perera said …’, ‘The first witness, the
#: ferry’s chief engineer, Douglas Fyfe, was asked …’): the name after it is the witness, as a subject
#: before "testified" is (w111c). Never "a witness" or "another witness": one not yet named.
#:
#: >>> bool(RE_WITNESS_OPENING.match("Testifying as a prosecution witness in the case, ")), bool(RE_WITNESS_OPENING.match("The next witness, "))
#: (True, True)
#: >>> RE_WITNESS_OPENING.match("The witness box, ") is None, RE_WITNESS_OPENING.match("Another witness, ") is None
#: (True, True)
RE_WITNESS_OPENING = LazyPattern(r"(?<=^|[.!?][”\"’]?\s|\n)(?:(?:Testifying|Giving evidence)\b[^,;\n“”\"‘]{0,100}"
                                 r"|The (?:first|next|second|third|fourth|final|last|key|main|star|prosecution[’']s|"
                                 r"defen[cs]e[’']s|state[’']s|crown[’']s)(?: [\p{Ll}\-]+)? witness), ")

#: What may stand between :data:`RE_WITNESS_OPENING` and the witness's name: a description set off, a
#: courtesy title, and the given names before the surname a person is placed at (‘the ferry’s former chief
#: engineer, ’, ‘Mr ’, ‘Ana Maria ’).
#:
#: >>> bool(RE_WITNESS_NAME_GAP.fullmatch("the ferry’s former chief engineer, Mr Ian ")), bool(RE_WITNESS_NAME_GAP.fullmatch(""))
#: (True, True)
#: >>> RE_WITNESS_NAME_GAP.fullmatch("who said that ") is None
#: True
RE_WITNESS_NAME_GAP = LazyPattern(r"(?:(?:the|an?|\p{Lu}[\p{L}\-]+[’']s) [^,.;:“”\"\n]{1,80}, )?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?:\p{Lu}[\p{L}\-’']+ ){0,3}")

#: Who runs an inquiry or a hearing, never its witness, besides a court's officers (‘the chairman, Lord Reed’).
HEARING_OFFICER_WORDS = COURT_OFFICER_WORDS | frozenset("chair chairman chairwoman chairperson panel presiding".split())

#: A name in the possessive (‘Mr Cullinane’s son, …’), at the start of what follows it (group 1 to the apostrophe).
RE_OWNER_BEFORE_CUE = LazyPattern(r"([\p{L}\-. ]*['’])s?\b")

#: One in a trial who the report says cannot be named.
RE_UNNAMED_PARTY = LazyPattern(r"\b(?:cannot|can ?not|can't|could not|may not) be (?:named|identified)\b")

#: How far back a trial report's witness or accused is looked for.
COURT_PARTY_REACH = 4000

#: A pronoun as a sentence's subject (‘He has pleaded guilty to manslaughter’).
RE_SUBJECT_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he)\b")


#: A head of government's or a city's office, as a word (‘the US president’, ‘the mayor’).
RE_HEAD_OFFICE_WORD = LazyPattern(r"(?i)\b(?:" + HEAD_OFFICES_ALTERNATION + r")\b")

#: How far after the holder's name "its <office>" may stand.
ITS_HOLDER_REACH = 800

#: A word with a capital (‘Channel’, ‘Banque’).
RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]*")

#: Words in quotation marks, closed or running on to the end (what is quoted names no body).
RE_QUOTED_STRETCH = LazyPattern(r"[“\"][^”\"]*(?:[”\"]|$)")

#: Words that may stand between a style and the name it goes before (‘His Highness Sheikh …’, ‘Her
#: Excellency Dr …’, ‘His Royal Highness Prince …’).
STYLE_HONORIFICS = GIVEN_NAME_HONORIFICS | frozenset("dr prince princess sayyid sayyida eng engineer".split())

#: A title spelt out before the letters it goes by, in brackets: ‘Senior Superintendent of Police
#: (SSP)’, ‘officer-in-charge (OC)’, ‘Upazila Nirbahi Officer (UNO)’ (its words, then the letters).
RE_SPELLED_LETTERS = LazyPattern(r"((?:[\p{L}]+[ -]){1,6})\(([A-Z]{2,5})\)$")


#: How far from a title's letters in brackets its holder's name may stand.
SPELLED_REACH = 60


class CastHolders(CastLedeHolders, CastDefiniteHolders):
    """Office holders: the person a description of an office or title stands for (the lede's holder,
    the one named after the office, a court's party, _definite_holder).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _spelled_letters_holder(self, letters: str, at: int) -> Person | None:
        """The one person the article gave the office these letters stand for, spelt out with the
        letters in brackets before ``at``, their name right after it or set off before it:
        ‘Senior Superintendent of Police (SSP) Rajeev Tiwari …. “…,” the SSP said’, ‘Station House
        Officer (SHO), Aliganj, Inspector D. P. Singh’, ‘Md Shahidul Islam, officer-in-charge (OC)
        of the police station, said …. “…,” the OC said’. None where two fit or nothing does."""
        text = self.text
        found: set[int] = set()
        holders: list[Person] = []
        i = text.find(f"({letters})")
        while 0 <= i < at:
            spelt = RE_SPELLED_LETTERS.search(text, max(0, i - 80), i + len(letters) + 2)
            j = i + len(letters) + 2
            if spelt is not None and spells_letters(spelt.group(1), letters):
                for p in self.by_surname.values():
                    if p.kind != "name" or id(p) in found:
                        continue
                    if any(_names_after_title(text[j:s]) for s, _ in p.spots if j <= s <= j + SPELLED_REACH) \
                            or any(_set_off_before_title(text[e:ts]) and _only_set_off_title(text[e:ts]) for _, e in p.spots
                                   if (ts := _title_words_start(spelt, letters)) - SPELLED_REACH <= e <= ts):
                        found.add(id(p))
                        holders.append(p)
            i = text.find(f"({letters})", j)
        return holders[0] if len(holders) == 1 else None

    def _its_holder(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person just named with the office "its <office>" names, for the body named with
        them (‘Northwind Energy posted a loss, chief executive Hannah Stavros said. … “…,” its chief
        executive said’): the only holder among the recent people, named within reach, with no other
        name in capitals between but a sentence's first word, a month, a day or a place (never ‘Bank
        of Wessex Governor Alan Cray said …. Across the Channel, the Banque de Lorre cut its rate.
        “…,” its governor said’)."""
        holders = {id(p): p for _, p in self.recent if p.kind == "name"
                   and any(_holds(r, head, words) for r in self.roles_of(p))}
        if len(holders) != 1:
            return None
        p = next(iter(holders.values()))
        last = max((e for a, e in p.spots if e <= mention.start), default=-1)
        if last < 0 or mention.start - last > ITS_HOLDER_REACH:
            return None
        between = RE_QUOTED_STRETCH.sub(" ", self.text[last:mention.start])  # (never the words quoted)
        for w in RE_CAPITAL_WORD.finditer(between):
            lead = between[:w.start()].rstrip(" \t")
            if (not lead or lead[-1] in ".!?\n") or w.group() in MONTH_NAMES or w.group() in WEEKDAY_NAMES \
                    or w.group().lower() in ONE_WORD_PLACES \
                    or (lead.endswith(" in") and not RE_CAPITAL_WORD.match(between, w.end() + 1)):
                continue  # (a place of one word after "in": ‘shares fell 6 per cent in Sydney’)
            return None
        return p

    def _styled_holder(self, mention: Mention, his: str) -> Person | None:
        """The one person just named with the style a mention repeats, "His Highness", "Her
        Excellency", written before the name (‘His Highness Sheikh Khalid bin Hamad Al Nuaimi,
        President of the Council, … “…,” His Highness said’): the Gulf's style for rulers, their
        families and ministers, whatever the role. None unless exactly one of the recent people was
        named so, with the same pronoun."""
        style = regex.compile(r"\b" + his.capitalize() + r" (?:Royal )?" + mention.text
                              + r",? (?:\p{Lu}\p{Ll}+\.? ){0,2}$")
        holders = []
        for _, q in reversed(self.recent):
            if q.kind != "name" or any(q is h for h in holders):
                continue
            for s, _e in q.spots:
                if s >= mention.start:
                    continue
                if self.text.startswith((mention.text + " ", "Royal " + mention.text + " "), s):
                    s = self.text.find(" ", s + len(mention.text) - 1) + 1  # (the style in the name's spot)
                    while (nxt := self.text.find(" ", s)) > 0 and self.text[s:nxt].rstrip(".").lower() in STYLE_HONORIFICS:
                        s = nxt + 1
                lead = style.search(self.text, max(0, s - 60), s)
                if lead is not None and all(w.rstrip(".").lower() in STYLE_HONORIFICS
                                            for w in self.text[lead.start():s].split()[2:] if w != "Royal"):
                    holders.append(q)
                    break
        return holders[0] if len(holders) == 1 else None

    def _holder_of_office_as_written(self, mention: Mention, office: str) -> Person | None:
        """The one person named before ``mention`` whose role is the office ``office`` written the same
        (‘the First Deputy Speaker, Joseph Osei Owusu,’ for ‘the First Deputy Speaker said’); None for
        none or two, or when the office's words are not all in capitals."""
        if not all(w[:1].isupper() or w.lower() in ROLE_PREPOSITIONS for w in office.split()):
            return None
        want = office.lower()
        holders = [p for p in self.by_surname.values() if p.kind == "name" and p.spots and p.spots[0][0] < mention.start
                   and any(r.lower().removeprefix("the ") == want for r in self.roles_of(p))]
        return holders[0] if len({id(p) for p in holders}) == 1 else None

    def _named_set_off_after(self, pos: int, p: Person, gender: str | None, recent) -> Person | None:
        """The one named by name set off right after the description ``p`` at ``pos``, of the
        pronoun's sex or none known (‘The driver, identified by gardaí as Michael Doyle,’)."""
        end = pos + len(p.name)
        return next((q for at, q in recent if end < at <= end + 100 and q.kind == "name" and q.gender in (None, gender)
                     and _named_after_description(self.text, end, q.name)), None)

    def _office_subject_before(self, at: int, gender: str) -> Person | None:
        """The head of government or city whom the sentence just before the one at ``at``, in the same
        paragraph, is about by office alone (‘The president has repeatedly celebrated the pace of
        construction. “…,” he wrote on Twitter’): the one named with that office, if the recent people
        hold one such, else the office as written; None when no such sentence is just before, or
        someone is named between (‘The mayor has called it a crisis. Ortiz disagreed. “…,” he said’)."""
        text = self.text
        para = text.rfind("\n", 0, at) + 1
        at = _quote_before_pronoun(text, para, at)  # (‘“… . … ,” he said’: the sentence opens at the quote)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, para, at)]
        if not ends and at == para + 1 and para > 1:
            return self._office_subject_of_paragraph_before(para, at, gender)
        if not ends:
            return None
        here = ends[-1]  # where the pronoun's sentence opens (or the quote that opens it)
        if text[here] in "“\"‘'":
            if text.find({"“": "”", "‘": "’"}.get(text[here], text[here]), here + 1, at) < 0 and here + 1 != at:
                return None  # (a quote open still: the sentence before is no narrative one)
        before = ends[-2] if len(ends) > 1 else para
        return self._office_subject_in(para, before, here, at, gender)

    def _office_subject_of_paragraph_before(self, para: int, at: int, gender: str) -> Person | None:
        """:meth:`_office_subject_before` for a quote that opens its paragraph, with the pronoun right
        after it: the last sentence of the paragraph before, if it is about the office (‘But in an
        interview aired Thursday, the governor said the memo played no part. / “…,” he said’)."""
        text = self.text
        end = len(text[:para].rstrip())
        start = text.rfind("\n", 0, end) + 1
        if end <= start or text[end - 1] not in ".!?":
            return None  # (a paragraph before that ends on a quote or a heading is no narrative sentence)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, start, end)]
        return self._office_subject_in(start, ends[-1] if ends else start, end, at, gender)

    def _office_subject_in(self, para: int, before: int, here: int, at: int, gender: str) -> Person | None:
        """The office holder (or the office as written) the sentence from ``before`` to ``here`` is
        about, for a pronoun at ``at``; ``para`` opens that sentence's paragraph."""
        text = self.text
        opening = RE_OFFICE_SUBJECT_OPENING.match(text, before, here)
        if opening is None:
            return self._role_subject_in(para, before, here, at, gender)
        office = opening.group(1).lower()  # (‘The President has …’ holds the office of a ‘President X’)
        if any(opening.end() <= pos < at and not (q.kind != "name" and q.name.lower().endswith(office))
               for pos, q in self.recent):
            return None  # (someone named since; but the office itself, the speaker of the sentence's own words:
            # ‘Replying, the Prime Minister thanked her for her “energy”. “…,” she wrote’)
        if any(before <= pos < opening.end() and not opening.start(1) <= pos < opening.end(1) and q.kind == "name"
               and (q.gender == gender or (q.gender is None and q.titled))
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q))
               for pos, q in self.recent):
            return None  # (someone named in the office sentence's opening phrase or aside may be the "he" or
            # "she": ‘After Senator Maria Lopez accused him …, the president walked out. “…,” she said’)
            # (a person: of the sex, or titled; never a place read as a name, ‘on the South Lawn’)
        if any(para <= pos < opening.start() and q.kind == "name" and q.gender in (None, gender)
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q)) for pos, q in self.recent):
            return None  # (someone named earlier in the paragraph who holds no such office may be the "he":
            # ‘James Oduya runs a clinic. The governor has promised to fund it. “…,” he said’ is Oduya's;
            # ‘Prime Minister X visited … The premier has asked …’ stays the premier's)
        qualifier = text[text.rfind(" ", before, opening.start(1) - 1) + 1:opening.start(1)].strip()
        qualifier = qualifier if qualifier[:1].isupper() and qualifier.lower() != "the" else ""

        def same_office(role: str) -> bool:  # (‘Ukrainian President X’ holds no "the Russian president":
            # a country's or a union's qualifier on both that differs)
            found = _office_in_role(role, office)
            if found < 0 or role.startswith(("’", "'"), found + len(office)):
                return False  # (‘the president's personal lawyer’ holds no office of the president's)
            own = role[:found].strip().rsplit(" ", 1)[-1] if role[:found].strip() else ""
            if own.lower().rstrip(".") in DEPUTY_OFFICE_WORDS:  # (and ‘Lt. Gov. X’)
                return False  # (nor does a ‘Vice President X’ or a ‘Lieutenant Governor X’)
            return not (qualifier and own[:1].isupper() and not own.lower().endswith(qualifier.lower()))
        holders = [q for _, q in self.recent if q.kind == "name" and any(same_office(r) for r in self.roles_of(q))]
        if holders:
            holder = holders[-1]
            return holder if all(q is holder for q in holders) and holder.gender in (None, gender) else None
        start = text.rfind(" the ", before, opening.start(1) + 1)
        start = before if start < 0 else start + 1  # (‘In Washington, the US president’: from "the")
        written = text[start:opening.end(1)]
        return Person(written[0].lower() + written[1:], kind="description", gender=gender)

    def _role_subject_in(self, para: int, before: int, here: int, at: int, gender: str) -> Person | None:
        """:meth:`_office_subject_in` for a bare role of any kind as the subject of the sentence from
        ``before`` to ``here`` (:data:`RE_ROLE_SUBJECT_OPENING`: ‘The state secretary was unmoved. “…,”
        she said’): the one person the article named before with that role (‘the state secretary for
        digitalisation, Anna Berg,’), of the pronoun's sex or none known; None when two hold it, when
        none does (never the role as written), or when anyone else is named in the paragraph before the
        pronoun (``para`` opens the role's sentence's paragraph)."""
        text = self.text
        opening = RE_ROLE_SUBJECT_OPENING.match(text, before, here)
        if opening is None:
            return None
        role = opening.group(1)
        head = role.rsplit(" ", 1)[-1]
        if head not in ROLE_NOUNS or GENDERED_NOUNS.get(head, gender) != gender:
            return None  # (a role only, of the pronoun's sex if its word tells one: never ‘The company shrugged’)
        if any(opening.end() <= pos < at for pos, _ in self.recent):
            return None  # (someone named since may be the "he" or "she": ‘The minister thanked Ann Lee. “…,” she said’)

        words = r"(?<![\w’'-])" + regex.escape(role)
        whole = words + r"(?![\w’'-])"
        others = r"\b(?:an?|another|one|other|former|" + "|".join(sorted(DEPUTY_OFFICE_WORDS | HANDOVER_OFFICE_WORDS)) \
            + r") (?:\p{L}+ )?|\bex-|\b(?:named|appointed|installed|over as|replaced|succeeded|succeeds)\b[^.;]{0,40}?"
        unnamed = regex.compile(rf"(?:{others}){regex.escape(role)}(?![\w’'-])|{words}s\b", regex.I)
        if unnamed.search(text, 0, before) is not None:
            return None  # (another holder, unnamed, past or a deputy, holders in the plural, or the role handed
            # over: ‘a former minister’, ‘the ministers’, ‘X was named interim manager’ leave the role no one
            # person's, review of w144u)
        set_off_before = regex.compile(whole + r"(?: (?:for|of) [\p{L}\- ]{1,40})?,? $", regex.I)
        set_off_after = regex.compile(r", (?:the |\p{Lu}\p{L}*[’']s )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}?" + whole + r"[,.]",
                                      regex.I)
        has_role = regex.compile(whole, regex.I)
        holders = {}
        for p in self.by_surname.values():
            if p.kind != "name" or p.plural or not p.spots or p.spots[0][0] >= before:
                continue
            if any(set_off_before.search(text, max(0, a - 80), a) is not None
                   or set_off_after.match(text, b, b + 80) is not None
                   for a, b in p.spots if b <= before) or any(has_role.search(r) for r in self.roles_of(p)):
                holders[id(p)] = p  # (‘State Secretary Anna Berg’, ‘the state secretary for X, Anna Berg,’,
                # ‘Anna Berg, the state secretary,’)
        if len(holders) != 1:
            return None
        holder = next(iter(holders.values()))
        if holder.gender not in (None, gender) or any(
                para <= pos < before and q is not holder and q.kind == "name" and q.gender in (None, gender)
                for pos, q in self.recent):
            return None  # (someone else named earlier in the paragraph may be the "he" or "she": ‘Ann Lee
            # runs a clinic. The minister has promised to fund it. “…,” she said’ is Lee's)
        return holder

    def _sole_recent_name(self, fits) -> Person | None:
        """The one person among the recent people named by name who ``fits`` (a test of a person),
        however often named; None for none or for two."""
        holders = [q for _, q in reversed(self.recent) if q.kind == "name" and fits(q)]
        return holders[0] if holders and all(q is holders[0] for q in holders) else None

    def _runs_hearing(self, p: Person) -> bool:
        """``p`` runs a hearing or argues in it, by a role given or by the words just before a place they
        are named at (‘counsel to the inquiry, Simon Tarrant’, ‘the chairman, Lord Reed’): never its witness."""
        if any(w in HEARING_OFFICER_WORDS for r in self.roles_of(p) for w in r.lower().split()):
            return True
        text = self.text
        return any(q is p and any(w.strip(",()’'s") in HEARING_OFFICER_WORDS
                                  for w in text[max(_after_last_stop(text, pos), pos - 40):pos].lower().split()[-5:])
                   for pos, q in self.recent)

    def _court_party(self, mention: Mention, head: str) -> Person | None:
        """The one a trial report has named as its witness (who told the court or gave evidence, the
        latest) or its accused (who is accused, charged, or pleaded), for "the witness", "the
        defendant" or "the accused": the named subject of that sentence, alone, and never the judge or
        counsel who addressed the jury. A cue whose subject is unnamed ("Another witness told the
        court", "A neighbour testified") stops the search: the latest in that part is not named."""
        text = self.text
        cue = RE_GIVES_EVIDENCE if head == "witness" else RE_STANDS_ACCUSED
        lo = max(0, mention.start - COURT_PARTY_REACH)
        unnamed = [u.start() for u in RE_UNNAMED_PARTY.finditer(text, lo, mention.start)]
        named = [(pos, p) for pos, p in self.recent if lo <= pos < mention.start and p.kind == "name" and not p.plural]
        events = [(m.start(), m, False) for m in cue.finditer(text, lo, mention.start)]
        if head == "witness":
            events += [(m.start(), m, True) for m in RE_WITNESS_OPENING.finditer(text, lo, mention.start)]
        for _, m, opening in sorted(events, key=lambda e: e[0], reverse=True):
            begin = _after_last_stop(text, m.start())
            if any(u >= m.end() for u in unnamed):
                return None  # (one who cannot be named stands in that part since: ‘Lee Burns pleaded guilty …. / In the
                # main case, a woman who cannot be named for legal reasons admitted …. “…,” the defendant said’)
            subjects = []
            if opening:  # (the name right after the opening: ‘Testifying as a witness, Ana Ruiz said …’)
                p = next((q for pos, q in named if pos >= m.end()
                          and RE_WITNESS_NAME_GAP.fullmatch(text, m.end(), pos) is not None), None)
                if p is None:
                    return None
                if self._runs_hearing(p):
                    continue
                if any(m.end() <= pos < mention.start and q.kind == "name" and q.personlike and q is not p
                       and not self._runs_hearing(q) for pos, q in self.recent) \
                        or RE_CALLED_ANOTHER.search(text, m.end(), mention.start) is not None:
                    return None  # (another named since who runs no hearing, or another called: unsure)
                return p
            for pos, p in named:
                if not begin <= pos < m.start() or any(q is p for q in subjects):
                    continue
                after = text[pos:m.start()]
                words_before = text[max(begin, pos - 24):pos].split()
                if (owner := RE_OWNER_BEFORE_CUE.match(after)) is not None and owner.end(1) < 40:
                    continue  # (a possessive: ‘Mr Cullinane’s son, Kevin Cullinane, told the jury’)
                if words_before and words_before[-1].lower() in ("by", "to", "with", "for", "against", "of"):
                    continue  # (‘Under cross-examination by Rebecca Thwaite KC, Ms Hirst told …’)
                subjects.append(p)
            if not subjects:
                if RE_SUBJECT_PRONOUN.search(text, begin, m.start()) is not None:
                    continue  # (one named before: ‘He has pleaded guilty to manslaughter’)
                return None
            p = subjects[0]
            if _new_witness_cue(m.group(0)) and (
                    any(m.end() <= pos < mention.start and q.kind == "name" and q is not p for pos, q in self.recent)
                    or RE_CALLED_ANOTHER.search(text, m.end(), mention.start) is not None):
                return None  # (a stand or a witness's place that another, named or not, follows: ‘Ana Ruiz took the
                # stand, followed by her neighbour, Tom Baker’, ‘… took the stand last year. On Monday the
                # prosecution called a bank clerk.’)
            if len(subjects) > 1 and " and " in text[begin:m.start()]:
                return None  # (two accused: ‘X and Y are charged with …’)
            lead = text[max(0, begin):m.start()].lower()
            if any(w in COURT_OFFICER_WORDS for r in self.roles_of(p) for w in r.lower().split()) \
                    or any(w.strip(",()") in COURT_OFFICER_WORDS for w in lead.split()[:6]):
                if head == "witness" and RE_CALLED_ANOTHER.search(text, m.start(), mention.start) is None \
                        and not any(m.end() <= pos < mention.start and q.kind == "name" and not self._runs_hearing(q)
                                    for pos, q in self.recent):
                    continue  # (counsel's or a judge's telling since is no witness's: the one before is read, w111c;
                    # never past one that brings in another, named or called: ‘Prosecutor X told jurors he would
                    # call one more witness, accountant Gail Brody’, w111c guard)
                return None  # (‘Judge Alan Reed told the jury …’, ‘prosecutor Simon Okafor KC told jurors’)
            return p
        return None

    def _resolve_styled(self, mention: Mention, his: regex.Match) -> tuple[Person | None, str]:
        """The person a style after "His"/"Her" names: the royal of that sex just named, else one the style set off (‘“…,” His Majesty said’)."""
        # ‘“…,” His Majesty said’: the sovereign (or royal) of that sex just named, if only one
        sex = "m" if his.group(1).lower() == "his" else "f"
        if mention.text != "Excellency":  # (an Excellency is no royal: a style alone names one)
            heads = SOVEREIGN_STYLES if mention.text == "Majesty" else ROYAL_SEX
            holder = self._sole_recent_name(lambda q: q.gender == sex and any(
                w.lower() in heads for r in self.roles_of(q) for w in r.split() if w[:1].isupper()))
            if holder is not None:
                return holder, "title-anaphor"
        if (styled := self._styled_holder(mention, his.group(1))) is not None:
            return styled, "title-anaphor"  # (‘Her Excellency Reem Al Marar, Minister of State, … “…,” Her
            # Excellency said’)
        return Person(f"{his.group(1)} {mention.text}", kind="description", gender=sex), "description"
