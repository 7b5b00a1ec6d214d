"""About: version, the rule set in use and its date, the data folder, and a one-click backup that writes a file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop import __version__
from desktop.awards.catalogue import load_ruleset
from desktop.paths import DataPaths
from desktop.services import maintenance
from desktop.store.database import open_store
from desktop.views.about_dialog import AboutDialog


def test_about_shows_version_ruleset_and_data_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rs = load_ruleset("nd152-2025")
    dialog = AboutDialog(tmp_path / "HSKT", rs)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert rs.title in dialog.ruleset_label.text()
    assert "01/07/2025" in dialog.ruleset_date.text()
    assert dialog.data_label.text() == str(tmp_path / "HSKT")


def test_backup_button_writes_a_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    paths = DataPaths(tmp_path / "HSKT")
    store = open_store(paths)
    try:
        dialog = AboutDialog(paths.root, load_ruleset("nd152-2025"))
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        made = maintenance.backups(paths)
        assert len(made) == 1 and made[0] == dialog.last_backup
        assert made[0].parent == paths.backups and made[0].name.startswith("hskt-sao-luu-")
        with zipfile.ZipFile(made[0]) as zf:
            assert "hskt.sqlite3" in zf.namelist() and "hskt-backup.json" in zf.namelist()
        assert str(made[0]) in dialog.backup_status.text()
    finally:
        store.close()


def test_backup_of_an_empty_folder_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(tmp_path / "empty", None)
    qtbot.addWidget(dialog)
    assert dialog.backup() is None
    assert "Chưa sao lưu được" in dialog.backup_status.text()
    assert "bộ quy tắc" in dialog.ruleset_label.text()
