"""The A4 page frame of Nghị định 30/2020: margins, page numbers from page 2 centred in the top margin, the BẢN NHÁP
watermark, portrait or landscape, and byte-for-byte reproducible output.

Several documents can share one PDF (all.pdf): each restarts its own page numbering and chooses its orientation.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from desktop.documents import fonts
from desktop.documents.context import Margins

# ReportLab wraps every compressed stream in ASCII85 by default, a 7-bit-mail precaution that costs time and a
# quarter more bytes; a PDF is binary anyway.
rl_config.useA85 = 0

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
PAGE_NUMBER_SIZE = 13
WATERMARK = "BẢN NHÁP"

Box = tuple[int, float, float, float, float]  # page index (0-based), x1, y1, x2, y2 in PDF points


@dataclass
class DocSpec:
    """One document's content as a form module builds it."""

    title: str
    story: list[Flowable]
    landscape: bool = False
    signature_marks: list[SignatureMark] = field(default_factory=list)


class DocStart(Flowable):
    """Zero-size marker: the page it lands on is page 1 of its document (numbering restarts, page 1 unnumbered)."""

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate
        doc.current_first_page = self.canv.getPageNumber()


class SignatureMark(Flowable):
    """Blank room for the handwritten (or later PAdES) signature; remembers where it was drawn."""

    def __init__(self, width: float, height: float):
        super().__init__()
        self.width = width
        self.height = height
        self._drawn_width = width
        self.box: Box | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._drawn_width = min(self.width, aw)
        return self._drawn_width, self.height

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self._drawn_width, self.height)
        doc = self.canv._doctemplate
        page_index = self.canv.getPageNumber() - doc.current_first_page
        self.box = (page_index, round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))


class _Template(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, margins: Margins, draft: bool, title: str, stamp: date,
                 first: str) -> None:
        super().__init__(buf, pagesize=A4, invariant=1, title=title, author="HSKT", creator="HSKT",
                         producer="HSKT", subject=title, pageCompression=1,
                         initialFontName=fonts.REGULAR, initialFontSize=13)
        self.current_first_page = 1
        self.draft = draft
        self.stamp = stamp
        templates = [self._template(PORTRAIT, A4, margins), self._template(LANDSCAPE, landscape(A4), margins)]
        if first == LANDSCAPE:
            templates.reverse()
        self.addPageTemplates(templates)

    def _template(self, name: str, size: tuple[float, float], m: Margins) -> PageTemplate:
        w, h = size
        frame = Frame(m.left * mm, m.bottom * mm, w - (m.left + m.right) * mm, h - (m.top + m.bottom) * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._under, onPageEnd=self._over)

    def beforeDocument(self) -> None:
        # The creation date comes from the dossier so that the same dossier always gives the same bytes.
        fonts.seed(self.canv._doc)
        s = self.stamp
        self.canv.setDateFormatter(lambda *_: f"D:{s.year:04d}{s.month:02d}{s.day:02d}000000+07'00'")

    def _under(self, canv: Canvas, doc: Any) -> None:
        if not self.draft:
            return
        w, h = canv._pagesize
        canv.saveState()
        canv.setFillGray(0.8)
        canv.setFont(fonts.BOLD, 72 if w < h else 80)
        canv.translate(w / 2, h / 2)
        canv.rotate(35 if w < h else 20)
        canv.drawCentredString(0, -24, WATERMARK)
        canv.restoreState()

    def _over(self, canv: Canvas, doc: Any) -> None:
        number = canv.getPageNumber() - self.current_first_page + 1
        if number < 2:  # NĐ 30: page numbers from page 2 only
            return
        h = canv._pagesize[1]
        top = doc.pageTemplate.frames[0]._y2
        canv.saveState()
        canv.setFont(fonts.REGULAR, PAGE_NUMBER_SIZE)
        canv.drawCentredString(
            doc.pageTemplate.frames[0]._x1 + (doc.pageTemplate.frames[0]._width / 2),
            top + (h - top) / 2 - PAGE_NUMBER_SIZE / 3, str(number),
        )
        canv.restoreState()


def build(specs: Sequence[DocSpec], margins: Margins, draft: bool, stamp: date, title: str | None = None) -> bytes:
    """Lay out one or more documents into one PDF; each document starts a new page with its own numbering."""
    fonts.register()
    if not specs:
        raise ValueError("không có văn bản nào để in")
    buf = io.BytesIO()
    first = LANDSCAPE if specs[0].landscape else PORTRAIT
    doc = _Template(buf, margins, draft, title or specs[0].title, stamp, first)
    story: list[Flowable] = []
    current = first
    for i, spec in enumerate(specs):
        wanted = LANDSCAPE if spec.landscape else PORTRAIT
        if i > 0:
            story.append(NextPageTemplate(wanted))
            story.append(PageBreak())
        elif wanted != current:
            raise AssertionError("first document's orientation is chosen by template order")
        current = wanted
        story.append(DocStart())
        story.extend(spec.story)
    doc.build(story)
    return buf.getvalue()


def text_width(m: Margins, is_landscape: bool = False) -> float:
    w = landscape(A4)[0] if is_landscape else A4[0]
    return float(w - (m.left + m.right) * mm)
