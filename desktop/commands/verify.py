"""`hskt verify FILE [--trust CERT.pem ...] [--json]`: check a signed package or return note offline; exit 0 only
if it is accepted (hợp lệ, or hợp lệ with a certificate that expired after signing)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_trust_argument, trust_roots


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="kiểm tra gói hồ sơ hoặc phiếu trả lại đã ký (.asice)",
                       description="Kiểm tra cấu trúc, mã băm, chữ ký CAdES/PAdES, người ký và các gói cấp dưới "
                                   "của một gói hồ sơ, hoặc một phiếu trả lại.")
    p.add_argument("file", metavar="FILE", help="gói hồ sơ hoặc phiếu trả lại .asice")
    add_trust_argument(p)
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(run=run)


def is_return_note(path: Path) -> bool:
    """A phiếu trả lại holds return-note.json and no dossier.json; anything unreadable is checked as a package."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False
    return "return-note.json" in names and "dossier.json" not in names


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.packaging.returns import read_return_note
    from desktop.packaging.verify import verify_package

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"không tìm thấy tệp {path}")
    roots = trust_roots(ctx, args.trust)
    try:
        if is_return_note(path):
            note, report = read_return_note(path, roots)
            report.name = f"{path.name} (phiếu trả lại)"
            if note is not None:
                report.checks[-1].notes += [f"gửi cho gói {note.package}, từ {note.from_unit}, lúc {note.created}"]
        else:
            report = verify_package(path, roots)
    except Exception as exc:  # the last guard: a hostile file must never end in a traceback
        print(f"hskt: không kiểm tra được {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0 if report.ok else 1
