"""`hskt suggest`: the screen's suggestions on the command line, and `--create` makes dossiers `hskt check` accepts."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_clean_failure, hskt


def test_suggest_prints_json_creates_and_the_dossiers_check_eligible(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert hskt("demo", data=data).returncode == 0
    text = hskt("suggest", "--year", "2025", data=data)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("ĐỀ XUẤT KHEN THƯỞNG NĂM 2025 — bộ quy tắc nd152-2025\nĐã xét 25 đối tượng trong sổ.")
    assert "[Còn thiếu] Chiến sĩ thi đua cấp tỉnh (3/3 năm): còn thiếu 01 sáng kiến được công nhận phạm vi cấp tỉnh " \
           "trở lên trong chuỗi 2021–2024" in text.stdout
    assert "tỉ lệ trên Lao động tiên tiến không áp dụng" in text.stdout

    collectives = json.loads(hskt("suggest", "--year", "2025", "--kind", "tap-the", "--json", data=data).stdout)
    assert collectives["subjects"] == 4 and {s["kind"] for s in collectives["suggestions"]} == {"collective"}

    made = json.loads(hskt("suggest", "--year", "2025", "--json", "--create", data=data).stdout)
    reached = [s for s in made["suggestions"] if s["status"] == "dat"]
    assert sum(c["proposals"] for c in made["created"]) == len(reached) == 25
    for c in made["created"]:
        checked = hskt("check", str(c["dossier_id"]), "--json", data=data)
        report = json.loads(checked.stdout)
        assert report["eligible"] is True, c["title"]
        assert len(report["proposals"]) == c["proposals"]


def test_suggest_without_a_unit_or_with_a_bad_year_is_one_clear_line(tmp_path: Path) -> None:
    assert_clean_failure(hskt("suggest", "--year", "2025", data=tmp_path / "empty"), "Chưa khai báo đơn vị")
    assert_clean_failure(hskt("suggest", "--year", "1999", data=tmp_path / "empty"), "--year: năm 1999 không hợp lệ")
