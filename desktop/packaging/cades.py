"""CAdES B-B (B-T when a timestamp server is given): a detached CMS SignedData (DER) over an ASiC manifest.

Verification keeps apart what a reviewer must not confuse: the bytes were changed or the CMS is broken (checked
here), and who signed (judge.judge_certificate: trust, validity, key usage, office). Trust roots are the bundled
national roots plus the clerk's; intermediates come from the signature and the bundled set. No network is used, so
revocation is not checked (offline B-B, as PACKAGE-FORMAT.md allows).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

from desktop.packaging.judge import ACCEPTED, VN_TZ, Evidence, earliest, judge_certificate
from desktop.packaging.signers import PackageSigner
from desktop.packaging.trust import load_certificates, load_trust_roots, trust_dir

__all__ = ["VN_TZ", "SignatureResult", "load_certificates", "load_trust_roots", "now_vn", "sha256_hex",
           "sign_detached", "trust_dir", "verify_detached"]


# --------------------------------------------------------------------------------------------------- signing


def now_vn() -> dt.datetime:
    return dt.datetime.now(VN_TZ).replace(microsecond=0)


def sign_detached(data: bytes, signer: PackageSigner, when: dt.datetime | None = None) -> bytes:
    """CMS SignedData, detached, DER, SHA-256, with signing-time, signing-certificate-v2 and the chain; with a
    signature timestamp (B-T) when the signer carries a timestamper."""
    when = when or now_vn()
    attrs = PdfCMSSignedAttributes(signing_time=when)
    ci = asyncio.run(signer.signer.async_sign_general_data(
        data, "sha256", detached=True, use_cades=True, signed_attr_settings=attrs, timestamper=signer.timestamper))
    return bytes(ci.dump())


# --------------------------------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class SignatureResult:
    """One CAdES signature. `status`: ok, ok-expired, untrusted, wrong-office, key-usage, tampered, expired,
    not-yet-valid, invalid, malformed; `verdict`: judge.VERDICTS."""

    status: str
    message: str  # Vietnamese, one line
    signer: str | None = None
    agency: str | None = None
    signing_time: dt.datetime | None = None
    certificate: x509.Certificate | None = None
    verdict: str = "invalid"
    evidence: Evidence | None = None  # the proven moment the certificate was validated at, when not "now"

    @property
    def intact(self) -> bool:
        return self.status not in ("tampered", "malformed")

    @property
    def ok(self) -> bool:
        return self.verdict in ACCEPTED


def _subject_attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    a = cert.subject.get_attributes_for_oid(oid)
    return str(a[0].value) if a else None


def _timestamp(signer_info: Any, content_digest: bytes, trust_roots: Sequence[x509.Certificate],
               now: dt.datetime) -> Evidence | None:
    """The signature timestamp (B-T), when one is present, intact and issued by a trusted TSA."""
    from pyhanko.sign.validation.generic_cms import collect_timing_info
    from pyhanko_certvalidator import ValidationContext

    if signer_info["unsigned_attrs"].native is None:
        return None
    vc = ValidationContext(trust_roots=[asn1_x509.Certificate.load(c.public_bytes(Encoding.DER))
                                        for c in trust_roots], moment=now, allow_fetching=False,
                           revocation_mode="soft-fail")
    try:
        info = asyncio.run(collect_timing_info(signer_info, vc, lambda _algo: content_digest))
    except Exception:  # a broken token is no evidence; the signature is judged without it
        return None
    tst = info.get("timestamp_validity")
    if tst is None or not (tst.intact and tst.valid and tst.trusted):
        return None
    return Evidence(tst.timestamp, "timestamp")


def verify_detached(sig_der: bytes, content: bytes, trust_roots: Sequence[x509.Certificate],
                    now: dt.datetime | None = None, *, evidence: Evidence | None = None,
                    expected_office: str | None = None) -> SignatureResult:
    """Integrity of a detached CAdES over `content`, then the signer's judgement (judge.judge_certificate).

    `evidence`: a moment the receiver can prove the signature existed (e.g. when the inbox received it);
    `expected_office`: the office that should have signed (the dossier's unit)."""
    from pyhanko.sign.general import extract_signer_info
    from pyhanko.sign.validation.generic_cms import (
        extract_certs_for_validation,
        extract_self_reported_ts,
        validate_sig_integrity,
    )

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
        certs = extract_certs_for_validation(sd)
        signer_info = extract_signer_info(sd)
        algo = signer_info["digest_algorithm"]["algorithm"].native
        digest = hashlib.new(algo, content).digest()
        intact, valid = validate_sig_integrity(signer_info, certs.signer_cert, "data", digest)
        signing_time = extract_self_reported_ts(signer_info)
        cert = x509.load_der_x509_certificate(certs.signer_cert.dump())
    except Exception as exc:  # asn1crypto and pyHanko raise many types for structurally broken input
        return SignatureResult("malformed", f"không đọc được chữ ký CMS: {type(exc).__name__}: {exc}")

    who = _subject_attr(cert, x509.NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    agency = _subject_attr(cert, x509.NameOID.ORGANIZATION_NAME)
    label = f"{who}" + (f" ({agency})" if agency else "")
    if not intact:
        return SignatureResult("tampered", f"nội dung đã bị thay đổi sau khi {label} ký", who, agency,
                               signing_time, cert)
    if not valid:
        return SignatureResult("tampered", f"chữ ký của {label} không khớp khóa công khai (đã bị sửa)", who,
                               agency, signing_time, cert)
    proven = earliest(evidence, _timestamp(signer_info, signer_info["signature"].native, trust_roots, now))
    j = judge_certificate(cert, embedded=certs.other_certs, signing_time=signing_time, trust_roots=trust_roots,
                          now=now, evidence=proven, expected_office=expected_office)
    return SignatureResult(j.status, j.message, who, agency, signing_time, cert, j.verdict, j.evidence)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
