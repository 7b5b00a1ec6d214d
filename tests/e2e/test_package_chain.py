"""The whole chain on real parts: two communes export signed packages with a SoftHSM2 token (through `hskt export`
in its own process, as a clerk would), a district imports and verifies them, aggregates them and exports its own
package with a PKCS#12 file, and the province verifies everything recursively. openssl and pdfsig agree on every
signature at every level."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.packaging.verify import MUST_BE_SIGNED
from tests.e2e.builders import commune_store, data_folder, hold_meeting, set_own_unit
from tests.support import softhsm
from tests.support.pki import TestPKI, make_pki

pytestmark = pytest.mark.skipif(
    not (softhsm.available() and shutil.which("openssl") and shutil.which("pdfsig")),
    reason="SoftHSM2, pkcs11-tool, openssl or pdfsig not installed")


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture
def token(tmp_path: Path, pki: TestPKI) -> Iterator[softhsm.SoftToken]:
    old = os.environ.get("SOFTHSM2_CONF")
    tok = softhsm.init_token(tmp_path / "softhsm", label="Token Xa")
    tok.import_identity("commune", pki.commune, "0a1b", key_label="Private Key", cert_label="Nguyen Van An")
    tok.import_identity("commune_b", pki.commune_b, "0c3d", key_label="Private Key", cert_label="Hoang Van Bao")
    tok.import_cert(pki.intermediate.cert_der(), "c0", "HSKT Test Issuing CA")
    yield tok
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


def hskt(*args: str, data: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "desktop", *(["--data-dir", str(data)] if data else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env or dict(os.environ), timeout=300)


def independent_checks(package: Path, root: Path, work: Path) -> tuple[int, int]:
    """(CMS signatures, signed PDFs) checked by openssl, pdfsig and pyHanko's validator, recursing into inputs/."""
    from cryptography import x509

    from tests.support.pyhanko_check import pyhanko_accepts_cms, pyhanko_accepts_pdf

    root_cert = x509.load_pem_x509_certificate(root.read_bytes())
    sigs = pdfs = 0
    with zipfile.ZipFile(package) as z:
        for name in z.namelist():
            if name.startswith("META-INF/signature"):
                (work / "sig.p7s").write_bytes(z.read(name))
                (work / "manifest.xml").write_bytes(z.read(f"META-INF/ASiCManifest{name[-7:-4]}.xml"))
                res = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                                      str(work / "sig.p7s"), "-content", str(work / "manifest.xml"), "-CAfile",
                                      str(root), "-out", os.devnull], capture_output=True, text=True)
                assert res.returncode == 0 and "Verification successful" in res.stderr, (package.name, name, res)
                assert pyhanko_accepts_cms(z.read(name), (work / "manifest.xml").read_bytes(), root_cert), name
                sigs += 1
            elif name in MUST_BE_SIGNED:
                (work / "doc.pdf").write_bytes(z.read(name))
                out = subprocess.run(["pdfsig", str(work / "doc.pdf")], capture_output=True, text=True).stdout
                assert out.count("Signature #") == 1, (name, out)
                assert "Signature Validation: Signature is Valid." in out, (name, out)
                assert "Total document signed" in out, (name, out)
                assert pyhanko_accepts_pdf(z.read(name), root_cert) == 1, name
                pdfs += 1
            elif name.startswith("inputs/"):
                nested = work / Path(name).name
                nested.write_bytes(z.read(name))
                s, p = independent_checks(nested, root, work)
                sigs, pdfs = sigs + s, pdfs + p
    return sigs, pdfs


def test_commune_district_province(tmp_path: Path, pki: TestPKI, token: softhsm.SoftToken) -> None:
    root = pki.write_root(tmp_path)
    pin = tmp_path / "pin.txt"
    pin.write_text(token.pin + "\n")
    out = tmp_path / "outbox"

    # 1. Two communes export, each signing on the token (key chosen by CKA_ID, labels that do not match).
    packages = []
    for code, name, prefix, key in (("09154", "UBND xã Tân Lập", None, "0a1b"), ("09160", "UBND xã Hoàn Sơn", "9", "0c3d")):
        store, dossier_id = commune_store(tmp_path / code, code=code, name=name, cccd_prefix=prefix)
        store.close()
        res = hskt("export", str(dossier_id), "--out", str(out), "--pkcs11-lib", token.lib, "--token-label",
                   token.label, "--key-id", key, "--pin-file", str(pin), data=tmp_path / code / "data",
                   env=token.env())
        assert res.returncode == 0, res.stderr
        path = Path(res.stdout.splitlines()[0])
        assert path.name.startswith(f"HSKT_{code}_2025_") and path.name.endswith("_r1.asice")
        packages.append(path)
        again = hskt("export", str(dossier_id), "--out", str(out), "--p12", "x.p12", data=tmp_path / code / "data")
        assert again.returncode == 1 and "đã được ký và khóa" in again.stderr  # the signed revision is frozen

    # 2. The district receives both: verified against the test root, stored byte for byte.
    district = tmp_path / "district"
    store = data_folder(district)
    set_own_unit(store, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du",
                 signer_name="Trần Thị Bình")
    store.close()
    ids = []
    for p in packages:
        res = hskt("import-package", str(p), "--trust", str(root), data=district)
        assert res.returncode == 0, res.stdout + res.stderr
        inbox_id, status = res.stdout.split("\t")[:2]
        assert status == "ok"
        ids.append(inbox_id)
    stored = sorted((district / "inbox").glob("*.asice"))
    assert sorted(f.read_bytes() for f in stored) == sorted(p.read_bytes() for p in packages)
    listing = hskt("inbox", "--json", data=district)
    assert [r["status"] for r in json.loads(listing.stdout)] == ["ok", "ok"]

    # 3. Aggregate, hold the district's review meeting, export with a PKCS#12 file.
    res = hskt("aggregate", "--campaign", "Tổng hợp khen thưởng năm 2025", *ids, data=district)
    assert res.returncode == 0, res.stderr
    upper_id = int(res.stdout.splitlines()[0])
    store = data_folder(district)
    hold_meeting(store, upper_id, "Tiên Du")
    store.close()
    p12 = pki.district.write_p12(tmp_path / "district.p12", "mật khẩu huyện")
    pw = tmp_path / "pw.txt"
    pw.write_text("mật khẩu huyện", encoding="utf-8")
    res = hskt("export", str(upper_id), "--out", str(out), "--p12", str(p12), "--password-file", str(pw),
               data=district)
    assert res.returncode == 0, res.stderr
    upper = Path(res.stdout.splitlines()[0])
    assert upper.name.startswith("HSKT_256_2025_")

    # 4. The province verifies the whole chain, recursively, in Vietnamese and as JSON.
    res = hskt("verify", str(upper), "--trust", str(root))
    assert res.returncode == 0, res.stdout
    assert res.stdout.splitlines()[0].endswith(": HỢP LỆ") and "2 gói cấp dưới: hợp lệ" in res.stdout
    report = json.loads(hskt("verify", str(upper), "--trust", str(root), "--json").stdout)
    assert report["ok"] and len(report["inputs"]) == 2 and all(i["ok"] for i in report["inputs"])
    assert report["signatures"][0]["signer"] == "Trần Thị Bình"
    assert {i["signatures"][0]["signer"] for i in report["inputs"]} == {"Nguyễn Văn An", "Hoàng Văn Bảo"}
    # The communes' signers are validated when the district received their packages, as its seal vouches.
    assert {i["evidence"]["kind"] for i in report["inputs"]} == {"aggregated"}
    assert all(p["verdict"] == "ok" for i in report["inputs"] for p in i["pdf_signatures"])
    with zipfile.ZipFile(upper) as z:
        dossier = json.loads(z.read("dossier.json"))
        for p in packages:  # the originals, byte for byte
            assert z.read(f"inputs/{p.name}") == p.read_bytes()
    assert {a["package"] for a in dossier["aggregated_from"]} == {p.name for p in packages}
    assert len(dossier["nominees"]) == 4 and {n["id"] for n in dossier["nominees"]} == {
        "09154-p01", "09154-p08", "09160-p01", "09160-p08"}
    assert dossier["aggregation_stats"]["by_award"] == {"cstd-co-so": 4}
    assert dossier["producer"]["ruleset"] == "nd98-2023"

    # Without the test root, nothing is trusted: verify fails (and says untrusted, not tampered).
    res = hskt("verify", str(upper))
    assert res.returncode == 1 and "không chuỗi tới CA gốc" in res.stdout

    # 5. Independent tools agree: 3 CMS signatures (district + 2 communes), 9 signed PDFs.
    work = tmp_path / "tools"
    work.mkdir()
    assert independent_checks(upper, root, work) == (3, 9)
