"""`hskt audit-verify`: walk the data folder's audit chain; exit 0 when intact, 1 when an event was altered."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("audit-verify", help="kiểm tra nhật ký thay đổi (chuỗi mã băm) của thư mục dữ liệu")
    p.set_defaults(run=run, read_only=True)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.audit import verify_store

    if not ctx.paths.database.exists():
        raise UsageError(f"thư mục {ctx.paths.root} chưa có cơ sở dữ liệu HSKT")
    report = verify_store(ctx.store())
    print(report.line())
    return 0 if report.ok else 1
