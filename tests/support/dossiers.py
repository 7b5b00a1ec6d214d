"""Hypothesis strategies for valid hskt-dossier/1 documents (NFC text with diacritics, real dates, valid CCCD)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from desktop.awards.catalogue import known_award_codes
from desktop.snapshot import DISCIPLINE_LEVELS, RATINGS, SCOPES
from desktop.vn.cccd import PROVINCE_CODES, century_sex_digit

_SYLLABLES = ["Nguyễn", "Thị", "Hoa", "Đỗ", "Ấn", "Phương", "Trường", "Ưng", "Lê", "Hằng", "Quý", "Ý", "Văn", "Ngọc"]
AWARDS = sorted(known_award_codes())

words = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=4).map(" ".join)
free_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\u2028\u2029"),
    min_size=1, max_size=30,
).map(lambda s: " ".join(unicodedata.normalize("NFC", s).split())).filter(bool)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))
years = st.integers(min_value=2000, max_value=2030)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


@st.composite
def individual(draw: st.DrawFn, nominee_id: str) -> dict[str, Any]:
    born = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)))
    gender = draw(st.sampled_from(["nam", "nu"]))
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    serial = draw(st.integers(0, 999_999))
    rating_years = draw(st.lists(years, unique=True, max_size=6))
    return _clean({
        "id": nominee_id, "kind": "individual", "full_name": draw(words),
        "birth_date": born.isoformat(), "gender": gender,
        "national_id": f"{province}{century_sex_digit(born.year, gender)}{born.year % 100:02d}{serial:06d}",
        "ethnicity": draw(st.none() | st.sampled_from(["Kinh", "Tày", "Thái", "Mường", "Khơ-me"])),
        "position": draw(st.none() | free_text), "workplace": draw(st.none() | words),
        "direct_worker": draw(st.none() | st.booleans()),
        "hired_on": _iso(draw(st.none() | days)),
        "ratings": [{"year": y, "rating": draw(st.sampled_from(RATINGS))} for y in rating_years],
        "honours": draw(st.lists(st.builds(
            lambda y, a, dd, issuer, dec: _clean({"year": y, "award": a, "decision": dec, "decision_date": _iso(dd),
                                                  "issuer": issuer}),
            years, st.sampled_from(AWARDS), st.none() | days, st.none() | words,
            st.none() | st.from_regex(r"\A[0-9]{1,3}/QĐ-UBND\Z")), max_size=4)),
        "initiatives": draw(st.lists(st.builds(
            lambda y, t, s: {"year": y, "title": t, "scope": s}, years, free_text, st.sampled_from(SCOPES)),
            max_size=3)),
        "disciplines": draw(st.lists(st.builds(
            lambda y, lv, until: _clean({"year": y, "level": lv, "until": _iso(until)}),
            years, st.sampled_from(DISCIPLINE_LEVELS), st.none() | days), max_size=2)),
        "pending_review": draw(st.booleans()),
    })


@st.composite
def collective(draw: st.DrawFn, nominee_id: str) -> dict[str, Any]:
    stats = []
    for y in draw(st.lists(years, unique=True, max_size=4)):
        total = draw(st.integers(1, 200))
        stats.append({"year": y, "total": total, "completed_tasks": draw(st.integers(0, total)),
                      "lao_dong_tien_tien": draw(st.integers(0, total)), "cstd_co_so": draw(st.integers(0, total)),
                      "disciplined_canh_cao_or_above": draw(st.integers(0, total))})
    return _clean({"id": nominee_id, "kind": "collective", "name": draw(words),
                   "address": draw(st.none() | free_text),
                   "ratings": [{"year": y, "rating": draw(st.sampled_from(RATINGS))}
                               for y in draw(st.lists(years, unique=True, max_size=4))],
                   "member_stats": stats, "pending_review": draw(st.booleans()),
                   "x_note": draw(st.none() | free_text)})


@st.composite
def household(draw: st.DrawFn, nominee_id: str) -> dict[str, Any]:
    return {"id": nominee_id, "kind": "household", "head_name": draw(words), "address": draw(free_text),
            "honours": [{"year": draw(years), "award": "gia-dinh-van-hoa"}], "pending_review": False}


@st.composite
def dossiers(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 6))
    nominees = []
    for i in range(count):
        kind = draw(st.sampled_from([individual, individual, collective, household]))
        nominees.append(draw(kind(f"n{i}")))
    proposals = [{"nominee_id": n["id"], "award": draw(st.sampled_from(AWARDS)), "year": draw(years)}
                 for n in nominees for _ in range(draw(st.integers(0, 2)))]
    doc: dict[str, Any] = {
        "schema": "hskt-dossier/1",
        "unit": _clean({"name": draw(words), "level": draw(st.sampled_from(["xa", "huyen", "tinh", "co-quan"])),
                        "code": draw(st.none() | st.from_regex(r"\A[0-9]{5}\Z"))}),
        "campaign": {"name": draw(free_text), "year": draw(years)},
        "as_of": draw(days).isoformat(),
        "nominees": nominees,
        "proposals": proposals,
    }
    if draw(st.booleans()):
        doc["ruleset"] = draw(st.sampled_from(["nd98-2023", "nd152-2025"]))
    if draw(st.booleans()):
        doc["letter"] = {"number": draw(st.integers(1, 999)), "place": draw(words)}
    return doc


def shift(d: date, n: int) -> date:
    return d + timedelta(days=n)
