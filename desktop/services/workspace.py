"""What the GUI may do, in one object handed to the views by app.py (views never see the store)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.services import list_queries
from desktop.services.changes import Changes
from desktop.services.list_queries import DossierRow
from desktop.store.lazy import LazyStore

if TYPE_CHECKING:
    from types import ModuleType

    from desktop import snapshot as snap
    from desktop.services import spreadsheets
    from desktop.services.editing import DossierState
    from desktop.services.registry import SubjectRow
    from desktop.services.registry_edit import SubjectData
    from desktop.services.tasks import Reporter
    from desktop.services.units import AdminUnits, UnitProfile
    from desktop.store.database import Store


# The service modules import SQLAlchemy and the ORM (over half a second); the first screen needs none of them,
# so they are imported on first use, and `warm_up` imports them off the GUI thread right after the first paint.
def _dossiers() -> ModuleType:
    from desktop.services import dossiers

    return dossiers


def _editing() -> ModuleType:
    from desktop.services import editing

    return editing


def _registry_edit() -> ModuleType:
    from desktop.services import registry_edit

    return registry_edit


def _units() -> ModuleType:
    from desktop.services import units

    return units


class Workspace:
    def __init__(self, store: Store | LazyStore):
        self._source = store
        self._paths = store.paths
        self.last_saved: datetime | None = None
        self.typing = False
        self._listeners: list[Callable[[Changes], None]] = []
        self._watch = list_queries.ChangeWatch(self._paths.database)
        # The baseline is read now: a commit made elsewhere before the first poll must count as a change.
        self._seen: tuple[int | None, int] = (self._watch.version(), 0)
        self._own_changes = 0

    @property
    def _store(self) -> Store:
        source = self._source
        return source.get() if isinstance(source, LazyStore) else source

    def warm_up(self) -> None:
        """Open the database and import the services, so the clerk's first click does not wait for them."""
        store = self._store
        for load in (_dossiers, _editing, _registry_edit, _units):
            load()
        from desktop.services.rehearsal import rehearse_writes

        rehearse_writes(store)

    @property
    def data_dir(self) -> str:
        return str(self._paths.root)

    @contextmanager
    def typed_edit(self) -> Iterator[None]:
        """Mark the changes made inside as a typed value (a field, a history cell), not a structural edit:
        listeners may then re-judge in the background instead of before the keystroke returns."""
        self.typing = True
        try:
            yield
        finally:
            self.typing = False

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def poll_changes(self) -> tuple[bool, bool]:
        """(whether the database changed since the last poll, whether this workspace committed meanwhile).

        SQLite's data_version moves on this watch connection for every other connection's commit, this window's
        included; the caller compares what changed with what it shows, so its own edits are not shown twice."""
        version = self._watch.version()
        last_version, last_own = self._seen
        self._seen = (version, self._own_changes)
        return last_version is not None and version != last_version, self._own_changes != last_own

    def rows_updated_since(self, since: datetime | None) -> list[DossierRow]:
        return list_queries.rows_updated_since(self._paths.database, since)

    def dossier_count(self, in_bin: bool = False) -> int:
        return list_queries.dossier_count(self._paths.database, in_bin)

    def _done(self, changes: Changes) -> Changes:
        self._own_changes += 1
        self.last_saved = datetime.now()
        for listener in self._listeners:
            listener(changes)
        return changes

    def unit_name(self) -> str | None:
        return list_queries.own_unit_name(self._paths.database)

    def list_dossiers(self, in_bin: bool = False) -> list[DossierRow]:
        return list_queries.list_rows(self._paths.database, in_bin)

    def rows(self, ids: frozenset[int]) -> list[DossierRow]:
        return list_queries.rows_by_id(self._paths.database, ids)

    def snapshot(self, dossier_id: int) -> snap.Dossier:
        return _dossiers().load_snapshot(self._store, dossier_id)

    def create_dossier(self, title: str) -> int:
        new_id, changes = _dossiers().create_dossier(self._store, title)
        self._done(changes)
        return new_id

    def move_to_bin(self, ids: list[int]) -> Changes:
        return self._done(_dossiers().move_to_bin(self._store, ids))

    def restore_from_bin(self, ids: list[int]) -> Changes:
        return self._done(_dossiers().restore_from_bin(self._store, ids))

    def purge(self, ids: list[int]) -> Changes:
        return self._done(_dossiers().purge(self._store, ids))

    def printout(self, dossier_id: int) -> Any:
        """The dossier as one PDF for preview and printing (long work: call from a worker thread)."""
        from desktop.services.printing import dossier_pdf

        return dossier_pdf(self._store, dossier_id)

    def packages(self, on_change: Callable[[Changes], None]) -> Any:
        """Export, inbox, aggregation and return notes. `on_change` must be safe to call from a worker
        thread (the views pass a queued Qt signal): exports finish off the GUI thread."""
        from desktop.services.packages_facade import PackagesFacade

        return PackagesFacade(self._store, on_change=on_change)

    def fill_demo(self) -> Changes:
        from desktop.services import demo  # only on an empty folder: keep it off the start-up path

        return self._done(demo.fill_demo(self._store))

    def has_data(self) -> bool:
        return list_queries.has_data(self._paths.database)

    # ------------------------------------------------------------------ the clerk's workspace (issue 5)

    def unit_profile(self) -> UnitProfile | None:
        return _units().get_profile(self._store)

    def save_unit_profile(self, profile: UnitProfile) -> Changes:
        return self._done(_units().save_profile(self._store, profile))

    def admin_units(self) -> AdminUnits:
        return _units().admin_units()

    def campaigns(self) -> list[tuple[str, int]]:
        return _editing().campaigns(self._store)

    def new_dossier(self, title: str, campaign: str, year: int, procedure: str = "thong-thuong") -> int:
        new_id, changes = _editing().create(self._store, title, campaign, year, procedure)
        self._done(changes)
        return new_id

    def dossier_state(self, dossier_id: int) -> DossierState:
        return _editing().state(self._store, dossier_id)

    def set_dossier_field(self, dossier_id: int, key: str, value: Any) -> Changes:
        return self._done(_editing().set_dossier_field(self._store, dossier_id, key, value))

    def add_nominee(self, dossier_id: int, subject_id: int | None, kind: str = "individual", name: str = "",
                    award: str | None = None) -> int | None:
        proposal_id, changes = _editing().add_nominee(self._store, dossier_id, subject_id, kind, name, award)
        self._done(changes)
        return proposal_id

    def add_proposal(self, dossier_id: int, nominee_ref: str, award: str) -> int:
        proposal_id, changes = _editing().add_proposal(self._store, dossier_id, nominee_ref, award)
        self._done(changes)
        return proposal_id

    def remove_proposal(self, proposal_id: int) -> Changes:
        return self._done(_editing().remove_proposal(self._store, proposal_id))

    def remove_nominee(self, dossier_id: int, nominee_ref: str) -> Changes:
        return self._done(_editing().remove_nominee(self._store, dossier_id, nominee_ref))

    def set_form_field(self, proposal_id: int, key: str, value: Any) -> Changes:
        return self._done(_editing().set_form_field(self._store, proposal_id, key, value))

    # -- meeting, votes, posting, letter (services/meeting_edit.py): fields by dossier.json path
    def set_section_field(self, dossier_id: int, path: str, value: Any) -> Changes:
        from desktop.services import meeting_edit

        return self._done(meeting_edit.set_field(self._store, dossier_id, path, value))

    def set_vote(self, dossier_id: int, nominee_id: str, award: str, key: str, value: Any) -> Changes:
        from desktop.services import meeting_edit

        return self._done(meeting_edit.set_vote(self._store, dossier_id, nominee_id, award, key, value))

    def sections(self, dossier_id: int) -> dict[str, Any]:
        from desktop.services import meeting_edit

        return meeting_edit.sections(self._store, dossier_id)

    def set_sections(self, dossier_id: int, values: dict[str, Any]) -> Changes:
        from desktop.services import meeting_edit

        return self._done(meeting_edit.set_sections(self._store, dossier_id, values))

    def section_defaults(self, dossier_id: int) -> dict[str, Any]:
        from desktop.services import meeting_edit

        return meeting_edit.defaults(self._store, dossier_id)

    def fill_unanimous(self, dossier_id: int) -> Changes:
        from desktop.services import meeting_edit

        return self._done(meeting_edit.fill_unanimous(self._store, dossier_id))

    def attach(self, dossier_id: int, component: str, nominee_ref: str | None, path: Path) -> Changes:
        _doc, changes = _editing().attach(self._store, dossier_id, component, nominee_ref, path)
        return self._done(changes)

    def detach(self, document_id: int) -> Changes:
        return self._done(_editing().detach(self._store, document_id))

    def set_status(self, dossier_id: int, status: str) -> Changes:
        return self._done(_editing().set_status(self._store, dossier_id, status))

    def return_dossier(self, dossier_id: int, comments: list[dict[str, Any]], reviewer: str = "") -> Changes:
        return self._done(_editing().return_dossier(self._store, dossier_id, comments, reviewer))

    def new_revision(self, dossier_id: int) -> Changes:
        return self._done(_editing().new_revision(self._store, dossier_id))

    def revision_content(self, dossier_id: int, number: int) -> dict[str, Any]:
        return _editing().revision_content(self._store, dossier_id, number)

    # registry
    def suggest(self, year: int, kind: str | None = None, reporter: Reporter | None = None) -> Any:
        """Who qualifies in `year` (desktop/services/suggestions.py); safe on a worker thread (no Qt, no listeners)."""
        from desktop.services import suggestions

        return suggestions.suggest(self._store, year, kind, reporter)

    def create_suggested(self, result: Any, ticked: list[Any], campaign: str, procedure: str) -> list[Any]:
        from desktop.services import suggestions

        made, changes = suggestions.create_dossiers(self._store, result, ticked, campaign, procedure)
        self._done(changes)
        return made

    def find_subjects(self, query: str = "", kind: str | None = None, limit: int = 200) -> list[SubjectRow]:
        return _registry_edit().find(self._store, query, kind, limit)

    def subject(self, subject_id: int) -> SubjectData:
        return _registry_edit().subject_data(self._store, subject_id)

    def add_subject(self, kind: str, name: str) -> int:
        subject_id, changes = _registry_edit().add_subject(self._store, kind, name)
        self._done(changes)
        return subject_id

    def set_subject_field(self, subject_id: int, key: str, value: Any) -> Changes:
        return self._done(_registry_edit().set_subject_field(self._store, subject_id, key, value))

    def set_history(self, subject_id: int, table: str, rows: list[dict[str, Any]]) -> Changes:
        return self._done(_registry_edit().set_history(self._store, subject_id, table, rows))

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
        from desktop.services import spreadsheets
        from desktop.status import STATUS_LABELS

        return spreadsheets.export_dossier_list(self.list_dossiers(in_bin), path, dict(STATUS_LABELS))

    def export_nominees(self, dossier_id: int, path: Path) -> Path:
        from desktop.services import spreadsheets

        return spreadsheets.export_nominees(self._store, dossier_id, path)

    # where the clerk was: a small JSON in the data folder, rewritten atomically on every change
    @property
    def _ui_state_path(self) -> Path:
        return Path(self._paths.root) / "ui-state.json"

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
