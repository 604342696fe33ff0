"""Building the index: :func:`update` reads, extracts and indexes documents incrementally (keyed
by path, changes found by SHA-256), under a lock that a killed run never leaves behind, committing
in batches so that a run killed at any moment leaves an index that opens and holds every batch
committed before it.

Big runs build segments in worker processes on every core (started with ``spawn``, so that they
never inherit the lock), each batch shared among all of them so that they finish together; the
workers tell the main process of each document they extract, for its progress bar; no cycle
collection runs meanwhile. The format of what is written is :mod:`quotesearch.index`'s.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from concurrent.futures import Future, ProcessPoolExecutor, wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from quotesearch.errors import QuotesearchError
from quotesearch.fastwriter import FastWriter
from quotesearch.index import (
    IndexLock, _SPEAKER, _Storage, _file_exists, _keyed, _lines_file, _opened, _read_meta, _write_meta,
    check_folder, common_pairs, counts, doc_key, doc_meta, doc_record, open_index, quote_record, quote_rows,
    signature, signature_value, terms_value, text_terms, utf8,
)
from quotesearch.model import Document, Quote, quote_id


@dataclass
class Summary:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    pruned: int = 0
    quotes: int = 0
    speakers: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """One thing to index: a document (with its quotes when already known), or a read error."""

    document: Document | None = None
    quotes: tuple[Quote, ...] | None = None
    error: Exception | None = None
    aliases: dict | None = None


def _records(doc: Document, rows, aliases=None) -> tuple[dict, list[dict]]:
    """A document's record and its quotes' records, given its quotes' rows (see
    :func:`quote_rows`; the quotes are extracted first if None)."""
    import quotesearch

    if rows is None:
        rows = quote_rows(quotesearch.extract(doc))
    aliases = aliases or {}
    return doc_record(doc, rows), [quote_record(doc, row, i, aliases.get(row[_SPEAKER], ()))
                                   for i, row in enumerate(rows)]


def _add_batch(writer, batch: list, done: Callable[[int], None] | None = None) -> list[int]:
    """Add a batch of (document, quotes, aliases); the number of quotes of each document.
    ``done(1)`` is called as each document is extracted.

    The documents' records come first, then every quote of the batch, shortest text first (ties
    in input order). With record numbers in length order, each posting block of a word holds
    quotes of nearly one length, so its block-max BM25 bound is tight and the top-k collector
    skips the blocks that cannot beat the hits it already has, instead of scoring every posting.
    """
    found = []
    counts = []
    for doc, quotes, aliases in batch:
        drec, qrecs = _records(doc, quotes, aliases)
        if done is not None:
            done(1)
        writer.add_document(**drec)
        counts.append(len(qrecs))
        for rec in qrecs:
            terms = text_terms(rec["text"])
            rec["text"] = terms
            rec["tt"] = terms_value(terms)
            rec["ps"] = signature_value(signature(terms))
            pairs = common_pairs(terms)
            if pairs:
                rec["pairs"] = pairs
            found.append((len(terms), len(found), rec))
    found.sort(key=lambda x: (x[0], x[1]))
    for _, _, rec in found:
        writer.add_document(**rec)
    return counts


#: In a worker: the queue on which it tells the main process how many documents it has
#: extracted (see :func:`_tell_done`), and what it has not told yet.
_done_queue = None
_untold = [0, 0.0]   # (documents, when it last told)


def _start_worker(parent: int, done_queue) -> None:
    """In a worker: keep the queue for :func:`_tell_done`, and watch the parent process."""
    global _done_queue
    _done_queue = done_queue
    _watch_parent(parent)


def _tell_done(n: int) -> None:
    """In a worker: ``n`` more documents extracted, told to the main process (for its progress
    bar) at most ten times a second; ``n == 0`` tells what is left to tell."""
    if _done_queue is None:
        return
    _untold[0] += n
    now = time.monotonic()
    if _untold[0] and (n == 0 or now - _untold[1] >= 0.1):
        _done_queue.put(_untold[0])
        _untold[:] = [0, now]


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the process ``parent`` that started it is gone (killed, say), even
    before this worker was up (a worker that read its parent's id then lived on for ever); Ctrl-C
    is the parent's to handle (each worker printed a KeyboardInterrupt traceback)."""
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() != parent:
        os._exit(1)

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _build_segment(folder: str, batch: list, done: Callable[[int], None] | None = None) -> tuple:
    """Extract and index a batch of documents into one new segment (in a worker process, which
    tells the main one of each document extracted; or in the main one, calling ``done``)."""
    ix = _Storage(folder).open_index()
    with _no_cycle_collection():
        w = FastWriter(ix, _lk=False)
        counts = _add_batch(w, batch, done or _tell_done)
        _tell_done(0)
        segment = w._finalize_segment()
        w._destroy_temp()
    return segment, counts


class WorkerError(QuotesearchError):
    """A worker process stopped before it gave back its segment."""


def _stop(workers: ProcessPoolExecutor) -> None:
    """End the workers now, busy or not (the executor would let a busy one finish its batch)."""
    processes = list((getattr(workers, "_processes", None) or {}).values())
    workers.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()


@contextmanager
def _no_cycle_collection():
    """No cycle collection inside: a batch makes millions of objects that live until it is
    written, which every full collection walked again (12% of a worker's time at 100,000
    quotes, 23% of the main process's); the parser and the writers leave no cycles to collect
    (none among the objects 1,000 articles' extraction leaves)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()




def _manifest(ix) -> dict[str, tuple[str, str]]:
    """{document key: (doc id, sha256)} of the indexed documents."""
    with ix.searcher() as s:
        return {m.key: (m.id, m.sha256) for m in doc_meta(s)}


#: Quotes per batch (shared among the workers, a segment each), and documents per batch at most
#: (a document not yet extracted counts as 20 quotes). Each batch is a commit of its own, and
#: each of its segments is one more that every query reads: at a million quotes, batches of
#: 200,000 made 12 segments and queries a third slower than batches of 400,000 (6 segments), which
#: hold some 1.1 GB in each of two workers (a machine with less memory builds smaller batches:
#: :func:`default_batch_quotes`).
BATCH_QUOTES = 400_000
BATCH_DOCS = 100_000

#: The memory a quote of a batch takes while its segment is built, at most (measured: 2.6 KB
#: for short quotes, 5.5 KB at 200,000 quotes a worker with their documents).
BATCH_BYTES_PER_QUOTE = 6_000

#: Where a container's memory limit is (cgroup v2), when it has one.
CGROUP_MEMORY = Path("/sys/fs/cgroup/memory.max")


def default_batch_quotes() -> int:
    """The quotes of a batch: :data:`BATCH_QUOTES`, or fewer where a batch would take more than a
    quarter of the machine's memory, or of its container's limit (a machine of 2 GB builds
    batches of 83,000 quotes).

    >>> default_batch_quotes() <= BATCH_QUOTES
    True
    """
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, OSError, ValueError):
        return BATCH_QUOTES
    try:  # (a container's limit, where one is set)
        limit = CGROUP_MEMORY.read_text().strip()
        memory = min(memory, int(limit)) if limit.isdigit() else memory
    except (OSError, ValueError):
        pass
    return max(SPLIT_QUOTES, min(BATCH_QUOTES, memory // 4 // BATCH_BYTES_PER_QUOTE))

#: The fewest quotes a part of a split batch gets (a worker costs a second to start).
SPLIT_QUOTES = 10_000


def _quote_count(entry) -> int:
    return len(entry[1]) if entry[1] is not None else 20


def _split(batch: list, parts: int) -> list[list]:
    """``batch`` cut in ``parts`` runs of documents with about as many quotes each.

    >>> [len(p) for p in _split([(None, (1,) * k, None) for k in (5, 1, 1, 1, 2)], 2)]
    [1, 4]
    """
    total = sum(_quote_count(e) for e in batch)
    out, current, size = [], [], 0
    for entry in batch:
        current.append(entry)
        size += _quote_count(entry)
        if size * parts >= total * (len(out) + 1) and len(out) < parts - 1:
            out.append(current)
            current = []
    out.append(current)
    return [p for p in out if p]


def update(folder: Path, items: Iterable[Item], *, rebuild: bool = False, prune: bool = False,
           procs: int | None = None, batch_quotes: int | None = None, batch_docs: int = BATCH_DOCS,
           timeout: float = 10.0, progress: Callable[[Item], None] | None = None,
           done: Callable[[int], None] | None = None) -> Summary:
    """Index ``items`` into the index at ``folder`` (created if needed); see :class:`Summary`.

    Unchanged documents (same key, same SHA-256) are skipped, changed ones replace their quotes.
    Each batch is committed on its own. ``procs`` worker processes build segments (default: the
    cores, when the work is big enough to pay for starting them). ``progress(item)`` is called
    as each item is read; ``done(n)`` as ``n`` more items are through (extracted, or skipped as
    unchanged, or failed): what a progress bar shows, where the reading runs a batch ahead.
    """
    folder = Path(folder)
    check_folder(folder)
    summary = Summary()
    batch_quotes = batch_quotes or default_batch_quotes()
    with IndexLock(folder, timeout), _no_cycle_collection():
        ix = _opened(folder, rebuild)
        known = _manifest(ix)
        owner = {doc_id: key for key, (doc_id, _) in known.items()}
        # a rebuild marks the index until it ends: a run after one that was killed reads every
        # document it is given again, so no file keeps quotes of the parser the rebuild replaces
        unfinished = bool((_read_meta(folder) or {}).get("rebuilding"))
        if rebuild:
            _write_meta(folder, rebuilding=True)
        seen: set[str] = set()
        workers = None
        pending: list = []          # (segment or async result, doc ids it replaces), not committed
        batch: list = []
        batch_deletes: list[str] = []
        batch_size = 0
        changed = False
        tell = done or (lambda n: None)
        done_queue = None   # where workers tell of the documents they extracted

        def drain():
            while done_queue is not None and not done_queue.empty():
                tell(done_queue.get())

        def result(r):
            """A worker's segment, the documents it tells of meanwhile passed on."""
            while not r.done():
                wait_for([r], timeout=0.1)
                drain()
            found = r.result()[0]
            drain()
            return found

        def commit(upto: int, final: bool = False, deletes: Iterable[str] = ()):
            nonlocal pending
            pending_done, pending = pending[:upto], pending[upto:]
            if not pending_done and not deletes and not (final and changed):
                return  # nothing to write: the index stays exactly as it was
            # (the segments first: a worker that fails leaves no writer holding the lock)
            segments = [result(r) if isinstance(r, Future) else r for r, _ in pending_done]
            w = FastWriter(ix)
            for doc_id in [*(d for _, ds in pending_done for d in ds), *deletes]:
                w.delete_by_term("doc", doc_id)
            # (a rebuild that replaced documents merges all into one segment at its end: the
            # space of what it replaced is only reclaimed so; over an empty index, no need)
            w.commit_segments(segments, merge=final, clean=final, optimize=final and rebuild and bool(known))

        def flush(last: bool = False):
            nonlocal batch, batch_size, batch_deletes, workers, changed, done_queue
            if not batch:
                return
            changed = True
            n = procs or os.cpu_count() or 1
            # A batch is shared among all the workers, a part each: they start on it together and
            # end together, where a batch given whole to one worker left the others idle at the
            # end of a run (at 400k quotes, 29 s of the last batch built on one core of two).
            parts = [batch]
            if n > 1 and batch_size >= 2 * SPLIT_QUOTES:
                parts = _split(batch, min(n, batch_size // SPLIT_QUOTES))
            if workers is None and n > 1 and (procs or not last or len(parts) > 1):
                context = multiprocessing.get_context("spawn")
                # (a simple queue: a worker's put is written before its result is sent, so the
                # last documents of a segment are told before it is committed)
                done_queue = context.SimpleQueue() if done is not None else None
                # (an executor, not a pool: a pool replaces a worker that dies, and its batch
                # never comes back; an executor's futures then fail)
                workers = ProcessPoolExecutor(n, mp_context=context, initializer=_start_worker,
                                              initargs=(os.getpid(), done_queue))
            if workers is not None:
                for i, part in enumerate(parts):
                    pending.append((workers.submit(_build_segment, str(folder), part), batch_deletes if i == 0 else []))
                if len(pending) > n:
                    commit(len(pending) - n)
            else:
                pending.append((_build_segment(str(folder), batch, tell)[0], batch_deletes))
                commit(len(pending))
            batch, batch_size, batch_deletes = [], 0, []

        try:
            for item in items:
                if item.error is not None or item.document is None:
                    summary.failed += 1
                    summary.errors.append(str(item.error))
                    if progress:
                        progress(item)
                    tell(1)
                    continue
                doc = _keyed(item.document)
                key = doc_key(doc)
                if key in seen:
                    tell(1)
                    continue
                seen.add(key)
                old = known.get(key)
                # the id it was first indexed under (its quotes keep their ids, whatever the working
                # folder of the run); a new file whose id another file has ("x.txt" of /a and of /b,
                # each indexed from its folder) is known by its path
                doc_id = old[0] if old is not None else doc.id if owner.get(doc.id, key) == key else utf8(key)
                owner[doc_id] = key
                quotes = item.quotes
                if doc_id != doc.id:
                    doc = replace(doc, id=doc_id)
                    if quotes is not None:
                        quotes = tuple(replace(q, doc_id=doc.id, id=quote_id(doc.id, q.start, q.end)) for q in quotes)
                if old is not None and old[1] == doc.sha256 and not (rebuild or unfinished):
                    summary.unchanged += 1
                    tell(1)
                else:
                    if old is not None:
                        batch_deletes.append(old[0])  # (replaced in the commit that adds it again)
                    if old is not None and not rebuild:
                        summary.updated += 1
                    else:
                        summary.added += 1
                    batch.append((doc, quote_rows(quotes) if quotes is not None else None, item.aliases))
                    batch_size += len(quotes) if quotes is not None else 20
                    # (the first batch is cut short: the workers wait for it)
                    if batch_size * (1 if changed else 2) >= batch_quotes or len(batch) >= batch_docs:
                        flush()
                if progress:
                    progress(item)
                drain()
            flush(last=True)
            gone = []
            if prune or rebuild:  # (a rebuild keeps only what it read again)
                lines_read = set(map(_lines_file, seen)) - {None}  # (the JSON Lines files read again)
                gone = [doc_id for key, (doc_id, _) in known.items() if key not in seen and (
                    rebuild or not _file_exists(key) or _lines_file(key) in lines_read)]
                summary.pruned = len(gone) if prune else 0
            commit(len(pending), final=True, deletes=gone)
            if rebuild or unfinished:
                _write_meta(folder)  # (the rebuild is whole: no longer marked unfinished)
        except BrokenProcessPool:   # (from a result, or from handing out a batch)
            raise WorkerError("a worker process stopped (killed, or out of memory); everything "
                              "committed before is kept: run `quotesearch index` again to finish") from None
        finally:
            if workers is not None:
                _stop(workers)
        ix = open_index(folder)
        with ix.searcher() as s:
            summary.quotes = counts(s)[1]
        from quotesearch import roster

        summary.speakers = len(roster.load(folder, ix))
    return summary
