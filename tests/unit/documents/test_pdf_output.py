"""What a reviewer checks on the printed dossier, read back from the PDFs with poppler and qpdf."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest

from desktop.documents import Margins, RenderedDocument, context_from_dossier, render_all, render_dossier
from desktop.snapshot import Dossier

A4 = (595.28, 841.89)
MM = 72 / 25.4
TOL = 0.6  # points: rounding in poppler's boxes


def test_components_and_package_names(rendered: list[RenderedDocument]) -> None:
    names = [d.filename for d in rendered]
    assert names[:5] == ["01_to-trinh.pdf", "02_danh-sach.pdf", "02_danh-sach-cong-khai.pdf", "03_bien-ban-hop.pdf",
                         "03_bien-ban-kiem-phieu.pdf"]
    assert sorted(n for n in names if n.startswith("04_bao-cao/")) == sorted(
        f"04_bao-cao/{i}.pdf" for i in ("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "c01", "h01"))
    assert {d.component for d in rendered} == {"to-trinh", "danh-sach", "khac", "bien-ban-hop", "ket-qua-bo-phieu",
                                               "bao-cao-thanh-tich"}


def test_every_font_embedded(rendered: list[RenderedDocument], all_pdf: bytes, poppler) -> None:
    for doc in [*rendered, RenderedDocument("all", None, "all.pdf", all_pdf, None, 0, "")]:
        fonts = poppler.fonts(doc.pdf_bytes)
        assert fonts, doc.filename
        assert all(embedded for _, embedded in fonts), (doc.filename, fonts)
        assert all("LiberationSerif" in name for name, _ in fonts), (doc.filename, fonts)


def test_a4_and_qpdf_clean(rendered: list[RenderedDocument], all_pdf: bytes, poppler) -> None:
    for doc in rendered:
        for page in poppler.pages(doc.pdf_bytes):
            assert sorted((round(page.width, 1), round(page.height, 1))) == [595.3, 841.9], doc.filename
        check = poppler.qpdf_check(doc.pdf_bytes)
        assert check.returncode == 0, (doc.filename, check.stdout, check.stderr)
        assert "No syntax or stream encoding errors" in check.stdout
    assert poppler.qpdf_check(all_pdf).returncode == 0


def test_danh_sach_is_landscape_and_reports_portrait(rendered_by_name, poppler) -> None:
    wide = poppler.pages(rendered_by_name["02_danh-sach.pdf"].pdf_bytes)
    assert all(p.width > p.height for p in wide)
    tall = poppler.pages(rendered_by_name["04_bao-cao/p01.pdf"].pdf_bytes)
    assert all(p.height > p.width for p in tall)


def _check_margins(doc: RenderedDocument, poppler, m: Margins) -> None:
    pages = poppler.pages(doc.pdf_bytes)
    for w in poppler.words(doc.pdf_bytes):
        page = pages[w.page]
        is_page_number = w.page > 0 and w.text == str(w.page + 1) and w.y2 <= m.top * MM
        if is_page_number:
            assert abs((w.x1 + w.x2) / 2 - (m.left * MM + (page.width - (m.left + m.right) * MM) / 2)) < 2
            continue
        where = f"{doc.filename} p.{w.page + 1} {w.text!r} ({w.x1:.1f},{w.y1:.1f})-({w.x2:.1f},{w.y2:.1f})"
        assert w.x1 >= m.left * MM - TOL, where
        assert w.x2 <= page.width - m.right * MM + TOL, where
        assert w.y1 >= m.top * MM - TOL, where
        assert w.y2 <= page.height - m.bottom * MM + TOL, where


def test_no_word_outside_the_margins(rendered: list[RenderedDocument], poppler) -> None:
    for doc in rendered:
        _check_margins(doc, poppler, Margins())


def test_wider_legal_margins_are_honoured(demo: Dossier, poppler) -> None:
    m = Margins(top=25, bottom=25, left=35, right=20)
    for doc in render_dossier(demo, context_from_dossier(demo, margins=m))[:3]:
        _check_margins(doc, poppler, m)


def test_margins_outside_the_decree_are_refused() -> None:
    with pytest.raises(ValueError, match="Nghị định 30/2020"):
        Margins(left=20)


def test_page_one_unnumbered_later_pages_numbered_at_top(rendered_by_name, poppler) -> None:
    doc = rendered_by_name["01_to-trinh.pdf"]
    assert doc.pages >= 2
    words = poppler.words(doc.pdf_bytes)
    top_band = 20 * MM
    assert not [w for w in words if w.page == 0 and w.y2 <= top_band], "page 1 must carry no number"
    second = [w.text for w in words if w.page == 1 and w.y2 <= top_band]
    assert second == ["2"]


def test_to_trinh_text(rendered_by_name, poppler) -> None:
    text = "\n".join(poppler.text(rendered_by_name["01_to-trinh.pdf"].pdf_bytes))
    assert text == unicodedata.normalize("NFC", text)
    flat = " ".join(text.split())
    for expected in (
        "ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/TTr-UBND", "Tân Lập, ngày 05 tháng 02 năm 2026", "TỜ TRÌNH", "Về việc đề nghị khen thưởng năm 2025",
        "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập.",
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội;",
        "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ngày 28 tháng 01 năm 2026,",
        "Danh hiệu “Chiến sĩ thi đua cơ sở”: 02 cá nhân;",
        "Tổng số: 01 tập thể, 09 cá nhân, 01 hộ gia đình.",
        "Công nhân, nông dân, người lao động trực tiếp: 03 người, chiếm 33,3%;",
        "Nữ: 05 người, chiếm 55,6%;", "Người dân tộc thiểu số: 02 người, chiếm 22,2%;",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thành",
    ):
        assert expected in flat, expected
    assert "BẢN NHÁP" not in flat


def test_danh_sach_orders_names_by_given_name_and_repeats_header(rendered_by_name, poppler) -> None:
    pages = poppler.text(rendered_by_name["02_danh-sach.pdf"].pdf_bytes)
    flat = " ".join(" ".join(pages).split())
    group = flat[flat.index("“Lao động tiên tiến” (05)"):]
    positions = [group.index(n) for n in ("Lê Thị Ánh", "Hoàng Văn Bình", "Đặng Thị Mai", "Bùi Thị Thu Trang",
                                           "Ngô Thị Yến")]
    assert positions == sorted(positions)
    assert "(Kèm theo Tờ trình số 05/TTr-UBND ngày 05 tháng 02 năm 2026 của Ủy ban nhân dân xã Tân Lập)" in flat
    assert "027185001234" in flat


def test_report_mau_03_sections_and_honours_from_history(rendered_by_name, poppler) -> None:
    flat = " ".join(" ".join(poppler.text(rendered_by_name["04_bao-cao/p01.pdf"].pdf_bytes)).split())
    for expected in ("BÁO CÁO THÀNH TÍCH", "Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025",
                     "I. SƠ LƯỢC LÝ LỊCH", "Nguyễn Thị Hoa", "Sinh ngày, tháng, năm: 12/03/1985",
                     "II. THÀNH TÍCH ĐẠT ĐƯỢC", "4.812 hồ sơ", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
                     "Quyết định số 152/QĐ-UBND, ngày 22/12/2023; Chủ tịch UBND huyện Tiên Du",
                     "NGƯỜI BÁO CÁO THÀNH TÍCH", "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ"):
        assert expected in flat, expected
    collective = " ".join(" ".join(poppler.text(rendered_by_name["04_bao-cao/c01.pdf"].pdf_bytes)).split())
    assert "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" in collective and "Tập thể lao động tiên tiến" in collective


def test_meeting_minutes_attendance_and_votes(rendered_by_name, poppler) -> None:
    flat = " ".join(" ".join(poppler.text(rendered_by_name["03_bien-ban-hop.pdf"].pdf_bytes)).split())
    for expected in ("Số: 03/BB-HĐTĐKT", "BIÊN BẢN", "Có mặt 08/09 thành viên", "Lý Văn Hùng",
                     "Hoàng Văn Bình Lao động tiên tiến 07 01 77,8% Đạt", "THƯ KÝ", "CHỦ TỌA", "Đỗ Thị Lan"):
        assert expected in flat, expected
    ballot = " ".join(" ".join(poppler.text(rendered_by_name["03_bien-ban-kiem-phieu.pdf"].pdf_bytes)).split())
    assert "BIÊN BẢN KIỂM PHIẾU" in ballot and "Số phiếu phát ra: 08 phiếu" in ballot


def test_public_list_has_posting_dates_and_no_identifiers(rendered_by_name, poppler) -> None:
    flat = " ".join(" ".join(poppler.text(rendered_by_name["02_danh-sach-cong-khai.pdf"].pdf_bytes)).split())
    assert "từ ngày 29/01/2026 đến hết ngày 04/02/2026" in flat
    assert "027185001234" not in flat


def test_same_dossier_same_bytes(demo: Dossier, rendered: list[RenderedDocument], all_pdf: bytes) -> None:
    again = render_dossier(demo, context_from_dossier(demo))
    assert [d.pdf_bytes for d in again] == [d.pdf_bytes for d in rendered]
    assert render_all(demo, context_from_dossier(demo)) == all_pdf


def test_helper_processes_give_the_same_documents_in_the_same_order(demo: Dossier,
                                                                    rendered: list[RenderedDocument]) -> None:
    # A big dossier is laid out by helper processes too; what comes back must be what one process makes.
    assert render_dossier(demo, context_from_dossier(demo), helpers=2) == rendered


def test_all_pdf_holds_every_page(rendered: list[RenderedDocument], all_pdf: bytes, poppler) -> None:
    assert len(poppler.pages(all_pdf)) == sum(d.pages for d in rendered)


def _page_streams(pdf: bytes) -> list[tuple[bytes, tuple[float, ...]]]:
    """Each page's content stream as stored (not decoded) and its media box, read with pyHanko's PDF reader."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf))
    out = []
    for i in range(int(reader.root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(i)[0].get_object()
        out.append((page["/Contents"].encoded_data, tuple(float(x) for x in page["/MediaBox"])))
    return out


def test_all_pdf_pages_are_the_documents_pages_byte_for_byte(rendered: list[RenderedDocument], all_pdf: bytes,
                                                             poppler) -> None:
    # all.pdf is put together from the separate PDFs, not laid out again: the same content streams, page for page,
    # so what the clerk reads in all.pdf is exactly what is signed and sent.
    separate = [page for doc in rendered for page in _page_streams(doc.pdf_bytes)]
    assert _page_streams(all_pdf) == separate
    assert poppler.text(all_pdf) == [page for doc in rendered for page in poppler.text(doc.pdf_bytes)]
    assert poppler.qpdf_check(all_pdf).returncode == 0
    # The font subsets every document shares are written once, not once per document.
    assert len(all_pdf) < sum(len(d.pdf_bytes) for d in rendered) / 4


def test_signature_box_inside_the_page(rendered: list[RenderedDocument]) -> None:
    for doc in rendered:
        assert doc.signature_box is not None, doc.filename
        page, x1, y1, x2, y2 = doc.signature_box
        assert 0 <= page < doc.pages
        assert 0 < x1 < x2 <= 842 and 0 < y1 < y2 <= 842
        assert y2 - y1 > 60  # room for a signature and seal


def test_incomplete_dossier_is_watermarked_on_every_page(demo: Dossier, poppler) -> None:
    plain = demo.with_extra(letter={}, meeting=None)
    ctx = context_from_dossier(plain)
    assert ctx.draft
    doc = render_dossier(plain, ctx)[0]
    # The watermark is set diagonally; raw mode reads it in drawing order, one word per line.
    pages = poppler.text(doc.pdf_bytes, "raw")
    assert len(pages) == doc.pages >= 2
    assert all("BẢN\nNHÁP" in page for page in pages)
    layout = poppler.text(doc.pdf_bytes, "layout")[0]
    assert re.search(r"Số:\s+/TTr-UBND", layout)  # the number stays blank for the clerk, never invented
    assert "Tân Lập, ngày ………… tháng ………… năm 2025" in layout


def test_long_narrative_flows_over_pages_without_clipping(demo: Dossier, poppler) -> None:
    sentence = "Đồng chí chủ động tham mưu, hoàn thành xuất sắc nhiệm vụ được giao, được nhân dân tín nhiệm."
    paragraphs = [f"Đoạn {i}. " + " ".join([sentence] * 6) for i in range(1, 31)]
    story = "\n\n".join(paragraphs) + "\n\n- Ý cuối cùng của báo cáo."
    proposals = tuple(replace(p, extra={"form": {"achievements": story}}) if p.nominee_id == "p03" else p
                      for p in demo.proposals)
    long_one = replace(demo, proposals=proposals)
    doc = next(d for d in render_dossier(long_one, context_from_dossier(long_one)) if d.nominee_id == "p03")
    assert doc.pages >= 4
    flat = " ".join(" ".join(poppler.text(doc.pdf_bytes)).split())
    assert "Đoạn 30." in flat and "Ý cuối cùng của báo cáo." in flat
    _check_margins(doc, poppler, Margins())


def test_long_table_splits_with_repeated_header(demo: Dossier, poppler) -> None:
    base = demo.nominee("p03")
    assert base is not None
    many = tuple(replace(base, id=f"x{i:03d}", full_name=f"Lê Thị Ánh {i:03d}") for i in range(120))
    from desktop.snapshot import Proposal
    big = replace(demo, nominees=demo.nominees + many,
                  proposals=demo.proposals + tuple(Proposal(n.id, "lao-dong-tien-tien", 2025) for n in many))
    doc = next(d for d in render_dossier(big, context_from_dossier(big)) if d.component == "danh-sach")
    pages = poppler.text(doc.pdf_bytes)
    assert len(pages) >= 4
    with_rows = [page for page in pages if "Lê Thị Ánh 0" in page]
    assert len(with_rows) >= 4
    assert all("Số định danh cá" in page for page in with_rows)
    _check_margins(doc, poppler, Margins())


def test_simplified_procedure_gives_summaries_not_minutes(demo: Dossier, poppler) -> None:
    simple = demo.with_extra(procedure="don-gian")
    docs = render_dossier(simple, context_from_dossier(simple))
    comps = [d.component for d in docs]
    assert "bien-ban-hop" not in comps and "bao-cao-thanh-tich" not in comps
    summary = next(d for d in docs if d.component == "tom-tat-thanh-tich" and d.nominee_id == "p01")
    assert summary.filename == "04_bao-cao/p01.pdf"
    flat = " ".join(" ".join(poppler.text(summary.pdf_bytes)).split())
    assert "TÓM TẮT THÀNH TÍCH" in flat and "theo thủ tục đơn giản" in flat
