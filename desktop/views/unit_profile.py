"""The unit's profile: asked on first start, editable later from Cài đặt. Commune or ward picked from the
administrative units after the 1 July 2025 reform (a bundled subset), the former district kept for history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.units import DOC_KINDS, UNIT_LEVELS, Signer, UnitProfile, problems
from desktop.services.workspace import Workspace
from desktop.views.window_geometry import keep_geometry

DOC_KIND_LABELS = {"TTr": "Tờ trình", "BB": "Biên bản", "QĐ": "Quyết định"}


class UnitProfileDialog(QDialog):
    def __init__(self, workspace: Workspace, first_start: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Thông tin đơn vị") if not first_start else self.tr("Bắt đầu: khai báo đơn vị"))
        units = workspace.admin_units()
        current = workspace.unit_profile()
        intro = QLabel(self.tr(
            "Thông tin này in trên tờ trình, biên bản và danh sách. Có thể sửa lại bất cứ lúc nào trong "
            "Cài đặt › Thông tin đơn vị.") if first_start else "")
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("unitName")
        self.name.setPlaceholderText(self.tr("Ví dụ: Ủy ban nhân dân xã Tân Lập"))
        self.level = QComboBox()
        self.level.setObjectName("unitLevel")
        for code, label in UNIT_LEVELS.items():
            self.level.addItem(self.tr(label), code)
        self.province = QComboBox()
        self.province.setObjectName("unitProvince")
        for p in units.provinces:
            self.province.addItem(p.name, p.code)
        self.commune = QComboBox()
        self.commune.setObjectName("unitCommune")
        self.commune.setEditable(True)
        self.former = QComboBox()
        self.former.setEditable(True)
        if units.complete:
            note = self.tr("Danh mục đơn vị hành chính từ 01/7/2025: %s. Mã xã, phường chưa đối chiếu với danh mục "
                           "chính thức của Cục Thống kê; hãy kiểm tra mã của đơn vị mình (mã được in vào tên gói "
                           "hồ sơ). Nếu không thấy tên, hãy gõ tên xã, phường.") % units.coverage
        else:
            note = self.tr("Danh mục xã, phường kèm theo chưa đầy đủ (%s). Nếu không thấy tên, "
                           "hãy gõ tên xã, phường.") % units.coverage
        self.coverage = QLabel(note)
        self.coverage.setWordWrap(True)
        self.coverage.setStyleSheet("color: #555;")
        self.province.currentIndexChanged.connect(lambda _i: self._province_changed())
        self.commune.activated.connect(lambda _i: self._commune_picked())
        self.place = QLineEdit()
        self.place.setObjectName("unitPlace")
        self.place.setPlaceholderText(self.tr("Địa danh ghi trước ngày tháng, ví dụ: Tân Lập"))
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText(self.tr("Ví dụ: Ủy ban nhân dân tỉnh Bắc Ninh"))
        self.parent_party = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText("UBND")
        self.signers = QTableWidget(3, 3)
        self.signers.setObjectName("unitSigners")
        self.signers.setHorizontalHeaderLabels([self.tr("Quyền hạn ký (TM., KT.)"), self.tr("Chức vụ"),
                                                self.tr("Họ và tên")])
        self.signers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signers.verticalHeader().setVisible(False)
        self.signers.setMaximumHeight(130)
        year = str(date.today().year)
        self.counters: dict[str, QSpinBox] = {}
        counters_box = QGroupBox(self.tr("Số văn bản đã dùng trong năm %s") % year)
        counters_form = QFormLayout(counters_box)
        for kind in DOC_KINDS:
            spin = QSpinBox()
            spin.setRange(0, 99999)
            self.counters[kind] = spin
            counters_form.addRow(self.tr(DOC_KIND_LABELS[kind]), spin)
        self.year = year
        self.errors = QLabel()
        self.errors.setObjectName("unitErrors")
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên đơn vị *"), self.name)
        form.addRow(self.tr("Cấp *"), self.level)
        form.addRow(self.tr("Tỉnh, thành phố"), self.province)
        form.addRow(self.tr("Xã, phường"), self.commune)
        form.addRow("", self.coverage)
        form.addRow(self.tr("Huyện cũ (trước 01/7/2025)"), self.former)
        form.addRow(self.tr("Địa danh *"), self.place)
        form.addRow(self.tr("Cơ quan cấp trên"), self.parent_body)
        form.addRow(self.tr("Cơ quan cấp trên khác"), self.parent_party)
        form.addRow(self.tr("Ký hiệu viết tắt"), self.short_name)
        form.addRow(self.tr("Người ký *"), self.signers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu thông tin đơn vị"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Để sau"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The form scrolls, the errors and the buttons stay: at 125 % on a 1366×768 screen it is taller than the screen.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(intro)
        body_layout.addLayout(form)
        body_layout.addWidget(counters_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        keep_geometry(self, "unit-profile", (760, 720))
        self._load(current)

    def _province_changed(self) -> None:
        p = self.workspace.admin_units().province(self.province.currentText())
        text = self.commune.currentText()
        self.commune.clear()
        self.former.clear()
        self.former.addItem("")
        if p is not None:
            for c in p.communes:
                self.commune.addItem(c.name, c.code)
            for d in p.former_districts:
                self.former.addItem(d)
        self.commune.setEditText(text)

    def _commune_picked(self) -> None:
        name = self.commune.currentText()
        bare = name.split(" ", 1)[1] if " " in name else name
        kind = "xã" if name.startswith("Xã") else "phường" if name.startswith("Phường") else ""
        if not self.place.text():
            self.place.setText(bare)
        if not self.name.text() and kind:
            self.name.setText(f"Ủy ban nhân dân {kind} {bare}")
        if not self.parent_body.text():
            p = self.province.currentText()
            self.parent_body.setText(f"Ủy ban nhân dân {p if p.startswith('Thành phố') else 'tỉnh ' + p}")
        if not self.short_name.text():
            self.short_name.setText("UBND")

    def _load(self, p: UnitProfile | None) -> None:
        self.province.setCurrentIndex(max(self.province.findText(p.province if p else "Bắc Ninh"), 0))
        self._province_changed()
        if p is None:
            self.signers.setItem(0, 0, QTableWidgetItem("TM. ỦY BAN NHÂN DÂN"))
            self.signers.setItem(0, 1, QTableWidgetItem("CHỦ TỊCH"))
            self.signers.setItem(1, 0, QTableWidgetItem("KT. CHỦ TỊCH"))
            self.signers.setItem(1, 1, QTableWidgetItem("PHÓ CHỦ TỊCH"))
            return
        self.name.setText(p.name)
        self.level.setCurrentIndex(max(self.level.findData(p.level), 0))
        i = self.commune.findData(p.commune_code)
        if i >= 0:
            self.commune.setCurrentIndex(i)
        elif p.place:  # a commune outside the bundled subset: show what the clerk typed
            self.commune.setEditText(("Phường " if "phường" in p.name.lower() else "Xã ") + p.place)
        self.former.setEditText(p.former_district)
        self.place.setText(p.place)
        self.parent_body.setText(p.parent)
        self.parent_party.setText(p.parent_party)
        self.short_name.setText(p.short_name)
        for r, s in enumerate(p.signers[:3]):
            for c, text in enumerate((s.prefix, s.title, s.name)):
                self.signers.setItem(r, c, QTableWidgetItem(text))
        for kind, spin in self.counters.items():
            spin.setValue(int(p.counters.get(self.year, {}).get(kind, 0)))
        self._counters = {k: dict(v) for k, v in p.counters.items()}

    def profile(self) -> UnitProfile:
        def cell(r: int, c: int) -> str:
            item = self.signers.item(r, c)
            return item.text() if item else ""

        signers = tuple(Signer(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(3) if cell(r, 2).strip())
        counters = dict(getattr(self, "_counters", {}))
        counters[self.year] = {k: s.value() for k, s in self.counters.items() if s.value()}
        code = self.commune.currentData() if self.commune.currentText() == self.commune.itemText(
            self.commune.currentIndex()) else ""
        return UnitProfile(
            name=self.name.text(), level=self.level.currentData(), province=self.province.currentText(),
            commune_code=code or "", place=self.place.text(), parent=self.parent_body.text(),
            parent_party=self.parent_party.text(), short_name=self.short_name.text(),
            former_district=self.former.currentText(), signers=signers,
            counters={k: v for k, v in counters.items() if v})

    def accept(self) -> None:
        p = self.profile()
        wrong = problems(p)
        if wrong:
            self.errors.setText("\n".join(wrong.values()))
            return
        self.workspace.save_unit_profile(p)
        super().accept()
