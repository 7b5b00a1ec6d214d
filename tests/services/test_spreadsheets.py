"""Excel template, import with row-level errors (500 rows, 20 bad), cancel, and the CLI."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Honour, Person, Rating
from desktop.paths import data_paths
from desktop.services import spreadsheets as xs
from desktop.services.tasks import Cancelled, Reporter
from desktop.store.database import Store, open_store
from desktop.vn.cccd import century_sex_digit

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Bùi", "Đặng"]
GIVEN = ["Hoa", "Lan", "Hương", "Ánh", "Hùng", "Dũng", "Tuấn", "Đạt", "Việt", "Yến"]
# (column key, bad value, expected words of the message): one bad cell per bad row
BAD_KINDS = [
    ("national_id", "02718500012", "12 chữ số"),
    ("national_id", "999185000123", "mã tỉnh"),
    ("birth_date", "31/02/1985", "không có thật"),
    ("birth_date", "1985", "ngày/tháng/năm"),
    ("gender", "Khác", "Nam hoặc Nữ"),
    ("full_name", None, "họ và tên"),
    ("rating:2024", "Giỏi", "không có trong danh sách"),
    ("national_id", "027085000123x", "chữ số"),
    ("hired_on", "12/13/2010", "không có thật"),
    ("gender", "Nữ", "chữ số thứ 4"),  # a man's CCCD typed for a woman
]


def build_list(path: Path, rows: int = 500, bad: int = 20, seed: int = 7) -> dict[int, tuple[str, str]]:
    """Fill the template with `rows` people; every 25th row gets one mistake. Returns sheet row -> (column, words)."""
    xs.write_template(path, today=date(2026, 1, 10))
    wb = load_workbook(path)
    ws = wb[xs.PEOPLE]
    keys = [k for k, *_ in xs.people_columns(xs._rating_years(date(2026, 1, 10)))]
    rng = random.Random(seed)
    expected: dict[int, tuple[str, str]] = {}
    bad_rows = set(range(0, rows, rows // bad))
    for i in range(rows):
        female = i % 2 == 0
        birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        gender = "nu" if female else "nam"
        values = {
            "full_name": f"{FAMILY[i % 10]} {'Thị' if female else 'Văn'} {GIVEN[(i // 10) % 10]}",
            "birth_date": birth.strftime("%d/%m/%Y"), "gender": "Nữ" if female else "Nam",
            "national_id": f"027{century_sex_digit(birth.year, gender)}{birth.year % 100:02d}{i:06d}",
            "position": "Chuyên viên", "workplace": "Văn phòng UBND xã",
            "rating:2024": rng.choice(["Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"]),
            "rating:2025": "Hoàn thành tốt nhiệm vụ",
        }
        if i in bad_rows:
            key, value, words = BAD_KINDS[len(expected) % len(BAD_KINDS)]
            if key == "gender":
                values["gender"] = "Nam" if female and value == "Nữ" else value
                if value == "Nữ":
                    values["gender"], values["national_id"] = "Nữ", values["national_id"][:3] + "0" + values["national_id"][4:]
            else:
                values[key] = value
            expected[i + 2] = (key if key != "gender" or value != "Nữ" else "national_id", words)
        for key, value in values.items():
            ws.cell(row=i + 2, column=keys.index(key) + 1, value=value)
    hs = wb[xs.HONOURS]
    hs.append([f"027{century_sex_digit(1971, 'nam')}71000001", 2024, "Lao động tiên tiến", "12/QĐ-UBND", "20/12/2024",
               "Chủ tịch UBND xã"])
    wb.save(path)
    return expected


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = open_store(data_paths(tmp_path / "data"))
    yield st
    st.close()


def _count(store: Store, model: type) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_template_has_headers_and_dropdowns(tmp_path: Path) -> None:
    path = xs.write_template(tmp_path / "mau.xlsx", today=date(2026, 1, 10))
    wb = load_workbook(path)
    ws = wb[xs.PEOPLE]
    assert ws["A1"].value == "Họ và tên *" and ws["L1"].value == "Xếp loại 2021"
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("Danh mục" in f for f in lists) and len(lists) == 1 + 5
    assert wb[xs.LISTS].sheet_state == "hidden"
    assert "Hoàn thành xuất sắc nhiệm vụ" in [c.value for c in wb[xs.LISTS]["B"]]


def test_500_rows_with_20_bad(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "danh-sach.xlsx"
    expected = build_list(src)
    assert len(expected) == 20
    result = xs.import_people(store, src, tmp_path / "loi.xlsx")
    assert (result.imported, result.rejected) == (480, 20)
    got = {e.row: e for e in result.errors}
    assert set(got) == set(expected)
    assert len(result.errors) == 20
    headers = {k: label for k, label, *_ in xs.people_columns(range(2021, 2026))}
    for row, (key, words) in expected.items():
        e = got[row]
        assert words.lower() in e.message.lower(), (row, e)
        assert e.header == headers[key], (row, e)
        assert e.sheet == xs.PEOPLE
    assert _count(store, Person) == 480
    assert _count(store, Rating) == 480 * 2
    assert _count(store, Honour) == 1
    # The copy highlights exactly the bad cells and lists them.
    wb = load_workbook(tmp_path / "loi.xlsx")
    assert wb.sheetnames[0] == xs.ERRORS and wb[xs.ERRORS].max_row == 21
    red = [(c.row, c.column_letter) for row in wb[xs.PEOPLE].iter_rows() for c in row
           if c.fill.start_color.rgb in ("00FFC7CE", "FFC7CE")]
    assert sorted(red) == sorted((e.row, e.column) for e in result.errors)
    # Importing the same file again updates instead of duplicating.
    again = xs.import_people(store, src)
    assert (again.created, again.updated) == (0, 480) and _count(store, Person) == 480


def test_cancel_writes_nothing(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "danh-sach.xlsx"
    build_list(src, rows=200, bad=4)
    reporter = Reporter()

    def progress(done: int, total: int, _msg: str) -> None:
        if done >= 100:
            reporter.cancel()

    reporter.on_progress = progress
    with pytest.raises(Cancelled):
        xs.import_people(store, src, reporter=reporter)
    assert _count(store, Person) == 0 and _count(store, Rating) == 0


def test_cli_template_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "cli-data"
    assert main(["--data-dir", str(data), "xlsx-template", str(tmp_path / "mau.xlsx")]) == 0
    src = tmp_path / "ds.xlsx"
    build_list(src, rows=50, bad=2)
    code = main(["--data-dir", str(data), "import-xlsx", str(src), "--report", str(tmp_path / "loi.xlsx")])
    out = capsys.readouterr().out
    assert code == 1
    assert "Đã nhập 48 dòng" in out and "2 dòng không nhập được" in out
    assert "Cá nhân, dòng 2, cột D (Số CCCD): số định danh phải có đúng 12 chữ số" in out
    assert (tmp_path / "loi.xlsx").is_file()
