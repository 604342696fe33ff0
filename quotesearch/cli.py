"""The command line: each command turns options into one library call and renders the result."""
from __future__ import annotations

import functools
import json
import sys

import click

import quotesearch
from quotesearch import citations, documents
from quotesearch.errors import QuotesearchError
from quotesearch.output import FORMATS, render, shorten


def default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def format_option(func):
    """The one output option every listing shares: table on a terminal, else as asked."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format (default: table on a terminal, JSON Lines when piped).")(func)


def user_errors(func):
    """Library errors become one `Error: ...` line and exit code 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QuotesearchError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(quotesearch.__version__, prog_name="quotesearch")
def cli():
    """Who said what, where: find, attribute, index and search quotations in news articles.

    \b
    Example:
        quotesearch extract seeds/
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@format_option
@click.option("--encoding", default=None, help="Encoding of the files when not UTF-8 (e.g. cp1252).")
@click.option("--scare", is_flag=True, help="Also emit scare quotes and titles (kind: scare).")
@user_errors
def extract(paths, fmt, encoding, scare):
    """Print the quotes of files without indexing them (for pipelines).

    PATHS are files, folders (searched for .txt, .md, .text, .html, .htm, .jsonl) or - for stdin.
    With --format jsonl, one JSON object per document: {"path", "doc_id", "quotes": [...]}; a JSON
    Lines file gives one per line, its path FILE:LINE.

    \b
    Example:
        quotesearch extract --format jsonl seeds/*.txt
    """
    fmt = fmt or default_format()
    failed = 0
    records = []
    for result in documents.read(paths, encoding=encoding):
        for warning in result.warnings:
            click.echo(f"Warning: {warning}", err=True)
        if result.error is not None:
            failed += 1
            click.echo(f"Error: {result.error}", err=True)
            continue
        doc = result.document
        quotes = quotesearch.extract(doc, include_scare=scare)
        record = {"path": doc.path, "doc_id": doc.id, "quotes": [q.to_dict() for q in quotes]}
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        elif fmt == "json":
            records.append(record)
        else:
            records.extend({"doc": doc.id, "id": q.id[:12], "speaker": q.speaker, "kind": q.kind,
                            "text": shorten(q.text, 60)} for q in quotes)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt in ("table", "csv") and records:
        click.echo(render(records, fmt).rstrip("\n"))
    if failed:
        raise click.exceptions.Exit(1)


def index_option(func):
    """Where the index is: --index, else $QUOTESEARCH_INDEX, else ./index."""
    return click.option("--index", "index_dir", default=None, metavar="PATH",
                        help="The index folder (default: $QUOTESEARCH_INDEX, else ./index).")(func)


def citation_format_option(default: str):
    return click.option("--format", "fmt", type=click.Choice(citations.FORMATS), default=default,
                        show_default=True, help="Citation style, bibliography file or data format.")


def _write_export(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


@cli.command(name="export")
@click.argument("query", required=False)
@click.option("--speaker", default=None, help="Only quotes by this speaker (any alias); alone, all of them.")
@click.option("--source", default=None, help="Only quotes from this document (id, path or title words).")
@click.option("--outlet", default=None, help="Only quotes from this outlet.")
@click.option("--since", default=None, metavar="DATE", help="Only articles published on or after DATE.")
@click.option("--until", default=None, metavar="DATE", help="Only articles published on or before DATE.")
@click.option("--kind", default=None, help="Only quotes of this kind (direct, mixed).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many quotes (best first).")
@citation_format_option("apa")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of stdout.")
@index_option
@user_errors
def export_command(query, speaker, source, outlet, since, until, kind, limit, fmt, output, index_dir):
    """Cite or export the quotes a search finds, or everything one speaker said.

    Styled text (apa, mla, chicago) gives one line per quote in its speaker's name, then the
    reference list; bibtex, ris and csl-json one entry per article with its quotes in a note; csv,
    json, jsonl and markdown one row per quote. Give a QUERY, a --speaker, or both.

    \b
    Example:
        quotesearch export --speaker Pistorius --format bibtex -o pistorius.bib
    """
    from quotesearch.index import index_path
    from quotesearch.search import Filters, QuoteIndex

    if not query and not speaker:
        raise click.UsageError("give a QUERY, a --speaker NAME, or both")
    filters = Filters(source=source, outlet=outlet, since=since, until=until, kind=kind)
    with QuoteIndex(index_path(index_dir)) as ix:
        if query:
            hits = ix.search(query, Filters(**{**filters.__dict__, "speaker": speaker}), limit=limit)
        else:
            hits = ix.said(speaker, filters)[1][:limit]
        items = citations.from_hits(hits)
    _write_export(citations.export(items, fmt), output)
    if output:
        click.echo(f"Wrote {len(items)} quotes from {len(citations.sources(items))} articles to {output}", err=True)


@cli.command()
@click.argument("quote_id")
@citation_format_option("apa")
@index_option
@user_errors
def cite(quote_id, fmt, index_dir):
    """Cite one quote, by its id (or a unique prefix of 6+ characters, as `search` shows).

    \b
    Example:
        quotesearch cite 2d5ee6 --format chicago
    """
    from quotesearch.index import index_path
    from quotesearch.search import QuoteIndex

    with QuoteIndex(index_path(index_dir)) as ix:
        items = citations.from_hits([ix.quote(quote_id)])
    _write_export(citations.export(items, fmt), None)


def main():
    cli(prog_name="quotesearch")


if __name__ == "__main__":
    main()
