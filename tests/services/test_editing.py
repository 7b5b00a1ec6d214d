"""Editing services on a real SQLite data folder: autosave, audit, typed values, issues, revisions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEvent
from desktop.paths import data_paths
from desktop.services import editing, issue_targets, registry_edit, units
from desktop.store.database import Store, open_store
from tests.support.sections import type_sections


def make_pdf(path: Path, pages: int = 2, text: str = "") -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"{text} {i + 1}")
        c.showPage()
    c.save()
    return path

PROFILE = units.UnitProfile(
    name="Ủy ban nhân dân xã Tiên Du", level="xa", province="Bắc Ninh", commune_code="09226", place="Tiên Du",
    parent="Ủy ban nhân dân tỉnh Bắc Ninh", short_name="UBND",
    signers=(units.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thành"),), counters={"2025": {"TTr": 3}})


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = open_store(data_paths(tmp_path / "data"))
    units.save_profile(st, PROFILE)
    yield st
    st.close()


def _events(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count(AuditEvent.id))) or 0


def test_profile_round_trips_and_rejects_empty_name(store: Store) -> None:
    assert units.get_profile(store) == PROFILE
    with pytest.raises(ValueError, match="tên đơn vị"):
        units.save_profile(store, units.UnitProfile(name=" ", level="xa", place="x",
                                                    signers=(units.Signer("", "", "A"),)))
    assert len(units.admin_units().provinces) == 34
    bn = units.admin_units().province("Bắc Ninh")
    assert bn is not None and len(bn.communes) == 99 and "Huyện Yên Phong" in bn.former_districts


def test_cstd_dossier_from_empty_to_complete(store: Store, tmp_path: Path) -> None:
    dossier_id, _ = editing.create(store, "Đề nghị danh hiệu năm 2025", "Tổng kết năm 2025", 2025,
                                   as_of=date(2025, 12, 15))
    pid, _ = editing.add_nominee(store, dossier_id, None, "individual", "  Nguyễn   Thị Hoa ", award="cstd-co-so")
    st = editing.state(store, dossier_id)
    assert st.nominees[0].name == "Nguyễn Thị Hoa" and st.proposals[0].id == pid
    sid = st.nominees[0].subject_id
    before = _events(store)
    for key, value in (("birth_date", "05/02/1985"), ("gender", "nu"), ("national_id", "027185000123"),
                       ("position", "Chuyên viên"), ("workplace", "Văn phòng UBND xã"), ("hired_on", "01/03/2010"),
                       ("ethnicity", "Kinh")):
        registry_edit.set_subject_field(store, sid, key, value)
    assert _events(store) == before + 7
    registry_edit.set_history(store, sid, "ratings", [{"year": 2025, "rating": "hoan-thanh-xuat-sac"},
                                                      {"year": "2024", "rating": "hoan-thanh-tot"}])
    registry_edit.set_history(store, sid, "initiatives", [{"year": 2025, "title": "Số hóa sổ hộ tịch",
                                                          "scope": "co-so", "decision_date": "20/11/2025"}])
    editing.set_form_field(store, pid, "duties", " Chuyên viên   văn phòng \r\n")
    editing.set_form_field(store, pid, "achievements", "- Hoàn thành 100% nhiệm vụ")
    for comp in ("to-trinh", "danh-sach", "bien-ban-hop", "bao-cao-thanh-tich", "chung-nhan-sang-kien"):
        f = make_pdf(tmp_path / f"{comp}.pdf", 2, comp)
        editing.attach(store, dossier_id, comp, "cn01" if comp in ("bao-cao-thanh-tich", "chung-nhan-sang-kien")
                       else None, f)
    type_sections(store, dossier_id, "Hội trường UBND xã")  # the meeting and letter pages (issue 11)
    st = editing.state(store, dossier_id)
    assert st.proposals[0].form["duties"] == "Chuyên viên văn phòng"
    assert st.report.proposals[0].verdict == "dat", st.report.proposals[0].rules
    assert st.report.complete, (st.report.checklist, st.report.issues)
    assert st.documents[0].pages == 2
    # A second Store on the same folder sees every committed edit.
    other = open_store(store.paths)
    try:
        assert editing.state(other, dossier_id).report.complete
    finally:
        other.close()


def test_bad_values_are_refused_in_vietnamese(store: Store, tmp_path: Path) -> None:
    dossier_id, _ = editing.create(store, "Hồ sơ", "Đợt", 2025)
    editing.add_nominee(store, dossier_id, None, "individual", "Lê Văn An")
    sid = editing.state(store, dossier_id).nominees[0].subject_id
    with pytest.raises(ValueError, match="ngày/tháng/năm"):
        registry_edit.set_subject_field(store, sid, "birth_date", "1985")
    with pytest.raises(ValueError, match=r"dòng 1.*Năm"):
        registry_edit.set_history(store, sid, "ratings", [{"year": "x", "rating": "hoan-thanh"}])
    bad = tmp_path / "a.docx"
    bad.write_bytes(b"PK\x03\x04")
    with pytest.raises(editing.EditError, match="PDF, JPG hoặc PNG"):
        editing.attach(store, dossier_id, "khac", None, bad)
    fake = tmp_path / "b.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n....")
    with pytest.raises(editing.EditError, match="không phải PDF"):
        editing.attach(store, dossier_id, "khac", None, fake)
    data = registry_edit.subject_data(store, sid)
    registry_edit.set_subject_field(store, sid, "national_id", "027185000123")
    registry_edit.set_subject_field(store, sid, "birth_date", "05/02/1990")
    registry_edit.set_subject_field(store, sid, "gender", "nam")
    data = registry_edit.subject_data(store, sid)
    assert any("năm sinh 1990" in p for p in data.problems()["national_id"])
    assert any("phải là 0" in p for p in data.problems()["national_id"])


def test_return_and_new_revision_keep_the_old_one(store: Store, tmp_path: Path) -> None:
    dossier_id, _ = editing.create(store, "Hồ sơ", "Đợt", 2025)
    editing.add_nominee(store, dossier_id, None, "household", "Phạm Văn Bình", award="gia-dinh-van-hoa")
    with store.write() as s:  # pretend it was checked, signed and sent
        from desktop.models import Dossier
        s.get(Dossier, dossier_id).status = "da-gui"
    editing.return_dossier(store, dossier_id, [{"nominee_id": "hgd01", "field": "address", "comment": "Thiếu địa chỉ"}],
                           "Sở Nội vụ")
    st = editing.state(store, dossier_id)
    assert st.read_only and st.comments[0].text == "Thiếu địa chỉ"
    assert issue_targets.comment_target(st, st.comments[0]) == issue_targets.Target("nominee", "hgd01", None, "address")
    with pytest.raises(editing.EditError, match="bản sửa đổi"):
        editing.set_dossier_field(store, dossier_id, "title", "Khác")
    editing.new_revision(store, dossier_id)
    editing.set_dossier_field(store, dossier_id, "title", "Hồ sơ (sửa đổi)")
    st = editing.state(store, dossier_id)
    assert (st.revision, st.status, st.title) == (2, "nhap", "Hồ sơ (sửa đổi)")
    old = editing.revision_content(store, dossier_id, 1)
    assert old["nominees"][0]["head_name"] == "Phạm Văn Bình"
