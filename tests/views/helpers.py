"""Typing Vietnamese into widgets with real key events (qtbot.keyClicks cannot carry non-Latin-1 text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()


def make_pdf(path: Path, pages: int = 1, text: str = "") -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"{text} {i + 1}")
        c.showPage()
    c.save()
    return path


def open_main_window(qtbot, paths):  # type: ignore[no-untyped-def]
    """The real main window on a data folder, at the clerk's usual 1366×768, active, with the keyboard."""
    from desktop.services.workspace import Workspace
    from desktop.store.database import open_store
    from desktop.views.main_window import MainWindow

    ws = Workspace(open_store(paths))
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w, ws
