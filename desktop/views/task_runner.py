"""Long work off the GUI thread: a worker thread runs a job with a Reporter; a progress dialog shows how far it is
and its Hủy button cancels it (the job rolls back).

Every Qt object here is created, owned and deleted on the GUI thread: the worker is a QThread subclass (the object
lives on the GUI thread; only `run` executes on the worker), and when the job ends the dialog, the thread and the
Task itself are torn down with deleteLater. Nothing refers back to its owner, so no cycle waits for the collector.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.environment import user_facing
from desktop.services.tasks import Cancelled, Reporter


class _WorkerThread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    crashed = Signal(object)

    def __init__(self, parent: QObject, job: Callable[[Reporter], Any], reporter: Reporter):
        super().__init__(parent)
        self._job: Callable[[Reporter], Any] | None = job
        self._reporter = reporter

    def run(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        try:
            result = job(self._reporter)
        except Cancelled as exc:
            self.crashed.emit(exc)
        except BaseException as exc:  # reported on the GUI thread; never a traceback in the clerk's face
            self.crashed.emit(user_facing(exc, logging.getLogger("hskt.task")))
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """Run `job(reporter)` on a thread; `done(result)` or `failed(exception)` arrive on the GUI thread, after
    which the Task deletes itself (keep no reference to it beyond that)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, job: Callable[[Reporter], Any]):
        super().__init__(parent)
        self.reporter = Reporter()
        self.thread = _WorkerThread(self, job, self.reporter)  # type: ignore[assignment]
        self.reporter.on_progress = self.thread.progressed.emit  # queued to the GUI thread: no Qt call on the worker
        self.dialog = QProgressDialog(title, self.tr("Hủy"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread.progressed.connect(self._progress)
        self.thread.succeeded.connect(self._finished)
        self.thread.crashed.connect(self._failed)
        self.cancelled = False
        self.over = False

    def start(self) -> Task:
        self.thread.start()
        return self

    def cancel(self) -> None:
        if self.over:
            return
        self.cancelled = True
        self.reporter.cancel()
        self.dialog.setLabelText(self.tr("Đang hủy…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.over:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if message and not self.cancelled:
            self.dialog.setLabelText(message)

    def _stop(self) -> None:
        self.over = True
        self.thread.wait()
        self.reporter.on_progress = None
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finished(self, result: Any) -> None:
        self._stop()
        try:
            self.done.emit(result)
        finally:
            self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        try:
            self.failed.emit(exc if not isinstance(exc, Cancelled) else Cancelled())
        finally:
            self.deleteLater()

    def wait(self, msecs: int = 60000) -> bool:
        return self.thread.wait(msecs)
