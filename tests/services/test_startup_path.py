"""What the first paint needs stays light, and the warm-up that follows leaves no trace."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.paths import data_paths
from desktop.services import audit, demo
from desktop.services.rehearsal import rehearse_writes
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.store.lazy import LazyStore

REPO = Path(__file__).resolve().parents[2]


def test_the_first_screen_imports_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import desktop.app, desktop.services.workspace, desktop.views.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab'))\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "[]"


def test_listing_does_not_open_the_store_until_asked(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    first = open_store(paths)
    demo.fill_demo(first)
    first.close()
    lazy = LazyStore(paths, interactive=False)
    ws = Workspace(lazy)
    assert [r.id for r in ws.list_dossiers()] and ws.unit_name() == demo.UNIT.name
    assert not lazy.is_open
    ws.warm_up()
    assert lazy.is_open
    lazy.close()


def test_rehearsal_writes_nothing(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)

    def dump() -> list[object]:
        conn = sqlite3.connect(paths.database)
        try:
            return [conn.execute(f"SELECT * FROM {t}").fetchall()
                    for t in ("dossiers", "proposals", "subjects", "audit_events")]
        finally:
            conn.close()

    before = dump()
    rehearse_writes(store)
    assert dump() == before
    with store.read() as s:
        assert audit.verify_chain(s) == []
    store.close()
