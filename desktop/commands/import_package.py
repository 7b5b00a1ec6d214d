"""`hskt import-package FILE [--trust CERT.pem ...]`: verify a received package and keep it in the inbox.

Prints the inbox id and the verdict; exit 1 when the package is rejected or not trusted (it is still recorded, and
never merged).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_trust_argument, add_tsa_argument, trust_roots, tsa_url


def register(sub: Any) -> None:
    p = sub.add_parser("import-package", help="nhận gói hồ sơ của cấp dưới vào hộp thư đến (kiểm tra trước)")
    p.add_argument("file", metavar="FILE", help="gói hồ sơ .asice")
    add_trust_argument(p)
    p.add_argument("--verbose", "-v", action="store_true", help="in từng mục kiểm tra")
    add_tsa_argument(p, "đóng dấu thời gian lúc nhận lên bản gói lưu trong hộp thư đến")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services import inbox

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")
    tsa = tsa_url(args)
    roots = trust_roots(ctx, args.trust)
    try:
        result = inbox.import_package(ctx.store(), path, roots, timestamp_url=tsa)
    except inbox.InboxError as exc:
        raise UsageError(str(exc)) from None
    again = "" if result.created else " (gói này đã có, đã kiểm tra lại)"
    print(f"{result.id}\t{result.status}\t{result.status_label}: {result.file_name}{again}")
    if args.verbose or result.status != "ok":
        print("\n".join(result.lines))
    if result.stamp_note:
        print(result.stamp_note)
    if result.status == "untrusted":
        print("Gói nguyên vẹn nhưng chưa tin cậy (lý do ở trên): nếu thiếu CA gốc của người ký, thêm bằng --trust "
              "hoặc chép vào thư mục trust của dữ liệu rồi nhận lại; nếu chứng thư mang tên đơn vị khác, hãy xác "
              "minh với đơn vị gửi.")
    return 0 if result.status == "ok" else 1
