"""`index`, `search`, `said`, `speakers`, `sources`, `show` and `stats` from the command line."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers_index import article
from quotesearch import index, indexing
from quotesearch.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def corpus():
    return [
        article("allies", [("I am not able to have a look in the crystal ball", "Boris Pistorius", "Germany’s defense minister"),
                           ("We wait and see", "Boris Pistorius", "Germany’s defense minister"),
                           ("Their focus will be in Asia-Pacific", "Rustem Umerov", "Ukraine’s defense minister")],
                title="Allies meet in Brussels", outlet="The Example Times", published="2025-04-11"),
        article("talks", [("The talks are over and we wait", "Pistorius", None),
                          ("There is absolutely no goal to achieve peace", "a source close to the Kremlin", None)],
                title="Talks end", outlet="Wire Service", published="2025-06-02"),
        article("smiths", [("Grain prices will rise", "Jane Smith", "analyst"),
                           ("Grain prices will fall", "John Smith", "trader"),
                           ("Café crème prices are steady", "José Müller", None)],
                title="Markets", outlet="The Example Times", published="2024-12-30"),
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ix") / "index"
    indexing.update(folder, corpus(), procs=1)
    return str(folder)


def run(*args, index_dir=None):
    args = [*args, "--index", index_dir] if index_dir else list(args)
    return CliRunner().invoke(cli, args)


def rows(result):
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return json.loads(result.stdout)


# -- search ------------------------------------------------------------------------------------------

def test_search_finds_a_phrase_with_every_word_kept(built):
    found = rows(run("search", '"we wait and see"', "--format", "json", index_dir=built))
    assert [h["text"] for h in found] == ["We wait and see"]
    h = found[0]
    assert set(h) >= {"id", "start", "end", "text", "speaker", "kind", "role", "cue", "confidence", "evidence",
                      "doc_id", "path", "title", "outlet", "published", "score"}
    assert (h["speaker"], h["doc_id"], h["title"], h["outlet"], h["published"]) == \
        ("Boris Pistorius", "allies", "Allies meet in Brussels", "The Example Times", "2025-04-11")


def test_search_is_stemmed_case_and_accent_insensitive(built):
    assert [h["text"] for h in rows(run("search", "CAFE CREMES", "--format", "json", index_dir=built))] == \
        ["Café crème prices are steady"]
    assert len(rows(run("search", "waiting", "--format", "json", index_dir=built))) == 2


@pytest.mark.parametrize("query, expected", [
    ("grain AND rise", ["Grain prices will rise"]),
    ("grain NOT rise", ["Grain prices will fall"]),
    ("rise OR fall", ["Grain prices will fall", "Grain prices will rise"]),
    ("speaker:umerov", ["Their focus will be in Asia-Pacific"]),
    ("crys*", ["I am not able to have a look in the crystal ball"]),
    ("role:analyst prices", ["Grain prices will rise"]),
])
def test_search_speaks_whoosh_query_language(built, query, expected):
    assert sorted(h["text"] for h in rows(run("search", query, "--format", "json", index_dir=built))) == expected


@pytest.mark.parametrize("option, value, expected", [
    (None, None, 5),
    ("--speaker", "pistorius", 3),          # any alias, any case: both documents
    ("--speaker", "Boris Pistorius", 3),
    ("--source", "talks", 1),               # document id
    ("--source", "brussels", 2),            # words of a title
    ("--outlet", "example times", 4),
    ("--since", "2025-05-01", 1),
    ("--until", "2025-04", 4),
    ("--kind", "direct", 5),
    ("--kind", "mixed", 0),
])
def test_search_filters(built, option, value, expected):
    options = [option, value] if option else []
    assert len(rows(run("search", "wait OR grain OR crystal", *options, "--format", "json", index_dir=built))) == expected


def test_speaker_filter_folds_accents(built):
    assert len(rows(run("search", "prices", "--speaker", "jose muller", "--format", "json", index_dir=built))) == 1


def test_search_limit_and_json_when_empty(built):
    assert len(rows(run("search", "prices", "--limit", "2", "--format", "json", index_dir=built))) == 2
    result = run("search", "zebra", "--format", "json", index_dir=built)
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    result = run("search", "zebra", "--format", "table", index_dir=built)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "No quotes match.\n")


def test_search_table_and_csv(built):
    result = run("search", "crystal", "--format", "table", index_dir=built)
    assert result.exit_code == 0
    assert "Boris Pistorius" in result.stdout and "crystal ball" in result.stdout and "\x1b[" not in result.stdout
    lines = run("search", "crystal", "--format", "csv", index_dir=built).stdout.splitlines()
    assert lines[0].startswith("id,doc_id,start,end,text,") and len(lines) == 2


@pytest.mark.parametrize("args, message", [
    (["search", "grain", "--speaker", "smith"],
     "Error: 'smith' matches 2 speakers: Jane Smith (1 quote); John Smith (1 quote); give the full name\n"),
    (["search", "grain", "--since", "last week"], "Error: --since takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not 'last week'\n"),
    # regression: impossible dates were an empty result with exit 0
    (["search", "grain", "--since", "2025-13-01"], "Error: --since takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '2025-13-01'\n"),
    (["search", "grain", "--since", "2025-02-30"], "Error: --since takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '2025-02-30'\n"),
    (["search", "grain", "--until", "2025-00"], "Error: --until takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '2025-00'\n"),
    (["said", "Pistorius", "--until", "2023-02-29"], "Error: --until takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '2023-02-29'\n"),
    (["search", "grain", "--source", "nowhere"], "Error: no indexed source matches 'nowhere'; `quotesearch sources` lists them\n"),
    (["search", "  "], "Error: give a query, e.g. quotesearch search \"crystal ball\"\n"),
])
def test_search_user_errors(built, args, message):
    result = run(*args, index_dir=built)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


def test_a_malformed_query_is_one_line_never_a_traceback(built):
    for query in ['"unclosed', "role:\"a b\"", "(((", "AND", "speaker:", "*", "text:[a TO"]:
        result = run("search", query, "--format", "json", index_dir=built)
        assert result.exit_code in (0, 1), (query, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), query
        if result.exit_code == 1:
            assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_search_before_any_index_says_how_to_build_one(index_in_tmp):
    result = run("search", "peace")
    assert (result.exit_code, result.stderr) == \
        (1, f"Error: no index at {index_in_tmp}; build one with `quotesearch index [PATH...]`\n")


def test_an_old_index_asks_for_a_rebuild(built, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(built, old)
    (old / index.META_FILE).write_text('{"schema_version": 0}')
    result = run("stats", index_dir=str(old))
    assert result.exit_code == 1 and result.stderr.endswith("run `quotesearch index --rebuild`\n")


# -- said ----------------------------------------------------------------------------------------------

def test_said_lists_everything_by_date_then_position(built):
    found = rows(run("said", "PISTORIUS", "--format", "json", index_dir=built))
    assert [h["text"] for h in found] == ["I am not able to have a look in the crystal ball", "We wait and see",
                                         "The talks are over and we wait"]
    assert "score" not in found[0]


def test_said_table_names_the_speaker_on_stderr(built):
    result = run("said", "Umerov", "--format", "table", index_dir=built)
    assert result.exit_code == 0
    assert result.stderr == "Rustem Umerov (Ukraine’s defense minister): 1 quote\n"
    assert "Asia-Pacific" in result.stdout


def test_said_takes_a_name_with_its_title(built):
    titled = rows(run("said", "Germany’s defense minister Boris Pistorius", "--format", "json", index_dir=built))
    assert [h["text"] for h in titled] == [h["text"] for h in rows(run("said", "Pistorius", "--format", "json",
                                                                          index_dir=built))]
    assert len(titled) == 3


def test_said_with_filters(built):
    assert len(rows(run("said", "pistorius", "--source", "talks", "--format", "json", index_dir=built))) == 1
    assert len(rows(run("said", "pistorius", "--since", "2025-05", "--format", "json", index_dir=built))) == 1


@pytest.mark.parametrize("name, message", [
    ("Smith", "Error: 'Smith' matches 2 speakers: Jane Smith (1 quote); John Smith (1 quote); give the full name\n"),
    ("Pistorus", "Error: no speaker named 'Pistorus'; did you mean Boris Pistorius?\n"),
    ("Zelensky", "Error: no speaker named 'Zelensky'; `quotesearch speakers` lists them\n"),
])
def test_said_ambiguous_near_miss_unknown(built, name, message):
    result = run("said", name, index_dir=built)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


# -- speakers, sources, show, stats ----------------------------------------------------------------------

def test_speakers_merged_across_documents(built):
    found = {s["name"]: s for s in rows(run("speakers", "--format", "json", index_dir=built))}
    assert found["Boris Pistorius"] == {"name": "Boris Pistorius", "aliases": ["Boris Pistorius", "Pistorius"],
                                        "roles": ["Germany’s defense minister"], "quotes": 3, "sources": 2}
    assert {"Jane Smith", "John Smith", "a source close to the Kremlin"} <= set(found)


def test_speakers_sort_and_min_quotes(built):
    names = [s["name"] for s in rows(run("speakers", "--sort", "name", "--format", "json", index_dir=built))]
    assert names == sorted(names, key=str.casefold)
    assert [s["name"] for s in rows(run("speakers", "--min-quotes", "2", "--format", "json", index_dir=built))] == \
        ["Boris Pistorius"]
    assert [s["name"] for s in rows(run("speakers", "--sort", "sources", "--format", "json", index_dir=built))][0] == \
        "Boris Pistorius"
    result = run("speakers", "--min-quotes", "99", "--format", "json", index_dir=built)
    assert result.stdout == "[]\n"


def test_sources(built):
    found = rows(run("sources", "--format", "json", index_dir=built))
    assert [(s["doc_id"], s["title"], s["outlet"], s["published"], s["quotes"]) for s in found] == [
        ("allies", "Allies meet in Brussels", "The Example Times", "2025-04-11", 3),
        ("smiths", "Markets", "The Example Times", "2024-12-30", 3),
        ("talks", "Talks end", "Wire Service", "2025-06-02", 2)]
    assert run("sources", "--format", "csv", index_dir=built).stdout.startswith("doc_id,title,outlet,published,quotes")


def test_show_by_unique_prefix(built):
    hit = rows(run("search", "crystal", "--format", "json", index_dir=built))[0]
    d = rows(run("show", hit["id"][:6], "--format", "json", index_dir=built))
    assert d["id"] == hit["id"] and d["paragraph_text"].startswith("“I am not able")
    assert d["paragraph_text"][d["start"] - d["paragraph_start"]:d["end"] - d["paragraph_start"]] == d["text"]
    assert d["evidence"]["rule"] == "cue-after" and d["source"]["title"] == "Allies meet in Brussels"
    text = run("show", hit["id"][:8], "--format", "table", index_dir=built).stdout
    assert "[[I am not able to have a look in the crystal ball]]" in text
    assert "Speaker:    Boris Pistorius, Germany’s defense minister" in text
    assert "Evidence:   rule cue-after, mention 'Boris Pistorius', cue 'said', confidence 0.90" in text


def test_show_a_quote_with_no_speaker_says_so(tmp_path):
    """Regression: "Evidence: rule ?, mention None, cue None, confidence 0.00"."""
    (tmp_path / "wall.txt").write_text("The meeting ended.\n\n“Nothing is decided,” was the message on the wall.\n",
                                       encoding="utf-8")
    assert run("index", str(tmp_path / "wall.txt"), "--format", "json", index_dir=str(tmp_path / "ix")).exit_code == 0
    [hit] = rows(run("search", "decided", "--format", "json", index_dir=str(tmp_path / "ix")))
    assert hit["speaker"] is None
    text = run("show", hit["id"], "--format", "table", index_dir=str(tmp_path / "ix")).stdout
    assert "Speaker:    unknown\nEvidence:   no speaker found\n" in text and "None" not in text


def test_show_gives_a_hard_wrapped_article_its_whole_paragraph(tmp_path):
    article = tmp_path / "wrapped.txt"
    article.write_text("The Pentagon said on Friday that the defense secretary had joined the\n"
                       "meeting by video link, and that Boris Pistorius had chaired it instead.\n\n"
                       "“I am not able to have a look in the crystal ball,” Pistorius told\n"
                       "reporters after the meeting. “We wait and see what the new administration\n"
                       "will do.”\n\n"
                       "Officials in Kyiv said they were grateful for the support of their\n"
                       "partners and would keep asking for more air defense systems.\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert run("index", str(article), index_dir=ix).exit_code == 0
    hit = rows(run("search", "crystal", "--format", "json", index_dir=ix))[0]
    d = rows(run("show", hit["id"], "--format", "json", index_dir=ix))
    assert d["paragraph_text"].startswith("“I am not able") and d["paragraph_text"].endswith("will do.”")
    assert d["paragraph_text"][d["start"] - d["paragraph_start"]:d["end"] - d["paragraph_start"]] == d["text"]


@pytest.mark.parametrize("quote_id, message", [
    ("abc", "Error: a quote id is 6 to 16 hex characters (as `search` shows), not 'abc'\n"),
    ("ffffff0", "Error: no quote has an id starting with ffffff0\n"),
])
def test_show_errors(built, quote_id, message):
    result = run("show", quote_id, index_dir=built)
    assert (result.exit_code, result.stderr) == (1, message)


def test_show_ambiguous_prefix(tmp_path):
    from dataclasses import replace

    item = article("twins", [("one", "Jane Smith", None), ("two", "Jane Smith", None)])
    quotes = tuple(replace(q, id=f"abcdef{i:010d}") for i, q in enumerate(item.quotes))
    indexing.update(tmp_path / "ix", [replace(item, quotes=quotes)], procs=1)
    result = run("show", "ABCDEF", index_dir=str(tmp_path / "ix"))
    assert (result.exit_code, result.stderr) == (
        1, "Error: abcdef is the start of 2 quote ids (abcdef0000000000, abcdef0000000001); give more characters\n")
    assert rows(run("show", "abcdef0000000001", "--format", "json", index_dir=str(tmp_path / "ix")))["text"] == "two"


def test_stats(built):
    d = json.loads(run("stats", "--format", "json", index_dir=built).stdout)
    assert (d["quotes"], d["documents"], d["speakers"]) == (8, 3, 6) and d["bytes"] > 0
    assert "quotes" in run("stats", index_dir=built).stdout


# -- index ---------------------------------------------------------------------------------------------

def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def summary(result):
    assert result.exit_code in (0, 1)
    return json.loads(result.stdout)[0]


def test_index_command_is_incremental(tmp_path, index_in_tmp):
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "a.txt", "“We wait and see,” Pistorius said.\n")
    write(docs, "b.txt", "Nothing quoted here.\n")
    first = summary(run("index", str(docs), "--format", "json"))
    assert {k: first[k] for k in ("added", "updated", "unchanged", "failed")} == \
        {"added": 2, "updated": 0, "unchanged": 0, "failed": 0}
    again = summary(run("index", str(docs), "--format", "json"))
    assert (again["added"], again["unchanged"], again["quotes"]) == (0, 2, first["quotes"])
    write(docs, "b.txt", "Changed.\n")
    (docs / "a.txt").unlink()
    changed = summary(run("index", str(docs), "--prune", "--format", "json"))
    assert (changed["updated"], changed["unchanged"], changed["pruned"], changed["quotes"]) == (1, 0, 1, 0)
    rebuilt = summary(run("index", str(docs), "--rebuild", "--format", "json"))
    assert (rebuilt["added"], rebuilt["pruned"]) == (1, 0)


def test_index_names_unreadable_files_and_exits_1(tmp_path, index_in_tmp):
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "good.txt", "“Fine,” she said.\n")
    (docs / "bad.txt").write_bytes(b"\x00\x01binary")
    result = run("index", str(docs), "--format", "json")
    assert result.exit_code == 1
    assert summary(result)["added"] == 1 and summary(result)["failed"] == 1
    assert "bad.txt" in result.stderr and result.stderr.startswith("Error: ")


def test_index_table_summary_goes_to_stderr(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "a.txt", "“Yes,” he said.\n")
    result = run("index", str(docs), "--format", "table", "--index", str(tmp_path / "ix"))
    assert result.exit_code == 0 and result.stdout == ""
    assert "added" in result.stderr and f"Index: {tmp_path / 'ix'}" in result.stderr


def test_index_waits_for_another_writer_then_says_so(tmp_path, index_in_tmp):
    with index.IndexLock(index_in_tmp):
        result = run("index", str(ROOT / "seeds"), "--wait", "0.1")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: another `quotesearch index` is writing to {index_in_tmp} (waited 0.1 s); "
                             "try again when it has finished\n")


def test_every_command_has_an_example_in_its_help():
    for name in ("index", "search", "said", "speakers", "sources", "show", "stats"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout and "--index PATH" in result.stdout, name


# -- the acceptance on the seed articles (these depend on the parser's attribution) --------------------

@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("fresh")
    shutil.copytree(ROOT / "seeds", cwd / "seeds")
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, ["index", "--index", str(cwd / "index"), "--format", "json"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    return str(cwd / "index")


def test_seeds_crystal_ball_is_pistorius(seeds_index):
    found = rows(run("search", "crystal ball", "--format", "json", index_dir=seeds_index))
    assert found[0]["speaker"] == "Boris Pistorius" and "crystal ball" in found[0]["text"]


def test_seeds_pistorius_said_four_things(seeds_index):
    assert len(rows(run("said", "Pistorius", "--format", "json", index_dir=seeds_index))) == 4


def test_seeds_speakers_with_roles(seeds_index):
    found = {s["name"]: s for s in rows(run("speakers", "--format", "json", index_dir=seeds_index))}
    for name in ("Boris Pistorius", "Rustem Umerov", "Kingsley Wilson", "Sean Parnell", "a source close to the Kremlin"):
        assert name in found, sorted(found)
    for name in ("Boris Pistorius", "Rustem Umerov", "Kingsley Wilson", "Sean Parnell"):
        assert found[name]["roles"], name


def test_installed_entry_point(tmp_path):
    exe = Path(sys.executable).parent / "quotesearch"
    env = {**os.environ, "QUOTESEARCH_INDEX": str(tmp_path / "ix")}
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    out = subprocess.run([str(exe), "index", "--format", "json"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["added"] == 2
    out = subprocess.run([str(exe), "search", "wait and see"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "We wait and see." in out.stdout


def test_show_keeps_the_paragraph_number_of_every_other_listing(built):
    hit = rows(run("search", "crystal", "--format", "json", index_dir=built))[0]
    d = rows(run("show", hit["id"][:8], "--format", "json", index_dir=built))
    assert d["paragraph"] == hit["paragraph"] and isinstance(d["paragraph"], int)
