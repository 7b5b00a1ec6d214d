"""Main window: the dossier list with search, status filter, create, open, bin and an empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.status import STATUS_LABELS, STATUSES
from desktop.services.changes import Changes
from desktop.services.workspace import Workspace
from desktop.views.dossier_summary import DossierSummaryDialog
from desktop.views.dossier_table_model import COLUMNS, DossierTableModel


class EmptyState(QWidget):
    """What a new user sees instead of an empty table: what HSKT is for and the first thing to do."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Chưa có hồ sơ nào"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(self.tr(
            "HSKT giúp soạn hồ sơ đề nghị khen thưởng: nhập danh sách, kiểm tra tiêu chuẩn theo Luật Thi đua, "
            "khen thưởng, in tờ trình và biểu mẫu, ký số và gửi cấp trên.\n\n"
            "Bắt đầu: bấm «Tạo hồ sơ mới» (Ctrl+N), đặt tên hồ sơ theo đợt xét, "
            "rồi thêm người, tập thể hoặc hộ gia đình được đề nghị."
        ))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(640)
        create = QPushButton(self.tr("Tạo hồ sơ mới"))
        create.setDefault(True)
        create.clicked.connect(self.create_requested)
        demo = QPushButton(self.tr("Xem thử với dữ liệu mẫu"))
        demo.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(create)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self._painted = False
        self._in_bin = False
        unit = workspace.unit_name()
        self.setWindowTitle(self.tr("HSKT — Hồ sơ khen thưởng") + (f" — {unit}" if unit else ""))
        self.resize(1280, 760)

        self.model = DossierTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for name, width in (("id", 56), ("campaign", 250), ("year", 60), ("lead", 200), ("count", 100),
                            ("status", 110), ("updated", 130)):
            header.resizeSection(COLUMNS.index(name), width)
        header.setSortIndicator(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên hồ sơ hoặc tên người (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Mọi trạng thái"), None)
        for code in STATUSES:
            self.status_filter.addItem(self.tr(STATUS_LABELS[code]), code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self._apply_filter)

        self.empty = EmptyState()
        self.empty.create_requested.connect(self.create_dossier)
        self.empty.demo_requested.connect(self.load_demo)
        self.no_match = QLabel(self.tr("Không có hồ sơ nào khớp điều kiện tìm."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tìm:")))
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(self.tr("Trạng thái:")))
        filters.addWidget(self.status_filter)
        self.bin_banner = QLabel(self.tr("Thùng rác: hồ sơ ở đây có thể khôi phục, hoặc xóa hẳn."))
        self.bin_banner.setVisible(False)
        list_layout.addWidget(self.bin_banner)
        list_layout.addLayout(filters)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_match)
        list_layout.addWidget(self.list_stack, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(list_page)
        self.setCentralWidget(self.pages)
        self._build_actions()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(self.tr("Thư mục dữ liệu: %s") % workspace.data_dir)
        workspace.subscribe(self._on_changes)
        self.reload()

    # -- construction
    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Thao tác"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)

        def action(text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            bar.addAction(a)
            return a

        self.act_new = action(self.tr("Hồ sơ mới"), QKeySequence.StandardKey.New, self.create_dossier)
        self.act_open = action(self.tr("Mở"), "Return", self.open_selected)
        self.act_delete = action(self.tr("Xóa"), QKeySequence.StandardKey.Delete, self.delete_selected)
        bar.addSeparator()
        self.act_bin = action(self.tr("Thùng rác"), None, self.toggle_bin)
        self.act_bin.setCheckable(True)
        self.act_restore = action(self.tr("Khôi phục"), None, self.restore_selected)
        self.act_purge = action(self.tr("Xóa hẳn"), None, self.purge_selected)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)
        self._update_actions()

    def _update_actions(self) -> None:
        self.act_new.setEnabled(not self._in_bin)
        self.act_open.setEnabled(not self._in_bin)
        self.act_delete.setEnabled(not self._in_bin)
        self.act_restore.setVisible(self._in_bin)
        self.act_purge.setVisible(self._in_bin)
        self.bin_banner.setVisible(self._in_bin)

    # -- data
    def reload(self) -> None:
        self.model.set_rows(self.workspace.list_dossiers(in_bin=self._in_bin))
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._refresh_pages()

    def _refresh_pages(self) -> None:
        empty = self.model.total == 0 and not self._in_bin
        self.pages.setCurrentIndex(0 if empty else 1)
        self.list_stack.setCurrentIndex(1 if self.model.rowCount() == 0 and self.model.total > 0 else 0)
        self.count_label.setText(self.tr("%d / %d hồ sơ") % (self.model.rowCount(), self.model.total))

    def _on_changes(self, changes: Changes) -> None:
        ids = changes.dossiers | changes.dossiers_removed
        if not ids:
            return
        rows = self.workspace.rows(frozenset(changes.dossiers))
        belong = [r for r in rows if r.deleted == self._in_bin]
        removed = set(changes.dossiers_removed) | {r.id for r in rows if r.deleted != self._in_bin}
        self.model.apply_rows(belong, removed)
        self._refresh_pages()
        if self.workspace.last_saved is not None:
            self.statusBar().showMessage(self.tr("Đã lưu lúc %s") % self.workspace.last_saved.strftime("%H:%M"))

    def _schedule_filter(self) -> None:
        self._filter_timer.start()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self._refresh_pages()

    def selected_ids(self) -> list[int]:
        return [self.model.row_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    # -- commands
    def create_dossier(self) -> None:
        if self.workspace.unit_name() is None:
            QMessageBox.information(self, self.tr("Chưa có đơn vị"), self.tr(
                "Hãy khai báo đơn vị của bạn (tên, cấp, người ký) trước khi tạo hồ sơ. "
                "Hoặc bấm «Xem thử với dữ liệu mẫu» để làm quen."))
            return
        title, ok = QInputDialog.getText(self, self.tr("Hồ sơ mới"), self.tr("Tên hồ sơ (ví dụ: Đề nghị danh hiệu thi đua năm 2026):"))
        if not ok or not title.strip():
            return
        new_id = self.workspace.create_dossier(title)
        row = self.model.row_of(new_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        DossierSummaryDialog(self.workspace.snapshot(ids[0]), self).exec()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.workspace.move_to_bin(ids)
            self.statusBar().showMessage(self.tr("Đã chuyển %d hồ sơ vào thùng rác; mở Thùng rác để khôi phục.") % len(ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.workspace.restore_from_bin(ids)

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("Xóa hẳn"), self.tr(
            "Xóa hẳn %d hồ sơ? Việc này không hoàn tác được.") % len(ids))
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.purge(ids)

    def toggle_bin(self) -> None:
        self._in_bin = self.act_bin.isChecked()
        self._update_actions()
        self.reload()

    def load_demo(self) -> None:
        if self.workspace.has_data():
            QMessageBox.information(self, self.tr("Dữ liệu mẫu"), self.tr("Thư mục dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào thư mục trống."))
            return
        self.workspace.fill_demo()
        unit = self.workspace.unit_name()
        self.setWindowTitle(self.tr("HSKT — Hồ sơ khen thưởng") + (f" — {unit}" if unit else ""))
        self.reload()

    # -- first paint, for `--quit-when-ready` and start-up measurement
    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self.pages.currentWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The central page's first Paint is when the clerk first sees content, not just a frame.
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)
