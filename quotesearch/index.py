"""The quote index: what is written (one whoosh record per quote and one per document), where,
and how it is opened, locked and checked; :mod:`quotesearch.indexing` builds it.

Where the index lives is decided by :func:`index_path` alone. Writers take :class:`IndexLock`,
which a killed run never leaves behind; an index of an older schema, or a damaged one, is a
clear error that asks for a rebuild.

Speed comes from these choices: the quote text is indexed without positions (a search reads a
word's ids and frequencies only) and kept, as its terms in order, in a column (``tt``) where a
phrase is checked for the few quotes that can hold it, beside a signature of its pairs and words
(``ps``, see :func:`signature`) that rules most others out; postings are collected in memory and
written a block at a time, as whoosh's own bytes (:mod:`quotesearch.fastwriter`), a term with one posting
inside its term info; a batch numbers its quotes shortest first, so that
block-max BM25 bounds are tight and top-k search skips most blocks of a common word; a quote's
record stores nothing (its values ride in its document's record), and what the manifest and the
roster need of a document is in columns (``dm``, ``sp``), so that they never unpickle its text;
postings are gathered as lists of record numbers and column values a column at a time.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import struct
import time
import zlib
from operator import attrgetter
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, NamedTuple

from whoosh import columns, fields, formats, index as whoosh_index
from whoosh.codec import whoosh3
from whoosh.filedb.filestore import FileStorage
from whoosh.util import random_name

from quotesearch.analysis import RE_WORD, Words, fold, normalize
from quotesearch.errors import QuotesearchError
from quotesearch.model import Document, Quote

#: Where whoosh deflates a posting block (its own constant; whoosh 2.7, which reads these indexes
#: too when it unpickles their schema, has none and uses the same 80 bytes).
COMPRESSION_MIN_SIZE = getattr(whoosh3, "COMPRESSION_MIN_SIZE", 80)

#: Bumped whenever the schema or the stored shapes change; an older index must be rebuilt.
#: 2: a quote's record leaves out its text (its document's text holds it, at start:end).
#: 3: a quote's values are stored in its document's record; a quote's record keeps only where
#: they are (document id, number) in a column, and indexes the first digits of its id; the
#: speaker key is a column too.
#: 4: adjacent pairs of common words are indexed as terms (field ``pairs``).
#: 5: the quote text is indexed without positions; its terms, in order, are the column ``tt``.
#: 6: a signature of each quote's adjacent pairs of terms, the column ``ps``.
#: 7: the signature holds the quote's terms too.
#: 8: a document's key, id and SHA-256 are the column ``dm``, its speakers the column ``sp``
#: (see :func:`doc_meta`), which the manifest and the roster read instead of every document's
#: stored record.
#: 9: ``dm`` holds a document's path, title, outlet, date and number of quotes too, which
#: ``sources`` reads instead of every document's stored record.
#: 10: a quote's speaker code (see :func:`speaker_code`), the column ``sc``.
SCHEMA_VERSION = 10

#: How many leading digits of a quote id are indexed: a look-up by id prefix reads the few quotes
#: that share them (16 at a million quotes) instead of the index keeping one term per quote.
ID_PREFIX = 4

#: Very common English words (function words, the commonest verbs and nouns). Each of them is in
#: a sizeable share of all quotes, so a phrase of two of them ("she was", "would there") makes
#: whoosh intersect two long posting lists and read positions at every quote holding both. The
#: index keeps each adjacent pair of them as one term of the field ``pairs`` (see
#: :func:`common_pairs`): such a phrase reads that short list first.
COMMON_WORDS = frozenset("""
    a about after again all also always an and any are around as at away back be because been
    before being both but by call came can come could day did do does doing done down each even
    ever every few first for from get give go going good got great had has have having he her here
    him his how i if in into is it its just know last least like little long look made make man
    many may me might more most much must my never new no not now of off old on once one only or
    other our out over own part people put really right said same say says see she should since so
    some still such take than that the their them then there these they thing think this those
    three through time to too two under up upon us very want was way we well were what when where
    which while who why will with without work would year years yet you your
""".split())

#: The index terms of :data:`COMMON_WORDS` (stemmed as the text is).
#:
#: >>> sorted(t for t in COMMON_TERMS if t.startswith("wa"))
#: ['wa', 'wai', 'want']
COMMON_TERMS = frozenset(normalize(w) for w in COMMON_WORDS)


def is_pair(a: str, b: str) -> bool:
    """Whether the index keeps the adjacent terms ``a b`` as a ``pairs`` term: both are common.

    (Pairs of a common word with any word were measured at 1M quotes: +390 B per quote, a
    quarter more build time, and no gain in phrase p95.)

    >>> is_pair("wa", "there"), is_pair("wa", "crystal"), is_pair("when", "crystal")
    (True, False, False)
    """
    return a in COMMON_TERMS and b in COMMON_TERMS

#: The file beside whoosh's own that records what wrote the index.
META_FILE = "quotesearch.json"
LOCK_FILE = "quotesearch.lock"
ENV_VAR = "QUOTESEARCH_INDEX"
DEFAULT_DIR = "index"

#: The order of a quote's values as its document's record stores them (other fields follow as a
#: dict). The ``text`` slot is stored empty: the document's stored text holds it (see
#: :func:`quote_from_record`).
QUOTE_KEYS = ("id", "doc_id", "start", "end", "text", "kind", "speaker", "speaker_mention", "role",
              "cue", "paragraph", "confidence", "evidence")


class NoIndexError(QuotesearchError):
    pass


class IndexLockedError(QuotesearchError):
    pass


class SchemaError(QuotesearchError):
    pass


def index_path(option: str | os.PathLike | None = None) -> Path:
    """The one place that decides where the index is: the option, else the environment, else ./index.

    >>> str(index_path("/tmp/x"))
    '/tmp/x'
    """
    return Path(option or os.environ.get(ENV_VAR) or DEFAULT_DIR).expanduser()


def make_schema() -> fields.Schema:
    """One record per document (``type`` doc) and one per quote (no ``type``).

    A document's record stores its metadata, its text and its quotes' values; a quote's record
    stores nothing and keeps (document id, number of the quote in the document) in a column (see
    :func:`quote_location`), so a hit costs one read of its document's record, which it needs
    anyway for the quote's text and the source. Quotes are the many records: each stored record
    costs a pickle and a zlib stream, a column value costs an append.
    """
    return fields.Schema(
        type=fields.ID,                                   # "doc" on documents' records
        qp=fields.ID,                                     # the first ID_PREFIX digits of a quote id
        doc=fields.ID,                                    # document id, on both kinds of record
        path=fields.ID,                                   # the key of a document: its absolute path
        text=QuoteText(),                                 # the quote: ids and frequencies only
        tt=fields.COLUMN(columns.VarBytesColumn()),       # the quote's terms, in order (see terms_value)
        ps=fields.COLUMN(columns.FixedBytesColumn(SIGNATURE_BYTES)),  # its pairs' and words' signature
        pairs=Pairs(),                                    # adjacent common words (COMMON_WORDS)
        speaker=Words(positions=True, scorable=False),    # speaker name and the words used for them
        skey=fields.ID(sortable=True),                    # the speaker's folded canonical name (and column)
        sc=fields.COLUMN(columns.FixedBytesColumn(SPEAKER_CODE_BYTES)),  # its speaker_code
        role=Words(positions=False, scorable=False),
        kind=fields.ID,
        cue=fields.ID,
        outlet=Words(positions=False, scorable=False),
        title=Words(positions=False, scorable=False),     # documents only (for --source)
        date=fields.ID,                                   # YYYY-MM-DD, or absent
        r=fields.STORED,                                  # a document's metadata
        loc=fields.COLUMN(columns.VarBytesColumn()),      # a quote's document id and number
        body=fields.STORED,                               # a document's text (whoosh compresses it)
        qs=fields.STORED,                                 # a document's quotes (see QUOTE_KEYS)
        dm=fields.COLUMN(columns.VarBytesColumn()),       # a document's key, id, sha256, … (JSON)
        sp=fields.COLUMN(columns.VarBytesColumn()),       # a document's speaker_summary (JSON)
    )


# ---------------------------------------------------------------------------------------------
# Records


def default_sources() -> Path:
    """What `quotesearch index` reads when given nothing: ./seeds, else the seeds beside the package."""
    here = Path("seeds")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "seeds"


def speaker_key(name: str | None) -> str | None:
    """The folded form of a canonical speaker name.

    >>> speaker_key("Boris  Pistorius")
    'boris pistorius'
    """
    return " ".join(fold(name).split()) if name else None


#: The size of a quote's speaker code in the ``sc`` column (see :func:`speaker_code`).
SPEAKER_CODE_BYTES = 1


def speaker_code(key: str) -> int:
    """A byte for a speaker key, never 0 (the ``sc`` column's value for a record without a
    speaker): a search restricted to a speaker finds the codes of a block of postings in a few C
    calls, then confirms the key of those that match (a code is shared by one key in 255).

    >>> speaker_code("boris pistorius") == speaker_code("boris pistorius") != speaker_code("rustem umerov")
    True
    """
    return zlib.crc32(key.encode("utf-8")) % 255 + 1


def day(published: str | None) -> str | None:
    """The YYYY-MM-DD day of an ISO date, or None.

    >>> day("2025-06-04T10:00:00Z"), day("June 4"), day(None)
    ('2025-06-04', None, None)
    """
    if published and len(published) >= 10 and published[4] == "-" and published[7] == "-" \
            and published[:4].isdigit():
        return published[:10]
    return None


def doc_key(doc: Document) -> str:
    """What identifies a document across runs: its absolute path (its id for stdin)."""
    if not doc.path or doc.path == "-":
        return doc.id
    return os.path.abspath(doc.path)


#: A quote's values in :data:`QUOTE_KEYS` order (its row).
_QUOTE_ROW = attrgetter(*QUOTE_KEYS)
_ID, _TEXT, _KIND, _SPEAKER, _MENTION, _ROLE, _CUE = (
    QUOTE_KEYS.index(k) for k in ("id", "text", "kind", "speaker", "speaker_mention", "role", "cue"))


def quote_rows(quotes: Iterable[Quote]) -> list[tuple]:
    """Each quote's values in :data:`QUOTE_KEYS` order, then a dict of any other fields it has.

    What a worker is sent of given quotes: a tuple of strings and numbers pickles in a third of
    the time a dataclass does.

    >>> q = Quote(id="ab", doc_id="d", start=1, end=5, text="wait", speaker="Jo Li")
    >>> quote_rows([q])[0][:7]
    ('ab', 'd', 1, 5, 'wait', 'direct', 'Jo Li')
    """
    if not isinstance(quotes, (list, tuple)):
        quotes = list(quotes)
    rows = list(map(_QUOTE_ROW, quotes))
    if rows and len(quotes[0].__dataclass_fields__) > len(QUOTE_KEYS):
        rows = [row + ({k: getattr(q, k) for k in q.__dataclass_fields__ if k not in QUOTE_KEYS},)
                for q, row in zip(quotes, rows)]
    return rows


def stored_values(row: tuple) -> tuple:
    """What a document's record stores of one of its quotes: its row (see :func:`quote_rows`)
    with the text left out (the document's text holds it)."""
    return row[:_TEXT] + (None,) + row[_TEXT + 1:]


def quote_record(doc: Document, row: tuple, number: int, aliases: Iterable[str] = ()) -> dict:
    """The fields of the record of a document's quote number ``number`` (given as its row)."""
    rec = {"qp": row[_ID][:ID_PREFIX], "doc": doc.id, "text": row[_TEXT], "kind": row[_KIND],
           "loc": doc.id.encode("utf-8", "surrogatepass") + b"\0" + str(number).encode()}
    speaker = row[_SPEAKER]
    if speaker:
        mention = row[_MENTION]
        words = [speaker, *(a for a in aliases if a)]
        if mention and mention not in words:
            words.append(mention)
        rec["speaker"] = " ".join(words)
        rec["skey"] = key = speaker_key(speaker)
        rec["sc"] = bytes((speaker_code(key),))
    if row[_ROLE]:
        rec["role"] = row[_ROLE]
    if row[_CUE]:
        rec["cue"] = fold(row[_CUE])
    if doc.outlet:
        rec["outlet"] = doc.outlet
    if d := day(doc.published):
        rec["date"] = d
    return rec


def speaker_summary(rows: Iterable[tuple]) -> list[tuple]:
    """Per speaker of one document's quote rows: (name, mentions, roles, number of quotes)."""
    found: dict[str, tuple[list, list, list]] = {}
    for row in rows:
        speaker = row[_SPEAKER]
        if not speaker:
            continue
        mentions, roles, count = found.setdefault(speaker, ([], [], [0]))
        if row[_MENTION] and row[_MENTION] not in mentions:
            mentions.append(row[_MENTION])
        if row[_ROLE] and row[_ROLE] not in roles:
            roles.append(row[_ROLE])
        count[0] += 1
    return [(name, m, r, c[0]) for name, (m, r, c) in found.items()]


def doc_record(doc: Document, rows: list[tuple]) -> dict:
    """The fields of a document's record, given its quotes' rows (see :func:`quote_rows`)."""
    # doc.to_dict() without its deep copy (dataclasses.asdict): the values are pickled anyway.
    meta = {k: getattr(doc, k) for k in doc.__dataclass_fields__ if k != "text"}
    meta["quotes"] = len(rows)
    meta["key"] = doc_key(doc)
    rec = {"type": "doc", "doc": doc.id, "path": utf8(meta["key"]), "r": meta,
           "body": doc.text, "qs": tuple(map(stored_values, rows)),
           "dm": column_json([meta["key"], doc.id, doc.sha256, doc.path, doc.title, doc.outlet,
                              doc.published, len(rows)]),
           "sp": column_json(speaker_summary(rows))}
    if doc.title:
        rec["title"] = doc.title
    return rec


def column_json(value) -> bytes:
    """What the ``dm`` and ``sp`` columns keep: ASCII JSON (a path's undecodable bytes, kept as
    lone surrogates, survive the trip)."""
    return json.dumps(value).encode("ascii")


class DocMeta(NamedTuple):
    """What the ``dm`` column holds of one indexed document: enough to tell whether its file
    changed, and to list it among the sources."""

    key: str
    id: str
    sha256: str
    path: str | None
    title: str | None
    outlet: str | None
    published: str | None
    quotes: int


def _doc_column(searcher, name: str) -> list:
    """The JSON values of a documents' column (``dm`` or ``sp``), one per document in the index
    (deleted ones left out), in one parse: no stored record (text and all) is read."""
    reader = searcher.reader()
    if not reader.has_column(name):
        return []  # (an index with nothing in it yet: no segment, no column)
    column = reader.column_reader(name)
    values = list(map(column.__getitem__, searcher.document_numbers(type="doc")))
    return json.loads(b"[" + b",".join(values) + b"]")


def doc_meta(searcher) -> list[DocMeta]:
    """The :class:`DocMeta` of each document in the index, from the ``dm`` column.

    >>> DocMeta(*json.loads(column_json(["/a.txt", "a", "9f", "a.txt", "T", None, None, 2])))
    DocMeta(key='/a.txt', id='a', sha256='9f', path='a.txt', title='T', outlet=None, published=None, quotes=2)
    """
    return [DocMeta(*m) for m in _doc_column(searcher, "dm")]


def doc_speakers(searcher) -> list[list]:
    """Each document's :func:`speaker_summary` (lists for tuples), from the ``sp`` column."""
    return _doc_column(searcher, "sp")


def common_pairs(terms: Iterable[str]) -> list[str]:
    """The adjacent pairs of a text's terms the index keeps (:func:`is_pair`), first seen first.

    >>> common_pairs(text_terms("She was there when the crystal ball fell"))
    ['she wa', 'wa there', 'there when', 'when the']
    """
    terms = list(terms)
    common = COMMON_TERMS
    return list(dict.fromkeys([f"{a} {b}" for a, b in zip(terms, terms[1:])
                               if a in common and b in common]))


class Terms(tuple):
    """A text's index terms, in order (see :func:`text_terms`): what :class:`QuoteText` indexes
    as they are, where a string or a list of words is analysed first."""


def text_terms(text: str) -> Terms:
    """The index terms of a quote's text, in order.

    >>> text_terms("We wait and see.")
    ('we', 'wait', 'and', 'see')
    """
    known = _TERM_OF
    words = RE_WORD.findall(text)
    terms = Terms([known.get(w) or _learn(w) for w in words])
    return terms


#: Words seen by :func:`text_terms` and their terms (a worker meets the same words again and
#: again; :func:`normalize` keeps its own cache, this one saves the call).
_TERM_OF: dict[str, str] = {}


def _learn(word: str) -> str:
    if len(_TERM_OF) >= 500_000:
        _TERM_OF.clear()
    term = _TERM_OF[word] = normalize(word)
    return term


def terms_value(terms: Terms) -> bytes:
    """What the ``tt`` column keeps of a quote: its terms, in order, each followed by a space, and
    a space first.

    A phrase of the text is then a run of whole terms, `` wait and ``, found by a substring test
    (see :class:`quotesearch.search.PairPhrase`).

    >>> terms_value(text_terms("We wait, and see"))
    b' we wait and see '
    """
    return f" {' '.join(terms)} ".encode("utf-8")


#: The size of a quote's signature (see :func:`signature`): four 64-bit words.
SIGNATURE_BYTES = 32

#: Of each term seen by :func:`signature`: its crc32 (for pairs) and its two bits as a word.
_TERM_BITS: dict[str, tuple[int, int, int]] = {}


def _term_bits(term: str) -> tuple[int, int, int]:
    if len(_TERM_BITS) >= 500_000:
        _TERM_BITS.clear()
    crc = zlib.crc32(term.encode("utf-8"))
    mixed = (crc * 0x85EBCA6B) & 0xFFFFFFFF
    bits = _TERM_BITS[term] = (crc, 1 << (mixed >> 26), 1 << ((mixed >> 20) & 63))
    return bits


def signature(terms) -> tuple[int, int, int, int]:
    """Four 64-bit words: two with a bit set for each adjacent pair of ``terms`` (one bit in
    each), two with a bit set for each term (likewise). A quote holding a word, or a phrase, has
    every bit of the word's, or the phrase's, signature. Of the quotes a search leads to, about
    one in ten without a phrase's pair (a quote has some 23 pairs), or without a word, passes
    this test, so the ``tt`` column is read for few of them. The bits come from crc32, the same
    in every process.

    >>> a, b = signature(text_terms("we wait and see")), signature(text_terms("wait and"))
    >>> all(x & y == y for x, y in zip(a, b)), signature(())
    (True, (0, 0, 0, 0))
    """
    known = _TERM_BITS
    low = high = tlow = thigh = 0
    previous = None
    for term in terms:
        crc, tbit, hbit = known.get(term) or _term_bits(term)
        tlow |= tbit
        thigh |= hbit
        if previous is not None:
            mixed = (previous * 0x9E3779B1 + crc) & 0xFFFFFFFF
            low |= 1 << (mixed >> 26)
            high |= 1 << ((mixed >> 20) & 63)
        previous = crc
    return low, high, tlow, thigh


def signature_value(words: tuple[int, ...]) -> bytes:
    """The ``ps`` column's bytes of a signature: its words, little-endian."""
    return b"".join(w.to_bytes(8, "little") for w in words)


class QuoteText(Words):
    """The quote text: each term's quotes and frequencies, no positions (whoosh's ``Existence``
    format: a block of postings is ids and weights, cheap to read). Phrases are checked in the
    ``tt`` column instead (see :func:`terms_value`)."""

    def __init__(self):
        super().__init__(positions=False)

    def index(self, value, **kwargs):
        if not isinstance(value, Terms):
            yield from super().index(value, **kwargs)
            return
        for term, freq in Counter(value).items():
            yield term.encode("utf-8"), freq, float(freq), b""


class Pairs(fields.FieldType):
    """A field of whole terms (:func:`common_pairs`), without positions or lengths."""

    def __init__(self):
        self.analyzer = None
        self.format = formats.Existence()
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.set_sortable(False)

    def index(self, value, **kwargs):
        for term in dict.fromkeys(value):
            yield term.encode("utf-8"), 1, 1.0, b""


def quote_location(loc: bytes) -> tuple[str, int] | None:
    """The (document id, number) a quote record's ``loc`` column holds; None on a document's record.

    >>> quote_location(b"doc-1\\x002"), quote_location(b"")
    (('doc-1', 2), None)
    """
    if not loc:
        return None
    doc_id, _, number = loc.rpartition(b"\0")
    return doc_id.decode("utf-8", "surrogatepass"), int(number)


def quote_from_record(stored: tuple, body: str) -> Quote:
    """A quote from its stored values (see :func:`stored_values`), its text cut from its document's
    text ``body``."""
    d = dict(zip(QUOTE_KEYS, stored))
    d["text"] = body[d["start"]:d["end"]]
    if len(stored) > len(QUOTE_KEYS):
        d.update(stored[len(QUOTE_KEYS)])
    return Quote.from_dict(d)


def doc_text(stored_fields: dict) -> str:
    return stored_fields["body"]


def doc_quotes(stored_fields: dict) -> tuple:
    """The stored values of a document's quotes, in the order their records number them."""
    return stored_fields.get("qs") or ()


# ---------------------------------------------------------------------------------------------
# Opening, locking


class _Storage(FileStorage):
    """Every writer gets its own temporary folder (whoosh names them all ``MAIN.tmp``)."""

    def temp_storage(self, name=None):
        return super().temp_storage(f"{random_name()}.tmp")


@dataclass
class IndexLock:
    """An exclusive lock on an index folder; the kernel drops it when its process dies.

    Waits up to ``timeout`` seconds, then raises :class:`IndexLockedError`.
    """

    folder: Path
    timeout: float = 10.0
    _fd: int | None = None

    def __enter__(self):
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NoIndexError(f"cannot make the index folder {self.folder} ({exc.strerror}); "
                               f"give another with --index") from None
        self._fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._fd)
                    self._fd = None
                    raise IndexLockedError(
                        f"another `quotesearch index` is writing to {self.folder} (waited "
                        f"{self.timeout:g} s); try again when it has finished") from None
                time.sleep(0.05)

    def __exit__(self, *exc):
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _read_meta(folder: Path) -> dict | None:
    try:
        return json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_meta(folder: Path, rebuilding: bool = False) -> None:
    tmp = folder / f"{META_FILE}.{os.getpid()}.tmp"
    meta = {"schema_version": SCHEMA_VERSION, "tool": "quotesearch"}
    if rebuilding:
        meta["rebuilding"] = True
    tmp.write_text(json.dumps(meta) + "\n", encoding="utf-8")
    os.replace(tmp, folder / META_FILE)


def exists(folder: Path) -> bool:
    """An index is there (whole or damaged: a table of contents names one)."""
    if not folder.is_dir():
        return False
    try:
        return whoosh_index.exists_in(str(folder))
    except Exception:  # (a table of contents that cannot be read: an index, damaged)
        return True


def _ours(entry: Path, indexed: bool) -> bool:
    """A file or folder an index of ours is made of: whoosh's segments and tables of contents,
    our metadata and lock; in a folder that holds an index, also the speaker cache and the
    temporary folders of writers (names a user's own files may have elsewhere)."""
    name = entry.name
    if name.startswith(("MAIN_", "_MAIN_")) or name in (META_FILE, LOCK_FILE):
        return True
    return indexed and (name == "speakers.json" or (name.endswith(".tmp") and (
        entry.is_dir() or name.startswith((f"{META_FILE}.", "speakers.json.")))))


def _not_a_file(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise NoIndexError(f"{folder} is a file, not an index folder; give a folder with --index")


def check_folder(folder: Path) -> None:
    """Refuse to make an index where it would mix with (or delete) anything else: a file, or a
    folder holding other things than an index (a ``.gitignore`` or a README may stay)."""
    _not_a_file(folder)
    if folder.is_dir() and not exists(folder):
        other = sorted(e.name for e in folder.iterdir()
                       if not _ours(e, False) and not e.name.startswith(".") and not e.name.lower().startswith("readme"))
        if other:
            raise NoIndexError(f"{folder} is not a quotesearch index and holds other files ({', '.join(other[:3])}"
                               f"{', …' if len(other) > 3 else ''}); give an empty or new folder with --index")


def open_index(folder: Path):
    """The index at ``folder``, checked to be one this version can read."""
    folder = Path(folder)
    _not_a_file(folder)
    if not exists(folder):
        raise NoIndexError(f"no index at {folder}; build one with `quotesearch index [PATH...]`")
    meta = _read_meta(folder)
    if not meta or meta.get("schema_version") != SCHEMA_VERSION:
        found = meta.get("schema_version") if meta else "unknown"
        raise SchemaError(f"the index at {folder} was written by another version of quotesearch "
                          f"(schema {found}, this one reads {SCHEMA_VERSION}); "
                          f"run `quotesearch index --rebuild`")
    try:
        return _Storage(str(folder)).open_index(indexclass=_Index)
    except _DAMAGE as exc:
        raise damaged(folder, exc) from exc


#: What reading a damaged index raises (a file missing, cut short or overwritten).
_DAMAGE = (OSError, EOFError, ValueError, TypeError, struct.error, pickle.UnpicklingError, whoosh_index.IndexError)


def damaged(folder, exc: Exception) -> SchemaError:
    return SchemaError(f"the index at {folder} cannot be read ({type(exc).__name__}: {exc}); "
                       f"run `quotesearch index --rebuild`")


class _Index(whoosh_index.FileIndex):
    """A whoosh index whose damage (a segment's file missing or cut short) is one clear error."""

    def reader(self, reuse=None):
        try:
            return super().reader(reuse)
        except _DAMAGE as exc:
            raise damaged(self.storage.folder, exc) from exc


def _create(folder: Path):
    """A new empty index (an old one's files removed first, and nothing else). Call with the
    lock held."""
    folder.mkdir(parents=True, exist_ok=True)
    indexed = exists(folder)
    for entry in folder.iterdir():
        if entry.name == LOCK_FILE or not _ours(entry, indexed):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    ix = _Storage(str(folder)).create_index(make_schema())
    _write_meta(folder)
    return ix


def _opened(folder: Path, rebuild: bool):
    """The index to update (call with the lock held): the one there, or a new one when there is
    none, or when a rebuild finds one it cannot read (another schema, damaged). A rebuild of a
    readable index replaces every document in place, batch by batch, so that readers, and a run
    killed half-way, always find a whole index."""
    if exists(folder):
        try:
            ix = open_index(folder)
            with ix.searcher() as s:
                counts(s)  # (reads every segment's deletions: a damaged one fails here)
        except SchemaError:
            if not rebuild:
                raise
        except _DAMAGE as exc:
            if not rebuild:
                raise damaged(folder, exc) from exc
        else:
            _remove_leftovers(folder)
            return ix
    return _create(folder)


def _keyed(doc: Document) -> Document:
    """Text from stdin is known by its content: each text piped in is a document of its own; a
    file name's undecodable bytes are written as escapes in its id (an index term is UTF-8)."""
    if doc.path in (None, "-") and doc.id == "-":
        return replace(doc, id=f"stdin-{doc.sha256[:12]}")
    if utf8(doc.id) != doc.id:
        return replace(doc, id=utf8(doc.id))
    return doc


def utf8(name: str) -> str:
    r"""``name`` with the undecodable bytes of a file name (lone surrogates) as ``\xff`` escapes.

    >>> utf8("bad" + chr(0xDCFF) + "name.txt")
    'bad\\xffname.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _file_exists(key: str) -> bool:
    """The file a document key names still exists (``FILE:LINE`` for a JSON Lines record; a
    key that is no path, stdin's, always does)."""
    if not os.path.isabs(key) or os.path.exists(key):
        return True
    base = _lines_file(key)
    return base is not None and os.path.exists(base)


def _lines_file(key: str) -> str | None:
    """The JSON Lines file of a record's key ``FILE:LINE``, else None.

    >>> _lines_file("/data/scrape.jsonl:12"), _lines_file("/data/a.txt"), _lines_file("stdin-9f")
    ('/data/scrape.jsonl', None, None)
    """
    base, _, line = key.rpartition(":")
    return base if line.isdigit() and os.path.isabs(base) else None


def _remove_leftovers(folder: Path) -> None:
    """Temporary folders of runs that were killed (call with the lock held)."""
    for entry in folder.glob("*.tmp"):
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
    for entry in folder.glob(f"{META_FILE}.*.tmp"):
        entry.unlink(missing_ok=True)

def counts(searcher) -> tuple[int, int]:
    """(documents, quotes) in the index, deletions left out."""
    docs = sum(1 for _ in searcher.document_numbers(type="doc"))
    return docs, searcher.doc_count() - docs
