"""Typed field editors built from a form spec: each shows its label's hint, checks as the clerk types, and emits
`committed(value)` once, when the value is finished (Enter, Tab, leaving the field, picking from a list)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.awards.catalogue import award_name
from desktop.awards.model import FormField
from desktop.snapshot import DISCIPLINE_LABELS, RATING_LABELS, SCOPE_LABELS
from desktop.vn import cccd
from desktop.vn.dates import DateError, parse_vn, short_date


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


PROCEDURE_LABELS = {"thong-thuong": "Thủ tục thông thường", "don-gian": "Thủ tục đơn giản (Điều 85)"}


def choice_label(key: str, code: str) -> str:
    """The Vietnamese label of a coded choice (gender, rating, scope, discipline, award, procedure)."""
    if key in ("gender", "head_gender"):
        return {"nam": QCoreApplication.translate("Fields", "Nam"), "nu": QCoreApplication.translate("Fields", "Nữ")}.get(code, code)
    for table in (RATING_LABELS, SCOPE_LABELS, DISCIPLINE_LABELS, PROCEDURE_LABELS):
        if code in table:
            return _t(table[code])
    if key == "award":
        return award_name(code)
    return code


# A text field saves this long after the clerk's last keystroke, as well as on Enter, Tab or leaving it, so a
# paragraph survives a power cut or a killed process; saves within one visit to the field are one undo step.
SAVE_DELAY_MS = 1000


def _next_field(widget: QWidget) -> None:
    """Enter moves on like Tab does."""
    QApplication.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier))


_NOT_READY = object()


class FieldEditor(QWidget):
    committed = Signal(object)

    def __init__(self, spec: FormField, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self._value: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        self.editor = self._build()
        self.editor.setObjectName(f"field_{spec.key}")
        self.setFocusProxy(self.editor)
        if spec.hint:
            self.editor.setToolTip(_t(spec.hint))
        self._layout.addWidget(self.editor)
        self._layout.addWidget(self.problem)
        self._live: list[str] = []
        self._stored: list[str] = []
        self.session = 0  # one visit to the field: its commits merge into one undo step
        self._typing = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._typing.timeout.connect(self._save_while_typing)

    # -- subclass interface
    def _build(self) -> QWidget:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def current(self) -> Any:
        raise NotImplementedError

    # -- public
    def set_value(self, value: Any) -> None:
        """Show a stored value without committing it. The field the clerk is typing in is never rewritten under
        the cursor: unsaved typing stays, and a stored value equal to what is shown leaves the text untouched."""
        focused = self.editor.hasFocus()
        if focused and self._dirty():
            return
        if focused and self._norm(value) == self._norm(self.current()):
            self._value = value
            return
        self._value = value
        self._show(value)
        self._live = []
        self._render_problems()

    def _typed(self) -> None:
        """The clerk changed the text: save it once they pause."""
        self._typing.start()

    def _save_while_typing(self) -> None:
        """The debounced save: commit what is typed if it is already a valid value, without moving the focus."""
        raw = self._typing_value()
        if raw is not _NOT_READY:
            self._commit(raw)

    def _typing_value(self) -> Any:
        return self.current()

    def _end_session(self) -> None:
        self._typing.stop()
        self.session += 1

    def pending(self) -> bool:
        return self._typing.isActive()

    def value(self) -> Any:
        return self._value

    def set_problems(self, problems: Sequence[str]) -> None:
        self._stored = list(problems)
        self._render_problems()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)

    def _dirty(self) -> bool:
        return bool(self._differs(self.current()))

    def _differs(self, raw: Any) -> bool:
        return self._norm(raw) != self._norm(self._value)

    @staticmethod
    def _norm(v: Any) -> str:
        if v is None or v is False:
            return ""
        if isinstance(v, date):
            return short_date(v)
        return str(v).strip()

    def _commit(self, raw: Any) -> None:
        if self._differs(raw):
            old = self._value
            self._value = raw
            self.committed.emit((old, raw))

    def _render_problems(self) -> None:
        shown = self._live or self._stored
        self.problem.setText("\n".join(shown))
        self.problem.setVisible(bool(shown))
        self.editor.setProperty("invalid", bool(self._live))


class LineEditor(FieldEditor):
    def _build(self) -> QWidget:
        line = QLineEdit()
        if self.spec.hint:
            line.setPlaceholderText(_t(self.spec.hint))
        line.editingFinished.connect(self._finish_visit)
        line.returnPressed.connect(lambda: _next_field(line))
        line.textEdited.connect(self._edited)
        self.line = line
        return line

    def _finish_visit(self) -> None:
        self._typing.stop()
        self._finished()
        self._end_session()

    def _typing_value(self) -> Any:
        text = self.line.text()
        return _NOT_READY if self._check(text, final=True) else text

    def _show(self, value: Any) -> None:
        text = self._norm(value)
        if text != self.line.text():
            cursor = self.line.cursorPosition()
            self.line.setText(text)
            if self.line.hasFocus():
                self.line.setCursorPosition(min(cursor, len(text)))

    def current(self) -> Any:
        return self.line.text()

    def _check(self, text: str, final: bool) -> list[str]:
        return []

    def _edited(self, text: str) -> None:
        self._live = self._check(text, final=False)
        self._render_problems()
        self._typed()

    def _finished(self) -> None:
        text = self.line.text()
        self._live = self._check(text, final=True)
        self._render_problems()
        if not self._live:
            self._commit(text)


class IntEditor(LineEditor):
    def _build(self) -> QWidget:
        line = super()._build()
        assert isinstance(line, QLineEdit)
        line.setValidator(QIntValidator(0, 1_000_000, line))
        line.setMaximumWidth(120)
        return line


class DateEditor(LineEditor):
    def _build(self) -> QWidget:
        line = super()._build()
        assert isinstance(line, QLineEdit)
        line.setPlaceholderText(QCoreApplication.translate("Fields", "dd/mm/yyyy"))
        line.setMaximumWidth(160)
        return line

    def _check(self, text: str, final: bool) -> list[str]:
        text = text.strip()
        if not text or (not final and len(text) < 8):
            return []
        try:
            parse_vn(text)
        except DateError as exc:
            msg = str(exc)
            return [msg[:1].upper() + msg[1:]]
        return []

    def _finished(self) -> None:
        text = self.line.text().strip()
        self._live = self._check(text, final=True)
        self._render_problems()
        if not self._live:
            value = parse_vn(text) if text else None
            if value is not None:
                self.line.setText(short_date(value))
            self._commit(value)

    def _typing_value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_vn(text)
        except DateError:
            return _NOT_READY


class CccdEditor(LineEditor):
    """Live check of the 12 digits: length, province code, and digit 4 against birth date and gender."""

    def __init__(self, spec: FormField, context: Callable[[], tuple[date | None, str | None]] | None = None,
                 parent: QWidget | None = None):
        self.context = context or (lambda: (None, None))
        super().__init__(spec, parent)

    def _build(self) -> QWidget:
        line = super()._build()
        assert isinstance(line, QLineEdit)
        line.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), line))
        line.setMaxLength(12)
        line.setMaximumWidth(200)
        return line

    def _check(self, text: str, final: bool) -> list[str]:
        text = text.strip()
        if not text:
            return []
        if len(text) < 12:
            return [QCoreApplication.translate("Fields", "Đang có %d/12 chữ số") % len(text)] if not final else [
                QCoreApplication.translate("Fields", "Số định danh phải có đúng 12 chữ số (đang có %d)") % len(text)]
        birth, gender = self.context()
        return [p[:1].upper() + p[1:] for p in cccd.problems(text, birth, gender)]

    def _finished(self) -> None:
        # A number inconsistent with the birth date is still saved (the clerk may be fixing the birth date next);
        # the problem stays shown beside the field and in the issues panel. Only an incomplete number waits.
        text = self.line.text().strip()
        self._live = self._check(text, final=True)
        self._render_problems()
        if not text or len(text) == 12:
            self._commit(text)

    def _typing_value(self) -> Any:
        text = self.line.text().strip()
        return text if not text or len(text) == 12 else _NOT_READY


class MultilineEditor(FieldEditor):
    def _build(self) -> QWidget:
        edit = _PlainText()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        if self.spec.hint:
            edit.setPlaceholderText(_t(self.spec.hint))
        edit.focus_left.connect(self._finish_visit)
        edit.textChanged.connect(self._text_changed)
        self._showing = False
        self.text = edit
        return edit

    def _finish_visit(self) -> None:
        self._typing.stop()
        self._commit(self.text.toPlainText())
        self._end_session()

    def _text_changed(self) -> None:
        if not self._showing:
            self._typed()

    def _show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text == self.text.toPlainText():
            return
        self._showing = True
        try:
            cursor = self.text.textCursor().position()
            self.text.setPlainText(text)
            if self.text.hasFocus():  # an undo in the field being edited: keep the cursor near where it was
                c = self.text.textCursor()
                c.setPosition(min(cursor, len(text)))
                self.text.setTextCursor(c)
        finally:
            self._showing = False

    def current(self) -> Any:
        return self.text.toPlainText()

    def commit_now(self) -> None:
        self._typing.stop()
        self._commit(self.text.toPlainText())


class _PlainText(QPlainTextEdit):
    focus_left = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.focus_left.emit()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # Ctrl+Enter finishes the paragraph field and moves on; plain Enter is a new line.
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            _next_field(self)
            return
        super().keyPressEvent(e)


class ChoiceEditor(FieldEditor):
    def _build(self) -> QWidget:
        box = QComboBox()
        box.addItem(QCoreApplication.translate("Fields", "— chọn —"), None)
        for code in self.spec.choices:
            box.addItem(choice_label(self.spec.key, code), code)
        box.activated.connect(lambda _i: (self._commit(box.currentData()), self._end_session()))
        self.box = box
        return box

    def _show(self, value: Any) -> None:
        i = self.box.findData(value)
        self.box.setCurrentIndex(max(i, 0))

    def current(self) -> Any:
        return self.box.currentData()


class BoolEditor(FieldEditor):
    def _build(self) -> QWidget:
        box = QCheckBox(_t(self.spec.label))
        box.clicked.connect(lambda checked: (self._commit(bool(checked)), self._end_session()))
        self.box = box
        return box

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def current(self) -> Any:
        return self.box.isChecked()


def make_editor(spec: FormField, context: Callable[[], tuple[date | None, str | None]] | None = None) -> FieldEditor:
    if spec.type == "cccd":
        return CccdEditor(spec, context)
    cls: type[FieldEditor] = {"text": LineEditor, "multiline": MultilineEditor, "date": DateEditor,
                              "choice": ChoiceEditor, "int": IntEditor, "bool": BoolEditor}.get(spec.type, LineEditor)
    return cls(spec)


class FieldForm(QWidget):
    """Sections of labelled editors; `edited(key, old, new)` when one commits."""

    edited = Signal(str, object, object)

    def __init__(self, sections: Sequence[tuple[str, Sequence[FormField]]],
                 context: Callable[[], tuple[date | None, str | None]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, fields in sections:
            if not fields:
                continue
            box = QGroupBox(_t(title)) if title else QWidget()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for f in fields:
                ed = make_editor(f, context)
                ed.committed.connect(lambda pair, key=f.key: self.edited.emit(key, pair[0], pair[1]))
                self.editors[f.key] = ed
                if f.type == "bool":
                    form.addRow(ed)
                else:
                    label = QLabel(_t(f.label) + (" <span style='color:#b00020'>*</span>" if f.required else ""))
                    label.setBuddy(ed.editor)
                    label.setWordWrap(True)
                    form.addRow(label, ed)
            layout.addWidget(box)
        layout.addStretch(1)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, ed in self.editors.items():
            ed.set_value(values.get(key))

    def set_problems(self, problems: Mapping[str, Sequence[str]]) -> None:
        for key, ed in self.editors.items():
            ed.set_problems(problems.get(key, ()))

    def set_read_only(self, read_only: bool) -> None:
        for ed in self.editors.values():
            ed.set_read_only(read_only)

    def focus(self, key: str | None) -> bool:
        ed = self.editors.get(key or "")
        if ed is None:
            return False
        ed.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def flush(self) -> None:
        """Save what is typed but not yet saved (before leaving the page or closing the window)."""
        for ed in self.editors.values():
            if isinstance(ed, MultilineEditor) and ed.editor.hasFocus():
                ed.commit_now()
            elif ed.pending():
                ed._typing.stop()
                ed._save_while_typing()

    def merge_key(self, key: str) -> tuple[str, int]:
        """Commits of one visit to a field share this key, so they are one undo step."""
        return key, self.editors[key].session

    def label(self, key: str) -> str:
        ed = self.editors.get(key)
        return _t(ed.spec.label) if ed is not None else key

    def focused_key(self) -> str | None:
        for key, ed in self.editors.items():
            if ed.editor.hasFocus():
                return key
        return None

    def cursor(self, key: str) -> int | None:
        ed = self.editors.get(key)
        if isinstance(ed, MultilineEditor):
            return ed.text.textCursor().position()
        if isinstance(ed, LineEditor):
            return ed.line.cursorPosition()
        return None

    def set_cursor(self, key: str, position: int) -> None:
        ed = self.editors.get(key)
        if isinstance(ed, MultilineEditor):
            c = ed.text.textCursor()
            c.setPosition(max(0, min(position, len(ed.text.toPlainText()))))
            ed.text.setTextCursor(c)
            ed.text.ensureCursorVisible()
        elif isinstance(ed, LineEditor):
            ed.line.setCursorPosition(max(0, min(position, len(ed.line.text()))))
