"""The reviewer's viewer on real signed packages: verdict, each check, documents in the preview, nominees, verdicts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.views.package_viewer import FAIL, PASS, PackageViewer, ViewerWindow
from tests.support.packages import make_package
from tests.support.pki import TestPKI, make_pki


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture
def package(tmp_path: Path, pki: TestPKI) -> Iterator[Path]:
    signer: PackageSigner
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as signer:
        yield make_package(tmp_path / "pkg", signer).path


def _load(qtbot: QtBot, viewer: PackageViewer, path: Path) -> None:
    with qtbot.waitSignal(viewer.loaded, timeout=30000):
        viewer.load(path)


def test_valid_package_shows_checks_documents_nominees(qtbot: QtBot, package: Path, pki: TestPKI) -> None:
    viewer = PackageViewer([pki.root.cert])
    qtbot.addWidget(viewer)
    _load(qtbot, viewer, package)
    assert viewer.verdict.text().startswith(f"{PASS} Gói {package.name} HỢP LỆ — UBND xã Tân Lập")
    lines = viewer.check_lines()
    assert all(line.startswith(PASS) for line in lines), lines
    assert any(line.startswith(f"{PASS} Chữ ký số của gói: hợp lệ, ký bởi Nguyễn Văn An (UBND xã Tân Lập) lúc ")
               for line in lines), lines
    assert any(line.startswith(f"{PASS} Chữ ký trên văn bản «01_to-trinh.pdf»: hợp lệ, ký bởi Nguyễn Văn An")
               for line in lines), lines
    assert sum(line.startswith(f"{PASS} Chữ ký trên văn bản «") for line in lines) == 3  # one per signed PDF
    assert any(line.startswith(f"{PASS} Chữ ký trên từng văn bản: 3 chữ ký trên văn bản nguyên vẹn") for line in lines)
    # What a reviewer reads carries no format names, schema ids, validator codes or ISO timestamps.
    for jargon in ("ASiC", "CAdES", "PAdES", "hskt-dossier/1", "lược đồ", "p7s", "META-INF", "+07:00", "T0", "T1"):
        assert not any(jargon in line for line in lines), (jargon, lines)
    names = [viewer.documents.item(i).text() for i in range(viewer.documents.count())]
    assert "01_to-trinh.pdf" in names and "05_dinh-kem/p1_khac_1.jpg" in names
    viewer.documents.setCurrentRow(names.index("01_to-trinh.pdf"))
    assert viewer.preview.page_count() == 1 and viewer.tabs.currentIndex() == 1
    assert viewer.nominees.rowCount() == 1
    assert [viewer.nominees.item(0, j).text() for j in range(4)] == ["p1", "Nguyễn Thị Hoa", "Cá nhân", "001190000001"]
    assert viewer.proposals.rowCount() == 1 and viewer.proposals.item(0, 1).text() == "Lao động tiên tiến"


def test_untrusted_and_tampered_packages_say_so(qtbot: QtBot, package: Path, tmp_path: Path) -> None:
    viewer = PackageViewer([])
    qtbot.addWidget(viewer)
    _load(qtbot, viewer, package)
    assert "CHƯA ĐƯỢC TIN CẬY" in viewer.verdict.text()
    untrusted = next(line for line in viewer.check_lines() if line.startswith(f"{FAIL} Chữ ký số của gói"))
    assert "không nối được tới chứng thư gốc nào được tin cậy" in untrusted
    assert not re.search(r"[A-Z]{2,}_[A-Z_]+|documents/|META-INF", "\n".join(viewer.check_lines())), untrusted
    data = bytearray(package.read_bytes())
    data[data.index(b"Nguy")] ^= 0x01
    bad = tmp_path / "bad.asice"
    bad.write_bytes(bytes(data))
    _load(qtbot, viewer, bad)
    assert viewer.verdict.text().startswith(f"{FAIL} Gói bad.asice KHÔNG HỢP LỆ")
    assert any(line.startswith(f"{FAIL} Không tệp nào bị sửa, thêm hay bớt") for line in viewer.check_lines())


def test_not_a_package_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.asice"
    junk.write_bytes(b"not a zip at all")
    window = ViewerWindow([])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.viewer.loaded, timeout=30000):
        window.open(junk)
    assert "KHÔNG HỢP LỆ" in window.viewer.verdict.text()
    assert window.viewer.documents.count() == 0
    assert window.windowTitle() == "HSKT — junk.asice"
