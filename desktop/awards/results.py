"""What judging a dossier produces, and its `hskt check --json` shape (spec/DOSSIER-JSON.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.awards.criteria import FAIL, OK, UNKNOWN

VERDICTS = (OK, FAIL, UNKNOWN)
VERDICT_LABELS = {OK: "Đạt", FAIL: "Không đạt", UNKNOWN: "Cần xác minh"}
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class RuleResult:
    id: str
    status: str  # dat | khong-dat | can-xac-minh
    basis: str
    confidence: str  # V | M | L: the UI says "quy định chưa được xác minh" for L
    message: str

    @property
    def ok(self) -> bool:
        return self.status == OK

    def to_json(self) -> dict[str, Any]:
        # `ok`, `basis`, `message` and `id` are the spec's; `status` and `confidence` are additions readers may ignore.
        return {"id": self.id, "ok": self.ok, "status": self.status, "basis": self.basis,
                "confidence": self.confidence, "message": self.message}


def verdict_of(rules: list[RuleResult] | tuple[RuleResult, ...]) -> str:
    if any(r.status == FAIL for r in rules):
        return FAIL
    if any(r.status == UNKNOWN for r in rules):
        return UNKNOWN
    return OK


@dataclass(frozen=True)
class ProposalResult:
    nominee_id: str
    award: str
    year: int
    verdict: str
    rules: tuple[RuleResult, ...]
    award_name: str = ""
    nominee_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"nominee_id": self.nominee_id, "award": self.award, "year": self.year, "verdict": self.verdict,
                "rules": [r.to_json() for r in self.rules]}

    @property
    def decisive(self) -> tuple[RuleResult, ...]:
        """The rules that decided a verdict other than dat: what the clerk must fix or check."""
        return tuple(r for r in self.rules if r.status == self.verdict) if self.verdict != OK else ()


@dataclass(frozen=True)
class ChecklistItem:
    component: str
    nominee_id: str | None
    required: bool
    present: bool
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"component": self.component, "nominee_id": self.nominee_id, "required": self.required,
                "present": self.present, "message": self.message}


@dataclass(frozen=True)
class Issue:
    severity: str  # error | warning | info
    where: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "where": self.where, "message": self.message}


@dataclass(frozen=True)
class CheckReport:
    ruleset: str
    ruleset_version: str
    ruleset_title: str
    as_of: date
    proposals: tuple[ProposalResult, ...]
    checklist: tuple[ChecklistItem, ...]
    issues: tuple[Issue, ...]

    @property
    def eligible(self) -> bool:
        return all(p.verdict == OK for p in self.proposals)

    @property
    def complete(self) -> bool:
        missing = any(i.required and not i.present for i in self.checklist)
        return not missing and not any(i.severity == "error" for i in self.issues)

    @property
    def exit_code(self) -> int:
        return 0 if self.eligible and self.complete else 1

    def to_json(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "complete": self.complete,
            "eligible": self.eligible,
            "proposals": [p.to_json() for p in self.proposals],
            "checklist": [c.to_json() for c in self.checklist],
            "issues": [i.to_json() for i in self.issues],
        }
