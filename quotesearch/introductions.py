"""Speakers brought in by their description: an unnamed author, a role served, the subject that
speaks after a who-clause, and a cue shared with the next quotation.
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found, _index_before, _is_cue, sentence_ends
from quotesearch.sentence_subjects import SUBJECT_ADVERBS, sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import GESTURE_VERBS
from quotesearch.mention_words import DETERMINERS, Mention, POSSESSIVES, PREPOSITIONS, description_head
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, Token
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person
from quotesearch.sources import alias_after_clause


def _unnamed_author(who: Mention) -> bool:
    """Someone unnamed, brought in as a document's author or sender in the aside after it: ‘Another
    email, from a depot engineer, warned …’, ‘the memo, written by a junior analyst, said’ (never a
    definite one, which may be a body or a place: ‘the letter, from the mayor's office,’).

    >>> _unnamed_author(Mention(0, 16, "a depot engineer", "description"))
    True
    >>> _unnamed_author(Mention(0, 18, "the mayor's office", "description"))
    False
    """
    head = description_head(who.text)
    return who.kind == "description" and who.text.split()[0].lower() in ("a", "an", "one") and head is not None \
        and head not in DOCUMENT_NOUNS and head not in THING_NOUNS and head not in COLLECTIVE_NOUNS


def _compound_role_of(description: str, noun: str, head: str) -> bool:
    """The description names its role with ``noun`` right before ``head``, as a compound of two nouns
    ("the shop steward", "the care worker", "the bus driver" of one introduced unnamed).

    >>> _compound_role_of("a shop steward at the Number 4 shaft", "shop", "steward")
    True
    >>> _compound_role_of("a steward at the plant", "union", "steward")
    False
    """
    words = description.lower().split()
    return any(a == noun and b == head for a, b in zip(words, words[1:]))


#: Whose office an unnamed person serves, after their noun: " to the president", " to the prime
#: minister" (one or two words in lower case; the last must be an office's, see
#: :func:`_office_served_end`).
RE_TO_OFFICE = LazyPattern(r" to (?:the|his|her|their) (\p{Ll}[\p{Ll}\-]*)(?: (\p{Ll}[\p{Ll}\-]*))?")


def _office_served_end(text: str, end: int) -> int:
    """Where an unnamed person's description ends when the office they serve follows their noun:
    ‘an adviser to the president played down …’ goes on to "president" (and ‘to the prime minister’
    to "minister"); ``end`` itself otherwise (never ‘an aide, to their surprise,’: the last word is no
    office's).

    >>> t = "an adviser to the president played down"
    >>> t[:_office_served_end(t, 10)], _office_served_end("an aide to their surprise", 7)
    ('an adviser to the president', 7)
    """
    to = RE_TO_OFFICE.match(text, end)
    if to is None:
        return end
    if to.group(2) is not None and to.group(2) in ROLE_NOUNS:
        return to.end()
    return to.end(1) if to.group(1) in ROLE_NOUNS else end


#: Which one of an unnamed kind an unnamed person speaks for, after their noun: " of another major
#: donor", " of one large charity" (up to four words in lower case, the last a noun of people or
#: bodies, or a body's letters), before a comma or a "who" clause (w66g).
#:
#: >>> RE_OF_UNNAMED_ONE.match(" of another major donor, speaking").group(1)
#: 'donor'
#: >>> RE_OF_UNNAMED_ONE.match(" of the plan said") is None, RE_OF_UNNAMED_ONE.match(" of a sudden, he") is None
#: (True, False)
RE_OF_UNNAMED_ONE = LazyPattern(r" of (?:another|one|a|an) (?:[\p{Ll}\-]+ ){0,3}([\p{Ll}\-]+|\p{Lu}{2,6}s?)(?=,| who\b)")


def _unnamed_one_of_end(text: str, end: int) -> int:
    """Where an unnamed person's description ends when the unnamed one they speak for follows their
    noun (‘a representative of another major donor, speaking on background,’ goes on to "donor");
    ``end`` itself otherwise (never ‘a lawyer, all of a sudden,’: the last word is no noun of people
    or bodies).

    >>> t = "a representative of another major donor, speaking"
    >>> t[:_unnamed_one_of_end(t, 16)], _unnamed_one_of_end("a nurse of a sudden, she", 7)
    ('a representative of another major donor', 7)
    """
    of = RE_OF_UNNAMED_ONE.match(text, end)
    if of is None or not (of.group(1) in DESCRIPTION_NOUNS or of.group(1).rstrip("s").isupper()):
        return end
    return of.end()


def _after_preposition(toks: list[Token], m: Mention) -> bool:
    """The mention is the object of a preposition (‘with Clinton’), never the source's "by" or "from"."""
    k = _index_before(toks, m.start)
    return k >= 0 and toks[k].word in PREPOSITIONS and toks[k].word not in ("by", "from")


def _speaking_subject(text: str, toks: list[Token], known) -> Found | None:
    """The sentence's subject when its main verb is a verb of speech (‘Carter said that …’,
    ‘Trump then told reporters …’, ‘one resident who did not want to give her name said she had been
    told …’), with that verb as the cue."""
    m = sentence_subject(text, toks, known)
    if m is None or m.kind not in ("name", "pronoun", "description"):
        return None
    verb = next((t for t in toks if t.start >= m.end and t.word not in SUBJECT_ADVERBS), None)
    if verb is not None and verb.word == "who" and m.kind == "description":
        # (past a relative clause and its own verb: ‘one resident who did not want to give her name said
        # …’; never one with a comma or a name in it: ‘The engineer who wrote the report, Fiona Leckie,’,
        # nor a noun: "the report")
        after = [t for t in toks if t.start > verb.end]
        verb = next((t for k, t in enumerate(after) if k > 0 and (t.text == "," or t.capitalized or (
            _is_cue(t, True) and after[k - 1].word not in DETERMINERS and after[k - 1].word not in POSSESSIVES))), None)
        verb = verb if verb is not None and verb.text != "," and not verb.capitalized else None
        if verb is None and alias_after_clause(text, m.end) is None:
            verb = _verb_past_who_clauses(after)  # (‘A former ranger who worked with Zola for years, and who
            # asked not to be named, said …’; never one who gives a name to go by, ‘… and who asked to be
            # identified only as Aung, said’: the cast's reading, Aung)
    if verb is None or not _is_cue(verb, True):
        return None
    return Found(m, None, "cue-in-sentence", verb.text)


def _described_speaker_opens(text: str, ms: tuple[Mention, Person], p_lo: int) -> bool:
    """The subject found for the last sentence of the paragraph from ``p_lo`` (by its speech cue:
    :func:`_last_sentence_subject` gives a description only so) is one person described, who opens
    that sentence (‘A former ranger who worked with Zola …, said the rhino had stopped eating. /
    “…”’): the speaker the next paragraph's quotation goes on with; never a body (‘The union said it
    would keep striking.’) nor a family or a crowd."""
    m, p = ms
    return m.kind == "description" and p is not None and p.kind == "description" and not p.plural \
        and m.text.split()[0].lower() in ("a", "an", "the", "one", "another") \
        and (head := description_head(m.text)) not in THING_NOUNS and head not in COLLECTIVE_NOUNS \
        and (m.start == p_lo or text[:m.start].rstrip().endswith((".", "!", "?")))


def _verb_past_who_clauses(after: list[Token]) -> Token | None:
    """The cue verb right after the comma that closes one or two relative clauses set off after a
    description (``after``: the tokens past its "who"), ‘… who worked with Zola for years, and who asked
    not to be named, said …’: a name inside only as an object, after a lower-case word, never one set
    off (‘The engineer who wrote the report, Fiona Leckie, said’), nor a comma that opens anything
    but another "who" clause."""
    k = 1
    while k < len(after):
        t = after[k]
        if t.capitalized and (after[k - 1].text == "," or not after[k - 1].text.isalpha()):
            return None
        if t.text == ",":
            nxt = [x.word for x in after[k + 1:k + 3]]
            if nxt[:2] == ["and", "who"] or nxt[:1] == ["who"]:
                k += 2
                continue
            verb = after[k + 1] if k + 1 < len(after) else None
            return verb if verb is not None and not verb.capitalized and _is_cue(verb, True) else None
        k += 1
    return None


def _sentence_start_before(text: str, sp: Span) -> bool:
    """The quotation opens its sentence: only space separates it from a sentence's end."""
    i = sp.open_at
    while i > sp.para_start and text[i - 1].isspace():
        i -= 1
    return i == sp.para_start or text[i - 1] in ".!?”\"'’"


def _shares_next_cue(text: str, spans: list[Span], results: list, i: int) -> Found | None:
    """A fragment in the middle of a sentence whose cue comes after the next quotation of that
    sentence (‘… will carry “a great deal of weight” and bring them the “firepower” they need,
    X said.’) is that cue's."""
    sp = spans[i]
    if i + 1 >= len(spans) or sp.close_end is None or text[sp.end - 1] in ".!?":
        return None
    nsp, nf, nkind = results[i + 1]
    if nsp.paragraph != sp.paragraph or nf is None or nf.rule != "cue-after" or nf.person is None \
            or nkind == "scare" or sentence_ends(text, sp.close_end, nsp.open_at) or text[nsp.end - 1] == "." \
            or (text[nsp.end - 1] in "!?" and text[nsp.close_end:nsp.close_end + 2].strip()[:1].isupper()):
        return None  # (a cue after a finished sentence ‘…slings.” A spokesman declined …’ is not its own)
    return Found(nf.mention, nf.person, "same-sentence", nf.cue, nf.how)


#: A gesture of one named that ends the one sentence between two quotations of a paragraph, before
#: the second (‘“…!” came a voice from the gallery. Quinn raised a hand. “…”’): a gesture of
#: :data:`GESTURE_VERBS`, or a hand raised for quiet.
#:
#: >>> bool(RE_NAMED_GESTURE_ENDS.match(" raised a hand. ", 0)), bool(RE_NAMED_GESTURE_ENDS.match(" smiled. ", 0))
#: (True, True)
#: >>> bool(RE_NAMED_GESTURE_ENDS.match(" raised the issue. ", 0))
#: False
RE_NAMED_GESTURE_ENDS = LazyPattern(
    r" (?:\p{Ll}+ly )?(?:(?:raised|lifted|held up|put up) (?:a|one|his|her|both) hands?"
    r"|(?:" + "|".join(sorted(GESTURE_VERBS)) + r")(?: (?:up|back|down|again|slowly|quietly|wearily))?"
    r"(?: (?:his|her) (?:head|hand|hands|shoulders))?)(?=[.!](?:\s|$))")


def _named_gesture_between(text: str, psp: Span, sp: Span, before: Person, cast: Cast) -> bool:
    """One sentence stands between two quotations of a paragraph, the second with no cue, and it tells
    only a gesture of someone named other than the first's speaker (:data:`RE_NAMED_GESTURE_ENDS`):
    ‘“Neither are you!” came a voice from the back. Achebe raised his hand. “Let's keep it civil.”’
    is Achebe's, never the voice's."""
    if psp.close_end is None or any(c in text[psp.close_end:sp.open_at] for c in "“”\"‘’«»"):
        return False
    ends = sentence_ends(text, psp.close_end, sp.open_at)
    if len(ends) != 2:
        return False
    at = ends[0]
    while at < ends[1] and text[at].isspace():
        at += 1
    run = RE_NAME_RUN.match(text, at, ends[1]) or RE_CAPWORD.match(text, at, ends[1])
    if run is None or run.group().split()[0].lower() in FUNCTION_WORDS \
            or RE_NAMED_GESTURE_ENDS.match(text, run.end(), ends[1]) is None:
        return False
    p, _ = cast.resolve(Mention(at, run.end(), run.group(), "name"))
    return p is not None and p.kind == "name" and p is not before and bool(p.spots)  # (someone the article
