"""`hskt view FILE.asice`: the reviewer's viewer alone — documents, nominees, verdicts and every signature's
result — with no data folder or database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_trust_argument, trust_roots


def register(sub: Any) -> None:
    p = sub.add_parser("view", help="mở một gói hồ sơ để xem (chế độ xem cho người thẩm định, không cần dữ liệu)")
    p.add_argument("file", metavar="FILE.asice")
    add_trust_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")

    roots = trust_roots(ctx, args.trust)
    from desktop.views.package_viewer import run_viewer

    return run_viewer(path, roots)
