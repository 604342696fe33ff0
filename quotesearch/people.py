"""People and their keys: the :class:`Person` of an article, the surname index the cast keys
people by (apostrophes folded), and the words for people and groups (people_words, PEOPLE_WORDS).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, SCIENCE_PROFESSIONS
from quotesearch.mention_words import PREPOSITIONS, verb_shaped
from quotesearch.name_parts import FUNCTION_WORDS, syllabic_given_name, written_surname_first


#: Plural people no "s" marks (‘the men’, ‘staff’), beside the plurals of the description nouns.
PLURAL_PEOPLE_WORDS = frozenset("men women people staff police children crew crews".split())


#: People in the plural (‘The defendants’, ‘Their parents’, ‘Several parents’): a "they" may be theirs.
RE_PEOPLE_PLURAL = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[\p{Lu}][\p{L}\-]* ){0,3}(?:[\p{Ll}\-]+ ){0,2}"
                                 r"(?:parents|defendants|players|families|residents|officials|students|teachers|workers|voters|fans|"
                                 r"people|critics|brothers|sisters|couple|protesters|neighbou?rs|experts|members|supporters|"
                                 r"organi[sz]ers|colleagues|friends|children|sons|daughters|teammates)\b", regex.M)


#: Last words of the names of places ("the South China Sea", "the Rio Grande Valley") and clubs
#: ("Manchester City"): never a pronoun's antecedent (unless a given name or a role says a person).
PLACE_HEADS = frozenset("""
Sea Ocean River Lake Mountain Mountains Island Islands Bay Gulf Strait Valley Desert Canal Peninsula
Coast Street Avenue Square Park County Province Region
City United Rovers Athletic Wanderers Albion Hotspur FC States Kingdom Emirates Republic
Forest Heights Springs Falls Hills Road Moor Reservoir Harbour Harbor Airport
Drive Boulevard Highway Parkway Trail Creek Canyon Plaza Mall
""".split())

#: Last words of streets' and lanes' names that are no one's surname (unlike "Lane", "Park"): a name
#: ending so is a place even after a given name (‘businesses on Victoria Parade’, ‘Tanner’s Row’, ‘Grace
#: Terrace’), never a "she" nor an epithet's subject, w100a.
#:
#: >>> "Parade" in STREET_ONLY_HEADS, "Row" in STREET_ONLY_HEADS, "Lane" in STREET_ONLY_HEADS
#: (True, True, False)
STREET_ONLY_HEADS = frozenset("Parade Row Terrace Crescent Esplanade Promenade Mews Quay Embankment".split())

#: First words of the names of places ("Fort Nelson", "Port Moresby", "Cape Town", an Irish county
#: "Co Meath", "Co. Kerry"), and of no one's given name (unlike "Lake Bell", "Mount Kelly").
PLACE_LEADS_FIRST = frozenset("Fort Port Cape San Los Las El Co Co.".split())

#: People nouns whose mentions are remembered for pronoun resolution ("Western officials"): the
#: stems, each with the endings it takes.
PEOPLE_WORDS = {
    "official": ("", "s"), "source": ("", "s"), "spokesperson": ("",), "spokesman": ("",),
    "spokeswoman": ("",), "aide": ("", "s"), "diplomat": ("", "s"), "lawmaker": ("s",),
    "senator": ("s",), "leader": ("s",), "officer": ("", "s"), "analyst": ("s",), "expert": ("s",),
    "resident": ("", "s"), "witness": ("", "es"), "protester": ("s",), "passenger": ("", "s"),
    "neighbour": ("", "s"), "neighbor": ("", "s"), "bystander": ("", "s"), "eyewitness": ("", "es"),
    "survivor": ("", "s"), "villager": ("", "s"), "motorist": ("", "s"), "pedestrian": ("", "s"),
    "commuter": ("", "s"), "trustee": ("", "s"), "person": ("",), "family": ("",), "woman": ("",), "man": ("",),
    "mother": ("",), "father": ("",), "manager": ("",), "employee": ("",), "worker": ("",),
    "cousin": ("",), "victim": ("",), "caller": ("",), "listener": ("",), "viewer": ("",), "texter": ("",), "customer": ("",), "co-worker": ("",), "coworker": ("",),
    "friend": ("",), "pal": ("",), "relative": ("",), "driver": ("",), "student": ("", "s"), "nurse": ("",),
    "teacher": ("",), "parent": ("",), "husband": ("",), "wife": ("",), "son": ("",), "daughter": ("",),
    "brother": ("",), "sister": ("",), "carpenter": ("",), "farmworker": ("",), "rancher": ("",),
    "strategist": ("", "s"), "economist": ("", "s"), "researcher": ("", "s"), "scientist": ("", "s"),
    "owner": ("", "s"), "contractor": ("", "s"), "executive": ("",),
    # (a study's or a report's writers, in the plural only: ‘the authors say so plainly. “…,” they write’)
    "author": ("s",),
    # (guard: and those who judge a study, whom a 'they' after "the authors" may stand for: ‘The authors
    # declined to comment, but the reviewers were blunt. “…,” they wrote’)
    "reviewer": ("", "s"),
    # (and those who run an event, as a group that speaks in a statement: ‘Race organisers
    # confirmed the cancellation. “…,” they said’)
    "organiser": ("", "s"), "organizer": ("", "s"),
}

#: People nouns remembered only as someone unnamed brought in who speaks, "a" or "one" before
#: them (‘One pharmacist at a chain store in Dayton, who asked that her name not be used, said …’,
#: ‘A senior industry figure, speaking on condition of anonymity, said …’): never "the doctor",
#: who may be the one the article named. (And the trades and states of life such a source is
#: described by: ‘A screener at the city's airport, who spoke on condition of anonymity, said …’,
#: ‘One victim, an 89-year-old widow from Wigan, …’, and a warehouse's trades: ‘said one picker at the
#: firm's site in Leeds’.)
INTRODUCED_PEOPLE = frozenset("""
pharmacist lecturer professor doctor physician surgeon paramedic firefighter soldier farmer shopkeeper
trader councillor councilor lawyer attorney investigator detective volunteer organiser organizer activist
campaigner voter shopper tenant landlord homeowner homebuyer patient miner fisherman pilot engineer staffer insider
supporter fan player coach colleague banker investor shareholder stockholder mp veteran guard captain mechanic electrician
plumber contractor subcontractor sub-contractor tradesman tradeswoman
chef cashier clerk cleaner labourer laborer
steward convenor convener picketer loader welder machinist dockworker carer objector submitter ratepayer
caseworker counsellor counselor caregiver therapist midwife interpreter
screener widow widower pensioner retiree janitor porter vendor lobbyist
picker packer stower sorter
participant attendee
""".split()) | SCIENCE_PROFESSIONS  # (and science's: ‘One oncologist who enrolled patients …, said’)
PEOPLE_WORDS.update({w: ("",) for w in INTRODUCED_PEOPLE if w not in PEOPLE_WORDS})


def plural_word(word: str) -> bool:
    """A people noun of PEOPLE_WORDS in the plural ("analysts", "witnesses")."""
    return word.endswith("s") and not word.endswith("ss")


def _verb_at(text: str, at: int) -> bool:
    """The word after ``at`` (past one space) is a lower-case verb's present in -s or past: a scene's
    ‘The father turns to his son’, ‘The nurse closed the door’ (never a noun of people, "officials", nor a
    preposition or a word of function).

    >>> _verb_at("The father turns to", 10), _verb_at("The father closed it", 10), _verb_at("The father of", 10)
    (True, True, False)
    >>> _verb_at("The aides officials", 9), _verb_at("The boss is", 8)
    (False, False)
    """
    m = RE_WORD_AFTER.match(text, at)
    if m is None:
        return False
    w = m.group(1)
    return w not in DESCRIPTION_NOUNS and w not in FUNCTION_WORDS and w not in PREPOSITIONS and verb_shaped(w)


def _opens_clause_at(text: str, at: int) -> bool:
    """The words at ``at`` open their sentence, or follow an opening phrase set off by a comma
    (‘In the Grand Bazaar, a carpet seller …’)."""
    before = text[max(0, at - 200):at]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "), before.rfind("” "), before.rfind('" '))
    if cut < 0 and at > 200:
        return False
    lead = before[cut + 1:].split()
    return not lead or (lead[-1].endswith(",") and lead[0].lower().rstrip(",") in OPENING_PREPOSITIONS) \
        or (len(lead) == 1 and lead[0] in OPENING_CONJUNCTIONS)  # (‘But a farmer who …’)


#: Conjunctions that open a sentence before its subject with no comma ("But a farmer who …").
OPENING_CONJUNCTIONS = frozenset("But And Yet So".split())


#: The end of a sentence, roughly: a full stop, "?" or "!" and a space before a capital or a mark.
RE_SENTENCE_END = re.compile(r"[.?!][”\"’']?\s+[“\"‘'A-Z]")


def _ends_at_paragraph(text: str, lo: int, hi: int) -> bool:
    """No sentence ends between ``lo`` and ``hi``, or only the paragraph ``lo`` closes, the next
    opening with the sentence ``hi`` is in (never past another: ‘The family paid tribute. / The
    club's players wore armbands. “…,” they said’)."""
    ends = [e for _, e in zip(range(2), RE_SENTENCE_END.finditer(text, lo, hi))]
    return not ends or (len(ends) == 1 and "\n" in ends[0].group() and RE_STOP.search(text, ends[0].end() - 1, hi) is None)


#: A sentence's stop before a space (the next sentence may open with anything).
RE_STOP = re.compile(r"[.?!][”\"’']?\s")


def _owner_word(word: str) -> bool:
    """An owner's word before a description's noun: a possessive determiner or a possessive name
    (‘her family’, ‘their lawyer’, ‘Ellis's family’, ‘the victim’s mother’ from "victim’s").

    >>> [_owner_word(w) for w in ("her", "Their", "Ellis's", "family", "James’")]
    [True, True, True, False, False]
    """
    return word.lower() in ("his", "her", "their", "its") or (
        RE_POSSESSIVE_AT.fullmatch(word) is not None and word.endswith(("’s", "'s")))


#: Nouns of one group of people that a "they" stands for ("the family", "the couple").
COLLECTIVE_NOUNS = frozenset("family couple crowd audience congregation throng mob".split())


#: Bytes that are no lower-case ASCII letter, as spaces: a text's bytes so turned and split are its
#: runs of a–z (a people noun written whole in :func:`people_words` is one of them, whatever stands
#: beside it: any other character, a curly mark or an accented letter, is no a–z byte).
_SPACE_BUT_LETTERS = bytes(b if ord("a") <= b <= ord("z") else ord(" ") for b in range(256))


def _people_word_pieces() -> dict[bytes, frozenset[str]]:
    """The PEOPLE_WORDS stems by the longest run of a–z in each of their forms ("worker" of
    "co-workers"): a stem whose pieces the text never writes whole needs no search."""
    pieces: dict[bytes, set[str]] = {}
    for stem, endings in PEOPLE_WORDS.items():
        for ending in endings:
            piece = max(re.findall("[a-z]+", stem + ending), key=len)
            pieces.setdefault(piece.encode(), set()).add(stem)
    return {piece: frozenset(stems) for piece, stems in pieces.items()}


PEOPLE_WORD_PIECES = _people_word_pieces()


def people_words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each people noun in the text, in order: one fast substring search per
    stem over the lower-cased text (the ``re`` alternation this replaces ran at 15 MB/s), for the
    stems whose pieces are among the text's runs of a–z (one pass in C finds those: most of the
    stems are in no article, and their searches read the whole text for nothing).

    >>> t = "Officials and an ex-official met the spokesman; officialdom stayed."
    >>> [t[s:e] for s, e in people_words(t)]
    ['Officials', 'spokesman']
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would drift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    n = len(low)
    # (a lone surrogate, which JSON may hold, is bytes above ASCII too: never an error)
    runs = PEOPLE_WORD_PIECES.keys() & low.encode("utf-8", "surrogatepass").translate(_SPACE_BUT_LETTERS).split()
    written = set().union(*(PEOPLE_WORD_PIECES[run] for run in runs))
    out = []
    for stem, endings in PEOPLE_WORDS.items():
        if stem not in written:
            continue
        i = low.find(stem)
        while i >= 0:
            j = i + len(stem)
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "’'-"):
                for ending in endings:
                    e = j + len(ending)
                    if low.startswith(ending, j) and (e >= n or not low[e].isalnum()):
                        out.append((i, e))
                        break
            i = low.find(stem, j)
    out.sort()
    return out


#: A double quotation mark of any style (an apostrophe is not one).
RE_DOUBLE_MARK = re.compile(r"``|''|[\"“”„‟«»]")


@dataclass
class Person:
    """Someone (or some body) the article names: canonical name, roles, gender if known."""

    name: str
    kind: str = "name"
    roles: list[str] = field(default_factory=list)
    #: Where the article names the person in full, for finding roles only when they are asked for.
    spots: list[tuple[int, int]] = field(default_factory=list, repr=False)
    gender: str | None = None
    plural: bool = False
    #: How often the article names it in full, and how often right after "in", "from", "at"…:
    #: a name only ever found there is a place ("in San Diego"), never a pronoun's antecedent.
    named: int = 0
    named_as_place: int = 0
    #: It has spoken (a cue named it): a person, whatever its name looks like.
    spoke: bool = False
    #: The first of ``spots`` not yet read for a role.
    next_spot: int = 0
    #: A title stood before the full name ("President Xi Jinping"): a person, whatever the name.
    titled: bool = False
    #: A relative "who" followed the full name ("Linh Tran, who drove from San Jose"): a person,
    #: where nothing else tells (a pronoun's likelier antecedent than a name with no sign at all).
    who: bool = False
    #: Some full mention stands right after a street's preposition or an owner's possessive (‘on Victoria
    #: Parade’, ‘along Grace Terrace’, ‘Tanner’s Row’): what a name ending in a street's word needs, after a
    #: given name, to be a place (‘Robin Row grew up on the estate’ is a person), w100a guard.
    street_cued: bool = False

    @property
    def placelike(self) -> bool:
        if self.name[self.name.rfind(" ") + 1:] in STREET_ONLY_HEADS and not self.titled \
                and all(r.endswith(("’s", "'s")) for r in self.roles) \
                and (" " not in self.name or self.street_cued or self.named_as_place > 0 or bool(self.roles)):
            return True  # (‘on Victoria Parade’: the given name tells no person, nor the owner in ‘Tanner’s
            # Row’ a role, nor a quotation given it before a speaker, w100a; but a given name and a street's
            # word no preposition nor owner sets as a place is a person's: ‘Robin Row grew up …’, w100a guard)
        if self.roles or self.spoke:  # (a place never speaks)
            return False
        if self.gender is not None or syllabic_given_name(self.name[:self.name.find(" ") + 1].rstrip()):
            # (a given name's place only where the text writes it as one, and its last word is a
            # place's: "in Logan Square", never "Grace Park", nor "Sun-Hee Park" of an unlisted given name)
            return self.named > 0 and self.named_as_place == self.named and self.name[self.name.rfind(" ") + 1:] in PLACE_HEADS
        first = self.name[:self.name.find(" ") + 1].rstrip()
        return self.named > 0 and self.named_as_place == self.named or self.name[self.name.rfind(" ") + 1:] in PLACE_HEADS \
            or (first in PLACE_LEADS_FIRST and (first != "El" or self.name.count(" ") == 1))  # (never "El Hadji Diop")

    @property
    def personlike(self) -> bool:
        """Something in the article says this name is a person's: a gendered given name or
        honorific, a title or role, or a quotation of its own ("South China Sea" has none)."""
        return self.kind != "name" or self.spoke or self.gender is not None or bool(self.roles)

    @property
    def surname(self) -> str:
        return cast_key(self.name.split())


#: What may follow a surname: "Harry B. Harris Jr." is Harris.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_word(words) -> str:
    """The surname among a name's words, as written, any suffix after it left out.

    >>> surname_word(["Harry", "B.", "Harris", "Jr."]), surname_word(["Mr.", "Lee"]), surname_word([])
    ('Harris', 'Lee', '')
    """
    if words and words[-1][-1:] not in ".," and words[-1].lower() not in NAME_SUFFIXES:
        return words[-1]  # (the usual case, without a copy)
    words = [w.rstrip(",") for w in words if w.rstrip(",")]
    while len(words) > 1 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


#: The marks a name's glottal stop or elision may be written with: the Polynesian ʻokina (‘Soʻo’,
#: ‘Faʻalogo’), the curly and the straight apostrophe (‘O’Neill’, ‘O'Neill’); one reporter writes
#: the ʻokina and the next line a keyboard's apostrophe.
NAME_APOSTROPHES = str.maketrans({"ʻ": "'", "‘": "'", "’": "'", "`": "'"})


def fold_apostrophes(word: str) -> str:
    """A name's word with each of its apostrophes written one way, to find one person by either.

    >>> fold_apostrophes("soʻo") == fold_apostrophes("so'o") == fold_apostrophes("so’o")
    True
    """
    return word.translate(NAME_APOSTROPHES)


#: What :meth:`SurnameIndex.get` finds for a key it does not hold (None may be a value).
_ABSENT = object()


class SurnameIndex(dict):
    """The cast's people by surname, lower case, whatever apostrophe the surname is written with
    (‘Tavita Soʻo … So'o said’ is one person).

    >>> cast = SurnameIndex(); cast["soʻo"] = "Tavita Soʻo"
    >>> cast.get("so'o"), "so’o" in cast
    ('Tavita Soʻo', True)
    >>> SurnameIndex({"o’neill": 1}).get("o'neill")
    1
    """

    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        # through __setitem__, so that keys given at once are folded like keys set one by one
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __getitem__(self, key):
        return super().__getitem__(fold_apostrophes(key))

    def __setitem__(self, key, value):
        super().__setitem__(fold_apostrophes(key), value)

    def __delitem__(self, key):
        super().__delitem__(fold_apostrophes(key))

    def __contains__(self, key):
        return isinstance(key, str) and super().__contains__(fold_apostrophes(key))

    def get(self, key, default=None):
        if not isinstance(key, str):
            return default
        # most surnames have no apostrophe: a key found as written is stored folded already (every
        # key is folded on the way in), so one plain lookup answers, and only a miss needs folding
        value = dict.get(self, key, _ABSENT)
        return value if value is not _ABSENT else dict.get(self, key.translate(NAME_APOSTROPHES), default)

    def pop(self, key, *default):
        return super().pop(fold_apostrophes(key), *default)

    def setdefault(self, key, default=None):
        return super().setdefault(fold_apostrophes(key), default)


def surname_key(words) -> str:
    """The surname of a name's words as the cast keys it: lower case, without its full stop."""
    return surname_word(words).rstrip(".").lower()


def _past_last_stop(text: str, lo: int, hi: int) -> int:
    """Where a search of :data:`RE_PARTICIPLE_OPENING_BEFORE_NAME` over ``[lo, hi)`` may start with the
    same answer: past the last ".", "!", "?" or line break before ``hi``, which none of its parts holds
    (its lookbehinds still read before the start). Never when a line break ends the stretch, where its
    "$" may end a match before it."""
    if text[hi - 1:hi] == "\n":
        return lo
    return max(lo, max(text.rfind(c, lo, hi) for c in ".!?\n") + 1)


#: Words that open a sentence's introductory phrase, after which the subject comes ("In an
#: interview, Khan said").
OPENING_PREPOSITIONS = frozenset("""
in on at after before during for from with since as when while until by despite following speaking
earlier later meanwhile afterwards elsewhere still yet but and then now also instead however
separately asked nevertheless nonetheless indeed ultimately finally eventually overall initially
previously recently today yesterday tonight currently again once thus therefore moreover
furthermore likewise otherwise last next throughout amid across under over within without
outside inside behind beyond near along around through against
back out up down home there here upstairs downstairs nearby
""".split())  # (and where a scene is set: ‘Back at the whiteboard,’, ‘Out on the water,’)


#: Forms of "be": what follows them is said of someone, never their title ("to be president").
BE_WORDS = frozenset({"be", "been", "being", "become", "became"})
BE_FORMS_ALL = BE_WORDS | {"is", "was", "were", "are"}

#: A paragraph break, in a text whose paragraphs are one or more newlines apart.
RE_PARAGRAPH_BREAK = re.compile(r"\n\s*")

#: A word that owns what follows it: "Platt's".
RE_POSSESSIVE_AT = LazyPattern(r"[\p{L}\p{M}\-]+(?:’s|'s|’|')(?!\p{L})")


#: The position of a (position, person) pair: the sort key of mentions (a C function, not a lambda).
_position = operator.itemgetter(0)


#: The end of a sentence (for the rest of one after a name).
RE_SENTENCE_STOP = LazyPattern(r"[.!?](?:\s|$)")

#: A sentence's end, past its closing mark and the space after (‘… by stealth’. ’).
RE_SENTENCE_GAP = LazyPattern(r"[.!?][’”\"']?\s+")


def _sex_fits(head: str | None, p: Person) -> bool:
    """A noun of one sex ("chairman", "spokeswoman") may stand for the person: their sex unknown or
    the noun's (‘The committee’s chair, Anne Rourke,’ is never "the chairman")."""
    return p.gender is None or GENDERED_NOUNS.get(head or "") in (None, p.gender)


def _after_lower_the(text: str, start: int) -> bool:
    """A name written right after a lower-case "the" is a place's or a body's (‘outside the Vidhan
    Bhavan, a senior MLA said’): a role set off after it is the sentence subject's, never its own.

    >>> _after_lower_the("outside the Union Buildings, a senior official", 12), _after_lower_the("Jo Ray, a nurse", 0)
    (True, False)
    """
    return start >= 4 and text.startswith("the ", start - 4) and (start == 4 or not text[start - 5].isalpha())


def _after_function_word(text: str, at: int) -> bool:
    """The word at ``at`` follows "of", "in", "the" …: a place or a thing ("the king of Jordan")."""
    before = text[max(0, at - 8):at].split()
    return bool(before) and before[-1].lower() in PLACE_LEADS


#: Words before a place or a thing, never before a person named by a given name alone.
PLACE_LEADS = frozenset("of in on at to from for with by into the a an this that".split())


def _after_last_stop(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by a plain search: past the last ". " or line break
    before it (an abbreviation's stop counts as an end; :func:`quotesearch.cue_tokens.last_sentence_start`
    tells them apart).

    >>> _after_last_stop("It rained. The teacher was Ingrid Solberg.", 27)
    11
    """
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)


def cast_key(words) -> str:
    """The key the cast holds a full name's person by: its surname, the first word of a name
    written surname first ("ong" of Ong Li Ting), else the last ("ong" of Kenneth Ong).

    >>> cast_key(["Ong", "Li", "Ting"]), cast_key(["Kenneth", "Ong"])
    ('ong', 'ong')
    """
    return words[0].lower() if written_surname_first(words) else surname_key(words)

#: The lower-case word right after a mention (‘One wrote’: its verb).
RE_WORD_AFTER = LazyPattern(r" (\p{Ll}+)")
