"""A statement, report or post named again and who gave it before: the body or issuer an earlier
quotation's cue gave, the spokesperson who spoke for "the statement", the body named in the
sentence before, "its" document or officer, and the one body said to speak in a report.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.document_words import DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, OWNED_DOCUMENT_NOUNS, RULING_NOUNS
from quotesearch.body_words import MILITARY_NAME_ENDINGS, ORG_WORDS, SPOKESPERSON_NOUNS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_names import RE_DATELINE
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.statements import WRITTEN_NOUNS, _sentence_start, _written_head
from quotesearch.document_issuers import NOT_BY, REPORT_ISSUER_REACH, is_report_body, report_issuers


#: A body's or an officer's own document: "the district’s message", "the company's statement".
RE_OWNERS_DOCUMENT = LazyPattern(r"((?i:the) ([a-z]+))[’']s (?:[\w\-]+ )?"
                                   r"(?:statement|communiqu[eé]|release|post|advisory|bulletin|warning|alert|letter|e-?mail"
                                   r"|message|note|tweet|FAQs?)")


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


#: A statement named again with no issuer, or by the kind of body it is from (‘a statement’, ‘the
#: statement’, ‘a club statement’): group 1 the kind, when given.
#:
#: >>> RE_BODY_KIND_STATEMENT.fullmatch("a club statement").group(1), RE_BODY_KIND_STATEMENT.fullmatch("the statement").group(1)
#: ('club', None)
#: >>> RE_BODY_KIND_STATEMENT.fullmatch("a joint statement") is not None, RE_BODY_KIND_STATEMENT.fullmatch("his statement")
#: (True, None)
RE_BODY_KIND_STATEMENT = LazyPattern(r"(?i:the|a) (?:(\p{Ll}+) )?statement")


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
    kind_noun = RE_BODY_KIND_STATEMENT.fullmatch(mention.text)
    if kind_noun is not None and kind_noun.group(1) is not None:
        noun = kind_noun.group(1).lower()
        if noun not in BODY_NOUNS or prev.person.kind != "organisation" \
                or noun not in (prev.mention.text.lower().split() + prev.person.name.lower().split()) \
                or regex.search(r"(?i)\brugby (?:football )?" + noun + r"\b", prev.person.name + " " + prev.mention.text):
            return None  # (the very body by the noun it was named with: ‘Ashgrove GAA club said …. / “…,” a
            # club statement said’; never another kind's: ‘The FA said …. / “…,” a club statement said’; never a
            # sport's name, ‘The Welsh Rugby Union said …. / “…,” a union statement said’, review rv85a)
    if kind_noun is not None and (kind_noun.group(1) is not None or low == "the statement"):
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

#: Another report, study or the like brought in by an indefinite article (‘A new report by the Institute
#: for Fiscal Studies’, ‘published a separate study’), which a later "the report" may stand for instead.
#:
#: >>> RE_ANOTHER_REPORT.search("researchers published a separate study.") is not None
#: True
#: >>> RE_ANOTHER_REPORT.search("Inspector Hume filed his report in June") is not None  # (w94a guard D)
#: True
#: >>> RE_ANOTHER_REPORT.search("The report, titled “Steel and Delay,” found") is None
#: True
RE_ANOTHER_REPORT = LazyPattern(r"\b(?i:a|an|another)\s+(?:[\p{L}\-]+\s+){0,3}?(?:report|study|review|survey|audit|analysis|paper|inquiry)\b"
                                r"|\b(?i:his|her|their)\s+(?:[\p{L}\-]+\s+)?report\b")

#: Someone's own report by a possessive (‘the family’s report’, ‘Hume’s final report’): group ``owner``;
#: another report than a named body's unless the owner is a word of its name (w94a guard D).
RE_OWNED_REPORT = LazyPattern(r"(?<![\p{L}'’])(?P<owner>\p{L}[\p{L}\-]*)(?:[’']s|(?<=s)[’'])\s+(?:[\p{Ll}\-]+\s+)?report\b")
# (w94a guard2 B: also a plural owner, ‘the inspectors’ report’)

#: Another report named by "the" and lower-case words (‘The fire investigation report, completed last
#: week,’): not the one a body by its name was told of (w94a guard2 B). Not a bare "the report".
RE_THE_OTHER_REPORT = LazyPattern(r"\b(?i:the)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){1,3}report\b")

#: A report named again by a cue with nothing after it to say whose.
#:
#: >>> bool(RE_THE_REPORT.fullmatch("the report")), bool(RE_THE_REPORT.fullmatch("The report")), bool(RE_THE_REPORT.fullmatch("the new report"))
#: (True, True, False)
RE_THE_REPORT = LazyPattern(r"(?i:the) report")

#: What every match of :data:`RE_KIND_SAID_IN_ITS_REPORT` holds (‘in its report’, ‘In its annual report’),
#: searched for first; also "In a report" (‘In a 90-page report released on Monday, the panel said’, w106d).
#:
#: "Released a report" too (‘The commission released a preliminary staff report’, w135t).
#:
#: >>> bool(RE_IN_ITS_REPORT.search("In a 90-page report")), bool(RE_IN_ITS_REPORT.search("in his report"))
#: (True, False)
#: >>> bool(RE_IN_ITS_REPORT.search("released a preliminary staff report")), bool(RE_IN_ITS_REPORT.search("read his report"))
#: (True, False)
RE_IN_ITS_REPORT = LazyPattern(r"[Ii]n (?:its|an?) (?:[\p{Ll}\d\-]+ ){0,2}(?:report|notice|review)"
                               r"|\b(?:published|released|issued|tabled) (?:its|an?) (?:[\p{Ll}\d\-]+ ){0,3}report")

#: The documents a body speaks in as in its own report (w107c): a journal's retraction notice, a
#: body's review (‘In a retraction notice, the journal said …. / …, the notice said’); a later bare
#: "the <noun>" a cue names (:data:`RE_THE_OWN_DOCUMENT`) is the body's only for the same noun.
#:
#: >>> sorted(OWN_DOCUMENT_NOUNS)
#: ['notice', 'report', 'review']
OWN_DOCUMENT_NOUNS = frozenset({"report", "notice", "review"})

#: Of those, the ones a body's own notice may also be named by at a cue besides a report, as a
#: pattern's alternatives (here, in :data:`RE_ANOTHER_OWN_DOCUMENT`, and in :mod:`quotesearch.own_notices`).
#:
#: >>> NOTICE_ALTERNATIVES
#: 'notice|review'
NOTICE_ALTERNATIVES = "|".join(sorted(OWN_DOCUMENT_NOUNS - {"report"}))

#: A bare "the report", "the notice" or "the review" a cue names: group 1 the noun.
#:
#: >>> RE_THE_OWN_DOCUMENT.fullmatch("The notice").group(1), RE_THE_OWN_DOCUMENT.fullmatch("the final notice") is None
#: ('notice', True)
RE_THE_OWN_DOCUMENT = LazyPattern(r"(?i:the) (" + "|".join(sorted(OWN_DOCUMENT_NOUNS)) + r")")


def _report_body_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one body the article said spoke in a report, before "the report" that a cue names (‘…, the
    Public Accounts Board said in a report published on Tuesday. … “…,” the report said’): the body's
    words, as "the statement" is the issuer's. None when no body, a person, or two bodies did so."""
    if RE_THE_REPORT.fullmatch(mention.text) is None:
        return None
    found = [f for f in report_issuers(text) if f[1] <= mention.start]  # (once per article; w94a: also ‘In
    # an interim report, the X Board said’, ‘said the X Centre in its report’, ‘X published its report’)
    names = {name.removeprefix("the ").removeprefix("The ") for _, _, name in found}
    if len(names) != 1 or mention.start - found[-1][1] > REPORT_ISSUER_REACH \
            or RE_ANOTHER_REPORT.search(text, found[-1][1], mention.start) is not None \
            or RE_THE_OTHER_REPORT.search(text, found[-1][1], mention.start) is not None \
            or any(m.group("owner").lower() not in {w.lower() for w in found[-1][2].split()}
                   for m in RE_OWNED_REPORT.finditer(text, found[-1][1], mention.start)):
        return None  # (nor when another report or study is brought in after the body's: ‘A new report by the
        # Institute for Fiscal Studies went further. “…,” the report said’ is that one)
    name = names.pop()
    if not is_organisation(name.split()) and not is_report_body(name):
        return None  # (a person who spoke in a report is no issuer: ‘Smith said in a report’; a body's name
        # the lists miss holds a word of one, ‘the Inspectorate of Prisons’, w104b)
    written = regex.search(r"(?:\b[Tt]he )?" + regex.escape(name), text)
    return Person(written.group() if written is not None and written.group().startswith("the ") else name, kind="organisation")


def _report_issuer_again(text: str, results: list, mention: Mention) -> Person | None:
    """The issuer an earlier quotation's cue gave to "its report" or "the report", for a later bare "the
    report" a cue names, however far on (‘The X Branch said …. / Its report said the crew had lost “…”. / …
    / The report also noted …, which it described as “…”’ is the branch's, w110c): the same report, when
    every earlier report quotation so resolved had the one issuer and no other report, study or someone's
    report is brought in after the last (:data:`RE_ANOTHER_REPORT`, :data:`RE_THE_OTHER_REPORT`,
    :data:`RE_OWNED_REPORT`, :data:`RE_OWN_REPORT`)."""
    if RE_THE_REPORT.fullmatch(mention.text) is None:
        return None
    given = [(prev.mention.start, prev.person) for _, prev, _ in results
             if prev is not None and prev.how == "statement" and prev.person is not None and prev.mention is not None
             and prev.mention.start < mention.start and _written_head(prev.mention.text) == "report"]
    if not given or len({p.name for _, p in given}) != 1 or given[-1][1].kind != "organisation":
        return None
    last = given[-1][0] + 1
    if RE_ANOTHER_REPORT.search(text, last, mention.start) is not None \
            or RE_THE_OTHER_REPORT.search(text, last, mention.start) is not None \
            or RE_OWNED_REPORT.search(text, last, mention.start) is not None \
            or RE_OWN_REPORT.search(text, last, mention.start) is not None:
        return None
    return given[-1][1]


#: Another's report told of as its own since (‘the union published its own report’, ‘a report of its
#: own’): the later bare "the report" may be that one (w110c guard).
#:
#: >>> bool(RE_OWN_REPORT.search("the fishermen's union published its own report on it")), RE_OWN_REPORT.search("Its report said") is None
#: (True, True)
RE_OWN_REPORT = LazyPattern(r"\b(?i:its|their) own (?:[\p{Ll}\-]+ )?report\b|\breport of (?:its|their) own\b")


#: A body by its kind that spoke in its own report (‘In its report, the inspectorate said’, ‘the
#: watchdog found in its annual report’): group ``kind`` the noun, which a later bare "the report" a
#: cue names stands for, as :data:`quotesearch.document_issuers.RE_REPORT_ISSUER` does for a body by its name (w90c).
#:
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In its report, the inspectorate said the park").group("kind")
#: 'inspectorate'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("Later, the watchdog found in its final report that").group("kind")
#: 'watchdog'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In its report, titled Cold Homes, the trust found that").group("kind")
#: 'trust'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In a 90-page report released on Monday, titled “Dry”, the panel said").group("kind")
#: 'panel'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In a retraction notice, the journal said that").group("kind", "noun")
#: ('journal', 'notice')
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In a review of the rules, the council said") is None
#: True
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("In his report, the inspector said") is None
#: True
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("The inspectorate found in its annual report that").group("kind")
#: 'inspectorate'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("The authority on Tuesday published an independent audit report that").group("kind")
#: 'authority'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("the board released its annual report.").group("kind")
#: 'board'
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("The council published a report by consultants Arup") is None
#: True
#: >>> RE_KIND_SAID_IN_ITS_REPORT.search("The council published a report commissioned from a law firm") is None
#: True
RE_KIND_SAID_IN_ITS_REPORT = LazyPattern(r"\b(?:[Ii]n (?:its|an?) (?:[\p{Ll}\d\-]+ ){0,2}(?P<noun>report|notice|review)"
                                         r"(?: (?:published|released|issued|tabled|out)\b[^,.;\n“”\"]{0,60})?"  # (w106d)
                                         r",?(?: (?:entitled|titled|called) [^,.;\n]{1,60},)? (?P<at>the) (?P<kind>\p{Ll}+)"
                                         r" (?:said|says|found|warned|concluded|noted)"
                                         r"|(?P<at>[Tt]he) (?P<kind>\p{Ll}+) (?:said|says|found|warned|concluded|noted)"
                                         r" in its (?:[\p{Ll}\-]+ ){0,2}(?P<noun>report|notice|review)"
                                         # (w135t: the body by its kind the sentence's subject that put a report out,
                                         # ‘The commission on Wednesday released a preliminary staff report that found’;
                                         # never one another wrote or was asked for, ‘published a report by consultants’)
                                         r"|(?P<at>[Tt]he) (?P<kind>\p{Ll}+)(?: on \p{Lu}\p{Ll}+| (?:last|this) \p{Ll}+)?"
                                         r" (?:published|released|issued|tabled) (?:its|an?) (?:[\p{Ll}\d\-]+ ){0,3}"
                                         r"(?P<noun>report)\b" + NOT_BY + r")\b")


#: A run of letters, read for the document words between a statement and "the document".
RE_WORD_RUN = LazyPattern(r"\p{L}+")


#: Another document brought in, by an article or someone else's possessive (‘Analysts at Peel Hunt
#: published a note’, ‘a leaked draft of a surveyors’ study’, ‘the union's briefing’), after a body's
#: own report: a later bare "the report" may be that one, so :func:`_kind_said_in_its_report` holds off.
#: Wider than :data:`RE_ANOTHER_REPORT` (more nouns, possessive fillers); group ``owner`` the possessor's
#: word, which may be the body itself (‘the council’s report’ is its own) (w90c guard).
#:
#: >>> RE_OTHER_DOCUMENT.search("Analysts at Peel Hunt published a note on Tuesday.") is not None
#: True
#: >>> RE_OTHER_DOCUMENT.search("the Guardian obtained a leaked draft of a surveyors’ study").group()
#: 'a leaked draft'
#: >>> RE_OTHER_DOCUMENT.search("The Courier has seen the union's briefing to members.").group("owner")
#: 'union'
#: >>> RE_OTHER_DOCUMENT.search("Its report, published on Monday, ran to 90 pages.") is None
#: True
RE_OTHER_DOCUMENT = LazyPattern(
    r"\b(?:(?i:a|an|another|one)|(?<![\p{L}'’])(?!(?i:it)['’])(?P<owner>\p{L}[\p{L}\-]*?)(?:['’]s|(?<=s)’|(?<=s)'))\s+"
    r"(?:[\p{L}\-]+(?:['’]s?)?\s+){0,3}?"
    r"(?:report|study|studies|review|survey|audit|analysis|paper|inquiry|note|draft|memo|memorandum|findings|dossier|letter"
    r"|briefing|submission|assessment|evaluation|investigation|document|presentation|filing|white paper|leak)s?\b")


#: Another notice or review brought in by an indefinite article after a body's own (‘A second notice,
#: from the publisher,’), which a later "the notice" may stand for instead (w107c).
#:
#: >>> RE_ANOTHER_OWN_DOCUMENT.search("A second notice, from the publisher, said") is not None
#: True
#: >>> RE_ANOTHER_OWN_DOCUMENT.search("The notice, posted Monday, said") is None
#: True
RE_ANOTHER_OWN_DOCUMENT = LazyPattern(r"\b(?i:a|an|another)\s+(?:[\p{L}\-]+\s+){0,3}?(?:" + NOTICE_ALTERNATIVES + r")\b")


def _kind_said_in_its_report(text: str, mention: Mention) -> tuple[int, str] | None:
    """Where "the <kind>" stands that spoke in its own report before "the report" that a cue names, and
    the kind (‘In its report, the inspectorate said …. “…,” the report said’): the body's words, as for a
    body by its name (:func:`_report_body_before`). None when two kinds did so, when another report or
    study is brought in since (‘A separate review by the council found …’), or any other document
    (:data:`RE_OTHER_DOCUMENT`: ‘Analysts published a note’, ‘the union's briefing’), or for no body's kind.

    >>> t = "In its report, the inspectorate said the park failed. “Staff left,” the report said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the report"), len(t) - 5, "the report", "description"))
    (15, 'inspectorate')
    >>> t = "In its report, the inspectorate said so. A new report by auditors went further. “X,” the report said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the report"), len(t) - 5, "the report", "description")) is None
    True
    >>> t = "the company said in its annual report that debts rose. Analysts published a note. “X,” the report said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the report"), len(t) - 5, "the report", "description")) is None
    True
    >>> t = "The inspectorate found in its report that X. The inspectorate’s report said more. “Y,” the report said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the report"), len(t) - 5, "the report", "description"))
    (0, 'inspectorate')
    >>> t = "In a retraction notice, the journal said X. “Y,” the notice said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the notice"), len(t) - 5, "the notice", "description"))
    (24, 'journal')
    >>> t = "In a retraction notice, the journal said X. “Y,” the report said"
    >>> _kind_said_in_its_report(t, Mention(t.rindex("the report"), len(t) - 5, "the report", "description")) is None
    True
    """
    if (the := RE_THE_OWN_DOCUMENT.fullmatch(mention.text)) is None \
            or text.find(" " + (noun := the.group(1).lower()), 0, mention.start) < 0 \
            or RE_IN_ITS_REPORT.search(text, 0, mention.start) is None:
        return None  # (the cheap part of every match first: ‘in its report’)
    found = [m for m in RE_KIND_SAID_IN_ITS_REPORT.finditer(text, 0, mention.start) if m.group("noun") == noun]
    # (the same document's noun: ‘In a retraction notice, the journal said … “…,” the notice said’, w107c)
    kinds = {m.group("kind") for m in found}
    if len(kinds) != 1 or RE_ANOTHER_REPORT.search(text, found[-1].end(), mention.start) is not None \
            or (noun != "report" and RE_ANOTHER_OWN_DOCUMENT.search(text, found[-1].end(), mention.start) is not None):
        return None  # (nor when another notice is brought in since: ‘A second notice, from the publisher, …’)
    kind = kinds.pop()
    if any((m.group("owner") or "").lower() not in (kind, f"{kind}s")
           for m in RE_OTHER_DOCUMENT.finditer(text, found[-1].end(), mention.start)):
        return None  # (a note, a draft, someone else's study brought in since: ‘Analysts at Peel Hunt published a
        # note. “…,” the report said’ is the note's, ‘the council’s report’ is still its own; w90c guard)
    if kind not in BODY_NOUNS:
        return None
    return found[-1].start("at"), kind


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


def _body_it_in_statement(text: str, prev_sp: Span, prev) -> bool:
    """Whether the quotation before was a body's, called "it" in a paragraph that tells of its statement
    (‘The Foreign Ministry summoned the envoy. In a statement, it condemned what it called “…”. / “…,” the
    statement said.’): the statement is that body's; never a person's "he" or "she"."""
    return prev.mention.kind == "pronoun" and prev.mention.text.lower() == "it" and prev.person.kind == "organisation" \
        and RE_STATEMENT_WORD.search(text, prev_sp.para_start, prev_sp.para_end) is not None


#: A statement given by the subject of its sentence, its verb right after the subject (‘Lyra Vale's
#: representatives issued a furious statement accusing …’, ‘The club released a short statement’):
#: group "who" the subject as written.
#:
#: >>> RE_SUBJECT_ISSUED_STATEMENT.search("after Mia Long's representatives issued a furious statement").group("who")
#: "Mia Long's representatives"
#: >>> RE_SUBJECT_ISSUED_STATEMENT.search("Smith criticised the statement") is None
#: True
RE_SUBJECT_ISSUED_STATEMENT = LazyPattern(
    r"(?P<who>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}(?:[’']s (?:[\p{Ll}\-]+ )?\p{Ll}+)?) "
    r"(?:issued|released|put out) (?:an?|its|their) (?:[\p{Ll}\-]+ ){0,2}?statement\b")

#: How many paragraphs back a lone statement given may be "the statement" a cue names.
LONE_STATEMENT_PARAGRAPHS = 3

#: Lead nouns of those who speak for another, whose statement a later "the statement" carries
#: (‘X's representatives issued a statement’).
SPEAKING_FOR_NOUNS = frozenset("representatives representative lawyers lawyer attorneys attorney publicist team "
                               "spokesman spokeswoman spokesperson camp".split())


def _lone_statement_issuer(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]]) -> Person | None:
    """Those who speak for someone named (‘Lyra Vale's representatives’), who gave the one statement
    the article has told of before, a few paragraphs back, for "the statement" a cue names with no issuer
    near (‘… after Lyra Vale's representatives issued a furious statement. / … / Within hours, Vale's
    team struck back. “…,” the statement read.’, w85a). Never when any other statement, post or release
    is told of before the words (one issuer only), and only for those named as a named one's
    representatives, as written."""
    if mention.text.lower() != "the statement" or sp.paragraph == 0:
        return None
    lo = paras[max(0, sp.paragraph - LONE_STATEMENT_PARAGRAPHS)][0]
    found = list(RE_SUBJECT_ISSUED_STATEMENT.finditer(text, lo, sp.open_at))
    if len(found) != 1 or len(RE_STATEMENT_WORD.findall(text, 0, sp.open_at)) != 1 \
            or RE_STATEMENT_GIVEN.search(text, 0, found[0].start()) is not None:
        return None
    who = found[0].group("who")
    while (lead := RE_LEADING_NOT_NAME.match(who)) is not None:
        who = who[lead.end():]  # (never the words that open the sentence before the name: ‘On Monday Vale's
        # lawyers’, ‘But Mara Holt's lawyers’ are the lawyers, review rv85a)
    owner = regex.fullmatch(r"(\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3})[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)", who)
    if owner is None or owner.group(2) not in SPEAKING_FOR_NOUNS:
        return None
    surname = owner.group(1).split()[-1]
    if any(surname not in text[RE_SENTENCE_TAIL.search(text, max(0, m.start() - 400), m.start()).start():m.start()]
           for m in RE_OTHER_REPLY.finditer(text, found[0].end(), sp.open_at)):
        return None  # (another who answered in between, whose the words may be: ‘The newspaper's editor, Sam
        # Dunne, hit back on Tuesday. / “We stand by every word,” the statement read.’, review rv85a)
    return Person(who, kind="description")


#: A word that opens a sentence before a name (‘On Monday Vale's lawyers’, ‘But Holt's lawyers’): a
#: connective or a day's or month's name, with the space after it.
RE_LEADING_NOT_NAME = LazyPattern(r"(?:On|In|At|By|But|And|Yet|So|Then|Now|Later|Earlier|Last|This|Late|Early|Meanwhile"
                                  r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                                  r"|January|February|March|April|June|July|August|September|October|November|December) ")

#: The sentence so far, up to where a search ends.
RE_SENTENCE_TAIL = LazyPattern(r"[^.!?\n]*$")

#: Another's answer told of between a statement given and "the statement" a cue names (‘Sam Dunne hit
#: back’, ‘the studio responded’).
RE_OTHER_REPLY = LazyPattern(r"\b(?:hit back|struck back|fired back|responded|replied|retorted|countered|rebutted)\b")


#: The nouns of a document a speaker may be said to speak in (‘In its written judgment, the court found’),
#: as a pattern's alternatives, longest first (sorted: the same pattern in every run).
SPOKEN_IN_ALTERNATIVES = "|".join(sorted(OWNED_DOCUMENT_NOUNS | RULING_NOUNS, key=lambda w: (-len(w), w)))

#: A sentence that opens on the document its subject speaks in, the subject after the comma that ends
#: the phrase (‘In its written judgment, the court found …’, ‘In a report tabled in the legislature,
#: Auditor General X found …’, ‘In a chapter of its annual economic report, the BIS said …’): group
#: ``noun`` the document's noun; the caller checks the subject is the earlier quotation's speaker.
#:
#: >>> RE_IN_SPOKEN_DOCUMENT.match("In its written judgment, the court found").group("noun")
#: 'judgment'
#: >>> RE_IN_SPOKEN_DOCUMENT.match("In a chapter of its annual economic report, the BIS said").group("noun")
#: 'report'
#: >>> RE_IN_SPOKEN_DOCUMENT.match("In an order issued on Monday, the collector said").group("noun")
#: 'order'
#: >>> RE_IN_SPOKEN_DOCUMENT.match("In the report, the BIS said") is None, RE_IN_SPOKEN_DOCUMENT.match("In a reporter's view") is None
#: (True, True)
RE_IN_SPOKEN_DOCUMENT = LazyPattern(r"[Ii]n (?:its|their|his|her|an?) (?:[\p{Ll}\d\-]+ ){0,3}"
                                    r"(?:of (?:its|their|his|her|an?|the) (?:[\p{Ll}\d\-]+ ){0,3})?"
                                    r"(?P<noun>" + SPOKEN_IN_ALTERNATIVES + r")\b(?![’'\-])")

#: How far before the earlier quotation's subject the comma ending the document's phrase may be: a plain
#: office before a name at most (‘…, district collector Anjali Nair said’).
SUBJECT_LEAD_REACH = 40

#: The words between that comma and the subject, lower-case words (an office) or none.
#:
#: >>> bool(RE_SUBJECT_LEAD.fullmatch("district collector ")), bool(RE_SUBJECT_LEAD.fullmatch("")), RE_SUBJECT_LEAD.fullmatch("the MAIB ")
#: (True, True, None)
RE_SUBJECT_LEAD = LazyPattern(r"(?:\p{Ll}[\p{Ll}\-]* ){0,3}")

#: Words that make that lead part of a clause, never an office (‘…, the board found that Y was’): with a
#: speech verb (:data:`quotesearch.speech_words.SPEECH_VERBS`), the subject is another's.
SUBJECT_LEAD_STOPS = wordset("the a an that which who whom whose and but or as found finds if when while")


@functools.lru_cache(maxsize=64)
def _document_brought_in(noun: str) -> regex.Pattern:
    """The document's noun brought in afresh (‘a second judgment’, ‘its own report’, ‘the union's
    report’), a pattern built once per noun: after it, "the <noun>" may be that one.

    >>> bool(_document_brought_in("judgment").search("A second judgment, from the appeal court"))
    True
    >>> bool(_document_brought_in("report").search("the union’s report")), _document_brought_in("report").search("The report also said")
    (True, None)
    """
    return regex.compile(r"\b(?:(?i:a|an|another|its|their|his|her)|\p{L}+[’']s|\p{L}+s[’'])\s+(?:[\p{L}\d\-]+\s+){0,3}?"
                         + regex.escape(noun) + r"s?\b")


def _last_cued(results: list) -> tuple:
    """The quotation right before and what its cue found, past those of its paragraph with no cue of
    their own yet (given the paragraph's speaker later: ‘… it said X had been “…” and had made “…”’)."""
    k = len(results) - 1
    while k > 0 and results[k][1] is None and results[k - 1][0].paragraph == results[k][0].paragraph:
        k -= 1
    return results[k][0], results[k][1]


def speaker_in_document_before(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The speaker of the quotation right before, for "the <noun>" a cue names, when that quotation's
    sentence opens on the same document as the one its speaker spoke in (‘In its written judgment, the
    court found that the packs were “…”. / The judgment also said …“…”’ is the court's; ‘In a report
    tabled on Monday, Auditor General X found …“…”. / “…,” the report said.’ is X's): the speaker that
    sentence's cue already resolved, whoever the subject is (a name, a body, a body's short form, "the
    court"). None when another quotation, a paragraph break of more than two, or the same noun brought
    in afresh (‘a second judgment’, ‘the union's report’) comes between, or when the subject is no cue's
    own (‘In its report, the board quoted Y as saying “…”’ is Y's quotation, not the report's).

    >>> from quotesearch.cue_tokens import Found
    >>> t = "In its written judgment, the court found it was “a game of chance”. The judgment also said “it had value”."
    >>> prev = Found(Mention(25, 34, "the court", "description"), Person("the court", kind="description"), "subject", "found")
    >>> p0 = Span(49, 65, 48, 66, 0, 0, len(t)); p1 = Span(t.rindex("“") + 1, len(t) - 2, t.rindex("“"), len(t) - 1, 0, 0, len(t))
    >>> speaker_in_document_before(t, [(p0, prev, "mixed")], p1, Mention(t.index("The judgment"), t.index(" also"), "The judgment", "description")).name
    'the court'
    """
    the = mention.text.split(" ")
    if len(the) != 2 or the[0].lower() != "the" or not results:
        return None
    noun = the[1].lower()
    if noun not in OWNED_DOCUMENT_NOUNS and noun not in RULING_NOUNS:
        return None
    prev_sp, prev = _last_cued(results)
    if prev is None or prev.person is None or prev.mention is None or sp.paragraph - prev_sp.paragraph > STATEMENT_AGAIN_PARAGRAPHS \
            or not prev.mention.start < mention.start:
        return None
    comma = text.rfind(", ", max(0, prev.mention.start - SUBJECT_LEAD_REACH), prev.mention.start)
    lead = RE_SUBJECT_LEAD.fullmatch(text, comma + 2, prev.mention.start) if comma >= 0 else None
    if lead is None or any(w in SPEECH_VERBS or w in SUBJECT_LEAD_STOPS for w in lead.group().split()):
        return None  # (the subject right after the phrase's comma, a plain office before a name at most:
        # ‘In an order, district collector X said’; never a word of the clause, ‘…, the board said Y was “…”’)
    opening = _sentence_start(text, prev_sp.para_start, prev.mention.start)
    spoken_in = RE_IN_SPOKEN_DOCUMENT.match(text, opening, comma + 1)
    if spoken_in is None or spoken_in.group("noun").lower() != noun \
            or regex.search(r"[.!?;“”\"]\s", text[spoken_in.end():comma + 1]) is not None:
        return None  # (the same noun, in the subject's own sentence before it: never ‘In a letter to the
        # board, X said …. “…,” the report said’)
    if _document_brought_in(noun).search(text, spoken_in.end(), mention.start) is not None:
        return None  # (another of the noun brought in since: ‘A second judgment, from the appeal court, …’)
    if prev.person.kind == "description" and (description_head(prev.person.name) or "") in OWNED_DOCUMENT_NOUNS:
        return None  # (a document said again is no speaker for it)
    return prev.person


#: The nouns of the document the cue before named, which "the document" may name again (‘the minutes’,
#: ‘the statement’, ‘the letter’).
SAID_AGAIN_NOUNS = OWNED_DOCUMENT_NOUNS | WRITTEN_NOUNS


def document_said_again(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The issuer the quotation right before gave its own document, for "the document" a cue names
    next (‘“…,” the minutes said. / The document, released on Tuesday, also said the board was “…”’ is
    the bank's the minutes were): any document's word again, the same document. None when that cue named
    no document, or another document is brought in since (:data:`RE_OTHER_DOCUMENT`), or more than two
    paragraphs come between.
    """
    if mention.text.lower() != "the document" or not results:
        return None
    prev_sp, prev = _last_cued(results)
    if prev is None or prev.how != "statement" or prev.person is None or prev.mention is None \
            or sp.paragraph - prev_sp.paragraph > STATEMENT_AGAIN_PARAGRAPHS or not prev.mention.end <= mention.start \
            or prev.mention.text.rsplit(" ", 1)[-1].lower() not in SAID_AGAIN_NOUNS:
        return None
    own = prev.mention.text.rsplit(" ", 1)[-1].lower()
    if RE_OTHER_DOCUMENT.search(text, prev.mention.end, mention.start) is not None \
            or any(w in DOCUMENT_NOUNS and w != own for w in RE_WORD_RUN.findall(text[prev.mention.end:mention.start].lower())):
        return None  # (‘… the minutes said. A leaked draft of a surveyors’ study … The document said’: that one;
        # any other document's word between, ‘a lawsuit filed by passengers’, ‘a 40-page report’, review of w141b)
    return prev.person
