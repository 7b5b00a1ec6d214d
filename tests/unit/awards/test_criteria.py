"""Each entry of the closed vocabulary, on its own, boundaries included."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.awards import criteria as c
from desktop.awards.catalogue import load_ruleset
from tests.unit.awards.build import BAD, BEST, GOOD, OKAY, collective, nominee, person, stats


def ctx(data: dict[str, Any], year: int = 2025, **kw: Any) -> c.Ctx:
    return c.Ctx(nominee(data), year, load_ruleset("nd152-2025"), **kw)


def test_rating_at_least_boundaries() -> None:
    assert c.rating_at_least(ctx(person(ratings={2025: GOOD})), {"rating": GOOD}).status == c.OK
    assert c.rating_at_least(ctx(person(ratings={2025: BEST})), {"rating": GOOD}).status == c.OK
    out = c.rating_at_least(ctx(person(ratings={2025: OKAY})), {"rating": GOOD})
    assert out.status == c.FAIL and "Hoàn thành nhiệm vụ" in out.message
    missing = c.rating_at_least(ctx(person(ratings={2024: GOOD})), {"rating": GOOD})
    assert missing.status == c.UNKNOWN and "2025" in missing.message


@pytest.mark.parametrize(("hired", "status"), [
    ("2025-07-01", c.OK),  # exactly 6 months to the end of the year
    ("2025-07-02", c.FAIL),  # one day short
    ("2025-08-01", c.FAIL),  # 5 months
    ("2020-03-15", c.OK),
])
def test_months_since_hired(hired: str, status: str) -> None:
    out = c.months_since_hired(ctx(person(hired_on=hired, ratings={2025: GOOD})), {"months": 6})
    assert out.status == status, out.message


def test_months_since_hired_unknown_without_date_or_earlier_rating() -> None:
    assert c.months_since_hired(ctx(person(ratings={2025: GOOD})), {"months": 6}).status == c.UNKNOWN
    assert c.months_since_hired(ctx(person(ratings={2024: GOOD, 2025: GOOD})), {"months": 6}).status == c.OK


def test_five_months_message_names_months() -> None:
    out = c.months_since_hired(ctx(person(hired_on="2025-08-01")), {"months": 6})
    assert "05 tháng" in out.message and "01/08/2025" in out.message


def test_consecutive_years_chain_ends_this_or_last_year() -> None:
    cond = {"title": "cstd-co-so"}
    ok_last = person(honours=[(2022, "cstd-co-so"), (2023, "cstd-co-so"), (2024, "cstd-co-so")])
    assert c.consecutive_years(ctx(ok_last), {"n": 3, "condition": cond}).status == c.OK
    too_old = person(honours=[(2021, "cstd-co-so"), (2022, "cstd-co-so"), (2023, "cstd-co-so")])
    assert c.consecutive_years(ctx(too_old), {"n": 3, "condition": cond}).status == c.FAIL


def test_consecutive_years_broken_by_missing_rating() -> None:
    cond = {"rating": GOOD}
    broken = person(ratings={2021: GOOD, 2022: GOOD, 2024: GOOD, 2025: GOOD})
    out = c.consecutive_years(ctx(broken), {"n": 3, "condition": cond})
    assert out.status == c.FAIL
    assert "năm 2023 chưa có xếp loại" in out.message
    whole = person(ratings={2023: GOOD, 2024: GOOD, 2025: GOOD})
    assert c.consecutive_years(ctx(whole), {"n": 3, "condition": cond}).status == c.OK


def test_consecutive_message_names_the_years() -> None:
    out = c.consecutive_years(ctx(person(honours=[(2023, "cstd-co-so")])), {"n": 2, "condition": {"title": "cstd-co-so"}})
    assert out.message.startswith("Cần 02 năm liên tục đạt Chiến sĩ thi đua cơ sở")
    assert "chỉ có năm 2023" in out.message


def test_prior_then_years_counts_strictly_after_prior() -> None:
    params = {"prior": ["bang-khen-bo-nganh-tinh"], "n": 5, "condition": {"rating": GOOD}}
    ratings = {y: GOOD for y in range(2020, 2026)}
    ok = person(ratings=ratings, honours=[(2020, "bang-khen-bo-nganh-tinh")])
    assert c.prior_then_years(ctx(ok), params).status == c.OK  # 2021–2025
    same_year = person(ratings=ratings, honours=[(2021, "bang-khen-bo-nganh-tinh")])
    out = c.prior_then_years(ctx(same_year), params)  # 2021 is the prior's year: only 2022–2025
    assert out.status == c.FAIL and "04 năm" in out.message and "2022" in out.message
    none = person(ratings=ratings)
    assert c.prior_then_years(ctx(none), params).status == c.FAIL


def test_prior_counts_as_alias() -> None:
    params = {"prior": ["bang-khen-bo-nganh-tinh"], "n": 1, "condition": {"rating": GOOD}}
    alias = person(ratings={2025: GOOD}, honours=[(2024, "bang-khen-chu-tich-ubnd-tinh")])
    assert c.prior_then_years(ctx(alias), params).status == c.OK


def test_count_in_window_years_and_since() -> None:
    data = person(honours=[(2021, "cstd-co-so"), (2023, "cstd-co-so"), (2025, "cstd-co-so"),
                           (2020, "bang-khen-bo-nganh-tinh")])
    what = {"title": "cstd-co-so"}
    assert c.count_in_window(ctx(data), {"what": what, "count": 3, "years": 5}).status == c.OK
    assert c.count_in_window(ctx(data), {"what": what, "count": 3, "years": 4}).status == c.FAIL
    since = {"what": what, "count": 3, "since": ["bang-khen-bo-nganh-tinh"]}
    assert c.count_in_window(ctx(data), since).status == c.OK
    later = person(honours=[(2021, "cstd-co-so"), (2023, "cstd-co-so"), (2025, "cstd-co-so"),
                            (2021, "bang-khen-bo-nganh-tinh")])
    out = c.count_in_window(ctx(later), since)  # the 2021 title is not after the 2021 Bằng khen
    assert out.status == c.FAIL and "02" in out.message


def test_initiatives_count_scope_and_window() -> None:
    data = person(initiatives=[(2024, "co-so"), (2025, "tinh")])
    assert c.initiatives(ctx(data), {"count": 1}).status == c.OK
    assert c.initiatives(ctx(data), {"count": 2, "years": 2}).status == c.OK
    assert c.initiatives(ctx(data), {"count": 2, "years": 1}).status == c.FAIL
    assert c.initiatives(ctx(data), {"count": 2, "years": 2, "scope": "tinh"}).status == c.FAIL
    assert c.initiatives(ctx(person(initiatives=[(2024, "co-so")])), {"count": 1}).status == c.FAIL


def test_initiatives_consumed_by_title() -> None:
    data = person(initiatives=[(2024, "co-so"), (2025, "co-so")], honours=[(2024, "cstd-co-so")])
    p = {"count": 2, "years": 2, "consumed_by": "cstd-co-so"}
    out = c.initiatives(ctx(data), p)
    assert out.status == c.FAIL and "đã trừ 01" in out.message
    more = person(initiatives=[(2024, "co-so"), (2024, "co-so"), (2025, "co-so")], honours=[(2024, "cstd-co-so")])
    assert c.initiatives(ctx(more), p).status == c.OK


@pytest.mark.parametrize(("disc", "status"), [
    ({"year": 2024, "level": "canh-cao", "until": "2024-12-31"}, c.OK),  # ended the year before
    ({"year": 2024, "level": "khien-trach", "until": "2025-03-01"}, c.FAIL),  # still in force in 2025
    ({"year": 2025, "level": "khien-trach"}, c.FAIL),
    ({"year": 2023, "level": "cach-chuc"}, c.OK),
])
def test_no_discipline(disc: dict[str, Any], status: str) -> None:
    assert c.no_discipline(ctx(person(disciplines=[disc])), {}).status == status


def test_no_discipline_level_threshold() -> None:
    data = person(disciplines=[{"year": 2025, "level": "khien-trach"}])
    assert c.no_discipline(ctx(data), {"min_level": "canh-cao"}).status == c.OK
    assert c.no_discipline(ctx(data), {"min_level": "khien-trach"}).status == c.FAIL


def test_not_pending_review() -> None:
    assert c.not_pending_review(ctx(person(pending=True)), {}).status == c.FAIL
    assert c.not_pending_review(ctx(person()), {}).status == c.OK


@pytest.mark.parametrize(("ldtt", "params", "status"), [
    (6, {"more_than": 0.5}, c.FAIL),  # exactly 50 %: not more than half
    (7, {"more_than": 0.5}, c.OK),
    (7, {"at_least": 0.7}, c.OK),  # exactly 70 %
    (6, {"at_least": 0.7}, c.FAIL),
])
def test_member_share_boundaries(ldtt: int, params: dict[str, Any], status: str) -> None:
    total = 12 if "more_than" in params else 10
    data = collective(member_stats=[stats(2025, total, total, ldtt)])
    out = c.member_share(ctx(data), {"field": "lao_dong_tien_tien", **params})
    assert out.status == status, out.message


def test_member_share_counts_and_missing_stats() -> None:
    data = collective(member_stats=[stats(2025, 10, 9, 8, cstd=0, disc=1)])
    assert c.member_share(ctx(data), {"field": "completed_tasks", "at_least": 1.0}).status == c.FAIL
    assert c.member_share(ctx(data), {"field": "cstd_co_so", "min_count": 1}).status == c.FAIL
    assert c.member_share(ctx(data), {"field": "disciplined_canh_cao_or_above", "max_count": 0}).status == c.FAIL
    nostats = collective(member_stats=[stats(2024, 10, 10, 8)])
    assert c.member_share(ctx(nostats), {"field": "cstd_co_so", "min_count": 1}).status == c.UNKNOWN


def test_form_attested_and_manual() -> None:
    p = {"key": "cluster_leader", "text": "dẫn đầu cụm"}
    assert c.form_attested(ctx(collective(), form={"cluster_leader": True}), p).status == c.OK
    assert c.form_attested(ctx(collective(), form={"cluster_leader": False}), p).status == c.FAIL
    assert c.form_attested(ctx(collective()), p).status == c.UNKNOWN
    assert c.manual(ctx(collective()), {"text": "x"}).status == c.UNKNOWN


def test_has_title_uses_sibling_proposal_only_when_it_qualifies() -> None:
    def judge(code: str, year: int) -> c.Outcome:
        return c.Outcome(c.OK, "") if code == "tap-the-lao-dong-xuat-sac" else c.Outcome(c.FAIL, "")

    data = collective()
    p = {"title": "tap-the-lao-dong-xuat-sac"}
    assert c.has_title(ctx(data), p).status == c.FAIL
    assert c.has_title(ctx(data, siblings=frozenset({"tap-the-lao-dong-xuat-sac"}), judge=judge), p).status == c.OK
    held = collective(honours=[(2025, "tap-the-lao-dong-xuat-sac")])
    assert c.has_title(ctx(held), p).status == c.OK


def test_every_check_has_a_schema_and_bad_is_unused() -> None:
    assert BAD == "khong-hoan-thanh"
    assert set(c.CHECKS) >= {"rating_at_least", "consecutive_years", "count_in_window", "prior_then_years",
                             "initiatives", "months_since_hired", "no_discipline", "not_pending_review",
                             "member_share", "any_of"}
