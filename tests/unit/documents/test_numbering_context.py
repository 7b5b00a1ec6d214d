"""Document numbers (Phụ lục III), the context read from a plain dossier, and the tờ trình's statistics."""

from __future__ import annotations

import json

import pytest

from desktop.documents import Margins, context_from_dossier, document_number
from desktop.documents.context import body_code_of, expand_body_name, place_of
from desktop.documents.stats import percent, proposals_stats
from desktop.snapshot import Dossier, loads


@pytest.mark.parametrize(("number", "kind", "body", "expected"), [
    (5, "to-trinh", "UBND", "Số: 05/TTr-UBND"),
    (12, "quyet-dinh", "UBND", "Số: 12/QĐ-UBND"),
    (3, "bien-ban", "HĐTĐKT", "Số: 03/BB-HĐTĐKT"),
    (123, None, "UBND", "Số: 123/UBND"),  # a công văn has no type code
    (1, "bao-cao", "UBND", "Số: 01/BC-UBND"),
])
def test_document_number(number: int, kind: str | None, body: str, expected: str) -> None:
    assert document_number(number, kind, body) == expected


def test_unnumbered_draft_keeps_a_blank_and_unknown_types_are_refused() -> None:
    assert document_number(None, "to-trinh", "UBND") == "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-UBND"
    with pytest.raises(KeyError):
        document_number(1, "cong-van-moi", "UBND")
    with pytest.raises(ValueError):
        document_number(0, "to-trinh", "UBND")


def test_names_of_bodies() -> None:
    assert expand_body_name("UBND xã Tân Lập") == "Ủy ban nhân dân xã Tân Lập"
    assert body_code_of("UBND phường Đông Ngạc") == "UBND"
    assert body_code_of("Trường Tiểu học Tân Lập") == "TTHTL"
    assert place_of("UBND xã Tân Lập") == "Tân Lập"
    assert place_of("Ủy ban nhân dân phường Kinh Bắc") == "Kinh Bắc"


def test_plain_spec_dossier_gets_sensible_defaults() -> None:
    d = loads(json.dumps({
        "schema": "hskt-dossier/1",
        "unit": {"name": "UBND xã Yên Phong", "level": "xa"},
        "campaign": {"name": "Tổng kết năm 2025", "year": 2025},
        "nominees": [{"id": "a", "kind": "household", "head_name": "Trần Văn Tư", "address": "Thôn Lạc"}],
        "proposals": [{"nominee_id": "a", "award": "gia-dinh-van-hoa"}],
    }, ensure_ascii=False))
    ctx = context_from_dossier(d)
    assert ctx.draft  # no number, date or meeting yet
    assert ctx.issuing_body == "Ủy ban nhân dân xã Yên Phong"
    assert ctx.body_code == "UBND" and ctx.place == "Yên Phong"
    assert ctx.signer.prefix == "TM. ỦY BAN NHÂN DÂN" and ctx.signer.title == "CHỦ TỊCH"
    assert ctx.margins == Margins(20, 20, 30, 15)
    assert ctx.award_name("gia-dinh-van-hoa") != "gia-dinh-van-hoa"
    assert ctx.award_name("ma-khong-co") == "ma-khong-co"


def test_demo_context_reads_extensions(demo: Dossier) -> None:
    ctx = context_from_dossier(demo)
    assert not ctx.draft
    assert ctx.letter_number == 5 and ctx.place == "Tân Lập"
    assert ctx.parent_body is None  # a People's Committee heads its letters without a managing body
    assert ctx.meeting is not None and len(ctx.meeting.votes) == 11 and ctx.meeting.members_total == 9
    assert context_from_dossier(demo, draft=True).draft


def test_statistics(demo: Dossier) -> None:
    s = proposals_stats(demo)
    assert (s.individuals, s.collectives, s.households) == (9, 1, 1)
    assert (s.women, s.direct_workers, s.minorities) == (5, 3, 2)
    assert [(a.award, a.individuals) for a in s.by_award][:3] == [
        ("cstd-co-so", 2), ("bang-khen-bo-nganh-tinh", 1), ("lao-dong-tien-tien", 5)]
    assert percent(3, 9) == "33,3%" and percent(1, 2) == "50%" and percent(0, 0) == "0%"


def test_body_size_limits(demo: Dossier) -> None:
    from dataclasses import replace
    with pytest.raises(ValueError):
        replace(context_from_dossier(demo), body_size=12)
