"""The people of one article, and which of them a mention names.

A per-document :class:`Cast` collects the full names the article gives, then resolves short
names, titles, pronouns and anonymous sources to the person or description the article
introduced, looking back over a bounded window of mentions.

Its parts live in modules by what they decide: the mixins of :class:`Cast`
(:mod:`quotesearch.cast_names`, :mod:`quotesearch.cast_namesakes`, :mod:`quotesearch.cast_mentions`,
:mod:`quotesearch.cast_openings`, :mod:`quotesearch.cast_lookup`, :mod:`quotesearch.cast_bodies`,
:mod:`quotesearch.cast_holders`, :mod:`quotesearch.cast_pronouns`) and the rules they read
(:mod:`quotesearch.people`, :mod:`quotesearch.bylines`, :mod:`quotesearch.full_names`,
:mod:`quotesearch.kinship`, :mod:`quotesearch.firms`, :mod:`quotesearch.offices`,
:mod:`quotesearch.sources`, :mod:`quotesearch.descriptions`).
"""

from __future__ import annotations

import functools
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, SMALL_COUNT_NAMES
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import OWNED_BODY_NOUNS
from quotesearch.role_words import COURT_PARTY_NOUNS, DESCRIPTION_NOUNS, GENDERED_NOUNS, HANDOVER_OFFICE_WORDS, ROLE_NOUNS
from quotesearch.speech_words import RE_PRONOUN_CONTRACTION, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import is_byline, is_headline
from quotesearch.people import Person, RE_DOUBLE_MARK, RE_WORD_AFTER, SurnameIndex, surname_key
from quotesearch.bylines import (
    _lede_not_headline, bare_byline, credit_lines, standfirst_reporters, subject_name_line,
)
from quotesearch.office_titles import RE_TITLE_LETTERS
from quotesearch.sources import (
    GROUP_BREAKS, RE_SOURCE_GROUP, SOURCE_GROUP_HEADS, SOURCE_KIN, SOURCE_NOUNS, _another_before, _joins_modifiers,
    _past_who_clause, described_plural,
)
from quotesearch.cast_names import CastNames
from quotesearch.cast_namesakes import CastNamesakes
from quotesearch.cast_mentions import CastMentions
from quotesearch.cast_openings import CastOpenings
from quotesearch.cast_lookup import CastLookup
from quotesearch.cast_bodies import CastBodies
from quotesearch.cast_holders import CastHolders
from quotesearch.cast_pronouns import CastPronouns


#: A fuller name given for one named shorter, set off after them (‘Khasawneh, whose full name is Omar
#: Suleiman Khasawneh, said’): the canonical name is the fuller one (Cast._full_names_given).
#:
#: >>> RE_FULL_NAME_GIVEN.search("Roe, whose full name is Anna Maria Roe, said").group(1)
#: 'Anna Maria Roe'
#: >>> RE_FULL_NAME_GIVEN.search("Roe, whose full name is withheld, said") is None
#: True
RE_FULL_NAME_GIVEN = LazyPattern(r",\s+whose\s+full\s+name\s+is\s+(\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'\-]*|bin|bint|ibn|al|el|de|van|von|da|di))+)")
RE_HIS_MAJESTY = LazyPattern(r"\b(His|Her|his|her) (?:Royal )?$")


#: A second unnamed source brought in (‘Another insider’, ‘A second source’, ‘a third person’).
RE_LATER_SOURCE = LazyPattern(r"\b(?:[Aa]nother|[Aa] second|[Aa] third)(?: [\w\-]+){0,3}? (source|insider|person|official)\b")

#: Words that count people at the start of a description ("Two Egyptian security sources").
COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many some dozens".split())


#: People in the plural who speak, opening a sentence (‘Two other sources said’, ‘Three current and
#: former employees, who spoke …, described’), and how far back "one of them" may find them; bodies in
#: the plural are no people ("the companies said").
RE_GROUP_SPOKE = LazyPattern(r"(?i:\b(?:two|three|four|five|six|several|both)\b)(?: [\p{L}\-]+){0,4}"
                               r"(?=[^.!?]{0,200}?\b(?:said|say|says|told|tell|added|described|spoke)\b)"
                               r"|(?<=\b[Aa]ccording to )(?i:(?:two|three|four|five|six|several|both)\b)(?: [\p{L}\-]+){0,4}")
GROUP_REACH = 600


#: The heads of one of those sources spoken of again (‘that person said’, ‘the source said’).
ONE_SOURCE_HEADS = frozenset("person source insider".split())


#: People or documents in the plural that open the sentence before (‘Former employees posted …. One
#: wrote:’, ‘She sent more than 200 messages. One read:’ is no such sentence, its object not its opener).
RE_GROUP_OPENS = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}[\p{Ll}\-]*s|\p{Lu}[\p{Ll}\-]*\s(?:[\p{Ll}\-]+\s){0,2}?[\p{Ll}\-]+s)\b"
                               r"(?=[^.!?\n]{0,200}[.!?]\s*$)")
GROUP_OPENS_REACH = 300


BODY_PLURALS_SPOKE = frozenset("companies firms agencies groups parties governments banks countries nations".split())

#: "the" and an office's initials, two or three capitals (‘the DC’, ‘the DG’), which the one named with
#: that office's words is (:func:`quotesearch.offices._office_initials`).
#:
#: >>> [bool(RE_OFFICE_INITIALS_MENTION.fullmatch(t)) for t in ("the DC", "The DG", "the ADC", "the BBC2", "the Dc")]
#: [True, True, True, False, False]
RE_OFFICE_INITIALS_MENTION = LazyPattern(r"(?i:the) \p{Lu}{2,3}")

#: An office owned by a body called by its kind, as a whole mention: ‘the company's chief executive’,
#: ‘the agency’s director’ (group 1 the kind, group 2 the office).
RE_BODY_OWNED_OFFICE = LazyPattern(r"(?i:the) (\p{Ll}+)[’']s ((?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*)")


class Cast(CastNames, CastNamesakes, CastMentions, CastOpenings, CastLookup, CastBodies, CastHolders, CastPronouns):
    """The people of one article and the recent mentions of them, for resolving short forms.

    Full names are collected from the whole text first (so "Pistorius" resolves to "Boris
    Pistorius" even when the full name comes later); resolution looks back over at most
    ``window`` recent mentions, so it stays linear in the article's length.
    """

    def __init__(self, text: str, window: int = 40, paras: Sequence[tuple[int, int]] = ()):
        self.text = text
        self.paras = paras
        # (and a byline's or a credit line's names are the reporters', never the article's people)
        #: The lines that credit the article's reporters: a byline (‘By Ruth Adair’, ‘Ruth Adair, Health
        #: Reporter’), a reporter's name alone under the headline, one closing the standfirst (w104d).
        self.bylines = frozenset([(s, e) for s, e in paras if e - s <= 160 and is_byline(text[s:e])]
                                 + bare_byline(text, paras) + standfirst_reporters(text, paras))
        self.headlines = [(s, e) for s, e in paras if e - s <= 160 and is_headline(text[s:e])]
        self.headlines = sorted(set(self.headlines) | self.bylines
                                | set(credit_lines(text, paras)))  # (and the outlet's line beside a byline)
        # a short first line without quotation marks may be the headline, whatever its case
        # ("Understated Perez raises political profile."): its names count after the body's
        self.first_line_end = paras[0][1] if len(paras) > 1 and paras[0][1] - paras[0][0] <= 100 \
            and not RE_DOUBLE_MARK.search(text, *paras[0]) and not _lede_not_headline(text, *paras[0]) else 0
        self.by_surname: dict[str, Person] = SurnameIndex()
        #: Other people of a surname the cast keys by someone else ("Bill Clinton" beside the
        #: Hillary Clinton the article names first): their own names, roles and spots.
        self.namesakes: dict[str, list[Person]] = {}
        self.window = window
        self.position = 0  # where in the text resolution happens now
        self.speakers: list[tuple[int, Person]] = []  # speakers found so far, in text order
        self._spoke_at: set[int] = set()  # where those speakers spoke
        self._stream: list[tuple[int, Person]] | None = None
        self._stream_starts: list[int] = []
        self._stands_for: dict[int, Person] = {}  # descriptions at a cue that stand for someone named
        #: What a bare "the <kind>" was read as, per kind, in text order (bodies_again's memory).
        self.kind_bodies_read: dict[str, list[tuple[int, Person]]] = {}
        self._people_of: dict[tuple[str, ...], Person | None] = {}
        self._common: dict[str, bool] = {}
        self._uses_they: bool | None = None  # (someone uses "they": found on first use)
        #: Where each one named (by id) was read as a cue's singular "they" (‘…,’ they say), in text order.
        self._they_read_at: dict[int, list[int]] = {}
        self._first_words: dict[str, Person | None] | None = None
        self._inner_words: dict[str, Person | None] | None = None
        self._owners: dict[str, list[Person]] | None = None
        #: For each body noun ("agency"), where the text names a body of its kind (made on first use).
        self.bodies: dict[str, tuple[list[int], list[str], int]] = {}
        self._body_names: list[tuple[int, str, list[str]]] | None = None
        self._marked: dict[int, bool] = {}  # whether the article marks a person as one (kin, age …), by id
        #: The (start, end) of the quotations' words, in order: their mentions are no antecedents.
        self.quoted: list[tuple[int, int]] = []
        self._companies: dict[str, str | None] | None = None
        self._short_bodies: dict[tuple[str, ...], str | None] | None = None
        self._after_its_kind: dict[str, bool] = {}  # (one-word names written after a body's kind)
        self._its_taken_up: dict[str, bool] = {}  # (names a clause of their own takes up by "its")
        self._first_word_cues: dict[str, Person] = {}  # the first words cues have named people by
        self._couple_starts: set[int] = set()  # where the first of a couple is named ("Jo and Rob Kessell")
        self._nickname_runs: set[int] = set()  # where the runs before a nickname that a full name took in end
        self._nicknames: dict[str, Person | None] = {}  # one-word nicknames in marks inside a name, lower-cased
        self._nicknames_written: dict[str, str] = {}  # (and as written: ‘Packie’)
        self._nickname_pairs: dict[tuple[str, str], Person] = {}  # two-word nicknames in marks inside a name: ‘Big Davie’
        self._addressed_nicknames: set[int] = set()  # where nicknames with a word of address start: ‘“Miss Dot”’
        self._founders: dict[str, bool] = {}  # whether a founder is spoken of near a company's two words
        self._first_ats: dict[str, int] = {}  # where the text first writes some words
        self._taken: dict[tuple[int, int], bool] = {}  # whether a surname was written alone before a namesake
        self._sorted_spots: dict[int, tuple[int, list[tuple[int, int]]]] = {}  # people's spots in text order
        self._kin_openings: list[tuple[int, regex.Match]] | None = None  # sentences opening with kin ("His wife, Leanne,")
        self._collect_names()
        self._full_names_given()
        self._sexes_told()

    def credits_writer(self, para: tuple[int, int]) -> bool:
        """The line ``para`` credits the article's writer (:attr:`bylines`), never a name alone on its line
        that the story goes on with (:func:`~quotesearch.bylines.subject_name_line`): what stands on it is
        no label, no antecedent and no sentence before of the words under it.

        >>> t = "Depot plan rejected\\n\\nBy Ruth Adair\\n\\n“We were never asked.”"
        >>> Cast(t, paras=[(0, 19), (21, 34), (36, 58)]).credits_writer((21, 34))
        True
        """
        return para in self.bylines and not subject_name_line(self.text, para, self.paras)

    @functools.cached_property
    def _low(self) -> str:
        """The text lowercased, made once on first use (never per mention)."""
        return self.text.lower()

    def _full_names_given(self) -> None:
        """A fuller name the article gives for one it named shorter (‘Omar Khasawneh … Khasawneh, whose
        full name is Omar Suleiman Khasawneh,’): the person's canonical name, where its first and last
        words are theirs (never another's: ‘Roe, whose full name is Anna Roe’ beside a Bill Roe stays his)."""
        if "whose full name is" not in self.text:
            return
        for m in RE_FULL_NAME_GIVEN.finditer(self.text):
            words = m.group(1).split()
            if self.text[max(0, m.start() - 40):m.start()].rsplit(None, 1)[-1:] != words[-1:]:
                continue  # (only the surname set off before it: never ‘His son, whose full name is Tom Henry Grey,’
                # beside a father Tom Grey; guard, review rv62b)
            p = self.by_surname.get(surname_key(words))
            if p is not None and len(written := p.name.split()) < len(words) and written[0] == words[0] \
                    and written[-1] == words[-1] and all(w in words for w in written):
                p.name = " ".join(words)

    def _handed_over_unheld(self, text: str, head: str) -> bool:
        """Whether "the <word> <office>" (``text``, its head ``head``) tells of a change of holder by a word of
        :data:`HANDOVER_OFFICE_WORDS` (‘the new commissioner’, ‘the interim coach’) that no named person's role
        holds (‘Acting Gov. X’ holds "acting"): whoever holds the office as written may be the one replaced.

        >>> Cast("Commissioner Ann Lee was sacked. Tom Roe was sworn in.")._handed_over_unheld("the new commissioner", "commissioner")
        True
        >>> Cast("New commissioner Ann Lee was sworn in.")._handed_over_unheld("the new commissioner", "commissioner")
        False
        """
        said = [w for w in text.lower().split()[1:] if w in HANDOVER_OFFICE_WORDS]
        return bool(said) and not any(said[0] in r.lower().split() for p in self.by_surname.values() for r in self.roles_of(p))

    def resolve(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a mention names, and the rule that decided it."""
        if mention.kind == "name" and mention.text in ("Majesty", "Highness", "Royal Highness", "Excellency") \
                and (his := RE_HIS_MAJESTY.search(self.text, max(0, mention.start - 8), mention.start)) is not None:
            return self._resolve_styled(mention, his)
        if mention.kind in ("name", "organisation") and mention.text.endswith(" Court") \
                and (writer := self._opinion_writer(mention)) is not None:
            return writer, "title-anaphor"  # a court's ruling quoted in the lede is its opinion's, whose writer the
            # next paragraph names: ‘The state's Supreme Court ruled that the lines “…”. / Justice Paul Hale,
            # writing for the majority, said …’
        if mention.kind == "name" and (short := RE_PRONOUN_CONTRACTION.fullmatch(mention.text)) is not None:
            # a pronoun run together with its verb is no name: ‘We'd’ and ‘I'm’ speak for themselves,
            # ‘He's’ is whoever "he" is
            return self.resolve(Mention(mention.start, mention.start + len(short.group(1)), short.group(1), "pronoun"))
        if mention.kind == "name":
            return self.person_for_name(mention), "name"
        if mention.kind in ("organisation", "description") and RE_OFFICE_INITIALS_MENTION.fullmatch(mention.text) is not None \
                and mention.text[4:].lower() not in ROLE_NOUNS and (holder := self._initials_holder(mention)) is not None:
            return holder, "title-anaphor"  # letters that are a named holder's office (‘Deputy Commissioner X …. The
            # DC, however, admitted …’), never a body's (‘the FA’) where no one holds an office of those words
        if mention.kind == "organisation":
            return self._resolve_organisation(mention)
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        # descriptions
        if (named := self._named_in_next_sentence(mention)) is not None:
            return named, "description-named"  # (‘a meeting that one member later called “…” That member was
            # Treadwell.’: Treadwell)
        text = mention.text
        if text == "One" and (after := RE_WORD_AFTER.match(self.text, _past_who_clause(self.text, mention.end))) is not None \
                and after.group(1).lower() in SPEECH_VERBS:
            return self._one_of_group_before(mention)
        of_sources = text.lower().startswith("one of the ") and text.lower()[11:] in SOURCE_GROUP_HEADS
        if text.lower() in ("one of them", "another of them", "one of those") or of_sources:
            if (found := self._one_of_them(mention, text, of_sources)) is not None:
                return found
        if text.lower().startswith("one of the ") and len(text.split()) <= 5:
            # ‘Two Egyptian security sources said …. “…,” one of the sources said’: one of them
            group, how = self.resolve(Mention(mention.start + 7, mention.end, text[7:], "description"))
            if group is not None and how == "description-anaphor":
                name = group.name
                if name.split()[0].lower() in COUNT_WORDS:
                    name = name[0].lower() + name[1:]  # ("Two Egyptian security sources" opened a sentence)
                return Person(text[:7] + name, kind="description", gender=None), how
        first = text.split()[0].lower()
        head = description_head(text)
        plural = described_plural(text, head) or (head is None and " and " in text)
        if first == "the" and head in ROLE_NOUNS and self._handed_over_unheld(text, head):
            return Person("the" + text[3:], kind="description", gender=GENDERED_NOUNS.get(head)), "description"  # (‘The
            # state's Commissioner for Lands, X, was sacked …. His replacement, Y, was sworn in. / “…,” the new
            # commissioner said’ is no one the office's word names; review of w144w)
        if first in ("a", "an") and len(text.split()) == 2 and head in ROLE_NOUNS and not plural \
                and (holder := self._holder_of_lede_indefinite(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘… after a judge said its managers had treated the law as “…”. /
            # … Judge Helen Marsh said …’: the lede keeps back the name the body gives
        if first in ("a", "an") and head in ROLE_NOUNS and not plural \
                and (holder := self._holder_named_next(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘A judge in the District Court has described … as ‘…’. Judge Mary
            # Devane fined him …’: a brief names the one it brought in, in the next sentence
        if first == "its" and head in ROLE_NOUNS and not plural and 2 <= len(text.split()) <= 4 \
                and (holder := self._holder_named_after_lede_mention(
                    mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘… a valuation its chief executive called “…”. / … CEO Dana
            # Whitfield wrote …’: the lede keeps back the name the next paragraphs give (never "the <office>",
            # which a holder named after may not be: ‘The president said …. Union president Maria Gomez …’)
        if first == "the" and head in ROLE_NOUNS and not plural \
                and (owned := RE_BODY_OWNED_OFFICE.fullmatch(text)) is not None and owned.group(1).lower() in THING_NOUNS \
                and (holder := self._holder_named_after_lede_mention(
                    Mention(mention.start, mention.end, "its " + owned.group(2), mention.kind),
                    head, [w for w in owned.group(2).lower().split() if w != head])) is not None:
            return holder, "title-anaphor"  # the same, its body by its kind: ‘…, the company's chief executive said. /
            # … CEO Dana Whitfield …’
        if (first.endswith(("'s", "’s")) or (first == "the" and len(text.split()) > 2
                                             and text.split()[1].lower().endswith(("'s", "’s")))) \
                and head in ROLE_NOUNS and not plural and text.lower().split()[-1] == head \
                and (holder := self._holder_opening_after_lede(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘Lithuania's fisheries minister said on Tuesday the quota was “…”. /
            # Rokas Valaitis, who took office in May, said …’: the lede keeps back the name the next paragraph opens with
        if first in ("their", "its") and head in OWNED_BODY_NOUNS and len(text.split()) == 2 \
                and (body := self._body_opening_next(mention.end, head)) is not None:
            return body, "organisation"  # ‘… what their union describes as ‘…’. The Transport Workers Union
            # said the strike would last a week.’
        if first == "its" and head in ROLE_NOUNS and not plural \
                and (holder := self._its_holder(mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘The Reserve Bank of Malawi held its rate, Governor Chisomo Phiri
            # announced. … “…,” its governor said’
        # ("Kemal Aydin and Selin Kaya": two people, a "they")
        owned = first in ("his", "her", "their")  # ("her daughter": one person named just before)
        shared = False
        if first == "the" and len(text.split()) == 3 and text.split()[1].lower() in ("second", "third") \
                and head in SOURCE_NOUNS:
            if (found := self._second_source(mention, text, head)) is not None:
                return found
        if head and not owned and first == "the" and _another_before(self.text, mention.start, head, self.quoted):
            # ‘Another soldier, who declined to give his name, said …. “…,” the soldier said’: the
            # one just described, not the soldier named before
            return Person("the" + text[3:], kind="description", plural=plural,
                          gender=GENDERED_NOUNS.get(head)), "description"
        if first in ("the", "this", "that") and head in ONE_SOURCE_HEADS and len(text.split()) == 2 and not plural \
                and (one := self._one_of_sources_before(mention)) is not None:
            return one, "description-anaphor"  # ‘Two people familiar with the contract said …. One of the
            # people said …. “…,” that person said’: the sources, never one described earlier (‘One contractor’)
        if (first in ("the", "this", "that") or (owned and not plural)) and head and (
                head not in THING_NOUNS or head in ROLE_NOUNS):
            found, shared = self._definite_holder(mention, text, first, head, plural, owned)
            if found is not None:
                return found
        if first == "the" and head in COURT_PARTY_NOUNS and len(text.split()) == 2 and not shared \
                and (party := self._court_party(mention, head)) is not None:
            return party, "title-anaphor"  # ‘Maria Lopes told the court she heard a scream. / “…,” the witness
            # said’; ‘Tan Wei Ming, 34, is accused of cheating investors. … “…,” the defendant told the court’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared \
                and (holder := self._holder_named_after_office(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘The health minister has defended the rollout. / Speaking in
            # Accra, Ama Boateng said …. / “…,” the minister said’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared and len(text.split()) <= 4 \
                and (holder := self._holder_named_after_lede(mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘The health minister warned on Tuesday …. / “…,” the minister said. /
            # … / Minister Grace Achieng, who took office in May, said’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared and len(text.split()) <= 3 \
                and (subject := self._paragraph_subject_described(mention, head)) is not None:
            return subject, "title-anaphor"  # ‘Kiprono, 21, …, said the goal was for his mother. ‘…,’ said the
            # emotional striker.’: the one the paragraph opens with, whom no one else holding that role follows
        if first == "the" and len(text.split()) == 2 and RE_TITLE_LETTERS.fullmatch(text.split()[1]) \
                and (holder := self._spelled_letters_holder(text.split()[1], mention.start)) is not None:
            return holder, "title-anaphor"  # ‘Senior Superintendent of Police (SSP) X …. the SSP said’
        if first == "the" and head in ROLE_NOUNS and head not in SOURCE_NOUNS and not plural and not shared \
                and len(text.split()) <= 5 \
                and (subject := self._previous_paragraph_subject_described(
                    mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return subject, "title-anaphor"  # ‘Ana Ruiz told supporters she was “…”. / ‘…,’ the centre-right
            # candidate said’: the one the paragraph before opens with, whom no one of that office follows
        name = text
        if first in ("a", "an", "the", "another"):
            name = first + text[len(first):]  # (capitalised only for opening a sentence: "Another landlord")
        return Person(name, kind="description", plural=plural, gender=GENDERED_NOUNS.get(head or "")), "description"

    def _second_source(self, mention: Mention, text: str, head: str) -> tuple[Person | None, str] | None:
        """The source "the second source" is: the one brought in last, as written; None to read on (‘A source said …. Another insider disputes that. “…,” the second source says’)."""
        # ‘A source close to Corliss said …. Another insider disputes that. “…,” the second source
        # says’: the one brought in second, never the first
        later = None
        for later in RE_LATER_SOURCE.finditer(self.text, max(0, mention.start - 600), mention.start):
            pass  # (the last brought in before)
        if later is not None and SOURCE_KIN[later.group(1).lower()] == SOURCE_KIN[head]:  # (a source is an
            # insider, never "another person, a cyclist")
            return Person(later.group()[0].lower() + later.group()[1:], kind="description"), "description-anaphor"
        if not _another_before(self.text, mention.start, head, self.quoted):
            return Person("the" + text[3:], kind="description"), "description"
        return None

    def _one_of_group_before(self, mention: Mention) -> tuple[Person | None, str]:
        """The group a bare "One" who speaks is one of: the people the sentence before opens with (‘Former employees posted …. One wrote: “…”’)."""
        # one of the people or the documents the sentence before opens with: ‘Former employees posted
        # on social media about the closure. One wrote: “…”’
        opener = RE_GROUP_OPENS.search(self.text, max(0, mention.start - GROUP_OPENS_REACH), mention.start)
        head = opener.group(1).split()[-1].lower() if opener is not None else ""
        if opener is not None and (head in DESCRIPTION_NOUNS or head[:-1] in DOCUMENT_NOUNS) \
                and head not in BODY_PLURALS_SPOKE and not head.endswith("ss"):
            words = opener.group(1).split()
            if len(words) > 1 and words[0].lower() in ("several", "some", "many", "most"):
                words = words[1:]  # (‘Several residents spoke …. One said’ is one of the residents)
            group = " ".join(words)
            return Person(f"one of the {group[0].lower() + group[1:]}", kind="description"), "description-anaphor"
        return None, "description"  # (a bare "One" of no group: no one the text says)

    def _one_of_them(self, mention: Mention, text: str, of_sources: bool) -> tuple[Person | None, str] | None:
        """The group "one of them" is one of: the people counted just before, or the sources as written (‘Two other sources said …. “…,” one of them said’); None to read on."""
        # (and ‘Two people familiar with the contract said …. “…,” one of the people said’: the sources
        # as written, as for "one of them")
        group = None  # ‘Two other sources said …. “…,” one of them said’: one of the people who spoke just before
        sources = None  # (or anonymous sources, kept as written)
        for g in RE_GROUP_SPOKE.finditer(self.text, max(0, mention.start - GROUP_REACH), mention.start):
            words = g.group().split()
            k = next((k for k in range(1, len(words))
                      if (words[k].lower().endswith("s") or words[k] in ("people", "men", "women"))
                      and words[k].lower() in DESCRIPTION_NOUNS and words[k].lower() not in BODY_PLURALS_SPOKE
                      and not any(w in GROUP_BREAKS and not _joins_modifiers(words, j)
                                  for j, w in enumerate(words[1:k], 1))), None)  # (never ‘six aircraft with crews’)
            if k is not None:  # (to its head: ‘Two people with knowledge of the session’ are "two people")
                group = " ".join(words[:k + 1])
                sources = RE_SOURCE_GROUP.match(self.text, g.start(), mention.start)  # (anonymous sources: the
                # group as first written, ‘Two people familiar with the company's plans said …. One of them said’)
        if group is None:
            sources = self._sources_spoken(mention)  # (‘…, according to people familiar with the matter. …
            # the people said. “…,” one of them said’)
        if group is None and sources is None and of_sources:
            sources = next(iter(reversed(list(RE_SOURCE_GROUP.finditer(
                self.text, max(0, mention.start - GROUP_REACH), mention.start)))), None)  # (‘Sources close to
            # the board said …. “…,” one of the sources said’: the sources just described)
        if sources is not None and (not of_sources or text.lower()[11:] in sources.group(1).lower().split()):
            written = sources.group(1)
            return Person(written[0].lower() + written[1:], kind="description", plural=True), "description-anaphor"
        if text.lower() in ("one of them", "another of them", "one of those"):
            if group is not None:
                the = "the " if group.split()[0].lower() in SMALL_COUNT_NAMES else ""  # (‘one of the two other sources’)
                return Person(f"{text.split()[0].lower()} of {the}{group[0].lower() + group[1:]}", kind="description"), \
                    "description-anaphor"
            return None, "description"  # (no group counted just before: ‘Reporters pressed Schumer and Jeffries.
            # “…,” one of them said’ is either man, no one the text says)
        return None
