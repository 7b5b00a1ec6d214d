"""hskt-dossier/1: strict reading with messages that name the path, and lossless canonical writing."""

from __future__ import annotations

import copy
import json
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from desktop import snapshot as snap
from desktop.awards.catalogue import known_award_codes
from tests.support.dossiers import dossiers

GOOD: dict[str, Any] = {
    "schema": "hskt-dossier/1",
    "unit": {"name": "Ủy ban nhân dân xã Tân Lập", "level": "xa", "code": "27115"},
    "campaign": {"name": "Tổng kết năm 2025", "year": 2025},
    "nominees": [
        {"id": "p1", "kind": "individual", "full_name": "Nguyễn Thị Hoa", "birth_date": "1985-02-05",
         "gender": "nu", "national_id": "027185012345",
         "ratings": [{"year": 2025, "rating": "hoan-thanh-xuat-sac"}]},
        {"id": "h1", "kind": "household", "head_name": "Lê Văn Tám", "address": "Thôn Đông"},
    ],
    "proposals": [{"nominee_id": "p1", "award": "cstd-co-so"}],
}


def load(doc: Any) -> snap.Dossier:
    return snap.dossier_from_json(doc, known_award_codes())


def broken(path: list[Any], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def first_problem(doc: Any) -> str:
    with pytest.raises(snap.SchemaError) as info:
        load(doc)
    return str(info.value.problems[0])


def test_good_document_reads_and_proposal_year_defaults_to_campaign() -> None:
    d = load(GOOD)
    assert d.proposals[0].year == 2025
    assert d.nominee("p1").display_name == "Nguyễn Thị Hoa"  # type: ignore[union-attr]


def test_malformed_json_names_line_and_column() -> None:
    with pytest.raises(snap.SchemaError, match=r"dòng 2, cột \d+"):
        snap.loads('{"schema": "hskt-dossier/1",\n "unit": }', known_award_codes())


def test_wrong_schema_value() -> None:
    assert first_problem(broken(["schema"], "hskt-dossier/2")).startswith('schema: cần "hskt-dossier/1"')


def test_unknown_award_code_names_the_path() -> None:
    msg = first_problem(broken(["proposals", 0, "award"], "bang-khen-vu-tru"))
    assert msg == 'proposals[0].award: mã khen thưởng "bang-khen-vu-tru" không có trong danh mục'


def test_unknown_rating_lists_the_allowed_ones() -> None:
    msg = first_problem(broken(["nominees", 0, "ratings", 0, "rating"], "tot"))
    assert msg.startswith('nominees[0].ratings[0].rating: xếp loại "tot" không hợp lệ; cần một trong: hoan-thanh-xuat-sac')


def test_eleven_digit_cccd() -> None:
    msg = first_problem(broken(["nominees", 0, "national_id"], "02718501234"))
    assert msg == "nominees[0].national_id: số định danh phải có đúng 12 chữ số (đang có 11)"


def test_impossible_date() -> None:
    msg = first_problem(broken(["nominees", 0, "birth_date"], "2025-02-31"))
    assert msg.startswith("nominees[0].birth_date:") and "không có thật" in msg


def test_nominee_id_used_twice() -> None:
    doc = copy.deepcopy(GOOD)
    doc["nominees"][1]["id"] = "p1"
    assert first_problem(doc) == 'nominees[1].id: mã đối tượng "p1" đã dùng ở nominees[0]'


def test_proposal_naming_a_missing_nominee() -> None:
    msg = first_problem(broken(["proposals", 0, "nominee_id"], "p9"))
    assert msg == 'proposals[0].nominee_id: không có đối tượng nào mang mã "p9" trong nominees'


def test_every_problem_is_collected_not_just_the_first() -> None:
    doc = broken(["proposals", 0, "nominee_id"], "p9")
    doc["nominees"][0]["gender"] = "khac"
    with pytest.raises(snap.SchemaError) as info:
        load(doc)
    paths = {p.path for p in info.value.problems}
    assert {"proposals[0].nominee_id", "nominees[0].gender"} <= paths
    assert "(và 1 lỗi khác)" in str(info.value) or "lỗi khác" in str(info.value)


def test_wrong_types_are_named() -> None:
    assert first_problem(broken(["campaign", "year"], "2025")) == "campaign.year: cần số nguyên, gặp chuỗi"
    assert first_problem(broken(["nominees"], {})) == "nominees: cần một danh sách, gặp đối tượng"


def test_unknown_keys_are_kept_through_a_round_trip() -> None:
    doc = copy.deepcopy(GOOD)
    doc["x_vendor"] = {"a": [1, 2]}
    doc["nominees"][0]["x_note"] = "ghi chú"
    doc["nominees"][0]["ratings"][0]["x_source"] = "HRM"
    out = json.loads(snap.canonical_bytes(load(doc)))
    assert out["x_vendor"] == {"a": [1, 2]}
    assert out["nominees"][0]["x_note"] == "ghi chú"
    assert out["nominees"][0]["ratings"][0]["x_source"] == "HRM"


def test_canonical_bytes_are_nfc_sorted_and_compact() -> None:
    doc = copy.deepcopy(GOOD)
    doc["nominees"][0]["full_name"] = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
    raw = snap.canonical_bytes(load(doc))
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert ", " not in text and ": " not in text
    assert text.index('"campaign"') < text.index('"nominees"') < text.index('"schema"')


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(dossiers())
def test_generated_dossiers_round_trip_exactly(doc: dict[str, Any]) -> None:
    first = load(doc)
    again = load(json.loads(snap.canonical_bytes(first)))
    assert again == first
    assert snap.canonical_bytes(again) == snap.canonical_bytes(first)
