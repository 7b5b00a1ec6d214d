"""The whole data folder as one zip file, and back.

The database is copied with SQLite's online backup API (consistent even while the app writes); every file is listed
with its SHA-256 in `hskt-backup.json`, and a restore checks all of them before it touches the data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.paths import DataPaths
from desktop.store.lock import FolderLock, FolderLocked
from desktop.store.sqlite_copy import copy_database

MANIFEST = "hskt-backup.json"
FORMAT = "hskt-backup/1"
FOLDERS = ("attachments", "inbox", "exports")
MAX_ENTRIES = 200_000


class BackupError(Exception):
    """Vietnamese message naming what is wrong with the backup or the data folder."""


@dataclass(frozen=True)
class BackupInfo:
    files: int
    size: int


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def write_backup(paths: DataPaths, out: Path) -> BackupInfo:
    if not paths.database.exists():
        raise BackupError(f"thư mục {paths.root} chưa có cơ sở dữ liệu HSKT để sao lưu")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hskt-backup-") as tmp:
        db_copy = Path(tmp) / "hskt.sqlite3"
        copy_database(paths.database, db_copy)
        entries: list[tuple[str, Path]] = [("hskt.sqlite3", db_copy)]
        for folder in FOLDERS:
            base = paths.root / folder
            if base.is_dir():
                for f in sorted(base.rglob("*")):
                    if f.is_file() and not f.is_symlink() and not f.name.startswith(".incoming-"):
                        entries.append((f.relative_to(paths.root).as_posix(), f))
        manifest = {
            "format": FORMAT,
            "app_version": __version__,
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "files": [{"name": name, "sha256": _sha256(p), "size": p.stat().st_size} for name, p in entries],
        }
        fd, tmp_out = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
        try:
            with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                for name, p in entries:
                    zf.write(p, name)
            with open(tmp_out, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp_out, out)
        except BaseException:
            Path(tmp_out).unlink(missing_ok=True)
            raise
    return BackupInfo(len(entries), out.stat().st_size)


def _safe_name(name: str) -> bool:
    p = PurePosixPath(name)
    return (
        not name.startswith("/") and "\\" not in name and ".." not in p.parts and ":" not in name
        and (name == "hskt.sqlite3" or (len(p.parts) > 1 and p.parts[0] in FOLDERS))
    )


def _check(zf: zipfile.ZipFile, source: Path) -> list[dict[str, object]]:
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except KeyError:
        raise BackupError(f"{source.name} không phải tệp sao lưu HSKT (thiếu {MANIFEST})") from None
    except (ValueError, zipfile.BadZipFile) as exc:
        raise BackupError(f"{source.name}: mục lục sao lưu bị hỏng ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source.name}: định dạng sao lưu {manifest.get('format')!r} không được hỗ trợ")
    files = manifest.get("files", [])
    if len(files) > MAX_ENTRIES:
        raise BackupError(f"{source.name}: quá nhiều tệp ({len(files)})")
    names = set(zf.namelist())
    for entry in files:
        name = str(entry["name"])
        if not _safe_name(name):
            raise BackupError(f"{source.name}: tên tệp không an toàn trong bản sao lưu: {name}")
        if name not in names:
            raise BackupError(f"{source.name}: thiếu tệp {name} được ghi trong mục lục")
    return list(files)


def restore_backup(paths: DataPaths, source: Path) -> Path:
    """Replace the data folder's content with the backup's; the current content is moved aside, never deleted."""
    if not source.is_file():
        raise BackupError(f"không tìm thấy tệp sao lưu {source}")
    lock = FolderLock(paths.lock)
    try:
        lock.acquire()
    except FolderLocked:
        raise BackupError("HSKT đang mở trên thư mục dữ liệu này; hãy đóng cửa sổ HSKT rồi khôi phục lại") from None
    try:
        try:
            zf = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError) as exc:
            raise BackupError(f"{source.name} không đọc được như tệp sao lưu ({exc})") from None
        with zf, tempfile.TemporaryDirectory(prefix=".restore-", dir=paths.root.parent) as tmp:
            staging = Path(tmp)
            for entry in _check(zf, source):
                name = str(entry["name"])
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                h = hashlib.sha256()
                with zf.open(name) as src, open(target, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        h.update(chunk)
                        dst.write(chunk)
                if h.hexdigest() != entry["sha256"]:
                    raise BackupError(f"{source.name}: tệp {name} bị hỏng (SHA-256 không khớp); chưa thay đổi gì")
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = paths.backups / f"truoc-khoi-phuc-{stamp}"
            kept.mkdir(parents=True, exist_ok=True)
            for name in ("hskt.sqlite3", "hskt.sqlite3-wal", "hskt.sqlite3-shm", *FOLDERS):
                current = paths.root / name
                if current.exists():
                    shutil.move(str(current), str(kept / name))
            for item in staging.iterdir():
                shutil.move(str(item), str(paths.root / item.name))
            paths.ensure()
            return kept
    finally:
        lock.release()
