"""Danh sách đề nghị khen thưởng (attached to the tờ trình) and the Danh sách công khai posted for comment.

Grouped by award, names in Vietnamese order (given name first, desktop.vn.collation), header row repeated on every page,
landscape when the columns do not fit a portrait page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm

from desktop.documents.blocks import (
    ON_SIGNING,
    HeaderBlock,
    attach,
    closing_block,
    data_table,
    letter_date_text,
    p,
    place_date_text,
    pm,
    styles,
    title_block,
)
from desktop.documents.context import RenderContext
from desktop.documents.forms.common import award_phrase, campaign_year, letter_signer, nominee_label
from desktop.documents.frame import DocSpec, text_width
from desktop.documents.numbering import document_number
from desktop.snapshot import Dossier, Nominee
from desktop.vn.collation import name_key, text_key
from desktop.vn.dates import long_date, short_date

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# Preferred column widths (mm) of the full list; their sum decides portrait or landscape.
FULL_COLUMNS = (
    ("TT", 11), ("Họ và tên (tên tập thể, hộ gia đình)", 52), ("Năm sinh Nam", 17), ("Năm sinh Nữ", 17),
    ("Chức vụ, đơn vị công tác (địa chỉ)", 78), ("Dân tộc", 18), ("Số định danh cá nhân", 33), ("Ghi chú", 26),
)
PUBLIC_COLUMNS = (("TT", 11), ("Họ và tên (tên tập thể, hộ gia đình)", 55), ("Chức vụ, đơn vị công tác (địa chỉ)", 62),
                  ("Hình thức đề nghị", 37))


def sort_key(n: Nominee) -> tuple[object, ...]:
    """Individuals by given name, then collectives, then households, as Vietnamese lists are read."""
    rank = {"individual": 0, "collective": 1, "household": 2}[n.kind]
    if n.kind == "individual":
        return (rank, name_key(n.full_name or ""))
    if n.kind == "household":
        return (rank, name_key(n.head_name or ""))
    return (rank, text_key(n.name or ""))


def groups(d: Dossier) -> list[tuple[str, list[Nominee]]]:
    """(award, nominees sorted) in the order awards first appear in the proposals."""
    by_id = {n.id: n for n in d.nominees}
    out: dict[str, list[Nominee]] = {}
    seen: set[tuple[str, str]] = set()
    for pr in d.proposals:
        n = by_id.get(pr.nominee_id)
        if n is not None and (pr.award, n.id) not in seen:
            seen.add((pr.award, n.id))
            out.setdefault(pr.award, []).append(n)
    return [(award, sorted(ns, key=sort_key)) for award, ns in out.items()]


def _fit(columns: tuple[tuple[str, float], ...], ctx: RenderContext) -> tuple[bool, list[float]]:
    wanted = sum(w for _, w in columns) * mm
    is_landscape = wanted > text_width(ctx.margins)
    avail = text_width(ctx.margins, is_landscape)
    scale = min(1.0, avail / wanted)
    widths = [w * mm * scale for _, w in columns]
    widths[-1] += avail - sum(widths)  # the table spans the text width exactly
    return is_landscape, widths


def _where(n: Nominee) -> str:
    if n.kind == "individual":
        return ", ".join(x for x in (n.position, n.workplace) if x)
    return n.address or ""


def _full_row(i: int, n: Nominee) -> list[object]:
    year = str(n.birth_date.year) if n.birth_date else ""
    male = year if n.kind == "individual" and n.gender == "nam" else ""
    female = year if n.kind == "individual" and n.gender == "nu" else ""
    return [str(i), nominee_label(n), male, female, _where(n), n.ethnicity or "", n.national_id or "", ""]


def _heading(d: Dossier, ctx: RenderContext, title: str, subtitle: list[str], width: float) -> list:
    st = styles(ctx)
    story: list = [HeaderBlock(letter_date_text(ctx, ctx.place, campaign_year(d)), ctx.parent_body,
                               ctx.issuing_body, None)]
    story += title_block(st, title, subtitle, width)
    return story


def build(d: Dossier, ctx: RenderContext) -> DocSpec:
    st = styles(ctx)
    is_landscape, widths = _fit(FULL_COLUMNS, ctx)
    width = text_width(ctx.margins, is_landscape)
    year = campaign_year(d)
    number = document_number(ctx.letter_number, "to-trinh", ctx.body_code)[4:]
    of_letter = f"(Kèm theo Tờ trình số {number}"
    of_letter += f" {long_date(ctx.letter_date)}" if ctx.letter_date else ""
    of_letter += f" của {ctx.issuing_body})"
    if ctx.number_pending:
        of_letter = of_letter[:-1] + ON_SIGNING + ")"
    story = _heading(d, ctx, "Danh sách", [f"Đề nghị khen thưởng năm {year}" if year else "Đề nghị khen thưởng"],
                     width)
    story.append(p(of_letter, st.centre_italic))
    story.append(p("", st.plain))
    rows: list[list[object]] = []
    spans: list[int] = []
    grouped = groups(d)
    for g_i, (award, members) in enumerate(grouped):
        spans.append(len(rows))
        phrase = award_phrase(ctx, award)
        rows.append([f"{ROMAN[g_i] if g_i < len(ROMAN) else g_i + 1}. {phrase[:1].upper()}{phrase[1:]} "
                     f"({len(members):02d})"])
        for i, n in enumerate(members, start=1):
            rows.append(_full_row(i, n))
    header = [h for h, _ in FULL_COLUMNS]
    story.append(data_table(st, header, rows, widths, centred=(0, 2, 3, 5, 6), spans=spans))
    story.append(pm(f"<i>Danh sách này có {sum(len(m) for _, m in grouped):02d} lượt đề nghị.</i>", st.plain))
    marks: list = []
    attach(story, closing_block(st, width, letter_signer(ctx), None, marks))
    return DocSpec(title="Danh sách đề nghị khen thưởng", story=story, landscape=is_landscape,
                   signature_marks=marks)


def build_public(d: Dossier, ctx: RenderContext) -> DocSpec:
    """The list posted for comment before the dossier goes up (công khai), with the posting dates and place;
    no personal identifiers are printed on a public notice."""
    st = styles(ctx)
    is_landscape, widths = _fit(PUBLIC_COLUMNS, ctx)
    width = text_width(ctx.margins, is_landscape)
    year = campaign_year(d)
    posting = ctx.posting
    story: list = [HeaderBlock(place_date_text(ctx.place, posting.date_from if posting else None, year),
                               ctx.parent_body, ctx.issuing_body, None)]
    story += title_block(st, "Danh sách công khai", [
        f"Các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng năm {year}" if year
        else "Các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng"], width)
    date_from = short_date(posting.date_from) if posting and posting.date_from else "…/…/……"
    date_to = short_date(posting.date_to) if posting and posting.date_to else "…/…/……"
    where = posting.place if posting and posting.place else "…………………………"
    story.append(p(f"Thời gian niêm yết: từ ngày {date_from} đến hết ngày {date_to}.", st.body))
    story.append(p(f"Địa điểm niêm yết: {where}.", st.body))
    rows: list[list[object]] = []
    i = 0
    for award, members in groups(d):
        for n in members:
            i += 1
            rows.append([str(i), nominee_label(n), _where(n), ctx.award_name(award)])
    story.append(data_table(st, [h for h, _ in PUBLIC_COLUMNS], rows, widths, centred=(0,)))
    story.append(p("", st.plain))
    story.append(pm(escape(
        f"Trong thời gian niêm yết, mọi ý kiến phản ánh về các tập thể, cá nhân, hộ gia đình có tên trong danh sách "
        f"xin gửi về {ctx.issuing_body} (qua bộ phận Văn phòng) để tổng hợp, báo cáo Hội đồng Thi đua - Khen thưởng "
        f"xem xét."), st.body))
    marks: list = []
    attach(story, closing_block(st, width, letter_signer(ctx), None, marks))
    return DocSpec(title="Danh sách công khai", story=story, landscape=is_landscape, signature_marks=marks)
