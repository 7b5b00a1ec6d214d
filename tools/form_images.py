"""Page images of every printed form for docs/images (run: PYTHONPATH=. .venv/bin/python tools/form_images.py [DIR]).

Renders the demo commune's dossier (tests/fixtures/dossiers/demo_commune.json) with what the meeting, letter and
nominee screens add (the head's gender, absent members, votes against, the counting committee, the collective's
history and compliance), its simplified-procedure variant (tóm tắt thành tích) and an undated draft, and turns each
form's first pages into PNG with poppler's pdftoppm at 70 dpi: docs/images/form-<name>-<page>.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from desktop.awards.catalogue import known_award_codes
from desktop.documents import context_from_dossier, render_component
from desktop.snapshot import Dossier, loads

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


def _completed(d: Dossier) -> Dossier:
    """The fixture as the new screens complete it (DOSSIER-JSON keys of issue 11)."""
    meeting = dict(d.extra["meeting"])
    meeting.update(start_time="14:00", end_time="16:30",
                   absent=[{"name": "Lê Văn Tâm", "title": "Trưởng Công an xã, Ủy viên", "reason": "đi công tác"}],
                   votes=[{**v, "against": v["total"] - v["agree"], "result": "dat"} for v in meeting["votes"]],
                   counting_committee=[
                       {"name": "Lý Văn Hùng", "title": "Chủ tịch Ủy ban MTTQ Việt Nam xã", "role": "truong-ban"},
                       {"name": "Phan Thị Ngọc", "title": "Chủ tịch Hội Liên hiệp Phụ nữ xã", "role": "uy-vien"},
                       {"name": "Đinh Quang Huy", "title": "Bí thư Đoàn Thanh niên xã", "role": "uy-vien"}])
    nominees = tuple(replace(n, extra={**n.extra, "head_gender": "nam"}) if n.kind == "household" else n
                     for n in d.nominees)
    unit_form = {
        "unit_overview": "Văn phòng được thành lập năm 2003 theo Quyết định của Ủy ban nhân dân huyện; từ ngày "
                         "01/7/2025 là cơ quan chuyên môn của Ủy ban nhân dân xã Tân Lập, gồm 01 Chánh Văn phòng, "
                         "02 Phó Chánh Văn phòng và 09 công chức, người lao động.",
        "measures": "- Phân công rõ người, rõ việc, rõ thời hạn; họp giao ban hằng tuần.\n"
                    "- Hưởng ứng phong trào \u201cCả nước thi đua xây dựng xã hội học tập\u201d.",
        "compliance": "Tập thể chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; "
                      "chi bộ đạt trong sạch, vững mạnh; công đoàn đạt vững mạnh.",
    }
    household_form = {
        "members": "05",
        "achievements": "Gia đình chấp hành tốt chủ trương, chính sách, pháp luật; hiến 120 m² đất mở rộng đường "
                        "thôn Đông; con cháu chăm ngoan, học giỏi.",
    }
    filled = {"c01": unit_form, "h01": household_form}
    proposals = tuple(replace(pr, extra={**pr.extra, "form": {**filled[pr.nominee_id], **pr.extra.get("form", {})}})
                      if pr.nominee_id in filled else pr for pr in d.proposals)
    return replace(d, nominees=nominees, proposals=proposals).with_extra(meeting=meeting)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    base = _completed(loads(FIXTURE.read_bytes(), known_award_codes()))
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
        if shutil.which("soffice"):  # the Word export as LibreOffice lays it out
            _docx_images(base, Path(tmp), out)
    return 0


def _docx_images(d: Dossier, tmp: Path, out: Path) -> None:
    from desktop.documents.docx_export import report_docx

    n = d.nominee("p01")
    assert n is not None
    src = tmp / "docx-bao-cao-ca-nhan.docx"
    src.write_bytes(report_docx(d, context_from_dossier(d, draft=False), n))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, env={**os.environ, "HOME": str(tmp)})
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", str(PAGES), str(src.with_suffix(".pdf")),
                    str(out / "form-docx-bao-cao-ca-nhan")], check=True)
    for png in out.glob("form-docx-bao-cao-ca-nhan-*.png"):
        png.rename(out / f"form-docx-bao-cao-ca-nhan-{int(png.stem.rsplit('-', 1)[1])}.png")
    print("form-docx-bao-cao-ca-nhan: LibreOffice")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
