"""A full name added to the cast (:class:`CastFullNames`, a part of
:class:`quotesearch.cast_names.CastNames`): the person or namesake it makes, a surname written first,
part of a longer name, a given name after a rank or a faith's title, a style a person holds; with the
patterns and word lists only they read.
"""

from __future__ import annotations

import itertools
import re
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.place_words import DEMONYMS, ONE_WORD_PLACES
from quotesearch.name_words import (
    CIVILIAN_TRADES, FAITH_TITLES, NAME_LEADS, OFFICE_HONORIFICS, OFFICE_LETTERS, RANKS_ALSO_GIVEN, SOLDIER_RANK_WORDS,
)
from quotesearch.role_words import GENDERED_NOUNS, OFFICE_WORDS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.mention_edges import _past_chamber_end, place_written_alone_before
from quotesearch.names import ends_in_title
from quotesearch.name_parts import (
    DESCENT_PARTICLES, FUNCTION_WORDS, GENDERED_HONORIFICS, GIVEN_MONTH_SEX, PARTICLES, _opening_word_not_name,
    _word_like, gender_of, is_organisation, sex_of_given_name, style_as_given_name, written_surname_first,
)
from quotesearch.tokens import word_positions
from quotesearch.people import BE_FORMS_ALL, PLACE_HEADS, Person, cast_key, surname_key
from quotesearch.full_names import (
    IRISH_PARTICLE_SEX, RE_NAME_WORDS_BEFORE, SHARED_GIVEN_NAMES, _double_surname_alone, _english_then_chinese,
    _irish_surname_alone, _lead_then, _other_given_name, _same_name_respelled, _suffix, _surname_first,
)
from quotesearch.kinship import RE_KIN_SET_OFF_AFTER
from quotesearch.firms import (
    QUALIFIER_LEADS, _body_words_before_holder, _initial_after_body_words, _is_organisation, _named_place,
    _office_opening_body,
)
from quotesearch.offices import COMPASS_WORDS, TITLE_QUALIFIERS
from quotesearch.office_titles import (
    GIVEN_NAME_HONORIFICS, JUDGE_STYLES, PEER_STYLES, RELIGIOUS_STYLES, STYLE_TITLES, SURNAME_HONORIFICS, _ranked_in_full,
)
from quotesearch.offices_before_names import (
    OFFICE_REACH, RE_TITLE_BEFORE_PREP, _after_capital_office, _after_linked_office, _office_for_place,
    _office_of_state_before, _office_word_before_given, _office_words_before_given, _place_before_given,
    _place_words_before_name, _posted_to, _remit_before_particle_name, _role_word_before, _seat_before_given,
    _title_before_prep, _title_split, _unit_words_before_name,
)
from quotesearch.descriptions import RE_AGE_AFTER, _initials_not_style


#: Given names that are also auxiliaries (‘Will Fenton’): capitalised inside a sentence, after
#: :data:`RE_AUXILIARY_GIVEN_BEFORE`, the name's first word, never the auxiliary, which opens only a question
#: with a capital; the article's "will" in lower case makes it no common word.
AUXILIARY_GIVEN_NAMES = frozenset(("will",))

#: What stands right before such a given name inside a sentence: a lower-case word or a comma (‘his
#: assistant Will Fenton’, ‘, Will Ashby,’), never a sentence's end or a colon.
#:
#: >>> [bool(RE_AUXILIARY_GIVEN_BEFORE.search(t)) for t in ("and assistant ", "the deputy, ", "Done. ", "said: ")]
#: [True, True, False, False]
RE_AUXILIARY_GIVEN_BEFORE = LazyPattern(r"(?:\p{Ll}{2}|,) $")

#: What sets off a description after a name that opens its sentence, bringing someone in (‘Elspeth
#: Buchanan, a senior economist at …, estimated’): a namesake's given name no list holds, never a
#: heading's word.
DESCRIBED_AFTER = (", a ", ", an ")

#: At most this many namesakes of one surname are kept apart (more are each their own).
NAMESAKES_KEPT = 16


#: An office's noun in lower case right before a name's run inside a sentence (‘party chairman ’,
#: ‘the union's leader ’): a run after it is the holder's whole name, so its first word, no English word,
#: is a given name of its own even before one the lists know (‘chairman Raja Naveed Akhtar’ is Raja
#: Naveed Akhtar; a headline's ‘Billionaire Donald Trump’ has no such noun before it, w93b).
#:
#: >>> m = RE_LOWER_OFFICE_BEFORE.search("Later, PAJP chairman ")
#: >>> m.group(1)
#: 'chairman'
#: >>> RE_LOWER_OFFICE_BEFORE.search("Later, PAJP Chairman ") is None
#: True
RE_LOWER_OFFICE_BEFORE = LazyPattern(r"(?<![\p{L}\p{M}’'\-])(\p{Ll}+) $")

#: Adjectives of a nickname before a given name (‘Big Sam Allardyce’, ‘Young Tom Hadley’, ‘Little Dave
#: Mercer’): plain English words, never a given name of the holder's own, even after an office's noun in
#: lower case (RE_LOWER_OFFICE_BEFORE: ‘Former manager Big Sam Allardyce’ is Sam Allardyce, guard w93b).
#:
#: >>> "big" in NICKNAME_ADJECTIVES, "raja" in NICKNAME_ADJECTIVES
#: (True, False)
NICKNAME_ADJECTIVES = wordset("""
big little lil wee young old red iron mad great fast slim tiny fat tall honest lucky sweet crazy dirty bad
black white golden silent happy handsome magic smokin steady
""")

#: An office's name with "and" before the words at a name's run ("Minister for Foreign Affairs
#: and Trade Penny Wong": the office is the minister's).
RE_OFFICE_AND = regex.compile(r"(\p{L}+) (?:of|for) (?:the )?(?:\p{Lu}[\p{L}’'\-]*,? )+and $")

#: An office and its "of" or "for" with the first words of its remit, capitalised, right before a
#: name's run that the title's reading split off (‘Director of Student ’ before "Wellness Services
#: Andrea Kowalski"): the office (group 1) and those words (group 2).
#:
#: >>> m = RE_OFFICE_REMIT_BEFORE.search("said Director of Student ")
#: >>> m.group(1), m.group(2).split()
#: ('Director', ['Student'])
RE_OFFICE_REMIT_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}+) (?:of|for) ((?:\p{Lu}\p{Ll}+ ){1,3})$")


#: Words that qualify an office, never a given name ("Additional Superintendent", "Joint Secretary").
TITLE_QUALIFIER_WORDS = frozenset("additional assistant deputy senior joint acting principal special associate "
                                  "executive vice".split())

#: Bodies whose office words may open the name run after them ("of the Ministry of Foreign Affairs Doan Thi Mai").
OFFICE_BODIES = frozenset("ministry department office bureau commission committee".split())


def _style_given_after_office(text: str, at: int, words: Sequence[str]) -> bool:
    """Whether the run ``words`` at ``at``, opening with a ruler's style that is a given name too
    (‘Sultan’), follows another office's noun in lower case (‘Festival chairman Sultan Hamad Al
    Dhaheri’): the style is then the person's given name (:func:`~quotesearch.name_parts.style_as_given_name`).

    >>> t = "Festival chairman Sultan Hamad Al Dhaheri said"
    >>> _style_given_after_office(t, 18, ("Sultan", "Hamad", "Al", "Dhaheri"))
    True
    >>> t = "Malaysia's king Sultan Ibrahim Iskandar said"
    >>> _style_given_after_office(t, 16, ("Sultan", "Ibrahim", "Iskandar"))
    False
    """
    before = text[max(0, at - 30):at].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    return style_as_given_name((before[-1], *words), 1)


#: Ranks and offices written out in full that, like their abbreviations ("Gen.", "Sen."), make a
#: person of a surname alone: "General Petraeus", "Justice Thomas".
SPELLED_RANKS = frozenset("""
general governor justice judge colonel admiral sergeant lieutenant detective inspector ambassador professor
""".split())


#: A kin phrase opening its sentence before a name: "His granddaughter, " (never "After burying
#: her husband, ", "Unlike his mother, ", which are no appositive).
RE_KIN_OPENING = re.compile(r"(?:^|[.!?]\s+|[”\"]\s+|\n)(?:His|Her|Their|My|Our|[A-Z][\w’'\-]*(?:’s|'s)) \w+, $")

#: Nouns of family and of acting before a name that tell its sex ("9/11 widow Terry Strada").
FAMILY_NOUNS = frozenset("""widow widower mother father wife husband daughter son sister brother grandmother grandfather
granddaughter grandson niece nephew aunt uncle actress""".split())


def _written_mr(text: str, surname: str) -> bool:
    """Whether ``text`` calls someone "Mr" (with or without a stop) before ``surname`` as a whole word.

    >>> _written_mr("“Fast,” Mr Maguire said.", "Maguire"), _written_mr("Col Maguire said", "Maguire")
    (True, False)
    """
    for style in ("Mr ", "Mr. "):
        i = text.find(style + surname)
        while i >= 0:
            end = i + len(style) + len(surname)
            if (i == 0 or not text[i - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
                return True
            i = text.find(style + surname, i + 1)
    return False


#: How many of the latest people named in full a short name is matched against as part of one.
LONGER_NAME_REACH = 40


class CastFullNames:
    """A full name added to the cast (_add_full_name), and what it asks: a surname written first
    (_surname_written_first), a name part of a longer one (_part_of_longer), a given name after a rank
    (_titled_given) or a faith's title, a known given name before a surname, a style a person holds
    (_holds_style) and the namesake kept for a surname.

    It is a part of :class:`quotesearch.cast_names.CastNames`, itself a part of
    :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _rank_word_given(self, words: tuple[str, ...], at: int) -> bool:
        """Whether a rank's short word without its stop opens ``words`` as a given name (‘Col Maguire’): a
        civilian trade in lower case right before (:data:`CIVILIAN_TRADES`), or the article calls the surname's
        bearer "Mr" (‘… Mr Maguire said’), as it never calls an officer."""
        before = self.text[max(0, at - 24):at].split()
        if before and before[-1] in CIVILIAN_TRADES:
            return True
        return _written_mr(self.text, words[1])

    def _add_full_name(self, words: tuple[str, ...], at: int = 0) -> Person | None:
        if len(words) == 2 and words[0].lower() in SOLDIER_RANK_WORDS and _ranked_in_full(self.text, words):
            return None  # a soldier's rank written out before the surname of one the article names in full:
            # "Private Enright" of Private Thomas Enright, no name of its own (but "Private Eye" stays whole)
        lead = words[0] if len(words) > 1 and words[0].lower() in QUALIFIER_LEADS else None
        if lead is not None:
            words = words[1:]  # a sentence's "Former" is no name's ("Former Ridgeway captain Simon Lowe"),
            # but the title's ("Former President Barack Obama")
        title, name, honorific = _title_split(words)
        if title == words[0] and len(name) >= 2 and _style_given_after_office(self.text, at, words):
            title, name = None, words  # (a ruler's style that is a given name, after another's office in lower
            # case before the run: ‘Festival chairman Sultan Hamad Al Dhaheri’ is Sultan Hamad Al Dhaheri)
        if title is None and honorific is None and len(words) >= 3 and tuple(name) == words[1:] \
                and gender_of(words[0]) is None and words[0].lower() not in NAME_LEADS \
                and words[0].isalpha() and words[0][1:].islower() and not _word_like(words[0]) \
                and words[0].lower() not in NICKNAME_ADJECTIVES \
                and (m := RE_LOWER_OFFICE_BEFORE.search(self.text, max(0, at - 24), at)) is not None \
                and m.group(1) in ROLE_NOUNS:
            name = words  # (the first word of a holder's whole name after an office's noun in lower case, no
            # English word: ‘party chairman Raja Naveed Akhtar’, a given name the lists lack before one they know;
            # never a nickname's adjective: ‘Former manager Big Sam Allardyce’ is Sam Allardyce, guard w93b)
        if _initials_not_style(words, name, self.by_surname, self.text):
            name, honorific = words, None  # (guard, review rv61a: "H.E. Carrow, a retired engineer")
        if len(words) == 2 and honorific in RANKS_ALSO_GIVEN and words[0][1:].islower() and name == words[1:] \
                and self._rank_word_given(words, at):
            title, name, honorific = None, words, None  # (‘dairy farmer Col Maguire’: Colin's short form, w109a)
        if lead is not None and title is not None:
            title = f"{lead} {title}"
        if len(name) > 2 and (k := _unit_words_before_name(name)):
            name = name[k:]  # a numbered unit's name before the person's: ‘Superintendent of Industrial Police-2
            # Md Kamrul Islam’, ‘commander of Battalion-14 Abdul Karim’ (its words the role's, never the name's)
        if name and len(name) >= 2 and not honorific and not _after_capital_office(self.text, at):
            # a headline's words before a name ("Top Clinton adviser", "Railing Against Trump"):
            # a word the article also writes in lower case is not part of a name
            # (every word is asked, in order: a word's answer is decided around its first use)
            cut = -1
            for i in range(len(name) - 1):
                if name[i][:1].isupper() and self.common_word(name[i], at) and not (i == 0 and name[i] == "He") \
                        and not (i == 0 and name[i].lower() in AUXILIARY_GIVEN_NAMES and not self._in_headline(at)
                                 and RE_AUXILIARY_GIVEN_BEFORE.search(self.text, max(0, at - 3), at) is not None) \
                        and not (i == 0 and title is not None and name[i].lower() in SPEECH_VERBS and not self._in_headline(at)) \
                        and not (name[i + 1] in DESCENT_PARTICLES and not _opening_word_not_name(name[i])):
                    cut = i  # (never "de" of "Femke de Vries"; nor the surname "He", which reaches here only
                    # where the run was read as a name: "spokesman He Yadong", "He Jun, a senior analyst,"; nor a
                    # verb's word after a title in the body, which a verb there never is: "Health Minister Said Hamad";
                    # nor a given name before a particle of descent: "Said bin Ali Al Rawahi")
            name = name[cut + 1:]
        if len(name) > 2 and not honorific and (title is not None or self.text.endswith(" the ", 0, at)) \
                and (k := place_written_alone_before(self.text, name, self.text.find(" ".join(name), at))):
            name = name[k:]  # a place, a state or a chamber after an office, glued before the name, that the
            # article writes on its own elsewhere: ‘Advocate General Punjab Waseem Abbas Naqvi’ (w60a)
        elif len(name) > 2 and not honorific and self.text.endswith((" in the ", " of the "), 0, at) \
                and (k := _past_chamber_end(tuple(name))):
            name = name[k:]  # a chamber after an office's "in the", glued before a full name: ‘Opposition leader in
            # the National Assembly Raja Imtiaz Ahmed’ (w89b)
        office = self.text[max(0, at - 24):at - 4].split()[-1:] if self.text.endswith(" of ", 0, at) \
            else _office_of_state_before(self.text, at) or self.text[max(0, at - 25):at - 5].split()[-1:] \
            if self.text.endswith(" for ", 0, at) \
            else (m.group(1),) if self.text.endswith(" and ", 0, at) and (m := RE_OFFICE_AND.search(self.text, max(0, at - OFFICE_REACH), at)) \
            else []
        if len(name) > 2 and title is None and office and (office[0].lower() in ROLE_NOUNS or (
                office[0].lower() in OFFICE_BODIES and name[0].lower() in OFFICE_WORDS)):
            # "Secretary of State Madeleine Albright", "Chief of Staff Denis McDonough", "Commissioner
            # for Trade Jan-Willem ter Horst", "Spokeswoman of the Ministry of Foreign Affairs Doan Thi
            # Mai": the run after "of" or "for" opens with the office's name (never "the mayor of New
            # York City")
            k = 0
            while k < len(name) - 2 and name[k].lower() in OFFICE_WORDS and gender_of(name[k]) is None:
                k += 1
            if not k and len(name) == 3 and office[0][:1].isupper() and _word_like(name[0]) \
                    and gender_of(name[0]) is None and gender_of(name[1]) is None and name[1].lower() not in PARTICLES:
                k = 1  # (one word of the office that reads as an English word, before a name of two no
                # list holds: "Director of Vigilance Sanjukta Mohapatra")
            if not k and _office_word_before_given(office[0], name):
                k = 1  # "Professor of Sociology Renée Castellanos", "Dean of Admissions Carla Ruiz"
            if not k and self.text.endswith(" for ", 0, at) and _seat_before_given(office[0], "for", name):
                k = 1  # a member's seat: "Independent Member for Clarence David Renshaw"
            cut = k or _office_words_before_given(name) or _place_words_before_name(name, office[0]) \
                or _place_before_given(name) or _remit_before_particle_name(name)
            if cut and name[cut - 1].rstrip(".").lower() in NAME_LEADS:
                cut -= 1  # (a given name's abbreviation is the name's: ‘… Battalion-14 Md Abdul Karim’)
            name = name[cut:]
        elif len(words) > 2 and title is not None and office and office[0].lower() in ROLE_NOUNS \
                and _office_words_before_given(words):  # ("Director of Student Conduct Alan Pryce": a word
            # of the office read as a title, "Student", and one no list holds, "Conduct")
            title, name = None, words[_office_words_before_given(words):]
        elif len(name) > 2 and title is None and (post := _posted_to(self.text, at, name)) is not None:
            # "Chinese Ambassador to Argentina Li Deming", "U.S. Ambassador to Japan Rahm Emanuel":
            # the run after an envoy's "to" opens with the place (never "to Argentina Li Deming")
            title, name = post
        elif len(name) > 2 and title is None and (pre := RE_OFFICE_REMIT_BEFORE.search(self.text, max(0, at - 60), at)) \
                is not None and pre.group(1).lower() in ROLE_NOUNS \
                and (k := _office_words_before_given([*pre.group(2).split(), *name]) - len(pre.group(2).split())) > 0 \
                and all(w.isalpha() and w[1:].islower() for w in name[:k]):  # (words, never an initial: "M. Ramesh Kumar")
            name = name[k:]  # the rest of an office's remit, whose first word the title took, before the name:
            # ‘Director of Student Wellness Services Andrea Kowalski’ is Andrea Kowalski (w66c)
        if len(name) > 2 and title is None and (k := _body_words_before_holder(name) or _initial_after_body_words(name)) \
                and _after_linked_office(self.text, at):
            name = name[k:]  # a body after an office's "in the", "to the" or the "and" of its remit, before a
            # name no list holds: ‘Minister in the Presidency Khumbudzo Ntshavheni’, ‘Special Adviser to the
            # President on Media and Publicity Femi Adesina’ (the office is the mention's role)
        if title is None and office and office[0].lower() in ROLE_NOUNS and 0 < len(name) < len(words) \
                and words[-len(name):] == name and (all(w.lower() in OFFICE_WORDS for w in words[:-len(name)])
                                                    or _office_for_place(office[0], words[:-len(name)])
                                                    or _place_before_given(words) == len(words) - len(name)):
            # the office is the title ("Secretary of State Madeleine Albright … the secretary said")
            m = RE_OFFICE_AND.search(self.text, max(0, at - OFFICE_REACH), at) if self.text.endswith(" and ", 0, at) \
                else RE_TITLE_BEFORE_PREP.search(self.text, max(0, at - 60), at)
            opening = self.text[m.start(1):at].rstrip() if m is not None and m.re is RE_OFFICE_AND \
                else _title_before_prep(m) if m is not None else office[0]
            title = f"{opening} {' '.join(words[:-len(name)])}"  # ("Minister for Culture, Tourism and Civil Aviation")
        elif title is None and office and office[0].lower() in OFFICE_BODIES and 0 < len(name) < len(words) \
                and words[-len(name):] == name and (opening := _office_opening_body(self.text, at)) is not None:
            title = f"{opening} {' '.join(words[:-len(name)])}"  # (an office of a body named after its "of":
            # ‘Deputy Spokesperson of the Ministry of Foreign Affairs Đỗ Thanh Nga’ … "the deputy spokesperson")
        if len(name) == 2 and name[0].lower() in STYLE_TITLES and title is None and gender_of(name[1]) is None \
                and (q := self.by_surname.get(surname_key(name))) is not None and not q.name.startswith(name[0] + " ") \
                and self._holds_style(q, name[0]):
            return None  # a style and a surname, no full name: "Deacon Freeman" (of Deacon Willie Freeman;
            # but "Dean Baker" is a name, unless a Baker named in full before is a dean: "Vikram Amar, dean
            # of …, … Dean Amar"; never "Dean and Patty Schroeder")
        if title is None and self._faith_titled_in_full(name) is not None:
            return None  # (guard, review rv78d) a faith's title and a word of one named in full with it:
            # "Swami Haridev" of Swami Haridev Purananda, no one else
        if len(name) == 2 and title is None and name[0].isupper() and name[0].lower() in OFFICE_LETTERS \
                and self._given_name_before(name[1]):
            return None  # an office's letters and a surname: "CS Koech" of Education Cabinet Secretary Julius
            # Koech, whoever the article names first (never "CS Lewis", with no Lewis named in full)
        rank = len(words) == 2 and title == words[0] and words[0].lower() in SPELLED_RANKS and name[0].isalpha() \
            and name[0][1:].islower() and name[0].lower() not in ROLE_NOUNS and name[0].lower() not in ONE_WORD_PLACES \
            and not self.common_word(name[0], at)  # a rank and a surname: "General Petraeus said" (never
        # "General Assembly", "Inspector General")
        if not name or _is_organisation(name) or len(name[-1]) < 2 or (len(name) < 2 and not honorific and not rank) \
                or (len(name) == 2 and name[0].lower() in COMPASS_WORDS and name[1].lower() in DEMONYMS) \
                or (len(name) == 2 and name[-1].lower() in ROLE_NOUNS and name[0].lower() in TITLE_QUALIFIER_WORDS) \
                or ends_in_title(name) \
                or (len(name) < 2 and honorific in GIVEN_NAME_HONORIFICS) \
                or (len(name) == 2 and name[0].lower() in RELIGIOUS_STYLES) \
                or (name[0].lower() in NUMBER_NAMES and title is None):
            return None  # ("Sir Malcolm" is a knight's given name: Sir Malcolm Pryce's, found later; a
            # count opens no one's name: a headline's "Twelve Hours in Bay 4")
        full = " ".join(name)
        where = len(words) - 1 - list(reversed(words)).index(name[0]) if name[0] in words else 0
        if len(name) == 1 and where >= 1 and words[where - 1].rstrip(".").lower() in PEER_STYLES:
            full = f"{words[where - 1]} {full}"  # a peer's style is part of the name: "Lord Fennimore"
            # (right before it: never "Lord Justice Singh"; "Lord Pannick KC" is Lord Pannick)
        elif len(name) == 1 and where >= 2 and words[where - 1] == "Justice" \
                and words[where - 2].rstrip(".").lower() in JUDGE_STYLES:
            full = f"{words[where - 2]} Justice {full}"  # an English judge's style is part of the name too:
            # "Mrs Justice Ainsworth-Lee", "Lady Justice Ferrier" (never a bare "Justice Thomas"; w133i)
        surname = cast_key(name)
        by_honorific = GENDERED_HONORIFICS.get(honorific) if honorific is not None \
            and not (honorific == "lord" and title is not None and title.startswith(words[0] + " ")) else None
        # ("Lord Mayor Annette Holloway": the style of an office, which tells no sex, never a peer's)
        gender = by_honorific or sex_of_given_name(name[0]) or GIVEN_MONTH_SEX.get(name[0]) if len(name) > 1 else by_honorific
        if len(name) > 2 and name[-2] in IRISH_PARTICLE_SEX and by_honorific is None:
            gender = IRISH_PARTICLE_SEX[name[-2]]  # an Irish surname's particle tells the sex, over a given name
            # both sexes bear: ‘Bernie Ní Ruairc’, ‘Nóra Uí Cheallaigh’ (women), ‘Seán Ó Briain’ (a man)
        if gender is None or (by_honorific is None and name[0].lower() in SHARED_GIVEN_NAMES):
            # the noun before the name: "His granddaughter, Keisha Whitley,", "9/11 widow Terry
            # Strada" (a woman, whatever "Terry" says; but a "spokesman" or an "actor" may be a
            # woman: "Trump spokesman Hope Hicks")
            kin = self._kin_word_before(at) if RE_KIN_OPENING.search(self.text, max(0, at - 40), at) else None
            prev = self.text[max(0, at - 16):at].split()[-1:] if title is None else []
            noun = kin or (prev[0] if prev and prev[0] in FAMILY_NOUNS else None)  # (never "Drag queen Jordan Marx")
            gender = GENDERED_NOUNS.get(noun or "") or gender
        p = self.by_surname.get(surname)
        if p is not None and " " in p.name and full.endswith(" " + p.name) \
                and (all(gender_of(w) is not None for w in name[:len(name) - len(p.name.split())])
                     or _irish_surname_alone(p.name.split(), Person(full))) \
                and (not p.spots or at < p.spots[0][0]):  # (a first line read late; never a daughter named after her father)
            p.name = full  # a surname of several words met first, then the full name: "Ruiz de la
            # Torre" is María Fernanda Ruiz de la Torre (given names only before it, never "Jeb Bush Hits";
            # or one word before an Irish surname of several: "Ní Chonaill" is Gráinne Ní Chonaill)
            p.gender = p.gender or gender
        elif p is not None and len(name) > 2 and p.name.endswith(" " + full) and name[1].lower() in PARTICLES:
            return p  # (and the other way round: the surname "Ruiz de la Torre" after the full name)
        elif p is not None and (_irish_surname_alone(name, p) or (_double_surname_alone(name, p) and p.spots and p.spots[0][0] < at)):
            if title and title not in p.roles:
                p.roles.append(title)
            return p  # (and an Irish surname of two or three words after the full name, with a title or an honorific:
            # "Judge Ní Bhriain" of Siobhán Ní Bhriain, "Mr Ó Snodaigh" of Aengus Ó Snodaigh; never another's
            # given name; and a surname of two words after the full name named before: "Ferraz Menezes, 26," of
            # Lucas Ferraz Menezes)
        if p is not None and len(name) > 1 and _other_given_name(name, p) and name[0].lower() not in PARTICLES \
                and not (_suffix(p.name.split()) and not _suffix(name)) \
                and (gender_of(name[0]) is not None or sex_of_given_name(name[0]) is not None or title is not None or len(name) > 2
                     or self._namesake_of(surname, name) is not None or self._kin_before(at) or at in self._couple_starts
                     or (len(name) == 2 and self._set_off_as_kin(name[0], name[1]))
                     or RE_AGE_AFTER.match(self.text, at + len(" ".join(words))) is not None
                     or (len(name) == 2 and self.text.startswith(",", at + len(" ".join(words)))
                         and self.text[max(0, at - 2):at] == ", " and self._unlisted_given(name[0], p, at))
                     or (len(name) == 2 and len(words) == 2 and self.text.startswith(DESCRIBED_AFTER, at + len(" ".join(words)))
                         and self.opens_sentence(at) and self._unlisted_given(name[0], p, at))
                     or self._other_sex_told(p, at + len(" ".join(words)))
                     or (len(name) == 2 and honorific is not None and name[0].lower() in SPEECH_VERBS and not self._in_headline(at))
                     or (len(name) == 2 and self.text.startswith(", who ", at + len(" ".join(words)))
                         and self.opens_sentence(at) and self._unlisted_given(name[0], p, at))
                     or (len(name) == 2 and (honorific is not None or _role_word_before(self.text, at))
                         and self._unlisted_given(name[0], p, at))
                     or (written_surname_first(name) and sorted(name) != sorted(p.name.split())
                         and not _same_name_respelled(name, p.name.split()))):
            # (and a given name no list holds, set off between commas: ‘Alfie's dad, Lee Dobbs, …’, or
            # opening a sentence and described after it: ‘Elspeth Buchanan, a senior economist, estimated’, or
            # given an age: ‘… taxi owner Lwazi Sigcau …. / Nomakhosazana Sigcau, 67, was the first witness’)
            # (a known given name, or a compound one whose parts tell one sex, ‘Marie-Claire Walsh’ beside
            # Peter Walsh, a title, a middle name, or a namesake met before: never a
            # heading's word, "Absent Sanders"; or a pronoun of the other sex than p's reports the name:
            # ‘Gareth Evans … The minister, Rhian Evans, said she’; or one introduced by a relative clause
            # as the subject of a sentence, ‘Shona Reid, who runs the food bank, said’ beside Callum Reid;
            # or one brought in after an honorific or a role, as a new person is: ‘Dr Abul Hossain …. Public
            # health expert Prof Mushtaq Hossain, a former adviser, said’, ‘chief executive Litia Vuniwaqa’
            # beside Ratu Semi Vuniwaqa; or a verb's word after an honorific, a given name there: ‘Mr Said
            # Juma’ beside Amina Juma; or a name written surname first beside
            # one written given name first: ‘Daniel Park …. Park Ji-won’, never ‘Ji-won Park’ reordered)
            if title is None and honorific in OFFICE_HONORIFICS and lead is None:
                title = words[0]  # (with the office its honorific is: ‘Sen. Carmela Reyes’ beside Mayor Ben Reyes)
            return self._namesake(surname, name, gender, title)
        if p is None and (len(name) == 2 or (len(name) == 1 and honorific)) \
                and not (len(name) == 2 and gender_of(name[1]) is not None and name[0].lower() not in NAME_LEADS) \
                and not self._kin_before(at) and not self.text.startswith((", a ", ", an "), at + len(" ".join(words))) \
                and (longer := self._part_of_longer(name, at)) is not None \
                and (not self.text.startswith(", the ", at + len(" ".join(words))) or _lead_then(longer.name, name)) \
                and not (gender and longer.gender and gender != longer.gender):  # (never "Mr Chan" of Mary Chan Wai-ling)
            # ("Kamarul Ariffin" of Kamarul Ariffin Sulaiman, "Dr Azhar" of Mohamad Azhar Osman; never
            # two given names, "Juan Carlos", "Anna Maria", unless the first is a Malay lead, with which the second
            # is one given name: "Nur Aisyah" of Nur Aisyah Zulkifli; nor kin or someone described: "Her
            # father, Gen. Aung San,", "Mr Rashid, a shopkeeper,", "Mr Tan, the owner,"; but the name one
            # is called by after a Malay lead may be described as a definite one is: ‘Mr Muhammad Farid
            # Salleh …. Mr Farid, the eldest of four children,’)
            return longer
        if p is None and len(name) == 1 and honorific in SURNAME_HONORIFICS \
                and not RE_KIN_SET_OFF_AFTER.match(self.text, at + len(" ".join(words))) \
                and (first := self._surname_written_first(name[0], gender)) is not None:
            # (never one set off as another's kin: ‘Jang Mi-ran …. Mr. Jang, her father, said’)
            return first  # "Mr. Fujisaki" of transport minister Fujisaki Tetsuo, named before
        if p is None and len(name) <= 2 and (titled := self._titled_given(words, name, at)) is not None:
            return titled  # a given name after the rank the full name had: "Pol Col Sakda" of Pol Col Sakda Chaimongkol
        if p is not None and " " not in p.name and full.startswith(p.name + " ") and written_surname_first(name) \
                and p.spots and p.spots[0][0] < at:
            return self._namesake(surname, name, gender, title)  # a bare surname met before a name written surname
            # first is someone else's (‘Minister for Manpower Koh Boon Hwee …. Mr Koh said …. MP Koh Mei Xin’)
        if p is None or (len(full) > len(p.name) and full.endswith(" " + p.name) and " " not in p.name) \
                or (" " not in p.name and full.startswith(p.name + " ") and written_surname_first(name)) \
                or (len(name) > 1 and p.name.split()[0].lower() in PEER_STYLES and p.name.count(" ") == 1
                    and full.endswith(" " + p.name.split()[1])):  # (and "Lord Coe" grows into Sebastian Coe)
            # (a surname alone grows into the full name; a full name never grows a heading's
            # words before it: "Marco Rubio" stays, whatever "Jeb Bush Hits Marco Rubio" says)
            p = Person(full, gender=gender or (p.gender if p else None))
            self.by_surname[surname] = p
        elif len(name) > 1 and p.name.endswith(" " + full) and gender_of(name[0]) is not None:
            # (and a heading seen first gives way to the plain full name of a known given name:
            # "Crooked Hillary Clinton" to "Hillary Clinton", never "Marine Le Pen" to "Le Pen")
            p.name = full
        elif p.gender is None and gender and (len(name) == 1 or name[0] == p.name.split()[0]) and not (
                len(name) == 1 and (spouse := self._partner_named(p, at)) is not None
                and spouse[1] == gender) \
                and not (len(name) == 1 and self.namesakes.get(surname)):
            p.gender = gender  # ("Mr. Lee" or "John Lee" for John Lee; never Bill's for Hillary Clinton, nor
            # the wife's for Geoff Attwell, "who runs a farm with his wife, Sarah. … Mrs Attwell", nor the
            # first of namesakes': ‘Dilys Morgan … Her son, Huw Morgan, … Mr Morgan said’ tells his sex, not hers)
        if title is None and honorific in OFFICE_HONORIFICS and (words[0].endswith(".") or len(name) > 1):
            title = f"{lead} {words[0]}" if lead is not None else words[0]  # "Sen. Ron Johnson": the honorific is
            # the office (not the "Gen" of "Gen Nakatani"), a capital "Former" before it part of it ("Former Gov.")
        if title:
            before = self.text[max(0, at - 16):at].split()
            if before and before[-1] in TITLE_QUALIFIERS and not (
                    before[-1] == "then" and (len(before) < 2 or before[-2].lower() in ("and", "but", "since", "so")
                                              or before[-2][-1:] in ",.;:")):
                # "former President Donald Trump": no longer the president, "state Sen. Maria Delgado":
                # of a state's senate (but "And then President Trump weighed in" is a time, not a title)
                title = f"{before[-1]} {title}"
        if title and title not in p.roles:
            p.roles.append(title)
        p.titled = p.titled or bool(title)
        return p

    def _surname_written_first(self, word: str, gender: str | None) -> Person | None:
        """The one person named in full before, by a name that opens with this word, which an
        honorific shows to be a surname written first, as Japanese, Korean and Chinese names are
        (‘Transport minister Fujisaki Tetsuo …. Mr. Fujisaki said’), when the word is no given name
        the lists hold (never "Ms. Kelly" of Kelly Brennan) and nothing else tells the sex apart."""
        if gender_of(word) is not None or word.lower() in SHARED_GIVEN_NAMES or word.lower() in FUNCTION_WORDS:
            return None
        owners = [q for q in self._named_in_full() if q.name.startswith(word + " ") and q.spots and not _named_place(q)]
        if len(owners) != 1 or owners[0].name.count(" ") != 1 or not (_surname_first(owners[0].name) or self._styled(owners[0])):
            return None  # (only a name the lists read as surname first, "Fujisaki Tetsuo", "Han Sung-woo", or
            # one written after a style, "Hon Nabbanja Robinah": never "Mr. Ellis" of Ellis Marsh, whose given
            # name no list holds)
        q = owners[0]
        return q if gender is None or q.gender in (None, gender) else None

    def _part_of_longer(self, name, at: int = 0) -> Person | None:
        """The one person of a longer name (three words or more) that these words are part of: its
        first or last two ("Kamarul Ariffin" of Kamarul Ariffin Sulaiman, "Sue Ann" of Lim Sue Ann),
        or the name a person is called by after a Malay "Mohamad" or in a four-word name ("Azhar" of
        Mohamad Azhar Osman, "Ng" of Sylvia Ng Pei Shan). Only the latest people are read."""
        written = " ".join(name)
        found = None
        for q in itertools.islice(reversed(self.by_surname.values()), LONGER_NAME_REACH):
            full = q.name
            if full.count(" ") < 2 or q.kind != "name" or not q.spots or q.spots[0][0] > at:
                continue  # (a longer name named before)
            if len(name) == 2:
                if not (full.startswith(written + " ") or full.endswith(" " + written)):
                    continue
            elif not (full.split()[1] == written and (full.count(" ") >= 3 or full[:full.index(" ")].lower() in NAME_LEADS
                                                       or _english_then_chinese(full))):
                continue
            if is_organisation(full.split()) or full[full.rindex(" ") + 1:] in PLACE_HEADS:
                continue  # (a person's: never "… Washington National Airport"; asked only of a name
                # these words are part of, the few)
            if not any(s_ >= self.first_line_end and not self._in_headline(s_) for s_, _ in q.spots):
                continue  # (never a headline's run: "Mike Pence Calls …")
            if any(self.common_word(w, q.spots[0][0] if q.spots else 0) or w.lower() in FUNCTION_WORDS
                   or w.lower() in SPEECH_VERBS or w.lower() in AUXILIARIES or w.lower() in BE_FORMS_ALL
                   or w.lower() in ("calls", "call", "called") for w in full.split() if w not in name):
                continue  # (never a heading's words: "Mike Pence Calls", "Donald Trump Is")
            if found is not None and found is not q:
                return None  # (two people it could be part of: neither)
            found = q
        return found

    def _titled_given(self, words, name, at: int) -> Person | None:
        """The one person named in full before ``at`` whose name opens with ``name`` (one or two
        words, no one's surname) and who was given the rank or title ``words`` write before it: a
        given name after a rank, as South-East Asian papers call people ("Pol Col Sakda" of Pol Col
        Sakda Chaimongkol, "Sr. Comr. Hendro" of Sr. Comr. Hendro Kusumo). Only the latest people are read."""
        rank = " ".join(words[:len(words) - len(name)])
        if not rank or list(words[len(words) - len(name):]) != list(name):
            return None
        written = " ".join(name) + " "
        found = None
        for q in itertools.islice(reversed(self.by_surname.values()), LONGER_NAME_REACH):
            if q.kind == "name" and q.name.startswith(written) and q.spots and q.spots[0][0] < at \
                    and any(r == rank or r.endswith(" " + rank) for r in q.roles):
                if found is not None and found is not q:
                    return None  # (two of that rank and name: neither)
                found = q
        return found

    def _given_name_before(self, surname: str) -> bool:
        """The article names someone in full by this surname somewhere: a known given name among the
        capitalised words right before it (‘Julius Kiprop Koech’; never ‘CS Koech’ alone)."""
        for _, i in zip(range(6), word_positions(self.text, surname)):  # (a few spots: bounded)
            run = RE_NAME_WORDS_BEFORE.search(self.text, max(0, i - 60), i)
            if run is not None and any(gender_of(w) is not None for w in run.group().split()):
                return True
        return False

    def _faith_titled_in_full(self, name: Sequence[str]) -> Person | None:
        """(Guard, review rv78d) The one person named in full after a faith's title whose given name or
        surname is the word after that title: "Swami Haridev" of Swami Haridev Purananda, "Ayatollah
        Khamenei" of Ayatollah Ali Khamenei, as a report calls them again; None if none, or two."""
        if len(name) != 2 or name[0].lower() not in FAITH_TITLES or not name[0][1:].islower():
            return None
        found = {id(q): q for q in self._named_in_full() if name[1] in (q.name.split()[0], q.name.split()[-1])
                 and not q.name.startswith(name[0] + " ") and self._holds_style(q, name[0])}
        return next(iter(found.values())) if len(found) == 1 else None

    def _holds_style(self, p: Person, style: str) -> bool:
        """A style before a surname ("Deacon", "Dean") is ``p``'s title: the article writes it before
        their full name ("Deacon Willie Freeman"), a role of theirs holds it ("Vikram Amar, dean of
        the law school"), or an office of it sets off their name ("The Dean of Winchford, the Very
        Revd Dr Catherine Ellery"); never a namesake's given name ("Dean Spanos" beside John Spanos)."""
        text = self.text
        given = p.name.split()[0]
        for start, end in p.spots:
            if text.find(given, start, end) < 0:
                continue  # (a spot of someone else's name: "Dean Spanos" read as John Spanos's)
            before = text[max(0, start - 80):start]
            if before.endswith(style + " ") or text.startswith(style + " ", start) \
                    or (style + " of ") in before or (style.lower() + " of ") in before:
                return True
        return any(style.lower() in r.lower().split() for r in self.roles_of(p))

    def _namesake_of(self, surname: str, name) -> Person | None:
        """The namesake kept for a full name (its words) of that surname, if any."""
        return next((o for o in self.namesakes.get(surname, ()) if not _other_given_name(name, o)), None)

    def _namesake(self, surname: str, name, gender: str | None, title: str | None) -> Person:
        """The person of a full name whose surname the cast keys by another ("Bill Clinton")."""
        p = self._namesake_of(surname, name)
        if p is None:
            p = Person(" ".join(name), gender=gender)
            others = self.namesakes.setdefault(surname, [])
            if len(others) < NAMESAKES_KEPT:  # (bounded: every look-up reads them all)
                others.append(p)
        if title and title not in p.roles:
            p.roles.append(title)
        return p
