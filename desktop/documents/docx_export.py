"""Achievement reports (Mẫu 02, 03 and the household report) as DOCX, with the PDF's content, for clerks who must
polish the wording in Word before signing. Same sections, same tables, same page set-up; reproducible bytes."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.documents.blocks import MOTTO, NATIONAL_NAME, place_date_text
from desktop.documents.context import RenderContext
from desktop.documents.forms.bao_cao import MISSING
from desktop.documents.forms.common import (
    award_phrase,
    campaign_year,
    form_text,
    form_values,
    is_title,
)
from desktop.snapshot import RATING_LABELS, SCOPE_LABELS, Dossier, Honour, Nominee
from desktop.vn.dates import short_date

FONT = "Times New Roman"  # NĐ 30/2020; Liberation Serif has the same metrics where Word lacks it


def _run(par: Paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def _para(doc: DocxDocument, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
          align: WD_ALIGN_PARAGRAPH | None = None, indent: bool = False) -> Paragraph:
    par = doc.add_paragraph()
    if text:
        _run(par, text, bold, italic, size)
    if align is not None:
        par.alignment = align
    if indent:
        par.paragraph_format.first_line_indent = Mm(12.7)
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


def _narrative(doc: DocxDocument, text: str | None, placeholder: str) -> None:
    if not text or not text.strip():
        _para(doc, placeholder, indent=True)
        return
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        buf: list[str] = []
        for line in lines:
            if line.startswith(("- ", "+ ", "• ")):
                if buf:
                    _para(doc, " ".join(buf), indent=True)
                    buf = []
                par = _para(doc, "- " + line[2:].strip())
                par.paragraph_format.left_indent = Mm(12.7)
            else:
                buf.append(line)
        if buf:
            _para(doc, " ".join(buf), indent=True)


def _table(doc: DocxDocument, header: list[str], rows: list[list[str]], widths_mm: list[float]) -> Table:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        _run(cell.paragraphs[0], text, bold=True, size=12)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The header row repeats on every page in Word too.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header_flag = tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    tr_pr.append(header_flag)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            _run(cell.paragraphs[0], text, size=12)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
    doc.add_paragraph()
    return table


def _honours(doc: DocxDocument, ctx: RenderContext, honours: tuple[Honour, ...], titles: bool) -> None:
    rows = []
    for h in sorted((h for h in honours if is_title(h.award) == titles), key=lambda h: (h.year, h.award)):
        decision = ", ".join(x for x in (f"Quyết định số {h.decision}" if h.decision else "",
                                         f"ngày {short_date(h.decision_date)}" if h.decision_date else "") if x)
        if h.issuer:
            decision = f"{decision}; {h.issuer}" if decision else h.issuer
        rows.append([str(h.year), ctx.award_name(h.award), decision])
    rows = rows or [["", "Không", ""]]
    what = "Danh hiệu thi đua" if titles else "Hình thức khen thưởng"
    _table(doc, ["Năm", what, "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"], rows,
           [18, 60, 87])


def _setup(doc: DocxDocument, ctx: RenderContext) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    m = ctx.margins
    section.top_margin, section.bottom_margin = Mm(m.top), Mm(m.bottom)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.font.size = Pt(ctx.body_size)
    normal.paragraph_format.space_after = Pt(6)


def _header(doc: DocxDocument, ctx: RenderContext, d: Dossier, left: tuple[str, str] | None) -> None:
    date_line = place_date_text(ctx.place, ctx.report_date or ctx.letter_date, campaign_year(d))
    if left is None:
        _para(doc, NATIONAL_NAME, bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(doc, MOTTO, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].underline = True
        _para(doc, date_line, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        return
    table = doc.add_table(rows=2, cols=2)
    parent, body = left
    cell = table.cell(0, 0)
    cell.text = ""
    _run(cell.paragraphs[0], parent.upper() + "\n")
    _run(cell.paragraphs[0], body.upper(), bold=True)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell = table.cell(0, 1)
    cell.text = ""
    _run(cell.paragraphs[0], NATIONAL_NAME + "\n", bold=True, size=12.5)
    _run(cell.paragraphs[0], MOTTO, bold=True)
    cell.paragraphs[0].runs[-1].underline = True
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell = table.cell(1, 1)
    cell.text = ""
    _run(cell.paragraphs[0], date_line, italic=True)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Mm(68), Mm(97)


def _signatures(doc: DocxDocument, columns: list[tuple[str, str, str]]) -> None:
    table = doc.add_table(rows=1, cols=len(columns))
    for cell, (title, note, name) in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        par = cell.paragraphs[0]
        _run(par, title.upper() + "\n", bold=True)
        _run(par, note + "\n\n\n\n\n", italic=True, size=12)
        _run(par, name or "…………………………", bold=True)
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _title(doc: DocxDocument, ctx: RenderContext, d: Dossier, n: Nominee) -> None:
    awards = "; ".join(award_phrase(ctx, p.award) for p in d.proposals if p.nominee_id == n.id)
    year = campaign_year(d)
    _para(doc, "BÁO CÁO THÀNH TÍCH", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, f"Đề nghị tặng {awards}" + (f" năm {year}" if year else ""), bold=True, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER)


def _label(doc: DocxDocument, label: str, value: str | None) -> None:
    _para(doc, f"- {label}: {value or '…………………………'}")


def report_docx(d: Dossier, ctx: RenderContext, n: Nominee) -> bytes:
    """The achievement report of one nominee as DOCX bytes (Mẫu 03 individual, Mẫu 02 collective, household)."""
    doc = Document()
    _setup(doc, ctx)
    pr = next((x for x in d.proposals if x.nominee_id == n.id), None)
    form = form_values(pr)
    if n.kind == "collective":
        _header(doc, ctx, d, (ctx.issuing_body, n.name or ""))
    else:
        _header(doc, ctx, d, None)
    _title(doc, ctx, d, n)
    if n.kind == "individual":
        _para(doc, "I. SƠ LƯỢC LÝ LỊCH", bold=True)
        for label, value in (
            ("Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt)", n.full_name),
            ("Sinh ngày, tháng, năm", short_date(n.birth_date) or None),
            ("Giới tính", {"nam": "Nam", "nu": "Nữ"}.get(n.gender or "")),
            ("Số định danh cá nhân", n.national_id), ("Dân tộc", n.ethnicity), ("Quê quán", n.hometown),
            ("Trú quán", n.residence), ("Đơn vị công tác", n.workplace),
            ("Chức vụ (Đảng, chính quyền, đoàn thể)", n.position), ("Trình độ chuyên môn, nghiệp vụ", n.education),
            ("Học hàm, học vị, danh hiệu, giải thưởng", form_text(form, "degrees", "honorary") or "Không"),
        ):
            _label(doc, label, value)
        _para(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True)
        _para(doc, "1. Quyền hạn, nhiệm vụ được giao", bold=True)
        _narrative(doc, form_text(form, "duties"), MISSING)
        _para(doc, "2. Thành tích đạt được", bold=True)
        _narrative(doc, form_text(form, "achievements", "summary"), MISSING)
        measures = form_text(form, "measures")
        if measures:
            _para(doc, "3. Các giải pháp, biện pháp đã thực hiện", bold=True)
            _narrative(doc, measures, "")
    elif n.kind == "collective":
        _para(doc, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", bold=True)
        _label(doc, "Tên đơn vị (ghi đầy đủ, không viết tắt)", n.name)
        _label(doc, "Địa chỉ trụ sở", n.address)
        _label(doc, "Điện thoại", form_text(form, "phone"))
        _para(doc, "Đặc điểm, chức năng, nhiệm vụ:")
        _narrative(doc, form_text(form, "summary", "duties"), MISSING)
        _para(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True)
        _narrative(doc, form_text(form, "achievements"), MISSING)
        if n.member_stats:
            _para(doc, "Kết quả thi đua của thành viên:")
            _table(doc, ["Năm", "Tổng số thành viên", "Hoàn thành nhiệm vụ", "Lao động tiên tiến",
                         "Chiến sĩ thi đua cơ sở", "Kỷ luật từ cảnh cáo trở lên"],
                   [[str(m.year), str(m.total), str(m.completed_tasks), str(m.lao_dong_tien_tien), str(m.cstd_co_so),
                     str(m.disciplined_canh_cao_or_above)] for m in sorted(n.member_stats, key=lambda m: m.year)],
                   [20, 29, 29, 29, 29, 29])
    else:
        _para(doc, "I. THÔNG TIN HỘ GIA ĐÌNH", bold=True)
        _label(doc, "Họ tên chủ hộ", n.head_name)
        _label(doc, "Địa chỉ", n.address)
        _label(doc, "Số nhân khẩu", form_text(form, "members"))
        _para(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True)
        _narrative(doc, form_text(form, "achievements", "summary"), MISSING)
    if n.kind != "household":
        _para(doc, "Kết quả đánh giá, xếp loại chất lượng qua các năm:")
        rows = [[str(r.year), RATING_LABELS.get(r.rating, r.rating)] for r in sorted(n.ratings, key=lambda r: r.year)]
        _table(doc, ["Năm", "Kết quả đánh giá, xếp loại chất lượng"], rows or [["", "Chưa có kết quả đánh giá"]],
               [25, 140])
    if n.initiatives:
        _para(doc, "Sáng kiến, đề tài, giải pháp được công nhận:")
        rows = []
        for i, it in enumerate(sorted(n.initiatives, key=lambda x: (x.year, x.title)), start=1):
            decision = ", ".join(x for x in (f"số {it.decision}" if it.decision else "",
                                             f"ngày {short_date(it.decision_date)}" if it.decision_date else "") if x)
            by = f"{decision}; {it.recognized_by}" if it.recognized_by and decision else (it.recognized_by or decision)
            rows.append([str(i), it.title, by, SCOPE_LABELS.get(it.scope, it.scope)])
        _table(doc, ["TT", "Tên sáng kiến, đề tài, giải pháp", "Quyết định công nhận", "Phạm vi ảnh hưởng"], rows,
               [11, 70, 54, 30])
    _para(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", bold=True)
    _para(doc, "1. Danh hiệu thi đua", bold=True)
    _honours(doc, ctx, n.honours, True)
    _para(doc, "2. Hình thức khen thưởng", bold=True)
    _honours(doc, ctx, n.honours, False)
    if n.kind == "individual":
        _signatures(doc, [("Thủ trưởng đơn vị xác nhận, đề nghị", "(Ký, đóng dấu)", form_text(form, "head_name") or ""),
                          ("Người báo cáo thành tích", "(Ký, ghi rõ họ và tên)", n.full_name or "")])
    elif n.kind == "collective":
        _signatures(doc, [("Thủ trưởng đơn vị cấp trên trực tiếp", "(Ký, đóng dấu)", ctx.signer.name),
                          ("Thủ trưởng đơn vị", "(Ký, đóng dấu)", form_text(form, "head_name") or "")])
    else:
        _signatures(doc, [("Xác nhận của Ủy ban nhân dân", "(Ký, đóng dấu)", ctx.signer.name),
                          ("Chủ hộ", "(Ký, ghi rõ họ và tên)", n.head_name or "")])
    stamp = datetime(ctx.stamp_date.year, ctx.stamp_date.month, ctx.stamp_date.day)
    props = doc.core_properties
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.author = props.last_modified_by = "HSKT"
    props.revision = 1
    props.title = f"Báo cáo thành tích - {n.display_name}"
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue(), stamp)


def _fixed_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite the package with fixed entry times so the same dossier gives the same DOCX bytes."""
    out = io.BytesIO()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
