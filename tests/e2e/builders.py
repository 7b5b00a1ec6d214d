"""Real data folders for the package chain: communes whose dossiers are complete, a district with its own unit.

The commune dossier is the demo commune (tests/fixtures/dossiers/demo_commune.json) judged under nd98-2023, when
districts still existed: two CSTĐCS proposals that meet every criterion, with the initiative certificates attached
as scanned PDFs, so `judge_dossier` calls it complete and the export is allowed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from desktop.models import Dossier, Unit
from desktop.paths import DataPaths
from desktop.services.json_io import import_json_file
from desktop.store.database import Store, open_store
from tests.support.packages import small_pdf

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "dossiers" / "demo_commune.json"
CSTD = ("p01", "p08")  # the two nominees whose CSTĐCS proposal is "dat"


def commune_json(folder: Path, *, code: str = "09154", name: str = "UBND xã Tân Lập",
                 cccd_prefix: str | None = None, with_certificates: bool = True,
                 extra_proposals: list[dict[str, Any]] | None = None) -> Path:
    """Write a complete commune dossier (and its scans) into `folder`; returns the JSON file."""
    raw: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw = copy.deepcopy(raw)
    raw["ruleset"] = "nd98-2023"
    raw["unit"]["name"], raw["unit"]["code"] = name, code
    # These packages go up to the district, whose office alone may send a return note for them.
    raw["letter"] = {**raw["letter"], "recipient": "Chủ tịch Ủy ban nhân dân huyện Tiên Du"}
    raw["proposals"] = [p for p in raw["proposals"] if p["nominee_id"] in CSTD] + list(extra_proposals or [])
    if cccd_prefix is not None:  # another commune: other people (same birth-date digits, other serials)
        for n in raw["nominees"]:
            if n.get("national_id"):
                n["national_id"] = n["national_id"][:6] + cccd_prefix + n["national_id"][6 + len(cccd_prefix):]
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    if with_certificates:
        for nid in CSTD:
            scan = folder / f"sang-kien-{nid}.pdf"
            scan.write_bytes(small_pdf(f"GIAY CHUNG NHAN SANG KIEN {nid}"))
            docs.append({"component": "chung-nhan-sang-kien", "nominee_id": nid, "file": scan.name})
    raw["documents"] = docs
    path = folder / "dossier.json"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def data_folder(root: Path) -> Store:
    return open_store(DataPaths(root))


def commune_store(root: Path, **kwargs: Any) -> tuple[Store, int]:
    """A data folder holding one complete commune dossier; returns the store and the dossier id."""
    store = data_folder(root / "data")
    dossier_id = import_json_file(store, commune_json(root / "src", **kwargs))
    return store, dossier_id


def set_own_unit(store: Store, *, name: str, level: str, code: str, place: str, signer_name: str) -> None:
    with store.write() as s:
        s.add(Unit(is_own=True, name=name, level=level, code=code, place=place, short_name="UBND",
                   signers=[{"prefix": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": signer_name}]))


def hold_meeting(store: Store, dossier_id: int, place: str) -> None:
    """What the clerk types in the editor before export: the review meeting (biên bản) of the upper level."""
    with store.write() as s:
        d = s.get(Dossier, dossier_id)
        assert d is not None
        d.extra = {**d.extra, "procedure": "thong-thuong", "meeting": {
            "date": "2026-02-20", "place": place, "members_total": 7, "members_present": 7,
            "chair": {"name": "Trần Thị Bình", "title": "Chủ tịch Hội đồng"},
            "secretary": {"name": "Lê Văn Dũng", "title": "Thư ký"},
            "conclusion": "Hội đồng thống nhất đề nghị khen thưởng các cá nhân trong danh sách."}}
