"""What judging a dossier produces, and its `hskt check --json` shape (spec/DOSSIER-JSON.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.awards.criteria import FAIL, OK, UNKNOWN
from desktop.awards.facts import Run
from desktop.awards.model import CONFIDENCE

VERDICTS = (OK, FAIL, UNKNOWN)
VERDICT_LABELS = {OK: "Đạt", FAIL: "Không đạt", UNKNOWN: "Cần xác minh"}
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class RuleResult:
    id: str
    status: str  # dat | khong-dat | can-xac-minh
    basis: str
    confidence: str  # V | M | L of what decided (an any_of route's own tag, the weakest part of a run)
    message: str
    details: tuple[str, ...] = ()  # one fact per line: the run, items counted and left out with the reason
    run: Run | None = None  # a run criterion: the run used or, failing, the closest one
    route: str | None = None  # any_of: the id of the alternative that decided

    @property
    def ok(self) -> bool:
        return self.status == OK

    def to_json(self) -> dict[str, Any]:
        # `ok`, `basis`, `message` and `id` are the spec's; the rest are additions readers may ignore.
        out: dict[str, Any] = {"id": self.id, "ok": self.ok, "status": self.status, "basis": self.basis,
                               "confidence": self.confidence, "message": self.message}
        if self.route is not None:
            out["route"] = self.route
        if self.details:
            out["details"] = list(self.details)
        if self.run is not None:
            out["run"] = self.run.to_json()
        return out


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
        out: dict[str, Any] = {"nominee_id": self.nominee_id, "award": self.award, "year": self.year,
                               "verdict": self.verdict, "confidence": self.confidence,
                               "rules": [r.to_json() for r in self.rules]}
        if self.run is not None:
            out["run"] = self.run.to_json()
        return out

    @property
    def decisive(self) -> tuple[RuleResult, ...]:
        """The rules that decided a verdict other than dat: what the clerk must fix or check."""
        return tuple(r for r in self.rules if r.status == self.verdict) if self.verdict != OK else ()

    @property
    def confidence(self) -> str:
        """The least certain tag among the rules that decided the verdict (all of them for dat)."""
        deciding = self.decisive or self.rules
        return max((r.confidence for r in deciding), key=CONFIDENCE.index, default="V")

    @property
    def run(self) -> Run | None:
        """The run of the award's multi-year criterion, if it has one."""
        return next((r.run for r in self.rules if r.run is not None), None)


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
