"""Schema revisions read without SQLAlchemy or Alembic, so the app can tell at start whether to migrate cheaply."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop.store.access import read_only_uri, writable
from desktop.store.errors import NewerSchema, check_database_file

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def _revisions() -> dict[str, str | None]:
    revisions: dict[str, str | None] = {}
    for f in (MIGRATIONS / "versions").glob("*.py"):
        source = f.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    return revisions


def known_revisions() -> frozenset[str]:
    """Every schema revision this HSKT can open; anything else was written by a newer HSKT."""
    return frozenset(_revisions())


def head_revision() -> str:
    """The newest migration, read from the version files."""
    revisions = _revisions()
    heads = set(revisions) - {d for d in revisions.values() if d}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def database_revision(db: Path) -> str | None:
    """The revision a database file is at; None when it does not exist or was never migrated."""
    if not db.exists():
        return None
    check_database_file(db)
    uri = f"{db.resolve().as_uri()}?mode=ro" if writable(db.parent) else read_only_uri(db)
    conn = sqlite3.connect(uri, uri=True)
    try:
        row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def is_current(db: Path) -> bool:
    return database_revision(db) == head_revision()


def check_revision(db: Path) -> str | None:
    """The database's revision; NewerSchema when a newer HSKT wrote it (checked before any backup or change)."""
    revision = database_revision(db)
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(db, revision)
    return revision
