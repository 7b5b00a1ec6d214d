"""Tóm tắt thành tích for the simplified procedure (Luật TĐKT Điều 85): written by the managing body, one page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.documents.blocks import (
    HeaderBlock,
    attach,
    closing_block,
    letter_date_text,
    narrative,
    p,
    styles,
    title_block,
)
from desktop.documents.context import RenderContext
from desktop.documents.forms.common import (
    award_phrase,
    campaign_year,
    form_text,
    form_values,
    honorific,
    household_head,
    letter_signer,
)
from desktop.documents.frame import DocSpec, SignatureMark, text_width
from desktop.snapshot import Dossier, Nominee

MISSING = "(Chưa nhập tóm tắt thành tích; bổ sung trước khi ký.)"


def _who(n: Nominee) -> str:
    if n.kind == "individual":
        parts = [f"{honorific(n)} {n.full_name}"]
        if n.birth_date:
            parts.append(f"sinh năm {n.birth_date.year}")
        if n.position or n.workplace:
            parts.append(", ".join(x for x in (n.position, n.workplace) if x))
        return ", ".join(parts)
    if n.kind == "household":
        return f"Hộ {household_head(n)}, địa chỉ: {n.address}"
    return f"{n.name}" + (f", địa chỉ: {n.address}" if n.address else "")


def build(d: Dossier, ctx: RenderContext, n: Nominee) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    year = campaign_year(d)
    pr = next((x for x in d.proposals if x.nominee_id == n.id), None)
    form = form_values(pr)
    awards = "; ".join(award_phrase(ctx, x.award) for x in d.proposals if x.nominee_id == n.id)
    story: list[Flowable] = [HeaderBlock(letter_date_text(ctx, ctx.place, year), ctx.parent_body,
                                         ctx.issuing_body, None)]
    story += title_block(st, "Tóm tắt thành tích", [f"Đề nghị tặng {awards}"], width)
    story.append(p(_who(n) + ".", st.body))
    story.append(p("Thành tích:", st.heading))
    story += narrative(form_text(form, "summary", "achievements"), st, MISSING)
    story.append(p(f"{ctx.issuing_body} xác nhận thành tích nêu trên là đúng sự thật và đề nghị xét tặng {awards}"
                   f"{' theo thủ tục đơn giản' if ctx.procedure == 'don-gian' else ''}./.", st.body))
    marks: list[SignatureMark] = []
    attach(story, closing_block(st, width, letter_signer(ctx), None, marks))
    return DocSpec(title=f"Tóm tắt thành tích - {n.display_name}", story=story, signature_marks=marks)
