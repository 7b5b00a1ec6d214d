"""A throw-away PKI for tests: root -> intermediate -> signers, including expired and not-yet-valid ones.

Keys are RSA-2048 (what the Vietnamese CAs issue on their tokens) and generated once per process: key generation is
the slow part and the tests only need distinct identities, not fresh randomness.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

UTC = dt.UTC


@functools.cache
def _key(slot: int) -> rsa.RSAPrivateKey:
    del slot  # one key per slot number, cached for the process
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


@dataclass
class Identity:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey
    chain: list[x509.Certificate] = field(default_factory=list)  # issuing CAs, nearest first

    def p12(self, password: str) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"hskt", self.key, self.cert, self.chain,
            serialization.BestAvailableEncryption(password.encode()))

    def write_p12(self, path: Path, password: str) -> Path:
        path.write_bytes(self.p12(password))
        return path

    def key_der(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())

    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def pem(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def _issue(subject: x509.Name, key: rsa.RSAPrivateKey, issuer: Identity | None, *, ca: bool,
           not_before: dt.datetime, not_after: dt.datetime, can_sign: bool = True) -> x509.Certificate:
    issuer_name = issuer.cert.subject if issuer else subject
    issuer_key = issuer.key if issuer else key
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                            critical=False)
    if ca:
        b = b.add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                          data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                          crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
    else:
        b = b.add_extension(x509.KeyUsage(digital_signature=can_sign, content_commitment=can_sign,
                                          key_encipherment=not can_sign,
                                          data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                          crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION,
                                                   ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


@dataclass
class TestPKI:
    root: Identity
    intermediate: Identity
    commune: Identity  # "UBND xã Tân Lập"
    district: Identity  # the receiving level
    province: Identity
    expired: Identity
    not_yet_valid: Identity
    other_root: Identity  # an unrelated CA: its signers are intact but untrusted
    stranger: Identity
    commune_b: Identity  # "UBND xã Hoàn Sơn": trusted, but another office than the commune's
    encipher_only: Identity  # keyUsage keyEncipherment only: a certificate issued for encryption, not signing
    self_signed: Identity  # a test key nobody issued
    impostor: Identity  # same CN and O as the commune, issued by the unrelated CA

    __test__ = False  # not a pytest class despite its name

    def write_root(self, folder: Path) -> Path:
        path = folder / "root.pem"
        path.write_bytes(pem(self.root.cert))
        return path


@functools.cache
def make_pki() -> TestPKI:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    long_ago, far = now - dt.timedelta(days=3650), now + dt.timedelta(days=3650)

    def ident(slot: int, cn: str, org: str | None, issuer: Identity | None, ca: bool,
              nb: dt.datetime = long_ago, na: dt.datetime = far, can_sign: bool = True) -> Identity:
        cert = _issue(_name(cn, org), _key(slot), issuer, ca=ca, not_before=nb, not_after=na, can_sign=can_sign)
        chain = ([issuer.cert, *issuer.chain]) if issuer else []
        return Identity(cert, _key(slot), chain)

    root = ident(0, "HSKT Test Root CA", "Bộ Thử nghiệm", None, True)
    inter = ident(1, "HSKT Test Issuing CA", "Bộ Thử nghiệm", root, True)
    other = ident(2, "Unrelated Root CA", "Không liên quan", None, True)
    return TestPKI(
        root=root,
        intermediate=inter,
        commune=ident(3, "Nguyễn Văn An", "UBND xã Tân Lập", inter, False),
        district=ident(4, "Trần Thị Bình", "UBND huyện Tiên Du", inter, False),
        province=ident(5, "Lê Văn Cường", "UBND tỉnh Bắc Ninh", inter, False),
        expired=ident(6, "Phạm Hết Hạn", "UBND xã Cũ", inter, False, nb=now - dt.timedelta(days=800),
                      na=now - dt.timedelta(days=30)),
        not_yet_valid=ident(7, "Đỗ Chưa Tới", "UBND xã Mới", inter, False, nb=now + dt.timedelta(days=30),
                            na=now + dt.timedelta(days=800)),
        other_root=other,
        stranger=ident(8, "Người Lạ", "Không rõ", other, False),
        commune_b=ident(9, "Hoàng Văn Bảo", "UBND xã Hoàn Sơn", inter, False),
        encipher_only=ident(10, "Nguyễn Văn An", "UBND xã Tân Lập", inter, False, can_sign=False),
        self_signed=ident(11, "Nguyễn Văn An", "UBND xã Tân Lập", None, False),
        impostor=ident(12, "Nguyễn Văn An", "UBND xã Tân Lập", other, False),
    )
