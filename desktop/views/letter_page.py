"""The tờ trình and the public posting: "Kính gửi" chosen among the authorities the rule set names for the dossier's
awards, the signer and the authority line, the number and date (given at signing when left empty), where and when
the list was posted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop.services.editing import DossierState
from desktop.services.meeting_edit import (
    POSTING_FIELDS,
    basis_note,
    letter_fields,
    prefix_choices,
    recipient_choices,
)
from desktop.services.workspace import Workspace
from desktop.views.fields import FieldForm
from desktop.views.meeting_page import SectionPage


class LetterPage(SectionPage):
    def __init__(self, workspace: Workspace, undo: Callable[[], QUndoStack], parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.body.addWidget(QLabel(self.tr("<h3>Tờ trình đề nghị khen thưởng, công khai danh sách</h3>")))
        signer_box = QGroupBox(self.tr("Người ký theo hồ sơ đơn vị"))
        signer_layout = QFormLayout(signer_box)
        self.signers = QComboBox()
        self.signers.setObjectName("profileSigner")
        self.signers.activated.connect(self._signer_chosen)
        signer_layout.addRow(self.tr("Chọn người ký"), self.signers)
        self.body.addWidget(signer_box)
        self.letter_holder = QWidget()
        self.letter_holder_layout = QFormLayout(self.letter_holder)
        self.letter_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.letter_holder)
        self.letter_form: FieldForm | None = None
        self._choices: tuple[Any, ...] = ()
        self.number_note = QLabel(self.tr("Để trống số và ngày: khi ký, HSKT cấp số tiếp theo của đơn vị và ghi ngày "
                                          "ký; bản xem trước ghi «(cấp khi ký)» bên cạnh số đó."))
        self.number_note.setWordWrap(True)
        self.body.addWidget(self.number_note)
        self.basis_note = QLabel()
        self.basis_note.setObjectName("basisNote")
        self.basis_note.setWordWrap(True)
        self.basis_note.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.basis_note)
        self.posting_form = self.add_form([(self.tr("Công khai danh sách"), POSTING_FIELDS)], "postingForm")
        self.body.addWidget(self.posting_form)
        self.body.addStretch(1)

    def tree_label(self) -> str:
        return self.tr("Tờ trình, công khai danh sách")

    def _signer_options(self, st: DossierState) -> list[dict[str, Any]]:
        raw = st.snapshot.unit.extra.get("signers") or []
        return [dict(s) for s in raw if isinstance(s, dict) and s.get("title")]

    def show_state(self, st: DossierState) -> None:
        recipients, prefixes = recipient_choices(st.ruleset, st.snapshot), prefix_choices(st.snapshot)
        choices = (tuple(recipients), tuple(prefixes))
        if choices != self._choices or self.letter_form is None:
            if self.letter_form is not None:
                self.forms.remove(self.letter_form)
                self.letter_form.setParent(None)
                self.letter_form.deleteLater()
            self.letter_form = self.add_form([(self.tr("Tờ trình"), letter_fields(recipients, prefixes))],
                                             "letterForm")
            self.letter_holder_layout.addRow(self.letter_form)
            self._choices = choices
        super().show_state(st)
        self._show_basis(st)
        self.signers.blockSignals(True)
        self.signers.clear()
        self.signers.addItem(self.tr("— chọn —"), None)
        for s in self._signer_options(st):
            label = " / ".join(x for x in (s.get("prefix"), s.get("title"), s.get("name")) if x)
            self.signers.addItem(label, s)
        self.signers.setEnabled(not st.read_only)
        self.signers.blockSignals(False)

    def _show_basis(self, st: DossierState) -> None:
        lines, unverified = basis_note(st.snapshot.ruleset)
        text = self.tr("Căn cứ HSKT in trong tờ trình:") + "\n" + "\n".join(f"• {line}" for line in lines)
        if unverified:
            text += "\n" + self.tr("Chưa đối chiếu với văn bản gốc: %s. Hãy kiểm tra; nếu khác, ghi phần mở đầu "
                                    "đúng vào ô «Mở đầu tờ trình», HSKT in nội dung đó thay cho các căn cứ trên.") % (
                "; ".join(unverified))
        self.basis_note.setText(text)
        self.basis_note.setStyleSheet("color: #8a4b00" if unverified else "color: #555")

    def _signer_chosen(self, index: int) -> None:
        chosen = self.signers.itemData(index)
        if not chosen or self.state is None:
            return
        current = self.workspace.sections(self.dossier_id)
        letter = dict(current.get("letter") or {})
        letter["signer"] = {k: chosen[k] for k in ("prefix", "title", "name") if chosen.get(k)}
        self.replace_sections(self.tr("chọn người ký"), {**current, "letter": letter})
