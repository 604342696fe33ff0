"""Sentence subjects and pronouns: the subject of the last sentence, the person a pronoun (he, she,
they) stands for, a speaker kept back or brought in after an opening phrase.
"""

from __future__ import annotations

import itertools
import re

import regex

from quotesearch.cues import PLACE_OPENERS, cue_before
from quotesearch.cue_tokens import (
    BE_FORMS, Found, _first_word, _index_before, _verb_like, last_sentence_start, sentence_ends,
)
from quotesearch.sentence_subjects import OWN_SAYINGS, sentence_subject
from quotesearch.lexicon import (
    MADE_MATERIAL_NOUNS, STANCE_WORDS, STANCE_NOT_PASSIVE, AGE_COMPARATIVES, ANONYMOUS_SOURCE_NOUNS, ATTACKING_STEMS, AUTHORED_NOUNS,
    BUSINESS_WORDS, CALL_VERBS, CLAUSE_THEY_OPENERS, CONTACT_VERBS, CONTINUING_CUES, DESCRIPTION_NOUNS, DOCUMENT_NOUNS,
    GENDERED_NOUNS, GESTURE_VERBS, HONORIFICS, LAW_NOUNS, PUT_TO_OPENINGS, LazyPattern, MONTH_NAMES, ONE_WORD_PLACES,
    ORG_WORDS, PRONOUNS, REACTION_NOUNS, RETORTING_PARTICIPLES, RIVAL_EPITHETS, ROLE_NOUNS, SPEECH_VERBS,
    SUBORDINATE_OPENERS, TAIL_CUE_VERBS, THING_NOUNS, TWO_WORD_PLACES, WEEKDAY_NAMES, RE_ENTRY_TIME_LEAD,
    RE_KIND_THEN_BODY_NAME,
)
from quotesearch.mention_descriptions import CLAUSE_WORDS as MENTION_CLAUSE_WORDS
from quotesearch.mentions import FELLOW_WORKERS, mention_after, mention_before
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_descriptions import UNMARKED_PLURALS
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, RE_CAPWORD, Token, gender_of, is_organisation, sex_of_given_name, tokenize,
    word_positions,
)
from quotesearch.quotes import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, OPENING_PREPOSITIONS, Person, RE_PEOPLE_PLURAL
from quotesearch.offices import _title_noun
from quotesearch.sources import RE_ALIAS, alias_after_clause, alias_is_theirs, described_plural
from quotesearch.descriptions import OTHER_SEX, RE_SAID_TELLER, RE_TOLD_BY_BEFORE
from quotesearch.bodies import (
    CONTEXT_CHARS, OWNER_GENDERS, RELATIVE_WORDS, RE_DATELINE, RE_THE_STATEMENT, _article_company, _body_before,
    _body_of_kind, _described_body, _issuer, _owner_fits, _quoted_at, _trade_lead, _unheld_office, _unnamed_person,
)
from quotesearch.epithets import RE_NAMED_AGE, RE_THE_AGE, _person_of_age
from quotesearch.interviews import REPLY_CUES, RE_ASKED_WHAT, RE_FIRST_PERSON, RE_YOU, _only_a_question
from quotesearch.introductions import _after_preposition, _speaking_subject
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.questions import _writer_told_described
from quotesearch.relations import KIN_PAIR_REACH, KIN_SEX, RE_SET_OFF_PHRASE, _only_one
from quotesearch.statements import (
    BODY_OWNERS, CAPTIONED_NOUNS, INTERMEDIARY_NOUNS, ISSUING_WORDS, OPENING_OWNED_NOUNS, PLATFORM_WORDS, POSTED_NOUNS,
    RELEASED_BY, RE_IN_A_STATEMENT, RE_PASSIVE_AFTER, SOLE_BODY_NAMED_ANYWHERE_NOUNS, STATEMENT_NOUNS, WRITING_VERBS,
    WRITTEN_NOUNS, _document_again, _sole_body_in_article,
    _local_body_subject, _name_set_off_after, _named_letter_sender, _named_person, _sentence_start, _statement_signer,
    _written_head,
)
from quotesearch.terms import POLICY_NOUNS
from quotesearch.titles import _ends_before_marks, _person_noun
from quotesearch.writers import GENDERS, _hails


#: The words of one's own sayings, as a regex alternation (‘verdict|view|…’).
_SAYINGS = "|".join(sorted(OWN_SAYINGS))


#: A participle aside of being asked, after a subject (‘Calloway himself, asked about ’).
RE_ASKED_ASIDE = LazyPattern(r"\p{L}, (?:when )?(?:asked|questioned|pressed) (?:about|on|whether|if|why|what|how) ")


#: A letter or a card from someone named, read out or sent: ‘A letter from Ravi Menon, a former
#: pupil, was read out’ (the name's words, up to three).
RE_LETTER_FROM = LazyPattern(r"\b(?:letter|note|card|message|email|e-mail) from (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})\b")


def _letter_writer(text: str, sp: Span, found: Found, cast: Cast) -> Person | None:
    """The one "he" or "she" wrote is, when the sentence before the quotation in its paragraph tells
    of a letter from someone named (:data:`RE_LETTER_FROM`) and that person is of the pronoun's sex."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None or (found.cue or "").lower() not in ("wrote", "writes"):
        return None
    if text.find(" from ", sp.para_start, sp.open_at) < 0:
        return None  # (a search first: most paragraphs name no letter)
    ends = _ends_before_marks(text, sp)
    start = ends[-1] if ends else sp.para_start
    letter = None
    for letter in RE_LETTER_FROM.finditer(text, start, sp.open_at):
        pass
    if letter is None:
        return None
    p, _ = cast.resolve(Mention(letter.start(1), letter.end(1), letter.group(1), "name"))
    return p if p is not None and p.gender == sex else None


#: A sentence's opening that sets what follows years back, in an interview or an answer of a past
#: year: ‘In a 1987 interview with this newspaper,’, ‘Asked in 2012 whether …,’.
RE_PAST_OPENING = LazyPattern(r"\s*(?:In an? (?:(?:1[89]|20)\d\d )?interview\b|Asked in (?:1[89]|20)\d\d\b)")


def _past_interview_speaker(text: str, sp: Span, pronoun: Mention, cast: Cast) -> Person | None:
    """The one "he" or "she" is when the quotation's sentence, or the one before it in its paragraph,
    opens years back (:data:`RE_PAST_OPENING`): the person named as that sentence's subject (‘In a
    1987 interview, Packie was asked what he would change. “Nothing,” he said’), or, with only a
    pronoun there, the one person of that sex the article tells died (an obituary's subject: ‘Asked
    in 2010 whether he had wished otherwise, he shook his head. “…,” he said’); never the last
    speaker, who is someone else talking now."""
    sex = GENDERS.get(pronoun.text.lower())
    if sex is None or (text.find(" interview", sp.para_start, sp.open_at) < 0 and text.find("Asked in ", sp.para_start, sp.open_at) < 0):
        return None  # (a search first: most paragraphs go back to no interview)
    ends = _ends_before_marks(text, sp)
    starts = ([sp.para_start] + ends)[-2:]
    for k, start in enumerate(starts):
        if RE_PAST_OPENING.match(text, start) is None:
            continue
        stop = starts[k + 1] if k + 1 < len(starts) else sp.open_at
        toks = tokenize(text, start, stop)
        m = sentence_subject(text, toks) if toks else None  # (the subject as written: a nickname no list holds)
        if m is not None and m.kind == "name":
            p, _ = cast.resolve(m)
            return p if p is not None and p.gender == sex else None
        if m is not None and m.kind != "pronoun":
            return None
        dead = [q for q in cast.by_surname.values() if q.kind == "name" and q.gender == sex and cast.dead_or_victim(q)]
        return dead[0] if len(dead) == 1 else None
    return None


#: Many people counted before "of" (‘Hundreds of nurses’, ‘Dozens of farmers’): the head is after it.
RE_MANY_OF = LazyPattern(r"(?i)(?:several |many )?(?:hundreds|dozens|thousands|scores|tens of thousands) of ")


def _they_in_own_clause(text: str, pronoun: Mention) -> bool:
    """A "they" right after a word that opens a clause of the same sentence (‘Several hundred farmers
    gathered outside the office, where they chanted “…”’, ‘…, as they shouted’): the people its
    sentence opens with, before anyone named earlier."""
    if pronoun.kind != "pronoun" or pronoun.text.lower() != "they":
        return False
    before = text[max(0, pronoun.start - 12):pronoun.start].split()
    return bool(before) and before[-1].lower() in CLAUSE_THEY_OPENERS


def _own_sentence_subject(text: str, sp: Span, pronoun: Mention, cast: Cast) -> Person | None:
    """The one described that opens the pronoun's own sentence, of its number and sex, for a
    pronoun nothing before resolves: ‘A federal judge on Monday questioned lawyers over what she
    called “a troubling pattern”’, ‘Inspectors found what they described as “…”’."""
    w = pronoun.text.lower()
    if w not in ("he", "she", "they"):
        return None
    ends = sentence_ends(text, sp.para_start, pronoun.start)
    start = ends[-1] if ends else sp.para_start
    toks = tokenize(text, start, pronoun.start)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.kind != "description" or m.start != toks[0].start:
        return None
    head = description_head(m.text)
    if head is None and (many := RE_MANY_OF.match(m.text)) is not None:
        head = description_head(m.text[many.end():])  # (‘Hundreds of nurses marched …, where they shouted’)
    if head is None or head in THING_NOUNS or head in COLLECTIVE_NOUNS:
        return None
    plural = described_plural(m.text, head)  # (the head as written: "Inspectors" of "inspector")
    if plural != (w == "they") or GENDERED_NOUNS.get(head, GENDERS.get(w)) != GENDERS.get(w):
        return None
    return Person(m.text[0].lower() + m.text[1:], kind="description", gender=GENDERS.get(w), plural=plural)


def _surname_of_plural(text: str, m: Mention | None, cast: Cast) -> Mention | None:
    """A capitalised plural noun of people alone as the speaker that is the surname of someone the
    article names in full, as a name: ‘Commissioner Carla Fellows said …. “…,” Fellows said’ is
    Carla Fellows, ‘Ruth Masters … “…,” Masters told the board’ is Ruth Masters; never "Farmers
    said" where no one is called Farmers (people described), nor a word in lower case."""
    if m is None or m.kind != "description" or " " in m.text:
        return None
    written = text[m.start:m.end]
    if not (written[:1].isupper() and written[1:].islower() and written.isalpha() and written.endswith("s")):
        return None
    p = cast.by_surname.get(written.lower())
    if p is None or p.kind != "name" or " " not in p.name or p.name.split()[-1] != written:
        return None
    return Mention(m.start, m.end, written, "name")


def _subject_after_opening_clause(text: str, toks: list[Token], m: Mention, cast: Cast) -> Mention | None:
    """The main clause's subject, named, of a sentence that opens with a clause of time or cause whose own
    subject is ``m`` (‘When Hollis said the budget was cut, Whitfield shook her head.’: Whitfield, never
    Hollis), or with what was put to it (‘Told that Ebner had admitted it, Ortiz nodded.’); None when the
    sentence opens otherwise or its main clause starts with no name."""
    if len(toks) < 5:
        return None
    put_to = toks[0].word in PUT_TO_OPENINGS and toks[0].capitalized and toks[1].word in ("that", "whether", "if") \
        and toks[2].start == m.start  # (what was put to the subject: ‘Told that Ebner had admitted the mistake, Ortiz nodded.’)
    if not put_to and (toks[0].word not in SUBORDINATE_OPENERS or toks[1].start != m.start):
        return None
    c = next((c for c in range(2, len(toks) - 2) if toks[c].text == "," and toks[c].start > m.end), None)
    if c is None:
        return None
    main = sentence_subject(text, toks[c + 1:], cast.knows)
    if main is None or main.kind != "name" or main.start != toks[c + 1].start or main.text == m.text:
        return None
    return main



def _reported_telling(text: str, f: Found) -> bool:
    """The cue ``f`` is the telling of one described that the sentence's subject reports after "said"
    (‘Diego Rossi said a teacher had told his class that strikers were ‘…’’): the words are the
    teller's, but the sentence is about the reporter, whom a "he" after stands for."""
    return f.rule == "cue-before" and f.mention is not None and f.mention.kind == "description" \
        and (f.cue or "").lower() in ("told", "asked") \
        and RE_SAID_TELLER.search(text, max(0, f.mention.start - 12), f.mention.start) is not None


def _last_sentence_subject(text: str, lo: int, hi: int, cast: Cast,
                           main_clause: bool = False, described: bool = False,
                           reporter: bool = False) -> tuple[Mention, Person] | None:
    """The person the sentence before a quotation is about ("He paused before answering."); with
    ``main_clause``, only one read in a sentence read whole, and never right after the word that
    opens a subordinate clause in lower case ("when", "because", "who" …): never ‘Ryan did not
    exude confidence when Tapper asked …’. With ``described``, a description that opens a
    sentence of no speech is its subject too when it stands for someone the article names
    (‘Their mother has a simpler explanation.’, ‘The 72-year-old looked up.’). With ``reporter``, a
    speaker whose cue stands inside what the sentence's own subject says gives way to that subject
    however near the cue is (‘Benavides said evidence would show Kowalczyk had texted a friend:’)."""
    lo = max(lo, hi - 2 * CONTEXT_CHARS)  # two sentences back at most: bounded, whatever the paragraph
    ends = sentence_ends(text, lo, hi)
    s = ends[-2] if len(ends) > 1 else lo
    if main_clause and s < hi - CONTEXT_CHARS:
        return None
    s = max(s, hi - CONTEXT_CHARS)
    if (dateline := RE_DATELINE.match(text, s, hi)) is not None:
        s = dateline.end()  # ("CAMP LEJEUNE, N.C. — Gen. Theodore Ashcombe … used": never "CAMP")
    toks = tokenize(text, s, ends[-1] if ends else hi)
    # "…, Schiff said. “The other factor…”": a sentence with its own attribution
    f = cue_before(text, toks, cast.knows, mixed=False)
    if f is not None and f.cue in CALL_VERBS and f.mention is not None and f.mention.kind == "description" \
            and (main := _speaking_subject(text, toks, cast.knows)) is not None and main.cue not in CALL_VERBS \
            and main.mention is not None and main.mention.end <= f.mention.start:
        f = main  # (a group's name for a thing, inside what the sentence's speaker says, is no speech: ‘Ruiz
        # said crews held a line below a slope residents call “the Ladder”.’ / “…” goes on with Ruiz)
    if f is not None and (f.rule == "cue-in-sentence" or (reporter and f.rule == "cue-before")
                          or (f.mention is not None and f.mention.kind == "pronoun") or _reported_telling(text, f)):
        # ‘Carter said that for decades some critics had been predicting …’ and then “That’s because
        # …”: what follows goes on with the sentence's own speaker, not with a cue inside what he said
        main = _speaking_subject(text, toks, cast.knows)
        if main is not None and f.mention is not None and main.mention.end <= f.mention.start:
            f = main
    if f is not None and f.mention is not None and toks and RE_ASKED_ASIDE.search(text, toks[0].start, f.mention.start) is not None:
        subject = sentence_subject(text, toks, cast.knows)  # (one asked about in an aside is no speaker: ‘Calloway
        if subject is not None and subject.end <= f.mention.start:  # himself, asked about Tolliver at an event, kept
            f = None  # his answer short.’ is Calloway's sentence)
    tail = _tail_cue_name(text, toks)
    if tail is not None and f is not None and (f.mention is None or f.mention.start != tail.start) \
            and not (f.mention is not None and _after_preposition(toks, f.mention)):
        tail = None  # (the sentence's cue is another's; never a place its opening phrase is in: ‘In El
        # Fasher, the hospital …, said Dr. Ibrahim Musa Adam’)
    m = tail or (f.mention if f is not None else sentence_subject(text, toks, cast.knows))
    if f is not None and m is not None and m is f.mention and (main := _subject_after_opening_clause(text, toks, m, cast)) is not None:
        m = main  # (the speech of an opening clause is no subject: ‘When Hollis said …, Whitfield shook her head.’)
    if m is not None and m.kind == "name" and main_clause and tail is None and (f is None or f.rule in ("cue-in-sentence", "cue-before")):
        # the subject of the sentence's last clause, a name of its own after ", and" or ", but": ‘Dunmore
        # has made 63 runs …, and Tillotson would not commit to him. “…,” he said’ is Tillotson's
        c = max((c for c in range(1, len(toks) - 2) if toks[c].start > m.end and toks[c].word in ("and", "but")
                 and toks[c - 1].text == ","), default=None)
        m2 = sentence_subject(text, toks[c + 1:], cast.knows) if c is not None else None
        if m2 is not None and m2.kind == "name" and m2.start == toks[c + 1].start:
            m = m2
    if described and f is None and m is None and len(toks) > 3 and toks[0].word in ("her", "his", "their") \
            and (c := next((c for c in range(2, min(len(toks), 6)) if toks[c].text == ","), None)) is not None \
            and all(x.text.islower() or "-" in x.text for x in toks[1:c]) \
            and (full := RE_FULL_NAME_SET_OFF.match(text, toks[c].start)) is not None \
            and gender_of(full.group(1).split()[0]) is not None:
        # one the article relates to someone, their full name set off: ‘Her co-curator, the Ghanaian art
        # historian Akosua Mensah-Boateng, was more direct.’
        p, _ = cast.resolve(Mention(full.start(1), full.end(1), full.group(1), "name"))
        if p is not None and p.kind == "name":
            return Mention(full.start(1), full.end(1), full.group(1), "name"), p
    if described and f is None and m is None and toks and (age := RE_AGE_OPENS.match(text, toks[0].start)) is not None:
        m = Mention(age.start(1), age.end(1), age.group(1), "description")  # (‘The 72-year-old looked up.’)
    if described and m is not None and m.kind == "organisation" and _capitalised_office(m.text):
        m = Mention(m.start, m.end, m.text, "description", m.role)  # ‘The Minister himself acknowledged …’: an office, capitalised
        # the Irish and British way, is the one who holds it, never a body
    if described and f is None and m is not None and m.kind == "description":
        named = _described_person(text, m, cast)
        gesture = None
        given = RE_GIVEN_SET_OFF.match(text, m.end) if named is None and m.start == toks[0].start else None
        if given is not None and gender_of(given.group(1)) is not None and not cast.knows(given.group(1).lower()):
            # one described, then a given name alone set off: ‘Another caller, Derek, a retired postman
            # from Chard, was more sympathetic. “…,” he said’
            return m, Person(given.group(1), kind="name", gender=gender_of(given.group(1)))
        if named is None and m.text.split()[0].lower() in ("a", "an", "one", "another") \
                and (m.start == toks[0].start or _opening_phrase_before(toks, m)) \
                and RE_NAMED_NEXT.match(text, m.end) is None and (
                    ((stance_ := RE_STANCE_AFTER.match(text, m.end)) is not None
                     and (RE_POINTED_OUT.search(stance_.group()) is None or _question_at(text, hi))
                     and not any((x.capitalized and not stance_.start("setoff") <= x.start < stance_.end("setoff"))
                                 or (x.word in OBJECT_PRONOUNS and not stance_.start("clause") <= x.start < stance_.end("clause"))
                                 for x in toks if x.start > m.end))
                    or (gesture := RE_GESTURE_ENDS.match(text, m.end)) is not None) \
                and (head := description_head(m.text)) is not None and not head.endswith("s") \
                and (head in ROLE_NOUNS or head in DESCRIPTION_NOUNS) and (
                    _unnamed_person(head, text, m.end) or _brought_in_after_opening(text, m, head)):
            # someone unnamed brought in as the subject: ‘A retired postman was less worried. “…,” he said’
            # (after an opening phrase too, the mention itself bringing them in: ‘At a diner, a retired
            # steelworker stirred his coffee.’)
            sex = GENDERED_NOUNS.get(head)
            if sex is None and gesture is not None and gesture.group("owner"):
                sex = GENDERS.get("she" if gesture.group("owner") == "her" else "he")  # (‘… shook her head’: a "she")
            if gesture is not None and gesture.group("doing"):
                m = Mention(m.start, gesture.end("doing"), text[m.start:gesture.end("doing")], "description")
            named = Person(m.text[0].lower() + m.text[1:], kind="description", gender=sex)
            if gesture is not None and sex is None and m.start != toks[0].start and _anyone_named_before(cast, m.start):
                named = None  # (a gesture of no sex never takes the words from a person named before:
                # ‘Minister X visited the plant. At the gate, a worker waved. “…,” he said’ is X's)
        return (m, named) if named is not None else None
    if f is None and m is None and toks and (age := RE_AGE_AFTER_OPENING.search(text, toks[0].start, toks[-1].end)) is not None:
        m = Mention(age.start(1), age.end(1), age.group(1), "description")  # (‘Pressed on it, the 51-year-old smiled.’)
        if _gesturing_named(text, m, cast) is None:
            m = None
    if f is None and m is not None and m.kind == "description" and (gesturer := _gesturing_named(text, m, cast)) is not None:
        return m, gesturer
    if m is None or m.kind not in ("name", "pronoun", "description") or (
            m.kind == "description" and f is None):
        return None
    if main_clause and tail is None and any(t.word in SUBORDINATE_WORDS and not t.capitalized for t in toks if t.end <= m.start):
        k = _index_before(toks, m.start)  # (but a clause's own subject after a comma is the main
        if k < 0 or toks[k].text != ",":  # one's: ‘Trump’s claim that … had imperiled troops, Biden said.’)
            return None
    p, _ = cast.resolve(m)
    if p is None or p.kind == "organisation":
        return None
    return m, p


def _unnamed_stance_subject(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """Someone unnamed described as the subject of the sentence right before an uncued quotation, which
    tells only their stance (:data:`RE_STANCE_AFTER`: ‘A retired teacher was blunter still.’, ‘A
    senior official, who did not wish to be named, was less sure.’), with the description as written;
    never a gesture's (‘A worker waved.’), nor a sentence naming anyone (:func:`_last_sentence_subject`
    with ``described``)."""
    found = _last_sentence_subject(text, lo, hi, cast, described=True)
    if found is None or found[1].kind != "description" or RE_STANCE_AFTER.match(text, found[0].end) is None:
        return None
    return found


def _capitalised_office(words: str) -> bool:
    """``words`` are "the" and one office in capitals, as Irish, British and Commonwealth papers write
    an office held (‘the Minister’, ‘The Taoiseach’, ‘the Commissioner’), never a body (‘the Council’).

    >>> _capitalised_office("The Minister"), _capitalised_office("the Council"), _capitalised_office("the Times")
    (True, False, False)
    """
    parts = words.split()
    return len(parts) == 2 and parts[0].lower() == "the" and parts[1][:1].isupper() and parts[1][1:].islower() \
        and parts[1].lower() in ROLE_NOUNS and parts[1].lower() not in ORG_WORDS


#: An age as a sentence's subject after its opening phrase: ‘Pressed on an offer, the 51-year-old smiled.’
RE_AGE_AFTER_OPENING = LazyPattern(r"(?<=, )(the \d{1,3}-year-old)(?= \p{Ll})")


def _gesturing_named(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one a sentence's subject describes, a definite description of someone the article names,
    when the sentence does no more than a gesture: ‘The manager smiled. “…”’, ‘Pressed on an offer,
    the 51-year-old smiled. “…”’ (an age: the one person the article gives it). Never a crowd or
    someone unnamed (‘the room laughed’, ‘a fan waved’), nor an age the article gives no one."""
    if not m.text.lower().startswith("the ") or not _gesture_ends_sentence(text, m.end):
        return None
    if (age := RE_THE_AGE.fullmatch(m.text)) is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind == "name" and " " in p.name else None


def _gesture_ends_sentence(text: str, at: int) -> bool:
    """Only a gesture between ``at`` and the sentence's stop (‘ smiled.’, ‘ shrugged his shoulders.’).

    >>> _gesture_ends_sentence("the manager smiled. ", 11), _gesture_ends_sentence("the manager said no. ", 11)
    (True, False)
    """
    g = RE_GESTURE_ENDS.match(text, at)
    return g is not None and g.group("doing") is None


def _tail_cue_name(text: str, toks: list[Token]) -> Mention | None:
    """The name after the inverted cue that ends a sentence of reported speech, with no quotation
    in it: ‘In El Fasher, the hospital ran on generators after its fuel ran low, said Dr. Ibrahim
    Musa Adam, its director.’ is Adam's sentence, whatever its opening clause or its subordinate
    one holds (and a "he" after it is his). Only a name set off by the comma before the verb,
    then the sentence's end or a role set off with no speech of its own; never a description
    (‘…, said a diplomat.’ is left to the subject rules) and never where a quotation stands."""
    v = next((k for k in range(len(toks) - 2, 1, -1) if toks[k].word in TAIL_CUE_VERBS
              and not toks[k].capitalized and toks[k - 1].text == ","), None)
    if v is None or any(x.text in "“”\"‘’" for x in toks[:v]):
        return None
    m = mention_after(toks, v + 1, text)
    if m is None or m.kind != "name" or " " not in m.text:
        return None
    rest = [x for x in toks if x.start >= m.end]
    if rest and (rest[0].text not in ",." or any(x.word in SPEECH_VERBS or x.text in "“”\"‘’" for x in rest)):
        return None
    return m


#: What sets off a person after a given name alone: a relative "who" or a description (‘Derek, a
#: retired postman’).
RE_PERSON_SET_OFF = LazyPattern(r"(?:\s(?:from|of)\s\p{Lu}[\p{L}\s]{0,30})?,\s(?:who\b|an?\s\p{Ll})")

#: A person's noun right before a given name set off (‘The captain's widow, Ruth, read a poem.’).
RE_NOUN_BEFORE_NAME = LazyPattern(r"\b(\p{Ll}+),\s$")

#: A full name set off after a description, with a description of its own before it (‘, the
#: Ghanaian art historian Akosua Mensah-Boateng,’).
RE_FULL_NAME_SET_OFF = LazyPattern(r", (?:(?:the|a|an|former|retired) )?(?:[\p{L}\-]+ ){0,4}?"
                                     r"(\p{Lu}[\p{Ll}\-]+(?: \p{Lu}[\p{L}\-’']+){1,2}),")

#: A given name alone set off after a description, where they are from after it (‘Another caller, Derek,
#: a retired postman,’, ‘Another caller, Bob in Kelowna,’).
RE_GIVEN_SET_OFF = LazyPattern(r", (\p{Lu}\p{Ll}+)(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?,")

#: A sentence that opens with an age as its subject: ‘The 72-year-old looked up from the counter.’
RE_AGE_OPENS = LazyPattern(r"(The \d{1,3}-year-old)(?= \p{Ll})")


def _former_or_latter(text: str, m: Mention, cast: Cast) -> Person | None:
    """"the former" or "the latter" at ``m``: the first or the second of the two people the text
    names or quotes in the two sentences before it and its own up to it (‘Rovers captain X and
    goalkeeper Y spoke afterwards. The latter said:’); none unless exactly two are there."""
    which = m.text.lower().split()[-1]
    ends = sentence_ends(text, max(0, m.start - 2 * CONTEXT_CHARS), m.start)
    lo = ends[-3] if len(ends) > 2 else max(0, m.start - 2 * CONTEXT_CHARS)  # (two sentences back at most)
    position, cast.position = cast.position, m.start
    people = []
    for pos, p in cast.recent:
        if lo <= pos < m.start and p.kind == "name" and not any(p is q for q in people):
            people.append(p)
    cast.position = position
    if len(people) != 2:
        return None
    return people[0] if which == "former" else people[1]


#: One of two picked by age, as a mention's whole text: ‘the older woman’, ‘the younger of the two
#: men’, ‘the elder of the pair’ (a noun of one sex or a plural after "two"; never ‘the elder’ alone,
#: a village's elder).
RE_AGE_COMPARED = LazyPattern(r"(?i:the) (older|younger|elder)(?: (\p{Ll}+)| of the (?:two|pair)(?: (\p{Ll}+))?)")

#: How far back the two people an age comparison picks from are introduced with their ages.
AGE_PAIR_REACH = 1000


def _one_of_two_by_age(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one of two people introduced with their ages just before ``m`` that ``m`` picks by age
    (‘Ahmed Salah, 52, and his nephew Karim Salah, 24, …. “…,” the younger man said’ is Karim
    Salah); of the sex its noun tells, if it tells one. None unless exactly two such people are
    there, of different ages, and no one aged whose sex nothing tells could be the other."""
    compared = RE_AGE_COMPARED.fullmatch(m.text)
    if compared is None:
        return None
    noun = compared.group(2) or compared.group(3)
    if compared.group(2) is not None and noun not in GENDERED_NOUNS:
        return None  # (‘the older man’, ‘the younger sister’; never ‘the older generation’)
    sex = GENDERED_NOUNS.get(noun) if noun else None
    if sex is None and noun and noun.endswith("s"):
        sex = GENDERED_NOUNS.get(noun[:-1]) or GENDERED_NOUNS.get(noun[:-3] + "man" if noun.endswith("men") else "")
    aged: dict[int, tuple[Person, int]] = {}
    for a in RE_NAMED_AGE.finditer(text, max(0, m.start - AGE_PAIR_REACH), m.start):
        p, _ = cast.resolve(Mention(a.start("name"), a.end("name"), " ".join(a.group("name").split()), "name"))
        if p is None or p.kind != "name" or p.placelike:
            continue
        if sex is not None and p.gender != sex:
            if p.gender is None:
                return None  # (one of no sex the text tells may be the one meant)
            continue
        age = int(a.group("age"))
        if aged.setdefault(id(p), (p, age))[1] != age:
            return None  # (one given two ages: the text is no guide)
    if len(aged) != 2:
        return None
    (p1, a1), (p2, a2) = aged.values()
    if a1 == a2:
        return None
    older, younger = (p1, p2) if a1 > a2 else (p2, p1)
    return older if AGE_COMPARATIVES[compared.group(1).lower()] == "older" else younger


#: How far back the kin whose words a quotation is (‘In her daughter's words,’) must be named.
KIN_WORDS_REACH = 3000


def _kin_named_near(p: Person | None, at: int, cast: Cast) -> bool:
    """``p``, whom ‘In her daughter's words,’ at ``at`` resolved to, is someone the article names,
    no further back than :data:`KIN_WORDS_REACH` (‘Her daughter, Siobhan Doyle, …’): a kin word
    alone is no one to cite."""
    return p is not None and p.kind == "name" and cast.last_spot(p, at) >= at - KIN_WORDS_REACH

#: What stands between someone unnamed and their stance: an aside set off by commas (‘A senior official,
#: who did not wish to be named, was less sure.’) or a relative clause that tells who they are, unset
#: (‘A retired ferryman who attended the meeting was unmoved.’, ‘a woman in her eighties who declined to
#: give her name summed it up.’), its span the group "clause" (whose "her" is no one else's); a "who"
#: aside set off by commas may run longer, its span the group "setoff" (whose capitals are only objects:
#: ‘…, who asked not to be named because of talks with the Government, was blunter.’).
#:
#: >>> bool(RE_STANCE_AFTER.match(" who attended the meeting was unmoved.")), bool(RE_STANCE_AFTER.match(" summed it up."))
#: (True, True)
#: >>> RE_STANCE_AFTER.match(" who was worried about the pier said") is None
#: True
#: >>> RE_STANCE_AFTER.match(", who did not wish to be named because of ongoing talks with the Government, was blunter.").group("setoff")
#: ' who did not wish to be named because of ongoing talks with the Government'
_STANCE_SUBJECT_ASIDE = r"(?:,(?:(?P<setoff> who \p{Ll}[^,.;:“”\"]{0,100}?)|[^,]{1,60}),|(?P<clause> who \p{Ll}[^,.;:“”\"]{0,60}?))?"
RE_STANCE_AFTER = LazyPattern(_STANCE_SUBJECT_ASIDE + r" (?:was|is|were|seemed|sounded|felt|remained|appeared) (?:(?:less|more|not|far|much|also|equally|just as) ){0,2}"
                                r"(?:" + "|".join(STANCE_WORDS) + r")" + STANCE_NOT_PASSIVE +
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:disagreed|agreed|objected|differed|dissented|demurred)\b"
                                # (or a point of theirs told of before their question: ‘Another reporter
                                # pointed out that the line had been promised twice.’)
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:pointed out|noted|observed|remarked) that\b"
                                # (or words of theirs told of, not quoted: ‘… put it more bluntly.’, ‘… offered a
                                # similar account.’)
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:also )?(?:put it (?:more |less |even |most )?\p{Ll}+ly"
                                r"|summed (?:it |things )?up"  # (‘A retired docker summed it up.’)
                                r"|(?:offered|gave|told|had|shared|took) (?:a|an) (?:\p{Ll}+ )?"
                                r"(?:account|view|story|take|assessment|explanation|version|verdict|perspective))\b")

#: The point told of (‘pointed out that’), which brings in one who only goes on to ask.
RE_POINTED_OUT = LazyPattern(r"(?:pointed out|noted|observed|remarked) that$")


def _question_at(text: str, at: int) -> bool:
    """The quotation opening at ``at`` is a question (‘“Is the operator being penalised?” she asked’)."""
    while at < len(text) and (text[at].isspace() or text[at] in "“\""):
        at += 1  # (past the line break and the opening mark, when ``at`` is the paragraph's end before it)
    close = min((c for c in (text.find(q, at, at + 600) for q in "”\"") if c >= 0), default=-1)
    return close > at and text[:close].rstrip().endswith("?")


#: One person brought in unnamed as a sentence's subject, with a stance (‘But one Conservative MP, who
#: asked not to be named, was scathing.’, ‘Another, a loyalist, was more emotional.’), with where they
#: are from after the noun (‘A senior Tory figure in the county was less restrained.’).
#:
#: >>> RE_ONE_UNNAMED_OPENS.match("A senior Tory figure in the county was less restrained.").group("who")
#: 'A senior Tory figure in the county'
RE_ONE_UNNAMED_OPENS = LazyPattern(r"\s*(?:(?:But|And|Yet) )?(?:(?P<who>(?i:one|another|an?) (?:[\p{L}\-]+ ){0,3}?[\p{L}\-]+"
                                     r"(?: (?:in|from|at) the \p{Ll}+)?)"
                                     r"|Another, an? (?P<aside>[\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2}),)(?=" + RE_STANCE_AFTER.pattern + ")")


#: A sentence opening with a plural group of people as its subject and a verb: ‘The stewards reprimanded’,
#: ‘The judges also ruled’. Group 1, the group.
RE_PLURAL_SUBJECT_OPENS = LazyPattern(r"(?:The|the) ([a-z]+s)(?: also| then| later)? [a-z]+ed\b")


#: One named and those who worked with them, right after the name: ‘ and her counterparts’.
RE_AND_FELLOWS = LazyPattern(r" and (?:his|her|their) ([\w-]+)")

#: What lies between the quotation and the next one a fellows' "they" may give: the "they" and its cue alone.
RE_FELLOWS_THEY_NEXT = LazyPattern(r"\s*They (?:also |further |then )?[a-z]+(?: that)?[:,]?\s*$")


def _lead_of_fellows(text: str, sp: Span, psp: Span, prev: Found | None) -> Person | None:
    """The person the quotation before ``sp`` (``psp``, in the same paragraph or the one before) was
    given by a name followed by "and his/her colleagues" (‘Caroline Hesketh and her counterparts
    write:’): the one a "they" after it goes by, as the first words did."""
    if prev is None or prev.person is None or prev.mention is None or prev.mention.kind != "name" \
            or psp.paragraph < sp.paragraph - 1 or prev.rule not in ("cue-before", "colon"):
        return None
    m = RE_AND_FELLOWS.match(text, prev.mention.end)
    if m is None or m.group(1).lower() not in FELLOW_WORKERS:
        return None
    gap = text[(psp.close_end or psp.end):sp.open_at]
    if len(sentence_ends(text, psp.close_end or psp.end, sp.open_at)) > 1 or len(gap) > 60 \
            or not RE_FELLOWS_THEY_NEXT.match(gap):
        return None  # (guard: only a "they" opening the sentence right after the quotation, ‘“…” / They add:’;
        # never one after a sentence of someone else's between, ‘The Department of Health disputed the
        # findings. They said: “…”’)
    return prev.person


def _plural_subject_before(text: str, sp: Span) -> Person | None:
    """The plural group of people the sentence before a "they" cue opens with, in the quotation's own
    paragraph, when nothing resolved the "they": ‘The stewards reprimanded Marchand …. In their
    decision, they said he had been released “into the path of another car”’ is the stewards'."""
    if sp.open_at <= sp.para_start:
        return None
    ends = _ends_before_marks(text, sp)
    if not ends:
        return None
    b = ends[-2] if len(ends) > 1 else sp.para_start
    while b < ends[-1] and text[b].isspace():
        b += 1
    group = RE_PLURAL_SUBJECT_OPENS.match(text, b, ends[-1])
    if group is None or group.group(1) not in DESCRIPTION_NOUNS or group.group(1) in THING_NOUNS:
        return None
    return Person(f"the {group.group(1)}", kind="description", plural=True)


def _singular_they(text: str, sp: Span, lo: int) -> Person | None:
    """The one person the sentence just before opens with, unnamed, for a "they" after a quotation
    that nothing plural before resolves: a singular "they" (‘But one Conservative MP, who asked not
    to be named, was scathing. “…,” they told the BBC.’ is the MP's; ‘Another, a loyalist, was more
    emotional.’ is "another loyalist")."""
    if sp.open_at <= lo:
        return None  # (the sentence in the quotation's own paragraph only)
    s = last_sentence_start(text, lo, sp.open_at)
    one = RE_ONE_UNNAMED_OPENS.match(text, s, sp.open_at)
    if one is None:
        return None
    name = one.group("who") or "another " + one.group("aside")
    head = description_head(name)
    if (head is None and one.group("who")) or head in THING_NOUNS or head in COLLECTIVE_NOUNS \
            or (head or "").endswith("s") and not (head or "").endswith("ss"):
        return None  # (never a body nor a group: ‘One firm was defiant.’, ‘A family was upbeat.’; a noun no
        # list holds only set off after "Another": ‘Another, a loyalist,’)
    return Person(name[0].lower() + name[1:], kind="description")


def _quoted_one_they(text: str, sp: Span, lo: int, before: Span, found: Found | None) -> Person | None:
    """The one person, unnamed, whom the sentence just before (in the quotation's paragraph) opens with
    and quotes there, for a "they" after the quotation that nothing plural before resolves: a singular
    "they" (‘A nurse on the ward, who asked not to be identified, called the rota ‘a shambles’. ‘We are
    three short every night,’ they said.’ is the nurse's). Never a group or a body (‘Residents called it
    ‘a disgrace’.’), nor one named (a "they" after a name is a group's)."""
    if found is None or found.person is None or found.mention is None or found.person.kind != "description" \
            or found.person.plural or before.paragraph != sp.paragraph or lo <= sp.para_start \
            or regex.search(r"\p{L}", text, pos=before.end, endpos=sp.open_at):
        return None  # (nor with a sentence between: ‘… called the figures “unacceptable”. Unions have blamed
        # staff shortages. “…,” they said.’ is the unions')
    s = last_sentence_start(text, sp.para_start, sp.open_at)  # (up to the quotation's mark: ``lo`` may stop
    # short of the end before it, at a period after a closing mark: ‘… called it “a shambles”. “…,” they said’)
    if not (s <= found.mention.start and before.end < sp.open_at) or text[s:found.mention.start].strip(" \t\n‘“\"'") \
            or not RE_ONE_UNNAMED_HEAD.match(found.mention.text):
        return None  # (the subject that opens the sentence just before, quoted in it)
    head = description_head(found.mention.text)
    if head is None or head in THING_NOUNS or head in COLLECTIVE_NOUNS or (head.endswith("s") and not head.endswith("ss")):
        return None
    return found.person


#: One person brought in unnamed, by "a", "an", "one" or "another" (‘A consultant in the emergency
#: department’, ‘One officer’), never the ones of a group (‘The residents’).
#:
#: >>> bool(RE_ONE_UNNAMED_HEAD.match("A nurse on the ward")), bool(RE_ONE_UNNAMED_HEAD.match("The nurses"))
#: (True, False)
RE_ONE_UNNAMED_HEAD = LazyPattern(r"(?i:an?|one|another) \p{L}")


#: One unnamed source of gossip opening a sentence, after any "But" or "And", with what they are close to
#: and the verb after (‘But a source close to the star told Metro …’, ‘The insider insisted …’, ‘A pal of the
#: couple said …’); group "who" the source as written, "head" its noun.
#:
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("But a source close to Leon told Metro").group("who")
#: 'a source close to Leon'
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("Fans of the show said") is None
#: True
RE_ANONYMOUS_SOURCE_OPENS = LazyPattern(
    r"\s*(?:(?:But|And|Yet|Meanwhile,|However,) )?(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\p{Ll}\-]+ ){0,2}?"
    r"(?P<head>" + "|".join(sorted(ANONYMOUS_SOURCE_NOUNS)) + r")"
    r"(?: (?:close to|of|for|familiar with|at|from) (?:(?:the|her|his|their) )?"
    r"(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}|[\p{Ll}\-]+(?: [\p{Ll}\-]+)?))?)"
    r"(?:,[^,]{1,60},)? (?:\p{Ll}+ly )?(?:told|tells|said|says|insisted|insists|claimed|claims|added|adds|revealed|reveals"
    r"|explained|explains|maintained|maintains|confided|confirmed|admitted|was|is)\b")


#: (guard) Two people named together, or a family by its surname in the plural (‘Harry and Meghan’,
#: ‘the Okafors’), mid-sentence: a plural a "they" may stand for.
RE_NAMED_PLURAL = LazyPattern(r"\b\p{Lu}\p{Ll}+ (?:and|&) \p{Lu}\p{Ll}+\b|\b[Tt]he \p{Lu}\p{Ll}+s\b(?! \p{Lu})")


def _anonymous_source_they(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one unnamed source (a source, an insider, a pal, a friend, a spokesperson) the sentence just
    before opens with, for a "they" after the quotation that nothing plural resolves: the sentence before
    in the quotation's paragraph, or the last of the paragraph before when the quotation opens its own
    (‘But a source close to the star told Metro she was “gutted”. / “She never saw it coming,” they said.’).
    "The insider" is the one described so before (‘An insider told The Sun: …’); never with people in the
    plural between (‘… Fans were furious. “…,” they said’), nor a "the" source no one described before."""
    if sp.open_at > lo:
        s, hi = last_sentence_start(text, lo, sp.open_at), sp.open_at
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        s = last_sentence_start(text, p0, hi)
    else:
        return None
    one = RE_ANONYMOUS_SOURCE_OPENS.match(text, s, hi)
    if one is None or RE_PEOPLE_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None
    if RE_NAMED_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None  # (guard) people named in the plural after the source: ‘A friend of the couple said Harry
        # and Meghan had …’, ‘… said the Okafors were grateful’: the "they" may be theirs
    who, head = one.group("who"), one.group("head")
    if who[:3].lower() != "the":
        return Person(who[0].lower() + who[1:], kind="description")
    return next((p for _, p in reversed(cast.recent) if p.kind == "description" and not p.plural
                 and description_head(p.name) == head), None)  # (the one described so before)


#: Last words of a short phrase of time or distance that opens a sentence (‘Two days later,’, ‘A
#: minute afterwards,’).
DISTANCE_ENDS = frozenset("later earlier away nearby ago afterwards".split())


#: Words that open a short opening phrase of place or time (‘Further down the road,’, ‘At the next house,’).
OPENING_PHRASE_LEADS = OPENING_PREPOSITIONS | PLACE_OPENERS


def _opening_phrase_before(toks: list, m: Mention) -> bool:
    """Only a short opening phrase of place or time and its comma stand before the mention, no
    verb in it (‘Further down the road, a woman in her 30s was less patient.’, ‘At the next
    house, one voter was unconvinced.’, ‘An hour later,’; never a clause: ‘When she left,’)."""
    lead = [x for x in toks if x.end <= m.start]
    return 2 <= len(lead) <= 8 and lead[-1].text == "," and (lead[0].word in OPENING_PHRASE_LEADS or (
        len(lead) <= 5 and lead[-2].word in DISTANCE_ENDS)) \
        and not any(x.text in ",;:“”\"" or _verb_like(x) or (x.word in BE_FORMS and not x.capitalized) or x.word in PRONOUNS
                    for x in lead[:-1])  # (never a clause of its own: ‘When she left, a woman …’)


def _brought_in_after_opening(text: str, m: Mention, head: str | None) -> bool:
    """Someone unnamed that the mention itself brings in, right after a short opening phrase of place
    or time (‘At a bus stop in Dhaka, a garment worker clutched her bag.’): unnamed as
    :func:`_unnamed_person` tells, though the comma before them would make them another's
    apposition there (‘John Hale, a retired soldier’)."""
    if head is None or m.text.split()[0].lower() not in ("a", "an", "one", "another") or text[max(0, m.start - 2):m.start] != ", ":
        return False
    lo = max(0, m.start - 120)
    ends = sentence_ends(text, lo, m.start)
    start = max(ends[-1] if ends else lo, text.rfind("\n", lo, m.start) + 1)
    if start == lo and lo > 0:
        return False  # (no sentence's start within reach: no short opening phrase)
    return _opening_phrase_before(tokenize(text, start, m.end), m) and _unnamed_person(head, m.text, len(m.text))


def _anyone_named_before(cast: Cast, at: int) -> bool:
    """Someone the article names in full before ``at``."""
    return any(p.kind == "name" and " " in p.name and any(s < at for s, _ in p.spots) for p in cast.by_surname.values())


#: Pronouns that are objects (another acted on: ‘A judge sentenced him’).
OBJECT_PRONOUNS = frozenset("him her them".split())

#: What a sentence says of someone unnamed it opens with, to its end, when it is only a gesture or a wait
#: of theirs (‘At the market in Lagos, a trader selling tomatoes shook her head.’, ‘an elderly farmer
#: leaned on his hoe.’, ‘a commuter waited in the rain.’): the words in marks after it are
#: theirs, as after a stance. Only their own things after the verb, in lower case (never ‘… carried
#: Ana Ruiz’, ‘… sentenced him’); "owner" is the "his" or "her" that tells their sex, "doing" what they
#: do as part of who they are.
RE_GESTURE_ENDS = LazyPattern(
    r"(?P<doing> \p{Ll}+ing(?: [\p{Ll}\-]+){1,2}?)?"  # (what they do, after the noun: ‘a trader selling tomatoes’)
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(GESTURE_VERBS)) + r")"
    r"(?: (?:up|back|down|again|slowly|quietly|silently|wearily|sadly))?"
    r"(?: (?:(?:on|in|at|over|into|by|against|outside|beside|behind|under|across) )?(?:the|a|an|(?P<owner>his|her)) (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]+)?"
    r"(?=[.!?](?:\s|$))")

#: A name given right after someone described (‘a girl named Priya Anand’, ‘A woman seated near the
#: front, who later identified herself as X,’).
RE_NAMED_NEXT = LazyPattern(r"(?: [\p{Ll}\-]+){0,4}?(?: named| called|, who [^.,;]{0,30}?(?:identified|introduced|gave) )")


def _owner_of_voice(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one whose voice, eyes or hands the last sentence of a paragraph opens with (‘His wife,
    Denise Okafor, spoke first. Her voice was steady.’): the "her" as a pronoun, resolved there."""
    ends = [e for e in sentence_ends(text, lo, hi) if text[e:hi].strip()]  # (the last sentence's start)
    start = ends[-1] if ends else lo
    if text.find("His ", start, hi) < 0 and text.find("Her ", start, hi) < 0:
        return None  # (a plain test first: the pattern, which holds either, is compiled only for an article that may need it)
    m = RE_VOICE_OPENS.match(text, start, hi)
    if m is None:
        return None
    at = m.start(1)
    pronoun = Mention(at, at + len(m.group(1)), "she" if m.group(1) == "Her" else "he", "pronoun")
    position, cast.position = cast.position, at
    p, _ = cast.resolve(pronoun)
    cast.position = position
    return (pronoun, p) if p is not None else None


#: A sentence that opens with someone's voice or manner (‘Her voice was steady.’, ‘His hands shook.’).
RE_VOICE_OPENS = LazyPattern(r"\s*(His|Her) (?:voice|eyes|hands|face|tone|words|answer|reply"
                               r"|" + _SAYINGS + r") ")


def _described_person(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one person the article names that a definite description or a kin word stands for
    ("the guitarist", "Their mother", "The 72-year-old"), if any."""
    if m.text.split()[0].lower() not in ("the", "his", "her", "their"):
        return None
    age = RE_THE_AGE.fullmatch(m.text)
    if age is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    if m.text.lower() in ("the former", "the latter"):
        return _former_or_latter(text, m, cast)
    p = cast.resolve(m)[0]
    if p is None or p.kind != "name":
        return None
    words = m.text.lower().split()[1:-1]  # (every word before the head in a role of theirs: never
    # ‘The Afro-Colombian journalist’ for another journalist)
    roles = " ".join(cast.roles_of(p)).lower().split()
    return p if all(w in roles for w in words) else None


#: A document's cues in the present tense (‘…,” it says’).
DOCUMENT_PRESENT_CUES = frozenset("says states reads".split())

#: A sentence that opens with a common noun after an article (‘The law bans …’).
RE_THING_OPENS = LazyPattern(r"\s*(?:The|A|An|This|That) \p{Ll}")

#: An opening clause in which the reporter contacts a body by name, before the "it" that answers:
#: ‘When we contacted Zestline Broadband, it said:’, ‘After The Herald approached Northgate Homes
#: about the leak, it said’ (group 1: the body's name; a few words of topic may follow it).
#:
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted Acme Energy, ").group(1)
#: 'Acme Energy'
#: >>> RE_CONTACTED_BODY.fullmatch("After Money approached Harbourview Rentals about her case, ").group(1)
#: 'Harbourview Rentals'
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted her, ") is None
#: True
RE_CONTACTED_BODY = LazyPattern(
    r"\s*(?:When|After|Once|Since|Before) (?:we|I|(?:the |The )?\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*)?) "
    r"(?:" + "|".join(sorted(CONTACT_VERBS)) + r") (\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:&|and|of) )?(?: ?\p{Lu}[\p{L}\p{M}&’'\-]*){0,4})"
    r"(?: (?:about|over|regarding|on|for) [^,;:“”\"]{1,60})?, ")


def _contacted_body(text: str, lo: int, at: int, cast: Cast) -> Person | None:
    """The body the sentence's opening clause says the reporter contacted, which the "it" right
    after the clause stands for: ‘When we contacted Zestline Broadband, it said: “…”’ (never a person
    the article knows, ‘When we contacted Dean Ryan, it said’ names no body)."""
    m = RE_CONTACTED_BODY.fullmatch(text, lo, at)
    if m is None:
        return None
    words = m.group(1).split()
    known = cast.by_surname.get(words[-1].rstrip(".").lower())
    if gender_of(words[0]) is not None or words[0].rstrip(".").lower() in HONORIFICS or (known is not None and (
            known.personlike or known.titled or known.gender is not None)):
        return None  # (no one with a given name, a title or a sex: a person is never "it")
    if len(words) > 1 and not (is_organisation(words) or words[-1].lower() in BUSINESS_WORDS or words[-1].lower() in ORG_WORDS):
        return None  # (a name of two words or more that says nothing of a body: ‘When we contacted Dean Ryan’)
    return Person(m.group(1), kind="organisation")


def _named_with_which(name: str, text: str) -> bool:
    """A name the text sets off with "which" after it, as a writer does for a thing or a body and never
    for a person: a body an "it" may stand for (‘Coralwind, which held most of the deposits, froze
    withdrawals. In a statement, it said …’); only one word or more in capitals, never a person's "who".

    >>> _named_with_which("Coralwind", "Coralwind, which runs the app, said"), _named_with_which("Ruth Okafor", "Ruth Okafor, who runs it")
    (True, False)
    >>> _named_with_which("Kestrel", "Kestrel which")
    False
    """
    return bool(name) and name[:1].isupper() and text.find(name + ", which ") >= 0


def _body_letters(name: str, text: str) -> bool:
    """A name that is a body's letters, one word of capitals (‘IPOA’, ‘ODPP’, ‘KeNHA’) that the text
    writes in brackets after the body's name or before a word in lower case (‘IPOA disagreed’): a body
    an "it" may stand for, never a person (‘IPOA disagreed. “…,” it said’); never a dateline's
    capitals (‘LOS ANGELES —’).

    >>> _body_letters("IPOA", "IPOA disagreed."), _body_letters("KeNHA", "The KeNHA said"), _body_letters("Ipoa", "Ipoa said")
    (True, True, False)
    >>> _body_letters("LOS", "LOS ANGELES — Actress …"), _body_letters("Anne Makori", "Anne Makori said")
    (False, False)
    """
    if " " in name or not name.isalpha() or not name[:1].isupper() or sum(c.isupper() for c in name) < 3 \
            or sum(c.isupper() for c in name) * 2 <= len(name):
        return False
    return regex.search(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?: \p{Ll}|\))", text) is not None


#: A description that runs on past a name after "from" or "by" into a lower-case word that is no small
#: word of a name's or a phrase's: its verb (‘a framed letter from Fenwick hangs by the front’).
#:
#: >>> bool(RE_RUNS_PAST_NAME.search("a framed letter from Fenwick hangs by the front"))
#: True
#: >>> bool(RE_RUNS_PAST_NAME.search("a letter from the Bank of England")), bool(RE_RUNS_PAST_NAME.search("a note from Kim to staff"))
#: (False, False)
RE_RUNS_PAST_NAME = LazyPattern(r" (?:from|by) (?:\p{Lu}[\p{L}\p{M}’'\-]* )+(?!(?:and|or|of|for|to|in|on|at|with|from|by|the|a|an)\b)\p{Ll}")


#: A body of the subject's own, the subject of the last clause after "but", "and" or "while" (‘…, but its
#: defence ministry regularly reports strikes’, ‘…, and its foreign ministry said’).
RE_BUT_ITS_BODY = LazyPattern(r", (?:but|and|while) its ((?:[\p{Ll}\-]+ ){0,2}?(ministry|department|office|agency|army|military"
                              r"|government|embassy|mission|command|regulator|council))(?: [\p{Ll}]+)?"
                              r" (?:said|says|reports|reported|claims|claimed|announced|announces|posts|posted|"
                              r"regularly|often|has|had|have)\b[^,;:“”\"]*[.!?]?$")


RE_PLACE_BETWEEN = LazyPattern(r"\b(?:in|into|inside|near|across|over|on|against|from) (?:the )?(?:\p{Ll}+ )?\p{Lu}")


def _owners_body_clause_before(text: str, sp: Span, at: int, cast: Cast) -> Person | None:
    """The body a sentence's subject owns, the subject of its last clause, for "it said" opening the
    next sentence (‘Russia has not commented on the corridor, but its defence ministry regularly reports
    strikes …. On Monday it said …’ is Russia's defence ministry, the subject the "it" goes on with):
    as "<subject>'s <body>", the subject a place or a body (never a person's "its"), the "it" the
    first subject of its sentence."""
    lo = _sentence_start(text, sp.para_start, at)
    if not regex.fullmatch(r"(?:(?:On|By|Late|Early|Last|Later|Earlier)[\w ]{0,30}?,? )?", text[lo:at]):
        return None  # (the "it" opens its sentence, after a time phrase at most: ‘On Monday it said’)
    p_lo = _sentence_start(text, max(0, lo - CONTEXT_CHARS), max(0, lo - 2))
    clause = RE_BUT_ITS_BODY.search(text[p_lo:lo].rstrip())
    if clause is None:
        return None
    m = sentence_subject(text, tokenize(text, p_lo, p_lo + clause.start()), lambda w: True)
    if m is None or m.kind not in ("name", "organisation"):
        return None
    if RE_PLACE_BETWEEN.search(text, m.end, p_lo + clause.start()) is not None:
        return None  # (a place told of between, which "its" may be: ‘Israel has not commented on the strike in
        # southern Lebanon, but its health ministry said …’)
    owner, _ = cast.resolve(m)
    place = m.text.lower() in ONE_WORD_PLACES or m.text in TWO_WORD_PLACES
    if owner is None or not (place or owner.placelike or owner.kind == "organisation") or owner.gender is not None \
            or owner.titled or cast.roles_of(owner):
        return None  # (never a person's: ‘Smith declined to comment, but its board …’ is no "Smith's board")
    return Person(f"{m.text}'s {clause.group(1)}", kind="organisation")


#: A sentence's closing report of who told it (‘…, Acme Energy said on Friday.’, ‘…, the city of Aston said.’) (review rv19).
#:
#: >>> bool(RE_REPORTED_TAIL.search("It was sent by mistake, Acme Energy said on Friday.")), bool(RE_REPORTED_TAIL.search("It was sent by mistake."))
#: (True, False)
RE_REPORTED_TAIL = LazyPattern(r",\s+(?:[\p{L}\-]+\s+){1,6}?(?:said|says|added|confirmed|told reporters)"
                               r"(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+on\s+\p{Lu}\p{Ll}+)?[.!]\s*$")


#: Trades of a firm that a person plies too, before a name of two words a person's (‘Film maker Ash
#: Corrigan’, ‘Local grocer Amit Shah’, ‘Property developer Kit Aldane’), review rv63b.
#:
#: >>> "grocer" in PERSON_TRADE_NOUNS, "company" in PERSON_TRADE_NOUNS
#: (True, False)
PERSON_TRADE_NOUNS = frozenset(("contractor", "grocer", "builder", "maker", "supplier"))


def _person_trade(noun: str) -> bool:
    """A trade's noun a person plies as much as a firm (‘developer’, ‘film maker’, ‘specialist’)."""
    return noun in ROLE_NOUNS or noun in PERSON_TRADE_NOUNS or noun.endswith("maker")


def _body_for_it(text: str, sp: Span, at: int, paras: list[tuple[int, int]], cast: Cast, cue: str = "") -> Person | None:
    """The body or the document an "it" that speaks stands for: the subject of its own sentence
    (‘The group seeks … what it calls “…”’), else the one quoted just before, in its paragraph or
    the one before, when that is a body (‘“…,” the ministry said. … “…,” it added’; never a
    person's), else the subject of a sentence before (‘The IMF said growth was slowing. It said the
    risks were “…”’; ‘The email, released by …, was sent at …. “…,” it reads’): an organisation,
    a place, a body described or a document, never a person."""
    authors: list[Person] = []  # the subjects read as a document's author (see subject_of)

    def bodylike(p: Person, far: bool = False) -> bool:
        if any(p is q for q in authors):
            return True
        if p.kind == "description" and (" from " in p.name or " by " in p.name) \
                and RE_RUNS_PAST_NAME.search(p.name) is not None:  # (a cheap exact prefilter: the pattern needs either)
            return False  # (a subject read on past its sender into its verb: ‘a framed letter from Fenwick
            # hangs by the front’ is no one)
        head = description_head(p.name) if p.kind == "description" else None
        return p.kind == "organisation" or p.placelike or (head is not None and not p.plural and (
            head in BODY_NOUNS or head in ORG_WORDS or head in THING_NOUNS or head in WRITTEN_NOUNS)) or (
            # (any body's noun: ‘The panel was unmoved. It said the law had “…”’)
            p.kind == "name" and p.gender is None and not p.titled
            and (p.name.rsplit(" ", 1)[-1].lower() in BUSINESS_WORDS or p.name.rsplit(" ", 1)[-1].lower() in ORG_WORDS
                 or _body_letters(p.name, text) or (not far and _named_with_which(p.name, text))
                 or any(_trade_lead(r) and (" " not in p.name or not _person_trade(r.split()[-1].lower()))
                        for r in cast.roles_of(p))))
        # (a name after a firm's trade is a firm's, whatever its words: ‘Power company WestGrid said …. In a
        # statement, it said …’, w63b; but a name of two words after a trade a person has too is a person's:
        # ‘Film maker Ash Corrigan said …. It said …’ is never Corrigan, review rv63b)
        # (a name set off with "which" only in the sentence just before or its own: ‘Tuvalu, which …, asked
        # for help. Australia offered visas. It said …’ is never Tuvalu's)

    def known(word: str) -> bool:
        # a lone word the article knows, or one it sets off with "which", a body's: ‘Coralwind, which
        # held most of the deposits, froze withdrawals.’ (never a word of the language: ‘This, which …’)
        return cast.knows(word) or (word not in FUNCTION_WORDS and word not in NOT_NAMES
                                    and _named_with_which(word[:1].upper() + word[1:], text))

    def subject_of(x: int, y: int) -> Person | None:
        if text[x:x + 1].isupper() and (dateline := RE_DATELINE.match(text, x, y)) is not None:
            x = dateline.end()  # (past a dateline: ‘NAIROBI — The audit, released by …, found …. It said’)
        elif x == sp.para_start or x in para_starts:
            if (stamp := RE_ENTRY_TIME_LEAD.match(text, x, y)) is not None:
                x = stamp.end()  # (past a live entry's time: ‘13.20 The agency says …. In a statement, it said:’)
        m = sentence_subject(text, tokenize(text, x, y), known)
        if m is None or m.start >= at or m.kind == "pronoun" or sp.start <= m.start < sp.end:
            return None  # (never a body in the words themselves: ‘“The OOW did not detect …,” it said’)
        if m.kind == "description" and _quoted_at(cast, m.start):
            return None  # (nor one in the words of the sentence before, whose speaker spoke them: ‘“The board
            # decided to act …,” the bank said. It said it would “…”’ is the bank's) (w65g)
        who = cast.resolve(m)[0]
        if who is not None and m.kind == "name" and not _named_person(who) \
                and RE_AUTHORED_LEAD.search(text, max(x, m.start - 100), m.start) is not None:
            authors.append(who)  # the author of the document that opens the sentence, whatever it is called:
            # ‘A report by consultants WasteWise Advisory found …, though it cautioned that “…”’
        if who is not None and who.kind == "description" and (noun := description_head(who.name)) in BODY_NOUNS:
            if (named := RE_KIND_THEN_BODY_NAME.match(text, m.end, y)) is not None and _body_of_kind(named.group(1).split(), noun):
                return Person(named.group(1), kind="organisation")  # the body's name set off after its kind: ‘The
                # firm that leases the unit, Brackwell Logistics, has released a statement. “…,” it said’
            spoke = next((p for pos, p in reversed(cast.speakers) if m.start <= pos < at), None)
            if spoke is not None and spoke.kind == "organisation" and _body_of_kind(spoke.name.split(), noun):
                return spoke  # the body "the federation" was found to be when it spoke (‘The federation said it
                # would “…”. “…,” it said’), never the words as written
            if noun in SOLE_BODY_NAMED_ANYWHERE_NOUNS and (body := _sole_body_in_article(text, m.start, noun, paras, cast)) is not None:
                return body  # the one league or trust the article names, as "the trust" itself is (‘… who works with
                # the Brookvale Sight Trust …. The trust, which …, said …. “…,” it said’) (w65e)
        return who

    para_starts = {paras[sp.paragraph - 1][0]} if sp.paragraph > 0 else set()
    bounds = []
    for p_lo, p_hi in ([paras[sp.paragraph - 1]] if sp.paragraph > 0 else []) + [(sp.para_start, at)]:
        p_lo, p_hi = max(p_lo, at - CONTEXT_CHARS), min(p_hi, at)
        if p_lo < p_hi:
            ends = sentence_ends(text, p_lo, p_hi)
            bounds += zip([p_lo, *ends], [*ends, p_hi])
    bounds = bounds[-4:]
    if bounds and bounds[-1][1] == at:
        own_lo = bounds[-1][0]
        own = subject_of(*bounds.pop())
        if own is not None and bodylike(own):
            return own
        if (contacted := _contacted_body(text, own_lo, at, cast)) is not None:
            return contacted  # (the body the opening clause contacted: ‘When we contacted X, it said’)
        bounds = [(x, y) for x, y in bounds if not sp.open_at <= x < y <= sp.end]  # (the words' own sentences
        # are no sentence before: ‘The trust … said …. “Acid is sold openly. Until that stops, …,” it said’ is the
        # trust's, the sentence before the words) (w65e)
    earliest = paras[sp.paragraph - 1][0] if sp.paragraph > 0 else sp.para_start
    last = next(((pos, p) for pos, p in reversed(cast.speakers) if pos < at), None)
    if cue in CONTINUING_CUES and last is not None and last[0] >= earliest:
        return last[1] if bodylike(last[1]) else None  # ‘“…,” Boeing said. The ruling follows …. “…,” it added’
    before = subject_of(*bounds[-1]) if bounds else None
    if bounds and before is None and RE_THING_OPENS.match(text, bounds[-1][0]) and cue in DOCUMENT_PRESENT_CUES:
        return None  # a thing opens the sentence before: ‘The law bans plastic bags. “…,” it says’
    if before is not None:
        # the subject of the sentence just before: a body or a document brought in there (‘The
        # watchdog disagrees. “…,” it said’, ‘A leaked memo … tells a different story. “…,” it says’),
        # or a thing that speaks for no one (‘The law bans …’)
        if bodylike(before) and not (before.kind == "description" and description_head(before.name) in MADE_MATERIAL_NOUNS
                                     and RE_REPORTED_TAIL.search(text, bounds[-1][0], bounds[-1][1]) is not None):
            return before  # (never a material whose sentence another reports: ‘The mailer was sent by mistake, Acme
            # Energy said. “…,” it said’ is Acme's (review rv19))
        if before.kind == "description" and not _person_noun(description_head(before.name) or "") and cue in DOCUMENT_PRESENT_CUES:
            return None
    if last is not None and last[0] >= earliest:
        return last[1] if bodylike(last[1]) else None
    for x, y in reversed(bounds[-3:-1]):
        p = subject_of(x, y)
        if p is not None and bodylike(p, far=True):
            return p
    return None


#: A paragraph that opens with the writer's own question, asked of no one named: ‘“Do you miss
#: it?” I ask, as we walk back.’, ‘“Are you nervous?” I asked him.’ (never ‘… I ask Ms. Cole.’).
RE_WRITER_QUESTION_PARAGRAPH = LazyPattern(r"[“‘\"'][^\n“”\"]{1,300}\?[”’\"'] I (?:ask|asked)(?: (?:him|her))?"
                                           r"(?:[.,;!]|[ \t]*(?:\n|$))")

#: How often the subject of a profile is named, at least, before it is taken for the one answering
#: the writer.
PROFILE_MIN_NAMED = 3


def _profile_answer(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found,
                    gender: str) -> Person | None:
    """The "he" or "she" who answers the writer's own question, asked of no one named in the paragraph
    before (‘“Do you still play?” I ask. / “When I'm asked,” he says.’): the one the article is
    about, the person of that sex it names most often, in its opening paragraphs too; never the
    last one quoted before the question, a bystander. None when the answer's paragraph names
    someone before the pronoun, or when two people of that sex are named as often."""
    if sp.paragraph == 0 or found.mention is None or found.mention.start < sp.para_start:
        return None
    q_lo, q_hi = paras[sp.paragraph - 1]
    if text.find(" I ask", q_lo, q_hi) < 0 or RE_WRITER_QUESTION_PARAGRAPH.match(text, q_lo, q_hi) is None:
        # (a cheap exact prefilter first: the pattern needs the writer's " I ask" or " I asked")
        return None
    between = text[sp.para_start:min(sp.open_at, found.mention.start)]
    if any(w.group().lower() not in FUNCTION_WORDS for w in RE_CAPWORD.finditer(between)):
        return None  # (‘Ogunbiyi laughs. “…,” he says’: the one named; ‘She thinks about it. “…,” she says’ goes on)
    opening = paras[min(2, len(paras) - 1)][1]
    counts = []
    for p in itertools.islice(cast.by_surname.values(), cast.window):
        if p.kind != "name" or " " not in p.name or p.plural or p.placelike or is_organisation(p.name.split()) \
                or (p.gender or gender_of(p.name.split()[0])) != gender:
            continue
        surname = p.name.split()[-1]
        counts.append((sum(1 for _ in word_positions(text, surname, 0, q_lo)), p))  # (named before the question:
        # never ‘pointing at Ward’ in the answer)
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] < PROFILE_MIN_NAMED or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    p = counts[0][1]
    if next(word_positions(text, p.name.split()[-1], 0, opening), None) is None:
        return None  # (the one the opening names: a profile's subject)
    if sp.paragraph >= 2:
        b_lo, b_hi = paras[sp.paragraph - 2]
        if not any(c in text[b_lo:b_hi] for c in "“”\"‘’") and any(
                other is not p and next(word_positions(text, other.name.split()[-1], 0, b_lo), None) is None
                and next(word_positions(text, other.name.split()[-1], b_lo, b_hi), None) is not None
                for _, other in counts):
            return None  # (someone of that sex brought in, unquoted, right before the question: the one asked,
            # ‘The farm manager, Kofi Boateng, walks over. / “How long …?” I ask. / “Twelve years,” he says.’)
    return p


#: A run of capitalised words, one or more (‘Haldane’, ‘Dave Kimbrough’), for a short paragraph's names.
RE_CAPITAL_RUN = LazyPattern(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*)*")


def _lone_speaker_before(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found) -> Person | None:
    """The one person a narrative paragraph names, when a quotation opening the next paragraph has
    a "he" or "she" that would go to an earlier speaker: someone already quoted, of the pronoun's
    sex, the only person that paragraph names (‘Analyst X said on air …. / The win earned Haldane
    $1.6 million. / “I'm going to call my mom,” he said’ is Haldane's). Never when the paragraph
    quotes anyone, names anyone else, or its one named has not spoken (‘Police arrested Smith. /
    “…,” he said’ stays the officer's)."""
    gender = GENDERS.get(found.mention.text.lower())
    if gender is None or sp.open_at != sp.para_start or sp.paragraph == 0 or found.person is None:
        return None
    p_lo, p_hi = paras[sp.paragraph - 1]
    if p_hi - p_lo > 400 or any(c in text[p_lo:p_hi] for c in "“”\"‘«`") or "''" in text[p_lo:p_hi]:
        return None
    lone = None
    for run in RE_CAPITAL_RUN.finditer(text, p_lo, p_hi):
        words = run.group().split()
        if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
            continue  # (a sentence's capitalised first word: ‘The’, ‘After’, ‘And’)
        last = words[-1].removesuffix("’s").removesuffix("'s")
        p = cast.by_surname.get(last.lower())  # (a look-up only: resolving would add whoever the run names)
        if p is None or p.kind != "name" or (lone is not None and p is not lone) or " " not in p.name \
                or cast.namesakes.get(last.lower()) or not p.name.endswith(" " + last) \
                or (len(words) > 1 and not p.name.endswith(" ".join(words[:-1] + [last]))):
            return None  # (every capitalised word the one person's name: ‘The win earned Haldane $1.6 million.’)
        lone = p
    if lone is None or lone is found.person or lone.gender != gender or not lone.spoke \
            or OBJECT_OF_SEX[gender].search(text, p_lo, p_hi):
        return None  # (never when a "him" or "her" in it may stand for the one quoted before)
    return lone


def _hailed_replier(text: str, sp: Span, before: list[Span], cast: Cast, found: Found, gender: str) -> Person | None:
    """The one a question alone in the paragraph before calls by name, for the "he" or "she" of a
    reply right after it: ‘“Yes or no, Mr. Petrov?” / “We will replace it,” he replied.’ is Petrov's,
    whoever else the article named last (one person of the pronoun's sex called, or none)."""
    q = before[-1] if before else None
    if q is None or q.paragraph != sp.paragraph - 1 or sp.open_at != sp.para_start or q.open_at != q.para_start \
            or (found.cue or "").lower() not in REPLY_CUES or not text[q.start:q.end].rstrip().endswith("?"):
        return None
    content = text[q.start:q.end]
    return _only_one(p for _, p in cast.recent if p.kind == "name" and p.gender in (None, gender) and _hails(content, p.name))


#: A sentence that opens with "The" and up to three words, one of which may be an office (‘The
#: president himself’, ‘The prime minister’, ‘The Taoiseach’, ‘The new health secretary’); group 1 those words.
RE_OFFICE_OPENING = LazyPattern(r"The ((?:[\p{L}\-]+ ){0,2}[\p{L}\-]+)\b(?![’'])")


def _office_subject_before(text: str, sp: Span, found: Found, cast: Cast) -> Person | None:
    """For a "he" or "she" that opens its sentence and speaks before the words, the named person
    the sentence before in the paragraph is about by an office (‘The minister herself has been
    cautious. Asked on Monday, she called the plan “premature”’, ‘The president himself has sent
    mixed signals. In an interview, he called her “fantastic”’), when the pronoun found someone
    else; none when anyone else is named between (‘The coach dropped Reyes. He called it “…”’)."""
    gender = GENDERS.get(found.mention.text.lower())
    ends = sentence_ends(text, sp.para_start, found.mention.start) if gender is not None else []
    if not ends or found.mention.start > sp.open_at:
        return None
    prev = ends[-2] if len(ends) > 1 else sp.para_start
    opening = RE_OFFICE_OPENING.match(text, prev + len(text[prev:ends[-1]]) - len(text[prev:ends[-1]].lstrip()), ends[-1])
    if opening is None or not any(w in ROLE_NOUNS for w in opening.group(1).lower().split()):
        return None  # (only a sentence that opens with "The" and an office: read before the cast is asked,
        # and before the pronoun's own sentence is parsed, the costlier test)
    own = tokenize(text, ends[-1], sp.open_at)
    subject = sentence_subject(text, own, cast.knows) if own else None
    if subject is None or subject.start != found.mention.start:
        return None  # (only the pronoun that is its sentence's subject)
    ms = _last_sentence_subject(text, sp.para_start, ends[-1], cast, main_clause=True, described=True)
    if ms is None or ms[0].kind != "description" or ms[1].kind != "name" or ms[1].name == found.person.name \
            or ms[1].gender not in (None, gender) or ms[0].text.split()[0].lower() != "the" \
            or (head := description_head(ms[0].text)) not in ROLE_NOUNS or GENDERED_NOUNS.get(head, gender) != gender:
        return None
    if "former" not in ms[0].text.lower().split() and cast.sole_office_holder(head) is not ms[1]:
        return None  # (only the article's one holder of the office: never with two presidents in the story;
        # a former one is told apart by the word)
    if any(q is not ms[1] and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in text[ms[0].end:found.mention.start]
           for q in cast.by_surname.values()):
        return None  # (someone else named after the office: the pronoun may be theirs)
    return ms[1]


#: An unnamed subject's act on a "her" or "him" (group 1), right after it (‘ told her to write down …’).
RE_ACTS_ON_ONE = LazyPattern(r" (?:\p{Ll}+ly )?(?:\p{Ll}+ed|told|gave|sent|taught|left|took|got|made) (her|him) "
                             r"(?:to|that|about|how|into|not)\b")


#: A blood kin named by a given name alone after "his" or "her", past up to two words (‘his 7-year-old son,
#: Jaden,’, ‘her younger sister, Aoife.’): group 1 the owner word, 2 the kin, 3 the given name.
RE_KIN_GIVEN_NAME = LazyPattern(r"\b([Hh]is|[Hh]er) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}(son|daughter|brother|sister), "
                                r"(\p{Lu}\p{Ll}+)(?=[,.])")


def _kin_given_name_subject(text: str, s_lo: int, s_hi: int, cast: Cast, gender: str, found: Found) -> Person | None:
    """A child or sibling named by a given name alone (‘his 7-year-old son, Jaden,’) who is the subject of
    the sentence right before a quotation in its own paragraph, whose "he" or "she" after the words is
    theirs (‘Jaden didn't hesitate. “Pizza,” he said’), never the parent the pronoun found: named with
    the surname of the one named last, of the owner word's sex, before the kin. None unless the kin's sex
    is the pronoun's, the given name tells no other sex, the name opens the sentence or follows its
    opening phrase, and the article knows no one else by that given name."""
    if found.person is None or found.person.kind != "name" or found.mention.start < s_hi:
        return None
    st = last_sentence_start(text, s_lo, s_hi)
    for pair in RE_KIN_GIVEN_NAME.finditer(text, max(0, s_lo - KIN_PAIR_REACH), s_lo):
        given, kin = pair.group(3), pair.group(2)
        if KIN_SEX[kin] != gender or sex_of_given_name(given) not in (None, gender) or given in found.person.name.split():
            continue
        at = text.find(given, st, s_hi)
        if at < 0 or not (at == st or text[at - 2:at] == ", ") or not text.startswith(" ", at + len(given)) \
                or not text[at + len(given) + 1:at + len(given) + 2].islower():
            continue  # (the sentence's subject, at its start or past its opening phrase: ‘Asked …, Jaden laughed.’)
        owner_sex = OWNER_GENDERS[pair.group(1).lower()]
        owner = next((q for pos, q in reversed(cast.recent) if pos < pair.start() and q.kind == "name"
                      and q.gender == owner_sex and " " in q.name), None)
        if owner is None or owner is not found.person:
            continue  # (only when the pronoun went to the owner: the parent is not the child)
        if any(q.kind == "name" and " " in q.name and q.name.split()[0] == given for q in cast.by_surname.values()):
            continue  # (someone else the article names by that given name)
        p, _ = cast.resolve(Mention(pair.start(3), pair.end(3), f"{given} {owner.name.split()[-1]}", "name"))
        if p is not None and p.kind == "name" and p is not found.person:
            return p
    return None


#: The end of a clause that gives someone unnamed a name to go by, right before it (‘asked that only her first
#: name, ’, ‘who gave his name only as ’, ‘identified only as ’): group 1 the possessive, when there is one.
#:
#: >>> RE_ALIAS_GIVEN_BEFORE.search("and asked that only her first name, ").group(1)
#: 'her'
RE_ALIAS_GIVEN_BEFORE = LazyPattern(r"(?:\b(his|her|their) (?:first |given )?name,? (?:only )?(?:as )?"
                                    r"|\b(?:identified|known) (?:publicly )?only as )$")


def _aliased_subject(text: str, ms: tuple[Mention, Person] | None, gender: str, found: Found) -> Person | None:
    """The one the sentence before a quotation is about by the only name it gives them to go by, for a
    "he" or "she" after the words, when that sentence quotes them in no marks: ‘A barman who has poured
    pints there for 30 years, and who asked that only his first name, Declan, be used, said trade was
    down. / “…,” he said’ is Declan's, never a man named paragraphs before. None unless the name is set
    right after such a clause (:data:`RE_ALIAS_GIVEN_BEFORE`), the clause's "his" or "her" and the
    given name tell no other sex, and the pronoun found someone else."""
    if ms is not None and ms[0].kind == "description" and found.person is not None and found.person.kind == "name" \
            and alias_is_theirs(ms[0].text) and text.startswith((" who ", ", who "), ms[0].end):
        alias = alias_after_clause(text, ms[0].end + (text[ms[0].end] == ","))
        return found.person if alias is not None and alias.group(2) == found.person.name else None
        # (the description the sentence opens with, when the pronoun found the name it goes by: ‘A nurse who
        # has worked on the ward for 12 years and asked that only her first name, Siobhan, be used, said …’)
    if ms is None or ms[0].kind != "name" or ms[1].kind != "name" or found.person is None or ms[1] is found.person \
            or found.person.name == ms[1].name:
        return None
    given = RE_ALIAS_GIVEN_BEFORE.search(text, max(0, ms[0].start - 60), ms[0].start)
    if given is None or (given.group(1) and OWNER_GENDERS.get(given.group(1)) not in (None, gender)) \
            or sex_of_given_name(ms[0].text.split()[0]) not in (None, gender) or ms[1].gender not in (None, gender):
        return None
    return ms[1]


def _pronoun_subject(text: str, sp: Span, lo: int, before: list[Span], paras: list[tuple[int, int]],
                     cast: Cast, found: Found) -> Person | None:
    """The subject of the sentence before a quotation, when a "he" or "she" after it would go to
    someone else: the person that sentence is about, of the pronoun's gender (‘After the hearing,
    his daughter, Elena Ruiz, said …. “He is still my father,” she said.’), however the sentence
    opens. ``before`` are the quotations just before: a name inside one is no subject."""
    gender = GENDERS.get(found.mention.text.lower()) if found.mention is not None else None
    if gender is None:
        return None
    answerer = _profile_answer(text, sp, paras, cast, found, gender) or _hailed_replier(text, sp, before, cast, found, gender)
    if answerer is not None:
        return answerer
    if sp.open_at > lo:
        ms = _last_sentence_subject(text, lo, sp.open_at, cast, main_clause=True, described=True)
        s_lo, s_hi = lo, sp.open_at
    elif sp.open_at == sp.para_start and sp.paragraph > 0:
        p_lo, p_hi = paras[sp.paragraph - 1]
        ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast, main_clause=True, described=True)
        s_lo, s_hi = p_lo, p_hi
    else:
        return None
    if sp.open_at > lo and (kin := _kin_given_name_subject(text, s_lo, s_hi, cast, gender, found)) is not None:
        return kin  # (‘Sgt Ray Cole hugged his 7-year-old son, Jaden. …. Jaden grinned. “…,” he said’: Jaden Cole)
    if (aliased := _aliased_subject(text, ms, gender, found)) is not None:
        return aliased  # (‘A waitress …, who asked that only her first name, Dana, be used, said …. / “…,” she said’)
    asking = RE_ASKING_WHOM.search(text, max(s_lo, s_hi - 200), s_hi) if sp.open_at == sp.para_start else None
    if asking is not None:  # (an answer in a paragraph of its own: in the asker's paragraph, the asker goes on)  # ‘Whitcomb opened with a question, asking Kittering whether he would …. / “…,” he
        # said.’: the one asked answers, never the asker the sentence is about
        p, _ = cast.resolve(Mention(asking.start(1), asking.end(1), asking.group(1), "name"))
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    put = None
    for put in RE_WRITER_ASKS.finditer(text, max(s_lo, s_hi - 300), s_hi):
        pass  # (the last of them)
    if put is not None and put.group(2).lower() == found.mention.text.lower() \
            and all(not text[e:s_hi].strip(" \n\t”\"’") for e in sentence_ends(text, put.end(), s_hi)):
        # the writer's own question or news put to someone, whose "he"/"she" follows: ‘When I put this to
        # Mehta, he winced. “…,” he said’, ‘I asked Mensah how she copes. “…,” she said’
        p, _ = cast.resolve(Mention(put.start(1), put.end(1), put.group(1), "name"))
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    put = RE_WRITER_ASKS_DESCRIBED.search(text, max(s_lo, s_hi - 300), s_hi) if put is None else None
    told = RE_WRITER_TELLS_DESCRIBED.search(text, max(s_lo, s_hi - 300), s_hi) if put is None else None
    if told is not None and _writer_told_described(text, told, found.mention.text, gender, s_hi):
        put = told  # (‘When I mentioned the duck to a server, she nodded. “…,” she said’: the server)
    if put is not None and put.group(2).lower() == found.mention.text.lower() \
            and (GENDERED_NOUNS.get(description_head(put.group(1)) or "") == gender or put is told) \
            and all(not text[e:s_hi].strip(" \n\t”\"’") for e in sentence_ends(text, put.end(), s_hi)):
        # (or someone described, whom a noun of the pronoun's sex tells: ‘I asked a woman in her 60s why
        # she had voted. “…,” she said’)
        p, _ = cast.resolve(Mention(put.start(1), put.end(1), put.group(1), "description"))
        return p if p is not None and p.kind == "description" and p.gender in (None, gender) else None
    if ms is not None and ms[1].kind == "description" and ms[0].start in cast._spoke_at:
        # (a described speaker found to be someone named is them: ‘…,” said the proud father. “…,” he added’)
        ms = (ms[0], next((q for pos, q in reversed(cast.speakers) if pos == ms[0].start), ms[1]))
    inside = next((b for b in before if ms is not None and b.start <= ms[0].start < b.end), None)
    if inside is not None and s_lo < inside.open_at and sp.open_at == sp.para_start:
        # a paragraph that ends in a quotation: its subject is the one of the sentence the quotation
        # stands in, never a name inside it (‘Benavides said evidence would show Kowalczyk had
        # texted a friend: “… Mateo passed out …” / “…,” she said.’ is Benavides's)
        ms = _last_sentence_subject(text, s_lo, inside.open_at, cast, main_clause=True, described=True, reporter=True)
        inside = None
    if ms is None and (kept := _kept_back_speaker(text, s_lo, s_hi, gender)) is not None:
        return cast.resolve(kept)[0]
    if ms is None and (brought := _brought_in_with(text, s_lo, s_hi, cast, gender)) is not None:
        return brought  # (‘The drama award went to the BBC series, with producer Anna Kellett collecting
        # the prize. / “…,” she said’: the producer, never the actress of the paragraph before)
    if (ms is None or ms[0].kind == "name") and (answering := _reaction_from(text, s_lo, s_hi, cast, gender, ms)) is not None:
        return answering  # (‘The remarks drew an angry reaction from farmer Brent Murphy, who …. “…,” he
        # said’: the one who reacts, never the minister quoted before)
    if ms is not None and ms[0].kind == "pronoun" and ms[0].text.lower() == found.mention.text.lower() \
            and (kept := _kept_back_set_off_speaker(text, s_lo, s_hi, gender)) is not None:
        return cast.resolve(kept)[0]  # (‘A nurse at a clinic in Leeds, who asked not to be named because she
        # …, told a different story. Her ward, she said, …. / “…,” she said’: the one described, never a
        # woman named paragraphs before)  # (‘A petroleum marketer who asked not to be named because he was not
        # authorised to speak said …. / “…,” he said’: the one described, never a man named before)
    if ms is not None and ms[0].kind == "pronoun" and ms[0].text.lower() == found.mention.text.lower() \
            and inside is None and sp.open_at == sp.para_start \
            and found.person is not None and found.person.kind == "name" \
            and len(spoke := {id(q): q for pos, q in cast.speakers if s_lo <= pos < s_hi}) == 1 \
            and any(ms[0].start <= pos < s_hi for pos, _ in cast.speakers) \
            and (went := next(iter(spoke.values()))).kind == "name" and went is not found.person \
            and went.gender in (None, gender):
        return went  # (a paragraph that is the same pronoun's speech, its main clause, goes on with that speaker:
        # ‘He said the footage showed Mr Cole standing over Mr Hale. / “…,” he said’ is the barrister's, never the
        # last man his speech names)
    if inside is None and sp.open_at > sp.para_start and found.person is not None \
            and RE_QUOTE_OPENS_THIRD[gender].match(text, sp.open_at + 1) is None \
            and (unsexed := _unsexed_subject_goes_on(text, s_lo, s_hi, cast, gender, ms)) is not None \
            and unsexed.name != found.person.name:
        return unsexed  # (one whose given name tells no sex, the paragraph's subject, whose "he" or "she" it
        # goes on with: ‘Back at the depot, Okafor had closed the shop. By noon he was sweeping. “…,” he said’
        # is Okafor's, never the last man whose sex the lists know)
    if ms is None or ms[1] is found.person or ms[0].kind == "pronoun" or inside is not None \
            or (ms[0].kind == "name" and " " not in ms[0].text and found.person is not None
                and found.person.kind == "name" and found.person.name.endswith(" " + ms[0].text)) \
            or any(b.start <= ms[0].start < b.end for b in before) \
            or RE_TOLD_BY_BEFORE.search(text, max(0, ms[0].start - 16), ms[0].start) is not None:
        return None  # (never a name inside a quotation: ‘“… except Trump,” said Mr. Stevens’; nor a bare
        # surname the one the pronoun found bears: of two who share it, the resolution chose by sex; nor one who
        # told the subject something: ‘He often recalled being told by a colonial officer that …’)
    if regex.search(rf"\basked (?:him |her )?(?:if|whether) {found.mention.text.lower()}\b", text[ms[0].end:s_hi]) is not None:
        return None  # (never one who asked about the "he": ‘A reporter asked if he had lost the dressing room. /
        # “Go and ask them,” he said’)
    if ms[0].kind == "description" and ms[1].kind == "name" and ms[1].gender in (None, gender) \
            and GENDERED_NOUNS.get(description_head(ms[0].text) or "", gender) == gender \
            and not (ms[1].gender is None and text.startswith(("He ", "She ", "His ", "Her "), sp.start)) \
            and not OBJECT_OF_SEX[gender].search(text, _past_intensifier(text, ms[0].end), s_hi if sp.open_at == sp.para_start else sp.open_at):
        return ms[1]  # (‘Their mother has a simpler explanation. “…,” she said’: Ngozi Okafor, named as
        # their mother; ‘The 72-year-old looked up. “…,” he said’)
    if ms[0].kind == "description" and ms[1].kind == "name":
        return None  # (but ‘The coach wanted to rest him. “…,” he said’ may be the one rested)
    if ms[1].kind == "description" and ms[1].gender is None and found.person is not None and found.person.kind == "name" \
            and found.person.gender == gender \
            and (acted := RE_ACTS_ON_ONE.match(text, ms[0].end, sp.open_at)) is not None \
            and acted.group(1) == ("her" if gender == "f" else "him"):
        return None  # (one unnamed who acts on a "her", when the pronoun found a woman named: ‘Amina, 16, saw a
        # counsellor. The counsellor told her to write down her nightmares. “…,” she said’ is Amina's)
    if ms[1].kind == "description" and description_head(ms[1].name) in UNMARKED_PLURALS:
        return None  # a group under a singular noun is never a "he" or "she": ‘Dr Ann Lee said the figures showed
        # what staff had long warned of. “…,” she said’ is Dr Lee's, never the staff's
    if not (ms[1].kind == "name" and (ms[1].gender == gender or (
            ms[1].gender is None and " " not in ms[1].name and (
                _set_off_role(text, ms[0].end) or (
                    gender_of(ms[1].name) == gender and ms[1].name.lower() not in ONE_WORD_PLACES
                    and (RE_PERSON_SET_OFF.match(text, ms[0].end) is not None or (
                        (noun := RE_NOUN_BEFORE_NAME.search(text, max(0, ms[0].start - 30), ms[0].start)) is not None
                        and noun.group(1) in DESCRIPTION_NOUNS and noun.group(1) not in THING_NOUNS))))) or (  # (‘Another caller, Derek, a
            # retired postman,’, ‘Rihanna, who was honored …,’; never a place: ‘Madison, whose lakes …,’)
            ms[1].gender is None and " " in ms[1].name and (RE_SAID_AFTER.match(text, ms[0].end) or RE_SAID_BEFORE_NAME.search(
                text, max(0, ms[0].start - 60), ms[0].start))))) and not (
            ms[1].kind == "description" and ms[1].gender in (None, gender) and not ms[1].plural
            and (_unnamed_person(description_head(ms[1].name), text, ms[0].end if (
                ms[0].text.split()[0].lower() in ("a", "an", "one", "another") and (found.person is None
                or found.person.kind == "name" or found.person.name.lower() != ms[1].name.lower())) else ms[0].start)
                 or (found.person is None and _unheld_office(ms[1].name, cast))
                 or _trade_told_by_who(text, ms[0], description_head(ms[1].name))
                 or (RE_GESTURE_ENDS.match(text, ms[0].end) is not None  # (‘At the market, a trader shook her head.’)
                     and (ms[1].gender is not None or found.person is None or found.person.kind != "name" or " " not in found.person.name)
                     and _brought_in_after_opening(text, ms[0], description_head(ms[1].name))))
            and not OTHER_SEX[gender].search(text, ms[0].end, sp.open_at)):
        return None  # (a person of the pronoun's sex, or one described: ‘The victim said he could not
        # sleep. “…,” he said.’ is the victim's, never the attacker's named before)
    if (text[max(0, ms[0].start - 6):ms[0].start].endswith((" and ", " or "))
        and not text[max(0, ms[0].start - 6):ms[0].start].endswith((", and ", ", or "))) \
            or text.startswith((" and ", " or "), ms[0].end):
        return None  # (one of two: ‘President Barack Obama and Vice President Joe Biden place flowers’; but a
        # clause's own subject after ", and" is one: ‘…, and Tillotson would not commit to him’)
    prev_word = text[max(0, ms[0].start - 30):ms[0].start].split()[-1:]
    if ms[1].kind == "name" and ms[1].gender is None and (
            (prev_word and prev_word[0].lower().endswith("-based"))
            or cast.firm_named(ms[1]) or ms[1].name.rsplit(" ", 1)[-1].lower() in ORG_WORDS):
        return None  # a firm, never a "he" or "she": ‘Carmen Ortega of Hong Kong-based Istmo Shipping said’
    if prev_word and prev_word[0].isalpha() and prev_word[0].islower() and not _title_noun(prev_word[0]) \
            and prev_word[0] not in ROLE_WORDS_BEFORE and prev_word[0] not in FUNCTION_WORDS \
            and prev_word[0] not in SPEECH_VERBS and ms[0].text.split()[0].rstrip(".").lower() not in ROLE_NOUNS \
            and not cast.opens_sentence(ms[0].start):  # (a title before a name opening it: ‘Tribal elder Vernon Thomas said’)
        return None  # (an object: ‘Jake Lowe beat Sam Ortiz in the final’; but ‘said X’, ‘but X’, and a
        # title's word: ‘Sabah state assembly Speaker Datuk Jeffrey Lojingau said’)
    if ms[0].kind == "description" and text.startswith(",", ms[0].end) and (
            not (text.startswith((", who ", ", whose "), ms[0].end) or RE_AND_WHO_KEPT_BACK.match(text, ms[0].end)
                 or RE_PARTICIPLE_SET_OFF.match(text, ms[0].end)
                 or RE_DESCRIPTION_SET_OFF.match(text, ms[0].end))
            or RE_ALIAS.match(text, ms[0].end)
            or (found.person is not None and found.person.kind == "description" and not (
                ms[0].text.split()[0].lower() in ("a", "an", "one", "another")
                and found.person.name.lower() != ms[1].name.lower()
                and found.person.name.lower() not in text[ms[0].end:s_hi].lower()))):
        return None  # (‘The minister of the economy, Mr. X, argues’: the name set off is the one; but
        # ‘A former kitchen supervisor, who asked not to be named, said’ is the one described, over a
        # name the pronoun found, unless the clause gives the name they go by: ‘One man, who gave his
        # name only as Ray,’; and over one described before: ‘Another customer, who declined to give
        # his name, was less forgiving.’ is not "an employee" of three paragraphs back, unless the one
        # the pronoun found is set off there: ‘Another committee member, a woman who asked …,’; nor a
        # second "who" clause after the first: ‘A juror who teaches …, and who asked not to be named …, said’)
    if ms[1].kind == "description" and RE_AND_WHO_KEPT_BACK.match(text, ms[0].end) and " who " in ms[0].text:
        short = ms[0].text.split(" who ", 1)[0]  # (the one described, as the clause that keeps the name
        # back leaves them: ‘A juror who teaches at a school, and who asked not to be named,’ is "a juror")
        return cast.resolve(Mention(ms[0].start, ms[0].start + len(short), short, "description"))[0] or ms[1]
    return ms[1]


#: A second "who" clause, after a first, that keeps the name of the one described back (‘A juror who
#: teaches at a school, and who asked not to be named because she feared harassment, said’); never one
#: that gives a name to go by (‘…, and who asked to be identified only as Grace,’).
#:
#: >>> bool(RE_AND_WHO_KEPT_BACK.match(", and who asked not to be named, said")), \
#: ...     bool(RE_AND_WHO_KEPT_BACK.match(", and who asked to be identified only as Grace, said"))
#: (True, False)
RE_AND_WHO_KEPT_BACK = LazyPattern(r", and who (?:asked|declined|requested|refused|spoke|did not want)[^,.;:“”\"\n]{0,40}?"
                                   r"\b(?:anonymity|anonymous|named|identified)\b(?! (?:only |simply )?(?:as|by)\b)")

#: Another of the pronoun's sex acted on in the sentence of a described subject (‘The coach wanted to
#: rest him.’): the "he" after it may be that one.
OBJECT_OF_SEX = {"m": regex.compile(r"\b(?:him|his|himself)\b"), "f": regex.compile(r"\b(?:her|herself)\b")}

#: A reflexive right after a subject, which only stresses it (‘The minister himself acknowledged …’): no
#: one else acted on.
INTENSIFIER_AFTER_SUBJECT = (" himself ", " herself ", " himself, ", " herself, ")


def _past_intensifier(text: str, end: int) -> int:
    """Where the sentence goes on after a subject ending at ``end``, past a reflexive that stresses it
    (‘The Minister himself acknowledged that Ireland …’): that "himself" is the subject's own, never
    another man acted on (‘The coach wanted to rest him.’ is).

    >>> t = "The minister himself acknowledged it"
    >>> t[_past_intensifier(t, 12):]
    ' acknowledged it'
    """
    for reflexive in INTENSIFIER_AFTER_SUBJECT:
        if text.startswith(reflexive, end):
            return end + len(reflexive) - 1
    return end


def _trade_told_by_who(text: str, m: Mention, head: str | None) -> bool:
    """A described subject whose head names a trade that may be a firm ("retailer", "dealer"), made a
    person by the relative "who" set off after it (‘One Birmingham retailer, who asked not to be
    named, admitted …’; never ‘One retailer, which …’)."""
    return head is not None and head in THING_NOUNS and m.text.split()[0].lower() in ("a", "an", "one", "another") \
        and text.startswith(", who ", m.end) and RE_WHO_SILENT.match(text, m.end) is None


#: A "who" clause that says the one described would not speak (‘A timber supplier, who declined to
#: comment, told customers in a letter …’): no person the next "he" can be.
RE_WHO_SILENT = LazyPattern(r", who (?:[^,.;:“”\"\n]{0,30}?\b)?(?:declined|refused|did not (?:respond|reply|return)|"
                            r"could not be reached|was not available|had no comment|would not comment)")


#: A sentence that opens with someone unnamed, a relative clause with no commas that keeps their name
#: back, and then the sentence's own speech verb (‘A petroleum marketer who asked not to be named
#: because he was not authorised to speak for his company said …’): group 1 is the one described.
#:
#: >>> RE_KEPT_BACK_SPEAKER.match("A bank official who spoke on condition of anonymity said it was late.").group(1)
#: 'A bank official'
RE_KEPT_BACK_SPEAKER = LazyPattern(
    r"((?:A|An|One|Another) (?:[\p{Ll}\-]+ ){0,3}[\p{Ll}\-]+) who (?:asked|declined|requested|refused|spoke|did not want)"
    r"[^,.;:“”\"\n]{0,40}?\b(?:anonymity|anonymous|named|identified)\b[^,.;:“”\"\n]{0,100}?"
    r" (?:said|told|admitted|conceded|acknowledged|insisted|warned|argued|explained)\b")


def _kept_back_speaker(text: str, lo: int, hi: int, gender: str) -> Mention | None:
    """The one described who opens the last sentence of ``text[lo:hi]`` and speaks in it past a clause
    that keeps their name back (:data:`RE_KEPT_BACK_SPEAKER`), for a "he" or "she" after it; None when
    the clause or the noun tells the other sex (‘A nurse who asked not to be named because she …’)."""
    s = last_sentence_start(text, lo, hi)
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    m = RE_KEPT_BACK_SPEAKER.match(text, s, hi)
    if m is None or OTHER_SEX[gender].search(text, m.end(1), m.end()) is not None \
            or GENDERED_NOUNS.get(description_head(m.group(1)) or "", gender) != gender:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "description")


#: A person brought into a sentence by an absolute "with" phrase, a role and a name doing something (‘…,
#: with producer Anna Kellett collecting the prize.’, ‘…, with host Jade Kilbride accepting on behalf of
#: the team.’): group 1 is the name. Matched right after ", with ".
#:
#: >>> RE_WITH_ROLE_NAME_ING.match("producer Anna Kellett collecting the prize.").group(1)
#: 'Anna Kellett'
RE_WITH_ROLE_NAME_ING = LazyPattern(
    r"(?:[\p{Ll}\-]+ ){1,3}(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2}) \p{Ll}+ing\b")


#: A role owned by someone (‘her sister’, ‘his wife’): kin or company of another, never one taking a prize.
RE_WITH_OWNED_ROLE = LazyPattern(r"(?:her|his|their|its|my|our) ")

#: The doing of :data:`RE_WITH_ROLE_NAME_ING` that brings one on to speak: taking a prize or the stage.
RE_WITH_HANDOVER = LazyPattern(r" (?:accepting|collecting|receiving|picking up|lifting|taking|presenting|hosting)\b")


#: Someone named as the one a reaction came from, a role's lower-case words before the name allowed
#: (‘drew an angry reaction from farmer Brent Murphy’, ‘a sharp rebuke from opposition MP Tendai Lim’):
#: group 1 is the name.
#:
#: >>> RE_REACTION_FROM.search("That drew a furious response from pharmacist Ann Lee, who").group(1)
#: 'Ann Lee'
#: >>> RE_REACTION_FROM.search("drew a response from the ministry") is None
#: True
RE_REACTION_FROM = LazyPattern(
    r"\b(?:" + "|".join(sorted(REACTION_NOUNS)) + r") from (?:(?:[\p{Ll}\-]+|[\p{Lu}]{2,4}) ){0,3}?"
    r"(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2})\b(?![ ’'][\p{Lu}s])")


def _another_known_named(text: str, lo: int, hi: int, start: int, end: int, cast: Cast) -> bool:
    """A capitalised word between ``lo`` and ``hi``, outside the one named at ``start``–``end``, that the
    article knows as someone (never a weekday or a month): another person the words may be."""
    return any(not start <= w.start() < end and w.group() not in WEEKDAY_NAMES and w.group() not in MONTH_NAMES
               and cast.knows(w.group().lower()) for w in RE_CAPITAL_WORD_INSIDE.finditer(text, lo, hi))


def _reaction_from(text: str, lo: int, hi: int, cast: Cast, gender: str,
                   ms: tuple[Mention, Person] | None = None) -> Person | None:
    """The one named as the source of a reaction in the last sentence of ``text[lo:hi]`` (:data:`RE_REACTION_FROM`),
    for a "he" or "she" right after it, when that sentence has no person for its subject (the caller's
    check, or whose subject found is that very name): ‘That drew a furious response from pharmacist Ann
    Lee, who runs two chemists. “…,” she said’ is Lee's, never the one quoted before whose words drew it.
    None unless the name is a person's of the pronoun's sex (or of none known), no one else the article
    knows is named in the sentence, and no pronoun of the other sex stands there."""
    if text.find(" from ", lo, hi) < 0:
        return None  # (an exact test before the sentence's start is found: RE_REACTION_FROM needs " from ")
    s = last_sentence_start(text, lo, hi)
    m = RE_REACTION_FROM.search(text, s, hi)
    if m is None or (ms is not None and not m.start() <= ms[0].start < m.end(1)) \
            or RE_REACTION_FROM.search(text, m.end(), hi) is not None \
            or OTHER_SEX[gender].search(text, s, hi) is not None \
            or RE_REACTION_DENIED.search(text, s, m.start()) is not None:
        return None
    if _another_known_named(text, s, hi, m.start(), m.end(), cast):
        return None  # (another person in the sentence: ‘X's plan drew a response from Y’ may be either's)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender in (None, gender) and not p.plural else None


#: A quotation opening with a third person's pronoun of that sex (‘“She ran through the pain,” she said’):
#: the speaker speaks of someone else of the sex, so the paragraph's subject is no speaker of it.
RE_QUOTE_OPENS_THIRD = {"m": LazyPattern(r"\s*(?:he|him|his)\b", regex.I), "f": LazyPattern(r"\s*(?:she|her)\b", regex.I)}

#: A race of more than two, or one attacked who is not running (‘a three-way race’, ‘the term-limited governor’).
RE_RACE_NOT_TWO = LazyPattern(r"\b(?:three|four|five|six)-(?:way|candidate|cornered)\b|\bterm-limited\b", regex.I)

#: Words before a reaction noun that say no reaction came (‘drew no reply from’, ‘still awaiting a
#: response from’, ‘without a reply from’): the one named gave none, so speaks no quotation after.
RE_REACTION_DENIED = LazyPattern(r"\b(?:no|not|never|without|awaiting|await|waiting|yet to)\b|n[’']t\b", regex.I)


#: A pronoun of each sex that a narrative goes on with (‘By noon he was sweeping’, ‘Asked what she would do’).
SAME_SEX = {"m": OTHER_SEX["f"], "f": OTHER_SEX["m"]}


def _unsexed_subject_goes_on(text: str, lo: int, hi: int, cast: Cast, gender: str,
                             ms: tuple[Mention, Person] | None) -> Person | None:
    """The person named as the subject of the narrative ``text[lo:hi]`` before a quotation in its own
    paragraph, when their given name tells no sex (so the pronoun's resolution passed over them) and the
    narrative speaks of them with a "he" or "she" of the pronoun's sex: the last sentence's subject
    ``ms`` when its sex is unknown, or, when there is none and the stretch opens its paragraph, the
    first sentence's, past an opening phrase (‘Back in the yard, Okafor never went in. By noon he was
    still at the grill.’, ‘Asked what she would do next, Mwangi laughed.’). None when the other sex's
    pronoun stands there, or anyone else the article knows is named there."""
    if ms is not None and ms[0].kind == "name" and ms[1].gender is None:
        m = ms[0]
    elif ms is None and (lo == 0 or text[lo - 1] == "\n"):  # (a paragraph's own start, never a sentence's midst)
        ends = sentence_ends(text, lo, hi)
        if len(ends) > 3 or hi - lo > 2 * CONTEXT_CHARS:
            return None
        toks = tokenize(text, lo, ends[0] if ends else hi)
        m = sentence_subject(text, toks, cast.knows) if toks else None
        if m is None and toks:
            c = next((k for k, t in enumerate(toks) if t.text == ","), None)
            m = sentence_subject(text, toks[c + 1:], cast.knows) if c is not None and c + 2 < len(toks) else None
            if m is not None and m.start != toks[c + 1].start:
                m = None
    else:
        return None
    if m is None or m.kind != "name":
        return None
    s = last_sentence_start(text, lo, m.start + 1)
    if OTHER_SEX[gender].search(text, s, hi) is not None or SAME_SEX[gender].search(text, s, hi) is None:
        return None
    if _another_known_named(text, s, hi, m.start, m.end, cast):
        return None  # (anyone else named there: ‘Harris watched. Then the manager, Colin Webb, walked over.’,
        # ‘Gov. Linda Cho thanked the nurses, including Maria Vega, who said she …’)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.gender not in (None, gender) or p.plural or p.placelike \
            or gender_of(p.name.split()[0]) not in (None, gender) or " " not in p.name:
        return None
    return p


#: One rival attacking another in an absolute "with" phrase, then " and " (‘with Tom Price accusing Sian Hughes
#: of “…” and ’): group 1 is the attacker, group 2 the one attacked.
#:
#: >>> RE_RIVAL_ATTACKED.search("with Tom Price accusing Sian Hughes of lying").group(2)
#: 'Sian Hughes'
RE_RIVAL_ATTACKED = LazyPattern(
    r"\bwith ((?:[\p{L}’'\-.]+ ){0,3}\p{Lu}[\p{L}’'\-]+) (?:" + "|".join(ATTACKING_STEMS) + r")\p{Ll}*ing "
    r"((?:\p{Lu}[\p{L}’'\-.]+ ){0,3}\p{Lu}[\p{L}’'\-]+) (?:of|for|over)\b")


def _attacked_rival_retorting(text: str, found: Found, cast: Cast) -> Person | None:
    """The rival attacked in a "with" phrase (:data:`RE_RIVAL_ATTACKED`), for a contest's epithet that
    replies after " and " in the same sentence (‘…, with Dale Whitcomb accusing Carol Benning of ‘…’
    and the Democratic nominee retorting that …’ is Benning's): the one who retorts is the one
    attacked. None unless the cue is a reply's participle (:data:`RETORTING_PARTICIPLES`), the epithet
    definite and of a contest (:data:`RIVAL_EPITHETS`), and the one attacked a person named."""
    m = found.mention
    words = m.text.lower().split()
    if (found.cue or "").lower() not in RETORTING_PARTICIPLES or words[0] != "the" \
            or words[-1] not in RIVAL_EPITHETS or not text.endswith(" and ", 0, m.start):
        return None
    s = last_sentence_start(text, max(0, m.start - CONTEXT_CHARS), m.start)
    at = text.rfind("with ", s, m.start)
    hit = RE_RIVAL_ATTACKED.match(text, at) if at >= 0 and (at == 0 or not text[at - 1].isalnum()) else None
    if hit is None:
        return None
    p, _ = cast.resolve(Mention(hit.start(2), hit.end(2), hit.group(2), "name"))
    attacker, _ = cast.resolve(Mention(hit.start(1), hit.end(1), hit.group(1), "name"))
    if p is None or p.kind != "name" or attacker is None or attacker.kind != "name" or " " not in attacker.name \
            or attacker.name == p.name:
        return None  # (the attacker a party or body: ‘with Labour accusing X of …’ is no duel of two rivals,
        # and ‘the Conservative candidate’ may be a third)
    if RE_RACE_NOT_TWO.search(text, 0, m.start) is not None:
        # (more than two in the race, or the one attacked not running: the epithet may be a third's)
        return None
    return p


def _brought_in_with(text: str, lo: int, hi: int, cast: Cast, gender: str) -> Person | None:
    """The one named in an absolute "with" phrase (:data:`RE_WITH_ROLE_NAME_ING`) of the last sentence of
    ``text[lo:hi]``, for a "he" or "she" after it, when that sentence has no person for its subject (the
    caller's check): ‘The best comedy prize went to the network's sitcom, with showrunner Mark Ellis
    accepting on stage. / “…,” he said’ is Ellis's. None unless the name is of the pronoun's sex and the
    only one of it in the sentence."""
    s = last_sentence_start(text, lo, hi)
    at = text.find(", with ", s, hi)
    if at < 0 or text.find(", with ", at + 1, hi) >= 0:
        return None
    m = RE_WITH_ROLE_NAME_ING.match(text, at + 7, hi)
    if m is None or OTHER_SEX[gender].search(text, s, hi) is not None:
        return None
    if RE_WITH_OWNED_ROLE.match(text, at + 7) is not None or RE_WITH_HANDOVER.match(text, m.end(1)) is None:
        return None  # (only one taking a prize or the stage: never ‘with her sister Jade Martin acting as maid
        # of honour’, ‘with opponent Jelena Ostapenko serving out the set’, ‘with model Kate Moss walking’)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender == gender else None


#: A sentence that opens (past a "But" or an "And") with someone unnamed, then a relative clause set off by
#: commas that keeps their name back, and the sentence's own verb (‘But a pharmacist at a store in Ohio, who
#: asked not to be identified because she was not authorised to speak, described …’): group 1 is the one
#: described, group 2 the clause.
#:
#: >>> RE_KEPT_BACK_SET_OFF.match("But a nurse at a clinic, who asked not to be named, told a story.").group(1)
#: 'a nurse at a clinic'
RE_KEPT_BACK_SET_OFF = LazyPattern(
    r"(?:(?:But|And|Yet|Still|However,) )?((?:[Aa]n?|One|one|Another|another) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+"
    r"(?: (?:at|in|for|from|with|on) (?:an?|the|one of the) (?:[\p{L}\-]+ ){0,4}?[\p{L}\-]+)?)"
    r"(, who (?:asked|declined|requested|refused|spoke|did not want)[^,.;:“”\"\n]{0,40}?\b(?:anonymity|anonymous|named|identified)\b"
    r"[^.;:“”\"\n]{0,120}?,) (?:\p{Ll}+ed|said|told|gave|saw|put)\b")

#: A capitalised word inside a sentence, never its first (‘on Tuesday’, ‘Jane Doe’ after a comma).
RE_CAPITAL_WORD_INSIDE = LazyPattern(r"(?<=[\p{L},;:)]\s)\p{Lu}[\p{L}’'\-]*")

#: Sentences the one kept back may go on in before the quotation, as its "he" or "she" only (‘Her store,
#: she said, had …’): at most this many.
KEPT_BACK_REACH = 2


def _kept_back_set_off_speaker(text: str, lo: int, hi: int, gender: str) -> Mention | None:
    """The one described who opens a sentence of ``text[lo:hi]`` with a clause set off that keeps their
    name back (:data:`RE_KEPT_BACK_SET_OFF`), when the sentences after it, up to ``hi``, go on with a
    "he" or "she" of theirs and name no one (‘But a pharmacist at a store in Ohio, who asked not to be
    identified because she was not authorised to speak, described a different picture. Her store, she
    said, was short of staff. / “…,” she said’). None when the clause or the noun tells the other sex, or
    a capitalised word other than a sentence's first stands after it (someone named since, maybe)."""
    ends = [lo, *sentence_ends(text, lo, hi)]
    for s in ends[-KEPT_BACK_REACH - 1:]:
        while s < hi and text[s] in " \n\t”\"’":
            s += 1
        m = RE_KEPT_BACK_SET_OFF.match(text, s, hi)
        if m is None:
            continue
        if OTHER_SEX[gender].search(text, m.start(1), hi) is not None \
                or GENDERED_NOUNS.get(description_head(m.group(1)) or "", gender) != gender:
            return None
        if any(w.group() not in WEEKDAY_NAMES and w.group() not in MONTH_NAMES
               for w in RE_CAPITAL_WORD_INSIDE.finditer(text, m.end(2), hi)):
            return None  # (someone named since, maybe: ‘… described it. Jane Doe, his manager, disagreed.’;
            # a day or a month is no one: ‘scheduled for 96 shots on Tuesday’)
        return Mention(m.start(1), m.end(1), m.group(1), "description")
    return None


#: Someone unnamed opening a sentence (past a "But" or an "And"), a relative clause set off by commas that
#: keeps their name back wherever in it, and the sentence's own "said" or "told" (‘One of the former
#: moderators, who worked nights and asked not to be identified because she …, said’): group 1 is the one
#: described.
#:
#: >>> RE_KEPT_BACK_SAID.match("One serving inspector, who did not wish to be named, said it was hard.").group(1)
#: 'One serving inspector'
#:
#: (and the body or the place they belong to after "in", "at" or "from", capitalised: w66c)
#:
#: >>> RE_KEPT_BACK_SAID.match("A nurse at St Mary's Hospital, who asked not to be named, said it was hard.").group(1)
#: "A nurse at St Mary's Hospital"
RE_KEPT_BACK_SAID = LazyPattern(
    r"(?:(?:But|And|Yet|Still|However,) )?((?:[Aa]n?|One|one|Another|another) (?:of (?:the|its|their) )?"
    r"(?:[\p{L}\-]+ ){0,6}[\p{Ll}\-]+(?: (?:in|at|from) (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:of|and|for|the|\p{Lu}[\p{L}’'\-]*))*)?)"
    r", who [^.;:“”\"\n]{0,120}?"
    r"\b(?:anonymity|anonymously|anonymous|named|identified)\b"
    r"[^.;:“”\"\n]{0,120}?, (?:said|told)\b")


#: A clause that gives the one kept back a name to go by (‘who asked to be identified only by her first name’,
#: ‘who asked to be named only by their username’, ‘who gave only the name Ade’, ‘identified as Ms K’).
RE_NAME_GONE_BY = LazyPattern(r"\b(?:asked|agreed|wanted|chose|preferred) to be (?:named|identified|called|known)\b"
                              r"|\bonly\b|\bas \p{Lu}|\bname[ds]?,? \p{Lu}")


#: One of a group, opening a description (‘One of the nurses’, ‘another of its members’).
RE_ONE_OF_THE = LazyPattern(r"(?i:one|another) of (?:the|its|their) ")


def _sentence_before_quote(text: str, sp: Span, paras: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The sentence right before the quotation ``sp``: in its paragraph, or the last of the paragraph
    before when the quotation opens its own. Its start (past closing marks and spaces), its end and the
    start of its paragraph; None for a quotation that opens the article.

    >>> from quotesearch.quotes import find_spans, paragraphs
    >>> t = "Intro.\\n\\nThe crowd grew restless. One usher shook his head. “Hi,” he said."
    >>> s, hi, p0 = _sentence_before_quote(t, find_spans(t)[0], paragraphs(t)); t[s:hi], t[p0:p0 + 9]
    ('One usher shook his head. ', 'The crowd')
    >>> t = "Intro.\\n\\nOne usher shook his head.\\n\\n“Hi,” he said."
    >>> s, hi, p0 = _sentence_before_quote(t, find_spans(t)[0], paragraphs(t)); t[s:hi]
    'One usher shook his head.'
    """
    if sp.open_at > sp.para_start:
        s, hi = last_sentence_start(text, sp.para_start, sp.open_at), sp.open_at
        p0 = sp.para_start
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        ends = sentence_ends(text, p0, hi)
        s = ends[-1] if ends else p0  # (the paragraph's last sentence)
    else:
        return None
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    return s, hi, p0


def _kept_back_before(text: str, sp: Span, paras: list[tuple[int, int]], pronoun: str) -> Mention | None:
    """The one described whose name a clause keeps back (:data:`RE_KEPT_BACK_SAID`), who speaks in the
    sentence right before the quotation (in its paragraph, or the last of the paragraph before when it
    opens its own), for a "he", "she" or "they" at the quotation's cue: ‘A former plant employee, who spoke
    on condition of anonymity, said …. / “…,” they said’. None when the person is of the other sex, when
    "they" may stand for people in the plural after it, or when the one described is no person."""
    if pronoun not in ("he", "she", "they") or (before := _sentence_before_quote(text, sp, paras)) is None:
        return None
    s, hi, _ = before
    m = RE_KEPT_BACK_SAID.match(text, s, hi)
    if m is None:
        return None
    if RE_NAME_GONE_BY.search(text, m.end(1), m.end()) is not None:
        return None  # (a clause that gives a name to go by: ‘who asked to be identified only by her first
        # name, Tasha,’ is Tasha's)
    name = m.group(1)
    one_of = RE_ONE_OF_THE.match(name)
    head = (description_head(name[one_of.end():]) if one_of else description_head(name)) or ""
    noun = head[:-1] if one_of and head.endswith("s") and not head.endswith("ss") else head
    if noun not in ROLE_NOUNS and noun not in DESCRIPTION_NOUNS or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS \
            or (not one_of and head.endswith("s") and not head.endswith("ss")):
        return None  # (a person, one: never ‘Two former employees, who …, said’)
    if pronoun == "they":
        if RE_PEOPLE_PLURAL.search(text, m.end(), sp.open_at) is not None \
                or RE_NAMED_PLURAL.search(text, m.end(), sp.open_at) is not None:
            return None  # (‘…, said parents were furious. “…,” they said’: maybe the parents)
    else:
        gender = "m" if pronoun == "he" else "f"
        if OTHER_SEX[gender].search(text, m.start(1), sp.open_at) is not None \
                or GENDERED_NOUNS.get(noun, gender) != gender:
            return None
        for w in RE_PERSON_NAMED_AFTER.finditer(text, m.end(), sp.open_at):
            if _sex_named(w) == gender:
                return None  # (the kept-back one reports what someone named of that sex did: ‘…, said the
                # headteacher, Clare Dunn, had not replied. “…,” she said in a statement’ is Clare Dunn's)
    return Mention(m.start(1), m.end(1), name, "description")


#: Verbs an unnamed one who opens the sentence right before a quotation speaks or gestures with
#: (:func:`_unnamed_one_before`): a speech verb in the past or the present, or a gesture; never a
#: telling or an asking whose object may be someone else (‘A judge told Mr Reyes …’), nor a gesture
#: that points another thing out (‘pointed out that’).
#:
#: >>> "admitted" in UNNAMED_ONE_VERBS, "shook" in UNNAMED_ONE_VERBS, "told" in UNNAMED_ONE_VERBS
#: (True, True, False)
UNNAMED_ONE_VERBS = frozenset(v for v in SPEECH_VERBS | GESTURE_VERBS
                              if v.isalpha() and v not in ("told", "tells", "asked", "asks", "pointed", "points")
                              and (v.endswith(("ed", "s")) or v == "said" or v in GESTURE_VERBS))

#: Someone unnamed and alone who opens the sentence right before a quotation (past a short opening phrase
#: of place or time, or a "But"; a count or an owner's possessive in the group they are one of: ‘One of
#: the mill's 80 workers’), a clause or a description (‘, a former welder,’) set off after them or one
#: "who" clause, and the sentence's own verb of speech or gesture (:data:`UNNAMED_ONE_VERBS`, or a telling
#: of reporters), whose object is no one else (never ‘warned her’, ‘accused Tom Hale’): group "one" is
#: the one described, "clause" what is said of them before the verb.
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("One usher, watching the queue, shook his head.").group("one")
#: 'One usher'
#: >>> RE_UNNAMED_ONE_ACTS.match("Outside the hall, a voter who had waited an hour said it was slow.").group("one")
#: 'a voter'
#: >>> RE_UNNAMED_ONE_ACTS.match("One of the mill's 80 workers, a former welder, said he had retrained.").group("one")
#: "One of the mill's 80 workers"
#: >>> RE_UNNAMED_ONE_ACTS.match("A judge sentenced him to two years.") is None
#: True
#: >>> RE_UNNAMED_ONE_ACTS.match("A nurse warned her that it was late.") is None
#: True
#:
#: (and one of several set off after a bare "Another": ‘Another, a midwife on the ward, said …’, w66c)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("Another, a midwife on the ward, said she was tired.").group("one")
#: 'a midwife on the ward'
RE_UNNAMED_ONE_ACTS = LazyPattern(
    r"(?:(?:But|And|Yet|Still) )?(?:(?P<lead>\p{Lu}\p{Ll}+(?: [\p{L}\d\-]+){0,5}), )?(?P<another>Another, )?"
    r"(?P<one>(?:[Aa]n?|One|one|Another|another) (?:(?!(?:who|whose|which|that|and|or)\b)[\p{L}\d\-]+(?:[’']s)? ){0,6}?[\p{Ll}\-]+)"
    r"(?P<clause>, (?:who|\p{Ll}+ing|an?)\b[^.;:“”\"\n]{0,160}?,| who (?:(?!\band\b)[^.;:“”\"\n,]){0,120}?)?(?(another),)"
    r" (?:\p{Ll}+ly )?(?P<verb>told (?:reporters|journalists|us|me)\b|(?:"
    + "|".join(sorted(UNNAMED_ONE_VERBS, key=lambda v: (-len(v), v))) + r")\b(?! (?:him|her|them|\p{Lu})))")

#: A clause by which a source chose to keep their name back (‘who asked not to be named’, ‘who spoke on
#: condition of anonymity’), never one the law keeps back (‘who cannot be named for legal reasons’).
#:
#: >>> bool(RE_SOURCE_KEPT_BACK.search(", who asked not to be named,")), bool(RE_SOURCE_KEPT_BACK.search(" who cannot be named"))
#: (True, False)
#: >>> bool(RE_SOURCE_KEPT_BACK.match(", who asked not to be identified."))
#: True
RE_SOURCE_KEPT_BACK = LazyPattern(
    r"(?:, who [^.;:“”\"\n]{0,60}?)?(?:\b(?:asked|requested|declined|wished|wanted|preferred|agreed) (?:not )?to"
    r" (?:be (?:named|identified)|give (?:his|her|their) (?:full |last )?name)"
    r"|\b(?:did|does) not (?:want|wish) to be (?:named|identified)|\bcondition of anonymity|\banonymously\b)")

#: A name to go by given in the clause after someone unnamed (‘who we are calling Sunita’, ‘known as Ray’).
#:
#: >>> bool(RE_CALLED_BY_NAME.search(" who we are calling Sunita to protect her")), bool(RE_CALLED_BY_NAME.search(" who lives nearby"))
#: (True, False)
RE_CALLED_BY_NAME = LazyPattern(r"\b(?:call(?:ing|ed)?|named|known as|goes by|went by|name is) \p{Lu}")

#: Words that tell a man's or a woman's sex: the pronouns :data:`OTHER_SEX` holds for the other one.
#:
#: >>> [w.group() for w in SEX_WORDS["m"].finditer("He shook his head at her.")]
#: ['He', 'his']
SEX_WORDS = {"m": OTHER_SEX["f"], "f": OTHER_SEX["m"]}


#: Someone else of a sex in the sentence of an unnamed one (:func:`_unnamed_one_before`): "him", or "her"
#: as an object (‘stood beside him’, ‘working beside her,’), never "her" before a noun (‘shook her head’).
#:
#: >>> bool(RE_SOMEONE_ELSE_OF_SEX["f"].search("A nurse, working beside her, nodded.")), bool(RE_SOMEONE_ELSE_OF_SEX["f"].search("A nurse shook her head."))
#: (True, False)
RE_SOMEONE_ELSE_OF_SEX = {"m": LazyPattern(r"\bhim\b", flags=regex.I),
                          "f": LazyPattern(r"\bher\b(?=\s*[.,;:!?)]|\s+(?:and|as|at|in|on|to|from|with|for|that|when|while"
                                           r"|before|after|about|of|over|out|off|up|down|back)\b)", flags=regex.I)}

#: Another person spoken of after an unnamed one's verb (‘said a man climbed out’, ‘said the driver was
#: unhurt’): group 1 up to three words, one in no plural's form read as a person's by :func:`quotesearch.titles._person_noun`.
#:
#: >>> RE_ANOTHER_PERSON.search(" said the driver was unhurt").group(1)
#: 'driver '
RE_ANOTHER_PERSON = LazyPattern(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother) ((?:(?!(?:was|were|is|are|had|has|have|would|will|could|did)\b)\p{Ll}[\p{Ll}\-]*[^s\W] ?){1,3})")


#: The word right before a position, searched up to it (a verb before "his" or "her").
#:
#: >>> RE_WORD_BEFORE_END.search("A reporter questioned ").group(1)
#: 'questioned'
RE_WORD_BEFORE_END = LazyPattern(r"(\p{L}+) $")


def _tells_own_sex(text: str, w) -> bool:
    """The sex word ``w`` in an unnamed one's sentence is the one's own: no "his" or "her" right after
    a verb that acts on another (‘questioned his tactics’, ‘translated his speech’); one after a gesture
    or a saying is (‘shook his head’, ‘said his feet hurt’)."""
    if w.group().lower() not in ("his", "her"):
        return True
    before = RE_WORD_BEFORE_END.search(text, max(0, w.start() - 40), w.start())
    verb = before.group(1).lower() if before else ""
    return verb in GESTURE_VERBS or verb in ("said", "says", "added", "adds") \
        or not (verb.endswith("ed") or (verb.endswith("s") and verb in SPEECH_VERBS))


def _unnamed_one_before(text: str, sp: Span, paras: list[tuple[int, int]], gender: str | None,
                        kept_back: bool = False, told: bool = True) -> Mention | None:
    """Someone unnamed and alone, a person of ``gender`` (or either), who opens the sentence right before
    the quotation (in its paragraph, or the last of the paragraph before when it opens its own) and speaks
    or gestures in it (:data:`RE_UNNAMED_ONE_ACTS`): the "he" or "she", or the bare "the man" or "the
    director", of the quotation's cue after it (‘One usher, watching the queue, shook his head. “…,” he
    said’), never a man or woman named long before. With ``gender`` and ``told``, only when the sentence
    tells that sex (never ‘In the stands, a fan smiled. “…,” he said’); with ``kept_back``, only one who asked to have
    their name kept back. None when the clause gives a name to go by, when anyone of that sex is named
    after them, or the other sex is spoken of."""
    if (before := _sentence_before_quote(text, sp, paras)) is None:
        return None
    s, hi, p0 = before
    m = RE_UNNAMED_ONE_ACTS.match(text, s, hi)
    if m is None:
        return None
    if m.group("lead") is not None and m.group("lead").split()[0].lower() not in OPENING_PHRASE_LEADS:
        return None  # (only a short phrase of place or time: never ‘When police arrived, a man said …’)
    clause = m.group("clause") or ""
    if (kept_back and RE_SOURCE_KEPT_BACK.search(clause) is None) \
            or RE_NAME_GONE_BY.search(clause) is not None or RE_CALLED_BY_NAME.search(clause) is not None:
        return None  # (a clause that gives a name to go by: ‘One man, who gave his name only as Ray,’)
    name = m.group("one")
    one_of = RE_ONE_OF_THE.match(name)
    head = (description_head(name[one_of.end():]) if one_of else description_head(name)) or ""
    noun = head[:-1] if one_of and head.endswith("s") and not head.endswith("ss") else head
    if not _person_noun(noun) or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS or noun in UNMARKED_PLURALS \
            or (not one_of and head.endswith("s") and not head.endswith("ss")):
        return None  # (a person, one: never ‘Two guards, watching …, shook their heads’)
    sexes = ("m", "f") if gender is None else (gender,)
    noun_sex = GENDERED_NOUNS.get(noun)
    if noun_sex is not None and noun_sex not in sexes:
        return None
    if gender is not None and (OTHER_SEX[gender].search(text, m.start("one"), sp.open_at) is not None
                               or RE_SOMEONE_ELSE_OF_SEX[gender].search(text, m.start("one"), hi) is not None
                               or (told and noun_sex is None
                                   and not any(_tells_own_sex(text, w) for w in SEX_WORDS[gender].finditer(text, m.start("one"), hi)))):
        return None  # (never one beside someone else of that sex: ‘A court officer stood beside him.’, ‘A
        # reporter questioned his tactics.’: the "his" is the one acted on, no sign of the one's own sex)
    if gender is not None and told and (_named_of_sex_before(text, p0, m.start("one"), gender)
                                        or _surname_of_sex_before(text, p0, m.start("one"), gender)):
        return None  # (review rv62c2: a man or woman named earlier in the same paragraph is whom the
        # paragraph is about: ‘Author Jane Pike read from her novel. A woman in the audience laughed. “…,”
        # she said’, ‘Finance chief Lena Holt presented the results. One investor frowned as she spoke.’)
    for w in RE_ANOTHER_PERSON.finditer(text, m.end(), hi):
        if any(_person_noun(x) and x not in THING_NOUNS for x in w.group(1).split()):
            return None  # (the sentence tells of another person: ‘A neighbour said a man climbed out.’)
    if any(_sex_named(w) in sexes for w in RE_PERSON_NAMED_AFTER.finditer(text, m.start("one"), sp.open_at)):
        return None  # (they report what someone named did: ‘A neighbour said Tom Hale had left.’)
    return Mention(m.start("one"), m.end("one"), name, "description")


def _unnamed_one_spoke(text: str, one: Mention) -> bool:
    """The one unnamed (:func:`_unnamed_one_before`) spoke in their sentence, never only gestured: over a
    description from a paragraph before, only one who spoke takes the "he" (review rv66i: ‘A spokesman
    for the hospital said …. / A patient, a retired miner, shook his head. “We take every complaint
    seriously,” he said’ is the spokesman's).

    >>> t = "A patient, a retired miner, shook his head."; _unnamed_one_spoke(t, Mention(0, 9, "A patient", "description"))
    False
    >>> t = "One of the mill's 80 workers, a former welder, said he had not been told."
    >>> _unnamed_one_spoke(t, Mention(0, 28, "One of the mill's 80 workers", "description"))
    True
    """
    m = RE_UNNAMED_ONE_ACTS.match(text, one.start)
    return m is not None and m.group("verb").split()[0].lower() not in GESTURE_VERBS


def _surname_of_sex_before(text: str, lo: int, hi: int, sex: str) -> bool:
    """The surname alone, between ``lo`` and ``hi``, of someone of ``sex`` named in full before ``lo``
    (review rv62c3: ‘Liam Hughes scored twice. / Hughes was substituted …. One fan, wearing his shirt,
    cheered as he walked off. “…,” he said’ is Hughes's)."""
    surnames = {w.group(2) for w in RE_FULL_NAME_BEFORE.finditer(text, 0, lo)
                if gender_of(w.group(1)) == sex}
    stretch = text[lo:hi]
    return any(regex.search(rf"\b{regex.escape(n)}\b", stretch) for n in surnames)


#: A given name and a surname (‘Liam Hughes’): group 1 the given name, group 2 the surname.
#:
#: >>> RE_FULL_NAME_BEFORE.search("Liam Hughes scored twice.").groups()
#: ('Liam', 'Hughes')
RE_FULL_NAME_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})\b")


def _named_of_sex_before(text: str, lo: int, hi: int, sex: str) -> bool:
    """Someone of ``sex`` named by a given name or an honorific between ``lo`` and ``hi`` (‘Prosecutor
    Ann Webb’, ‘Ms Harper’), read at every capitalised word (a title before the name too)."""
    return any(_sex_named(w) == sex for w in RE_PERSON_NAMED_AFTER.finditer(text, lo, hi, overlapped=True))


#: A person named by a given name or an honorific and a capitalised word (‘Clare Dunn’, ‘Mr Butler’).
RE_PERSON_NAMED_AFTER = LazyPattern(r"\b(Mrs?\.?|Ms\.?|Miss|\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


#: The sex an honorific of :data:`RE_PERSON_NAMED_AFTER` tells (the given names' are :func:`gender_of`'s).
#:
#: >>> HONORIFIC_SEX["ms"], "sir" in HONORIFIC_SEX
#: ('f', False)
HONORIFIC_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _sex_named(w: regex.Match) -> str | None:
    """The sex of one named in a match of :data:`RE_PERSON_NAMED_AFTER`, by the honorific or the given name.

    >>> _sex_named(RE_PERSON_NAMED_AFTER.search("said Ms. Harper")), _sex_named(RE_PERSON_NAMED_AFTER.search("Tom Hale"))
    ('f', 'm')
    """
    return HONORIFIC_SEX.get(w.group(1).rstrip(".").lower()) or gender_of(w.group(1))


#: A participle's clause set off after a subject (‘The defendant, speaking in a quiet voice,’).
RE_PARTICIPLE_SET_OFF = LazyPattern(r", \p{Ll}+ing\b")

#: A description set off after a subject, no name (‘Another former lab member, a postdoctoral
#: researcher who also asked not to be named,’).
RE_DESCRIPTION_SET_OFF = LazyPattern(r", an? \p{Ll}[^,.;:“”\"\p{Lu}]{0,80},")

#: A speech verb right after a subject's name: it reported speaking (‘Tribal elder Vernon Thomas said
#: the tribe would not back down. / “…,” he said.’), whatever its sex the lists know.
#: Verbs of owning up count too (‘The regional director, Chandana Perera, admitted that the fence had
#: failed. / “…,” he said.’): the one named reported speaking.
RE_SAID_AFTER = re.compile(r",? (?:said|says|told|added|argued|insisted|warned|explained"
                           r"|admitted|admits|conceded|concedes|acknowledged|acknowledges)\b")

#: The same verb inverted before the name, ending a sentence of reported speech (‘Endorsements carry
#: less weight now, said Professor Andrea Kowal. / “…,” she said.’): the one it reported speaking.
RE_SAID_BEFORE_NAME = LazyPattern(r", (?:said|says|added|adds|argued|explained|warned) (?:\p{Lu}[\p{L}.\-]*\.? ){0,3}$")


def _set_off_role(text: str, end: int) -> bool:
    """A person's role set off after the name ending at ``end``: ‘Ferreira, the Scorpions coach,’
    (a surname alone, whose sex no word tells, is then a person's)."""
    m = RE_SET_OFF_PHRASE.match(text, end)
    return m is not None and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()[-2:])


def _opening_personal_owner(toks: list[Token], k: int) -> bool:
    """An opening "In his …" or "In her …" at ``k`` (‘In her quarterly letter to investors, X said’)."""
    return toks[k].word == "in" and k == _first_word(toks) and k + 1 < len(toks) and toks[k + 1].word in ("his", "her")

def _possessive_inside(words: str) -> bool:
    """A cheap exact prefilter for :data:`RE_ROLES_REPORT`, which needs a possessive "’s" or "'s"
    before a word."""
    return "’s " in words or "'s " in words

#: A body by its kind's word, "the company", "the club" (group 1 the word), in the sentence before a
#: possessive "its".
#:
#: >>> RE_THE_BODY_WORD.findall("When X Ltd spoke, the company had braced itself.")
#: ['company']
RE_THE_BODY_WORD = LazyPattern(r"\b(?i:the) (\p{Ll}+)\b(?![’'\-])")

#: A relative clause set off by commas after a subject (‘The Ports Company, which owns the port
#: infrastructure, said …’): what it tells of is no body the sentence's "its" after may stand for.
#:
#: >>> RE_WHICH_ASIDE.search("The Ports Company, which owns the port land, said it was shocked.").group()
#: ', which owns the port land,'
RE_WHICH_ASIDE = LazyPattern(r", (?:which|who|whose) [^,.;:“”\"]*,")


def _its_owner_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The named body a sentence's opening "Its statement" at ``at`` stands for: the body "the <kind>" of
    the sentence right before stands for (‘When Severnmoor Water announced the bonus, the company had
    braced for a backlash. Its statement described it as “…”’), else the body "it" stands for; None when
    neither is a body's name."""
    s_lo = _sentence_start(text, sp.para_start, at)
    if s_lo != at:
        return None  # (only "Its" opening its sentence: ‘… and its statement’ may be anyone's)
    prev_lo = _sentence_start(text, sp.para_start, max(sp.para_start, s_lo - 2))
    last = None
    asides = [a.span() for a in RE_WHICH_ASIDE.finditer(text, prev_lo, s_lo)]
    for m in RE_THE_BODY_WORD.finditer(text, prev_lo, s_lo):
        if m.group(1) in BODY_NOUNS and not any(a <= m.start() < b for a, b in asides):
            last = m  # (never one a relative clause tells of: ‘The Ports Company, which owns the port
            # infrastructure, said …. Its statement added:’ is the company's)
    subj = sentence_subject(text, tokenize(text, prev_lo, s_lo), cast.knows)
    named = cast.resolve(subj)[0] if subj is not None and subj.kind in ("name", "organisation") else None
    if last is not None:
        noun = last.group(1)
        body = _body_before(text, last.start(), noun, sp, paras, cast) \
            or _described_body(text, last.start(), noun, cast) \
            or _article_company(text, last.start(), noun, paras, cast)
        if named is not None and body is not None and named.name != body.name and not _named_person(named):
            return None  # (guard, review rv5: another body opens the sentence, which "its" may stand for as well:
            # ‘Regulator Ofwex fined Severnmoor Water, saying the company had misled customers. Its statement …’)
        return body if body is not None and body.kind == "organisation" else None
    owner = _body_for_it(text, sp, at, paras, cast)
    if owner is not None and (owner.name.rsplit(" ", 1)[-1].lower() in LAW_NOUNS or owner.name.rsplit(" ", 1)[-1].lower() in POLICY_NOUNS):
        return None  # (guard, review rv5: a measure is no body that issues writings: ‘Parliament's finance committee
        # approved the Harwell Levy Bill. Its explanatory note …’ is never the bill's)
    return owner if owner is not None and owner.kind == "organisation" else None

#: Before a name, the authored document it wrote, in its sentence: ‘A report by consultants ’, ‘a rate
#: study by the consulting firm ’ (the subject :func:`sentence_subject` reads past the document).
RE_AUTHORED_LEAD = LazyPattern(r"\b(?i:" + "|".join(sorted(AUTHORED_NOUNS)) + r")\b(?: of [^,.;:“”\"‘’()]{1,40}?)?"
                               r" (?:by|from) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")


def _statement_author(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast,
                      document: str = "the statement") -> Person | None:
    """Who issued the statement that a quotation's cue names, when one of the two sentences before
    has someone give one (‘The military said in a statement that …. “…,” the statement said.’,
    ‘X denied the charges in a statement’, ‘Wilson released a statement’): never a document, and
    never someone who only talks of another's statement (‘X criticised Google's statement’)."""
    if sp.open_at > lo and not (sp.paragraph > 0 and lo == sp.para_start and not sentence_ends(text, lo, sp.open_at - 1)
                                and RE_THE_STATEMENT.match(text, lo) is not None):
        a, b = lo, sp.open_at
    elif sp.paragraph > 0:  # (or the paragraph before one that only names the document: ‘One post read: “…”’)
        a, b = paras[sp.paragraph - 1][0], min(len(text), paras[sp.paragraph - 1][1] + 1)
    else:
        return None
    if a == lo and lo > sp.para_start:
        a = _sentence_start(text, sp.para_start, lo)  # (the whole sentence a quotation before ends inside:
        # ‘In a statement, the club said it was “shocked” by the sanction. “…,” the statement said’)
    a = max(a, b - CONTEXT_CHARS)
    ends = sentence_ends(text, a, b)
    sentences = [(x, y) for x, y in zip([a, *ends], [*ends, b]) if text[x:y].strip()]
    kind = _written_head(document)
    nouns = STATEMENT_NOUNS | {kind}  # (and "in an email …": the document's own kind)
    window = sentences[-2:]
    if sp.paragraph > 1 and a == paras[sp.paragraph - 1][0] and len(sentences) <= 2 and kind \
            and _document_again(text, a, kind):
        # a paragraph that only tells more of the same document lets the one before it give it:
        # ‘In an email …, the dean wrote that …. / The email, reviewed by The Sentinel, put the cost at
        # $17,500. / “…,” the email read.’
        older = paras[sp.paragraph - 2]
        o_ends = sentence_ends(text, older[0], older[1])
        o_sents = [(x, y) for x, y in zip([older[0], *o_ends], [*o_ends, older[1]]) if text[x:y].strip()]
        window = o_sents[-1:] + window
    for s_lo, s_hi in reversed(window):
        toks = tokenize(text, s_lo, s_hi)
        issued = next((k for k in range(len(toks) - 2) if toks[k].word in ISSUING_WORDS
                       and (toks[k + 1].word in ("a", "an") or (toks[k + 1].word in BODY_OWNERS and toks[k + 2].word != "own")
                            or (_opening_personal_owner(toks, k) and kind in OPENING_OWNED_NOUNS))
                       and (toks[k + 2].word in nouns or any(
                           (toks[e].word in nouns or (toks[e].word[-1:] == "s" and toks[e].word[:-1] in nouns))
                           and all(x.text.islower() or x.text == "," or (x.word in PLATFORM_WORDS and e == k + 3)
                                   for x in toks[k + 2:e])
                           for e in range(k + 3, min(len(toks), k + 6))))),
                      None)  # (and a few words between: ‘issued a special air quality statement’, ‘in a Facebook post’,
        # ‘issued a second, shorter statement’; and a body's own: ‘issued its highest-level heavy rain warning’)
        if issued is None and kind in STATEMENT_NOUNS:
            own = next((k for k in range(len(toks) - 3) if toks[k].word in ISSUING_WORDS | {"out"}
                        and toks[k + 1].word in ("its", "their", "his", "her") and toks[k + 2].word == "own"
                        and toks[k + 3].word in STATEMENT_NOUNS), None)
            if own is not None:  # a rival statement of its own: ‘The police union issued its own statement.’
                return _issuer(sentence_subject(text, toks, cast.knows), cast)
        by = next((k for k in range(len(toks) - 3) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word in RELEASED_BY
                   and toks[k + 2].word == "by"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if by is not None and any(x.word in INTERMEDIARY_NOUNS for x in toks[by + 3:by + 8]):
            return None  # (one who speaks for another: ‘a statement released by his lawyer, Mark Geragos,’)
        if by is not None:  # ‘According to a statement released by the party's office, …’: the issuer
            # (‘X, in a statement issued by his office, said’ is X's, as below)
            return _issuer(mention_after(toks, by + 3, text), cast)
        given = next((k for k in range(len(toks) - 2) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word == "from"
                      and toks[-1].text == ":"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if given is not None:  # ‘Here is the full statement from the Federation of Small Businesses, which …:’
            return _issuer(mention_after(toks, given + 2, text), cast)
        if issued is not None and (kind in STATEMENT_NOUNS or toks[issued].word == "in"):
            break
        if issued is not None:
            return _named_letter_sender(text, toks, issued, kind, cast)  # (‘her brother sent a letter to the
            # parole board’: the letter is as written; ‘Senator X sent a letter to …’ is X's)
        wrote = next((k for k in range(1, len(toks)) if toks[k].word in WRITING_VERBS and not toks[k].capitalized), None)
        if wrote is not None:  # ‘Resident Ann Cole emailed all seven council members’: the writer, in the
            # sentence just before only, when it names no document (never ‘posted a resignation
            # letter from the police chief’, ‘tweeted a photo of the note left on her windshield’)
            # and writes of nothing else (‘wrote that …’, ‘wrote about …’)
            between = text[sentences[-1][0]:sentences[-1][1]].lstrip() if len(sentences) > 1 else ""
            goes_on = (s_lo, s_hi) == sentences[-2] if len(sentences) > 1 else False
            goes_on = goes_on and between.startswith(("She ", "He ", "They ")) \
                and RE_CAPWORD.search(between, 4) is None  # (never ‘She got a reply from Mayor Tom Reed.’)
            if ((s_lo, s_hi) != sentences[-1] and not goes_on) \
                    or (wrote + 1 < len(toks) and toks[wrote + 1].word in ("that", "about")) \
                    or any((x.word in WRITTEN_NOUNS or x.word in DOCUMENT_NOUNS or x.word in ("photo", "screenshot"))
                           and not (kind == "caption" and x.word in CAPTIONED_NOUNS) for x in toks):
                # (but a caption goes with what was posted: ‘Police posted a video …. “…,” the caption read’)
                return None
            m = mention_before(toks, wrote, 0, text)
            if m is None or m.kind not in ("name", "description", "organisation"):
                return None
            p, _ = cast.resolve(m)
            return p if p is not None and (p.kind != "organisation" or kind in POSTED_NOUNS) and _owner_fits(document, p) \
                else None  # (a body posts: ‘Police posted on X. “…,” the post read’; a letter is a person's)
    else:
        return None  # (‘the statement by rebels’, ‘Smith said the statement was untrue’: no one gives one)
    end = next(e for e in range(issued + 2, len(toks)) if toks[e].word in nouns or toks[e].word[:-1] in nouns) + 1
    # (and ‘in a series of posts’)
    if toks[issued].word == "in" and (signer := _statement_signer(text, toks, end, cast)) is not None:
        return signer  # (‘X, in a statement by his media aide, Y, said …. / “…,” the statement read’: Y, who gave it)
    if end < len(toks) and toks[end].word in ("by", "from", "of") and toks[issued + 1].word not in BODY_OWNERS:
        return None  # (‘a statement by the suspect's family’ is theirs; but ‘its first warning of the year’ is its own)
    if toks[issued].word == "in":
        # ‘X said in a statement’, ‘In a statement, police said’, ‘X denied the charges in a statement’
        said = mention_before(toks, issued - 1, 0, text) if issued > 1 and toks[issued - 1].word in SPEECH_VERBS \
            and not toks[issued - 1].capitalized else None
        f = Found(said, None, "cue-before", toks[issued - 1].text) if said is not None and said.kind != "pronoun" \
            else cue_before(text, toks, cast.knows, mixed=False)  # (the verb right before it, never one in the
        # clause it reports: ‘X said in a statement that crews had responded to the fire’)
        if f is None or f.mention is None or f.rule == "subject":
            # (a verb of its own before it: ‘X rejected that characterization in a written statement’,
            # or after it: ‘In a Facebook post Sunday, the sheriff's office thanked the volunteers’)
            opening = issued == _first_word(toks)
            set_off = toks[issued - 1].text == "," and end < len(toks) and toks[end].text == ","
            # (set off by commas after the subject, before its own verb: ‘The Growers Council, in a news
            # release, called for payments by March. “…,” the release said’ is the council's (w61f))
            m = sentence_subject(text, toks, cast.knows) \
                if opening or set_off or RE_IN_A_STATEMENT.search(text, toks[0].start, toks[-1].end) else None
            m = m or _local_body_subject(text, toks, issued)
            if m is None or m.kind not in ("name", "organisation", "description") \
                    or (m.end > toks[issued].start and not opening):
                return None
            m = _name_set_off_after(text, toks, m) or m
        else:
            m = f.mention
        if RE_PASSIVE_AFTER.match(text, m.end) is not None:
            return None  # (never one the statement is about: ‘X was named in a statement’, ‘In a post, the
            # victim was described by her family as …’)
    else:  # ‘The Times said Cook provided a written statement’: who issued it
        m = mention_before(toks, issued, 0, text)
        if m is None and issued >= 2 and toks[issued - 1].word in ("but", "and") \
                and not any(x.word in RELATIVE_WORDS for x in toks[max(0, issued - 4):issued]):  # (never ‘…, which then released’)
            m = sentence_subject(text, toks, cast.knows)  # (‘His family asked for privacy but released a
            # short statement’)
            m = m if m is not None and m.end <= toks[issued].start else None
        if m is None or m.kind == "pronoun":
            return None
    if _opening_personal_owner(toks, issued):
        p = _issuer(m, cast)  # (‘In her letter to investors, Lodestar said …’: the firm that sent it, never
        # a person named, whose letter stays as written)
        return p if p is not None and p.kind != "description" and not _named_person(p) \
            and p.gender is None and not p.placelike else None
    return _issuer(m, cast, pronoun=True)


#: Lower-case words that may stand right before a subject's name ("his daughter, X" has a comma).
ROLE_WORDS_BEFORE = frozenset("local resident fellow former late then veteran".split())
# (and where they work, up to a clause: "a nurse at the county's largest emergency department, who …",
# "a counselor at one of the state's six centers said")


#: Words that open a subordinate or relative clause inside a sentence (mentions' clause words and
#: the subordinators of time and condition).
SUBORDINATE_WORDS = (MENTION_CLAUSE_WORDS - {"where"}) | frozenset(
    "as after since before though until unless whereas once whether".split())  # (‘the event where X spoke’ reads on)


def _reported_asker(text: str, sp: Span, prev: Span, answerer: Person, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a question asked of the other, after a quotation opening the
    paragraph before that answers a question the paragraph before that reports: the one who
    asked that one (‘Sen. Marcus Whitaker … asked who set those thresholds. / “We did,” Beck
    said. / “And who approved them?”’)."""
    if prev.paragraph == 0 or not _only_a_question(text, sp) or (
            not RE_YOU.search(text, sp.start, sp.end) and (
            len(text[sp.start:sp.end].split()) > 4 or RE_FIRST_PERSON.search(text, sp.start, sp.end))):
        return None
    p_lo, p_hi = paras[prev.paragraph - 1]
    tail = text[p_lo:p_hi].rstrip()
    if not tail.endswith((".", "?")) or RE_ASKED_WHAT.search(tail[-200:]) is None \
            or any(c in tail[-200:] for c in "“”\""):
        return None
    ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast)
    if ms is None or ms[1] is None or ms[1].kind != "name" or ms[1].name == answerer.name:
        return None
    return Found(ms[0], ms[1], "exchange", None)

#: The writer putting a question or news to someone, then a "he" or "she" in that sentence (‘When I put this
#: to Mehta, he winced’, ‘I asked Mensah how she copes’, ‘When I repeated this to Vikram, he flinched’).
RE_WRITER_ASKS = LazyPattern(r"\bI (?:asked|told|put (?:this|it|that|the question|the figures?|the claims?) to"
                             r"|repeated (?:this|it|that) to|mentioned (?:this|it|that) to|showed) "
                             r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+)?)\b[^.!?“”\"]{0,80}?\b(he|she)\b")

#: The writer's question put to someone described, not named (‘I asked a woman in her 60s why she had voted’).
RE_WRITER_ASKS_DESCRIBED = LazyPattern(r"\bI (?:asked|put (?:this|it|that|the question) to) ((?:a|an) [\p{Ll}\-]+(?: [\p{Ll}\d\-’']+){0,5}?)"
                                       r" (?:why|whether|if|what|how|who|when|where|about)\b[^.!?“”\"]{0,80}?\b(he|she)\b")

#: The writer telling or showing something to someone described, whose "he" or "she" opens the main
#: clause right after (‘When I mentioned the duck to a server, she nodded’, ‘As I showed the photo to
#: our guide, he laughed’): group 1, the one told; group 2, the pronoun.
RE_WRITER_TELLS_DESCRIBED = LazyPattern(
    r"\b(?:[Ww]hen|[Aa]s|[Aa]fter) I (?:mentioned|put|repeated|showed|described|read|raised) (?:this|it|that|the [\p{Ll}\-]+(?: [\p{Ll}\-]+)?)"
    r" to ((?:a|an|our|my) [\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2}?), (he|she)\b")


#: Whom a question was put to, in the sentence before an answer (‘…, asking Kittering whether he …’).
RE_ASKING_WHOM = LazyPattern(r"\b(?:asking|pressing|questioning) ((?:\p{Lu}[\p{L}\p{M}’'\-]+ ){0,2}\p{Lu}[\p{L}\p{M}’'\-]+)"
                             r" (?:whether|if|about|why|what|how|when)\b[^.!?“”\"]*[.?]\s*$")
