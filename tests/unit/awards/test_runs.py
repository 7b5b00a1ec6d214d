"""'Trong thời gian đó' read as the law does (issue 12): one qualifying run, and everything counted inside it.

Each test is one bullet of the issue's "Why"; each failed on the engine that judged every criterion on its own window.
"""

from __future__ import annotations

import pytest

from desktop.awards.catalogue import load_ruleset
from desktop.awards.eligibility import judge_dossier
from desktop.awards.report import render_text
from desktop.awards.results import ProposalResult, RuleResult
from tests.unit.awards.build import BEST, GOOD, OKAY, dossier, judge, parse, person, rule, tally

NO_OTHER = {"other_route": False}  # the clerk attests there is no achievement under a route HSKT does not encode
RULESETS = ["nd98-2023", "nd152-2025"]


def said(r: RuleResult) -> str:
    """Everything a rule tells the clerk: its line and the facts under it."""
    return "\n".join((r.message, *r.details))


def _bk_tinh(initiatives: list[int], rs: str = "nd152-2025") -> ProposalResult:
    """A run 2023–2024 of excellent years ending the year before the proposal (2025 is only 'tốt')."""
    data = person(ratings={2023: BEST, 2024: BEST, 2025: GOOD}, initiatives=[(y, "co-so") for y in initiatives])
    return judge(data, "bang-khen-chu-tich-ubnd-tinh", 2025, rs, form=NO_OTHER)


@pytest.mark.parametrize("rs", RULESETS)
def test_bk_tinh_counts_initiatives_inside_a_run_ending_the_year_before(rs: str) -> None:
    inside = _bk_tinh([2023, 2024], rs)
    assert inside.verdict == "dat"  # main: KHÔNG ĐẠT, it looked for the initiatives in 2024–2025
    r = rule(inside, "thanh-tich")
    assert r.run.years == (2023, 2024) and "Chuỗi 2023–2024" in r.message
    assert tally(inside, "thanh-tich", "hai-sang-kien").have == 2


def test_bk_tinh_does_not_count_initiatives_outside_the_run() -> None:
    outside = _bk_tinh([2024, 2025])
    assert outside.verdict == "khong-dat"  # main: ĐẠT with one of the two initiatives outside the run
    t = tally(outside, "thanh-tich", "hai-sang-kien")
    assert (t.have, t.missing) == (1, 1)
    left = [i for i in t.items if not i.counted]
    assert [(i.year, i.reason) for i in left] == [(2025, "outside-run")]
    r = rule(outside, "thanh-tich")
    assert "2024 đến 2025" not in r.message  # the explanation no longer contradicts itself
    assert "– Năm 2025: Sáng kiến “Sáng kiến 2”: ngoài chuỗi 2023–2024" in said(r)


def _bk_ttg_after_break() -> dict:
    """Bằng khen tỉnh 2017; 2020 only 'hoàn thành' breaks the chain; the run is 2021–2025 and holds one CSTĐCS."""
    ratings = {y: GOOD for y in range(2017, 2026)} | {2020: OKAY}
    return person(ratings=ratings, honours=[(2017, "bang-khen-chu-tich-ubnd-tinh"), (2018, "cstd-co-so"),
                                            (2019, "cstd-co-so"), (2021, "cstd-co-so")])


@pytest.mark.parametrize("rs", RULESETS)
def test_bk_thu_tuong_counts_titles_inside_the_run_not_since_the_prior(rs: str) -> None:
    out = judge(_bk_ttg_after_break(), "bang-khen-thu-tuong", 2025, rs, form=NO_OTHER)
    assert out.verdict == "khong-dat"  # main: ĐẠT, counting the 2018 and 2019 titles from before the break
    r = rule(out, "thanh-tich")
    assert r.run.years == (2021, 2022, 2023, 2024, 2025)
    t = tally(out, "thanh-tich", "ba-lan-cstd-co-so")
    assert (t.have, t.need) == (1, 3)
    assert {(i.year, i.counted) for i in t.items} == {(2018, False), (2019, False), (2021, True)}


def test_hc_lao_dong_3_counts_excellent_years_and_titles_inside_the_run() -> None:
    ratings = {y: GOOD for y in range(2016, 2026)} | {2018: BEST, 2019: OKAY}
    data = person(ratings=ratings, honours=[(2016, "bang-khen-thu-tuong"), (2017, "cstd-co-so"),
                                            (2018, "cstd-co-so"), (2021, "cstd-co-so")])
    out = judge(data, "hc-lao-dong-3", form=NO_OTHER)
    assert out.verdict == "khong-dat"  # main: ĐẠT with the 2018 excellent year and titles before the break
    assert tally(out, "thanh-tich", "mot-nam-xuat-sac").have == 0
    assert tally(out, "thanh-tich", "ba-lan-cstd-co-so").have == 1


def test_cstd_tinh_counts_the_province_initiative_over_the_qualifying_years() -> None:
    three = [(2022, "cstd-co-so"), (2023, "cstd-co-so"), (2024, "cstd-co-so")]
    early = judge(person(ratings={2025: GOOD}, honours=three, initiatives=[(2022, "tinh")]), "cstd-bo-nganh-tinh")
    assert early.verdict == "dat"  # main: KHÔNG ĐẠT, its window was fixed at 2023–2025
    late = judge(person(ratings={2025: GOOD}, honours=three, initiatives=[(2025, "tinh")]), "cstd-bo-nganh-tinh")
    assert late.verdict == "khong-dat"  # main: ĐẠT with the initiative after the run
    assert rule(late, "ba-lan-cstd-co-so").run.years == (2022, 2023, 2024)


def test_a_discipline_inside_the_run_removes_its_years() -> None:
    ratings = {y: GOOD for y in range(2018, 2026)} | {2020: BEST}
    data = person(ratings=ratings, honours=[(2018, "bang-khen-thu-tuong"), (2020, "cstd-co-so"),
                                            (2021, "cstd-co-so"), (2024, "cstd-co-so")],
                  disciplines=[{"year": 2022, "level": "canh-cao", "until": "2022-12-31"}])
    out = judge(data, "hc-lao-dong-3", form=NO_OTHER)
    assert out.verdict == "khong-dat"  # main: ĐẠT, only 2025 was checked for discipline
    r = rule(out, "thanh-tich")
    assert "không tính năm 2022" in said(r) and "Kỷ luật Cảnh cáo (năm 2022, đến 31/12/2022)" in said(r)
    assert "chỉ còn 2023–2025 (03 năm, cần 05)" in said(r)
    clean = judge(person(ratings=ratings, honours=[(2018, "bang-khen-thu-tuong"), (2020, "cstd-co-so"),
                                                   (2021, "cstd-co-so"), (2024, "cstd-co-so")]), "hc-lao-dong-3")
    assert clean.verdict == "dat"


def test_a_discipline_ending_mid_year_asks_for_verification() -> None:
    data = person(ratings={2023: BEST, 2024: BEST, 2025: GOOD}, initiatives=[(2023, "co-so"), (2024, "co-so")],
                  disciplines=[{"year": 2022, "level": "khien-trach", "until": "2023-06-30"}])
    out = judge(data, "bang-khen-bo-nganh-tinh", form=NO_OTHER)
    assert out.verdict == "can-xac-minh"
    assert "2023" in tally(out, "thanh-tich", "khong-ky-luat-trong-chuoi").items[0].note


@pytest.mark.parametrize(("award", "rs"), [(a, rs) for a in ("bang-khen-chu-tich-ubnd-tinh", "bang-khen-thu-tuong",
                                                             "hc-lao-dong-3") for rs in RULESETS])
def test_an_unencoded_route_gives_can_xac_minh_not_a_false_no(award: str, rs: str) -> None:
    nobody = person(ratings={2024: GOOD, 2025: GOOD})
    assert judge(nobody, award, 2025, rs).verdict == "can-xac-minh"  # main: KHÔNG ĐẠT
    attested = judge(nobody, award, 2025, rs, form={"other_route": True})
    assert attested.verdict == "dat" and rule(attested, "thanh-tich").route == "diem-khac"
    assert judge(nobody, award, 2025, rs, form=NO_OTHER).verdict == "khong-dat"
    # The guided form asks with a choice, so that "không" is said, not inferred from an unticked box.
    assert judge(nobody, award, 2025, rs, form={"other_route": "Không"}).verdict == "khong-dat"
    assert judge(nobody, award, 2025, rs, form={"other_route": "Có"}).verdict == "dat"
    spec = load_ruleset(rs).form_for(award, "individual")
    assert spec is not None and next(f for f in spec.fields if f.key == "other_route").choices == ("Có", "Không")


def test_the_l_route_of_giay_khen_is_off_by_default_and_flagged_when_on() -> None:
    data = person(ratings={2024: GOOD, 2025: GOOD})
    assert judge(data, "giay-khen-chu-tich-ubnd-xa").verdict == "can-xac-minh"  # main: ĐẠT, no caveat
    d = parse(dossier([data], [("p1", "giay-khen-chu-tich-ubnd-xa")], documents=[]))
    on = judge_dossier(d, options={"unverified_routes": True})
    assert on.proposals[0].verdict == "dat" and on.proposals[0].confidence == "L"
    line = next(x for x in render_text(on).splitlines() if "Giấy khen" in x and "ĐẠT" in x)
    assert line.endswith("ĐẠT (lưu ý: căn cứ quy định chưa được xác minh)")
    assert on.to_json()["proposals"][0]["confidence"] == "L"


def test_messages_cite_the_decree_of_the_rule_set_in_use() -> None:
    data = person(ratings={y: GOOD for y in range(2019, 2026)}, honours=[(2019, "bang-khen-thu-tuong")])
    d = parse(dossier([data], [("p1", "bang-khen-thu-tuong"), ("p1", "hc-lao-dong-3")], ruleset="nd152-2025"))
    report = judge_dossier(d)
    mixing = next(i for i in report.issues if "Không trình chung" in i.message)
    assert "152/2025" in mixing.message and "98/2023" not in mixing.message  # main cited NĐ 98/2023
    texts = [r.basis + r.message for p in report.proposals for r in p.rules]
    assert not [t for t in texts if "98/2023" in t]


def test_consumption_lists_what_was_used_and_what_remains() -> None:
    data = person(ratings={2023: GOOD, 2024: GOOD, 2025: GOOD}, honours=[(2023, "cstd-co-so"), (2024, "cstd-co-so")],
                  initiatives=[(2023, "co-so"), (2023, "co-so"), (2024, "co-so")])
    out = judge(data, "bang-khen-chu-tich-ubnd-tinh", form=NO_OTHER)
    t = tally(out, "thanh-tich", "hai-sang-kien")
    assert out.verdict == "khong-dat" and (t.have, t.need) == (1, 2)
    lines = said(rule(out, "thanh-tich"))
    assert "– Năm 2023: Sáng kiến “Sáng kiến 1”: đã dùng để đạt Chiến sĩ thi đua cơ sở năm 2023" in lines
    assert "+ Năm 2023: Sáng kiến “Sáng kiến 2”" in lines
    assert "– Năm 2024: Sáng kiến “Sáng kiến 3”: đã dùng để đạt Chiến sĩ thi đua cơ sở năm 2024" in lines


def test_the_clerks_text_prints_the_run_once_per_fact_without_technical_tails() -> None:
    data = person(ratings={2023: BEST, 2024: BEST, 2025: GOOD}, initiatives=[(2023, "co-so"), (2024, "co-so")])
    d = parse(dossier([data], [("p1", "bang-khen-chu-tich-ubnd-tinh")], ruleset="nd152-2025"))
    report = judge_dossier(d)
    text = render_text(report)
    lines = [x for x in text.splitlines() if x.strip()]
    assert len(lines) == len(set(lines)), "a fact printed twice"
    assert "(ruleset)" not in text and "proposals[" not in text and "nominees[" not in text
    assert "Chuỗi 2023–2024" in text and "+ Năm 2023: xếp loại hoàn thành xuất sắc nhiệm vụ" in text
    as_json = report.to_json()
    assert as_json["proposals"][0]["run"]["years"] == [2023, 2024]
    assert any(i["where"] for i in as_json["issues"])  # --json keeps the paths


def test_run_results_say_what_a_nominee_is_short_of() -> None:
    """For 'who qualifies this year': the closest run, its years and what it lacks, as data."""
    three_years = person(ratings={2023: GOOD, 2024: GOOD, 2025: GOOD}, honours=[(2022, "bang-khen-chu-tich-ubnd-tinh")])
    run = rule(judge(three_years, "bang-khen-thu-tuong"), "thanh-tich").run
    assert (run.years, run.n, run.short_by) == ((2023, 2024, 2025), 5, 2)
    one_initiative = rule(_bk_tinh([2024]), "thanh-tich").run
    short = next(t for t in one_initiative.tallies if t.id == "hai-sang-kien")
    assert (one_initiative.label, short.missing) == ("2023–2024", 1)
