"""Whose certificate is this: the office names a certificate carries, compared the way a clerk reads them.

Certificates write the same office many ways ("UBND huyện Tiên Du", "ỦY BAN NHÂN DÂN HUYỆN TIÊN DU",
"UBND HUYEN TIEN DU"), so names are compared on a key without case, diacritics, punctuation or the long form of the
usual abbreviations. Equality of keys, never containment: "UBND xã Tân" must not match "UBND xã Tân Lập".
"""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop.vn.text import fold

_LONG_FORMS = (
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("thanh pho", "tp"),
    ("thi xa", "tx"),
)
_NAME_OIDS = (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME)


def office_key(name: str | None) -> str:
    key = re.sub(r"[^a-z0-9]+", " ", fold(name)).strip()
    for long, short in _LONG_FORMS:
        key = re.sub(rf"\b{long}\b", short, key)
    return key


def certificate_names(cert: x509.Certificate) -> list[str]:
    """CN, O and OU values, in that order: where Vietnamese CAs put the holder and the holder's office."""
    return [str(a.value) for oid in _NAME_OIDS for a in cert.subject.get_attributes_for_oid(oid)]


def office_of(cert: x509.Certificate) -> str:
    """The office a certificate speaks for: its O when it has one, else its CN (an office's own certificate)."""
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    if org:
        return str(org[0].value)
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(cn[0].value) if cn else cert.subject.rfc4514_string()


def holder(cert: x509.Certificate) -> str:
    """CN (O), as a reviewer names the signer."""
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    who = str(cn[0].value) if cn else cert.subject.rfc4514_string()
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    agency = str(org[0].value) if org else ""
    return f"{who} ({agency})" if agency and agency != who else who


def names_office(cert: x509.Certificate, office: str | None) -> bool:
    """Whether the certificate names `office` as its holder or the holder's organisation."""
    want = office_key(office)
    return bool(want) and any(office_key(n) == want for n in certificate_names(cert))


def addressed_to(cert: x509.Certificate, recipient: str | None) -> bool:
    """Whether a letter's "Kính gửi" line names the certificate's office: the letter may address a person or
    route through a department ("Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh (qua Sở Nội vụ)"), so an office name of
    at least three words that appears whole inside the line counts."""
    line = f" {office_key(recipient)} "
    for name in certificate_names(cert):
        key = office_key(name)
        if len(key.split()) >= 3 and f" {key} " in line:
            return True
    return False
