"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate; a worker (an import reading a workbook)
then frees PySide wrappers of widgets that the GUI thread is deleting at the same moment, and the process dies with
"Fatal Python error: Segmentation fault … Garbage-collecting". So automatic collection is switched off for the
whole process, and a timer on the GUI thread collects instead: the youngest generation often, everything rarely.
Reference counting still frees most objects at once on any thread; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 500
MIDDLE_EVERY = 20  # ticks: generation 1 every 10 s
FULL_EVERY = 240  # ticks: a full collection every 2 minutes


def disable_automatic() -> None:
    """No collection starts by itself, on any thread; call once at start (the app, the test session)."""
    gc.disable()


def collect_step(tick: int) -> int:
    """One scheduled collection on the calling (GUI) thread; returns the generation collected."""
    generation = 2 if tick % FULL_EVERY == 0 else 1 if tick % MIDDLE_EVERY == 0 else 0
    gc.collect(generation)
    return generation


def freeze_start_up() -> None:
    """After start-up, move every object alive so far out of the collector's sight: full collections then walk
    only what the clerk's work created (start-up objects live as long as the process anyway)."""
    gc.collect()
    gc.freeze()


class GuiCollector(QObject):
    """The GUI thread's collector: create it on the GUI thread, parented to the application."""

    def __init__(self, parent: QObject | None = None, every_ms: int = YOUNG_EVERY_MS):
        super().__init__(parent)
        disable_automatic()
        self._tick = 0
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        self._tick += 1
        collect_step(self._tick)
