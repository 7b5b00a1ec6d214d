"""`hskt render`: files as the package layout names them, and exit 2 with one Vietnamese line on unusable input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "dossiers" / "demo_commune.json"


def test_render_file_writes_each_component_and_all(tmp_path: Path, data_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pdf"
    assert main(["render", str(FIXTURE), "--out", str(out)]) == 0
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*.pdf"))
    assert "01_to-trinh.pdf" in names and "all.pdf" in names and "04_bao-cao/p01.pdf" in names
    assert len(names) == 17
    assert (out / "all.pdf").read_bytes().startswith(b"%PDF-")
    assert "all.pdf" in capsys.readouterr().out


def test_render_docx_writes_each_report_as_word(tmp_path: Path, data_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    out = tmp_path / "out"
    assert main(["render", str(FIXTURE), "--out", str(out), "--docx"]) == 0
    words = sorted(str(p.relative_to(out)) for p in out.rglob("*.docx"))
    ids = [n["id"] for n in json.loads(FIXTURE.read_text(encoding="utf-8"))["nominees"]]
    assert words == sorted(f"04_bao-cao/{i}.docx" for i in ids)
    assert "04_bao-cao/p01.docx\tWord" in capsys.readouterr().out
    text = " ".join(p.text for p in Document(str(out / "04_bao-cao" / "p01.docx")).paragraphs)
    assert "2. Thành tích đạt được của cá nhân" in text


def test_missing_file_exits_2(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "khong-co.json"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "khong-co.json" in err and "không có tệp" in err


def test_invalid_dossier_names_path_and_problem(tmp_path: Path, data_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["nominees"][0]["gender"] = "khac"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["render", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "bad.json" in err and "nominees[0].gender" in err
    assert not (tmp_path / "o").exists()
