"""Shared test set-up: Qt offscreen, and a fresh data folder per test so no test sees another's database."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.views.gc_policy import collect_step, disable_automatic

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (parsed rule sets) go to a folder of this run, never the developer's own.
os.environ.setdefault("HSKT_CACHE_DIR", tempfile.mkdtemp(prefix="hskt-test-cache-"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# As in the app: the cyclic collector never starts by itself (it could start on a worker thread while the GUI thread
# deletes widgets); it runs between tests on the main thread instead (desktop/views/gc_policy.py).
disable_automatic()
_tests = itertools.count(1)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("HSKT_DATA_DIR", str(d))
    return d


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    collect_step(next(_tests))
