"""Recording a return (bị trả lại): the reviewer's comments, each pinned to a nominee and a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.editing import DossierState
from desktop.services.registry_edit import IDENTITY_FIELDS
from desktop.views.window_geometry import keep_geometry


class ReturnDialog(QDialog):
    def __init__(self, st: DossierState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ bị trả lại"))
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Ví dụ: Phòng Văn hóa - Xã hội, Sở Nội vụ"))
        self.nominee = QComboBox()
        self.nominee.addItem(self.tr("(cả hồ sơ)"), None)
        for n in st.nominees:
            self.nominee.addItem(n.name, n.ref)
        self.field = QComboBox()
        self.field.addItem(self.tr("(không chỉ rõ trường)"), None)
        seen: set[str] = set()
        for kind_fields in IDENTITY_FIELDS.values():
            for f in kind_fields:
                if f.key not in seen:
                    seen.add(f.key)
                    self.field.addItem(self.tr(f.label), f.key)
        for p in st.proposals:
            for f in st.shown_fields(p):
                if f.key not in seen:
                    seen.add(f.key)
                    self.field.addItem(self.tr(f.label), f.key)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Cơ quan trả lại"), self.reviewer)
        form.addRow(self.tr("Đối tượng"), self.nominee)
        form.addRow(self.tr("Trường cần sửa"), self.field)
        form.addRow(self.tr("Ý kiến *"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi nhận"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        keep_geometry(self, "return", (560, 320))

    def comments(self) -> list[dict[str, Any]]:
        text = self.comment.toPlainText().strip()
        if not text:
            return []
        return [{"nominee_id": self.nominee.currentData(), "field": self.field.currentData(), "comment": text}]
