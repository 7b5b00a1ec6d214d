""""Xuất bản Word…" in the Hồ sơ menu, with a dossier open in the editor: it writes each nominee's report as DOCX into
the folder the clerk picks, and the status bar says how many."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import EDITOR_PAGE, MainWindow


def test_export_word_button_writes_the_reports(qtbot, tmp_path: Path, monkeypatch) -> None:
    ws = Workspace(open_store(data_paths(tmp_path / "data").ensure()))
    ws.fill_demo()
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    row = ws.list_dossiers()[0]
    w.open_editor(row.id)
    assert w.pages.currentIndex() == EDITOR_PAGE
    out = tmp_path / "word"
    out.mkdir()
    asked: list[str] = []

    def pick(parent, caption: str, *args, **kwargs) -> str:  # the clerk picks a folder in the system dialog
        asked.append(caption)
        return str(out)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    # The clerk clicks "Hồ sơ" in the menu bar, then "Xuất bản Word…" in it.
    bar = w.menuBar()
    menu = next(m for m in bar.findChildren(QMenu) if m.title() == "&Hồ sơ")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = next(a for a in menu.actions() if a.text() == "Xuất bản Word…")
    assert action.isEnabled()
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: any(out.rglob("*.docx")), timeout=10000)
    files = sorted(out.rglob("*.docx"))
    snapshot = ws.snapshot(row.id)
    assert asked == ["Chọn thư mục lưu bản Word"]
    assert len(files) == len({p.nominee_id for p in snapshot.proposals})
    assert w.statusBar().currentMessage() == f"Đã xuất {len(files)} bản Word vào {out}"
    first = Document(str(files[0]))
    assert any("BÁO CÁO THÀNH TÍCH" in p.text for p in first.paragraphs)
    QApplication.processEvents()
