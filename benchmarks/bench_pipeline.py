"""Whole commands as a clerk runs them, each side by side with a floor in the same run (issue 17):

- `hskt render` of the 500-nominee dossier (every PDF and all.pdf), as a fresh process, against plain ReportLab
  Platypus laying out as many pages of justified Vietnamese paragraphs and a table each, in the same font, also as a
  fresh process: ratio of ms per page, target ≤ 1.5.
- `hskt export` of the same dossier from a data folder (check, sign with a PKCS#12 key, write, freeze) against
  `hskt render` of it from the same folder: ratio of seconds, target ≤ 1.3. Each export starts from a fresh copy of
  the folder (an export freezes the revision).

Rounds alternate the two sides; medians are compared. `HSKT_BENCH_CODE=/path/to/checkout` runs the commands from
another checkout (for a before/after comparison on the same machine); the floors do not depend on it.

    python -m benchmarks.bench_pipeline
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # tests.support.pki provides the throw-away signing key
ROUNDS = 3
FONTS = REPO / "resources" / "fonts"

FLOOR = r"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

pages, out, fonts = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pdfmetrics.registerFont(TTFont("S", fonts + "/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SB", fonts + "/LiberationSerif-Bold.ttf"))
head = ParagraphStyle("h", fontName="SB", fontSize=13, leading=16, alignment=1, spaceAfter=8)
body = ParagraphStyle("b", fontName="S", fontSize=13, leading=16, alignment=4, firstLineIndent=36, spaceAfter=6)
cell = ParagraphStyle("c", fontName="S", fontSize=12, leading=14)
text = ("Trong năm, đồng chí luôn hoàn thành tốt nhiệm vụ được giao, chấp hành nghiêm chủ trương của Đảng, chính "
        "sách pháp luật của Nhà nước, tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ; tham gia đầy đủ các "
        "phong trào thi đua do địa phương phát động, có tinh thần đoàn kết, giúp đỡ đồng nghiệp. ")
story = []
for i in range(pages):
    story.append(Paragraph(f"BÁO CÁO THÀNH TÍCH SỐ {i + 1}", head))
    story += [Paragraph(text * 2, body) for _ in range(2)]
    rows = [[Paragraph(x, cell) for x in ("Năm", "Danh hiệu thi đua", "Số, ngày quyết định; cơ quan ban hành")]]
    rows += [[Paragraph(str(2019 + r), cell), Paragraph("Lao động tiên tiến", cell),
              Paragraph(f"Quyết định số {100 + r}/QĐ-UBND ngày 15 tháng 12 năm {2019 + r} của UBND xã", cell)]
             for r in range(4)]
    story.append(Table(rows, colWidths=[20 * mm, 50 * mm, 95 * mm],
                       style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    story.append(PageBreak())
SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                  bottomMargin=20 * mm, invariant=1).build(story[:-1])
"""


def _code() -> Path:
    return Path(os.environ.get("HSKT_BENCH_CODE") or REPO).resolve()


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(_code()), "QT_QPA_PLATFORM": "offscreen", **extra}


def _time(cmd: list[str], cpu: list[float] | None = None, **env: str) -> float:
    """Wall seconds of the command; its CPU seconds (user + system, with any helper processes) go to `cpu`.
    On a machine shared with other work the CPU time is the steadier of the two."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=_env(**env), cwd=_code(), capture_output=True, text=True)  # -m finds the cwd first
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])}… exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def _prepare(work: Path) -> dict[str, Any]:
    from benchmarks.bench_render import make_dossier
    from desktop.snapshot import canonical_bytes
    from tests.support.pki import make_pki

    d = make_dossier()
    dossier_json = work / "d500.json"
    dossier_json.write_bytes(canonical_bytes(d))
    data = work / "data"
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "import-json",
                           str(dossier_json)], env=_env(), cwd=REPO, capture_output=True, text=True, check=True)
    dossier_id = proc.stdout.strip().split()[-1]
    _certify_initiatives(data, int(dossier_id), d, work / "sang-kien.pdf")
    pki = make_pki()
    (data / "trust").mkdir(exist_ok=True)
    pki.write_root(data / "trust")
    p12 = pki.commune.write_p12(work / "k.p12", "pw")
    (work / "pw").write_text("pw", encoding="utf-8")
    pristine = work / "pristine"
    shutil.copytree(data, pristine)
    return {"json": dossier_json, "data": data, "pristine": pristine, "id": dossier_id, "p12": p12,
            "password": work / "pw", "nominees": len(d.nominees)}


def _certify_initiatives(data: Path, dossier_id: int, d: Any, pdf: Path) -> None:
    """A scanned certificate for every CSTĐ cơ sở nominee's initiative, so the dossier is complete and exports."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.paths import data_paths
    from desktop.services.editing import attach
    from desktop.store.database import open_store

    c = Canvas(str(pdf), invariant=1)
    c.drawString(100, 700, "Giay chung nhan sang kien")
    c.save()
    store = open_store(data_paths(data))
    try:
        for ref in sorted({p.nominee_id for p in d.proposals if p.award == "cstd-co-so"}):
            attach(store, dossier_id, "chung-nhan-sang-kien", ref, pdf)
    finally:
        store.close()


def _fresh(src: Path, dst: Path) -> None:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)


def measure(work: Path) -> dict[str, Any]:
    py = sys.executable
    s = _prepare(work)
    hskt = [py, "-m", "desktop"]
    render_json = [*hskt, "render", str(s["json"]), "--out", str(work / "r")]
    _time(render_json)  # warm the file cache for both sides, as a clerk's second command would be
    pages = _pages(work / "r" / "all.pdf")
    floor = [py, "-c", FLOOR, str(pages), str(work / "floor.pdf"), str(FONTS)]
    _time(floor)
    floor_pages = _pages(work / "floor.pdf")
    render_s, floor_s, render_cpu, floor_cpu = [], [], [], []  # type: ignore[var-annotated]
    alone_s, alone_cpu = [], []  # type: ignore[var-annotated]
    for _ in range(ROUNDS):
        shutil.rmtree(work / "r", ignore_errors=True)
        render_s.append(_time(render_json, render_cpu))
        floor_s.append(_time(floor, floor_cpu))
        shutil.rmtree(work / "r", ignore_errors=True)
        # The layout's own cost: everything in this one process, no helper beside it (as the frozen bundle does).
        alone_s.append(_time(render_json, alone_cpu, HSKT_RENDER_HELPERS="0"))
    render_ms = statistics.median(render_s) * 1000 / pages
    floor_ms = statistics.median(floor_s) * 1000 / floor_pages

    in_store = [*hskt, "--data-dir", str(s["data"])]
    export = [*in_store, "export", s["id"], "--out", str(work / "pkg"), "--p12", str(s["p12"]),
              "--password-file", str(s["password"])]
    render_store = [*in_store, "render", s["id"], "--out", str(work / "rs")]
    export_s, render_store_s, export_cpu, render_store_cpu = [], [], [], []  # type: ignore[var-annotated]
    for _ in range(ROUNDS):
        _fresh(s["pristine"], s["data"])
        shutil.rmtree(work / "pkg", ignore_errors=True)
        export_s.append(_time(export, export_cpu))
        _fresh(s["pristine"], s["data"])
        shutil.rmtree(work / "rs", ignore_errors=True)
        render_store_s.append(_time(render_store, render_store_cpu))
    med = statistics.median
    return {
        "code": str(_code()), "nominees": s["nominees"], "pages": pages, "floor_pages": floor_pages,
        "render_s": [round(x, 2) for x in render_s], "floor_s": [round(x, 2) for x in floor_s],
        "render_ms_per_page": round(render_ms, 2), "floor_ms_per_page": round(floor_ms, 2),
        "render_vs_floor": round(render_ms / floor_ms, 2),
        "export_s": [round(x, 2) for x in export_s], "render_from_store_s": [round(x, 2) for x in render_store_s],
        "export_vs_render": round(statistics.median(export_s) / statistics.median(render_store_s), 2),
        # Best rounds too: on a shared machine the fastest round of each side is the least disturbed one.
        "render_vs_floor_best": round(min(render_s) / pages / (min(floor_s) / floor_pages), 2),
        "export_vs_render_best": round(min(export_s) / min(render_store_s), 2),
        "render_cpu_s": [round(x, 2) for x in render_cpu], "floor_cpu_s": [round(x, 2) for x in floor_cpu],
        "export_cpu_s": [round(x, 2) for x in export_cpu],
        "render_from_store_cpu_s": [round(x, 2) for x in render_store_cpu],
        "render_vs_floor_cpu": round(med(render_cpu) / pages / (med(floor_cpu) / floor_pages), 2),
        "one_process_s": [round(x, 2) for x in alone_s], "one_process_cpu_s": [round(x, 2) for x in alone_cpu],
        "one_process_vs_floor_cpu": round(med(alone_cpu) / pages / (med(floor_cpu) / floor_pages), 2),
        "export_vs_render_cpu": round(med(export_cpu) / med(render_store_cpu), 2),
    }


def run() -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="hskt-bench-pipeline-"))
    try:
        return measure(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    med = statistics.median
    return [
        {"name": f"lệnh render: hồ sơ {r['nominees']} đối tượng ({r['pages']} trang), cả tiến trình",
         "value": r["render_ms_per_page"], "baseline": r["floor_ms_per_page"], "unit": "ms/trang",
         "ratio": r["render_vs_floor"], "target": "≤ 1,5× Platypus thuần", "ok": r["render_vs_floor"] <= 1.5,
         "detail": r},
        {"name": f"lệnh render: hồ sơ {r['nominees']} đối tượng, thời gian CPU, một tiến trình (không tiến trình phụ)",
         "value": f"{med(r['one_process_cpu_s']):.2f}s", "baseline": f"{med(r['floor_cpu_s']):.2f}s",
         "unit": "s CPU", "ratio": r["one_process_vs_floor_cpu"], "target": "≤ 1,5× Platypus thuần",
         "ok": r["one_process_vs_floor_cpu"] <= 1.5},
        {"name": f"lệnh export: hồ sơ {r['nominees']} đối tượng, so với lệnh render cùng hồ sơ",
         "value": f"{med(r['export_s']):.2f}s", "baseline": f"{med(r['render_from_store_s']):.2f}s", "unit": "s",
         "ratio": r["export_vs_render"], "target": "≤ 1,3× render", "ok": r["export_vs_render"] <= 1.3},
        {"name": f"lệnh export: hồ sơ {r['nominees']} đối tượng, thời gian CPU so với render",
         "value": f"{med(r['export_cpu_s']):.2f}s", "baseline": f"{med(r['render_from_store_cpu_s']):.2f}s",
         "unit": "s CPU", "ratio": r["export_vs_render_cpu"], "target": "≤ 1,3× render",
         "ok": r["export_vs_render_cpu"] <= 1.3},
    ]


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=1))
