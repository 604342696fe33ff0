"""Collecting the article's full names: the capitalised runs read once, nicknames, mononyms,
royals, couples and kin given names, each added as a person or a namesake.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import MONTH_NAMES, NUMBER_NAMES
from quotesearch.place_words import DEMONYMS, FAITHS, NATIONALITY_NOUNS, ONE_WORD_PLACES
from quotesearch.name_words import (
    HONORIFICS, NAME_LEADS, NICKNAME_ADDRESS_WORDS, OFFICE_HONORIFICS, OFFICE_LETTERS, PLACE_GIVEN_NAMES,
    SHARED_SEX_NAMES, SOLDIER_RANK_WORDS, is_abbreviation,
)
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, FAMILY_KIN_SEX, GENDERED_NOUNS, OFFICE_WORDS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, INVERTED_OPENERS, SPEECH_VERBS
from quotesearch.mentions import place_written_alone_before
from quotesearch.names import (
    DESCENT_PARTICLES, FUNCTION_WORDS, GENDERED_HONORIFICS, GIVEN_MONTH_SEX, NOT_NAMES, PARTICLES, PARTY_WORDS,
    RE_NAME_RUN, RE_ORDINAL, _name_pieces, _opening_word_not_name, _word_like, ends_in_title, gender_of,
    is_organisation, sex_of_given_name, style_as_given_name, word_positions, written_elsewhere, written_surname_first,
)
from quotesearch.people import BE_FORMS_ALL, PLACE_HEADS, Person, RE_SENTENCE_END, cast_key, surname_key
from quotesearch.bylines import (
    INTERVIEW_LABELS, _capitals_label, _dateline_run, _party_bracket_before, interview_label_at,
)
from quotesearch.full_names import (
    IRISH_PARTICLE_SEX, IRISH_SURNAME_PARTICLES, NICKNAME_ARTICLES, RE_NAMED_BEFORE, RE_NAME_WORDS_BEFORE,
    RE_SURNAME_WITHHELD, SHARED_GIVEN_NAMES, _attributive, _english_then_chinese, _irish_surname_alone, _lead_then,
    _name_goes_on, _named_in_full, _nickname_word, _no_person_opens, _other_given_name, _same_name_respelled, _suffix,
    _surname_first, _two_word_nickname, _with_month_given_name, _with_weekday_middle_name, _word_before_given,
)
from quotesearch.kinship import (
    ONE_OF_GROUP_NOUNS, PARENT_OR_PUPIL, RE_KIN_SET_OFF_AFTER, RE_LAST_CAPWORD, SEX_NOUNS, _couples,
    _past_lettered_kind, _sex_noun_named, given_names_alone,
)
from quotesearch.firms import (
    QUALIFIER_LEADS, STREET_HEADS, _body_words_before_holder, _indefinite_attributive, _initial_after_body_words,
    _is_organisation, _named_place, _office_opening_body, _participle_before_name,
)
from quotesearch.offices import (
    COMPASS_WORDS, GIVEN_NAME_HONORIFICS, OFFICE_REACH, PEER_STYLES, RELIGIOUS_STYLES, RE_TITLE_BEFORE_PREP, ROYAL_SEX,
    STYLE_TITLES, SURNAME_HONORIFICS, TITLE_QUALIFIERS, _after_capital_office, _after_linked_office, _office_for_place,
    _office_of_state_before, _office_word_before_given, _office_words_before_given, _past_office_place,
    _place_before_given, _place_words_before_name, _posted_to, _ranked_in_full, _remit_before_particle_name,
    _role_word_before, _seat_before_given, _title_before_prep, _title_split, _unit_words_before_name,
)
from quotesearch.sources import RE_ALIAS, RE_POSSESSIVE_PRONOUN, _alias_one_name, alias_gender
from quotesearch.descriptions import OTHER_SEX, RE_AGE_AFTER, RE_SUBJECT_SET_OFF, RIVAL_NOUNS, _initials_not_style


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
ROYAL_STYLE_WORDS = tuple(style.title() for style in ROYAL_SEX)  # (one of them in the text, or no royal)
#: A knight's or a dame's style, which goes before the given name ("Sir Alan", "Dame Judi").
KNIGHTLY_SEX = {"sir": "m", "dame": "f", "tā": "m"}  # (and the Māori knight's "Tā Wiremu")
KNIGHTLY_STYLES = tuple(style.title() for style in KNIGHTLY_SEX)
STYLE_SEX = ROYAL_SEX | KNIGHTLY_SEX

#: A royal's, a pontiff's or a peer's style before one name ("King Aldric", "Crown Princess Mireille",
#: "Pope Leo", "Baroness Okonedo-Frye"), and a knight's or a dame's before a given name ("Sir Alan"),
#: never before another capitalised word ("Prince Harry Windsor" is a full name); a duke is known by
#: his title alone ("Duke Energy", "Duke Ellington") unless a grand duke.
RE_ROYAL_MONONYM = LazyPattern(
    r"\b((?:Crown |Grand )?(?:" + "|".join(s for s in ROYAL_STYLE_WORDS if s not in ("Duke", "Duchess")) + r")"
    r"|Grand Duke|Grand Duchess|" + "|".join(KNIGHTLY_STYLES) + r") (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\w’'\-]| \p{Lu}|[ \t]*[&(])")

#: A surname, with an apostrophe's part ("O’Neill", "D'Souza") and hyphens.
RE_SURNAME_WORD = LazyPattern(r"\p{Lu}[\p{L}\p{M}]*+(?:[’']\p{Lu}[\p{L}\p{M}]*+)?(?:-\p{Lu}[\p{L}\p{M}]*+)*+")

#: A generational suffix written after a surname, with its space ("Macaraeg Jr.", "Reyes III"): part of
#: the name a nickname in marks stands inside (‘Rodolfo “Dolfo” Macaraeg Jr.’ is Rodolfo Macaraeg Jr.).
#:
#: >>> RE_SUFFIX_AFTER_SURNAME.match(" Jr. told", 0).group(1), RE_SUFFIX_AFTER_SURNAME.match(" Jrs", 0)
#: ('Jr.', None)
RE_SUFFIX_AFTER_SURNAME = LazyPattern(r" (Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}\p{M}\d])")

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
RE_KIN_GIVEN_BEFORE = LazyPattern(r"(?:\b([Hh]is|[Hh]er)|\b(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)[’']s) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}?"
                                  r"(son|daughter|brother|sister|mother|father),? $")

#: A person brought in by a common noun (‘the boy’, ‘a teenager’), between the owner and "his" or "her".
RE_PERSON_NOUN_BETWEEN_GUARD = LazyPattern(r"\b(?:the|a|an|this|that) (?:[\p{Ll}\d\-]+ ){0,2}?(?:boy|girl|man|woman|"
                                           r"teenager|child|baby|toddler|victim|pupil|student|youngster|teen|infant|"
                                           r"patient|player|driver|rider|suspect)s?\b")

#: How the text right before such a given name ends (a search before the pattern).
KIN_WORD_ENDS = tuple(w + e for w in ("son", "daughter", "brother", "sister", "mother", "father") for e in (" ", ", "))


#: One given name alone right after an age in words or figures, with no other name after it, set off or
#: before a verb (‘eight-year-old Danylo said’, ‘One of them, 16-year-old Maisie, said’; never a thing's
#: age, ‘the 49-year-old Carrier plant’): group 1 the name.
#:
#: >>> [m.group(1) for m in RE_AGED_GIVEN.finditer("Nine-year-old Danylo said; 16-year-old Maisie Trewin said; the 49-year-old Carrier plant")]
#: ['Danylo']
RE_AGED_GIVEN = LazyPattern(r"(?<![\p{L}\d\-])(?:\d{1,3}|\p{L}\p{Ll}*(?:-\p{Ll}+)?)-year-old (\p{Lu}\p{Ll}+)"
                            r"(?=,(?! \p{Lu})| (?:said|says|told|tells|added|wrote|was|is|has|had|wanted|wants|\p{Ll}+ed)\b)")

#: Capitalised words that are no one's name alone.
NOT_NAMES_ALONE = frozenset("monday tuesday wednesday thursday friday saturday sunday today police".split())

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


#: A name opening a sentence, then what tells its sex: a noun of one sex set off after it or after
#: "is"/"was" (‘Bernie Walsh, the union’s first woman branch secretary,’, ‘Bernie was also the first
#: woman in the region’; never a possessive's noun, ‘Kim was the man’s daughter’, a hyphened one, nor a
#: list's), a reflexive right after its verb (‘Walsh described herself as’), or the pronoun its "who"
#: clause, naming no one, leads to (‘Walsh, who drove the 82 for 30 years, said she …’). Weaker, and
#: only for a given name the lists do not know: ‘Holloway, for his part, deflected the praise’, and a
#: sentence about the name, naming no one else, whose next sentence opens with "He" or "She" (‘Brent
#: Haldane had gone 114 starts without a win. On Sunday, he needed …’ is not enough: the very next
#: sentence, ‘Haldane finished at 15-under. He started the day …’). Group 1, the name; 2, the noun; 3,
#: the reflexive; 4, the pronoun; 5, the "for his part" pronoun; 6, the next sentence's pronoun.
RE_SEX_SAID_OF_NAME = LazyPattern(
    r"(?:^|(?<=\n)|(?<=[.!?][”\"’']?\s))((?:\p{Lu}[\p{L}’'\-]+\.? ){0,2}\p{Lu}[\p{L}’'\-]+)(?:"
    r"(?:, (?:\d{1,3}, )?| (?:is|was)(?: also| now| still)? )(?:the|a|an) "
    r"(?:(?!(?:of|and|or|in|to|for|with|at|by|from|who|that)\b)(?:[\p{Ll}\d\-]+|\p{L}+[’']s) ){0,3}?"
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

#: What sets off a description after a name that opens its sentence, bringing someone in (‘Elspeth
#: Buchanan, a senior economist at …, estimated’): a namesake's given name no list holds, never a
#: heading's word.
DESCRIBED_AFTER = (", a ", ", an ")

#: At most this many namesakes of one surname are kept apart (more are each their own).
NAMESAKES_KEPT = 16


#: A company's founder or owner spoken of, who may bear its name ("Xiao Wei Holdings … its founder
#: … Xiao Wei said"; never "The company’s chairman, Tom Reed,", "A co-founder of a consumer group").
RE_PERSON_ROLE_AFTER = LazyPattern(r", (?:the |its )?(?:co-?)?(?:founder|chairman|chairwoman|owner|chief executive|president|CEO)\b")
RE_ITS_FOUNDER = LazyPattern(r"\b(?:[Ii]ts|company[’']s|firm[’']s|group[’']s) (?:co-?)?(?:founder|namesake|owner)\b")


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
    Dhaheri’): the style is then the person's given name (:func:`~quotesearch.names.style_as_given_name`).

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
# (and a seat's member: ‘the Woman Rep.’ of ‘Bungoma Woman Rep Grace Rotich’, as the Kenyan press writes a
# county's Woman Representative)

#: A spouse set off after a person named in full, by a given name ("with his wife, Sarah,"), and
#: the sex each word tells.
RE_SPOUSE = LazyPattern(r"\b(?:his (wife)|her (husband)),? (\p{Lu}\p{Ll}+)\b")
SPOUSE_SEX = {"wife": "f", "husband": "m"}

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


#: A kin phrase opening its sentence before a name: "His granddaughter, " (never "After burying
#: her husband, ", "Unlike his mother, ", which are no appositive).
RE_KIN_OPENING = re.compile(r"(?:^|[.!?]\s+|[”\"]\s+|\n)(?:His|Her|Their|My|Our|[A-Z][\w’'\-]*(?:’s|'s)) \w+, $")

#: Nouns of family and of acting before a name that tell its sex ("9/11 widow Terry Strada").
FAMILY_NOUNS = frozenset("""widow widower mother father wife husband daughter son sister brother grandmother grandfather
granddaughter grandson niece nephew aunt uncle actress""".split())


#: How many of the latest people named in full a short name is matched against as part of one.
LONGER_NAME_REACH = 40

#: A given name and a nickname in marks, just before a surname (‘Stanisław “Stan” Kowalczyk’,
#: ‘Dwayne "The Rock" Johnson’).
RE_NICKNAME_BEFORE = LazyPattern(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'\-]+) (?:[“\"]([\p{L}\d][\p{L}\p{M}\d._’'\- ]{0,20})[”\"]"
                                 r"|‘([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})’|'([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})') $")


#: What follows a name with a nickname inside that only a person's does (‘Dean ‘Dingo’ Whitford, who
#: relocates snakes,’, ‘Tomás “Tommy” Hale said’).
PERSON_AFTER_NICKNAME = (", who ", ", whose ", " said ", " said,", " says ", " told ")


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


class CastNames:
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
                if len(words) == 1 and text.endswith(KIN_WORD_ENDS, max(0, at + rs - 11), at + rs) \
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
                if m is not None and _alias_one_name(m.group(2)):
                    named_once.append((m.start(2), m.group(2), None))
                    if (sex := alias_gender(m)) is not None:
                        alias_sexes[m.start(2)] = (m.group(2), sex)
                    if key == " who " and RE_SUBJECT_SET_OFF.search(text, max(0, i - 120), i + 5) is not None:
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

    def _kin_surname(self, at: int, given: str) -> str | None:
        """The surname of the family of a parent, child or sibling named at ``at`` by a given name alone
        after the kin word of someone the article names in full: ‘Benham’s mother Tracey’ (the owner by
        the surname), ‘trained by Jimmy Kehoe and ridden by his son Dara’ (the owner by "his" or "her":
        the last one named in full of that sex, in the same sentence). So the kin is one of the family
        (Tracey Benham, Dara Kehoe), never a one-word speaker beside them. None unless the kin is
        blood kin or a parent (:data:`FAMILY_KIN_SEX`: never a wife or a partner, who may keep another
        surname), the kin word's sex is the given name's (where the lists know it), the owner by the
        surname is one person, and the given name is no other person's first name in the article."""
        m = RE_KIN_GIVEN_BEFORE.search(self.text, max(0, at - 60), at)
        if m is None or self._in_headline(at):
            return None
        sex = FAMILY_KIN_SEX[m.group(3)]
        if sex_of_given_name(given) not in (None, sex):
            return None
        if any(q.name.split()[0] == given for q in self._named_in_full()):
            return None  # (someone named in full by that given name: the kin is no new person)
        if m.group(2) is not None:  # (‘Benham’s mother Tracey’)
            key = m.group(2).lower()
            owner = self.by_surname.get(key)
            if owner is None or self.namesakes.get(key) or owner.kind != "name" or " " not in owner.name \
                    or owner.name.split()[-1] != m.group(2):
                return None
            if owner.gender == "f" and m.group(3) in ("mother", "father", "brother", "sister"):
                return None  # (guard: a woman's parents and siblings may keep her maiden name)
            return m.group(2)
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

    def _add_mononyms(self, mononyms: list[tuple[int, str, str | None]], given_names: bool = False) -> None:
        """People the article names by one word (where, the word, a role): "Pop star Vesper", "DJ
        Solstice", "Kairo, the lead vocalist of …"; with ``given_names``, a known given name too
        ("Amina, 34,"), unless it is the given name of someone named in full."""
        text = self.text
        for at, word, role in mononyms:
            low = surname_key(word.split())  # (a kunya by its last word, as its bearer's name is keyed: "Abu Elie")
            if low in self.by_surname or low in FUNCTION_WORDS or low in NOT_NAMES_ALONE \
                    or (gender_of(word) is not None and not given_names) \
                    or low in NOT_NAMES or self._first_word_people().get(low) is not None \
                    or self.first_surname_owner(word) is not None or self.called_after_lead(word) is not None:
                continue  # (a surname or a given name of someone named in full is theirs, and so is
                # the first of two surnames: ‘Daniel Arosemena Carrión … Arosemena, 42, has made’, and the
                # given name after a Malay lead: ‘Nur Aina Hassan … Aina, a mother of three,’)
            stage = text[max(0, at - 3):at] in ("DJ ", "MC ")
            p = Person(text[at - 3:at] + word if stage else word, roles=[role] if role else [], gender=gender_of(word))
            p.spots.append((at, at + len(word)))  # ("DJ Solstice": the letters are part of a stage name)
            p.named = 1
            self.by_surname[low] = p
        if mononyms:
            self._first_words = None  # (the table by first words is made again, once, with them)
            self._inner_words = None

    def _add_royals(self) -> None:
        """Royals and pontiffs the article names by a style and one name ("King Aldric", "Crown
        Princess Mireille", "Pope Leo"): the style is part of the name they are known by, and
        tells their sex ("the King", "she" find them)."""
        if not any(style in self.text for style in ROYAL_STYLE_WORDS + KNIGHTLY_STYLES):
            return
        for m in RE_ROYAL_MONONYM.finditer(self.text):
            style, word = m.group(1), m.group(2)
            low = word.lower()
            if low in FUNCTION_WORDS or low in NOT_NAMES or low in NOT_NAMES_ALONE or low in ORG_WORDS \
                    or low in PLACE_HEADS or self.common_word(word, m.start(2)) \
                    or self._first_word_people().get(low) is not None \
                    or self.text.startswith((" bin ", " ibn ", " bint ", " al-", " el-"), m.end(2)) \
                    or (style in KNIGHTLY_STYLES and _named_in_full(self.text, m.group())):
                continue  # (never "Duke University", "King Street", "Prince Alwaleed bin Talal"; "Sir
                # John" is Professor Sir John Curtice when the article names him so)
            known = self.by_surname.get(low)
            if known is None:
                known = Person(f"{style} {word}", roles=[style], gender=STYLE_SEX[style.split()[-1].lower()])
                known.titled = True
                self.by_surname[low] = known
                self._first_words = None
            elif known.name != f"{style} {word}":
                continue  # (a surname or a name already known otherwise is theirs)
            known.spots.append((m.start(2), m.end(2)))
            known.named += 1

    def _nicknamed(self, at: int) -> None:
        """A name around a nickname in marks, whose surname starts at ``at``: ‘Stanisław “Stan”
        Kowalczyk’, ‘Dwayne "The Rock" Johnson’ (when the given name or the nickname is a known
        given name)."""
        given = RE_NICKNAME_BEFORE.search(self.text, max(0, at - 48), at)
        surname = RE_SURNAME_WORD.match(self.text, at)  # (an apostrophe's inside: "O’Neill")
        nick = (given.group(2) or given.group(3) or given.group(4)) if given is not None else ""
        suffix = RE_SUFFIX_AFTER_SURNAME.match(self.text, surname.end()) if surname is not None else None
        name_end = suffix.end() if suffix is not None else surname.end() if surname is not None else at
        if given is not None and surname is not None \
                and (gender_of(given.group(1)) is not None or gender_of(nick) is not None
                     or nick.startswith(NICKNAME_ARTICLES)
                     or RE_AGE_AFTER.match(self.text, surname.end()) is not None  # (a person's age set off after
                     # it: ‘Barangay Captain Eleuterio “Toto” Abellana, 61.’)
                     or (not given.group(1).endswith(("’s", "'s", "s’", "s'")) and given.group(1).lower() not in NOT_NAMES
                         and surname.group().lower() not in BUSINESS_WORDS and surname.group().lower() not in ORG_WORDS
                         and (self._speaks_alone_later(surname.group(), surname.end())
                              or self.text.startswith(PERSON_AFTER_NICKNAME, surname.end())))) \
                and not _name_goes_on(self.text, name_end):
            # (a given name no list holds when the surname speaks alone later: ‘Jalen “Juice” Carter
            # ran for 142 yards. … “…,” Carter said’, or a person's clause or cue follows the name:
            # ‘snake catcher Dean ‘Dingo’ Whitford, who relocates snakes, said’)
            words, start = self._titled_before_nickname(given.start(1), given.end(1))
            full = (*words, surname.group(), *((suffix.group(1),) if suffix is not None else ()))
            self._flush(full, start, name_end)  # (with a generational suffix: ‘Rodolfo “Dolfo” Macaraeg Jr.’)
            person = self._people_of.get(full)
            written, nick = nick, _nickname_word(nick)
            if isinstance(person, Person) and nick.isalpha() and nick[:1].isupper() and nick.lower() not in NOT_NAMES \
                    and nick != words[0]:  # (the nickname alone later is the person: ‘Patrick “Paddy” Ruane … Paddy said’)
                if nick != written:  # (never a name of its own: "Miss Dot" is Dorothy Haskins)
                    self._addressed_nicknames.add(given.end(1) + 2)
                key = nick.lower()
                self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
                self._nicknames_written[key] = nick
            elif isinstance(person, Person) and _two_word_nickname(written, words):
                self._nickname_of_two_words(written, person, given.end(1) + 2)

    def _nickname_of_two_words(self, nick: str, person: Person, at: int) -> None:
        """A nickname of two words in marks inside a name, a word before a name (‘David ‘Big Davie’
        Imrie’, ‘Thomas “Wee Tam” Baird’): the run in the marks is no one else, the two words written
        later are the person (‘seconded by Big Davie’), and so is the name alone (‘Davie said’)."""
        pair = tuple(nick.split())
        self._addressed_nicknames.add(at)  # (the run inside the marks is no name of its own)
        self._nickname_pairs[pair] = person if self._nickname_pairs.get(pair, person) is person else None
        if self._people_of.get(pair) is None:
            self._people_of[pair] = person  # (later runs of the two words add to the person's spots)
        key = pair[1].lower()
        if key not in self.by_surname:
            self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
            self._nicknames_written[key] = pair[1]

    def _titled_before_nickname(self, start: int, end: int) -> tuple[tuple[str, ...], int]:
        """The words of the name a capitalised run ending with the given name at ``start``–``end``
        holds (a title with it: ‘Sen. Ramon “Monching” Reyes’, ‘Barangay Captain Eleuterio “Toto”
        Abellana’) and where they start; else the given name alone. The run is then read as part of the
        full name, never as a name of its own (no "Sen. Ramon")."""
        for m in RE_NAME_RUN.finditer(self.text, max(0, start - 60), end):
            if m.end() == end:
                pieces = _name_pieces(m.group())
                if pieces and m.start() + pieces[-1][1] == end and len(pieces[-1][2]) > 1:
                    self._nickname_runs.add(end)
                    return pieces[-1][2], m.start() + pieces[-1][0]
        return (self.text[start:end],), start

    def _speaks_alone_later(self, surname: str, after: int) -> bool:
        """The surname speaks alone somewhere after ``after``: ‘Carter said’, ‘said Carter’, ‘Carter added’,
        or opens a paragraph set off (‘Mahlangu, a former Comets midfielder, …’)."""
        text = self.text
        return any(text.find(surname + cue, after) >= 0 for cue in (" said", " says", " told", " added", " adds")) \
            or any(text.find(cue + surname, after) >= 0 for cue in ("said ", "says ", "added ", "asked ")) \
            or text.find("\n" + surname + ", ", after) >= 0

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
            if (before and (before[-1] in PLACE_WORDS_BEFORE or (before[-1] == "from" and words[-1] in STREET_HEADS))) \
                    or (the and words[0] == known.name.split()[0] and not _attributive(self.text, end)):
                known.named_as_place += 1  # (and a name after "the" alone, no title between, is a
                # body's or a place's: "the Desert Valley Scorpions", "The Lakeshore Lynx have traded")

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
        if _initials_not_style(words, name, self.by_surname, self.text):
            name, honorific = words, None  # (guard, review rv61a: "H.E. Carrow, a retired engineer")
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
        elif p is not None and _irish_surname_alone(name, p):
            if title and title not in p.roles:
                p.roles.append(title)
            return p  # (and an Irish surname of two or three words after the full name, with a title or an honorific:
            # "Judge Ní Bhriain" of Siobhán Ní Bhriain, "Mr Ó Snodaigh" of Aengus Ó Snodaigh; never another's
            # given name)
        if p is not None and len(name) > 1 and _other_given_name(name, p) and name[0].lower() not in PARTICLES \
                and not (_suffix(p.name.split()) and not _suffix(name)) \
                and (gender_of(name[0]) is not None or sex_of_given_name(name[0]) is not None or title is not None or len(name) > 2
                     or self._namesake_of(surname, name) is not None or self._kin_before(at) or at in self._couple_starts
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
                and not (len(name) == 2 and gender_of(name[1]) is not None) \
                and not self._kin_before(at) and not self.text.startswith((", a ", ", an "), at + len(" ".join(words))) \
                and (longer := self._part_of_longer(name, at)) is not None \
                and (not self.text.startswith(", the ", at + len(" ".join(words))) or _lead_then(longer.name, name)) \
                and not (gender and longer.gender and gender != longer.gender):  # (never "Mr Chan" of Mary Chan Wai-ling)
            # ("Kamarul Ariffin" of Kamarul Ariffin Sulaiman, "Dr Azhar" of Mohamad Azhar Osman; never
            # two given names, "Juan Carlos", "Muhammad Ali", nor kin or someone described: "Her
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

    def _in_headline(self, at: int) -> bool:
        """``at`` falls inside a headline or a byline."""
        h = bisect.bisect_right(self.headlines, (at, len(self.text))) - 1
        return h >= 0 and at < self.headlines[h][1]

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

    def _given_name_before(self, surname: str) -> bool:
        """The article names someone in full by this surname somewhere: a known given name among the
        capitalised words right before it (‘Julius Kiprop Koech’; never ‘CS Koech’ alone)."""
        for _, i in zip(range(6), word_positions(self.text, surname)):  # (a few spots: bounded)
            run = RE_NAME_WORDS_BEFORE.search(self.text, max(0, i - 60), i)
            if run is not None and any(gender_of(w) is not None for w in run.group().split()):
                return True
        return False

    def _holds_rank(self, person: Person, rank: str) -> bool:
        """The person named in full holds the rank written before a surname ("DPP Lim" of Deputy
        Public Prosecutor Lim Hui Min; never of Lim Chee Keong, the accused)."""
        return any(w in r.lower() for r in self.roles_of(person) for w in RANK_WORDS.get(rank, (rank,)))

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
