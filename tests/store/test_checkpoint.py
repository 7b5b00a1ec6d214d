"""The GUI's store checkpoints the WAL off the save path, and leaves a clean file when it closes."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import data_paths
from desktop.services import demo, dossiers
from desktop.store.database import open_store


def _wal(db: Path) -> int:
    wal = db.with_name(db.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_interactive_store_never_checkpoints_inside_a_save_and_empties_the_wal_on_close(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    store = open_store(paths, interactive=True)
    demo.fill_demo(store)
    for i in range(400):  # far past SQLite's automatic threshold of 1,000 pages
        dossiers.create_dossier(store, f"Hồ sơ thử {i}")
    with store.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    assert _wal(paths.database) > 1000 * 4096  # nothing checkpointed it during the saves
    store.close()
    assert _wal(paths.database) == 0
    again = open_store(paths)
    try:
        assert len(dossiers.list_dossiers(again)) == 402
    finally:
        again.close()


def test_command_line_store_keeps_sqlites_automatic_checkpoints(tmp_path: Path) -> None:
    store = open_store(data_paths(tmp_path / "data"))
    try:
        with store.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        store.close()
