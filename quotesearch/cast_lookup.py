"""Names to people: the person a short name, a first word or a given name stands for
(person_for_name), looking back over the recent mentions.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Iterator, Sequence

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import ONE_WORD_PLACES
from quotesearch.name_words import (
    GENERATION_AFTER, HONORIFICS, NAME_LEADS, OFFICE_LETTERS, POLICE_RANK_LETTERS, SOLDIER_RANK_WORDS,
)
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import BODY_NAME_ENDS, BUSINESS_WORDS, ORG_WORDS, SAINT_ABBREVIATIONS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, ROLE_NOUNS, SPORT_POSITIONS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import SHORT_NAME_HONORIFICS, SHORT_TITLES, _body_word, split_title
from quotesearch.name_parts import GENDERED_HONORIFICS, gender_of, is_organisation, written_surname_first
from quotesearch.tokens import word_positions
from quotesearch.people import NAME_SUFFIXES, Person, RE_SENTENCE_END, _position, cast_key, surname_key
from quotesearch.full_names import (
    SHARED_GIVEN_NAMES, _lead_then, _other_given_name, _suffix, _surname_first, _western_then_chinese,
)
from quotesearch.kinship import KIN_SPOTS, RE_KIN_SET_OFF_AFTER, RE_YOUNGER_KIN, _kin_word_set_off_before
from quotesearch.firms import _is_organisation, _named_place
from quotesearch.office_titles import (
    GIVEN_NAME_HONORIFICS, PEER_STYLES, RELIGIOUS_STYLES, RE_HONORIFIC_BEFORE, STYLE_TITLES, SURNAME_HONORIFICS,
    _ranked_in_full, _title_noun,
)
from quotesearch.offices_before_names import _office_name_trimmed
from quotesearch.descriptions import _initials_not_style


#: How bodies speak, after their name: ‘… said in a statement’, ‘… announced’.
RE_BODY_CUE = re.compile(r" (?:said|says|wrote) in (?:a|an|its) (?:\w+ )?(?:statement|filing|release|post)|,? (?:announced|reported)\b")

#: Kin a generation or more older than the one they are kin to ("Her mother, Dorothy Marsh").
RE_ELDER_KIN = LazyPattern(r"(?i:(?:his|her|their) )?(?i:mother|father|grandmother|grandfather|aunt|uncle|mum|mom|dad)\b(?! of\b)")

#: A named one's possessive before a kin noun: ‘Cifuentes’s ’ of ‘Cifuentes’s uncle’, ‘Aisha's ’.
RE_NAMED_POSSESSOR = LazyPattern(r"\b\p{Lu}\p{L}+(?:’s|'s|’|') ")

#: Honorifics before a given name alone that, where an article calls its people so, make it the one
#: named in full with it (‘Mr Pongsak’, ‘Ms Wanida’, ‘Khun Chanida’, as Thai and Indonesian papers write).
GIVEN_CALLING_HONORIFICS = frozenset("mr mrs ms miss khun".split())


#: Ranks that mark the word after them a surname, as "Mr" does (‘DPP Lim’ of Lim Hui Min, ‘Lt-Gen Xu’
#: of Xu Jianhua).
SURNAME_RANKS = frozenset("dpp lt-gen maj-gen brig-gen lt-col insp supt sgt det col gen capt cpl".split())


#: Of :data:`SHARED_GIVEN_NAMES`, those mostly women's where the name is of two words (‘Hillary Clinton …
#: Mr. Clinton’ is her husband), men's often only in East Africa's names of three (‘Hillary Kiprono
#: Chemutai … Mr Chemutai’; review rv32).
RARELY_MALE_SHARED_GIVEN = frozenset("hilary hillary".split())


#: How many first words a cue may name a person by before the mention stream stops being read
#: again for each (bounded: each reading is a pass over the text).
FIRST_WORD_REBUILDS = 8

#: Honorifics before a given name alone that make it the person whose full name the article wrote
#: after the same honorific: "Sir John" of Professor Sir John Curtice (beside John Swinney), the Fijian
#: chief "Ratu Meli" of Ratu Meli Tuiwai Vatunitu, the Māori knight "Tā Wiremu" of Tā Wiremu Kātene;
#: never a Meli named without it; and an elder's "Aunty Margaret" of Aunty Margaret Wilkes.
#:
#: >>> "aunty" in STYLED_GIVEN_NAME_HONORIFICS, "sheikh" in STYLED_GIVEN_NAME_HONORIFICS
#: (True, False)
STYLED_GIVEN_NAME_HONORIFICS = frozenset("sir dame ratu adi tā aunty auntie".split())

#: Of those, the Fijian chiefs' honorifics: a given name after one is only the person the article
#: named in full after it ("Ratu Meli" is never a cane farmer Meli Waqa Bola).
CHIEF_HONORIFICS = frozenset("ratu adi".split())

#: "the younger" or "the elder" before a surname with its honorific ("the younger Mr. Hale").
RE_ELDER_YOUNGER = LazyPattern(r"\b[Tt]he (younger|elder) (?:\p{Lu}\p{L}{0,3}\.? )?$")

#: Which generation, written after a surname and before a stop or a speech verb: ‘Varga senior said’,
#: ‘said Redknapp junior.’ (never an office: ‘Varga senior adviser’).
RE_GENERATION_AFTER = regex.compile(r" (senior|junior)(?=[,.;:!?)]|\s+(?:said|says|told|tells|added|adds|explained|insisted|"
                                    r"admitted|wrote|writes|recalled|claimed|replied|laughed)\b)")

#: The sex a reason for anonymity tells (‘because he was not authorized to speak’).
RE_BECAUSE_SEX = re.compile(r"\bbecause (he|she) (?:was|is|wasn't|isn't|had|has|did|does|didn't|doesn't|would|could|feared|fears)\b")

#: The word right before a name (its group 1), past a comma (‘The winner, Surachet Kaewmanee’).
RE_WORD_BEFORE = LazyPattern(r"(\p{L}+),? \Z")

#: The word right before a name, hyphens and all (group 1), with no comma between (‘leg-spinner ’).
#:
#: >>> RE_HYPHENATED_WORD_BEFORE.search("with leg-spinner ").group(1)
#: 'leg-spinner'
RE_HYPHENATED_WORD_BEFORE = LazyPattern(r"(\p{L}[\p{L}\-]*) \Z")

#: Honorifics that mark the name after them as a person's and tell no sex nor office: a style
#: ("Hon.", "Mx"). A name written after one is a person's whatever word it opens with, so its
#: first word alone names them too (‘Hon. Okello Oryem … Okello said’, surname first).
NAME_STYLE_HONORIFICS = frozenset("hon mx".split())


#: A description or clause set off after a name, introducing its holder (‘Dr Muhammad Ali, a historian at …’,
#: ‘…, who teaches …’).
#:
#: >>> bool(RE_INTRODUCED_AFTER.match(", a historian")), bool(RE_INTRODUCED_AFTER.match(" said"))
#: (True, False)
RE_INTRODUCED_AFTER = LazyPattern(r",? (?:a|an|who|whose)\b")


class CastLookup:
    """Names to people: the person a short name, a first word or a given name stands for
    (person_for_name), the recent mentions, and given names told as kin.

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    @property
    def recent(self) -> list[tuple[int, Person]]:
        """The last ``window`` people named or quoted before the current position, in text order.

        The stream of mentions is built on first use (only articles with pronouns or "the
        minister" need it) and searched by bisection, so each resolution costs O(window).
        """
        if self._stream is None:
            self._stream = self.mention_stream()
            self._stream_starts = [p for p, _ in self._stream]
        hi = bisect.bisect_left(self._stream_starts, self.position)
        named = self._stream[max(0, hi - self.window): hi]
        if self._stands_for:
            named = [(at, self._stands_for.get(at, p)) for at, p in named]
        spoke = [x for x in self.speakers[-self.window:] if x[0] <= self.position]
        merged = sorted(named + spoke, key=_position)
        return merged[-self.window:]

    def _three_word_name_called_by_two(self, raw: Sequence[str], words: Sequence[str]) -> "Person | None":
        """The one named in full by three words whose first two a title goes before (``raw`` the mention's
        words, ``words`` its name's): a Malay or South Asian name called by its first two words after a
        title, as those papers call people ("DPP Nur Aisyah" of Deputy Public Prosecutor Nur Aisyah
        Zulkifli); None when two such are named, or the two words are someone's own name or introduced
        with their own description (‘Dr Muhammad Ali, a historian,’ beside Muhammad Ali Jinnah is another
        man)."""
        if not (len(words) == 2 and len(raw) > 2 and raw[-2:] == words and words[0].lower() in NAME_LEADS
                and words[1][1:].islower()):
            return None
        short = " ".join(words)
        if ((known := self.by_surname.get(cast_key(words))) is not None and known.name != short) \
                or any(RE_INTRODUCED_AFTER.match(self.text, at.end()) for at in regex.finditer(
                    r"(?<![\p{L}\p{M}])" + regex.escape(short) + r"(?![\p{L}\p{M}])", self.text)):
            return None
        fuller = [q for q in self._named_in_full() if q.name.startswith(short + " ") and q.name.count(" ") == 2]
        return fuller[0] if len(fuller) == 1 else None

    def _given_at(self, given: str, at: int) -> Person | None:
        """The person named in full whose name opens with ``given`` and who was named at ``at`` by that given
        name alone: a kin the cast gave the family's surname (‘McAllister’s father Ian’, Cast._kin_surname)."""
        return next((q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                     if q.kind == "name" and " " in q.name and q.name.split()[0] == given
                     and any(s_ == at for s_, _ in q.spots)), None)

    def person_for_name(self, mention: Mention) -> Person:
        raw = mention.text.split()
        if len(raw) > 2 and raw[-1][:1].isupper() and raw[-1].lower() in ORG_WORDS and is_organisation(raw) \
                and any(w.endswith(("’s", "'s")) for w in raw[:-1]):
            return Person(mention.text, kind="organisation")  # "Israel's Prime Minister's Office", whole
        if len(raw) == 2 and raw[0] in SAINT_ABBREVIATIONS and not _saint_surname_before(self.text, raw, mention.start) \
                and (whole := self._saints_body_in_full(raw, mention.start)) is not None:
            return Person(whole, kind="organisation")  # a body named for a saint, by the saint's name alone after
            # its name in full: ‘St. Agnes Regional Medical Center …. St. Agnes said’, never "Agnes" (w77a)
        title, words = split_title([w for w in raw if w[:1] not in "“\"" and w[-1:] not in "”\""])
        words = [w for w in words if w]  # (a nickname in marks is no part of the name: ‘Sean “Dyche” Callaghan’)
        if _initials_not_style(raw, words, self.by_surname, self.text):
            words = raw  # (guard, review rv61a: "H.E." before one surname no one was named with before are a
            # person's initials, never an envoy's style: "H.E. Carrow, a retired engineer", "the novelist H.E. Bates")
        title, words = _office_name_trimmed(raw, title, words)
        if len(raw) > 2 and raw[0] in SAINT_ABBREVIATIONS and words == raw[1:] and (_is_organisation(tuple(words)) or (
                len(words) > 2 and words[-1].lower() in BODY_NAME_ENDS and words[-2].endswith(("s’", "s'")))):
            words = raw  # a body named for a saint keeps the saint: ‘St. Agnes Regional Medical Center’, never
            # ‘Agnes Regional Medical Center’ (the "St" of a person's name is no honorific of a body's); and a
            # members' panel named for a place or a parish of a saint: ‘St Helens Residents’ Panel’ (guard w93b)
        if len(words) == 2 and words[0] == raw[0] and raw[0].lower() in RELIGIOUS_STYLES:
            words = words[1:]  # "Sister Bernadette": a style and a given name
        if len(words) >= 2 and words[0] == raw[0] and raw[0].lower() in STYLE_TITLES and raw[0].lower() not in RELIGIOUS_STYLES:
            known = self.by_surname.get(surname_key(words[1:]))
            if known is not None and not known.name.startswith(raw[0] + " ") and self._holds_style(known, raw[0]):
                words = words[1:]  # "Deacon Freeman", "Elder Summers", "Dean Amar" after the name in full
                # (but "Dean Schroeder" beside Patty Schroeder is her husband)
        if len(words) == 2 and words[0] == raw[0] and (whole := self._faith_titled_in_full(words)) is not None:
            return whole  # (guard, review rv78d) "Swami Haridev", "Ayatollah Khamenei" of the one named in full
        if raw and raw[0].lower() in RELIGIOUS_STYLES and 2 <= len(words) <= 3 and words[0] != raw[0]:
            whole = next((q for q in self._named_in_full() if q.name.startswith(" ".join(words) + " ")), None)
            if whole is not None:  # "Sister Mary Catherine" of Sister Mary Catherine Doyle: her given names
                return whole
        if (fuller := self._three_word_name_called_by_two(raw, words)) is not None:
            return fuller  # "DPP Nur Aisyah" of Deputy Public Prosecutor Nur Aisyah Zulkifli
        if len(words) == 1 and raw[0].rstrip(".").lower() in ("madam", "mdm") \
                and words[0].lower() in ROLE_NOUNS:
            words = raw[-2:]  # "Madam Speaker" is a title, never a person called Speaker
        if len(words) == 2 and words[0].lower() in SHORT_TITLES and words[0].isupper() and not _body_word(words[1]):
            words = words[1:]  # "TD Healy-Rae" of Michael Healy-Rae, "MP Khan" (but "TD Bank" stays a bank's name)
        if len(words) == 2 and words[0].isupper() and (words[0].lower() in POLICE_RANK_LETTERS or words[0].lower() in OFFICE_LETTERS) \
                and (known := self.by_surname.get(words[1].lower())) is not None and " " in known.name \
                and known.name != " ".join(words):
            words = words[1:]  # a police rank's letters before the surname of one named in full: "DC Pryce"
            # of DC Owen Pryce, "CS Ndegwa" of Health CS Susan Ndegwa (never "DS Smith", the firm, with no Smith named)
        if len(words) == 2 and words[0].lower() in SOLDIER_RANK_WORDS and _ranked_in_full(self.text, words):
            words = words[1:]  # "Private Enright" of Private Thomas Enright: the rank, never a given name
        if len(words) == 2 and (nicknamed := self._nickname_pairs.get((words[0], words[1]))) is not None:
            return nicknamed  # a nickname of two words met inside the name: ‘Big Davie’ of David ‘Big Davie’ Imrie
        surname = cast_key(words)
        p = self.by_surname.get(surname)
        if p is not None and len(words) == 1 and title is None and words[0][:1].isupper() and gender_of(words[0]) is None \
                and (q := self._inner_word_people().get(words[0])) is not None and q is not p \
                and q.spots and min(q.spots)[0] < mention.start \
                and p.spots and min(p.spots)[0] > mention.start and " " in p.name \
                and q.name.split()[-1].rstrip(".").lower() not in HONORIFICS \
                and sum(self.text[s_:e_] == q.name for s_, e_ in q.spots) >= 1 \
                and any(s_ >= self.first_line_end for s_, _ in q.spots) and not self.common_word(q.name.split()[-1], q.spots[-1][0]):
            # (a name written in full, never a headline's run: ‘Donald Trump And Marco Rubio Miss The Mark’)
            if _western_then_chinese(q.name) and q.name.split()[1] == words[0]:
                return q  # (the surname of an English given name and a Chinese name, the one named so before:
                # ‘Edward Chan Kwok-wai … Chan said. … Chan Mei-ling said’)
            return Person(words[0])  # two who bear it, and nothing to tell which: as written (‘Guadalupe Torres
            # Villanueva … “…,” Torres said. … Her son, Ernesto Mendoza Torres,’: by custom the first
            # surname is hers, but ‘“…,” said Torres, 45. Ernesto Mendoza Torres said …’ is the son's);
            # never the one named only later
        if p is not None and len(words) == 1 and " " not in p.name and p.spots and words[0] == p.name \
                and (q := self._inner_word_people().get(words[0])) is not None and q.spots and min(q.spots)[0] < mention.start \
                and (self.first_surname_owner(words[0]) is q or any(s_ == mention.start for s_, _ in q.spots)) \
                and all(s_ < self.first_line_end or self._in_headline(s_) or s_ > min(q.spots)[0] for s_, _ in p.spots) \
                and any(next(word_positions(self.text, words[0], s_, e_), None) is not None
                        for s_, e_ in ((0, self.first_line_end), *self.headlines)) \
                and (honorific_sex := GENDERED_HONORIFICS.get(raw[0].rstrip(".").lower())) in (None, q.gender) \
                and not (honorific_sex is not None
                         and q.name.split()[0].lower() in SHARED_GIVEN_NAMES
                         and self._sex_told_where_named(q) != q.gender) \
                and not any(self.first_line_end <= s_ < mention.start and not self._in_headline(s_)
                            and _kin_word_set_off_before(self.text, s_) for s_, _ in p.spots):
            # (a given name both sexes bear tells no sex, the honorific's only with the pronouns where the name is
            # written in full: ‘Mrs Wafula pleads for son's release …. Hillary Wafula Simiyu, 24, was arrested ….
            # “…,” said Mrs Wafula’ is his mother; and one the body brings in as kin with the word is someone
            # else: ‘His brother, businessman Mr Wafula, …’; review rv32)
            return q  # the word inside a name of three that the headline calls someone by, the body naming them in
            # full before any other use of it: ‘Governor Wafula defends tender …. Governor Geoffrey Wafula Simiyu
            # has …. “…,” said Mr Wafula’, as Kenyan and Ugandan reports call people (w59a); without the headline's
            # word, a first surname after an honorific stays as written (‘Melba Acosta Febo …. Ms. Acosta’)
        if (p is None or p.name == words[0]) and len(words) == 1 and title is None \
                and (kin := self._given_at(words[0], mention.start)) is not None:  # (or the given name alone too)
            return kin  # a kin's given name where the cast gave it the family's surname: ‘McAllister’s father Ian’ is
            # Ian McAllister (w68c)
        if p is None and len(words) == 1:
            # the Arabic article a later mention drops: "Abdel Fattah al-Burhan" … "Burhan told"
            # (only when no one bears the surname without it)
            p = self.by_surname.get("al-" + surname) or self.by_surname.get("el-" + surname)
        if len(words) == 2 and (p is None or (p.name == " ".join(words) and not p.roles and not p.titled and not p.who)) \
                and title is None and gender_of(words[0]) is None and not mention.role \
                and (k := self._first_past_headline(short := " ".join(words) + " ")) >= 0 \
                and self.text[k + len(short):k + len(short) + 1].isupper() \
                and (company := self.company(words[0])) is not None and company.startswith(short) \
                and self.text.startswith(company, k) \
                and company.split()[2][:1].isupper() and not self._founder_named(short.rstrip()) \
                and not self._maker_before_model(words, company, k):
            # (never "Mujtaba Rahman of the Eurasia Group", nor a founder named like the company)
            return Person(company, kind="organisation")  # "Coastal Pacific said" after Coastal Pacific Airlines
            # (written in full first: never "Xiao Wei, the founder of Xiao Wei Holdings, said")
        first = raw[0].rstrip(".").lower() if raw else ""
        gender = GENDERED_HONORIFICS.get(first) if len(raw) > 1 else None  # (a style's word written alone is the
        # name, a surname, and tells no sex: ‘general manager Josefa Ratu …. “…,” Ratu said’, never a chief "Ratu")
        if p is not None and len(words) == 1 and len(raw) > 1 and written_surname_first(p.name.split()) \
                and ((first in SURNAME_RANKS and first not in SURNAME_HONORIFICS and not self._holds_rank(p, first))
                     or RE_KIN_SET_OFF_AFTER.match(self.text, mention.end) is not None):
            return Person(words[0], gender=gender)  # the surname of one written surname first, after a rank that
            # one never held or with kin set off after it: someone else (‘Lim Chee Keong, 38, was jailed …. DPP Lim
            # told the court’, ‘Jang Mi-ran …. Mr. Jang, her father, said’)
        if (p is None or " " not in p.name) and len(words) == 1 \
                and (first in SURNAME_HONORIFICS or (first in SURNAME_RANKS and mention.role == raw[0])) \
                and gender_of(words[0]) is None and words[0].lower() not in SHARED_GIVEN_NAMES \
                and (not mention.role or mention.role == raw[0]) \
                and not self.text.startswith((", a ", ", an ", ", the "), mention.end):
            # "Mr Lam" after "SMRT Trains president Lam Sheau Kai": an honorific marks the word a
            # surname, written first (of the sex the honorific tells, if the name tells one); never
            # a given name ("Mr Donald", "Ms Kelly") nor one the mention describes ("Ms Taylor, a reviewer")
            q = self._by_first_word(words[0], surname=True)
            rank = first in SURNAME_RANKS and first not in SURNAME_HONORIFICS
            if q is not None and rank and not self._holds_rank(q, first):
                q = None  # (a rank is the one named in full with it: never ‘Lim Chee Keong, 38, was jailed …. DPP Lim
                # told the court’, the accused)
            elif q is None:  # a surname after a Western given name, a Chinese given name after it:
                # "Ms Ng" of Sylvia Ng Pei Shan, "Mr Goh" of Lawrence Goh Kian Wee, "DPP Tay" of Deputy
                # Public Prosecutor Gordon Tay Jun Kai
                q = self._inner_word_people().get(words[0])
                if q is not None and not ((q.name.count(" ") >= 3 or q.name.split()[0].lower() in NAME_LEADS)
                                          and q.name.split()[1] == words[0] and gender_of(q.name.split()[0]) is not None):
                    q = None  # (four words, or a Malay name after "Mohamad": "Dr Azhar" of Mohamad Azhar Osman;
                    # never a double surname, "Ms. Acosta" of Melba Acosta Febo)
                if q is not None and rank and not self._holds_rank(q, first):
                    q = None  # (the rank's holder only)
            if q is not None and (gender is None or q.gender in (None, gender)):
                return q
        if len(words) == 1 and raw and first in ("dr", "prof") and (p is None or p.name == words[0]) \
                and (q := self._first_word_people().get(words[0].lower())) is not None and q.name.count(" ") >= 2 \
                and gender in (None, q.gender):
            return q  # the first of a name of three words after an honorific: "Dr Khalida" of Khalida Parveen
            # Rana, as South Asian and Malay papers write (no one bears it as a surname)
        if (p is None or " " not in p.name or p.name == " ".join(words)) and first in GIVEN_CALLING_HONORIFICS \
                and (len(words) == 1 or (len(words) == 2 and words[0] == raw[0] and first in SHORT_NAME_HONORIFICS)) \
                and (not mention.role or mention.role == raw[0]) \
                and not self.text.startswith((", a ", ", an ", ", the "), mention.end) \
                and (q := self._called_by_given_name(words[-1], mention.start, " ".join(words))) is not None \
                and gender in (None, q.gender):
            return q  # a given name alone, the first word of one name written in full before, where the article
            # calls people so and never by the last word of the name (as Thai, Indonesian, Burmese and
            # Icelandic usage does): "Mr Pongsak" or "Khun Wanida" of Wanida Srisuk, never "Mr Arthur"
            # beside a Thomas Arthur, nor "Mr Somsak" of two
        if p is not None and len(words) == 1 and gender and p.spots:
            # "Mrs Attwell" after "Geoff Attwell, who runs a farm with his wife, Sarah,": the spouse
            # (whatever sex the cast gave Geoff, whose name the lists do not hold)
            spouse = self._partner_named(p, mention.start)
            if spouse is not None and spouse[1] == gender:
                return Person(f"{spouse[0]} {words[0]}", gender=gender)
        if p is not None and len(words) == 1 and gender and p.gender not in (None, gender):
            # "Ms Hale" beside Tom and Emma Hale: the namesake the honorific fits; with none, someone
            # new ("Mr. Obama" is not Michelle Obama), unless the given name is used by both sexes
            # ("Andrea Rossi … Mr Rossi")
            fits = next((o for o in self.namesakes.get(surname, ()) if o.gender == gender), None) \
                or self._sole_namesake_of_sex([p, *self.namesakes.get(surname, ())], gender, mention.start)
            # (or one whose sex the pronoun after their full name tells: ‘Rhian Evans, said she’)
            if fits is None and p.spots:  # (or the partner named with them whose sex nothing tells: "Jo and
                # Rob Kessell … Mrs Kessell"; never a son named elsewhere, "her son, Humayun Khan")
                unknown = [o for o in self.namesakes.get(surname, ()) if o.gender is None and o.spots
                           and abs(o.spots[0][0] - p.spots[0][0]) <= 24]
                fits = unknown[0] if len(unknown) == 1 else self._sole_surname_first(surname, gender, mention.start)
            if fits is None and p.spots:
                fits = self._unsexed_namesake_speaking(p, surname, mention.start)
            if fits is not None:
                return fits
            if p.name.split()[0].lower() not in SHARED_GIVEN_NAMES or (
                    p.name.split()[0].lower() in RARELY_MALE_SHARED_GIVEN
                    and (p.name.count(" ") < 2 or self._sex_told_where_named(p) == p.gender
                         or self._sex_in_sentence_named(p) == p.gender)):
                return Person(" ".join(words), gender=gender)  # (a woman called Hillary or Hilary: only a name
                # of three, East Africa's men called Hillary, and no pronoun telling her sex where she is named,
                # keeps the other honorific hers: ‘Hillary Clinton …. Mr. Clinton said’ is her husband; review rv32)
        if p is not None and len(words) == 1 and gender and p.gender == gender and " " in p.name \
                and (self._called_by_given(p) or self._minor(p)) and not self._given_in_paragraph_before(p, mention.start) \
                and len(fits := [o for o in self.namesakes.get(surname, ()) if o.gender == gender and " " in o.name
                                 and o.spots and min(o.spots)[0] < mention.start
                                 and not self._called_by_given(o) and not self._minor(o)]) == 1:
            return fits[0]  # of two namesakes of the honorific's sex, the one the article never calls by the given
            # name alone, as it calls a child: ‘Mia Kerrigan, 9, … “…,” Mia said. Her mother, Joanne Kerrigan, …
            # “…,” Mrs Kerrigan said’ is the mother's (w66c)
        if p is not None and len(words) == 1 and gender and p.gender is None \
                and len(fits := [o for o in self.namesakes.get(surname, ()) if o.gender == gender
                                 and o.spots and min(o.spots)[0] < mention.start]) == 1 \
                and (self._sex_told_where_named(p) != gender or self._named_speaking_just_before(fits[0], mention.start)):
            return fits[0]  # the one namesake of the honorific's sex named before it, beside one whose sex nothing
            # tells: ‘Dilys Morgan fell …. Her son, Huw Morgan, … Mr Morgan said’ is the son; never one named only
            # later; and when the pronouns where the first is named tell the honorific's sex, only the one named just
            # before, speaking: ‘Lucius Fairweather, a pianist, died on Thursday. He was 88. … Mr. Fairweather
            # recorded …’ is his (‘His son, Declan Brennock, said …. “…,” Mr Brennock said’ is the son's)
        if p is not None and len(words) == 1 and self.namesakes.get(surname) \
                and (age := RE_ELDER_YOUNGER.search(self.text, max(0, mention.start - 16), mention.start)
                     or RE_GENERATION_AFTER.match(self.text, mention.end)) is not None:
            # "the younger Mr. Hale" of Robert L. Hale and Robert L. Hale Jr.: the son; "the elder": the father
            # (and after the surname: ‘Varga senior said’ beside his son, Bence Varga)
            people = [p, *self.namesakes[surname]]
            named = [q for q in people if q.spots and min(q.spots)[0] < mention.start]
            if len(named) >= 2:
                people = named  # (of those named before it: a granddaughter named only later is none of them)
            sons = [q for q in people if _suffix(q.name.split())]
            fathers = [q for q in people if not _suffix(q.name.split())]
            if not sons:  # (or by the kin the article calls them: "His son, Nick Dimitriou")
                sons = [q for q in people if any(RE_YOUNGER_KIN.match(r) for r in self.roles_of(q))]
                fathers = [q for q in people if q not in sons]
            if not sons:  # (or the kin set off before the name: ‘Attwell's son, Ben Attwell,’; only where no role
                # tells, never beside a granddaughter the role names, review rv114h)
                sons = [q for q in people if self._kin_set_off_before(q, RE_YOUNGER_KIN)]
                fathers = [q for q in people if q not in sons]
            if not sons:  # (or "Her mother, Dorothy Marsh," of two: the other is the younger; or "his father and
                # agent, Zoltán Varga,", whose last role the cast keeps)
                fathers = [q for q in people if any(RE_ELDER_KIN.match(r) for r in self.roles_of(q))
                           or self._kin_set_off_before(q, RE_ELDER_KIN)]
                sons = [q for q in people if q not in fathers] if len(people) == 2 and len(fathers) == 1 else []
            pick = sons if GENERATION_AFTER.get(age.group(1), age.group(1)) == "younger" else fathers
            if len(pick) == 1 and len(sons) == 1:
                return pick[0]
            if age.re is RE_GENERATION_AFTER:
                return Person(words[0])  # (which of them nothing tells: the surname as written, never a guess)
        if p is not None and _suffix(words) != _suffix(p.name.split()):
            son = self._namesake_of(surname, words)  # "Donald Trump Jr." beside his father
            if son is not None:
                return son
        if p is not None and len(words) == 2 and words[1].rstrip(".").lower() in NAME_SUFFIXES:
            # "Trump Jr. said": the son the article names in full, never his father
            written = " ".join(words).lower()
            son = next((o for o in (p, *self.namesakes.get(surname, ())) if o.name.lower().endswith(written)), None)
            if son is not None:
                return son
        if p is not None and len(words) == 1 and " " in p.name and p.spots and min(p.spots)[0] > mention.start \
                and not self.namesakes.get(surname) and self._other_bearer_before(p, words[0], mention.start):
            return Person(words[0], gender=gender)  # the one the surname keys is named only later, and another
            # was named with it before, whose given name the cast did not read: as written (‘Council Executive
            # Secretary Dr Hawa Juma said …. “…,” Dr Juma said. … The minister, Prof Zuhura Juma, …’ is never hers)
        if p is not None and len(words) >= 2 and title is None and not mention.role \
                and (p.name.split()[0] != words[0] or (p.name == " ".join(words) and not p.roles and not p.titled
                                                       and not p.who and gender_of(words[0]) is None)) \
                and not self._founder_named(" ".join(words)) and (body := self.short_body(words)) is not None:
            return Person(body, kind="organisation")  # the opening words of one fuller body name, though another's
            # name ends with the last of them: ‘Boreal Crest Resources Ltd. …. Boreal Crest said’ beside a mine
            # called Athabasca Crest, or where the cast took the short form for a name no one bears a role, a
            # title or a sex by: ‘Prairie Northern Railway …. Prairie Northern said’ (w104a)
        tail = len(words) > 1 and p is not None and p.name.lower().endswith(" " + " ".join(words).lower()) \
            and not self.namesakes.get(surname)  # (never when two people share it: Jean-Marie and Marine Le Pen)
        if p is not None and (len(words) == 1 or p.name.split()[0].lower() == words[0].lower()
                              or len(words) >= len(p.name.split()) or tail):  # ("O'Malley Dillon": Jen's)
            if len(words) > 1 and " ".join(words) != p.name and not tail \
                    and (p.name.split()[0].lower() != words[0].lower()
                         or (written_surname_first(words) and _other_given_name(words, p))):
                return self._namesake_of(surname, words) or Person(" ".join(words), gender=gender_of(words[0]))
                # (and a name written surname first whose given name is another's: ‘Leung Hoi-yan’ beside
                # her father, Leung Wing-kin, whose surname keys the cast)
            if len(words) == 1 and self.namesakes.get(surname):
                q = self._namesake_named_last(p, surname, mention.start, title, gender, mention.end)
                if q is not p and (at := mention.text.rfind(words[0])) >= 0:
                    self.stands_for(mention.start + at, q)  # (and a "he" after stands for that one, never
                    # for the one the surname keys: ‘Minister Vijay Prasad …. chief executive Sundar Prasad said
                    # …. “…,” Mr Prasad said. / He said …’ is Sundar Prasad's)
                p = q
            if mention.role and mention.role not in p.roles:
                p.roles.append(mention.role)
            return p
        if p is None and len(words) == 1 and (first in STYLED_GIVEN_NAME_HONORIFICS or first in RELIGIOUS_STYLES):
            style = raw[0] + " " + words[0]
            knights = [q for q in self._first_word_owners(words[0]) if any(
                self.text.find(style, max(0, s - len(style)), e) >= 0 for s, e in q.spots)]
            if len(knights) == 1:
                return knights[0]  # "Sir John" of Professor Sir John Curtice, beside John Swinney;
                # "Sister Bernadette" of Sister Bernadette Lavigne, never of Bernadette Jones
            if (first in RELIGIOUS_STYLES or first in CHIEF_HONORIFICS) and len(raw) > 1:
                return Person(style)  # ("Sister Mary", who ran the orphanage, is no "Mary Jones" who grew up there;
                # "Ratu Meli" no cane farmer Meli Waqa Bola)
        if p is None and len(words) == 1 and (title is None or (first in GIVEN_NAME_HONORIFICS and first not in CHIEF_HONORIFICS)):
            # (and "Sir Malcolm" is Sir Malcolm Pryce; but a body's way of speaking, ‘Kia said in a
            # statement’, takes a given name only the lists hold)
            p = self._by_first_word(words[0], kin=RE_BODY_CUE.match(self.text, mention.end) is None)
            if p is not None:
                return p
        if p is None and len(words) == 1 and title is None and len(raw) == 1 \
                and (kin := self._kin_set_off_by_given(words[0], mention.start)) is not None:
            return kin  # a child named by given name alone after "his son" or "their daughter", who shares the surname
            # of the one named just before (‘Sgt. Ravi Menon … his son, Arjun, …. Arjun laughed’: Arjun Menon)
        if p is None and len(words) <= 2 and len(raw) > len(words) \
                and (titled := self._titled_given(raw, words, mention.start)) is not None:
            return titled  # a given name after the rank the full name had: "Pol Col Sakda" of Pol Col Sakda Chaimongkol
        if p is None and len(words) == 2 and title is None and gender_of(words[1]) is None \
                and (longer := self._part_of_longer(words, mention.start)) is not None:
            return longer  # two words of one longer name: "Kamarul Ariffin" of Kamarul Ariffin Sulaiman,
            # "Sue Ann" of Lim Sue Ann (the same test as for a name the cast collects)
        if p is None and len(words) == 1 and title is None and len(raw) == 1 and words[0][:1].isupper() \
                and (longer := self._part_of_longer(words, mention.start)) is not None and _western_then_chinese(longer.name):
            return longer  # the surname alone of the one named before with an English given name and a Chinese
            # name (‘Secretary for Housing Carmen Lau Suk-man said …. “…,” Lau said’), whoever is named so later
        if p is None and len(words) == 1 and title is None and words[0][:1].isupper():
            q = self._inner_word_people().get(words[0])
            if q is not None and self._first_word_people().get(words[0].lower()) is None \
                    and any(s_ >= self.first_line_end for s_, _ in q.spots) \
                    and not self.common_word(q.name.split()[-1], q.spots[-1][0]):
                # (never a headline's "Hillary Clinton Goes After …")
                return q  # the one name a word inside it is ("Lula" of Luiz Inacio Lula da Silva)
        if p is None and len(words) == 1 and title is None and gender_of(words[0]) is None \
                and (company := self.company(words[0])) is not None:
            return Person(company, kind="organisation")  # "Norrland said" after Norrland Paper & Packaging
        if p is None and 1 <= len(words) <= 3 and title is None and gender_of(words[0]) is None \
                and not self._founder_named(" ".join(words)) and (body := self.short_body(words)) is not None:
            return Person(body, kind="organisation")  # the opening words of the one fuller name of a firm or an
            # institution the article writes: "Ironvale said" of Ironvale Publishing, "Lumen said" of Lumen AI,
            # "Prairie Northern said" of Prairie Northern Railway; never a founder named like the firm, ‘Xiao
            # Wei, the founder of Xiao Wei Holdings, said’ (w104a)
        name = " ".join(words) if words else mention.text
        if len(words) == 1 and len(raw) == 2 and first in PEER_STYLES:
            name = f"{raw[0]} {words[0]}"  # a peer's style is part of the name: "Lord Fennimore"
        p = Person(name, kind="organisation" if is_organisation(words) else "name",
                   gender=gender_of(words[0]) if len(words) > 1 else GENDERED_HONORIFICS.get(first))
        if mention.role:
            p.roles.append(mention.role)
        if len(words) >= 1 and p.kind == "name":
            self.by_surname.setdefault(surname, p)
        return p

    def _named_in_full(self) -> Iterator[Person]:
        """The people the article names in full (two words or more), namesakes included: what the
        tables by a word of the name are made from."""
        return (q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                if q.kind == "name" and " " in q.name)

    def _inner_word_people(self) -> dict[str, Person | None]:
        """People named in full with three words or more, by each word inside their name ("Lula"
        of Luiz Inacio Lula da Silva); None for a word two names share. Worked out once."""
        if self._inner_words is None:
            self._inner_words = {}
            for q in self._named_in_full():
                if q.name.count(" ") >= 2:
                    for w in q.name.split()[1:-1]:
                        self._inner_words[w] = None if self._inner_words.get(w, q) is not q else q
        return self._inner_words

    def first_surname_owner(self, word: str) -> Person | None:
        """The one person whose full name has this word inside it, no given name the lists hold (the
        first of two surnames: "Arosemena" of Daniel Arosemena Carrión, "Huamán" of Hilario Huamán
        Condori, as Spanish and Portuguese reports call people on second reference), when the body
        writes that name in full and never ends it at the word (‘Sloane Mercer Cast as Lead in …’
        over ‘Sloane Mercer has landed the title role’ is a headline's run: "Mercer" is her
        surname); None if none."""
        q = self._inner_word_people().get(word) if gender_of(word) is None else None
        if q is not None and any(s >= self.first_line_end and not self._in_headline(s) and self.text[s:e].endswith(q.name)
                                 for s, e in q.spots) and not any(self.text[s:e].endswith(" " + word) for s, e in q.spots):
            return q
        return None

    def called_after_lead(self, word: str) -> Person | None:
        """The one person named in full whose name opens with a Malay or Arabic lead and then this
        word, the name they are called by (Malaysian, Singaporean, Bruneian and Gulf papers:
        ‘Muhammad Hafiz Rosli … Hafiz’, ‘Mohd Azlan Ismail … Azlan’, ‘Nur Aina Hassan … Aina’), a given
        name the lists may hold. None when the word is anyone's surname (‘Muhammad Hassan Rosli’ beside
        Dr Nadia Hassan), opens anyone's name, or sits inside two names (‘Mohd Amir Hamid and Muhammad
        Amir Yusof’).

        >>> from quotesearch.speakers import Cast
        >>> c = Cast("KUALA LUMPUR: The pair Lim Jun Hao and Muhammad Hafiz Rosli won the Taipei Masters title yesterday in a long final.")
        >>> c.called_after_lead("Hafiz").name, c.called_after_lead("Jun")
        ('Muhammad Hafiz Rosli', None)
        """
        q = self._inner_word_people().get(word)
        if q is None or q.kind != "name" or word.lower() in self.by_surname or word.lower() in self._first_word_people():
            return None
        return q if _lead_then(q.name, (word,)) else None

    def _called_after_leads(self, word: str) -> Person | None:
        """The word as written, as a person of its own, when it is the name two or more people named in
        full are called by after a Malay or Arabic lead (‘Mohd Amir Hamid and Muhammad Amir Yusof’ …
        ‘Amir, who returned from injury,’): nothing tells which of them, so a "he" after keeps the name
        as written, as of two namesakes, never the one who spoke before; never a word that is anyone's
        surname or opens anyone's name."""
        if word.lower() in self.by_surname or word.lower() in self._first_word_people():
            return None
        names = {q.name for q in self._named_in_full() if q.kind == "name" and _lead_then(q.name, (word,))}
        return Person(word, gender=gender_of(word)) if len(names) >= 2 else None

    def _first_word_owners(self, word: str) -> list[Person]:
        """Everyone named in full whose name opens with this word (a look-up worked out once)."""
        if self._owners is None:
            self._owners = {}
            for q in self._named_in_full():
                self._owners.setdefault(q.name[:q.name.index(" ")].lower(), []).append(q)
        return self._owners.get(word.lower(), [])

    def _first_word_people(self) -> dict[str, Person | None]:
        """People named in full by the first word of their name, lower-cased; None for a word
        two people share. A word that is someone's surname is left out."""
        if self._first_words is None:
            self._first_words = {}
            for q in self._named_in_full():
                first = q.name[:q.name.index(" ")].lower()
                if _named_place(q):
                    continue  # (a place's name is no one's: "Han said" of Han Sung-woo beside the Han River)
                if " " not in getattr(self.by_surname.get(first), "name", ""):  # (a lone "Mr Lam" is no one else)
                    self._first_words[first] = None if first in self._first_words else q
            for nick, q in self._nicknames.items():  # (a nickname in marks inside a name: ‘Michael “Mick” Daly’)
                if nick not in self._first_words and nick not in self.by_surname:
                    self._first_words[nick] = q
        return self._first_words

    def _by_first_word(self, word: str, surname: bool = False, kin: bool = True) -> Person | None:
        """The one person named in full whose name opens with this word, which is no one's
        surname: a given name ("Jasmine said" after Jasmine Ortiz) or a surname written first
        ("Xi said" after President Xi Jinping). Only a person the article marks as one, by a given
        name or a role ("Pew" is never Pew Research), or, with ``surname``, one an honorific before
        the word shows to be a surname ("Mr Lam"); never when two people share the word."""
        p = self._first_word_people().get(word.rstrip(".").lower())
        if p is None or (p.gender is None and not p.titled and not surname and not _surname_first(p.name)
                         and not (kin and self._plain_person(p, word))
                         and not (kin and self._kin_or_aged(p)) and not p.name.split()[1:2] in (["Singh"], ["Kaur"])
                         and not (kin and self._given_name_as_kin(word.rstrip(".")))
                         and not (kin and word.lower() not in ONE_WORD_PLACES and self.company(word) is None
                                  and any((h := description_head(r)) is not None and h in ROLE_NOUNS and h not in THING_NOUNS
                                          for r in self.roles_of(p)))
                         and not (kin and self._position_before(p))):
            return None  # (a given name the lists hold, a title before the name: "President Xi
            # Jinping", a given name after it: "Sato Haruki", a kin word or an age: "His wife, Morag
            # Fraser,", "Camille Fournier, 29,", or a person's role: "Andi Saputra, a forest
            # campaigner,"; never a physio "Chelsea Marsh" for "Chelsea said in a statement")
        key = word.rstrip(".")
        if key not in self._first_word_cues:
            self._first_word_cues[key] = p
            if self._stream is not None and len(self._first_word_cues) <= FIRST_WORD_REBUILDS:
                self._stream = None  # (the mentions are read again with it: whichever quotation came first)
        return p

    def _position_before(self, p: Person) -> bool:
        """A sport's position in lower case stands right before where ``p`` is named (‘with leg-spinner
        Tanvir Alam claiming four’): a player, whom the report may call by the given name."""
        for s_, _ in p.spots:
            before = RE_HYPHENATED_WORD_BEFORE.search(self.text, max(0, s_ - 30), s_)
            if before is not None and before.group(1) in SPORT_POSITIONS:
                return True
        return False

    def _called_by_given_name(self, word: str, at: int, written: str) -> Person | None:
        """The one person named in full before ``at`` whose name of two or three words opens with this
        word, which is no one else's given name nor anyone's surname, when the article never writes
        that person's last word alone (‘Mr Rattanawong’): the given name is how the article calls them
        (‘Minister Pongsak Rattanawong … Mr Pongsak said’, ‘Sigríður Björnsdóttir … Sigríður said’).
        None otherwise (‘James Cleverly … Mr Cleverly … Mr James’ is someone else). ``written`` is the
        mention's name, which the cast may hold as a name of its own (‘Khun Wanida’)."""
        owners = [o for o in self._first_word_owners(word) if o.name != written]
        known = self.by_surname.get(cast_key([word]))
        if len(owners) != 1 or (known is not None and " " in known.name and known.name != written):
            return None  # (two who bear it, or someone's surname)
        q = owners[0]
        if sum(self._honorific_before_given(o) for o in self._named_in_full()) < 2:
            return None  # (the article calls two people so at least: never "Mr Donald" of Donald Trump alone)
        if q.kind != "name" or q.placelike or not q.spots or min(q.spots)[0] >= at \
                or not 2 <= q.name.count(" ") + 1 <= 3 or _named_place(q) or is_organisation(q.name.split()):
            return None
        last = q.name.rsplit(" ", 1)[1]
        for k in word_positions(self.text, last, 0, len(self.text)):
            before = RE_WORD_BEFORE.search(self.text, max(0, k - 30), k)
            if before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in HONORIFICS \
                    or self.text[before.end(1):k] != " ":
                return None  # (the last word written alone, or after an honorific: a surname the article uses)
        return q

    def _honorific_before_given(self, p: Person) -> bool:
        """An honorific stands before the first word of this person's name of two or three words, that
        word alone (‘Mr Pongsak said’ of Pongsak Rattanawong)."""
        words = p.name.split()
        if p.kind != "name" or not 2 <= len(words) <= 3:
            return False
        for k in word_positions(self.text, words[0]):
            before = RE_WORD_BEFORE.search(self.text, max(0, k - 12), k)
            if before is not None and before.group(1).lower() in GIVEN_CALLING_HONORIFICS \
                    and not self.text.startswith(p.name, k) \
                    and not self.text.startswith((", a ", ", an ", ", the "), k + len(words[0])):
                # (never one the article describes as someone new: ‘said Ms Taylor, a reviewer’)
                return True
        return False

    def _plain_person(self, p: Person, word: str) -> bool:
        """A full name of two or three words, no body's nor place's, whose first word is no common
        word, no place and no firm's: one a tabloid or a local paper goes on to call by the given name
        alone (‘former bestie Kaycee Doyle-Hart’ … ‘Kaycee said’, ‘The winner, Surachet Kaewmanee,’ …
        ‘Surachet denied’)."""
        words = p.name.split()
        if not (p.kind == "name" and 2 <= len(words) <= 3 and not p.placelike and not is_organisation(words)
                and words[-1].lower() not in BUSINESS_WORDS and word.lower() not in ONE_WORD_PLACES
                and self.company(word) is None and p.spots and not self.common_word(word, p.spots[0][0])):
            return False
        if p.who or (p.spoke and len(words) == 3) or any((h := description_head(r)) is not None and h not in THING_NOUNS
                                                         and h not in ORG_WORDS for r in self.roles_of(p)):
            return True  # (‘Rodel Manalo, a jeepney driver,’, ‘11-year-old Addison Kjelland, who read …’; a name of
            # three words that has spoken in full, as Amazonian and Indonesian names are shortened to the first:
            # ‘said Raoni Kayabi Tupã’ … ‘Raoni said’)
        start = p.spots[0][0]
        if self._styled(p):
            return True  # (a style before the full name marks a person, whichever word the name opens with:
            # ‘Hon. Okello Oryem’ … ‘Okello said’, as East African papers write the surname first)
        before = RE_WORD_BEFORE.search(self.text, max(0, start - 30), start)
        w = before.group(1) if before is not None else ""
        return w.islower() and (w in DESCRIPTION_NOUNS or w in KIN_NOUNS or _title_noun(w)) and w not in ORG_WORDS \
            and w not in BUSINESS_WORDS and w not in THING_NOUNS and not self.text.startswith(("’", "'"), before.start() - 1)
        # (a people noun before the name: ‘former bestie Kaycee Doyle-Hart’, ‘The winner, Surachet Kaewmanee’;
        # never ‘at Westbrook Research’, ‘A new Pew Research report’, ‘investment company Janney Montgomery Scott’)

    def _styled(self, p: Person) -> bool:
        """The person's full name is first written after a style that marks a person and tells no sex
        nor office (‘Hon. Okello Oryem’, ‘Hon Nabbanja Robinah’; :data:`NAME_STYLE_HONORIFICS`)."""
        if not p.spots:
            return False
        s_, e_ = p.spots[0]
        h = RE_HONORIFIC_BEFORE.search(self.text, max(0, s_ - 8), s_)
        return self.text[s_:e_].split(maxsplit=1)[0].rstrip(".").lower() in NAME_STYLE_HONORIFICS \
            or (h is not None and h.group(1).lower() in NAME_STYLE_HONORIFICS)

    def sex_told_after(self, at: int) -> str | None:
        """The sex an anonymity clause of the sentence from ``at`` tells (‘…, who spoke on condition
        of anonymity because he was not authorized …’); never another's pronoun (‘A neighbour who had
        known the boy since he was born said’)."""
        stop = RE_SENTENCE_END.search(self.text, at, at + 250)
        m = RE_BECAUSE_SEX.search(self.text, at, stop.start() if stop else at + 250)
        return None if m is None else "m" if m.group(1) == "he" else "f"

    def _kin_set_off_before(self, p: Person, kin: regex.Pattern) -> bool:
        """The person's first name in full set off after a kin word and the roles that go with it, in its
        own clause: ‘his father and representative, Zoltán Varga,’ (``kin`` the kin's pattern)."""
        if not p.spots:
            return False
        at = p.spots[0][0]
        before = self.text[max(0, at - 48):at]
        if not before.endswith(", "):
            return False
        clause = regex.split(r"[.!?;:\n]|, (?=\p{Ll})", before[:-2])[-1]
        m = regex.search(r"\b(?:his|her|their) ", clause, regex.I)
        if m is not None and kin.match(clause, m.start()) is not None:
            return True
        # (or a named one's kin: ‘Cifuentes’s uncle, Ernesto Cifuentes,’, ‘Aisha's father, Musa Bello,’)
        return any(kin.match(clause, o.end()) is not None for o in RE_NAMED_POSSESSOR.finditer(clause))

    def _given_name_as_kin(self, word: str) -> bool:
        """The article sets this word off alone right after a kin word (‘Whitlock’s wife, Simone, jokes
        …’): a given name, though the lists hold none, of the one later named in full with it (‘Simone
        Whitlock said’) (w52c). Its first few places only.

        >>> from quotesearch.speakers import Cast
        >>> Cast("Dell’s wife, Simone, jokes. “…,” Simone Dell said.")._given_name_as_kin("Simone")
        True
        >>> Cast("The wife of Simone Dell, Ana, spoke.")._given_name_as_kin("Simone")
        False
        """
        at, seen = -1, 0
        while seen < KIN_SPOTS and (at := self.text.find(word, at + 1)) >= 0:
            seen += 1
            end = at + len(word)
            if (at == 0 or not self.text[at - 1].isalpha()) and self.text[end:end + 1] == "," and self._kin_before(at):
                return True
        return False

    def _kin_before(self, at: int) -> bool:
        """A kin word set off before the name at ``at``: "His wife, Morag Fraser"."""
        return self._kin_word_before(at) is not None

    def _kin_word_before(self, at: int) -> str | None:
        """The kin word set off before the name at ``at`` ("wife" of "His wife, Morag Fraser")."""
        before = self.text[max(0, at - 24):at].rstrip()
        words = before[:-1].split() if before.endswith(",") else []
        return words[-1].lower() if words and words[-1].lower() in KIN_NOUNS else None


def _saint_surname_before(text: str, raw: Sequence[str], at: int) -> bool:
    """The saint's name ``raw`` ("St. Louis") is a person's surname the text writes before ``at``, after a
    given name (‘Canadiens coach Martin St. Louis’, ‘Rev. Thomas St. Clair leads St. Clair Church’): "St. Louis
    said" is that person, never the body named for the saint (review rv77a)."""
    return any(gender_of(m.group(1)) is not None
               for m in regex.finditer(r"\b(\p{Lu}[\p{Ll}’'\-]+) " + regex.escape(" ".join(raw)) + r"\b", text[:at]))
