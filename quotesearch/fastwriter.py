"""The fast segment writer: postings kept in memory and written a block at a time, as whoosh's
own bytes, so that any whoosh reader reads them (see :class:`FastWriter`).

It writes the index that :mod:`quotesearch.index` defines (its schema's field classes are
imported from there); :mod:`quotesearch.indexing` uses it.
"""
from __future__ import annotations

import zlib
from array import array
from collections import Counter, defaultdict, deque
from itertools import accumulate, repeat
from operator import sub
from pickle import dumps

from whoosh import columns, fields
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.codec.whoosh3 import _lenfield as length_column
from whoosh.index import TOC
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from quotesearch.index import COMPRESSION_MIN_SIZE, Pairs, QuoteText, Terms, text_terms


#: In a field's plan (see :meth:`FastWriter._plan`): its postings are lists of record numbers
#: (see :meth:`FastWriter._add_terms`), and of those, a value is one term (an ``ID`` field).
_BY_ID = "by id"
_ONE_TERM = "one term"


class FastWriter(SegmentWriter):
    """A segment writer that keeps postings in memory and writes them a block at a time.

    whoosh's own writer sends every posting through an external-sort pool and a per-posting
    encoder (about 20 µs each); here a posting costs a list append, and blocks are handed to
    whoosh's block encoder whole. The files are whoosh's own format: any whoosh reader reads them.
    Merges of old segments (``add_reader``) still go through whoosh's pool.
    """

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self._postings: dict[str, dict[bytes, list]] = {}
        # The postings of QuoteText and Pairs fields (see :meth:`_add_terms`): per term its
        # record numbers, and {record number: weight} of those where the weight is not 1.
        self._ids: dict[str, defaultdict] = {}
        self._weights: dict[str, dict[str, dict[int, float]]] = {}
        self._lengths: dict[str, array] = {}
        # Column values, written a column at a time (see :meth:`_write_columns`):
        # {column name: ([record numbers], [values], column type)}.
        self._columns: dict[str, tuple[list, list, object]] = {}
        self._cache: dict[str, dict] = {}
        self._plans: dict[str, tuple] = {}
        # Stored records are deflated with a window their size (see :func:`deflate`).
        stored = self.perdocwriter._colwriters.get("_stored")
        if stored is not None and hasattr(getattr(stored, "_child", None), "_compress"):
            stored._child._compress = deflate

    def add_document(self, **values):
        self._check_state()
        docnum = self.docnum
        pdw = self.perdocwriter
        postings = self._postings
        plans = self._plans
        columns_ = self._columns
        pdw.start_doc(docnum)
        for name, value in values.items():   # (the record's own order: it is deterministic)
            if value is None:
                continue
            fobj, indexed, column_type, stored, scorable = plans.get(name) or self._plan(name)
            length = 0
            if indexed is _ONE_TERM:
                ids = self._ids.get(name)
                if ids is None:
                    ids = self._ids[name] = defaultdict(list)
                    self._weights[name] = {}
                ids[value].append(docnum)
            elif indexed is _BY_ID:
                length = self._add_terms(name, docnum, value)
            elif indexed:
                terms = postings.get(name)
                if terms is None:
                    terms = postings[name] = {}
                for tbytes, freq, weight, vbytes in self._items(name, fobj, value):
                    length += freq
                    got = terms.get(tbytes)
                    if got is None:
                        terms[tbytes] = [(docnum, weight, vbytes)]
                    else:
                        got.append((docnum, weight, vbytes))
                if scorable:
                    lengths = self._lengths.get(name)
                    if lengths is None:
                        lengths = self._lengths[name] = array("I")
                    if len(lengths) <= docnum:
                        lengths.extend([0] * (docnum + 1 - len(lengths)))
                    lengths[docnum] = length
                else:
                    length = 0
            if column_type:
                col = columns_.get(name)
                if col is None:
                    col = columns_[name] = ([], [], column_type)
                col[0].append(docnum)
                col[1].append(fobj.to_column_value(value))
            if stored:
                pdw._storedfields[name] = value
            if length:
                # (what whoosh's add_field does: the length's byte in a column, and the total)
                col = columns_.get(length_column(name))
                if col is None:
                    col = columns_[length_column(name)] = ([], [], LENGTHS_COLUMN)
                col[0].append(docnum)
                col[1].append(length_to_byte(length))
                pdw._fieldlengths[name] += length
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_terms(self, name: str, docnum: int, value) -> int:
        """Record ``docnum`` in the lists of the terms of ``value`` (a quote's :class:`Terms`,
        or a list of distinct ``pairs``); the field length of the record (0 for ``pairs``).

        A posting costs one list append, done by ``map`` in C: the lists are only record
        numbers, and a weight other than 1 (a word said twice) is kept aside.
        """
        ids = self._ids.get(name)
        if ids is None:
            ids = self._ids[name] = defaultdict(list)
            self._weights[name] = {}
        if type(self.schema[name]) is Pairs:
            deque(map(list.append, map(ids.__getitem__, value), repeat(docnum)), 0)
            return 0
        if not isinstance(value, Terms):
            value = text_terms(value)
        found = Counter(value)
        deque(map(list.append, map(ids.__getitem__, found), repeat(docnum)), 0)
        if len(found) < len(value):
            weights = self._weights[name]
            for term, freq in found.items():
                if freq > 1:
                    got = weights.get(term)
                    if got is None:
                        weights[term] = {docnum: float(freq)}
                    else:
                        got[docnum] = float(freq)
        length = len(value)
        if length:
            lengths = self._lengths.get(name)
            if lengths is None:
                lengths = self._lengths[name] = array("I")
            if len(lengths) <= docnum:
                lengths.extend(bytes(4 * (docnum + 1 - len(lengths))))
            lengths[docnum] = length
        return length

    def _plan(self, name: str) -> tuple:
        """What :meth:`add_document` needs to know of a field, looked up once."""
        fobj = self.schema[name]
        indexed = _BY_ID if type(fobj) in (QuoteText, Pairs) else \
            _ONE_TERM if type(fobj) is fields.ID and fobj.indexed else fobj.indexed
        plan = self._plans[name] = (fobj, indexed, fobj.column_type, fobj.stored,
                                    fobj.indexed and fobj.scorable)
        return plan

    def _items(self, name, fobj, value):
        """The postings of one value: IDs directly, short repeated values (names) from a cache."""
        if type(fobj) is fields.ID:
            return ((value.encode("utf-8"), 1, 1.0, b""),)
        if name == "text" or name == "pairs":
            return fobj.index(value)
        cache = self._cache.get(name)
        if cache is None:
            cache = self._cache[name] = {}
        items = cache.get(value)
        if items is None:
            if len(cache) > 50_000:
                cache.clear()
            items = cache[value] = tuple(fobj.index(value))
        return items

    def _write_columns(self):
        """Hand the column values gathered so far to whoosh's column writers, a column at a time
        (see :func:`_extend_column`)."""
        pdw = self.perdocwriter
        for name, (docnums, values, column_type) in sorted(self._columns.items()):
            if not pdw._has_column(name):
                pdw._create_column(name, column_type)
            _extend_column(pdw._get_column(name), docnums, values)
        self._columns = {}

    def add_reader(self, reader):
        self._write_columns()   # (the merged records come after those added so far)
        super().add_reader(reader)

    def _term_postings(self):
        """{field: {term bytes: [(record number, weight, value bytes)]}} of :meth:`_add_terms`."""
        for name, ids in self._ids.items():
            weights = self._weights[name]
            yield name, {term.encode("utf-8"): [(d, weights.get(term, {}).get(d, 1.0), b"")
                                                for d in docs] for term, docs in ids.items()}

    def add_postings_to_pool(self, reader, startdoc, docmap):
        """An old segment's postings, for a merge: as whoosh's, except that a value-less posting
        kept inside its term info (see :func:`_write_term`), which whoosh's reader gives as ''
        (a str, which its pool refuses), goes in as None, as a value-less block posting does."""
        add = self.pool.add
        for name, tbytes, docnum, weight, vbytes in self._process_posts(reader.iter_postings(),
                                                                         startdoc, docmap):
            add((name, tbytes, docnum, weight, vbytes or None))

    def _flush_segment(self):
        self._write_columns()
        if self.pool.current or self.pool.runs:
            # A merge put old postings in whoosh's pool: send ours the same way.
            for name, terms in [*self._postings.items(), *self._term_postings()]:
                for tbytes, posts in terms.items():
                    for docnum, weight, vbytes in posts:
                        self.pool.add((name, tbytes, docnum, weight, vbytes or None))
            self._postings = {}
            self._ids = {}
            return super()._flush_segment()
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted({*self._postings, *(n for n, ids in self._ids.items() if ids)}):
            fobj = self.schema[name]
            fw.start_field(name, fobj)
            lengths = self._lengths.get(name)
            if name in self._ids:
                ids, weights = self._ids[name], self._weights[name]
                for tbytes, term in sorted((t.encode("utf-8"), t) for t in ids):
                    _write_ids(fw, tbytes, ids[term], weights.get(term), lengths)
            else:
                terms = self._postings[name]
                for tbytes in sorted(terms):
                    _write_term(fw, fobj, tbytes, terms[tbytes], lengths)
            fw.finish_field()
        fw.close()
        self._postings = {}
        self._ids = {}

    def _destroy_temp(self):
        """Remove this writer's temporary folders (see :class:`_Storage`)."""
        for store in (self._tempstorage, getattr(self.perdocwriter._cols, "_tempstorage", None)):
            try:
                store and store.destroy()
            except OSError:
                pass

    def _finish(self):
        super()._finish()
        self._destroy_temp()

    def _cleanup_on_error(self):
        super()._cleanup_on_error()
        self._destroy_temp()

    def commit_segments(self, extra=(), merge: bool = True, clean: bool = True, optimize: bool = False):
        """Commit this writer's changes plus segments built elsewhere (by worker processes).

        ``clean=False`` keeps files that no segment refers to yet (workers may be writing them);
        ``optimize`` merges every segment there was into one (dropping deleted records).
        """
        self._check_state()
        try:
            segments = self._merge_segments(None, optimize, merge)
            segments.extend(extra)
            if self._added:
                segments.append(self._finalize_segment())
            else:
                self._close_segment()
            if clean:
                self._commit_toc(segments)
            else:
                TOC(self.schema, segments, self.generation).write(self.storage, self.indexname)
        except Exception:
            self._cleanup_on_error()
            raise
        self._finish()


def _extend_column(writer, docnums: list[int], values: list) -> None:
    """Add ``values`` for records ``docnums`` (ascending) to a whoosh column writer, leaving it
    as that many ``writer.add`` calls would, the same bytes written, in a few calls: whoosh's
    ``add`` costs some microseconds a value, six calls deep (gaps filled a record at a time)."""
    if not docnums:
        return
    kind = type(writer)
    if kind is columns.VarBytesColumn.Writer:
        start = writer._count
        lengths = [0] * (docnums[-1] + 1 - start)   # (records without a value: length 0)
        if docnums[-1] - docnums[0] == len(docnums) - 1:
            lengths[docnums[0] - start:] = map(len, values)
        else:
            for docnum, value in zip(docnums, values):
                lengths[docnum - start] = len(value)
        offsets = list(accumulate(lengths, initial=writer._offset_base))
        writer._dbfile.write(b"".join(values))
        _extend_growable(writer._lengths, lengths)
        _extend_growable(writer._offsets, offsets[:-1])
        writer._offset_base = offsets[-1]
        writer._count = docnums[-1] + 1
    elif kind is columns.FixedBytesColumn.Writer or kind is columns.NumericColumn.Writer:
        pack = getattr(writer, "_pack", None) if kind is columns.NumericColumn.Writer else None
        default, filler, count, out = writer._default, writer._defaultbytes, writer._count, []
        for docnum, value in zip(docnums, values):
            if value == default:
                continue
            if docnum > count:
                out.append(filler * (docnum - count))
            out.append(pack(value) if pack else value)
            count = docnum + 1
        writer._dbfile.write(b"".join(out))
        writer._count = count
    else:
        for docnum, value in zip(docnums, values):
            writer.add(docnum, value)


def _extend_growable(grow, values: list[int]) -> None:
    """``grow.extend(values)`` for whoosh's ``GrowableArray``, which appends one at a time: its
    array widened first, as an append of the biggest value would widen it."""
    if values:
        biggest = max(values)
        try:
            array(grow.array.typecode, (biggest,))
        except OverflowError:
            grow._retype(biggest)
        grow.array.extend(values)


def deflate(data: bytes, level: int = 3) -> bytes:
    """A zlib stream of ``data``, as ``zlib.compress`` makes, with a window no bigger than ``data``.

    ``zlib.compress`` sets up a 32 KB window and a 64 KB hash table for every call, which costs
    more than compressing a posting block or a stored record of a few hundred bytes. A window that
    covers all of ``data`` loses no match; any zlib reader (whoosh's) inflates the stream.

    >>> zlib.decompress(deflate(b"we wait and see, we wait and see")) == b"we wait and see, we wait and see"
    True
    """
    wbits = min(15, max(9, (len(data) - 1).bit_length()))
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, min(8, max(1, wbits - 7)))
    return c.compress(data) + c.flush()


def inlined_term_info(docnum: int, weight: float, vbytes: bytes, length: int | None) -> bytes:
    """The bytes of whoosh 3's term info for a term with one posting, kept inside it, as
    ``W3TermInfo(...).to_bytes()`` makes them (without the object).

    >>> ti = W3TermInfo(weight=2.0, df=1, minlength=7, maxlength=7, maxweight=2.0, minid=5, maxid=5)
    >>> ti.set_inlined((5,), (2.0,), ())
    >>> ti.to_bytes() == inlined_term_info(5, 2.0, b"", 7)
    True
    """
    return _TERM_INFO.pack(1, weight, 1, 0 if length is None else length_to_byte(length),
                           length_to_byte(length or 0), weight, docnum, docnum) + \
        dumps(((docnum,), (weight,), (vbytes,) if vbytes else ()), 2)


#: The fixed part of whoosh 3's term info (``W3TermInfo._struct``).
_TERM_INFO = W3TermInfo._struct


def _write_term(fw, fobj, tbytes: bytes, posts: list, lengths) -> None:
    """One term's postings, written as whoosh's block writer writes them, a block at a time.

    The bytes are whoosh 3's: a header tag, then per block its length (negative on the last), a
    pickled (count, last id, max weight, compression, min length byte, max length byte), and the
    pickled (id deltas, weights, values), deflated from 80 bytes on. Blocks are built from lists
    here, not posting by posting.

    A term with one posting (an id, a path, a rare word) is kept inside its term info, which whoosh
    reads as a list matcher: no block in the postings file, no block header to read back.
    """
    key = pack_ushort(fw._fieldid) + tbytes
    if len(posts) == 1:
        docnum, weight, vbytes = posts[0]
        fw._tindex.add(key, inlined_term_info(docnum, weight, vbytes,
                                              lengths[docnum] if lengths is not None else None))
        return
    weights = [p[1] for p in posts]
    values = [p[2] for p in posts] if posts[0][2] else None
    _write_blocks(fw, key, [p[0] for p in posts], weights.__getitem__,
                  values.__getitem__ if values is not None else None, lengths)


def _write_ids(fw, tbytes: bytes, ids: list[int], weights: dict | None, lengths) -> None:
    """One term's postings from its record numbers and its weights other than 1 (see
    :meth:`FastWriter._add_terms`): the same bytes as :func:`_write_term` writes for
    ``[(id, weight, b""), ...]``, with the per-posting work done by ``map`` and slicing in C."""
    key = pack_ushort(fw._fieldid) + tbytes
    if len(ids) == 1:
        docnum = ids[0]
        fw._tindex.add(key, inlined_term_info(docnum, weights[docnum] if weights else 1.0, b"",
                                              lengths[docnum] if lengths is not None else None))
        return
    def weights_of(span: slice) -> list[float]:
        return list(map(weights.get, ids[span], repeat(1.0)))
    _write_blocks(fw, key, ids, weights_of if weights else None, None, lengths)


def _write_blocks(fw, key: bytes, ids: list[int], weights_of, values_of, lengths) -> None:
    """The blocks of one term's postings (see :func:`_write_term`) and its term info.

    ``weights_of(slice)`` gives the weights of a block's postings (None: all 1),
    ``values_of(slice)`` their values (None: none)."""
    n = len(ids)
    postfile = fw._postwriter._postfile
    limit = fw._postwriter._blocklimit
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    total = maxweight_all = 0.0
    minlength_all, maxlength_all = None, 0
    length_of = lengths.__getitem__ if lengths is not None else None
    for lo in range(0, n, limit):
        span = slice(lo, lo + limit)
        chunk = ids[span]
        wlist = weights_of(span) if weights_of is not None else None
        if wlist is not None:
            maxweight, minweight = max(wlist), min(wlist)
            total += sum(wlist)
        else:
            maxweight = minweight = 1.0
            total += len(chunk)
        if maxweight == 1.0 and minweight == 1.0:
            mini_weights = None
        elif maxweight == minweight:
            mini_weights = wlist[0]
        else:
            mini_weights = tuple(wlist)
        deltas = tuple(map(sub, chunk, [0, *chunk[:-1]]))
        data = dumps((deltas, mini_weights, tuple(values_of(span)) if values_of is not None else None), 2)
        comp = 3 if len(data) >= COMPRESSION_MIN_SIZE else 0
        if comp:
            data = deflate(data, comp)
        if length_of is not None:
            lens = list(map(length_of, chunk))
            minlength, maxlength = min(lens), max(lens)
            minlength_all = minlength if minlength_all is None else min(minlength_all, minlength)
            maxlength_all = max(maxlength_all, maxlength)
        else:
            minlength, maxlength = None, 0
        maxweight_all = max(maxweight_all, maxweight)
        info = dumps((len(chunk), chunk[-1], maxweight, comp, length_to_byte(minlength),
                      length_to_byte(maxlength)), 2)
        size = len(info) + len(data)
        postfile.write_int(-size if lo + limit >= n else size)
        postfile.write(info + data)
    ti = W3TermInfo(weight=total, df=n, minlength=minlength_all, maxlength=maxlength_all,
                    maxweight=maxweight_all, minid=ids[0], maxid=ids[-1])
    ti.set_extent(start, postfile.tell() - start)
    fw._tindex.add(key, ti.to_bytes())
