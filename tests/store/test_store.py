"""The store on real SQLite files: PRAGMAs, append-only audit, the folder lock, backup and restore."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from desktop.paths import DataPaths, data_paths
from desktop.services import audit, demo, dossiers
from desktop.store.backup import BackupError, restore_backup, write_backup
from desktop.store.database import Store, open_store
from desktop.store.lock import FolderLock, FolderLocked


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(data_paths(tmp_path / "data"))
    yield s
    s.close()


def test_every_connection_has_wal_full_sync_and_foreign_keys(store: Store) -> None:
    with store.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_audit_trail_is_append_only_and_chained(store: Store) -> None:
    demo.fill_demo(store)
    dossiers.set_status(store, 1, "da-kiem-tra")
    with store.read() as s:
        assert audit.verify_chain(s) == []
    with pytest.raises(DBAPIError, match="append-only"), store.write() as s:
        s.connection().exec_driver_sql("UPDATE audit_events SET action='x' WHERE id=1")
    with pytest.raises(DBAPIError, match="append-only"), store.write() as s:
        s.connection().exec_driver_sql("DELETE FROM audit_events")


def test_a_forged_event_breaks_the_chain(store: Store) -> None:
    demo.fill_demo(store)
    with store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO audit_events (at, action, entity, payload, prev_hash, hash) "
            "VALUES ('2026-01-01 00:00:00', 'dossier.status', 'dossier', '{}', 'x', 'y')")
    with store.read() as s:
        assert len(audit.verify_chain(s)) == 1


def test_second_holder_of_the_folder_lock_is_refused_and_told_who(tmp_path: Path) -> None:
    lock_file = tmp_path / "hskt.lock"
    code = (
        "import sys,time; from pathlib import Path; from desktop.store.lock import FolderLock;"
        f"held = FolderLock(Path({str(lock_file)!r})).acquire(); print('locked', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(FolderLocked, match=f"pid {holder.pid}"):
            FolderLock(lock_file).acquire()
    finally:
        holder.kill()
        holder.wait()
    FolderLock(lock_file).acquire().release()  # the OS released it when the holder died


def test_backup_then_restore_brings_back_every_dossier(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)
    before = [dossiers.load_snapshot(store, i) for i in (1, 2)]
    store.close()
    backup = tmp_path / "sao-luu.zip"
    info = write_backup(paths, backup)
    assert info.files >= 1 and backup.exists()

    store = open_store(paths)
    dossiers.move_to_bin(store, [1])
    dossiers.purge(store, [1])
    store.close()

    kept = restore_backup(paths, backup)
    assert (kept / "hskt.sqlite3").exists()  # what was there before is moved aside, not deleted
    store = open_store(paths)
    try:
        assert [dossiers.load_snapshot(store, i) for i in (1, 2)] == before
    finally:
        store.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)
    store.close()
    good = tmp_path / "good.zip"
    write_backup(paths, good)

    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:-10] + b"0" * 10 if item.filename == "hskt.sqlite3" else data)
    with pytest.raises(BackupError, match="bị hỏng"):
        restore_backup(paths, damaged)

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("hskt-backup.json", '{"format": "hskt-backup/1", "files": [{"name": "../x", "sha256": "0"}]}')
        zf.writestr("../x", "x")
    with pytest.raises(BackupError, match="không an toàn"):
        restore_backup(paths, evil)
    assert not (tmp_path / "x").exists()

    with pytest.raises(BackupError, match="không phải tệp sao lưu"):
        restore_backup(paths, _plain_zip(tmp_path))
    store = open_store(paths)
    try:
        assert len(dossiers.list_dossiers(store)) == 2
    finally:
        store.close()


def _plain_zip(tmp_path: Path) -> Path:
    p = tmp_path / "plain.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return p


def test_restore_is_refused_while_the_app_holds_the_folder(tmp_path: Path) -> None:
    paths: DataPaths = data_paths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)
    store.close()
    backup = tmp_path / "b.zip"
    write_backup(paths, backup)
    lock = FolderLock(paths.lock).acquire()
    try:
        with pytest.raises(BackupError, match="đang mở"):
            restore_backup(paths, backup)
    finally:
        lock.release()
