"""Journey tests drive the real MainWindow as a clerk does (clicks and keys on visible widgets) and assert what is on
screen after each step. Shared here: a window over a fresh demo data folder, sized as on the clerk's 1366 px laptop.
A Qt warning fails a journey (mark the module with `JOURNEY_MARKS`); the offscreen platform's own notices do not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.lazy import LazyStore
from desktop.views.main_window import MainWindow

JOURNEY_MARKS = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window over the demo data (two dossiers), 1366×720, shown."""
    store = LazyStore(data_paths(tmp_path / "data"), interactive=False)
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
