"""Continuation between quotations: a quotation inherits the speaker of the one it continues
(_inherit).
"""

from __future__ import annotations

import regex

from quotesearch.asked_answers import third_person_answer
from quotesearch.cues import (
    RE_THATS_HOW_RECALLED_OTHERS, RE_THATS_HOW_SPEAKER, RE_THATS_HOW_TOLD_OWN, RE_THATS_HOW_VERB, RE_WORDS_OWNER_NAMED,
)
from quotesearch.backward_cues import DASHES, cue_before
from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.cues_after import _bare_sign_off_role, _described_sign_off
from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import WEEKDAY_NAMES
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import CONTINUING_CUES, FIRST_PERSON_SUBJECTS, SPEECH_VERBS, SUBJECT_CONTRACTION_TAILS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head, ownerless_record
from quotesearch.quote_spans import Span
from quotesearch.tokens import tokenize
from quotesearch.quotes import recased_headline_quote, said_alone_below
from quotesearch.headline_words import (
    _headline, entry_headline, subject_swapped, words_said_in_other_form, words_within,
)
from quotesearch.people import Person, _after_last_stop, people_words
from quotesearch.bodies import _body_before
from quotesearch.body_names import CONTEXT_CHARS, RE_DATELINE, _quoted_at
from quotesearch.body_kinds import _body_fits, _body_kind
from quotesearch.body_firms import _firm_of_reported_kind
from quotesearch.clauses import (
    _chair_ruling, _found_person, _heard_from, _interjection_from, _provision_whole, _question_paragraph,
    _signs_with_handle,
)
from quotesearch.epithets import RE_THE_AGE, _topic_label
from quotesearch.heading_echoes import heading_description_named_below, heading_said_by_one, heading_said_in_answer
from quotesearch.headlines import (
    RE_ANSWER_LABEL, RE_QUESTION_LABEL, _answering, _double_marked_headline, _entry_echo, _headline_verdict_said_again,
    _interviewee, _interviewer, _key_point, _lede_described_named_later, _line_source_after, _lone_question_back, _pull_quote_label,
    _headline_tail_echo, _question_before_lead, _quoted_within, _repeat_taken_back, _role_holder, _timed_entry_heading,
    _unlabelled_interviewee, _unlabelled_questions, _words_key,
)
from quotesearch.interviews import (
    OWNER_PRONOUNS, RE_YOU_SAID, WRITER, _exchange_turn, _hailed_witness, _interview_turn, _only_a_question,
    _paragraph_aside, _reaction_between, _said_by_anyone, _writer_asking,
)
from quotesearch.introductions import (
    _described_speaker_opens, _named_gesture_between, _sentence_start_before, _shares_next_cue,
)
from quotesearch.labels import (
    AFTER_CHARS, _headline_label, _headline_office_label, _introduced_by_imperative, _new_speaker_colon_after, _own_sign_off_after,
    _section_label, _sign_off_line_next, _story_label,
)
from quotesearch.ledes import RE_HEADING_LINE, _subject_before_signpost
from quotesearch.names import is_byline
from quotesearch.quoted_names import RE_FIRST_PERSON
from quotesearch.name_parts import is_organisation
from quotesearch.messages import _own_saying_fits, _verdict_verb_in
from quotesearch.questions import (
    _answer, _answer_to_put, _answers_question, _asked_before, _long_sign_off, _one_put_to, _party_asked,
    _witness_before,
)
from quotesearch.relations import _fragment_of_others, _only_one
from quotesearch.age_trade_epithets import _continued_speaker, _quoted_speaker_aged_again, _sole_person_before_age
from quotesearch.statements import (
    RE_IN_STATEMENT_OPENING, RE_PASSIVE_AFTER, RE_STATEMENT_READ_FROM, WRITTEN_NOUNS, _written_head,
)
from quotesearch.speakers import Cast
from quotesearch.subjects import _last_sentence_subject, _reported_asker, _unnamed_stance_subject
from quotesearch.described_subjects import _SAYINGS, _owner_of_voice
from quotesearch.titles import RE_WORD
from quotesearch.writers import GENDERS, _addresses, _hails, _writing_it_read
from quotesearch.it_subjects import _its_owner_before
from quotesearch.document_speakers import RE_ITS_STATEMENT


#: What is one's own to say: ‘His verdict: “…”’, ‘Her philosophy was simple: “…”’.
_OWN_SAYING = r"(?i:(his|her|their)) (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + ")"

#: One's own verdict or message before a colon (‘His verdict: “…”’, ‘Her message to voters:’).
RE_OWN_VERDICT = LazyPattern(_OWN_SAYING + r"(?: (?:to|for|on|about) [\p{L}’'\- ]{1,40})?")

#: The same as a whole sentence before a colon, with what it was like (‘Her advice to traders was clear’),
#: plural sayings too, an aside of how they came between commas and a judging word's "ones" (‘Her last
#: words to the hall, read out by an aide, were practical ones’): the saying in group 0 up to the verb.
RE_OWN_VERDICT_WAS = LazyPattern(r"(?:" + RE_OWN_VERDICT.pattern + r")(?:, \p{Ll}[\p{L}’'\- ]{2,60},)?"
                                 r" (?:was|is|were|are) \p{Ll}+(?: and \p{Ll}+)?(?: ones)?")

#: A sentence of one's own saying, ending right before the words (‘Her answer is always the same. “…”’).
RE_OWN_SAYING_BEFORE = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’] ))(?:His|Her) (?:"
                                     + _SAYINGS + r") (?:was|is|remained|remains) "
                                     r"(?:\p{Ll}+ ){0,2}\p{Ll}+\.\s*$")


#: Verbs of putting words out where they are read (‘shared the story on its Facebook page:’).
POSTING_VERBS = frozenset("shared posted published released issued tweeted".split())

#: The issuer after a document's noun (‘the full statement from the Merriam Falls Police Department’).
RE_FROM_BODY = LazyPattern(r"\b(?:from|by) ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,7})$")


#: Another's verb of speech after a question's "you said" (‘You said the minister had called it “’).
#:
#: >>> bool(RE_THIRD_SAID_AFTER.search(" the minister had called the offer ")), bool(RE_THIRD_SAID_AFTER.search(" once that you would quit. "))
#: (True, False)
RE_THIRD_SAID_AFTER = LazyPattern(r"\b(?:had |has |have )?(?:said|called|described|told|branded|dubbed)\b")


def _set_off_after_name(text: str, ms: tuple[Mention, Person | None], p_lo: int) -> bool:
    """Whether the subject found is a description set off right after the name of the one it stands
    for, in the same paragraph (‘Dr Ana Ruiz, the head of Westmere Hospitals Trust, which was hit last
    year, told MPs the cost was high. / “…”’): the named person's, as the name itself would be (w66f).

    >>> from quotesearch.mention_words import Mention
    >>> t = "Dr Ana Ruiz, the head of the trust, told MPs."
    >>> _set_off_after_name(t, (Mention(13, 34, "the head of the trust", "description"), Person("Ana Ruiz")), 0)
    True
    >>> _set_off_after_name(t, (Mention(13, 34, "the head of the trust", "description"), Person("Ben Ruiz")), 0)
    False
    """
    m, p = ms
    if m.kind != "description" or p is None or p.kind != "name" or not p.name:
        return False
    before = text[max(p_lo, m.start - len(p.name) - 8):m.start]
    return before.endswith(p.name.split()[-1] + ", ") and p.name.split()[0] in before


def _thats_how_own(text: str, m: Mention, hi: int) -> bool:
    """Whether the one named after "That's how" (``m``, its verb of telling right after) tells their own
    words: someone, never a thing (‘That's how the advert describes the van’), and no clause reported
    after "says" or "told", nor another's words remembered (‘That's how Dean Price says the officer
    greeted him’, ‘That's how Rosa Vidal remembers her father's advice’) (review rv66f).

    >>> t = "That's how Dean Price says the officer greeted him."
    >>> _thats_how_own(t, Mention(11, 21, "Dean Price", "name"), len(t))
    False
    >>> t = "That's how Dean Price tells it."
    >>> _thats_how_own(t, Mention(11, 21, "Dean Price", "name"), len(t))
    True
    """
    if m.kind == "description" and description_head(m.text) in THING_NOUNS:
        return False
    verb = RE_THATS_HOW_VERB.match(text, m.end)
    v = text.rfind(" ", m.end, verb.end())
    word = text[v + 1:verb.end()]
    if word in ("says", "said", "tells", "told"):
        return RE_THATS_HOW_TOLD_OWN.match(text, v, hi) is not None
    return RE_THATS_HOW_RECALLED_OTHERS.match(text, v, hi) is None


def _opens_paragraph(text: str, sp: Span) -> bool:
    """Whether the quotation opens its paragraph, or opens it right after the story's dateline
    (‘MARLOW SPRINGS — “I handed him a check …”’).

    >>> from types import SimpleNamespace as S
    >>> t = "BRENTON — “Every month, I called.”"
    >>> _opens_paragraph(t, S(para_start=0, open_at=10)), _opens_paragraph(t, S(para_start=0, open_at=8))
    (True, False)
    """
    return sp.open_at == sp.para_start or (
        sp.open_at - sp.para_start <= 60 and RE_DATELINE.fullmatch(text, sp.para_start, sp.open_at) is not None)


def _another_tells(text: str, at: int) -> bool:
    """A clause's subject at ``at``, a capitalised word, then its verb of telling in the past or of saying
    (‘Crewe reminded them’, ‘Crewe says’): another says the words here.

    >>> _another_tells("Crewe reminded the congregation", 0), _another_tells("Britain's oldest smith", 0)
    (True, False)
    """
    words = text[at:at + 60].split(None, 2)
    return len(words) >= 2 and words[0][:1].isupper() and (words[1].endswith("ed") or words[1] in SPEECH_VERBS)


def _owner_named_after(text: str, para: tuple[int, int], cast: Cast) -> Found | None:
    """The one the paragraph after a quotation standing alone names as its speaker: right after "That's
    how" with a verb of telling (‘“…” / That’s how Mira Osei, 31, describes the day …’, w66f), or after
    a description of the one who said it (‘“…” / The woman who told us that is Keisha Lambert.’), or after the
    words said to come from them (‘“…” / The words came from retired nurse Ann Lee, 66, …’). A name
    that merely opens it with "said that" and a time or place is not read here: as often it reports another's
    clause (‘Councilor Dan Reese said that during the 2020 protests, tenants …’, review rv114b); below a
    story's opening quotation, "said that" and a day ending its clause is (:func:`_story_subject_after`)."""
    n_lo, n_hi = para
    if (how := RE_THATS_HOW_SPEAKER.match(text, n_lo, n_hi)) is not None:
        m = mention_after(tokenize(text, how.end(), n_hi), 0, text)
        if m is not None and m.kind in ("name", "description") and RE_THATS_HOW_VERB.match(text, m.end) \
                and _thats_how_own(text, m, n_hi):
            p, how_ = cast.resolve(m)
            return Found(m, p, "thats-how", None, how_)
    elif (who := RE_WORDS_OWNER_NAMED.match(text, n_lo, n_hi)) is not None:
        m = mention_after(tokenize(text, who.end(), n_hi), 0, text)
        if m is not None and m.kind == "name" and text[m.end:m.end + 1] in (".", ",") \
                and not (text[m.end] == "," and _another_tells(text, m.end + 2)):  # (never ‘… those of Pope Pius,
            # Crewe reminded them’, review rv122d; but ‘… is Keisha Lambert, Britain's oldest …’)
            p, how_ = cast.resolve(m)
            return Found(m, p, "words-owner", None, how_)
    return None


#: Words of a paragraph that opens with a statement (:func:`_statement_giver_before`) that tell of another's words
#: the words set out below it may be: a victim's statement read by another, a post or remarks the subject tells
#: of (review rv83c).
#:
#: >>> bool(RE_OTHERS_WORDS_TOLD.search("In a victim impact statement read to the court, the prosecutor outlined the case."))
#: True
#: >>> bool(RE_OTHERS_WORDS_TOLD.search("In a statement read at the funeral, his family thanked the crews."))
#: False
RE_OTHERS_WORDS_TOLD = LazyPattern(r"\b(?:victim|victims|victim's|victim’s|impact|posts?|tweets?|comments?|remarks?|chants?|slogans?|lyrics)\b")


#: A paragraph above a story's opening quotation that is no sentence: a standfirst, a byline or a desk
#: line (:data:`~quotesearch.ledes.RE_HEADING_LINE`), at most this many between the headline and it.
OPENING_HEADING_LINES = 4

#: Right after the subject of the sentence below a story's opening quotation, an age or a short aside set
#: off, then what leaves the words its own: a verb of saying with nothing after it, "so", or "that" and the
#: day they were said, ending its clause (‘Sophomore Ana Ruiz, 19, said that Wednesday afternoon as …’); a
#: verb of saying with a clause after it tells of another's words (‘Dean Price says the officer greeted him’).
#:
#: >>> bool(RE_SAID_THAT_DAY.match(", 19, said that Wednesday afternoon as students gathered"))
#: True
#: >>> RE_SAID_THAT_DAY.match(" said that Monday's vote") is None
#: True
RE_SAID_THAT_DAY = LazyPattern(r"(?:, [^,.\n“”\"]{1,60},)? (?:said|says) (?:so|that (?:"
                               + "|".join(sorted(WEEKDAY_NAMES)) + r"|morning|afternoon|evening|night)"
                               r"(?: (?:morning|afternoon|evening|night))?)(?=[,.;]| as\b| while\b| outside\b)")

#: Any verb of saying or recalling right after that subject: the words may be another's it tells of
#: (‘“Get down!” / Dean Price says the officer shouted’), so a subject before one speaks only by
#: :data:`RE_SAID_THAT_DAY`.
RE_SUBJECT_TELLS = LazyPattern(r"(?:, [^,.\n]{1,60},)? (?:says|said|recalls|recalled|remembers|remembered|tells|told"
                               r"|writes|wrote)\b")


def _opens_story(text: str, k: int, paras: list[tuple[int, int]]) -> bool:
    """Paragraph ``k`` is the story's first: the first of the text, or the first below its headline past
    lines that are no sentence (a standfirst, a byline, a desk line).

    >>> t = "Farmers fume\\n\\nBy Jo Roe\\n\\n“We grew a crop.”\\n\\nKevin Dale farms canola."
    >>> from quotesearch.quote_spans import paragraphs
    >>> _opens_story(t, 2, paragraphs(t)), _opens_story(t, 0, paragraphs(t)), _opens_story(t, 3, paragraphs(t))
    (True, True, False)

    Never below a first paragraph that is a sentence, a lede (review rv117f):

    >>> t = "Police arrested a man after a shooting.\\n\\n“He just fired.”\\n\\nBrandon Kesey, 31, was held."
    >>> _opens_story(t, 1, paragraphs(t))
    False
    """
    return k <= OPENING_HEADING_LINES + 1 and all(
        is_byline(text[lo:hi]) or RE_HEADING_LINE.fullmatch(text, lo, hi) is not None
        for lo, hi in paras[1:k]) \
        and (k == 0 or RE_HEADING_LINE.fullmatch(text, *paras[0]) is not None)


#: What the subject below a story's opening quotation undergoes or only perceives, right after it: words
#: that make it no speaker of the quotation (‘Marcus Tell, 34, was arrested …’, ‘Derek Ames, 17, died …’,
#: ‘Gary Pike heard the cries’, ‘Todd Becker wore the slogan’; review rv117f).
#:
#: >>> [bool(RE_SUBJECT_UNDERGOES.match(t)) for t in (", 34, was arrested", " died on Monday", " heard the cries", " has 60,000 bushels", " was a churchwarden")]
#: [True, True, True, False, False]
RE_SUBJECT_UNDERGOES = LazyPattern(r"(?:, [^,.\n]{1,80},)? (?:(?:was|were|is|are|has been|had been|have been|will be) "
                                   r"(?:\p{Ll}+ly )?(?:\p{Ll}{2,}(?:ed|en)|shot|hit|hurt|held|found|struck|left|born|caught)"
                                   r"|died|dies|heard|hears|saw|sees|watched|watches|wore|wears|posted|posts|listened)\b")


def _story_subject_after(text: str, para: tuple[int, int], cast: Cast, words: str) -> Found | None:
    """The one a story's opening quotation standing alone is by: the person named in full as the subject
    of the next paragraph's first sentence (‘“We grew a good crop. …” / Kevin Dziedzic has 60,000 bushels
    …’, ‘Sophomore Ana Ruiz, 19, said that Wednesday as …’). Never a line of no sentence (a byline below
    it), a sentence with words in marks or with another person in it whose sex is known or who speaks (a
    place's or a body's name may stand there), a subject whose verb of saying tells of a clause (‘Dean
    Price says the officer shouted’), one who undergoes or perceives (:data:`RE_SUBJECT_UNDERGOES`), nor a
    body; and only for ``words`` that speak of their speaker (‘I’, ‘we’, ‘my’): a chant, a slogan or words
    about the subject are no one's told (‘“She was the heart of this town.” / Margaret Ellis … died’, review rv117f)."""
    if RE_FIRST_PERSON.search(words) is None:
        return None
    n_lo, n_hi = para
    ends = sentence_ends(text, n_lo, n_hi)
    s_hi = ends[0] if ends else n_hi
    if not (ends or text[n_lo:n_hi].rstrip().endswith((".", "!", "?"))) \
            or any(q in text[n_lo:s_hi] for q in "“”\""):
        return None
    toks = tokenize(text, n_lo, s_hi)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.kind != "name" or " " not in m.text:
        return None
    if (RE_SUBJECT_TELLS.match(text, m.end, s_hi) is not None and RE_SAID_THAT_DAY.match(text, m.end, s_hi) is None) \
            or RE_SUBJECT_UNDERGOES.match(text, m.end, s_hi) is not None:
        return None
    p, how = cast.resolve(m)
    if p is None or p.kind != "name" or p.plural or is_organisation(p.name.split()):
        return None
    position, cast.position = cast.position, s_hi
    others = any(q is not p and q.kind == "name" and (q.gender or q.spoke) for lo, q in cast.recent if lo >= n_lo)
    cast.position = position
    return None if others else Found(m, p, "story-subject", None, how)


#: After a statement "was read", the sentence going on to something else that was done (‘, and then
#: prosecutor Ruth Keane addressed the jury’, ‘, but the coroner then gave her findings’): the words below
#: may be the other's.
#:
#: >>> bool(RE_READ_GOES_ON.match(", and then prosecutor Ruth Keane addressed the jury.")), bool(RE_READ_GOES_ON.match(" to the inquest by the family’s solicitor, Jo Hale."))
#: (True, False)
RE_READ_GOES_ON = LazyPattern(r"[^.;\n]*?\b(?:and|but|then|before|after|while)\b")


def _statement_giver_before(text: str, para: tuple[int, int], cast: Cast) -> Found | None:
    """The one who gave the statement the paragraph right before tells of, in one sentence that opens with
    it (:data:`RE_IN_STATEMENT_OPENING`), its subject after the comma: the words set out below it are theirs
    (‘In a statement read at the funeral, his family thanked the crews.’ / ‘“…”’); or the one a statement
    read out by another is from (:data:`RE_STATEMENT_READ_FROM`: ‘A statement from his widow, Ann, was
    read to the inquest by the family’s solicitor.’ / ‘“…”’ is Ann's, unless the paragraph goes on to
    another, :data:`RE_READ_GOES_ON`). Never a paragraph with words in marks of its own or of more than
    one sentence; for a statement opening it, never one that tells of another's words
    (:data:`RE_OTHERS_WORDS_TOLD`, review rv83c), nor a subject that is no one or is acted on (w83c)."""
    p_lo, p_hi = para
    opening = RE_IN_STATEMENT_OPENING.match(text, p_lo, p_hi)
    read = RE_STATEMENT_READ_FROM.match(text, p_lo, p_hi) if opening is None else None
    if (opening is None and read is None) or p_hi - p_lo > 300 or any(q in text[p_lo:p_hi] for q in "“”\"") \
            or sentence_ends(text, p_lo, len(text[:p_hi].rstrip()) - 1):
        return None
    if read is not None:  # (the one it is from, whatever the statement: ‘A victim impact statement from her
        # daughter was read to the court.’ is the daughter's)
        if RE_READ_GOES_ON.match(text, read.end(), p_hi) is not None:
            return None  # (the paragraph goes on to another who speaks: ‘… was read, and then prosecutor Ruth
            # Keane addressed the jury.’, review rv117f)
        m = mention_after(tokenize(text, read.start(1), read.end()), 0, text)
        if m is None or m.kind not in ("name", "organisation", "description"):
            return None
        f = Found(m, None, "previous-paragraph", None)
        f.person, f.how = _found_person(f, cast)
        return f if f.person is not None else None
    if RE_OTHERS_WORDS_TOLD.search(text, p_lo, p_hi) is not None:
        return None  # (the words below are another's, told of: ‘In a victim impact statement read to the court, the
        # prosecutor outlined …’, ‘In a statement, the club confirmed Jones had been banned over a social media
        # post.’ / ‘“…”’) (review rv83c)
    toks = tokenize(text, opening.start(1), p_hi)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.start != toks[0].start or m.kind not in ("name", "organisation", "description") \
            or RE_PASSIVE_AFTER.match(text, m.end, p_hi) is not None:
        return None  # (never one acted on: ‘In a statement, residents were told …’)
    f = Found(m, None, "previous-paragraph", None)
    f.person, f.how = _found_person(f, cast)
    return f if f.person is not None else None


#: A verb going on with what was said right after a sentence's subject, past a "who" clause set off
#: (‘The 58-year-old added that …’, ‘The 58-year-old, who lives nearby, continued …’): :data:`CONTINUING_CUES`.
#:
#: >>> RE_CONTINUING_AFTER.match(" added that rents rose") is not None, RE_CONTINUING_AFTER.match(" said that") is None
#: (True, True)
RE_CONTINUING_AFTER = LazyPattern(r"(?:, who [^.!?“”\"\n]{1,150}?,)? (?:" + "|".join(sorted(CONTINUING_CUES)) + r")\b")


def _inherit(text, spans, results, cast, paras) -> None:
    """Looser sieves for quotations with no cue of their own."""
    n = len(results)
    memo: dict = {}  # what is worked out once per article (an interview's interviewee)
    turns: dict[int, Person | None] = {}  # the writer's questions to someone, by quotation: whom they ask
    hailed: dict[int, Person] = {}  # questions that call someone by name, by quotation: whom they call
    # continuation chains: a later part's cue serves the earlier parts
    # (never across a transcript label, which starts a new speaker, and never when the part
    # before it already has a speaker: that one is carried forward below)
    for i in range(n - 2, -1, -1):
        sp, found, kind = results[i]
        nf = results[i + 1][1]
        if found is None and sp.continues and nf is not None and spans[i + 1].continued \
                and nf.rule != "label" and not (sp.continued and i > 0 and results[i - 1][1] is not None):
            results[i] = (sp, Found(nf.mention, nf.person, "continuation", nf.cue, nf.how), kind)
    for i in range(n):
        sp, found, kind = results[i]
        if found is not None and found.rule == "subject" and found.cue is None and kind != "scare":
            # the bare subject of a sentence whose own cue comes later (‘The FBI did not find “ties
            # of any consequence,” aside from …, said the bureau's director’)
            new = _shares_next_cue(text, spans, results, i)
            if new is not None:
                results[i] = (sp, new, kind)
            continue
        if found is not None and found.person is None and found.how == "first-person" and kind != "scare" \
                and found.mention is not None and found.mention.text == "I" and found.mention.start >= sp.para_start:
            answerer = _answering(text, sp, paras, cast, memo)
            if answerer is not None:  # ‘A: … I tell investors, “…”’: the one interviewed quotes themself
                results[i] = (sp, Found(found.mention, answerer, found.rule, found.cue, "interview-answer"), kind)
            elif (writer := _writer_asking(text, sp, found, paras, memo)) is not None:
                results[i] = (sp, Found(found.mention, writer, found.rule, found.cue, "writer"), kind)
            continue
        if found is not None or kind == "scare":
            continue
        if not sp.continued and sp.paragraph in _unlabelled_questions(text, paras, memo) \
                and (said := RE_YOU_SAID.search(text, _after_last_stop(text, sp.open_at), sp.open_at)) is not None \
                and not (memo.get("unlabelled-marked")
                         and RE_THIRD_SAID_AFTER.search(text, said.end(), sp.open_at) is not None):
            # (never past another's verb of speech in a bold question, ‘**You said the minister had called
            # the offer “generous”.**’: the minister's words, reported; review rv85c)
            # an unlabelled interview's question quoting the one it asks: ‘You once told an interviewer,
            # “…” What changed?’ (their words, whom the answers' "I" is)
            if (asked := _unlabelled_interviewee(text, paras, sp, cast, memo)) is not None:
                results[i] = (sp, Found(None, asked, "interview-answer", None, "interview-answer"), kind)
                continue
        if (answer := third_person_answer(text, sp, cast)) is not None:
            results[i] = (sp, answer, kind)  # ‘Does he accept any responsibility? ‘Of course. …’’
            continue
        cast.position = sp.open_at
        turn = _interview_turn(text, spans, results, i, cast, turns)
        if turn is not None:
            if turn is not WRITER:
                results[i] = (sp, turn, kind)
            continue  # (the writer's own question has no speaker to inherit)
        # the quotation before, skipping titles and scare quotes between ("on NBC's “Meet the Press”",
        # or the title of a book after its author's quotation in the paragraph before)
        j = i - 1
        while j >= 0 and results[j][2] == "scare" and results[j][0].paragraph >= sp.paragraph - 1:
            j -= 1
        prev = results[j] if j >= 0 else None
        new = _shares_next_cue(text, spans, results, i)
        if new is None and j in hailed and prev[0].paragraph == sp.paragraph - 1 and sp.open_at == sp.para_start \
                and (sp.close_end or sp.end) >= sp.para_end - 1 and not text[sp.start:sp.end].rstrip().endswith("?"):
            new = Found(None, hailed[j], "answer", None)  # (the one a question alone called answers it)
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None \
                and not (sp.continued and prev[0].continues) and prev[0].paragraph >= sp.paragraph - 1 \
                and not text[sp.start:sp.end].rstrip().endswith("?"):  # (a second question is the asker's)
            new = _answer(text, sp, prev[0], prev[1], cast)  # ‘“What did you see?” Baptiste asked the witness, X.’
            if new is None and prev[1].rule in ("previous-paragraph", "previous-sentence") and prev[1].cue is None:
                new = _answer_to_put(text, sp, prev[0], prev[1].person, paras, cast)  # ‘X then asked her to …’
            if new is None and _answers_question(text, sp, prev[0], prev[1]) \
                    and (called := _hailed_witness(text, sp, prev[0], prev[1].person, cast)) is not None:
                new = Found(None, called, "answer", None)  # (the one a question calls by name answers it, before
                # anyone the paragraphs around it name: ‘… a memo in which X warned … / “Did you read it, Mr.
                # Y?” Z asked. / “I was briefed on it.”’ is Y's)
            if new is None and _answers_question(text, sp, prev[0], prev[1]):
                # (‘“Will you pay for it?” asked Sen. Oren Whitaker. / “Senator, we are committed …”’: an
                # answer is never the asker's; the one named before the question, if anyone)
                position, cast.position = cast.position, prev[0].open_at
                other = cast.subject_person(besides=prev[1].person)
                cast.position = position
                before_q = paras[prev[0].paragraph - 1][0] if prev[0].paragraph > 0 else prev[0].para_start
                new = Found(None, None, "answer", None) if other is None or other[0] < before_q \
                    or not text[other[0]].isalpha() else Found(None, other[1], "answer", None)  # (one named as a
                # subject in the question's paragraph or the one before, never one only quoted there)
                if new.person is None and text[before_q:before_q + 1] not in "“\"‘'«„":
                    # (else the one other person a paragraph of narrative before it names: ‘Counsel X took
                    # Mr. Kowalchuk through the faxes.’; never the speaker of a turn of their own there)
                    new.person = _party_asked(prev[0], prev[1].person, cast, before_q)
                if new.person is None and j >= 1:  # (or the one who answered the asker's question before)
                    new = _exchange_turn(text, sp, results, j, paras) or new
                if new.person is None and j >= 1:
                    new.person = _one_put_to(text, results, j)  # (or the one who spoke just before the question)
                if new.person is None:
                    new.person = _witness_before(text, sp, results, j)  # (or the witness who answered before)
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None:
            psp = prev[0]
            if sp.continued and psp.continues:
                new = Found(prev[1].mention, prev[1].person, "continuation", prev[1].cue)
            elif psp.paragraph == sp.paragraph and not _said_by_anyone(text, sp) \
                    and not _named_gesture_between(text, psp, sp, prev[1].person, cast):
                new = Found(prev[1].mention, prev[1].person, "same-paragraph", prev[1].cue)
        if new is None and sp.open_at > sp.para_start and _sentence_start_before(text, sp):
            ms = _last_sentence_subject(text, sp.para_start, sp.open_at, cast) \
                or _interjection_from(text, sp.para_start, sp.open_at, cast) \
                or _chair_ruling(text, sp.para_start, sp.open_at, cast)  # (‘The Speaker cut her off. “…”’)
            if ms is None and RE_OWN_SAYING_BEFORE.search(text, sp.para_start, sp.open_at) is not None:
                ms = _owner_of_voice(text, sp.para_start, sp.open_at, cast)  # one's own answer or view, then
                # the words: ‘Her answer is always the same. “Children are not confused …”’
                ms = ms if ms is not None and ms[1].kind == "name" and ms[1].gender == GENDERS.get(ms[0].text) else None
            if ms is None and (stance := _unnamed_stance_subject(text, sp.para_start, sp.open_at, cast)) is not None:
                ms = stance  # someone unnamed whose stance the sentence before tells: ‘A senior nurse at one
                # trust, who asked not to be named, was blunter. ‘…’’ is the nurse, as written
            if ms and (firm := _firm_of_reported_kind(text, ms, sp, cast)) is not None:
                ms = (ms[0], firm)  # ‘Dunmore has halved its flaring, the company said. “…,” it said’: the firm
            if ms and len(ms[0].text.rstrip(".")) > 1 and not _quoted_at(cast, ms[0].start):
                # (never an answer's label: ‘A. “…”’, nor words of a quotation before: ‘“This budget was
                # written for lenders,” she told the House. “…”’, when "she" is no one known)
                new = Found(ms[0], ms[1], "previous-sentence", None)
                if ms[0].kind == "description" and RE_THE_AGE.fullmatch(ms[0].text) is not None \
                        and RE_CONTINUING_AFTER.match(text, ms[0].end) is not None \
                        and (went_on := _continued_speaker(text, sp, ms[0], ms[0].text, results[:i], cast)) is not None:
                    new = Found(ms[0], went_on, "previous-sentence", None, "epithet")  # an age epithet whose verb
                    # goes on with what was said: the one who spoke right before (‘“…,” he said. / The 58-year-old
                    # added that rents had doubled. “…”’), as for the epithet at a cue (:func:`_continued_speaker`)
        if new is None and sp.open_at > sp.para_start and not sp.continued:
            new = _paragraph_aside(text, sp, cast)  # ‘The trick, he explains, is patience. … “…”’
        if new is None and j >= 1 and sp.open_at == sp.para_start:
            new = _exchange_turn(text, sp, results, j, paras)
        if (new is None or (new.rule == "answer" and new.person is None)) and prev is not None \
                and prev[1] is not None and prev[1].person is not None \
                and (called := _hailed_witness(text, sp, prev[0], prev[1].person, cast)) is not None:
            new = Found(None, called, "answer", None)  # ‘“Mr. X, were you copied on this?” Ms. Y asked. / “I
            # don't recall.”’: the one the question calls answers it, when nothing else told who did
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None \
                and prev[0].paragraph == sp.paragraph - 1 and prev[0].open_at == prev[0].para_start \
                and sp.open_at == sp.para_start and (sp.close_end or sp.end) >= sp.para_end - 1:
            new = _reported_asker(text, sp, prev[0], prev[1].person, paras, cast)
        if new is None and (sp.open_at == sp.para_start or (RE_SPEAKERLESS_LEAD.fullmatch(text, sp.para_start, sp.open_at)
                                                            and prev is not None and not _question_before_lead(text, prev[0]))) \
                and prev is not None and prev[1] is not None \
                and prev[0].paragraph == sp.paragraph - 1 and prev[1].person is not None \
                and not (prev[1].rule == "dash" and _own_sign_off_after(text, sp)) \
                and not _sign_off_line_next(text, sp, paras) and not _new_speaker_colon_after(text, prev[0], paras, cast):
            # (guard: never a bullet's source carried to the next bullet that signs with its own, unread:
            # ‘“…” — local resident / “…” — parent of two, Bray’; nor to a digest's quotation whose own
            # sign-off line follows it: ‘… said it was ‘reviewing’ … / ‘…’ / – Jo Bloggs, 44, after …’)
            new = Found(prev[1].mention, prev[1].person, "previous-paragraph", prev[1].cue)
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0:
            # "X said:" closing the previous paragraph
            p_lo, p_hi = paras[sp.paragraph - 1]
            if text.endswith((":—", ":–", ":-"), p_lo, p_hi):
                p_hi -= 1  # an old paper's colon and dash: ‘He said:—’
            if text[p_hi - 1] == ":" and not _topic_label(text, p_lo, p_hi):  # (never a topic's label)
                ends = sentence_ends(text, max(p_lo, p_hi - CONTEXT_CHARS), p_hi)
                toks = tokenize(text, ends[-1] if ends else max(p_lo, p_hi - CONTEXT_CHARS), p_hi)
                f = cue_before(text, toks, cast.knows)
                if f is None and any(t.word in POSTING_VERBS for t in toks):
                    # ‘The fire district shared the story on its Facebook page:’: who posted it
                    m = sentence_subject(text, toks, cast.knows)
                    if m is not None and m.kind in ("name", "organisation", "description") \
                            and _written_head(m.text) not in WRITTEN_NOUNS:
                        f = Found(m, None, "colon", ":")
                if f is None:
                    f = _introduced_by_imperative(text, toks)
                if f and f.mention and f.mention.kind == "description" and _written_head(f.mention.text) in WRITTEN_NOUNS \
                        and (src := RE_FROM_BODY.search(f.mention.text)) is not None:
                    # ‘Here is the full statement from the Merriam Falls Police Department:’: its issuer
                    at = f.mention.start + src.start(1)
                    f = Found(Mention(at, at + len(src.group(1)), src.group(1), "organisation"), None, "colon", f.cue)
                if f and f.mention and f.mention.text.isupper() and _section_label(text, f.mention.end):
                    f = None  # (a digest's heading on a line of its own: ‘QUOTE OF THE WEEK:’)
                if f is None and _verdict_verb_in(text, toks[0].start if toks else p_hi, p_hi - 1) \
                        and (own := RE_OWN_VERDICT_WAS.fullmatch(text, toks[0].start if toks else p_hi, p_hi - 1)) is not None:
                    f = Found(Mention(own.start(), own.end(), own.group(), "description"), None, "colon", ":")
                    # (a saying no cue reads: ‘Her advice to traders was clear:’, read as the one below)
                    pronoun = OWNER_PRONOUNS.get(own.group(1).lower())
                    whose = cast.resolve(Mention(own.start(), own.start() + len(own.group(1)), pronoun, "pronoun"))[0] \
                        if pronoun in ("he", "she") else None
                    if whose is None or not _own_saying_fits(text, whose, pronoun, own.start()):
                        f = None  # (guard: never one whose sex the name does not tell: ‘Nicola Sturgeon stood
                        # beside her successor. His message to voters was simple:’ is not hers)
                    elif "," in own.group():
                        # (past an aside, ‘Her last words, delivered without notes, were practical ones:’, the
                        # saying is no description to resolve: the "she" it stands for)
                        f = Found(Mention(own.start(), own.start() + len(own.group(1)), pronoun, "pronoun"), None, "colon", ":")
                if f and f.mention and (own := RE_OWN_VERDICT.fullmatch(f.mention.text)) is not None:
                    # (one's own message closing the paragraph, as in one: ‘Her message to donors was blunt:’ /
                    # ‘“…”’ is hers, the "she" it stands for)
                    mine = Found(Mention(f.mention.start, f.mention.start + len(own.group(1)),
                                         OWNER_PRONOUNS[own.group(1).lower()], "pronoun"), None, "colon", ":")
                    whose = cast.resolve(mine.mention)[0]
                    sex = {"he": "m", "she": "f"}.get(mine.mention.text)
                    if sex is None or (whose is not None and _own_saying_fits(text, whose, mine.mention.text, mine.mention.start)):
                        f = mine  # (guard: never one whose sex the name does not tell: ‘Nicola Sturgeon stood
                        # beside her successor. His message to voters was simple:’ is not hers)
                if f and (whole := _provision_whole(text, f)) is not None:
                    f = whole  # ‘Section 3(1) of the Act reads:’ / ‘“…”’
                if f and f.mention:
                    f.person, f.how = _found_person(f, cast)
                    if (read := _writing_it_read(text, f, cast)) is not None:
                        f.person, f.how = read  # a writing's words set out below it: ‘Tabled with it was a letter
                        # to the premier from Ann Lee. It reads, in part:’ / ‘“…”’ is its writer's, else no one's
                    if f.how == "description" and (one := _sole_person_before_age(text, sp, f.mention, p_lo, cast)) is not None:
                        f.person, f.how = one, "epithet"  # ‘More news on Briggs, who leaves after six seasons.
                        # In a statement, the 31-year-old said:’ / ‘“…”’: the one person the paragraph names
                    body_kind = _body_kind(f.mention.text.split(), f.how)
                    if body_kind is not None and (body := _body_before(text, f.mention.start, body_kind, sp, paras, cast)) is not None \
                            and _body_fits(text, f.mention, body_kind, body):
                        f.person, f.how = body, "body"  # ‘… the Ocean Futures Coalition … called for a
                        # pause. The coalition wrote:’ / ‘“…”’
                    if f.how == "description" and RE_ITS_STATEMENT.fullmatch(f.mention.text) \
                            and (owner := _its_owner_before(text, f.mention.start, sp, paras, cast)) is not None:
                        f.person, f.how = owner, "statement"  # ‘The X Service tracks eagle deaths. Its 2023
                        # status report states:’ / ‘“…”’: the body "its" stands for, as in a cue's sentence (w130l)
                    if f.person is not None and f.person.kind == "description" and ownerless_record(f.mention.text):
                        f.person = None  # a record no owner was found for speaks for no one, as at a cue's sentence
                        # (speaker_sieves, w136d): ‘The decision added:’ / ‘“…”’ is never "the decision" (w141c);
                        # but one who knows of it is theirs: ‘A source close to the decision said:’ (review)
                    new = Found(f.mention, f.person, "colon", f.cue, f.how)
        # (before a sign-off line after it: a colon that introduces the words is their cue, unless it
        # only describes whom it means and the line signs with the author's handle: a live page's embedded
        # post, ‘The Liberal Democrat leader has posted this on X:’ / ‘“…”’ / ‘— Rhys Penhallow (@RhysPenhallowLD)’)
        described = new is not None and new.rule == "colon" and new.mention is not None and new.mention.kind != "name"
        if (new is None or described) and sp.paragraph + 1 < len(paras) and (sp.close_end or sp.end) >= sp.para_end - 1:
            n_lo, n_hi = paras[sp.paragraph + 1]
            toks = tokenize(text, n_lo, n_hi) if n_hi - n_lo <= AFTER_CHARS else []  # a short sign-off line
            if 2 <= len(toks) <= SIGN_OFF_TOKENS and toks[0].text in DASHES and not any(
                    t.word in CREDIT_WORDS and toks[k - 1].word != "as" for k, t in enumerate(toks)):
                # (a credit's word, but for where the words were reported: ‘…, as reported by Bloomberg’)
                k0 = 2 if toks[0].text == toks[1].text == "-" else 1
                m = mention_after(toks, k0, text)  # (and a typewriter's "--")
                if m and m.kind == "name" and (not described or _signs_with_handle(text, m.end, n_hi)) \
                        and (len(toks) <= 16 or _long_sign_off(text, toks, m)):
                    p, how = cast.resolve(m)
                    new = Found(m, p, "dash", toks[0].text, how)
                elif new is None and (m is None or m.kind == "description") \
                        and (role := _bare_sign_off_role(toks, k0, text)) is not None:
                    p, how = cast.resolve(role)  # a role and a place, no name: ‘“…”’ / ‘— shop owner, Galway’
                    new = Found(role, p, "dash", toks[0].text, how)
                elif new is None and m is not None and _described_sign_off(toks, k0, m, text):
                    p, how = cast.resolve(m)  # an unnamed source described: ‘“…”’ / ‘— A Treasury spokesman, on …’
                    new = Found(m, p, "dash", toks[0].text, how)
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued:
            new = _asked_before(text, sp, paras, cast)  # ‘Finch asked her why she didn't resign. / “Because …”’
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
                and (prev is None or prev[0].paragraph < sp.paragraph - 1 or (
                    prev[0].paragraph == sp.paragraph - 1 and (prev[1] is None or prev[1].person is None)
                    and (prev[0].close_end or prev[0].end) <= max(sentence_ends(text, *paras[sp.paragraph - 1]), default=-1))):
            # a paragraph that is only a quotation, after a paragraph about someone with no quote (or only
            # no one's words, a sentence before its last: ‘X arrived to chants of “…”. He kept it brief.’, w54b)
            p_lo, p_hi = paras[sp.paragraph - 1]
            ms = None
            if text[p_lo:p_hi].rstrip().rstrip("”\"’')").endswith((".", "!", "?", "…")):
                # (a paragraph of sentences, never a headline: ‘Golden Years’ speaks no quotation)
                ms = _subject_before_signpost(text, p_lo, p_hi, cast)
                if ms is None:
                    ms = _owner_of_voice(text, p_lo, p_hi, cast) \
                        or _interjection_from(text, p_lo, min(len(text), p_hi + 1), cast) \
                        or _heard_from(text, p_lo, min(len(text), p_hi + 1), cast)  # (‘…, spoke first. Her
                    # voice was steady.’, ‘That prompted an intervention from X.’)
                if ms is None and (stance := _unnamed_stance_subject(text, p_lo, min(len(text), p_hi + 1), cast)) is not None \
                        and _described_speaker_opens(text, stance, p_lo):
                    ms = stance  # someone unnamed whose stance closes the paragraph before, the words alone
                    # after it: ‘A senior mining executive, who asked not to be named, was blunter. / “…”’
            if ms and ms[1] is not None and cast.named_before_a_title(ms[1]):
                ms = None  # (a team's or a body's name, written before its coach's title: ‘England conceded 14
                # penalties.’ after ‘England head coach Marcus Pennington’ speaks no quotation)
            if ms and (ms[0].kind == "name" or (ms[0].kind == "pronoun" and ms[1].kind == "name"
                                                and ms[1].gender == GENDERS.get(ms[0].text.lower()))
                       or _described_speaker_opens(text, ms, p_lo) or _set_off_after_name(text, ms, p_lo)):
                new = Found(ms[0], ms[1], "previous-paragraph", None)  # (and ‘He frowned.’: a man the
                # article names, whose sex his given name tells)
                if ms[0].kind == "description" \
                        and (went_on := _quoted_speaker_aged_again(text, sp, ms[0], paras, results[:i], cast)) is not None:
                    new = Found(ms[0], went_on, "previous-paragraph", None, "epithet")  # an age epithet opening the
                    # paragraph before, after one named's quotation: theirs (‘“…,” Mr Dunn said. / The 54-year-old,
                    # whose family …, said he had sold the herd. / “…”’)
        if (new is None or new.rule == "previous-paragraph") and not sp.continued and sp.paragraph + 1 < len(paras) \
                and (sp.close_end or sp.end) >= sp.para_end - 1 and _opens_paragraph(text, sp):
            new = _owner_named_after(text, paras[sp.paragraph + 1], cast) or new  # (over the speaker of the
            # paragraph before, whom the one named after the words replies to: ‘“…,” she said. / “They taught
            # us more than we taught them.” / That is how the Rev. Tom De Jong, its pastor, sums it up.’)
            if new is None and _opens_story(text, sp.paragraph, paras):
                new = _story_subject_after(text, paras[sp.paragraph + 1], cast, text[sp.start:sp.end])
        elif (new is None or new.rule == "previous-paragraph") and not sp.continued and sp.close_end is not None \
                and text.startswith(" The ", sp.close_end) and _opens_paragraph(text, sp):
            new = _owner_named_after(text, (sp.close_end + 1, sp.para_end), cast) or new  # the sentence after it
            # in its own paragraph says whose the words are, over the paragraph before: ‘Thousands marched. /
            # “…” The woman who said that, …, was Priya Nair, a ward sister.’
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
                and (sp.close_end or sp.end) >= sp.para_end - 1:
            new = _statement_giver_before(text, paras[sp.paragraph - 1], cast)  # ‘In a statement read at the
            # funeral, his family thanked the crews.’ / ‘“…”’: the family's words (w83c); the words the whole
            # paragraph, and only when no sign-off line nor ‘That's how …’ says whose they are (review rv83c)
        if new is None and RE_ANSWER_LABEL.fullmatch(text, sp.para_start, sp.open_at):
            new = _interviewee(text, paras, sp, cast, memo)  # ‘Q: Why did you accept? / A: “Because …”’
        if new is None and RE_QUESTION_LABEL.fullmatch(text, sp.para_start, sp.open_at):
            new = _interviewer(text, paras, sp, cast)  # ‘Under questioning by prosecutor Ann Lee, … / Q: “What
            # did you see?”’: the questions are the asker's
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 1 and not sp.continued and prev is not None \
                and prev[1] is not None and prev[1].person is not None and prev[1].person.kind == "name" \
                and prev[0].paragraph == sp.paragraph - 2 and _question_paragraph(text, paras[sp.paragraph - 1]):
            # a feature's question in a paragraph of its own, unquoted, then the answer quoted alone:
            # ‘“…,” Dex Marlowe says. / Were you scared, going back into the studio? / “Terrified. …”’
            new = Found(prev[1].mention, prev[1].person, "interview-answer", prev[1].cue)
        called = None
        if new is not None and new.person is not None and _addresses(text[sp.start:sp.end], new.person.name):
            called, new = new.person, None  # ‘“Nobody asked you, Ray.”’ is said to Ray, never by him
        elif new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and _only_a_question(text, sp):
            # (or, with nothing found, the one person the paragraph before names whom it calls: ‘…, when
            # MP X slid an e-mail across the table to Y, the lobbyist. / “Do you recognize this, Mr. Y?”’)
            called = _only_one(p for at, p in cast.recent if at >= paras[sp.paragraph - 1][0] and p.kind == "name"
                               and _hails(text[sp.start:sp.end], p.name))
        if called is not None:
            if sp.open_at == sp.para_start and sp.paragraph > 0 and (sp.close_end or sp.end) >= sp.para_end - 1 \
                    and _only_a_question(text, sp):
                # a question alone that calls someone, after a paragraph naming them and one other: the
                # other's, and the answer after it the one called (‘Mr Y was asked by counsel, Z KC, to
                # explain. / “What were the bottles for, Mr Y?” / “I am a collector.”’)
                asker = _party_asked(sp, called, cast, paras[sp.paragraph - 1][0])
                if asker is not None:
                    new, hailed[i] = Found(None, asker, "exchange", None), called
        if new is not None:
            results[i] = (sp, new, kind)
    for i in range(n - 2, -1, -1):
        new = _reaction_between(text, results, i)  # ‘“…” He laughs, then stops. “…”’
        if new is not None:
            results[i] = (results[i][0], new, results[i][2])
    # a headline's words quoted again inside a quotation of the body: that quotation's speaker, whoever
    # the headline's label names, in single marks or a live page's double ones (a headline abbreviates: ‘Justice resigns in protest: ‘I will not be a
    # candidate’’ / ‘“… and I will not be a candidate in an election …,” she said’, ‘First minister: ‘This
    # is a serious situation’’ / ‘“This is a serious and still-developing situation,” Ms Harcombe said’)
    headed = {p for p in {sp.paragraph for sp, _, _ in results} if p < len(paras) and (
        entry_headline(text, *paras[p]) or (p == 0 and _double_marked_headline(text, paras)) or _key_point(text, *paras[p])
        or _timed_entry_heading(text, paras, p))}
    recased = {i for i, (sp, found, kind) in enumerate(results)
               if sp.paragraph == 0 and kind != "scare" and recased_headline_quote(text, paras, sp, spans)}
    heads = [i for i, (sp, found, kind) in enumerate(results) if kind != "scare" and (sp.paragraph in headed or i in recased)]
    if heads:
        bodies = [(RE_WORD.findall(text[sp.start:sp.end].lower()), found, sp.start) for sp, found, kind in results
                  if found is not None and found.person is not None and kind != "scare"
                  and sp.paragraph not in headed and not (recased and sp.paragraph == 0)]
        for i in heads:
            sp, found, kind = results[i]
            words = RE_WORD.findall(text[sp.start:sp.end].lower())  # (three words at least: never ‘Disappointing’)
            other = next((f for body, f, _ in bodies if words_within(words, body) or subject_swapped(words, body)), None) \
                if len(words) >= 3 or (i in recased and len(words) >= 2) else None  # (a Title Case headline's two
            # words its body quotes again in lower case: ‘Minister Calls Critics ‘Armchair Generals’’)
            if other is None and len(words) >= 3 and (found is None or found.person is None):
                # (a headline's words that one speaker's quotation says again with a clause between them,
                # as a headline cuts it: ‘‘We were left with nothing’: flood victims wait …’ / ‘“The water
                # came and we were left with nothing,” said trader …’; never two speakers' words)
                hits = [f for body, f, _ in bodies if words_within(words, body, gaps=len(words))]
                one = _only_one(f.person for f in hits)
                other = next((f for f in hits if f.person is one), None) if one is not None else None
            if other is None and len(words) >= 3 and (found is None or found.person is None):
                # (a headline's words that one speaker's quotation says again side by side, a verb's tense
                # shifted: ‘… as buyers ‘sit on their hands’’ / ‘“People are sitting on their hands,” said …’)
                hits = [f for body, f, _ in bodies if words_said_in_other_form(words, body)]
                one = _only_one(f.person for f in hits)
                other = next((f for f in hits if f.person is one), None) if one is not None else None
            alone = i in recased and (said_alone_below(text, sp, spans, reported=False) or (
                (found is None or found.cue is None or found.cue.lower() not in SPEECH_VERBS)
                and said_alone_below(text, sp, spans)))  # (the body's word given alone: its speaker's, over the
            # line's own subject or label, ‘‘Brazen’: Teens charged …’, w83b; or the body's sentence reports it, when
            # no verb of speech in the line gives it to its subject, ‘Hospitals face ‘meltdown’’, never ‘Reyes
            # reports ‘steady’ recovery’, w84c)
            if other is None and words and (found is None or found.person is None or found.person.plural or alone):
                # (a word or two quoted alone again in the body, for a headline's unnamed or many speakers:
                # ‘MPs accuse company of ‘gaslighting’ customers’ / ‘X accused the company of ‘gaslighting’’)
                other = _only_one(f.person for body, f, _ in bodies if body == words and (
                    f.person.kind == "name" or ((found is None or alone or (found.person is not None and found.person.plural))
                                            and f.person.kind == "organisation" and not f.person.plural)))
                # (a body too, for a headline that names no one or many, w84c: ‘Judges warn of ‘collapse’’ / ‘…,” the
                # Judges Guild warned’; ‘Watchdog signals “serious concerns” over merger’ /
                # ‘… after the Fair Trade Commission said it had “serious concerns”’)
                other = next((f for body, f, _ in bodies if body == words and f.person is other), None) if other else None
            if other is None and alone:
                # (the body's word given alone by one described, whom the sieves above take for no one's: theirs,
                # never the headline's subject, ‘Coroner to write … after death at ‘notorious’ junction’ / ‘a
                # junction his widow described as “notorious”’, w84c)
                described = [f for bsp, f, bkind in results if bsp.paragraph > sp.paragraph and bkind != "scare"
                             and f is not None and f.mention is not None
                             and RE_WORD.findall(text[bsp.start:bsp.end].lower()) == words]
                other = described[0] if len(described) == 1 else None
            if other is None and len(words) >= 3 and (found is None or found.person is None) \
                    and words[0] in FIRST_PERSON_SUBJECTS:
                # (a headline's first-person words whose rest one named person's fragment of the body says,
                # the subject the reported speech took away put back: ‘‘We’ve lost everything again’: …’ /
                # ‘… told the BBC she had “lost everything again”’; never two speakers' fragments)
                rest = words[2:] if words[1] in SUBJECT_CONTRACTION_TAILS else words[1:]
                hits = [f for body, f, start in bodies if f.person.kind == "name" and body == rest
                        and not _fragment_of_others(text, start)] if len(rest) >= 2 else []  # (never a fragment whose subject is
                # others the speaker speaks of: ‘Landlord X said the families were “not going anywhere”’)
                one = _only_one(f.person for f in hits)
                other = next((f for f in hits if f.person is one), None) if one is not None else None
            if other is None and len(words) == 2 and (found is None or found.person is None):
                # (two words quoted again, side by side, in a short quotation of the body that one person
                # spoke: ‘Rector warns of ‘funding gap’’ / ‘… has warned of a ‘severe funding gap’’)
                hits = [f for body, f, _ in bodies if len(body) <= HEADLINE_SHORT_BODY_WORDS
                        and words_within(words, body, gaps=0) and f.person.kind == "name"]
                one = _only_one(f.person for f in hits)
                other = next((f for f in hits if f.person is one), None) if one is not None else None
            entry = _entry_echo(text, paras, results, i, words) if sp.paragraph > 0 and (
                found is None or found.person is None or (
                    found.rule == "colon" and found.person.kind == "organisation" and found.mention is not None
                    and found.mention.start == sp.para_start)) else None
            if entry is not None:
                # a live page's entry headline whose words the one person quoted in the entry below says
                # again: theirs, over a body's label (‘Union: ‘We want a fair deal’’ / ‘… general secretary
                # Jo Bell … ‘We want a fair deal for drivers,’ she says’) or none (‘Government: Demands ‘unaffordable’’)
                results[i] = (sp, Found(entry.mention, entry.person, "same-words", entry.cue, entry.how), kind)
                continue
            if other is not None and (found is None or found.person is None or (
                    found.person is not other.person and not (
                        found.rule == "colon" and found.mention is not None and found.mention.start == sp.para_start
                        and text[found.mention.end:sp.open_at].strip() == ":"
                        and ((found.person.kind == "organisation" and not (i in recased and found.mention.text.count(" ") >= 3))
                             or found.person.gender is not None or not (i in recased or _headline(text, *paras[sp.paragraph])))))):  # (a live page's label in double marks keeps its own speaker)
                # (but a label that is the line's own speaker stays: a person, ‘McAllister: ‘I was one bad
                # night from quitting’’, or a body, ‘Police: ‘Do not approach’’, whichever officer said it)
                # (in a Title Case headline a whole clause before the colon is no body: ‘Furious Residents
                # Tell Council: ‘Fix Our Roads’’)
                results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)
                continue
            # a label that describes the speaker is theirs whole (‘First minister:’, never ‘minister’;
            # ‘Small island states:’), and the one body speaker given that role is the one it means
            # (‘Mayor: ‘Stay where you are’’ / ‘Port Arthur Mayor Lionel Batiste urged …’)
            label = RE_HEADLINE_LABEL.fullmatch(text, sp.para_start, sp.open_at) if other is None else None
            if label is not None and label.group(1).count(" ") > 0 and not (
                    label.group(2) and (label.group(2) in ROLE_NOUNS or people_words(label.group(2))
                                        or (label.group(2).endswith("s") and not regex.search(r" \p{Ll}+s ", label.group(1))))):
                label = None  # (a label in Title Case is a name, ‘Met Office:’; a sentence is no label, ‘Freed
                # hostage recounts captivity:’; a plural noun after no verb is, ‘Small island states:’)
            if label is not None and (_headline_label(text, label.start(1), label.end(1))
                                      or _story_label(text, label.start(1), label.end(1))):
                label = None  # (a section's label: ‘Exclusive: ‘…’’; a running story's: ‘Pakistan floods:’)
            if label is not None and _headline_office_label(text, sp, found) is not None:
                label = None  # (a body's head's office, its holder found already or none: ‘Brightwell boss:’)
            holder = _role_holder(label.group(1), bodies, cast) if label is not None else None
            if label is not None and (found is None or found.person is None or (
                    found.mention is not None and label.start(1) <= found.mention.start and found.mention.end <= label.end(1)
                    and found.mention.end - found.mention.start < label.end(1) - label.start(1)
                    and (found.mention.kind == "description" or holder is not None))):
                # (‘Labour leader:’ is the leader, never ‘Labour’; ‘Pell’s response:’ stays Pell's)
                mention = Mention(label.start(1), label.end(1), label.group(1), "description")
                if holder is None:
                    cast.position = sp.open_at
                    holder = cast.resolve(mention)[0]
                results[i] = (sp, Found(mention, holder, "colon", ":", "role"), kind)
            elif found is not None and found.person is None and found.mention is not None and found.mention.start == sp.para_start \
                    and regex.match(r" \p{Ll}+s\b", text[found.mention.end:sp.open_at]) is not None \
                    and (holder := _role_holder(found.mention.text, bodies, cast)) is not None:
                results[i] = (sp, Found(found.mention, holder, found.rule, found.cue, "role"), kind)  # the one role
                # a headline's own present-tense verb speaks by: ‘Bishop warns of ‘hard choices’’ / ‘… the Rt Revd
                # Peter Hanley said’ (never a passive: ‘Taoiseach accused of ‘abandoning’ renters’)
        for i in heads:
            sp, found, kind = results[i]
            if i in recased and (found is None or found.person is None) and said_alone_below(text, sp, spans):
                results[i] = (sp, None, "scare")  # (a headline's word the body gives again alone, yet no
                # one's there: the writer's term after all, w83b)
    _headline_verdict_said_again(text, paras, results)
    # the same words quoted twice (a pull quote above the story, a quotation repeated): one speaker
    # (the words are compared only between quotations of about the same length: most have none)
    # (and a headline's shorter words, four at least: ‘‘He was just a boy’: mother's plea …’)
    for i, (sp, found, kind) in enumerate(results):
        if found is not None and found.mention is not None and found.mention.text.lower() in ("pull", "pullquote") \
                and _pull_quote_label(text, sp):
            results[i] = (sp, None, kind)  # (the label read as a name and its verb: ‘Pull quote: “…”’)
    unsaid = {i: text[sp.start:sp.end].rstrip(",.!?;: ") for i, (sp, found, kind) in enumerate(results)
              if found is None and kind != "scare" and (sp.end - sp.start >= 24 or (sp.paragraph == 0 and sp.end - sp.start >= 12))}
    if unsaid:
        lengths = {len(c) + d for c in unsaid.values() for d in range(-4, 5)}  # (the marks inside may differ)
        said: dict[str, Found] = {}
        for sp, found, kind in results:
            if found is not None and found.person is not None and kind != "scare":
                content = text[sp.start:sp.end].rstrip(",.!?;: ")
                if len(content) in lengths:
                    said.setdefault(_words_key(content, 4), found)
        said.pop("", None)
        for i, content in unsaid.items():
            other = said.get(_words_key(content, 4 if results[i][0].paragraph == 0 else 6)) if said else None
            if other is None and _pull_quote_label(text, results[i][0]):
                other = _quoted_within(RE_WORD.findall(content.lower()), text, results, i)
            if other is None and results[i][0].paragraph == 0:
                other = _headline_tail_echo(RE_WORD.findall(content.lower()), text, results, i)
            if other is not None:
                sp, _, kind = results[i]
                results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)
    _repeat_taken_back(text, results)
    _lone_question_back(text, results)
    _line_source_after(text, results, cast)
    _lede_described_named_later(text, paras, results)
    heading_said_by_one(text, paras, results)
    heading_description_named_below(text, paras, results)
    heading_said_in_answer(text, paras, results, cast, memo)


#: A paragraph's lead before its quotation that names no one, only when the words came (‘Then, after a
#: pause: “…”’, ‘Later:’, ‘And finally, with a grin:’): the words go on from the speaker of the
#: paragraph before, as a paragraph that opens with them would.
#:
#: >>> [bool(RE_SPEAKERLESS_LEAD.fullmatch(t)) for t in ("Then, after a pause: ", "Later: ", "Then he added: ", "Then came the verdict: ")]
#: [True, True, False, False]
RE_SPEAKERLESS_LEAD = LazyPattern(r"(?:(?:And|But) )?(?:[Tt]hen|[Ll]ater|[Ff]inally|[Mm]oments later|[Aa] moment later)"
                                  r"(?:,? (?:after|with) (?:a|another) (?:long |brief |short |slight |wry )?"
                                  r"(?:pause|beat|moment|laugh|smile|sigh|shrug|grin|chuckle))?:[ \t]*")


#: A headline's label of a speaker described: "Mayor: ", "Labour candidate: ", "Small island states: ".
RE_HEADLINE_LABEL = LazyPattern(r"(\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}\p{M}'’\-]+){0,2}?(?:[ \t]+(\p{Ll}+))?):[ \t]*")


#: How many words a sign-off line under a quotation may hold (‘— Magnus Eide, chief financial officer of
#: Nortek Cloud, speaking at a conference in Oslo, as reported by Bloomberg’); past 16, only a name
#: right after the dash and set off by a comma (see ``_long_sign_off``).
SIGN_OFF_TOKENS = 32


#: Words of a credit line, never a quotation's sign-off (‘— Staff writer Tom Smith contributed to this report’).
CREDIT_WORDS = frozenset("contributed contributing compiled reporting reported edited writing wrote".split())


#: How many words a body's quotation may hold for a headline's two words inside it to be its (‘financial
#: cliff edge’ for ‘cliff edge’).
HEADLINE_SHORT_BODY_WORDS = 4
