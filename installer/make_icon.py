"""Draw HSKT's icon once, as SVG, and render the PNG (256 px) and the Windows ICO (16–256 px) from it.

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py

The outputs are committed under resources/icons/; rerun only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# A dossier sheet with a gold star on the red of official documents: readable at 16 px, no text to blur.
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>HSKT — Hồ sơ khen thưởng</title>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="#b3261e"/>
  <path d="M64 40 H160 L196 76 V216 H64 Z" fill="#ffffff"/>
  <path d="M160 40 V76 H196 Z" fill="#f1d9d6"/>
  <polygon fill="#f5b800" stroke="#c98f00" stroke-width="3" stroke-linejoin="round"
    points="128,78 137.4,106.9 167.9,107.0 143.3,124.9 152.7,153.9 128,136.0 103.3,153.9 112.7,124.9 88.1,107.0 118.6,106.9"/>
  <rect x="84" y="170" width="88" height="9" rx="4.5" fill="#9e9e9e"/>
  <rect x="84" y="190" width="64" height="9" rx="4.5" fill="#bdbdbd"/>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO whose entries are PNG images (Windows Vista and later read them at every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "hskt.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    if not renderer.isValid():
        raise SystemExit("SVG không hợp lệ")
    pngs = {size: render(renderer, size) for size in ICO_SIZES}
    (OUT / "hskt.png").write_bytes(pngs[256])
    (OUT / "hskt.ico").write_bytes(ico(pngs))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
