"""Bulk input: a 5,000-nominee hskt-dossier/1 file and a 10,000-row Excel list, each imported into a fresh data
folder, side by side with the code before issue 13 (commit BASELINE, checked out into benchmarks/_work/).

Target (issue 13): each import within 10 s on the 2-core reference machine. Each import runs in a fresh
subprocess (as `hskt import-json` / `hskt import-xlsx` would), so start-up is counted and nothing is cached. The row's
value is the process's CPU time (one core is used), which a busy shared machine does not inflate; the wall clock of
the same run is kept in `detail`.

    .venv/bin/python -m benchmarks.bench_import        # prints a JSON report
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORK = Path(__file__).resolve().parent / "_work"
BASELINE = "3d9fd37"  # main just before issue 13: one query and flush per person, openpyxl in full mode
NOMINEES, ROWS, TARGET_S = 5_000, 10_000, 10.0

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Bùi", "Đặng"]
_MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Ngọc", "Hữu", "Thanh"]
_GIVEN = ["Hoa", "Lan", "Hùng", "Dũng", "Anh", "Ánh", "Mai", "Sơn", "Long", "Yến", "Đạt", "Ấn", "Thảo"]


def _person(i: int) -> tuple[str, date, str, str]:
    """Name, birth date, gender and a valid CCCD for the i-th made-up person (Bắc Ninh, code 027)."""
    name = f"{_FAMILY[i % 10]} {_MIDDLE[(i // 10) % 8]} {_GIVEN[(i // 80) % 13]}"
    born = date(1960 + i % 40, 1 + i % 12, 1 + i % 28)
    gender = "nu" if i % 2 else "nam"
    digit = (born.year // 100 - 19) * 2 + (1 if gender == "nu" else 0)
    return name, born, gender, f"027{digit}{born.year % 100:02d}{i:06d}"


def big_dossier(path: Path, count: int = NOMINEES) -> Path:
    nominees, proposals = [], []
    for i in range(count):
        name, born, gender, number = _person(i)
        nominees.append({
            "id": f"p{i}", "kind": "individual", "full_name": name, "birth_date": born.isoformat(),
            "gender": gender, "national_id": number, "position": "Chuyên viên", "workplace": "UBND xã Tân Lập",
            "ratings": [{"year": y, "rating": "hoan-thanh-tot"} for y in (2023, 2024, 2025)],
            "honours": [{"year": 2024, "award": "lao-dong-tien-tien", "decision": f"{i % 900}/QĐ-UBND",
                         "decision_date": "2024-12-20", "issuer": "Chủ tịch UBND xã Tân Lập"}],
        })
        proposals.append({"nominee_id": f"p{i}", "award": "lao-dong-tien-tien", "year": 2025})
    doc = {"schema": "hskt-dossier/1", "ruleset": "nd152-2025", "as_of": "2026-02-05",
           "unit": {"name": "UBND xã Tân Lập", "level": "xa", "code": "09154", "province": "Bắc Ninh"},
           "campaign": {"name": "Bình xét thi đua, khen thưởng năm 2025", "year": 2025},
           "nominees": nominees, "proposals": proposals, "documents": []}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def big_xlsx(path: Path, rows: int = ROWS) -> Path:
    """The template filled with `rows` people, each with one honour row."""
    from openpyxl import load_workbook

    from desktop.services.spreadsheets import HONOURS, PEOPLE, write_template

    write_template(path, today=date(2026, 1, 15))
    wb = load_workbook(path)
    people, honours = wb[PEOPLE], wb[HONOURS]
    for i in range(rows):
        name, born, gender, number = _person(i)
        people.append([name, born.strftime("%d/%m/%Y"), "Nữ" if gender == "nu" else "Nam", number, "Kinh",
                       "Chuyên viên", "UBND xã Tân Lập", None, None, None, None,
                       None, None, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ"])
        honours.append([number, 2024, "Lao động tiên tiến", f"{i % 900}/QĐ-UBND", "20/12/2024",
                        "Chủ tịch UBND xã Tân Lập"])
    wb.save(path)
    return path


def _baseline_tree() -> Path | None:
    """The pre-issue-13 code, checked out once beside the benchmarks (needs the git history)."""
    tree = WORK / f"baseline-{BASELINE}"
    if (tree / "desktop").is_dir():
        return tree
    tree.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", BASELINE, "desktop", "resources"],
                             capture_output=True)
    if archive.returncode != 0:
        return None
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def _timed_import(code: Path, command: list[str]) -> dict[str, Any]:
    """Wall-clock seconds, and the CPU seconds (user + system) of the import's own process: on a machine shared
    with other work the CPU time is what the import costs, the wall clock also counts waiting for a core."""
    with tempfile.TemporaryDirectory(prefix="hskt-bench-import-") as tmp:
        env = dict(os.environ, PYTHONPATH=str(code), HSKT_DATA_DIR=str(Path(tmp) / "data"),
                   HSKT_CACHE_DIR=str(Path(tmp) / "cache"))
        log = Path(tmp) / "out.txt"
        t0 = time.perf_counter()
        with open(log, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "desktop", *command], env=env, stdout=out,
                                    stderr=subprocess.STDOUT, cwd=tmp)
            _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        tail = log.read_text(encoding="utf-8", errors="replace")[-300:]
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "exit": os.waitstatus_to_exitcode(status), "tail": tail}


def run() -> dict[str, Any]:
    inputs = WORK / "import-inputs"
    json_file = inputs / f"dossier-{NOMINEES}.json"
    xlsx_file = inputs / f"people-{ROWS}.xlsx"
    if not json_file.exists():
        big_dossier(json_file)
    if not xlsx_file.exists():
        big_xlsx(xlsx_file)
    baseline = _baseline_tree()
    out: dict[str, Any] = {"nominees": NOMINEES, "rows": ROWS, "baseline_commit": BASELINE}
    for key, command in (("json", ["import-json", str(json_file)]), ("xlsx", ["import-xlsx", str(xlsx_file)])):
        out[key] = _timed_import(REPO, command)
        out[f"{key}_baseline"] = _timed_import(baseline, command) if baseline else None
    return out


def rows(out: dict[str, Any]) -> list[dict[str, Any]]:
    table = []
    for key, label in (("json", f"nhập: hồ sơ JSON {out['nominees']:,} đối tượng".replace(",", ".")),
                       ("xlsx", f"nhập: danh sách Excel {out['rows']:,} dòng".replace(",", "."))):
        now, before = out[key], out.get(f"{key}_baseline")
        table.append({
            "name": label + " (giây CPU)", "value": f"{now['cpu_seconds']}s",
            "baseline": f"{before['cpu_seconds']}s" if before else "", "unit": "s",
            "ratio": round(before["cpu_seconds"] / now["cpu_seconds"], 1) if before and now["cpu_seconds"] else None,
            "target": f"≤ {TARGET_S:.0f}s", "ok": now["exit"] == 0 and now["cpu_seconds"] <= TARGET_S,
            "detail": {"now": now, "baseline": before, "baseline_commit": out["baseline_commit"]},
        })
    return table


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=1))
