"""`hskt gui` (also plain `hskt`): the desktop application."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands import Context


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="mở cửa sổ HSKT (mặc định)")
    p.add_argument("--quit-when-ready", action="store_true", help="thoát ngay khi cửa sổ chính vẽ xong (đo khởi động)")
    p.add_argument("--demo-if-empty", action="store_true", help="nạp dữ liệu mẫu nếu thư mục dữ liệu còn trống")
    p.add_argument("--lang", help="ngôn ngữ giao diện, ví dụ vi hoặc en")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.app import run_gui

    try:
        ctx.paths.ensure()
    except OSError:  # a read-only or full folder: start-up's check explains it in a dialog, not on a terminal
        pass
    return run_gui(ctx.paths, quit_when_ready=args.quit_when_ready, demo_if_empty=args.demo_if_empty,
                   language=args.lang or "vi")
