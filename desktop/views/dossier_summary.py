"""A read-only look at one dossier (nominees and proposals) until the guided form opens it for editing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import snapshot as snap
from desktop.awards.catalogue import award_name
from desktop.vn.collation import name_key


class DossierSummaryDialog(QDialog):
    def __init__(self, dossier: snap.Dossier, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ — %s") % (dossier.campaign.name if dossier.campaign else dossier.unit.name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Đơn vị đề nghị: <b>%s</b><br>Đợt xét: %s<br>Số đề nghị: %d") % (
            dossier.unit.name, dossier.campaign.name if dossier.campaign else self.tr("(chưa chọn)"),
            len(dossier.proposals)))
        layout.addWidget(head)
        kinds = {"individual": self.tr("Cá nhân"), "collective": self.tr("Tập thể"), "household": self.tr("Hộ gia đình")}
        table = QTableWidget(len(dossier.proposals), 4)
        table.setHorizontalHeaderLabels([self.tr("Đối tượng"), self.tr("Loại"), self.tr("Hình thức đề nghị"), self.tr("Năm")])
        rows = sorted(dossier.proposals, key=lambda p: name_key(dossier.nominee(p.nominee_id).display_name))  # type: ignore[union-attr]
        for i, p in enumerate(rows):
            nominee = dossier.nominee(p.nominee_id)
            assert nominee is not None
            for j, text in enumerate((nominee.display_name, kinds[nominee.kind], award_name(p.award), str(p.year))):
                table.setItem(i, j, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        layout.addWidget(table, 1)
        note = QLabel(self.tr("Biểu mẫu nhập liệu theo từng loại khen thưởng sẽ mở tại đây."))
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
