"""The DOCX achievement reports carry the PDF's content, in A4 with the decree's margins, reproducibly."""

from __future__ import annotations

import io

from docx import Document

from desktop.documents import context_from_dossier
from desktop.documents.docx_export import report_docx
from desktop.snapshot import Dossier


def _text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return " ".join(" ".join(parts).split())


def test_individual_report_matches_the_pdf(demo: Dossier, rendered_by_name, poppler) -> None:
    ctx = context_from_dossier(demo)
    n = demo.nominee("p01")
    assert n is not None
    data = report_docx(demo, ctx, n)
    text = _text(data)
    pdf = " ".join(" ".join(poppler.text(rendered_by_name["04_bao-cao/p01.pdf"].pdf_bytes)).split())
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bắc Ninh, ngày 20 tháng 01 năm 2026",  # report_date
                     "Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025", "I. SƠ LƯỢC LÝ LỊCH",
                     "Sinh ngày, tháng, năm: 12/03/1985", "4.812 hồ sơ", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
                     "Quyết định số 152/QĐ-UBND, ngày 22/12/2023; Chủ tịch UBND huyện Tiên Du",
                     "Số hóa sổ hộ tịch và tra cứu hồ sơ một cửa bằng mã QR", "NGƯỜI BÁO CÁO THÀNH TÍCH"):
        assert expected in text, expected
        assert expected in pdf, expected
    section = Document(io.BytesIO(data)).sections[0]
    def mm(v: object) -> float:
        return round(v.mm, 1)  # type: ignore[attr-defined]

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.left_margin), mm(section.right_margin), mm(section.top_margin)) == (30, 15, 20)


def test_collective_and_household_reports(demo: Dossier) -> None:
    ctx = context_from_dossier(demo)
    c01, h01 = demo.nominee("c01"), demo.nominee("h01")
    assert c01 is not None and h01 is not None
    assert "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" in _text(report_docx(demo, ctx, c01))
    assert "Họ tên chủ hộ: Nguyễn Văn Sáu" in _text(report_docx(demo, ctx, h01))


def test_same_dossier_same_docx_bytes(demo: Dossier) -> None:
    ctx = context_from_dossier(demo)
    n = demo.nominee("p02")
    assert n is not None
    assert report_docx(demo, ctx, n) == report_docx(demo, ctx, n)
