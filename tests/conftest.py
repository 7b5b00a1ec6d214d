"""Shared test set-up: Qt offscreen, and a fresh data folder per test so no test sees another's database."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from desktop.views.gc_policy import collect_step, disable_automatic

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (parsed rule sets) go to a folder of this run, never the developer's own.
os.environ.setdefault("HSKT_CACHE_DIR", tempfile.mkdtemp(prefix="hskt-test-cache-"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# QSettings (window sizes, the last export folder) go to a folder of this run, never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="hskt-test-config-")

# As in the app: the cyclic collector never starts by itself (it could start on a worker thread while the GUI thread
# deletes widgets); it runs between tests on the main thread instead (desktop/views/gc_policy.py).
disable_automatic()
_tests = itertools.count(1)

# CI must pass on the first try: the fuzz tests draw the same examples on every run there. `make fuzz` explores with
# fresh random examples and many more of them; whatever it finds becomes a fixed example (@example) in the test.
settings.register_profile("ci", max_examples=60, derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=3000, print_blob=True)
settings.load_profile(os.environ.get("HSKT_HYPOTHESIS_PROFILE", "ci"))

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
