"""Fixtures for packaging tests; the helpers live in tests/support so tests/e2e can reuse them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.snapshot import Dossier
from tests.support import softhsm
from tests.support.packages import sample_dossier
from tests.support.pki import TestPKI, make_pki


@pytest.fixture(scope="session")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture(scope="session")
def token(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Iterator[softhsm.SoftToken]:
    """A real SoftHSM2 token holding the commune's and the district's keys (CKA_ID 0a1b / 0b2c, labels that do
    not match) and the issuing CA's certificate."""
    if not softhsm.available():
        pytest.skip("SoftHSM2 / pkcs11-tool not installed")
    old = os.environ.get("SOFTHSM2_CONF")
    tok = softhsm.init_token(tmp_path_factory.mktemp("softhsm"))
    tok.import_identity("commune", pki.commune, "0a1b", key_label="Private Key", cert_label="Nguyen Van An")
    tok.import_identity("district", pki.district, "0b2c", key_label="Private Key", cert_label="Tran Thi Binh")
    tok.import_cert(pki.intermediate.cert_der(), "c0", "HSKT Test Issuing CA")
    yield tok
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


@pytest.fixture
def p12_signer(tmp_path: Path, pki: TestPKI) -> Iterator[PackageSigner]:
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "commune.p12", "mật-khẩu"), "mật-khẩu") as s:
        yield s


@pytest.fixture
def district_signer(tmp_path: Path, pki: TestPKI) -> Iterator[PackageSigner]:
    with Pkcs12Signer(pki.district.write_p12(tmp_path / "district.p12", "pw"), "pw") as s:
        yield s


@pytest.fixture
def dossier() -> Dossier:
    return sample_dossier()
