"""Page images of every printed form for docs/images (run: PYTHONPATH=. .venv/bin/python tools/form_images.py [DIR]).

Renders the demo commune's dossier (tests/fixtures/dossiers/demo_commune.json) as printed, its simplified-procedure
variant (tóm tắt thành tích) and an undated draft, and turns each form's first pages into PNG with poppler's pdftoppm
at 70 dpi: docs/images/form-<name>-<page>.png.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from desktop.awards.catalogue import known_award_codes
from desktop.documents import context_from_dossier, render_component
from desktop.snapshot import loads

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "dossiers" / "demo_commune.json"
PAGES = 2  # the first pages show the header, the tables and where they break

# (image name, component, nominee id, variant)
FORMS = (
    ("to-trinh", "to-trinh", None, "final"),
    ("danh-sach", "danh-sach", None, "final"),
    ("danh-sach-cong-khai", "khac", None, "final"),
    ("bien-ban-hop", "bien-ban-hop", None, "final"),
    ("bien-ban-kiem-phieu", "ket-qua-bo-phieu", None, "final"),
    ("bao-cao-ca-nhan", "bao-cao-thanh-tich", "p01", "final"),
    ("bao-cao-tap-the", "bao-cao-thanh-tich", "c01", "final"),
    ("bao-cao-ho-gia-dinh", "bao-cao-thanh-tich", "h01", "final"),
    ("tom-tat-thanh-tich", "tom-tat-thanh-tich", "p01", "simplified"),
    ("ban-nhap", "to-trinh", None, "draft"),
)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    base = loads(FIXTURE.read_bytes(), known_award_codes())
    variants = {
        "final": base,
        "simplified": base.with_extra(procedure="don-gian"),
        "draft": base.with_extra(letter={k: v for k, v in base.extra["letter"].items() if k not in ("number", "date")}),
    }
    for old in out.glob("form-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for name, component, nominee, variant in FORMS:
            d = variants[variant]
            ctx = context_from_dossier(d, draft=True if variant == "draft" else False)
            if variant == "simplified":
                ctx = replace(ctx, procedure="don-gian")
            doc = render_component(d, ctx, component, nominee)
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(doc.pdf_bytes)
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", str(PAGES), str(pdf),
                            str(out / f"form-{name}")], check=True)
            # pdftoppm numbers pages with as many digits as the document needs: keep the docs' -1, -2 names.
            for png in out.glob(f"form-{name}-*.png"):
                page = png.stem.rsplit("-", 1)[1]
                png.rename(out / f"form-{name}-{int(page)}.png")
            print(f"form-{name}: {doc.pages} trang")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
