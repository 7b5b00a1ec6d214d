"""`hskt import-json FILE` and `hskt export-json DOSSIER_ID`: the hskt-dossier/1 interchange format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError


def dossier_id(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise UsageError(f'mã hồ sơ "{value}" phải là một số (xem: hskt list)') from None
    if n <= 0:
        raise UsageError(f'mã hồ sơ "{value}" phải là số dương (xem: hskt list)')
    return n


def register(sub: Any) -> None:
    p = sub.add_parser("import-json", help="nhập một hồ sơ hskt-dossier/1; in mã hồ sơ mới")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--title", help="tên hồ sơ (mặc định theo đợt xét)")
    p.set_defaults(run=run_import)
    p = sub.add_parser("export-json", help="xuất một hồ sơ dạng hskt-dossier/1 (byte chuẩn hóa)")
    p.add_argument("dossier", metavar="DOSSIER_ID")
    p.add_argument("--out", metavar="FILE", help="ghi ra tệp thay vì màn hình")
    p.add_argument("--pretty", action="store_true", help="thụt lề cho dễ đọc (không còn là byte chuẩn hóa)")
    p.set_defaults(run=run_export, read_only=True)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.json_io import ImportError_, import_json_file

    try:
        new_id = import_json_file(ctx.store(), Path(args.file), title=args.title)
    except ImportError_ as exc:
        raise UsageError(str(exc)) from None
    print(new_id)
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    import json

    from desktop.services.dossiers import NotFound
    from desktop.services.json_io import export_json

    try:
        data = export_json(ctx.store(), dossier_id(args.dossier))
    except NotFound as exc:
        raise UsageError(f"{exc} (xem: hskt list)") from None
    if args.pretty:
        data = json.dumps(json.loads(data), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    if args.out:
        Path(args.out).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0
