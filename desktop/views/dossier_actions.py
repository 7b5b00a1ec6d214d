"""The dossier's way out of the commune, wired into the main window: print preview, sign and export, the inbox
of received packages, the reviewer's viewer, and return notes. The widgets live in preview.py, signing_dialog.py,
inbox_view.py and package_viewer.py; this module only connects them to menus and to the open dossier."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.services.changes import Changes

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


class PreviewDialog(QDialog):
    """The whole dossier as it will print, with a banner saying why it is still a draft."""

    def __init__(self, pdf: bytes, title: str, reasons: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.views.preview import PdfPreview

        self.setWindowTitle(self.tr("Xem bản in — %s") % title)
        self.resize(1100, 820)
        layout = QVBoxLayout(self)
        if reasons:
            shown = "\n".join(f"• {r}" for r in reasons[:6])
            more = self.tr("\n… và %d điều khác") % (len(reasons) - 6) if len(reasons) > 6 else ""
            banner = QLabel(self.tr("BẢN NHÁP — hồ sơ chưa đủ điều kiện ký và gửi:\n%s%s") % (shown, more))
            banner.setObjectName("draftBanner")
            banner.setStyleSheet("QLabel#draftBanner { background: #fff4e5; color: #8a4b00; padding: 6px; }")
            banner.setWordWrap(True)
            layout.addWidget(banner)
        self.preview = PdfPreview(pdf, title)
        layout.addWidget(self.preview, 1)


class DossierActions(QObject):
    # Exports and imports finish on worker threads; their change sets cross to the GUI thread through this signal.
    changes_from_worker = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._facade: Any = None
        self._keep: list[Any] = []  # dialogs, windows and tasks that must outlive the slot that made them
        self.changes_from_worker.connect(self._apply_changes)

    def _apply_changes(self, changes: Changes) -> None:
        self.window.workspace.notify(changes)

    @property
    def facade(self) -> Any:
        if self._facade is None:
            self._facade = self.window.workspace.packages(self.changes_from_worker.emit)
        return self._facade

    # -- menus and toolbars
    def install(self, menu: Any) -> None:
        w = self.window
        self.act_preview = QAction(self.tr("Xem bản in…"), w)
        self.act_preview.setShortcut(QKeySequence.StandardKey.Print)
        self.act_preview.triggered.connect(self.preview)
        self.act_export = QAction(self.tr("Ký số và xuất gói hồ sơ…"), w)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export)
        self.act_inbox = QAction(self.tr("Hộp thư đến: gói nhận từ cấp dưới…"), w)
        self.act_inbox.triggered.connect(self.inbox)
        self.act_view = QAction(self.tr("Mở gói hồ sơ (.asice) để xem…"), w)
        self.act_view.triggered.connect(self.view_package)
        self.act_return_note = QAction(self.tr("Nhận phiếu trả lại…"), w)
        self.act_return_note.triggered.connect(self.import_return_note)
        menu.addSeparator()
        for a in (self.act_preview, self.act_export):
            menu.addAction(a)
            w.addAction(a)
        menu.addSeparator()
        for a in (self.act_inbox, self.act_view, self.act_return_note):
            menu.addAction(a)

    def install_in_editor(self, toolbar: Any) -> None:
        toolbar.addSeparator()
        toolbar.addAction(self.act_preview)
        toolbar.addAction(self.act_export)

    # -- the dossier in hand: the one open in the editor, else the one selected in the list
    def current_dossier(self) -> int | None:
        w = self.window
        editor = getattr(w, "_editor", None)
        if editor is not None and w.pages.currentWidget() is editor and editor.dossier_id is not None:
            return int(editor.dossier_id)
        ids = w.selected_ids() if w.pages.currentIndex() == 1 else []
        return ids[0] if ids else None

    def _need_dossier(self) -> int | None:
        dossier_id = self.current_dossier()
        if dossier_id is None:
            QMessageBox.information(self.window, self.tr("Chưa chọn hồ sơ"),
                                    self.tr("Hãy chọn một hồ sơ trong danh sách, hoặc mở hồ sơ, rồi thử lại."))
        return dossier_id

    def preview(self) -> None:
        dossier_id = self._need_dossier()
        if dossier_id is None:
            return
        self._flush_editor()
        title = self.window.workspace.rows(frozenset({dossier_id}))[0].title

        def show(printout: Any) -> None:
            dialog = PreviewDialog(printout.pdf, title, printout.reasons if printout.draft else (), self.window)
            self._keep.append(dialog)
            dialog.finished.connect(lambda _r: self._keep.remove(dialog))
            dialog.open()

        self.window.run_task(self.tr("Đang dựng bản in…"), lambda _reporter: self.window.workspace.printout(dossier_id),
                             show)

    def export(self) -> None:
        dossier_id = self._need_dossier()
        if dossier_id is None:
            return
        self._flush_editor()
        from desktop.views.signing_dialog import export_with_dialog

        def checked(result: tuple[list[str], list[str]]) -> None:
            task = export_with_dialog(self.window, self.facade, dossier_id, checked=result)
            if task is not None:
                self._keep.append(task)

        # The check renders every form of the dossier: never on the GUI thread.
        facade = self.facade
        self.window.run_task(self.tr("Đang kiểm tra hồ sơ trước khi ký…"),
                             lambda _reporter: facade.export_problems(dossier_id), checked)

    def inbox(self) -> None:
        from desktop.views.inbox_view import InboxView

        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Hộp thư đến — gói hồ sơ nhận từ cấp dưới"))
        dialog.resize(1100, 600)
        layout = QVBoxLayout(dialog)
        view = InboxView(self.facade)
        view.aggregated.connect(lambda dossier_id: (dialog.accept(), self.window.open_editor(dossier_id)))
        layout.addWidget(view)
        self._keep.append(dialog)
        dialog.finished.connect(lambda _r: self._keep.remove(dialog))
        dialog.open()

    def view_package(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Mở gói hồ sơ"), str(Path.home()),
                                                  self.tr("Gói hồ sơ (*.asice)"))
        if not path:
            return
        from desktop.views.package_viewer import ViewerWindow

        viewer = ViewerWindow(self.facade.trust_roots())
        self._keep.append(viewer)
        viewer.show()
        viewer.open(Path(path))

    def import_return_note(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Nhận phiếu trả lại"), str(Path.home()),
                                                  self.tr("Phiếu trả lại (*.asice)"))
        if not path:
            return
        from desktop.services.packages_facade import ReturnNoteSignerUnconfirmed

        try:
            try:
                result = self.facade.import_return_note(Path(path))
            except ReturnNoteSignerUnconfirmed as first:
                # First contact with this recipient: the clerk says whether this signer is the office written to.
                answer = QMessageBox.question(self.window, self.tr("Xác nhận người ký phiếu trả lại"), self.tr(
                    "%s\n\nĐây có đúng là cơ quan đã nhận gói không?") % first,
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
                result = self.facade.import_return_note(Path(path), confirm_signer=True)
        except Exception as exc:  # the service's messages say what is wrong with the note
            QMessageBox.warning(self.window, self.tr("Không nhận được phiếu trả lại"), str(exc))
            return
        lines = [f"• {c['comment']}" for c in result.comments[:8]]
        QMessageBox.information(self.window, self.tr("Hồ sơ bị trả lại"), self.tr(
            "Hồ sơ số %d bị trả lại với %d ý kiến; đã mở phiên bản %d để sửa.\n\n%s") % (
            result.dossier_id, len(result.comments), result.revision, "\n".join(lines)))
        self.window.open_editor(result.dossier_id)

    def _flush_editor(self) -> None:
        editor = getattr(self.window, "_editor", None)
        if editor is not None and editor.dossier_id is not None:
            editor._flush()  # what is still being typed belongs in the printout and the package
