"""Exit codes and messages of the package commands (in-process, through desktop.cli.main)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.e2e.builders import commune_store, data_folder, set_own_unit
from tests.support.pki import make_pki


def test_export_refusal_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, did = commune_store(tmp_path, with_certificates=False)
    store.close()
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert f"hồ sơ số {did} chưa xuất được vì 2 lý do:" in err and "Thiếu giấy chứng nhận sáng kiến" in err
    assert main(["--data-dir", data, "export", "999", "--out", str(tmp_path / "o")]) == 2
    assert "không có hồ sơ số 999" in capsys.readouterr().err


def test_export_needs_exactly_one_key_and_a_right_password(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store, did = commune_store(tmp_path)
    store.close()
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o")]) == 2
    assert "chọn đúng một khóa ký" in capsys.readouterr().err
    p12 = make_pki().commune.write_p12(tmp_path / "c.p12", "đúng")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai\n", encoding="utf-8")
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), "--p12", str(p12),
                 "--password-file", str(wrong)]) == 2
    assert "mật khẩu sai hoặc tệp hỏng" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), "--p12", str(p12)]) == 2
    assert "--password-file" in capsys.readouterr().err  # no prompt without a terminal, and no traceback
    right = tmp_path / "right.txt"
    right.write_text("đúng\n", encoding="utf-8")
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), "--p12", str(p12),
                 "--password-file", str(right)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("_r1.asice") and "phiên bản 1 đã khóa" in out


def test_import_inbox_aggregate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    district = data_folder(tmp_path / "district")
    set_own_unit(district, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du", signer_name="B")
    district.close()
    data = str(tmp_path / "district")
    assert main(["--data-dir", data, "inbox"]) == 0
    assert "Hộp thư đến trống" in capsys.readouterr().out
    junk = tmp_path / "rác.asice"
    junk.write_bytes(b"not a zip")
    assert main(["--data-dir", data, "import-package", str(junk)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("1\trejected\tBị từ chối: r_c.asice") and "KHÔNG HỢP LỆ" in out
    assert main(["--data-dir", data, "aggregate", "--campaign", "Đợt 2025", "1"]) == 2
    assert "đã bị từ chối khi nhận" in capsys.readouterr().err
    assert main(["--data-dir", data, "aggregate", "--campaign", "Đợt 2025", "x"]) == 2
    assert "phải là số" in capsys.readouterr().err
    assert main(["--data-dir", data, "import-package", str(tmp_path / "none.asice")]) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err
    assert main(["--data-dir", data, "return-note", "1", "--p12", "x.p12"]) == 2
    assert "cần ít nhất một ý kiến" in capsys.readouterr().err
    assert main(["--data-dir", data, "import-return-note", str(junk)]) == 1
    assert "không hợp lệ" in capsys.readouterr().out
