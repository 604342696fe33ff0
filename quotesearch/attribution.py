"""Attribution: who said each quotation, found by ordered sieves.

High-precision rules run first (a cue verb right beside the quotation with its speaker, read by
:mod:`quotesearch.cues`), then looser ones (a cue earlier in the sentence, the previous quotation
of the paragraph, the quotation this one continues, the sentence before, a colon at the end of
the previous paragraph). Every decision records its rule, its mention and a confidence. Speech is
told from scare quotes and titles in this stage too, since both need the quotation's sentence
(:mod:`quotesearch.titles`, :mod:`quotesearch.terms`, :mod:`quotesearch.nicknames`).

The helpers of :func:`attribute` live in modules by what they decide: :mod:`quotesearch.labels`,
:mod:`quotesearch.titles`, :mod:`quotesearch.nicknames`, :mod:`quotesearch.messages`,
:mod:`quotesearch.terms`, :mod:`quotesearch.introductions`, :mod:`quotesearch.bodies`,
:mod:`quotesearch.statements`, :mod:`quotesearch.clauses`, :mod:`quotesearch.epithets`,
:mod:`quotesearch.relations`, :mod:`quotesearch.writers`, :mod:`quotesearch.interviews`,
:mod:`quotesearch.questions`, :mod:`quotesearch.headlines`, :mod:`quotesearch.subjects`,
:mod:`quotesearch.ledes`, :mod:`quotesearch.continuation`. Each quotation's context is made in
:mod:`quotesearch.quotation_context`, its speaker sieves run in :mod:`quotesearch.speaker_sieves` and its last
scare and kind decisions in :mod:`quotesearch.scare_decisions`; whom a mention, a document or a description
found at a cue stands for is read in :mod:`quotesearch.speaker_mentions`,
:mod:`quotesearch.document_speakers` and :mod:`quotesearch.described_speakers`.
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found
from quotesearch.model import Document, Quote
from quotesearch.quotes import find_spans, judged_headline_verdict, recased_headline_quote
from quotesearch.quote_spans import Span, paragraphs, unwrapped
from quotesearch.speakers import Cast
from quotesearch.continuation import _inherit
from quotesearch.headlines import _headline_label_said_by_one
from quotesearch.remark_blocks import _remark_blocks
from quotesearch.interviews import _accounts_given, _transcript_turns
from quotesearch.named_things import _scare_term_again
from quotesearch.heading_single_echoes import heading_single_said_again
from quotesearch.material_makers import _claim_made_by
from quotesearch.quote_kinds import _inside_a_name
from quotesearch.writers import _quote
from quotesearch.quotation_context import _quotation_context, _title_context
from quotesearch.scare_decisions import _quote_kind, _scare_decision
from quotesearch.speaker_sieves import (
    _clause_speaker, _cue_speaker, _heading_or_line_speaker, _message_speaker, _own_or_another_speaker,
    _reported_speaker, _resolve_speaker,
)


def attribute(doc: Document, *, include_scare: bool = False) -> list[Quote]:
    """The quotes of a document with their speakers, in text order.

    Each quotation in turn: its context (:func:`_quotation_context`), whether it is a title or a term by
    that context (:func:`_title_context`), the speaker sieves in order (:func:`_cue_speaker` to
    :func:`_heading_or_line_speaker`), whether it is a scare quote after all (:func:`_scare_decision`),
    who its speaker's mention stands for (:func:`_resolve_speaker`) and its kind (:func:`_quote_kind`);
    then the passes over all of them (inherited speakers, transcripts, accounts, claims, denied claims)."""
    lines = paragraphs(doc.text)
    text = unwrapped(doc.text, lines)  # (the quotes' own text is the document's, line breaks and all)
    paras = lines if text is doc.text else paragraphs(text)
    spans = find_spans(text, paras)
    if not spans:
        return []
    cast = Cast(text, paras=paras)
    cast.quoted = [(sp.start, sp.end) for sp in spans]
    known = cast.knows_subject  # (a surname, or a company's short form: ‘Veltrix did not say …’)
    results: list[tuple[Span, Found | None, str]] = []
    denied_claims: set[int] = set()  # (quotations of a claim denied: no speaker, in the end)
    los: list[int] = []  # where each quotation's context starts
    terms: list[bool] = []  # whether each quotation is a term of a list of terms
    names_given: set[str] = set()  # names in title case the context made names (‘a lager called “Second Alarm”’)
    # for each quotation, the first at or after it that is no nickname inside a name (one pass)
    next_real = [len(spans)] * (len(spans) + 1)
    for k in range(len(spans) - 1, -1, -1):
        next_real[k] = next_real[k + 1] if _inside_a_name(text, spans[k]) else k
    # (a Title Case headline's words the body quotes again in its own case: speech, never a title;
    # the body's speaker is given them after, :func:`_inherit`)
    recased = {k for k, sp in enumerate(spans) if sp.paragraph == 0 and recased_headline_quote(text, paras, sp, spans)}
    # (a headline's verdict the body gives again as a speaker's: speech, never a term before its noun)
    judged = {k for k, sp in enumerate(spans) if sp.paragraph == 0 and judged_headline_verdict(text, paras, sp, spans)}
    for idx, sp in enumerate(spans):
        # remember the people named before this quotation
        cast.position = sp.open_at
        c = _quotation_context(text, sp, idx, spans, paras, results, cast, known, los, next_real)
        title_ctx = _title_context(c, names_given)
        found = _cue_speaker(c, title_ctx)
        found = _reported_speaker(c, found, title_ctx)
        found = _clause_speaker(c, found, title_ctx, denied_claims)
        found, sender = _message_speaker(c, found, title_ctx)
        found = _own_or_another_speaker(c, found, title_ctx)
        found = _heading_or_line_speaker(c, found, title_ctx)
        scare, found = _scare_decision(c, found, title_ctx, terms, judged)
        found = _resolve_speaker(c, found, sender)
        found, kind = _quote_kind(c, found, scare, recased)
        results.append((sp, found, kind))
    _inherit(text, spans, results, cast, paras)
    _remark_blocks(text, spans, results, cast, paras)  # (a block of remarks over paragraphs, no cue in it)
    _transcript_turns(text, spans, results, cast, paras)
    _accounts_given(text, spans, results, cast, paras)
    _claim_made_by(text, spans, results, cast, paras)
    _headline_label_said_by_one(text, results)  # (once a block of remarks or a transcript's turns have given
    # the body's quotations their speakers: ‘Judge’s sentencing remarks: ‘You took their savings’’)
    for i in denied_claims:
        results[i] = (results[i][0], None, results[i][2])
    _scare_term_again(text, results)  # (‘This is “economic anxiety” as a delivery mechanism’, after a term)
    results = heading_single_said_again(text, paras, results)  # (a heading's words in single marks left out,
    # one named speaker's in the body)
    quotes = []
    for sp, found, kind in results:
        if kind == "scare" and not include_scare:
            continue
        quotes.append(_quote(doc, sp, found, kind, cast))
    return quotes
