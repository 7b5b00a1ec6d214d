"""A second HSKT on the same data folder is refused, and can bring the first window to the front."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def test_second_instance_is_refused_and_reaches_the_first(qapp: Any, tmp_path: Path) -> None:
    from desktop.app import _ask_other_instance_to_raise
    from desktop.paths import data_paths

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "gui", "--demo-if-empty"],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        paths = data_paths(data)
        deadline = time.monotonic() + 60
        while not _ask_other_instance_to_raise(paths):  # the first window's server is listening once it is up
            assert first.poll() is None, "the first instance exited"
            assert time.monotonic() < deadline, "the first instance never started listening"
            time.sleep(0.3)
        second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "gui", "--quit-when-ready"],
                                cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 3  # refused: the folder is held
        assert "Traceback" not in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=30)
    # With the first one gone, the folder opens again.
    third = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "gui", "--quit-when-ready"],
                           cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert third.returncode == 0, third.stderr
