"""pyHanko's own validator, as an independent tool beside openssl and pdfsig: it must accept what HSKT writes."""

from __future__ import annotations

import asyncio
import io

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding


def _context(root: x509.Certificate):  # type: ignore[no-untyped-def]
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=[asn1_x509.Certificate.load(root.public_bytes(Encoding.DER))],
                             allow_fetching=False, revocation_mode="soft-fail")


def pyhanko_accepts_cms(sig_der: bytes, content: bytes, root: x509.Certificate) -> bool:
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    sd = cms.ContentInfo.load(sig_der)["content"]
    status = asyncio.run(async_validate_detached_cms(content, sd, signer_validation_context=_context(root)))
    return bool(status.intact and status.valid and status.trusted)


def pyhanko_accepts_pdf(pdf: bytes, root: x509.Certificate) -> int:
    """The number of signatures pyHanko's PDF validator finds intact, valid and trusted (all of them, or fails)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    sigs = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    for sig in sigs:
        status = validate_pdf_signature(sig, _context(root))
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    return len(sigs)
