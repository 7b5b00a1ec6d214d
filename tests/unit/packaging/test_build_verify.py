"""Build, verify, co-sign and aggregate with a PKCS#12 key; determinism; the signed PDFs' visible box."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from desktop.packaging import build
from desktop.packaging.build import PackagingError, build_package, cosign, new_ulid, package_name
from desktop.packaging.container import FIXED_DATE
from desktop.packaging.pades import verify_pdf
from desktop.packaging.signers import PackageSigner, Pkcs12Signer, SignerError
from desktop.packaging.verify import verify_package
from desktop.snapshot import loads
from tests.support.packages import make_package, sample_dossier
from tests.support.pki import TestPKI

VN = dt.timezone(dt.timedelta(hours=7))


def test_package_verifies_and_follows_the_layout(tmp_path: Path, p12_signer: PackageSigner, pki: TestPKI) -> None:
    res = make_package(tmp_path, p12_signer)
    assert build.parse_package_name(res.name) == {"unit": "27115", "year": 2025, "id": res.package_id, "revision": 1}
    report = verify_package(res.path, [pki.root.cert])
    assert report.ok, report.lines()
    assert [c.id for c in report.checks] == ["container", "manifest", "signature", "pdf", "dossier", "audit"]
    with zipfile.ZipFile(res.path) as z:
        infos = z.infolist()
        assert [i.filename for i in infos] == [
            "mimetype", "dossier.json", "documents/01_to-trinh.pdf", "documents/02_danh-sach.pdf",
            "documents/02_danh-sach.xlsx", "documents/03_bien-ban-hop.pdf", "documents/05_dinh-kem/p1_khac_1.jpg",
            "audit/events.jsonl", "META-INF/manifest.xml", "META-INF/ASiCManifest001.xml",
            "META-INF/signature001.p7s"]
        assert infos[0].compress_type == zipfile.ZIP_STORED and z.read("mimetype") == b"application/vnd.etsi.asic-e+zip"
        assert all(i.date_time == FIXED_DATE for i in infos)
        d = json.loads(z.read("dossier.json"))
        assert d["producer"]["app"] == "HSKT" and d["producer"]["version"]
        assert z.read("dossier.json") == json.dumps(d, ensure_ascii=False, sort_keys=True,
                                                    separators=(",", ":")).encode()
        # every official PDF carries one intact PAdES signature covering the whole file
        for name in ("documents/01_to-trinh.pdf", "documents/02_danh-sach.pdf", "documents/03_bien-ban-hop.pdf"):
            sigs = verify_pdf(z.read(name))
            assert len(sigs) == 1 and sigs[0].ok and sigs[0].signer == "Nguyễn Văn An"


def test_same_content_gives_same_bytes_apart_from_signatures(tmp_path: Path, p12_signer: PackageSigner) -> None:
    when = dt.datetime(2025, 11, 20, 9, 0, tzinfo=VN)
    att = tmp_path / "a.png"
    att.write_bytes(b"\x89PNG" + b"z" * 5000)
    a = build_package(tmp_path / "a.asice", sample_dossier(), signer=p12_signer, when=when, package_id="X",
                      attachments=[("documents/05_dinh-kem/p1_khac_1.png", att)], audit=[{"e": 1}])
    b = build_package(tmp_path / "b.asice", sample_dossier(), signer=p12_signer, when=when, package_id="X",
                      attachments=[("documents/05_dinh-kem/p1_khac_1.png", att)], audit=[{"e": 1}])
    with zipfile.ZipFile(a.path) as za, zipfile.ZipFile(b.path) as zb:
        assert za.namelist() == zb.namelist()
        for name in za.namelist():
            if name != "META-INF/signature001.p7s":  # RSA PKCS#1 v1.5 is deterministic, but stay honest
                assert za.read(name) == zb.read(name), name
    # the zip bytes before the signature entry are identical too
    raw_a, raw_b = a.path.read_bytes(), b.path.read_bytes()
    cut = raw_a.find(b"META-INF/signature001.p7s")
    assert raw_a[:cut] == raw_b[:cut]


def test_cosign_adds_a_second_pair_without_touching_the_first(tmp_path: Path, p12_signer: PackageSigner,
                                                               district_signer: PackageSigner, pki: TestPKI) -> None:
    res = make_package(tmp_path, p12_signer)
    out = cosign(res.path, district_signer, tmp_path / "sealed.asice", trust_roots=[pki.root.cert])
    with zipfile.ZipFile(res.path) as z1, zipfile.ZipFile(out.path) as z2:
        for name in z1.namelist():
            assert z1.read(name) == z2.read(name)
        assert z2.namelist()[-2:] == ["META-INF/ASiCManifest002.xml", "META-INF/signature002.p7s"]
        m2 = z2.read("META-INF/ASiCManifest002.xml").decode()
        assert 'URI="META-INF/signature001.p7s"' in m2 and 'URI="META-INF/ASiCManifest001.xml"' in m2
    report = verify_package(out.path, [pki.root.cert])
    assert report.ok, report.lines()
    assert [s.signer for _, s in report.signatures] == ["Nguyễn Văn An", "Trần Thị Bình"]


def test_aggregate_embeds_packages_byte_for_byte_and_verifies_recursively(
        tmp_path: Path, p12_signer: PackageSigner, district_signer: PackageSigner, pki: TestPKI) -> None:
    a = make_package(tmp_path / "a", p12_signer)
    with Pkcs12Signer(pki.commune_b.write_p12(tmp_path / "b.p12", "pw"), "pw") as commune_b:
        b = make_package(tmp_path / "b", commune_b, sample_dossier("27118", "UBND xã Hoàn Sơn", nominee_id="q1"))
    agg_from = [{"package": r.name, "sha256": r.file_sha256(), "signer": r.signer, "verified": True} for r in (a, b)]
    district = loads(json.dumps({**json.loads(sample_dossier("271", "UBND huyện Tiên Du").__class__ and "{}"),
                                 "schema": "hskt-dossier/1",
                                 "unit": {"name": "UBND huyện Tiên Du", "level": "huyen", "code": "271"},
                                 "campaign": {"name": "Tổng kết năm 2025", "year": 2025},
                                 "nominees": [], "proposals": [], "aggregated_from": agg_from}))
    up = build_package(tmp_path, district, signer=district_signer, inputs=[(a.name, a.path), (b.name, b.path)])
    with zipfile.ZipFile(up.path) as z:
        assert z.read(f"inputs/{a.name}") == a.path.read_bytes()
        assert z.getinfo(f"inputs/{b.name}").compress_type == zipfile.ZIP_STORED
    report = verify_package(up.path, [pki.root.cert])
    assert report.ok, report.lines()
    assert [c.name for c in report.inputs] == sorted([a.name, b.name])
    assert all(c.ok for c in report.inputs)
    # the district's dossier must describe what it embeds: a wrong digest is caught
    bad = district.with_extra(aggregated_from=[{**agg_from[0], "sha256": "00" * 32}, agg_from[1]])
    up2 = build_package(tmp_path / "bad.asice", bad, signer=district_signer, inputs=[(a.name, a.path), (b.name, b.path)])
    rep2 = verify_package(up2.path, [pki.root.cert])
    assert not rep2.ok and "SHA-256 khác với aggregated_from" in rep2.check("inputs").detail  # type: ignore[union-attr]


def test_a_failing_embedded_package_fails_the_outer_one(tmp_path: Path, p12_signer: PackageSigner,
                                                         district_signer: PackageSigner, pki: TestPKI) -> None:
    a = make_package(tmp_path / "a", p12_signer)
    data = bytearray(a.path.read_bytes())
    pos = data.find(b"Tan Lap") if b"Tan Lap" in data else data.find(b"hoan-thanh-tot")
    data[pos] ^= 1
    broken = tmp_path / "broken.asice"
    broken.write_bytes(bytes(data))
    up = build_package(tmp_path / "up.asice", sample_dossier("271"), signer=district_signer,
                       inputs=[("broken.asice", broken)])
    report = verify_package(up.path, [pki.root.cert])
    assert not report.ok
    assert report.check("inputs") is not None and not report.check("inputs").ok  # type: ignore[union-attr]
    assert "broken.asice" in report.check("inputs").detail  # type: ignore[union-attr]


def test_refusals(tmp_path: Path, p12_signer: PackageSigner, pki: TestPKI) -> None:
    with pytest.raises(PackagingError, match="không thuộc cấu trúc"):
        build_package(tmp_path / "x.asice", sample_dossier(), signer=p12_signer, documents=[("../x.pdf", b"")])
    with pytest.raises(PackagingError, match="không tìm thấy tệp đính kèm"):
        build_package(tmp_path / "x.asice", sample_dossier(), signer=p12_signer,
                      attachments=[("documents/05_dinh-kem/p1_khac_1.pdf", tmp_path / "missing.pdf")])
    assert list(tmp_path.glob("*.asice")) == [] and list(tmp_path.glob(".*tmp")) == []
    expired = Pkcs12Signer(pki.expired.write_p12(tmp_path / "e.p12", "pw"), "pw")
    with pytest.raises(PackagingError, match="không còn hiệu lực"):
        build_package(tmp_path / "x.asice", sample_dossier(), signer=expired)
    with pytest.raises(SignerError, match="mật khẩu sai"):
        Pkcs12Signer(tmp_path / "e.p12", "sai")


def test_cancel_leaves_no_file(tmp_path: Path, p12_signer: PackageSigner) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * (3 * 1024 * 1024))
    with pytest.raises(InterruptedError):
        build_package(tmp_path / "out.asice", sample_dossier(), signer=p12_signer, cancelled=lambda: True,
                      attachments=[("documents/05_dinh-kem/p1_khac_1.pdf", big)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.pdf", "commune.p12"]


def test_ulid_and_name() -> None:
    a, b = new_ulid(dt.datetime(2025, 1, 1, tzinfo=dt.UTC)), new_ulid(dt.datetime(2025, 1, 2, tzinfo=dt.UTC))
    assert len(a) == 26 and a < b and build.ulid_time(a) == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    assert package_name("27115", 2025, a, 2) == f"HSKT_27115_2025_{a}_r2.asice"
    with pytest.raises(PackagingError):
        package_name("27/115", 2025, a, 1)
