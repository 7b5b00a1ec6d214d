"""Build the one-folder bundle for this machine (dist/hskt/), run its own self-test, and report its size.

    python installer/build.py [--skip-self-test] [--clean]
    python installer/build.py --check-only      (self-test of an existing dist/hskt, as on a clean machine)

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


def self_test(bundle: Path = BUNDLE) -> int:
    """Run the bundle's self-test as a fresh user would: an empty home folder, the working directory outside the
    source tree, and nothing (HSKT_RESOURCES, PYTHONPATH, the venv) pointing back into it."""
    import tempfile

    drop = ("HSKT_RESOURCES", "HSKT_DATA_DIR", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    with tempfile.TemporaryDirectory(prefix="hskt-clean-home-") as home:
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/.local/share", XDG_CONFIG_HOME=f"{home}/.config",
                   LOCALAPPDATA=home, APPDATA=home, TEMP=home, TMPDIR=home)
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.run([str(executable(bundle)), "--self-test"], env=env, cwd=home).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-self-test", action="store_true")
    parser.add_argument("--clean", action="store_true", help="bỏ bộ nhớ đệm của PyInstaller, dựng lại từ đầu")
    parser.add_argument("--check-only", action="store_true", help="chỉ tự kiểm tra gói chạy đã dựng")
    args = parser.parse_args(argv)
    if args.check_only:
        if not executable().is_file():
            print(f"Chưa có gói chạy {executable()}: hãy chạy make bundle", file=sys.stderr)
            return 2
        print(f"Gói chạy: {BUNDLE} — {folder_size(BUNDLE) / 1e6:.1f} MB")
        rc = self_test()
        print("Tự kiểm tra gói chạy: " + ("ĐẠT" if rc == 0 else f"LỖI (mã {rc})"))
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
