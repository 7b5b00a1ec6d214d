"""`hskt` as a clerk or a script runs it: real processes, real data folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def hskt(*args: str, data: Path | None = None, env: dict[str, str] | None = None,
         timeout: int = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    cmd = [sys.executable, "-m", "desktop"]
    if data is not None:
        cmd += ["--data-dir", str(data)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8", env=full_env,
                          cwd=REPO, timeout=timeout)


def assert_clean_failure(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hskt: "), result.stderr
    assert fragment in lines[0], lines[0]


def test_demo_list_export_import_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert hskt("demo", data=data).returncode == 0
    listing = hskt("list", data=data).stdout.splitlines()
    assert len(listing) == 2 and listing[0].startswith("1\tNháp\t2025\t24\t")
    exported = hskt("export-json", "1", data=data)
    assert exported.returncode == 0
    (tmp_path / "d1.json").write_text(exported.stdout, encoding="utf-8")
    imported = hskt("import-json", str(tmp_path / "d1.json"), data=data)
    assert imported.returncode == 0 and imported.stdout.strip() == "3"
    assert hskt("export-json", "3", data=data).stdout == exported.stdout


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    data = tmp_path / "env-data"
    assert hskt("demo", env={"HSKT_DATA_DIR": str(data)}).returncode == 0
    assert (data / "hskt.sqlite3").exists()
    again = hskt("demo", env={"HSKT_DATA_DIR": str(data)})
    assert_clean_failure(again, "đã có dữ liệu")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "JSON sai cú pháp ở dòng 1"),
        ('{"schema": "khac"}', 'schema: cần "hskt-dossier/1"'),
        ('{"schema": "hskt-dossier/1", "unit": {"name": "X", "level": "xa"}, "nominees": [], '
         '"proposals": [{"nominee_id": "a", "award": "zzz", "year": 2025}]}', "proposals[0].award"),
    ],
)
def test_unusable_json_exits_2_with_one_line(tmp_path: Path, content: str, fragment: str) -> None:
    f = tmp_path / "x.json"
    f.write_text(content, encoding="utf-8")
    assert_clean_failure(hskt("import-json", str(f), data=tmp_path / "d"), fragment)


def test_unusable_arguments_exit_2(tmp_path: Path) -> None:
    assert_clean_failure(hskt("export-json", "abc", data=tmp_path / "d"), 'mã hồ sơ "abc" phải là một số')
    assert_clean_failure(hskt("export-json", "99", data=tmp_path / "d"), "không có hồ sơ số 99")
    assert_clean_failure(hskt("import-json", str(tmp_path / "none.json"), data=tmp_path / "d"), "không tìm thấy tệp")
    assert_clean_failure(hskt("khong-co-lenh", data=tmp_path / "d"), "tham số không hợp lệ")


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    hskt("demo", data=data)
    before = hskt("export-json", "2", data=data).stdout
    assert hskt("backup", str(tmp_path / "b.zip"), data=data).returncode == 0
    other = tmp_path / "other"
    restored = hskt("restore", str(tmp_path / "b.zip"), data=other)
    assert restored.returncode == 0, restored.stderr
    assert hskt("export-json", "2", data=other).stdout == before
    assert_clean_failure(hskt("restore", str(tmp_path / "none.zip"), data=other), "không tìm thấy tệp sao lưu")


def test_gui_starts_paints_and_quits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = hskt("gui", "--quit-when-ready", "--demo-if-empty", data=data, timeout=90)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    listing = hskt("list", data=data).stdout
    assert "Đề nghị công nhận danh hiệu thi đua năm 2025" in listing


def test_export_json_is_canonical_bytes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    hskt("demo", data=data)
    out = hskt("export-json", "1", data=data).stdout
    assert out == json.dumps(json.loads(out), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
