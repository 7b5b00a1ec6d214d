"""Judge a stored dossier as it will leave the commune: the forms HSKT prints count as present components.

A dossier read from another program's JSON lists its documents; one kept in HSKT has its tờ trình, danh sách,
biên bản and báo cáo made from its data at print and export time, so the checklist must not call them missing.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from desktop import snapshot as snap
from desktop.services.dossiers import load_snapshot
from desktop.store.database import Store

if TYPE_CHECKING:
    from desktop.awards.results import CheckReport


def with_generated_documents(d: snap.Dossier) -> snap.Dossier:
    from desktop.documents import context_from_dossier, planned_documents

    planned = planned_documents(d, context_from_dossier(d, draft=False))
    present = {(doc.component, doc.nominee_id) for doc in d.documents}
    generated = tuple(
        snap.DocumentRef(component, f"documents/{filename}", nominee_id, extra={"generated": True})
        for component, nominee_id, filename in planned
        if (component, nominee_id) not in present
    )
    return dataclasses.replace(d, documents=d.documents + generated)


def check_snapshot(d: snap.Dossier, today: date | None = None) -> CheckReport:
    from desktop.awards.eligibility import judge_dossier

    return judge_dossier(with_generated_documents(d), today=today)


def check_dossier(store: Store, dossier_id: int, today: date | None = None) -> CheckReport:
    return check_snapshot(load_snapshot(store, dossier_id), today)
