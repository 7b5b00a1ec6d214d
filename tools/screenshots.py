"""Screenshots of the main screens for docs/images (run: .venv/bin/python tools/screenshots.py)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"


def shoot(window: MainWindow, name: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(str(OUT / f"{name}-{size[0]}x{size[1]}.png"))


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Workspace(open_store(data_paths(Path(tmp) / "empty")))
        w = MainWindow(empty)
        for size in ((1366, 768), (1920, 1080)):
            shoot(w, "main-empty", size)
        w.close()
        ws = Workspace(open_store(data_paths(Path(tmp) / "demo")))
        ws.fill_demo()
        w = MainWindow(ws)
        for size in ((1366, 768), (1920, 1080)):
            shoot(w, "main-list", size)
        w.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
