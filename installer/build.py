"""Build the one-folder bundle for this machine (dist/hskt/), run its own self-test, and report its size.

    python installer/build.py [--skip-self-test] [--clean]
    python installer/build.py --check-only      (self-test of an existing dist/hskt, as on a clean machine)
    python installer/build.py --check-only --gui   (also open the main window on the demo data and quit once painted:
                                                   under Xvfb with QT_QPA_PLATFORM=xcb it proves the xcb plugin)

Exit status: 0 when the bundle was built and its self-test passed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "hskt.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "hskt"


def executable(bundle: Path = BUNDLE, console: bool = True) -> Path:
    """The bundle's program; on Windows the console twin prints the self-test, the windowed one does not."""
    if sys.platform == "win32":
        return bundle / ("hskt-cli.exe" if console else "hskt.exe")
    return bundle / "hskt"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(clean: bool = False) -> float:
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        cmd.append("--clean")
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.perf_counter() - started


def _clean_run(args: list[str], bundle: Path) -> int:
    """Run the bundle as a fresh user would: an empty home folder, the working directory outside the source tree,
    and nothing (HSKT_RESOURCES, PYTHONPATH, the venv) pointing back into it."""
    import tempfile

    drop = ("HSKT_RESOURCES", "HSKT_DATA_DIR", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    with tempfile.TemporaryDirectory(prefix="hskt-clean-home-") as home:
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/.local/share", XDG_CONFIG_HOME=f"{home}/.config",
                   LOCALAPPDATA=home, APPDATA=home, TEMP=home, TMPDIR=home)
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.run([str(executable(bundle)), *args], env=env, cwd=home, timeout=300).returncode


def self_test(bundle: Path = BUNDLE) -> int:
    return _clean_run(["--self-test"], bundle)


def gui_smoke(bundle: Path = BUNDLE) -> int:
    """The main window on the demo data, closed once it has painted: a bundle that lost a platform plugin or a
    library the window needs fails here even when the offscreen self-test passes."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    rc = _clean_run(["gui", "--demo-if-empty", "--quit-when-ready"], bundle)
    print(f"Cửa sổ chính ({platform}): " + ("ĐẠT" if rc == 0 else f"LỖI (mã {rc})")
          + f", {time.perf_counter() - started:.1f} s")
    return rc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-self-test", action="store_true")
    parser.add_argument("--clean", action="store_true", help="bỏ bộ nhớ đệm của PyInstaller, dựng lại từ đầu")
    parser.add_argument("--check-only", action="store_true", help="chỉ tự kiểm tra gói chạy đã dựng")
    parser.add_argument("--gui", action="store_true", help="thêm: mở cửa sổ chính trên dữ liệu mẫu rồi thoát")
    args = parser.parse_args(argv)
    if args.check_only:
        if not executable().is_file():
            print(f"Chưa có gói chạy {executable()}: hãy chạy make bundle", file=sys.stderr)
            return 2
        print(f"Gói chạy: {BUNDLE} — {folder_size(BUNDLE) / 1e6:.1f} MB")
        rc = self_test()
        print("Tự kiểm tra gói chạy: " + ("ĐẠT" if rc == 0 else f"LỖI (mã {rc})"))
        if args.gui:
            rc = gui_smoke() or rc
        return rc
    seconds = build(args.clean)
    size = folder_size(BUNDLE)
    print(f"Gói chạy: {BUNDLE} — {size / 1e6:.1f} MB, {sum(1 for _ in BUNDLE.rglob('*'))} tệp, "
          f"dựng trong {seconds:.0f} s")
    if args.skip_self_test:
        return 0
    rc = self_test()
    print("Tự kiểm tra gói chạy: " + ("ĐẠT" if rc == 0 else f"LỖI (mã {rc})"))
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
