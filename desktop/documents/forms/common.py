"""Helpers the forms share: award phrases, honours tables, labelled lines, the signer of the unit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents.blocks import Styles, data_table, p
from desktop.documents.context import RenderContext, Signer
from desktop.snapshot import Dossier, Honour, Nominee, Proposal
from desktop.vn.dates import long_date, short_date

# Emulation titles (danh hiệu thi đua, Luật TĐKT Điều 19–20); every other code is a form of commendation.
TITLE_CODES = frozenset({
    "cstd-toan-quoc", "cstd-bo-nganh-tinh", "cstd-co-so", "lao-dong-tien-tien", "chien-si-tien-tien",
    "co-thi-dua-chinh-phu", "co-thi-dua-bo-nganh-tinh", "tap-the-lao-dong-xuat-sac", "don-vi-quyet-thang",
    "tap-the-lao-dong-tien-tien", "don-vi-tien-tien", "xa-phuong-thi-tran-tieu-bieu", "thon-to-dan-pho-van-hoa",
    "gia-dinh-van-hoa",
})
# Awards decided above the commune: the report then carries the proposing level's confirmation.
HIGHER_PREFIXES = ("bang-khen", "hc-", "hcg-", "cstd-bo", "cstd-toan", "co-thi-dua", "giai-thuong", "anh-hung")


def is_title(code: str) -> bool:
    return code in TITLE_CODES


def is_higher(code: str) -> bool:
    return code.startswith(HIGHER_PREFIXES)


def award_phrase(ctx: RenderContext, code: str) -> str:
    """"danh hiệu “Lao động tiên tiến”" for a title, the name itself for a commendation ("Bằng khen của ...")."""
    name = ctx.award_name(code)
    return f"danh hiệu “{name}”" if is_title(code) else name


def form_values(p_: Proposal | None) -> Mapping[str, Any]:
    form = p_.extra.get("form") if p_ is not None else None
    return form if isinstance(form, Mapping) else {}


def form_text(values: Mapping[str, Any], *keys: str) -> str | None:
    for k in keys:
        v = values.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def label_line(st: Styles, label: str, value: str | None) -> Flowable:
    """"- Họ tên: Nguyễn Thị Hoa" with the label plain and the value as typed (blank dots when missing)."""
    return p(f"- {label}: {value or '…………………………'}", st.plain)


def honours_table(st: Styles, ctx: RenderContext, honours: Sequence[Honour], titles: bool, width: float) -> Flowable:
    """Mẫu 02/03 part III: Năm | Danh hiệu (Hình thức) | Số, ngày quyết định; cơ quan ban hành."""
    chosen = sorted((h for h in honours if is_title(h.award) == titles), key=lambda h: (h.year, h.award))
    rows: list[list[object]] = []
    for h in chosen:
        decision = ", ".join(x for x in (
            f"Quyết định số {h.decision}" if h.decision else "",
            f"ngày {short_date(h.decision_date)}" if h.decision_date else "",
        ) if x)
        if h.issuer:
            decision = f"{decision}; {h.issuer}" if decision else h.issuer
        rows.append([str(h.year), ctx.catalogue_name(h.award), decision])
    if not rows:
        rows.append(["", "Không", ""])
    what = "Danh hiệu thi đua" if titles else "Hình thức khen thưởng"
    return data_table(st, ["Năm", what, "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"], rows,
                      [18 * mm, width * 0.38, width - 18 * mm - width * 0.38], centred=(0,))


def household_honorific(n: Nominee) -> str:
    """"ông" or "bà" from the head's recorded gender; "ông (bà)" only while it is not recorded (the judge asks)."""
    return {"nam": "ông", "nu": "bà"}.get(str(n.extra.get("head_gender") or ""), "ông (bà)")


def household_head(n: Nominee) -> str:
    """"ông Nguyễn Văn Sáu" / "bà Lê Thị Thu" (extension key head_gender)."""
    return f"{household_honorific(n)} {n.head_name or ''}".rstrip()


def nominee_label(n: Nominee) -> str:
    if n.kind == "household":
        return f"Hộ {household_head(n)}"
    return n.display_name


_TM = "TM. "


def letter_signer(ctx: RenderContext) -> Signer:
    """The signer of what the issuing body sends (tờ trình, danh sách, tóm tắt): a collective's authority line
    names that body, so "TM. HỘI ĐỒNG …" under a People's Committee header prints as "TM. ỦY BAN NHÂN DÂN", and under
    another body (an office, a school, whose head signs in their own name) it is dropped: the council signs only its
    minutes. The completeness judge reports the mismatch."""
    s = ctx.signer
    prefix = (s.prefix or "").strip()
    if not prefix.upper().startswith(_TM):
        return s
    body = prefix[len(_TM):].strip().upper()
    if ctx.body_code == "UBND":
        return s if body == "ỦY BAN NHÂN DÂN" else replace(s, prefix="TM. ỦY BAN NHÂN DÂN")
    if body.startswith("HỘI ĐỒNG") and not ctx.issuing_body.upper().startswith("HỘI ĐỒNG"):
        return replace(s, prefix=None)
    return s


def province_place(ctx: RenderContext) -> str:
    """The place before a báo cáo's date: the province (Mẫu 02, 03 note 1), "Bắc Ninh", "Hà Nội"; else the unit's."""
    if not ctx.province:
        return ctx.place
    name = ctx.province
    for word in ("tỉnh ", "thành phố "):
        if name.startswith(word):
            name = name[len(word):]
    return "Thành phố Hồ Chí Minh" if name == "Hồ Chí Minh" else name


def honorific(n: Nominee) -> str:
    return "Bà" if n.gender == "nu" else "Ông"


def campaign_year(d: Dossier) -> int | None:
    return d.year or (d.proposals[0].year if d.proposals else None)


def basis_meeting_line(ctx: RenderContext) -> str | None:
    m = ctx.meeting
    if m is None or m.date is None:
        return None
    return f"Căn cứ kết quả họp {ctx.council_name} {long_date(m.date)},"

