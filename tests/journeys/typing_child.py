"""One real HSKT process for the kill journey: `python -m tests.journeys.typing_child (type|report) DATA_DIR`.

It starts the app through `desktop.app.run_gui`, as `hskt gui` does, and drives its window with key events and
clicks. `type` opens the demo's title dossier, types a paragraph into «Biện pháp…», moves the cursor and prints
TYPED with what the screen shows, then stays open until it is killed. `report` prints what the reopened window shows:
the page, the focused field, its text and the cursor."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop.app import run_gui
from desktop.paths import data_paths
from tests.journeys.clerk import Clerk

PARAGRAPH = ("Chủ động tham mưu cho lãnh đạo xã triển khai dịch vụ công trực tuyến toàn trình;\n"
             "hướng dẫn người dân cài đặt ứng dụng VNeID, rút ngắn thời gian giải quyết hồ sơ còn 2 ngày.")
INSERT = "Năm 2025: "


class _Waiter:
    """What Clerk needs of pytest-qt's qtbot, for a process that has no pytest."""

    def waitUntil(self, check, timeout: int = 5000) -> None:  # qtbot's name
        end = time.monotonic() + timeout / 1000
        while not check():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            QTest.qWait(20)


def _window():
    from desktop.views.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _say(tag: str, data: dict) -> None:
    print(tag, json.dumps(data, ensure_ascii=False), flush=True)


def _type() -> None:
    w = _window()
    clerk = Clerk(_Waiter(), w)
    table = w.table
    row = next(r for r in range(w.model.rowCount())
               if w.model.index(r, 1).data() == "Đề nghị công nhận danh hiệu thi đua năm 2025")
    clerk.row(table, row, 1, double=True)
    editor = w.editor
    st = editor.state
    p = st.proposals[0]
    clerk.tree_item(editor.tree, st.ruleset.awards[p.award].name)
    field = clerk.click_field("Biện pháp")
    assert isinstance(field, QPlainTextEdit)
    clerk.select_all()
    clerk.type(PARAGRAPH)
    clerk.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # back to the start, a few more words there
    clerk.type(INSERT)
    _say("TYPED", {"text": field.toPlainText(), "cursor": field.textCursor().position(),
                   "focus": clerk.focus_name()})


def _report() -> None:
    w = _window()
    clerk = Clerk(_Waiter(), w)
    try:
        clerk.wait_until(lambda: isinstance(clerk.focus(), QPlainTextEdit), 8000)
    except TimeoutError:
        pass
    focus = clerk.focus()
    editor = w._editor
    _say("SHOWN", {
        "page": w.pages.currentIndex(),
        "editor_page": type(editor.pages.currentWidget()).__name__ if editor else None,
        "focus": clerk.focus_name(),
        "text": focus.toPlainText() if isinstance(focus, QPlainTextEdit) else None,
        "cursor": focus.textCursor().position() if isinstance(focus, QPlainTextEdit) else None,
    })
    QApplication.quit()


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def start() -> None:
        if _window() is None:
            QTimer.singleShot(50, start)
            return
        try:
            _type() if mode == "type" else _report()
        except Exception as exc:  # the parent test reads this line and fails with it
            _say("FAILED", {"error": repr(exc)})
            QApplication.quit()

    QTimer.singleShot(300, start)
    del app
    return run_gui(data_paths(folder), demo_if_empty=(mode == "type"))


if __name__ == "__main__":
    raise SystemExit(main())
