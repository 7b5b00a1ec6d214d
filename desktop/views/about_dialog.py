"""About HSKT: the version, the rule set in use and its date, where the data lives, a one-click backup, and whether
the audit chain is intact."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.awards.model import RuleSet
from desktop.paths import DataPaths, data_paths, resources_dir
from desktop.services import maintenance


class AboutDialog(QDialog):
    def __init__(self, data_dir: str | Path | None, ruleset: RuleSet | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Giới thiệu HSKT"))
        self.paths: DataPaths = DataPaths(Path(data_dir)) if data_dir else data_paths()
        self.last_backup: Path | None = None

        icon = QLabel()
        pix = QPixmap(str(resources_dir() / "icons" / "hskt.png"))
        if not pix.isNull():
            icon.setPixmap(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        title = QLabel(self.tr("<b style='font-size:16pt'>HSKT — Hồ sơ khen thưởng</b><br>"
                               "Soạn, kiểm tra, in và ký số hồ sơ đề nghị khen thưởng; không cần mạng."))
        title.setTextFormat(Qt.TextFormat.RichText)
        self.version_label = QLabel(self.tr("Phiên bản %s") % __version__)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tech = QLabel(self.tr("Python %s, Qt for Python %s, %s") % (platform.python_version(), pyside_version,
                                                                  platform.platform(terse=True)))
        tech.setStyleSheet("color: palette(mid)")
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(self.version_label)
        head_text.addWidget(tech)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        rules = QGroupBox(self.tr("Bộ quy tắc đang dùng"))
        form = QFormLayout(rules)
        if ruleset is not None:
            self.ruleset_label = QLabel(f"{ruleset.title}")
            form.addRow(self.tr("Văn bản:"), self.ruleset_label)
            form.addRow(self.tr("Mã, phiên bản:"), QLabel(f"{ruleset.name}, {ruleset.version}"))
            until = (self.tr(" đến %s") % f"{ruleset.valid_to:%d/%m/%Y}") if ruleset.valid_to else ""
            self.ruleset_date = QLabel(self.tr("từ %s") % f"{ruleset.valid_from:%d/%m/%Y}" + until)
            form.addRow(self.tr("Áp dụng:"), self.ruleset_date)
            form.addRow(self.tr("Căn cứ:"), QLabel("\n".join(ruleset.legal_basis)))
        else:
            self.ruleset_label = QLabel(self.tr("Không nạp được bộ quy tắc: hãy cài lại HSKT."))
            self.ruleset_date = QLabel("")
            form.addRow(self.ruleset_label)
        for label in rules.findChildren(QLabel):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        data = QGroupBox(self.tr("Dữ liệu"))
        data_layout = QVBoxLayout(data)
        self.data_label = QLabel(str(self.paths.root))
        self.data_label.setObjectName("aboutDataDir")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(self.tr(
            "Mọi hồ sơ, tệp đính kèm và gói đã gửi, đã nhận nằm trong thư mục trên. Gỡ cài đặt HSKT không xóa thư "
            "mục này. Trước khi cài bản HSKT mới, hãy bấm «Sao lưu ngay»; bản sao lưu được ghi vào thư mục "
            "backups bên trong, nên chép thêm ra USB."))
        explain.setWordWrap(True)
        open_folder = QPushButton(self.tr("Mở thư mục"))
        open_folder.setObjectName("aboutOpenFolder")
        open_folder.clicked.connect(lambda: self.open_folder(self.paths.root))
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setObjectName("aboutBackup")
        self.backup_button.clicked.connect(self.backup)
        self.backup_status = QLabel()
        self.backup_status.setObjectName("aboutBackupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        existing = maintenance.backups(self.paths)
        if existing:
            self.backup_status.setText(self.tr("Lần sao lưu gần nhất: %s") % existing[0].name)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(open_folder)
        buttons_row.addWidget(self.backup_button)
        buttons_row.addStretch(1)
        data_layout.addWidget(QLabel(self.tr("Thư mục dữ liệu:")))
        data_layout.addWidget(self.data_label)
        data_layout.addWidget(explain)
        data_layout.addLayout(buttons_row)
        data_layout.addWidget(self.backup_status)
        self.audit_label = QLabel(maintenance.audit_line(self.paths))  # the audit chain, verified on opening
        self.audit_label.setObjectName("aboutAuditChain")
        self.audit_label.setWordWrap(True)
        data_layout.addWidget(self.audit_label)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(rules)
        layout.addWidget(data)
        layout.addWidget(box)
        self.resize(640, self.sizeHint().height())

    def open_folder(self, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def backup(self) -> Path | None:
        """Write the backup now; the status line says where, or why it failed."""
        self.backup_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            target = maintenance.backup_now(self.paths)
        except maintenance.BackupFailed as exc:
            self.backup_status.setText(self.tr("Chưa sao lưu được: %s") % exc)
            self.backup_status.setStyleSheet("color: #b3261e")
            return None
        finally:
            self.unsetCursor()
            self.backup_button.setEnabled(True)
        self.last_backup = target
        size = target.stat().st_size
        shown = f"{size / 1e6:.1f} MB".replace(".", ",") if size >= 1e6 else f"{max(1, size // 1000)} KB"
        self.backup_status.setStyleSheet("color: #1b5e20")
        self.backup_status.setText(self.tr("Đã sao lưu vào %s (%s).") % (target, shown))
        return target
