"""Print and preview: the whole dossier as one PDF, marked BẢN NHÁP until it is complete and every proposal passes."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.dossiers import load_snapshot
from desktop.services.judging import check_snapshot
from desktop.store.database import Store


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    draft: bool
    reasons: tuple[str, ...]  # why it is a draft, for the preview's banner


def dossier_pdf(store: Store, dossier_id: int) -> Printout:
    from desktop.awards.catalogue import award_name
    from desktop.awards.results import VERDICT_LABELS
    from desktop.documents import context_from_dossier, render_all

    d = load_snapshot(store, dossier_id)
    report = check_snapshot(d)
    reasons: list[str] = [c.message for c in report.checklist if c.required and not c.present]
    for p in report.proposals:
        if p.verdict != "dat":
            who = d.nominee(p.nominee_id)
            name = who.display_name if who else p.nominee_id
            reasons.append(f"{name} — {award_name(p.award)}: {VERDICT_LABELS.get(p.verdict, p.verdict).lower()}")
    draft = not (report.complete and report.eligible)
    return Printout(render_all(d, context_from_dossier(d, draft=draft)), draft, tuple(reasons))
