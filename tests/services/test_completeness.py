"""Issue 11, defects 1, 2, 6 and 8, read as a reviewer reads them: the one judge's errors at the named field, and the
printed PDFs through pdftotext. The demo data folder is made by `fill_demo`, whose meetings, votes and letters are
typed through the editor's services (services/meeting_edit.py), not imported."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.documents import context_from_dossier, render_component
from desktop.paths import data_paths
from desktop.services import demo, meeting_edit
from desktop.services.dossiers import load_snapshot
from desktop.services.editing import EditError, remove_proposal, state
from desktop.services.judging import check_dossier
from desktop.services.registry_edit import set_subject_field
from desktop.store.database import Store, open_store

if shutil.which("pdftotext") is None:
    pytest.skip("pdftotext (poppler-utils) is not installed", allow_module_level=True)

TITLES, HIGHER = 1, 2


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(data_paths(tmp_path / "data"))
    demo.fill_demo(s)
    yield s
    s.close()


def pdf_text(pdf: bytes, tmp: Path, raw: bool = False) -> str:
    """The text a reviewer copies out; `raw` reads in drawing order, so the diagonal watermark reads as words."""
    f = tmp / "x.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), str(f), "-"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return " ".join(unicodedata.normalize("NFC", out).split())


def printed(store: Store, dossier_id: int, component: str, tmp: Path, nominee: str | None = None) -> str:
    d = load_snapshot(store, dossier_id)
    doc = render_component(d, context_from_dossier(d, draft=False), component, nominee)
    return pdf_text(doc.pdf_bytes, tmp)


def errors(store: Store, dossier_id: int, today: date | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in check_dossier(store, dossier_id, today).issues:
        if i.severity == "error":
            out.setdefault(i.where, []).append(i.message)
    return out


def test_demo_dossiers_are_complete_through_the_screens_services(store: Store) -> None:
    """Every field the forms print is there, typed through meeting_edit (the audit log says so), not imported."""
    for dossier_id in (TITLES, HIGHER):
        assert errors(store, dossier_id) == {}
    assert check_dossier(store, HIGHER).complete
    from sqlalchemy import func, select

    from desktop.models import AuditEvent
    with store.read() as s:
        typed = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "dossier.section"))
    assert typed >= len(demo.TITLES_ENTRIES) + len(demo.HIGHER_ENTRIES)


# ------------------------------------------------------------------------------------------------ defect 1


def test_signer_authority_must_be_the_issuing_bodys(store: Store, tmp_path: Path) -> None:
    text = printed(store, TITLES, "to-trinh", tmp_path)
    assert "ỦY BAN NHÂN DÂN XÃ TÂN LẬP" in text and "TM. ỦY BAN NHÂN DÂN" in text and "TM. HỘI ĐỒNG" not in text
    with pytest.raises(EditError, match="không có trong danh sách chọn"):  # the page offers only the body's lines
        meeting_edit.set_field(store, TITLES, "letter.signer.prefix", "TM. HỘI ĐỒNG")
    with store.write() as s:  # an imported letter may still carry it: the judge refuses it at the field
        from desktop.models import Dossier
        d = s.get(Dossier, TITLES)
        assert d is not None
        d.extra = {**d.extra, "letter": {**d.extra["letter"], "signer": {"prefix": "TM. HỘI ĐỒNG", "title": "CHỦ TỊCH",
                                                                            "name": "Nguyễn Văn Thành"}}}
    found = errors(store, TITLES)
    assert list(found) == ["letter.signer.prefix"]
    assert "ký «TM. HỘI ĐỒNG»" in found["letter.signer.prefix"][0] and "TM. ỦY BAN NHÂN DÂN" in found[
        "letter.signer.prefix"][0]
    meeting_edit.set_field(store, TITLES, "letter.signer.prefix", "KT. CHỦ TỊCH")  # a vice-chair signs for the chair
    assert list(errors(store, TITLES)) == ["letter.signer.title"]  # ... so "CHỦ TỊCH" cannot be the title
    meeting_edit.set_field(store, TITLES, "letter.signer.title", "phó chủ tịch")
    meeting_edit.set_field(store, TITLES, "letter.signer.name", "Trần Thị Lan")
    assert errors(store, TITLES) == {}


# ------------------------------------------------------------------------------------------------ defect 2


def test_minutes_record_a_vote_for_every_proposal_the_committee_times_and_absent(store: Store, tmp_path: Path) -> None:
    d = load_snapshot(store, TITLES)
    minutes = printed(store, TITLES, "bien-ban-hop", tmp_path)
    assert len(d.proposals) == 28
    assert minutes.count("09 00 90% Đạt") == 28  # one line per proposal (9 for, 0 against, of 10), not only the 4 CSTĐCS
    for n in d.nominees:
        assert n.display_name in minutes
    assert "14 giờ 00" in minutes and "16 giờ 30" in minutes
    assert "Vắng mặt 01 thành viên" in minutes and "Đặng Văn Phúc" in minutes and "đi công tác" in minutes
    ballots = printed(store, TITLES, "ket-qua-bo-phieu", tmp_path)
    assert "BAN KIỂM PHIẾU" in ballots and "Lê Quang Minh" in ballots and "Trưởng ban" in ballots
    # The committee's head signs the count, not the secretary (Đỗ Thu Hằng is not on the committee).
    assert "Đỗ Thu Hằng" not in ballots


def test_votes_must_cover_every_proposal_add_up_and_follow_the_threshold(store: Store) -> None:
    d = load_snapshot(store, TITLES)
    p = d.proposals[5]
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "agree", None)
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "against", None)
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "total", None)
    assert list(errors(store, TITLES)) == ["proposals[5].vote"]
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "agree", "6")
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "against", "2")
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "total", "9")
    assert "khác tổng số 9 phiếu" in errors(store, TITLES)["proposals[5].vote"][0]
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "against", "3")
    assert errors(store, TITLES) == {}  # 6 of 10 members: more than half [M]
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "agree", "5")
    meeting_edit.set_vote(store, TITLES, p.nominee_id, p.award, "against", "4")
    found = errors(store, TITLES)["proposals[5].vote"][0]
    assert "không thông qua" in found and "5/10" in found and "[M]" in found
    # The rule set's base is all members; the clerk switches it to those present (marked [M]): 5 of 9 passes.
    meeting_edit.set_field(store, TITLES, "meeting.vote_base_present", True)
    assert errors(store, TITLES) == {}
    stored = load_snapshot(store, TITLES).extra["meeting"]["votes"][5]
    assert stored["result"] == "dat"
    # An imported result that does not follow from the votes is an error too.
    from desktop.models import Dossier
    with store.write() as s:
        row = s.get(Dossier, TITLES)
        assert row is not None
        extra = json.loads(json.dumps(row.extra))
        extra["meeting"]["votes"][5]["result"] = "khong-dat"
        row.extra = extra
    assert "ghi «Không đạt» nhưng 5/9 phiếu đồng ý thì «Đạt»" in errors(store, TITLES)["proposals[5].vote"][0]


def test_meeting_times_absent_and_committee_are_required(store: Store) -> None:
    for path in ("meeting.start_time", "meeting.end_time", "meeting.absent", "meeting.counting_committee"):
        meeting_edit.set_field(store, HIGHER, path, None)
    assert set(errors(store, HIGHER)) == {"meeting.start_time", "meeting.end_time", "meeting.absent",
                                          "meeting.counting_committee"}
    with pytest.raises(EditError, match="giờ:phút"):
        meeting_edit.set_field(store, HIGHER, "meeting.start_time", "25:00")
    with pytest.raises(EditError, match="chỉ một người làm Trưởng ban"):
        meeting_edit.set_field(store, HIGHER, "meeting.counting_committee", "A Văn, X; Trưởng ban\nB Thị, Y; Trưởng ban")


# ------------------------------------------------------------------------------------------------ defect 6


def test_household_head_gender_is_recorded_and_printed(store: Store, tmp_path: Path) -> None:
    listing = printed(store, TITLES, "danh-sach", tmp_path)
    assert "Hộ bà Lê Thị Thu" in listing and "Hộ ông Nguyễn Văn Hùng" in listing and "ông (bà)" not in listing
    report = printed(store, TITLES, "bao-cao-thanh-tich", tmp_path, "hgd02")
    assert "Gia đình bà Lê Thị Thu" in report
    d = load_snapshot(store, TITLES)
    i = next(i for i, n in enumerate(d.nominees) if n.id == "hgd02")
    assert d.nominees[i].extra["head_gender"] == "nu"
    sid = next(n.subject_id for n in state(store, TITLES).nominees if n.ref == "hgd02")
    set_subject_field(store, sid, "head_gender", None)
    found = errors(store, TITLES)
    assert list(found) == [f"nominees[{i}].head_gender"] and "Giới tính chủ hộ" in found[f"nominees[{i}].head_gender"][0]


# ------------------------------------------------------------------------------------------------ defect 8


def test_dates_in_order_report_before_meeting_letter_after_posting(store: Store) -> None:
    meeting_edit.set_field(store, TITLES, "report_date", "11/12/2025")  # after the meeting of 10/12
    meeting_edit.set_field(store, TITLES, "letter.date", "12/12/2025")  # the posting runs to 18/12
    found = errors(store, TITLES)
    assert set(found) == {"report_date", "letter.date"}
    assert "sau cuộc họp Hội đồng ngày 10/12/2025" in found["report_date"][0]
    assert "trước khi hết thời gian công khai (18/12/2025)" in found["letter.date"][0]
    meeting_edit.set_field(store, TITLES, "letter.date", "09/12/2025")
    assert any("trước cuộc họp Hội đồng ngày 10/12/2025" in m for m in errors(store, TITLES)["letter.date"])
    # A letter left undated is dated when signed: that day is what the judge checks.
    meeting_edit.set_field(store, TITLES, "letter.date", None)
    meeting_edit.set_field(store, TITLES, "report_date", "05/12/2025")
    assert "sẽ mang ngày ký (15/12/2025)" in errors(store, TITLES, today=date(2025, 12, 15))["letter.date"][0]
    assert errors(store, TITLES, today=date(2025, 12, 19)) == {}


def test_report_carries_its_own_date_not_the_letters(store: Store, tmp_path: Path) -> None:
    text = printed(store, HIGHER, "bao-cao-thanh-tich", tmp_path, "cn01")
    assert "ngày 05 tháng 12 năm 2025" in text and "ngày 19 tháng 12 năm 2025" not in text


def test_render_of_an_incomplete_dossier_prints_draft_with_the_reasons(store: Store, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    data = str(store.paths.root)
    meeting_edit.set_field(store, HIGHER, "meeting.end_time", None)
    store.close()
    assert main(["--data-dir", data, "check", str(HIGHER), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [i["where"] for i in report["issues"] if i["severity"] == "error"] == ["meeting.end_time"]
    assert main(["--data-dir", data, "render", str(HIGHER), "--out", str(tmp_path / "draft")]) == 0
    out = capsys.readouterr().out
    assert 'BẢN NHÁP" vì hồ sơ chưa đủ' in out and "Chưa nhập «Giờ kết thúc» (biên bản họp Hội đồng)" in out
    assert "BẢN NHÁP" in pdf_text((tmp_path / "draft" / "03_bien-ban-hop.pdf").read_bytes(), tmp_path, raw=True)
    again = open_store(data_paths(Path(data)))
    try:
        meeting_edit.set_field(again, HIGHER, "meeting.end_time", "16:30")
        failing = next(p for p in state(again, HIGHER).proposals if p.nominee_ref == "cn02")  # lacks an initiative
        remove_proposal(again, failing.id)
    finally:
        again.close()
    assert main(["--data-dir", data, "check", str(HIGHER)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "render", str(HIGHER), "--out", str(tmp_path / "final")]) == 0
    assert "BẢN NHÁP" not in capsys.readouterr().out
    for pdf in (tmp_path / "final").rglob("*.pdf"):
        assert "BẢN NHÁP" not in pdf_text(pdf.read_bytes(), tmp_path, raw=True), pdf


# ------------------------------------------------------------------------------------------------ build item 3


def test_preview_shows_the_number_and_date_signing_will_give(store: Store, tmp_path: Path) -> None:
    from desktop.services import exporting, printing
    from desktop.vn.dates import long_date

    meeting_edit.set_field(store, HIGHER, "letter.number", None)
    meeting_edit.set_field(store, HIGHER, "letter.date", None)
    today = date.today()
    preview = pdf_text(printing.dossier_pdf(store, HIGHER, today).pdf, tmp_path)
    first = preview[:preview.index("TỜ TRÌNH")]
    assert "Số: 01/TTr-UBND (cấp khi ký)" in first and long_date(today) in first
    plan = exporting.plan_export(store, HIGHER, today)
    signed = pdf_text(next(r for r in plan.rendered if r.component == "to-trinh").pdf_bytes, tmp_path)
    head = signed[:signed.index("TỜ TRÌNH")]
    assert "Số: 01/TTr-UBND" in head and "cấp khi ký" not in head and long_date(today) in head


def test_the_council_signer_and_places_are_typed_once_and_reused(store: Store) -> None:
    from desktop.services import editing

    new_id, _ = editing.create(store, "Đề nghị khen thưởng đột xuất", "Xét khen thưởng tổng kết năm 2025", 2025,
                               as_of=date(2025, 12, 15))
    editing.add_nominee(store, new_id, None, "individual", "Nguyễn Thị Hoa", award="lao-dong-tien-tien")
    before = errors(store, new_id)
    assert {"meeting.chair.name", "meeting.attendees", "meeting.counting_committee", "letter.recipient"} <= set(before)
    filled = meeting_edit.defaults(store, new_id)
    meeting_edit.set_sections(store, new_id, filled)
    after = errors(store, new_id)
    for reused in ("meeting.chair.name", "meeting.secretary.name", "meeting.attendees", "meeting.counting_committee",
                   "meeting.place", "meeting.members_total", "posting.place", "letter.recipient"):
        assert reused not in after, reused
    stored = load_snapshot(store, new_id).extra
    assert stored["meeting"]["chair"]["name"] == "Nguyễn Văn Thành"
    assert stored["letter"]["recipient"] == "Chủ tịch Ủy ban nhân dân xã Tân Lập"  # the one authority the award names
    assert stored["letter"]["signer"]["prefix"] == "TM. ỦY BAN NHÂN DÂN"
    # What belongs to this meeting alone is still asked for.
    assert {"meeting.date", "meeting.conclusion", "proposals[0].vote", "posting.from"} <= set(after)
