"""Where HSKT keeps its data: --data-dir, then HSKT_DATA_DIR, then the platform's user data folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def frozen() -> bool:
    """True inside a PyInstaller bundle (installer/hskt.spec)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """HSKT_RESOURCES when set; inside a PyInstaller bundle the spec copies them to <_MEIPASS>/resources (the
    `_internal` folder beside hskt.exe); otherwise the source tree's resources/."""
    bundled = os.environ.get("HSKT_RESOURCES")
    if bundled:
        return Path(bundled)
    if frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return RESOURCES


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
    def trust(self) -> Path:
        return self.root / "trust"

    def trust_files(self) -> list[Path]:
        """Root certificates the clerk added (trust/*.pem|crt|cer), trusted beside the bundled roots."""
        if not self.trust.is_dir():
            return []
        return sorted(p for p in self.trust.iterdir() if p.suffix.lower() in (".pem", ".crt", ".cer"))

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
