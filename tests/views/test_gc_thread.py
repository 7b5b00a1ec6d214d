"""Cyclic garbage is collected on the GUI thread only, and a finished task leaves no Qt object behind.

Reproduces the crash of issue 13: a widget tree left in cyclic garbage by one test, then a task that allocates on
its worker (as an Excel import does). With automatic collection the worker runs the collector and frees the
widgets' wrappers off the GUI thread; that must never happen.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from desktop.services.tasks import Reporter
from desktop.views.task_runner import Task


class _Marker:
    pass


def _widget_tree_in_garbage() -> weakref.ref[_Marker]:
    """A window-like tree reachable only through a reference cycle: only the cyclic collector can free it."""
    root = QWidget()
    layout = QVBoxLayout(root)
    for i in range(40):
        layout.addWidget(QLabel(f"Nhãn số {i}", root))
    marker = _Marker()
    cycle: dict[str, Any] = {"root": root, "marker": marker}
    cycle["self"] = cycle
    return weakref.ref(marker)


def _allocate(reporter: Reporter) -> int:
    """Work shaped like reading a workbook: many small container objects, allocated on the worker."""
    rows = []
    for i in range(200_000):
        rows.append({"row": i, "cells": [i, str(i), (i, i)]})
        if i % 50_000 == 0:
            reporter.progress(i, 200_000, "Đang đọc")
    return len(rows)


def test_no_collection_runs_on_a_worker_thread(qtbot) -> None:
    gui_thread = threading.get_ident()
    collected_on: list[int] = []

    def watch(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collected_on.append(threading.get_ident())

    garbage = _widget_tree_in_garbage()
    host = QWidget()
    qtbot.addWidget(host)
    gc.callbacks.append(watch)
    try:
        task = Task(host, "Đang đọc tệp", _allocate)
        with qtbot.waitSignal(task.done, timeout=60_000) as result:
            task.start()
    finally:
        gc.callbacks.remove(watch)
    assert result.args == [200_000]
    off_gui = [t for t in collected_on if t != gui_thread]
    assert off_gui == [], f"{len(off_gui)} collections ran on a worker thread"
    assert garbage() is not None  # still waiting for the GUI thread's collector
    gc.collect()  # what the GUI thread's timer does (desktop/views/gc_policy.py)
    assert garbage() is None


def test_a_finished_task_deletes_its_thread_dialog_and_itself(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    task = Task(host, "Đang làm", lambda reporter: "xong")
    thread, dialog = task.thread, task.dialog
    with qtbot.waitSignal(task.done, timeout=10_000) as result:
        task.start()
    assert result.args == ["xong"]
    qtbot.waitUntil(lambda: not Shiboken.isValid(task), timeout=5_000)
    assert not Shiboken.isValid(thread) and not Shiboken.isValid(dialog)
    assert host.findChildren(Task) == []


def test_a_failed_task_shows_a_vietnamese_message_not_the_raw_error(qtbot, caplog) -> None:
    host = QWidget()
    qtbot.addWidget(host)

    def broken(_reporter: Reporter) -> None:
        raise AttributeError("'NoneType' object has no attribute 'rows'")

    task = Task(host, "Đang làm", broken)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failure:
        task.start()
    shown = str(failure.args[0])
    assert shown.startswith("lỗi ngoài dự kiến") and "nhật ký" in shown
    assert any("unexpected error" in r.message and r.exc_info for r in caplog.records)
    qtbot.waitUntil(lambda: not Shiboken.isValid(task), timeout=5_000)
