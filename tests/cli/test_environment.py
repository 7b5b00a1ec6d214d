"""A broken environment is one Vietnamese line with the fix and exit status 2, never a traceback, and nothing is
changed (issue 13): real newer-schema, non-SQLite and empty database files, a real read-only mount, a real full
filesystem, real damaged backups."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from tests.cli.test_cli import assert_clean_failure, hskt
from tests.support.filesystems import fill, read_only_view, small_filesystem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert hskt("demo", data=data).returncode == 0
    return data


def _dossier_with_scan(folder: Path) -> Path:
    doc = json.loads((FIXTURES / "dossiers" / "demo_commune.json").read_text(encoding="utf-8"))
    (folder / "scan").mkdir(parents=True, exist_ok=True)
    (folder / "scan" / "bien-ban.pdf").write_bytes(PDF + b"%" + b"x" * 400_000 + b"\n")
    doc["documents"] = [{"component": "bien-ban-hop", "file": "scan/bien-ban.pdf"}]
    path = folder / "hoso.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_database_from_a_newer_hskt_is_refused_without_a_backup(demo: Path) -> None:
    conn = sqlite3.connect(demo / "hskt.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    before, backups = _sha(demo / "hskt.sqlite3"), _files(demo / "backups")
    for command in (["list"], ["import-json", str(FIXTURES / "dossiers" / "demo_commune.json")]):
        assert_clean_failure(hskt(*command, data=demo), "dữ liệu này do phiên bản HSKT mới hơn tạo")
    started = hskt("gui", "--quit-when-ready", data=demo)
    assert started.returncode == 2 and "phiên bản HSKT mới hơn" in started.stderr and "Traceback" not in started.stderr
    assert _sha(demo / "hskt.sqlite3") == before and _files(demo / "backups") == backups


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "hskt.sqlite3").write_text("Danh sách cán bộ năm 2025\n", encoding="utf-8")
    for command in (["list"], ["check", "1"], ["audit-verify"]):
        assert_clean_failure(hskt(*command, data=data), "không phải tệp SQLite")
    assert (data / "hskt.sqlite3").read_text(encoding="utf-8") == "Danh sách cán bộ năm 2025\n"


def test_an_empty_database_file_is_not_taken_for_a_new_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "hskt.sqlite3").touch()
    result = hskt("import-json", str(FIXTURES / "dossiers" / "demo_commune.json"), data=data)
    assert_clean_failure(result, "rỗng (0 byte)")
    assert (data / "hskt.sqlite3").stat().st_size == 0


def test_a_read_only_folder_still_lists_and_checks_but_refuses_writes(demo: Path) -> None:
    listing = hskt("list", data=demo).stdout
    with read_only_view(demo) as ro:
        assert hskt("list", data=ro).stdout == listing
        checked = hskt("check", "1", data=ro)
        assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr and checked.stdout
        assert hskt("export-json", "1", data=ro).stdout == hskt("export-json", "1", data=demo).stdout
        verified = hskt("audit-verify", data=ro)
        assert verified.returncode == 0 and "nguyên vẹn" in verified.stdout
        assert_clean_failure(hskt("import-json", str(FIXTURES / "dossiers" / "demo_commune.json"), data=ro),
                             "chỉ đọc được")
        assert_clean_failure(hskt("demo", data=ro), "chỉ đọc được")
        started = hskt("gui", "--quit-when-ready", data=ro)
        assert started.returncode == 2 and "chỉ đọc được" in started.stderr and "Traceback" not in started.stderr


def test_a_full_disk_during_an_import_changes_nothing(tmp_path: Path) -> None:
    source = _dossier_with_scan(tmp_path / "in")
    with small_filesystem(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        assert hskt("demo", data=data).returncode == 0
        before, files = _counts(data / "hskt.sqlite3"), _files(data / "attachments")
        fill(disk, leave=100_000)
        result = hskt("import-json", str(source), data=data)
        assert_clean_failure(result, "đã đầy")
        assert "chưa nhập gì" in result.stderr and "MB" in result.stderr
        assert _counts(data / "hskt.sqlite3") == before and _files(data / "attachments") == files


def test_a_full_disk_during_the_pre_migration_backup_leaves_no_empty_backup(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", "2m") as disk:
        data = disk / "data"
        (data / "backups").mkdir(parents=True)
        shutil.copyfile(FIXTURES / "db_versions" / "0001_initial.sqlite3", data / "hskt.sqlite3")
        before = _sha(data / "hskt.sqlite3")
        fill(disk, leave=100_000)  # room to open the database, not to copy it
        result = hskt("list", data=data)
        assert_clean_failure(result, "đã đầy")
        assert "chưa nâng cấp" in result.stderr
        assert _files(data / "backups") == [] and _sha(data / "hskt.sqlite3") == before


def _backup(demo: Path, tmp_path: Path) -> Path:
    out = tmp_path / "sao-luu.zip"
    assert hskt("backup", str(out), data=demo).returncode == 0
    return out


def test_bit_rot_inside_a_backup_is_refused_before_anything_changes(demo: Path, tmp_path: Path) -> None:
    backup = _backup(demo, tmp_path)
    with zipfile.ZipFile(backup) as zf:
        info = zf.getinfo("hskt.sqlite3")
    raw = bytearray(backup.read_bytes())
    raw[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0xFF  # inside the deflated data
    backup.write_bytes(bytes(raw))
    listing, db = hskt("list", data=demo).stdout, _sha(demo / "hskt.sqlite3")
    assert_clean_failure(hskt("restore", str(backup), data=demo), "bị hỏng")
    assert hskt("list", data=demo).stdout == listing and _sha(demo / "hskt.sqlite3") == db


def test_a_consistent_backup_whose_database_is_not_sqlite_is_refused(demo: Path, tmp_path: Path) -> None:
    fake = b"day khong phai co so du lieu" * 100
    backup = tmp_path / "gia.zip"
    manifest = {"format": "hskt-backup/1", "app_version": "0", "created": "2026-01-01T00:00:00+07:00",
                "files": [{"name": "hskt.sqlite3", "sha256": hashlib.sha256(fake).hexdigest(), "size": len(fake)}]}
    with zipfile.ZipFile(backup, "w") as zf:
        zf.writestr("hskt-backup.json", json.dumps(manifest))
        zf.writestr("hskt.sqlite3", fake)
    listing = hskt("list", data=demo).stdout
    assert_clean_failure(hskt("restore", str(backup), data=demo), "không phải tệp SQLite")
    assert hskt("list", data=demo).stdout == listing


def test_an_unexpected_error_is_logged_not_printed_as_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import desktop.commands.listing as listing

    def broken(args: object, ctx: object) -> int:
        raise AttributeError("'NoneType' object has no attribute 'title'")

    monkeypatch.setattr(listing, "run", broken)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "list"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("hskt: lỗi ngoài dự kiến") and "Traceback" not in err
    assert str(data / "logs" / "hskt.log") in err
    log = (data / "logs" / "hskt.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "no attribute 'title'" in log
