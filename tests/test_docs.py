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


PACKAGE = Path(__file__).parent.parent / "quotesearch"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__main__")


def _comment_doctests(path: Path) -> list[tuple[int, str]]:
    """The ``#:`` comment blocks of a module that hold examples (``>>>``), as (first line, text):
    the examples that document its patterns and word lists, which --doctest-modules never sees."""
    blocks, block, start = [], [], 0
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines() + [""], 1):
        s = line.strip()
        if s.startswith("#:"):
            start = start if block else i
            block.append(s[3:] if s.startswith("#: ") else s[2:])
            continue
        if any(b.lstrip().startswith(">>>") for b in block):
            blocks.append((start, "\n".join(block)))
        block = []
    return blocks


@pytest.mark.parametrize("name", MODULES)
def test_comment_examples_of_patterns_and_word_lists_hold(name):
    import doctest
    import importlib

    module = importlib.import_module(f"quotesearch.{name}")
    path = PACKAGE / f"{name}.py"
    parser = doctest.DocTestParser()
    failed = []
    for line, text in _comment_doctests(path):
        test = parser.get_doctest(text, dict(vars(module)), f"{name}:{line}", str(path), line)
        out: list[str] = []
        if doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test, out=out.append).failed:
            failed.append("".join(out))
    assert not failed, "\n".join(failed)
