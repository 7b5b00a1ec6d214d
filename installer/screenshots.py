"""Screenshots of the help window and the About dialog for docs/images (help-*.png, about-*.png).

    .venv/bin/python installer/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.paths import DataPaths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.about_dialog import AboutDialog
from desktop.views.help_window import HelpWindow, current_ruleset

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    widget.show()
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    rs = current_ruleset()
    host = QMainWindow()
    help_window = HelpWindow(rs, host)
    help_window.resize(1280, 800)
    for topic, name in (("kiem-tra-tieu-chuan", "help-kiem-tra"), ("hoi-dap", "help-hoi-dap"),
                        ("bo-quy-tac", "help-bo-quy-tac")):
        help_window.show_topic(topic)
        print(shoot(help_window, name))
    help_window.search.setText("sang kien")
    help_window._run_search()
    print(shoot(help_window, "help-tim-kiem"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "HSKT")
        store = open_store(paths)
        Workspace(store).fill_demo()
        about = AboutDialog(paths.root, rs, host)
        about.backup()
        print(shoot(about, "about"))
        store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
