#!/usr/bin/env python3
"""Accuracy on probes: invented articles with the speakers their writers expected, set down blind.

    python bench/probe_score.py bench/probes/*.json [--misses]

A probe is a JSON list of {"label", "text", "quotes": [[quoted text, speaker], ...]}, written by
someone who never saw the rules (bench/probes/README.md says which probes were held out). For each
probe it prints how many expected quotations were found and given the right speaker, and how many
quotations were emitted that the writer did not list (titles, slogans, scare quotes). With
--misses it lists every miss, wrong speaker and extra quotation, one line each.

Matching: an emitted quotation answers an expected one when their words are the same (case, edge
spaces and punctuation aside), else when one holds the other (12 characters up). Speakers are the
same when equal, case and a leading "the" aside; a spokesperson or official described with the body
('a spokeswoman for Orbis Pictures', 'a Treasury spokesperson') answers for the body, as the tool
keeps such descriptions whole.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from quotesearch import extract
from quotesearch.model import Document

MIN_CONTAINED = 12
RE_FOR_THE_BODY = re.compile(r"spokes(?:wo)?(?:man|person)|representative|\bofficials?\b")


def _words(s: str) -> str:
    return " ".join(s.strip(" \t\n,.;:!?…—–-\"'“”‘’").split()).lower()


def _speaker(s: str | None) -> str:
    return re.sub(r"^the ", "", (s or "").lower())


def same_speaker(got: str | None, want: str) -> bool:
    """The emitted speaker ``got`` answers the expected ``want``.

    >>> same_speaker("the Interior Ministry", "Interior Ministry"), same_speaker("a Treasury spokesperson", "Treasury")
    (True, True)
    >>> same_speaker("Ann Lee", "Tom Lee")
    False
    """
    a, b = _speaker(got), _speaker(want)
    return a == b or (RE_FOR_THE_BODY.search(a) is not None and len(b) > 3 and b in a)


def _answer(want: str, got: list[tuple[str, str | None]], used: set[int]) -> int | None:
    w = _words(want)
    for exact in (True, False):
        for i, (text, _) in enumerate(got):
            g = _words(text)
            if i not in used and (g == w or (not exact and min(len(g), len(w)) >= MIN_CONTAINED and (g in w or w in g))):
                return i
    return None


def score(path: Path, misses: bool) -> tuple[int, int, int, int]:
    right = total = found = extra = 0
    for case in json.loads(path.read_text(encoding="utf-8")):
        got = [(q.text, q.speaker) for q in extract(Document.from_text(case["text"], id=case["label"]))]
        used: set[int] = set()
        for want, speaker in case["quotes"]:
            total += 1
            i = _answer(want, got, used)
            if i is None:
                if misses:
                    print(f"MISS  {case['label']}: «{want[:70]}» want {speaker}")
                continue
            used.add(i)
            found += 1
            if same_speaker(got[i][1], speaker):
                right += 1
            elif misses:
                print(f"WRONG {case['label']}: «{want[:70]}» want {speaker} got {got[i][1]}")
        for i, (text, speaker) in enumerate(got):
            if i not in used:
                extra += 1
                if misses:
                    print(f"EXTRA {case['label']}: «{text[:70]}» ({speaker})")
    return right, total, found, extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("probes", nargs="+", type=Path)
    ap.add_argument("--misses", action="store_true", help="list every miss, wrong speaker and extra quotation")
    args = ap.parse_args()
    sums = [0, 0, 0, 0]
    for path in args.probes:
        right, total, found, extra = score(path, args.misses)
        sums = [a + b for a, b in zip(sums, (right, total, found, extra))]
        print(f"{path.stem}: {right}/{total} right, {found} found, {extra} extra")
    if len(args.probes) > 1:
        print(f"all: {sums[0]}/{sums[1]} right, {sums[2]} found, {sums[3]} extra")


if __name__ == "__main__":
    main()
