"""Citations and exports of quotes: styled text, bibliography files and data rows.

Pure functions over :class:`Cited` items (a quote and the article it is in). Every format escapes
each field for itself, and a field the article does not give is left out (never "None"):

- ``apa``, ``mla``, ``chicago``: one line per quote, the quotation in its speaker's name with the
  in-text citation (APA 7, MLA 9) or a note number (Chicago notes and bibliography), then the
  notes (Chicago) and the reference list, one entry per article;
- ``bibtex`` (biblatex: ``@article`` with ``journaltitle`` for an article whose outlet is known,
  else ``@online`` or ``@misc``), ``ris`` (``TY  - NEWS``) and ``csl-json`` (``article-newspaper``):
  one entry per article, with stable keys, the quotes that cite it in a note;
- ``markdown`` (a table of quote, speaker, role, source, date), ``csv``, ``json``, ``jsonl``: one
  row per quote.

Titles are kept as the article gives them (no automatic sentence or title case: it would break
proper names), and styled text is plain text (no italics).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Iterable, Mapping, Sequence

from quotesearch.time_words import MONTH_NAMES
from quotesearch.output import render

#: Every export format.
FORMATS = ("apa", "mla", "chicago", "bibtex", "ris", "csl-json", "markdown", "csv", "json", "jsonl")

#: Words that make an author name an organisation ("Associated Press", "Reuters Staff"), which
#: is written as given, never inverted into family and given names.
ORGANIZATION_WORDS = frozenset({
    "agency", "associated", "board", "bureau", "committee", "correspondent", "correspondents", "council",
    "department", "desk", "editorial", "editors", "foundation", "group", "institute", "media", "ministry",
    "network", "news", "newsroom", "office", "press", "reporters", "service", "staff", "team", "times",
    "wire", "writers", "afp", "ap", "bbc", "cnn", "dpa", "reuters", "upi",
})

#: Name particles that belong to the family name ("Ursula von der Leyen" → "von der Leyen").
PARTICLES = frozenset({"da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al"})

#: Generational suffixes, kept after the name.
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})

#: Words a citation key skips when it picks a title word.
KEY_STOP_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from",
                            "by", "as", "is", "are", "was", "says", "said"})

#: MLA abbreviates months longer than four letters.
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

#: The columns of the data exports, in order.
DATA_COLUMNS = ("id", "text", "speaker", "role", "kind", "cue", "confidence", "doc_id", "path", "title",
                "outlet", "author", "published", "url", "accessed", "start", "end", "paragraph",
                "speaker_mention", "evidence")


# --- the items --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Name:
    """A person's name split for citing, or an organisation's written as given (``literal``)."""

    family: str = ""
    given: str = ""
    suffix: str = ""
    literal: str = ""


def parse_name(name: str) -> Name:
    """
    >>> parse_name("Jane M. Doe"), parse_name("Doe, Jane")
    (Name(family='Doe', given='Jane M.', suffix='', literal=''), Name(family='Doe', given='Jane', suffix='', literal=''))
    >>> parse_name("Ursula von der Leyen").family, parse_name("Martin Luther King Jr.").suffix
    ('von der Leyen', 'Jr.')
    >>> parse_name("Associated Press"), parse_name("Reuters")
    (Name(family='', given='', suffix='', literal='Associated Press'), Name(family='', given='', suffix='', literal='Reuters'))
    """
    name = " ".join(name.split())
    words = name.replace(",", " ").split()
    if len(words) < 2 or any(w.lower().strip(".") in ORGANIZATION_WORDS for w in words):
        return Name(literal=name)
    if "," in name:
        family, _, given = name.partition(",")
        return Name(family=family.strip(), given=given.strip())
    suffix = words.pop() if words[-1].lower() in SUFFIXES and len(words) > 2 else ""
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in PARTICLES:
        i -= 1
    return Name(family=" ".join(words[i:]), given=" ".join(words[:i]), suffix=suffix)


@dataclass(frozen=True)
class Source:
    """The article a quote is from, as far as its metadata goes."""

    id: str
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    accessed: str | None = None
    path: str | None = None

    @classmethod
    def from_mapping(cls, d: Mapping) -> Source:
        """From a :class:`~quotesearch.model.Document`'s dict or a search hit's fields."""
        def text(key):
            v = d.get(key)
            return " ".join(str(v).split()) or None if v is not None else None
        authors = d.get("authors") or d.get("author") or ()
        if isinstance(authors, str):
            authors = authors.split(";")
        return cls(id=str(d.get("doc_id") or d.get("id") or d.get("path") or ""), title=text("title"),
                   outlet=text("outlet"), authors=tuple(a.strip() for a in authors if a and a.strip()),
                   published=text("published"), url=text("url"), accessed=text("accessed"), path=text("path"))

    @property
    def names(self) -> list[Name]:
        return [parse_name(a) for a in self.authors]

    @property
    def label(self) -> str:
        """What stands for a missing title: the file's name, in brackets."""
        return f"[{PurePosixPath(self.path or self.id or 'untitled').name}]"


@dataclass(frozen=True)
class Cited:
    """One quote (its fields as in ``extract``'s output) and the article it is in."""

    quote: Mapping
    source: Source


def cited(quote, document=None) -> Cited:
    """A :class:`Cited` from a Quote (or its dict) and a Document (or its dict); a search hit that
    carries the article's fields itself needs no document."""
    q = quote.to_dict() if hasattr(quote, "to_dict") else dict(quote)
    d = document.to_dict() if hasattr(document, "to_dict") else dict(document or q)
    d.setdefault("doc_id", q.get("doc_id"))
    if document is not None and "id" in d:
        d["doc_id"] = d["id"]
    return Cited(q, Source.from_mapping(d))


def from_hits(hits: Iterable) -> list[Cited]:
    """Items for search hits (anything with a ``quote`` and its ``doc``'s metadata dict)."""
    return [cited(h.quote, h.doc) for h in hits]


def sources(items: Iterable[Cited]) -> list[tuple[Source, list[Cited]]]:
    """Each article once, in the order first cited, with its quotes."""
    grouped: dict[str, tuple[Source, list[Cited]]] = {}
    for item in items:
        grouped.setdefault(item.source.id, (item.source, []))[1].append(item)
    return list(grouped.values())


# --- pieces shared by the styles --------------------------------------------------------------

def _date_parts(value: str | None) -> list[int]:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    return [int(g) for g in m.groups() if g] if m else []


def _inner_quotes(text: str) -> str:
    """Double quotation marks inside a quotation become single ones."""
    return text.replace("“", "‘").replace("”", "’").replace('"', "'")


def quotation(text: str, *, final: str = "") -> str:
    """A quote's text ready to stand in quotation marks: one line, inner marks single, its closing
    comma or full stop dropped (the sentence around it supplies its own), then ``final``.

    >>> quotation("We wait\\n and see.", final="."), quotation("Is it “over”?,")
    ('We wait and see.', 'Is it ‘over’?')
    """
    t = _inner_quotes(" ".join(text.split()))
    t = re.sub(r"[\s,;:.]+$", "", t) if not t.endswith("...") else t
    if t.endswith(("?", "!", "…", "...")):
        return t
    return t + final


def _titled(title: str, close: str) -> str:
    """“Title,” with the punctuation inside the marks unless the title has its own."""
    t = _inner_quotes(title)
    if t.endswith(("?", "!")):
        return f"“{t}”"
    if t.endswith("’") and close:  # a quotation ending the title: ‘a clear signal.’”
        return f"“{t[:-1]}{close}’”"
    return f"“{t}{close}”"


def short_title(title: str, words: int = 4) -> str:
    """The first few words of a long title, as in-text citations and short notes use.

    >>> short_title("Allies meet in Brussels to discuss aid"), short_title("Talks end.")
    ('Allies meet in Brussels', 'Talks end')
    """
    ws = title.split()
    t = " ".join(ws[:words]) if len(ws) > words + 1 else title
    return t.rstrip(" .,:;—–-")


def _speaker_sentence(item: Cited, quote: str, citation: str) -> str:
    q = item.quote
    speaker, role = q.get("speaker"), q.get("role")
    speaker = " ".join(speaker.split()) if speaker else None
    role = " ".join(role.split()) if role and speaker and role.lower() not in speaker.lower() else None
    if not speaker:
        return f"“{quote}”{citation}"
    who = f"{speaker}, {role}" if role else speaker
    if q.get("kind") == "mixed":
        return f"In the words of {who}, “{quote}”{citation}"
    return f"As {who}{',' if role else ''} put it, “{quote}”{citation}"


def _sentence_end(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _join_names(parts: Sequence[str], conj: str, serial: bool = True) -> str:
    if len(parts) <= 2:
        return f" {conj} ".join(parts)
    return ", ".join(parts[:-1]) + ("," if serial else "") + f" {conj} " + parts[-1]


def _display(n: Name) -> str:
    """First name first: "Jane Doe", "Martin Luther King Jr."."""
    return n.literal or " ".join(p for p in (n.given, n.family, n.suffix) if p)


def _surname(n: Name) -> str:
    return n.literal or n.family


# --- APA 7 ------------------------------------------------------------------------------------

def _initials(given: str) -> str:
    """
    >>> _initials("Jane Mary"), _initials("Jean-Paul"), _initials("J. R.")
    ('J. M.', 'J.-P.', 'J. R.')
    """
    out = []
    for word in given.split():
        out.append("-".join(p[0] + "." for p in word.split("-") if p))
    return " ".join(out)


def _apa_name(n: Name) -> str:
    if n.literal:
        return n.literal
    return f"{n.family}, {_initials(n.given)}" + (f", {n.suffix}" if n.suffix else "")


def _apa_date(value: str | None) -> str:
    parts = _date_parts(value)
    if not parts:
        return "n.d."
    out = str(parts[0])
    if len(parts) > 1:
        out += f", {MONTH_NAMES[parts[1] - 1]}" + (f" {parts[2]}" if len(parts) > 2 else "")
    return out


def apa_reference(s: Source) -> str:
    """
    >>> apa_reference(Source("x", "Talks end", "The Times", ("Jane Doe", "John Roe"), "2025-06-04", "https://t.example/a"))
    'Doe, J., & Roe, J. (2025, June 4). Talks end. The Times. https://t.example/a'
    >>> apa_reference(Source("x", "Talks end?", published="2025"))
    'Talks end? (2025).'
    """
    names = [_apa_name(n) for n in s.names]
    authors = (names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]) if names else ""
    title = s.title or s.label
    date = f"({_apa_date(s.published)})."
    parts = [_sentence_end(authors), date, _sentence_end(title)] if names else [_sentence_end(title), date]
    if s.outlet:
        parts.append(_sentence_end(s.outlet))
    if s.url:
        parts.append(s.url)
    return " ".join(parts)


def apa_in_text(s: Source) -> str:
    """
    >>> apa_in_text(Source("x", "Allies meet in Brussels to talk", authors=("A B", "C D", "E F"), published="2025-06"))
    '(B et al., 2025)'
    >>> apa_in_text(Source("x", "Allies meet in Brussels to talk", published="2025-06"))
    '(“Allies Meet in Brussels,” 2025)'
    """
    surnames = [_surname(n) for n in s.names]
    year = str(_date_parts(s.published)[0]) if _date_parts(s.published) else "n.d."
    if len(surnames) >= 3:
        who = f"{surnames[0]} et al."
    elif surnames:
        who = " & ".join(surnames)
    elif s.title:
        who = _titled(_title_case(short_title(s.title)), ",")
        return f"({who} {year})"
    else:
        who = s.label
    return f"({who}, {year})"


def _title_case(title: str) -> str:
    """Major words capitalised, as APA's in-text short titles have them (proper names untouched)."""
    minor = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
             "off", "on", "per", "to", "up", "via"}
    words = title.split()
    return " ".join(w if (i and w.lower() in minor) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def apa(items: Sequence[Cited]) -> str:
    lines = [_speaker_sentence(it, quotation(it.quote.get("text", "")), f" {apa_in_text(it.source)}.")
             for it in items]
    refs = sorted({apa_reference(s) for s, _ in sources(items)}, key=str.casefold)
    return _styled(lines, [("References", refs)])


def _styled(lines: list[str], sections: list[tuple[str, list[str]]]) -> str:
    if not lines:
        return ""
    out = "\n".join(lines)
    for heading, entries in sections:
        out += f"\n\n{heading}\n\n" + "\n".join(entries)
    return out + "\n"


# --- MLA 9 ------------------------------------------------------------------------------------

def _mla_date(value: str | None) -> str:
    parts = _date_parts(value)
    if not parts:
        return ""
    if len(parts) == 1:
        return str(parts[0])
    month = MLA_MONTHS[parts[1] - 1]
    return f"{parts[2]} {month} {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def _mla_authors(names: list[Name]) -> str:
    if not names:
        return ""
    first = names[0].literal or f"{names[0].family}, {names[0].given}" + (f", {names[0].suffix}" if names[0].suffix else "")
    if len(names) == 1:
        return first
    if len(names) == 2:
        return f"{first}, and {_display(names[1])}"
    return f"{first}, et al"


def mla_reference(s: Source) -> str:
    """
    >>> mla_reference(Source("x", "Talks end", "The Times", ("Jane Doe",), "2025-06-04", "https://t.example/a"))
    'Doe, Jane. “Talks end.” The Times, 4 June 2025, t.example/a.'
    >>> mla_reference(Source("x", None, path="a/b.txt", accessed="2025-09-01"))
    '[b.txt]. Accessed 1 Sept. 2025.'
    """
    authors = _mla_authors(s.names)
    head = [_sentence_end(authors)] if authors else []
    head.append(_titled(s.title, ".") if s.title else _sentence_end(s.label))
    container = [x for x in (s.outlet, _mla_date(s.published), re.sub(r"^https?://", "", s.url or "")) if x]
    out = " ".join(head)
    if container:
        out += " " + _sentence_end(", ".join(container))
    if s.accessed and not s.published:
        out += f" Accessed {_mla_date(s.accessed)}."
    return out


def mla_in_text(s: Source) -> str:
    names = s.names
    if len(names) >= 3:
        return f"({_surname(names[0])} et al.)"
    if names:
        return "(" + " and ".join(_surname(n) for n in names) + ")"
    return f"({_titled(short_title(s.title), '')})" if s.title else f"({s.label})"


def mla(items: Sequence[Cited]) -> str:
    lines = [_speaker_sentence(it, quotation(it.quote.get("text", "")), f" {mla_in_text(it.source)}.")
             for it in items]
    refs = sorted({mla_reference(s) for s, _ in sources(items)}, key=str.casefold)
    return _styled(lines, [("Works Cited", refs)])


# --- Chicago (17th ed.), notes and bibliography -----------------------------------------------

def _chicago_date(value: str | None) -> str:
    parts = _date_parts(value)
    if not parts:
        return ""
    if len(parts) == 1:
        return str(parts[0])
    month = MONTH_NAMES[parts[1] - 1]
    return f"{month} {parts[2]}, {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def chicago_note(s: Source) -> str:
    """The full note for the first citation of an article.

    >>> chicago_note(Source("x", "Talks end", "The Times", ("Jane Doe", "John Roe"), "2025-06-04", "https://t.example/a"))
    'Jane Doe and John Roe, “Talks end,” The Times, June 4, 2025, https://t.example/a.'
    """
    names = [_display(n) for n in s.names]
    who = f"{names[0]} et al." if len(names) > 3 else _join_names(names, "and")
    accessed = f"accessed {_chicago_date(s.accessed)}" if s.accessed else ""
    rest = [x for x in (s.outlet, _chicago_date(s.published) or accessed, s.url) if x]
    close = "," if rest else "."
    title = _titled(s.title, close) if s.title else s.label + close
    head = f"{who}, {title}" if who else title
    return head + (" " + _sentence_end(", ".join(rest)) if rest else "")


def chicago_short_note(s: Source) -> str:
    """The short note for later citations of the same article.

    >>> chicago_short_note(Source("x", "Allies meet in Brussels to discuss aid", authors=("Jane Doe",)))
    'Doe, “Allies meet in Brussels.”'
    """
    surnames = [_surname(n) for n in s.names]
    who = f"{surnames[0]} et al." if len(surnames) > 3 else _join_names(surnames, "and")
    title = _titled(short_title(s.title), ".") if s.title else s.label + "."
    return f"{who}, {title}" if who else title


def chicago_bibliography(s: Source) -> str:
    """
    >>> chicago_bibliography(Source("x", "Talks end", "The Times", ("Jane Doe",), "2025-06-04"))
    'Doe, Jane. “Talks end.” The Times, June 4, 2025.'
    >>> chicago_bibliography(Source("x", "Talks end", "The Times", published="2025-06-04"))
    'The Times. “Talks end.” June 4, 2025.'
    """
    names = s.names
    if names:
        first = names[0].literal or f"{names[0].family}, {names[0].given}" + (f", {names[0].suffix}" if names[0].suffix else "")
        rest = [_display(n) for n in names[1:]]
        who = f"{first}, and {rest[0]}" if len(rest) == 1 else _join_names([first] + rest, "and")
        lead = [_sentence_end(who)]
        outlet = s.outlet
    elif s.outlet:
        lead, outlet = [_sentence_end(s.outlet)], None   # an unsigned article: the paper stands first
    else:
        lead, outlet = [], None
    lead.append(_titled(s.title, ".") if s.title else _sentence_end(s.label))
    date = _chicago_date(s.published)
    middle = ", ".join(x for x in (outlet, date) if x)
    out = " ".join(lead) + (" " + _sentence_end(middle) if middle else "")
    if s.accessed and not s.published:
        out += f" Accessed {_chicago_date(s.accessed)}."
    if s.url:
        out += f" {_sentence_end(s.url)}"
    return out


def chicago(items: Sequence[Cited]) -> str:
    lines, notes, seen = [], [], set()
    for n, it in enumerate(items, start=1):
        lines.append(_speaker_sentence(it, quotation(it.quote.get("text", ""), final="."), f"[{n}]"))
        notes.append(f"{n}. " + (chicago_short_note(it.source) if it.source.id in seen else chicago_note(it.source)))
        seen.add(it.source.id)
    refs = sorted({chicago_bibliography(s) for s, _ in sources(items)}, key=str.casefold)
    return _styled(lines, [("Notes", notes), ("Bibliography", refs)])


# --- bibliography files -----------------------------------------------------------------------

def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def citation_keys(srcs: Sequence[Source]) -> dict[str, str]:
    """A key per article: family name (or outlet), year and first title word, e.g. ``doe2025allies``;
    articles whose keys would clash get a suffix from their document id, so keys stay unique and
    the same for the same articles in every export.

    >>> citation_keys([Source("a", "The talks end", authors=("Jane Doe",), published="2025-06-04")])
    {'a': 'doe2025talks'}
    """
    base = {}
    for s in srcs:
        who = (_surname(s.names[0]) if s.names else s.outlet or "").split()
        year = str(_date_parts(s.published)[0]) if _date_parts(s.published) else "nd"
        words = [w for w in re.findall(r"\w+", s.title or "") if w.lower() not in KEY_STOP_WORDS]
        key = (_ascii_slug(who[-1] if s.names and who else who[0] if who else "") or "anon") + year
        key += _ascii_slug(words[0]) if words else ""
        base[s.id] = key
    counts: dict[str, int] = {}
    for key in base.values():
        counts[key] = counts.get(key, 0) + 1
    return {sid: key if counts[key] == 1 else f"{key}-{hashlib.sha1(sid.encode()).hexdigest()[:6]}"
            for sid, key in base.items()}


def _plain_quote(text) -> str:
    """A quote's text on one line, inner marks single, without the comma its sentence went on with."""
    return re.sub(r"[\s,;:]+$", "", _inner_quotes(" ".join(str(text).split())))


def _quote_note(items: Sequence[Cited]) -> list[str]:
    """The note lines of a bibliography entry: the quotes, after the article's file when nothing
    else (title or URL) would tell which article the entry is."""
    s = items[0].source
    out = [] if s.title or s.url else [f"Source file: {s.path or s.id}"]
    for it in items:
        q = it.quote
        who = q.get("speaker") or "unattributed"
        if q.get("role") and q.get("speaker") and q["role"].lower() not in q["speaker"].lower():
            who += f" ({q['role']})"
        out.append(f"{' '.join(who.split())}: “{_plain_quote(q.get('text', ''))}”")
    return out


def _note_text(items: Sequence[Cited]) -> str:
    lines = _quote_note(items)
    head = lines.pop(0) + ". " if lines[0].startswith("Source file: ") else ""
    return head + "Quoted: " + "; ".join(lines)


#: Characters with a meaning in BibTeX/LaTeX, and how a field value writes them.
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                  "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bibtex_escape(text: str) -> str:
    r"""
    >>> print(bibtex_escape("50% of {C&A}_2 \\ #1"))
    50\% of \{C\&A\}\_2 \textbackslash{} \#1
    """
    return "".join(BIBTEX_ESCAPES.get(ch, ch) for ch in " ".join(text.split()))


def _bibtex_url(url: str) -> str:
    """URLs are verbatim in biblatex: only what would break the field is percent-encoded."""
    return re.sub(r"[{}\\\s]", lambda m: "%{:02X}".format(ord(m.group())), url)


def _bibtex_name(n: Name) -> str:
    if n.literal:
        return "{" + bibtex_escape(n.literal) + "}"
    family = bibtex_escape(n.family)
    if " " in n.family:
        family = "{" + family + "}"
    return f"{family}, " + (f"{bibtex_escape(n.suffix)}, " if n.suffix else "") + bibtex_escape(n.given)


def bibtex(items: Sequence[Cited]) -> str:
    groups = sources(items)
    keys = citation_keys([s for s, _ in groups])
    entries = []
    for s, its in sorted(groups, key=lambda g: keys[g[0].id]):
        kind = "article" if s.outlet else "online" if s.url else "misc"
        fields = []
        if s.names:
            fields.append(("author", " and ".join(_bibtex_name(n) for n in s.names)))
        if s.title:
            fields.append(("title", bibtex_escape(s.title)))
        if s.outlet:
            fields += [("journaltitle", bibtex_escape(s.outlet)), ("entrysubtype", "newspaper")]
        if _date_parts(s.published):
            fields.append(("date", "-".join(f"{p:02d}" for p in _date_parts(s.published))))
        if s.url:
            fields.append(("url", _bibtex_url(s.url)))
        if _date_parts(s.accessed):
            fields.append(("urldate", "-".join(f"{p:02d}" for p in _date_parts(s.accessed))))
        fields.append(("note", bibtex_escape(_note_text(its))))
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
        entries.append(f"@{kind}{{{keys[s.id]},\n{body}\n}}\n")
    return "\n".join(entries)


def _ris_value(text: str) -> str:
    return " ".join(str(text).split())


def ris(items: Sequence[Cited]) -> str:
    """RIS records, ``TY  - NEWS``; each value on one line, as the format needs."""
    groups = sources(items)
    keys = citation_keys([s for s, _ in groups])
    out = []
    for s, its in sorted(groups, key=lambda g: keys[g[0].id]):
        lines = [("TY", "NEWS"), ("ID", keys[s.id])]
        for n in s.names:
            lines.append(("AU", n.literal or f"{n.family}, {n.given}" + (f", {n.suffix}" if n.suffix else "")))
        if s.title:
            lines.append(("TI", s.title))
        if s.outlet:
            lines.append(("T2", s.outlet))
        parts = _date_parts(s.published)
        if parts:
            lines += [("PY", str(parts[0])), ("DA", "/".join(f"{p:02d}" for p in parts) + ("/" if len(parts) < 3 else ""))]
        if s.url:
            lines.append(("UR", s.url))
        if _date_parts(s.accessed):
            lines.append(("Y2", "/".join(f"{p:02d}" for p in _date_parts(s.accessed))))
        lines += [("N1", note) for note in _quote_note(its)]
        out.append("".join(f"{tag}  - {_ris_value(v)}\n" for tag, v in lines) + "ER  - \n")
    return "\n".join(out)


def csl_items(items: Sequence[Cited]) -> list[dict]:
    """CSL-JSON items (``article-newspaper``), as Zotero, pandoc and citeproc read them."""
    groups = sources(items)
    keys = citation_keys([s for s, _ in groups])
    out = []
    for s, its in sorted(groups, key=lambda g: keys[g[0].id]):
        item: dict = {"id": keys[s.id], "type": "article-newspaper"}
        if s.names:
            item["author"] = [{"literal": n.literal} if n.literal else
                              {k: v for k, v in (("family", n.family), ("given", n.given), ("suffix", n.suffix)) if v}
                              for n in s.names]
        if s.title:
            item["title"] = s.title
        if s.outlet:
            item["container-title"] = s.outlet
        if _date_parts(s.published):
            item["issued"] = {"date-parts": [_date_parts(s.published)]}
        if s.url:
            item["URL"] = s.url
        if _date_parts(s.accessed):
            item["accessed"] = {"date-parts": [_date_parts(s.accessed)]}
        item["note"] = _note_text(its)
        out.append(item)
    return out


# --- data rows --------------------------------------------------------------------------------

def data_rows(items: Sequence[Cited]) -> list[dict]:
    """One row per quote: its fields and its article's, in :data:`DATA_COLUMNS` order."""
    rows = []
    for it in items:
        s, q = it.source, it.quote
        article = {"doc_id": s.id, "path": s.path, "title": s.title, "outlet": s.outlet,
                   "author": "; ".join(s.authors) or None, "published": s.published, "url": s.url,
                   "accessed": s.accessed}
        row = {c: article[c] if c in article else q.get(c) for c in DATA_COLUMNS}
        row.update({k: v for k, v in q.items() if k not in row})
        rows.append(row)
    return rows


def markdown_escape(text: str) -> str:
    r"""Text for one cell of a Markdown table.

    >>> print(markdown_escape("a|b *c* [d]\nnext"))
    a\|b \*c\* \[d\] next
    """
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", " ".join(str(text).split()))


def markdown(items: Sequence[Cited]) -> str:
    rows = ["| Quote | Speaker | Role | Source | Date |", "|---|---|---|---|---|"]
    for it in items:
        s, q = it.source, it.quote
        title = markdown_escape(s.title or s.label)
        source = f"[{title}](<{s.url.replace('>', '%3E')}>)" if s.url else title
        if s.outlet:
            source += f", {markdown_escape(s.outlet)}"
        cells = [f"“{markdown_escape(_plain_quote(q.get('text', '')))}”", markdown_escape(q.get("speaker") or ""),
                 markdown_escape(q.get("role") or ""), source, s.published or ""]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


# --- one entry point --------------------------------------------------------------------------

def export(items: Iterable[Cited], fmt: str) -> str:
    """The items in one of :data:`FORMATS`: the whole text of the export.

    >>> export([], "json"), export([], "bibtex"), export([], "csl-json")
    ('[]\\n', '', '[]\\n')
    """
    items = list(items)
    if fmt == "apa":
        return apa(items)
    if fmt == "mla":
        return mla(items)
    if fmt == "chicago":
        return chicago(items)
    if fmt == "bibtex":
        return bibtex(items)
    if fmt == "ris":
        return ris(items)
    if fmt == "csl-json":
        return json.dumps(csl_items(items), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return markdown(items)
    if fmt in ("csv", "json", "jsonl"):
        out = render(data_rows(items), fmt, DATA_COLUMNS)
        return out if not out or out.endswith("\n") else out + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
