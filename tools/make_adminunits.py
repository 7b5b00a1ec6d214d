"""Regenerate resources/adminunits/vn-2025-07.json from the vietnamadminunits package's dataset (MIT licence).

Run once per data update, not at start-up: the app ships the JSON and never needs the package or a network.
    .venv/bin/pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau && unzip -o /tmp/vau/*.whl -d /tmp/vau/x
    .venv/bin/python tools/make_adminunits.py /tmp/vau/x/vietnamadminunits/data
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from desktop.vn.collation import name_key, text_key
from desktop.vn.text import fold

OUT = Path(__file__).resolve().parent.parent / "resources" / "adminunits" / "vn-2025-07.json"
CENTRAL = "Thành phố "


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Vietnamese groups thousands with a dot


def _key(name: str) -> str:
    return fold(name).replace(" ", "")


def _short(name: str) -> str:
    """"Tỉnh Bắc Ninh" → "Bắc Ninh"; a centrally governed city keeps "Thành phố", as documents write it."""
    return name.removeprefix("Tỉnh ") if name.startswith("Tỉnh ") else name


def main(data: Path) -> int:
    db = sqlite3.connect(data / "dataset.db")
    merged_from: dict[str, list[str]] = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))[
        "DICT_PROVINCE"]
    legacy: dict[str, list[tuple[str, str]]] = {}
    legacy_names: dict[str, str] = {}
    for province, district in db.execute(
            "SELECT DISTINCT province, district FROM admin_units_legacy WHERE district IS NOT NULL"):
        district = district.replace("Thị Xã ", "Thị xã ")  # the source capitalises a few; documents do not
        legacy.setdefault(_key(province), []).append((district, _short(province)))
        legacy_names[_key(province)] = province
    provinces = []
    rows = db.execute("SELECT province, provinceCode, ward, wardType, wardCode FROM admin_units ORDER BY wardCode")
    by_province: dict[str, dict[str, object]] = {}
    for province, code, ward, ward_type, ward_code in rows:
        p = by_province.setdefault(province, {
            "code": code, "name": _short(province),
            "type": "thành phố trung ương" if province.startswith(CENTRAL) else "tỉnh",
            "communes": [], "former_districts": [],
        })
        p["communes"].append({"code": ward_code, "name": ward, "type": ward_type.lower()})  # type: ignore[attr-defined]
    for province, p in by_province.items():
        olds = merged_from.get(_key(province), [_key(province)])
        districts = sorted({d for old in olds for d in legacy.get(old, [])}, key=lambda d: (text_key(d[1]), text_key(d[0])))
        p["former_districts"] = [{"name": name, "former_province": old} for name, old in districts]
        p["communes"].sort(key=lambda c: name_key(str(c["name"])))  # type: ignore[index]
        provinces.append(p)
    provinces.sort(key=lambda p: str(p["code"]))
    communes = sum(len(p["communes"]) for p in provinces)  # type: ignore[arg-type]
    doc = {
        "schema": "hskt-adminunits/1",
        "version": "2025-07-01.2",
        "valid_from": "2025-07-01",
        "basis": "Nghị quyết 202/2025/QH15 (34 tỉnh, thành phố) và các nghị quyết của Ủy ban Thường vụ Quốc hội "
                 "sắp xếp đơn vị hành chính cấp xã năm 2025",
        "complete": True,
        "coverage": f"{len(provinces)} tỉnh, thành phố; {_thousands(communes)} xã, phường, đặc khu; "
                    "huyện cũ (trước 01/7/2025) của các tỉnh cũ đã hợp nhất",
        "full_list_source": "gói vietnamadminunits 1.0.4 (giấy phép MIT, © 2025 Tran Ngoc Minh Hieu, xem "
                            "LICENSE-vietnamadminunits.txt), tổng hợp từ danh mục đơn vị hành chính",
        "caveat": "Mã xã, phường chưa đối chiếu với danh mục của Cục Thống kê: so với một nguồn khác, 3 trong 99 mã "
                  "của tỉnh Bắc Ninh (các phường Tam Sơn, Phù Khê, Đồng Nguyên) khác nhau. Mã đơn vị được in vào tên "
                  "gói hồ sơ; hãy đối chiếu mã của đơn vị mình với danh mục chính thức.",
        "provinces": provinces,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(provinces)} tỉnh, {communes} xã/phường, "
          f"{sum(len(p['former_districts']) for p in provinces)} huyện cũ")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
