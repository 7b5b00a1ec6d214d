"""The DOCX reports opened in LibreOffice (headless, as a clerk's office suite): converted to PDF and read back with
poppler, they show page numbers from page 2, the quốc hiệu on one line, the columns at their set widths, the header
row repeated on every page and no row split across pages; the package says vi-VN and names HSKT."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.documents import context_from_dossier
from desktop.documents.docx_export import report_docx, summary_docx
from desktop.snapshot import Dossier, Initiative
from tests.unit.documents.layout_checks import signature_only_pages, signature_words, stretch

if shutil.which("soffice") is None:
    pytest.skip("LibreOffice (soffice) is not installed; `make test` installs libreoffice-writer-nogui",
                allow_module_level=True)

MM = 72 / 25.4
ROWS = 40


def _convert(tmp: Path, name: str, data: bytes) -> Path:
    src = tmp / f"{name}.docx"
    src.write_bytes(data)
    env = {**os.environ, "HOME": str(tmp)}
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180, env=env)
    return tmp / f"{name}.pdf"


def _long(demo: Dossier) -> Dossier:
    """p01 with a long report: many initiatives (a table over several pages) and a long narrative."""
    items = tuple(Initiative(2020 + i % 5, f"Đầu{i:02d} giải pháp nâng cao chất lượng phục vụ người dân tại bộ phận "
                                            f"một cửa của xã, áp dụng từ năm học mới Cuối{i:02d}", "co-so",
                             "Hội đồng sáng kiến xã Tân Lập", f"{i + 1:02d}/QĐ-UBND") for i in range(ROWS))
    nominees = tuple(replace(n, initiatives=items) if n.id == "p01" else n for n in demo.nominees)
    return replace(demo, nominees=nominees)


@pytest.fixture(scope="module")
def office_pdf(demo: Dossier, poppler, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("office")
    d = _long(demo)
    ctx = context_from_dossier(d)
    n = d.nominee("p01")
    assert n is not None
    docx = report_docx(d, ctx, n)
    pdf = _convert(tmp, "p01", docx).read_bytes()
    return docx, pdf, poppler.words(pdf), poppler.pages(pdf)


def test_page_numbers_from_page_two(office_pdf) -> None:
    _, _, words, pages = office_pdf
    assert len(pages) >= 3
    for i, page in enumerate(pages):
        top = [w for w in words if w.page == i and w.y2 < 20 * MM]
        if i == 0:
            assert top == []
        else:
            assert [w.text for w in top] == [str(i + 1)]
            centre = (top[0].x1 + top[0].x2) / 2
            text_centre = 30 * MM + (page.width - 45 * MM) / 2
            assert abs(centre - text_centre) < 10


def test_columns_keep_their_widths_and_the_national_name_one_line(office_pdf) -> None:
    _, _, words, _ = office_pdf
    first = [w for w in words if w.page == 0]
    national = [w for w in first if w.text in ("CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM")][:8]
    assert len({round(w.y1) for w in national}) == 1
    # Initiatives table: TT 11 mm, the title 42 % of the text width, then the decision and the scope.
    left = 30 * MM
    numbers = [w for w in words if w.text == "1" and w.page > 0 and w.x1 < left + 11 * MM]
    titles = [w for w in words if w.text.startswith("Đầu")]
    assert numbers and titles
    assert all(left + 10 * MM < w.x1 < left + 14 * MM for w in titles)
    width = 210 * MM - 45 * MM
    decisions = [w for w in words if w.text == "số" and w.page > 0]  # "số 01/QĐ-UBND; …" opens the column
    assert any(abs(w.x1 - (left + 11 * MM + 0.42 * width)) < 4 * MM for w in decisions)


def test_header_row_repeats_and_no_row_splits(office_pdf) -> None:
    _, _, words, _ = office_pdf
    page_of = {w.text: w.page for w in words if w.text.startswith(("Đầu", "Cuối"))}
    for i in range(ROWS):
        assert page_of[f"Đầu{i:02d}"] == page_of[f"Cuối{i:02d}"], f"dòng {i + 1} bị tách sang trang sau"
    table_pages = sorted({page_of[f"Đầu{i:02d}"] for i in range(ROWS)})
    assert len(table_pages) >= 2
    for page in table_pages:
        assert any(w.page == page and w.text == "Phạm" for w in words), f"trang {page + 1} thiếu dòng tiêu đề"


def test_package_language_and_properties(office_pdf, demo: Dossier, tmp_path: Path) -> None:
    docx = office_pdf[0]
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        parts = {name: z.read(name).decode("utf-8") for name in z.namelist() if name.endswith(".xml")}
    assert 'w:val="vi-VN"' in parts["word/styles.xml"]
    assert "<dc:creator>HSKT</dc:creator>" in parts["docProps/core.xml"]
    assert "<Application>HSKT</Application>" in parts["docProps/app.xml"]
    assert not any("python-docx" in text for text in parts.values())
    assert 'w:type="fixed"' in parts["word/document.xml"] and "w:cantSplit" in parts["word/document.xml"]
    summary = summary_docx(demo.with_extra(procedure="don-gian"), context_from_dossier(demo.with_extra(
        procedure="don-gian")), demo.nominee("p02"))  # type: ignore[arg-type]
    text = subprocess.run(["pdftotext", str(_convert(tmp_path, "tt", summary)), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "TÓM TẮT THÀNH TÍCH" in flat and "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh" in flat
    assert flat.endswith("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Thành")  # one signer, on the right; no blank one


def test_signatures_never_alone_in_office(demo: Dossier, poppler, tmp_path: Path) -> None:
    """The report grown a line at a time across the page end: LibreOffice keeps the last table rows with the
    signature block, as the PDF does."""
    sizes = range(8, 26, 2)
    files = []
    for lines in sizes:
        d = stretch(demo, "p01", lines)
        src = tmp_path / f"r{lines:02d}.docx"
        src.write_bytes(report_docx(d, context_from_dossier(d), d.nominee("p01")))  # type: ignore[arg-type]
        files.append(str(src))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), *files], check=True, capture_output=True, timeout=300,
                   env={**os.environ, "HOME": str(tmp_path)})
    for lines in sizes:
        d = stretch(demo, "p01", lines)
        words = poppler.words((tmp_path / f"r{lines:02d}.pdf").read_bytes())
        assert signature_only_pages(words, signature_words(d)) == [], f"{lines} dòng"
