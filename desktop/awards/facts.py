"""What a multi-year criterion found, as plain data: the run it used, and every item it counted or left out.

The law ties the multi-year criteria together ("02 năm liên tục …, trong thời gian đó có 02 sáng kiến"): the years
that qualify and the years in which items are counted are one run. A `Run` records that run, each `Tally` one
"trong thời gian đó" criterion evaluated inside it, and each `Item` one initiative, title, rating or discipline with
the reason it counted or not. The clerk's text is built from these; `to_json` gives the same facts to `hskt check
--json` and to features that ask what a nominee is one step short of.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Why an item was left out of a count (stable codes for --json; `note` says it in Vietnamese).
OUTSIDE, USED, SCOPE, DISCIPLINE = "outside-run", "used", "scope", "discipline"


@dataclass(frozen=True)
class Item:
    kind: str  # initiative | title | rating | discipline
    year: int
    label: str  # the clerk's words: "Sáng kiến “Số hóa hồ sơ” (Quyết định số 12/QĐ-UBND ngày 20/12/2024)"
    counted: bool
    reason: str = ""  # for an item left out: outside-run | used | scope | discipline
    note: str = ""  # the reason in Vietnamese

    def line(self) -> str:
        return f"+ Năm {self.year}: {self.label}" if self.counted else f"– Năm {self.year}: {self.label}: {self.note}"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "year": self.year, "label": self.label, "counted": self.counted}
        if not self.counted:
            out.update(reason=self.reason, note=self.note)
        return out


@dataclass(frozen=True)
class Tally:
    """One criterion counted inside a run: how many it needs, how many the run holds, and the items."""

    id: str
    status: str
    need: int
    have: int
    items: tuple[Item, ...] = ()

    @property
    def missing(self) -> int:
        return max(self.need - self.have, 0)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "need": self.need, "have": self.have, "missing": self.missing,
                "items": [i.to_json() for i in self.items]}


@dataclass(frozen=True)
class Run:
    """A run of consecutive qualifying years, the one used for the verdict or, when none qualifies, the closest.

    `years` may be shorter than `n` (no run is long enough: "chuỗi 5 năm mới có 3 năm"); `after` is the prior award
    the run had to follow (year, code); `tallies` are the "trong thời gian đó" criteria counted inside it."""

    route: str  # the condition that every year of the run meets, e.g. "title:cstd-co-so", "rating:hoan-thanh-tot"
    route_label: str
    n: int
    years: tuple[int, ...]
    status: str
    tallies: tuple[Tally, ...] = ()
    after: tuple[int, str] | None = None
    items: tuple[Item, ...] = ()  # what makes each year of the run qualify

    @property
    def first(self) -> int | None:
        return self.years[0] if self.years else None

    @property
    def last(self) -> int | None:
        return self.years[-1] if self.years else None

    @property
    def short_by(self) -> int:
        return max(self.n - len(self.years), 0)

    @property
    def label(self) -> str:
        if not self.years:
            return "chưa có năm nào"
        return f"{self.years[0]}–{self.years[-1]}" if len(self.years) > 1 else str(self.years[0])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"route": self.route, "route_label": self.route_label, "n": self.n,
                               "first": self.first, "last": self.last, "years": list(self.years),
                               "short_by": self.short_by, "status": self.status,
                               "years_items": [i.to_json() for i in self.items],
                               "within": [t.to_json() for t in self.tallies]}
        if self.after is not None:
            out["after"] = {"year": self.after[0], "award": self.after[1]}
        return out
