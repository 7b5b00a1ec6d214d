"""The way out, as a clerk reaches it from the window: print preview, sign and export, inbox, viewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.lazy import LazyStore
from desktop.views.dossier_actions import PreviewDialog
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    store = LazyStore(data_paths(tmp_path / "data"), interactive=False)
    ws = Workspace(store)
    store.get()
    ws.fill_demo()
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def _select(w: MainWindow, dossier_id: int) -> None:
    row = w.model.row_of(dossier_id)
    assert row is not None
    w.table.selectRow(row)


def test_preview_of_a_failing_dossier_says_draft_and_why(qtbot: Any, window: MainWindow) -> None:
    _select(window, 2)
    window.actions_out.act_preview.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, PreviewDialog) for d in window.actions_out._keep), timeout=30000)
    dialog = next(d for d in window.actions_out._keep if isinstance(d, PreviewDialog))
    banner = dialog.findChild(QLabel, "draftBanner")
    assert banner is not None and "BẢN NHÁP" in banner.text()
    assert "Bằng khen cấp Bộ, ban, ngành, tỉnh: không đạt" in banner.text()
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 1, timeout=10000)


def test_export_of_an_incomplete_dossier_is_refused_with_its_reasons(qtbot: Any, window: MainWindow,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.open_editor(1)
    assert window.actions_out.act_export in window.editor.toolbar.actions()
    window.actions_out.act_export.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)  # the check runs off the GUI thread
    assert shown and "Thiếu giấy chứng nhận sáng kiến" in shown[0]


def test_nothing_selected_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(title))
    window.table.clearSelection()
    window.actions_out.act_preview.trigger()
    assert told == ["Chưa chọn hồ sơ"]


def test_a_received_package_opens_in_the_viewer(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.views.package_viewer import ViewerWindow
    from tests.support.packages import make_package
    from tests.support.pki import make_pki, pem

    pki = make_pki()
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as signer:
        result = make_package(tmp_path / "pkg", signer)

    def lines_after_opening() -> list[str]:
        window.actions_out.view_package(str(result.path))
        viewer = [v for v in window.actions_out._keep if isinstance(v, ViewerWindow)][-1]
        qtbot.waitUntil(lambda: bool(viewer.viewer.check_lines()), timeout=20000)
        lines = viewer.viewer.check_lines()
        viewer.close()
        return lines

    lines = lines_after_opening()
    cades = next(line for line in lines if line.startswith("✘ Chữ ký số CAdES"))
    assert "còn nguyên vẹn nhưng không chuỗi tới CA gốc tin cậy" in cades  # intact, only untrusted
    # Each PDF's signer is judged like the seal's: intact, but not trusted either until the root is added.
    pades = next(line for line in lines if line.startswith("✘ Chữ ký số PAdES"))
    assert "chưa tin cậy" in pades

    trust = Path(window.workspace.data_dir) / "trust"
    trust.mkdir()
    (trust / "ca-goc.pem").write_bytes(pem(pki.root.cert))
    window.actions_out._facade = None  # the clerk's added roots are read when the facade is made
    assert all(line.startswith("✔") for line in lines_after_opening())


def test_inbox_opens_from_the_menu(qtbot: Any, window: MainWindow) -> None:
    from desktop.views.inbox_view import InboxView

    window.actions_out.act_inbox.trigger()
    QApplication.processEvents()
    dialogs = [d for d in window.actions_out._keep if d.findChild(InboxView) is not None]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()
