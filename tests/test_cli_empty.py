"""Empty results: exit 0, a CSV header row alone, JSON `[]`, and a note on stderr where there is no data."""
import pytest
from click.testing import CliRunner

from helpers_index import article
from quotesearch import indexing
from quotesearch.cli import cli

HIT_HEADER = ("id,doc_id,start,end,text,kind,speaker,speaker_mention,role,cue,paragraph,confidence,evidence,"
              "path,title,outlet,published")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ix") / "index"
    indexing.update(folder, [article("talks", [("We wait and see", "Boris Pistorius", None)],
                                  title="Talks", published="2025-06-02")], procs=1)
    return str(folder)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def header_alone(result):
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 1
    return result.stdout.rstrip("\n")


@pytest.mark.parametrize("args, header", [
    (["search", "zebra"], HIT_HEADER + ",score"),
    (["said", "Pistorius", "--since", "2030"], HIT_HEADER),
    (["speakers", "--min-quotes", "9"], "name,roles,aliases,quotes,sources"),
])
def test_csv_with_no_rows_is_the_header_row(built, args, header):
    """Regression: search and said printed a lone newline, where speakers printed the header."""
    assert header_alone(run(*args, "--format", "csv", "--index", built)) == header


def test_the_header_of_an_empty_csv_is_the_header_of_a_full_one(built):
    full = run("search", "wait", "--format", "csv", "--index", built).stdout.splitlines()
    empty = run("search", "zebra", "--format", "csv", "--index", built).stdout.splitlines()
    assert len(full) == 2 and empty == full[:1]


def test_extract_csv_with_no_quotes_is_the_header_row(tmp_path):
    (tmp_path / "plain.txt").write_text("No quotation here.\n", encoding="utf-8")
    assert header_alone(run("extract", "--format", "csv", str(tmp_path))) == "doc,id,speaker,kind,text"
    result = run("extract", "--format", "table", str(tmp_path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "No quotes.\n")


def test_sources_csv_of_an_empty_index_is_the_header_row(tmp_path):
    indexing.update(tmp_path / "ix", [], procs=1)
    result = run("sources", "--format", "csv", "--index", str(tmp_path / "ix"))
    assert header_alone(result) == "doc_id,title,outlet,published,quotes,path"


@pytest.mark.parametrize("fmt, stdout", [("apa", ""), ("bibtex", ""), ("json", "[]\n")])
def test_export_with_no_match_says_so_on_stderr(built, fmt, stdout):
    """Regression: `export` with no match printed nothing at all."""
    result = run("export", "zebra", "--format", fmt, "--index", built)
    assert (result.exit_code, result.stdout, result.stderr) == (0, stdout, "No quotes match.\n")
