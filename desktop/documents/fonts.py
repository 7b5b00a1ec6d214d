"""The bundled Liberation Serif family: metric-compatible with Times New Roman (the font Nghị định 30/2020 names)
and covering every precomposed Vietnamese letter, so pages look the same on every machine and embed their font."""

from __future__ import annotations

import functools
import unicodedata
from threading import Lock
from typing import Any, ClassVar

from reportlab.lib.fonts import addMapping
from reportlab.lib.utils import asBytes
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
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
_CACHE_LIMIT = 128
_lock = Lock()
_registered = False

# Every Vietnamese letter, ASCII and the punctuation the forms print, in a fixed order. Seeding each PDF's font
# subset with it makes the subset the same in every document, so it is built and compressed once per process
# instead of once per document (the largest single cost of a short PDF), and it keeps the bytes reproducible.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_LETTERS = "".join(unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES) + "đ"
SEED = "".join(dict.fromkeys(
    "".join(chr(c) for c in range(32, 127)) + _LETTERS + _LETTERS.upper() + "“”‘’…–—•"
))


class _Flate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode that remembers what it compressed: font subsets and their ToUnicode maps repeat from one
    document to the next. Streams under `min_size` bytes (page contents) are compressed as usual."""

    _cache: ClassVar[dict[bytes, bytes]] = {}

    def __init__(self, min_size: int = 4096):
        self.min_size = min_size

    def encode(self, text: Any) -> Any:
        if isinstance(text, bytes | str) and len(text) > self.min_size:
            text = asBytes(text)  # as the parent filter converts it
            hit = self._cache.get(text)
            if hit is None:
                if len(self._cache) > _CACHE_LIMIT:  # rare glyphs make one-off subsets; keep memory bounded
                    self._cache.clear()
                hit = self._cache[text] = super().encode(text)
            return hit
        return super().encode(text)


_FLATE = _Flate()
_FLATE_ANY = _Flate(min_size=0)  # for streams that are known to repeat (ToUnicode maps)


def _cached_face(font: TTFont) -> TTFont:
    """Make the face build each distinct subset once (ReportLab calls `face.makeSubset` for every document)."""
    face = font.face
    make = face.makeSubset
    add = face.addSubsetObjects
    made: dict[tuple[int, ...], bytes] = {}

    def make_subset(subset: Any) -> bytes:
        key = tuple(subset)
        data = made.get(key)
        if data is None:
            if len(made) > _CACHE_LIMIT:
                made.clear()
            data = made[key] = make(subset)
        return data

    def add_subset_objects(doc: Any, fontname: str, subset: Any) -> Any:
        ref = add(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and stream.filters:
            stream.filters = [_FLATE]
        return ref

    face.makeSubset = make_subset
    face.addSubsetObjects = add_subset_objects
    return font


class _Widths(pdfdoc.PDFObject):
    """A subset's /Widths array, formatted once per process: every document repeats the seeded subsets, and
    formatting their hundreds of numbers was the largest fixed cost of writing a short PDF."""

    _cache: ClassVar[dict[tuple[Any, ...], bytes]] = {}

    def __init__(self, array: pdfdoc.PDFArray):
        self.array = array

    def format(self, document: Any) -> bytes:
        key = tuple(self.array.sequence)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            hit = self._cache[key] = self.array.format(document)
        return hit


@functools.lru_cache(maxsize=_CACHE_LIMIT)
def _to_unicode_cmap(fontname: str, subset: tuple[int, ...]) -> str:
    return _make_cmap(fontname, list(subset))


_make_cmap = ttfonts.makeToUnicodeCMap
# The same map text for the same subset, in every document: built once (ReportLab looks the function up by name).
ttfonts.makeToUnicodeCMap = lambda fontname, subset: _to_unicode_cmap(fontname, tuple(subset))


def _cached_widths(font: TTFont) -> TTFont:
    add = font.addObjects

    def add_objects(doc: Any) -> None:
        add(doc)
        for pdf_font in doc.idToObject["BasicFonts"].dict.values():
            widths = getattr(pdf_font, "Widths", None)
            if isinstance(widths, pdfdoc.PDFArray):
                pdf_font.Widths = _Widths(widths)
            cmap = doc.idToObject.get(getattr(getattr(pdf_font, "ToUnicode", None), "name", None))
            if cmap is not None and cmap.filters:
                cmap.filters = [_FLATE_ANY]

    font.addObjects = add_objects
    return font


_seeded: dict[str, tuple[dict[int, int], list[list[int]], int]] = {}


def seed(canvas_doc: Any) -> None:
    """Give this document's subsets the common glyphs first, in a fixed order (see SEED); the assignment is computed
    once per face and copied, which is what makes every document's first subset the same."""
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        template = _seeded.get(name)
        if template is None:
            font.splitString(SEED, canvas_doc)
            state = font.state[canvas_doc]
            _seeded[name] = (dict(state.assignments), [list(x) for x in state.subsets], state.nextCode)
            continue
        state = TTFont.State(font._asciiReadable, font)
        state.assignments = dict(template[0])
        state.subsets = [list(x) for x in template[1]]
        state.nextCode = template[2]
        font.state[canvas_doc] = state


class FontMissing(RuntimeError):
    """A bundled font file is not where HSKT expects it; reinstalling HSKT restores it."""


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
                raise FontMissing(f"thiếu phông chữ {path}; hãy cài lại HSKT để khôi phục thư mục phông chữ")
            pdfmetrics.registerFont(_cached_widths(_cached_face(TTFont(name, str(path)))))
        # <b>/<i> inside Paragraph markup must pick the matching face, not a synthetic one.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


def width(text: str, font: str, size: float) -> float:
    register()
    return float(pdfmetrics.stringWidth(text, font, size))
