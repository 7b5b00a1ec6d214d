"""A database from every earlier schema upgrades to head with nothing lost, after a dated backup."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.paths import data_paths
from desktop.services import dossiers
from desktop.snapshot import canonical_bytes
from desktop.store.database import open_store
from desktop.store.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db_versions"
TABLES = ("units", "subjects", "ratings", "honours", "initiatives", "disciplines", "member_stats", "campaigns",
          "dossiers", "dossier_nominees", "proposals", "audit_events")


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


VERSIONS = sorted(p.stem for p in FIXTURES.glob("*.sqlite3"))


@pytest.mark.parametrize("version", VERSIONS)
def test_every_earlier_database_upgrades_to_head_with_everything_kept(tmp_path: Path, version: str) -> None:
    paths = data_paths(tmp_path / "data").ensure()
    shutil.copyfile(FIXTURES / f"{version}.sqlite3", paths.database)
    revision = version.split("_")[0]
    before = _counts(paths.database)
    store = open_store(paths)
    try:
        assert current_revision(store.engine) == head_revision()
        if head_revision() != revision:
            assert store.migration_backup is not None and store.migration_backup.exists()
            assert _counts(store.migration_backup) == before
        assert _counts(paths.database) == before
        expected = json.loads((FIXTURES / f"{version}.expected.json").read_text(encoding="utf-8"))
        for dossier_id, doc in expected.items():
            got = json.loads(canonical_bytes(dossiers.load_snapshot(store, int(dossier_id))))
            assert got == doc
        assert [r.id for r in dossiers.list_dossiers(store, in_bin=True)] == [2]
        with store.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        store.close()


def test_new_database_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    store = open_store(data_paths(tmp_path / "fresh"))
    try:
        assert current_revision(store.engine) == head_revision()
        assert store.migration_backup is None
        assert list((tmp_path / "fresh" / "backups").iterdir()) == []
    finally:
        store.close()
