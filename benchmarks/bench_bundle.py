"""The built bundle (dist/hskt, `make bundle`): its size on disk, and start-up to first paint against the source run.

Both start the same empty data folder with `gui --quit-when-ready` offscreen, as fresh processes, alternated; the
ratio of medians is the result. Target: the bundle starts no slower than 1.5× the source run (PyInstaller unpacks
nothing in one-folder mode, but it imports from its archive and loads every collected library eagerly).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "hskt"
ROUNDS = 5
SIZE_TARGET_MB = 300


def _program() -> Path:
    return BUNDLE / ("hskt-cli.exe" if sys.platform == "win32" else "hskt")


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
    return time.perf_counter() - started


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run() -> list[dict[str, object]]:
    if not _program().is_file():
        return [{"name": "gói chạy (dist/hskt)", "value": "chưa dựng", "baseline": "", "ratio": "", "unit": "",
                 "target": "make bundle trước", "ok": False}]
    size = _size_mb(BUNDLE)
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("HSKT_RESOURCES", None)
    with tempfile.TemporaryDirectory(prefix="hskt-bench-bundle-") as tmp:
        bundle_cmd = [str(_program()), "--data-dir", f"{tmp}/bundle", "gui", "--quit-when-ready"]
        source_cmd = [sys.executable, "-m", "desktop", "--data-dir", f"{tmp}/source", "gui", "--quit-when-ready"]
        _time(bundle_cmd, env)  # first start creates and migrates each data folder, and warms the file cache
        _time(source_cmd, env)
        bundle_times, source_times = [], []
        for _ in range(ROUNDS):
            bundle_times.append(_time(bundle_cmd, env))
            source_times.append(_time(source_cmd, env))
    b, s = statistics.median(bundle_times), statistics.median(source_times)
    return [
        {"name": "gói chạy: dung lượng trên đĩa", "value": f"{size:.1f} MB", "baseline": f"{files} tệp",
         "ratio": "", "unit": "MB", "target": f"≤ {SIZE_TARGET_MB} MB", "ok": size <= SIZE_TARGET_MB,
         "platform": sys.platform},
        {"name": "gói chạy: khởi động tới lần vẽ đầu", "value": f"{b:.3f}s", "baseline": f"{s:.3f}s",
         "ratio": round(b / s, 2), "unit": "s", "target": "≤ 1,5× chạy từ mã nguồn", "ok": b / s <= 1.5,
         "bundle_runs": [round(t, 3) for t in bundle_times], "source_runs": [round(t, 3) for t in source_times]},
    ]


if __name__ == "__main__":
    for entry in run():
        print(entry)
