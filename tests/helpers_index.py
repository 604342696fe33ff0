"""Helpers for the index tests: documents with hand-made quotes (no parser involved)."""
from __future__ import annotations

from whoosh import fields, index as whoosh_index

from quotesearch import index, indexing
from quotesearch.analysis import Words
from quotesearch.model import Document, Quote, quote_id


def article(doc_id: str, paragraphs: list[tuple[str, str | None, str | None]], **meta) -> indexing.Item:
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
    return indexing.Item(document=doc, quotes=tuple(quotes))


def corpus(n_docs: int, quotes_per_doc: int = 5, prefix: str = "doc") -> list[indexing.Item]:
    """``n_docs`` documents of ``quotes_per_doc`` quotes by a few speakers."""
    people = [("Boris Pistorius", "defense minister"), ("Rustem Umerov", None), ("Jane Smith", "analyst")]
    return [article(f"{prefix}{d:05d}", [(f"Statement {q} of {prefix} {d} about peace talks and wheat",
                                          *people[(d + q) % len(people)]) for q in range(quotes_per_doc)],
                    outlet="Example Wire", published=f"2025-01-{d % 28 + 1:02d}")
            for d in range(n_docs)]


class TermsWithPositions(Words):
    """A quote text given as its index terms, kept with positions (the text field of a twin)."""

    def index(self, value, **kwargs):
        found: dict[str, list[int]] = {}
        for pos, term in enumerate(value):
            found.setdefault(term, []).append(pos)
        for term, positions in found.items():
            yield term.encode("utf-8"), len(positions), float(len(positions)), self.format.encode(positions)


def positional_twin(folder, out):
    """A plain whoosh index (whoosh's own writer, one segment) of the quote texts and speaker keys
    of the index at ``folder``, record for record, its text with positions: whoosh's own
    ``Phrase``, ``And`` and BM25F ranking, numbered and scored as the index is, to compare with."""
    schema = fields.Schema(text=TermsWithPositions(), skey=fields.ID)
    twin = whoosh_index.create_in(str(out), schema)
    with index.open_index(folder).reader() as r, twin.writer() as w:
        tt, skey = r.column_reader("tt", translate=False), r.column_reader("skey", translate=False)
        for n in range(r.doc_count_all()):
            key = skey[n].decode("utf-8")
            w.add_document(text=tt[n].decode("utf-8").split(), **({"skey": key} if key else {}))
    return twin
