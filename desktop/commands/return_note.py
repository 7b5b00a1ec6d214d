"""`hskt return-note PACKAGE_ID --comment ... [--item NOMINEE:FIELD:COMMENT ...] --out DIR <signer>` writes a signed
phiếu trả lại for a received package; `hskt import-return-note FILE` pins a received note's comments to the dossier.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_trust_argument, trust_roots
from desktop.commands.export import add_signer_arguments, open_signer


def register(sub: Any) -> None:
    p = sub.add_parser("return-note", help="lập phiếu trả lại (có ký số) cho một gói đã nhận")
    p.add_argument("package", metavar="PACKAGE_ID", help="mã gói trong hộp thư đến (xem: hskt inbox)")
    p.add_argument("--item", metavar="NOMINEE:FIELD:COMMENT", action="append", default=[],
                   help="ý kiến gắn với một đối tượng và trường (để trống NOMINEE hoặc FIELD nếu không cần)")
    p.add_argument("--comment", metavar="TEXT", help="ý kiến chung cho cả hồ sơ")
    p.add_argument("--out", metavar="DIR", help="thư mục ghi phiếu (mặc định: thư mục exports của dữ liệu)")
    add_signer_arguments(p)
    p.set_defaults(run=run)
    q = sub.add_parser("import-return-note", help="nhận phiếu trả lại: gắn ý kiến vào hồ sơ, mở phiên bản mới")
    q.add_argument("file", metavar="FILE", help="phiếu trả lại HSKT_TRALAI_*.asice")
    add_trust_argument(q)
    q.add_argument("--confirm-signer", action="store_true",
                   help="xác nhận người ký phiếu đúng là cơ quan đã nhận gói (chỉ lần đầu, khi phần mềm hỏi)")
    q.set_defaults(run=run_import)


def _items(raw: list[str]) -> list[dict[str, Any]]:
    out = []
    for text in raw:
        parts = text.split(":", 2)
        if len(parts) != 3 or not parts[2].strip():
            raise UsageError(f"--item {text!r} không đúng dạng NOMINEE:FIELD:COMMENT")
        out.append({"nominee_id": parts[0].strip() or None, "field": parts[1].strip() or None,
                    "comment": parts[2].strip()})
    return out


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.returns_service import ReturnNoteError, write_return_note

    if not args.package.isdigit():
        raise UsageError(f"mã gói {args.package!r} không hợp lệ: phải là số (xem: hskt inbox)")
    items = _items(args.item)
    if not items and not args.comment:
        raise UsageError("phiếu trả lại cần ít nhất một ý kiến: --item hoặc --comment")
    store = ctx.store()
    with open_signer(args) as signer:
        try:
            path = write_return_note(store, int(args.package), items, signer,
                                     Path(args.out) if args.out else None, args.comment)
        except ReturnNoteError as exc:
            raise UsageError(str(exc)) from None
    print(path)
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.returns_service import (
        ReturnNoteError,
        ReturnNoteSignerUnconfirmed,
        import_return_note,
    )

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")
    roots = trust_roots(ctx, args.trust)
    try:
        result = import_return_note(ctx.store(), path, roots, confirm_signer=args.confirm_signer)
    except ReturnNoteSignerUnconfirmed as exc:
        print(f"hskt: {exc}")
        print("Nếu đúng, chạy lại với --confirm-signer; nếu không, đừng nhận phiếu này.")
        return 1
    except ReturnNoteError as exc:
        print(f"hskt: {exc}")
        return 1
    print(f"Hồ sơ {result.dossier_id} bị trả lại: {len(result.comments)} ý kiến; đang sửa phiên bản "
          f"{result.revision}")
    print(f"Phiếu do {result.signer} ký; cơ quan nhận gói đã ghi nhận: {result.signer_office}")
    for c in result.comments:
        where = " / ".join(x for x in (c["nominee_id"], c["field"]) if x) or "cả hồ sơ"
        print(f"  - [{where}] {c['comment']}")
    return 0
