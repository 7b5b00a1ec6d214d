"""`hskt self-test` (also the global flag `hskt --self-test`): check this installation, exit 0 only if all pass."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.commands import Context


def register(sub: Any) -> None:
    p = sub.add_parser("self-test", help="tự kiểm tra bản cài đặt: cơ sở dữ liệu, biểu mẫu, ký và kiểm tra gói")
    p.add_argument("--no-qt", dest="qt", action="store_false",
                   help="bỏ qua bước kiểm tra giao diện Qt (máy không có thư viện đồ họa)")
    p.set_defaults(run=run)


def main(qt: bool = True) -> int:
    from desktop import __version__
    from desktop.selftest import FAIL, PASS, run_selftest

    print(f"HSKT {__version__} — tự kiểm tra", flush=True)

    def progress(step: Any) -> None:
        print(f"  {step.name}: {PASS if step.ok else FAIL} ({step.seconds:.2f} s)", file=sys.stderr, flush=True)

    report = run_selftest(qt=qt, on_step=progress if sys.stderr.isatty() else None)
    print(report.table(), flush=True)
    return 0 if report.ok else 1


def run(args: argparse.Namespace, ctx: Context) -> int:
    return main(qt=args.qt)
