"""Parsed rule-set files are cached by their bytes: a start skips the TOML parse, an edit never reads stale data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.awards import parsed_cache
from desktop.awards.catalogue import load_ruleset_dir, rulesets_root
from desktop.awards.model import RuleSetError


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HSKT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "rulesets"


def test_second_load_comes_from_the_cache_with_dates_intact(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nd152-2025"
    shutil.copytree(rulesets_root() / "nd152-2025", folder)
    first = load_ruleset_dir(folder)
    assert len(list(cache.glob("*.json"))) == len(list(folder.glob("*.toml")))  # one per file of the rule set
    raw = (folder / "ruleset.toml").read_bytes()
    cached = parsed_cache.load(raw)
    assert cached is not None
    second = load_ruleset_dir(folder)
    assert second.valid_from == first.valid_from == date(2025, 7, 1)
    assert second.awards.keys() == first.awards.keys()


def test_an_edited_file_is_parsed_afresh_and_its_error_named(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nd152-2025"
    shutil.copytree(rulesets_root() / "nd152-2025", folder)
    load_ruleset_dir(folder)
    path = folder / "awards.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[broken\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"nd152-2025/awards\.toml.*sai cú pháp TOML"):
        load_ruleset_dir(folder)
