"""Undo with a scope the clerk can see: one stack per open dossier and one per registry subject.

Every committed edit is one command. The edit is applied (and saved) before the command is pushed, so a refused value
never enters a stack; undo and redo call the same service with the old or new value and are saved at once like any
edit. Commits made while the clerk is still typing in a field (the debounced save) merge into one command, so one
Hoàn tác takes the whole paragraph back, as one typing session.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack

_MERGEABLE = 0x4853  # any fixed id: commands merge only when their merge keys are equal too


def edit_text(label: str) -> str:
    """What the undo menu names: «sửa «Số quyết định»»."""
    return QCoreApplication.translate("Undo", "sửa «%s»") % label


class EditCommand(QUndoCommand):
    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any,
                 on_error: Callable[[Exception], None] | None = None, merge_key: Hashable | None = None):
        super().__init__(text)
        self._apply, self.old, self.new = apply, old, new
        self._on_error = on_error
        self._skip_first_redo = True
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGEABLE if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.new = other.new  # the typing session's first old value stays: one undo restores what was there
        return True

    def redo(self) -> None:
        if self._skip_first_redo:  # already applied when the clerk committed it
            self._skip_first_redo = False
            return
        self._run(self.new)

    def undo(self) -> None:
        self._run(self.old)

    def _run(self, value: Any) -> None:
        try:
            self._apply(value)
        except (ValueError, LookupError) as exc:
            if self._on_error is not None:
                self._on_error(exc)
            self.setObsolete(True)


class UndoScopes(QUndoGroup):
    """The stacks of one window, by scope: ("dossier", id) or ("subject", id). Only the active one is undone."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stacks: dict[Hashable, QUndoStack] = {}

    def stack(self, scope: Hashable) -> QUndoStack:
        st = self._stacks.get(scope)
        if st is None:
            st = QUndoStack(self)
            self.addStack(st)
            self._stacks[scope] = st
        return st

    def activate(self, scope: Hashable | None) -> QUndoStack | None:
        st = self.stack(scope) if scope is not None else None
        self.setActiveStack(st)
        return st

    def drop(self, scope: Hashable) -> None:
        """Forget a scope's history (a removed nominee's commands cannot be replayed; a signed revision is frozen)."""
        st = self._stacks.get(scope)
        if st is not None:
            st.clear()


class UndoActions(QObject):
    """Hoàn tác and Làm lại for whichever stack of the group is active, named after what they will do."""

    def __init__(self, group: QUndoGroup, parent: QObject):
        super().__init__(parent)
        self.group = group
        self.undo = QAction(QCoreApplication.translate("Undo", "Hoàn tác"), parent)
        self.undo.setObjectName("actUndo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = QAction(QCoreApplication.translate("Undo", "Làm lại"), parent)
        self.redo.setObjectName("actRedo")
        self.redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        self._blocked = False
        for signal in (group.activeStackChanged, group.indexChanged, group.canUndoChanged, group.canRedoChanged,
                       group.undoTextChanged, group.redoTextChanged):
            signal.connect(lambda *_a: self.update())
        self.update()

    def set_blocked(self, blocked: bool) -> None:
        """A read-only (signed or sent) dossier: nothing may be undone into it."""
        self._blocked = blocked
        self.update()

    def _undo(self) -> None:
        if self.undo.isEnabled():
            self.group.undo()

    def _redo(self) -> None:
        if self.redo.isEnabled():
            self.group.redo()

    def update(self) -> None:
        can_undo = self.group.canUndo() and not self._blocked
        can_redo = self.group.canRedo() and not self._blocked
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        self.undo.setText(QCoreApplication.translate("Undo", "Hoàn tác: %s") % self.group.undoText() if can_undo else QCoreApplication.translate("Undo", "Hoàn tác"))
        self.redo.setText(QCoreApplication.translate("Undo", "Làm lại: %s") % self.group.redoText() if can_redo else QCoreApplication.translate("Undo", "Làm lại"))
        why = QCoreApplication.translate("Undo", "Hồ sơ đã ký hoặc đã gửi: không hoàn tác vào bản đã lưu giữ") if self._blocked else \
            QCoreApplication.translate("Undo", "Chưa có thao tác nào để hoàn tác ở đây")
        self.undo.setToolTip(self.undo.text() if can_undo else why)
        self.redo.setToolTip(self.redo.text() if can_redo else QCoreApplication.translate("Undo", "Chưa có thao tác nào để làm lại ở đây"))
        self.undo.setStatusTip(self.undo.toolTip())
        self.redo.setStatusTip(self.redo.toolTip())
