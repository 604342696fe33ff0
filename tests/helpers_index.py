"""Helpers for the index tests: documents with hand-made quotes (no parser involved)."""
from __future__ import annotations

from quotesearch import index
from quotesearch.model import Document, Quote, quote_id


def article(doc_id: str, paragraphs: list[tuple[str, str | None, str | None]], **meta) -> index.Item:
    """A document of quote paragraphs ``“text” said Speaker.``; each (text, speaker, role) is a quote."""
    parts, quotes, pos = [], [], 0
    for i, (text, speaker, role) in enumerate(paragraphs):
        para = f"“{text}” said {speaker or 'someone'}.\n"
        start, end = pos + 1, pos + 1 + len(text)
        quotes.append(Quote(id=quote_id(doc_id, start, end), doc_id=doc_id, start=start, end=end, text=text,
                            speaker=speaker, speaker_mention=speaker.split()[-1] if speaker else None,
                            role=role, cue="said", paragraph=i, confidence=0.9,
                            evidence={"rule": "cue-after", "mention": speaker}))
        parts.append(para)
        pos += len(para)
    doc = Document.from_text("".join(parts), id=doc_id, **meta)
    return index.Item(document=doc, quotes=tuple(quotes))


def corpus(n_docs: int, quotes_per_doc: int = 5, prefix: str = "doc") -> list[index.Item]:
    """``n_docs`` documents of ``quotes_per_doc`` quotes by a few speakers."""
    people = [("Boris Pistorius", "defense minister"), ("Rustem Umerov", None), ("Jane Smith", "analyst")]
    return [article(f"{prefix}{d:05d}", [(f"Statement {q} of {prefix} {d} about peace talks and wheat",
                                          *people[(d + q) % len(people)]) for q in range(quotes_per_doc)],
                    outlet="Example Wire", published=f"2025-01-{d % 28 + 1:02d}")
            for d in range(n_docs)]
