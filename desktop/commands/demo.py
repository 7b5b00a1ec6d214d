"""`hskt demo`: fill an empty data folder with the demo commune."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="tạo dữ liệu mẫu (một xã, một đợt xét, hai hồ sơ) trong thư mục dữ liệu trống")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services import demo

    store = ctx.store()
    if demo.has_data(store):
        raise UsageError(f"thư mục dữ liệu {ctx.paths.root} đã có dữ liệu; dữ liệu mẫu chỉ tạo trong thư mục trống")
    changes = demo.fill_demo(store)
    print(f"Đã tạo dữ liệu mẫu: {len(changes.dossiers)} hồ sơ trong {ctx.paths.root}")
    return 0
