"""Components of a dossier or of one nominee: ticks for what is present, files by drag and drop (PDF, JPG, PNG)
with type and size checked and the page count shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.editing import DossierState


def _size(n: int | None) -> str:
    if n is None:
        return ""
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{max(n // 1024, 1)} KB"


class AttachmentsPanel(QWidget):
    """`attach_requested(component, nominee_ref, path)` and `detach_requested(document_id)`."""

    attach_requested = Signal(str, object, str)
    detach_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.nominee_ref: str | None = None
        self.read_only = False
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("componentList")
        self.component = QComboBox()
        self.component.setObjectName("componentChoice")
        self.pick = QPushButton(self.tr("Chọn tệp…"))
        self.pick.clicked.connect(self._pick)
        self.remove = QPushButton(self.tr("Gỡ tệp"))
        self.remove.clicked.connect(self._remove)
        self.drop_hint = QLabel(self.tr("Kéo thả tệp PDF, JPG, PNG (tối đa 50 MB) vào đây để đính kèm vào thành phần đã chọn."))
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setObjectName("dropZone")
        self.drop_hint.setStyleSheet("#dropZone { border: 2px dashed #8aa; padding: 10px; color: #456; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Thành phần:")))
        row.addWidget(self.component, 1)
        row.addWidget(self.pick)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.message)

    def show_state(self, st: DossierState, nominee_ref: str | None) -> None:
        self.nominee_ref = nominee_ref
        self.read_only = st.read_only
        per = "nominee" if nominee_ref else "dossier"
        self.heading.setText(self.tr("<b>Thành phần hồ sơ của đối tượng</b>") if nominee_ref
                             else self.tr("<b>Thành phần chung của hồ sơ</b>"))
        wanted = [c for c in st.report.checklist if (c.nominee_id == nominee_ref if nominee_ref else c.nominee_id is None)]
        self.list.clear()
        current = self.component.currentData()
        self.component.clear()
        codes = [c.component for c in wanted]
        codes += [code for code, comp in st.ruleset.components.items() if comp.per == per and code not in codes]
        for code in codes:
            self.component.addItem(st.ruleset.components[code].name, code)
        i = self.component.findData(current)
        if i < 0:  # default to the first missing component
            missing = next((c.component for c in wanted if not c.present), None)
            i = self.component.findData(missing)
        self.component.setCurrentIndex(max(i, 0))
        for c in wanted:
            item = QListWidgetItem(("☑ " if c.present else "☐ ") + c.message)
            item.setData(Qt.ItemDataRole.UserRole + 1, ("component", c.component))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        for doc in st.documents:
            if doc.nominee_ref != nominee_ref:
                continue
            comp = st.ruleset.components.get(doc.component)
            pages = self.tr("%d trang") % doc.pages if doc.pages else ""
            details = ", ".join(x for x in (pages, _size(doc.size)) if x)
            item = QListWidgetItem(f"    📄 {doc.file} — {comp.name if comp else doc.component}"
                                   + (f" ({details})" if details else ""))
            item.setData(Qt.ItemDataRole.UserRole + 1, ("document", doc.id))
            self.list.addItem(item)
        for w in (self.pick, self.remove, self.component):
            w.setEnabled(not st.read_only)

    def select_component(self, code: str | None) -> None:
        i = self.component.findData(code)
        if i >= 0:
            self.component.setCurrentIndex(i)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole + 1) == ("component", code):
                self.list.setCurrentRow(row)
        self.component.setFocus()

    def drop_files(self, paths: list[Path]) -> None:
        if self.read_only:
            self.message.setText(self.tr("Hồ sơ đang ở trạng thái chỉ xem."))
            return
        code = self.component.currentData()
        for p in paths:
            self.attach_requested.emit(code, self.nominee_ref, str(p))

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and not self.read_only:
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        self.drop_files([Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()])
        e.acceptProposedAction()

    def _pick(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"), "",
                                                self.tr("Tài liệu (*.pdf *.jpg *.jpeg *.png)"))
        self.drop_files([Path(n) for n in names])

    def _remove(self) -> None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole + 1) if item else None
        if data and data[0] == "document":
            self.detach_requested.emit(int(data[1]))
