"""Opens every HSKT window and dialog the way the clerk does, over a demo data folder, on a 1366×720 screen (the
usable part of 1366×768 under the taskbar), and prints each one's geometry as JSON. Run in its own process so
QT_SCALE_FACTOR (125 %) and the screen size apply from the start:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=1.25 python -m tests.journeys.geometry_probe DIR
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _wait(app: QApplication, until: Callable[[], bool], seconds: float = 60) -> None:
    import time

    end = time.monotonic() + seconds
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("timed out")
        app.processEvents()
        time.sleep(0.01)


def main(folder: Path) -> int:
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("HSKT")
    app.setApplicationName("HSKT")
    from desktop.paths import data_paths
    from desktop.services.workspace import Workspace
    from desktop.store.lazy import LazyStore
    from desktop.views.main_window import MainWindow

    store = LazyStore(data_paths(folder / "data"), interactive=False)
    ws = Workspace(store)
    store.get()
    ws.fill_demo()
    window = MainWindow(ws)
    screen = app.primaryScreen()
    area = screen.availableGeometry()
    window.show_where_left()  # as desktop.app opens it
    app.processEvents()
    out: dict[str, Any] = {"area": _rect(area), "scale": screen.devicePixelRatio(), "windows": {}}

    def record(name: str, w: QWidget) -> None:
        w.show() if not w.isVisible() else None
        app.processEvents()
        parent = w.parentWidget().window() if w.parentWidget() is not None else None
        out["windows"][name] = {
            "frame": _rect(w.frameGeometry()),
            "min": [w.minimumSizeHint().width(), w.minimumSizeHint().height()],
            "parent": _rect(parent.frameGeometry()) if parent is not None else None,
        }
        w.close()
        app.processEvents()

    record("main", window)
    window.showMaximized()
    app.processEvents()
    window.open_editor(1)
    app.processEvents()
    bar = window.editor.toolbar
    out["editor_toolbar"] = {
        "export_visible": bar.widgetForAction(window.actions_out.act_export) is not None
        and bar.widgetForAction(window.actions_out.act_export).isVisible(),
    }
    window.show_list()
    window.table.selectRow(0)

    window.edit_profile()
    record("unit-profile", window.profile_dialog)
    window.create_dossier()
    record("new-dossier", window.new_dialog)
    window.open_editor(1)
    window.editor.add_nominee()
    record("add-nominee", window.editor.add_dialog)
    window.editor.record_return() if window.editor.act_returned.isEnabled() else None
    from desktop.views.return_dialog import ReturnDialog

    assert window.editor.state is not None
    record("return", ReturnDialog(window.editor.state, window))
    window.show_list()
    window.table.selectRow(0)

    from desktop.views.dossier_actions import PreviewDialog

    window.actions_out.act_preview.trigger()
    _wait(app, lambda: any(isinstance(d, PreviewDialog) for d in window.actions_out._keep))
    record("preview", next(d for d in window.actions_out._keep if isinstance(d, PreviewDialog)))

    from desktop.views.inbox_view import InboxView

    window.actions_out.act_inbox.trigger()
    app.processEvents()
    record("inbox", next(d for d in window.actions_out._keep if isinstance(d, QDialog) and d.findChild(InboxView)))

    from desktop.views.signing_dialog import SigningDialog

    record("signing", SigningDialog(window, presets=[]))

    from desktop.packaging.signers import Pkcs12Signer
    from desktop.views.package_viewer import ViewerWindow
    from desktop.views.return_note_dialog import ReturnNoteDialog
    from tests.support.packages import make_package
    from tests.support.pki import make_pki

    pki = make_pki()
    with Pkcs12Signer(pki.commune.write_p12(folder / "c.p12", "pw"), "pw") as signer:
        package = make_package(folder / "pkg", signer).path
    window.actions_out.view_package(str(package))
    viewer = [v for v in window.actions_out._keep if isinstance(v, ViewerWindow)][-1]
    _wait(app, lambda: viewer.viewer.view is not None)
    record("viewer", viewer)
    row = window.actions_out.facade.import_package(package)
    record("return-note", ReturnNoteDialog(window.actions_out.facade, row.id, row.file_name, parent=window))

    record("help", window.open_help())  # type: ignore[attr-defined]
    record("about", window.open_about())  # type: ignore[attr-defined]
    print(json.dumps(out))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
