"""The signing dialog's questions about a certificate, asked before the password or PIN is used.

`certificate_problems(cert, at)` is what the dialog calls. It delegates to `desktop.packaging.judge`'s
`signing_certificate_problems` (issue 14), the same judgement the export makes before it signs: blocking problems
(not for signing, expired, not yet valid) refuse the export; the others (self-signed, no bundled or added
Vietnamese root) are warnings the clerk may accept for a test. `read_p12_certificate` opens the certificate of a
PKCS#12 file (with the password when the file needs one).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12


def certificate_problems(cert: x509.Certificate, at: datetime, *, roots: Iterable[x509.Certificate] | None = None,
                         intermediates: Iterable[x509.Certificate] = ()) -> list[Any]:
    """Each problem (`packaging.judge.Problem`: code, message in plain Vietnamese, blocking), most serious first;
    [] for a certificate the next level will accept. `roots`: the CAs trusted (default: those bundled with HSKT);
    `intermediates`: the CA certificates that came with the key (a PKCS#12 file or a token usually has them)."""
    from desktop.packaging.judge import signing_certificate_problems

    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return signing_certificate_problems(cert, at, chain=list(intermediates),
                                        trust_roots=None if roots is None else list(roots))


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


def is_ca(cert: x509.Certificate) -> bool:
    """A CA's own certificate (tokens carry their issuer's): it identifies the CA, it does not sign dossiers."""
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


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
