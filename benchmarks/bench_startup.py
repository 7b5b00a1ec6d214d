"""Start-up to first paint of the main window with 10,000 dossiers, against a bare PySide6 window (the floor).

Both run as fresh processes, alternated, in the same run; the ratio of medians is the result. Target (issue 17): at most 2.5×.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.datasets import dossiers_folder

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 7
FLOOR = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
label = QLabel("HSKT")
w.setCentralWidget(label)
class First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = First()
label.installEventFilter(f)
w.show()
app.exec()
"""


def _code() -> Path:
    """The checkout whose app is started (`HSKT_BENCH_CODE`, for a before/after comparison); this one by default."""
    return Path(os.environ.get("HSKT_BENCH_CODE") or REPO).resolve()


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=_code(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def run() -> dict[str, object]:
    folder = dossiers_folder(10_000)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(_code())}
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(folder), "gui", "--quit-when-ready"]
    floor_cmd = [sys.executable, "-c", FLOOR]
    _time(app_cmd, env)  # warm the OS file cache for both, as a clerk's second start would be
    _time(floor_cmd, env)
    app_times, floor_times = [], []
    for _ in range(ROUNDS):
        app_times.append(_time(app_cmd, env))
        floor_times.append(_time(floor_cmd, env))
    app_s, floor_s = statistics.median(app_times), statistics.median(floor_times)
    ratio = app_s / floor_s
    return {"name": "khởi động tới lần vẽ đầu, 10.000 hồ sơ", "value": f"{app_s:.3f}s",
            "baseline": f"{floor_s:.3f}s", "ratio": round(ratio, 2), "unit": "s", "target": "≤ 2,5× cửa sổ trống",
            "ok": ratio <= 2.5, "app_runs": [round(t, 3) for t in app_times],
            "floor_runs": [round(t, 3) for t in floor_times], "code": str(_code())}


if __name__ == "__main__":
    print(run())
