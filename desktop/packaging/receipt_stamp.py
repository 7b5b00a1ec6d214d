"""An RFC 3161 timestamp over a received package's bytes: a third party's word for when this unit held them.

The inbox's `received_at` is this unit's own clock. When the clerk chooses a timestamp server, the SHA-256 of the
stored copy is timestamped on receipt and the token is kept beside the copy (`<copy>.tst`). Later verifications
validate the signers at the token's time when the token is intact, issued by a trusted TSA and covers exactly the
stored bytes; otherwise at the receipt, as before. Nothing here needs the network but `request`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.packaging.judge import Evidence

SUFFIX = ".tst"


class StampError(RuntimeError):
    """The timestamp server could not be reached or gave no usable answer."""


def token_path(stored: Path) -> Path:
    return stored.with_name(stored.name + SUFFIX)


def request(url: str, digest: bytes) -> bytes:
    """A DER TimeStampToken (CMS ContentInfo) over `digest` (SHA-256) from the server at `url`."""
    from desktop.packaging.tsa import timestamp_client

    try:
        token = asyncio.run(timestamp_client(url).async_timestamp(digest, "sha256"))
    except Exception as exc:  # network, HTTP status, a malformed or refused answer
        raise StampError(f"không lấy được dấu thời gian từ máy chủ {url} ({type(exc).__name__})") from None
    der: bytes = token.dump()
    return der


def proven(token: bytes, digest: bytes, trust_roots: Sequence[x509.Certificate],
           now: dt.datetime | None = None) -> Evidence | None:
    """The token's time as evidence, when it is intact, from a trusted TSA and over exactly `digest`."""
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko.sign.validation.status import TimestampSignatureStatus
    from pyhanko_certvalidator import ValidationContext

    try:
        signed = cms.ContentInfo.load(token)["content"]
        vc = ValidationContext(trust_roots=[asn1_x509.Certificate.load(c.public_bytes(Encoding.DER))
                                            for c in trust_roots],
                               moment=now or dt.datetime.now(dt.UTC), allow_fetching=False,
                               revocation_mode="soft-fail")
        kwargs = asyncio.run(validate_tst_signed_data(signed, vc, lambda algo: digest if algo == "sha256" else b""))
        status = TimestampSignatureStatus(**kwargs)
    except Exception:  # a broken or foreign token is no evidence
        return None
    if not (status.intact and status.valid and status.trusted):
        return None
    return Evidence(status.timestamp, "timestamp")
