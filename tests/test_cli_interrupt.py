"""Ctrl-C: one "interrupted" line on stderr and exit 130, never click's "Aborted!" or a traceback."""
from click.testing import CliRunner

from quotesearch import documents
from quotesearch.cli import cli


def interrupted_read(*args, **kwargs):
    raise KeyboardInterrupt
    yield  # (a generator, as documents.read is)


def test_ctrl_c_exits_130_with_one_line(monkeypatch, tmp_path):
    """Regression: Ctrl-C printed "Aborted!" and exited 1."""
    (tmp_path / "a.txt").write_text("“Go,” he said.", encoding="utf-8")
    monkeypatch.setattr(documents, "read", interrupted_read)
    for command in (["extract", str(tmp_path)], ["index", str(tmp_path)]):
        result = CliRunner().invoke(cli, command)
        assert (result.exit_code, result.stdout, result.stderr) == (130, "", "interrupted\n")

