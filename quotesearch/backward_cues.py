"""Reading the cue before a quotation (cue_before, _cue_before): the clause whose verb of speech,
calling, asking or showing gives the words to its subject, the asker after a semicolon, a speaker
after an "according to" source, a verb of assent inside a condition, and a cue word that is a noun
(a body's document, "states"), never a verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotesearch.lexicon import ARTICLES, FINITE_VERBS, SINGULAR_NOUN_CUES, wordset
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import DEMONYMS, STATES_NOUN_FOLLOWERS
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, OWNED_DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import (
    ASKING_WORDS, ASSENT_ASKED_VERBS, AUXILIARIES, BRIEFING_VERBS, CALL_VERBS, FINDING_CUE_VERBS, INVERTED_OPENERS,
    LABELLING_VERBS, OBJECT_SPEECH_VERBS, PRONOUNS, SPEECH_VERBS, TERMING_VERBS,
)
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import NOUN_LIKE_VERBS, mention_before
from quotesearch.mention_words import IRREGULAR_PAST, Mention, POSSESSIVES, PREPOSITIONS, description_head
from quotesearch.mention_nations import _nation_state
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token
from quotesearch.cue_tokens import (
    BE_FORMS, Found, IRREGULAR_PASTS, Lazy, OPENING_MARKS, _first_word, _in_marks, _index_after_offset, _index_before,
    _is_cue, _verb_like,
)
from quotesearch.sentence_subjects import (
    POSTED_THINGS, TELL_VERBS, _agent_before_participle, _clause_goes_on, _named_from_where, sentence_subject,
)
from quotesearch.reported_speech import (
    _and_perfect, _by_gerund, _claim_rejected_as, _deed_doer_addressing, _opens_reported_clause,
    _put_to_witness_speaker, _reported_direct_speaker, _reported_labeller, _reported_subject, _said_clause_subject,
    _told_investigators,
)
from quotesearch.cue_positions import (
    NOUN_MARKERS, STATES_NOUN_MARKERS, _added_to, _after_indefinite, _aside_opens_before, _in_apposition,
    _in_opening_place, _is_object, _past_aspect_verb, _people_after, _relative_aside, _ruling_with_issuer_aside,
    _told_passive,
)
from quotesearch.speech_owners import (
    _in_the_words_of, _in_their_words, _minuted_saying, _quoted_as_saying, _speech_noun_owner,
)
from quotesearch.cue_phrases import (
    NOUN_SUBJECT_VERBS, _answers_a_thing, _bare_noun_after_preposition, _counted_noun, _inside_question, _modified_noun,
    _naming_participle, _noun_before_finding, _phoned, _plural_cue_noun, _put_in_question, _responds_to_an_event,
    _writes_a_thing,
)
from quotesearch.cues_after import (
    PASSIVE_WORDS_PARTICIPLES, RECORDING_NOUNS, SIGN_VERBS, _puts_it_to, _puts_it_before_colon, _record_owner, _set_off_phrase_before,
    according_to,
)
from quotesearch.cues_before import (
    ADVERB_LIKE_BEFORE_VERB, AGREE_FORMS, ATTRIBUTIVE_LEADS, ATTRIBUTIVE_PARTICIPLES, EMERGENCY_CALL_NOUNS,
    EMERGENCY_NUMBERS, NOT_SPEECH_PARTICLES,
    NOUN_PHRASE_LEADS, OBJECT_TAKING_VERBS, PARTICIPLES_ONLY, POSTING_PARTICIPLES, POSTING_WHERE_ADVERBS, TIME_LEADS,
    _as_clause_speaker, _colon_speaker, _handle_set_off_before_colon, _handle_speaker, _inverted_opener_colon,
    _material_targeting, _nearest_found, _own_clause_subject, _past_quoted_extent, _past_title_in_marks,
    _past_writing_date, _question_lead, _relative_clause_speaker, _shows_another_writing, _subject_around_source,
    _unnamed_cue_before, whose_document_owner,
)


#: Dashes that put a speaker's name after a quotation: “…” ― Name.
DASHES = frozenset("―—–-")

#: Particles that make "call" a request, not a naming ("called for a ban", "called on Americans").
CALL_PARTICLES = wordset("for on off out")

#: Verbs whose passive names the speaker after "by" ("was asked by host Bill Maher").
ASKING_VERBS = wordset("asked told questioned pressed")


#: Words opening a clause of time, whose subject is never the main clause's speaker.
TIME_CLAUSE_WORDS = frozenset("after before when once until since while".split())


def _plural_states(toks: list[Token], v: int) -> bool:
    """A plural head before the preposition whose object ends at "state" at ``v``, and no "be" or
    auxiliary after it: "state" is the plural subject's verb of speech (‘Guidelines from the health
    ministry state: “…”’, ‘Residents of the coastal village state they were “…”’; review rv65d), never
    the noun of ‘Officials from one member state were less certain’.

    >>> from quotesearch.tokens import tokenize
    >>> _plural_states(tokenize("Emails from the county clerk state the"), 5), _plural_states(tokenize("A diplomat from a member state was"), 5)
    (True, False)
    """
    p = next((p for p in range(v - 2, 0, -1) if toks[p].word in ("from", "of", "in") and toks[p].text.islower()), None)
    if p is None or not (toks[p - 1].word.endswith("s") and not toks[p - 1].word.endswith(("ss", "us", "is"))):
        return False
    return not (v + 1 < len(toks) and (toks[v + 1].word in BE_FORMS or toks[v + 1].word in AUXILIARIES))


def _states_noun(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is "states" the plural noun (``STATES_NOUN_MARKERS`` before it), read so
    both before and after a quotation.

    >>> from quotesearch.tokens import tokenize
    >>> t = "Officials in other states, "
    >>> found = cue_before(t, tokenize(t))
    >>> found.mention.text, found.cue
    ('officials', None)
    """
    if toks[v].word == "state" and v > 0 and toks[v].text.islower() and _nation_state(toks, 0, v) \
            and not (v + 1 < len(toks) and toks[v + 1].word == "that") and not _plural_states(toks, v):
        return True  # the singular noun ending a description's place, no verb: ‘A diplomat from a smaller
        # member state was less certain, saying …’ is the diplomat from the member state (never ‘the rules state that’)
    if toks[v].word != "states" or v == 0:
        return False
    return toks[v - 1].word in STATES_NOUN_MARKERS or (
        # (or a place's trade before it, after "from" or "in", and a verb of its own after it: ‘lawmakers
        # from coal states had “a moral obligation”’; never ‘a memo from staff states that’)
        v >= 2 and toks[v - 2].word in ("from", "in", "across") and toks[v - 1].text.isalpha()
        and toks[v - 1].text.islower() and not toks[v - 1].text.endswith("s")
        and v + 1 < len(toks) and toks[v + 1].word in STATES_NOUN_FOLLOWERS)


#: Verbs of a cause moving someone to speak, before them and an infinitive (‘prompting MPs to accuse’).
PROMPTING_VERBS = wordset("prompting prompted prompts prompt spurring spurred leading")

#: Verbs of getting up or going on that an infinitive of speech follows (‘rose to say’, ‘went on to say’).
RISING_VERBS = wordset("rose stood got went came stepped turned")

#: Things that carry words, and their verbs (‘T-shirts reading “…”’, ‘signs that said “…”’).
SIGN_NOUNS = wordset("""sign signs placard placards banner banners poster posters t-shirt t-shirts tshirts shirt shirts
billboard billboards sticker stickers badge badges button buttons sweatshirt sweatshirts hat hats cap caps mug mugs""")


#: Verbs of showing or perceiving, whose object does what the participle after it says (‘A video
#: showed fighters chanting “…”’, ‘Witnesses heard the man shouting “…”’).
SHOWING_VERBS = frozenset("showed shows show depicted depicts captured captures filmed films saw sees heard hears "
                          "watched watch caught catches".split())

#: Object pronouns a verb of showing or perceiving may take before a participle of speech, whose
#: words they are (‘Footage showed him telling a guard: “…”’, ‘Neighbours heard her shouting “…”’) (w56a).
#:
#: >>> "him" in SHOWN_OBJECT_PRONOUNS, "it" in SHOWN_OBJECT_PRONOUNS
#: (True, False)
SHOWN_OBJECT_PRONOUNS = frozenset("him her them".split())


#: Words that open a condition (‘if the council agreed to …’, ‘unless the firm accepts …’).
CONDITION_WORDS = frozenset("if unless provided providing".split())


def _assent_in_condition(toks: list[Token], v: int) -> bool:
    """The verb of assent at ``v`` (agreed, accepted …) is the verb of a condition, "if" or "unless" and
    its subject right before it, inside the clause a verb of saying reports earlier in the sentence
    (‘He said the union would suspend the action if the council agreed to a review’): a condition one
    puts, never the words of the one it names.

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("He said the union would stop if the council agreed to a review, but it was")
    >>> _assent_in_condition(t, 9), _assent_in_condition(tokenize("If the council agreed, it said"), 3)
    (True, False)
    """
    if toks[v].word not in ASSENT_ASKED_VERBS:
        return False
    for j in range(v - 1, max(-1, v - 6), -1):
        if toks[j].text in ",;:.“”\"":
            return False
        if toks[j].word in CONDITION_WORDS:
            if any(x.word in ("and", "but", "or", "then") for x in toks[j + 1:v]):
                return False  # (a condition closed, then a clause of its own: ‘Officials said they would act if
                # needed and the company conceded that …’ is the company's cue; review rv61b)
            lo = next((k + 1 for k in range(j - 1, max(-1, j - 26), -1) if toks[k].text in ".;:“”\""), max(0, j - 25))
            return 1 < j < v - 1 and any(x.word in SPEECH_VERBS and x.text.islower() for x in toks[lo:j - 1])
    return False


#: The marks of a list's items, which no sentence's words are (‘• Chancellor says …’).
BULLETS = frozenset("•·▪●■◦‣")


def cue_before(text: str, toks: list[Token], known=None, mixed: bool = True) -> Found | None:
    """The speaker from the quotation's sentence before it: ‘Healey told reporters: “…’, ‘X said
    the talks were “…”’, ‘According to X, “…’, ‘…, adding that “…’, and for a quoted fragment with
    no cue verb (‘Trump called Clinton “crooked”’, ‘Reid went after Trump as a “leech”’) the
    sentence's subject; one described by the handle they post as, when the sentence gives it."""
    if toks[:1] and toks[0].text in BULLETS:
        toks = toks[1:]  # a list's bullet opens no sentence: ‘• The chancellor, Rebecca Marsh, …, insisting …’
    if not toks:
        return None
    if (unnamed := _unnamed_cue_before(text, toks)) is not None:
        return unnamed
    if toks[-1].text == ":" and (short := _past_quoted_extent(toks)) is not None:
        toks = short  # ‘The entry reads, in part: “…”’ read as ‘The entry reads: “…”’
    if toks[-1].text == ":" and (short := _past_writing_date(toks)) is not None:
        toks = short  # ‘The last letter, dated May 3, 1944, ends: “…”’ read as ‘The last letter ends: “…”’
    found = _cue_before(text, toks, known, mixed)
    if found is not None and found.rule == "colon" and found.cue == ":" and found.mention is not None \
            and _shows_another_writing(toks, found.mention):
        return None  # (the one who shows someone's text: ‘His grandmother texts him a review. He shows me
        # Tuesday's: “…”’ is no words of his)
    if found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
            and (own := _asker_after_semicolon(text, toks, found, known, mixed)) is not None:
        found = own
    if found is not None and found.mention is not None:
        found = _past_title_in_marks(text, toks, found)
    if found is not None and found.mention is not None and found.mention.kind == "name" \
            and (material := _material_targeting(text, toks, found.mention)) is not None:
        found = replace(found, mention=material)  # (the ad speaks, never the one it attacks)
    if (found is None or (found.mention is not None and found.mention.kind == "description")) and toks[-1].text == ":" \
            and (handle := _handle_set_off_before_colon(text, toks)) is not None \
            and (found is None or handle.start > found.mention.end):
        return Found(handle, None, "colon", ":")  # (the handle over the one it is set off after: ‘One regular,
        # posting under the name tealcrab, was scathing:’, w71a)
    if text.find("@", toks[0].start, toks[-1].end) < 0:
        return found  # (the cheapest test first: few sentences hold a handle)
    return _handle_speaker(text, toks, found)


def _asker_after_semicolon(text: str, toks: list[Token], found: Found, known, mixed: bool) -> Found | None:
    """The subject of the clause after the last semicolon before the words, one described or named
    who asks (‘At a session in May, one man asked whether …; another speaker questioned whether the
    mayor had been “bought by developers.”’): the words are that asker's, never those of the speaker
    whose cue stands before the semicolon. Only a clause that opens with its subject and a verb of
    asking before "whether" or "if" (a thing as subject, ‘; the plans were “a fantasy”’, keeps its cue)."""
    s = next((s for s in range(len(toks) - 1, -1, -1) if toks[s].text == ";"), -1)
    if s < 0 or toks[s].start < found.mention.end or len(toks) - s < 5:
        return None
    rest = toks[s + 1:]
    v = next((v for v in range(1, min(len(rest) - 1, 6)) if rest[v].word in ASKING_WORDS and not rest[v].capitalized), None)
    if v is None or rest[v + 1].word not in ("whether", "if"):
        return None
    own = _cue_before(text, rest, known, mixed)
    if own is None or own.mention is None or own.mention.kind not in ("description", "name") \
            or own.mention.start != rest[0].start or own.mention.end != rest[v - 1].end:
        return None
    return own


def _body_document_noun(toks: list[Token], v: int) -> bool:
    """The cue word at v is the noun of a body's document, right after the body's singular name with its
    article (‘the National Audit Office report made for’, ‘the NAO report’): never the body speaking (w66b).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("said the National Audit Office report made for"); _body_document_noun(t, 5)
    True
    >>> t = tokenize("the Greens report that turnout rose"); _body_document_noun(t, 2)
    False
    """
    if toks[v].word not in SINGULAR_NOUN_CUES or not toks[v].text.islower() or v < 2 \
            or not toks[v - 1].capitalized or toks[v - 1].word.endswith("s"):
        return False
    j = v - 1
    while j > 0 and v - j < 5 and toks[j - 1].capitalized and toks[j - 1].word not in ARTICLES:
        j -= 1
    return toks[j - 1].word in ARTICLES and not toks[j - 1].capitalized if j > 0 else False


def _noun_not_verb(toks: list[Token], v: int) -> bool:
    """Whether the cue word at v is a noun or a participle of a thing here, never a verb of speech: ‘the
    report’, ‘rejected claims that …’."""
    # a noun, not a verb: "state director", "the report", "of Republican claims", "Chinese claims",
    # "a phone call on Sunday",
    # "said claims of a cover-up were", "the Conservative demand",
    # the object of a verb: "rejected claims that …", "denied reports that …"
    # (but ‘X told Judge Y: “…”’ tells a titled listener)
    # (nor a participle with no auxiliary: "the same sentence, written in chalk on the board:")
    # (and a participle after a document: "In a message to supporters posted on Facebook, he said:")
    t, n = toks[v], len(toks)
    return (v + 1 < n and toks[v + 1].word in ROLE_NOUNS and not (
            toks[v + 1].capitalized and t.text.islower() and t.word in TELL_VERBS)) \
            or _people_after(toks, v) or (v > 0 and toks[v - 1].word in NOUN_MARKERS) or _states_noun(toks, v) \
            or (t.word in ("admitted", "ruled") and v > 0 and toks[v - 1].word in BE_FORMS) \
            or (v + 1 < n and toks[v + 1].word in NOT_SPEECH_PARTICLES.get(t.word, ()) and (
                t.word not in AGREE_FORMS or v + 2 >= n or toks[v + 2].text in OPENING_MARKS)) \
            or _answers_a_thing(toks, v) \
            or (v > 0 and toks[v - 1].word in NOUN_PHRASE_LEADS.get(t.word, ())) \
            or _responds_to_an_event(toks, v) or _phoned(toks, v) or _body_document_noun(toks, v) \
            or ((t.word in NOUN_LIKE_VERBS or (t.word == "call" and v + 1 < n and toks[v + 1].word in PREPOSITIONS))
                and not t.word.endswith("s") and v > 1 and toks[v - 2].word in ("a", "an", "the")
                and toks[v - 1].text.isalpha() and not toks[v - 1].word.endswith("s")
                and toks[v - 1].word not in ADVERB_LIKE_BEFORE_VERB) \
            or (v > 0 and t.word in POSTING_PARTICIPLES and any(x.word in DOCUMENT_NOUNS or x.word in POSTED_THINGS
                                                                for x in toks[max(0, v - 6):v])
                and v + 1 < n and (toks[v + 1].word in PREPOSITIONS or toks[v + 1].word in POSTING_WHERE_ADVERBS or (  # (a time after it: ‘In a
                    # statement posted shortly after midnight, Aldana …’)
                    toks[v + 1].word.endswith("ly") and v + 2 < n and toks[v + 2].word in PREPOSITIONS | TIME_LEADS)
                                   or toks[v + 1].word in TIME_LEADS)) \
            or (t.word in EMERGENCY_CALL_NOUNS and v > 1 and toks[v - 1].text in EMERGENCY_NUMBERS
                and toks[v - 2].word in ARTICLES) \
            or _after_indefinite(toks, v) or (
            # a noun of speech between a modifier after a preposition's article and a noun: ‘looked outside
            # for the chief claims role’, ‘in a new claims process’ (never ‘A letter to the editor claims that’)
            t.word in NOUN_LIKE_VERBS and t.word.endswith("s") and v > 2 and v + 1 < n
            and toks[v - 3].word in PREPOSITIONS and (toks[v - 2].word in ARTICLES or toks[v - 2].word in POSSESSIVES)
            and toks[v - 1].text.isalpha() and toks[v - 1].text.islower() and toks[v - 1].word not in FUNCTION_WORDS
            and toks[v + 1].text.isalpha() and toks[v + 1].text.islower() and toks[v + 1].word not in FUNCTION_WORDS
            and not toks[v + 1].word.endswith("ly")) or (
            v > 1 and toks[v - 1].capitalized and toks[v - 2].word in ("of", "for", "about", "on", "to")
            and t.word.endswith("s")) or (
            v > 0 and toks[v - 1].word in DEMONYMS and t.word.endswith("s") and not (v > 1 and toks[v - 2].capitalized)) or (
            t.word in PARTICIPLES_ONLY and v > 0 and toks[v - 1].word not in AUXILIARIES and toks[v - 1].word not in BE_FORMS) or (
            # a thing quoted in another (‘In one email quoted in the suit, she wrote:’)
            t.word in ("quoted", "cited") and v > 0 and v + 1 < n and toks[v + 1].word in ("in", "by")
            and toks[v - 1].word in DOCUMENT_NOUNS) or (
            v > 0 and t.word.endswith("s") and toks[v - 1].text.islower() and len(toks[v - 1].word) > 4
            and (toks[v - 1].word.endswith("ed") or toks[v - 1].word in OBJECT_TAKING_VERBS)) or (
            v > 0 and toks[v - 1].word in SPEECH_VERBS and toks[v - 1].text.islower()
            and (toks[v - 1].word.endswith(("ed", "s")) or toks[v - 1].word in ("said", "told", "wrote"))
            and not t.word.endswith("ed") and t.word not in IRREGULAR_PASTS and t.word not in ("said", "told", "wrote")
            and not _plural_cue_noun(toks, v - 1)) or (  # (but ‘The states argue that …’: a noun, the subject)
            v > 2 and toks[v - 2].word == "the" and toks[v - 1].capitalized and not toks[v - 1].word.endswith("s")
            and toks[v - 3].text.islower() and (toks[v - 3].word.endswith("ed") or toks[v - 3].word in CALL_VERBS)
            and not t.word.endswith(("s", "ed")) and t.word not in IRREGULAR_PASTS and t.word not in ("said", "told")) or (
            # a bare form after a capitalised word, before a verb of its own: ‘said that European
            # demand had been “…”’ (but ‘what Democrats demand is “…”’ is theirs)
            v > 0 and v + 1 < n and toks[v - 1].capitalized and toks[v - 1].text.isalpha() and t.text.islower()
            and not t.word.endswith(("s", "ed", "ing")) and t.word not in IRREGULAR_PASTS
            and t.word not in ("said", "told", "wrote")  # (a verb always: ‘a pattern Thorne said was “…”’)
            and toks[v + 1].word in NOUN_SUBJECT_VERBS and not any(x.word == "what" for x in toks[max(0, v - 4):v])
            and not toks[v - 1].word.endswith("s") and not (v > 1 and toks[v - 2].word in ("which", "who"))) \
            or _bare_noun_after_preposition(toks, v) or _noun_before_finding(toks, v) or _counted_noun(toks, v) \
            or _modified_noun(toks, v) or _attributive_participle(toks, v)


def _attributive_participle(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is a participle used as an adjective after a preposition, before its noun
    (‘a court of inquiry into alleged irregularities’, ‘amid reported tensions’): no verb of speech.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("an inquiry into alleged irregularities in the purchase")
    >>> _attributive_participle(toks, 3)
    True
    >>> toks = tokenize("the minister alleged irregularities")
    >>> _attributive_participle(toks, 2)
    False
    """
    return toks[v].word in ATTRIBUTIVE_PARTICIPLES and toks[v].text.islower() and 0 < v < len(toks) - 1 \
        and toks[v - 1].word in ATTRIBUTIVE_LEADS and toks[v - 1].text.islower() \
        and toks[v + 1].text.isalpha() and toks[v + 1].text.islower() and toks[v + 1].word not in FUNCTION_WORDS


#: Verbs (with "as" after the first two) by which one in a relative clause after an "according to" source
#: judges the source in the words that follow (‘according to a poll that X described as “…”’).
#:
#: >>> "described" in SOURCE_JUDGING_VERBS, "said" in SOURCE_JUDGING_VERBS
#: (True, False)
SOURCE_JUDGING_VERBS = frozenset("described characterised characterized called dubbed".split())


def _source_judged_in_clause(text: str, toks: list[Token], k: int) -> Found | None:
    """The subject of a relative clause right after an "according to" source, whose verb of judging ends
    right before the marks: ‘according to a poll that the political scientist X described as “…”’ is X's
    (the source only carries the finding; the judgment in marks is the clause's subject's)."""
    n = len(toks)
    if not (k + 3 < n and toks[k].word in ("that", "which") and toks[k].text.islower()):
        return None
    v = n - 2 if toks[-1].word == "as" and n - 2 > k + 1 else n - 1
    if toks[v].word not in SOURCE_JUDGING_VERBS or not toks[v].text.islower() \
            or (toks[v].word in ("described", "characterised", "characterized") and v == n - 1):
        return None
    m = mention_after(toks, k + 1, text)
    if m is None or m.kind not in ("name", "description", "organisation"):
        return None
    e = _index_after_offset(toks, m.end)
    if not all(x.word in AUXILIARIES or (x.word.endswith("ly") and x.text.islower()) for x in toks[e:v]):
        return None  # (the verb right after the subject, an auxiliary or an adverb between at most)
    return Found(m, None, "cue-before", toks[v].text)


#: Verbs by which one directs others to do what the marks then hold (‘the prime minister directed the
#: authorities to “…”’): after an "according to" source, the words are the one who directs, never the
#: source's (which only reports the order). Never "said" or "told" (cues already), nor "was ordered".
#:
#: >>> "directed" in SOURCE_CLAUSE_DIRECTIVE_VERBS, "ordered" in SOURCE_CLAUSE_DIRECTIVE_VERBS, "was" in SOURCE_CLAUSE_DIRECTIVE_VERBS
#: (True, True, False)
SOURCE_CLAUSE_DIRECTIVE_VERBS = frozenset(("directed", "ordered", "tasked", "commanded"))


def _directive_right_after(toks: list[Token], m) -> bool:
    """A verb of :data:`SOURCE_CLAUSE_DIRECTIVE_VERBS` is the word right after the subject ``m``
    (‘Brenner directed officials to’; never ‘Brenner was directed’, nor one in a later clause)."""
    nxt = next((x for x in toks if x.start >= m.end), None)
    if m.kind == "description" and description_head(m.text).lower() in DOCUMENT_NOUNS:
        return False  # (a paper that directs is no speaker: ‘According to the governor's office, the order
        # directed agencies to “…”’ is the office's; review rv67a)
    return nxt is not None and nxt.word in SOURCE_CLAUSE_DIRECTIVE_VERBS and nxt.text.islower()


#: Words that open a source's own relative clause after "according to X" (‘who were present’).
SOURCE_CLAUSE_PRONOUNS = frozenset({"who", "whom"})


def _source_who_clause_end(toks: list[Token], k: int) -> int | None:
    """The comma that ends the source's own "who" clause at ``toks[k]`` (after a comma or not), so that
    the clause after it is the sentence's own: ‘According to two members who were present, he told them: …’,
    ‘According to Marsh, who was in the room, she said: …’. Only a short clause (at most 12 words) closed by
    a comma; never one with no comma (‘according to those who heard him speak’ runs on to the words).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("According to Marsh, who was in the room, she said:")
    >>> _source_who_clause_end(t, 3), _source_who_clause_end(tokenize("According to Marsh, she said:"), 3)
    (9, None)
    """
    j = k + 1 if k < len(toks) and toks[k].text == "," else k
    if j >= len(toks) or toks[j].word not in SOURCE_CLAUSE_PRONOUNS:
        return None
    return next((c for c in range(j + 1, min(len(toks), j + 13)) if toks[c].text == ","), None)


#: A capitalised word, a given name perhaps (‘Aaron’, ‘Rita’).
RE_ASCII_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")

#: How far back a "he" or "she" past a source's "who" clause looks for a given name of its sex.
GIVEN_NAME_REACH = 2000


def _given_name_of_sex_before(text: str, at: int, pronoun: str) -> bool:
    """Some given name of the pronoun's sex stands in the text before ``at`` (within
    :data:`GIVEN_NAME_REACH`), for a "he" or "she" to stand for (‘Rita Vance called a meeting. According to two
    people who attended, he told staff …’ has no man it may be: the sources keep the words) (w109d).

    >>> _given_name_of_sex_before("Rita Vance called it. According to two people", 30, "he")
    False
    >>> _given_name_of_sex_before("Aaron Levy called it. According to two people", 30, "he")
    True
    """
    sex = {"he": "m", "she": "f"}.get(pronoun.lower())
    return sex is not None and any(gender_of(w.group()) == sex
                                   for w in RE_ASCII_CAPITALISED_WORD.finditer(text, max(0, at - GIVEN_NAME_REACH), at))


def _speaker_after_source(text: str, toks: list[Token], found: Found, known, mixed: bool) -> Found:
    """Who speaks in a sentence with an "according to" source: the clause after it with a speaker and a cue
    of its own (‘According to The Athletic, Lucien Moreau told team-mates: “…”’), else the source."""
    n = len(toks)
    past_who = False
    # ‘According to The Athletic, Lucien Moreau told team-mates: “…”’: the clause after an
    # opening ‘according to X,’ with a speaker and a cue of its own is the speaker's
    k = _index_after_offset(toks, found.mention.end)
    if (judged := _source_judged_in_clause(text, toks, k)) is not None:
        return judged
    if k < n and toks[k].word in ("included", "published", "released", "obtained", "seen", "filed") and not toks[k].capitalized:
        # (a participle's phrase after the source: ‘According to the transcript included in the
        # report, the captain said: “…”’)
        k = next((c for c in range(k + 1, min(n, k + 9)) if toks[c].text == ","), k)
    elif k < n and toks[k].word == "of" and description_head(found.mention.text) in RECORDING_NOUNS:
        # (what the record is of: ‘According to a transcript of the call, the president told …’)
        k = next((c for c in range(k + 1, min(n, k + 6)) if toks[c].text == ","), k)
    elif (w := _source_who_clause_end(toks, k)) is not None:
        k = w  # (the sources' own "who" clause: ‘According to several members who were present, he told the
        # meeting: “…”’, ‘According to Marsh, who was in the room, she paused before answering: “…”’) (w109d)
        past_who = True
    if k + 2 < n and toks[k].text == "," and toks[k + 1].word == "and" \
            and toks[0].word != "according":
        k += 1  # (a clause after it: ‘…, according to a regulatory filing, and the bank said that “…”’)
    cued = any(_is_cue(x, True) for x in toks[k + 1:]) or toks[-1].word in CALL_VERBS  # (or a call
    # right before the words: ‘According to the report, the first officer called “go around”’)
    directed = not cued and any(x.word in SOURCE_CLAUSE_DIRECTIVE_VERBS and x.text.islower() for x in toks[k + 2:k + 7])
    # (or one named after the source who directs others to do the words: ‘According to a statement issued by the
    # PM Office, the prime minister directed the authorities to “…”’) (w67a)
    colon_clause = not cued and toks[-1].text == ":" and n - k <= 6  # (or a short clause of a name's own
    # before a colon: ‘According to Hansard, he went on: “…”’, whose "according to" only says where it is written)
    if k + 2 < n and toks[k].text in (",", "and") and (cued or colon_clause or directed) and (
            toks[0].word == "according" or toks[k].text == "and") \
            and not (_is_cue(toks[k + 1], True) or _verb_like(toks[k + 1])):  # (a subject of its own:
        # never ‘…, according to their attorneys, and said they …’)
        inner = cue_before(text, toks[k + 1:], known, mixed)
        if inner is not None and inner.mention is not None and (
                (inner.rule in ("cue-before", "cue-in-sentence", "colon") or (
                    inner.rule == "subject" and inner.cue is not None and toks[-1].text == ":"
                    and inner.mention.kind in ("name", "pronoun"))) if cued
                else inner.rule in ("colon", "subject") and (
                    (inner.mention.kind in ("name", "pronoun") and colon_clause)
                    or (inner.mention.kind in ("name", "pronoun", "description") and _directive_right_after(toks, inner.mention)))) \
                and not any(x.word in BE_FORMS and y.word in SPEECH_VERBS and z.word != "by"
                            for x, y, z in zip(toks[k + 1:], toks[k + 2:], toks[k + 3:])) \
                and not (past_who and inner.mention.kind == "pronoun"
                         and not _given_name_of_sex_before(text, toks[0].start, inner.mention.text)):
            return inner  # (a subject whose own cue ends in a colon too: ‘According to Marsh, he paused
            # before answering: “…”’, w109d; never a listener: ‘According to the memo, staff were told: “…”’; but
            # ‘According to prosecutors, Garcia was told by her manager: “…”’ is the manager's)
    around = _subject_around_source(text, toks, known)
    if around is not None:
        return around
    return found


#: The words a cue before the marks opens with (a verb of speech, of calling, or "put" of "put it
#: to"): a token with none of them is passed over at once.
#:
#: >>> "said" in CUE_BEFORE_WORDS, "calling" in CUE_BEFORE_WORDS, "the" in CUE_BEFORE_WORDS
#: (True, True, False)
CUE_BEFORE_WORDS = SPEECH_VERBS | CALL_VERBS | TERMING_VERBS | FINDING_CUE_VERBS | {"put", "puts"}


def _owned_document(m: Mention) -> bool:
    """A description of a document named by its owner (‘Halden Council’s audit’, ‘the trust’s review’), which
    finds as its owner does; never a bare one (‘the report’) nor a person (‘his lawyer’).

    >>> _owned_document(Mention(0, 20, "Halden Council’s audit", "description"))
    True
    >>> _owned_document(Mention(0, 10, "the report", "description")), _owned_document(Mention(0, 10, "her lawyer", "description"))
    (False, False)
    """
    noun = m.text.rsplit(" ", 1)[-1].lower()
    return m.kind == "description" and ("’s " in m.text or "'s " in m.text) \
        and noun in OWNED_DOCUMENT_NOUNS


def _finds_a_clause(toks: list[Token], v: int) -> bool:
    """The finding verb at ``v`` (:data:`FINDING_CUE_VERBS`) reports a clause that holds the marks ending
    ``toks``: "that" right after it, or a subject and its finite verb before the marks (‘the court found
    the trial judge gave the jury a “…” direction’). Never a thing found (‘Police found a “suspicious”
    package’, ‘found an abandoned “…”’): the caller also asks for a finder by name.

    >>> from quotesearch.tokens import tokenize
    >>> _finds_a_clause(tokenize("The court found the judge gave the jury a “"), 2)
    True
    >>> _finds_a_clause(tokenize("Police found a “"), 1), _finds_a_clause(tokenize("Police found an abandoned “"), 1)
    (False, False)
    """
    t = toks[v]
    if t.word not in FINDING_CUE_VERBS or not t.text.islower() or v < 1 or v + 3 >= len(toks):
        return False
    if toks[v + 1].word == "that":
        return True
    return any(x.text.islower() and toks[k - 1].word not in ARTICLES and toks[k - 1].word not in POSSESSIVES
               and (x.word in FINITE_VERBS or x.word in IRREGULAR_PAST or x.word.endswith("ed"))
               for k, x in enumerate(toks[v + 2:-1], v + 2))


def _terms_an_object(toks: list[Token], v: int) -> bool:
    """The verb of terming at ``v`` (:data:`TERMING_VERBS`) has its subject before it and an object
    between it and the marks that end ``toks`` (‘X, however, termed the claims “…”’): a cue as "called"
    is; never a participle after a thing's noun, nor one with the marks right after it (‘a phenomenon
    termed “…”’, ‘what scientists have termed “…”’), a term's.

    >>> from quotesearch.tokens import tokenize
    >>> _terms_an_object(tokenize("Mary Smith, however, termed the claims “"), 5)
    True
    >>> _terms_an_object(tokenize("a phenomenon termed the “"), 2), _terms_an_object(tokenize("economists have termed “"), 2)
    (False, False)
    """
    t = toks[v]
    if t.word not in TERMING_VERBS or not t.text.islower() or v < 1 or v + 2 >= len(toks) \
            or toks[v + 1].text in OPENING_MARKS:
        return False
    before = toks[v - 1]
    return before.text == "," or (before.capitalized and before.text.isalpha())


def _cue_before(text: str, toks: list[Token], known=None, mixed: bool = True) -> Found | None:
    if len(toks) >= 2 and toks[-1].text in ("—", "–", "-") and toks[-2].text == ":":
        toks = toks[:-1]  # an old paper's colon and dash: ‘He said:—’
    n = len(toks)
    found = _in_the_words_of(text, toks)
    if found is not None:
        return found
    if 3 <= n <= 10 and toks[-1].text == "?" and (found := _question_lead(toks)) is not None:
        return found
    found = according_to(text, toks, 0, n)
    if found is not None:
        return _speaker_after_source(text, toks, found, known, mixed)
    found = _quoted_as_saying(text, toks)
    if found is not None:
        return found
    found = _minuted_saying(text, toks) if n >= 6 else None
    if found is not None:
        return found  # (papers that record one saying the words: theirs)
    # (read only when a rule needs it: most sentences name their speaker beside the cue)
    subject = Lazy(lambda: sentence_subject(text, toks, known))
    if mixed and n >= 7 and toks[-2].text == "," and toks[-1].word.endswith("ing") \
            and (found := _agent_before_participle(text, toks, subject())) is not None:
        return found  # ‘Fans were left stunned after singer X pulled out, citing “…”’ is X's
    i0 = _first_word(toks)
    if n >= 3 and toks[-1].text == ":" and i0 < n - 2 and toks[i0].capitalized and toks[i0].word in INVERTED_OPENERS \
            and (found := _inverted_opener_colon(text, toks, i0, known)) is not None:
        return found
    found = _in_their_words(text, toks)
    if found is not None:
        return found
    # what stands right before a closing colon, read once for the two colon rules
    before_colon = Lazy(lambda: mention_before(toks, n - 1, 0, text) if toks[-1].text == ":" else None)
    if n > 2 and toks[-1].text == ":":
        last = before_colon()
        k = _index_before(toks, last.start) if last is not None else -1
        if last is not None and last.kind == "name" and last.end == toks[n - 2].end and k >= 1 \
                and toks[k].text in DASHES and (toks[k - 1].word in SPEECH_VERBS or toks[k - 1].text.isupper()):
            # ‘Pollsters agree – Carl Bialik: “…”’, a digest's ‘HEADLINE – Frank Newport:’: the name
            # introduced (never a noun's appositive: ‘Trump turned to his rival — Hillary Clinton:’)
            return Found(last, None, "colon", ":")
    if n > 4 and toks[-1].text == ":" and (m := _named_from_where(text, toks, i0)) is not None:
        return Found(m, None, "colon", ":")  # ‘Harold, from across the kitchen: “…”’
    found = _as_clause_speaker(text, toks)
    if found is not None:
        return found
    founds: list[Found] = []  # (each with its mention)
    found_at = []  # where each found cue stands
    for v in range(n):
        t = toks[v]
        if t.word not in CUE_BEFORE_WORDS:
            continue  # (no verb of speech, of calling or "put": every test below needs one)
        finding = t.word in FINDING_CUE_VERBS
        if finding and not _finds_a_clause(toks, v):
            continue  # (a thing found, no words: ‘Police found a “suspicious” package’)
        if not (finding or _is_cue(t, v >= n - 3) or _puts_it_to(toks, v) or _puts_it_before_colon(toks, v) or _terms_an_object(toks, v) or (t.word in CALL_VERBS and not t.capitalized and (
                v >= n - 6 or not (v + 1 < n and toks[v + 1].word in CALL_PARTICLES)))):
            continue  # (‘calling for a ban … makes him “…”’ names nothing; ‘called for a “…”’ does)
        if _noun_not_verb(toks, v):
            continue  # a noun, not a verb: "state director", "the report", "rejected claims that …"
        if t.word in BRIEFING_VERBS and 0 < v and v + 2 < n and toks[v + 1].word in ("on", "about", "over") \
                and toks[v + 2].text not in WEEKDAY_NAMES and toks[v + 2].text not in MONTH_NAMES \
                and toks[v - 1].text.isalpha() and toks[v - 1].word not in AUXILIARIES and toks[v - 1].word not in BE_FORMS \
                and toks[v - 1].word not in PRONOUNS and not toks[v - 1].capitalized:
            continue  # the ones briefed, a participle after its noun, never a cue: ‘a person briefed on the
            # talks said’, ‘Two officials briefed on the plan said’ (the verb after them is theirs)
        if _added_to(text, toks, v):
            continue  # a thing added to another, no words: ‘said the government had added “more than 200
            # doctors” to the province’ is the one who said so
        if _naming_participle(toks, v):
            continue  # a thing's name, not a cue: ‘runs a support group called Ridgeline, which, she says, …’
        if _writes_a_thing(toks, v) and not any(
                toks[i].word == "and" and toks[i + 1].word in SPEECH_VERBS and toks[i + 1].text.islower()
                for i in range(v + 2, len(toks) - 1)):
            continue  # a thing written, not words: ‘According to a complaint, X wrote checks to herself and “…”’
        if _inside_question(toks, v):
            continue  # the question asked, not the answer's cue: ‘Asked whether Halvenia would respond …, she said:’
        if _put_in_question(toks, v):
            continue  # a view the asker puts to another, not that one's cue: ‘X rose to ask whether the
            # Chancellor agreed that “…”’ is X's wording
        if _assent_in_condition(toks, v):
            continue  # a condition one said was offered, never an assent spoken: ‘He said the union had offered
            # to suspend the action if the council agreed to a review, but this had been “…”’ is his (w61b)
        if t.word in SIGN_VERBS and v > 0 and (toks[v - 1].word in SIGN_NOUNS or (
                v > 1 and toks[v - 1].word in ("that", "which") and toks[v - 2].word in SIGN_NOUNS)):
            continue  # what a sign or a shirt reads is no one's cue: ‘wore T-shirts reading “…”’, ‘placards reading’
        by_subject = False
        relative = False
        if t.word.endswith("ing") and v > 0 and (toks[v - 1].text == "," or _set_off_phrase_before(toks, v)):
            # ‘X said, adding that “…”’: the participle shares the clause's speaker (past a short phrase of
            # time too: ‘X was forced to intervene, at one point warning Y that she was “…”’)
            m = founds[-1].mention if founds else subject()
            by_subject = not founds  # only the sentence's subject: a weaker reading
            if (doer := _deed_doer_addressing(text, toks, v)) is not None:
                m, by_subject = doer, False  # the doer of the deed reported, not its reporter: ‘Two aides
                # said Y berated Z, telling him that he was “…”’
            if m is None:
                continue
        elif v > 0 and founds and (_and_perfect(toks, v) or _by_gerund(toks, v)) and (
                inner := _reported_labeller(text, toks, founds[-1].mention, found_at[-1], v)) is not None:
            m, by_subject = inner, False  # a label the reported clause's subject gave, its second verb after "and"
            # and a perfect: ‘…, noting that Y had kept up the claims and had described the suit as “…”’ is Y's
        elif v > 1 and founds and _by_gerund(toks, v) and founds[-1].mention is not None and found_at[-1] < v - 1 \
                and founds[-1].mention.kind in ("name", "description") and subject() is not None \
                and founds[-1].mention.start > subject().end and _opens_reported_clause(toks, founds[-1].mention) \
                and not any(x.text in ",;:" or x.word in ("that", "who", "which", "and", "but") for x in toks[found_at[-1] + 1:v - 1]):
            m, by_subject = founds[-1].mention, False  # the means of the verb of speech right before it, whose speaker
            # it shares, never the sentence's subject: ‘A witness told police that one guard responded to the pleas
            # by telling him to “…”’ is the guard's (only a speaker after the sentence's subject: ‘The candidate
            # appeared to assert his plans by saying, “…”’ stays the subject as written)
        elif v > 0 and (toks[v - 1].word in ("to", "and") or (
                t.word.endswith("ing") and toks[v - 1].word in ("by", "after", "before", "while", "when", "without"))):
            # an infinitive or a second verb of the clause (‘went on to say’, ‘X was joined on
            # stage and joked’): the words before it are no subject; the sentence's subject is
            m = founds[-1].mention if founds and toks[v - 1].word == "and" else subject()
            if toks[v - 1].word == "and" and founds and (inner := _reported_subject(text, toks, founds[-1].mention,
                                                                                     found_at[-1], v)) is not None:
                m = inner  # the reported clause's own subject: ‘SANA reported that the governor had visited
                # the town and promised “…”’ is the governor's
            if toks[v - 1].word == "to" and not founds and v > 3 and toks[v - 3].word in BE_FORMS and toks[v - 2].text.islower():
                # ‘… so subdued that Mr. Trump was prompted to say,’: the subject of the clause the
                # infinitive ends (‘was quick to add’, ‘was heard to say’), nearer than the sentence's
                # (with no cue before it: ‘Yepez said Perez was right to urge leaders “…”’ is Yepez's)
                own = mention_before(toks, v - 2, 0, text)
                if own is not None and own.kind in ("name", "pronoun") and (m is None or own.start >= m.end):
                    m = own
            if toks[v - 1].word == "to" and v > 3 and (own := mention_before(toks, v - 1, 0, text)) is not None \
                    and own.kind != "pronoun" and own.end == toks[v - 2].end and (b := _index_before(toks, own.start)) >= 0 \
                    and toks[b].word in PROMPTING_VERBS and toks[b].text.islower():
                m = own  # the one a cause moved to speak: ‘The cost has doubled, prompting MPs to accuse
                # National Highways of a “…”’ is the MPs', never the cost's
            g = v - 2
            while g > 1 and toks[g].word in ("up", "on", "forward", "back", "out") and not toks[g].capitalized:
                g -= 1
            if toks[v - 1].word == "to" and g >= 1 and toks[g].text.islower() and (
                    toks[g].word in RISING_VERBS or (toks[g].word.endswith("ed") and toks[g].word not in SPEECH_VERBS)):
                # ‘…, Baroness Merrow rose to say’, ‘Hale stood up to say’, ‘X went on to say’: the
                # subject of the verb the infinitive ends, nearer than the sentence's (past an opening
                # clause's aside: ‘When Lord Okafor, a crossbench peer, suggested …, Baroness Merrow rose to say’)
                own = mention_before(toks, g, 0, text)
                o = _index_before(toks, own.start) if own is not None else -1
                while o > 0 and toks[o].word in ROLE_NOUNS and toks[o].text.islower():
                    o -= 1  # (past a title before the name: ‘students of teacher Helen Ward lined up to say’)
                if own is not None and own.kind in ("name", "pronoun") and (own.end == toks[g - 1].end or (
                        # (or a name set off after its office: ‘The Minister representing the Minister for
                        # Defence, Senator Helen Varga, intervened to say’; a person's name only, never a
                        # body's: ‘A spokesperson for the publisher, Northgate Games, declined to comment’)
                        own.role is not None and toks[g - 1].text == "," and own.end == toks[g - 2].end
                        and (gender_of(own.text.split()[0]) is not None
                             or (o >= 0 and (toks[o].word in ROLE_NOUNS or toks[o].word in HONORIFICS))))) \
                        and (m is None or own.start >= m.end) and (o < 0 or not (
                            toks[o].word in PREPOSITIONS
                            or any(x.word in ("who", "whom", "that", "which") for x in toks[max(0, o - 4):o + 1]))):
                    # (the subject of its clause only: never ‘The judge who sentenced Marcus Webb went on to say’)
                    m = own
            if toks[v - 1].word == "and" and v > 2 and _verb_like(toks[v - 2]):
                # ‘I laughed and said’: the subject of the verb before "and" is this one's
                first = mention_before(toks, v - 2, 0, text)
                if first is not None and first.kind in ("pronoun", "name"):
                    m = first
            by_subject = m is subject()
            if m is None:
                continue
        elif v > 0 and toks[v - 1].word in BE_FORMS and v + 2 < n \
                and toks[v + 1].word == "by" and t.word in ASKING_VERBS:
            m = mention_after(toks, v + 2, text)  # "Sanders was asked by host Bill Maher, …"
            if m is None:
                continue
        else:
            r = v - 1
            while r > 0 and toks[r].word in AUXILIARIES and not toks[r].capitalized:
                r -= 1
            if r >= 2 and toks[r].word in ("who", "which") and toks[r - 1].text == "," and not toks[r].text.isupper():
                m, relative = _relative_clause_speaker(text, toks, r, v)
            elif r >= 2 and toks[r].word == "who" and toks[r - 1].text.isalpha() and toks[r - 1].text.islower() and n - v <= 8 \
                    and (t.word in PASSIVE_WORDS_PARTICIPLES or t.word in CALL_VERBS) \
                    and not (v + 1 < n and toks[v + 1].word in ("himself", "herself", "themselves", "itself")) \
                    and (m := mention_before(toks, r, 0, text)) is not None and m.kind == "description" \
                    and m.text.split()[0].lower() in ("a", "an", "the", "one", "another") \
                    and m.end == toks[r - 1].end and description_head(m.text) not in DOCUMENT_NOUNS:  # (a group too:
                # ‘a challenge from a group of parents who called the book “…”’)
                founds.append(Found(m, None, "cue-before" if n - v <= 6 else "cue-in-sentence", t.text))
                found_at.append(v)  # the one a relative clause without commas picks out, wherever they
                continue  # stand, when it labels: ‘was jailed by a judge who described his conduct as “…”’
            elif _told_passive(toks, v):
                # the one told is the listener, never the speaker: ‘Commuters across the north of
                # England were warned to expect “severe disruption”’; the agent after "by" speaks
                # (‘Staff were told by the chief executive that …’), else no one here
                m = mention_after(toks, v + 2, text) if v + 2 < n and toks[v + 1].word == "by" else None
                if m is None or m.kind == "pronoun" or (m.kind == "description" and (
                        description_head(m.text) in THING_NOUNS or description_head(m.text) in DOCUMENT_NOUNS)):
                    continue  # (never the means: ‘Passengers were told by email that …’)
                rest = [x.word for x in toks if x.start >= m.end]
                if rest and rest[-1] not in (",", ":") and not any(w in ("that", ":", "to") for w in rest):
                    continue  # the marks in a phrase of the sentence, never what was told: ‘the council had been
                    # briefed by Amplio only “a few days” before’ is the reporter's (or the one who says so)
            else:
                m = mention_before(toks, _past_aspect_verb(toks, v), 0, text)
                if m is None and any(x.word == "whose" for x in toks[max(0, v - 14):v]):
                    m = whose_document_owner(text, toks, v)  # a body speaking through its own document in a
                    # "whose" clause: ‘the Road Safety Unit, whose annual report described the fall as “…”’
                    relative = m is not None  # (the owner as the object of the main clause all the same)
                if m is None and t.word.endswith("ing") and v >= 2 and toks[v - 1].word in SHOWN_OBJECT_PRONOUNS \
                        and not toks[v - 1].capitalized and toks[v - 2].word in SHOWING_VERBS:
                    m = _record_owner(toks, v - 2, text) \
                        or Mention(toks[v - 1].start, toks[v - 1].end, toks[v - 1].text, "pronoun")  # the one a
                    # record shows speaking: ‘Footage showed him telling a guard: “…”’; the record's owner named before
                    # it: ‘Messages recovered from Dean Platt’s phone showed him boasting: “…”’ (w56a)
                if m is None and _plural_cue_noun(toks, v - 1) and not t.word.endswith("ing"):
                    s_ = toks[v - 2].start  # a cue's plural as the noun opening the clause: ‘The states argue that’
                    m = Mention(s_, toks[v - 1].end, text[s_:toks[v - 1].end], "description")
            if m is not None and m.kind in ("name", "organisation") and is_organisation(m.text.split()) \
                    and (text.startswith((", who ", " who "), m.end)
                         or (text.startswith(", which ", m.end) and "," in text[m.end + 8:t.start])) \
                    and (b := _index_before(toks, m.start)) >= 0 \
                    and toks[b].word in ("of", "at", "for", "with") \
                    and (c_ := next((c for c in range(b - 1, max(-1, b - 6), -1) if toks[c].text == ","), None)) is not None \
                    and (named := mention_before(toks, c_, 0, text)) is not None and named.kind == "name":
                m = named  # a person's body in their title: ‘The Rev. Paul Eckhardt, pastor of Trinity Lutheran
                # Church, who led the campaign …, said’ is the pastor's, never the church's (the name the
                # title is set off after: ‘Mayor Ann Lowe met with the Rev. Leo Grant, pastor of …’ is Grant's)
                # (a "which" clause on the body alike: ‘Ann Roe, chair of the Glen Trust, which bought the estate
                # in 2019, told MSPs that …’ is the chair's; only a "which" clause closed before the cue: ‘Ann Roe, chief
                # executive of the Glen Trust, which warned in a statement that …’ is the trust's, review rv15)
            if m is not None and ((_is_object(toks, m) and not relative and not (
                    t.word.endswith("ing") and (b_ := _index_before(toks, m.start)) >= 0
                    and (toks[b_].word in SHOWING_VERBS or (toks[b_].word == "with" and t.word not in ("posting", "sharing")))) and not (
                    # (‘with one critic hailing it as “…”’: the one the participle's "with" sets; never
                    # ‘with fans posting covers of its chorus:’, a song's words)
                    t.word in TELL_VERBS and n - v <= 4 and toks[-1].text in ",:" and m.end == toks[v - 1].end
                    and m.kind == "description" and description_head(m.text) not in THING_NOUNS)
                    and not _told_investigators(toks, m, v) and not _said_clause_subject(toks, m, v))
                    or _in_marks(text, m)):
                m = subject()  # "X issued a statement saying", "X, the co-author of “Going Viral,” said"
                # (but the subject of a finite verb is its speaker: ‘Police said the man told officers, “…”’)
                if m is not None and m.kind == "description" and founds and (held := founds[-1].mention) is not None \
                        and held.kind == "description" and held.start == m.start and held.end > m.end:
                    m = held  # (the subject as the sentence's own cue read it, with its clause: ‘A man who lives
                    # nearby said troops had asked for radios’ is the man who lives nearby)
            elif m is not None and _in_opening_place(toks, m) and subject() is not None and subject().start > m.end:
                m = subject()  # the place or paper an opening phrase names is no speaker: ‘In Washington, a
                # State Department spokesperson, asked about it, said’, ‘In The Hindu, an official said’ (the
                # phrase's test first: the sentence's subject is worked out only when one may be needed)
            elif m is not None and m.kind in ("organisation", "description") and toks[v - 1].text == "," \
                    and subject() is not None and subject().kind == "name" and m.start > subject().end \
                    and _in_apposition(toks, subject(), v):  # (an aside ends in the comma before the verb: tested first)
                m = subject()  # "J.J. Goldberg, editor at large of The Forward, a newspaper …, wrote"
            elif toks[v - 1].text == "," and _aside_opens_before(toks, v) and subject() is not None \
                    and (m is None or m.start >= subject().end) and subject().kind != "pronoun" \
                    and _relative_aside(toks, subject(), v):
                m = subject()  # past an aside and the names in it: ‘The bargaining group, which represents
                # publishers including A, B and C, said’, ‘The majority, in a statement signed by X, said’
            elif (m is None or m.kind != "pronoun") and toks[v - 1].text == "," and subject() is None \
                    and (ruling := _ruling_with_issuer_aside(text, toks, v)) is not None:
                m = ruling  # a decision with its issuer set off after it, which no subject reader takes for
                # a description: ‘The decision, published by the X Panel on Friday, said’ (the issuer read later)
        if m is None and (v == _first_word(toks) or toks[v - 1].text == ",") and t.word not in OBJECT_SPEECH_VERBS \
                and t.word not in TELL_VERBS and t.word not in LABELLING_VERBS:  # (who is told is the listener; what
            # is described or called is the object, never a speaker after an inverted verb: ‘The tycoon, who …,
            # described the ruling as “…”’)
            k = v + 1
            while k < n and toks[k].word in AUXILIARIES:
                k += 1
            m = mention_after(toks, k, text) if k < n and toks[k].word not in ("that",) else None
            if m is not None and (_clause_goes_on(toks, m) or (m.kind == "description" and m.text.split()[0].lower() in POSSESSIVES)):
                m = None  # ‘…, said the governor had been “unusually blunt”’: who is spoken of; never an
                # object owned (‘…, described her school as “…”’)
        if m is not None and toks[-1].text == ":" and t.word in CALL_VERBS and not _is_cue(t, v >= n - 3) \
                and (b := _index_before(toks, m.start)) >= 1 and toks[b].word in TIME_CLAUSE_WORDS:
            continue  # the subject of a clause of time names no label's speaker before a colon: ‘X posted
            # shortly after The Associated Press called the race: “…”’ is X's (the subject's, read below)
        if m and finding and m.kind != "organisation" and not _owned_document(m):
            continue  # (only a body finds for the record: ‘he found his car had been “…”’ is no finding; a
            # body's own report does too, its owner read from it: ‘Halden Council’s audit found that …“…”’)
        if m:
            rule = "subject" if by_subject else "cue-before" if n - v <= 6 else "cue-in-sentence"
            founds.append(Found(m, None, rule, t.text))
            found_at.append(v)
    if (rejecter := _claim_rejected_as(text, toks)) is not None:
        return rejecter  # the one who rejects a claim in these words: ‘…, a suggestion she rejected as “…”’
    if founds and (direct := _reported_direct_speaker(text, toks, founds, found_at)) is not None:
        return direct  # a reported clause's own words, direct: ‘X told the jury that Y opened the door and said, “…”’
    if founds and (witness := _put_to_witness_speaker(text, toks, founds, found_at)) is not None:
        return witness  # a witness's words inside what counsel puts to them: ‘X put it to Y that he had told Z “…”’
    if founds:
        return _nearest_found(text, toks, founds, found_at)
    owner = _speech_noun_owner(toks, text)  # with no verb of speech: ‘… on Trump’s claim that “…”’
    if owner is not None:
        return owner
    if toks[-1].text == ":" and (found := _colon_speaker(text, toks, known, subject, before_colon)) is not None:
        return found
    subject = subject()  # (the value from here on: every rule below reads it)
    if subject is not None and any(toks[w].word == "whose" and any(_is_cue(x, True) for x in toks[w + 1:w + 5])
                                   for w in range(n) if toks[w].start > subject.end):
        return None  # another's words, in a relative clause of their own: ‘Russia vetoed …, drawing an angry
        # response from Britain, whose ambassador accused Moscow of standing “…”’ (never Russia's)
    if subject is not None and mixed and any(
            toks[w].word == "who" and toks[w - 1].text == "," and any(_is_cue(x, True) for x in toks[w + 1:w + 4])
            for w in range(1, n) if toks[w].start > subject.end):
        return None  # the words of one a "who" clause is about, whom no rule could name, never the
        # subject's: ‘The inquiry follows complaints from two bidders, who argued it was “…”’
    if subject is not None and any(_told_passive(toks, v) and not any(
            x.text == "," and y.word in ("but", "and", "while", "after") for x, y in zip(toks[v:], toks[v + 1:]))
                                   for v in range(n) if toks[v].start > subject.end):
        return Found(None, None, "told-passive", None)  # one told is the listener, with no cue of a speaker: ‘Commuters were warned to
        # expect “severe disruption”’, ‘Residents have been told to expect “…”’ (the words in a clause
        # of their own after it are not the told: ‘X was warned about Y, but … he was “not a threat”’)
    if mixed and (subject is not None or known is not None):
        found = _own_clause_subject(text, toks, subject, known)
        if found is not None:
            return found
        if subject is not None and subject.kind == "description" and toks[-1].end > subject.end \
                and {x.word for x in toks if x.start >= subject.end and x.text[:1].isalnum()} == {"of"}:
            return None  # the words name what the subject's own phrase holds, no one's speech: ‘groups of
            # “caminantes” – walkers, as Colombians call them – trudged uphill’
        if subject is not None:
            return Found(subject, None, "subject", None)
    return None
