"""The command line: each command turns options into one library call and renders the result."""
from __future__ import annotations

import functools
import json
import sys

import click

import quotesearch
from quotesearch import documents
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


def main():
    cli(prog_name="quotesearch")


if __name__ == "__main__":
    main()
