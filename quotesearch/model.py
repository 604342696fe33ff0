"""The data model: one small frozen dataclass per concept, each with one JSON shape."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


#: The fields of a document that describe the article (rather than its text or where it was read).
METADATA_FIELDS = ("title", "outlet", "author", "published", "url", "accessed")


@dataclass(frozen=True)
class Document:
    """One article. ``text`` is exactly what was read: every offset points into it."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    accessed: str | None = None
    sha256: str = ""
    #: Where the article starts in ``text``: after a front-matter block, else 0.
    body_start: int = 0

    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, **meta) -> Document:
        """A document of ``text``; ``sha256`` fingerprints the text and, when there is any, the
        metadata (so that a changed sidecar or JSON Lines record counts as a changed document).

        >>> Document.from_text("a").sha256 == hashlib.sha256(b"a").hexdigest()
        True
        >>> Document.from_text("a", title="T").sha256 != Document.from_text("a", title="U").sha256
        True
        """
        data = text.encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(data).hexdigest()
        described = {k: meta[k] for k in METADATA_FIELDS if meta.get(k)}
        if described:
            data += b"\0" + json.dumps(described, sort_keys=True).encode("utf-8", "surrogatepass")
        return cls(id=id or digest[:16], text=text, sha256=hashlib.sha256(data).hexdigest(), **meta)

    def to_dict(self, *, with_text: bool = False) -> dict:
        d = asdict(self)
        if not with_text:
            d.pop("text")
        return d


@dataclass(frozen=True)
class Quote:
    """One quotation: ``text == document.text[start:end]``, the content inside the marks."""

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: str | None = None
    speaker_mention: str | None = None
    role: str | None = None
    cue: str | None = None
    paragraph: int = 0
    confidence: float = 0.0
    evidence: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        """The one JSON shape of a quote (``extract`` output, index fields, golden files).

        Built field by field: ``dataclasses.asdict`` deep-copies and was a fifth of ``extract``'s time.
        """
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["evidence"] = dict(self.evidence)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Quote:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})


def quote_id(doc_id: str, start: int, end: int) -> str:
    """A stable id from the document id and the offsets: 16 hex digits (prefixes are accepted).

    >>> quote_id("a.txt", 3, 9) == quote_id("a.txt", 3, 9)
    True
    >>> len(quote_id("a.txt", 3, 9))
    16
    """
    return hashlib.sha1(f"{doc_id}\0{start}\0{end}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
