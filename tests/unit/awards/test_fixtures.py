"""The project's table of cases: every dossier in tests/fixtures/eligibility/ with its expected verdicts, each
citing the article it tests in its `_case` key (unknown keys are allowed by the spec)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.awards.catalogue import known_award_codes
from desktop.awards.eligibility import judge_dossier
from desktop.snapshot import loads

CASES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "eligibility").glob("*.json"))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    raw = path.read_bytes()
    case: dict[str, Any] = json.loads(raw)["_case"]
    assert case["basis"] and case["why"], "every case cites its article and says why"
    report = judge_dossier(loads(raw, known_award_codes()), today=date(2025, 12, 15))
    expect = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
    got = [p.verdict for p in report.proposals][: len(expect)]
    detail = "\n".join(f"{p.award}: {r.id} {r.status} {r.message}" for p in report.proposals for r in p.rules)
    assert got == expect, f"{case['why']}\n{detail}"
    if "complete" in case:
        assert report.complete is case["complete"], report.to_json()["issues"]
    if "exit" in case:
        assert report.exit_code == case["exit"]
    if "issue" in case:
        assert any(case["issue"] in i.message and i.severity == "error" for i in report.issues), report.issues
    for component in case.get("missing", []):
        assert any(c.component == component and not c.present for c in report.checklist)
    if "ruleset" in case:
        assert report.ruleset == case["ruleset"]
    for p in report.proposals:
        for r in p.rules:
            assert r.basis and r.message, (p.award, r.id)
