"""Keeping the clerk's data safe around updates: a one-click backup into the data folder's backups/ folder, and the
start-up housekeeping that removes what a killed process left behind."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.paths import DataPaths
from desktop.store.access import connect_raw
from desktop.store.backup import BackupError, write_backup

PREFIX = "hskt-sao-luu-"


class BackupFailed(Exception):
    """The backup could not be written; the message says why, in Vietnamese."""


def backup_name(when: datetime) -> str:
    return f"{PREFIX}{when:%Y%m%d-%H%M%S}.zip"


def backup_now(paths: DataPaths, when: datetime | None = None) -> Path:
    """Write the whole data folder (database, attachments, inbox, exports) to backups/hskt-sao-luu-<time>.zip.

    Safe while HSKT is open: the database is copied through SQLite's online backup API."""
    when = when or datetime.now()
    target = paths.backups / backup_name(when)
    n = 1
    while target.exists():
        n += 1
        target = paths.backups / f"{target.stem.split('_')[0]}_{n}.zip"
    try:
        write_backup(paths, target)
    except BackupError as exc:
        raise BackupFailed(str(exc)) from None
    except OSError as exc:
        raise BackupFailed(f"không ghi được bản sao lưu vào {target.parent}: {exc.strerror or exc}") from None
    return target


def backups(paths: DataPaths) -> list[Path]:
    """One-click backups, newest first."""
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob(f"{PREFIX}*.zip"), key=lambda p: p.name, reverse=True)


# ------------------------------------------------------------------------------------------- housekeeping

STALE_AFTER_S = 24 * 3600  # a file younger than this may belong to an import still running


@dataclass(frozen=True)
class Housekeeping:
    orphans: list[Path]  # content-addressed attachment files no database row names
    temp_files: list[Path]  # .incoming-* and half-written backups left by a killed process


def _stale(p: Path, now: float) -> bool:
    try:
        return now - p.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def housekeep(paths: DataPaths, now: float | None = None, dry_run: bool = False) -> Housekeeping:
    """Remove what a kill in the middle of a change left behind, once it is over a day old: attachment files the
    database does not know (staged, then the transaction never committed) and temporary files.

    Plain sqlite3, no Qt: runs on the warm-up thread at start."""
    now = time.time() if now is None else now
    temp: list[Path] = []
    orphans: list[Path] = []
    root = paths.attachments
    if root.is_dir():
        temp += [p for p in root.glob(".incoming-*") if p.is_file() and _stale(p, now)]
        if paths.database.is_file():
            conn = connect_raw(paths.database)
            try:
                known = {row[0] for row in conn.execute("SELECT sha256 FROM attachments")}
            finally:
                conn.close()
            orphans = [p for p in root.glob("??/*") if p.is_file() and len(p.name) == 64 and p.parent.name == p.name[:2]
                       and p.name not in known and _stale(p, now)]
    if paths.backups.is_dir():
        temp += [p for p in paths.backups.glob(f".{PREFIX}*") if p.is_file() and _stale(p, now)]
    if not dry_run:
        for p in (*orphans, *temp):
            try:
                p.unlink()
            except OSError:
                logging.getLogger("hskt.housekeeping").warning("could not remove %s", p, exc_info=True)
        if orphans or temp:
            logging.getLogger("hskt.housekeeping").info("removed %d orphan attachments, %d temporary files",
                                                        len(orphans), len(temp))
    return Housekeeping(orphans, temp)


def audit_line(paths: DataPaths) -> str:
    """The audit chain's state in one Vietnamese line, for the About page (read-only; never raises)."""
    from desktop.services.audit import verify_store
    from desktop.store.database import open_store

    if not paths.database.is_file():
        return "Chưa có nhật ký thay đổi (thư mục dữ liệu còn trống)."
    try:
        store = open_store(paths, migrate=False, read_only=True)
        try:
            return verify_store(store).line()
        finally:
            store.close()
    except Exception as exc:  # the About page must open whatever state the folder is in
        logging.getLogger("hskt.housekeeping").warning("audit chain check failed", exc_info=True)
        return f"Chưa kiểm tra được nhật ký thay đổi: {exc}"
