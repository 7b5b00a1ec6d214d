"""Viewer mode for reviewers who only receive: open a .asice, see its documents (PDF preview), nominees, verdicts,
and every check and signature with a pass/fail mark. Needs no data folder (`hskt view FILE.asice`).

Also holds `BackgroundTask`, the small QRunnable the package views use to keep verification, signing and import
off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.packages_facade import PackageView, inspect_package
from desktop.views.preview import PdfPreview

PASS, FAIL = "✔", "✘"


class _TaskSignals(QObject):
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """Run `work(progress, cancelled)` on the thread pool; results come back as Qt signals on the GUI thread."""

    def __init__(self, work: Callable[[Callable[[str, float], None], Callable[[], bool]], Any]):
        super().__init__()
        # Not deleted by the pool on its thread: the task and its signals are released on the GUI thread once the
        # result has arrived, so no Qt object or wrapper is ever dropped on a worker.
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self._work = work
        self._cancel = False
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)

    def _release(self, *_: object) -> None:
        _RUNNING.discard(self)
        for signal in (self.signals.finished, self.signals.failed):  # the connections held self: no cycle is left
            signal.disconnect(self._release)

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, lambda: self._cancel)
        except Exception as exc:  # shown to the clerk as a message, never as a traceback
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)

    def start(self) -> BackgroundTask:
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self)
        return self


_RUNNING: set[BackgroundTask] = set()  # started tasks, held on the GUI thread until their result arrives


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            t.setItem(i, j, QTableWidgetItem(value))
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class PackageViewer(QWidget):
    """Shows one package. `load(path)` verifies it in the background; `show_view(view)` shows a ready result."""

    loaded = Signal(object)  # PackageView
    failed = Signal(str)

    def __init__(self, trust_roots: list[Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._roots = trust_roots
        self.view: PackageView | None = None
        self._task: BackgroundTask | None = None
        self.verdict = QLabel(self.tr("Chưa mở gói nào"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.documents = QListWidget()
        self.preview = PdfPreview()
        docs = QSplitter()
        docs.addWidget(self.documents)
        docs.addWidget(self.preview)
        docs.setStretchFactor(1, 3)
        self.nominees = _table([self.tr("Mã"), self.tr("Họ tên / Tên"), self.tr("Loại"), self.tr("Số CCCD")], [])
        self.proposals = _table([self.tr("Đối tượng"), self.tr("Hình thức khen thưởng"), self.tr("Năm"),
                                 self.tr("Kết quả"), self.tr("Lý do")], [])
        self.checks = QTreeWidget()
        self.checks.setHeaderLabels(["", self.tr("Nội dung kiểm tra"), self.tr("Kết quả")])
        self.tabs.addTab(self.checks, self.tr("Kiểm tra và chữ ký"))
        self.tabs.addTab(docs, self.tr("Văn bản"))
        self.tabs.addTab(self.nominees, self.tr("Đối tượng"))
        self.tabs.addTab(self.proposals, self.tr("Kết quả xét"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs)
        self.documents.currentItemChanged.connect(self._open_document)

    def load(self, path: Path) -> None:
        self.verdict.setText(self.tr("Đang kiểm tra %s…") % Path(path).name)
        roots = self._roots
        task = BackgroundTask(lambda progress, cancelled: inspect_package(Path(path), roots))
        task.signals.finished.connect(self.show_view)
        task.signals.failed.connect(self._failed)
        self._task = task.start()

    def _failed(self, message: str) -> None:
        self.verdict.setText(f"{FAIL} " + self.tr("Không mở được gói: %s") % message)
        self.failed.emit(message)

    def show_view(self, view: PackageView) -> None:
        self.view = view
        if view.ok and view.verdict == "ok-expired":
            head = f"{PASS} " + self.tr("Gói %s HỢP LỆ (chứng thư đã hết hạn sau khi ký)") % view.path.name
        elif view.ok:
            head = f"{PASS} " + self.tr("Gói %s HỢP LỆ") % view.path.name
        elif view.intact and view.verdict == "untrusted":  # not "intact" alone: a key that may not sign is invalid
            head = f"{FAIL} " + self.tr("Gói %s nguyên vẹn nhưng CHƯA ĐƯỢC TIN CẬY (chưa có chứng thư CA gốc)") % \
                view.path.name
        else:
            head = f"{FAIL} " + self.tr("Gói %s KHÔNG HỢP LỆ") % view.path.name
        if view.unit:
            head += f" — {view.unit}"
        if view.complete is not None:
            head += "\n" + (self.tr("Hồ sơ đầy đủ") if view.complete else self.tr("Hồ sơ chưa đầy đủ")) + "; " + \
                (self.tr("mọi đề nghị đạt") if view.eligible else self.tr("có đề nghị chưa đạt hoặc cần xác minh"))
        self.verdict.setText(head)
        self._fill_checks(view)
        self.documents.clear()
        for d in view.documents:
            item = QListWidgetItem(d.name.removeprefix("documents/"))
            item.setData(Qt.ItemDataRole.UserRole, d.name)
            if not d.is_pdf:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.documents.addItem(item)
        self._fill(self.nominees, view.nominees)
        self._fill(self.proposals, view.proposals)
        self.loaded.emit(view)

    @staticmethod
    def _fill(table: QTableWidget, rows: tuple[tuple[str, ...], ...]) -> None:
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(value))

    def _fill_checks(self, view: PackageView, parent: QTreeWidgetItem | None = None) -> None:
        if parent is None:
            self.checks.clear()
        for c in view.checks:
            item = QTreeWidgetItem([PASS if c.ok else FAIL, c.label, c.detail])
            for note in c.notes:
                item.addChild(QTreeWidgetItem(["", "", note]))
            self._add(item, parent)
        for s in view.signatures:
            who = s.signer + (f" ({s.agency})" if s.agency else "")
            self._add(QTreeWidgetItem([PASS if s.ok else FAIL, self.tr("Chữ ký: %s") % s.where, f"{who}: {s.message}".strip(
                ": ")]), parent)
        for child in view.inputs:
            node = QTreeWidgetItem([PASS if child.ok else FAIL, self.tr("Gói cấp dưới"), child.unit])
            self._add(node, parent)
            self._fill_checks(child, node)
        self.checks.expandToDepth(0)
        self.checks.resizeColumnToContents(0)
        self.checks.resizeColumnToContents(1)

    def _add(self, item: QTreeWidgetItem, parent: QTreeWidgetItem | None) -> None:
        if parent is None:
            self.checks.addTopLevelItem(item)
        else:
            parent.addChild(item)

    def _open_document(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self.view is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        if name.endswith(".pdf"):
            self.preview.set_pdf(self.view.read(name), name.rsplit("/", 1)[-1])
            self.tabs.setCurrentIndex(1)

    def check_lines(self) -> list[str]:
        """The tree as text: '✔ label: detail' per line (tests and copy to clipboard)."""
        out = []
        for i in range(self.checks.topLevelItemCount()):
            it = self.checks.topLevelItem(i)
            out.append(f"{it.text(0)} {it.text(1)}: {it.text(2)}")
        return out


class ViewerWindow(QMainWindow):
    """The viewer alone, for `hskt view`: a menu to open another package."""

    def __init__(self, trust_roots: list[Any] | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("HSKT — Xem gói hồ sơ"))
        self.viewer = PackageViewer(trust_roots)
        self.setCentralWidget(self.viewer)
        menu = self.menuBar().addMenu(self.tr("&Tệp"))
        menu.addAction(self.tr("&Mở gói…"), self.open_dialog)
        menu.addAction(self.tr("&Thoát"), self.close)
        self.resize(1200, 800)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở gói hồ sơ"), "", self.tr("Gói hồ sơ (*.asice)"))
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> None:
        self.setWindowTitle(f"HSKT — {path.name}")
        self.viewer.load(path)


def run_viewer(path: Path | None, trust_roots: list[Any] | None = None) -> int:
    """Start Qt with the viewer alone; returns the application's exit code."""
    app = QApplication.instance() or QApplication([])
    window = ViewerWindow(trust_roots)
    window.show()
    if path is not None:
        window.open(Path(path))
    return int(app.exec())
