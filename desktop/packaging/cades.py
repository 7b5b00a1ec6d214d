"""CAdES B-B: a detached CMS SignedData (DER) over an ASiC manifest, and its verification.

Verification separates three outcomes a reviewer must not confuse: the bytes were changed (tampered), the bytes
are intact but nobody we trust vouches for the signer (untrusted), and the signer's certificate is outside its
validity period (expired / not yet valid). Trust roots are the bundled ones in resources/trust plus any the user
adds; no network is used, so revocation is not checked (offline B-B, as PACKAGE-FORMAT.md allows).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator import ValidationContext

from desktop.packaging.signers import PackageSigner
from desktop.paths import resources_dir

VN_TZ = dt.timezone(dt.timedelta(hours=7), "+07:00")


def trust_dir() -> Path:
    return resources_dir() / "trust"


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """PEM (one or many) or a single DER certificate."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def load_trust_roots(extra: Iterable[Path] = (), include_bundled: bool = True) -> list[x509.Certificate]:
    """Bundled roots (resources/trust/*.pem|crt|cer) plus the user's; a bad file is an error naming it."""
    paths: list[Path] = []
    if include_bundled and trust_dir().is_dir():
        paths += sorted(p for p in trust_dir().iterdir() if p.suffix.lower() in (".pem", ".crt", ".cer"))
    paths += [Path(p) for p in extra]
    roots: list[x509.Certificate] = []
    for p in paths:
        try:
            roots += load_certificates(p.read_bytes())
        except (OSError, ValueError) as exc:
            raise ValueError(f"không đọc được chứng thư gốc {p}: {exc}") from None
    return roots


# --------------------------------------------------------------------------------------------------- signing


def now_vn() -> dt.datetime:
    return dt.datetime.now(VN_TZ).replace(microsecond=0)


def sign_detached(data: bytes, signer: PackageSigner, when: dt.datetime | None = None) -> bytes:
    """CMS SignedData, detached, DER, SHA-256, with signing-time, signing-certificate-v2 and the chain."""
    when = when or now_vn()
    attrs = PdfCMSSignedAttributes(signing_time=when)
    ci = asyncio.run(signer.signer.async_sign_general_data(
        data, "sha256", detached=True, use_cades=True, signed_attr_settings=attrs))
    return bytes(ci.dump())


# --------------------------------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class SignatureResult:
    """One CAdES signature. `status` is one of: ok, untrusted, tampered, expired, not-yet-valid, malformed."""

    status: str
    message: str  # Vietnamese, one line
    signer: str | None = None
    agency: str | None = None
    signing_time: dt.datetime | None = None
    certificate: x509.Certificate | None = None

    @property
    def intact(self) -> bool:
        return self.status not in ("tampered", "malformed")

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _subject_attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    a = cert.subject.get_attributes_for_oid(oid)
    return str(a[0].value) if a else None


def _fmt(t: dt.datetime) -> str:
    return t.astimezone(VN_TZ).isoformat()


def verify_detached(sig_der: bytes, content: bytes, trust_roots: Sequence[x509.Certificate],
                    now: dt.datetime | None = None) -> SignatureResult:
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    now = now or dt.datetime.now(dt.UTC)
    try:
        ci = cms.ContentInfo.load(sig_der, strict=True)
        if ci["content_type"].native != "signed_data":
            return SignatureResult("malformed", "không phải CMS SignedData")
        sd = ci["content"]
        infos = sd["signer_infos"]
        if len(infos) != 1:
            return SignatureResult("malformed", f"cần đúng một người ký, có {len(infos)}")
        if sd["encap_content_info"]["content"].native is not None:
            return SignatureResult("malformed", "chữ ký không ở dạng tách rời (detached)")
    except (ValueError, TypeError, KeyError) as exc:
        return SignatureResult("malformed", f"không đọc được chữ ký CMS: {exc}")

    vc = ValidationContext(trust_roots=[asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust_roots],
                           moment=now, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = asyncio.run(async_validate_detached_cms(content, sd, signer_validation_context=vc))
    except Exception as exc:  # pyHanko raises several types for structurally broken input
        return SignatureResult("malformed", f"không kiểm tra được chữ ký: {type(exc).__name__}: {exc}")

    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    who = _subject_attr(cert, x509.NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    agency = _subject_attr(cert, x509.NameOID.ORGANIZATION_NAME)
    when = status.signer_reported_dt

    def result(status_code: str, message: str) -> SignatureResult:
        return SignatureResult(status_code, message, who, agency, when, cert)

    label = f"{who}" + (f" ({agency})" if agency else "")
    if not status.intact:
        return result("tampered", f"nội dung đã bị thay đổi sau khi {label} ký")
    if not status.valid:
        return result("tampered", f"chữ ký của {label} không khớp khóa công khai (đã bị sửa)")
    if now < cert.not_valid_before_utc:
        return result("not-yet-valid", f"chứng thư số của {label} chưa có hiệu lực (từ "
                      f"{_fmt(cert.not_valid_before_utc)})")
    if now > cert.not_valid_after_utc:
        return result("expired", f"chứng thư số của {label} đã hết hạn ngày "
                      f"{_fmt(cert.not_valid_after_utc)}")
    if when is not None and not (cert.not_valid_before_utc <= when <= cert.not_valid_after_utc):
        return result("expired", f"thời điểm ký {_fmt(when)} nằm ngoài thời hạn chứng thư của {label}")
    if not status.trusted:
        why = getattr(status.trust_problem_indic, "name", None) or "không dựng được chuỗi tới CA gốc tin cậy"
        if why.upper().startswith("EXPIRED") or "OUT_OF_BOUNDS" in why.upper():
            return result("expired", f"một chứng thư trong chuỗi của {label} hết hạn ({why})")
        if why.upper().startswith("NOT_YET_VALID"):
            return result("not-yet-valid", f"một chứng thư trong chuỗi của {label} chưa có hiệu lực")
        return result("untrusted", f"chữ ký của {label} còn nguyên vẹn nhưng không chuỗi tới CA gốc tin "
                      f"cậy nào ({why})")
    return result("ok", f"hợp lệ, ký bởi {label} lúc {_fmt(when) if when else 'không rõ'}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
