"""Rehearse a first edit so the clerk's real first edit does not pay for it.

SQLAlchemy builds each mapped class's flush plan and compiles its statements on the first write, about 50 ms
that would otherwise land in the clerk's first keystroke. The warm-up thread runs the same kinds of writes here,
inside a transaction that is always rolled back: nothing is stored, nothing is audited.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Dossier, Proposal, Subject
from desktop.models.base import utcnow
from desktop.services import audit
from desktop.store.database import Store


def rehearse_writes(store: Store) -> None:
    with store.read() as s:
        s.begin()
        try:
            dossier = s.scalar(select(Dossier).limit(1))
            proposal = s.scalar(select(Proposal).limit(1))
            subject = s.scalar(select(Subject).limit(1))
            if dossier is not None:
                dossier.updated_at = utcnow()
                dossier.extra = {**(dossier.extra or {}), "_rehearsal": True}
            if proposal is not None:
                proposal.form = {**(proposal.form or {}), "_rehearsal": True}
            if subject is not None:
                subject.extra = {**(subject.extra or {}), "_rehearsal": True}
            audit.record(s, "rehearsal", "none")
            s.flush()
        finally:
            s.rollback()
