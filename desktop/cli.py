"""`hskt`: the GUI by default, and headless commands for scripts, tests and the next level's clerks."""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.commands import Context, UsageError
from desktop.console import make_utf8_safe
from desktop.paths import DataPaths, data_paths
from desktop.vn.text import visible

# One module per command (desktop/commands/<name>.py); the order is the order of `hskt --help`.
COMMAND_MODULES = (
    "gui",
    "demo",
    "listing",
    "json_io",
    "check",
    "suggest",
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
    "audit_verify",
)

EXIT_UNEXPECTED = 70  # sysexits' EX_SOFTWARE: a bug, logged in full; 2 is kept for input and environment


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


def _log_file(paths: DataPaths | None) -> tuple[logging.Logger, Path | None]:
    """A file log for the details of a failure: the data folder's logs/, or the temp folder when that is read-only."""
    from desktop.store.errors import free_bytes

    logging.raiseExceptions = False  # a log that cannot be written (a full disk) must not print its own traceback
    log = logging.getLogger("hskt.cli")
    folders = ([paths.logs] if paths is not None else []) + [Path(tempfile.gettempdir())]
    for folder in folders:
        if (free_bytes(folder) or 0) < 1_000_000:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(folder / "hskt.log", encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.propagate = False
        return log, folder / "hskt.log"
    return log, None


def _one_line(text: str) -> str:
    """A message may quote the user's input: line breaks fold to spaces, other invisible characters are spelled out."""
    return visible(" ".join(re.split(r"[ \t\r\n]+", text)).strip())


def _report_failure(exc: BaseException, paths: DataPaths | None) -> int:
    from desktop.services.environment import UnexpectedError, user_facing

    log, where = _log_file(paths)
    shown = user_facing(exc, log, paths.root if paths is not None else None, where)
    for h in list(log.handlers):
        log.removeHandler(h)
        try:
            h.close()
        except OSError:
            pass
    print(f"hskt: {_one_line(str(shown))[:2000]}", file=sys.stderr)
    return EXIT_UNEXPECTED if isinstance(shown, UnexpectedError) else 2


def main(argv: Sequence[str] | None = None) -> int:
    """The command line's one error boundary: input and environment failures print one Vietnamese line and exit 2,
    an unexpected exception is logged and exits 70; never a traceback on the terminal."""
    make_utf8_safe()  # before the first print: a Windows pipe or file is cp1252 otherwise
    args_list = list(sys.argv[1:] if argv is None else argv)
    paths: DataPaths | None = None
    try:
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.self_test:  # a global flag, before any command: works on a machine with no data folder yet
            from desktop.commands.selftest import main as self_test

            return self_test()
        if args.command is None:
            args = parser.parse_args([*args_list, "gui"])
        paths = data_paths(args.data_dir)
        ctx = Context(paths, read_only=bool(getattr(args, "read_only", False)))
        try:
            return int(args.run(args, ctx))
        finally:
            ctx.close()
    except UsageError as exc:
        print(f"hskt: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hskt: đã dừng theo yêu cầu", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `hskt import-package … | head`: the reader left; what it did not read is not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not raise again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a pipeline member killed by it
    except SystemExit:
        raise
    except BaseException as exc:
        return _report_failure(exc, paths)


if __name__ == "__main__":
    raise SystemExit(main())
