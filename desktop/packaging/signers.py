"""Signing keys: a PKCS#12 file or a PKCS#11 token, both wrapped as pyHanko signers.

Secrets (password, PIN) are arguments, used once and never stored; the caller asks for them each time. Keys on a
token are found by CKA_ID and matched to the certificate with the same CKA_ID, not by label, because the Vietnamese
CAs' vendor middleware labels objects inconsistently.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.sign import signers as ph_signers

__all__ = [
    "PRESET_LIBRARIES",
    "PackageSigner",
    "Pkcs11Signer",
    "Pkcs12Signer",
    "SignerError",
    "TokenCertificate",
    "TokenInfo",
    "TokenKey",
    "TokenPreset",
    "list_token_objects",
    "preset_library_paths",
]


class SignerError(Exception):
    """The key cannot be used; the message is Vietnamese and tells the clerk what to do."""


@dataclass(frozen=True)
class TokenPreset:
    name: str
    windows: tuple[str, ...]
    linux: tuple[str, ...]


# PKCS#11 middleware installed by the Vietnamese CAs' token drivers. UNVERIFIED: these names come from vendor
# installers as commonly reported, not from testing each token; the settings screen lets the clerk edit the path,
# and the first entry found on disk wins. SoftHSM2 is here for tests and demos.
PRESET_LIBRARIES: tuple[TokenPreset, ...] = (
    TokenPreset("VNPT-CA", (r"C:\Windows\System32\vnpt-ca_csp11.dll", r"C:\Windows\System32\VNPT-CA_v34.dll"),
                ("/usr/lib/libvnpt-ca_csp11.so", "/usr/local/lib/libvnptca_p11.so")),
    TokenPreset("Viettel-CA", (r"C:\Windows\System32\viettel-ca_v5.dll", r"C:\Windows\System32\viettelca_p11.dll"),
                ("/usr/lib/libviettel-ca_v5.so", "/usr/local/lib/libviettelca_p11.so")),
    TokenPreset("FPT-CA", (r"C:\Windows\System32\fpt-ca.dll", r"C:\Windows\System32\FPTCA_CSP11_v1.dll"),
                ("/usr/lib/libfpt-ca.so",)),
    TokenPreset("BKAV-CA", (r"C:\Windows\System32\BkavCA.dll", r"C:\Windows\System32\BkavCAv2S.dll"),
                ("/usr/lib/libbkavca.so",)),
    TokenPreset("Ban Cơ yếu Chính phủ (CA chuyên dùng)", (r"C:\Windows\System32\bcy_p11.dll",),
                ("/usr/lib/libbcy_p11.so",)),
    TokenPreset("SafeNet eToken (nhiều CA dùng)", (r"C:\Windows\System32\eTPKCS11.dll",),
                ("/usr/lib/libeTPkcs11.so", "/usr/lib/x86_64-linux-gnu/libeTPkcs11.so")),
    TokenPreset("OpenSC", (r"C:\Windows\System32\opensc-pkcs11.dll",),
                ("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so")),
    TokenPreset("SoftHSM2 (thử nghiệm)", (r"C:\SoftHSM2\lib\softhsm2-x64.dll",),
                ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")),
)


def preset_library_paths(existing_only: bool = True) -> list[tuple[str, str]]:
    """(preset name, path) for this platform, those present on disk first-found when `existing_only`."""
    out = []
    for preset in PRESET_LIBRARIES:
        for path in preset.windows if sys.platform.startswith("win") else preset.linux:
            if not existing_only or os.path.exists(path):
                out.append((preset.name, path))
                if existing_only:
                    break
    return out


# --------------------------------------------------------------------------------------------------- common


def _cn(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    attrs = name.get_attributes_for_oid(oid)
    return str(attrs[0].value) if attrs else None


@dataclass
class PackageSigner:
    """A ready key: the pyHanko signer, its certificate and the chain to embed. Close it when done."""

    signer: ph_signers.Signer
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)
    _session: Any = field(default=None, repr=False)
    # An RFC 3161 client (pyHanko TimeStamper) when the clerk chose a timestamp server: signatures become B-T.
    timestamper: Any = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The person or office named in the certificate (CN), as the visible signature shows it."""
        return _cn(self.certificate.subject, x509.NameOID.COMMON_NAME) or self.certificate.subject.rfc4514_string()

    @property
    def agency(self) -> str | None:
        return _cn(self.certificate.subject, x509.NameOID.ORGANIZATION_NAME)

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    def valid_at(self, moment: datetime) -> bool:
        return self.certificate.not_valid_before_utc <= moment <= self.certificate.not_valid_after_utc

    def close(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            finally:
                self._session = None

    def __enter__(self) -> PackageSigner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _from_asn1(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def Pkcs12Signer(path: str | os.PathLike[str], password: str | bytes | None,
                 extra_certs: list[x509.Certificate] | None = None) -> PackageSigner:
    """Open a .p12/.pfx file. Extra certificates (intermediates missing from the file) are embedded too."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SignerError(f"không đọc được tệp chữ ký số {path}: {exc.strerror or exc}") from None
    pw = password.encode("utf-8") if isinstance(password, str) else password
    try:
        signer = ph_signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=[_to_asn1(c) for c in extra_certs or []], passphrase=pw)
    except (ValueError, TypeError):
        raise SignerError(f"không mở được tệp PKCS#12 {Path(path).name}: mật khẩu sai hoặc tệp hỏng") from None
    assert signer.signing_cert is not None
    cert = _from_asn1(signer.signing_cert)
    chain = [_from_asn1(c) for c in signer.cert_registry if c.dump() != signer.signing_cert.dump()]
    return PackageSigner(signer=signer, certificate=cert, chain=chain)


# --------------------------------------------------------------------------------------------------- PKCS#11


@dataclass(frozen=True)
class TokenCertificate:
    id_hex: str
    label: str
    subject: str
    issuer: str
    not_after: datetime
    has_key: bool  # a private key with the same CKA_ID exists (only known after login)
    certificate: x509.Certificate = field(repr=False, compare=False)


@dataclass(frozen=True)
class TokenKey:
    id_hex: str
    label: str


@dataclass(frozen=True)
class TokenInfo:
    slot_id: int
    slot_description: str
    label: str
    manufacturer: str
    model: str
    serial: str
    logged_in: bool
    certificates: tuple[TokenCertificate, ...]
    keys: tuple[TokenKey, ...]  # private keys are visible only after login


def _load_lib(lib_path: str) -> Any:
    import pkcs11

    if not os.path.exists(lib_path):
        raise SignerError(f"không tìm thấy thư viện PKCS#11 {lib_path}; hãy cài trình điều khiển token hoặc sửa đường dẫn")
    try:
        return pkcs11.lib(lib_path)
    except Exception as exc:  # the loader raises assorted types for a wrong or broken DLL
        raise SignerError(f"không nạp được thư viện PKCS#11 {lib_path}: {exc}") from None


def _initialized(token: Any) -> bool:
    """Software tokens and some readers expose an empty, uninitialised slot that cannot be opened; skip it."""
    from pkcs11 import TokenFlag

    return bool(token.flags & TokenFlag.TOKEN_INITIALIZED)


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _pin_error(exc: Exception) -> SignerError:
    import pkcs11

    if isinstance(exc, pkcs11.exceptions.PinIncorrect):
        return SignerError("mã PIN không đúng")
    if isinstance(exc, pkcs11.exceptions.PinLocked):
        return SignerError("token đã bị khóa do nhập sai PIN quá số lần cho phép")
    return SignerError(f"không đăng nhập được token: {type(exc).__name__}")


def _objects(session: Any) -> tuple[list[TokenCertificate], list[TokenKey]]:
    from pkcs11 import Attribute, ObjectClass

    keys = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        keys.append(TokenKey(bytes(obj[Attribute.ID] or b"").hex(), _text(obj[Attribute.LABEL])))
    key_ids = {k.id_hex for k in keys}
    certs = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue  # an unparsable object on the token must not hide the usable ones
        cid = bytes(obj[Attribute.ID] or b"").hex()
        certs.append(TokenCertificate(cid, _text(obj[Attribute.LABEL]), cert.subject.rfc4514_string(),
                                      cert.issuer.rfc4514_string(), cert.not_valid_after_utc, cid in key_ids, cert))
    return certs, keys


def list_token_objects(lib_path: str, pin: str | None = None, token_label: str | None = None) -> list[TokenInfo]:
    """For the token wizard: every slot with a token, its certificates, and (after login with `pin`) its keys.

    Without a PIN only public objects are listed, which on most tokens means certificates but no keys.
    """
    import pkcs11

    lib = _load_lib(lib_path)
    out = []
    try:
        slots = lib.get_slots(token_present=True)
    except pkcs11.PKCS11Error as exc:
        raise SignerError(f"không liệt kê được khe cắm token: {type(exc).__name__}") from None
    for slot in slots:
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error:
            continue
        if not _initialized(token) or (token_label is not None and _text(token.label) != token_label):
            continue
        logged_in = pin is not None
        try:
            session = token.open(user_pin=pin) if pin is not None else token.open()
        except pkcs11.PKCS11Error as exc:
            raise _pin_error(exc) from None
        with session:
            certs, keys = _objects(session)
        out.append(TokenInfo(slot.slot_id, _text(slot.slot_description), _text(token.label),
                             _text(token.manufacturer_id), _text(token.model), _text(token.serial), logged_in,
                             tuple(certs), tuple(keys)))
    return out


def Pkcs11Signer(lib_path: str, *, pin: str, token_label: str | None = None,
                 slot_id: int | None = None, key_id: str | None = None,
                 extra_certs: list[x509.Certificate] | None = None) -> PackageSigner:
    """Open a token session and bind the key whose CKA_ID is `key_id` (hex) to the certificate with that CKA_ID.

    With no `key_id`, the token must hold exactly one private key that has a certificate; otherwise the wizard
    has to ask. All certificates on the token are embedded (tokens usually carry the CA chain); add
    `extra_certs` for intermediates the token lacks.
    """
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    lib = _load_lib(lib_path)
    tokens = []
    for slot in lib.get_slots(token_present=True):
        if slot_id is not None and slot.slot_id != slot_id:
            continue
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error:
            continue
        if _initialized(token) and (token_label is None or _text(token.label) == token_label):
            tokens.append(token)
    if not tokens:
        which = f" có nhãn {token_label!r}" if token_label else (f" ở khe {slot_id}" if slot_id is not None else "")
        raise SignerError(f"không tìm thấy token{which}; hãy cắm token và thử lại")
    if len(tokens) > 1:
        raise SignerError("có nhiều token; hãy chọn token theo nhãn hoặc khe cắm")
    try:
        session = tokens[0].open(user_pin=pin)
    except pkcs11.PKCS11Error as exc:
        raise _pin_error(exc) from None
    try:
        certs, keys = _objects(session)
        if key_id is None:
            usable = [c for c in certs if c.has_key]
            if len(usable) != 1:
                raise SignerError(f"token có {len(usable)} cặp khóa/chứng thư; hãy chọn khóa theo CKA_ID")
            key_id = usable[0].id_hex
        key_id = key_id.lower().replace(":", "")
        if key_id not in {k.id_hex for k in keys}:
            raise SignerError(f"không có khóa bí mật với CKA_ID {key_id} trên token")
        matching = [c for c in certs if c.id_hex == key_id]
        if len(matching) != 1:
            raise SignerError(f"không tìm thấy đúng một chứng thư số có CKA_ID {key_id} cho khóa đã chọn")
        cert = matching[0].certificate
        # Only the token's CA certificates go with the signature: another holder's certificate on a shared token
        # is nobody's business at the next level.
        chain = [c.certificate for c in certs if c.id_hex != key_id and _is_ca(c.certificate)] + list(extra_certs or [])
        cid = bytes.fromhex(key_id)
        # Check the key really signs (CKA_SIGN) so a decrypt-only key fails here, not halfway through an export.
        if not list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: cid,
                                         Attribute.SIGN: True})):
            raise SignerError(f"khóa CKA_ID {key_id} không có quyền ký (CKA_SIGN)")
        # The signing certificate is pulled by its CKA_ID rather than passed in: pyHanko would otherwise also put
        # it in the chain and embed it twice.
        signer = PKCS11Signer(session, key_id=cid, cert_id=cid, ca_chain=[_to_asn1(c) for c in chain],
                              other_certs_to_pull=())
    except BaseException:
        session.close()
        raise
    return PackageSigner(signer=signer, certificate=cert, chain=chain, _session=session)
