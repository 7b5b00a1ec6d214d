"""The inbox: received packages with their verdicts; receive (verified off the GUI thread), verify again, open in
the viewer, aggregate the selected ones into the upper-level dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.packages_facade import AggregationError, InboxError, PackagesFacade
from desktop.views.package_viewer import BackgroundTask, ViewerWindow

COLUMNS = ["Số", "Kết quả", "Đơn vị gửi", "Năm", "Lần", "Người ký", "Tệp", "Ghi chú"]
ID_ROLE = Qt.ItemDataRole.UserRole


class InboxView(QWidget):
    aggregated = Signal(int)  # the new dossier's id
    imported = Signal(object)  # ImportResult

    def __init__(self, facade: PackagesFacade, parent: QWidget | None = None):
        super().__init__(parent)
        self.facade = facade
        self._tasks: list[BackgroundTask] = []
        self._windows: list[ViewerWindow] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for text, slot in (("Nhận gói…", self.import_dialog), ("Kiểm tra lại", self.reverify_selected),
                           ("Xem", self.view_selected), ("Tổng hợp…", self.aggregate_dialog)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.table.doubleClicked.connect(self.view_selected)
        self.refresh()

    def refresh(self) -> None:
        rows = self.facade.inbox()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            mark = "✔" if r.status == "ok" else "✘"
            values = [str(r.id), f"{mark} {r.status_label}", r.unit_name, str(r.year or ""), str(r.revision or ""),
                      r.signer, r.file_name, r.summary if r.status != "ok" else
                      (f"đã tổng hợp vào hồ sơ {r.imported_as}" if r.imported_as else "")]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, r.id)
                self.table.setItem(i, j, item)
        self.status.setText(f"{len(rows)} gói" if rows else "Hộp thư đến trống: bấm «Nhận gói…»")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(ID_ROLE)) for r in rows]

    def import_files(self, paths: list[Path]) -> BackgroundTask:
        """Verify and store each file off the GUI thread; the table refreshes when done."""
        def work(progress: Any, cancelled: Any) -> list[Any]:
            out = []
            for i, p in enumerate(paths):
                if cancelled():
                    break
                progress(f"Đang kiểm tra {p.name}", i / max(1, len(paths)))
                try:
                    out.append(self.facade.import_package(p))
                except InboxError as exc:
                    out.append(exc)
            return out

        task = BackgroundTask(work)
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(lambda m: self.status.setText(f"Không nhận được gói: {m}"))
        task.signals.progress.connect(lambda label, _f: self.status.setText(label))
        self._tasks.append(task)
        return task.start()

    def _imported(self, results: list[Any]) -> None:
        self.refresh()
        lines = []
        for r in results:
            if isinstance(r, Exception):
                lines.append(f"✘ {r}")
            else:
                lines.append(f"{'✔' if r.status == 'ok' else '✘'} {r.file_name}: {r.status_label}")
                self.imported.emit(r)
        self.status.setText("; ".join(lines))

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Nhận gói hồ sơ", "", "Gói hồ sơ (*.asice)")
        if paths:
            self.import_files([Path(p) for p in paths])

    def reverify_selected(self) -> None:
        for row_id in self.selected_ids():
            self.facade.reverify(row_id)
        self.refresh()

    def view_selected(self) -> None:
        for row_id in self.selected_ids()[:1]:
            window = ViewerWindow(self.facade.trust_roots())
            window.open(self.facade.stored_package(row_id))
            window.show()
            self._windows.append(window)

    def aggregate(self, campaign: str, ids: list[int]) -> int | None:
        try:
            result = self.facade.aggregate(campaign, ids)
        except AggregationError as exc:
            QMessageBox.warning(self, "Chưa tổng hợp được", str(exc))
            return None
        self.refresh()
        note = "".join(f"\n• {i['message']}" for i in result.issues)
        self.status.setText(f"Đã tạo hồ sơ tổng hợp số {result.dossier_id}: {result.nominees} đối tượng, "
                            f"{result.proposals} đề nghị" + (f"; {len(result.issues)} cảnh báo" if note else ""))
        self.aggregated.emit(result.dossier_id)
        return result.dossier_id

    def aggregate_dialog(self) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, "Tổng hợp", "Hãy chọn các gói cần tổng hợp trong danh sách")
            return
        name, ok = QInputDialog.getText(self, "Tổng hợp hồ sơ", "Tên đợt xét:")
        if ok and name.strip():
            self.aggregate(name, ids)
