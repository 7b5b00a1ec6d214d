"""The dossier editor: nominees and proposals on the left, the page being edited in the middle, the live check on
the right. Every committed edit is saved at once and is one step of undo; there is no Save button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changes
from desktop.services.editing import DOSSIER_FIELDS, DossierState, ProposalItem
from desktop.services.issue_targets import Target
from desktop.services.workspace import Workspace
from desktop.status import STATUS_LABELS
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.fields import FieldForm
from desktop.views.issues_panel import IssuesPanel
from desktop.views.new_dossier import AddNomineeDialog
from desktop.views.subject_page import SubjectPage
from desktop.views.undo import EditCommand, UndoActions, UndoScopes, edit_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_VERDICT_MARK = {"dat": "✔", "khong-dat": "✘", "can-xac-minh": "?"}


def decisive_reasons(res: Any) -> str:
    """Why a proposal does not pass (or cannot be decided yet), one line per deciding rule, with its article."""
    rules = res.decisive
    if not rules:
        return ""
    head = QCoreApplication.translate("ProposalPage", "Vì sao không đạt:") if res.verdict == "khong-dat" else \
        QCoreApplication.translate("ProposalPage", "Cần xác minh:")
    return "\n".join([head, *(f"• {r.message} ({r.basis})" for r in rules)])


class ProposalPage(QWidget):
    """The guided form of one proposal, built from the rule set's form spec, and the nominee's components."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("proposalHeading")
        self.heading.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("proposalReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.form_holder = QVBoxLayout()
        self.form: FieldForm | None = None
        self._shape: tuple[Any, ...] = ()
        self.attachments = AttachmentsPanel()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.reasons)
        inner_layout.addLayout(self.form_holder)
        inner_layout.addWidget(self.attachments)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _verdict(self, code: str) -> str:
        if code == "dat":
            return self.tr("Đạt")
        if code == "khong-dat":
            return self.tr("Không đạt")
        return self.tr("Cần xác minh")

    def show_proposal(self, st: DossierState, p: ProposalItem, on_edit: Callable[[str, Any, Any], None]) -> None:
        spec = st.form_spec(p)
        shown = st.shown_fields(p)
        res = st.verdict(p)
        nominee = st.nominee(p.nominee_ref)
        self.heading.setText(
            f"<h3>{nominee.name if nominee else ''} — {st.ruleset.awards[p.award].name} {p.year}</h3>"
            + (f"<p>{spec.title}</p>" if spec else "")
            + (self.tr("<p>Kết quả kiểm tra: <b>%s</b></p>") % self._verdict(res.verdict) if res else ""))
        self.reasons.setText(decisive_reasons(res) if res else "")
        self.reasons.setVisible(bool(self.reasons.text()))
        shape = (p.id, tuple(f.key for f in shown))
        if shape != self._shape:  # rebuild only when the set of fields changes (another proposal, procedure)
            if self.form is not None:
                self.form.setParent(None)
                self.form.deleteLater()
            sections: list[tuple[str, list[Any]]] = []
            for section in spec.sections if spec else ():
                fields = [f for f in section.fields if f in shown]
                sections.append((section.title, fields))
            self.form = FieldForm(sections)
            self.form.setObjectName("proposalForm")
            self.form.edited.connect(on_edit)
            self.form_holder.addWidget(self.form)
            self._shape = shape
        assert self.form is not None
        self.form.set_values(p.form)
        i = st.proposals.index(p)
        problems: dict[str, list[str]] = {}
        for issue in st.report.issues:
            prefix = f"proposals[{i}].form."
            if issue.where.startswith(prefix):
                problems.setdefault(issue.where[len(prefix):], []).append(issue.message)
        for c in st.comments:
            if c.nominee_ref == p.nominee_ref and c.field in self.form.editors:
                problems.setdefault(c.field, []).append(self.tr("Ý kiến khi trả lại: %s") % c.text)
        self.form.set_problems(problems)
        self.form.set_read_only(st.read_only)
        self.attachments.show_state(st, p.nominee_ref)


class DossierPage(QWidget):
    """The dossier's header (name, campaign, year, procedure) and the components shared by the whole dossier."""

    def __init__(self, on_edit: Callable[[str, Any, Any], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.form = FieldForm([(self.tr("Thông tin hồ sơ"), list(DOSSIER_FIELDS.values()))])
        self.form.edited.connect(on_edit)
        self.revisions = QLabel()
        self.revisions.setWordWrap(True)
        self.attachments = AttachmentsPanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.revisions)
        layout.addWidget(self.attachments, 1)

    def show_state(self, st: DossierState) -> None:
        self.form.set_values({"title": st.title, "campaign": st.campaign, "year": st.year, "procedure": st.procedure})
        self.form.set_read_only(st.read_only)
        if st.revisions:
            text = "; ".join(self.tr("lần %d (%s, %s)") % (r.number, self.tr(STATUS_LABELS.get(r.status, r.status)),
                                                           r.frozen_at.strftime("%d/%m/%Y"))
                             for r in st.revisions)
            self.revisions.setText(self.tr("Bản đã lưu giữ, chỉ xem: %s") % text)
        else:
            self.revisions.setText("")
        self.attachments.show_state(st, None)


class DossierEditor(QWidget):
    closed = Signal()
    location_changed = Signal(dict)
    message = Signal(str)
    state_loaded = Signal(int, object)  # (generation, DossierState or the exception), from the loader thread

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, undo_scopes: UndoScopes | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.dossier_id: int | None = None
        self.state: DossierState | None = None
        self.undo_scopes = undo_scopes if undo_scopes is not None else UndoScopes(self)
        self._current: tuple[str, Any] = ("dossier", None)
        self._focus_key: str | None = None
        self._tree_shape: tuple[Any, ...] | None = None

        self.toolbar = QToolBar(self.tr("Hồ sơ"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._actions()
        self.status_label = QLabel()
        self.status_label.setObjectName("dossierStatus")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")

        self.tree = QTreeWidget()
        self.tree.setObjectName("dossierTree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._open_item(cur))
        self.pages = QStackedWidget()
        self.dossier_page = DossierPage(self._dossier_edited)
        self.subject_page = SubjectPage(workspace, self.undo_scopes,
                                        reference_year=lambda: self.state.year if self.state else None)
        self.subject_page.error.connect(self._error)
        self.proposal_page = ProposalPage()
        for page in (self.dossier_page, self.subject_page, self.proposal_page):
            self.pages.addWidget(page)
        for panel in (self.dossier_page.attachments, self.proposal_page.attachments):
            panel.attach_requested.connect(self._attach)
            panel.detach_requested.connect(self._detach)
        self.issues = IssuesPanel()
        self.issues.target_activated.connect(self.go_to)

        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.pages)
        split.addWidget(self.issues)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([260, 640, 420])
        head = QHBoxLayout()
        head.addWidget(self.status_label, 1)
        head.addWidget(self.saved_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        workspace.subscribe(self._on_changes)

    # -- actions
    def _actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot: Callable[[], Any]) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                a.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            a.triggered.connect(slot)
            self.toolbar.addAction(a)
            self.addAction(a)
            return a

        self.act_back = action(self.tr("← Danh sách"), "Alt+Left", self.close_editor)
        self.toolbar.addSeparator()
        self.act_add = action(self.tr("Thêm đối tượng"), "Ctrl+Shift+N", self.add_nominee)
        self.act_remove = action(self.tr("Bỏ khỏi hồ sơ"), None, self.remove_current)
        self.toolbar.addSeparator()
        self.undo_actions = UndoActions(self.undo_scopes, self)
        self.act_undo, self.act_redo = self.undo_actions.undo, self.undo_actions.redo
        for a in (self.act_undo, self.act_redo):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(a)
            self.addAction(a)
        self.toolbar.addSeparator()
        self.act_checked = action(self.tr("Đã kiểm tra"), None, lambda: self._status("da-kiem-tra"))
        self.act_draft = action(self.tr("Về nháp"), None, lambda: self._status("nhap"))
        self.act_signed = action(self.tr("Đã ký"), None, lambda: self._status("da-ky"))
        self.act_sent = action(self.tr("Đã gửi"), None, lambda: self._status("da-gui"))
        self.act_returned = action(self.tr("Bị trả lại…"), None, self.record_return)
        self.act_revision = action(self.tr("Tạo bản sửa đổi"), None, self.new_revision)
        self.toolbar.addSeparator()
        self.act_export = action(self.tr("Xuất danh sách (Excel)…"), None, self.export_nominees)
        self.act_next_issue = action(self.tr("Vấn đề tiếp theo"), "F8", self.next_issue)

    # -- opening
    @property
    def undo(self) -> QUndoStack:
        """The open dossier's own undo stack (its registry subjects have theirs)."""
        return self.undo_scopes.stack(("dossier", self.dossier_id))

    def open_dossier(self, dossier_id: int, where: dict[str, Any] | None = None) -> None:
        self.dossier_id = dossier_id
        self._current = ("dossier", None)
        self._tree_shape = None
        self.refresh()
        if where:
            kind, key = where.get("page"), where.get("key")
            if kind == "proposal" and self.state and self.state.proposal(int(key or 0)):
                self._select(("proposal", int(key or 0)))
            elif kind == "nominee" and self.state and self.state.nominee(str(key)):
                self._select(("nominee", str(key)))
            field = where.get("field")
            cursor = where.get("cursor")
            if field:
                QTimer.singleShot(0, lambda: self._focus(str(field), cursor if isinstance(cursor, int) else None))
        self._activate_undo()
        self._emit_location()

    def close_editor(self) -> None:
        self._flush()
        self.dossier_id = None
        self.state = None
        self.undo_scopes.activate(None)
        self.closed.emit()

    def _activate_undo(self) -> None:
        """Hoàn tác works on what the clerk is looking at: the nominee's own record on a nominee page, the
        dossier everywhere else; never into a signed or sent revision."""
        kind, _key = self._current
        if kind == "nominee" and self.subject_page.subject_id is not None:
            self.undo_scopes.activate(("subject", self.subject_page.subject_id))
        elif self.dossier_id is not None:
            self.undo_scopes.activate(("dossier", self.dossier_id))
        self.undo_actions.set_blocked(bool(self.state and self.state.read_only))

    def refresh(self) -> None:
        if self.dossier_id is None:
            return
        self._generation = getattr(self, "_generation", 0) + 1  # any load still running is now stale
        self._show_state(self.workspace.dossier_state(self.dossier_id))

    def refresh_soon(self) -> None:
        """Reload and re-judge off the GUI thread once the clerk pauses: a commit returns as soon as it is
        written, and the issues panel follows a moment later. Waiting for the pause keeps the loader (pure
        Python, so it shares the interpreter lock) from competing with the next field's commit."""
        if self.dossier_id is None:
            return
        if not hasattr(self, "_settle"):
            self.state_loaded.connect(self._state_loaded)
            self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
            self._settle.timeout.connect(self._start_loader)
        self._generation = getattr(self, "_generation", 0) + 1  # what is loading now is already out of date
        self._settle.start()

    def _start_loader(self) -> None:
        if self.dossier_id is not None:
            QThreadPool.globalInstance().start(_StateLoader(self, self._generation, self.dossier_id))

    def _state_loaded(self, generation: int, result: object) -> None:
        if generation != self._generation or self.dossier_id is None:
            return  # a newer edit or another dossier: this result is already out of date
        if isinstance(result, Exception):
            self._error(str(result))
            return
        assert isinstance(result, DossierState)
        self._show_state(result)

    def _show_state(self, st: DossierState) -> None:
        if st.read_only and not (self.state and self.state.read_only):
            self.undo_scopes.drop(("dossier", self.dossier_id))  # frozen: nothing may be undone into it
        self.state = st
        self.status_label.setText(self.tr("<b>%s</b> — %s — lần %d — trạng thái: <b>%s</b>%s") % (
            st.title, st.campaign, st.revision, self.tr(STATUS_LABELS.get(st.status, st.status)),
            self.tr(" (chỉ xem)") if st.read_only else ""))
        self._fill_tree(st)
        self.issues.show_state(st)
        self._show_current()
        self._update_actions(st)
        self._activate_undo()

    def _update_actions(self, st: DossierState) -> None:
        from desktop.services.editing import TRANSITIONS

        allowed = TRANSITIONS.get(st.status, ())
        self.act_checked.setEnabled("da-kiem-tra" in allowed)
        self.act_draft.setEnabled("nhap" in allowed)
        self.act_signed.setEnabled("da-ky" in allowed)
        self.act_sent.setEnabled("da-gui" in allowed)
        self.act_returned.setEnabled("bi-tra-lai" in allowed)
        self.act_revision.setEnabled(st.status == "bi-tra-lai")
        self.act_add.setEnabled(not st.read_only)
        self.act_remove.setEnabled(not st.read_only)

    def _tree_texts(self, st: DossierState) -> tuple[tuple[tuple[str, Any], str, tuple[tuple[int, str], ...]], ...]:
        verdicts = {p.id: res.verdict for p, res in zip(st.proposals, st.report.proposals, strict=False)}
        return tuple(
            (("nominee", n.ref), n.name,
             tuple((p.id, f"{_VERDICT_MARK.get(verdicts.get(p.id, ''), '')} {st.ruleset.awards[p.award].name}")
                   for p in st.proposals if p.nominee_ref == n.ref))
            for n in st.nominees)

    def _fill_tree(self, st: DossierState) -> None:
        """Names and verdict marks change in place; the tree is rebuilt only when nominees or proposals change,
        and the item the clerk is on stays current either way."""
        texts = self._tree_texts(st)
        shape = tuple((key, tuple(pid for pid, _t in props)) for key, _n, props in texts)
        if shape == self._tree_shape:
            for i, (_key, name, props) in enumerate(texts):
                item = self.tree.topLevelItem(i + 1)
                if item.text(0) != name:
                    item.setText(0, name)
                for j, (_pid, text) in enumerate(props):
                    if item.child(j).text(0) != text:
                        item.child(j).setText(0, text)
            return
        self._tree_shape = shape
        had_focus = self.tree.hasFocus()
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("Thông tin hồ sơ, thành phần chung")])
        root.setData(0, ITEM_ROLE, ("dossier", None))
        self.tree.addTopLevelItem(root)
        verdicts = {p.id: res.verdict for p, res in zip(st.proposals, st.report.proposals, strict=False)}
        current = None
        for n in st.nominees:
            item = QTreeWidgetItem([n.name])
            item.setData(0, ITEM_ROLE, ("nominee", n.ref))
            self.tree.addTopLevelItem(item)
            if self._current == ("nominee", n.ref):
                current = item
            for p in st.proposals:
                if p.nominee_ref != n.ref:
                    continue
                child = QTreeWidgetItem([f"{_VERDICT_MARK.get(verdicts.get(p.id, ''), '')} "
                                         f"{st.ruleset.awards[p.award].name}"])
                child.setData(0, ITEM_ROLE, ("proposal", p.id))
                item.addChild(child)
                if self._current == ("proposal", p.id):
                    current = child
            item.setExpanded(True)
        if current is None:
            current = root
            self._current = ("dossier", None)
        self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        if had_focus:
            self.tree.setFocus()

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self._flush()
        self._current = item.data(0, ITEM_ROLE)
        self._show_current()
        self._activate_undo()
        self._emit_location()

    def _select(self, key: tuple[str, Any]) -> None:
        it = self._find_item(key)
        if it is not None:
            self.tree.setCurrentItem(it)

    def _find_item(self, key: tuple[str, Any]) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, ITEM_ROLE) == key:
                return top
            for j in range(top.childCount()):
                if top.child(j).data(0, ITEM_ROLE) == key:
                    return top.child(j)
        return None

    def _show_current(self) -> None:
        st = self.state
        if st is None:
            return
        kind, key = self._current
        if kind == "nominee" and st.nominee(key):
            n = st.nominee(key)
            assert n is not None
            if self.subject_page.subject_id != n.subject_id or self.subject_page.read_only != st.read_only:
                self.subject_page.show_subject(n.subject_id, st.read_only)
            else:
                self.subject_page.refresh()
            self.pages.setCurrentWidget(self.subject_page)
        elif kind == "proposal" and st.proposal(key):
            p = st.proposal(key)
            assert p is not None
            self.proposal_page.show_proposal(st, p, self._form_edited)
            self.pages.setCurrentWidget(self.proposal_page)
        else:
            self.dossier_page.show_state(st)
            self.pages.setCurrentWidget(self.dossier_page)

    # -- where the clerk is
    def _current_form(self) -> FieldForm | None:
        page = self.pages.currentWidget()
        if page is self.proposal_page:
            return self.proposal_page.form
        if page is self.dossier_page:
            return self.dossier_page.form
        if page is self.subject_page:
            return self.subject_page.form
        return None

    def location(self) -> dict[str, Any]:
        kind, key = self._current
        form = self._current_form()
        focused = form.focused_key() if form is not None else None
        field = focused or self._focus_key
        where: dict[str, Any] = {"dossier": self.dossier_id, "page": kind, "key": key, "field": field}
        if focused and form is not None:
            cursor = form.cursor(focused)
            if cursor is not None:
                where["cursor"] = cursor
        return where

    def _emit_location(self) -> None:
        if self.dossier_id is not None:
            self.location_changed.emit(self.location())

    # -- edits
    def _push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, merge_key: Any = None) -> None:
        try:
            with self.workspace.typed_edit():
                apply(new)
        except (ValueError, LookupError) as exc:
            self._error(str(exc))
            self.refresh()
            return
        # Undo and redo are deliberate: they reload at once so the field visibly returns to its value.
        self.undo.push(EditCommand(text, apply, old, new, lambda e: self._error(str(e)), merge_key))

    def _dossier_edited(self, key: str, old: Any, new: Any) -> None:
        dossier_id = self.dossier_id
        assert dossier_id is not None
        self._focus_key = key
        form = self.dossier_page.form

        def apply(value: Any) -> None:
            self.workspace.set_dossier_field(dossier_id, key, value)
            if self.dossier_id == dossier_id and self._current != ("dossier", None):
                self._select(("dossier", None))

        self._push(edit_text(form.label(key)), apply, old, new, ("dossier", dossier_id, *form.merge_key(key)))
        self._emit_location()

    def _form_edited(self, key: str, old: Any, new: Any) -> None:
        kind, proposal_id = self._current
        if kind != "proposal":
            return
        self._focus_key = key
        form = self.proposal_page.form
        assert form is not None

        def apply(value: Any) -> None:
            self.workspace.set_form_field(proposal_id, key, value)
            if self._current != ("proposal", proposal_id):
                self._select(("proposal", proposal_id))

        self._push(edit_text(form.label(key)), apply, old, new, ("proposal", proposal_id, *form.merge_key(key)))
        self._emit_location()

    def _flush(self) -> None:
        if self.proposal_page.form is not None:
            self.proposal_page.form.flush()
        self.dossier_page.form.flush()
        if self.subject_page.form is not None:
            self.subject_page.form.flush()

    def _on_changes(self, changes: Changes) -> None:
        self.saved_label.setText(self.tr("Đã lưu lúc %s") % datetime.now().strftime("%H:%M"))
        if self.dossier_id is not None and (self.dossier_id in changes.dossiers or changes.subjects):
            # A typed value changes verdicts, not the tree: judge it in the background. Anything structural
            # (a nominee, a proposal, a file, a status) reloads at once, because what follows needs it.
            # A registry edit (identity fields, history rows) changes the subject, not this dossier's structure.
            if self.workspace.typing or self.dossier_id not in changes.dossiers:
                self.refresh_soon()
            else:
                self.refresh()

    def _error(self, text: str) -> None:
        msg = text[:1].upper() + text[1:]
        self.saved_label.setText(self.tr("Chưa lưu: %s") % msg)
        self.message.emit(msg)

    # -- nominees, attachments, status
    def add_nominee(self) -> None:
        if self.state is None or self.state.read_only:
            return
        dlg = AddNomineeDialog(self.workspace, self.state.ruleset, self)
        self.add_dialog = dlg
        dlg.accepted.connect(lambda: self._add_from(dlg))
        dlg.open()

    def _add_from(self, dlg: AddNomineeDialog) -> None:
        subject_id, kind, name, award = dlg.choice()
        assert self.dossier_id is not None
        try:
            proposal_id = self.workspace.add_nominee(self.dossier_id, subject_id, kind, name, award)
        except (ValueError, LookupError) as exc:
            self._error(str(exc))
            return
        st = self.state
        if st is not None and proposal_id is not None:
            p = st.proposal(proposal_id)
            self._select(("nominee", p.nominee_ref) if p else ("proposal", proposal_id))

    def remove_current(self) -> None:
        kind, key = self._current
        if self.dossier_id is None or kind == "dossier":
            return
        st = self.state
        assert st is not None
        what = st.nominee(key).name if kind == "nominee" and st.nominee(key) else self.tr("đề nghị này")
        answer = QMessageBox.question(self, self.tr("Bỏ khỏi hồ sơ"), self.tr(
            "Bỏ %s khỏi hồ sơ? Người này vẫn còn trong sổ đối tượng.") % what)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if kind == "nominee":
            self.workspace.remove_nominee(self.dossier_id, key)
        else:
            self.workspace.remove_proposal(key)
        self._current = ("dossier", None)
        self.undo.clear()  # the removed rows cannot be brought back by the field commands above them
        self.refresh()

    def _attach(self, component: str, nominee_ref: str | None, path: str) -> None:
        assert self.dossier_id is not None
        try:
            self.workspace.attach(self.dossier_id, component, nominee_ref, Path(path))
        except (ValueError, OSError) as exc:
            self._error(str(exc))
            panel = self.proposal_page.attachments if nominee_ref else self.dossier_page.attachments
            panel.message.setText(str(exc))
            return
        for panel in (self.proposal_page.attachments, self.dossier_page.attachments):
            panel.message.setText("")

    def _detach(self, document_id: int) -> None:
        try:
            self.workspace.detach(document_id)
        except (ValueError, LookupError) as exc:
            self._error(str(exc))

    def _status(self, status: str) -> None:
        assert self.dossier_id is not None
        self._flush()
        try:
            self.workspace.set_status(self.dossier_id, status)
        except (ValueError, LookupError) as exc:
            self._error(str(exc))
            QMessageBox.information(self, self.tr("Chưa chuyển được trạng thái"), str(exc))
            return
        self.undo.clear()

    def record_return(self) -> None:
        from desktop.views.return_dialog import ReturnDialog

        if self.state is None:
            return
        dlg = ReturnDialog(self.state, self)
        self.return_dialog = dlg

        def done() -> None:
            assert self.dossier_id is not None
            try:
                self.workspace.return_dossier(self.dossier_id, dlg.comments(), dlg.reviewer.text())
            except (ValueError, LookupError) as exc:
                self._error(str(exc))

        dlg.accepted.connect(done)
        dlg.open()

    def new_revision(self) -> None:
        assert self.dossier_id is not None
        try:
            self.workspace.new_revision(self.dossier_id)
        except (ValueError, LookupError) as exc:
            self._error(str(exc))

    def export_nominees(self) -> None:
        if self.dossier_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất danh sách đối tượng"), "danh-sach.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if name:
            self.workspace.export_nominees(self.dossier_id, Path(name))
            self.message.emit(self.tr("Đã xuất danh sách: %s") % name)

    # -- going to an issue
    def go_to(self, target: Target) -> None:
        if target.page == "proposal" and target.proposal_id is not None:
            self._select(("proposal", target.proposal_id))
        elif target.page == "nominee" and target.nominee_ref:
            self._select(("nominee", target.nominee_ref))
        elif target.page == "documents" and target.nominee_ref:
            p = next((x for x in (self.state.proposals if self.state else ()) if x.nominee_ref == target.nominee_ref),
                     None)
            self._select(("proposal", p.id) if p else ("nominee", target.nominee_ref))
        else:
            self._select(("dossier", None))
        if target.component:
            on_proposal = self._current[0] == "proposal"
            panel = self.proposal_page.attachments if on_proposal else self.dossier_page.attachments
            panel.select_component(target.component)
            if on_proposal:
                self.proposal_page.scroll.ensureWidgetVisible(panel, 0, 0)
            flash(panel)
            panel.component.setFocus(Qt.FocusReason.OtherFocusReason)
        elif target.field:
            self._focus(target.field, row=target.row)

    def _focus(self, key: str, cursor: int | None = None, row: int | None = None) -> None:
        page = self.pages.currentWidget()
        if page is self.subject_page:
            self.subject_page.focus_field(key, row)
            return
        form = self._current_form()
        if form is None or not form.focus(key):
            return
        ed = form.editors[key]
        if page is self.proposal_page:
            self.proposal_page.scroll.ensureWidgetVisible(ed, 0, 40)
        if cursor is not None:
            form.set_cursor(key, cursor)
        flash(ed.editor)

    def next_issue(self) -> None:
        view = self.issues.view
        model = self.issues.model
        start = view.currentIndex().row() + 1
        for i in list(range(start, model.rowCount())) + list(range(0, start)):
            row = model.row_at(i)
            if row.kind in ("error", "warning", "missing", "comment"):
                view.setCurrentIndex(model.index(i))
                if row.target is not None:
                    self.go_to(row.target)
                return

    def exec_dialog(self, dlg: QDialog) -> int:  # seam for tests
        return dlg.exec()


SETTLE_MS = 250
_FLASH_MS = 1500


def flash(widget: QWidget) -> None:
    """Highlight what an issue click landed on for a moment, so the eye finds it on a full page."""
    widget.setProperty("flash", True)
    widget.setStyleSheet("*[flash=\"true\"] { background: #fff3b0; }")

    def clear() -> None:
        try:
            widget.setProperty("flash", False)
            widget.setStyleSheet("")
        except RuntimeError:  # the widget was deleted meanwhile
            pass

    QTimer.singleShot(_FLASH_MS, widget, clear)


class _StateLoader(QRunnable):
    """Loads and judges one dossier on a pool thread and hands the result back through a queued signal."""

    def __init__(self, editor: DossierEditor, generation: int, dossier_id: int):
        super().__init__()
        self.editor, self.generation, self.dossier_id = editor, generation, dossier_id

    def run(self) -> None:
        try:
            result: object = self.editor.workspace.dossier_state(self.dossier_id)
        except Exception as exc:  # reported on the GUI thread as a message, never lost
            result = exc
        try:
            self.editor.state_loaded.emit(self.generation, result)
        except RuntimeError:  # the editor was closed and deleted meanwhile
            pass
