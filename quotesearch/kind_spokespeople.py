"""A spokesperson named by a body's kind in lower case (‘a council spokesperson’, ‘a spokeswoman for the
bank’, ‘a museum spokeswoman’) given the body's name, where the article has named one body of that kind
before the spokesperson, and only one: ‘Ashworth Borough Council … a council spokesperson said’ is
Ashworth Borough Council's. Two bodies of the kind named before (‘Lowther University … the University of
Stanmoor … a university spokesman’), or one of the kind told of in lower case since (‘a neighbouring
council’), leave the description as written; so does a team's or a club's, whose match names two
(‘Everton beat Manchester City …. A club spokesman said’), as :func:`~quotesearch.bodies_of_kind._sole_body`
has it for "the club".

The same look-up reads "the <kind>" alone (‘the society said’) as that body where every rule before it gave up
(:func:`kind_anaphor_body`): people named between (‘… coordinated by the Fernhill Ornithological Society. /
“…,” said Dr Ruiz. / The society said …’) stop :func:`~quotesearch.bodies._body_before`, never the table;
a body told of only in passing (where someone works, inside a clause on a person) is left as written.

The bodies of each kind come from the article's table of them (:func:`~quotesearch.bodies_of_kind._bodies_of_kind`,
built once per article and kind), so each look-up is a binary search.
"""

from __future__ import annotations

import bisect
import functools

import regex

from quotesearch.bodies_of_kind import _bodies_of_kind, _unnamed_body
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.name_words import HONORIFICS
from quotesearch.nicknames import FIRM_NOUNS
from quotesearch.people import Person
from quotesearch.speakers import Cast

#: A spokesperson named by any one word taken for a kind (unlike :data:`quotesearch.body_kinds.RE_KIND_SPOKESPERSON`,
#: which takes only the kinds of its list), before the noun (‘a council spokesperson’) or after "for the"
#: (‘a spokeswoman for the bank’): group ``kind``, capitalised or not (‘a spokesperson for the Department’:
#: :func:`kind_spokesperson` takes only a kind's word, never a short form's, ‘a Cordell spokeswoman’,
#: :mod:`quotesearch.short_form_spokespeople`). One lower-case word may come before the kind's, group ``mod``
#: (‘a health board spokeswoman’, ‘a spokesperson for the health authority’, w127m): then the body's name must
#: end in both words (:func:`kind_spokesperson`). Never more words (‘a former city council spokesman’).
#:
#: >>> RE_WORD_KIND_SPOKESPERSON.fullmatch("A council spokesperson").group("kind")
#: 'council'
#: >>> RE_WORD_KIND_SPOKESPERSON.fullmatch("a spokesperson for the Department").group("kind")
#: 'Department'
#: >>> RE_WORD_KIND_SPOKESPERSON.fullmatch("a health board spokeswoman").group("mod", "kind")
#: ('health', 'board')
#: >>> RE_WORD_KIND_SPOKESPERSON.fullmatch("a spokesman for the city council").group("mod", "kind")
#: ('city', 'council')
#: >>> RE_WORD_KIND_SPOKESPERSON.fullmatch("a former city council spokesman") is None
#: True
RE_WORD_KIND_SPOKESPERSON = LazyPattern(
    r"[Aa]n? (?:(?P<mod>\p{Ll}+) )?(?P<kind>\p{L}\p{Ll}+) (?:spokesperson|spokeswoman|spokesman)"
    r"|[Aa] (?:spokesperson|spokeswoman|spokesman) for the (?:(?P<mod>\p{Ll}+) )?(?P<kind>\p{L}\p{Ll}+)")

#: Kinds of body whose spokesperson :func:`kind_spokesperson` names by the one body of the kind the article
#: names: public bodies and institutions whose names say their kind (‘Teme Valley Council’, ‘the Bank of
#: Valmora’). Never "team" or "club" (a match names two, one of them often by a bare place: ‘Everton’), nor
#: "group" or "party" (loose words no name need hold), nor "company" or "firm" (a ballet company or a firm
#: no name says is one: ‘Northern Ballet … sponsored by Halden Insurance … a company spokesperson’; the
#: sentences before decide, :mod:`quotesearch.described_speakers`), nor "district" (a seat, no body: ‘the
#: 5th Congressional District’).
#:
#: A port's or a coastguard's spokesperson (‘a port spokeswoman’, ‘a coastguard spokesperson’) is the one port
#: authority or coastguard named, as a council's is (‘the Port of Savannah’, ‘HM Coastguard’, w128e).
#:
#: >>> "council" in KIND_SPOKESPERSON_NOUNS, "club" in KIND_SPOKESPERSON_NOUNS, "group" in KIND_SPOKESPERSON_NOUNS
#: (True, False, False)
KIND_SPOKESPERSON_NOUNS = wordset(
    "council university museum police force cooperative county department ministry charity bank "
    "program programme scheme agency union hospital authority commission board airline insurer regulator "
    "bureau trust foundation society institute college school library consulate embassy temple fund port coastguard league")


#: Kinds whose word also opens the names of places (‘Port Talbot’, ‘Port Moresby’): a body of the kind is
#: named with the word at the end or before "of" (‘the Port of Savannah’, ‘Tilbury Port’), never before
#: another capitalised word (:func:`_names_kind`, w128e).
#:
#: >>> sorted(PLACE_OPENING_KINDS)
#: ['port']
PLACE_OPENING_KINDS = wordset("port")


#: "In" or "From" and a place's one or two capitalised words, before a spokesperson (:data:`RE_PLACE_SET_OFF_BEFORE`,
#: :data:`RE_PLACE_BEFORE`).
PLACE_BEFORE = r"\b(?:In|in|From|from) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?"

#: A place set off before the spokesperson in its sentence (‘In Moscow, a ministry spokeswoman said’): the
#: body of the kind there, never the one named elsewhere. For a kind with a word before it the comma may be
#: left out (‘In Scotland a health board spokeswoman said’, :data:`RE_PLACE_BEFORE`, w127m).
#:
#: >>> bool(RE_PLACE_SET_OFF_BEFORE.search("said so. In Moscow, ")), bool(RE_PLACE_SET_OFF_BEFORE.search("In a statement, "))
#: (True, False)
RE_PLACE_SET_OFF_BEFORE = LazyPattern(PLACE_BEFORE + ", $")

#: A place right before the spokesperson, with or without a comma (‘In Scotland a health board spokeswoman’).
#:
#: >>> bool(RE_PLACE_BEFORE.search("said so. In Scotland ")), bool(RE_PLACE_BEFORE.search("said so. In Wales, ")), bool(RE_PLACE_BEFORE.search("said so. "))
#: (True, True, False)
RE_PLACE_BEFORE = LazyPattern(PLACE_BEFORE + ",? $")


@functools.cache
def _place_kind(noun: str) -> regex.Pattern:
    """A body of the kind ``noun`` told of by a place's name and the kind's word in lower case (‘Brackley
    council’, ‘the Fenmoor health board’): another body of the kind where the place is no word of the one
    named (w127m). Group 1 the place (a function word there only opens a sentence: ‘The council’).

    >>> bool(_place_kind("council").search("as Brackley council did")), bool(_place_kind("council").search("Brackley Council"))
    (True, False)
    """
    return regex.compile(r"\b(\p{Lu}[\p{L}\-]+) (?:\p{Ll}+ )?" + regex.escape(noun) + r"\b")


#: A noun right after a kind's word, which then tells what the thing is, not another body of the kind (‘a
#: council report’, ‘a museum spokeswoman’): a lower-case word that is no function word and no verb in "-ed"
#: or "-s" (never ‘a council that …’, ‘a council voted’, ‘a council says’).
#:
#: >>> bool(RE_KIND_AS_MODIFIER.match(" report.")), bool(RE_KIND_AS_MODIFIER.match(" that runs")), bool(RE_KIND_AS_MODIFIER.match(" voted"))
#: (True, False, False)
RE_KIND_AS_MODIFIER = LazyPattern(r" (?!(?:" + "|".join(sorted(FUNCTION_WORDS | wordset("is was has had will would could can may might must shall should does did which who whose")))
                                  + r")\b)\p{Ll}+(?<!ed)(?<!s)\b(?![\-’'])")


#: Kinds that are one kind when bodies are counted: a police force is named by any of them (‘Cumbria
#: Police and Lancashire Constabulary …. A police spokesman said’ names two forces).
#:
#: >>> sorted(POLICE_KINDS)
#: ['constabulary', 'force', 'police']
POLICE_KINDS = wordset("police force constabulary")

#: Lower-case plurals that tell of other bodies of a kind besides the one named (‘The Bank of England
#: held rates. High street lenders … a bank spokeswoman said’): the spokesperson may be any of them.
#:
#: >>> sorted(KIND_PLURALS["bank"]), KIND_PLURALS["university"]
#: (['banks', 'lenders'], ('universities',))
KIND_PLURALS = {noun: (noun[:-1] + "ies",) if noun.endswith("y") and noun[-2] not in "aeiou" else (noun + "s",)
                for noun in KIND_SPOKESPERSON_NOUNS - POLICE_KINDS | {"federation"}}
KIND_PLURALS.update(bank=("banks", "lenders"), police=("forces",), force=("forces",), constabulary=("forces", "constabularies"))

#: Any of a kind's plurals (:data:`KIND_PLURALS`) as a word, filled in per kind.
RE_KIND_PLURAL = {noun: LazyPattern(r"\b(?:" + "|".join(plurals) + r")\b") for noun, plurals in KIND_PLURALS.items()}


#: Words right before a kind's word after which the kind's word, itself before another noun, tells what that
#: noun is (‘a council report’) and no other body of the kind: "a" and "an", and prepositions with no
#: determiner between (‘applause from agency staff’, ‘paid for by council tax’) (w110b).
#:
#: >>> "from" in KIND_MODIFIER_LEADS, "a" in KIND_MODIFIER_LEADS, "the" in KIND_MODIFIER_LEADS, "another" in KIND_MODIFIER_LEADS
#: (True, True, False, False)
KIND_MODIFIER_LEADS = wordset("a an from by with to for of at in on among about against")

#: A person's owning pronouns before a kind's word (‘her department’, ‘his ministry’): the body the person
#: heads or works for, after the one named no second body of the kind (:func:`_one_body_of_kind`, 141f).
#:
#: >>> sorted(PERSON_OWNER_PRONOUNS)
#: ['her', 'his']
PERSON_OWNER_PRONOUNS = wordset("his her")

#: How far back :func:`_owner_titled_by_name` reads the sentence for the owner's title, in characters.
OWNER_TITLE_REACH = 150

#: A place or government the owner's sentence gives them (‘Foreign Minister X of France’, ‘France's Foreign
#: Minister X’): their body may be another of the kind than the one named (review of 141f).
#:
#: >>> bool(RE_OWNER_ELSEWHERE.search("France's Foreign Minister Ann Roe")), bool(RE_OWNER_ELSEWHERE.search("Insurance Commissioner Ann Roe"))
#: (True, False)
RE_OWNER_ELSEWHERE = LazyPattern(r"\b(?:of|from|in) \p{Lu}|\p{Lu}\p{L}*['’]s?(?!\p{L})")


def _owner_titled_by_name(text: str, at: int, name: str, noun: str) -> bool:
    """Whether the sentence before a person's "her <kind>" at ``at`` writes a capitalised word of the body's
    lower-cased ``name`` other than its kind ``noun`` and function words (‘Insurance Commissioner Felicia Ambrose said
    her department’ of ‘department of insurance’): the person's title is of that body (141f).

    >>> t = "It rose. Insurance Commissioner Ann Roe said her department"
    >>> _owner_titled_by_name(t, t.index("her"), "department of insurance", "department")
    True
    >>> t = "It rose. Health Minister Omar Reyes said his department"
    >>> _owner_titled_by_name(t, t.index("his"), "department of transport", "department")
    False

    Never where the sentence gives the person another government's or place's (:data:`RE_OWNER_ELSEWHERE`,
    review of 141f):

    >>> t = "It rose. Foreign Minister Ann Roe of France said her ministry"
    >>> _owner_titled_by_name(t, t.index("her"), "ministry of foreign affairs", "ministry")
    False
    """
    lo = max(0, at - OWNER_TITLE_REACH)
    lo = max(lo, text.rfind(". ", lo, at) + 1, text.rfind("\n", lo, at) + 1)
    if RE_OWNER_ELSEWHERE.search(text, lo, at) is not None:
        return False
    own = set(name.split()) - FUNCTION_WORDS - {noun}
    return any(word[:1].isupper() and word.lower() in own for word in regex.findall(r"\p{L}+", text[lo:at]))


def _bodies_counted(cast: Cast, noun: str) -> tuple[list[int], list[str]]:
    """Where the bodies of a kind are named and their names, in text order; the police's kinds together
    (:data:`POLICE_KINDS`)."""
    if noun not in POLICE_KINDS:
        starts, names, _ = _bodies_of_kind(cast.text, noun, cast)
        return starts, names
    found = sorted((start, name) for kind in sorted(POLICE_KINDS)
                   for start, name in zip(*_bodies_of_kind(cast.text, kind, cast)[:2]))
    return [start for start, _ in found], [name for _, name in found]


def kind_spokesperson(cast: Cast, speaker: str, kind: str, at: int) -> str:
    r"""The name of the one body of the kind a spokesperson is named by (:data:`RE_WORD_KIND_SPOKESPERSON`) that
    the article names before ``at``; the speaker as given otherwise. Names one of which holds the other
    (‘Harlan County’ and ‘Attorneys for Harlan County’) are one body.

    >>> t = "Cuts\n\nTeme Valley Council will shut the pool. “It is sad,” a council spokesman said."
    >>> kind_spokesperson(Cast(t), "a council spokesman", "description", t.index("a council"))
    'Teme Valley Council'
    >>> t = "Cuts\n\nTeme Valley Council and Brook Council will shut pools. “It is sad,” a council spokesman said."
    >>> kind_spokesperson(Cast(t), "a council spokesman", "description", t.index("a council"))
    'a council spokesman'
    >>> t = "Cuts\n\nTeme Valley Council backed it but a neighbouring council did not. “No,” a council spokesman said."
    >>> kind_spokesperson(Cast(t), "a council spokesman", "description", t.index("a council"))
    'a council spokesman'
    """
    if kind != "description" or "spokes" not in speaker or (m := RE_WORD_KIND_SPOKESPERSON.fullmatch(speaker)) is None:
        return speaker
    noun = m.group("kind").lower()
    if noun not in KIND_SPOKESPERSON_NOUNS:
        return speaker
    if RE_PLACE_SET_OFF_BEFORE.search(cast.text, max(0, at - 40), at) is not None:
        return speaker  # (‘Lithuania's Ministry of Foreign Affairs …. In Moscow, a ministry spokeswoman said’)
    if (mod := m.group("mod")) is None:
        name = _one_body_of_kind(cast, noun, at)
        return (_cut_after_kind(name, noun) or speaker) if name is not None and _names_kind(name, noun) else speaker
    return _one_body_of_two_word_kind(cast, mod, noun, at) or speaker


def _names_kind(name: str, noun: str) -> bool:
    """The body's name says its kind where the kind's word also opens places' names (:data:`PLACE_OPENING_KINDS`):
    the word last or before "of", never a place's first word (‘Port Talbot’); any name for other kinds (w128e).

    >>> _names_kind("the Port of Savannah", "port"), _names_kind("Tilbury Port", "port"), _names_kind("Port Talbot", "port")
    (True, True, False)
    """
    if noun not in PLACE_OPENING_KINDS:
        return True
    words = name.lower().split()
    return words[-1] == noun or any(a == noun and b == "of" for a, b in zip(words, words[1:]))


#: Kinds whose body's name ends in the kind's word, the capitalised words after it naming a part of the body
#: (‘the Sussex County League Division Two’ is one of the league's divisions): its spokesperson is the whole
#: body's, the name cut after the word (:func:`_cut_after_kind`, w132f).
#:
#: >>> sorted(NAME_ENDS_IN_KINDS)
#: ['league']
NAME_ENDS_IN_KINDS = wordset("league")


def _cut_after_kind(name: str, noun: str) -> str | None:
    """The body's name ``name`` up to the last word of the kind ``noun`` where the kind's name ends in it
    (:data:`NAME_ENDS_IN_KINDS`); the name as given otherwise (w132f).

    >>> _cut_after_kind("the Sussex County League Division Two", "league"), _cut_after_kind("Teme Valley Council", "council")
    ('the Sussex County League', 'Teme Valley Council')
    >>> _cut_after_kind("the Northern Premier League", "league")
    'the Northern Premier League'

    None where such a name opens with the kind's word: the words after it may name the body or only its
    division (‘League of Ireland Premier Division’, ‘League Two’), so no cut is sure:

    >>> _cut_after_kind("the League of Ireland Premier Division", "league"), _cut_after_kind("League Two", "league")
    (None, None)
    """
    if noun not in NAME_ENDS_IN_KINDS:
        return name
    words = name.split()
    first = 1 if words[0] in ("the", "The") else 0
    last = max((i for i, w in enumerate(words) if w.lower() == noun), default=len(words) - 1)
    if last <= first or (last + 1 < len(words) and words[last + 1] == "of"):
        return None
    return " ".join(words[:last + 1])


def _one_body_of_two_word_kind(cast: Cast, mod: str, noun: str, at: int) -> str | None:
    r"""The one body of the kind ``noun`` named before ``at`` (:func:`_one_body_of_kind`) for a spokesperson
    with a word before the kind's (‘a health board spokeswoman’), where the name ends in both words and in
    nothing said of others (‘Patients of Dyfnant Health Board’ is a group of them); never with a place
    right before the spokesperson (‘In Scotland a health board spokeswoman’), nor where another body of the
    kind is told of by its place (‘Brackley council’) (w127m).

    >>> t = "Lab error\n\nDyfnant Valley Health Board sent 20 wrong results.\n\nA health board spokeswoman said: ‘We are sorry.’"
    >>> _one_body_of_two_word_kind(Cast(t), "health", "board", t.index("A health"))
    'Dyfnant Valley Health Board'
    >>> t = "Lab error\n\nDyfnant Valley Health Board sent 20 wrong results.\n\nIn Scotland a health board spokeswoman said: ‘No.’"
    >>> _one_body_of_two_word_kind(Cast(t), "health", "board", t.index("a health")) is None
    True
    """
    text = cast.text
    if RE_PLACE_BEFORE.search(text, max(0, at - 40), at) is not None:
        return None  # (‘In Scotland a health board spokeswoman said’)
    name = _one_body_of_kind(cast, noun, at)
    if name is None:
        return None
    bare = name.removeprefix("the ")
    if not bare.lower().endswith(f"{mod} {noun}") or " of " in bare or not bare[:1].isupper():
        return None  # (a name in both words, the body's own: never ‘Patients of Dyfnant Health Board’)
    words = set(bare.split())
    for other in _place_kind(noun).finditer(text, 0, at):
        if other.group(1) not in words and other.group(1).lower() not in FUNCTION_WORDS:
            return None  # (another of the kind by its place: ‘as Brackley council did’)
    return name


def _one_body_of_kind(cast: Cast, noun: str, at: int, past_passing: bool = False) -> str | None:
    """The name of the one body of the kind ``noun`` the article names before ``at``, from its table of the
    kind; None when it names none, or two (names one of which holds the other are one body), or tells of
    others of the kind in the plural or in lower case since the first (‘a neighbouring council’). With
    ``past_passing``, a later one told of only in passing (:func:`_in_passing`) is no second body when the
    first is not."""
    starts, names = _bodies_counted(cast, noun)
    k = bisect.bisect_left(starts, at)
    if k == 0:
        return None
    if RE_KIND_PLURAL[noun].search(cast.text, starts[0], at) is not None:
        return None  # (others of the kind told of: ‘High street lenders …. A bank spokeswoman said’)
    first = names[0].lower().removeprefix("the ")
    passing = past_passing and not _in_passing(cast.text, starts[0])
    for start, name in zip(starts[1:k], names[1:k]):
        low = name.lower().removeprefix("the ")
        if first not in low and low not in first and not (passing and _in_passing(cast.text, start)):
            return None  # (two bodies of the kind: none is sure; but one where a person the story quotes
            # works, after the first, the subject, is no speaker: ‘A committee at Brookfield University will
            # review …. Dr Helena Marchand, who studies plagiarism at Rowe College, said …. The university
            # said’, w110b)
    for other in _unnamed_body(noun).finditer(cast.text, starts[0], at):
        if other.group().split(" ", 1)[0].lower() in KIND_MODIFIER_LEADS and RE_KIND_AS_MODIFIER.match(cast.text, other.end()):
            continue  # (the kind's word before another noun tells of no second body: ‘according to a council report’,
            # ‘applause from agency staff’, w110b)
        if other.group().split(" ", 1)[0] in PERSON_OWNER_PRONOUNS and _owner_titled_by_name(cast.text, other.start(), first, noun):
            continue  # (a person's own body of the kind, the one named, whose title shares a word with its name: ‘the
            # state Department of Insurance approved …. Insurance Commissioner Felicia Ambrose said her department
            # had cut …’, 141f; never ‘the Department of Transport …. Health Minister Omar Reyes said his
            # department’, guard w127n)
        if not first.endswith(" " + other.group().lower()):
            return None  # (another of the kind told of in lower case: ‘a neighbouring council’; but "the
            # borough council" is Ashworth Borough Council)
    return names[0]


#: Kinds whose "the <kind>" (‘the society said’) :func:`kind_anaphor_body` reads as the one body of the kind
#: the article names before, however far back and whoever is named between: :data:`KIND_SPOKESPERSON_NOUNS`
#: and "federation" (‘the Turkish Football Federation’), never a team's, a club's, a firm's or a group's kind
#: (a match names two; a firm or a group need no name saying so), nor a court's (a higher court may be
#: told of unnamed: ‘the Bombay High Court … the Supreme Court’).
#:
#: >>> "society" in KIND_ANAPHOR_NOUNS, "federation" in KIND_ANAPHOR_NOUNS, "club" in KIND_ANAPHOR_NOUNS
#: (True, True, False)
KIND_ANAPHOR_NOUNS = KIND_SPOKESPERSON_NOUNS | wordset("federation")


def kind_anaphor_body(cast: Cast, noun: str, at: int) -> Person | None:
    r"""The one body of the kind "the <noun>" at ``at`` stands for where the article names one body of
    that kind before it, and only one (:func:`_one_body_of_kind`): ‘The Fernhill Ornithological Society
    …, said Dr Ana Ruiz …. The society said’ is the society, past the people named between, which
    :func:`quotesearch.bodies._body_before` stops at (w107a). Only for :data:`KIND_ANAPHOR_NOUNS`.

    >>> t = "Birds\n\nThe Fernhill Ornithological Society ran a count. Jo Reed said it was fun.\n\nThe society said it was glad."
    >>> kind_anaphor_body(Cast(t), "society", t.index("The society")).name
    'the Fernhill Ornithological Society'
    >>> t = "Birds\n\nThe Fernhill Ornithological Society and the Kelby Bird Society ran a count.\n\nThe society said so."
    >>> kind_anaphor_body(Cast(t), "society", t.index("The society")) is None
    True
    >>> t = "Homes\n\nA council-run home will shut. Kelby City Council's cabinet meets. Jo Reed said no.\n\nThe council said so."
    >>> kind_anaphor_body(Cast(t), "council", t.index("The council")).name
    'Kelby City Council'
    """
    if noun not in KIND_ANAPHOR_NOUNS:
        return None
    name = _one_body_of_kind(cast, noun, at, past_passing=True)
    if name is None or not _names_kind(name, noun):
        return None  # (never a place whose name opens with the kind's word: ‘Port Talbot’, w128e)
    starts, _ = _bodies_counted(cast, noun)
    for other in _unnamed_body(noun).finditer(cast.text, 0, starts[0]):
        if other.group().split(" ", 1)[0].lower() in ("a", "an") and not RE_KIND_AS_MODIFIER.match(cast.text, other.end()) \
                and not cast.text.startswith("-", other.end()):
            return None  # (one of the kind brought in unnamed before the name: ‘A lecturer has been dismissed by
            # a university in the Midlands …. X, a graduate of Oxford University, …. The university said’); never
            # the kind's word joined to another, a modifier: ‘a council-run home … Westmarch County Council …. The
            # council says’ (141f)
    if all(_in_passing(cast.text, start) for start in starts[:bisect.bisect_left(starts, at)]):
        return None  # (a body told of only in passing, as where someone works or inside a clause on a person, is no
        # speaker of its own: ‘Maria Chen, a former trader at Lumen Bank, was charged …. “…,” the bank said’, case
        # w26c; ‘Quinn, whose album was cited by the US Environmental Protection Agency, …. “…,” the agency said’
        # is her management's, case rv10)
    return Person(name, kind="organisation")


def _in_passing(text: str, start: int) -> bool:
    """Whether the body named at ``start`` is told of only in passing: as where someone works or stands
    (:data:`RE_WORKPLACE_BEFORE`) or inside a clause on a person (:data:`RE_PERSON_CLAUSE_BEFORE`).

    >>> t = "Maria Chen, a former trader at Lumen Bank, was charged."
    >>> _in_passing(t, t.index("Lumen")), _in_passing("Lumen Bank was fined.", 0)
    (True, False)
    """
    return RE_WORKPLACE_BEFORE.search(text, max(0, start - 40), start) is not None \
        or RE_PERSON_CLAUSE_BEFORE.search(text, max(0, start - 200), start) is not None


#: A person's workplace or standing right before a body's name (‘a former trader at ’, ‘an analyst with ’,
#: ‘a graduate of ’, ‘a fellow of the ’): a body told of only so is no speaker "the <kind>" reads as.
#:
#: >>> bool(RE_WORKPLACE_BEFORE.search("Maria Chen, a former trader at ")), bool(RE_WORKPLACE_BEFORE.search("coordinated by the "))
#: (True, False)
#: >>> bool(RE_WORKPLACE_BEFORE.search("Jane Ward, a fellow of the ")), bool(RE_WORKPLACE_BEFORE.search("the chief executive of the "))
#: (True, False)
RE_WORKPLACE_BEFORE = LazyPattern(r"\b(?:an?|the) (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+ (?:at|with) (?:the )?$"
                                  r"|\ban? (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+ (?:of|from) (?:the )?$")

#: A clause on a person that a body's name lies inside (‘Quinn, whose 2021 album was cited by the ’, ‘Reed,
#: who once chaired the ’): a body told of in passing.
#:
#: >>> bool(RE_PERSON_CLAUSE_BEFORE.search("Quinn, whose 2021 album was cited by the ")), bool(RE_PERSON_CLAUSE_BEFORE.search("it had notified the "))
#: (True, False)
RE_PERSON_CLAUSE_BEFORE = LazyPattern(r", (?:whose|who) [^,.;:!?“”\"\n]*$")


#: A sentence that opens with what the writer asked a body by its kind ("the <noun>") before a bare
#: spokesperson gives the answer (‘Asked whether the department would release the figures, ’, ‘Asked why
#: the trust had waited, ’): group 1 the kind, group 2 the rest of the question. Up to the comma before
#: the spokesperson only (w108a). The kind's word right before a verb (never a compound, ‘the department
#: store would’).
#:
#: >>> RE_ASKED_KIND_LEAD.fullmatch("Asked whether the department would release the data, ").group(1)
#: 'department'
#: >>> RE_ASKED_KIND_LEAD.fullmatch("Asked about the delays, ") is None
#: True
#: >>> RE_ASKED_KIND_LEAD.fullmatch("Asked whether the department store would find a buyer, ") is None
#: True
RE_ASKED_KIND_LEAD = LazyPattern(r"[Aa]sked (?:whether|if|why|when|how) the (\p{Ll}+)"
                                 r"(?= (?:would|will|had|has|have|was|is|were|are|could|can|should|might|may|must|did|does"
                                 r"|planned|plans|intended|intends|knew|expected|\p{Ll}+ed)\b)((?: [\p{Ll}\d’'\-]+){1,25}), $")

#: A body's kind in the rest of the question (‘… whether the council would sue the developer’): then the
#: question is about two bodies and the spokesperson may be either's (guard w108a).
#:
#: >>> bool(RE_OTHER_KIND_ASKED.search(" would sue the developer")), bool(RE_OTHER_KIND_ASKED.search(" would publish the data"))
#: (True, False)
RE_OTHER_KIND_ASKED = LazyPattern(r"\b(?:the|a|an|its|their) (?:[\p{Ll}\-]+ )?(?:" + "|".join(sorted(
    KIND_ANAPHOR_NOUNS | wordset("developer company firm club team union employer regulator operator landlord "
                                 "contractor insurer bank provider government minister ministry board"))) + r")s?\b")


#: Another party the writer went to, told of just before the question (‘Ravensworth Homes, which built the
#: estate, was also approached.’): the spokesperson may be theirs.
#:
#: >>> bool(RE_ALSO_APPROACHED.search("Ravensworth Homes was also approached. ")), bool(RE_ALSO_APPROACHED.search("The plans were approved. "))
#: (True, False)
RE_ALSO_APPROACHED = LazyPattern(r"\b(?:was|were|has been|have been|had been) (?:also )?(?:approached|contacted)\b")

#: How far before the question :data:`RE_ALSO_APPROACHED` looks, in characters.
ALSO_APPROACHED_REACH = 300


def asked_kind_body(text: str, lo: int, at: int, cast: Cast) -> Person | None:
    r"""The body a bare spokesperson at ``at`` speaks for when the sentence from ``lo`` opens with what the
    writer asked it by its kind (:data:`RE_ASKED_KIND_LEAD`): the one body of that kind the article names
    before (:func:`kind_anaphor_body`), ‘The Harlow Police Department … / Asked whether the department would
    publish the data, a spokeswoman said …’. Never with another body's kind or a name in the question (‘Asked
    whether the council would sue the developer, a spokesman said’ may be the developer's) (w108a).

    >>> t = "The Harlow Police Department began a scheme.\n\nAsked whether the department would publish the data, a spokeswoman said it would."
    >>> asked_kind_body(t, 46, t.index("a spokeswoman"), Cast(t)).name
    'the Harlow Police Department'
    >>> t = "The Harlow Police Department began a scheme.\n\nAsked whether the department would sue the city council, a spokeswoman said no."
    >>> asked_kind_body(t, 46, t.index("a spokeswoman"), Cast(t)) is None
    True
    """
    asked = RE_ASKED_KIND_LEAD.fullmatch(text, lo, at)
    if asked is None or RE_OTHER_KIND_ASKED.search(asked.group(2)) is not None:
        return None
    if RE_ALSO_APPROACHED.search(text, max(0, lo - ALSO_APPROACHED_REACH), lo) is not None:
        return None  # (another body the writer went to just before: ‘Ravensworth Homes … was also approached.
        # Asked whether the council had been right …, a spokeswoman said’ may be the builder's)
    return kind_anaphor_body(cast, asked.group(1), asked.start(1))


#: A paragraph that is a heading: one line, short, with no sentence's end and no quotation mark (‘ONE –
#: Brackley Cricket Club (bar and kitchen)’, ‘3. Harlow Homes’), as a list of items writes one per entry.
#:
#: >>> bool(RE_HEADING_LINE.fullmatch("ONE – Brackley Cricket Club (bar and kitchen)")), bool(RE_HEADING_LINE.fullmatch("The club was fined."))
#: (True, False)
#: >>> bool(RE_HEADING_LINE.fullmatch("“We are sorry,” the club said"))
#: False
RE_HEADING_LINE = LazyPattern(r"[^\n.!?:;“”\"‘’]{3,90}(?<![.!?:;,“”\"‘’ ])")

#: What may open the kind anaphor's sentence before "the <kind>" right after a heading (‘In a statement, ’).
#:
#: >>> bool(RE_HEADED_SENTENCE_LEAD.fullmatch("In a statement, ")), bool(RE_HEADED_SENTENCE_LEAD.fullmatch("")), bool(RE_HEADED_SENTENCE_LEAD.fullmatch("Fans said "))
#: (True, True, False)
RE_HEADED_SENTENCE_LEAD = LazyPattern(r"(?:(?:In|in) (?:a|its) (?:\p{Ll}+ )?(?:statement|post|email|reply|response), )?")


def heading_body(cast: Cast, noun: str, at: int) -> Person | None:
    r"""The one body of the kind a heading names when "the <kind>" at ``at`` opens the first sentence of the
    paragraph right under it (:data:`RE_HEADING_LINE`): an entry of a list, ‘ONE – Brackley Cricket Club (bar
    and kitchen) / The club said in a statement …’, whose body the sentences before never name (w110b). Never
    a heading naming two of the kind (‘Kelso Athletic v Marlow Town’), nor "the <kind>" further into its
    paragraph.

    >>> t = "Ratings\n\nTWO – Kelby Rowing Club (cafe)\n\nThe club said in a statement that it had acted."
    >>> heading_body(Cast(t), "club", t.index("The club")).name
    'Kelby Rowing Club'
    >>> t = "Ratings\n\nKelby Rowing Club v Harlow Rowing Club\n\nThe club said in a statement that it had acted."
    >>> heading_body(Cast(t), "club", t.index("The club")) is None
    True
    """
    text = cast.text
    para = text.rfind("\n", 0, at) + 1
    if para == 0 or RE_HEADED_SENTENCE_LEAD.fullmatch(text, para, at) is None:
        return None
    end = para - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if start == 0 or RE_HEADING_LINE.fullmatch(text, start, end) is None:
        return None
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    within = {names[k].removeprefix("the ") for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))}
    if len(within) != 1:
        return None
    return Person(within.pop(), kind="organisation")


#: Where a body said it, set off before its name opening the sentence right before a bare spokesperson
#: (‘In a statement, ’, ‘In a post on its website on Monday, ’, ‘In a letter to parents, ’): the name after it
#: is still the sentence's subject, ‘In a statement, Harlow Brewery said it was sorry. / “…,” a spokesman
#: said.’ (w109c); and a cue's sentence that opens with it goes on from the sentence before, for
#: :func:`owner_set_off_before` (w117b). Never another lead (‘In Leeds, ’, ‘After the hearing, ’).
#:
#: >>> RE_STATEMENT_LEAD.fullmatch("In a statement, ") is not None, RE_STATEMENT_LEAD.fullmatch("In a post on its website on Monday, ") is not None
#: (True, True)
#: >>> RE_STATEMENT_LEAD.fullmatch("In Leeds, "), RE_STATEMENT_LEAD.fullmatch("After the hearing, ")
#: (None, None)
RE_STATEMENT_LEAD = LazyPattern(r"\s*In (?:a|an|its) (?:brief |short |joint |written |emailed |separate |later )?"
                                r"(?:statement|post|email|letter|notice|release|message|response)(?: [^,.;:“”\"\n]{1,60})?, ")


#: A firm set off as the owner or operator of the thing the sentence is about, opening its sentence (‘Its
#: owner, Pesqueras Almenar, said …’, ‘The ship's operator, Nordlys Shipping, said …’): group ``name``.
#:
#: >>> RE_OWNER_SET_OFF.match("Its owner, Pesqueras Almenar, said contact was lost.").group("name")
#: 'Pesqueras Almenar'
#: >>> RE_OWNER_SET_OFF.match("The ship’s operator, Nordlys Shipping AS, said").group("name")
#: 'Nordlys Shipping AS'
#: >>> RE_OWNER_SET_OFF.match("Its owner said contact was lost.") is None
#: True
#:
#: The thing owned may be a name (‘The Sentinel's owner, Tri-River Publishing, announced …’) (w117b).
#:
#: >>> RE_OWNER_SET_OFF.match("The Sentinel's owner, Tri-River Publishing, announced").group("name")
#: 'Tri-River Publishing'
RE_OWNER_SET_OFF = LazyPattern(r"(?:Its |Their |The (?:\p{L}[\p{Ll}\-]*[’']s )?)(?:owner|operator|parent company|manufacturer|maker|builder),? "
                               r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-&.]*(?: (?:of|and|&|\p{Lu}[\p{L}\p{M}’'\-&.]*)){0,5}), ")

#: The owner's verb, then a person's pronoun as its clause's subject (‘said she would close it’, ‘has said
#: that he’): the owner set off is a person (w117b).
#:
#: >>> RE_VERB_THEN_PERSON.match("said she would close it") is not None, RE_VERB_THEN_PERSON.match("said the captain and her crew")
#: (True, None)
RE_VERB_THEN_PERSON = LazyPattern(r"(?:has |had )?\p{Ll}+ (?:that )?(?:he|she)\b")

#: A sentence's end, to find where the sentence before a cue opens.
RE_SENTENCE_END = LazyPattern(r"[.!?][’”\"']?\s+")


def owner_set_off_before(cast: Cast, noun: str, lo: int) -> Person | None:
    r"""The firm the last sentence before ``lo`` (the cue's, or its quotation's, start) sets off as the owner
    or operator of the thing it tells of (:data:`RE_OWNER_SET_OFF`), for "the company" or "the operator"
    (:data:`~quotesearch.nicknames.FIRM_NOUNS`): ‘Its owner, Pesqueras Almenar, said contact was lost. / “…,”
    the company said’ (w110b). Never a sentence further back, nor an owner who is a person the article
    names (‘Its owner, Jo Reed, said’) or one a person's pronoun follows (‘…, said she would’). A cue's sentence
    that opens with where it was said (:data:`RE_STATEMENT_LEAD`) goes on from the sentence before it.

    >>> t = "The trawler sank. Its owner, Pesqueras Almenar, said contact was lost.\n\n“We are sorry,” the company said."
    >>> owner_set_off_before(Cast(t), "company", t.index("“We")).name
    'Pesqueras Almenar'
    >>> t = "The paper shuts. The Courier's owner, Harlow Print, announced it. In a statement, the company said it was “painful”."
    >>> owner_set_off_before(Cast(t), "company", t.index("the company")).name
    'Harlow Print'
    >>> t = "The trawler sank. Its owner, Jo Reed, said contact was lost. Jo Reed is 50.\n\n“We are sorry,” the company said."
    >>> owner_set_off_before(Cast(t), "company", t.index("“We")) is None
    True
    >>> t = "The clinic shut. Its owner, Dr Patel, said staff would be paid.\n\n“We are sorry,” the company said."
    >>> owner_set_off_before(Cast(t), "company", t.index("“We")) is None
    True
    """
    if noun not in FIRM_NOUNS:
        return None
    text = cast.text
    window = max(0, lo - 400)
    ends = [m.end() for m in RE_SENTENCE_END.finditer(text, window, lo) if text[m.end():lo].strip()]
    if ends and RE_STATEMENT_LEAD.fullmatch(text, ends[-1], lo) is not None:
        ends.pop()  # (the cue's own sentence opens with where it was said: the one before it, ‘The Sentinel's
        # owner, Tri-River Publishing, announced …. In a statement, the company said …’, w117b)
    owner = RE_OWNER_SET_OFF.match(text, ends[-1] if ends else window, lo)
    if owner is None:
        return None
    name = owner.group("name")
    words = name.split()
    if words[0].rstrip(".").lower() in HONORIFICS or any(gender_of(w) is not None for w in words[:-1]) \
            or ((person := cast.by_surname.get(words[-1].lower())) is not None and person.named > 1):
        return None  # (a person: ‘Its owner, Jo Reed, said’, by a title or a given name anywhere, ‘Its owner,
        # Mr Hartley,’, ‘Rev Thomas Ashby’; w110b guard)
    if RE_VERB_THEN_PERSON.match(text, owner.end()) is not None:
        return None  # (nor one whose verb a person's pronoun follows: ‘The shop's owner, Jo Reed, said she would
        # close it’, w117b; a pronoun further on is another's, ‘said the captain and her crew were safe’)
    return Person(name, kind="organisation")
