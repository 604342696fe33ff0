"""A body's kind read back to the body the words around it name (w112d): a body set off by its kind right
after its name earlier in the cue's paragraph (‘made by Hallam Optics, a company based in Leeds. In a
statement, the company said …’) is the one "the company" stands for, when the paragraph names no other of
the kind, whatever words its own name ends in (:func:`kind_set_off_in_paragraph`).

A speaker brought in by its kind and set off by its name before it speaks (‘The charity that now runs the
home, the Brenmoor Care Trust, said …’, ‘The union representing the drivers, the Fleet Drivers' Guild, said
…’) is that name (:func:`kind_named_set_off`).
"""

from __future__ import annotations

import bisect
import functools

import regex

from quotesearch.bodies_of_kind import (KIND_NOUN_FOLLOWERS, _a_person_named, _bodies_of_kind, _kind_written_after, _unnamed_kind_since,
                                        label_as_brand)
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS, same_kind_words
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import gender_of
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.people import Person
from quotesearch.speakers import Cast
from quotesearch.sole_bodies import RE_KIND_NAME_SET_OFF


def kind_set_off_in_paragraph(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body the cue's paragraph names before ``at`` and sets off by the kind "the ``noun``" right after its
    name (:func:`~quotesearch.bodies_of_kind._kind_written_after`), the only body of the kind it names there.

    >>> from quotesearch.quote_spans import paragraphs
    >>> t = "Arms\\n\\nThe rifles are made by Hallam Optics, a company based in Leeds. In a statement, the company said it obeyed the law."
    >>> kind_set_off_in_paragraph(t, t.index("the company"), "company", paragraphs(t), Cast(t)).name
    'Hallam Optics'
    >>> t = "Arms\\n\\nThe rifles are made by Hallam Optics, a company based in Leeds.\\n\\nIn a statement, the company said it obeyed the law."
    >>> kind_set_off_in_paragraph(t, t.index("the company"), "company", paragraphs(t), Cast(t)) is None
    True
    """
    p_lo = next((a for a, b in paras if a <= at <= b), None)
    if p_lo is None:
        return None
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k, i = bisect.bisect_left(starts, p_lo), bisect.bisect_left(starts, at) - 1
    if i < k or not _kind_written_after(text, starts[i], names[i], noun):
        return None
    if any(names[j] != names[i] for j in range(k, i)):
        return None  # (two bodies of the kind in the paragraph: no telling which)
    return Person(names[i], kind="organisation")


#: What a body set off by its name does right after the comma that closes the name, for
#: :func:`kind_named_set_off`: it speaks (‘, said’, ‘, has said’, ‘, told’) (w112d).
#:
#: >>> bool(RE_SET_OFF_SPEAKS.match(", said in a statement")), bool(RE_SET_OFF_SPEAKS.match(", which runs the home"))
#: (True, False)
RE_SET_OFF_SPEAKS = LazyPattern(r", (?:has |had |also |later |then )?(?:said|says|told|tells|wrote|writes|added|argued|"
                                r"warned|insisted|confirmed|announced|responded|replied|stated|acknowledged|admitted)\b")


#: Words that open what qualifies a body's kind after it (‘the union representing the drivers’, ‘the
#: trust that runs the home’): the kind's noun is the head of the words before them (w112d).
#:
#: >>> "representing" in KIND_QUALIFIER_LEADS, "union" in KIND_QUALIFIER_LEADS
#: (True, False)
KIND_QUALIFIER_LEADS = frozenset("representing that which behind running responsible".split())


#: Words that place a body's kind at or in another before the set-off name (‘the union at the funder’, ‘the
#: players' union in the country’): the name may be the other's, so :func:`kind_named_set_off` gives up (rv61b).
#:
#: >>> "at" in KIND_PLACE_WORDS, "union" in KIND_PLACE_WORDS
#: (True, False)
KIND_PLACE_WORDS = frozenset("at in for of from with within".split())


def kind_named_set_off(text: str, mention: Mention) -> Person | None:
    """The name that sets off a speaker described by a body's kind (‘The charity that now runs the home, the
    Brenmoor Care Trust, said’): the description's head is a body's noun, the name follows it (after a
    "that" or "which" clause, :data:`~quotesearch.sole_bodies.RE_KIND_NAME_SET_OFF`) and the body speaks
    right after it (:data:`RE_SET_OFF_SPEAKS`). Never a person's name (‘The group's leader, Anna Holt,
    said’ has a person's noun for its head; ‘The charity, Jo Reed, said’ opens with a given name).

    >>> t = "The charity that now runs the home, the Brenmoor Care Trust, said it regretted the delay."
    >>> kind_named_set_off(t, Mention(0, 11, "The charity", "description")).name
    'Brenmoor Care Trust'
    >>> t = "The union representing the drivers, the Fleet Drivers' Guild, said it would appeal."
    >>> kind_named_set_off(t, Mention(0, 34, "The union representing the drivers", "description")).name
    "Fleet Drivers' Guild"
    >>> t = "The charity that now runs the home, the Brenmoor Care Trust, which opened in 1990, has 40 staff."
    >>> kind_named_set_off(t, Mention(0, 11, "The charity", "description")) is None
    True
    >>> t = "The group's leader, Anna Holt, said it was over."
    >>> kind_named_set_off(t, Mention(0, 18, "The group's leader", "description")) is None
    True
    """
    words = mention.text.split()
    cut = next((i for i, w in enumerate(words) if i and w in KIND_QUALIFIER_LEADS), len(words))
    if not words or words[0].lower() not in ("the", "a", "an") or description_head(" ".join(words[:cut])) not in BODY_NOUNS:
        return None
    if any(w in KIND_PLACE_WORDS for w in words[1:cut]):
        return None  # (a body of the kind at another, whose name the set-off may be: ‘the union for workers at the
        # charity, Countryside Alliance,’ is no union's name, rv61b)
    named = RE_KIND_NAME_SET_OFF.match(text, mention.end)
    if named is None or RE_SET_OFF_SPEAKS.match(text, named.end()) is None or gender_of(named.group(1).split()[0]) is not None:
        return None
    if _names_what_it_runs(" ".join(words[cut:]) + text[mention.end:named.start(1)], named.group(1)):
        return None
    return Person(named.group(1), kind="organisation")


#: The last word of a kind's clause before the set-off name (group 1), lower case: the noun the clause ends
#: on (‘ that runs the hospice in the town, ’).
#:
#: >>> RE_CLAUSE_LAST_WORD.search(" that runs the hospice in the town, ").group(1), RE_CLAUSE_LAST_WORD.search(" that runs the home, the ").group(1)
#: ('town', 'home')
RE_CLAUSE_LAST_WORD = LazyPattern(r"\b(\p{Ll}+)\W*(?:the\W*)?$")


def _names_what_it_runs(clause: str, name: str) -> bool:
    """Whether the set-off name may be that of the one thing the kind's clause ends on (‘The charity that
    runs the hospice in the town, St Aidan's,’ names the hospice): the clause ends on a singular noun and
    the name does not end in a body's word (‘…, the Brenmoor Care Trust,’ is the charity's; after people,
    ‘The union representing the drivers, the Fleet Drivers' Guild,’, the name is the union's) (rv-w112d).

    >>> _names_what_it_runs(" that runs the hospice in the town, ", "St Aidan's"), _names_what_it_runs(" that runs the home, the ", "Brenmoor Care Trust")
    (True, False)
    >>> _names_what_it_runs("representing the drivers, the ", "Fleet Drivers' Guild"), _names_what_it_runs("", "Tarrow Aid")
    (False, False)
    """
    last = RE_CLAUSE_LAST_WORD.search(clause)
    if last is None or last.group(1).endswith("s"):
        return False
    end = name.split()[-1].lower()
    return end not in ORG_WORDS and end not in BUSINESS_WORDS and end not in BODY_NOUNS


#: A body's name, for :func:`kind_glossed_in_article`: capitalised words, with the small words a name in
#: English or another language joins them by (‘Brickle & Bloom’, ‘Beroepsvereniging der Loodsen’,
#: ‘Sindicato dos Auditores Fiscais’).
#:
#: >>> regex.fullmatch(GLOSSED_NAME, "Sindicato dos Auditores Fiscais") is not None, regex.fullmatch(GLOSSED_NAME, "the union")
#: (True, None)
GLOSSED_NAME = (r"\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:(?:of|for|and|&|de|der|den|des|do|dos|da|das|du|di|del|della|van|von|voor|y|e|et)"
                r" )?\p{Lu}[\p{L}\p{M}’'\-]*){0,6}")

#: The nouns of a kind whose body :func:`kind_glossed_in_article` reads back to the one name the article
#: glosses by it: bodies a name in another language or a coined one (‘Tallyhop’) leaves unsaid. Never a
#: charity, a kind so many bodies are of with no word of it in their names that another named between may be
#: the one meant (‘Mind, the mental health charity, …. The Royal Society …. the charity said’, rv61e).
#:
#: >>> "union" in GLOSSED_KIND_NOUNS, "company" in GLOSSED_KIND_NOUNS
#: (True, False)
#:
#: And a brand, which a coined name leaves unsaid as well (‘one of them, the womenswear label Hvid Studio,
#: confirmed …. “…,” the brand wrote’, w145b):
#:
#: >>> "brand" in GLOSSED_KIND_NOUNS
#: True
GLOSSED_KIND_NOUNS = frozenset("startup association union agency diocese brand".split())

#: Up to three words that qualify a kind in a gloss, a group's possessive among them (‘the pilots’
#: professional’, ‘a three-year-old’, ‘the London-based’); never a preposition or an article, which make the
#: gloss a person's role in the body (‘Okonjo Tetteh, the head of the union’, review of w138m).
#:
#: >>> regex.fullmatch(GLOSS_QUALIFIERS, "pilots’ professional ") is not None, regex.fullmatch(GLOSS_QUALIFIERS, "head of the ")
#: (True, None)
GLOSS_QUALIFIERS = (r"(?:(?:(?!(?:of|the|an?|for|at|in|on|to|from|with|by|within)\b)\p{Ll}[\p{Ll}\-]*[’']?|\p{Lu}[\p{L}]*-based) )"
                    r"{0,3}?")


@functools.lru_cache(maxsize=16)
def _kind_gloss(noun: str) -> regex.Pattern:
    """A body's name glossed by its kind in an apposition either way round: the name, then its kind
    (‘Tallyhop, a three-year-old startup that builds …’, ‘Beroepsvereniging der Loodsen, the pilots’
    professional association,’), group "after"; or the kind, then the name (‘the auditors’ union, the
    Sindicato dos Auditores Fiscais.’), group "before". The kind ends its noun phrase (a comma, a stop or
    :data:`~quotesearch.bodies_of_kind.KIND_NOUN_FOLLOWERS`; never ‘a union member’).

    >>> _kind_gloss("startup").search("Tallyhop, a three-year-old startup that builds apps").group("after")
    'Tallyhop'
    >>> _kind_gloss("union").search("director of the auditors' union, the Sindicato dos Auditores Fiscais.").group("before")
    'Sindicato dos Auditores Fiscais'
    >>> _kind_gloss("union").search("said Jo Reed, a union member, on Monday") is None
    True

    Never a place the sentence opens on, whose set-off name is a person's (‘Within the union, Robin Adair,
    a shop steward, …’, rv120m):

    >>> _kind_gloss("union").search("Within the union, Robin Adair, a shop steward, led it.") is None
    True

    Or the kind right before the name, the two set off together (‘one of them, the womenswear label Hvid
    Studio, confirmed’), group "inside"; the kind's other word counts as the kind (:data:`SAME_KIND_PAIRS`,
    a label for "the brand", w145b):

    >>> _kind_gloss("brand").search("But one of them, the womenswear label Hvid Studio, confirmed it").group("inside")
    'Hvid Studio'
    >>> _kind_gloss("brand").search("said Ann Lee, the brand consultant, on Monday") is None
    True
    """
    follow = "|".join(sorted(KIND_NOUN_FOLLOWERS))
    kinds = "|".join(sorted(same_kind_words(noun)))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}’'\-])(?P<after>{GLOSSED_NAME}), (?:a|an|the) {GLOSS_QUALIFIERS}{noun}(?=[,.;:)]| (?:{follow})\b)"
                         rf"|(?<!\b(?:[Ww]ithin|[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Ff]rom) )\b(?:[Aa]|[Aa]n|[Tt]he) {GLOSS_QUALIFIERS}{noun}, "
                         rf"(?:the )?(?P<before>{GLOSSED_NAME})(?=[,.;:]| \()"
                         rf"|, the {GLOSS_QUALIFIERS}(?:{kinds}) (?P<inside>{GLOSSED_NAME}),")


def kind_glossed_in_article(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The body "the ``noun``" at ``at`` stands for when the article glosses one name alone by that kind
    before it (:func:`_kind_gloss`), however far back, and names no other body of the kind
    (:func:`~quotesearch.bodies_of_kind._bodies_of_kind`) nor brings one in unnamed outside the gloss:
    ‘Tallyhop, a three-year-old startup …. The startup said’, ‘… the Beroepsvereniging der Loodsen, the
    pilots’ professional association, …. / … the association warned’. A name that opens with a person's
    given name is never a body's.

    >>> t = "Tallyhop, a startup that builds apps, raised $4m.\\n\\nIts chief said so.\\n\\nThe startup said it grew."
    >>> kind_glossed_in_article(t, t.index("The startup"), "startup", Cast(t)).name
    'Tallyhop'
    >>> t = "Tallyhop, a startup that builds apps, raised $4m. Zubble, a startup from Leeds, lost.\\n\\nThe startup said it grew."
    >>> kind_glossed_in_article(t, t.index("The startup"), "startup", Cast(t)) is None
    True
    """
    if noun not in GLOSSED_KIND_NOUNS or text.find(", ", 0, at) < 0 \
            or all(text.find(kind, 0, at) < 0 for kind in same_kind_words(noun)):
        return None
    glosses = list(_kind_gloss(noun).finditer(text, 0, at))
    if any(g.group("inside") and text.endswith("label ", 0, g.start("inside"))
                               and not label_as_brand(text, g.start("inside") - len("label ")) for g in glosses):
        return None  # (a record label, or one of two labels: no telling the brand, guard of w145b)
    names = {(g.group("after") or g.group("before") or g.group("inside")).removeprefix("The ") for g in glosses}
    if len(names) != 1:
        return None
    name = names.pop()
    if gender_of(name.split()[0]) is not None or len(name) < 3 or any(_a_person_named(cast, w) and cast.by_surname[w.lower()].name != name for w in name.split()):
        return None  # (never a person's name: ‘… the charity, Alex Morgan, its treasurer’, rv120m; the cast
        # may hold the body's own name as a name, ‘Sindicato dos Enfermeiros’, which is no person)
    spans = [g.span() for g in glosses]
    lo = 0
    while (other := _unnamed_kind_since(text, lo, at, noun)) is not None:
        if not any(a <= lo + other.start() < b for a, b in spans):
            return None  # (another of the kind brought in unnamed: ‘a rival union’)
        lo += other.end()
    _, others, _ = _bodies_of_kind(text, noun, cast)
    if any(name not in other and other.removeprefix("the ").removeprefix("The ") not in name for other in others):
        return None  # (another body of the kind named anywhere: no telling which)
    return Person(name, kind="organisation")
