"""`hskt list`: the dossiers, one line each (tab-separated, for scripts)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands import Context
from desktop.status import STATUS_LABELS


def register(sub: Any) -> None:
    p = sub.add_parser("list", help="liệt kê hồ sơ")
    p.add_argument("--bin", action="store_true", help="liệt kê hồ sơ trong thùng rác")
    p.set_defaults(run=run, read_only=True)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.dossiers import list_dossiers

    rows = sorted(list_dossiers(ctx.store(), in_bin=args.bin), key=lambda r: r.id)
    for r in rows:
        print(f"{r.id}\t{STATUS_LABELS.get(r.status, r.status)}\t{r.year or ''}\t{r.nominee_count}\t{r.title}")
    if not rows:
        print("(chưa có hồ sơ nào)" if not args.bin else "(thùng rác trống)")
    return 0
