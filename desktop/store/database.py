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
from desktop.store.access import writable
from desktop.store.engine import checkpoint, make_engine
from desktop.store.errors import NotADatabase, ReadOnlyFolder, check_database_file
from desktop.store.migrate import upgrade
from desktop.store.revisions import check_revision, head_revision


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


def open_store(paths: DataPaths, migrate: bool = True, interactive: bool = False, read_only: bool = False) -> Store:
    """Open the data folder's database, creating it, or backing it up and migrating it to head.

    `interactive`: the GUI's store, whose WAL is checkpointed on a background thread, never inside a save.
    `read_only`: the caller only reads; a folder HSKT cannot write is then opened read-only instead of refused.
    Raises a StoreProblem (newer schema, not a database, read-only folder) before anything is changed.
    """
    check_database_file(paths.database)
    if not writable(paths.root):
        if not read_only:
            raise ReadOnlyFolder(paths.root)
        if not paths.database.exists():
            raise NotADatabase(paths.database, "không có")
        if check_revision(paths.database) != head_revision():
            raise ReadOnlyFolder(paths.root)  # an older schema needs a migration, which is a write
        return Store(paths, make_engine(paths.database, read_only=True))
    check_revision(paths.database)
    paths.ensure()
    engine = make_engine(paths.database, background_checkpoints=interactive)
    store = Store(paths, engine)
    if migrate:
        store.migration_backup = upgrade(engine, paths.database, paths.backups)
    if interactive:
        store.start_checkpointing()
    return store
