"""A data folder that cannot be used as it is: each error's message is one Vietnamese line saying what is wrong and
how to fix it. Raised before anything is changed (no backup is written for a database HSKT cannot open)."""

from __future__ import annotations

import shutil
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreProblem(Exception):
    """The environment, not the clerk's input, stops the command; the message says what to do."""


class NewerSchema(StoreProblem):
    def __init__(self, db: Path, revision: str):
        self.revision = revision
        super().__init__(f"dữ liệu này do phiên bản HSKT mới hơn tạo (lược đồ {revision}); hãy cập nhật HSKT. "
                         f"Tệp {db} chưa bị thay đổi.")


class NotADatabase(StoreProblem):
    def __init__(self, db: Path, why: str):
        super().__init__(f"tệp {db} {why}, không phải cơ sở dữ liệu HSKT dùng được; chưa thay đổi gì. "
                         "Hãy khôi phục bản sao lưu (hskt restore TỆP) hoặc chuyển tệp này đi chỗ khác "
                         "để bắt đầu dữ liệu mới.")


class ReadOnlyFolder(StoreProblem):
    def __init__(self, folder: Path):
        super().__init__(f"thư mục dữ liệu {folder} chỉ đọc được, HSKT cần quyền ghi cho việc này; chưa thay đổi gì. "
                         "Hãy chép thư mục sang ổ ghi được hoặc cấp quyền ghi rồi chạy lại "
                         "(các lệnh chỉ đọc như list, check, export-json, audit-verify vẫn chạy được).")


class DiskFull(StoreProblem):
    def __init__(self, where: Path, needed: int | None = None, kept: str = "mọi dữ liệu đã lưu trước đó"):
        self.where, self.needed = where, needed
        free = free_bytes(where)
        need = (f"cần thêm khoảng {_mb(needed)} MB" if needed else "cần thêm dung lượng")
        have = f"còn trống {_mb(free)} MB" if free is not None else "không còn chỗ trống"
        super().__init__(f"ổ đĩa chứa {where} đã đầy ({have}); việc đang làm đã bị hủy, {kept} vẫn còn nguyên. "
                         f"Hãy giải phóng dung lượng ({need}) rồi thử lại.")


def _mb(n: int | None) -> str:
    return f"{max(1, round((n or 0) / (1024 * 1024)))}"


def free_bytes(where: Path) -> int | None:
    for p in (where, *where.parents):
        if p.exists():
            try:
                return shutil.disk_usage(p).free
            except OSError:
                return None
    return None


def check_database_file(db: Path) -> None:
    """A file that is there must be SQLite: an empty or foreign file is never taken for a new database."""
    if not db.exists():
        return
    try:
        with open(db, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise NotADatabase(db, "là một thư mục") from None
    if not head:
        raise NotADatabase(db, "rỗng (0 byte), có thể do máy tắt đột ngột hoặc ổ đầy khi ghi")
    if head != SQLITE_HEADER:
        raise NotADatabase(db, "không phải tệp SQLite")
