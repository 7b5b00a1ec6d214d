"""Phiếu trả lại from the inbox: the receiver pins comments to a received package's nominees and fields, signs the
note and hands the file to the sender (who imports it with Hồ sơ › Nhận phiếu trả lại…).

An item is `{"nominee_id": <id in the package's dossier.json> | None, "field": <key> | None, "comment": "…"}`, as
desktop.services.returns_service expects. Field keys are relative to the nominee: dossier.json identity keys
("national_id", "birth_date", …), "award" for the proposal, and "form.<key>" for the guided-form fields; the clerk
sees Vietnamese labels, the note keeps the key so the sender's HSKT can pin the comment to the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.packages_facade import PackagesFacade
from desktop.views.package_viewer import BackgroundTask
from desktop.views.signing_dialog import SigningDialog
from desktop.views.window_geometry import keep_geometry
from desktop.vn.text import nfc

DATA_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "ReturnNoteDialog"

# dossier.json keys of a nominee, in the order the clerk reads a nominee's record. The labels are UI text (marked for
# lupdate here, translated where shown); the keys are the format and never translated.
IDENTITY_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Họ và tên")),
    ("birth_date", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Ngày sinh")),
    ("gender", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Giới tính")),
    ("national_id", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Số định danh cá nhân (CCCD)")),
    ("ethnicity", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Dân tộc")),
    ("position", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Chức vụ")),
    ("workplace", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Đơn vị công tác")),
    ("hometown", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Quê quán")),
    ("residence", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Nơi thường trú")),
    ("education", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Trình độ chuyên môn")),
    ("hired_on", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Ngày tuyển dụng")),
    ("address", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Địa chỉ")),
    ("ratings", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Xếp loại theo năm")),
    ("honours", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Khen thưởng đã nhận")),
    ("initiatives", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Sáng kiến")),
    ("disciplines", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Kỷ luật")),
    ("award", QT_TRANSLATE_NOOP("ReturnNoteDialog", "Hình thức khen thưởng đề nghị")),
)


def _form_fields() -> list[tuple[str, str]]:
    """("form.<key>", label) of every guided-form field in the bundled rule sets, newest rule set first, each key
    once. The package may have been judged under either rule set, so both sets' fields are offered."""
    from desktop.awards.catalogue import check_all

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    try:
        sets = sorted(check_all(), key=lambda r: r.valid_from, reverse=True)
    except Exception:  # a broken rule set must not stop the clerk from returning a package; identity fields remain
        return out
    for rs in sets:
        for form in rs.forms.values():
            for f in form.fields:
                if f.key not in seen:
                    seen.add(f.key)
                    out.append((f"form.{f.key}", f.label))
    return out


def field_choices() -> list[tuple[str, str]]:
    """(key, label shown) for the field picker: identity fields, then the guided-form fields (labels from the rule
    set, which is data and stays Vietnamese)."""
    tr = QCoreApplication.translate
    return [(key, tr(CONTEXT, label)) for key, label in IDENTITY_FIELDS] + \
        [(key, QCoreApplication.translate("ReturnNoteDialog", "Báo cáo thành tích: %s") % label) for key, label in _form_fields()]


class ReturnNoteDialog(QDialog):
    """Collect the items, ask for the key, then sign and write the note off the GUI thread."""

    written = Signal(object)  # Path of the signed note
    failed = Signal(str)

    def __init__(self, facade: PackagesFacade, row_id: int, package_name: str = "", unit_name: str = "",
                 parent: QWidget | None = None, out_dir: Path | None = None):
        super().__init__(parent)
        self.facade = facade
        self.row_id = row_id
        self.out_dir = out_dir
        self.path: Path | None = None
        self.result_box: QMessageBox | None = None
        self._task: BackgroundTask | None = None
        self._items: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Lập phiếu trả lại"))

        head = QLabel(self.tr("Phiếu trả lại cho gói <b>%s</b>%s") % (
            package_name or self.tr("số %d") % row_id, f" — {unit_name}" if unit_name else ""))
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        hint = QLabel(self.tr("Chọn đối tượng và trường cần sửa, ghi ý kiến rồi bấm «Thêm ý kiến». Đơn vị gửi nhận "
                              "phiếu sẽ thấy từng ý kiến ngay tại trường cần sửa."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")

        # Left: who. "Cả hồ sơ" first so a remark on the whole dossier is one click away.
        self.nominees = QListWidget()
        whole = QListWidgetItem(self.tr("Cả hồ sơ"))
        whole.setData(DATA_ROLE, None)
        font = whole.font()
        font.setItalic(True)
        whole.setFont(font)
        self.nominees.addItem(whole)
        for nominee_id, name in facade.package_nominees(row_id):
            item = QListWidgetItem(f"{name} ({nominee_id})")
            item.setData(DATA_ROLE, nominee_id)
            self.nominees.addItem(item)
        self.nominees.setCurrentRow(1 if self.nominees.count() > 1 else 0)
        who = QGroupBox(self.tr("Đối tượng"))
        QVBoxLayout(who).addWidget(self.nominees)

        # Right: what is wrong.
        self.field = QComboBox()
        self.field.setEditable(True)
        self.field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.field.addItem(self.tr("(không chỉ rõ trường)"), None)
        for key, label in field_choices():
            self.field.addItem(label, key)
        self.field.setMaxVisibleItems(20)
        self.field.lineEdit().setPlaceholderText(self.tr("chọn trong danh sách hoặc gõ tên trường"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Ví dụ: Số CCCD không khớp với ngày sinh, đề nghị kiểm tra lại"))
        self.add_button = QPushButton(self.tr("Thêm ý kiến"))
        self.add_button.clicked.connect(self.add_item)
        what = QGroupBox(self.tr("Ý kiến"))
        form = QFormLayout(what)
        form.addRow(self.tr("Trường cần sửa:"), self.field)
        form.addRow(self.tr("Ý kiến:"), self.comment)
        add_row = QHBoxLayout()  # a normal-size button at the right, where the eye ends after writing
        add_row.addStretch()
        add_row.addWidget(self.add_button)
        form.addRow(add_row)

        top = QHBoxLayout()
        top.addWidget(who, 2)
        top.addWidget(what, 3)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Đối tượng"), self.tr("Trường"), self.tr("Ý kiến")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Xóa ý kiến đã chọn"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedIndexes()) and self._task is None))
        items_box = QGroupBox(self.tr("Các ý kiến trong phiếu"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.remove_button)
        items_layout.addLayout(row)

        self.general = QPlainTextEdit()
        self.general.setTabChangesFocus(True)
        self.general.setPlaceholderText(self.tr("Ý kiến chung cho cả hồ sơ (không bắt buộc)"))
        self.general.setMaximumHeight(70)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # signing gives no fractions; a busy bar says it is working
        self.progress.setVisible(False)
        self.sign_button = QPushButton(self.tr("Ký và ghi phiếu…"))
        self.sign_button.setDefault(False)
        self.sign_button.clicked.connect(self.sign)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch()
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(hint)
        layout.addLayout(top, 2)
        layout.addWidget(items_box, 2)
        layout.addWidget(QLabel(self.tr("Ý kiến chung:")))
        layout.addWidget(self.general)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        keep_geometry(self, "return-note", (900, 640))

    # -- items
    def field_key(self) -> str | None:
        """The technical key for what the combo shows; text typed by the clerk that names no known field is kept
        as typed (the sender still reads it beside the comment)."""
        text = nfc(self.field.currentText()).strip()
        if not text:
            return None
        index = self.field.currentIndex()
        if index >= 0 and self.field.itemText(index) == text:
            return self.field.itemData(index)  # type: ignore[no-any-return]
        found = self.field.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return self.field.itemData(found)  # type: ignore[no-any-return]
        return text

    def field_label(self, key: str | None) -> str:
        if key is None:
            return ""
        index = self.field.findData(key)
        return self.field.itemText(index) if index > 0 else key

    def add_item(self) -> bool:
        self.error.clear()
        text = nfc(self.comment.toPlainText()).strip()
        if not text:
            self.error.setText(self.tr("Hãy ghi ý kiến vào ô «Ý kiến» rồi bấm «Thêm ý kiến»."))
            self.comment.setFocus()
            return False
        current = self.nominees.currentItem()
        if current is None:
            self.error.setText(self.tr("Hãy chọn đối tượng (hoặc «Cả hồ sơ») trong danh sách bên trái."))
            return False
        item = {"nominee_id": current.data(DATA_ROLE), "field": self.field_key(), "comment": text}
        self._items.append(item)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate((current.text(), self.field_label(item["field"]), text)):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowToContents(row)
        self.comment.clear()
        self.field.setCurrentIndex(0)
        self.comment.setFocus()  # the next remark on the same nominee starts here
        return True

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self._items[row]

    def items(self) -> list[dict[str, Any]]:
        return [dict(i) for i in self._items]

    def general_comment(self) -> str | None:
        return nfc(self.general.toPlainText()).strip() or None

    # -- signing
    def problem(self) -> str | None:
        """Why the note cannot be signed yet, or None."""
        if self.comment.toPlainText().strip():
            return self.tr("Ý kiến đang ghi trong ô «Ý kiến» chưa được đưa vào phiếu: hãy bấm «Thêm ý kiến» "
                           "(hoặc xóa ô đó) rồi ký lại.")
        if not self._items and not self.general_comment():
            return self.tr("Phiếu trả lại chưa có ý kiến nào. Hãy chọn đối tượng, trường, ghi ý kiến và bấm "
                           "«Thêm ý kiến», hoặc ghi ý kiến chung cho cả hồ sơ, rồi ký lại.")
        return None

    def ask_signer(self) -> Any:
        """The real signing dialog; None when the clerk cancels."""
        dialog = SigningDialog(self)
        dialog.setObjectName("returnNoteSigner")
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.spec()
        finally:
            dialog.deleteLater()

    def sign(self) -> BackgroundTask | None:
        self.error.clear()
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            QMessageBox.warning(self, self.tr("Chưa ký được phiếu trả lại"), problem)
            return None
        spec = self.ask_signer()
        if spec is None:
            return None
        return self.write(spec)

    def write(self, spec: Any) -> BackgroundTask:
        """Sign and write on the thread pool: a token can take seconds and the window must stay alive."""
        items, comment, row_id, out_dir, facade = self.items(), self.general_comment(), self.row_id, self.out_dir, \
            self.facade
        task = BackgroundTask(lambda _progress, _cancelled: facade.write_return_note(row_id, items, spec, comment,
                                                                                    out_dir))
        task.signals.finished.connect(self._written)
        task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task = task
        return task.start()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.sign_button, self.close_button, self.add_button, self.nominees, self.field, self.comment,
                  self.general, self.table):
            w.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.table.selectedIndexes()))
        self.progress.setVisible(busy)
        self.progress.setFormat(self.tr("Đang ký và ghi phiếu trả lại…"))
        self.progress.setTextVisible(busy)

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.error.setText(self.tr("Chưa ghi được phiếu trả lại: %s. Hãy sửa rồi bấm «Ký và ghi phiếu…» lại.") %
                           message.rstrip("."))
        self.failed.emit(message)

    def _written(self, path: Path) -> None:
        self._task = None
        self._set_busy(False)
        self.path = Path(path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã ghi phiếu trả lại"),
                          self.tr("Đã ký và ghi phiếu trả lại vào tệp:\n%s\n\nHãy gửi tệp này cho đơn vị đã gửi gói "
                                  "hồ sơ; họ nhận phiếu bằng Hồ sơ › Nhận phiếu trả lại…") % self.path, parent=self)
        self.open_folder_button = box.addButton(self.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.buttonClicked.connect(self._after_written)
        self.result_box = box
        box.open()  # not exec(): the written signal and the caller's loop keep running
        self.written.emit(self.path)

    def _after_written(self, button: Any) -> None:
        if button is self.open_folder_button and self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        self.accept()

    def reject(self) -> None:
        if self._task is not None:  # closing now would lose where the note went; the signing is seconds long
            return
        super().reject()
