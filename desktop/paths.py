"""Where HSKT keeps its data: --data-dir, then HSKT_DATA_DIR, then the platform's user data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """Bundled resources; inside a PyInstaller bundle they sit beside the executable's package folder."""
    bundled = os.environ.get("HSKT_RESOURCES")
    return Path(bundled) if bundled else RESOURCES


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "hskt.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock(self) -> Path:
        return self.root / "hskt.lock"

    def ensure(self) -> DataPaths:
        for p in (self.root, self.attachments, self.inbox, self.exports, self.backups, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    chosen = explicit or os.environ.get("HSKT_DATA_DIR")
    root = Path(chosen) if chosen else Path(platformdirs.user_data_dir("HSKT", appauthor=False))
    return DataPaths(root.expanduser().resolve())
