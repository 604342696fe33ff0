"""People a body's words may be instead: a description named in the next sentence, an office named
later, someone brought in unnamed and described again, an office no one the article names holds.
"""

from __future__ import annotations

import functools
import re

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, RE_DESCRIPTION_TIME_TAIL, ROLE_NOUNS
from quotesearch.time_words import CALENDAR_NAMES
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import split_title
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import tokenize
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person, _opens_clause_at
from quotesearch.offices import _role_words
from quotesearch.sources import GENDERLESS_SOURCES
from quotesearch.descriptions import _speaks_after
from quotesearch.introductions import _office_served_end, _unnamed_one_of_end
from quotesearch.body_names import _quoted_at


#: A sentence opening with "That" and a description's noun, and the name set off after it: ‘That
#: student, Lucy Obi, now …’, ‘That judge, High Court Justice Amina Bello, is not …’ (the one a
#: description before was, named; the name, with any title before it, is read by mention_after).
RE_THAT_ONE_NAMED = LazyPattern(r"That ([\p{Ll}\-]+), (?=\p{Lu})")

#: The rest of a quotation's sentence after its closing mark, up to the next sentence's start.
RE_SENTENCE_REST = LazyPattern(r"[^.!?\n“\"]{0,200}?[.!?]?[”\"’]?\s+|\s+")

#: The rest of a quotation's sentence that goes on after its closing mark, to its end and the
#: space after it (‘ in the 1980s. ’).
RE_REST_TO_SENTENCE_END = LazyPattern(r"[^.!?\n“\"]{1,200}?[.!?][”\"’]?\s+")

#: How far after "That <noun>," its name may run, with a title (‘U.S. District Judge Ana Ruiz’).
THAT_ONE_NAME_REACH = 80


def _one_named_next(text: str, mention: Mention, at: int) -> Mention | None:
    """The name an indefinite description that spoke is given in the very next sentence, which
    opens with "That" and the description's noun (‘one former chorister recalled, “…”. / That
    chorister, Adaeze Obi, now a conductor, said’; ‘a judge in Lagos ruled that …, writing that it was
    “…”. That judge, Justice Amina Bello, has since retired’, its title the name's role); never
    another one (‘Another student, X,’), nor a name that does not end at its comma."""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return None
    head = description_head(mention.text)  # (its head noun when it has one: never ‘A spokesman for the judge …
    # That judge, X,’, whose last word is another's)
    nouns = {w for w in ((head,) if head is not None else (words[-1],)) if w.isalpha() and w.islower()}
    rest = RE_SENTENCE_REST.match(text, at)
    named = RE_THAT_ONE_NAMED.match(text, rest.end()) if rest is not None else None
    if named is None and (rest := RE_REST_TO_SENTENCE_END.match(text, at)) is not None:
        named = RE_THAT_ONE_NAMED.match(text, rest.end())  # (the quotation's sentence going on after
        # it: ‘One former pupil called it “a place of terror” in the 1980s. That pupil, X,’)
    if named is None or named.group(1) not in nouns:
        return None
    toks = tokenize(text, named.end(), min(len(text), named.end() + THAT_ONE_NAME_REACH))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind != "name" or " " not in who.text or not text.startswith(",", who.end):
        return None
    return who


#: One brought in by an indefinite article and a noun, or that noun's possessive, in a pronoun's own
#: sentence before it (‘rejecting a parent’s request that it be removed for what she described as’):
#: group 1 the noun (w107e).
#:
#: >>> RE_INDEFINITE_ONE.search("rejecting a parent’s request that it be removed for what ").group(1)
#: 'parent'
RE_INDEFINITE_ONE = LazyPattern(r"\b(?:a|an|A|An) (\p{Ll}[\p{Ll}\-]+)(?:[’']s)?\b")

#: How far after a quotation's paragraph the next paragraph is read for the noun and the name (w107e).
NEXT_PARAGRAPH_NAME_REACH = 400


#: Nouns of one trade a lede and the name's title after it may give in different words (‘A lawyer for the
#: family … / Attorney Benjamin Ortega’): the next paragraph's opening name is the lede's one only when its
#: title is of the same group as the lede's noun (never ‘A man … / Detective John Reyes’) (w107e).
#:
#: >>> any({"lawyer", "attorney"} <= g for g in LEDE_TITLE_GROUPS)
#: True
LEDE_TITLE_GROUPS = (
    frozenset("lawyer attorney counsel solicitor barrister advocate prosecutor".split()),
    frozenset("doctor physician surgeon dr".split()),
    frozenset("officer detective sergeant constable inspector trooper deputy".split()),
    frozenset("teacher professor lecturer".split()),
    frozenset("priest pastor reverend minister rabbi imam".split()),
)


#: A word before the noun in the next paragraph that makes its one another than the lede's (‘A second
#: objection, from resident X,’, ‘another parent, X,’).
#:
#: >>> bool(RE_ANOTHER_BEFORE.search("A second objection, from ")), bool(RE_ANOTHER_BEFORE.search("The complaint, filed by "))
#: (True, False)
RE_ANOTHER_BEFORE = LazyPattern(r"\b(?i:second|third|another|other|separate)\b")


def _pronoun_one_named_next(text: str, mention: Mention, paragraph_end: int, cast: Cast) -> Person | None:
    r"""The person a "he" or "she" that nothing before resolves stands for, when the pronoun's sentence
    brings in just one person by an indefinite noun before it and the next paragraph names that noun's
    one before their name (‘… rejecting a parent’s request … for what she described as “…”. / The
    complaint, filed by parent Kimberly Haskett, …’): that person, of the pronoun's sex or of none the
    name tells (w107e); else the name the next paragraph opens with, of the pronoun's sex by its given name.
    Never a noun no person is (‘a request’).

    >>> t = "It kept the book despite a parent’s plea, over what she called “filth”.\n\nThe plea, from parent Ana Ruiz, failed."
    >>> m = Mention(t.index("she"), t.index("she") + 3, "she", "pronoun")
    >>> _pronoun_one_named_next(t, m, t.index("\n"), Cast(t)).name
    'Ana Ruiz'
    """
    stop = text.rfind(". ", 0, mention.start)
    lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, mention.start) + 1)  # (the sentence's start; the
    # text's own start when no stop is before it)
    nouns = [m.group(1) for m in RE_INDEFINITE_ONE.finditer(text, lo, mention.start)
             if m.group(1) in DESCRIPTION_NOUNS or m.group(1) in ROLE_NOUNS]
    if not nouns:
        return None
    nxt = text.find("\n", paragraph_end)
    while nxt >= 0 and nxt + 1 < len(text) and text[nxt + 1] == "\n":
        nxt += 1
    if nxt < 0:
        return None
    hi = text.find("\n", nxt + 1)
    hi = min(hi if hi >= 0 else len(text), nxt + 1 + NEXT_PARAGRAPH_NAME_REACH)
    named = next((n for noun in reversed(nouns)  # (the nearest noun first: ‘A school board … a parent’s request’)
                  if (n := regex.search(r"\b" + regex.escape(noun) + r",? (?=\p{Lu})", text[:hi], pos=nxt + 1)) is not None), None)
    if named is not None and RE_ANOTHER_BEFORE.search(text, max(nxt + 1, named.start() - 40), named.start()) is not None:
        return None  # (another one of the noun: ‘A second objection, from resident Margaret Holt, was upheld’)
    at = named.end() if named is not None else nxt + 1  # (else the name the next paragraph opens with,
    # of the pronoun's sex by its given name: ‘A lawyer for the family … asked … for what he called “…”. /
    # Attorney Benjamin Ortega, representing the widow, …’)
    toks = tokenize(text, at, min(hi, at + THAT_ONE_NAME_REACH))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind != "name" or " " not in who.text or (named is not None and who.start != at):
        return None
    if named is None:
        title = text[at:who.start].strip().rstrip(".").lower().split()[-1:] or who.text.lower().split()[:1]
        if not any(title[0] in g and any(n in g for n in nouns) for g in LEDE_TITLE_GROUPS):
            return None  # (the opening name's title of the lede's noun's trade: ‘Attorney X’ for ‘A lawyer’)
    sex = gender_of(who.text.split()[-2] if named is None else who.text.split()[0])
    if (sex is not None or named is None) and sex != {"he": "m", "she": "f"}.get(mention.text.lower()):
        return None
    person = cast.resolve(who)[0]
    return person if person is not None and person.kind == "name" else None


#: A name set off before "the" (or an owner) and the office it holds: ‘Professor Gillian Armitage, the
#: university's vice-chancellor,’ (the office is matched where it ends, for _office_named_later).
RE_NAME_BEFORE_OFFICE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,3}), the "
                                    r"(?:[\p{L}\p{M}\-]+[’']s )?$")
# (guard: the office itself, bare or of one owner, ‘the university's vice-chancellor’; never one qualified into another
# office or another body's: ‘the prime minister’, ‘the former chairman’, ‘the first principal’, ‘the Arsenal coach’,
# ‘the Kremlin spokesperson’, or ‘its mayor’ of a town named between)

#: How far after a quotation an office described there may be named (a few short paragraphs).
OFFICE_NAMED_REACH = 1500


def _office_named_later(text: str, mention: Mention, at: int) -> Mention | None:
    """The one name the article gives, soon after the quotation (from ``at``), to an office that spoke
    first as "the" and its noun alone, with no one holding it named before: ‘with the vice-chancellor
    describing it as a “…”. … / Professor Gillian Armitage, the university's vice-chancellor,
    officially opened …’. None when the office is written before the description (its holder may be
    named there), or when two people are given it after (‘Tom Reid, the home side's coach, and Liam
    Burke, the visitors' coach,’)."""
    words = mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or description_head(mention.text) not in ROLE_NOUNS:
        return None
    office = words[1]
    if text.find(office, max(0, mention.start - 20_000), mention.start) >= 0:
        return None
    found = None
    p = text.find(office, at, at + OFFICE_NAMED_REACH)
    while p >= 0:
        e = p + len(office)
        if text[e:e + 1] in (",", ".") and not text[p - 1:p].isalnum() \
                and (m := RE_NAME_BEFORE_OFFICE.search(text, max(0, p - 100), p)) is not None:
            title, name = split_title(m.group(1).split())
            if len(name) < 2 or is_organisation(list(name)) or (found is not None and found.text != " ".join(name)):
                return None
            s_ = m.start(1) + len(m.group(1)) - len(" ".join(name))
            found = Mention(s_, m.end(1), " ".join(name), "name", title)
        p = text.find(office, e, at + OFFICE_NAMED_REACH)
    return found


def _unnamed_person(head: str | None, text: str, at: int) -> bool:
    """A description's head that stands for someone the article need not name ("the victim", "the
    door supervisor"): no body, no source kept sexless, and an office only when the article brought
    in someone unnamed who holds it ("a 31-year-old door supervisor"; ‘the Vermont senator’ is a
    named senator)."""
    if head is None or head in THING_NOUNS or head in GENDERLESS_SOURCES or head in COLLECTIVE_NOUNS:
        return False  # (nor "his family", a "they": ‘He doesn't talk much about the war, his family said’)
    return head not in ROLE_NOUNS or head in KIN_NOUNS \
        or _introduced_unnamed(head, another=True).search(text, max(0, at - 2000), at) is not None  # (‘Another landlord’)


def _unheld_office(description: str, cast: Cast) -> bool:
    """A definite or possessive office that no one the article names holds, for a "he" or "she"
    nothing else resolves: ‘The city's police chief said officers had made 12 arrests. “…,” she
    said’ (never past a named holder: ‘Health Secretary Jane Doe …. The secretary said’ is hers)."""
    head = description_head(description)
    first = description.split()[0]
    if head not in OFFICE_NOUNS or not (first.lower() == "the" or first.endswith(("'s", "’s"))):
        return False
    return _held_by_no_one_named(head, cast)


def _held_by_no_one_named(head: str, cast: Cast) -> bool:
    """No one the article names holds a role the head ``head`` names."""
    return not any(head in _role_words(r) for p in cast.by_surname.values() for r in p.roles)


def _possessed_speaker(description: str, said: bool, cast: Cast) -> bool:
    """A possessive description of one person the article leaves unnamed (‘the author's agent’, ‘the
    family's lawyer’), the subject of a speech verb (``said``): the "he" or "she" nothing else resolves
    (‘The author's agent said the publisher had been told. “They knew,” she said’); never a group
    (‘the firm's staff’), a body (‘the city's council’), nor a role someone the article names holds.

    >>> _possessed_speaker("The author's agent", True, Cast("")), _possessed_speaker("The author's agent", False, Cast(""))
    (True, False)
    >>> _possessed_speaker("The firm's staff", True, Cast("")), _possessed_speaker("The author", True, Cast(""))
    (False, False)
    """
    words = description.split()
    head = description_head(description)
    if not said or len(words) < 2 or not words[-2].endswith(("'s", "’s")) or head is None or head != words[-1].lower() \
            or head not in ROLE_NOUNS or head in THING_NOUNS or head in GENDERLESS_SOURCES or head in COLLECTIVE_NOUNS:
        return False
    return _held_by_no_one_named(head, cast)


@functools.lru_cache(maxsize=256)
def _introduced_unnamed(head: str, another: bool = False, set_off: bool = False) -> re.Pattern:
    # (never the predicate or apposition of someone named: ‘John Hale is a retired soldier’; with
    # ``set_off``, after a comma too, for the caller to tell an opening phrase's from an apposition)
    # (a compound that opens with one of those words is a modifier: ‘an on-chain investigator’; an
    # initialism with its points is one too: ‘A U.S. Border Patrol agent’, w109b)
    # (the words between are the noun's modifiers: never "a question for the crowd"; the stdlib
    # ``re``, whose patterns compile many times faster, with one look-behind per word)
    not_after = "".join(rf"(?<!\b{w}\s)" for w in ("is", "was", "are", "were", "as", "became", "becomes")) + ("" if set_off else r"(?<!,\s)")
    return re.compile(r"\b" + not_after + (r"(?i:a|an|one|another)\s+" if another else r"(?i:a|an|one)\s+")
                      + r"(?:(?!(?i:the|a|an|of|for|to|in|on|at|with|from|by|and|or|his|her|their|its)\b(?!-))"
                      + r"(?:[\w\-]+|(?:[A-Z]\.){2,})\s+){0,4}?"
                      + re.escape(head) + r"\b")


#: A passive of making or sending something and "by" right before an unnamed one, who is then its
#: author and may be called back as "the <noun>" (‘The warning was sent in March by a senior test
#: engineer …. “…,” the engineer wrote’, w109b); never a passive that only tells what befell someone
#: (‘Ebeling and her husband were greeted by an organizer’: PolNeAR keeps "the organizer" as written).
#: The search ends where the description starts.
#:
#: >>> bool(RE_PASSIVE_AGENT_BEFORE.search("The complaint was made by ")), bool(RE_PASSIVE_AGENT_BEFORE.search("The warning was sent in March last year by "))
#: (True, True)
#: >>> bool(RE_PASSIVE_AGENT_BEFORE.search("They were greeted by ")), bool(RE_PASSIVE_AGENT_BEFORE.search("He stood by "))
#: (False, False)
#: >>> bool(RE_PASSIVE_AGENT_BEFORE.search("It was sent. Then by "))
#: False
RE_PASSIVE_AGENT_BEFORE = LazyPattern(r"\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?(?:made|sent|written|filed|lodged|raised|"
                                      r"submitted|signed|drafted|posted|issued|brought|compiled|leaked|emailed)\b"
                                      r"[^.!?;:“”\"\n]{0,80}?\sby\s$")


@functools.lru_cache(maxsize=256)
def _definite_again(head: str) -> re.Pattern:
    """A sentence opening with "The", a word or three and ``head``: one described before, again."""
    return re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))The ((?:[a-z\-]+\s+){1,3}?)" + re.escape(head) + r"\b", re.MULTILINE)


def _same_paragraph(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    """The offsets ``a`` and ``b`` lie in one paragraph."""
    return any(s <= a and b <= e for s, e in paras)


def _introduced_description(text: str, at: int, head: str, cast: Cast) -> tuple[str, int] | None:
    """The description that last brought in, unnamed, someone "the <head>" at ``at`` stands for,
    within 2,000 characters and outside quotations, with what follows its noun up to a clause
    (‘a retired dentist from Leeds’, ‘a co-worker’, ‘one witness’), and where it ends."""
    m = None
    for c in _introduced_unnamed(head, another=True, set_off=True).finditer(text, max(0, at - 2000), at):
        if text[max(0, c.start() - 2):c.start()] != ", " or _subject_after_opening(text, c):
            m = c  # (and ‘Another official, who works at the State Department, disagreed’; after a comma,
            # only the subject after an opening phrase: ‘During a visit, an inspector found …’)
    if m is None:
        return _one_of_introduced(text, at, head, cast)
    again = None  # a sentence since that opens with the one introduced before, by its words: ‘A senior
    for again in _definite_again(head).finditer(text, m.end(), at):  # defense official said …. A third
        pass  # official …. The senior defense official said …. “…,” the official said’
    if again is not None:
        first = None
        for first in re.finditer(r"\b(?i:a|an|one)\s+" + re.escape(again.group(1)) + re.escape(head) + r"\b",
                                 text[max(0, at - 2000):m.start()]):
            pass
        if first is not None:
            m = _introduced_unnamed(head, another=True).match(text, max(0, at - 2000) + first.start()) or m
    window = text[max(0, m.start() - 3):m.start()]
    before = window.rstrip()
    if not (_speaks_after(text, m.end()) or not before or before[-1] in ".!?”\"" or "\n" in window
            or _subject_after_opening(text, m) or RE_PASSIVE_AGENT_BEFORE.search(text, max(0, m.start() - 120), m.start())):
        return None  # (someone who speaks or opens a sentence, or does what the sentence tells, by a passive's
        # "by": never ‘voters want a president who listens’, ‘the hospital hopes to recruit a surgeon’)
    if _quoted_at(cast, m.start()):
        return None  # (words of a quotation introduce no one)
    end = m.end()
    # (never a time after it for a place: ‘a board member at the time’ is the board member)
    tail = None if RE_DESCRIPTION_TIME_TAIL.match(text, end) else RE_PLACE_AFTER.match(text, end)
    if tail is not None and tail.group().rsplit(" ", 1)[-1] in CALENDAR_NAMES:
        tail = None  # (a time, no place: ‘issued by a senior fire officer in March’ is the officer; w109b guard)
    if tail is not None:
        end = tail.end()  # ("from Leeds", "at the scene")
    else:
        end = _office_served_end(text, end)  # ("an adviser to the president")
        end = _unnamed_one_of_end(text, end)  # ("a representative of another major donor")
    desc = text[m.start():end]
    return (desc[0].lower() + desc[1:] if desc[1:2].islower() or desc[1:2] == " " else desc), end


@functools.lru_cache(maxsize=256)
def _one_of_plural_pattern(head: str) -> re.Pattern:
    """"One of" and the plural of ``head`` with an owner or "the" and up to three words before it: one of
    a group brought in unnamed (‘one of the chapter's lead authors’, ‘One of the surgeons’).

    >>> _one_of_plural_pattern("author").search("said one of the chapter's lead authors, who").group()
    "one of the chapter's lead authors"
    >>> _one_of_plural_pattern("author").search("one of the authors' friends") is None
    True
    """
    return re.compile(r"\b(?i:one) of (?:the|his|her|their|its|[A-Z][\w\-]*[’']s)\s+(?:[\w’'\-]+\s+){0,3}?"
                      + re.escape(head) + r"s\b(?![’'])")


#: What follows "one of the …<noun>s" when an aside then names the one meant (‘ behind the scheme, Lena Voss,’).
#:
#: >>> RE_ONE_OF_NAMED.match(" behind the scheme, Lena Voss, called") is not None
#: True
#: >>> RE_ONE_OF_NAMED.match(", who asked not to be named, said") is None
#: True
RE_ONE_OF_NAMED = LazyPattern(r"[^,.;:\n“”\"]{0,80}, \p{Lu}[\w’'\-]*\.? \p{Lu}")


def _one_of_introduced(text: str, at: int, head: str, cast: Cast) -> tuple[str, int] | None:
    """One of a group who spoke, brought in unnamed by "one of" and the plural of ``head`` within 2,000
    characters before ``at``, the subject of its sentence or the one a cue before it names (‘…,” said one of
    the chapter's lead authors, who …. “…,” the author said’), outside quotations: as first written, and
    where it ends; None when "a" or "another" of that noun comes in since (w84a), or when it is an apposition
    to one named or an aside after it names them (:data:`RE_ONE_OF_NAMED`, rv84a)."""
    m = None
    for m in _one_of_plural_pattern(head).finditer(text, max(0, at - 2000), at):
        pass  # (the last before)
    if m is None or _quoted_at(cast, m.start()):
        return None
    before = text[max(0, m.start() - 12):m.start()].rstrip()
    if text.endswith(", ", 0, m.start()) or RE_ONE_OF_NAMED.match(text, m.end()) is not None:
        return None  # (an apposition to one named, or one the next aside names: ‘Dr Ann Park, one of the report's
        # lead authors, said’, ‘One of the architects behind the scheme, Lena Voss, called’ are theirs) (rv84a)
    if not (_speaks_after(text, m.end()) or not before or before[-1] in ".!?”\"" or "\n" in text[max(0, m.start() - 3):m.start()]
            or before.endswith((" said", " says", " told", " wrote"))):
        return None
    if _introduced_unnamed(head, another=True).search(text, m.end(), at) is not None:
        return None
    desc = m.group()
    return desc[0].lower() + desc[1:], m.end()


def _subject_after_opening(text: str, m: re.Match) -> bool:
    """The description ``m`` opens the main clause after an opening phrase set off by a comma, and
    no comma sets it off in turn (‘During a March visit, an inspector found droppings.’, ‘In
    correspondence seen by the paper, a consultant raised concerns.’; never an apposition of a name
    in the phrase: ‘In a letter to Tom Hale, a retired judge, …’).

    >>> text = "During a visit, an inspector found mould. In a letter to Tom Hale, a retired judge, wrote."
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("inspector", set_off=True).finditer(text)]
    [True]
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("judge", set_off=True).finditer(text)]
    [False]
    """
    return text[m.end():m.end() + 1] not in (",", "") and _opens_clause_at(text, m.start())


#: Where an unnamed person is from or was, after their noun: " from Leeds", " at the scene", with the
#: number a unit, a ward or a station goes by (" from Engine 6", " on Ward 9"), up to a clause or a
#: punctuation mark.
#:
#: >>> [RE_PLACE_AFTER.match(t).group() for t in (" from Leeds,", " from Engine 6, who", " at the scene.")]
#: [' from Leeds', ' from Engine 6', ' at the scene']
#:
#: And whose associate they are, by name (" of Balogun told"), never a lower-case object:
#:
#: >>> RE_PLACE_AFTER.match(" of Ade Balogun told").group(), RE_PLACE_AFTER.match(" of the plan said")
#: (' of Ade Balogun', None)
#:
#: And where they are, before a verb of being that opens the sentence's predicate (w65g):
#:
#: >>> RE_PLACE_AFTER.match(" in the group was more guarded").group()
#: ' in the group'
#:
#: And at another of the kind set apart from the one the story is about (‘an editor at another major
#: publisher, who …’, w68b):
#:
#: >>> RE_PLACE_AFTER.match(" at another major publisher, who spoke").group()
#: ' at another major publisher'
RE_PLACE_AFTER = LazyPattern(r" (?:from|in|at|near|outside|inside|on|of) (?:the )?(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}"
                               r"(?: \d{1,4}\p{Lu}?)?"
                               r"|scene|street|building|site|shop|store)(?=[,.;:!?]| (?:who|that|which|said|says|told)\b)"
                               r"| (?:at|in|from|with) (?:one of )?(?:the|a|an|another) [\p{L}’'\-]+(?: [\p{L}\d’'\-]+){0,5}?"
                               r"(?=, (?:who|which)\b| (?:who|that|said|says|told|was|were)\b)")


#: Offices whose holders an epithet of age after another's story never stands for (the coach, the
#: council leader, the headteacher speak of others).
OFFICE_NOUNS = frozenset("""
coach manager senator leader headteacher headmaster headmistress spokesperson spokesman spokeswoman mayor
minister president director chief officer official secretary chairman chairwoman chair governor councillor councilor
councilman councilwoman judge recorder prosecutor commissioner superintendent sheriff referee umpire
inspector detective constable sergeant captain representative congressman congresswoman lawmaker mp
""".split())
