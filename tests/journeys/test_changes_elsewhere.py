"""Journey: another process writes to the same data folder while the clerk works; the window shows it in place.

A command-line import adds a dossier and a second connection renames the dossier the clerk has open: the editor
stays on its page with its focus, the list keeps its selection, and both show the new data."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.services import editing
from desktop.store.database import open_store
from desktop.views.main_window import EDITOR_PAGE, LIST_PAGE
from tests.conftest import FIXTURES, REPO


def test_changes_from_another_process_appear_without_moving_the_clerk(qtbot, folder, open_app) -> None:
    w, _ws, clerk = open_app(folder)
    clerk.press_button("Xem thử với dữ liệu mẫu")
    assert w.model.rowCount() == 2
    clerk.row(w.table, 1, 1, double=True)
    assert w.pages.currentIndex() == EDITOR_PAGE
    editor = w.editor
    opened = editor.dossier_id
    p = editor.state.proposals[0]
    clerk.tree_item(editor.tree, editor.state.ruleset.awards[p.award].name)
    field = clerk.click_field("Thành tích đạt được")

    # Another process: `hskt import-json` adds a dossier.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder.root), "import-json",
                          str(FIXTURES / "dossiers" / "demo_commune.json")], capture_output=True, text=True,
                         env=env, cwd=REPO, check=True)
    new_id = int(out.stdout.strip().split()[-1])
    # Another connection renames the open dossier.
    other = open_store(folder)
    try:
        editing.set_dossier_field(other, opened, "title", "Tên do máy khác đặt")
    finally:
        other.close()

    qtbot.waitUntil(lambda: editor.state.title == "Tên do máy khác đặt", timeout=8000)
    assert w.pages.currentIndex() == EDITOR_PAGE and editor.pages.currentWidget() is editor.proposal_page
    assert clerk.focus() is field
    assert "Tên do máy khác đặt" in editor.status_label.text()

    clerk.press_tool("← Danh sách")
    assert w.pages.currentIndex() == LIST_PAGE
    assert w.model.row_of(new_id) is not None and w.model.rowCount() == 3
    assert "Tên do máy khác đặt" in clerk.texts(w.table)
    assert w.selected_ids() == [opened]  # the row the clerk opened is still the selected one
    clerk.key(Qt.Key.Key_Down)
    assert clerk.focus() is w.table
