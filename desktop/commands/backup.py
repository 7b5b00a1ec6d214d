"""`hskt backup FILE` and `hskt restore FILE`: the whole data folder as one file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="sao lưu toàn bộ thư mục dữ liệu vào một tệp")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run_backup)
    p = sub.add_parser("restore", help="khôi phục thư mục dữ liệu từ tệp sao lưu (dữ liệu hiện tại được giữ lại)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.store.backup import BackupError, write_backup

    try:
        info = write_backup(ctx.paths, Path(args.file))
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    print(f"Đã sao lưu {info.files} tệp ({info.size // 1024} KB) vào {args.file}")
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.store.backup import BackupError, restore_backup

    try:
        kept = restore_backup(ctx.paths, Path(args.file))
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    print(f"Đã khôi phục từ {args.file}. Dữ liệu trước đó được giữ tại {kept}")
    return 0
