"""Who signed, not only whether bytes changed: every PAdES signer is judged like the seal, a certificate that may
not sign is refused, and a package proven to exist before its signer's certificate expired stays accepted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.packaging.build import Document, PackagingError, build_package
from desktop.packaging.judge import Evidence, signing_certificate_problems
from desktop.packaging.pades import sign_pdf, verify_pdf
from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.packaging.verify import verify_package
from desktop.snapshot import loads
from tests.support.packages import SIGN_BOX, make_package, sample_dossier, small_pdf
from tests.support.pki import Identity, TestPKI

UTC = dt.UTC


def _signer(ident: Identity, tmp_path: Path, name: str) -> PackageSigner:
    return Pkcs12Signer(ident.write_p12(tmp_path / f"{name}.p12", "pw"), "pw")


def _mixed_package(tmp_path: Path, seal: PackageSigner, pdf_signer: PackageSigner) -> Path:
    """The tờ trình signed by `pdf_signer`, the other PDFs and the seal by `seal`: what the audit built."""
    signed = sign_pdf(small_pdf("TO TRINH"), pdf_signer, SIGN_BOX)
    docs = [Document("documents/01_to-trinh.pdf", signed, None),
            Document("documents/02_danh-sach.pdf", small_pdf("DANH SACH"), SIGN_BOX),
            Document("documents/03_bien-ban-hop.pdf", small_pdf("BIEN BAN"), SIGN_BOX)]
    (tmp_path / "out").mkdir(exist_ok=True)
    return build_package(tmp_path / "out", sample_dossier(), signer=seal, documents=docs).path


@pytest.mark.parametrize(("who", "verdict", "words"), [
    ("impostor", "untrusted", "chưa tin cậy: chữ ký của Nguyễn Văn An (UBND xã Tân Lập) còn nguyên vẹn nhưng không "
                              "chuỗi tới CA gốc tin cậy"),
    ("expired", "invalid", "nằm ngoài thời hạn chứng thư số của Phạm Hết Hạn"),
    ("encipher_only", "invalid", "không được phép dùng để ký"),
])
def test_a_pdf_signed_by_another_certificate_under_a_trusted_seal_is_not_valid(
        tmp_path: Path, pki: TestPKI, p12_signer: PackageSigner, who: str, verdict: str, words: str) -> None:
    with _signer(getattr(pki, who), tmp_path, who) as other:
        path = _mixed_package(tmp_path, p12_signer, other)
    report = verify_package(path, [pki.root.cert])
    assert report.signer is not None and report.signer.ok  # the seal itself is the real, trusted key
    assert not report.ok and report.verdict == verdict, report.lines()
    assert report.lines()[0].endswith((verdict == "untrusted" and "CHƯA TIN CẬY") or "KHÔNG HỢP LỆ")
    pdf = report.check("pdf")
    assert pdf is not None and not pdf.ok and pdf.detail.startswith("documents/01_to-trinh.pdf: ")
    assert words in pdf.detail, pdf.detail
    assert "chữ ký PDF nguyên vẹn" not in "\n".join(report.lines())
    # A reviewer opening that one PDF alone is told the same.
    [alone] = verify_pdf(_read(path, "documents/01_to-trinh.pdf"), [pki.root.cert])
    assert alone.verdict == verdict and words in alone.message


def _read(path: Path, entry: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(entry)


def test_every_pdf_signer_of_a_good_package_is_judged_valid(tmp_path: Path, pki: TestPKI,
                                                           p12_signer: PackageSigner) -> None:
    report = verify_package(make_package(tmp_path / "p", p12_signer).path, [pki.root.cert])
    assert report.ok and report.verdict == "ok", report.lines()
    assert len(report.pdf_signatures) == 3 and all(p.verdict == "ok" for _, p in report.pdf_signatures)
    assert report.check("pdf").detail == "3 chữ ký PDF nguyên vẹn, bao trùm toàn bộ tệp, hợp lệ"  # type: ignore[union-attr]


def test_a_seal_by_another_office_is_not_trusted(tmp_path: Path, pki: TestPKI) -> None:
    with _signer(pki.commune_b, tmp_path, "b") as b:  # Hoàn Sơn's real key on Tân Lập's dossier
        report = verify_package(make_package(tmp_path / "p", b).path, [pki.root.cert])
    assert report.verdict == "untrusted" and report.signer is not None and report.signer.status == "wrong-office"
    assert "không mang tên UBND xã Tân Lập" in report.signer.message


def test_a_key_that_may_not_sign_makes_no_package(tmp_path: Path, pki: TestPKI, dossier: object) -> None:
    with _signer(pki.encipher_only, tmp_path, "enc") as enc:
        problems = signing_certificate_problems(enc.certificate, dt.datetime.now(UTC), chain=enc.chain,
                                                trust_roots=[pki.root.cert])
        assert [(p.code, p.blocking) for p in problems] == [("key-usage", True)]
        assert "không dùng để ký được" in problems[0].message
        with pytest.raises(PackagingError, match="không được phép dùng để ký"):
            make_package(tmp_path / "p", enc)
    assert not list((tmp_path / "p").glob("*.asice"))


def test_certificate_problems_name_each_reason(tmp_path: Path, pki: TestPKI) -> None:
    now = dt.datetime.now(UTC)
    codes = {who: [p.code for p in signing_certificate_problems(getattr(pki, who).cert, now,
                                                                chain=getattr(pki, who).chain,
                                                                trust_roots=[pki.root.cert])]
             for who in ("commune", "expired", "not_yet_valid", "self_signed", "stranger")}
    assert codes == {"commune": [], "expired": ["expired"], "not_yet_valid": ["not-yet-valid"],
                     "self_signed": ["self-signed"], "stranger": ["untrusted"]}
    assert signing_certificate_problems(pki.commune.cert, now, chain=pki.commune.chain)[0].code == "untrusted"


# ------------------------------------------------------------------------------------------------ time


def _expired_package(tmp_path: Path, pki: TestPKI, **kwargs: object) -> tuple[Path, dt.datetime]:
    """Signed by "Phạm Hết Hạn" 100 days ago, while the certificate was valid (it expired 30 days ago)."""
    signed_at = dt.datetime.now(UTC).replace(microsecond=0) - dt.timedelta(days=100)
    with _signer(pki.expired, tmp_path, "exp") as s:
        res = make_package(tmp_path / "p", s, sample_dossier("27999", "UBND xã Cũ"), when=signed_at, **kwargs)
    return res.path, signed_at


def test_a_package_proven_received_before_expiry_stays_accepted(tmp_path: Path, pki: TestPKI) -> None:
    path, signed_at = _expired_package(tmp_path, pki)
    fresh = verify_package(path, [pki.root.cert])  # no evidence: nothing shows it was signed while valid
    assert fresh.verdict == "invalid" and "không có dấu thời gian hay lần nhận gói nào" in fresh.first_failure()
    received = Evidence(signed_at + dt.timedelta(days=10), "received")
    later = verify_package(path, [pki.root.cert], evidence=received)
    assert later.ok and later.verdict == "ok-expired", later.lines()
    assert later.lines()[0].endswith("HỢP LỆ NHƯNG CHỨNG THƯ ĐÃ HẾT HẠN SAU KHI KÝ")
    assert "lúc đơn vị nhận và kiểm tra gói" in later.lines()[1]
    assert all(p.verdict == "ok-expired" for _, p in later.pdf_signatures)
    too_late = Evidence(dt.datetime.now(UTC) - dt.timedelta(days=5), "received")  # received after it expired
    assert verify_package(path, [pki.root.cert], evidence=too_late).verdict == "invalid"


def test_an_aggregate_vouches_for_when_it_received_its_inputs(tmp_path: Path, pki: TestPKI,
                                                             district_signer: PackageSigner) -> None:
    inner, signed_at = _expired_package(tmp_path, pki)
    received = signed_at + dt.timedelta(days=1)
    entry = {"package": inner.name, "sha256": _sha(inner), "signer": "Phạm Hết Hạn", "verified": True,
             "received_at": received.isoformat()}
    up = _district(tmp_path / "up.asice", [entry], district_signer, inner)
    report = verify_package(up, [pki.root.cert])
    assert report.ok, report.lines()
    [child] = report.inputs
    assert child.verdict == "ok-expired" and child.evidence is not None and child.evidence.kind == "aggregated"
    assert "lúc cấp tổng hợp nhận gói" in "\n".join(child.lines())


def test_aggregated_from_without_the_inputs_it_names_fails(tmp_path: Path, pki: TestPKI,
                                                           p12_signer: PackageSigner,
                                                           district_signer: PackageSigner) -> None:
    inner = make_package(tmp_path / "a", p12_signer)
    entry = {"package": inner.name, "sha256": inner.file_sha256(), "signer": inner.signer, "verified": True}
    up = _district(tmp_path / "up.asice", [entry], district_signer, None)
    report = verify_package(up, [pki.root.cert])
    assert not report.ok and report.verdict == "invalid"
    assert f"aggregated_from khai báo {inner.name} nhưng gói không chứa tệp" in report.first_failure()


def _sha(path: Path) -> str:
    from desktop.packaging.build import file_sha256

    return file_sha256(path)


def _district(out: Path, entries: list[dict[str, object]], signer: PackageSigner, inner: Path | None) -> Path:
    d = loads(json.dumps({"schema": "hskt-dossier/1",
                          "unit": {"name": "UBND huyện Tiên Du", "level": "huyen", "code": "271"},
                          "campaign": {"name": "Tổng kết năm 2025", "year": 2025}, "nominees": [], "proposals": [],
                          "aggregated_from": entries}))
    return build_package(out, d, signer=signer, inputs=[(inner.name, inner)] if inner else []).path


def test_a_trusted_timestamp_b_t_keeps_a_package_valid_after_expiry(tmp_path: Path, pki: TestPKI) -> None:
    from tests.support.tsa import stamper as make_stamper

    signed_at = dt.datetime.now(UTC).replace(microsecond=0) - dt.timedelta(days=100)
    stamper = make_stamper(pki, fixed_dt=signed_at)
    with _signer(pki.expired, tmp_path, "exp") as s:
        s.timestamper = stamper
        path = make_package(tmp_path / "p", s, sample_dossier("27999", "UBND xã Cũ"), when=signed_at).path
    report = verify_package(path, [pki.root.cert])  # no receipt evidence: the timestamp alone proves the moment
    assert report.ok and report.verdict == "ok-expired", report.lines()
    assert report.signer is not None and report.signer.evidence is not None
    assert report.signer.evidence.kind == "timestamp" and report.signer.evidence.at == signed_at
    assert "sau dấu thời gian" in report.signer.message
