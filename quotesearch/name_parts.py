"""The words a person's name is made of: whether a word may be part of a name at all (never a
function word, an adverb, a compound adjective or one of :data:`NOT_NAMES`), particles of descent,
the sex a given name says (gender_of, sex_of_given_name), a syllabic given name and a surname
written first, a style read as a given name, a month or a word as a given name, and a word that is
an organisation or a platform, never a person.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Sequence

import re

from quotesearch.lexicon import wordset
from quotesearch.place_words import TWO_WORD_PLACES
from quotesearch.name_words import (
    EAST_ASIAN_GIVEN_SYLLABLES, FEMALE_NAMES, GIVEN_NAME_STYLES, MALE_NAMES, RULER_LEAD_WORDS, arabic_article,
)
from quotesearch.document_words import PLATFORM_FEATURES, PLATFORM_NAMES
from quotesearch.body_words import ORG_WORDS, PUBLICATION_NAME_ENDS
from quotesearch.role_words import EXECUTIVE_ACRONYMS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, PRONOUN_CONTRACTIONS, SPEECH_VERBS


#: Words that start a sentence but never a name ("But", "Instead", "When").
FUNCTION_WORDS = wordset("""
a an the but and or so yet if when while after before since as at in on of for to from by with
without about into over under instead meanwhile however still also then now later earlier
this that these those there here it its his her their our my your we i you he she they
asked speaking according despite although though because until unless where what who which
why how not no yes one two both each every all some many most several other another such
just even only last next first more mr mrs ms neither either nor
perhaps maybe indeed certainly probably clearly obviously finally eventually ultimately apparently
actually really unfortunately fortunately sometimes often afterwards afterward nowadays
outside behind beside across throughout around
inside amid amidst
""")


#: Name particles that may sit inside a name in lower case ("Ursula von der Leyen"; a Spanish
#: surname's "de los", "de las": "Antonio Belmonte de los Ríos"; the Arabic "bint", a daughter's "bin":
#: "Hessa bint Nasser Al Sulaiti"; a Portuguese "do": "Maria do Carmo Reis"; the Māori "o", "of", inside a
#: body's or a people's name: "Te Rūnanga o Ngāi Tahu", "Ngāti Whātua o Ōrākei" (w62a)); the Maasai "ole",
#: "son of": "Lemaron ole Sankale", written "ole Sankale" after (w90c).
#:
#: >>> "bint" in PARTICLES, "bent" in PARTICLES, "do" in PARTICLES, "do" in LEADING_PARTICLES
#: (True, False, True, False)
#: >>> "o" in PARTICLES, "o" in LEADING_PARTICLES, "ole" in PARTICLES, "ole" in LEADING_PARTICLES
#: (True, False, True, True)
PARTICLES = wordset("de del der den van von da di du do la le los las bin bint al dos das ter ten dela delos ap ab ibn o ole")


#: The Arabic particles of descent ("son of", "daughter of") that join a given name to the father's:
#: the capitalised word before one is a given name, even one that is an English word too ("Said bin
#: Ali Al Rawahi", "Hamid ibn Yusuf"; see :func:`_name_pieces`).
#:
#: >>> "bint" in DESCENT_PARTICLES, "al" in DESCENT_PARTICLES
#: (True, False)
DESCENT_PARTICLES = wordset("bin bint ibn")


#: Particles that open a surname written without its given name ("de Vries said", "van der Berg").
LEADING_PARTICLES = wordset("de van von der den da di du dos das dela delos ole")


#: Honorifics that tell a person's gender ("Mr. Lee … he").
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                       "lady": "f", "madam": "f", "mdm": "f", "herr": "m", "frau": "f", "datin": "f", "puan": "f",
                       "encik": "m", "aunty": "f", "auntie": "f",
                       "ratu": "m", "adi": "f"}  # (the Fijian chief's "Ratu" is a man's, "Adi" a woman's)


#: Capitalised words that are never part of a person's name.
NOT_NAMES = wordset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tonight yesterday tomorrow
""")


@functools.lru_cache(maxsize=1 << 16)
def _is_name_word(w: str) -> bool:
    """A word that can be part of a name: capitalised, not a function word, or an initial; not
    an adjective compound ("Trump-style", "Kremlin-backed") nor a HEADLINE WORD ("CONGRESS HAS
    INVESTIGATED HIM").

    >>> [_is_name_word(w) for w in ("Lee", "J.", "Trump-style", "HAS", "LEE", "The", "Trump’s", "Ironically")]
    [True, True, False, False, True, False, True, False]
    >>> [_is_name_word(w) for w in ("P.E.I.", "N.S.", "PROVINCE", "TEXT.")]
    [True, True, False, False]
    """
    if len(w) == 2 and w[0].isupper() and w[1] == ".":
        return True
    if article := arabic_article(w):
        w = w[article:]  # "al-Hashimi", "ad-Din": the article in lower case is the name's
    elif w[:1] in "hn" and len(w) > 2 and w[1] in "AEIOUÁÉÍÓÚ":
        w = w[1:]  # an Irish surname's prefixed letter: "hUiginn", "nÓg"
    if not w[:1].isupper():
        return False
    if "-" in w and _adjective_compound(w):  # "Trump-style"
        return False
    low = w.rstrip(".").lower()
    if low.endswith(("’s", "'s")):
        low = low[:-2]
    if w.isupper() and (len(w.replace(".", "") if "." in w[:-1] else w) > 4 or low in AUXILIARIES or low in PRONOUNS):
        return False  # (a headline's word, "TEXT."; but dotted letters counted without their dots: "P.E.I." as "N.S.", w74b)
    if len(low) > 6 and low.endswith(ADVERB_ENDINGS):  # "Ironically, …" (never "Kelly", "Sally", "Greally")
        return False
    return low not in FUNCTION_WORDS and low not in NOT_NAMES and low not in PRONOUN_CONTRACTIONS


#: Endings of adverbs in -ally, made from adjectives in -ial, -ual, -onal, -inal, -ral … ("Initially",
#: "Usually", "Additionally", "Literally", "Ideally"); surnames in -ally end otherwise ("Greally", "Connally",
#: "McNally").
ALLY_ADVERB_ENDINGS = ("ially", "ually", "onally", "inally", "rnally", "rally", "tally", "mally", "bally", "gally", "ideally")

#: Endings of sentence adverbs, which open sentences with a capital but are never names.
ADVERB_ENDINGS = ("ically", "ously", "ively", "ently", "antly", "edly", "ingly", "fully", "ately") + ALLY_ADVERB_ENDINGS


def _opening_word_not_name(w: str) -> bool:
    """A capitalised word that opens a sentence and is never a given name: a function word, a day's
    or a month's word, a sentence adverb ("Meanwhile", "Later", "Yesterday", "Separately").

    >>> [_opening_word_not_name(w) for w in ("Meanwhile", "Later", "Yesterday", "Separately", "Said", "Hamid")]
    [True, True, True, True, False, False]
    """
    low = w.lower()
    return low in FUNCTION_WORDS or low in NOT_NAMES or (len(low) > 6 and low.endswith(ADVERB_ENDINGS))


#: Last parts that make a capitalised compound an adjective: "Trump-style", "Obama-era".
COMPOUND_ADJECTIVE_ENDS = wordset("style era like based born run type wide friendly leaning")

#: Words of number that open a count compound ("Two-time", "Three-term", "First-time").
COUNT_WORDS = wordset("one two three four five six seven eight nine ten eleven twelve first second third "
                      "fourth fifth multiple many")


def _adjective_compound(word: str) -> bool:
    """A compound like "Kremlin-backed" or "Trump-style" (but not the name "Ban Ki-moon").

    >>> _adjective_compound("Kremlin-backed"), _adjective_compound("Ki-moon")
    (True, False)
    >>> _adjective_compound("Tony-winning"), _adjective_compound("Jin-ping")
    (True, False)
    >>> _adjective_compound("Nine-year-old"), _adjective_compound("Two-time"), _adjective_compound("Hanna-Time")
    (True, True, False)
    """
    last = word.rsplit("-", 1)[1].rstrip(".")
    if last == "old" or (last in ("time", "term") and word.split("-", 1)[0].lower() in COUNT_WORDS):
        return True  # an age or a count opening a sentence: "Nine-year-old Aubrey Kessler", "Two-time champion"
    return last[:1].islower() and (last.endswith("ed") or last in COMPOUND_ADJECTIVE_ENDS or (
        len(last) > 5 and last.endswith("ing")))  # (never a romanised syllable: "Jin-ping", "Yi-ming")


def style_as_given_name(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]``, a ruler's style that is a given name too (GIVEN_NAME_STYLES), opens the
    person's name: before a particle of descent or the family's article (‘Sultan bin Salem Al Habsi’,
    ‘Sultan Al Jaber’), or after another office's noun, before a name of two words or more (‘Festival
    chairman Sultan Hamad Al Dhaheri’); never the ruler's (‘Sultan Haitham bin Tarik’, ‘King Sultan
    Ibrahim’).

    >>> [style_as_given_name(s.split(), s.split().index("Sultan")) for s in (
    ...     "Sultan bin Salem Al Habsi", "Sultan Al Jaber", "Festival chairman Sultan Hamad Al Dhaheri",
    ...     "Sultan Haitham bin Tarik", "King Sultan Ibrahim Iskandar", "Sultan Qaboos")]
    [True, True, True, False, False, False]
    """
    w = words[k]
    if not (w[1:].islower() and w.lower() in GIVEN_NAME_STYLES) or k + 1 >= len(words):
        return False
    after = words[k + 1]
    if after.lower() in DESCENT_PARTICLES or (after == "Al" and k + 2 < len(words) and words[k + 2][:1].isupper()) \
            or (after[:3] in ("Al-", "al-", "El-") and after[3:4].isupper()):
        return True  # (a particle or the family's article at once: the style's word is the given name)
    return k >= 1 and len(words) - k >= 3 and (words[k - 1].lower() in ROLE_NOUNS or words[k - 1].lower() in EXECUTIVE_ACRONYMS) \
        and words[k - 1].lower() not in RULER_LEAD_WORDS and words[k - 1].lower() not in GIVEN_NAME_STYLES


def _foreign_name(words: Sequence[str]) -> bool:
    """A name whose letters or particles are of another language than English ("Deniz Ayşe
    Tunçel", "Abdulmalik Yahya al-Hamdani"): a word before its given name is more likely a given
    name of its own than an epithet ("Superstar Olivia Grant")."""
    return any(not w.isascii() or w[:3].lower() in ("al-", "el-") or arabic_article(w) or w.lower() in PARTICLES for w in words)


def _word_like(word: str) -> bool:
    """A capitalised word that reads as an English word rather than a given name: an ending of
    nouns, adjectives and verbs ("Rival", "Recorder", "Crooked", "Billionaire"), a hyphen
    ("Co-anchor"), a speech verb ("Said"); never "Deniz", "Abdulmalik", "Cornell", "Hemin"."""
    low = word.rstrip(".").lower()
    return "-" in low or low in SPEECH_VERBS or low in FUNCTION_WORDS or low in ROLE_NOUNS or low in ORG_WORDS \
        or low in PLACE_NOUNS_IN_NAMES or low.endswith(WORD_ENDINGS) or word.isupper() \
        or (len(low) > 3 and low.endswith("s") and not low.endswith(("us", "is", "as", "os")))  # ("Affairs", "Hits")


#: Nouns of buildings and places inside names ("the White House James S. Brady Briefing Room"),
#: and styles ("The Reverend Alison Trevithick"): words before a name that no given name is.
PLACE_NOUNS_IN_NAMES = frozenset("""
house hall room center centre street square building reverend venerable honourable honorable right very most
""".split())


#: Endings of English nouns, adjectives and verbs that given names seldom have.
WORD_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ive", "al", "ous", "ic", "ary", "aire", "ed", "ing", "ly", "ful",
                "less", "ss", "ship", "ness", "ment", "ity", "ure", "ate", "ise", "ize", "age", "ence", "ance", "ism", "ore")


@functools.lru_cache(maxsize=1 << 14)
def gender_of(first_name: str) -> str | None:
    """The sex a given name tells, if it tells one; accents do not matter.

    >>> gender_of("José"), gender_of("Giulia"), gender_of("Smith")
    ('m', 'f', None)
    """
    w = first_name.lower()
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    return "m" if w in MALE_NAMES else "f" if w in FEMALE_NAMES else None


def sex_of_given_name(given: str) -> str | None:
    """The sex a person's given name tells, a compound one when both its parts tell the same
    ("Pierre-Henri"; never "Terry-Ann"), which :func:`gender_of` leaves alone (inside a name,
    "Abdel-Latif" is no given name before it).

    >>> sex_of_given_name("Pierre-Henri"), sex_of_given_name("Anna"), sex_of_given_name("Marie-Josée")
    ('m', 'f', 'f')
    """
    g = gender_of(given)
    if g is None and "-" in given[1:-1]:
        first, second = given.split("-", 1)
        g = gender_of(first)
        if gender_of(second) not in (g, None) or (gender_of(second) is None and (g is None or len(second) < 4)):
            return None  # (only when both parts agree: never "Terry-Ann", "Billy-Jo"; a second part no list
            # holds, of four letters or more, follows the first, as French compounds do: "Marie-Josée", "Jean-Baptiste")
    return g


#: One romanised syllable: consonants, a run of vowels, consonants ("Sun", "Kyung", "Ong").
SYLLABLE = r"[b-df-hj-np-tv-xz]*[aeiouy]+[b-df-hj-np-tv-xz]*"

#: A given name of two one-syllable parts joined by a hyphen, as romanised Korean and Chinese
#: names are written ("Sun-Hee", "Min-jun", "Kyung-Ah"), "Jean-Luc" too: never a place's first
#: word (a place's parts are longer: "Notre-Dame", "Saint-Denis", "Winston-Salem").
RE_SYLLABIC_GIVEN = re.compile(r"(?=[A-Z])(?i:" + SYLLABLE + "-" + SYLLABLE + ")")


def syllabic_given_name(word: str) -> bool:
    """The word has the shape of a compound given name of two syllables ("Sun-Hee", not "Notre-Dame").

    >>> syllabic_given_name("Sun-Hee"), syllabic_given_name("Kyung-Ah"), syllabic_given_name("Notre-Dame")
    (True, True, False)
    """
    return "-" in word and RE_SYLLABIC_GIVEN.fullmatch(word) is not None


#: One syllable as romanised Chinese, Korean and Vietnamese surnames are ("Ong", "Chee", "Nguyen",
#: "Cheung"), or the vowelless "Ng": never "Oxfam", "Connect", "Disneyland" of "Oxfam Hong Kong".
RE_ONE_SYLLABLE_SURNAME = re.compile(r"(?i:" + SYLLABLE + "|ng)")


def written_surname_first(words: Sequence[str]) -> bool:
    """A name the words and lists show to be written surname first, as Chinese, Korean and Vietnamese
    names are in news English: a one-syllable first word that is no given name the lists hold, then
    two or three given-name syllables written apart (:data:`EAST_ASIAN_GIVEN_SYLLABLES`: "Ong Li Ting",
    "Lim Kok Seng", "Nguyen Thi Lan", "Kim Jong Un") or one hyphenated given name ("Park Ji-won").
    The cast keys such a name by its first word, its surname ("Ms Ong", "Lim said").

    >>> written_surname_first(["Ong", "Li", "Ting"]), written_surname_first(["Park", "Ji-won"])
    (True, True)
    >>> written_surname_first(["Lee", "Anderson"]), written_surname_first(["Lee", "Van", "Cleef"])
    (False, False)
    >>> written_surname_first(["Oxfam", "Hong", "Kong"]), written_surname_first(["Vincent", "Lau", "Ka-ming"])
    (False, False)
    >>> written_surname_first(["An", "Se-young"]), written_surname_first(["An", "Post"])
    (True, False)
    """
    n = len(words)
    if not 2 <= n <= 4:
        return False
    first = words[0]
    if not first[:1].isupper() or not first[1:].islower() or RE_ONE_SYLLABLE_SURNAME.fullmatch(first) is None \
            or gender_of(first) is not None or (first.lower() in FUNCTION_WORDS and not (first == "An" and n == 2)):
        return False  # (but the Korean surname "An" before a hyphenated given name: "An Se-young")
    if n == 2:
        return syllabic_given_name(words[1]) and words[1][words[1].index("-") + 1:].islower()
    # (two or three given-name syllables, never a place: ‘Oxfam Hong Kong’ is no one)
    return " ".join(words[1:3]) not in TWO_WORD_PLACES and all(w.lower() in EAST_ASIAN_GIVEN_SYLLABLES and w[1:].islower()
                                                                for w in words[1:])


def is_organisation(words: Sequence[str]) -> bool:
    """A name with an organisation's head word, unless it reads as a person's given name and
    surname ("Jack White", "Maria Post").

    >>> is_organisation(["Defense", "Ministry"]), is_organisation(["Maria", "Post"])
    (True, False)
    >>> is_organisation(["George", "Washington", "University"])
    True
    >>> is_organisation(["Valley", "Courier"]), is_organisation(["Freddie", "Mercury"])
    (True, False)
    """
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in PUBLICATION_NAME_ENDS:
        return gender_of(words[0]) is None  # a paper's or a magazine's name (‘The Valley Courier’)
    if not any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    return not (len(words) == 2 and gender_of(words[0]) is not None)


def is_platform(name: str, bare: bool = True) -> bool:
    """A social platform's name, or a feature of one (‘Instagram Stories’, ‘TikTok Live’, ‘X post’): never a
    person, whatever the capitals say; with ``bare`` false, only a feature (the bare name may be the firm
    that runs it, which speaks: ‘TikTok said it had removed the videos’).

    >>> is_platform("Instagram Stories"), is_platform("TikTok"), is_platform("TikTok", bare=False), is_platform("X")
    (True, True, False, False)
    >>> is_platform("X post"), is_platform("Kylie Story")
    (True, False)
    """
    words = name.lower().replace("’s", "").replace("'s", "").split()
    if not words or not (words[0] in PLATFORM_NAMES or (words[0] == "x" and len(words) > 1)):
        return False
    return all(w in PLATFORM_FEATURES for w in words[1:]) and (bare or len(words) > 1)


#: Months that are given names too ("Ms. April Ryan", "Aunty June Wallace"), read so after an honorific.
GIVEN_MONTHS = frozenset("April May June August".split())

#: The sex those months tell as given names ("June Ostby" is a woman, "August Lindqvist" a man).
GIVEN_MONTH_SEX = {"April": "f", "May": "f", "June": "f", "August": "m"}

#: Given names that are also words a sentence may open with (‘Hope was fading’, ‘Will was done’); before
#: a given name the lists hold and a surname they open the name, as no epithet does ("Faith Akinyi
#: Odhiambo", "Mercy Wanjiku Njoroge", "Frank Lloyd Wright").
#:
#: >>> "faith" in WORD_GIVEN_NAMES, "june" in WORD_GIVEN_NAMES, "tycoon" in WORD_GIVEN_NAMES
#: (True, True, False)
WORD_GIVEN_NAMES = frozenset("""hope faith grace joy chase dawn mercy will bill frank rich mark pat sue summer autumn
iris rose ivy holly lily daisy amber crystal ruby pearl destiny harmony honor patience prudence charity trinity sky
river rain stone hunter ray guy art drew gene chance brook heather jade
""".split()) | frozenset(month.lower() for month in GIVEN_MONTHS)  # (and the months that are names: "May", "June")
