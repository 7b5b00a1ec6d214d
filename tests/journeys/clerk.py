"""A clerk at the keyboard: key events to the focused widget and mouse clicks on visible widgets, nothing else.

Journey tests drive the real MainWindow through this and, after every step, assert what is on the screen: the page
shown, the widget with the focus and the text it shows. A step that needs a widget the clerk cannot see or use fails
with the list of what was visible, so a hidden button is a failure, not a shortcut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QWidget,
)

NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip()


def visible(w: QWidget) -> bool:
    return w.isVisible() and w.window().isVisible()


class Clerk:
    def __init__(self, qtbot: Any, window: QWidget):
        self.qtbot = qtbot
        self.window = window

    # -- time
    def settle(self, ms: int = 30) -> None:
        QTest.qWait(ms)

    def wait_until(self, check: Callable[[], bool], timeout: int = 5000) -> None:
        self.qtbot.waitUntil(check, timeout=timeout)

    # -- what is on the screen
    def focus(self) -> QWidget | None:
        return QApplication.focusWidget()

    def focus_name(self) -> str:
        w = self.focus()
        return w.objectName() if w is not None else ""

    def active(self) -> QWidget:
        return QApplication.activeModalWidget() or QApplication.activeWindow() or self.window

    def texts(self, root: QWidget | None = None) -> str:
        """Every text a clerk can read under `root`: labels, fields, buttons, list rows."""
        root = root or self.active()
        out: list[str] = []
        for w in [root, *root.findChildren(QWidget)]:
            if not visible(w):
                continue
            if isinstance(w, QLabel):
                out.append(_plain(w.text()))
            elif isinstance(w, QLineEdit):
                out.append(w.text())
            elif isinstance(w, (QPlainTextEdit, QTextEdit)):
                out.append(w.toPlainText())
            elif isinstance(w, QAbstractButton):
                out.append(_plain(w.text()))
            elif isinstance(w, QComboBox):
                out.append(w.currentText())
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                m = w.model()
                for r in range(min(m.rowCount(), 200)):
                    columns = 1 if isinstance(w, QListView) else min(m.columnCount(), 20)
                    out += [str(m.index(r, c).data() or "") for c in range(columns)]
                    if isinstance(w, QTreeWidget):
                        item = w.topLevelItem(r)
                        out += [item.child(j).text(0) for j in range(item.childCount())] if item else []
        return "\n".join(t for t in out if t)

    # -- keyboard
    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MOD) -> None:
        target = self.focus() or self.active()
        QTest.keyClick(target, key, modifiers)
        self.settle()

    def tab(self) -> None:
        self.key(Qt.Key.Key_Tab)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def select_all(self) -> None:
        self.key(Qt.Key.Key_A, CTRL)

    def type(self, text: str) -> None:
        """Vietnamese text as key events that carry the text (QTest's key clicks cannot carry it)."""
        target = self.focus()
        assert target is not None, "nothing has the keyboard focus"
        for ch in text:
            key = Qt.Key.Key_Return if ch == "\n" else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, NO_MOD, ch))
        self.settle(10)

    # -- mouse
    def click(self, w: QWidget, pos: QPoint | None = None, double: bool = False) -> None:
        assert visible(w), f"{w.objectName() or type(w).__name__} is not on the screen"
        assert w.isEnabled(), f"{w.objectName() or type(w).__name__} is greyed out"
        self._into_view(w)
        target = w.viewport() if isinstance(w, QAbstractScrollArea) and pos is not None else w
        at = pos if pos is not None else target.rect().center()
        if double:  # what a mouse sends: press and release, then the double-click press and its release
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, NO_MOD, at)
            QTest.mouseDClick(target, Qt.MouseButton.LeftButton, NO_MOD, at)
        else:
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, NO_MOD, at)
        self.settle()
        self._reactivate()  # a dialog the click closed gives the activation back to the window under it

    def _into_view(self, w: QWidget) -> None:
        parent = w.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(w):
                parent.ensureWidgetVisible(w, 10, 10)
            parent = parent.parentWidget()

    def _buttons(self, root: QWidget) -> Iterable[QAbstractButton]:
        return (b for b in root.findChildren(QAbstractButton) if visible(b))

    def button(self, text: str, root: QWidget | None = None) -> QAbstractButton:
        root = root or self.active()
        found = [b for b in self._buttons(root) if _plain(b.text()) == text]
        assert found, f"no visible button «{text}»; visible: {sorted({_plain(b.text()) for b in self._buttons(root)})}"
        return found[0]

    def press_button(self, text: str, root: QWidget | None = None) -> None:
        self.click(self.button(text, root))

    def tool(self, text: str, root: QWidget | None = None) -> QToolButton:
        """A toolbar button, by the start of its text; it must be on the screen, not behind the » extension."""
        root = root or self.window
        for bar in root.findChildren(QToolBar):
            if not visible(bar):
                continue
            for a in bar.actions():
                if _plain(a.text()).startswith(text):
                    b = bar.widgetForAction(a)
                    assert isinstance(b, QToolButton) and visible(b), f"«{text}» is hidden in the toolbar"
                    return b
        raise AssertionError(f"no toolbar button «{text}»")

    def press_tool(self, text: str) -> None:
        self.click(self.tool(text))

    def menu(self, *path: str) -> None:
        """Hồ sơ › Ký số và xuất…: clicks on the menu bar, then on the entry."""
        bar = self.window.menuBar()  # type: ignore[attr-defined]
        actions = bar.actions()
        current: QMenu | None = None
        for i, name in enumerate(path):
            pool = actions if current is None else current.actions()
            a = next((x for x in pool if _plain(x.text()).startswith(name)), None)
            assert a is not None, f"no menu entry «{name}» in {[_plain(x.text()) for x in pool]}"
            assert a.isEnabled(), f"menu entry «{name}» is greyed out"
            if current is None:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, NO_MOD, bar.actionGeometry(a).center())
                current = a.menu()
                self.wait_until(lambda m=current: m.isVisible(), 2000)
            else:
                menu = current
                if i < len(path) - 1:
                    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, NO_MOD, menu.actionGeometry(a).center())
                    current = a.menu()
                else:
                    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, NO_MOD, menu.actionGeometry(a).center())
        self.wait_until(lambda: QApplication.activePopupWidget() is None, 2000)
        self.settle(50)
        self._reactivate()

    def _reactivate(self, window: QWidget | None = None) -> None:
        """What a window manager does when a menu or a drop-down closes: the window under it (or the dialog the
        entry opened) becomes active again. The offscreen platform leaves the closed popup active."""
        aw = QApplication.activeWindow()
        popup = aw is not None and bool(aw.windowFlags() & Qt.WindowType.Popup & ~Qt.WindowType.Window)
        if aw is None or isinstance(aw, QMenu) or popup or not aw.isVisible():
            target = window or QApplication.activeModalWidget() or self.window
            target.activateWindow()
            self.wait_until(lambda: QApplication.activeWindow() is target, 2000)

    def tree_item(self, tree: QTreeWidget, text: str) -> None:
        """Click the row of a tree whose text contains `text`."""
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for it in [top, *(top.child(j) for j in range(top.childCount()))]:
                if text in it.text(0):
                    tree.scrollToItem(it)
                    self.click(tree, tree.visualItemRect(it).center())
                    return
        raise AssertionError(f"no row «{text}» in the tree")

    def row(self, view: QAbstractItemView, row: int, column: int = 0, double: bool = False) -> None:
        index = view.model().index(row, column)
        view.scrollTo(index)
        self.click(view, view.visualRect(index).center(), double=double)

    def field(self, label: str, root: QWidget | None = None) -> QWidget:
        """The input a visible label names (the label's buddy), by the start of the label's text."""
        root = root or self.window
        for lab in root.findChildren(QLabel):
            if visible(lab) and lab.buddy() is not None and _plain(lab.text()).startswith(label):
                return lab.buddy()
        shown = [_plain(x.text()) for x in root.findChildren(QLabel) if visible(x) and x.buddy() is not None]
        raise AssertionError(f"no field «{label}» on the screen; fields: {shown}")

    def click_field(self, label: str, root: QWidget | None = None) -> QWidget:
        w = self.field(label, root)
        if isinstance(w, QPlainTextEdit):
            self._into_view(w)
            self.click(w.viewport())
        else:
            self.click(w)
        assert self.focus() is w, f"clicking «{label}» put the focus on {self.focus_name()}"
        return w

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open a drop-down with a click (on its arrow when it can be typed in) and click the entry `text`."""
        self.click(combo, QPoint(combo.width() - 8, combo.height() // 2) if combo.isEditable() else None)
        view = combo.view()
        self.wait_until(lambda: view.isVisible(), 2000)
        # A drop-down ignores a release that comes sooner than a double-click after it opened (the opening click's).
        self.settle(QApplication.doubleClickInterval() + 50)
        model = view.model()
        row = next((r for r in range(model.rowCount()) if model.index(r, combo.modelColumn()).data() == text), None)
        assert row is not None, f"«{text}» is not in the list"
        index = model.index(row, combo.modelColumn())
        view.scrollTo(index)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MOD, view.visualRect(index).center())
        self.wait_until(lambda: not view.isVisible(), 2000)
        self.settle()
        assert combo.currentText() == text, f"chose «{combo.currentText()}», not «{text}»"
        self._reactivate(combo.window())

    def cell(self, view: QAbstractItemView, row: int, column: int, text: str) -> None:
        """Double-click a table cell, type over it and press Enter."""
        self.row(view, row, column, double=True)
        self.select_all()
        self.type(text)
        self.enter()

