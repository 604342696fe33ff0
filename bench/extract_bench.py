#!/usr/bin/env python3
"""Extraction throughput: whole `quotesearch extract` runs over a folder of articles.

    python bench/extract_bench.py FOLDER [--runs 3]
    python bench/extract_bench.py --make-corpus GOLD.jsonl --copies 4 --out FOLDER

Each figure is a whole run of `python -m quotesearch extract --format jsonl FOLDER` (reading,
finding, attributing, printing), minus the start-up cost measured as a run over one tiny file;
the best of --runs runs is reported, as MB of text per second on one core. --make-corpus writes
the `text` fields of a JSON Lines file (e.g. the PolNeAR texts, which must never be committed)
out as .txt files, --copies times over, to reach a corpus of the wanted size.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(gold: str, copies: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for c in range(copies):
        with open(gold, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                text = json.loads(line).get("text")
                if text:
                    (out / f"{c:02d}_{i:05d}.txt").write_text(text, encoding="utf-8", newline="")
                    n += 1
    print(f"wrote {n} articles to {out}", file=sys.stderr)


def timed(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotesearch", "extract", "--format", "jsonl", *args],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--make-corpus", metavar="GOLD_JSONL")
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.make_corpus:
        make_corpus(args.make_corpus, args.copies, Path(args.out))
        return
    if not args.folder:
        ap.error("give a FOLDER of articles")
    files = [p for p in Path(args.folder).rglob("*") if p.suffix in (".txt", ".md", ".text")]
    size = sum(p.stat().st_size for p in files)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    with tempfile.TemporaryDirectory() as tmp:
        tiny = os.path.join(tmp, "tiny.txt")
        Path(tiny).write_text("“Yes,” she said.", encoding="utf-8")
        startup = min(timed([tiny]) for _ in range(args.runs))
    runs = [timed([args.folder]) for _ in range(args.runs)]
    best = min(runs) - startup
    mb = size / 1e6
    print(json.dumps({
        "files": len(files), "megabytes": round(mb, 2), "characters": chars,
        "startup_s": round(startup, 3), "runs_s": [round(r, 3) for r in runs],
        "best_minus_startup_s": round(best, 3), "mb_per_s": round(mb / best, 2),
    }))


if __name__ == "__main__":
    main()
