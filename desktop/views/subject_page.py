"""One registry subject: identity fields (with the live CCCD check) and history tables, every edit undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.registry_edit import (
    HISTORY_COLUMNS,
    HISTORY_LABELS,
    IDENTITY_FIELDS,
    KIND_LABELS,
    TABLES_BY_KIND,
    SubjectData,
)
from desktop.services.workspace import Workspace
from desktop.views.fields import FieldForm
from desktop.views.history_table import HistoryTable
from desktop.views.undo import EditCommand, UndoScopes, edit_text


def history_edit_text(table: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
    """Name a history edit by the column it changed, as the undo menu shows it."""
    label = QCoreApplication.translate("SubjectPage", HISTORY_LABELS[table])
    if len(new) > len(old):
        return QCoreApplication.translate("SubjectPage", "thêm dòng «%s»") % label
    if len(new) < len(old):
        return QCoreApplication.translate("SubjectPage", "xóa dòng «%s»") % label
    for a, b in zip(old, new, strict=True):
        for f in HISTORY_COLUMNS[table]:
            if a.get(f.key) != b.get(f.key):
                return edit_text(QCoreApplication.translate("Fields", f.label))
    return edit_text(label)


class SubjectPage(QWidget):
    error = Signal(str)

    def __init__(self, workspace: Workspace, undo_scopes: UndoScopes, parent: QWidget | None = None,
                 reference_year: Callable[[], int | None] | None = None):
        super().__init__(parent)
        self.workspace, self.undo_scopes = workspace, undo_scopes
        self.reference_year = reference_year or (lambda: None)
        self.subject_id: int | None = None
        self.data: SubjectData | None = None
        self._kind: str | None = None
        self.read_only = False
        self.title = QLabel()
        self.title.setObjectName("subjectTitle")
        self.tabs = QTabWidget()
        self.form: FieldForm | None = None
        self.tables: dict[str, HistoryTable] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

    def _context(self) -> tuple[date | None, str | None]:
        values = self.data.values if self.data else {}
        return values.get("birth_date"), values.get("gender")

    def _build(self, kind: str) -> None:
        self.tabs.clear()
        self.form = FieldForm([("", IDENTITY_FIELDS[kind])], self._context)
        self.form.edited.connect(self._field_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Thông tin"))
        self.tables = {}
        for table in TABLES_BY_KIND[kind]:
            t = HistoryTable(table, reference_year=self.reference_year)
            t.changed.connect(self._history_changed)
            t.model.refused.connect(self.error)
            self.tables[table] = t
            self.tabs.addTab(t, self.tr(HISTORY_LABELS[table]))
        self._kind = kind

    def show_subject(self, subject_id: int, read_only: bool = False) -> None:
        self.subject_id = subject_id
        self.read_only = read_only
        self.refresh()

    def refresh(self) -> None:
        if self.subject_id is None:
            return
        self.data = self.workspace.subject(self.subject_id)
        if self.data.kind != self._kind:
            self._build(self.data.kind)
        assert self.form is not None
        self.title.setText(f"<b>{self.data.name}</b> — {self.tr(KIND_LABELS[self.data.kind])}")
        self.form.set_values(self.data.values)
        self.form.set_problems(self.data.problems())
        self.form.set_read_only(self.read_only)
        for table, widget in self.tables.items():
            widget.set_read_only(self.read_only)
            widget.show_rows(list(self.data.history.get(table, ())))

    def focus_field(self, key: str | None, row: int | None = None) -> None:
        from desktop.views.dossier_editor import flash

        if self.form is not None and key in (self.form.editors if self.form else {}):
            self.tabs.setCurrentIndex(0)
            self.form.focus(key)
            flash(self.form.editors[str(key)].editor)
        elif key in self.tables:
            table = self.tables[str(key)]
            self.tabs.setCurrentWidget(table)
            table.view.setFocus()
            if row is not None and 0 <= row < table.model.rowCount():
                table.view.setCurrentIndex(table.model.index(row, 0))
                table.view.scrollTo(table.model.index(row, 0))
                table.view.selectRow(row)
            flash(table.view)

    @property
    def scope(self) -> tuple[str, int | None]:
        return ("subject", self.subject_id)

    def _push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, merge_key: Any = None) -> None:
        scope = self.scope
        try:
            with self.workspace.typed_edit():  # the open dossier re-judges in the background
                apply(new)
        except (ValueError, LookupError) as exc:
            self.error.emit(str(exc))
            self.refresh()
            return
        # This subject's own stack: an undo here never reaches another person's record.
        self.undo_scopes.stack(scope).push(EditCommand(text, apply, old, new, lambda e: self.error.emit(str(e)),
                                                       merge_key))

    def _field_edited(self, key: str, old: Any, new: Any) -> None:
        sid = self.subject_id
        assert sid is not None

        def apply(value: Any) -> None:
            self.workspace.set_subject_field(sid, key, value)
            if self.subject_id == sid:
                self.refresh()

        assert self.form is not None
        self._push(edit_text(self.form.label(key)), apply, old, new, (sid, *self.form.merge_key(key)))

    def _history_changed(self, table: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        sid = self.subject_id
        assert sid is not None

        def apply(rows: list[dict[str, Any]]) -> None:
            self.workspace.set_history(sid, table, rows)
            if self.subject_id == sid:
                self.refresh()

        self._push(history_edit_text(table, old, new), apply, old, new)
