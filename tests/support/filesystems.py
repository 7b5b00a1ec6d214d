"""Real filesystems for environment-failure tests: a read-only bind mount and a small tmpfs that fills up.

Both need mount(2), which root has here and in CI; elsewhere the test is skipped with the reason. (chmod does not
stop root from writing, so a read-only folder must be a read-only mount.)"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để gắn (mount) hệ thống tệp thật cho phép thử này")
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"máy này không cho gắn hệ thống tệp ({done.stderr.strip()})")


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], check=False)


@contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only bind mount: every write fails with EROFS, even for root."""
    view = folder.with_name(folder.name + "-chi-doc")
    view.mkdir()
    _mount("--bind", str(folder), str(view))
    try:
        done = subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"không gắn lại được ở chế độ chỉ đọc ({done.stderr.strip()})")
        yield view
    finally:
        _umount(view)


@contextmanager
def small_filesystem(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _umount(folder)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem holding `folder` until at most `leave` bytes are free."""
    filler = folder / "filler.bin"
    with open(filler, "wb") as fh:
        chunk = b"\0" * 65536
        try:
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave + len(chunk):
                fh.write(chunk)
                fh.flush()
            fh.write(b"\0" * max(0, os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize - leave))
            fh.flush()
        except OSError:
            pass
    return filler
