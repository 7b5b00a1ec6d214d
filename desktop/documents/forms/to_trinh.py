"""Tờ trình đề nghị khen thưởng (Mẫu 1.4 of NĐ 30/2020) with the statistics computed from the proposals."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from desktop.documents.blocks import (
    DOTS,
    HeaderBlock,
    attach,
    closing_block,
    letter_date_text,
    letter_number_text,
    narrative,
    p,
    pm,
    styles,
    title_block,
)
from desktop.documents.context import RenderContext
from desktop.documents.forms.common import award_phrase, basis_meeting_line, campaign_year, letter_signer
from desktop.documents.frame import DocSpec, text_width
from desktop.documents.stats import percent, proposals_stats
from desktop.snapshot import Dossier

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _counted(individuals: int, collectives: int, households: int) -> str:
    parts = []
    if collectives:
        parts.append(f"{collectives:02d} tập thể")
    if individuals:
        parts.append(f"{individuals:02d} cá nhân")
    if households:
        parts.append(f"{households:02d} hộ gia đình")
    return ", ".join(parts) if parts else "không có đối tượng"


# What the clerk files beside the printed forms (dossier.documents), as the tờ trình names them.
FILED = {
    "chung-nhan-sang-kien": "văn bản công nhận sáng kiến, đề tài",
    "y-kien-co-quan": "ý kiến của cơ quan liên quan",
    "khac": "tài liệu khác",
}


def enclosures(d: Dossier, ctx: RenderContext) -> list[str]:
    """The components actually sent with this tờ trình: the forms HSKT prints for this dossier (its procedure, its
    meeting), with their counts, then the documents filed with it."""
    from desktop.documents.formsets import form_set  # the form set lists the builders, this form among them

    stats = proposals_stats(d)
    reports = stats.individuals + stats.collectives + stats.households
    printed = {c.code for c in form_set(ctx.ruleset or d.ruleset).components if c.when(d, ctx)}
    out = ["danh sách đề nghị khen thưởng"]
    if "khac" in printed:
        out.append("danh sách công khai")
    if "bao-cao-thanh-tich" in printed:
        out.append(f"{reports:02d} báo cáo thành tích")
    if "tom-tat-thanh-tich" in printed:
        out.append(f"{reports:02d} bản tóm tắt thành tích")
    if "bien-ban-hop" in printed:
        out.append(f"biên bản họp {ctx.council_name}")
    if "ket-qua-bo-phieu" in printed:
        out.append("biên bản kiểm phiếu")
    filed = [doc.component for doc in d.documents
             if doc.component in FILED and not doc.file.endswith("danh-sach-cong-khai.pdf")]
    for code in dict.fromkeys(filed):
        count = filed.count(code)
        out.append(f"{count:02d} {FILED[code]}" if count > 1 else FILED[code])
    return out


def build(d: Dossier, ctx: RenderContext, basis: Sequence[str]) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    year = campaign_year(d)
    marks: list = []
    story: list = [
        HeaderBlock(letter_date_text(ctx, ctx.place, year), ctx.parent_body, ctx.issuing_body,
                    letter_number_text(ctx, "to-trinh")),
    ]
    subject = f"Về việc đề nghị khen thưởng năm {year}" if year else "Về việc đề nghị khen thưởng"
    story += title_block(st, "Tờ trình", [subject], width)
    # No invented addressee: the letter names the authority that decides (chosen on the letter screen).
    recipient = ctx.recipient or DOTS * 4
    story.append(pm(f"Kính gửi: {escape(recipient)}.", st.centre))
    story.append(p("", st.plain))

    stats = proposals_stats(d)
    if ctx.letter_body:
        story += narrative(ctx.letter_body, st)
    else:
        for line in [*basis, basis_meeting_line(ctx)]:
            if line:
                story.append(p(line, st.body))
        campaign = d.campaign.name if d.campaign else f"phong trào thi đua năm {year}"
        story.append(p(
            f"{ctx.issuing_body} kính trình xem xét, khen thưởng cho "
            f"{_counted(stats.individuals, stats.collectives, stats.households)} đã có thành tích xuất sắc "
            f"trong {campaign[:1].lower() + campaign[1:]}, cụ thể như sau:", st.body))

    story.append(p(f"{ROMAN[0]}. SỐ LƯỢNG ĐỀ NGHỊ THEO HÌNH THỨC KHEN THƯỞNG", st.heading))
    for i, a in enumerate(stats.by_award, start=1):
        story.append(p(f"{i}. {award_phrase(ctx, a.award)[:1].upper()}{award_phrase(ctx, a.award)[1:]}: "
                       f"{_counted(a.individuals, a.collectives, a.households)};", st.body))
    story.append(p(f"{ROMAN[1]}. CƠ CẤU ĐỐI TƯỢNG ĐỀ NGHỊ", st.heading))
    story.append(p(
        f"Tổng số: {_counted(stats.individuals, stats.collectives, stats.households)}.", st.body))
    if stats.individuals:
        story.append(p(f"Trong {stats.individuals:02d} cá nhân được đề nghị:", st.body))
        for label, n in (("Công nhân, nông dân, người lao động trực tiếp", stats.direct_workers),
                         ("Nữ", stats.women), ("Người dân tộc thiểu số", stats.minorities)):
            story.append(Paragraph(escape(f"{label}: {n:02d} người, chiếm {percent(n, stats.individuals)};"),
                                   st.bullet, bulletText="-"))
    story.append(p(f"(Hồ sơ kèm theo gồm: {'; '.join(enclosures(d, ctx))}.)", st.body))
    if ctx.procedure == "don-gian":
        story.append(p("Đề nghị xét khen thưởng theo thủ tục đơn giản (Điều 85 Luật Thi đua, khen thưởng).", st.body))
    story.append(p(f"Kính trình {recipient} xem xét, quyết định./.", st.body))
    attach(story, closing_block(st, width, letter_signer(ctx), ctx.recipients, marks))
    return DocSpec(title=f"Tờ trình {subject.lower()}", story=story, signature_marks=marks)
