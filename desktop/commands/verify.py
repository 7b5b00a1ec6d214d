"""`hskt verify FILE [--trust CERT.pem ...] [--json]`: check a signed package offline, exit 0 only if all holds."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_trust_argument, trust_roots


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="kiểm tra gói hồ sơ đã ký (.asice)",
                       description="Kiểm tra cấu trúc, mã băm, chữ ký CAdES/PAdES và các gói cấp dưới của một gói.")
    p.add_argument("file", metavar="FILE", help="gói hồ sơ .asice")
    add_trust_argument(p)
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.packaging.verify import verify_package

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")
    roots = trust_roots(ctx, args.trust)
    try:
        report = verify_package(path, roots)
    except Exception as exc:  # the last guard: a hostile file must never end in a traceback
        print(f"hskt: không kiểm tra được {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0 if report.ok else 1
