"""A real SoftHSM2 token signs a package; openssl and pdfsig agree with our verifier on every signature."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.packaging.build import build_package, cosign
from desktop.packaging.returns import ReturnItem, ReturnNote, build_return_note, read_return_note
from desktop.packaging.signers import Pkcs11Signer, Pkcs12Signer, SignerError, list_token_objects
from desktop.packaging.verify import verify_package
from desktop.snapshot import loads
from tests.support.packages import make_package, sample_dossier
from tests.support.pki import TestPKI
from tests.support.softhsm import SoftToken

needs_tools = pytest.mark.skipif(not (shutil.which("openssl") and shutil.which("pdfsig")),
                                 reason="openssl / pdfsig not installed")


def test_wizard_lists_slots_certificates_and_keys(token: SoftToken) -> None:
    public = list_token_objects(token.lib)
    assert [t.label for t in public] == [token.label]
    assert {c.id_hex for c in public[0].certificates} == {"0a1b", "0b2c", "c0"}
    assert public[0].keys == ()  # private keys are invisible before login
    after = list_token_objects(token.lib, pin=token.pin)[0]
    assert {k.id_hex for k in after.keys} == {"0a1b", "0b2c"}
    paired = {c.id_hex: c.has_key for c in after.certificates}
    assert paired == {"0a1b": True, "0b2c": True, "c0": False}
    assert next(c for c in after.certificates if c.id_hex == "0a1b").subject.startswith("CN=Nguyễn Văn An")


def test_key_is_found_by_cka_id_not_label(token: SoftToken) -> None:
    # both keys carry the label "Private Key": only CKA_ID tells them apart
    with Pkcs11Signer(token.lib, pin=token.pin, token_label=token.label, key_id="0B2C") as s:
        assert s.name == "Trần Thị Bình"
        assert any("Issuing CA" in c.subject.rfc4514_string() for c in s.chain)
    with pytest.raises(SignerError, match="2 cặp khóa"):
        Pkcs11Signer(token.lib, pin=token.pin)
    with pytest.raises(SignerError, match="CKA_ID ffff"):
        Pkcs11Signer(token.lib, pin=token.pin, key_id="ffff")
    with pytest.raises(SignerError, match="mã PIN không đúng"):
        Pkcs11Signer(token.lib, pin="000000", key_id="0a1b")
    with pytest.raises(SignerError, match="không tìm thấy token"):
        Pkcs11Signer(token.lib, pin=token.pin, token_label="không có")
    with pytest.raises(SignerError, match="không tìm thấy thư viện"):
        Pkcs11Signer("/nonexistent/libvnpt.so", pin="1")


def _openssl_verify(sig: bytes, content: bytes, root: Path, work: Path) -> subprocess.CompletedProcess[str]:
    (work / "sig.p7s").write_bytes(sig)
    (work / "content.xml").write_bytes(content)
    return subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(work / "sig.p7s"),
                           "-content", str(work / "content.xml"), "-CAfile", str(root), "-out", "/dev/null"],
                          capture_output=True, text=True)


def _pdfsig(pdf: bytes, work: Path) -> str:
    (work / "doc.pdf").write_bytes(pdf)
    return subprocess.run(["pdfsig", str(work / "doc.pdf")], capture_output=True, text=True).stdout


def check_with_independent_tools(package: Path, root: Path, work: Path) -> int:
    """openssl and pyHanko on every signature*.p7s over its manifest, pdfsig and pyHanko on every signed PDF;
    recursive into inputs/."""
    from cryptography import x509

    from tests.support.pyhanko_check import pyhanko_accepts_cms, pyhanko_accepts_pdf

    root_cert = x509.load_pem_x509_certificate(root.read_bytes())
    checked = 0
    with zipfile.ZipFile(package) as z:
        names = z.namelist()
        for name in names:
            if name.startswith("META-INF/signature"):
                manifest = f"META-INF/ASiCManifest{name[-7:-4]}.xml"
                res = _openssl_verify(z.read(name), z.read(manifest), root, work)
                assert res.returncode == 0 and "Verification successful" in res.stderr, (name, res.stderr)
                bad = _openssl_verify(z.read(name), z.read(manifest).replace(b"sha256", b"sha257"), root, work)
                assert bad.returncode != 0  # and openssl does notice a change
                assert pyhanko_accepts_cms(z.read(name), z.read(manifest), root_cert), name
                checked += 1
            elif name.endswith(".pdf") and not name.startswith("documents/05_dinh-kem/"):
                out = _pdfsig(z.read(name), work)
                n_sigs = out.count("Signature #")
                assert n_sigs >= 1, (name, out)
                assert out.count("Signature Validation: Signature is Valid.") == n_sigs, (name, out)
                assert "Total document signed" in out
                assert pyhanko_accepts_pdf(z.read(name), root_cert) == n_sigs, name
                checked += 1
            elif name.startswith("inputs/"):
                nested = work / Path(name).name
                nested.write_bytes(z.read(name))
                checked += check_with_independent_tools(nested, root, work)
    return checked


@needs_tools
def test_chain_commune_token_to_district_to_province(tmp_path: Path, token: SoftToken, pki: TestPKI) -> None:
    """Commune signs on a SoftHSM token; district verifies, aggregates two communes and exports its own;
    province verifies the whole chain recursively, and openssl/pdfsig agree at every level."""
    root = pki.write_root(tmp_path)
    with Pkcs11Signer(token.lib, pin=token.pin, token_label=token.label, key_id="0a1b") as commune:
        a = make_package(tmp_path / "xa-a", commune)
    with Pkcs12Signer(pki.commune_b.write_p12(tmp_path / "b.p12", "pw"), "pw") as commune_b:
        b = make_package(tmp_path / "xa-b", commune_b, sample_dossier("27118", "UBND xã Hoàn Sơn", nominee_id="q1"))
    for p, who in ((a, "Nguyễn Văn An"), (b, "Hoàng Văn Bảo")):
        rep = verify_package(p.path, [pki.root.cert])
        assert rep.ok, rep.lines()
        assert rep.signer is not None and rep.signer.signer == who
    district_dossier = loads(json.dumps({
        "schema": "hskt-dossier/1", "unit": {"name": "UBND huyện Tiên Du", "level": "huyen", "code": "271"},
        "campaign": {"name": "Tổng kết năm 2025", "year": 2025}, "nominees": [], "proposals": [],
        "aggregated_from": [{"package": p.name, "sha256": p.file_sha256(), "signer": p.signer, "verified": True}
                            for p in (a, b)]}))
    with Pkcs12Signer(pki.district.write_p12(tmp_path / "d.p12", "pw"), "pw") as district:
        (tmp_path / "huyen").mkdir()
        up = build_package(tmp_path / "huyen", district_dossier, signer=district,
                           inputs=[(a.name, a.path), (b.name, b.path)])
        sealed = cosign(a.path, district, tmp_path / "sealed.asice", trust_roots=[pki.root.cert])
    province = verify_package(up.path, [pki.root.cert])
    assert province.ok, province.lines()
    assert len(province.inputs) == 2 and all(i.ok for i in province.inputs)
    assert check_with_independent_tools(up.path, root, tmp_path) >= 1 + 2 * 4
    assert check_with_independent_tools(sealed.path, root, tmp_path) == 2 + 3


@needs_tools
def test_return_note_round_trip(tmp_path: Path, p12_signer: object, pki: TestPKI) -> None:
    from desktop.packaging.signers import PackageSigner

    assert isinstance(p12_signer, PackageSigner)
    pkg = make_package(tmp_path / "p", p12_signer)
    note = ReturnNote(package=pkg.name, package_sha256=pkg.file_sha256(), from_unit="UBND huyện Tiên Du",
                      items=(ReturnItem("p1", "nominees[0].national_id", "Số CCCD không khớp bản chụp"),
                             ReturnItem("p1", "achievements", "Bổ sung số liệu năm 2025")),
                      comment="Đề nghị chỉnh sửa và gửi lại trước ngày 05/12/2025")
    with Pkcs12Signer(pki.district.write_p12(tmp_path / "d.p12", "pw"), "pw") as district:
        path = build_return_note(tmp_path, note, district, unit_code="271",
                                 when=dt.datetime(2025, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    assert path.name.startswith("HSKT_TRALAI_271_")
    got, report = read_return_note(path, [pki.root.cert])
    assert report.ok, report.lines()
    assert got is not None and got.items == note.items and got.package_sha256 == note.package_sha256
    assert got.created == "2025-11-25T10:00:00+07:00"
    assert check_with_independent_tools(path, pki.write_root(tmp_path), tmp_path) == 1
    data = bytearray(path.read_bytes())
    data[data.find(b"CCCD")] = ord("X")
    path.write_bytes(bytes(data))
    got2, report2 = read_return_note(path, [pki.root.cert])
    assert not report2.ok and got2 is None


def test_a_token_signature_embeds_the_signer_once_and_only_ca_certificates(token: SoftToken) -> None:
    from asn1crypto import cms

    from desktop.packaging import cades

    with Pkcs11Signer(token.lib, pin=token.pin, token_label=token.label, key_id="0a1b") as s:
        der = cades.sign_detached(b"<manifest/>", s)
    names = [c.chosen.subject.native["common_name"] for c in cms.ContentInfo.load(der)["content"]["certificates"]]
    # The district's certificate shares the token but is not part of the commune's signature.
    assert sorted(names) == ["HSKT Test Issuing CA", "Nguyễn Văn An"]
