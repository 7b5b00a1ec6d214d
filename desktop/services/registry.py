"""The registry of people, collectives and households, and its mapping to and from snapshot nominees."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import snapshot as snap
from desktop.models import (
    Collective,
    Discipline,
    Honour,
    Household,
    Initiative,
    MemberStat,
    Person,
    Rating,
    Subject,
)
from desktop.vn.collation import name_sort_string, text_sort_string
from desktop.vn.text import fold

_PERSON_FIELDS = ("birth_date", "gender", "national_id", "ethnicity", "position", "workplace", "hometown",
                  "residence", "education", "direct_worker", "hired_on")


def _keys(kind: str, name: str) -> tuple[str, str]:
    sort = name_sort_string(name) if kind in ("individual", "household") else text_sort_string(name)
    return fold(name), sort


def new_subject(kind: str) -> Subject:
    return {"individual": Person, "collective": Collective, "household": Household}[kind]()


def subject_values(n: snap.Nominee) -> dict[str, Any]:
    """A snapshot nominee's identity as the registry's column values (every Person column, None when it does not
    apply, so that rows of all kinds can go into one multi-row INSERT)."""
    search_key, sort_key = _keys(n.kind, n.display_name)
    values: dict[str, Any] = {"kind": n.kind, "display_name": n.display_name, "search_key": search_key,
                              "sort_key": sort_key, "address": n.address, "pending_review": n.pending_review,
                              "extra": dict(n.extra)}
    for name in _PERSON_FIELDS:
        values[name] = getattr(n, name) if n.kind == "individual" else None
    return values


HISTORY_TABLES = (("ratings", Rating), ("honours", Honour), ("initiatives", Initiative),
                  ("disciplines", Discipline), ("member_stats", MemberStat))


def history_values(n: snap.Nominee) -> dict[str, list[dict[str, Any]]]:
    """A snapshot nominee's whole history as rows of each history table (without subject_id), in order."""
    return {
        "ratings": [{"position": i, "year": r.year, "rating": r.rating, "extra": dict(r.extra)}
                    for i, r in enumerate(n.ratings)],
        "honours": [{"position": i, "year": h.year, "award": h.award, "decision": h.decision,
                     "decision_date": h.decision_date, "issuer": h.issuer, "extra": dict(h.extra)}
                    for i, h in enumerate(n.honours)],
        "initiatives": [{"position": i, "year": x.year, "title": x.title, "scope": x.scope,
                         "recognized_by": x.recognized_by, "decision": x.decision,
                         "decision_date": x.decision_date, "extra": dict(x.extra)}
                        for i, x in enumerate(n.initiatives)],
        "disciplines": [{"position": i, "year": d.year, "level": d.level, "until": d.until, "extra": dict(d.extra)}
                        for i, d in enumerate(n.disciplines)],
        "member_stats": [{"position": i, "year": m.year, "total": m.total, "completed_tasks": m.completed_tasks,
                          "lao_dong_tien_tien": m.lao_dong_tien_tien, "cstd_co_so": m.cstd_co_so,
                          "disciplined_canh_cao_or_above": m.disciplined_canh_cao_or_above, "extra": dict(m.extra)}
                         for i, m in enumerate(n.member_stats)],
    }


def apply_nominee(subject: Subject, n: snap.Nominee) -> Subject:
    """Write a snapshot nominee's identity and whole history onto a registry subject (replacing its history)."""
    for name, value in subject_values(n).items():
        if name != "kind" and (name not in _PERSON_FIELDS or isinstance(subject, Person)):
            setattr(subject, name, value)
    for (name, model), rows in zip(HISTORY_TABLES, history_values(n).values(), strict=True):
        setattr(subject, name, [model(**row) for row in rows])
    return subject


def to_nominee(subject: Subject, ref: str) -> snap.Nominee:
    kind = subject.kind
    values: dict[str, Any] = {"id": ref, "kind": kind, "pending_review": subject.pending_review,
                              "extra": dict(subject.extra or {})}
    if kind == "individual":
        values["full_name"] = subject.display_name
        for name in _PERSON_FIELDS:
            values[name] = getattr(subject, name)
    elif kind == "collective":
        values["name"] = subject.display_name
    else:
        values["head_name"] = subject.display_name
    values["address"] = subject.address
    values["honours"] = tuple(snap.Honour(h.year, h.award, h.decision, h.decision_date, h.issuer, dict(h.extra))
                              for h in subject.honours)
    if kind != "household":
        values["ratings"] = tuple(snap.Rating(r.year, r.rating, dict(r.extra)) for r in subject.ratings)
        values["disciplines"] = tuple(snap.Discipline(d.year, d.level, d.until, dict(d.extra))
                                      for d in subject.disciplines)
    if kind == "individual":
        values["initiatives"] = tuple(
            snap.Initiative(x.year, x.title, x.scope, x.recognized_by, x.decision, x.decision_date, dict(x.extra))
            for x in subject.initiatives
        )
    if kind == "collective":
        values["member_stats"] = tuple(
            snap.MemberStats(m.year, m.total, m.completed_tasks, m.lao_dong_tien_tien, m.cstd_co_so,
                             m.disciplined_canh_cao_or_above, dict(m.extra))
            for m in subject.member_stats
        )
    return snap.Nominee(**values)


@dataclass(frozen=True)
class SubjectRow:
    id: int
    kind: str
    name: str
    national_id: str | None
    sort_key: str


def search(session: Session, query: str = "", kind: str | None = None, limit: int = 200) -> list[SubjectRow]:
    """Registry search by folded name or CCCD: "nguyen thi hoa" finds "Nguyễn Thị Hoa"."""
    national_id = Subject.__table__.c.national_id  # plain column: no single-table kind filter added
    stmt = select(Subject.id, Subject.kind, Subject.display_name, national_id, Subject.sort_key)
    q = fold(query)
    if q:
        if q.isdigit():
            stmt = stmt.where(national_id.like(f"{q}%"))
        else:
            stmt = stmt.where(Subject.search_key.like(f"%{q}%"))
    if kind:
        stmt = stmt.where(Subject.kind == kind)
    stmt = stmt.order_by(Subject.sort_key).limit(limit)
    return [SubjectRow(*row) for row in session.execute(stmt)]


def count(session: Session) -> int:
    return session.scalar(select(func.count(Subject.id))) or 0
