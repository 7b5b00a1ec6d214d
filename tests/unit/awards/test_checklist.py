"""Components per dossier and per nominee, consistency, and checks across proposals."""

from __future__ import annotations

from datetime import date

from desktop.awards.eligibility import judge_dossier
from tests.unit.awards.build import BEST, GOOD, collective, dossier, parse, person, stats

TODAY = date(2025, 12, 15)
DOCS = [("to-trinh", None), ("danh-sach", None), ("bien-ban-hop", None)]


def _missing(report: object) -> set[tuple[str, str | None]]:
    return {(c.component, c.nominee_id) for c in report.checklist if c.required and not c.present}  # type: ignore[attr-defined]


def test_components_per_nominee_and_untagged_files() -> None:
    a, b = person(ratings={2025: GOOD, 2024: GOOD}), person("p2", name="Lê Văn Nam", ratings={2025: GOOD, 2024: GOOD})
    one = judge_dossier(parse(dossier([a], [("p1", "lao-dong-tien-tien")],
                                      documents=[*DOCS, ("bao-cao-thanh-tich", None)])), today=TODAY)
    assert _missing(one) == set()  # a single nominee: an untagged report is theirs
    two = judge_dossier(parse(dossier([a, b], [("p1", "lao-dong-tien-tien"), ("p2", "lao-dong-tien-tien")],
                                      documents=[*DOCS, ("bao-cao-thanh-tich", "p1")])), today=TODAY)
    assert _missing(two) == {("bao-cao-thanh-tich", "p2")}
    msg = next(c.message for c in two.checklist if not c.present)
    assert msg == "Thiếu báo cáo thành tích của Lê Văn Nam"


def test_simplified_procedure_needs_summary_not_report() -> None:
    d = dossier([person(ratings={2025: GOOD, 2024: GOOD})], [("p1", "giay-khen-chu-tich-ubnd-xa")],
                documents=[("to-trinh", None)], procedure="don-gian")
    report = judge_dossier(parse(d), today=TODAY)
    assert _missing(report) == {("tom-tat-thanh-tich", "p1")}
    title = dossier([person(ratings={2025: GOOD})], [("p1", "lao-dong-tien-tien")], procedure="don-gian")
    issues = judge_dossier(parse(title), today=TODAY).issues
    assert any("thủ tục đơn giản" in i.message and i.severity == "error" for i in issues)


def test_commune_routes_province_award_through_district_before_reform() -> None:
    p = person(ratings={2023: BEST, 2024: BEST}, initiatives=[(2023, "co-so"), (2024, "co-so")])
    d = dossier([p], [("p1", "bang-khen-chu-tich-ubnd-tinh", 2024)], as_of="2025-02-01", year=2024)
    report = judge_dossier(parse(d), today=TODAY)
    assert report.ruleset == "nd98-2023"
    assert any(i.severity == "info" and "trình qua Chủ tịch UBND cấp huyện" in i.message for i in report.issues)
    after = judge_dossier(parse(dossier([p], [("p1", "bang-khen-chu-tich-ubnd-tinh")])), today=TODAY)
    assert not any("trình qua" in i.message for i in after.issues)


def test_cstd_cap_option_off_by_default_and_enforced_when_set() -> None:
    people = [person(f"p{i}", ratings={2024: GOOD, 2025: GOOD}, initiatives=[(2025, "co-so")]) for i in range(4)]
    props = [(f"p{i}", "lao-dong-tien-tien") for i in range(4)] + [("p0", "cstd-co-so"), ("p1", "cstd-co-so")]
    d = parse(dossier(people, props))
    assert not any("vượt tỉ lệ" in i.message for i in judge_dossier(d, today=TODAY).issues)
    capped = judge_dossier(d, options={"cstd_cap_share": 0.15}, today=TODAY)
    assert any("vượt tỉ lệ" in i.message and "tối đa 00" in i.message for i in capped.issues)
    loose = judge_dossier(d, options={"cstd_cap_share": 0.5}, today=TODAY)
    assert not any("vượt tỉ lệ" in i.message for i in loose.issues)


def test_nominee_without_proposal_and_duplicate_proposal() -> None:
    t = collective(ratings={2025: GOOD}, member_stats=[stats(2025, 4, 4, 3)])
    d = dossier([person(ratings={2025: GOOD, 2024: GOOD}), t],
                [("p1", "lao-dong-tien-tien"), ("p1", "lao-dong-tien-tien")])
    issues = judge_dossier(parse(d), today=TODAY).issues
    assert any(i.where == "nominees[1]" and i.severity == "warning" for i in issues)
    assert any(i.where == "proposals[1]" and "trùng" in i.message for i in issues)


def test_empty_dossier_is_not_complete() -> None:
    report = judge_dossier(parse(dossier([person()], [])), today=TODAY)
    assert not report.complete and report.exit_code == 1
