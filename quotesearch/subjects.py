"""Sentence subjects and pronouns: the subject of the last sentence, the person a pronoun (he, she,
they) stands for, a speaker kept back or brought in after an opening phrase.

This module keeps the subject of the sentence before a quotation (_last_sentence_subject) and the
pronoun's subject (_pronoun_subject, _office_subject_before); the rest lives in modules by what it decides:
:mod:`quotesearch.described_subjects`, :mod:`quotesearch.they_subjects`, :mod:`quotesearch.unnamed_subjects`,
:mod:`quotesearch.it_subjects`, :mod:`quotesearch.narrative_subjects`.
"""

from __future__ import annotations

import regex

from quotesearch.pronoun_chain import opening_pronoun_at
from quotesearch.backward_cues import cue_before
from quotesearch.cue_tokens import Found, _index_before, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_NATIONALITIES, ONE_WORD_PLACES, SENDER_PLACES
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, ROLE_NOUNS, TRADE_HEADS
from quotesearch.speech_words import (
    CALL_VERBS, CLAUSE_THEY_OPENERS, GESTURE_VERBS, PUT_TO_OPENINGS, SPEECH_VERBS, SUBORDINATE_OPENERS,
)
from quotesearch.description_ends import CLAUSE_WORDS as MENTION_CLAUSE_WORDS
from quotesearch.mention_words import Mention, description_head
from quotesearch.backward_descriptions import UNMARKED_PLURALS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person
from quotesearch.office_titles import _title_noun
from quotesearch.sources import RE_ALIAS, described_plural
from quotesearch.cast_mentions import RE_OBJECT_PRONOUN
from quotesearch.descriptions import OTHER_SEX, RE_SAID_TELLER, RE_TOLD_BY_BEFORE, _trade_told_by_who
from quotesearch.body_names import CONTEXT_CHARS, RE_DATELINE
from quotesearch.described_people import _possessed_speaker, _unheld_office, _unnamed_person
from quotesearch.interviews import RE_ASKED_WHAT, RE_FIRST_PERSON, RE_YOU, _only_a_question
from quotesearch.introductions import _after_preposition, _speaking_subject
from quotesearch.questions import _writer_told_described
from quotesearch.titles import _ends_before_marks, _person_noun
from quotesearch.writers import GENDERS
from quotesearch.described_subjects import (
    OBJECT_PRONOUNS, RE_AGE_AFTER_OPENING, RE_AGE_OPENS, RE_FULL_NAME_SET_OFF, RE_GESTURE_ENDS, RE_GIVEN_SET_OFF,
    RE_NAMED_NEXT, RE_NOUN_BEFORE_NAME, RE_PERSON_SET_OFF, RE_UNNAMED_BEFORE_GIVEN, _capitalised_office, _described_person, _gesturing_named,
    _tail_cue_name,
)
from quotesearch.they_subjects import (
    RE_POINTED_OUT, RE_STANCE_AFTER, _anyone_named_before, _brought_in_after_opening, _opening_phrase_before,
    _question_at,
)
from quotesearch.unnamed_subjects import (
    OBJECT_OF_SEX, RE_AND_WHO_KEPT_BACK, RE_DESCRIPTION_SET_OFF, RE_PARTICIPLE_SET_OFF, RE_SAID_AFTER,
    RE_SAID_BEFORE_NAME, RE_UNNAMED_ONE_ACTS, _kept_back_definite, _kept_back_set_off_speaker, _kept_back_speaker, _past_intensifier,
    _set_off_role, named_since,
)
from quotesearch.narrative_subjects import (
    RE_ACTS_ON_ONE, RE_OFFICE_OPENING, RE_QUOTE_OPENS_THIRD, _aliased_subject, _brought_in_with, _hailed_replier,
    _kin_given_name_subject, _profile_answer, _reaction_from, _unsexed_subject_goes_on,
)


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


#: A relative aside set off by commas right after someone described (‘, who shared a car with him for
#: years,’): an object pronoun inside it is someone else the aside relates them to, never a sign of the
#: one described's own sex (a "he" or a "his" there is theirs: ‘, who asked not to be named because he …,’).
#:
#: >>> RE_WHO_ASIDE_AFTER.match(", who shared a car with him for years, put it simply.").group()
#: ', who shared a car with him for years,'
#: >>> RE_WHO_ASIDE_AFTER.match(" shook his head.") is None
#: True
RE_WHO_ASIDE_AFTER = LazyPattern(r", who [^,.;:!?“”\"\n]{1,100},")


def _named_as_thing(text: str, m: Mention, p: Person) -> bool:
    """Whether the name ``p`` a sentence's subject ``m`` stands for is a thing's or a body's, never a "he"
    or "she"'s: one of no sex told and no title, written after ", of" as the body someone is of (‘Employment lawyer Ann
    Lee, of Lee Bell Solicitors, who …, said’), or anywhere before ", which" (‘Independent developer Dark
    Wood Studio, which …,’ is what "the developer" stood for).

    >>> t = "Lawyer Ann Lee, of Lee Bell Solicitors, who acts for staff, said so."
    >>> _named_as_thing(t, Mention(t.index("Lee Bell"), t.index(", who"), "Lee Bell Solicitors", "name"),
    ...                 Person("Lee Bell Solicitors"))
    True
    >>> t = "Dark Wood Studio, which made games, shut. The developer laughed."
    >>> _named_as_thing(t, Mention(t.index("The dev"), t.index(" laughed"), "The developer", "description"),
    ...                 Person("Dark Wood Studio"))
    True
    >>> t = "Ann Lee, of Leeds, said so. She laughed."
    >>> _named_as_thing(t, Mention(0, 7, "Ann Lee", "name"), Person("Ann Lee", gender="f"))
    False
    """
    if p.kind != "name" or p.gender is not None or p.titled:
        return False
    return (m.kind == "name" and text.endswith(", of ", 0, m.start)) or text.find(p.name + ", which ") >= 0


def _past_who_aside(text: str, end: int, gender: str) -> int:
    """Where the search for a pronoun of the other sex than ``gender`` after a description ending at
    ``end`` may start: past its set-off "who" aside (:data:`RE_WHO_ASIDE_AFTER`) when every such pronoun
    inside it is an object (‘him’, ‘with her.’), else ``end`` (w84a).

    >>> t = "One reporter, who shared a car with him for years, put it simply."
    >>> _past_who_aside(t, 12, "f") == t.index(" put")
    True
    >>> _past_who_aside("A clerk, who said he was scared, spoke.", 7, "f")
    7
    """
    aside = RE_WHO_ASIDE_AFTER.match(text, end)
    if aside is None:
        return end
    for m in OTHER_SEX[gender].finditer(text, end, aside.end()):
        if m.group().lower() != "him" and not (m.group().lower() == "her" and RE_OBJECT_PRONOUN.match(text, m.start() - 1)):
            return end
    return aside.end()


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
                                 or (x.word in OBJECT_PRONOUNS and not stance_.start("clause") <= x.start < stance_.end("clause")
                                     and not stance_.start("setoff") <= x.start < stance_.end("setoff"))
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
    if f is None and m is None and toks and ((age := RE_AGE_OPENS.match(text, toks[0].start)) is not None
                                             or (age := RE_AGE_AFTER_OPENING.search(text, toks[0].start, toks[-1].end)) is not None):
        m = Mention(age.start(1), age.end(1), age.group(1), "description")  # (‘Pressed on it, the 51-year-old smiled.’,
        # ‘The 67-year-old laughs when it is put to her.’: only a gesture, of the one person the article gives that age)
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


#: A sentence about an office whose holder was put a question, after an opening phrase set off at most
#: (‘As is traditional, the king was asked by reporters what …’, ‘The minister was pressed on …’):
#: the "he" or "she" of the next sentence answers, never the agent "by reporters" nor the one quoted
#: before. Group 1 the description from "the", group 2 its words after "the".
#:
#: >>> bool(RE_OFFICE_ASKED_OPENING.match("As is traditional, the king was asked by reporters what he wanted."))
#: True
#: >>> bool(RE_OFFICE_ASKED_OPENING.match("The mayor asked reporters to leave."))
#: False
RE_OFFICE_ASKED_OPENING = LazyPattern(r"(?:[\p{L} ]{2,40}, )?([Tt]he ((?:[\p{L}\-]+ ){0,2}[\p{L}\-]+)) "
                                      r"(?:was|had been) (?:(?:later|then|also) )?(?:asked|pressed|questioned)\b")


def _office_asked_before(text: str, sp: Span, found: Found, cast: Cast, asked, gender: str, ends: list[int]) -> Person | None:
    """:func:`_office_subject_before` for a sentence before whose office holder was asked (:data:`RE_OFFICE_ASKED_OPENING`):
    the one named person the cast takes the description for (as ‘The king smiled’ would be), when the
    pronoun opens its sentence and no one else is named between."""
    own = tokenize(text, ends[-1], sp.open_at)
    subject = sentence_subject(text, own, cast.knows) if own else None
    if subject is None or subject.start != found.mention.start:
        return None
    m = Mention(asked.start(1), asked.end(1), asked.group(1), "description")
    head = description_head(m.text)
    if head not in ROLE_NOUNS or GENDERED_NOUNS.get(head, gender) != gender:
        return None
    p = _described_person(text, m, cast)
    if p is None or p.kind != "name" or p.gender not in (None, gender) or p.name == found.person.name:
        return None
    if any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in text[m.end:found.mention.start]
           for q in cast.by_surname.values()):
        return None  # (someone else named since: the pronoun may be theirs)
    return p


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
    s0 = prev + len(text[prev:ends[-1]]) - len(text[prev:ends[-1]].lstrip())
    if (asked := RE_OFFICE_ASKED_OPENING.match(text, s0, ends[-1])) is not None \
            and any(w in ROLE_NOUNS for w in asked.group(2).lower().split()):
        return _office_asked_before(text, sp, found, cast, asked, gender, ends)
    opening = RE_OFFICE_OPENING.match(text, s0, ends[-1])
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


#: The body's pronoun right after the speech verb of a name set off (‘A major customer, Amazon, said| it would …’).
#:
#: >>> RE_IT_AFTER_SAID.match(" it would leave") is not None, RE_IT_AFTER_SAID.match(" its") is not None, RE_IT_AFTER_SAID.match(" items") is None
#: (True, True, True)
RE_IT_AFTER_SAID = LazyPattern(r" (?:it|its)\b")


def _given_after_unnamed(text: str, m: Mention) -> bool:
    """A given name alone set off after an unnamed description that opens its sentence, the subject of
    the speech verb right after it (‘A 24-year-old farmer, Yonas, said the rains came late.’): a person,
    whatever sex the lists know, whom a "he" or "she" after goes on with; never a word the lists know as a
    place, a body or a common noun (‘A resident, Paris, said …’ is no one's name).

    >>> t = "A 24-year-old farmer, Yonas, said the rains came late."
    >>> _given_after_unnamed(t, Mention(22, 27, "Yonas", "name")), _given_after_unnamed(t.replace("Yonas", "Kenya"), Mention(22, 27, "Kenya", "name"))
    (True, False)
    >>> _given_after_unnamed("A smaller rival, Lidl, said so.", Mention(17, 21, "Lidl", "name"))
    False
    >>> _given_after_unnamed("A major customer, Amazon, said it would leave.", Mention(18, 24, "Amazon", "name"))
    False
    """
    word = m.text.lower()
    if " " in m.text or not m.text[1:].islower() or not text.endswith(", ", 0, m.start) \
            or (said := RE_SAID_AFTER.match(text, m.end)) is None or RE_IT_AFTER_SAID.match(text, said.end()) is not None \
            or (unnamed := RE_UNNAMED_BEFORE_GIVEN.search(text, max(0, m.start - 80), m.start)) is None \
            or not _person_noun(unnamed.group(1)) or unnamed.group(1) in THING_NOUNS:
        return False  # (a person described: never a firm's ‘A smaller rival, Lidl, said’, nor one that is an "it":
        # ‘A major customer, Amazon, said it would switch suppliers’, review rv68d)
    return word not in ONE_WORD_PLACES and word not in SENDER_PLACES and m.text not in COUNTRY_NATIONALITIES \
        and word not in ORG_WORDS and word not in ROLE_NOUNS and word not in THING_NOUNS and word not in FUNCTION_WORDS


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
    if opening_pronoun_at(text, found.mention.start, found.mention.text) is not None:
        return None  # (the paragraph's first sentence has the same pronoun, the quotation right after it: the
        # pronoun's own antecedent, never a name that sentence's clause has: ‘She is wary of the homes Elm
        # Estates has promised. “…,” she says’), w101a
    if sp.open_at > lo:
        ms = _last_sentence_subject(text, lo, sp.open_at, cast, main_clause=True, described=True)
        s_lo, s_hi = lo, sp.open_at
    elif sp.open_at == sp.para_start and sp.paragraph > 0 and not cast.credits_writer(paras[sp.paragraph - 1]):
        # (never a byline above the words: ‘Ruth Adair, Health Reporter’ / ‘“…,” she said’ is no reporter's)
        p_lo, p_hi = paras[sp.paragraph - 1]
        ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast, main_clause=True, described=True)
        s_lo, s_hi = p_lo, p_hi
    else:
        return None
    if ms is not None and ms[0].kind == "name" and text.find("Asked by ", max(s_lo, ms[0].start - 160), ms[0].start) >= 0 \
            and (asked := _asked_by_opening(text, s_lo, ms[0], s_hi)) is not None:
        p, _ = cast.resolve(asked)  # (the one asked, never the asker inside the clause: ‘Asked by the
        # moderator, journalist Ann Lee, whether she …, Radebe laughed. “…,” she said’ is Radebe's)
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    if sp.open_at > lo and (kin := _kin_given_name_subject(text, s_lo, s_hi, cast, gender, found)) is not None:
        return kin  # (‘Sgt Ray Cole hugged his 7-year-old son, Jaden. …. Jaden grinned. “…,” he said’: Jaden Cole)
    if (aliased := _aliased_subject(text, ms, gender, found)) is not None:
        return aliased  # (‘A waitress …, who asked that only her first name, Dana, be used, said …. / “…,” she said’)
    asking = RE_ASKING_WHOM.search(text, max(s_lo, s_hi - 200), s_hi) if sp.open_at == sp.para_start else None
    if asking is not None:  # (an answer in a paragraph of its own: in the asker's paragraph, the asker goes on)  # ‘Whitcomb opened with a question, asking Kittering whether he would …. / “…,” he
        # said.’: the one asked answers, never the asker the sentence is about
        p, _ = cast.resolve(Mention(asking.start(1), asking.end(1), asking.group(1), "name"))
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    if sp.open_at == sp.para_start and (mine := RE_QUESTION_I_ASKED.search(text, max(s_lo, s_hi - 240), s_hi)) is not None:
        p, _ = cast.resolve(Mention(mine.start(1), mine.end(1), mine.group(1), "name"))  # (‘“…?” I asked Brooks as
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None  # we left. / “…,” she said’)
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
    if ms is not None and _named_as_thing(text, ms[0], ms[1]):
        return None  # (a body someone is of, or a thing "which" …, is never the "he" or "she": the one the
        # pronoun found stays, w143q)
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
            and found.person is not None and found.person.kind == "name" and ms[1].name != found.person.name \
            and len(spoke := {id(q): q for pos, q in cast.speakers if s_lo <= pos < s_hi}) == 1 \
            and any(ms[0].start <= pos < s_hi for pos, _ in cast.speakers) \
            and (went := next(iter(spoke.values()))).kind == "name" and went is not found.person \
            and went.gender in (None, gender):
        return went  # (a paragraph that is the same pronoun's speech, its main clause, goes on with that speaker:
        # ‘He said the footage showed Mr Cole standing over Mr Hale. / “…,” he said’ is the barrister's, never the
        # last man his speech names); never when that pronoun is the one found already (‘“…,” Mr Hale said. / He
        # said the Duke had called it “…”. / “…,” he added’ is Hale's, never the Duke's the paragraph quotes), w91b
    if inside is None and sp.open_at > sp.para_start and found.person is not None \
            and RE_QUOTE_OPENS_THIRD[gender].match(text, sp.open_at + 1) is None \
            and (unsexed := _unsexed_subject_goes_on(text, s_lo, s_hi, cast, gender, ms)) is not None \
            and unsexed.name != found.person.name:
        return unsexed  # (one whose given name tells no sex, the paragraph's subject, whose "he" or "she" it
        # goes on with: ‘Back at the depot, Okafor had closed the shop. By noon he was sweeping. “…,” he said’
        # is Okafor's, never the last man whose sex the lists know)
    if ms is not None and ms[0].kind == "pronoun" and ms[0].text.lower() == found.mention.text.lower() and inside is None \
            and found.person is not None and found.person.kind == "name" and ms[1] is found.person \
            and (man := _described_before_pronoun(text, s_lo, ms[0], s_hi if sp.open_at == sp.para_start else sp.open_at,
                                                  cast, gender)) is not None:
        return man  # (‘Back on the street, the man in the hi-vis jacket has finished. Asked when it will open, he
        # laughs. / “…,” he says’: the man described, never the man named paragraphs before)
    if ms is not None and ms[0].kind == "description" and ms[1].kind == "description" and not ms[1].plural \
            and ms[1].gender in (None, gender) and inside is None and ms[1] is not found.person \
            and _kept_back_definite(text, ms[0], description_head(ms[1].name), s_hi if sp.open_at == sp.para_start else sp.open_at, gender):
        return ms[1]  # (‘The farmer who runs the site, who asked that the farm not be named, spoke to us. “…,” he
        # said’: the one kept unnamed, never the man quoted paragraphs before)
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
                _set_off_role(text, ms[0].end) or (_given_after_unnamed(text, ms[0])
                                                   and not OTHER_SEX[gender].search(text, ms[0].end, sp.open_at)) or (
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
                 or (found.person is None and _possessed_speaker(ms[0].text, RE_SAID_AFTER.match(text, ms[0].end) is not None, cast))
                 or _trade_told_by_who(text, ms[0], description_head(ms[1].name))
                 or (RE_GESTURE_ENDS.match(text, ms[0].end) is not None  # (‘At the market, a trader shook her head.’)
                     and (ms[1].gender is not None or found.person is None or found.person.kind != "name" or " " not in found.person.name)
                     and _brought_in_after_opening(text, ms[0], description_head(ms[1].name))))
            and not OTHER_SEX[gender].search(text, _past_who_aside(text, ms[0].end, gender), sp.open_at)):
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


#: Lower-case words that may stand right before a subject's name ("his daughter, X" has a comma); and
#: the head of a two-word trade that is no role noun alone (‘Tour guide Rosa Vidal, who …, said’, w68a).
#:
#: >>> "guide" in ROLE_WORDS_BEFORE, "beat" in ROLE_WORDS_BEFORE
#: (True, False)
ROLE_WORDS_BEFORE = frozenset("local resident fellow former late then veteran".split()) | TRADE_HEADS
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

#: The writer's own question, quoted, then "I asked" and whom, closing its paragraph (‘“Would you do it again?” I
#: asked Brooks as we walked back.’): the one asked answers in the paragraph after, never the last of the
#: pronoun's sex quoted before, w104d. A question someone else puts (‘“Why?” Lee asked Roe.’) is not the writer's;
#: nor one another answers (‘I asked Nolan, but it was his wife, Carla, who answered.’: no comma after the name).
#:
#: >>> [bool(RE_QUESTION_I_ASKED.search(t)) for t in ("“Would you do it again?” I asked Brooks as we walked back.",
#: ...     "“Why now?” I asked Ann Roe.", "“Why?” Lee asked Roe.", "“Fine,” I told Roe.",
#: ...     "“Why stay?” I asked Nolan, but it was his wife who answered.")]
#: [True, True, False, False, False]
RE_QUESTION_I_ASKED = LazyPattern(r"\?[”\"’]\s+I (?:asked|pressed) (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+)?)\b"
                                  r"[^.!?“”\"\n,;]{0,100}\.\s*$")

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


#: A sentence that opens with a question put to its subject by someone named in the clause, before the
#: subject's own verb (‘Asked by the moderator, journalist Ann Lee, whether she feared a backlash, Radebe
#: laughed.’): group 1, the one asked, the sentence's subject.
#:
#: >>> RE_ASKED_BY_OPENING.match("Asked by the host, Ann Lee, whether she would run, Radebe laughed.").group(1)
#: 'Radebe'
#: >>> RE_ASKED_BY_OPENING.match("Asked by the host, Ann Lee, whether she would run, she laughed.") is None
#: True
RE_ASKED_BY_OPENING = LazyPattern(
    r"Asked by [^.;:!?“”\"\n]{1,120}?, (?:whether|if|about|why|what|how|when|to)\b[^.;:!?“”\"\n]{1,200}?, "
    r"((?:\p{Lu}[\p{L}\p{M}’'\-]+ ){0,2}\p{Lu}[\p{L}\p{M}’'\-]+) \p{Ll}")


def _asked_by_opening(text: str, lo: int, asker: Mention, hi: int) -> Mention | None:
    """The one asked, when ``asker``, the subject found for the sentence before a quotation, stands inside
    an "Asked by …" clause that opens it (:data:`RE_ASKED_BY_OPENING`): the name after the clause, which
    the sentence is about.

    >>> t = "Asked by the host, Ann Lee, whether she would run, Radebe laughed. "
    >>> _asked_by_opening(t, 0, Mention(19, 26, "Ann Lee", "name"), len(t)).text
    'Radebe'
    >>> _asked_by_opening("Ann Lee was asked by the host. ", 0, Mention(0, 7, "Ann Lee", "name"), 31) is None
    True
    """
    s = text.rfind("Asked by ", max(lo, asker.start - 160), asker.start)
    if s < 0 or ((before := text[lo:s].rstrip(" ")) and not before.endswith((".", "!", "?", "”", "\"", "’", "\n"))):
        return None  # (only a clause that opens its sentence)
    m = RE_ASKED_BY_OPENING.match(text, s, hi)
    if m is None or not m.start() <= asker.start < m.start(1):
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "name")


#: A sentence that opens, maybe past a phrase set off by a comma, with a definite description of one
#: person (a noun maybe followed by where they are or what they wear) and its verb (‘Back on the street, the
#: man in the hi-vis jacket has finished checking the lock.’): group 1, the one described; group 2, the noun.
#:
#: >>> RE_DEFINITE_PERSON_OPENING.match("Back on the street, the man in the hi-vis jacket has finished.").group(1, 2)
#: ('the man in the hi-vis jacket', 'man')
#: >>> RE_DEFINITE_PERSON_OPENING.match("The old woman smiled.").group(1)
#: 'The old woman'
RE_DEFINITE_PERSON_OPENING = LazyPattern(
    r"(?:[^,.;:!?“”\"\n]{1,50}, )?([Tt]he (?:[\p{Ll}\-]+ ){0,2}(\p{Ll}+)(?: (?:in|with|at|from|on|behind) (?:the|a|an|his|her)"
    r"(?: [\p{L}\-]+){1,3}?)?) (?:has|had|is|was|\p{Ll}+ed|\p{Ll}+s)\b")

#: A verb negated after a description (‘ has not called back’, ‘ still hasn’t’, ‘ has yet to’, ‘ failed to’):
#: the one described does not act, so is no one to go on with.
#:
#: >>> RE_DESCRIBED_VERB_NEGATED.match(" has not called back.") is not None, RE_DESCRIBED_VERB_NEGATED.match(" has stopped.") is None
#: (True, True)
RE_DESCRIBED_VERB_NEGATED = LazyPattern(
    r"[^.;:!?“”\"\n]*?(?:\b(?:not|never|no longer|(?:has|have|had|is|was) yet to|failed to|fails to)\b|\p{Ll}n[’']t\b)")

#: A description that marks another party than someone already named (‘the man in the other corner’, ‘the
#: rival skipper’, ‘the opposing coach’).
#:
#: >>> RE_OTHER_PARTY.search("the man in the other corner") is not None, RE_OTHER_PARTY.search("the man in the hi-vis jacket") is None
#: (True, True)
RE_OTHER_PARTY = LazyPattern(r"\b(?:other|another|opposing|rival|rivals|opponent|opponents|opposite)\b")


def _described_before_pronoun(text: str, lo: int, pronoun: Mention, hi: int, cast: Cast, gender: str) -> Person | None:
    """The one described, unnamed, who is the subject of the sentence before the one ``pronoun`` is the
    subject of (‘The man in the hi-vis jacket has finished. Asked when it will open, he laughs.’), when a
    "he" or "she" cue after goes on with it: a description the article ties to no name, whose noun is of
    the pronoun's sex (never one that tells none: ‘The official …’), with no one of the other sex and no
    one named (a capitalised word inside a sentence) from it up to ``hi``."""
    ends = sentence_ends(text, lo, pronoun.start)
    if not ends:
        return None
    s = ends[-2] if len(ends) > 1 else lo
    while s < ends[-1] and text[s] in " \n\t”\"’":
        s += 1
    m = RE_DEFINITE_PERSON_OPENING.match(text, s, ends[-1])
    if m is None or GENDERED_NOUNS.get(m.group(2)) != gender or not _person_noun(m.group(2)):
        return None
    if RE_DESCRIBED_VERB_NEGATED.match(text, m.end(1), ends[-1]) is not None:
        return None  # (one who does not act, and so is not there to answer: ‘The man from the bank has not
        # called back. Asked whether …, he sighs.’ is the victim named before)
    if RE_OTHER_PARTY.search(m.group(1)) is not None:
        return None  # (another party than the man named before: ‘The man in the other corner was celebrating.
        # Asked if he wanted a rematch, he nodded.’ is the beaten boxer's)
    if OTHER_SEX[gender].search(text, m.end(1), hi) is not None \
            or named_since(text, m.end(1), hi):
        return None  # (someone of the other sex, or someone named, since: the pronoun may be theirs)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "description"))
    return p if p is not None and p.kind == "description" and not p.plural and p.gender in (None, gender) else None
