"""The command line: each command turns options into one library call and renders the result."""
from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import sys

import click

import quotesearch
from quotesearch import citations, documents
from quotesearch.errors import QuotesearchError
from quotesearch.output import FORMATS, counted, render, shorten


def on_terminal() -> bool:
    """Whether stdout is a terminal (a person reading, not a pipe)."""
    return sys.stdout.isatty()


def highlighting() -> bool:
    """Whether to mark words with colour or bold: on a terminal, unless $NO_COLOR is set to anything
    (https://no-color.org)."""
    return on_terminal() and not os.environ.get("NO_COLOR")


def default_format() -> str:
    return "table" if on_terminal() else "jsonl"


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


#: The columns of `extract`'s table and CSV, one row per quote.
EXTRACT_COLUMNS = ("doc", "id", "speaker", "kind", "text")
#: The columns of `sources` (:meth:`QuoteIndex.sources`); a table shows the first five.
SOURCE_COLUMNS = ("doc_id", "title", "outlet", "published", "quotes", "path")


#: The exit code of a run the user interrupted (Ctrl-C), as git and ripgrep give: 128 + SIGINT.
EXIT_INTERRUPTED = 130
#: The exit code of a run whose output's reader went away (`| head`), as git gives: 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141


class Commands(click.Group):
    """The command group: a Ctrl-C ends any command with one "interrupted" line and exit 130; a
    reader of the output that goes away (`| head`) ends it quietly (exit 141); a write that fails
    for want of space, on the output or in the index, is one error line (exit 1)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _quiet_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        except OSError as exc:
            if exc.filename is not None or exc.errno not in WRITE_ERRORS:
                raise
            try:
                sys.stdout.flush()
            except OSError:
                _quiet_stdout()
            raise click.ClickException(f"cannot write: {exc.strerror}") from None


#: The errors of a write to a file already open (the output, or the index's files): a full disk,
#: a quota, a file size limit.
WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what is left in its
    buffer does not fail again at exit (and print a traceback)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(quotesearch.__version__, prog_name="quotesearch")
def cli():
    """Who said what, where: find, attribute, index and search quotations in news articles.

    \b
    Example:
        quotesearch extract seeds/
    """


def encoding_option(func):
    """The fallback encoding `extract` and `index` share: files that are valid UTF-8 stay UTF-8."""
    return click.option("--encoding", default=None, metavar="NAME",
                        help="Read the files that are not UTF-8 in this encoding (e.g. cp1252, utf-16); "
                             "UTF-8 files are read as UTF-8 whatever it says.")(func)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@format_option
@encoding_option
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
    elif fmt in ("table", "csv"):
        _echo_rows(records, fmt, empty="No quotes.", header=EXTRACT_COLUMNS)
    if failed:
        raise click.exceptions.Exit(1)


def index_option(func):
    """Where the index is: --index, else $QUOTESEARCH_INDEX, else ./index."""
    return click.option("--index", "index_dir", default=None, metavar="PATH",
                        help="The index folder (default: $QUOTESEARCH_INDEX, else ./index).")(func)


def citation_format_option(default: str):
    return click.option("--format", "fmt", type=click.Choice(citations.FORMATS), default=default,
                        show_default=True, help="Citation style, bibliography file or data format.")


def check_date(ctx, param, value: str | None) -> str | None:
    """--since and --until: a date as :func:`search.check_date` takes it, else a user error."""
    from quotesearch.search import QueryError, check_date as checked

    try:
        return checked(value, param.opts[0])
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None


def filter_options(func):
    """The filters `search`, `said` and `export` share."""
    for option in reversed([
        click.option("--source", default=None, help="Only quotes from this document (id, path or title words)."),
        click.option("--outlet", default=None, help="Only quotes from this outlet (its words, any case)."),
        click.option("--since", default=None, metavar="DATE", callback=check_date,
                     help="Only articles published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", default=None, metavar="DATE", callback=check_date,
                     help="Only articles published on or before DATE."),
        click.option("--kind", default=None, type=click.Choice(["direct", "mixed", "scare", "indirect"]),
                     help="Only quotes of this kind."),
    ]):
        func = option(func)
    return func


def _write_export(text: str, output: str | None) -> None:
    """The export on stdout, or in the file ``output``; a file that cannot be written is a user error."""
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise click.ClickException(f"cannot write {output} ({exc.strerror or exc}); "
                                       "give a file in a folder that exists and that you can write to") from None
    else:
        click.echo(text, nl=False)


@cli.command(name="export")
@click.argument("query", required=False)
@click.option("--speaker", default=None, help="Only quotes by this speaker (any alias); alone, all of them.")
@filter_options
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
    if not items:
        click.echo("No quotes match.", err=True)
    _write_export(citations.export(items, fmt), output)
    if output:
        click.echo(f"Wrote {counted(len(items), 'quote')} from {counted(len(citations.sources(items)), 'article')} "
                   f"to {output}", err=True)


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


def _echo_rows(rows: list[dict], fmt: str, columns=None, empty: str = "Nothing found.", header=()) -> None:
    """Rows on stdout in ``fmt``; on a table with no rows, the message ``empty`` on stderr instead,
    and in CSV with no rows, the ``header`` row alone (when ``columns`` do not say)."""
    if not rows and fmt == "table":
        click.echo(empty, err=True)
        return
    out = render(rows, fmt, columns or (None if rows else header))
    if out:
        click.echo(out.rstrip("\n"))


def _marked(text: str, spans) -> str:
    """The quote with matched words in bold yellow (see :func:`highlighting`)."""
    if not spans or not highlighting():
        return text
    out, last = [], 0
    for lo, hi in spans:
        out += [text[last:lo], click.style(text[lo:hi], bold=True, fg="yellow")]
        last = hi
    return "".join(out) + text[last:]


def _source_label(doc: dict) -> str:
    parts = [doc.get("title") or doc.get("path") or doc.get("id") or ""]
    parts += [p for p in (doc.get("outlet"), (doc.get("published") or "")[:10]) if p]
    return ", ".join(parts)


def _hit_columns(score: bool) -> list[str]:
    """The keys of a hit's row (:meth:`Hit.to_dict`), for the header of a CSV with no hits."""
    from quotesearch.model import Quote
    from quotesearch.search import Hit

    blank = Hit(Quote(id="", doc_id="", start=0, end=0, text=""), {}, score=0.0 if score else None)
    return list(blank.to_dict())


def _hit_rows(hits, fmt: str, score: bool) -> list[dict]:
    if fmt != "table":
        return [h.to_dict() if score else {k: v for k, v in h.to_dict().items() if k != "score"} for h in hits]
    return [{"id": h.quote.id[:8], "speaker": h.quote.speaker or "?", "role": h.quote.role,
             "text": _marked(" ".join(h.quote.text.split()), h.highlights),
             "source": _source_label(h.doc)} for h in hits]


def _progress_bar(files: int):
    """A progress bar on stderr when it is a terminal and there is more than one file, else None."""
    if files > 1 and sys.stderr.isatty():
        return click.progressbar(length=files, label="Indexing", file=sys.stderr)
    return None


def _echo_error(error, bar) -> None:
    """An ``Error: ...`` line on stderr, on a line of its own: over a progress bar, the bar's line
    is cleared first (the bar is drawn again below it)."""
    if bar is not None:
        click.echo("\r\x1b[K", nl=False, err=True)
    click.echo(f"Error: {error}", err=True)


@cli.command(name="index")
@click.argument("paths", nargs=-1)
@click.option("--rebuild", is_flag=True,
              help="Read and extract every document again and drop those not given (the index stays whole meanwhile).")
@click.option("--prune", is_flag=True, help="Drop documents whose files are gone.")
@encoding_option
@click.option("--wait", type=click.FloatRange(min=0), default=300.0, show_default=True, metavar="SECONDS",
              help="How long to wait for another run writing the same index.")
@format_option
@index_option
@user_errors
def index_command(paths, rebuild, prune, encoding, wait, fmt, index_dir):
    """Read, extract and index articles (default: seeds/); unchanged files are skipped.

    PATHS are files or folders (searched for .txt, .md, .text and the other kinds `extract`
    reads). A changed file replaces its quotes; unreadable files are named on stderr, the rest
    are indexed, and the exit code is 1.

    \b
    Example:
        quotesearch index seeds/ && quotesearch search "crystal ball"
    """
    from quotesearch import index, indexing

    fmt = fmt or default_format()
    folder = index.index_path(index_dir)
    paths = paths or (str(index.default_sources()),)
    todo = list(documents.expand(paths))
    items = (indexing.Item(document=r.document, error=r.error) for r in documents.read(todo, encoding=encoding))

    bar = _progress_bar(len(todo))

    def read(item):
        if item.error is not None:
            _echo_error(item.error, bar)

    with bar if bar is not None else contextlib.nullcontext():
        # (the bar moves as documents are extracted and indexed, not as they are read: the
        # reading runs a whole batch ahead)
        summary = indexing.update(folder, items, rebuild=rebuild, prune=prune, timeout=wait, progress=read,
                               done=bar.update if bar is not None else None)
    row = {"added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
           "failed": summary.failed, "pruned": summary.pruned, "quotes": summary.quotes,
           "speakers": summary.speakers}
    if fmt == "table":
        click.echo(render([row], "table"), err=True)
        click.echo(f"Index: {folder}", err=True)
    else:
        click.echo(render([row], fmt).rstrip("\n"))
    if summary.failed:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("query")
@click.option("--speaker", default=None, help="Only quotes by this speaker (any alias, any case, no accents needed).")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most this many quotes.")
@format_option
@index_option
@user_errors
def search(query, speaker, source, outlet, since, until, kind, limit, fmt, index_dir):
    """Ranked quotes matching QUERY (whoosh query language: "a phrase", AND/OR/NOT, speaker:, wild*).

    \b
    Example:
        quotesearch search '"crystal ball"' --speaker pistorius
    """
    from quotesearch.index import index_path
    from quotesearch.search import Filters, QuoteIndex

    fmt = fmt or default_format()
    filters = Filters(speaker=speaker, source=source, outlet=outlet, since=since, until=until, kind=kind)
    with QuoteIndex(index_path(index_dir)) as ix:
        hits = ix.search(query, filters, limit=limit)
    _echo_rows(_hit_rows(hits, fmt, score=True), fmt, empty="No quotes match.", header=_hit_columns(score=True))


@cli.command()
@click.argument("name")
@filter_options
@format_option
@index_option
@user_errors
def said(name, source, outlet, since, until, kind, fmt, index_dir):
    """Everything one person said (any of their names), by date, source and position.

    A name that fits several speakers lists them (exit 1): give the full name.

    \b
    Example:
        quotesearch said Pistorius
    """
    from quotesearch.index import index_path
    from quotesearch.search import Filters, QuoteIndex

    fmt = fmt or default_format()
    with QuoteIndex(index_path(index_dir)) as ix:
        who, hits = ix.said(name, Filters(source=source, outlet=outlet, since=since, until=until, kind=kind))
    if fmt == "table":
        roles = f" ({'; '.join(who.roles)})" if who.roles else ""
        click.echo(f"{who.name}{roles}: {counted(len(hits), 'quote')}", err=True)
        rows = [{"date": (h.doc.get("published") or "")[:10], "id": h.quote.id[:8],
                 "text": " ".join(h.quote.text.split()), "source": _source_label(h.doc)} for h in hits]
    else:
        rows = _hit_rows(hits, fmt, score=False)
    _echo_rows(rows, fmt, empty="No quotes.", header=_hit_columns(score=False))


@cli.command()
@click.option("--sort", type=click.Choice(["quotes", "sources", "name"]), default="quotes", show_default=True,
              help="Order of the list (most first, or by name).")
@click.option("--min-quotes", type=click.IntRange(min=0), default=0, help="Only speakers with at least this many quotes.")
@format_option
@index_option
@user_errors
def speakers(sort, min_quotes, fmt, index_dir):
    """The speakers: name, roles, aliases, number of quotes and of sources.

    \b
    Example:
        quotesearch speakers --min-quotes 2
    """
    from quotesearch.index import index_path
    from quotesearch.search import QuoteIndex

    fmt = fmt or default_format()
    with QuoteIndex(index_path(index_dir)) as ix:
        found = [s for s in ix.speakers if s.quotes >= min_quotes]
    if sort == "name":
        found.sort(key=lambda s: s.name.casefold())
    elif sort == "sources":
        found.sort(key=lambda s: (-s.sources, -s.quotes, s.name))
    _echo_rows([s.to_dict() for s in found], fmt, ["name", "roles", "aliases", "quotes", "sources"],
               empty="No speakers.")


@cli.command()
@format_option
@index_option
@user_errors
def sources(fmt, index_dir):
    """The indexed documents: title, outlet, date and number of quotes.

    \b
    Example:
        quotesearch sources --format csv
    """
    from quotesearch.index import index_path
    from quotesearch.search import QuoteIndex

    fmt = fmt or default_format()
    with QuoteIndex(index_path(index_dir)) as ix:
        rows = ix.sources()
    _echo_rows(rows, fmt, SOURCE_COLUMNS[:5] if fmt == "table" else None, empty="No documents.",
               header=SOURCE_COLUMNS)


def _evidence(d: dict) -> str:
    """How a shown quote's speaker was found, in words: only the parts there are.

    >>> _evidence({"speaker": None, "evidence": {}, "cue": None, "confidence": 0.0})
    'no speaker found'
    >>> _evidence({"speaker": "Jo Doe", "evidence": {"rule": "previous-quote"}, "cue": None, "confidence": 0.8})
    'rule previous-quote, confidence 0.80'
    """
    if not d.get("speaker"):
        return "no speaker found"
    ev = d.get("evidence") or {}
    parts = [f"rule {ev['rule']}" if ev.get("rule") else "",
             f"mention {ev['mention']!r}" if ev.get("mention") else "",
             f"cue {d['cue']!r}" if d.get("cue") else "",
             f"confidence {d.get('confidence') or 0:.2f}"]
    return ", ".join(p for p in parts if p)


@cli.command()
@click.argument("quote_id")
@format_option
@index_option
@user_errors
def show(quote_id, fmt, index_dir):
    """One quote (by id, or a unique prefix of 6+ characters): its paragraph, speaker evidence, source.

    \b
    Example:
        quotesearch show 2d5ee6
    """
    from quotesearch.index import index_path
    from quotesearch.search import QuoteIndex

    fmt = fmt or default_format()
    with QuoteIndex(index_path(index_dir)) as ix:
        d = ix.show(quote_id)
    if fmt != "table":
        click.echo(render([d], fmt).rstrip("\n") if fmt == "csv" else
                   json.dumps(d, ensure_ascii=False, indent=2 if fmt == "json" else None))
        return
    lo, hi = d["start"] - d["paragraph_start"], d["end"] - d["paragraph_start"]
    para = d["paragraph_text"]
    marked = para[:lo] + (click.style(para[lo:hi], bold=True) if highlighting() else f"[[{para[lo:hi]}]]") + para[hi:]
    lines = [f"Quote {d['id']} ({d['kind']})", f"  {' '.join(d['text'].split())}", "",
             f"Speaker:    {d['speaker'] or 'unknown'}" + (f", {d['role']}" if d.get("role") else ""),
             f"Evidence:   {_evidence(d)}",
             f"Source:     {_source_label(d['source'])}"]
    if d["source"].get("url"):
        lines.append(f"URL:        {d['source']['url']}")
    lines += [f"Offsets:    {d['start']}–{d['end']}", "", "Paragraph:", f"  {marked}"]
    click.echo("\n".join(lines))


@cli.command()
@format_option
@index_option
@user_errors
def stats(fmt, index_dir):
    """Counts (quotes, documents, speakers) and the index's size on disk.

    \b
    Example:
        quotesearch stats --format json
    """
    from quotesearch.index import index_path
    from quotesearch.search import QuoteIndex

    fmt = fmt or default_format()
    with QuoteIndex(index_path(index_dir)) as ix:
        d = ix.stats()
    if fmt == "table":
        click.echo(render([{"what": k, "value": v} for k, v in d.items()], "table"))
    elif fmt == "json":
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        click.echo(render([d], fmt).rstrip("\n"))

def main():
    cli(prog_name="quotesearch")


if __name__ == "__main__":
    main()
