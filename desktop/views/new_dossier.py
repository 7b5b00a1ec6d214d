"""New dossier (campaign, year, procedure) and adding nominees (from the registry or new) with their award."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.awards.model import RuleSet
from desktop.services.registry_edit import KIND_LABELS, NAME_LABELS
from desktop.services.workspace import Workspace
from desktop.views.fields import PROCEDURE_LABELS
from desktop.views.window_geometry import keep_geometry


class NewDossierDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Hồ sơ mới"))
        year = date.today().year - (1 if date.today().month < 7 else 0)
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.title.setPlaceholderText(self.tr("Ví dụ: Đề nghị công nhận danh hiệu thi đua năm %d") % year)
        self.campaign = QComboBox()
        self.campaign.setObjectName("newCampaign")
        self.campaign.setEditable(True)
        for name, y in workspace.campaigns():
            self.campaign.addItem(f"{name}", y)
        self.campaign.setEditText(self.tr("Xét khen thưởng tổng kết năm %d") % year)
        self.campaign.activated.connect(lambda i: self.year.setValue(self.campaign.itemData(i) or self.year.value()))
        self.year = QSpinBox()
        self.year.setObjectName("newYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.procedure = QComboBox()
        for code, label in PROCEDURE_LABELS.items():
            self.procedure.addItem(self.tr(label), code)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên hồ sơ *"), self.title)
        form.addRow(self.tr("Đợt xét *"), self.campaign)
        form.addRow(self.tr("Năm xét *"), self.year)
        form.addRow(self.tr("Thủ tục"), self.procedure)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tạo hồ sơ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep_geometry(self, "new-dossier", (620, 240))

    def accept(self) -> None:
        try:
            self.created_id = self.workspace.new_dossier(self.title.text(), self.campaign.currentText(),
                                                         self.year.value(), self.procedure.currentData())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class AddNomineeDialog(QDialog):
    """Pick someone from the registry (search by name without marks, or by CCCD) or name a new one; pick the award."""

    def __init__(self, workspace: Workspace, ruleset: RuleSet, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.ruleset = workspace, ruleset
        self.setWindowTitle(self.tr("Thêm đối tượng đề nghị"))
        self.kind = QComboBox()
        self.kind.setObjectName("nomineeKind")
        for code, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), code)
        self.from_registry = QRadioButton(self.tr("Chọn trong sổ đối tượng"))
        self.new_one = QRadioButton(self.tr("Đối tượng mới"))
        self.from_registry.setChecked(True)
        self.search = QLineEdit()
        self.search.setObjectName("nomineeSearch")
        self.search.setPlaceholderText(self.tr("Gõ tên (không dấu cũng được) hoặc số CCCD"))
        self.results = QListWidget()
        self.results.setObjectName("nomineeResults")
        self.name = QLineEdit()
        self.name.setObjectName("nomineeName")
        self.award = QComboBox()
        self.award.setObjectName("nomineeAward")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.textChanged.connect(lambda _t: self.from_registry.setChecked(True))
        self.name.textEdited.connect(lambda _t: self.new_one.setChecked(True))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.name_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Loại đối tượng"), self.kind)
        form.addRow(self.from_registry)
        form.addRow(self.tr("Tìm"), self.search)
        form.addRow(self.results)
        form.addRow(self.new_one)
        form.addRow(self.name_label, self.name)
        form.addRow(self.tr("Hình thức đề nghị *"), self.award)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep_geometry(self, "add-nominee", (640, 560))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.name_label.setText(self.tr(NAME_LABELS[kind]))
        self.award.clear()
        for code, a in self.ruleset.awards.items():
            if kind in a.subjects and not a.historical:
                self.award.addItem(a.name, code)
        self._search()

    def _search(self) -> None:
        self.results.clear()
        for row in self.workspace.find_subjects(self.search.text(), self.kind.currentData(), limit=100):
            label = row.name + (f" — {row.national_id}" if row.national_id else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def choice(self) -> tuple[int | None, str, str, str]:
        """(subject id or None, kind, new name, award code)."""
        kind, award = self.kind.currentData(), self.award.currentData()
        if self.from_registry.isChecked() and self.results.currentItem() is not None:
            return int(self.results.currentItem().data(Qt.ItemDataRole.UserRole)), kind, "", award
        return None, kind, self.name.text(), award

    def accept(self) -> None:
        subject_id, _kind, name, award = self.choice()
        if subject_id is None and not name.strip():
            self.error.setText(self.tr("Hãy chọn một người trong sổ, hoặc chọn «Đối tượng mới» và nhập tên."))
            return
        if not award:
            self.error.setText(self.tr("Hãy chọn hình thức đề nghị."))
            return
        super().accept()
