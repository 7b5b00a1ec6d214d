"""What is wrong with a signing certificate, in words a clerk reads before typing the password or PIN.

`certificate_problems(cert, at)` is the interface the signing dialog uses. It is HSKT's own small check until the
trust work (issue 14) brings `desktop.packaging`'s certificate checker and the bundled Vietnamese root CAs; then this
function delegates to it and keeps its signature. `read_p12_certificate` opens the certificate of a PKCS#12 file
(with the password when the file needs one) so the dialog can check it before signing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12


def _date(when: datetime) -> str:
    return f"{when:%d/%m/%Y}"


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # InvalidSignature, a wrong key type, an unsupported algorithm: not its issuer
        return False
    return True


def _chains_to(cert: x509.Certificate, roots: Sequence[x509.Certificate],
               intermediates: Sequence[x509.Certificate]) -> bool:
    current, seen = cert, 0
    while seen <= len(intermediates):
        if any(_issued_by(current, r) for r in roots) or any(current == r for r in roots):
            return True
        nxt = next((i for i in intermediates if i != current and _issued_by(current, i)), None)
        if nxt is None:
            return False
        current, seen = nxt, seen + 1
    return False


def _self_signed(cert: x509.Certificate) -> bool:
    return cert.issuer == cert.subject and _issued_by(cert, cert)


def _can_sign(cert: x509.Certificate) -> bool:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True  # no restriction written in the certificate
    return bool(usage.digital_signature or usage.content_commitment)


def is_ca(cert: x509.Certificate) -> bool:
    """A CA's own certificate (tokens carry their issuer's): it identifies the CA, it does not sign dossiers."""
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def bundled_roots() -> list[x509.Certificate]:
    from desktop.packaging.cades import load_trust_roots

    return load_trust_roots()


def certificate_problems(cert: x509.Certificate, at: datetime, *, roots: Iterable[x509.Certificate] | None = None,
                         intermediates: Iterable[x509.Certificate] = ()) -> list[str]:
    """Each problem as a sentence, most serious first; [] for a certificate the next level will accept.

    `roots` are the CAs trusted (default: those bundled with HSKT); `intermediates` the CA certificates that came
    with the key (a PKCS#12 file or a token usually carries them)."""
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    trusted = list(bundled_roots() if roots is None else roots)
    problems: list[str] = []
    if _self_signed(cert):
        problems.append("Chứng thư số này do chính người dùng tự cấp (chứng thư thử nghiệm), không phải do một tổ "
                        "chức chứng thực chữ ký số cấp. Cấp trên sẽ không công nhận chữ ký này.")
    if at < cert.not_valid_before_utc:
        problems.append(f"Chứng thư số chưa có hiệu lực: có hiệu lực từ ngày {_date(cert.not_valid_before_utc)}.")
    elif at > cert.not_valid_after_utc:
        problems.append(f"Chứng thư số đã hết hạn ngày {_date(cert.not_valid_after_utc)}. Hãy gia hạn với nhà cung "
                        "cấp chữ ký số.")
    if not _can_sign(cert):
        problems.append("Chứng thư số này không được phép dùng để ký văn bản (chỉ dùng để mã hóa hoặc đăng nhập).")
    if not _self_signed(cert) and not _chains_to(cert, trusted, list(intermediates)):
        problems.append("Chứng thư số không do một tổ chức chứng thực chữ ký số được công nhận tại Việt Nam cấp "
                        "(không nối được tới chứng thư gốc nào HSKT tin cậy). Cấp trên có thể không công nhận chữ ký.")
    return problems


class CertificateUnreadable(Exception):
    """The PKCS#12 file could not be opened (wrong password, not a PKCS#12 file); Vietnamese message."""


def read_p12_certificate(path: Path, password: str | None) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The signing certificate and the CA certificates stored with it."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CertificateUnreadable(f"không đọc được tệp {path}: {exc.strerror or exc}") from None
    try:
        _key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
    except ValueError:
        raise CertificateUnreadable("mật khẩu không đúng, hoặc tệp không phải tệp chữ ký số .p12/.pfx") from None
    if cert is None:
        raise CertificateUnreadable("tệp chữ ký số không chứa chứng thư số")
    return cert, list(extra)


def holder_name(cert: x509.Certificate) -> str:
    """The holder as printed on the certificate: common name, then organisation."""
    return _attr(cert.subject, x509.NameOID.COMMON_NAME) or _attr(cert.subject, x509.NameOID.ORGANIZATION_NAME) \
        or cert.subject.rfc4514_string()


def issuer_name(cert: x509.Certificate) -> str:
    """The CA that issued it, by its organisation when it has one (VNPT-CA, Viettel-CA, ...)."""
    return _attr(cert.issuer, x509.NameOID.ORGANIZATION_NAME) or _attr(cert.issuer, x509.NameOID.COMMON_NAME) \
        or cert.issuer.rfc4514_string()


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""
