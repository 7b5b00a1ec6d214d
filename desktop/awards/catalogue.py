"""Load and check rule sets (resources/rulesets/<name>/*.toml), and answer catalogue questions.

A rule set is checked completely when it is loaded: an unknown criterion, a reference to an award, component,
authority, form or option that does not exist, or a rule without its legal basis is a RuleSetError naming the file
and the key. The app shows that message instead of starting on a broken rule set.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from desktop.awards import parsed_cache
from desktop.awards.loader import FORMAL_NAMES, build_ruleset
from desktop.awards.model import Award, RuleSet, RuleSetError
from desktop.paths import resources_dir

__all__ = [
    "CUTOVER",
    "RuleSet",
    "RuleSetError",
    "award_name",
    "check_all",
    "known_award_codes",
    "load_ruleset",
    "load_ruleset_dir",
    "ruleset_for",
    "ruleset_names",
    "rulesets_root",
]

CUTOVER = date(2025, 7, 1)  # Nghị định 152/2025/NĐ-CP and 129/2025/NĐ-CP in force
FILES = ("ruleset.toml", "awards.toml", "components.toml", "forms.toml")


def rulesets_root() -> Path:
    return resources_dir() / "rulesets"


def ruleset_names() -> list[str]:
    root = rulesets_root()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "ruleset.toml").is_file())


def _read(path: Path, shown: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RuleSetError(shown, "", "không tìm thấy tệp") from None
    cached = parsed_cache.load(raw)
    if cached is not None:
        return cached
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleSetError(shown, "", f"sai cú pháp TOML: {exc}") from None
    parsed_cache.store(raw, doc)
    return doc


def load_ruleset_dir(folder: Path) -> RuleSet:
    """Load and check the rule set in `folder` (used directly by tests that write a broken copy)."""
    docs: dict[str, Mapping[str, Any]] = {}
    for name in FILES:
        shown = f"{folder.name}/{name}"
        docs[name] = _read(folder / name, shown)
    if (folder / FORMAL_NAMES).is_file():  # optional: the forms' formal award names
        docs[FORMAL_NAMES] = _read(folder / FORMAL_NAMES, f"{folder.name}/{FORMAL_NAMES}")
    return build_ruleset(folder.name, docs)


@functools.cache
def load_ruleset(name: str) -> RuleSet:
    folder = rulesets_root() / name
    if not (folder / "ruleset.toml").is_file():
        known = ", ".join(ruleset_names()) or "không có"
        raise RuleSetError(f"rulesets/{name}", "", f'không có bộ quy tắc "{name}"; hiện có: {known}')
    return load_ruleset_dir(folder)


def check_all() -> list[RuleSet]:
    """Load every bundled rule set; the first broken one raises. Call at start-up."""
    sets = [load_ruleset(n) for n in ruleset_names()]
    if not sets:
        raise RuleSetError(str(rulesets_root()), "", "không tìm thấy bộ quy tắc nào")
    return sets


def ruleset_for(as_of: date) -> RuleSet:
    """The rule set in force on `as_of`. Before 2024-01-01 nd98-2023 is the nearest one; its `notes` say so
    (honours from that time are history, judged under their own rules, never re-judged)."""
    sets = check_all()
    for rs in sets:
        if rs.in_force(as_of):
            return rs
    earliest = min(sets, key=lambda r: r.valid_from)
    if as_of < earliest.valid_from:
        from dataclasses import replace

        note = (f"Ngày xét {as_of.strftime('%d/%m/%Y')} trước khi Luật Thi đua, khen thưởng 2022 có hiệu lực; "
                f"dùng bộ quy tắc gần nhất {earliest.name}")
        return replace(earliest, notes=(*earliest.notes, note))
    return max(sets, key=lambda r: r.valid_from)


@functools.cache
def _all_awards() -> dict[str, Award]:
    out: dict[str, Award] = {}
    # Newest rule set last so that its names win for codes both know.
    for rs in sorted(check_all(), key=lambda r: r.valid_from):
        out.update(rs.awards)
    return out


def known_award_codes() -> frozenset[str]:
    """Every award code any rule set knows, historical ones included, so old honours still validate."""
    return frozenset(_all_awards())


def award_name(code: str) -> str:
    award = _all_awards().get(code)
    return award.name if award else code
