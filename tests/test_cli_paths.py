"""Where the index is: --index, else $QUOTESEARCH_INDEX, else ./index, with ~ as the home folder."""
import pytest
from click.testing import CliRunner

from helpers_index import article
from quotesearch import indexing
from quotesearch.cli import cli


@pytest.mark.parametrize("via", ["option", "environment"])
def test_a_tilde_index_path_is_under_the_home_folder(tmp_path, monkeypatch, via):
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    indexing.update(home / "idx", [article("a", [("We wait and see", "Boris Pistorius", None)])], procs=1)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    if via == "option":
        args = ["stats", "--format", "json", "--index", "~/idx"]
    else:
        monkeypatch.setenv("QUOTESEARCH_INDEX", "~/idx")
        args = ["stats", "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
