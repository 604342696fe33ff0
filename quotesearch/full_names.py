"""Full names in the text: which capitalised runs are a person's name (a month or weekday as a
given name, surnames written first, nicknames, respellings, aliases), and where a name starts and ends.
"""

from __future__ import annotations

import re
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import TIME_NAMES, WEEKDAY_NAMES
from quotesearch.name_words import HONORIFICS, NAME_LEADS, NICKNAME_ADDRESS_WORDS
from quotesearch.document_words import PROGRAMME_NOUNS, THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.name_parts import FUNCTION_WORDS, GIVEN_MONTH_SEX, NOT_NAMES, gender_of, written_surname_first
from quotesearch.tokens import RE_NAME_RUN, tokenize
from quotesearch.people import NAME_SUFFIXES, Person, surname_word
from quotesearch.role_words import KIN_NOUNS


#: Words before a month that make it the month, never a given name ("in June", "since May", "on 3 June",
#: "last August", "the April Smith report").
MONTH_LEADS = wordset("""
in on since by until till from of to through throughout during before after last next this that every each early
late mid the and or between around about for
""")


def _month_given_name(text: str, at: int, run: str, piece: tuple[int, int, tuple[str, ...]]) -> bool:
    """The run opens with a month that is a given name ("April", "May", "June", "August"), right before a
    one-word name (the surname): the run follows no word that makes it the month ("in June Smith
    said", "on 3 June Smith"), and a description, an age or a verb follows it (‘June Ostby, 71, a
    retired schoolteacher’, ‘April Nguyen, a nurse,’, ‘May Chen runs the clinic’, ‘June Haskins, his wife’), or
    it is the speaker named right after a lower-case speech verb (‘“…,” said June Haskins.’).

    >>> _month_given_name("June Ostby, 71, said", 0, "June Ostby", (5, 10, ("Ostby",)))
    True
    >>> _month_given_name("in June Smith said", 3, "June Smith", (5, 10, ("Smith",)))
    False
    >>> _month_given_name("“No,” said June Haskins.", 11, "June Haskins", (5, 12, ("Haskins",)))
    True
    """
    month = run[:piece[0] - 1]
    if month not in GIVEN_MONTH_SEX or run[piece[0] - 1] != " " or len(piece[2]) != 1 or piece[1] != len(run) \
            or gender_of(piece[2][0]) is not None:
        return False  # (a given name after it: "May Jane Smith"? rarely a month's; never guessed)
    before = text[max(0, at - 20):at].split()
    if before and (before[-1].lower() in MONTH_LEADS or before[-1][:1].isdigit()):
        return False
    after = text[at + len(run):at + len(run) + 40]
    if before and before[-1] in SPEECH_VERBS and after[:1] in (",", ".", ""):
        return True  # (the speaker of an inverted cue: ‘“…,” said June Haskins.’, never a month; nor ‘… said May
        # Day would be quiet’, reread)
    return RE_MONTH_NAME_AFTER.match(after) is not None \
        or (after[:1] == "," and RE_KIN_SET_OFF_BEFORE.search(text, max(0, at - 40), at) is not None)
        # (or set off after one's kin: ‘Her mother, June Morrow, still lives nearby’, w110e)


def _with_month_given_name(text: str, at: int, run: str, pieces):
    """The name pieces of the run at ``at`` with a month that is the first piece's given name
    (:func:`_month_given_name`) taken into it: "June" and "Ostby" as one name, "June Ostby".

    >>> _with_month_given_name("June Ostby, 71, said", 0, "June Ostby", [(5, 10, ("Ostby",))])
    ((0, 10, ('June', 'Ostby')),)
    """
    if pieces and pieces[0][0] > 0 and _month_given_name(text, at, run, pieces[0]):
        return ((0, pieces[0][1], (run[:pieces[0][0] - 1], *pieces[0][2])), *pieces[1:])
    return pieces

#: What follows a full name with a weekday inside it (‘Ocheja Sunday Aboh, the council chairman,’,
#: ‘Mr Ocheja Sunday Aboh said’): a cue, a verb, an age or a description set off.
#:
#: >>> [bool(RE_WEEKDAY_NAME_AFTER.match(t)) for t in (", said", " told", ", 54,", ", the chairman", " Agreement")]
#: [True, True, True, True, False]
RE_WEEKDAY_NAME_AFTER = LazyPattern(r",? (?:said|says|told|tells|added|wrote|spoke|has|had|was|is|[a-z]+ed)\b|, (?:\d|an? |the |who )")


#: Words before a place, after which a capitalised word, a weekday and a surname are a place, the
#: day's time and a subject (‘At Anfield Saturday Morgan said’), never one name.
WEEKDAY_PLACE_LEADS = frozenset("at in near outside inside from across around into At In Near Outside Inside From".split())


def _with_weekday_middle_name(text: str, at: int, run: str, pieces):
    """The name pieces of the run at ``at`` with a weekday between a given name and a surname taken
    into one name, as West African names hold one (‘Ocheja Sunday Aboh’, ‘Mr Emeka Friday Okoro’): the
    weekday sits alone between the pieces, the surname ends the run, no word before the run makes the
    day a time (‘on Sunday’), no feast names the day (‘Easter Sunday’), a cue or a description follows,
    and the text writes the surname again without the day (‘Aboh said’).

    >>> t = "Mr Ocheja Sunday Aboh, said it. Aboh added more."
    >>> _with_weekday_middle_name(t, 0, "Mr Ocheja Sunday Aboh", [(0, 9, ("Mr", "Ocheja")), (17, 21, ("Aboh",))])
    ((0, 21, ('Mr', 'Ocheja', 'Sunday', 'Aboh')),)
    >>> t = "the Good Friday Agreement was signed. The Agreement holds."
    >>> _with_weekday_middle_name(t, 4, "Good Friday Agreement", [(0, 4, ("Good",)), (12, 21, ("Agreement",))])
    [(0, 4, ('Good',)), (12, 21, ('Agreement',))]
    """
    if len(pieces) < 2:
        return pieces
    (s0, e0, first), (s1, e1, second) = pieces[0], pieces[1]
    day = run[e0 + 1:s1 - 1]
    if day not in WEEKDAY_NAMES or run[e0:e0 + 1] != " " or run[s1 - 1:s1] != " " or len(second) != 1 \
            or e1 != len(run) or len(pieces) != 2 or first[-1] in TIME_NAMES or first[-1].isupper() \
            or not first[-1][1:].isalpha() or gender_of(second[0]) is not None:
        return pieces
    before = (text[max(0, at - 20):at] + run[:s0]).split()  # (the run's own opening word too: ‘At Wembley …’)
    if before and (before[-1].lower() in MONTH_LEADS or before[-1][:1].isdigit() or before[-1] in WEEKDAY_PLACE_LEADS):
        return pieces  # (nor after a place's preposition, the day a time: ‘At Wembley Saturday Kane scored’; review rv7)
    if not RE_WEEKDAY_NAME_AFTER.match(text, at + len(run)):
        return pieces
    surname = second[0]
    spot = at + s1
    again = regex.compile(r"(?<![\p{L}’'\-])" + regex.escape(surname) + r"(?![\p{L}’'\-])")
    if not any(m.start() != spot and not text[max(0, m.start() - len(day) - 1):m.start()].startswith(day)
               for m in again.finditer(text, max(0, spot - 20_000), spot + 20_000)):
        return pieces
    return ((s0, e1, (*first, day, surname)), *pieces[2:])


#: One's kin, owned, set off right before a name (‘Her mother, ’, ‘Kit's aunt, ’): a month after it
#: that opens a full name is a given name (‘Her mother, June Morrow, still lives nearby’), w110e.
#:
#: >>> [bool(RE_KIN_SET_OFF_BEFORE.search(t)) for t in ("Her mother, ", "Kit’s aunt, ", "the report, ")]
#: [True, True, False]
RE_KIN_SET_OFF_BEFORE = LazyPattern(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\p{Lu}\p{L}+(?:’s|'s)) (?:" + "|".join(sorted(KIN_NOUNS)) + r"), $")

#: What follows a month's given name and a surname: an age or a description set off by a comma, or a
#: verb in lower case (‘, 71,’, ‘, a nurse’, ‘, his wife’, ‘ runs’, ‘ said’, ‘ told’).
RE_MONTH_NAME_AFTER = re.compile(r", (?:\d|an? |the |who |his |her |their )| (?:[a-z]+(?:s|ed)|told|wrote|spoke|has|had|was|is)\b")
    # ABC Radio, who gave her name as Jan,’ is Jan, whatever the outlet is called) (a programme called in
    # to is no one: ‘A caller to the show who gave his name as Dev’; a person after "of" or "for", "the dealer", may be the one
    # named; a place after "at" or "from" never is: "a server at the flagship, who asked that only her first name …")


#: The programme a caller or a writer sends their words to, right after them: ‘ to the programme’, ‘ to
#: the station's phone-in’, ‘ to Talk FM's breakfast show’ (never past a sentence's end or a comma).
RE_TO_PROGRAMME = LazyPattern(r" (?:to|into) (?:the |a |\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?[’']s )(?:[\p{L}’'\-]+ ){0,2}?"
                              r"(?:" + "|".join(sorted(PROGRAMME_NOUNS)) + r")(?![\p{L}’'\-])")


def _past_programme(text: str, end: int) -> int:
    """Where the programme someone called or wrote to ends, right after them at ``end``, else ``end``
    (‘A listener to the programme who gave her name as Ama’: the alias clause after it is theirs).

    >>> t = "A caller to the station's phone-in who gave his name as Dev"
    >>> t[_past_programme(t, 8):]
    ' who gave his name as Dev'
    """
    m = RE_TO_PROGRAMME.match(text, end) if text.startswith((" to ", " into "), end) else None
    return m.end() if m is not None else end


#: An unnamed noun and "named" or "called" right before a name: "a worker named ".
RE_NAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\-’']+\s+){0,3}?(?:named|called)\s+$")

#: A word in lower case.
RE_LOWER_WORD = LazyPattern(r"\b\p{Ll}[\p{Ll}\-]*\b")


def _named_in_full(text: str, styled: str) -> bool:
    """The article writes the style and given name before a surname somewhere ("Sir John Curtice")."""
    i = text.find(styled + " ")
    while i >= 0:
        if text[i + len(styled) + 1:i + len(styled) + 2].isupper():
            return True
        i = text.find(styled + " ", i + 1)
    return False

#: A wish that one's surname be kept back, after a given name alone: a person, whatever the name
#: (‘Nadège, a 34-year-old nursing assistant who asked that her last name not be used’).
RE_SURNAME_WITHHELD = LazyPattern(r"\b(?:his|her|their) (?:last name|surname|full name)\b|\bfirst name\b")


#: What may stand before a word that opens a sentence.
SENTENCE_STARTS = ("\n", ". ", "! ", "? ", ".” ", '." ', "?” ", '?" ', "!” ", '!" ')


#: What stands before the first word of a quotation: its opening mark after a space or a line's start.
QUOTE_OPENINGS = (" “", ' "', " ‘", " '", "\n“", '\n"', "\n‘", "\n'")


def _word_before_given(text: str, at: int, words: Sequence[str], given_names: set[str]) -> bool:
    """The run is a capitalised word that opens a sentence or a quotation, then the given name of
    someone the article has named in full: an imperative's, an interjection's or a participle's
    object (‘“Protect Shayla at all costs,” one wrote’, ‘Addressing Rohan, …’, ‘“Thanks Priya”’),
    never a second person's full name. A given name or an honorific opening it is a name's
    (‘Sarah Shayla’, ‘Mrs Shayla’).

    >>> t = 'Shayla Moretti left. “Protect Shayla,” one wrote. Sarah Shayla said.'
    >>> _word_before_given(t, 22, ("Protect", "Shayla"), {"Shayla"}), _word_before_given(t, 50, ("Sarah", "Shayla"), {"Shayla"})
    (True, False)
    """
    return len(words) == 2 and words[1] in given_names and words[0][1:].islower() and gender_of(words[0]) is None \
        and words[0].rstrip(".").lower() not in HONORIFICS \
        and (at == 0 or text.endswith(SENTENCE_STARTS, 0, at) or text.endswith(QUOTE_OPENINGS, 0, at)) \
        and not _surname_alone_elsewhere(text, at, words[0])


def _surname_alone_elsewhere(text: str, at: int, word: str) -> bool:
    """(guard) The word before the given name stands alone as a name elsewhere, mid-sentence (‘“…,”
    Park said’, ‘Mr Park’): a surname written first, as Korean, Chinese and Ugandan names are (‘Park
    Sarah came second’), never an imperative's or an interjection's word (‘Protect Shayla’).

    >>> t = "Sarah Kim won. Park Sarah came second. “It was close,” Park said."
    >>> _surname_alone_elsewhere(t, 15, "Park"), _surname_alone_elsewhere("“Protect Shayla,” one wrote.", 1, "Protect")
    (True, False)
    """
    for m in regex.finditer(r"(?<=[\p{Ll},”’\"] )" + regex.escape(word) + r"\b(?! \p{Lu})", text):
        if m.start() != at:
            return True
    return False


def _no_person_opens(run: str) -> bool:
    """The run opens with neither an honorific nor a given name ("Paper Boats", not "Mr. Trump")."""
    first = run.split()[0]
    return first.rstrip(".").lower() not in HONORIFICS and gender_of(first) is None


#: Particles of Irish surnames that tell the bearer's sex ("Mac" does not: anglicised, women bear it too).
IRISH_PARTICLE_SEX = {"Ní": "f", "Nic": "f", "Uí": "f", "Ó": "m"}

#: Particles that open an Irish surname written as two words ("Ní Bhriain", "Ó hUiginn", "Mac
#: Lochlainn", "Mhic Giolla"): with the word after them, a surname, never a given name and a surname.
IRISH_SURNAME_PARTICLES = frozenset(IRISH_PARTICLE_SEX) | frozenset("Mac Mhic Mag".split())
#: A verb in lower case right after a given name alone (‘Maureen rang back’, ‘Maureen has since moved’),
#: never the rest of a name nor a possessive.
#:
#: >>> bool(RE_GIVEN_ACTS_AFTER.match(" rang back.")), bool(RE_GIVEN_ACTS_AFTER.match(" Hill said")), bool(RE_GIVEN_ACTS_AFTER.match("’s son"))
#: (True, False, False)
RE_GIVEN_ACTS_AFTER = LazyPattern(r" (?!(?:and|or|nor|but|of|the|a|an|to|in|on|at|for|with|from|by|who|whose|which|that)\b)"
                                  r"\p{Ll}{2,}\b")

#: What goes before a given name that opens its clause: the sentence's or paragraph's start, or an opening
#: phrase and its comma (‘Later in the programme, Maureen rang back’).
#:
#: >>> bool(RE_GIVEN_OPENS_BEFORE.search("one. Later in the programme, ")), bool(RE_GIVEN_OPENS_BEFORE.search("spoke to "))
#: (True, False)
RE_GIVEN_OPENS_BEFORE = LazyPattern(r"(?:(?:^|(?<=[.!?”]\s)|(?<=\n))(?:\p{Lu}[\p{Ll}\d ’']{1,40}, )?)$")


def _given_opens_clause(text: str, at: int, given: str) -> bool:
    """The given name ``given`` written alone at ``at`` is its clause's subject: it opens its sentence or
    follows an opening phrase (:data:`RE_GIVEN_OPENS_BEFORE`), and a verb follows it
    (:data:`RE_GIVEN_ACTS_AFTER`): ‘Later in the programme, Maureen rang back’.

    >>> t = "She called. Later in the programme, Maureen rang back."
    >>> _given_opens_clause(t, t.index("Maureen"), "Maureen"), _given_opens_clause("He spoke to Maureen rang", 12, "Maureen")
    (True, False)
    """
    return RE_GIVEN_ACTS_AFTER.match(text, at + len(given)) is not None \
        and RE_GIVEN_OPENS_BEFORE.search(text, max(0, at - 60), at) is not None


#: Given names that the name lists give one gender but that people of both bear ("Andrea Rossi",
#: "Jean Dupont", "Hilary Benn", East Africa's many men called Hillary): an honorific of the other
#: gender does not make someone else of them.
#:
#: >>> "hillary" in SHARED_GIVEN_NAMES, "mary" in SHARED_GIVEN_NAMES
#: (True, False)
SHARED_GIVEN_NAMES = frozenset("andrea jean kelly jordan lynn terry sam chris dominique michele nicola hilary hillary"
                               " alex casey robin charlie morgan quinn".split())


#: Capitalised words right before a spot (a surname's given names: ‘Marta ’ of ‘Marta Kowalczyk’).
RE_NAME_WORDS_BEFORE = LazyPattern(r"(?:\p{Lu}[\p{L}’'\-]*\.? ){1,3}$")


def _name_start(text: str, pos: int) -> int:
    """Where the name whose spot is at ``pos`` starts: at the given names right before a surname's
    spot (:data:`RE_NAME_WORDS_BEFORE`), else at ``pos``.

    >>> t = "On Monday, Marta Kowalczyk said"
    >>> _name_start(t, t.index("Kowalczyk")) == t.index("Marta")
    True
    """
    given = RE_NAME_WORDS_BEFORE.search(text, max(0, pos - 40), pos)
    return given.start() if given is not None else pos


def _syllables(given) -> str:
    """Given names written surname first, as their syllables run together: "Hong Tat" and "Hong-tat"
    alike.

    >>> _syllables(["Hong", "Tat"]) == _syllables(["Hong-tat"])
    True
    """
    return "".join(given).replace("-", "").lower()


def _same_name_respelled(name, other) -> bool:
    """Two names of the same surname and given syllables, hyphened or spaced differently, in either
    order (‘Chee Hong Tat’, ‘Chee Hong-tat’, ‘Hong-tat Chee’)."""
    if not name or not other:
        return False
    return any(name[i] == other[j] and _syllables(name[:i] + name[i + 1:]) == _syllables(other[:j] + other[j + 1:])
               for i in (0, len(name) - 1) for j in (0, len(other) - 1))


def _other_given_name(words, p: Person) -> bool:
    """A full name (its words) whose given name is not that of ``p``, a full name of the same
    surname: another person ("Bill Clinton" beside Hillary Clinton; never "Donald J. Trump"
    beside Donald Trump, nor an initial for a name)."""
    given = p.name.split()
    if len(given) < 2:
        return False
    if words[0] == given[0] and written_surname_first(words) and written_surname_first(given):
        return _syllables(words[1:]) != _syllables(given[1:])  # (both written surname
        # first, the given names after it: ‘Koh Boon Hwee’ beside ‘Koh Mei Xin’)
    a, b = words[0].rstrip("."), given[0].rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] != b[0]
    return a.lower() != b.lower() or _suffix(words) != _suffix(given)  # (a son beside his father)


def _irish_surname_alone(name, p: Person) -> bool:
    """``name`` is the Irish surname of two or three words that ends ``p``'s full name: its particle and
    the words after it ("Ní Bhriain" of Siobhán Ní Bhriain, "Ó hUiginn" of Ciarán Ó hUiginn, "Mac Giolla
    Bhríde" of Seán Mac Giolla Bhríde), no given name.

    >>> name = ["Ní", "Bhriain"]
    >>> _irish_surname_alone(name, Person("Siobhán Ní Bhriain")), _irish_surname_alone(name, Person("Ní Bhriain"))
    (True, False)
    >>> _irish_surname_alone(["Mac", "Jones"], Person("Sarah Jones"))
    False
    """
    return 2 <= len(name) <= 3 and name[0] in IRISH_SURNAME_PARTICLES and p.name.endswith(" " + " ".join(name))


def _double_surname_alone(name, p: Person) -> bool:
    """``name`` is the surname of two words that ends ``p``'s full name of three, written again without
    the given name: its first word no given name the lists hold, ``p``'s first word one they do ("Ferraz
    Menezes" of Lucas Ferraz Menezes, "Ruiz Ortega" of Javier Ruiz Ortega), so no namesake of another
    given name (never "Ann Jones" beside Mary Ann Jones, nor "Ferraz Menezes" beside Ferraz Menezes alone).

    >>> name = ["Ferraz", "Menezes"]
    >>> _double_surname_alone(name, Person("Lucas Ferraz Menezes")), _double_surname_alone(name, Person("Ferraz Menezes"))
    (True, False)
    >>> _double_surname_alone(["Ann", "Jones"], Person("Mary Ann Jones")), _double_surname_alone(name, Person("Dos Ferraz Menezes"))
    (False, False)
    """
    words = p.name.split()
    return len(name) == 2 and len(words) == 3 and words[1:] == list(name) and name[0][1:].islower() \
        and gender_of(name[0]) is None and gender_of(name[0].split("-")[0]) is None and gender_of(words[0]) is not None


def _suffix(words) -> str:
    """A full name's generational suffix ("Jr", "III"), lower-cased, or ""."""
    last = words[-1].rstrip(".,").lower() if len(words) > 2 else ""
    return last if last in NAME_SUFFIXES else ""


def _name_goes_on(text: str, end: int) -> bool:
    """Another capitalised word follows the word ending at ``end``: a longer name goes on."""
    return text.startswith(" ", end) and text[end + 1:end + 2].isupper()


def _surname_first_end(text: str, pos: int, end: int) -> int:
    """Where the last word of a name ends (with the comma or stop written on it, as ``end`` is the
    first word's) when its first word, ``text[pos:end]``, is the surname of a name written surname first
    (the mention stream finds such a name by that word); else ``end``.

    >>> t = "Tan's lawyer, Ng Mei Ling, argued"
    >>> t[14:_surname_first_end(t, 14, 16)], t[:_surname_first_end(t, 0, 5)]
    ('Ng Mei Ling,', "Tan's")
    """
    if not _name_goes_on(text, end) or (run := RE_NAME_RUN.match(text, pos)) is None \
            or not written_surname_first(run.group().split()):
        return end
    after = text.find(" ", run.end())
    return len(text) if after < 0 else after


#: A given name of East Asian romanisation, its syllables joined by a hyphen: "Soo-yeon", "Ki-moon".
RE_SYLLABLE_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _people_word_modifies(text: str, start: int, end: int) -> bool:
    """The singular people noun at ``start:end`` stands before a body's or a thing's noun, whose adjective
    it is (‘The official news agency quoted him’, ‘the official media’, ‘an official statement’):
    no person. A singular subject's verb ends in "-s" or is past, so a noun of the lists that does not
    is no verb (never ‘Officials press ahead’, a plural's).

    >>> t = "The official news agency quoted him. The official said no. An official statement followed."
    >>> _people_word_modifies(t, 4, 12), _people_word_modifies(t, 41, 49), _people_word_modifies(t, 62, 70)
    (True, False, True)
    >>> t = "He came without an official permit, and an official there, and an official too."
    >>> _people_word_modifies(t, 19, 27), _people_word_modifies(t, 43, 51), _people_word_modifies(t, 64, 72)
    (True, False, False)
    """
    if text[end - 1:end] in "sS" or not text.startswith(" ", end):
        return False
    nxt = RE_LOWER_WORD.match(text, end + 1)
    if nxt is None:
        return False
    w = nxt.group()
    if word_ends_clause(text, nxt.end()) and text[start:end].lower() in ADJECTIVE_PEOPLE_WORDS \
            and not w.endswith(("ed", "ing", "ly")) and w not in FUNCTION_WORDS and w not in AUXILIARIES \
            and w not in SPEECH_VERBS and w not in CLAUSE_END_ADVERBS:
        return True  # and "official" before any noun that ends its clause (‘travelled without an official
        # permit,’), never before a verb or an adverb ("an official said", "an official too.")
    return (w in THING_NOUNS or w in ORG_WORDS) and (not w.endswith("s") or w in ("news", "press"))


#: People nouns that are also adjectives ("an official permit").
ADJECTIVE_PEOPLE_WORDS = wordset("official")

#: Adverbs that may end a clause after a person's noun ("said an official yesterday.").
CLAUSE_END_ADVERBS = wordset("yesterday today tonight too again either now then")


def word_ends_clause(text: str, at: int) -> bool:
    """A stop or a comma follows at ``at``: the word before it ends its clause."""
    return text[at:at + 1] in (",", ".", ";", ":")


def _attributive(text: str, end: int) -> bool:
    """The name ending at ``end`` modifies a noun after it (‘the Lindsey Graham bill’, ‘the Beto
    O'Rourke plan’): a person's name used as an adjective, not a body's or a place's."""
    nxt = text[end:end + 20].split()[:1]
    w = nxt[0].strip(",.;:") if nxt else ""
    return w.isalpha() and w.islower() and w not in AUXILIARIES and w not in FUNCTION_WORDS \
        and w not in SPEECH_VERBS and not w.endswith("ed")


def _surname_first(name: str) -> bool:
    """A two-word name written surname first, as Japanese, Korean and Chinese names often are in
    news English: its second word is a given name ("Sato Haruki", "Kim Soo-yeon") and its first
    is not ("Ryan Thomas" is a given name first).

    >>> _surname_first("Sato Haruki"), _surname_first("Kim Soo-yeon"), _surname_first("Gordon Brown")
    (True, True, False)
    >>> _surname_first("Chelsea Marsh"), _surname_first("Ryan Thomas"), _surname_first("Jean-Pierre Raffarin")
    (False, False, False)
    >>> _surname_first("Zhang Wei"), _surname_first("Nguyen Thi Lan"), _surname_first("Lee Harvey Oswald")
    (True, True, False)
    """
    words = name.split()
    if len(words) == 3:  # ("Lee Hsien Loong", "Kim Jong Un", "Nguyen Thi Lan"; never "Lee Harvey Oswald")
        return words[0].lower() in EAST_ASIAN_SURNAMES and gender_of(words[1]) is None and gender_of(words[2]) is None
    return len(words) == 2 and gender_of(words[0]) is None and (
        gender_of(words[1]) is not None or RE_SYLLABLE_GIVEN_NAME.fullmatch(words[1]) is not None
        or words[0].lower() in EAST_ASIAN_SURNAMES)


def _lead_then(full: str, name: Sequence[str]) -> bool:
    """A name of three words or more that opens with a Malay or Arabic lead and then the one word
    of ``name``, the name its bearer is called by (‘Muhammad Farid Salleh’ and "Farid"; never "Salleh",
    nor a lead alone, "Muhammad").

    >>> _lead_then("Muhammad Farid Salleh", ["Farid"]), _lead_then("Muhammad Farid Salleh", ["Salleh"])
    (True, False)
    >>> _lead_then("Tan Kok Seng", ["Kok"])
    False
    """
    words = full.split()
    return len(name) == 1 and len(words) >= 3 and words[1] == name[0] and words[0].rstrip(".").lower() in NAME_LEADS


def _english_then_chinese(name: str) -> bool:
    """A three-word name in the Hong Kong and Singapore way: an English given name, the surname, then
    the Chinese given name joined by a hyphen, so "Dr Lau" is Vincent Lau Ka-ming (never a hyphenated
    surname, "Anne Smith-Jones", whose second part is a capital).

    >>> _english_then_chinese("Vincent Lau Ka-ming"), _english_then_chinese("Grace Tsang Mei-ling")
    (True, True)
    >>> _english_then_chinese("Anne Smith-Jones"), _english_then_chinese("Mary Ann Smith-Jones"), _english_then_chinese("Lau Ka-ming")
    (False, False, False)
    """
    words = name.split()
    return len(words) == 3 and gender_of(words[0]) is not None and gender_of(words[1]) is None \
        and RE_SYLLABLE_GIVEN_NAME.fullmatch(words[2]) is not None


def _western_then_chinese(name: str) -> bool:
    """A name of a given name the lists hold, then a name written surname first, as Hong Kong,
    Singapore and Malaysian papers write them: its second word is the surname ("Lau" of Carmen Lau
    Suk-man, "Ng" of Sylvia Ng Pei Shan), whoever else's given names it has.

    >>> _western_then_chinese("Carmen Lau Suk-man"), _western_then_chinese("Sylvia Ng Pei Shan")
    (True, True)
    >>> _western_then_chinese("Anne Smith-Jones"), _western_then_chinese("Lau Suk-man"), _western_then_chinese("Mary Ann Smith")
    (False, False, False)
    """
    words = name.split()
    return 3 <= len(words) <= 5 and gender_of(words[0]) is not None and written_surname_first(words[1:])


#: How far :meth:`Cast._appositive_after` reads past a name: the name's last token ``j``, then up to
#: ``toks[j + 16]`` (an age set off, two tokens, then a phrase of up to 14 tokens, the one that stops it
#: included); so it needs ``j + 17`` tokens.
APPOSITIVE_TOKENS = 17

#: The characters after a name tokenised first for its appositive: most phrases end well within them.
APPOSITIVE_PEEK = 120

#: The characters at a window's end whose tokens may differ from those of a longer window (an initialism
#: or a number cut short: "U.S" of "U.S.", "1,000,00" of "1,000,000").
TOKEN_EDGE = 8


def _appositive_tokens(text: str, start: int, end: int) -> tuple[list[Token], int | None]:
    """The tokens from a name at ``start`` on that :meth:`Cast._appositive_after` reads, and the index
    of the name's last token (ending at ``end``): the tokens of the 160 characters after the name, or
    of the first APPOSITIVE_PEEK of them when those hold every token the reading reaches. Tokens that
    end TOKEN_EDGE characters or more before a window's end are the same in any longer window
    (RE_TOKEN looks one character past a token at most), so the answer is the same.

    >>> t = "Mark Evans, 54, a farmer from Devon who keeps sheep and goats on the hills above the town, said"
    >>> toks, j = _appositive_tokens(t, 0, 10)
    >>> j, toks == tokenize(t, 0, len(t))[:len(toks)]
    (1, True)
    """
    hi = min(len(text), end + 160)
    peek = min(hi, end + APPOSITIVE_PEEK)
    if peek < hi:
        toks = [t for t in tokenize(text, start, peek) if t.end <= peek - TOKEN_EDGE]
        j = next((i for i, t in enumerate(toks) if t.end >= end), None)
        if j is not None and j + APPOSITIVE_TOKENS <= len(toks):
            return toks, j
    toks = tokenize(text, start, hi)  # (a long phrase, or a name near the text's end: the whole window)
    return toks, next((i for i, t in enumerate(toks) if t.end >= end), None)


def _surname_written(words) -> str:
    """The surname of a full name's words as written: the first word of a name written surname first."""
    return words[0] if written_surname_first(words) else surname_word(words)


#: The commonest Chinese, Korean and Vietnamese surnames, which open names written surname first
#: ("Zhang Wei", "Park Min", "Nguyen Lan").
EAST_ASIAN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao fang jin kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn song yoo
nguyen tran pham hoang phan vu dang bui do ho ngo duong ly he
""".split())

#: Articles that open a nickname inside a name (‘Dwayne “The Rock” Johnson’, ‘Wilson “Le Lion” Pierre’).
NICKNAME_ARTICLES = ("The ", "Le ", "La ", "El ", "Il ", "Der ", "Die ")


def _opens_sentence_alone(text: str, word: str) -> bool:
    """The word, a given name no list knows the sex of, opens a sentence alone somewhere, a lower-case
    verb after it, as a person's given name does once the article has named them in full with a role or
    a "who" (‘Pat was more modest.’, ‘Dee had a suggestion of her own.’; never a firm's first word,
    ‘Lockheed won a similar deal’ after ‘Lockheed Martin’). Substring searches.

    >>> _opens_sentence_alone("Pat Nguyen bowls. Pat was modest.", "Pat"), _opens_sentence_alone("Pat Nguyen bowls.", "Pat")
    (True, False)
    """
    for lead in (". ", "\n"):
        i = text.find(lead + word + " ")
        while i >= 0:
            after = i + len(lead) + len(word) + 1
            if text[after:after + 1].islower():
                return True
            i = text.find(lead + word + " ", after)
    return False


def _two_word_nickname(nick: str, words) -> bool:
    """A nickname of two capitalised words whose second is a name, after a descriptive word
    (‘Big Davie’, ‘Wee Tam’, ‘Fast Eddie’), never one opening with an article (‘The Rock’), a word of
    address (‘Miss Dot’) or the given name itself.

    >>> _two_word_nickname("Big Davie", ("David",)), _two_word_nickname("The Rock", ("Dwayne",))
    (True, False)
    """
    pair = nick.split()
    return len(pair) == 2 and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in pair) \
        and not nick.startswith(NICKNAME_ARTICLES) and pair[0].rstrip(".").lower() not in NICKNAME_ADDRESS_WORDS \
        and pair[1] not in words and pair[1].lower() not in NOT_NAMES and pair[0].lower() not in NOT_NAMES


def _nickname_word(nick: str) -> str:
    """The word a nickname in marks calls its bearer by: the nickname itself, or its word after a
    word of address (‘Miss Dot’ is "Dot", ‘Aunt Bea’ "Bea"), which a later ‘Miss Dot said’ names.

    >>> _nickname_word("Miss Dot"), _nickname_word("Mr. Ray"), _nickname_word("Stan"), _nickname_word("Big Jim")
    ('Dot', 'Ray', 'Stan', 'Big Jim')
    """
    words = nick.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in NICKNAME_ADDRESS_WORDS:
        return words[1]
    return nick
