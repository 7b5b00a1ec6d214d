"""The issues panel: per proposal the verdict with each rule and its article, the component checklist, and errors
and warnings apart. Activating a row asks the editor to focus the field or the missing component."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from desktop.awards.results import VERDICT_LABELS
from desktop.services.editing import DossierState
from desktop.services.issue_targets import Target, comment_target, locate

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_COLORS = {"error": "#b00020", "warning": "#8a5a00", "ok": "#1b6e20", "unknown": "#8a5a00", "head": "#202020",
           "info": "#3b5a80", "missing": "#b00020", "comment": "#6a1b9a"}
_MARK = {"dat": "✔", "khong-dat": "✘", "can-xac-minh": "?"}


@dataclass(frozen=True)
class IssueRow:
    kind: str  # head | error | warning | info | ok | unknown | missing | comment
    text: str
    target: Target | None = None
    tooltip: str = ""


def rows_for(st: DossierState) -> list[IssueRow]:
    rows: list[IssueRow] = []
    errors = [i for i in st.report.issues if i.severity == "error"]
    warnings = [i for i in st.report.issues if i.severity == "warning"]
    missing = [c for c in st.report.checklist if c.required and not c.present]
    if st.comments:
        rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Ý kiến khi trả lại (%d)") % len(st.comments)))
        rows += [IssueRow("comment", f"Lần {c.revision}: {c.text}", comment_target(st, c)) for c in st.comments]
    rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Lỗi (%d)") % len(errors)))
    rows += [IssueRow("error", i.message, locate(st, i.where), i.where) for i in errors]
    rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Cảnh báo (%d)") % len(warnings)))
    rows += [IssueRow("warning", i.message, locate(st, i.where), i.where) for i in warnings]
    rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Thành phần hồ sơ: thiếu %d") % len(missing)))
    for c in st.report.checklist:
        target = Target("proposal" if c.nominee_id else "dossier", c.nominee_id,
                        next((p.id for p in st.proposals if p.nominee_ref == c.nominee_id), None) if c.nominee_id
                        else None, component=c.component)
        rows.append(IssueRow("ok" if c.present else "missing", ("☑ " if c.present else "☐ ") + c.message, target))
    rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Tiêu chuẩn khen thưởng")))
    for p, res in zip(st.proposals, st.report.proposals, strict=False):
        head = f"{_MARK.get(res.verdict, '')} {res.nominee_name} — {res.award_name} {res.year}: " \
               f"{VERDICT_LABELS.get(res.verdict, res.verdict)}"
        rows.append(IssueRow({"dat": "ok", "khong-dat": "error"}.get(res.verdict, "unknown"), head,
                             Target("proposal", p.nominee_ref, p.id)))
        for r in res.rules:
            kind = {"dat": "ok", "khong-dat": "error"}.get(r.status, "unknown")
            caveat = QCoreApplication.translate("IssuesPanel", "; quy định chưa được xác minh") if r.confidence == "L" else ""
            rows.append(IssueRow(kind, f"    {_MARK.get(r.status, '')} {r.message} ({r.basis}{caveat})",
                                 Target("nominee", p.nominee_ref), r.basis))
    info = [i for i in st.report.issues if i.severity == "info"]
    if info:
        rows.append(IssueRow("head", QCoreApplication.translate("IssuesPanel", "Thông tin")))
        rows += [IssueRow("info", i.message, locate(st, i.where)) for i in info]
    return rows


class IssuesListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[IssueRow] = []

    def set_rows(self, rows: list[IssueRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, i: int) -> IssueRow:
        return self._rows[i]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.tooltip or r.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_COLORS.get(r.kind, "#202020")))
        if role == Qt.ItemDataRole.FontRole and r.kind == "head":
            f = QFont()
            f.setBold(True)
            return f
        if role == TARGET_ROLE:
            return r.target
        if role == KIND_ROLE:
            return r.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == "head":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IssuesPanel(QWidget):
    target_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("issuesSummary")
        self.model = IssuesListModel(self)
        self.view = QListView()
        self.view.setObjectName("issuesList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        title = QLabel(self.tr("<b>Kiểm tra hồ sơ</b> (tự cập nhật sau mỗi thay đổi)"))
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_state(self, st: DossierState) -> None:
        rep = st.report
        errors = sum(1 for i in rep.issues if i.severity == "error")
        warnings = sum(1 for i in rep.issues if i.severity == "warning")
        missing = sum(1 for c in rep.checklist if c.required and not c.present)
        ok = sum(1 for p in rep.proposals if p.verdict == "dat")
        verdict = self.tr("Hồ sơ đầy đủ, mọi đề nghị đạt") if rep.complete and rep.eligible else self.tr(
            "%d/%d đề nghị đạt; %d lỗi, %d cảnh báo, thiếu %d thành phần") % (
            ok, len(rep.proposals), errors, warnings, missing)
        self.summary.setText(verdict + "\n" + self.tr("Bộ quy tắc: %s") % rep.ruleset_title)
        rows = rows_for(st)
        if rows == self.model._rows:
            return
        # A re-judge after each edit must not move the clerk's place in the list: same row, same scroll.
        current = self.view.currentIndex()
        key = (self.model.row_at(current.row()).kind, self.model.row_at(current.row()).text) \
            if current.isValid() else None
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(rows)
        if key is not None:
            for i, r in enumerate(rows):
                if (r.kind, r.text) == key:
                    self.view.setCurrentIndex(self.model.index(i))
                    break
        self.view.verticalScrollBar().setValue(scroll)

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target is not None:
            self.target_activated.emit(target)
