"""`hskt --self-test` in-process: every step passes on a good installation; a broken one fails with exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.selftest import FAIL, PASS, STEPS, run_selftest


def test_every_step_passes_and_the_table_says_so(tmp_path: Path) -> None:
    from desktop.packaging.verify import verify_package

    report = run_selftest(workdir=tmp_path / "work")
    assert [s.name for s in report.steps] == [name for name, _ in STEPS]
    assert report.ok, report.table()
    table = report.table().splitlines()
    assert table[0].split("|")[0].strip() == "Bước" and "Kết quả" in table[0] and "Thời gian" in table[0]
    assert all(PASS in line for line in table[2:2 + len(STEPS)])
    # the real parts ran: a migrated database, PDFs, a signed package that verifies only against its own root
    assert (tmp_path / "work" / "data" / "hskt.sqlite3").is_file()
    packages = list((tmp_path / "work" / "exports").glob("*.asice"))
    assert len(packages) == 1
    assert not verify_package(packages[0], []).ok
    forms = report.step("In biểu mẫu")
    assert forms is not None and "to-trinh" in forms.detail and "tom-tat-thanh-tich" in forms.detail


def test_missing_resources_fail_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty-resources"
    empty.mkdir()
    monkeypatch.setenv("HSKT_RESOURCES", str(empty))
    rc = cli.main(["--self-test"])
    out = capsys.readouterr().out
    assert rc == 1
    assert "Tài nguyên" in out and FAIL in out and "fonts" in out
    assert "CÓ" in out and "BƯỚC LỖI" in out


def test_missing_fonts_alone_fail_the_forms_in_a_fresh_process(tmp_path: Path) -> None:
    """A bundle that lost only its fonts (a fresh process: fonts are registered once per process): resources and
    the forms fail, the database step still passes, exit 1."""
    import os
    import shutil
    import subprocess
    import sys

    from desktop.paths import RESOURCES

    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy, ignore=shutil.ignore_patterns("*.ttf"))
    env = {**os.environ, "HSKT_RESOURCES": str(copy)}
    done = subprocess.run([sys.executable, "-m", "desktop", "self-test", "--no-qt"], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    rows = {line.split("|")[0].strip(): line.split("|")[1].strip() for line in done.stdout.splitlines()
            if line.count("|") == 2}
    assert rows["Tài nguyên"] == FAIL
    assert rows["Cơ sở dữ liệu"] == PASS
    assert rows["In biểu mẫu"] == FAIL


def test_subcommand_and_global_flag_agree(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["self-test", "--no-qt"]) == 0
    out = capsys.readouterr().out
    assert "Kết luận: TẤT CẢ ĐẠT" in out and "Giao diện Qt" not in out
