"""Engine with the PRAGMAs every connection needs: WAL, synchronous=FULL, foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from desktop.store.access import read_only_uri


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy manage transactions itself (pysqlite's implicit BEGIN breaks SAVEPOINT and DDL).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a committed edit survives power loss, not just a crash
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")  # a CLI command and the GUI may write the same file
    cur.close()


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA query_only=1")


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock up front: no deadlock on upgrade from read


def _no_auto_checkpoint(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # SQLite otherwise checkpoints inside whichever commit fills the WAL: a 100 ms pause in one keystroke's save.
    dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")


def _begin_deferred(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, background_checkpoints: bool = False, read_only: bool = False) -> Engine:
    """`background_checkpoints`: the caller runs `checkpoint()` off the GUI thread instead of SQLite doing it
    inside a commit (the GUI's store does; command-line runs keep SQLite's automatic checkpoints).
    `read_only`: for a folder HSKT cannot write; every write fails in SQLite itself."""
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _begin_deferred)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    if background_checkpoints:
        event.listen(engine, "connect", _no_auto_checkpoint)
    event.listen(engine, "begin", _on_begin)
    return engine


def checkpoint(engine: Engine, mode: str = "PASSIVE") -> None:
    """Copy the WAL into the database file; PASSIVE never blocks writers, TRUNCATE (at close) empties the WAL.

    Runs on a raw connection: through SQLAlchemy the pragma would sit inside the BEGIN IMMEDIATE of `_on_begin`,
    and SQLite refuses to checkpoint inside a transaction ("database table is locked").
    """
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"PRAGMA wal_checkpoint({mode})")
        cur.close()
    finally:
        raw.close()
