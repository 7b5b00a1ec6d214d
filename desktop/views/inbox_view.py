"""The inbox: received packages with their verdicts; receive (verified off the GUI thread), verify again, open in
the viewer, aggregate the selected ones into the upper-level dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.packaging.tsa import is_timestamp_server
from desktop.services.packages_facade import AggregationError, InboxError, PackagesFacade
from desktop.views.package_viewer import BackgroundTask, ViewerWindow
from desktop.views.plain_words import plain_text
from desktop.views.return_note_dialog import ReturnNoteDialog
from desktop.views.signing_dialog import TSA_SETTING
from desktop.views.window_geometry import settings

# Marked for lupdate here, translated when the table is built (a module constant exists before any translator).
COLUMNS = [QT_TRANSLATE_NOOP("InboxView", "Số"), QT_TRANSLATE_NOOP("InboxView", "Kết quả"),
           QT_TRANSLATE_NOOP("InboxView", "Đơn vị gửi"), QT_TRANSLATE_NOOP("InboxView", "Năm"),
           QT_TRANSLATE_NOOP("InboxView", "Lần"), QT_TRANSLATE_NOOP("InboxView", "Người ký"),
           QT_TRANSLATE_NOOP("InboxView", "Tệp"), QT_TRANSLATE_NOOP("InboxView", "Ghi chú")]
ID_ROLE = Qt.ItemDataRole.UserRole


class InboxView(QWidget):
    aggregated = Signal(int)  # the new dossier's id
    imported = Signal(object)  # ImportResult

    def __init__(self, facade: PackagesFacade, parent: QWidget | None = None):
        super().__init__(parent)
        self.facade = facade
        self._tasks: list[BackgroundTask] = []
        self._windows: list[ViewerWindow] = []
        self._dialogs: list[ReturnNoteDialog] = []
        self._rows: dict[int, Any] = {}  # id -> InboxRow, for what the buttons may do with the selection
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("InboxView", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Nhận gói…"), self.import_dialog),
                           (self.tr("Kiểm tra lại"), self.reverify_selected),
                           (self.tr("Xem"), self.view_selected), (self.tr("Tổng hợp…"), self.aggregate_dialog)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.return_button.clicked.connect(self.return_selected)
        buttons.addWidget(self.return_button)
        buttons.addStretch()
        # The receiver's own proof of when it held the bytes, from a third party (desktop/packaging/receipt_stamp.py).
        stamp_row = QHBoxLayout()
        self.timestamp = QCheckBox(self.tr("Lấy dấu thời gian khi nhận gói (RFC 3161, cần mạng):"))
        self.timestamp.setObjectName("receiptTimestamp")
        self.timestamp_url = QLineEdit(str(settings().value(TSA_SETTING, "") or ""))
        self.timestamp_url.setObjectName("receiptTimestampUrl")
        self.timestamp_url.setPlaceholderText(self.tr("địa chỉ máy chủ dấu thời gian, ví dụ http://…"))
        self.timestamp_url.setEnabled(False)
        self.timestamp.toggled.connect(self.timestamp_url.setEnabled)
        stamp_row.addWidget(self.timestamp)
        stamp_row.addWidget(self.timestamp_url, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(stamp_row)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.table.doubleClicked.connect(self.view_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = self.facade.inbox()
        self._rows = {r.id: r for r in rows}
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            mark = "✔" if r.status == "ok" else "✘"
            values = [str(r.id), f"{mark} {r.status_label}", r.unit_name, str(r.year or ""), str(r.revision or ""),
                      r.signer, r.file_name, plain_text(r.summary) if r.status != "ok" else
                      (self.tr("đã tổng hợp vào hồ sơ %s") % r.imported_as if r.imported_as else "")]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, r.id)
                self.table.setItem(i, j, item)
        self.status.setText(self.tr("%d gói") % len(rows) if rows else self.tr("Hộp thư đến trống: bấm «Nhận gói…»"))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(ID_ROLE)) for r in rows]

    def chosen_timestamp_url(self) -> str | None:
        url = self.timestamp_url.text().strip()
        return url if self.timestamp.isChecked() and is_timestamp_server(url) else None

    def import_files(self, paths: list[Path]) -> BackgroundTask:
        """Verify and store each file off the GUI thread; the table refreshes when done."""
        tsa = self.chosen_timestamp_url()
        if tsa:
            settings().setValue(TSA_SETTING, tsa)

        def work(progress: Any, cancelled: Any) -> list[Any]:
            out = []
            for i, p in enumerate(paths):
                if cancelled():
                    break
                progress(self.tr("Đang kiểm tra %s") % p.name, i / max(1, len(paths)))
                try:
                    out.append(self.facade.import_package(p, timestamp_url=tsa))
                except InboxError as exc:
                    out.append(exc)
            return out

        task = BackgroundTask(work)
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(lambda m: self.status.setText(self.tr("Không nhận được gói: %s") % m))
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
                lines.append(f"{'✔' if r.status == 'ok' else '✘'} {r.file_name}: {r.status_label}"
                             + (f" ({r.stamp_note})" if r.stamp_note else ""))
                self.imported.emit(r)
        self.status.setText("; ".join(lines))

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Nhận gói hồ sơ"), "",
                                                self.tr("Gói hồ sơ (*.asice)"))
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
            QMessageBox.warning(self, self.tr("Chưa tổng hợp được"), str(exc))
            return None
        self.refresh()
        note = "".join(f"\n• {i['message']}" for i in result.issues)
        self.status.setText(self.tr("Đã tạo hồ sơ tổng hợp số %d: %d đối tượng, %d đề nghị") % (
            result.dossier_id, result.nominees, result.proposals)
            + (self.tr("; %d cảnh báo") % len(result.issues) if note else ""))
        self.aggregated.emit(result.dossier_id)
        return result.dossier_id

    def aggregate_dialog(self) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Tổng hợp"), self.tr("Hãy chọn các gói cần tổng hợp trong danh sách"))
            return
        name, ok = QInputDialog.getText(self, self.tr("Tổng hợp hồ sơ"), self.tr("Tên đợt xét:"))
        if ok and name.strip():
            self.aggregate(name, ids)

    # -- phiếu trả lại
    def _returnable(self) -> tuple[Any | None, str]:
        """The one selected package a note may answer, or None and why not (shown as the button's tooltip)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None, self.tr("Chọn một gói trong danh sách để lập phiếu trả lại")
        row = self._rows.get(ids[0])
        if row is None or row.status == "rejected":
            # A rejected package cannot be trusted to say who sent it or what it holds: nothing to pin comments to.
            return None, self.tr("Gói này đã bị từ chối khi nhận (không nguyên vẹn); không lập phiếu trả lại cho "
                                 "gói bị từ chối: hãy báo đơn vị gửi gửi lại gói")
        return row, self.tr("Lập phiếu trả lại có ký số cho gói %s") % row.file_name

    def _update_buttons(self) -> None:
        row, why = self._returnable()
        self.return_button.setEnabled(row is not None)
        self.return_button.setToolTip(why)

    def return_selected(self) -> ReturnNoteDialog | None:
        """Open the return-note form for the selected verified package (window-modal, not blocking the caller)."""
        row, why = self._returnable()
        if row is None:
            QMessageBox.information(self, self.tr("Trả lại"), why)
            return None
        try:
            dialog = ReturnNoteDialog(self.facade, row.id, row.file_name, row.unit_name, self)
        except InboxError as exc:
            QMessageBox.warning(self, self.tr("Không mở được gói"), str(exc))
            return None
        dialog.written.connect(lambda path: self.status.setText(self.tr("Đã ghi phiếu trả lại: %s") % path))
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog))
        dialog.open()
        return dialog
