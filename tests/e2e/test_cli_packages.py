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


def _district_with_package(tmp_path: Path) -> tuple[str, Path, Path]:
    """A commune's real exported package and a district data folder that trusts the test root."""
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.services import exporting

    pki = make_pki()
    store, did = commune_store(tmp_path / "xa")
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        package = exporting.export_dossier(store, did, s, tmp_path / "out").path
    store.close()
    district = data_folder(tmp_path / "district")
    set_own_unit(district, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du", signer_name="B")
    district.close()
    root = pki.write_root(tmp_path)
    (tmp_path / "district" / "trust").mkdir(parents=True, exist_ok=True)
    (tmp_path / "district" / "trust" / "root.pem").write_bytes(root.read_bytes())
    return str(tmp_path / "district"), package, root


def test_verify_accepts_a_return_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, package, root = _district_with_package(tmp_path)
    assert main(["--data-dir", data, "import-package", str(package)]) == 0
    capsys.readouterr()
    p12 = make_pki().district.write_p12(tmp_path / "d.p12", "pw")
    (tmp_path / "pw.txt").write_text("pw\n")
    assert main(["--data-dir", data, "return-note", "1", "--comment", "Bổ sung biên bản họp", "--out",
                 str(tmp_path / "notes"), "--p12", str(p12), "--password-file", str(tmp_path / "pw.txt")]) == 0
    note = Path(capsys.readouterr().out.strip())
    assert main(["verify", str(note), "--trust", str(root)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"Gói {note.name} (phiếu trả lại): HỢP LỆ"
    assert "ký bởi Trần Thị Bình (UBND huyện Tiên Du)" in out and f"gửi cho gói {package.name}" in out
    assert main(["verify", str(note)]) == 1  # without the test root: intact, but nobody vouches
    assert "CHƯA TIN CẬY" in capsys.readouterr().out


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`hskt import-package … | head`: the reader is gone before anything is written; no traceback."""
    import os
    import subprocess
    import sys

    data, package, _root = _district_with_package(tmp_path)
    read, write = os.pipe()
    os.close(read)  # every write to stdout now fails with EPIPE
    try:
        res = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "import-package", str(package),
                              "-v"], stdout=write, stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write)
    assert "Traceback" not in res.stderr and "BrokenPipeError" not in res.stderr, res.stderr
    assert res.returncode == 141
    assert main(["--data-dir", data, "inbox"]) == 0  # the package was received all the same


def test_import_return_note_asks_for_confirmation_only_on_first_contact(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.packaging.build import file_sha256
    from desktop.packaging.returns import ReturnItem, ReturnNote, build_return_note
    from desktop.packaging.signers import Pkcs12Signer

    _data, package, root = _district_with_package(tmp_path)
    commune = str(tmp_path / "xa" / "data")
    pki = make_pki()

    def note(ident: object, folder: str) -> Path:
        body = ReturnNote(package.name, file_sha256(package), "UBND tỉnh Bắc Ninh", (ReturnItem(None, None, "Sửa"),))
        with Pkcs12Signer(ident.write_p12(tmp_path / f"{folder}.p12", "pw"), "pw") as s:  # type: ignore[attr-defined]
            return build_return_note(tmp_path / folder, body, s, unit_code="27")

    first = note(pki.province, "tinh")  # not the office the letter names
    assert main(["--data-dir", commune, "import-return-note", str(first), "--trust", str(root)]) == 1
    out = capsys.readouterr().out
    assert "do Lê Văn Cường (UBND tỉnh Bắc Ninh) ký" in out and "--confirm-signer" in out
    assert main(["--data-dir", commune, "import-return-note", str(first), "--trust", str(root),
                 "--confirm-signer"]) == 0
    assert "cơ quan nhận gói đã ghi nhận: UBND tỉnh Bắc Ninh" in capsys.readouterr().out
    other = note(pki.commune_b, "xa-b")
    assert main(["--data-dir", commune, "import-return-note", str(other), "--trust", str(root),
                 "--confirm-signer"]) == 1
    assert "không phải cơ quan đã nhận gói" in capsys.readouterr().out


def test_export_with_a_timestamp_server_and_without_the_network(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`--tsa URL`: the signatures carry an RFC 3161 token from that server (B-T), which `hskt verify` reads; an
    unreachable server is said in one line and leaves the dossier unsigned and open."""
    from desktop.packaging.verify import verify_package
    from tests.support.tsa import tsa_server

    pki = make_pki()
    store, did = commune_store(tmp_path)
    store.close()
    data = str(tmp_path / "data")
    p12 = pki.commune.write_p12(tmp_path / "c.p12", "pw")
    pw = tmp_path / "pw.txt"
    pw.write_text("pw", encoding="utf-8")
    key = ["--p12", str(p12), "--password-file", str(pw)]

    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), *key,
                 "--tsa", "ftp://tsa"]) == 2
    assert "phải bắt đầu bằng http://" in capsys.readouterr().err
    assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), *key,
                 "--tsa", "http://127.0.0.1:9/tsa"]) == 1  # nothing listens on the discard port
    err = capsys.readouterr().err
    assert "không lấy được dấu thời gian từ máy chủ http://127.0.0.1:9/tsa" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").glob("*.asice"))
    assert main(["--data-dir", data, "list"]) == 0
    assert "Nháp" in capsys.readouterr().out  # still a draft: nothing was frozen

    with tsa_server(pki) as (url, answered):
        assert main(["--data-dir", data, "export", str(did), "--out", str(tmp_path / "o"), *key,
                     "--tsa", url]) == 0
    package = Path(capsys.readouterr().out.splitlines()[0])
    assert answered  # the server was asked
    report = verify_package(package, [pki.root.cert])
    assert report.ok, report.lines()
    assert report.signer is not None and report.signer.evidence is not None
    assert report.signer.evidence.kind == "timestamp"


def test_import_package_with_a_receipt_timestamp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`hskt import-package FILE --tsa URL`: the received copy is timestamped and the command says so."""
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.services import exporting
    from tests.support.tsa import tsa_server

    pki = make_pki()
    store, did = commune_store(tmp_path / "commune")
    with Pkcs12Signer(pki.commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        package = exporting.export_dossier(store, did, s, tmp_path / "out").path
    store.close()
    district = data_folder(tmp_path / "district")
    set_own_unit(district, name="UBND huyện Tiên Du", level="huyen", code="256", place="Tiên Du", signer_name="B")
    district.close()
    root = pki.write_root(tmp_path)
    data = str(tmp_path / "district")
    assert main(["--data-dir", data, "import-package", str(package), "--trust", str(root), "--tsa", "tsa"]) == 2
    assert "phải bắt đầu bằng http://" in capsys.readouterr().err
    with tsa_server(pki) as (url, answered):
        assert main(["--data-dir", data, "import-package", str(package), "--trust", str(root), "--tsa", url]) == 0
    out = capsys.readouterr().out
    assert answered and f"Đã lấy dấu thời gian lúc nhận từ máy chủ {url}" in out
    assert list((tmp_path / "district").rglob("*.asice.tst"))
