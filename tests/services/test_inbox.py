"""Receiving, aggregating and returning, on real data folders, real packages and a real PKCS#12 key."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Dossier, DossierRevision, ReceivedPackage
from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.services import aggregation, exporting, inbox, returns_service
from desktop.store.database import Store
from tests.e2e.builders import commune_store, data_folder, set_own_unit
from tests.support.pki import TestPKI, make_pki


@dataclass
class World:
    pki: TestPKI
    commune: Store
    commune_dossier: int
    a: Path  # commune A's package
    b: Path  # commune B's package: other unit, the same people (same CCCDs)
    district: Store
    folder: Path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    pki = make_pki()
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        store_a, did_a = commune_store(tmp_path / "a")
        a = exporting.export_dossier(store_a, did_a, s, tmp_path / "out").path
    with Pkcs12Signer(pki.commune_b.write_p12(tmp_path / "cb.p12", "pw"), "pw") as s:
        store_b, did_b = commune_store(tmp_path / "b", code="09160", name="UBND xã Hoàn Sơn")
        b = exporting.export_dossier(store_b, did_b, s, tmp_path / "out").path
        store_b.close()
    district = data_folder(tmp_path / "district")
    set_own_unit(district, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du",
                 signer_name="Trần Thị Bình")
    yield World(pki, store_a, did_a, a, b, district, tmp_path)
    store_a.close()
    district.close()


@pytest.fixture
def district_signer(world: World) -> Iterator[PackageSigner]:
    with Pkcs12Signer(world.pki.district.write_p12(world.folder / "d.p12", "pw"), "pw") as s:
        yield s


def test_import_stores_the_package_byte_for_byte(world: World) -> None:
    r = inbox.import_package(world.district, world.a, [world.pki.root.cert])
    assert (r.status, r.created, r.file_name) == ("ok", True, world.a.name)
    row = inbox.get(world.district, r.id)
    assert (world.district.paths.root / row.stored_path).read_bytes() == world.a.read_bytes()
    assert (row.unit_name, row.unit_code, row.year, row.revision) == ("UBND xã Tân Lập", "09154", 2025, 1)
    assert row.signer == "Nguyễn Văn An (UBND xã Tân Lập)"
    again = inbox.import_package(world.district, world.a, [world.pki.root.cert])
    assert (again.id, again.created) == (r.id, False)


def test_tampered_package_is_rejected_and_never_merged(world: World) -> None:
    bad = world.folder / "HSKT_09154_2025_01ABCDEFGH_r1.asice"
    data = bytearray(world.a.read_bytes())
    i = data.index(b"Nguy")  # a byte inside dossier.json
    data[i] ^= 0x01
    bad.write_bytes(bytes(data))
    r = inbox.import_package(world.district, bad, [world.pki.root.cert])
    assert r.status == "rejected"
    assert any("không khớp" in line for line in r.lines)
    [row] = inbox.list_inbox(world.district)
    assert row.status_label == "Bị từ chối" and "SHA-256" in row.summary
    with pytest.raises(aggregation.AggregationError, match="đã bị từ chối khi nhận"):
        aggregation.aggregate(world.district, "Đợt 2025", [r.id])
    with world.district.read() as s:
        assert s.scalars(select(Dossier)).all() == []


def test_untrusted_package_is_kept_but_not_merged_until_trusted(world: World) -> None:
    r = inbox.import_package(world.district, world.a, [])
    assert r.status == "untrusted"
    with pytest.raises(aggregation.AggregationError, match="chưa được tin cậy"):
        aggregation.aggregate(world.district, "Đợt 2025", [r.id])
    assert inbox.reverify(world.district, r.id, [world.pki.root.cert]).status == "ok"
    assert aggregation.aggregate(world.district, "Đợt 2025", [r.id]).nominees == 2


def test_a_package_changed_in_the_inbox_is_not_merged(world: World) -> None:
    r = inbox.import_package(world.district, world.a, [world.pki.root.cert])
    stored = world.district.paths.root / inbox.get(world.district, r.id).stored_path
    data = bytearray(stored.read_bytes())
    data[-1] ^= 0x01
    stored.write_bytes(bytes(data))
    with pytest.raises(aggregation.AggregationError, match="bị thay đổi trong hộp thư đến"):
        aggregation.aggregate(world.district, "Đợt 2025", [r.id])


def test_same_cccd_across_packages_is_flagged_and_blocks_export(world: World, district_signer: PackageSigner) -> None:
    ids = [inbox.import_package(world.district, p, [world.pki.root.cert]).id for p in (world.a, world.b)]
    result = aggregation.aggregate(world.district, "Tổng hợp 2025", ids)
    assert result.nominees == 4 and result.proposals == 4
    assert [i["national_id"] for i in result.issues] == ["027082009876", "027185001234"]  # p08, p01
    first = result.issues[1]
    assert first["nominees"] == ["09154-p01", "09160-p01"] and first["severity"] == "error"
    assert "UBND xã Tân Lập" in first["message"] and "UBND xã Hoàn Sơn" in first["message"]
    assert result.stats["by_unit"] == {"UBND xã Tân Lập": {"nominees": 11, "proposals": 2},
                                       "UBND xã Hoàn Sơn": {"nominees": 11, "proposals": 2}}
    with world.district.read() as s:
        d = s.get(Dossier, result.dossier_id)
        assert d is not None and d.unit.name == "UBND huyện Tiên Du"
        assert [e["package"] for e in d.extra["aggregated_from"]] == [world.a.name, world.b.name]
        assert d.extra["aggregation_issues"][0]["kind"] == "cccd-trung"
        assert len(d.documents) == 4  # the initiative certificates, copied from the packages
        assert {rp.imported_as for rp in s.scalars(select(ReceivedPackage))} == {result.dossier_id}
    plan = exporting.plan_export(world.district, result.dossier_id)
    assert any("027185001234" in p for p in plan.problems)


def test_return_note_round_trip(world: World, district_signer: PackageSigner) -> None:
    r = inbox.import_package(world.district, world.a, [world.pki.root.cert])
    note = returns_service.write_return_note(
        world.district, r.id,
        [{"nominee_id": "p01", "field": "national_id", "comment": "Số CCCD không khớp giấy tờ"},
         {"nominee_id": None, "field": "proposals[1].form.achievements", "comment": "Bổ sung số liệu năm 2025"}],
        district_signer, world.folder / "notes", comment="Đề nghị sửa và gửi lại trước 28/02")
    assert note.name.startswith("HSKT_TRALAI_256_")
    with pytest.raises(returns_service.ReturnNoteError, match="không có đối tượng mã 'p99'"):
        returns_service.write_return_note(world.district, r.id, [{"nominee_id": "p99", "comment": "x"}],
                                          district_signer)

    # The sender: a note not signed by a trusted key is refused; the real one is pinned.
    with pytest.raises(returns_service.ReturnNoteError, match="không hợp lệ"):
        returns_service.import_return_note(world.commune, note, [])
    got = returns_service.import_return_note(world.commune, note, [world.pki.root.cert])
    assert (got.dossier_id, got.revision) == (world.commune_dossier, 2)
    base = {"note_id": note.stem.rsplit("_", 1)[-1], "from_unit": "UBND huyện Tiên Du", "package": world.a.name,
            "revision": 1, "resolved": False}
    assert [{k: c[k] for k in ("nominee_id", "field", "path", "comment")} for c in got.comments] == [
        {"nominee_id": "p01", "field": "national_id", "path": "national_id", "comment": "Số CCCD không khớp giấy tờ"},
        {"nominee_id": "p08", "field": "form.achievements", "path": "proposals[1].form.achievements",
         "comment": "Bổ sung số liệu năm 2025"},
        {"nominee_id": None, "field": None, "path": None, "comment": "Đề nghị sửa và gửi lại trước 28/02"}]
    assert all({k: c[k] for k in base} == base for c in got.comments)
    with world.commune.read() as s:
        d = s.get(Dossier, world.commune_dossier)
        assert d is not None and (d.status, d.revision) == ("bi-tra-lai", 2)
        assert d.extra["return_comments"] == list(got.comments)
        assert [r.number for r in s.scalars(select(DossierRevision))] == [1]  # r1 stays frozen
    with pytest.raises(returns_service.ReturnNoteError, match="đã được nhận"):
        returns_service.import_return_note(world.commune, note, [world.pki.root.cert])

    # The corrected revision exports as r2, superseding r1, without the private comments.
    with Pkcs12Signer(world.pki.commune.write_p12(world.folder / "c2.p12", "pw"), "pw") as s2:
        r2 = exporting.export_dossier(world.commune, world.commune_dossier, s2, world.folder / "out")
    assert r2.path.name.endswith("_r2.asice") and r2.revision == 2
    with zipfile.ZipFile(r2.path) as z:
        dj = json.loads(z.read("dossier.json"))
    assert dj["supersedes"] == world.a.name.split("_")[3] and "return_comments" not in dj


def test_note_for_a_package_not_sent_from_here_is_refused(world: World, district_signer: PackageSigner) -> None:
    r = inbox.import_package(world.district, world.b, [world.pki.root.cert])
    note = returns_service.write_return_note(world.district, r.id, [{"comment": "Thiếu biên bản"}], district_signer,
                                             world.folder)
    with pytest.raises(returns_service.ReturnNoteError, match="không khớp gói nào đã xuất"):
        returns_service.import_return_note(world.commune, note, [world.pki.root.cert])
    shutil.rmtree(world.folder / "out")


def _forged_note(world: World, signer_ident: object, package: Path, out: Path) -> Path:
    """A note for `package`, written as if by the district but signed with another key."""
    from desktop.packaging.build import file_sha256
    from desktop.packaging.returns import ReturnItem, ReturnNote, build_return_note

    note = ReturnNote(package.name, file_sha256(package), "UBND huyện Tiên Du",
                      (ReturnItem("p01", "national_id", "Số CCCD sai, đề nghị sửa"),))
    out.mkdir(parents=True, exist_ok=True)
    with Pkcs12Signer(signer_ident.write_p12(out / "k.p12", "pw"), "pw") as s:  # type: ignore[attr-defined]
        return build_return_note(out, note, s, unit_code="09160")


def _dossier(store: Store, dossier_id: int) -> Dossier:
    with store.read() as s:
        d = s.get(Dossier, dossier_id)
        assert d is not None
        return d


def test_a_note_from_another_commune_is_refused_and_only_the_recipient_is_pinned(
        world: World, district_signer: PackageSigner) -> None:
    from desktop.models import ExportRecord

    roots = [world.pki.root.cert]
    forged = _forged_note(world, world.pki.commune_b, world.a, world.folder / "forged")
    with pytest.raises(returns_service.ReturnNoteSignerUnconfirmed) as err:
        returns_service.import_return_note(world.commune, forged, roots)
    message = str(err.value)
    assert "do Hoàng Văn Bảo (UBND xã Hoàn Sơn) ký" in message
    assert "gửi tới: Chủ tịch Ủy ban nhân dân huyện Tiên Du" in message
    d = _dossier(world.commune, world.commune_dossier)
    assert (d.revision, d.status, d.extra.get("return_comments")) == (1, "da-ky", None)  # nothing pinned or opened

    r = inbox.import_package(world.district, world.a, roots)
    real = returns_service.write_return_note(world.district, r.id, [{"comment": "Thiếu biên bản họp"}],
                                             district_signer, world.folder / "notes")
    got = returns_service.import_return_note(world.commune, real, roots)
    assert (got.revision, got.signer, got.signer_office) == (2, "Trần Thị Bình (UBND huyện Tiên Du)",
                                                            "UBND huyện Tiên Du")
    with world.commune.read() as s:
        [rec] = s.scalars(select(ExportRecord)).all()
        assert rec.return_signer is not None and rec.return_signer["office"] == "UBND huyện Tiên Du"
        assert rec.return_signer["confirmed_by_clerk"] is False  # the letter named it

    # Once pinned, even a clerk's confirmation does not let another office's note in.
    again = _forged_note(world, world.pki.commune_b, world.a, world.folder / "forged2")
    with pytest.raises(returns_service.ReturnNoteError, match="không phải cơ quan đã nhận gói") as err2:
        returns_service.import_return_note(world.commune, again, roots, confirm_signer=True)
    assert not isinstance(err2.value, returns_service.ReturnNoteSignerUnconfirmed)
    assert "Hoàng Văn Bảo (UBND xã Hoàn Sơn)" in str(err2.value)
    assert _dossier(world.commune, world.commune_dossier).revision == 2


def test_on_first_contact_the_clerk_confirms_a_signer_the_letter_does_not_name(world: World) -> None:
    roots = [world.pki.root.cert]
    note = _forged_note(world, world.pki.province, world.a, world.folder / "p")  # UBND tỉnh Bắc Ninh
    with pytest.raises(returns_service.ReturnNoteSignerUnconfirmed) as err:
        returns_service.import_return_note(world.commune, note, roots)
    assert err.value.signer == "Lê Văn Cường (UBND tỉnh Bắc Ninh)"
    got = returns_service.import_return_note(world.commune, note, roots, confirm_signer=True)
    assert got.signer_office == "UBND tỉnh Bắc Ninh"
    from desktop.models import ExportRecord

    with world.commune.read() as s:
        [rec] = s.scalars(select(ExportRecord)).all()
        assert rec.return_signer["confirmed_by_clerk"] is True  # type: ignore[index]


def test_a_package_received_before_its_signer_expired_stays_accepted(world: World, tmp_path: Path) -> None:
    import datetime as dt

    from tests.support.packages import make_package, sample_dossier

    pki, roots = world.pki, [world.pki.root.cert]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signed = now - dt.timedelta(days=100)  # the certificate expired 30 days ago
    with Pkcs12Signer(pki.expired.write_p12(tmp_path / "e.p12", "pw"), "pw") as s:
        pkg = make_package(tmp_path / "old", s, sample_dossier("27999", "UBND xã Cũ"), when=signed).path
    first = inbox.import_package(world.district, pkg, roots, now=signed + dt.timedelta(days=3))
    assert first.status == "ok" and first.lines[0].endswith("HỢP LỆ")
    later = inbox.reverify(world.district, first.id, roots)  # today: the certificate has expired since
    assert later.status == "ok", later.lines
    assert later.lines[0].endswith("HỢP LỆ NHƯNG CHỨNG THƯ ĐÃ HẾT HẠN SAU KHI KÝ")
    assert "lúc đơn vị nhận và kiểm tra gói" in later.lines[1]
    assert inbox.import_package(world.district, pkg, roots).status == "ok"  # the same bytes again: same receipt
    assert aggregation.aggregate(world.district, "Đợt 2025", [first.id]).nominees >= 1
    # A unit that never received it before the expiry has no such evidence.
    elsewhere = data_folder(tmp_path / "other")
    try:
        assert inbox.import_package(elsewhere, pkg, roots).status == "rejected"
    finally:
        elsewhere.close()


def test_a_receipt_timestamp_is_the_third_party_proof_of_when_the_package_was_held(world: World,
                                                                                   tmp_path: Path) -> None:
    """With a timestamp server chosen, the stored bytes are timestamped on receipt; later verifications validate the
    signers at the token's time. A token that does not cover the stored bytes is no proof (back to the receipt), and
    an unreachable server is a note, never a refusal."""
    import datetime as dt

    from desktop.packaging.receipt_stamp import token_path
    from tests.support.packages import make_package, sample_dossier
    from tests.support.tsa import tsa_server

    pki, roots = world.pki, [world.pki.root.cert]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signed = now - dt.timedelta(days=100)  # the certificate expired 30 days ago
    received = signed + dt.timedelta(days=3)
    with Pkcs12Signer(pki.expired.write_p12(tmp_path / "e.p12", "pw"), "pw") as s:
        pkg = make_package(tmp_path / "old", s, sample_dossier("27999", "UBND xã Cũ"), when=signed).path
    with tsa_server(pki, fixed_dt=received) as (url, answered):
        first = inbox.import_package(world.district, pkg, roots, now=received, timestamp_url=url)
    assert first.status == "ok" and answered
    assert first.stamp_note == f"Đã lấy dấu thời gian lúc nhận từ máy chủ {url}"
    stored = inbox.stored_file(world.district, inbox.get(world.district, first.id))
    token = token_path(stored)
    assert token.is_file()

    later = inbox.reverify(world.district, first.id, roots)  # today: the certificate has expired since
    assert later.status == "ok", later.lines
    assert later.lines[0].endswith("HỢP LỆ NHƯNG CHỨNG THƯ ĐÃ HẾT HẠN SAU KHI KÝ")
    assert "dấu thời gian" in later.lines[1] and "lúc đơn vị nhận" not in later.lines[1]

    token.write_bytes(token.read_bytes()[:-40] + bytes(40))  # a damaged token proves nothing
    fallback = inbox.reverify(world.district, first.id, roots)
    assert fallback.status == "ok" and "lúc đơn vị nhận và kiểm tra gói" in fallback.lines[1]

    offline = inbox.import_package(world.district, world.a, roots, timestamp_url="http://127.0.0.1:9/tsa")
    assert offline.status == "ok" and offline.created
    assert offline.stamp_note is not None and offline.stamp_note.startswith(
        "Lưu ý: không lấy được dấu thời gian từ máy chủ http://127.0.0.1:9/tsa")
    assert not token_path(inbox.stored_file(world.district, inbox.get(world.district, offline.id))).exists()
