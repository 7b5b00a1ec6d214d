"""A subject's history as editable tables (ratings by year, honours with decisions, initiatives, disciplines)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
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


class HistoryTableModel(QAbstractTableModel):
    """Rows of one history table; an accepted cell edit emits `rows_edited(old_rows, new_rows)`."""

    rows_edited = Signal(list, list)
    refused = Signal(str)

    def __init__(self, table: str, parent: Any = None):
        super().__init__(parent)
        self.table = table
        self.columns: tuple[FormField, ...] = HISTORY_COLUMNS[table]
        self._rows: list[Row] = []
        self.read_only = False

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return [dict(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        value = self._rows[index.row()].get(f.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_label(f.key, value) if f.type == "choice" and value else display_value(f, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if f.type == "choice" else display_value(f, value)
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
        if parsed == self._rows[index.row()].get(f.key):
            return False
        old = self.rows()
        self._rows[index.row()][f.key] = parsed
        self.dataChanged.emit(index, index)
        self.rows_edited.emit(old, self.rows())
        return True


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

    def __init__(self, table: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = HistoryTableModel(table, self)
        self.view = QTableView()
        self.view.setObjectName(f"history_{table}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.model.rows_edited.connect(lambda old, new: self.changed.emit(table, old, new))
        self.add_button = QPushButton(_t("Thêm dòng"))
        self.remove_button = QPushButton(_t("Xóa dòng"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_row(self) -> None:
        """A new row pre-filled from the last one (next year), so it is valid from the start."""
        old = self.model.rows()
        template: Row = {}
        for f in self.model.columns:
            if f.type == "int" and f.key == "year":
                years = [r["year"] for r in old if r.get("year")]
                from datetime import date

                template["year"] = (max(years) + 1) if years else date.today().year - 1
            elif f.type == "choice" and f.required:
                template[f.key] = f.choices[0]
            elif f.type == "int":
                template[f.key] = 0
            elif f.required:
                template[f.key] = _t("(chưa nhập)")
            else:
                template[f.key] = None
        self.changed.emit(self.model.table, old, [*old, template])

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        if not rows:
            return
        old = self.model.rows()
        new = [r for i, r in enumerate(old) if i not in rows]
        self.changed.emit(self.model.table, old, new)
