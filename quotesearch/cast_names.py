"""Collecting the article's full names: the capitalised runs read once, nicknames, mononyms,
royals, couples and kin given names, each added as a person or a namesake.

This module holds the pass over the runs; a full name's adding lives in
:mod:`quotesearch.cast_full_names`, kin, spouses and sexes told in :mod:`quotesearch.cast_kin_names`,
nicknames, mononyms and royals in :mod:`quotesearch.cast_nicknames` (mixins of :class:`CastNames`).
"""

from __future__ import annotations

import bisect
import re

import regex

from quotesearch.lexicon import LazyPattern, RE_CIPHER_LETTER, sex_of_description, wordset
from quotesearch.time_words import MONTH_NAMES
from quotesearch.place_words import DEMONYMS, FAITHS, NATIONALITY_NOUNS, ONE_WORD_PLACES
from quotesearch.name_words import NICKNAME_ADDRESS_WORDS, PLACE_GIVEN_NAMES, is_abbreviation
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import INVERTED_OPENERS, SPEECH_VERBS
from quotesearch.names import PARTY_WORDS, RE_ORDINAL
from quotesearch.name_parts import DESCENT_PARTICLES, FUNCTION_WORDS, NOT_NAMES, _word_like, gender_of
from quotesearch.tokens import RE_NAME_RUN, _name_pieces, written_elsewhere
from quotesearch.people import STREET_ONLY_HEADS, Person, surname_key
from quotesearch.bylines import (
    INTERVIEW_LABELS, _capitals_label, _dateline_run, _party_bracket_before, interview_label_at,
)
from quotesearch.full_names import (
    IRISH_SURNAME_PARTICLES, RE_NAMED_BEFORE, RE_SURNAME_WITHHELD, _attributive, _name_goes_on, _no_person_opens,
    _with_month_given_name, _with_weekday_middle_name, _word_before_given,
)
from quotesearch.kinship import (
    ONE_OF_GROUP_NOUNS, PARENT_OR_PUPIL, RE_LAST_CAPWORD, _couples, _past_lettered_kind, given_names_alone,
)
from quotesearch.firms import QUALIFIER_LEADS, STREET_HEADS, _indefinite_attributive, _participle_before_name
from quotesearch.offices_before_names import _past_office_place
from quotesearch.sources import RE_ALIAS, _alias_one_name, alias_after_clause, alias_gender
from quotesearch.descriptions import RE_SUBJECT_SET_OFF
from quotesearch.cast_kin_names import KIN_GIVEN_BEFORE_SEX, CastKinNames
from quotesearch.cast_nicknames import CastNicknames
from quotesearch.cast_full_names import CastFullNames


#: A given name alone (group 1), then the sentence's verb or a pause: the tail of RE_NAMED_GIVEN and RE_CALLED_GIVEN.
_GIVEN_THEN_VERB = r" (\p{Lu}\p{Ll}+)(?=[,.;:]| (?:said|says|told|who|was|is|has)\b)"

#: A given name alone after "named", then the sentence's verb or a pause (‘a pick packer named Lina said’).
#:
#: >>> RE_NAMED_GIVEN.match(" named Lina said").group(1)
#: 'Lina'
RE_NAMED_GIVEN = LazyPattern(r" named" + _GIVEN_THEN_VERB)

#: The same with "called" (‘a reader called Orla, who …’, ‘a nurse called Brid said’): taken by the
#: caller only after "a", "an" or "one" and a noun, and for a given name a list holds, since "called"
#: is as often the verb (‘The minister called Ortiz, who …’), w74c.
#:
#: >>> RE_CALLED_GIVEN.match(" called Orla, who wrote").group(1)
#: 'Orla'
#: >>> RE_CALLED_GIVEN.match(" called Orla Brennan, who") is None, RE_CALLED_GIVEN.match(" called Orla a liar") is None
#: (True, True)
RE_CALLED_GIVEN = LazyPattern(r" called" + _GIVEN_THEN_VERB)

#: An indefinite one and a noun or two right before "called" (‘a reader called ’, ‘one young listener called ’),
#: never a definite subject whose "called" is the verb (‘The minister called ’), w74c.
#:
#: >>> bool(RE_INDEFINITE_CALLED_BEFORE.search("we hear from a reader called ")), bool(RE_INDEFINITE_CALLED_BEFORE.search("The minister called "))
#: (True, False)
RE_INDEFINITE_CALLED_BEFORE = LazyPattern(r"\b(?:[Aa]n?|[Oo]ne) (?:\p{Ll}[\p{Ll}\-]* ){1,3}called $")

#: An unnamed one set off by "a"/"the" and a few words, then who identified them by a given name
#: alone (‘The boy’s father, identified by the consulate as Fermín, 31,’, ‘An 11-year-old boy,
#: identified by his teacher as Arjun, wept’): group 1 is the name; never a name in full (‘identified
#: by police as Mark Doyle’) nor a nation or a faith (checked by the caller).
RE_IDENTIFIED_GIVEN = LazyPattern(
    r"(?<![\p{L}\p{Nd}\-’'])(?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\p{L}\p{Nd}\-’']+ ){0,3}?[\p{Ll}\-]+, identified "
    r"(?:only )?(?:by (?:[\p{L}\-’']+ ){1,4}?)?(?:only )?as (\p{Lu}\p{Ll}[\p{Ll}\p{M}\-]*)(?=, | (?:said|says|told|who|was|is|has)\b)")

#: A given name alone opening its sentence, then where the person is from and the verb (‘Marjorie from
#: Moncton, N.B., said’, ‘Caller Ravi in Surrey said’, ‘Another caller, Priscilla in Surrey, B.C., said’):
#: a caller's or a passer-by's name.
RE_GIVEN_FROM_PLACE = LazyPattern(
    r"(?:^|(?<=[.!?]”? |\n))(?:(?:Caller|Listener|Viewer|Reader) |(?:Another|One) \p{Ll}+, )?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:from|in|near) "
    r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}(?:, \p{Lu}[\p{L}.]{1,5})?,? (?:said|says|told|asked|wrote|added)\b")


#: A given name alone inside a sentence, then where the person is from and a "who" clause about them (‘Our
#: second letter comes from Dermot in Navan, who …’, ‘we spoke to Aoife from Sligo, who …’): a reader's, a
#: caller's or a passer-by's name; taken only for a given name a list holds (w74c).
#:
#: >>> RE_GIVEN_FROM_PLACE_WHO.search("comes from Dermot in Navan, who has a problem").group(1)
#: 'Dermot'
#: >>> RE_GIVEN_FROM_PLACE_WHO.search("comes from Dermot in Navan and his wife") is None
#: True
RE_GIVEN_FROM_PLACE_WHO = LazyPattern(
    r"(?<=\p{Ll} )(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:from|in|near) \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}"
    r"(?:, (?:Co\.? |County )?\p{Lu}[\p{L}.]{1,12})?, who\b")

RE_TIME_AFTER_IN = LazyPattern(r" in (?:" + "|".join(MONTH_NAMES) + r"|Spring|Summer|Autumn|Winter|\d)")

#: One-word names of performers and players: after a trade ("Pop star Vesper", "DJ Solstice",
#: "rapper Kross"), or opening a sentence with the trade set off after them ("Kairo, the lead
#: vocalist of boy band NOVA9,"), never before another capitalised word or a possessive.
MONONYM_TRADES = ("star ", "singer ", "rapper ", "DJ ", "MC ", "drummer ", "guitarist ", "vocalist ",
                  "artist ", "comedian ", "influencer ", "striker ", "midfielder ", "winger ",
                  "poet ", "dancer ", "pianist ", "newcomer ", "Newcomer ")
_MONONYM_TRADES = "(?:" + "|".join(t.strip() for t in MONONYM_TRADES) + ")"
RE_MONONYM_AFTER_TRADE = re.compile(  # (matched at each trade word the text has; the capital is checked after)
    r"\b" + _MONONYM_TRADES + r" ([^\W\d_]+)(?![\w’'\-]| [^\W\d_]*[A-Z]|[ \t]*[&(])")
RE_MONONYM_SET_OFF = LazyPattern(
    r"\b(\p{Lu}[\p{Ll}\p{M}]+), (the [^,.;]{0,40}?\b" + _MONONYM_TRADES + r"\b[^,.;]{0,40}),")
#: The part of :data:`RE_MONONYM_SET_OFF` after the name, which every match holds: a quick test first
#: (its leading ", the " is searched fast; the full pattern tries every capitalised word).
RE_TRADE_AFTER_THE = LazyPattern(r", the [^,.;]{0,40}?\b" + _MONONYM_TRADES + r"\b")

#: A given name, a maiden name in brackets, a married surname ("Doris (Lindqvist) Kessler",
#: "Mary (née Porter) Hale").
RE_MAIDEN_NAME = LazyPattern(r"\b(\p{Lu}\p{Ll}+) \((?:n[ée]e )?\p{Lu}[\p{Ll}’'\-]+\) (\p{Lu}[\p{Ll}’'\-]+)\b")
#: The bracket of :data:`RE_MAIDEN_NAME`, loosened to ``re`` classes that hold its own (a letter for
#: ``\p{Lu}``, a word character for ``\p{Ll}``): every match holds one, and ``re`` finds it several
#: times faster than the full pattern tries every capitalised word. A quick test first.
#:
#: >>> bool(RE_MAIDEN_BRACKET.search("Mary (née Porter) Hale")), bool(RE_MAIDEN_BRACKET.search("the (US) and"))
#: (True, True)
RE_MAIDEN_BRACKET = re.compile(r" \((?:n[ée]e )?[^\W\d_][\w’'\-]*\) ")


#: Words for children, before their names set off with their ages (‘two children, Mia, 9, and Ren, 6’).
CHILDREN_WORDS = frozenset("children kids sons daughters son daughter grandchildren grandsons granddaughters".split())

#: An age set off after a word (‘, 34,’, ‘, a 29-year-old’): where a person named by one name may be.
RE_AGE_SET_OFF = re.compile(r", (?:\d{1,3},|an? \d{1,3}-year-old\b)")

#: An animal's kind after its age (‘Juno, a 14-year-old otter,’, ‘a 5-year-old French bulldog’).
ANIMALS = ("otter dog cat horse giraffe elephant gorilla silverback bulldog terrier retriever lion lioness tiger bear "
           "cub calf pup puppy kitten mare stallion gelding colt filly cow bull pig sheep goat dolphin whale seal "
           "penguin parrot eagle owl tortoise turtle crocodile alligator snake python monkey chimpanzee chimp "
           "orangutan panda koala kangaroo wolf deer moose rhino rhinoceros hippo hippopotamus zebra camel llama "
           "alpaca donkey mule rabbit hamster spaniel labrador poodle collie beagle greyhound mastiff husky "
           "chihuahua pug dachshund rottweiler jaguar leopard cheetah sloth flamingo ostrich")
RE_ANIMAL_AFTER = re.compile(r"(?: [A-Za-z\-]+){0,2}? (?:" + "|".join(sorted(set(ANIMALS.split()))) + r")s?\b")

#: How the text right before such a given name ends (a search before the pattern): a kin word of
#: :data:`~quotesearch.cast_kin_names.KIN_GIVEN_BEFORE_SEX`, then a space or a comma.
KIN_WORD_ENDS = tuple(w + e for w in KIN_GIVEN_BEFORE_SEX for e in (" ", ", "))


#: One given name alone right after an age in words or figures, with no other name after it, set off or
#: before a verb (‘eight-year-old Danylo said’, ‘One of them, 16-year-old Maisie, said’; never a thing's
#: age, ‘the 49-year-old Carrier plant’): group 1 the name.
#:
#: >>> [m.group(1) for m in RE_AGED_GIVEN.finditer("Nine-year-old Danylo said; 16-year-old Maisie Trewin said; the 49-year-old Carrier plant")]
#: ['Danylo']
RE_AGED_GIVEN = LazyPattern(r"(?<![\p{L}\d\-])(?:\d{1,3}|\p{L}\p{Ll}*(?:-\p{Ll}+)?)-year-old (\p{Lu}\p{Ll}+)"
                            r"(?=,(?! \p{Lu})| (?:said|says|told|tells|added|wrote|was|is|has|had|wanted|wants|\p{Ll}+ed)\b)")

#: Words after "X and Y" that are a place's or an institution's ("Peter and Paul Church", "Jack
#: and Jill Preschool").
COUPLE_NOT_SURNAMES = frozenset("church cathedral chapel school preschool academy hall park street road square bridge".split())

#: Words after which a capitalised word no list gives as a name is a place, never the first of a
#: couple: "reporting by Joyce Park in Seoul and Kaori Mori in Tokyo", "talks in Doha and Cairo".
PLACE_BEFORE_COUPLE = frozenset("in at near outside".split())


#: What follows a capitalised run that fills a pair of quotation marks: a title, never a person.
QUOTED_RUN_ENDS = ("”", ",”", ".”", "\"", ",\"", ".\"")

#: The words of a rank a person named in full must hold for it (‘Deputy Public Prosecutor Lim Hui Min’ for
#: "DPP Lim").
RANK_WORDS = {"dpp": ("dpp", "prosecutor"), "lt-gen": ("lt-gen", "lieutenant general", "lieutenant-general", "lt. gen"),
              "maj-gen": ("maj-gen", "major general", "major-general", "maj. gen"), "brig-gen": ("brig-gen", "brigadier"),
              "lt-col": ("lt-col", "lieutenant colonel", "lieutenant-colonel", "lt. col")}


#: Prepositions of place: a name right after one is a place ("in San Diego", "from New York").
PLACE_WORDS_BEFORE = wordset("in near across outside inside into through throughout around")

#: Words right before a street's name that set it as a place (‘on Victoria Parade’, ‘off Grace Terrace’):
#: a name ending in a street's word (people.STREET_ONLY_HEADS) after a given name is a place only so, w100a guard.
#:
#: >>> "off" in STREET_CUES_BEFORE, "by" in STREET_CUES_BEFORE
#: (True, False)
STREET_CUES_BEFORE = wordset("on in at off along near down up from to into onto across")


#: A company's founder or owner spoken of, who may bear its name ("Xiao Wei Holdings … its founder
#: … Xiao Wei said"; never "The company’s chairman, Tom Reed,", "A co-founder of a consumer group").
RE_PERSON_ROLE_AFTER = LazyPattern(r", (?:the |its )?(?:co-?)?(?:founder|chairman|chairwoman|owner|chief executive|president|CEO)\b")
RE_ITS_FOUNDER = LazyPattern(r"\b(?:[Ii]ts|company[’']s|firm[’']s|group[’']s) (?:co-?)?(?:founder|namesake|owner)\b")


#: Nouns of works whose titles may be set off after them, unmarked ("her book, Living History,").
WORK_NOUNS_BEFORE = frozenset("book memoir novel autobiography biography film movie documentary album song play series "
                              "podcast poem".split())


#: What one named after an inverted cue is, set off between the name and the colon, with no other
#: clause or sentence (‘Said R. Kowalski, MP for Dunmere: “…”’).
#:
#: >>> bool(RE_SET_OFF_TO_COLON.match(", MP for Dunmere: “")), bool(RE_SET_OFF_TO_COLON.match(", who said, then: “"))
#: (True, False)
RE_SET_OFF_TO_COLON = LazyPattern(r", [^,;:.!?“”\"\n]{1,60}:")


#: What follows "He" and one capitalised word when they are a Chinese name (surname He), never the
#: pronoun before a word: a description set off (‘He Jun, a senior analyst, …’, ‘He Lin, 45, …’) or a
#: cue (‘He Lifeng said’, ‘He Jun told …’).
RE_HE_SURNAME_AFTER = LazyPattern(r"(?:, (?:an?|the|\d{1,3}) |,? (?:said|says|told|added|wrote)\b)")


def _title_case_line(line: str) -> bool:
    """A line in title case, as headlines are written: every word of four letters or more capitalised, and no
    full stop at its end, which a sentence of names has (‘President Ada Obi met Chancellor Hans Weber in Berlin.’).

    >>> _title_case_line("The Designer Goes Back to the Sea for Spring"), _title_case_line("Chancellor Hans Weber met the press.")
    (True, False)
    >>> _title_case_line("President Ada Obi met Chancellor Hans Weber in Berlin.")
    False
    """
    words = [w for w in regex.findall(r"[\p{L}’'\-]+", line) if len(w) >= 4]
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and not line.rstrip().endswith(".")


def _written_after(text: str, word: str, at: int) -> bool:
    """``word`` is written as a whole word after ``at`` (a first line's name the body names again).

    >>> _written_after("The Designer Goes Back. The designer said.", "Back", 22), _written_after("A. A Lee said.", "Lee", 1)
    (False, True)
    """
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", text[at:]) is not None


#: A told clause's description just before "who" (‘The defendant told the jury that a colleague, who’).
#:
#: >>> bool(RE_TOLD_DESCRIPTION_BEFORE.search("The defendant told the jury that a colleague,"))
#: True
#: >>> bool(RE_TOLD_DESCRIPTION_BEFORE.search("A female lieutenant,"))
#: False
RE_TOLD_DESCRIPTION_BEFORE = LazyPattern(r"\b(?:that|said|says|told|heard|claimed|alleged) (?:an?|the|one|another)\b[^.!?,;“”\"]{0,60},?$")


def _cipher_name(name: str) -> bool:
    """A protected witness's role and letter, one name of two words (‘Officer B’, ‘Soldier F’).

    >>> _cipher_name("Officer B"), _cipher_name("Jo Smith"), _cipher_name("B")
    (True, False, False)
    """
    words = name.split()
    return len(words) == 2 and words[0][1:].islower() and RE_CIPHER_LETTER.fullmatch(words[1]) is not None


class CastNames(CastKinNames, CastNicknames, CastFullNames):
    """Full names collected once per article: the pass over the capitalised runs (_collect_names) and
    the helpers that add a full name, its nickname, spouse or kin.

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _collect_names(self) -> None:
        """One regex pass over the capitalised runs of the text (never a full tokenisation); a run
        seen before ("the White House", "Donald Trump") is split into names only once."""
        text = self.text
        headlines = self.headlines
        starts = [s for s, _ in headlines]
        first_line_end = self.first_line_end
        first_line = []
        # names around a nickname first, so that people are met in text order: ‘Eleuterio “Toto”
        # Abellana, 61.’ keys the bare surname, his wife ‘Lourdes Abellana’ named later is a namesake
        for close in ("” ", '" ', "’ ", "' "):
            at = text.find(close)
            while at >= 0:
                if (text[at - 1:at].isalnum() or (text[at - 1:at] == "." and text[at - 2:at - 1].isupper())) \
                        and text[at + 2:at + 3].isupper():  # (and initials: ‘Caleb "C.J." Jenkins’)
                    self._nicknamed(at + 2)
                at = text.find(close, at + 2)
        # the first words of the people named in full so far (and a short first line's known given names)
        given_names: set[str] = {words[0] for m in RE_NAME_RUN.finditer(text, 0, first_line_end)
                                 for _, _, words in _name_pieces(m.group()) if len(words) > 1 and gender_of(words[0]) is not None}
        for m in RE_NAME_RUN.finditer(text):
            (at, end), run = m.span(), m.group()  # (read once: every test below asks)
            if headlines:
                h = bisect.bisect_right(starts, at) - 1
                if h >= 0 and at < headlines[h][1]:
                    continue  # "Bush Hits Marco Rubio": a headline's capitals are not names
            if _dateline_run(text, at, end):
                continue  # a dateline's place: ‘DAR ES SALAAM: …’
            if at < first_line_end:
                first_line.append(m)
                continue
            if at in self._addressed_nicknames:
                continue  # a nickname in marks inside a name: ‘Dorothy “Miss Dot” Haskins’ is one person
            if at > 0 and text[at - 1] in "“\"" and text.startswith(QUOTED_RUN_ENDS, end) \
                    and _no_person_opens(run):
                continue  # a title in marks, all of it: ‘Her new single, “Paper Boats,”’ (but ‘calls him “Mr. Trump”’)
            if text[max(0, at - 2):at] == ", " and text.startswith(",", end) \
                    and (before_work := text[max(0, at - 24):at - 2].rsplit(" ", 2))[-1].lower() \
                    in WORK_NOUNS_BEFORE and not (len(before_work) > 2 and before_work[-3].endswith("of")):
                continue  # a work's title set off after it: ‘In her 2003 book, Living History, Clinton noted’
                # (but ‘The author of the book, Mitchell Zuckoff, said’ names its author)
            if text.startswith(")", end) and _party_bracket_before(text, at) and gender_of(run.split()[0]) is None:
                continue  # a legislator's party and seat in brackets: ‘Chukwudi Nnaji (PDP, Enugu East) warned’
            if _capitals_label(text, at, end):
                continue  # a sign's or a label's words: ‘each labelled in capitals: BOILER HOUSE, STORE’
            pieces = _name_pieces(run)
            if pieces and pieces[0][0] == 0 and len(pieces[0][2]) > 1 and pieces[0][2][0].lower() in INVERTED_OPENERS \
                    and ((text.startswith(":", at + pieces[0][1])
                          and written_elsewhere(text, pieces[0][2][-1], text.find(pieces[0][2][-1], at)))
                         or ((len(pieces[0][2]) > 2 or pieces[0][2][0].lower() != "said")
                             and RE_SET_OFF_TO_COLON.match(text, at + pieces[0][1]) is not None)) \
                    and pieces[0][2][1] not in DESCENT_PARTICLES \
                    and not written_elsewhere(text, " ".join(pieces[0][2]), at):  # (never ‘Said Benali and his brother … Said Benali:’)
                # (nor a given name before a particle of descent: ‘Said bin Ali Al Rawahi, Undersecretary …, said:’)
                # (or one named in full, or after a cue word no name is, then what they are: ‘Said R. Kowalski,
                # MP for Dunmere: “…”’, ‘Says Marcus, a farmer from Tulla: “…”’)
                # an inverted cue before a colon, never a given name: ‘Said Huang: “…”’
                w0 = pieces[0][2][0]
                pieces = ((len(w0) + 1, pieces[0][1], pieces[0][2][1:]), *pieces[1:])
            if text.startswith("He ", at) and pieces and pieces[0][0] == 3 and (
                    (at > 1 and text[at - 2].islower() and text[at - 1] == " ")
                    or (len(pieces[0][2]) == 1 and end == at + pieces[0][1] and RE_HE_SURNAME_AFTER.match(text, end))):
                # "spokesman He Yadong": inside a sentence, "He" is the surname, never the pronoun; nor
                # where "He" and one capitalised word are the subject, set off with a description or
                # before a cue: "He Jun, a senior analyst, told …", "He Lifeng said"
                pieces = ((0, pieces[0][1], ("He", *pieces[0][2])), *pieces[1:])
            pieces = _with_month_given_name(text, at, run, pieces)
            pieces = _with_weekday_middle_name(text, at, run, pieces)  # (‘Ocheja Sunday Aboh’)
            # (a month as the given name of one described or speaking: "June Ostby, 71, a retired
            # schoolteacher", "April Nguyen, a nurse", "May Chen runs the clinic"; never "in June Smith said")
            if pieces and pieces[0][0] == 0 and pieces[0][2][0] == "Class" and at > 4 \
                    and RE_ORDINAL.fullmatch(text[max(0, at - 7):at - 1].rsplit(" ", 1)[-1]):
                # a rank's grade is no part of the name: "Sgt. 1st Class Dana Whitlow"
                pieces = ((6, pieces[0][1], pieces[0][2][1:]), *pieces[1:])
            for rs, re_, words in pieces:
                if at + re_ in self._nickname_runs:
                    continue  # (read with the surname after the nickname: ‘Sen. Ramon “Monching” Reyes’)
                rs, words = _past_lettered_kind(run, rs, words)
                rs, words = _past_office_place(text, at, run, rs, words)  # (‘Mayor of Haifa Yona Peretz’)
                if _participle_before_name(text, at + rs, words, at + re_) \
                        or _word_before_given(text, at + rs, words, given_names) \
                        or (len(words) > 1 and _indefinite_attributive(text, at + rs, words, at + re_)):
                    continue  # ‘Addressing Rohan, …’, ‘“Protect Shayla …”’: the object's given name alone;
                    # ‘a tense Beach Hut moment’: a show's name as an adjective
                if len(words) == 2 and words[0].rstrip(".").lower() in NICKNAME_ADDRESS_WORDS \
                        and self._addressed_nicknames and self._nicknames.get(words[1].lower()) is not None:
                    continue  # the nickname again, its word of address and all: ‘… Miss Dot said’
                if len(words) == 1 and text.endswith(KIN_WORD_ENDS, max(0, at + rs - 16), at + rs) \
                        and (surname := self._kin_surname(at + rs, words[0])) is not None:
                    words = (words[0], surname)  # (a given name alone after a kin word: ‘Benham’s mother Tracey’)
                if len(words) > 1:  # (a single word is no full name: spare the call)
                    self._flush(words, at + rs, at + re_)
                    if isinstance(known := self._people_of.get(words), Person):
                        given_names.add(known.name.split()[0])  # (without a title: "Dancer Tomas Varga")
        title_case_line = _title_case_line(text[:first_line_end])
        for m in first_line:
            run = m.group()
            if text.startswith(")", m.end()) and _party_bracket_before(text, m.start()) and gender_of(run.split()[0]) is None:
                continue  # (a seat, as in the body)
            for rs, re_, words in _with_month_given_name(text, m.start(), run, _name_pieces(run)):  # (as in the body)
                rs, words = _past_lettered_kind(run, rs, words)
                # a headline's verbs and gerunds are no part of a name ("Debating Clinton’s
                # character", "Rush Limbaugh Explains The Democrats")
                while len(words) > 1 and words[-1].lower() in SPEECH_VERBS:
                    words = words[:-1]
                    re_ = rs + run[rs:re_].rindex(words[-1]) + len(words[-1])
                while len(words) > 1 and words[0].lower().endswith(("ing", "ed")) and gender_of(words[0]) is None \
                        and words[0].lower() not in QUALIFIER_LEADS:  # (but "Acting Gov. X", "Retired Gen. X")
                    rs = run.index(words[1], rs + len(words[0]))
                    words = words[1:]
                known = self.by_surname.get(words[-1].rstrip(".").lower())
                size = len(known.name.split()) if known is not None else 0
                if 1 < size < len(words) and " ".join(words).endswith(" " + known.name) \
                        and not all(gender_of(w) is not None for w in words[:-size]) \
                        and known.name.split()[0] not in IRISH_SURNAME_PARTICLES:
                    # (but given names before it make one name: "María Fernanda Ruiz de la Torre"; and
                    # an Irish surname of several words is the body's surname alone: "Judge Nic Aodha")
                    # the body's full name without the headline's words before it ("Billionaire
                    # Mark Cuban …" is the body's Mark Cuban, whose role the body gives first)
                    rs = run.index(words[-size], rs + len(" ".join(words[:-size])))
                    words = words[-size:]
                if len(words) > 1 and gender_of(words[0]) is None and title_case_line \
                        and not _written_after(text, words[-1], first_line_end):
                    continue  # (a headline's capitals the body never names again, no given name before them: ‘The
                    # Designer Goes Back to the Sea’ names no "Goes Back" for "the designer said" to be, w71a)
                self._flush(words, m.start() + rs, m.start() + re_)
        mononyms = []
        for trade in MONONYM_TRADES:  # (a search per trade: faster than a pattern over the whole text)
            i = text.find(trade)
            while i >= 0:
                m = RE_MONONYM_AFTER_TRADE.match(text, i) if i == 0 or not text[i - 1].isalnum() else None
                if m is not None and m.group(1)[0].isupper() and m.group(1)[1:].islower():
                    mononyms.append((m.start(1), m.group(1), None))
                i = text.find(trade, i + len(trade))
        set_off = RE_MONONYM_SET_OFF.finditer(text) if RE_TRADE_AFTER_THE.search(text) else ()
        for m in set_off:  # (only one that opens its sentence)
            before = text[max(0, m.start() - 2):m.start()]
            if m.start() == 0 or before.endswith("\n") or before in (". ", "! ", "? "):
                mononyms.append((m.start(1), m.group(1), m.group(2)))
        self._add_mononyms(mononyms)
        self._add_royals()
        if RE_MAIDEN_BRACKET.search(text) is not None:
            for m in RE_MAIDEN_NAME.finditer(text):  # "Doris (Lindqvist) Kessler": Doris Kessler
                if gender_of(m.group(1)) is not None:
                    self._flush((m.group(1), m.group(2)), m.start(1), m.end(2))
        for m in _couples(text):  # "Jean-Luc and Amélie Fournier": each of them
            g1, g2 = gender_of(m.group(1)), gender_of(m.group(2))
            before = text[max(0, m.start() - 24):m.start()].split()[-1:]
            if before and before[0][:1].isupper() and before[0].lower() not in FUNCTION_WORDS and not before[0].endswith(",") \
                    and (is_abbreviation(before[0].rstrip(".")) if before[0].endswith(".") else not _word_like(before[0])):
                continue  # (the first is a surname after a given name or a title: "Lindsey Graham and
                # David Perdue"; but an epithet may stand before it: "Siblings Dominic and Carla Reyes",
                # and an opening phrase: "On Saturday, Kenji and Yumiko Tanaka")
            if g1 is None and before and before[0] in PLACE_BEFORE_COUPLE:
                continue  # (a place, whose word no list gives as a name, after "in": never a couple's given
                # name: "(Reporting by Liz Tan in Beijing and Manuel Ortiz in Manila)" names no "Beijing Ortiz")
            known = self.by_surname.get(m.group(1).lower())
            stray = known is not None and g1 is not None and len(known.name.split()) == 2 \
                and gender_of(known.name.split()[0]) is None and any(e == m.end(1) for _, e in known.spots)
            if (g1 is not None or g2 is not None) and (known is None or stray) \
                    and m.group(1).lower() not in FUNCTION_WORDS \
                    and m.group(2).lower() not in FUNCTION_WORDS and not _name_goes_on(text, m.end()) \
                    and m.group(3).lower() not in ORG_WORDS and m.group(3).lower() not in BUSINESS_WORDS \
                    and m.group(3).lower() not in COUPLE_NOT_SURNAMES and not m.group(3).endswith(("’s", "'s")):
                # (one given name the lists know is enough: "Theo and Jess Albright"; never "Johnson
                # and Johnson Inc.")
                if stray:  # ("Siblings Dominic": a word before a given name, read as a name)
                    del self.by_surname[m.group(1).lower()]
                self._couple_starts.add(m.start(1))  # (two people, whatever the lists say of the first name)
                self._flush((m.group(1), m.group(3)), m.start(1), m.end(1))
                if g2 is None:
                    self._flush((m.group(2), m.group(3)), m.start(2), m.end())
        named_once = []  # (after the couples: "Jean-Luc, 61," is Jean-Luc Fournier's given name)
        for m in RE_AGE_SET_OFF.finditer(text):  # "Amina, 34, who did not give her surname, said"
            w = RE_LAST_CAPWORD.search(text, max(0, m.start() - 40), m.start())
            if w is None or RE_ANIMAL_AFTER.match(text, m.end()):
                continue  # (never an animal: "Juno, a 14-year-old otter,")
            before = text[max(0, w.start() - 5):w.start()]
            if w.start() == 0 or before.endswith(("\n", ". ", "! ", "? ", "” ", '" ')) or before.endswith((" was ", " is ")) \
                    or (gender_of(w.group()) is not None and (
                        # after a trade in lower case ("lifelong supporter Gustavo, 58,", "Fifth-form
                        # student Tiana, 16,") or an opening phrase ("Outside the courthouse, Rosa, 58,")
                        ((prev := text[max(0, w.start() - 24):w.start()].split()[-1:]) and (
                            prev[0] in ROLE_NOUNS or prev[0].rstrip(",") in CHILDREN_WORDS))  # (‘two children, Mia, 9,’)
                        or (before.endswith(", ") and self._after_opening_phrase(w.start() - 2, w.start())))):
                named_once.append((w.start(), w.group(), None))
        for at, given in given_names_alone(text):  # a parent or a child by a given name alone
            before = text[max(0, at - 16):at].rstrip(", ").lower()
            grouped = before.endswith(ONE_OF_GROUP_NOUNS) or before[:-1].endswith(ONE_OF_GROUP_NOUNS)  # (‘One of the workers, Bikash,’)
            withheld = RE_SURNAME_WITHHELD.search(text, at, min(len(text), at + 160)) is not None
            if (gender_of(given) is not None or grouped or withheld) and not self._in_headline(at) and (
                    given.lower() not in PLACE_GIVEN_NAMES
                    or any(text.startswith(", a " + w, at + len(given)) for w in PARENT_OR_PUPIL) or grouped):
                # (one of a group is a person whatever the name: ‘His partner, Keisha,’)
                # (never "Virginia, whose governor", "Jordan said"; but "Victoria, a mother of four,")
                surname = self._kin_surname(at, given)
                if surname is not None:  # (a parent's or a child's given name with the family's surname)
                    self._flush((given, surname), at, at + len(given))
                    continue
                named_once.append((at, given, None))
        for key in (" from ", " in ", " near "):  # (a search per word, then the pattern where one may match)
            i = text.find(key)
            while i >= 0:
                if not text[i + len(key):i + len(key) + 1].isupper():
                    i = text.find(key, i + len(key))
                    continue  # (a place's capital first: most of these words stand before a lower-case one)
                w = i
                while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
                    w -= 1
                if w < i and text[w].isupper() \
                        and (m := RE_GIVEN_FROM_PLACE.search(text, max(0, w - 24), i + 120)) is not None and m.start(1) == w \
                        and (gender_of(m.group(1)) is not None or m.group().startswith(("Caller", "Listener", "Viewer", "Reader", "Another", "One"))) \
                        and m.group(1).lower() not in PLACE_GIVEN_NAMES and not RE_TIME_AFTER_IN.match(text, m.end(1)):
                    # (never a place or a club: ‘Victoria in April said’, ‘Chelsea in January said’)
                    named_once.append((m.start(1), m.group(1), None))
                elif w < i and text[w].isupper() and gender_of(text[w:i]) is not None \
                        and (m := RE_GIVEN_FROM_PLACE_WHO.search(text, max(0, w - 24), i + 80)) is not None and m.start(1) == w \
                        and m.group(1).lower() not in PLACE_GIVEN_NAMES and not self._in_headline(w):
                    named_once.append((m.start(1), m.group(1), None))  # (‘comes from Dermot in Navan, who …’)
                i = text.find(key, i + len(key))
        i = text.find(" named ")
        while i >= 0:  # ‘A pick packer named Lina said’: a person named by a given name alone
            m = RE_NAMED_GIVEN.match(text, i)
            if m is not None and RE_NAMED_BEFORE.search(text, max(0, i - 50), i + 7) is not None:
                named_once.append((m.start(1), m.group(1), None))
            i = text.find(" named ", i + 7)
        i = text.find(" called ")
        while i >= 0:  # ‘a reader called Orla, who …’: so too with "called", after an indefinite noun, for a given name
            m = RE_CALLED_GIVEN.match(text, i)
            if m is not None and gender_of(m.group(1)) is not None \
                    and RE_INDEFINITE_CALLED_BEFORE.search(text, max(0, i - 50), i + 8) is not None:
                named_once.append((m.start(1), m.group(1), None))
            i = text.find(" called ", i + 8)
        for m in (RE_AGED_GIVEN.finditer(text) if "-year-old " in text else ()):  # ‘One of them, nine-year-old
            # Danylo, said he wanted to be a pilot’: a child or an adult named by an age and a given name alone
            low = m.group(1).lower()
            if low not in DEMONYMS and low not in NATIONALITY_NOUNS and low not in FAITHS and low not in PARTY_WORDS \
                    and low not in FUNCTION_WORDS and low not in NOT_NAMES and low not in ONE_WORD_PLACES and low not in self.by_surname \
                    and not RE_ANIMAL_AFTER.match(text, m.end()) and not self._in_headline(m.start()):
                named_once.append((m.start(1), m.group(1), None))
        i = text.find(", identified ")
        while i >= 0:  # ‘The boy’s father, identified by the consulate as Fermín,’: a given name alone
            m = RE_IDENTIFIED_GIVEN.search(text, max(0, i - 60), i + 80)
            if m is not None and m.start(1) > i and (low := m.group(1).lower()) not in DEMONYMS and low not in FAITHS \
                    and low not in PARTY_WORDS and not self._in_headline(i):
                named_once.append((m.start(1), m.group(1), None))
            i = text.find(", identified ", i + 13)
        alias_sexes: dict[int, tuple[str, str]] = {}
        for key in (" who ", " with the "):  # the one name an unnamed source is given: ‘a commander who
            # goes by the call sign Falcon’ (then "Falcon said")
            i = text.find(key)
            while i >= 0:
                m = RE_ALIAS.match(text, i)
                if m is None and key == " who ":
                    m = alias_after_clause(text, i)  # (after a first clause of the same one: ‘who cannot be
                    # named and was referred to in court as Officer B’, a protected witness's letter only, below)
                    if m is not None and not _cipher_name(m.group(2)):
                        m = None
                if m is not None and _cipher_name(m.group(2)) \
                        and RE_TOLD_DESCRIPTION_BEFORE.search(text, max(0, i - 90), i) is not None:
                    m = None  # (never a protected witness told of inside another's words: ‘The defendant told the
                    # jury that a colleague, who was referred to in court as Officer C, had fired first. “…,” he
                    # said.’ — the defendant's, not Officer C's, rv75e)
                if m is not None and (_alias_one_name(m.group(2)) or _cipher_name(m.group(2))):
                    # (or a protected witness's role and letter: ‘A female lieutenant, who was referred to in
                    # court as Officer B,’ is Officer B, whom a "she" after stands for)
                    named_once.append((m.start(2), m.group(2), None))
                    subject = RE_SUBJECT_SET_OFF.search(text, max(0, i - 120), i + 5) if key == " who " else None
                    if (sex := alias_gender(m) or (sex_of_description(subject.group()) if subject is not None else None)) is not None:
                        alias_sexes[m.start(2)] = (m.group(2), sex)
                    if subject is not None:
                        self._spoke_at.add(m.start(2) + m.group(2).rfind(" ") + 1)  # the subject the clause
                        # names: ‘Another woman in the queue, who gave her name only as Jo, was more
                        # sympathetic.’ (a "she" after is Jo); a kunya where the stream of mentions finds
                        # it, at its last word (‘… as Abu Elie’)
                i = text.find(key, i + len(key))
        self._add_mononyms(named_once, given_names=True)
        for at, (word, sex) in alias_sexes.items():  # the sex the alias clause tells, when the lists know
            # not the name: ‘Another woman, who gave her name only as Jo,’ (then "she said" is Jo's)
            p = self.by_surname.get(surname_key(word.split()))
            if p is not None and p.gender is None and p.spots and p.spots[0][0] == at:
                p.gender = sex

    def _flush(self, words: tuple[str, ...], start: int, end: int) -> None:
        if len(words) >= 2 and words[0] in INTERVIEW_LABELS and interview_label_at(self.text, start):
            start = self.text.index(words[1], start)  # an answer's label, no initial: ‘A. Ivo says that …’
            words = words[1:]
        if len(words) < 2:
            return
        known = self._people_of.get(words, False)
        if known is False:
            self._people_of[words] = known = self._add_full_name(words, start)
        if isinstance(known, Person):
            known.spots.append((start, end))
            known.named += 1
            if self.text.startswith(", who ", end):
                known.who = True
            before = self.text[max(0, start - 16):start].lower().split()
            the = bool(before) and before[-1] == "the"
            if the:  # "in the South China Sea"
                before.pop()
            if words[-1] in STREET_ONLY_HEADS and ((before and before[-1] in STREET_CUES_BEFORE)
                                                   or self.text[max(0, start - 3):start] in ("’s ", "'s ")):
                known.street_cued = True  # (‘on Victoria Parade’, ‘Tanner’s Row’: a street's, w100a guard)
            if (before and (before[-1] in PLACE_WORDS_BEFORE or (before[-1] == "from" and words[-1] in STREET_HEADS))) \
                    or (the and words[0] == known.name.split()[0] and not _attributive(self.text, end)):
                known.named_as_place += 1  # (and a name after "the" alone, no title between, is a
                # body's or a place's: "the Desert Valley Scorpions", "The Lakeshore Lynx have traded")

    def _in_headline(self, at: int) -> bool:
        """``at`` falls inside a headline or a byline."""
        h = bisect.bisect_right(self.headlines, (at, len(self.text))) - 1
        return h >= 0 and at < self.headlines[h][1]

    def _first_at(self, words: str) -> int:
        """Where the text first writes these words (-1 if nowhere), found once per article."""
        at = self._first_ats.get(words)
        if at is None:
            at = self._first_ats[words] = self.text.find(words)
        return at

    def _first_past_headline(self, words: str) -> int:
        """Where the text first writes these words past its headline, when the headline writes them
        first (-1 if nowhere): a headline shortens a firm's name that the lede writes in full
        (‘Halvorsen Foods cuts outlook’ over ‘Halvorsen Foods Group lowered …’)."""
        at = self._first_at(words)
        if 0 <= at < self.first_line_end:
            at = self.text.find(words, self.first_line_end)
        return at

    def _founder_named(self, short: str) -> bool:
        """A company's two words that are a person's name: the article speaks of a founder or an
        owner near them ("Xiao Wei Holdings …, its founder said"); once per name, and only near
        where the words stand (a search of the whole text per mention was quadratic)."""
        known = self._founders.get(short)
        if known is None:
            text = self.text
            known = False
            i = text.find(short)
            while i >= 0 and not known:
                window = text[max(0, i - 120):i + len(short) + 120]
                known = RE_ITS_FOUNDER.search(window) is not None or f"founder, {short}" in window \
                    or f"{short}, who founded" in window \
                    or RE_PERSON_ROLE_AFTER.match(text, i + len(short)) is not None  # ("Dewan Rahman, chairman of …")
                i = text.find(short, i + len(short))
            self._founders[short] = known
        return known

    def _holds_rank(self, person: Person, rank: str) -> bool:
        """The person named in full holds the rank written before a surname ("DPP Lim" of Deputy
        Public Prosecutor Lim Hui Min; never of Lim Chee Keong, the accused)."""
        return any(w in r.lower() for r in self.roles_of(person) for w in RANK_WORDS.get(rank, (rank,)))
