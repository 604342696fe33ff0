"""Whom an "it" stands for: a body or a document the sentence before opens with (_body_for_it), a body
the reporter contacted, a body's letters, a body the subject owns, and who issued a statement or
whose "its statement" it is.
"""

from __future__ import annotations

import regex

from quotesearch.backward_cues import cue_before
from quotesearch.cue_tokens import Found, _first_word, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import CALENDAR_NAMES, RE_ENTRY_TIME_LEAD
from quotesearch.place_words import ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import AUTHORED_NOUNS, DOCUMENT_NOUNS, MADE_MATERIAL_NOUNS, THING_NOUNS
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS, RE_KIND_THEN_BODY_NAME
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import CONTACT_VERBS, CONTINUING_CUES, SPEECH_VERBS
from quotesearch.term_words import LAW_NOUNS
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of, is_organisation
from quotesearch.tokens import RE_CAPWORD, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.bodies import _body_before
from quotesearch.body_names import (
    CONTEXT_CHARS, RELATIVE_WORDS, RE_DATELINE, RE_THE_STATEMENT, _body_of_kind, _issuer, _owner_fits, _quoted_at,
)
from quotesearch.body_firms import _trade_lead
from quotesearch.described_bodies import _described_body
from quotesearch.lede_firms import _article_company
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.statements import (
    BODY_OWNERS, CAPTIONED_NOUNS, INTERMEDIARY_NOUNS, ISSUING_WORDS, OPENING_OWNED_NOUNS, PLATFORM_WORDS, POSTED_NOUNS,
    RELEASED_BY, RE_IN_A_STATEMENT, RE_PASSIVE_AFTER, STATEMENT_NOUNS, WRITING_VERBS, WRITTEN_NOUNS, _document_again,
    _local_body_subject, _name_set_off_after, _sentence_start, _statement_signer, _written_head,
)
from quotesearch.document_authors import _named_person
from quotesearch.document_senders import _named_letter_sender
from quotesearch.sole_bodies import SOLE_BODY_NAMED_ANYWHERE_NOUNS, _sole_body_in_article
from quotesearch.kind_restated import _owner_named_kind
from quotesearch.crew_terms import POLICY_NOUNS
from quotesearch.titles import _person_noun
from quotesearch.unnamed_subjects import RE_CAPITALISED_WORD, _opening_personal_owner


#: A document's cues in the present tense (‘…,” it says’).
DOCUMENT_PRESENT_CUES = frozenset("says states reads".split())

#: A sentence that opens with a common noun after an article (‘The law bans …’).
RE_THING_OPENS = LazyPattern(r"\s*(?:The|A|An|This|That) \p{Ll}")

#: An opening clause in which the reporter contacts a body by name, before the "it" that answers:
#: ‘When we contacted Zestline Broadband, it said:’, ‘After The Herald approached Northgate Homes
#: about the leak, it said’ (group 1: the body's name; a few words of topic may follow it).
#:
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted Acme Energy, ").group(1)
#: 'Acme Energy'
#: >>> RE_CONTACTED_BODY.fullmatch("After Money approached Harbourview Rentals about her case, ").group(1)
#: 'Harbourview Rentals'
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted her, ") is None
#: True
RE_CONTACTED_BODY = LazyPattern(
    r"\s*(?:When|After|Once|Since|Before) (?:we|I|(?:the |The )?\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*)?) "
    r"(?:" + "|".join(sorted(CONTACT_VERBS)) + r") (\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:&|and|of) )?(?: ?\p{Lu}[\p{L}\p{M}&’'\-]*){0,4})"
    r"(?: (?:about|over|regarding|on|for) [^,;:“”\"]{1,60})?, ")


def _contacted_body(text: str, lo: int, at: int, cast: Cast) -> Person | None:
    """The body the sentence's opening clause says the reporter contacted, which the "it" right
    after the clause stands for: ‘When we contacted Zestline Broadband, it said: “…”’ (never a person
    the article knows, ‘When we contacted Dean Ryan, it said’ names no body)."""
    m = RE_CONTACTED_BODY.fullmatch(text, lo, at)
    if m is None:
        return None
    words = m.group(1).split()
    known = cast.by_surname.get(words[-1].rstrip(".").lower())
    if gender_of(words[0]) is not None or words[0].rstrip(".").lower() in HONORIFICS or (known is not None and (
            known.personlike or known.titled or known.gender is not None)):
        return None  # (no one with a given name, a title or a sex: a person is never "it")
    if len(words) > 1 and not (is_organisation(words) or words[-1].lower() in BUSINESS_WORDS or words[-1].lower() in ORG_WORDS):
        return None  # (a name of two words or more that says nothing of a body: ‘When we contacted Dean Ryan’)
    return Person(m.group(1), kind="organisation")


def _named_with_which(name: str, text: str) -> bool:
    """A name the text sets off with "which" after it, as a writer does for a thing or a body and never
    for a person: a body an "it" may stand for (‘Coralwind, which held most of the deposits, froze
    withdrawals. In a statement, it said …’); only one word or more in capitals, never a person's "who".

    >>> _named_with_which("Coralwind", "Coralwind, which runs the app, said"), _named_with_which("Ruth Okafor", "Ruth Okafor, who runs it")
    (True, False)
    >>> _named_with_which("Kestrel", "Kestrel which")
    False
    """
    return bool(name) and name[:1].isupper() and text.find(name + ", which ") >= 0


def _body_letters(name: str, text: str) -> bool:
    """A name that is a body's letters, one word of capitals (‘IPOA’, ‘ODPP’, ‘KeNHA’) that the text
    writes in brackets after the body's name or before a word in lower case (‘IPOA disagreed’): a body
    an "it" may stand for, never a person (‘IPOA disagreed. “…,” it said’); never a dateline's
    capitals (‘LOS ANGELES —’).

    >>> _body_letters("IPOA", "IPOA disagreed."), _body_letters("KeNHA", "The KeNHA said"), _body_letters("Ipoa", "Ipoa said")
    (True, True, False)
    >>> _body_letters("LOS", "LOS ANGELES — Actress …"), _body_letters("Anne Makori", "Anne Makori said")
    (False, False)
    """
    if " " in name or not name.isalpha() or not name[:1].isupper() or sum(c.isupper() for c in name) < 3 \
            or sum(c.isupper() for c in name) * 2 <= len(name):
        return False
    return regex.search(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?: \p{Ll}|\))", text) is not None


#: A description that runs on past a name after "from" or "by" into a lower-case word that is no small
#: word of a name's or a phrase's: its verb (‘a framed letter from Fenwick hangs by the front’).
#:
#: >>> bool(RE_RUNS_PAST_NAME.search("a framed letter from Fenwick hangs by the front"))
#: True
#: >>> bool(RE_RUNS_PAST_NAME.search("a letter from the Bank of England")), bool(RE_RUNS_PAST_NAME.search("a note from Kim to staff"))
#: (False, False)
RE_RUNS_PAST_NAME = LazyPattern(r" (?:from|by) (?:\p{Lu}[\p{L}\p{M}’'\-]* )+(?!(?:and|or|of|for|to|in|on|at|with|from|by|the|a|an)\b)\p{Ll}")


#: A body of the subject's own, the subject of the last clause after "but", "and" or "while" (‘…, but its
#: defence ministry regularly reports strikes’, ‘…, and its foreign ministry said’).
RE_BUT_ITS_BODY = LazyPattern(r", (?:but|and|while) its ((?:[\p{Ll}\-]+ ){0,2}?(ministry|department|office|agency|army|military"
                              r"|government|embassy|mission|command|regulator|council))(?: [\p{Ll}]+)?"
                              r" (?:said|says|reports|reported|claims|claimed|announced|announces|posts|posted|"
                              r"regularly|often|has|had|have)\b[^,;:“”\"]*[.!?]?$")


#: A body named in capitals, set off with "which", whose own clause, with no comma nor mark of its own,
#: runs on to "what" right before an "it" (group "body"): the body the "it" stands for (‘Tea came from
#: the Elm Road Allotment Society, which sold 200 jars of what it called ’, w99a); never a clause a comma
#: breaks (‘X, which …, later cut …, citing what it called’ is the sentence's subject's, read before).
#:
#: >>> RE_WHICH_BODY_WHAT.search("Tea came from the Elm Road Allotment Society, which sold 200 jars of what ").group("body")
#: 'Elm Road Allotment Society'
#: >>> RE_WHICH_BODY_WHAT.search("Tea came from the Elm Road Society, which sold jars, and what ") is None
#: True
RE_WHICH_BODY_WHAT = LazyPattern(r"(?:^|(?<=[^\p{L}\p{M}’'\-]))(?P<body>\p{Lu}[\p{L}\p{M}’'\-&]*(?: (?:of|for|and|on|St\.?|\p{Lu}[\p{L}\p{M}’'\-&]*))*?"
                                 r"(?: \p{Lu}[\p{L}\p{M}’'\-&]*)?), which (?:[^,;:!?“”\"‘’()—–\n]{1,120} )?what $")

RE_PLACE_BETWEEN = LazyPattern(r"\b(?:in|into|inside|near|across|over|on|against|from) (?:the )?(?:\p{Ll}+ )?\p{Lu}")


def _owners_body_clause_before(text: str, sp: Span, at: int, cast: Cast) -> Person | None:
    """The body a sentence's subject owns, the subject of its last clause, for "it said" opening the
    next sentence (‘Russia has not commented on the corridor, but its defence ministry regularly reports
    strikes …. On Monday it said …’ is Russia's defence ministry, the subject the "it" goes on with):
    as "<subject>'s <body>", the subject a place or a body (never a person's "its"), the "it" the
    first subject of its sentence."""
    lo = _sentence_start(text, sp.para_start, at)
    if not regex.fullmatch(r"(?:(?:On|By|Late|Early|Last|Later|Earlier)[\w ]{0,30}?,? )?", text[lo:at]):
        return None  # (the "it" opens its sentence, after a time phrase at most: ‘On Monday it said’)
    p_lo = _sentence_start(text, max(0, lo - CONTEXT_CHARS), max(0, lo - 2))
    clause = RE_BUT_ITS_BODY.search(text[p_lo:lo].rstrip())
    if clause is None:
        return None
    m = sentence_subject(text, tokenize(text, p_lo, p_lo + clause.start()), lambda w: True)
    if m is None or m.kind not in ("name", "organisation"):
        return None
    if RE_PLACE_BETWEEN.search(text, m.end, p_lo + clause.start()) is not None:
        return None  # (a place told of between, which "its" may be: ‘Israel has not commented on the strike in
        # southern Lebanon, but its health ministry said …’)
    owner, _ = cast.resolve(m)
    place = m.text.lower() in ONE_WORD_PLACES or m.text in TWO_WORD_PLACES
    if owner is None or not (place or owner.placelike or owner.kind == "organisation") or owner.gender is not None \
            or owner.titled or cast.roles_of(owner):
        return None  # (never a person's: ‘Smith declined to comment, but its board …’ is no "Smith's board")
    return Person(f"{m.text}'s {clause.group(1)}", kind="organisation")


#: A sentence's closing report of who told it (‘…, Acme Energy said on Friday.’, ‘…, the city of Aston said.’) (review rv19).
#:
#: >>> bool(RE_REPORTED_TAIL.search("It was sent by mistake, Acme Energy said on Friday.")), bool(RE_REPORTED_TAIL.search("It was sent by mistake."))
#: (True, False)
RE_REPORTED_TAIL = LazyPattern(r",\s+(?:[\p{L}\-]+\s+){1,6}?(?:said|says|added|confirmed|told reporters)"
                               r"(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+on\s+\p{Lu}\p{Ll}+)?[.!]\s*$")


#: Trades of a firm that a person plies too, before a name of two words a person's (‘Film maker Ash
#: Corrigan’, ‘Local grocer Amit Shah’, ‘Property developer Kit Aldane’), review rv63b.
#:
#: >>> "grocer" in PERSON_TRADE_NOUNS, "company" in PERSON_TRADE_NOUNS
#: (True, False)
PERSON_TRADE_NOUNS = frozenset(("contractor", "grocer", "builder", "maker", "supplier"))


def _person_trade(noun: str) -> bool:
    """A trade's noun a person plies as much as a firm (‘developer’, ‘film maker’, ‘specialist’)."""
    return noun in ROLE_NOUNS or noun in PERSON_TRADE_NOUNS or noun.endswith("maker")


def _which_body_before(text: str, lo: int, at: int, cast: Cast) -> Person | None:
    """The body in capitals whose "which" clause runs, with no comma, to the "what" right before the
    "it" at ``at`` (:data:`RE_WHICH_BODY_WHAT`), as the cast knows it; none when another "which" or a
    second body in capitals stands between.

    >>> t = "Tea came from the Elm Road Allotment Society, which sold jars of what it called “jam”."
    >>> _which_body_before(t, 0, t.index("it called"), Cast(t)).name
    'Elm Road Allotment Society'
    """
    m = RE_WHICH_BODY_WHAT.search(text, max(lo, at - 240), at)
    if m is None or ", which " in text[m.end("body") + 8:at]:
        return None
    return cast.resolve(Mention(m.start("body"), m.end("body"), m.group("body"), "organisation"))[0] \
        or Person(m.group("body"), kind="organisation")


def _kind_said_once(text: str, at: int, noun: str) -> bool:
    """Whether the kind's word stands once only before the subject at ``at`` that writes it again: in the
    phrase that brought the body in (never ‘the parliamentary public accounts committee … The Senate's
    ethics committee … The committee …’, two of the kind, review rv123i).

    >>> _kind_said_once("A Premier Rugby judicial committee sat. The committee", 40, "committee")
    True
    >>> _kind_said_once("The accounts committee met. The Senate's ethics committee sat. The committee", 63, "committee")
    False
    """
    return len(regex.findall(r"\b" + noun + r"\b", text[:at], flags=regex.I)) == 1


def _body_for_it(text: str, sp: Span, at: int, paras: list[tuple[int, int]], cast: Cast, cue: str = "") -> Person | None:
    """The body or the document an "it" that speaks stands for: the subject of its own sentence
    (‘The group seeks … what it calls “…”’), else the one quoted just before, in its paragraph or
    the one before, when that is a body (‘“…,” the ministry said. … “…,” it added’; never a
    person's), else the subject of a sentence before (‘The IMF said growth was slowing. It said the
    risks were “…”’; ‘The email, released by …, was sent at …. “…,” it reads’): an organisation,
    a place, a body described or a document, never a person."""
    authors: list[Person] = []  # the subjects read as a document's author (see subject_of)

    def bodylike(p: Person, far: bool = False) -> bool:
        if any(p is q for q in authors):
            return True
        if p.kind == "description" and (" from " in p.name or " by " in p.name) \
                and RE_RUNS_PAST_NAME.search(p.name) is not None:  # (a cheap exact prefilter: the pattern needs either)
            return False  # (a subject read on past its sender into its verb: ‘a framed letter from Fenwick
            # hangs by the front’ is no one)
        head = description_head(p.name) if p.kind == "description" else None
        return p.kind == "organisation" or p.placelike or (head is not None and not p.plural and (
            head in BODY_NOUNS or head in ORG_WORDS or head in THING_NOUNS or head in WRITTEN_NOUNS)) or (
            # (any body's noun: ‘The panel was unmoved. It said the law had “…”’)
            p.kind == "name" and p.gender is None and not p.titled
            and (p.name.rsplit(" ", 1)[-1].lower() in BUSINESS_WORDS or p.name.rsplit(" ", 1)[-1].lower() in ORG_WORDS
                 or _body_letters(p.name, text) or (not far and _named_with_which(p.name, text))
                 or any(_trade_lead(r) and (" " not in p.name or not _person_trade(r.split()[-1].lower()))
                        for r in cast.roles_of(p))))
        # (a name after a firm's trade is a firm's, whatever its words: ‘Power company WestGrid said …. In a
        # statement, it said …’, w63b; but a name of two words after a trade a person has too is a person's:
        # ‘Film maker Ash Corrigan said …. It said …’ is never Corrigan, review rv63b)
        # (a name set off with "which" only in the sentence just before or its own: ‘Tuvalu, which …, asked
        # for help. Australia offered visas. It said …’ is never Tuvalu's)

    def known(word: str) -> bool:
        # a lone word the article knows, or one it sets off with "which", a body's: ‘Coralwind, which
        # held most of the deposits, froze withdrawals.’ (never a word of the language: ‘This, which …’)
        return cast.knows(word) or (word not in FUNCTION_WORDS and word not in NOT_NAMES
                                    and _named_with_which(word[:1].upper() + word[1:], text))

    def subject_of(x: int, y: int) -> Person | None:
        if text[x:x + 1].isupper() and (dateline := RE_DATELINE.match(text, x, y)) is not None:
            x = dateline.end()  # (past a dateline: ‘NAIROBI — The audit, released by …, found …. It said’)
        elif x == sp.para_start or x in para_starts:
            if (stamp := RE_ENTRY_TIME_LEAD.match(text, x, y)) is not None:
                x = stamp.end()  # (past a live entry's time: ‘13.20 The agency says …. In a statement, it said:’)
        m = sentence_subject(text, tokenize(text, x, y), known)
        if m is None or m.start >= at or m.kind == "pronoun" or sp.start <= m.start < sp.end:
            return None  # (never a body in the words themselves: ‘“The OOW did not detect …,” it said’)
        if m.kind == "description" and _quoted_at(cast, m.start):
            return None  # (nor one in the words of the sentence before, whose speaker spoke them: ‘“The board
            # decided to act …,” the bank said. It said it would “…”’ is the bank's) (w65g)
        who = cast.resolve(m)[0]
        if who is not None and m.kind == "name" and not _named_person(who) \
                and RE_AUTHORED_LEAD.search(text, max(x, m.start - 100), m.start) is not None:
            authors.append(who)  # the author of the document that opens the sentence, whatever it is called:
            # ‘A report by consultants WasteWise Advisory found …, though it cautioned that “…”’
        if who is not None and who.kind == "description" and (noun := description_head(who.name)) in BODY_NOUNS:
            if (named := RE_KIND_THEN_BODY_NAME.match(text, m.end, y)) is not None and _body_of_kind(named.group(1).split(), noun):
                return Person(named.group(1), kind="organisation")  # the body's name set off after its kind: ‘The
                # firm that leases the unit, Brackwell Logistics, has released a statement. “…,” it said’
            spoke = next((p for pos, p in reversed(cast.speakers) if m.start <= pos < at), None)
            if spoke is not None and spoke.kind == "organisation" and _body_of_kind(spoke.name.split(), noun):
                return spoke  # the body "the federation" was found to be when it spoke (‘The federation said it
                # would “…”. “…,” it said’), never the words as written
            if noun in SOLE_BODY_NAMED_ANYWHERE_NOUNS and (body := _sole_body_in_article(text, m.start, noun, paras, cast)) is not None:
                return body  # the one league or trust the article names, as "the trust" itself is (‘… who works with
                # the Brookvale Sight Trust …. The trust, which …, said …. “…,” it said’) (w65e)
            if who.name.lower() == "the " + noun and _kind_said_once(text, m.start, noun) \
                    and (body := _owner_named_kind(text, m.start, noun, cast)) is not None and body.name != body.name.lower():
                return body  # the one committee brought in by its owner's name, as "the committee" itself is (‘a
                # Premier Rugby judicial committee …. The committee, chaired by …, disagreed. … it said’) (w123i;
                # never with the kind's word written of another before, nor a body of its remit's words alone,
                # ‘the national statistics agency’, review rv123i)
            if (body := _body_before(text, m.start, noun, sp, paras, cast)) is not None:
                return body  # the body named in the sentences before the subject's, as the subject is when it
                # speaks itself (‘The Marlow County Health Department traced …. The health department urged ….
                # In a post on X, it added: “…”’, w128a)
        return who

    para_starts = {paras[sp.paragraph - 1][0]} if sp.paragraph > 0 else set()
    bounds = []
    above = [paras[sp.paragraph - 1]] if sp.paragraph > 0 and not cast.credits_writer(paras[sp.paragraph - 1]) else []
    # (never a byline's desk above the lede: ‘By Owen Ferreira, Science & Technology Correspondent’ / ‘X said
    # … what it called “…”’ is no correspondent's)
    for p_lo, p_hi in above + [(sp.para_start, at)]:
        p_lo, p_hi = max(p_lo, at - CONTEXT_CHARS), min(p_hi, at)
        if p_lo < p_hi:
            ends = sentence_ends(text, p_lo, p_hi)
            bounds += zip([p_lo, *ends], [*ends, p_hi])
    bounds = bounds[-4:]
    if bounds and bounds[-1][1] == at:
        own_lo = bounds[-1][0]
        own = subject_of(*bounds.pop())
        if own is not None and bodylike(own):
            return own
        if text.endswith("what ", own_lo, at) and (which := _which_body_before(text, own_lo, at, cast)) is not None \
                and bodylike(which):
            return which  # the body a "which" clause holding the "it" is about: ‘Tea came from the Elm Road
            # Allotment Society, which sold 200 jars of what it called “…”’ (w99a)
        if (contacted := _contacted_body(text, own_lo, at, cast)) is not None:
            return contacted  # (the body the opening clause contacted: ‘When we contacted X, it said’)
        bounds = [(x, y) for x, y in bounds if not sp.open_at <= x < y <= sp.end]  # (the words' own sentences
        # are no sentence before: ‘The trust … said …. “Acid is sold openly. Until that stops, …,” it said’ is the
        # trust's, the sentence before the words) (w65e)
    earliest = paras[sp.paragraph - 1][0] if sp.paragraph > 0 else sp.para_start
    last = next(((pos, p) for pos, p in reversed(cast.speakers) if pos < at), None)
    if cue in CONTINUING_CUES and last is not None and last[0] >= earliest:
        if bodylike(last[1]):
            return last[1]  # ‘“…,” Boeing said. The ruling follows …. “…,” it added’
        if bounds and last[0] < bounds[-1][0] and sp.para_start <= bounds[-1][0] \
                and (before := subject_of(*bounds[-1])) is not None and (before.kind == "organisation" or (
                    before.kind == "description" and not before.plural
                    and ((head := description_head(before.name)) in BODY_NOUNS or head in ORG_WORDS))):
            return before  # (a body the sentence just before in its own paragraph is about, since the person
            # who last spoke: ‘“…,” he said. / The health department urged …. In a post on X, it added: “…”’, w112f;
            # never a document or a thing: ‘“…,” Boeing said. The ruling follows …. “…,” it added’)
        return None
    before = subject_of(*bounds[-1]) if bounds else None
    if bounds and before is None and RE_THING_OPENS.match(text, bounds[-1][0]) and cue in DOCUMENT_PRESENT_CUES:
        return None  # a thing opens the sentence before: ‘The law bans plastic bags. “…,” it says’
    if before is not None:
        # the subject of the sentence just before: a body or a document brought in there (‘The
        # watchdog disagrees. “…,” it said’, ‘A leaked memo … tells a different story. “…,” it says’),
        # or a thing that speaks for no one (‘The law bans …’)
        if bodylike(before) and not (before.kind == "description" and description_head(before.name) in MADE_MATERIAL_NOUNS
                                     and RE_REPORTED_TAIL.search(text, bounds[-1][0], bounds[-1][1]) is not None):
            return before  # (never a material whose sentence another reports: ‘The mailer was sent by mistake, Acme
            # Energy said. “…,” it said’ is Acme's (review rv19))
        if before.kind == "description" and not _person_noun(description_head(before.name) or "") and cue in DOCUMENT_PRESENT_CUES:
            return None
    if last is not None and last[0] >= earliest:
        return last[1] if bodylike(last[1]) else None
    for x, y in reversed(bounds[-3:-1]):
        p = subject_of(x, y)
        if p is not None and bodylike(p, far=True):
            return p
    return None

#: A body by its kind's word, "the company", "the club" (group 1 the word), in the sentence before a
#: possessive "its".
#:
#: >>> RE_THE_BODY_WORD.findall("When X Ltd spoke, the company had braced itself.")
#: ['company']
RE_THE_BODY_WORD = LazyPattern(r"\b(?i:the) (\p{Ll}+)\b(?![’'\-])")

#: A relative clause set off by commas after a subject (‘The Ports Company, which owns the port
#: infrastructure, said …’): what it tells of is no body the sentence's "its" after may stand for.
#:
#: >>> RE_WHICH_ASIDE.search("The Ports Company, which owns the port land, said it was shocked.").group()
#: ', which owns the port land,'
RE_WHICH_ASIDE = LazyPattern(r", (?:which|who|whose) [^,.;:“”\"]*,")


#: What may stand between a quotation's close and its cue's "its" for the cue to follow it right away (‘“…,”
#: its advisory said’, ‘“…” its statement read’): a comma and spaces at most, never words (w111b).
#:
#: >>> bool(RE_CLOSE_TO_CUE.fullmatch(", ")), bool(RE_CLOSE_TO_CUE.fullmatch(" and "))
#: (True, False)
RE_CLOSE_TO_CUE = LazyPattern(r"[,\s]{0,3}")


def _named_end(text: str, name: str, lo: int, hi: int) -> int | None:
    """Where ``name`` (a leading "the" aside) written between ``lo`` and ``hi`` ends, None where it is not."""
    bare = name[4:] if name.lower().startswith("the ") else name
    at = text.find(bare, lo, hi) if bare else -1
    return at + len(bare) if at >= 0 else None


def _cue_right_after_opening_quote(text: str, sp: Span, at: int) -> bool:
    """Whether the mention at ``at`` opens the cue right after a quotation that itself opens its sentence (‘“…,”
    its advisory said.’), whose sentence then starts at the quotation (w111b)."""
    return sp.close_end is not None and sp.close_end <= at and sp.close_end >= at - 3 \
        and RE_CLOSE_TO_CUE.fullmatch(text, sp.close_end, at) is not None \
        and _sentence_start(text, sp.para_start, sp.open_at) == sp.open_at


def _sentence_before(text: str, at: int, paras: list[tuple[int, int]]) -> int | None:
    """Where the sentence right before the one opening at ``at`` starts, in its paragraph or, when ``at``
    opens one, in the paragraph before; None when there is none.

    >>> _sentence_before("A rose. B fell.\\n\\nC said.", 17, [(0, 15), (17, 24)])
    8
    """
    end = len(text[:at].rstrip())
    prev = next((a for a, b in paras if a < end <= b + 1), None)
    return None if prev is None else _sentence_start(text, prev, end - 1)


#: Those of a body opening a sentence, set to read the body's name after them: ‘Inspectors from ’, ‘Two
#: auditors at the ’, ‘Researchers of the ’ (group 1: the people's plural noun, which the caller checks is
#: an office-holder's: ‘Reports from ’ matches here and is turned away there). Never "for", whose people
#: act for a body they are no part of (‘Lawyers for the X Group’).
#:
#: >>> RE_MEMBERS_OF.match("Inspectors from HM Inspectorate").group(1), RE_MEMBERS_OF.match("Two auditors at the X").group(1)
#: ('Inspectors', 'auditors')
#: >>> RE_MEMBERS_OF.match("Lawyers for the X") is None
#: True
RE_MEMBERS_OF = LazyPattern(r"(?:(?i:the|two|three|four|five|six|several) )?(\p{L}+s) (?:from|at|of) (?:the )?")


#: Those a body sends to look and report, whose report is the body's (‘Inspectors from …’, ‘Investigators
#: from the AAIB’); never its students, workers, members or critics (review rv130l).
#:
#: >>> "inspector" in SENT_MEMBER_NOUNS, "worker" in SENT_MEMBER_NOUNS, "student" in SENT_MEMBER_NOUNS
#: (True, False, False)
SENT_MEMBER_NOUNS = wordset("inspector auditor investigator examiner assessor reviewer monitor observer analyst "
                            "researcher scientist economist expert official officer")


def _their_owner_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The named body whose members open the sentence right before a sentence's opening "Their report" at
    ``at`` (‘Inspectors from HM Inspectorate of Prisons visited the jail in January …. Their report said …’):
    the report is the body's, as one issued for those it sends; None when that sentence opens otherwise,
    its people are no office-holders (‘Reports from …’), or it names no body right after them (w130l)."""
    p_lo = sp.para_start if at >= sp.para_start else next((a for a, b in paras if a <= at <= b), sp.para_start)
    if _sentence_start(text, p_lo, at) != at:
        return None  # (only "Their" opening its sentence)
    prev_lo = _sentence_before(text, at, paras)
    m = RE_MEMBERS_OF.match(text, prev_lo, at) if prev_lo is not None else None
    if m is None or m.group(1)[:-1].lower() not in SENT_MEMBER_NOUNS:
        return None  # (only those a body sends to report: never students, workers or critics of a body, who
        # may write against it: ‘Workers at Tata Steel walked out …. Their letter said’, review rv130l)
    return next((Person(name, kind="organisation") for b_at, name, _ in cast.body_names() if b_at == m.end()), None)


def _its_owner_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The named body a sentence's opening "Its statement" at ``at`` stands for: the body "the <kind>" of
    the sentence right before stands for (‘When Severnmoor Water announced the bonus, the company had
    braced for a backlash. Its statement described it as “…”’), else the body "it" stands for; None when
    neither is a body's name."""
    p_lo = sp.para_start if at >= sp.para_start else next((a for a, b in paras if a <= at <= b), sp.para_start)
    # (its own paragraph's start, when it brings in a quotation set off in the next: ‘Its 2023 status report
    # states: / “…”’, w130l)
    s_lo = _sentence_start(text, p_lo, at)
    if s_lo != at and _cue_right_after_opening_quote(text, sp, at):
        # ‘The X Department has forecast more rain. “…,” its advisory said.’: the quotation opens the sentence
        # its cue ends, so the sentence before it tells of the body; only one that sentence names (never one
        # further back past another: ‘The X Board suspended ferries. Commuter group Fair Fares said …. “…,”
        # its statement said’, w111b)
        owner = _its_owner_before(text, sp.open_at, sp, paras, cast)
        prev_lo = _sentence_start(text, sp.para_start, max(sp.para_start, sp.open_at - 2))
        if owner is None or (own_end := _named_end(text, owner.name, prev_lo, sp.open_at)) is None:
            return None
        bare = owner.name[4:] if owner.name.lower().startswith("the ") else owner.name
        if any(prev_lo <= at_ < sp.open_at and name not in bare and bare not in name for at_, name, _ in cast.body_names()) \
                or any(w.group() not in CALENDAR_NAMES for w in RE_CAPITALISED_WORD.finditer(text, own_end, sp.open_at)):
            return None  # (another body or name in that sentence, ‘The Office of Rail and Road fined Network Rail
            # £5m. “…,” its statement said’, ‘The Premier League charged Everton …’: either may own it; a day or month
            # is none, ‘until Friday’; w111b guard)
        return owner
    if s_lo != at:
        return None  # (only "Its" opening its sentence: ‘… and its statement’ may be anyone's)
    prev_lo = _sentence_start(text, p_lo, max(p_lo, s_lo - 2))
    last = None
    asides = [a.span() for a in RE_WHICH_ASIDE.finditer(text, prev_lo, s_lo)]
    for m in RE_THE_BODY_WORD.finditer(text, prev_lo, s_lo):
        if m.group(1) in BODY_NOUNS and not any(a <= m.start() < b for a, b in asides):
            last = m  # (never one a relative clause tells of: ‘The Ports Company, which owns the port
            # infrastructure, said …. Its statement added:’ is the company's)
    subj = sentence_subject(text, tokenize(text, prev_lo, s_lo), cast.knows)
    named = cast.resolve(subj)[0] if subj is not None and subj.kind in ("name", "organisation") else None
    if last is not None:
        noun = last.group(1)
        body = _body_before(text, last.start(), noun, sp, paras, cast) \
            or _described_body(text, last.start(), noun, cast) \
            or _article_company(text, last.start(), noun, paras, cast)
        if named is not None and body is not None and named.name != body.name and not _named_person(named):
            return None  # (guard, review rv5: another body opens the sentence, which "its" may stand for as well:
            # ‘Regulator Ofwex fined Severnmoor Water, saying the company had misled customers. Its statement …’)
        return body if body is not None and body.kind == "organisation" else None
    owner = _body_for_it(text, sp, at, paras, cast)
    if owner is not None and (owner.name.rsplit(" ", 1)[-1].lower() in LAW_NOUNS or owner.name.rsplit(" ", 1)[-1].lower() in POLICY_NOUNS):
        return None  # (guard, review rv5: a measure is no body that issues writings: ‘Parliament's finance committee
        # approved the Harwell Levy Bill. Its explanatory note …’ is never the bill's)
    return owner if owner is not None and owner.kind == "organisation" else None

#: Before a name, the authored document it wrote, in its sentence: ‘A report by consultants ’, ‘a rate
#: study by the consulting firm ’ (the subject :func:`sentence_subject` reads past the document).
RE_AUTHORED_LEAD = LazyPattern(r"\b(?i:" + "|".join(sorted(AUTHORED_NOUNS)) + r")\b(?: of [^,.;:“”\"‘’()]{1,40}?)?"
                               r" (?:by|from) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")


def _statement_author(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast,
                      document: str = "the statement") -> Person | None:
    """Who issued the statement that a quotation's cue names, when one of the two sentences before
    has someone give one (‘The military said in a statement that …. “…,” the statement said.’,
    ‘X denied the charges in a statement’, ‘Wilson released a statement’): never a document, and
    never someone who only talks of another's statement (‘X criticised Google's statement’)."""
    if sp.open_at > lo and not (sp.paragraph > 0 and lo == sp.para_start and not sentence_ends(text, lo, sp.open_at - 1)
                                and RE_THE_STATEMENT.match(text, lo) is not None):
        a, b = lo, sp.open_at
    elif sp.paragraph > 0:  # (or the paragraph before one that only names the document: ‘One post read: “…”’)
        a, b = paras[sp.paragraph - 1][0], min(len(text), paras[sp.paragraph - 1][1] + 1)
    else:
        return None
    if a == lo and lo > sp.para_start:
        a = _sentence_start(text, sp.para_start, lo)  # (the whole sentence a quotation before ends inside:
        # ‘In a statement, the club said it was “shocked” by the sanction. “…,” the statement said’)
    a = max(a, b - CONTEXT_CHARS)
    ends = sentence_ends(text, a, b)
    sentences = [(x, y) for x, y in zip([a, *ends], [*ends, b]) if text[x:y].strip()]
    kind = _written_head(document)
    nouns = STATEMENT_NOUNS | {kind}  # (and "in an email …": the document's own kind)
    window = sentences[-2:]
    if sp.paragraph > 1 and a == paras[sp.paragraph - 1][0] and len(sentences) <= 2 and kind \
            and _document_again(text, a, kind):
        # a paragraph that only tells more of the same document lets the one before it give it:
        # ‘In an email …, the dean wrote that …. / The email, reviewed by The Sentinel, put the cost at
        # $17,500. / “…,” the email read.’
        older = paras[sp.paragraph - 2]
        o_ends = sentence_ends(text, older[0], older[1])
        o_sents = [(x, y) for x, y in zip([older[0], *o_ends], [*o_ends, older[1]]) if text[x:y].strip()]
        window = o_sents[-1:] + window
    for s_lo, s_hi in reversed(window):
        toks = tokenize(text, s_lo, s_hi)
        issued = next((k for k in range(len(toks) - 2) if toks[k].word in ISSUING_WORDS
                       and (toks[k + 1].word in ("a", "an") or (toks[k + 1].word in BODY_OWNERS and toks[k + 2].word != "own")
                            or (_opening_personal_owner(toks, k) and kind in OPENING_OWNED_NOUNS))
                       and (toks[k + 2].word in nouns or any(
                           (toks[e].word in nouns or (toks[e].word[-1:] == "s" and toks[e].word[:-1] in nouns))
                           and all(x.text.islower() or x.text == "," or (x.word in PLATFORM_WORDS and e == k + 3)
                                   for x in toks[k + 2:e])
                           for e in range(k + 3, min(len(toks), k + 6))))),
                      None)  # (and a few words between: ‘issued a special air quality statement’, ‘in a Facebook post’,
        # ‘issued a second, shorter statement’; and a body's own: ‘issued its highest-level heavy rain warning’)
        if issued is None and kind in STATEMENT_NOUNS:
            own = next((k for k in range(len(toks) - 3) if toks[k].word in ISSUING_WORDS | {"out"}
                        and toks[k + 1].word in ("its", "their", "his", "her") and toks[k + 2].word == "own"
                        and toks[k + 3].word in STATEMENT_NOUNS), None)
            if own is not None:  # a rival statement of its own: ‘The police union issued its own statement.’
                return _issuer(sentence_subject(text, toks, cast.knows), cast)
        by = next((k for k in range(len(toks) - 3) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word in RELEASED_BY
                   and toks[k + 2].word == "by"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if by is not None and any(x.word in INTERMEDIARY_NOUNS for x in toks[by + 3:by + 8]):
            return None  # (one who speaks for another: ‘a statement released by his lawyer, Mark Geragos,’)
        if by is not None:  # ‘According to a statement released by the party's office, …’: the issuer
            # (‘X, in a statement issued by his office, said’ is X's, as below)
            return _issuer(mention_after(toks, by + 3, text), cast)
        given = next((k for k in range(len(toks) - 2) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word == "from"
                      and toks[-1].text == ":"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if given is not None:  # ‘Here is the full statement from the Federation of Small Businesses, which …:’
            return _issuer(mention_after(toks, given + 2, text), cast)
        if issued is not None and (kind in STATEMENT_NOUNS or toks[issued].word == "in"):
            break
        if issued is not None:
            return _named_letter_sender(text, toks, issued, kind, cast)  # (‘her brother sent a letter to the
            # parole board’: the letter is as written; ‘Senator X sent a letter to …’ is X's)
        wrote = next((k for k in range(1, len(toks)) if toks[k].word in WRITING_VERBS and not toks[k].capitalized), None)
        if wrote is not None:  # ‘Resident Ann Cole emailed all seven council members’: the writer, in the
            # sentence just before only, when it names no document (never ‘posted a resignation
            # letter from the police chief’, ‘tweeted a photo of the note left on her windshield’)
            # and writes of nothing else (‘wrote that …’, ‘wrote about …’)
            between = text[sentences[-1][0]:sentences[-1][1]].lstrip() if len(sentences) > 1 else ""
            goes_on = (s_lo, s_hi) == sentences[-2] if len(sentences) > 1 else False
            goes_on = goes_on and between.startswith(("She ", "He ", "They ")) \
                and RE_CAPWORD.search(between, 4) is None  # (never ‘She got a reply from Mayor Tom Reed.’)
            if ((s_lo, s_hi) != sentences[-1] and not goes_on) \
                    or (wrote + 1 < len(toks) and toks[wrote + 1].word in ("that", "about")) \
                    or any((x.word in WRITTEN_NOUNS or x.word in DOCUMENT_NOUNS or x.word in ("photo", "screenshot"))
                           and not (kind == "caption" and x.word in CAPTIONED_NOUNS) for x in toks):
                # (but a caption goes with what was posted: ‘Police posted a video …. “…,” the caption read’)
                return None
            m = mention_before(toks, wrote, 0, text)
            if m is None or m.kind not in ("name", "description", "organisation"):
                return None
            p, _ = cast.resolve(m)
            return p if p is not None and (p.kind != "organisation" or kind in POSTED_NOUNS) and _owner_fits(document, p) \
                else None  # (a body posts: ‘Police posted on X. “…,” the post read’; a letter is a person's)
    else:
        return None  # (‘the statement by rebels’, ‘Smith said the statement was untrue’: no one gives one)
    end = next(e for e in range(issued + 2, len(toks)) if toks[e].word in nouns or toks[e].word[:-1] in nouns) + 1
    # (and ‘in a series of posts’)
    if toks[issued].word == "in" and (signer := _statement_signer(text, toks, end, cast)) is not None:
        return signer  # (‘X, in a statement by his media aide, Y, said …. / “…,” the statement read’: Y, who gave it)
    if end < len(toks) and toks[end].word in ("by", "from", "of") and toks[issued + 1].word not in BODY_OWNERS:
        return None  # (‘a statement by the suspect's family’ is theirs; but ‘its first warning of the year’ is its own)
    if toks[issued].word == "in":
        # ‘X said in a statement’, ‘In a statement, police said’, ‘X denied the charges in a statement’
        said = mention_before(toks, issued - 1, 0, text) if issued > 1 and toks[issued - 1].word in SPEECH_VERBS \
            and not toks[issued - 1].capitalized else None
        f = Found(said, None, "cue-before", toks[issued - 1].text) if said is not None and said.kind != "pronoun" \
            else cue_before(text, toks, cast.knows, mixed=False)  # (the verb right before it, never one in the
        # clause it reports: ‘X said in a statement that crews had responded to the fire’)
        if f is None or f.mention is None or f.rule == "subject":
            # (a verb of its own before it: ‘X rejected that characterization in a written statement’,
            # or after it: ‘In a Facebook post Sunday, the sheriff's office thanked the volunteers’)
            opening = issued == _first_word(toks)
            set_off = toks[issued - 1].text == "," and end < len(toks) and toks[end].text == ","
            # (set off by commas after the subject, before its own verb: ‘The Growers Council, in a news
            # release, called for payments by March. “…,” the release said’ is the council's (w61f))
            m = sentence_subject(text, toks, cast.knows) \
                if opening or set_off or RE_IN_A_STATEMENT.search(text, toks[0].start, toks[-1].end) else None
            m = m or _local_body_subject(text, toks, issued)
            if m is None or m.kind not in ("name", "organisation", "description") \
                    or (m.end > toks[issued].start and not opening):
                return None
            m = _name_set_off_after(text, toks, m) or m
        else:
            m = f.mention
        if RE_PASSIVE_AFTER.match(text, m.end) is not None:
            return None  # (never one the statement is about: ‘X was named in a statement’, ‘In a post, the
            # victim was described by her family as …’)
    else:  # ‘The Times said Cook provided a written statement’: who issued it
        m = mention_before(toks, issued, 0, text)
        if m is None and issued >= 2 and toks[issued - 1].word in ("but", "and") \
                and not any(x.word in RELATIVE_WORDS for x in toks[max(0, issued - 4):issued]):  # (never ‘…, which then released’)
            m = sentence_subject(text, toks, cast.knows)  # (‘His family asked for privacy but released a
            # short statement’)
            m = m if m is not None and m.end <= toks[issued].start else None
        if m is None or m.kind == "pronoun":
            return None
    if _opening_personal_owner(toks, issued):
        p = _issuer(m, cast)  # (‘In her letter to investors, Lodestar said …’: the firm that sent it, never
        # a person named, whose letter stays as written)
        return p if p is not None and p.kind != "description" and not _named_person(p) \
            and p.gender is None and not p.placelike else None
    return _issuer(m, cast, pronoun=True)
