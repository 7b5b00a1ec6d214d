"""The whole data folder as one zip file, and back.

The database is copied with SQLite's online backup API (consistent even while the app writes); every file is listed
with its SHA-256 in `hskt-backup.json`, and a restore checks all of them before it touches the data folder.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.paths import DataPaths
from desktop.store.errors import DiskFull
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
    if not isinstance(files, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("sha256"), str) for e in files):
        raise BackupError(f"{source.name}: mục lục sao lưu bị hỏng (danh sách tệp không đúng dạng)")
    for entry in files:
        name = str(entry["name"])
        if not _safe_name(name):
            raise BackupError(f"{source.name}: tên tệp không an toàn trong bản sao lưu: {name}")
        if name not in names:
            raise BackupError(f"{source.name}: thiếu tệp {name} được ghi trong mục lục")
    return list(files)


def _check_database(db: Path, source: Path) -> None:
    """The restored database must open as the data folder's database would: SQLite, intact, a known schema."""
    from desktop.store.errors import StoreProblem, check_database_file
    from desktop.store.revisions import check_revision

    if not db.is_file():
        raise BackupError(f"{source.name}: bản sao lưu không có cơ sở dữ liệu hskt.sqlite3; chưa thay đổi gì")
    try:
        check_database_file(db)
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if verdict != "ok":
            raise BackupError(f"{source.name}: cơ sở dữ liệu trong bản sao lưu bị hỏng ({verdict}); chưa thay đổi gì")
        check_revision(db)
    except StoreProblem as exc:
        raise BackupError(f"{source.name}: cơ sở dữ liệu trong bản sao lưu không dùng được: {exc}") from None
    except sqlite3.Error as exc:
        raise BackupError(f"{source.name}: cơ sở dữ liệu trong bản sao lưu bị hỏng ({exc}); chưa thay đổi gì") from None


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
            files = _check(zf, source)
            for entry in files:
                name = str(entry["name"])
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                h = hashlib.sha256()
                try:
                    with zf.open(name) as src, open(target, "wb") as dst:
                        while chunk := src.read(1 << 20):
                            h.update(chunk)
                            dst.write(chunk)
                except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
                    raise BackupError(f"{source.name}: tệp {name} trong bản sao lưu bị hỏng ({exc}); "
                                      "chưa thay đổi gì") from None
                except OSError as exc:
                    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                        need = sum(int(str(e.get("size") or 0)) for e in files)
                        raise DiskFull(staging, needed=need, kept="dữ liệu hiện tại") from None
                    raise
                if h.hexdigest() != entry["sha256"]:
                    raise BackupError(f"{source.name}: tệp {name} bị hỏng (SHA-256 không khớp); chưa thay đổi gì")
            _check_database(staging / "hskt.sqlite3", source)
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
