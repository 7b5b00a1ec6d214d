"""What the GUI may do, in one object handed to the views by app.py (views never see the store)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop import snapshot as snap
from desktop.services import demo, dossiers
from desktop.services.changes import Changes
from desktop.store.database import Store


class Workspace:
    def __init__(self, store: Store):
        self._store = store
        self.last_saved: datetime | None = None
        self._listeners: list[Callable[[Changes], None]] = []

    @property
    def data_dir(self) -> str:
        return str(self._store.paths.root)

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def _done(self, changes: Changes) -> Changes:
        self.last_saved = datetime.now()
        for listener in self._listeners:
            listener(changes)
        return changes

    def unit_name(self) -> str | None:
        with self._store.read() as s:
            unit = dossiers.own_unit(s)
            return unit.name if unit else None

    def list_dossiers(self, in_bin: bool = False) -> list[dossiers.DossierRow]:
        return dossiers.list_dossiers(self._store, in_bin)

    def rows(self, ids: frozenset[int]) -> list[dossiers.DossierRow]:
        return dossiers.get_rows(self._store, ids)

    def snapshot(self, dossier_id: int) -> snap.Dossier:
        return dossiers.load_snapshot(self._store, dossier_id)

    def create_dossier(self, title: str) -> int:
        new_id, changes = dossiers.create_dossier(self._store, title)
        self._done(changes)
        return new_id

    def move_to_bin(self, ids: list[int]) -> Changes:
        return self._done(dossiers.move_to_bin(self._store, ids))

    def restore_from_bin(self, ids: list[int]) -> Changes:
        return self._done(dossiers.restore_from_bin(self._store, ids))

    def purge(self, ids: list[int]) -> Changes:
        return self._done(dossiers.purge(self._store, ids))

    def fill_demo(self) -> Changes:
        return self._done(demo.fill_demo(self._store))

    def has_data(self) -> bool:
        return demo.has_data(self._store)
