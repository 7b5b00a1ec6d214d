"""`hskt xlsx-template OUT.xlsx` and `hskt import-xlsx FILE.xlsx [--report OUT.xlsx]`: Excel lists of people."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("xlsx-template", help="ghi tệp Excel mẫu để nhập danh sách cá nhân và quá trình khen thưởng")
    p.add_argument("out", metavar="OUT.xlsx")
    p.set_defaults(run=run_template)
    p = sub.add_parser("import-xlsx", help="nhập danh sách cá nhân từ tệp Excel theo mẫu; báo lỗi từng dòng")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--report", metavar="OUT.xlsx", help="ghi bản sao tệp với các ô lỗi được tô đỏ")
    p.set_defaults(run=run_import)


def run_template(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.spreadsheets import write_template

    out = write_template(Path(args.out))
    print(f"Đã ghi mẫu nhập danh sách: {out}")
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.spreadsheets import import_people

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")
    try:
        result = import_people(ctx.store(), path, Path(args.report) if args.report else None)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    print(f"Đã nhập {result.imported} dòng ({result.created} người mới, {result.updated} người đã có được cập nhật, "
          f"{result.history_rows} dòng quá trình).")
    if result.rejected:
        print(f"{result.rejected} dòng không nhập được:")
        for e in result.errors:
            print(f"  {e}")
        if result.report_path:
            print(f"Các ô lỗi được tô đỏ trong: {result.report_path}")
    for warning in result.warnings:
        print(f"hskt: cảnh báo: {warning}", file=sys.stderr)
    return 1 if result.rejected else 0
