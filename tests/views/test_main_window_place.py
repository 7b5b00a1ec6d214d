"""The main window opens where the clerk left it: size, place and maximised state survive a restart; the first start
fills a laptop's screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import MainWindow

_stores: dict[int, Any] = {}  # window id -> its store, closed with it


def _start(qtbot: Any, folder: Any) -> MainWindow:
    store = open_store(data_paths(folder))
    w = MainWindow(Workspace(store))
    _stores[id(w)] = store
    qtbot.addWidget(w)
    w.show_where_left()
    qtbot.waitExposed(w)
    return w


def _stop(w: MainWindow) -> None:
    w.close()  # closeEvent, as the clerk's ✕ or Hồ sơ › Thoát
    QApplication.processEvents()
    _stores.pop(id(w)).close()


def test_the_window_comes_back_as_the_clerk_left_it(qtbot: Any, tmp_path: Any) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    area = QApplication.primaryScreen().availableGeometry()
    assert area.width() <= 1440  # the offscreen screen is a small one, like the clerk's laptop

    w = _start(qtbot, tmp_path / "data")
    assert w.isMaximized() or w.geometry() == area  # first start: all of a small screen
    w.showNormal()
    w.setGeometry(area.x() + 40, area.y() + 30, 640, 480)
    QApplication.processEvents()
    _stop(w)

    w = _start(qtbot, tmp_path / "data")
    assert not w.isMaximized()
    assert (w.width(), w.height()) == (640, 480)
    w.showMaximized()
    QApplication.processEvents()
    _stop(w)

    w = _start(qtbot, tmp_path / "data")
    assert w.isMaximized()
    _stop(w)
