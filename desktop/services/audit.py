"""Append-only audit trail; each event's hash covers the previous event's hash, so a rewrite shows."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
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
