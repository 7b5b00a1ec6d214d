"""The bundled Vietnamese trust material, pinned by SHA-256, and the clerk's own roots.

resources/trust/ holds three kinds of certificate (resources/trust/SOURCES.md says where each came from):

- roots/: the national roots (NEAC generations, the legacy MIC root, Ban Cơ yếu's G1 and G2). These are trust
  anchors: a signature counts as trusted only when its path ends at one of them or at a root the clerk added.
- intermediates/: CAs found byte-identical in independent sources; used to build paths, never as anchors.
- chain-only/: intermediates seen in one source only; also used to build paths only. A path through one of them
  still has to end at a root above, whose signature on it is checked, so a wrong copy can only fail to help.

Every file is pinned below by its SHA-256 fingerprint. A bundled file that does not match its pin, or is missing,
is an installation fault: loading fails loudly rather than trusting something nobody checked.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.paths import resources_dir

ROOTS = "roots"
INTERMEDIATES = ("intermediates", "chain-only")

# SHA-256 of each certificate's DER, checked against resources/trust/SOURCES.md when the files were copied in.
PINNED: dict[str, str] = {
    "roots/mic-root-legacy-sha1.pem": "ca918d635bb130bec97639e6aabf7edbc4eb1310f8058b9419f467ae0230ad8c",
    "roots/neac-root-ema.pem": "0d765aedfe7b12c7d11c7b5737507f24db22f8afe24be140eb5801cb0853a8f9",
    "roots/neac-root-g2.pem": "bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7",
    "roots/neac-root-g3.pem": "7b3269e7d79aebbfae5095f45bbb7074771e690cb7df02b441062b12f7690ece",
    "roots/neac-root-mobilepki.pem": "c75535d65c0ff7480a3d6f393d56da5f7c92ddcc071f4e9166c3f8d660ef836c",
    "roots/neac-root-rs.pem": "12afeba2545f6fc0f31ec130f31bf2d16184a2b5b7cebcb43cfd1ba35dd4ea46",
    "roots/neac-root-tsa.pem": "d343b3c5132f7d1676c3560025aefef036fceec073c33f18e075b3a21c8f8552",
    "roots/neac-root-usbtoken.pem": "41803135f13a6359866e7e6f76dafd598d496836944a52dd1fad66b3bf2ee63b",
    "roots/vgca-root-g1.pem": "f7bc89054cec7f12730d7b8cd3eb7955b163835087e5eb873edfb584763b3f90",
    "roots/vgca-root-g2.pem": "f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8",
    "intermediates/vgca-cp-g1.pem": "75e969c07ba35c29c72bbc1bfb880f20f3891a619b00b77eb02ca6160736a1fe",
    "intermediates/vgca-cpca-g2.pem": "d8cab7a4aef92e6bb2509d7c61cee7b44f3731b2d21074963530277b366fae4b",
    "intermediates/vnpt-ca-sha2.pem": "7d6ba5245317f9ed5d8bc765a4634d26ac6340d36b9f584df3b52d9c4a81a306",
    "chain-only/bkavca-rs.pem": "28eb55727b391958ab7060fef404d283d7ec444534e5e0f818345710d284a145",
    "chain-only/bkavca-sha256.pem": "b30c57c89faddee48b3614af59645bd6871cca2dc6506243cafaaff44154a919",
    "chain-only/ca2-rs.pem": "3cf65289d5ec520d84157ac9b3a528384d8acc779849b799630a46cde5039736",
    "chain-only/ca2-sha256-2024.pem": "44d0592a0a51580315c9cb4af1768fbb3cf30b57ad7cc4f3f016d666e3ca0688",
    "chain-only/fpt-ca-rs.pem": "cb60732f9c58044304b53ac90941c188cfb733ec5a507e5a2f057ec7f511d972",
    "chain-only/fpt-ca-sha256.pem": "d36f1110d4bbf11bc80a312830ff4078509f55d9099a4e913d4743be5b903b06",
    "chain-only/misa-ca-rs-2026.pem": "626bc107f65eb15bb1e456a1db71853e0bb36ca754a3273e84276f1987aeb010",
    "chain-only/misa-ca-rs.pem": "6f471d7820e7608aa7e83525617dc7c65932d9cc3d6e550383c8056764451b2c",
    "chain-only/misa-ca-sha256.pem": "8d37501361c79a128d43976114289d3493d99f0fa344382598560aa99a89fb9c",
    "chain-only/neac-ca-erd.pem": "ddb4d0266e266eb7bc6d98b071d78ce3020bc508ae08ee549a077a0e9496a040",
    "chain-only/neac-ca-lta.pem": "12a70606d2e04f9754481738800a87b1ff7d08736ae8f1c9344fef51470b3d1d",
    "chain-only/vgca-dcsca-g2.pem": "e4b402e3cb4cacc0a20d21fa49bce76beb4eb47ba7ffb7a8f71c554dbe561a81",
    "chain-only/vgca-g1-bca.pem": "ecbf8428266c549eb1bfdc2715270d5b9dff3bbbe2d3f0c33e0fd91f70b2d943",
    "chain-only/vgca-g1-bng.pem": "3c4281296f92d292cc952295fe41ad7d0b37438ff1d143b56c4642cc1b14bd93",
    "chain-only/vgca-g1-btc.pem": "a262cfa489dbbe666f8b89fab832547809874d5a06fa9f7a38fc227ebdf40514",
    "chain-only/vgca-g1-dcs.pem": "6e218b3ebc2f31b0d03205c64fd7e8920fb47187d37afcdb4cb2bb4178bf4635",
    "chain-only/viettel-ca-rs-2026.pem": "2d729cb257cc1f61b79c8feef7da5063766ddea6e5af16ed7480bbb15342a6ff",
    "chain-only/viettel-ca-rs.pem": "860bcbe22fdc6757fe03b4597f7c61ca7f36e13ceb74a78cbefc9c5b267b8662",
    "chain-only/viettel-ca-sha2.pem": "dcc79cacd7c7d639ed7e253e1ee780c90ccacd4cfc8ca57954d54c624a7f72e4",
    "chain-only/vnpt-smartca-rs-2026.pem": "6987dcead87feb48e18cc332d0c8d0855179aa5976f4a5aeadba479f9252b5fb",
    "chain-only/vnpt-smartca-rs.pem": "95cf8f36c986e0c0f7e03761b17d7804072cb644b235a8f1c62107f8804a4889",
}


class TrustError(ValueError):
    """Trust material that cannot be used; Vietnamese message naming the file."""


def trust_dir() -> Path:
    return resources_dir() / "trust"


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER, lower-case hex without separators."""
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """PEM (one or many) or a single DER certificate."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def _load_pinned(rel: str) -> x509.Certificate:
    path = trust_dir() / rel
    try:
        certs = load_certificates(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise TrustError(f"chứng thư kèm theo phần mềm {rel} bị thiếu hoặc hỏng ({exc}); hãy cài lại HSKT") from None
    if len(certs) != 1 or fingerprint(certs[0]) != PINNED[rel]:
        raise TrustError(f"chứng thư kèm theo phần mềm {rel} không khớp dấu vân tay đã ghim; hãy cài lại HSKT")
    return certs[0]


@functools.cache
def bundled_roots() -> tuple[x509.Certificate, ...]:
    """The national roots, each checked against its pin."""
    return tuple(_load_pinned(rel) for rel in PINNED if rel.startswith(f"{ROOTS}/"))


@functools.cache
def bundled_intermediates() -> tuple[x509.Certificate, ...]:
    """Corroborated and single-source intermediates: for building paths, never trusted on their own."""
    return tuple(_load_pinned(rel) for rel in PINNED if rel.startswith(tuple(f"{d}/" for d in INTERMEDIATES)))


def load_trust_roots(extra: Iterable[Path] = (), include_bundled: bool = True) -> list[x509.Certificate]:
    """The bundled roots plus the clerk's (the data folder's trust/ files, --trust); a bad file is an error."""
    roots: list[x509.Certificate] = list(bundled_roots()) if include_bundled else []
    for p in map(Path, extra):
        try:
            roots += load_certificates(p.read_bytes())
        except (OSError, ValueError) as exc:
            raise TrustError(f"không đọc được chứng thư gốc {p}: {exc}") from None
    return roots
