"""An Excel import either commits with everything it reports, or fails before writing anything (issue 13): the
red-marked copy is written before the commit, and a copy that cannot be written is a warning, not an error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.paths import data_paths
from desktop.services import spreadsheets as xs
from desktop.store.database import Store, open_store
from tests.services.test_spreadsheets import build_list


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(data_paths(tmp_path / "data"))
    yield s
    s.close()


def _people(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM subjects WHERE kind = 'individual'").fetchone()[0]
    finally:
        conn.close()


def test_a_bad_row_under_merged_cells_is_marked_and_the_result_matches_the_database(store: Store,
                                                                                    tmp_path: Path) -> None:
    src = tmp_path / "gop-o.xlsx"
    build_list(src, rows=20, bad=2)
    wb = load_workbook(src)
    ws = wb[xs.PEOPLE]
    ws.merge_cells("C4:D4")  # row 4's CCCD cell disappears under the merge: the row is wrong at a MergedCell
    ws.merge_cells("F6:G8")  # position and workplace merged over three good rows
    wb.save(src)
    result = xs.import_people(store, src, tmp_path / "gop-o-loi.xlsx")
    assert result.rejected == 3 and result.warnings == []
    assert _people(store.paths.database) == result.imported == 17
    marked = load_workbook(result.report_path)[xs.PEOPLE]
    assert marked["C4"].fill.start_color.rgb in ("00FFC7CE", "FFC7CE") and marked["C4"].comment is not None
    assert "thiếu số CCCD" in marked["C4"].comment.text


def test_an_unwritable_report_is_a_warning_and_the_good_rows_are_in(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    src = tmp_path / "ds.xlsx"
    build_list(src, rows=30, bad=3)
    (tmp_path / "not-a-folder").write_text("x", encoding="utf-8")
    status = main(["--data-dir", str(data), "import-xlsx", str(src), "--report",
                   str(tmp_path / "not-a-folder" / "loi.xlsx")])
    out = capsys.readouterr()
    assert status == 1 and "Traceback" not in out.err
    assert "Đã nhập 27 dòng" in out.out and "3 dòng không nhập được" in out.out
    assert out.err.strip().startswith("hskt: cảnh báo: không ghi được bản sao tô đỏ") and "đã được nhập" in out.err
    assert _people(data / "hskt.sqlite3") == 27


def test_a_file_too_long_to_be_a_list_is_refused_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "dai.xlsx"
    build_list(src, rows=10, bad=1)
    wb = load_workbook(src)
    ws = wb[xs.PEOPLE]
    for r in range(12, 12 + xs.MAX_ROWS):
        ws.cell(row=r, column=1, value="x")
    wb.save(src)
    with pytest.raises(ValueError, match="hơn 20000 dòng"):
        xs.import_people(store, src)
    assert _people(store.paths.database) == 0
