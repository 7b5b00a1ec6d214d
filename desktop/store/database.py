"""The Store: one engine per data folder, short transactions that commit at once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.paths import DataPaths
from desktop.store.engine import checkpoint, make_engine
from desktop.store.migrate import upgrade


class Store:
    def __init__(self, paths: DataPaths, engine: Engine):
        self.paths = paths
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.migration_backup: Path | None = None
        self._stop = threading.Event()
        self._checkpointer: threading.Thread | None = None

    def start_checkpointing(self, every_s: float = 15.0) -> None:
        """Checkpoint the WAL on a background thread (the engine must be made with background_checkpoints)."""

        def loop() -> None:
            while not self._stop.wait(every_s):
                try:
                    checkpoint(self.engine)
                except Exception:  # a busy database just waits for the next round
                    logging.getLogger("hskt.store").warning("background checkpoint failed", exc_info=True)

        self._checkpointer = threading.Thread(target=loop, name="hskt-checkpoint", daemon=True)
        self._checkpointer.start()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short transaction: committed when the block ends, rolled back whole if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self._stop.set()
        if self._checkpointer is not None:
            self._checkpointer.join(timeout=5)
            self.engine.dispose()  # idle pooled connections must not hold a snapshot the truncate has to wait for
            try:
                checkpoint(self.engine, "TRUNCATE")
            except Exception:  # the next open replays the WAL; nothing committed is lost
                logging.getLogger("hskt.store").warning("final checkpoint failed", exc_info=True)
        self.engine.dispose()


def open_store(paths: DataPaths, migrate: bool = True, interactive: bool = False) -> Store:
    """Open the data folder's database, creating it, or backing it up and migrating it to head.

    `interactive`: the GUI's store, whose WAL is checkpointed on a background thread, never inside a save.
    """
    paths.ensure()
    engine = make_engine(paths.database, background_checkpoints=interactive)
    store = Store(paths, engine)
    if migrate:
        store.migration_backup = upgrade(engine, paths.database, paths.backups)
    if interactive:
        store.start_checkpointing()
    return store
