"""Rule sets load completely or not at all, and a broken one names its file and key."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.awards.catalogue import (
    award_name,
    check_all,
    known_award_codes,
    load_ruleset,
    load_ruleset_dir,
    ruleset_for,
    ruleset_names,
    rulesets_root,
)
from desktop.awards.model import RuleSetError

CATALOGUE = {"cstd-toan-quoc", "cstd-bo-nganh-tinh", "cstd-co-so", "lao-dong-tien-tien", "chien-si-tien-tien",
             "co-thi-dua-chinh-phu", "co-thi-dua-bo-nganh-tinh", "tap-the-lao-dong-xuat-sac", "don-vi-quyet-thang",
             "tap-the-lao-dong-tien-tien", "don-vi-tien-tien", "xa-phuong-thi-tran-tieu-bieu",
             "thon-to-dan-pho-van-hoa", "gia-dinh-van-hoa", "hc-sao-vang", "hc-lao-dong-3", "hc-doc-lap-1",
             "hcg-chien-si-ve-vang-2", "anh-hung-lao-dong", "nha-giao-uu-tu", "giai-thuong-nha-nuoc",
             "ky-niem-chuong", "bang-khen-thu-tuong", "bang-khen-bo-nganh-tinh", "bang-khen-chu-tich-ubnd-tinh",
             "giay-khen-chu-tich-ubnd-xa", "giay-khen-chu-tich-ubnd-huyen", "giay-khen-thu-truong-co-quan",
             "giay-khen-giam-doc-doanh-nghiep"}


def test_both_rule_sets_load_with_the_full_catalogue() -> None:
    assert ruleset_names() == ["nd152-2025", "nd98-2023"]
    for rs in check_all():
        assert CATALOGUE <= set(rs.awards), rs.name
        for a in rs.awards.values():
            assert a.basis and a.confidence in "VML"
            for c in a.criteria:
                assert c.basis, (a.code, c.id)


def test_ruleset_for_switches_on_1_july_2025() -> None:
    assert ruleset_for(date(2025, 6, 30)).name == "nd98-2023"
    assert ruleset_for(date(2025, 7, 1)).name == "nd152-2025"
    assert ruleset_for(date(2024, 1, 1)).name == "nd98-2023"
    early = ruleset_for(date(2023, 12, 31))
    assert early.name == "nd98-2023" and any("gần nhất" in n for n in early.notes)


def test_known_codes_include_historical_and_names() -> None:
    assert "giay-khen-chu-tich-ubnd-huyen" in known_award_codes()
    assert award_name("cstd-co-so") == "Chiến sĩ thi đua cơ sở"
    assert award_name("khong-co") == "khong-co"


def test_options_default_and_override() -> None:
    rs = load_ruleset("nd152-2025")
    assert rs.options["cstd_excellent_rating_route"] is False
    assert rs.options["cstd_cap_share"] == 0
    assert rs.with_options({"cstd_cap_share": 0.15}).options["cstd_cap_share"] == 0.15
    with pytest.raises(RuleSetError, match="cstd_excelent"):
        rs.with_options({"cstd_excelent": True})
    with pytest.raises(RuleSetError):
        rs.with_options({"cstd_excellent_rating_route": 1})


def test_forms_have_the_documented_keys() -> None:
    rs = load_ruleset("nd152-2025")
    keys = {f.key for f in rs.form_for("cstd-co-so", "individual").fields}  # type: ignore[union-attr]
    assert {"duties", "achievements", "measures", "summary", "title_text"} <= keys
    assert rs.form_for("gia-dinh-van-hoa", "household").id == "ho-gia-dinh"  # type: ignore[union-attr]


def _copy(tmp_path: Path, name: str = "nd98-2023") -> Path:
    dst = tmp_path / name
    shutil.copytree(rulesets_root() / name, dst)
    return dst


def _edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("file", "old", "new", "key", "words"), [
    ("awards.toml", 'check = "rating_at_least"', 'check = "rating_atleast"',
     "awards.lao-dong-tien-tien.criteria[2].check", "rating_atleast"),
    ("awards.toml", 'params = { n = 3, condition = { title = "cstd-co-so" } }',
     'params = { n = 3, condition = { title = "cstd-coso" } }',
     "awards.cstd-bo-nganh-tinh.criteria[2].params.condition.title", "cstd-coso"),
    ("awards.toml", 'decider = "chu-tich-ubnd-xa"', 'decider = "chu-tich-xa"', "awards.lao-dong-tien-tien.decider",
     "chu-tich-xa"),
    ("awards.toml", 'basis = "Luật TĐKT 2022, Điều 24 khoản 1 điểm a"\n', "",
     "awards.lao-dong-tien-tien.criteria[2].basis", "căn cứ"),
    ("awards.toml", 'params = { months = 6 }', 'params = { month = 6 }',
     "awards.lao-dong-tien-tien.criteria[3].params.month", "month"),
    ("awards.toml", 'components = ["to-trinh", "danh-sach", "bao-cao-thanh-tich", "bien-ban-hop"]',
     'components = ["to-trinh", "danh-sach", "bao-cao", "bien-ban-hop"]', "awards.lao-dong-tien-tien.components[2]",
     "bao-cao"),
    ("awards.toml", 'option = "cstd_excellent_rating_route"', 'option = "cstd_excellent_route"',
     "awards.cstd-co-so.criteria[2].alternatives[1].option", "cstd_excellent_route"),
    ("awards.toml", 'confidence = "V"', 'confidence = "X"', "awards.lao-dong-tien-tien.confidence", "X"),
    ("ruleset.toml", 'name = "nd98-2023"', 'name = "nd98"', "ruleset.name", "nd98"),
    ("forms.toml", 'type = "multiline"', 'type = "textarea"', "forms.ca-nhan.sections[1].fields[0].type", "textarea"),
])
def test_typo_names_file_and_key(tmp_path: Path, file: str, old: str, new: str, key: str, words: str) -> None:
    folder = _copy(tmp_path)
    _edit(folder, file, old, new)
    with pytest.raises(RuleSetError) as err:
        load_ruleset_dir(folder)
    msg = str(err.value)
    assert f"nd98-2023/{file}" in msg and key in msg and words in msg, msg
    assert msg.startswith("Bộ quy tắc bị lỗi")


def test_toml_syntax_error_names_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "awards.toml", "[awards.cstd-co-so]", "[awards.cstd-co-so")
    with pytest.raises(RuleSetError, match=r"nd98-2023/awards\.toml.*TOML"):
        load_ruleset_dir(folder)


def test_meets_award_cycle_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "awards.toml", 'id = "xep-loai"\ncheck = "rating_at_least"\nparams = { rating = "hoan-thanh-tot" }',
          'id = "xep-loai"\ncheck = "meets_award"\nparams = { award = "cstd-co-so" }')
    with pytest.raises(RuleSetError, match="vòng lặp"):
        load_ruleset_dir(folder)


def test_unknown_ruleset_name() -> None:
    with pytest.raises(RuleSetError, match="nd99"):
        load_ruleset("nd99")
