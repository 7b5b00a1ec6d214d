"""Any change to what a package says is caught: 200 random bytes, and every entry deleted, added or renamed.

A changed byte of zip metadata that no reader uses (a timestamp, an attribute) is not a change of content: such a
package still verifies, with exactly the digests of the original (docs/packaging.md, "What is protected")."""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.packaging.container import PackageWriter
from desktop.packaging.verify import VerifyReport, verify_package
from tests.support.packages import make_package
from tests.support.pki import TestPKI


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    from desktop.packaging.signers import Pkcs12Signer

    d = tmp_path_factory.mktemp("tamper")
    with Pkcs12Signer(pki.commune.write_p12(d / "k.p12", "pw"), "pw") as s:
        return make_package(d / "pkg", s).path


def _failed(report: VerifyReport) -> str:
    assert not report.ok, "tampered package verified as valid"
    failure = report.first_failure()
    assert failure, "a failing report must say what failed"
    return failure


def _content_spans(package: Path) -> list[tuple[int, int, str]]:
    """[start, end) of each entry's name and data in the file, from its local header."""
    import struct

    raw = package.read_bytes()
    spans = []
    with zipfile.ZipFile(package) as z:
        for info in z.infolist():
            nlen, elen = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
            start = info.header_offset + 30
            spans.append((start, start + nlen + elen + info.compress_size, info.filename))
    return spans


def test_200_random_byte_changes_each_fail_or_leave_the_content_unchanged(package: Path, tmp_path: Path,
                                                                          pki: TestPKI) -> None:
    original = package.read_bytes()
    digests = verify_package(package, [pki.root.cert]).digests
    spans = _content_spans(package)
    rng = random.Random(20251120)
    target = tmp_path / "t.asice"
    caught = 0
    for pos in rng.sample(range(len(original)), 200):
        data = bytearray(original)
        data[pos] = (data[pos] + rng.randrange(1, 256)) % 256
        target.write_bytes(bytes(data))
        report = verify_package(target, [pki.root.cert])
        if report.ok:
            inside = [name for start, end, name in spans if start <= pos < end]
            assert not inside, f"byte {pos} inside {inside} changed and the package still verified"
            assert report.digests == digests  # what was verified is exactly what was signed
        else:
            _failed(report)
            caught += 1
    assert caught >= 190  # nearly every byte of a package is signed content


def _rewrite(src: Path, dst: Path, *, drop: str | None = None, rename: tuple[str, str] | None = None,
             add: tuple[str, bytes] | None = None) -> None:
    """Re-zip canonically so that only the intended change differs."""
    with zipfile.ZipFile(src) as z, open(dst, "wb") as fh, PackageWriter(fh) as w:
        for name in z.namelist()[1:]:
            if name == drop:
                continue
            new = rename[1] if rename and rename[0] == name else name
            w.write_bytes(new, z.read(name))
        if add:
            w.write_bytes(*add)


def test_rewriting_unchanged_still_verifies(package: Path, tmp_path: Path, pki: TestPKI) -> None:
    _rewrite(package, tmp_path / "same.asice")
    assert verify_package(tmp_path / "same.asice", [pki.root.cert]).ok


@pytest.mark.parametrize("kind", ["delete", "rename"])
def test_deleting_or_renaming_any_entry_fails(package: Path, tmp_path: Path, pki: TestPKI, kind: str) -> None:
    with zipfile.ZipFile(package) as z:
        names = z.namelist()
    for name in names:
        out = tmp_path / f"{kind}.asice"
        if kind == "delete":
            _rewrite(package, out, drop=name) if name != "mimetype" else _drop_mimetype(package, out)
        else:
            if name == "mimetype":
                continue  # the writer always puts mimetype first; renaming it is covered by test_hostile
            stem, dot, ext = name.rpartition(".")
            _rewrite(package, out, rename=(name, f"{stem}x{dot}{ext}"))
        failure = _failed(verify_package(out, [pki.root.cert]))
        assert failure, name


def _drop_mimetype(src: Path, dst: Path) -> None:
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for info in z.infolist()[1:]:
            out.writestr(info, z.read(info))


@pytest.mark.parametrize("name", ["documents/05_dinh-kem/p1_khac_2.jpg", "documents/02_danh-sach.xlsx.bak",
                                  "META-INF/ASiCManifest002.xml", "inputs/extra.asice", "notes.txt"])
def test_adding_an_entry_fails(package: Path, tmp_path: Path, pki: TestPKI, name: str) -> None:
    out = tmp_path / "added.asice"
    _rewrite(package, out, add=(name, b"extra"))
    failure = _failed(verify_package(out, [pki.root.cert]))
    assert name in failure, failure  # the message names the intruder


def test_cli_exit_codes_and_messages(package: Path, tmp_path: Path, pki: TestPKI) -> None:
    root = pki.write_root(tmp_path)
    ok = subprocess.run([sys.executable, "-m", "desktop", "verify", str(package), "--trust", str(root)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "HỢP LỆ" in ok.stdout and "[LỖI]" not in ok.stdout
    data = bytearray(package.read_bytes())
    pos = data.find(b"Nguy")  # inside dossier.json (stored)
    data[pos] = ord("X")
    bad = tmp_path / "bad.asice"
    bad.write_bytes(bytes(data))
    res = subprocess.run([sys.executable, "-m", "desktop", "verify", str(bad), "--trust", str(root)],
                         capture_output=True, text=True)
    assert res.returncode == 1
    assert "dossier.json: mã băm SHA-256 không khớp" in res.stdout
    # A failed line never claims what was not checked.
    assert "[LỖI] Nhật ký thao tác (chuỗi băm): bỏ qua vì danh mục mã băm không khớp" in res.stdout
    assert "chuỗi băm liền mạch" not in res.stdout
    assert "Traceback" not in res.stderr
    js = subprocess.run([sys.executable, "-m", "desktop", "verify", str(bad), "--trust", str(root), "--json"],
                        capture_output=True, text=True)
    import json

    assert js.returncode == 1 and json.loads(js.stdout)["ok"] is False
    untrusted = subprocess.run([sys.executable, "-m", "desktop", "verify", str(package)],
                               capture_output=True, text=True)
    assert untrusted.returncode == 1 and "còn nguyên vẹn nhưng không chuỗi tới CA gốc tin cậy" in untrusted.stdout
