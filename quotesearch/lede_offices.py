"""Whether a role is the lede's office (_lede_office_fits): its noun or an office of its kind, the
qualifiers that say what it is in charge of, an office that clashes and a place's possessive before
it; the one the next paragraphs title with the lede's noun (_titled_next) or give the role beside
the name, the holder of an unnamed body's office (_lede_body_office_named), of a prosecuting office
or of an office named since, an office told whole, a scholar's title and a party member's head.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LEDE_TITLE_KIND_HEADS, LazyPattern
from quotesearch.place_words import DEMONYMS
from quotesearch.name_words import SCHOLAR_TITLES
from quotesearch.body_words import BODY_PART_WORDS, GENERIC_BODY_WORDS, INQUIRY_NOUNS, SPOKESPERSON_NOUNS
from quotesearch.role_words import (
    BODILESS_OFFICE_KINDS, CHAIR_OFFICES, LEADER_OFFICE_HEADS, LEDE_OFFICE_KINDS, LEDE_RANK_WORDS, ROLE_NOUNS,
)
from quotesearch.mention_words import Mention
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import RE_NAME_RUN
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.offices import INSTITUTION_WORDS, LESSER_OFFICES, ROLE_PREPOSITIONS, _role_words
from quotesearch.described_people import OFFICE_NOUNS
from quotesearch.relations import ANSWERING_WORDS, _only_one
from quotesearch.party_epithets import (
    RE_CUE_BEFORE_TITLED, RE_LOWER_ROLE_BEFORE, RE_OTHER_CASE, RE_PLACE_OWNS, RE_ROLE_AFTER_NAME, RE_TITLED_SPEAKS,
)
from quotesearch.unnamed_subjects import RE_WORD_BEFORE_END
from quotesearch.titles import RE_WORD


#: An office of learning in a lede's subject, which a professor may hold (‘The rector of the National
#: University’, ‘The president of the Royal College of Nursing’); never ‘The head of Australia's central bank’.
RE_ACADEMIC_OFFICE = LazyPattern(r"(?i)\b(?:universit(?:y|ies)|college|school|institute|academy|polytechnic|rector|"
                                 r"vice-chancellor|provost|dean|principal)\b")


#: A cleric's style written before the name, and the offices that style goes with (‘The Very Rev Ann Roe’ is
#: a dean's or a provost's style, ‘The Rt Rev’ a bishop's, ‘The Ven’ an archdeacon's): a lede's "the dean of …"
#: may be named next by the style alone (w113a). Never the plain "Rev", which any minister is given.
#:
#: >>> sorted(CLERICAL_STYLE_OFFICES["very rev"]), "dean" in CLERICAL_STYLE_OFFICES.get("rev", ())
#: (['dean', 'provost'], False)
CLERICAL_STYLE_OFFICES = {
    "very rev": frozenset({"dean", "provost"}), "very reverend": frozenset({"dean", "provost"}),
    "rt rev": frozenset({"bishop"}), "right rev": frozenset({"bishop"}), "right reverend": frozenset({"bishop"}),
    "most rev": frozenset({"archbishop"}), "most reverend": frozenset({"archbishop"}),
    "ven": frozenset({"archdeacon"}), "venerable": frozenset({"archdeacon"}),
}


def _clerical_style_fits(title: str, head: str | None) -> bool:
    """A cleric's style before a name (:data:`CLERICAL_STYLE_OFFICES`, a leading "The" aside) that goes
    with the lede's office noun ``head``.

    >>> _clerical_style_fits("The Very Rev", "dean"), _clerical_style_fits("Rt Rev", "bishop")
    (True, True)
    >>> _clerical_style_fits("The Very Rev", "bishop"), _clerical_style_fits("Rev", "dean")
    (False, False)
    """
    words = title.replace(".", "").lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return head is not None and head in CLERICAL_STYLE_OFFICES.get(" ".join(words), ())


def _scholar_title(title: str) -> bool:
    """A title of learning alone before a name ("Professor", "Prof."), never an office: the holder of the
    lede's office may be written so when named (‘The vice-chancellor of the University of X has warned …. /
    Professor Jane Roe, speaking on BBC Radio 4, said …’), and must then speak again.

    >>> _scholar_title("Professor"), _scholar_title("Prof."), _scholar_title("Councillor")
    (True, True, False)
    """
    return " " not in title and title.rstrip(".").lower() in SCHOLAR_TITLES


def _party_member_head(description: str) -> str | None:
    """"lawmaker" for an unnamed party member described by rank (and chamber), whose head is the party
    word (‘a top Senate Republican’, ‘a senior House Democrat’): one the paragraph after the lede may
    name like any lawmaker's (‘Sen. Harlan Reed of Ohio, the No. 2 Republican in the Senate, said’);
    None for anything else (‘a Republican lawmaker’ has its own head, ‘Senate Republicans’ are many).

    >>> _party_member_head("a top Senate Republican"), _party_member_head("a senior Republican aide")
    ('lawmaker', None)
    """
    words = description.split()
    party = words[-1].lower()
    if len(words) < 2 or words[0].lower() not in ("a", "an") or party not in PARTY_WORDS or party.endswith(("s", "ic")):
        return None
    return "lawmaker"


#: The offices of one who leads a body, as a pattern's alternatives (:data:`RE_LEDE_BODY_OFFICE`,
#: :data:`RE_BODY_OFFICE_TITLE`) (w75d).
_BODY_HEAD_OFFICES = "chair|chairman|chairwoman|chairperson|head|leader|president"

#: A lede's office of a body it leaves unnamed (‘the chair of an independent inquiry’, ‘the head of the
#: province's largest nurses' union’): the office (group 1), the body's qualifying words (group 2) and
#: its noun (group 3) (w75d).
#:
#: >>> m = RE_LEDE_BODY_OFFICE.fullmatch("the head of the province's largest nurses' union")
#: >>> m.group(1), m.group(3)
#: ('head', 'union')
#: >>> bool(RE_LEDE_BODY_OFFICE.fullmatch("the head of Ofgem")), bool(RE_LEDE_BODY_OFFICE.fullmatch("the chair of an independent inquiry"))
#: (False, True)
#:
#: A faith or a people capitalised among its words (‘the head of the largest Catholic hospitals body’, w80b):
#:
#: >>> RE_LEDE_BODY_OFFICE.fullmatch("the head of the largest Catholic hospitals body").group(2)
#: 'largest Catholic hospitals '
RE_LEDE_BODY_OFFICE = LazyPattern(r"(?i:the) (" + _BODY_HEAD_OFFICES + r") of "
                                  r"(?:an? |the )?((?:[\p{Ll}\-]+(?:['’]s?)? |\p{Lu}\p{Ll}+ ){0,3})(\p{Ll}+)")

#: The lede's nouns for a body of any kind (‘the head of the largest Catholic hospitals body’): the
#: body's own name need not hold the noun, only all the words that say which body (its kind, and
#: the faith or people capitalised), w80b.
#:
#: >>> "body" in GENERIC_BODY_NOUNS, "union" in GENERIC_BODY_NOUNS
#: (True, False)
GENERIC_BODY_NOUNS = frozenset("body group organisation organization".split())

#: A chief executive heads a body too: the title a lede's "head" of a body may be named by later
#: (‘Catholic Hospitals Network chief executive Jo Roe’), never its "president" or "leader" (w80b).
HEAD_EXECUTIVE_TITLES = frozenset(("chief executive",))

#: The opening of the paragraph after a lede naming who leads its body, by another of the body's nouns
#: (‘The review, led by the senior midwife Dame Ann Roe, examined …’): the noun (group 2, a kind before it group 1); the name
#: follows (w75d).
#:
#: >>> RE_BODY_LED_BY.match("The review, led by the senior midwife Dame Ann Roe,").group(2)
#: 'review'
RE_BODY_LED_BY = LazyPattern(r"(?:The|Its|This) (?:(?P<kind>\p{Ll}+) )?(\p{Ll}+), (?:led|chaired|headed) by (?:the (?:[\p{Ll}\-]+ ){1,3})?(?=\p{Lu})")

#: A body's noun and its office in lower case as the title right before a name (‘committee chair Ann
#: Roe’, ‘inquiry chairman Tom Reed’): the noun (group 1) and the office (group 2) (w75d).
#:
#: >>> RE_BODY_OFFICE_TITLE.search("In her foreword, committee chair Ann Roe wrote").groups()
#: ('committee', 'chair')
#: >>> RE_BODY_OFFICE_TITLE.search("the Committee Chair Ann Roe") is None
#: True
RE_BODY_OFFICE_TITLE = LazyPattern(r"(?<![\p{L}\-])(\p{Ll}+) (" + _BODY_HEAD_OFFICES + r") (?=\p{Lu})")

#: Offices a lede's "head" or "leader" of a body may be named by, as a title before the name after the
#: body's own name (‘Provincial Nurses' Union president Ana Costa’) (w75d).
#:
#: >>> "president" in BODY_HEAD_TITLES, "spokesperson" in BODY_HEAD_TITLES
#: (True, False)
BODY_HEAD_TITLES = frozenset(("president", "chair", "chairman", "chairwoman", "chairperson", "head", "leader",
                              "general secretary", "secretary-general"))

#: A body's name in capitals and a title in lower case after it, right before a name (‘Provincial Nurses'
#: Union president ’): group 1 the body's name, group 2 the title (of :data:`BODY_HEAD_TITLES` if a head's) (w75d).
#:
#: >>> RE_BODY_NAME_TITLE_BEFORE.search("said on Monday. Provincial Nurses' Union president ").groups()
#: ("Provincial Nurses' Union", 'president')
RE_BODY_NAME_TITLE_BEFORE = LazyPattern(r"(\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*)*) ([\p{Ll}\- ]{4,20}) $")


def _lede_body_office_named(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the article names as the holder of the lede's office of an unnamed body: the paragraph
    after opens with the body, by its noun or another inquiry's, "led by" them (‘… the chair of an
    independent inquiry has said. / The review, led by the senior midwife Dame Ann Roe, …’), or gives
    the office, after the body's noun, as the title of one name alone (‘… according to the chair of a
    parliamentary inquiry. / In her foreword, committee chair Ann Roe wrote …’); or the one
    name anywhere after given a head's title after a body's name that holds the lede's body noun and the
    word before it (‘the head of the province's largest nurses' union said …. / … / Provincial Nurses' Union
    president Ana Costa said’); never another body's (‘Teachers' Union president’) (w75d)."""
    office = RE_LEDE_BODY_OFFICE.fullmatch(mention.text)
    k = sp.paragraph
    if office is None or k + 1 >= len(paras):
        return None
    noun = office.group(3).lower()
    qualifiers = {w.lower().rstrip("'’s") for w in office.group(2).split()[-1:]} - FUNCTION_WORDS  # (the word
    # right before the noun, its kind: "nurses'" in ‘the province's largest nurses' union’, never the place owning it)
    generic = noun in GENERIC_BODY_NOUNS
    if generic:  # (‘the largest Catholic hospitals body’: the kind and the faith both, in the body's name)
        qualifiers |= {w.lower().rstrip("'’s") for w in office.group(2).split() if w[:1].isupper()}
    elif any(w[:1].isupper() for w in office.group(2).split()):
        return None  # (a capitalised word only before a body of any kind, as the lede's pattern was before)
    lo, hi = paras[k + 1]
    led = RE_BODY_LED_BY.match(text, lo, hi)
    if led is not None and (led.group(2) == noun or led.group(2) in INQUIRY_NOUNS and noun in INQUIRY_NOUNS) \
            and office.group(1).lower() != "president" and (run := RE_NAME_RUN.match(text, led.end(), hi)) is not None \
            and (led.group("kind") is None or led.group("kind") in mention.text.lower().split()):  # (never another
        # body's of the kind: ‘… the chair of an independent inquiry …. / The police investigation, led by Det Supt
        # Karen Moss, …’; review rv75d)
        name = " ".join(split_title(run.group().split())[1])
        at = text.find(name, run.start(), run.end())
        p = cast.resolve(Mention(at, at + len(name), name, "name"))[0] if " " in name else None
        return p if p is not None and p.kind == "name" else None
    titled = [run for run in RE_BODY_OFFICE_TITLE.finditer(text, lo, hi) if run.group(2).lower() == office.group(1).lower()
              and (run.group(1) == noun or run.group(1) in INQUIRY_NOUNS and noun in INQUIRY_NOUNS)
              and ((kind := RE_WORD_BEFORE_END.search(text[max(lo, run.start() - 30):run.start()])) is None
                   or kind.group(1).lower() in FUNCTION_WORDS or kind.group(1).lower() in mention.text.lower().split())]
    # (never another committee's: ‘the chair of the parliamentary health committee …. / But finance committee
    # chair Rob Tanner said’; review rv75d)
    if len(titled) == 1 and (run := RE_NAME_RUN.match(text, titled[0].end(), hi)) is not None and " " in run.group():
        p = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]  # (‘… according to the chair of
        # a parliamentary inquiry. / In her foreword, committee chair Ann Roe wrote …’)
        return p if p is not None and p.kind == "name" else None
    if office.group(1).lower() not in ("head", "leader", "president") or not qualifiers \
            or regex.search(r" of an? ", mention.text) is not None:  # (a body the lede calls one of many is
        # no one union named later: ‘the leader of a doctors' union said …. / Hospital Doctors' Union leader
        # Kevin Marsh said’; review rv75d)
        return None
    found = []
    for a, b in paras[k + 1:]:
        for run in RE_NAME_RUN.finditer(text, a, b):
            words = run.group().split()
            title, name = split_title(words)
            low = text[max(a, run.start() - 60):run.start()]
            tail = RE_BODY_NAME_TITLE_BEFORE.search(low)
            if tail is None or not name or len(name) < 2 or not (
                    tail.group(2).strip() in BODY_HEAD_TITLES
                    or office.group(1).lower() == "head" and tail.group(2).strip() in HEAD_EXECUTIVE_TITLES):
                continue
            body = {w.lower().rstrip("'’s") for w in tail.group(1).split()}
            if (noun in body and qualifiers & body) or (generic and len(qualifiers) >= 2 and qualifiers <= body):
                found.append(cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0])
    return _only_one(p for p in found if p is not None and p.kind == "name")


def _lede_office_told_whole(description: str, office: str | None) -> bool:
    """An office a lede names later in its sentence told whole enough to be one holder's: ‘the city's
    police chief’, a place's (‘Caracas's top diplomat’, ‘Kenya's foreign minister’) or a
    spokesperson's for a body (‘a spokesman for the Chinese government’); never ‘a judge’, ‘an
    official’, ‘the chief’."""
    words = description.split()
    if words[0].lower() == "the":
        return len(words) >= 3
    if _place_owns(words):
        return len(words) >= 2
    return words[0].lower() == "a" and office in SPOKESPERSON_NOUNS and " for the " in description


#: Titles of the head of a prosecuting office: the one who holds it is never "a prosecutor" brought in
#: before (‘A prosecutor told jurors …. District Attorney X, whose office brought the case, declined …’).
HEAD_PROSECUTOR_OFFICES = ("district attorney", "state attorney", "state's attorney", "us attorney",
                           "united states attorney", "director of public prosecutions", "dpp", "attorney general")


def _heads_prosecuting_office(role: str) -> bool:
    spelled = _spelled(role)
    return any(f" {o} " in spelled for o in HEAD_PROSECUTOR_OFFICES) and " assistant " not in spelled \
        and " deputy " not in spelled


#: The unnamed offices "the <office>" may find the one named since for (see :func:`_office_named_since`).
NAMED_SINCE_OFFICES = frozenset(["prosecutor", "officer"])


def _office_named_since(text: str, lo: int, at: int, head: str, cast: Cast) -> Person | None:
    """The one person named between an unnamed office holder's first mention (ending at ``lo``: ‘A
    federal prosecutor spent six hours …’) and its "the prosecutor" at ``at``, whose title or role is
    that office or one of its kind (:data:`LEDE_OFFICE_KINDS`: ‘Assistant U.S. Attorney X opened his
    cross-examination’): the same one, named since. None when the noun is no office, or two people
    named since hold it (either may be the one), or none does."""
    if head not in LEDE_OFFICE_KINDS or head not in NAMED_SINCE_OFFICES:
        return None  # (only offices whose unnamed holder is one of many at work that day, named later by
        # title; never ‘A minister was overheard …. Cabinet Secretary X defended it …’, the minister kept back)
    holders = {id(q): q for pos, q in cast.recent if lo <= pos < at and q.kind == "name" and not q.plural
               and any(_office_of_kind(head, r) and not (head == "prosecutor" and _heads_prosecuting_office(r))
                       for r in cast.roles_of(q))
               and not any(w in SPOKESPERSON_NOUNS for r in cast.roles_of(q) for w in r.lower().split())}
    # (nor one speaking for the force: ‘Sergeant X, a police spokesman, said …’ is never the officer who fired)
    return next(iter(holders.values())) if len(holders) == 1 else None


def _place_owns(words: list[str]) -> bool:
    """A lede's office opens with a place's possessive (‘Argentina's economy minister’, ‘South
    Korea's top diplomat’): up to three capitalised words, the last a possessive.

    >>> _place_owns("South Korea's top diplomat".split()), _place_owns("The minister".split())
    (True, False)
    """
    k = next((i for i, w in enumerate(words[:3]) if RE_PLACE_OWNS.fullmatch(w)), None)
    return k is not None and all(w[:1].isupper() and w.isalpha() for w in words[:k])


def _office_role(role: str) -> bool:
    """A title or a role set off that is an office (‘Attorney General’, ‘the state's attorney
    general’), whose words end in an office noun (never ‘a mother of three’)."""
    return any(w.rstrip(".") in OFFICE_NOUNS or w.rstrip(".") in LEDE_OFFICES for w in _role_words(role))


#: The words that end the offices of :data:`LEDE_OFFICE_KINDS` ("director-general", "commander").
LEDE_OFFICES = frozenset(office.rsplit(" ", 1)[-1] for offices in LEDE_OFFICE_KINDS.values() for office in offices)


def _lede_office_fits(description: str, head: str, role: str, strict: bool = True) -> bool:
    """The role a named person is given (a title, a role set off) is the lede's office: its noun,
    or an office of its kind; ``strict``, one that holds what the lede's words say it is in charge
    of (‘the country's top health official’ for ‘the director-general of the Ghana Health
    Service’, never for the finance minister); and never one that clashes with them (see
    :func:`_office_clashes`).

    >>> _lede_office_fits("The police chief", "chief", "County Police Commander")
    True
    >>> _lede_office_fits("The country's top health official", "official", "Finance Minister")
    False
    >>> _lede_office_fits("The prime minister", "minister", "Finance Minister")
    False
    """
    spelled = _spelled(role)
    missing = [w for w in _lede_qualifiers(description, head) if f" {w}" not in spelled]
    if any(w in LESSER_OFFICES and w not in description.lower().split() for w in spelled.split()):
        return False  # (a lesser office the lede does not say: ‘Junior Health Minister’ for ‘The health minister’)
    if head in _role_words(role):
        return not _office_clashes(spelled, missing)
    return _office_of_kind(head, role) and (not strict or not missing)


def _spelled(role: str) -> str:
    """A role's words in lower case between spaces, for whole words to be found in it."""
    return " " + " ".join(role.lower().replace(".", "").replace("defence", "defense").split()) + " "


def _office_of_kind(head: str, role: str) -> bool:
    """The role holds the lede's office noun or an office of its kind (:data:`LEDE_OFFICE_KINDS`)."""
    spelled = _spelled(role)
    return head in _role_words(role) or any(f" {office} " in spelled for office in LEDE_OFFICE_KINDS.get(head, ()))


def _lede_qualifiers(description: str, head: str) -> list[str]:
    """The words before a lede's office noun that say what it is in charge of (‘health’ of ‘The
    country's top health official’), never how high (‘top’), whose (‘The country's’) or a name's or
    a party's capitals (‘A Republican lawmaker’)."""
    words = description.split()
    cut = next((i for i, w in enumerate(words) if w.lower() == head), len(words))
    owner = next((i for i, w in enumerate(words[:cut]) if w.endswith(("’s", "'s", "s’", "s'"))), -1)
    return [w.replace("defence", "defense") for w in words[max(1, owner + 1):cut]
            if w.isalpha() and w.islower() and w not in LEDE_RANK_WORDS]


def _office_clashes(spelled: str, missing: list[str]) -> bool:
    """A role of the lede's noun (``spelled``, see :func:`_spelled`) is another office of that
    noun, in charge of something else (‘Finance Minister’ for ‘The prime minister’): words of its
    own before its noun, and the lede's ``missing`` from it."""
    words = spelled.split()
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    own = [w for w in words[:cut - 1] if w.isalpha() and w not in ("the", "a", "an") and w not in LEDE_RANK_WORDS
           and w not in INSTITUTION_WORDS and w not in DEMONYMS]
    return bool(missing and own)


def _titled_next(text: str, description: str, head: str, paras: list[tuple[int, int]], cast: Cast,
                 alone: bool = False) -> Person | None:
    """The one person the next paragraphs name with the lede's noun as their title (‘U.S. District
    Judge Miriam Castellanos’ for ‘A federal judge’), new to the article there; never another
    office of that noun (‘Finance Minister Rohan Mehta’ for ‘The prime minister’). ``alone``: no
    other there given that title at all, speaking or not (for paragraphs further on)."""
    pattern = regex.compile(rf"\b{regex.escape(head)}\b", regex.I)
    found, rivals = [], []
    heads_elsewhere = by_set_off = 0
    kind_titled, found_by_kind = set(), False  # (named with a title of the office's kind, not its noun)
    titled_all, found_by_cue = set(), False  # (every name given the title there; one found after a cue before it)
    for lo, hi in paras:
        for run in RE_NAME_RUN.finditer(text, lo, hi):
            words = run.group().split()
            title, name = split_title(words)
            ends = sentence_ends(text, run.end(), hi)
            rest = text[run.end():ends[0] if ends else hi]
            beside = _role_beside_name(text, run, lo, rest, description, head) \
                if not title and name and len(name) >= 2 else None
            if beside is None and not title and name and len(name) >= 2 and head in LEADER_OFFICE_HEADS \
                    and (other := RE_ROLE_AFTER_NAME.match(rest)) is not None and other.group(1) \
                    and other.group(1).rsplit(" ", 1)[-1] in LEADER_OFFICE_HEADS:
                heads_elsewhere += 1  # (another body's head set off there: ‘Claus Weselsky, chairman of the
                # GDL,’ beside ‘Martin Burkert, president of the EVG rail union,’: no one holder of the lede's)
            if beside is not None:  # (an office in lower case beside the name, the lede's in other words:
                title, rest = beside  # ‘the foreign ministry spokesman Zhou Minghui said’)
                if not beside[0].startswith("who ") and not _lede_office_fits(description, head, title, strict=False):
                    continue
            elif not title or not name or len(name) < 2 or (pattern.search(title) is None and not (
                    head in LEDE_TITLE_KIND_HEADS and _office_of_kind(head, title))) \
                    or not _lede_office_fits(description, head, title, strict=False):  # (the noun, or a title of
                # the same office: ‘Justice Rima Okafor’ for ‘A B.C. Supreme Court judge’)
                continue
            by_kind = beside is None and pattern.search(title) is None
            if by_kind:
                kind_titled.add(" ".join(name))
            titled_all.add(" ".join(name))
            speaks = RE_TITLED_SPEAKS.match(rest)
            cued = speaks is None and beside is None and not rest.strip(" .") \
                and all(w.lower() == head or w.lower() in description.lower() for w in RE_WORD.findall(title)) \
                and (cue := RE_CUE_BEFORE_TITLED.search(text, max(lo, run.start() - 12), run.start())) is not None
            # (the title's own words all the lede's: never another place's or nation's, ‘said Elmford Mayor Tom
            # Reed’ for "Harwick's mayor", ‘said Russian President Ivan Petrov’ for "France's president"; review rv66j)
            if cued:  # (or the quotation's cue before the titled name, which ends its sentence: ‘“…,” said Mayor
                speaks = cue  # Ada Roan.’)
            if alone and (p := cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]) \
                    is not None and p.kind == "name":
                rivals.append(p)  # (any other given that title, speaking or not: ‘…, and Sheriff Tom Ortiz of
                # Kitsap County said’)
            if RE_OTHER_CASE.search(rest if beside is None else speaks.group() if speaks else "") is not None or speaks is None \
                    or any(w in ANSWERING_WORDS for w in RE_WORD.findall(speaks.group().lower())):
                continue  # (the one whose words the sentence reports: never ‘Judge Ann Lowe, in a separate case,
                # upheld …’, ‘The budget's author, Alderman Tom Bell, defended it’, nor one who answers:
                # ‘Transport Minister Sipho Nkosi, however, said’)
            p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
            if p is not None and p.kind == "name" and text.find(name[-1], 0, paras[0][0]) < 0:
                found.append(p)
                by_set_off += beside is not None and not beside[0].startswith("who ")
                found_by_kind |= by_kind
                found_by_cue |= cued
    if found_by_cue and len(titled_all) > 1:
        return None  # (one found by a cue before the name only where no one else there is given the title:
        # ‘“…,” said Mayor Ann Roe of Elm Bay. “…,” said Mayor Tom Reed.’ has two mayors; w66h)
    if found_by_kind and len(kind_titled) > 1:
        return None  # (a kind's title given two there, a bench or a panel: no one of them the lede's judge:
        # ‘Justice Ana Ruiz and Justice Leo Brandt, sitting in a related appeal, said’; review rv66a)
    one = _only_one(found)
    if one is not None and by_set_off and heads_elsewhere:
        return None
    return one if not alone or _only_one(rivals) is one else None


def _role_beside_name(text: str, run, lo: int, rest: str, description: str, head: str) -> tuple[str, str] | None:
    """The office given a name that has no title of its own, in lower case before it or set off after
    it, when it is the lede's office in other words (the role and the sentence's rest past it): the
    same noun, or one of its kind (:data:`LEDE_OFFICE_KINDS`: ‘foreign minister’ for ‘top diplomat’,
    ‘president’ for ‘The head of X's police union’), of a body the lede's words name too
    (‘of the Ridgefield Police Benevolent Association’ for ‘police union’), ‘…, who chairs the X
    Committee,’ for ‘the chairwoman of a Commons committee’. A kind's office with no body given fits
    only a lede office no body holds but one (:data:`BODILESS_OFFICE_KINDS`: ‘top diplomat’)."""
    before = RE_LOWER_ROLE_BEFORE.search(text, max(lo, run.start() - 60), run.start())
    if before is not None and before.end() == run.start() and (
            not before.group(2) or rest.startswith(",")):
        role = before.group(1)
        if role.rsplit(" ", 1)[-1] not in ROLE_NOUNS:
            return None
        if head in _role_words(role) or (head in BODILESS_OFFICE_KINDS and _office_of_kind(head, role)):
            return role, rest
        return None
    after = RE_ROLE_AFTER_NAME.match(rest)
    if after is None:
        return None
    told = {w for w in RE_WORD.findall(description) if w.islower()} - {head, "the", "a", "an", "of", "for", "to", "s"}
    body = after.group(2) or after.group(4)
    bodied = {w.lower() for w in RE_WORD.findall(body)} - {"the", "of", "and", "for"}
    if not told & bodied:
        return None  # (another body's office, its kind never the lede's: ‘…, president of the Kenya Private
        # Sector Alliance,’ for ‘The head of Kenya's largest doctors' union’, a place's name shared only)
    if after.group(3):
        fits = head in CHAIR_OFFICES if after.group(3) == "chairs" else head in LEADER_OFFICE_HEADS
        return (f"who {after.group(3)} {body}", rest[after.end():]) if fits else None
    if not (told & bodied) - GENERIC_BODY_WORDS or bodied & BODY_PART_WORDS:
        return None  # (a body that shares with the lede's only words any body has, or a part of one:
        # ‘president of the city's firefighters union’ for ‘The head of the city's largest police union’,
        # ‘president of the union's Cork branch’)
    role = after.group(1)
    if role.rsplit(" ", 1)[-1] not in ROLE_NOUNS or not _office_of_kind(head, role):
        return None
    return role, rest[after.end():]
