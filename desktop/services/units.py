"""The clerk's own unit (its profile, edited on first start and in Settings) and the bundled administrative units.

The administrative units are a small versioned JSON under resources/adminunits/: the 34 provinces after the
1 July 2025 reform, and only a subset of communes and wards (see its `coverage`); the former districts are kept
so that decisions signed before the reform still read right.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.models import Unit
from desktop.paths import resources_dir
from desktop.services import audit
from desktop.services.changes import Changes
from desktop.services.dossiers import own_unit
from desktop.store.database import Store
from desktop.vn.text import clean

ADMIN_UNITS_FILE = "vn-2025-07.json"
UNIT_LEVELS = {"xa": "Cấp xã (xã, phường, đặc khu)", "tinh": "Cấp tỉnh", "co-quan": "Cơ quan, đơn vị",
               "huyen": "Cấp huyện (trước 01/7/2025)"}
DOC_KINDS = ("TTr", "BB", "QĐ")  # document number counters kept per year


@dataclass(frozen=True)
class Commune:
    code: str
    name: str
    type: str


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    type: str
    communes: tuple[Commune, ...] = ()
    former_districts: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdminUnits:
    version: str
    complete: bool
    coverage: str
    full_list_source: str
    provinces: tuple[Province, ...]

    def province(self, name: str) -> Province | None:
        return next((p for p in self.provinces if p.name == name), None)


@functools.cache
def admin_units() -> AdminUnits:
    raw = json.loads((resources_dir() / "adminunits" / ADMIN_UNITS_FILE).read_text(encoding="utf-8"))
    provinces = tuple(
        Province(p["code"], p["name"], p["type"],
                 tuple(Commune(c["code"], c["name"], c["type"]) for c in p.get("communes", ())),
                 tuple(d["name"] for d in p.get("former_districts", ())))
        for p in raw["provinces"]
    )
    return AdminUnits(raw["version"], bool(raw["complete"]), raw["coverage"], raw["full_list_source"], provinces)


@dataclass(frozen=True)
class Signer:
    prefix: str
    title: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"prefix": self.prefix, "title": self.title, "name": self.name}


@dataclass(frozen=True)
class UnitProfile:
    name: str
    level: str
    province: str = ""
    commune_code: str = ""  # the commune's code in the administrative-unit list, when picked from it
    place: str = ""
    parent: str = ""  # parent body printed above the issuing body
    parent_party: str = ""  # second parent body (the commune's Party committee, for example)
    short_name: str = ""
    former_district: str = ""
    signers: tuple[Signer, ...] = ()
    counters: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # {"2026": {"TTr": 5}}


def problems(p: UnitProfile) -> dict[str, str]:
    """Field key -> what is wrong, in Vietnamese; empty when the profile can be saved."""
    out: dict[str, str] = {}
    if not clean(p.name):
        out["name"] = "Hãy nhập tên đơn vị, ví dụ: Ủy ban nhân dân xã Tân Lập"
    if p.level not in UNIT_LEVELS:
        out["level"] = "Hãy chọn cấp của đơn vị"
    if not clean(p.place):
        out["place"] = "Hãy nhập địa danh ghi trước ngày tháng trên văn bản, ví dụ: Tân Lập"
    if not p.signers or not clean(p.signers[0].name):
        out["signers"] = "Hãy nhập ít nhất một người ký (họ tên và chức vụ)"
    for year, kinds in p.counters.items():
        if not str(year).isdigit() or any(not isinstance(v, int) or v < 0 for v in kinds.values()):
            out["counters"] = "Số văn bản phải là số nguyên không âm"
    return out


def get_profile(store: Store) -> UnitProfile | None:
    with store.read() as s:
        u = own_unit(s)
        if u is None:
            return None
        extra = dict(u.extra or {})
        return UnitProfile(
            name=u.name, level=u.level, province=u.province or "", commune_code=u.code or "", place=u.place or "",
            parent=u.parent or "", parent_party=str(extra.get("parent_party", "")), short_name=u.short_name or "",
            former_district=str(extra.get("former_district", "")),
            signers=tuple(Signer(str(x.get("prefix", "")), str(x.get("title", "")), str(x.get("name", "")))
                          for x in (u.signers or []) if isinstance(x, Mapping)),
            counters={str(k): {str(kk): int(vv) for kk, vv in v.items()} for k, v in (u.counters or {}).items()},
        )


def save_profile(store: Store, p: UnitProfile) -> Changes:
    wrong = problems(p)
    if wrong:
        raise ValueError("; ".join(wrong.values()))
    with store.write() as s:
        u = own_unit(s)
        if u is None:
            u = Unit(is_own=True, name="", level=p.level)
            s.add(u)
        before = {"name": u.name, "level": u.level}
        u.name, u.level = clean(p.name), p.level
        u.province, u.code = clean(p.province) or None, clean(p.commune_code) or None
        u.place, u.parent, u.short_name = clean(p.place) or None, clean(p.parent) or None, clean(p.short_name) or None
        u.signers = [Signer(clean(x.prefix), clean(x.title), clean(x.name)).to_json() for x in p.signers
                     if clean(x.name)]
        u.counters = {str(k): dict(v) for k, v in p.counters.items()}
        extra: dict[str, Any] = dict(u.extra or {})
        for key, value in (("parent_party", clean(p.parent_party)), ("former_district", clean(p.former_district))):
            if value:
                extra[key] = value
            else:
                extra.pop(key, None)
        u.extra = extra
        s.flush()
        audit.record(s, "unit.profile", "unit", u.id, None, {"before": before, "name": u.name, "level": u.level})
    return Changes(unit=True)
