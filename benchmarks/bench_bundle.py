"""The built bundle (dist/hskt, `make bundle`): its size on disk, and start-up to first paint against the source run.

Both start the same empty data folder with `gui --quit-when-ready` offscreen, as fresh processes, alternated; the
ratio of medians is the result. Target: the bundle starts no slower than 1.5× the source run (PyInstaller unpacks
nothing in one-folder mode, but it imports from its archive and loads every collected library eagerly).

When `make windows` has run, the Windows bundle too: its size, the setup.exe's, and its start-up under Wine beside
the Linux bundle's (same command, alternated, after one warm-up start; each run includes Wine's own start of the
process). Wine is not Windows: the ratio says how the two builds compare here, not how fast a clerk's PC is.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "hskt"
ROUNDS = 5
SIZE_TARGET_MB = 200
# what installer/windows/build.sh leaves (see its lib.sh for the cache folder)
WIN_BUNDLE = REPO / "build" / "windows" / "src" / "dist" / "hskt"
WIN_SETUP_DIR = REPO / "dist" / "windows"
WIN_CACHE = Path(os.environ.get("HSKT_WIN_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or
                                                           Path.home() / ".cache") / "hskt-windows")
SETUP_TARGET_MB = 70


def _program() -> Path:
    return BUNDLE / ("hskt-cli.exe" if sys.platform == "win32" else "hskt")


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
    return time.perf_counter() - started


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _wine_env() -> dict[str, str]:
    env = {**os.environ, "WINEPREFIX": str(WIN_CACHE / "build-prefix"), "WINEDEBUG": "-all",
           "WINEQT_QPA_PLATFORM": "offscreen", "HOME": str(WIN_CACHE / "home"),
           "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=;mshtml="}
    env.pop("HSKT_RESOURCES", None)
    return env


def _windows(linux_cmd: list[str], linux_env: dict[str, str], tmp: str) -> list[dict[str, object]]:
    exe = WIN_BUNDLE / "hskt-cli.exe"
    if not exe.is_file() or not shutil.which("wine") or not (WIN_CACHE / "build-prefix").is_dir():
        return [{"name": "gói chạy Windows (Wine)", "value": "chưa dựng", "baseline": "", "ratio": "", "unit": "",
                 "target": "make windows trước", "ok": False}]
    size = _size_mb(WIN_BUNDLE)
    setups = sorted(WIN_SETUP_DIR.glob("HSKT-*-cai-dat.exe"), key=lambda p: p.stat().st_mtime)
    setup = [p for p in setups if not p.name.startswith("HSKT-0.0.9-")][-1:] or setups[-1:]
    setup_mb = setup[0].stat().st_size / 1e6 if setup else float("nan")
    env = _wine_env()
    # Windows Python needs pipes, not regular files, as standard handles; only the program itself is waited for
    # (Wine's services may inherit the pipe and outlive it, so reading it to its end could wait forever).
    wine_cmd = ["wine", str(exe), "--data-dir", f"Z:{tmp}/wine".replace("/", "\\"), "gui", "--quit-when-ready"]

    def wine_time() -> float:
        started = time.perf_counter()
        proc = subprocess.Popen(wine_cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)
        try:
            if proc.wait(timeout=300) != 0:
                raise RuntimeError(f"{wine_cmd} exited {proc.returncode}")
        finally:
            if proc.stdout:
                proc.stdout.close()
        return time.perf_counter() - started

    try:
        wine_time()  # first start migrates the data folder and starts the wineserver and Wine's services
        wine_times, linux_times = [], []
        for _ in range(ROUNDS):
            wine_times.append(wine_time())
            linux_times.append(_time(linux_cmd, linux_env))
    finally:
        subprocess.run(["wineserver", "-k"], env=env, check=False)
    w, li = statistics.median(wine_times), statistics.median(linux_times)
    files = sum(1 for p in WIN_BUNDLE.rglob("*") if p.is_file())
    return [
        {"name": "gói chạy Windows: dung lượng cài đặt", "value": f"{size:.1f} MB", "baseline": f"{files} tệp",
         "ratio": "", "unit": "MB", "target": f"≤ {SIZE_TARGET_MB} MB", "ok": size <= SIZE_TARGET_MB,
         "platform": "win32 (Wine)"},
        {"name": "bộ cài Windows (setup.exe)", "value": f"{setup_mb:.1f} MB",
         "baseline": setup[0].name if setup else "", "ratio": "", "unit": "MB", "target": f"≤ {SETUP_TARGET_MB} MB",
         "ok": setup_mb <= SETUP_TARGET_MB},
        {"name": "gói chạy Windows dưới Wine: khởi động tới lần vẽ đầu", "value": f"{w:.3f}s",
         "baseline": f"{li:.3f}s", "ratio": round(w / li, 2), "unit": "s",
         "target": "so với gói chạy Linux (để tham khảo; Wine không phải Windows)", "ok": True,
         "wine_runs": [round(t, 3) for t in wine_times], "linux_bundle_runs": [round(t, 3) for t in linux_times]},
    ]


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
        windows = _windows(bundle_cmd, env, tmp)
    b, s = statistics.median(bundle_times), statistics.median(source_times)
    return [
        {"name": "gói chạy: dung lượng trên đĩa", "value": f"{size:.1f} MB", "baseline": f"{files} tệp",
         "ratio": "", "unit": "MB", "target": f"≤ {SIZE_TARGET_MB} MB", "ok": size <= SIZE_TARGET_MB,
         "platform": sys.platform},
        {"name": "gói chạy: khởi động tới lần vẽ đầu", "value": f"{b:.3f}s", "baseline": f"{s:.3f}s",
         "ratio": round(b / s, 2), "unit": "s", "target": "≤ 1,5× chạy từ mã nguồn", "ok": b / s <= 1.5,
         "bundle_runs": [round(t, 3) for t in bundle_times], "source_runs": [round(t, 3) for t in source_times]},
        *windows,
    ]


if __name__ == "__main__":
    for entry in run():
        print(entry)
