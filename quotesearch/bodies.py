"""Bodies as speakers: which organisation, firm, club, court, service or office says the words, told
from its kind, its name, its place and the bodies named around it.

This module keeps the body a sentence before the words opens with as its subject (_body_before), how a
subject speaks, and the readers of "the <kind>" that start from that body; the rest lives in modules
by what it decides: :mod:`quotesearch.body_names`, :mod:`quotesearch.described_people`,
:mod:`quotesearch.body_services`, :mod:`quotesearch.body_kinds`, :mod:`quotesearch.body_firms`.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import COUNTRY_LETTERS, NATIONALITY_WORDS, ONE_WORD_PLACES, SENDER_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import (
    BODY_PLURALS, BUSINESS_WORDS, FIRM_NAME_LAST_WORDS, GENERIC_BODY_NOUNS, NAME_ENDING_BODY_NOUNS, ORG_WORDS, TEAM_WORDS,
)
from quotesearch.role_words import LEADER_OFFICE_HEADS, ROLE_NOUNS
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.firms import BODY_PARTS
from quotesearch.nicknames import BODY_NOUNS, FIRM_NOUNS
from quotesearch.titles import RE_WORD_AFTER, _person_noun
from quotesearch.body_names import (
    BODY_NAME_WORDS, CONTEXT_CHARS, MEDIA_NOUNS, RE_DATELINE, RE_OF_NAME, _body_of_kind, _joined_name, _quoted_at,
    _sides_of_and, _words_open_cue_sentence,
)
from quotesearch.body_name_ends import _portfolios_end
from quotesearch.body_services import (
    BROADCAST_NOUNS, RE_PENALISED, _kind_before_letters, _other_broadcaster_before, _spelt_before,
)
from quotesearch.body_kinds import (
    BODY_PRONOUN_REACH, BODY_REACH, LETTERS_BODY_NOUNS, REGULATOR_NOUNS, RE_KIND_WORD_THEN_NAME, RE_LOWER_WORD_BEFORE,
    RE_NAME_SPOKE, RE_SAID_IMPERSONAL_IT, RE_SEMICOLON_CLAUSE, RE_SHARES_OF_FIRM, _body_fits, _body_kind,
    _clause_names_kind, _kind_word_told_otherwise, _line_express_not_firm, _same_kind,
)
from quotesearch.bodies_of_kind import (
    BODY_ENDING_REACH, LOOSE_BODY_NOUNS, RE_SET_OFF_BODY, _body_of_kind_between, _kind_called, _kind_in_title_only,
    _kind_told_before, _kinds_in_reach, _members_kind_before, _sole_body, _unnamed_kind_since,
)
from quotesearch.body_appositives import (
    ACRONYM_BODY_NOUNS, BODY_DESCRIPTION_HEADS, RE_ACCORDING_TO_BODY, RE_AT_BODY, RE_BODY_NAME_SET_OFF,
    RE_BODY_SAID_AT_END, RE_SAID_IT, RE_STATED_IT, RE_VERB_ITS, _its_own, _one_of_two, _owner_aside, _said_it_past_aside, _spoke_only,
    _thing_subject,
)
from quotesearch.body_firms import (
    FIRM_SIDE_NOUNS, RE_KIND_SAID_IT, RE_NAMED_BETWEEN, _agent_body, _body_in_own_sentence, _firm_noun_before,
    _firm_role, _known_person_word, _one_of_firms, _other_body_of_kind, _other_name_around, _other_name_since_lede,
    _other_side, _persons_quotation, _public_body_for_firm, _restated_firm, _runs_with_of, _shop_name, _spoken_for,
    _firm_held_role, _trade_lead, _unknown_firm_subject,
)
from quotesearch.described_bodies import SPEAKING_BODY_NOUNS, _described_as, _speaking_body
from quotesearch.lede_firms import _article_company, _fuller_firm_name, _lede_firm_again, _plain_firm_name, _surname_of_other
from quotesearch.main_firms import MAIN_FIRM_NOUNS
from quotesearch.sole_bodies import _sole_body_of_kind, _unnamed_kind_told
from quotesearch.kind_restated import _same_word


@functools.lru_cache(maxsize=64)
def _kind_then_name(noun: str) -> regex.Pattern:
    """A body brought in by its kind in lower case and then its name with "the", set off by nothing, as
    British reports write a campaign's or a supporters' body (‘supporters' group the Red Anchor Brigade’,
    ‘think tank the Resolution Foundation’): the name, two capitalised words at least (w65b).

    >>> _kind_then_name("group").search("Supporters' group the Red Anchor Brigade had staged a protest").group("name")
    'Red Anchor Brigade'
    >>> _kind_then_name("group").search("He told the group the Smiths had left") is None
    True
    >>> _kind_then_name("group").search("The group the council funds said") is None
    True

    Never the kind that a verb of telling has as its object, the name then the subject of what it was told
    (‘Marsh told a Senate committee the Treasury Department had been informed’, ‘The airline told its
    union the Board of Directors had rejected the offer’: the committee and the union are no such body)
    (guard, review rv65b):

    >>> _kind_then_name("committee").search("Marsh told a Senate committee the Treasury Department had been informed") is None
    True
    >>> _kind_then_name("union").search("The airline told its union the Board of Directors had said no") is None
    True
    """
    word = r"\p{Lu}[\p{L}\p{M}’'\-]*"
    return regex.compile(r"(?<![Tt]he |[Aa]n? )(?<!\b(?:told|tell|tells|telling|informed|informs|assured|assures|warned|warns|"
                         r"reminded|reminds|promised|promises|showed|shows|convinced|persuaded) (?:[\p{L}’'\-]+ ){0,3})\b"
                         + regex.escape(noun) + r" the (?P<name>" + word
                         + r"(?:(?: (?:of|for|and|&))* " + word + r")+)")


#: Prepositions after a name that :data:`FUNCTION_WORDS` leaves out: the name is the object before them, no
#: clause's subject (‘talks with the carrier Flyzen during the summer’), review rv68a.
OBJECT_LINKS = frozenset("than during against through near off via despite".split())


def _kind_word_then_name(text: str, lo: int, hi: int, noun: str, cast: Cast) -> regex.Match | None:
    """The one body of the kind "the <noun>" stands for that the sentence ``text[lo:hi]`` brings in by its kind
    and then its name (:data:`RE_KIND_WORD_THEN_NAME`, ‘after the low-cost carrier Skyvane cancelled …’); None
    when two are, or the name is a person's (‘the airline's pilot Ann Lee said’ has no such kind)."""
    found = list({m.start("name"): m for m in RE_KIND_WORD_THEN_NAME.finditer(text, lo, hi, overlapped=True)
                  if _same_kind(m.group("kind"), noun)}.values())  # (overlapped: ‘in the terminal after the … carrier X’)
    if len(found) != 1 or found[0].group("clause") is None:
        return None  # (never one of two: ‘the budget carrier X and the regional carrier Y dropped the route’)
    name, clause = found[0].group("name"), found[0].group("clause").strip()
    if clause in FUNCTION_WORDS or clause in OBJECT_LINKS or name.endswith(("'s", "’s", "s'", "s’")):
        return None  # (a preposition's object, no clause of its own: ‘in talks with the low-cost carrier Flyzen about
        # a codeshare’; nor a possessive, whose clause is its chief's: ‘the airline Ryanline's chief executive
        # cancelled’, review rv68a)
    first, last = name.split()[0], name.split()[-1]
    if gender_of(first) is not None or cast.knows(last.lower()) or first in WEEKDAY_NAMES or first in MONTH_NAMES:
        return None  # (a person's name, or a date's: ‘the airline's pilot Ann Lee said’, ‘the agency Monday announced’)
    return found[0]


def _board_of_firm(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm whose board "the board" is, when no body called a board is named: the one "the
    company" would stand for there (‘Meranti Foods, whose shares were suspended, said its chief had
    quit. The board said it would “…”’). The caller's check that no other board is told of nearby
    (‘its board of directors’, ‘a review board’) still holds."""
    if noun != "board":
        return None
    body = _body_before(text, at, "company", sp, paras, cast)
    return body if body is not None and not _body_of_kind(body.name.split(), "agency") else None


def _body_ending_in_kind(text: str, said_by: list[str], how: str, mention: Mention, sp: Span,
                         paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body "the center" or "the centre" stands for: the one that spoke just before, when its
    name ends with that kind (‘The National Hurricane Center said Delphine had strengthened. “…,”
    the center said’); never a person of that trade (‘Okoro, the Hawks' center,’) nor a body of
    another name (‘Ridgeview Hospital said …. “…,” the center said’): those stay as written. Failing that,
    the one body of the kind the article names, when it tells of it by its name's words too
    (:func:`_kind_told_by_name_words`)."""
    if how != "description" or len(said_by) != 2 or said_by[0].lower() != "the" \
            or (noun := said_by[1]) not in NAME_ENDING_BODY_NOUNS:
        return None
    body = _body_before(text, mention.start, noun, sp, paras, cast)
    if body is None and (sole := _sole_body_of_kind(text, mention.start, noun, cast)) is not None \
            and _kind_told_by_name_words(text, mention.start, noun, sole.name) \
            and not _unnamed_kind_told(text, mention.start, noun, cast):
        body = sole  # (the one body the article names so, further back, and tells of in lower case by its name's
        # words: ‘The national ethics panel refused …. It had asked the Harlow Ethics Panel to …. In its ruling, the
        # panel said’; never one named in passing, ‘judged by the Tasting Panel’, w127n)
    if body is None or body.name.split()[-1].lower() != noun or not _body_fits(text, mention, noun, body):
        return None
    return body


def _kind_told_by_name_words(text: str, at: int, noun: str, name: str) -> bool:
    """The text tells of the kind before ``at`` in lower case, after "the" and a word of the body's ``name``
    (‘the national bioethics panel’ for the Bioethics Advisory Panel): the story is about that body (w127n).

    >>> _kind_told_by_name_words("The national bioethics panel met.", 30, "panel", "the Bioethics Advisory Panel")
    True
    >>> _kind_told_by_name_words("The debate panel met.", 20, "panel", "the Tasting Panel")
    False
    """
    words = [w for w in name.split()[:-1] if w.lower() not in FUNCTION_WORDS]
    told = regex.finditer(rf"\b[Tt]he ((?:\p{{Ll}}[\p{{L}}\-]* ){{1,3}}){regex.escape(noun)}\b", text, endpos=at)
    return any(_same_word(q, w) for m in told for q in m.group(1).split() for w in words)


def _body_behind_its_pronoun(text: str, found: Found, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body named before that the "the <kind>" a pronoun was resolved to stands for: ‘The National
    Tenants Alliance said …. The group has long argued that …; the rise, it said, “…”’ is the Alliance's,
    never "the group"; as "the group said" would be (``_body_before``, ``_body_fits``)."""
    person = found.person
    if person is None or person.kind != "description" or found.mention is None \
            or (kind := _body_kind(person.name.split(), "description")) is None:
        return None
    lo = max(0, found.mention.start - BODY_PRONOUN_REACH)
    at = text.lower().rfind(person.name.lower(), lo, found.mention.start)
    if at < 0:
        return None
    said = Mention(at, at + len(person.name), text[at:at + len(person.name)], "description")
    body = _body_before(text, at, kind, sp, paras, cast)
    return body if body is not None and _body_fits(text, said, kind, body) else None


def _kind_set_off_before_name(text: str, m: Mention, noun: str) -> bool:
    """The article wrote ``m``'s name before, set off after "the <noun>" (‘the store, Northside Kicks on Bay
    Street’): the name is a body of that kind, whatever its words are.

    >>> t = "It went to the store, Northside Kicks on Bay Street. Northside Kicks cancelled it."
    >>> m = Mention(t.rindex("Northside"), t.rindex("Northside") + 15, "Northside Kicks", "name")
    >>> _kind_set_off_before_name(t, m, "store"), _kind_set_off_before_name(t, m, "brewery")
    (True, False)
    """
    return regex.search(rf"\b[Tt]he {regex.escape(noun)}, {regex.escape(m.text)}\b", text, endpos=m.start) is not None


#: Last words of a body's full name that make it no firm "the company" can stand for: a university, a
#: club (‘Merrow said …. “…,” the company said’ is never Merrow University).
#:
#: >>> "university" in NOT_FIRM_SHORT_ENDS, "ai" in NOT_FIRM_SHORT_ENDS
#: (True, False)
NOT_FIRM_SHORT_ENDS = wordset("university college school hospital council") | TEAM_WORDS


def _body_before(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                 restated: bool = False) -> Person | None:
    """The body of :func:`_body_before_as_written`, by the fullest name the article gives it: a firm's
    short form found as the subject before (‘Hollis said …. “…,” the company said’) is the one fuller
    name that opens with it (Hollis Learning, :meth:`~quotesearch.cast_bodies.CastBodies.short_body`),
    as when the short form speaks itself (w133i)."""
    body = _body_before_as_written(text, at, noun, sp, paras, cast, restated)
    if body is not None and body.kind == "organisation" and " " not in body.name \
            and (full := cast.short_body([body.name])) is not None:
        return Person(full, kind="organisation")
    return body


def _body_before_as_written(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                            restated: bool = False) -> Person | None:
    """The body that one of the two sentences before ``at`` opens with as its subject, for "the
    firm" or "the agency" at a cue: ‘Voltara recalled 86,000 cars. The firm said …’, ‘The Public
    Health Agency of Sweden will review its advice. In a statement, the agency said’; when those
    sentences open with no name at all, the one body of that kind the article has named, not
    long before (‘The Office of Banking Conduct fined Carrow Federal Bank. … Carrow charged
    customers improper fees. “…,” the agency said’). None when a subject is a person ("Smith
    joined Google. The company said …"), another body, or no body of the kind is known. A subject
    that is the same firm again by where it is based (‘The Berlin-based company, which …, said’)
    is looked past once (``restated``) to the firm named before it."""
    k = sp.paragraph
    while k > 0 and paras[k][0] > at:
        k -= 1  # (the cue's paragraph, before the words': ‘… The coalition wrote:’ / ‘“…”’)
    lo = paras[k][0]
    if k > 0 and (not sentence_ends(text, lo, at) or _words_open_cue_sentence(text, sp, lo, at)):
        lo = paras[k - 1][0]  # (the cue's sentence opens its paragraph, or only the words of several
        # sentences it closes do: ‘“… protection. The economics are clear …,” the agency said’)
    lo = max(lo, at - CONTEXT_CHARS)
    ends = [e for e in sentence_ends(text, lo, at) if not sp.open_at < e < (sp.close_end or sp.end)]
    sentences = [(x, y) for x, y in zip([lo, *ends], ends) if text[x:y].strip()]
    if k >= 2 and lo == paras[k - 1][0] and noun in FIRM_NOUNS and sentences \
            and all(_persons_quotation(text, x, y, cast) for x, y in sentences):
        # a paragraph that is only someone's quotation between the firm's and the cue's (‘… Vitalis
        # Digital said …. / “…,” Chief Executive Jana Kessler said. / The company said …’): looked past
        lo = max(paras[k - 2][0], at - CONTEXT_CHARS)
        ends = sentence_ends(text, lo, at)
        sentences = [(x, y) for x, y in zip([lo, *ends], ends)
                     if text[x:y].strip() and not _persons_quotation(text, x, y, cast)]
    if not restated and (own := _body_in_own_sentence(text, at, noun, paras[k][0], cast)) is not None:
        return own  # ‘… a care home run by Heather Care Group, until she was dismissed for what the company
        # described as “…”’
    told_otherwise = _kind_word_told_otherwise(text, noun, at)  # (the same for every sentence)
    reach = 2
    if sentences and (clause := RE_SEMICOLON_CLAUSE.search(text, *sentences[-1])) is not None \
            and clause.end() < sentences[-1][1] and _clause_names_kind(text, clause.end(), sentences[-1][1], noun):
        x, y = sentences[-1]  # the sentence right before in two: its clause after a semicolon has its own subject,
        sentences = [*sentences[:-1], (x, clause.start() + 1), (clause.end(), y)]  # the nearer (‘Travel is
        reach = 3  # dear; the Arden Sailing Foundation pays for some of it. The foundation said …’) (w59b)
    for s_lo, s_hi in reversed(sentences[-reach:]):
        if text[s_lo:s_hi].lstrip().startswith(("“", '"')) and s_hi >= at:
            continue  # (the cue's own sentence opening with the words: its subject is the quotation's)
        if (dateline := RE_DATELINE.match(text, s_lo, s_hi)) is not None:
            s_lo = dateline.end()  # (past a dateline: ‘CONCORD — The Fish and Game Agency on Friday closed the
            # lake. “…,” the agency said’ is the whole body, never "Game Agency")
        if (called := _kind_called(noun).search(text, s_lo, s_hi)) is not None \
                and _unnamed_kind_since(text, called.end(), at, noun) is None:
            return Person(called.group("name"), kind="organisation")  # a body brought in by its kind and the
            # name it goes by: ‘… claimed by a group calling itself BlackMoth. The group said’
        if (named := _kind_then_name(noun).search(text, s_lo, s_hi)) is not None \
                and _unnamed_kind_since(text, named.end(), s_hi, noun) is None:
            return Person("the " + named.group("name"), kind="organisation")  # its kind, then its name: ‘Supporters'
            # group the Red Anchor Brigade staged a protest. … A spokesperson for the group said’ (w65b)
        if (s_lo, s_hi) == sentences[-1] and (kinded := _kind_word_then_name(text, s_lo, s_hi, noun, cast)) is not None \
                and _unnamed_kind_since(text, kinded.end(), at, noun) is None:
            return Person(kinded.group("name"), kind="organisation")  # its kind and its name inside the sentence right
            # before, the name the subject of its own clause: ‘… stranded after the Irish low-cost carrier Skyvane
            # cancelled six flights. / The airline said …’ (w68a)
        toks = tokenize(text, s_lo, s_hi)
        source = RE_ACCORDING_TO_BODY.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun):
            return Person(source.group(1), kind="organisation")  # the source a sentence before gave: ‘…,
            # according to the Pine Valley Police Department. “…,” the department said’
        source = RE_BODY_SAID_AT_END.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun) \
                and not cast.knows(source.group(1).split()[-1].lower()):
            return Person(source.group(1), kind="organisation")  # or its speaker after the words: ‘Police
            # used water cannon, the Interior Ministry said. / “…,” the ministry said in a statement’
        if (s_lo, s_hi) == sentences[-1] and noun in FIRM_NOUNS \
                and (shares := RE_SHARES_OF_FIRM.match(text, s_lo, s_hi)) is not None \
                and not _known_person_word(shares.group(1).split()[-1], cast) \
                and not _body_of_kind_between(text, sentences[0][0], at, noun, cast, shares.group(1)):
            return Person(shares.group(1), kind="organisation")  # the firm whose shares the sentence right before
            # opens with: ‘Shares of Brightwater Plastics fell 2% on the news. The company said …’ (never with
            # another of the kind named just before: ‘X, a fund house, raised its stake in Y. Shares of Y rose. …
            # the fund house said’) (w63a)
        m = sentence_subject(text, toks, lambda w: True)
        if (s_lo, s_hi) == sentences[-1] and _thing_subject(m, cast) \
                and (agent := _agent_body(text, s_lo, s_hi, noun, cast)) is not None \
                and not _body_of_kind_between(text, s_lo, at, noun, cast, agent.name):
            return agent  # the firm by whom the thing the sentence right before opens with is done: ‘Housing on the
            # base is maintained by Pacific Shore Housing Services …. In a statement, the company said’, ‘A poll
            # of 600 voters conducted by Lakeside Analytics found …. The firm said’
        if m is None and (s_lo, s_hi) == sentences[-1] and (letters := RE_LETTERS_OPEN.match(text, s_lo, s_hi)) is not None:
            m = Mention(letters.start(1), letters.end(1), letters.group(1), "name")  # a body's long letters, which the
            # name reader leaves to headlines, opening the sentence in lower case: ‘UNICEF warned of …’ (w66d)
        if m is None or m.kind == "pronoun" or _quoted_at(cast, m.start):
            continue  # (nor a subject inside another's words: ‘“I ended up in the ER …,” Boyd said. / … the
            # department said’ is never the ER's; w75d)
        if m.kind == "description" and description_head(m.text) in BODY_NOUNS | BODY_DESCRIPTION_HEADS \
                and (named := RE_BODY_NAME_SET_OFF.match(text, m.end, s_hi)) is not None \
                and _body_of_kind(named.group(2).split(), noun) and RE_SUBJECT_SPOKE.match(text, named.end(), s_hi):
            return Person((named.group(1) or "") + named.group(2), kind="organisation")  # a body described, its name set
            # off after: ‘A local civic group, the Dunmore Water Action Committee, said …. “…,” the committee said’
        if m.kind == "description" and m.text.lower() == "the " + noun \
                and (named := RE_BODY_NAME_SET_OFF.match(text, m.end, s_hi)) is not None \
                and gender_of(named.group(2).split()[0]) is None \
                and not cast.knows(named.group(2).split()[-1].rstrip(".").lower()) \
                and named.group(2).split()[0] not in WEEKDAY_NAMES and named.group(2).split()[0] not in MONTH_NAMES \
                and RE_LOWER_WORD_NEXT.match(text, named.end(), s_hi):
            return Person((named.group(1) or "") + named.group(2), kind="organisation")  # the kind itself, its name set
            # off after, whatever it did: ‘The group, Harbour Watch, surveyed 40 towns. …, the group said’ (w66d);
            # never a day set off (‘The company, Tuesday, confirmed …’), nor the first of a list (‘The committee,
            # Labour, Conservative and Green members alike, backed …’) (review rv66d)
        if m.kind in ("name", "organisation") and (s_lo, s_hi) == sentences[-1] \
                and (again := _lede_firm_again(text, m, noun, paras, cast)) is not None:
            return again  # the lede's firm, the subject of the sentence right before: ‘Paystride currently has
            # 140 employees. The company said …’ (whatever other firm the story told of before)
        if m.kind == "name" and m.text.isupper() and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and (spelt := _spelt_before(text, m.text, m.start)) is not None and _body_of_kind(spelt.split(), noun):
            return Person(spelt, kind="organisation")  # a body by the letters the article gave it: ‘Athletics
            # Kenya (AK) has suspended …. AK said …. “…,” the federation said’
        if (s_lo, s_hi) == sentences[-1] and _public_letters_spoke(text, m, s_hi, noun, at, cast):
            return Person(m.text, kind="organisation")  # ‘In a statement, ICE said …. “…,” the agency said’
        if m.kind == "name" and _kind_in_title_only(m.text.split(), noun):
            continue  # a person with an office, never the body: ‘Chief Financial Officer Grace Lim described …’
        if m.kind == "name" and (part := RE_WORD_AFTER.match(text, m.end, s_hi)) is not None and part.group(1) in BODY_PARTS:
            continue  # a part of the body, never the body that speaks: ‘Lotus shares fell 3 per cent.’
        if (m.kind == "name" or (m.kind == "organisation" and not m.text.lower().startswith("the "))) \
                and (text[max(0, m.start - len(noun) - 1):m.start].lower() == noun + " "
                     or _members_kind_before(text, m, noun)
                     or (m.kind == "name" and (kind_word := RE_LOWER_WORD_BEFORE.search(text, max(0, m.start - 24), m.start)) is not None
                         and _same_kind(kind_word.group(1), noun) and gender_of(m.text.split()[0]) is None)):
            return Person(m.text, kind="organisation")  # its kind right before it: ‘The cable news network TNX’ (a
            # body's name with its remit too: ‘The group Daughters of the Harbour organised …. The group said’)
        if m.kind in ("name", "organisation") and (" " not in m.text or m.kind == "organisation" or is_organisation(m.text.split())
                                                   or _shop_name(m.text.split())) \
                and _described_as(text, m.end, noun, s_hi, told_otherwise) \
                and not _one_of_two(text, m.end):
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # ‘Northjet, a budget airline based in Leeds,’, ‘The Northern Liberation Front, a rebel group,’
        if m.kind == "name" and noun in FIRM_NOUNS and _firm_noun_before(text, s_lo, m.start) \
                and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled or cast.roles_of(known))):
            return Person(m.text, kind="organisation")  # a firm's kind right before its name, opening the
            # sentence: ‘German health app maker Vitalis Digital said …. “…,” the company said’ (never
            # one with a given name or the article's person: ‘Startup founder Ann Lee said’ has no kind)
        if m.kind == "description" and not restated and _restated_firm(m.text, noun):
            earlier = _body_before(text, m.start, noun, sp, paras, cast, restated=True)
            if earlier is None and (lede := _article_company(text, m.start, noun, paras, cast)) is not None \
                    and not _other_name_since_lede(text, lede.name, m.start, cast):
                earlier = lede  # (or the lede's firm it restates, w75c; never past another name, rv75c)
            if earlier is not None:
                return earlier  # ‘Vitalis Digital said …. / The Berlin-based company, which …, said …. /
                # The company said …’: the firm named before its restatement
        if m.kind == "description" and (spoke_for := _spoken_for(m.text)) is not None \
                and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and _speaking_body(spoke_for, noun, cast, text, at) and not _other_body_of_kind(text, at, noun, cast, spoke_for) \
                and not any(r.group() not in spoke_for for r in RE_NAMED_BETWEEN.finditer(text, m.end, at)) \
                and not _kind_told_before(text, at, noun, m.start):
            return Person(spoke_for, kind="organisation")  # the body its spokesperson spoke for: ‘A spokesperson
            # for Harbourview Rentals said …. The company added: “…”’
        if m.kind == "name" and m.role is not None and (m.role.lower().split()[-1] == noun or (
                noun in REGULATOR_NOUNS and m.role.lower().split()[-1] in REGULATOR_NOUNS
                and not told_otherwise)) \
                and not any(w in FUNCTION_WORDS for w in m.role.lower().split()):  # (never ‘a critic of the bank’)
            return Person(m.text, kind="organisation")  # its kind before it: ‘Aid group Coastal Lifeline said’
        if m.kind == "name" and m.role is not None and noun in FIRM_NOUNS and _firm_role(m.role) \
                and " " in m.text and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled
                             or any(not _firm_role(r) for r in cast.roles_of(known)))):
            return Person(m.text, kind="organisation")  # a firm's trade set off before it: ‘The developer, Calder
            # Park Homes, said …. “…,” the company said’ (never one with a given name: ‘The builder, Tom Reed,’)
        if m.kind == "name" and _kind_set_off_before_name(text, m, noun) and gender_of(m.text.split()[0]) is None \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled)):
            return Person(m.text, kind="organisation")  # the subject of the sentence right before, which the
            # article set off after its kind: ‘… allocated to the store, Northside Kicks on Bay Street. / Northside
            # Kicks cancelled the release. … the store said’ (w71a)
        said_it = stated = False
        if m.kind == "name" and noun not in ("team", "club") and gender_of(m.text.split()[0]) is None \
                and not m.text.isupper() and m.text.lower() not in ONE_WORD_PLACES and m.text not in TWO_WORD_PLACES \
                and (RE_VERB_ITS.match(text, m.end, s_hi) is not None or (
                    ((said_it := RE_SAID_IT.match(text, m.end, s_hi) is not None or _said_it_past_aside(text, m.end, s_hi)) or (
                        _its_own(text, m.start, m.end, s_hi) and not _other_body_of_kind(text, at, noun, cast, m.text))
                     or (stated := RE_STATED_IT.match(text, m.end, s_hi) is not None
                         and not _other_body_of_kind(text, at, noun, cast, m.text)
                         and not _surname_of_other(m.text.split()[-1], m.text, cast)))
                    # (‘Corvanta said it would …’: a firm's
                    # name of one word, or a firm's name of its kind; never a person, a capital standing for
                    # its government, "Moscow said it …. “…,” the ministry said", or another kind of body)
                    and BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())
                    and ((" " not in m.text and "." not in m.text) or _body_of_kind(m.text.split(), noun)
                         or (stated and noun in MAIN_FIRM_NOUNS and _plain_firm_name(m.text, cast))))) \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.personlike or cast.roles_of(known)) or ((said_it or (stated and " " not in known.name)) and _spoke_only(known, cast))):
            # (with RE_STATED_IT, any person the article knows by a name of two words or more is refused, even one
            # who only spoke: ‘The shop is run by Sam Orr … Orr said in a statement that it accepted …’ is no firm;
            # only a speaker known by that one word alone may be the firm, ‘Brightpath said it "rejects" …’, w98c guard)
            # (a name of one word that speaks of itself as "it" may have spoken, and be no person for that:
            # ‘Voltaris, a joint venture …, said it was “disappointed”’)
            # (never a dateline's "OSLO —", nor a person the article knows: "Mehta said its findings",
            # "Trump visited its assembly line"; nor a country or a state, "China raised its tariffs",
            # "South Korea", "New Mexico")
            # what it did with "its": ‘MidSouth LifeFlight grounded its fleet. “…,” the company said’
            # (never a person's "his" or "her"), by the firm's fuller name when the article gives one
            return Person(" " not in m.text and (cast.company(m.text) or (stated and _fuller_firm_name(m.text, cast)))
                          or m.text, kind="organisation")
        if m.kind == "name" and " " not in m.text and (company := cast.company(m.text)) is not None \
                and (_body_of_kind(company.split(), noun) or BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())):
            return Person(company, kind="organisation")  # a firm by its first word: ‘… a chip made by Kestrel
            # Microsystems. Kestrel did not respond …. “…,” the company said’
        if m.kind == "name" and " " in m.text and gender_of(m.text.split()[0]) is None \
                and (company := cast.company(m.text.split()[0])) is not None and company.startswith(m.text + " ") \
                and _body_of_kind(company.split(), noun) and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None:
            return Person(company, kind="organisation")  # a firm by the first words of its full name, speaking:
            # ‘Eastwell Shipping Holdings owns the yard …. Eastwell Shipping said in a statement …. “…,” the company said’
        if (m.kind in ("name", "organisation") or (m.kind == "description" and m.text.startswith("The ")
                                                   and all(w[:1].isupper() for w in m.text.split()[1:]))) \
                and noun in SPEAKING_BODY_NOUNS \
                and (RE_WHICH_ACTED.match(text, m.end, s_hi) is not None or (
                    # (a loose body, or a firm named by one word, no place's, that denied something: ‘Zipvane
                    # rejected the accusations. In a statement, the company said’)
                    (noun in LOOSE_BODY_NOUNS or (noun in FIRM_NOUNS and " " not in m.text and m.kind == "name"
                                                 and m.text.lower() not in ONE_WORD_PLACES and m.text.lower() not in SENDER_PLACES
                                                 and not _other_name_around(text, m, at)))
                    and RE_SUBJECT_DENIED.match(text, m.end, s_hi) is not None) or (
                    (spoke := RE_SUBJECT_SPOKE.match(text, m.end, s_hi)) is not None
                    and not any(w.strip(",’'s").lower() in ROLE_NOUNS for w in (spoke.group(1) or "").split()))) \
                and _speaking_body(m.text, noun, cast, text, at) \
                and not _other_body_of_kind(text, at, noun, cast, m.text, _owner_aside(text, m.end, s_hi)) \
                and not _kind_told_before(text, at, noun, m.start):
            # (never one with a person's role set off, ‘Ferreira, the group's chief executive, said’, nor
            # with another of the kind named before, ‘Regulators fined Verano Energy …. Ofgem said …. “…,”
            # the company said’)
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # the body that spoke just before, by its kind: ‘Amnesty International said in a statement
            # that …. “…,” the group said’
        if m.kind in ("name", "organisation") and noun in SPEAKING_BODY_NOUNS and (s_lo, s_hi) == sentences[-1] \
                and RE_SUBJECT_LABELLED.match(text, m.end, s_hi) is not None and _speaking_body(m.text, noun, cast, text, at) \
                and not _body_of_kind_between(text, m.end, at, noun, cast, m.text) \
                and not _kind_told_before(text, at, noun, m.start):
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # the body that put words in marks in the sentence right before, with none of its kind named since:
            # ‘The Houthis, in a message posted by their spokesman, …, dismissed the plan as “…” The group said
            # it would …’ (a committee named paragraphs before is no nearer)
        if m.kind == "name" and (unlabelled := _unlabelled_body(text, m, s_hi, at, noun, cast, sentences[0][0])) is not None:
            return unlabelled  # ‘Uisce Éireann said it had …. “…,” the utility said’
        if m.kind == "description" and description_head(m.text) == noun and " " in m.text \
                and any(w[:1].isupper() for w in m.text.split()[1:]) and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None:
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # (its kind with its owner or remit: ‘Iran's mission to the United Nations said …. “…,” the mission said’)
        if m.kind == "name" and (s_lo, s_hi) == sentences[-1] and not is_organisation(m.text.split()) \
                and not _body_of_kind(m.text.split(), noun) and _unknown_firm_subject(text, m, noun, cast) \
                and not _line_express_not_firm(text, m):
            if m.text.split()[-1].lower() in FIRM_NAME_LAST_WORDS:
                return Person(m.text, kind="organisation")  # the firm the sentence right before opens with:
                # ‘Pacifica Container Line struck a more cautious tone. The company said’
            return None  # (a name no list knows opens the sentence right before: "the company" may be it, never
            # surely a firm named further back, such as a column's name in the headline)
        if m.kind == "name" and not is_organisation(m.text.split()) and not _body_of_kind(m.text.split(), noun) \
                and not cast.knows(m.text.split()[-1].rstrip(".").lower()):
            if (full := cast.short_body(m.text.split())) is not None and (_body_of_kind(full.split(), noun) or (
                    noun in FIRM_NOUNS and full.split()[-1].lower() not in NOT_FIRM_SHORT_ENDS)):
                return Person(full, kind="organisation")  # a body's short form that speaks, its full name written
                # elsewhere: ‘Brantwood said in a statement …. “…,” the company said’ is Brantwood AI (review rv_w104a)
            continue  # a capitalised word the article names no one by ("Carrow charged …", "According to …")
        words = m.text.split()
        if m.kind == "description" and len(words) == 2 and (words[1].lower() == noun or (
                words[1].lower() in FIRM_NOUNS and noun in FIRM_NOUNS)):
            continue  # ("The airline said …": the same body again, named before; "The biotech said …. “…,”
            # the company said")
        if m.kind == "description" and (description_head(m.text) in DOCUMENT_NOUNS or description_head(m.text) in MEDIA_NOUNS):
            continue  # a thing the story is about (‘The videos circulated widely.’): no one who speaks
            # (but a body described, ‘A supplier in Ohio … said’, is another body)
        if m.kind == "description" and description_head(m.text) == noun and text.startswith(", ", m.end) \
                and (run := RE_SET_OFF_BODY.match(text, m.end + 2)) is not None:
            return Person(run.group(1), kind="organisation")  # its name set off after its very kind: ‘A student
            # group, Harwood Students for Accountability, celebrated …. “…,” the group posted’
        if m.kind == "description" and text.startswith(", ", m.end) \
                and (run := RE_NAME_RUN.match(text, m.end + 2)) is not None and text.startswith(",", run.end()) \
                and _body_of_kind(run.group().split(), noun):
            return Person(run.group(), kind="organisation")  # its name set off: ‘The manufacturer, Norcastle
            # Pharmaceuticals, said …. “…,” the company said’
        if m.kind == "organisation" and len(words) == 2 and words[1].isupper() and 1 < len(words[1]) < 7 \
                and "." not in words[1] and words[1] not in COUNTRY_LETTERS \
                and (noun in ACRONYM_BODY_NOUNS or (noun == "union" and "U" in words[1] and not words[1].startswith("US"))) \
                and not text.startswith(" and ", m.end):  # (one of two: "The NIH and the CDC"; a union's
            # letters hold its U, "The NUM", "The UAW", never "The NFL", "The BBC")
            return Person(m.text if m.text[0] == "t" else "the" + m.text[3:], kind="organisation")  # ‘The CDC said
            # …. “…,” the agency said’ (a public body's letters; a company's, "GM", tell no kind)
        if m.kind == "description" and len(words) > 2 and words[0] in ("The", "the") and words[-1].lower() == noun \
                and all(w[:1].isupper() for w in words[1:-1]):
            return Person("the " + " ".join(words[1:]), kind="organisation")  # a name and its kind: ‘The
            # Coordination Rurale union was unimpressed. “…,” the union said’
        if m.kind == "description" and (head_ := description_head(m.text)) not in BODY_NOUNS \
                and head_ is not None and _person_noun(head_) and m.text.split()[0].lower() not in ("the", "a", "an"):
            at_body = RE_AT_BODY.match(text, m.end, s_hi)
            if at_body is not None and _body_of_kind(at_body.group(1).split(), noun):
                # (the body they belong to, when it is of the kind: ‘Engineers at rival Hexon
                # Industries said …. “…,” the company said’), in full, as written: ‘Members of the
                # National Union of Rail Workers will walk out’
                of = RE_OF_NAME.match(text, at_body.end(1), s_hi)
                name = text[at_body.start(1):of.end() if of is not None else at_body.end(1)]
                the = at_body.group().endswith(" the " + at_body.group(1))
                return Person(("the " if the else "") + name, kind="organisation")
            continue  # people of the body or around it: ‘Students at Halvorsen University protested.’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and words[1] in THING_NOUNS and words[1] not in BODY_NOUNS and words[1] != noun:
            continue  # a body of another kind, never this one: ‘The zoo will pay $1 million a year to the
            # foundation. In a statement, the foundation said’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and _other_side(words[1], noun):
            if _kinds_in_reach(text, at, noun, cast) > 1:
                return None  # (and two of the kind named: no telling which)
            continue  # a firm when a union, a regulator or a ministry speaks, or one of those when a firm
            # does: ‘The union has given Kgalagadi Platinum until Friday. The company says it cannot afford
            # more. “…,” the union said’
        if m.kind == "description" and noun in FIRM_SIDE_NOUNS and (one := _one_of_firms(text, m, s_hi, cast)) is not None:
            return one  # ‘One of the sanctioned firms, Dubai-based Corvex Shipping, said it had …. “…,” the company said’
        if m.kind == "description" and m.text.rsplit(" ", 1)[-1].lower() in BODY_PLURALS:
            continue  # bodies in the plural, acting on one: ‘Regulators fined Crestline Energy …. The company said’
        if m.kind == "description" and " " not in m.text and m.text.islower() and m.text.endswith("s") \
                and m.text[:-1] not in BODY_NOUNS and RE_AT_BODY.match(text, m.end, s_hi) is None:
            continue  # people or things in the plural, never one body: ‘Crews will inspect every line.’
        if m.kind == "description" and not (words[0] == "The" and all(w[:1].isupper() for w in words[1:])) \
                and not _joined_name(words):
            return None  # (but ‘The National Highway Safety Bureau’, ‘Pacific Gas and Electric’ are names)
        if m.kind == "description" and "and" in words \
                and any(len(side) > 1 and _body_of_kind(side, noun) for side in _sides_of_and(words)):
            return None  # (two bodies of the kind: ‘Castlegate Bank and Rift Valley Commercial Bank both raised …’,
            # ‘Barclays and Lloyds Bank’)
        of_kind = _body_of_kind(words, noun)
        if m.kind == "name" and m.role is not None and noun not in FIRM_NOUNS and (s_lo, s_hi) != sentences[-1] \
                and paras[k][0] > s_hi and not of_kind \
                and not any(_body_of_kind(whole, noun) for _, whole in _runs_with_of(text, s_lo, s_hi)):
            continue  # a person with an office, in a paragraph before the cue's, whose sentence names no body of the
            # kind: looked past (‘The National Medicines Agency approved the pill. … / Haverly Chief Executive Brian
            # Colter told Meridian Wire …. “…,” he said. / The approval carries a warning, and the agency said …’)
        if m.kind == "name" and m.role is not None and (s_lo, s_hi) == sentences[-1] \
                and (employer := _employer_in_role(m.role, noun)) is not None \
                and not _body_of_kind_between(text, m.end, at, noun, cast, employer) \
                and regex.compile(rf"\b{regex.escape(noun)}\b", regex.I).search(text, m.end, s_hi) is None:
            return Person(employer, kind="organisation")  # the body whose officer the sentence right before opens
            # with, of the kind: ‘Saltmarsh Port Company boss Richard Vane said …. In a statement the firm added’;
            # never when the sentence tells of another of the kind by its word (‘Marlow Rovers midfielder Sam Hale
            # was barred from Oakridge golf club …. The club said’) (w117b)
        if m.kind == "name" and not (is_organisation(words) or (len(words) > 1 and of_kind)):
            return None  # (a body's name: never "Smith joined Google. The company said", nor letters,
            # "NASA delayed the launch after SpaceX found a leak. … the company said")
        if m.kind == "organisation" and (s_lo, s_hi) == sentences[-1] and not of_kind \
                and (branch := RE_BRANCH_OF_BODY.match(text, m.end, s_hi)) is not None \
                and noun in BRANCH_KIND_NOUNS:
            return Person("the" + m.text[3:] + branch.group() if m.text.startswith("The ") else m.text + branch.group(),
                          kind="organisation")  # a body's branch by its place, the subject of the sentence right
            # before: ‘The Dunmore chapter of the Civil Liberties Union called on …. “…,” the group said’ (w136f)
        if not of_kind:
            return None  # (a name of that kind of body: never "Acme Corp said …. “…,” the council said")
        if any(_body_of_kind(run, noun) and not _public_body_for_firm(whole, noun)
               for run, whole in _runs_with_of(text, m.end, s_hi)):
            return None  # (one of two: "Hexon Industries won the contract over Voltara Motors"; but a public
            # body that acts on the firm is none of its kind: ‘Kestrel Air grounded its jets after the Directorate
            # General of Civil Aviation ordered checks’)
        end = m.end
        if (tail := RE_PLURAL_OWNER_TAIL.match(text, end)) is not None:
            end = tail.end()  # (a name the mention cut at a plural's apostrophe: ‘the Federation of Workers'
            # Unions of South Africa’ is never ‘the Federation of Workers'’)
        of = RE_OF_NAME.match(text, end)
        if of is not None:
            end = of.end()  # "The Public Health Agency of Sweden"
        end = _portfolios_end(text, m.text if of is None else text[m.start:end], end)
        name = text[m.start:end]
        if " " not in name or name.isupper():
            return None  # (a body's word alone, "Commission", names no body; a heading in capitals,
            # "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY …", is no body's name)
        if text[max(0, m.start - 4):m.start].lower() == "the ":
            name = "the " + name  # ("the State Department")
        return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")
    return _sole_body(text, at, noun, cast, max(0, at - BODY_ENDING_REACH))


#: The rest of a body's name after a word of it that ends in a plural's apostrophe (‘Workers'’, ‘Nurses’’),
#: where a name's words read as a mention end: its capitalised words up to the next in lower case, never
#: a day's or a month's name (w136f).
#:
#: >>> RE_PLURAL_OWNER_TAIL.match("The Federation of Workers' Unions of South Africa said", 26).group()
#: ' Unions'
#: >>> RE_PLURAL_OWNER_TAIL.match("The Nurses' Monday rally", 11) is None, RE_PLURAL_OWNER_TAIL.match("The Nurses' pay", 11) is None
#: (True, True)
RE_PLURAL_OWNER_TAIL = LazyPattern(r"(?<=\p{Lu}\p{L}+s['’]) (?!(?:" + "|".join(sorted(set(MONTH_NAMES) | WEEKDAY_NAMES)) + r")\b)"
                                   r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}(?![\p{L}’'])")


#: A body's branch after the place that names it (‘The Dunmore’ + ‘ chapter of the Civil Liberties
#: Union’): the branch's noun, then "of" and the parent body's capitalised name (group 1) (w136f).
#:
#: >>> RE_BRANCH_OF_BODY.match(" chapter of the Civil Liberties Union called").group(1)
#: 'Civil Liberties Union'
#: >>> RE_BRANCH_OF_BODY.match(" office of the mayor") is None, RE_BRANCH_OF_BODY.match(" chapter of history") is None
#: (True, True)
RE_BRANCH_OF_BODY = LazyPattern(r" (?:chapter|branch|affiliate|section) of (?:the )?"
                                r"(\p{Lu}[\p{L}’'\-]*(?: (?:of |for |and |on )?\p{Lu}[\p{L}’'\-]*)*)")

#: The nouns by which a body's branch is restated as itself (‘the group said’); by its parent's own kind
#: (‘the union said’) it stays the parent, as the other rules read it.
BRANCH_KIND_NOUNS = frozenset(("group", "organisation", "organization", "chapter", "branch"))


#: A person's office after the name of the body it is held at, as the role before a person's name reads
#: (‘Saltmarsh Port Company boss’, ‘Harlow Foods chief executive’): group ``body`` the body's capitalised
#: words, group ``office`` the lower-case words after them (w117b).
#:
#: >>> RE_BODY_THEN_OFFICE.fullmatch("Saltmarsh Port Company boss").group("body", "office")
#: ('Saltmarsh Port Company', 'boss')
#: >>> RE_BODY_THEN_OFFICE.fullmatch("chief executive") is None
#: True
RE_BODY_THEN_OFFICE = LazyPattern(r"(?P<body>\p{Lu}[\p{L}’'\-&]*(?: (?:of |and |& )?\p{Lu}[\p{L}’'\-&]*)+) "
                                  r"(?P<office>\p{Ll}[\p{Ll}\-]*(?: \p{Ll}[\p{Ll}\-]*){0,2})")


def _employer_in_role(role: str, noun: str) -> str | None:
    """The body a person's role names before the person's office (:data:`RE_BODY_THEN_OFFICE`), when its
    name says it is of the kind "the <noun>" stands for (‘Saltmarsh Port Company boss’ for "the firm")
    and the office leads it (:data:`~quotesearch.role_words.LEADER_OFFICE_HEADS`); never a role with no
    body's name before its office (‘Chief executive’), a body of another kind, nor an office that only
    comments from it (‘Orchard Bank analyst’, ‘Morrow Capital partner’: another firm's words follow).

    >>> _employer_in_role("Saltmarsh Port Company boss", "firm"), _employer_in_role("Harlow Council leader", "firm")
    ('Saltmarsh Port Company', None)
    >>> _employer_in_role("Acme Holdings chief executive", "company"), _employer_in_role("Chief executive", "company")
    ('Acme Holdings', None)
    >>> _employer_in_role("Orchard Bank analyst", "company") is None
    True
    """
    held = RE_BODY_THEN_OFFICE.fullmatch(role)
    if held is None or held.group("office").split()[-1] not in LEADER_OFFICE_HEADS \
            or not _body_of_kind(held.group("body").split(), noun):
        return None
    return held.group("body")


def _named_body_spoke(text: str, body: Person, at: int) -> bool:
    """The body's name, last written before ``at`` within a body's reach, is a subject that speaks
    (‘The Port of Tanjung Priok said in a statement …’; never ‘The Port of Dover was closed’)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    k = text.rfind(name, max(0, at - BODY_REACH), at)
    return k >= 0 and RE_SUBJECT_SPOKE.match(text, k + len(name)) is not None


def _unlabelled_body(text: str, m: Mention, s_hi: int, at: int, noun: str, cast: Cast, lo: int) -> Person | None:
    """The body "the <kind>" stands for when a name with no word of its kind spoke just before
    (GENERIC_BODY_NOUNS: ‘Uisce Éireann said it had issued a notice. “…,” the utility said’, ‘Metro
    Transit said it would add buses. “…,” the agency said’, ‘In a statement, Westvale Buses said: “…”
    The operator added that it would …’). The name must speak of itself as "it" (in its sentence,
    or the cue's "the operator added that it") and be no one's: no given name, honorific, title, role
    or sex the article gives, no place, no surname written alone; and no other name speaks, nor
    another of the kind is told of, between ``lo`` and the cue: ‘Natural England said …. Scottish
    Water said it had …. “…,” the agency said’ is left as written."""
    if noun not in GENERIC_BODY_NOUNS or (m.role is not None and not _trade_lead(m.role)) or " " not in m.text \
            or m.text.isupper():
        return None  # (a role before the name only when it is a firm's trade: ‘Refrigerated haulier Frostline UK
        # said it had …. “…,” the company said’)
    spoke = RE_SUBJECT_SPOKE.match(text, m.end, s_hi)
    if spoke is None or spoke.group(1) is not None:
        return None  # (a person's role set off: ‘Ferreira, the group's chief, said’)
    if RE_SAID_IT.match(text, m.end, s_hi) is None and RE_KIND_SAID_IT.match(text, at) is None:
        return None
    if RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is not None:
        return None  # (an "it" of no one, as people say it: ‘Ikaika Kahananui said it would take years’,
        # ‘Ravshan Ergashev said it was the third outage’: a person's words, never a body's "it")
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if any("." in w or len(w) == 1 for w in words[:-1]):
        return None  # (initials: a person's, ‘J.T. Morrow said it would …’)
    if gender_of(words[0]) is not None or low[0] in HONORIFICS or low[0] == "the" or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or any(w in ORG_WORDS for w in low):  # (a name of a kind of its own: the other rules' to read)
        return None
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or any(not _firm_held_role(r) for r in cast.roles_of(known))):
        return None  # (the cast's role for it may be only its trade, ‘Refrigerated haulier’, or what it holds, ‘the
        # tug’s owner’)
    last = regex.escape(words[-1])
    if regex.search(rf"(?<!{regex.escape(words[-2])} )\b{last} (?:said|says|told|added)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {last}\b",
                    text, endpos=at) is not None:
        return None  # (its last word alone, speaking or after an honorific: a surname, ‘Amara Okafor … Okafor said’)
    if any(not (m.start <= o.start() < m.end) and not _known_person_word(o.group().split()[0], cast)
           for o in RE_NAME_SPOKE.finditer(text, lo, at)) \
            or _kind_told_before(text, at, noun, m.start):
        return None  # (another name's speaking is what makes two candidates, unless it is a person's, ‘managing
        # director Phil Danbury said’, who is never "the company"; a body only named, ‘in Co Roscommon’, ‘after
        # Hennepin County cut funding’, is none)
    return Person(cast.short_body(words) or m.text, kind="organisation")  # (by the fullest name the article
    # gives it, as when it speaks itself: ‘Meridian Austral Gold … Meridian Austral said …. “…,” the company said’)


#: A word in lower case next, past a name set off (‘, Harbour Watch, surveyed’), never a list's next name
#: (‘, Labour, Conservative and Green members alike,’) (review rv66d).
#:
#: >>> RE_LOWER_WORD_NEXT.match(" surveyed 40 towns") is not None, RE_LOWER_WORD_NEXT.match(" Conservative and") is None
#: (True, True)
RE_LOWER_WORD_NEXT = LazyPattern(r" \p{Ll}")


#: A sentence opening with a body's letters of five or six, the next word in lower case (‘UNICEF warned
#: of …’, ‘In a statement, UNHCR said …’); never a headline's word in capitals (‘FLOODS HIT …’) (w66d).
#:
#: >>> RE_LETTERS_OPEN.match(" In a statement, UNHCR said it").group(1), RE_LETTERS_OPEN.match("FLOODS HIT TOWN") is None
#: ('UNHCR', True)
RE_LETTERS_OPEN = LazyPattern(r"\s*(?:(?:In|On) [^,.;:“”\"]{1,40}, )?(\p{Lu}{5,6})(?= \p{Ll})")


def _public_letters_spoke(text: str, m: Mention, s_hi: int, noun: str, at: int, cast: Cast) -> bool:
    """The subject ``m`` of the sentence right before "the <noun>" is a public body's bare letters
    that spoke (‘In a statement, ICE said the operation …. “…,” the agency said’, ‘KRA said the levy
    …. “…,” the authority said’): "the agency" is that body, as the article calls it. Never a firm's
    letters ("GM said …. the company said": no kind told), a country's ("the US said"), a person the
    article knows by them, or when another body of the kind is named within reach."""
    return m.kind == "name" and m.text.isupper() and m.text.isalpha() and 2 < len(m.text) < 7 \
        and noun in LETTERS_BODY_NOUNS and m.text not in COUNTRY_LETTERS \
        and not (noun in BROADCAST_NOUNS and (_kind_before_letters(text, m.start) or _other_broadcaster_before(text, m))) \
        and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
        and ((known := cast.by_surname.get(m.text.lower())) is None
             or not (known.gender is not None or known.titled or cast.roles_of(known))) \
        and not _other_body_of_kind(text, at, noun, cast, m.text) \
        and regex.search(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir) (?:[\p{{L}}\-]+ ){{0,2}}{noun}\b", text[:at]) is None \
        and RE_PENALISED.search(text, m.end, s_hi) is None


#: A subject's speech right after it, past an aside (‘ said in a statement’, ‘, a rights group, said’).
RE_SUBJECT_SPOKE = LazyPattern(r"(?:, ([^,.;:“”\"]{1,80}),)? (?:also |later |earlier )?"
                                 r"(?:said|says|told|stated|announced|added|warned|wrote|posted|tweeted|confirmed|acknowledged|disclosed)\b")


#: A subject that labels a thing in its own words in marks, right after it or past an aside of where it
#: said so (‘The Houthis, in a message posted by their spokesman, Yahya Saree, dismissed the plan as “…”’,
#: ‘Hamas condemned the raid as “…”’): the body spoke, as with "said".
#:
#: >>> RE_SUBJECT_LABELLED.match(", in a statement posted online, dismissed the hearing as “a farce”") is not None
#: True
#: >>> RE_SUBJECT_LABELLED.match(" rejected the plan on Monday.") is None
#: True
RE_SUBJECT_LABELLED = LazyPattern(r"(?:, (?:in|on|via|through) [^.;:“”\"]{1,120},)? (?:also |later )?"
                                  r"(?:dismissed|described|called|branded|labelled|labeled|termed|denounced|condemned"
                                  r"|rejected|hailed|welcomed)\b[^.;:“”\"]{0,80}[“\"]")


#: A body's denial right after it, past a "which" clause set off (‘The Popular Defence Forces, which
#: have held the hills since 2022, deny attacking farmers’, ‘The Eastern Liberation Army has denied the
#: accusations’): a body that denies speaks as one that said, for "the group said" right after.
#:
#: >>> RE_SUBJECT_DENIED.match(", which has fought the army since April, denies targeting civilians") is not None
#: True
#: >>> RE_SUBJECT_DENIED.match(" has denied the accusations") is not None, RE_SUBJECT_DENIED.match(" denied entry") is None
#: (True, True)
RE_SUBJECT_DENIED = LazyPattern(r"(?:, which [^,.;:“”\"]{1,160},)? (?:has |have |had )?(?:also )?"
                                r"(?:denied|denies|deny|rejected|rejects|reject) (?:the |any |all |targeting |attacking |responsibility|involvement|wrongdoing)")


#: A subject's speech right after a relative "which" clause set off, which tells of a thing and never of
#: a person, however long (‘Gerak, which is backed by several global investors and competes with rival
#: Sapa, said’): its words are the body's own story, never a person's role (‘, the group's chief
#: executive,’ is RE_SUBJECT_SPOKE's aside).
#:
#: >>> RE_WHICH_SPOKE.match(", which is owned by a group of Irish investors and flies to 40 cities, said") is not None
#: True
#: >>> RE_WHICH_SPOKE.match(", which she founded, and her partner said") is None
#: True
#:
#: Disputing an account or a claim is saying so too (‘Brantley Wharves, which runs the depot, disputed that
#: account’, ‘…, which owns the mine, disputes the union's figures’); never a thing disputed of it (‘disputed
#: territory’ is no verb after a "which" clause set off).
#:
#: >>> RE_WHICH_SPOKE.match(", which runs the depot, disputed that account") is not None
#: True
RE_WHICH_SPOKE = LazyPattern(r", which [^,.;:“”\"]{1,160}, (?:also |later |earlier )?"
                             r"(?:said|says|told|stated|announced|added|warned|confirmed|acknowledged"
                             r"|disput(?:ed|es) (?:the|that|this|those|these|its|his|her|their)\b)\b")

#: A subject that did something, told in the past or the perfect, right after a relative "which" clause set
#: off (‘Kestrel, which stopped giving advice in 2019, agreed to settle’, ‘Republic Now, which has campaigned
#: since 2003, welcomed the plan’), or spoke there (:data:`RE_WHICH_SPOKE`): the "which" makes it a thing, for
#: "the firm said" or "the group said" in the sentence after (w117b). The clause may hold a number's comma
#: (‘which supplies 380,000 homes’); never a person's "who" clause, nor a verb that is not past (‘, which
#: runs the depot, runs late’).
#:
#: >>> RE_WHICH_ACTED.match(", which stopped giving advice in 2019, agreed to settle") is not None
#: True
#: >>> RE_WHICH_ACTED.match(", which supplies 380,000 homes, has migrated its accounts") is not None
#: True
#: >>> RE_WHICH_ACTED.match(", who stopped giving advice, agreed to settle"), RE_WHICH_ACTED.match(", which runs the depot, runs late")
#: (None, None)
#:
#: The verb goes on to what it acted on or how, as :data:`~quotesearch.sole_bodies.RE_SUBJECT_ACTS`'s simple
#: past does; never a word in "-ed" that opens a list the clause runs on into (‘, which has struggled with
#: overtourism, crowded canals and soaring rents, said’ is a city's).
#:
#: >>> RE_WHICH_ACTED.match(", which has struggled with overtourism, crowded canals and rents") is None
#: True
RE_WHICH_ACTED = LazyPattern(RE_WHICH_SPOKE.pattern + r"|, which (?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){1,160}, "
                             r"(?:(?:has|have|had) )?(?:also |later |earlier |now )?\p{Ll}{3,}ed"
                             r"(?= (?:the|a|an|its|it|to|that|all|any|what|on|in|with|for|by)\b)")
