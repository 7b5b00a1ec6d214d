"""The closed vocabulary of criteria: every rule of every rule set is one of these functions with parameters.

A rule set may only name a check listed in `CHECKS`, with the parameters its schema allows; the loader enforces it,
so a typo in a TOML file is caught when the app starts, not when a clerk's dossier is judged. Each function reads
only the snapshot (history of one nominee) and returns an `Outcome` whose message names the years and numbers that
decided it. Counting follows spec/DOSSIER-JSON.md: a chain of N years ends in the proposal year or the year before,
a year without a rating breaks it, and years after a prior commendation are counted strictly after its year.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from desktop.awards.facts import DISCIPLINE, OUTSIDE, SCOPE, USED, Item, Run, Tally
from desktop.awards.model import Criterion, RuleSet
from desktop.snapshot import (
    DISCIPLINE_LABELS,
    DISCIPLINE_LEVELS,
    RATING_LABELS,
    RATINGS,
    SCOPE_LABELS,
    SCOPES,
    Discipline,
    Initiative,
    Nominee,
)
from desktop.vn.dates import short_date

OK, FAIL, UNKNOWN = "dat", "khong-dat", "can-xac-minh"
MEMBER_FIELDS = {
    "completed_tasks": "hoàn thành nhiệm vụ",
    "lao_dong_tien_tien": "đạt Lao động tiên tiến",
    "cstd_co_so": "đạt Chiến sĩ thi đua cơ sở",
    "disciplined_canh_cao_or_above": "bị kỷ luật từ cảnh cáo trở lên",
}


@dataclass(frozen=True)
class Outcome:
    status: str  # dat | khong-dat | can-xac-minh
    message: str
    details: tuple[str, ...] = ()  # one fact per line: items counted and left out, the run's years
    run: Run | None = None  # a run criterion: the run used (or the closest one)
    tally: Tally | None = None  # a criterion counted inside a run
    route: str | None = None  # any_of: the alternative that decided
    basis: str | None = None  # any_of: that alternative's basis, more precise than the wrapper's
    confidence: str | None = None  # the weakest confidence among the parts that decided, when composite


@dataclass
class Ctx:
    """What a criterion may look at: one nominee, the year proposed, the rule set, and its sibling proposals."""

    nominee: Nominee
    year: int
    ruleset: RuleSet
    form: Mapping[str, Any] = field(default_factory=dict)
    siblings: frozenset[str] = frozenset()  # other awards proposed for this nominee, same year, same dossier
    judge: Callable[[str, int], Outcome] | None = None  # meets an award's criteria (for meets_award, siblings)
    run: tuple[int, ...] | None = None  # inside a run criterion: its years ("trong thời gian đó")

    def name(self, code: str) -> str:
        award = self.ruleset.awards.get(code)
        return award.name if award else code


# ------------------------------------------------------------------------------------------------ helpers


def nn(n: int) -> str:
    """Counts as Vietnamese official documents write them: 02, 05, 12."""
    return f"{n:02d}"


def years_text(years: list[int]) -> str:
    if not years:
        return "không có năm nào"
    ys = sorted(years)
    if len(ys) > 2 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}–{ys[-1]}"
    return ", ".join(str(y) for y in ys)


def pct(part: int, total: int) -> str:
    value = Fraction(part * 100, total) if total else Fraction(0)
    text = f"{float(value):.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def rating_ok(nominee: Nominee, year: int, minimum: str) -> bool:
    got = nominee.rating_in(year)
    return got is not None and RATINGS.index(got) <= RATINGS.index(minimum)


def holds_title(ctx: Ctx, code: str, year: int) -> bool:
    """An honour recorded for that year (or one that counts as it), or the same award proposed alongside this one
    for the proposal year and meeting its own criteria (clerks propose CSTĐCS and the higher title together)."""
    for h in ctx.nominee.honours:
        if h.year != year:
            continue
        if h.award == code:
            return True
        held = ctx.ruleset.awards.get(h.award)
        if held is not None and code in held.counts_as:
            return True
    if year == ctx.year and code in ctx.siblings and ctx.judge is not None:
        return ctx.judge(code, year).status == OK
    return False


def condition_ok(ctx: Ctx, cond: Mapping[str, str], year: int) -> bool:
    if "rating" in cond:
        return rating_ok(ctx.nominee, year, cond["rating"])
    return holds_title(ctx, cond["title"], year)


def condition_text(ctx: Ctx, cond: Mapping[str, str]) -> str:
    if "rating" in cond:
        label = RATING_LABELS[cond["rating"]].lower()
        return label if cond["rating"] == RATINGS[0] else f"{label} trở lên"
    return ctx.name(cond["title"])


def condition_phrase(ctx: Ctx, cond: Mapping[str, str]) -> str:
    """"xếp loại hoàn thành tốt nhiệm vụ trở lên" or "đạt Chiến sĩ thi đua cơ sở"."""
    return f"xếp loại {condition_text(ctx, cond)}" if "rating" in cond else f"đạt {condition_text(ctx, cond)}"


def _chain_break(ctx: Ctx, cond: Mapping[str, str], year: int) -> str:
    """Why a year breaks a chain, for the message: missing rating or a lower one."""
    if "rating" in cond:
        got = ctx.nominee.rating_in(year)
        return f"năm {year} chưa có xếp loại" if got is None else f"năm {year} xếp loại {RATING_LABELS[got].lower()}"
    return f"năm {year} không có {ctx.name(cond['title'])}"


def _run_back(ctx: Ctx, cond: Mapping[str, str], end: int, floor: int) -> list[int]:
    years: list[int] = []
    y = end
    while y > floor and condition_ok(ctx, cond, y):
        years.append(y)
        y -= 1
    return sorted(years)


def best_chain(ctx: Ctx, cond: Mapping[str, str], floor: int = 0) -> list[int]:
    """Longest run of years meeting `cond` that ends in the proposal year or the year before (years > floor)."""
    runs = [_run_back(ctx, cond, end, floor) for end in (ctx.year, ctx.year - 1)]
    return max(runs, key=len)


# ------------------------------------------------------------------------------------------------ the vocabulary


def not_pending_review(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    if ctx.nominee.pending_review:
        return Outcome(FAIL, "Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, "
                             "tố cáo nên chưa được đề nghị khen thưởng")
    return Outcome(OK, "Không trong thời gian bị xem xét kỷ luật, điều tra, thanh tra hoặc giải quyết khiếu nại, tố cáo")


def discipline_years(d: Discipline) -> tuple[frozenset[int], frozenset[int]]:
    """(years removed, years unclear) by one discipline. It is in force from its decision (only the year is recorded,
    so that whole year) to `until` (the whole decision year when `until` is missing). A later year in which it ended
    before 31/12 is unclear: achievements count from the day it ended (NĐ 98/2023 and NĐ 152/2025, Điều 4), so
    whether that year counts in a run needs checking."""
    last = d.until.year if d.until is not None else d.year
    if d.until is not None and last > d.year and (d.until.month, d.until.day) != (12, 31):
        return frozenset(range(d.year, last)), frozenset({last})
    return frozenset(range(d.year, last + 1)), frozenset()


def _in_force(d_year: int, until: date | None, year: int) -> bool:
    last = until.year if until is not None else d_year
    return d_year <= year <= last


def _discipline_text(d: Discipline) -> str:
    until = f", đến {short_date(d.until)}" if d.until else ""
    return f"Kỷ luật {DISCIPLINE_LABELS[d.level]} (năm {d.year}{until})"


def no_discipline(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    floor = DISCIPLINE_LEVELS.index(p.get("min_level", DISCIPLINE_LEVELS[0]))
    if ctx.run is not None:
        return _no_discipline_in_run(ctx, [d for d in ctx.nominee.disciplines
                                           if DISCIPLINE_LEVELS.index(d.level) >= floor])
    first = ctx.year - int(p.get("years", 1)) + 1
    window = f"năm {ctx.year}" if first == ctx.year else f"từ năm {first} đến năm {ctx.year}"
    ended = []
    for d in ctx.nominee.disciplines:
        if DISCIPLINE_LEVELS.index(d.level) < floor:
            continue
        hits = [y for y in range(first, ctx.year + 1) if _in_force(d.year, d.until, y)]
        label = DISCIPLINE_LABELS[d.level]
        if hits:
            until = f", đến {short_date(d.until)}" if d.until else ""
            return Outcome(FAIL, f"Bị kỷ luật {label} (năm {d.year}{until}), còn hiệu lực trong {window}")
        if d.year < first:
            ended.append(f"{label} đã hết hiệu lực {short_date(d.until) if d.until else f'năm {d.year}'}")
    if ended:
        return Outcome(OK, f"Không bị kỷ luật trong {window} (kỷ luật {'; '.join(ended)})")
    return Outcome(OK, f"Không bị kỷ luật trong {window}")


def _no_discipline_in_run(ctx: Ctx, found: list[Discipline]) -> Outcome:
    """A run may not overlap a disciplinary period: the message names the discipline and the years it removes."""
    years = set(ctx.run or ())
    span = run_label(ctx.run or ())
    items, removed, unclear = [], [], []
    for d in sorted(found, key=lambda d: d.year):
        gone, doubt = discipline_years(d)
        hit, maybe = sorted(gone & years), sorted(doubt & years)
        if hit:
            removed += hit
            items.append(Item("discipline", d.year, _discipline_text(d), False, DISCIPLINE,
                              f"không tính năm {years_text(hit)} vào chuỗi"))
        elif maybe:
            unclear += maybe
            items.append(Item("discipline", d.year, _discipline_text(d), False, DISCIPLINE,
                              f"hết kỷ luật giữa năm {maybe[0]}; thành tích chỉ tính từ ngày hết kỷ luật"))
    if removed:
        status, msg = FAIL, (f"Chuỗi {span} trùng thời gian bị kỷ luật: không tính năm {years_text(sorted(set(removed)))}")
    elif unclear:
        status, msg = UNKNOWN, (f"Cần xác minh năm {years_text(sorted(set(unclear)))} có được tính vào chuỗi {span} "
                                "không (hết kỷ luật giữa năm)")
    else:
        status, msg = OK, f"Không bị kỷ luật trong chuỗi {span}"
    return Outcome(status, msg, tally=Tally("", status, 0, 0, tuple(items)))


def rating_at_least(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    got = ctx.nominee.rating_in(ctx.year)
    need = condition_text(ctx, {"rating": p["rating"]})
    if got is None:
        return Outcome(UNKNOWN, f"Chưa có xếp loại năm {ctx.year} (cần {need})")
    label = RATING_LABELS[got]
    if rating_ok(ctx.nominee, ctx.year, p["rating"]):
        return Outcome(OK, f"Năm {ctx.year} xếp loại {label}")
    return Outcome(FAIL, f"Năm {ctx.year} xếp loại {label}; cần {need}")


def months_since_hired(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    need = int(p["months"])
    hired = ctx.nominee.hired_on
    if hired is None:
        if ctx.nominee.rating_in(ctx.year - 1) is not None:
            return Outcome(OK, f"Đã công tác từ năm trước (có xếp loại năm {ctx.year - 1})")
        return Outcome(UNKNOWN, f"Chưa có ngày tuyển dụng để tính đủ {nn(need)} tháng công tác trong năm {ctx.year}")
    end = date(ctx.year + 1, 1, 1)  # the whole of 31 December counts
    months = (end.year - hired.year) * 12 + end.month - hired.month - (1 if end.day < hired.day else 0)
    if months >= need:
        return Outcome(OK, f"Tuyển dụng ngày {short_date(hired)}, đủ {nn(need)} tháng tính đến hết năm {ctx.year}")
    return Outcome(FAIL, f"Tuyển dụng ngày {short_date(hired)}, đến hết năm {ctx.year} chỉ được "
                         f"{nn(max(months, 0))} tháng; cần ít nhất {nn(need)} tháng")


def consecutive_years(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    n, cond = int(p["n"]), p["condition"]
    what = condition_phrase(ctx, cond)
    chain = best_chain(ctx, cond)
    if len(chain) >= n:
        return Outcome(OK, f"Có {nn(len(chain))} năm liên tục {what} ({years_text(chain)})")
    lo = ctx.year - n - 2
    hits = [y for y in range(lo, ctx.year + 1) if condition_ok(ctx, cond, y)]
    got = f"chỉ có năm {years_text(hits)}" if hits else f"không có năm nào từ {lo} đến {ctx.year}"
    gaps = [_chain_break(ctx, cond, y) for y in range(min(hits or [ctx.year]), ctx.year + 1) if y not in hits]
    why = f" ({'; '.join(gaps[:3])})" if hits and gaps else ""
    return Outcome(FAIL, f"Cần {nn(n)} năm liên tục {what} (năm cuối là {ctx.year} hoặc {ctx.year - 1}); "
                         f"{got}{why}")


def latest_prior(ctx: Ctx, codes: list[str]) -> tuple[int, str] | None:
    found = [(h.year, h.award) for h in ctx.nominee.honours if h.year <= ctx.year and
             (h.award in codes or any(c in codes for c in _counts_as(ctx, h.award)))]
    return max(found) if found else None


def _counts_as(ctx: Ctx, code: str) -> tuple[str, ...]:
    award = ctx.ruleset.awards.get(code)
    return award.counts_as if award else ()


def _prior_names(ctx: Ctx, codes: list[str]) -> str:
    return " hoặc ".join(dict.fromkeys(ctx.name(c) for c in codes))


def prior_then_years(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    n, cond, codes = int(p["n"]), p["condition"], list(p["prior"])
    prior = latest_prior(ctx, codes)
    if prior is None:
        return Outcome(FAIL, f"Chưa được tặng {_prior_names(ctx, codes)} (điều kiện trước khi tính {nn(n)} năm)")
    py, pcode = prior
    what = condition_phrase(ctx, cond)
    chain = best_chain(ctx, cond, floor=py)
    head = f"Sau {ctx.name(pcode)} năm {py}"
    if len(chain) >= n:
        return Outcome(OK, f"{head}, có {nn(len(chain))} năm liên tục {what} ({years_text(chain)})")
    got = f"chỉ có {nn(len(chain))} năm ({years_text(chain)})" if chain else "chưa có năm nào đạt"
    return Outcome(FAIL, f"{head}, cần {nn(n)} năm liên tục {what} tính từ năm {py + 1}; {got}")


def run_label(years: tuple[int, ...] | list[int]) -> str:
    if not years:
        return "chưa có năm nào"
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def decision_text(decision: str | None, day: date | None) -> str:
    if not decision and day is None:
        return ""
    number = f" số {decision}" if decision else ""
    when = f" ngày {short_date(day)}" if day is not None else ""
    return f" (Quyết định{number}{when})"


def _left_out(ctx: Ctx, year: int) -> str:
    return f"ngoài chuỗi {run_label(ctx.run or ())}"


def _title_items(ctx: Ctx, code: str, inside: set[int]) -> list[Item]:
    """Every record of the title up to the proposal year, counted when its year is in the run."""
    items = []
    for h in sorted(ctx.nominee.honours, key=lambda h: h.year):
        if h.year > ctx.year or not (h.award == code or code in _counts_as(ctx, h.award)):
            continue
        label = ctx.name(code) + decision_text(h.decision, h.decision_date)
        items.append(Item("title", h.year, label, h.year in inside, "" if h.year in inside else OUTSIDE,
                          "" if h.year in inside else _left_out(ctx, h.year)))
    recorded = {i.year for i in items}
    if ctx.year in inside and ctx.year not in recorded and holds_title(ctx, code, ctx.year):
        items.append(Item("title", ctx.year, f"{ctx.name(code)} (đề nghị cùng hồ sơ, đủ tiêu chuẩn)", True))
    return items


def _rating_items(ctx: Ctx, rating: str, inside: set[int]) -> list[Item]:
    items = []
    for r in sorted(ctx.nominee.ratings, key=lambda r: r.year):
        if r.year > ctx.year or not rating_ok(ctx.nominee, r.year, rating):
            continue
        label = f"xếp loại {RATING_LABELS[r.rating].lower()}"
        items.append(Item("rating", r.year, label, r.year in inside, "" if r.year in inside else OUTSIDE,
                          "" if r.year in inside else _left_out(ctx, r.year)))
    return items


def count_in_window(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    need, cond = int(p["count"]), p["what"]
    unit = "năm" if "rating" in cond else "lần"
    what = condition_phrase(ctx, cond)
    if ctx.run is not None:
        inside = set(ctx.run)
        hits = [y for y in ctx.run if condition_ok(ctx, cond, y)]
        items = (_rating_items(ctx, cond["rating"], inside) if "rating" in cond
                 else _title_items(ctx, cond["title"], inside))
        status = OK if len(hits) >= need else FAIL
        msg = f"Trong chuỗi {run_label(ctx.run)} có {nn(len(hits))} {unit} {what} (cần {nn(need)})"
        return Outcome(status, msg, tally=Tally("", status, need, len(hits), tuple(items)))
    if "since" in p:
        prior = latest_prior(ctx, list(p["since"]))
        if prior is None:
            return Outcome(FAIL, f"Chưa được tặng {_prior_names(ctx, list(p['since']))} nên không có thời kỳ để tính")
        first = prior[0] + 1
        span = f"sau {ctx.name(prior[1])} năm {prior[0]} (từ {first} đến {ctx.year})"
    else:
        first = ctx.year - int(p["years"]) + 1
        span = f"từ {first} đến {ctx.year}"
    hits = [y for y in range(first, ctx.year + 1) if condition_ok(ctx, cond, y)]
    if len(hits) >= need:
        return Outcome(OK, f"Có {nn(len(hits))} {unit} {what} {span}: {years_text(hits)}")
    got = f"chỉ có {nn(len(hits))} ({years_text(hits)})" if hits else f"không có {unit} nào"
    return Outcome(FAIL, f"Cần {nn(need)} {unit} {what} {span}; {got}")


def _initiative_label(i: Initiative) -> str:
    scope = "" if i.scope == SCOPES[0] else f", phạm vi {SCOPE_LABELS[i.scope].lower()}"
    return f"Sáng kiến “{i.title}”{scope}{decision_text(i.decision, i.decision_date)}"


def initiatives(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    """Recognised initiatives (scope at least `scope`) in the run, or in the last `years` years; with `consumed_by`,
    the one initiative that earned that title in a year is used and not counted again (Law Art. 5)."""
    need, scope = int(p["count"]), p.get("scope", SCOPES[0])
    if ctx.run is not None:
        window = set(ctx.run)
        span = f"trong chuỗi {run_label(ctx.run)}"
    else:
        first = ctx.year - int(p.get("years", 1)) + 1
        window = set(range(first, ctx.year + 1))
        span = f"năm {ctx.year}" if first == ctx.year else f"từ {first} đến {ctx.year}"
    floor = SCOPES.index(scope)
    consumed_by = p.get("consumed_by")
    mine = sorted((i for i in ctx.nominee.initiatives if i.year <= ctx.year), key=lambda i: i.year)
    used: set[int] = set()  # positions in `mine`
    if consumed_by:
        for y in sorted({i.year for i in mine if i.year in window}):
            if holds_title(ctx, consumed_by, y):
                that_year = [k for k, i in enumerate(mine) if i.year == y]
                used.add(min(that_year, key=lambda k: SCOPES.index(mine[k].scope)))  # the least one earned it
    items = []
    for k, i in enumerate(mine):
        label = _initiative_label(i)
        if i.year not in window:
            reason, note = OUTSIDE, (_left_out(ctx, i.year) if ctx.run is not None else f"ngoài thời gian tính ({span})")
        elif k in used:
            reason, note = USED, f"đã dùng để đạt {ctx.name(str(consumed_by))} năm {i.year}"
        elif SCOPES.index(i.scope) < floor:
            reason, note = SCOPE, f"phạm vi {SCOPE_LABELS[i.scope].lower()}; cần {SCOPE_LABELS[scope].lower()} trở lên"
        else:
            reason, note = "", ""
        items.append(Item("initiative", i.year, label, not reason, reason, note))
    usable = sum(1 for i in items if i.counted)
    found = sum(1 for k, i in enumerate(mine) if i.year in window and SCOPES.index(i.scope) >= floor)
    scope_text = "" if floor == 0 else f" phạm vi {SCOPE_LABELS[scope].lower()} trở lên"
    spent = found - usable
    note = f" (đã trừ {nn(spent)} sáng kiến dùng cho {ctx.name(str(consumed_by))})" if spent and consumed_by else ""
    status = OK if usable >= need else FAIL
    tally = Tally("", status, need, usable, tuple(items))
    if ctx.run is not None:
        return Outcome(status, f"Có {nn(usable)} sáng kiến/đề tài{scope_text} được công nhận {span} "
                               f"(cần {nn(need)}){note}", tally=tally)
    if usable >= need:
        return Outcome(OK, f"Có {nn(usable)} sáng kiến/đề tài{scope_text} được công nhận {span}{note}", tally=tally)
    got = f"chỉ có {nn(usable)}" if usable else ("không còn sáng kiến nào chưa dùng" if found else "không có")
    return Outcome(FAIL, f"Cần {nn(need)} sáng kiến/đề tài{scope_text} được công nhận {span}; {got}{note}", tally=tally)


def member_share(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    stats = next((m for m in ctx.nominee.member_stats if m.year == ctx.year), None)
    key = p["field"]
    what = MEMBER_FIELDS[key]
    if stats is None:
        return Outcome(UNKNOWN, f"Chưa có số liệu thành viên năm {ctx.year} để tính số người {what}")
    part, total = getattr(stats, key), stats.total
    got = f"{part}/{total} thành viên ({pct(part, total)}) {what}"
    if "more_than" in p:
        limit = Fraction(str(p["more_than"]))
        ok, need = total > 0 and Fraction(part, total) > limit, f"cần trên {pct(limit.numerator * 100, limit.denominator * 100)}"
    elif "at_least" in p:
        limit = Fraction(str(p["at_least"]))
        ok, need = total > 0 and Fraction(part, total) >= limit, f"cần ít nhất {pct(limit.numerator * 100, limit.denominator * 100)}"
    elif "min_count" in p:
        ok, need = part >= int(p["min_count"]), f"cần ít nhất {nn(int(p['min_count']))} người"
    else:
        ok, need = part <= int(p["max_count"]), ("không được có ai" if int(p["max_count"]) == 0
                                                 else f"tối đa {nn(int(p['max_count']))} người")
    return Outcome(OK if ok else FAIL, f"Năm {ctx.year}: {got}" + ("" if ok else f"; {need}"))


def has_title(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    code = p["title"]
    for h in ctx.nominee.honours:
        if h.year == ctx.year and (h.award == code or code in _counts_as(ctx, h.award)):
            return Outcome(OK, f"Năm {ctx.year} đã được tặng {ctx.name(code)}")
    if code in ctx.siblings and ctx.judge is not None:
        sib = ctx.judge(code, ctx.year)
        if sib.status == OK:
            return Outcome(OK, f"Đang đề nghị {ctx.name(code)} năm {ctx.year} trong cùng hồ sơ và đủ tiêu chuẩn")
        return Outcome(sib.status, f"Đề nghị {ctx.name(code)} năm {ctx.year} trong cùng hồ sơ chưa đủ tiêu chuẩn")
    return Outcome(FAIL, f"Năm {ctx.year} chưa có danh hiệu {ctx.name(code)}")


def meets_award(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    code = p["award"]
    if ctx.judge is None:
        return Outcome(UNKNOWN, f"Không đánh giá được tiêu chuẩn {ctx.name(code)}")
    sub = ctx.judge(code, ctx.year)
    if sub.status == OK:
        return Outcome(OK, f"Đạt tiêu chuẩn {ctx.name(code)} năm {ctx.year}")
    lead = "Chưa đạt" if sub.status == FAIL else "Chưa đủ dữ liệu xác định"
    return Outcome(sub.status, f"{lead} tiêu chuẩn {ctx.name(code)} năm {ctx.year}: {sub.message}")


def attested(value: Any) -> bool | None:
    """The clerk's answer: a checkbox (true/false), or the choice "Có"/"Không" where "no" must be said explicitly
    (an unticked box only means not answered yet)."""
    if isinstance(value, bool):
        return value
    return {"Có": True, "Không": False}.get(value) if isinstance(value, str) else None


def form_attested(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    answer = attested(ctx.form.get(p["key"]))
    if answer is True:
        return Outcome(OK, f"Đã xác nhận: {p['text']}")
    if answer is False:
        return Outcome(FAIL, f"Không đạt: {p['text']}")
    return Outcome(UNKNOWN, f"Cần xác minh: {p['text']} (chưa xác nhận trong biểu mẫu)")


def manual(ctx: Ctx, p: Mapping[str, Any]) -> Outcome:
    return Outcome(UNKNOWN, f"Cần xác minh thủ công: {p['text']}")


# ------------------------------------------------------------------------------------------------ schema

# Parameter types the loader understands: int (>= 1), count (>= 0), share (0 < x <= 1), rating, scope,
# discipline_level, member_field, award, awards, condition (exactly one of rating / title), conditions (a list of
# them), text.
Schema = Mapping[str, tuple[str, bool]]  # parameter -> (type, required)


@dataclass(frozen=True)
class Check:
    fn: Callable[[Ctx, Mapping[str, Any]], Outcome]
    params: Schema
    one_of: tuple[str, ...] = ()  # exactly one of these optional parameters must be given


CHECKS: dict[str, Check] = {
    "not_pending_review": Check(not_pending_review, {}),
    "no_discipline": Check(no_discipline, {"min_level": ("discipline_level", False), "years": ("int", False)}),
    "rating_at_least": Check(rating_at_least, {"rating": ("rating", True)}),
    "months_since_hired": Check(months_since_hired, {"months": ("int", True)}),
    "consecutive_years": Check(consecutive_years, {"n": ("int", True), "condition": ("condition", True)}),
    "prior_then_years": Check(prior_then_years, {"prior": ("awards", True), "n": ("int", True),
                                                 "condition": ("condition", True)}),
    "count_in_window": Check(count_in_window, {"what": ("condition", True), "count": ("int", True),
                                               "years": ("int", False), "since": ("awards", False)},
                             one_of=("years", "since")),
    "initiatives": Check(initiatives, {"count": ("int", True), "scope": ("scope", False), "years": ("int", False),
                                       "consumed_by": ("award", False)}),
    "member_share": Check(member_share, {"field": ("member_field", True), "more_than": ("share", False),
                                         "at_least": ("share", False), "min_count": ("count", False),
                                         "max_count": ("count", False)},
                          one_of=("more_than", "at_least", "min_count", "max_count")),
    "has_title": Check(has_title, {"title": ("award", True)}),
    "meets_award": Check(meets_award, {"award": ("award", True)}),
    "form_attested": Check(form_attested, {"key": ("text", True), "text": ("text", True)}),
    "manual": Check(manual, {"text": ("text", True)}),
    "any_of": Check(manual, {}),  # evaluated by runs.evaluate; its alternatives are criteria themselves
    # A qualifying run (runs.judge_run): n consecutive years meeting one of the conditions, the last being the
    # proposal year or the one before, strictly after the latest `after` award; its `within` criteria are counted
    # inside the run ("trong thời gian đó").
    "run": Check(manual, {"n": ("int", True), "condition": ("condition", False), "conditions": ("conditions", False),
                          "after": ("awards", False)}, one_of=("condition", "conditions")),
}

# Checks that may stand inside a run's `within`: they count over the run's years instead of their own window.
RUN_CHECKS = ("initiatives", "count_in_window", "no_discipline", "form_attested", "manual", "any_of")
WINDOW_PARAMS = ("years", "since")  # meaningless inside a run: the run is the window

PARAM_VALUES: dict[str, tuple[str, ...]] = {
    "rating": RATINGS,
    "scope": SCOPES,
    "discipline_level": DISCIPLINE_LEVELS,
    "member_field": tuple(MEMBER_FIELDS),
}


def enabled(c: Criterion, options: Mapping[str, Any]) -> bool:
    if c.option is None:
        return True
    if c.option.startswith("!"):
        return not options.get(c.option[1:])
    return bool(options.get(c.option))
