"""Every user-visible string goes through Qt's translation system: the English .qm turns the UI English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import data_paths, resources_dir
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import MainWindow


def test_english_ui_shows_english_labels(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "hskt_en.qm"))
    app.installTranslator(translator)
    try:
        ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
        ws.fill_demo()
        w = MainWindow(ws)
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:3] == ["&Dossiers", "&Registry", "&Settings"] and menus.count("&Help") == 1
        assert w.act_new.text() == "New dossier"
        headers = [w.model.headerData(i, Qt.Orientation.Horizontal) for i in range(w.model.columnCount())]
        assert headers[:3] == ["No.", "Dossier", "Review round"]
        w.open_editor(ws.list_dossiers()[0].id)
        assert w.editor.act_add.text() == "Add nominee"
        assert "proposals qualify" in w.editor.issues.summary.text()
    finally:
        app.removeTranslator(translator)


def test_vietnamese_is_the_source_language(qtbot, tmp_path: Path) -> None:
    ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
    w = MainWindow(ws)
    qtbot.addWidget(w)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:3] == ["&Hồ sơ", "&Sổ đối tượng", "&Cài đặt"] and "&Trợ giúp" in menus


def test_english_ui_covers_the_package_views(qtbot, tmp_path: Path) -> None:
    """One string from each package view (signing dialog, inbox, viewer, return-note form) turns English."""
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.services.packages_facade import PackagesFacade
    from desktop.views.inbox_view import InboxView
    from desktop.views.package_viewer import PackageViewer
    from desktop.views.return_note_dialog import ReturnNoteDialog
    from desktop.views.signing_dialog import SigningDialog
    from tests.support.packages import make_package
    from tests.support.pki import make_pki

    pki = make_pki()
    store = open_store(data_paths(tmp_path / "d").ensure())
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as signer:
        package = make_package(tmp_path / "pkg", signer).path
    facade = PackagesFacade(store)
    row = facade.import_package(package)
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "hskt_en.qm"))
    app.installTranslator(translator)
    try:
        signing = SigningDialog(presets=[])
        qtbot.addWidget(signing)
        assert signing.windowTitle() == "Choose a digital signature"
        assert signing.spec() is None and signing.error.text() == "choose a .p12/.pfx signature file"
        inbox = InboxView(facade)
        qtbot.addWidget(inbox)
        assert inbox.return_button.text() == "Return…"
        assert inbox.table.horizontalHeaderItem(2).text() == "Sending unit"
        viewer = PackageViewer([])
        qtbot.addWidget(viewer)
        assert viewer.verdict.text() == "No package open" and viewer.tabs.tabText(0) == "Checks and signatures"
        note = ReturnNoteDialog(facade, row.id, row.file_name)
        qtbot.addWidget(note)
        assert note.sign_button.text() == "Sign and write note…" and note.nominees.item(0).text() == "Whole dossier"
        assert note.field.itemText(note.field.findData("national_id")) == "Personal ID number (CCCD)"
    finally:
        app.removeTranslator(translator)
        store.close()
