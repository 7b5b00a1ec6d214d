"""A Store that opens on first use, so the first screen can paint before SQLAlchemy is even imported."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from desktop.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.database import Store


class LazyStore:
    def __init__(self, paths: DataPaths, interactive: bool = True):
        self.paths = paths
        self.interactive = interactive
        self._store: Store | None = None
        self._lock = threading.Lock()  # the warm-up thread and the GUI thread may both ask first

    def get(self) -> Store:
        with self._lock:
            if self._store is None:
                from desktop.store.database import open_store

                self._store = open_store(self.paths, interactive=self.interactive)
            return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def write(self) -> AbstractContextManager[Session]:
        return self.get().write()

    def read(self) -> AbstractContextManager[Session]:
        return self.get().read()

    @property
    def engine(self) -> Any:
        return self.get().engine

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
