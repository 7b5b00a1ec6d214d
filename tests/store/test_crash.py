"""SIGKILL in the middle of a burst of writes, many times: the file stays sound and keeps every committed write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import data_paths
from desktop.services import demo, dossiers
from desktop.store.database import open_store

REPO = Path(__file__).resolve().parents[2]
KILLS = 12


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    store = open_store(paths)
    demo.fill_demo(store)  # an own unit is needed to create dossiers
    store.close()
    rng = random.Random(7)
    committed: list[str] = []
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.burst_writer", str(paths.root), f"lượt {round_no}"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        titles = [line for line in out.splitlines() if line.strip()]
        committed += titles
    assert len(committed) > KILLS  # the bursts really wrote

    store = open_store(paths)
    try:
        with store.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        stored = {r.title for r in dossiers.list_dossiers(store)}
        missing = [t for t in committed if t not in stored]
        assert missing == []
    finally:
        store.close()
