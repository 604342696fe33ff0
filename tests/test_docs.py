"""Docs that run: every command's help ends with an example, and the README documents every command."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotesearch.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert re.search(rf"`quotesearch {name}\b", README), f"README does not document `quotesearch {name}`"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_help_ends_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    help_text = result.output.split("Options:")[0].rstrip()
    example = help_text.rsplit("Example:", 1)
    assert len(example) == 2 and f"quotesearch {name}" in example[1]
