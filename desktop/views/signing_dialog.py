"""Choose the signing key: a PKCS#12 file and its password, or a USB token (the Vietnamese CAs' drivers are preset)
→ the token's certificates by holder and CA → PIN. Nothing is stored. Identifiers a clerk never needs (the token
driver's file, slot numbers, key ids) sit under "Chi tiết kỹ thuật".

Before anything is signed the dialog says in plain words what is wrong with the chosen certificate (self-signed,
expired, not yet valid, not for signing, not from a recognised CA); the clerk may still go on after reading it.

`export_with_dialog(parent, facade, dossier_id)` is the whole export flow for the main window: show why a dossier
cannot be exported, else ask for the key and the folder, then sign and write off the GUI thread with progress and
cancel, and end with a message that opens the folder.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from desktop.packaging.tsa import is_timestamp_server
from desktop.services.certificate_check import (
    CertificateUnreadable,
    certificate_problems,
    holder_name,
    is_ca,
    issuer_name,
    read_p12_certificate,
)
from desktop.services.packages_facade import (
    PackagesFacade,
    SignerOpenError,
    SignerSpec,
    list_token,
    preset_libraries,
)
from desktop.views.package_viewer import BackgroundTask
from desktop.views.window_geometry import keep_geometry, settings

KEY_ROLE = Qt.ItemDataRole.UserRole
CERT_ROLE = Qt.ItemDataRole.UserRole + 1
LAST_FOLDER = "export/folder"
TSA_SETTING = "export/timestamp_url"
PACKAGE_NAME_PATTERN = "HSKT_<mã đơn vị>_<năm>_<mã gói>_r<lần>.asice"


def default_export_folder() -> Path:
    """The folder the clerk last exported to, else Documents (the first time)."""
    last = settings().value(LAST_FOLDER)
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def _one_per_provider(libraries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per CA: the driver installed on this machine, else the first place it is usually installed."""
    out: dict[str, str] = {}
    for name, path in libraries:
        if name not in out or (not Path(out[name]).exists() and Path(path).exists()):
            out[name] = path
    return list(out.items())


class SigningDialog(QDialog):
    """`trust_roots` given: the chosen certificate is checked before signing. `save_folder` given: the dialog also
    asks where the package goes."""

    def __init__(self, parent: QWidget | None = None, presets: list[tuple[str, str]] | None = None,
                 trust_roots: list[Any] | None = None, save_folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chọn chữ ký số"))
        self._roots = trust_roots
        self._warned: Any = None  # the certificate whose problems are on screen: the next «Vẫn ký» goes on
        self._blocked = False  # those problems forbid signing (expired, not yet valid, not for signing)
        self.test_certificate_accepted = False
        self._asks_folder = save_folder is not None
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
        self.tabs.addTab(p12, self.tr("Tệp chữ ký số"))
        # USB token
        tok = QWidget()
        v = QVBoxLayout(tok)
        f2 = QFormLayout()
        self.provider = QComboBox()
        self.provider.setObjectName("tokenProvider")
        libraries = presets if presets is not None else preset_libraries()
        for name, path in _one_per_provider(libraries):
            self.provider.addItem(name, path)
        self.provider.setCurrentIndex(-1)
        self.provider.setPlaceholderText(self.tr("chọn nhà cung cấp chữ ký số của token"))
        f2.addRow(self.tr("Nhà cung cấp token:"), self.provider)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        f2.addRow(self.tr("Mã PIN:"), self.pin)
        v.addLayout(f2)
        self.read_token = QPushButton(self.tr("Đọc token"))
        self.read_token.clicked.connect(self.list_objects)
        v.addWidget(self.read_token)
        self.objects = QTreeWidget()
        self.objects.setObjectName("tokenCertificates")
        self.objects.setHeaderLabels([self.tr("Người được cấp"), self.tr("Nhà cung cấp (CA)"),
                                      self.tr("Hiệu lực đến")])
        self.objects.currentItemChanged.connect(lambda _c, _p: self._token_choice_changed())
        v.addWidget(self.objects, 1)
        # What a clerk never needs to read, but a technician asks for on the phone.
        self.details = QGroupBox(self.tr("Chi tiết kỹ thuật"))
        self.details.setObjectName("technicalDetails")
        self.details.setCheckable(True)
        self.details.setChecked(False)
        d_form = QFormLayout(self.details)
        self.library = QComboBox()
        self.library.setEditable(True)
        for _name, path in libraries:
            self.library.addItem(path, path)
        self.library.setCurrentIndex(-1)
        self.library.lineEdit().setPlaceholderText(self.tr("tệp trình điều khiển token (.dll, .so)"))
        d_form.addRow(self.tr("Thư viện PKCS#11:"), self.library)
        self.technical = QLabel()
        self.technical.setObjectName("technicalIds")
        self.technical.setWordWrap(True)
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        d_form.addRow(self.technical)
        self.details.toggled.connect(self._show_details)
        self._show_details(False)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        v.addWidget(self.details)
        self.tabs.addTab(tok, self.tr("Token USB"))
        self.tabs.currentChanged.connect(lambda _i: self._clear_warning())
        self.p12_path.textChanged.connect(lambda _t: self._clear_warning())
        self.p12_path.editingFinished.connect(self._p12_chosen)
        self.p12_password.textChanged.connect(lambda _t: self._clear_warning())
        # Where the package goes (export only).
        self.folder = QLineEdit(str(save_folder) if save_folder else "")
        self.folder.setObjectName("exportFolder")
        choose = QPushButton(self.tr("Chọn thư mục…"))
        choose.clicked.connect(self._choose_folder)
        folder_box = QGroupBox(self.tr("Lưu gói hồ sơ vào"))
        folder_layout = QVBoxLayout(folder_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_layout.addLayout(folder_row)
        name_hint = QLabel(self.tr("Tên tệp đặt tự động theo quy định: %s") % PACKAGE_NAME_PATTERN)
        name_hint.setWordWrap(True)
        name_hint.setStyleSheet("color: #555")
        folder_layout.addWidget(name_hint)
        # B-T: an RFC 3161 token proves when the package was signed, so it stays valid after the certificate expires.
        self.timestamp = QCheckBox(self.tr("Kèm dấu thời gian (RFC 3161, cần kết nối mạng)"))
        self.timestamp.setObjectName("timestampBox")
        self.timestamp_url = QLineEdit(str(settings().value(TSA_SETTING, "") or ""))
        self.timestamp_url.setObjectName("timestampUrl")
        self.timestamp_url.setPlaceholderText(self.tr("địa chỉ máy chủ dấu thời gian do nhà cung cấp chứng thư số "
                                                      "cho, ví dụ http://…"))
        self.timestamp_url.setEnabled(False)
        self.timestamp.toggled.connect(self.timestamp_url.setEnabled)
        self.timestamp.toggled.connect(lambda on: self.timestamp_url.setFocus() if on else None)
        folder_layout.addWidget(self.timestamp)
        folder_layout.addWidget(self.timestamp_url)
        folder_box.setVisible(save_folder is not None)
        self.warning = QLabel()
        self.warning.setObjectName("certificateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#certificateWarning { background: #fff4e5; color: #8a4b00; padding: 6px; }")
        self.warning.setVisible(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ký"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(folder_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        keep_geometry(self, "signing", (680, 600))

    # -- choosing
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chữ ký số"), "",
                                              self.tr("Tệp chữ ký số (*.p12 *.pfx)"))
        if path:
            self.p12_path.setText(path)
            self._p12_chosen()

    def _p12_chosen(self) -> None:
        """A file whose certificate can be read without the password is checked at once; most need the password,
        and are checked when the clerk presses Ký, still before anything is signed."""
        path = Path(self.p12_path.text().strip())
        if self._roots is None or not path.is_file():
            return
        try:
            cert, chain = read_p12_certificate(path, None)
        except CertificateUnreadable:
            return
        self._warn_about(cert, chain)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục lưu gói hồ sơ"), self.folder.text())
        if path:
            self.folder.setText(path)

    def chosen_timestamp_url(self) -> str | None:
        """The RFC 3161 server to ask, when the clerk chose a timestamp and typed a usable address."""
        url = self.timestamp_url.text().strip()
        if not self.timestamp.isChecked() or not is_timestamp_server(url):
            return None
        return url

    def save_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text) if text else None

    def _provider_changed(self, index: int) -> None:
        if index >= 0:
            self.library.setEditText(str(self.provider.itemData(index)))

    def _show_details(self, shown: bool) -> None:
        self.details.setFlat(not shown)  # folded: only its title, no empty frame
        for w in (self.library, self.technical):
            w.setVisible(shown)
        label = self.details.layout().labelForField(self.library)
        if label is not None:
            label.setVisible(shown)

    def library_path(self) -> str:
        text = self.library.currentText().strip()
        if text:
            return text
        index = self.provider.currentIndex()
        return str(self.provider.itemData(index)) if index >= 0 else ""

    def list_objects(self) -> None:
        """The token's certificates by holder and CA; the PIN is needed only to sign (some tokens hide keys)."""
        self.objects.clear()
        self.error.clear()
        try:
            tokens = list_token(self.library_path(), self.pin.text() or None)
        except SignerOpenError as exc:
            self.error.setText(str(exc))
            return
        if not tokens:
            self.error.setText(self.tr("không thấy token nào; hãy cắm token và bấm Đọc token lại"))
        self.show_tokens(tokens)

    def show_tokens(self, tokens: list[Any]) -> None:
        self.objects.clear()
        for t in tokens:
            top = QTreeWidgetItem([self.tr("Token %s") % (t.label or t.model), "", ""])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            top.setData(0, KEY_ROLE, None)
            top.setData(0, CERT_ROLE, self.tr("Khe %s, số sê-ri token %s, %s %s") % (
                t.slot_id, t.serial, t.manufacturer, t.model))
            self.objects.addTopLevelItem(top)
            for c in t.certificates:
                usable = (c.has_key or not t.logged_in) and not is_ca(c.certificate)  # no PIN: keys unseen
                item = QTreeWidgetItem([holder_name(c.certificate), issuer_name(c.certificate),
                                        f"{c.not_after:%d/%m/%Y}"])
                item.setData(0, KEY_ROLE, (t.label, t.slot_id, c.id_hex))
                item.setData(0, CERT_ROLE, c.certificate)
                if not usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setToolTip(0, self.tr("Chứng thư của nhà cung cấp, không dùng để ký") if is_ca(c.certificate)
                                    else self.tr("Token không có khóa bí mật cho chứng thư này: không dùng để ký được"))
                top.addChild(item)
                if usable and self.objects.currentItem() is None:
                    self.objects.setCurrentItem(item)
        self.objects.expandAll()
        for i in range(3):
            self.objects.resizeColumnToContents(i)
        self._token_choice_changed()

    def _token_choice_changed(self) -> None:
        self._clear_warning()
        item = self.objects.currentItem()
        chosen = item.data(0, KEY_ROLE) if item is not None else None
        cert = item.data(0, CERT_ROLE) if item is not None else None
        lines: list[str] = []
        if chosen:
            label, slot, key_id = chosen
            lines.append(self.tr("Token «%s», khe %s, mã khóa (CKA_ID) %s") % (label, slot, key_id))
        elif isinstance(cert, str):
            lines.append(cert)
        self.technical.setText("\n".join(lines))
        if chosen and cert is not None and not isinstance(cert, str):
            self._warn_about(cert, self._token_certificates(item))  # before the PIN: tokens show certificates

    @staticmethod
    def _token_certificates(item: QTreeWidgetItem) -> list[Any]:
        """Every certificate on the same token: the CA certificates a token carries complete the chain."""
        top = item.parent() or item
        found = (top.child(i).data(0, CERT_ROLE) for i in range(top.childCount()))
        return [c for c in found if c is not None and not isinstance(c, str)]

    # -- the certificate's problems
    def _clear_warning(self) -> None:
        self._warned = None
        self._blocked = False
        self.test_certificate_accepted = False
        self.warning.clear()
        self.warning.setVisible(False)
        self.ok_button.setText(self.tr("Ký"))

    def _warn_about(self, cert: Any, chain: list[Any]) -> list[Any]:
        """Show what is wrong with `cert`. A blocking problem (not for signing, expired, not yet valid) stops the
        signing; the others (a test certificate, no Vietnamese root) the clerk may accept with «Vẫn ký»."""
        if self._roots is None:
            return []
        problems = certificate_problems(cert, datetime.now(UTC), roots=self._roots, intermediates=chain)
        if problems:
            self._blocked = any(p.blocking for p in problems)
            tail = self.tr("Hãy chọn chứng thư số khác.") if self._blocked else \
                self.tr("Nếu đây chỉ là ký thử, bấm «Vẫn ký» để tiếp tục.")
            self.warning.setText(self.tr("Lưu ý về chứng thư số của %s:") % holder_name(cert) + "\n"
                                 + "\n".join(f"• {p.message}" for p in problems) + "\n" + tail)
            self.warning.setVisible(True)
            self.ok_button.setText(self.tr("Ký") if self._blocked else self.tr("Vẫn ký"))
            self._warned = cert
        return problems

    def _chosen_certificate(self) -> tuple[Any, list[Any]] | None:
        if self.tabs.currentIndex() == 0:
            try:
                return read_p12_certificate(Path(self.p12_path.text().strip()), self.p12_password.text())
            except CertificateUnreadable as exc:
                self.error.setText(str(exc))
                return None
        item = self.objects.currentItem()
        cert = item.data(0, CERT_ROLE) if item is not None else None
        return (cert, self._token_certificates(item)) if item is not None and cert is not None \
            and not isinstance(cert, str) else None

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
            self.error.setText(self.tr("hãy chọn nhà cung cấp token (hoặc nhập thư viện PKCS#11 trong Chi tiết kỹ "
                                       "thuật)"))
            return None
        if not self.pin.text():
            self.error.setText(self.tr("hãy nhập mã PIN của token"))
            return None
        item = self.objects.currentItem()
        chosen = item.data(0, KEY_ROLE) if item is not None else None
        if not chosen:
            self.error.setText(self.tr("hãy bấm Đọc token và chọn một chứng thư số"))
            return None
        label, slot, key_id = chosen
        return SignerSpec("pkcs11", self.pin.text(), library=lib, token_label=label, slot_id=slot, key_id=key_id)

    def accept(self) -> None:
        if self.spec() is None:
            return
        if self._asks_folder and self.save_folder() is None:
            self.error.setText(self.tr("hãy chọn thư mục lưu gói hồ sơ"))
            return
        if self._asks_folder and self.timestamp.isChecked() and self.chosen_timestamp_url() is None:
            self.error.setText(self.tr("hãy nhập địa chỉ máy chủ dấu thời gian (bắt đầu bằng http:// hoặc "
                                       "https://), hoặc bỏ chọn «Kèm dấu thời gian»"))
            self.timestamp_url.setFocus()
            return
        if self._roots is not None:
            found = self._chosen_certificate()
            if found is None and self.tabs.currentIndex() == 0:
                return  # the password is wrong: said in the dialog, nothing signed
            if found is not None:
                cert, chain = found
                if self._warned != cert and self._warn_about(cert, chain):
                    return  # said once, in the dialog; pressing «Vẫn ký» now goes on
                if self._warned == cert and self._blocked:
                    self.error.setText(self.tr("chứng thư số này không ký được; hãy chọn chứng thư số khác"))
                    return
                # The clerk read the warning and went on: the export may sign with a self-signed test key.
                self.test_certificate_accepted = self._warned == cert
        super().accept()


def export_with_dialog(parent: QWidget, facade: PackagesFacade, dossier_id: int, out: Path | None = None,
                       checked: tuple[list[str], list[str]] | None = None) -> BackgroundTask | None:
    """Show why a dossier cannot go, or ask for the key and the folder and export in the background. Returns the
    running task (None when not started); when it ends, `task.result_box` is the message on screen. `checked` is
    `facade.export_problems(dossier_id)` already computed off the GUI thread (it renders every form); without it
    the check runs here."""
    problems, warnings = checked if checked is not None else facade.export_problems(dossier_id)
    if problems:
        QMessageBox.warning(parent, QCoreApplication.translate("SigningDialog", "Chưa xuất được hồ sơ"),
                            QCoreApplication.translate("SigningDialog", "Hồ sơ chưa xuất được vì:") + "\n" + "\n".join(f"• {p}" for p in problems))
        return None
    try:
        roots = facade.trust_roots()
    except ValueError as exc:  # a broken file in the data folder's trust/: say so, check against none
        roots, warnings = [], [*warnings, str(exc)]
    dialog = SigningDialog(parent, trust_roots=roots, save_folder=out or default_export_folder())
    if warnings:
        dialog.error.setText(QCoreApplication.translate("SigningDialog", "Lưu ý: %s") % "; ".join(warnings))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    spec = dialog.spec()
    target = dialog.save_folder()
    if spec is None or target is None:
        return None
    progress = QProgressDialog(QCoreApplication.translate("SigningDialog", "Đang ký và ghi gói hồ sơ…"), QCoreApplication.translate("SigningDialog", "Hủy"), 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    accepted = dialog.test_certificate_accepted
    tsa = dialog.chosen_timestamp_url()
    if tsa:
        settings().setValue(TSA_SETTING, tsa)  # the next export offers the same server
    task = BackgroundTask(lambda report, cancelled: facade.export(dossier_id, spec, target, progress=report,
                                                                  cancelled=cancelled,
                                                                  allow_test_certificate=accepted,
                                                                  timestamp_url=tsa))
    task.result_box = None  # type: ignore[attr-defined]

    def on_progress(label: str, fraction: float) -> None:
        progress.setLabelText(label)
        progress.setValue(int(fraction * 100))

    def done(result: Any) -> None:
        progress.close()
        folder = Path(result.path).parent
        settings().setValue(LAST_FOLDER, str(folder))
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("SigningDialog", "Đã xuất gói hồ sơ"),
                          QCoreApplication.translate("SigningDialog", "Đã ký bởi %s và lưu gói hồ sơ:\n%s\n\nGửi tệp này cho cấp trên.")
                          % (result.signer, result.path), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("exportDone")
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("SigningDialog", "Đóng"))
        open_folder = box.addButton(QCoreApplication.translate("SigningDialog", "Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.setDefaultButton(open_folder)
        task.result_box = box  # type: ignore[attr-defined]
        box.open()

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(parent, QCoreApplication.translate("SigningDialog", "Xuất gói không thành công"), message)

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    progress.canceled.connect(task.cancel)
    return task.start()
