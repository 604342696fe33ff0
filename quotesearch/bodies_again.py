"""A body read once for "the <kind>" read again for the same words further on (w96d): ‘The Consumer Energy
Safety Agency said …. / “…,” the agency said.’ many paragraphs later, past the reach of bodies._body_before,
is the agency it was before, when no other body of that kind is brought in between (never a firm's kind).
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.speakers import Cast
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.people import Person
from quotesearch.bodies_of_kind import _unnamed_kind_since
from quotesearch.body_firms import FIRM_SIDE_NOUNS
from quotesearch.main_firms import _paragraph_of


#: Kinds that stand for one another (‘Ferndale, a rival village side … the club said’): another of any of
#: them brought in between may be the one "the <kind>" means (guard, review rv-w96d). A kind's other
#: word as a report restates a body is body_words.SAME_KIND_PAIRS's; these are the kinds it brings in.
#:
#: >>> [sorted(k) for k in KIND_SYNONYMS if "side" in k]
#: [['club', 'outfit', 'side', 'team']]
KIND_SYNONYMS = (frozenset(("club", "side", "team", "outfit")), frozenset(("agency", "regulator", "watchdog")),
                 frozenset(("union", "association")))

#: A rival brought in (‘Rivals Castlefield have made an approach’, ‘a rival village side’): another of the
#: kind, which "the <kind>" may stand for as well.
#:
#: >>> bool(RE_RIVAL.search("Rivals Castlefield bid")), bool(RE_RIVAL.search("a rivalry"))
#: (True, False)
RE_RIVAL = LazyPattern(r"\brivals?\b", flags=regex.I)

#: A capitalised word written inside a sentence (after a lower-case word or a comma), a name.
#:
#: >>> [m.group(1) for m in RE_INNER_NAME.finditer("The player will join Ferndale, a side. Fans, Kelbrook said")]
#: ['Ferndale', 'Kelbrook']
RE_INNER_NAME = LazyPattern(r"(?<=[\p{Ll},;] )(\p{Lu}[\p{L}\-]+)(?![\p{L}\-])")


def _other_name_near(text: str, pos: int, at: int, body: Person, cast: Cast) -> bool:
    """A name other than a person's and the remembered body's written, after ``pos``, in the paragraph
    that holds ``at`` or the one right before (‘The player is now expected to join Ferndale, a rival
    village side. “…,” the club said’): the club meant may be that one."""
    paras = list(cast.paras)
    here = _paragraph_of(paras, at)
    if here < 0:
        return False
    lo = max(pos, paras[max(0, here - 1)][0])
    own = {w.lower().strip(".,’'") for w in body.name.split()}
    people = {w.lower() for p in cast.by_surname.values() for w in getattr(p, "name", "").split()}
    for m in RE_INNER_NAME.finditer(text, lo, at):
        word = m.group(1)
        low = word.lower()
        if low in own or low in people or cast.knows(low) or word in MONTH_NAMES or word in WEEKDAY_NAMES:
            continue
        if any(s <= m.start() < e for s, e in cast.quoted):
            continue  # (a name inside a quotation is spoken of, no speaker)
        return True
    return False


def remember_kind_body(cast: Cast, at: int, noun: str, body: Person) -> None:
    """Note that "the ``noun``" at ``at`` was read as ``body`` (kept on the cast, one list per kind)."""
    cast.kind_bodies_read.setdefault(noun, []).append((at, body))


def _kind_body_again(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The body "the ``noun``" stood for the last time it was read before ``at``, when nothing between
    brings in another of the kind: no other body whose name ends in the kind (‘the Food Standards
    Agency’ beside ‘the Consumer Energy Safety Agency’), none unnamed (‘a second agency’). None when the
    kind was never read as a body before, so the description stays as written.

    >>> t = "The Harl Water Agency shut the lake. The agency said it was safe. Later, the agency said no."
    >>> c = Cast(t); remember_kind_body(c, t.index("The agency"), "agency", Person("the Harl Water Agency", kind="organisation"))
    >>> _kind_body_again(t, t.rindex("the agency"), "agency", c).name
    'the Harl Water Agency'
    >>> t2 = t.replace("Later,", "A second agency disagreed. Later,")
    >>> c = Cast(t2); remember_kind_body(c, t2.index("The agency"), "agency", Person("the Harl Water Agency", kind="organisation"))
    >>> _kind_body_again(t2, t2.rindex("the agency"), "agency", c) is None
    True
    """
    if noun in FIRM_SIDE_NOUNS:
        return None  # (never a firm's "the company": firms come and go unnamed, ‘Velmont makes cars. “…,” the
        # company said’ may be any; the main firm is _main_firm's)
    read = cast.kind_bodies_read.get(noun)
    if not read:
        return None
    last = max(((pos, body) for pos, body in read if pos < at), default=None, key=lambda pb: pb[0])
    if last is None:
        return None
    pos, body = last
    if _unnamed_kind_since(text, pos + 4 + len(noun), at, noun) is not None:
        return None  # (another of the kind brought in unnamed between)
    own = body.name.lower().removeprefix("the ")
    for a, name, words in cast.body_names():
        if pos < a < at and words[-1].lower().strip(".,’'") == noun \
                and name.lower().removeprefix("the ") not in own and own not in name.lower():
            return None  # (another body of the kind named between: either may be meant)
    between = text[pos + 4 + len(noun):at]
    if RE_RIVAL.search(between) is not None:
        return None  # (a rival brought in between: ‘Rivals Castlefield have made an approach’; guard rv-w96d)
    for kinds in KIND_SYNONYMS:
        if noun in kinds and any(_unnamed_kind_since(text, pos + 4 + len(noun), at, k) is not None
                                 for k in kinds if k != noun):
            return None  # (another of the kind under another word: ‘Ferndale, a rival village side’)
    if _other_name_near(text, pos, at, body, cast):
        return None  # (another name, no person's, near the mention: the body meant may be that one)
    return body
