"""Main window: the dossier list with search, status filter, create, open, bin and an empty state; the dossier
editor, the registry and the unit's profile open from here, and the window reopens where the clerk was."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
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

from desktop.services.changes import Changes
from desktop.status import STATUS_LABELS, STATUSES
from desktop.views.action_hints import enable
from desktop.views.dossier_table_model import COLUMNS, DossierTableModel
from desktop.views.window_geometry import place_window, save_window

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace
    from desktop.views.dossier_editor import DossierEditor
    from desktop.views.registry_page import RegistryPage
    from desktop.views.task_runner import Task

LIST_PAGE, EDITOR_PAGE, REGISTRY_PAGE = 1, 2, 3
SUGGEST_PAGE = 4
EXTERNAL_POLL_MS = 1500
WINDOW_KEY = "main"


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

        # The editor and the registry are built on first use: the list must paint without their imports.
        self._editor: DossierEditor | None = None
        self._registry: RegistryPage | None = None
        from desktop.views.undo import UndoScopes

        self.undo_scopes = UndoScopes(self)  # one stack per dossier and per registry subject, for this window
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(list_page)
        self.pages.addWidget(QWidget())  # EDITOR_PAGE, replaced by the editor on first use
        self.pages.addWidget(QWidget())  # REGISTRY_PAGE, likewise
        self.pages.addWidget(QWidget())  # SUGGEST_PAGE, likewise (desktop/views/suggestions_page.py)
        self.setCentralWidget(self.pages)
        self._build_actions()
        self._build_menus()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(self.tr("Thư mục dữ liệu: %s") % workspace.data_dir)
        workspace.subscribe(self._on_changes)
        self.reload()
        self.restore_session()
        self._poll_mark = max((r.updated_at for r in self.model._all), default=None)
        self._watch = QTimer(self, interval=EXTERNAL_POLL_MS)
        self._watch.timeout.connect(self._check_elsewhere)
        self._watch.start()
        from desktop.views.help_window import install_help_actions  # F1 help, About and backup (issue 7)

        install_help_actions(self, workspace.data_dir)

    # -- pages built on first use
    def _install_page(self, index: int, page: QWidget) -> None:
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)

    @property
    def editor(self) -> DossierEditor:
        if self._editor is None:
            from desktop.views.dossier_editor import DossierEditor

            editor = DossierEditor(self.workspace, undo_scopes=self.undo_scopes)
            editor.closed.connect(self.show_list)
            editor.location_changed.connect(self._save_location)
            editor.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
            self.actions_out.install_in_editor(editor.toolbar)
            self._install_page(EDITOR_PAGE, editor)
            self._editor = editor
        return self._editor

    @property
    def registry(self) -> RegistryPage:
        if self._registry is None:
            from desktop.views.registry_page import RegistryPage

            registry = RegistryPage(self.workspace, undo_scopes=self.undo_scopes)
            registry.closed.connect(self.show_list)
            registry.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
            self._install_page(REGISTRY_PAGE, registry)
            self._registry = registry
        return self._registry

    # -- construction
    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Thao tác"))
        bar.setObjectName("mainToolbar")
        self.main_toolbar = bar
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

    def _build_menus(self) -> None:
        bar = self.menuBar()

        def item(menu: Any, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        dossiers = bar.addMenu(self.tr("&Hồ sơ"))
        dossiers.addAction(self.act_new)
        dossiers.addAction(self.act_open)
        dossiers.addSeparator()
        self.act_export_list = item(dossiers, self.tr("Xuất danh sách hồ sơ ra Excel…"), self.export_list)
        from desktop.views.dossier_actions import DossierActions

        self.actions_out = DossierActions(self)
        self.actions_out.install(dossiers)
        dossiers.addSeparator()
        item(dossiers, self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit)
        registry = bar.addMenu(self.tr("&Sổ đối tượng"))
        self.act_registry = item(registry, self.tr("Mở sổ đối tượng"), self.show_registry, "Ctrl+Shift+R")
        registry.addSeparator()
        self.act_template = item(registry, self.tr("Tải mẫu Excel nhập danh sách…"), self.save_template)
        self.act_import = item(registry, self.tr("Nhập danh sách từ Excel…"), self.import_xlsx, "Ctrl+I")
        registry.addSeparator()
        self.act_suggest = item(registry, self.tr("Đề xuất khen thưởng cuối năm…"), self.show_suggestions, "Ctrl+Shift+D")
        settings = bar.addMenu(self.tr("&Cài đặt"))
        self.act_profile = item(settings, self.tr("Thông tin đơn vị…"), lambda: self.edit_profile(False))
        helpm = bar.addMenu(self.tr("&Trợ giúp"))
        helpm.setObjectName("helpMenu")  # found by name, not by its (translated) title
        item(helpm, self.tr("Phím tắt"), self.show_shortcuts, "Ctrl+/")

    def _update_actions(self) -> None:
        in_bin = self.tr("đang xem Thùng rác; bấm «Thùng rác» lần nữa để về danh sách hồ sơ")
        for a in (self.act_new, self.act_open, self.act_delete):
            enable(a, not self._in_bin, in_bin)
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
        # Only the list side switches between the empty state and the list; the editor and the registry stay
        # where the clerk is, whatever changed underneath.
        if self.pages.currentIndex() in (0, LIST_PAGE):
            empty = self.model.total == 0 and not self._in_bin
            self.pages.setCurrentIndex(0 if empty else 1)
        self.list_stack.setCurrentIndex(1 if self.model.rowCount() == 0 and self.model.total > 0 else 0)
        self.count_label.setText(self.tr("%d / %d hồ sơ") % (self.model.rowCount(), self.model.total))

    def _on_changes(self, changes: Changes) -> None:
        if changes.unit:
            unit = self.workspace.unit_name()
            self.setWindowTitle(self.tr("HSKT — Hồ sơ khen thưởng") + (f" — {unit}" if unit else ""))
        ids = changes.dossiers | changes.dossiers_removed
        if not ids:
            return
        rows = self.workspace.rows(frozenset(changes.dossiers))
        belong = [r for r in rows if r.deleted == self._in_bin]
        removed = set(changes.dossiers_removed) | {r.id for r in rows if r.deleted != self._in_bin}
        self._apply_rows(belong, removed)
        self._refresh_pages()
        if self.workspace.last_saved is not None:
            self.statusBar().showMessage(self.tr("Đã lưu lúc %s") % self.workspace.last_saved.strftime("%H:%M"))

    def _apply_rows(self, rows: Any, removed: set[int]) -> None:
        """Rows change in place; when rows come or go, the clerk's selection, current row and focus stay."""
        selected = set(self.selected_ids())
        current = self.table.currentIndex()
        current_id = self.model.row_id(current.row()) if current.isValid() else None
        had_focus = self.table.hasFocus()
        self.model.apply_rows(rows, removed)
        sm = self.table.selectionModel()
        if set(self.selected_ids()) != selected:
            sm.clearSelection()
            for dossier_id in selected:
                row = self.model.row_of(dossier_id)
                if row is not None:
                    sm.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                              | QItemSelectionModel.SelectionFlag.Rows)
        if current_id is not None:
            row = self.model.row_of(current_id)
            if row is not None and self.table.currentIndex().row() != row:
                sm.setCurrentIndex(self.model.index(row, current.column()), QItemSelectionModel.SelectionFlag.NoUpdate)
        if had_focus:
            self.table.setFocus()

    def _check_elsewhere(self) -> None:
        """Another process committed to this data folder: show its changes where they are, without moving the
        clerk (the list in place, the open dossier re-judged in the background, the registry re-read). Rows are
        compared with what the list shows, so this window's own edits, already shown, change nothing."""
        changed, ours = self.workspace.poll_changes()
        if not changed:
            return
        recent = self.workspace.rows_updated_since(self._poll_mark)
        if recent:
            self._poll_mark = max(r.updated_at for r in recent)
        shown = {r.id: r for r in self.model._all}
        fresh = [r for r in recent if shown.get(r.id) != r]
        belong = [r for r in fresh if r.deleted == self._in_bin]
        removed = {r.id for r in fresh if r.deleted != self._in_bin and r.id in shown}
        if self.workspace.dossier_count(self._in_bin) != len(shown) - len(removed) + \
                len([r for r in belong if r.id not in shown]):
            rows = self.workspace.list_dossiers(in_bin=self._in_bin)  # a purge elsewhere: compare it all
            ids = {r.id for r in rows}
            belong = [r for r in rows if shown.get(r.id) != r]
            removed = set(shown) - ids
        if belong or removed:
            self._apply_rows(belong, removed)
            self._refresh_pages()
        editor = self._editor
        if editor is not None and editor.dossier_id is not None and (
                editor.dossier_id in {r.id for r in fresh} or not ours):
            editor.refresh_soon()
        if self._registry is not None and self.pages.currentIndex() == REGISTRY_PAGE and (fresh or not ours):
            self._registry.refresh_in_place()

    def _schedule_filter(self) -> None:
        self._filter_timer.start()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self._refresh_pages()

    def selected_ids(self) -> list[int]:
        return [self.model.row_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    # -- commands
    def create_dossier(self) -> None:
        """First start asks for the unit's profile, then the new dossier; both are window-modal, not blocking."""
        if self.workspace.unit_name() is None:
            self.edit_profile(first_start=True, then=self.create_dossier)
            return
        from desktop.views.new_dossier import NewDossierDialog

        dlg = NewDossierDialog(self.workspace, self)
        self.new_dialog = dlg

        def created() -> None:
            if dlg.created_id is not None:
                self._select_row(dlg.created_id)
                self.open_editor(dlg.created_id)

        dlg.accepted.connect(created)
        dlg.open()

    def _select_row(self, dossier_id: int) -> None:
        row = self.model.row_of(dossier_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def edit_profile(self, first_start: bool = False, then: Any = None) -> None:
        from desktop.views.unit_profile import UnitProfileDialog

        dlg = UnitProfileDialog(self.workspace, first_start, self)
        self.profile_dialog = dlg
        if then is not None:
            dlg.accepted.connect(then)
        dlg.open()

    def _nothing_selected(self) -> None:
        self.statusBar().showMessage(self.tr("Chưa chọn hồ sơ nào: hãy bấm vào một dòng trong danh sách rồi thử lại."),
                                     8000)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._nothing_selected()
            return
        self.open_editor(ids[0])

    def open_editor(self, dossier_id: int, where: dict[str, Any] | None = None) -> None:
        self.editor.open_dossier(dossier_id, where)
        self.pages.setCurrentIndex(EDITOR_PAGE)
        self._update_list_actions(False)
        self.editor.tree.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(LIST_PAGE)
        self._update_list_actions(True)
        self._refresh_pages()
        self._save_location({})
        self.table.setFocus()

    def show_registry(self) -> None:
        if self.pages.currentIndex() == EDITOR_PAGE:
            self.editor.close_editor()
        self.registry.reload()
        self.registry.activate_undo()
        self.pages.setCurrentIndex(REGISTRY_PAGE)
        self._update_list_actions(False)
        self._save_location({"page": "registry"})
        self.registry.search.setFocus()

    def show_suggestions(self, year: int | None = None) -> None:
        """The screen "Đề xuất khen thưởng năm …" (issue 16); judging starts on a worker after the page shows."""
        from desktop.views.suggestions_page import SuggestionsPage

        if self.pages.currentIndex() == EDITOR_PAGE:
            self.editor.close_editor()
        page = self.pages.widget(SUGGEST_PAGE)
        if not isinstance(page, SuggestionsPage):
            page = SuggestionsPage(self.workspace)
            page.closed.connect(self.show_list)
            page.open_dossier.connect(self.open_editor)
            page.open_subject.connect(lambda sid: (self.show_registry(), self.registry.page.show_subject(sid)))
            page.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
            self._install_page(SUGGEST_PAGE, page)
        self.pages.setCurrentIndex(SUGGEST_PAGE)
        self._update_list_actions(False)
        page.table.setFocus()
        from datetime import date

        page.start(year or max((y for _, y in self.workspace.campaigns()), default=date.today().year - 1))

    def _update_list_actions(self, on_list: bool) -> None:
        self.main_toolbar.setVisible(on_list)
        off_list = self.tr("chỉ dùng trong danh sách hồ sơ; bấm «← Danh sách» để về danh sách")
        for a in (self.act_open, self.act_delete, self.act_bin, self.act_restore, self.act_purge):
            enable(a, on_list and (a in (self.act_bin, self.act_restore, self.act_purge) or not self._in_bin), off_list)
        if on_list:
            self._update_actions()

    def _save_location(self, where: dict[str, Any]) -> None:
        self.workspace.save_ui_state({"open": where})

    def restore_session(self) -> None:
        """After a crash or a kill the window reopens the dossier, the page and the field the clerk was in."""
        where = self.workspace.ui_state().get("open") or {}
        if where.get("page") == "registry":
            self.show_registry()
            return
        dossier_id = where.get("dossier")
        if isinstance(dossier_id, int) and self.model.row_of(dossier_id) is not None:
            self.open_editor(dossier_id, where)

    # -- Excel
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu mẫu Excel"), "mau-nhap-danh-sach.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if name:
            self.workspace.write_xlsx_template(Path(name))
            self.statusBar().showMessage(self.tr("Đã lưu mẫu: %s") % name, 8000)

    def export_list(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất danh sách hồ sơ"), "danh-sach-ho-so.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if name:
            self.run_task(self.tr("Đang xuất danh sách hồ sơ"),
                          lambda _r: self.workspace.export_dossier_list(Path(name), self._in_bin),
                          lambda _p: self.statusBar().showMessage(self.tr("Đã xuất: %s") % name, 8000))

    def import_xlsx(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập danh sách từ Excel"), "",
                                                  self.tr("Excel (*.xlsx)"))
        if not path:
            return
        source = Path(path)
        report = source.with_name(source.stem + "-loi.xlsx")
        self.run_task(self.tr("Đang nhập danh sách"),
                      lambda reporter: self.workspace.import_people(source, report, reporter),
                      self._imported)

    def _imported(self, result: Any) -> None:
        from desktop.services.changes import Changes as _Changes

        self.workspace.notify(_Changes(subjects=frozenset(result.subject_ids)))
        text = self.tr("Đã nhập %d dòng (%d người mới, %d người đã có được cập nhật).") % (
            result.imported, result.created, result.updated)
        if result.rejected:
            lines = "\n".join(str(e) for e in result.errors[:30])
            more = self.tr("\n… và %d lỗi khác") % (len(result.errors) - 30) if len(result.errors) > 30 else ""
            text += "\n\n" + self.tr("%d dòng không nhập được:") % result.rejected + "\n" + lines + more
            if result.report_path:
                text += "\n\n" + self.tr("Các ô lỗi được tô đỏ trong bản sao: %s") % result.report_path
        for warning in result.warnings:
            text += "\n\n" + self.tr("Lưu ý: %s") % warning
        self.last_import = result
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Kết quả nhập danh sách"), text, parent=self)
        self.import_box = box
        box.open()

    def run_task(self, title: str, job: Any, done: Any) -> Task:
        from desktop.views.task_runner import Task

        task = Task(self, title, job)
        self.task = task
        task.done.connect(done)
        task.failed.connect(lambda exc: QMessageBox.warning(self, title, str(exc)))
        return task.start()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Phím tắt"), self.tr(
            "Ctrl+N  Hồ sơ mới\nEnter  Mở hồ sơ đang chọn\nCtrl+F  Tìm\nCtrl+Shift+R  Sổ đối tượng\n"
            "Ctrl+I  Nhập danh sách từ Excel\n\nTrong hồ sơ:\nTab / Enter  Sang trường tiếp theo\n"
            "Ctrl+Enter  Xong đoạn văn, sang trường tiếp theo\nCtrl+Z / Ctrl+Y  Hoàn tác / Làm lại\n"
            "F8  Đến vấn đề tiếp theo trong bảng Kiểm tra\nCtrl+Shift+N  Thêm đối tượng\nAlt+←  Về danh sách"))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._nothing_selected()
        else:
            self.workspace.move_to_bin(ids)
            self.statusBar().showMessage(self.tr("Đã chuyển %d hồ sơ vào thùng rác; mở Thùng rác để khôi phục.") % len(ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._nothing_selected()
        else:
            self.workspace.restore_from_bin(ids)

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._nothing_selected()
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
        self.reload()

    def closeEvent(self, event: Any) -> None:
        """What is typed but not yet saved (inside the save delay) is saved before the window goes, and so is where
        the window was."""
        if self._editor is not None:
            self._editor._flush()
        if self._registry is not None and self._registry.page.form is not None:
            self._registry.page.form.flush()
        save_window(self, WINDOW_KEY)
        super().closeEvent(event)

    def show_where_left(self) -> None:
        place_window(self, WINDOW_KEY, QSize(1280, 760))

    # -- first paint, for `--quit-when-ready` and start-up measurement
    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self.pages.currentWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The central page's first Paint is when the clerk first sees content, not just a frame.
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)
