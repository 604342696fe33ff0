"""Reading a web page: the article's text and its metadata, with the standard library's HTML parser.

The text is the page's article (the largest ``<article>``, else ``<main>``, else ``<body>``) with
navigation, scripts, forms and asides left out; each block element (paragraph, heading, list item,
quotation...) becomes one paragraph, paragraphs separated by a blank line, white space inside a
paragraph collapsed as a browser shows it. Offsets of quotes point into this text.

Metadata comes from the page's own statements, most specific first: Open Graph and ``article:``
meta tags, schema.org JSON-LD (``NewsArticle``...), other common meta names, ``<link
rel=canonical>``, ``<time datetime>`` and ``<title>``. Each candidate value keeps the line it was on
so that an unreadable one can be reported with its place.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser

from quotesearch.metadata import Found, normalize

#: Elements whose content is not article text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside",
                       "form", "button", "select", "textarea", "iframe", "object", "canvas", "head",
                       "figcaption", "dialog"})

#: Elements that start and end a paragraph of text.
BLOCK_TAGS = frozenset({"address", "article", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt",
                        "fieldset", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
                        "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th",
                        "tr", "ul", "caption"})

#: Elements that have no end tag.
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr"})

#: Elements closed by the start of another of the same kind when their end tag is left out.
SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})

#: ``<meta>`` names and properties, mapped to the metadata key they give (see
#: :data:`quotesearch.metadata.FIELD_ALIASES`), most specific first within each key.
META_KEYS = {
    "og:title": "title", "twitter:title": "title",
    "og:site_name": "outlet", "publisher": "outlet", "citation_journal_title": "outlet",
    "article:author": "author", "author": "author", "byl": "author", "parsely-author": "author",
    "sailthru.author": "author", "dc.creator": "author", "citation_author": "author",
    "article:published_time": "published", "datepublished": "published", "pubdate": "published",
    "publishdate": "published", "publish-date": "published", "date": "published", "dc.date": "published",
    "dc.date.issued": "published", "dcterms.created": "published", "citation_publication_date": "published",
    "parsely-pub-date": "published", "sailthru.date": "published",
    "og:url": "url",
}

#: Every source of a field, most trusted first: the first usable value of a field is kept.
PREFERENCE = (
    [(name, "url") for name in ("canonical", "og:url", "ld:url")]
    + [(name, field) for name, field in META_KEYS.items() if field != "url"]
    + [("ld:headline", "title"), ("ld:author", "author"), ("ld:publisher", "outlet"),
       ("ld:datePublished", "published"), ("time[pubdate]", "published"), ("time", "published"),
       ("time outside article", "published")]
)

#: schema.org types of an article's JSON-LD object.
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                           "BlogPosting", "LiveBlogPosting", "Report"})


@dataclass(frozen=True)
class Page:
    """What a page gives: its article text and metadata, and what could not be used."""

    text: str
    meta: Found


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip = 0                       # open elements whose text is left out
        self.article = 0                    # open <article> elements
        self.main = 0
        self.articles = 0                   # <article> elements seen so far
        self.current_article = 0
        self.buffer: list[str] = []
        # paragraphs: (text, article number or 0, inside <main>)
        self.paragraphs: list[tuple[str, int, bool]] = []
        self.candidates: dict[str, list[tuple[str, int]]] = {}
        self.title_parts: list[str] | None = None
        self.title = ""
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.script: tuple[list[str], int] | None = None
        self.json_ld: list[tuple[str, int]] = []

    # metadata -----------------------------------------------------------------------------
    def _candidate(self, key: str, value: str | None) -> None:
        if value and value.strip():
            self.candidates.setdefault(key, []).append((value.strip(), self.getpos()[0]))

    def _meta_tag(self, attrs: dict) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        key = META_KEYS.get(name)
        if key:
            self._candidate(name, attrs.get("content"))

    # structure ----------------------------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if text and not self.skip:
            self.paragraphs.append((text, self.current_article if self.article else 0, self.main > 0))

    def _open(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag == "article":
            self.articles += 1
            self.article += 1
            if self.article == 1:
                self.current_article = self.articles
        elif tag == "main":
            self.main += 1

    def _close(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip -= 1
        elif tag == "article":
            self.article -= 1
        elif tag == "main":
            self.main -= 1

    def handle_starttag(self, tag: str, attr_list) -> None:
        attrs = {k.lower(): (v or "") for k, v in attr_list}
        if tag == "meta":
            self._meta_tag(attrs)
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self._candidate("canonical", attrs.get("href"))
        elif tag == "time" and attrs.get("datetime"):
            if "pubdate" in attrs or attrs.get("itemprop", "").lower() == "datepublished":
                self._candidate("time[pubdate]", attrs["datetime"])
            elif self.article:
                self._candidate("time", attrs["datetime"])
            else:
                self._candidate("time outside article", attrs["datetime"])
        elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self.script = ([], self.getpos()[0])
        elif tag == "title" and self.title_parts is None and not self.title:
            self.title_parts = []
        elif tag == "h1" and self.h1 is None and not self.skip:
            self.h1_parts = []
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in VOID_TAGS:
            return
        if tag in SELF_CLOSING_SIBLINGS and self.stack and self.stack[-1] == tag:
            self.handle_endtag(tag)
        self.stack.append(tag)
        self._open(tag)

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            self.json_ld.append(("".join(self.script[0]), self.script[1]))
            self.script = None
        elif tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split())
            self.title_parts = None
        elif tag == "h1" and self.h1_parts is not None:
            self.h1 = " ".join("".join(self.h1_parts).split())
            self.h1_parts = None
        if tag in BLOCK_TAGS or tag == "p":
            self._flush()
        if tag not in self.stack:
            return  # a stray end tag
        # close everything opened since (end tags left out inside it)
        while self.stack:
            open_tag = self.stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[0].append(data)
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if not self.skip:
            self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # results ------------------------------------------------------------------------------
    def text(self) -> str:
        """The largest article's paragraphs, else those in <main>, else all of them."""
        chosen = self.paragraphs
        if any(a for _, a, _ in self.paragraphs):
            sizes: dict[int, int] = {}
            for t, a, _ in self.paragraphs:
                if a:
                    sizes[a] = sizes.get(a, 0) + len(t)
            best = max(sorted(sizes), key=lambda a: sizes[a])
            chosen = [p for p in self.paragraphs if p[1] == best]
        elif any(m for _, _, m in self.paragraphs):
            chosen = [p for p in self.paragraphs if p[2]]
        return "\n\n".join(t for t, _, _ in chosen)


def _json_ld_article(source: str, line: int, where: str, warnings: list[str]) -> dict | None:
    try:
        data = json.loads(source)
    except ValueError as exc:
        warnings.append(f"{where}:{line + getattr(exc, 'lineno', 1) - 1}: JSON-LD metadata is not valid "
                        f"JSON ({getattr(exc, 'msg', exc)}); skipped")
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES:
                return item
            if "@graph" in item:
                stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
    return None


def _strip_site(title: str, site: str | None) -> str:
    """ "Talks end | The Paper" → "Talks end" when the page names The Paper as its site."""
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(sep + site):
                return title[: -len(sep + site)].strip()
    return title


def parse_page(source: str, where: str) -> Page:
    """The article text and metadata of one HTML page; ``where`` names it in warnings.

    >>> page = parse_page('<html><head><title>Talks | The Paper</title>'
    ...     '<meta property="og:site_name" content="The Paper"></head><body><nav>Home</nav>'
    ...     '<article><h1>Talks</h1><p>“We wait,” she&nbsp;said.<p>Next</article></body></html>', "a.html")
    >>> page.text
    'Talks\\n\\n“We wait,” she said.\\n\\nNext'
    >>> page.meta.fields
    {'outlet': 'The Paper', 'title': 'Talks'}
    """
    parser = _PageParser()
    parser.feed(source)
    parser.close()
    warnings: list[str] = []
    raw: dict[str, object] = {}
    lines: dict[str, int] = {}

    def offer(key: str, value, line: int) -> None:
        if key not in raw and value not in (None, "", []):
            raw[key] = value
            lines[key] = line

    for name, values in parser.candidates.items():
        key = META_KEYS.get(name)
        if key is not None:
            for value, line in values:
                offer(name, value if key != "author" or not value.startswith("http") else None, line)
    for source_text, line in parser.json_ld:
        article = _json_ld_article(source_text, line, where, warnings)
        if article:
            publisher = article.get("publisher")
            offer("ld:headline", article.get("headline"), line)
            offer("ld:author", article.get("author"), line)
            offer("ld:publisher", publisher.get("name") if isinstance(publisher, dict) else publisher, line)
            offer("ld:datePublished", article.get("datePublished"), line)
            offer("ld:url", article.get("url") if isinstance(article.get("url"), str) else None, line)
    for name in ("canonical", "time[pubdate]", "time", "time outside article"):
        for value, line in parser.candidates.get(name, [])[:1]:
            offer(name, value, line)

    found_fields: dict = {}
    for name, field in PREFERENCE:
        if field in found_fields or name not in raw:
            continue
        found = normalize({field: raw[name]}, where, lambda key, n=name: lines[n])  # type: ignore[misc]
        if field in found.fields:
            found_fields[field] = found.fields[field]
        warnings.extend(w.replace(f": {field}: ", f": {name}: ", 1) for w in found.warnings)
    if "title" not in found_fields:
        title = _strip_site(parser.title, found_fields.get("outlet")) or parser.h1
        if title:
            found_fields["title"] = title
    return Page(parser.text(), Found(found_fields, tuple(warnings)))
