"""Whose is "The 312-page report" a cue names, told of by its page count right after the body that made it
spoke (w110c): ‘The Carrowmore Safeguarding Review, chaired by …, concluded that …. / The 312-page report,
entitled ‘Not Believed’, said …’ and ‘…, the X Mishap Review Board said on Wednesday. / The 112-page report,
titled “…”, concluded …’ are the review's and the board's. A report counted in pages is the finished report
the article is about; the body by its name that the sentences just before say found, concluded or said is
the one that wrote it. One body only, and no other report, study or audit brought in between.
"""

from __future__ import annotations

from quotesearch.document_issuers import is_report_body
from quotesearch.earlier_statements import RE_ANOTHER_REPORT, RE_OWNED_REPORT, RE_THE_OTHER_REPORT
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.people import Person

#: A report by its page count, as a cue's mention: ‘The 312-page report’, ‘the 84-page final report’.
#:
#: >>> bool(RE_PAGE_REPORT.fullmatch("The 312-page report")), bool(RE_PAGE_REPORT.fullmatch("the 84-page final report"))
#: (True, True)
#: >>> RE_PAGE_REPORT.fullmatch("the report") is None
#: True
RE_PAGE_REPORT = LazyPattern(r"(?i:the) \d[\d,]*-page (?:[\p{Ll}\-]+ )?report")

#: How far before the page-counted report the body that made it is looked for, in characters: the
#: paragraph or two before.
PAGE_REPORT_REACH = 700

#: A body by its name (digits among its words, ‘the Arrow Flight 7 Mishap Review Board’) as the subject of
#: a finding: group ``name``; a clause set off after it or not (‘, chaired by the retired judge X,’).
#:
#: >>> RE_BODY_FOUND.search("The Carrowmore Safeguarding Review, chaired by Dame Ann Lee, concluded that").group("name")
#: 'The Carrowmore Safeguarding Review'
#: >>> RE_BODY_FOUND.search("before the flight, the Arrow Flight 7 Mishap Review Board said on Wednesday.").group("name")
#: 'the Arrow Flight 7 Mishap Review Board'
#: >>> RE_BODY_FOUND.search("Rooney, who died in 2009, was never charged.") is None
#: True
RE_BODY_FOUND = LazyPattern(
    r"(?P<name>(?<![\p{L}’'])(?i:the) \p{Lu}[\p{L}\-&]*(?: (?:(?:of|for|and|on|into)(?: the)? )?(?:\p{Lu}[\p{L}\-&]*|\d+))+)"
    r"(?: \(\p{Lu}[\p{Lu}&]+\))?(?:, [^,.;\n“”\"]{1,80},)? (?:has |had )?(?:said|says|found|concluded|warned)\b")

#: A maker or publisher named right after the report (‘, produced by the Pentagon's inspector general,’,
#: ‘, published by the review team,’): the report is that one's, whoever spoke before (w110c guard).
#:
#: >>> bool(RE_BY_AFTER.match(", published by the review team, said")), RE_BY_AFTER.match(", entitled ‘Not Believed’, said") is None
#: (True, True)
RE_BY_AFTER = LazyPattern(r"[^.;“”\"\n]{0,40}? by\b")

#: The last word of a body that makes reports besides those :func:`is_report_body` knows: a review or an
#: inquiry by its name (‘the Carrowmore Safeguarding Review’).
REVIEW_BODY_ENDINGS = frozenset("Review Inquiry Investigation Commission Board Panel".split())


def page_report_maker(text: str, mention: Mention) -> Person | None:
    """The body that made "The N-page report" a cue names, by its name, when the paragraph or two before
    say that one body found, concluded or said (module doc), by a name of a body that makes reports;
    None else (a person, two bodies, another report between, a maker named after the report)."""
    if RE_PAGE_REPORT.fullmatch(mention.text) is None:
        return None
    lo = max(0, mention.start - PAGE_REPORT_REACH)
    found = [m for m in RE_BODY_FOUND.finditer(text, lo, mention.start)]
    names = {m.group("name")[4:] for m in found}
    if len(names) != 1:
        return None
    name = names.pop()
    words = name.split()
    if not (is_report_body(name) or words[-1] in REVIEW_BODY_ENDINGS) or RE_BY_AFTER.match(text, mention.end) is not None:
        return None  # (a body that only took the report, ‘The Premier League said it had received the findings’;
        # a maker named after, ‘The 120-page report, produced by the inspector general,’: w110c guard)
    last = found[-1].end()
    if any(r.search(text, last, mention.start) is not None for r in (RE_ANOTHER_REPORT, RE_THE_OTHER_REPORT, RE_OWNED_REPORT)):
        return None
    return Person(name, kind="organisation")

