"""Reading documents: paths, folders and stdin become :class:`Document` objects, with their metadata.

Text is decoded as UTF-8 (a leading BOM is not part of the text) with no newline translation,
and is never rewritten: every offset anywhere in the program points into ``Document.text``.

What ``Document.text`` is, by kind of file:

- plain text and Markdown (``.txt``, ``.md``, ``.text``, stdin): the whole file as read. A
  front-matter block at the top (``---`` ... ``---``) stays in the text, so offsets point into the
  file exactly as for any other file; ``Document.body_start`` says where the article after it
  begins, and quotes are looked for from there on (:func:`parser_view`).
- JSON Lines (``.jsonl``): the ``text`` field of each record, one document per line, its path
  ``FILE:LINE`` (the line number counts from 1) and its id ``ID:LINE``.
- HTML (``.html``, ``.htm``): the article text of the page (:mod:`quotesearch.htmlpage`).

Metadata, for the fields it gives, in this order: a JSON Lines record's own fields; a sidecar JSON
file beside the article (``ARTICLE.json`` or ``ARTICLE.txt.json``); a page's meta tags; a front-matter
block; a byline alone on its line at the top of a plain text. Nothing else: a dateline such as
"WASHINGTON —" names a place, not an outlet, and no date is ever guessed. Metadata that cannot be
used is reported as a warning with its file and line, and the article is read all the same.
"""
from __future__ import annotations

import codecs
import functools
import json
import os
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from quotesearch import metadata
from quotesearch.errors import DocumentError
from quotesearch.htmlpage import parse_page
from quotesearch.metadata import Found
from quotesearch.model import Document

#: File name endings read as plain text (front matter allowed).
TEXT_SUFFIXES = (".txt", ".md", ".text")
#: File name endings read as web pages.
HTML_SUFFIXES = (".html", ".htm")
#: File name endings read as JSON Lines, one article per line.
JSONL_SUFFIXES = (".jsonl",)
#: Everything read when a folder is given.
READ_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

#: Bytes that never occur in text: a file holding one is binary.
BINARY_BYTES = b"\x00"

#: A page's declared character set, looked for in its first bytes when it is not UTF-8
#: (the "prescan" browsers do before parsing).
#:
#: >>> RE_CHARSET.search(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')[1]
#: b'windows-1252'
RE_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class ReadResult:
    """What reading one path (or one JSON Lines record) gave: a document, or the error that names
    the file; ``warnings`` are metadata problems worth a line on stderr that did not stop reading."""

    document: Document | None = None
    error: DocumentError | None = None
    warnings: tuple[str, ...] = ()


def doc_id_for(path: str) -> str:
    """A stable document id: the path relative to the working folder when inside it.

    >>> doc_id_for("seeds/a.txt")
    'seeds/a.txt'
    """
    p = Path(path)
    if ".." in p.parts or p.name in ("", ".") or p.is_symlink():
        real = p.resolve()
    else:  # the folder resolved once, not every file's path again (a stat per component)
        real = _resolved(os.path.dirname(os.path.abspath(path))) / p.name
    try:
        return real.relative_to(_resolved(os.getcwd())).as_posix()
    except ValueError:
        return real.as_posix()


@functools.lru_cache(maxsize=1024)
def _resolved(folder: str) -> Path:
    return Path(folder).resolve()


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a file's bytes; a leading BOM is dropped, nothing else is changed."""
    if BINARY_BYTES in data[:65536]:
        raise DocumentError(path, "looks like a binary file (it holds NUL bytes); give a text file")
    enc = encoding or "utf-8"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        hint = "" if encoding else "; if it is in another encoding, name it with --encoding (e.g. cp1252)"
        raise DocumentError(path, f"is not valid {enc} (byte {exc.start}){hint}") from None
    except LookupError:
        raise DocumentError(path, f"unknown encoding {encoding!r}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _decode_page(data: bytes, path: str, encoding: str | None) -> str:
    """A page's text: UTF-8 or ``encoding`` as for any file, else the charset the page declares."""
    try:
        return decode(data, path, encoding)
    except DocumentError:
        m = None if encoding else RE_CHARSET.search(data[:4096])
        if m is None:
            raise
        try:
            declared = codecs.lookup(m[1].decode("ascii")).name
        except LookupError:
            raise DocumentError(path, f"declares an unknown charset {m[1].decode('ascii')!r}; "
                                      "name its encoding with --encoding") from None
        return decode(data, path, declared)


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from None


def _line_of(source: str) -> Callable[[str], int | None]:
    """A function giving the line where ``"key":`` first appears in a JSON text."""
    def line_of(key: str) -> int | None:
        m = re.search(r'"' + re.escape(key) + r'"\s*:', source, re.IGNORECASE)
        return source.count("\n", 0, m.start()) + 1 if m else None
    return line_of


def sidecar(path: str) -> Found:
    """Metadata from ``ARTICLE.json`` (or ``ARTICLE.txt.json``) beside ``path``, if there is one."""
    p = Path(path)
    for candidate in (p.with_suffix(".json"), p.with_name(p.name + ".json")):
        if candidate.is_file():
            break
    else:
        return Found({})
    where = str(candidate)
    try:
        source = decode(_read_bytes(where), where)
        data = json.loads(source)
    except DocumentError as exc:
        return Found({}, (f"{exc}; its metadata was not used",))
    except json.JSONDecodeError as exc:
        return Found({}, (f"{where}:{exc.lineno}: not valid JSON ({exc.msg}, column {exc.colno}); "
                          "its metadata was not used",))
    if not isinstance(data, dict):
        return Found({}, (f"{where}:1: expected a JSON object of metadata; not used",))
    return metadata.normalize(data, where, _line_of(source))


def text_document(text: str, *, id: str, path: str, where: str, given: Found = Found({})) -> ReadResult:
    """A plain text's document: front matter parsed (kept in the text), ``given`` metadata first."""
    fm = metadata.front_matter(text, where)
    body_start = fm.body_start if fm else 0
    from_fm = Found({}, fm.warnings if fm else ())
    if fm and fm.fields:
        found = metadata.normalize(fm.fields, where, fm.lines.get)
        from_fm = Found(found.fields, from_fm.warnings + found.warnings)
    meta = metadata.merge(given, from_fm)
    fields = dict(meta.fields)
    if "author" not in fields and (names := metadata.byline(text[body_start:body_start + 4000])):
        fields["author"] = names
    doc = Document.from_text(text, id=id, path=path, body_start=body_start, **fields)
    return ReadResult(document=doc, warnings=meta.warnings)


def read_text_file(path: str, encoding: str | None = None) -> ReadResult:
    text = decode(_read_bytes(path), path, encoding)
    return text_document(text, id=doc_id_for(path), path=path, where=path, given=sidecar(path))


def read_html_file(path: str, encoding: str | None = None) -> ReadResult:
    page = parse_page(_decode_page(_read_bytes(path), path, encoding), path)
    meta = metadata.merge(sidecar(path), page.meta)
    doc = Document.from_text(page.text, id=doc_id_for(path), path=path, **meta.fields)
    return ReadResult(document=doc, warnings=meta.warnings)


def read_jsonl_file(path: str, encoding: str | None = None) -> Iterator[ReadResult]:
    """One result per non-blank line: a document, or an error naming ``FILE:LINE``."""
    text = decode(_read_bytes(path), path, encoding)
    base_id = doc_id_for(path)
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadResult(error=DocumentError(where, f"is not valid JSON ({exc.msg}, column {exc.colno}); "
                                                        "this line was skipped"))
            continue
        if not isinstance(record, dict):
            yield ReadResult(error=DocumentError(where, "is not a JSON object; this line was skipped"))
            continue
        key = next((k for k in metadata.TEXT_KEYS if k in record), None)
        body = record.get(key) if key else None
        if not isinstance(body, str):
            what = f"its {key!r} is not a string" if key else f"it has no text field ({', '.join(metadata.TEXT_KEYS)})"
            yield ReadResult(error=DocumentError(where, f"{what}; this line was skipped"))
            continue
        found = metadata.normalize({k: v for k, v in record.items() if k != key}, where)
        doc = Document.from_text(body, id=f"{base_id}:{n}", path=where, **found.fields)
        yield ReadResult(document=doc, warnings=found.warnings)


def read_file(path: str, encoding: str | None = None) -> Document:
    """The document of one plain-text or HTML file (metadata warnings are dropped: see :func:`read`)."""
    reader = read_html_file if path.lower().endswith(HTML_SUFFIXES) else read_text_file
    document = reader(path, encoding).document
    assert document is not None  # (a reader raises DocumentError rather than give no document)
    return document


def read_stdin(encoding: str | None = None) -> ReadResult:
    text = decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    return text_document(text, id="-", path="-", where="<stdin>")


def parser_view(doc: Document) -> Document:
    """The document as the quote parser sees it: a front-matter block blanked out (each character
    but line breaks made a space), so that no quote or speaker is taken from the metadata while every
    offset and every character after it stay as they are.

    >>> doc = Document.from_text("---\\ntitle: “A”\\n---\\n“B,” he said.", body_start=19)
    >>> parser_view(doc).text
    '   \\n          \\n   \\n“B,” he said.'
    """
    if not doc.body_start:
        return doc
    head = re.sub(r"[^\r\n]", " ", doc.text[: doc.body_start])
    return replace(doc, text=head + doc.text[doc.body_start:])


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the files under folders that can be read (recursively, sorted), in order given."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found: list[str] = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files
                             if f.lower().endswith(READ_SUFFIXES) and not f.startswith("."))
            yield from sorted(found)
        else:
            yield p


def read(paths: Iterable[str], encoding: str | None = None) -> Iterator[ReadResult]:
    """One :class:`ReadResult` per document: a bad file or line is reported and the rest go on."""
    for p in expand(paths):
        lower = p.lower()
        try:
            if p == "-":
                yield read_stdin(encoding)
            elif lower.endswith(JSONL_SUFFIXES):
                yield from read_jsonl_file(p, encoding)
            elif lower.endswith(HTML_SUFFIXES):
                yield read_html_file(p, encoding)
            else:
                yield read_text_file(p, encoding)
        except DocumentError as exc:
            yield ReadResult(error=exc)
