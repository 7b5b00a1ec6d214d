"""What an entry point (a CLI command, a GUI action, start-up) tells the clerk when something fails.

Known environment failures (a newer schema, a file that is not a database, a read-only folder, a full disk, a
damaged backup) become one Vietnamese line with the fix; an unexpected exception is logged in full and becomes
"lỗi ngoài dự kiến" with the log's place. Input errors the services already word in Vietnamese pass through.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from desktop.paths import DataPaths
from desktop.store.backup import BackupError
from desktop.store.errors import DiskFull, NotADatabase, ReadOnlyFolder, StoreProblem, free_bytes

_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class UnexpectedError(Exception):
    """A bug or an unforeseen failure: the details are in the log, the clerk's saved work is safe."""


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (SQLAlchemy's `.orig`) and what caused it, outermost first."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or any(e is s for s in seen) or len(seen) > 20:
            continue
        seen.append(e)
        orig = getattr(e, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, e.__cause__, e.__context__]
    return seen


def explain(exc: BaseException, folder: Path | None = None) -> StoreProblem | BackupError | None:
    """The known environment failure behind `exc`, or None. `folder`: the data folder, named in the message."""
    for e in _chain(exc):
        if isinstance(e, StoreProblem | BackupError):
            return e
    for e in _chain(exc):
        where = Path(e.filename) if isinstance(e, OSError) and isinstance(e.filename, str) else folder
        if isinstance(e, OSError) and e.errno in _DISK_FULL:
            return DiskFull(where or Path.cwd())
        if isinstance(e, OSError) and e.errno in _READ_ONLY:
            return ReadOnlyFolder(where.parent if where is not None and where.is_file() else where or Path.cwd())
        if isinstance(e, sqlite3.Error):
            text = str(e).lower()
            if "full" in text or ("disk i/o error" in text and folder is not None
                                  and (free_bytes(folder) or 0) < 1_000_000):
                return DiskFull(folder or Path.cwd())
            if "readonly" in text or "read-only" in text:
                return ReadOnlyFolder(folder or Path.cwd())
            if "not a database" in text or "malformed" in text:
                return NotADatabase((folder / "hskt.sqlite3") if folder else Path("hskt.sqlite3"),
                                    "bị hỏng" if "malformed" in text else "không phải tệp SQLite")
    return None


def check_folder(paths: DataPaths) -> None:
    """Start-up's check of the data folder, before the window opens: raises the StoreProblem to show."""
    from desktop.store.access import writable
    from desktop.store.errors import check_database_file
    from desktop.store.revisions import check_revision

    if not writable(paths.root):
        raise ReadOnlyFolder(paths.root)
    check_database_file(paths.database)
    check_revision(paths.database)


def _expected(exc: BaseException) -> bool:
    """Errors the services raise with a Vietnamese message about the clerk's input."""
    return isinstance(exc, ValueError | LookupError) and not isinstance(exc, UnicodeError | KeyError | IndexError)


def user_facing(exc: BaseException, log: logging.Logger, folder: Path | None = None,
                log_file: Path | None = None) -> BaseException:
    """The exception to show the clerk instead of `exc` (which is logged when it is not an input error)."""
    known = explain(exc, folder)
    if known is not None:
        log.warning("%s", known, exc_info=exc)
        return known
    if _expected(exc):
        return exc
    log.error("unexpected error", exc_info=exc)
    where = f" Chi tiết đã ghi vào nhật ký {log_file}." if log_file else " Chi tiết đã ghi vào nhật ký."
    said = " ".join(str(exc).split())[:300]
    return UnexpectedError(f"lỗi ngoài dự kiến ({type(exc).__name__}: {said}). Mọi thay đổi đã lưu trước đó vẫn "
                           f"còn nguyên.{where} Hãy gửi tệp nhật ký cho người hỗ trợ nếu lỗi lặp lại.")
