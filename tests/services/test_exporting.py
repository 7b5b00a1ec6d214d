"""Export on a real SQLite file with a real PKCS#12 key: refusal with reasons, atomic write, frozen revision."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Dossier, DossierRevision, ExportRecord
from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.packaging.verify import verify_package
from desktop.services import exporting
from desktop.store.database import Store
from tests.e2e.builders import commune_store
from tests.support.pki import make_pki


@pytest.fixture
def signer(tmp_path: Path) -> Iterator[PackageSigner]:
    with Pkcs12Signer(make_pki().commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        yield s


def _revisions(store: Store, dossier_id: int) -> list[DossierRevision]:
    with store.read() as s:
        return list(s.scalars(select(DossierRevision).where(DossierRevision.dossier_id == dossier_id)))


def test_incomplete_dossier_is_refused_with_each_reason(tmp_path: Path, signer: PackageSigner) -> None:
    store, did = commune_store(tmp_path, with_certificates=False)
    with pytest.raises(exporting.ExportRefused) as err:
        exporting.export_dossier(store, did, signer, tmp_path / "out")
    problems = err.value.problems
    assert "Thiếu giấy chứng nhận sáng kiến của Nguyễn Thị Hoa" in problems
    assert "Thiếu giấy chứng nhận sáng kiến của Vũ Đình Khánh" in problems
    assert str(err.value).startswith(f"hồ sơ số {did} chưa xuất được vì 2 lý do")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert _revisions(store, did) == []


def test_a_khong_dat_proposal_blocks_export(tmp_path: Path, signer: PackageSigner) -> None:
    # Trần Văn Đức lacks the second initiative Bằng khen needs: a reviewer would return the dossier.
    # The unit confirms no achievement under a route HSKT does not encode, so the missing initiative decides.
    form = {"other_route": False, "duties": "Phó Chủ tịch UBND xã", "head_name": "Nguyễn Văn Thành",
            "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2025."}
    store, did = commune_store(tmp_path, extra_proposals=[{"nominee_id": "p02", "award": "bang-khen-bo-nganh-tinh",
                                                           "form": form}])
    plan = exporting.plan_export(store, did)
    assert len(plan.problems) == 1
    assert plan.problems[0].startswith("Trần Văn Đức — ") and "không đạt" in plan.problems[0]
    with pytest.raises(exporting.ExportRefused):
        exporting.export_dossier(store, did, signer, tmp_path / "out")


def test_export_records_freezes_and_verifies(tmp_path: Path, signer: PackageSigner) -> None:
    store, did = commune_store(tmp_path)
    steps: list[tuple[str, float]] = []
    result = exporting.export_dossier(store, did, signer, tmp_path / "out", progress=lambda s, f: steps.append((s, f)))
    assert result.path.parent == tmp_path / "out" and result.path.name.endswith("_r1.asice")
    assert steps[-1] == ("Hoàn tất", 1.0) and [f for _, f in steps] == sorted(f for _, f in steps)
    report = verify_package(result.path, [make_pki().root.cert])
    assert report.ok, report.lines()
    assert {n for n in report.digests if n.startswith("documents/05_dinh-kem/")} == {
        "documents/05_dinh-kem/p01_chung-nhan-sang-kien_1.pdf", "documents/05_dinh-kem/p08_chung-nhan-sang-kien_1.pdf"}
    with store.read() as s:
        d = s.get(Dossier, did)
        assert d is not None and d.status == "da-ky"
        rec = s.scalars(select(ExportRecord)).one()
        assert (rec.dossier_id, rec.revision, rec.sha256, rec.signer) == (did, 1, result.sha256, "Nguyễn Văn An")
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "dossier.export"
    [rev] = _revisions(store, did)
    assert (rev.number, rev.status) == (1, "da-ky")
    frozen = json.loads(rev.content)
    assert frozen["producer"]["app"] and frozen["letter"]["number"] == 5
    assert report.dossier is not None
    from zipfile import ZipFile
    with ZipFile(result.path) as z:
        assert z.read("dossier.json") == rev.content  # the frozen revision is exactly what was signed
    with pytest.raises(exporting.ExportRefused, match="chưa xuất được") as err:
        exporting.export_dossier(store, did, signer, tmp_path / "out")
    assert "đã được ký và khóa" in err.value.problems[0]


def test_cancel_leaves_no_file_and_no_record(tmp_path: Path, signer: PackageSigner) -> None:
    store, did = commune_store(tmp_path)
    out = tmp_path / "out"
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 6  # after the documents are signed, while the package is being written

    with pytest.raises(exporting.ExportCancelled):
        exporting.export_dossier(store, did, signer, out, cancelled=cancelled)
    assert calls["n"] > 6
    assert list(out.iterdir()) == []  # no package, no temporary file
    assert _revisions(store, did) == []
    with store.read() as s:
        assert s.scalars(select(ExportRecord)).all() == []
        assert s.get(Dossier, did).status == "nhap"  # type: ignore[union-attr]


def test_letter_number_comes_from_the_unit_counter(tmp_path: Path, signer: PackageSigner) -> None:
    store, did = commune_store(tmp_path)
    with store.write() as s:
        d = s.get(Dossier, did)
        assert d is not None
        d.extra = {**d.extra, "letter": {k: v for k, v in d.extra["letter"].items() if k not in ("number", "date")}}
        year = __import__("datetime").date.today().year
        d.unit.counters = {str(year): {"TTr": 11}}
    result = exporting.export_dossier(store, did, signer, tmp_path / "pkg.asice")
    assert result.path == tmp_path / "pkg.asice"
    [rev] = _revisions(store, did)
    assert json.loads(rev.content)["letter"]["number"] == 12
    with store.read() as s:
        d = s.get(Dossier, did)
        assert d is not None and d.unit.counters[str(year)]["TTr"] == 12


def test_package_carries_the_list_as_a_spreadsheet(tmp_path: Path, signer: PackageSigner) -> None:
    import io
    from zipfile import ZipFile

    from openpyxl import load_workbook

    from desktop.vn.collation import name_key

    store, did = commune_store(tmp_path)
    result = exporting.export_dossier(store, did, signer, tmp_path / "out")
    with ZipFile(result.path) as z:
        raw = z.read("documents/02_danh-sach.xlsx")
        dossier = json.loads(z.read("dossier.json"))
    sheet = load_workbook(io.BytesIO(raw)).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(dossier["proposals"])
    by_award: dict[str, list[str]] = {}
    for row in rows:
        assert isinstance(row[5], str)  # CCCD kept as text, leading zeros intact
        if row[2] == "Cá nhân":
            by_award.setdefault(row[9], []).append(row[1])
    for names in by_award.values():
        assert names == sorted(names, key=name_key)


@pytest.mark.parametrize(("who", "words"), [
    ("encipher_only", "không dùng để ký được: CA chỉ cấp nó cho việc mã hóa"),
    ("expired", "đã hết hạn ngày"),
    ("self_signed", "chứng thư tự ký"),
])
def test_a_certificate_that_cannot_sign_is_refused_with_the_reason(tmp_path: Path, who: str, words: str) -> None:
    store, did = commune_store(tmp_path)
    with Pkcs12Signer(getattr(make_pki(), who).write_p12(tmp_path / "k.p12", "pw"), "pw") as bad:
        with pytest.raises(exporting.ExportRefused) as err:
            exporting.export_dossier(store, did, bad, tmp_path / "out")
    assert str(err.value) == "không ký được bằng chứng thư số đã chọn:"
    assert len(err.value.problems) == 1 and words in err.value.problems[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert _revisions(store, did) == []
    with store.read() as s:
        assert s.get(Dossier, did).status == "nhap"  # type: ignore[union-attr]


def test_a_self_signed_test_key_signs_only_when_the_clerk_confirms_a_test(tmp_path: Path) -> None:
    store, did = commune_store(tmp_path)
    with Pkcs12Signer(make_pki().self_signed.write_p12(tmp_path / "k.p12", "pw"), "pw") as test_key:
        result = exporting.export_dossier(store, did, test_key, tmp_path / "out", allow_test_certificate=True)
    report = verify_package(result.path, [make_pki().root.cert])
    assert report.verdict == "untrusted"  # the next level sees it for what it is
