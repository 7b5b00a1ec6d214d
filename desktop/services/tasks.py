"""Long work (import, render, export) as plain functions that report progress and can be cancelled.

Qt-free: a job takes a `Reporter`; the GUI runs it on a worker thread (desktop/views/task_runner.py) and the CLI
runs it inline. A cancelled job raises `Cancelled` from inside its transaction, so nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The clerk pressed Hủy; whatever the job was writing was rolled back."""

    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu; không có thay đổi nào được ghi")


@dataclass
class Reporter:
    on_progress: Callable[[int, int, str], None] | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Call between steps: raises Cancelled once cancel() was called (from any thread)."""
        if self._cancel.is_set():
            raise Cancelled


def silent() -> Reporter:
    return Reporter()
