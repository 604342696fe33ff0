"""The README's commands run: the two opening lines, and .ci/run runs the test line verbatim."""
import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def opening_commands():
    lines = [line[4:] for line in README.splitlines()[1:12] if line.startswith("    ")]
    return lines[0], lines[1]


def test_readme_opens_with_install_run_and_install_test():
    main, tests = opening_commands()
    assert main.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e . && ")
    assert "quotesearch index" in main and "quotesearch search" in main
    assert tests.startswith("python3 -m venv .venv && ") and "pip install -e '.[test]'" in tests
    assert tests.endswith("python -m pytest -q")


def test_ci_runs_exactly_the_readme_test_command():
    _, tests = opening_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


@pytest.mark.skipif(shutil.which("quotesearch") is None and not (Path(sys.executable).parent / "quotesearch").exists(),
                    reason="the package is not installed with its entry point")
def test_the_main_command_indexes_the_seeds_and_answers(tmp_path):
    """Run the quotesearch part of the first line with the installed entry point, in a fresh folder."""
    main, _ = opening_commands()
    exe = shutil.which("quotesearch") or str(Path(sys.executable).parent / "quotesearch")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    steps = [shlex.split(part) for part in main.split(" && ") if part.startswith("quotesearch ")]
    for argv in steps:
        proc = subprocess.run([exe, *argv[1:], *(["--format", "json"] if argv[1] == "search" else [])],
                              cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert hits[0]["speaker"] == "Boris Pistorius" and "crystal ball" in hits[0]["text"]
