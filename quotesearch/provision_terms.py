"""Words in marks after a plain modifier of a thing set up or provided ("new", "additional", "quarterly",
"voluntary", "60-page"): the name of a scheme, a product, a unit or a service, never anyone's words (‘an
additional “nappy bin” collection’, ‘a quarterly “climate dividend”’, ‘its new “hospice at home” service’).
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.quote_spans import Span
from quotesearch.speech_words import CALL_VERBS, SPEECH_VERBS
from quotesearch.term_words import SCHEME_DETERMINERS
from quotesearch.titles import CHARACTERISING_VERBS
from quotesearch.tokens import Token, is_possessive
from quotesearch.kind_terms import JUDGMENT_WORDS, RE_COUNT, _attributive


#: Modifiers that set a thing up, count it out or give its reach or schedule, and say nothing of what
#: anyone thinks of it: right before words in marks they make the words the thing's name (‘an additional
#: “nappy bin” collection’, ‘a quarterly “climate dividend”’, ‘its new “hospice at home” service’, ‘the
#: wider “alkaline diet” movement’); never a judgment (‘a terrible “reform”’), which is someone's.
#:
#: >>> "additional" in PROVISION_MODIFIERS, "quarterly" in PROVISION_MODIFIERS, "terrible" in PROVISION_MODIFIERS
#: (True, True, False)
PROVISION_MODIFIERS = wordset("""
new additional extra further voluntary optional quarterly weekly monthly yearly annual nightly fortnightly daily
national regional statewide citywide countywide nationwide local emergency temporary limited dedicated designated
pilot proposed planned wider broader lay free in-depth
""")

#: A modifier of a number and a unit joined by a hyphen (‘a 60-page “system card”’, ‘a two-night
#: “strategy away-day”’, ‘a 12-week “reset” course’): the thing's size or length, a thing's name after it.
#:
#: >>> [RE_SIZED_MODIFIER.fullmatch(w) is not None for w in ("60-page", "two-night", "well-known", "long-term")]
#: [True, True, False, False]
RE_SIZED_MODIFIER = LazyPattern(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-\p{Ll}+")

#: Words right before the modifier that tell someone names or judges the thing: the words are theirs
#: (‘what she called a new “…”’, ‘derided as a new “…”’, ‘the so-called new “…”’).
#:
#: >>> "dubbed" in NAMER_WORDS, "new" in NAMER_WORDS
#: (True, False)
NAMER_WORDS = wordset("as what dubbed described so-called termed")

#: The rest of the sentence after the marks, up to its end or 300 characters.
#:
#: >>> RE_REST_OF_SENTENCE.match(" pass, she said. Next.").group(0)
#: ' pass, she said'
RE_REST_OF_SENTENCE = LazyPattern(r"[^.!?\n]{0,300}")

#: A speaker given after the marks: ‘according to’ one (‘Voters deserve a new “politics of hope”, according
#: to Senator X’).
#:
#: >>> bool(RE_ACCORDING_TO.search(", according to Senator X")), bool(RE_ACCORDING_TO.search(", accordingly"))
#: (True, False)
RE_ACCORDING_TO = LazyPattern(r"\baccording to\b")


def _spoken_after(text: str, at: int) -> bool:
    """A speech verb or "according to" later in the sentence that goes on at ``at`` (‘…,” council leader X
    said’, ‘…, she told MPs’, ‘…, her office said’): the words in marks may be that speaker's.

    >>> _spoken_after("” for the valley, council leader Joan Price said after the vote.", 1)
    True
    >>> _spoken_after("” collection. She said", 1)
    False
    """
    rest = RE_REST_OF_SENTENCE.match(text, at).group(0)
    return RE_ACCORDING_TO.search(rest) is not None or any(w.strip(",;:”’\"'").lower() in SPEECH_VERBS for w in rest.split())


def _provision_modifier(tok: Token) -> bool:
    """A plain lower-case modifier of :data:`PROVISION_MODIFIERS` or :data:`RE_SIZED_MODIFIER`."""
    return tok.text.islower() and (tok.word in PROVISION_MODIFIERS or RE_SIZED_MODIFIER.fullmatch(tok.word) is not None)


def _provision_owner(tok: Token) -> bool:
    """A determiner, a count or a lower-case possessive of a body or a thing before the modifier (‘an
    additional’, ‘40 extra’, ‘the government’s new’); never a person's name (‘Smith’s new’)."""
    return tok.word in SCHEME_DETERMINERS and tok.word not in ("his", "her") or RE_COUNT.fullmatch(tok.word) is not None \
        or (is_possessive(tok) and tok.text[:1].islower())


def _thing_owned(tok: Token) -> bool:
    """"its", "their" or a lower-case possessive of a body or a thing right before the modifier (‘its new’, ‘the
    government’s new’): the thing named is the owner's own product or scheme."""
    return tok.word in ("its", "their") or (is_possessive(tok) and tok.text[:1].islower())


def provision_term(text: str, sp: Span, content: str, toks: list[Token], sentence) -> bool:
    """One to four lower-case words in marks right after a modifier of :func:`_provision_modifier`, itself
    after a determiner, a count or a thing's possessive (or with a noun after the marks that the words
    qualify): the name of a scheme, a product or a unit set up or provided, never words said (‘can apply
    for an additional “nappy bin” collection’, ‘has set up an emergency “digs” register’, ‘sends the
    revenue back through a quarterly “climate dividend,”’, ‘holding monthly “open kitchen” evenings’).
    Never after a word of calling or describing (‘what she called a new “…”’), nor a judgment in the
    words, nor one word with no noun after it; and in a sentence where someone speaks before the marks,
    only before a noun and after a body's or a thing's own "its", "their" or lower-case possessive (‘Mayor
    X said the city would build 12 new “safe haven” shelters’ and ‘she said the plan was a new
    “renaissance”’ are theirs; ‘said the hospice would launch its new “hospice at home” service’ names the
    service). ``sentence`` gives the sentence's tokens before the marks when called.

    >>> from quotesearch.tokens import tokenize
    >>> def run(t):
    ...     sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    ...     return provision_term(t, sp, t[sp.start:sp.end], tokenize(t, 0, sp.open_at), lambda: tokenize(t, 0, sp.open_at))
    >>> run("Families can apply for an additional “nappy bin” collection.")
    True
    >>> run("He said the union had set up its emergency “digs” register.")
    True
    >>> run("He said the union had set up an emergency “digs” register.")
    False
    >>> run("She said the deal marked a new “renaissance”.")
    False
    >>> run("It is what he called a new “scam economy” scheme.")
    False
    """
    if sp.close_end is None or len(toks) < 2 or not _provision_modifier(toks[-1]):
        return False  # (the cheap test first: nearly every quotation fails it)
    words = content.rstrip(",.").split()
    if not 1 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() and w.islower() for w in words) \
            or any(w in JUDGMENT_WORDS for w in words):
        return False
    if any(t.word in NAMER_WORDS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS for t in toks[-4:-1]):
        return False  # (someone's name for it: ‘what the trust calls a new “…” model’)
    headed = _attributive(text, sp.close_end) and not content.endswith(",")  # (‘a new “dawn for the valley,”
    # council leader X said’: the words run on to their cue, no noun they qualify)
    if not headed and _spoken_after(text, sp.close_end):
        return False  # (a speaker after the marks: ‘wants an annual “health check” of every firm, she told MPs’)
    if not (_provision_owner(toks[-2]) or headed):
        return False
    if any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in sentence()):
        return headed and _thing_owned(toks[-2])  # (one who speaks before the marks gives them as their words:
        # ‘Mayor X said the city would build 12 new “safe haven” shelters’ is his; but a body's or a thing's own
        # product is its name, whoever speaks: ‘said the hospice would launch its new “hospice at home” service’)
    return headed or len(words) >= 2
