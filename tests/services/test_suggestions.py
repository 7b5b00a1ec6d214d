"""Suggestions on the demo registry are the verdicts `hskt check` gives a dossier proposing everyone for everything,
and the dossiers HSKT builds from them pass `hskt check` for every suggested "đạt"."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from desktop import snapshot as snap
from desktop.awards.eligibility import judge_dossier, judge_proposal
from desktop.paths import data_paths
from desktop.services import demo
from desktop.services import suggestions as sg
from desktop.services.dossiers import list_dossiers, load_snapshot
from desktop.services.judging import check_dossier, with_generated_documents
from desktop.store.database import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(data_paths(tmp_path / "data"))
    demo.fill_demo(s)
    yield s
    s.close()


def _everyone_for_everything(result: sg.Suggestions, decider: str) -> snap.Dossier:
    """One dossier per deciding authority, as HSKT creates them, proposing every judged award of that authority."""
    items = [s for s in result.items if s.decider == decider]
    ids = list(dict.fromkeys(s.subject_id for s in items))
    return snap.Dossier(unit=snap.Unit("Ủy ban nhân dân xã Tân Lập", result.unit_level),
                        nominees=tuple(result.nominees[i] for i in ids),
                        proposals=tuple(snap.Proposal(f"s{s.subject_id}", s.award, result.year) for s in items),
                        ruleset=result.ruleset.name)


def test_suggestions_are_the_check_verdicts_with_the_same_reasons(store: Store) -> None:
    result = sg.suggest(store, 2025)
    assert result.subjects == 25 and result.ruleset.name == "nd152-2025"
    for decider in {s.decider for s in result.items}:
        report = judge_dossier(_everyone_for_everything(result, decider))
        checked = {(p.nominee_id, p.award): p for p in report.proposals}
        for s in (x for x in result.items if x.decider == decider):
            p = checked[(f"s{s.subject_id}", s.award)]
            assert s.result.verdict == p.verdict, (s.name, s.award)
            assert [(r.id, r.status, r.message, r.details) for r in s.result.rules] == \
                   [(r.id, r.status, r.message, r.details) for r in p.rules], (s.name, s.award)


def test_reached_short_and_to_verify_are_told_in_the_clerks_words(store: Store) -> None:
    result = sg.suggest(store, 2025)
    by = defaultdict(list)
    for s in result.items:
        by[s.status].append(s)
    reached = {(s.name, s.award) for s in by["dat"]}
    assert sum(1 for _, a in reached if a == "lao-dong-tien-tien") == 16
    assert sum(1 for _, a in reached if a == "cstd-co-so") == 4
    short = by[sg.SHORT]
    words = [w for s in short for w in s.missing]
    assert "còn thiếu 01 sáng kiến được công nhận phạm vi cấp tỉnh trở lên trong chuỗi 2021–2024" in words
    assert any(w.startswith("chuỗi 2 năm mới có 1 năm: ") for w in words)
    cstd_tinh = [s for s in short if s.award == "cstd-bo-nganh-tinh"]
    assert cstd_tinh and all(s.progress == "3/3 năm" for s in cstd_tinh)
    # "còn thiếu" is built from the run, never from messages: the run behind every line says the same
    for s in short:
        run = s.result.run
        assert run is not None and run.years
    for s in by["can-xac-minh"]:
        assert s.to_enter and all(s.to_enter)
    # Nobody is suggested for an award they already hold for the year
    held = {(n.id, h.award) for n in result.nominees.values() for h in n.honours if h.year == 2025}
    assert not any((f"s{s.subject_id}", s.award) in held for s in result.items)


def test_created_dossiers_pass_check_for_every_suggested_dat(store: Store) -> None:
    result = sg.suggest(store, 2025)
    ticked = [s for s in result.items if s.status == "dat"]
    before = {r.id for r in list_dossiers(store)}
    made, changes = sg.create_dossiers(store, result, ticked, "Xét khen thưởng tổng kết năm 2025")
    assert changes.dossiers == frozenset(c.dossier_id for c in made)
    assert {c.decider_label for c in made} == {result.ruleset.authorities[s.decider].label for s in ticked}
    assert sum(c.proposals for c in made) == len(ticked)
    seen = set()
    for c in made:
        assert c.dossier_id not in before
        report = check_dossier(store, c.dossier_id)
        assert report.proposals and all(p.verdict == "dat" for p in report.proposals), c.title
        d = load_snapshot(store, c.dossier_id)
        assert d.campaign is not None and d.campaign.year == 2025
        seen |= {(p.nominee_id, p.award) for p in d.proposals}
        # Completeness only as far as the registry holds data: the forms HSKT prints are present, the duties and
        # achievements it could fill from the registry are filled.
        planned = {doc.component for doc in with_generated_documents(d).documents if doc.extra.get("generated")}
        assert "to-trinh" in planned
        people = {n.id: n for n in d.nominees}
        for p in d.proposals:
            n = people[p.nominee_id]
            form = p.extra["form"]
            if n.kind == "individual" and n.position:
                assert form["duties"].startswith(n.position)
            if n.rating_in(2025):
                assert form["achievements"].startswith("Năm 2025: ")
    assert len(seen) == len(ticked)


def test_stats_and_limits_follow_the_ticks(store: Store) -> None:
    result = sg.suggest(store, 2025)
    ldtt = [s for s in result.items if s.award == "lao-dong-tien-tien" and s.status == "dat"]
    stats = result.stats(ldtt)
    people = [result.nominees[s.subject_id] for s in ldtt]
    assert stats.individuals == len(people)
    assert stats.women == sum(1 for n in people if n.gender == "nu")
    assert stats.direct_workers == sum(1 for n in people if n.direct_worker is True)
    (lim,) = result.limits
    assert (lim.award, lim.of, lim.confidence) == ("cstd-co-so", "lao-dong-tien-tien", "L")
    cstd = [s for s in result.items if s.award == "cstd-co-so" and s.status == "dat"]
    assert "không áp dụng" in sg.limit_line(lim, ldtt + cstd, result.ruleset)
    on = sg.Limit(lim.id, lim.award, lim.of, 0.15, lim.label, lim.basis, lim.confidence)
    line = sg.limit_line(on, ldtt + cstd, result.ruleset)
    assert line.startswith("Chiến sĩ thi đua cơ sở: 04/02 (tối đa 15% của 16 Lao động tiên tiến) — VƯỢT GIỚI HẠN")
    assert "[L: " in line


def test_nothing_ticked_is_a_clear_message(store: Store) -> None:
    result = sg.suggest(store, 2025)
    with pytest.raises(ValueError, match="Chưa chọn đề nghị nào"):
        sg.create_dossiers(store, result, [], "Đợt")


def test_the_fast_registry_read_gives_the_nominees_to_nominee_gives(store: Store) -> None:
    from sqlalchemy import select

    from desktop.models import Subject
    from desktop.services.registry import to_nominee

    entries, level = sg.load_entries(store)
    assert level == "xa"
    with store.read() as s:
        expected = {x.id: to_nominee(x, f"s{x.id}") for x in s.scalars(select(Subject))}
    assert {e.subject_id: e.nominee for e in entries} == expected


def test_identical_records_are_judged_once_and_each_keeps_its_own_name(store: Store) -> None:
    """Two people with the same history (the same annual decisions) get the same rules; an initiative of one of
    them changes only the awards that count initiatives."""
    import dataclasses

    entries, level = sg.load_entries(store)
    rs = sg.ruleset_of_year(2025)
    base = next(e for e in entries if e.nominee.kind == "individual" and not e.nominee.initiatives)
    twin = sg.Entry(10_001, base.sort_key, dataclasses.replace(base.nominee, id="s10001", full_name="Mai Thị Xuân"))
    extra = snap.Initiative(2025, "Sổ tay nghiệp vụ một cửa", "co-so", "Hội đồng sáng kiến xã", "09/QĐ-HĐSK")
    other = sg.Entry(10_002, base.sort_key, dataclasses.replace(base.nominee, id="s10002", full_name="Lò Văn Sáng",
                                                                initiatives=(extra,)))
    result = sg.judge_entries([base, twin, other], 2025, rs, level)
    by = defaultdict(dict)
    for s in result.items:
        by[s.subject_id][s.award] = s
    assert set(by[base.subject_id]) == set(by[10_001]) == set(by[10_002])
    for award, s in by[base.subject_id].items():
        t = by[10_001][award]
        assert (t.name, t.result.nominee_id, t.result.nominee_name) == ("Mai Thị Xuân", "s10001", "Mai Thị Xuân")
        assert t.result.rules == s.result.rules and t.status == s.status
        fresh = judge_proposal(
            other.nominee, award, 2025, rs,
            siblings=frozenset(b for b, x in by[10_002].items() if x.decider == s.decider and b != award))
        assert by[10_002][award].result.rules == fresh.rules, award
    assert by[10_002]["cstd-co-so"].result.rules != by[base.subject_id]["cstd-co-so"].result.rules
