"""Speaker mentions and the people they name.

Tokens keep their offsets; a mention is read backward from a cue verb ("Boris Pistorius, Germany’s
defense minister, said") or forward from it ("said Healey, who…"), and a per-document
:class:`Cast` resolves short names, titles, pronouns and anonymous sources to the person or
description the article introduced, looking back over a bounded window of mentions.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass, field
from typing import NamedTuple

import re

import regex

from quotesearch.lexicon import (
    AUXILIARIES, DESCRIPTION_NOUNS, FEMALE_NAMES, HONORIFICS, MALE_NAMES, ORG_WORDS, PRONOUNS,
    ROLE_NOUNS, SPEECH_VERBS, THING_NOUNS, is_abbreviation, state_after_comma, wordset,
)

#: A token: an initialism (U.S.), a word (with inner apostrophes, hyphens, ampersands, and a final
#: period kept for :func:`tokenize` to judge), or one punctuation character. The stdlib ``re`` is
#: used here, not ``regex``: this pattern runs on every context and ``re`` is twice as fast on it.
#:
#: >>> RE_TOKEN.findall("Sen. Bernie Sanders (I-Vt.) said: U.S. aid")
#: ['Sen.', 'Bernie', 'Sanders', '(', 'I-Vt.', ')', 'said', ':', 'U.S.', 'aid']
RE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]\w*(?:[’'\-&][^\W_]\w*)*\.?|[^\s\w]")

#: Words that start a sentence but never a name ("But", "Instead", "When").
FUNCTION_WORDS = wordset("""
a an the but and or so yet if when while after before since as at in on of for to from by with
without about into over under instead meanwhile however still also then now later earlier
this that these those there here it its his her their our my your we i you he she they
asked speaking according despite although though because until unless where what who which
why how not no yes one two both each every all some many most several other another such
just even only last next first new more mr mrs ms neither either nor
""")

_CAPWORD = r"(?:\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:[’'\-&][\p{L}\p{M}\p{Nd}]++)*+\.?)"  # possessive: no backtracking

#: Name particles that may sit inside a name in lower case ("Ursula von der Leyen").
PARTICLES = wordset("de del der van von da di du la le bin al dos das ter ten")

#: A run of capitalised words (with name particles inside): where names can be.
#:
#: >>> [m.group() for m in RE_NAME_RUN.finditer("Later Ursula von der Leyen met Pete Hegseth’s aide")]
#: ['Later Ursula von der Leyen', 'Pete Hegseth’s']
RE_NAME_RUN = regex.compile(
    r"(?<![\p{L}\p{M}\p{Nd}’'\-])" + _CAPWORD
    + r"(?:[ \t]+(?:(?:" + "|".join(sorted(PARTICLES)) + r")[ \t]+)*" + _CAPWORD + ")+")

#: People nouns whose mentions are remembered for pronoun resolution ("Western officials"): the
#: stems, each with the endings it takes.
PEOPLE_WORDS = {
    "official": ("", "s"), "source": ("", "s"), "spokesperson": ("",), "spokesman": ("",),
    "spokeswoman": ("",), "aide": ("", "s"), "diplomat": ("", "s"), "lawmaker": ("s",),
    "senator": ("s",), "leader": ("s",), "officer": ("s",), "analyst": ("s",), "expert": ("s",),
    "resident": ("s",), "witness": ("es",), "protester": ("s",),
}


def people_words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each people noun in the text, in order: one fast substring search per
    stem over the lower-cased text (the ``re`` alternation this replaces ran at 15 MB/s).

    >>> t = "Officials and an ex-official met the spokesman; officialdom stayed."
    >>> [t[s:e] for s, e in people_words(t)]
    ['Officials', 'spokesman']
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would drift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    n = len(low)
    out = []
    for stem, endings in PEOPLE_WORDS.items():
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


#: Honorifics that tell a person's gender ("Mr. Lee … he").
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                       "lady": "f"}

#: Possessive determiners dropped from the front of a role ("their Ukrainian counterpart").
POSSESSIVES = wordset("his her their its our my your")

#: Determiners that open a description ("a source", "the minister", "two officials").
DETERMINERS = wordset("a an the this that one two three four several some many other another")

#: Prepositions of place: a name right after one is a place ("in San Diego", "from New York").
PLACE_WORDS_BEFORE = wordset("in near across outside inside into through throughout around")

#: Relative pronouns: a clause they open describes, it does not name ("Healey, who …").
RELATIVES = wordset("who which whose")

#: Words that end a description read forward ("a source close to the Kremlin, who ...").
DESCRIPTION_STOP = wordset("who which said says told and but , ; : . —") | SPEECH_VERBS


class Token(NamedTuple):
    """A token and its offsets; ``word`` is the text without a final period, lower-cased."""

    start: int
    end: int
    text: str
    word: str
    capitalized: bool


_new_token = tuple.__new__


#: Prepositions that put a noun phrase inside a longer description.
PREPOSITIONS = wordset("to of at for from with in on close near inside within familiar")


def tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[Token]:
    """Tokens with offsets; a final period stays on abbreviations and initials only.

    >>> [t.text for t in tokenize("Mr. Lee of the U.S. said yes.")]
    ['Mr.', 'Lee', 'of', 'the', 'U.S.', 'said', 'yes', '.']
    """
    hi = len(text) if hi is None else hi
    out: list[Token] = []
    add = out.append
    find = text.find
    pos = lo
    for w in RE_TOKEN.findall(text, lo, hi):
        s = find(w, pos)
        pos = s + len(w)
        if w[-1] == "." and len(w) > 2 and "." not in w[:-1]:
            low = w[:-1].lower()
            if not is_abbreviation(low) and not state_after_comma(text, s, w[:-1]):
                add(_new_token(Token, (s, pos - 1, w[:-1], low, w[0].isupper())))
                add(_new_token(Token, (pos - 1, pos, ".", "", False)))
                continue
        add(_new_token(Token, (s, pos, w, w.rstrip(".").lower(), w[0].isupper())))
    return out


@dataclass(frozen=True)
class Mention:
    """Words that name a speaker: ``kind`` is name, pronoun, description or organisation."""

    start: int
    end: int
    text: str
    kind: str
    role: str | None = None


#: Capitalised words that are never part of a person's name.
NOT_NAMES = wordset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tonight yesterday tomorrow
""")


#: Words of a time phrase between a speaker and the cue ("Trump on Saturday tweeted").
TIME_WORDS = wordset("on last this late early night morning afternoon evening week weekend")


def is_possessive(t: Token) -> bool:
    return t.text.endswith(("’s", "'s", "s’", "s'"))


@functools.lru_cache(maxsize=1 << 16)
def _is_name_word(w: str) -> bool:
    """The string form of :func:`is_name_token`, for words split off a capitalised run."""
    if len(w) == 2 and w[0].isupper() and w[1] == ".":
        return True
    if not w[:1].isupper() or (len(w) > 4 and w.isupper()):  # HEADLINE WORDS are not names
        return False
    if "-" in w and _adjective_compound(w):  # "Trump-style"
        return False
    low = w.rstrip(".").lower()
    if low.endswith(("’s", "'s")):
        low = low[:-2]
    return low not in FUNCTION_WORDS and low not in NOT_NAMES


#: Last parts that make a capitalised compound an adjective: "Trump-style", "Obama-era".
COMPOUND_ADJECTIVE_ENDS = wordset("style era like based born run type wide friendly leaning")


def _adjective_compound(word: str) -> bool:
    """A compound like "Kremlin-backed" or "Trump-style" (but not the name "Ban Ki-moon").

    >>> _adjective_compound("Kremlin-backed"), _adjective_compound("Ki-moon")
    (True, False)
    """
    last = word.rsplit("-", 1)[1].rstrip(".")
    return last[:1].islower() and (last.endswith("ed") or last in COMPOUND_ADJECTIVE_ENDS)


def is_name_token(t: Token) -> bool:
    """A token that can be part of a name: capitalised, not a function word, or an initial; not
    an adjective compound ("Trump-style", "Kremlin-backed")."""
    w = t.word
    if w.endswith(("’s", "'s")):
        w = w[:-2]
    if "-" in t.text and t.capitalized and _adjective_compound(t.text):
        return False
    if t.text.isupper() and (len(t.text) > 4 or w in AUXILIARIES or w in PRONOUNS):
        return False  # HEADLINE WORDS are not names ("CONGRESS HAS INVESTIGATED HIM")
    return (t.capitalized and w not in FUNCTION_WORDS and w not in NOT_NAMES) or (
        len(t.text) == 2 and t.text[0].isupper() and t.text[1] == ".")


def _name_run_back(toks: list[Token], j: int) -> int:
    """Index of the first token of the capitalised run ending at ``toks[j]``."""
    i = j
    while i - 1 >= 0:
        t = toks[i - 1]
        if is_possessive(t):
            break
        if is_name_token(t) or (t.word in HONORIFICS and t.capitalized):
            i -= 1
        elif t.text.lower() in PARTICLES and i - 2 >= 0 and is_name_token(toks[i - 2]):
            i -= 1
        else:
            break
    return i


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that ends a sentence ("Syria."), not an abbreviation or initial."""
    return word.endswith(".") and len(word) > 3 and "." not in word[:-1] \
        and not is_abbreviation(word[:-1])


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a capitalised run into its title and the name: the name starts after the last
    role noun, honorific or party word ("Texas Sen. Ted Cruz", "Republican Donald Trump"), or
    after a sentence's full stop inside the run ("Syria. Mr. Obama").

    >>> split_title("Pentagon Press Secretary Kingsley Wilson".split())
    ('Pentagon Press Secretary', ['Kingsley', 'Wilson'])
    >>> split_title(["Sen.", "Bernie", "Sanders"])
    (None, ['Bernie', 'Sanders'])
    >>> split_title("Texas Sen. Ted Cruz".split()), split_title("Republican Donald Trump".split())
    (('Texas Sen.', ['Ted', 'Cruz']), ('Republican', ['Donald', 'Trump']))
    >>> split_title(["Healey"])
    (None, ['Healey'])
    """
    cut = -1
    titled = False  # the words before the cut make a title, not just "Mr."
    for k, w in enumerate(words[:-1]):
        low = w.rstrip(".").lower()
        if low in ROLE_NOUNS or (low in PARTY_WORDS and not is_organisation(words[k + 1:])):
            cut, titled = k, True  # (but "Republican National Committee" is one name)
        elif low in HONORIFICS and (k == 0 or (low in TITLE_HONORIFICS and low not in PARTICLES)):
            cut, titled = k, titled or k > 0  # "Texas Sen. Ted Cruz", never "Guillermo del Toro"
        elif _ends_sentence(w):
            cut, titled = k, False  # "Syria." ends a sentence
    # a word that is no given name before one that is ("Billionaire Donald Trump")
    for k in range(max(cut + 2, 1), len(words) - 1):
        if gender_of(words[k]) is not None and gender_of(words[k - 1]) is None and len(words[k - 1]) > 2 \
                and words[k - 1].rstrip(".").lower() not in HONORIFICS:
            cut = k - 1
    title = " ".join(words[: cut + 1]) if titled else None
    name = words[cut + 1:]
    return title, name


#: Honorifics that are titles of office or rank: only these start a name inside a run.
TITLE_HONORIFICS = wordset("mr mrs ms dr prof sen rep gov lt gen col capt sgt maj adm cmdr pres supt sens reps govs rev")

#: Words of party or faction that stand before a name like a title ("Republican Donald Trump").
PARTY_WORDS = wordset("""
republican republicans democrat democrats democratic gop independent libertarian labour tory
conservative liberal socialist communist
""")


#: Words that never sit inside a speaker description: verbs of its clause, conjunctions.
NOT_IN_DESCRIPTION = wordset("""
should would will could can may might must shall is are was were be been being has have had do does
did not that which who whom whose and or but if when while because so than then there it
""")


def _description_back(toks: list[Token], j: int, lo: int) -> int | None:
    """Start index of a description ending at ``toks[j]`` ("a source close to the Kremlin")."""
    for i in range(j, max(lo, j - 9) - 1, -1):
        w = toks[i].word
        if not toks[i].text[:1].isalnum() or (w in SPEECH_VERBS and i < j) or w in NOT_IN_DESCRIPTION:
            break
        if w in DETERMINERS or w in POSSESSIVES:
            if any(t.word in DESCRIPTION_NOUNS for t in toks[i + 1: j + 1]):
                return i
            if i - 1 >= lo and toks[i - 1].word in PREPOSITIONS:
                continue  # "the Kremlin" in "a source close to the Kremlin"
            return None
    # no determiner: a bare plural or adjective + noun ("officials", "Western officials")
    k = j
    while k - 1 >= lo and toks[k - 1].text[:1].isalnum() and toks[k - 1].word not in FUNCTION_WORDS \
            and toks[k - 1].word not in SPEECH_VERBS and j - k < 3:
        k -= 1
    if toks[j].word in DESCRIPTION_NOUNS and toks[j].word.endswith("s"):
        return k
    return None


def _skip_aside_back(toks: list[Token], j: int, lo: int) -> int:
    """Step back over an aside before a cue verb: ", who replaced X in July," or "(R-Utah)"."""
    if j >= lo and toks[j].text == ")":
        k = j
        while k > lo and toks[k].text != "(":
            k -= 1
        return k - 1 if toks[k].text == "(" else j
    if j >= lo and toks[j].text == ",":
        k = j - 1
        while k > lo and toks[k].text not in ",;:" and j - k < 25:
            k -= 1
        if k > lo and toks[k].text == ",":
            # a second aside before the first ("X, the attorney general, one of the states suing, said")
            # (not when the first aside is a name: "the nominee, Mitt Romney, called" names him)
            inner = toks[k + 1: j]
            if not is_name_token(toks[k - 1]) and toks[k - 1].text != ")" \
                    and not (inner and len(inner) <= 5 and all(is_name_token(x) or x.word in HONORIFICS for x in inner)):
                k2 = k - 1
                while k2 > lo and toks[k2].text not in ",;:" and k - k2 < 25:
                    k2 -= 1
                if k2 > lo and toks[k2].text == "," and is_name_token(toks[k2 - 1]):
                    return k2 - 1
            return k - 1
    return j


def _name_before_asides(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The name that opens a clause of comma-separated asides ending at ``toks[k]`` (a comma):
    "Johnnie Wilson, of Springfield, Va., said", "Michael Mulgrew, president of the union, which
    represents teachers, said". The leftmost segment made only of a name is the speaker; the
    segment after it, if it holds a role noun, is the role.

    >>> t = "Johnnie Wilson, of Springfield, Va., said"
    >>> toks = tokenize(t); _name_before_asides(toks, len(toks) - 2, 0, t).text
    'Johnnie Wilson'
    """
    bounds = [k]
    i = k - 1
    while i >= lo and k - i < 40:
        x = toks[i]
        if x.text == ",":
            bounds.append(i)
        elif x.text in ";:!?“”\"—" or (x.word in SPEECH_VERBS and not x.capitalized and not (
                i > lo and (toks[i - 1].word in DETERMINERS or toks[i - 1].word in POSSESSIVES))) or (
                x.text == "." and i > lo and len(toks[i - 1].text) > 3):  # "Va." is not a sentence's end
            break  # (a speech verb after "the" is a noun: "one of the states suing")
        i -= 1
    start = i + 1
    if len(bounds) < 2:
        return None
    bounds.append(start - 1)
    bounds.reverse()  # [start-1, comma, comma, …, k]
    for a, b in zip(bounds, bounds[1:]):
        seg = toks[a + 1: b]
        if seg and seg[-1].text == ")":  # "Rep. Jim Jordan (R-Ohio)": the party and state aside
            opener = next((o for o in range(len(seg) - 1, -1, -1) if seg[o].text == "("), None)
            seg = seg[:opener] if opener is not None and len(seg) - opener <= 6 else seg
        if not seg or len(seg) > 6 or is_possessive(seg[-1]):
            continue
        if all(is_name_token(x) or x.word in HONORIFICS or x.text.lower() in PARTICLES for x in seg) \
                and is_name_token(seg[-1]) and (a + 1 == start or toks[a].text == ","):
            if a + 1 != start:
                return None  # the name is not at the start of the clause: leave it to the other rules
            _, name = split_title([x.text for x in seg])
            if not name or is_organisation(name):
                return None
            nxt = bounds[bounds.index(b) + 1] if b != k else None
            role = None
            if nxt is not None:
                rseg = toks[b + 1: nxt]
                if rseg and rseg[0].word not in RELATIVES and any(x.word in ROLE_NOUNS for x in rseg):
                    role = text[rseg[0].start: rseg[-1].end] if text else " ".join(x.text for x in rseg)
            s_, e_ = seg[0].start, seg[-1].end
            return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in seg), "name", role)
        return None
    return None


def mention_before(toks: list[Token], j: int, lo: int = 0, text: str = "") -> Mention | None:
    """The speaker mention ending just before token ``j`` (a cue verb), reading backward.

    >>> t = "Sean Parnell, a Pentagon spokesperson, said"
    >>> toks = tokenize(t); m = mention_before(toks, len(toks) - 1, text=t)
    >>> (m.text, m.kind, m.role)
    ('Sean Parnell', 'name', 'a Pentagon spokesperson')
    >>> t = "a source close to the Kremlin told"
    >>> toks = tokenize(t); mention_before(toks, len(toks) - 1, text=t).text
    'a source close to the Kremlin'
    """
    k = j - 1
    while k >= lo and (toks[k].word in AUXILIARIES or toks[k].word in TIME_WORDS or toks[k].word in NOT_NAMES
                       or (toks[k].word.endswith("ly") and not toks[k].capitalized and len(toks[k].word) > 4)):
        k -= 1
    if k < lo:
        return None
    if toks[k].text == ",":
        named = _name_before_asides(toks, k, lo, text)
        if named is not None:
            return named
    role = None
    aside_end = k
    k2 = _skip_aside_back(toks, k, lo)
    if k2 != k:
        inner = toks[k2 + 2: aside_end] if toks[k2 + 1].text in ",(" else []
        if inner and toks[aside_end].text == "," and inner[0].word not in RELATIVES:
            role = text[inner[0].start: inner[-1].end] if text else None
            # "Ms. Merkel's spokesman, Steffen Seibert, wrote": the aside is the name
            if all(is_name_token(x) or x.word in HONORIFICS for x in inner) and len(inner) <= 5 \
                    and not is_name_token(toks[k2]) and not is_possessive(inner[-1]):
                s_ = toks[_name_run_back(toks, k2) if is_name_token(toks[k2]) else k2].start
                title_start = k2
                while title_start - 1 >= lo and toks[title_start - 1].text not in ",.;:—()" \
                        and title_start > k2 - 6:
                    title_start -= 1
                before = text[toks[title_start].start: toks[k2].end] if text else None
                return Mention(inner[0].start, inner[-1].end, text[inner[0].start: inner[-1].end]
                               if text else " ".join(x.text for x in inner), "name", before)
        k = k2
        if k < lo:
            return None
    t = toks[k]
    if t.word in PRONOUNS and t.word not in ("him", "her", "them"):
        return Mention(t.start, t.end, t.text, "pronoun")
    if is_possessive(t):  # "Trump’s remarks": the possessor is not the speaker
        return None
    if is_name_token(t):
        i = _name_run_back(toks, k)
        # "a source close to the Kremlin": the name is the object inside a description
        if i - 1 >= lo and toks[i - 1].word in ("the",):
            d = _description_back(toks, k, lo)
            if d is not None and d < i - 1:
                return _description(toks, d, k, text)
            i -= 1
        elif i - 1 >= lo and toks[i - 1].word in ("to", "of", "at", "for", "from", "with", "close"):
            d = _description_back(toks, k, lo)
            if d is not None:
                return _description(toks, d, k, text)
        # "Mr. Morgan of the Sierra Club said", "Archbishop X of the Y of Jerusalem told":
        # the person, not the body or place they belong to
        person = None
        ri = i
        for _ in range(3):
            o = ri - 1
            if o >= lo and toks[o].word == "the":
                o -= 1
            if not (o - 1 >= lo and toks[o].word in ("of", "at", "from") and is_name_token(toks[o - 1])
                    and not is_possessive(toks[o - 1])):
                break
            pk = o - 1
            ri = _name_run_back(toks, pk)
            ptitle, pname = split_title([x.text for x in toks[ri: pk + 1]])
            if pname and not is_organisation(pname):
                person = (ri, pk, ptitle, pname)
        if person is not None:
            pi, pk, ptitle, pname = person
            s_, e_ = toks[pi].start, toks[pk].end
            return Mention(s_, e_, text[s_:e_] if text else " ".join(pname), "name", role or ptitle)
        first = toks[i]
        words = [x.text for x in toks[i: k + 1]]
        if first.word == "the":
            return Mention(first.start, t.end, text[first.start: t.end] if text else " ".join(words),
                           "organisation", role)
        title, name = split_title(words)
        if not name:
            return None
        span_text = text[first.start: t.end] if text else " ".join(words)
        return Mention(first.start, t.end, span_text, "name", role or title)
    d = _description_back(toks, k, lo)
    if d is not None:
        return _description(toks, d, k, text)
    return None


def _description(toks, i, k, text) -> Mention:
    s, e = toks[i].start, toks[k].end
    return Mention(s, e, text[s:e] if text else " ".join(t.text for t in toks[i:k + 1]), "description")


def mention_after(toks: list[Token], j: int, text: str = "") -> Mention | None:
    """The speaker mention starting at token ``j``, reading forward (after an inverted cue).

    Titles and descriptions may come before the name ("said former congressman Dan Maffei",
    "said Clinton’s top aide Jake Sullivan"): the last name in the noun phrase is the speaker and
    what stands before it is the role.

    >>> t = "said Healey, who has chaired the group"
    >>> toks = tokenize(t); mention_after(toks, 1, text=t).text
    'Healey'
    >>> t = "asked Anna Schmidt, a member of the German parliament."
    >>> toks = tokenize(t); m = mention_after(toks, 1, text=t); (m.text, m.role)
    ('Anna Schmidt', 'a member of the German parliament')
    >>> t = "said former State policy director Anne-Marie Slaughter of Princeton"
    >>> toks = tokenize(t); m = mention_after(toks, 1, text=t); (m.text, m.role)
    ('Anne-Marie Slaughter', 'former State policy director')
    """
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    if t.word in PRONOUNS and t.word not in ("him", "her", "them", "i", "we"):
        return Mention(t.start, t.end, t.text, "pronoun")
    # the noun phrase: up to punctuation, a relative pronoun, a verb or a preposition after a name
    k = j
    last_run = None
    while k < n and k - j < 12:
        x = toks[k]
        title_word = k + 1 < n and toks[k + 1].word in ROLE_NOUNS  # "Virginia state director"
        if x.text in ",.;:—()\"“”" or x.word in ("who", "which", "whose", "that") or (
                x.word in SPEECH_VERBS and not x.capitalized and not title_word):
            break
        if x.word == "of" and last_run is None and k + 2 < n and toks[k + 1].text.islower() \
                and toks[k + 1].word not in DETERMINERS and toks[k + 1].word not in POSSESSIVES \
                and is_name_token(toks[k + 2]) and toks[j].word not in DETERMINERS:
            k += 2  # a lower-case title with "of": "former secretary of state Hillary Clinton"
            continue
        if x.word in ("of", "at", "from", "in", "on", "for", "with", "to", "close", "familiar") and (
                last_run is not None or any(y.word in DESCRIPTION_NOUNS for y in toks[j:k])):
            break  # "Senator X of Ohio", "a source close to the Kremlin"
        if is_name_token(x) or (x.word in HONORIFICS and x.capitalized):
            e = k
            while e + 1 < n and not is_possessive(toks[e]) and (is_name_token(toks[e + 1]) or (
                    toks[e + 1].text.lower() in PARTICLES and e + 2 < n and is_name_token(toks[e + 2]))):
                e += 1  # a possessive ends the name: "Trump’s Virginia state director"
            last_run = (k, e)
            k = e + 1
            if is_possessive(toks[e]):
                last_run = None
            continue
        if last_run is not None and not title_word and (
                x.word in AUXILIARIES or x.word in FUNCTION_WORDS or x.word in SPEECH_VERBS
                or (len(x.word) > 4 and x.word.endswith(("ed", "ly")))):
            break  # titles may stand before the name ("former State policy director X"), verbs after it
        if not (x.word in ROLE_NOUNS or x.word in DETERMINERS or x.word in POSSESSIVES or x.word.islower()
                or x.text[:1].isdigit()):
            break
        k += 1
    if k + 2 < n and toks[k].text == "," and k > j and toks[k - 1].word in ROLE_NOUNS:
        # "said Rubio’s deputy campaign manager, Rich Beeson, who …": the name follows the role
        e = k + 1
        while e + 1 < n and is_name_token(toks[e + 1]):
            e += 1
        if is_name_token(toks[k + 1]) and (e + 1 >= n or toks[e + 1].text in ",.;"):
            s_, e_ = toks[k + 1].start, toks[e].end
            role = text[toks[j].start: toks[k - 1].end] if text else None
            return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[k + 1:e + 1]),
                           "name", role)
    if last_run is not None:
        rs, re_ = last_run
        words = [x.text for x in toks[rs: re_ + 1]]
        title, name = split_title(words)
        if name:
            role = title
            if rs > j:
                prefix = text[toks[j].start: toks[rs - 1].end] if text else " ".join(x.text for x in toks[j:rs])
                role = f"{prefix} {title}" if title else prefix
            if re_ + 2 < n and toks[re_ + 1].text == ",":
                r = re_ + 2
                while r < n and toks[r].text not in ",.;:—(" and r - re_ < 14:
                    r += 1
                first = toks[re_ + 2]
                # an appositive, not a clause: ‘X, who …’, ‘X, speaking to CNN after the senator spoke’
                if first.word not in RELATIVES and not (first.word.endswith("ing") and not first.capitalized) \
                        and r > re_ + 2:
                    phrase = toks[re_ + 2: r]
                    if any(x.word in ROLE_NOUNS for x in phrase):
                        role = text[phrase[0].start: phrase[-1].end] if text else " ".join(x.text for x in phrase)
            s_, e_ = toks[rs].start, toks[re_].end
            heads = [h for h in range(re_ + 1, min(k, re_ + 4)) if toks[h].word in DESCRIPTION_NOUNS
                     and not toks[h].capitalized]
            if heads and toks[j].word in DETERMINERS | POSSESSIVES:
                # "the Florida senator", "the Trump campaign": the name only modifies the head noun
                return _description(toks, j, heads[-1], text)
            if rs > j and (toks[rs - 1].word in ("the",)):
                return Mention(toks[rs - 1].start, e_, text[toks[rs - 1].start:e_] if text else " ".join(words),
                               "organisation")
            return Mention(s_, e_, text[s_:e_] if text else " ".join(words), "name", role)
    if t.word in DETERMINERS or t.word in POSSESSIVES or t.word in DESCRIPTION_NOUNS:
        k = j
        while k + 1 < n and toks[k + 1].text not in ",.;:—(" and k - j < 8 and (
                # the object of "of" is never a verb: "the former secretary of state"
                (toks[k].word == "of" and toks[k + 1].text[:1].isalpha())
                or (toks[k + 1].word not in DESCRIPTION_STOP and toks[k + 1].word not in NOT_IN_DESCRIPTION)):
            if toks[k].word in DESCRIPTION_NOUNS and toks[k + 1].word not in PREPOSITIONS \
                    and toks[k + 1].word not in DESCRIPTION_NOUNS and not toks[k + 1].capitalized:
                break  # after its head noun only a preposition goes on: "the president left …"
            k += 1
        if any(x.word in DESCRIPTION_NOUNS for x in toks[j: k + 1]):
            return _description(toks, j, k, text)
    return None


def gender_of(first_name: str) -> str | None:
    w = first_name.lower()
    return "m" if w in MALE_NAMES else "f" if w in FEMALE_NAMES else None


def is_organisation(words: list[str]) -> bool:
    """A name with an organisation's head word, unless it reads as a person's given name and
    surname ("Jack White", "Maria Post").

    >>> is_organisation(["Defense", "Ministry"]), is_organisation(["Maria", "Post"])
    (True, False)
    >>> is_organisation(["George", "Washington", "University"])
    True
    """
    if not any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    return not (len(words) == 2 and gender_of(words[0]) is not None)


def description_head(text: str) -> str | None:
    """The head noun of a description: 'a source close to the Kremlin' → 'source'.

    >>> description_head("a senior administration official who spoke")
    'official'
    """
    head = None
    for m in RE_TOKEN.finditer(text):
        w = m.group().lower().rstrip(".")
        if w in ("close", "familiar", "who", "with", "from", "at", "of", "in", "for", "on", "to"):
            break
        if w in DESCRIPTION_NOUNS:
            head = w
    if head and head.endswith("s") and head[:-1] in DESCRIPTION_NOUNS:
        head = head[:-1]
    return head


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

    @property
    def placelike(self) -> bool:
        return self.named > 0 and self.named_as_place == self.named and self.gender is None and not self.roles

    @property
    def personlike(self) -> bool:
        """Something in the article says this name is a person's: a gendered given name or
        honorific, a title or role, or a quotation of its own ("South China Sea" has none)."""
        return self.kind != "name" or self.spoke or self.gender is not None or bool(self.roles)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


def _name_pieces(run: str) -> list[tuple[int, int, list[str]]]:
    """The names inside a capitalised run, with their offsets in it: function words split it
    ("But Donald Trump" → "Donald Trump"), a possessive ends a name, a final full stop is dropped.

    >>> _name_pieces("But Donald Trump’s Virginia Director.")
    [(4, 18, ['Donald', 'Trump']), (19, 37, ['Virginia', 'Director'])]
    """
    pieces = []
    cur: list[str] = []
    start = end = pos = 0

    def flush():
        words = list(cur)
        while words and words[-1].lower() in PARTICLES:
            words.pop()
        if words and words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
            words[-1] = words[-1][:-2]  # "James Comey’s statement": the name is James Comey
        if words and words[-1].endswith(".") and len(words[-1]) > 2 \
                and not is_abbreviation(words[-1][:-1]) and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]  # "said John Smith." ends a sentence, not a name
        if words:
            pieces.append((start, end, words))

    parts = run.split()
    for i, w in enumerate(parts):
        wpos = run.find(w, pos)
        pos = wpos + len(w)
        if _is_name_word(w) or (w.rstrip(".").lower() in HONORIFICS and w[:1].isupper()) or (
                cur and w.lower() in PARTICLES) or (w == "New" and i + 1 < len(parts)):  # New York
            if not cur:
                start = wpos
            cur.append(w)
            end = pos
            if w.endswith(("’s", "'s")) or _ends_sentence(w):  # a possessive or a full stop ends it
                flush()
                cur = []
            continue
        flush()
        cur = []
    flush()
    return pieces


def is_headline(line: str) -> bool:
    """A short line in title case, with no sentence's full stop at its end: a headline.

    >>> is_headline("Bush Hits Marco Rubio Over Missed Votes"), is_headline("Bush hit Marco Rubio.")
    (True, False)
    """
    if len(line) > 160 or line.endswith((".", ":", "”", '"')) or "," in line or ":" in line:
        return False  # (a list of names, "Candidates: A B, C D", is no headline)
    long = [w for w in line.split() if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


#: Up to this many people, their mentions are found by one substring search each; beyond, by
#: one pass over the capitalised words (so the cost never grows with people × length).
FEW_PEOPLE = 24

#: A capitalised word, whole (hyphenated parts included: "Ocasio-Cortez").
RE_CAPWORD = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}])\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:-\p{Lu}[\p{L}\p{M}\p{Nd}]*+)*+")

#: Words that may open a sentence before its subject ("But Trump said").
SENTENCE_OPENERS = frozenset("But And Then So Yet Still Now Also Instead Meanwhile However Later".split())

#: How far back (in characters) a subject may be preferred to a nearer mention as a pronoun's
#: antecedent.
SUBJECT_REACH = 400

#: How far from a name the article is searched for its first word in lower case.
COMMON_WORD_REACH = 5000


class Cast:
    """The people of one article and the recent mentions of them, for resolving short forms.

    Full names are collected from the whole text first (so "Pistorius" resolves to "Boris
    Pistorius" even when the full name comes later); resolution looks back over at most
    ``window`` recent mentions, so it stays linear in the article's length.
    """

    def __init__(self, text: str, window: int = 40, paras: list[tuple[int, int]] = ()):
        self.text = text
        self.headlines = [(s, e) for s, e in paras if e - s <= 160 and is_headline(text[s:e])]
        self.by_surname: dict[str, Person] = {}
        self.window = window
        self.position = 0  # where in the text resolution happens now
        self.speakers: list[tuple[int, Person]] = []  # speakers found so far, in text order
        self._stream: list[tuple[int, Person]] | None = None
        self._stream_starts: list[int] = []
        self._people_of: dict[tuple[str, ...], Person | None] = {}
        self._common: dict[str, bool] = {}
        self._collect_names()

    def _collect_names(self) -> None:
        """One regex pass over the capitalised runs of the text (never a full tokenisation); a run
        seen before ("the White House", "Donald Trump") is split into names only once."""
        text = self.text
        pieces_of: dict[str, list[tuple[int, int, list[str]]]] = {}
        headlines = self.headlines
        starts = [s for s, _ in headlines]
        for m in RE_NAME_RUN.finditer(text):
            if headlines:
                h = bisect.bisect_right(starts, m.start()) - 1
                if h >= 0 and m.start() < headlines[h][1]:
                    continue  # "Bush Hits Marco Rubio": a headline's capitals are not names
            run = m.group()
            pieces = pieces_of.get(run)
            if pieces is None:
                pieces = pieces_of[run] = _name_pieces(run)
            for rs, re_, words in pieces:
                self._flush(words, m.start() + rs, m.start() + re_)

    def _flush(self, words: list[str], start: int, end: int) -> None:
        if len(words) < 2:
            return
        known = self._people_of.get(tuple(words), False)
        if known is False:
            self._people_of[tuple(words)] = known = self._add_full_name(words, start)
        if known is not None:
            known.spots.append((start, end))
            known.named += 1
            before = self.text[max(0, start - 12):start].split()
            if before and before[-1].lower() in PLACE_WORDS_BEFORE:
                known.named_as_place += 1

    def _add_full_name(self, words: list[str], at: int = 0) -> Person | None:
        title, name = split_title(words)
        honorific = words[0].rstrip(".").lower() if words[0].rstrip(".").lower() in HONORIFICS else None
        if name and len(name) >= 2 and not honorific:
            # a headline's words before a name ("Top Clinton adviser", "Railing Against Trump"):
            # a word the article also writes in lower case is not part of a name
            cut = max((i for i in range(len(name) - 1) if self.common_word(name[i], at)), default=-1)
            name = name[cut + 1:]
        if not name or is_organisation(name) or len(name[-1]) < 2 or (len(name) < 2 and not honorific):
            return None
        full = " ".join(name)
        surname = name[-1].rstrip(".").lower()
        gender = GENDERED_HONORIFICS.get(honorific) or gender_of(name[0]) if len(name) > 1 else \
            GENDERED_HONORIFICS.get(honorific)
        p = self.by_surname.get(surname)
        if p is None or (len(full) > len(p.name) and full.endswith(p.name)):
            p = Person(full, gender=gender or (p.gender if p else None))
            self.by_surname[surname] = p
        elif p.gender is None and gender:
            p.gender = gender
        if title and title not in p.roles:
            p.roles.append(title)
        return p

    def common_word(self, word: str, at: int = 0) -> bool:
        """The article also writes this capitalised word in lower case, as a word of its own,
        within COMMON_WORD_REACH characters of ``at`` ("Top" beside "top secret"): a common word,
        not a given name. Known given names never are ("Bill" beside "the bill"). The reach keeps
        the cost per word bounded, whatever the length of the text; the answer for a word is
        decided once per article, around its first use as a name's first word."""
        low = word.lower()
        known = self._common.get(low)
        if known is None:
            known = False
            if low.isalpha() and gender_of(low) is None:
                text, n = self.text, len(self.text)
                lo, hi = max(0, at - COMMON_WORD_REACH), min(n, at + COMMON_WORD_REACH)
                i = text.find(low, lo, hi)
                while i >= 0:
                    j = i + len(low)
                    if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not text[j].isalnum()):
                        known = True
                        break
                    i = text.find(low, j, hi)
            self._common[low] = known
        return known

    def roles_of(self, p: Person) -> list[str]:
        """The roles the article gives a person (appositives found on first request)."""
        text = self.text
        while p.next_spot < len(p.spots) and len(p.roles) < 3:
            start, end = p.spots[p.next_spot]
            p.next_spot += 1
            role = None
            if text.startswith(",", end):
                toks = tokenize(text, start, min(len(text), end + 160))
                j = next((i for i, t in enumerate(toks) if t.end >= end), None)
                role = self._appositive_after(toks, j) if j is not None else None
            if role is None and text[max(0, start - 3):start].rstrip().endswith(","):
                toks = tokenize(text, max(0, start - 60), end)
                k = next((i for i, t in enumerate(toks) if t.start >= start), None)
                role = self._role_before(toks, k) if k is not None else None
            if role and role not in p.roles:
                p.roles.append(role)
                break  # the first role found is the one shown; more are found on the next call
        return p.roles

    def mention_stream(self) -> list[tuple[int, Person]]:
        """Every person and group the text names, in order (for pronouns and anaphora)."""
        out = []
        text = self.text
        if len(self.by_surname) <= FEW_PEOPLE:
            # a fast substring search per person: cheaper than a pass over every capitalised word
            for person in self.by_surname.values():
                cap = person.name.split()[-1]
                i = text.find(cap)
                while i >= 0:
                    j = i + len(cap)
                    if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                        out.append((i, person))
                    i = text.find(cap, j)
        else:  # one pass over the capitalised words, whatever the number of people
            by_cap = {p.name.split()[-1]: p for p in self.by_surname.values()}
            for m in RE_CAPWORD.finditer(text):
                p = by_cap.get(m.group())
                if p is not None:
                    out.append((m.start(), p))
        for m_start, m_end in people_words(text):
            lo = max(0, m_start - 60)
            toks = tokenize(text, lo, min(len(text), m_end + 50))
            k = next((i for i, t in enumerate(toks) if t.start >= m_start), None)
            if k is None:
                continue
            d = _description_back(toks, k, max(0, k - 8))
            if d is None:
                continue
            md = mention_after(toks, d, text) if toks[d].word in ("a", "an", "the") else None
            end = md.end if md is not None and md.kind == "description" and md.end >= m_end else m_end
            start = toks[d].start
            desc = text[start:end]
            first = desc.split()[0]
            if first in ("A", "An", "The") or first.lower() in DESCRIPTION_NOUNS:
                desc = first.lower() + desc[len(first):]  # "Officials said" → "officials"
            out.append((start, Person(desc, kind="description", plural=text[m_end - 1] in "sS")))
        out.sort(key=lambda x: x[0])
        return out

    def _appositive_after(self, toks, j) -> str | None:
        n = len(toks)
        if j + 2 < n and toks[j + 1].text == ",":
            r = j + 2
            if toks[r].word in RELATIVES or toks[r].word in ("said", "says", "told", "added"):
                return None
            while r < n and toks[r].text not in ",.;:—()" and toks[r].word != "and" and r - j < 14:
                if toks[r].word in SPEECH_VERBS:
                    return None
                r += 1
            phrase = toks[j + 2: r]
            if phrase and any(x.word in ROLE_NOUNS for x in phrase):
                return self.text[phrase[0].start: phrase[-1].end]
        return None

    def _role_before(self, toks, k) -> str | None:
        if k - 2 >= 0 and toks[k - 1].text == ",":
            e = k - 2
            if toks[e].word not in ROLE_NOUNS:
                return None
            s = e
            while s - 1 >= 0 and e - s < 4:
                w = toks[s - 1]
                if w.text in ",.;:—()" or w.word in POSSESSIVES or w.word in FUNCTION_WORDS \
                        or (not w.capitalized and w.word.endswith("ed")) or w.word in SPEECH_VERBS:
                    break
                s -= 1
            return self.text[toks[s].start: toks[e].end]
        return None

    # resolution ---------------------------------------------------------------------------

    def note(self, pos: int, person: Person) -> None:
        """Remember a speaker found at ``pos`` (the most salient antecedent there is)."""
        person.spoke = True
        self.speakers.append((pos, person))

    def _opens_sentence(self, pos: int) -> bool:
        """The name at ``pos`` (with any title or given names before it) opens its sentence."""
        text = self.text
        j = pos
        for _ in range(5):  # back over "Russian President Vladimir" or "Mr."
            k = j
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            w = k
            while w > 0 and not text[w - 1].isspace():
                w -= 1
            word = text[w:k]
            if (word[:1].isupper() and word[-1:] not in ".!?:”\"’," and word.lower() not in FUNCTION_WORDS) or (
                    word.endswith(".") and is_abbreviation(word[:-1])):
                j = w
            else:
                break
        k = j
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        w = k
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if w < k and text[w:k] in SENTENCE_OPENERS:  # "But Trump said"
            k = w
            while k > 0 and text[k - 1] in " \t":
                k -= 1
        return k == 0 or text[k - 1] in ".!?:\n\r“”\"’‘'—"

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
        spoke = [x for x in self.speakers[-self.window:] if x[0] <= self.position]
        merged = sorted(named + spoke, key=lambda x: x[0])
        return merged[-self.window:]

    def person_for_name(self, mention: Mention) -> Person:
        title, words = split_title(mention.text.split())
        words = [w for w in words if w]
        surname = words[-1].rstrip(".,").lower() if words else ""
        p = self.by_surname.get(surname)
        if p is not None and (len(words) == 1 or p.name.split()[0].lower() == words[0].lower()
                              or len(words) >= len(p.name.split())):
            if len(words) > 1 and " ".join(words) != p.name and p.name.split()[0].lower() != words[0].lower():
                return Person(" ".join(words), gender=gender_of(words[0]))
            if mention.role and mention.role not in p.roles:
                p.roles.append(mention.role)
            return p
        name = " ".join(words) if words else mention.text
        p = Person(name, kind="organisation" if is_organisation(words) else "name",
                   gender=gender_of(words[0]) if len(words) > 1 else None)
        if mention.role:
            p.roles.append(mention.role)
        if len(words) >= 1 and p.kind == "name":
            self.by_surname.setdefault(surname, p)
        return p

    def resolve(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a mention names, and the rule that decided it."""
        if mention.kind == "name":
            return self.person_for_name(mention), "name"
        if mention.kind == "organisation":
            name = mention.text
            if name.split()[0] in ("The",):
                name = "the" + name[3:]
            return Person(name, kind="organisation"), "organisation"
        if mention.kind == "pronoun":
            w = mention.text.lower().rstrip(".")
            if w not in PRONOUNS:
                return None, "pronoun-unresolved"
            gender, number = PRONOUNS[w]
            if w in ("i", "we"):
                return None, "first-person"
            fallback = None  # the nearest fit with nothing to say it is a person
            nearest = None  # the nearest person that fits
            spoke_at = {pos for pos, _ in self.speakers}
            for pos, p in reversed(self.recent):
                if number == 2:
                    if p.plural or p.kind == "organisation":
                        return p, "pronoun"
                    continue
                if p.plural or p.kind == "organisation" or p.placelike or (
                        p.kind == "description" and description_head(p.name) in THING_NOUNS):
                    continue  # "he" is never a place, a body or "a document he drew up"
                if (p.kind == "description" and p.gender is None) or gender is None or p.gender in (None, gender):
                    # a subject or a speaker is the likelier antecedent than a nearer object
                    # ("Trump said praise from Vladimir Putin … He said"), within reach
                    subject = pos in spoke_at or self._opens_sentence(pos)
                    if subject and (nearest is None or self.position - pos <= SUBJECT_REACH):
                        return p, "pronoun"
                    if p.personlike or (p.kind == "name" and self.roles_of(p)):
                        nearest = nearest or p
                    fallback = fallback or p
            if nearest is not None or fallback is not None:
                return nearest or fallback, "pronoun"
            return None, "pronoun-unresolved"
        # descriptions
        text = mention.text
        first = text.split()[0].lower()
        head = description_head(text)
        if first in ("the", "this", "that") and head:
            for _, p in reversed(self.recent):
                if p.kind == "description" and description_head(p.name) == head:
                    return p, "description-anaphor"
                if p.kind == "name" and any(head in r.lower().split() for r in self.roles_of(p)):
                    return p, "title-anaphor"
            # the article's people named in full with that role, latest first, a window's worth
            for p in itertools.islice(reversed(self.by_surname.values()), self.window):
                if any(head in r.lower().split() for r in self.roles_of(p)):
                    return p, "title-anaphor"
        name = text
        if first in ("a", "an", "the"):
            name = first + text[len(first):]
        plural = bool(head) and text.split()[-1].lower().endswith("s") and not text.lower().endswith("ss")
        return Person(name, kind="description", plural=plural), "description"
