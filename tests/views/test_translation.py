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
        assert signing.tabs.tabText(1) == "USB token" and signing.details.title() == "Technical details"
        from desktop.views.preview import PdfPreview

        preview = PdfPreview()
        qtbot.addWidget(preview)
        assert preview.action_zoom_in.text() == "Zoom in"  # its strings had no context and never translated
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


def _in_vietnamese(app: QApplication) -> list[QTranslator]:
    from desktop.app import _install_translations

    return _install_translations(app, "vi")


def _context_menu_of(qtbot, widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Right-click `widget` as the clerk does; the texts of the menu Qt pops up."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    target = widget.viewport() if hasattr(widget, "viewport") else widget
    centre = QPoint(target.width() // 2, target.height() // 2)
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                     target.mapToGlobal(centre)))
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return texts


def test_qt_own_strings_are_vietnamese_in_the_app(qtbot, tmp_path: Path) -> None:
    """Standard buttons, the line-edit and text-edit context menus and Qt's file dialog were English."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPlainTextEdit

    app = QApplication.instance()
    translators = _in_vietnamese(app)
    assert translators, "qtbase_vi.qm did not load"
    try:
        ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
        ws.fill_demo()
        w = MainWindow(ws)
        qtbot.addWidget(w)
        w.show()
        menu = _context_menu_of(qtbot, w.search)
        assert menu == ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"], menu
        note = QPlainTextEdit()
        qtbot.addWidget(note)
        note.show()
        assert "&Sao chép" in _context_menu_of(qtbot, note)
        # A question the window asks (Xóa hẳn in the bin): Qt's own Yes/No buttons.
        seen: dict[str, list[str]] = {}

        def answer() -> None:
            box = next((b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()),
                       None)
            if box is None:
                QTimer.singleShot(20, answer)
                return
            seen["box"] = [b.text() for b in box.buttons()]
            box.button(QMessageBox.StandardButton.No).click()

        w.act_bin.trigger()
        w.workspace.move_to_bin([1])
        w.reload()
        w.table.selectRow(0)
        QTimer.singleShot(0, answer)
        w.act_purge.trigger()
        assert sorted(seen["box"]) == ["&Có", "&Không"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert sorted(b.text() for b in buttons.buttons()) == ["Hủy", "Đồng ý"]
        # Qt's own file dialog (used where the system offers none): its labels and buttons.
        dialog = QFileDialog(w, "Mở gói hồ sơ")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        from PySide6.QtWidgets import QLabel

        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"Tìm &trong:", "&Tên tệp:", "&Loại tệp:"} <= labels, labels
        box = dialog.findChild(QDialogButtonBox)
        assert {"&Mở", "Hủy"} <= {b.text() for b in box.buttons()}
        dialog.reject()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_every_translatable_string_has_its_english(tmp_path: Path) -> None:
    """lupdate run as docs/workspace.md says finds no string the English file lacks: a label added without its
    translation would show Vietnamese in the English UI."""
    import re
    import shutil
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    ts = tmp_path / "hskt_en.ts"
    shutil.copy(resources_dir() / "translations" / "hskt_en.ts", ts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [*sorted(str(p) for p in (repo / "desktop" / "views").glob("*.py")), str(repo / "desktop" / "app.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    missing = re.findall(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text, re.S)
    assert missing == []
