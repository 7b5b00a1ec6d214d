"""The screen "Đề xuất khen thưởng năm …": who the registry says qualifies, filters, the reasons of the selected row,
the live tờ trình figures and limits of the ticked proposals, and "Tạo hồ sơ".

Judging runs on a worker (task_runner.Task); the page paints at once with "Đang xét…" and fills when it is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import suggestions as sg

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace

KIND_LABELS = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}
_Index = QModelIndex | QPersistentModelIndex


class SuggestionModel(QAbstractTableModel):
    HEADERS = ("Chọn", "Đối tượng", "Loại", "Hình thức khen thưởng", "Cấp quyết định", "Kết quả", "Tiến độ",
               "Còn thiếu / cần nhập")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[sg.Suggestion] = []
        self.ticked: dict[tuple[int, str], sg.Suggestion] = {}

    def set_rows(self, rows: list[sg.Suggestion]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if s.key in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return s.name
            if col == 2:
                return self.tr(KIND_LABELS[s.kind])
            if col == 3:
                return s.award_name
            if col == 4:
                return s.decider_label
            if col == 5:
                return self.tr(sg.STATUS_LABELS[s.status])
            if col == 6:
                return s.progress
            if col == 7:
                return "; ".join(s.missing or s.to_enter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 7:
            return "\n".join(s.missing or s.to_enter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.toggle([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def toggle(self, rows: list[int], on: bool | None = None) -> None:
        for r in rows:
            s = self.rows[r]
            want = (s.key not in self.ticked) if on is None else on
            if want:
                self.ticked[s.key] = s
            else:
                self.ticked.pop(s.key, None)
            self.dataChanged.emit(self.index(r, 0), self.index(r, 0), [Qt.ItemDataRole.CheckStateRole])


class _Table(QTableView):
    space = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.space.emit()
            return
        super().keyPressEvent(event)


class SuggestionsPage(QWidget):
    closed = Signal()
    open_dossier = Signal(int)
    open_subject = Signal(int)
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setProperty("helpTopic", "de-xuat")  # F1 opens resources/help/de-xuat.md
        self.result: sg.Suggestions | None = None
        self.task: Any = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("suggestTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        year_label = QLabel(self.tr("Năm xét:"))
        top.addWidget(year_label)
        self.year = QSpinBox()
        year_label.setBuddy(self.year)
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Năm xét"))
        top.addWidget(self.year)
        self.run_button = QPushButton(self.tr("Xét lại"))
        self.run_button.clicked.connect(lambda: self.start(self.year.value()))
        top.addWidget(self.run_button)
        back = QPushButton(self.tr("Đóng"))
        back.clicked.connect(self.closed.emit)
        top.addWidget(back)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.award_filter = self._combo(filters, self.tr("Hình thức:"))
        self.kind_filter = self._combo(filters, self.tr("Đối tượng:"))
        self.status_filter = self._combo(filters, self.tr("Kết quả:"))
        self.kind_filter.addItem(self.tr("Tất cả"), None)
        for k, label in KIND_LABELS.items():
            self.kind_filter.addItem(self.tr(label), k)
        self.status_filter.addItem(self.tr("Tất cả"), None)
        for st in sg.SHOWN:
            self.status_filter.addItem(self.tr(sg.STATUS_LABELS[st]), st)
        filters.addStretch(1)
        self.tick_all = QPushButton(self.tr("Chọn tất cả đang hiện"))
        self.tick_all.clicked.connect(self.tick_shown)
        filters.addWidget(self.tick_all)
        self.untick_all = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.untick_all.clicked.connect(self.clear_ticks)
        filters.addWidget(self.untick_all)
        layout.addLayout(filters)

        self.model = SuggestionModel(self)
        self.model.dataChanged.connect(lambda *_: self._update_totals())
        self.table = _Table()
        self.table.setObjectName("suggestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((50, 190, 80, 230, 200, 95, 70)):
            self.table.setColumnWidth(col, width)
        self.table.space.connect(self.toggle_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reasons())
        self.table.doubleClicked.connect(lambda *_: self.history())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.reasons = QPlainTextEdit()
        self.reasons.setReadOnly(True)
        self.reasons.setAccessibleName(self.tr("Lý do"))
        self.reasons.setPlaceholderText(self.tr("Chọn một dòng để xem lý do theo từng tiêu chuẩn"))
        lower_layout.addWidget(self.reasons)
        self.history_button = QPushButton(self.tr("Mở lịch sử đối tượng để bổ sung"))
        self.history_button.clicked.connect(self.history)
        lower_layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        split.addWidget(lower)
        split.setSizes([420, 160])
        layout.addWidget(split, 1)

        self.stats = QLabel()
        self.stats.setObjectName("suggestStats")
        self.stats.setWordWrap(True)
        layout.addWidget(self.stats)
        self.limits = QLabel()
        self.limits.setObjectName("suggestLimits")
        self.limits.setWordWrap(True)
        layout.addWidget(self.limits)
        bottom = QHBoxLayout()
        proc_label = QLabel(self.tr("Thủ tục:"))
        bottom.addWidget(proc_label)
        self.procedure = QComboBox()
        proc_label.setBuddy(self.procedure)
        self.procedure.addItem(self.tr("Thủ tục thông thường"), "thong-thuong")
        self.procedure.addItem(self.tr("Thủ tục đơn giản (Điều 85)"), "don-gian")
        bottom.addWidget(self.procedure)
        bottom.addStretch(1)
        self.create_button = QPushButton(self.tr("Tạo hồ sơ"))
        self.create_button.clicked.connect(self.create)
        bottom.addWidget(self.create_button)
        layout.addLayout(bottom)
        for combo in (self.award_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filters())
        self._set_title(None)
        self._update_totals()

    def _combo(self, row: QHBoxLayout, label: str) -> QComboBox:
        lab = QLabel(label)
        row.addWidget(lab)
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # award names are long
        lab.setBuddy(combo)
        combo.setAccessibleName(label.rstrip(":"))
        row.addWidget(combo)
        return combo

    def _set_title(self, year: int | None) -> None:
        self.title.setText(self.tr("Đề xuất khen thưởng năm %s") % (year if year else "…"))

    # -- judging
    def start(self, year: int) -> None:
        """Judge on a worker; the page stays usable and shows "Đang xét…" until the result arrives."""
        from desktop.views.task_runner import Task

        if self.task is not None:
            return
        self.year.setValue(year)
        self._set_title(year)
        self.model.set_rows([])
        self.reasons.setPlainText(self.tr("Đang xét các đối tượng trong sổ…"))
        self.run_button.setEnabled(False)
        self.create_button.setEnabled(False)
        self.task = Task(self, self.tr("Đang xét đề xuất khen thưởng"), lambda rep: self.workspace.suggest(year, None, rep))
        self.task.done.connect(self._loaded)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _loaded(self, result: sg.Suggestions) -> None:
        self.task = None
        self.result = result
        self.model.ticked.clear()
        self.run_button.setEnabled(True)
        self.create_button.setEnabled(True)
        self.award_filter.blockSignals(True)
        self.award_filter.clear()
        self.award_filter.addItem(self.tr("Tất cả"), None)
        seen: dict[str, str] = {}
        for s in result.shown:
            seen.setdefault(s.award, s.award_name)
        for code, name in seen.items():
            self.award_filter.addItem(name, code)
        self.award_filter.blockSignals(False)
        self.reasons.clear()
        self.apply_filters()
        self.message.emit(self.tr("Đã xét %s đối tượng, %s đề nghị có thể lập") % (result.subjects, len(result.shown)))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.run_button.setEnabled(True)
        from desktop.services.tasks import Cancelled

        text = self.tr("Đã hủy việc xét") if isinstance(exc, Cancelled) else str(exc)
        self.reasons.setPlainText(text)
        self.message.emit(text)

    # -- table
    def apply_filters(self) -> None:
        if self.result is None:
            return
        rows = sg.filter_items(self.result.shown, self.award_filter.currentData(), self.kind_filter.currentData(),
                               self.status_filter.currentData())
        rows.sort(key=lambda s: (s.sort_key, s.subject_id, s.award))
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._show_reasons()
        self._update_totals()

    def current(self) -> sg.Suggestion | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_reasons(self) -> None:
        s = self.current()
        if s is None:
            self.reasons.clear()
            return
        head = f"{s.name} — {s.award_name}: {self.tr(sg.STATUS_LABELS[s.status])}"
        extra = [*(f"• {m}" for m in s.missing), *(f"• {m}" for m in s.to_enter)]
        self.reasons.setPlainText("\n".join([head, *extra, "", *s.reasons]))

    def toggle_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            self.model.toggle(rows)

    def tick_shown(self) -> None:
        self.model.toggle(list(range(len(self.model.rows))), True)

    def clear_ticks(self) -> None:
        self.model.ticked.clear()
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 0))
        self._update_totals()

    def _update_totals(self) -> None:
        if self.result is None:
            self.stats.setText(self.tr("Chưa chọn đề nghị nào"))
            self.limits.clear()
            return
        ticked = list(self.model.ticked.values())
        st = self.result.stats(ticked)
        self.stats.setText(self.tr(
            "Đã chọn %s đề nghị: %s cá nhân (%s trực tiếp lao động — %s; %s nữ — %s; %s dân tộc thiểu số — %s), "
            "%s tập thể, %s hộ gia đình") % (
            len(ticked), st.individuals, st.direct_workers, st.share(st.direct_workers), st.women, st.share(st.women),
            st.minorities, st.share(st.minorities), st.collectives, st.households))
        self.limits.setText("\n".join(sg.limit_line(lim, ticked, self.result.ruleset) for lim in self.result.limits))

    # -- actions
    def history(self) -> None:
        s = self.current()
        if s is not None:
            self.open_subject.emit(s.subject_id)

    def create(self) -> None:
        if self.result is None:
            return
        ticked = list(self.model.ticked.values())
        if not ticked:
            QMessageBox.information(self, self.tr("Tạo hồ sơ"),
                                    self.tr("Chưa chọn đề nghị nào; hãy đánh dấu ở cột «Chọn» (phím Cách) rồi bấm "
                                            "«Tạo hồ sơ»"))
            return
        campaign = self.tr("Xét khen thưởng tổng kết năm %s") % self.result.year
        try:
            made = self.workspace.create_suggested(self.result, ticked, campaign, self.procedure.currentData())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Tạo hồ sơ"), str(exc))
            return
        self.message.emit(self.tr("Đã tạo %s hồ sơ: %s") % (len(made), "; ".join(c.title for c in made)))
        self.model.ticked.clear()
        self.open_dossier.emit(made[0].dossier_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)
