"""Screenshots of the workspace screens for docs/images (run: .venv/bin/python tools/screenshots_workspace.py).

Each main screen at 1366×768 and 1920×1080: the dossier list, the unit profile, the dossier editor on a nominee
and on a proposal's guided form with the issues panel, the registry, and the import result."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"
SIZES = ((1366, 768), (1920, 1080))


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> None:
    settle()
    widget.grab().save(str(OUT / f"screen-{name}-{size[0]}x{size[1]}.png"))


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(open_store(data_paths(Path(tmp) / "demo").ensure()))
        ws.fill_demo()
        w = MainWindow(ws)
        w.show()
        for size in SIZES:
            w.resize(*size)
            w.show_list()
            shoot(w, "list", size)
            w.edit_profile()
            dlg = w.profile_dialog
            shoot(dlg, "unit-profile", size)
            dlg.reject()
            dossier = ws.list_dossiers()[-1].id
            w.open_editor(dossier)
            ed = w.editor
            st = ed.state
            assert st is not None
            cstd = next(p for p in st.proposals if p.award == "cstd-co-so")
            ed._select(("nominee", cstd.nominee_ref))
            shoot(w, "editor-nominee", size)
            ed._select(("proposal", cstd.id))
            shoot(w, "editor-proposal", size)
            ed._select(("dossier", None))
            shoot(w, "editor-dossier", size)
            ed.close_editor()
            w.show_registry()
            shoot(w, "registry", size)
            w.show_list()
        w.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
