"""Output that cannot be written: a reader that goes away (`| head`) ends the run quietly with
git's 141; a full disk is one error line and exit 1; never a traceback."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds"


def quotesearch(*args, stdout):
    return subprocess.Popen([sys.executable, "-m", "quotesearch", *args], stdout=stdout,
                            stderr=subprocess.PIPE)


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    """Regression: `quotesearch extract … | head` printed a BrokenPipeError traceback."""
    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(200):   # (far more output than a pipe holds: the run is still writing)
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    p = quotesearch("extract", "--format", "jsonl", str(tmp_path), stdout=subprocess.PIPE)
    assert p.stdout.read(10).startswith(b"{")
    p.stdout.close()
    err = p.stderr.read().decode()
    assert (p.wait(timeout=120), err) == (141, "")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_to_a_full_disk_is_one_error_line():
    """Regression: writing to a full disk printed an OSError traceback."""
    with open("/dev/full", "wb") as full:
        p = quotesearch("extract", "--format", "jsonl", str(SEED), stdout=full)
        err = p.stderr.read().decode()
    assert (p.wait(timeout=120), err) == (1, "Error: cannot write: No space left on device\n")
