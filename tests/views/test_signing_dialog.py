"""The signing dialog and the inbox view with real files: what each choice yields, and what each mistake says."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

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
    assert d.spec() is None and "thư viện PKCS#11" in d.error.text()
    d.library.setCurrentIndex(0)
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
