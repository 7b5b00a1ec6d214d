"""Sổ đối tượng: people, collectives and households reused across dossiers and years, with their history."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.registry_edit import KIND_LABELS, NAME_LABELS
from desktop.services.workspace import Workspace
from desktop.views.subject_page import SubjectPage
from desktop.views.undo import UndoActions, UndoScopes


class RegistryPage(QWidget):
    closed = Signal()
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, undo_scopes: UndoScopes | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo_scopes = undo_scopes if undo_scopes is not None else UndoScopes(self)
        self.back = QPushButton(self.tr("← Danh sách hồ sơ"))
        self.back.clicked.connect(self.closed)
        self.search = QLineEdit()
        self.search.setObjectName("registrySearch")
        self.search.setPlaceholderText(self.tr("Tìm theo tên (không dấu cũng được) hoặc số CCCD"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mọi loại"), None)
        for code, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), code)
        self.list = QListWidget()
        self.list.setObjectName("registryList")
        self.count = QLabel()
        self.add = QPushButton(self.tr("Thêm đối tượng mới…"))
        self.add.clicked.connect(self.add_subject)
        self.page = SubjectPage(workspace, self.undo_scopes)
        self.page.error.connect(self.message)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentItemChanged.connect(lambda cur, _p: self._open(cur))
        # One undo history per person: the buttons name what they will undo, and only for the person shown.
        self.undo_actions = UndoActions(self.undo_scopes, self)
        for a in (self.undo_actions.undo, self.undo_actions.redo):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
        undo_button, redo_button = QToolButton(), QToolButton()
        undo_button.setDefaultAction(self.undo_actions.undo)
        redo_button.setDefaultAction(self.undo_actions.redo)
        undo_button.setObjectName("registryUndo")
        redo_button.setObjectName("registryRedo")
        self.undo_button, self.redo_button = undo_button, redo_button
        left = QWidget()
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.kind)
        ll.addLayout(row)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.count)
        ll.addWidget(self.add)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.page)
        split.setSizes([380, 900])
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(QLabel(self.tr("<b>Sổ đối tượng</b>: người, tập thể, hộ gia đình dùng lại cho mọi hồ sơ, mọi năm")), 1)
        top.addWidget(undo_button)
        top.addWidget(redo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def reload(self) -> None:
        current = self.page.subject_id
        self.list.blockSignals(True)
        self.list.clear()
        rows = self.workspace.find_subjects(self.search.text(), self.kind.currentData(), limit=500)
        for r in rows:
            item = QListWidgetItem(r.name + (f" — {r.national_id}" if r.national_id else ""))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.count.setText(self.tr("%d đối tượng (hiện tối đa 500; gõ để tìm)") % len(rows))
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def refresh_in_place(self) -> None:
        """Another process changed the data: re-read the list and the person shown, keeping the clerk's place."""
        self.reload()
        if self.page.subject_id is not None:
            self.page.refresh()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.page.show_subject(int(item.data(Qt.ItemDataRole.UserRole)))
        self.activate_undo()

    def activate_undo(self) -> None:
        self.undo_scopes.activate(self.page.scope if self.page.subject_id is not None else None)

    def add_subject(self) -> None:
        kind = self.kind.currentData() or "individual"
        name, ok = QInputDialog.getText(self, self.tr("Thêm đối tượng"), self.tr(NAME_LABELS[kind]) + ":")
        if ok and name.strip():
            try:
                sid = self.workspace.add_subject(kind, name)
            except ValueError as exc:
                self.message.emit(str(exc))
                return
            self.page.show_subject(sid)
            self.reload()
            self.activate_undo()
