"""Page layout as a reviewer sees it (pdftotext -bbox): a signature block never stands alone on a page, no page is
left more than half empty before a table that could have started on it, and no page begins with a single table row.

The dossier is stretched a line at a time so that every break position between the last rows, the closing paragraph
and the signatures is tried."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.documents import context_from_dossier, render_component
from desktop.snapshot import Dossier
from tests.unit.documents.layout_checks import (
    half_empty_before_table,
    more_honours,
    signature_only_pages,
    signature_words,
    stretch,
)


@pytest.mark.parametrize("lines", range(0, 42, 1))
def test_report_signatures_never_alone(demo: Dossier, poppler, lines: int) -> None:
    d = stretch(demo, "p01", lines)
    doc = render_component(d, context_from_dossier(d, draft=False), "bao-cao-thanh-tich", "p01")
    words = poppler.words(doc.pdf_bytes)
    assert signature_only_pages(words, signature_words(d)) == [], f"{lines} dòng"


@pytest.mark.parametrize("honours", range(0, 40, 3))
def test_long_honours_table_starts_on_the_page_it_can(demo: Dossier, poppler, honours: int) -> None:
    d = replace(demo, nominees=tuple(more_honours(n, honours) if n.id == "p01" else n for n in demo.nominees))
    doc = render_component(d, context_from_dossier(d, draft=False), "bao-cao-thanh-tich", "p01")
    words = poppler.words(doc.pdf_bytes)
    height = poppler.pages(doc.pdf_bytes)[0].height
    assert half_empty_before_table(words, height, "Năm") == []
    assert signature_only_pages(words, signature_words(d)) == []
    # No page begins with one row: a repeated header "Năm" followed by a single year, then something else.
    for page in sorted({w.page for w in words})[1:]:
        top = sorted((w for w in words if w.page == page and not (w.text.isdigit() and w.y1 < 60 and len(w.text) < 3)),
                     key=lambda w: (round(w.y1), w.x1))
        years = [w for w in top if w.text.isdigit() and len(w.text) == 4 and w.x1 < 140]
        if top and top[0].text == "Năm" and years:
            first_non_row = next((w for w in top[1:] if w.x1 < 100 and not w.text.isdigit()
                                  and w.y1 > years[0].y2), None)
            rows_before = [y for y in years if first_non_row is None or y.y1 < first_non_row.y1]
            assert len(rows_before) != 1, f"trang {page + 1}: một dòng của bảng đứng riêng"


@pytest.mark.parametrize("component", ["danh-sach", "khac", "bien-ban-hop", "ket-qua-bo-phieu", "to-trinh"])
@pytest.mark.parametrize("extra_nominees", [0, 3, 6, 9, 12, 15])
def test_lists_keep_last_rows_with_the_signature(demo: Dossier, poppler, component: str,
                                                 extra_nominees: int) -> None:
    base = next(n for n in demo.nominees if n.kind == "individual")
    clones = tuple(replace(base, id=f"x{i:02d}", full_name=f"Nguyễn Văn Thêm {i + 1}") for i in range(extra_nominees))
    proposals = demo.proposals + tuple(replace(demo.proposals[0], nominee_id=n.id) for n in clones)
    votes = demo.extra["meeting"]["votes"] + [{"nominee_id": n.id, "award": demo.proposals[0].award, "agree": 8,
                                               "total": 8} for n in clones]
    d = replace(demo, nominees=demo.nominees + clones, proposals=proposals).with_extra(
        meeting={**demo.extra["meeting"], "votes": votes})
    doc = render_component(d, context_from_dossier(d, draft=False), component)
    words = poppler.words(doc.pdf_bytes)
    assert signature_only_pages(words, signature_words(d)) == []
