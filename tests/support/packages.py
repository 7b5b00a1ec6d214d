"""Small real inputs for package tests: a dossier, PDFs made with ReportLab, a seal image, a built package."""

from __future__ import annotations

import io
import json
from pathlib import Path

from desktop.packaging.build import Document, PackageResult, build_package
from desktop.packaging.pades import SignBox
from desktop.packaging.signers import PackageSigner
from desktop.snapshot import Dossier, loads

SIGN_BOX = SignBox(0, (300, 80, 560, 150))


def sample_dossier(unit_code: str = "27115", unit_name: str = "UBND xã Tân Lập", cccd: str = "001190000001",
                   nominee_id: str = "p1") -> Dossier:
    return loads(json.dumps({
        "schema": "hskt-dossier/1",
        "unit": {"name": unit_name, "level": "xa", "code": unit_code},
        "campaign": {"name": "Tổng kết năm 2025", "year": 2025},
        "nominees": [{"id": nominee_id, "kind": "individual", "full_name": "Nguyễn Thị Hoa", "national_id": cccd,
                      "birth_date": "1990-02-05", "gender": "nu",
                      "ratings": [{"year": 2025, "rating": "hoan-thanh-tot"}]}],
        "proposals": [{"nominee_id": nominee_id, "award": "lao-dong-tien-tien", "year": 2025}],
    }, ensure_ascii=False))


def small_pdf(text: str = "TỜ TRÌNH") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawString(100, 700, text.encode("ascii", "ignore").decode() or "PDF")
    c.showPage()
    c.save()
    return buf.getvalue()



def seal_png() -> bytes:
    """A red ring on a transparent background, as NĐ 30 describes the agency seal image."""
    import zlib

    size = 64
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d2 = (x - 32) ** 2 + (y - 32) ** 2
            row += bytes((220, 0, 0, 255)) if 26**2 <= d2 <= 30**2 else bytes(4)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        import struct

        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    import struct

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))


def make_package(folder: Path, signer: PackageSigner, dossier: Dossier | None = None, *,
                 attachments: list[tuple[str, Path]] | None = None, inputs: list[tuple[str, Path]] | None = None,
                 **kwargs: object) -> PackageResult:
    """A realistic package: three signed PDFs (one with a seal), a spreadsheet, a scan, an audit trail."""
    folder.mkdir(parents=True, exist_ok=True)
    scan = folder / "scan.jpg"
    if attachments is None:
        scan.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
        attachments = [("documents/05_dinh-kem/p1_khac_1.jpg", scan)]
    docs = [
        Document("documents/01_to-trinh.pdf", small_pdf("TO TRINH"), SIGN_BOX),
        Document("documents/02_danh-sach.pdf", small_pdf("DANH SACH"), SIGN_BOX),
        Document("documents/02_danh-sach.xlsx", b"PK\x03\x04 not really a spreadsheet"),
        Document("documents/03_bien-ban-hop.pdf", small_pdf("BIEN BAN"), SIGN_BOX),
    ]
    return build_package(folder, dossier or sample_dossier(), signer=signer, documents=docs, attachments=attachments,
                         inputs=inputs or [], audit=[{"at": "2025-11-01T08:00:00+07:00", "event": "tao-ho-so"},
                                                     {"at": "2025-11-02T09:30:00+07:00", "event": "sua-truong"}],
                         seal_png=seal_png(), **kwargs)  # type: ignore[arg-type]
