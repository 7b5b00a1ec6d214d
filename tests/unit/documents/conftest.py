"""Render the demo commune's dossier once per session and read the PDFs back with poppler and qpdf, as a reviewer
would open them: text, fonts, page boxes and word positions."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.documents import RenderedDocument, context_from_dossier, render_all, render_dossier
from desktop.snapshot import Dossier, loads

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "dossiers" / "demo_commune.json"
MM = 72 / 25.4

for tool in ("pdftotext", "pdffonts", "pdfinfo", "qpdf"):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils / qpdf) is not installed", allow_module_level=True)


@dataclass(frozen=True)
class Word:
    page: int  # 0-based
    text: str
    x1: float
    y1: float  # from the top, poppler's convention
    x2: float
    y2: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float


class Poppler:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.n = 0

    def _file(self, pdf: bytes) -> Path:
        self.n += 1
        path = self.tmp / f"doc{self.n}.pdf"
        path.write_bytes(pdf)
        return path

    def text(self, pdf: bytes, mode: str | None = None) -> list[str]:
        """Text of each page, NFC (what a reviewer copies out of the file); mode "layout" or "raw"."""
        args = ["pdftotext", "-enc", "UTF-8"] + ([f"-{mode}"] if mode else []) + [str(self._file(pdf)), "-"]
        out = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
        return [unicodedata.normalize("NFC", page) for page in out.split("\f")[:-1]]

    def fonts(self, pdf: bytes) -> list[tuple[str, bool]]:
        out = subprocess.run(["pdffonts", str(self._file(pdf))], check=True, capture_output=True, text=True).stdout
        rows = []
        for line in out.splitlines()[2:]:
            parts = line.split()
            # name type... emb sub uni objectID gen: emb is the 5th field from the end.
            rows.append((parts[0], parts[-5] == "yes"))
        return rows

    def pages(self, pdf: bytes) -> list[Page]:
        out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(self._file(pdf))], check=True,
                             capture_output=True, text=True).stdout
        return [Page(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]

    def words(self, pdf: bytes) -> list[Word]:
        out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(self._file(pdf)), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        words: list[Word] = []
        for i, page in enumerate(out.split("<page ")[1:]):
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 page):
                words.append(Word(i, m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])))
        return words

    def qpdf_check(self, pdf: bytes) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["qpdf", "--check", str(self._file(pdf))], capture_output=True, text=True)


@pytest.fixture(scope="session")
def poppler(tmp_path_factory: pytest.TempPathFactory) -> Poppler:
    return Poppler(tmp_path_factory.mktemp("poppler"))


@pytest.fixture(scope="session")
def demo() -> Dossier:
    return loads(FIXTURE.read_bytes())


@pytest.fixture(scope="session")
def rendered(demo: Dossier) -> list[RenderedDocument]:
    return render_dossier(demo, context_from_dossier(demo))


@pytest.fixture(scope="session")
def rendered_by_name(rendered: list[RenderedDocument]) -> dict[str, RenderedDocument]:
    return {d.filename: d for d in rendered}


@pytest.fixture(scope="session")
def all_pdf(demo: Dossier) -> bytes:
    return render_all(demo, context_from_dossier(demo))
