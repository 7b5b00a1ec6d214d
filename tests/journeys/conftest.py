"""Journeys: the real MainWindow on a real data folder, driven by keys and clicks (tests/journeys/clerk.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths, data_paths
from desktop.services.workspace import Workspace
from desktop.views.main_window import MainWindow
from tests.desktop_urls import opened_urls
from tests.journeys.clerk import Clerk
from tests.views.helpers import open_main_window

__all__ = ["opened_urls"]


@pytest.fixture
def folder(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "data").ensure()


@pytest.fixture
def open_app(qtbot) -> Callable[[DataPaths], tuple[MainWindow, Workspace, Clerk]]:
    """A window at the clerk's usual 1366×768, active, with the keyboard."""

    def open_(paths: DataPaths) -> tuple[MainWindow, Workspace, Clerk]:
        w, ws = open_main_window(qtbot, paths)
        return w, ws, Clerk(qtbot, w)

    return open_


@pytest.fixture
def demo_window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window over a fresh demo data folder (two dossiers), at the 1366×720 a laptop's taskbar leaves."""
    import tempfile

    from desktop.store.lazy import LazyStore

    store = LazyStore(data_paths(Path(tempfile.mkdtemp(prefix="hskt-demo-")) / "data"), interactive=False)
    ws = Workspace(store)
    store.get()
    ws.fill_demo()
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.resize(1366, 720)
    w.show()
    yield w
    w.close()
    store.close()
