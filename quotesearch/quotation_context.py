"""Each quotation's context as the sieves read it: the words before the marks back to the sentence's start
(past a dateline or a clause after a semicolon), the words by the marks and after them, the shape of the
quoted words (short, in title case, a definite name), the labels and headlines around them, made once by
:func:`_quotation_context` into a :class:`_Quotation`; and :func:`_title_context`, whether the marks hold a
title, a name or a term in that context rather than words spoken.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from quotesearch.cue_tokens import Found, Lazy, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import BARE_TERM_NOT_FIRST, PLACE_NICKNAME_HEADS, VESSEL_NOUNS
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.body_names import CONTEXT_CHARS, RE_DATELINE
from quotesearch.epithets import _place_epithet_after, _topic_label
from quotesearch.interviews import RE_SPEAKER_LABEL
from quotesearch.labels import AFTER_CHARS
from quotesearch.terms import _name_means_lead, _slogan_named, is_title_context
from quotesearch.known_terms import (
    CLASSING_VERBS, NAMING_VERBS, _classed_as, _code_named, _coined_measure, _known_only_as, _named_in_house, _named_measure,
    _nickname_identified, _nickname_like, _status_term, _voted_name,
)
from quotesearch.crew_terms import _crew_calls_person
from quotesearch.set_off_works import (
    _dated_or_vessel_title, _screen_message, _speech_later, _told_programme, _work_set_off, _work_set_off_before,
    after_work_toks,
)
from quotesearch.titles import (
    TITLE_SMALL_WORDS, _foreign_work_title, _honoured_or_aired_lead, _named_day, _programme_name, _title_again,
    _title_word, _told_broadcaster_lead, _venue_titled_aside, _without_prepositions, _work_lead, is_title,
)
from quotesearch.ratings import _rating_before_noun, _rating_lead, _scale_grade
from quotesearch.naming_clauses import _refer_to_as_article
from quotesearch.glossed_terms import _defined_or_mocked, _defined_term
from quotesearch.kind_terms import _attributive, _speech_after, _thing_owner
from quotesearch.quote_kinds import _headline_source, _opens_clause, _speaker_set_off_after, _word_in_marks_inside


# (never a post's prefix: ‘“UPDATE: Kaylin has been located safe …”’)

#: A headline's speaker after its quotation and a colon or a dash: ‘“…”: Mayor Adaeze Nwachukwu on
#: her first year’, ‘‘…’ – Jane Doe’ (a capitalised name, then "on", "says", a dash or the end).
RE_HEADLINE_SPEAKER = LazyPattern(
    r"[ \t]*[:—–-][ \t]+((?:\p{Lu}[\p{L}\p{M}.’'\-]*[ \t]+){0,4}\p{Lu}[\p{L}\p{M}.’'\-]*)"
    r"(?=[ \t]+(?:(?:on|says|tells|about|at|after)\b|[—–-](?:\s|$))|[ \t]*$)")

#: A headline's speaker after its quotation and a colon or a dash described by a place's or a team's
#: capitals and a role word in lower case (‘‘…’ – Sri Lanka coach after series defeat’, ‘“…”: Kenya
#: captain on …’): group 1 the description, group 2 the role word (w60a).
#:
#: >>> RE_HEADLINE_DESCRIBED_SPEAKER.match(" – Sri Lanka coach after series defeat").group(1, 2)
#: ('Sri Lanka coach', 'coach')
#: >>> RE_HEADLINE_DESCRIBED_SPEAKER.match(": Jane Doe on her year") is None
#: True
RE_HEADLINE_DESCRIBED_SPEAKER = LazyPattern(
    r"[ \t]*[:—–-][ \t]+((?:\p{Lu}[\p{L}\p{M}’'\-]*[ \t]+){1,3}(\p{Ll}+))"
    r"(?=[ \t]+(?:(?:on|says|tells|about|at|after)\b|[—–-](?:\s|$))|[ \t]*$)")

#: A verb that makes a headline's opening words a sentence someone said, not a title: ‘‘Double-engine
#: government will transform the state’: Reddy at rally’, ‘‘Farmers have been betrayed’: …’.
RE_FINITE_VERB = LazyPattern(r"\b(?:will|would|must|should|shall|cannot|can['’]t|won['’]t|is|are|was|were|has|have|had"
                             r"|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|don['’]t|doesn['’]t|didn['’]t)\b")

#: Words of someone speaking for themselves: "I", "we", "my", "our", "me", "us", "you".
RE_SPOKEN = LazyPattern(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll)|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b")


#: ‘the’ and a superlative in marks (‘the worst yet’, ‘the most dangerous’): a judgment, never a name.
RE_SUPERLATIVE_THE = LazyPattern(r"the (?:worst|best|most|least|\p{Ll}+est)\b")

#: One word an online handle may be: with a digit, an underscore or an "@" ("cyb3rfox", "Nyx_Ops").
RE_HANDLE = LazyPattern(r"@?(?=[\w.]*[\d_])[\w.]{3,30}")

#: A place's nickname in lower case: "the", up to two words, and a place's noun (‘the herb road’, ‘the
#: golden mile’, ‘the killer bend’), which a clause like ‘that farmers have long called’ gives it.
#:
#: >>> bool(RE_PLACE_NICKNAME.fullmatch("the herb road")), bool(RE_PLACE_NICKNAME.fullmatch("the road to ruin"))
#: (True, False)
RE_PLACE_NICKNAME = LazyPattern(r"the (?:[\p{Ll}\-]+ ){1,2}(?:" + "|".join(sorted(PLACE_NICKNAME_HEADS)) + r")")

#: A longer name with "the", each word capitalised but the small ones (‘“the Great Wall of Thornby”’,
#: ‘“the Bridge to Nowhere”’): a name as short as four words are, whatever its length up to six.
RE_LONG_DEFINITE_NAME = LazyPattern(r"[Tt]he \p{Lu}[\p{L}\-’']*(?: (?:of|to|in|on|and|the|\p{Lu}[\p{L}\-’']*)){3,4}")

#: A name with "the" (‘“the Wonky”’, ‘“The Settler”’, ‘“la Verlaine”’).
RE_DEFINITE_NAME = LazyPattern(r"(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l) \p{Lu}[\p{Ll}\-’']+(?: \p{Lu}[\p{Ll}\-’']+)?")


def _headline_speaker_after(text: str, sp: Span) -> tuple[regex.Match | None, str]:
    """The speaker a short line's words one says name after them (:data:`RE_HEADLINE_SPEAKER`: ‘“I never
    …”: Mayor Adaeze Nwachukwu on her first year’), and the kind of that mention; on the first line, a
    place's or a team's role instead (:data:`RE_HEADLINE_DESCRIBED_SPEAKER`: ‘‘…’ – Sri Lanka coach after
    series defeat’, the holder of that office the article names below, else as written; w60a). Words
    one says only (‘“I never …”’, ‘‘Farmers will not be forgotten’’), never ‘“Succession”:’.

    >>> t = "‘We were beaten’ – Sri Lanka coach after series defeat"
    >>> sp = Span(1, 15, 0, 16, 0, 0, len(t))
    >>> m, kind = _headline_speaker_after(t, sp); m.group(1), kind
    ('Sri Lanka coach', 'description')
    """
    if sp.close_end is None or sp.open_at != sp.para_start or sp.para_end - sp.para_start > 200 \
            or not (RE_SPOKEN.search(text, sp.start, sp.end) or RE_FINITE_VERB.search(text, sp.start, sp.end)):
        return None, "name"
    named = RE_HEADLINE_SPEAKER.match(text, sp.close_end, sp.para_end)
    if named is None and sp.paragraph == 0 \
            and (described := RE_HEADLINE_DESCRIBED_SPEAKER.match(text, sp.close_end, sp.para_end)) is not None \
            and described.group(2) in ROLE_NOUNS:
        return described, "description"
    return named, "name"


#: A word that joins or denies inside words in marks (‘fair and rigorous’, ‘not safe’): a verdict, never a
#: way of working's name (rv65c).
#:
#: >>> bool(RE_JOINED_VERDICT.search("fair and rigorous")), bool(RE_JOINED_VERDICT.search("calibrated refusal"))
#: (True, False)
RE_JOINED_VERDICT = LazyPattern(r"\b(?:and|or|but|nor|not)\b")


class _Quotation:
    """One quotation with what the steps of :func:`attribute` read of it, made once by
    :func:`_quotation_context`: the document's text, spans, results so far, paragraphs and cast; where the
    quotation's context starts (``lo``) and its sentence before the marks (``b_lo``); the tokens before the
    marks (``before_toks``, a :class:`Lazy`: only some sieves need them), by the mark (``tail_toks``) and
    after (``after_toks``); its words and their shape (``content``, ``bare``, ``short_name``,
    ``title_case``, …); and the labels and cues around it (``label``, ``headline``, ``topic``, …)."""

    # (a plain class with slots, filled by :func:`_quotation_context`, not a dataclass: making a dataclass of
    # this many fields, at import, cost more than all its quotations' steps; each step reads the fields it
    # needs into locals one by one, so its rules read as they always did, and a tuple unpacking cost more)
    __slots__ = ('text', 'sp', 'idx', 'spans', 'paras', 'results', 'cast', 'known', 'lo', 'b_lo',
                 'before_toks', 'tail_toks', 'same_sentence_as_prev', 'a_hi', 'nxt', 'headline_said',
                 'content', 'content_words', 'bare', 'bare_s', 'bare_title', 'short_name', 'title_case',
                 'definite_name', 'b_text', 'mixed', 'label', 'after_toks', 'a_ends', 'last',
                 'closes_sentence', 'headline', 'headline_kind', 'topic', 'label_above')

    text: str
    sp: Span
    idx: int
    spans: list[Span]
    paras: list[tuple[int, int]]
    results: list[tuple[Span, Found | None, str]]
    cast: Cast
    known: Callable[[str], bool]  # (:meth:`Cast.knows_subject`)
    lo: int
    b_lo: int
    before_toks: Lazy
    tail_toks: list
    same_sentence_as_prev: bool
    a_hi: int
    nxt: int
    headline_said: Found | None
    content: str
    content_words: list[str]
    bare: str
    bare_s: str
    bare_title: bool
    short_name: bool
    title_case: bool
    definite_name: bool
    b_text: str
    mixed: bool
    label: regex.Match | None
    after_toks: list
    a_ends: list[int] | None
    last: str
    closes_sentence: bool
    headline: regex.Match | None
    headline_kind: str
    topic: bool
    label_above: bool


def _quotation_context(text: str, sp: Span, idx: int, spans: list[Span], paras: list[tuple[int, int]],
                       results: list[tuple[Span, Found | None, str]], cast: Cast, known: Callable[[str], bool],
                       los: list[int], next_real: list[int]) -> _Quotation:
    """Where quotation ``idx``'s context starts (appended to ``los``), its sentence before the marks (past a
    dateline or a semicolon's clause), its tokens before, by and after the marks, its words' shape (a short
    name, Title Case, a name with "the") and the labels, headlines and topics around it: all the later
    steps read, computed once, in the order :func:`attribute` always computed them."""
    lo = sp.para_start
    if idx > 0 and spans[idx - 1].paragraph == sp.paragraph and (close_end := spans[idx - 1].close_end):
        lo = close_end
        if results[idx - 1][2] == "scare":  # a title or scare quote before is part of the sentence
            lo = los[idx - 1]
        elif text.endswith(":", 0, sp.open_at - 1) or text.endswith(": ", 0, sp.open_at):
            if _word_in_marks_inside(text, spans[idx - 1], sp.open_at):
                lo = los[idx - 1]  # (and a word or two in marks inside the sentence that a colon closes:
                # ‘Holloway, long called the most “independent” senator, replied with a post of her own: “…”’ is
                # the subject's)
    los.append(lo)
    # (the sentence ends within reach only: a paragraph's start may be far back, and each
    # quotation of a long one rescanning it was quadratic)
    scan_lo = max(lo, sp.open_at - CONTEXT_CHARS - 1)
    ends = sentence_ends(text, scan_lo, sp.open_at)
    b_lo = ends[-1] if ends else lo
    capped = b_lo < sp.open_at - CONTEXT_CHARS  # a sentence too long to read whole
    b_lo = max(b_lo, sp.open_at - CONTEXT_CHARS)
    dateline = RE_DATELINE.match(text, b_lo, sp.open_at) if b_lo == sp.para_start else None
    if dateline:
        b_lo = dateline.end()
    semi = text.rfind("; ", b_lo, sp.open_at)
    if semi >= 0 and len(after_semi := text[semi + 2:sp.open_at].split()) >= 3 and _opens_clause(after_semi[0]):
        b_lo = semi + 2  # a clause with a subject of its own after a semicolon: ‘… on the Middle East;
        # Harcourt-Mills shot back that …’ (never ‘Mr. Trump suggested …; clashed with …; and posted …’)
    before_toks = Lazy(lambda: tokenize(text, b_lo, sp.open_at))  # (only some sieves need them)
    tail_lo = max(b_lo, sp.open_at - 30)  # the words by the mark (a short sentence's are all of them:
    # its tokens, made once)
    tail_toks = before_toks() if tail_lo == b_lo else tokenize(text, tail_lo, sp.open_at)
    # (a quotation that ended with its sentence's full stop ended the sentence too)
    same_sentence_as_prev = not ends and scan_lo == lo != sp.para_start and text[spans[idx - 1].end - 1] not in ".!?"
    # after: to the end of the sentence, the next quotation or the paragraph
    a_hi = sp.para_end
    nxt = next_real[idx + 1] if idx + 1 < len(spans) else len(spans)
    # (‘…,” said manager Sean “Dyche” Callaghan.’: a nickname is part of the words after)
    if nxt < len(spans) and spans[nxt].paragraph == sp.paragraph:
        a_hi = spans[nxt].open_at
    headline_said = _headline_source(text, sp)  # (a headline's source named at its end: no scare quote)
    # (but ‘was called “a disaster” by Jones’ quotes Jones)
    content = text[sp.start:sp.end]
    content_words = content.split()  # (its words, split once: several tests count them)
    # (the words without a closing comma or stop, and whether they are a title, read once: many tests ask)
    bare, bare_s = content.rstrip(",."), content.rstrip(",. ")
    bare_title = is_title(bare)
    short_name = (len(content_words) <= 4 or RE_LONG_DEFINITE_NAME.fullmatch(bare_s) is not None) \
        and bare_s[-1:] not in "!?" and not text.startswith((" the ", " a ", " an "), sp.close_end or sp.end)
    title_case = short_name and content[:1].isupper() and all(
        w[:1].isupper() for w in bare_s.split() if len(w) > 2 and w not in TITLE_SMALL_WORDS)
    # (a name the marks' words are, used before a noun, with no one speaking: ‘in “Sport” mode’, ‘its
    # “Campus” loafer’; but ‘Trump cited “Obama-Clinton” policies’ quotes him)
    definite_name = short_name and RE_DEFINITE_NAME.fullmatch(bare) is not None
    # (nor words a person called by a place speaks: ‘“Tough one,” the Gatineau native said’)
    b_text = text[b_lo:sp.open_at]
    b_text = b_text[(m.end() if (m := RE_DATELINE.match(b_text)) else 0):].strip()
    mixed = bool(b_text) and not b_text.endswith(":") and not capped
    label = RE_SPEAKER_LABEL.match(text, sp.start, sp.end)
    after_toks = []
    if sp.close_end is not None:
        a_hi = min(a_hi, sp.close_end + AFTER_CHARS)  # (a bounded stretch, whatever the paragraph)
        a_ends = sentence_ends(text, sp.close_end, a_hi)
        after_toks = tokenize(text, sp.close_end, a_ends[0] if a_ends else a_hi)
    # a quotation that ends its sentence (‘…done.” Smith then…’) belongs first to the
    # sentence it closes; otherwise the cue right after it is the surest
    # the quotation's last punctuation, inside an inner quotation that ends it (‘…, 'Just hold
    # on to the ball,'" the 22-year-old said’)
    last = text[sp.end - 2] if text[sp.end - 1] in "'’" and sp.end - 2 > sp.start and text[sp.end - 2] in ",.?!" \
        else text[sp.end - 1]
    closes_sentence = last == "." and bool(after_toks) and after_toks[0].capitalized
    headline, headline_kind = _headline_speaker_after(text, sp)
    topic = sp.open_at > sp.para_start and _topic_label(text, sp.para_start, sp.open_at)
    label_above = sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
        and _topic_label(text, *paras[sp.paragraph - 1])  # (the label on a line of its own)
    # (made without a call of the class: calling a class runs its __init__ the slow way, at each quotation)
    q = object.__new__(_Quotation)
    (q.text, q.sp, q.idx, q.spans, q.paras, q.results, q.cast, q.known, q.lo,
     q.b_lo, q.before_toks, q.tail_toks, q.same_sentence_as_prev, q.a_hi, q.nxt,
     q.headline_said, q.content, q.content_words, q.bare, q.bare_s, q.bare_title,
     q.short_name, q.title_case, q.definite_name, q.b_text, q.mixed, q.label,
     q.after_toks, q.a_ends, q.last, q.closes_sentence, q.headline, q.headline_kind,
     q.topic, q.label_above) = (
        text, sp, idx, spans, paras, results, cast, known, lo, b_lo, before_toks, tail_toks,
        same_sentence_as_prev, a_hi, nxt, headline_said, content, content_words, bare, bare_s, bare_title,
        short_name, title_case, definite_name, b_text, mixed, label, after_toks,
        a_ends if sp.close_end is not None else None, last, closes_sentence, headline, headline_kind,
        topic, label_above)
    return q


def _title_context(c: _Quotation, names_given: set[str]) -> bool:
    """Whether the quotation is a title, a name or a term by its context (the long ``title_ctx`` test and the
    adjustments after it), noting in ``names_given`` the names in Title Case it makes names."""
    text = c.text
    sp = c.sp
    b_lo = c.b_lo
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    headline_said = c.headline_said
    content = c.content
    bare = c.bare
    bare_title = c.bare_title
    short_name = c.short_name
    title_case = c.title_case
    definite_name = c.definite_name
    # (is_title_context reads its crew_judged only with short_name and the marks opening with "the" or
    # holding a definite name, so that test gates it below: the sentence after the marks is tokenized
    # for a speaker only then; its joined only with short_name too, so no long quotation is searched for it)
    title_ctx = (title_case and sp.close_end is not None and content[-1:].isalnum() and _attributive(text, sp.close_end)
                 and (not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in before_toks())
                      or _thing_owner(tail_toks))) \
        or (short_name and sp.close_end is not None and _attributive(text, sp.close_end) and _refer_to_as_article(tail_toks)) \
        or (short_name and (_rating_lead(tail_toks, content) or _scale_grade(text, sp, content, before_toks))) \
        or (title_case and _defined_term(text, sp)) \
        or (short_name and _rating_before_noun(text, sp, content)) \
        or (is_title(content, full_stop=True, subtitle=True) and _work_lead(tail_toks)) \
        or (_honoured_or_aired_lead(tail_toks) and (is_title(_without_prepositions(content), full_stop=True)
                                                    or _title_word(content))) \
        or (title_case and _named_day(content) and not _speech_after(text, sp)
            and not text[b_lo:sp.open_at].rstrip().endswith(":")
            and not any(t.word in ("said", "says", "told", "replied", "answered") for t in tail_toks)) \
        or (title_case and _title_again(text, sp.open_at, content) and sp.close_end is not None
            and ((content.endswith(".") and text[sp.close_end:sp.close_end + 2].strip()[:1].isupper())
                 or not _speech_after(text, sp))) \
        or (_programme_name(content) and _told_broadcaster_lead(tail_toks)) \
        or (short_name and _defined_or_mocked(text, sp, content, tail_toks)) \
        or _foreign_work_title(content, tail_toks) \
        or (title_case and not text[b_lo:sp.open_at].strip() and _nickname_identified(text, sp, content)) \
        or _known_only_as(text, sp, content, tail_toks) or _named_in_house(text, sp, content, tail_toks) \
        or _venue_titled_aside(text, sp, content, tail_toks) \
        or (RE_DEFINITE_NAME.fullmatch(bare) is not None and _crew_calls_person(before_toks())
            and not _speaker_set_off_after(text, sp) and not _speech_after(text, sp)
            and RE_SUPERLATIVE_THE.match(content) is None) \
        or _dated_or_vessel_title(text, sp, content, tail_toks, title_case, before_toks) \
        or (title_case and _named_measure(content, tail_toks, text[sp.close_end:sp.close_end + 1] if sp.close_end else "")
            and not _coined_measure(content, tail_toks)) \
        or (_status_term(content, tail_toks, before_toks, sp.close_end is not None and _attributive(text, sp.close_end))
            and not _speech_later(text, sp)) or _screen_message(tail_toks, before_toks) \
        or _voted_name(content, tail_toks, title_case) or _told_programme(text, sp, content, tail_toks) \
        or _code_named(content, tail_toks) \
        or _work_set_off_before(text, sp, content, tail_toks, before_toks) \
        or (sp.close_end is not None and bare_title and _work_set_off(text, sp.close_end)
            and not any(t.word in SPEECH_VERBS for t in after_work_toks(text, sp))) \
        or is_title_context(
            tail_toks, before_toks, short_name, title_case,
            short_name and _nickname_like(content), RE_HANDLE.fullmatch(bare) is not None,
            bare.isalpha(), definite_name,
            text[max(0, sp.open_at - 200):sp.open_at],
            short_name and RE_PLACE_NICKNAME.fullmatch(bare) is not None,
            content.startswith("the "), crew_judged=short_name and (content.startswith("the ") or definite_name) and (
                _speaker_set_off_after(text, sp) or (
                    content.rstrip().endswith(",") and sp.close_end is not None and _speech_after(text, sp))
                or RE_SUPERLATIVE_THE.match(content) is not None),
            joined=short_name and RE_JOINED_VERDICT.search(content) is not None,
            bare_term=short_name and bare[:1].islower() and len(bare.split()) <= 3
            and bare.replace(" ", "").replace("-", "").isalpha() and bare.split()[0] not in BARE_TERM_NOT_FIRST,
            said_after=sp.close_end is not None and content.rstrip()[-1:] not in ".!?" and _slogan_named(tail_toks)
            and _speech_after(text, sp)) and not (
            sp.close_end is not None and text.startswith(" by ", sp.close_end)
            and not any(t.word in NAMING_VERBS or t.word in CLASSING_VERBS or t.word == "name" for t in tail_toks[-2:]))
    # (never ‘nicknamed “Vinnie” by fans’: what one is nicknamed by others is a name)
    if not title_ctx and short_name and sp.close_end is not None and text.startswith(" by ", sp.close_end) \
            and len(tail_toks) >= 3 and tail_toks[-1].word == "as" and tail_toks[-2].word in CLASSING_VERBS \
            and tail_toks[-3].text.isalpha() and tail_toks[-3].text.islower() and tail_toks[-3].word not in PRONOUNS:
        title_ctx = True  # a category a body gives, its agent after the marks: the participle is passive
        # (‘a level classed as “hazardous” by the agency’, w76a); never ‘he classified it as “…”’
    if title_ctx and _name_means_lead(tail_toks) and sp.close_end is not None and _speech_after(text, sp):
        title_ctx = False  # (what a name means to one who is quoted saying so: ‘the name meant “a place of
        # gold,” said historian Kofi Boateng’)
    if title_ctx and _classed_as(tail_toks) and sp.close_end is not None and (
            content.lower().startswith(("a ", "an ", "the ")) or _speech_after(text, sp)):
        title_ctx = False  # (a judgment one names after it: ‘classed as “a masterpiece of restraint”, critic X wrote’)
    title_ctx = title_ctx and headline_said is None and not (
        sp.close_end is not None and _place_epithet_after(text, sp.close_end, sp.para_end) is not None)
    if title_case and bare in names_given and not title_ctx and text[b_lo:sp.open_at].strip() \
            and sp.close_end is not None and (text[sp.close_end:sp.close_end + 1] not in ",."
                                              or (tail_toks and tail_toks[-1].word == "the")):
        title_ctx = True  # a name given before, named again inside a sentence: ‘a lager called “Second Alarm”
        # …. Sales from “Second Alarm” will go to the fund, she said’ (never words set off by a comma)
    if title_ctx and title_case and tail_toks and tail_toks[-1].word in VESSEL_NOUNS:
        names_given.add(bare)  # (a vessel's name, named again: ‘one of the men rescued from
        # the “Silver Tide”, Ian Ross, said’)
    if title_ctx and title_case and any(t.word in NAMING_VERBS or t.word in CALL_VERBS or t.word in ("name", "calls")
                                        for t in tail_toks[-3:]):
        names_given.add(bare)  # (a name given by naming it: ‘called’, ‘named’, ‘the brand name’)
    return title_ctx
