"""`hskt export DOSSIER_ID --out FILE|DIR [--p12 FILE --password-file FILE | --pkcs11-lib LIB [--token-label L]
[--key-id HEX] --pin-file FILE]`: sign and write the dossier's package, then freeze that revision.

Passwords and PINs come from a file or an interactive prompt, are used once and are never stored.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError, add_tsa_argument, tsa_url


def add_signer_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("khóa ký số (chọn tệp PKCS#12 hoặc token PKCS#11)")
    g.add_argument("--p12", metavar="FILE", help="tệp chữ ký số .p12/.pfx")
    g.add_argument("--password-file", metavar="FILE", help="tệp chứa mật khẩu của tệp .p12 (không có: hỏi)")
    g.add_argument("--pkcs11-lib", metavar="LIB", help="thư viện PKCS#11 của token (.dll/.so)")
    g.add_argument("--token-label", metavar="L", help="nhãn token (khi cắm nhiều token)")
    g.add_argument("--key-id", metavar="HEX", help="CKA_ID của khóa (khi token có nhiều khóa)")
    g.add_argument("--pin-file", metavar="FILE", help="tệp chứa mã PIN của token (không có: hỏi)")


def _secret(file: str | None, prompt: str) -> str:
    if file:
        try:
            return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"không đọc được tệp {file}: {exc.strerror or exc}") from None
    if not sys.stdin.isatty():
        raise UsageError(f"{prompt.lower()} chưa được cung cấp; dùng --password-file/--pin-file hoặc chạy trong cửa sổ "
                         "dòng lệnh để nhập")
    return getpass.getpass(f"{prompt}: ")


def open_signer(args: argparse.Namespace) -> Any:
    """A PackageSigner from the arguments; the caller closes it (use `with`)."""
    from desktop.packaging.signers import Pkcs11Signer, Pkcs12Signer, SignerError

    if bool(args.p12) == bool(args.pkcs11_lib):
        raise UsageError("chọn đúng một khóa ký: --p12 FILE hoặc --pkcs11-lib LIB")
    try:
        if args.p12:
            if not Path(args.p12).is_file():
                raise UsageError(f"không tìm thấy tệp {args.p12}")
            return Pkcs12Signer(args.p12, _secret(args.password_file, "Mật khẩu tệp chữ ký số"))
        return Pkcs11Signer(args.pkcs11_lib, pin=_secret(args.pin_file, "Mã PIN của token"),
                            token_label=args.token_label, key_id=args.key_id)
    except SignerError as exc:
        raise UsageError(str(exc)) from None


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="ký số và xuất gói hồ sơ (.asice); khóa phiên bản đã ký",
                       description="Từ chối hồ sơ chưa đủ hoặc có đề nghị không đạt; in, ký số, ghi gói và khóa "
                                   "phiên bản.")
    p.add_argument("dossier", metavar="DOSSIER_ID")
    p.add_argument("--out", metavar="FILE|DIR", required=True, help="tệp .asice hoặc thư mục (tên tệp theo quy ước)")
    p.add_argument("--seal", metavar="PNG", help="ảnh con dấu (PNG nền trong suốt) đặt trên ô chữ ký")
    add_tsa_argument(p, "chữ ký kèm dấu thời gian")
    add_signer_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.commands.json_io import dossier_id
    from desktop.services import exporting
    from desktop.services.dossiers import NotFound

    did = dossier_id(args.dossier)
    seal = None
    if args.seal:
        try:
            seal = Path(args.seal).read_bytes()
        except OSError as exc:
            raise UsageError(f"không đọc được ảnh con dấu {args.seal}: {exc.strerror or exc}") from None
    tsa = tsa_url(args)
    store = ctx.store()
    try:
        plan = exporting.plan_export(store, did)
    except NotFound as exc:
        raise UsageError(f"{exc} (xem: hskt list)") from None
    if plan.problems:  # before asking for a password: nothing to sign yet
        print("\n".join(exporting.ExportRefused(f"hồ sơ số {did} chưa xuất được vì {len(plan.problems)} lý do:",
                                                list(plan.problems)).lines()), file=sys.stderr)
        return 1
    with open_signer(args) as signer:
        if tsa:
            from desktop.packaging.tsa import timestamp_client

            signer.timestamper = timestamp_client(tsa)
        try:
            result = exporting.export_dossier(store, did, signer, Path(args.out), seal_png=seal, checked=plan)
        except exporting.ExportRefused as exc:
            print("\n".join(exc.lines()), file=sys.stderr)
            return 1
        except exporting.ExportFailed as exc:
            print(f"hskt: xuất gói không thành công: {exc}", file=sys.stderr)
            return 1
    print(result.path)
    print(f"Đã ký bởi {result.signer}; phiên bản {result.revision} đã khóa; SHA-256 {result.sha256}")
    for w in result.warnings:
        print(f"Lưu ý: {w}")
    return 0
