"""Who wrote or issued a document a cue names: the author of a report, study, audit or review,
the issuer of a statement, declaration or rules, the signers' body of a document many signed,
the body whose minutes they are, a document's owner or addressee, a group's short name, and the
words after a document's noun that bring in its author or issuer (_document_writer).
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import COUNTRY_NATIONALITIES, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.document_words import (
    ADDRESSED_WORDS, AUTHORED_NOUNS, AUTHORING_PARTICIPLES, DOCUMENT_NOUNS, FILED_DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, ISSUING_PARTICIPLES,
    OWNED_ONLY_RECORDS, RULE_CHANGING_VERBS, RULE_DOCUMENT_NOUNS, RULING_NOUNS,
)
from quotesearch.body_words import ORG_WORDS, RE_BODY_SIZE_WORD
from quotesearch.document_issuers import NOT_TIME, RE_OWN_SENDER_AFTER, REPORT_TIME, body_modifying_document_at, is_report_body
from quotesearch.speech_words import ADOPTING_GATHERINGS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.bodies import _body_before
from quotesearch.body_names import RE_DATELINE
from quotesearch.body_kinds import RE_BASED, _body_fits
from quotesearch.bodies_of_kind import BODY_ENDING_REACH, _body_by_ending
from quotesearch.described_bodies import _described_body
from quotesearch.lede_firms import _article_company
from quotesearch.sole_bodies import _sole_body_in_article, _sole_body_of_kind
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import RE_MARK, _person_noun
from quotesearch.statements import PLATFORM_WORDS, WRITTEN_NOUNS, _sentence_start, _written_head


#: After an authored document's noun, the words that bring in its author, who starts at the match's end:
#: ‘report by X’, ‘review of the policy by X’, ‘study from X’, ‘audit, released last month by X’,
#: ‘report, which was prepared by X’, ‘study, by X,’ set off (w114a; never ‘commissioned by’, ‘obtained by’: see
#: AUTHORING_PARTICIPLES).
#:
#: >>> bool(RE_AUTHORED_BY.match(" of the policy by the")), bool(RE_AUTHORED_BY.match(", released last month by the"))
#: (True, True)
#: >>> bool(RE_AUTHORED_BY.match(" from the Institute")), bool(RE_AUTHORED_BY.match(", commissioned by the council"))
#: (True, False)
#: >>> bool(RE_AUTHORED_BY.match(" of children from poor homes")), bool(RE_AUTHORED_BY.match(", which was obtained by the"))
#: (False, False)
#: >>> bool(RE_AUTHORED_BY.match(", carried out between 2022 and 2024 by the"))
#: True
#: >>> bool(RE_AUTHORED_BY.match(", published on Tuesday by the")), bool(RE_AUTHORED_BY.match(", by the Centre for"))
#: (True, True)
#: >>> bool(RE_AUTHORED_BY.match(" last year by the")), bool(RE_AUTHORED_BY.match(" in 2021 by the"))
#: (True, True)
#:
#: One who commissioned it named first, then its author (w145c): ‘The audit, commissioned by the city's board and
#: conducted by the firm X, found’; never the one who commissioned it alone.
#:
#: >>> RE_AUTHORED_BY.match(", commissioned by the city’s board and conducted by the firm").group()
#: ', commissioned by the city’s board and conducted by '
#: >>> bool(RE_AUTHORED_BY.match(", commissioned by the city’s board and the mayor,"))
#: False
RE_AUTHORED_BY = LazyPattern(
    r"(?: of [^,.;:“”\"‘’()]{1,40}?)?" + REPORT_TIME + r" by | from |, by |,? (?:(?:which|that) was )?"
    r"(?:commissioned by [^,.;:“”\"()]{1,60}? and )?(?:carried out|"
    + "|".join(sorted(AUTHORING_PARTICIPLES)) + r")(?: [\p{L}\d\-]+){0,3}?(?: between \d{4} and \d{4})? by ")

#: A name joined by an ampersand goes on (‘Raftery & Cole’, ‘Okafor Bello & Partners’).
RE_AMPERSAND_NAME = LazyPattern(r" & \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: A body's name going on past where a mention stopped (‘the National Academies| of Sciences, …’).
RE_NAME_OF_AFTER = LazyPattern(r" (?:of|for|on|and) (?:the )?\p{Lu}")

#: A body's name read whole where a mention stopped short of it (w128b): capitalised words joined by "of" or
#: "for" (with "the" or not), never a time nor an owner's "’s" after (‘HM Inspectorate of Probation’, ‘the
#: Inspectorate of Prisons on Friday’ without the day).
#:
#: >>> RE_BODY_NAME_WHOLE.match("HM Inspectorate of Probation, found").group()
#: 'HM Inspectorate of Probation'
#: >>> RE_BODY_NAME_WHOLE.match("the Inspectorate of Prisons on Friday").group()
#: 'the Inspectorate of Prisons'
RE_BODY_NAME_WHOLE = LazyPattern(r"(?:the )?\p{Lu}[\p{L}\-&]*(?: (?:(?:of|for)(?: the)? )?" + NOT_TIME
                                 + r"\p{Lu}[\p{L}\-&]*)*(?![\p{L}’'])")

#: An owner's name right before an authored document's noun (‘Deloitte’s review’, ‘the Ombudsman's annual
#: report’), a body's name joined by "of", "for" or "and" read whole (‘The Office of the State Auditor's
#: report’): group 1, the name.
#:
#: >>> RE_OWNER_BEFORE_DOCUMENT.search("The Office of the State Auditor's ").group(1)
#: 'The Office of the State Auditor'
#: >>> RE_OWNER_BEFORE_DOCUMENT.search("a copy of Deloitte’s final ").group(1)
#: 'Deloitte'
#:
#: A plural name's bare apostrophe, and the body's letters in brackets after the owner's mark (w136c: ‘according
#: to the Federation of Recruitment Agencies’ (FRA) monthly Report on Jobs’).
#:
#: >>> RE_OWNER_BEFORE_DOCUMENT.search("according to the Federation of Recruitment Agencies’ (FRA) monthly ").group(1)
#: 'Federation of Recruitment Agencies'
#: >>> RE_OWNER_BEFORE_DOCUMENT.search("the Grocers Association's (GA) ").group(1)
#: 'Grocers Association'
RE_OWNER_BEFORE_DOCUMENT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}&\-]*(?: (?:(?:of|for|and)(?: the)? )?\p{Lu}[\p{L}\p{M}&\-]*){0,4})"
                                       r"(?:[’']s|(?<=s)[’'])(?: \(\p{Lu}[\p{Lu}&]+\))? (?:[\p{Ll}\d\-]+ ){0,2}$")

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
    (:func:`_named_person`). A body's name by its words is no place, whatever its last word (‘Carrington
    Workers United’, w124a)."""
    person = cast.resolve(who)[0]
    return person if person is not None and (not person.placelike or is_organisation(person.name.split())) \
        and not _named_person(person) else None


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


#: Words of a book publisher's name, which only printed a document it "published" (‘published by Penguin
#: Random House’, ‘by Oxford University Press’).
#:
#: >>> "Press" in BOOK_PUBLISHER_WORDS, "Council" in BOOK_PUBLISHER_WORDS
#: (True, False)
BOOK_PUBLISHER_WORDS = frozenset("Press Books Publishing Publishers Publications Penguin Random HarperCollins Macmillan".split())


#: Small words inside a body's name, read as part of it only before a capitalised word (‘the Office for
#: National Statistics’, ‘the Bank of England’; never ‘the Fabian Society found families’).
#:
#: >>> "of" in NAME_CONNECTIVES, "found" in NAME_CONNECTIVES
#: (True, False)
NAME_CONNECTIVES = frozenset("of for and the de du la on in von van der &".split())


def _name_run_end(words: str) -> int | None:
    """Where a capitalised name read as a description stops, when lower-case words run on after it: the
    words after a determiner's capitalised run (connectives only before a capitalised word), ending the
    description there; None when no name opens it or it ends the description, or a possessive (‘the
    Treasury’s own economists’), a hyphened modifier (‘the Labour-led council’) or one word that names
    no body (‘the UK health agency’) ends the run.

    >>> _name_run_end("the Local Government Association found councils")
    32
    >>> _name_run_end("the panel’s scrutiny officers"), _name_run_end("the Treasury’s own economists")
    (None, None)
    >>> _name_run_end("the Office for National Statistics"), _name_run_end("the UK health security agency")
    (None, None)
    """
    toks = words.split(" ")
    if len(toks) < 3 or toks[0].lower() not in ("the", "a", "an") or not toks[1][:1].isupper():
        return None
    i = 2
    while i < len(toks):
        if toks[i][:1].isupper():
            i += 1
        elif toks[i] in NAME_CONNECTIVES and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            i += 2
        else:
            break
    if i >= len(toks) or not toks[i][:1].islower():
        return None
    last = toks[i - 1]
    if last.endswith(("’s", "'s", "’", "'")) or "-" in last or (i == 2 and not is_organisation(toks[1:2])):
        return None
    return len(" ".join(toks[:i]))


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
        whole = RE_BODY_NAME_WHOLE.match(text, who.start)
        return Person(whole.group(), kind="organisation") \
            if whole is not None and whole.end() > who.end and is_report_body(whole.group()) else None
        # (a body that issues reports read whole, its head before "of": ‘The review, carried out by HM
        # Inspectorate of Probation, found’, w128b; any other as written rather than cut short, ‘by the National
        # Academies of Sciences, Engineering and Medicine’)
    if who.kind == "description" and (cut := _name_run_end(who.text)) is not None:
        # (a body's name run on into the verb and a noun after it: ‘A report
        # by the Local Government Association found councils …’ is the Association's, never "… found councils")
        who = Mention(who.start, who.start + cut, who.text[:cut], "organisation")
    if who.kind == "name" and (amp := RE_AMPERSAND_NAME.match(text, who.end)) is not None:
        return Person(text[who.start:amp.end()], kind="organisation")
    if who.kind == "description":  # people or a body described, as written (no one named before: ‘by the
        # panel’s scrutiny officers’ is never ‘the Police Officers’ Association’), never ‘by the spring’
        head = description_head(who.text) or ""
        return Person(_lower_first(who.text), kind="description") \
            if _person_noun(head) or head in BODY_NOUNS or head in ORG_WORDS else None
    if who.kind == "name" and _known_place(who.text):
        return None  # (a country or a place the lists know is no author: ‘a survey by Kenya’, ‘from Denmark’)
    if "published" in m.group() and BOOK_PUBLISHER_WORDS.intersection(w.removesuffix("’s").removesuffix("'s") for w in who.text.split()):
        return None  # (a book publisher is no author: ‘The study, published by Penguin Random House,’; w101c guard)
    if "published" in m.group() and who.text.split()[-1].removesuffix("’s").removesuffix("'s") in NEWS_OUTLET_WORDS:
        return None  # (a paper that printed it is no author: ‘The report, published by The Guardian,’; w101c)
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
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", titled “Lumen Vitae” (“The Light of Life”), was published Jan. 28 by the"))
#: True
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", adopted unanimously at the annual summit of the")), \
#: ...  bool(RE_DOCUMENT_ISSUED_BY.match(", obtained by The Guardian,"))
#: (True, False)
RE_DOCUMENT_ISSUED_BY = LazyPattern(
    r"(?:,? (?:titled|entitled|headed) [“\"][^”\"]{1,80}[”\"](?: \([“\"][^”\"]{1,80}[”\"]\))?,?)?,?(?: (?:which|that))?(?: (?:was|were|has been|had been))?"
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(ISSUING_PARTICIPLES)) + r")(?: (?:\p{Lu}\p{Ll}{2,3}\.|[^.,;:“”\"]){1,60}?)?"  # (a month cut short: ‘issued Nov. 16 by X’;
    # a day and a court, ‘filed Tuesday in Marsh County Superior Court by X’, w107c)
    r"(?: by | at (?:the|a|an|its|their) (?:[\p{L}\-]+ ){0,3}(?:" + "|".join(sorted(ADOPTING_GATHERINGS)) + r") of )")

#: A document many sign before the words it holds (‘have signed a statement calling climate change “…”’):
#: group 1, its noun.
RE_SIGNED_DOCUMENT = LazyPattern(r"\bsigned (?:a|an|the) (?:[\p{Ll}\-]+ ){0,2}?(" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS))
                                 + r") (?:calling|urging|saying|describing|declaring|that|which)\b")

#: How far after the words a document many signed may be said to be issued by a body (‘The document …
#: was released Tuesday by X’, in the next paragraph).
SIGNED_ISSUER_REACH = 400


#: "the" and one or two lower-case words of what a body is, right before its name after "by" (‘by the
#: nonpartisan Campaign Integrity Watch’, ‘by the watchdog group Fair Votes’): read past to the name, which
#: :func:`_issuer_after` takes only as a name (a person named stays as written there) (w107c).
#:
#: >>> RE_EPITHET_BEFORE_NAME.match("the nonpartisan Campaign Integrity Watch,").group()
#: 'the nonpartisan '
#: >>> RE_EPITHET_BEFORE_NAME.match("the council,") is None, RE_EPITHET_BEFORE_NAME.match("the former mayor Ann Lee") is None
#: (True, True)
RE_EPITHET_BEFORE_NAME = LazyPattern(r"(?i:the) (?:(?!(?:former|late|then|acting|outgoing)\b)\p{Ll}[\p{Ll}\-]+ ){1,2}(?=\p{Lu})")


def _issuer_after(text: str, at: int, cast: Cast) -> Person | None:
    """The body that issued the document whose noun ends at ``at`` (:data:`RE_DOCUMENT_ISSUED_BY`): a
    body's name, or a body described (‘by the council’); never a person named (‘released by her
    lawyer’, ‘issued by Dr Ian Vale’ stay as written), a place, a date or a pronoun."""
    m = RE_DOCUMENT_ISSUED_BY.match(text, at)
    who = _party_after(text, m, 4) if m is not None else None
    if who is None and m is not None and (epithet := RE_EPITHET_BEFORE_NAME.match(text, m.end())) is not None:
        who = _party_after(text, m, len(epithet.group()))  # (‘filed by the nonpartisan Campaign Integrity Watch’, w107c)
        who = who if who is not None and who.kind in ("name", "organisation") else None
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
Monde Spiegel Bild News Semafor Intercept Hill ProPublica Bellingcat BuzzFeed Vox Slate Wired Forbes Mediapart""".split())
# (one-word newsrooms, ‘The investigation, published on Sunday by ProPublica,’: never the author; w101c guard)


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
                                    lambda start, end: _issuer_after(text, end, cast)
                                    or _pronoun_owner_of_document(text, start, end, cast)) \
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

#: A named body's own organ in lower case that keeps minutes (‘The Reserve Bank of Australia’s monetary policy
#: board’, w136c): group 1 the body's name, whose minutes they are when no organ is named by its own name.
#:
#: >>> RE_NAMED_BODY_ORGAN.search("The Reserve Bank of Australia’s monetary policy board was split").group(1)
#: 'Reserve Bank of Australia'
#: >>> RE_NAMED_BODY_ORGAN.search("the bank's board was split") is None
#: True
RE_NAMED_BODY_ORGAN = LazyPattern(r"\b(?:[Tt]he )?(\p{Lu}[\p{L}\-]*(?: (?:(?:of|for|and)(?: the)? )?\p{Lu}[\p{L}\-]*){0,5})"
                                  r"[’']s (?:[\p{Ll}\-]+ ){0,2}(?:board|committee|council|commission)\b")

#: Minutes named with their owner (‘Minutes of the Fed's December meeting’): group 1 the owner's word.
RE_MINUTES_OF_OWNER = LazyPattern(r"\b[Mm]inutes of (?:the )?(\p{Lu}[\p{L}\-]*(?:[’']s)?)")

#: A meeting's minutes told as its record (‘said in its record of meeting’, ‘the record of the
#: committee's deliberations’): "the record" after it is those minutes (w136f).
#:
#: >>> bool(RE_RECORD_OF_MEETING.search("said in its record of meeting that")), bool(RE_RECORD_OF_MEETING.search("a record of 12 wins"))
#: (True, False)
RE_RECORD_OF_MEETING = LazyPattern(r"\brecord of (?:the |its |their |this |that )?(?:\p{Lu}[\p{L}\-]*[’']s |\p{Ll}+ )?"
                                   r"(?:meeting|meetings|deliberations|discussions|proceedings)\b")

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
    if mention.text.rsplit(" ", 1)[-1].lower() == "record" and RE_RECORD_OF_MEETING.search(text, lo, mention.start) is None:
        return None  # (a record is minutes only when the article called it a meeting's record: never ‘The
        # record shows …’ of a court's or a player's)
    names = {m.group(1).strip() for m in RE_MEETING_BODY.finditer(text, lo, mention.start)}
    names = {n[4:] if n.startswith("The ") else n for n in names} - set(RE_MEETING_BODY_WORDS)  # (never a
    # quotation's own "The Committee noted")
    if not names:
        return _organ_owner(text, lo, mention.start)
    if len(names) != 1:
        return None
    name = names.pop()
    window = text[lo:mention.start]
    if RE_OTHER_ORGAN.search(window) or _minutes_named_for_other(text, lo, mention.start, name):
        return None  # (guard: another body's board or committee named, or minutes named as another's: ‘Minutes of
        # the Fed's December meeting’ after ‘the Senate Banking Committee’)
    at = text.rfind(name, lo, mention.start)
    return _body_or_team(cast, Mention(at, at + len(name), name, "name"))


def _minutes_named_for_other(text: str, lo: int, hi: int, name: str) -> bool:
    """Minutes named between ``lo`` and ``hi`` with an owner other than the body ``name`` (‘Minutes of the
    Fed's December meeting’ after ‘the Senate Banking Committee’).

    >>> _minutes_named_for_other("Minutes of the Fed's meeting showed", 0, 30, "Senate Banking Committee")
    True
    >>> _minutes_named_for_other("Minutes of the Fed's meeting showed", 0, 30, "the Fed")
    False
    """
    return any(o.removesuffix("’s").removesuffix("'s") not in name for o in RE_MINUTES_OF_OWNER.findall(text, lo, hi))


def _organ_owner(text: str, lo: int, at: int) -> Person | None:
    """The one named body whose own board or committee in lower case the article names before "the minutes",
    when no organ is named by its own name (‘The Reserve Bank of Australia’s monetary policy board was split
    …. “…,” the minutes said’ is the bank's, w136c); none when two bodies' organs are, or any other owner's
    (‘his club's board met’), or minutes are named as another's (‘minutes of the Fed's meeting’), or the owner
    is no body (‘Britain’s board’)."""
    if text.find("’s ", lo, at) < 0 and text.find("'s ", lo, at) < 0:
        return None  # (cheap: no owner's mark before them)
    found = list(RE_NAMED_BODY_ORGAN.finditer(text, lo, at))
    if len({m.group(1) for m in found}) != 1 or _minutes_named_for_other(text, lo, at, found[-1].group(1)):
        return None
    if any(not any(f.start() <= o.start() < f.end() for f in found) for o in RE_OTHER_ORGAN.finditer(text, lo, at)):
        return None  # (another's board named too, ‘His club's board met’: the minutes may be its)
    name = found[-1].group(1)
    if not is_organisation(name.split()) and not is_report_body(name):
        return None
    return Person("the " + name if found[-1].group().lower().startswith("the ") else name, kind="organisation")


def _named_person(p: Person) -> bool:
    """A name that is a person's, by a title, a sex or a given name the lists know (‘Dr Ian Vale’): a
    report by one person stays the report's, as written (a body's or a team's is its author's)."""
    return p.kind == "name" and (p.titled or p.gender is not None or gender_of(p.name.split()[0]) is not None)


#: An issued or authored document owned by a body by its kind (:data:`KIND_OWNER_LEAD`, the owner and up to two
#: words, then the noun), as a cue's subject (‘The clinic’s patient
#: handbook’, ‘the ministry's new guidance’, ‘The university's 94-page report’): group 1 the owner, group 2 the
#: document's noun.
#:
#: >>> RE_KIND_OWNED_DOCUMENT.fullmatch("The clinic’s patient handbook").groups()
#: ('The clinic', 'handbook')
#: >>> RE_KIND_OWNED_DOCUMENT.fullmatch("The university's 94-page report").groups()
#: ('The university', 'report')
KIND_OWNER_LEAD = r"((?i:the) \p{Ll}+)[’']s (?:[\p{Ll}\d\-]+ ){0,2}"
RE_KIND_OWNED_DOCUMENT = LazyPattern(KIND_OWNER_LEAD + r"(\p{Ll}+)")


#: Authored documents that, owned by a body by its kind, speak for the body named before (‘The university's
#: 94-page report found’); never an activity that may be another's (‘the agency's investigation’, an inquiry).
#: A body's own court papers too (‘The state Gaming Control Board filed a complaint …. The board’s complaint
#: described …’, ‘the commission's filing says’) (w90c), and a body's paper put to its members (‘The board’s
#: paper, circulated to members, had warned that “…”’, w117c); a body's notice or ruling (‘According to the
#: authority's enforcement notice, …’, ‘the tribunal's decision says’).
#:
#: >>> "report" in KIND_OWNED_REPORT_NOUNS, "investigation" in KIND_OWNED_REPORT_NOUNS, "complaint" in KIND_OWNED_REPORT_NOUNS
#: (True, False, True)
#: >>> "notice" in KIND_OWNED_REPORT_NOUNS, "ruling" in KIND_OWNED_REPORT_NOUNS
#: (True, True)
#:
#: A body's bulletin or newsletter and its press release too (w128b: ‘The Poultry Forum’s latest market bulletin
#: notes that “…”’, ‘The university’s media release described the finding as “…”’), a release only after one of
#: :data:`RELEASE_KINDS` (‘the band’s new release’ is an album, ‘the hostage’s release’ no document).
#:
#: >>> "bulletin" in KIND_OWNED_REPORT_NOUNS, "release" in KIND_OWNED_REPORT_NOUNS
#: (True, True)
KIND_OWNED_REPORT_NOUNS = frozenset("report review audit study survey assessment complaint filing lawsuit paper"
                                    " notice bulletin newsletter release".split()) | OWNED_ONLY_RECORDS \
    | RULING_NOUNS  # (a meeting's minutes, a review's findings or summary, a firm's announcement: w136d)

#: The words that make a body's "release" its written statement (‘the council’s press release’, ‘a news release’).
RELEASE_KINDS = frozenset("press media news".split())


def _released_document(mention_text: str) -> bool:
    """Whether a mention ending in "release" names a written release (‘the university’s media release’), or
    one ending in another noun; never a record or a freeing (‘the band’s new release’).

    >>> _released_document("The club's press release"), _released_document("The band's new release")
    (True, False)
    >>> _released_document("The board's bulletin")
    True
    """
    words = mention_text.split()
    return words[-1].lower() != "release" or len(words) >= 2 and words[-2].lower() in RELEASE_KINDS


#: Words of a body's name its letters leave out (‘Bureau of Labor Statistics’ is BLS): the joiners a
#: name in capitals may hold (:data:`RE_CAPITAL_RUN`). Not offices' INITIALS_SKIPPED, a title's ("in").
BODY_INITIALS_SKIPPED = frozenset("of for and on the".split())

#: A body's name in capitals, its words of two or more letters, with the joiners of
#: :data:`BODY_INITIALS_SKIPPED` between (‘the National Transportation Safety Board’): whose initials a
#: body's letters may spell.
#:
#: >>> RE_CAPITAL_RUN.search("At a meeting, the National Transportation Safety Board found").group()
#: 'National Transportation Safety Board'
RE_CAPITAL_RUN = LazyPattern(r"\p{Lu}\p{Ll}+(?: (?:" + "|".join(f"{w} " for w in sorted(BODY_INITIALS_SKIPPED))
                             + r")*\p{Lu}\p{Ll}+)+")


def _letters_of_named_body(text: str, letters: str) -> bool:
    """Whether ``letters`` (two to six capitals) are the initials of a body the article names in full
    (‘the National Transportation Safety Board …. The NTSB's report said …’ is the board's report, w85a);
    never letters the article spells out for no body (‘Jane Smith’ is no JS)."""
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    return any("".join(w[0] for w in run.group().split() if w.lower() not in BODY_INITIALS_SKIPPED) == letters
               and is_organisation(run.group().split()) for run in RE_CAPITAL_RUN.finditer(text))


#: An owned document with what it is about after it (‘The agency's latest report on the sector’): group 1,
#: the document; group 2, its noun.
#:
#: >>> RE_OWNED_DOCUMENT_TAIL.match("The agency's latest report on the sector").groups()
#: ("The agency's latest report", 'report')
RE_OWNED_DOCUMENT_TAIL = LazyPattern(r"([^’']*[’']s (?:[\p{Ll}\d\-]+ ){0,2}(\p{Ll}+)) (?:on|into|about|of|for) ")


def _document_owner(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body whose issued document (:data:`ISSUED_DOCUMENT_NOUNS`) a cue names by its owner: a name (‘The
    Health Ministry's guidance says’, :func:`_owner_of_document`), or a body's kind that stands for the one
    named before (‘… at the Post-Viral Clinic …. The clinic's handbook says’, :func:`_issuing_body`). None for
    a person's document (‘the minister's letter’), a place's or a day's, or a kind no body named before has."""
    noun = mention.text.rsplit(" ", 1)[-1].lower()
    if noun not in ISSUED_DOCUMENT_NOUNS and noun not in KIND_OWNED_REPORT_NOUNS and " " in mention.text \
            and (tail := RE_OWNED_DOCUMENT_TAIL.match(mention.text)) is not None:
        mention = Mention(mention.start, mention.start + tail.end(1), tail.group(1), mention.kind)
        noun = tail.group(2).lower()  # (its subject named after it: ‘The agency's latest report on the sector’)
    if noun not in ISSUED_DOCUMENT_NOUNS and noun not in KIND_OWNED_REPORT_NOUNS \
            or "’s " not in mention.text and "'s " not in mention.text:  # (a body's written report too: ‘The
        # university's 94-page report found’; never an activity, ‘the agency's investigation’)
        return None  # (a cheap exact prefilter: an owner's "’s")
    if not _released_document(mention.text):
        return None  # (‘the band’s new release’ is a record, no statement)
    m = RE_KIND_OWNED_DOCUMENT.fullmatch(mention.text)
    if m is None:
        owned = _owner_of_document(text, mention.end - len(noun), cast)
        return owned if owned is not None and (owned.kind == "organisation" or owned.kind == "name" and (
            is_organisation(owned.name.split()) or _letters_of_named_body(text, owned.name))) \
            and not owned.placelike else None
    kind = m.group(1).split()[1]
    if RE_OWN_SENDER_AFTER.match(text, mention.end) is not None:
        return None  # (one whose author is set off after it stays as written, ‘The institute's paper, written
        # by economist Clara Fenn,’, review rv117c)
    if kind not in BODY_NOUNS:
        return _office_named_before(text, mention.start, kind, cast)  # (a person's document stays as written:
        # ‘the minister's letter’; an office named before by its title alone is its owner)
    owner = Person(f"the {kind}", kind="description")
    body = _issuing_body(text, owner, mention.start + len(m.group(1)), sp, paras, cast)
    if body is owner:
        body = _sole_body_of_kind(text, mention.start, kind, cast) or owner  # (the one body of the kind the
        # article names, however far back: ‘a survey released by the Faith Facilities Risk Alliance, …. / … /
        # The alliance's report recommends that …’)
    if body is owner or body.kind not in ("name", "organisation"):
        return None
    return _joint_part_of_kind(body, kind)


def _joint_part_of_kind(body: Person, kind: str) -> Person:
    """The one body of the kind in two named together and read as one (‘a joint team from the University of
    Tasmanport and the Polar Survey …. The university’s media release …’ is the university's, w128b); the body
    as it is otherwise.

    >>> _joint_part_of_kind(Person("the University of Vale and the Polar Survey", kind="organisation"), "university").name
    'the University of Vale'
    >>> _joint_part_of_kind(Person("the Vale Trust", kind="organisation"), "trust").name
    'the Vale Trust'
    """
    if " and the " not in body.name:
        return body
    parts = [p for p in body.name.split(" and the ") if kind in p.lower().split()]
    return Person(parts[0], kind=body.kind) if len(parts) == 1 else body


def _office_named_before(text: str, at: int, kind: str, cast: Cast) -> Person | None:
    """The office an officer's kind owning a document stands for, when the article named it before by its
    title in capitals and no person's name (‘…, the Housing Ombudsman has ruled. … according to the
    ombudsman's report’ is the Housing Ombudsman's, w124a); never a person named with the title (‘Foreign
    Minister Ann Lee’ ends in no "Minister"), nor one only described (‘the minister's letter’ stays as
    written)."""
    office = _body_by_ending(text, at, [kind], cast)
    words = office.name.removeprefix("the ").split() if office is not None else []
    return office if len(words) >= 2 and words[-1].lower() == kind and all(w[:1].isupper() for w in words) \
        and gender_of(words[0]) is None else None


#: A body's document named again bare as a cue's subject (‘the notice’, ‘The report’): group 1, its noun.
#:
#: >>> RE_BARE_DOCUMENT.fullmatch("The notice").group(1), RE_BARE_DOCUMENT.fullmatch("the final notice") is None
#: ('notice', True)
RE_BARE_DOCUMENT = LazyPattern(r"(?i:the) (\p{Ll}+)")

#: A body's kind as a document's owner right before its noun, with up to two words between (‘the authority's
#: enforcement ’): the match starts the owned document's mention.
#:
#: >>> RE_KIND_OWNER_BEFORE.search("According to the authority's enforcement ").group()
#: "the authority's enforcement "
RE_KIND_OWNER_BEFORE = LazyPattern(KIND_OWNER_LEAD + "$")


def _owned_document_named_again(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]],
                                cast: Cast) -> Person | None:
    """The body whose document a bare "the <noun>" names again, when the nearest one of that noun before it
    was named by its owner (‘According to the authority's enforcement notice, …. “…,” the notice said’ is
    the authority named before, :func:`_document_owner`). None when that one had no owner (‘a notice
    posted on the door’) or its owner is no body (‘the minister's notice’)."""
    m = RE_BARE_DOCUMENT.fullmatch(mention.text)
    if m is None or m.group(1) not in KIND_OWNED_REPORT_NOUNS:
        return None
    lo = max(0, mention.start - AUTHOR_REACH)
    found = list(regex.compile(r"\b" + regex.escape(m.group(1)) + r"\b", regex.I).finditer(text, lo, mention.start))
    if not found:
        return None
    last = found[-1]
    owned = RE_KIND_OWNER_BEFORE.search(text, max(0, last.start() - 60), last.start()) \
        or RE_OWNER_BEFORE_DOCUMENT.search(text, max(0, last.start() - 80), last.start())
    if owned is None:
        return None
    return _document_owner(text, Mention(owned.start(), last.end(), text[owned.start():last.end()], "description"),
                           sp, paras, cast)


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
    if text[m.end(1) + 1:m.end(1) + 2] != "s" and not is_organisation(name.split()):
        return None  # (a plural's bare apostrophe only after a body's name, ‘the Federation of Recruitment
        # Agencies’ report’; never a family's, ‘the Smiths’ report’, nor a title's closing mark, w136c)
    owner = _body_or_team(cast, Mention(m.end(1) - len(name), m.end(1), name, "name"))
    if owner is not None and " " in name and len(owner.name.removeprefix("the ").split()) < len(name.split()) \
            and owner.name.endswith(name.rsplit(" ", 1)[-1]):
        owner = Person(name, kind="organisation") if is_organisation(name.split()) else None  # (never a
        # word of the name read as the whole: ‘Kessin Reserve Bank’s report’ is no "Bank", w136d)
    return owner


#: An owner's "his" or "her" right before a document's noun, with up to two words of its length, age or
#: kind between (‘Her 64-page report’, ‘In her four-paragraph letter’, ‘his resignation letter’): group 1,
#: the pronoun. Never a document about its subject or sent to them (‘Her performance review’, ‘His
#: termination letter’, ‘Her lab report’, review rv122a).
#:
#: >>> RE_PRONOUN_BEFORE_DOCUMENT.search("In her four-paragraph ").group(1), RE_PRONOUN_BEFORE_DOCUMENT.search("Her ").group(1)
#: ('her', 'Her')
#: >>> RE_PRONOUN_BEFORE_DOCUMENT.search("Usher ") is None, RE_PRONOUN_BEFORE_DOCUMENT.search("of their ") is None
#: (True, True)
#: >>> RE_PRONOUN_BEFORE_DOCUMENT.search("Her performance ") is None
#: True
RE_PRONOUN_BEFORE_DOCUMENT = LazyPattern(r"(?<![\p{L}’'])(His|Her|his|her) (?:(?:[\p{Ll}\d]+-(?:page|paragraph|word|line|point)"
                                         r"|resignation|own|open|final|first|latest|new|annual|handwritten) ){0,2}$")

#: After a document's noun, in its sentence, the one who wrote or sent it (‘His termination letter came from
#: the depot manager’, ‘Her review, written by principal Derek Hume,’): then no "his" or "her" is its owner.
#:
#: >>> bool(RE_SENDER_AFTER_DOCUMENT.match(", signed by the hospital's chief nursing officer, cites"))
#: True
#: >>> bool(RE_SENDER_AFTER_DOCUMENT.match(" from Yale arrived"))
#: True
#: >>> RE_SENDER_AFTER_DOCUMENT.match(" documents 11 complaints filed by trustees") is None
#: True
RE_SENDER_AFTER_DOCUMENT = LazyPattern(r"[^.\n]{0,60}?\b(?:from|(?:written|signed|prepared|compiled|drafted|sent|issued|"
                                       r"authored|conducted|carried out) by)\b")

#: An owner's word before a document's noun (‘its annual report’, ‘the board's report’, ‘their letter’): one
#: of the noun owned by another before "his" or "her" one makes "the <noun>" later no sure owner's.
#:
#: >>> bool(RE_OWNED_BEFORE_NOUN.search("published its annual ")), bool(RE_OWNED_BEFORE_NOUN.search("the board's "))
#: (True, True)
#: >>> bool(RE_OWNED_BEFORE_NOUN.search("saying in a ")), bool(RE_OWNED_BEFORE_NOUN.search("A copy of the "))
#: (False, False)
RE_OWNED_BEFORE_NOUN = LazyPattern(r"(?:\b(?i:its|their)|\p{L}[’']s|\p{L}s[’']) (?:[\p{Ll}\d\-]+ ){0,2}$")


def _pronoun_owner_of_document(text: str, start: int, end: int, cast: Cast) -> Person | None:
    """The named person whose "his" or "her" stands right before the document's noun at ``start`` (‘Her
    64-page report documents …’, after ‘The review was conducted by retired judge Margaret Osterhout’): the
    one the pronoun stands for, a person named in a sentence before it. None for one named only in its own
    sentence or after it (‘Sergeant Ann Cole filed her report’, ‘In his annual letter, Tom Keane said’ stay
    as written), or when a document of the noun owned by another came before (‘its annual report’)."""
    m = RE_PRONOUN_BEFORE_DOCUMENT.search(text, max(0, start - 40), start)
    if m is None or RE_SENDER_AFTER_DOCUMENT.match(text, end) is not None:
        return None
    pronoun = "he" if m.group(1).lower() == "his" else "she"
    owner, _ = cast.resolve(Mention(m.start(1), m.end(1), pronoun, "pronoun"))
    if owner is None or owner.kind != "name" or owner.placelike:
        return None
    opening = _sentence_start(text, text.rfind("\n", 0, m.start()) + 1, m.start())
    if not any(q is owner and pos < opening for pos, q in cast.recent):
        return None
    noun = regex.compile(r"\b" + regex.escape(text[start:end]) + r"\b", regex.I)
    return None if any(RE_OWNED_BEFORE_NOUN.search(text, max(0, x.start() - 40), x.start()) is not None
                       for x in noun.finditer(text, 0, m.start())) else owner


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
                                    or _owner_of_document(text, start, cast)
                                    or _pronoun_owner_of_document(text, start, end, cast)
                                    or body_modifying_document_at(text, start, end, mention.start))
    # (‘The X Audit Office report found …. / “…,” the report said’: the office's, w145c; never past another
    # document's noun named between, gd145c)


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


#: The nouns of a document whose issuer may be set off right after it (‘The order, issued on Monday by
#: the Ministry of Lands, says’, ‘The ruling, published by the Appeals Panel, said’): a filing's or a ruling's.
FILED_OR_RULING_NOUNS = FILED_DOCUMENT_NOUNS | RULING_NOUNS


def _document_writer(text: str, mention: Mention, document: str, cast: Cast) -> tuple[Person, str] | None:
    """Who wrote the document ``document`` names, with how: the author of an authored one (a report, an
    audit: :func:`_report_author`, "author"), else the issuer of an issued one (a statement, a declaration:
    :func:`_document_issuer`, "statement")."""
    if (noun := _authored_noun(document)) is not None and (author := _report_author(text, mention, noun, cast)) is not None:
        return author, "author"
    if (noun := _written_head(document)) in ISSUED_DOCUMENT_NOUNS and (issuer := _document_issuer(text, mention, noun, cast)) is not None:
        return issuer, "statement"
    if mention.kind != "pronoun" and (noun or _ruling_noun(document)) in FILED_OR_RULING_NOUNS \
            and mention.text.split()[0].lower() in ("the", "this", "a", "an") \
            and (issuer := _issuer_after(text, mention.end, cast)) is not None:
        return issuer, "statement"  # (an order or a filing with its issuer set off right after it: ‘The order,
        # issued on Monday by the Ministry of Lands, says …’; a ruling too, ‘The ruling, published by the Appeals
        # Panel on Friday, said …’, w132c; a decision too, ‘The decision, published by X on Friday, said’, which
        # no description reader takes for a speaker's noun; only there, w101c)
    return None


def _ruling_noun(document: str) -> str | None:
    """The ruling's noun a description of two words ends in (‘The decision’, ‘the determination’), or None:
    what a "decision" is never reads as a description's head (:data:`RULING_NOUNS`).

    >>> _ruling_noun("The decision"), _ruling_noun("the final decision"), _ruling_noun("The result")
    ('decision', None, None)
    """
    words = document.lower().split()
    return words[1] if len(words) == 2 and words[0] in ("the", "this", "a", "an") and words[1] in RULING_NOUNS else None


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
    if body is None and at >= 0 and RE_BASED.search(author.name) is None:
        body = _sole_body_in_article(text, at, kind, paras, cast)  # (the one body of the kind the article
        # names, as for the same words at a cue: ‘… Coldwater Memorial Hospital will close its maternity ward. …
        # In a notice on its website, the hospital said …. “…,” the notice said’ is the hospital's, w77a)
    if body is None and at >= 0 and RE_BASED.search(author.name) is not None:
        # (a firm said to be based somewhere is the one the article is about, whatever it was first called:
        # ‘Crypto lending platform VaultPeak …. In a post on its blog, the Singapore-based company said …’)
        body = _described_body(text, at, kind, cast) or _article_company(text, at, kind, paras, cast)
    if body is not None and RE_BASED.search(author.name) is not None \
            and not _body_fits(text, Mention(at, at + len(author.name), author.name, "description"), kind, body):
        return author  # (where the issuer is said to be based, the body named before must be the one based there)
    return body if body is not None and (mention is None or _body_fits(text, mention, kind, body)) else author


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
