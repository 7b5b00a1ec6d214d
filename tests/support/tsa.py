"""A real RFC 3161 time-stamping authority for tests: a certificate under the test CA and an HTTP server on
localhost that answers TimeStampReq with pyHanko's DummyTimeStamper, as a provider's TSA answers over the network."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.pki import TestPKI, _key

UTC = dt.UTC


def tsa_identity(pki: TestPKI) -> tuple[x509.Certificate, Any]:
    """A time-stamping authority under the test CA (extendedKeyUsage timeStamping, critical, as RFC 3161 asks)."""
    key = _key(20)
    now = dt.datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                                     x509.NameAttribute(NameOID.COMMON_NAME, "HSKT Test TSA")]))
            .issuer_name(pki.intermediate.cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=3000)).not_valid_after(now + dt.timedelta(days=3000))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(pki.intermediate.key, hashes.SHA256()))
    return cert, key


def stamper(pki: TestPKI, fixed_dt: dt.datetime | None = None) -> Any:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.timestamps import DummyTimeStamper

    cert, key = tsa_identity(pki)
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        certs_to_embed=[asn1_x509.Certificate.load(pki.intermediate.cert_der())], fixed_dt=fixed_dt)


@contextmanager
def tsa_server(pki: TestPKI, fixed_dt: dt.datetime | None = None) -> Iterator[tuple[str, list[int]]]:
    """(URL, a list that grows by one per answered request) of a TSA listening on localhost while the block runs;
    `fixed_dt`: the time its tokens state (a TSA's clock at some past moment)."""
    from asn1crypto import tsp

    answering = stamper(pki, fixed_dt)
    answered: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            reply = answering.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)
            answered.append(len(reply))

        def log_message(self, *args: Any) -> None:  # quiet: the test output is the clerk's
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa", answered
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
