"""Statements and documents: who issued, signed, wrote or sent a statement, report, letter or
rule, and the body or officer behind it.
"""

from __future__ import annotations

import functools
import re

import regex

from quotesearch.cue_tokens import Found, _first_word, _token_after, last_sentence_start, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import ARTICLES, LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import COUNTRY_NATIONALITIES, ONE_WORD_PLACES, SENDER_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import (
    ADDRESSED_WORDS, AUTHORED_NOUNS, AUTHORING_PARTICIPLES, DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, ISSUING_PARTICIPLES,
    MADE_MATERIAL_NOUNS, PLATFORM_NAMES, RE_CLAIM_IN_MATERIAL, RE_MATERIAL_MAKER, RULE_CHANGING_VERBS,
    RULE_DOCUMENT_NOUNS, SENT_MESSAGE_NOUNS, SENT_OWN_NOUNS,
)
from quotesearch.body_words import (
    FAITH_BODY_NAME_WORDS, LOCAL_BODY_NOUNS, LOCAL_SCOPE_WORDS, MILITARY_NAME_ENDINGS, NATIONAL_SCOPE_WORDS, ORG_WORDS,
    RE_BODY_SIZE_WORD, SPOKESPERSON_NOUNS,
)
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import ADOPTING_GATHERINGS, CALL_VERBS, POST_DEED_VERBS, SPEECH_VERBS
from quotesearch.mentions import mention_after, mention_before
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, RE_NAME_RUN, Token, gender_of, is_byline, is_organisation, tokenize,
)
from quotesearch.quotes import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.bodies import _body_before
from quotesearch.body_names import CONTEXT_CHARS, RE_DATELINE, _body_of_kind, _other_central_bank_before
from quotesearch.body_kinds import (
    BODY_ENDING_REACH, LOOSE_BODY_NOUNS, RE_BASED, RE_KIND_SPOKESPERSON, _bodies_of_kind, _body_by_ending, _body_fits,
    _unnamed_body, _unnamed_kind_since,
)
from quotesearch.body_firms import FIRM_SIDE_NOUNS, _article_company, _described_body
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import RE_MARK, _ends_before_marks, _person_noun


#: What a body or a person issues in their own words: "the statement said" quotes its author.
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "post", "posting", "advisory", "bulletin",
                             "filing", "warning", "alert", "notice"})

#: Owners' words before a statement that make it a body's own (‘The agency issued its highest-level
#: warning’); a person's "his" or "her" statement may be another's they read out.
BODY_OWNERS = frozenset(("its", "their"))

#: Documents a firm sends that "his" or "her" may own in an opening phrase, the firm's head the one who
#: signs it (‘In her quarterly letter to investors, Lodestar said …’).
OPENING_OWNED_NOUNS = frozenset("letter memo note".split())

#: A letter, an email or a note speaks for its writer only when a sentence before has someone
#: write it (‘X wrote to the board’); one that someone "sent" stays the document, as written. (A
#: government's "readout" of a call is its issuer's: ‘a readout issued by the Sarandian presidency’.)
WRITTEN_NOUNS = STATEMENT_NOUNS | {"letter", "email", "e-mail", "message", "note", "tweet", "caption", "readout", "faq", "faqs",
                                   "submission"}
# (a body's FAQ page is its own words: ‘according to the studio’s FAQ’ is the studio's; and a submission to a
# consultation its maker's: ‘The X Association said in its submission that …. “…,” the submission read’ (w49b))

#: Verbs of writing whose subject is the author of the letter, email or post named after them
#: (‘Tom Reilly wrote to the board. “…,” the letter said.’).
WRITING_VERBS = frozenset("wrote emailed e-mailed posted tweeted texted messaged shared uploaded".split())

#: Words before "a statement" that say who gave it: "said in a statement", "issued a statement", "posted a statement".
ISSUING_WORDS = frozenset("in issued released provided published sent gave posted".split())

#: People who release a statement for another, whose words it is not (‘released by her publicist’).
INTERMEDIARY_NOUNS = frozenset("lawyer lawyers attorney attorneys publicist publicists spokesman spokeswoman spokesperson "
                               "representative representatives agent agents manager managers".split())

#: Participles between a statement and its issuer (‘a statement released by the ministry’).
RELEASED_BY = frozenset("released issued published".split())

#: A body's or an officer's own document: "the district’s message", "the company's statement".
RE_OWNERS_DOCUMENT = LazyPattern(r"((?i:the) ([a-z]+))[’']s (?:[\w\-]+ )?"
                                   r"(?:statement|communiqu[eé]|release|post|advisory|bulletin|warning|alert|letter|e-?mail"
                                   r"|message|note|tweet|FAQs?)")


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
                      kind: str | None) -> Person | None:
    """The sender of a message the cue names again (‘the message reads’, ``kind`` "message"), when the
    sentence before the words, or theirs, says who sent or wrote it after "by" (‘The lawsuit quotes a
    WhatsApp message sent last June by the site manager, Kwame Asante, to his crew. “…,” the message
    reads’): a named person or body, never one who passes it on for another (‘sent by his lawyer, X’) nor
    one it went to (‘a memo sent to X’)."""
    if kind is None or kind not in SENT_MESSAGE_NOUNS and kind not in ("memo", "memorandum"):
        return None
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
    who = _named_right_after(text, m.end(), hi)
    if who is None:
        return None
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


#: After an authored document's noun, the words that bring in its author, who starts at the match's end:
#: ‘report by X’, ‘review of the policy by X’, ‘study from X’, ‘audit, released last month by X’,
#: ‘report, which was prepared by X’ (never ‘commissioned by’, ‘obtained by’: see AUTHORING_PARTICIPLES).
#:
#: >>> bool(RE_AUTHORED_BY.match(" of the policy by the")), bool(RE_AUTHORED_BY.match(", released last month by the"))
#: (True, True)
#: >>> bool(RE_AUTHORED_BY.match(" from the Institute")), bool(RE_AUTHORED_BY.match(", commissioned by the council"))
#: (True, False)
#: >>> bool(RE_AUTHORED_BY.match(" of children from poor homes")), bool(RE_AUTHORED_BY.match(", which was obtained by the"))
#: (False, False)
#: >>> bool(RE_AUTHORED_BY.match(", carried out between 2022 and 2024 by the"))
#: True
RE_AUTHORED_BY = LazyPattern(
    r"(?: of [^,.;:“”\"‘’()]{1,40}?)? by | from |,? (?:(?:which|that) was )?(?:carried out|"
    + "|".join(sorted(AUTHORING_PARTICIPLES)) + r")(?: [\p{L}\d\-]+){0,3}?(?: between \d{4} and \d{4})? by ")

#: A name joined by an ampersand goes on (‘Raftery & Cole’, ‘Okafor Bello & Partners’).
RE_AMPERSAND_NAME = LazyPattern(r" & \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: A body's name going on past where a mention stopped (‘the National Academies| of Sciences, …’).
RE_NAME_OF_AFTER = LazyPattern(r" (?:of|for|on|and) (?:the )?\p{Lu}")

#: An owner's name right before an authored document's noun (‘Deloitte’s review’, ‘the Ombudsman's annual
#: report’): group 1, the name.
RE_OWNER_BEFORE_DOCUMENT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}&\-]*(?: \p{Lu}[\p{L}\p{M}&\-]*){0,4})[’']s (?:[\p{Ll}\d\-]+ ){0,2}$")

#: How far before its words an authored document named again may have been brought in with its author.
AUTHOR_REACH = 2500

#: How many earlier mentions of the document's noun are read back for its author.
AUTHOR_TRIES = 4


def _party_after(text: str, m, reach: int) -> Mention | None:
    """The one named right after ``m``, the words that bring in a document's author or issuer: within
    ``reach`` characters, nothing set off or quoted between, never a pronoun."""
    a = m.end()
    toks = tokenize(text, a, min(len(text), a + 120))
    who = mention_after(toks, 0, text) if toks and toks[0].start == a else None
    if who is None or who.kind == "pronoun" or who.start - a > reach or any(c in text[a:who.start] for c in ",.;:“”\"()"):
        return None
    return who


def _body_or_team(cast: Cast, who: Mention) -> Person | None:
    """The one ``who`` names as a document's author, issuer or owner: never a place, nor a person named
    (:func:`_named_person`)."""
    person = cast.resolve(who)[0]
    return person if person is not None and not person.placelike and not _named_person(person) else None


def _read_in_part(text: str, who: Mention) -> bool:
    """A name or a body's name that goes on past where ``who`` stops (:data:`RE_NAME_OF_AFTER`), never
    into a day: the name read only in part."""
    return who.kind in ("name", "organisation") and (more := RE_NAME_OF_AFTER.match(text, who.end)) is not None \
        and text[more.end() - 1:more.end() + 9].split(" ")[0].rstrip(",.") not in WEEKDAY_NAMES \
        and not (text.startswith(" on ", who.end)  # (a site a body posts on, ‘posted by the RSPB on Facebook’,
                 # :data:`PLATFORM_WORDS` in any case, is never part of the name before "on")
                 and text[more.end() - 1:more.end() + 12].split(" ")[0].rstrip(",.").lower() in PLATFORM_WORDS)


def _known_place(name: str) -> bool:
    """A place or a country the lists know (‘Kenya’, ‘Denmark’), never an author or an issuer."""
    return name.lower() in ONE_WORD_PLACES or name in TWO_WORD_PLACES or name in COUNTRY_NATIONALITIES


def _party_brought_in_before(text: str, places: list[tuple[int, int]], party) -> Person | None:
    """The author or issuer of a document named again, read back over the last :data:`AUTHOR_TRIES` of
    ``places`` where its noun stood (start, end): the first whose ``party(start, end)`` names one; None
    past one brought in with "a", "an" or "another" that names none (never an earlier one's)."""
    for start, end in reversed(places[-AUTHOR_TRIES:]):
        if (found := party(start, end)) is not None:
            return found
        if any(w.lower() in ("a", "an", "another") for w in text[max(0, start - 40):start].split()[-3:]):
            return None
    return None


def _lower_first(words: str) -> str:
    """Words that open a sentence as they read inside one: the first letter in lower case, unless the
    first word is written in capitals (‘MPs’, ‘NHS managers’ stay as written; never ‘mPs’).

    >>> _lower_first("The panel"), _lower_first("MPs"), _lower_first("A")
    ('the panel', 'MPs', 'a')
    """
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def _author_after(text: str, at: int, cast: Cast) -> Person | None:
    """The author named right after an authored document's noun ending at ``at`` (‘A report by the
    panel’s scrutiny officers noted …’, ‘The audit, released last month by the accounting firm Hollings
    Beck LLP,’): a body, a person or people described; never a date (‘a review by March’, ‘by the end of
    the year’), a place, or one who only commissioned or obtained it."""
    m = RE_AUTHORED_BY.match(text, at)
    who = _party_after(text, m, 40) if m is not None else None
    if who is None or who.text.split()[0] in WEEKDAY_NAMES or who.text.split()[0] in MONTH_NAMES:
        return None  # (past a kind only: ‘by the consulting firm Raftery & Cole’, ‘by consultants WasteWise’)
    if _read_in_part(text, who):
        return None  # (‘by the National Academies of Sciences, Engineering and Medicine’: as written rather
        # than cut short)
    if who.kind == "name" and (amp := RE_AMPERSAND_NAME.match(text, who.end)) is not None:
        return Person(text[who.start:amp.end()], kind="organisation")
    if who.kind == "description":  # people or a body described, as written (no one named before: ‘by the
        # panel’s scrutiny officers’ is never ‘the Police Officers’ Association’), never ‘by the spring’
        head = description_head(who.text) or ""
        return Person(_lower_first(who.text), kind="description") \
            if _person_noun(head) or head in BODY_NOUNS or head in ORG_WORDS else None
    if who.kind == "name" and _known_place(who.text):
        return None  # (a country or a place the lists know is no author: ‘a survey by Kenya’, ‘from Denmark’)
    if m.group().strip() == "from" and who.kind == "name" and not is_organisation(who.text.split()):
        return None  # (‘a report from Kabul’, ‘a study from Denmark’: where it comes from; a body
        # 'from' shows it by its name, ‘a study from the Resolution Trust Institute’)
    return _body_or_team(cast, who)


#: After an issued document's noun, the words that bring in its issuer, who starts at the match's end: ‘The
#: document, titled “…,” was released Tuesday (April 15) by X’, ‘The declaration, issued by X’, ‘adopted
#: unanimously at the annual summit of X’ (never ‘obtained by’, ‘seen by’ or ‘signed by’ many).
#:
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", titled “A Plan,” was released Tuesday (April 15) by the"))
#: True
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", adopted unanimously at the annual summit of the")), \
#: ...  bool(RE_DOCUMENT_ISSUED_BY.match(", obtained by The Guardian,"))
#: (True, False)
RE_DOCUMENT_ISSUED_BY = LazyPattern(
    r"(?:,? (?:titled|entitled|headed) [“\"][^”\"]{1,80}[”\"],?)?,?(?: (?:which|that))?(?: (?:was|were|has been|had been))?"
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(ISSUING_PARTICIPLES)) + r")(?: (?:\p{Lu}\p{Ll}{2,3}\.|[^.,;:“”\"]){1,40}?)?"  # (a month cut short: ‘issued Nov. 16 by X’)
    r"(?: by | at (?:the|a|an|its|their) (?:[\p{L}\-]+ ){0,3}(?:" + "|".join(sorted(ADOPTING_GATHERINGS)) + r") of )")

#: A document many sign before the words it holds (‘have signed a statement calling climate change “…”’):
#: group 1, its noun.
RE_SIGNED_DOCUMENT = LazyPattern(r"\bsigned (?:a|an|the) (?:[\p{Ll}\-]+ ){0,2}?(" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS))
                                 + r") (?:calling|urging|saying|describing|declaring|that|which)\b")

#: How far after the words a document many signed may be said to be issued by a body (‘The document …
#: was released Tuesday by X’, in the next paragraph).
SIGNED_ISSUER_REACH = 400


def _issuer_after(text: str, at: int, cast: Cast) -> Person | None:
    """The body that issued the document whose noun ends at ``at`` (:data:`RE_DOCUMENT_ISSUED_BY`): a
    body's name, or a body described (‘by the council’); never a person named (‘released by her
    lawyer’, ‘issued by Dr Ian Vale’ stay as written), a place, a date or a pronoun."""
    m = RE_DOCUMENT_ISSUED_BY.match(text, at)
    who = _party_after(text, m, 4) if m is not None else None
    if who is None:
        return None
    if _read_in_part(text, who):
        return None  # (‘by the Conference of Religious of Ireland’: as written)
    if who.kind == "description":
        head = description_head(who.text) or ""
        return Person(_lower_first(who.text), kind="description") \
            if head in BODY_NOUNS or head in ORG_WORDS else None
    if who.text.split()[0] in WEEKDAY_NAMES or who.text.split()[0] in MONTH_NAMES \
            or _known_place(who.text):
        return None
    if who.text.split()[-1].removesuffix("’s").removesuffix("'s") in NEWS_OUTLET_WORDS:
        return None  # (a paper or a site that printed it is no issuer: ‘The letter was published by the
        # Financial Times’, ‘The statement, published by Politico,’ stay the signers' or the document's)
    return _body_or_team(cast, who)


#: Last words of a news outlet's name (‘the Financial Times’, ‘The Guardian’, ‘Politico’): one that
#: publishes a letter or a statement is never its issuer.
NEWS_OUTLET_WORDS = frozenset("""Times Post Guardian Telegraph Journal Herald Tribune Gazette Observer Independent
Chronicle Mail Express Mirror Standard Politico Axios Reuters Bloomberg BBC CNN Magazine Newsweek Atlantic Economist
Monde Spiegel Bild News Semafor Intercept Hill""".split())


def _document_issuer(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who issued the statement, declaration or document a cue names (:data:`ISSUED_DOCUMENT_NOUNS`), when
    the article says: right after the mention (‘The declaration, issued by the Inter-Religious Council,
    says …’), or where a document of those nouns was brought in before with its issuer (‘The document,
    titled “…,” was released by X …. It urges …’, ‘The declaration, adopted at the summit of X, …. The
    statement also urges …’). None when the nearest one brought in with "a" names no issuer."""
    if noun not in ISSUED_DOCUMENT_NOUNS:
        return None
    if mention.kind != "pronoun" and (issuer := _issuer_after(text, mention.end, cast)) is not None:
        return issuer
    if mention.text.split()[0].lower() not in ("the", "this", "that", "it"):
        return None
    lo = max(0, mention.start - AUTHOR_REACH)
    return _party_brought_in_before(text, [m.span() for m in RE_ISSUED_NOUN.finditer(text, lo, mention.start)],
                                    lambda start, end: _issuer_after(text, end, cast)) \
        or _rule_maker_before(text, mention, noun, cast)


#: After a body's name opening a sentence, its changing the rules it sets (‘The Centers for Disease Control on
#: Monday cut the isolation period …’, ‘Public Health England has updated its advice’).
#:
#: >>> bool(RE_RULES_CHANGED.match(" on Monday cut the isolation period")), bool(RE_RULES_CHANGED.match(" said on Monday"))
#: (True, False)
RE_RULES_CHANGED = LazyPattern(r"(?: \(\p{Lu}{2,}\))?(?: on \p{Lu}\p{Ll}+| last \p{Ll}+| this \p{Ll}+| (?:has|have|had))?"
                               r" (?:" + "|".join(sorted(RULE_CHANGING_VERBS)) + r")\b")


#: A body's name, whose words "of", "for", "and" may join (‘Korea Disease Control and Prevention Agency’,
#: ‘Centers for Disease Control and Prevention’).
#:
#: >>> RE_BODY_NAME_RUN.match("Centers for Disease Control and Prevention on Monday").group()
#: 'Centers for Disease Control and Prevention'
RE_BODY_NAME_RUN = LazyPattern(r"\p{Lu}[\p{L}\-’']*(?: (?:(?:of|for|and) )?\p{Lu}[\p{L}\-’']*){0,8}")


def _rule_maker_before(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """The body whose rules a sentence's "The updated guidance", "The new guidelines" give, when the sentence
    right before opens with that body's name changing them (‘The Centers for Disease Control on Monday cut the
    isolation period …. / The updated guidance says people “…”’); never a person (‘Governor X on Monday
    relaxed …’), a place, nor a document that does not open its own sentence."""
    if noun not in RULE_DOCUMENT_NOUNS or RE_DOCUMENT_OWN_SOURCE.match(text, mention.end) is not None:
        return None  # (a document that names its own source is that source's: ‘The updated guidance from
        # Public Health England says’ after ‘The WHO on Monday updated its figures’)
    own = _sentence_start(text, 0, mention.start)
    if text[own:mention.start].strip() or own < 2:
        return None
    lo = _sentence_start(text, 0, own - 2)
    lo += len(text[lo:own]) - len(text[lo:own].lstrip())
    if (dateline := RE_DATELINE.match(text, lo, own)) is not None:
        lo = dateline.end()
    if text.startswith("The ", lo):
        lo += 4
    run = RE_BODY_NAME_RUN.match(text, lo, own)
    if run is None or (changed := RE_RULES_CHANGED.match(text, run.end(), own)) is None \
            or RE_RULES_OBJECT.search(text, changed.end(), own) is None:
        return None  # (its change is of rules: never ‘The WHO on Monday updated its figures on measles’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.placelike or p.titled or p.gender is not None or p.kind not in ("organisation", "name"):
        return None
    if p.kind == "name" and not is_organisation(p.name.split()) and (gender_of(p.name.split()[0]) is not None or not any(
            m.group(1) in BODY_NOUNS for m in RE_THE_LOWER_NOUN.finditer(text, run.end(), own))):
        return None  # (a name no body's word shows is one only when its sentence calls it so: ‘The Centers for
        # Infectious Disease Control on Monday cut …, a change the agency said …’)
    return p


#: A document's own source right after its noun (‘guidance from Public Health England’, ‘guidelines by the NHS’).
RE_DOCUMENT_OWN_SOURCE = LazyPattern(r"\s+(?:from|by|of|issued by|published by) (?:the )?\p{Lu}")

#: Words of rules a body changes (‘cut the isolation period’, ‘eased quarantine rules’, ‘relaxed the mask mandate’).
RE_RULES_OBJECT = LazyPattern(r"(?i)\b(?:rules?|guidance|guidelines?|advice|advisory|period|restrictions?|requirements?|"
                              r"mandates?|recommendations?|quarantine|isolation|limits?|policy|policies|regulations?|"
                              r"protocols?|measures|directive|circular|criteria|thresholds?)\b")


#: "the" and a word in lower case (‘the agency’): group 1 the word.
RE_THE_LOWER_NOUN = LazyPattern(r"\bthe (\p{Ll}+)\b")


#: A noun of :data:`ISSUED_DOCUMENT_NOUNS`, as a word.
RE_ISSUED_NOUN = LazyPattern(r"\b(?i:" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS)) + r")\b")


def _signed_document_issuer(text: str, sp: Span, b_lo: int, cast: Cast) -> Person | None:
    """The body that issued a document many signed, whose words the quotation gives (‘More than 300
    pastors have signed a statement calling climate change “…”. / The document, titled “…,” was
    released Tuesday by the Evangelical Stewardship Fellowship’): the issuer named in the sentence that
    next names the document, within reach; the signers are no speaker of its words."""
    if sp.close_end is None or text.find("signed ", b_lo, sp.open_at) < 0:
        return None  # (a cheap exact prefilter)
    m = RE_SIGNED_DOCUMENT.search(text, b_lo, sp.open_at)
    if m is None or RE_MARK.search(text, m.end(), sp.open_at) is not None:
        return None
    for again in RE_THE_ISSUED_NOUN.finditer(text, sp.close_end, min(len(text), sp.close_end + SIGNED_ISSUER_REACH)):
        return _issuer_after(text, again.end(), cast)
    return None


#: A document of :data:`ISSUED_DOCUMENT_NOUNS` named again as a sentence's subject (‘The document, …’).
RE_THE_ISSUED_NOUN = LazyPattern(r"(?<=^|[.!?”]\s{1,3}|\n)The (?:" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS)) + r")\b")


#: A body that meets and keeps minutes, by its name (‘the Monetary Policy Committee’, ‘the Federal Open
#: Market Committee’, ‘the Board of Governors’): group 1 the name.
#:
#: >>> RE_MEETING_BODY.search("The bank's Monetary Policy Committee held").group(1)
#: 'Monetary Policy Committee'
RE_MEETING_BODY = LazyPattern(r"\b((?:\p{Lu}[\p{L}\-]+ ){1,4}(?:Committee|Board|Council|Commission)(?: of (?:\p{Lu}[\p{L}\-]+ ?){1,3})?)\b")

#: The bare nouns :data:`RE_MEETING_BODY` ends with, no name of one body.
RE_MEETING_BODY_WORDS = ("Committee", "Board", "Council", "Commission")

#: A body's organ named in lower case after a possessive (‘the English Football League's board’): another
#: body that keeps minutes.
RE_OTHER_ORGAN = LazyPattern(r"[’']s (?:\p{Ll}+ )?(?:board|committee|council|commission)\b")

#: Minutes named with their owner (‘Minutes of the Fed's December meeting’): group 1 the owner's word.
RE_MINUTES_OF_OWNER = LazyPattern(r"\b[Mm]inutes of (?:the )?(\p{Lu}[\p{L}\-]*(?:[’']s)?)")

#: How far before "the minutes" the body whose meeting they record may be named.
MINUTES_REACH = 1500


def _minutes_body(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The body whose minutes "the minutes" are: the one committee, board or council the article names
    before them within reach (‘The Monetary Policy Committee voted 6-2-1 …. “…,” the minutes said’); none
    when two bodies of that kind are named, or when the minutes are no meeting's (‘minutes of the call’)."""
    if mention.text.split()[0].lower() not in ("the", "these", "those"):
        return None
    if text.startswith(" of ", mention.end):
        return None  # (‘the minutes of the call’: whose meeting the words after say)
    lo = max(0, mention.start - MINUTES_REACH)
    names = {m.group(1).strip() for m in RE_MEETING_BODY.finditer(text, lo, mention.start)}
    names = {n[4:] if n.startswith("The ") else n for n in names} - set(RE_MEETING_BODY_WORDS)  # (never a
    # quotation's own "The Committee noted")
    if len(names) != 1:
        return None
    name = names.pop()
    window = text[lo:mention.start]
    if RE_OTHER_ORGAN.search(window) or any(o.rstrip("’'s") not in name for o in RE_MINUTES_OF_OWNER.findall(window)):
        return None  # (guard: another body's board or committee named, or minutes named as another's: ‘Minutes of
        # the Fed's December meeting’ after ‘the Senate Banking Committee’)
    at = text.rfind(name, lo, mention.start)
    return _body_or_team(cast, Mention(at, at + len(name), name, "name"))


def _named_person(p: Person) -> bool:
    """A name that is a person's, by a title, a sex or a given name the lists know (‘Dr Ian Vale’): a
    report by one person stays the report's, as written (a body's or a team's is its author's)."""
    return p.kind == "name" and (p.titled or p.gender is not None or gender_of(p.name.split()[0]) is not None)


#: An issued or authored document owned by a body by its kind, as a cue's subject (‘The clinic’s patient
#: handbook’, ‘the ministry's new guidance’, ‘The university's 94-page report’): group 1 the owner, group 2 the
#: document's noun.
#:
#: >>> RE_KIND_OWNED_DOCUMENT.fullmatch("The clinic’s patient handbook").groups()
#: ('The clinic', 'handbook')
#: >>> RE_KIND_OWNED_DOCUMENT.fullmatch("The university's 94-page report").groups()
#: ('The university', 'report')
RE_KIND_OWNED_DOCUMENT = LazyPattern(r"((?i:the) \p{Ll}+)[’']s (?:[\p{Ll}\d\-]+ ){0,2}(\p{Ll}+)")


#: Authored documents that, owned by a body by its kind, speak for the body named before (‘The university's
#: 94-page report found’); never an activity that may be another's (‘the agency's investigation’, an inquiry).
#:
#: >>> "report" in KIND_OWNED_REPORT_NOUNS, "investigation" in KIND_OWNED_REPORT_NOUNS
#: (True, False)
KIND_OWNED_REPORT_NOUNS = frozenset("report review audit study survey assessment".split())


def _document_owner(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body whose issued document (:data:`ISSUED_DOCUMENT_NOUNS`) a cue names by its owner: a name (‘The
    Health Ministry's guidance says’, :func:`_owner_of_document`), or a body's kind that stands for the one
    named before (‘… at the Post-Viral Clinic …. The clinic's handbook says’, :func:`_issuing_body`). None for
    a person's document (‘the minister's letter’), a place's or a day's, or a kind no body named before has."""
    noun = mention.text.rsplit(" ", 1)[-1].lower()
    if noun not in ISSUED_DOCUMENT_NOUNS and noun not in KIND_OWNED_REPORT_NOUNS \
            or "’s " not in mention.text and "'s " not in mention.text:  # (a body's written report too: ‘The
        # university's 94-page report found’; never an activity, ‘the agency's investigation’)
        return None  # (a cheap exact prefilter: an owner's "’s")
    m = RE_KIND_OWNED_DOCUMENT.fullmatch(mention.text)
    if m is None:
        owned = _owner_of_document(text, mention.end - len(noun), cast)
        return owned if owned is not None and (owned.kind == "organisation" or owned.kind == "name"
                                               and is_organisation(owned.name.split())) and not owned.placelike else None
    kind = m.group(1).split()[1]
    if kind not in BODY_NOUNS:
        return None  # (a person's document stays as written: ‘the minister's letter’)
    owner = Person(f"the {kind}", kind="description")
    body = _issuing_body(text, owner, mention.start + len(m.group(1)), sp, paras, cast)
    return body if body is not owner and body.kind in ("name", "organisation") else None


#: A document named by its owner with a title before the name, as a speaker mention takes it whole
#: (‘Cabinet Secretary Grace Wanjiru’s statement’, ‘Councillor Tom Byrne's letter’): group 1, the owner.
#:
#: >>> RE_NAMED_OWNERS_DOCUMENT.fullmatch("Senator Ray Obi’s statement").group(1)
#: 'Senator Ray Obi'
RE_NAMED_OWNERS_DOCUMENT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}.\-]*(?: \p{Lu}[\p{L}\p{M}.\-]*){1,5})[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)")


def _named_owners_document(mention: Mention, cast: Cast) -> Person | None:
    """The named person whose letter, email or statement (:data:`WRITTEN_NOUNS`) a description names
    (‘Senator Ray Obi’s statement said …’): never a body's (:func:`_document_owner`), a place's
    (‘Britain’s letter’), a day's (‘Tuesday’s statement’) or an officer's unnamed (‘the minister’s letter’)."""
    if "’s " not in mention.text and "'s " not in mention.text:
        return None  # (cheap: an owner's "’s")
    m = RE_NAMED_OWNERS_DOCUMENT.fullmatch(mention.text)
    if m is None or m.group(2) not in WRITTEN_NOUNS or m.group(1).split()[0] in ("The", "This", "That"):
        return None
    owner = m.group(1)
    p, _ = cast.resolve(Mention(mention.start, mention.start + len(owner), owner, "name"))
    return p if p is not None and p.kind == "name" and not p.placelike and " " in p.name \
        and not is_organisation(p.name.split()) else None


#: A document set off with the one it went to, up to a mention of them (‘The letter, addressed to the
#: council’s chief executive, ’): group 1, the document; group 2, its noun.
#:
#: >>> RE_DOCUMENT_ADDRESSED.search("The letter, addressed to Plaza’s chief executive, ").group(1)
#: 'The letter'
RE_DOCUMENT_ADDRESSED = LazyPattern(r"\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[\p{Ll}\-]+ )?(\p{Ll}+)), (\p{Ll}+) to "
                                    r"[^.;:“”\"]*$")


#: The words RE_DOCUMENT_ADDRESSED's match holds whenever _document_addressed_to answers: ", ", a word of
#: ADDRESSED_WORDS and " to " (an exact test before that search, which most mentions fail).
ADDRESSED_LEADS = tuple(f", {w} to " for w in sorted(ADDRESSED_WORDS))


def _document_addressed_to(text: str, mention: Mention) -> Mention | None:
    """The document a speaker mention is only the addressee of, set off right before it in the cue's
    clause (‘The letter, addressed to the council’s chief executive, Joanna Pike, says’, :data:`ADDRESSED_WORDS`):
    a description of the document, or None."""
    lo = max(0, mention.start - 160)
    if text.find(" to ", lo, mention.start) < 0:
        return None  # (cheap: most mentions have no "to" before them)
    if not any(text.find(lead, lo, mention.start) >= 0 for lead in ADDRESSED_LEADS):
        return None  # (nor one of ADDRESSED_WORDS before it: the search's first match could not pass)
    m = RE_DOCUMENT_ADDRESSED.search(text, lo, mention.start)
    if m is None or m.group(2) not in DOCUMENT_NOUNS or m.group(3) not in ADDRESSED_WORDS:
        return None
    before = text[max(0, m.start(1) - 12):m.start(1)].split()
    if before and before[-1].lower() in DOCUMENT_SETTING_WORDS:
        return None  # (the document only the setting of the subject's words: ‘In the memo, sent to staff on
        # Tuesday, chief executive X said’ is X's)
    return Mention(m.start(1), m.end(1), m.group(1), "description")


#: Words before a document that make it the setting of a subject's words, never the subject (‘In the
#: memo, sent to staff, X said’).
DOCUMENT_SETTING_WORDS = frozenset("in within through via by from under".split())


def _owner_of_document(text: str, at: int, cast: Cast) -> Person | None:
    """The named owner written right before the authored document's noun at ``at`` (‘Deloitte’s review
    found …’): never a place's (‘Britain’s report’) nor a day's (‘Tuesday’s report’)."""
    m = RE_OWNER_BEFORE_DOCUMENT.search(text, max(0, at - 80), at)
    if m is None:
        return None
    name = m.group(1)[4:] if m.group(1).startswith("The ") else m.group(1)
    if not name or name.split()[0] in WEEKDAY_NAMES or name.split()[0] in MONTH_NAMES:
        return None
    return _body_or_team(cast, Mention(m.end(1) - len(name), m.end(1), name, "name"))


#: A plural of an authored document's noun (:data:`AUTHORED_NOUNS`: ‘audits’, ‘reports’).
RE_AUTHORED_PLURAL = LazyPattern(r"\b(?i:" + "|".join(sorted(AUTHORED_NOUNS)) + r")s\b")


def _report_author(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who wrote the report, study, audit or review a cue names (AUTHORED_NOUNS), when the article names
    its author: right after the mention (‘A report by the panel’s scrutiny officers noted that “…”’), or
    where the same noun was brought in before, read back past the document named again (‘A report by
    Calder Consultancy found …. But the report also warned that “…”’, ‘according to a rate study by the
    consulting firm Raftery & Cole. The study warned …’). None when the nearest one brought in with "a"
    names no author (‘A report commissioned by the council found …. The report said “…”’ stays the
    report's), or when no author is named within reach."""
    if mention.kind != "pronoun" and (author := _author_after(text, mention.end, cast)) is not None:
        return author
    first = mention.text.split()[0].lower()
    if first in ("one", "another") and len(mention.text.split()) == 2:
        # one of several brought in before by their author (‘The audits, carried out by the firm X, found ….
        # / One report, from March, states: “…”’): the author of the plural named last, if it names one
        lo = max(0, mention.start - AUTHOR_REACH)
        found = [(lo + m.start(), lo + m.end()) for m in RE_AUTHORED_PLURAL.finditer(text[lo:mention.start])]
        return _author_after(text, found[-1][1], cast) if found else None
    if first not in ("the", "this", "that", "it"):
        return None
    lo = max(0, mention.start - AUTHOR_REACH)
    found = [(lo + m.start(), lo + m.end()) for m in regex.finditer(r"\b(?i:" + noun + r")\b", text[lo:mention.start])]
    return _party_brought_in_before(text, found, lambda start, end: _author_after(text, end, cast)
                                    or _owner_of_document(text, start, cast))


#: A described armed or political group with its short name in capitals inside (‘the Al-Qaeda-linked JNIM
#: group’, ‘the Islamic State-affiliated ADF militia’): the short name, group 1.
#:
#: >>> RE_ACRONYM_GROUP.fullmatch("The Islamic State-linked ADF group").group(1)
#: 'ADF'
RE_ACRONYM_GROUP = LazyPattern(r"(?i:the) (?:[\p{L}\-]+ ){0,3}(\p{Lu}{2,6}) (?:group|movement|militia|faction|"
                               r"rebels|rebel group|insurgents|party|alliance|coalition)")


#: Short names of bodies and states that have groups of their own (‘the UN group’, ‘the EU coalition’).
PARENT_BODY_ACRONYMS = frozenset("UN EU AU US UK UAE WHO IMF ASEAN ECOWAS SADC OSCE OPEC OAS".split())


def _acronym_of_group(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The group's short name in capitals that a description of it holds, when the article also uses
    that name on its own elsewhere (‘The Al-Qaeda-linked JNIM group said …. JNIM routinely …’): the name,
    never the description as written. Never a short name seen only inside the description."""
    m = RE_ACRONYM_GROUP.fullmatch(mention.text)
    if m is None:
        return None
    short = m.group(1)
    if short in PARENT_BODY_ACRONYMS:
        return None  # (a body's own group or coalition is not the body: ‘the UN group of experts’)
    at = mention.start + m.start(1)
    alone = regex.compile(r"(?<![\p{L}\-])" + short + r"(?![\p{L}\-])")
    if not any(x.start() != at for x in alone.finditer(text)):
        return None
    return _body_or_team(cast, Mention(at, at + len(short), short, "name"))


def _document_writer(text: str, mention: Mention, document: str, cast: Cast) -> tuple[Person, str] | None:
    """Who wrote the document ``document`` names, with how: the author of an authored one (a report, an
    audit: :func:`_report_author`, "author"), else the issuer of an issued one (a statement, a declaration:
    :func:`_document_issuer`, "statement")."""
    if (noun := _authored_noun(document)) is not None and (author := _report_author(text, mention, noun, cast)) is not None:
        return author, "author"
    if (noun := _written_head(document)) in ISSUED_DOCUMENT_NOUNS and (issuer := _document_issuer(text, mention, noun, cast)) is not None:
        return issuer, "statement"
    return None


def _authored_noun(document: str) -> str | None:
    """The authored document's noun a description names (‘the 142-page report’, ‘An independent review of
    the policy by X’), or None."""
    head = description_head(document)
    if head in AUTHORED_NOUNS:
        return head
    last = document.rsplit(" ", 1)[-1].lower()
    if last.endswith("s") and last[:-1] in AUTHORED_NOUNS and last[:-1] in DOCUMENT_NOUNS:
        return last[:-1]  # (and several by one author: ‘The audits, carried out by the firm X, found …’)
    return last if last in AUTHORED_NOUNS else None


#: How many paragraphs back a document named again may have spoken for its issuer (‘“…,” the post said’).
STATEMENT_AGAIN_PARAGRAPHS = 2


def _body_cued_as(results: list, sp: Span, described: str) -> Person | None:
    """The named body an earlier quotation's cue, a paragraph or two before, resolved the words
    ``described`` to (‘The league said in a statement Monday that it has “…”’ the Valley Hockey League's):
    the body a statement issued by "the league" is, when "the statement said" follows. None when that
    cue's words stood for no named body (‘The company said …’ with no company named)."""
    for prev_sp, prev, _ in reversed(results):
        if sp.paragraph - prev_sp.paragraph > STATEMENT_AGAIN_PARAGRAPHS:
            return None
        if prev is not None and prev.how == "body" and prev.mention is not None and prev.person is not None \
                and prev.person.kind == "organisation" and prev.mention.text.lower() == described.lower():
            return prev.person
    return None


def _statement_issuer_before(results: list, sp: Span, kind: str | None) -> Person | None:
    """The issuer an earlier quotation's cue gave to the same kind of document, a paragraph or two
    before (‘The department said in a Facebook post …. “…,” the post said.’ is the department's), for
    the document named again as its own sentence's subject with no issuer near (‘The post also urged
    …, adding that “…”’; the caller checks it opens the sentence): the same post, the same issuer
    (never a cue after another's sentence: ‘Smith criticised the firm. “…,” the statement said’)."""
    if kind is None:
        return None
    for prev_sp, prev, _ in reversed(results):
        if sp.paragraph - prev_sp.paragraph > STATEMENT_AGAIN_PARAGRAPHS:
            return None
        if prev is not None and prev.how == "statement" and prev.person is not None and prev.mention is not None \
                and _written_head(prev.mention.text) == kind:
            return prev.person
    return None


#: A statement given somewhere before in the article (‘investigators have said in an interim statement’,
#: ‘the regulator issued a statement’): what "The statement said" may name again.
RE_STATEMENT_GIVEN = LazyPattern(r"\b(?:in|issued|released|published) (?:an?|its|their) (?:[\p{Ll}\-]+ ){0,2}statement\b")


#: The word "statement" (a paragraph about one).
RE_STATEMENT_WORD = LazyPattern(r"\bstatement\b")


def _spokesperson_of_statement(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The spokesperson who spoke the quotation right before, in the paragraph before or this one, for
    "the statement" named again, when that quotation's paragraph speaks of the statement they gave
    (‘The ministry's statement, carried by state media, was terse. The spokesman said Seoul had shown
    “…”. / “…,” the statement said.’): one who speaks for a body, unnamed or named, whose words the
    statement carries (never when no statement is spoken of there: ‘The spokesman said …’ alone)."""
    if mention.text.lower() != "the statement" or not results:
        return None
    prev_sp, prev = next(((x, f) for x, f, _ in reversed(results) if f is not None), (None, None))
    if prev is None or sp.paragraph - prev_sp.paragraph > 1 or prev.person is None or prev.mention is None \
            or prev.mention.kind != "description" or description_head(prev.mention.text) not in SPOKESPERSON_NOUNS:
        return None
    return prev.person if RE_STATEMENT_WORD.search(text, prev_sp.para_start, prev_sp.para_end) is not None else None


def _statement_body_before(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The body that spoke the quotation right before, in the same paragraph or the one before, for
    "The statement" opening its own sentence with no issuer near, when the article has had a statement
    given (‘…, investigators said in an interim statement. / … / “…,” the unit said. / The statement said
    …’; ‘The council said in a statement …. “…,” the council said. The statement added that …’). Only a
    body (never a person, whose statement may be another's), only the quotation right before."""
    if mention.text.lower() != "the statement" or not results:
        return None
    if (spokes := _spokesperson_of_statement(text, results, sp, mention)) is not None:
        return spokes
    prev_sp, prev = next(((x, f) for x, f, _ in reversed(results) if f is not None), (None, None))
    if prev is None or sp.paragraph - prev_sp.paragraph > 1 or prev.person is None or prev.mention is None \
            or prev.person.kind != "organisation" or prev.how == "statement":
        return None
    if RE_STATEMENT_GIVEN.search(text, 0, mention.start) is None:
        return None
    return prev.person


#: A body's officer named by "its" alone (‘its president’, ‘its chief executive’).
RE_ITS_OFFICER = LazyPattern(r"(?i:its) ([a-z]+(?: [a-z]+)?)")


def _named_in_sentence_before(text: str, at: int, body: Person, paras: list[tuple[int, int]], sp: Span) -> bool:
    """The body is named in the sentence of ``at`` or the one right before it (‘The Consumer Protection Agency
    fined …. / The agency's report found …’); never one named further back with another body's work told of
    between (‘The FDA approved …. Reuters reviewed …. The agency's investigation found …’)."""
    k = next((i for i, (a, b) in enumerate(paras) if a <= at <= b), sp.paragraph)
    lo = _sentence_start(text, paras[k][0], at)
    if lo <= paras[k][0] and k > 0:
        p_lo = _sentence_start(text, paras[k - 1][0], paras[k - 1][1])
    else:
        p_lo = _sentence_start(text, paras[k][0], max(paras[k][0], lo - 2))
    name = body.name[4:] if body.name.lower().startswith("the ") else body.name
    return name.lower() in text[p_lo:at].lower()


def _its_officer_named_next(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the next paragraph names by the very title of "its <officer>" at the cue, right before the
    name (‘… and its president accused the companies of “…”. / UMW President Theresa Marchetti announced
    …’): the body's officer named at once. Only in the paragraph right after, only one so titled, only a
    person's name (never another office, ‘UMW Treasurer …’, nor a title far off)."""
    m = RE_ITS_OFFICER.fullmatch(mention.text)
    if m is None or m.group(1).split()[-1] not in ROLE_NOUNS or sp.paragraph + 1 >= len(paras):
        return None
    lo, hi = paras[sp.paragraph + 1]
    title = m.group(1)
    found = None
    find = regex.compile(regex.escape(title), regex.IGNORECASE)  # (the paragraph's case aside, offsets exact)
    hit = find.search(text, lo, hi)
    while hit is not None:
        k = hit.start()
        run = RE_NAME_RUN.match(text, k + len(title) + 1) if text[k:k + 1].isupper() and text[k + len(title):k + len(title) + 1] == " " else None
        if run is not None and not _officer_prefix_owns(text, k, lo, mention, sp, paras):
            run = None  # (another body's officer or another office: ‘Airline President Maria Gomez’,
            # ‘Union Vice President Sara Nelson’, ‘President Joe Biden’)
        if run is not None:
            if found is not None:
                return None  # (two so titled: no telling which)
            found = run.group()
        hit = find.search(text, k + len(title), hi)
    if found is None:
        return None
    person = cast.by_surname.get(found.split()[-1].lower())
    return person if person is not None and person.kind == "name" and not person.placelike and " " in person.name else None


RE_OFFICER_PREFIX = LazyPattern(r"((?:\p{Lu}[\p{L}’'\-]*\.? ){1,5})$")


def _officer_prefix_owns(text: str, k: int, lo: int, mention: Mention, sp: Span, paras: list[tuple[int, int]]) -> bool:
    """The capitalised words right before the title at ``k`` (in the paragraph from ``lo``) are the body's own:
    its letters (‘NDU’ for ‘The National Dockworkers Union’) or a word of the subject of the sentence that says
    "its <officer>" (‘Federation President …’ after ‘The Brazilian football federation …’); never a deputy's
    office (‘Vice President’) nor a bare title (‘President Joe Biden’)."""
    pre = RE_OFFICER_PREFIX.search(text, lo, k)
    if pre is None:
        return False
    words = [w.strip(".’'").lower() for w in pre.group(1).split()]
    if words[-1] in ("vice", "deputy", "assistant", "acting", "former", "interim", "associate", "co"):
        return False
    s_lo = _sentence_start(text, paras[sp.paragraph][0], mention.start)
    if (dateline := RE_DATELINE.match(text, s_lo, mention.start)) is not None:
        s_lo = dateline.end()  # (the lede's own subject: ‘DETROIT (AP) -- The United Motor Workers union …’)
    subject = text[s_lo:mention.start]
    cut = regex.search(r"\b(?:has|have|had|is|was|were|said|says|on|in|and|,)\b|,", subject)
    subject = subject[:cut.start()] if cut is not None and cut.start() > 0 else subject
    # (the subject part only: the words before its first verb, ‘The pilots' association rejected the airline's …’
    # is cut by its verb below)
    subject_words = [w.strip(".,’'s").lower() for w in subject.split()]
    first_verb = next((i for i, w in enumerate(subject.split()) if i > 0 and w[:1].islower() and w.lower() not in
                       ("of", "for", "and", "the", "de", "des", "du") and not w.endswith(("’", "'", "’s", "'s"))
                       and regex.match(r"\p{Ll}+(?:ed|s)$", w)), None)
    if first_verb is not None:
        subject_words = subject_words[:first_verb]
    initials = "".join(w[:1] for w in subject.split()[:first_verb] if w[:1].isupper() and w not in ("The",))
    if len(words) == 1 and pre.group(1).strip().isupper() and len(words[0]) > 1 and words[0].upper() == initials.upper():
        return True
    stems = {w.rstrip("s") for w in subject_words if len(w) > 2 and w not in ("the",)}
    return any(w.rstrip("s") in stems for w in words)


#: A clause of its own, or a statement told of, after the quotation in its paragraph.
RE_OTHER_CLAUSE_TAIL = LazyPattern(r", (?:and|while|but|whereas|as)\b|[.!?;] +\S|\bstatement\b")


def _body_statement_before(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The body whose words the quotation right before gave, in the paragraph just before, for "the
    statement" after a quotation that opens its paragraph (‘Pacific Fleet Command said on X that …
    “…”. / “…,” the statement said.’), or for "the <noun>'s statement" whose noun heads that body's
    mention (‘The Nigerian army said …. / “…,” the army's statement said.’). Never a person's words
    (a person gives no body's statement), never past another quotation, never another noun's
    statement (‘the ministry's statement’ after the army spoke is as written)."""
    if not results or sp.open_at != sp.para_start:
        return None
    prev_sp, prev = next(((x, f) for x, f, _ in reversed(results) if f is not None), (None, None))
    if prev is None or prev_sp.paragraph != sp.paragraph - 1 or prev.person is None or prev.mention is None \
            or prev.how == "statement" or (prev.mention.kind not in ("name", "organisation", "description")
                                           and not _body_it_in_statement(text, prev_sp, prev)):
        return None
    if not any(f is not None and f.person is not None and f.person.name == prev.person.name
               for x, f, _ in results if x.paragraph == prev_sp.paragraph):
        return None
    if prev_sp.close_end is not None and RE_OTHER_CLAUSE_TAIL.search(text, prev_sp.close_end, prev_sp.para_end) is not None:
        return None  # (another body after the words the statement may be: ‘…, while China's foreign ministry
        # issued a statement of its own’, ‘…, and Beijing's coast guard accused Manila of trespassing’)
    low = mention.text.lower()
    if low == "the statement":
        words = prev.person.name.split()
        body = prev.person.kind == "organisation" or (
            prev.person.kind == "name" and len(words) > 1 and prev.person.gender is None and not prev.person.titled
            and gender_of(words[0]) is None and words[-1].lower() in ORG_WORDS | MILITARY_NAME_ENDINGS)
        return prev.person if body else None  # (‘US Central Command’, never ‘Mary Byrne’)
    owner = RE_OWNERS_DOCUMENT.fullmatch(mention.text)
    if owner is None or not low.endswith("statement") or prev.mention.kind != "description" \
            or description_head(prev.mention.text) != owner.group(2).lower():
        return None
    return prev.person  # (the body by the very noun: ‘The Israeli military said …’ / ‘the military's statement’)


#: A body by its kind speaking in its own document, ending right before "its" (‘the bank said in ’, ‘the
#: ministry, in ’): group 1 the kind.
#:
#: >>> RE_BODY_SAID_IN_ITS.search("Two members voted no, the bank said in ").group(1)
#: 'bank'
#: >>> RE_BODY_SAID_IN_ITS.search("Smith said in ") is None
#: True
RE_BODY_SAID_IN_ITS = LazyPattern(r"\b(?i:the) (\p{Ll}+) (?:said|says|wrote|noted|added) in $")

#: A body by its name that spoke in a report it published (‘the Public Accounts Board said in a report
#: published on Tuesday’, ‘…, the National Audit Office said in its annual report’): group 1 the name, to
#: which "the report" a later cue names stands for.
#:
#: >>> RE_NAMED_BODY_SAID_IN_REPORT.search("late, the Public Accounts Board said in a report published").group(1)
#: 'the Public Accounts Board'
#: >>> RE_NAMED_BODY_SAID_IN_REPORT.search("Smith said in a report") is None
#: True
RE_NAMED_BODY_SAID_IN_REPORT = LazyPattern(r"((?:(?<![\p{L}’'])the )?\p{Lu}[\p{L}\-&]*(?: (?:(?:of|for|and|on|the) )*\p{Lu}[\p{L}\-&]*)+)"
                                           r"(?: on \p{Lu}\p{Ll}+)? (?:said|says|found|warned|concluded) (?:on \p{Lu}\p{Ll}+ )?"
                                           r"in (?:a|an|its) (?:[\p{Ll}\-]+ ){0,2}report\b")

#: Another report, study or the like brought in by an indefinite article (‘A new report by the Institute
#: for Fiscal Studies’, ‘published a separate study’), which a later "the report" may stand for instead.
#:
#: >>> RE_ANOTHER_REPORT.search("researchers published a separate study.") is not None
#: True
#: >>> RE_ANOTHER_REPORT.search("The report, titled “Steel and Delay,” found") is None
#: True
RE_ANOTHER_REPORT = LazyPattern(r"\b(?i:a|an|another)\s+(?:[\p{L}\-]+\s+){0,3}?(?:report|study|review|survey|audit|analysis|paper|inquiry)\b")

#: A report named again by a cue with nothing after it to say whose.
#:
#: >>> bool(RE_THE_REPORT.fullmatch("the report")), bool(RE_THE_REPORT.fullmatch("The report")), bool(RE_THE_REPORT.fullmatch("the new report"))
#: (True, True, False)
RE_THE_REPORT = LazyPattern(r"(?i:the) report")


def _report_body_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one body the article said spoke in a report, before "the report" that a cue names (‘…, the
    Public Accounts Board said in a report published on Tuesday. … “…,” the report said’): the body's
    words, as "the statement" is the issuer's. None when no body, a person, or two bodies did so."""
    if RE_THE_REPORT.fullmatch(mention.text) is None:
        return None
    found = list(RE_NAMED_BODY_SAID_IN_REPORT.finditer(text, 0, mention.start))
    names = {m.group(1).removeprefix("the ").removeprefix("The ") for m in found}
    if len(names) != 1 or RE_ANOTHER_REPORT.search(text, found[-1].end(), mention.start) is not None:
        return None  # (nor when another report or study is brought in after the body's: ‘A new report by the
        # Institute for Fiscal Studies went further. “…,” the report said’ is that one)
    name = names.pop()
    if not is_organisation(name.split()):
        return None  # (a person who spoke in a report is no issuer: ‘Smith said in a report’)
    written = regex.search(r"(?:\b[Tt]he )?" + regex.escape(name), text)
    return Person(written.group() if written is not None and written.group().startswith("the ") else name, kind="organisation")


#: "its" and a document a body issues (‘its statement’, ‘its latest statement’): group 1 the document's noun.
#:
#: >>> RE_ITS_ISSUED_DOCUMENT.fullmatch("its latest statement").group(1), RE_ITS_ISSUED_DOCUMENT.fullmatch("its chief") is None
#: ('statement', True)
RE_ITS_ISSUED_DOCUMENT = LazyPattern(r"its (?:[\p{Ll}\-]+ )?(" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS)) + r")")


#: A document from a body by its kind, as a whole mention (‘a statement from the trust’): group 1 the kind.
#:
#: >>> RE_DOCUMENT_FROM_KIND.fullmatch("a statement from the trust").group(1)
#: 'trust'
#: >>> RE_DOCUMENT_FROM_KIND.fullmatch("a statement from the Ashworth Trust") is None
#: True
RE_DOCUMENT_FROM_KIND = LazyPattern(r"(?i:an?|the) (?:[\p{Ll}\-]+ )?(?:" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS))
                                    + r") (?:from|by|issued by|released by) the (\p{Ll}+)")


def _its_document_after_body(text: str, mention: Mention) -> tuple[int, str] | None:
    """Where "the <kind>" whose document a cue's subject is stands, and the kind: the body that said
    something in "its" document (‘…, the bank said in its statement, which described the market as “…”’),
    or the one the document is from (‘“…,” said a statement from the trust’); a kind of body only (never
    ‘the minister said in his statement’, ‘a letter from the minister’, nor ‘the report said in its
    summary’)."""
    if (came := RE_DOCUMENT_FROM_KIND.fullmatch(mention.text)) is not None:
        return (mention.start + came.start(1) - 4, came.group(1)) if came.group(1) in BODY_NOUNS else None
    if RE_ITS_ISSUED_DOCUMENT.fullmatch(mention.text) is None:
        return None
    said = RE_BODY_SAID_IN_ITS.search(text, max(0, mention.start - 60), mention.start)
    if said is None or said.group(1) not in BODY_NOUNS:
        return None
    return said.start(), said.group(1)


#: A body brought in in lower case by a word of its scope (LOCAL_SCOPE_WORDS) and the words of its
#: kind after it (‘the town council’, ‘A county council’, ‘the county fire and rescue service’, ‘The
#: local ambulance service’): group ``scope`` that word, group ``kind`` the lower-case words after it.
#:
#: >>> RE_LOCAL_KIND.search("Crews from the county fire and rescue service, at 10pm").group("scope", "kind")
#: ('county', 'fire and rescue service')
#: >>> RE_LOCAL_KIND.search("Bramley Town Council voted") is None
#: True
RE_LOCAL_KIND = LazyPattern(r"\b(?i:the|a|an|its|their|our)\s+(?P<scope>" + "|".join(sorted(LOCAL_SCOPE_WORDS))
                            + r")(?:[’']s)?\s+(?P<kind>\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,4})")


#: Words after a town's body brought in unnamed that put it in another town (‘the town council in
#: neighbouring Ashby’) (review rv14).
#:
#: >>> bool(RE_ANOTHER_TOWNS.match(" in neighbouring Ashby")), bool(RE_ANOTHER_TOWNS.match(" in Ashby"))
#: (True, False)
RE_ANOTHER_TOWNS = LazyPattern(r" (?:in|of) (?:neighbouring|neighboring|nearby) \p{Lu}")


def _place_named_body(name: str, kind: list[str]) -> bool:
    """A body's name that is a place's name and the words of its kind (‘Hackney Council’, ‘London
    Ambulance Service’): one to three capitalised words before them, none a word of an organisation's
    (never ‘Local Government Association Council’), nor "the" (‘the Security Council’) (review rv14).

    >>> _place_named_body("Hackney Council", ["council"]), _place_named_body("London Ambulance Service", ["ambulance", "service"])
    (True, True)
    >>> _place_named_body("the Local Government Association Council", ["council"]), _place_named_body("the Arts Council England", ["council"])
    (False, False)
    """
    parts = name.split()
    if len(parts) <= len(kind) or [w.lower() for w in parts[-len(kind):]] != kind:
        return False
    before = parts[:-len(kind)]
    return 1 <= len(before) <= 3 and all(w[:1].isupper() and w.isalpha() and w.lower() not in ORG_WORDS
                                         and w.lower() not in FUNCTION_WORDS for w in before)


def _local_kind_unlike(text: str, at: int, noun: str, name: str) -> bool:
    """A body of the kind brought in before ``at`` unnamed, by a word of its scope, that the named body
    ``name`` cannot be: ‘the town council’ or ‘a county council’ is no ‘UN Security Council’ nor ‘Arts
    Council England’ (its name lacks the word of scope), ‘the local ambulance service’ no ‘National
    Health Service’ (a national or international name). "The <noun>" then stands for the local one the
    story is about, left as written (reviewer: a town council's story whose "the council said" went
    to a council named in passing). A name with the same word of scope is the same body (‘the county
    council’ and ‘Farley County Council’), and "local" fits any body's name but a national one.

    >>> _local_kind_unlike("A county council apologised. Arts Council England", 60, "council", "the Arts Council England")
    True
    >>> _local_kind_unlike("A county council apologised. Farley County Council", 60, "council", "Farley County Council")
    False
    >>> _local_kind_unlike("The local council met. Bramley Town Council", 50, "council", "Bramley Town Council")
    False
    """
    words = {w.lower() for w in regex.findall(r"[\p{L}]+", name)}
    national = bool(words & NATIONAL_SCOPE_WORDS)
    first = text.find(name.removeprefix("the ").removeprefix("The "), 0, at)
    for local in RE_LOCAL_KIND.finditer(text, 0, at if first < 0 else first):
        # (only one brought in before the named body is first written: ‘Harwick District Council approved the
        # plans. Residents said the county council had not been consulted. “…,” the council said’ is Harwick's)
        kind = local.group("kind").split()
        if noun not in kind or any(w in FUNCTION_WORDS and w != "and" for w in kind[:kind.index(noun)]):
            continue  # (its kind is another: ‘the town hall, where the council met’)
        if (n_ := regex.search(r"\b" + noun + r"\b", local.group("kind"))) is not None \
                and RE_ANOTHER_TOWNS.match(text, local.start("kind") + n_.end()) is not None:
            continue  # (another town's, set beside the one named: ‘Unlike the town council in neighbouring Ashby,
            # Bramley District Council has frozen charges’) (review rv14)
        if not national and not words & LOCAL_SCOPE_WORDS and _place_named_body(name, kind[:kind.index(noun) + 1]):
            continue  # (a place's name before the kind, with no word of scope: ‘the borough council’ and
            # ‘Hackney Council’, ‘the city's ambulance service’ and ‘London Ambulance Service’, may be one) (review rv14)
        scope = local.group("scope").lower()
        if national or (scope != "local" and scope not in words):
            return True
    return False


def _owned_kind_before(text: str, at: int, noun: str) -> regex.Match | None:
    """One of the kind brought in before ``at`` as someone's own, unnamed, which a later "the <noun>"
    may stand for rather than the one body of the kind named (‘her local building society’, ‘their
    union’) (review rv10)."""
    return regex.search(rf"\b(?:his|her|their|our|my|your) (?:[\p{{Ll}}\-]+ ){{0,2}}{regex.escape(noun)}\b",
                        text[:at], flags=regex.I)


def _sole_body_in_lede(text: str, noun: str, paras: list[tuple[int, int]], cast: Cast) -> bool:
    """The one body of the kind is first named in the article's lede: its first paragraph, or the
    one after a headline (a first line with no closing mark), the body the story is about (review rv10:
    ‘Nurses … walked out …. Many trained abroad under European Union rules …. “…,” the union said’
    is no union of states)."""
    starts, _, _ = _bodies_of_kind(text, noun, cast)
    body_paras = [(a, b) for a, b in paras if text[a:b].strip()]
    if not starts or not body_paras:
        return False
    lede = 1 if len(body_paras) > 1 and text[body_paras[0][0]:body_paras[0][1]].rstrip()[-1:] not in ".!?:”\"’'" else 0
    if len(body_paras) > 2 and is_byline(text[body_paras[1][0]:body_paras[1][1]].strip()):
        lede = 2  # (a headline and a byline, whatever the headline ends with: the lede after both, w50c)
    if starts[0] < body_paras[lede][1]:
        return True
    return lede + 1 < len(body_paras) and starts[0] < body_paras[lede + 1][1] \
        and _one_of_kind(noun).search(text, body_paras[lede][0], body_paras[lede][1]) is not None
    # (a delayed lede, the body "one of" its kind there and named in the next paragraph: ‘Patients at one of
    # England’s busiest hospital trusts waited …. / Data published by North Calder Hospitals NHS Trust …’)


@functools.lru_cache(maxsize=64)
def _one_of_kind(noun: str) -> re.Pattern:
    """One body of a kind brought in unnamed as one of many, a few words between (‘one of England’s
    busiest hospital trusts’, ‘one of the largest unions’), as a delayed lede does before naming it.

    >>> bool(_one_of_kind("trust").search("Patients at one of England’s busiest hospital trusts waited"))
    True
    >>> bool(_one_of_kind("company").search("one of the companies")), bool(_one_of_kind("trust").search("trust leaders"))
    (True, False)
    """
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return re.compile(r"\b[Oo]ne of (?:[\w’'\-]+ ){0,4}?" + re.escape(plural) + r"\b")


def _first_body_named(body: Person, cast: Cast) -> bool:
    """The body is the first the article names (of the capitalised runs that are no person's name)
    (review rv10)."""
    name = body.name.lower().removeprefix("the ")
    for _, run, words in cast.body_names():
        if gender_of(words[0]) is None:
            return run.lower().removeprefix("the ") == name
    return False


def _sole_body_in_article(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one body of the kind the whole article names (:func:`_sole_body_of_kind`), however far back
    before ``at``, that "the <noun>" stands for (‘The Halden Medical Journal suspended …. “…,” the journal
    said’): only for a kind sure of its body (never :data:`SOLE_BODY_UNSURE_NOUNS`), with none of the kind
    brought in unnamed, nor as someone's own (‘her local building society’), and the body named in the
    lede, never in passing further down (‘… recruited under European Union rules’)."""
    if noun in SOLE_BODY_UNSURE_NOUNS or _unnamed_kind_since(text, 0, at, noun) is not None \
            or _owned_kind_before(text, at, noun) is not None:
        return None
    if _sole_body_in_lede(text, noun, paras, cast):
        sole = _sole_body_of_kind(text, at, noun, cast)
        if sole is not None and noun == "party" and any(
                not sole.name.lower().endswith(" " + other.group().lower()) for other in _unnamed_body(noun).finditer(text, 0, at)):
            return None  # (another party told in lower case: ‘The Workers' Party said it would boycott the vote.
            # The ruling party, however, pressed ahead. “…,” the party said’; review rv67a)
        return sole
    if noun not in SOLE_BODY_NAMED_ANYWHERE_NOUNS:
        return None
    sole = _sole_body_of_kind(text, at, noun, cast)
    if sole is not None and sole.name.rsplit(" ", 1)[-1].lower() == noun \
            and regex.search(rf"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){{1,2}}{noun}\b", text[:at]) is None:
        # (never when the article speaks of one of the kind unnamed: ‘The hospital trust said …. The trust
        # added’ is the hospital's, not a think tank's trust named in passing, review rv65e)
        return sole  # (a league or a trust by its own name's last word, wherever first named: w65e)
    return None


def _body_ruled_out(text: str, at: int, noun: str, body: Person, said_by: list[str], cast: Cast) -> bool:
    """A body found for "the <noun>" at ``at`` that the cue's words ``said_by`` cannot stand for: one of
    another scope than the town's own body of the kind brought in unnamed (‘A county council apologised
    …. The Arts Council England grant was unaffected. “…,” the council said’, see
    :func:`_local_kind_unlike`); for ‘a company spokesperson’, any but the first body the story names
    (never a sponsor or a buyer's target named after it); for "the central bank", any but a central
    bank's name (never ‘Harlow Savings Bank raised rates. The central bank said’) (w50c)."""
    if _local_kind_unlike(text, at, noun, body.name):
        return True
    kind = m.group(1) if (m := RE_KIND_SPOKESPERSON.fullmatch(" ".join(said_by))) is not None else None
    return (kind in FIRST_BODY_SPOKESPERSON_KINDS and not _first_body_named(body, cast)) \
        or (kind == "club" and _club_in_fixture(text, body.name)) \
        or (kind in ("force", "district") and _kind_body_unsure(text, at, kind, body, cast)) \
        or (noun == "central bank" and (not _body_of_kind(body.name.split(), noun)
                                        or _other_central_bank_before(text, at, body.name)))


#: Words of a district's name that make it a seat or a court's, no body with a spokesperson (‘the 5th
#: Congressional District’, ‘the Southern District of New York’) (review rv28).
ELECTORAL_DISTRICT_WORDS = frozenset("congressional legislative electoral judicial senate senatorial assembly".split())


def _kind_body_unsure(text: str, at: int, noun: str, body: Person, cast: Cast) -> bool:
    """For ‘a force spokesperson’ or ‘a district spokesperson’: the story names two bodies of the kind
    before ``at`` (‘Sussex Police said …. The Metropolitan Police said …. A force spokesperson said’), or
    the district is a seat's (‘Voters in the 5th Congressional District …. A district spokesperson said’),
    so the one meant is not sure (review rv28)."""
    if noun == "district" and any(w.lower() in ELECTORAL_DISTRICT_WORDS for w in body.name.split()):
        return True
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    return len({n.lower().removeprefix("the ") for s_, n in zip(starts, names)
                if s_ < at and " " in n and _body_of_kind(n.split(), noun)}) > 1


#: A match between two sides, in the sentence that names a club (‘Leeds United beat Sheffield Wednesday’).
RE_FIXTURE_WORD = LazyPattern(r"\b(?:beat|beats|beaten|v|vs|versus|against|drew|draw|lost|defeated|thrashed|hosted|hosts)\b")


def _club_in_fixture(text: str, name: str) -> bool:
    """The club ``name`` is first named in a sentence about a match with another side, whose spokesman
    "a club spokesman" may be as well (‘Leeds United beat Sheffield Wednesday 3-1 …. A club spokesman
    said’) (review rv20).

    >>> _club_in_fixture("Leeds United beat Sheffield Wednesday 3-1. A club spokesman said", "Leeds United")
    True
    >>> _club_in_fixture("Celtic signed Ryan Moore. A club spokesman said", "Celtic")
    False
    """
    at = text.find(name.removeprefix("the ").removeprefix("The "))
    if at < 0:
        return False
    lo = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, at) for c in ".!?\n") if e >= 0]
    return RE_FIXTURE_WORD.search(text, lo, min(ends) if ends else len(text)) is not None


def _sole_body_of_kind(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The one body whose name says it is of the kind "the <noun>" stands for, named before ``at``, when
    the article names no other body that "the <noun>" may stand for, before or after (‘The Reserve Bank of
    Ostland kept its rate …. …, the bank said in its statement’)."""
    starts, names, second = _bodies_of_kind(text, noun, cast)
    if not names or starts[0] >= at or second != len(names) or not _body_of_kind(names[0].split(), noun):
        return None
    return Person(names[0], kind="organisation")


def _body_it_in_statement(text: str, prev_sp: Span, prev) -> bool:
    """Whether the quotation before was a body's, called "it" in a paragraph that tells of its statement
    (‘The Foreign Ministry summoned the envoy. In a statement, it condemned what it called “…”. / “…,” the
    statement said.’): the statement is that body's; never a person's "he" or "she"."""
    return prev.mention.kind == "pronoun" and prev.mention.text.lower() == "it" and prev.person.kind == "organisation" \
        and RE_STATEMENT_WORD.search(text, prev_sp.para_start, prev_sp.para_end) is not None

#: Verbs that put an ad out, before it (‘hit back with an ad’, ‘released a spot’, ‘ran an advert’).
RE_AD_PUT_OUT = LazyPattern(r"(?:with|released|ran|aired|launched|unveiled|began running|is running|was running|"
                            r"has released|has launched) $")


def _ad_maker(text: str, mention: Mention, sp: Span, cast: Cast) -> Person | None:
    """The body or campaign that put out the ad a quotation's cue names (‘Badger Forward, a Democratic super
    PAC, hit back with an ad declaring that X had “…”’, ‘The union launched a radio spot saying …’): the
    subject of the sentence, when the verb that puts the ad out stands right before it. A body or a named
    one, never a pronoun, a description or someone the ad is about (‘an ad attacking X’ gives no X)."""
    lo = _sentence_start(text, sp.para_start, mention.start)
    if RE_AD_PUT_OUT.search(text, max(lo, mention.start - 20), mention.start) is None:
        return None
    toks = tokenize(text, lo, mention.start)
    m = sentence_subject(text, toks, cast.knows)
    if m is None or m.kind not in ("name", "organisation"):
        return None
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind in ("name", "organisation") else None


#: How far after a material's words the article may say who made it (‘A new ad says …. / The 30-second ad
#: is from X’, a paragraph or two on) (w54a).
MATERIAL_MAKER_AFTER = 700

#: A material's noun (:data:`MADE_MATERIAL_NOUNS`) as a word, in any case: group 1, the noun.
#:
#: >>> RE_MATERIAL_NOUN.search("a campaign Mailer from X").group(1), RE_MATERIAL_NOUN.search("the adviser said")
#: ('Mailer', None)
RE_MATERIAL_NOUN = LazyPattern(r"(?i)\b(" + "|".join(sorted(MADE_MATERIAL_NOUNS)) + r")\b")

#: A material named as a sentence's subject, "the" and up to two words before its noun (‘The 30-second ad’,
#: ‘The flyer’): group 1, the noun.
#:
#: >>> RE_THE_MATERIAL.search("Polls closed. The 30-second ad is from X").group(1), RE_THE_MATERIAL.search("She saw the ad.")
#: ('ad', None)
RE_THE_MATERIAL = LazyPattern(r"(?<=^|[.!?”\"’]\s{1,3}|\n)The (?:[\p{L}\d\-]+ ){0,2}?(" + "|".join(sorted(MADE_MATERIAL_NOUNS)) + r")\b")


#: An abbreviated title opening a name (‘Sen. ’, ‘Gov. ’, ‘Rep. ’).
#:
#: >>> RE_LEADING_ABBREVIATED_TITLE.match("Sen. Ruth Abernathy").group(), RE_LEADING_ABBREVIATED_TITLE.match("Ruth Abernathy")
#: ('Sen. ', None)
RE_LEADING_ABBREVIATED_TITLE = LazyPattern(r"(?:\p{Lu}\p{Ll}{1,4}\. )+(?=\p{Lu})")


#: Last words of news outlets' names besides :data:`NEWS_OUTLET_WORDS`, never a material's maker (‘The post,
#: published by the Clarion Sun’, ‘a clip from NBC’) (review rv19).
#:
#: >>> "Sun" in MATERIAL_OUTLET_WORDS, "Times" in MATERIAL_OUTLET_WORDS, "Times" in NEWS_OUTLET_WORDS
#: (True, False, True)
MATERIAL_OUTLET_WORDS = frozenset("""Sun Star Ledger Courier Inquirer Bee Register Dispatch Sentinel Courant Globe Examiner
Beacon Clarion Enquirer Advertiser Leader Record Bulletin Democrat Press AP NBC ABC CBS NPR MSNBC PBS Fox Sky ITV Vox""".split())

#: A name that goes on past a maker read at its start (‘the Dunmore| for Council campaign’) (review rv19).
#:
#: >>> bool(RE_NAME_GOES_ON.match(" for Council campaign")), bool(RE_NAME_GOES_ON.match(" of Ashby")), bool(RE_NAME_GOES_ON.match(" for years"))
#: (True, True, False)
RE_NAME_GOES_ON = LazyPattern(r"(?: (?:for|of) \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)? campaign\b|"
                              r" (?:for|of) \p{Lu}")


def _material_noun(description: str) -> str | None:
    """The material's noun a speaker's description ends on (‘the ad’, ‘One widely shared post’), or None.

    >>> _material_noun("One widely shared post"), _material_noun("a mailer from X"), _material_noun("the spokesman")
    ('post', 'mailer', None)
    """
    last = description.rsplit(" ", 1)[-1].lower()
    if last in MADE_MATERIAL_NOUNS:
        return last
    return head if (head := description_head(description)) in MADE_MATERIAL_NOUNS else None  # (‘a mailer from X’)


def _material_maker_at(text: str, at: int, cast: Cast) -> Person | None:
    """The one named right after a material's noun ending at ``at`` as its maker or sponsor
    (:data:`RE_MATERIAL_MAKER`): a name or a body's name, or a page's name as written (‘a Facebook page
    called Save Our Ashby’); never a date, a place, a platform or a news outlet (‘a video from Gaza’,
    ‘a post from Monday’, ‘a clip from the BBC’)."""
    m = RE_MATERIAL_MAKER.match(text, at)
    if m is None:
        return None
    as_written = bool(m.group("called"))
    run = RE_BODY_NAME_RUN.match(text, m.end())
    if as_written:
        who = Mention(run.start(), run.end(), run.group(), "name") if run is not None else None
    else:
        who = _party_after(text, m, 40)
        if who is not None and run is not None and run.start() <= who.start and run.end() >= who.end \
                and not any(w.lower().rstrip(".") in HONORIFICS or w.lower() in ROLE_NOUNS for w in (who.role or "").split()) \
                and (run.end() == who.end or text[run.end():run.end() + 1] in (",", ".", ";", ":")):
            who, as_written = Mention(run.start(), run.end(), run.group(), "name"), True  # (a name whose first or
            # last word reads as another word: ‘from Forward Kessling’, ‘from Brookfield First, a PAC’ is all of it;
            # never past a title: ‘from Councilwoman X’)
    if who is None or who.kind not in ("name", "organisation"):
        return None
    first, last = who.text.split()[0], who.text.split()[-1].removesuffix("’s").removesuffix("'s")
    if first in WEEKDAY_NAMES or first in MONTH_NAMES or who.text.lower() in PLATFORM_WORDS \
            or last in NEWS_OUTLET_WORDS or last in MATERIAL_OUTLET_WORDS or _known_place(who.text):
        return None
    if not as_written and RE_NAME_GOES_ON.match(text, who.end) is not None:
        return None  # (only part of a longer name: ‘from the Dunmore for Council campaign’ (review rv19))
    p, _ = cast.resolve(who)
    if p is None and not as_written and (titled := RE_LEADING_ABBREVIATED_TITLE.match(who.text)) is not None:
        p, _ = cast.resolve(Mention(who.start + titled.end(), who.end, who.text[titled.end():], "name"))  # (‘Sen. X’)
    if as_written and (p is None or p.name != who.text and who.text.endswith(" " + p.name)):
        p = Person(who.text, kind="organisation")  # (as written, a name the cast knows only in part)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


def _material_claimant(text: str, at: int, cast: Cast) -> Person | None:
    """The subject of the sentence whose claim was made in the material whose noun ends at ``at``
    (‘Councillor X made the claim in a leaflet delivered to homes’, :data:`RE_CLAIM_IN_MATERIAL`)."""
    lo = _sentence_start(text, 0, at)
    m = None
    for m in RE_CLAIM_IN_MATERIAL.finditer(text, lo, at):
        pass
    if m is None or m.end() != at:
        return None
    who = sentence_subject(text, tokenize(text, lo, m.start()), cast.knows)
    if who is None or who.kind not in ("name", "organisation"):
        return None
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


def _material_maker(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who made or paid for the post, ad, leaflet or video a quotation's cue names (:data:`MADE_MATERIAL_NOUNS`),
    where the article says so plainly: right after its noun (‘One post, from a Facebook page called X, reads’,
    ‘The flyer, produced by the group X, says’); where the same material was brought in before with its maker
    (‘A campaign mailer from state Sen. X claims …. The mailer … “…,” it reads’, ‘X made the claim in a leaflet
    …. The leaflet says’); else where a sentence soon after names it again with its maker (‘A new ad says …
    “…” …. The 30-second ad is from X’). None past another one of its kind brought in with "a" (w54a)."""
    if mention.kind != "pronoun" and (maker := _material_maker_at(text, mention.end, cast)) is not None:
        return maker
    inside = [m for m in RE_MATERIAL_NOUN.finditer(text, mention.start, mention.end) if m.group(1).lower() == noun]
    if mention.kind != "pronoun" and inside and (maker := _material_maker_at(text, inside[0].end(), cast)) is not None:
        return maker  # (its maker inside the description: ‘a campaign mailer from Councilwoman X’)
    lo = max(0, mention.start - AUTHOR_REACH)
    fresh = mention.text.split()[0].lower() in ("a", "an", "one", "another")  # (brought in here: a new one)
    places = [] if fresh else [m.span() for m in RE_MATERIAL_NOUN.finditer(text, lo, mention.start) if m.group(1).lower() == noun]
    if (maker := _party_brought_in_before(text, places, lambda start, end: _material_maker_at(text, end, cast)
                                          or _material_claimant(text, end, cast))) is not None:
        return maker
    if not fresh and (not places or not any(w.lower() in ("a", "an", "one") for w in text[max(0, places[-1][0] - 40):places[-1][0]].split()[-3:])):
        return None  # (only the material brought in here or just before, its maker not yet said, looks ahead)
    for m in RE_THE_MATERIAL.finditer(text, mention.end, min(len(text), mention.end + MATERIAL_MAKER_AFTER)):
        if m.group(1).lower() == noun:
            return _material_maker_at(text, m.end(), cast)
    return None


def _material_it(text: str, sp: Span, at: int) -> tuple[Mention, str] | None:
    """The material a speaking "it" at ``at`` stands for, when its own sentence or the one before opens
    with it (‘The mailer, sent to voters last week, shows …. “…,” it reads’): its mention and noun."""
    own = _sentence_start(text, sp.para_start, min(at, sp.open_at))  # (from the words' opening: the words may
    # hold sentences of their own)
    for lo in (own, _sentence_start(text, 0, own - 2) if own >= 2 else own):
        lo += len(text[lo:at]) - len(text[lo:at].lstrip())
        if (m := RE_THE_MATERIAL.match(text, lo, at)) is not None:
            return Mention(m.start(), m.end(), m.group(), "description"), m.group(1).lower()
    return None


def _written_head(document: str) -> str | None:
    """The noun of a written thing that speaks ("the warning", "the statement"), which the
    description nouns need not hold (a "warning" is no speaker elsewhere: ‘tweeted a warning.’)."""
    last = document.rsplit(" ", 1)[-1].lower()
    return last if last in WRITTEN_NOUNS else description_head(document)


def _issuing_body(text: str, author: Person, hi: int, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                  mention: Mention | None = None) -> Person:
    """The body a statement's issuer described by its kind stands for, named before (‘Nestwise, the
    smart-home startup, is shutting down …. The company announced the shutdown in an email …. “…,”
    the email reads’ is Nestwise's; ‘Enyimba FC said …. Later the club issued a second, shorter
    statement:’ is Enyimba FC's); else the issuer as written."""
    if author.kind != "description":
        return author
    if (kind := _issuer_kind(author.name)) is None:
        words = author.name.split()  # (a body's kind under a possessive in lower case: ‘In a news release, the
        # sheriff's office said …. “…,” the release said’ is the Pell County Sheriff's Office's named before, as
        # the same words as a cue are)
        if len(words) == 3 and words[0].lower() == "the" and words[1].islower() and words[1].endswith(("'s", "’s")) \
                and words[2] in BODY_NOUNS:
            return _body_by_ending(text, hi, words[1:], cast) or author
        return author
    lo_ = max(0, hi - BODY_ENDING_REACH)  # (within reach: a bounded search)
    at = max((lo_ + m_.start() for m_ in regex.finditer(regex.escape(author.name), text[lo_:hi], flags=regex.I)), default=-1)
    if at < 0 and mention is not None and (by := RE_DOCUMENT_ISSUED_BY.match(text, mention.end)) is not None \
            and text[by.end():by.end() + len(author.name)].lower() == author.name.lower():
        at = by.end()  # the issuer given right after the document (‘A statement, issued by the union, said’)
    body = _body_before(text, at, kind, sp, paras, cast) if at >= 0 else None
    if body is None and at >= 0 and RE_BASED.search(author.name) is not None:
        # (a firm said to be based somewhere is the one the article is about, whatever it was first called:
        # ‘Crypto lending platform VaultPeak …. In a post on its blog, the Singapore-based company said …’)
        body = _described_body(text, at, kind, cast) or _article_company(text, at, kind, paras, cast)
    if body is not None and RE_BASED.search(author.name) is not None \
            and not _body_fits(text, Mention(at, at + len(author.name), author.name, "description"), kind, body):
        return author  # (where the issuer is said to be based, the body named before must be the one based there)
    return body if body is not None and (mention is None or _body_fits(text, mention, kind, body)) else author


def _document_again(text: str, at: int, kind: str) -> bool:
    """A paragraph at ``at`` that opens with the document of the cue named again as its subject
    ("The email, which was reviewed by The Sentinel, …", "The letter also …"): the same document.

    >>> _document_again("The email, which was reviewed by us, put it at $5.", 0, "email")
    True
    >>> _document_again("The emails show no such thing.", 0, "email"), _document_again("The dean wrote.", 0, "email")
    (False, False)
    """
    head = f"The {kind}"
    return text.startswith(head, at) and text[at + len(head):at + len(head) + 1] in (" ", ",")


#: After "in a statement", the one person who signed or gave it, set off by name after their office under
#: "his", "her", "its" or "their", in capitals or not (‘in a statement signed by its convener, Mrs Ada Bello,’,
#: ‘in a statement by his media aide, Mallam Sani Kura,’, ‘signed by his Chief Press Secretary, Mr X,’): the
#: name starts where the match ends.
#:
#: >>> [bool(RE_STATEMENT_SIGNER.match(s)) for s in (" signed by its convener, Mrs", " by his media aide, Mallam",
#: ...     " by the suspect's family,", " signed by 40 residents,", " by his office,", " signed by his Chief Press Secretary, Mr")]
#: [True, True, False, False, False, True]
RE_STATEMENT_SIGNER = LazyPattern(r" (?:signed |issued |released )?by (?:his|her|its|their) (?:[\p{L}\-]+ ){0,3}[\p{L}\-]+, ")


def _statement_signer(text: str, toks: list, end: int, cast: Cast) -> Person | None:
    """The named person who signed or gave the statement ending at token ``end - 1``, set off after their
    office (‘in a statement signed by its convener, Mrs Ada Bello, called on …’): one name, followed by
    a comma; never a body or a description (‘by his office’, ‘by the suspect's family’)."""
    if end < 1 or end >= len(toks):
        return None
    m = RE_STATEMENT_SIGNER.match(text, toks[end - 1].end)
    if m is None:
        return None
    j = next((k for k in range(end, len(toks)) if toks[k].start == m.end()), None)
    who = mention_after(toks, j, text) if j is not None else None
    if who is None or who.kind != "name" or not text.startswith(",", who.end):
        return None
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind == "name" else None


#: A statement or post given in a sentence (‘In a written statement,’, ‘said in a Facebook post’): where "in" starts.
RE_IN_STATEMENT_GIVEN = LazyPattern(r"\b[Ii]n an? (?:[\p{Ll}\-]+ ){0,2}?(?:statement|post|posting|release)\b")

#: The nouns RE_IN_STATEMENT_GIVEN ends in ("posting" holds "post"): a text without one gives no statement.
STATEMENT_GIVEN_NOUNS = ("statement", "post", "release")


def _local_body_in_statement(text: str, sp: Span) -> Found | None:
    """A town's body by its kind as the subject who gives the words in a statement, in the words'
    sentence before them (‘In a written statement, the district said it had “…”’, ‘The county said in a
    statement that it had “…”’; :func:`_local_body_subject`), with its speech verb as the cue."""
    if not any(text.find(noun, _reach_start(sp), sp.open_at) >= 0 for noun in STATEMENT_GIVEN_NOUNS):
        return None  # (cheap, before the sentence's start is found: RE_IN_STATEMENT_GIVEN needs one of its nouns)
    lo = _sentence_start(text, sp.para_start, sp.open_at)
    given = RE_IN_STATEMENT_GIVEN.search(text, lo, sp.open_at)
    if given is None:
        return None  # (cheap: most sentences give no statement)
    toks = tokenize(text, lo, sp.open_at)
    issued = next((i for i, t in enumerate(toks) if t.start == given.start()), None)
    m = _local_body_subject(text, toks, issued) if issued is not None else None
    if m is None:
        return None
    verb = next(t for t in toks if t.start > m.end)
    if any(t.start > verb.start and (t.word in SPEECH_VERBS or t.word in CALL_VERBS) for t in toks):
        return None  # (the statement reports others' words: ‘the county said residents had described the smell as “…”’)
    return Found(m, None, "cue-in-sentence", verb.text) if verb.word in SPEECH_VERBS else None


#: An office's domain after its head, up to the comma that sets off its holder's name (‘ in the state’).
RE_DOMAIN_PHRASE = LazyPattern(r"(?: (?:in|of|for|at|to) (?:the )?[\p{L}\-]+(?: [\p{L}\-]+){0,3})?")


def _reach_start(sp: Span) -> int:
    """The earliest offset :func:`_sentence_start` can give for the sentence of a span's open mark: a
    test of the text from here to the mark holds for the sentence's words too (a cheap prefilter)."""
    return max(sp.para_start, sp.open_at - CONTEXT_CHARS)


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, no earlier than ``lo`` (within reach).

    >>> _sentence_start("It rained. In a statement, X said it was “sad” and left.", 0, 45)
    11
    """
    ends = sentence_ends(text, max(lo, at - CONTEXT_CHARS), at)
    return ends[-1] if ends else max(lo, at - CONTEXT_CHARS)


def _name_set_off_after(text: str, toks: list[Token], m: Mention) -> Mention | None:
    """The name set off after an office that opens a sentence, before its verb: ‘The Police Public
    Relations Officer in the state, SP Olumide Akinbode, disclosed this in a statement’."""
    if m.kind not in ("description", "organisation"):
        return None
    comma = text.find(",", m.end, m.end + 60)  # (past the office's domain: ‘in the state’)
    if comma < 0 or RE_DOMAIN_PHRASE.fullmatch(text, m.end, comma) is None:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= comma), len(toks))
    c2 = next((c for c in range(k + 1, min(len(toks) - 1, k + 10)) if toks[c].text == ","), None)
    if c2 is None:
        return None
    named = mention_before(toks, c2 + 1, 0, text)
    return named if named is not None and named.kind == "name" and named.start > m.end else None


def _local_body_subject(text: str, toks: list[Token], issued: int) -> Mention | None:
    """"the" and a town's body by its kind (LOCAL_BODY_NOUNS) as the subject of the sentence that gives
    a statement: right after the opening phrase that names it, before a verb, or first, before "said in".

    >>> from quotesearch.names import tokenize
    >>> t = "In a Facebook post, the district thanked families."
    >>> _local_body_subject(t, tokenize(t), 0).text
    'the district'
    >>> t = "The shelter said in a post that it was full."
    >>> _local_body_subject(t, tokenize(t), 3).text
    'The shelter'
    >>> t = "In a Facebook post, the city council thanked families."
    >>> _local_body_subject(t, tokenize(t), 0) is None
    True
    """
    first = _first_word(toks)
    opening = issued == first
    k = next((c + 1 for c in range(issued, min(len(toks), issued + 10)) if toks[c].text == ","), None) \
        if opening else first  # (past the opening phrase, ‘In a Facebook post Sunday,’; or first)
    if k is None or k + 2 >= len(toks) or toks[k].word != "the" or toks[k + 1].word not in LOCAL_BODY_NOUNS \
            or not toks[k + 1].text.islower() or not toks[k + 2].text.islower():
        return None  # (never ‘the city council thanked’: the council's)
    verb = toks[k + 2].word
    if not (verb in SPEECH_VERBS or verb in POST_DEED_VERBS if opening else verb in SPEECH_VERBS and k + 3 == issued):
        return None  # (nor ‘the city looked like a lake’; and first, only ‘The district said in a post’)
    return Mention(toks[k].start, toks[k + 1].end, text[toks[k].start:toks[k + 1].end], "description")


#: What a caption goes with.
CAPTIONED_NOUNS = frozenset("photo photos photograph photographs video videos footage image images picture pictures clip".split())

#: What a body writes as well as a person (‘Police posted on X. “…,” the post read’).
POSTED_NOUNS = frozenset("post posting tweet caption".split())


def _platform_of_post(text: str, start: int, end: int) -> bool:
    """The name is a platform's, after "on" or "via": where the words were posted, never who posted
    them (‘… , wrote on Instagram that she was “heartbroken”’).

    >>> t = "She wrote on Instagram that it hurt. Instagram said it would act."
    >>> _platform_of_post(t, 13, 22), _platform_of_post(t, 37, 46)
    (True, False)
    """
    return text[start:end].lower() in PLATFORM_WORDS and text.endswith((" on ", " via "), 0, start)


def _letter_or_platform(text: str, mention: Mention) -> bool:
    """The mention is one letter (an answer's label: ‘A. “…”’) or a platform's name
    (:func:`_platform_of_post`), never a person."""
    return len(mention.text.rstrip(".")) == 1 or _platform_of_post(text, mention.start, mention.end)


#: Platforms named before a post (‘in a Facebook post’, ‘in an X post’).
PLATFORM_WORDS = PLATFORM_NAMES | {"x"}

#: A statement given after the subject's own verb (‘rejected the claim in a written statement’).
RE_IN_A_STATEMENT = LazyPattern(r"(?<!\b(?:was|were|been|being|is|are|be) )\b\w+ed\b[^.;:]{0,80}? in an? (?:\w+ )?"
                                  r"(?:statement|communiqu[eé]|post|posting|release)\b")
#: A passive right after a subject (‘the victim was described by her family’): acted on, no issuer.
RE_PASSIVE_AFTER = LazyPattern(r"(?:,[^,]{1,60},)? (?:was|were|has been|had been|have been|is|are|will be) (?:\w+ly )?\w+(?:ed|en|wn|ld|lt|id)\b")


def _issuer_kind(name: str) -> str | None:
    """The kind of body a statement's issuer is described as ("the company", "the power utility"),
    for the body named before; a place it is based in may stand among the words (‘In a post on its blog,
    the Singapore-based company said …. “…,” the post said’ is the company's named before).

    >>> _issuer_kind("the power utility"), _issuer_kind("the Lagos-based company"), _issuer_kind("the Lagos company")
    ('utility', 'company', None)
    >>> _issuer_kind("the 25-bed hospital"), _issuer_kind("the 25-year-old hospital")
    ('hospital', None)
    """
    words = name.split()
    if words[0].lower() == "the" and 2 <= len(words) <= 3 and words[-1].lower() in BODY_NOUNS \
            and all((w.islower() and w.isalpha()) or RE_BASED.fullmatch(w) is not None
                    or RE_BODY_SIZE_WORD.fullmatch(w) is not None for w in words[1:]):
        # (and its size: ‘The 25-bed hospital said in a statement …. “…,” the statement said’)
        return words[-1].lower()
    return None


def _body_announcing_before(text: str, sp: Span, cast: Cast) -> Person | None:
    """The body whose announcement opens the paragraph right before "a statement" quoted in it: ‘Harcastle
    confirmed they would respond to both charges. “The club acknowledges …,” a statement read.’ is the
    club's (the sentence's subject a body the article names, its verb one of saying). Never a person's
    (a statement on someone's behalf may be their lawyer's), nor a sentence naming anyone else."""
    if sp.open_at <= sp.para_start or sp.open_at - sp.para_start > 300:
        return None
    ends = _ends_before_marks(text, sp)
    s_lo = ends[-1] if ends else sp.para_start
    toks = tokenize(text, s_lo, sp.open_at)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.start != toks[0].start or m.kind not in ("name", "organisation"):
        return None
    verb = _token_after(toks, m.end)
    if verb is None or verb.word not in SPEECH_VERBS or sum(1 for t in toks if t.capitalized) > len(m.text.split()):
        return None
    p, _ = cast.resolve(m)
    if p is None or p.kind != "organisation":
        return None
    if not regex.search(r"\b" + regex.escape(m.text.split()[-1]) + r"\b", text[:sp.para_start]):
        return None  # (a body the paragraph brings in, charging someone: ‘The FA said it had opened proceedings.
        # “Our client denies the charge,” a statement read’ is the player's side's; ‘Glentoran have been
        # fined …. Glentoran confirmed …’ the club's)
    return p


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

#: Of :data:`SPOKESPERSON_KIND_NOUNS`, the kinds a story may name several of, a sponsor's or a buyer's
#: target after the one it is about: only the first body named is the one meant (w48a).
FIRST_BODY_SPOKESPERSON_KINDS = ("company", "firm")

#: A body brought in by its kind and the name it goes by, as the whole of a speaker's words (‘a group called
#: Parents for Safe Streets’, ‘an advocacy group known as Clear Air Now’): the kind is group 1, the name group 2;
#: the name is the speaker, as if the article had called it by its name alone (w58d).
#:
#: >>> RE_KIND_CALLED_NAME.fullmatch("a group called Families for Safe Streets").group(1, 2)
#: ('group', 'Families for Safe Streets')
#: >>> RE_KIND_CALLED_NAME.fullmatch("a man named John Orr").group(1)
#: 'man'
#: >>> RE_KIND_CALLED_NAME.fullmatch("a group called on the council") is None
#: True
RE_KIND_CALLED_NAME = LazyPattern(r"(?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,3}?(\p{Ll}+) (?:calling itself|that calls itself|which calls itself|known as|called|named) "
                                  r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|&|the|\p{Lu}[\p{L}\p{M}’'\-]*))*)")

#: Kinds besides :data:`BODY_NOUNS` that bring in a body by the name it goes by (‘a campaign called …’) (w58d).
CALLED_BODY_KINDS = frozenset(("campaign", "organisation", "organization"))


#: One who speaks for a body with nothing said of the body at all (‘A spokesperson said’, ‘a spokeswoman
#: said’): whom it speaks for only the sentence right before can tell (w58d).
#:
#: >>> RE_BARE_SPOKESPERSON.fullmatch("A spokeswoman") is not None, RE_BARE_SPOKESPERSON.fullmatch("a spokesman for the trust")
#: (True, None)
RE_BARE_SPOKESPERSON = LazyPattern(r"[Aa] (?:spokesperson|spokeswoman|spokesman)")


def _body_spoke_sentence_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body named in the sentence right before the cue's, in the same paragraph, as the one that
    acts there or tells of it, for a bare "a spokesperson" at ``at``: its subject (‘CalMara Ferries has
    cancelled all sailings. A spokeswoman said: “…”’, ‘The agency, which runs …, has told …. “…,” a
    spokesperson said’) or the body that said it after the words (‘Engineers have arrived, the Ministry of
    Defence has confirmed. A spokesperson said …’). Never a person, a body named only inside the
    sentence, or a sentence in another paragraph (w58d)."""
    k = next((i for i, (a, b) in enumerate(paras) if a <= at <= b), None)
    if k is None:
        return None
    p_lo = paras[k][0]
    cue_lo = _sentence_start(text, p_lo, min(at, sp.open_at))  # (the cue's sentence, its words in it)
    if cue_lo <= p_lo or not text[p_lo:cue_lo].strip():
        return None
    s_lo = _sentence_start(text, p_lo, max(p_lo, cue_lo - 2))
    if (dateline := RE_DATELINE.match(text, s_lo, cue_lo)) is not None:
        s_lo = dateline.end()
    if (clock := RE_CLOCK_LEAD.match(text, s_lo, cue_lo)) is not None:
        s_lo = clock.end()  # (a live blog's time before it: ‘07.32 Northline Rail has told …’)
    sentence = text[s_lo:cue_lo].rstrip()
    if "“" in sentence or '"' in sentence or not sentence.endswith("."):
        return None
    told = RE_BODY_CONFIRMED_AT_END.search(text, s_lo, s_lo + len(sentence))
    if told is not None and is_organisation(told.group(1).split()):
        return Person(told.group(1), kind="organisation")
    m = sentence_subject(text, tokenize(text, s_lo, cue_lo), lambda w: True)
    acts_at = m.end if m is not None else cue_lo
    if m is not None and m.kind == "description" and description_head(m.text) in BODY_NOUNS \
            and not text[s_lo:m.start].strip() and (set_off := RE_KIND_NAME_SET_OFF.match(text, m.end, cue_lo)) is not None:
        m = Mention(set_off.start(1), set_off.end(1), set_off.group(1), "name")  # the body a kind set off
        # names: ‘The company that won the contract, Borealis Tech, has denied …’ (w66b)
        acts_at = set_off.end() + 1
    elif m is not None and text[s_lo:m.start].strip():
        return None
    if m is None or m.kind not in ("organisation", "name"):
        return None
    if not is_organisation(m.text.split()) and (
            m.kind != "name" or " " not in m.text or m.text.isupper() or gender_of(m.text.split()[0]) is not None
            or (known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is not None
            and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None  # (a body's name of two words or more, never a person's: ‘Mark Ellis criticised …’)
    if (acts := RE_SUBJECT_ACTS.match(text, acts_at, cue_lo)) is None:
        return None
    rest = text[acts.end():s_lo + len(sentence)]
    if any(len(n.group().split()) > 1 or is_organisation(n.group().split())
           for n in RE_OTHER_NAMED.finditer(rest) if n.group() not in WEEKDAY_NAMES and n.group() not in MONTH_NAMES):
        return None  # (another body or person it acts on: ‘The Financial Conduct Authority has fined Harlow
        # Bank …. A spokesperson said: “We accept the findings”’ may be the bank's; ‘The Times has contacted
        # Vexa Group’) (rv31)
    if not is_organisation(m.text.split()) and (RE_PERSONAL_PRONOUN.search(rest) is not None or regex.search(
            r"\b" + regex.escape(m.text.split()[0]) + r"\b(?! " + regex.escape(m.text.split()[1]) + r")",
            text[sp.open_at:sp.end]) is not None):
        return None  # (a person: ‘Tavi Okonkwo has cancelled his tour. A spokesperson said: “Tavi is devastated”’) (rv31)
    return Person(m.text, kind="organisation")


#: A body's kind set off by its name, after an optional clause of what it did (‘The company that won the
#: contract, Borealis Tech,’, ‘The firm, Harlow Foods,’): group 1 the name (w66b).
#:
#: >>> RE_KIND_NAME_SET_OFF.match(" that won the contract, Borealis Tech, has denied").group(1)
#: 'Borealis Tech'
#: >>> RE_KIND_NAME_SET_OFF.match(", which runs trains, has told") is None
#: True
RE_KIND_NAME_SET_OFF = LazyPattern(r"(?: (?:that|which) [^,.;:“”\"]{1,80})?, (\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*){0,5})(?=,)")

#: A name in the rest of a sentence: capitalised words in a row (rv31).
RE_OTHER_NAMED = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'\-]*)*")

#: A person's pronoun, which no body takes (rv31).
RE_PERSONAL_PRONOUN = LazyPattern(r"\b(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he|[Hh]im|[Hh]imself|[Hh]erself)\b")


#: A live blog's clock time opening an entry (‘07.32 ’, ‘15:05 ’).
#:
#: >>> RE_CLOCK_LEAD.match("07.32 Northline Rail").end()
#: 6
RE_CLOCK_LEAD = LazyPattern(r"\s*\d{1,2}[.:]\d{2} (?=\p{Lu})")

#: What a body that opens a sentence does there, told as done (‘ has cancelled’, ‘, which runs …, has told’,
#: ‘ confirmed’): a verb in the perfect or the past right after it or after a "which" aside (w58d).
#:
#: >>> RE_SUBJECT_ACTS.match(" has cancelled all sailings") is not None, RE_SUBJECT_ACTS.match(", which runs trains, has told") is not None
#: (True, True)
#: >>> RE_SUBJECT_ACTS.match(", which serves 90,000 homes, has told") is not None
#: True
#: >>> RE_SUBJECT_ACTS.match(" shares fell") is None
#: True
RE_SUBJECT_ACTS = LazyPattern(r"(?:, which (?:[^.,;“”\"]|(?<=\d)[,.](?=\d)){1,80},)? (?:(?:has|have|had) (?:now |also |already )?(?:\p{Ll}+ed|told|said|withdrawn|shut|cut|sent|taken|written)\b"
                              r"|(?:said|confirmed|announced|told|warned|cancelled|canceled|closed|suspended|issued)\b)")

#: A body that told of what the sentence says, after it at its end (‘…, the Ministry of Defence has confirmed.’)
#: (w58d).
#:
#: >>> RE_BODY_CONFIRMED_AT_END.search("Engineers have arrived, the Ministry of Defence has confirmed.").group(1)
#: 'the Ministry of Defence'
RE_BODY_CONFIRMED_AT_END = LazyPattern(r", ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}) "
                                       r"(?:has |have )?(?:said|confirmed|announced)\.$")

#: Kinds whose one body named in the article may still not be the one "the <noun>" stands for at a cue far
#: from it: a firm's or a loose group's words fit any business, a match names two teams, and a faith body
#: is named in its clergy's titles (‘Bishop Tom Reed of the Diocese of Leeds’) (w48a).
#:
#: >>> "team" in SOLE_BODY_UNSURE_NOUNS, "band" in SOLE_BODY_UNSURE_NOUNS, "journal" in SOLE_BODY_UNSURE_NOUNS
#: (True, True, False)
SOLE_BODY_UNSURE_NOUNS = LOOSE_BODY_NOUNS | FIRM_SIDE_NOUNS | frozenset(("team", "club")) | frozenset(FAITH_BODY_NAME_WORDS)

#: Kinds whose one body in the article "the <noun>" stands for wherever the article first names it, not
#: only in its lede, when the body's own name ends in the noun (‘… inspectors from the Harlow Animal
#: League found …. After the hearing, the league said’, ‘… who works with the Brookvale Sight Trust …. The
#: trust said’): a charity's or a league's name says its kind, as no state's union does (review rv10:
#: ‘… under European Union rules. “…,” the union said’ stays with the lede's rule) (w65e).
#:
#: >>> "league" in SOLE_BODY_NAMED_ANYWHERE_NOUNS, "union" in SOLE_BODY_NAMED_ANYWHERE_NOUNS
#: (True, False)
SOLE_BODY_NAMED_ANYWHERE_NOUNS = frozenset(("league", "trust"))


#: Things that carry a claim a fact check quotes before it says who made them (‘A graphic shared on Facebook
#: claims that “…”’, ‘A claim that “…” spread online’) (w58d).
CLAIM_CARRIER_NOUNS = ("claim", "graphic", "meme", "post", "video", "image", "message", "tweet", "flyer", "leaflet")

#: The thing that carried a claim, brought in unnamed in the quotation's sentence (‘A graphic shared widely on
#: Facebook claims that’, ‘A claim that’): its noun is group 1 (w58d).
#:
#: >>> RE_CLAIM_CARRIER.search("A graphic shared widely on Facebook claims that ").group(1)
#: 'graphic'
#: >>> RE_CLAIM_CARRIER.search("The post office said ") is None
#: True
RE_CLAIM_CARRIER = LazyPattern(r"\b[Aa]n? (?:[\p{Ll}\-]+ ){0,2}?(" + "|".join(CLAIM_CARRIER_NOUNS) + r")\b(?! office)")

#: Who made the thing that carried the claim, told just after (‘The graphic was created by Glen Orr, who …’,
#: ‘The claim was made by Rita Vance, a candidate for …’): the noun is group 1, the maker's name group 2 (w58d).
#:
#: >>> RE_CARRIER_MADE_BY.search("The graphic was created by Glen Orr, who runs a blog.").group(1, 2)
#: ('graphic', 'Glen Orr')
#: >>> RE_CARRIER_MADE_BY.search("The claim was made by the county clerk.") is None
#: True
RE_CARRIER_MADE_BY = LazyPattern(r"\b[Tt]he (" + "|".join(CLAIM_CARRIER_NOUNS) + r") was (?:first |originally )?"
                                 r"(?:made|created|posted|written|started|published|put out) by "
                                 r"(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}[\p{Ll}’']+){1,2})\b(?! [\p{Lu}])")


def _claim_made_by(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Words a fact check quotes from a claim whose carrier it brings in unnamed (‘A graphic shared widely
    claims that “only 5 cents of every dollar” …’, ‘A claim that “more than 4,000 …” cast ballots …’) and
    whose maker it names in the next sentences, in that paragraph or the next (‘The graphic was created by
    Glen Orr, …’): the maker's, when nothing else gave the words a speaker. Only the very thing brought in
    (the same noun), only a person's name (w58d)."""
    for i, (sp, found, kind) in enumerate(results):
        if found is not None or kind == "scare" or sp.continued:
            continue
        lo = last_sentence_start(text, max(sp.para_start, sp.open_at - 300), sp.open_at)
        carrier = None
        for carrier in RE_CLAIM_CARRIER.finditer(text, lo, sp.open_at):
            pass
        if carrier is None:
            continue
        hi = paras[sp.paragraph + 1][1] if sp.paragraph + 1 < len(paras) else sp.para_end
        made = RE_CARRIER_MADE_BY.search(text, sp.end, hi)
        if made is None or made.group(1) != carrier.group(1) or gender_of(made.group(2).split()[0]) is None \
                or any(s.open_at < made.start() for s in spans[i + 1:] if s.start >= sp.end and s.paragraph > sp.paragraph):
            continue  # (a given name first: a person; and no quotation in the next paragraph before it)
        mention = Mention(made.start(2), made.end(2), made.group(2), "name")
        person = cast.resolve(mention)[0] or Person(made.group(2), kind="name")
        results[i] = (sp, Found(mention, person, "carrier-made-by", None, "made"), kind)
