"""Append-only audit trail; each event's hash covers the previous event's hash, so a rewrite shows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.models.base import utcnow

GENESIS = "0" * 64


def event_hash(prev_hash: str, at: str, action: str, entity: str, entity_id: int | None,
               dossier_id: int | None, payload: dict[str, Any]) -> str:
    body = json.dumps(
        {"prev": prev_hash, "at": at, "action": action, "entity": entity, "entity_id": entity_id,
         "dossier_id": dossier_id, "payload": payload},
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(session: Session, action: str, entity: str, entity_id: int | None = None,
           dossier_id: int | None = None, payload: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event inside the caller's transaction (BEGIN IMMEDIATE keeps the chain linear)."""
    payload = payload or {}
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    at = utcnow()
    ev = AuditEvent(at=at, action=action, entity=entity, entity_id=entity_id, dossier_id=dossier_id,
                    payload=payload, prev_hash=prev,
                    hash=event_hash(prev, at.isoformat(), action, entity, entity_id, dossier_id, payload))
    session.add(ev)
    return ev


def verify_chain(session: Session) -> list[int]:
    """Ids of events whose hash or link does not hold; empty when the trail is intact."""
    bad: list[int] = []
    prev = GENESIS
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        expected = event_hash(ev.prev_hash, ev.at.isoformat(), ev.action, ev.entity, ev.entity_id, ev.dossier_id,
                              ev.payload)
        if ev.prev_hash != prev or ev.hash != expected:
            bad.append(ev.id)
        prev = ev.hash
    return bad


def dossier_events_jsonl(session: Session, dossier_id: int) -> bytes:
    """This dossier's events as JSON lines, each carrying the previous line's SHA-256 (PACKAGE-FORMAT audit/)."""
    lines: list[bytes] = []
    prev = GENESIS
    for ev in session.scalars(select(AuditEvent).where(AuditEvent.dossier_id == dossier_id).order_by(AuditEvent.id)):
        line = json.dumps(
            {"prev": prev, "at": ev.at.isoformat(), "action": ev.action, "entity": ev.entity,
             "entity_id": ev.entity_id, "payload": ev.payload},
            ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
        ).encode("utf-8")
        lines.append(line)
        prev = hashlib.sha256(line).hexdigest()
    return b"".join(line + b"\n" for line in lines)


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken: list[int]  # ids of events whose hash or link does not hold

    @property
    def ok(self) -> bool:
        return not self.broken

    def line(self) -> str:
        """One Vietnamese line, as `hskt audit-verify`, the self-test and the About page say it."""
        if self.ok:
            return f"Nhật ký thay đổi nguyên vẹn: {self.events} sự kiện, chuỗi mã băm khớp từ đầu đến cuối."
        shown = ", ".join(str(i) for i in self.broken[:10]) + (" …" if len(self.broken) > 10 else "")
        return (f"Nhật ký thay đổi đã bị sửa ngoài HSKT: {len(self.broken)}/{self.events} sự kiện không khớp "
                f"chuỗi mã băm (số {shown}). Hãy báo người quản trị và giữ nguyên thư mục dữ liệu.")


def verify_store(store: Any) -> ChainReport:
    """Walk the whole audit chain of a store (read-only)."""
    with store.read() as s:
        count = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
        return ChainReport(int(count), verify_chain(s))
