"""The signing dialog and the inbox view with real files: what each choice yields, and what each mistake says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop.packaging.signers import TokenInfo
from desktop.services.certificate_check import certificate_problems
from desktop.services.packages_facade import PackagesFacade, open_signer
from desktop.views.inbox_view import InboxView
from desktop.views.signing_dialog import SigningDialog
from tests.e2e.builders import data_folder, set_own_unit
from tests.support.packages import make_package
from tests.support.pki import make_pki


def test_p12_choice_opens_the_key(qtbot: QtBot, tmp_path: Path) -> None:
    d = SigningDialog(presets=[("SoftHSM2 (thử nghiệm)", "/nonexistent/libsofthsm2.so")])
    qtbot.addWidget(d)
    assert d.spec() is None and d.error.text() == "hãy chọn tệp chữ ký số .p12/.pfx"
    p12 = make_pki().commune.write_p12(tmp_path / "c.p12", "mật khẩu")
    d.p12_path.setText(str(p12))
    d.p12_password.setText("mật khẩu")
    spec = d.spec()
    assert spec is not None and (spec.kind, spec.path) == ("p12", str(p12))
    assert "mật khẩu" not in repr(spec)  # the secret never shows in logs
    with open_signer(spec) as signer:
        assert signer.name == "Nguyễn Văn An"


def test_token_tab_explains_each_missing_step(qtbot: QtBot) -> None:
    d = SigningDialog(presets=[("VNPT-CA", "/nonexistent/vnpt.so")])
    qtbot.addWidget(d)
    d.tabs.setCurrentIndex(1)
    assert d.spec() is None and d.error.text().startswith("hãy chọn nhà cung cấp token")
    d.provider.setCurrentIndex(0)
    assert d.provider.currentText() == "VNPT-CA"  # the clerk picks the CA by name, not a driver file
    assert d.library_path() == "/nonexistent/vnpt.so"
    assert d.spec() is None and d.error.text() == "hãy nhập mã PIN của token"
    d.pin.setText("123456")
    assert d.spec() is None and "Đọc token" in d.error.text()
    d.list_objects()
    assert d.error.text().startswith("không tìm thấy thư viện PKCS#11 /nonexistent/vnpt.so")


def test_inbox_view_imports_off_thread_and_lists_verdicts(qtbot: QtBot, tmp_path: Path) -> None:
    pki = make_pki()
    store = data_folder(tmp_path / "district")
    set_own_unit(store, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du", signer_name="B")
    (store.paths.root / "trust").mkdir()
    pki.write_root(store.paths.root / "trust")
    from desktop.packaging.signers import Pkcs12Signer

    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        pkg = make_package(tmp_path / "pkg", s).path
    junk = tmp_path / "junk.asice"
    junk.write_bytes(b"PK\x03\x04 broken")
    view = InboxView(PackagesFacade(store))
    qtbot.addWidget(view)
    assert view.status.text().startswith("Hộp thư đến trống")
    task = view.import_files([pkg, junk])
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=30000)
    del task
    marks = sorted(view.table.item(i, 1).text() for i in range(2))
    assert marks == ["✔ Hợp lệ", "✘ Bị từ chối"]
    store.close()


def _token(pki: Any, logged_in: bool) -> list[TokenInfo]:
    from desktop.packaging.signers import TokenCertificate

    def cert(ident: Any, id_hex: str, has_key: bool) -> TokenCertificate:
        c = ident.cert
        return TokenCertificate(id_hex, "Certificate", c.subject.rfc4514_string(), c.issuer.rfc4514_string(),
                                c.not_valid_after_utc, has_key, c)

    return [TokenInfo(0, "SoftHSM slot", "HSKT Test Token", "SoftHSM project", "SoftHSM v2", "5e2f0a", logged_in,
                      (cert(pki.commune, "0a1b", True), cert(pki.expired, "0c3d", False)), ())]


def test_token_certificates_read_by_holder_and_ca_with_ids_under_technical_details(qtbot: QtBot) -> None:
    pki = make_pki()
    d = SigningDialog(presets=[("SoftHSM2 (thử nghiệm)", "/usr/lib/softhsm/libsofthsm2.so")],
                      trust_roots=[pki.root.cert])
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentIndex(1)
    d.provider.setCurrentIndex(0)
    d.show_tokens(_token(pki, logged_in=False))  # what list_token returns before the PIN: certificates only
    top = d.objects.topLevelItem(0)
    assert top.text(0) == "Token HSKT Test Token"
    rows = [[top.child(i).text(c) for c in range(3)] for i in range(top.childCount())]
    assert rows[0][:2] == ["Nguyễn Văn An", "Bộ Thử nghiệm"] and rows[1][:2] == ["Phạm Hết Hạn", "Bộ Thử nghiệm"]
    headers = [d.objects.headerItem().text(i) for i in range(d.objects.columnCount())]
    assert headers == ["Người được cấp", "Nhà cung cấp (CA)", "Hiệu lực đến"]
    visible = " ".join(w.text() for w in d.findChildren(QLabel) if w.isVisible())
    assert "CKA_ID" not in visible and "PKCS#11" not in visible and "libsofthsm2" not in visible
    assert not d.technical.isVisible()
    d.details.setChecked(True)  # the clerk (or the technician on the phone) opens Chi tiết kỹ thuật
    assert d.technical.isVisible()
    assert "0a1b" in d.technical.text() and d.library.currentText() == "/usr/lib/softhsm/libsofthsm2.so"
    assert d.library.isVisible()
    # The expired certificate is chosen: the warning shows before any PIN is typed.
    d.objects.setCurrentItem(top.child(1))
    assert d.warning.isVisible() and "đã hết hạn ngày" in d.warning.text()
    assert d.ok_button.text() == "Vẫn ký"


def test_a_self_signed_test_certificate_is_named_before_signing_and_the_clerk_may_go_on(qtbot: QtBot,
                                                                                      tmp_path: Path) -> None:
    pki = make_pki()
    d = SigningDialog(trust_roots=[pki.root.cert], save_folder=tmp_path)
    qtbot.addWidget(d)
    d.show()
    d.p12_path.setText(str(pki.root.write_p12(tmp_path / "tu-cap.p12", "pw")))  # a root is its own issuer
    d.p12_password.setText("sai")
    d.ok_button.click()
    assert d.isVisible() and "mật khẩu không đúng" in d.error.text()
    d.p12_password.setText("pw")
    d.ok_button.click()
    assert d.isVisible(), "a self-signed certificate must not be signed with at the first press"
    assert "tự cấp" in d.warning.text() and d.ok_button.text() == "Vẫn ký"
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()
    assert d.save_folder() == tmp_path


def test_a_good_certificate_signs_without_a_warning(qtbot: QtBot, tmp_path: Path) -> None:
    pki = make_pki()
    d = SigningDialog(trust_roots=[pki.root.cert], save_folder=tmp_path)
    qtbot.addWidget(d)
    d.show()
    d.p12_path.setText(str(pki.commune.write_p12(tmp_path / "c.p12", "pw")))
    d.p12_password.setText("pw")
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted and not d.warning.isVisible()


def test_certificate_problems_in_plain_words() -> None:
    pki = make_pki()
    now = datetime.now(UTC)
    roots = [pki.root.cert]
    assert certificate_problems(pki.commune.cert, now, roots=roots, intermediates=pki.commune.chain) == []
    assert len(certificate_problems(pki.commune.cert, now, roots=roots)) == 1  # the issuing CA is not at hand
    assert any("hết hạn" in p for p in certificate_problems(pki.expired.cert, now, roots=roots))
    assert any("chưa có hiệu lực" in p for p in certificate_problems(pki.not_yet_valid.cert, now, roots=roots))
    assert any("tự cấp" in p for p in certificate_problems(pki.root.cert, now, roots=roots))
    stranger = certificate_problems(pki.stranger.cert, now, roots=roots, intermediates=pki.stranger.chain)
    assert len(stranger) == 1 and "không do một tổ chức chứng thực" in stranger[0]


class _FolderOpener(QObject):
    """Stands in for the file manager: Qt hands it every file:// URL the app asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def _sign_when_shown(qtbot: QtBot, p12: Path, password: str, seen: dict[str, Any]) -> None:
    """The signing dialog runs its own modal loop: fill it, as the clerk does, once it is on screen."""
    def fill() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SigningDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        seen["folder"] = dialog.folder.text()
        seen["warning"] = dialog.warning.isVisible()
        dialog.tabs.setCurrentIndex(0)
        dialog.p12_path.setText(str(p12))
        dialog.p12_password.setText(password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["warning_after_ok"] = dialog.warning.text()
        if dialog.isVisible():  # the certificate had a warning: the clerk read it and goes on
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def test_export_from_the_editor_asks_the_folder_names_the_file_and_offers_to_open_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: Any) -> None:
    import re

    from desktop.services.workspace import Workspace
    from desktop.views.main_window import MainWindow
    from tests.e2e.builders import commune_store

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # Documents is the clerk's, under this home
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    pki = make_pki()
    store, dossier_id = commune_store(tmp_path / "commune")
    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    window.open_editor(dossier_id)
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        seen: dict[str, Any] = {}
        _sign_when_shown(qtbot, pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw", seen)
        button = window.editor.toolbar.widgetForAction(window.actions_out.act_export)
        assert button is not None and button.isVisible() and button.text() == "Ký số và xuất"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(window.actions_out._keep) and getattr(
            window.actions_out._keep[-1], "result_box", None) is not None, timeout=60000)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        assert seen["folder"] == documents and documents.startswith(str(tmp_path / "home"))  # the first time
        # The test CA is not a Vietnamese root bundled with HSKT: said before signing, and the clerk went on.
        assert "không do một tổ chức chứng thực chữ ký số được công nhận" in seen["warning_after_ok"]
        box = window.actions_out._keep[-1].result_box
        assert box.isVisible()
        packages = list(Path(documents).glob("*.asice"))
        assert len(packages) == 1
        assert re.fullmatch(r"HSKT_09154_\d{4}_[0-9A-HJKMNP-TV-Z]{26}_r\d+\.asice", packages[0].name)
        assert str(packages[0]) in box.text()
        open_folder = next(b for b in box.buttons() if b.text() == "Mở thư mục")
        qtbot.mouseClick(open_folder, Qt.MouseButton.LeftButton)
        assert opener.opened == [documents]
        from desktop.views.signing_dialog import default_export_folder

        assert default_export_folder() == Path(documents)  # the next export starts in the same folder
    finally:
        QDesktopServices.unsetUrlHandler("file")
        window.close()
        store.close()
