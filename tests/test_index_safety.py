"""The index never loses what is not its own, and is always whole: foreign folders, empty and
damaged indexes, rebuilds in place, ids that do not depend on the working folder, stdin and JSON
Lines documents."""
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers_index import corpus
from quotesearch import index, indexing, roster
from quotesearch.cli import cli
from quotesearch.model import Document
from quotesearch.search import QuoteIndex


def test_a_folder_holding_other_files_is_never_made_an_index(tmp_path):
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.txt").write_text("keep", encoding="utf-8")
    (folder / "sub" / "deep.md").write_text("keep", encoding="utf-8")
    with pytest.raises(index.NoIndexError, match="not a quotesearch index"):
        indexing.update(folder, corpus(1), procs=1)
    assert sorted(p.name for p in folder.rglob("*")) == ["deep.md", "notes.txt", "sub"]


def test_a_gitignore_stays_beside_a_new_index_and_through_a_rebuild(tmp_path):
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / ".gitignore").write_text("*\n", encoding="utf-8")
    indexing.update(folder, corpus(1), procs=1)
    indexing.update(folder, corpus(1), rebuild=True, procs=1)
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "*\n"


def test_a_file_given_as_the_index_is_a_clear_error(tmp_path):
    f = tmp_path / "ix"
    f.write_text("mine", encoding="utf-8")
    with pytest.raises(index.NoIndexError, match="is a file"):
        indexing.update(f, corpus(1), procs=1)
    with pytest.raises(index.NoIndexError, match="is a file"):
        index.open_index(f)
    assert f.read_text(encoding="utf-8") == "mine"


def test_an_index_with_nothing_in_it_answers_every_listing(index_in_tmp):
    s = indexing.update(index_in_tmp, [indexing.Item(error=OSError("typo.txt: cannot be read"))], procs=1)
    assert (s.failed, s.quotes, s.speakers) == (1, 0, 0)
    with QuoteIndex(index_in_tmp) as qi:
        assert (qi.sources(), qi.speakers, qi.search("peace")) == ([], [], [])
        assert qi.stats()["quotes"] == 0
    s = indexing.update(index_in_tmp, corpus(2), procs=1)
    assert (s.added, s.quotes) == (2, 10)


def test_a_rebuild_replaces_documents_in_place_so_readers_always_find_them_all(index_in_tmp):
    indexing.update(index_in_tmp, corpus(6), procs=1)
    seen = []

    def items():
        for item in corpus(6):
            with QuoteIndex(index_in_tmp) as qi:
                seen.append(qi.stats()["quotes"])
            yield item

    s = indexing.update(index_in_tmp, items(), rebuild=True, procs=1, batch_docs=1)
    assert seen == [30] * 6 and (s.added, s.quotes) == (6, 30)


def test_a_rebuild_drops_what_it_did_not_read_again(index_in_tmp):
    indexing.update(index_in_tmp, corpus(3), procs=1)
    s = indexing.update(index_in_tmp, corpus(1), rebuild=True, procs=1)
    assert (s.added, s.quotes) == (1, 5)
    with QuoteIndex(index_in_tmp) as qi:
        assert [r["doc_id"] for r in qi.sources()] == ["doc00000"]


def test_a_damaged_index_says_to_rebuild_and_the_rebuild_mends_it(index_in_tmp):
    indexing.update(index_in_tmp, corpus(2), procs=1)
    for seg in index_in_tmp.glob("MAIN_*.seg"):
        seg.unlink()
    with pytest.raises(index.SchemaError, match="cannot be read.*--rebuild"):
        with QuoteIndex(index_in_tmp) as qi:
            qi.search("peace")
    with pytest.raises(index.SchemaError, match="--rebuild"):
        indexing.update(index_in_tmp, corpus(2), procs=1)
    s = indexing.update(index_in_tmp, corpus(2), rebuild=True, procs=1)
    assert s.quotes == 10
    toc = next(index_in_tmp.glob("_MAIN_*.toc"))
    toc.write_bytes(b"garbage")
    result = CliRunner().invoke(cli, ["search", "peace", "--index", str(index_in_tmp)])
    assert result.exit_code == 1 and "cannot be read" in result.output and "Traceback" not in result.output


def _file_item(path: Path, doc_id: str) -> indexing.Item:
    text = path.read_text(encoding="utf-8")
    return indexing.Item(document=Document.from_text(text, id=doc_id, path=str(path)))


def test_quote_ids_stay_when_the_same_file_is_indexed_from_another_folder(index_in_tmp, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("“We will build homes,” said Ann Lee.", encoding="utf-8")
    indexing.update(index_in_tmp, [_file_item(f, "a.txt")], procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        before = [h.quote.id for h in qi.search("homes")]
    s = indexing.update(index_in_tmp, [_file_item(f, "tmp/a.txt")], procs=1)  # (its id from elsewhere)
    assert (s.unchanged, s.updated) == (1, 0)
    f.write_text("Changed. “We will build homes,” said Ann Lee.", encoding="utf-8")
    s = indexing.update(index_in_tmp, [_file_item(f, "tmp/a.txt")], procs=1)
    assert s.updated == 1
    with QuoteIndex(index_in_tmp) as qi:
        [hit] = qi.search("homes")
        assert hit.quote.doc_id == "a.txt" and before and hit.quote.id != before[0]  # (new offsets)


def test_texts_from_stdin_are_documents_of_their_own(index_in_tmp):
    def piped(text):
        return indexing.Item(document=Document.from_text(text, id="-", path="-"))

    indexing.update(index_in_tmp, [piped("“Hello there,” said Jim Bob.")], procs=1)
    s = indexing.update(index_in_tmp, [piped("“Goodbye,” said Ann Lee.")], prune=True, procs=1)
    assert (s.added, s.updated, s.pruned, s.quotes) == (1, 0, 0, 2)
    s = indexing.update(index_in_tmp, [piped("“Goodbye,” said Ann Lee.")], procs=1)
    assert (s.added, s.unchanged) == (0, 1)


def test_prune_keeps_json_lines_records_whose_file_is_there(index_in_tmp, tmp_path):
    from quotesearch import documents

    f = tmp_path / "scrape.jsonl"
    f.write_text('{"text": "“We go,” said Ann Lee."}\n{"text": "“We stay,” said Bo Ek."}\n', encoding="utf-8")
    items = [indexing.Item(document=r.document) for r in documents.read([str(f)])]
    indexing.update(index_in_tmp, items, procs=1)
    assert indexing.update(index_in_tmp, [], prune=True, procs=1).pruned == 0
    f.unlink()
    assert indexing.update(index_in_tmp, [], prune=True, procs=1).pruned == 2


def test_a_file_name_that_is_not_utf8_is_indexed_with_the_others(index_in_tmp, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/bad\xffname.txt"
    with open(bad, "wb") as fh:
        fh.write("“We go,” said Ann Lee.".encode("utf-8"))
    (folder / "good.txt").write_text("“We stay,” said Bo Ek.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    with QuoteIndex(index_in_tmp) as qi:
        assert sorted(h.quote.speaker for h in qi.search("we")) == ["Ann Lee", "Bo Ek"]
    assert len(roster.load(index_in_tmp, index.open_index(index_in_tmp))) == 2
    result = CliRunner().invoke(cli, ["index", "--prune", str(folder), "--format", "json"])
    assert '"unchanged": 2' in result.output and '"pruned": 0' in result.output


def test_files_of_the_same_name_in_two_folders_are_two_documents_and_a_rebuild_keeps_both(index_in_tmp, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, who in ((a, "Ann Lee"), (b, "Bo Ek")):
        folder.mkdir()
        (folder / "x.txt").write_text(f"“We go,” said {who}.", encoding="utf-8")
    indexing.update(index_in_tmp, [_file_item(a / "x.txt", "x.txt"), _file_item(b / "x.txt", "x.txt")], procs=1)
    with QuoteIndex(index_in_tmp) as qi:
        assert sorted(h.quote.speaker for h in qi.search("go")) == ["Ann Lee", "Bo Ek"]
    s = indexing.update(index_in_tmp, [_file_item(a / "x.txt", "x.txt"), _file_item(b / "x.txt", "x.txt")],
                     rebuild=True, procs=1)
    assert (s.added, s.quotes) == (2, 2)
    s = indexing.update(index_in_tmp, [_file_item(a / "x.txt", "x.txt")], rebuild=True, procs=1)
    assert s.quotes == 1
    with QuoteIndex(index_in_tmp) as qi:
        assert [h.quote.speaker for h in qi.search("go")] == ["Ann Lee"]


@pytest.mark.parametrize("toc", [b"", b"\x80\x04\x95"])
def test_an_empty_or_cut_short_table_of_contents_is_mended_by_a_rebuild(index_in_tmp, toc):
    indexing.update(index_in_tmp, corpus(2), procs=1)
    next(index_in_tmp.glob("_MAIN_*.toc")).write_bytes(toc)
    result = CliRunner().invoke(cli, ["stats", "--index", str(index_in_tmp)])
    assert result.exit_code == 1 and "--rebuild" in result.output and "Traceback" not in result.output
    assert indexing.update(index_in_tmp, corpus(2), rebuild=True, procs=1).quotes == 10


def test_a_folder_of_files_named_like_an_index_s_own_is_refused_and_kept(tmp_path):
    folder = tmp_path / "work"
    (folder / "build.tmp").mkdir(parents=True)
    (folder / "build.tmp" / "part.txt").write_text("mine", encoding="utf-8")
    for name in ("README.md", "speakers.json", "draft.tmp"):
        (folder / name).write_text("mine", encoding="utf-8")
    with pytest.raises(index.NoIndexError, match="not a quotesearch index"):
        indexing.update(folder, corpus(1), procs=1)
    assert sorted(p.name for p in folder.rglob("*")) == ["README.md", "build.tmp", "draft.tmp", "part.txt",
                                                         "speakers.json"]


def test_rebuilds_do_not_grow_the_index(index_in_tmp):
    indexing.update(index_in_tmp, corpus(20), procs=1)
    for _ in range(3):
        indexing.update(index_in_tmp, corpus(20), rebuild=True, procs=1, batch_docs=5)
    assert len(index.open_index(index_in_tmp)._segments()) == 1


def test_prune_drops_the_records_gone_from_a_json_lines_file(index_in_tmp, tmp_path):
    from quotesearch import documents

    f = tmp_path / "scrape.jsonl"
    f.write_text("".join(f'{{"text": "“We go {i},” said Ann Lee."}}\n' for i in range(3)), encoding="utf-8")
    indexing.update(index_in_tmp, [indexing.Item(document=r.document) for r in documents.read([str(f)])], procs=1)
    f.write_text('{"text": "“We go 0,” said Ann Lee."}\n', encoding="utf-8")
    items = [indexing.Item(document=r.document) for r in documents.read([str(f)])]
    assert indexing.update(index_in_tmp, items, prune=True, procs=1).pruned == 2


def test_a_run_after_a_killed_rebuild_reads_every_document_again(index_in_tmp):
    indexing.update(index_in_tmp, corpus(3), procs=1)
    index._write_meta(index_in_tmp, rebuilding=True)  # (as a rebuild killed half-way leaves it)
    s = indexing.update(index_in_tmp, corpus(3), procs=1)
    assert (s.updated, s.unchanged) == (3, 0)
    assert indexing.update(index_in_tmp, corpus(3), procs=1).unchanged == 3


# -- a worker that dies -------------------------------------------------------------------------

RUN = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from helpers_index import corpus
from quotesearch import indexing

if __name__ == "__main__":
    try:
        indexing.update(Path(sys.argv[1]), corpus(6000, 5, "w"), procs=2, batch_quotes=4000, timeout=60)
    except indexing.WorkerError as exc:
        print(exc, flush=True)
        sys.exit(3)
"""


def _workers(pid: int) -> list[int]:
    """The worker processes (spawned) of process ``pid``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            if entry.name.isdigit() and int(stat.rsplit(")", 1)[1].split()[1]) == pid \
                    and b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_that_dies_ends_the_run_with_a_clear_error_and_the_next_run_completes(index_in_tmp, tmp_path):
    """Regression: a worker killed (by the out-of-memory killer, say) was replaced by the pool, and
    the batch it was building never came back: the run waited for ever."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "run.py"
    script.write_text(RUN.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    p = subprocess.Popen([sys.executable, str(script), str(index_in_tmp)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(workers := _workers(p.pid)) < 2:
        assert p.poll() is None and time.monotonic() < deadline, p.communicate()
        time.sleep(0.05)
    time.sleep(0.5)   # (at work on their first batches)
    os.kill(workers[0], signal.SIGKILL)
    try:
        out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            p.kill()   # (it hung: never leave it running)
    assert p.returncode == 3, (out, err)
    assert out.startswith("a worker process stopped") and "run `quotesearch index` again" in out
    s = indexing.update(index_in_tmp, corpus(6000, 5, "w"), procs=1, timeout=10)
    assert s.quotes == 30000 and s.added + s.unchanged == 6000


class _BrokenPool:
    """An executor whose worker died: handing out a batch, or its result, fails."""

    def __init__(self, *args, at_submit=False, **kwargs):
        self.at_submit = at_submit

    def submit(self, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        if self.at_submit:
            raise BrokenProcessPool("A child process terminated abruptly")
        f = Future()
        f.set_exception(BrokenProcessPool("A child process terminated abruptly"))
        return f

    def shutdown(self, *args, **kwargs):
        pass


@pytest.mark.parametrize("at_submit", [False, True])
def test_a_dead_worker_is_one_clear_error_and_leaves_the_index_unlocked(index_in_tmp, monkeypatch, at_submit):
    """Regression: a pool found broken when a batch was handed out gave a raw BrokenProcessPool
    traceback; one found broken by a result left a writer holding whoosh's lock, so that the next
    run in the same process failed with LockError."""
    indexing.update(index_in_tmp, corpus(3, 5, "a"), procs=1)
    monkeypatch.setattr(indexing, "ProcessPoolExecutor", lambda *a, **k: _BrokenPool(at_submit=at_submit))
    with pytest.raises(indexing.WorkerError, match="run `quotesearch index` again to finish"):
        indexing.update(index_in_tmp, corpus(40, 5, "b"), procs=2, batch_quotes=40)
    monkeypatch.undo()
    s = indexing.update(index_in_tmp, [*corpus(3, 5, "a"), *corpus(40, 5, "b")], procs=1, timeout=5)
    assert (s.quotes, s.unchanged) == (215, 3)


def test_a_worker_whose_parent_is_already_gone_exits_at_once():
    """Regression: a worker that started after its parent was killed took its new parent (init)
    for the one to watch, and lived on for ever."""
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()   # (a process that has ended)
    run = subprocess.run([sys.executable, "-c", f"from quotesearch.indexing import _watch_parent; "
                          f"_watch_parent({gone}); print('still here')"], capture_output=True, text=True, timeout=30)
    assert (run.returncode, run.stdout) == (1, "")
    run = subprocess.run([sys.executable, "-c", "import os; from quotesearch.indexing import _watch_parent; "
                          "_watch_parent(os.getppid()); print('still here')"], capture_output=True, text=True, timeout=30)
    assert (run.returncode, run.stdout) == (0, "still here\n")


def test_folder_size_skips_a_file_removed_while_it_is_read(tmp_path, monkeypatch):
    """A writer's temporary segment may vanish between listing the folder and reading its size:
    stats() counts it for nothing instead of failing (it did, with two writer processes)."""
    from pathlib import Path

    from quotesearch.search import _folder_size

    (tmp_path / "kept.seg").write_bytes(b"x" * 10)
    gone = tmp_path / "gone.pst"
    gone.write_bytes(b"y" * 5)
    real_stat, real_is_file = Path.stat, Path.is_file

    def stat(self, *a, **k):  # (removed after the listing saw it as a file)
        if self.name == "gone.pst":
            raise FileNotFoundError(str(self))
        return real_stat(self, *a, **k)

    monkeypatch.setattr(Path, "is_file", lambda self: True if self.name == "gone.pst" else real_is_file(self))
    monkeypatch.setattr(Path, "stat", stat)
    assert _folder_size(tmp_path) == 10


def test_folder_size_skips_a_folder_removed_while_it_is_walked(tmp_path, monkeypatch):
    """A writer's temporary segment folder may vanish before the walk lists it: the rest of the
    folder is still counted (rglob stopped with FileNotFoundError: a flaky CI failure)."""
    import os

    from quotesearch.search import _folder_size

    (tmp_path / "kept.seg").write_bytes(b"x" * 10)
    (tmp_path / "seg.tmp").mkdir()
    (tmp_path / "seg.tmp" / "part").write_bytes(b"y" * 5)
    (tmp_path / "later.seg").write_bytes(b"z" * 3)
    real_scandir = os.scandir

    def scandir(path="."):  # (the folder is gone by the time it is read)
        if os.path.basename(os.fspath(path)) == "seg.tmp":
            raise FileNotFoundError(os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _folder_size(tmp_path) == 13
