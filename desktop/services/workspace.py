"""What the GUI may do, in one object handed to the views by app.py (views never see the store)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import snapshot as snap
from desktop.services import dossiers, editing, registry_edit, units
from desktop.services.changes import Changes
from desktop.services.registry import SubjectRow
from desktop.store.database import Store

if TYPE_CHECKING:
    from desktop.services import spreadsheets
    from desktop.services.tasks import Reporter


class Workspace:
    def __init__(self, store: Store):
        self._store = store
        self.last_saved: datetime | None = None
        self._listeners: list[Callable[[Changes], None]] = []

    @property
    def data_dir(self) -> str:
        return str(self._store.paths.root)

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def _done(self, changes: Changes) -> Changes:
        self.last_saved = datetime.now()
        for listener in self._listeners:
            listener(changes)
        return changes

    def unit_name(self) -> str | None:
        with self._store.read() as s:
            unit = dossiers.own_unit(s)
            return unit.name if unit else None

    def list_dossiers(self, in_bin: bool = False) -> list[dossiers.DossierRow]:
        return dossiers.list_dossiers(self._store, in_bin)

    def rows(self, ids: frozenset[int]) -> list[dossiers.DossierRow]:
        return dossiers.get_rows(self._store, ids)

    def snapshot(self, dossier_id: int) -> snap.Dossier:
        return dossiers.load_snapshot(self._store, dossier_id)

    def create_dossier(self, title: str) -> int:
        new_id, changes = dossiers.create_dossier(self._store, title)
        self._done(changes)
        return new_id

    def move_to_bin(self, ids: list[int]) -> Changes:
        return self._done(dossiers.move_to_bin(self._store, ids))

    def restore_from_bin(self, ids: list[int]) -> Changes:
        return self._done(dossiers.restore_from_bin(self._store, ids))

    def purge(self, ids: list[int]) -> Changes:
        return self._done(dossiers.purge(self._store, ids))

    def fill_demo(self) -> Changes:
        from desktop.services import demo  # only on an empty folder: keep it off the start-up path

        return self._done(demo.fill_demo(self._store))

    def has_data(self) -> bool:
        from desktop.services import demo

        return demo.has_data(self._store)

    # ------------------------------------------------------------------ the clerk's workspace (issue 5)

    def unit_profile(self) -> units.UnitProfile | None:
        return units.get_profile(self._store)

    def save_unit_profile(self, profile: units.UnitProfile) -> Changes:
        return self._done(units.save_profile(self._store, profile))

    def admin_units(self) -> units.AdminUnits:
        return units.admin_units()

    def campaigns(self) -> list[tuple[str, int]]:
        return editing.campaigns(self._store)

    def new_dossier(self, title: str, campaign: str, year: int, procedure: str = "thong-thuong") -> int:
        new_id, changes = editing.create(self._store, title, campaign, year, procedure)
        self._done(changes)
        return new_id

    def dossier_state(self, dossier_id: int) -> editing.DossierState:
        return editing.state(self._store, dossier_id)

    def set_dossier_field(self, dossier_id: int, key: str, value: Any) -> Changes:
        return self._done(editing.set_dossier_field(self._store, dossier_id, key, value))

    def add_nominee(self, dossier_id: int, subject_id: int | None, kind: str = "individual", name: str = "",
                    award: str | None = None) -> int | None:
        proposal_id, changes = editing.add_nominee(self._store, dossier_id, subject_id, kind, name, award)
        self._done(changes)
        return proposal_id

    def add_proposal(self, dossier_id: int, nominee_ref: str, award: str) -> int:
        proposal_id, changes = editing.add_proposal(self._store, dossier_id, nominee_ref, award)
        self._done(changes)
        return proposal_id

    def remove_proposal(self, proposal_id: int) -> Changes:
        return self._done(editing.remove_proposal(self._store, proposal_id))

    def remove_nominee(self, dossier_id: int, nominee_ref: str) -> Changes:
        return self._done(editing.remove_nominee(self._store, dossier_id, nominee_ref))

    def set_form_field(self, proposal_id: int, key: str, value: Any) -> Changes:
        return self._done(editing.set_form_field(self._store, proposal_id, key, value))

    def attach(self, dossier_id: int, component: str, nominee_ref: str | None, path: Path) -> Changes:
        _doc, changes = editing.attach(self._store, dossier_id, component, nominee_ref, path)
        return self._done(changes)

    def detach(self, document_id: int) -> Changes:
        return self._done(editing.detach(self._store, document_id))

    def set_status(self, dossier_id: int, status: str) -> Changes:
        return self._done(editing.set_status(self._store, dossier_id, status))

    def return_dossier(self, dossier_id: int, comments: list[dict[str, Any]], reviewer: str = "") -> Changes:
        return self._done(editing.return_dossier(self._store, dossier_id, comments, reviewer))

    def new_revision(self, dossier_id: int) -> Changes:
        return self._done(editing.new_revision(self._store, dossier_id))

    def revision_content(self, dossier_id: int, number: int) -> dict[str, Any]:
        return editing.revision_content(self._store, dossier_id, number)

    # registry
    def find_subjects(self, query: str = "", kind: str | None = None, limit: int = 200) -> list[SubjectRow]:
        return registry_edit.find(self._store, query, kind, limit)

    def subject(self, subject_id: int) -> registry_edit.SubjectData:
        return registry_edit.subject_data(self._store, subject_id)

    def add_subject(self, kind: str, name: str) -> int:
        subject_id, changes = registry_edit.add_subject(self._store, kind, name)
        self._done(changes)
        return subject_id

    def set_subject_field(self, subject_id: int, key: str, value: Any) -> Changes:
        return self._done(registry_edit.set_subject_field(self._store, subject_id, key, value))

    def set_history(self, subject_id: int, table: str, rows: list[dict[str, Any]]) -> Changes:
        return self._done(registry_edit.set_history(self._store, subject_id, table, rows))

    # Excel (long work: call from a worker thread with a Reporter)
    def write_xlsx_template(self, path: Path) -> Path:
        from desktop.services import spreadsheets

        return spreadsheets.write_template(path)

    def import_people(self, path: Path, report: Path | None, reporter: Reporter | None = None
                      ) -> spreadsheets.ImportResult:
        from desktop.services import spreadsheets

        result = spreadsheets.import_people(self._store, path, report, reporter)
        self.last_saved = datetime.now()
        return result

    def notify(self, changes: Changes) -> Changes:
        """Tell the views about changes made on a worker thread (call on the GUI thread)."""
        return self._done(changes)

    def export_dossier_list(self, path: Path, in_bin: bool = False) -> Path:
        from desktop.models import STATUS_LABELS
        from desktop.services import spreadsheets

        return spreadsheets.export_dossier_list(self.list_dossiers(in_bin), path, dict(STATUS_LABELS))

    def export_nominees(self, dossier_id: int, path: Path) -> Path:
        from desktop.services import spreadsheets

        return spreadsheets.export_nominees(self._store, dossier_id, path)

    # where the clerk was: a small JSON in the data folder, rewritten atomically on every change
    @property
    def _ui_state_path(self) -> Path:
        return Path(self._store.paths.root) / "ui-state.json"

    def ui_state(self) -> dict[str, Any]:
        try:
            data = json.loads(self._ui_state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_ui_state(self, state: dict[str, Any]) -> None:
        path = self._ui_state_path
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a read-only folder must not stop the clerk's work; only the resume point is lost
            pass
