"""`hskt render DOSSIER_ID|FILE.json --out DIR`: one PDF per dossier component and all.pdf, as they are printed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("render", help="in hồ sơ ra PDF: mỗi thành phần một tệp và all.pdf")
    p.add_argument("dossier", metavar="DOSSIER_ID|FILE.json")
    p.add_argument("--out", metavar="DIR", required=True, help="thư mục ghi các tệp PDF")
    draft = p.add_mutually_exclusive_group()
    draft.add_argument("--nhap", dest="draft", action="store_const", const=True, default=None,
                       help='luôn in dấu "BẢN NHÁP"')
    draft.add_argument("--chinh-thuc", dest="draft", action="store_const", const=False,
                       help='không in dấu "BẢN NHÁP" (hồ sơ đã đủ)')
    p.add_argument("--docx", action="store_true",
                   help="ghi thêm bản Word của báo cáo (tóm tắt) thành tích: 04_bao-cao/<mã>.docx")
    p.set_defaults(run=run)


def _load(ref: str, ctx: Context) -> Any:
    from desktop.snapshot import SchemaError, loads

    if ref.isdigit():
        from desktop.commands.json_io import dossier_id
        from desktop.services.dossiers import NotFound, load_snapshot

        try:
            return load_snapshot(ctx.store(), dossier_id(ref))
        except NotFound as exc:
            raise UsageError(f"{exc} (xem: hskt list)") from None
    path = Path(ref)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: không có tệp này") from None
    except OSError as exc:
        raise UsageError(f"{path}: không đọc được tệp ({exc.strerror})") from None
    try:
        from desktop.awards.catalogue import known_award_codes

        return loads(raw, known_award_codes())
    except SchemaError as exc:
        raise UsageError(f"{path}: {exc}") from None


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.documents import ALL_PDF, context_from_dossier, join_all, render_dossier

    dossier = _load(args.dossier, ctx)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out}: không tạo được thư mục ({exc.strerror})") from None
    reasons: list[str] = []
    draft = args.draft
    if draft is None:  # the one judge decides, as for the preview: a dossier it finds incomplete prints BẢN NHÁP
        from desktop.services.judging import draft_reasons, judge

        report = judge(dossier)
        reasons = draft_reasons(dossier, report)
        draft = bool(reasons)
    rctx = context_from_dossier(dossier, draft=draft)
    docs = render_dossier(dossier, rctx)
    for doc in docs:
        target = out / doc.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.pdf_bytes)
        print(f"{doc.filename}\t{doc.pages} trang")
    (out / ALL_PDF).write_bytes(join_all(docs, rctx))  # the same pages, copied: each form is laid out once
    print(f"{ALL_PDF}\t{sum(d.pages for d in docs)} trang")
    if args.docx:
        from desktop.documents.docx_export import write_docx

        for path in write_docx(dossier, rctx, out):
            print(f"{path.relative_to(out).as_posix()}\tWord")
    if rctx.draft:
        print('Lưu ý: các trang mang dấu "BẢN NHÁP"' + (" vì hồ sơ chưa đủ:" if reasons else " (--nhap)."))
        for reason in reasons:
            print(f"  - {reason}")
    return 0
