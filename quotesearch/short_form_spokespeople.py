"""A spokesperson named by a body's short form (‘a Cordell spokeswoman’, ‘a spokesman for Ardent’,
‘a Pacific Crest spokesperson’) given the body's full name, where the article writes the one fuller
name that opens with those words (‘Builder Cordell Construction welcomed the ruling’), as ‘an LTA
spokesman’ is the Land Transport Authority (:mod:`quotesearch.acronym_bodies`).

The fuller name comes from the article's short-form table (:meth:`CastBodies.short_body`, built once per
article: only names that end in a firm's, a team's or an institution's word, and never when two names
open alike), written in full outside the headline. A spokesperson whose words are a body's whole name stays as written (‘a spokeswoman for
Orbis Pictures’, the cases' convention), and so does one named by a person's surname (‘a Harlow
spokesman’ where Dana Harlow is named: her spokesman, not Harlow Homes').
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.body_short_forms import SHORTENED_BODY_ENDS, short_form_alone
from quotesearch.body_words import FIRM_TRADES, ORG_WORDS, TRADE_LEAD_NOUNS
from quotesearch.document_authors import NEWS_OUTLET_WORDS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.place_words import ONE_WORD_PLACES
from quotesearch.speakers import Cast

#: A spokesperson named by capitalised words before the noun, or after "for" (a "the" between), the
#: words one to three capitalised words: group ``before`` or ``after``. Never one of the body's other
#: people (‘a Cordell engineer’), nor words in lower case (‘a company spokesman’).
#:
#: >>> RE_SHORT_FORM_SPOKESPERSON.fullmatch("A Pacific Crest spokesperson").group("before")
#: 'Pacific Crest'
#: >>> RE_SHORT_FORM_SPOKESPERSON.fullmatch("a spokeswoman for the Whitmore").group("after")
#: 'Whitmore'
#: >>> RE_SHORT_FORM_SPOKESPERSON.fullmatch("a company spokesman"), RE_SHORT_FORM_SPOKESPERSON.fullmatch("a Cordell engineer")
#: (None, None)
RE_SHORT_FORM_SPOKESPERSON = LazyPattern(
    r"[Aa]n? (?:(?P<before>\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2}) (?:spokesperson|spokeswoman|spokesman)"
    r"|(?:spokesperson|spokeswoman|spokesman) for (?:the )?(?P<after>\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2}))")


#: Titles and offices written right before a surname (‘Former president Trump’, ‘Mr Crowley’): the word is a
#: person's, so a spokesperson "for" it or "a <word> spokesperson" is that person's, kept as written.
#:
#: >>> [bool(RE_TITLED_BEFORE.fullmatch(w)) for w in ("president", "Senator", "Mr", "Cordell")]
#: [True, True, True, False]
RE_TITLED_BEFORE = LazyPattern(r"(?i:president|senator|governor|minister|chancellor|mayor|judge)|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady")


def short_form_spokesperson(cast: Cast, speaker: str, kind: str) -> str:
    r"""The full name of the body whose short form names a spokesperson (:data:`RE_SHORT_FORM_SPOKESPERSON`),
    where the article writes one fuller name that opens with it; the speaker as given otherwise.

    >>> t = "Ruling upheld\n\nThe ruling was welcomed by Cordell Construction. “We are pleased,” a Cordell spokeswoman said."
    >>> short_form_spokesperson(Cast(t), "a Cordell spokeswoman", "description")
    'Cordell Construction'
    >>> t = "Ruling upheld\n\nCordell Homes and Cordell Construction bid. “We are pleased,” a Cordell spokeswoman said."
    >>> short_form_spokesperson(Cast(t), "a Cordell spokeswoman", "description")
    'a Cordell spokeswoman'
    >>> t = "Cordell Construction wins ruling\n\nThe ruling was welcomed by Cordell. “We are pleased,” a Cordell spokeswoman said."
    >>> short_form_spokesperson(Cast(t), "a Cordell spokeswoman", "description")
    'a Cordell spokeswoman'
    >>> t = "Brenna leaves\n\nPARIS — Maison Ardelle said its director would leave. “We thank him,” Ardelle said. A Ardelle spokeswoman said so."
    >>> short_form_spokesperson(Cast(t), "a Ardelle spokeswoman", "description")
    'Maison Ardelle'
    """
    if kind != "description" or "spokes" not in speaker or (m := RE_SHORT_FORM_SPOKESPERSON.fullmatch(speaker)) is None:
        return speaker
    words = (m.group("before") or m.group("after")).split()
    if all(w.isupper() and len(w) > 1 for w in words):
        return speaker  # (guard, review rv_w105a: letters are an acronym's, :mod:`quotesearch.acronym_bodies` has
        # them: ‘a BP spokesman’ is never BP Pulse's)
    if len(words) == 1 and regex.search(rf"\b(?:{RE_TITLED_BEFORE.pattern}) {regex.escape(words[0])}\b", cast.text) is not None:
        return speaker  # (guard, review rv_w105a: a person called by a title and the word, ‘Former president
        # Trump … a spokeswoman for Trump’, never the body that bears the name)
    if m.group("after") is not None and len(words) > 1:
        return speaker  # (a spokesperson "for" two words or more is kept as written, a name of its own: ‘a
        # spokesman for Platte River’, as PolNeAR has it)
    full = cast.short_body(words) or _one_body_holding(cast, words)
    person = cast.by_surname.get(words[-1].lower()) if len(words) == 1 else None
    if person is not None and person.personlike and not (person.name == full and person.gender is None
                                                          and not person.roles and not person.titled):
        return speaker  # (a person's spokesman: ‘Dana Harlow … a Harlow spokesman’; never the body itself,
        # its name read as a person's for a quotation of its own: ‘Maison Verlaine said … a Verlaine spokeswoman’)
    if full is None or full == " ".join(words) or cast.text.find(full, _headline_end(cast.text)) < 0:
        return speaker  # (a name in full only in the headline: ‘Lumera AI cuts 600 jobs’ over a story that
        # calls the firm "Lumera" throughout leaves ‘a Lumera spokesperson’ as written)
    return full


def _headline_end(text: str) -> int:
    """Where the article's first line ends when it reads as a headline (no closing mark of a sentence:
    ‘Lumera AI cuts 600 jobs in pivot to enterprise’), else 0.

    >>> _headline_end("Cordell wins ruling\\n\\nThe court ruled."), _headline_end("The court ruled.\\nIt said so.")
    (19, 0)
    """
    end = text.find("\n")
    return end if end > 0 and text[:end].rstrip()[-1:] not in ".!?:”\"’'" else 0


#: How many words a body's full name may add to the short form that names its spokesperson (‘Cordell’ of
#: ‘Cordell Construction’, ‘Pacific Crest’ of ‘Pacific Crest Utilities’, ‘Lumora’ of ‘Lumora Labs Inc.’).
SHORT_FORM_EXTRA_WORDS = 2


#: Last words of a body's name a spokesperson's short form may stand for (:func:`_one_body_holding`): a
#: firm's, a team's, a broadcaster's (:data:`~quotesearch.body_short_forms.SHORTENED_BODY_ENDS`), an
#: organisation's (:data:`~quotesearch.body_words.ORG_WORDS`) and a few trades' of their own: a firm's
#: (‘Greenvale Wind’, ‘Lumina Genetics’, ‘Sunbridge Holidays’, ‘Harbourline Casino’, ‘Verdan Energie’) and a
#: festival's, which speaks by its own spokesperson (w134o). Never a product's or a service's (‘Express’).
#:
#: >>> "construction" in SPOKEN_BODY_ENDS, "hotel" in SPOKEN_BODY_ENDS, "genetics" in SPOKEN_BODY_ENDS, "express" in SPOKEN_BODY_ENDS
#: (True, True, True, False)
SPOKEN_BODY_ENDS = SHORTENED_BODY_ENDS | ORG_WORDS | wordset(
    "coal bus buses hotel gallery zoo brewery distillery airport "
    "wind solar energie genetics holidays tours casino resort festival")

#: A trade or a lead noun written before a firm's name that opens a sentence (‘Builder Cordell
#: Construction’), which :func:`_one_body_holding` drops from the name.
#:
#: >>> "builder" in TRADE_BEFORE_BODY
#: True
TRADE_BEFORE_BODY = FIRM_TRADES | TRADE_LEAD_NOUNS


def _one_body_holding(cast: Cast, words: list[str]) -> str | None:
    r"""The one body name the article writes that opens with ``words`` and adds one or two capitalised words
    (‘Cordell’ of ‘Builder Cordell Construction’, its trade before it dropped; ‘Whitmore’ of ‘the Whitmore
    Hotel’), or, for one word, that ends with it after one word (‘Vipers’ of ‘Mesa Vipers’, ‘Commission’ of
    ‘European Commission’), when a spokesperson is named by those words: the first written of the names
    so found when each holds the first (‘Lumora Labs’ and ‘Lumora Labs Inc.’); None for two bodies
    (‘Cordell Homes’ and ‘Cordell Construction’), for a name opening with a given name or a place's word,
    and for one that adds words of its own kind ("of", "and": ‘the Pentagon Force Protection Agency’).

    >>> t = "Harbour deal\n\nHouse builder Cordell Construction welcomed it. The Mesa Vipers lost."
    >>> _one_body_holding(Cast(t), ["Cordell"]), _one_body_holding(Cast(t), ["Vipers"])
    ('Cordell Construction', 'Mesa Vipers')
    >>> _one_body_holding(Cast("Deal\n\nCordell Homes and Cordell Construction bid."), ["Cordell"]) is None
    True
    """
    n = len(words)
    found: list[str] = []
    other = False
    lo = _headline_end(cast.text)
    for at, run, name_words in cast.body_names():
        if at < lo:
            continue
        name = [w for w in name_words if w != "The"]
        name = name[1:] if name[:1] == ["the"] else name
        if len(name) > n and name[0].lower() in TRADE_BEFORE_BODY:
            name = name[1:]  # (a trade before the name that opens a sentence: ‘Builder Cordell Construction’)
        if len(name) <= n or len(name) > n + SHORT_FORM_EXTRA_WORDS:
            continue
        if name[:n] == words:
            extra, first = name[n:], name[0]
        elif n == 1 and len(name) == 2 and name[1] == words[0] \
                and not _opens_sentence(cast.text, cast.text.find(name[0], at)):
            extra, first = name[:1], name[0]  # (never a word capitalised for opening a sentence: ‘Former
            # Chirply engineers said’, ‘Bookmakers Ladgate make it the favourite’)
        else:
            continue
        if name[:n] == words and (name[-1].rstrip(".").lower() not in SPOKEN_BODY_ENDS or (n > 1 and len(extra) > 1)):
            other = True  # (another name opening so, no body's: the short form may be its; none is sure)
            continue  # (guard, review rv_w105a: the words added must end the name of a body, never a product's,
            # a service's, an event's or a section's: ‘Meta Quest’, ‘Gatwick Express’, ‘Arsenal Women’; a
            # short form of two words takes one more at most: never ‘Downing Street Policy Unit’)
        if name[:n] != words and words[0] in NEWS_OUTLET_WORDS:
            continue  # (guard: ‘a Times spokesman’ is the Times, never the Financial Times)
        if gender_of(first) is not None or (first.lower() in ONE_WORD_PLACES and name[:n] == words) \
                or any(not w[:1].isupper() or w.lower() in FUNCTION_WORDS or w.endswith(("’s", "'s")) for w in extra):
            continue
        found.append(" ".join(name) + "." * run.endswith(" ".join(name) + "."))  # (‘Swiftcart Inc.’ keeps its stop)
    if found and (alone := short_form_alone(cast.text, " ".join(words), lo)) is not None \
            and alone < cast.text.find(found[0], lo):
        return None  # (the short form written alone before the fuller name is a name of its own: ‘Stylora will
        # charge for returns …. Members of Stylora Plus …’, as :meth:`CastBodies.short_body` has it)
    if not found or other or any(not (f + " ").startswith(found[0] + " ") and not (found[0] + " ").startswith(f + " ")
                                 for f in found):
        return None
    return found[0]


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens a sentence or a paragraph.

    >>> _opens_sentence("It fell. Former Chirply staff", 9), _opens_sentence("the Mesa Vipers", 4)
    (True, False)
    """
    return text[:at].rstrip(" “\"‘'")[-1:] in ("", ".", "!", "?", "\n", ":")
