"""Reading documents: paths, folders and stdin become :class:`Document` objects.

Text is decoded as UTF-8 (a leading BOM is not part of the text) with no newline translation,
and is never rewritten: every offset anywhere in the program points into ``Document.text``.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from quotesearch.errors import DocumentError
from quotesearch.model import Document

#: File name endings read when a folder is given.
TEXT_SUFFIXES = (".txt", ".md", ".text")

#: Bytes that never occur in text: a file holding one is binary.
BINARY_BYTES = b"\x00"


@dataclass(frozen=True)
class ReadResult:
    """What reading one path gave: a document, or the error that names the file."""

    document: Document | None = None
    error: DocumentError | None = None


def doc_id_for(path: str) -> str:
    """A stable document id: the path relative to the working folder when inside it.

    >>> doc_id_for("seeds/a.txt")
    'seeds/a.txt'
    """
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.resolve().as_posix()


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


def read_file(path: str, encoding: str | None = None) -> Document:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from None
    text = decode(data, path, encoding)
    return Document.from_text(text, id=doc_id_for(path), path=path)


def read_stdin(encoding: str | None = None) -> Document:
    data = sys.stdin.buffer.read()
    text = decode(data, "<stdin>", encoding)
    return Document.from_text(text, id="-", path="-")


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the text files under folders (recursively, sorted), in order given."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files
                             if f.lower().endswith(TEXT_SUFFIXES) and not f.startswith("."))
            yield from sorted(found)
        else:
            yield p


def read(paths: Iterable[str], encoding: str | None = None) -> Iterator[ReadResult]:
    """One :class:`ReadResult` per file: a bad file is reported and the rest go on."""
    for p in expand(paths):
        try:
            doc = read_stdin(encoding) if p == "-" else read_file(p, encoding)
        except DocumentError as exc:
            yield ReadResult(error=exc)
        else:
            yield ReadResult(document=doc)
