"""Alembic, run from inside the package so a bundled app migrates its own database at start."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

from desktop.store.errors import DiskFull
from desktop.store.revisions import MIGRATIONS, check_revision, head_revision
from desktop.store.sqlite_copy import copy_database

__all__ = ["alembic_config", "backup_copy", "current_revision", "head_revision", "upgrade"]


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"))
        if exists.first() is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_copy(db_path: Path, backups: Path, reason: str) -> Path:
    """A consistent copy through SQLite's online backup API (a plain file copy could miss the WAL)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"hskt-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"hskt-{stamp}-{reason}-{n}.sqlite3"
    try:
        return copy_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)  # never leave a half-written (or 0-byte) backup behind
        if _is_disk_full(exc):
            raise DiskFull(backups, needed=db_path.stat().st_size, kept=f"tệp dữ liệu {db_path.name} (chưa nâng cấp)"
                           ) from None
        raise


def _is_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        isinstance(exc, sqlite3.Error) and "full" in str(exc).lower())


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Bring the database to head; copies it to a dated backup first when there is anything to run.

    A database from a newer HSKT raises NewerSchema before anything is copied or changed."""
    check_revision(db_path)
    current = current_revision(engine)
    if current == head_revision():
        return None
    from alembic import command

    backup = None
    if current is not None and db_path.exists():
        backup = backup_copy(db_path, backups, f"before-{head_revision()}")
    command.upgrade(alembic_config(engine), "head")
    return backup
