"""The signing dialog and the inbox view with real files: what each choice yields, and what each mistake says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QPushButton

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


def _district_and_package(tmp_path: Path) -> tuple[Any, Any, Path]:
    """A district data folder that trusts the test CA, and a commune package signed under it."""
    from desktop.packaging.signers import Pkcs12Signer

    pki = make_pki()
    store = data_folder(tmp_path / "district")
    set_own_unit(store, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du", signer_name="B")
    (store.paths.root / "trust").mkdir()
    pki.write_root(store.paths.root / "trust")
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        pkg = make_package(tmp_path / "pkg", s).path
    return pki, store, pkg


def test_inbox_view_imports_off_thread_and_lists_verdicts(qtbot: QtBot, tmp_path: Path) -> None:
    _, store, pkg = _district_and_package(tmp_path)
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


def test_the_inbox_can_timestamp_what_it_receives(qtbot: QtBot, tmp_path: Path) -> None:
    """The clerk ticks «Lấy dấu thời gian khi nhận gói», types the server, receives a package: the status line says
    the timestamp was taken, and the next start offers the same server."""
    from PySide6.QtCore import QPoint, QSettings

    from desktop.views.signing_dialog import TSA_SETTING
    from desktop.views.window_geometry import settings
    from tests.support.tsa import tsa_server

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    pki, store, pkg = _district_and_package(tmp_path)
    view = InboxView(PackagesFacade(store))
    qtbot.addWidget(view)
    view.show()
    assert not view.timestamp_url.isEnabled()
    box = view.timestamp
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() and view.timestamp_url.isEnabled()
    with tsa_server(pki) as (url, answered):
        qtbot.keyClicks(view.timestamp_url, url)
        task = view.import_files([pkg])  # what «Nhận gói…» does with the files the clerk picked
        qtbot.waitUntil(lambda: view.table.rowCount() == 1 and "dấu thời gian" in view.status.text(), timeout=30000)
        del task
    assert answered
    assert view.status.text() == f"✔ {pkg.name}: Hợp lệ (Đã lấy dấu thời gian lúc nhận từ máy chủ {url})"
    assert settings().value(TSA_SETTING) == url
    again = InboxView(PackagesFacade(store))
    qtbot.addWidget(again)
    assert again.timestamp_url.text() == url
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
    # The expired certificate is chosen: the warning shows before any PIN is typed, and it cannot sign.
    d.objects.setCurrentItem(top.child(1))
    assert d.warning.isVisible() and "đã hết hạn ngày" in d.warning.text()
    assert "Hãy chọn chứng thư số khác." in d.warning.text() and d.ok_button.text() == "Ký"
    d.pin.setText("123456")
    d.ok_button.click()
    assert d.isVisible() and d.error.text() == "chứng thư số này không ký được; hãy chọn chứng thư số khác"


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
    assert "chứng thư tự ký" in d.warning.text() and d.ok_button.text() == "Vẫn ký"
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()
    assert d.test_certificate_accepted  # the export may now sign with this test key
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
    assert not d.test_certificate_accepted


def test_certificate_problems_follow_the_export_s_own_judgement() -> None:
    """The dialog asks packaging.judge (issue 14), so it warns about exactly what the export would refuse."""
    pki = make_pki()
    now = datetime.now(UTC)
    roots = [pki.root.cert]
    assert certificate_problems(pki.commune.cert, now, roots=roots, intermediates=pki.commune.chain) == []
    expired = certificate_problems(pki.expired.cert, now, roots=roots, intermediates=pki.expired.chain)
    assert [(p.code, p.blocking) for p in expired] == [("expired", True)]
    assert [p.code for p in certificate_problems(pki.not_yet_valid.cert, now, roots=roots)] == ["not-yet-valid"]
    assert [(p.code, p.blocking) for p in certificate_problems(pki.root.cert, now, roots=roots)] == \
        [("self-signed", False)]
    stranger = certificate_problems(pki.stranger.cert, now, roots=roots, intermediates=pki.stranger.chain)
    assert [(p.code, p.blocking) for p in stranger] == [("untrusted", False)]


def test_a_file_readable_without_password_is_checked_before_the_password(qtbot: QtBot, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    pki = make_pki()
    open_file = tmp_path / "khong-mat-khau.p12"
    open_file.write_bytes(pkcs12.serialize_key_and_certificates(b"x", pki.expired.key, pki.expired.cert,
                                                                pki.expired.chain, serialization.NoEncryption()))
    d = SigningDialog(trust_roots=[pki.root.cert], save_folder=tmp_path)
    qtbot.addWidget(d)
    d.show()

    def pick() -> None:  # the clerk picks the file in the file dialog «Chọn tệp…» opens
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, pick)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(open_file))
        QTest.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    browse = next(b for b in d.findChildren(QPushButton) if b.text() == "Chọn tệp…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert d.p12_path.text() == str(open_file) and not d.p12_password.text()
    assert d.warning.isVisible() and "đã hết hạn ngày" in d.warning.text()
    assert "CA gốc" not in d.warning.text()  # its issuing CA came with it in the file
