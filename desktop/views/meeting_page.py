"""The council's meeting: when, where, who was there and who was not, the vote on every proposal, the counting
committee and the date of the reports it reviewed. Every field commits through the editor's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.awards.model import FormField
from desktop.awards.votes import vote_rule
from desktop.services.editing import DossierState
from desktop.services.meeting_edit import (
    COMMITTEE_FIELDS,
    MEETING_FIELDS,
    VOTE_KEYS,
    VoteRow,
    field_values,
    vote_rows,
)
from desktop.services.workspace import Workspace
from desktop.views.fields import FieldEditor, FieldForm, make_editor
from desktop.views.undo import EditCommand, edit_text


def problems_by_path(st: DossierState) -> dict[str, list[str]]:
    """The judge's errors and warnings keyed by their dossier.json path, as the page's widgets are named."""
    out: dict[str, list[str]] = {}
    for issue in st.report.issues:
        if issue.severity in ("error", "warning"):
            out.setdefault(issue.where, []).append(issue.message)
    return out


class SectionPage(QWidget):
    """A page of dossier-level fields keyed by dossier.json path; edits go through the editor's undo stack."""

    error = Signal(str)

    def __init__(self, workspace: Workspace, undo: Callable[[], QUndoStack], parent: QWidget | None = None):
        """`undo` gives the open dossier's undo stack (the editor keeps one per dossier)."""
        super().__init__(parent)
        self.workspace, self._undo = workspace, undo
        self.state: DossierState | None = None
        self.forms: list[FieldForm] = []
        self.inner = QWidget()
        self.body = QVBoxLayout(self.inner)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def tree_label(self) -> str:
        raise NotImplementedError

    @property
    def undo(self) -> QUndoStack:
        return self._undo()

    @property
    def dossier_id(self) -> int:
        assert self.state is not None
        return self.state.id

    def add_form(self, sections: Sequence[tuple[str, Sequence[FormField]]], name: str) -> FieldForm:
        form = FieldForm(sections)
        form.setObjectName(name)
        form.edited.connect(self._field_edited)
        self.forms.append(form)
        return form

    def push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, merge_key: Any = None) -> None:
        try:
            with self.workspace.typed_edit():  # the issues panel re-judges in the background
                apply(new)
        except (ValueError, LookupError) as exc:
            self.error.emit(str(exc))
            if self.state is not None:
                self.show_state(self.state)  # the field returns to what is stored
            return
        self.undo.push(EditCommand(text, apply, old, new, lambda e: self.error.emit(str(e)), merge_key))

    def form_of(self, key: str) -> FieldForm | None:
        return next((f for f in self.forms if key in f.editors), None)

    def focused_form(self) -> FieldForm | None:
        """The form the clerk is typing in (the editor saves where the clerk is from it)."""
        return next((f for f in self.forms if f.focused_key() is not None), self.forms[0] if self.forms else None)

    def _field_edited(self, key: str, old: Any, new: Any) -> None:
        dossier_id = self.dossier_id
        form = self.form_of(key)
        assert form is not None
        # One visit to a field is one undo step, as everywhere in the editor (text saves while typing).
        self.push(edit_text(form.label(key)), lambda v: self.workspace.set_section_field(dossier_id, key, v), old, new,
                  ("section", dossier_id, *form.merge_key(key)))

    def replace_sections(self, text: str, new: Mapping[str, Any]) -> None:
        """A whole-page fill (defaults, unanimous votes) as one undo step: undo puts back what was stored."""
        dossier_id = self.dossier_id
        old = self.workspace.sections(dossier_id)
        self.push(text, lambda v: self.workspace.set_sections(dossier_id, v), old, dict(new))

    def show_state(self, st: DossierState) -> None:
        self.state = st
        values = field_values(st.snapshot.extra)
        problems = problems_by_path(st)
        for form in self.forms:
            form.set_values(values)
            form.set_problems(problems)
            form.set_read_only(st.read_only)

    def focus_field(self, path: str | None) -> bool:
        from desktop.views.dossier_editor import flash

        form = self.form_of(path or "")
        if form is None or not form.focus(path):
            return False
        self.scroll.ensureWidgetVisible(form.editors[path or ""], 0, 40)
        flash(form.editors[path or ""].editor)
        return True

    def flush(self) -> None:
        for form in self.forms:
            form.flush()


class VotesGrid(QWidget):
    """One row per proposal: who, for what, ballots agreeing, against and in all, and the result they give."""

    edited = Signal(int, str, object, object)  # (row index, column key, old, new)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[tuple[int, str], FieldEditor] = {}
        self.results: dict[int, QLabel] = {}
        self.problems: dict[int, QLabel] = {}
        self._shape: tuple[tuple[str, str], ...] = ()

    def _headers(self) -> None:
        for col, text in enumerate((self.tr("Đối tượng"), self.tr("Hình thức đề nghị"), self.tr("Đồng ý"),
                                    self.tr("Không đồng ý"), self.tr("Tổng số phiếu"), self.tr("Kết quả"))):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from the screen now; deleted when the event loop next runs
                widget.deleteLater()
        self.editors.clear()
        self.results.clear()
        self.problems.clear()

    def set_rows(self, rows: Sequence[VoteRow], problems: Mapping[str, Sequence[str]], read_only: bool) -> None:
        shape = tuple((r.nominee_id, r.award) for r in rows)
        if shape != self._shape:
            self._clear()
            self._headers()
            labels = {"agree": self.tr("Số phiếu đồng ý"), "against": self.tr("Số phiếu không đồng ý"),
                      "total": self.tr("Tổng số phiếu")}
            for r in rows:
                line = 1 + 2 * r.index
                who = QLabel(r.who)
                who.setWordWrap(True)
                who.setMinimumWidth(120)
                self.grid.addWidget(who, line, 0)
                award = QLabel(r.award_name)
                award.setWordWrap(True)
                self.grid.addWidget(award, line, 1)
                for col, key in enumerate(VOTE_KEYS, start=2):
                    ed = make_editor(FormField(f"proposals[{r.index}].vote.{key}", labels[key], "int"))
                    ed.editor.setMaximumWidth(64)  # two or three digits: the names get the width
                    ed.committed.connect(lambda pair, i=r.index, k=key: self.edited.emit(i, k, pair[0], pair[1]))
                    self.editors[(r.index, key)] = ed
                    self.grid.addWidget(ed, line, col)
                result = QLabel()
                result.setObjectName(f"voteResult_{r.index}")
                self.results[r.index] = result
                self.grid.addWidget(result, line, 5)
                problem = QLabel()
                problem.setObjectName("fieldProblem")
                problem.setWordWrap(True)
                problem.setStyleSheet("color: #b00020;")
                problem.setVisible(False)
                self.problems[r.index] = problem
                self.grid.addWidget(problem, line + 1, 0, 1, 6)
            self.grid.setColumnStretch(0, 4)
            self.grid.setColumnStretch(1, 3)
            self.grid.setVerticalSpacing(2)
            self._shape = shape
        for r in rows:
            for key in VOTE_KEYS:
                ed = self.editors[(r.index, key)]
                ed.set_value(getattr(r, key))
                ed.set_read_only(read_only)
            text = {"dat": self.tr("Đạt"), "khong-dat": self.tr("Không đạt")}.get(r.result or "", "—")
            self.results[r.index].setText(text)
            found = list(problems.get(f"proposals[{r.index}].vote", ()))
            self.problems[r.index].setText("\n".join(found))
            self.problems[r.index].setVisible(bool(found))

    def focus_row(self, index: int) -> QWidget | None:
        ed = self.editors.get((index, "agree"))
        if ed is not None:
            ed.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return ed
        return None


class MeetingPage(SectionPage):
    def __init__(self, workspace: Workspace, undo: Callable[[], QUndoStack], parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.heading = QLabel(self.tr("<h3>Biên bản họp Hội đồng Thi đua - Khen thưởng</h3>"))
        self.body.addWidget(self.heading)
        buttons = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Lấy thông tin từ hồ sơ trước"))
        self.defaults_button.setObjectName("meetingDefaults")
        self.defaults_button.setToolTip(self.tr("Điền các ô còn trống (địa điểm, chủ trì, thư ký, thành viên, "
                                                "ban kiểm phiếu) như hồ sơ lập gần nhất; hoàn tác được"))
        self.defaults_button.clicked.connect(self.apply_defaults)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        by_key = {f.key: f for f in MEETING_FIELDS}

        def pick(*keys: str) -> list[FormField]:
            return [by_key[k] for k in keys]

        self.meeting_form = self.add_form([
            (self.tr("Thời gian, địa điểm"), pick("meeting.date", "meeting.start_time", "meeting.end_time",
                                                 "meeting.place")),
            (self.tr("Thành phần"), pick("meeting.chair.name", "meeting.chair.title", "meeting.secretary.name",
                                        "meeting.secretary.title", "meeting.members_total",
                                        "meeting.members_present", "meeting.attendees", "meeting.absent")),
        ], "meetingForm")
        self.body.addWidget(self.meeting_form)

        votes_box = QGroupBox(self.tr("Kết quả biểu quyết từng đề nghị"))
        votes_layout = QVBoxLayout(votes_box)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("voteRule")
        self.rule_label.setWordWrap(True)
        votes_layout.addWidget(self.rule_label)
        self.fill_button = QPushButton(self.tr("Điền: tất cả có mặt đồng ý (các dòng còn trống)"))
        self.fill_button.setObjectName("fillVotes")
        self.fill_button.clicked.connect(self.fill_unanimous)
        votes_layout.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.votes = VotesGrid()
        self.votes.setObjectName("votesGrid")
        self.votes.edited.connect(self._vote_edited)
        votes_layout.addWidget(self.votes)
        self.body.addWidget(votes_box)

        self.committee_form = self.add_form([(self.tr("Ban kiểm phiếu"), COMMITTEE_FIELDS)], "committeeForm")
        self.body.addWidget(self.committee_form)
        self.closing_form = self.add_form([(self.tr("Kết luận, báo cáo thành tích"),
                                            pick("meeting.conclusion", "report_date"))], "closingForm")
        self.body.addWidget(self.closing_form)
        self.body.addStretch(1)
        self.simplified = QLabel(self.tr("Hồ sơ theo thủ tục đơn giản (Điều 85): không cần họp Hội đồng."))
        self.simplified.setWordWrap(True)
        self.body.insertWidget(1, self.simplified)

    def tree_label(self) -> str:
        return self.tr("Biên bản họp, biểu quyết")

    def show_state(self, st: DossierState) -> None:
        super().show_state(st)
        rows = vote_rows(st.snapshot, st.ruleset)
        self.votes.set_rows(rows, problems_by_path(st), st.read_only)
        meeting = st.snapshot.extra.get("meeting")
        switch = meeting.get("vote_base_present") if isinstance(meeting, Mapping) else None
        rule = vote_rule(st.ruleset, switch if isinstance(switch, bool) else None)
        self.rule_label.setText(self.tr("Ngưỡng thông qua theo bộ quy tắc %s: %s. [M] là quy định chưa đối chiếu "
                                        "nguyên văn; đổi cách tính ở mục Ban kiểm phiếu.") % (st.ruleset.name,
                                                                                             rule.describe()))
        for button in (self.defaults_button, self.fill_button):
            button.setEnabled(not st.read_only)
        self.simplified.setVisible(st.procedure == "don-gian")

    def focus_field(self, path: str | None) -> bool:
        if path and path.startswith("proposals[") and path.endswith("].vote"):
            index = int(path[len("proposals["):-len("].vote")])
            from desktop.views.dossier_editor import flash

            widget = self.votes.focus_row(index)
            if widget is not None:
                self.scroll.ensureWidgetVisible(widget, 0, 40)
                flash(widget)
                return True
            return False
        return super().focus_field(path)

    def _vote_edited(self, index: int, key: str, old: Any, new: Any) -> None:
        st = self.state
        if st is None or index >= len(st.snapshot.proposals):
            return
        p = st.snapshot.proposals[index]
        dossier_id = self.dossier_id
        ed = self.votes.editors[(index, key)]
        self.push(edit_text(ed.spec.label), lambda v: self.workspace.set_vote(dossier_id, p.nominee_id, p.award, key, v),
                  old, new, ("vote", dossier_id, index, key, ed.session))

    def apply_defaults(self) -> None:
        if self.state is None or self.state.read_only:
            return
        self.replace_sections(self.tr("lấy thông tin từ hồ sơ trước"), self.workspace.section_defaults(self.dossier_id))

    def fill_unanimous(self) -> None:
        if self.state is None or self.state.read_only:
            return
        dossier_id = self.dossier_id
        old = self.workspace.sections(dossier_id)
        try:
            with self.workspace.typed_edit():
                self.workspace.fill_unanimous(dossier_id)
        except (ValueError, LookupError) as exc:
            self.error.emit(str(exc))
            return
        new = self.workspace.sections(dossier_id)
        # Already written: the command's first redo is skipped, undo restores `old`, redo writes `new` back.
        self.undo.push(EditCommand(self.tr("điền kết quả biểu quyết"),
                                   lambda v: self.workspace.set_sections(dossier_id, v), old, new,
                                   lambda e: self.error.emit(str(e))))
