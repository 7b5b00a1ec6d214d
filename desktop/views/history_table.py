"""A subject's history as editable tables (ratings by year, honours with decisions, initiatives, disciplines)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.awards.model import FormField
from desktop.services.registry_edit import HISTORY_COLUMNS, display_value, parse_value
from desktop.views.fields import choice_label

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryTable", text)


def next_missing_year(years: Sequence[int], reference: int) -> int:
    """The latest year up to `reference` that has no row yet: history is filled backwards from the year under
    review, and a gap in the run is what the clerk most often has to add."""
    have = set(years)
    y = reference
    while y in have:
        y -= 1
    return y


class HistoryTableModel(QAbstractTableModel):
    """Rows of one history table; an accepted cell edit emits `rows_edited(old_rows, new_rows)`.

    A new row is a draft shown below the saved rows: it starts empty but for its year and is saved, as one edit,
    once every required column has a value, so a half-typed row never becomes a wrong record."""

    rows_edited = Signal(list, list)
    refused = Signal(str)
    draft_changed = Signal()

    def __init__(self, table: str, parent: Any = None):
        super().__init__(parent)
        self.table = table
        self.columns: tuple[FormField, ...] = HISTORY_COLUMNS[table]
        self._rows: list[Row] = []
        self.draft: Row | None = None
        self.read_only = False

    def set_rows(self, rows: Sequence[Row]) -> None:
        new = [dict(r) for r in rows]
        if len(new) == len(self._rows):  # same rows, new values: in place, so the current cell and focus stay
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[Row]:
        return [dict(r) for r in self._rows]

    def start_draft(self, year: int | None) -> int:
        """A new empty row (its year filled in); returns its row number."""
        if self.draft is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self.draft = {f.key: (year if f.key == "year" else None) for f in self.columns}
            self.endInsertRows()
            self.draft_changed.emit()
        return len(self._rows)

    def drop_draft(self) -> None:
        if self.draft is not None:
            row = len(self._rows)
            self.beginRemoveRows(QModelIndex(), row, row)
            self.draft = None
            self.endRemoveRows()
            self.draft_changed.emit()

    def draft_missing(self) -> list[str]:
        if self.draft is None:
            return []
        return [_t(f.label) for f in self.columns if f.required and self.draft.get(f.key) in (None, "")]

    def _row(self, i: int) -> Row:
        return self._rows[i] if i < len(self._rows) else (self.draft or {})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + (1 if self.draft is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            f = self.columns[section]
            return _t(f.label) + (" *" if f.required else "")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.columns[index.column()]
        value = self._row(index.row()).get(f.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_label(f.key, value) if f.type == "choice" and value else display_value(f, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if f.type == "choice" else display_value(f, value)
        if index.row() >= len(self._rows):  # the draft
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#fff8e1" if value not in (None, "") or not f.required else "#fde0e0"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("HistoryTable", "Dòng mới, chưa lưu: nhập đủ các cột có dấu * để lưu")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        f = self.columns[index.column()]
        try:
            parsed = parse_value(f, value)
        except ValueError as exc:
            self.refused.emit(f"{_t(f.label)}: {exc}")
            return False
        if parsed == self._row(index.row()).get(f.key):
            return False
        if index.row() >= len(self._rows):
            assert self.draft is not None
            self.draft[f.key] = parsed
            self.dataChanged.emit(index, index)
            self.draft_changed.emit()
            if not self.draft_missing():  # complete: save it as one edit; the saved rows come back from the store
                old, row = self.rows(), dict(self.draft)
                # After the cell editor has closed: saving resets the model, which must not happen mid-commit.
                QTimer.singleShot(0, self, lambda: self.rows_edited.emit(old, [*old, row]))
            return True
        old = self.rows()
        self._rows[index.row()][f.key] = parsed
        self.dataChanged.emit(index, index)
        self.rows_edited.emit(old, self.rows())
        return True

    def accept_saved(self, rows: Sequence[Row]) -> None:
        """The store's rows after a save: a draft that was just saved is now one of them."""
        if self.draft is not None and not self.draft_missing() and len(rows) == len(self._rows) + 1:
            self.beginResetModel()
            self.draft = None
            self._rows = [dict(r) for r in rows]
            self.endResetModel()
            self.draft_changed.emit()
        else:
            self.set_rows(rows)


class ChoiceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, HistoryTableModel)
        f = model.columns[index.column()]
        if f.type != "choice":
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for code in f.choices:
            box.addItem(choice_label(f.key, code), code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class HistoryTable(QWidget):
    """The table with Thêm dòng / Xóa dòng; every change is reported as (old rows, new rows)."""

    changed = Signal(str, list, list)

    def __init__(self, table: str, parent: QWidget | None = None,
                 reference_year: Callable[[], int | None] | None = None):
        super().__init__(parent)
        self.reference_year = reference_year or (lambda: None)
        self.model = HistoryTableModel(table, self)
        self.view = QTableView()
        self.view.setObjectName(f"history_{table}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.model.rows_edited.connect(lambda old, new: self.changed.emit(table, old, new))
        self.add_button = QPushButton(QCoreApplication.translate("HistoryTable", "Thêm dòng"))
        self.remove_button = QPushButton(QCoreApplication.translate("HistoryTable", "Xóa dòng"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setStyleSheet("color: #8a5a00;")
        self.draft_note.setVisible(False)
        self.model.draft_changed.connect(self._show_draft_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.draft_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _show_draft_note(self) -> None:
        missing = self.model.draft_missing()
        self.draft_note.setText(QCoreApplication.translate("HistoryTable", "Dòng mới chưa lưu, còn thiếu: %s") % ", ".join(missing) if missing else "")
        self.draft_note.setVisible(bool(missing))

    def show_rows(self, rows: Sequence[Row]) -> None:
        """Show the stored rows, keeping the clerk's cell (and a draft row still being typed)."""
        current = self.view.currentIndex()
        self.model.accept_saved(rows)
        if current.isValid() and not self.view.currentIndex().isValid():
            row = min(current.row(), self.model.rowCount() - 1)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, current.column()))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_row(self) -> None:
        """A new, empty row with the next missing year, and the cursor in its first empty cell."""
        has_year = any(f.key == "year" for f in self.model.columns)
        year = None
        if has_year:
            ref = self.reference_year() or date.today().year
            year = next_missing_year([int(r["year"]) for r in self.model.rows() if r.get("year")], ref)
        row = self.model.start_draft(year)
        column = next((i for i, f in enumerate(self.model.columns) if f.key != "year"), 0)
        index = self.model.index(row, column)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        if not rows:
            return
        saved = len(self.model.rows())
        if saved in rows:  # the unsaved draft simply goes away
            self.model.drop_draft()
            rows = [r for r in rows if r != saved]
        if not rows:
            return
        old = self.model.rows()
        new = [r for i, r in enumerate(old) if i not in rows]
        self.changed.emit(self.model.table, old, new)
