"""Print preview inside the app: the rendered PDF with page thumbnails and zoom, printing through QPrintDialog, and
"Lưu PDF". Self-contained: it takes PDF bytes, so the main window can show any document the renderer made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 5.0
THUMB_WIDTH = 120
PRINT_DPI = 300  # enough for 11 pt text; the printer's native 1200 dpi would need 500 MB per A4 page


class PdfPreview(QWidget):
    """Shows one PDF; `saved(path)` after "Lưu PDF", `printed(pages)` after printing."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, pdf: bytes = b"", title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = b""
        self._title = title
        self._buffer: QBuffer | None = None
        self._pending_page = -1
        self.document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.thumbnails = QListWidget(self)
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 40)
        self.thumbnails.setAccessibleName(QCoreApplication.translate("PdfPreview", "Các trang"))
        self.thumbnails.currentRowChanged.connect(self.go_to_page)

        bar = QToolBar(self)
        self.action_zoom_out = bar.addAction(QCoreApplication.translate("PdfPreview", "Thu nhỏ"), self.zoom_out)
        self.action_zoom_in = bar.addAction(QCoreApplication.translate("PdfPreview", "Phóng to"), self.zoom_in)
        self.action_fit_width = bar.addAction(QCoreApplication.translate("PdfPreview", "Vừa chiều rộng"), self.fit_width)
        self.action_fit_page = bar.addAction(QCoreApplication.translate("PdfPreview", "Vừa trang"), self.fit_page)
        bar.addSeparator()
        self.action_print = bar.addAction(QCoreApplication.translate("PdfPreview", "In…"), self.print_document)
        self.action_save = bar.addAction(QCoreApplication.translate("PdfPreview", "Lưu PDF…"), self.save_pdf)
        self.page_label = QLabel(self)
        bar.addWidget(self.page_label)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.thumbnails)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        row = QHBoxLayout()
        row.addWidget(split)
        layout.addLayout(row)
        if pdf:
            self.set_pdf(pdf, title)

    # ------------------------------------------------------------------------------------------------- content

    def set_pdf(self, pdf: bytes, title: str = "") -> None:
        """Load new bytes (the buffer must outlive the document, so the widget keeps it)."""
        self._pdf = bytes(pdf)
        self._title = title or self._title
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        self._fill_thumbnails()
        self._update_page_label()

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _fill_thumbnails(self) -> None:
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        for i in range(self.page_count()):
            size = self.document.pagePointSize(i)
            height = int(THUMB_WIDTH * size.height() / size.width()) if size.width() else THUMB_WIDTH
            image = self.document.render(i, QSize(THUMB_WIDTH, height))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(i + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self.thumbnails.blockSignals(False)

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count():
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())

    def _update_page_label(self, *_: object) -> None:
        """The counter and the highlighted thumbnail follow the page on screen, however it got there."""
        total = self.page_count()
        page = self.view.pageNavigator().currentPage() if total else -1
        self.page_label.setText(QCoreApplication.translate("PdfPreview", "Trang %1/%2").replace("%1", str(page + 1)).replace("%2", str(total)))
        if 0 <= page < self.thumbnails.count():
            if self.thumbnails.currentRow() != page:
                self.thumbnails.blockSignals(True)
                self.thumbnails.setCurrentRow(page)
                self.thumbnails.blockSignals(False)
            self.thumbnails.scrollToItem(self.thumbnails.item(page))

    # ------------------------------------------------------------------------------------------------- zoom

    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _keeping_page(self, change: Callable[[], None]) -> None:
        """Zoom keeps the scroll bar's value, so another page came into view: go back to the page the clerk read."""
        # A second zoom before the view caught up with the first keeps the same page.
        page = self._pending_page if self._pending_page >= 0 else self.view.pageNavigator().currentPage()
        self._pending_page = page
        change()
        self._update_page_label()
        # The view lays the pages out again at the new size on its next pass of the event loop; jump after it.
        QTimer.singleShot(0, self._restore_page)

    def _restore_page(self) -> None:
        page, self._pending_page = self._pending_page, -1
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_page_label()

    def _set_zoom(self, factor: float) -> None:
        def change() -> None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

        self._keeping_page(change)

    def fit_width(self) -> None:
        self._keeping_page(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))

    def fit_page(self) -> None:
        self._keeping_page(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))

    # ------------------------------------------------------------------------------------------------- print, save

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self._title or "HSKT")
        printer.setFromTo(1, max(1, self.page_count()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "In hồ sơ"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (or the chosen range) at 300 dpi, at their real size; returns the pages printed."""
        total = self.page_count()
        first, last = 1, total
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(total, printer.toPage() or total)
        if total == 0 or first > last:
            return 0
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, QCoreApplication.translate("PdfPreview", "In hồ sơ"), QCoreApplication.translate("PdfPreview", "Không mở được máy in."))
            return 0
        try:
            for n, index in enumerate(range(first - 1, last)):
                if n:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()
        count = last - first + 1
        self.printed.emit(count)
        return count

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        points = self.document.pagePointSize(index)
        image = self.document.render(index, QSize(int(points.width() * PRINT_DPI / 72),
                                                  int(points.height() * PRINT_DPI / 72)))
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        target_w, target_h = float(paper.width()), float(paper.height())
        painter.save()
        # A landscape table prints turned on portrait paper, as offices file it, at its true scale.
        if image.width() > image.height() and target_w < target_h:
            painter.translate(target_w, 0)
            painter.rotate(90)
            target_w, target_h = target_h, target_w
        scale = min(target_w / image.width(), target_h / image.height())
        painter.scale(scale, scale)
        # The printer origin is the printable area's corner; shift back so the page's margins stay as designed.
        origin = printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()
        painter.translate(-origin.x() / scale, -origin.y() / scale)
        painter.drawImage(0, 0, image.convertToFormat(QImage.Format.Format_RGB32))
        painter.restore()

    def save_pdf(self) -> str | None:
        suggested = (self._title or "ho-so") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PdfPreview", "Lưu PDF"), suggested, QCoreApplication.translate("PdfPreview", "Tệp PDF (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("PdfPreview", "Lưu PDF"), QCoreApplication.translate("PdfPreview", "Không lưu được tệp: %1").replace("%1", str(exc.strerror)))
            return None
        return path

    def save_to(self, path: str) -> None:
        with open(path, "wb") as fh:
            fh.write(self._pdf)
        self.saved.emit(path)
