"""`hskt`: the GUI by default, and headless commands for scripts, tests and the next level's clerks."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands import Context, UsageError
from desktop.console import make_utf8_safe
from desktop.paths import data_paths

# One module per command (desktop/commands/<name>.py); the order is the order of `hskt --help`.
COMMAND_MODULES = (
    "gui",
    "demo",
    "listing",
    "json_io",
    "check",
    "backup",
    "verify",
    "render",
    "export",
    "import_package",
    "inbox",
    "aggregate",
    "return_note",
    "view",
    "xlsx",
    "selftest",
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports unusable arguments in Vietnamese and exits 2, as every other usage error does."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"tham số không hợp lệ: {message}. Xem: hskt --help")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hskt", description="HSKT — Hồ sơ khen thưởng")
    parser.add_argument("--version", action="version", version=f"HSKT {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="thư mục dữ liệu (mặc định: HSKT_DATA_DIR hoặc thư mục của người dùng)")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra bản cài đặt rồi thoát (mã 0 khi mọi bước đạt); như lệnh self-test")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    make_utf8_safe()  # before the first print: a Windows pipe or file is cp1252 otherwise
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.self_test:  # a global flag, before any command: works on a machine with no data folder yet
            from desktop.commands.selftest import main as self_test

            return self_test()
        if args.command is None:
            args = parser.parse_args([*args_list, "gui"])
        ctx = Context(data_paths(args.data_dir))
        try:
            return int(args.run(args, ctx))
        finally:
            ctx.close()
    except UsageError as exc:
        print(f"hskt: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hskt: đã dừng theo yêu cầu", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
