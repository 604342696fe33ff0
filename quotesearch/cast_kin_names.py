"""Kin, spouses and sexes the text tells, as the article's full names are collected
(:class:`CastKinNames`, a part of :class:`quotesearch.cast_names.CastNames`), with the patterns
and word lists only they read.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import HONORIFICS, SHARED_SEX_NAMES
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, FAMILY_KIN_SEX, ROLE_NOUNS, SPOUSE_SEX
from quotesearch.name_parts import gender_of, sex_of_given_name, written_surname_first
from quotesearch.tokens import word_positions
from quotesearch.people import Person, RE_SENTENCE_END, cast_key, surname_key
from quotesearch.full_names import _surname_first
from quotesearch.kinship import SEX_NOUNS, _sex_noun_named
from quotesearch.sources import RE_POSSESSIVE_PRONOUN
from quotesearch.descriptions import OTHER_SEX, RIVAL_NOUNS


#: The kin word of a parent, child or sibling right before their given name, owned by "his" or "her" (group
#: 1) or by a surname's possessive (group 2), an age or a word or two between (group 3 the kin word):
#: ‘his son ’, ‘her 12-year-old daughter, ’, ‘Benham’s mother ’.
#:
#: >>> RE_KIN_GIVEN_BEFORE.search("ridden by his son ").group(1, 3), RE_KIN_GIVEN_BEFORE.search("Benham’s mother ").group(2)
#: (('his', 'son'), 'Benham')
#:
#: (a surname with a capital inside too: ‘McAllister’s father ’, w68c)
#:
#: >>> RE_KIN_GIVEN_BEFORE.search("McAllister’s father ").group(2)
#: 'McAllister'
#:
#: (and a spouse, as the report joins a wife or a husband given by given name alone to the surname whose
#: possessive is before it: ‘Mr Dale’s wife, Gwen,’, w105b; after "his" or "her" the rule takes no spouse)
#:
#: >>> RE_KIN_GIVEN_BEFORE.search("Mr Dale’s wife, ").group(2, 3), RE_KIN_GIVEN_BEFORE.search("court, his widow ").group(1, 3)
#: (('Dale', 'wife'), ('his', 'widow'))
RE_KIN_GIVEN_BEFORE = LazyPattern(r"(?:\b([Hh]is|[Hh]er)|\b(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)[’']s) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}?"
                                  r"(son|daughter|brother|sister|mother|father|wife|husband|widow|widower|grandson|granddaughter),? $")

#: After a surname's possessive, its bearer's kin by a given name alone (group 1), no surname after it
#: (‘’s wife, Simone,’, ‘’s 17-year-old granddaughter Mia’; never ‘’s wife, Simone Grey,’): read by
#: :meth:`CastKinNames._set_off_as_kin`.
#:
#: >>> RE_KIN_THEN_GIVEN.match("’s wife, Simone, jokes").group(1), RE_KIN_THEN_GIVEN.match("’s wife, Simone Grey, said")
#: ('Simone', None)
RE_KIN_THEN_GIVEN = LazyPattern(r"[’']s (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}?(?:son|daughter|brother|sister|mother|father|wife|husband|"
                                r"widow|widower|grandson|granddaughter),? (\p{Lu}\p{Ll}+)\b(?! \p{Lu})")

#: A grandchild's word by the grandchild's sex: ‘Twohill’s granddaughter, Mia,’ is of the family the
#: surname names, as reports join them (w109a).
#:
#: >>> GRANDCHILD_SEX["granddaughter"]
#: 'f'
GRANDCHILD_SEX = {"grandson": "m", "granddaughter": "f"}

#: The sex of each kin word of :data:`RE_KIN_GIVEN_BEFORE`: blood kin and a parent (:data:`FAMILY_KIN_SEX`) and
#: a spouse (:data:`SPOUSE_SEX`), whose own sex is the other one than the owner's.
#:
#: >>> KIN_GIVEN_BEFORE_SEX["widow"], KIN_GIVEN_BEFORE_SEX["son"]
#: ('f', 'm')
KIN_GIVEN_BEFORE_SEX = {**FAMILY_KIN_SEX, **SPOUSE_SEX, **GRANDCHILD_SEX}

#: The spouses of :data:`KIN_GIVEN_BEFORE_SEX`, read only after a surname's possessive (‘Mr Dale’s wife, Gwen,’).
#:
#: >>> "widower" in SPOUSE_WORDS, "son" in SPOUSE_WORDS
#: (True, False)
SPOUSE_WORDS = frozenset(SPOUSE_SEX)

#: Nations and peoples whose married women keep their own surnames: an article naming one joins no spouse to
#: the owner's surname (:meth:`CastKinNames._kin_surname`; review rv_w105b). Letters beyond ASCII in either
#: name do the same.
#:
#: >>> bool(RE_OWN_SURNAME_NATIONS.search("Spanish goalkeeper Javier Ortega")), bool(RE_OWN_SURNAME_NATIONS.search("Welsh farmer"))
#: (True, False)
RE_OWN_SURNAME_NATIONS = LazyPattern(
    r"\b(?:Spanish|Spain|Mexican|Mexico|Argentine|Argentinian|Argentina|Colombian|Colombia|Chilean|Chile|Peruvian|Peru|"
    r"Venezuelan|Cuban|Ecuadorian|Bolivian|Uruguayan|Paraguayan|Latino|Latina|Hispanic|Portuguese|Portugal|Brazilian|"
    r"Brazil|Italian|Italy|Chinese|China|Korean|Korea|Vietnamese|Vietnam|Icelandic|Iceland|Arab|Saudi|Egyptian|"
    r"Iranian|Iran|Iraqi|Syrian|Lebanese|Jordanian|Emirati|Qatari|Kuwaiti|Moroccan|Algerian|Tunisian|Malaysian|Quebec|Québec)\b")

#: A possessive or object pronoun of each sex, a whole word: a "who" clause holding one speaks of someone of
#: that sex (‘who runs her shore team’), whom a "said she" after it may stand for instead.
#:
#: >>> [bool(RE_SEX_OBJECT_WORD["f"].search(t)) for t in (", who runs her shore team, ", ", who met him, ", ", who hers")]
#: [True, False, False]
RE_SEX_OBJECT_WORD = {"f": LazyPattern(r"\bher\b"), "m": LazyPattern(r"\b(?:his|him)\b")}

#: The other sex than each.
#:
#: >>> OTHER_SEX_OF["m"], OTHER_SEX_OF["f"]
#: ('f', 'm')
OTHER_SEX_OF = {"m": "f", "f": "m"}

#: A person brought in by a common noun (‘the boy’, ‘a teenager’), between the owner and "his" or "her".
RE_PERSON_NOUN_BETWEEN_GUARD = LazyPattern(r"\b(?:the|a|an|this|that) (?:[\p{Ll}\d\-]+ ){0,2}?(?:boy|girl|man|woman|"
                                           r"teenager|child|baby|toddler|victim|pupil|student|youngster|teen|infant|"
                                           r"patient|player|driver|rider|suspect)s?\b")


#: A name opening a sentence, then what tells its sex: a noun of one sex set off after it or after
#: "is"/"was" (‘Bernie Walsh, the union’s first woman branch secretary,’, ‘Bernie was also the first woman
#: in the region’; never a possessive's noun, ‘Kim was the man’s daughter’, a "whose" clause's, ‘Jo Liu, a
#: member whose son …’, a hyphened one, nor a list's), a reflexive right after its verb (‘Walsh described
#: herself as’), or the pronoun its "who" clause, naming no one, leads to (‘Walsh, who drove the 82 for 30
#: years, said she …’). Weaker, and only for a given name the lists do not know: ‘Holloway, for his part,
#: deflected the praise’, and a sentence about the name, naming no one else, whose next sentence opens with
#: "He" or "She" (‘Brent Haldane had gone 114 starts without a win. On Sunday, he needed …’ is not enough:
#: the very next sentence, ‘Haldane finished at 15-under. He started the day …’). Group 1, the name; 2, the
#: noun; 3, the reflexive; 4, the pronoun; 5, the "for his part" pronoun; 6, the next sentence's pronoun.
RE_SEX_SAID_OF_NAME = LazyPattern(
    r"(?:^|(?<=\n)|(?<=[.!?][”\"’']?\s))((?:\p{Lu}[\p{L}’'\-]+\.? ){0,2}\p{Lu}[\p{L}’'\-]+)(?:"
    r"(?:, (?:\d{1,3}, )?| (?:is|was)(?: also| now| still)? )(?:the|a|an) "
    r"(?:(?!(?:of|and|or|in|to|for|with|at|by|from|who|whose|that)\b)(?:[\p{Ll}\d\-]+|\p{L}+[’']s) ){0,3}?"
    r"(" + "|".join(sorted(SEX_NOUNS, key=len, reverse=True)) + r")(?![\w’'\-/]| and\b| or\b)"
    r"| \p{Ll}+ (himself|herself)\b"
    r"|, (?:\d{1,3}, )?who [^,.!?“”\"\n\p{Lu}]{1,80}, (?:said|says|told (?:the )?\p{Ll}+) (he|she)\b"
    r"|, for (his|her) (?:own )?part,"
    r"| (?!said\b|says\b|told\b|added\b)\p{Ll}[^.!?“”\"\n\p{Lu}]{0,120}\. (He|She) )")


#: A noun of one sex, then the name it is given (‘The kitchen manager, a young man named Pom Saetang,’):
#: group 1, the noun; 2, the name. "called" only set off (never ‘A woman called Ravi Patel’s office’).
RE_SEX_NAMED = regex.compile(
    r"(?:(?<=, )|\b)(?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,3}?(" + "|".join(sorted(SEX_NOUNS, key=len, reverse=True))
    + r") (?:named|(?<=, (?:[Aa]n?|[Oo]ne) [^,]{1,40})called) ((?:\p{Lu}[\p{L}’'\-]+ ){0,2}\p{Lu}[\p{L}’'\-]+)")
# (and a seat's member: ‘the Woman Rep.’ of ‘Bungoma Woman Rep Grace Rotich’, as the Kenyan press writes a
# county's Woman Representative)

#: A spouse set off after a person named in full, by a given name ("with his wife, Sarah,"); the sex
#: each word tells is :data:`SPOUSE_SEX`'s.
RE_SPOUSE = LazyPattern(r"\b(?:his (wife)|her (husband)),? (\p{Lu}\p{Ll}+)\b")

#: Between a surname and a spouse set off after it, what makes the spouse maybe another's: other
#: kin, or a capitalised word (another name) (‘Mr Attwell met Tom Hale and his wife, Anna’); or a relative
#: clause between, which brings in another man or woman whose spouse it may be (‘his car struck a
#: pensioner who was walking with his wife, Jean’) (review rv20).
#:
#: >>> RE_KIN_OR_CAPITAL_BETWEEN.search(" met Tom Hale and ") is not None, RE_KIN_OR_CAPITAL_BETWEEN.search(" fell by his door by ")
#: (True, None)
RE_KIN_OR_CAPITAL_BETWEEN = LazyPattern(r"\p{Lu}|\b(?:son|daughter|brother|sister|father|mother|friend|partner|"
                                        r"children|parents|family|kin|who|whom|whose)\b")

#: A sentence that opens with a man's or a woman's kin of the other sex and the kin's given name alone
#: (‘His wife, Leanne, says …’, ‘Her husband, Pete, drives …’, ‘Her son Jack said’): group 1, a man's
#: kin noun; 2, a woman's; 3, the given name. (Never the kin of the owner's sex, ‘His son, Jack,’: an honorific could not
#: tell the two apart; nor a given name a surname follows, ‘His wife, Leanne Morris,’.)
#:
#: >>> RE_KIN_GIVEN_OPENING.search("a week.\n\nHis wife, Leanne, says").group(1, 3)
#: ('wife', 'Leanne')
#: >>> RE_KIN_GIVEN_OPENING.search("a week. His wife, Leanne Morris, says") is None
#: True
RE_KIN_GIVEN_OPENING = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:His (wife|daughter)|Her (husband|son)),? "
                                   r"(\p{Lu}\p{Ll}+)(?=,|\.|\s(?:says|said)\b)")

#: After a surname's possessive, its bearer's kin set off by a given name alone (‘’s mother, Adaeze, 79,’,
#: ‘’s wife, Orla,’): group 1 the kin, group 2 the given name.
#:
#: >>> RE_SURNAME_KIN_GIVEN.match("’s mother, Adaeze, 79, still").groups()
#: ('mother', 'Adaeze')
RE_SURNAME_KIN_GIVEN = LazyPattern(r"[’']s (wife|husband|mother|father|daughter|son|sister|brother), (\p{Lu}\p{Ll}+)(?=[,.])")

#: The sex of each kin word of :data:`RE_SURNAME_KIN_GIVEN`.
KIN_SEX_OF_WORD = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f",
                   "husband": "m", "father": "m", "son": "m", "brother": "m"}

#: The sex of kin of :data:`RE_KIN_GIVEN_OPENING`.
KIN_GIVEN_SEX = {"wife": "f", "daughter": "f", "husband": "m", "son": "m"}

#: A father's or a couple's child set off by a given name alone, the words right before the name (‘his
#: 7-year-old son, ’, ‘their daughter ’): group 1 the owner's possessive, group 2 the kin noun. Only a
#: child of "his" or "their", whose surname is the father's as a rule; never a spouse (‘his wife, Ruth,’
#: and ‘her husband Eoin’ may keep names of their own) nor "her son" (a mother may keep hers).
#:
#: >>> RE_KIN_BEFORE_GIVEN.search("stepped off the bus when his 7-year-old son, ").groups()
#: ('his', 'son')
RE_KIN_BEFORE_GIVEN = LazyPattern(r"\b(his|their) (?:\d+-year-old |(?:young|eldest|youngest|older|younger) )?"
                                    r"(son|daughter),? $")

#: The owner's sex each possessive of :data:`RE_KIN_BEFORE_GIVEN` tells.
OWNER_SEX = {"his": "m"}

#: The sex of each kin word of :data:`RE_KIN_BEFORE_GIVEN`.
KIN_BEFORE_GIVEN_SEX = {"daughter": "f", "son": "m"}

#: The sentence openings that :data:`RE_KIN_GIVEN_OPENING` may match at (a search for each first).
KIN_GIVEN_OPENINGS = ("His wife", "His daughter", "Her husband", "Her son")


def _written_in_full(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as whole words somewhere (a search, then the edges; a hyphen after
    it makes another name).

    >>> _written_in_full("said Hana Keller, 40.", "Hana Keller"), _written_in_full("Hana Kellerman", "Hana Keller")
    (True, False)
    >>> _written_in_full("Ann Ferris-Cole, his solicitor", "Ann Ferris")
    False
    """
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            return True
        i = text.find(name, i + 1)
    return False


class CastKinNames:
    """Kin, spouses and sexes the text tells: the surname of kin named by a given name alone
    (_kin_surname), the sex the text says someone is (_sexes_told), and a spouse's or kin's given name
    set off after a person (_partner_named).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _kin_surname(self, at: int, given: str) -> str | None:
        """The surname of the family of a parent, child or sibling named at ``at`` by a given name alone
        after the kin word of someone the article names in full: ‘Benham’s mother Tracey’ (the owner by
        the surname), ‘trained by Jimmy Kehoe and ridden by his son Dara’ (the owner by "his" or "her":
        the last one named in full of that sex, in the same sentence). So the kin is one of the family
        (Tracey Benham, Dara Kehoe), never a one-word speaker beside them. None unless the kin is
        blood kin, a parent or a spouse (:data:`KIN_GIVEN_BEFORE_SEX`: never a partner, who may keep another
        surname), the kin word's sex is the given name's (where the lists know it), the owner by the
        surname is one person, and the given name is no other person's first name in the article. And a
        spouse after a surname's possessive, the owner told to be of the other sex (‘Mr Dale’s wife, Gwen,’ is Gwen
        Dale, as reports join them, unless the article names her in full otherwise); never after "his" or "her"
        (w105b)."""
        m = RE_KIN_GIVEN_BEFORE.search(self.text, max(0, at - 60), at)
        if m is None or self._in_headline(at):
            return None
        sex = KIN_GIVEN_BEFORE_SEX[m.group(3)]
        if sex_of_given_name(given) not in (None, sex):
            return None
        spouse = m.group(3) in SPOUSE_WORDS
        namesakes = {q.name for q in self._named_in_full() if q.name.split()[0] == given}
        if m.group(2) is not None and namesakes <= {f"{given} {m.group(2)}"} \
                and _written_in_full(self.text, f"{given} {m.group(2)}"):
            return m.group(2)  # (the article itself names the kin in full with the owner's surname, before or
            # after, and no one else by that given name: ‘Keller’s wife, Hana, …. “…,” Hana Keller said’ is Hana
            # Keller, whatever the owner's sex; w109a)
        if namesakes:
            return None  # (someone named in full by that given name: the kin is no new person)
        if m.group(2) is not None:  # (‘Benham’s mother Tracey’)
            key = m.group(2).lower()
            owner = self.by_surname.get(key)
            if owner is None or self.namesakes.get(key) or owner.kind != "name" or " " not in owner.name \
                    or owner.name.split()[-1] != m.group(2):
                return None
            if owner.gender == "f" and m.group(3) in ("mother", "father", "brother", "sister"):
                return None  # (guard: a woman's parents and siblings may keep her maiden name)
            if spouse and owner.gender != OTHER_SEX_OF[sex]:
                return None  # (a spouse only of an owner the text tells is of the other sex: never one whose sex is
                # unknown, whom the spouse's name would be read as, nor one of the spouse's own sex)
            if spouse and (not (given + m.group(2)).isascii() or RE_OWN_SURNAME_NATIONS.search(self.text) is not None):
                return None  # (guard, review rv_w105b: where wives keep their own surnames, ‘Spanish goalkeeper Javier
                # Ortega … Ortega's wife, Lucía,’ is Lucía as written)
            return m.group(2)
        if spouse:
            return None  # (after "his" or "her" a spouse keeps the given name as written: ‘Kelvin Tan and his wife,
            # Mei,’ is no Mei Tan; only a surname's possessive ties the spouse to it)
        owner_sex = "m" if m.group(1).lower() == "his" else "f"
        text = self.text
        lo = max(text.rfind(end, 0, m.start()) for end in (". ", "\n", "! ", "? ", "” ", '" '))
        near = [q for q in self._named_in_full() if any(lo < s < m.start() for s, _ in q.spots)]
        owners = [q for q in near if q.gender == owner_sex] or [q for q in near if q.gender is None]
        if len(owners) != 1:
            return None  # (one named in full in the sentence before the kin word, of that sex, else of none known)
        if owner_sex == "f" and m.group(3) in ("mother", "father", "brother", "sister"):
            return None  # (guard: a woman's parents and siblings may keep her maiden name: ‘Laura Kenny … her
            # mother, Glenda’ is no Glenda Kenny)
        if len(owners[0].name.split()) != 2:
            return None  # (guard: a name of three words may be written surname first: ‘Tan Wei Ming … his son,
            # Arjun’ is no Arjun Ming)
        after = max(s for s, _ in owners[0].spots if lo < s < m.start())
        if RE_PERSON_NOUN_BETWEEN_GUARD.search(text, after, m.start()) is not None:
            return None  # (guard: "his" or "her" may be another's, a person noun between: ‘Paul Evans said the boy
            # was reported missing by his father, Gareth’ is no Gareth Evans)
        last = owners[0].name.split()[-1]
        return last if last[:1].isupper() and last[1:].islower() else None

    def _sexes_told(self) -> None:
        """The sex the text itself says someone is, over the one the lists give the given name: ‘Bernie
        Walsh, the union’s first woman branch secretary,’, ‘Bernie was also the first woman in the region’
        (a woman: "she" is hers). One regex pass; only for someone the written name names alone (a
        surname no namesake shares, a given name one person opens with), and never when the text
        says both sexes of them. And a noun of one sex before the name it is given: ‘a young man
        named Pom Saetang’ (:data:`RE_SEX_NAMED`)."""
        told: dict[int, tuple[Person, set[str]]] = {}
        hint: dict[int, tuple[Person, set[str]]] = {}
        firsts: dict[str, Person | None] | None = None
        text = self.text  # (a name given needs " named " or " called ": a search spares the pattern's pass)
        named_at = RE_SEX_NAMED.finditer(text) if _sex_noun_named(text) else ()
        for m in itertools.chain(RE_SEX_SAID_OF_NAME.finditer(text), named_at):
            named = m.re is RE_SEX_NAMED  # (‘a young man named Pom Saetang’: the name after its noun)
            words = [w for w in m.group(2 if named else 1).split() if w.rstrip(".").lower() not in HONORIFICS]
            if not words or self._in_headline(m.start()):
                continue
            key = cast_key(words)
            p = self.by_surname.get(key)
            if self.namesakes.get(key) or (p is not None and not (p.name == " ".join(words) or p.name.endswith(" " + " ".join(words)))):
                p = None
            if p is None and len(words) == 1:
                if firsts is None:
                    firsts = {}
                    for q in self._named_in_full():
                        first = q.name[:q.name.index(" ")].lower()
                        firsts[first] = None if first in firsts else q
                p = firsts.get(words[0].lower())
            if p is None or p.kind != "name" or " " not in p.name:
                continue
            weak = not named and (m.group(5) or m.group(6)) is not None
            if weak:  # (‘Holloway, for his part,’; ‘Haldane finished at 15-under. He started …’)
                if gender_of(words[0]) is not None or p.gender is not None and " " in " ".join(words):
                    continue  # (only a given name no list knows)
                sex = "m" if (m.group(5) or m.group(6)).lower() in ("he", "his") else "f"
                if m.group(6) and OTHER_SEX[sex].search(self.text, m.end(1), m.start(6)):
                    continue  # (never when the sentence speaks of another: ‘Kim hugged his wife. She …’)
                if m.group(6) and any((w in DESCRIPTION_NOUNS or w in ROLE_NOUNS or w in RIVAL_NOUNS) and w not in THING_NOUNS
                                      for w in regex.findall(r"[a-z][a-z\-]+", self.text[m.end(1):m.start(6)])):
                    continue  # (nor when it names another by a noun the "He" may stand for: ‘Kerry Pask lost to the
                    # defending champion in straight sets. He was simply too good …’)
                hint.setdefault(id(p), (p, set()))[1].add(sex)
                continue
            sex = SEX_NOUNS[m.group(1)] if named else SEX_NOUNS[m.group(2)] if m.group(2) \
                else "m" if (m.group(3) or m.group(4)) in ("he", "himself") else "f"
            if not named and m.group(4) and OTHER_SEX[sex].search(self.text, m.end(1), m.start(4)):
                continue  # (never when the clause speaks of another: ‘Walsh, who met her on Monday, said she’)
            if not named and m.group(4) and gender_of(words[0]) == OTHER_SEX_OF[sex] \
                    and RE_SEX_OBJECT_WORD[sex].search(self.text, m.end(1), m.start(4)):
                continue  # (nor, against the given name's sex, when the clause speaks of one of the pronoun's sex:
                # ‘Tom Pratt, who runs her shore team, said she had rowed 46 days’ is no woman, w112b)
            told.setdefault(id(p), (p, set()))[1].add(sex)
        for p, sexes in told.values():
            if len(sexes) == 1 and p.gender != (sex := next(iter(sexes))):
                p.gender = sex
        if any(w in self._low for w in SHARED_SEX_NAMES):
            for p in list(self.by_surname.values()):  # a given name both sexes bear: the sex the cues after the
                # name tell, wherever it is written (‘Jordan Kirby … Kirby said she would rest’ is a woman)
                if p.kind != "name" or " " not in p.name or id(p) in told or p.name.split()[0].lower() not in SHARED_SEX_NAMES \
                        or self.namesakes.get(surname_key(p.name.split())):
                    continue
                surname = p.name.split()[-1]
                sexes = {sex for m in regex.finditer(r"\b" + regex.escape(surname) + r"\b(?![’'\-])", self.text)
                         if not self._in_headline(m.start()) and (sex := self._sex_after_cue(m.end())) is not None}
                if len(sexes) == 1:
                    p.gender = next(iter(sexes))
        for p, sexes in hint.values():  # (the weaker signs: only where nothing stronger told a sex)
            if len(sexes) == 1 and p.gender is None and id(p) not in told:
                p.gender = next(iter(sexes))

    def _partner_named(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of ``p``'s spouse or kin the text names by given name alone before
        ``at``: set off after ``p``'s full name (:meth:`_spouse_of`), else opening a later sentence
        (:meth:`_kin_given_after`)."""
        return self._spouse_of(p) or self._spouse_set_off_later(p, at) or self._kin_given_after(p, at) \
            or self._kin_given_of_surname(p, at)

    def _spouse_of(self, p: Person) -> tuple[str, str] | None:
        """The given name and the sex of the spouse set off after ``p``'s first full name in its
        sentence ("Geoff Attwell, who runs a farm with his wife, Sarah,": Sarah, a woman): the first
        possessive after the name must be the spouse's, and tell a sex other than p's (never "Jane
        Hollis … her son, Tom, and his wife, Anna")."""
        if not p.spots:
            return None
        end = p.spots[0][1]
        m = RE_SPOUSE.search(self.text, end, min(len(self.text), end + 160))
        if m is None or RE_SENTENCE_END.search(self.text, end, m.start()) is not None:
            return None
        first = RE_POSSESSIVE_PRONOUN.search(self.text, end, m.end())
        if first is None or first.start() != m.start():
            return None  # (another's kin before: "her son, Tom, and his wife, Anna")
        owner_sex = "m" if m.group(1) else "f"  # ("his wife": p is a man)
        return (m.group(3), SPOUSE_SEX[m.group(1) or m.group(2)]) if p.gender in (None, owner_sex) else None

    def _spouse_set_off_later(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of the spouse set off in a later sentence that names ``p`` by
        surname first (‘Jurors heard Mr Attwell staggered to his door and fell in front of his wife,
        Sarah, and …’: Sarah, whom a later "Mrs Attwell" names), before ``at``: every possessive
        between the name and the spouse is the same one, no other kin and no capitalised word
        stands between (never "Mr Attwell met Tom Hale and his wife, Anna", nor "her son, Tom, and
        his wife, Anna"), and no one else of the spouse's sex bears the surname."""
        if " " not in p.name:
            return None
        surname = p.name.split()[-1]
        found = None
        for i in word_positions(self.text, surname):
            if i >= at:
                break
            end = i + len(surname)
            m = RE_SPOUSE.search(self.text, end, min(at, end + 160))
            if m is None or RE_SENTENCE_END.search(self.text, end, m.start()) is not None \
                    or p.gender not in (None, "m" if m.group(1) else "f"):
                continue
            between = self.text[end:m.start()]
            owners = {w.lower() for w in RE_POSSESSIVE_PRONOUN.findall(between)}
            if owners - {"his" if m.group(1) else "her"} or RE_KIN_OR_CAPITAL_BETWEEN.search(between) is not None:
                continue
            found = m
        if found is None:
            return None
        sex = SPOUSE_SEX[found.group(1) or found.group(2)]
        if any(q is not p and q.gender in (None, sex) for q in self.namesakes.get(surname.lower(), ())) \
                or any(q is not p and q.name.startswith(found.group(3) + " ") for q in self.by_surname.values()):
            return None  # (another of the surname who may be the one meant, ‘his mother, Ann Lowe’, a brother
            # never; or the spouse has a surname of their own: ‘his wife, Sarah, … Sarah Lowe said’)
        return found.group(3), sex

    def _kin_given_after(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of kin of the other sex than ``p`` that a sentence opens with
        after ``p`` was named, before ``at`` (‘Graham Tulloch farms sheep …. His wife, Leanne, says …’:
        Leanne, a woman, whom a later "Mrs Tulloch" names). The last such sentence before ``at`` only,
        and only where ``p`` is the last one the text named before it (never another's kin), and no one
        else is named in full by that given name (‘His wife, Leanne, …. Leanne Morris said’ has a surname
        of her own)."""
        if self._kin_openings is None:  # (found on first use: a search per opening, then the pattern where one is)
            self._kin_openings = sorted((i, m) for key in KIN_GIVEN_OPENINGS for i in word_positions(self.text, key)
                                        if (m := RE_KIN_GIVEN_OPENING.match(self.text, i)) is not None)
        k = bisect.bisect_left(self._kin_openings, (at,)) - 1
        m = self._kin_openings[k][1] if k >= 0 else None  # (the last before ``at``)
        if m is None or (last := self.last_spot(p, m.start())) < 0:
            return None
        owner_sex = "m" if m.group(1) else "f"
        if p.gender not in (None, owner_sex):
            return None
        given = m.group(3) + " "
        if self.namesakes.get(p.name.split()[-1].lower()):
            return None  # (another of the surname is named in full, before or after: ‘His mother, Margaret
            # Arbuthnot, …. “…,” Mrs Arbuthnot said’ may be hers, not the kin's)
        for q in itertools.chain(self.by_surname.values(), *self.namesakes.values()):
            if q is not p and (last < self.last_spot(q, m.start()) or q.name.startswith(given)):
                return None  # (someone else was named since: theirs, maybe; or the kin has a surname of their own)
        return m.group(3), KIN_GIVEN_SEX[m.group(1) or m.group(2)]

    def _kin_set_off_by_given(self, given: str, at: int) -> Person | None:
        """A child named by given name alone, set off after "his" or "their" and "son" or "daughter", the
        first time the article writes the given name (‘Tom Reilly … his 7-year-old son, Jaden,’, ‘Seán Byrne
        and his wife … their daughter Aoife’), read as of the surname of the one person named in full in the same sentence
        before it, whose kin they are: Jaden Reilly. Never when the word is anyone's given name or surname
        in full (‘his daughter, Ruth, … Ruth Okafor said’ has a surname of her own), when another is named in
        that sentence too (whose kin it might be), nor when the owner's surname is borne by two."""
        first = self._first_at(given)
        if first < 0 or first >= at or (first > 0 and self.text[first - 1].isalnum()) \
                or self.text[first + len(given):first + len(given) + 1].isalnum():
            return None
        m = RE_KIN_BEFORE_GIVEN.search(self.text, max(0, first - 40), first)
        if m is None or gender_of(given) not in (None, KIN_BEFORE_GIVEN_SEX[m.group(2)]):
            return None
        lo = max(0, m.start() - 300)
        ends = [e.end() for e in RE_SENTENCE_END.finditer(self.text, lo, m.start())]
        lo = ends[-1] - 1 if ends else lo
        people = list(itertools.chain(self.by_surname.values(), *self.namesakes.values()))
        owners = [q for q in people if q.kind == "name" and any(lo < e_ and s_ < m.start() for s_, e_ in q.spots)]
        # (‘Sgt. Ravi Menon’: a title's stop is no sentence's end)
        if len(owners) != 1 or any(q.name.startswith(given + " ") or q.name.split()[-1] == given for q in people):
            return None  # (two named in the sentence, whose kin it may be; or a name of the kin's own)
        owner = owners[0]
        surname = owner.name.split()[-1]
        if not 2 <= owner.name.count(" ") + 1 <= 3 or not surname[:1].isupper() or _surname_first(owner.name) \
                or written_surname_first(owner.name.split()) or owner.gender not in (None, OWNER_SEX.get(m.group(1), owner.gender)):
            return None  # (never a name written surname first, ‘Tan Wei Ming’s son’, nor "his" of a woman:
            # ‘Jane Moss met a farmer and his son, Tom’ is no Tom Moss)
        return Person(f"{given} {surname}", gender=KIN_BEFORE_GIVEN_SEX[m.group(2)])

    def _set_off_as_kin(self, given: str, surname: str) -> bool:
        """Whether the text sets ``given`` off alone as the kin of ``surname``'s bearer (‘Brant’s wife, Simone,’,
        ‘Keller’s granddaughter Mia’): a full name of the two words elsewhere is that kin, someone other than
        the bearer named in full before (‘Dom Brant …. Brant’s wife, Simone, …. “…,” Simone Brant said’; w109a).
        A search per apostrophe, then the pattern where one is."""
        for apostrophe in ("’s ", "'s "):
            i = self.text.find(surname + apostrophe)
            while i >= 0:
                tail = RE_KIN_THEN_GIVEN.match(self.text, i + len(surname))
                if tail is not None and tail.group(1) == given and (i == 0 or not self.text[i - 1].isalpha()):
                    return True
                i = self.text.find(surname + apostrophe, i + 1)
        return False

    def _kin_given_of_surname(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of kin of the other sex than ``p`` set off by given name alone
        after a possessive of ``p``'s surname, the last such before ``at`` (‘Mr Okonkwo’s mother, Adaeze,
        79, still …’ and ‘Tomás Keane’s wife, Orla, …’: Adaeze or Orla, whom a later "Mrs Okonkwo" or
        "Mrs Keane" names). Never one whose given name tells the other sex, nor when another of the
        surname is named in full (‘His mother, Margaret Arbuthnot,’ may be the one meant), nor when
        someone is named in full by that given name (the kin has a surname of their own)."""
        surname = p.name.split()[-1]
        if p.gender is None or self.namesakes.get(surname.lower()):
            return None
        found = None
        for apostrophe in ("’s ", "'s "):
            i = self.text.find(surname + apostrophe, 0, at)
            while i >= 0:
                m = RE_SURNAME_KIN_GIVEN.match(self.text, i + len(surname))
                if m is not None and (i == 0 or not self.text[i - 1].isalpha()) and (found is None or m.start() > found.start()):
                    found = m
                i = self.text.find(surname + apostrophe, i + 1, at)
        if found is None:
            return None
        sex = KIN_SEX_OF_WORD[found.group(1)]
        given = found.group(2)
        if sex == p.gender or sex_of_given_name(given) not in (None, sex) or given == surname:
            return None  # (kin of p's own sex is p's namesake, never told apart by an honorific)
        if any(q is not p and q.name.startswith(given + " ") for q in self.by_surname.values()):
            return None
        return given, sex
