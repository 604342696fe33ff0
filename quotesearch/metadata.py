"""Article metadata: the fields a citation needs, read from whatever the input gives.

Scrapers, sidecar files and front matter name the same things differently ("publisher",
"sitename", "date_publish"...). :func:`normalize` maps them onto :class:`~quotesearch.model.Document`'s
fields (``title``, ``outlet``, ``author``, ``published``, ``url``, ``accessed``), checks each value,
and reports what it could not use as a warning naming the file and line; the article is still
read with what could be. Nothing is guessed: a value that is absent or unreadable stays ``None``.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from typing import Callable, Mapping

#: Where each metadata field may come from, in order of preference (keys compared lower-cased,
#: with ``-`` and spaces read as ``_``). The names are those of trafilatura, news-please,
#: newspaper3k, schema.org and Hugo/Jekyll front matter.
FIELD_ALIASES = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "publisher", "publication", "sitename", "site_name", "source_hostname",
               "source_name", "newspaper", "journal", "container_title", "source"),
    "author": ("author", "authors", "byline", "creator", "creators"),
    "published": ("published", "date", "date_publish", "datepublished", "published_date", "publish_date",
                  "published_at", "pubdate", "issued"),
    "url": ("url", "link", "canonical_url", "source_url", "source"),
    "accessed": ("accessed", "access_date", "accessed_at", "retrieved", "date_download", "filedate",
                 "fetched", "urldate"),
}

#: Where the article's text may be in a JSON Lines record, in order of preference.
TEXT_KEYS = ("text", "maintext", "content", "body", "article", "raw_text")

#: A web address: the only kind of URL a citation may carry.
#:
#: >>> bool(RE_URL.match("https://example.org/a?b=1")), bool(RE_URL.match("example.org"))
#: (True, False)
RE_URL = re.compile(r"https?://[^\s/$.?#][^\s]*\Z", re.IGNORECASE)

#: An ISO 8601 date, optionally with a time: ``2025-06-04``, ``2025-06-04T10:00:00Z``, ``2025-06``,
#: ``2025``, and ``2025/06/04``.
#:
#: >>> RE_ISO_DATE.match("2025-06-04T10:00:00+02:00").groups()
#: ('2025', '06', '04')
RE_ISO_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?\Z")

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}

#: A date written out: "June 4, 2025", "Jun. 4 2025", "4 June 2025", "June 2025".
#:
#: >>> RE_WORD_DATE.match("Wednesday, June 4, 2025").group("month1", "day1", "year1")
#: ('June', '4', '2025')
RE_WORD_DATE = re.compile(
    r"(?:[A-Za-z]+,?\s+)??"
    r"(?:(?P<month1>[A-Za-z]+)\.?\s+(?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year1>\d{4})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]+)\.?,?\s+(?P<year2>\d{4}))"
    r"(?:,?\s+\d{1,2}[:.]\d{2}.*)?\Z")

#: A byline alone on its line near the top of an article: "By Jane Doe and John Roe". Each name
#: is two to four capitalised words, so "By the numbers" and "By Jane Doe, Reuters" are not bylines.
#:
#: >>> RE_BYLINE.match("By Jane Doe and John Q. Roe").group("names")
#: 'Jane Doe and John Q. Roe'
#: >>> RE_BYLINE.match("By Jane Doe, Reuters") is None, RE_BYLINE.match("By the numbers") is None
#: (True, True)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
RE_BYLINE = re.compile(rf"[ \t]*By\s+(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*)[ \t]*\r?\Z")

#: The lines that open and close a front-matter block.
FRONT_MATTER_OPEN = "---"
FRONT_MATTER_CLOSE = ("---", "...")

#: A front-matter line: ``key: value``.
#:
#: >>> RE_FRONT_MATTER_LINE.match("date: 2025-06-04").groups()
#: ('date', '2025-06-04')
RE_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*?))?\s*\Z")

#: Lines looked at for a front-matter block before giving up on finding its end.
FRONT_MATTER_MAX_LINES = 200


@dataclass(frozen=True)
class Found:
    """Metadata read from one source: the fields, and what could not be used."""

    fields: dict
    warnings: tuple[str, ...] = ()


def parse_date(value) -> str:
    """An ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for a date as sources write it.

    The day is kept as written (no time-zone conversion). Raises ValueError for anything that is
    not clearly a date, including day/month orders that cannot be told apart.

    >>> parse_date("2025-06-04T23:30:00-05:00"), parse_date("June 4, 2025"), parse_date("4 Jun 2025")
    ('2025-06-04', '2025-06-04', '2025-06-04')
    >>> parse_date("Wed, 04 Jun 2025 10:00:00 GMT"), parse_date("2025-06"), parse_date(2025)
    ('2025-06-04', '2025-06', '2025')
    >>> parse_date("04/06/2025")
    Traceback (most recent call last):
    ValueError: '04/06/2025' is not a date quotesearch can read (write it as YYYY-MM-DD)
    """
    s = str(value).strip()
    problem = ValueError(f"{s!r} is not a date quotesearch can read (write it as YYYY-MM-DD)")
    if isinstance(value, bool) or not s:
        raise problem
    parts: tuple = ()
    if m := RE_ISO_DATE.match(s):
        parts = tuple(int(g) for g in m.groups() if g is not None)
    elif m := RE_WORD_DATE.match(s):
        month = MONTHS.get((m["month1"] or m["month2"]).lower())
        day = m["day1"] or m["day2"]
        if month is None:
            raise problem
        parts = (int(m["year1"] or m["year2"]), month) + ((int(day),) if day else ())
    else:
        try:
            parsed = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            raise problem from None
        parts = (parsed.year, parsed.month, parsed.day)
    try:
        dt.date(parts[0], *(parts[1:] + (1, 1)[len(parts) - 1:]))
    except ValueError:
        raise problem from None
    if not 1000 <= parts[0] <= 2999:
        raise problem
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def split_authors(value) -> list[str]:
    """Author names from a string or a list (of strings or ``{"name": ...}`` objects).

    >>> split_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> split_authors("Doe, Jane"), split_authors("Jane Doe, John Roe; Ann Lee")
    (['Doe, Jane'], ['Jane Doe', 'John Roe', 'Ann Lee'])
    >>> split_authors([{"name": "Jane Doe"}, "John Roe", None])
    ['Jane Doe', 'John Roe']
    """
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, (list, tuple)):
        names = []
        for v in value:
            v = v.get("name") if isinstance(v, Mapping) else v
            if isinstance(v, str):
                names.extend(split_authors(v))
        return names
    if not isinstance(value, str):
        return []
    s = re.sub(r"^\s*by\s+", "", " ".join(value.split()), flags=re.IGNORECASE)
    names = []
    for part in re.split(r"\s*;\s*|\s+and\s+|\s*&\s*", s):
        pieces = [p.strip() for p in part.split(",")]
        # "Doe, Jane" is one inverted name; "Jane Doe, John Roe" is two.
        names.extend(pieces if len(pieces) > 1 and all(" " in p for p in pieces) else [part.strip()])
    return [n for n in names if n]


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def normalize(raw: Mapping, where: str, line_of: Callable[[str], int | None] = lambda key: None) -> Found:
    """Document fields from a mapping of metadata as a source writes it.

    ``where`` names the source in warnings (a file, or FILE:LINE); ``line_of(key)`` gives the line
    of a key in it, when known.

    >>> found = normalize({"headline": "Talks", "date": "June 4, 2025", "authors": ["A B"]}, "a.json")
    >>> found.fields
    {'title': 'Talks', 'author': 'A B', 'published': '2025-06-04'}
    >>> normalize({"date": "soon", "url": "www.x"}, "a.txt", lambda k: 3).warnings[0]
    "a.txt:3: date: 'soon' is not a date quotesearch can read (write it as YYYY-MM-DD); left empty"
    """
    keyed: dict[str, tuple[str, object]] = {}
    for k, v in raw.items():
        if isinstance(k, str):
            keyed.setdefault(_key(k), (k, v))
    fields: dict = {}
    warnings: list[str] = []

    def warn(key: str, message: str) -> None:
        line = line_of(key)
        warnings.append(f"{where}:{line}: {key}: {message}" if line else f"{where}: {key}: {message}")

    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias not in keyed:
                continue
            key, value = keyed[alias]
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, Mapping) and field in ("outlet",):
                value = value.get("name")
            if field == "author":
                names = split_authors(value)
                if names:
                    fields[field] = "; ".join(names)
                    break
                warn(key, f"{value!r} is not a list of names; left empty")
                continue
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                warn(key, f"expected text, found {type(value).__name__}; left empty")
                continue
            text = " ".join(str(value).split())
            if alias == "source" and field == "outlet" and RE_URL.match(text):
                continue  # "source" is a URL in trafilatura's records, a name elsewhere
            if alias == "source" and field == "url" and not RE_URL.match(text):
                continue
            if field in ("published", "accessed"):
                try:
                    text = parse_date(value)
                except ValueError as exc:
                    warn(key, f"{exc}; left empty")
                    continue
            elif field == "url" and not RE_URL.match(text):
                warn(key, f"{text!r} is not a web address (http:// or https://); left empty")
                continue
            if text:
                fields[field] = text
                break
    return Found(fields, tuple(warnings))


@dataclass(frozen=True)
class FrontMatter:
    """A front-matter block: its fields, where the article after it starts, and what was odd."""

    fields: dict
    body_start: int
    lines: dict
    warnings: tuple[str, ...] = ()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def front_matter(text: str, where: str) -> FrontMatter | None:
    """The ``---`` ... ``---`` block of ``key: value`` lines at the top of ``text``, if any.

    Values may be quoted, ``[a, b]`` lists, or ``- item`` lines under an empty key. A block whose
    first line is not ``key: value`` is not front matter (a Markdown rule, say); a line inside one
    that cannot be read is reported and skipped.

    >>> fm = front_matter("---\\ntitle: 'Talks'\\nauthors:\\n  - A B\\n  - C D\\n---\\nBody", "a.md")
    >>> fm.fields, fm.body_start
    ({'title': 'Talks', 'authors': ['A B', 'C D']}, 48)
    >>> front_matter("---\\nJust a rule\\n---\\n", "a.md") is None
    True
    """
    if not text.startswith(FRONT_MATTER_OPEN):
        return None
    lines = text[:200_000].split("\n", FRONT_MATTER_MAX_LINES)
    if lines[0].rstrip() != FRONT_MATTER_OPEN:
        return None
    offset = len(lines[0]) + 1
    fields: dict = {}
    where_key: dict = {}
    warnings: list[str] = []
    last_key = None
    for n, raw in enumerate(lines[1:FRONT_MATTER_MAX_LINES], start=2):
        line = raw.rstrip("\r")
        offset += len(raw) + 1
        if line.rstrip() in FRONT_MATTER_CLOSE:
            if not fields and not warnings:
                return None
            return FrontMatter(fields, min(offset, len(text)), where_key, tuple(warnings))
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") and last_key is not None:
            item = _unquote(stripped[2:].strip())
            previous = fields.get(last_key)
            fields[last_key] = (previous if isinstance(previous, list) else []) + [item]
            continue
        m = RE_FRONT_MATTER_LINE.match(line)
        if m is None:
            if not fields:
                return None
            warnings.append(f"{where}:{n}: front matter line is not 'key: value'; skipped")
            continue
        key, value = m.group(1).strip(), (m.group(2) or "").strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_unquote(v.strip()) for v in value[1:-1].split(",") if v.strip()]
        else:
            fields[key] = _unquote(value) if value else None
        where_key[_key(key)] = n
        last_key = key
    if not fields:
        return None
    return FrontMatter({}, 0, {}, (f"{where}:1: front matter opened with '---' is never closed; "
                                   "read as article text",))


def byline(text: str, lines: int = 6) -> str | None:
    """Authors named by a byline alone on its line among the first non-blank ``lines`` lines.

    >>> byline("Talks end\\n\\nBy Jane Doe and John Roe\\n\\nWASHINGTON — ...")
    'Jane Doe; John Roe'
    >>> byline("WASHINGTON — By all accounts it went well.") is None
    True
    """
    seen = 0
    for line in text[:4000].split("\n"):
        if not line.strip():
            continue
        if m := RE_BYLINE.match(line):
            return "; ".join(split_authors(m["names"]))
        seen += 1
        if seen >= lines:
            break
    return None


def merge(*found: Found) -> Found:
    """Fields from several sources, the first to give a field winning; all warnings kept."""
    fields: dict = {}
    warnings: list[str] = []
    for f in found:
        for k, v in f.fields.items():
            fields.setdefault(k, v)
        warnings.extend(f.warnings)
    return Found(fields, tuple(warnings))
