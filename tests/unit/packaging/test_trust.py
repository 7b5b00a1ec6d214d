"""The bundled Vietnamese roots and intermediates: pinned, complete, never anchors unless they are roots; two real
end-entity certificates build their paths offline; a root the clerk adds through trust/ makes a package trusted."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.packaging import trust
from desktop.packaging.judge import validate_path
from desktop.packaging.signers import Pkcs12Signer
from desktop.packaging.verify import verify_package
from tests.support.packages import make_package
from tests.support.pki import TestPKI, pem

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "trust"
UTC = dt.UTC


def _sample(name: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate((SAMPLES / name).read_bytes())


def test_every_bundled_file_is_pinned_and_matches_its_pin() -> None:
    on_disk = {p.relative_to(trust.trust_dir()).as_posix()
               for d in (trust.ROOTS, *trust.INTERMEDIATES) for p in (trust.trust_dir() / d).glob("*.pem")}
    assert on_disk == set(trust.PINNED)  # nothing unpinned slipped in, nothing pinned went missing
    for rel, pinned in trust.PINNED.items():
        [cert] = trust.load_certificates((trust.trust_dir() / rel).read_bytes())
        assert trust.fingerprint(cert) == pinned, rel
    assert len(trust.bundled_roots()) == 10 and len(trust.bundled_intermediates()) == 24


def test_the_national_roots_are_there_and_are_self_signed_cas() -> None:
    names = {r.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value for r in trust.bundled_roots()}
    assert {"Vietnam National Root CA", "Vietnam National Root CA G3", "VIETNAM NATIONAL ROOT CA - RS",
            "VIETNAM NATIONAL ROOT CA - TSA", "VIETNAM NATIONAL ROOT CA - USBTOKEN",
            "VIETNAM NATIONAL ROOT CA - MOBILEPKI", "VIETNAM NATIONAL ROOT CA - EMA", "MIC National Root CA",
            "RootCA chuyên dùng Chính phủ G2",
            "Co quan chung thuc so chuyen dung Chinh phu (RootCA)"} == names
    for root in trust.bundled_roots():
        assert root.issuer == root.subject
        assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_a_bundled_file_that_does_not_match_its_pin_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              pki: TestPKI) -> None:
    copy = tmp_path / "trust"
    shutil.copytree(trust.trust_dir(), copy)
    (copy / "roots" / "neac-root-g2.pem").write_bytes(pem(pki.root.cert))  # a swapped anchor
    monkeypatch.setattr(trust, "trust_dir", lambda: copy)
    trust.bundled_roots.cache_clear()
    try:
        with pytest.raises(trust.TrustError, match=r"neac-root-g2\.pem không khớp dấu vân tay"):
            trust.bundled_roots()
    finally:
        trust.bundled_roots.cache_clear()


def _path_names(result: object) -> list[str]:
    return [c.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value for c in result.path]  # type: ignore[attr-defined]


def test_the_tax_department_certificate_chains_to_government_root_g2_offline() -> None:
    leaf = _sample("tct-leaf-cpcag2.pem")
    at = dt.datetime(2024, 6, 1, tzinfo=UTC)
    res = validate_path(leaf, [], trust.load_trust_roots(), at)  # nothing but the public keys bundled here
    assert res.status == "ok", res.detail
    assert _path_names(res) == ["RootCA chuyên dùng Chính phủ G2", "CA phục vụ các cơ quan Nhà nước G2",
                                "TỔNG CỤC THUẾ"]
    assert validate_path(leaf, [], trust.load_trust_roots(), dt.datetime(2027, 1, 1, tzinfo=UTC)).status == "expired"


def test_the_viettel_customer_certificate_chains_through_a_single_source_intermediate() -> None:
    leaf = _sample("viettel-leaf.pem")
    at = dt.datetime(2026, 1, 15, tzinfo=UTC)
    res = validate_path(leaf, [], trust.load_trust_roots(), at)
    assert res.status == "ok", res.detail
    assert _path_names(res)[:2] == ["Vietnam National Root CA", "Viettel-CA SHA2"]
    # The intermediate helps build the path but is never an anchor: without the roots nothing is trusted.
    assert validate_path(leaf, [], [], at).status == "untrusted"
    anchors = {trust.fingerprint(c) for c in trust.load_trust_roots()}
    assert not anchors & {trust.fingerprint(c) for c in trust.bundled_intermediates()}


def test_a_test_root_added_to_the_clerks_trust_folder_makes_packages_trusted(tmp_path: Path, pki: TestPKI) -> None:
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        pkg = make_package(tmp_path / "pkg", s).path
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data), "verify", str(pkg)]
    before = subprocess.run(cmd, capture_output=True, text=True)
    assert before.returncode == 1 and "CHƯA TIN CẬY" in before.stdout.splitlines()[0]
    (data / "trust").mkdir(parents=True)
    (data / "trust" / "huyen-thu-nghiem.pem").write_bytes(pki.root.cert.public_bytes(Encoding.PEM))
    after = subprocess.run(cmd, capture_output=True, text=True)
    assert after.returncode == 0, after.stdout + after.stderr
    assert after.stdout.splitlines()[0].endswith(": HỢP LỆ") and "[LỖI]" not in after.stdout
    report = verify_package(pkg, trust.load_trust_roots([data / "trust" / "huyen-thu-nghiem.pem"]))
    assert report.verdict == "ok" and report.signer is not None and report.signer.ok
