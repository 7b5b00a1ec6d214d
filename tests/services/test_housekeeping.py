"""Start-up housekeeping and the audit chain checks (issue 13): what a kill left behind goes once it is a day old,
and `hskt audit-verify`, the self-test and the About page all say whether the chain of events still holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services import demo, maintenance
from desktop.services.attachments import stage, stored_path
from desktop.store.database import open_store
from tests.cli.test_cli import hskt

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
KILLED_STAGER = """
import os, sys
from pathlib import Path
from desktop.services.attachments import stage
stage(Path(sys.argv[1]), Path(sys.argv[2]))
open(Path(sys.argv[1]) / ".incoming-left-by-kill", "wb").write(b"%PDF-half")
os.kill(os.getpid(), 9)  # killed after staging, before any transaction recorded the file
"""


def _age(path: Path, days: float) -> None:
    old = time.time() - days * 86400
    os.utime(path, (old, old))


def test_files_a_killed_import_left_are_removed_once_a_day_old(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)
    kept_source = tmp_path / "kept.pdf"
    kept_source.write_bytes(PDF + b"%kept\n")
    with store.write() as s:
        from desktop.services.attachments import record

        record(s, stage(paths.attachments, kept_source))
    store.close()
    orphan_source = tmp_path / "orphan.pdf"
    orphan_source.write_bytes(PDF + b"%orphan\n")
    killed = subprocess.run([sys.executable, "-c", KILLED_STAGER, str(paths.attachments), str(orphan_source)],
                            cwd=Path(__file__).resolve().parents[2], capture_output=True)
    assert killed.returncode == -9
    import hashlib

    orphan = stored_path(paths.attachments, hashlib.sha256(orphan_source.read_bytes()).hexdigest())
    kept = stored_path(paths.attachments, hashlib.sha256(kept_source.read_bytes()).hexdigest())
    temp = paths.attachments / ".incoming-left-by-kill"
    assert orphan.is_file() and temp.is_file() and kept.is_file()

    fresh = maintenance.housekeep(paths)  # less than a day old: may belong to an import still running
    assert fresh.orphans == [] and fresh.temp_files == [] and orphan.is_file()
    for p in (orphan, temp, kept):
        _age(p, 2)
    done = maintenance.housekeep(paths)
    assert done.orphans == [orphan] and done.temp_files == [temp]
    assert not orphan.exists() and not temp.exists() and kept.is_file()


def _tamper(db: Path) -> None:
    """What someone editing the file by hand would do: drop the append-only trigger, then change an event."""
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_events_no_update")
    changed = conn.execute("UPDATE audit_events SET payload = json_set(payload, '$.nominees', 25) "
                           "WHERE id = (SELECT min(id) FROM audit_events WHERE action = 'dossier.demo')").rowcount
    conn.commit()
    assert changed == 1
    conn.close()


def test_audit_verify_and_the_about_page_find_an_event_edited_outside_hskt(tmp_path: Path, qtbot) -> None:
    from desktop.views.about_dialog import AboutDialog

    data = tmp_path / "data"
    assert hskt("demo", data=data).returncode == 0
    intact = hskt("audit-verify", data=data)
    assert intact.returncode == 0 and intact.stdout.startswith("Nhật ký thay đổi nguyên vẹn")
    about = AboutDialog(data, None)
    qtbot.addWidget(about)
    assert about.audit_label.text().startswith("Nhật ký thay đổi nguyên vẹn")

    _tamper(data / "hskt.sqlite3")
    broken = hskt("audit-verify", data=data)
    assert broken.returncode == 1 and "đã bị sửa ngoài HSKT" in broken.stdout and "Traceback" not in broken.stderr
    about = AboutDialog(data, None)
    qtbot.addWidget(about)
    assert "đã bị sửa ngoài HSKT" in about.audit_label.text()


def test_the_self_test_checks_the_audit_chain() -> None:
    from desktop.selftest import PASS, run_selftest

    report = run_selftest(qt=False)
    step = report.step("Nhật ký thay đổi")
    assert step is not None and step.ok, step
    assert "bị phát hiện" in step.detail and PASS == "ĐẠT"
