"""Hostile files are rejected quickly, with a clear message, and nothing is written anywhere."""

from __future__ import annotations

import os
import stat
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.packaging.container import Limits
from desktop.packaging.verify import verify_package
from tests.support.packages import make_package
from tests.support.pki import TestPKI


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    from desktop.packaging.signers import Pkcs12Signer

    d = tmp_path_factory.mktemp("hostile")
    with Pkcs12Signer(pki.commune.write_p12(d / "k.p12", "pw"), "pw") as s:
        return make_package(d / "pkg", s).path


def _copy_plus(good: Path, dst: Path, extra: Callable[[zipfile.ZipFile], None], *, first: bool = False) -> Path:
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(dst, "w") as out, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write on purpose
        if first:
            extra(out)
        for info in src.infolist():
            out.writestr(info, src.read(info))
        if not first:
            extra(out)
    return dst


def _entry(name: str, data: bytes = b"x", mode: int = stat.S_IFREG | 0o644,
           compress: int = zipfile.ZIP_STORED) -> Callable[[zipfile.ZipFile], None]:
    def add(z: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = mode << 16
        info.create_system = 3
        info.compress_type = compress
        z.writestr(info, data)
    return add


def _verify_fast(path: Path, pki: TestPKI, limits: Limits | None = None) -> str:
    before = set(Path(path.parent).iterdir())
    t = time.perf_counter()
    report = verify_package(path, [pki.root.cert], limits=limits or Limits())
    elapsed = time.perf_counter() - t
    assert not report.ok
    assert report.check("container") is not None and not report.check("container").ok  # type: ignore[union-attr]
    assert elapsed < 2.0, f"took {elapsed:.2f}s"
    assert set(Path(path.parent).iterdir()) == before  # verification writes nothing
    return report.first_failure()


@pytest.mark.parametrize(("name", "mode", "expected"), [
    ("../../evil.sh", stat.S_IFREG | 0o644, "'..'"),
    ("documents/../../evil.pdf", stat.S_IFREG | 0o644, "'..'"),
    ("/etc/cron.d/evil", stat.S_IFREG | 0o644, "đường dẫn tuyệt đối"),
    ("C:/Windows/evil.dll", stat.S_IFREG | 0o644, "đường dẫn tuyệt đối"),
    ("documents\\..\\..\\evil.pdf", stat.S_IFREG | 0o644, "gạch ngược"),
    ("documents/05_dinh-kem/p1_khac_9.pdf", stat.S_IFLNK | 0o777, "liên kết"),
    ("documents/", stat.S_IFDIR | 0o755, "không phải tệp thường"),
    ("random.exe", stat.S_IFREG | 0o755, "không thuộc cấu trúc gói"),
])
def test_dangerous_names(good: Path, tmp_path: Path, pki: TestPKI, name: str, mode: int, expected: str) -> None:
    path = _copy_plus(good, tmp_path / "h.asice", _entry(name, b"/etc/passwd", mode))
    assert expected in _verify_fast(path, pki)


def test_duplicate_names(good: Path, tmp_path: Path, pki: TestPKI) -> None:
    path = _copy_plus(good, tmp_path / "h.asice", _entry("dossier.json", b"{}"))
    assert "trùng tên" in _verify_fast(path, pki)
    path = _copy_plus(good, tmp_path / "h2.asice", _entry("documents/01_TO-TRINH.pdf", b"%PDF"))
    assert "trùng tên" in _verify_fast(path, pki)  # collides on Windows and macOS


def test_zip_bomb_ratio(good: Path, tmp_path: Path, pki: TestPKI) -> None:
    path = _copy_plus(good, tmp_path / "h.asice",
                      _entry("documents/02_danh-sach.xlsx.x", bytes(20 * 1024 * 1024), compress=zipfile.ZIP_DEFLATED))
    assert "bom ZIP" in _verify_fast(path, pki)


def test_declared_total_over_limit(good: Path, tmp_path: Path, pki: TestPKI) -> None:
    path = _copy_plus(good, tmp_path / "h.asice", _entry("documents/05_dinh-kem/p1_khac_2.jpg", os.urandom(300_000)))
    assert "vượt giới hạn" in _verify_fast(path, pki, Limits(max_total_bytes=200_000))


def test_huge_entry_count(tmp_path: Path, pki: TestPKI) -> None:
    path = tmp_path / "many.asice"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.etsi.asic-e+zip")
        for i in range(10_001):
            z.writestr(f"documents/05_dinh-kem/p{i}_khac_1.jpg", b"")
    assert "quá nhiều mục" in _verify_fast(path, pki)


def test_truncated(good: Path, tmp_path: Path, pki: TestPKI) -> None:
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 100):
        path = tmp_path / f"cut{cut}.asice"
        path.write_bytes(data[:cut])
        assert "cắt cụt" in _verify_fast(path, pki)


def test_not_a_zip_and_empty(tmp_path: Path, pki: TestPKI) -> None:
    for name, data in (("empty.asice", b""), ("text.asice", b"hello " * 100), ("pdf.asice", b"%PDF-1.7\n")):
        path = tmp_path / name
        path.write_bytes(data)
        assert "không phải gói ZIP" in _verify_fast(path, pki)


@pytest.mark.parametrize(("variant", "expected"), [
    ("missing", "thiếu mimetype"),
    ("wrong", "mimetype sai"),
    ("compressed", "mimetype bị nén"),
    ("second", "mục đầu tiên không phải 'mimetype'"),
])
def test_mimetype(good: Path, tmp_path: Path, pki: TestPKI, variant: str, expected: str) -> None:
    path = tmp_path / "m.asice"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as out:
        infos = src.infolist()
        rest = infos[1:]
        if variant == "second":
            out.writestr(rest[0], src.read(rest[0]))
            rest = rest[1:]
        if variant == "wrong":
            out.writestr(infos[0], b"application/zip")
        elif variant == "compressed":
            _entry("mimetype", b"application/vnd.etsi.asic-e+zip", compress=zipfile.ZIP_DEFLATED)(out)
        elif variant == "second":
            out.writestr(infos[0], src.read(infos[0]))
        for info in rest:
            out.writestr(info, src.read(info))
    assert expected in _verify_fast(path, pki)


def test_xml_entity_expansion_is_refused(good: Path, tmp_path: Path, pki: TestPKI) -> None:
    from desktop.packaging.manifest import ManifestError, parse_asic_manifest

    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&b;</asic:ASiCManifest>')
    with pytest.raises(ManifestError, match="DTD"):
        parse_asic_manifest(bomb)


@pytest.mark.parametrize(("who", "status", "text"), [
    ("expired", "expired", "đã hết hạn"),
    ("not_yet_valid", "not-yet-valid", "chưa có hiệu lực"),
    ("stranger", "untrusted", "còn nguyên vẹn nhưng không chuỗi tới CA gốc tin cậy"),
])
def test_certificates_out_of_validity_or_untrusted(tmp_path: Path, pki: TestPKI, who: str, status: str,
                                                   text: str) -> None:
    import datetime as dt

    from desktop.packaging.signers import Pkcs12Signer

    ident = getattr(pki, who)
    with Pkcs12Signer(ident.write_p12(tmp_path / "k.p12", "pw"), "pw") as s:
        when = ident.cert.not_valid_before_utc + dt.timedelta(days=1)
        res = make_package(tmp_path / "p", s, when=when)
    report = verify_package(res.path, [pki.root.cert])
    assert not report.ok
    sig = report.signer
    assert sig is not None and sig.status == status and text in sig.message
    assert report.intact  # not tampering: the bytes are as signed
    assert report.check("manifest").ok  # type: ignore[union-attr]
