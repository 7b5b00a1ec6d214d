"""Dossier use cases: list, create, bin, status, and the snapshot a dossier is judged, printed and signed from."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session, selectinload

from desktop import snapshot as snap
from desktop.models import (
    STATUSES,
    Campaign,
    Dossier,
    DossierDocument,
    DossierNominee,
    Person,
    Proposal,
    Subject,
    Unit,
)
from desktop.models.base import utcnow
from desktop.services import audit, list_queries
from desktop.services.changes import Changes
from desktop.services.list_queries import DossierRow
from desktop.services.registry import (
    HISTORY_TABLES,
    apply_nominee,
    history_values,
    new_subject,
    subject_values,
    to_nominee,
)
from desktop.store.database import Store
from desktop.vn.collation import name_sort_string
from desktop.vn.text import clean, fold

_UNIT_EXTRA_COLUMNS = ("place", "short_name", "signers")


class NotFound(LookupError):
    """The dossier id names nothing (or only something in the bin, where that matters)."""


def list_dossiers(store: Store, in_bin: bool = False) -> list[DossierRow]:
    return list_queries.list_rows(store.paths.database, in_bin)


def get_rows(store: Store, ids: set[int] | frozenset[int]) -> list[DossierRow]:
    """The list rows of some dossiers (for refreshing after a change), bin or not."""
    return list_queries.rows_by_id(store.paths.database, ids)


def own_unit(session: Session) -> Unit | None:
    return session.scalar(select(Unit).where(Unit.is_own.is_(True)).limit(1))


def refresh_summary(session: Session, dossier: Dossier) -> None:
    """Recompute the list columns (nominee count, lead name, search key) after nominees change."""
    _summarize(dossier, [(dn.subject.display_name, dn.subject.kind, dn.subject.sort_key) for dn in dossier.nominees])


def _summarize(dossier: Dossier, nominees: list[tuple[str, str, str]]) -> None:
    """`nominees`: (display name, kind, sort key) in dossier order."""
    names = [name for name, _kind, _sort in nominees]
    dossier.nominee_count = len(names)
    # Lists print in given-name order, so the "first on the list" is the person whose name sorts first.
    people = [n for n in nominees if n[1] == "individual"]
    lead = min(people, key=lambda n: n[2]) if people else (nominees[0] if nominees else None)
    dossier.lead_name = lead[0] if lead else ""
    dossier.lead_sort = name_sort_string(dossier.lead_name) if lead else ""
    dossier.search_key = fold(" ".join([dossier.title, *names]))[:2000]
    dossier.updated_at = utcnow()


def create_dossier(store: Store, title: str, campaign_id: int | None = None) -> tuple[int, Changes]:
    title = clean(title)
    if not title:
        raise ValueError("tên hồ sơ không được để trống")
    with store.write() as s:
        unit = own_unit(s)
        if unit is None:
            raise ValueError("chưa khai báo đơn vị; hãy nhập thông tin đơn vị trong Cài đặt trước")
        campaign = s.get(Campaign, campaign_id) if campaign_id else None
        d = Dossier(title=title, unit=unit, campaign=campaign, status="nhap", search_key=fold(title))
        s.add(d)
        s.flush()
        audit.record(s, "dossier.create", "dossier", d.id, d.id, {"title": title})
        return d.id, Changes(dossiers=frozenset({d.id}))


def move_to_bin(store: Store, ids: list[int]) -> Changes:
    with store.write() as s:
        for d in s.scalars(select(Dossier).where(Dossier.id.in_(ids), Dossier.deleted_at.is_(None))):
            d.deleted_at = utcnow()
            audit.record(s, "dossier.bin", "dossier", d.id, d.id)
    return Changes(dossiers=frozenset(ids))


def restore_from_bin(store: Store, ids: list[int]) -> Changes:
    with store.write() as s:
        for d in s.scalars(select(Dossier).where(Dossier.id.in_(ids), Dossier.deleted_at.is_not(None))):
            d.deleted_at = None
            audit.record(s, "dossier.restore", "dossier", d.id, d.id)
    return Changes(dossiers=frozenset(ids))


def purge(store: Store, ids: list[int]) -> Changes:
    """Delete for good: only what is already in the bin."""
    with store.write() as s:
        binned = list(s.scalars(select(Dossier.id).where(Dossier.id.in_(ids), Dossier.deleted_at.is_not(None))))
        for dossier_id in binned:
            s.execute(delete(Proposal).where(Proposal.dossier_id == dossier_id))
            s.execute(delete(DossierDocument).where(DossierDocument.dossier_id == dossier_id))
            d = s.get(Dossier, dossier_id)
            if d is not None:
                s.delete(d)
            audit.record(s, "dossier.purge", "dossier", dossier_id, dossier_id)
    return Changes(dossiers_removed=frozenset(binned))


def set_status(store: Store, dossier_id: int, status: str) -> Changes:
    if status not in STATUSES:
        raise ValueError(f"trạng thái {status!r} không hợp lệ")
    with store.write() as s:
        d = s.get(Dossier, dossier_id)
        if d is None:
            raise NotFound(f"không có hồ sơ số {dossier_id}")
        old, d.status, d.updated_at = d.status, status, utcnow()
        audit.record(s, "dossier.status", "dossier", d.id, d.id, {"from": old, "to": status})
    return Changes(dossiers=frozenset({dossier_id}))


# --------------------------------------------------------------------------------------------------- snapshots


def _unit_snapshot(u: Unit) -> snap.Unit:
    extra: dict[str, Any] = dict(u.extra or {})
    if u.place:
        extra["place"] = u.place
    if u.short_name:
        extra["short_name"] = u.short_name
    if u.signers:
        extra["signers"] = list(u.signers)
    return snap.Unit(u.name, u.level, u.code, u.province, u.parent, extra)


def _load(session: Session, dossier_id: int) -> Dossier:
    d = session.scalar(
        select(Dossier)
        .where(Dossier.id == dossier_id)
        .options(
            selectinload(Dossier.nominees).selectinload(DossierNominee.subject).selectinload(Subject.ratings),
            selectinload(Dossier.nominees).selectinload(DossierNominee.subject).selectinload(Subject.honours),
            selectinload(Dossier.nominees).selectinload(DossierNominee.subject).selectinload(Subject.initiatives),
            selectinload(Dossier.nominees).selectinload(DossierNominee.subject).selectinload(Subject.disciplines),
            selectinload(Dossier.nominees).selectinload(DossierNominee.subject).selectinload(Subject.member_stats),
            selectinload(Dossier.proposals).selectinload(Proposal.nominee),
            selectinload(Dossier.documents).selectinload(DossierDocument.nominee),
        )
    )
    if d is None:
        raise NotFound(f"không có hồ sơ số {dossier_id}")
    # A person's own columns (birth date, CCCD, workplace…) are not in the Subject rows loaded above; one query
    # brings them all, instead of one query per person when the snapshot reads them (seconds for 500 nominees).
    session.scalars(select(Person).where(Person.id.in_(
        select(DossierNominee.subject_id).where(DossierNominee.dossier_id == d.id)))).all()
    return d


def snapshot_of(d: Dossier) -> snap.Dossier:
    proposals = []
    for p in d.proposals:
        extra = dict(p.extra or {})
        if p.form is not None:
            extra["form"] = dict(p.form)
        proposals.append(snap.Proposal(p.nominee.ref, p.award, p.year, extra))
    return snap.Dossier(
        unit=_unit_snapshot(d.unit),
        nominees=tuple(to_nominee(dn.subject, dn.ref) for dn in d.nominees),
        proposals=tuple(proposals),
        documents=tuple(
            snap.DocumentRef(doc.component, doc.file, doc.nominee.ref if doc.nominee else None, doc.sha256,
                             dict(doc.extra or {}))
            for doc in d.documents
        ),
        campaign=(snap.Campaign(d.campaign.name, d.campaign.year, d.campaign.deadline, dict(d.campaign.extra or {}))
                  if d.campaign else None),
        ruleset=d.ruleset,
        as_of=d.as_of,
        extra=dict(d.extra or {}),
    )


def load_snapshot(store: Store, dossier_id: int) -> snap.Dossier:
    """The frozen dossier that rules, documents and packaging work from."""
    with store.read() as s:
        return snapshot_of(_load(s, dossier_id))


def _find_or_add_unit(session: Session, u: snap.Unit) -> Unit:
    extra = dict(u.extra)
    columns = {k: extra.pop(k, None) for k in _UNIT_EXTRA_COLUMNS}
    wanted = {"name": u.name, "level": u.level, "code": u.code, "province": u.province, "parent": u.parent,
              "place": columns["place"], "short_name": columns["short_name"],
              "signers": columns["signers"] or [], "extra": extra}
    for unit in session.scalars(select(Unit).where(Unit.name == u.name, Unit.level == u.level)):
        if all(getattr(unit, k) == v for k, v in wanted.items()):
            return unit
    unit = Unit(is_own=False, **wanted)
    session.add(unit)
    return unit


def _find_or_add_campaign(session: Session, c: snap.Campaign) -> Campaign:
    for campaign in session.scalars(select(Campaign).where(Campaign.name == c.name, Campaign.year == c.year)):
        if campaign.deadline == c.deadline and (campaign.extra or {}) == dict(c.extra):
            return campaign
    campaign = Campaign(name=c.name, year=c.year, deadline=c.deadline, extra=dict(c.extra))
    session.add(campaign)
    return campaign


def add_snapshot(session: Session, d: snap.Dossier, title: str | None = None, unit: Unit | None = None,
                 attachment_ids: dict[int, int] | None = None, source: str = "import",
                 subjects: dict[str, Subject] | None = None) -> Dossier:
    """Write a whole snapshot as a new dossier: new registry subjects, proposals, documents, one audit event.

    `attachment_ids` maps a document's index in `d.documents` to its stored attachment. `subjects` lets several
    snapshots share registry subjects by nominee id (filled as new ones are made).
    """
    unit = unit or _find_or_add_unit(session, d.unit)
    campaign = _find_or_add_campaign(session, d.campaign) if d.campaign else None
    default_title = f"Hồ sơ {d.campaign.name}" if d.campaign else f"Hồ sơ của {d.unit.name}"
    dossier = Dossier(title=clean(title) or default_title, unit=unit, campaign=campaign, status="nhap",
                      ruleset=d.ruleset, as_of=d.as_of, extra=dict(d.extra))
    session.add(dossier)
    if subjects is None:
        _add_rows(session, dossier, d, attachment_ids or {})
    else:
        _add_objects(session, dossier, d, attachment_ids or {}, subjects)
    audit.record(session, f"dossier.{source}", "dossier", dossier.id, dossier.id,
                 {"nominees": len(d.nominees), "proposals": len(d.proposals)})
    return dossier


def _proposal_values(p: snap.Proposal) -> dict[str, Any]:
    extra = dict(p.extra)
    form = extra.pop("form") if isinstance(extra.get("form"), dict) else None
    return {"award": p.award, "year": p.year, "form": form, "extra": extra}


def _document_values(doc: snap.DocumentRef, i: int, attachment_ids: dict[int, int]) -> dict[str, Any]:
    return {"component": doc.component, "attachment_id": attachment_ids.get(i), "file": doc.file,
            "sha256": doc.sha256, "position": i, "extra": dict(doc.extra)}


def _table(model: Any) -> Table:
    """The mapped table itself: Core INSERTs skip the ORM's per-object bookkeeping."""
    return cast(Table, model.__table__)


def _add_rows(session: Session, dossier: Dossier, d: snap.Dossier, attachment_ids: dict[int, int]) -> None:
    """Every nominee new to the registry: one multi-row INSERT per table instead of an ORM object per row (a
    5,000-nominee import in a few seconds). The dossier's collections are expired and load on next use."""
    values = [subject_values(n) for n in d.nominees]
    _summarize(dossier, [(v["display_name"], v["kind"], v["sort_key"]) for v in values])
    session.flush()

    def insert_returning(table: Any, rows: list[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows))

    subject_ids = insert_returning(_table(Subject), values)
    for name, model in HISTORY_TABLES:
        rows = [{"subject_id": sid, **row} for sid, n in zip(subject_ids, d.nominees, strict=True)
                for row in history_values(n)[name]]
        if rows:
            session.execute(insert(_table(model)), rows)
    dn_ids = insert_returning(_table(DossierNominee), [
        {"dossier_id": dossier.id, "subject_id": sid, "ref": n.id, "position": i}
        for i, (sid, n) in enumerate(zip(subject_ids, d.nominees, strict=True))])
    by_ref = {n.id: dn_id for n, dn_id in zip(d.nominees, dn_ids, strict=True)}
    if d.proposals:
        session.execute(insert(_table(Proposal)), [
            {"dossier_id": dossier.id, "nominee_id": by_ref[p.nominee_id], "position": i, **_proposal_values(p)}
            for i, p in enumerate(d.proposals)])
    if d.documents:
        session.execute(insert(_table(DossierDocument)), [
            {"dossier_id": dossier.id, "nominee_id": by_ref.get(doc.nominee_id) if doc.nominee_id else None,
             **_document_values(doc, i, attachment_ids)} for i, doc in enumerate(d.documents)])
    session.expire(dossier, ["nominees", "proposals", "documents"])


def _add_objects(session: Session, dossier: Dossier, d: snap.Dossier, attachment_ids: dict[int, int],
                 subjects: dict[str, Subject]) -> None:
    """Nominees that may already be shared with another snapshot written in the same session (the demo)."""
    by_ref: dict[str, DossierNominee] = {}
    for i, n in enumerate(d.nominees):
        subject = subjects.get(n.id)
        if subject is None:
            subject = apply_nominee(new_subject(n.kind), n)
            session.add(subject)
            subjects[n.id] = subject
        dn = DossierNominee(subject=subject, ref=n.id, position=i)
        dossier.nominees.append(dn)
        by_ref[n.id] = dn
    for i, p in enumerate(d.proposals):
        dossier.proposals.append(Proposal(nominee=by_ref[p.nominee_id], position=i, **_proposal_values(p)))
    for i, doc in enumerate(d.documents):
        dossier.documents.append(DossierDocument(
            nominee=by_ref.get(doc.nominee_id) if doc.nominee_id else None, **_document_values(doc, i, attachment_ids)))
    refresh_summary(session, dossier)
    session.flush()


def today() -> date:
    return date.today()
