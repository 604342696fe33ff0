"""Attribution: who said each quotation (placeholder, replaced by the sieves)."""
from __future__ import annotations

from quotesearch.model import Document, Quote, quote_id
from quotesearch.quotes import find_spans


def attribute(doc: Document, *, include_scare: bool = False) -> list[Quote]:
    return [Quote(id=quote_id(doc.id, s.start, s.end), doc_id=doc.id, start=s.start, end=s.end,
                  text=doc.text[s.start:s.end], paragraph=s.paragraph) for s in find_spans(doc.text)]
