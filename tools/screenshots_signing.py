"""Screenshots of the way out for docs/images (run: .venv/bin/python tools/screenshots_signing.py): the editor's
toolbar with "Ký số và xuất", the print preview, the signing dialog warning about a certificate, and the viewer,
on a 1366×768 screen whose taskbar leaves 1366×720 for windows."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

_SCREEN = Path(tempfile.mkdtemp(prefix="hskt-shots-")) / "screen.json"
_SCREEN.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 720,
                                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("XDG_CONFIG_HOME", str(_SCREEN.parent / "config"))  # remembered sizes stay out of it

from PySide6.QtWidgets import QApplication, QToolBar, QWidget  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
OUT = Path(__file__).resolve().parent.parent / "docs" / "images"


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def main() -> int:
    app = QApplication.instance() or QApplication([])
    from desktop.app import _install_translations
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.paths import data_paths
    from desktop.services.packages_facade import inspect_package
    from desktop.services.workspace import Workspace
    from desktop.store.database import open_store
    from desktop.views.dossier_actions import PreviewDialog
    from desktop.views.main_window import MainWindow
    from desktop.views.package_viewer import ViewerWindow
    from desktop.views.signing_dialog import SigningDialog
    from tests.support.packages import make_package
    from tests.support.pki import make_pki

    _install_translations(app, "vi")
    work = Path(tempfile.mkdtemp(prefix="hskt-shots-"))
    store = open_store(data_paths(work / "data").ensure())
    ws = Workspace(store)
    ws.fill_demo()
    window = MainWindow(ws)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.open_editor(1)
    shoot(window, "screen-editor-toolbar-1366x768")

    preview = PreviewDialog(ws.printout(1).pdf, ws.rows(frozenset({1}))[0].title, (), window)
    preview.show()
    settle()
    preview.preview.thumbnails.setCurrentRow(4)
    settle()
    bar = preview.preview.findChild(QToolBar)
    bar.widgetForAction(preview.preview.action_zoom_in).click()
    from PySide6.QtTest import QTest

    QTest.qWait(1500)  # the view renders its pages on a worker thread
    shoot(preview, "screen-preview-1366x768")
    preview.close()

    pki = make_pki()
    signing = SigningDialog(window, trust_roots=[pki.root.cert], save_folder=Path.home() / "Documents")
    signing.show()
    signing.p12_path.setText(str(pki.root.write_p12(work / "chu-ky-thu.p12", "pw")))
    signing.p12_password.setText("pw")
    signing.ok_button.click()  # a self-signed test certificate: the warning, and «Vẫn ký»
    shoot(signing, "screen-signing-1366x768")
    signing.reject()

    with Pkcs12Signer(pki.commune.write_p12(work / "c.p12", "pw"), "pw") as signer:
        package = make_package(work / "pkg", signer).path
    viewer = ViewerWindow([pki.root.cert])
    viewer.show()
    viewer.viewer.show_view(inspect_package(package, [pki.root.cert]))
    shoot(viewer, "screen-viewer-1366x768")
    viewer.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
