"""Print and preview: the whole dossier as one PDF, marked BẢN NHÁP until it is complete and every proposal passes."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.dossiers import load_snapshot
from desktop.services.judging import check_snapshot, draft_reasons
from desktop.store.database import Store


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    draft: bool
    reasons: tuple[str, ...]  # why it is a draft, for the preview's banner


def dossier_pdf(store: Store, dossier_id: int) -> Printout:
    from desktop.documents import context_from_dossier, render_all

    d = load_snapshot(store, dossier_id)
    report = check_snapshot(d)
    reasons = draft_reasons(d, report)
    draft = not (report.complete and report.eligible)
    return Printout(render_all(d, context_from_dossier(d, draft=draft)), draft, tuple(reasons))
