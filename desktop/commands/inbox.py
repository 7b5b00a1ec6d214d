"""`hskt inbox`: the received packages, newest first, with their verdicts."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands import Context


def register(sub: Any) -> None:
    p = sub.add_parser("inbox", help="liệt kê các gói đã nhận và kết quả kiểm tra")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.inbox import list_inbox

    rows = list_inbox(ctx.store())
    if args.json:
        print(json.dumps([{"id": r.id, "file": r.file_name, "package_id": r.package_id, "unit": r.unit_name,
                           "unit_code": r.unit_code, "year": r.year, "revision": r.revision, "signer": r.signer,
                           "status": r.status, "verdict": r.verdict, "received_at": r.received_at.isoformat(),
                           "aggregated_into": r.imported_as, "summary": r.summary} for r in rows],
                         ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Hộp thư đến trống (nhận gói: hskt import-package FILE)")
        return 0
    for r in rows:
        into = f"\tđã tổng hợp vào hồ sơ {r.imported_as}" if r.imported_as else ""
        print(f"{r.id}\t{r.status_label}\t{r.unit_name or '?'}\t{r.file_name}\t{r.signer}{into}")
        if r.status != "ok":
            print(f"\t{r.summary}")
    return 0
