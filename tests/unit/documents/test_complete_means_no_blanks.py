""""Hồ sơ đầy đủ" means what is signed has no blank to fill by hand: a dossier the one judge calls complete prints no
dotted line and no "Chưa nhập" anywhere, and every guided-form field a printed report shows is one the judge asks for.

The dossier is the e2e tests' complete commune dossier with a collective and a household added, so the three report
templates (Mẫu 01, 02 and the household's) are all printed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.awards.catalogue import known_award_codes
from desktop.documents import context_from_dossier, render_dossier
from desktop.services.judging import draft_reasons, judge
from desktop.snapshot import Dossier, SchemaError, loads
from tests.e2e.builders import FIXTURE, commune_json

BLANKS = ("…", "...", "Chưa nhập")


def _dossier_json(folder: Path) -> dict[str, Any]:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    extra = [copy.deepcopy(p) for p in raw["proposals"] if p["nominee_id"] in ("c01", "h01")]
    for p in extra:
        if p["nominee_id"] == "h01":
            p["form"]["standards_met"] = True  # the hamlet's vote, which the clerk ticks
    doc: dict[str, Any] = json.loads(commune_json(folder, extra_proposals=extra).read_text(encoding="utf-8"))
    return doc


def _dossier(folder: Path) -> Dossier:
    return loads(json.dumps(_dossier_json(folder)).encode(), known_award_codes())


def _text(pdf: bytes, poppler: Any) -> str:
    return "\n".join(poppler.text(pdf, "layout"))


def test_a_complete_dossier_prints_no_blank(tmp_path: Path, poppler: Any) -> None:
    d = _dossier(tmp_path)
    assert draft_reasons(d, judge(d)) == []
    docs = render_dossier(d, context_from_dossier(d, draft=False), helpers=0)
    assert {doc.nominee_id for doc in docs if doc.component == "bao-cao-thanh-tich"} == {"p01", "p08", "c01", "h01"}
    for doc in docs:
        text = _text(doc.pdf_bytes, poppler)
        blanks = [line.strip() for line in text.splitlines() if any(b in line for b in BLANKS)]
        assert blanks == [], doc.filename


def _blanks(d: Dossier, poppler: Any) -> list[tuple[str, str]]:
    out = []
    for doc in render_dossier(d, context_from_dossier(d, draft=False), helpers=0):
        text = _text(doc.pdf_bytes, poppler)
        out += [(doc.filename, line.strip()) for line in text.splitlines() if any(b in line for b in BLANKS)]
    return out


REPORTED = ("p01", "c01", "h01")  # one of each kind of report


def _fields() -> list[tuple[str, str, str]]:
    """(nominee, "form" or "nominee", key): every value the complete dossier has for a reported nominee."""
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    out = []
    for p in raw["proposals"]:
        if p["nominee_id"] in REPORTED:
            out += [(p["nominee_id"], "form", k) for k in p["form"]]
    for n in raw["nominees"]:
        if n["id"] in REPORTED:
            out += [(n["id"], "nominee", k) for k in n if k not in ("id", "kind")]
    return out


@pytest.mark.parametrize(("nominee", "where", "key"), _fields())
def test_a_value_left_out_is_either_asked_for_or_not_printed(tmp_path: Path, poppler: Any, nominee: str, where: str,
                                                            key: str) -> None:
    """Take one value away: the judge must then ask for it, or the forms must not leave a blank where it was."""
    raw = _dossier_json(tmp_path)
    if where == "form":
        del next(p for p in raw["proposals"] if p["nominee_id"] == nominee)["form"][key]
    else:
        del next(n for n in raw["nominees"] if n["id"] == nominee)[key]
    try:
        d = loads(json.dumps(raw).encode(), known_award_codes())
    except SchemaError:
        return  # a value dossier.json cannot do without: no dossier lacks it
    if draft_reasons(d, judge(d)):
        return  # asked for: the forms print BẢN NHÁP until the clerk fills it in
    assert _blanks(d, poppler) == [], f"{where} «{key}» of {nominee} left out, the dossier is called complete"
