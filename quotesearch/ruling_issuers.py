"""Whose "the decision" or "the ruling" is: the body the article said spoke in it before (‘In its
decision, the Refugee Appeals Board found that …. / “…,” the decision read.’ is the board's), or the
judge named by a title (‘In a judgment published on Friday, Employment Judge X said’), found once per
article, as :mod:`quotesearch.document_issuers` finds a report's issuer (w100c).
"""

from __future__ import annotations

import functools


from quotesearch.body_services import RE_COURT_DECIDED, _body_as_written, _court_names
from quotesearch.document_issuers import BODY_NAME, _after_capital
from quotesearch.document_words import RE_JUDGE_NAMED, RULING_NOUNS
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.name_parts import is_organisation
from quotesearch.people import Person
from quotesearch.speakers import Cast


#: The nouns as a pattern's alternatives (sorted: the same pattern in every run).
RULING_ALTERNATIVES = "|".join(sorted(RULING_NOUNS))

#: A body by its name said to speak in its own ruling, the ruling brought in first: ‘In its decision, the
#: Refugee Appeals Board found’, ‘In a 62-page written decision released Tuesday, the Utilities Board
#: said’: group ``noun`` the ruling's noun, ``name`` the body as written; or a judge by a judicial title
#: (‘In a judgment published on Friday, Employment Judge Ann Lee said’, w114a). Never one brought in by
#: "his" (‘In his ruling, Judge Ray said’), nor one a body only described gave (‘In its ruling, the court
#: said’: the caller checks the name is a body's or a judge's).
#:
#: >>> m = RE_RULING_ISSUER.search("In its decision, the Refugee Appeals Board found that she")
#: >>> m.group("noun", "name")
#: ('decision', 'the Refugee Appeals Board')
#: >>> RE_RULING_ISSUER.search("In a 62-page written decision released Tuesday, the Territorial Utilities Board said").group("name")
#: 'the Territorial Utilities Board'
#: >>> RE_RULING_ISSUER.search("In his ruling, Judge Ray said") is None, RE_RULING_ISSUER.search("In its ruling, the court said") is None
#: (True, True)
#: >>> RE_RULING_ISSUER.search("In a judgment published on Friday, Employment Judge Ann Lee-Hart said").group("name")
#: 'Employment Judge Ann Lee-Hart'
RE_RULING_ISSUER = LazyPattern(
    r"\b[Ii]n (?:a|an|its) (?:[\p{Ll}\d\-]+ ){0,3}(?P<noun>" + RULING_ALTERNATIVES + r")(?: [^,.;\n“”\"]{1,60})?,"
    r"(?: [^,.;\n“”\"]{1,80},)? " + BODY_NAME + r" (?:said|says|found|finds|ruled|rules|concluded|held|wrote|noted)\b")

#: Another ruling or decision brought in afresh (‘a second decision’, ‘the court's ruling’, ‘an earlier
#: judgment’), after which "the <noun>" may be that one.
#:
#: >>> RE_OTHER_RULING.search("An earlier decision by the tribunal").group("noun")
#: 'decision'
#: >>> RE_OTHER_RULING.search("the decision read") is None
#: True
RE_OTHER_RULING = LazyPattern(r"(?:\b(?i:a|an|another|his|her|their)|\p{L}[’']s|\p{L}s[’']) (?:[\p{L}\-]+ )?(?P<noun>"
                              + RULING_ALTERNATIVES + r")\b")

#: Another ruling brought in by its issuing, by "its <noun>", or as "the <noun> to <verb>" (‘the High Court
#: delivered its ruling on Friday’, ‘Superintendent Vance announced the decision to close the school’):
#: after it "the <noun>" may be that one, unless "its <noun>" is the first issuer's own again (the caller
#: checks the sentence). Group ``noun`` the noun, ``its`` set for "its <noun>" alone (guard, review
#: rv-w100c).
#:
#: >>> RE_RULING_BROUGHT_IN.search("and the High Court delivered its ruling on Friday").group("noun")
#: 'ruling'
#: >>> RE_RULING_BROUGHT_IN.search("Vance announced the decision to close Lincoln").group("noun")
#: 'decision'
#: >>> RE_RULING_BROUGHT_IN.search("the decision read") is None
#: True
RE_RULING_BROUGHT_IN = LazyPattern(
    r"\b(?i:delivered|delivers|issued|issues|handed down|hands down|announced|announces|published|publishes|gave"
    r"|gives|released|releases)(?: (?i:the|its|a|an|their|his|her|this|that))?(?: [\p{L}\-]+)?(?: [\p{L}\-]+)? (?P<noun>"
    + RULING_ALTERNATIVES + r")\b"
    r"|\b(?P<its>(?i:its)) (?:[\p{L}\-]+ )?(?P<noun>" + RULING_ALTERNATIVES + r")\b"
    r"|\b(?i:the) (?P<noun>" + RULING_ALTERNATIVES + r") to \p{Ll}+")

#: A sentence opening on "it", the first issuer taken up again (‘It said its ruling was final’), so that
#: "its <noun>" in it is that issuer's own ruling, no other.
#:
#: >>> bool(RE_IT_OPENING.match(" It said its ruling was final")), bool(RE_IT_OPENING.match("it added")), bool(RE_IT_OPENING.match("Its ruling"))
#: (True, True, False)
RE_IT_OPENING = LazyPattern(r"\s*(?:It|it)\b")


def _other_ruling_since(text: str, lo: int, hi: int, noun: str, name: str) -> bool:
    """Whether another ruling of the noun is brought in within text[lo:hi], after a body's own (‘… found
    so. The company appealed, and the High Court delivered its ruling on Friday.’): an issuing of one, "the
    <noun> to <verb>", or "its <noun>" in a sentence that never names the first issuer (nor opens on "it")."""
    head = name.split()[-1].lower()
    for m in RE_RULING_BROUGHT_IN.finditer(text, lo, hi):
        if m.group("noun").lower() != noun:
            continue
        if m.group("its") is None:
            return True
        s_lo = max(text.rfind(". ", lo, m.start()) + 2, text.rfind("\n", lo, m.start()) + 1, lo)
        sentence = text[s_lo:m.start()]
        if head not in sentence.lower() and RE_IT_OPENING.match(sentence) is None:
            return True
    return False


#: How far before "the decision" its issuer may be told of, in characters.
RULING_ISSUER_REACH = 2000

#: "The <noun>" a cue names, with nothing else to say whose: group 1 the noun.
#:
#: >>> RE_THE_RULING.fullmatch("the decision").group(1), RE_THE_RULING.fullmatch("the board's decision")
#: ('decision', None)
RE_THE_RULING = LazyPattern(r"(?i:the) (" + RULING_ALTERNATIVES + ")")


@functools.lru_cache(maxsize=64)
def ruling_issuers(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Where each body by its name is told of as speaking in its own ruling, in order: (start, end,
    noun, name as written); the cheap test first (any of the nouns in the text)."""
    if not any(noun in text for noun in RULING_NOUNS):
        return ()
    return tuple((m.start(), m.end(), m.group("noun"), m.group("name")) for m in RE_RULING_ISSUER.finditer(text)
                 if not _after_capital(text, m))


def ruling_issuer_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The body that spoke in its own ruling, told of before "the decision" (or ruling, judgment) a
    cue names, of the same noun: ‘In its decision, the Refugee Appeals Board found …. / “…,” the decision
    read.’ is the board's; or the judge named by a title who did (:func:`_judge_issuer`). None when it is
    far, when another ruling of the noun is brought in since (‘An earlier decision by the tribunal …’), or
    when the name is neither a body's nor a judge's.

    >>> t = "In its decision, the Refugee Appeals Board found she could return. “X,” the decision read"
    >>> ruling_issuer_before(t, Mention(t.rindex("the decision"), len(t) - 5, "the decision", "description"), Cast(t)).name
    'the Refugee Appeals Board'
    >>> t = "In its decision, the Refugee Appeals Board found so. A second decision came. “X,” the decision read"
    >>> ruling_issuer_before(t, Mention(t.rindex("the decision"), len(t) - 5, "the decision", "description"), Cast(t)) is None
    True
    """
    if (the := RE_THE_RULING.fullmatch(mention.text)) is None:
        return None
    noun = the.group(1).lower()
    told = [f for f in ruling_issuers(text) if f[2] == noun and f[1] <= mention.start]
    if not told and noun in JUDGMENT_NOUNS:
        return _sole_court_before(text, mention.start)
    if not told or mention.start - told[-1][1] > RULING_ISSUER_REACH:
        return None
    if any(m.group("noun").lower() == noun for m in RE_OTHER_RULING.finditer(text, told[-1][1], mention.start)):
        return None
    name = told[-1][3]
    if _other_ruling_since(text, told[-1][1], mention.start, noun, name):
        return None  # (‘… the High Court delivered its ruling on Friday. / “…,” the ruling said.’: that ruling,
        # guard, review rv-w100c)
    if not is_organisation(name.removeprefix("the ").removeprefix("The ").split()):
        return _judge_issuer(text, told[-1], mention.start, cast)
    return Person(name, kind="organisation")


#: The nouns of a court's own ruling: a board's, a regulator's or an officer's is a "decision" or a "ruling", a
#: court's a "judgment" (never a body's of another kind, so the one court named stands for it).
JUDGMENT_NOUNS = frozenset(("judgment", "judgement"))


#: A court's own ruling right after its name (‘the High Court's judgment’, any of
#: :data:`quotesearch.document_words.RULING_NOUNS`, a verdict or an order), which makes it the one ruling as a
#: verb of ruling does (:data:`quotesearch.body_services.RE_COURT_DECIDED`).
#:
#: >>> bool(RE_COURTS_OWN_RULING.match("’s judgment")), RE_COURTS_OWN_RULING.match("’s car park") is None
#: (True, True)
RE_COURTS_OWN_RULING = LazyPattern(r"[’']s (?:\w+ )?(?:" + "|".join(sorted(RULING_NOUNS | {"verdict", "order"})) + r")s?\b")


def _sole_court_before(text: str, at: int) -> Person | None:
    """The one court the article names before ``at``, whose "the judgment" a cue names when no issuer was
    told of (‘The Supreme Court on Thursday set aside a levy …. “…,” the judgment said’ is the court's, even
    with a judge named writing for it, w124a). None when no court, or more than one, is named before
    (‘The High Court … the Court of Appeal … the judgment said’ may be either).

    >>> t = "The Supreme Court on Monday ruled so. “X,” the judgment said"
    >>> _sole_court_before(t, t.rindex("the judgment")).name
    'the Supreme Court'
    >>> t = "The High Court ruled so, and the Court of Appeal agreed. “X,” the judgment said"
    >>> _sole_court_before(t, t.rindex("the judgment")) is None
    True
    """
    courts = [(end, core) for start, end, core in _court_names(text) if start < at]
    if len({core for _, core in courts}) != 1:
        return None
    if not any(RE_COURT_DECIDED.match(text, end) or RE_COURTS_OWN_RULING.match(text, end) for end, _ in courts):
        return None  # (a court only appealed to or gathered outside: ‘will appeal to the Supreme Court’, review rv124a)
    return _body_as_written(text, courts[0][1], at)


#: Words that bring in a later court's say on a ruling (‘The Court of Appeal overturned that finding’):
#: after them "the judgment said" may be that court's, not the judge's told of before (review rv114a). Never
#: an appeal of another kind (‘a public appeal for witnesses’).
#:
#: >>> [bool(RE_LATER_COURT.search(t)) for t in ("The Court of Appeal overturned it", "she appealed", "a public appeal for witnesses")]
#: [True, True, False]
RE_LATER_COURT = LazyPattern(r"\b(?:appealed|[Aa]ppeals? [Cc]ourt|Court of Appeal|[Oo]verturn|[Qq]uash|set aside|[Uu]ph[eo]ld)")


def _judge_issuer(text: str, told: tuple[int, int, str, str], until: int, cast: Cast) -> Person | None:
    """The judge a ruling's issuer names by a judicial title ending it (‘Employment Judge Ann Lee’), as
    the article names them elsewhere; None for any other name, or when another judge or a later court
    comes in before ``until`` (‘… Lady Justice Marsh writing for the Court of Appeal’, w114a, review rv114a).

    >>> t = "In a judgment, Judge Ann Lee said so. The Court of Appeal overturned it. “X,” the judgment said"
    >>> _judge_issuer(t, ruling_issuers(t)[0], t.rindex("the judgment"), Cast(t)) is None
    True
    """
    at, end, _, name = told
    judge = RE_JUDGE_NAMED.search(name)
    if judge is None or judge.end() != len(name) or RE_LATER_COURT.search(text, end, until) is not None \
            or any(j.group("name") != judge.group("name") for j in RE_JUDGE_NAMED.finditer(text, end, until)):
        return None
    start = text.index(name, at) + judge.start("name")
    person, _ = cast.resolve(Mention(start, start + len(judge.group("name")), judge.group("name"), "name"))
    return person if person is not None and person.kind == "name" else None
