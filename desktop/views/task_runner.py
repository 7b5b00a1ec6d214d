"""Long work off the GUI thread: a worker thread runs a job with a Reporter; a progress dialog shows how far it is
and its Hủy button cancels it (the job rolls back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.tasks import Cancelled, Reporter


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Reporter], Any], reporter: Reporter):
        super().__init__()
        self.job, self.reporter = job, reporter
        reporter.on_progress = lambda done, total, msg: self.progressed.emit(done, total, msg)

    def run(self) -> None:
        try:
            result = self.job(self.reporter)
        except BaseException as exc:  # reported on the GUI thread; never a traceback in the clerk's face
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Task(QObject):
    """Run `job(reporter)` on a thread; `done(result)` or `failed(exception)` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, job: Callable[[Reporter], Any]):
        super().__init__(parent)
        self.reporter = Reporter()
        self.thread = QThread(self)
        self.worker = _Worker(job, self.reporter)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, self.tr("Hủy"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.cancelled = False

    def start(self) -> Task:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled = True
        self.reporter.cancel()
        self.dialog.setLabelText(self.tr("Đang hủy…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if message and not self.cancelled:
            self.dialog.setLabelText(message)

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()

    def _finished(self, result: Any) -> None:
        self._stop()
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        self.failed.emit(exc if not isinstance(exc, Cancelled) else Cancelled())

    def wait(self, msecs: int = 60000) -> bool:
        return self.thread.wait(msecs)
