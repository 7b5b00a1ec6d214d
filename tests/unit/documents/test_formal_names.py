"""The optional award_names.toml of a rule set: formal names with the unit's place, checked when the rule set loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.awards.catalogue import load_ruleset_dir, rulesets_root
from desktop.awards.model import RuleSetError
from desktop.documents.context import commune_name, formal_award_names, province_name


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "nd152-2025"
    shutil.copytree(rulesets_root() / "nd152-2025", folder)
    return folder


def test_places_are_named_as_decisions_name_them() -> None:
    assert province_name("Bắc Ninh") == "tỉnh Bắc Ninh"
    assert province_name("Hà Nội") == "thành phố Hà Nội"
    assert province_name("Thành phố Huế") == "thành phố Huế"
    assert province_name("") is None
    assert commune_name("UBND xã Tân Lập") == "xã Tân Lập"
    assert commune_name("Ủy ban nhân dân phường Kinh Bắc") == "phường Kinh Bắc"
    assert commune_name("Trường Tiểu học Tân Lập") is None


def test_formal_names_fill_the_place_or_fall_back() -> None:
    names = formal_award_names("nd152-2025", "tỉnh Bắc Ninh", "xã Tân Lập")
    assert names["bang-khen-bo-nganh-tinh"] == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"
    assert names["giay-khen-chu-tich-ubnd-xa"] == "Giấy khen của Chủ tịch Ủy ban nhân dân xã Tân Lập"
    # Without a commune the commune's Giấy khen keeps the catalogue name rather than a blank place.
    assert "giay-khen-chu-tich-ubnd-xa" not in formal_award_names("nd152-2025", "tỉnh Bắc Ninh", None)
    assert formal_award_names("khong-co", "tỉnh Bắc Ninh", None) == {}


def test_a_rule_set_without_the_file_loads(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "award_names.toml").unlink()
    assert load_ruleset_dir(folder).formal_names == {}


@pytest.mark.parametrize(("line", "key"), [
    ('khong-co-ma-nay = "Bằng khen"', "award_names.khong-co-ma-nay"),
    ('bang-khen-thu-tuong = "Bằng khen của {huyen}"', "award_names.bang-khen-thu-tuong"),
])
def test_a_broken_entry_names_the_file_and_key(tmp_path: Path, line: str, key: str) -> None:
    folder = _copy(tmp_path)
    path = folder / "award_names.toml"
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    with pytest.raises(RuleSetError) as err:
        load_ruleset_dir(folder)
    assert err.value.file == "nd152-2025/award_names.toml" and err.value.key == key
