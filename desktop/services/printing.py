"""Print and preview: the whole dossier as one PDF, marked BẢN NHÁP until it is complete and every proposal passes.

The preview is what will be signed: a tờ trình without its own number and date shows the ones signing will give,
marked "(cấp khi ký)", so the signed PDF differs from the last preview by that mark and the signature only."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from desktop import snapshot as snap
from desktop.services.dossiers import load_snapshot
from desktop.services.judging import check_snapshot, draft_reasons
from desktop.store.database import Store


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    draft: bool
    reasons: tuple[str, ...]  # why it is a draft, for the preview's banner


def dossier_pdf(store: Store, dossier_id: int, today: date | None = None) -> Printout:
    from desktop.documents import context_from_dossier, render_all

    d = load_snapshot(store, dossier_id)
    report = check_snapshot(d)
    reasons = draft_reasons(d, report)
    draft = not (report.complete and report.eligible)
    shown, pending = _as_signed(store, dossier_id, d, today or date.today())
    ctx = dataclasses.replace(context_from_dossier(shown, draft=draft), number_pending=pending)
    return Printout(render_all(shown, ctx), draft, tuple(reasons))


def _as_signed(store: Store, dossier_id: int, d: snap.Dossier, today: date) -> tuple[snap.Dossier, bool]:
    from desktop.services.dossiers import _load
    from desktop.services.exporting import letter_at_signing

    raw = d.extra.get("letter")
    given: dict[str, object] = raw if isinstance(raw, dict) else {}
    if isinstance(given.get("number"), int) and isinstance(given.get("date"), str):
        return d, False
    with store.read() as s:
        letter, _allocated = letter_at_signing(_load(s, dossier_id), today)
    return d.with_extra(letter=letter), True
