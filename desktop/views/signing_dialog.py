"""Choose the signing key: a PKCS#12 file and its password, or a PKCS#11 token (library preset for the Vietnamese
CAs, editable) → the token wizard lists slots, certificates and keys matched by CKA_ID → PIN. Nothing is stored.

`export_with_dialog(parent, facade, dossier_id)` is the whole export flow for the main window: show why a dossier
cannot be exported, else ask for the key, then sign and write off the GUI thread with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.packages_facade import (
    PackagesFacade,
    SignerOpenError,
    SignerSpec,
    list_token,
    preset_libraries,
)
from desktop.views.package_viewer import BackgroundTask

KEY_ROLE = Qt.ItemDataRole.UserRole


class SigningDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, presets: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chọn chữ ký số"))
        self.tabs = QTabWidget()
        # PKCS#12
        p12 = QWidget()
        form = QFormLayout(p12)
        self.p12_path = QLineEdit()
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.p12_path)
        row.addWidget(browse)
        form.addRow(self.tr("Tệp chữ ký số (.p12, .pfx):"), row)
        self.p12_password = QLineEdit()
        self.p12_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Mật khẩu:"), self.p12_password)
        self.tabs.addTab(p12, self.tr("Tệp PKCS#12"))
        # PKCS#11 token wizard
        tok = QWidget()
        v = QVBoxLayout(tok)
        f2 = QFormLayout()
        self.library = QComboBox()
        self.library.setEditable(True)
        for name, path in presets if presets is not None else preset_libraries():
            self.library.addItem(f"{name}: {path}", path)
        self.library.setCurrentIndex(-1)
        self.library.lineEdit().setPlaceholderText(self.tr("đường dẫn thư viện PKCS#11 của token"))
        f2.addRow(self.tr("Thư viện token:"), self.library)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        f2.addRow(self.tr("Mã PIN:"), self.pin)
        v.addLayout(f2)
        self.read_token = QPushButton(self.tr("Đọc token"))
        self.read_token.clicked.connect(self.list_objects)
        v.addWidget(self.read_token)
        self.objects = QTreeWidget()
        self.objects.setHeaderLabels([self.tr("Token / chứng thư"), "CKA_ID", self.tr("Khóa bí mật"), self.tr("Hết hạn")])
        v.addWidget(self.objects)
        self.tabs.addTab(tok, self.tr("Token USB (PKCS#11)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ký"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chữ ký số"), "", "PKCS#12 (*.p12 *.pfx)")
        if path:
            self.p12_path.setText(path)

    def library_path(self) -> str:
        text = self.library.currentText().strip()
        index = self.library.findText(text)
        return str(self.library.itemData(index)) if index >= 0 else text

    def list_objects(self) -> None:
        """The wizard step: slots with their certificates; a certificate is usable when a key has its CKA_ID."""
        self.objects.clear()
        self.error.clear()
        try:
            tokens = list_token(self.library_path(), self.pin.text() or None)
        except SignerOpenError as exc:
            self.error.setText(str(exc))
            return
        if not tokens:
            self.error.setText(self.tr("không thấy token nào; hãy cắm token và bấm Đọc token lại"))
        for t in tokens:
            top = QTreeWidgetItem([self.tr("Khe %s: %s (%s %s)") % (t.slot_id, t.label, t.manufacturer, t.model),
                                   "", "", ""])
            self.objects.addTopLevelItem(top)
            for c in t.certificates:
                item = QTreeWidgetItem([c.subject, c.id_hex, self.tr("có") if c.has_key else self.tr("không"),
                                        f"{c.not_after:%d/%m/%Y}"])
                item.setData(0, KEY_ROLE, (t.label, t.slot_id, c.id_hex))
                if not c.has_key:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                top.addChild(item)
                if c.has_key and self.objects.currentItem() is None:
                    self.objects.setCurrentItem(item)
        self.objects.expandAll()

    def spec(self) -> SignerSpec | None:
        """The choice, or None with the reason shown in the dialog."""
        self.error.clear()
        if self.tabs.currentIndex() == 0:
            path = self.p12_path.text().strip()
            if not path or not Path(path).is_file():
                self.error.setText(self.tr("hãy chọn tệp chữ ký số .p12/.pfx"))
                return None
            return SignerSpec("p12", self.p12_password.text(), path=path)
        lib = self.library_path()
        if not lib:
            self.error.setText(self.tr("hãy chọn hoặc nhập đường dẫn thư viện PKCS#11 của token"))
            return None
        if not self.pin.text():
            self.error.setText(self.tr("hãy nhập mã PIN của token"))
            return None
        item = self.objects.currentItem()
        chosen = item.data(0, KEY_ROLE) if item is not None else None
        if not chosen:
            self.error.setText(self.tr("hãy bấm Đọc token và chọn một chứng thư có khóa bí mật"))
            return None
        label, slot, key_id = chosen
        return SignerSpec("pkcs11", self.pin.text(), library=lib, token_label=label, slot_id=slot, key_id=key_id)

    def accept(self) -> None:
        if self.spec() is not None:
            super().accept()


def export_with_dialog(parent: QWidget, facade: PackagesFacade, dossier_id: int, out: Path | None = None,
                       checked: tuple[list[str], list[str]] | None = None) -> BackgroundTask | None:
    """Show why a dossier cannot go, or ask for the key and export in the background. Returns the running task
    (None when not started). `checked` is `facade.export_problems(dossier_id)` already computed off the GUI thread
    (it renders every form); without it the check runs here."""
    problems, warnings = checked if checked is not None else facade.export_problems(dossier_id)
    if problems:
        QMessageBox.warning(parent, QCoreApplication.translate("SigningDialog", "Chưa xuất được hồ sơ"),
                            QCoreApplication.translate("SigningDialog", "Hồ sơ chưa xuất được vì:") + "\n"
                            + "\n".join(f"• {p}" for p in problems))
        return None
    dialog = SigningDialog(parent)
    if warnings:
        dialog.error.setText(QCoreApplication.translate("SigningDialog", "Lưu ý: %s") % "; ".join(warnings))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    spec = dialog.spec()
    if spec is None:
        return None
    target = out or facade.exports_dir
    progress = QProgressDialog(QCoreApplication.translate("SigningDialog", "Đang ký và ghi gói hồ sơ…"),
                               QCoreApplication.translate("SigningDialog", "Hủy"), 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    task = BackgroundTask(lambda report, cancelled: facade.export(dossier_id, spec, target, progress=report,
                                                                  cancelled=cancelled))

    def on_progress(label: str, fraction: float) -> None:
        progress.setLabelText(label)
        progress.setValue(int(fraction * 100))

    def done(result: Any) -> None:
        progress.close()
        QMessageBox.information(parent, QCoreApplication.translate("SigningDialog", "Đã xuất gói hồ sơ"),
                                QCoreApplication.translate("SigningDialog", "Đã ký bởi %s.\n%s")
                                % (result.signer, result.path))

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(parent, QCoreApplication.translate("SigningDialog", "Xuất gói không thành công"), message)

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    progress.canceled.connect(task.cancel)
    return task.start()
