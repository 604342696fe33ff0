"""Searching the quote index: ranked search, everything one speaker said, sources, one quote.

Queries use whoosh's language (phrases, AND/OR/NOT, ``speaker:``, wildcards) over the quote
fields, ranked by whoosh's BM25F. Filters are added as ``And`` with term queries, which whoosh
intersects faster than a ``filter=`` set. The quote text is indexed without positions (see
:mod:`quotesearch.index`): the query classes of :mod:`quotesearch.queries` keep a search over a
million quotes from reading whole posting lists.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import regex
from whoosh import fields as wfields
from whoosh.qparser import QueryParser
from whoosh.query import And, Or, Query, Term, TermRange

from quotesearch import roster
from quotesearch.analysis import RE_WORD, normalize, terms
from quotesearch.errors import QuotesearchError
from quotesearch.index import (ID_PREFIX, counts, doc_meta, doc_quotes, doc_text, make_schema, open_index,
                               quote_from_record, quote_location)
from quotesearch.model import Quote
from quotesearch.queries import BlockAnd, QuoteWeighting, _BisectingPostings, pair_phrases
from quotesearch.speakerqueries import SpeakerTop
from quotesearch.quote_spans import unwrapped

#: Fields a query may name (``speaker:Pistorius``); the first is the default.
QUERY_FIELDS = ("text", "speaker", "role", "kind", "cue", "outlet", "date")

#: A quote id or a prefix of one.
RE_QUOTE_ID = regex.compile(r"[0-9a-f]{6,16}")

KINDS = ("direct", "mixed", "scare", "indirect")



#: A speaker is checked in its column while it has at least this fraction of the query's quotes
#: (see :meth:`QuoteIndex._speaker_in_column`).
SPEAKER_LEAD_RATIO = 12

#: Documents (metadata and text) a :class:`QuoteIndex` keeps at hand.
DOC_CACHE = 2048


class QueryError(QuotesearchError):
    pass


@dataclass(frozen=True)
class Filters:
    """Restrictions shared by ``search`` and ``said``."""

    speaker: str | None = None
    source: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Hit:
    """One quote found, with its document's metadata, score and the spans of matched words."""

    quote: Quote
    doc: dict
    score: float | None = None
    highlights: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        d = self.quote.to_dict()
        d.update({"path": self.doc.get("path"), "title": self.doc.get("title"),
                  "outlet": self.doc.get("outlet"), "published": self.doc.get("published")})
        if self.score is not None:
            d["score"] = round(self.score, 4)
        return d


def _parser_schema() -> wfields.Schema:
    full = make_schema()
    return wfields.Schema(**{name: full[name] for name in QUERY_FIELDS})


#: ``field:`` in a query, outside its quoted phrases and terms (never the scheme of an address,
#: ``https://``, nor a time, ``10:30``).
RE_FIELD = regex.compile(r'"[^"]*"|\'[^\']*\'|(?<![\w.])(\w*[^\W\d]\w*):(?!//)(\S?)')


def _check_fields(text: str) -> None:
    """Every ``field:word`` of a query is one quotes are searched by, and a field has a word
    after it: whoosh would search an unknown one as words and find nothing without saying why.
    A word and a colon before a space is text ("Trump: we will").

    >>> _check_fields('review plan: 1 "a:b" speaker:lee 10:30')
    >>> _check_fields("Speaker:doe")
    Traceback (most recent call last):
    quotesearch.search.QueryError: quotes have no field 'Speaker' (did you mean speaker:?)
    """
    for m in RE_FIELD.finditer(text):
        name, after = m.group(1), m.group(2)
        if name is None:
            continue
        if name not in QUERY_FIELDS:
            if not after or after.isspace():
                continue
            if name.lower() in QUERY_FIELDS:
                raise QueryError(f"quotes have no field {name!r} (did you mean {name.lower()}:?)")
            hint = "; --source finds a document by title or path" if name in ("title", "path", "source", "doc") else ""
            raise QueryError(f"quotes have no field {name!r}: search {', '.join(f + ':' for f in QUERY_FIELDS)}{hint}")
        if not after or after in ")":
            raise QueryError(f"{name}: needs a word after it, e.g. {name}:{'pistorius' if name == 'speaker' else 'word'}")


#: A date as --since and --until take it: YYYY, YYYY-MM or YYYY-MM-DD.
RE_DATE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_date(value: str) -> bool:
    """Whether ``value`` is YYYY, YYYY-MM or YYYY-MM-DD and in the calendar.

    >>> is_date("2024-02-29"), is_date("2025-02-30"), is_date("2025-13"), is_date("yesterday")
    (True, False, False, False)
    """
    m = RE_DATE.fullmatch(value)
    if m is None:
        return False
    try:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def check_date(value: str | None, option: str) -> str | None:
    """``value`` if it is None or a date as :func:`is_date` takes it; else a QueryError naming
    ``option``."""
    if value is None:
        return None
    if not is_date(value):
        raise QueryError(f"{option} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return value


class QuoteIndex:
    """An open index: one searcher, reused across calls; close it (or use ``with``)."""

    def __init__(self, folder: Path | str):
        self.folder = Path(folder)
        self.ix = open_index(self.folder)
        self.searcher = self.ix.searcher(weighting=QuoteWeighting())
        self._parser = QueryParser("text", _parser_schema())
        self._docs: dict[str, tuple[dict, str | None, tuple]] = {}
        self._speakers: list[roster.Speaker] | None = None
        self._by_name: dict[str, list[roster.Speaker]] | None = None
        reader = self.searcher.reader()
        self._locations = reader.column_reader("loc") if reader.has_column("loc") else None
        for leaf, _ in reader.leaf_readers():
            terms = getattr(leaf, "_terms", None)
            if terms is not None and hasattr(terms, "_codec"):
                terms._codec = _BisectingPostings(terms._codec, leaf)

    def close(self):
        self.searcher.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- pieces ------------------------------------------------------------------------------

    @property
    def speakers(self) -> list[roster.Speaker]:
        if self._speakers is None:
            self._speakers = roster.load(self.folder, self.ix)
        return self._speakers

    def speaker(self, name: str) -> roster.Speaker:
        """The one speaker ``name`` means (see :func:`roster.find`), a name or alias of exactly one
        speaker found in a table made once (roster.find folds every alias at each call)."""
        if self._by_name is None:
            self._by_name = {}
            for s in self.speakers:
                for a in dict.fromkeys(roster.key(a) for a in (s.name, *s.names, *s.aliases)):
                    self._by_name.setdefault(a, []).append(s)
        found = self._by_name.get(roster.key(name), ())
        return found[0] if len(found) == 1 else roster.find(self.speakers, name)

    def parse(self, text: str) -> Query:
        if not text or not text.strip():
            raise QueryError("give a query, e.g. quotesearch search \"crystal ball\"")
        _check_fields(text)
        try:
            q = self._parser.parse(text)
        except Exception as exc:  # whoosh raises many kinds on odd input
            raise QueryError(f"cannot read the query {text!r}: {exc}") from None
        return q

    def _document(self, doc_id: str) -> tuple[dict, str | None, tuple]:
        """A document's metadata, text and stored quotes, cached (a bounded number of documents)."""
        got = self._docs.get(doc_id)
        if got is None:
            got = ({"id": doc_id}, None, ())
            # The document's record is among the few records with its id (it and its quotes);
            # intersecting with ``type:doc``, a posting list as long as the corpus, costs more.
            for num in self.searcher.docs_for_query(Term("doc", doc_id)):
                stored = self.searcher.stored_fields(num)
                if isinstance(stored.get("r"), dict):
                    got = (stored["r"], doc_text(stored), doc_quotes(stored))
                    break
            if len(self._docs) >= DOC_CACHE:
                self._docs.clear()
            self._docs[doc_id] = got
        return got

    def document(self, doc_id: str) -> dict:
        """A document's metadata (without its text)."""
        return self._document(doc_id)[0]

    def document_text(self, doc_id: str) -> str | None:
        return self._document(doc_id)[1]

    def source_ids(self, source: str) -> list[str]:
        """Documents a --source value names: a document id, a path, or words of a title."""
        s = self.searcher
        found = []
        for fieldname, value in (("doc", source), ("path", os.path.abspath(source))):
            found += [s.stored_fields(n)["r"]["id"] for n in s.document_numbers(type="doc", **{fieldname: value})]
        if not found and terms(source):
            q = And([Term("type", "doc"), *(Term("title", t) for t in terms(source))])
            found = [s.stored_fields(n)["r"]["id"] for n in s.search(q, limit=None).docs()]
        if not found:
            raise QueryError(f"no indexed source matches {source!r}; `quotesearch sources` lists them")
        return sorted(set(found))

    def restrict(self, q: Query, filters: Filters, limit: int | None = None) -> Query:
        """``q`` and every filter, as one ``And`` (the speaker maybe as a :class:`SpeakerIn`).

        ``limit`` is the number of hits wanted (None: all), which decides how the speaker is
        checked (see :meth:`_speaker_in_column`)."""
        parts = [q]
        keys = self.speaker(filters.speaker).keys if filters.speaker else ()
        if filters.source:
            ids = self.source_ids(filters.source)
            parts.append(Or([Term("doc", i) for i in ids]) if len(ids) > 1 else Term("doc", ids[0]))
        if filters.outlet:
            words = terms(filters.outlet)
            if not words:
                raise QueryError(f"--outlet needs a name, not {filters.outlet!r}")
            parts += [Term("outlet", w) for w in words]
        since, until = check_date(filters.since, "--since"), check_date(filters.until, "--until")
        if since or until:
            parts.append(TermRange("date", since, (until + "-99")[:10] if until else None))
        if filters.kind:
            if filters.kind not in KINDS:
                raise QueryError(f"--kind is one of {', '.join(KINDS)}, not {filters.kind!r}")
            parts.append(Term("kind", filters.kind))
        q = parts[0] if len(parts) == 1 else And(parts)
        if not keys:
            return q
        if self._speaker_in_column(q, keys, limit):
            return SpeakerTop(q, keys, limit)
        speaker = Or([Term("skey", k) for k in keys]) if len(keys) > 1 else Term("skey", keys[0])
        return BlockAnd([*parts, speaker])

    def _speaker_in_column(self, q: Query, keys, limit: int | None) -> bool:
        """Whether to check the speaker in its column (:class:`SpeakerTop`) rather than ``And`` it.

        :class:`SpeakerTop` reads the query's blocks best bound first until none left can place
        a hit among the best ``limit``; a :class:`BlockAnd` reads the speaker's list and, for a
        word much commoner, looks it up in the terms column of the speaker's quotes (about a
        microsecond each, plus scoring every match). Measured on the keyword+speaker queries of
        the 1M benchmark (each query both ways), SpeakerTop is the better unless the query has
        more than :data:`SPEAKER_LEAD_RATIO` times the speaker's quotes (at 4 to 9 times,
        SpeakerTop took 0.5 to 0.9 of the time; at 14 to 18, about the same; at 24 and more,
        1.6 to 4.8 times as long).
        """
        reader = self.searcher.reader()
        if not limit or not reader.has_column("skey"):
            return False
        speaker = sum(reader.doc_frequency("skey", k) for k in keys)
        return speaker * SPEAKER_LEAD_RATIO >= q.estimate_size(reader)

    def hit(self, docnum: int, score=None, words: frozenset = frozenset()) -> Hit | None:
        where = quote_location(self._locations[docnum]) if self._locations is not None else None
        if where is None:
            return None  # a document record, not a quote
        doc_id, number = where
        meta, body, quotes = self._document(doc_id)
        if number >= len(quotes):
            return None  # its document's record is gone (never left so by `index`)
        q = quote_from_record(quotes[number], body or "")
        return Hit(q, meta, score, highlight(q.text, words) if words else ())

    # -- what the commands ask ---------------------------------------------------------------

    def search(self, text: str, filters: Filters = Filters(), limit: int | None = 10) -> list[Hit]:
        """Ranked quotes matching a query (BM25F)."""
        q = self.restrict(pair_phrases(self.parse(text)), filters, limit)
        words = frozenset(t.decode() if isinstance(t, bytes) else t
                          for f, t in q.iter_all_terms() if f == "text")
        try:
            results = self.searcher.search(q, limit=limit)
            scored = [(hit.docnum, hit.score) for hit in results]
        except Exception as exc:
            raise QueryError(f"cannot run the query {text!r}: {exc}") from None
        return [h for num, score in scored if (h := self.hit(num, score, words)) is not None]

    def said(self, name: str, filters: Filters = Filters()) -> tuple[roster.Speaker, list[Hit]]:
        """Everything one speaker said, by date (undated last), source and position."""
        who = self.speaker(name)
        keys = who.keys
        q = Or([Term("skey", k) for k in keys]) if len(keys) > 1 else Term("skey", keys[0])
        q = self.restrict(q, Filters(**{**filters.__dict__, "speaker": None}))
        hits = [h for num in self.searcher.search(q, limit=None).docs() if (h := self.hit(num))]
        hits.sort(key=lambda h: (h.doc.get("published") is None, h.doc.get("published") or "",
                                 h.quote.doc_id, h.quote.start))
        return who, hits

    def sources(self) -> list[dict]:
        """Each document (from the ``dm`` column: no stored text is read), by id."""
        rows = [{"doc_id": m.id, "title": m.title, "outlet": m.outlet, "published": m.published,
                 "quotes": m.quotes, "path": m.path} for m in doc_meta(self.searcher)]
        return sorted(rows, key=lambda r: r["doc_id"])

    def quote(self, quote_id: str) -> Hit:
        """The quote a unique id prefix (6+ hex characters) names."""
        prefix = quote_id.strip().lower()
        if not RE_QUOTE_ID.fullmatch(prefix):
            raise QueryError(f"a quote id is 6 to 16 hex characters (as `search` shows), not {quote_id!r}")
        # The index holds the first digits of each id: read the few quotes sharing them.
        nums = self.searcher.docs_for_query(Term("qp", prefix[:ID_PREFIX]))
        hits = [h for n in nums if (h := self.hit(n)) is not None and h.quote.id.startswith(prefix)]
        if not hits:
            raise QueryError(f"no quote has an id starting with {prefix}")
        hits.sort(key=lambda h: h.quote.id)
        if len(hits) > 1:
            ids = ", ".join(h.quote.id for h in hits[:5])
            raise QueryError(f"{prefix} is the start of {len(hits)} quote ids ({ids}); give more characters")
        return hits[0]

    def show(self, quote_id: str) -> dict:
        """One quote with its paragraph, speaker evidence and source."""
        hit = self.quote(quote_id)
        q = hit.quote
        text = self.document_text(q.doc_id) or ""
        flat = unwrapped(text)  # (a hard-wrapped article's paragraph is its block of lines)
        lo = flat.rfind("\n", 0, q.start) + 1
        hi = flat.find("\n", q.end)
        hi = len(text) if hi < 0 else hi
        out = hit.to_dict()
        out.update({"paragraph_text": text[lo:hi], "paragraph_start": lo,
                    "source": {k: v for k, v in hit.doc.items() if k not in ("speakers", "key")}})
        return out

    def stats(self) -> dict:
        s = self.searcher
        size = _folder_size(self.folder)
        docs, quotes = counts(s)
        return {"index": str(self.folder), "quotes": quotes,
                "documents": docs, "speakers": len(self.speakers),
                "attributed": sum(sp.quotes for sp in self.speakers),
                "segments": len(self.ix._segments()), "bytes": size}


def highlight(text: str, words: frozenset) -> tuple[tuple[int, int], ...]:
    """Character spans of the words of ``text`` whose terms are in ``words``.

    >>> highlight("We wait and see.", frozenset({"wait", "see"}))
    ((3, 7), (12, 15))
    """
    return tuple((m.start(), m.end()) for m in RE_WORD.finditer(text) if normalize(m.group()) in words)


def _folder_size(folder: Path) -> int:
    """The bytes of the files in an index folder; a file or a folder another process removes
    while it is read (a writer's temporary segment) counts for nothing, never an error (the walk
    passes over a folder that vanishes, where rglob failed)."""
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            f = Path(root) / name
            try:
                if f.is_file():
                    total += f.stat().st_size
            except FileNotFoundError:
                continue
    return total
