"""No module binds one top-level name twice by accident: a later constant of the same name
silently replaces the first for every function that reads it (a rule's new pattern once took the
name of an older one and changed what another rule read)."""
import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "quotesearch"


def _rebound(source: str) -> list[str]:
    """Names bound twice at the top level, where the second binding does not build on the first
    (``NAMES = NAMES | more`` extends a list on purpose)."""
    seen, out = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            targets, value = [ast.Name(id=node.name)], None
        else:
            continue
        for t in targets:
            if not isinstance(t, ast.Name):
                continue
            reads_itself = value is not None and any(
                isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(value))
            if t.id in seen and not reads_itself:
                out.append(t.id)
            seen.add(t.id)
    return out


def test_rebinding_is_found():
    assert _rebound("A = 1\ndef f(): return A\nA = 2\n") == ["A"]
    assert _rebound("A = {1}\nA = A | {2}\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_name_bound_twice(path):
    assert _rebound(path.read_text(encoding="utf-8")) == []
