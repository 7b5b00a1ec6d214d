"""Undo commands: every committed edit is one command on the editor's stack, so undo and redo reach the whole form.

The edit is applied (and saved) before the command is pushed, so a refused value never enters the stack; undo and
redo call the same service with the old or new value, and are saved at once like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class EditCommand(QUndoCommand):
    def __init__(self, text: str, apply: Callable[[Any], None], old: Any, new: Any,
                 on_error: Callable[[Exception], None] | None = None):
        super().__init__(text)
        self._apply, self.old, self.new = apply, old, new
        self._on_error = on_error
        self._skip_first_redo = True

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
