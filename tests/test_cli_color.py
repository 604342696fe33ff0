"""Highlighting on a terminal, and none at all when $NO_COLOR is set (https://no-color.org)."""
import json

import pytest
from click.testing import CliRunner

from helpers_index import article
from quotesearch import cli as cli_module, indexing
from quotesearch.cli import cli

ESC = "\x1b["


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ix") / "index"
    indexing.update(folder, [article("allies", [("I am not able to have a look in the crystal ball",
                                              "Boris Pistorius", None)], title="Allies")], procs=1)
    return str(folder)


@pytest.fixture
def terminal(monkeypatch):
    """Stdout is a terminal (CliRunner's is not), and the output keeps its escape codes."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(cli_module, "on_terminal", lambda: True)
    return lambda *args: CliRunner().invoke(cli, list(args), color=True)


def quote_id(built, run):
    return json.loads(run("search", "crystal", "--format", "jsonl", "--index", built).stdout)["id"]


def test_a_terminal_highlights_the_words_found_and_the_quote_shown(built, terminal):
    assert ESC in terminal("search", "crystal", "--index", built).stdout
    shown = terminal("show", quote_id(built, terminal), "--index", built).stdout
    assert ESC in shown and "[[" not in shown


@pytest.mark.parametrize("value", ["1", "true", "0"])
def test_no_color_turns_every_highlight_off(built, terminal, monkeypatch, value):
    """Regression: NO_COLOR was ignored and the terminal still got bold yellow."""
    monkeypatch.setenv("NO_COLOR", value)
    result = terminal("search", "crystal", "--index", built)
    assert result.exit_code == 0 and "crystal ball" in result.stdout and ESC not in result.stdout
    shown = terminal("show", quote_id(built, terminal), "--index", built).stdout
    assert ESC not in shown and "[[I am not able to have a look in the crystal ball]]" in shown


def test_an_empty_no_color_is_not_set(built, terminal, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "")
    assert ESC in terminal("search", "crystal", "--index", built).stdout
