"""The one completeness judge: the panel, the checklist, `hskt check`, `hskt render`, the preview and the export all
ask it, so they cannot disagree.

A dossier read from another program's JSON lists its documents; one kept in HSKT has its tờ trình, danh sách,
biên bản and báo cáo made from its data at print and export time, so the checklist must not call them missing. In
exchange every field those forms print is required (documents/requirements.py): "Hồ sơ đầy đủ" means no form would
print a placeholder, and the parts agree (signer's authority, dates, votes).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from desktop import snapshot as snap

if TYPE_CHECKING:
    from desktop.awards.model import RuleSet
    from desktop.awards.results import CheckReport, Issue
    from desktop.store.database import Store


_FORM_FIELD = re.compile(r"^proposals\[\d+\]\.form\.")


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


def form_issues(d: snap.Dossier, rs: RuleSet, signing_day: date | None = None) -> list[Issue]:
    """Errors for each field a printed form lacks and each disagreement between the forms."""
    from desktop.awards.results import Issue
    from desktop.documents import context_from_dossier
    from desktop.documents.requirements import consistency_problems, missing_fields

    ctx = context_from_dossier(d, draft=False)
    found = missing_fields(d, ctx) + consistency_problems(d, ctx, rs, signing_day or date.today())
    return [Issue("error", f.path, f.message) for f in found]


def judge(d: snap.Dossier, ruleset: RuleSet | None = None, today: date | None = None,
          generated: bool = True) -> CheckReport:
    """`generated`: the forms HSKT prints count as present (a stored dossier, or one about to be exported)."""
    from desktop.awards.eligibility import judge_dossier, resolve_ruleset

    rs = ruleset or resolve_ruleset(d, today)[0]
    full = with_generated_documents(d) if generated else d
    report = judge_dossier(full, rs, today=today)
    if not generated:
        return report
    # A guided-form field left empty is a warning for a dossier whose reports are files; here HSKT prints the
    # report from it, so the empty field would print a placeholder: an error.
    own = tuple(dataclasses.replace(i, severity="error") if i.severity == "warning" and _FORM_FIELD.match(i.where)
                else i for i in report.issues)
    return dataclasses.replace(report, issues=own + tuple(form_issues(d, rs, today)))


def check_snapshot(d: snap.Dossier, today: date | None = None) -> CheckReport:
    return judge(d, today=today)


def check_dossier(store: Store, dossier_id: int, today: date | None = None) -> CheckReport:
    from desktop.services.dossiers import (
        load_snapshot,  # here: `hskt render file.json` never loads the database layer
    )

    return check_snapshot(load_snapshot(store, dossier_id), today)


def draft_reasons(d: snap.Dossier, report: CheckReport) -> list[str]:
    """Why a printout is still BẢN NHÁP, in the order the clerk fixes them: missing parts, errors, verdicts."""
    from desktop.awards.catalogue import award_name
    from desktop.awards.results import VERDICT_LABELS

    reasons = [c.message for c in report.checklist if c.required and not c.present]
    reasons += [i.message for i in report.issues if i.severity == "error"]
    for p in report.proposals:
        if p.verdict != "dat":
            who = d.nominee(p.nominee_id)
            name = who.display_name if who else p.nominee_id
            reasons.append(f"{name} — {award_name(p.award)}: {VERDICT_LABELS.get(p.verdict, p.verdict).lower()}")
    return reasons
