"""What a document expert reads in the printed forms (issue 11): the authority line, the minutes' votes and counting
committee, formal award names, the enclosures, households, citations, template headings and numbered items.
Each is read back from the PDF with pdftotext, as a reviewer copies it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from desktop.documents import context_from_dossier, render_component
from desktop.snapshot import Dossier, Initiative

PROVINCE_BK = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"


def _flat(poppler: Any, d: Dossier, component: str, nominee: str | None = None, **ctx_changes: Any) -> str:
    ctx = context_from_dossier(d, draft=False)
    if ctx_changes:
        ctx = replace(ctx, **ctx_changes)
    doc = render_component(d, ctx, component, nominee)
    return " ".join(" ".join(poppler.text(doc.pdf_bytes)).split())


def _meeting(d: Dossier, **changes: Any) -> Dossier:
    return d.with_extra(meeting={**d.extra["meeting"], **changes})


@pytest.mark.parametrize("component", ["to-trinh", "danh-sach", "khac"])
def test_a_ubnd_letter_is_signed_for_the_committee_never_for_the_council(demo: Dossier, poppler, component) -> None:
    letter = {**demo.extra["letter"], "signer": {"prefix": "TM. HỘI ĐỒNG", "title": "CHỦ TỊCH",
                                                 "name": "Nguyễn Văn Thành"}}
    flat = _flat(poppler, demo.with_extra(letter=letter), component)
    assert "ỦY BAN NHÂN DÂN" in flat and "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in flat
    assert "TM. HỘI ĐỒNG" not in flat


def test_minutes_vote_every_proposal_with_times_and_absent_members(demo: Dossier, poppler) -> None:
    votes = [v for v in demo.extra["meeting"]["votes"] if v["nominee_id"] != "p05"]  # one proposal not yet voted
    votes[0] = {**votes[0], "against": 0, "result": "dat"}
    d = _meeting(demo, votes=votes, start_time="14:00", end_time="16:30",
                 absent=[{"name": "Lê Văn Tâm", "title": "Trưởng Công an xã, Ủy viên", "reason": "đi công tác"}])
    flat = _flat(poppler, d, "bien-ban-hop")
    assert "Thời gian bắt đầu: 14 giờ 00, ngày 28 tháng 01 năm 2026." in flat
    assert "Cuộc họp kết thúc vào lúc 16 giờ 30" in flat
    assert "Vắng mặt 01 thành viên: 1. Lê Văn Tâm - Trưởng Công an xã, Ủy viên (đi công tác);" in flat
    assert f"đối với {len(demo.proposals):02d} trường hợp" in flat
    # Every proposal has its row; the one without a vote shows blanks, not a result.
    for n in demo.nominees:
        label = n.display_name if n.kind != "household" else n.head_name
        assert label in flat, label
    assert "Đặng Thị Mai Lao động tiên tiến … … … …" in flat
    assert "Hoàng Văn Bình Lao động tiên tiến 07 01 77,8% Đạt" in flat


def test_ballot_minutes_list_the_counting_committee_and_its_head_signs(demo: Dossier, poppler) -> None:
    d = _meeting(demo, counting_committee=[
        {"name": "Phan Thị Ngọc", "title": "Chủ tịch Hội Liên hiệp Phụ nữ xã", "role": "uy-vien"},
        {"name": "Lý Văn Hùng", "title": "Chủ tịch Ủy ban MTTQ Việt Nam xã", "role": "truong-ban"},
    ])
    ctx = context_from_dossier(d, draft=False)
    doc = render_component(d, ctx, "ket-qua-bo-phieu")
    flat = " ".join(" ".join(poppler.text(doc.pdf_bytes)).split())
    assert "I. BAN KIỂM PHIẾU 1. Lý Văn Hùng - Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban; " \
           "2. Phan Thị Ngọc - Chủ tịch Hội Liên hiệp Phụ nữ xã, Ủy viên;" in flat
    assert flat.endswith("ỦY VIÊN TRƯỞNG BAN KIỂM PHIẾU Phan Thị Ngọc Lý Văn Hùng")
    assert "Đỗ Thị Lan" not in flat  # the council's secretary does not sign for the counting committee
    # The signature box the package signs is the head's: under "TRƯỞNG BAN KIỂM PHIẾU", on the right.
    assert doc.signature_box is not None
    words = [w for w in poppler.words(doc.pdf_bytes) if w.text == "Hùng" and w.page == doc.signature_box[0]]
    _, x1, _, x2, _ = doc.signature_box
    assert any(x1 <= w.x1 <= x2 for w in words) and x1 > 250


@pytest.mark.parametrize(("component", "nominee"), [("to-trinh", None), ("danh-sach", None),
                                                    ("bien-ban-hop", None), ("bao-cao-thanh-tich", "p02")])
def test_provincial_award_prints_its_formal_name(demo: Dossier, poppler, component, nominee) -> None:
    flat = _flat(poppler, demo, component, nominee)
    assert PROVINCE_BK in flat
    assert "Bằng khen cấp Bộ, ban, ngành, tỉnh" not in flat


def test_summary_of_the_simplified_procedure_prints_the_formal_name(demo: Dossier, poppler) -> None:
    d = demo.with_extra(procedure="don-gian")
    assert PROVINCE_BK in _flat(poppler, d, "tom-tat-thanh-tich", "p02")


def test_to_trinh_lists_the_components_actually_attached(demo: Dossier, poppler) -> None:
    normal = _flat(poppler, demo, "to-trinh")
    assert ("Hồ sơ kèm theo gồm: danh sách đề nghị khen thưởng; danh sách công khai; 11 báo cáo thành tích; "
            "biên bản họp Hội đồng Thi đua - Khen thưởng; biên bản kiểm phiếu.") in normal
    simple = _flat(poppler, demo.with_extra(procedure="don-gian"), "to-trinh")
    assert "Hồ sơ kèm theo gồm: danh sách đề nghị khen thưởng; 11 bản tóm tắt thành tích." in simple
    assert "biên bản họp" not in simple and "báo cáo thành tích" not in simple
    assert "thủ tục đơn giản" in simple


def _household(d: Dossier, gender: str | None) -> Dossier:
    nominees = tuple(replace(n, extra={**n.extra, "head_gender": gender}) if n.kind == "household" and gender
                     else n for n in d.nominees)
    return replace(d, nominees=nominees)


@pytest.mark.parametrize(("gender", "label"), [("nu", "Hộ bà Nguyễn Văn Sáu"), ("nam", "Hộ ông Nguyễn Văn Sáu")])
def test_households_print_the_head_by_gender(demo: Dossier, poppler, gender, label) -> None:
    d = _household(demo, gender)
    for component, nominee in (("danh-sach", None), ("khac", None), ("bien-ban-hop", None),
                               ("bao-cao-thanh-tich", "h01")):
        flat = _flat(poppler, d, component, nominee)
        assert label in flat, component
        assert "ông (bà)" not in flat, component


def test_first_citations_are_complete(demo: Dossier, poppler) -> None:
    flat = _flat(poppler, demo, "to-trinh")
    for citation in (
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn "
        "thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ",
    ):
        assert citation in flat, citation
    old = _flat(poppler, replace(demo, ruleset="nd98-2023"), "to-trinh", ruleset="nd98-2023")
    assert "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ" in old


def test_reports_follow_the_template_headings(demo: Dossier, poppler) -> None:
    person = _flat(poppler, demo, "bao-cao-thanh-tich", "p01")
    for heading in ("Bắc Ninh, ngày 20 tháng 01 năm 2026", "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
                    "2. Thành tích đạt được của cá nhân", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"):
        assert heading in person, heading
    unit = _flat(poppler, demo, "bao-cao-thanh-tich", "c01")
    for heading in ("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH 1. Đặc điểm, tình hình", "Quá trình thành lập và phát triển",
                    "cơ cấu tổ chức", "2. Chức năng, nhiệm vụ", "II. THÀNH TÍCH ĐẠT ĐƯỢC 1. Kết quả đạt được",
                    "2. Những biện pháp hoặc nguyên nhân đạt được thành tích",
                    "3. Việc thực hiện chủ trương, đường lối của Đảng"):
        assert heading in unit, heading


def test_initiatives_in_natural_order(demo: Dossier, poppler) -> None:
    p01 = demo.nominee("p01")
    assert p01 is not None
    titles = ["Sáng kiến số 10 về lưu trữ", "Sáng kiến số 2 về lưu trữ", "Sáng kiến số 1 về lưu trữ"]
    extra = tuple(Initiative(2024, t, "co-so", "Hội đồng sáng kiến xã Tân Lập") for t in titles)
    d = replace(demo, nominees=tuple(replace(n, initiatives=n.initiatives + extra) if n.id == "p01" else n
                                     for n in demo.nominees))
    flat = _flat(poppler, d, "bao-cao-thanh-tich", "p01")
    at = [flat.index(f"Sáng kiến số {k} về") for k in (1, 2, 10)]
    assert at == sorted(at)


def test_preview_shows_the_number_and_date_signing_will_give(demo: Dossier, poppler) -> None:
    from datetime import date

    letter = {k: v for k, v in demo.extra["letter"].items() if k not in ("number", "date")}
    d = demo.with_extra(letter=letter)
    ctx = context_from_dossier(d, draft=False, pending_number=1, pending_date=date(2026, 12, 2))
    flat = " ".join(" ".join(poppler.text(render_component(d, ctx, "to-trinh").pdf_bytes)).split())
    assert "Số: 01/TTr-UBND (cấp khi ký)" in flat
    assert "Tân Lập, ngày 02 tháng 12 năm 2026 (cấp khi ký)" in flat
    signed = context_from_dossier(demo, draft=False, pending_number=1, pending_date=date(2026, 12, 2))
    flat = " ".join(" ".join(poppler.text(render_component(demo, signed, "to-trinh").pdf_bytes)).split())
    assert "Số: 05/TTr-UBND" in flat and "cấp khi ký" not in flat


def test_an_office_letter_never_signs_for_the_council(demo: Dossier, poppler) -> None:
    unit = replace(demo.unit, name="Trường Tiểu học Tân Lập", parent="UBND xã Tân Lập")
    letter = {**demo.extra["letter"], "signer": {"prefix": "TM. HỘI ĐỒNG", "title": "HIỆU TRƯỞNG",
                                                 "name": "Đặng Thị Mai"}}
    flat = _flat(poppler, replace(demo, unit=unit).with_extra(letter=letter), "to-trinh")
    assert "TRƯỜNG TIỂU HỌC TÂN LẬP" in flat and "HIỆU TRƯỞNG Đặng Thị Mai" in flat
    assert "TM. HỘI ĐỒNG" not in flat
