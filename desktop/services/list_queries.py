"""The reads the first screen needs, in plain sqlite3.

Importing SQLAlchemy and the ORM costs more than half a second; the dossier list must paint before that, so these
queries avoid it. Everything that writes goes through the ORM store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop.store.access import connect_raw


class DossierRow(NamedTuple):
    """One line of the dossier list. A tuple, not a frozen dataclass: 10,000 of them are built before the
    first paint, and a frozen dataclass's __init__ costs ten times as much."""

    id: int
    title: str
    campaign: str
    year: int | None
    status: str
    nominee_count: int
    lead_name: str
    lead_sort: str
    search_key: str
    updated_at: datetime
    deleted: bool


_SELECT = (
    "SELECT d.id, d.title, c.name, c.year, d.status, d.nominee_count, d.lead_name, d.lead_sort, d.search_key, "
    "d.updated_at, d.deleted_at FROM dossiers d LEFT JOIN campaigns c ON c.id = d.campaign_id "
)


def _connect(db: Path) -> sqlite3.Connection:
    conn = connect_raw(db)
    conn.execute("PRAGMA query_only=1")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _rows(cursor: Iterable[tuple[object, ...]]) -> list[DossierRow]:
    parse = datetime.fromisoformat
    return [
        DossierRow(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7], r[8], parse(r[9]), r[10] is not None)  # type: ignore[arg-type]
        for r in cursor
    ]


def list_rows(db: Path, in_bin: bool = False) -> list[DossierRow]:
    where = "d.deleted_at IS NOT NULL" if in_bin else "d.deleted_at IS NULL"
    conn = _connect(db)
    try:
        return _rows(conn.execute(f"{_SELECT} WHERE {where} ORDER BY d.updated_at DESC"))
    finally:
        conn.close()


def rows_by_id(db: Path, ids: Iterable[int]) -> list[DossierRow]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    conn = _connect(db)
    try:
        marks = ",".join("?" * len(wanted))
        return _rows(conn.execute(f"{_SELECT} WHERE d.id IN ({marks})", wanted))
    finally:
        conn.close()


def own_unit_name(db: Path) -> str | None:
    conn = _connect(db)
    try:
        row = conn.execute("SELECT name FROM units WHERE is_own = 1 LIMIT 1").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def has_data(db: Path) -> bool:
    conn = _connect(db)
    try:
        return conn.execute("SELECT EXISTS(SELECT 1 FROM dossiers) OR EXISTS(SELECT 1 FROM units)").fetchone()[0] == 1
    finally:
        conn.close()


class ChangeWatch:
    """Notices commits made to the database by another connection: another process, or a command-line tool run
    beside the window. SQLite's `PRAGMA data_version` changes on this connection whenever any other connection
    commits; reading it costs microseconds, so the window can ask every second or two."""

    def __init__(self, db: Path):
        self._db = db
        self._conn: sqlite3.Connection | None = None

    def version(self) -> int | None:
        if self._conn is None:
            if not self._db.exists():
                return None
            try:
                self._conn = _connect(self._db)
            except sqlite3.Error:
                return None
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

