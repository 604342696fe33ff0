"""Rendering listings: one set of formats (table, JSON, JSON Lines, CSV) shared by every command."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Sequence


#: The formats every listing speaks.
FORMATS = ("table", "json", "jsonl", "csv")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render(rows: Sequence[dict], fmt: str, columns: Sequence[str] | None = None) -> str:
    """Rows as text in one of :data:`FORMATS`; JSON is valid even when there are no rows.

    >>> render([], "json")
    '[]'
    >>> print(render([{"a": 1, "b": "x,y"}], "csv"), end="")
    a,b
    1,"x,y"
    """
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).rstrip("\n")
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return buf.getvalue()
    if fmt == "table":
        from tabulate import tabulate  # (imported here: it takes a fifth of a search's start-up)

        return tabulate([[_cell(r.get(c)) for c in cols] for r in rows], headers=cols,
                        tablefmt="simple", maxcolwidths=[60 if c in ("text", "quote") else 30 for c in cols] or None)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def shorten(text: str, width: int = 80) -> str:
    """One line of at most ``width`` characters.

    >>> shorten("a  b\\nc", 10)
    'a b c'
    >>> shorten("abcdefghijk", 6)
    'abcde…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def counted(n: int, noun: str) -> str:
    """``n`` and a noun, plural unless ``n`` is 1.

    >>> counted(1, "quote"), counted(0, "quote"), counted(3, "article")
    ('1 quote', '0 quotes', '3 articles')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def write_rows(stream, rows: Iterable[dict], fmt: str, columns=None) -> None:
    out = render(list(rows), fmt, columns)
    if out:
        stream.write(out if out.endswith("\n") else out + "\n")
