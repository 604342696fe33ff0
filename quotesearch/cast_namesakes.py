"""Namesakes: which of two people of one surname a short name means, told by age, sex, death,
kin and where each was brought in.
"""

from __future__ import annotations

import re

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import HONORIFICS
from quotesearch.role_words import KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import CONTINUING_CUES
from quotesearch.mention_words import description_head
from quotesearch.name_parts import _word_like, written_surname_first
from quotesearch.tokens import RE_CAPWORD, word_positions
from quotesearch.people import Person, RE_PARAGRAPH_BREAK, RE_STOP, _after_last_stop, _verb_at
from quotesearch.full_names import _name_goes_on
from quotesearch.kinship import KIN_WORDS, RE_YOUNGER_KIN, _sole_sex
from quotesearch.offices import TITLE_WORDS, _bare_honorific, _holds_title, _role_words
from quotesearch.descriptions import (
    RE_AGE_AFTER, RE_GIVES_EVIDENCE, SUBJECT_REACH, _last_before, _quoted_next, _right_after_quotation, _speaks_next,
)


#: (prefilter) How every match of :data:`RE_GIVES_EVIDENCE` opens, each alternative's first word: a plain
#: test before the pattern is matched at a place (and compiled, for an article that may need it).
GIVES_EVIDENCE_OPENINGS = ("told ", "tells ", "testified", "testifies", "testifying", "gave", "gives evidence",
                           "giving evidence", "took the ", "takes the ", "had given", "has given", "was ", "is ", "as ")

#: A child told of in the article: an age under 18 written with "-year-old", or a child's word.
RE_CHILD_TOLD = LazyPattern(r"\b(?:(?:[1-9]|1[0-7])-year-old|girl|boy|teenager|teen|schoolgirl|schoolboy|toddler|baby|infant|pupil|child)\b")

#: Honorifics only an adult is given (‘Ms Brennan said’ beside her daughter Kayla Brennan, 15, is the
#: mother's); never "Miss", which a schoolgirl is called too.
#:
#: >>> sorted(ADULT_HONORIFICS)
#: ['mr', 'mrs', 'ms']
ADULT_HONORIFICS = frozenset("mr mrs ms".split())


#: A cue after a speaker's name that goes on with the speaker's own parent: the speaker is a child
#: (‘Mr. Mertz said his mother had continued fieldwork’, ‘Ms Tan said her late father’).
RE_CUE_OF_PARENT = LazyPattern(r",? (?:said|says|recalled|recalls|added|told \p{Ll}+(?: \p{Ll}+)?)(?: that)? "
                               r"(?:his|her) (?:late )?(?:mother|father|parents|mum|mom|dad)\b")

#: A title of one to three capitalised words opening a sentence before a name (‘Sheriff ’, ‘State Senator ’),
#: for :meth:`Cast._sex_told_where_named`.
#:
#: >>> bool(RE_TITLE_OPENING.fullmatch("Sheriff ")), bool(RE_TITLE_OPENING.fullmatch("State Senator ")), bool(RE_TITLE_OPENING.fullmatch("On Monday, "))
#: (True, True, False)
RE_TITLE_OPENING = LazyPattern(r"(?:\p{Lu}[\p{L}.\-]* ){1,3}")

#: What opens another's clause or names another after a subject's name, past which a pronoun may be theirs
#: (‘… said the governor had broken his word’, ‘… thanked the nurse for her courage’), for
#: :meth:`Cast._sex_told_where_named` with a title.
#:
#: >>> [bool(RE_OTHERS_CLAUSE.search(t)) for t in (" posted a video from her car", " said his car", " thanked the nurse for her", " met Tom Briggs and his")]
#: [False, True, True, True]
RE_OTHERS_CLAUSE = LazyPattern(r"\b(?:said|says|told|tells|that|added|argued|claimed|insisted|warned|explained|wrote|accused"
                               r"|(?:a|an|the|whose|whom|who) (?:\p{Ll}+ )?\L<nouns>s?)\b"
                               r"|(?<=\s)\p{Lu}\p{Ll}+ \p{Lu}", nouns=ROLE_NOUNS | {
    "man", "woman", "boy", "girl", "child", "pupil", "student", "suspect", "victim", "defendant", "patient"})

#: The third-person pronouns that tell a sex, as words (:meth:`Cast._sex_told_where_named`), and the sex each tells.
RE_SEX_PRONOUN = LazyPattern(r"\b(?i:he|his|him|himself|she|her|hers|herself)\b")


#: A sentence's end, a closing mark after it at most, then a space (for :meth:`Cast._sex_in_sentence_named`).
#:
#: >>> RE_SENTENCE_END_MARKED.search("lost her stall.” Then").start()
#: 14
RE_SENTENCE_END_MARKED = re.compile(r"[.!?][\"”’]?\s")

#: The first pronoun of a sex in the rest of a sentence (‘…, echoing his 2008 slogan’).
RE_SEX_AFTER = LazyPattern(r"[^.!?“”\"]*?\b(his|he|himself|her|she|herself)\b")

NAMESAKE_REACH = 600  # characters after a namesake's full name within which a bare surname is theirs

#: A cue verb right after a name (or after an aside set off by commas after it), then the subject
#: pronoun of the clause it reports: ‘Rhian Evans, said she was’, ‘Doyle, whose son is a deputy,
#: said she feared’, and the cue's clause set off after it: ‘Park said, adding that he had written’.
#: Group 1, the pronoun, which tells the named one's sex.
RE_CUE_THEN_SEX = LazyPattern(r"(?:,[^,.!?;:“”\"\n]{1,90},|,)? (?:said|says|told (?:the |a |an )?\p{Ll}+|added|adds)"
                              r"(?:, (?:adding|saying|noting))? (?:that )?(he|she)\b")

#: A sentence opened by "He" or "She" and a verb that is no form of "be": its subject acts (‘He
#: singled out Tyler Jensen, who scored twice’), and a name after it is the verb's object.
RE_PRONOUN_DOES = LazyPattern(r"(?:He|She) (?!(?:was|is|were|had been|has been)\b)\p{Ll}+")

#: At most this many characters between two namesakes named together ("Raj Patel and his daughter, Nisha Patel").
TOGETHER_REACH = 60


#: A kin or a role set off before a name, as the sentence's subject (‘Ashlyn’s mother, Renee Voss,
#: spoke’, ‘Her husband, Gerald Szabo,’).
RE_SET_OFF_SUBJECT = LazyPattern(r"(?:\p{Lu}[\p{L}\-]*(?:’s|'s)|His|Her|Their|The) (?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*, $")


#: A death or a killing told of the name after or before it (after an age or a short description set
#: off: ‘Tom Ray, 24, was killed’, ‘Aoife Kerrigan, a nursing student at the University of Galway, died’).
#:
#: >>> RE_DIED_AFTER.match(", a nursing student at the University of Galway, died in March") is not None
#: True
RE_DEATH_BEFORE = LazyPattern(r"\b(?:(?:death|deaths|killing|murder|manslaughter|funeral|memory|loss) of|murdering|killing) $")
RE_DIED_AFTER = LazyPattern(r",?(?: \d{1,3},| (?:a|an) [^,.;“”\"\n]{1,80},)? (?:(?:was|were) (?:killed|murdered|shot|stabbed|fatally \w+)|died|was found dead)\b")
#: The same, a death only: never ‘was shot’, ‘was stabbed’ alone (one may live).
RE_DEAD_AFTER = LazyPattern(r",?(?: \d{1,3},| (?:a|an) [^,.;“”\"\n]{1,80},)? (?:(?:was|were) (?:killed|murdered|shot dead|shot and killed|stabbed to death|"
                            r"fatally \w+)|died|was found dead)\b")

#: A death told with a pronoun (‘She died of …’, ‘… determined she died’, ‘He was pronounced dead’),
#: of the one named just before it in the paragraph.
#:
#: >>> RE_DEATH_BY_PRONOUN.search("An autopsy determined she died of an overdose.").group(1)
#: 'she'
RE_DEATH_BY_PRONOUN = LazyPattern(r"\b([Ss]he|[Hh]e) (?:later |soon )?(?:died|was (?:found dead|killed|pronounced dead|fatally \w+))\b")

#: Another person's full name, two capitalised words (‘Sam Lowe’), in the words between a name and a
#: pronoun: the pronoun may be theirs.
RE_ANOTHER_NAME = LazyPattern(r"\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")

#: How far after the first full name a death told by a pronoun is still theirs.
DEATH_PRONOUN_REACH = 320

#: A relative "who" right after a name, or after a short description set off after it: ‘That was not
#: enough for Eileen Walsh, who runs a nursing home’, ‘… came from Jordan Carter, a senior at Ohio State, who’.
RE_WHO_AFTER_NAME = LazyPattern(r"(?:, (?:a|an|the) [^,.;“”\"\n]{1,80})?, who\b")

#: A relative clause of a death after a name and its age (‘Lily Adams, 12, who died in a crash’).
RE_WHO_DIED = LazyPattern(r" who (?:(?:was|were) (?:killed|murdered|shot|stabbed|fatally \w+)|died|was found dead)\b")

#: Words after a cue that date the quotation before a death (‘… Falk said in a 2015 interview’).
RE_PAST_WORDS = LazyPattern(r"[^.!?]{0,40}?\b(?:in (?:a|an) (?:\d{4} )?interview|once (?:said|told|wrote)|in \d{4}\b|years ago)")
#: The same words opening the sentence before the name (‘In a 2004 interview, Mr. Fenn said’).
RE_PAST_WORDS_BEFORE = LazyPattern(r"\b(?:[Ii]n (?:a|an) (?:\d{4} )?interview|[Ii]n \d{4}|[Yy]ears ago)\b[^.!?\n]{0,40}$")

#: How far after a kin or a role set off before a name its bare surname may still be theirs (the
#: next sentence: never an obituary's later "Ms. Quill", the one who died).
SET_OFF_REACH = 200

#: How far after a kin of the dead, set off and giving evidence at a trial or an inquest, a bare surname
#: they share is still theirs: the dead give no evidence (‘Mr Obi’s brother, Chinedu Obi, told the
#: court …. / … / “…,” Mr Obi said’).
COURT_KIN_REACH = 1500


#: A sentence opening with a described one that "was" someone named next: ‘The teacher was ’, ‘The
#: first player he ever cut was ’.
RE_DESCRIBED_WAS = LazyPattern(r"(?:The|His|Her|Their|My|Our) (?:[\p{Ll}\-’']+ ){1,5}(?:was|is) ")


#: A lead naming one of a later generation (‘His son’, ‘Her granddaughter’), who may take over the
#: founder's surname even when the founder opens a sentence (‘Aidan Walsh founded the bakery in 1961.
#: His son, Conor Walsh, said …’); a father, brother or husband never does.
RE_DESCENDANT_LEAD = LazyPattern(r"(?i)\b(?:great-)*(?:grand)?(?:son|daughter|child|nephew|niece)\b")

#: A passive's "by" and any capitalised words after it, right before a spot (‘was founded by ’).
RE_BY_NAME_BEFORE = LazyPattern(r"\bby\s+(?:\p{Lu}\S*\s+)*$")


#: A phrase of where or how, opening a sentence, right before a kin set off (‘In a statement read to the
#: court, Ms Harlow’s mother, Denise Harlow, said’, ‘Outside court, his brother, …’): the kin still opens
#: its clause as the subject (w75a).
#:
#: >>> bool(RE_OPENING_PHRASE_BEFORE.search("jailed.\n\nIn a statement read to the court on Friday, Ms "))
#: True
#: >>> bool(RE_OPENING_PHRASE_BEFORE.search("The court heard that in a statement, "))
#: False
RE_OPENING_PHRASE_BEFORE = LazyPattern(r"(?:^|\n|[.!?][”\"’]?\s)\s*(?:In|At|Outside|Speaking|Reading|Addressing|Giving evidence|Testifying)"
                                       r"\b[^,.;:!?“”\"\n]{0,120}, (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?$")

#: How far before a kin set off :data:`RE_OPENING_PHRASE_BEFORE` may open the sentence.
OPENING_PHRASE_REACH = 160


class CastNamesakes:
    """Namesakes told apart: which of the people sharing a surname a short name means (by age, sex,
    death, kin and where each was brought in).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _sole_surname_first(self, surname: str, gender: str, at: int) -> Person | None:
        """The one namesake named before ``at`` whose name is written surname first and whose sex
        nothing tells, for an honorific of the sex the one the surname keys is not: the honorific is
        how the article tells it (‘Deputy Public Prosecutor Kenneth Ong …. Senior Counsel Ong Li Ting
        …. “…,” Ms Ong said’); None when two could be."""
        fits = [o for o in self.namesakes.get(surname, ()) if o.spots and o.spots[0][0] < at
                and o.gender in (None, gender) and written_surname_first(o.name.split())]
        return fits[0] if len(fits) == 1 and fits[0].gender is None else None

    def _namesake_named_last(self, p: Person, surname: str, at: int, title: str | None, gender: str | None,
                             end: int = 0) -> Person:
        """Which of the people sharing a surname a bare surname at ``at`` names: the one whose title
        it carries ("Trustee Heintz" beside Public Works Director Carl Heintz), else the one named in
        full last, shortly before it, as the subject of a sentence ("Panthers coach Rick Draper, the
        boys' uncle, said …. “…,” Draper said" after Luke Draper), of the sex an honorific tells;
        else the one the surname keys (never one named later)."""
        people = [p, *self.namesakes[surname]]
        if title is not None:
            held = [q for q in people if any(_holds_title(r, title) for r in q.roles)]
            if len(held) == 1:
                return held[0]  # the office as the cue writes it, never a lesser one of its word: ‘Mayor Binod
                # Karki … Deputy Mayor Sita Karki …. “…,” Mayor Karki said’ (and ‘Deputy Mayor Karki’ hers)
            low = title.rstrip(".").lower()
            titled = [q for q in people if any(low in _role_words(r) for r in q.roles)]
            if len(titled) == 1:
                return titled[0]
        if end > at and len(written := self.text[at:end].split()) == 2 and written[0].rstrip(".").lower() in ADULT_HONORIFICS:
            sex = "m" if written[0].rstrip(".").lower() == "mr" else "f"
            fit = [q for q in people if q.gender in (None, sex) and not (q.spots and q.spots[0][0] > at)]
            grown = [q for q in fit if not self._minor_by_name(q)]
            if len(grown) == 1 and len(fit) > 1:
                return grown[0]  # of two of the honorific's sex, it goes to the adult, never the one the text
                # gave an age under 18: ‘Missing Mia, 14, … Her mother, Joanne Calloway, said …. Ms Calloway
                # said’ is the mother's (but ‘Tyrese Banks, 17, … His mother, Angela Banks, …. Mr. Banks
                # said’ is the son's, as American papers style a teenager); never one named only later (‘Sofia
                # Marquez, 16, won …. “…,” Ms. Marquez said. Her mother, Ana Marquez, said …’ is Sofia's)
        goes_on = self._goes_on_with(people, at, end)
        if goes_on is not None:
            return goes_on
        styled = self._styled_as_written(people, at, end)
        if styled is not None:
            return styled  # the one named in full after the honorific the surname carries: ‘Mr. David Park
            # …. Dr. Susan Park, a pharmacist, …. “…,” Dr. Park said’
        child = self._child_of_parent_told(people, at, end)
        if child is not None:
            return child
        if len(people) == 2 and self._kin_of_subject(p, p.name.rsplit(" ", 1)[-1]) \
                and people[1].spots and min(people[1].spots)[0] < min(p.spots)[0] \
                and not self._kin_of_subject(people[1], p.name.rsplit(" ", 1)[-1]):
            return people[1]  # the one named first, whose sentence brings in the other as kin by the surname alone
            # (‘Poet Lerato Dube won. / Dube thanked her late father, Sipho Dube, …. “…,” Dube said’ is hers)
        sex = gender or (self._sex_after_cue(end) if end else None)
        if sex is not None and (fits := self._sole_namesake_of_sex(people, sex, at)) is not None:
            return fits  # the one of the sex the cue's honorific or its pronoun tells: ‘Doyle, whose son is a
            # deputy, said she feared’ beside Kevin Doyle (every one's sex known, and only one of that sex)
        if len(people) == 2 and self._named_together(people, surname, at, gender):
            return Person(self.text[at:end].split()[-1] if end > at else p.name.split()[-1], gender=gender)
            # (as written: ‘Raj Patel and Nisha Patel run the pharmacy. … “…,” Patel said’ is either)
        spots = {id(q): _last_before(self._spots_in_order(q), at) for q in people}
        last = {k: s for k, (s, _) in spots.items()}
        if (kin := next((o for o in people if o is not p and last[id(o)] >= 0
                         and self._gave_evidence_for_dead(p, spots[id(o)])), None)) is not None:
            given = p.name.split()[0]
            last[id(p)] = max((a for a, b in self._spots_in_order(p) if a < at and (
                a < spots[id(kin)][0] or given in self.text[a:b].split())), default=-1)  # (the bare surname
            # since is the kin's, giving evidence, never the dead's: ‘Mr Obi’s brother, Chinedu Obi, told the
            # court …. Mr Obi agreed …. “…,” Mr Obi said’)
        q = max(people, key=lambda q: last[id(q)])
        if last[id(p)] < 0 <= last[id(q)] and gender in (None, q.gender):
            return q  # (the one the surname keys is named only later: ‘His granddaughter, Dr. Sarah Ferris,’)
        spot = spots[id(q)]
        reach = COURT_KIN_REACH if q is not p and spot[0] >= 0 and self._gave_evidence_for_dead(p, spot) else SET_OFF_REACH
        if q is p or last[id(q)] <= last[id(p)] or at - last[id(q)] > max(NAMESAKE_REACH, reach) or gender not in (None, q.gender):
            return p
        lead = RE_SET_OFF_SUBJECT.search(self.text, max(0, spot[0] - 60), spot[0])  # (‘Ashlyn’s mother, Renee Voss,’)
        kin_of_dead = lead is not None and self.text.startswith(",", spot[1]) \
            and (at - spot[1] <= reach or _quoted_next(self.text, spot[1], at)) \
            and (reach == COURT_KIN_REACH or self.opens_sentence(lead.start())) \
            and self.dead_or_victim(p) and not (end and RE_PAST_WORDS.match(self.text, end)) \
            and RE_PAST_WORDS_BEFORE.search(self.text, max(0, at - 60), at) is None  # (‘In a 2004 interview, Mr. Fenn said’)
        if self.text.startswith(("’s", "'s", "’ ", "' "), spot[1]) or self.text.endswith(("’s", "'s"), spot[0], spot[1]) \
                or (not self._kin_of_namesake(p, q, spot, lead, at, end)
                    and not self._brought_in_here(p, q, spot, at, last[id(p)])
                    and not self._set_off_speaking_here(p, q, spot, lead, at) and (
                    not (self.opens_sentence(spot[0]) or kin_of_dead)
                    or _right_after_quotation(self.text, spot[0])
                    or not (_speaks_next(self.text, spot[1]) or (kin_of_dead and _quoted_next(self.text, spot[1], at))))):
            return p  # (only one who opens a sentence, as its subject, and speaks there: never ‘a photo
            # of Heidi Cruz’, ‘Ivanka Trump's den’, ‘Serena Williams watched from the players' box’,
            # ‘Tanya Webb, his mother, wept in the gallery’; nor the speaker of the quotation before,
            # whom the next one answers: ‘“…,” Pamela Ashworth says. “…,” Ashworth says.’; but a name
            # that opens a paragraph after one ending in a quotation is new: ‘…,” he said. / Keisha
            # Hill, a technician, said she voted yes. / “…,” said Hill.’; and so is one brought in with a
            # role in the paragraph, the other named nowhere there: ‘The chamber, whose president Tariq
            # Khan has led the protests, backed the strike. Mr Khan said’)
        if self._bare_between(surname, spot[1], at, q):
            return p  # (the surname alone since, for the one it keys: ‘His brother, Jean-Paul Lacombe, said
            # the cause was cancer. … Lacombe wrote three cookbooks. … “…,” Lacombe said’)
        told = RE_SEX_AFTER.match(self.text, end, min(len(self.text), end + 120)) if end else None
        if told is not None and q.gender is not None and (told.group(1) in ("his", "he", "himself")) != (q.gender == "m"):
            return p  # (the sentence goes on of another sex: ‘“…,” Obama told them, echoing his 2008 slogan’)
        if self._surname_taken(p, q) and not (kin_of_dead and not any(s is p for _, s in self.speakers)):
            return p  # (the article called the first by the bare surname before it named the other:
            # ‘“…,” Brooks told a cheering crowd. … Brooks' husband, Terrence Brooks, …’; but the dead,
            # who has not spoken, gives way to the kin set off since: ‘… on Hollis’s phone …. Megan’s
            # mother, Carol Hollis, sat in the front row. / “…,” Hollis said’)
        return q

    def _gave_evidence_for_dead(self, p: Person, spot: tuple[int, int]) -> bool:
        """The full name at ``spot``, set off, gives evidence (‘…, Kevin Doyle, told the jury’) and ``p``,
        whose surname it shares, is the one whose death the article tells: in a trial report the bare
        surname after names the one giving evidence, for longer than :data:`SET_OFF_REACH`."""
        return self.text.startswith(", ", spot[1]) and self.text.startswith(GIVES_EVIDENCE_OPENINGS, spot[1] + 2) \
            and RE_GIVES_EVIDENCE.match(self.text, spot[1] + 2) is not None and self.dead_or_victim(p)

    def _kin_of_namesake(self, p: Person, q: Person, spot: tuple[int, int], lead: regex.Match | None,
                         at: int, end: int) -> bool:
        """``q``'s full name at ``spot`` is set off after a kin noun whose owner is ``p``, the namesake
        the bare surname at ``at`` keys, and the article calls ``p`` a child or by the given name: the
        relative, not the child, is who the bare surname names after it, within
        :data:`NAMESAKE_REACH` (‘Kaylee's mother, Jennifer Dunmore,’; ‘… carrying Emma Garza, 17, ….
        Emma Garza's father, Ruben Garza, wore a ribbon. “…,” Garza said’; ‘Liam Byrne, 12, was hurt
        …. His mother, Siobhan Byrne,’). The owner is ``p``'s given name, full name, or a pronoun of
        ``p``'s sex right after ``p`` is named. Never for an adult the text calls by the surname
        (‘Kevin Burke won …. His father, Frank Burke, caddied for him. “…,” Burke said’ stays his), nor
        an owner written as the bare surname (‘Agyeman's husband, Kofi Agyeman,’), nor a relative who
        died (‘Grace Mbeki's husband, Thabo Mbeki, died in 2018’), nor a cue of the past."""
        text = self.text
        if lead is None or not text.startswith(", ", spot[1]) or at - spot[1] > NAMESAKE_REACH \
                or RE_DIED_AFTER.match(text, spot[1]) or self.dead_or_victim(q) \
                or (end and RE_PAST_WORDS.match(text, end)):
            return False
        words = text[lead.start():spot[0]].rstrip(", ").split()
        names = p.name.split()
        if len(words) < 2 or words[-1].lower() not in KIN_NOUNS or len(names) < 2:
            return False
        owner = words[0]
        if owner in ("His", "Her"):
            last = _last_before(self._spots_in_order(p), lead.start())
            if self._sex_told_of(p) != ("m" if owner == "His" else "f") or not 0 <= lead.start() - last[1] <= SET_OFF_REACH \
                    or "\n" in text[last[1]:lead.start()]:
                return False  # (the one just named, in the same paragraph)
        elif owner[:-2] == names[0]:
            # (the given name alone: how the article calls the child, when it shows one: an age under 18 or a
            # child's word, ‘A 15-year-old girl …. Amelia's father, David Thornbury,’; never an adult, ‘Kaylee
            # Dunmore, 34, …. Kaylee's mother, Jennifer Dunmore,’, nor a sports star, ‘Rory's father, Gerry McIlroy’)
            return ((self._minor(p) or RE_CHILD_TOLD.search(text) is not None) and not self._adult(p)
                    or self.dead_or_victim(p, dead_only=True)) and not self._minor(q)  # (or one whose death the text tells,
            # who speaks no more: ‘Marcus Reed, 22, was shot dead …. Marcus’s mother, Angela Reed, stood by
            # the mayor. “…,” Reed said’ is hers)
        elif owner[:-2] != names[-1] or not any(s_ < lead.start() < e_ <= lead.start() + len(owner) for s_, e_ in p.spots):
            return False  # (the full name, its spot with or without the "'s")
        return (self._minor(p) or self._called_by_given(p)) and not self._minor(q)

    def _ages_told(self, p: Person) -> list[int]:
        """The ages the text gives ``p`` where it names them in full, at the first four spots (‘Kaylee
        Dunmore, 34,’, ‘Emma Garza, 17,’)."""
        return [int(regex.search(r"\d+", age.group()).group()) for _, e_ in self._spots_in_order(p)[:4]
                if (age := RE_AGE_AFTER.match(self.text, e_)) is not None]

    def _adult(self, p: Person) -> bool:
        """The text gives ``p``'s age, 18 or over (:meth:`_ages_told`)."""
        return any(age >= 18 for age in self._ages_told(p))

    def _minor(self, p: Person) -> bool:
        """The text gives ``p``'s age, under 18 (:meth:`_ages_told`)."""
        return any(age < 18 for age in self._ages_told(p))

    def _minor_by_name(self, p: Person) -> bool:
        """The text gives ``p`` an age under 18, named in full or by the given name alone, outside
        quotations (‘Emma Garza, 17,’, ‘missing Kayla, 15,’)."""
        if self._minor(p):
            return True
        given = p.name.split()[0]
        for _, i in zip(range(8), word_positions(self.text, given, 0, len(self.text))):
            if (age := RE_AGE_AFTER.match(self.text, i + len(given))) is not None \
                    and not any(a <= i < b for a, b in self.quoted) and int(regex.search(r"\d+", age.group()).group()) < 18:
                return True
        return False

    def _called_by_given(self, p: Person) -> bool:
        """The text calls ``p`` by the given name alone, outside quotations (a few spots read: ‘Amelia
        had not been seen since …’); never inside a full name, nor in someone's words (‘“Hamish took it
        seriously,” she said’)."""
        given = p.name.split()[0]
        for _, i in zip(range(8), word_positions(self.text, given, 0, len(self.text))):
            if not any(a <= i < b for a, b in p.spots) and not any(a <= i < b for a, b in self.quoted) \
                    and not _name_goes_on(self.text, i + len(given)):
                return True
        return False

    def _given_in_paragraph_before(self, p: Person, at: int) -> bool:
        """The paragraph holding ``at`` calls ``p`` by the given name alone before it, outside quotations
        (‘Jess laughed. “…,” Ms Harlow said’: the one just in play, review rv66c)."""
        given = p.name.split()[0]
        lo = self.text.rfind("\n", 0, at) + 1
        return any(not any(a <= i < b for a, b in p.spots) and not any(a <= i < b for a, b in self.quoted)
                   and not _name_goes_on(self.text, i + len(given))
                   for _, i in zip(range(8), word_positions(self.text, given, lo, at)))

    def _styled_as_written(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` (namesakes) whose full name the text writes after the honorific that
        the bare surname at ``at``–``end`` carries (‘Dr. Susan Park, a pharmacist, …. “…,” Dr. Park
        said’ beside Mr. David Park, whom the text never calls "Dr."); None without an honorific or
        when it fits none or several."""
        words = self.text[at:end].split()
        if len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
            return None
        style = words[0].rstrip(".").lower()
        fits = [q for q in people if any(self._styled_at(q, s_, e_, style) for s_, e_ in self._spots_in_order(q) if s_ < at)]
        return fits[0] if len(fits) == 1 else None

    def _styled_at(self, q: Person, start: int, end: int, style: str) -> bool:
        """The text writes ``q``'s full name at ``start``–``end`` after the honorific ``style``
        ("Dr. Susan Park", "Dr Susan Park", after an office: "Minister of Health Dr Susan Park"; never the
        surname alone)."""
        written = self.text[start:end].split()
        given = q.name.split()[0]
        if given not in written:
            return False  # (a spot of the surname alone, or someone else's name)
        styles = (style, *TITLE_WORDS.get(style, ()))  # (or the word it abbreviates: ‘Councillor Jane Morris
        # …. “…,” Cllr Morris said’)
        if written[0].rstrip(".").lower() in styles:
            return True
        at = written.index(given)
        if at and written[at - 1].rstrip(".").lower() in styles:
            return True  # (after an office the spot holds: ‘Leader of the Opposition Dr Ian Mair’)
        before = self.text[max(0, start - 12):start].split()[-1:]
        return bool(before) and before[0].rstrip(".").lower() in styles

    def _brought_in_here(self, p: Person, q: Person, spot: tuple[int, int], at: int, p_last: int) -> bool:
        """``q``'s full name at ``spot`` is where the text brings them in, with a role (‘In a statement
        signed by its coordinator, Mr Ade Bello, the group said …. “…,” Bello said’, ‘The chamber, whose
        president Tariq Khan has led the protests, backed the strike. Mr Khan said’), in the paragraph of
        the bare surname at ``at`` or the one before it, and ``p``, the namesake the surname keys, is
        named nowhere in that paragraph: a bare surname then is the newcomer's. Never kin (‘His wife,
        Ann Bello, …’), nor a name inside a quotation."""
        text = self.text
        opening = text.rfind("\n", 0, spot[0])
        if self._spots_in_order(q)[0] != spot or p_last > opening or "\n" not in text[p_last:max(p_last, opening + 1)] \
                or len(RE_PARAGRAPH_BREAK.findall(text, spot[1], at)) > 1 or self._bare_between(p.name.split()[-1], opening + 1, spot[0], q):
            return False
        if any(a <= spot[0] < b for a, b in self.quoted):
            return False
        roles = [r for r in self.roles_of(q) if not _bare_honorific(r)]
        return bool(roles) and all(description_head(r) not in KIN_NOUNS and r.split()[-1].lower() not in KIN_NOUNS for r in roles)

    def _set_off_speaking_here(self, p: Person, q: Person, spot: tuple[int, int], lead: regex.Match | None,
                               at: int) -> bool:
        """``q``'s full name at ``spot`` is brought in there, set off after a kin or a role that opens the
        sentence, which goes on to have them speak, in the paragraph of the bare surname at ``at`` or the
        one before it; and ``p``, the namesake the surname keys, has not spoken: the bare surname then is
        the one just set off speaking (‘The firm was founded by Aidan Walsh in 1961. His son, Conor Walsh,
        the managing director, said the sale was hard. / “…,” Walsh said’). Never one who does not speak
        there (‘His father, Frank Burke, caddied for him’), nor after ``p`` has spoken, nor when ``p`` is the one whose death the article tells."""
        text = self.text
        return lead is not None and (self.opens_sentence(lead.start()) or RE_OPENING_PHRASE_BEFORE.search(
            text, max(0, lead.start() - OPENING_PHRASE_REACH), lead.start()) is not None) and text.startswith(",", spot[1]) \
            and self._spots_in_order(q)[0] == spot and at - spot[1] <= NAMESAKE_REACH \
            and len(RE_PARAGRAPH_BREAK.findall(text, spot[1], at)) <= 1 and _speaks_next(text, spot[1]) \
            and not any(a <= spot[0] < b for a, b in self.quoted) and not any(s is p for _, s in self.speakers) \
            and not self.dead_or_victim(p) and not (self._subject_opened_on(p, spot)
                                                     and not RE_DESCENDANT_LEAD.search(text, lead.start(), spot[0]))  # (the kin of the dead have their own rule: ‘Harold Fenn … died …. His
        # son, Daniel Fenn, confirmed the death. / In a 2004 interview, Mr. Fenn said’ is the dead man's)

    def _subject_opened_on(self, p: Person, spot: tuple[int, int]) -> bool:
        """``p`` opens a sentence before ``spot`` as its subject (‘Rory Keane, 19, won the Open. His father,
        Declan Keane, who caddied for him, said …’): the one the story is about keeps the bare surname;
        a founder named after a passive's "by" (‘was founded by Aidan Walsh’) does not count."""
        return any(self.opens_sentence(a) and not self._acted_on_after(a) for a, _ in self._spots_in_order(p)
                   if a < spot[0])

    def _acted_on_after(self, a: int) -> bool:
        """A name opening a sentence at ``a`` yet only after a passive by-phrase, never its subject."""
        return RE_BY_NAME_BEFORE.search(self.text[max(0, a - 40):a]) is not None

    def _unlisted_given(self, word: str, p: Person, at: int) -> bool:
        """``word``, the first of a name of two words at ``at`` sharing ``p``'s surname, may be a given name no
        list holds: no word of the language, none of ``p``'s own names, no word the article writes in lower
        case, and not in a headline (never a heading's word, "Absent Sanders")."""
        return not _word_like(word) and word not in p.name.split() and not self.common_word(word, at) \
            and not self._in_headline(at)

    def _other_sex_told(self, p: Person, end: int) -> bool:
        """The cue after a full name ending at ``end`` reports it by a pronoun of the other sex than the
        one ``p``'s given name tells (‘Rhian Evans, said she’ beside Gareth Evans)."""
        return p.gender is not None and (told := self._sex_after_cue(end)) is not None and told != p.gender

    def _sex_after_cue(self, end: int) -> str | None:
        """The sex the pronoun of a cue right after a name ending at ``end`` tells (:data:`RE_CUE_THEN_SEX`:
        ‘Rhian Evans, said she’ is "f"); None without such a cue."""
        told = RE_CUE_THEN_SEX.match(self.text, end, end + 140)
        return None if told is None else "m" if told.group(1) == "he" else "f"

    def _sex_told_of(self, p: Person) -> str | None:
        """``p``'s sex: the one their given name tells, else the pronoun that reports them where the
        text names them in full (‘Rhian Evans, said she was’), when the text tells only one."""
        if p.gender is not None:
            return p.gender
        told = {sex for _, e_ in self._spots_in_order(p)[:4] if (sex := self._sex_after_cue(e_)) is not None}
        return next(iter(told)) if len(told) == 1 else None

    def _child_of_parent_told(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` (namesakes) the text brought in as someone's child, set off after the kin
        noun (‘Her son, Anders Mertz, said …’), when the cue after the bare surname at ``at``–``end`` goes on
        with a parent of the speaker's (‘Mr. Mertz said his mother had …’): a child speaks of a mother, never
        the husband named since (‘Her marriage to Paul Mertz ended in divorce’); None when none or several
        were brought in so, or one of them was named so before ``at`` only after it."""
        cue = RE_CUE_OF_PARENT.match(self.text, end) if end else None
        if cue is None:
            return None
        children = [q for q in people if q.spots and min(q.spots)[0] < at and self._kin_set_off_before(q, RE_YOUNGER_KIN)]
        if len(children) != 1:
            return None
        parent = cue.group().rsplit(" ", 1)[-1].lower()
        told = "f" if parent in ("mother", "mum", "mom") else "m" if parent in ("father", "dad") else None
        if told is not None and any(q is not children[0] and (sex := self._sex_told_where_named(q)) is not None
                                    and sex != told for q in people):
            return None  # the dead one is not the parent spoken of (‘Harold Fenn … He was 93. … Mr. Fenn said his
            # mother had taught him to paint’ is the dead man remembering his own mother, not his son)
        return children[0]

    def _named_speaking_just_before(self, q: Person, at: int) -> bool:
        """``q`` was named last shortly before ``at`` (within :data:`SET_OFF_REACH`), and the rest of that
        sentence has them speak (‘His son, Declan Brennock, said the family were grateful.’)."""
        last = _last_before(self._spots_in_order(q), at)
        return last[0] >= 0 and at - last[1] <= SET_OFF_REACH and _speaks_next(self.text, last[1])

    def _unsexed_namesake_speaking(self, p: Person, surname: str, at: int) -> Person | None:
        """The one namesake of ``p`` whose sex nothing tells, named in full last of all who bear the
        surname and just before ``at`` in a sentence that has them speak, for an honorific of the sex
        ``p`` is not (‘Outside court, the boy's mother, Mai Tran, said …. / “…,” Mrs Tran said’ beside
        the boy, Kevin Tran); None when another bearer is named after them."""
        unknown = [o for o in self.namesakes.get(surname, ()) if o.gender is None and o.spots]
        if len(unknown) != 1 or not self._named_speaking_just_before(unknown[0], at):
            return None
        last = _last_before(self._spots_in_order(unknown[0]), at)[0]
        others = [p, *(o for o in self.namesakes.get(surname, ()) if o is not unknown[0])]
        if any(_last_before(self._spots_in_order(o), at)[0] > last for o in others):
            return None
        return unknown[0]

    def _sex_told_where_named(self, p: Person, titled: bool = False) -> str | None:
        """The sex the pronouns tell of ``p`` where the text first names them in full, opening a sentence:
        those of the rest of that sentence and the first word of the next (‘Lucius Fairweather, a pianist
        …, died on Thursday at his home. He was 88.’ is "m"; ‘Dilys Morgan fell at home. Her son, …’ is
        "f"); None when they tell none, or both, or the name opens no sentence (bounded: one sentence of
        :data:`SUBJECT_REACH` characters at most). With ``titled``, the name may come after a title that
        opens the sentence (‘Sheriff Dana Rourke posted a video from her car.’)."""
        first = self._spots_in_order(p)[:1]
        if not first or (first[0][0] and (opening := _after_last_stop(self.text, first[0][0])) != first[0][0]
                         and not (titled and RE_TITLE_OPENING.fullmatch(self.text, opening, first[0][0]))):
            return None
        end = first[0][1]
        stop = self.text.find(". ", end, end + SUBJECT_REACH)
        if titled and 0 <= (line_end := self.text.find(".\n", end, end + SUBJECT_REACH)) and (stop < 0 or line_end < stop):
            stop = line_end  # (the sentence ends its paragraph: the next paragraph's words are another's)
        if stop < 0:
            return None
        if titled and (other := RE_OTHERS_CLAUSE.search(self.text, end, stop)) is not None:
            stop = other.start()  # (a pronoun past "said", "that", another person, is of another: ‘State Senator
            # Avery Lund said the governor had broken his word’ tells nothing of Lund)
            nxt = []
        else:
            nxt = self.text[stop + 2:stop + 6].split()[:1]
        return _sole_sex([*RE_SEX_PRONOUN.findall(self.text, end, stop), *nxt])

    def _sex_in_sentence_named(self, p: Person) -> str | None:
        """The sex the pronouns tell of ``p`` in the rest of the sentence where the text first names them in
        full, whatever ends it (‘Hillary Achieng Otieno, a trader …, lost her stall in the fire.’ is "f"); None
        when they tell none, or both (review rv32)."""
        first = self._spots_in_order(p)[:1]
        if not first:
            return None
        end = first[0][1]
        stop = RE_SENTENCE_END_MARKED.search(self.text, end, end + SUBJECT_REACH)
        return _sole_sex(RE_SEX_PRONOUN.findall(self.text, end, stop.start() if stop else end))

    def _sole_namesake_of_sex(self, people: list[Person], sex: str, at: int) -> Person | None:
        """The one of ``people`` (namesakes) of the sex ``sex``, named in full before ``at``, when
        the others are all of the other sex: ‘Kevin Doyle … Patricia Doyle … Doyle said she’."""
        sexes = [self._sex_told_of(q) for q in people]
        if None in sexes or sexes.count(sex) != 1:
            return None
        q = people[sexes.index(sex)]
        return q if _last_before(self._spots_in_order(q), at)[0] >= 0 else None

    def _named_together(self, people: list[Person], surname: str, at: int, gender: str | None) -> bool:
        """The last two of ``people`` (those of the sex an honorific tells, or of none known) to be
        named before ``at`` were named in full together, joined by "and" at the opening of one sentence,
        as its subject (‘Raj Patel and Nisha Patel run the pharmacy’, ‘Thandi Mokoena, 58, and her
        daughter Lerato Mokoena, 31, opened …’), and the text writes the surname alone nowhere before:
        a bare surname after them could be either."""
        fit = [q for q in people if gender is None or q.gender in (None, gender)]
        if len(fit) < 2:
            return False
        spots = sorted(_last_before(self._spots_in_order(q), at) for q in fit)
        (a, a_end), (b, b_end) = spots[-2:]
        if a < 0 or b_end > at or b - a_end > TOGETHER_REACH:
            return False
        gap = self.text[a_end:b]
        if (" and " not in gap and not gap.startswith("and ")) or "\n" in gap or RE_STOP.search(gap) is not None \
                or not self.opens_sentence(a):
            return False
        first = min(s for q in fit for s, _ in self._spots_in_order(q)[:1])
        return not self._bare_between(surname, first, at, Person(""))  # (outside anyone's full name)

    def _goes_on_with(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` who spoke last, in this paragraph or the one before, when the cue at a
        bare surname goes on with the speaker before (‘“…,” said Peter Ochieng. / “…,” Ochieng
        added.’), and no other of them is named since."""
        text = self.text
        after = text[end:end + 12].split()[:1]
        before = text[max(0, at - 12):at].split()[-1:]
        if not ((after and after[0].rstrip(".,:") in CONTINUING_CUES) or (before and before[0] in CONTINUING_CUES)):
            return None
        pos, q = next(((pos, q) for pos, q in reversed(self.speakers) if pos < at), (-1, None))
        if q is None or not any(q is o for o in people) or at - pos > NAMESAKE_REACH \
                or len(RE_PARAGRAPH_BREAK.findall(text, pos, at)) > 1:
            return None
        if any(o is not q and self.last_spot(o, at) > pos for o in people):
            return None  # (‘“…,” said Mary Ochieng. Peter Ochieng said the boat was gone. “…,” Ochieng added’)
        return q

    def dead_or_victim(self, p: Person, dead_only: bool = False) -> bool:
        """The article tells of ``p``'s death or killing (‘in the death of Ashlyn Voss’, ‘Tom Ray was
        killed’): their kin, set off as a subject, speaks for them. ``dead_only``: a death told, never a
        wound one lives through (‘Devon Hale, 35, was shot by officers …. Hale, speaking from hospital’)."""
        after = RE_DEAD_AFTER if dead_only else RE_DIED_AFTER
        for a, b in self._spots_in_order(p)[:4]:
            if RE_DEATH_BEFORE.search(self.text, max(0, a - 24), a) or after.match(self.text, b):
                return True
        return self._death_told_by_pronoun(p)

    def _death_told_by_pronoun(self, p: Person) -> bool:
        """The paragraph that first names ``p`` in full tells their death with a pronoun of their sex,
        no other person named between (‘… selling Kayla Ross, 19, four pills …. She was found
        unresponsive …. An autopsy determined she died of …’, ‘Tom Reed, 24, was cycling home …. He
        died at the scene’); never another's: ‘Tom Reed, 24, was hurt. His friend Sam Lowe said he died’."""
        spots = self._spots_in_order(p)[:1]
        sex = p.gender
        if not spots or sex is None or len(p.name.split()) < 2:
            return False
        b = spots[0][1]
        stop = self.text.find("\n", b)
        stop = min(len(self.text), b + DEATH_PRONOUN_REACH) if stop < 0 else min(stop, b + DEATH_PRONOUN_REACH)
        told = RE_DEATH_BY_PRONOUN.search(self.text, b, stop)
        if told is None or (told.group(1).lower() == "she") != (sex == "f") or "“" in self.text[b:told.start()]:
            return False
        return RE_ANOTHER_NAME.search(self.text, b, told.start()) is None

    def _introduced_aged(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full with an age set off, alive
        (‘That was little comfort to Tomas Reyes, 44, who had worked there’; never ‘named after
        Lily Adams, 12, who died in a crash’), and not set off after someone described (never ‘Police
        arrested a suspect, John Doe, 24,’: the object's name)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or self.text.endswith(", ", 0, first[0][0]):
            return False
        age = RE_AGE_AFTER.match(self.text, first[0][1])
        return age is not None and RE_WHO_DIED.match(self.text, age.end()) is None and not self.dead_or_victim(p)

    def _introduced_with_who(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, with a relative "who" after
        it (past a short description), alive, and the surname is a namesake's: the new one the text brings
        in, whose words follow (‘Mary Walsh, the minister, … / That was not enough for Eileen Walsh, who
        runs a nursing home. / “…,” she said’ is Eileen Walsh's; never ‘a suspect, John Doe, who …’, nor
        ‘Lily Adams, who died in a crash’)."""
        if not self.namesakes.get(p.surname):
            return False
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or self.text.endswith(", ", 0, first[0][0]):
            return False
        start = _after_last_stop(self.text, first[0][0])
        if RE_PRONOUN_DOES.match(self.text, start, first[0][0]):
            return False  # (the object of a verb whose subject is the one speaking: ‘He singled out Tyler
            # Jensen, who scored twice. “…,” he said’ stays the coach's)
        who = RE_WHO_AFTER_NAME.match(self.text, first[0][1])
        return who is not None and RE_WHO_DIED.match(self.text, who.end() - 4) is None and not self.dead_or_victim(p)

    def _introduced_as_predicate(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, as what a sentence opening
        with a described one "was" or "is", alive, and the next sentence opens with the pronoun of their
        sex: the one brought in, whose words follow (‘The teacher was Ingrid Solberg, a cabinetmaker. She
        remembers his first chair. “…,” she says’; never ‘The victim was Lily Adams, 12.’)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or p.gender is None:
            return False
        start = _after_last_stop(self.text, first[0][0])
        if RE_DESCRIBED_WAS.fullmatch(self.text, start, first[0][0]) is None:
            return False
        stop = self.text.find(". ", first[0][1], first[0][1] + 2 * SUBJECT_REACH)
        return stop >= 0 and self.text.startswith("She " if p.gender == "f" else "He ", stop + 2) \
            and not self.dead_or_victim(p)

    def _introduced_as_kin(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, set off after a kin noun and
        acting as the subject of the verb after it, alive (‘That was the point the victim's husband, Sipho
        Dlamini, returned to outside court’; never ‘Police arrested her brother, John Doe, on Tuesday’, nor
        ‘his late wife, Mary Doe, died in 2019’)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or not self.text.endswith(", ", 0, first[0][0]) \
                or not self.text.startswith(", ", first[0][1]):
            return False
        kin = self.text[max(0, first[0][0] - 24):first[0][0] - 2].rsplit(" ", 1)[-1].lower()
        return kin in KIN_WORDS and _verb_at(self.text, first[0][1] + 1) and not self.dead_or_victim(p)

    def _other_bearer_before(self, p: Person, word: str, at: int) -> bool:
        """The text writes the surname ``word`` before ``at`` (past the headline) as the last word of
        someone's name, after a capitalised word that is neither ``p``'s given name, an honorific, a
        role noun nor the sentence's first word: someone other than ``p`` (named only later) bore it
        there."""
        given = p.name.split()[0]
        for _, i in zip(range(6), word_positions(self.text, word, self.first_line_end, at)):  # (a few spots: bounded)
            if any(a <= i < b for a, b in p.spots) or not self.text.endswith(" ", 0, i):
                continue
            prev = self.text[max(0, i - 30):i - 1].rsplit(" ", 1)[-1]
            low = prev.lower()
            lead = self.text[max(0, i - len(prev) - 4):i - 1 - len(prev)].rstrip(" ")
            if prev[:1].isupper() and prev.isalpha() and prev != given and low not in HONORIFICS \
                    and low not in ROLE_NOUNS and lead[-1:] not in ("", ".", "!", "?", "\n", "“", "\"", ":"):
                return True
        return False

    def _bare_between(self, surname: str, lo: int, hi: int, q: Person) -> bool:
        """The text writes the surname alone between ``lo`` and ``hi`` (a bounded stretch), outside
        ``q``'s full name."""
        low = surname.lower()
        for m in RE_CAPWORD.finditer(self.text, lo, min(hi, lo + 3000)):
            if m.group().lower() != low or any(a <= m.start() < b for a, b in q.spots) or _name_goes_on(self.text, m.end()):
                continue  # (nor a name written surname first: ‘Goh Chin Huat and Goh Wei Liang’)
            prev = self.text[max(0, m.start() - 30):m.start()].split()[-1:]
            if not prev or not prev[0][:1].isupper() or prev[0][-1] in ".!?:”\"":  # (never inside a full name)
                return True
        return False

    def _surname_taken(self, p: Person, q: Person) -> bool:
        """The text writes p's surname alone, outside either's full name, before q is first named."""
        key = (id(p), id(q))
        known = self._taken.get(key)
        if known is None:
            word = p.name.split()[-1]
            ps, qs = self._spots_in_order(p), self._spots_in_order(q)
            lo, hi = ps[0][0] if ps else 0, qs[0][0] if qs else 0
            inside = (*p.spots, *q.spots)
            known = False
            i = self.text.find(word, lo, hi)
            while i >= 0 and not known:
                e = i + len(word)
                known = (i == 0 or not self.text[i - 1].isalpha()) and not self.text[e:e + 1].isalpha() \
                    and not any(a <= i < b for a, b in inside)
                i = self.text.find(word, e, hi)
            self._taken[key] = known
        return known
