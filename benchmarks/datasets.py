"""Large databases for benchmarks, made with bulk inserts and cached under benchmarks/_work/."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop.models import Campaign, Dossier, Unit
from desktop.paths import data_paths
from desktop.services.demo import UNIT
from desktop.store.database import open_store
from desktop.vn.collation import name_sort_string, text_sort_string  # noqa: F401 - keeps the key code warm
from desktop.vn.text import fold

WORK = Path(__file__).resolve().parent / "_work"
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Bùi", "Đặng"]
_MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Ngọc", "Hữu", "Thanh"]
_GIVEN = ["Hoa", "Lan", "Hùng", "Dũng", "Anh", "Ánh", "Mai", "Sơn", "Long", "Yến", "Đạt", "Ấn", "Thảo"]


def dossiers_folder(count: int = 10_000) -> Path:
    root = WORK / f"dossiers-{count}"
    if (root / "hskt.sqlite3").exists():
        return root
    store = open_store(data_paths(root))
    rng = random.Random(count)
    now = datetime(2026, 11, 1)
    with store.write() as s:
        unit = Unit(is_own=True, name=UNIT.name, level="xa", code=UNIT.code, place="Tân Lập", short_name="UBND")
        s.add(unit)
        campaigns = [Campaign(name=f"Xét khen thưởng năm {y}", year=y) for y in range(2015, 2027)]
        s.add_all(campaigns)
        s.flush()
        rows = []
        for i in range(count):
            lead = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
            c = rng.choice(campaigns)
            title = f"Đề nghị khen thưởng {c.name.lower()} — đợt {i % 7 + 1}"
            rows.append({
                "title": title, "unit_id": unit.id, "campaign_id": c.id,
                "status": rng.choice(["nhap", "da-kiem-tra", "da-ky", "da-gui", "bi-tra-lai"]),
                "revision": 1, "created_at": now - timedelta(minutes=i), "updated_at": now - timedelta(minutes=i),
                "nominee_count": rng.randint(1, 40), "lead_name": lead, "lead_sort": name_sort_string(lead),
                "search_key": fold(f"{title} {lead}"), "extra": {},
            })
        s.execute(insert(Dossier), rows)
    store.close()
    return root
