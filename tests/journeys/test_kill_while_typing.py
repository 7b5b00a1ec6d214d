"""Journey (c): the app is killed (SIGKILL) two seconds after the clerk typed a paragraph; it reopens with the
paragraph there and the cursor where it was. Two real processes on one data folder.

Before the fix a paragraph was saved only when the field lost focus, so it was lost even 8 s after typing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from tests.journeys.typing_child import INSERT, PARAGRAPH


def _start(mode: str, folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "tests.journeys.typing_child", mode, str(folder)], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _line(proc: subprocess.Popen[str], tag: str, timeout: float = 60) -> dict:
    end = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("FAILED"):
            raise AssertionError(line)
        if line.startswith(tag + " "):
            return json.loads(line[len(tag) + 1:])
    proc.kill()
    raise AssertionError(f"no {tag} from the app; stderr: {proc.stderr.read() if proc.stderr else ''}")


def test_paragraph_survives_a_kill_two_seconds_after_typing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = _start("type", folder)
    typed = _line(first, "TYPED")
    assert typed["focus"] == "field_measures"
    assert typed["text"] == INSERT + PARAGRAPH
    assert typed["cursor"] == len(INSERT)
    time.sleep(2.0)
    os.kill(first.pid, signal.SIGKILL)
    first.wait(10)
    assert first.returncode == -signal.SIGKILL

    second = _start("report", folder)
    shown = _line(second, "SHOWN")
    second.wait(30)
    assert shown["page"] == 2 and shown["editor_page"] == "ProposalPage"  # the editor, on that proposal
    assert shown["focus"] == "field_measures"
    assert shown["text"] == typed["text"]
    assert shown["cursor"] == typed["cursor"]
