"""Opening a data folder HSKT may not be able to write (a read-only share, a CD, a locked USB stick).

Plain sqlite3 only: the first screen lists dossiers through here before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def writable(folder: Path) -> bool:
    """Whether files can be created in `folder` (a read-only mount says no even to root)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def read_only_uri(path: Path) -> str:
    """SQLite URI for a database in a folder HSKT cannot write: a WAL database needs its -shm file, which cannot be
    made there, so an empty or absent WAL is opened as immutable (nobody can be writing a read-only folder)."""
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() or wal.stat().st_size == 0
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection for reading, read-only when the folder cannot be written."""
    if writable(path.parent):
        return sqlite3.connect(path)
    return sqlite3.connect(read_only_uri(path), uri=True)


