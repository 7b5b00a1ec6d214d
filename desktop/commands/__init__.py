"""Headless commands of `hskt`, one module each.

A module exposes `register(sub)`, adding its sub-parser with `set_defaults(run=...)`; `run(args, ctx) -> int`.
Raise `UsageError` for unusable input: the CLI prints its one-line Vietnamese message and exits 2. A command that
only reads sets `set_defaults(read_only=True)`, so it still runs on a data folder HSKT cannot write. Environment
failures (desktop/services/environment.py) and unexpected errors are handled once, in `desktop.cli.main`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.paths import DataPaths

if TYPE_CHECKING:
    from desktop.store.database import Store


class UsageError(Exception):
    """Input the command cannot use; the message names the place and the problem, in Vietnamese."""


@dataclass
class Context:
    paths: DataPaths
    read_only: bool = False  # the command only reads: a read-only data folder is opened read-only, not refused
    _store: Any = field(default=None, repr=False)

    def store(self) -> Store:
        """Open (and migrate) the data folder's database once; commands that need no database never call this."""
        if self._store is None:
            from desktop.store.database import open_store

            self._store = open_store(self.paths, read_only=self.read_only)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


Runner = Callable[[argparse.Namespace, Context], int]


def add_trust_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", metavar="CERT.pem", action="append", default=[],
                        help="thêm chứng thư CA gốc tin cậy (có thể lặp lại)")


def add_tsa_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--tsa", metavar="URL", help=f"máy chủ dấu thời gian RFC 3161 (cần mạng): {what}")


def tsa_url(args: argparse.Namespace) -> str | None:
    """The --tsa server, refused before anything is done when it is not an http(s) address."""
    from desktop.packaging.tsa import is_timestamp_server

    url: str | None = args.tsa
    if url and not is_timestamp_server(url):
        raise UsageError(f"--tsa {url}: địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://")
    return url


def trust_roots(ctx: Context, extra: list[str]) -> list[Any]:
    """Bundled roots, the data folder's trust/ folder (roots the clerk added), and --trust files."""
    from pathlib import Path

    from desktop.packaging.cades import load_trust_roots

    try:
        return list(load_trust_roots([*ctx.paths.trust_files(), *(Path(t) for t in extra)]))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
