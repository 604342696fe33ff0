"""`quotesearch export` and `quotesearch cite` over a small index built from articles with metadata."""
import json

import bibtexparser
import pytest
from click.testing import CliRunner

from quotesearch import documents, indexing
from quotesearch.cli import cli

ALLIES = """---
title: Allies meet in Brussels without Hegseth
outlet: The Example Times
author: Jane Doe
date: 2025-04-11
url: https://example.org/allies
---
BRUSSELS — Boris Pistorius, Germany’s defense minister, spoke to reporters.
“I am not able to have a look in the crystal ball,” Pistorius said. “We wait and see.”
"""

TALKS = "Boris Pistorius spoke on Friday.\n“The talks are over,” Pistorius said.\n"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "allies.md").write_text(ALLIES, encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"text": TALKS, "title": "Talks end", "sitename": "Wire",
                                                   "date": "2025-05-02"}) + "\n", encoding="utf-8")
    (folder / "plain.txt").write_text("“Nothing to add,” said Kingsley Wilson.\n", encoding="utf-8")
    items = [indexing.Item(document=r.document, error=r.error) for r in documents.read([str(folder)])]
    ix = folder / "index"
    indexing.update(ix, items, procs=1)
    return str(ix)


def run(index_dir, *args):
    return CliRunner().invoke(cli, [*args, "--index", index_dir])


def test_export_a_speaker_as_apa(index_dir):
    result = run(index_dir, "export", "--speaker", "pistorius", "--format", "apa")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "As Boris Pistorius, Germany’s defense minister, put it, “I am not able to have a look in the crystal "
        "ball” (Doe, 2025).\n"
        "As Boris Pistorius, Germany’s defense minister, put it, “We wait and see” (Doe, 2025).\n"
        "As Boris Pistorius put it, “The talks are over” (“Talks End,” 2025).\n"
        "\nReferences\n\n"
        "Doe, J. (2025, April 11). Allies meet in Brussels without Hegseth. The Example Times. "
        "https://example.org/allies\n"
        "Talks end. (2025, May 2). Wire.\n")


def test_export_a_speaker_as_bibtex_to_a_file(index_dir, tmp_path):
    out = tmp_path / "p.bib"
    result = run(index_dir, "export", "--speaker", "Boris Pistorius", "--format", "bibtex", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"Wrote 3 quotes from 2 articles to {out}\n"
    lib = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    assert [(e.entry_type, e.key) for e in lib.entries] == [("article", "doe2025allies"), ("article", "wire2025talks")]


def test_export_a_query_with_filters(index_dir):
    result = run(index_dir, "export", "crystal ball", "--speaker", "Pistorius", "--format", "jsonl")
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["text"] == "I am not able to have a look in the crystal ball,"
    assert row["outlet"] == "The Example Times" and row["author"] == "Jane Doe"
    result = run(index_dir, "export", "talks", "--since", "2025-05-01", "--format", "csv")
    assert result.stdout.count("\n") == 2 and "Wire" in result.stdout


def test_export_offsets_point_into_the_text_as_read(index_dir, tmp_path):
    rows = json.loads(run(index_dir, "export", "--speaker", "Pistorius", "--format", "json").stdout)
    allies = [r for r in rows if r["path"].endswith("allies.md")]
    text = open(allies[0]["path"], encoding="utf-8", newline="").read()
    assert all(text[r["start"]:r["end"]] == r["text"] for r in allies)


@pytest.mark.parametrize("fmt", ["apa", "mla", "chicago", "bibtex", "ris", "csl-json", "markdown", "csv", "json",
                                 "jsonl"])
def test_every_format_runs_and_never_prints_none(index_dir, fmt):
    result = run(index_dir, "export", "--speaker", "Pistorius", "--format", fmt)
    assert result.exit_code == 0 and result.stdout and "None" not in result.stdout


def test_empty_result_is_valid_and_exit_0(index_dir):
    result = run(index_dir, "export", "nonexistentword", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_export_needs_a_query_or_a_speaker(index_dir):
    result = run(index_dir, "export", "--format", "apa")
    assert result.exit_code == 2 and "give a QUERY, a --speaker NAME, or both" in result.stderr


def test_unknown_speaker_is_a_one_line_error(index_dir):
    result = run(index_dir, "export", "--speaker", "Nobody Atall")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_cite_one_quote_by_id_prefix(index_dir):
    [row] = json.loads(run(index_dir, "export", "crystal", "--format", "json").stdout)
    result = run(index_dir, "cite", row["id"][:8], "--format", "chicago")
    assert result.exit_code == 0
    assert result.stdout == (
        "As Boris Pistorius, Germany’s defense minister, put it, “I am not able to have a look in the crystal "
        "ball.”[1]\n\nNotes\n\n"
        "1. Jane Doe, “Allies meet in Brussels without Hegseth,” The Example Times, April 11, 2025, "
        "https://example.org/allies.\n\nBibliography\n\n"
        "Doe, Jane. “Allies meet in Brussels without Hegseth.” The Example Times, April 11, 2025. "
        "https://example.org/allies.\n")


def test_cite_an_unknown_id(index_dir):
    result = run(index_dir, "cite", "ffffffffff")
    assert result.exit_code == 1 and "no quote has an id starting with ffffffffff" in result.stderr


def test_export_without_an_index_says_how_to_build_one(tmp_path):
    result = CliRunner().invoke(cli, ["export", "x", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1 and "quotesearch index" in result.stderr


@pytest.mark.parametrize("where, reason", [("missing/dir/x.txt", "No such file or directory"),
                                           ("a_file/x.txt", "Not a directory")])
def test_export_to_a_file_that_cannot_be_written_is_a_one_line_error(index_dir, tmp_path, where, reason):
    (tmp_path / "a_file").write_text("", encoding="utf-8")
    out = tmp_path / where
    result = run(index_dir, "export", "--speaker", "pistorius", "-o", str(out))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: cannot write {out} ({reason}); "
                             "give a file in a folder that exists and that you can write to\n")


def test_export_rejects_an_impossible_date(index_dir):
    result = run(index_dir, "export", "talks", "--since", "2025-02-30")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: --since takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '2025-02-30'\n"


def test_one_quote_from_one_article_is_singular(index_dir, tmp_path):
    """Regression: "Wrote 1 quotes from 1 articles"."""
    out = tmp_path / "one.csv"
    result = run(index_dir, "export", "crystal", "--format", "csv", "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, f"Wrote 1 quote from 1 article to {out}\n")
