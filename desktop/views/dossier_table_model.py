"""The dossier list as a Qt table model.

Filtering and sorting happen here in Python over precomputed keys (folded search text, Vietnamese collation strings)
rather than in a QSortFilterProxyModel, whose per-comparison calls into Python would stall 10,000 rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.list_queries import DossierRow
from desktop.status import STATUS_LABELS
from desktop.vn.collation import text_sort_string
from desktop.vn.text import fold

Index = QModelIndex | QPersistentModelIndex



COLUMNS = ("id", "title", "campaign", "year", "lead", "count", "status", "updated")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _headers() -> list[str]:
    # Literal calls, each on its own, so that lupdate finds every header.
    return [
        QCoreApplication.translate("DossierTableModel", "Số"),
        QCoreApplication.translate("DossierTableModel", "Tên hồ sơ"),
        QCoreApplication.translate("DossierTableModel", "Đợt xét"),
        QCoreApplication.translate("DossierTableModel", "Năm"),
        QCoreApplication.translate("DossierTableModel", "Đối tượng đầu danh sách"),
        QCoreApplication.translate("DossierTableModel", "Số đối tượng"),
        QCoreApplication.translate("DossierTableModel", "Trạng thái"),
        QCoreApplication.translate("DossierTableModel", "Cập nhật"),
    ]


_TITLE_KEYS: dict[str, str] = {}


def _title_key(title: str) -> str:
    # Computed on the first sort by title, not at load: most clerks never sort 10,000 titles.
    key = _TITLE_KEYS.get(title)
    if key is None:
        key = _TITLE_KEYS[title] = text_sort_string(title)
    return key


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = frozenset(COLUMNS.index(c) for c in ("id", "year", "count"))
_TITLE = COLUMNS.index("title")


def _display_texts(row: DossierRow) -> tuple[str, ...]:
    return (str(row.id), row.title, row.campaign, str(row.year or ""), row.lead_name, str(row.nominee_count),
            STATUS_LABELS.get(row.status, row.status), row.updated_at.strftime("%d/%m/%Y %H:%M"))


def _sort_key(row: DossierRow, column: int) -> Any:
    name = COLUMNS[column]
    if name == "title":
        return _title_key(row.title)
    if name == "lead":
        return row.lead_sort
    if name == "year":
        return row.year or 0
    if name == "count":
        return row.nominee_count
    if name == "updated":
        return row.updated_at
    return getattr(row, name)


class DossierTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[DossierRow] = []
        self._visible: list[DossierRow] = []
        self._query = ""
        self._status: str | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = _headers()
        self._texts: dict[int, tuple[str, ...]] = {}

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called about 1,500 times a repaint: answer the roles we do not use before touching the row.
        if role == _DISPLAY:
            row = self._visible[index.row()]
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = _display_texts(row)
            return texts[index.column()]
        if role == _ALIGN:
            return _RIGHT if index.column() in _NUMERIC else None
        if role == _TOOLTIP and index.column() == _TITLE:
            return self._visible[index.row()].title
        if role == ID_ROLE:
            return self._visible[index.row()].id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    # -- HSKT interface
    def set_rows(self, rows: Sequence[DossierRow]) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._all = list(rows)
        self._refilter()
        self.endResetModel()

    def set_filter(self, query: str, status: str | None) -> None:
        self.beginResetModel()
        self._query, self._status = fold(query), status
        self._refilter()
        self.endResetModel()

    def apply_rows(self, changed: Sequence[DossierRow], removed: set[int] | frozenset[int]) -> None:
        """Update from a change set: replace changed rows, add new ones, drop removed ones."""
        for r in changed:
            self._texts.pop(r.id, None)
        if not removed and self._update_in_place(changed):
            return
        by_id = {r.id: r for r in changed}
        gone = set(removed) | set(by_id)
        self.beginResetModel()
        self._all = [by_id.get(r.id, r) for r in self._all if r.id not in gone or r.id in by_id]
        known = {r.id for r in self._all}
        self._all = [r for r in changed if r.id not in known] + self._all
        self._refilter()
        self.endResetModel()

    def _update_in_place(self, changed: Sequence[DossierRow]) -> bool:
        """The common edit: rows that exist, stay visible and keep their place. Only their cells repaint;
        a reset would refilter and resort 10,000 rows on every keystroke's commit."""
        where_all = {r.id: i for i, r in enumerate(self._all)}
        where_visible = {r.id: i for i, r in enumerate(self._visible)}
        if any(r.id not in where_all or (r.id in where_visible) != self._accepts(r) for r in changed):
            return False
        rows = [where_visible[r.id] for r in changed if r.id in where_visible]
        for r in changed:
            self._all[where_all[r.id]] = r
            if r.id in where_visible:
                self._visible[where_visible[r.id]] = r
        if not all(self._in_order(i) for i in rows):
            self.layoutAboutToBeChanged.emit()
            self._apply_sort()
            self.layoutChanged.emit()
            return True
        last = len(COLUMNS) - 1
        for i in rows:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return True

    def _accepts(self, r: DossierRow) -> bool:
        return (not self._query or self._query in r.search_key) and (self._status is None or r.status == self._status)

    def _in_order(self, i: int) -> bool:
        if self._sort is None:
            return True
        column, order = self._sort
        key = _sort_key(self._visible[i], column)
        descending = order == Qt.SortOrder.DescendingOrder
        if i > 0:
            before = _sort_key(self._visible[i - 1], column)
            if (before < key) if descending else (key < before):
                return False
        if i + 1 < len(self._visible):
            after = _sort_key(self._visible[i + 1], column)
            if (key < after) if descending else (after < key):
                return False
        return True

    def row_id(self, row: int) -> int:
        return self._visible[row].id

    def row_of(self, dossier_id: int) -> int | None:
        for i, r in enumerate(self._visible):
            if r.id == dossier_id:
                return i
        return None

    @property
    def total(self) -> int:
        return len(self._all)

    # -- internals
    def _refilter(self) -> None:
        self._visible = [r for r in self._all if self._accepts(r)]
        self._apply_sort()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._visible.sort(key=lambda r: _sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
