"""The person the paragraph after the lede names for the lede's subject (_lede_holder), with the
patterns it reads (speaking, appearing or remarking again, a title opening the paragraph, a home
state, a sex word, a body led, the kin of the lede's one); the holder named again with its office
(_lede_holder_again), the one named for a "who" subject's pronoun or with the lede's kind, for the
unnamed one the lede says speaks (_lede_named_next) and in the sentence after a quotation.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import US_STATE_FORMS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import GENERIC_BODY_WORDS, ORG_WORDS, SAME_KIND_PAIRS
from quotesearch.role_words import (
    DESCRIPTION_NOUNS, FORMER_CAREER_WORDS, GENDERED_NOUNS, LEADER_OFFICE_HEADS, LEDE_KIN_RECIPROCALS,
    LEDE_OFFICE_KINDS, LEDE_OFFICE_NAMED_REACH, ROLE_NOUNS, TITLES_OF_KIND,
)
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import split_title
from quotesearch.name_parts import is_organisation
from quotesearch.tokens import RE_NAME_RUN
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person
from quotesearch.offices import _bare_honorific
from quotesearch.office_titles import _title_noun
from quotesearch.sources import SOURCE_NOUNS
from quotesearch.body_names import RE_DATELINE
from quotesearch.described_people import OFFICE_NOUNS
from quotesearch.epithets import RE_DONE_TO, RE_SEX_WORD
from quotesearch.descriptions import RE_DEATH_WORDS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.relations import ANSWERING_WORDS, RE_APPOSITIVE_ROLE
from quotesearch.party_epithets import _head_title, _titled_by_a_nation
from quotesearch.statements import _sentence_start
from quotesearch.titles import RE_WORD
from quotesearch.lede_offices import (
    RE_ACADEMIC_OFFICE, _clerical_style_fits, _lede_office_fits, _lede_office_told_whole, _office_of_kind, _office_role, _party_member_head,
    _place_owns, _scholar_title, _titled_next,
)


def _lede_named_next(text: str, sp: Span, found: Found, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person the paragraph after a lede names, for the lede's "a senior midwife" who speaks
    there (see :func:`_lede_holder`)."""
    return _lede_holder(text, sp.paragraph, found.mention, found.person, paras, cast)

#: A name set off as speaking for another body (‘Professor Jane Roe, speaking for the University and College
#: Union, said’, ‘…, speaking on behalf of …’): never the lede's office holder.
RE_SPEAKING_FOR = LazyPattern(r", (?:speaking|writing|appearing) (?:for|on behalf of|as) ")


#: A US lawmaker's home state right after the name (‘Sen. Harlan Reed of Ohio,’, ‘Rep. Ana Ruiz of Texas said’).
RE_OF_STATE = LazyPattern(r" of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,;]| said| told)")


#: A home town set off right after a name, a county or region after it, before the sentence goes on
#: (‘Nicola Byrne, from Ballina, Co Mayo, said’, ‘Tom Reed, from Leeds, said’) (w75d).
#:
#: >>> [bool(RE_FROM_HOME_SET_OFF.match(t)) for t in (", from Ballina, Co Mayo, said", ", from Leeds, said",
#: ...  ", from the council, said", ", from Leeds said")]
#: [True, True, False, False]
RE_FROM_HOME_SET_OFF = LazyPattern(r", from \p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}"
                                   r"(?:, (?:Co\.? |County )?\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2})?,(?= \p{Ll})")


def _past_home_state(text: str, at: int, hi: int) -> int:
    """Where the words after a name at ``at`` go on, past a US state it is "of" (‘Rep. Dale Moss of
    Georgia, the No. 3 Republican in the House, told’) or a home town it is "from", set off (‘Nicola
    Byrne, from Ballina, Co Mayo, said’), or ``at`` itself (never ‘of Leeds’, no state)."""
    if (home := RE_FROM_HOME_SET_OFF.match(text, at, hi)) is not None:
        return home.end()
    if not text.startswith(" of ", at) or (state := RE_OF_STATE.match(text, at, hi)) is None \
            or state.group(1) not in US_STATE_FORMS:
        return at
    return state.end()


def _lede_holder(text: str, k: int, mention: Mention, person: Person | None, paras: list[tuple[int, int]],
                 cast: Cast) -> Person | None:
    """The person the paragraph after the lede (paragraph ``k``) names, for the lede's subject
    ``mention`` ("a senior midwife", "the country's top health official"): its first words are a
    full name the article had not named before, introduced (a "who" clause, a role set off, an
    age) and not answering (never ‘A Republican senator called the bill “dead.” / Mitch McConnell,
    the majority leader, disagreed.’), of the sex the lede tells; for an office, one given that
    office or one of its kind (‘Dr. Ama Mensah, the director-general of the Ghana Health Service,’
    for ‘the country's top health official’), never another (‘A federal judge …. / Attorney
    General Dana Price said’)."""
    para_start, para_end = paras[k]
    lead = text[para_start:mention.start]
    described = description_head(mention.text)
    with_subject = RE_LEDE_WITH_LEAD.search(lead) is not None and mention.text.split()[0].lower() in ("a", "an", "one") \
        and RE_LEDE_WITH_SPEAKING.match(text, mention.end) is not None  # (the lede's "with one senior doctor
    # describing it as “…”" is its subject too, the one who speaks in it; w75d)
    if lead.strip() and not RE_DATELINE.fullmatch(lead) and not with_subject:
        office = described
        if _lede_office_told_whole(mention.text, office) and office in ROLE_NOUNS \
                and office not in THING_NOUNS and k + 1 < len(paras) and person is not None and not person.plural \
                and not any(mark in lead for mark in "“”\"‘"):  # (an office told whole, in the lede's own words: never
            # the tag of a quotation, ‘“…,” the minister said’)
            titled = _titled_next(text, mention.text, office, paras[k + 1:k + 3], cast) or _titled_next(
                text, mention.text, office, paras[k + 1:k + LEDE_OFFICE_NAMED_REACH + 1], cast, alone=True)  # (further on,
            # only when no one else there is given that title: ‘… the city’s police chief called “…”. / … / …
            # / Chief X said’)
            if titled is not None and _titled_by_a_nation(text, titled, paras[k + 1:k + LEDE_OFFICE_NAMED_REACH + 1]):
                return None  # (never one of another nation: ‘Russian Foreign Minister Sergei Lavrov’ for "the
                # country's foreign minister")
            sex = GENDERED_NOUNS.get(office or "")  # (‘the chairwoman of a Commons committee’ a woman)
            return titled if titled is None or sex is None or titled.gender in (None, sex) else None  # (an office the lede gives
            # later in its sentence, the one titled with it who speaks in the next paragraphs: ‘…, a ruling
            # the city's police chief called “…”. / Chief Ama Owusu said …’)
        return None  # (only the lede's subject: never ‘… after a judge said …’, ‘she heard a woman scream “…”’)
    head = described or _party_member_head(mention.text)
    if k + 1 >= len(paras) or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in BODY_NOUNS \
            or head in COLLECTIVE_NOUNS or person is None or person.plural:  # (never ‘The family of a
        # dad-of-three said he was a “gentle giant”. / Craig Fenwick, 44, died …’: the family, not the man)
        return None
    titled = _titled_next(text, mention.text, head, paras[k + 1:k + 3], cast)
    if titled is not None:  # ‘A federal judge on Monday blocked …. / … / In a 38-page ruling, U.S. District
        # Judge Miriam Castellanos wrote …’: the one new person given that title next, of the sex the lede
        # tells (never ‘The country's top health official … she had asked …. / Mr. Kwame Boateng, the
        # director-general of …, said’)
        told = _lede_sex_word(text, mention.end, para_end)
        sex = GENDERED_NOUNS.get(head or "") or (
            ("m" if told.group().lower() in ("he", "his", "him") else "f") if told is not None else None)
        return titled if sex is None or titled.gender in (None, sex) else None
    lo, hi = paras[k + 1]
    if (opening := RE_LEDE_NEXT_OPENING.match(text, lo, hi)) is not None:
        lo = opening.end()  # (past a phrase of where or how it was said: ‘In a pastoral letter read at every
        # Mass last Sunday, Bishop Rodolfo Tan wrote that …’)
    low = RE_LOWER_TITLE_OPENING.match(text, lo, hi)
    body_owned = low is None
    if low is None and (body := RE_BODY_TITLE_OPENING.match(text, lo, hi)) is not None:
        owner = {w.lower() for w in RE_WORD.findall(body.group(1)) if w[:1].isupper()}
        if owner & {w.lower() for w in RE_WORD.findall(mention.text)} - {"the", "a", "an", "of"} \
                and not (opening is not None and " same " in opening.group()):
            low = body  # (only the lede's own body: never ‘The boss of the water regulator …. / Appearing
            # before the same committee, Southern Water chief executive X said’, ‘Ofgem chief executive’)
    if low is not None and not body_owned and opening is not None and opening.group().startswith(("Appearing", "Testifying", "Giving")) \
            and low.group(1).split()[0].lower() not in LOWER_TITLE_OPENERS \
            and not {low.group(1).split()[0].lower()} & {w.lower() for w in RE_WORD.findall(mention.text)}:
        low = None  # (past a new opening, a body's office only of the lede's body: never ‘The boss of the energy
        # company …. / Appearing before MPs, Ofgem chief executive Jonathan Brearley said’)
    if low is not None and low.group(1).rsplit(" ", 1)[-1] not in ROLE_NOUNS:
        low = None  # (a body's office too: ‘Southvale Water chief executive Fiona Draycott said’)
    run = RE_NAME_RUN.match(text, low.end() if low is not None else lo, hi)  # (past a title in lower
    # case: ‘Chief executive Karen Whitlock said’)
    if run is None or " " not in run.group() or RE_AND_NAME.match(text, run.end()):
        return None  # (one person: never ‘Secretary Laura Diaz and Deputy Secretary Mark Chen told’)
    title = low.group(1) if low is not None else split_title(run.group().split())[0]
    after = _past_home_state(text, run.end(), hi)  # (‘Sen. Harlan Reed of Ohio, the No. 2 Republican, said’)
    if after != run.end() and (head in OFFICE_NOUNS or head in LEDE_OFFICE_KINDS) \
            and RE_FROM_HOME_SET_OFF.match(text, run.end(), hi) is not None:
        after = run.end()  # (a home town set off names the one the lede's person noun told of, never an office's
        # holder: ‘The manager of a Cork hotel has said …. / Guest Anne Ryan, from Limerick, said’; review rv75d)
    appositive = RE_APPOSITIVE_ROLE.match(text, after, hi) or RE_BARE_APPOSITIVE_OFFICE.match(text, after, hi)
    if described is None and not (
            text.startswith(", ", after) and mention.text.split()[-1].lower()
            in RE_WORD.findall(text[after:text.find(",", after + 2, hi) if text.find(",", after + 2, hi) >= 0 else after].lower())):
        return None  # (a party member by rank is only one set off as of that party: ‘Sen. X of Ohio, the No. 2
        # Republican in the Senate,’; never ‘Sen. Lisa Murkowski of Alaska, a frequent critic of the president,
        # also said’, another one)
    office = head in OFFICE_NOUNS or head in LEDE_OFFICE_KINDS
    given = [r for r in (title, appositive.group(1) if appositive is not None else None)
             if r and not _bare_honorific(r) and _office_role(r)]
    if office and given and not any(_lede_office_fits(mention.text, head, r, strict=False) for r in given):
        return None  # (an office the lede names is never another office's holder: ‘A federal judge blocked
        # …. / Attorney General Dana Price said the state would appeal’)
    fits = [r for r in given if _lede_office_fits(mention.text, head, r)]
    if with_subject and title and not _bare_honorific(title) and (_office_role(title) or " " in title) \
            and not _lede_office_fits(mention.text, head, title):
        return None  # (the lede's "with" speaker is never one titled with another office: ‘…, with one analyst
        # calling the results “…”. / Chief executive Hannah Moss said …’, ‘Labour candidate Rachel Stone’; a
        # calling's word alone may be theirs, ‘Sister Aoife Kerrigan’; review rv75d)
    if opening is not None and given and not fits:
        return None  # (past an opening phrase, only one whose title fits: never ‘A farmer has …. / Speaking at
        # the show, Environment Secretary Steve Reed said’)
    speaks = RE_LEDE_SPEAKS_AGAIN.match(text, appositive.end() if appositive is not None else after, hi)
    if speaks is None and appositive is None and _head_title(title) \
            and RE_LEDE_TOLD_HEARING.search(text, mention.end, paras[k][1]) is not None:
        speaks = RE_LEDE_APPEARED_BEFORE.match(text, after, hi)
        if speaks is not None and RE_APPEARED_OTHER_ROLE.match(text, speaks.end(), hi) is not None:
            speaks = None  # (guard: never one who came as another's witness or to attack the lede's body:
            # ‘… appeared before MPs the same day, accusing the firm …’, ‘… as a witness for the nurses’ union’)
    # (past the office set off: ‘Fergal Byrne, chief executive of the board, said’)
    intro = RE_INTRODUCED_AFTER.match(text, after, hi)
    if mention.text.split()[0].lower() == "the" or _place_owns(mention.text.split()):
        # an office the lede names: only one who speaks again
        # with no other title (‘The chief constable of X has said …. / Andrew Holloway told …’), or one
        # given that office (‘Tomas Redl, the foreign minister, said’) or one of its kind, set off or as a
        # title (‘County Police Commander Peter Mwangi told reporters’ for ‘The police chief’); never
        # ‘Resident Tina Morales, 44, said she did not believe him’, ‘Councillor Tom Reed said’
        if title is not None and not (fits and speaks) and not (speaks and _clerical_style_fits(title, head)) and not (
                _scholar_title(title) and appositive is None and RE_ACADEMIC_OFFICE.search(mention.text) is not None
                and RE_SPEAKING_FOR.match(text, run.end(), hi) is None):
            return None  # (a title of learning alone may be the office's holder: never ‘Professor Alan Reddy, a
            # criminologist, said’, someone else set off)
        if _place_owns(mention.text.split()):
            # (a place's office goes only to one given it: never ‘Britain's foreign secretary said …. / Keir
            # Starmer said …’, ‘Labour's candidate said …. / Rachel Reeves said …’), or one who made the lede's
            # remarks: ‘Japan's chief cabinet secretary has urged …. / Yoshiro Kanemaki made the remarks at …’
            speaks = RE_LEDE_REMARKS_AGAIN.match(text, run.end(), hi) if title is None and appositive is None else None
            if speaks is not None and RE_REMARKS_ELSEWHERE.search(
                    text, run.end(), (sentence_ends(text, run.end(), hi) or [hi])[0]) is not None:
                speaks = None  # (speaking on another occasion or saying words of their own: ‘Antony Blinken was
                # speaking in Tel Aviv hours later when he urged …’, ‘… where he said France still had concerns’)
        if not speaks and not fits and not _leads_lede_body(text, run.end(), hi, mention, head, paras[k]) \
                and not _kin_of_lede_one(text, run.end(), hi, head):
            return None
    elif speaks is None and intro is None:
        return None
    ends = sentence_ends(text, lo, hi)
    sentence = text[lo:ends[0] if ends else hi].lower()
    if any(w in RE_WORD.findall(sentence) for w in ANSWERING_WORDS):
        return None
    done = RE_DONE_TO.search(text, run.end(), ends[0] if ends else hi) if speaks is None else None  # (what
    # one who speaks again says is no act on them: ‘Vanessa Jardine told BBC Radio Newcastle that 12 officers had been injured’)
    acted_on = done is not None and " who " not in text[run.end():done.start()] \
        and RE_REPORTING_VERB.search(text, run.end(), done.start()) is None
    if acted_on and not _acted_on_as_lede_told(text, done, ends[0] if ends else hi, head):
        return None  # (one acted on or dead: ‘A coroner has ruled the death … “…”. / Thomas Ellery, 34, died
        # at the scene’; never ‘…, who was appointed in May,’, nor what one reports: ‘…, said 14 people had died’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if acted_on and (p is None or p.gender is None or p.gender != GENDERED_NOUNS.get(head or "")):
        return None  # (one acted on, only of the sex the lede's person noun tells: ‘A grandmother says …. /
        # Joan Reed, 71, was placed on the list …’, never a child of hers)
    if p is None or p.kind != "name" or p.placelike or is_organisation(p.name.split()) \
            or text.find(p.name.rsplit(" ", 1)[-1], 0, lo) >= 0:
        return None  # (a person new to the article)
    told = RE_SEX_WORD.search(text, mention.end, para_end)  # (any pronoun at all for one with no title:
    # ‘A federal judge sentenced a man …, saying he …. / Jane Roe, 58, pleaded guilty’ is never the judge)
    sex = GENDERED_NOUNS.get(head or "") or (
        ("m" if told.group().lower() in ("he", "his", "him") else "f") if told is not None else None)
    return p if sex is None or p.gender in (None, sex) else None


def _lede_sex_word(text: str, at: int, hi: int) -> regex.Match | None:
    """The first pronoun telling a sex after the lede's subject (``at:hi``), when it can only be the
    subject's (for one the next paragraphs give the lede's office as a title): None when another person
    is brought in before it (:data:`LEDE_OTHER_PERSON_NOUNS`), whom it may stand for (‘A federal judge sentenced the former manager of a bank …, saying she had
    betrayed …’, ‘A judge warned jurors deciding whether a man murdered his partner …’: the manager's
    "she", the man's "his", never the judge's) (w75a)."""
    told = RE_SEX_WORD.search(text, at, hi)
    if told is None:
        return None
    if any(w in LEDE_OTHER_PERSON_NOUNS for w in RE_WORD.findall(text[at:told.start()].lower())):
        return None
    return told


def _lede_other_person_nouns() -> frozenset[str]:
    """A person's nouns among :data:`DESCRIPTION_NOUNS`: never a body's or a thing's (‘court’, ‘jury’)."""
    return frozenset(DESCRIPTION_NOUNS - COLLECTIVE_NOUNS - BODY_NOUNS - ORG_WORDS - GENERIC_BODY_WORDS - THING_NOUNS)


#: Nouns of a person (‘man’, ‘manager’, ‘victim’), never a body's or a thing's (‘court’, ‘jury’,
#: ‘inquiry’): after a lede's subject, one brought in whom a later "he" or "she" may stand for.
#:
#: >>> "man" in LEDE_OTHER_PERSON_NOUNS, "manager" in LEDE_OTHER_PERSON_NOUNS, "jury" in LEDE_OTHER_PERSON_NOUNS
#: (True, True, False)
LEDE_OTHER_PERSON_NOUNS = _lede_other_person_nouns()


def _acted_on_as_lede_told(text: str, done, end: int, head: str | None) -> bool:
    """An act on the one named after the lede that is what the lede's own person told of, not another's
    fate: the lede's subject a person noun of one sex and no office (‘A Bellport grandmother says she
    has been left “housebound” …. / Joan Whitlock, 71, was placed on the waiting list …’), and no death
    in it (never ‘A mother has said …. / Tom Reed, 4, died …’) (w75d)."""
    return head is not None and GENDERED_NOUNS.get(head) is not None and head not in OFFICE_NOUNS \
        and head not in LEDE_OFFICE_KINDS and RE_DEATH_WORDS.search(text, done.start(), end) is None \
        and RE_OFFENDER_ACT.search(text, done.start(), end) is None


#: An act of the law on one, which makes them the offender a lede's complainant tells of, never the
#: complainant (‘A grandmother says she was “conned” …. / Lisa Hart, 34, was charged with fraud’) (review rv75d).
#:
#: >>> [bool(RE_OFFENDER_ACT.search(t)) for t in ("was charged with fraud", "was placed on the list")]
#: [True, False]
RE_OFFENDER_ACT = LazyPattern(r"\b(?:charged|arrested|sentenced|jailed|convicted|remanded|detained|fined|cautioned"
                              r"|prosecuted|accused|suspended|sacked|dismissed|banned|struck off|expelled|disqualified)\b")


#: A "who" clause set off after a name that says the one named leads a body (group 1, up to the
#: comma that closes the clause): ‘, who has led the Dallas-based carrier since 2019,’, ‘, who took over
#: at the bank in 2022,’, ‘, who heads the regulator,’.
#:
#: >>> RE_WHO_LEADS.match(", who has led the Dallas-based carrier since 2019, opened").group(1)
#: 'the Dallas-based carrier since 2019'
#: >>> RE_WHO_LEADS.match(", who has co-chaired the Assembly since 2023, said").group(1)
#: 'the Assembly since 2023'
#: >>> RE_WHO_LEADS.match(", who has criticised the carrier, said") is None
#: True
#: >>> RE_WHO_LEADS.match(", who leads Westbury County Council, told").group(1)
#: 'Westbury County Council'
RE_WHO_LEADS = LazyPattern(r", who (?:has |had )?(?:also )?(?:(?:co-)?(?:led|leads|heads|headed|chairs|chaired)|runs|ran|run|took over at"
                           r"|took charge of|has been in charge of) ((?:the|its) [^,.;:“”\"‘’\n]{1,60}"
                           r"|\p{Lu}[\p{L}\-]+(?: (?:of |and |for )?\p{Lu}[\p{L}\-]+){1,5}),")


#: A leading verb in the past after "who" (‘who ran the carrier’): one who led it once.
RE_WHO_LED_ONCE = LazyPattern(r"\bwho (?:led|headed|ran|run|chaired|had)\b")

#: Words of a time one led a body, or led it for a while (‘until 2019’, ‘on an interim basis’).
RE_LED_FOR_A_TIME = LazyPattern(r"\b(?:until|till|before|from \d{4}|between|interim|acting|former|formerly|previously)\b")


#: A state's short form and the rest of a body after a city set off in a "who leads" clause (‘, who ran the
#: Portland, Ore.-based lender for nine years,’): group 1 the state, group 2 what follows its hyphen.
#:
#: >>> RE_STATE_BASED_REST.match(", Ore.-based lender for nine years,").groups()
#: ('Ore.', 'based lender for nine years')
RE_STATE_BASED_REST = LazyPattern(r", (\p{Lu}\p{Ll}{1,4}\.)-((?:based|headquartered) [^,.;:“”\"‘’\n]{1,60}),")


#: Words of a time one led a body only to stand in (‘on an interim basis’, ‘as acting chief’): never "the
#: former chief executive".
RE_LED_AS_STAND_IN = LazyPattern(r"\b(?:interim|acting|caretaker)\b")


def _leads_lede_body(text: str, at: int, hi: int, mention: Mention, head: str | None, lede: tuple[int, int]) -> bool:
    """The name ending at ``at`` that opens the paragraph after the lede is set off with a clause that
    says they lead the body the lede's office is of (‘The chief executive of Skyward Air apologised …
    that the airline had … / Dalton Reyes, who has led the Dallas-based carrier since 2019, opened his
    testimony’): the lede's office a leader's (:data:`LEADER_OFFICE_HEADS`) of a body named (‘of …’),
    the clause's body a kind of body the lede calls it by (its own word, "the airline", or one of the
    same kind, :data:`SAME_KIND_PAIRS`), with no other body's name in it (never ‘…, who heads the
    Airline Passengers Association,’)."""
    if head not in LEADER_OFFICE_HEADS or " of " not in mention.text:
        return False
    led = RE_WHO_LEADS.match(text, at, hi)
    if led is None:
        return False
    verb = text[at:led.start(1)]
    body = led.group(1)
    if (state := RE_STATE_BASED_REST.match(text, led.end() - 1, hi)) is not None and len(body.split()) == 2:
        body = f"{body.split()[0]} {state.group(1)}-{state.group(2)}"  # (a city and its state: ‘the Portland,
        # Ore.-based lender’ is where the lender is based, as ‘the Dallas-based carrier’)
    if any(w in FORMER_CAREER_WORDS or w.startswith("ex-") for w in mention.text.lower().split()):
        # (a former office is one who led the body once, and only that: ‘The former chief executive of Cascade
        # Bank told senators …. / Greg Hale, who ran the lender for nine years, appeared …’; never one who
        # leads it now, ‘…, who has run the lender since 2021,’, nor for a while, ‘on an interim basis’)
        if RE_WHO_LED_ONCE.search(verb) is None or RE_LED_AS_STAND_IN.search(body) is not None:
            return False
    elif RE_WHO_LED_ONCE.search(verb) is not None \
            or RE_LED_FOR_A_TIME.search(body) is not None:
        return False  # (one who led it once: ‘…, who ran the carrier until 2019,’, ‘…, who led the university on an
        # interim basis in 2020,’)
    if "chair" in verb and head not in ("chairman", "chairwoman", "chairperson", "chair"):
        return False  # (one who holds another office of it: ‘…, who chairs the company,’ for its chief executive)
    owned = {w.lower() for w in RE_WORD.findall(mention.text)}
    words = body.split()
    if words[0] not in ("the", "its"):  # the body by its name, its kind the lede's own word for it: ‘The leader of a
        # struggling council said …. / Ann Roe, who leads Westbury County Council, told …’ (w63a)
        kind = words[-1].lower()
        return kind in THING_NOUNS and kind in owned and not any(
            w[:1].isupper() and w.lower() not in ("the", "a", "an", "of") for w in RE_WORD.findall(mention.text)[1:])
    if any(w[:1].isupper() and "-" not in w and w.lower() not in owned for w in words[1:]):
        return False  # (another body by its name; ‘the Dallas-based carrier’ is where it is based)
    kinds = [w for w in words[1:] if w.islower() and w in THING_NOUNS]
    if not kinds:
        return False
    told = {w.lower() for w in RE_WORD.findall(text[lede[0]:lede[1]])}
    kind = kinds[0]
    return kind in told or any(kind in pair and pair & told for pair in SAME_KIND_PAIRS)


#: A "whose" clause set off after a name that gives one of their kin (group 1): ‘, whose wife Leila
#: has been held for three years,’ (the husband of the one held).
RE_WHOSE_KIN = LazyPattern(r", whose (?:late |jailed |detained |missing |imprisoned )?(\p{Ll}+)\b")


#: Words of a "whose" clause that make the kin another family's (‘whose daughter survived the attack’).
RE_OTHER_CASE_KIN = LazyPattern(r"\b(?:also|too|same|another|other|survived|escaped|freed|released|unharmed|likewise)\b")


def _kin_of_lede_one(text: str, at: int, hi: int, head: str | None) -> bool:
    """The name ending at ``at`` that opens the paragraph after the lede is set off with the kin the
    lede's kin word answers (:data:`LEDE_KIN_RECIPROCALS`): ‘The husband of a charity worker jailed in
    Tehran said …. / Daniel Cole, whose wife Leila … has been held …, spoke to reporters’; never one
    whose kin is of another tie: ‘The husband of a jailed aid worker said …. / Ann Roe, whose son …’)."""
    kin = RE_WHOSE_KIN.match(text, at, hi)
    if kin is None or kin.group(1) not in LEDE_KIN_RECIPROCALS.get(head or "", ()):
        return False
    shut = text.find(",", kin.end(), hi)
    clause = text[kin.end():shut if shut > 0 else hi]
    return RE_OTHER_CASE_KIN.search(clause) is None  # (another's kin: ‘Li Wei, whose daughter survived the attack,’ after ‘The
    # father of a student killed in the attack’)


RE_SPEAKS_QUOTING = LazyPattern(r" (?:said|says|added|explained|told (?:the )?(?:court|inquest|jury|tribunal|inquiry|hearing))[:,]? [“\"]")
RE_OTHER_VIEW = LazyPattern(r"\b(?:disagree\w*|disputed?|contradict\w*|rejected|however|by contrast)\b", flags=0)


def _described_named_next_sentence(text: str, sp: Span, mention: Mention, cast: Cast) -> Person | None:
    """The person the sentence right after the quotation's names, for its unnamed subject ``mention`` ("a
    consultant psychiatrist who treated her"): that sentence, in the same paragraph, opens with a full name
    new to the article under a title that fits the noun (:data:`TITLES_OF_KIND`: "Dr" for a psychiatrist, an
    office of its kind for an official), and speaks. Never a plain name (‘A neighbour said …. John Byrne
    said’), one set off as someone else (‘Mary Keane, the boy's mother, said’), nor a quotation not in the
    subject's own sentence."""
    head = description_head(mention.text)
    if head is None or sp.close_end is None or sp.open_at < mention.end \
            or _sentence_start(text, sp.para_start, mention.start) != mention.start:
        return None
    ends = [e for e in sentence_ends(text, mention.end, sp.para_end) if e >= sp.close_end]
    if not ends or any(e <= sp.open_at for e in sentence_ends(text, mention.end, sp.open_at)):
        return None  # (the quotation in the subject's own sentence, and a sentence after it)
    lo = ends[0] + len(text[ends[0]:sp.para_end]) - len(text[ends[0]:sp.para_end].lstrip())
    run = RE_NAME_RUN.match(text, lo, sp.para_end)
    if run is None or RE_AND_NAME.match(text, run.end()) or RE_LEDE_SPEAKS_AGAIN.match(text, run.end(), sp.para_end) is None:
        return None
    words = run.group().split()
    title = words[0].rstrip(".").lower()
    if title in TITLES_OF_KIND:
        fits = head in TITLES_OF_KIND[title]
        name = words[1:]
    else:
        office, name = split_title(words)
        fits = office is not None and _office_role(office) and _lede_office_fits(mention.text, head, office)
    if not fits or len(name) < 2:
        return None
    nxt = text[run.end():(sentence_ends(text, run.end(), sp.para_end) or [sp.para_end])[0]]
    if not RE_SPEAKS_QUOTING.match(nxt) or RE_OTHER_VIEW.search(nxt):
        return None  # (the one named speaks in a quotation of their own, agreeing: never ‘Dr Jonathan Leach said
        # he would record a narrative conclusion’, ‘Dr Oliver Grant told police …’, ‘Dr Peter Sayer said he disagreed’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.kind != "name" or p.placelike or p.plural or text.find(p.name.rsplit(" ", 1)[-1], 0, lo) >= 0:
        return None  # (a person new to the article)
    return p


#: A lede's described subject with its "who" clause: ‘The engineer who …’, ‘A nurse who …’.
RE_LEDE_WHO_SUBJECT = LazyPattern(r"(?:The|A|An) (\p{Ll}+(?: \p{Ll}+)?) who ")


def _lede_subject_named_for_pronoun(text: str, sp: Span, pronoun: Mention, paras: list[tuple[int, int]],
                                    cast: Cast) -> Person | None:
    """The person the paragraph after the lede names for the lede's described subject with its "who"
    clause, when the quotation's cue has "he" or "she" for that subject in the same sentence (‘The
    engineer who inspected the dam has told an inquiry he warned “…”’): the one :func:`_lede_holder`
    finds, of the pronoun's sex. Never a subject that is no one's kind (‘The dam that …’), nor one
    after words before it in the lede (‘After the vote, the man who …’), nor two sentences apart."""
    word = pronoun.text.lower()
    if word not in ("he", "she"):
        return None
    lo, hi = paras[sp.paragraph]
    dateline = RE_DATELINE.match(text, lo, hi)
    at = dateline.end() if dateline is not None else lo
    m = RE_LEDE_WHO_SUBJECT.match(text, at, hi)
    if m is None or pronoun.start < m.end() or any(text.find(end, m.end(), pronoun.start) >= 0 for end in (". ", "? ", "! ")):
        return None
    head = m.group(1).split()[-1]
    if not (head in DESCRIPTION_NOUNS or _title_noun(head)) or head in THING_NOUNS:
        return None
    sex = "m" if word == "he" else "f"
    if GENDERED_NOUNS.get(head) not in (None, sex):
        return None
    subject = Mention(m.start(), m.end(1), text[m.start():m.end(1)], "description")
    named = _lede_holder(text, sp.paragraph, subject, None, paras, cast) or _given_lede_kind_next(text, sp.paragraph, head, paras, cast)
    return named if named is not None and named.gender in (None, sex) else None


def _given_lede_kind_next(text: str, k: int, head: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person whose full name opens the paragraph after the lede (paragraph ``k``), set off with
    the lede subject's own kind ``head`` (‘Peter Moyo, a senior engineer with the firm, gave evidence’
    for ‘The engineer who …’); never one set off as another kind, nor two names joined."""
    if k + 1 >= len(paras):
        return None
    lo, hi = paras[k + 1]
    run = RE_NAME_RUN.match(text, lo, hi)
    if run is None or " " not in run.group() or RE_AND_NAME.match(text, run.end()):
        return None
    appositive = RE_APPOSITIVE_ROLE.match(text, run.end(), hi)
    if appositive is None or head not in RE_WORD.findall(appositive.group(1).lower()):
        return None
    person = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]
    return person if person is not None and person.kind == "name" else None


def _lede_holder_again(text: str, described: Person, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the paragraph after the lede names and gives its office or one of its kind (see
    :func:`_lede_holder`) for a later "the official", "the judge" that stands for the lede's
    described subject, when no one else named since holds an office of that kind (‘Kofi Asante,
    the deputy director of health services,’ may be "the official" too: no one)."""
    k = at = None
    for i, (lo, hi) in enumerate(paras[:2]):  # (the subject that opens the lede, past its dateline)
        dateline = RE_DATELINE.match(text, lo, hi)
        at = dateline.end() if dateline is not None else lo
        if text[at:at + len(described.name)].lower() == described.name.lower():
            k = i
            break
    words = text[at:at + len(described.name)] if k is not None else ""
    if k is None or not (words.split()[0] in ("A", "An", "The") or _place_owns(words.split())):
        return None
    head = description_head(words)
    if (head not in OFFICE_NOUNS and head not in LEDE_OFFICE_KINDS) or (head in SOURCE_NOUNS and words[:1] == "A"):
        return None  # (an office only, never an unnamed source: ‘A senior official of the ministry said …’)
    holder = _lede_holder(text, k, Mention(at, at + len(words), words, "description"), described, paras, cast)
    if holder is None or not any(_lede_office_fits(words, head, r) for r in cast.roles_of(holder)):
        return None  # (given that office or one of its kind: never ‘Rep.’ for ‘A senior midwife’)
    others = (q for pos, q in cast.recent if q is not holder and q.kind == "name" and pos > at)
    return None if any(_office_of_kind(head, r) for q in others for r in cast.roles_of(q)) else holder

#: A verb of reporting, before what it reports (‘said 14 people had died’).
RE_REPORTING_VERB = LazyPattern(r"\b(?:said|says|told|tells|warned|added|announced|confirmed)\b")

#: A title in lower case after its capital, opening a paragraph before a name (‘Chief executive
#: Karen Whitlock said’): the title.
RE_LOWER_TITLE_OPENING = LazyPattern(r"\s*(\p{Lu}\p{Ll}+(?: [\p{Ll}\-]+){1,2}) (?=\p{Lu})")

#: A body's name and its office in lower case opening a paragraph before a name (‘Southvale Water chief
#: executive Fiona Draycott said’): the body and the office.
#:
#: >>> RE_BODY_TITLE_OPENING.match("Southvale Water chief executive Fiona Draycott said").group(1)
#: 'Southvale Water chief executive'
LOWER_TITLE_OPENERS = frozenset("""chief deputy senior former acting executive managing general finance group
interim vice assistant lead head principal joint company""".split())

RE_BODY_TITLE_OPENING = LazyPattern(r"\s*((?:\p{Lu}[\p{L}’'\-]+ ){1,3}\p{Ll}+(?: \p{Ll}[\p{Ll}\-]+)?) (?=\p{Lu})")

#: Another name joined to a name (‘… and Deputy Secretary Mark Chen’).
RE_AND_NAME = LazyPattern(r",? (?:and|&) \p{Lu}")

#: The lede's speaker speaking again right after their name (‘Andrew Holloway told Eastmere FM's Drive
#: programme on Monday that’ after ‘The chief constable of Eastmere Police has said …’).
#:
#: >>> bool(RE_LEDE_SPEAKS_AGAIN.match(" told Eastmere FM")), bool(RE_LEDE_SPEAKS_AGAIN.match(", speaking on Monday, said"))
#: (True, True)
#: >>> bool(RE_LEDE_SPEAKS_AGAIN.match(" tolders")), bool(RE_LEDE_SPEAKS_AGAIN.match(" and police said"))
#: (False, False)
RE_LEDE_SPEAKS_AGAIN = LazyPattern(r"(?:, (?:speaking|writing|appearing|giving evidence|testifying) [^,.;“”\"]{1,60},)? (?:told|said|says|tells|wrote|writes"
                                  r"|made (?:the|these|those) (?:remarks|comments)\b"
                                  r"|(?:was |is )?(?:giving|gave) evidence|testified|(?:was|is) testifying)\b")

#: The lede's office holder come before those who question them, right after their name (‘Secretary X
#: appeared before the Community Affairs Legislation Committee on Wednesday’, ‘X appeared before MPs’):
#: speaking again, for one with no title or a head's own (:func:`_head_title`); never a court's dock.
#:
#: >>> bool(RE_LEDE_APPEARED_BEFORE.match(" appeared before the Oireachtas health committee")), bool(RE_LEDE_APPEARED_BEFORE.match(" appeared before the court"))
#: (True, False)
RE_LEDE_APPEARED_BEFORE = LazyPattern(r" appeared before (?:the |a )?(?:[\p{L}\-]+ ){0,5}?(?:committee|Committee|inquiry|Inquiry"
                                      r"|panel|hearing|estimates|MPs|TDs|senators|lawmakers)\b")


#: The lede's office holder told those who question them (‘has told TDs’, ‘told the committee’, ‘telling
#: a Senate inquiry’) or testified: the appearance the next paragraph names is theirs (guard: never a
#: lede that only ‘has said’ it).
#:
#: >>> [bool(RE_LEDE_TOLD_HEARING.search(s)) for s in ("has told MPs", "telling a Senate inquiry its", "testified Tuesday she", "has said the")]
#: [True, True, True, False]
RE_LEDE_TOLD_HEARING = LazyPattern(r"\b(?:testified|testifying)\b"
                                   r"|\b(?:told|telling) (?:the |a )?(?:[\p{L}\-]+ ){0,4}?(?:committee|Committee|inquiry|Inquiry|panel"
                                   r"|hearing|MPs|TDs|MSPs|MLAs|senators|Senators|lawmakers|legislators|peers|councillors)\b")

#: After ‘appeared before the committee’, words giving the one named another part than the lede's office.
RE_APPEARED_OTHER_ROLE = LazyPattern(r"[^.;]*?(?:\bas (?:a|an) (?:witness|representative|campaigner|critic)\b|\bon behalf of\b"
                                     r"|\brepresenting\b|\bthe same day\b|, (?:accusing|criticising|criticizing|attacking|calling)\b)")

#: In the sentence of :data:`RE_LEDE_REMARKS_AGAIN`, a sign that the remarks were made on another occasion
#: or are words of the speaker's own (‘was speaking in Tel Aviv hours later when he urged’, ‘… where he
#: said’): then the lede's remarks are not theirs.
#:
#: >>> bool(RE_REMARKS_ELSEWHERE.search("was speaking in Tel Aviv hours later when he urged")), bool(RE_REMARKS_ELSEWHERE.search("was speaking in Marsabit"))
#: (True, False)
RE_REMARKS_ELSEWHERE = LazyPattern(r"\b(?:when|where|as|and|but) (?:he|she|they) \p{Ll}+|\b(?:later|earlier|last week|last month)\b"
                                   r"|\b(?:alongside|with) (?:the|his|her)\b")

#: The lede's words named again as the remarks of the one the next paragraph names, not new words of
#: theirs (‘Yoshiro Kanemaki made the remarks at a news conference’, ‘X was speaking in Marsabit’).
#:
#: >>> bool(RE_LEDE_REMARKS_AGAIN.match(" was speaking in Marsabit")), bool(RE_LEDE_REMARKS_AGAIN.match(" said on Monday"))
#: (True, False)
RE_LEDE_REMARKS_AGAIN = LazyPattern(r" (?:made|delivered) (?:the|these|those|his|her) (?:remarks|comments)\b"
                                    r"| (?:was|is) speaking (?:at|in|to|on|during|after|before)\b")

#: A phrase of where or how opening the paragraph after a lede, before the one it names (‘In a
#: pastoral letter read at every Mass, Bishop X wrote’, ‘Speaking at the summit on Monday, X said’):
#: no name of its own before its comma; a possessive may stand in it (‘Speaking on BBC Radio Ulster’s
#: breakfast programme, X said’).
#:
#: >>> bool(RE_LEDE_NEXT_OPENING.match("Speaking on Radio Kerry’s morning show, Ann Roe said"))
#: True
#: >>> bool(RE_LEDE_NEXT_OPENING.match("Speaking on the ‘great’ show, Ann Roe said"))
#: False
RE_LEDE_NEXT_OPENING = LazyPattern(r"(?:In an? |Speaking |Writing |Addressing |Appearing |Testifying |Giving evidence )[\p{Ll}\d]"
                                   r"(?:[^,.;:“”\"‘’]|[’']s\b){0,100}?, (?=\p{Lu})")

#: The end of a lede's words before its speaker brought in by "with" and a participle of speech (‘…
#: waited 41 hours, with one senior doctor describing it as “…”’): that one is the lede's subject as
#: much as one who opens it (w75d).
#:
#: >>> bool(RE_LEDE_WITH_LEAD.search("Patients waited 41 hours last week, with ")), bool(RE_LEDE_WITH_LEAD.search("He met "))
#: (True, False)
RE_LEDE_WITH_LEAD = LazyPattern(r"[,;—–] ?with $")

#: The participle of speech right after a lede's "with" subject (‘… with one senior doctor describing
#: conditions as “…”’, ‘… with a local nurse calling it “…”’); never one doing something else (‘with
#: a doctor treating him’).
#:
#: >>> [bool(RE_LEDE_WITH_SPEAKING.match(t)) for t in (" describing conditions as", " calling it", " treating him")]
#: [True, True, False]
RE_LEDE_WITH_SPEAKING = LazyPattern(r" (?:describing|calling|saying|warning|branding|labell?ing|telling|admitting"
                                    r"|insisting|claiming|complaining)\b")

#: An office set off with no article after a name, of what it holds (‘, chief executive of the
#: Delivery Board,’, ‘, president and CEO of Northfield Foods,’): the office; never a clause (‘, speaking of’).
#:
#: >>> RE_BARE_APPOSITIVE_OFFICE.match(", chief executive of the Water Board, said").group(1)
#: 'chief executive of the Water Board'
#: >>> RE_BARE_APPOSITIVE_OFFICE.match(", speaking on behalf of the board, said") is None
#: True
RE_BARE_APPOSITIVE_OFFICE = LazyPattern(r", (\p{Ll}[\p{Ll}\-]+ (?:(?:\p{Ll}[\p{Ll}\-]+|\p{Lu}{2,4}) ){0,3}of (?:the )?\p{Lu}[^,.;:“\"\n]{1,60}),")

#: What introduces someone right after their name (‘, who worked on the unit’, ‘, 54,’, ‘, a midwife,’).
RE_INTRODUCED_AFTER = LazyPattern(r", (?:who |\d{1,3},|an? |the )")
