"""Phiếu trả lại from the inbox, end to end on real parts: a commune exports a real signed package, the district
receives it in its inbox, the clerk writes two comments through the dialog's widgets, signs with a real PKCS#12 key in
the real signing dialog, and the commune imports the note: each comment lands on the right nominee and field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.packaging.returns import read_return_note
from desktop.packaging.signers import Pkcs12Signer
from desktop.services import exporting
from desktop.services.packages_facade import PackagesFacade
from desktop.store.database import Store
from desktop.views.inbox_view import InboxView
from desktop.views.return_note_dialog import ReturnNoteDialog
from desktop.views.signing_dialog import SigningDialog
from tests.e2e.builders import commune_store, data_folder, set_own_unit
from tests.support.packages import make_package
from tests.support.pki import TestPKI, make_pki


@dataclass
class Chain:
    pki: TestPKI
    commune: Store
    dossier_id: int
    package: Path  # the commune's exported package
    district: Store
    p12: Path  # the district's key, password "mật khẩu"
    folder: Path


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture
def chain(tmp_path: Path, pki: TestPKI) -> Iterator[Chain]:
    commune, dossier_id = commune_store(tmp_path / "commune")
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        package = exporting.export_dossier(commune, dossier_id, s, tmp_path / "out").path
    district = data_folder(tmp_path / "district")
    set_own_unit(district, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du",
                 signer_name="Trần Thị Bình")
    for store in (commune, district):  # each side trusts the test CA the way a clerk adds it: trust/ in the data
        (store.paths.root / "trust").mkdir()
        pki.write_root(store.paths.root / "trust")
    p12 = pki.district.write_p12(tmp_path / "huyen.p12", "mật khẩu")
    yield Chain(pki, commune, dossier_id, package, district, p12, tmp_path)
    commune.close()
    district.close()


def _inbox(qtbot: QtBot, facade: PackagesFacade, packages: list[Path]) -> InboxView:
    view = InboxView(facade)
    qtbot.addWidget(view)
    view.import_files(packages)
    qtbot.waitUntil(lambda: view.table.rowCount() == len(packages), timeout=30000)
    return view


def _select_row(view: InboxView, file_name: str) -> None:
    for r in range(view.table.rowCount()):
        if view.table.item(r, 6).text() == file_name:
            view.table.selectRow(r)
            return
    raise AssertionError(file_name)


def _choose(dialog: ReturnNoteDialog, nominee_id: str | None, field: str | None, comment: str) -> None:
    """What the clerk does for one remark: pick the nominee, the field, write the comment, press Thêm ý kiến."""
    rows = [dialog.nominees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.nominees.count())]
    dialog.nominees.setCurrentRow(rows.index(nominee_id))
    dialog.field.setCurrentIndex(dialog.field.findData(field))
    dialog.comment.setPlainText(comment)
    dialog.add_button.click()


def _sign_in_real_dialog(dialog: ReturnNoteDialog, p12: Path, password: str) -> None:
    """Fill the real SigningDialog once it is up (it runs its own modal loop), then press Ký."""
    def fill() -> None:
        signer = dialog.findChild(SigningDialog, "returnNoteSigner")
        if signer is None or not signer.isVisible():
            QTimer.singleShot(20, fill)
            return
        signer.tabs.setCurrentIndex(0)
        signer.p12_path.setText(str(p12))
        signer.p12_password.setText(password)
        ok = signer.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Ký"
        ok.click()

    QTimer.singleShot(0, fill)
    dialog.sign_button.click()


def test_note_written_from_the_inbox_reaches_the_sender_pinned_to_fields(qtbot: QtBot, chain: Chain) -> None:
    district = PackagesFacade(chain.district)
    view = _inbox(qtbot, district, [chain.package])
    assert view.table.item(0, 1).text() == "✔ Hợp lệ"
    assert not view.return_button.isEnabled()  # nothing selected yet
    _select_row(view, chain.package.name)
    assert view.return_button.isEnabled() and view.return_button.text() == "Trả lại…"
    view.return_button.click()
    [dialog] = view._dialogs
    assert isinstance(dialog, ReturnNoteDialog) and dialog.isVisible()

    nominees = {dialog.nominees.item(i).data(Qt.ItemDataRole.UserRole): dialog.nominees.item(i).text()
                for i in range(dialog.nominees.count())}
    assert nominees[None] == "Cả hồ sơ"
    assert {"p01", "p08"} <= set(nominees)
    assert dialog.field.findData("national_id") > 0 and dialog.field.findData("form.achievements") > 0
    assert dialog.field.itemText(dialog.field.findData("national_id")) == "Số định danh cá nhân (CCCD)"

    _choose(dialog, "p01", "national_id", "Số CCCD không khớp với ngày sinh, đề nghị kiểm tra lại")
    _choose(dialog, "p08", "form.achievements", "Bổ sung số liệu thành tích năm 2025")
    _choose(dialog, None, None, "Tạm ghi nhầm")  # added by mistake, then removed
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(1, c).text() for c in (1, 2)] == [
        dialog.field.itemText(dialog.field.findData("form.achievements")), "Bổ sung số liệu thành tích năm 2025"]
    dialog.table.selectRow(2)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 2 and len(dialog.items()) == 2
    dialog.general.setPlainText("Đề nghị sửa và gửi lại trước ngày 28/02/2026")

    with qtbot.waitSignal(dialog.written, timeout=60000) as written:
        _sign_in_real_dialog(dialog, chain.p12, "mật khẩu")
    path = Path(written.args[0])
    assert path.parent == district.exports_dir and path.name.startswith("HSKT_TRALAI_256_")
    assert str(path) in dialog.result_box.text()
    assert view.status.text() == f"Đã ghi phiếu trả lại: {path}"
    dialog.result_box.buttons()[-1].click()  # Đóng: the note is written, the form closes
    assert not dialog.isVisible()

    # The note as a file: signed by the district, for this package, with exactly the two items and the comment.
    note, report = read_return_note(path, [chain.pki.root.cert])
    assert report.ok and note is not None
    assert note.package == chain.package.name and note.from_unit == "UBND huyện Tiên Du"
    assert [(i.nominee_id, i.field, i.comment) for i in note.items] == [
        ("p01", "national_id", "Số CCCD không khớp với ngày sinh, đề nghị kiểm tra lại"),
        ("p08", "form.achievements", "Bổ sung số liệu thành tích năm 2025")]

    # The sender imports it: each comment pinned to its nominee and field, on a new editable revision.
    got = PackagesFacade(chain.commune).import_return_note(path)
    assert (got.dossier_id, got.revision) == (chain.dossier_id, 2)
    assert [(c["nominee_id"], c["field"], c["comment"]) for c in got.comments] == [
        ("p01", "national_id", "Số CCCD không khớp với ngày sinh, đề nghị kiểm tra lại"),
        ("p08", "form.achievements", "Bổ sung số liệu thành tích năm 2025"),
        (None, None, "Đề nghị sửa và gửi lại trước ngày 28/02/2026")]
    assert all(c["from_unit"] == "UBND huyện Tiên Du" for c in got.comments)


def test_nothing_to_say_is_refused_and_a_wrong_password_is_explained(qtbot: QtBot, chain: Chain,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    district = PackagesFacade(chain.district)
    view = _inbox(qtbot, district, [chain.package])
    _select_row(view, chain.package.name)
    dialog = view.return_selected()
    assert dialog is not None
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warned.append((title, text)))
    asked: list[bool] = []
    monkeypatch.setattr(ReturnNoteDialog, "ask_signer", lambda self: asked.append(True))

    assert dialog.sign() is None
    assert warned[-1][0] == "Chưa ký được phiếu trả lại"
    assert warned[-1][1].startswith("Phiếu trả lại chưa có ý kiến nào.") and "«Thêm ý kiến»" in warned[-1][1]
    assert dialog.error.text() == warned[-1][1] and not asked  # refused before asking for the key

    dialog.comment.setPlainText("Thiếu biên bản họp")  # typed but never added: the clerk is told, nothing lost
    assert dialog.sign() is None and "chưa được đưa vào phiếu" in warned[-1][1] and not asked
    dialog.add_button.click()
    assert dialog.items() == [{"nominee_id": "p01", "field": None, "comment": "Thiếu biên bản họp"}]

    monkeypatch.undo()  # the real signing dialog from here on
    with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
        _sign_in_real_dialog(dialog, chain.p12, "sai mật khẩu")
    assert failed.args[0]
    assert dialog.error.text().startswith("Chưa ghi được phiếu trả lại:") and dialog.sign_button.isEnabled()
    assert not list(district.exports_dir.glob("HSKT_TRALAI_*"))


def test_free_text_field_is_kept_and_known_labels_map_to_keys(qtbot: QtBot, chain: Chain) -> None:
    dialog = ReturnNoteDialog(PackagesFacade(chain.district), _inbox(qtbot, PackagesFacade(chain.district),
                                                                     [chain.package])._rows.popitem()[0])
    qtbot.addWidget(dialog)
    dialog.field.setEditText(dialog.field.itemText(dialog.field.findData("birth_date")))
    assert dialog.field_key() == "birth_date"
    dialog.field.setEditText("Giấy chứng nhận sáng kiến")
    assert dialog.field_key() == "Giấy chứng nhận sáng kiến"
    dialog.field.setEditText("")
    assert dialog.field_key() is None


def test_rejected_packages_cannot_be_returned(qtbot: QtBot, chain: Chain, pki: TestPKI) -> None:
    with Pkcs12Signer(pki.commune.write_p12(chain.folder / "c2.p12", "pw"), "pw") as s:
        good = make_package(chain.folder / "pkg", s).path
    data = bytearray(good.read_bytes())
    data[data.index(b"Nguy")] ^= 0x01  # a byte inside dossier.json: the package is no longer what was signed
    bad = chain.folder / "HSKT_27115_2025_01BADBADBAD_r1.asice"
    bad.write_bytes(bytes(data))
    view = _inbox(qtbot, PackagesFacade(chain.district), [good, bad])
    _select_row(view, bad.name)
    assert not view.return_button.isEnabled()
    assert "bị từ chối" in view.return_button.toolTip()
    _select_row(view, good.name)
    assert view.return_button.isEnabled()
    dialog = view.return_selected()
    assert dialog is not None
    assert [dialog.nominees.item(i).text() for i in range(dialog.nominees.count())] == [
        "Cả hồ sơ", "Nguyễn Thị Hoa (p1)"]
    dialog.reject()
