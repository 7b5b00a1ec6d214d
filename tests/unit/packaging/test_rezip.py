"""Containers from other tools: any EN 319 162-1 conformant re-zip of the same entries verifies by its manifest and
seal; what ETSI refuses, and what is unsafe, is still refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.packaging.manifest import ASIC_MIMETYPE
from desktop.packaging.signers import PackageSigner
from desktop.packaging.verify import verify_package
from tests.support.packages import make_package
from tests.support.pki import TestPKI


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    from desktop.packaging.signers import Pkcs12Signer

    d = tmp_path_factory.mktemp("rezip")
    with Pkcs12Signer(pki.commune.write_p12(d / "k.p12", "pw"), "pw") as s:
        return make_package(d / "pkg", s).path


def _entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(n, z.read(n)) for n in z.namelist()]


def _unpack(package: Path, folder: Path) -> list[str]:
    entries = _entries(package)
    for name, data in entries:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return [n for n, _ in entries]


@pytest.mark.skipif(not shutil.which("zip"), reason="Info-ZIP not installed")
@pytest.mark.parametrize("level", ["-0", "-9"])
def test_info_zip_rezip_verifies(package: Path, tmp_path: Path, pki: TestPKI, level: str) -> None:
    src = tmp_path / "src"
    names = _unpack(package, src)
    out = tmp_path / f"infozip{level}.asice"
    # What a clerk's tool does per ETSI: mimetype first, stored, no extra field (-X); the rest as zip likes it,
    # with its own timestamps and extra fields, no directory entries (-D).
    subprocess.run(["zip", "-q", "-X", "-0", str(out), "mimetype"], cwd=src, check=True)
    subprocess.run(["zip", "-q", "-D", level, str(out), *names[1:]], cwd=src, check=True)
    with zipfile.ZipFile(out) as z:
        infos = z.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        if level == "-9":
            assert any(i.compress_type == zipfile.ZIP_DEFLATED for i in infos[1:])
        assert any(i.extra for i in infos[1:])  # Info-ZIP's own timestamps: not HSKT's canonical form
    report = verify_package(out, [pki.root.cert])
    assert report.ok and report.intact, report.lines()
    assert report.digests == verify_package(package, [pki.root.cert]).digests


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_python_rezip_in_another_order_verifies(package: Path, tmp_path: Path, pki: TestPKI, method: int) -> None:
    out = tmp_path / "py.asice"
    entries = _entries(package)
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 12, 1, 9, 30, 0)), ASIC_MIMETYPE, zipfile.ZIP_STORED)
        for name, data in reversed(entries[1:]):
            z.writestr(zipfile.ZipInfo(name, (2026, 12, 1, 9, 31, 2)), data, method)
    report = verify_package(out, [pki.root.cert])
    assert report.ok, report.lines()


def _python_zip(out: Path, entries: list[tuple[str, bytes]], *, mimetype_method: int = zipfile.ZIP_STORED,
                mimetype_extra: bytes = b"") -> Path:
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype")
        info.extra = mimetype_extra
        z.writestr(info, ASIC_MIMETYPE, mimetype_method)
        for name, data in entries[1:]:
            z.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out


@pytest.mark.parametrize(("kind", "words"), [
    ("deflated-mimetype", "mimetype bị nén"),
    ("extra-on-mimetype", "mimetype có trường phụ"),
    ("nul-suffix", "tên chứa ký tự NUL"),
    ("control-char", "tên chứa ký tự NUL hoặc ký tự điều khiển"),
    ("duplicate", "trùng tên"),
    ("junk-before", "mục đầu tiên không phải 'mimetype'"),
])
def test_what_etsi_refuses_or_is_unsafe_is_refused(package: Path, tmp_path: Path, pki: TestPKI, kind: str,
                                                   words: str) -> None:
    entries = _entries(package)
    out = tmp_path / f"{kind}.asice"
    if kind == "deflated-mimetype":
        _python_zip(out, entries, mimetype_method=zipfile.ZIP_DEFLATED)
    elif kind == "extra-on-mimetype":
        _python_zip(out, entries, mimetype_extra=b"\xfe\xca\x00\x00")  # the "jar" marker some tools add
    elif kind in ("nul-suffix", "control-char"):
        # zipfile cuts names at NUL, so write a same-length placeholder and patch the bytes afterwards.
        renamed = [("dossier.jsonQx" if n == "dossier.json" else n, d) for n, d in entries]
        _python_zip(out, renamed)
        bad = b"dossier.json\x00x" if kind == "nul-suffix" else b"dossier.json\x1bx"
        out.write_bytes(out.read_bytes().replace(b"dossier.jsonQx", bad))
    elif kind == "duplicate":
        _python_zip(out, [*entries, ("documents/01_To-Trinh.pdf", b"%PDF-1.4 another")])
    else:
        with zipfile.ZipFile(out, "w") as z:  # mimetype second: a MIME sniffer finds the wrong type
            z.writestr("dossier.json", dict(entries)["dossier.json"])
            for name, data in entries:
                if name != "dossier.json":
                    z.writestr(name, data, zipfile.ZIP_STORED)
    report = verify_package(out, [pki.root.cert])
    assert not report.ok and report.verdict == "invalid"
    assert report.check("container") is not None and not report.check("container").ok  # type: ignore[union-attr]
    assert words in report.first_failure(), report.first_failure()


def test_nul_suffixed_name_is_refused_by_the_cli_without_traceback(package: Path, tmp_path: Path,
                                                                    pki: TestPKI) -> None:
    import sys

    entries = [("dossier.jsonQx" if n == "dossier.json" else n, d) for n, d in _entries(package)]
    out = _python_zip(tmp_path / "nul.asice", entries)
    out.write_bytes(out.read_bytes().replace(b"dossier.jsonQx", b"dossier.json\x00x"))
    res = subprocess.run([sys.executable, "-m", "desktop", "verify", str(out), "--trust", str(pki.write_root(tmp_path))],
                         capture_output=True, text=True, env={**os.environ})
    assert res.returncode == 1 and "KHÔNG HỢP LỆ" in res.stdout and "Traceback" not in res.stderr


def test_hskt_still_writes_its_own_canonical_bytes(p12_signer: PackageSigner, tmp_path: Path) -> None:
    a = make_package(tmp_path / "a", p12_signer, package_id="01JDKQ7M3X0000000000000000")
    with zipfile.ZipFile(a.path) as z:
        assert all(i.compress_type == zipfile.ZIP_STORED and not i.extra for i in z.infolist())
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())


def test_a_package_file_gets_the_usual_file_mode(p12_signer: PackageSigner, tmp_path: Path) -> None:
    import stat

    old = os.umask(0o022)
    try:
        path = make_package(tmp_path / "m", p12_signer).path
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's private 0600
