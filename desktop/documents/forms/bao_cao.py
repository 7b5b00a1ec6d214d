"""Báo cáo thành tích: individual (Mẫu 03), collective (Mẫu 02) and household, NĐ 98/2023 Phụ lục I structure.

The narrative comes from the guided form's values (`proposals[].form`); the lists and honours tables from the history.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents.blocks import (
    HeaderBlock,
    Styles,
    attach,
    data_table,
    narrative,
    p,
    report_date_text,
    signers_row,
    styles,
    title_block,
)
from desktop.documents.context import RenderContext, Signer
from desktop.documents.forms.common import (
    award_phrase,
    campaign_year,
    form_text,
    form_values,
    honours_table,
    household_head,
    is_higher,
    label_line,
    province_place,
)
from desktop.documents.frame import DocSpec, SignatureMark, text_width
from desktop.documents.numbering import natural_key
from desktop.snapshot import RATING_LABELS, SCOPE_LABELS, Dossier, Nominee
from desktop.vn.dates import short_date

MISSING = "(Chưa nhập nội dung; bổ sung trước khi ký.)"


def _awards_text(ctx: RenderContext, d: Dossier, n: Nominee) -> tuple[str, list[str]]:
    codes = [pr.award for pr in d.proposals if pr.nominee_id == n.id]
    phrases = [award_phrase(ctx, c) for c in codes]
    return "; ".join(phrases), codes


def _title(st: Styles, ctx: RenderContext, d: Dossier, n: Nominee, width: float) -> list[Flowable]:
    awards, _ = _awards_text(ctx, d, n)
    year = campaign_year(d)
    summary = [f"Đề nghị tặng {awards}" + (f" năm {year}" if year else "")]
    return title_block(st, "Báo cáo thành tích", summary, width)


def _ratings_table(st: Styles, n: Nominee, width: float) -> Flowable:
    rows: list[list[object]] = [[str(r.year), RATING_LABELS.get(r.rating, r.rating)]
                                for r in sorted(n.ratings, key=lambda r: r.year)]
    if not rows:
        rows = [["", "Chưa có kết quả đánh giá"]]
    return data_table(st, ["Năm", "Kết quả đánh giá, xếp loại chất lượng"], rows, [25 * mm, width - 25 * mm],
                      centred=(0,))


def _initiatives_table(st: Styles, n: Nominee, width: float) -> Flowable:
    rows: list[list[object]] = []
    for i, it in enumerate(sorted(n.initiatives, key=lambda x: (x.year, natural_key(x.title))), start=1):
        decision = ", ".join(x for x in (f"số {it.decision}" if it.decision else "",
                                         f"ngày {short_date(it.decision_date)}" if it.decision_date else "") if x)
        by = f"{decision}; {it.recognized_by}" if it.recognized_by and decision else (it.recognized_by or decision)
        rows.append([str(i), it.title, by, SCOPE_LABELS.get(it.scope, it.scope)])
    return data_table(st, ["TT", "Tên sáng kiến, đề tài, giải pháp", "Quyết định công nhận", "Phạm vi ảnh hưởng"],
                      rows, [11 * mm, width * 0.42, width * 0.58 - 11 * mm - 30 * mm, 30 * mm], centred=(0, 3))


def _honours(st: Styles, ctx: RenderContext, n: Nominee, width: float) -> list[Flowable]:
    return [
        p("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", st.heading),
        p("1. Danh hiệu thi đua", st.heading),
        honours_table(st, ctx, n.honours, True, width),
        p("2. Hình thức khen thưởng", st.heading),
        honours_table(st, ctx, n.honours, False, width),
    ]


def _confirmation(ctx: RenderContext) -> Signer:
    """The level that proposes the award confirms the report: the tờ trình's signer (NĐ 152/2025, Mẫu 03)."""
    return Signer(title="Xác nhận của cấp trình khen thưởng", name=ctx.signer.name)


def individual(d: Dossier, ctx: RenderContext, n: Nominee) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    year = campaign_year(d)
    pr = next((x for x in d.proposals if x.nominee_id == n.id), None)
    form = form_values(pr)
    _, codes = _awards_text(ctx, d, n)
    story: list[Flowable] = [HeaderBlock(report_date_text(ctx, province_place(ctx), year), None, None,
                                         None)]
    story += _title(st, ctx, d, n, width)
    story.append(p("I. SƠ LƯỢC LÝ LỊCH", st.heading))
    gender = {"nam": "Nam", "nu": "Nữ"}.get(n.gender or "", None)
    story += [
        label_line(st, "Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt)", n.full_name),
        label_line(st, "Sinh ngày, tháng, năm", short_date(n.birth_date) or None),
        label_line(st, "Giới tính", gender),
        label_line(st, "Số định danh cá nhân", n.national_id),
        label_line(st, "Dân tộc", n.ethnicity),
        label_line(st, "Quê quán", n.hometown),
        label_line(st, "Trú quán", n.residence),
        label_line(st, "Đơn vị công tác", n.workplace),
        label_line(st, "Chức vụ (Đảng, chính quyền, đoàn thể)", n.position),
        label_line(st, "Trình độ chuyên môn, nghiệp vụ", n.education),
        label_line(st, "Học hàm, học vị, danh hiệu, giải thưởng", form_text(form, "degrees", "honorary") or "Không"),
    ]
    story.append(p("II. THÀNH TÍCH ĐẠT ĐƯỢC", st.heading))
    story.append(p("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", st.heading))
    story += narrative(form_text(form, "duties"), st, MISSING)
    story.append(p("2. Thành tích đạt được của cá nhân", st.heading))
    story += narrative(form_text(form, "achievements", "summary"), st, MISSING)
    # Mẫu 03 puts the measures, initiatives and their recognition inside the results (part 2), not a part 3.
    story += narrative(form_text(form, "measures"), st)
    story.append(p("Kết quả đánh giá, xếp loại chất lượng qua các năm:", st.plain))
    story.append(_ratings_table(st, n, width))
    if n.initiatives:
        story.append(p("Sáng kiến, đề tài, giải pháp được công nhận:", st.plain))
        story.append(_initiatives_table(st, n, width))
    story += _honours(st, ctx, n, width)
    marks: list[SignatureMark] = []
    head = Signer(title="Thủ trưởng đơn vị xác nhận, đề nghị", name=form_text(form, "head_name") or "")
    me = Signer(title="Người báo cáo thành tích", name=n.full_name or "")
    attach(story, signers_row(st, width, [(head, "(Ký, đóng dấu)"), (me, "(Ký, ghi rõ họ và tên)")], marks))
    if any(is_higher(c) for c in codes):
        attach(story, signers_row(st, width, [(_confirmation(ctx), "(Ký, đóng dấu)")], []))
    return DocSpec(title=f"Báo cáo thành tích - {n.full_name}", story=story, signature_marks=marks)


def collective(d: Dossier, ctx: RenderContext, n: Nominee) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    year = campaign_year(d)
    pr = next((x for x in d.proposals if x.nominee_id == n.id), None)
    form = form_values(pr)
    _, codes = _awards_text(ctx, d, n)
    # Mẫu 02: the collective heads its own report, under the body that manages it; the place is the province.
    story: list[Flowable] = [HeaderBlock(report_date_text(ctx, province_place(ctx), year),
                                         ctx.issuing_body, n.name, None)]
    story += _title(st, ctx, d, n, width)
    story.append(p("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", st.heading))
    story.append(p("1. Đặc điểm, tình hình", st.heading))
    story += [
        label_line(st, "Tên đơn vị (ghi đầy đủ, không viết tắt)", n.name),
        label_line(st, "Địa chỉ trụ sở chính", n.address),
    ]
    phone = form_text(form, "phone")
    if phone:  # optional: a unit without a telephone line gets no dotted blank to fill by hand
        story.append(label_line(st, "Điện thoại", phone))
    story.append(p("- Quá trình thành lập và phát triển; những đặc điểm chính của đơn vị (cơ cấu tổ chức, số thành "
                   "viên, cơ sở vật chất):", st.plain))
    story += narrative(form_text(form, "unit_overview", "history"), st, MISSING)
    story.append(p("2. Chức năng, nhiệm vụ", st.heading))
    story += narrative(form_text(form, "duties", "summary"), st, MISSING)
    story.append(p("II. THÀNH TÍCH ĐẠT ĐƯỢC", st.heading))
    story.append(p("1. Kết quả đạt được trong việc thực hiện chức năng, nhiệm vụ được giao", st.heading))
    story += narrative(form_text(form, "achievements"), st, MISSING)
    if n.member_stats:
        rows: list[list[object]] = [[str(m.year), str(m.total), str(m.completed_tasks), str(m.lao_dong_tien_tien),
                                     str(m.cstd_co_so), str(m.disciplined_canh_cao_or_above)]
                                    for m in sorted(n.member_stats, key=lambda m: m.year)]
        story.append(p("Kết quả thi đua của thành viên:", st.plain))
        w = (width - 20 * mm) / 5
        story.append(data_table(st, ["Năm", "Tổng số thành viên", "Hoàn thành nhiệm vụ", "Lao động tiên tiến",
                                     "Chiến sĩ thi đua cơ sở", "Kỷ luật từ cảnh cáo trở lên"], rows,
                                [20 * mm] + [w] * 5, centred=(0, 1, 2, 3, 4, 5)))
    story.append(p("Kết quả đánh giá, xếp loại tập thể qua các năm:", st.plain))
    story.append(_ratings_table(st, n, width))
    story.append(p("2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng "
                   "trong thực tiễn", st.heading))
    story += narrative(form_text(form, "measures"), st, MISSING)
    story.append(p("3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác "
                   "xây dựng Đảng và các đoàn thể", st.heading))
    story += narrative(form_text(form, "compliance"), st, MISSING)
    story += _honours(st, ctx, n, width)
    marks: list[SignatureMark] = []
    head = Signer(title="Thủ trưởng đơn vị", name=form_text(form, "head_name") or "")
    upper = Signer(title="Xác nhận của cấp trình khen thưởng", name=ctx.signer.name)
    columns = [(upper, "(Ký, đóng dấu)"), (head, "(Ký, đóng dấu)")]
    if not any(is_higher(c) for c in codes):
        columns = [(Signer(title="Thủ trưởng đơn vị cấp trên trực tiếp", name=ctx.signer.name), "(Ký, đóng dấu)"),
                   (head, "(Ký, đóng dấu)")]
    attach(story, signers_row(st, width, columns, marks))
    marks.reverse()  # the unit head's signature is the one the package signs for
    return DocSpec(title=f"Báo cáo thành tích - {n.name}", story=story, signature_marks=marks)


def household(d: Dossier, ctx: RenderContext, n: Nominee) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    year = campaign_year(d)
    pr = next((x for x in d.proposals if x.nominee_id == n.id), None)
    form = form_values(pr)
    story: list[Flowable] = [HeaderBlock(report_date_text(ctx, province_place(ctx), year), None, None,
                                         None)]
    story += _title(st, ctx, d, n, width)
    story.append(p("I. THÔNG TIN HỘ GIA ĐÌNH", st.heading))
    story += [label_line(st, "Hộ gia đình", f"Hộ {household_head(n)}"),
              label_line(st, "Họ tên chủ hộ", n.head_name), label_line(st, "Địa chỉ", n.address),
              label_line(st, "Số nhân khẩu", form_text(form, "members"))]
    story.append(p("II. THÀNH TÍCH ĐẠT ĐƯỢC", st.heading))
    story += narrative(form_text(form, "achievements", "summary"), st, MISSING)
    story += _honours(st, ctx, n, width)
    marks: list[SignatureMark] = []
    confirm = Signer(title="Xác nhận của Ủy ban nhân dân", name=ctx.signer.name,
                     prefix=None)
    owner = Signer(title="Chủ hộ", name=n.head_name or "")
    attach(story, signers_row(st, width, [(confirm, "(Ký, đóng dấu)"), (owner, "(Ký, ghi rõ họ và tên)")], marks))
    return DocSpec(title=f"Báo cáo thành tích - hộ {household_head(n)}", story=story, signature_marks=marks)


def report(d: Dossier, ctx: RenderContext, n: Nominee) -> DocSpec:
    if n.kind == "collective":
        return collective(d, ctx, n)
    if n.kind == "household":
        return household(d, ctx, n)
    return individual(d, ctx, n)
