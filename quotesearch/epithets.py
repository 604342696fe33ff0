"""People told by an epithet: by place, nationality, age or career, a person named last or
pending in a lede, and the subject of a time clause.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from quotesearch.cue_tokens import Found, OPENING_MARKS, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern, RE_AGE_EPITHET
from quotesearch.place_words import (
    CITY_DEMONYMS, COUNTRY_NATIONALITIES, NATIONALITY_NOUNS, NATIONALITY_WORDS, PLACE_EPITHET_NOUNS,
)
from quotesearch.role_words import (
    DESCRIPTION_NOUNS, FIELD_CAREER_NOUNS, FOCUS_CLAUSE_OPENERS, FORMER_CAREER_WORDS, GENDERED_NOUNS,
    JURISDICTION_WORDS, OFFICE_RANK_WORDS, OTHER_STAR_WORDS, ROLE_NOUNS, SPORT_POSITIONS,
)
from quotesearch.speech_words import FEELING_PARTICIPLES, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import EVENT_WORDS, PARTY_WORDS, _body_word
from quotesearch.name_parts import PLACE_NOUNS_IN_NAMES, _word_like, gender_of, is_organisation
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person, people_words
from quotesearch.offices import _role_words
from quotesearch.body_names import CONTEXT_CHARS, DATELINE_PLACE_REACH, RE_DATELINE_PLACE
from quotesearch.described_people import OFFICE_NOUNS


#: An epithet of where a person comes from or is bound, "the" and one to four capitalised words
#: before its noun: ‘the Mankato native’, ‘the Murray State signee’, ‘the St. Louis product’.
RE_PLACE_EPITHET = LazyPattern(r"(?i:the) (?P<place>\p{Lu}[\p{L}\p{M}’'\-]*\.?(?: \p{Lu}[\p{L}\p{M}’'\-]*\.?){0,3}) (?P<noun>"
                               + "|".join(sorted(PLACE_EPITHET_NOUNS)) + r")(?![\p{L}\-])")

#: A home place and "man" or "woman" written as one word, capitalised, after "the" (‘the Corkman’,
#: ‘the Kerrywoman’): a place epithet whose place is the word's stem (never a role noun, "the
#: Chairman", nor a nation's, "the Welshman", which :data:`NATIONALITY_NOUNS` holds; and "the" in
#: lower case: "The Kerryman" is a newspaper).
RE_PLACE_COMPOUND = LazyPattern(r"the (?P<place>\p{Lu}\p{Ll}{2,}?)(?P<noun>man|woman)")


def _place_compound(mention: str) -> regex.Match | None:
    """The match of a place-and-"man" epithet (:data:`RE_PLACE_COMPOUND`), None for any other.

    >>> _place_compound("the Corkman").group("place"), _place_compound("the Chairman"), _place_compound("the Welshman")
    ('Cork', None, None)
    >>> _place_compound("the Dubliner").group("place")
    'Dubliner'

    """
    m = RE_PLACE_COMPOUND.fullmatch(mention)
    word = mention.split()[-1].lower()
    if m is None and word in CITY_DEMONYMS and mention[4:5].isupper():
        return RE_CITY_DEMONYM.fullmatch(mention)  # (‘the Dubliner’: its own word is the place looked for)
    return m if m is not None and word not in ROLE_NOUNS and word not in NATIONALITY_NOUNS else None


#: "the" and a city's demonym (:data:`CITY_DEMONYMS`), as a place epithet with no noun of sex.
RE_CITY_DEMONYM = LazyPattern(r"the (?P<place>\p{Lu}\p{Ll}+)(?P<noun>)")


#: That epithet with its speech verb, right after a quotation's closing mark: ‘, the Gatineau
#: native said quietly’, ‘ said the Ohio State transfer’ (the verb checked against SPEECH_VERBS).
RE_PLACE_EPITHET_AFTER = LazyPattern(r",? (?:(?P<verb>\p{Ll}+) (?P<who>" + RE_PLACE_EPITHET.pattern + r")"
                                     r"|(?P<who>" + RE_PLACE_EPITHET.pattern.replace("?P<place>", "?:").replace("?P<noun>", "?:")
                                     + r") (?P<verb>\p{Ll}+))(?![\p{L}\-])")

#: How far back (in characters) the place of a place epithet is looked for.
PLACE_EPITHET_REACH = 3000

#: How many sentences before the place's own the one it belongs to may have been named (‘Brooke
#: Voss was 12 …. Seven years later, she runs the offense. / The freshman from Mankato …’).
PLACE_EPITHET_SENTENCES = 3


def _place_epithet_after(text: str, at: int, hi: int) -> Found | None:
    """A place epithet and its speech verb right after a quotation (‘“…,” the Mankato native said’,
    ‘“…,” said the Murray State signee’), as a cue-after description; none for any other verb.

    >>> t = '“Great win,” the Mankato native said.'
    >>> _place_epithet_after(t, t.index("”") + 1, len(t)).mention.text
    'the Mankato native'
    """
    m = RE_PLACE_EPITHET_AFTER.match(text, at, hi)
    if m is None or m.group("verb") not in SPEECH_VERBS:
        return None
    return Found(Mention(m.start("who"), m.end("who"), m.group("who"), "description"), None, "cue-after", m.group("verb"))


def _named_people(text: str, lo: int, hi: int, cast: Cast, skip: tuple[int, int]) -> list[Person]:
    """The people of the article named (by a known surname) in ``text[lo:hi]``, outside ``skip``: a
    person by the lists or the article, or a full name that is no body's."""
    found = {}
    for run in RE_CAPWORD.finditer(text, lo, hi):
        if skip[0] <= run.start() < skip[1]:
            continue
        p = cast.by_surname.get(run.group().lower())
        if p is not None and p.kind == "name" and not p.placelike and (
                p.personlike or (" " in p.name and not is_organisation(p.name.split()))):
            found[id(p)] = p  # (a full name the lists do not know counts too: ‘Tavita Lealaiauloto, a junior
            # linebacker from Carson,’)
    known = [p for p in found.values() if p.personlike]
    return known if known else list(found.values())  # (guard: a school's or a team's name beside a known
    # person is no second person: ‘Brooke Voss … as Rochester Lourdes swept Byron’)


def _person_of_place(text: str, place: str, at: int, cast: Cast, noun: str = "") -> Person | None:
    """The one person the article ties to the place of an epithet: the last sentence before ``at``
    that holds the place's words names them alone (‘Bennett, who will play at Murray State, …. “…,”
    the Murray State signee said’), or, naming no one, follows sentences that name no one back to
    one that does (‘Brooke Voss was 12 …. / The setter from Mankato …’). When the article never
    writes the place before, the one person named last, in the sentences just before the
    epithet's (:func:`_person_named_last`: ‘Evan Keaney collected a break and drilled a low shot.
    / “…,” said the Moycullen man’). None when that sentence names two people, the place's words are
    someone's surname (‘the Jackson native’), or the one found is of the other sex than the
    epithet's noun ("man", "woman") tells."""
    if any((q := cast.by_surname.get(w.lower().rstrip("."))) is not None and q.name != place and q.personlike
           for w in place.split()):
        return None  # (but the place itself, read as a name, is no one: ‘Murray State’)
    tied = _person_tied_to_place(text, place, max(0, at - PLACE_EPITHET_REACH), at, cast,
                                 {"man": "m", "woman": "f"}.get(noun))
    if tied is not None:
        return tied if tied else None
    spot = text.rfind(place, max(0, at - PLACE_EPITHET_REACH), at)
    while spot >= 0 and (text[spot - 1:spot].isalpha() or text[spot + len(place):spot + len(place) + 1].isalpha()
                         or regex.match(r" \p{Lu}", text[spot + len(place):spot + len(place) + 2])):
        # (guard: nor the place inside a longer name, a rival school's: ‘against Mankato West’)
        spot = text.rfind(place, max(0, at - PLACE_EPITHET_REACH), spot)
    sex = {"man": "m", "woman": "f"}.get(noun)
    if spot < 0:
        p = _person_named_last(text, at, cast)
        return p if p is not None and (sex is None or p.gender == sex) else None
    lo = max(0, at - PLACE_EPITHET_REACH)
    ends = [lo] + [e for e in sentence_ends(text, lo, at)] + [at]
    k = max(i for i, e in enumerate(ends) if e <= spot)  # the place's sentence is ends[k]..ends[k + 1]
    for back in range(PLACE_EPITHET_SENTENCES + 1):
        if k - back < 0:
            return None
        people = _named_people(text, ends[k - back], ends[k - back + 1], cast, (spot, spot + len(place)))
        if len(people) > 1:
            return None
        if people:
            return people[0] if sex is None or people[0].gender in (None, sex) else None
    return None


#: A name written with where it is from, just before the place: ‘Paddy Moran, from Kerry’, ‘Ana Ruiz of Cork’.
RE_NAME_FROM_PLACE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})(?:,? from | of )\Z")

#: A name after its place's possessive: ‘Kerry's Paddy Moran’.
RE_NAME_AFTER_PLACE = LazyPattern(r"[’']s (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})")


def _person_tied_to_place(text: str, place: str, lo: int, hi: int, cast: Cast, sex: str | None = None) -> Person | bool | None:
    """The one person ``text[lo:hi]`` writes with the place of a place epithet, right at the name
    (‘Paddy Moran, from Kerry, beat Dublin's Conor Byrne. … “…,” the Kerryman said’; ‘Kerry's Paddy
    Moran’); False when two are (‘Moran, from Kerry, and Kerry's Seán Walsh’: no one), None when no one is
    (then the place's sentence decides, :func:`_person_of_place`)."""
    found = None
    two = last_tied = False
    spot = text.find(place, lo, hi)
    while spot >= 0:
        end = spot + len(place)
        if not text[spot - 1:spot].isalpha() and not text[end:end + 1].isalpha() \
                and regex.match(r" \p{Lu}", text[end:end + 2]) is None:
            # (guard: nor the place inside a longer name, a council's, a club's, a college's: ‘John Kelly of Kerry
            # County Council’, ‘Shane Walsh of Galway United’)
            last_tied = False
            m = RE_NAME_FROM_PLACE.search(text, max(lo, spot - 60), spot)
            name = (m.start(1), m.end(1)) if m is not None else None
            if name is not None and regex.search(r"\b[Bb]y \Z", text[max(0, name[0] - 3):name[0]]):
                name = None  # (guard: a byline's place is where they write from: ‘Reporting by Anna Walsh, from Ukraine’)
            if name is None and (after := RE_NAME_AFTER_PLACE.match(text, end)) is not None:
                name = (after.start(1), after.end(1))
            if name is not None:
                p = cast.by_surname.get(text[name[0]:name[1]].rsplit(" ", 1)[-1].lower())
                if p is not None and p.kind == "name" and not p.placelike and not p.plural \
                        and not is_organisation(p.name.split()):
                    last_tied = True
                    if sex is None or p.gender in (None, sex):  # (guard: the other sex is no one the noun means)
                        if found is not None and p is not found:
                            two = True
                        found = p
        spot = text.find(place, end, hi)
    if two:
        return False
    return found if last_tied else None  # (guard: the place written last with no one at it hands over to its
    # sentence: ‘Moran, from Kerry, lost …. Kerry captain Seán Walsh, who won the final, …’)


def _person_named_last(text: str, at: int, cast: Cast) -> Person | None:
    """The one person named in the last sentence before ``at`` (its own sentence up to ``at``
    first) that names anyone, looking back no more than :data:`PLACE_EPITHET_SENTENCES` sentences,
    within its paragraph and the one before: whom an epithet of a place the article never wrote
    calls (‘Corner-forward Evan Keaney drilled a low shot past the goalkeeper. / “…,” said the
    Moycullen man’). None when that sentence names two (‘Peter Nolan and Mark Healy both scored. “…,”
    said the Kerryman’), or no one is named that near."""
    para = text.rfind("\n\n", 0, at)
    lo = max(0, text.rfind("\n\n", 0, para) if para > 0 else 0, at - PLACE_EPITHET_REACH)
    ends = [lo] + sentence_ends(text, lo, at) + [at]
    for back in range(min(PLACE_EPITHET_SENTENCES + 1, len(ends) - 1)):
        people = _named_people(text, ends[-2 - back], ends[-1 - back], cast, (at, at))
        if len(people) > 1:
            return None
        if people:
            if text[ends[-2 - back]:ends[-1 - back]].lstrip(" \n\"”’.").startswith(("His ", "Her ", "Their ")):
                return None  # (one named as someone's coach, rival or kin, the one before them the likelier:
                # ‘Kellie Harrington won …. Her coach, Zaur Antia, embraced her. “…,” said the Dubliner’)
            return people[0]
    return None


#: A scholar's trade, which a science story calls the one it has just named by ("Ines Baptista said the
#: readings were odd. “…,” the physicist said"; "Tomoko Arisawa laughed off the doubts. “…,” the
#: classicist says"): a trade, never an office (the dean, the provost), so an epithet like "the analyst".
SCHOLAR_TRADES = frozenset("""
virologist epidemiologist immunologist geneticist biologist microbiologist biochemist chemist physicist
astrophysicist astronomer cosmologist geologist glaciologist hydrologist climatologist oceanographer
meteorologist seismologist volcanologist ecologist zoologist botanist ornithologist entomologist
herpetologist primatologist palaeontologist paleontologist archaeologist egyptologist anthropologist
sociologist criminologist demographer statistician mathematician neuroscientist classicist historian
papyrologist philologist linguist
""".split())


#: Epithets only a person bears, by age or standing ("the 23-year-old", "the rookie").
#: A player's position or a trade that a report calls its subject by ("Hill scored twice. “…,”
#: the striker said"; "Menon has covered the sector for years. “…,” the analyst said"); never an
#: office someone else may hold (the judge, the prosecutor, the referee, the manager).
EPITHET_ROLES = frozenset("""
striker midfielder defender goalkeeper keeper winger forward centre center guard quarterback pitcher
batter batsman bowler opener all-rounder left-armer spinner seamer paceman sprinter runner skater skier
driver rider jockey cyclist golfer boxer swimmer player athlete champion veteran star skipper captain
analyst economist baker farmer shopkeeper vicar chef actor actress singer musician novelist artist poet
designer entrepreneur billionaire scientist researcher owner defendant engineer founder nurse doctor teacher
pilot climber teenager youngster newcomer debutant rookie
restaurateur hotelier tycoon magnate businessman businesswoman comedian rapper filmmaker
""".split()) | SPORT_POSITIONS | SCHOLAR_TRADES  # (the last line: a trade the papers call a name they have given
# by another, ‘Chef Ana Ruiz …. “…,” the restaurateur said’)

#: A member by the seat ("the Salford MP", "the Donegal TD"), who may hold any other office too,
#: and the words of a role that make one a member (a party, a rank, a party's spokesman; a party's
#: leader by the word for party, English or Irish: ‘leader of Páirtí an Phobail’, ‘Green Party leader’).
#:
#: >>> sorted(SEAT_EVIDENCE & set("leader of páirtí an phobail".split())), "council" in SEAT_EVIDENCE
#: (['páirtí'], False)
SEAT_EPITHETS = frozenset("mp msp mla td mep".split())
SEAT_EVIDENCE = SEAT_EPITHETS | PARTY_WORDS | frozenset("féin fáil gael cymru deputy senator spokesman spokeswoman "
                                                        "spokesperson minister backbencher party páirtí".split())

PERSON_EPITHETS = frozenset("""
rookie youngster newcomer sophomore freshman junior senior debutant teenager pensioner octogenarian
nonagenarian centenarian
""".split()) | SEAT_EPITHETS

#: A parent by how many children they have, a person's epithet as an age is (‘the father-of-two’,
#: ‘the mother-of-three’, ‘the dad-of-four’): group 1 the parent, for the sex it tells (w63a).
#:
#: >>> RE_KIN_COUNT.fullmatch("father-of-two").group(1), RE_KIN_COUNT.fullmatch("mum-of-3").group(1)
#: ('father', 'mum')
#: >>> RE_KIN_COUNT.fullmatch("father-in-law") is None
#: True
RE_KIN_COUNT = LazyPattern(r"(father|mother|dad|mum|mom|grandfather|grandmother|grandad|granddad|gran|grandma|grandpa)"
                           r"-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})")

#: The sex each parent of :data:`RE_KIN_COUNT` tells.
KIN_COUNT_SEX = {"father": "m", "dad": "m", "grandfather": "m", "grandad": "m", "granddad": "m", "grandpa": "m",
                 "mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "gran": "f", "grandma": "f"}


def _speaker_of_quoted_paragraph(text: str, sp: Span, paras: list[tuple[int, int]],
                                 results: list[tuple[Span, Found | None, str]], epithet: str) -> Person | None:
    """The named speaker of the paragraph before the quotation's, when that paragraph is wholly
    quotation (it opens with a mark and its last quotation closes it), for an epithet of age, of
    nationality or of a career left that opens its paragraph: ‘Darragh said: “…” / “…” / The
    Northern Irishman confirmed …’. None when the epithet's sex ("the Irishman", "the
    congresswoman") is not that speaker's."""
    if sp.paragraph == 0 or sp.paragraph > len(paras):
        return None
    lo, hi = paras[sp.paragraph - 1]
    if text[lo:lo + 1] not in OPENING_MARKS:
        return None
    k = next((k for k in range(len(results) - 1, -1, -1) if results[k][0].paragraph <= sp.paragraph - 1), -1)
    if k < 0 or results[k][0].paragraph != sp.paragraph - 1 or results[k][2] == "scare" \
            or results[k][0].close_end is None or text[results[k][0].close_end:hi].strip():
        return None
    while k > 0 and results[k][1] is None and (results[k][0].continued or (
            results[k - 1][0].paragraph == results[k][0].paragraph and results[k - 1][2] != "scare")):
        k -= 1  # (a quotation that goes on from the paragraph before it: its speaker is its opening's; and a
        # second one of its paragraph, whose speaker is the first's: ‘“…”, Stanmore wrote. “…”’)
    if results[k][1] is None:
        return None
    person = results[k][1].person
    if person is None or person.kind != "name" or " " not in person.name:
        return None
    head = epithet.lower().split()[-1]
    sex = "f" if head.endswith("woman") else "m" if head.endswith("man") else GENDERED_NOUNS.get(head)
    if sex is not None and person.gender is not None and sex != person.gender:
        return None
    told = RE_SEX_WORD.search(text, sp.para_start, max(sp.para_start, sp.open_at))
    if told is not None and person.gender is not None \
            and (told.group().lower() in ("he", "his", "him")) != (person.gender == "m"):
        return None  # (nor when a pronoun after the epithet tells the other sex: ‘The 55-year-old … said that with
        # her fund's costs …’ after his words)
    return person


def _focus_of_time_clause(text: str, lo: int, hi: int, cast: Cast, epithet: str) -> tuple[int, Person] | None:
    """The named person a sentence's opening clause of time is about (:data:`FOCUS_CLAUSE_OPENERS`)
    when its main clause's subject is a thing, no person, for an epithet after it: ‘When Ana Cruz
    walked on stage, the roar lasted a minute.’ is about Ana Cruz. None when the main clause names
    or describes anyone, or the epithet's sex ("the congresswoman") is not the person's."""
    ends = sentence_ends(text, lo, hi)
    s = ends[-2] if len(ends) > 1 else lo
    e = ends[-1] if ends else hi
    if e - s > CONTEXT_CHARS:
        return None
    toks = tokenize(text, s, e)
    if len(toks) < 6 or toks[0].word not in FOCUS_CLAUSE_OPENERS or not toks[0].capitalized:
        return None
    m = sentence_subject(text, toks[1:], cast.knows)
    if m is None or m.kind != "name" or m.start != toks[1].start:
        return None
    comma = next((k for k in range(2, len(toks) - 2) if toks[k].text == ","), None)
    if comma is None or toks[comma + 1].word not in ("the", "a", "an"):
        return None
    main = sentence_subject(text, toks[comma + 1:], cast.knows)
    if (main is not None and (main.kind != "description" or description_head(main.text) is not None)) \
            or people_words(text[toks[comma + 1].start:e]) \
            or any(gender_of(w) is not None or cast.by_surname.get(w.lower()) is not None
                   for w in RE_CAPWORD.findall(text, toks[comma + 1].start, e)):
        return None  # (a thing: ‘the roar’, ‘the room’; never ‘the senator’, ‘a man’, nor a name after)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or " " not in p.name:
        return None
    head = epithet.lower().split()[-1]
    sex = "f" if head.endswith("woman") else "m" if head.endswith("man") else GENDERED_NOUNS.get(head)
    if sex is not None and p.gender is not None and sex != p.gender:
        return None
    return m.start, p


def _former_career(epithet: str) -> bool:
    """Whether a definite epithet is a career its bearer has left (:data:`FORMER_CAREER_WORDS`), one
    person's, never a body's or a place's: a lower-case noun, or "ex-" and a corps.

    >>> _former_career("the former international"), _former_career("the ex-Marine")
    (True, True)
    >>> _former_career("the former Yugoslavia"), _former_career("the former ministers"), _former_career("the former mayor")
    (False, False, False)
    """
    words = epithet.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    last = words[-1]
    if len(words) == 2:  # ‘the ex-Marine’, ‘the ex-footballer’
        pre, _, noun = last.partition("-")
        return pre.lower() == "ex" and noun[:1].isalpha() and not noun.endswith("s")
    return words[1].lower() in FORMER_CAREER_WORDS and len(words) <= 4 and last.islower() and last.isalpha() \
        and not (last.endswith("s") and not last.endswith("ss")) \
        and (last not in ROLE_NOUNS or last in EPITHET_ROLES or _field_career(words))  # (one person, and a
    # career, never an office someone else may hold now: ‘the former ministers’, ‘Chancellor Olaf Brandt …. “…,”
    # the former chancellor said’)


def _own_tag_start(text: str, lo: int, hi: int, epithet: str, sp: Span) -> int:
    """Where the epithet that tags the quotation starts, in the quotation's own sentence before it
    (‘…. In Tucson, the former mining executive said the count was “’), else ``hi``: a stretch read
    for others given the epithet ends there."""
    own = text.lower().rfind(epithet.lower(), lo, hi)
    if own < 0 or sp.open_at <= sp.para_start or sentence_ends(text, own, hi):
        return hi
    return own


#: "former" and its kin as a lookbehind's alternation (a title held now is written without them).
_FORMER_ALTERNATION = "|".join(regex.escape(w) for w in sorted(FORMER_CAREER_WORDS))


def _career_left_alone(text: str, lo: int, hi: int, epithet: str, words: list[str], sp: Span, cast: Cast) -> bool:
    """Whether a career left (‘the former international’, ‘the former trucking executive’) is the one
    person's of the stretch ``[lo, hi)``: its trade said of no one else there (the epithet's own tag not
    read), nor a field career's two words someone's title before without "former", nor that career when
    the article has named more than one person before it."""
    own = _own_tag_start(text, lo, hi, epithet, sp)
    if regex.search(rf"\b{regex.escape(words[-1])}\b", text[lo:own], flags=regex.I) is not None:
        return False
    for neg in regex.finditer(rf"\b(?:never|(?:has|had|have|did|was|is|were)(?:\s+not|n[’']t))(?:\s+(?:been|played|represented|"
                              rf"won|earned|appeared|featured|capped|worked|served|an?|at|for|in|as|the|his|her|their|full|senior)){{0,4}}"
                              rf"\s+{regex.escape(words[-1])}\b", text[:own], flags=regex.I):
        rest = regex.match(r"[^.!?]*", text[neg.end():own]).group()
        if regex.search(r"\b(?:until|before|debut)\b", rest, flags=regex.I) is None:
            return False  # (a career the article denies someone: ‘Tom Reid, who never played at international level,
            # …. / “…,” the former international said’ is no one the rule can tell; but never a negation not
            # about him: ‘not only an international but …’, ‘no stranger to international pressure’,
            # ‘did not make his international debut until 29’, ‘no international football at the stadium’)
    if len(words) == 4 and words[-1] in ROLE_NOUNS:
        if regex.search(rf"(?<!\b(?:{_FORMER_ALTERNATION})[\s-]+){regex.escape(words[2])} {regex.escape(words[3])}\b",
                        text[:own], flags=regex.I) is not None:
            return False
        if words[-1] not in EPITHET_ROLES and _persons_named_before(text, own, cast) > 1:
            return False
    return True


def _persons_named_before(text: str, at: int, cast: Cast) -> int:
    """How many people of the cast with a full name the article names before ``at``: a career in a
    field (‘the former tech journalist’) is the one person's only when the article has named one
    (never ‘Tom Reid interviewed Helen Park. / Reid asked …. The former tech journalist said’)."""
    seen = set()
    for run in RE_CAPWORD.finditer(text, 0, at):
        q = cast.by_surname.get(run.group().lower())
        if q is not None and q.kind == "name" and q.personlike and " " in q.name:
            seen.add(id(q))
    return len(seen)


def _field_career(words: list[str]) -> bool:
    """Whether "the former <field> <trade>" is a career in a field (:data:`FIELD_CAREER_NOUNS`), not
    a post: ‘the former trucking executive’, ‘the former cricket commentator’; never ‘the former
    chief executive’ (a rank: the post of one body, which another may hold now).

    >>> _field_career("the former trucking executive".split()), _field_career("the former chief executive".split())
    (True, False)
    """
    return len(words) == 4 and words[3] in FIELD_CAREER_NOUNS and words[2].islower() and words[2].isalpha() \
        and words[2] not in OFFICE_RANK_WORDS and words[2] not in ROLE_NOUNS and words[2] not in JURISDICTION_WORDS


#: A home place after an epithet of age or trade (‘the 27-year-old from Sheffield’, ‘the nurse from
#: Maracaibo’), which tells no more of whom it stands for than the epithet before it.
RE_EPITHET_HOME = LazyPattern(r" from \p{Lu}[\p{L}\p{M}’'\-]*+(?: \p{Lu}[\p{L}\p{M}’'\-]*+){0,2}$")

#: An office not yet taken up, written onto its noun (‘the prime minister-designate’, ‘the governor-elect’).
RE_PENDING_OFFICE = LazyPattern(r"(?<=\p{Ll})-(?:designate|elect)$")


def _epithet_core(mention: str) -> str:
    """An epithet without a home place after an age or a trade, or the mark of an office not yet
    taken up: what the rules of epithets read (a place the article never wrote tells no one apart).

    >>> _epithet_core("the 34-year-old nurse from Maracaibo"), _epithet_core("the prime minister-designate")
    ('the 34-year-old nurse', 'the prime minister')
    >>> _epithet_core("the man from Del Monte"), _epithet_core("the governor-elect")
    ('the man from Del Monte', 'the governor')
    """
    core = mention
    home = RE_EPITHET_HOME.search(core)
    if home is not None:
        words = core[:home.start()].split()
        if len(words) >= 2 and words[0].lower() == "the" and (
                RE_AGE_EPITHET.fullmatch(words[-1]) or words[-1].lower() in EPITHET_ROLES or words[-1].lower() in PERSON_EPITHETS):
            core = core[:home.start()]  # (never ‘the man from Del Monte’, ‘the boys from Brazil’)
    if core.lower().startswith("the "):
        core = RE_PENDING_OFFICE.sub("", core)
    return core


#: What makes one the holder of an office to come, right before the office's words (‘who is
#: expected to be confirmed as prime minister’, ‘will be sworn in as governor’, ‘to become the next mayor’).
RE_BECOMING = LazyPattern(r"(?:\b(?:confirmed|named|appointed|sworn in|installed|elected|nominated|chosen)(?: as)?"
                          r"|\bbecome)(?: the)?(?: (?:new|next))? $")


#: What puts the office's taking up ahead, right before :data:`RE_BECOMING`'s verb (‘is expected to be ’,
#: ‘will be ’, ‘is set to ’, ‘to ’): never a past appointment (‘Mark Rutte was first appointed prime minister
#: in 2010’, ‘who was elected governor in 2012’).
RE_TO_COME = LazyPattern(r"\b(?:to|will|would|shall|be|being)(?: be)? $")


def _pending_holder(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article says is to take up the office of ‘the prime minister-designate’,
    ‘the governor-elect’ before ``mention``: the one person named in the sentence before words that
    make one its holder (‘Gintarė Rimkutė, who is expected to be confirmed as prime minister next
    week, …’, :data:`RE_BECOMING`). None for any other epithet, when two are so named, or when the
    sentence names two people.

    >>> from quotesearch.speakers import Cast
    >>> t = "Dewi Lestari, who will be sworn in as governor next month, thanked voters. “…,” the governor-elect said."
    >>> at = t.index("the governor-elect")
    >>> _pending_holder(t, Mention(at, at + 18, "the governor-elect", "description"), Cast(t)).name
    'Dewi Lestari'
    """
    if RE_PENDING_OFFICE.search(mention.text) is None or not mention.text.lower().startswith("the "):
        return None
    office = RE_PENDING_OFFICE.sub("", mention.text[4:]).lower()
    before = text[max(0, mention.start - AGE_REACH):mention.start]
    base = mention.start - len(before)
    low = before.lower()
    holders = {}
    spot = low.find(office)
    while spot >= 0:
        at = base + spot
        if (becoming := RE_BECOMING.search(text, max(base, at - 60), at)) is not None \
                and RE_TO_COME.search(text, max(base, becoming.start() - 40), becoming.start()) is not None \
                and not text[at + len(office):at + len(office) + 1].isalpha():
            s_lo = max([base] + [e for e in sentence_ends(text, base, at)])
            people = _named_people(text, s_lo, at, cast, (at, at))
            if len(people) != 1:
                return None  # (two in the sentence: either may be the one)
            holders[id(people[0])] = people[0]
        spot = low.find(office, spot + 1)
    return next(iter(holders.values())) if len(holders) == 1 else None


#: What a lede tells of a player rather than a coach: a figure (a score, points) or a deed of play or of a
#: roster move (‘scored twice’, ‘was traded’).
#:
#: >>> RE_LEDE_PLAY.search("Frank DiNardo scored twice in the third period") is not None
#: True
#: >>> RE_LEDE_PLAY.search("Frank DiNardo didn’t wait for a question.") is None
#: True
RE_LEDE_PLAY = LazyPattern(r"\d|\b(?:scored|scores|threw|throws|rushed|caught|pitched|kicked|netted|struck|tackled|dunked"
                           r"|homered|beat|beats|won|lost|traded|signed|released|drafted|suspended|injured|benched|waived"
                           r"|debuted|starred|sank|hit|hits|ran|assisted|saved)\b")


def _reads_as_person_name(words: list[str]) -> bool:
    """A name no word of which reads as an English word or a business's (a surname last may:
    ‘Gord Walker’), for a lede's subject not yet known as a person: never ‘Sixth Street Bar’ nor
    ‘Northwest Timber Supply’, whose owner ‘the 66-year-old’ is (rv61f).

    >>> _reads_as_person_name(["Gord", "Lindqvist"]), _reads_as_person_name(["Gord", "Walker"])
    (True, True)
    >>> _reads_as_person_name(["Sixth", "Street", "Bar"]), _reads_as_person_name(["Northwest", "Timber", "Supply"])
    (False, False)
    """
    return len(words) >= 2 and not is_organisation(words) and not any(_word_like(w) for w in words[:-1]) \
        and not _body_word(words[-1]) and words[-1].lower() not in PLACE_NOUNS_IN_NAMES and "-" not in words[-1]


def _dateline_lede_subject(text: str, mention: Mention, head: str, at: int, cast: Cast, aged: bool = False) -> Person | None:
    r"""Whom a team's epithet of a position (‘the Comets coach’) opening the paragraph after a story's
    one-sentence lede stands for: the person that lede, right after its dateline in capitals, opens
    with as its subject, the article giving them no office anywhere (‘LAKESHORE — Frank DiNardo didn’t
    wait for a question. / “…,” the Lakeshore Comets coach said’), the writer holding the office back
    to the second paragraph. None for a lede of two sentences or two people, or one given an office.

    ``aged``: for an age epithet (‘the 52-year-old’), which only a person has: the lede's subject need
    not be known yet as a person (no sex, no speech before) (w61f).

    >>> from quotesearch.speakers import Cast
    >>> t = "LAKESHORE — Ed Moss didn’t sit down.\n\n“Bad,” the Lakeshore Comets coach said."
    >>> at = t.index("the Lakeshore")
    >>> _dateline_lede_subject(t, Mention(at, at + 25, "the Lakeshore Comets coach", "description"), "coach", t.index("“"), Cast(t)).name
    'Ed Moss'
    """
    if mention.start <= at or text[at:at + 1] not in "“\"" or not text.startswith("\n\n", at - 2):
        return None  # (the epithet after words that open its paragraph)
    line = RE_DATELINE_PLACE.search(text, 0, min(at, DATELINE_PLACE_REACH))
    para = text.rfind("\n\n", 0, at - 2)
    if line is None or (para + 2 if para >= 0 else 0) != line.start(1):
        return None  # (the paragraph right before is the dateline's lede)
    lo, hi = line.end(), at - 2
    if sentence_ends(text, lo, hi)[:-1] or len(_named_people(text, lo, hi, cast, (at, at))) != 1:
        return None  # (one sentence naming one person)
    if RE_LEDE_PLAY.search(text, lo, hi) is not None:
        return None  # (a lede of a play, a score or a move tells of a player: ‘Frank DiNardo scored twice as the
        # Comets beat Granite Falls 5-3’, ‘Frank DiNardo was traded on Tuesday’; the coach is someone else)
    p = _person_named_last(text, at, cast)
    if p is None or not (p.personlike or (aged and p.kind == "name" and _reads_as_person_name(p.name.split()))) \
            or p.plural or cast.roles_of(p) or GENDERED_NOUNS.get(head, p.gender) != p.gender \
            or not any(lo <= s < lo + 3 or RE_LEDE_SCENE_OPENING.fullmatch(text, lo, s) is not None for s, _ in p.spots if s < hi):
        return None  # (the lede's subject, given no office; after a phrase that sets the scene, when there is one)
    return p


#: A name right after a trade or a position, with the words before it (‘Coastal Cobras winger Lachlan
#: Fenwick’, ‘Venezuelan nurse Ana Ruiz’): the name in group 1.
RE_NAME_AFTER_TRADE = LazyPattern(r" (\p{Lu}[\p{L}\p{M}’'\-]*+(?: \p{Lu}[\p{L}\p{M}’'\-]*+){1,3})")

#: How far before its trade an epithet's other words (a team's, a nationality's) are looked for.
TRADE_MODIFIER_REACH = 40


#: The phrase of time or place that may open a dateline's lede before its subject, and its comma (‘Backstage at
#: a converted warehouse in Leith on Friday night, Ada Greco was …’): no clause, no quotation (w71a).
#:
#: >>> RE_LEDE_SCENE_OPENING.fullmatch(" Backstage at a converted warehouse in Leith on Friday night, ") is not None
#: True
#: >>> RE_LEDE_SCENE_OPENING.fullmatch(" When the police said it was over, ") is None
#: True
RE_LEDE_SCENE_OPENING = LazyPattern(r"\s*+(?:In|At|On|Backstage|Outside|Inside|Behind|Under|Before|After|Early|Late|Last|"
                                    r"By|Over|Across|Along|Near|From|Standing|Sitting)\b[^,.;:“”\"\n]{1,80}, ")

#: What may come before a sentence's subject in its sentence: blanks, a short opening phrase and its
#: comma, a title (‘On Tuesday, Ms. ’).
RE_OPENING_BEFORE_SUBJECT = LazyPattern(r"\s*+(?:[^,.;:“”\"\n]{1,40}, )?(?:\p{Lu}\p{Ll}{0,4}\.? )?")


def _epithet_holder(text: str, mention: Mention, epithet: str, at: int, cast: Cast) -> Person | None:
    """Whom an epithet of a trade or a position with a team's or a nationality's word stands for
    (‘the Cobras winger’, ‘the Spanish lawmaker’), when nothing else found them: the one person the
    article named after that trade with those words (‘Coastal Cobras winger Lachlan Fenwick was
    hurt. … The Cobras winger posted that he was “…”’); else, for a nationality, the one person named
    last before ``at`` (:func:`_person_named_last`) of the epithet's sex, given no other office and
    no other nationality in the sentence that names them (‘Beatriz Ortega, the EPP’s lead MEP, …. /
    “…,” the Spanish lawmaker said’). None for a bare trade, for words that point at someone else
    (‘the other winger’), when someone unnamed of the trade is brought in before (‘a Cobras winger’),
    or when two people are named after it. A team's name may run to three words (‘the Harbour City
    Mariners coach’).

    >>> from quotesearch.speakers import Cast
    >>> t = "Cobras winger Lachlan Fenwick was hurt. The Cobras winger posted that he was “sore”."
    >>> at = t.index("The Cobras")
    >>> _epithet_holder(t, Mention(at, at + 17, "The Cobras winger", "description"), "The Cobras winger", at, Cast(t)).name
    'Lachlan Fenwick'
    """
    words = epithet.split()
    if not 3 <= len(words) <= 5 or words[0].lower() != "the" or any(w.lower() in OTHER_STAR_WORDS for w in words[1:]):
        return None
    head, mods = words[-1].lower(), words[1:-1]
    if not all(w[:1].isupper() for w in mods) or (head not in EPITHET_ROLES and head not in ROLE_NOUNS):
        return None  # (only capitalised words before the trade: a team's, a nation's)
    lo = max(0, mention.start - AGE_REACH)
    if regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}{regex.escape(head)}\b", text, pos=lo,
                    endpos=mention.start) is not None:
        return None  # (someone unnamed of the trade: ‘A Cobras winger who asked not to be named …’)
    holders = {}
    spot = text.find(f" {head} ", lo, mention.start)
    while spot >= 0:
        name = RE_NAME_AFTER_TRADE.match(text, spot + len(head) + 1)
        if name is not None and all(w in text[max(0, spot - TRADE_MODIFIER_REACH):spot] for w in mods):
            p = cast.by_surname.get(name.group(1).rsplit(" ", 1)[-1].lower())
            if p is not None and p.kind == "name" and p.personlike and not p.plural:
                holders[id(p)] = p
        spot = text.find(f" {head} ", spot + 1, mention.start)
    if holders:
        return next(iter(holders.values())) if len(holders) == 1 else None
    nation = mods[0].lower() if len(mods) == 1 and mods[0].lower() in EPITHET_NATIONS else None
    if nation is None:
        return _dateline_lede_subject(text, mention, head, at, cast)  # (a team's word alone tells no one apart: the
        # one named last may play for it in any position; but the lede's one subject, who is given no office, is)
    p = _person_named_last(text, at, cast)
    if p is None or not p.personlike or p.plural or GENDERED_NOUNS.get(head, p.gender) != p.gender \
            or any(w in OFFICE_NOUNS and w != head for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()) \
            or (head not in OFFICE_NOUNS and any(head not in _role_words(r) and any(
                w in DESCRIPTION_NOUNS for w in r.lower().replace("-", " ").split()) for r in cast.roles_of(p))):
        return None  # (never one holding another office: ‘Migration Commissioner X’ is no lawmaker)
    last = max((s for s, _ in p.spots if s < at), default=None)
    if last is None:
        return None
    s_lo = max(text.rfind(c, 0, last) for c in ".!?\n") + 1
    s_hi = min((k for k in (text.find(c, last) for c in ".!?\n") if k >= 0), default=len(text))
    if RE_OPENING_BEFORE_SUBJECT.fullmatch(text, s_lo, last) is None:
        return None  # (only one the sentence opens with, its subject: never ‘And he even spoke highly of Mr. Trump.
        # / “…,” the Russian leader said’)
    if any(w.lower() in EPITHET_NATIONS and nation_stem(w.lower()) != nation_stem(nation)
           for w in RE_CAPWORD.findall(text, s_lo, s_hi)):
        return None  # (another nation in the sentence that names them: ‘Tomasz Wierzbicki, the Polish Socialist,’)
    if any(len(run.group().split()) > 1 and not is_organisation(run.group().split()) and not p.name.endswith(run.group())
           and not run.group().endswith(p.name.rsplit(" ", 1)[-1]) for run in RE_NAME_RUN.finditer(text, s_lo, s_hi)):
        return None  # (another full name there: ‘Jo Marsh and Kate Lyle were spotted together. / “…,” the British
        # singer said’ may be either)
    return p


def _sole_person_leading(text: str, sp: Span, content: str, epithet: str, paras: list[tuple[int, int]],
                         cast: Cast) -> Person | None:
    """For an epithet of age or nation after words (‘“…,” the 20-year-old said’) that no one in the
    article is given, the one person the quotation's paragraph names before its words (‘Lost in the
    row was a fine third for rookie Sam Pryce-Jones. “…,” the 20-year-old said’, ‘The chief umpire,
    Jean Perrot, insisted the scales were right. “…,” the Frenchman said’). None when the paragraph
    names two, when the one named is acted on or is given another nation or an age, when the words
    speak of a "he" or "she" (‘Valerie Ngata was at the door. “He is gone,” the 66-year-old said’ may be
    about her), and for a nation, when the given name tells no sex (‘Gift Orban scored twice. “…,” the
    Nigerian said’) or the one named officiates after a paragraph that names someone else (‘Jose
    Mourinho was furious. / Referee Anthony Taylor said …. “…,” said the Portuguese’)."""
    if RE_THIRD_SINGULAR.search(content):
        return None
    lo, hi = sp.para_start, sp.open_at
    if hi - lo < 10 or (sp.continued and lo == sp.open_at):
        return None
    found = None
    for run in RE_NAME_RUN.finditer(text, lo, hi):
        words = run.group().split()
        p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
        if p is None:
            if len(words) > 1 and not is_organisation(words):
                return None  # (someone the cast does not hold: who is meant is unsure)
            continue
        if p.kind != "name" or p.placelike or is_organisation(p.name.split()):
            continue
        if found is not None and p is not found:
            return None  # (two named: ‘Lena Falk beat Carla Mestre. “…,” the Swede said’ is left as written)
        found, end = p, run.end()
    if found is None or len(found.name.split()) < 2 or RE_ACTED_ON.search(text, lo, hi) or (
            (done := RE_DONE_TO.search(text, end, min(hi, end + 40))) is not None and done.start() <= end + 1):
        return None  # (‘Sean Daly was injured in the fall. “…,” the 58-year-old said’ stays as written)
    age = RE_THE_AGE.fullmatch(epithet)
    if age is not None:
        surname = found.name.rstrip(".").rsplit(" ", 1)[-1]
        if any(m.group("age") == age.group(1) or m.group("name").rstrip(".").endswith(surname)
               for m in RE_NAMED_AGE.finditer(text, max(0, sp.open_at - AGE_REACH), sp.open_at)) \
                or regex.search(r"\b\d{1,3}-year-old\b|, \d{1,3},", text[lo:hi]):
            return None  # (this age given before, or any age to them, is read by the rules above; another age given
            # to someone else further back tells nothing: ‘Ann Roe, 71, …. / Jo Park, a guide, said …. “…,” the
            # 39-year-old said’)
    else:
        noun = epithet.split()[-1]
        if _person_of_nationality(text, noun, sp.open_at, cast) is not None:
            return None  # (a nation given to someone: read by the rules above)
        own, another = _nationalities_given(text, lo, hi, found, cast)
        if own or another:
            return None  # (‘Belgian Tom Bos …. “…,” the Frenchman said’ is not his)
        if (found.gender == "f" and noun.lower().endswith("man") and not noun.lower().endswith("woman")) \
                or (found.gender == "m" and noun.lower().endswith("woman")) or gender_of(found.name.split()[0]) is None:
            return None
        if any(w.lower() in NEUTRAL_OFFICES for r in found.roles for w in r.split()) and sp.paragraph > 0 and any(
                run.group() and (q := cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]) is not None
                and q is not found and q.kind == "name" and q.personlike and gender_of(q.name.split()[0]) is not None
                for run in RE_NAME_RUN.finditer(text, *paras[sp.paragraph - 1])):
            return None
    return found


#: A third person singular in words quoted: they may be about the one named before them.
RE_THIRD_SINGULAR = LazyPattern(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers)\b")


def _nationality_epithet(mention: str) -> bool:
    """"The Spaniard", "the Norwegian", "the Northern Irishman": a nationality noun after "the"
    (and a capitalised word), as an epithet."""
    words = mention.split()
    return 2 <= len(words) <= 4 and words[0].lower() == "the" and words[-1].lower() in NATIONALITY_NOUNS \
        and words[-1][:1].isupper() and (len(words) == 2 or words[1][:1].isupper() or all(
            w.isalpha() and w.islower() or RE_AGE_EPITHET.fullmatch(w) for w in words[1:-1]))  # ("the young Finn", "the 47-year-old Dane")


#: A subject acted on, or dead: "was arrested", "has been charged", "died" (but one who "was
#: frustrated", "was delighted" or "was unimpressed" only felt so: FEELING_PARTICIPLES).
RE_DONE_TO = LazyPattern(
    r"\b(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?(?!(?:" + "|".join(sorted(FEELING_PARTICIPLES)) + r")\b)\w+ed|died|dies|passed away"
    r"|never recovered|never regained)\b")


#: An age as an epithet: "the 66-year-old", "the 56-year-old manager".
RE_THE_AGE = LazyPattern(r"(?i:the) (\d{1,3})-year-old(?: [\p{Ll}\-]++){0,2}")

#: A name with an age after it, "Valerie Ngata, 66,", or before it, "66-year-old Valerie Ngata",
#: "a 54-year-old teacher, Dan Boyd".
RE_NAMED_AGE = LazyPattern(
    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-.]*){0,3}), (?P<age>\d{1,3})(?=[,;)]| and\b|\.)"
    r"|(?<!\d)(?P<age>\d{1,3})-year-old(?: [\p{Ll}\-]++){0,3},? (?<!\b(?:from|in|of|at|near) )"
    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-.]*){0,3})")  # (never a place: ‘a 25-year-old from Lagos’)

#: What is done to a person, who is then no speaker of an age epithet: ‘was killed’, ‘had been
#: shot’, ‘was arrested’, ‘died’ (but one who ‘was hurt’ may speak).
RE_ACTED_ON = LazyPattern(
    r"\b(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+\s+)?(?:killed|murdered|shot|stabbed|arrested"
    r"|charged|detained)|died|dies|passed away|found dead)\b")

#: How far back an age epithet looks for the age it repeats.
AGE_REACH = 3000

#: What :data:`RE_ACTED_ON` reads that leaves its person able to speak: one arrested, charged or
#: detained still answers in court or from custody (‘Private Tom Hale, 24, was arrested in March. … /
#: Addressing the court, the 24-year-old said: “…”’), as one killed or found dead never does.
#:
#: >>> [RE_ACTED_ON.search(t).group().split()[-1] in CUSTODY_ACTS for t in ("he was arrested", "he was shot")]
#: [True, False]
CUSTODY_ACTS = frozenset("arrested charged detained".split())

#: The same age given to someone left unnamed (‘The victim, also 24, …’, ‘after an 18-year-old woman was
#: attacked’, ‘a man, 24,’): one of the groups the age. After one held (:data:`CUSTODY_ACTS`), the age
#: epithet may be that other one's, never the held person's by default (review rv-w112c-24, -48).
#:
#: >>> [[g for g in RE_AGE_GIVEN_UNNAMED.search(t).groups() if g] for t in ("The victim, also 24, fell", "an 18-year-old woman", "a man, 24, was")]
#: [['24'], ['18'], ['24']]
#: >>> RE_AGE_GIVEN_UNNAMED.search("Kyle Dunn, 18, was arrested") is None, RE_AGE_GIVEN_UNNAMED.search("the 18-year-old said") is None
#: (True, True)
RE_AGE_GIVEN_UNNAMED = LazyPattern(r"\b(?:also|aged) (\d{1,3})\b(?!-)|\b(?:[Aa]n|[Aa]|[Aa]nother) (\d{1,3})-year-old\b"
                                   r"|\b\p{Ll}+, (\d{1,3}),")


def _person_of_age(text: str, age: str, at: int, cast: Cast) -> Person | None:
    """The one person the article gives this age before ``at`` (‘Valerie Ngata, 66, has lived
    there …. “…,” the 66-year-old said’); none when two people share it. One arrested, charged or
    detained (:data:`CUSTODY_ACTS`) only when no one else has that age, named or not
    (:data:`RE_AGE_GIVEN_UNNAMED` between them and ``at``)."""
    found = held = None
    held_end = at
    for m in RE_NAMED_AGE.finditer(text, max(0, at - AGE_REACH), at):
        if m.group("age") != age:
            continue
        stop = text.find(".", m.end(), m.end() + 120)
        acted = RE_ACTED_ON.search(text, m.end(), stop if stop >= 0 else m.end() + 120)
        if (acted is not None and acted.group().split()[-1] not in CUSTODY_ACTS) \
                or "victim" in text[max(0, m.start() - 30):m.start()]:
            continue  # (‘Tom Price, 66, was killed’: the one acted on speaks no quotation)
        words = m.group("name").split()
        p, _ = cast.resolve(Mention(m.start("name"), m.end("name"), " ".join(words), "name"))
        if p is None or p.kind != "name" or p.placelike:
            continue
        if acted is not None:  # (one arrested may yet speak, in court or from custody, when no one else is
            # that age: ‘Private Tom Hale, 24, … was arrested in March. / Addressing the court, the 24-year-old
            # said’; but ‘Mark Hill, 34, was arrested. His passenger, 34-year-old Joe Kerr, …’ is Kerr)
            held = p if held is None or held is p else False
            held_end = min(held_end, m.end())
            continue
        if found is not None and p is not found:
            return None
        found = p
    if found is None and held and any(age in g.groups() for g in RE_AGE_GIVEN_UNNAMED.finditer(text, held_end, at)):
        return None  # (another given that age since, unnamed: ‘Jake Pope, 24, was charged …. The victim, also 24,
        # suffered …. / “…,” the 24-year-old told the court’ is the victim, as written)
    return found if found is not None else (held or None)


#: Nationality words whose first letters are no guide to their nation's other word.
NATION_STEMS = {"spaniard": "spanis", "scot": "scotti", "scots": "scotti", "briton": "britis", "brit": "britis",
                "dane": "danish", "swede": "swedis", "finn": "finnis", "pole": "polish", "turk": "turkis", "serb": "serbia",
                "croat": "croati", "aussie": "austra", "kiwi": "new ze"}


#: Offices of those who officiate, never the players a nationality stands for.
NEUTRAL_OFFICES = frozenset("referee umpire official steward judge commissioner linesman".split())


def nation_stem(word: str) -> str:
    """What a nationality's noun and adjective share ("Dutchman", "Dutch"; "Scot", "Scottish").

    >>> nation_stem("Dutchman") == nation_stem("Dutch"), nation_stem("Scot") == nation_stem("Scottish")
    (True, True)
    >>> nation_stem("Austrian") == nation_stem("Australian")
    False
    """
    low = word.lower()
    for ending in ("woman", "man"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            low = low[:-len(ending)]
            break
    return NATION_STEMS.get(low, low[:6])


def _person_of_nationality(text: str, noun: str, at: int, cast: Cast) -> Person | None | bool:
    """The one person the article gives this nationality before ``at`` ("Dutchman Max Verbeek",
    "Kenyan Faith Chebet"), for "the Dutchman"; False when two have it, None when no one does."""
    stem = nation_stem(noun)
    found = None
    for start, end, between in _given_nationality(text, stem, max(0, at - AGE_REACH), at):
        written = text[start:end]
        if any(w.lower().rstrip(".") in ROLE_NOUNS for w in written.split()) \
                or any(w in OFFICE_NOUNS or w in NEUTRAL_OFFICES for w in between):
            continue  # (an office, never one a nationality stands for: ‘German Chancellor Olaf Brandt’,
            # ‘Dutch coach Mark van Dijk’, ‘Scottish referee Ewan Bell’)
        if any(w.lower() in EVENT_WORDS for w in written.split()):
            continue  # (an event, never anyone: ‘the Dutch Grand Prix’, ‘the Australian Open’)
        p, _ = cast.resolve(Mention(start, end, written, "name"))
        if p is None or p.kind != "name" or p.placelike or is_organisation(p.name.split()) \
                or (p.gender == "f" and noun.lower().endswith("man") and not noun.lower().endswith("woman")) \
                or (p.gender == "m" and noun.lower().endswith("woman")):
            continue
        if found is not None and p is not found:
            return False
        found = p
    return found


def _given_nationality(text: str, stem: str, lo: int, hi: int) -> Iterator[tuple[int, int, list[str]]]:
    """The names ``text[lo:hi]`` gives the nationality of ``stem`` (where each starts and ends, and
    the words between it and its nationality): after the nationality's word ("Kenyan Faith Chebet",
    "Portuguese champion Rui Costa"), after its country's possessive ("Denmark's Henrik Dahl"), or
    before the country ("Carla Mestre of Spain", "Lena Falk (Sweden)")."""
    for run in RE_CAPWORD.finditer(text, lo, hi):
        w = run.group()
        if w.lower() in NATIONALITY_WORDS and nation_stem(w) == stem:
            name = RE_NAME_AFTER_NATIONALITY.match(text, run.end())
            if name is not None:
                yield name.start(1), name.end(1), text[run.end():name.start(1)].split()
    if not any(nation_stem(adjective) == stem for adjective in COUNTRY_NATIONALITIES.values()):
        return
    for country in RE_COUNTRY.finditer(text, lo, hi):
        if nation_stem(COUNTRY_NATIONALITIES[country.group()]) != stem:
            continue
        if text.startswith(("’s", "'s"), country.end()):
            name = RE_NAME_AFTER_NATIONALITY.match(text, country.end() + 2)
            if name is not None:
                yield name.start(1), name.end(1), text[country.end() + 2:name.start(1)].split()
        elif (name := RE_NAME_BEFORE_COUNTRY.search(text, max(lo, country.start() - 60), country.start())) is not None \
                and not regex.search(r"\b[Bb]y \Z", text[max(0, name.start(1) - 3):name.start(1)]):
            # (guard: a byline's country is where they write from: ‘Reporting by Anna Walsh, from Ukraine’)
            yield name.start(1), name.end(1), []


#: The countries of COUNTRY_NATIONALITIES, as words.
RE_COUNTRY = LazyPattern(r"\b(?:" + "|".join(sorted(COUNTRY_NATIONALITIES, key=len, reverse=True)) + r")\b")

#: A name right before its country (‘Carla Mestre of Spain’, ‘Lena Falk (Sweden)’, ‘Carlos Ruiz, from Spain,’).
RE_NAME_BEFORE_COUNTRY = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})(?: of |,? from | \()\Z")

#: A name after a nationality word, past a trade or two (‘Kenyan Faith Chebet’, ‘Portuguese champion Rui Costa’).
RE_NAME_AFTER_NATIONALITY = LazyPattern(
    r" (?:\p{Ll}+ ){0,2}(\p{Lu}[\p{L}\p{M}’'\-]+(?: (?:van|von|de|der|da|di|le|la) )?(?: ?\p{Lu}[\p{L}\p{M}’'\-]+){1,2})")


def _nationalities_given(text: str, lo: int, hi: int, p: Person, cast: Cast) -> tuple[str | bool, bool]:
    """The nationality ``text[lo:hi]`` gives ``p`` ("Ukrainian Andriy Volkov", "Ukrainian
    boxer Andriy Volkov"; False for none), and whether it gives one to someone else (‘met the Canadian prime
    minister’, "beat Portuguese champion Rui Costa"); a nationality before anything else ("the
    Belgian Grand Prix") is no one's."""
    own = another = False
    mine = {w.lower() for w in p.name.split()}
    for run in RE_CAPWORD.finditer(text, lo, hi):
        if run.group().lower() not in NATIONALITY_WORDS:
            continue
        after = [x.strip(",.;:’'\"“”‘") for x in text[run.end():min(hi, run.end() + 60)].split()[:6]]
        k = 0
        while k < min(2, len(after)) and after[k].islower():
            k += 1  # (a trade between: "Portuguese champion Rui Costa")
        trade = k > 0
        name = []
        while k < len(after) and after[k][:1].isupper() and len(name) < 3:
            name.append(after[k])
            k += 1
        if name and (name[0].lower() in mine or name[-1].lower() in mine):
            own = run.group()
        elif name and (trade or gender_of(name[0]) is not None or (
                (q := cast.by_surname.get(name[-1].lower())) is not None and q is not p and q.personlike)):
            another = True
        elif not name and after and any(x in ROLE_NOUNS for x in after[:k]):
            another = True
    return own, another

#: A topic before an answer in its paragraph (‘On the wide barrier: “…”’, ‘On his future: “…”’).
#: And an aside of the moment after it (‘On tax, after jeers from the benches: “…”’, w54b).
RE_TOPIC_LABEL = LazyPattern(r"On [^:,;.“”\"\n]{1,50}(?:, (?:after|amid|as|to) [^:,;.“”\"\n]{1,60})?:[ \t]*")  # (a phrase alone: never ‘On Saturday, Mr. Trump said on Twitter:’)


def _topic_label(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is a topic's label for the answer after it (‘On the wide barrier:’), with no
    cue of its own (‘On Twitter he wrote:’ is one)."""
    return RE_TOPIC_LABEL.fullmatch(text, lo, hi) is not None \
        and not any(w.strip(":").lower() in SPEECH_VERBS for w in text[lo:hi].split()
                    if not (w.endswith("s:") and w[:-1].lower() not in PRESENT_CUES))  # (a topic's last word, a
    # plural, may look like one: ‘On his 38 points:’; never ‘On Twitter he writes:’)


#: Speech verbs in the present tense that end a label as a cue (‘On Twitter he writes:’).
PRESENT_CUES = frozenset("says writes tells adds asks notes explains posts tweets".split())


#: A heading in capitals ending in a name, a title or a team before it (‘HERONS HEAD COACH DANA PRUITT’,
#: ‘JORDAN AMES’): its last two words, the given name and the surname.
RE_CAPS_NAME_HEADING = LazyPattern(r"\s*((?:\p{Lu}[\p{Lu}’'.\-]* ){0,5})(\p{Lu}[\p{Lu}’'\-]+) (\p{Lu}[\p{Lu}’'\-]+)\s*")

#: A pronoun that tells a sex (after an epithet: ‘the 66-year-old retiree said as she stood’).
RE_SEX_WORD = LazyPattern(r"\b(?:he|his|him|she|her)\b", regex.I)


#: Nationality words an epithet may hold before a role (‘the French director’): after "the", "French",
#: "Welsh" and "English" are no surnames.
EPITHET_NATIONS = NATIONALITY_WORDS | frozenset({"french", "welsh", "english"})
