"""Journeys through the way out of the commune, on the real main window with a clerk's clicks: print preview,
sign and export, the reviewer's viewer, and the help. Each was a bug in issue 10's "Why":
- after a zoom change "Trang 5/8" showed page 4 (or 3), and the thumbnails another page;
- "Ký số và xuất" hid behind the toolbar's » at 1366 px, the export never asked where to save nor offered to open the
  folder, and a self-signed or foreign certificate was accepted without a word;
- the viewer said ASiC-E, CAdES, PAdES, "lược đồ hskt-dossier/1" and "(CHAIN_CO…"; the token list showed CKA_ID;
- a help page showed "[M: cần đối chiếu văn bản]".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolBar

from desktop.services.workspace import Workspace
from desktop.views.main_window import MainWindow
from desktop.views.signing_dialog import SigningDialog
from tests.support.pki import make_pki


def _click(qtbot: QtBot, widget: Any) -> None:
    assert widget is not None and widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_preview_counter_thumbnails_and_page_agree_after_zooming(qtbot: QtBot, demo_window: MainWindow) -> None:
    from desktop.views.dossier_actions import PreviewDialog

    demo_window.table.selectRow(demo_window.model.row_of(1))
    demo_window.actions_out.act_preview.trigger()  # Hồ sơ › Xem bản in… (Ctrl+P)
    qtbot.waitUntil(lambda: any(isinstance(d, PreviewDialog) and d.isVisible() for d in demo_window.actions_out._keep),
                    timeout=60000)
    dialog = next(d for d in demo_window.actions_out._keep if isinstance(d, PreviewDialog))
    preview = dialog.preview
    total = preview.page_count()
    assert total >= 8
    fifth = preview.thumbnails.item(4)
    preview.thumbnails.scrollToItem(fifth)
    qtbot.mouseClick(preview.thumbnails.viewport(), Qt.MouseButton.LeftButton,
                     pos=preview.thumbnails.visualItemRect(fifth).center())
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Trang 5/{total}")
    bar = preview.findChild(QToolBar)
    for action in (preview.action_zoom_in, preview.action_zoom_in, preview.action_fit_page, preview.action_zoom_out):
        _click(qtbot, bar.widgetForAction(action))
        qtbot.wait(50)
        assert preview.page_label.text() == f"Trang 5/{total}", action.text()
        assert preview.view.pageNavigator().currentPage() == 4, action.text()
        assert preview.thumbnails.currentRow() == 4, action.text()
    dialog.reject()


def test_the_viewer_speaks_plainly(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.views.package_viewer import ViewerWindow
    from tests.support.packages import make_package

    pki = make_pki()
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as signer:
        package = make_package(tmp_path / "pkg", signer).path
    demo_window.actions_out.view_package(str(package))
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ViewerWindow) and w.isVisible())
    qtbot.waitUntil(lambda: viewer.viewer.view is not None, timeout=30000)
    tree = viewer.viewer.checks
    shown = [tree.topLevelItem(i).text(c) for i in range(tree.topLevelItemCount()) for c in (1, 2)]
    shown.append(viewer.viewer.verdict.text())
    text = "\n".join(shown)
    assert "Chữ ký số của gói" in text and "Chữ ký trên từng văn bản" in text
    for jargon in ("ASiC", "CAdES", "PAdES", "lược đồ", "hskt-dossier/1", "CHAIN_", "p7s", "META-INF"):
        assert jargon not in text, jargon
    viewer.close()


def test_help_confidence_tags_are_sentences(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.open_help("lap-ho-so")  # type: ignore[attr-defined]
    text = demo_window._help_state["help"].browser.toPlainText()  # type: ignore[attr-defined]
    assert "Quy định này cần đối chiếu với văn bản gốc." in text
    assert not re.search(r"\[(V|M|L)[\]:]", text)
    demo_window._help_state["help"].close()  # type: ignore[attr-defined]


def _sign_when_shown(qtbot: QtBot, p12: Path, password: str, seen: dict[str, Any], tsa: str | None = None) -> None:
    """The signing dialog runs its own modal loop: fill it, as the clerk does, once it is on screen. With `tsa`,
    the clerk ticks «Kèm dấu thời gian», tries to sign without an address, then types it."""
    def fill() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SigningDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed step ends the dialog's modal loop: the test fails instead of hanging
            raise

    def act(dialog: SigningDialog) -> None:
        seen["folder"] = dialog.folder.text()
        seen["warning"] = dialog.warning.isVisible()
        dialog.tabs.setCurrentIndex(0)
        dialog.p12_path.setText(str(p12))
        dialog.p12_password.setText(password)
        if tsa is not None:
            assert not dialog.timestamp_url.isEnabled()
            box = dialog.timestamp  # on its tick box, where the clerk clicks
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            assert dialog.timestamp.isChecked() and dialog.timestamp_url.isEnabled()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            seen["tsa_error"] = dialog.error.text()
            seen["tsa_focus"] = dialog.focusWidget() is dialog.timestamp_url  # where the clerk types next
            qtbot.keyClicks(dialog.timestamp_url, tsa)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["warning_after_ok"] = dialog.warning.text()
        if dialog.isVisible():  # the certificate had a warning: the clerk read it and goes on
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def _commune_editor(qtbot: QtBot, tmp_path: Path, monkeypatch: Any) -> tuple[MainWindow, Any]:
    """The complete commune dossier open in the editor at 1366×720, with a home and settings of this test's own."""
    from tests.e2e.builders import commune_store

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # Documents is the clerk's, under this home
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    store, dossier_id = commune_store(tmp_path / "commune")
    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    window.open_editor(dossier_id)
    return window, store


def test_export_from_the_editor_asks_the_folder_names_the_file_and_offers_to_open_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: Any, opened_urls: Any) -> None:
    window, store = _commune_editor(qtbot, tmp_path, monkeypatch)
    pki = make_pki()
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
        assert "không chuỗi tới CA gốc Việt Nam nào" in seen["warning_after_ok"]
        box = window.actions_out._keep[-1].result_box
        assert box.isVisible()
        packages = list(Path(documents).glob("*.asice"))
        assert len(packages) == 1
        assert re.fullmatch(r"HSKT_09154_\d{4}_[0-9A-HJKMNP-TV-Z]{26}_r\d+\.asice", packages[0].name)
        assert str(packages[0]) in box.text()
        open_folder = next(b for b in box.buttons() if b.text() == "Mở thư mục")
        qtbot.mouseClick(open_folder, Qt.MouseButton.LeftButton)
        assert [u.toLocalFile() for u in opened_urls.urls] == [documents]
        from desktop.views.signing_dialog import default_export_folder

        assert default_export_folder() == Path(documents)  # the next export starts in the same folder
    finally:
        window.close()
        store.close()


def test_export_with_a_timestamp_from_the_signing_dialog(qtbot: QtBot, tmp_path: Path, monkeypatch: Any,
                                                         opened_urls: Any) -> None:
    """«Kèm dấu thời gian»: without an address the dialog says what is missing and stays open; with the address of
    a time-stamping server the package's signatures carry its token, and the next export offers the same server."""
    from desktop.packaging.verify import verify_package
    from desktop.views.signing_dialog import TSA_SETTING
    from desktop.views.window_geometry import settings
    from tests.support.tsa import tsa_server

    window, store = _commune_editor(qtbot, tmp_path, monkeypatch)
    pki = make_pki()
    try:
        with tsa_server(pki) as (url, answered):
            seen: dict[str, Any] = {}
            _sign_when_shown(qtbot, pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw", seen, tsa=url)
            qtbot.mouseClick(window.editor.toolbar.widgetForAction(window.actions_out.act_export),
                             Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(window.actions_out._keep) and getattr(
                window.actions_out._keep[-1], "result_box", None) is not None, timeout=60000)
        assert "hãy nhập địa chỉ máy chủ dấu thời gian" in seen["tsa_error"] and seen["tsa_focus"]
        assert answered
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        package = next(Path(documents).glob("*.asice"))
        assert str(package) in window.actions_out._keep[-1].result_box.text()
        report = verify_package(package, [pki.root.cert])
        assert report.ok and report.signer is not None and report.signer.evidence is not None
        assert report.signer.evidence.kind == "timestamp"
        assert settings().value(TSA_SETTING) == url
    finally:
        window.close()
        store.close()
