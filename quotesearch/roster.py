"""Speakers merged across documents, and finding one by any of their names.

The parser names a speaker per document ("Boris Pistorius" in one article, just "Pistorius" in
another). Here the names are merged: a surname alone joins the one full name that ends with it;
two full names stay apart even when they share a surname; descriptions ("a source close to the
Kremlin") stay as they are. The merged list is cached in the index folder, keyed by the index's
generation, so it is computed once per change.
"""
from __future__ import annotations

import difflib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quotesearch.analysis import fold
from quotesearch.errors import QuotesearchError
from quotesearch.index import doc_speakers
from quotesearch.name_words import HONORIFICS
from quotesearch.names import split_title
from quotesearch.name_parts import PARTICLES
from quotesearch.output import counted

CACHE_FILE = "speakers.json"

#: Words that open a description rather than a name.
DETERMINERS = frozenset("a an the one two three several some many this that".split())


class SpeakerNotFoundError(QuotesearchError):
    pass


class AmbiguousSpeakerError(QuotesearchError):
    def __init__(self, name: str, matches: list[Speaker]):
        listed = "; ".join(f"{s.name} ({counted(s.quotes, 'quote')})" for s in matches)
        super().__init__(f"{name!r} matches {len(matches)} speakers: {listed}; "
                         f"give the full name")
        self.matches = matches


@dataclass(frozen=True)
class Speaker:
    """One person (or described source) across all documents."""

    name: str
    names: tuple[str, ...]       # the parser's names merged here (their folded forms are the keys)
    aliases: tuple[str, ...]     # every name and name-like mention used for them
    roles: tuple[str, ...]       # most frequent first
    quotes: int
    sources: int

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key(n) for n in self.names)

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "roles": list(self.roles),
                "quotes": self.quotes, "sources": self.sources}


def key(name: str) -> str:
    """The folded form of a name, for comparing.

    >>> key("Boris  PISTORIUS")
    'boris pistorius'
    """
    return " ".join(fold(name).split())


def name_words(name: str) -> list[str] | None:
    """The folded words of a person's name without honorifics, or None for a description.

    >>> name_words("Dr. Jane Smith"), name_words("a source close to the Kremlin")
    (['jane', 'smith'], None)
    """
    words = name.replace(".", " ").split()
    if not words or words[0].lower() in DETERMINERS:
        return None
    if not all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
        return None
    folded = [fold(w) for w in words]
    while len(folded) > 1 and folded[0] in HONORIFICS:
        folded.pop(0)
    return folded


def merge(entries: list[tuple[str, str, list[str], list[str], int]]) -> list[Speaker]:
    """Speakers from (doc id, name, mentions, roles, quotes) rows, one per speaker per document.

    >>> rows = [("d1", "Boris Pistorius", ["Pistorius"], ["Germany's defense minister"], 3),
    ...         ("d2", "Pistorius", [], ["minister"], 1), ("d3", "Jane Smith", [], [], 1),
    ...         ("d3", "John Smith", [], [], 1), ("d4", "Smith", [], [], 1)]
    >>> [(s.name, s.quotes, s.sources) for s in merge(rows)]
    [('Boris Pistorius', 4, 2), ('Jane Smith', 1, 1), ('John Smith', 1, 1), ('Smith', 1, 1)]
    """
    groups: dict[str, dict] = {}
    keys: dict[str, str] = {}
    for doc_id, name, mentions, roles, count in entries:
        k = keys.get(name)
        if k is None:
            k = keys[name] = key(name)
        g = groups.get(k)
        if g is None:
            g = groups[k] = {"names": Counter(), "mentions": Counter(), "roles": Counter(),
                             "quotes": 0, "docs": set()}
        g["names"][name] += count
        g["mentions"].update(mentions)
        g["roles"].update(roles)
        g["quotes"] += count
        g["docs"].add(doc_id)
    # A surname alone joins the one full name ending with it.
    by_surname: dict[str, list[str]] = {}
    for k in groups:
        words = name_words(k.title())
        if words and len(words) > 1:
            by_surname.setdefault(words[-1], []).append(k)
    target = {}
    for k in groups:
        words = name_words(k.title())
        if words and len(words) == 1 and len(by_surname.get(words[0], [])) == 1:
            target[k] = by_surname[words[0]][0]
    merged: dict[str, list[dict]] = {}
    for k, g in groups.items():
        merged.setdefault(target.get(k, k), []).append(g)
    speakers = []
    for k, gs in merged.items():
        names, mentions, roles = Counter(), Counter(), Counter()
        docs: set = set()
        for g in gs:
            names.update(g["names"])
            mentions.update(g["mentions"])
            roles.update(g["roles"])
            docs |= g["docs"]
        main = max(groups[k]["names"].items(), key=lambda kv: (kv[1], kv[0]))[0]
        aliases = [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))]
        for m, _ in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0])):
            m = " ".join(split_title(m.split())[1])  # "Pentagon Press Secretary Kingsley Wilson": the name
            if m and m not in aliases and m[:1].isupper() and name_words(m) \
                    and fold(m) not in ("he", "she", "they", "i", "we"):
                aliases.append(m)
        speakers.append(Speaker(
            name=main, names=tuple(sorted(names)), aliases=tuple(aliases),
            roles=tuple(r for r, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))),
            quotes=sum(g["quotes"] for g in gs), sources=len(docs)))
    speakers.sort(key=lambda s: (-s.quotes, s.name))
    return speakers


def _rows(ix):
    """(document, name, mentions, roles, quotes) of each speaker of each document (a document is
    its place in the list), from the ``sp`` column: no stored record, text and all, is read."""
    with ix.searcher() as s:
        for i, speakers in enumerate(doc_speakers(s)):
            for name, mentions, roles, count in speakers:
                yield i, name, mentions, roles, count


def refresh(folder: Path, ix) -> list[Speaker]:
    """Recompute the speakers of the index and cache them beside it."""
    speakers = merge(list(_rows(ix)))
    data = {"generation": ix.latest_generation(), "speakers": [
        {**s.to_dict(), "names": list(s.names)} for s in speakers]}
    tmp = Path(folder) / f"{CACHE_FILE}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, Path(folder) / CACHE_FILE)
    except OSError:
        tmp.unlink(missing_ok=True)
    return speakers


def load(folder: Path, ix) -> list[Speaker]:
    """The speakers of the index, from the cache when it is current."""
    try:
        data = json.loads((Path(folder) / CACHE_FILE).read_text(encoding="utf-8"))
        if data.get("generation") == ix.latest_generation():
            return [Speaker(name=d["name"], names=tuple(d["names"]), aliases=tuple(d["aliases"]),
                            roles=tuple(d["roles"]), quotes=d["quotes"], sources=d["sources"])
                    for d in data["speakers"]]
    except (OSError, ValueError, KeyError):
        pass
    return refresh(folder, ix)


def find(speakers: list[Speaker], name: str) -> Speaker:
    """The one speaker a name means: exact name or alias, else all its words in one of theirs.

    Raises :class:`AmbiguousSpeakerError` or :class:`SpeakerNotFoundError` (with suggestions).
    """
    wanted = key(name)
    if not wanted:
        raise SpeakerNotFoundError("give a speaker's name")
    exact = [s for s in speakers if wanted in {key(a) for a in (s.name, *s.names, *s.aliases)}]
    named = [s for s in exact if key(s.name) == wanted]
    if len(named) == 1:
        return named[0]  # the speaker of that very name ("Smith", beside John Smith and Mary Smith)
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise AmbiguousSpeakerError(name, exact)
    words = set(wanted.split())
    partial = [s for s in speakers
               if any(words <= set(key(a).split()) for a in (s.name, *s.names, *s.aliases))]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise AmbiguousSpeakerError(name, partial)
    bare = " ".join(split_title(name.split())[1])
    if bare and key(bare) != wanted:  # "Pentagon Press Secretary Kingsley Wilson": the name in it
        return find(speakers, bare)
    choices: dict[str, str] = {}
    for s in speakers:
        for a in (s.name, *s.aliases):
            choices.setdefault(key(a), s.name)
            for w in key(a).split():
                choices.setdefault(w, s.name)
    close = difflib.get_close_matches(wanted, list(choices), n=5, cutoff=0.75)
    names = list(dict.fromkeys(choices[c] for c in close))[:3]
    if names:
        raise SpeakerNotFoundError(f"no speaker named {name!r}; did you mean {' or '.join(names)}?")
    raise SpeakerNotFoundError(f"no speaker named {name!r}; `quotesearch speakers` lists them")
