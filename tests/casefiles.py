"""Labelled case files (tests/cases/*.json) as pytest parameters.

Each case has a label, a category (synthetic, in-the-wild, negative, known-failure), a comment and
the expected result; known failures become strict xfails, so a fix is noticed.
"""
import json
from pathlib import Path

import pytest

CASES_DIR = Path(__file__).parent / "cases"


def case_params(name: str) -> list:
    cases = json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    out = []
    for c in cases:
        marks = [pytest.mark.xfail(strict=True, reason=c["comment"])] if c["category"] == "known-failure" else []
        out.append(pytest.param(c, id=f"{c['category']}:{c['label']}", marks=marks))
    return out
