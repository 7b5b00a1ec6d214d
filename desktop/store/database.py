"""The Store: one engine per data folder, short transactions that commit at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.paths import DataPaths
from desktop.store.engine import make_engine
from desktop.store.migrate import upgrade


class Store:
    def __init__(self, paths: DataPaths, engine: Engine):
        self.paths = paths
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.migration_backup: Path | None = None

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
        self.engine.dispose()


def open_store(paths: DataPaths, migrate: bool = True) -> Store:
    """Open the data folder's database, creating it, or backing it up and migrating it to head."""
    paths.ensure()
    engine = make_engine(paths.database)
    store = Store(paths, engine)
    if migrate:
        store.migration_backup = upgrade(engine, paths.database, paths.backups)
    return store
