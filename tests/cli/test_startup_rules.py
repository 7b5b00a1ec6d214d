"""The rule sets are checked after the first paint now, and a broken one still stops HSKT with its message (exit 4)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs the real application; once the window has painted, the critical message box appears: read it, press Enter.
CHILD = r"""
import sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop.app import run_gui
from desktop.paths import data_paths

app = QApplication(sys.argv[:1])
seen = []

def poll():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        shown = any(w.isVisible() and w is not box for w in QApplication.topLevelWidgets())
        seen.append((box.windowTitle(), box.text(), shown))
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        return
    QTimer.singleShot(50, poll)

QTimer.singleShot(50, poll)
code = run_gui(data_paths(sys.argv[1]).ensure(), language="vi")
title, text, window_shown = seen[0] if seen else ("", "", False)
print(code)
print(title)
print(window_shown)
print(text.replace("\n", " "))
"""


def test_a_broken_rule_set_stops_hskt_after_the_window_appears(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(REPO / "resources", resources)
    (resources / "rulesets" / "nd152-2025" / "awards.toml").write_text("[[award]\ncode = ", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HSKT_RESOURCES": str(resources)}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stderr
    assert lines[0] == "4"  # run_gui's exit code: refused
    assert lines[1] == "Bộ quy tắc bị lỗi"
    assert lines[2] == "True"  # the list was on screen first; the check no longer delays it
    assert "HSKT không khởi động vì bộ quy tắc khen thưởng có lỗi" in lines[3] and "awards.toml" in lines[3]
    assert "Traceback" not in proc.stderr
