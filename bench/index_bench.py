"""Index build throughput, query latency and size on disk, on a generated quote corpus.

Generate a corpus first (the generator needs numpy and wordfreq, which are not dependencies of
quotesearch: ``.venv/bin/pip install numpy wordfreq``)::

    python ../shared/tools/gen_quotes.py --n 100000 --out bench/out/c100k.jsonl --queries bench/out/q100k.json
    python bench/index_bench.py bench/out/c100k.jsonl bench/out/q100k.json

Each generated record (qid, text, speaker, aliases, source, outlet, date, verb) becomes a quote
inside a synthetic document (one per ``source``: its quotes as paragraphs ``“text” verb Name.``),
so documents are stored too, as in real use. The build goes through :func:`quotesearch.indexing.update`
(what ``quotesearch index`` calls, minus the parser); queries go through
:class:`quotesearch.search.QuoteIndex` (what ``quotesearch search`` calls) and include reading the
top 10 hits; each round opens the index afresh, after the warm-up queries. Prints one JSON object;
``quotes_per_cpu_s`` counts the CPU time of the build in all processes (on a machine shared with
other work, wall-clock throughput says more about the neighbours than about the index).
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from itertools import groupby
from pathlib import Path

from quotesearch import indexing
from quotesearch.model import Document, Quote, quote_id
from quotesearch.search import Filters, QuoteIndex


def items(corpus: Path):
    """One :class:`indexing.Item` per source document of the corpus, with its quotes."""
    with open(corpus, encoding="utf-8") as f:
        records = (json.loads(line) for line in f)
        for source, recs in groupby(records, key=lambda r: r["source"]):
            recs = list(recs)
            parts, spans, pos = [], [], 0
            for r in recs:
                para = f"“{r['text']}” {r['verb']} {r['speaker']}.\n\n"
                spans.append((pos + 1, pos + 1 + len(r["text"])))
                parts.append(para)
                pos += len(para)
            doc = Document.from_text("".join(parts), id=source, title=f"{recs[0]['outlet']} report {source}",
                                     outlet=recs[0]["outlet"], published=recs[0]["date"])
            quotes = tuple(
                Quote(id=quote_id(source, s, e), doc_id=source, start=s, end=e, text=r["text"],
                      speaker=r["speaker"], speaker_mention=r["speaker"], cue=r["verb"], paragraph=i,
                      confidence=0.95, evidence={"rule": "cue-after"})
                for i, (r, (s, e)) in enumerate(zip(recs, spans)))
            aliases = {r["speaker"]: tuple(r["aliases"]) for r in recs}
            yield indexing.Item(document=doc, quotes=quotes, aliases=aliases)


def cpu_seconds() -> float:
    """User and system CPU time of this process and its finished children (the workers)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def time_queries(qi: QuoteIndex, kind: str, queries: list, cpu: list | None = None) -> list[float]:
    """Wall-clock milliseconds per query (and, into ``cpu``, this process's CPU milliseconds)."""
    out = []
    for q in queries:
        t, c = time.perf_counter(), time.process_time()
        if kind == "kw":
            qi.search(q, limit=10)
        elif kind == "phrase":
            qi.search(f'"{q[0]} {q[1]}"', limit=10)
        else:
            qi.search(q[0], Filters(speaker=q[1]), limit=10)
        out.append((time.perf_counter() - t) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("queries", type=Path)
    ap.add_argument("--index", type=Path, help="where to build (default: a temporary folder)")
    ap.add_argument("--procs", type=int, default=None, help="worker processes (default: the cores)")
    ap.add_argument("--batch", type=int, default=None,
                    help="quotes per batch (shared among the workers, a segment each; default: "
                         "what `quotesearch index` does, see indexing.default_batch_quotes)")
    ap.add_argument("--rounds", type=int, default=3, help="times each query set is run; medians kept")
    args = ap.parse_args(argv)
    tmp = None
    folder = args.index
    if folder is None:
        tmp = tempfile.TemporaryDirectory(prefix="qs-bench-")
        folder = Path(tmp.name) / "index"
    t, cpu = time.perf_counter(), cpu_seconds()
    summary = indexing.update(folder, items(args.corpus), rebuild=True, procs=args.procs,
                           batch_quotes=args.batch)
    build = time.perf_counter() - t
    cpu = cpu_seconds() - cpu
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    queries = json.loads(args.queries.read_text(encoding="utf-8"))
    report = {"quotes": summary.quotes, "documents": summary.added, "speakers": summary.speakers,
              "build_s": round(build, 1), "quotes_per_s": round(summary.quotes / build),
              # CPU time of the build in every process: what a busy machine does not distort
              "build_cpu_s": round(cpu, 1), "quotes_per_cpu_s": round(summary.quotes / cpu),
              "bytes_per_quote": round(size / summary.quotes), "index_bytes": size}
    # Each round opens the index afresh: a reused QuoteIndex keeps the documents of earlier hits,
    # and the same queries again would measure that cache rather than the index.
    # CPU time per query is reported too: on a shared machine it says more about the index.
    for kind in ("kw", "phrase", "filter"):
        p50s, p95s, cpu95s = [], [], []
        for _ in range(args.rounds):
            with QuoteIndex(folder) as qi:
                report["segments"] = len(qi.ix._segments())
                time_queries(qi, kind, queries["warmup"][kind])
                cpu: list[float] = []
                ms = time_queries(qi, kind, queries["measured"][kind], cpu)
            p50s.append(percentile(ms, 50))
            p95s.append(percentile(ms, 95))
            cpu95s.append(percentile(cpu, 95))
        report[f"{kind}_p50_ms"] = round(statistics.median(p50s), 2)
        report[f"{kind}_p95_ms"] = round(statistics.median(p95s), 2)
        report[f"{kind}_cpu_p95_ms"] = round(statistics.median(cpu95s), 2)
    print(json.dumps(report))
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
