"""A body's own notice or review, named again by a bare "the notice" / "the review" at a cue (w107c):
the body by its name that spoke in it (‘In a joint review published Monday, the Association of Survey
Researchers concluded …. / “…,” the review said’), and the body a kind stands for when the article
set the kind right before its name (‘published in the journal Preventive Health Letters. / In a
retraction notice, the journal said …’).
"""

from __future__ import annotations


from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.name_parts import is_organisation
from quotesearch.people import Person
from quotesearch.document_issuers import is_report_body
from quotesearch.document_senders import CAPITALISED_NAME
from quotesearch.earlier_statements import NOTICE_ALTERNATIVES

#: A body by its name that spoke in its own notice or review, the sentence opening with it: "In a/an/its",
#: up to two lower-case words, the noun (group ``noun``), what published it and when, a title or not,
#: then the name (group ``name``, capitalised words with "of", "for", "and", "on", "the" between) and
#: a verb of saying or finding. Never "a review of …" (about something), nor a person's own (‘In his
#: review, …’), nor a lower-case kind (:data:`quotesearch.earlier_statements.RE_KIND_SAID_IN_ITS_REPORT`).
#:
#: >>> RE_NAME_SAID_IN_OWN_DOCUMENT.search("In a joint review published Monday, the Guild of Pollsters concluded that").group("noun", "name")
#: ('review', 'the Guild of Pollsters')
#: >>> RE_NAME_SAID_IN_OWN_DOCUMENT.search("In a notice posted online, Harbour Rail Trust said").group("name")
#: 'Harbour Rail Trust'
#: >>> RE_NAME_SAID_IN_OWN_DOCUMENT.search("In a review of the rules, the Harbour Trust said") is None
#: True
#: >>> RE_NAME_SAID_IN_OWN_DOCUMENT.search("In his review, the Harbour Trust said") is None
#: True
RE_NAME_SAID_IN_OWN_DOCUMENT = LazyPattern(
    r"\b[Ii]n (?:its|an?) (?:[\p{Ll}\d\-]+ ){0,2}(?P<noun>" + NOTICE_ALTERNATIVES + r")"
    r"(?: (?:published|released|issued|posted|out)\b[^,.;\n“”\"]{0,60})?"
    r",(?: (?:entitled|titled|called) [^,.;\n]{1,60},)? (?P<name>(?:the )?" + CAPITALISED_NAME + r")"
    r" (?:said|says|found|finds|warned|warns|concluded|concludes|noted|notes|stated|states)\b")

#: A bare "the notice" or "the review" a cue names: group 1 the noun.
#:
#: >>> RE_THE_NOTICE.fullmatch("The review").group(1), RE_THE_NOTICE.fullmatch("the final notice") is None
#: ('review', True)
RE_THE_NOTICE = LazyPattern(r"(?i:the) (" + NOTICE_ALTERNATIVES + r")")

#: Another notice or review brought in after the body's (‘a second notice’, ‘an earlier review by …’,
#: ‘the publisher's notice’), which a later bare "the notice" may stand for instead.
#:
#: >>> RE_OTHER_NOTICE.search("Later, a second review by the ministry said") is not None
#: True
#: >>> RE_OTHER_NOTICE.search("The review, published Monday, said") is None
#: True
#: >>> RE_OTHER_NOTICE.search("The chief constable's own review disagreed") is not None
#: True
RE_OTHER_NOTICE = LazyPattern(r"\b(?:(?i:a|an|another)|\p{L}+[’']s|\p{L}+s[’'])\s+(?:[\p{L}\-]+\s+){0,3}?(?:" + NOTICE_ALTERNATIVES + r")\b")

#: How far before the cue the body's own notice or review may be told of, in characters.
OWN_NOTICE_REACH = 1500


def name_said_in_own_notice(text: str, mention: Mention) -> Person | None:
    """The one body by its name that spoke in its own notice or review before "the notice" / "the review"
    a cue names (‘In a joint review published Monday, the Guild of Pollsters concluded …. “…,” the review
    said’): the body's words. None for two such bodies, a person's name, a notice told of far before, or
    another notice or review brought in since.

    >>> t = "In a joint review published Monday, the Guild of Pollsters concluded it. “X,” the review said"
    >>> name_said_in_own_notice(t, Mention(t.rindex("the review"), len(t) - 5, "the review", "description")).name
    'the Guild of Pollsters'
    >>> t = "In a review posted online, Ann Lee said it. “X,” the review said"
    >>> name_said_in_own_notice(t, Mention(t.rindex("the review"), len(t) - 5, "the review", "description")) is None
    True
    """
    if (the := RE_THE_NOTICE.fullmatch(mention.text)) is None:
        return None
    noun = the.group(1).lower()
    if text.find("n a", 0, mention.start) < 0 and text.find("n its", 0, mention.start) < 0:
        return None  # (the cheap part of every match first)
    found = [m for m in RE_NAME_SAID_IN_OWN_DOCUMENT.finditer(text, max(0, mention.start - OWN_NOTICE_REACH), mention.start)
             if m.group("noun") == noun]
    names = {m.group("name").removeprefix("the ") for m in found}
    if len(names) != 1 or RE_OTHER_NOTICE.search(text, found[-1].end(), mention.start) is not None:
        return None
    name = found[-1].group("name")
    if not is_organisation(name.removeprefix("the ").split()) and not is_report_body(name):
        return None  # (a person's own review is no body's: ‘In a review posted online, Ann Lee said’)
    return Person(name, kind="organisation")


#: The kinds an article sets right before a body's name (‘the journal Preventive Health Letters’, ‘the
#: charity Safe Harbour’), so that a later bare "the journal" stands for that body.
#:
#: >>> sorted(APPOSED_KIND_NOUNS)[:3]
#: ['charity', 'journal', 'magazine']
APPOSED_KIND_NOUNS = frozenset({"journal", "magazine", "charity", "publisher", "newspaper"})

#: "the <kind> <Name>": group 1 the name (capitalised words, "of", "for", "and", "on", "the" between).
#:
#: >>> RE_KIND_BEFORE_NAME["journal"].search("published in the journal Preventive Health Letters, was").group(1)
#: 'Preventive Health Letters'
#: >>> RE_KIND_BEFORE_NAME["journal"].search("the journal said") is None
#: True
RE_KIND_BEFORE_NAME = {kind: LazyPattern(r"\b(?i:the) " + kind + r" (" + CAPITALISED_NAME + r")")
                       for kind in APPOSED_KIND_NOUNS}


def apposed_body_of_kind(text: str, at: int, kind: str) -> Person | None:
    """The one body the article named right after its kind before ``at`` (‘published in the journal
    Preventive Health Letters’), for "the <kind>" at ``at``. None for another kind, no such name or two.

    >>> apposed_body_of_kind("It ran in the journal Cell Reports. Then the journal said", 41, "journal").name
    'Cell Reports'
    >>> apposed_body_of_kind("the journal Cell Reports and the journal Brain Letters. the journal", 56, "journal") is None
    True
    """
    if kind not in APPOSED_KIND_NOUNS or text.find(" " + kind + " ", 0, at) < 0:
        return None
    names = {m.group(1) for m in RE_KIND_BEFORE_NAME[kind].finditer(text, 0, at)}
    if len(names) != 1:
        return None
    return Person(names.pop(), kind="organisation")
