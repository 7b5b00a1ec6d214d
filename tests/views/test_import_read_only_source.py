"""In the GUI, a list imported from a read-only folder (a CD, a shared folder) still goes in; the clerk is told
that the red-marked copy could not be written beside it, and the views hear about the new people (issue 13)."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.main_window import MainWindow
from tests.support.filesystems import read_only_view


def test_import_from_a_read_only_folder_commits_and_warns(qtbot, tmp_path: Path) -> None:
    from tests.services.test_spreadsheets import build_list

    source_dir = tmp_path / "usb"
    source_dir.mkdir()
    build_list(source_dir / "ds.xlsx", rows=40, bad=4)
    ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
    w = MainWindow(ws)
    qtbot.addWidget(w)
    heard: list[frozenset[int]] = []
    ws.subscribe(lambda changes: heard.append(changes.subjects))
    with read_only_view(source_dir) as ro:
        w.import_xlsx(str(ro / "ds.xlsx"))
        qtbot.waitUntil(lambda: getattr(w, "import_box", None) is not None, timeout=60_000)
    text = w.import_box.text()
    assert "Đã nhập 36 dòng" in text and "4 dòng không nhập được" in text
    assert "Lưu ý: không ghi được bản sao tô đỏ" in text and "đã được nhập" in text
    assert len(w.last_import.subject_ids) == 36 and w.last_import.subject_ids in heard
    assert not (source_dir / "ds-loi.xlsx").exists()
