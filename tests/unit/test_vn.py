"""Vietnamese text rules as a clerk would check them on a printed list."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.vn import cccd
from desktop.vn.collation import name_key, name_sort_string, split_name, text_sort_string
from desktop.vn.dates import DateError, long_date, parse_iso, parse_vn, place_date, short_date
from desktop.vn.text import clean, fold


def test_fold_finds_names_typed_without_marks() -> None:
    assert fold("Nguyễn Thị Hoa") == "nguyen thi hoa"
    assert fold("  ĐỖ   Văn  Đạt ") == "do van dat"
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
    assert fold(decomposed) == "nguyen thi hoa"


def test_clean_is_nfc_and_single_spaced() -> None:
    decomposed = unicodedata.normalize("NFD", "Trần  Thị\tÁnh ")
    out = clean(decomposed)
    assert out == "Trần Thị Ánh"
    assert unicodedata.is_normalized("NFC", out)


def test_names_sort_by_given_name_then_family() -> None:
    names = ["Trần Văn Bình", "Nguyễn Thị Hoa", "Lê Văn An", "Phạm Thị Ánh", "Đỗ Văn Ấn", "Vũ Thị Anh", "Nguyễn An",
             "Bùi Văn Đạt", "Hoàng Văn Dũng"]
    assert sorted(names, key=name_key) == [
        "Lê Văn An", "Nguyễn An", "Vũ Thị Anh", "Phạm Thị Ánh", "Đỗ Văn Ấn", "Trần Văn Bình", "Hoàng Văn Dũng",
        "Bùi Văn Đạt", "Nguyễn Thị Hoa",
    ]


def test_sort_string_agrees_with_sort_key() -> None:
    names = ["Ông Văn Ơn", "Ô Thị Ơ", "Ưng Văn Ư", "Lý Thị Ý", "Lê Thị Y", "Nguyễn Văn Anh", "Nguyễn Văn Ánh"]
    assert sorted(names, key=name_sort_string) == sorted(names, key=name_key)


def test_text_sort_puts_d_before_dd() -> None:
    assert sorted(["Đội 2", "Dệt may", "Điện lực"], key=text_sort_string) == ["Dệt may", "Điện lực", "Đội 2"]


def test_split_name() -> None:
    assert split_name("Nguyễn Thị Minh Khai") == ("Nguyễn", "Thị Minh", "Khai")
    assert split_name("Hoa") == ("", "", "Hoa")


def test_long_dates_follow_decree_30_leading_zeros() -> None:
    assert long_date(date(2025, 2, 5)) == "ngày 05 tháng 02 năm 2025"
    assert long_date(date(2025, 3, 15)) == "ngày 15 tháng 3 năm 2025"
    assert long_date(date(2025, 12, 1)) == "ngày 01 tháng 12 năm 2025"
    assert place_date("Tân Lập", date(2026, 1, 9)) == "Tân Lập, ngày 09 tháng 01 năm 2026"
    assert short_date(date(2025, 2, 5)) == "05/02/2025"


def test_dates_parse_as_typed_and_reject_impossible_days() -> None:
    assert parse_vn("5/2/1985") == date(1985, 2, 5)
    assert parse_vn("05-02-1985") == date(1985, 2, 5)
    assert parse_iso("2025-12-31") == date(2025, 12, 31)
    with pytest.raises(DateError, match="không có ngày 31"):
        parse_iso("2025-02-31")
    with pytest.raises(DateError, match="ngày/tháng/năm"):
        parse_vn("hôm qua")


@pytest.mark.parametrize(
    ("number", "born", "gender", "fragment"),
    [
        ("00118501234", date(1985, 1, 1), "nu", "đúng 12 chữ số (đang có 11)"),
        ("003185012345", date(1985, 1, 1), "nu", "mã tỉnh"),
        ("001085012345", date(1985, 1, 1), "nu", "chữ số thứ 4 là 0"),
        ("001186012345", date(1985, 1, 1), "nu", "năm sinh 1985"),
        ("001302012345", date(2002, 1, 1), "nam", "phải là 2"),
        ("00118501234a", None, None, "chỉ gồm chữ số"),
    ],
)
def test_cccd_problems_name_what_is_wrong(number: str, born: date | None, gender: str | None, fragment: str) -> None:
    assert any(fragment in p for p in cccd.problems(number, born, gender))


def test_cccd_consistent_numbers_pass() -> None:
    assert cccd.problems("001185012345", date(1985, 6, 1), "nu") == []
    assert cccd.problems("079303012345", date(2003, 6, 1), "nu") == []
    assert cccd.problems("079203012345", date(2003, 6, 1), "nam") == []
    assert cccd.problems("027090000001", date(1990, 6, 1), "nam") == []
