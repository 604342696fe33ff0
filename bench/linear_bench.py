#!/usr/bin/env python3
"""Linear time on hostile input: parsing time grows with the length of the text, never faster.

    python bench/linear_bench.py [--scale 1.0]

Four kinds of text, each at 1×, 2× and 4× its base size: one line of 2.5 MB with no newline
(quotes inside), a text of unbalanced marks (25,000 per unit), an article of many attributed
quotes (12,500 per unit), and one of many different people and title-case lines (5,000 lines
per unit); at --scale 1 the largest are 10 MB, 100,000 marks and 50,000 quotes.
For each it prints the seconds (median of three) and the ratio to the 1× time: linear parsing
gives ratios near 2 and 4 (catastrophic backtracking would give 4 and 16 or worse).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import time

from quotesearch import extract
from quotesearch.model import Document


def one_long_line(units: int) -> str:
    chunk = "The minister spoke at length about the budget “and the plans for it,” he said, and more. "
    return chunk * (2_500_000 * units // len(chunk))


def unbalanced_marks(units: int) -> str:
    chunk = "He said “no and ” then “ again ’ and ' or \" more "
    return chunk * (25_000 * units // 6)


def many_quotes(units: int) -> str:
    para = "“We will keep going,” said Anna Schmidt, a member of parliament. “And we will win.”\n\n"
    return "Anna Schmidt spoke.\n\n" + para * (12_500 * units // 2)


def stray_marks_on_one_line(units: int) -> str:
    """An article stored on one line whose quotations are each followed by a stray mark of the
    other style: every quotation stays within reach of its own sentence, not the paragraph's."""
    return "“We can do it,” Smith said. \"Stray. " * (1_000 * units) + "\"A. “B. " * (8_000 * units)


def many_people(units: int) -> str:
    """A different two-word name in every sentence, and title-case lines: each new name costs a
    bounded amount of work, however many came before."""
    rng = random.Random(units)

    def name() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(7)).title()

    lines = []
    for _ in range(2_500 * units):
        lines.append(f"{name()} {name()} Meets {name()} {name()} Again\n")
        lines.append(f"{name()} {name()} met {name()} {name()} in the hall. “We will see,” {name()} said.\n")
    return "".join(lines)


def epithets_in_one_paragraph(units: int) -> str:
    """One paragraph opened by a person, then quotation after quotation under an epithet ("the
    rookie said"): each reads a bounded stretch, never the paragraph from its start."""
    return "Tate Harris was modest. " + "“I just ran my routes,” the rookie said. He smiled. " * (2_000 * units) + "\n"


def nicknames_in_a_name(units: int) -> str:
    """A name with a nickname in marks after a cue, again and again in one paragraph: each
    quotation looks past the nicknames after it once, not once per quotation."""
    return "“Great,” said " + " ".join(f"Sean “Dyche{i}” Callaghan" for i in range(1_000 * units)) + ".\n"


def seconds(text: str) -> float:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        extract(Document.from_text(text, id="bench"))
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes (1.0: up to 10 MB)")
    args = ap.parse_args()
    for name, make in (("one_long_line", one_long_line), ("unbalanced_marks", unbalanced_marks),
                       ("many_quotes", many_quotes), ("stray_marks_on_one_line", stray_marks_on_one_line),
                       ("many_people", many_people), ("epithets_in_one_paragraph", epithets_in_one_paragraph),
                       ("nicknames_in_a_name", nicknames_in_a_name)):
        rows = []
        for units in (1, 2, 4):
            text = make(units)
            text = text[: int(len(text) * args.scale)]
            rows.append((units, len(text), seconds(text)))
        base = rows[0][2]
        print(json.dumps({"input": name, "runs": [
            {"units": u, "chars": n, "seconds": round(t, 3), "ratio": round(t / base, 2)} for u, n, t in rows]}))


if __name__ == "__main__":
    main()
