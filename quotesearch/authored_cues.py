"""A document's author as the speaker of an inverted cue after a quotation: ‘The death was “entirely
avoidable”, a report by the Defence Board has concluded.’ The words are the report's, and a report
speaks for the one who wrote it, named right after its noun and "by".

The reader of mentions after a quotation already steps past ‘a report by’ to the author; the ordinary
inverted cue wants the verb right after its subject, which here stands three words further on. This
module checks the short lead (an article, at most one adjective, the document's noun, "by") and the
verb after the author (a verb of speech or finding, at most two auxiliaries before it) that ends the
clause.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.document_words import DOCUMENT_NOUNS
from quotesearch.speech_words import ANSWERING_VERBS, CALL_VERBS, FINDING_VERBS, SPEECH_VERBS
from quotesearch.known_terms import NAMING_VERBS
from quotesearch.mention_words import DETERMINERS, POSSESSIVES, Mention
from quotesearch.statements import CAPTIONED_NOUNS
from quotesearch.cues_after import RECORDING_NOUNS
from quotesearch.tokens import Token
from quotesearch.cue_tokens import _index_after_offset
from quotesearch.sentence_subjects import _opens_speech

#: Articles that open an authored document's noun after a quotation (‘…”, a report by X found’; never
#: ‘…” in a report by X’, whose preposition makes the report a place the words stand in).
#:
#: >>> sorted(AUTHORED_DOCUMENT_ARTICLES)
#: ['a', 'an', 'the']
AUTHORED_DOCUMENT_ARTICLES = wordset("a an the")

#: Auxiliaries between the author and the verb (‘a report by X has concluded’, ‘… had found’).
#:
#: >>> sorted(AUTHORED_VERB_AUXILIARIES)
#: ['had', 'has', 'have']
AUTHORED_VERB_AUXILIARIES = wordset("has have had")

#: What may follow the verb for it to end the clause (‘…, a report by X found.’, ‘… found, adding …’,
#: ‘… found on Tuesday’, ‘… concluded last week’); never ‘… found that …’, a clause of its own.
#:
#: >>> "that" in AUTHORED_VERB_FOLLOWERS, "on" in AUTHORED_VERB_FOLLOWERS
#: (False, True)
AUTHORED_VERB_FOLLOWERS = frozenset({".", ",", ";", "on", "in", "last", "this", "yesterday", "today"})

#: Documents that show rather than speak (‘…”, a video by Sky Sports showed’): their author is the
#: speaker only by a verb of saying (‘a video by X said’), never by one of finding or showing (guard w98b).
#:
#: >>> "video" in SHOWING_DOCUMENT_NOUNS, "footage" in SHOWING_DOCUMENT_NOUNS, "report" in SHOWING_DOCUMENT_NOUNS
#: (True, True, False)
SHOWING_DOCUMENT_NOUNS = CAPTIONED_NOUNS | (RECORDING_NOUNS - {"transcript"})

#: Verbs by which the quotation's own sentence names who said or called the words before the opening mark
#: (‘Mr Hart described the scheme as “a scam”, a report by X said’, ‘Tenants told inspectors …’, ‘X dubbed
#: it “…”’): the words are that speaker's, the document after only reports them (guard w98b).
#:
#: >>> "told" in SAID_BEFORE_VERBS, "dubbed" in SAID_BEFORE_VERBS, "found" in SAID_BEFORE_VERBS
#: (True, True, False)
SAID_BEFORE_VERBS = SPEECH_VERBS | CALL_VERBS | ANSWERING_VERBS | NAMING_VERBS

#: Forms of :data:`SAID_BEFORE_VERBS` read as a verb without their past's "-ed" (a base or "-s" form is
#: as often a noun or an adjective: ‘state offices’, ‘reports of …’, ‘demands for …’).
#:
#: >>> sorted(SAID_BEFORE_PLAIN_FORMS)[:4]
#: ['calls', 'said', 'saying', 'says']
SAID_BEFORE_PLAIN_FORMS = wordset("said says saying tell tells told telling wrote writes spoke swore calls")

#: A word of letters, apostrophes and hyphens (‘teachers'’, ‘well-known’).
#:
#: >>> RE_LETTER_WORD.findall("Mr Hart’s well-known “scam”, 2 said")
#: ['Mr', 'Hart’s', 'well-known', 'scam', 'said']
RE_LETTER_WORD = LazyPattern(r"[\p{L}’'\-]+")

#: Marks that open a quotation, by the mark that closes it.
_OPENING_MARKS = {"”": "“", '"': '"'}


def _said_before_opening(text: str, at: int) -> bool:
    """Whether the sentence of the quotation that closes before ``at`` has, before its opening mark, a verb of
    :data:`SAID_BEFORE_VERBS` in its past in "-ed" or one of :data:`SAID_BEFORE_PLAIN_FORMS` (in lower case,
    no determiner or possessive before it, which would make it a noun or adjective: ‘the noted …’).

    >>> t = 'Mr Hart described the scheme as “a scam”, a report by the Daily Record said.'
    >>> _said_before_opening(t, t.index(','))
    True
    >>> t = 'Staffing was “dangerously thin”, a report by the Care Quality Commission has found.'
    >>> _said_before_opening(t, t.index(','))
    False
    >>> t = 'Wait times at state offices have become “unacceptable,” an audit by the Auditor General found.'
    >>> _said_before_opening(t, t.index(' an audit'))
    False
    >>> t = 'The report’s claims of “dangerously thin” staffing, a review by the board found.'
    >>> _said_before_opening(t, t.index(','))
    False
    """
    close = max(text.rfind("”", 0, at), text.rfind('"', 0, at))
    if close < 0:
        return False
    opening = text.rfind(_OPENING_MARKS[text[close]], 0, close)
    if opening < 0:
        return False
    start = max(text.rfind(". ", 0, opening), text.rfind("? ", 0, opening), text.rfind("! ", 0, opening),
                text.rfind("\n", 0, opening)) + 1
    words = RE_LETTER_WORD.findall(text, start, opening)
    for k, w in enumerate(words):
        if not (w.islower() and w in SAID_BEFORE_VERBS and (w.endswith("ed") or w in SAID_BEFORE_PLAIN_FORMS)):
            continue
        before = words[k - 1].lower() if k else ""
        if not (before in DETERMINERS or before in POSSESSIVES or before.endswith(("’s", "'s"))):
            return True  # (a verb, not a noun or an adjective after a determiner: ‘the noted …’)
    return False


def authored_document_verb(toks: list[Token], i: int, m: Mention | None, text: str = "") -> Token | None:
    """The verb of an inverted cue whose subject is a document by ``m`` (the mention after "by"): the lead
    from ``toks[i]`` to ``m`` is an article, at most one adjective in lower case, a noun of
    :data:`DOCUMENT_NOUNS` and "by"; the verb after ``m``, past :data:`AUTHORED_VERB_AUXILIARIES`, is a verb
    of speech or of finding and ends the clause. Never a pronoun's or a description's document; never when
    the quotation's own sentence names a speaker before its opening mark (:func:`_said_before_opening`:
    ‘Mr Hart described the scheme as “a scam”, a report by X said’ is Mr Hart's); never a document that
    shows (:data:`SHOWING_DOCUMENT_NOUNS`) by a verb other than one of saying (‘a video by X showed’).

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.mentions import mention_after
    >>> t = ', a report by the Harbour Safety Board has concluded.'
    >>> toks = tokenize(t); authored_document_verb(toks, 1, mention_after(toks, 1, t)).text
    'concluded'
    >>> t = ', a new study by Kestrel Analytics found.'
    >>> toks = tokenize(t); authored_document_verb(toks, 1, mention_after(toks, 1, t)).text
    'found'
    >>> t = ', a report by the Harbour Safety Board found that fares rose.'
    >>> toks = tokenize(t); authored_document_verb(toks, 1, mention_after(toks, 1, t)) is None
    True
    >>> t = ', a video by Harbour News showed.'
    >>> toks = tokenize(t); authored_document_verb(toks, 1, mention_after(toks, 1, t)) is None
    True
    >>> t = ', a decision by the Harbour Safety Board angered residents.'
    >>> toks = tokenize(t); authored_document_verb(toks, 1, mention_after(toks, 1, t)) is None
    True
    """
    if m is None or m.kind not in ("name", "organisation") or i >= len(toks):
        return None
    a = _index_after_offset(toks, m.start)
    lead = toks[i:a]
    if not (3 <= len(lead) <= 4 and lead[0].word in AUTHORED_DOCUMENT_ARTICLES and lead[-1].word == "by"
            and lead[-2].word in DOCUMENT_NOUNS and all(x.text.isalpha() and x.text.islower() for x in lead[1:])):
        return None
    v = _index_after_offset(toks, m.end)
    aux = 0
    while v < len(toks) and toks[v].word in AUTHORED_VERB_AUXILIARIES and aux < 2:
        v, aux = v + 1, aux + 1
    if v >= len(toks) or not toks[v].text.islower() or not (toks[v].word in FINDING_VERBS or _opens_speech(toks[v])):
        return None
    if v + 1 < len(toks) and (toks[v + 1].word or toks[v + 1].text) not in AUTHORED_VERB_FOLLOWERS:
        return None
    if lead[-2].word in SHOWING_DOCUMENT_NOUNS and toks[v].word not in SPEECH_VERBS:
        return None  # a video, footage or a photo shows, it does not speak: ‘…”, a video by X showed’ (guard w98b)
    if text and _said_before_opening(text, toks[i].start):
        return None  # the quotation's own sentence names its speaker before the marks: ‘Mr Hart described the
        # scheme as “a scam”, a report by X said’ is Mr Hart's; the report only reports it (guard w98b)
    return toks[v]
