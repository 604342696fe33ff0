"""Titles and styles written with a name: honorifics of a given name or a surname, religious and
peers' styles, a rank written in full (_ranked_in_full), a title's noun (_title_noun), titles spelled
in letters (_title_initials, spells_letters), the names after a title, a set-off title, who holds an
office of a body or a capital, and a word inside a capitalised compound.
"""

from __future__ import annotations

from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import OFFICE_LETTERS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.names import DESCRIPTOR_TITLES, STYLE_DEGREES
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.people import Person
from quotesearch.offices import LESSER_OFFICES, TITLE_WORDS


#: The styles of royals, pontiffs and peers, and the sex each tells.
ROYAL_SEX = {"king": "m", "prince": "m", "duke": "m", "emperor": "m", "pope": "m", "sultan": "m", "emir": "m",
             "queen": "f", "princess": "f", "duchess": "f", "empress": "f",
             "viscount": "m", "marquess": "m", "viscountess": "f", "marchioness": "f", "baroness": "f", "countess": "f"}


#: Styles written after "The" (‘The Rev. Samuel Okoye’, ‘The Hon. Jane Doe’, an archdeacon's ‘the Ven. Ann Roe’).
CLERGY_STYLES = STYLE_DEGREES | frozenset("rev revd reverend hon honourable honorable venerable ven".split())


#: A capitalised word joined by a hyphen right before a spot ("Rosenthal-" of "Rosenthal-Kerr").
RE_CAPITAL_BEFORE_HYPHEN = LazyPattern(r"\p{Lu}[\p{L}\p{M}\p{Nd}]*-$")


def _inside_capitalised_compound(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is one part of a capitalised compound, a double-barrelled
    surname ("Kerr" of "Eva Rosenthal-Kerr", "Ocasio" of "Ocasio-Cortez"): no mention of a person
    whose surname is that part alone, just as the pass over whole capitalised words
    (:data:`RE_CAPWORD`) reads it; a lower-case prefix leaves the name whole ("anti-Kerr").

    >>> t = "Eva Rosenthal-Kerr met Tamsin Kerr; anti-Kerr, Kerr-Smith."
    >>> [_inside_capitalised_compound(t, i, i + 4) for i in (14, 30, 41, 47)]
    [True, False, False, True]
    """
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
        return True
    return start >= 2 and text[start - 1] == "-" \
        and RE_CAPITAL_BEFORE_HYPHEN.search(text, max(0, start - 40), start) is not None


def _title_noun(word: str) -> bool:
    """A lower-case word of a title before a name: a role noun, one joined to a prefix
    ("co-leader", "vice-chair"), or a noun of an agent ("practitioner", "organiser", "fisherman").

    >>> [_title_noun(w) for w in ("spokesman", "co-leader", "practitioner", "fisherman", "forward")]
    [True, True, True, True, True]
    >>> [_title_noun(w) for w in ("said", "order", "the", "beat", "human", "whenever")]
    [False, False, False, False, False, False]
    """
    if word in ROLE_NOUNS or word in DESCRIPTOR_TITLES or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return True
    return len(word) > 6 and word.isalpha() and word.islower() and word not in SPEECH_VERBS \
        and word not in FUNCTION_WORDS and word not in NOT_AGENT_NOUNS and (
            word.endswith(("man", "woman")) or (len(word) > 7 and word.endswith(("er", "or", "ist", "ian"))))


#: Words ending like nouns of agents that are none ("together", "whenever", "november").
NOT_AGENT_NOUNS = frozenset("""
together whenever wherever whatever however whoever november october december september consider
remember another whether neither rather further altogether moreover bachelor
""".split())

#: Honorifics that stand before a given name alone: "Sir Malcolm", "Sheikh Nawaf", "Datuk Seri Anwar",
#: the Fijian chiefs' "Ratu Meli" (of Ratu Meli Vatunitu), "Adi Litia" (of Adi Litia Naisara), and the
#: Aboriginal and Torres Strait Islander elder's "Aunty Margaret" (of Aunty Margaret Wilkes).
#:
#: >>> "aunty" in GIVEN_NAME_HONORIFICS, "mr" in GIVEN_NAME_HONORIFICS
#: (True, False)
GIVEN_NAME_HONORIFICS = frozenset("sir dame sheikh sheikha shaikh shaikha datuk dato tun ratu adi tā aunty auntie".split())

#: Religious styles before a given name ("Sister Bernadette"): that person only when the article
#: writes the style before their full name too ("Sister Bernadette Lavigne"), never "Mary Jones"
#: for "Sister Mary".
RELIGIOUS_STYLES = frozenset("sister brother father".split())

#: A title's initials after "the" ("the CS", "the DCE", "the PPRO").
RE_TITLE_LETTERS = LazyPattern(r"[A-Z]{2,5}")


def _title_initials(role: str) -> str:
    """The initials of a role's words in capitals up to its last, a title's noun ("Health Cabinet
    Secretary" → "HCS"; "" for a role that ends in no title in capitals: "the union's president").

    >>> _title_initials("Health Cabinet Secretary"), _title_initials("District Chief Executive"), _title_initials("Health CS")
    ('HCS', 'DCE', 'HCS')
    """
    words = [w for w in role.split() if w.lower() not in ("the", "of", "for", "and")]
    if not words or not words[-1][:1].isupper() or (words[-1].rstrip(".").lower() not in ROLE_NOUNS
                                                    and not (words[-1].isupper() and words[-1].lower() in OFFICE_LETTERS)):
        return ""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    return "".join(w if w.isupper() else w[0] for w in words[k:])  # (a title already in its letters is all of
    # them: "Health CS" → "HCS")


#: Words skipped in a title's initials ("Superintendent of Police" → SP, "officer-in-charge" → OC).
INITIALS_SKIPPED = frozenset("of for and the in".split())


def spells_letters(words: str, letters: str) -> bool:
    """The last words before a bracket spell the letters, one a title's noun: the letters stand
    for a person's office, never a body's (‘Federal Bureau of Investigation (FBI)’).

    >>> spells_letters("Senior Superintendent of Police ", "SSP"), spells_letters("officer-in-charge ", "OC")
    (True, True)
    >>> spells_letters("Bangladesh River Rights Forum ", "BRRF")
    False
    """
    parts = [w for w in regex.split(r"[ -]+", words.strip()) if w and w.lower() not in INITIALS_SKIPPED]
    if len(parts) < len(letters):
        return False
    parts = parts[len(parts) - len(letters):]
    return "".join(w[0].upper() for w in parts) == letters and any(w.lower() in ROLE_NOUNS for w in parts)


def _names_after_title(between: str) -> bool:
    """What stands between a title's letters and a name after it is a place or a rank set off,
    nothing of a clause: ‘’, ‘, Aliganj, Inspector’ (never ‘ on Monday told’).

    >>> _names_after_title(", Aliganj, Inspector "), _names_after_title(" on Monday said ")
    (True, False)
    """
    words = between.replace(",", " ").split()
    return "\n" not in between and all(w[:1].isupper() and w.isalpha() or w in ("of", "the") for w in words)


def _set_off_before_title(between: str) -> bool:
    """A name set off before its title by a comma, with nothing of a clause or sentence end
    between: ‘, officer-in-charge ’ (never ‘, who said the’ nor ‘. The’).

    >>> _set_off_before_title(", officer-in-charge "), _set_off_before_title(" said the ")
    (True, False)
    """
    if not between.startswith(",") or "\n" in between or ". " in between:
        return False
    return not any(w.lower() in SPEECH_VERBS or w.lower() in ("who", "that", "which") for w in between[1:].replace(",", " ").split())


def _title_words_start(spelt, letters: str) -> int:
    """Where the words that spell the letters start (never the words of a clause before them:
    ‘complained to the Station House Officer (SHO)’ starts at "Station")."""
    words = [w for w in regex.finditer(r"\p{L}+", spelt.group(1)) if w.group().lower() not in INITIALS_SKIPPED]
    if len(words) < len(letters):
        return spelt.start()
    at = spelt.start(1) + words[len(words) - len(letters)].start()
    text = spelt.string
    while at > spelt.start() and text[at - 1] == "-":  # (back to the start of a hyphened title: "officer-in-charge")
        at = regex.match(r"(?r)\p{L}+-", text, spelt.start(), at).start()
    return at


def _only_set_off_title(between: str) -> bool:
    """Between a name and its title set off after it, nothing but the title's own determiner, an
    owner or words in capitals (‘, ’, ‘, the district's ’; never ‘, a farmer, has met the ’)."""
    return all(w in ("the", "its", "their", "his", "her") or w.endswith(("'s", "’s")) or w[:1].isupper()
               for w in between[1:].replace(",", " ").split())


def _holds_office(role: str, office: str) -> bool:
    """The role is the office of two words in capitals, with nothing lesser or past before it
    (‘Senate President’, ‘Majority Leader’; never ‘Deputy Senate President’, ‘former Majority
    Leader’).

    >>> _holds_office("Senate President", "Senate President"), _holds_office("Deputy Majority Leader", "Majority Leader")
    (True, False)
    """
    words = role.split()
    pair = office.split()
    return any(words[i:i + 2] == pair and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i])
               for i in range(len(words) - 1))


def _capital_office(role: str, head: str) -> bool:
    """The role names the office ``head`` in capitals, or by its abbreviation, and no lesser or
    past one ("Mayor", "Gov."; never "Deputy Mayor", "Shadow Health Minister", "union president").

    >>> _capital_office("Gov.", "governor"), _capital_office("Shadow Health Minister", "minister")
    (True, False)
    """
    words = role.split()
    for i, w in enumerate(words):
        low = w.rstrip(".").lower()
        if w[:1].isupper() and (low == head or head in TITLE_WORDS.get(low, ())) \
                and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i]) \
                and not (i > 1 and words[i - 1].lower() == "the" and words[i - 2].lower() == "of"):
            # (never ‘Department of the Taoiseach’; but ‘the Duke of Avonford’)
            return True
    return False

#: Titles of the clergy and of offices written before a surname on a later mention, which names
#: the person named in full before ("Deacon Willie Freeman … Deacon Freeman said").
STYLE_TITLES = frozenset("""
deacon elder dean mother canon prebendary pastor bishop archbishop cardinal rabbi imam cantor reverend
archdeacon pandit chaplain vicar rector
""".split())

#: Honorifics that stand before a surname ("Mr Lam", "Madam Tan", "Dr Teo", a legislator's "Hon Okello").
SURNAME_HONORIFICS = frozenset("mr mrs ms miss madam mdm dr prof hon".split())


def _ranked_in_full(text: str, words: Sequence[str]) -> bool:
    """The rank and surname ``words`` ("Private", "Enright") also stand with a given name between
    them somewhere in ``text`` ("Private Thomas Enright", "Private Thomas “Tommy” Enright").

    >>> _ranked_in_full("Private Thomas Enright enlisted. Private Enright wrote", ["Private", "Enright"])
    True
    >>> _ranked_in_full("Private Eye said", ["Private", "Eye"])
    False
    """
    rank, surname = words
    at = text.find(rank + " ")
    while at >= 0:
        run = text[at + len(rank) + 1:at + len(rank) + 40].split()
        if run and run[0][:1].isupper() and run[0] != surname \
                and any(w.rstrip(".,;:’'s") == surname for w in run[1:3]):
            return True
        at = text.find(rank + " ", at + 1)
    return False

#: Styles of peers, which stay with a surname given alone ("Lord Fennimore", "Lady Hale").
PEER_STYLES = frozenset("lord lady baron baroness viscount viscountess earl countess".split())

#: Styles before "Justice" that name an English judge of the High Court or the Court of Appeal, kept
#: with the surname as a peer's style is ("Mr Justice Tremlett", "Mrs Justice Ainsworth-Lee", "Lady
#: Justice Ferrier", "Lord Justice Singh"; a bare "Justice Thomas" stays "Thomas").
#:
#: >>> "mrs" in JUDGE_STYLES, "lady" in JUDGE_STYLES, "lord" in JUDGE_STYLES
#: (True, True, True)
JUDGE_STYLES = frozenset("mr mrs ms miss lady lord".split())


def _other_letters_holder(text: str, at: int, letters: str, holder: "Person") -> bool:
    """(guard) The letters written as a title before the name of someone other than the one holder
    found, shortly before (‘Agriculture CS Mithika Linturi and Trade CS Moses Kuria met’, a given name
    the lists do not know leaving the first no holder): two holders, "the CS" stays as written."""
    last = holder.name.split()[-1]
    for m in regex.finditer(r"\b" + regex.escape(letters) + r" ((?:\p{Lu}[\p{L}\-’']+ ?){2,4})", text[max(0, at - 1500):at]):
        if not any(w.startswith(last) for w in m.group(1).split()):  # (‘CS Kindiki’s ministry’ is his)
            return True
    return False

#: An honorific right before a name (‘…, Mr Yusuf Ali’), its word in group 1.
RE_HONORIFIC_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}{1,7})\.? $")
