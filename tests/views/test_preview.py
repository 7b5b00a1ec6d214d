"""The print preview with a real rendered dossier: pages, thumbnails, zoom, save and print (to a PDF printer)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from desktop.documents import context_from_dossier, render_all, render_dossier
from desktop.snapshot import loads
from desktop.views.preview import PdfPreview

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dossiers" / "demo_commune.json"


@pytest.fixture(scope="module")
def to_trinh() -> bytes:
    d = loads(FIXTURE.read_bytes())
    return render_dossier(d, context_from_dossier(d))[0].pdf_bytes


def test_shows_pages_and_thumbnails(qtbot, to_trinh: bytes) -> None:
    w = PdfPreview(to_trinh, "to-trinh")
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    assert w.document.status() == QPdfDocument.Status.Ready
    assert w.page_count() == 2
    assert w.thumbnails.count() == 2
    assert not w.thumbnails.item(0).icon().isNull()
    assert w.page_label.text() == "Trang 1/2"
    w.thumbnails.setCurrentRow(1)
    qtbot.waitUntil(lambda: w.view.pageNavigator().currentPage() == 1)


def test_zoom(qtbot, to_trinh: bytes) -> None:
    w = PdfPreview(to_trinh)
    qtbot.addWidget(w)
    w.view.setZoomFactor(1.0)
    w.zoom_in()
    assert w.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert w.view.zoomFactor() == pytest.approx(1.25)
    w.zoom_out()
    w.zoom_out()
    assert w.view.zoomFactor() == pytest.approx(0.8)
    for _ in range(20):
        w.zoom_out()
    assert w.view.zoomFactor() == pytest.approx(0.25)
    w.fit_page()
    assert w.view.zoomMode() == QPdfView.ZoomMode.FitInView
    w.fit_width()
    assert w.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_pdf_writes_the_same_bytes(qtbot, to_trinh: bytes, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    w = PdfPreview(to_trinh, "to-trinh")
    qtbot.addWidget(w)
    target = tmp_path / "tờ trình"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    with qtbot.waitSignal(w.saved):
        path = w.save_pdf()
    assert path == str(target) + ".pdf"
    assert Path(path).read_bytes() == to_trinh


def test_print_all_pages_including_landscape(qtbot, tmp_path: Path) -> None:
    d = loads(FIXTURE.read_bytes())
    pdf = render_all(d, context_from_dossier(d))
    w = PdfPreview(pdf, "all")
    qtbot.addWidget(w)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(w.printed):
        assert w.print_to(printer) == w.page_count()
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{w.page_count()}\n", info)
    assert "595 x 842" in info or "595.276 x 841.89" in info


def _click_tool(qtbot, preview: PdfPreview, action) -> None:
    from PySide6.QtWidgets import QToolBar

    bar = preview.findChild(QToolBar)
    button = bar.widgetForAction(action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_counter_thumbnails_and_page_on_screen_agree_through_every_zoom(qtbot, tmp_path: Path) -> None:
    """"Trang 5/8" used to show page 4 (or 3) after a zoom: the zoom kept the scroll offset, not the page."""
    from tests.views.helpers import make_pdf

    w = PdfPreview(make_pdf(tmp_path / "tam-trang.pdf", 8, "Trang").read_bytes(), "tam-trang")
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    fifth = w.thumbnails.item(4)
    w.thumbnails.scrollToItem(fifth)
    qtbot.mouseClick(w.thumbnails.viewport(), Qt.MouseButton.LeftButton,
                     pos=w.thumbnails.visualItemRect(fifth).center())
    qtbot.waitUntil(lambda: w.view.pageNavigator().currentPage() == 4)
    assert w.page_label.text() == "Trang 5/8"
    for action in (w.action_zoom_in, w.action_zoom_in, w.action_fit_page, w.action_zoom_out, w.action_fit_width):
        _click_tool(qtbot, w, action)
        qtbot.wait(50)  # the view lays the pages out again on its next pass of the event loop
        assert w.view.pageNavigator().currentPage() == 4, action.text()
        assert w.page_label.text() == "Trang 5/8", action.text()
        assert w.thumbnails.currentRow() == 4, action.text()
    # Scrolling by hand moves the counter and the thumbnail with it.
    w.view.verticalScrollBar().setValue(w.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: w.page_label.text() == "Trang 8/8")
    assert w.thumbnails.currentRow() == 7
