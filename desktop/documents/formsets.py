"""Which forms a dossier gets, per rule set: a new decree brings a new FormSet, not new code paths.

The forms themselves follow NĐ 98/2023 Phụ lục I (Mẫu 02, 03); NĐ 152/2025 and TT 15/2025 re-issue them [M], so both
sets share the builders and differ in the legal basis the tờ trình cites.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.documents.context import RenderContext
from desktop.documents.forms import bao_cao, bien_ban, danh_sach, to_trinh, tom_tat
from desktop.documents.frame import DocSpec
from desktop.snapshot import Dossier, Nominee

# First citations in full: type, number, date, issuer, title (NĐ 30/2020 Phụ lục I). Dates and titles are checked
# against domain/BRIEF.md where it has them; docs/documents.md lists what could not be verified.
LAW = "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội;"

WholeBuilder = Callable[[Dossier, RenderContext], DocSpec]
NomineeBuilder = Callable[[Dossier, RenderContext, Nominee], DocSpec]


@dataclass(frozen=True)
class Component:
    code: str  # DOSSIER-JSON component code
    filename: str  # PACKAGE-FORMAT layout; "{id}" for one file per nominee
    build: WholeBuilder | None = None
    build_each: NomineeBuilder | None = None
    when: Callable[[Dossier, RenderContext], bool] = lambda d, ctx: True


@dataclass(frozen=True)
class FormSet:
    ruleset: str
    basis: tuple[str, ...]
    components: tuple[Component, ...]
    # What in `basis` is printed from memory, not checked against the official text ([M], docs/documents.md): the
    # letter page says so, and the clerk may replace the opening (letter.body) after checking.
    unverified: tuple[str, ...] = ()


def _normal(d: Dossier, ctx: RenderContext) -> bool:
    return ctx.procedure != "don-gian"


def _simplified(d: Dossier, ctx: RenderContext) -> bool:
    return ctx.procedure == "don-gian"


def _voted(d: Dossier, ctx: RenderContext) -> bool:
    return _normal(d, ctx) and ctx.meeting is not None and bool(ctx.meeting.votes)


def _components(basis: tuple[str, ...]) -> tuple[Component, ...]:
    return (
        Component("to-trinh", "01_to-trinh.pdf", build=lambda d, ctx: to_trinh.build(d, ctx, basis)),
        Component("danh-sach", "02_danh-sach.pdf", build=danh_sach.build),
        Component("khac", "02_danh-sach-cong-khai.pdf", build=danh_sach.build_public, when=_normal),
        Component("bien-ban-hop", "03_bien-ban-hop.pdf", build=bien_ban.meeting_minutes, when=_normal),
        Component("ket-qua-bo-phieu", "03_bien-ban-kiem-phieu.pdf", build=bien_ban.ballot_count, when=_voted),
        Component("bao-cao-thanh-tich", "04_bao-cao/{id}.pdf", build_each=bao_cao.report, when=_normal),
        Component("tom-tat-thanh-tich", "04_bao-cao/{id}.pdf", build_each=tom_tat.build, when=_simplified),
    )


_ND98 = (
    LAW,
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số "
    "điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Thông tư số 01/2024/TT-BNV ngày 17 tháng 01 năm 2024 của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành "
    "Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP;",
)
_ND152 = (
    LAW,
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi "
    "hành một số điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ hướng dẫn thi hành Luật "
    "Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP;",
)

FORM_SETS: dict[str, FormSet] = {
    "nd98-2023": FormSet("nd98-2023", _ND98, _components(_ND98),
                         ("ngày ban hành Thông tư số 01/2024/TT-BNV (17/01/2024)",)),
    "nd152-2025": FormSet("nd152-2025", _ND152, _components(_ND152),
                          ("ngày ban hành Nghị định số 152/2025/NĐ-CP (14/6/2025)",
                           "trích yếu Thông tư số 15/2025/TT-BNV")),
}
DEFAULT = "nd152-2025"


def form_set(ruleset: str | None) -> FormSet:
    """The set for a dossier's rule set; one not known here (a newer one) uses the latest forms."""
    if ruleset:
        for key, fs in FORM_SETS.items():
            if ruleset == key or ruleset.startswith(key):
                return fs
    return FORM_SETS[DEFAULT]
