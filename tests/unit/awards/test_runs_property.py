"""Property test: over generated histories, every award judged on a run gives the verdict of a small reference
written here from the law's wording, not from the engine, for both rule sets.

The reference reads each article literally and checks every candidate period by brute force:

- Điều 22 (CSTĐ cấp tỉnh): 03 lần liên tục Chiến sĩ thi đua cơ sở; trong thời gian đó một sáng kiến có phạm vi ảnh
  hưởng cấp tỉnh.
- Điều 74 khoản 1 điểm d: 02 lần liên tục CSTĐCS hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ; trong thời gian
  đó 02 sáng kiến, not counting the one that earned each CSTĐCS (MoHA answer; the rule sets' default).
- Điều 73 khoản 1 điểm b: đã được tặng Bằng khen cấp tỉnh, sau đó 05 năm trở lên liên tục hoàn thành tốt nhiệm vụ
  trở lên; trong thời gian đó 03 lần CSTĐCS.
- Điều 44 khoản 1 điểm e: đã được tặng Bằng khen Thủ tướng, sau đó 05 năm trở lên liên tục hoàn thành tốt nhiệm vụ
  trở lên; trong thời gian đó 01 năm hoàn thành xuất sắc nhiệm vụ và 03 lần CSTĐCS.
- Điều 75 (Giấy khen, [L] route switched on): 02 năm liên tục hoàn thành tốt nhiệm vụ trở lên; or an attested
  movement or one-off achievement.

Common to all (NĐ 98/2023 and NĐ 152/2025, Điều 4, and spec/DOSSIER-JSON.md): the period ends in the proposal year or
the year before and starts after the prior award's year; a year without a rating breaks it; no award while under
review; none while a discipline is in force in the proposal year; a period may not contain a year under discipline
(from the decision's year to `until`, the whole year when `until` is missing), and a year in which a discipline
ended before 31 December needs verification. A route HSKT does not encode is the clerk's attestation: yes, no or
not given (to verify).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.awards.catalogue import load_ruleset
from desktop.awards.eligibility import judge_proposal
from desktop.snapshot import Discipline, Honour, Initiative, Nominee, Rating

DAT, KHONG, XM = "dat", "khong-dat", "can-xac-minh"
BEST, GOOD, OKAY = "hoan-thanh-xuat-sac", "hoan-thanh-tot", "hoan-thanh"
FIRST = 2014
# Bounded so the whole file stays around a minute on a shared two-core machine; 2,000 histories per rule set, each
# judged for every award that has a run.
PROFILE = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class History:
    year: int
    ratings: Mapping[int, str]
    cstd: frozenset[int]
    initiatives: Sequence[tuple[int, str]]  # (year, scope)
    bk_tinh: int | None  # year of a Bằng khen cấp tỉnh
    bk_tinh_alias: bool  # recorded under the province's own name
    bk_ttg: int | None
    disciplines: Sequence[tuple[int, date | None]]
    pending: bool
    form: Mapping[str, bool]


def _until(draw: st.DrawFn, year: int) -> date | None:
    kind = draw(st.sampled_from(["none", "end", "next-end", "mid", "next-mid"]))
    return {"none": None, "end": date(year, 12, 31), "next-end": date(year + 1, 12, 31), "mid": date(year, 6, 30),
            "next-mid": date(year + 1, 6, 30)}[kind]


@st.composite
def histories(draw: st.DrawFn) -> History:
    year = draw(st.sampled_from([2024, 2025]))
    years = range(FIRST, year + 1)
    # Weighted towards long good chains and frequent titles, so that runs, not attestations, decide most verdicts.
    rating = st.sampled_from([BEST, BEST, BEST, GOOD, GOOD, GOOD, GOOD, GOOD, OKAY, None])
    ratings = {y: r for y in years if (r := draw(rating)) is not None}
    cstd = frozenset(y for y in years if draw(st.sampled_from([True, True, False])))
    initiatives = draw(st.lists(st.tuples(st.sampled_from(list(years)), st.sampled_from(["co-so", "co-so", "tinh"])),
                                max_size=10))
    prior = st.none() | st.sampled_from(list(range(FIRST, year + 1)))
    bk_tinh, bk_ttg = draw(prior), draw(prior)
    disc_years = draw(st.just([]) | st.lists(st.sampled_from(list(years)), max_size=2, unique=True))
    disciplines = [(y, _until(draw, y)) for y in disc_years]
    attest = st.sampled_from([None, None, False, False, True])
    form = {k: v for k in ("other_route", "movement_achievement", "one_off_achievement") if (v := draw(attest)) is not None}
    return History(year, ratings, cstd, initiatives, bk_tinh, draw(st.booleans()), bk_ttg, disciplines,
                   draw(st.integers(0, 19)) == 0, form)


def nominee(h: History) -> Nominee:
    honours = [Honour(y, "cstd-co-so") for y in sorted(h.cstd)]
    if h.bk_tinh is not None:
        honours.append(Honour(h.bk_tinh, "bang-khen-chu-tich-ubnd-tinh" if h.bk_tinh_alias else "bang-khen-bo-nganh-tinh"))
    if h.bk_ttg is not None:
        honours.append(Honour(h.bk_ttg, "bang-khen-thu-tuong"))
    return Nominee(
        id="p1", kind="individual", full_name="Nguyễn Thị Hoa",
        ratings=tuple(Rating(y, r) for y, r in sorted(h.ratings.items())),
        honours=tuple(honours),
        initiatives=tuple(Initiative(y, f"Sáng kiến {i}", s) for i, (y, s) in enumerate(h.initiatives)),
        disciplines=tuple(Discipline(y, "khien-trach", until) for y, until in h.disciplines),
        pending_review=h.pending,
    )


# ------------------------------------------------------------------------------------------------ the reference


def under_discipline(h: History, y: int) -> bool:
    for start, until in h.disciplines:
        end = until.year if until else start
        partial_end = until is not None and end > start and (until.month, until.day) != (12, 31)
        if start <= y <= end and not (partial_end and y == end):
            return True
    return False


def discipline_ended_mid_year(h: History, y: int) -> bool:
    return any(until is not None and until.year == y > start and (until.month, until.day) != (12, 31)
               for start, until in h.disciplines)


def in_force(h: History, y: int) -> bool:
    return any(start <= y <= (until.year if until else start) for start, until in h.disciplines)


def good_or_better(h: History, y: int) -> bool:
    return h.ratings.get(y) in (BEST, GOOD)


def period_verdict(h: History, n: int, every_year: Callable[[int], bool], after: int | None,
                   inside: Callable[[range], bool]) -> str:
    """Is there a period of n or more consecutive years, all meeting `every_year`, ending in the proposal year or
    the year before, after the prior award, with `inside` true for it and no year under discipline?"""
    found = KHONG
    for end in (h.year, h.year - 1):
        for start in range(FIRST, end - n + 2):
            period = range(start, end + 1)
            if after is not None and start <= after:
                continue
            if not all(every_year(y) for y in period) or any(under_discipline(h, y) for y in period):
                continue
            if not inside(period):
                continue
            if any(discipline_ended_mid_year(h, y) for y in period):
                found = XM
            else:
                return DAT
    return found


def either(*verdicts: str) -> str:
    return DAT if DAT in verdicts else XM if XM in verdicts else KHONG


def attested(h: History, key: str) -> str:
    return {True: DAT, False: KHONG}.get(h.form.get(key), XM)  # type: ignore[arg-type]


def initiatives_in(h: History, period: range, scope: str = "co-so") -> dict[int, int]:
    counts = {y: 0 for y in period}
    for y, s in h.initiatives:
        if y in counts and (scope == "co-so" or s == scope):
            counts[y] += 1
    return counts


def cstd_tinh(h: History) -> str:
    return period_verdict(h, 3, lambda y: y in h.cstd, None, lambda p: sum(initiatives_in(h, p, "tinh").values()) >= 1)


def bk_tinh(h: History) -> str:
    def two_initiatives_beyond_cstd(p: range) -> bool:
        per_year = initiatives_in(h, p)
        return sum(max(c - (1 if y in h.cstd else 0), 0) for y, c in per_year.items()) >= 2

    run = either(period_verdict(h, 2, lambda y: y in h.cstd, None, two_initiatives_beyond_cstd),
                 period_verdict(h, 2, lambda y: h.ratings.get(y) == BEST, None, two_initiatives_beyond_cstd))
    return either(run, attested(h, "other_route"))


def bk_ttg(h: History) -> str:
    if h.bk_tinh is None:
        return attested(h, "other_route")
    run = period_verdict(h, 5, lambda y: good_or_better(h, y), h.bk_tinh, lambda p: len(h.cstd & set(p)) >= 3)
    return either(run, attested(h, "other_route"))


def hc_ld3(h: History) -> str:
    if h.bk_ttg is None:
        return attested(h, "other_route")
    run = period_verdict(h, 5, lambda y: good_or_better(h, y), h.bk_ttg,
                         lambda p: len(h.cstd & set(p)) >= 3 and any(h.ratings.get(y) == BEST for y in p))
    return either(run, attested(h, "other_route"))


def giay_khen(h: History) -> str:
    run = period_verdict(h, 2, lambda y: good_or_better(h, y), None, lambda p: True)
    return either(run, attested(h, "movement_achievement"), attested(h, "one_off_achievement"))


def reference(h: History, route: Callable[[History], str]) -> str:
    if h.pending or in_force(h, h.year):
        return KHONG
    return route(h)


AWARDS: dict[str, Callable[[History], str]] = {
    "cstd-bo-nganh-tinh": cstd_tinh,
    "bang-khen-chu-tich-ubnd-tinh": bk_tinh,  # the province's name: judged through bang-khen-bo-nganh-tinh
    "bang-khen-thu-tuong": bk_ttg,
    "hc-lao-dong-3": hc_ld3,
    "giay-khen-chu-tich-ubnd-xa": giay_khen,
}


@pytest.mark.parametrize("ruleset", ["nd98-2023", "nd152-2025"])
def test_every_run_award_matches_the_reference(ruleset: str) -> None:
    rs = load_ruleset(ruleset).with_options({"unverified_routes": True})

    @PROFILE
    @given(histories())
    def check(h: History) -> None:
        n = nominee(h)
        for award, route in AWARDS.items():
            got = judge_proposal(n, award, h.year, rs, form=h.form)
            want = reference(h, route)
            assert got.verdict == want, (award, h, [(r.id, r.status, r.message) for r in got.rules])

    check()
