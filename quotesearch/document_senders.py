"""Who sent a document or a message: one the sentence before the words brings in as a document
from someone, the sender after "by" or named in the next sentence, the one who sent a letter to
someone, and whom a statement reports or a relay cites as its issuer.
"""

from __future__ import annotations

from quotesearch.cue_tokens import _first_word, sentence_ends
from quotesearch.lexicon import ARTICLES, LazyPattern
from quotesearch.place_words import ONE_WORD_PLACES, SENDER_PLACES
from quotesearch.document_words import FILED_DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, SENT_MESSAGE_NOUNS, SENT_OWN_NOUNS
from quotesearch.speech_words import CALL_VERBS, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention
from quotesearch.name_parts import NOT_NAMES
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.statements import INTERMEDIARY_NOUNS, _reach_start, _sentence_start


#: A sentence that opens with a document from someone (‘A victim impact statement from the club
#: chairman, Brendan Carty, was read …’, ‘A framed letter from Fenwick hangs …’): the sender's name,
#: set off after a description of them (``set``) or right after "from" (``name``).
#:
#: >>> RE_DOCUMENT_FROM.match("A letter from the head, Ann Lee, was sent").group("set")
#: 'Ann Lee'
#: >>> RE_DOCUMENT_FROM.match("A note from Brennan is pinned").group("doc", "name")
#: ('note', 'Brennan')
#: >>> RE_DOCUMENT_FROM.match("A statement from the family of Ann Lee was read") is None
#: True
#: >>> RE_DOCUMENT_FROM.match("The council received a letter from Ann Lee on Monday") is None
#: True
RE_DOCUMENT_FROM = LazyPattern(
    r"(?:(?:An?|The)|(?<=, )citing (?:an?|the)) (?:(?!(?:a|an|the|his|her|their)\b)[\p{L}\-]+ ){0,3}?(?P<doc>statement|letter|message|note|e-?mail)s? from "
    r"(?:(?P<who>(?:the|a|an|his|her|their) [^,.;:“”\"()]{1,50}), (?:the )?(?P<set>\p{Lu}[\p{L}\p{M}’'\-]+\.?(?: \p{Lu}[\p{L}\p{M}’'\-]+\.?){1,3}),"
    r"|(?P<name>\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3})(?= \p{Ll})"
    r"|the (?P<body>\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,3})(?=, \p{Ll}| \p{Ll}))")

#: How far before its cue the sentence that brings in a document from someone may stand.
DOCUMENT_FROM_REACH = 400


#: A sentence opening with a name that reports, before what a statement says it said (‘Adeyemi also pointed
#: out that’, ‘Park further stressed that’): group 1, the name.
#:
#: >>> RE_NAME_REPORTS_THAT.match("Adeyemi also pointed out that the closure").group(1)
#: 'Adeyemi'
RE_NAME_REPORTS_THAT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3})(?: also| further)? "
                                   r"(?:said|stressed|noted|pointed out|added|urged|emphasi[sz]ed|underlined|reiterated) that ")


def _statement_reports(text: str, sp: Span, mention: Mention, cast: Cast) -> Person | None:
    """The person a statement reports, when the sentence that closes with "the statement said" opens with
    them reporting (‘Zhao also pointed out that the water “…” and that Japan should “…,” the statement
    said’): the statement is how their words came out, not whose they are. Only a named person the
    article has named, never a body (‘The ministry said that …’)."""
    if mention.start < sp.open_at or mention.text.lower() not in ("the statement", "the readout", "the communique",
                                                                   "the communiqué", "the release"):
        return None
    start = _sentence_start(text, sp.para_start, sp.open_at)
    m = RE_NAME_REPORTS_THAT.match(text, start, sp.open_at)
    if m is None or any(text[e:sp.open_at].strip() for e in sentence_ends(text, m.end(), sp.open_at)):
        return None
    if RE_STATEMENT_TURN.search(text, m.end(), sp.open_at):
        return None  # (the statement's own word after the person's: ‘Lee said that the deal was a “humiliation”,
        # but this was “entirely false”, the statement said’)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    if p is None or " " not in p.name or text.find(p.name, 0, start) < 0:
        return None  # (one the article has named in full before: never ‘Officials also stressed that’)
    return p if p is not None and p.kind == "name" and not p.placelike and not p.plural else None


#: A turn to the statement's own voice between a person's report and the words (‘…, but this was’, ‘, which was’).
RE_STATEMENT_TURN = LazyPattern(r",? but |, which |\bhowever\b|, though ")


#: After the issuer a relay cites, the relay's own speech verb (‘…, citing a statement from X, said’).
RE_RELAY_SAID = LazyPattern(r",? (said|says|reported|reports)\b")


def _relayed_document_issuer(text: str, sp: Span) -> tuple[Mention, str] | None:
    """The issuer of a document that the subject of the words' sentence cites as it reports them (‘State
    media, citing a statement from the Coast Guard Command, said the vessel was stopped for “…”’): the
    document's words, its issuer's (a body or one named, :data:`RE_DOCUMENT_FROM`), with the relay's
    verb as the cue; None for any other sentence."""
    if text.find(", citing ", _reach_start(sp), sp.open_at) < 0:
        return None  # (cheaper still, before the sentence's start is found: the sentence lies within reach)
    lo = _sentence_start(text, sp.para_start, sp.open_at)
    c = text.find(", citing ", lo, sp.open_at)
    if c < 0:
        return None  # (cheap: most sentences cite nothing)
    m = RE_DOCUMENT_FROM.match(text, c + 2, sp.open_at)
    if m is None or m.group("who") is not None:
        return None
    g = "set" if m.group("set") is not None else "name" if m.group("name") is not None else "body"
    said = RE_RELAY_SAID.match(text, m.end(g) + (1 if g == "set" else 0), sp.open_at)
    if said is None or any(text[e:sp.open_at].strip() for e in sentence_ends(text, said.end(), sp.open_at)):
        return None
    if any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in tokenize(text, said.end(), sp.open_at)):
        return None  # (the statement reports another's words: ‘…, said President X had called the strikes “…”’,
        # ‘…, said the victim had shouted “…”’)
    return Mention(m.start(g), m.end(g), m.group(g), "organisation" if g == "body" else "name"), said.group(1)


def _document_sender(text: str, sp: Span, paras: list[tuple[int, int]], at: int, cast: Cast,
                     kind: str | None = None) -> Person | None:
    """The person a document came from, when one of the sentences just before the words opens with
    it (RE_DOCUMENT_FROM) and the cue names it again (‘A statement from the girl's mother, Karen Doyle,
    was read outside court. “…,” the statement said’, ``kind`` "statement") or calls it "it" (‘A
    handwritten note from Brennan is pinned above the door. “…,” it reads’, ``kind`` None, the
    sentence right before). Never one who speaks for another (‘a statement from his lawyer, X,’),
    a place or a date (‘a letter from Brussels’), nor a family's (‘a statement from the family of X’)."""
    lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
    lo = max(lo, at - DOCUMENT_FROM_REACH)
    k = text.find(" from ", lo, at)
    if k < 0:
        return None  # (cheap: most quotations have no document from anyone before them)
    last = None
    for start in [lo, *sentence_ends(text, lo, min(at, sp.open_at))]:
        m = RE_DOCUMENT_FROM.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()), at)
        if m is None and (c := text.find(", citing ", start, at)) >= 0 \
                and not any(text[e:c].strip() for e in sentence_ends(text, start, c)):
            m = RE_DOCUMENT_FROM.match(text, c + 2, at)  # (or relayed inside it: ‘State media, citing a
            # statement from the Coast Guard Command, said …. The statement said …’)
        if m is not None:
            last = m
    if last is None or (kind is not None and last.group("doc").replace("-", "") != kind.replace("-", "")):
        return None
    hi = min(at, sp.open_at)
    if kind is None and any(text[e:hi].strip(" \n“\"‘'") for e in sentence_ends(text, last.end(), hi)):
        return None  # ("it" stands for the document only in the sentence right before the words)
    if last.group("who") is not None and any(w.strip("’'s").lower() in INTERMEDIARY_NOUNS for w in last.group("who").split()):
        return None
    g = "set" if last.group("set") is not None else "name" if last.group("name") is not None else "body"
    name = last.group(g)
    if text.startswith((" on behalf of ", ", on behalf of "), last.end(g)):
        return None  # (one who reads or sends for another: ‘A statement from Father Tom Kelly on behalf of the family’)
    if name.endswith(("’s", "'s", "’", "'")) or any(c.isdigit() for c in name) or (" " not in name and (name.lower() in ONE_WORD_PLACES or name.lower() in SENDER_PLACES
                                                               or name.lower() in NOT_NAMES)):
        return None
    p, _ = cast.resolve(Mention(last.start(g), last.end(g), name, "organisation" if g == "body" else "name"))
    if p is None or p.placelike or (p.kind not in ("name", "organisation")):
        return None
    return p


#: After a message's noun, the participle that makes the one after "by" its sender or writer, with up to
#: three words of when between (‘a text message sent in November by X’, ‘a memo written last year by X’);
#: never one who only saw or got hold of it (‘a memo seen by’, ‘obtained by’).
#:
#: >>> [bool(RE_SENT_BY.match(t)) for t in (" sent in November by ", "s written by ", " seen by ", " sent to staff by the ")]
#: [True, True, False, False]
RE_SENT_BY = LazyPattern(r"s? (?:sent|written|signed|drafted|penned|posted)(?: (?!to\b)[\p{L}\d\-]+){0,3}? by ")


#: Right after a cue's document noun, set off by a comma, the participle that makes the one after "by"
#: its sender or writer (‘The memo, sent Monday by X, says’, ‘The letter, signed by X, reads’); never one
#: who only saw or passed it on (‘The memo, seen by X,’, ‘The letter, published by X,’).
#:
#: >>> [bool(RE_SET_OFF_SENT_BY.match(t)) for t in (", sent Monday by ", ", written by ", ", seen by ", " sent by ")]
#: [True, True, False, False]
RE_SET_OFF_SENT_BY = LazyPattern(r", (?:sent|written|signed|drafted|penned|posted)(?: (?!to\b)[\p{L}\d\-]+){0,3}? by ")


#: Others named with a document's signer, right after the name (‘ and 40 other consultants’, ‘, including’).
RE_CO_SIGNERS_AFTER = LazyPattern(r",? (?:and|with|along with|together with|among)\b|, (?:and|plus|including) ")


def _named_right_after(text: str, at: int, hi: int) -> Mention | None:
    """The person or body named right at ``at`` (before ``hi``), or named after their role there (‘by the
    site manager, Kwame Asante,’): a sender or a writer, else None."""
    toks = tokenize(text, at, min(hi, at + 120))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind not in ("name", "organisation") \
            or (who.start != toks[0].start and (who.role is None or who.role not in text[at:who.start])):
        return None
    return who


def _named_sender(who: Mention, cast: Cast) -> Person | None:
    """The person or body of the article that the sender ``who`` is, never a place."""
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


def _document_sent_by(text: str, sp: Span, paras: list[tuple[int, int]], at: int, cast: Cast,
                      kind: str | None, end: int | None = None) -> Person | None:
    """The sender of a message the cue names again (‘the message reads’, ``kind`` "message"), when the
    sentence before the words, or theirs, says who sent or wrote it after "by" (‘The lawsuit quotes a
    WhatsApp message sent last June by the site manager, Kwame Asante, to his crew. “…,” the message
    reads’): a named person or body, never one who passes it on for another (‘sent by his lawyer, X’) nor
    one it went to (‘a memo sent to X’). With ``end``, where the cue's mention ends, first one set off
    right after it, the words after (‘The memo, sent Monday by X, says it will “…”’)."""
    if kind is None or kind not in SENT_MESSAGE_NOUNS and kind not in ("memo", "memorandum"):
        return None
    if end is not None and (m := RE_SET_OFF_SENT_BY.match(text, end, max(end, sp.open_at))) is not None:
        return sender_named_at(text, m.end(), sp.open_at, cast)  # (set off right after the cue's own
        # noun, the words after: ‘The memo, sent Monday by chief operating officer Ann Lee, says it will “…”’; w96a)
    hi = min(at, sp.open_at)
    first = _sentence_start(text, sp.para_start, hi)
    if first > sp.para_start:
        lo = _sentence_start(text, sp.para_start, first - 1)
    elif sp.paragraph > 0:
        lo = _sentence_start(text, paras[sp.paragraph - 1][0], max(paras[sp.paragraph - 1][0], first - 2))
    else:
        lo = first
    m, k = None, text.find(kind, lo, hi)
    while k >= 0:  # (cheap: the noun first, then the participle anchored after it)
        if k == 0 or not text[k - 1].isalpha():
            m = RE_SENT_BY.match(text, k + len(kind), hi) or m
        k = text.find(kind, k + len(kind), hi)
    if m is None:
        return None
    return sender_named_at(text, m.end(), hi, cast)


#: Before a sender's name, what makes them one of several (‘by 40 residents including Dana Hill’, ‘by
#: staff and union rep Ann Lee’): a number or a word that joins or picks out.
#:
#: >>> [bool(RE_CO_SIGNERS_BEFORE.search(t)) for t in ("40 residents including ", "chief operating officer ")]
#: [True, False]
RE_CO_SIGNERS_BEFORE = LazyPattern(r"\d|\b(?:including|among|and|with|plus|such as)\b")

#: In what comes before a sender's name the mention readers read, what shows it a role (‘chief operating
#: officer ’, ‘Harris family attorney ’, ‘the Commissioner for Water, ’): a lower-case word or a comma.
#:
#: >>> [bool(RE_ROLE_WORDS.search(t)) for t in ("Harris family attorney ", "Rovers Friday ")]
#: [True, False]
RE_ROLE_WORDS = LazyPattern(r"\b\p{Ll}|,")

#: How far after "by" a sender's name is read, at most, in characters (a role and a name).
SENDER_READ_REACH = 160


def sender_named_at(text: str, at: int, hi: int, cast: Cast, past: int | None = None) -> Person | None:
    """The one person or body of the article named right at ``at`` (before ``hi``) by the mention
    readers, their role before them or not (‘the site manager, Kwame Asante’, ‘chief operating officer
    Ann Lee’): a document's sender or issuer; never one of several signers, nor a go-between. With
    ``past``, only one whose mention ends after it (read further than a shorter reading there)."""
    who = _named_right_after(text, at, hi)
    if who is None or (past is not None and who.end <= past):
        return None
    if RE_CO_SIGNERS_BEFORE.search(text, at, who.start) is not None:
        return None  # (one named among many who signed: ‘signed by 40 residents including Dana Hill’)
    if who.start > at and RE_ROLE_WORDS.search(text, at, who.start) is None:
        return None  # (capitalised words before a name read short, no role: ‘from Rovers Friday Club’ is no ‘Club’)
    if RE_CO_SIGNERS_AFTER.match(text, who.end, hi):
        return None  # (one of several who signed it: ‘a letter signed by Dr Ann Lee and 40 other consultants’)
    role = (who.role or "").lower().replace(",", "").split()
    if any(w in INTERMEDIARY_NOUNS and (i == 0 or role[i - 1] in ARTICLES or role[i - 1] in ("his", "her", "their", "its")
                                        or role[i - 1].endswith(("’s", "'s")))
           for i, w in enumerate(role)):
        return None  # (one who sends for another: ‘by his lawyer, X’, ‘by the family’s spokesman, X’; but a
        # job of one's own is no go-between: ‘by the site manager, X’)
    return _named_sender(who, cast)


#: The sentence after a message's words that names who sent or wrote it (‘The sender was Halloran.’, ‘Its
#: author was the chief engineer, X.’, ‘It was sent by X.’): the match ends where the one named starts.
#:
#: >>> [bool(RE_SENDER_NAMED.match(t)) for t in ("The sender was ", "It was written by ", "The sender was not ")]
#: [True, True, False]
RE_SENDER_NAMED = LazyPattern(r"(?:(?:The|Its) (?:sender|author|writer) (?:was|is)|It was (?:sent|written) by) (?!not\b|never\b)")


def _sender_in_next_sentence(text: str, sp: Span, cast: Cast) -> Person | None:
    """The sender the sentence right after a message's words names (‘“…,” read one text sent on March 3.
    The sender was Halloran, the county's procurement chief.’): a named person or body the article
    knows, in the same paragraph; None for any other sentence."""
    if sp.close_end is None:
        return None
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    if not ends or text.find(" was ", ends[0], min(sp.para_end, ends[0] + 30)) < 0:
        return None  # (cheap: most quotations have no such sentence after them)
    m = RE_SENDER_NAMED.match(text, ends[0] + len(text[ends[0]:sp.para_end]) - len(text[ends[0]:sp.para_end].lstrip()))
    if m is None:
        return None
    who = _named_right_after(text, m.end(), sp.para_end)
    return _named_sender(who, cast) if who is not None else None


#: The nouns of a document whose signer the sentence after its words may name (:func:`signer_named_after`):
#: a message of those one sends, and a memo.
SIGNED_AFTER_NOUNS = SENT_MESSAGE_NOUNS | frozenset({"memo", "memorandum"})

#: The sentence after a document's words that names it again by its noun (group ``noun``, the caller checks it
#: is the mention's own) and who sent, signed or wrote it, the match ending where they are named (w126j): ‘The
#: memo was signed by X’, ‘The memo, sent by clinical director X to hospital management,’. Never one who only
#: saw, got or published it (‘The memo, seen by the Herald,’), nor one it went to (‘The letter was sent to X’).
#:
#: >>> [bool(RE_DOCUMENT_SIGNED_AFTER.match(t)) for t in ("The memo was signed by ", "The letter, sent last week by ",
#: ...     "The memo, seen by ", "The letter was sent to X by ", "The memo was not signed by ")]
#: [True, True, False, False, False]
RE_DOCUMENT_SIGNED_AFTER = LazyPattern(r"The (?P<noun>\p{Ll}+)(?:,| was) (?:sent|signed|written|drafted|penned|authored)"
                                       r"(?: (?!to\b)[\p{L}\d\-]+){0,3}? by ")

#: A sentence's end inside what comes between a document's words and the sentence after them.
#:
#: >>> bool(RE_SENTENCE_END_BETWEEN.search(" and that it was “late”")), bool(RE_SENTENCE_END_BETWEEN.search(". It was late"))
#: (False, True)
RE_SENTENCE_END_BETWEEN = LazyPattern(r"[.!?][”\"’']?\s")

#: How far after a quotation's closing mark the sentence that names its document's signer may start, at most.
SIGNED_AFTER_REACH = 200


def signer_named_after(text: str, sp: Span, mention: Mention, cast: Cast) -> Person | None:
    """The signer or sender of a memo, letter or message the sentence right after the words names, the
    document named again by the mention's own noun (‘A leaked internal memo warns that staffing is “…”. / The
    memo, sent by clinical director Dr Ann Lee to hospital management, …’, ‘An internal memo told managers
    that “…” The memo was signed by Carl Reed, …’; w126j): a named person or body, never a go-between
    (:func:`sender_named_at`). Only a document brought in with "a"/"an" or "the" and nothing between the
    words and that sentence but the end of theirs."""
    if sp.close_end is None or sp.continues or not mention.text[:4].lower().startswith(("a ", "an ", "the ")):
        return None
    nouns = {w for w in mention.text.lower().split()[1:] if w in SIGNED_AFTER_NOUNS}
    if not nouns:
        return None
    hi = min(len(text), sp.close_end + SIGNED_AFTER_REACH)
    at = text.find("The ", sp.close_end, hi)  # (cheap: the sentence's first word first)
    if at < 0 or (m := RE_DOCUMENT_SIGNED_AFTER.match(text, at, hi)) is None or m.group("noun") not in nouns:
        return None
    if RE_SENTENCE_END_BETWEEN.search(text[sp.close_end:at].rstrip().rstrip("”\"’'").rstrip(".!?")) is not None \
            or text.count("\n", sp.close_end, at) > 2:
        return None  # (the next sentence, only the rest of the words' own between: its paragraph's first when
        # the words end theirs)
    lo = max(sp.para_start, text.rfind(". ", sp.para_start, sp.open_at) + 1)
    if any(p.kind == "name" and (p.gender is not None or p.titled) and any(lo <= start < sp.open_at for start, _ in p.spots)
           for p in cast.by_surname.values()):
        return None  # (the words' own sentence names a person, whose it may be: ‘The letter, which Senator Ruth Vance
        # released, called …. The letter was drafted by her aide X’, review rv126j)
    return sender_named_at(text, m.end(), min(len(text), m.end() + SENDER_READ_REACH), cast)


def _named_letter_sender(text: str, toks: list, issued: int, kind: str | None, cast: Cast) -> Person | None:
    """The named person or body who opens the sentence before a letter's cue by sending one to someone
    (‘Senator Ruth Vance, a Democrat from Ohio, sent a letter to the agency’s chief on Monday. The letter
    calls the delay “…”’): the letter is theirs. None for one described (‘her brother sent a letter to the
    parole board’), one who sends for another (‘his lawyer, X, sent a letter’), a letter from someone else
    (‘sent a letter from the chief’) and any other document."""
    if kind not in SENT_OWN_NOUNS or toks[issued].word != "sent" or toks[issued + 1].word not in ("a", "an"):
        return None
    end = next((e for e in range(issued + 2, min(len(toks), issued + 5)) if toks[e].word == kind), None)
    if end is None or end + 1 >= len(toks) or toks[end + 1].word != "to" \
            or not all(x.text.islower() for x in toks[issued + 2:end]):
        return None  # (‘sent an open letter to …’; never ‘sent a letter from the chief’)
    m = mention_before(toks, issued, 0, text)
    if m is None or m.kind not in ("name", "organisation") or m.start != toks[_first_word(toks)].start:
        return None  # (the sender opens the sentence by name)
    if any(x.word in INTERMEDIARY_NOUNS and x.start >= m.end for x in toks[:issued]):
        return None  # (‘X, her lawyer, sent a letter to …’; but ‘Representative X sent’ is X's own)
    if any(x.word == "behalf" for x in toks[:issued]):
        return None  # (guard: ‘Senator X, on behalf of the Judiciary Committee, sent a letter’ is no X's own)
    if any(x.word in SENT_OWN_NOUNS or x.word == "sent" for x in toks[end + 1:]):
        return None  # (guard: two letters told in the sentence, ‘X sent a letter to …, and the inspector general
        # sent a letter of its own to Congress’: which one "the letter" is, the article does not say)
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


#: The nouns of a document a mention may name with its sender inside it (‘A memo from the city's Office of
#: Budget Analysis’, ‘a complaint from X Council’); never "order" (‘an order from Amazon’ is a purchase).
FROM_INSIDE_NOUNS = (SENT_MESSAGE_NOUNS | ISSUED_DOCUMENT_NOUNS | FILED_DOCUMENT_NOUNS
                     | frozenset("memo memorandum report submission briefing brief".split())) - {"order"}

#: A mention that is a document with its sender inside it, up to the sender (w106d): ‘An email from site
#: manager X to senior colleagues’, ‘An open letter to the vice-chancellor from the X Union’, ‘A memo from
#: the city's Office of Budget Analysis’ (the owner before the body skipped); the match ends where the
#: sender's reading starts. Only "from" (never "to X", one it went to, nor "about X"); the caller checks the
#: noun (group ``doc``) is one of :data:`FROM_INSIDE_NOUNS`.
#:
#: >>> RE_DOCUMENT_FROM_INSIDE.match("An open letter to the vice-chancellor from the Kellingworth Union").end()
#: 43
#: >>> RE_DOCUMENT_FROM_INSIDE.match("A memo from the city's Office of Budget Analysis").end()
#: 23
#: >>> RE_DOCUMENT_FROM_INSIDE.match("A letter to Ann Lee") is None
#: True
#: >>> RE_DOCUMENT_FROM_INSIDE.match("an order from Acme").group("doc") in FROM_INSIDE_NOUNS
#: False
RE_DOCUMENT_FROM_INSIDE = LazyPattern(
    r"(?i:an?|the|another) (?:[\p{L}\-]+ ){0,3}?(?P<doc>\p{Ll}+)(?: to (?:(?:the|a|an|his|her|its|their) )?[\p{Ll}\-]+"
    r"(?: [\p{Ll}\-]+){0,2})? from (?:the \p{Ll}+[’']s )?")

#: Capitalised words joined by "of", "for", "and" or "on" (each maybe with "the"): a body's name as the
#: document readers take it whole, a pattern's fragment (here, in :mod:`quotesearch.own_notices`).
CAPITALISED_NAME = r"\p{Lu}[\p{L}\-&’']*(?: (?:(?:of|for|and|on)(?: the)? )?\p{Lu}[\p{L}\-&’']*)*"

#: A body's full name the mention readers may read short (‘the Chancery of Orders’ read ‘the Chancery’):
#: :data:`CAPITALISED_NAME`, "the" before it or not.
#:
#: >>> RE_FULL_BODY_NAME.match("the Chancery of Orders published in").group()
#: 'the Chancery of Orders'
RE_FULL_BODY_NAME = LazyPattern(r"(?:the )?" + CAPITALISED_NAME)


def sender_inside(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The sender a document's mention names inside it (‘An email from site manager Gavin Royle to senior
    colleagues, …, said: “…”’ is Royle's; ‘a complaint from Wenmouth Borough Council, which said the figure
    had been “…”’ the council's): a named person or body the mention readers know, read whole; never a
    place (‘a letter from Brussels’), one who sends for another (‘a statement from his lawyer, X’), one
    owned by another (‘a letter from X's lawyer’) nor one only described (‘a letter from her head of year’)."""
    if " from " not in mention.text:
        return None  # (cheap: most mentions bring in no sender)
    m = RE_DOCUMENT_FROM_INSIDE.match(mention.text)
    if m is None or m.group("doc") not in FROM_INSIDE_NOUNS:
        return None
    at, hi = mention.start + m.end(), mention.end
    p = sender_named_at(text, at, hi, cast)
    if p is None or p.name.lower() in SENDER_PLACES:
        return None
    who = _named_right_after(text, at, hi)
    if who is None or text.startswith(("’s", "'s"), who.end):
        return None  # (‘a letter from Ann Lee’s lawyer’ is the lawyer's)
    if p.kind == "organisation" and (full := RE_FULL_BODY_NAME.match(text, who.start, hi)) is not None \
            and full.end() > who.end:
        return Person(full.group(), kind="organisation")  # (the body named whole: ‘the Chancery of Orders’)
    return p


#: The nouns of a message a clause's subject may send or write themselves (‘X sent a memo to faculty’).
SUBJECT_SENT_NOUNS = SENT_MESSAGE_NOUNS | frozenset({"memo", "memorandum"})

#: A mention of a fresh message, up to its noun (group ``doc``), maybe with whom it went to after (‘a letter
#: to committee members’, ‘a text message’); never one from someone else (‘a letter from the chief’).
#:
#: >>> RE_FRESH_MESSAGE.fullmatch("a letter to committee members").group("doc")
#: 'letter'
#: >>> RE_FRESH_MESSAGE.fullmatch("a text message").group("doc")
#: 'message'
#: >>> RE_FRESH_MESSAGE.fullmatch("a letter from the chief") is None
#: True
RE_FRESH_MESSAGE = LazyPattern(r"(?i:an?) (?:[\p{Ll}\-]+ ){0,2}?(?P<doc>\p{Ll}+)(?: to (?!.* from )[^,.;:“”\"]{1,40})?")

#: Right before a fresh message, the verb that makes its clause's subject the one who sent or wrote it
#: (‘X sent a letter’, ‘when Fenn sent a text message’, ‘X fired off an email’); never one who passed on
#: or got it (‘forwarded’, ‘received’, ‘read’).
#:
#: >>> [bool(RE_SENT_IT_BEFORE.search(t)) for t in ("Koenig, sent ", "when Fenn wrote ", "X forwarded ", "X also sent ")]
#: [True, True, False, True]
RE_SENT_IT_BEFORE = LazyPattern(r"(?<=\p{L}|,) (?:also |then |later )?(?:sent|wrote|penned|fired off|emailed|texted|posted)(?: out)? $")

#: What right after a message may make it another's, passed on (‘sent a letter from the chief’, ‘on behalf of’).
RE_NOT_OWN_AFTER = LazyPattern(r",? (?:from|on behalf of|written by|signed by|by)\b")


def subject_who_sent(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The named person or body whose clause sends or writes the fresh message a cue's mention names (‘The
    American Small Enterprise Association sent a letter to committee members Wednesday urging them to reject
    her, calling her record “…”’, ‘Dr. Sandra Koenig sent a memo to faculty urging them not to hire “…”’,
    ‘…, when Fenn sent a text message saying they were “…”’, w108d): the message is theirs. Never one only
    described (‘her brother sent a letter’), one who sends for another (‘his lawyer, X, sent a letter’), nor
    a message from someone else (‘sent a letter from the chief’)."""
    if " " not in mention.text or mention.text[:2].lower() not in ("a ", "an"):
        return None  # (cheap: only a fresh message, ‘a …’)
    m = RE_FRESH_MESSAGE.fullmatch(mention.text)
    if m is None or m.group("doc") not in SUBJECT_SENT_NOUNS or RE_NOT_OWN_AFTER.match(text, mention.end):
        return None
    v = RE_SENT_IT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if v is None:
        return None
    lo = max(text.rfind("\n", 0, v.start()) + 1, v.start() - 300)
    toks = tokenize(text, _sentence_start(text, lo, v.start()), mention.start)
    j = next((i for i, x in enumerate(toks) if x.start > v.start()), None)
    if not j:
        return None
    who = mention_before(toks, j, 0, text)
    if who is None or who.kind not in ("name", "organisation") or text[who.end:v.start() + 1].strip(" ,"):
        return None  # (the subject right before the verb, named: never ‘the pair sent’)
    if any(x.word in INTERMEDIARY_NOUNS or x.word == "behalf" for x in tokenize(text, who.start, v.start() + 1)) \
            or (who.role and any(w.strip("’'s,").lower() in INTERMEDIARY_NOUNS for w in who.role.split())):
        return None  # (one who sends for another: ‘his lawyer, X, sent a letter’)
    if RE_QUOTING_ANOTHER.search(text, mention.end, _next_opening_mark(text, mention.end)) is not None:
        return None  # (a message that quotes another: ‘X sent a letter … quoting the inspector's finding that
        # the site was “…”’ is the inspector's words)
    return _named_sender(who, cast)


#: Words between a message and its quotation that make the words another's, quoted in it (‘quoting the
#: inspector's finding that’, ‘citing a report that’).
#:
#: >>> bool(RE_QUOTING_ANOTHER.search(" to the council quoting the inspector")), bool(RE_QUOTING_ANOTHER.search(" to the council urging"))
#: (True, False)
RE_QUOTING_ANOTHER = LazyPattern(r"\b(?:quoting|citing|repeating|quotes|cites|repeats)\b")


def _next_opening_mark(text: str, at: int) -> int:
    """Where the next double or single opening mark after ``at`` is, within 300 characters; that far else."""
    hi = min(len(text), at + 300)
    found = [i for i in (text.find(c, at, hi) for c in "“\"‘") if i >= 0]
    return min(found) if found else hi


#: The last words of a report's own title (‘The Quarterly Inputs Outlook’, ‘The Global Risks Report’), as a
#: pattern's alternatives: such a title set off with its publisher is a report (w117c).
TITLED_REPORT_ENDS = "Outlook|Report|Review|Survey|Index|Monitor|Barometer|Tracker|Audit|Assessment"

#: A sentence that opens with a study or report set off with who published it (‘The study, ‘Sold Short’,
#: published today by the think tank X, found’, ‘The report, released on Monday by X, says’): the match
#: ends where the publisher's reading starts (w108d). Never one who only paid for or saw it
#: (‘commissioned by’, ‘seen by’, ‘obtained by’). Or one a sentence cites by "according to", "in" or "from"
#: (‘…, according to a survey released last week by the X Alliance’; w121n).
#:
#: >>> RE_STUDY_PUBLISHED_BY.search("It rose, according to a survey released last week by the X Alliance").group("doc")
#: 'survey'
#: >>> RE_STUDY_PUBLISHED_BY.search("It rose, according to a survey commissioned by the X Alliance") is None
#: True
#: >>> RE_STUDY_PUBLISHED_BY.match("The study, ‘Sold Short’, published today by the think tank X").group("doc")
#: 'study'
#: >>> RE_STUDY_PUBLISHED_BY.match("The Quarterly Inputs Outlook, published on Tuesday by the X Unit").group("doc")
#: 'Outlook'
#: >>> RE_STUDY_PUBLISHED_BY.match("The Chronicle, published on Tuesday by the X Group") is None
#: True
#: >>> RE_STUDY_PUBLISHED_BY.match("The report, commissioned by the X Council, found") is None
#: True
RE_STUDY_PUBLISHED_BY = LazyPattern(
    r"(?:(?:^|(?<=[.!?”’\"]\s{1,3})|(?<=\n))The (?:(?:[\p{Ll}\d\-]+ ){0,2}(?P<doc>study|report|review|survey|analysis|paper|audit)"
    r"|(?:\p{Lu}[\p{L}\d\-]* ){1,4}(?P<doc>" + TITLED_REPORT_ENDS + r")),"
    r"|\b(?:[Aa]ccording to|[Ii]n|[Ff]rom) (?:a|an) (?:[\p{Ll}\d\-]+ ){0,2}(?P<doc>study|report|review|survey|analysis|paper|audit))"
    r"(?: [^,.;\n]{1,80},)? (?:published|released|produced|compiled|written|issued)(?: (?!by\b)[\p{L}\d\-]+){0,3}? by ")

#: A bare "the report" or "the study" a cue names, which a study set off with its publisher before may be.
RE_THE_STUDY = LazyPattern(r"(?i:the) (?:study|report|review|survey|analysis|paper|audit)")

#: How far before the cue's "the report" a study set off with its publisher is looked for, in characters.
STUDY_PUBLISHER_REACH = 1500

#: Another report or study brought in between (‘a new report by X’, ‘another study’, ‘the incident report’;
#: ‘the report’ alone may be the same one).
#:
#: >>> bool(RE_OTHER_STUDY.search("PC Grant filed the incident report that night")), bool(RE_OTHER_STUDY.search("The report also found"))
#: (True, False)
RE_OTHER_STUDY = LazyPattern(r"\b(?i:an?|another)\s+(?:[\p{L}\-]+\s+){0,3}?(?:report|study|review|survey|audit|analysis|paper)\b"
                             r"|\b(?:the|its|his|her|their)\s+(?:[\p{Ll}\-]+\s+){1,2}(?:report|study|review|survey|audit|analysis|paper)\b")

#: Its writer named later in the sentence that sets off its publisher (‘… by the Guardian, was written for
#: ministers by X’): the publisher is no author.
#:
#: >>> bool(RE_WRITTEN_BY_OTHER.match("the Guardian, was written for ministers by Sir Hugh Marr.")), bool(RE_WRITTEN_BY_OTHER.match("the X Institute, found that"))
#: (True, False)
RE_WRITTEN_BY_OTHER = LazyPattern(r"[^.!?\n]{0,120}?\b(?:written|compiled|authored|prepared|drafted)\b[^.!?\n]{0,60}?\bby\b")


def study_publisher_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The publisher of the study a sentence before sets off with them (‘The study, ‘Sold Short’, published
    today by the think tank Common Ground Institute, found …. / ‘…,’ the report says.’ is the institute's,
    w108d): a named person or body the article knows, the last such study, no other report or study brought
    in between; never one who only paid for it or saw it (‘commissioned by’, ‘seen by’)."""
    if RE_THE_STUDY.fullmatch(mention.text) is None:
        return None
    lo = max(0, mention.start - STUDY_PUBLISHER_REACH)
    if text.find(" by ", lo, mention.start) < 0:
        return None  # (cheap: most reports are set off with no one)
    last = None
    for m in RE_STUDY_PUBLISHED_BY.finditer(text, lo, mention.start):
        last = m
    if last is None or RE_OTHER_STUDY.search(text, last.end(), mention.start) is not None:
        return None
    if RE_WRITTEN_BY_OTHER.match(text, last.end()) is not None:
        return None  # (another named as its writer in the sentence: ‘The review, published yesterday by the
        # Guardian, was written for ministers by the former civil servant X’ is X's, not the paper's)
    hi = min(mention.start, last.end() + SENDER_READ_REACH)
    who = sender_named_at(text, last.end(), hi, cast)
    kind = RE_KIND_BEFORE_NAME.match(text, last.end(), hi) if who is None else None
    if kind is not None and not any(w in INTERMEDIARY_NOUNS for w in kind.group().split()):
        who = sender_named_at(text, kind.end(), hi, cast)  # (its kind before its name: ‘by the think tank X’)
    return who


#: A body's or a person's kind before their name, lower-case words after an article (‘the think tank ’).
#:
#: >>> RE_KIND_BEFORE_NAME.match("the think tank Common Ground").group()
#: 'the think tank '
RE_KIND_BEFORE_NAME = LazyPattern(r"(?:the|a|an) (?:[\p{Ll}\-]+ ){1,3}(?=\p{Lu})")
