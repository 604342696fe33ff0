"""`quotesearch index` on a terminal: the progress bar, and error lines that never run into it."""
import os
import pty
import re
import subprocess
import sys


def index_on_a_terminal(*args):
    """Run `quotesearch index ARGS` with stderr on a pseudo-terminal: (exit code, stdout, stderr)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "quotesearch", "index", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # (EIO: the command is done and the terminal closed)
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    out = proc.stdout.read().decode()
    proc.wait(timeout=60)
    return proc.returncode, out, b"".join(chunks).decode()


def test_an_error_during_the_progress_bar_starts_its_own_line(tmp_path):
    """Regression: "Indexing  [------]    0%Error: …/a_blob.txt: …" on a terminal."""
    (tmp_path / "a_blob.txt").write_bytes(b"\x00\x01binary")
    for name in ("b.txt", "c.txt"):
        (tmp_path / name).write_text("“Go,” he said.\n", encoding="utf-8")
    code, out, err = index_on_a_terminal(str(tmp_path), "--format", "jsonl", "--index", str(tmp_path / "ix"))
    assert code == 1 and '"failed": 1' in out
    assert "Indexing" in err and err.count("Error: ") == 1
    before, after = err.split("Error: ")
    assert re.search(r"(\n|\r\x1b\[K)$", before), repr(before[-40:])
    assert after.startswith(f"{tmp_path / 'a_blob.txt'}: looks like a binary file")
