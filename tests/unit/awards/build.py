"""Small builders of hskt-dossier/1 documents for the award tests: a person's history in one line per fact."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.awards.catalogue import known_award_codes, load_ruleset
from desktop.awards.eligibility import judge_proposal
from desktop.awards.results import ProposalResult
from desktop.snapshot import Dossier, Nominee, dossier_from_json

_serial = iter(range(100000, 999999))


def cccd(birth_year: int = 1985, female: bool = True) -> str:
    digit = (birth_year // 100 - 19) * 2 + (1 if female else 0)
    return f"001{digit}{birth_year % 100:02d}{next(_serial):06d}"


def person(pid: str = "p1", *, name: str = "Nguyễn Thị Hoa", ratings: Mapping[int, str] | None = None,
           honours: Iterable[tuple[int, str]] = (), initiatives: Iterable[tuple[int, str]] = (),
           disciplines: Iterable[dict[str, Any]] = (), hired_on: str | None = None, pending: bool = False,
           national_id: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": pid, "kind": "individual", "full_name": name, "birth_date": "1985-02-05", "gender": "nu",
        "national_id": national_id or cccd(),
        "ratings": [{"year": y, "rating": r} for y, r in sorted((ratings or {}).items())],
        "honours": [{"year": y, "award": a} for y, a in honours],
        "initiatives": [{"year": y, "title": f"Sáng kiến {i + 1}", "scope": s} for i, (y, s) in enumerate(initiatives)],
        "disciplines": list(disciplines),
        "pending_review": pending,
    }
    if hired_on:
        out["hired_on"] = hired_on
    return out


def stats(year: int, total: int, completed: int, ldtt: int, cstd: int = 0, disc: int = 0) -> dict[str, int]:
    return {"year": year, "total": total, "completed_tasks": completed, "lao_dong_tien_tien": ldtt,
            "cstd_co_so": cstd, "disciplined_canh_cao_or_above": disc}


def collective(cid: str = "t1", *, name: str = "Văn phòng HĐND và UBND xã", ratings: Mapping[int, str] | None = None,
               honours: Iterable[tuple[int, str]] = (), member_stats: Iterable[dict[str, int]] = (),
               disciplines: Iterable[dict[str, Any]] = (), pending: bool = False) -> dict[str, Any]:
    return {"id": cid, "kind": "collective", "name": name,
            "ratings": [{"year": y, "rating": r} for y, r in sorted((ratings or {}).items())],
            "honours": [{"year": y, "award": a} for y, a in honours], "member_stats": list(member_stats),
            "disciplines": list(disciplines), "pending_review": pending}


def household(hid: str = "h1", *, head: str = "Trần Văn Bình", pending: bool = False) -> dict[str, Any]:
    return {"id": hid, "kind": "household", "head_name": head, "address": "Thôn Đông, xã Tân Lập",
            "pending_review": pending}


def dossier(nominees: list[dict[str, Any]], proposals: list[tuple[Any, ...]], *, as_of: str = "2025-12-15",
            year: int = 2025, level: str = "xa", documents: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
            **extra: Any) -> dict[str, Any]:
    props = []
    for p in proposals:
        item: dict[str, Any] = {"nominee_id": p[0], "award": p[1]}
        if len(p) > 2 and p[2] is not None:
            item["year"] = p[2]
        if len(p) > 3:
            item["form"] = p[3]
        props.append(item)
    docs = [{"component": c, "file": f"{c}-{n or 'chung'}.pdf", **({"nominee_id": n} if n else {})}
            for c, n in documents]
    return {"schema": "hskt-dossier/1", "as_of": as_of, "unit": {"name": "UBND xã Tân Lập", "level": level},
            "campaign": {"name": f"Tổng kết thi đua năm {year}", "year": year}, "nominees": nominees,
            "proposals": props, "documents": docs, **extra}


def parse(data: dict[str, Any]) -> Dossier:
    return dossier_from_json(data, known_award_codes())


def nominee(data: dict[str, Any]) -> Nominee:
    return parse(dossier([data], [(data["id"], "lao-dong-tien-tien")])).nominees[0]


def judge(data: dict[str, Any], award: str, year: int = 2025, ruleset: str = "nd152-2025",
          options: Mapping[str, Any] | None = None, form: Mapping[str, Any] | None = None,
          siblings: Iterable[str] = ()) -> ProposalResult:
    rs = load_ruleset(ruleset).with_options(options)
    return judge_proposal(nominee(data), award, year, rs, form=form, siblings=frozenset(siblings))


def rule(result: ProposalResult, rule_id: str) -> Any:
    for r in result.rules:
        if r.id == rule_id:
            return r
    raise AssertionError(f"no rule {rule_id} in {[r.id for r in result.rules]}")


def tally(result: ProposalResult, rule_id: str, within_id: str) -> Any:
    """A criterion counted inside the run of rule `rule_id` ("trong thời gian đó")."""
    run = rule(result, rule_id).run
    assert run is not None, f"{rule_id} has no run"
    for t in run.tallies:
        if t.id == within_id:
            return t
    raise AssertionError(f"no {within_id} in the run of {rule_id}: {[t.id for t in run.tallies]}")


GOOD, BEST, OKAY, BAD = "hoan-thanh-tot", "hoan-thanh-xuat-sac", "hoan-thanh", "khong-hoan-thanh"
