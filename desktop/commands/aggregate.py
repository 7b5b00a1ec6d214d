"""`hskt aggregate --campaign NAME PACKAGE_IDS...`: build the upper-level dossier from received packages."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("aggregate", help="tổng hợp các gói đã nhận thành hồ sơ của cấp mình; in mã hồ sơ mới")
    p.add_argument("--campaign", metavar="NAME", required=True, help="tên đợt xét của hồ sơ tổng hợp")
    p.add_argument("--title", metavar="TEXT", help="tên hồ sơ (mặc định: Tổng hợp <đợt xét>)")
    p.add_argument("packages", metavar="PACKAGE_ID", nargs="+", help="mã gói trong hộp thư đến (xem: hskt inbox)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.aggregation import AggregationError, aggregate

    ids = []
    for raw in args.packages:
        if not raw.isdigit():
            raise UsageError(f"mã gói {raw!r} không hợp lệ: phải là số (xem: hskt inbox)")
        ids.append(int(raw))
    try:
        result = aggregate(ctx.store(), args.campaign, ids, title=args.title)
    except AggregationError as exc:
        raise UsageError(str(exc)) from None
    print(result.dossier_id)
    print(f"Đã tổng hợp {result.stats['packages']} gói: {result.nominees} đối tượng, {result.proposals} đề nghị")
    for issue in result.issues:
        print(f"Cảnh báo: {issue['message']}")
    return 0
