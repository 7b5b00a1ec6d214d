"""The bundled Liberation Serif family: metric-compatible with Times New Roman (the font Nghị định 30/2020 names)
and covering every precomposed Vietnamese letter, so pages look the same on every machine and embed their font."""

from __future__ import annotations

from threading import Lock

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

REGULAR = "HSKTSerif"
BOLD = "HSKTSerif-Bold"
ITALIC = "HSKTSerif-Italic"
BOLD_ITALIC = "HSKTSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = Lock()
_registered = False


class FontMissing(RuntimeError):
    """The bundled fonts are not where the package expects them (a broken installation)."""


def register() -> None:
    """Register the family once per process; ReportLab then subsets and embeds it in every PDF."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontMissing(f"thiếu phông chữ {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b>/<i> inside Paragraph markup must pick the matching face, not a synthetic one.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


def width(text: str, font: str, size: float) -> float:
    register()
    return float(pdfmetrics.stringWidth(text, font, size))
