"""A paragraph's subject and the writer of the words: who speaks, hails, addresses or writes, signs
or styles himself in the third person, and the last quotation's cue (_quote).
"""

from __future__ import annotations

import functools
import itertools
import re

import regex

from quotesearch.backward_cues import cue_before
from quotesearch.body_scopes import body_name_alone
from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import TELL_VERBS, sentence_subject
from quotesearch.lexicon import LazyPattern, RE_AGE_EPITHET, wordset
from quotesearch.place_words import DEMONYMS, NATIONALITY_NOUNS, US_STATE_FORMS
from quotesearch.name_words import TAG_PREPOSITIONS, is_abbreviation
from quotesearch.document_words import PRIVATE_WRITING_NOUNS, WRITING_NOUNS
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS, TEAM_WORDS
from quotesearch.role_words import (
    CHAMBER_PARTY_OFFICES, DESCRIPTION_NOUNS, GENDERED_NOUNS, GENERIC_PLAYER_EPITHETS, HYPHENED_RANKS, KIN_NOUNS,
    PARTY_HELD_OFFICES, PLAYER_EPITHET_POSITIONS, ROLE_NOUNS, STANCE_NOT_PASSIVE, STANCE_WORDS,
)
from quotesearch.speech_words import FEELING_NOUNS, SUBORDINATE_OPENERS
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.model import Document, Quote, quote_id
from quotesearch.name_parts import FUNCTION_WORDS, GENDERED_HONORIFICS, gender_of, is_organisation
from quotesearch.tokens import RE_CAPWORD, Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import OPENING_PREPOSITIONS, Person, people_words
from quotesearch.offices import CIVIL_OFFICES, TITLE_WORDS, _bare_honorific, _other_office
from quotesearch.bodies import RE_SUBJECT_SPOKE, RE_WHICH_SPOKE
from quotesearch.body_names import (
    BODY_NAME_WORDS, CONTEXT_CHARS, RE_DATELINE, _french_body_name, _fuller_body_name, remit_widened_body_name)
from quotesearch.acronym_bodies import spelled_out_speaker
from quotesearch.short_form_spokespeople import short_form_spokesperson
from quotesearch.kind_spokespeople import kind_spokesperson
from quotesearch.clauses import LAW_NAME_END_WORDS
from quotesearch.epithets import (
    EPITHET_NATIONS, EPITHET_ROLES, KIN_COUNT_SEX, NEUTRAL_OFFICES, PERSON_EPITHETS, RE_DONE_TO, RE_KIN_COUNT,
    RE_NAMED_AGE, SCHOLAR_TRADES,
    SEAT_EPITHETS, SEAT_EVIDENCE, _career_left_alone, _former_career, _nationalities_given, nation_stem,
)
from quotesearch.relations import _roles_given
from quotesearch.party_epithets import (
    OTHER_PARTY_ROLES, RE_STATE_EPITHET, _biographical_epithet, _contest_epithet, _other_named_before, _party_epithet,
    _party_held_by_other, _party_or_state_told, _party_told_in_sentence, _state_party_epithet,
)
from quotesearch.age_trade_epithets import _aged_otherwise
from quotesearch.statements import INTERMEDIARY_NOUNS
from quotesearch.titles import RE_WORD


#: A party and state written after a politician's name: "R-Mo.", "D-N.Y.", "I-Vt.".
RE_PARTY = LazyPattern(r"[RDI]-\p{Lu}[\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?")

#: Confidence of each rule, in sieve order.
CONFIDENCE = {
    "label": 0.95, "dash": 0.9, "cue-after": 0.95, "according-to": 0.93, "according-to-late": 0.8, "cue-after-late": 0.8,
    "cue-before": 0.9,
    "colon": 0.85,
    "cue-in-sentence": 0.8, "continuation": 0.8, "same-sentence": 0.75, "same-paragraph": 0.75, "subject": 0.65,
    "previous-sentence": 0.6, "previous-paragraph": 0.55, "exchange": 0.6, "answer": 0.6, "same-words": 0.7, "line-source": 0.6, "interview": 0.6, "interview-answer": 0.6,
    "question-answer": 0.6, "remark-block": 0.6,
    "headline": 0.85, "paragraph-aside": 0.6, "reaction-after": 0.55, "topic-answer": 0.6, "reply": 0.6, "statement-before": 0.7, "for-whom": 0.6,
    "heard-teller": 0.6,
}

#: The gender of a third-person singular pronoun.
GENDERS = {"he": "m", "she": "f"}

#: "the woman", "the man" alone: the one person of that sex just named as the paragraph's subject, when
#: the article brought in no one unnamed so (‘His grandmother, Beverley Tulloch, was inconsolable. “…,”
#: the woman said.’; never ‘A woman who saw the crash …’).
SEX_EPITHETS = frozenset("man woman".split())


#: A subject's feeling as its sentence's subject (‘Lindqvist’s frustration was clear on the radio’), :data:`FEELING_NOUNS`:
#: a possessor that is the one the paragraph is about, as ‘Lindqvist was frustrated’ (never ‘Hansen’s car was
#: damaged’, ‘Okafor’s lawyer said’).
RE_OWN_FEELING = LazyPattern(r"[’']s (?:[\p{Ll}\-]+ )?(?:" + "|".join(sorted(FEELING_NOUNS)) + r") (?:was|were|is|are)\b")
    # Dana Cole … the Democratic nominee’)


#: Kin opening a sentence as its subject (‘Her husband, who …, said’, ‘His mother said’): someone other than the
#: paragraph's named subject whom an age epithet after may stand for (:func:`_paragraph_subject`).
#:
#: >>> RE_KIN_SUBJECT.search("Joan Hale found it. Her husband said so.").group()
#: 'Her husband'
#: >>> RE_KIN_SUBJECT.search("Joan Hale found it with her husband.") is None
#: True
RE_KIN_SUBJECT = LazyPattern(r"(?<=[.!?”\"] )(?:His|Her|Their) (?:" + "|".join(sorted(KIN_NOUNS)) + r")\b")


#: The plural people noun right after a run of capitals, which is then their party's or place's
#: name, no one's (‘Progressive Conservative volunteers’, ‘Labour voters’).
RE_PEOPLE_AFTER_NAME = LazyPattern(r"(?: \p{Lu}[\p{L}\-]*)* (\p{Ll}+s)\b")


#: A nationality set off after a name (‘Kieran Donnelly, a Tasmanian,’): group 1 the name, group 2 the
#: nationality.
#:
#: >>> RE_NATION_SET_OFF.search("Kieran Donnelly, a Tasmanian, and Jack Reilly tied.").group(1, 2)
#: ('Kieran Donnelly', 'Tasmanian')
#: >>> RE_NATION_SET_OFF.search("Kieran Donnelly, a plumber, said") is None
#: True
RE_NATION_SET_OFF = LazyPattern(r"\b(\p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+){0,2}), an? (\p{Lu}\p{Ll}+)\b[,.]")


def _nation_set_off_for_another(text: str, hi: int, names: list[str], nation: str) -> bool:
    """The nationality ``nation`` (lower case) set off before ``hi`` after a name whose last word is none
    of ``names``, the words of the person's name: someone else's (:data:`RE_NATION_SET_OFF`).

    >>> t = "Kieran Donnelly, a Tasmanian, and Jack Reilly tied. Reilly birdied."
    >>> _nation_set_off_for_another(t, len(t), ["Jack", "Reilly"], "tasmanian"), _nation_set_off_for_another(t, len(t), ["Kieran", "Donnelly"], "tasmanian")
    (True, False)
    """
    return any(n.group(1).split()[-1] not in names for n in RE_NATION_SET_OFF.finditer(text, 0, hi)
               if n.group(2).lower() == nation)


def _paragraph_subject(text: str, sp: Span, cast: Cast, epithet: str,
                       paras: list[tuple[int, int]] | tuple = ()) -> Person | None:
    """The one named person the quotation's paragraph opens with as its subject ("Tate was
    modest.", "Senior forward Kiana Wells led Villanova …", "Brooks, who grew up nearby, said …"),
    or, for a quotation that opens its paragraph, the one the paragraph before opens with, for an
    epithet that can be a person's (never a body's, a plural, a paper's "the daily", or a pointer
    back, "the latter"); none when that stretch names anyone else, or its subject had something
    done to it ("was arrested", "was killed") or is a possessor."""
    words = epithet.lower().split()
    head = next((w for w in words if RE_AGE_EPITHET.fullmatch(w)), words[-1])  # ("the 28-year-old author": an age, first)
    if len(words) > 3 and RE_KIN_COUNT.fullmatch(counted := "-".join(words[-3:])):
        head = counted  # (a parent by count written open, ‘the father of three’, as ‘the father-of-three’)
    if "-" in head and head.split("-")[0] in HYPHENED_RANKS and head.split("-")[-1] in ROLE_NOUNS:
        head = head.split("-")[-1]  # (an office's rank before it: ‘the vice-minister’ is a minister)
    lo, hi = sp.para_start, sp.open_at
    if hi <= lo:  # a quotation opening its paragraph: the paragraph before, whole
        if sp.paragraph == 0 or sp.paragraph > len(paras):
            return None
        lo, hi = paras[sp.paragraph - 1]
    nation = head if head in NATIONALITY_NOUNS else words[1].removesuffix("-born") if len(words) == 3 \
        and words[1].removesuffix("-born") in EPITHET_NATIONS else None  # (‘the French director’, ‘the Hungarian-born director’)
    kin_count = RE_KIN_COUNT.fullmatch(head)  # (‘the father-of-two’, as an age is: a person's, their sex told) (w63a)
    listed = head in PERSON_EPITHETS or RE_AGE_EPITHET.fullmatch(head) or kin_count or head in NATIONALITY_NOUNS or head in EPITHET_ROLES \
        or head in ("democrat", "republican") or (nation is not None and head in ROLE_NOUNS) \
        or (head in SEX_EPITHETS and len(words) == 2) \
        or (_former_career(epithet) and _career_left_alone(text, lo, hi, epithet, words, sp, cast))
    # (and a role with a nation, ‘the woman’ alone, and a career left, the stretch giving no one else it:
    # ‘Ogun, reached by phone, said he was “shocked”. / “…,” the former international said’; never ‘Tom
    # Reid met the former international. “…,” the former international said’; the epithet that tags the
    # quotation in its own sentence is not read: ‘Marquez did not comment. In Tucson, the former mining
    # executive said the count was “…”’)
    if not listed and head not in ROLE_NOUNS:
        return None  # (only an epithet of a person, or a role its sentence gives the subject below, or
        # one of a subject that speaks: never "the affidavit says", "the daily said")
    if hi - lo > 2 * CONTEXT_CHARS:
        return None  # (only near its paragraph's start, so that each quotation reads a bounded stretch)
    if (dateline := RE_DATELINE.match(text, lo, hi)) is not None:
        lo = dateline.end()  # (past a dateline: ‘VENICE — Ines Valcourt had been warned …’)
    ends = sentence_ends(text, lo, hi)
    toks = tokenize(text, lo, min(ends[0] if ends else hi, lo + CONTEXT_CHARS))
    if not toks or not toks[0].text[:1].isalpha():
        return None
    m = sentence_subject(text, toks, cast.knows)
    named = _clause_subject_before(text, toks, m, cast) if m is not None and m.kind == "pronoun" else None
    if named is not None:  # (the main clause's "she" of the name its opening clause gives: ‘When Ohio
        # state Rep. Jo Hale filed the bill, she called it …’; the verbs read are the main clause's)
        m = Mention(named.start, m.end, named.text, named.kind)
    feeling = RE_OWN_FEELING.match(text, m.end, hi) if m is not None else None
    if m is None or m.kind != "name" or (text.startswith(("’", "'"), m.end) and feeling is None) or (
            m.start > toks[0].start + 40 and not (toks[0].word in OPENING_PREPOSITIONS and text.rfind(", ", toks[0].start, m.start) > 0)
            and named is None):
        return None  # (near its start, or after an opening phrase: ‘During Leaders’ Questions in the Dáil on Tuesday,
        # Sinn Féin housing spokeswoman Órla Ní Bhraonáin said …’)
    aside = RE_ASIDE_AFTER_SUBJECT.match(text, m.end, hi)
    verb_at = m.end if aside is None else aside.end()
    said_from = _speaks(text, toks, m, cast)
    done_to_end = _relative_clause_at(text, verb_at, toks[-1].end)
    if said_from is not None and verb_at < said_from < done_to_end:
        done_to_end = said_from  # (nor for what their speech reports: ‘Perrot insisted that the scales had been
        # calibrated correctly’ is no act done to Perrot)
    if RE_DONE_TO.search(text, verb_at, done_to_end):
        return None  # ("John Smith, 45, was arrested": the one acted on, never the speaker; but not for their
        # aside's verb, ‘Lindqvist, who was cheered onto the podium, admitted’, nor a thing's in a clause
        # of its own after, ‘Gannon refused to blame the pitch, which had been criticised by both sides’)
    p, _ = cast.resolve(m if named is None else named)
    names = p.name.split() if p is not None else []  # (the person's words, read once)
    if p is None or p.kind != "name" or p.placelike or is_organisation(names) or names[-1].lower() in PLACE_NOUNS:
        return None
    if head in CIVIL_OFFICES and any(head in r.lower().split() and _other_office(r, head, [w for w in words[1:] if w != head])
                                     for r in cast.roles_of(p)):
        return None  # (another office of its kind: "the health minister" is no Junior Health Minister)
    if nation is not None and nation != head and any(w in ROLE_NOUNS and w != head for r in cast.roles_of(p)
                                                     for w in r.lower().replace("-", " ").split()):
        return None  # (a nation and a role only for one given no other office: never ‘Russian President Vladimir
        # Putin did not comment. “…,” the Russian diplomat said’)
    own, another = _nationalities_given(text, lo, hi, p, cast) if nation is not None else (False, False)
    if nation is not None and not own and not another and _nation_set_off_for_another(text, sp.start, names, nation):
        another = True  # (the nationality set off after someone else's name before: ‘Kieran Donnelly, a Tasmanian,
        # and Jack Reilly, from Perth, tied. / Reilly birdied the 18th. / “…,” said the Tasmanian’, review rv68c)
    if nation is not None and aside is not None and any(
            w.lower() in EPITHET_NATIONS and nation_stem(w.lower()) != nation_stem(nation)
            for w in RE_CAPWORD.findall(text, m.end, aside.end())):
        return None  # (another nation in the subject's own aside: ‘Tomasz Nowak, the Polish Socialist who leads the
        # talks, called it cruel. / “…,” the Spanish lawmaker said’)
    if another or (own and nation_stem(own) != nation_stem(nation)) or (
            GENDERED_NOUNS.get(head) is not None and p.gender is not None and GENDERED_NOUNS[head] != p.gender) \
            or (head in SEX_EPITHETS and p.gender != GENDERED_NOUNS[head]) \
            or (kin_count is not None and p.gender is not None and p.gender != KIN_COUNT_SEX[kin_count.group(1)]):
        return None  # (a nationality the paragraph gives someone else: ‘met the Canadian prime minister’; or
        # another one its subject: ‘Bulgarian Ivan Kolev was frustrated. “…,” the Serbian said’, ‘Lars
        # Eklund, the Swedish actor, … “…,” the French director said’; or the other sex: ‘the French actress’)
    if gender_of(names[0]) is None and (" " not in p.name or (
            head in NATIONALITY_NOUNS and not (p.titled or own or cast.roles_of(p)))):
        return None  # (a person's full name, or a given name the lists know: "Coco Gauff", never "Villa";
        # for a nationality, one the article gives them: "Ukrainian Andriy Volkov")
    if head in NATIONALITY_NOUNS and (
            (p.gender == "f" and head.endswith("man") and not head.endswith("woman"))
            or (p.gender == "m" and head.endswith("woman"))
            or ((said_from is None or _other_named_before(cast, p, m.start))
                and any(w in NEUTRAL_OFFICES for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()))):
        return None  # (never a woman for "the Dutchman", nor one who holds an office: ‘Referee Anthony
        # Taylor sent off two players. “…,” said the Portuguese’; unless the official's own speech is
        # reported: ‘The chief umpire, Jean Roux, insisted the scales were right. “…,” the Frenchman said’)
    # (or any role the sentence gives its subject, its own predicate: ‘Kojo Mensah-Hart is the most
    # talked-about rapper in London. “…,” the rapper says’; never another's role in the paragraph,
    # ‘Messi had a miserable night for the goalkeeper …’)
    predicated = head in ROLE_NOUNS and _predicate_of(head).match(text, m.end + 1, hi) is not None
    speaks = said_from is not None
    stretch = text[m.end:hi]
    if (k := stretch.lower().rfind(epithet.lower())) >= 0 and not sentence_ends(stretch, k, len(stretch)) \
            and sp.open_at > sp.para_start and len(stretch[k + len(epithet):].split()) <= 3:
        stretch = stretch[:k]  # (up to the epithet itself, when it tags the quotation: ‘…, the former teacher said “’;
        # never the epithet as the subject's object in the paragraph before: ‘Tom Reid met the former mayor.’)
    biographical = _biographical_epithet(words, head, p, cast, stretch) or _contest_epithet(words, head, p, cast, stretch)
    if not listed and not predicated and not biographical and not (
            speaks and sp.open_at > sp.para_start and head not in OTHER_PARTY_ROLES
            and _role_echoes(words[1:], _roles_given(text, p, cast))
            and (regex.search(rf"\b{regex.escape(head)}\b", text[lo:hi], flags=regex.I) is None
                 or any(head in r.lower().split() for r in p.roles))):
        return None  # (a role of a subject whose words its sentence reports, in the quotation's own
        # paragraph: ‘Father Dominic Ruiz said half of his parishioners …. “…,” the priest said’; never
        # one who answers or acts for another: ‘Tom Jones denied setting the fire. “…,” the prosecutor said’,
        # nor an office the stretch gives someone else: ‘After meeting the Minister of Finance, Ann Cole said …’)
    reacts = speaks or feeling is not None or RE_REACTS.match(text, m.end, hi) is not None or (
        any(w in DEMONYMS for w in words[1:-1]) and RE_LAUGHS.match(text, m.end, hi) is not None
        and GENDERED_NOUNS.get(head, p.gender) in (None, p.gender))  # (how they took it: ‘Mbeki laughed off
    # the threats.’, ‘Petrov … was visibly frustrated’)
    aside_end = aside.end() if aside is not None else m.end
    if (stance := RE_REACTS.match(text, m.end, hi)) is not None and (than := RE_THAN_SOMEONE.match(text, stance.end(), hi)):
        aside_end = max(aside_end, than.end())  # (one they are compared with is no one else described:
        # ‘Holm was more forthright than his manager. “…,” the Norwegian midfielder said’)
    if head in GENERIC_PLAYER_EPITHETS and _own_position(text, m.end, hi) in PLAYER_EPITHET_POSITIONS:
        predicated = True  # (a generic word for the position the subject's own appositive gives: ‘Jack, 33, a
        # midfielder nicknamed “Langers”, joined …. / “…,” the athlete says’)
    if head in EPITHET_ROLES and head not in PERSON_EPITHETS and not predicated and not biographical and (not reacts or any(
            s_ >= aside_end - lo for s_, _ in people_words(text[lo:hi]))):
        return None  # a trade or a position only for a subject that speaks: ‘Alldritt admitted …. “…,”
        # the number eight said’ (never ‘Messi scored from a free kick. “…,” the keeper said’), with
        # no one else described after it (‘Maria Lopez told the jury she had known the man …. “…,”
        # the defendant said’)
    if head in SCHOLAR_TRADES and regex.search(rf"\b{head}s?\b", text[aside_end:hi], flags=regex.I) is not None:
        return None  # (a scholar's trade the stretch gives someone after its subject: ‘Quiroga doubted it. The
        # astronomer behind the claim disagreed. “…,” the astronomer said’)
    if text.startswith(("He ", "She ", "His ", "Her "), sp.start) and not reacts \
            and not (head in SEX_EPITHETS and p.gender != ("m" if text.startswith(("He ", "His "), sp.start) else "f")):
        return None  # (‘Mbappe scored twice. “He is unstoppable,” the rookie said’: maybe said of him (but "the
        # woman" is never the words' "he": ‘The boy's aunt, Sharon Whyte, wept …. “He was a good child,” the
        # woman said’); but ‘Gauff admitted she had struggled. “Her ball is heavier,” the 20-year-old said’)
    if (state_ := RE_STATE_EPITHET.fullmatch(epithet)) is not None and (head in ("democrat", "republican") or state_.group(1) in US_STATE_FORMS) \
            and _party_or_state_told(text, p, cast, state_.group(2).title() if head in ("democrat", "republican") else None,
                                     state_.group(1)):
        return None  # (a party's or a state's epithet only for one the article gives no other party nor state:
        # never ‘Sen. Ron Wyden, D-Ore., called …. “…,” the Oregon Republican said’, nor "the Texas senator")
    if _party_epithet(words) and (_party_or_state_told(text, p, cast, head.title(), None)
                                  or _party_told_in_sentence(text, p, head.title(), sp.start)
                                  or _party_held_by_other(text, p, cast, head.title())):
        return None  # (guard: nor the other party told in a sentence of its own, ‘Fry was elected as a
        # Democrat’, nor the same party given to someone else named, ‘Sen. Mark Dunn, R-Texas, …’)
        #  # (nor the party alone for one given the other: ‘Gov. Ann Fry, a Democrat, …. “…,” the Republican said’)
    age = RE_AGE_EPITHET.search(epithet)
    if age is not None and ends and RE_KIN_SUBJECT.search(text, ends[0], hi) is not None:
        return None  # (kin of the subject as a later sentence's subject, who may be that age: ‘Joan Hale found the
        # hoard. Her husband, who has detected for years, said she was lucky. / “…,” the 61-year-old said’)
    if age is not None and _aged_otherwise(text, age.group(), names[-1], sp.start):
        return None  # (‘Watkins, 29, scored. “…,” said the 45-year-old’: someone else's age)
    if age is not None and any(n.group("age") + "-year-old" == age.group() and not n.group("name").endswith(names[-1])
                               and n.group("name").lower() not in NATIONALITY_NOUNS
                               for n in RE_NAMED_AGE.finditer(text, lo, hi)):  # (never the epithet itself, an
        # age before a nationality's noun: ‘The 35-year-old Queenslander said …’)
        return None  # (nor an age the stretch gives another too: ‘Tom Reed, 30, and Sam Hill, 30, both scored. /
        # “…,” the 30-year-old said’)
    if head in SEAT_EPITHETS and not any(w.lower() in SEAT_EVIDENCE or w.lower() in words[1:] or (w.isupper() and 1 < len(w) < 6)
                                         for r in cast.roles_of(p) for w in r.replace("’s", "").replace("'s", "").split()):
        return None  # (a member only: ‘Labour’s Jess Harlow’, ‘Sinn Féin’s housing spokesman X’, ‘EPP group
        # chair X’; never ‘Council leader Paul Dennett … the Salford MP said’)
    if any(w in ROLE_NOUNS and regex.search(rf"\b[Tt]he {w}\b", text[sp.start:sp.end], flags=regex.I)
           for r in cast.roles_of(p) for w in r.lower().split()):
        return None  # (never one the words speak of by their office: ‘Policing Minister Chris Philp said …. “A child
        # was strip-searched and the minister thinks that is fine,” the Brent East MP said’)
    if head not in NATIONALITY_NOUNS and words[-1] not in NATIONALITY_NOUNS and head not in SEAT_EPITHETS \
            and not _former_career(epithet) \
            and not any(w in r.lower().split() for r in p.roles for w in words[1:]) \
            and any(w in ROLE_NOUNS and w not in EPITHET_ROLES and w not in PERSON_EPITHETS and w not in KIN_NOUNS
                    and w != head and not (_party_epithet(words) and w.rstrip(".") in PARTY_HELD_OFFICES)
                    and not (_state_party_epithet(epithet) and w.rstrip(".") in CHAMBER_PARTY_OFFICES)
                    for r in p.roles for w in r.lower().replace("-", " ").split()):
        return None  # ("Coach Dan Miller … the rookie receiver said": another's office (an elected one is a
        # party's: ‘Delegate Marcus Hale …. “…,” the Democrat said’, and a chamber's post a state's member
        # holds: ‘Judiciary Chairwoman Ann Holt …. “…,” the Iowa Republican said’); but "Joseph
        # Otieno, a maize farmer, …" is "the 58-year-old", "Dortmund's captain" "the midfielder")
    # nobody else named in the stretch before the quotation (a full name, a given name the lists
    # know, or the surname of someone else the article names: ‘Bryan Mbeumo had given the
    # visitors an early lead, but Watkins equalised’)
    surname = names[-1]
    opening_end = text.rfind(", ", toks[0].start, m.start) if m.start > toks[0].start + 40 else -1  # (an opening
    # phrase's own words: ‘During Leaders’ Questions in the Dáil on Tuesday,’)
    for run in RE_CAPWORD.finditer(text, lo, hi):
        w = run.group()
        if run.start() < opening_end and gender_of(w) is None \
                and ((other_ := cast.by_surname.get(w.lower())) is None or not other_.personlike):
            continue
        if text[run.start() - 1:run.start()] in ("“", '"') or text.startswith(("”", '"'), run.end()):
            continue  # (a nickname in marks: ‘Pickering, known as “Big Sam” …, took 402 wickets’)
        if _title_in_marks(text, run.start()):
            continue  # (nor a work's title in marks the cast took for a name: ‘his new memoir, “Standing
            # Firm: An American Reckoning,”’)
        if (people := RE_PEOPLE_AFTER_NAME.match(text, run.end())) is not None and people.group(1)[:-1] in DESCRIPTION_NOUNS \
                and ((other_ := cast.by_surname.get(w.lower())) is None or not other_.personlike) and gender_of(w) is None:
            continue  # (a party's or a place's name before its people: ‘a ballroom of Progressive Conservative volunteers’)
        if m.end <= run.start() < aside_end:
            continue  # (others in the subject's own aside: ‘Arata, who had to fend off Diego Serrano, was
            # pleased’)
        if run.start() >= aside_end and text.startswith(("’s ", "'s "), run.end()) and head in NATIONALITY_NOUNS:
            continue  # (an owner in the subject's predicate: ‘Brandvold … disputed Fleming's version of events.
            # / “…,” the Norwegian said’)
        if said_from is not None and said_from <= run.start() < toks[-1].end:
            continue  # (or in what the subject said: ‘Henrik Dahl … said Lowther was “absolutely right” ….
            # / “…,” the 47-year-old Dane said’)
        if run.start() < m.start and m.start - run.start() < 60 \
                and any(w.lower() in ROLE_NOUNS for w in text[run.end():m.start].split()) \
                and any(r.endswith(text[run.start():m.start].strip()) for r in cast.roles_of(p)):
            continue  # (a word of the title right before the subject's name: ‘Chelsea boss Marco Ferrante’,
            # whose "Chelsea" is no woman)
        if m.role and run.start() >= m.start - len(m.role) - 1 and run.end() < m.start \
                and text.startswith(m.role, m.start - len(m.role) - 1) and _tag_word(m.role.rsplit(" ", 1)[-1]) \
                and gender_of(w) is None and not ((other_ := cast.by_surname.get(w.lower())) is not None and other_.personlike):
            continue  # (nor a word of the tag the subject's own mention opens with, a noun in lower case
            # closing it: ‘LOVE Villa hunk Kai Brennan’, ‘TOWIE star Dean Marsh’; never a credit line's ‘Neilson
            # Barnard via Getty Images’)
        if not (m.start <= run.start() < (m.end if named is None else named.end) or w == surname):
            other = cast.by_surname.get(w.lower())
            if other is not None and not other.personlike and any(w in r.split() and any(x.lower() in ROLE_NOUNS for x in r.split())
                                                                  for r in cast.roles_of(p)):
                continue  # (a body in the subject's own title: ‘Sinn Féin housing spokeswoman Órla Ní Bhraonáin’)
            if other is not None and not other.personlike and text.endswith(other.name, 0, run.end()) \
                    and text[max(0, run.end() - len(other.name) - 6):run.end() - len(other.name)].endswith(("told ", " to ")):
                continue  # (whom they spoke to, an outlet: ‘Mensah told Sky Sports he …’)
            if other is not None and not other.personlike and other.name.endswith(LAW_NAME_END_WORDS) and " " in other.name:
                continue  # (nor a law's name: ‘introduced the Energy Freedom and Local Control Act’)
            if (other is not None and other is not p and not other.placelike and (
                    other.personlike or head not in NATIONALITY_NOUNS or (
                    _full_personal_name(other) and not RE_AFTER_BODY_PREPOSITION.search(
                        text, max(lo, run.start() - 40), max(lo, text.rfind(other.name, lo, run.end())))))) \
                    or gender_of(w) is not None:
                return None  # (but a team with nothing of a person's is no one: ‘won for Vektor Racing’)
    return p


def _clause_subject_before(text: str, toks: list, pronoun, cast: Cast):
    """The named subject of the clause that opens a sentence whose main clause's subject is
    ``pronoun`` (‘When Ohio state Rep. Jo Hale filed the bill in May, she said …’, ‘After Dr Amina
    Bello left the ward, he …’ is no one's): a name the pronoun's sex fits, else none."""
    if toks[0].word not in SUBORDINATE_OPENERS or pronoun.text.lower() not in ("he", "she"):
        return None
    k = next((i for i, t in enumerate(toks) if t.start == pronoun.start), 0)
    if k < 3 or toks[k - 1].text != "," or any(t.text in (",", ";", "—") for t in toks[1:k - 1]):
        return None  # (one opening clause, set off by its comma right before the pronoun)
    sub = sentence_subject(text, toks[1:k - 1], cast.knows)
    if sub is None or sub.kind != "name" or sub.start > toks[1].start + 30:
        return None
    p, _ = cast.resolve(sub)
    sex = "f" if pronoun.text.lower() == "she" else "m"
    return sub if p is not None and p.kind == "name" and p.gender == sex else None


def _tag_word(word: str) -> bool:
    """A noun in lower case that closes a tag before a name (‘hunk’, ‘star’, ‘winner’), never a
    preposition or another function word (‘via’, ‘of’).

    >>> _tag_word("hunk"), _tag_word("via"), _tag_word("Villa")
    (True, False, False)
    """
    return word.isalpha() and word.islower() and len(word) > 2 and word not in FUNCTION_WORDS \
        and word not in TAG_PREPOSITIONS


def _title_in_marks(text: str, at: int) -> bool:
    """The capitalised word at ``at`` lies in a title in marks: every longer word between the
    opening mark and the closing one is capitalised (‘his memoir, “Standing Firm: An American
    Reckoning,”’, ‘the podcast “The Long Game”’), a book's, a show's or a film's name, no one named;
    never a quotation's words (‘“Mills is wrong,” she said’).

    >>> t = 'his memoir, “Standing Firm: An American Reckoning,” which Hale called “Mills is wrong”'
    >>> _title_in_marks(t, t.index("Firm")), _title_in_marks(t, t.index("Mills")), _title_in_marks(t, t.index("Hale"))
    (True, False, False)
    """
    lo = max(text.rfind("“", max(0, at - 80), at), text.rfind('"', max(0, at - 80), at))
    if lo < 0 or text.rfind("”", lo, at) >= 0 or text.rfind("\n", lo, at) >= 0:
        return False
    close = text.find("”" if text[lo] == "“" else '"', at, at + 80)
    words = RE_WORD.findall(text, lo + 1, close) if close > 0 else []
    return 1 < len(words) <= 10 and all(w[0].isupper() for w in words if len(w) > 3)


#: What opens a clause about something in a subject's predicate (‘refused to blame the pitch, which
#: had been criticised’): what is done in it is not done to the subject.
RELATIVE_OPENERS = (", which ", ", where ", ", whose ")
#: The same, after an aside that took their comma (‘…, refused to blame the pitch, which …’).
RELATIVE_OPENERS_NO_COMMA = tuple(opener[1:] for opener in RELATIVE_OPENERS)


def _relative_clause_at(text: str, lo: int, hi: int) -> int:
    """Where the first relative clause set off in ``text[lo:hi]`` opens (else ``hi``).

    >>> t = "Gannon refused to blame the pitch, which had been criticised."
    >>> t[:_relative_clause_at(t, 0, len(t))]
    'Gannon refused to blame the pitch'
    >>> t = "Gannon, who led them up, refused to blame the pitch, which had been criticised."
    >>> _relative_clause_at(t, t.index(" which"), len(t)) == t.index(" which")
    True
    """
    if text.startswith(RELATIVE_OPENERS_NO_COMMA, lo):
        return lo  # (right after an aside that took its comma: ‘…, refused to blame the pitch, which …’)
    return min((at for opener in RELATIVE_OPENERS if (at := text.find(opener, lo, hi)) >= 0), default=hi)


#: A preposition a team's or a body's name follows (‘won for Vektor Racing’, ‘a deal with Acme Ltd’).
RE_AFTER_BODY_PREPOSITION = LazyPattern(r"\b(?:for|with|at|from|of|by|against) \Z")


def _full_personal_name(p: Person) -> bool:
    """A name of two or three words that reads as no body's (‘Kane Williamson’; never ‘Vektor Racing’)."""
    words = p.name.split()
    return p.kind == "name" and 2 <= len(words) <= 3 and not is_organisation(words) \
        and words[-1].lower() not in TEAM_WORDS and words[-1].lower() not in BUSINESS_WORDS and words[-1].lower() not in ORG_WORDS


#: An aside set off right after a subject (‘, 33, who has held the WBX title since 2021,’).
RE_ASIDE_AFTER_SUBJECT = LazyPattern(r"(?:, [^,.;:“”\"]{1,120}){1,2},")


def _own_position(text: str, at: int, hi: int) -> str | None:
    """The head of an appositive with "a" right after a subject's name (at ``at``), past an age: the
    last word of ‘, a midfielder’, ‘, 33, a veteran Irish sprinter’, before any clause after it.

    >>> t = 'Jack, 33, a midfielder nicknamed “Langers”, joined'
    >>> _own_position(t, 4, len(t)), _own_position("Jo joined", 2, 9)
    ('midfielder', None)
    """
    m = RE_OWN_POSITION.match(text, at, hi)
    return m.group(1).lower() if m is not None else None


#: An appositive's noun with "a" after a subject's name (‘, a midfielder’, ‘, 33, a veteran Irish sprinter who’).
RE_OWN_POSITION = LazyPattern(r"(?:, \d{1,3})?, an? (?:[\p{L}\-]+ ){0,2}?(\p{Ll}[\p{Ll}\-]+)\b(?= nicknamed\b| known\b| who\b|,| from\b| for\b| with\b)")


def _role_echoes(words: list[str], roles: list[str]) -> bool:
    """The words of an epithet echo a role the article gives the person: a word of it, or one
    sharing its first five letters (‘the former councilwoman’ of ‘Former council member’; never ‘the
    director’ of a novelist)."""
    own = [x for r in roles for w in r.lower().replace("-", " ").split()
           for x in (w, *TITLE_WORDS.get(w.rstrip("."), ())) if len(x) >= 4]  # ("Sen." is a senator)
    return any(w == o or (len(w) >= 5 and len(o) >= 5 and w[:5] == o[:5]) for w in words if len(w) >= 4 for o in own)


@functools.lru_cache(maxsize=256)
def _predicate_of(head: str) -> re.Pattern:
    """A sentence saying its subject is one of ``head`` (‘X is the most talked-about rapper in London’)."""
    return regex.compile(r"\b(?:is|was|became|becomes|remains|remained) (?:now |also )?(?:a|an|the)\b[^.;:“\"]{0,50}?\b"
                         + regex.escape(head) + r"\b")


#: Words of how someone took something beyond the stances (‘was visibly frustrated’, ‘in no mood’).
REACTION_WORDS = """
forthright upbeat downbeat gracious emotional frustrated disappointed delighted thrilled relieved gutted elated furious
bullish defensive apologetic""".split() + ["in no mood", "quick to", "keen to", "eager to"]


#: How a subject took something, right after it (past an aside or two, which may hold a nickname in
#: marks): a stance or a reaction that a quotation of theirs goes on to give (‘Mbeki, 33, who has held
#: the title since 2021, laughed off the threats.’, ‘Petrov was visibly frustrated’, ‘Coyle was more
#: forthright than his manager.’, ‘Ruiz, 31, nicknamed “El Toro”, shrugged off the jibes.’, ‘Lund
#: struggled to hold back tears.’).
#:
#: >>> [bool(RE_REACTS.match(t)) for t in (", 31, nicknamed “El Toro”, shrugged off the jibes", " fought back tears",
#: ...                                      ", whose goal was her 50th, struggled to hold back tears", " scored twice")]
#: [True, True, True, False]
RE_REACTS = LazyPattern(
    r"(?:, (?:[^,.;:“”\"]|“[^“”,.;:]{1,30}”|\"[^\",.;:]{1,30}\"){1,90}){0,2},? (?:"
    r"(?:was|is|seemed|sounded|remained|appeared) (?:\w+ly )?(?:more |less |far |much |also |not |in no mood|quick to|keen to|eager to)?"
    r"(?:" + "|".join(dict.fromkeys(STANCE_WORDS + REACTION_WORDS)) + r")\b" + STANCE_NOT_PASSIVE +
    r"|(?:\w+ly )?(?:laughed|shrugged|brushed|played) (?:off|aside|down)\b"
    r"|(?:\w+ly )?(?:fought|choked|held|struggled to (?:hold|fight|choke)) back (?:the |her |his )?tears\b"
    r"|(?:was|were) (?:close to|near|on the verge of|in) tears\b)")

#: Whom a stance is compared with, to the sentence's end (‘… more forthright than his manager.’).
RE_THAN_SOMEONE = LazyPattern(r" than (?:his|her|their|the) [\p{Ll}\-]+(?: [\p{Ll}\-]+)?(?=[.;])")

#: A subject who laughs, smiles or sighs, past an aside (‘Lindqvist, standing a few feet away, overheard and
#: laughed.’): the speaker of an epithet of nationality after (‘the Swedish actress said’), only.
RE_LAUGHS = LazyPattern(r"(?:, [^,.;:“”\"]{1,90}){0,2},? (?:\w+ly )?(?:\w+ed and )?"
                          r"(?:laughed|smiled|grinned|chuckled|sighed|shrugged|winced|beamed)\b")


#: Verbs of speech with a listener after them (‘told playing partner Jon Rahm’, ‘assured fans’).
LISTENER_VERBS = TELL_VERBS | wordset("informed assured warned urged asked reminded promised briefed")


def _speaks(text: str, toks: list[Token], m: Mention, cast: Cast) -> int | None:
    """Where what the subject ``m`` says starts, after its verb, when the sentence reports its
    speech (‘Gauff admitted she had struggled’; the sentence's end when a listener may stand
    between); None when it does not."""
    f = cue_before(text, toks, cast.knows, mixed=False)
    if f is None or f.mention is None or f.mention.start != m.start:
        return None
    if any(t.word in LISTENER_VERBS for t in toks if t.start >= m.end):
        return toks[-1].end  # (one told is no part of what was said, so none is: ‘McIlroy … told playing partner
        # Jon Rahm he would …’)
    return next((t.end for t in toks if t.start >= m.end and t.word == (f.cue or "").lower()), m.end)


#: A courtesy title before a name called at the start or the end of the words (‘Dr Carrow, …’, ‘…,
#: Mr Costigan?’; never one inside words quoted within: ‘He kept saying, "Don't worry, Mrs Cole, we'll …"’).
RE_HAIL_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])|(?<=, )(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z][\w’'\-]*[.?!]?$)")


def _hails(content: str, name: str) -> bool:
    """:func:`_addresses`, with the call opening the words or closing one of their sentences (‘Mrs
    Pettigrew, you …’, ‘It's a national embarrassment, Graham. I'm …’, ‘… six miles away, Kevin,’;
    never a call inside words reported within: ‘They say, Fadumo, we are hungry’)."""
    if not _addresses(content, name):
        return False
    words = "|".join(regex.escape(w) for w in name.split() if len(w) >= 2 and w[0].isupper())
    return bool(words) and regex.search(rf"^(?:{HAIL_TITLES}\.? )?(?:{words}),|, (?:{HAIL_TITLES}\.? )?(?:{words})(?:[.?!]|,?\s*$)",
                                        content) is not None


#: Courtesy titles a call may put before a name.
HAIL_TITLES = "(?:Mr|Mrs|Ms|Miss|Dr)"

#: A courtesy title and the one word after it, inside a quotation: how a speaker speaks of someone
#: else (‘I accept Sir Malcolm’s findings’, ‘Dr Osei did everything right’, ‘Judge Carter’s decision’).
#:
#: >>> [m.group(2) for m in RE_STYLED_WORD.finditer("I accept Sir Malcolm’s findings, as Mr. Lee did")]
#: ['Malcolm', 'Lee']
RE_STYLED_WORD = LazyPattern(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice)\.? (\p{Lu}[\p{L}\p{M}\-]+)\b")


def _styles_in_third_person(content: str, person: Person, cast: Cast) -> bool:
    """The quotation speaks of ``person`` by a courtesy title and a word of their name (‘I accept Sir
    Malcolm’s findings’ of Sir Malcolm Crewe, ‘Mr Hargreaves has resigned’): words about them, not
    theirs. Never a title of the other sex (‘Mr Byrne’ in Mary Byrne's words is her husband), nor a
    surname that namesakes share (‘Dr Hossain’ may be the other Hossain)."""
    words = person.name.split()
    for m in RE_STYLED_WORD.finditer(content):
        word = m.group(2)
        if word not in words or len(word) < 2:
            continue
        sex = GENDERED_HONORIFICS.get(m.group(1).lower())
        if sex is not None and person.gender is not None and sex != person.gender:
            continue
        if word == words[-1] and cast.namesakes.get(word.lower()):
            continue
        nxt = regex.match(r" (\p{Lu}[\p{L}\p{M}\-]+)", content[m.end():])
        if nxt is not None and nxt.group(1) not in words:
            continue  # (another's name that shares a word: ‘Sir David Attenborough’ in David Lindo's words)
        if regex.search(r"\b(?:me|myself|I'm|I’m|I am)\s*$", content[:m.start()]):
            continue  # (the speaker's own style: ‘people call me Judge Collins’)
        if not _styled_so_in_text(cast, m.group(1), word, words):
            continue  # (a style the article never gives them: ‘ask for Dr Patel’ of Priya Patel's father)
        return True
    return False


def _styled_so_in_text(cast: Cast, title: str, word: str, words: list[str]) -> bool:
    """The article, outside quotations, writes ``title`` right before ``word`` or before the person's
    full name (‘Sir Alan wrote’, ‘Judge Susan Carter’): how it styles that person."""
    pat = regex.compile(r"\b" + regex.escape(title) + r"\.? (?:" + regex.escape(word) + "|"
                        + regex.escape(" ".join(words)) + r")\b")
    return any(not any(a <= m.start() < b for a, b in cast.quoted) for m in pat.finditer(cast.text))


def _other_than_called(cast: Cast, found: Found) -> Person | None:
    """For a "he" or "she" that found the one its words call, the nearest other person of its sex
    who spoke, or was a sentence's subject, before them (never one only named in passing: ‘… phone-in
    with presenter Andy K. / The first caller said …. “It's a disgrace, Graham,” he said’)."""
    sex = GENDERS.get(found.mention.text.lower())
    for at, p in reversed(cast.recent):
        if p.kind == "name" and not p.plural and p.personlike and p.name != found.person.name \
                and p.gender == sex and (at in cast._spoke_at or cast.opens_sentence(at)) \
                and not any(a <= at < b for a, b in cast.quoted):
            return p
    return None


#: A word that may open a call by name, before the name and its comma (‘But Tom, he has let in nine’,
#: ‘Well, Ray, …’ has its own comma and needs none of this).
#:
#: >>> RE_HAIL_LEAD.match("But Tom, he has let in nine").end()
#: 4
#: >>> RE_HAIL_LEAD.match("Butter, please") is None
#: True
RE_HAIL_LEAD = LazyPattern(r"(?:But|And|So|Look|Come on|Oh|Now) (?=\p{Lu})")


def _addresses(content: str, name: str) -> bool:
    """The quotation calls a person by a word of their name (‘Ray, listen’, ‘Thank you, Tom.’, ‘I
    told you, Tom, …’): it speaks to them. A name in a list is no call ("Rome, Paris, London").
    A courtesy title may stand before the word (‘Did it contain money, Mr Costigan?’)."""
    content = RE_HAIL_TITLE.sub("", content)
    lead = RE_HAIL_LEAD.match(content)
    for w in name.split():
        if len(w) < 2 or not w[0].isupper():
            continue
        if content.startswith(w + ",") or (lead is not None and content.startswith(w + ",", lead.end())):
            return True
        at = content.find(", " + w)
        while at >= 0:
            end = at + 2 + len(w)
            after = content[end:end + 1]
            before = content[:at].split()[-1:] or [""]
            rest = content[end + 2:] if content.startswith(", ", end) else \
                content[end + 5:] if content.startswith(" and ", end) else ""
            listed = (before[0][:1].isupper() and at > len(before[0])) or rest[:1].isupper()
            if after in ("", ".", ",", "?", "!") and not listed:
                return True
            at = content.find(", " + w, at + 2)
    return False


#: A name run (its last word the surname), as the regexes below capture it.
_NAME_RUN = r"((?:\p{Lu}[\p{L}\p{M}.’'\-]* ){0,3}\p{Lu}[\p{L}\p{M}’'\-]+)"

#: Right after a writing's noun, the one who wrote it: ‘letters written from Gallipoli by Private
#: Albert Fenn’, ‘the diary of a border guard, Klaus Dietz’, ‘a letter from Harold Dunn’, ‘letters, all
#: from her father, Seán Brophy’ (a place it was sent from is no writer: ‘sent from Boston by her uncle,
#: X’); past the one it went to, before "from" (‘a letter to the premier from
#: Ann Lee’), and the writer's office or kin right before the name, with no comma (‘a letter from senior
#: elder Ann Lee’, ‘a postcard from her brother Tom Lee’).
RE_WRITING_BY = LazyPattern(r"(?:,? (?:written|sent|kept)(?: [\p{L}\p{N}]+){0,5}? by|(?:, all"
                              r"| to (?:the|his|her|their|its) [\p{Ll}\-]+(?: [\p{Ll}\-]+)?(?= from))? (?:by|of|from)) "
                              r"(?:(?:a|an|the|his|her|their) [\p{Ll}’'\- ]{1,30}, "
                              r"|(?:(?:a|an|the|his|her|their) )?(?:(?!(?:for|of|to|about|at|in|on|with|against|and|or|by|from|over|behind|representing)\b)[\p{Ll}\-]+ ){1,3}(?=\p{Lu}))?"
                              + _NAME_RUN + r"\b")  # (guard: a title or kin before the name, never a phrase of
# another's: ‘a letter from lawyers for defendant Mark Rowe’, ‘a letter of complaint about nurse Joan Barry’)

#: Right before a writing's noun, its writer: ‘Roderick Tavish’s letters’, ‘Morimoto kept a diary’,
#: ‘Private Fenn wrote a letter’, ‘Chief executive Lena Dahl has published an open letter’ (w54b), and a
#: pronoun in the name's place (‘She … kept a diary in which’).
RE_WRITER_BEFORE = LazyPattern(r"(?:\b(?P<pronoun>[Ss]he|[Hh]e)\b|" + _NAME_RUN + r")"
                                 r"(?:[’']s|,? (?:[\p{Ll}\-]+ [^.;:!?“”‘’\"]{0,80}?\band )?(?:had |has )?"
                                 r"(?:kept|wrote|began|started|left|written|writes|(?P<pub>published))(?: [\p{Ll}]+){0,3}? (?:in )?"
                                 r"(?:a|an|his|her|the)) (?:[\p{Ll}\-]+ ){0,2}$")

#: After a writing's noun, its writer other than the one who published it (‘X published a letter from a group
#: of parents’, ‘X has published a letter her late father wrote’): "from" or "by", or a clause of writing
#: before the sentence ends (review rv18).
#:
#: >>> RE_OTHERS_WRITING_AFTER.match(" her late father wrote to her in 1979.") is not None, RE_OTHERS_WRITING_AFTER.match(" to customers.") is None
#: (True, True)
RE_OTHERS_WRITING_AFTER = LazyPattern(r" (?:from|by)\b|[^.;:!?“”\"]*?\b(?:wrote|written|sent|signed|penned)\b")

#: One of a writer's letters kept and described as written by someone (‘she has kept one, written in
#: 2002 by a Mrs Ann Lee of Leeds’, ‘a postcard, sent in 1990 by Tan Boon Kiat’): that someone.
RE_WRITTEN_BY = LazyPattern(r", (?:written|sent|penned) (?:[\p{L}\p{N}]+ ){0,4}?by (?:(?:a|an) )?"
                              r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Madam)\.? )?" + _NAME_RUN + r"\b")


#: The sentence right after a quotation, opening with the quoted words as its subject and naming who
#: wrote or coined them: ‘That phrase, according to the complaint, appeared in a presentation written
#: by Sarah Klein’, ‘The words came from an email sent by Tom Hale’, ‘The line was coined by Ama Owusu’.
RE_PHRASE_AUTHOR_AFTER = LazyPattern(
    r"\s*(?:That|The|This|Those|These) (?:phrase|line|words|wording|sentence|slogan|remark)\b[^.;“”\"]{0,140}?"
    r"\b(?:written|coined|penned|authored|drafted|sent|used) by " + _NAME_RUN + r"\b")


def _phrase_author_after(text: str, sp: Span, cast: Cast) -> Person | None:
    """The person the sentence right after a quotation says wrote or coined its words
    (:data:`RE_PHRASE_AUTHOR_AFTER`), when the article names them (a person, never a body); None otherwise."""
    if not text.startswith(("The", "That", "This", "Those", "These"), sp.close_end + 1):
        return None
    m = RE_PHRASE_AUTHOR_AFTER.match(text, sp.close_end)
    if m is None or m.group(1).endswith(("’s", "'s")):
        return None  # (‘written by Klein’s team’ is the team's)
    p = cast.by_surname.get(m.group(1).split()[-1].lower())
    return p if p is not None and p.kind == "name" and m.group(1).endswith(p.name.split()[-1]) else None

#: A writing's noun and who it is from (the guard on a writing's "it" above: ‘a letter from the wife of X’).
RE_WRITING_WORD = LazyPattern(r"\b(?:letters?|diary|diaries|entry|entries|notebook|journal|postcards?|telegrams?|notes?|memo)"
                              r"(?: [\p{Ll}’'\-]+){0,3} (?:from|by|of) (?!(?:post|hand|email|e-mail|courier|fax|mail|registered)\b)")

#: Verbs that only a writing does, whose "it" is a letter or a note (‘“Dear Jozsi,” it begins’, ‘It
#: reads: “…”’), never a body that speaks.
WRITING_CUES = frozenset("reads read begins began opens opened ends ended".split())


def _private_writing(text: str, head: str, at: int, read: bool) -> bool:
    """A writing only a person keeps (:data:`PRIVATE_WRITING_NOUNS`), an entry of a diary or a
    notebook the text names just before (never one of a file's: ‘The file … “…,” one entry
    states’), or whatever "it" stands for that "reads" or "begins" (``read``: a letter kept, never a
    body's "it said").

    >>> _private_writing("She kept a diary. The entry", "entry", 27, False), _private_writing("The file. One entry", "entry", 19, False)
    (True, False)
    """
    if head in PRIVATE_WRITING_NOUNS or read:
        return True
    return head in ("entry", "entries") and any(text.find(w, max(0, at - 1200), at) >= 0 for w in ("diar", "notebook", "journal"))


#: "another", "a new", "a second" right before a noun: one more of its kind brought in.
RE_ONE_MORE_BEFORE = LazyPattern(r"\b(?i:another|a new|a second|a different)(?: [\p{Ll}\-]+)? $")


#: Set off right after a writing's noun, the one person who signed or wrote it (‘The letter, signed by
#: Brekke and dated April 1950,’, ‘The note, written in pencil by Sgt Ama Owusu,’); never one of many
#: (‘signed by Smith and Jones’, ‘signed by Ortiz and two elders’, ‘signed by Lee, Park and Cho’): an "and"
#: after the name goes on only to another participle of the letter (‘and dated’, ‘and addressed’).
RE_SIGNER_SET_OFF = LazyPattern(r", (?:signed|written|penned|sent|handwritten) (?:[\p{L}\p{N}]+ ){0,4}?by "
                                r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?" + _NAME_RUN + r"\b"
                                r"(?! and (?!\p{Ll}+ed\b))(?!,? \p{Lu})")


def _signer_set_off(text: str, end: int, cast: Cast) -> Person | None:
    """The person :data:`RE_SIGNER_SET_OFF` names right after a writing's noun ending at ``end``, one
    the article names (:func:`_writer_of`); None otherwise."""
    if not text.startswith(", ", end):
        return None  # (cheap: most documents at a cue have nothing set off after them)
    m = RE_SIGNER_SET_OFF.match(text, end)
    if m is None:
        return _signer_described(text, end, cast)
    p = _writer_of(text, m.start(1) - 4, "", cast, m.group(1))
    return p if isinstance(p, Person) else None


#: A signer given only by office, set off after a writing's noun, one alone (‘, signed by the forewoman,
#: read’, ‘, signed by the club’s chairman, said’): group 1 is the head, the last word.
#:
#: >>> [bool(RE_SIGNER_DESCRIBED.match(t)) for t in (
#: ...     ", signed by the forewoman, read", ", signed on Friday by the jury foreman,", ", signed by 40 residents,",
#: ...     ", signed by the board and staff,", ", sent to the mayor,")]
#: [True, True, False, False, False]
RE_SIGNER_DESCRIBED = LazyPattern(r", signed (?:[\p{L}\p{N}]+ ){0,4}?by the (?:(?!(?:and|or)\b)[\p{Ll}\-]+(?:’s|'s)? ){0,2}?(\p{Ll}[\p{Ll}\-]+)"
                                  r"(?=[,.;:]| read\b| said\b)")


def _signer_described(text: str, end: int, cast: Cast) -> Person | None:
    """The one who signed a note or letter, given only by office right after its noun (‘The note, signed
    by the forewoman, read: “…”’, ‘The letter, signed by the club chairman, said: “…”’): the person the
    article names in that office, else the office as written. Only one who signed (never one it was sent
    to), one person, and no go-between (‘signed by her lawyer’, ‘signed by 40 residents’ stay the
    writing's)."""
    d = RE_SIGNER_DESCRIBED.match(text, end)
    if d is None or d.group(1) not in ROLE_NOUNS or d.group(1) in INTERMEDIARY_NOUNS:
        return None
    at = text.index("the ", d.start() + 9)
    signer = Mention(at, d.end(), text[at:d.end()], "description")
    p, _ = cast.resolve(signer)
    return p if p is not None and p.kind == "name" else Person(signer.text, kind="description")


def _writing_it_read(text: str, found: Found, cast: Cast) -> tuple[Person | None, str] | None:
    """A writing's "it" (‘It reads:’, ‘It reads, in part:’, ‘“Dear Jozsi,” it begins’, :data:`WRITING_CUES`)
    goes to the writing's named writer (:func:`_writer_named_before`), else to no one, never to "it": when
    "it" is read as no one or as a writing (:data:`WRITING_NOUNS`: ‘Tabled with it was a letter to the premier
    from Ann Lee. It reads, in part:’ is Ann Lee's), or as a body or one described right after a writing said
    to be from someone (:data:`RE_WRITING_WORD`: ‘The committee received a letter from the wife of Senator X.
    It reads, in part:’ is never the committee that received it). None where the rule does not apply: one
    described that sent it stays (‘A coalition of 30 charities sent a letter …. “…,” it read’), and so does
    ‘the email’ no writer is named for. Both the colon's reading (‘It reads:’ / ‘“…”’) and the cue's after
    the words call it."""
    m, person = found.mention, found.person
    if m is None or m.kind != "pronoun" or m.text.lower() != "it" or (found.cue or "").lower() not in WRITING_CUES:
        return None
    if not (person is None or (person.kind == "description" and description_head(person.name) in WRITING_NOUNS) or (
            person.kind in ("description", "organisation") and RE_WRITING_WORD.search(text, max(0, m.start - 250), m.start))):
        return None  # (guard: a body "it" stands for with no writing from anyone just before keeps its reading)
    writer = _writer_named_before(text, m.start, cast)
    return (writer, "writer") if writer is not None else (None, "pronoun-unresolved")


def _writer_named_before(text: str, at: int, cast: Cast) -> Person | None:
    """The person who wrote the writing that a mention at ``at`` names ("the letter", "an entry
    from 1945", "it" of a letter), when one of the nearest writings the text mentions before it
    (the first of them that says whose it is, :data:`RE_WRITING_BY`, :data:`RE_WRITER_BEFORE`, or
    the sentences just before that say who wrote one, :data:`RE_WRITTEN_BY`) is by a person the
    article names; None otherwise (a letter no one is said to have written stays the letter's: ‘His
    nephew read from a letter. “…,” the letter reads’).
    """
    lo = max(0, at - 1200)
    near = text.rfind(", ", max(0, at - 300), at)
    by = RE_WRITTEN_BY.search(text, max(0, at - 300), at) if near >= 0 and text.find(" by ", max(0, at - 300), at) >= 0 else None
    if by is not None and not by.group(1).endswith(("’s", "'s")):
        p = _writer_of(text, by.start(1) - 4, "", cast, by.group(1))
        return p if isinstance(p, Person) else None
    found: list[tuple[int, str]] = []
    for w in itertools.chain(WRITING_NOUNS, (x.capitalize() for x in WRITING_NOUNS)):
        k = text.rfind(w, lo, at)
        seen = 0
        while k >= 0 and seen < 4:
            if not ((k > 0 and text[k - 1].isalpha()) or (k + len(w) < len(text) and text[k + len(w)].isalpha()
                                                           and text[k + len(w)] not in "s")):
                found.append((k, w))  # (whole words only: never "delettered"; "letters" is "letter")
                seen += 1
            k = text.rfind(w, lo, k)
    for best, noun in sorted(set(found), reverse=True)[:4]:  # (the nearest writings first)
        name = _writer_of(text, best, noun, cast)
        if name is not None:
            return name if isinstance(name, Person) else None
        if RE_ONE_MORE_BEFORE.search(text[max(0, best - 30):best]):
            return None  # (guard: a new writing no writer is named for is no earlier one's: ‘a letter from her
            # son, Tom Kelly …. Last month another letter arrived, this time from the council. “…,” the letter reads’)
    # none of the nearest says: the article's one writer, where every writing before whose writer it
    # names is by the same person (‘It is full of letters, all from her father, István Szabo. ….
    # The last letter in the box is dated 2019. “…,” it reads’)
    writers = set()
    for w in itertools.chain(WRITING_NOUNS, (x.capitalize() for x in WRITING_NOUNS)):
        k, seen = text.rfind(w, 0, lo), 0
        while k >= 0 and seen < 8:
            if not ((k > 0 and text[k - 1].isalpha()) or (k + len(w) < len(text) and text[k + len(w)].isalpha()
                                                           and text[k + len(w)] not in "s")):
                seen += 1
                name = _writer_of(text, k, w, cast)
                if name is not None:
                    writers.add(name.name if isinstance(name, Person) else "")
                    if len(writers) > 1 or "" in writers:
                        return None  # (two writers, or one no person: no one's)
                    last = name
            k = text.rfind(w, 0, k)
    return last if len(writers) == 1 else None


def _name_before_full_stop(name: str) -> str:
    """A name run cut where a sentence ends inside it (‘Ms Fraser. The’ is "Ms Fraser"); an initial or a
    title's dot is no end (‘Dr. Ann Lee’, ‘J. R. Lee’).

    >>> _name_before_full_stop("Ms Fraser. The"), _name_before_full_stop("Prof. Ann Lee"), _name_before_full_stop("Cllr. Ann Lee")
    ('Ms Fraser', 'Prof. Ann Lee', 'Cllr. Ann Lee')
    """
    words = name.split(" ")
    for i, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 2 and not is_abbreviation(w[:-1]):  # (nor a title's: ‘Cllr. Ann Lee’)
            return " ".join(words[:i + 1])[:-1]
    return name


def _writer_of(text: str, best: int, noun: str, cast: Cast, name: str | None = None) -> Person | str | None:
    """Who wrote the writing whose noun stands at ``best``: a person the article names, "" for
    a writer it names that is no such person (someone's lawyer, a body), None when it says no one
    (``name``: the writer's name, found already)."""
    end = best + len(noun)
    if text.startswith(("s", "es"), end) and not text[end:end + 1].isspace():
        end += 1 if text[end] == "s" else 2
    if text.startswith(("’ ", "” ", "' ", '" '), end) and noun:
        end += 1  # (a writing's noun in marks: ‘an ‘open letter’ from Ms Fraser’)
    m = RE_WRITING_BY.match(text, end) if name is None else None
    name = _name_before_full_stop(m.group(1)) if m is not None else name
    if name is not None and name.endswith(("’s", "'s")):
        return ""  # (guard: ‘a letter from Harold Dunn's lawyer’ is the lawyer's, never Harold Dunn's)
    if name is None and noun and (b := RE_WRITER_BEFORE.search(text, max(0, best - 120), best)) is not None \
            and not (b.group("pub") is not None and RE_OTHERS_WRITING_AFTER.match(text, end) is not None):
        if b.group("pronoun") is not None:  # ‘Joan Ackroyd is 83. She … kept a diary’: the one the
            # pronoun stands for, the last named person of its sex right before
            sex = "f" if b.group("pronoun").lower() == "she" else "m"
            last = next((p for pos, p in reversed(cast.mention_stream()) if pos < b.start() and p.kind == "name"), None)
            return last if last is not None and last.gender == sex else ""
        name = b.group(2)  # (the name run, after the pronoun's group)
    if name is None:
        return None
    p = cast.by_surname.get(name.split()[-1].rstrip("’'").lower())
    if p is None and name.endswith(("’s", "'s")):
        p = cast.by_surname.get(name[:-2].split()[-1].lower())
    if " " in name and (p is None or p.name != name):  # (a namesake named in full: ‘letters from her
        # father, Seán Brophy’ are his, never his daughter Aisling Brophy's; and a name its first word
        # keys: ‘Tan Boon Kiat’)
        first = cast.by_surname.get(name.split()[0].lower())
        p = first if first is not None and first.name == name \
            else next((q for q in cast.namesakes.get(name.split()[-1].lower(), ()) if q.name == name), p)
    return p if p is not None and p.kind == "name" else ""


#: A speaker's name in a body's proper form, "the" and capitalised words with their joiners (‘the Division of
#: Medicaid’, ‘Fire and Emergency’): one :func:`_fuller_body_name` may widen, never a description in lower case (w75b).
#:
#: >>> RE_PROPER_BODY_NAME.fullmatch("the Division of Medicaid") is not None, RE_PROPER_BODY_NAME.fullmatch("the hospital")
#: (True, None)
RE_PROPER_BODY_NAME = LazyPattern(r"(?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|&|\p{Lu}[\p{L}\p{M}’'\-]*))*")


def _quote(doc: Document, sp: Span, found: Found | None, kind: str, cast: Cast) -> Quote:
    person = found.person if found else None
    speaker = person.name if person else None
    named_whole = False
    if speaker is not None and person.kind != "pronoun":
        speaker = _french_body_name(doc.text, speaker, sp.start)
        speaker = spelled_out_speaker(doc.text, speaker, person.kind)  # (‘an LTA spokesman’: the body's full
        # name where the article spells out its letters)
        speaker = short_form_spokesperson(cast, speaker, person.kind)  # (‘a Cordell spokeswoman’: the one fuller
        # name the article writes that opens with the words, Cordell Construction, w105a)
        kinded = kind_spokesperson(cast, speaker, person.kind, found.mention.start if found.mention else sp.start)
        # (‘a council spokesperson’: the one council the article names before, w106b)
        named_whole, speaker = kinded != speaker, kinded  # (that body's name is the article's own, never widened
        # again: ‘the Sussex County League’ is no ‘Sussex County League Division Two’, w132f)
    if speaker is not None and person.kind == "description" and not named_whole and RE_PROPER_BODY_NAME.fullmatch(speaker) is not None \
            and len(speaker.removeprefix("the ").split()) >= 2:  # (never one word: ‘the Belgian’)
        speaker = _fuller_body_name(cast, speaker, sp.start)  # (‘the Division of Medicaid’ of ‘the Mississippi
        # Division of Medicaid’ named before; a firm's short form by its name stays as written, the cases' convention)
    elif speaker is not None and person.kind == "organisation" and RE_PROPER_BODY_NAME.fullmatch(speaker) is not None:
        speaker = remit_widened_body_name(cast, speaker, sp.start)  # (‘the Osterberg Institute’ of ‘Osterberg
        # Institute of Advanced Materials’ named before)
    if speaker is not None and person.kind != "pronoun":
        speaker = body_name_alone(speaker)  # (‘the charity Patients First’: the body by its name alone)
    role = None
    if found is not None and found.mention is not None and found.mention.role and (
            person is None or person.kind != "organisation" or person.name != found.mention.text):
        role = found.mention.role  # (a body named whole has no title: "Israel's Prime Minister's Office")
        if RE_PARTY.fullmatch(role) and person is not None and cast.roles_of(person) \
                and not RE_PARTY.fullmatch(person.roles[0]):
            role = f"{person.roles[0]} ({role})"  # "Sen. Josh Hawley, R-Mo.," → "Sen. (R-Mo.)"
    elif person is not None and cast.roles_of(person):
        # (an office before an honorific: ‘Temple president Dr Srinivasan Iyer’ is the president)
        role = next((r for r in person.roles if not _bare_honorific(r)), person.roles[0])
    confidence = CONFIDENCE.get(found.rule, 0.5) if found and person else 0.0
    if found and found.how == "pronoun":
        confidence *= 0.85
    evidence = {}
    if found is not None:
        evidence = {"rule": found.rule, "resolution": found.how or None,
                    "mention": found.mention.text if found.mention else None,
                    "mention_start": found.mention.start if found.mention else None}
    return Quote(
        id=quote_id(doc.id, sp.start, sp.end), doc_id=doc.id, start=sp.start, end=sp.end,
        text=doc.text[sp.start:sp.end], kind=kind, speaker=speaker,
        speaker_mention=found.mention.text if found and found.mention else None, role=role,
        cue=found.cue if found else None, paragraph=sp.paragraph, confidence=round(confidence, 3),
        evidence=evidence,
    )


def _surname_in_own_paragraph(text: str, sp: Span, mention: Mention, p: Person) -> bool:
    """Whether the quotation's own paragraph names ``p`` by surname (outside the epithet itself): a
    runner who speaks of the one the paragraph before is about is someone else."""
    end = text.find("\n", max(sp.open_at, mention.end))
    own = text[sp.para_start:end if end >= 0 else len(text)]
    return regex.search(rf"\b{regex.escape(p.name.rsplit(' ', 1)[-1])}\b", own) is not None


#: The members' bodies' words d7d399d added to "the group" (federation, society …).
GROUP_MEMBER_WORDS = frozenset("federation society league guild collective forum council college".split())


def _group_by_members_word_only(name: str) -> bool:
    """A body "the group" finds only by a members' body's word (‘The Law Society’), none of the older kinds."""
    low = {w.lower().strip(".,’'") for w in name.split()}
    older = BODY_NAME_WORDS["group"] - GROUP_MEMBER_WORDS
    return bool(low & GROUP_MEMBER_WORDS) and not (low & older) and "group" not in low

#: The article calling a body a group itself, right after its name (‘The Lumen Collective, a group of artists’).
RE_CALLED_A_GROUP = LazyPattern(r", (?:a|an|the) [^,.;:“”\"]{0,60}\bgroup\b")


def _body_spoke_just_before(text: str, name: str, at: int) -> bool:
    """Whether the body's name opens a clause that spoke (‘X, which represents …, said’, ‘X said’) in the
    sentence right before the cue's sentence at ``at``."""
    bare = name[4:] if name.lower().startswith("the ") else name
    k = text.rfind(bare, 0, at)
    if k < 0:
        return False
    e = k + len(bare)
    if RE_CALLED_A_GROUP.match(text, e) is not None:
        return True  # (the article calls it a group itself: ‘The Lumen Collective, a group of artists, is suing …’)
    if len(sentence_ends(text, k, at)) > 1:
        return False
    return RE_SUBJECT_SPOKE.match(text, e) is not None or RE_WHICH_SPOKE.match(text, e) is not None \
        or RE_WHICH_ASIDE_SPOKE.match(text, e) is not None


#: A "which" aside that may hold a figure's comma (‘, which represents about 500,000 nurses, said’).
RE_WHICH_ASIDE_SPOKE = LazyPattern(r", which [^.;:“”\"]{1,160}?, (?:also |later |earlier )?"
                                   r"(?:said|says|told|stated|announced|added|warned|confirmed|acknowledged)\b")
