"""The forms a clerk may polish in Word before signing, as DOCX with the PDF's content: the achievement reports
(Mẫu 03 individual, Mẫu 02 collective, household) and the tóm tắt thành tích of the simplified procedure.

Laid out for Word and LibreOffice alike: A4 and the NĐ 30 margins; page numbers centred in the top margin from page 2;
every table with a fixed grid (tblGrid and each cell's width), its header row repeated and no row split across pages;
the quốc hiệu on one line; the rules under the issuing body, the tiêu ngữ and the title; signer blocks in one grid so the
names line up; language vi-VN; core properties naming HSKT. The same dossier gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop.documents import fonts
from desktop.documents.blocks import (
    HEADER_SIZE,
    MOTTO,
    NATIONAL_NAME,
    NATIONAL_SIZE,
    _split_name,
    letter_date_text,
    report_date_text,
)
from desktop.documents.context import RenderContext, Signer
from desktop.documents.forms.bao_cao import MISSING
from desktop.documents.forms.common import (
    award_phrase,
    campaign_year,
    form_text,
    form_values,
    household_head,
    is_higher,
    is_title,
    letter_signer,
    province_place,
)
from desktop.documents.forms.tom_tat import MISSING as MISSING_SUMMARY
from desktop.documents.forms.tom_tat import _who
from desktop.documents.frame import text_width
from desktop.documents.numbering import natural_key
from desktop.snapshot import RATING_LABELS, SCOPE_LABELS, Dossier, Honour, Nominee
from desktop.vn.dates import short_date

FONT = "Times New Roman"  # NĐ 30/2020; Liberation Serif has the same metrics where Word lacks it
LANG = "vi-VN"
DOTS = "…………………………"
PT_PER_MM = 72 / 25.4


# ------------------------------------------------------------------------------------------------- low level


def _run(par: Paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
         underline: bool = False) -> None:
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    run.underline = underline or None
    if size:
        run.font.size = Pt(size)


def _fmt(par: Paragraph, align: WD_ALIGN_PARAGRAPH | None = None, after: float | None = None,
         keep: bool = False) -> Paragraph:
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if keep:
        par.paragraph_format.keep_with_next = True
    return par


def _para(doc: DocxDocument | _Cell, text: str = "", *, bold: bool = False, italic: bool = False,
          size: float | None = None, align: WD_ALIGN_PARAGRAPH | None = None, indent: bool = False,
          keep: bool = False, after: float | None = None) -> Paragraph:
    par = doc.add_paragraph()
    if text:
        _run(par, text, bold, italic, size)
    _fmt(par, align, after, keep)
    if indent:
        par.paragraph_format.first_line_indent = Mm(12.7)
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


def _cell_para(cell: _Cell, first: bool) -> Paragraph:
    return cell.paragraphs[0] if first else cell.add_paragraph()


def _rule(container: DocxDocument | _Cell, length_pt: float, width_pt: float, after: float = 6) -> Paragraph:
    """A centred solid line `length_pt` long: an empty paragraph's bottom border, narrowed by its indents."""
    par = container.add_paragraph()
    side = max(0.0, (width_pt - length_pt) / 2)
    pf = par.paragraph_format
    pf.left_indent = pf.right_indent = Pt(side)
    pf.space_before = Pt(0)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(2)
    p_pr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    p_pr.append(bdr)
    return par


def _fixed_table(doc: DocxDocument, rows: int, widths_mm: Sequence[float], grid: bool) -> Table:
    """A table Word and LibreOffice lay out as given: fixed layout, tblW, tblGrid and every cell's tcW."""
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(sum(round(w * 56.6929) for w in widths_mm)))
    total.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(total)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(round(w * 56.6929)))  # twentieths of a point
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
    return table


def _no_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(tr_pr.makeelement(qn("w:cantSplit"), {qn("w:val"): "true"}))


def _table(doc: DocxDocument, header: list[str], rows: list[list[str]], widths_mm: list[float],
           centred: Sequence[int] = ()) -> Table:
    """A ruled data table: header row repeated on every page, no row split, cells 12 pt."""
    table = _fixed_table(doc, 1 + len(rows), widths_mm, grid=True)
    head = table.rows[0]
    for cell, text in zip(head.cells, header, strict=True):
        par = cell.paragraphs[0]
        _run(par, text, bold=True, size=12)
        _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0)
    tr_pr = head._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))
    for r_i, values in enumerate(rows, start=1):
        row = table.rows[r_i]
        for c_i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            par = cell.paragraphs[0]
            if text:
                _run(par, text, size=12)
            _fmt(par, WD_ALIGN_PARAGRAPH.CENTER if c_i in centred else WD_ALIGN_PARAGRAPH.LEFT, 0)
    for row in table.rows:
        _no_split(row)
    spacer = _para(doc, after=0)
    doc._hskt_last = (table, spacer)  # type: ignore[attr-defined]  # what a signature block right after keeps to
    return table


def _keep_with_signatures(doc: DocxDocument) -> None:
    """A signature block never alone on a page: when it follows a table, the table's last rows (and the blank line
    after it) keep with it, so Word and LibreOffice move them to the signatures' page together."""
    last = getattr(doc, "_hskt_last", None)
    if last is None or doc.element.body[-2] is not last[1]._p:  # the table is not what the block follows
        return
    table, spacer = last
    for row in table.rows[-2:]:
        for cell in row.cells:
            for par in cell.paragraphs:
                par.paragraph_format.keep_with_next = True
    spacer.paragraph_format.keep_with_next = True


def _page_numbers(doc: DocxDocument, size: float) -> None:
    """NĐ 30: Arabic page numbers centred in the top margin, not on page 1."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    par = section.header.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run()
    run.font.size = Pt(size)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        else:
            el = OxmlElement("w:t")
            el.text = text or ""
        run._r.append(el)


def _language(doc: DocxDocument) -> None:
    """vi-VN in the document defaults and the Normal style, so spelling and hyphenation use Vietnamese."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    targets = [doc.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        r_pr_default = defaults.find(qn("w:rPrDefault"))
        if r_pr_default is not None and r_pr_default.find(qn("w:rPr")) is not None:
            targets.append(r_pr_default.find(qn("w:rPr")))
    for r_pr in targets:
        for old in r_pr.findall(qn("w:lang")):
            r_pr.remove(old)
        lang = OxmlElement("w:lang")
        for k in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(k), LANG)
        r_pr.append(lang)


def _setup(doc: DocxDocument, ctx: RenderContext) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    m = ctx.margins
    section.top_margin, section.bottom_margin = Mm(m.top), Mm(m.bottom)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    r_fonts = normal.element.rPr.rFonts
    for k in ("w:eastAsia", "w:cs", "w:hAnsi", "w:ascii"):
        r_fonts.set(qn(k), FONT)
    normal.font.size = Pt(ctx.body_size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    _language(doc)
    _page_numbers(doc, ctx.body_size)


# ------------------------------------------------------------------------------------------------- blocks


def _text_mm(ctx: RenderContext) -> float:
    return text_width(ctx.margins) / PT_PER_MM


def _header(doc: DocxDocument, ctx: RenderContext, d: Dossier, place: str,
            left: tuple[str | None, str] | None, report: bool = True) -> None:
    """Mẫu 1.4 / Mẫu 02-03 header in a two-column grid; the quốc hiệu column as wide as its line needs."""
    date_line = (report_date_text if report else letter_date_text)(ctx, place, campaign_year(d))
    total = _text_mm(ctx)
    qh = fonts.width(NATIONAL_NAME, fonts.BOLD, NATIONAL_SIZE) / PT_PER_MM
    motto = fonts.width(MOTTO, fonts.BOLD, HEADER_SIZE)
    if left is None:
        table = _fixed_table(doc, 1, [total], grid=False)
        right, right_w = table.cell(0, 0), total
    else:
        right_w = qh + 6
        table = _fixed_table(doc, 1, [total - right_w, right_w], grid=False)
        cell = table.cell(0, 0)
        parent, body = left
        first = True
        left_pt = (total - right_w) * PT_PER_MM - 12
        # The PDF's line breaks: "ỦY BAN NHÂN DÂN" on its own line, a long name broken at its " - ".
        for text, font, bold in ((parent, fonts.REGULAR, False), (body, fonts.BOLD, True)):
            for line in _split_name(text.upper(), font, left_pt) if text else []:
                par = _cell_para(cell, first)
                _run(par, line, bold=bold, size=HEADER_SIZE)
                _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0)
                first = False
        name_w = min(max(fonts.width(x, fonts.BOLD, HEADER_SIZE) for x in _split_name(body.upper(), fonts.BOLD,
                                                                                     left_pt)), left_pt)
        _rule(cell, name_w * 0.4, (total - right_w) * PT_PER_MM - 11, after=0)  # 1/3–1/2 of the name's line
        right = table.cell(0, 1)
    par = right.paragraphs[0]
    _run(par, NATIONAL_NAME, bold=True, size=NATIONAL_SIZE)
    _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0)
    par = right.add_paragraph()
    _run(par, MOTTO, bold=True, size=HEADER_SIZE)
    _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0)
    _rule(right, motto, right_w * PT_PER_MM - 11, after=6)  # as long as the tiêu ngữ
    par = right.add_paragraph()
    _run(par, date_line, italic=True, size=HEADER_SIZE)
    _fmt(par, WD_ALIGN_PARAGRAPH.CENTER if left is not None else WD_ALIGN_PARAGRAPH.RIGHT, 0)
    _para(doc, after=0)


def _title(doc: DocxDocument, ctx: RenderContext, doc_type: str, summary: str) -> None:
    _para(doc, doc_type.upper(), bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, keep=True, after=0)
    _para(doc, summary, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, keep=True, after=0)
    longest = min(fonts.width(summary, fonts.BOLD, 14), text_width(ctx.margins))
    _rule(doc, longest / 3, text_width(ctx.margins), after=10)


def _signers(doc: DocxDocument, ctx: RenderContext, columns: Sequence[tuple[Signer, str | None]]) -> None:
    """Signers side by side in one grid: titles, notes, room to sign, names, each a row, so the names stand on one
    line even when a title wraps; the rows keep together and with the paragraph before."""
    total = _text_mm(ctx)
    n = len(columns)
    _keep_with_signatures(doc)
    table = _fixed_table(doc, 4, [total / n] * n, grid=False)
    for c_i, (signer, note) in enumerate(columns):
        if not (signer.title or signer.name):  # an empty column: the signer stands on the right, as in Mẫu 1.4
            continue
        cell = table.cell(0, c_i)
        first = True
        for line in (signer.prefix, signer.deputy_title or signer.title):
            if line:
                par = _cell_para(cell, first)
                _run(par, line.upper(), bold=True)
                _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, keep=True)
                first = False
        par = table.cell(1, c_i).paragraphs[0]
        if note:
            _run(par, note, italic=True, size=12)
        _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, keep=True)
        table.rows[2].height = Mm(26)
        _fmt(table.cell(2, c_i).paragraphs[0], after=0, keep=True)
        par = table.cell(3, c_i).paragraphs[0]
        _run(par, signer.name or DOTS, bold=True)
        _fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0)
    for row in table.rows:
        _no_split(row)


def _narrative(doc: DocxDocument, text: str | None, placeholder: str | None) -> None:
    if not text or not text.strip():
        if placeholder:
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
                par = _para(doc, "- " + line[2:].strip(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                par.paragraph_format.left_indent = Mm(12.7)
            else:
                buf.append(line)
        if buf:
            _para(doc, " ".join(buf), indent=True)


def _heading(doc: DocxDocument, text: str) -> None:
    _para(doc, text, bold=True, keep=True)


def _lead(doc: DocxDocument, text: str) -> None:
    _para(doc, text, keep=True)


def _label(doc: DocxDocument, label: str, value: str | None) -> None:
    _para(doc, f"- {label}: {value or DOTS}")


def _honours(doc: DocxDocument, ctx: RenderContext, honours: tuple[Honour, ...], titles: bool) -> None:
    rows = []
    for h in sorted((h for h in honours if is_title(h.award) == titles), key=lambda h: (h.year, h.award)):
        decision = ", ".join(x for x in (f"Quyết định số {h.decision}" if h.decision else "",
                                         f"ngày {short_date(h.decision_date)}" if h.decision_date else "") if x)
        if h.issuer:
            decision = f"{decision}; {h.issuer}" if decision else h.issuer
        rows.append([str(h.year), ctx.catalogue_name(h.award), decision])
    rows = rows or [["", "Không", ""]]
    what = "Danh hiệu thi đua" if titles else "Hình thức khen thưởng"
    w = _text_mm(ctx)
    _table(doc, ["Năm", what, "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"], rows,
           [18, w * 0.38, w * 0.62 - 18], centred=(0,))


def _ratings(doc: DocxDocument, ctx: RenderContext, n: Nominee, lead: str) -> None:
    _lead(doc, lead)
    rows = [[str(r.year), RATING_LABELS.get(r.rating, r.rating)] for r in sorted(n.ratings, key=lambda r: r.year)]
    w = _text_mm(ctx)
    _table(doc, ["Năm", "Kết quả đánh giá, xếp loại chất lượng"], rows or [["", "Chưa có kết quả đánh giá"]],
           [25, w - 25], centred=(0,))


def _initiatives(doc: DocxDocument, ctx: RenderContext, n: Nominee) -> None:
    if not n.initiatives:
        return
    _lead(doc, "Sáng kiến, đề tài, giải pháp được công nhận:")
    rows = []
    for i, it in enumerate(sorted(n.initiatives, key=lambda x: (x.year, natural_key(x.title))), start=1):
        decision = ", ".join(x for x in (f"số {it.decision}" if it.decision else "",
                                         f"ngày {short_date(it.decision_date)}" if it.decision_date else "") if x)
        by = f"{decision}; {it.recognized_by}" if it.recognized_by and decision else (it.recognized_by or decision)
        rows.append([str(i), it.title, by, SCOPE_LABELS.get(it.scope, it.scope)])
    w = _text_mm(ctx)
    _table(doc, ["TT", "Tên sáng kiến, đề tài, giải pháp", "Quyết định công nhận", "Phạm vi ảnh hưởng"], rows,
           [11, w * 0.42, w * 0.58 - 41, 30], centred=(0, 3))


def _awards(ctx: RenderContext, d: Dossier, n: Nominee) -> tuple[str, list[str]]:
    codes = [p.award for p in d.proposals if p.nominee_id == n.id]
    return "; ".join(award_phrase(ctx, c) for c in codes), codes


# ------------------------------------------------------------------------------------------------- forms


def _individual(doc: DocxDocument, ctx: RenderContext, d: Dossier, n: Nominee) -> None:
    form = form_values(next((x for x in d.proposals if x.nominee_id == n.id), None))
    _heading(doc, "I. SƠ LƯỢC LÝ LỊCH")
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
    _heading(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC")
    _heading(doc, "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận")
    _narrative(doc, form_text(form, "duties"), MISSING)
    _heading(doc, "2. Thành tích đạt được của cá nhân")
    _narrative(doc, form_text(form, "achievements", "summary"), MISSING)
    _narrative(doc, form_text(form, "measures"), None)
    _ratings(doc, ctx, n, "Kết quả đánh giá, xếp loại chất lượng qua các năm:")
    _initiatives(doc, ctx, n)


def _collective(doc: DocxDocument, ctx: RenderContext, d: Dossier, n: Nominee) -> None:
    form = form_values(next((x for x in d.proposals if x.nominee_id == n.id), None))
    _heading(doc, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")
    _heading(doc, "1. Đặc điểm, tình hình")
    _label(doc, "Tên đơn vị (ghi đầy đủ, không viết tắt)", n.name)
    _label(doc, "Địa chỉ trụ sở chính", n.address)
    if form_text(form, "phone"):
        _label(doc, "Điện thoại", form_text(form, "phone"))
    _para(doc, "- Quá trình thành lập và phát triển; những đặc điểm chính của đơn vị (cơ cấu tổ chức, số thành viên, "
               "cơ sở vật chất):")
    _narrative(doc, form_text(form, "unit_overview", "history"), MISSING)
    _heading(doc, "2. Chức năng, nhiệm vụ")
    _narrative(doc, form_text(form, "duties", "summary"), MISSING)
    _heading(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC")
    _heading(doc, "1. Kết quả đạt được trong việc thực hiện chức năng, nhiệm vụ được giao")
    _narrative(doc, form_text(form, "achievements"), MISSING)
    if n.member_stats:
        _lead(doc, "Kết quả thi đua của thành viên:")
        w = (_text_mm(ctx) - 20) / 5
        _table(doc, ["Năm", "Tổng số thành viên", "Hoàn thành nhiệm vụ", "Lao động tiên tiến",
                     "Chiến sĩ thi đua cơ sở", "Kỷ luật từ cảnh cáo trở lên"],
               [[str(m.year), str(m.total), str(m.completed_tasks), str(m.lao_dong_tien_tien), str(m.cstd_co_so),
                 str(m.disciplined_canh_cao_or_above)] for m in sorted(n.member_stats, key=lambda m: m.year)],
               [20] + [w] * 5, centred=(0, 1, 2, 3, 4, 5))
    _ratings(doc, ctx, n, "Kết quả đánh giá, xếp loại tập thể qua các năm:")
    _heading(doc, "2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng "
                  "trong thực tiễn")
    _narrative(doc, form_text(form, "measures"), MISSING)
    _heading(doc, "3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác "
                  "xây dựng Đảng và các đoàn thể")
    _narrative(doc, form_text(form, "compliance"), MISSING)


def _household(doc: DocxDocument, ctx: RenderContext, d: Dossier, n: Nominee) -> None:
    form = form_values(next((x for x in d.proposals if x.nominee_id == n.id), None))
    _heading(doc, "I. THÔNG TIN HỘ GIA ĐÌNH")
    _label(doc, "Hộ gia đình", f"Hộ {household_head(n)}")
    _label(doc, "Họ tên chủ hộ", n.head_name)
    _label(doc, "Địa chỉ", n.address)
    _label(doc, "Số nhân khẩu", form_text(form, "members"))
    _heading(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC")
    _narrative(doc, form_text(form, "achievements", "summary"), MISSING)


def report_docx(d: Dossier, ctx: RenderContext, n: Nominee) -> bytes:
    """The achievement report of one nominee as DOCX bytes (Mẫu 03 individual, Mẫu 02 collective, household)."""
    doc = Document()
    _setup(doc, ctx)
    form = form_values(next((x for x in d.proposals if x.nominee_id == n.id), None))
    awards, codes = _awards(ctx, d, n)
    year = campaign_year(d)
    _header(doc, ctx, d, province_place(ctx), (ctx.issuing_body, n.name or "") if n.kind == "collective" else None)
    _title(doc, ctx, "Báo cáo thành tích", f"Đề nghị tặng {awards}" + (f" năm {year}" if year else ""))
    {"collective": _collective, "household": _household}.get(n.kind, _individual)(doc, ctx, d, n)
    _heading(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
    _heading(doc, "1. Danh hiệu thi đua")
    _honours(doc, ctx, n.honours, True)
    _heading(doc, "2. Hình thức khen thưởng")
    _honours(doc, ctx, n.honours, False)
    head_name = form_text(form, "head_name") or ""
    if n.kind == "individual":
        _signers(doc, ctx, [(Signer("Thủ trưởng đơn vị xác nhận, đề nghị", head_name), "(Ký, đóng dấu)"),
                            (Signer("Người báo cáo thành tích", n.full_name or ""), "(Ký, ghi rõ họ và tên)")])
        if any(is_higher(c) for c in codes):
            _signers(doc, ctx, [(Signer("Xác nhận của cấp trình khen thưởng", ctx.signer.name), "(Ký, đóng dấu)")])
    elif n.kind == "collective":
        upper = "Xác nhận của cấp trình khen thưởng" if any(is_higher(c) for c in codes) else \
            "Thủ trưởng đơn vị cấp trên trực tiếp"
        _signers(doc, ctx, [(Signer(upper, ctx.signer.name), "(Ký, đóng dấu)"),
                            (Signer("Thủ trưởng đơn vị", head_name), "(Ký, đóng dấu)")])
    else:
        _signers(doc, ctx, [(Signer("Xác nhận của Ủy ban nhân dân", ctx.signer.name), "(Ký, đóng dấu)"),
                            (Signer("Chủ hộ", n.head_name or ""), "(Ký, ghi rõ họ và tên)")])
    return _save(doc, ctx, f"Báo cáo thành tích - {n.display_name}")


def summary_docx(d: Dossier, ctx: RenderContext, n: Nominee) -> bytes:
    """Tóm tắt thành tích (simplified procedure) as DOCX, written and signed by the managing body."""
    doc = Document()
    _setup(doc, ctx)
    form = form_values(next((x for x in d.proposals if x.nominee_id == n.id), None))
    awards, _ = _awards(ctx, d, n)
    _header(doc, ctx, d, ctx.place, (ctx.parent_body, ctx.issuing_body), report=False)
    _title(doc, ctx, "Tóm tắt thành tích", f"Đề nghị tặng {awards}")
    _para(doc, _who(n) + ".", indent=True)
    _heading(doc, "Thành tích:")
    _narrative(doc, form_text(form, "summary", "achievements"), MISSING_SUMMARY)
    _para(doc, f"{ctx.issuing_body} xác nhận thành tích nêu trên là đúng sự thật và đề nghị xét tặng {awards}"
               f"{' theo thủ tục đơn giản' if ctx.procedure == 'don-gian' else ''}./.", indent=True, keep=True)
    _signers(doc, ctx, [(Signer(""), None), (letter_signer(ctx), None)])
    return _save(doc, ctx, f"Tóm tắt thành tích - {n.display_name}")


def nominee_docx(d: Dossier, ctx: RenderContext, n: Nominee) -> bytes:
    """The nominee's form a clerk edits by hand: the tóm tắt under the simplified procedure, else the báo cáo."""
    return summary_docx(d, ctx, n) if ctx.procedure == "don-gian" else report_docx(d, ctx, n)


def write_docx(d: Dossier, ctx: RenderContext, folder: Path) -> list[Path]:
    """One DOCX per nominee in `folder`/04_bao-cao/<id>.docx, beside the PDFs' layout (PACKAGE-FORMAT.md)."""
    out: list[Path] = []
    seen: set[str] = set()
    by_id = {n.id: n for n in d.nominees}
    for pr in d.proposals:
        n = by_id.get(pr.nominee_id)
        if n is None or n.id in seen:
            continue
        seen.add(n.id)
        target = folder / "04_bao-cao" / f"{n.id}.docx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(nominee_docx(d, ctx, n))
        out.append(target)
    return out


# ------------------------------------------------------------------------------------------------- package


def _save(doc: DocxDocument, ctx: RenderContext, title: str) -> bytes:
    stamp = datetime(ctx.stamp_date.year, ctx.stamp_date.month, ctx.stamp_date.day)
    props = doc.core_properties
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.author = props.last_modified_by = "HSKT"
    props.comments = "Tạo bởi HSKT (Hồ sơ khen thưởng)"
    props.keywords = "HSKT; hồ sơ khen thưởng"
    props.subject = ctx.issuing_body
    props.category = "Hồ sơ khen thưởng"
    props.language = LANG
    props.revision = 1
    props.title = title
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue(), stamp)


def _fixed_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite the package with fixed entry times so the same dossier gives the same DOCX bytes; the extended
    properties name HSKT as the application instead of the template's."""
    out = io.BytesIO()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = _APP_XML
            fixed = zipfile.ZipInfo(info.filename, when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>HSKT</Application><DocSecurity>0</DocSecurity></Properties>"
)
