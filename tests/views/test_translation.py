"""Every user-visible string goes through Qt's translation system: the English .qm turns the UI English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
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
        assert menus[:3] == ["&Dossiers", "&Registry", "&Settings"] and "&Help" in menus
        assert w.act_new.text() == "New dossier"
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
