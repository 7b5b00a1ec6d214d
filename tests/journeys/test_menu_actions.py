"""Journey (e): every menu entry and toolbar button of the main window and of the dossier editor does what it says.

Each entry the clerk can see is triggered in turn, as from its menu or button. It passes when it opens something
(a dialog or window becomes visible; it is closed again), changes something on screen (the page, the status bar,
the status line, the title, a checked state, the selected issue), or says why it cannot. A greyed-out entry passes
only when its tooltip says why. "Mở gói hồ sơ (.asice) để xem…" and "Nhận phiếu trả lại…" opened nothing before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolBar,
)

from desktop.views.main_window import EDITOR_PAGE, LIST_PAGE, MainWindow


class Watcher:
    """Notes every window or dialog that comes up while an entry runs, and closes it, as the clerk would.

    Modal dialogs (QFileDialog, QMessageBox.exec) run their own loop; the timer still fires inside it."""

    def __init__(self, baseline: set[int], leave: tuple[type, ...] = ()):
        self.baseline = baseline
        self.leave = (QMenu, QProgressDialog, *leave)
        self.seen: list[str] = []
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        for w in QApplication.topLevelWidgets():
            if id(w) in self.baseline or not w.isVisible() or isinstance(w, self.leave):
                continue
            if w.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):  # not windows the clerk handles
                continue
            self.seen.append(f"{type(w).__name__}: {w.windowTitle()}")
            if isinstance(w, QMessageBox):
                self.seen[-1] += f" — {w.text()[:80]}"
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.close()

    def stop(self) -> None:
        self.timer.stop()


def _screen(window: MainWindow) -> tuple[Any, ...]:
    """What the clerk sees, coarsely: any change to it counts as the entry doing something."""
    editor = window._editor
    return (
        window.pages.currentIndex(), window.statusBar().currentMessage(), window.windowTitle(),
        window.main_toolbar.isVisible(), window.bin_banner.isVisible(), window.model.rowCount(),
        editor.status_label.text() if editor is not None else None,
        editor.pages.currentIndex() if editor is not None else None,
        editor.issues.view.currentIndex().row() if editor is not None else None,
        editor.saved_label.text() if editor is not None else None,
        tuple(a.isChecked() for a in window.findChildren(QAction) if a.isCheckable()),
    )


def _entries(window: MainWindow) -> list[tuple[str, QAction]]:
    """Every action in the menus and on the toolbars, once, with where the clerk finds it."""
    found: dict[int, tuple[str, QAction]] = {}

    def walk(menu: QMenu, path: str) -> None:
        for a in menu.actions():
            if a.menu() is not None:
                walk(a.menu(), f"{path} › {a.text()}")
            elif not a.isSeparator() and a.text():
                found.setdefault(id(a), (f"{path} › {a.text()}", a))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text())
    for bar in window.findChildren(QToolBar):
        if bar.window() is not window:  # a dialog's own toolbar (the preview's) is tested with the dialog
            continue
        for a in bar.actions():
            if not a.isSeparator() and a.text() and a.menu() is None:
                found.setdefault(id(a), (f"{bar.windowTitle()} › {a.text()}", a))
    return list(found.values())


def _run(qtbot: Any, window: MainWindow, name: str, action: QAction) -> str:
    if not action.isVisible():
        return "hidden"
    if not action.isEnabled():
        assert action.statusTip() or action.toolTip() not in ("", action.text(), action.iconText()), \
            f"{name} is greyed out without saying why"
        return f"disabled: {action.statusTip() or action.toolTip()}"
    before = _screen(window)
    watcher = Watcher({id(w) for w in QApplication.topLevelWidgets() if w.isVisible()})
    try:
        action.trigger()
        # Background work (rendering a printout, checking before export) ends in a dialog or a message.
        try:
            qtbot.waitUntil(lambda: bool(watcher.seen) or _screen(window) != before, timeout=30000)
        except Exception:
            raise AssertionError(f"{name}: nothing opened, nothing changed, nothing said") from None
        qtbot.wait(50)
        watcher.sweep()
    finally:
        watcher.stop()
    return "; ".join(watcher.seen) or "changed the screen"


def _on_list_with_a_row_selected(qtbot: Any, window: MainWindow) -> None:
    """Where the clerk is before a list command: on the list, a dossier clicked (rows may still be arriving)."""
    def ready() -> bool:
        if window.pages.currentIndex() != LIST_PAGE:
            window.show_list()
        if not window.selected_ids() and window.model.rowCount():
            window.table.selectRow(0)
        return window.pages.currentIndex() == LIST_PAGE and bool(window.selected_ids())

    qtbot.waitUntil(ready, timeout=10000)


def _into_editor(qtbot: Any, window: MainWindow) -> None:
    if window.pages.currentIndex() != EDITOR_PAGE or window.editor.dossier_id is None:
        window.open_editor(1)
    qtbot.waitUntil(lambda: window.editor.state is not None)


def test_every_menu_entry_and_toolbar_button_does_something_or_says_why(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    done: dict[str, str] = {}
    quit_entries: list[tuple[str, QAction]] = []
    # The list: the clerk has a dossier selected, as they would before Mở, Xóa, Xem bản in.
    for name, action in _entries(window):
        if action.text() == "Thoát":
            quit_entries.append((name, action))
            continue
        if window.act_bin.isChecked() and action is not window.act_bin:
            window.act_bin.trigger()
        _on_list_with_a_row_selected(qtbot, window)
        done[name] = _run(qtbot, window, name, action)

    # The bin's own entries, shown only there: Xóa above put the first dossier in it.
    window.show_list()
    window.act_bin.trigger()
    assert window.act_restore.isVisible() and window.act_purge.isVisible()
    for action in (window.act_purge, window.act_restore):  # Xóa hẳn asks first; the watcher answers No
        _on_list_with_a_row_selected(qtbot, window)
        done[f"Thùng rác › {action.text()}"] = _run(qtbot, window, action.text(), action)
    assert done["Thùng rác › Xóa hẳn"].startswith("QMessageBox: Xóa hẳn"), done
    window.act_bin.trigger()

    # The editor: its own toolbar (and the window's menus again, now with a dossier open).
    _into_editor(qtbot, window)
    editor_entries = _entries(window)
    assert any(a is window.editor.act_add for _n, a in editor_entries)
    for name, action in editor_entries:
        if action.text() == "Thoát":
            continue
        _into_editor(qtbot, window)
        done[f"[trong hồ sơ] {name}"] = _run(qtbot, window, name, action)

    # The two entries that did nothing before: each shows its file dialog.
    for label in ("Mở gói hồ sơ (.asice) để xem…", "Nhận phiếu trả lại…"):
        outcome = next(v for k, v in done.items() if k.endswith(label))
        assert outcome.startswith("QFileDialog"), (label, outcome)
    # Greyed-out entries in a demo dossier still say why (e.g. Đã gửi before Đã ký).
    assert any(v.startswith("disabled: chỉ dùng được khi hồ sơ ở trạng thái") for v in done.values()), done

    name, quit_action = quit_entries[0]
    quit_action.trigger()
    assert not window.isVisible(), name


def _pick_in_file_dialog(path: Path, titles: list[str]) -> QTimer:
    """The clerk picks `path` in Qt's own file dialog once it is up (it runs its own modal loop)."""
    timer = QTimer(interval=30)

    def pick() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QFileDialog) and w.isVisible():
                titles.append(w.windowTitle())
                name = w.findChild(QLineEdit, "fileNameEdit")  # the clerk types the file's path and presses Enter
                name.setText(str(path))
                QTest.keyClick(name, Qt.Key.Key_Return)

    timer.timeout.connect(pick)
    timer.start()
    return timer


def test_a_received_package_opens_from_the_menu_in_the_viewer(qtbot: Any, demo_window: MainWindow,
                                                              tmp_path: Path) -> None:
    window = demo_window
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.views.package_viewer import ViewerWindow
    from tests.support.packages import make_package
    from tests.support.pki import make_pki

    pki = make_pki()
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as signer:
        package = make_package(tmp_path / "pkg", signer).path
    titles: list[str] = []
    picker = _pick_in_file_dialog(package, titles)
    try:
        window.actions_out.act_view.trigger()
    finally:
        picker.stop()
    assert titles == ["Mở gói hồ sơ"]
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ViewerWindow) and w.isVisible())
    qtbot.waitUntil(lambda: viewer.viewer.view is not None, timeout=30000)
    assert package.name in viewer.viewer.verdict.text()
    viewer.close()


def test_a_return_note_from_the_menu_says_what_it_did(qtbot: Any, demo_window: MainWindow, tmp_path: Path) -> None:
    window = demo_window
    not_a_note = tmp_path / "phieu.asice"
    not_a_note.write_bytes(b"PK\x03\x04 not a note")
    titles: list[str] = []
    picker = _pick_in_file_dialog(not_a_note, titles)
    watcher = Watcher({id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}, leave=(QFileDialog,))
    try:
        window.actions_out.act_return_note.trigger()
        qtbot.waitUntil(lambda: any(s.startswith("QMessageBox") for s in watcher.seen))
    finally:
        picker.stop()
        watcher.stop()
    assert titles == ["Nhận phiếu trả lại"]
    message = next(s for s in watcher.seen if s.startswith("QMessageBox"))
    assert message.startswith("QMessageBox: Không nhận được phiếu trả lại — "), message
