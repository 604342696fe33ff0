"""`quotesearch extract`: the contract outside scorers rely on, and bad input handled by name."""
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from quotesearch.cli import cli

ROOT = Path(__file__).parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_contract_one_object_per_document_in_order():
    result = run("extract", "--format", "jsonl", *SEEDS)
    assert result.exit_code == 0, result.output
    recs = records(result.output)
    assert [r["path"] for r in recs] == SEEDS
    for rec in recs:
        text = Path(rec["path"]).read_text(encoding="utf-8")
        for q in rec["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert {"id", "start", "end", "text", "kind", "speaker", "speaker_mention", "role", "cue",
                    "paragraph", "confidence", "evidence"} <= set(q)
    assert sum(len(r["quotes"]) for r in recs) == 10


def test_ids_are_stable_across_runs():
    first = records(run("extract", "--format", "jsonl", SEEDS[0]).output)
    second = records(run("extract", "--format", "jsonl", SEEDS[0]).output)
    assert [q["id"] for q in first[0]["quotes"]] == [q["id"] for q in second[0]["quotes"]]


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("“Yes,” she said.", encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text("“No,” he said.", encoding="utf-8")
    (tmp_path / "a" / "skip.bin").write_bytes(b"\x00\x01")
    recs = records(run("extract", "--format", "jsonl", str(tmp_path)).output)
    assert sorted(Path(r["path"]).name for r in recs) == ["one.txt", "two.md"]


def test_stdin(tmp_path):
    result = run("extract", "--format", "jsonl", "-", input="“Go,” he said.".encode("utf-8"))
    [rec] = records(result.output)
    assert rec["path"] == "-" and rec["quotes"][0]["text"] == "Go,"


def test_bom_is_not_text_and_offsets_count_after_it(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff“Go,” he said.".encode("utf-8"))
    [rec] = records(run("extract", "--format", "jsonl", str(p)).output)
    assert (rec["quotes"][0]["start"], rec["quotes"][0]["end"]) == (1, 4)


def test_crlf_is_kept_and_offsets_point_into_it(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("Intro.\r\n\r\n“Go,” he said.".encode("utf-8"))
    [rec] = records(run("extract", "--format", "jsonl", str(p)).output)
    with open(p, encoding="utf-8", newline="") as fh:
        text = fh.read()
    q = rec["quotes"][0]
    assert text[q["start"]:q["end"]] == "Go," and q["start"] == 11


def test_bad_files_are_named_and_the_rest_go_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("“Fine,” she said.", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("“Café,” she said.".encode("cp1252"))
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(binary), str(latin), str(good)])
    assert result.exit_code == 1
    assert [Path(r["path"]).name for r in records(result.stdout)] == ["good.txt"]
    assert f"{binary}: looks like a binary file" in result.stderr
    assert f"{latin}: is not valid utf-8" in result.stderr and "--encoding" in result.stderr


def test_encoding_option_reads_cp1252(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("“Café,” she said.".encode("cp1252"))
    result = run("extract", "--format", "jsonl", "--encoding", "cp1252", str(latin))
    assert result.exit_code == 0
    assert records(result.output)[0]["quotes"][0]["text"] == "Café,"


def test_encoding_is_a_fallback_utf8_files_stay_utf8(tmp_path):
    """Regression: --encoding cp1252 turned a UTF-8 “It’s” into “Itâ€™s”."""
    (tmp_path / "a_utf8.txt").write_text("“It’s over,” she said.", encoding="utf-8")
    (tmp_path / "b_latin.txt").write_bytes("“It’s over,” he said.".encode("cp1252"))
    result = run("extract", "--format", "jsonl", "--encoding", "cp1252", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert [r["quotes"][0]["text"] for r in records(result.stdout)] == ["It’s over,", "It’s over,"]


def test_utf16_file_is_read_with_encoding_utf16(tmp_path):
    """Regression: a UTF-16 file was rejected as binary even with --encoding utf-16."""
    p = tmp_path / "wide.txt"
    p.write_bytes("“It’s over,” she said.".encode("utf-16"))
    result = run("extract", "--format", "jsonl", "--encoding", "utf-16", str(p))
    assert result.exit_code == 0, result.stderr
    [rec] = records(result.stdout)
    assert rec["quotes"][0]["text"] == "It’s over,"


def test_empty_file_gives_no_quotes_and_no_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    result = run("extract", "--format", "jsonl", str(p))
    assert result.exit_code == 0 and records(result.output)[0]["quotes"] == []


def test_missing_file_is_an_error_with_its_name(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "nope.txt: cannot be read" in result.stderr


def test_control_characters_and_inner_bom_are_text(tmp_path):
    p = tmp_path / "odd.txt"
    p.write_text("A\x07b \ufeff“Go,” he said.", encoding="utf-8")
    [rec] = records(run("extract", "--format", "jsonl", str(p)).output)
    assert rec["quotes"][0]["text"] == "Go,"


def test_json_and_table_formats():
    result = run("extract", "--format", "json", SEEDS[1])
    [rec] = json.loads(result.output)
    assert rec["quotes"][0]["speaker"] == "Kingsley Wilson"
    table = run("extract", "--format", "table", SEEDS[1]).output
    assert "Kingsley Wilson" in table and "speaker" in table.splitlines()[0]


def test_scare_option_adds_scare_quotes(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("They discussed the so-called “coalition of the willing” again.", encoding="utf-8")
    assert records(run("extract", "--format", "jsonl", str(p)).output)[0]["quotes"] == []
    [q] = records(run("extract", "--format", "jsonl", "--scare", str(p)).output)[0]["quotes"]
    assert q["kind"] == "scare"


def test_python_dash_m_runs_the_cli():
    proc = subprocess.run([sys.executable, "-m", "quotesearch", "extract", "--format", "jsonl", SEEDS[1]],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    assert records(proc.stdout)[0]["quotes"][0]["speaker"] == "Kingsley Wilson"
