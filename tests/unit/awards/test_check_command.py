"""`hskt check`: the spec's JSON, a readable Vietnamese report, exit status 0/1/2, and as_of switching rule sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.unit.awards.build import GOOD, dossier, person

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "eligibility"


def _fixture(stem: str) -> str:
    return str(next(FIXTURES.glob(f"*-{stem}.json")))


def test_json_shape_and_exit_0(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["check", _fixture("hoan-chinh"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"ruleset", "complete", "eligible", "proposals", "checklist", "issues"}
    assert out["ruleset"] == "nd152-2025" and out["eligible"] and out["complete"]
    prop = out["proposals"][0]
    assert {"nominee_id", "award", "year", "verdict", "rules"} <= set(prop)
    assert {"id", "ok", "basis", "message"} <= set(prop["rules"][0])
    assert {"component", "nominee_id", "required", "present", "message"} <= set(out["checklist"][0])


def test_text_report_exit_1(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["check", _fixture("thieu-chung-nhan-sang-kien")]) == 1
    text = capsys.readouterr().out
    assert "Thiếu giấy chứng nhận sáng kiến của Nguyễn Thị Hoa" in text
    assert "Chiến sĩ thi đua cơ sở năm 2025: ĐẠT" in text


def test_unreadable_and_invalid_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    missing = tmp_path / "khong-co.json"
    assert main(["check", str(missing)]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "Traceback" not in err and err.count("\n") == 1
    bad = tmp_path / "sai.json"
    bad.write_text('{"schema": "hskt-dossier/1", "unit": {"name": "X", "level": "xa"}, "nominees": [], '
                   '"proposals": [{"nominee_id": "p9", "award": "lao-dong-tien-tien", "year": 2025}]}', encoding="utf-8")
    assert main(["check", str(bad), "--json"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "proposals[0].nominee_id" in err
    typo = tmp_path / "ma.json"
    data = dossier([person(ratings={2025: GOOD})], [("p1", "lao-dong-tien-tien")])
    data["proposals"][0]["award"] = "lao-dong-tien-tien-x"
    typo.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(typo)]) == 2
    assert "không có trong danh mục" in capsys.readouterr().err
    broken = tmp_path / "hong.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert "JSON sai cú pháp" in capsys.readouterr().err


def test_as_of_switches_ruleset_and_deciders(tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    p = person(ratings={2024: GOOD, 2025: GOOD}, initiatives=[(2025, "co-so")])
    data = dossier([p], [("p1", "cstd-co-so"), ("p1", "giay-khen-chu-tich-ubnd-huyen", None,
                                                  {"movement_achievement": True})], as_of="2025-06-30")
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    main(["check", str(path), "--json"])
    before = json.loads(capsys.readouterr().out)
    main(["check", str(path), "--json", "--as-of", "2025-07-01"])
    after = json.loads(capsys.readouterr().out)
    assert before["ruleset"] == "nd98-2023" and after["ruleset"] == "nd152-2025"
    assert [p["verdict"] for p in before["proposals"]] == ["dat", "dat"]
    assert after["proposals"][1]["verdict"] == "khong-dat"  # the district chairman's Giấy khen is gone
    assert not [i for i in before["issues"] if i["severity"] == "error"]
    from desktop.awards.catalogue import load_ruleset

    assert load_ruleset(before["ruleset"]).awards["cstd-co-so"].decider.code == "chu-tich-ubnd-huyen"
    assert load_ruleset(after["ruleset"]).awards["cstd-co-so"].decider.code == "chu-tich-ubnd-xa"
