"""A stored dossier is judged as it will leave the commune: HSKT's own forms count as present, evidence does not."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop.paths import data_paths
from desktop.services import demo
from desktop.services.dossiers import load_snapshot
from desktop.services.judging import check_dossier, with_generated_documents
from desktop.store.database import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(data_paths(tmp_path / "data"))
    demo.fill_demo(s)
    yield s
    s.close()


def test_printed_forms_count_as_present_but_scanned_evidence_must_be_attached(store: Store) -> None:
    report = check_dossier(store, 1)
    missing = [c.message for c in report.checklist if c.required and not c.present]
    assert missing and all(m.startswith("Thiếu giấy chứng nhận sáng kiến của ") for m in missing)
    assert len(missing) == 4  # the four Chiến sĩ thi đua cơ sở proposals
    assert report.complete is False


def test_generated_documents_are_marked_and_not_duplicated(store: Store) -> None:
    d = with_generated_documents(load_snapshot(store, 2))
    generated = [doc for doc in d.documents if doc.extra.get("generated")]
    assert {doc.component for doc in generated} >= {"to-trinh", "danh-sach", "bao-cao-thanh-tich"}
    keys = [(doc.component, doc.nominee_id) for doc in d.documents]
    assert len(keys) == len(set(keys))
    again = with_generated_documents(d)
    assert again.documents == d.documents


def test_demo_verdicts_are_what_a_clerk_expects(store: Store) -> None:
    titles = check_dossier(store, 1)
    verdicts = Counter((p.award, p.verdict) for p in titles.proposals)
    assert verdicts[("lao-dong-tien-tien", "khong-dat")] == 2  # one rated "hoàn thành", one hired in September
    assert verdicts[("tap-the-lao-dong-tien-tien", "khong-dat")] == 1  # exactly half the members LĐTT
    assert verdicts[("gia-dinh-van-hoa", "dat")] == 3
    messages = [r.message for p in titles.proposals if p.verdict == "khong-dat" for r in p.rules if not r.ok]
    assert any("04 tháng" in m for m in messages)
    assert any("Hoàn thành nhiệm vụ" in m for m in messages)

    higher = check_dossier(store, 2)
    assert higher.complete is True
    by_verdict = Counter(p.verdict for p in higher.proposals if p.award == "bang-khen-bo-nganh-tinh")
    assert by_verdict == Counter({"dat": 1, "khong-dat": 1})
