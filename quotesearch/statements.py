"""Statements and documents: who issued, signed, wrote or sent a statement, report, letter or
rule, and the body or officer behind it.

This module is the lowest layer: what a statement is (the word lists), where the sentence of a
span starts (_sentence_start), a statement given in the words' own sentence (its signer, a town's
body) and a written thing's noun; the rest lives in modules by what it decides:
:mod:`quotesearch.document_authors`, :mod:`quotesearch.document_senders`,
:mod:`quotesearch.earlier_statements`, :mod:`quotesearch.sole_bodies`, :mod:`quotesearch.material_makers`.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import Found, _first_word, _token_after, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import PLATFORM_NAMES
from quotesearch.body_words import HEALTH_BODY_WORDS, LOCAL_BODY_NOUNS, ORG_WORDS
from quotesearch.speech_words import CALL_VERBS, POST_DEED_VERBS, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import gender_of
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.titles import _ends_before_marks


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
                                   "submission", "memorandum", "memo", "briefing"}
# (a body's FAQ page is its own words: ‘according to the studio’s FAQ’ is the studio's; and a submission to a
# consultation its maker's: ‘The X Association said in its submission that …. “…,” the submission read’ (w49b);
# a memorandum or a briefing a body sent or published too: ‘In a memorandum to the ministry, the X Association
# proposed …. “…,” the memorandum reads’ (w136f))

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


def _written_head(document: str) -> str | None:
    """The noun of a written thing that speaks ("the warning", "the statement"), which the
    description nouns need not hold (a "warning" is no speaker elsewhere: ‘tweeted a warning.’)."""
    last = document.rsplit(" ", 1)[-1].lower()
    return last if last in WRITTEN_NOUNS else description_head(document)


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

#: A paragraph that opens with the statement its subject gave, then the subject after a comma (‘In a
#: statement read at the funeral, his family thanked …’): the words set out below it are the subject's.
#: Group 1 is where the subject starts (w83c).
#:
#: >>> m = RE_IN_STATEMENT_OPENING.match("In a statement read at the end of Mass, his family thanked the crews.")
#: >>> m.group(1)
#: 'his family thanked the crews.'
#: >>> RE_IN_STATEMENT_OPENING.match("In a statement to the court. His family") is None
#: True
RE_IN_STATEMENT_OPENING = LazyPattern(r"In an? (?:[\p{Ll}\-]+ ){0,2}?statement\b[^,.;:“”\"\n]{0,80}, (\S.*)")

#: A paragraph that opens with a statement from someone read out by another (‘A statement from Mr Hale’s
#: widow, Ann, was read to the inquest by the family’s solicitor.’): the words set out below it are the
#: owner's, named in group 1, never the reader's.
#:
#: >>> RE_STATEMENT_READ_FROM.match("A statement from Mr Hale’s widow, Ann, was read to the inquest.").group(1)
#: 'Mr Hale’s widow, Ann'
#: >>> RE_STATEMENT_READ_FROM.match("A statement from the club was issued on Monday.") is None
#: True
RE_STATEMENT_READ_FROM = LazyPattern(r"(?:A|An|The) (?:[\p{Ll}\-]+ ){0,2}?(?:statement|letter|tribute|message) (?:from|by) "
                                     r"([^.;:“”\"\n]{2,80}?),? (?:was|were) read\b")

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

    >>> from quotesearch.tokens import tokenize
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


#: A police force by its bare plural, opening a sentence as a body that speaks (‘Police have appealed …’,
#: ‘Gardaí said …’).
#:
#: >>> "gardaí" in BARE_POLICE_WORDS, "officers" in BARE_POLICE_WORDS
#: (True, False)
BARE_POLICE_WORDS = frozenset("police gardaí gardai".split())

#: A police force's appeal, after "have" or "has" or alone (‘have appealed for witnesses’, ‘are appealing
#: for information’): what its statement then asks (never its saying alone: ‘Police said a man died. “He
#: was a loving father,” a statement said.’ may be the family's).
#:
#: >>> "appealed" in POLICE_APPEAL_VERBS, "said" in POLICE_APPEAL_VERBS
#: (True, False)
POLICE_APPEAL_VERBS = frozenset("appealed appealing appeal".split())

#: Words of a tribute to the dead or hurt, which a family gives, never a force's appeal (‘He was a
#: loving father and will be sorely missed’, ‘Our beautiful boy’): the statement after a police appeal
#: stays as written (review rv85a).
#:
#: >>> bool(RE_TRIBUTE_WORDS.search("He was a loving father")), bool(RE_TRIBUTE_WORDS.search("Anyone with footage should call us"))
#: (True, False)
RE_TRIBUTE_WORDS = LazyPattern(r"\G(?:He|She) (?:was|is)\b|\b(?i:loving|beloved|sorely missed|will be missed|rest in peace"
                               r"|our (?:beautiful |darling |precious )?(?:son|daughter|boy|girl|dad|mum|mom|father|mother|brother|sister))\b")


def _police_appealing(toks: list[Token]) -> Person | None:
    """The police force by its bare plural whose appeal, in the sentence right before the words in their
    paragraph, "a statement" then carries (‘Police have appealed for witnesses. “…,” a statement said.’):
    the force, as written. Never police who act or only say (‘Police arrested a man.’)."""
    if len(toks) < 3 or toks[0].word not in BARE_POLICE_WORDS or not toks[0].capitalized:
        return None
    k = 2 if toks[1].word in ("have", "has", "are", "were") else 1
    if toks[k].word not in POLICE_APPEAL_VERBS or toks[k].capitalized:
        return None
    return Person(toks[0].text, kind="organisation")


def _body_announcing_before(text: str, sp: Span, cast: Cast) -> Person | None:
    """The body whose announcement opens the paragraph right before "a statement" quoted in it: ‘Harcastle
    confirmed they would respond to both charges. “The club acknowledges …,” a statement read.’ is the
    club's (the sentence's subject a body the article names, its verb one of saying). Never a person's
    (a statement on someone's behalf may be their lawyer's), nor a sentence naming anyone else."""
    if sp.open_at == sp.para_start and sp.paragraph > 0:
        # (or the paragraph right before one the words open, when it is one sentence of the body's saying:
        # ‘Calder Water said supplies were safe. / “…,” a statement said.’, w77a)
        p_hi = len(text[:sp.para_start].rstrip())
        p_lo = text.rfind("\n", 0, p_hi) + 1
        if p_hi - p_lo > 300 or sentence_ends(text, p_lo, p_hi - 1) or any(q in text[p_lo:p_hi] for q in "“”\""):
            return None
        s_lo, s_hi = p_lo, p_hi
    elif sp.open_at <= sp.para_start or sp.open_at - sp.para_start > 300:
        return None
    else:
        ends = _ends_before_marks(text, sp)
        s_lo, s_hi = (ends[-1] if ends else sp.para_start), sp.open_at
    toks = tokenize(text, s_lo, s_hi)
    if s_hi == sp.open_at and (force := _police_appealing(toks)) is not None \
            and RE_TRIBUTE_WORDS.search(text, sp.start, sp.end) is None:
        return force  # (‘Gardaí have appealed for witnesses. “…,” a statement said.’, w85a)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.start != toks[0].start or m.kind not in ("name", "organisation"):
        return None
    verb = _token_after(toks, m.end)
    if verb is None or verb.word not in SPEECH_VERBS or sum(1 for t in toks if t.capitalized) > len(m.text.split()):
        return None
    p, _ = cast.resolve(m)
    if p is not None and p.kind == "name" and " " in p.name and p.gender is None and not p.titled \
            and not cast.roles_of(p) and gender_of(p.name.split()[0]) is None \
            and p.name.split()[-1].lower() in HEALTH_BODY_WORDS | ORG_WORDS and m.text == p.name \
            and regex.search(regex.escape(p.name) + r",? (?:\d|who\b|a |an |the )", text) is None:
        p = Person(p.name, kind="organisation")  # (a body's name that reads as no person's, its last word a body's:
        # ‘Queensland Health said …’, w77a)
    if p is None or p.kind != "organisation":
        return None
    if s_hi != sp.open_at and (" " not in m.text or (RE_TRIBUTE_WORDS.search(text, sp.start, sp.end) is not None
                                                     and not regex.search(r"\b" + regex.escape(m.text) + r"\b", text[:s_lo]))):
        return None  # (the paragraph before the words: for a tribute, only a body named so before it, never one a
        # word of whose name came before: ‘Police were called …. / Northshire Police said a man died. / “He was a
        # loving father,” a statement said.’ is the family's, while ‘Queensland Health said theatres stayed open. /
        # “Patients … have been contacted,” a statement said.’ is the body's, named there first, w100c; and never one
        # word, a surname's as well: ‘Robin Church, 46, …. / Church said the smell …. / “…,” a statement said.’, rv77a)
    if not regex.search(r"\b" + regex.escape(m.text.split()[-1]) + r"\b", text[:min(sp.para_start, s_lo)]):
        return None  # (a body the paragraph brings in, charging someone: ‘The FA said it had opened proceedings.
        # “Our client denies the charge,” a statement read’ is the player's side's; ‘Glentoran have been
        # fined …. Glentoran confirmed …’ the club's)
    return p
