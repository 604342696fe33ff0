"""Reading documents: paths, folders and stdin become :class:`Document` objects, with their metadata.

Text is decoded as UTF-8 (a leading BOM is not part of the text) with no newline translation,
and is never rewritten: every offset anywhere in the program points into ``Document.text``. An
encoding the user names (``--encoding``) is a fallback, for the files that are not UTF-8
(:func:`decode`).

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

#: Byte order marks of the Unicode encodings whose text holds NUL bytes, UTF-32's first (its
#: little-endian mark starts with UTF-16's).
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
             (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Their codecs (as :func:`codecs.lookup` names them): a file in one of them is not binary.
WIDE_CODECS = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

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
    name = os.path.basename(path)
    if ".." in Path(path).parts or name in ("", ".") or os.path.islink(path):
        real = str(Path(path).resolve())
    else:  # the folder resolved once, not every file's path again (a stat per component)
        real = os.path.join(_resolved(os.path.dirname(os.path.abspath(path))), name)
    cwd = _resolved(os.getcwd()).rstrip(os.sep)
    if real.startswith(cwd + os.sep) or real == cwd:
        real = real[len(cwd) + 1:] or "."  # (the folder itself is ".", as pathlib's relative_to gave)
    return Path(real).as_posix() if os.sep != "/" else real


@functools.lru_cache(maxsize=1024)
def _resolved(folder: str) -> str:
    return str(Path(folder).resolve())


def _codec(path: str, encoding: str) -> str:
    """The codec name of an encoding (``"UTF16"`` is ``"utf-16"``); an unknown one names the file."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise DocumentError(path, f"unknown encoding {encoding!r}") from None


def _bom_codec(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec whose byte order mark starts ``data``, if one does."""
    return next((name for mark, name in WIDE_BOMS if data.startswith(mark)), None)


def _binary_error(data: bytes, path: str) -> DocumentError:
    if bom := _bom_codec(data):
        return DocumentError(path, f"holds NUL bytes and starts like a {bom.upper()} file; "
                                   f"if it is one, read it with --encoding {bom}")
    return DocumentError(path, "looks like a binary file (it holds NUL bytes); give a text file")


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a file's bytes: UTF-8 when they are valid UTF-8, else ``encoding`` (a fallback,
    not an order); a leading BOM is dropped, nothing else is changed.

    Bytes holding NUL are binary, unless ``encoding`` is given and is UTF-16 or UTF-32. When it is
    given, a UTF-16 or UTF-32 byte order mark at the start of bytes that are not UTF-8 decides.

    >>> decode("It’s".encode("utf-8"), "a.txt", "cp1252"), decode("It’s".encode("cp1252"), "a.txt", "cp1252")
    ('It’s', 'It’s')
    >>> decode("It’s".encode("utf-16"), "a.txt", "cp1252")
    'It’s'
    """
    codec = _codec(path, encoding) if encoding else None
    if BINARY_BYTES in data[:65536]:
        fallback = codec and (_bom_codec(data) or (codec if codec in WIDE_CODECS else None))
        if not fallback:
            raise _binary_error(data, path)
        return _decoded(data, path, fallback, f"is not valid {fallback}")
    try:
        return _without_bom(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if codec is None:
            raise DocumentError(path, f"is not valid utf-8 (byte {exc.start}); if it is in another "
                                      "encoding, name it with --encoding (e.g. cp1252)") from None
    fallback = _bom_codec(data) or codec
    return _decoded(data, path, fallback, f"is neither utf-8 nor {fallback}")


def _decoded(data: bytes, path: str, codec: str, failure: str) -> str:
    """``data`` decoded with ``codec``, BOM dropped; bytes it cannot decode are a DocumentError
    that says ``failure`` and where."""
    try:
        return _without_bom(data.decode(codec))
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"{failure} (byte {exc.start})") from None


def _without_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


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
    for where in (os.path.splitext(path)[0] + ".json", path + ".json"):
        if os.path.isfile(where):
            break
    else:
        return Found({})
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
