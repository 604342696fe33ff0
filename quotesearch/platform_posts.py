"""Whose post a cue names when the sentence before (or the words' own) says who put it on a platform (w105f):
‘The aquarium announced the pairing on Instagram on Monday. “…,” the post read.’ is the aquarium named
before; ‘When Hobb’s announced the closure on its Facebook page, the post was shared 3,000 times. “…,” it
read.’ is Hobb’s. Read once per article (:func:`platform_announcements`); only "the post" (or the "it" that
stands for it) right after, in the same paragraph or the next, never one brought in afresh between.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.bodies_of_kind import _body_by_ending
from quotesearch.cue_tokens import Found
from quotesearch.document_words import PLATFORM_NAMES
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.people import Person
from quotesearch.set_off_authors import document_at_cue
from quotesearch.speakers import Cast
from quotesearch.statements import PLATFORM_WORDS

#: Verbs of putting words out on a platform, after the one who did.
#:
#: >>> "posted" in PLATFORM_ANNOUNCING_VERBS, "said" in PLATFORM_ANNOUNCING_VERBS
#: (True, False)
PLATFORM_ANNOUNCING_VERBS = frozenset("announced posted shared revealed confirmed wrote unveiled".split())

#: The platforms by their names as written (:data:`quotesearch.statements.PLATFORM_WORDS` capitalised, and
#: those written with a capital inside: ‘Instagram’, ‘X’, ‘TikTok’), a pattern's alternatives (sorted).
#:
#: >>> [w in PLATFORM_ALTERNATIVES.split("|") for w in ("Instagram", "TikTok", "X", "instagram")]
#: [True, True, True, False]
PLATFORM_ALTERNATIVES = "|".join(sorted({w.capitalize() for w in PLATFORM_WORDS}
                                         | {"YouTube", "TikTok", "LinkedIn", "WhatsApp", "WeChat"}))

#: One who put something on a platform, at a sentence's opening or after "When"/"After" (group ``who``: a
#: name, or "the" and a lower-case noun, ‘The aquarium’), a verb of :data:`PLATFORM_ANNOUNCING_VERBS`, up to
#: 80 characters of what and when, and "on" the platform, its own page or account or not.
#:
#: >>> RE_ANNOUNCED_ON_PLATFORM.search("Late. The aquarium announced the pairing on Instagram on Monday.").group("who")
#: 'The aquarium'
#: >>> RE_ANNOUNCED_ON_PLATFORM.search("When Hobb’s announced the closure on its Facebook page last month,").group("who")
#: 'Hobb’s'
#: >>> RE_ANNOUNCED_ON_PLATFORM.search("Fans announced a protest on Facebook.").group("who")
#: 'Fans'
#: >>> RE_ANNOUNCED_ON_PLATFORM.search("The aquarium said the pup was eating well.") is None
#: True
#: >>> RE_ANNOUNCED_ON_PLATFORM.search("The club, which posted the news on Facebook,") is None
#: True
RE_ANNOUNCED_ON_PLATFORM = LazyPattern(
    r"(?:^|(?<=[.!?”\"] )|(?<=\n)|(?<=\b(?:When|After) ))(?P<who>(?:The|the) \p{Ll}[\p{Ll}\-]+|(?!(?:The|A|An|When|After|It|This|That)\b)"
    r"\p{Lu}[\p{L}’'&\-]*(?: (?:of )?\p{Lu}[\p{L}’'&\-]*){0,4}) (?:also |later |first |then )?(?:"
    + "|".join(sorted(PLATFORM_ANNOUNCING_VERBS)) + r")\b[^.;\n“”\"]{0,80}? on (?:its |their |his |her )?(?:"
    + PLATFORM_ALTERNATIVES + r")\b", flags=regex.M)

#: How far before the cue's mention the sentence telling of the post may end, at most, in characters.
#:
#: >>> PLATFORM_POST_REACH
#: 400
PLATFORM_POST_REACH = 400


@functools.lru_cache(maxsize=64)
def platform_announcements(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each one told of as putting words on a platform is, in order: (start, end, who as written)."""
    low = text.lower()
    if not any(p in low for p in PLATFORM_NAMES) and " on X" not in text:  # (the cheap part first)
        return ()
    return tuple((m.start("who"), m.end(), m.group("who")) for m in RE_ANNOUNCED_ON_PLATFORM.finditer(text))


#: "the post" a cue names (or what its "it" stands for).
#:
#: >>> bool(RE_THE_POST.fullmatch("The post")), RE_THE_POST.fullmatch("the new post") is None
#: (True, True)
RE_THE_POST = LazyPattern(r"(?i:the) post")

#: A post brought in afresh (‘a second post’, ‘another post’, ‘her post’): "the post" may then be that one.
#:
#: >>> RE_FRESH_POST.search("Then another Facebook post followed.").group(), RE_FRESH_POST.search("the post read") is None
#: ('another Facebook post', True)
RE_FRESH_POST = LazyPattern(r"\b(?i:a|an|another|his|her|their) (?:[\p{L}\-]+ ){0,2}post\b")


def platform_poster(text: str, found: Found, cast: Cast, body_of_kind) -> Person | None:
    """The one the sentence before told of as putting words on a platform, for "the post" a cue names
    right after (or its "it"): a person or body the article names, a body by its kind the one of that kind
    named before (``body_of_kind(person, at)``); None otherwise."""
    told = platform_announcements(text)
    m = found.mention
    if not told or m is None or document_at_cue(found, RE_THE_POST) is None:
        return None
    before = [t for t in told if t[1] <= m.start]
    if not before or m.start - before[-1][1] > PLATFORM_POST_REACH \
            or text.count("\n", before[-1][1], m.start) > 2 \
            or RE_FRESH_POST.search(text, before[-1][1], m.start) is not None:
        return None
    at, _, who = before[-1]
    if who[:1].islower() or who.startswith("The "):
        kind = Person(who[:1].lower() + who[1:], kind="description")
        body = body_of_kind(kind, at)
        if body is None or body.kind != "organisation":
            body = _body_by_ending(text, at, who.split()[1:], cast)  # (a kind the body lists lack, named
            # before with it as the name's last word: ‘the Bayfront Aquarium … The aquarium announced’)
        return body if body is not None and body.kind == "organisation" else None
    if (fuller := _fuller_of_name(text, who, at)) is not None:
        return Person(fuller, kind="organisation")
    person, _ = cast.resolve(Mention(at, at + len(who), who, "name"))
    return person if person is not None and person.kind in ("name", "organisation") and not person.placelike else None


#: A shop's or a firm's fuller name written before, its short form and "of" a place (‘Hobb’s of Long
#: Hessett’, ‘Smith’s of Bath’): the short form is filled in per call.
#:
#: >>> regex.search(RE_FULLER_OF_NAME % regex.escape("Hobb’s"), "Hobb’s of Long Hessett was founded").group()
#: 'Hobb’s of Long Hessett'
RE_FULLER_OF_NAME = r"(?<![\p{L}’'\-])%s of \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}(?![\p{L}’'\-])"


def _fuller_of_name(text: str, who: str, at: int) -> str | None:
    """The one fuller "<who> of <Place>" name of a possessive short form (‘Hobb’s’) written before ``at``."""
    if not who.endswith(("’s", "'s")):
        return None
    names = {m.group() for m in regex.finditer(RE_FULLER_OF_NAME % regex.escape(who), text, endpos=at)}
    return names.pop() if len(names) == 1 else None
