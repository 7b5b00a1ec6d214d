"""Keeping the clerk's data safe around updates: a one-click backup into the data folder's backups/ folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.paths import DataPaths
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
