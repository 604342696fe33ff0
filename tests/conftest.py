"""Shared fixtures: no test ever touches a real index."""
import pytest


@pytest.fixture(autouse=True)
def index_in_tmp(tmp_path, monkeypatch):
    """$QUOTESEARCH_INDEX points at a fresh folder under ``tmp_path`` (the default index of every test)."""
    folder = tmp_path / "index"
    monkeypatch.setenv("QUOTESEARCH_INDEX", str(folder))
    return folder
